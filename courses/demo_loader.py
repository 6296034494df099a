"""Builds the demo site from the data in courses/demo/: pages, hotlines and site settings.

Idempotent by design: every page is looked up by its slug under its parent and created only when
missing; an existing page (perhaps edited by an editor since) is left exactly as it is. Hotlines
are matched by service name the same way. Running it twice changes nothing.
"""

import uuid
from datetime import date
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.models import ContentPage, FeaturedCourse, HelpPage, HomePage, Hotline, SiteSettings
from quizzes.models import QuizKind, QuizPage
from quizzes.models.pages import FeedbackTiming

from .models import CourseIndexPage, CoursePage, LessonPage

ILLUSTRATIONS = Path(__file__).resolve().parent / "demo" / "illustrations"
_LIST_KEYS = ("choices", "statements")


def _new_id():
    return str(uuid.uuid4())


def illustration(filename):
    """The Wagtail image for a file in demo/illustrations, created once (matched by title)."""
    image_model = get_image_model()
    title = f"Ilustrasi: {filename}"
    image = image_model.objects.filter(title=title).first()
    if image is None:
        with open(ILLUSTRATIONS / filename, "rb") as handle:
            image = image_model(title=title, file=ImageFile(handle, name=filename))
            image.save()
    return image


def _raw_value(kind, value):
    """Turn the demo format into StreamField raw data (images as ids, list items with ids)."""
    if not isinstance(value, dict):
        return value
    value = dict(value)
    if kind == "image":
        value["image"] = illustration(value.pop("file")).pk
    elif "image" in value:
        value["image"] = illustration(value["image"]).pk if value["image"] else None
    for key in _LIST_KEYS:
        if key in value:
            # Choices and statements keep ids of their own: attempts refer to them.
            value[key] = [{"type": "item", "value": item, "id": _new_id()} for item in value[key]]
    return value


def stream(blocks):
    """[(type, value), ...] as StreamField raw data, each block with its own id."""
    return [
        {"type": kind, "value": _raw_value(kind, value), "id": _new_id()} for kind, value in blocks
    ]


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


def ensure_guide(help_page, report):
    from .demo.guide import GUIDE

    page, created = _child(
        help_page,
        ContentPage,
        GUIDE["slug"],
        title=GUIDE["title"],
        intro=GUIDE.get("intro", ""),
        body=stream(GUIDE["body"]),
    )
    if created:
        report.append(f"halaman '{page.title}' dibuat")
    return page


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
    for kind, item in course_order(spec):
        if kind == "lesson":
            _, item_created = _child(
                course,
                LessonPage,
                item["slug"],
                title=item["title"],
                intro=item.get("intro", ""),
                estimated_minutes=item.get("estimated_minutes", 5),
                body=stream(item["body"]),
            )
        else:
            _, item_created = _child(
                course,
                QuizPage,
                item["slug"],
                title=item["title"],
                kind=item["kind"],
                intro=item.get("intro", ""),
                pass_mark=item.get("pass_mark", 70),
                max_attempts=item.get("max_attempts", 0),
                feedback_timing=(
                    FeedbackTiming.AFTER_COURSE
                    if item["kind"] == QuizKind.PRETEST
                    else FeedbackTiming.AFTER_SUBMIT
                ),
                questions=stream(item["questions"]),
            )
        if item_created:
            report.append(f"  {item['title']} dibuat")
    return course


def course_order(spec):
    """Pre-test first, lessons each followed by their practice quizzes, final test last."""
    quizzes = spec.get("quizzes", [])
    order = [("quiz", quiz) for quiz in quizzes if quiz["kind"] == QuizKind.PRETEST]
    for lesson in spec["lessons"]:
        order.append(("lesson", lesson))
        order += [
            ("quiz", quiz)
            for quiz in quizzes
            if quiz["kind"] == QuizKind.PRACTICE and quiz.get("after_lesson") == lesson["slug"]
        ]
    placed = {id(item) for _, item in order}
    order += [("quiz", quiz) for quiz in quizzes if id(quiz) not in placed]
    return order


def ensure_hotlines(report):
    from .demo.hotlines import HOTLINES

    for spec in HOTLINES:
        fields = dict(spec)
        fields["last_checked"] = date.fromisoformat(fields["last_checked"])
        _, created = Hotline.objects.get_or_create(service=fields.pop("service"), defaults=fields)
        if created:
            report.append(f"layanan '{spec['service']}' ditambahkan")


def course_specs():
    from .demo import kenali_tppo_course, melapor_course, recruitment_course

    return [kenali_tppo_course.COURSE, recruitment_course.COURSE, melapor_course.COURSE]


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
    ensure_guide(pages["HELP"], report)
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
