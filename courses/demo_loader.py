"""Builds the demo site from the data in courses/demo/: pages, hotlines and site settings.

Idempotent by design: every page is looked up by its slug under its parent and created only when
missing; an existing page (perhaps edited by an editor since) is left exactly as it is. Hotlines
are matched by service name the same way. Running it twice changes nothing.
"""

import uuid
from datetime import date

from django.db import transaction
from wagtail.models import Page, Site

from home.models import ContentPage, FeaturedCourse, HelpPage, HomePage, Hotline, SiteSettings

from .models import CourseIndexPage, CoursePage, LessonPage


def stream(blocks):
    """[(type, value), ...] as StreamField raw data, each block with a stable-looking id."""
    return [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]


def _publish(page):
    page.save_revision().publish()
    return page


def _child(parent, model, slug, **fields):
    """The child of `parent` with this slug, created and published if it does not exist."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return _publish(page), True


def ensure_home(report):
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title="Beranda",
            slug="waspada-tppo",
            seo_title="Waspada TPPO: kenali bujukan perdagangan orang",
            hero_title="Kenali bujukannya sebelum terjerat",
            hero_text=(
                "Perdagangan orang sering dimulai dengan tawaran kerja yang terlalu bagus. "
                "Belajar mengenali tanda bahayanya, gratis, dari ponsel Anda."
            ),
            explainer=(
                "<p><b>TPPO</b> (tindak pidana perdagangan orang) adalah kejahatan merekrut, "
                "membawa, atau menampung seseorang dengan cara menipu, memaksa, atau menjerat "
                "utang, untuk dieksploitasi. Bisa terjadi di dalam negeri maupun ke luar negeri, "
                "dan siapa pun bisa menjadi korban.</p>"
            ),
        )
        root.add_child(instance=home)
        _publish(home)
        report.append("beranda dibuat")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Waspada TPPO",
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Waspada TPPO"
        site.save()
        # Wagtail's placeholder "Welcome" page is not needed once the real home exists.
        if type(old_root.specific) is Page and not old_root.get_children().exists():
            old_root.delete()
    return home, site


def ensure_content_pages(home, report):
    from .demo import pages as data

    pages = {}
    for key, model in (("ABOUT", ContentPage), ("PRIVACY", ContentPage), ("HELP", HelpPage)):
        spec = getattr(data, key)
        page, created = _child(
            home,
            model,
            spec["slug"],
            title=spec["title"],
            intro=spec.get("intro", ""),
            body=stream(spec.get("body", [])),
        )
        if created:
            report.append(f"halaman '{page.title}' dibuat")
        pages[key] = page
    return pages


def ensure_course(index, spec, report):
    course, created = _child(
        index,
        CoursePage,
        spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        audience=spec.get("audience", ""),
        estimated_minutes=spec.get("estimated_minutes", 20),
        learning_objectives=stream(("objective", text) for text in spec.get("objectives", [])),
    )
    if created:
        report.append(f"kursus '{course.title}' dibuat")
    for lesson in spec["lessons"]:
        _, lesson_created = _child(
            course,
            LessonPage,
            lesson["slug"],
            title=lesson["title"],
            intro=lesson.get("intro", ""),
            estimated_minutes=lesson.get("estimated_minutes", 5),
            body=stream(lesson["body"]),
        )
        if lesson_created:
            report.append(f"  pelajaran '{lesson['title']}' dibuat")
    return course


def ensure_hotlines(report):
    from .demo.hotlines import HOTLINES

    for spec in HOTLINES:
        fields = dict(spec)
        fields["last_checked"] = date.fromisoformat(fields["last_checked"])
        _, created = Hotline.objects.get_or_create(service=fields.pop("service"), defaults=fields)
        if created:
            report.append(f"layanan '{spec['service']}' ditambahkan")


def course_specs():
    from .demo import recruitment_course

    return [recruitment_course.COURSE]


@transaction.atomic
def load_demo_content():
    """Create whatever part of the demo site is missing; return a list of what was created."""
    report: list[str] = []
    home, site = ensure_home(report)
    index, created = _child(
        home,
        CourseIndexPage,
        "kursus",
        title="Kursus",
        intro="Kursus singkat dan gratis. Baca dari ponsel, kapan saja; kemajuan Anda tersimpan.",
    )
    if created:
        report.append("daftar kursus dibuat")
    courses = [ensure_course(index, spec, report) for spec in course_specs()]
    pages = ensure_content_pages(home, report)
    ensure_hotlines(report)

    settings = SiteSettings.for_site(site)
    settings.help_page = settings.help_page or pages["HELP"]
    settings.about_page = settings.about_page or pages["ABOUT"]
    settings.privacy_page = settings.privacy_page or pages["PRIVACY"]
    if not settings.footer_text:
        settings.footer_text = (
            "Waspada TPPO adalah platform belajar terbuka untuk mendukung pencegahan "
            "tindak pidana perdagangan orang di DKI Jakarta."
        )
    settings.save()

    if not home.featured_courses.exists():
        for order, course in enumerate(courses):
            FeaturedCourse.objects.create(home=home, course=course, sort_order=order)
        report.append("kursus pilihan di beranda diisi")
    return report
