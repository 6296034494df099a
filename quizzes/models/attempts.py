from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..snapshot import assemble


class QuestionSet(models.Model):
    """One quiz version's question pool (quizzes/snapshot.py), stored once for every attempt
    drawn from it. Never changed after it is written: content_hash is the key."""

    content_hash = models.CharField(_("sidik isi"), max_length=64, unique=True)
    # The shape of the question dicts (snapshot.DATA_MODEL_VERSION when written).
    version = models.PositiveSmallIntegerField(_("versi format"))
    questions = models.JSONField(_("soal"))
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    class Meta:
        verbose_name = _("kumpulan soal")
        verbose_name_plural = _("kumpulan soal")

    def __str__(self):
        return self.content_hash[:12]


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey("quizzes.QuizPage", on_delete=models.CASCADE, related_name="attempts")
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    # The quiz's kind when the attempt started, so reports need not join the page.
    kind = models.CharField(_("jenis kuis"), max_length=10)
    number = models.PositiveSmallIntegerField(_("percobaan ke-"))
    started_at = models.DateTimeField(_("mulai"), auto_now_add=True)
    # Set once, by the conditional UPDATE that scores the attempt: NULL means still open.
    submitted_at = models.DateTimeField(_("dikirim"), null=True, blank=True)
    # The questions as given (quizzes/snapshot.py, versioned): scoring never reads the live quiz.
    # Read them through `snapshot`: the shared pool plus this attempt's layout (what was drawn,
    # in which order, title and pass mark) or, for a row the migration could not split
    # faithfully, the whole snapshot as first written (legacy_snapshot, the original column).
    question_set = models.ForeignKey(
        QuestionSet,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attempts",
        verbose_name=_("kumpulan soal"),
    )
    layout = models.JSONField(_("susunan soal"), null=True, blank=True)
    legacy_snapshot = models.JSONField(
        _("salinan soal"), null=True, blank=True, db_column="snapshot"
    )
    answers = models.JSONField(_("jawaban"), default=dict, blank=True)
    # Per question: {"id": ..., "score": 0..1, "selected": [...]}, for feedback and item analysis.
    results = models.JSONField(_("hasil per soal"), default=list, blank=True)
    score = models.DecimalField(_("nilai"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("lulus"), null=True, blank=True)

    class Meta:
        verbose_name = _("percobaan kuis")
        verbose_name_plural = _("percobaan kuis")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="attempt_number_unique"
            ),
            # A double click on "Mulai kuis" or two tabs never open two attempts at once.
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz",
            ),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0, score__lte=100),
                name="attempt_score_0_100",
            ),
            models.CheckConstraint(
                condition=Q(submitted_at__isnull=True) | Q(score__isnull=False),
                name="submitted_attempt_has_score",
            ),
            models.CheckConstraint(
                condition=Q(legacy_snapshot__isnull=False)
                | Q(question_set__isnull=False, layout__isnull=False),
                name="attempt_has_its_questions",
            ),
        ]
        indexes = [models.Index(fields=["user", "course"], name="attempt_user_course")]

    def __str__(self):
        return f"{self.user} — {self.quiz_title} #{self.number}"

    @property
    def snapshot(self):
        """The questions as this attempt was given them: the same dict whichever way it is
        stored, assembled once per instance."""
        if self.legacy_snapshot is not None:
            return self.legacy_snapshot
        assembled = self.__dict__.get("_assembled_snapshot")
        if assembled is None:
            assembled = assemble(self.question_set.questions, self.layout)
            self.__dict__["_assembled_snapshot"] = assembled
        return assembled

    @snapshot.setter
    def snapshot(self, value):
        # Kept so QuizAttempt(snapshot=...) still works (a single stored dict, as before).
        self.legacy_snapshot = value
        self.__dict__.pop("_assembled_snapshot", None)

    @property
    def quiz_title(self):
        """From the attempt's own row: listing attempts never loads their questions."""
        source = self.legacy_snapshot if self.legacy_snapshot is not None else self.layout
        return (source or {}).get("quiz_title", "")

    @property
    def pass_mark(self):
        source = self.legacy_snapshot if self.legacy_snapshot is not None else self.layout
        return (source or {}).get("pass_mark")

    @property
    def is_open(self):
        return self.submitted_at is None
