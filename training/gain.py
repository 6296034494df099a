"""Knowledge gain of one session, question by question: the share of its participants who got
question N right in the pre-test, and question N in the final test.

The demo courses write question N of the pre-test and question N of the final test on the same
learning point (content/courses/*/course.yaml), so the two are paired by their order in each
quiz's `questions` StreamField. The block ids are what AttemptAnswer.question_id holds.

"Before" is each participant's first submitted pre-test (the starting point, as in
quizzes.attempts.learner_scores); "after" is their best final test (highest score, the latest
of equals). Everything comes from one aggregate query over AttemptAnswer, plus one for the two
quizzes, however many participants the session has. Paper scores have no per-question rows and
are not part of it.
"""

from dataclasses import dataclass

from django.db.models import Count, OuterRef, Q, Subquery

from quizzes.models import AttemptAnswer, QuizAttempt, QuizKind, QuizPage
from quizzes.scoring import stored_id

TOP = 3


@dataclass(frozen=True)
class QuestionGain:
    number: int
    text: str  # as the final test asks it
    pretest_text: str
    before_answered: int = 0
    before_correct: int = 0
    after_answered: int = 0
    after_correct: int = 0

    @property
    def before_share(self):
        """Percent of participants right before (None when nobody answered it)."""
        return _share(self.before_correct, self.before_answered)

    @property
    def after_share(self):
        return _share(self.after_correct, self.after_answered)

    @property
    def gain(self):
        """Percentage points gained (None unless both sides were answered)."""
        if self.before_share is None or self.after_share is None:
            return None
        return round(self.after_share - self.before_share, 1)

    @property
    def still_wrong_share(self):
        return None if self.after_share is None else round(100 - self.after_share, 1)


def _share(correct, answered):
    return round(100 * correct / answered, 1) if answered else None


def question_text(block):
    """What a question asks, whatever its type (the wording printed on the paper test)."""
    value = block.value
    if block.block_type == "true_false":
        return value["statement"]
    if block.block_type == "red_flags":
        return value["title"]
    return value["question"]


def session_quizzes(course):
    """(pre-test, final test) of a course, the first of each kind in course order; either may
    be None. One query."""
    found = {}
    for quiz in (
        QuizPage.objects.child_of(course)
        .filter(kind__in=[QuizKind.PRETEST, QuizKind.FINAL])
        .order_by("path")
    ):
        found.setdefault(quiz.kind, quiz)
    return found.get(QuizKind.PRETEST), found.get(QuizKind.FINAL)


def _submitted(quiz_id):
    return QuizAttempt.objects.filter(
        user_id=OuterRef("attempt__user_id"), quiz_id=quiz_id, submitted_at__isnull=False
    )


def question_gains(session):
    """[QuestionGain] for question 1..N, N the shorter of the two tests; [] when the course
    lacks a pre-test or a final test."""
    pretest, final = session_quizzes(session.course)
    if pretest is None or final is None:
        return []
    pairs = list(zip(pretest.questions, final.questions, strict=False))
    if not pairs:
        return []
    participants = session.memberships.filter(left_at__isnull=True).values("learner_id")
    first_pretest = _submitted(pretest.pk).order_by("submitted_at", "pk").values("pk")[:1]
    best_final = _submitted(final.pk).order_by("-score", "-submitted_at", "-pk").values("pk")[:1]
    rows = (
        AttemptAnswer.objects.filter(attempt__user_id__in=participants)
        .filter(
            Q(quiz_id=pretest.pk, attempt_id=Subquery(first_pretest))
            | Q(quiz_id=final.pk, attempt_id=Subquery(best_final))
        )
        .values("quiz_id", "question_id")
        .annotate(answered=Count("id"), correct=Count("id", filter=Q(correct=True)))
        .order_by()
    )
    tally = {(row["quiz_id"], row["question_id"]): row for row in rows}
    empty = {"answered": 0, "correct": 0}
    gains = []
    for number, (before, after) in enumerate(pairs, start=1):
        before_row = tally.get((pretest.pk, stored_id(before.id)), empty)
        after_row = tally.get((final.pk, stored_id(after.id)), empty)
        gains.append(
            QuestionGain(
                number=number,
                text=question_text(after),
                pretest_text=question_text(before),
                before_answered=before_row["answered"],
                before_correct=before_row["correct"],
                after_answered=after_row["answered"],
                after_correct=after_row["correct"],
            )
        )
    return gains


def biggest_gains(gains, limit=TOP):
    """The questions whose share right rose most (only those that rose)."""
    risen = [item for item in gains if item.gain is not None and item.gain > 0]
    return sorted(risen, key=lambda item: (-item.gain, item.number))[:limit]


def still_wrong(gains, limit=TOP):
    """The questions most participants still got wrong in the final test (only those that
    someone got wrong)."""
    wrong = [item for item in gains if item.still_wrong_share]
    return sorted(wrong, key=lambda item: (-item.still_wrong_share, item.number))[:limit]
