"""Builds the demo site from the YAML files in content/: pages, hotlines and site settings.

Every file is read and checked first (see validation.py); nothing is written unless all of them
are valid. Building is idempotent by design: every page is looked up by its slug under its parent
and created only when missing; an existing page (perhaps edited by an editor since) is left exactly
as it is. Hotlines are matched by service name the same way. Running it twice changes nothing.
"""

import datetime
import re
import uuid
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.blocks import ListBlock
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from accounts.management.commands.create_demo_admin import (
    DEMO_SESSION_KELURAHAN,
    DEMO_SESSION_VENUE,
    FACILITATOR_USERNAME,
)
from accounts.models import User
from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import ContentPage, FeaturedCourse, HelpPage, HomePage, Hotline, SiteSettings
from quizzes.models import QuizKind, QuizPage
from quizzes.models.pages import FeedbackTiming
from training import roster
from training.models import Region, SessionStatus, TrainingSession

from .validation import Checker, ContentError, field_path

ROOT = Path(__file__).resolve().parent
# Choices and statements keep ids of their own: attempts refer to them.
_LIST_KEYS = ("choices", "statements")
_NUMBERED = re.compile(r"^\d{2}-(?P<slug>.+)$")

PAGE_TYPES = {"content": ContentPage, "help": HelpPage}
HOME_PARENT = "home"
HOTLINE_REQUIRED = ("service", "purpose", "source", "last_checked")
HOTLINE_OPTIONAL = ("scope", "phone", "whatsapp", "email", "website", "hours", "sort_order")


@dataclass
class CourseSpec:
    fields: dict
    objectives: list
    # ("lesson" | "quiz", fields) in the order learners meet them.
    items: list = field(default_factory=list)


@dataclass
class PageSpec:
    model: type
    parent: str
    site_settings: str
    fields: dict


@dataclass
class Content:
    site: dict
    home: dict
    course_index: dict
    courses: list
    pages: list
    hotlines: list


# Reading ---------------------------------------------------------------------------------------


class _Reader:
    """Reads the files under `root`, collecting every problem before giving up."""

    def __init__(self, root):
        self.root = Path(root)
        self.images = {path.name for path in (self.root / "illustrations").glob("*")}
        self.problems = []

    def label(self, path):
        return path.relative_to(self.root.parent).as_posix()

    def read(self, path):
        """(checker, data) for one YAML file; data is None when the file cannot be parsed."""
        checker = Checker(self.label(path), images=self.images)
        self.problems.append(checker.problems)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            checker.add("", "file is missing")
            checker.unreadable = True
            return checker, None
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
            problem = getattr(error, "problem", None) or str(error)
            checker.add("", f"not valid YAML: {where}{problem}")
            checker.unreadable = True
            return checker, None
        return checker, data

    def all_problems(self):
        return [problem for problems in self.problems for problem in problems]


def read_content(root=None):
    """Every content file under `root`, checked; raises ContentError listing all problems."""
    reader = _Reader(root or ROOT)
    site, home, course_index, course_slugs = _read_site(reader)
    content = Content(
        site=site,
        home=home,
        course_index=course_index,
        courses=[_read_course(reader, slug) for slug in course_slugs],
        pages=_read_pages(reader),
        hotlines=_read_hotlines(reader),
    )
    problems = reader.all_problems()
    if problems:
        raise ContentError(problems)
    return content


def _read_site(reader):
    checker, data = reader.read(reader.root / "site.yaml")
    keys = ("site_name", "home", "course_index", "courses")
    data = checker.clean_keys(data, required=keys, optional=("footer_text",))
    if not data:
        return {}, {}, {}, []
    site = {
        "site_name": checker.clean_model_fields(Site, data, names=("site_name",)).get("site_name"),
        **checker.clean_model_fields(SiteSettings, data, names=("footer_text",)),
    }
    home = _clean_page_fields(
        checker,
        HomePage,
        data.get("home"),
        required=("title", "slug", "hero_title", "hero_text"),
        optional=("seo_title", "explainer"),
        at="home",
    )
    course_index = _clean_page_fields(
        checker,
        CourseIndexPage,
        data.get("course_index"),
        required=("title", "slug"),
        optional=("intro",),
        at="course_index",
    )
    folders = sorted(path.name for path in (reader.root / "courses").glob("*") if path.is_dir())
    slugs = _clean_listing(checker, data.get("courses"), available=folders, at="courses")
    return site, home, course_index, slugs


def _clean_page_fields(checker, model, data, *, required, optional, at=""):
    if checker.clean_keys(data, required=required, optional=optional, at=at) is None:
        return {}
    return checker.clean_model_fields(model, data, names=(*required, *optional), at=at)


