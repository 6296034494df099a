"""Home page, simple content pages, the help page, the hotline directory and site settings."""

import re

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from pagecache.mixins import AnonymousCacheablePage
from pagecache.routing import find_live_page

from .blocks import RICH_TEXT_FEATURES, base_blocks


class HomePage(AnonymousCacheablePage, Page):
    hero_title = models.CharField(
        _("judul utama"),
        max_length=120,
        help_text=_("Kalimat pertama yang dilihat pengunjung. Singkat dan jelas."),
    )
    hero_text = models.TextField(
        _("teks pembuka"),
        max_length=400,
        help_text=_("Satu atau dua kalimat: apa itu TPPO dan mengapa perlu waspada."),
    )
    explainer = RichTextField(
        _("penjelasan singkat TPPO"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Penjelasan pendek dengan bahasa sehari-hari, tampil di bawah kursus pilihan."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        InlinePanel(
            "featured_courses",
            label=_("Kursus pilihan"),
            help_text=_("Kursus yang ditampilkan di beranda, berurutan."),
            max_num=6,
        ),
        FieldPanel("explainer"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "home.ContentPage", "home.HelpPage"]
    max_count = 1

    class Meta:
        verbose_name = _("beranda")
        verbose_name_plural = _("beranda")

    def route(self, request, path_components):
        if path_components:
            page = find_live_page(self.url_path + "/".join(path_components) + "/")
            if page is not None:
                return RouteResult(page)
        # Unknown paths (and the home page itself) take Wagtail's own route, 404 included.
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = [
            item.course
            for item in self.featured_courses.select_related("course", "course__cover_image")
            if item.course.live
        ]
        return context


class FeaturedCourse(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_courses")
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("kursus"),
    )

    panels = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("kursus pilihan")
        verbose_name_plural = _("kursus pilihan")


class ContentPage(AnonymousCacheablePage, Page):
    """A plain page: "Tentang", the privacy notice, guides."""

    intro = models.TextField(_("pengantar"), blank=True, max_length=500)
    body = StreamField(base_blocks(), verbose_name=_("isi"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage", "home.HelpPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("halaman isi")
        verbose_name_plural = _("halaman isi")


class HelpPage(AnonymousCacheablePage, Page):
    """ "Bantuan & Lapor": the hotline directory and what to do."""

    intro = models.TextField(
        _("pengantar"),
        max_length=600,
        help_text=_("Kalimat pertama: keadaan darurat? Hubungi 110 atau 112."),
    )
    body = StreamField(
        base_blocks(),
        verbose_name=_("isi"),
        blank=True,
        help_text=_("Tampil di bawah daftar layanan: cara melapor, apa yang perlu disiapkan."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ContentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("halaman bantuan & lapor")
        verbose_name_plural = _("halaman bantuan & lapor")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hotline_groups"] = Hotline.objects.grouped()
        context["guides"] = self.get_children().live().order_by("path")
        return context


class HotlineScope(models.TextChoices):
    JAKARTA = "jakarta", _("Di Jakarta")
    NATIONAL = "nasional", _("Seluruh Indonesia")
    ABROAD = "luar_negeri", _("Untuk WNI di luar negeri")


class HotlineQuerySet(models.QuerySet):
    def grouped(self):
        """Hotlines as [(scope label, [hotline, ...]), ...] in the editor's order."""
        groups = {scope: [] for scope in HotlineScope.values}
        for hotline in self.order_by("sort_order", "service"):
            groups[hotline.scope].append(hotline)
        return [(HotlineScope(scope).label, items) for scope, items in groups.items() if items]


def _digits(number):
    return re.sub(r"[^\d+]", "", number or "")


class Hotline(models.Model):
    service = models.CharField(
        _("layanan"), max_length=120, help_text=_("Nama layanan, misalnya SAPA 129 (KemenPPPA).")
    )
    purpose = models.TextField(
        _("untuk apa"),
        max_length=400,
        help_text=_("Kapan orang sebaiknya menghubungi layanan ini, dalam satu atau dua kalimat."),
    )
    scope = models.CharField(
        _("cakupan"), max_length=12, choices=HotlineScope.choices, default=HotlineScope.NATIONAL
    )
    phone = models.CharField(
        _("telepon"),
        max_length=40,
        blank=True,
        help_text=_("Tulis seperti yang diumumkan, misalnya 129 atau 0-800-1000."),
    )
    whatsapp = models.CharField(
        _("WhatsApp"),
        max_length=40,
        blank=True,
        help_text=_("Nomor WhatsApp, misalnya 0811-1129-129."),
    )
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("situs web"), blank=True)
    hours = models.CharField(
        _("jam layanan"), max_length=80, blank=True, help_text=_("Misalnya 24 jam.")
    )
    sort_order = models.PositiveSmallIntegerField(
        _("urutan"), default=100, help_text=_("Angka kecil tampil lebih dulu.")
    )
    source = models.CharField(
        _("sumber"),
        max_length=250,
        help_text=_("Dari mana nomor ini diambil, misalnya 'Kompas, 14 Agustus 2024'."),
    )
    last_checked = models.DateField(
        _("tanggal sumber / terakhir dicek"),
        help_text=_("Tanggal sumber nomor ini, atau tanggal terakhir nomor ini dicek ulang."),
    )

    objects = HotlineQuerySet.as_manager()

    panels = [
        FieldPanel("service"),
        FieldPanel("purpose"),
        FieldPanel("scope"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("whatsapp"),
                FieldPanel("email"),
                FieldPanel("website"),
            ],
            heading=_("Kontak"),
        ),
        FieldPanel("hours"),
        FieldPanel("sort_order"),
        MultiFieldPanel([FieldPanel("source"), FieldPanel("last_checked")], heading=_("Sumber")),
    ]

    class Meta:
        verbose_name = _("layanan pengaduan")
        verbose_name_plural = _("direktori layanan pengaduan")
        ordering = ["sort_order", "service"]

    def __str__(self):
        return self.service

    @cached_property
    def tel_href(self):
        number = _digits(self.phone)
        return f"tel:{number}" if number else ""

    @cached_property
    def whatsapp_href(self):
        number = _digits(self.whatsapp).lstrip("+")
        if not number:
            return ""
        if number.startswith("0"):
            number = "62" + number[1:]
        return f"https://wa.me/{number}"


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    help_page = models.ForeignKey(
        "home.HelpPage",
        verbose_name=_("halaman Bantuan & Lapor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("halaman Tentang"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("halaman pemberitahuan privasi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    emergency_text = models.CharField(
        _("teks darurat di kepala halaman"),
        max_length=120,
        default=_("Darurat? Telepon 110 atau 112"),
        help_text=_("Tampil di setiap halaman, di atas menu."),
    )
    footer_text = models.TextField(
        _("teks kaki halaman"),
        blank=True,
        max_length=400,
        help_text=_("Misalnya siapa yang mengelola situs ini."),
    )

    panels = [
        FieldPanel("help_page"),
        FieldPanel("about_page"),
        FieldPanel("privacy_page"),
        FieldPanel("emergency_text"),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("pengaturan situs")
