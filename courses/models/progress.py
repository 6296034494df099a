"""Records of what each learner did: the one source of truth for progress."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    # PROTECT: a learner's history outlives an editor's tidying (the admin refuses the
    # deletion with a message first; see home/deletion.py).
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="enrolments"
    )
    enrolled_at = models.DateTimeField(_("mulai pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("pendaftaran kursus")
        verbose_name_plural = _("pendaftaran kursus")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")
        ]

    def __str__(self):
        return f"{self.user} — {self.course}"


class LessonCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.PROTECT, related_name="completions"
    )
    # The lesson's course at the time of completion, so a course's progress is one indexed
    # query instead of a walk through the page tree.
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="lesson_completions"
    )
    completed_at = models.DateTimeField(_("selesai pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("pelajaran selesai")
        verbose_name_plural = _("pelajaran selesai")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson")
        ]
        indexes = [models.Index(fields=["user", "course"], name="completion_user_course")]

    def __str__(self):
        return f"{self.user} — {self.lesson}"