def _clean_listing(checker, names, *, available, at):
    """`names` must list every one of `available` exactly once, and nothing else."""
    if not isinstance(names, list):
        if names is not None:  # a missing list is already reported as required
            checker.add(at, f"must be a list, not {type(names).__name__}")
        return []
    for index, name in enumerate(names):
        if name not in available:
            checker.add(field_path(at, index), f"'{name}' does not exist")
        elif names.index(name) != index:
            checker.add(field_path(at, index), f"'{name}' is listed twice")
    for name in available:
        if name not in names:
            checker.add(at, f"'{name}' exists but is not listed")
    return [name for index, name in enumerate(names) if name in available]


def _clean_slug_matches(checker, fields, *, expected):
    if fields.get("slug") and fields["slug"] != expected:
        checker.add("slug", f"'{fields['slug']}' does not match the file name ('{expected}')")


def _read_course(reader, slug):
    folder = reader.root / "courses" / slug
    checker, data = reader.read(folder / "course.yaml")
    spec = CourseSpec(fields={}, objectives=[])
    required, optional = ("slug", "title", "summary", "order"), ("audience", "estimated_minutes")
    data = checker.clean_keys(data, required=required, optional=(*optional, "objectives"))
    if not data:
        return spec
    names = (*required[:-1], *optional)
    spec.fields = checker.clean_model_fields(CoursePage, data, names=names)
    _clean_slug_matches(checker, spec.fields, expected=slug)
    # Objectives are a plain list in the file; each one follows the "objective" block's rules.
    objective = CoursePage._meta.get_field("learning_objectives").stream_block.child_blocks
    objectives = ListBlock(objective["objective"])
    spec.objectives = checker.clean_block(objectives, data.get("objectives", []), at="objectives")
    files = sorted(
        path.relative_to(folder).as_posix()
        for kind in ("lessons", "quizzes")
        for path in (folder / kind).glob("*.yaml")
    )
    order = _clean_listing(checker, data.get("order"), available=files, at="order")
    lessons = [name for name in order if name.startswith("lessons/")]
    if lessons != sorted(lessons):
        checker.add("order", "lessons must come in the order of their numbers")
    spec.items = [_read_course_item(reader, folder / name) for name in order]
    _check_unique(checker, [item.get("slug") for _, item in spec.items], what="slug", at="order")
    return spec


def _check_unique(checker, values, *, what, at):
    # The loader matches by these; a second entry with the same value would be skipped silently.
    for index, value in enumerate(values):
        if value and values.index(value) != index:
            checker.add(at, f"{what} '{value}' is used twice")


def _read_course_item(reader, path):
    checker, data = reader.read(path)
    if path.parent.name == "lessons":
        match = _NUMBERED.match(path.stem)
        expected = match["slug"] if match else None
        if expected is None:
            checker.add("", "a lesson file is named NN-<slug>.yaml, e.g. 01-apa-itu-tppo.yaml")
        fields = _clean_page_fields(
            checker,
            LessonPage,
            data,
            required=("slug", "title", "body"),
            optional=("intro", "estimated_minutes"),
        )
        _clean_slug_matches(checker, fields, expected=expected or fields.get("slug"))
        return ("lesson", fields)
    fields = _clean_page_fields(
        checker,
        QuizPage,
        data,
        required=("slug", "title", "kind", "questions"),
        optional=("intro", "pass_mark", "max_attempts"),
    )
    _clean_slug_matches(checker, fields, expected=path.stem)
    return ("quiz", fields)


def _site_settings_links():
    """SiteSettings fields that point at a page, with the page model each one accepts."""
    return {
        model_field.name: model_field.related_model
        for model_field in SiteSettings._meta.fields
        if model_field.is_relation and issubclass(model_field.related_model, Page)
    }


def _read_pages(reader):
    """The pages in file order; a page may only sit under home or a page of an earlier file."""
    pages, links = [], _site_settings_links()
    for path in sorted((reader.root / "pages").glob("*.yaml")):
        checker, data = reader.read(path)
        known = {HOME_PARENT: HomePage, **{page.fields.get("slug"): page.model for page in pages}}
        page = _read_page(checker, data, known_parents=known, links=links)
        match = _NUMBERED.match(path.stem)
        if match is None:
            checker.add("", "a page file is named NN-<slug>.yaml, e.g. 01-tentang.yaml")
        if page is None:
            continue
        if match is not None:
            _clean_slug_matches(checker, page.fields, expected=match["slug"])
        _check_unique_page(checker, page, pages)
        pages.append(page)
    return pages


