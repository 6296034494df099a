"""Renderers of the course pages' personal slots (see pagecache/personal.py)."""

from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from wagtail.models import Page

from pagecache import personal

from .progress import progress_for_request


def lesson_context(request, *, lesson_id, course_path):
    progress = progress_for_request(request=request, course_path=course_path)
    return {
        "progress": progress,
        # No progress when the course itself is not saved yet (a new page's preview).
        "position": progress.position_of(lesson_id) if progress else {},
        "lesson_id": lesson_id,
        "user": request.user,
    }


def course_context(request, *, course_path):
    return {
        "progress": progress_for_request(request=request, course_path=course_path),
        "user": request.user,
    }


def _render(template, context, request):
    if request.user.is_authenticated:
        context["csrf_token"] = get_token(request)
    return render_to_string(template, context)


@personal.register("lesson_progress")
def render_lesson_progress(request, meta):
    context = lesson_context(
        request, lesson_id=meta["page_id"], course_path=meta["page_path"][: -Page.steplen]
    )
    return _render("components/personal/lesson_progress.html", context, request)


@personal.register("course_progress")
def render_course_progress(request, meta):
    context = course_context(request, course_path=meta["page_path"])
    return _render("components/personal/course_progress.html", context, request)


@personal.register("account")
def render_account(request, meta):
    return _render("components/personal/account.html", {"user": request.user}, request)
