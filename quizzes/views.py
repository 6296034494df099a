from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.images import get_image_model

from courses.progress import progress_for_request

from . import attempts as rules
from .models import QuizAttempt, QuizPage
from .results import FULL, OUTCOME, attempt_feedback, attempt_outcome, review_level
from .snapshot import build_snapshot, public_view


def _course_context(request, quiz):
    progress = progress_for_request(request=request, course_path=quiz.path[: -quiz.steplen])
    return {"progress": progress, "position": progress.position_of(quiz.pk) if progress else {}}


def _images_for(questions):
    ids = {question["image_id"] for question in questions if question.get("image_id")}
    if not ids:
        return {}
    return {image.pk: image for image in get_image_model().objects.filter(pk__in=ids)}


def _render_form(request, quiz, attempt, *, answers=None, unanswered=(), status=200):
    questions = rules.masked_view(attempt, public_view(attempt.snapshot))
    images = _images_for(questions)
    for question in questions:
        question["image"] = images.get(question["image_id"])
    context = {
        "page": quiz,
        "attempt": attempt,
        "questions": questions,
        "answers": rules.mask_answers(attempt, answers or {}),
        "unanswered": set(unanswered),
        **_course_context(request, quiz),
    }
    response = render(request, "quizzes/quiz_form.html", context, status=status)
    response["Cache-Control"] = "private, no-cache"
    return response


def quiz_page(request, quiz):
    """The quiz's page (Wagtail serves it): intro and history, or the open attempt's form."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    context = {"page": quiz, **_course_context(request, quiz)}
    if not request.user.is_authenticated:
        # A guest sees only the introduction: the same for everyone, so it may be shared.
        request.anonymous_page_cacheable = True
    else:
        attempt = rules.open_attempt(user=request.user, quiz=quiz)
        if attempt is not None:
            return _render_form(request, quiz, attempt)
        context["history"] = rules.submitted_attempts(user=request.user, quiz=quiz).order_by(
            "-number"
        )
        context["attempts_left"] = rules.attempts_left(user=request.user, quiz=quiz)
    response = render(request, "quizzes/quiz_page.html", context)
    if request.user.is_authenticated:
        response["Cache-Control"] = "private, no-cache"
    return response


def quiz_preview(request, quiz):
    """What an editor checks before publishing: every drawn question with its key."""
    from .results import snapshot_review

    context = {
        "page": quiz,
        "review_items": snapshot_review(build_snapshot(quiz)),
        **_course_context(request, quiz),
    }
    response = render(request, "quizzes/quiz_preview.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def start(request, quiz_id):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    try:
        rules.start_attempt(user=request.user, quiz=quiz)
    except rules.AttemptLimitReached:
        messages.error(request, _("Kesempatan mengerjakan kuis ini sudah habis."))
    return redirect(quiz.get_url(request) + "#soal")


def _own_attempt(request, attempt_id):
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("quiz", "question_set"), pk=attempt_id
    )
    if attempt.user_id != request.user.pk:
        # Someone else's attempt looks exactly like one that does not exist.
        raise Http404
    return attempt


@never_cache
@login_required
@require_POST
def submit(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    quiz = attempt.quiz.specific
    if not attempt.is_open:
        # A second click, another tab or a retry after a dropped connection: already counted.
        return redirect("quizzes:result", attempt_id=attempt.pk)
    try:
        answers, unanswered = rules.read_answers(
            attempt.snapshot, rules.unmask(attempt, request.POST)
        )
    except rules.InvalidAnswers:
        response = render(request, "quizzes/invalid.html", {"page": quiz}, status=400)
        return response
    if unanswered:
        return _render_form(request, quiz, attempt, answers=answers, unanswered=unanswered)
    rules.submit_attempt(attempt=attempt, answers=answers)
    return redirect("quizzes:result", attempt_id=attempt.pk)


@never_cache
@login_required
def result(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_open:
        return redirect(attempt.quiz.get_url(request) + "#soal")
    quiz = attempt.quiz.specific
    context = {"page": quiz, "attempt": attempt, **_course_context(request, quiz)}
    context["attempts_left"] = rules.attempts_left(user=request.user, quiz=quiz)
    context["review"] = review_level(
        quiz=quiz,
        attempt=attempt,
        attempts_left=context["attempts_left"],
        progress=context["progress"],
    )
    if context["review"] == FULL:
        context["feedback"] = attempt_feedback(attempt)
    elif context["review"] == OUTCOME:
        context["outcome"] = attempt_outcome(attempt)
    return render(request, "quizzes/result.html", context)