def _check_unique_page(checker, page, earlier):
    if any(other.fields.get("slug") == page.fields.get("slug") for other in earlier):
        checker.add("slug", f"'{page.fields.get('slug')}' is used by an earlier page")
    if page.site_settings and any(o.site_settings == page.site_settings for o in earlier):
        checker.add("site_settings", f"'{page.site_settings}' is used by an earlier page")


def _read_page(checker, data, *, known_parents, links):
    required, optional = (
        ("slug", "title", "page_type", "parent"),
        ("site_settings", "intro", "body"),
    )
    if checker.clean_keys(data, required=required, optional=optional) is None:
        return None
    model = PAGE_TYPES.get(data.get("page_type"))
    if model is None:
        checker.add("page_type", f"must be one of: {', '.join(PAGE_TYPES)}")
        model = ContentPage
    parent = data.get("parent")
    if parent not in known_parents:
        checker.add("parent", f"'{parent}' is neither 'home' nor a page in an earlier file")
    elif known_parents[parent] not in model.allowed_parent_page_models():
        checker.add("parent", f"a {data['page_type']} page cannot be placed under '{parent}'")
    link = data.get("site_settings") or ""
    if link and link not in links:
        checker.add("site_settings", f"must be one of: {', '.join(links)}")
    elif link and not issubclass(model, links[link]):
        checker.add("site_settings", f"{link} needs a page of type {links[link].__name__}")
    names = ("slug", "title", "intro", "body")
    fields = checker.clean_model_fields(model, data, names=names)
    return PageSpec(model=model, parent=parent, site_settings=link, fields=fields)


def _read_hotlines(reader):
    checker, data = reader.read(reader.root / "hotlines.yaml")
    if not isinstance(data, list):
        if not checker.unreadable:
            checker.add("", f"must be a list of hotlines, not {type(data).__name__}")
        return []
    rows = []
    for index, row in enumerate(data):
        at = field_path("", index)
        if checker.clean_keys(row, required=HOTLINE_REQUIRED, optional=HOTLINE_OPTIONAL, at=at):
            names = (*HOTLINE_REQUIRED, *HOTLINE_OPTIONAL)
            rows.append(checker.clean_model_fields(Hotline, row, names=names, at=at))
    _check_unique(checker, [row.get("service") for row in rows], what="service", at="")
    return rows


# Building --------------------------------------------------------------------------------------


def _new_id():
    return str(uuid.uuid4())


def illustration(filename, *, root=ROOT):
    """The Wagtail image for a file in illustrations/, created once (matched by title)."""
    image_model = get_image_model()
    title = f"Ilustrasi: {filename}"
    image = image_model.objects.filter(title=title).first()
    if image is None:
        with open(root / "illustrations" / filename, "rb") as handle:
            image = image_model(title=title, file=ImageFile(handle, name=filename))
            image.save()
    return image


def _raw_value(value, *, root):
    """StreamField raw data for one block value: images as ids, list items with ids."""
    if not isinstance(value, dict):
        return value
    value = dict(value)
    if "image" in value:
        value["image"] = illustration(value["image"], root=root).pk if value["image"] else None
    for key in _LIST_KEYS:
        if key in value:
            value[key] = [{"type": "item", "value": item, "id": _new_id()} for item in value[key]]
    return value


