"""Progress rules: enrolment, lesson completion, guest progress and the derived course progress.

Completion records are the only stored fact; every percentage is computed from them here, so the
course page, "Kursus saya", the admin and the reports all agree.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Q
from wagtail.models import Page

from home.page_cache import GUEST_PROGRESS_SESSION_KEY

from .models import CoursePage, Enrolment, LessonCompletion, LessonPage


@dataclass(frozen=True)
class OutlineItem:
    page_id: int
    title: str
    url: str
    kind: str  # "lesson" or "quiz"
    done: bool = False


@dataclass
class CourseProgress:
    course: CoursePage
    items: list[OutlineItem] = field(default_factory=list)
    enrolled: bool = False

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
    def percent(self):
        total = len(self.items)
        return round(100 * sum(1 for item in self.items if item.done) / total) if total else 0

    @property
    def started(self):
        return self.enrolled or any(item.done for item in self.items)

    @property
    def complete(self):
        return bool(self.items) and all(item.done for item in self.items)

    @property
    def next_item(self):
        """Where to continue: the first item not done yet (None when all are done)."""
        return next((item for item in self.items if not item.done), None)

    def position_of(self, page_id):
        """(item, number, previous item, next item) for a page of this course."""
        for index, item in enumerate(self.items):
            if item.page_id == page_id:
                previous = self.items[index - 1] if index > 0 else None
                following = self.items[index + 1] if index + 1 < len(self.items) else None
                return {"item": item, "number": index + 1, "previous": previous, "next": following}
        return {"item": None, "number": None, "previous": None, "next": None}


def _kind_by_content_type():
    lesson_type = ContentType.objects.get_for_model(LessonPage)
    return {lesson_type.pk: "lesson"}


def _outline_pages(courses):
    """Live children of each course, in tree order, as {course_id: [Page, ...]} (one query)."""
    if not courses:
        return {}
    by_path = {course.path: course.pk for course in courses}
    depth = courses[0].depth + 1
    query = reduce(or_, (Q(path__startswith=course.path) for course in courses))
    children = (
        Page.objects.live()
        .filter(query, depth=depth)
        .only("id", "title", "path", "depth", "url_path", "content_type_id", "slug", "locale_id")
        .order_by("path")
    )
    outline = {course.pk: [] for course in courses}
    for child in children:
        outline[by_path[child.path[: -Page.steplen]]].append(child)
    return outline


def _build(course, pages, completed_ids, request, enrolled):
    kinds = _kind_by_content_type()
    items = []
    for page in pages:
        kind = kinds.get(page.content_type_id, "quiz")
        items.append(
            OutlineItem(
                page_id=page.pk,
                title=page.title,
                url=page.get_url(request),
                kind=kind,
                done=page.pk in completed_ids,
            )
        )
    return CourseProgress(course=course, items=items, enrolled=enrolled)


def completed_lesson_ids(*, user, courses=None):
    completions = LessonCompletion.objects.filter(user=user)
    if courses is not None:
        completions = completions.filter(course__in=courses)
    return set(completions.values_list("lesson_id", flat=True))


def guest_lesson_ids(session):
    return set(session.get(GUEST_PROGRESS_SESSION_KEY, []))


def progress_for_request(*, request, course):
    """The visitor's progress in one course: from the database, or the session for a guest."""
    pages = _outline_pages([course])[course.pk]
    if request.user.is_authenticated:
        completed = completed_lesson_ids(user=request.user, courses=[course])
        enrolled = (
            bool(completed) or Enrolment.objects.filter(user=request.user, course=course).exists()
        )
    else:
        completed = guest_lesson_ids(request.session) if hasattr(request, "session") else set()
        enrolled = False
    return _build(course, pages, completed, request, enrolled)


def learner_courses(*, user, request=None):
    """Every course the learner started, most recent first, with progress (constant queries)."""
    enrolments = list(
        Enrolment.objects.filter(user=user, course__live=True)
        .select_related("course", "course__cover_image")
        .order_by("-enrolled_at")
    )
    courses = [enrolment.course for enrolment in enrolments]
    outline = _outline_pages(courses)
    completed = completed_lesson_ids(user=user, courses=courses)
    return [
        _build(course, outline[course.pk], completed, request, enrolled=True) for course in courses
    ]


def enrol(*, user, course):
    """Enrol the learner in the course (once; a second call returns the same enrolment)."""
    try:
        with transaction.atomic():
            enrolment, _ = Enrolment.objects.get_or_create(user=user, course=course)
    except IntegrityError:
        # Another request enrolled the learner between our read and our write.
        enrolment = Enrolment.objects.get(user=user, course=course)
    return enrolment


def course_of(lesson):
    return CoursePage.objects.ancestor_of(lesson).get(depth=lesson.depth - 1)


def mark_lesson_complete(*, user, lesson, course=None):
    """Record that the learner finished the lesson. Idempotent: returns (completion, created)."""
    course = course or course_of(lesson)
    enrol(user=user, course=course)
    try:
        with transaction.atomic():
            completion, created = LessonCompletion.objects.get_or_create(
                user=user, lesson=lesson, defaults={"course": course}
            )
    except IntegrityError:
        # A concurrent request (double click, second tab) recorded it first: that one counts.
        completion, created = LessonCompletion.objects.get(user=user, lesson=lesson), False
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
