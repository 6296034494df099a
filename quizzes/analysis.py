"""Item analysis for editors: how each quiz and each question performs.

Computed from submitted attempts and their snapshots, so a question is analysed as learners saw
it; nothing here identifies a learner.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import Avg, Count, Q

from courses.models import CoursePage

from .models import QuizAttempt, QuizPage
from .scoring import FALSE, TRUE, correct_ids


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


def _titles():
    quizzes = QuizPage.objects.all()
    courses = dict(CoursePage.objects.values_list("path", "title"))
    return {quiz.pk: (courses.get(quiz.path[: -quiz.steplen], ""), quiz) for quiz in quizzes}


def quiz_summaries():
    titles = _titles()
    rows = (
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
    titles = _titles()
    attempts = QuizAttempt.objects.filter(submitted_at__isnull=False).only(
        "quiz_id", "snapshot", "results"
    )
    if quiz_id:
        attempts = attempts.filter(quiz_id=quiz_id)
    questions = {}  # (quiz id, question id) -> latest snapshot question
    answered = Counter()
    correct = Counter()
    wrong = defaultdict(Counter)
    for attempt in attempts.iterator():
        by_id = {question["id"]: question for question in attempt.snapshot["questions"]}
        for result in attempt.results:
            question = by_id.get(result["id"])
            if question is None:
                continue
            key = (attempt.quiz_id, result["id"])
            questions[key] = question
            answered[key] += 1
            if result["score"] >= 1:
                correct[key] += 1
            right = correct_ids(question)
            for selected in result["selected"]:
                if selected not in right:
                    wrong[key][selected] += 1
            if question["type"] == "red_flags":
                # Leaving a red flag unticked is the wrong answer for that statement.
                for missed in right - set(result["selected"]):
                    wrong[key][missed] += 1
    rows = []
    for quiz_id_, question_ids in _ordered(questions, titles).items():
        course, quiz = titles.get(quiz_id_, ("", None))
        for number, question_id in enumerate(question_ids, start=1):
            key = (quiz_id_, question_id)
            question = questions[key]
            common = wrong[key].most_common(1)
            rows.append(
                ItemRow(
                    course=course,
                    quiz=quiz.title if quiz else "",
                    number=number,
                    question=question["text"],
                    answered=answered[key],
                    correct_share=round(100 * correct[key] / answered[key], 1),
                    common_wrong_answer=_option_text(question, common[0][0]) if common else "",
                    common_wrong_count=common[0][1] if common else 0,
                )
            )
    return rows


def _ordered(questions, titles):
    """Question ids per quiz, in the quiz's current order (removed questions last)."""
    by_quiz = defaultdict(list)
    for quiz_id, question_id in questions:
        by_quiz[quiz_id].append(question_id)
    ordered = {}
    for quiz_id in sorted(by_quiz):
        quiz = titles.get(quiz_id, ("", None))[1]
        live_order = [block.id for block in quiz.questions] if quiz else []
        ids = by_quiz[quiz_id]
        ordered[quiz_id] = sorted(
            ids, key=lambda qid: live_order.index(qid) if qid in live_order else len(live_order)
        )
    return ordered
