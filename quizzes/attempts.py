"""Quiz attempt rules: start, read answers, submit once, and each learner's quiz state."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from courses.models import CoursePage
from courses.progress import enrol
from courses.signals import course_progressed

from .models import QuizAttempt, QuizKind
from .scoring import option_ids, score_attempt
from .snapshot import build_snapshot


class AttemptLimitReached(Exception):
    pass


class InvalidAnswers(Exception):
    """The form names ids that are not part of this attempt: tampering or a stale page."""


@dataclass
class QuizState:
    attempts: int = 0
    best_score: float | None = None
    passed: bool = False

    @property
    def submitted(self):
        return self.attempts > 0


def submitted_attempts(*, user, quiz):
    return QuizAttempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=False)


def open_attempt(*, user, quiz):
    return QuizAttempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()


def attempts_left(*, user, quiz):
    """How many more attempts the learner may start (None: unlimited)."""
    if not quiz.max_attempts:
        return None
    return max(0, quiz.max_attempts - submitted_attempts(user=user, quiz=quiz).count())


def start_attempt(*, user, quiz, rng=None):
    """Open an attempt with a frozen snapshot, or return the one already open."""
    existing = open_attempt(user=user, quiz=quiz)
    if existing is not None:
        return existing
    if attempts_left(user=user, quiz=quiz) == 0:
        raise AttemptLimitReached
    course = CoursePage.objects.get(path=quiz.path[: -quiz.steplen])
    enrol(user=user, course=course)
    last = QuizAttempt.objects.filter(user=user, quiz=quiz).aggregate(n=Max("number"))["n"] or 0
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                user=user,
                quiz=quiz,
                course=course,
                kind=quiz.kind,
                number=last + 1,
                snapshot=build_snapshot(quiz, rng=rng),
            )
    except IntegrityError:
        # A second click or tab opened it first; both continue the same attempt.
        return open_attempt(user=user, quiz=quiz)


def read_answers(snapshot, data):
    """Parse the submitted form into {question id: [ids]} and the list of unanswered questions.

    Raises InvalidAnswers when an id does not belong to its question (never silently dropped).
    """
    answers, unanswered = {}, []
    for question in snapshot["questions"]:
        selected = data.getlist(f"q-{question['id']}")
        allowed = option_ids(question)
        if len(set(selected)) != len(selected) or not set(selected) <= allowed:
            raise InvalidAnswers
        if question["type"] in ("single_choice", "true_false") and len(selected) > 1:
            raise InvalidAnswers
        # A red-flag question may rightly be sent with nothing ticked; its hidden marker says
        # the learner saw it.
        seen = data.get(f"seen-{question['id']}") == "1"
        if not selected and not (question["type"] == "red_flags" and seen):
            unanswered.append(question["id"])
        answers[question["id"]] = selected
    known = {f"q-{q['id']}" for q in snapshot["questions"]}
    if any(key.startswith("q-") and key not in known for key in data):
        raise InvalidAnswers
    return answers, unanswered


def submit_attempt(*, attempt, answers):
    """Score and close the attempt exactly once. Returns (attempt, counted).

    The conditional UPDATE is the guard: of any number of simultaneous submissions of one
    attempt (double click, two tabs, a retry after a dropped connection) exactly one finds
    submitted_at still NULL; the others change nothing and see the first one's result.
    """
    snapshot = attempt.snapshot
    percent, results = score_attempt(snapshot["questions"], answers)
    counted = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        submitted_at=timezone.now(),
        answers=answers,
        results=[
            {"id": r.question_id, "score": r.score, "selected": list(r.selected)} for r in results
        ],
        score=percent,
        passed=percent >= snapshot["pass_mark"],
    )
    attempt.refresh_from_db()
    if counted and attempt.passed:
        course_progressed.send(sender=QuizAttempt, user=attempt.user, course=attempt.course)
    return attempt, counted == 1


def quiz_states(*, user, quiz_ids):
    """{quiz id: QuizState} for one learner, in one query."""
    rows = (
        QuizAttempt.objects.filter(user=user, quiz_id__in=quiz_ids, submitted_at__isnull=False)
        .values("quiz_id")
        .annotate(
            attempts=Count("id"), best=Max("score"), passes=Count("id", filter=Q(passed=True))
        )
    )
    return {
        row["quiz_id"]: QuizState(
            attempts=row["attempts"],
            best_score=float(row["best"]) if row["best"] is not None else None,
            passed=row["passes"] > 0,
        )
        for row in rows
    }


def quiz_done(kind, state):
    """A pre-test counts as done once taken; practice and final tests once passed."""
    if state is None:
        return False
    return state.submitted if kind == QuizKind.PRETEST else state.passed


def knowledge_gain(*, user, course):
    """Best final-test score minus the first pre-test score, in points (None if either is
    missing: unpaired tests tell nothing about gain)."""
    attempts = QuizAttempt.objects.filter(user=user, course=course, submitted_at__isnull=False)
    pre = attempts.filter(kind=QuizKind.PRETEST).order_by("submitted_at").first()
    best_final = attempts.filter(kind=QuizKind.FINAL).aggregate(best=Max("score"))["best"]
    if pre is None or best_final is None:
        return None
    return float(best_final) - float(pre.score)
