"""Staff accounts in the Wagtail admin fit the site's own: one "Nama lengkap" (as learners sign
up with), an optional email, and Indonesian labels. Wagtail's forms ask for a first and a last
name, so a staff member called "Agus" could not be created."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

from .models import User

FIELDS_WITHOUT_SPLIT_NAMES = {"full_name", "email", "is_superuser", "groups"}


class StaffNameFields(forms.ModelForm):
    full_name = forms.CharField(
        label=_("Nama lengkap"),
        max_length=150,
        help_text=_("Nama yang tampil di admin dan di riwayat perubahan."),
    )
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        help_text=_("Untuk mengatur ulang kata sandi dan menerima pemberitahuan moderasi."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields.pop(name, None)
        if "password1" in self.fields:
            self.fields["password1"].label = _("Kata sandi")
        if "password2" in self.fields:
            self.fields["password2"].label = _("Ulangi kata sandi")


class StaffCreationForm(StaffNameFields, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        model = User
        fields = {User.USERNAME_FIELD} | FIELDS_WITHOUT_SPLIT_NAMES


class StaffEditForm(StaffNameFields, UserEditForm):
    class Meta(UserEditForm.Meta):
        model = User
        fields = {User.USERNAME_FIELD, "is_active"} | FIELDS_WITHOUT_SPLIT_NAMES


class StaffUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return StaffEditForm if for_update else StaffCreationForm
