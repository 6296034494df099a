"""Per-question results, written once when an attempt is scored, so reports are SQL aggregates.

QuizAttempt.results keeps the same facts as JSON for the learner's feedback page; these rows
exist so item analysis over hundreds of thousands of attempts never parses JSON in Python.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class AttemptAnswer(models.Model):
    """One question of one submitted attempt, as scored."""

    attempt = models.ForeignKey(
        "quizzes.QuizAttempt", on_delete=models.CASCADE, related_name="answer_rows"
    )
    # Denormalised from the attempt so item analysis groups without a join.
    quiz = models.ForeignKey("quizzes.QuizPage", on_delete=models.CASCADE, related_name="+")
    # The question block's stable id, as in the attempt's snapshot.
    question_id = models.CharField(_("id soal"), max_length=64)
    # 1-based, in the order this attempt showed its questions.
    position = models.PositiveSmallIntegerField(_("nomor dalam percobaan"))
    score = models.FloatField(_("nilai soal"))  # 0..1, as quizzes.scoring gives it
    correct = models.BooleanField(_("benar penuh"))
    selected = models.JSONField(_("pilihan yang dicentang"), default=list, blank=True)

    class Meta:
        verbose_name = _("jawaban per soal")
        verbose_name_plural = _("jawaban per soal")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="answer_position_unique"),
            models.CheckConstraint(
                condition=Q(score__gte=0, score__lte=1), name="answer_score_0_1"
            ),
        ]
        indexes = [models.Index(fields=["quiz", "question_id"], name="answer_quiz_question")]

    def __str__(self):
        return f"{self.attempt_id} · {self.position}"


class WrongChoice(models.Model):
    """One wrong judgement in an answer: a wrong option ticked, or a red flag left unticked.

    A row per judgement (rather than a JSON list on AttemptAnswer) so "the most common wrong
    answer" is a GROUP BY on every database, not a JSON function of one of them.
    """

    attempt = models.ForeignKey(
        "quizzes.QuizAttempt", on_delete=models.CASCADE, related_name="wrong_choices"
    )
    quiz = models.ForeignKey("quizzes.QuizPage", on_delete=models.CASCADE, related_name="+")
    question_id = models.CharField(_("id soal"), max_length=64)
    option_id = models.CharField(_("id pilihan"), max_length=64)

    class Meta:
        verbose_name = _("pilihan salah")
        verbose_name_plural = _("pilihan salah")
        indexes = [
            models.Index(fields=["quiz", "question_id", "option_id"], name="wrong_quiz_question")
        ]

    def __str__(self):
        return f"{self.attempt_id} · {self.question_id} · {self.option_id}"
