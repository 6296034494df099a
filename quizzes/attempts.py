"""Quiz attempt rules: start, read answers, submit once, and each learner's quiz state."""

import base64
import hashlib
import hmac
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.http import QueryDict
from django.utils import timezone

from courses.models import CoursePage
from courses.progress import enrol
from courses.signals import course_progressed

from .models import AttemptAnswer, QuestionSet, QuizAttempt, QuizKind, WrongChoice
from .scoring import FALSE, TRUE, option_ids, score_attempt, stored_id, wrong_choices
from .snapshot import DATA_MODEL_VERSION, content_hash, draw_layout, question_pool


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
    return (
        QuizAttempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True)
        .select_related("question_set")
        .first()
    )


def attempts_left(*, user, quiz):
    """How many more attempts the learner may start (None: unlimited)."""
    if not quiz.max_attempts:
        return None
    return max(0, quiz.max_attempts - submitted_attempts(user=user, quiz=quiz).count())


def question_set_for(pool):
    """The stored question set of this pool, written by the first attempt that needs it."""
    digest = content_hash(pool)
    stored = QuestionSet.objects.filter(content_hash=digest).values_list("pk", flat=True)
    pk = stored.first()
    if pk is None:
        try:
            with transaction.atomic():
                return QuestionSet.objects.create(
                    content_hash=digest, version=DATA_MODEL_VERSION, questions=pool
                )
        except IntegrityError:
            # Two learners started a freshly published version at once: share the first row.
            pk = stored.get()
    # The row holds exactly this pool (same hash), so its 20 KB need not be read back.
    question_set = QuestionSet(
        pk=pk, content_hash=digest, version=DATA_MODEL_VERSION, questions=pool
    )
    question_set._state.adding = False
    question_set._state.db = stored.db
    return question_set


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
    pool = question_pool(quiz)
    question_set = question_set_for(pool)
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                user=user,
                quiz=quiz,
                course=course,
                kind=quiz.kind,
                number=last + 1,
                question_set=question_set,
                layout=draw_layout(quiz, pool, rng=rng),
            )
    except IntegrityError:
        # A second click or tab opened it first; both continue the same attempt.
        return open_attempt(user=user, quiz=quiz)


def option_token(attempt, question_id, option_id):
    """An option's name in this attempt's form. Derived from the attempt with the server's
    secret, so an option's name on one attempt's pages says nothing about the next attempt."""
    message = f"{attempt.pk}:{attempt.started_at.isoformat()}:{question_id}:{option_id}"
    digest = hmac.new(settings.SECRET_KEY.encode(), message.encode(), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode().lower()


def _tokens(attempt):
    """{question id: {token: option id}} for every option of the attempt."""
    return {
        question["id"]: {
            option_token(attempt, question["id"], option_id): option_id
            for option_id in option_ids(question)
        }
        for question in attempt.snapshot["questions"]
    }


def masked_view(attempt, questions):
    """The public questions with each option named by its per-attempt token."""
    for question in questions:
        for option in question["options"]:
            option["id"] = option_token(attempt, question["id"], option["id"])
        if question["type"] == "true_false":
            question["true_token"] = option_token(attempt, question["id"], TRUE)
            question["false_token"] = option_token(attempt, question["id"], FALSE)
    return questions


def mask_answers(attempt, answers):
    """{question id: [option ids]} as the tokens the form uses (to re-show a learner's picks)."""
    return {
        question_id: [option_token(attempt, question_id, option_id) for option_id in chosen]
        for question_id, chosen in answers.items()
    }


def unmask(attempt, data):
    """The submitted form with tokens turned back into option ids; an unknown token becomes a
    value no question allows, so read_answers refuses it as tampering."""
    tokens = _tokens(attempt)
    unmasked = QueryDict(mutable=True)
    for key in data:
        values = data.getlist(key)
        if key.startswith("q-"):
            known = tokens.get(key[2:], {})
            values = [known.get(value, f"?{value}") for value in values]
        unmasked.setlist(key, values)
    return unmasked


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
    with transaction.atomic():
        counted = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=timezone.now(),
            answers=answers,
            results=[
                {"id": r.question_id, "score": r.score, "selected": list(r.selected)}
                for r in results
            ],
            score=percent,
            passed=percent >= snapshot["pass_mark"],
        )
        if counted:
            # Only the submission that counted writes the rows, in its own transaction: a
            # report never sees a scored attempt without them, nor them twice.
            write_answer_rows(attempt=attempt, questions=snapshot["questions"], results=results)
    attempt.refresh_from_db()
    if counted and attempt.passed:
        course_progressed.send(sender=QuizAttempt, user=attempt.user, course=attempt.course)
    return attempt, counted == 1


