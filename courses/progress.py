"""Progress rules: enrolment, lesson completion, guest progress and the derived course progress.

Completion records are the only stored fact; every percentage is computed from them here, so the
course page, "Kursus saya", the admin and the reports all agree.
"""

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page

from pagecache.generation import current_generation

from .items import item_type, item_types
from .models import CoursePage, Enrolment, LessonCompletion, LessonPage
from .signals import course_progressed

# A guest's finished lessons, kept in their session until they sign up or log in.
GUEST_PROGRESS_SESSION_KEY = "guest_completed_lessons"


@dataclass(frozen=True)
class OutlineItem:
    page_id: int
    title: str
    url: str
    kind: str  # "lesson", or the kind of a registered item type ("quiz")
    quiz_kind: str = ""  # the item type's variant; for quizzes "pretest", "practice" or "final"
    done: bool = False
    best_score: float | None = None  # for quizzes the learner has taken
    attempts: int = 0

    @property
    def required(self):
        """Lessons and required items (final tests) make a course complete."""
        if self.kind == "lesson":
            return True
        registered = item_type(self.kind)
        return registered is not None and registered.required(self.quiz_kind)


@dataclass(frozen=True)
class Outline:
    """A course's live lessons and quizzes in order: the same for every learner."""

    course_id: int
    title: str
    url: str
    items: tuple[OutlineItem, ...]


@dataclass
class CourseProgress:
    outline: Outline
    items: list[OutlineItem] = field(default_factory=list)
    enrolled: bool = False

    @property
    def course_id(self):
        return self.outline.course_id

    @property
    def lessons(self):
        return [item for item in self.items if item.kind == "lesson"]

    @property
    def lessons_total(self):
        return len(self.lessons)

    @property
    def lessons_done(self):
        return sum(1 for item in self.lessons if item.done)

    @property
    def required_items(self):
        return [item for item in self.items if item.required]

    @property
    def quizzes(self):
        return [item for item in self.items if item.kind == "quiz"]

    @property
    def percent(self):
        required = self.required_items
        done = sum(1 for item in required if item.done)
        return round(100 * done / len(required)) if required else 0

    @property
    def started(self):
        return self.enrolled or any(item.done or item.attempts for item in self.items)

    @property
    def complete(self):
        """All lessons done and every final test passed."""
        required = self.required_items
        return bool(required) and all(item.done for item in required)

    @property
    def next_item(self):
        """Where to continue: the first item not done yet (None when all are done)."""
        return next((item for item in self.items if not item.done), None)

    def position_of(self, page_id):
        """The item, its number, and the previous and next items of a page in this course."""
        for index, item in enumerate(self.items):
            if item.page_id == page_id:
                previous = self.items[index - 1] if index > 0 else None
                following = self.items[index + 1] if index + 1 < len(self.items) else None
                return {"item": item, "number": index + 1, "previous": previous, "next": following}
        return {"item": None, "number": None, "previous": None, "next": None}


def _lesson_content_type_id():
    return ContentType.objects.get_for_model(LessonPage).pk


def _outlines_from_db(course_paths, *, live_only=True):
    pages = Page.objects.live() if live_only else Page.objects.all()
    courses = list(pages.filter(path__in=course_paths).only("id", "title", "path", "url_path"))
    if not courses:
        return {}
    children = (
        pages.filter(reduce(or_, (Q(path__startswith=path) for path in course_paths)))
        .filter(depth=courses[0].depth + 1)
        .only("id", "title", "path", "depth", "url_path", "content_type_id", "locale_id")
        .order_by("path")
    )
    children = list(children)
    lesson_type = _lesson_content_type_id()
    others = [child.pk for child in children if child.content_type_id != lesson_type]
    kinds = {}
    for registered in item_types() if others else ():
        for page_id, variant in registered.variants(others).items():
            kinds[page_id] = (registered.kind, variant)
    items = {course.path: [] for course in courses}
    for child in children:
        kind, variant = ("lesson", "") if child.content_type_id == lesson_type else (None, "")
        if kind is None:
            if child.pk not in kinds:
                continue  # a page type no item type claims has no place in progress
            kind, variant = kinds[child.pk]
        items[child.path[: -Page.steplen]].append(
            OutlineItem(
                page_id=child.pk,
                title=child.title,
                url=child.url,
                kind=kind,
                quiz_kind=variant,
            )
        )
    return {
        course.path: Outline(
            course_id=course.pk, title=course.title, url=course.url, items=tuple(items[course.path])
        )
        for course in courses
    }


def outlines(course_paths):
    """Outlines of the courses at these tree paths, from the shared cache when possible."""
    generation = current_generation()
    keys = {path: f"outline:{generation}:{path}" for path in course_paths}
    found = cache.get_many(keys.values())
    result = {path: found[key] for path, key in keys.items() if key in found}
    missing = [path for path in course_paths if path not in result]
    if missing:
        fresh = _outlines_from_db(missing)
        cache.set_many({keys[path]: outline for path, outline in fresh.items()}, 60 * 60)
        result.update(fresh)
    return result


def outline_for(course_path):
    return outlines([course_path]).get(course_path)


def completed_lesson_ids(*, user, course_ids=None):
    completions = LessonCompletion.objects.filter(user=user)
    if course_ids is not None:
        completions = completions.filter(course_id__in=course_ids)
    return set(completions.values_list("lesson_id", flat=True))


def guest_lesson_ids(session):
    return set(session.get(GUEST_PROGRESS_SESSION_KEY, []))