def stream(blocks, *, root=ROOT):
    """[(type, value), ...] as StreamField raw data, each block with its own id."""
    return [
        {"type": kind, "value": _raw_value(value, root=root), "id": _new_id()}
        for kind, value in blocks
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


def _with_streams(model, fields, *, root):
    """Page fields with every StreamField value turned into raw data."""
    streams = {f.name for f in model._meta.get_fields() if isinstance(f, StreamField)}
    return {
        name: stream(value, root=root) if name in streams else value
        for name, value in fields.items()
    }


def ensure_home(content, report):
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(**content.home)
        root.add_child(instance=home)
        _publish(home)
        report.append("beranda dibuat")
    site_name = content.site["site_name"]
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=site_name,
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = site_name
        site.save()
        # Wagtail's placeholder "Welcome" page is not needed once the real home exists.
        if type(old_root.specific) is Page and not old_root.get_children().exists():
            old_root.delete()
    return home, site


def ensure_course(index, spec, report, *, root):
    fields = dict(spec.fields)
    course, created = _child(
        index,
        CoursePage,
        fields.pop("slug"),
        **{"audience": "", "estimated_minutes": 20, **fields},
        learning_objectives=stream((("objective", text) for text in spec.objectives), root=root),
    )
    if created:
        report.append(f"kursus '{course.title}' dibuat")
    for kind, item in spec.items:
        if kind == "lesson":
            model, defaults = LessonPage, {"intro": "", "estimated_minutes": 5}
        else:
            model, defaults = QuizPage, _quiz_defaults(item["kind"])
        fields = _with_streams(model, {**defaults, **item}, root=root)
        _, item_created = _child(course, model, fields.pop("slug"), **fields)
        if item_created:
            report.append(f"  {item['title']} dibuat")
    return course


def _quiz_defaults(kind):
    # A pre-test shows its answers only after the course, so it cannot leak the final test.
    timing = (
        FeedbackTiming.AFTER_COURSE if kind == QuizKind.PRETEST else FeedbackTiming.AFTER_SUBMIT
    )
    return {"intro": "", "pass_mark": 70, "max_attempts": 0, "feedback_timing": timing}


def ensure_pages(home, specs, report, *, root):
    """The pages of content/pages/ in file order; returns them by slug."""
    pages = {HOME_PARENT: home}
    for spec in specs:
        fields = _with_streams(spec.model, {"intro": "", "body": [], **spec.fields}, root=root)
        page, created = _child(pages[spec.parent], spec.model, fields.pop("slug"), **fields)
        if created:
            report.append(f"halaman '{page.title}' dibuat")
        pages[page.slug] = page
    return pages


def ensure_hotlines(rows, report):
    for row in rows:
        fields = dict(row)
        _, created = Hotline.objects.get_or_create(service=fields.pop("service"), defaults=fields)
        if created:
            report.append(f"layanan '{row['service']}' ditambahkan")


def ensure_site_settings(site, content, pages):
    settings = SiteSettings.for_site(site)
    for spec in content.pages:
        if spec.site_settings and getattr(settings, f"{spec.site_settings}_id") is None:
            setattr(settings, spec.site_settings, pages[spec.fields["slug"]])
    if not settings.footer_text:
        settings.footer_text = content.site.get("footer_text", "")
    settings.save()


def ensure_demo_session(course, report):
    """One open session on the first demo course, in Kelurahan Kedaung Kali Angke, today from
    09.00 to 12.00 WIB (when first created; found again by venue and course and then left as
    it is). The demo facilitator, once create_demo_admin has made them, facilitates it."""
    kelurahan = Region.objects.filter(code=DEMO_SESSION_KELURAHAN).first()
    if kelurahan is None:
        return None  # the region table is not loaded (a test database flushed after migrating)
    session = TrainingSession.objects.filter(
        course=course, venue=DEMO_SESSION_VENUE, kelurahan=kelurahan
    ).first()
    if session is None:
        jakarta = zoneinfo.ZoneInfo("Asia/Jakarta")
        starts = datetime.datetime.combine(
            timezone.localdate(timezone=jakarta), datetime.time(9, 0), tzinfo=jakarta
        )
        session = roster.create_session(
            title=f"Sosialisasi {course.title} di Kelurahan {kelurahan.name}",
            course=course,
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=3),
            venue=DEMO_SESSION_VENUE,
            kelurahan=kelurahan,
            organiser=f"Kelurahan {kelurahan.name}",
            expected_participants=40,
            status=SessionStatus.OPEN,
        )
        report.append(f"sesi contoh '{session.title}' dibuat (kode {session.display_code})")
    facilitator = User.objects.filter(username=FACILITATOR_USERNAME).first()
    if facilitator is not None:
        session.facilitators.add(facilitator)  # a no-op when already there
    return session


@transaction.atomic
def load_demo_content(root=None):
    """Create whatever part of the demo site is missing; return a list of what was created."""
    root = Path(root or ROOT)
    content = read_content(root)
    report: list[str] = []
    home, site = ensure_home(content, report)
    index_fields = dict(content.course_index)
    index, created = _child(home, CourseIndexPage, index_fields.pop("slug"), **index_fields)
    if created:
        report.append("daftar kursus dibuat")
    courses = [ensure_course(index, spec, report, root=root) for spec in content.courses]
    pages = ensure_pages(home, content.pages, report, root=root)
    ensure_hotlines(content.hotlines, report)
    ensure_site_settings(site, content, pages)
    if courses:
        ensure_demo_session(courses[0], report)

    if not home.featured_courses.exists():
        for order, course in enumerate(courses):
            FeaturedCourse.objects.create(home=home, course=course, sort_order=order)
        report.append("kursus pilihan di beranda diisi")
    return report


__all__ = ["ContentError", "illustration", "load_demo_content", "read_content", "stream"]
