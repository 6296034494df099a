from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from . import my_page, progress
from .models import CoursePage, LessonPage


def _live_lesson(lesson_id):
    return get_object_or_404(LessonPage.objects.live(), pk=lesson_id)


@require_POST
def complete_lesson(request, lesson_id):
    lesson = _live_lesson(lesson_id)
    if not request.user.is_authenticated:
        # Logged out in another tab since the page was shown: offer to save it as a guest.
        return redirect("courses:save_guest_progress", lesson_id=lesson.pk)
    created = progress.mark_lesson_complete(user=request.user, lesson=lesson)[1]
    if created:
        messages.success(request, _("Pelajaran ditandai selesai."))
    return redirect(lesson.get_url(request) + "#kemajuan")


@never_cache
@require_http_methods(["GET", "POST"])
def save_guest_progress(request, lesson_id):
    """A guest pressed "Tandai selesai": keep it in the session and ask them to sign up."""
    lesson = _live_lesson(lesson_id)
    if request.user.is_authenticated:
        return redirect(lesson.get_url(request))
    if request.method == "POST":
        progress.record_guest_completion(session=request.session, lesson=lesson)
        target = "account_login" if request.POST.get("aksi") == "masuk" else "account_signup"
        return redirect(reverse(target) + "?" + urlencode({"next": lesson.get_url(request)}))
    return render(request, "courses/save_progress.html", {"lesson": lesson})


@require_POST
def start_course(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if request.user.is_authenticated:
        progress.enrol(user=request.user, course=course)
    state = progress.progress_for_request(request=request, course_path=course.path)
    target = state.next_item or (state.items[0] if state.items else None)
    return redirect(target.url if target else course.get_url(request))


@never_cache
@login_required
def my_courses(request):
    return render(
        request,
        "courses/my_courses.html",
        {
            "courses": progress.learner_courses(user=request.user),
            "sections": my_page.sections(request),
        },
    )
