"""Sessions run in a kelurahan hall, who took part, and the DKI region table they are held in."""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/I/L: a code read from a projector in a hall is never mistyped between them.
JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
JOIN_CODE_LENGTH = 6


class RegionLevel(models.TextChoices):
    PROVINCE = "provinsi", _("Provinsi")
    CITY = "kota_kabupaten", _("Kota/kabupaten administrasi")
    DISTRICT = "kecamatan", _("Kecamatan")
    VILLAGE = "kelurahan", _("Kelurahan")


class Region(models.Model):
    """An administrative area of DKI Jakarta with its official code (training/data/)."""

    code = models.CharField(_("kode wilayah"), max_length=13, unique=True)
    name = models.CharField(_("nama"), max_length=100)
    level = models.CharField(_("tingkat"), max_length=16, choices=RegionLevel.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )

    class Meta:
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")
        ordering = ["code"]

    def __str__(self):
        if self.level == RegionLevel.VILLAGE and self.parent_id:
            return f"{self.name}, {self.parent.name}"
        return self.name


class SessionStatus(models.TextChoices):
    SCHEDULED = "dijadwalkan", _("Dijadwalkan")
    OPEN = "dibuka", _("Dibuka (peserta bisa bergabung)")
    CLOSED = "ditutup", _("Ditutup")


def new_join_code():
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


class TrainingSession(models.Model):
    title = models.CharField(_("judul sesi"), max_length=200)
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="training_sessions",
        verbose_name=_("kursus"),
    )
    starts_at = models.DateTimeField(_("mulai"))
    ends_at = models.DateTimeField(_("selesai"))
    venue = models.CharField(_("tempat"), max_length=200, help_text=_("Misalnya Aula Kelurahan."))
    kelurahan = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        related_name="training_sessions",
        limit_choices_to={"level": RegionLevel.VILLAGE},
        verbose_name=_("kelurahan"),
    )
    organiser = models.CharField(
        _("penyelenggara atau mitra"),
        max_length=200,
        blank=True,
        help_text=_("Tidak wajib. Misalnya PKK kelurahan atau lembaga mitra."),
    )
    expected_participants = models.PositiveIntegerField(
        _("perkiraan jumlah peserta"), null=True, blank=True
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="facilitated_sessions",
        verbose_name=_("fasilitator"),
        limit_choices_to={"is_staff": True},
    )
    join_code = models.CharField(
        _("kode gabung"), max_length=JOIN_CODE_LENGTH, default=new_join_code, editable=False
    )
    status = models.CharField(
        _("status"), max_length=12, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("sesi")
        verbose_name_plural = _("sesi")
        ordering = ["-starts_at"]
        constraints = [
            # A code read off the projector names one session: unique among sessions that are
            # not closed (closed ones keep theirs for the record).
            models.UniqueConstraint(
                fields=["join_code"],
                condition=~Q(status="ditutup"),
                name="join_code_unique_while_not_closed",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")), name="session_ends_after_start"
            ),
        ]
        indexes = [models.Index(fields=["kelurahan", "starts_at"], name="session_area_date")]

    def __str__(self):
        return self.title

    @property
    def display_code(self):
        return f"{self.join_code[:3]} {self.join_code[3:]}"

    @property
    def is_open(self):
        return self.status == SessionStatus.OPEN


class JoinedVia(models.TextChoices):
    CODE = "kode", _("Kode gabung")
    FACILITATOR = "fasilitator", _("Ditambahkan fasilitator")


score_validators = [MinValueValidator(0), MaxValueValidator(100)]


class Membership(models.Model):
    """A learner in a session. Consent to share progress with the session's facilitators is
    recorded at joining; leaving hides the learner from the roster but keeps the row (without
    anything that identifies them in reports) so aggregate reach does not change."""

    session = models.ForeignKey(
        TrainingSession, on_delete=models.PROTECT, related_name="memberships"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField(_("bergabung pada"), default=timezone.now)
    joined_via = models.CharField(
        _("cara bergabung"), max_length=12, choices=JoinedVia.choices, default=JoinedVia.CODE
    )
    consent_at = models.DateTimeField(_("setuju berbagi kemajuan pada"), null=True, blank=True)
    # None: not ticked yet. Saved by the facilitator's toggle.
    attended = models.BooleanField(_("hadir"), null=True, blank=True)
    # Scores of the paper tests, for participants without a phone (0-100).
    paper_pretest_score = models.DecimalField(
        _("nilai pra-tes kertas"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=score_validators,
    )
    paper_final_score = models.DecimalField(
        _("nilai tes akhir kertas"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=score_validators,
    )
    left_at = models.DateTimeField(_("keluar dari sesi pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("peserta sesi")
        verbose_name_plural = _("peserta sesi")
        constraints = [
            models.UniqueConstraint(fields=["session", "learner"], name="one_membership"),
            models.CheckConstraint(
                condition=Q(paper_pretest_score__isnull=True)
                | Q(paper_pretest_score__gte=0, paper_pretest_score__lte=100),
                name="paper_pretest_score_0_100",
            ),
            models.CheckConstraint(
                condition=Q(paper_final_score__isnull=True)
                | Q(paper_final_score__gte=0, paper_final_score__lte=100),
                name="paper_final_score_0_100",
            ),
        ]

    def __str__(self):
        return f"{self.learner} — {self.session}"

    @property
    def active(self):
        return self.left_at is None
