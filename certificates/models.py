"""Certificates: facts issued once, never silently changed; revocation and reissue are explicit.

The tables keep the names they had when certificates lived in the courses app (`db_table`), so
the move to this app changed no row.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# 32 characters without 0/O, 1/I: 5 bits each, so 16 characters carry 80 bits.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 16


class CertificateQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class Certificate(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("peserta"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("kursus"),
    )
    # Stored without dashes; shown in groups of four (see `display_code`).
    code = models.CharField(_("kode"), max_length=CODE_LENGTH, unique=True, editable=False)
    # Fixed at issue: a later profile change does not alter a certificate already printed.
    holder_name = models.CharField(_("nama di sertifikat"), max_length=150)
    course_title = models.CharField(_("judul kursus di sertifikat"), max_length=255)
    issued_at = models.DateTimeField(_("diterbitkan"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("dicabut"), null=True, blank=True)
    revoked_reason = models.CharField(_("alasan pencabutan"), max_length=300, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("dicabut oleh"),
    )
    replaces = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replaced_by",
        verbose_name=_("menggantikan"),
        help_text=_("Sertifikat lama yang diganti oleh terbitan ulang ini."),
    )
    # Set when a facilitator attested the completion (a participant without a phone who
    # passed the paper final test): the certificate says so, so it is never taken for one
    # earned online.
    attested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("diverifikasi oleh fasilitator"),
    )
    attested_by_name = models.CharField(
        _("nama fasilitator yang memverifikasi"), max_length=150, blank=True
    )
    reissued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("diterbitkan ulang oleh"),
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        db_table = "courses_certificate"
        verbose_name = _("sertifikat")
        verbose_name_plural = _("sertifikat")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_course",
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revoked_reason=""),
                name="revocation_has_a_reason",
            ),
        ]

    def __str__(self):
        return f"{self.display_code} — {self.course_title}"

    @property
    def display_code(self):
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))

    @property
    def is_attested(self):
        return self.attested_by_id is not None

    @property
    def is_valid(self):
        return self.revoked_at is None

    @property
    def status_label(self):
        return _("Sah") if self.is_valid else _("Dicabut")


class BrandingFields(models.Model):
    """Who issues and signs a certificate: defined once, used site-wide and per course."""

    issuer = models.CharField(
        _("penerbit"),
        max_length=200,
        blank=True,
        help_text=_("Nama lembaga yang menerbitkan sertifikat."),
    )
    signatory_name = models.CharField(_("nama penanda tangan"), max_length=150, blank=True)
    signatory_title = models.CharField(_("jabatan penanda tangan"), max_length=200, blank=True)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar tanda tangan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("PNG atau JPG dengan latar putih atau transparan."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("PNG atau JPG."),
    )

    FIELDS = ("issuer", "signatory_name", "signatory_title", "signature", "logo")
    panels = [FieldPanel(name) for name in FIELDS]

    class Meta:
        abstract = True


@register_setting(icon="doc-full")
class CertificateSettings(BrandingFields, BaseSiteSetting):
    """The site-wide issuer and signatory; a course may override any of them."""

    issuer = models.CharField(
        _("penerbit"),
        max_length=200,
        default="Waspada TPPO",
        help_text=_("Nama lembaga yang menerbitkan sertifikat."),
    )

    class Meta:
        db_table = "courses_certificatesettings"
        verbose_name = _("pengaturan sertifikat")

    def __str__(self):
        return str(_("Pengaturan sertifikat"))


class CourseBranding(BrandingFields):
    """A course's own issuer or signatory, for a course run with a partner; empty fields fall
    back to the site's certificate settings."""

    course = models.OneToOneField(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="certificate_branding",
        verbose_name=_("kursus"),
    )

    panels = [FieldPanel("course"), *BrandingFields.panels]

    class Meta:
        verbose_name = _("sertifikat per kursus")
        verbose_name_plural = _("sertifikat per kursus")

    def __str__(self):
        return self.course.title
