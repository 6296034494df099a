"""Attempts written before question sets and answer rows existed survive the migration intact.

The test goes back to the schema before the change (every attempt holding its whole snapshot),
writes attempts there as the code of that time did, computes the item analysis the way the old
report did (parsing every snapshot), migrates forward and checks every attempt, every row and
every figure, then goes back and forward once more.
"""

import random
from collections import Counter, defaultdict

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from quizzes import attempts as rules
from quizzes.analysis import item_analysis
from quizzes.models import AttemptAnswer, QuestionSet, QuizAttempt, WrongChoice
from quizzes.scoring import FALSE, TRUE, correct_ids, score_attempt, wrong_choices
from quizzes.snapshot import build_snapshot
from tests.factories import UserFactory, add_quiz, build_site

BEFORE = [("quizzes", "0002_editors_can_view_quiz_reports")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


def _latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def random_answers(snapshot, rng):
    answers = {}
    for question in snapshot["questions"]:
        if question["type"] == "true_false":
            answers[question["id"]] = [rng.choice([TRUE, FALSE])]
            continue
        ids = [option["id"] for option in question["options"]]
        if question["type"] == "single_choice":
            answers[question["id"]] = [rng.choice(ids)]
        else:
            low = 0 if question["type"] == "red_flags" else 1
            answers[question["id"]] = rng.sample(ids, rng.randint(low, len(ids)))
    return answers


def old_item_analysis(attempts, quizzes):
    """The report as it was computed before: every attempt's snapshot parsed in Python.
    (Missed red flags are counted in the statements' order, not a set's, so ties are stable.)"""
    questions, answered, correct, wrong = {}, Counter(), Counter(), defaultdict(Counter)
    for attempt in sorted(attempts, key=lambda a: a["pk"]):
        if attempt["submitted_at"] is None:
            continue
        by_id = {question["id"]: question for question in attempt["snapshot"]["questions"]}
        for result in attempt["results"]:
            question = by_id[result["id"]]
            key = (attempt["quiz_id"], result["id"])
            questions[key] = question
            answered[key] += 1
            correct[key] += result["score"] >= 1
            for option_id in wrong_choices(question, result["selected"]):
                wrong[key][option_id] += 1
    by_quiz = defaultdict(list)
    for quiz_id, question_id in questions:
        by_quiz[quiz_id].append(question_id)
    rows = []
    for quiz_id in sorted(by_quiz):
        live = [block.id for block in quizzes[quiz_id].questions]
        ids = sorted(by_quiz[quiz_id], key=lambda q: live.index(q) if q in live else len(live))
        for number, question_id in enumerate(ids, start=1):
            key = (quiz_id, question_id)
            question = questions[key]
            common = wrong[key].most_common(1)
            text = ""
            if common:
                labels = {TRUE: "Benar", FALSE: "Salah"}
                labels.update({option["id"]: option["text"] for option in question["options"]})
                text = labels.get(common[0][0], common[0][0])
            rows.append(
                (
                    quizzes[quiz_id].title,
                    number,
                    question["text"],
                    answered[key],
                    round(100 * correct[key] / answered[key], 1),
                    text,
                    common[0][1] if common else 0,
                )
            )
    return rows


@pytest.mark.django_db(transaction=True)
def test_attempts_keep_every_result_through_the_migration():
    tree = build_site(lessons=1)
    course = tree["course"]
    plain = add_quiz(course, questions=4, pass_mark=60, slug="biasa")
    drawn = add_quiz(course, kind="practice", questions=8, pass_mark=50, slug="acak")
    # Attempts were drawn with these rules; build_snapshot gives the dict the old code stored.
    drawn.shuffle_questions, drawn.shuffle_choices, drawn.draw_count = True, True, 4
    learners = [UserFactory() for _ in range(4)]
    rng = random.Random(20261203)

    old = _migrate(BEFORE)
    OldAttempt = old.get_model("quizzes", "QuizAttempt")
    numbers = Counter()

    def old_attempt(quiz, user, snapshot, *, submit=True):
        numbers[(user.pk, quiz.pk)] += 1
        fields = {}
        if submit:
            answers = random_answers(snapshot, rng)
            percent, results = score_attempt(snapshot["questions"], answers)
            fields = {
                "submitted_at": timezone.now(),
                "answers": answers,
                "results": [
                    {"id": r.question_id, "score": r.score, "selected": list(r.selected)}
                    for r in results
                ],
                "score": percent,
                "passed": percent >= snapshot["pass_mark"],
            }
        return OldAttempt.objects.create(
            user_id=user.pk,
            quiz_id=quiz.pk,
            course_id=course.pk,
            kind=quiz.kind,
            number=numbers[(user.pk, quiz.pk)],
            snapshot=snapshot,
            **fields,
        )

    for n in range(6):
        old_attempt(plain, learners[n % 4], build_snapshot(plain, rng=rng))
    for n in range(8):
        old_attempt(drawn, learners[n % 4], build_snapshot(drawn, rng=rng))
    # An editor reworded a question between attempts: a second version of the same quiz.
    edited = build_snapshot(plain, rng=rng)
    edited["questions"][0]["text"] = "Soal 0, diubah?"
    old_attempt(plain, learners[0], edited)
    # A shape the split cannot reproduce (an extra key) must keep its snapshot as it is.
    odd = {**build_snapshot(plain, rng=rng), "catatan": "ditulis tangan"}
    odd_attempt = old_attempt(plain, learners[1], odd)
    # A question given twice in one attempt: ids cannot tell them apart, positions can.
    doubled = build_snapshot(plain, rng=rng)
    doubled["questions"].append(dict(doubled["questions"][0]))
    old_attempt(plain, learners[2], doubled)
    old_attempt(plain, learners[3], build_snapshot(plain, rng=rng), submit=False)

    before = list(
        OldAttempt.objects.values(
            "pk", "quiz_id", "snapshot", "answers", "results", "score", "passed", "submitted_at"
        )
    )
    quizzes = {plain.pk: plain, drawn.pk: drawn}
    expected_report = old_item_analysis(before, quizzes)

    _migrate(_latest())

    for row in before:
        attempt = QuizAttempt.objects.select_related("question_set").get(pk=row["pk"])
        assert attempt.snapshot == row["snapshot"]
        assert (attempt.answers, attempt.results, attempt.score, attempt.passed) == (
            row["answers"],
            row["results"],
            row["score"],
            row["passed"],
        )
        if row["submitted_at"] is not None:
            # Scoring the migrated attempt again gives the stored score.
            percent, _ = score_attempt(attempt.snapshot["questions"], attempt.answers)
            assert percent == float(row["score"])
        answers = AttemptAnswer.objects.filter(attempt=attempt).order_by("position")
        assert [
            (a.quiz_id, a.question_id, a.position, a.score, a.correct, a.selected) for a in answers
        ] == [
            (row["quiz_id"], r["id"], n, r["score"], r["score"] >= 1, r["selected"])
            for n, r in enumerate(row["results"], start=1)
        ]
        by_id = {question["id"]: question for question in row["snapshot"]["questions"]}
        assert Counter(
            WrongChoice.objects.filter(attempt=attempt).values_list("question_id", "option_id")
        ) == Counter(
            (r["id"], option_id)
            for r in row["results"]
            for option_id in wrong_choices(by_id[r["id"]], r["selected"])
        )

    odd_row = QuizAttempt.objects.get(pk=odd_attempt.pk)
    assert odd_row.question_set_id is None and odd_row.legacy_snapshot == odd
    moved = QuizAttempt.objects.filter(legacy_snapshot__isnull=True)
    assert moved.count() == len(before) - 1
    # One set per version: all drawn subsets of the shuffled quiz share one; the edit made a
    # second for the plain quiz; the attempt with a doubled question has one of its own.
    assert moved.filter(quiz=drawn).values("question_set").distinct().count() == 1
    assert moved.filter(quiz=plain).values("question_set").distinct().count() == 3
    assert QuestionSet.objects.count() == 4
    assert not QuestionSet.objects.filter(content_hash__startswith="pending").exists()
    assert len(moved.filter(quiz=drawn).first().question_set.questions) <= 8

    report = [
        (r.quiz, r.number, r.question, r.answered, r.correct_share)
        + (r.common_wrong_answer, r.common_wrong_count)
        for r in item_analysis()
    ]
    assert report == expected_report

    # The open attempt can still be finished, and new attempts work as usual.
    still_open = QuizAttempt.objects.get(submitted_at__isnull=True)
    answers = {q["id"]: sorted(correct_ids(q)) for q in still_open.snapshot["questions"]}
    attempt, counted = rules.submit_attempt(attempt=still_open, answers=answers)
    assert counted and float(attempt.score) == 100
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 4
    figures = item_analysis()

    # Back again: every attempt gets its whole snapshot back.
    old = _migrate(BEFORE)
    OldAttempt = old.get_model("quizzes", "QuizAttempt")
    snapshots = dict(OldAttempt.objects.values_list("pk", "snapshot"))
    assert {pk: snapshots[pk] for pk in (row["pk"] for row in before)} == {
        row["pk"]: row["snapshot"] for row in before
    }
    # ...and forward: the same figures, now from rows rebuilt out of the restored snapshots.
    _migrate(_latest())
    assert item_analysis() == figures
