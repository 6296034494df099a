from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import question_blocks


class QuizKind(models.TextChoices):
    PRETEST = "pretest", _("Pra-tes (sebelum pelajaran)")
    PRACTICE = "practice", _("Latihan")
    FINAL = "final", _("Tes akhir (wajib lulus)")


class FeedbackTiming(models.TextChoices):
    AFTER_SUBMIT = "submit", _("Langsung setelah kuis dikirim (untuk latihan)")
    AFTER_PASS = "pass", _("Setelah lulus atau kesempatan habis")
    AFTER_COURSE = "course", _("Setelah kursus selesai")


class QuizPage(Page):
    kind = models.CharField(
        _("jenis kuis"),
        max_length=10,
        choices=QuizKind.choices,
        default=QuizKind.PRACTICE,
        help_text=_(
            "Pra-tes mengukur pengetahuan awal dan tidak menghalangi apa pun. "
            "Tes akhir harus lulus untuk menyelesaikan kursus."
        ),
    )
    intro = models.TextField(
        _("pengantar"),
        max_length=600,
        blank=True,
        help_text=_("Apa yang diuji dan berapa lama kira-kira."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("nilai lulus (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("kesempatan mengerjakan"),
        default=0,
        help_text=_("0 berarti tidak dibatasi. Untuk pra-tes biasanya 1."),
    )
    shuffle_questions = models.BooleanField(_("acak urutan soal"), default=False)
    shuffle_choices = models.BooleanField(_("acak urutan pilihan jawaban"), default=True)
    draw_count = models.PositiveSmallIntegerField(
        _("jumlah soal yang diambil"),
        default=0,
        help_text=_("0 berarti semua soal. Bila diisi, soal diambil acak dari kumpulan soal."),
    )
    feedback_timing = models.CharField(
        _("kapan umpan balik ditampilkan"),
        max_length=10,
        choices=FeedbackTiming.choices,
        default=FeedbackTiming.AFTER_SUBMIT,
        help_text=_(
            "Kapan peserta melihat kunci jawaban dan umpan balik tiap pilihan. Aturan tetap: "
            "pra-tes selalu setelah kursus selesai (soalnya sejajar dengan tes akhir), dan tes "
            "akhir tidak pernah memperlihatkan kunci selama peserta masih bisa mengulang; "
            "sebelum itu peserta hanya melihat nilai, soal mana yang benar atau salah, dan "
            "penjelasan konsepnya."
        ),
    )
    questions = StreamField(
        question_blocks(),
        verbose_name=_("soal"),
        help_text=_("Setiap pilihan perlu umpan balik yang menjelaskan mengapa benar atau salah."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_choices"),
                FieldPanel("draw_count"),
                FieldPanel("feedback_timing"),
            ],
            heading=_("Aturan kuis"),
        ),
        FieldPanel("questions"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("kuis")
        verbose_name_plural = _("kuis")

    def clean(self):
        super().clean()
        # The rule lives in the model, not in whoever created the quiz: a pre-test's key is
        # never shown before the course is complete, since its final test is a parallel form.
        if self.kind == QuizKind.PRETEST:
            self.feedback_timing = FeedbackTiming.AFTER_COURSE

    @property
    def effective_feedback_timing(self):
        """The timing the rules apply: a pre-test waits for the course; a final test never
        shows its key while it can be retaken (so "at once" means "once passed")."""
        if self.kind == QuizKind.PRETEST:
            return FeedbackTiming.AFTER_COURSE
        if self.kind == QuizKind.FINAL and self.feedback_timing == FeedbackTiming.AFTER_SUBMIT:
            return FeedbackTiming.AFTER_PASS
        return self.feedback_timing

    @property
    def question_count(self):
        total = len(self.questions)
        return min(total, self.draw_count) if self.draw_count else total

    @property
    def preview_modes(self):
        return [("", _("Soal, kunci, dan umpan balik")), ("pengantar", _("Halaman pengantar"))]

    def serve_preview(self, request, mode_name):
        """An editor's preview: the questions as drawn for a new attempt (a fresh snapshot,
        never stored), with the key and every option's feedback so they can be checked; or the
        introduction as learners see it."""
        from ..views import quiz_page, quiz_preview

        if mode_name == "pengantar":
            return quiz_page(request, self)
        return quiz_preview(request, self)

    def serve(self, request, *args, **kwargs):
        from ..views import quiz_page

        return quiz_page(request, self)
