"""Item analysis for editors: how each quiz and each question performs.

Computed with SQL aggregates over submitted attempts and their per-question rows
(AttemptAnswer, WrongChoice), a constant number of queries however many attempts there are.
A question is shown as learners last saw it; nothing here identifies a learner.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Avg, Count, Max, Min, Q

from courses.models import CoursePage

from .models import AttemptAnswer, QuizAttempt, QuizPage, WrongChoice
from .scoring import FALSE, TRUE, stored_id


@dataclass
class QuizSummary:
    course: str
    quiz: str
    kind: str
    attempts: int
    learners: int
    pass_rate: float
    average_score: float


@dataclass
class ItemRow:
    course: str
    quiz: str
    number: int
    question: str
    answered: int
    correct_share: float
    common_wrong_answer: str
    common_wrong_count: int


def _titles(quiz_ids):
    """{quiz id: (course title, quiz)} for these quizzes: two queries."""
    quizzes = list(QuizPage.objects.filter(pk__in=quiz_ids))
    courses = dict(
        CoursePage.objects.filter(
            path__in={quiz.path[: -quiz.steplen] for quiz in quizzes}
        ).values_list("path", "title")
    )
    return {quiz.pk: (courses.get(quiz.path[: -quiz.steplen], ""), quiz) for quiz in quizzes}


def quiz_summaries():
    rows = list(
        QuizAttempt.objects.filter(submitted_at__isnull=False)
        .values("quiz_id")
        .annotate(
            attempts=Count("id"),
            learners=Count("user", distinct=True),
            passes=Count("id", filter=Q(passed=True)),
            average=Avg("score"),
        )
        .order_by("quiz_id")
    )
    titles = _titles([row["quiz_id"] for row in rows])
    summaries = []
    for row in rows:
        course, quiz = titles.get(row["quiz_id"], ("", None))
        summaries.append(
            QuizSummary(
                course=course,
                quiz=quiz.title if quiz else "",
                kind=quiz.get_kind_display() if quiz else "",
                attempts=row["attempts"],
                learners=row["learners"],
                pass_rate=round(100 * row["passes"] / row["attempts"], 1),
                average_score=round(float(row["average"] or 0), 1),
            )
        )
    return summaries


def _option_text(question, option_id):
    if question["type"] == "true_false":
        return {TRUE: "Benar", FALSE: "Salah"}.get(option_id, option_id)
    for option in question["options"]:
        if option["id"] == option_id:
            return option["text"]
    return option_id


def item_analysis(*, quiz_id=None):
    """One row per question: share answering it fully right and the most-chosen wrong answer."""
    answers = AttemptAnswer.objects.all()
    wrongs = WrongChoice.objects.all()
    if quiz_id:
        answers, wrongs = answers.filter(quiz_id=quiz_id), wrongs.filter(quiz_id=quiz_id)
    stats = {
        (row["quiz_id"], row["question_id"]): row
        for row in answers.values("quiz_id", "question_id")
        .annotate(
            answered=Count("id"),
            correct=Count("id", filter=Q(correct=True)),
            # Rows are written in the order learners met the questions, so the lowest id is
            # where a question was first seen (it orders removed questions); the text shown
            # is the latest attempt's copy.
            first_seen=Min("id"),
            latest_attempt=Max("attempt_id"),
        )
        .order_by()
    }
    if not stats:
        return []
    common = {}
    # The most chosen wrong option of each question; of equally common ones, the one chosen
    # first (the lowest row id).
    for row in (
        wrongs.values("quiz_id", "question_id", "option_id")
        .annotate(count=Count("id"), first_chosen=Min("id"))
        .order_by("-count", "first_chosen")
    ):
        common.setdefault((row["quiz_id"], row["question_id"]), (row["option_id"], row["count"]))
    questions = _latest_questions(stats)
    titles = _titles({quiz_id_ for quiz_id_, _ in stats})
    rows = []
    for quiz_id_, question_ids in _ordered(stats, titles).items():
        course, quiz = titles.get(quiz_id_, ("", None))
        for number, question_id in enumerate(question_ids, start=1):
            key = (quiz_id_, question_id)
            question, row = questions[key], stats[key]
            option_id, count = common.get(key, (None, 0))
            rows.append(
                ItemRow(
                    course=course,
                    quiz=quiz.title if quiz else "",
                    number=number,
                    question=question["text"],
                    answered=row["answered"],
                    correct_share=round(100 * row["correct"] / row["answered"], 1),
                    common_wrong_answer=_option_text(question, option_id) if count else "",
                    common_wrong_count=count,
                )
            )
    return rows


def _latest_questions(stats):
    """{(quiz id, question id): question dict} from the latest attempt that had it: one query,
    a row per question at most (attempts share their question set)."""
    attempts = (
        QuizAttempt.objects.filter(pk__in={row["latest_attempt"] for row in stats.values()})
        .select_related("question_set")
        .only("legacy_snapshot", "layout", "question_set", "question_set__questions")
    )
    snapshots = {attempt.pk: attempt.snapshot for attempt in attempts}
    by_attempt = {
        pk: {stored_id(q["id"]): q for q in snapshot["questions"]}
        for pk, snapshot in snapshots.items()
    }
    return {key: by_attempt[row["latest_attempt"]][key[1]] for key, row in stats.items()}


def _ordered(stats, titles):
    """Question ids per quiz, in the quiz's current order (removed questions last, in the
    order learners first met them)."""
    by_quiz = defaultdict(list)
    for quiz_id, question_id in sorted(stats, key=lambda key: stats[key]["first_seen"]):
        by_quiz[quiz_id].append(question_id)
    ordered = {}
    for quiz_id in sorted(by_quiz):
        quiz = titles.get(quiz_id, ("", None))[1]
        live_order = {}
        for index, block in enumerate(quiz.questions if quiz else ()):
            live_order.setdefault(block.id, index)
        ordered[quiz_id] = sorted(
            by_quiz[quiz_id], key=lambda qid: live_order.get(qid, len(live_order))
        )
    return ordered
