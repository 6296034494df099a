from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import PROVINCE_CHOICES, Area, User
from .validators import validate_person_name


class LearnerSignupForm(forms.Form):
    """Extra sign-up fields (allauth merges them into its own sign-up form)."""

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

    field_order = ["full_name", "username", "email", "password1", "password2", "privacy_consent"]

    def signup(self, request, user):
        from .consent import record_consent

        user.full_name = self.cleaned_data["full_name"]
        user.save(update_fields=["full_name"])
        record_consent(user=user, notice_version=settings.PRIVACY_NOTICE_VERSION)


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
        fields = ["full_name", "email", "area", "province", "age_group", "gender"]
        help_texts = {
            "email": _("Tidak wajib. Hanya dipakai untuk mengatur ulang kata sandi."),
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

    def clean_email(self):
        email = self.cleaned_data.get("email", "").strip()
        if email and User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Alamat email ini sudah dipakai akun lain."))
        return email

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