def write_answer_rows(*, attempt, questions, results):
    """The per-question rows of a scored attempt (two INSERTs, whatever its length)."""
    by_id = {question["id"]: question for question in questions}
    AttemptAnswer.objects.bulk_create(
        AttemptAnswer(
            attempt_id=attempt.pk,
            quiz_id=attempt.quiz_id,
            question_id=stored_id(result.question_id),
            position=position,
            score=result.score,
            correct=result.correct,
            selected=list(result.selected),
        )
        for position, result in enumerate(results, start=1)
    )
    # Inserted in the order the learner met them: the lowest id of an option is where it was
    # first chosen, which breaks ties between equally common wrong answers.
    WrongChoice.objects.bulk_create(
        WrongChoice(
            attempt_id=attempt.pk,
            quiz_id=attempt.quiz_id,
            question_id=stored_id(result.question_id),
            option_id=stored_id(option_id),
        )
        for result in results
        for option_id in wrong_choices(by_id[result.question_id], result.selected)
    )


def quiz_states_for_users(*, user_ids, quiz_ids):
    """{(user id, quiz id): QuizState} for many learners, in one aggregate query. Learners
    who never submitted a quiz have no entry for it."""
    rows = (
        QuizAttempt.objects.filter(
            user_id__in=list(user_ids), quiz_id__in=list(quiz_ids), submitted_at__isnull=False
        )
        .values("user_id", "quiz_id")
        .annotate(
            attempts=Count("id"), best=Max("score"), passes=Count("id", filter=Q(passed=True))
        )
        .order_by()
    )
    return {
        (row["user_id"], row["quiz_id"]): QuizState(
            attempts=row["attempts"],
            best_score=float(row["best"]) if row["best"] is not None else None,
            passed=row["passes"] > 0,
        )
        for row in rows
    }


def quiz_states(*, user, quiz_ids):
    """{quiz id: QuizState} for one learner, in one query."""
    states = quiz_states_for_users(user_ids=[user.pk], quiz_ids=quiz_ids)
    return {quiz_id: state for (_, quiz_id), state in states.items()}


def quiz_done(kind, state):
    """A pre-test counts as done once taken; practice and final tests once passed."""
    if state is None:
        return False
    return state.submitted if kind == QuizKind.PRETEST else state.passed


@dataclass(frozen=True)
class LearnerScores:
    """A learner's test scores in one course, as a roster or a report shows them."""

    pretest_first: float | None = None  # the first submitted pre-test: the starting point
    final_best: float | None = None
    final_attempts: int = 0

    @property
    def gain(self):
        """Best final-test score minus the first pre-test score, in points (None if either is
        missing: unpaired tests tell nothing about gain)."""
        if self.pretest_first is None or self.final_best is None:
            return None
        return self.final_best - self.pretest_first


def learner_scores(*, course, user_ids=None):
    """{user id: LearnerScores} in one course, in one query: for the given learners, or for
    every learner who submitted a test in it (user_ids=None). Learners without a submitted
    pre-test or final test have no entry."""
    submitted = QuizAttempt.objects.filter(course=course, submitted_at__isnull=False)
    if user_ids is not None:
        submitted = submitted.filter(user_id__in=list(user_ids))
    first_pretest = (
        QuizAttempt.objects.filter(
            user_id=OuterRef("user_id"),
            course=course,
            kind=QuizKind.PRETEST,
            submitted_at__isnull=False,
        )
        .order_by("submitted_at", "pk")
        .values("score")[:1]
    )
    rows = (
        submitted.filter(kind__in=[QuizKind.PRETEST, QuizKind.FINAL])
        .values("user_id")
        .annotate(
            final_best=Max("score", filter=Q(kind=QuizKind.FINAL)),
            final_attempts=Count("id", filter=Q(kind=QuizKind.FINAL)),
            pretest_first=Subquery(first_pretest),
        )
        .order_by()
    )
    return {
        row["user_id"]: LearnerScores(
            pretest_first=_points(row["pretest_first"]),
            final_best=_points(row["final_best"]),
            final_attempts=row["final_attempts"],
        )
        for row in rows
    }


def _points(value):
    return float(value) if value is not None else None


def knowledge_gain_for_users(*, course, user_ids=None):
    """{user id: gain in points or None}, as knowledge_gain for each learner, in one query."""
    return {
        user_id: scores.gain
        for user_id, scores in learner_scores(course=course, user_ids=user_ids).items()
    }


def knowledge_gain(*, user, course):
    """Best final-test score minus the first pre-test score, in points (None if either is
    missing: unpaired tests tell nothing about gain)."""
    scores = learner_scores(course=course, user_ids=[user.pk]).get(user.pk)
    return scores.gain if scores else None
