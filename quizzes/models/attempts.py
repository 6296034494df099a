from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


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
    snapshot = models.JSONField(_("salinan soal"))
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
        ]
        indexes = [models.Index(fields=["user", "course"], name="attempt_user_course")]

    def __str__(self):
        return f"{self.user} — {self.snapshot.get('quiz_title', '')} #{self.number}"

    @property
    def is_open(self):
        return self.submitted_at is None
