"""The learner account: who they are (minimal), where they are (for aggregate reach) and consent."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Area(models.TextChoices):
    JAKARTA_PUSAT = "jakpus", _("Jakarta Pusat")
    JAKARTA_UTARA = "jakut", _("Jakarta Utara")
    JAKARTA_BARAT = "jakbar", _("Jakarta Barat")
    JAKARTA_SELATAN = "jaksel", _("Jakarta Selatan")
    JAKARTA_TIMUR = "jaktim", _("Jakarta Timur")
    KEPULAUAN_SERIBU = "kepseribu", _("Kepulauan Seribu")
    OUTSIDE_DKI = "luar", _("Di luar DKI Jakarta")


class AgeGroup(models.TextChoices):
    UNDER_18 = "u18", _("Di bawah 18 tahun")
    AGE_18_24 = "18-24", _("18–24 tahun")
    AGE_25_34 = "25-34", _("25–34 tahun")
    AGE_35_49 = "35-49", _("35–49 tahun")
    AGE_50_PLUS = "50+", _("50 tahun ke atas")


class Gender(models.TextChoices):
    FEMALE = "p", _("Perempuan")
    MALE = "l", _("Laki-laki")
    UNSAID = "x", _("Tidak ingin menyebutkan")


PROVINCES = [
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Kepulauan Riau",
    "Jambi",
    "Bengkulu",
    "Sumatera Selatan",
    "Kepulauan Bangka Belitung",
    "Lampung",
    "Banten",
    "Jawa Barat",
    "Jawa Tengah",
    "Daerah Istimewa Yogyakarta",
    "Jawa Timur",
    "Bali",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
    "Sulawesi Utara",
    "Gorontalo",
    "Sulawesi Tengah",
    "Sulawesi Barat",
    "Sulawesi Selatan",
    "Sulawesi Tenggara",
    "Maluku",
    "Maluku Utara",
    "Papua",
    "Papua Barat",
    "Papua Barat Daya",
    "Papua Tengah",
    "Papua Pegunungan",
    "Papua Selatan",
    "Luar negeri",
]
PROVINCE_CHOICES = [(p, p) for p in PROVINCES]


class User(AbstractUser):
    # The name printed on certificates, exactly as the learner writes it; first_name/last_name
    # are not used because many Indonesians have a single name.
    full_name = models.CharField(
        _("nama lengkap"),
        max_length=150,
        help_text=_("Nama seperti yang akan tercetak di sertifikat."),
    )
    email = models.EmailField(_("alamat email"), blank=True)
    area = models.CharField(
        _("wilayah tempat tinggal"), max_length=12, choices=Area.choices, blank=True
    )
    province = models.CharField(_("provinsi"), max_length=40, choices=PROVINCE_CHOICES, blank=True)
    age_group = models.CharField(
        _("kelompok usia"), max_length=8, choices=AgeGroup.choices, blank=True
    )
    gender = models.CharField(_("jenis kelamin"), max_length=1, choices=Gender.choices, blank=True)
    # Set when the learner deletes their account: the row stays (anonymous) so that aggregate
    # counts of reach and completions do not change.
    deleted_at = models.DateTimeField(_("dihapus pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("pengguna")
        verbose_name_plural = _("pengguna")

    def __str__(self):
        return self.full_name or self.username

    def get_full_name(self):
        return self.full_name or self.username

    def get_short_name(self):
        return (self.full_name or self.username).split(" ")[0]


class Consent(models.Model):
    """A learner's agreement to one version of the privacy notice, kept as evidence (UU PDP)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="consents")
    notice_version = models.CharField(_("versi pemberitahuan privasi"), max_length=20)
    given_at = models.DateTimeField(_("diberikan pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("persetujuan privasi")
        verbose_name_plural = _("persetujuan privasi")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "notice_version"], name="one_consent_per_notice_version"
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.notice_version}"