def _progress(outline, done_ids, enrolled, item_states=None):
    item_states = item_states or {}
    items = []
    for item in outline.items:
        if item.kind == "lesson":
            items.append(replace(item, done=item.page_id in done_ids))
            continue
        state = item_states.get(item.page_id)
        items.append(
            replace(
                item,
                done=item_type(item.kind).done(item.quiz_kind, state),
                best_score=state.best_score if state else None,
                attempts=state.attempts if state else 0,
            )
        )
    return CourseProgress(outline=outline, items=items, enrolled=enrolled)


def _item_states(user_ids, outlines_):
    """{user id: {page id: state}} of the learners' non-lesson items, a query per item type."""
    states = defaultdict(dict)
    for registered in item_types():
        page_ids = sorted(
            {
                item.page_id
                for outline in outlines_
                for item in outline.items
                if item.kind == registered.kind
            }
        )
        if not page_ids:
            continue
        found = registered.states_for_users(user_ids=user_ids, page_ids=page_ids)
        for (user_id, page_id), state in found.items():
            states[user_id][page_id] = state
    return states


def _progress_table(*, user_ids, outlines_, enrolled=None):
    """{(user id, course id): CourseProgress}: the one place progress is read from the database.

    A query for completions, one for enrolments (skipped when the caller already knows the
    learners are enrolled: enrolled=True) and one per item type, however many learners and
    courses. A learner who finished a lesson counts as enrolled even without an enrolment row.
    """
    user_ids = list(dict.fromkeys(user_ids))
    course_ids = [outline.course_id for outline in outlines_]
    if not user_ids or not outlines_:
        return {}
    done = defaultdict(set)
    for user_id, course_id, lesson_id in LessonCompletion.objects.filter(
        user_id__in=user_ids, course_id__in=course_ids
    ).values_list("user_id", "course_id", "lesson_id"):
        done[(user_id, course_id)].add(lesson_id)
    if enrolled is None:
        enrolments = set(
            Enrolment.objects.filter(user_id__in=user_ids, course_id__in=course_ids).values_list(
                "user_id", "course_id"
            )
        )
    states = _item_states(user_ids, outlines_)
    table = {}
    for user_id in user_ids:
        for outline in outlines_:
            key = (user_id, outline.course_id)
            is_enrolled = enrolled if enrolled is not None else key in enrolments
            table[key] = _progress(
                outline, done[key], bool(is_enrolled or done[key]), states.get(user_id, {})
            )
    return table


def preview_outline(course_path):
    """A course's outline as an editor previews it: drafts included, never cached."""
    return _outlines_from_db([course_path], live_only=False).get(course_path)


def progress_for_request(*, request, course_path):
    """The visitor's progress in one course: from the database, or the session for a guest.
    In an editor's preview, the course as it will be (drafts included), with no progress."""
    if getattr(request, "is_preview", False):
        outline = preview_outline(course_path) if course_path else None
        return _progress(outline, set(), enrolled=False) if outline else None
    outline = outline_for(course_path)
    if outline is None:
        return None
    if request.user.is_authenticated:
        return progress_for_user(user=request.user, outline=outline)
    done = guest_lesson_ids(request.session) if hasattr(request, "session") else set()
    return _progress(outline, done, enrolled=False)


def progress_for_users(*, user_ids, outline):
    """{user id: CourseProgress} in one course for many learners (a facilitator's roster), in
    a constant number of queries. Get the outline with outline_for(course.path)."""
    table = _progress_table(user_ids=user_ids, outlines_=[outline])
    return {user_id: progress for (user_id, _), progress in table.items()}


def progress_for_user(*, user, outline):
    return progress_for_users(user_ids=[user.pk], outline=outline)[user.pk]


def learner_courses(*, user):
    """Every course the learner started, most recent first, with progress (constant queries)."""
    paths = list(
        Enrolment.objects.filter(user=user, course__live=True)
        .order_by("-enrolled_at")
        .values_list("course__path", flat=True)
    )
    by_path = outlines(paths)
    known = [by_path[path] for path in paths if path in by_path]
    # The enrolments were just read, so they need not be read again.
    table = _progress_table(user_ids=[user.pk], outlines_=known, enrolled=True)
    return [table[(user.pk, outline.course_id)] for outline in known]


def enrol(*, user, course):
    """Enrol the learner in the course (once; a second call returns the same enrolment)."""
    enrolment, _ = Enrolment.objects.get_or_create(user=user, course=course)
    return enrolment


def course_of(lesson):
    return CoursePage.objects.get(path=lesson.path[: -Page.steplen])


def mark_lesson_complete(*, user, lesson, course=None):
    """Record that the learner finished the lesson. Idempotent: returns (completion, created)."""
    course = course or course_of(lesson)
    enrol(user=user, course=course)
    # get_or_create stands on the unique constraint: of two concurrent requests (double click,
    # second tab) one creates the row and the other gets it.
    completion, created = LessonCompletion.objects.get_or_create(
        user=user, lesson=lesson, defaults={"course": course}
    )
    if created:
        course_progressed.send(sender=LessonCompletion, user=user, course=course)
    return completion, created


def record_guest_completion(*, session, lesson):
    """Keep a guest's finished lesson in their session until they sign up or log in."""
    lesson_ids = session.get(GUEST_PROGRESS_SESSION_KEY, [])
    if lesson.pk not in lesson_ids:
        session[GUEST_PROGRESS_SESSION_KEY] = [*lesson_ids, lesson.pk]


def claim_guest_progress(*, session, user):
    """Move a guest's session progress to their account (called on sign-up and log-in)."""
    lesson_ids = session.pop(GUEST_PROGRESS_SESSION_KEY, [])
    lessons = LessonPage.objects.live().filter(pk__in=lesson_ids)
    for lesson in lessons:
        mark_lesson_complete(user=user, lesson=lesson)
    return len(lessons)
