from allauth.account import forms as allauth_forms
from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from .consent import record_consent
from .models import PROVINCE_CHOICES, Area, User
from .validators import validate_person_name

# allauth's own Indonesian labels mix "kata kunci" and "kata sandi" and leave some in English;
# these are the words learners see on every account page.
_LABELS = {
    "login": (_("Nama pengguna atau email"), _("Nama pengguna atau email")),
    "username": (_("Nama pengguna"), _("Misalnya budi_santoso atau nomor HP")),
    "email": (_("Email Anda"), _("nama@contoh.id")),
    "password": (_("Kata sandi"), ""),
    "oldpassword": (_("Kata sandi sekarang"), ""),
    "password1": (_("Kata sandi"), ""),
    "password2": (_("Ulangi kata sandi"), ""),
}


class IndonesianLabelsMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, (label, placeholder) in _LABELS.items():
            field = self.fields.get(name)
            if field is None:
                continue
            field.label = label
            if placeholder:
                field.widget.attrs["placeholder"] = placeholder
            else:
                field.widget.attrs.pop("placeholder", None)
        if "username" in self.fields and "login" not in self.fields:
            self.fields["username"].help_text = _(
                "Dipakai untuk masuk. Boleh huruf, angka, dan tanda _ . - @ +, tanpa spasi."
            )
        for name in ("password1",):
            if name in self.fields:
                self.fields[name].help_text = _(
                    "Minimal 8 karakter, tidak hanya angka, dan tidak mudah ditebak."
                )
        if "email" in self.fields and not self.fields["email"].required:
            self.fields["email"].help_text = _(
                "Tidak wajib. Hanya dipakai bila Anda lupa kata sandi."
            )


def _privacy_page_url():
    from home.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    page = SiteSettings.for_site(site).privacy_page if site else None
    return page.url if page else ""


class LearnerSignupForm(IndonesianLabelsMixin, allauth_forms.SignupForm):
    full_name = forms.CharField(
        label=_("Nama lengkap"),
        max_length=150,
        help_text=_("Ditulis di sertifikat Anda. Tulis seperti di KTP atau kartu pelajar."),
        validators=[validate_person_name],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    privacy_consent = forms.BooleanField(
        label=_("Saya sudah membaca dan menyetujui pemberitahuan privasi."),
        error_messages={
            "required": _("Anda perlu menyetujui pemberitahuan privasi untuk membuat akun.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(
            ["full_name", "username", "email", "password1", "password2", "privacy_consent"]
        )
        privacy_url = _privacy_page_url()
        if privacy_url:
            self.fields["privacy_consent"].help_text = format_html(
                '<a href="{}" target="_blank">{}</a>', privacy_url, _("Baca pemberitahuan privasi")
            )

    def save(self, request):
        user = super().save(request)
        user.full_name = self.cleaned_data["full_name"]
        user.save(update_fields=["full_name"])
        record_consent(user=user, notice_version=settings.PRIVACY_NOTICE_VERSION)
        return user


class LoginForm(IndonesianLabelsMixin, allauth_forms.LoginForm):
    pass


class ChangePasswordForm(IndonesianLabelsMixin, allauth_forms.ChangePasswordForm):
    pass


class SetPasswordForm(IndonesianLabelsMixin, allauth_forms.SetPasswordForm):
    pass


class ResetPasswordForm(IndonesianLabelsMixin, allauth_forms.ResetPasswordForm):
    pass


class ResetPasswordKeyForm(IndonesianLabelsMixin, allauth_forms.ResetPasswordKeyForm):
    pass


class ProfileForm(forms.ModelForm):
    full_name = forms.CharField(
        label=_("Nama lengkap"),
        max_length=150,
        validators=[validate_person_name],
        help_text=_(
            "Dicetak di sertifikat. Sertifikat yang sudah terbit tidak berubah; "
            "hubungi fasilitator bila nama di sertifikat salah."
        ),
    )

    class Meta:
        model = User
        # No email here: an address changes only through allauth's email management, so that
        # the old one stops logging in and stops receiving password resets.
        fields = ["full_name", "area", "province", "age_group", "gender"]
        help_texts = {
            "area": _(
                "Membantu Gugus Tugas melihat wilayah mana yang sudah terjangkau. "
                "Hanya dilaporkan sebagai jumlah, tidak pernah dengan nama Anda."
            ),
            "province": _("Isi bila Anda tinggal di luar DKI Jakarta."),
            "age_group": _(
                "Membantu menyesuaikan materi untuk kelompok usia yang paling berisiko. "
                "Dilaporkan hanya sebagai jumlah."
            ),
            "gender": _(
                "Tidak wajib. Siapa pun bisa menjadi korban; data ini membantu menilai apakah "
                "sosialisasi sudah menjangkau semua orang."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("— Pilih provinsi —")), *PROVINCE_CHOICES]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("area") == Area.OUTSIDE_DKI and not cleaned.get("province"):
            self.add_error("province", _("Pilih provinsi tempat Anda tinggal."))
        if cleaned.get("area") and cleaned.get("area") != Area.OUTSIDE_DKI:
            cleaned["province"] = ""
        return cleaned


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Saya mengerti bahwa akun dan data pribadi saya akan dihapus permanen."),
        error_messages={"required": _("Centang kotak ini untuk menghapus akun.")},
    )
