"""Course structure as Wagtail pages: CourseIndexPage > CoursePage > LessonPage (and quizzes)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pagecache.mixins import AnonymousCacheablePage

from ..blocks import lesson_blocks


class CourseIndexPage(AnonymousCacheablePage, Page):
    intro = models.TextField(
        _("pengantar"),
        blank=True,
        max_length=500,
        help_text=_("Satu atau dua kalimat di atas daftar kursus."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("daftar kursus")
        verbose_name_plural = _("daftar kursus")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = (
            CoursePage.objects.child_of(self)
            .live()
            .select_related("cover_image")
            .prefetch_related("cover_image__renditions")
        )
        return context


class CoursePage(AnonymousCacheablePage, Page):
    summary = models.TextField(
        _("ringkasan"),
        max_length=400,
        help_text=_("Satu atau dua kalimat: apa yang dipelajari dan untuk siapa."),
    )
    learning_objectives = StreamField(
        [
            (
                "objective",
                blocks.CharBlock(
                    label=_("Tujuan"),
                    max_length=200,
                    help_text=_("Mulai dengan kata kerja, misalnya 'Mengenali tanda bahaya...'."),
                ),
            )
        ],
        verbose_name=_("yang akan Anda pelajari"),
        blank=True,
        help_text=_("Tiga sampai lima tujuan belajar, masing-masing satu kalimat."),
    )
    audience = models.CharField(
        _("untuk siapa"),
        max_length=200,
        blank=True,
        help_text=_("Misalnya: pencari kerja, orang tua, pengurus RT/RW."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("perkiraan waktu (menit)"),
        default=20,
        help_text=_("Perkiraan waktu membaca semua pelajaran dan mengerjakan kuis."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar sampul"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Gambar mendatar, minimal 1200×600 piksel. Teks alternatifnya judul kursus."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("estimated_minutes"), FieldPanel("cover_image")],
            heading=_("Info kursus"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]
    # The explorer lists a course's lessons and quizzes in the learner's order.
    admin_default_ordering = "ord"

    class Meta:
        verbose_name = _("kursus")
        verbose_name_plural = _("kursus")

    def get_context(self, request, *args, **kwargs):
        from ..personal_slots import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(request, course_path=self.path))
        return context


class LessonPage(AnonymousCacheablePage, Page):
    estimated_minutes = models.PositiveSmallIntegerField(
        _("perkiraan waktu baca (menit)"), default=5
    )
    intro = models.TextField(
        _("pengantar"),
        max_length=400,
        blank=True,
        help_text=_("Satu atau dua kalimat: apa yang dibahas di pelajaran ini."),
    )
    body = StreamField(
        lesson_blocks(),
        verbose_name=_("isi pelajaran"),
        help_text=_(
            "Tulis dengan kalimat pendek. Akhiri dengan blok Sumber "
            "yang menyebut asal setiap fakta."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("pelajaran")
        verbose_name_plural = _("pelajaran")

    def get_context(self, request, *args, **kwargs):
        from ..personal_slots import lesson_context

        context = super().get_context(request, *args, **kwargs)
        course_path = self.path[: -Page.steplen]
        context.update(lesson_context(request, lesson_id=self.pk, course_path=course_path))
        return context
