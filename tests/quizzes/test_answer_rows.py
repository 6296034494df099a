"""Question sets stored once per quiz version, and per-question rows written at scoring time."""

import random

import pytest

from quizzes import attempts as rules
from quizzes.models import AttemptAnswer, QuestionSet, QuizAttempt, WrongChoice
from quizzes.scoring import correct_ids, score_attempt
from quizzes.snapshot import DATA_MODEL_VERSION, build_snapshot, question_data
from tests.factories import UserFactory, add_quiz


def old_build_snapshot(quiz, *, rng):
    """build_snapshot as it was when every attempt stored its whole snapshot."""
    questions = [question_data(block) for block in quiz.questions]
    if quiz.shuffle_questions:
        rng.shuffle(questions)
    if quiz.draw_count and quiz.draw_count < len(questions):
        questions = (
            questions[: quiz.draw_count]
            if quiz.shuffle_questions
            else sorted(rng.sample(questions, quiz.draw_count), key=questions.index)
        )
    if quiz.shuffle_choices:
        for question in questions:
            rng.shuffle(question["options"])
    return {
        "version": DATA_MODEL_VERSION,
        "quiz_title": quiz.title,
        "pass_mark": quiz.pass_mark,
        "questions": questions,
    }


def shuffled_quiz(course, *, shuffle_choices=False, **fields):
    """add_quiz always fixes the choices' order; these tests need it shuffled too."""
    quiz = add_quiz(course, **fields)
    if shuffle_choices:
        quiz.shuffle_choices = True
        quiz.save_revision().publish()
    return quiz


@pytest.mark.django_db
class TestQuestionSets:
    @pytest.mark.parametrize(
        "rules_",
        [
            {},
            {"shuffle_choices": True},
            {"shuffle_questions": True, "shuffle_choices": True},
            {"draw_count": 5},
            {"draw_count": 5, "shuffle_questions": True, "shuffle_choices": True},
        ],
    )
    def test_seeded_attempts_are_the_snapshots_they_always_were(self, site_tree, rules_):
        quiz = shuffled_quiz(site_tree["course"], questions=8, **rules_)
        for seed in range(5):
            attempt = rules.start_attempt(user=UserFactory(), quiz=quiz, rng=random.Random(seed))
            expected = old_build_snapshot(quiz, rng=random.Random(seed))
            assert QuizAttempt.objects.get(pk=attempt.pk).snapshot == expected
            assert build_snapshot(quiz, rng=random.Random(seed)) == expected

    def test_attempts_of_one_version_share_one_set(self, site_tree):
        quiz = shuffled_quiz(site_tree["course"], questions=6, shuffle_choices=True, draw_count=4)
        for _ in range(5):
            rules.start_attempt(user=UserFactory(), quiz=quiz)
        assert QuestionSet.objects.count() == 1
        attempt = QuizAttempt.objects.first()
        assert attempt.legacy_snapshot is None and len(attempt.question_set.questions) == 6
        # Republishing unchanged keeps the set; editing a question makes a new one.
        quiz.save_revision().publish()
        rules.start_attempt(user=UserFactory(), quiz=quiz)
        assert QuestionSet.objects.count() == 1
        quiz.title = "Kuis baru"  # the title lives on the attempt, not in the set
        quiz.save_revision().publish()
        raw = quiz.questions.raw_data
        raw[0]["value"]["question"] = "Soal yang diubah?"
        quiz.questions = raw
        quiz.save_revision().publish()
        edited = rules.start_attempt(user=UserFactory(), quiz=quiz)
        assert QuestionSet.objects.count() == 2
        assert edited.snapshot["quiz_title"] == "Kuis baru"

    def test_an_attempt_holding_a_whole_snapshot_still_works(self, site_tree, learner):
        """Rows the migration could not split keep their snapshot and behave as before."""
        quiz = add_quiz(site_tree["course"], questions=3, pass_mark=50)
        snapshot = build_snapshot(quiz)
        attempt = QuizAttempt.objects.create(
            user=learner,
            quiz=quiz,
            course=site_tree["course"],
            kind=quiz.kind,
            number=1,
            snapshot=snapshot,
        )
        assert attempt.question_set is None and attempt.snapshot == snapshot
        answers = {q["id"]: sorted(correct_ids(q)) for q in snapshot["questions"]}
        attempt, counted = rules.submit_attempt(attempt=attempt, answers=answers)
        assert counted and float(attempt.score) == 100 and attempt.passed
        assert attempt.quiz_title == quiz.title and attempt.pass_mark == 50
        assert AttemptAnswer.objects.filter(attempt=attempt).count() == 3


@pytest.mark.django_db
class TestAnswerRows:
    def test_rows_mirror_the_scored_results(self, site_tree, learner):
        quiz = add_quiz(site_tree["course"], questions=4)
        attempt = rules.start_attempt(user=learner, quiz=quiz)
        questions = attempt.snapshot["questions"]
        # Everything wrong: the first wrong option of each question, nothing for red flags.
        answers = {}
        for question in questions:
            right = correct_ids(question)
            options = [o["id"] for o in question["options"]] or ["benar", "salah"]
            wrong = [option for option in options if option not in right][:1]
            answers[question["id"]] = [] if question["type"] == "red_flags" else wrong
        rules.submit_attempt(attempt=attempt, answers=answers)
        _, results = score_attempt(questions, answers)
        rows = list(AttemptAnswer.objects.filter(attempt=attempt).order_by("position"))
        assert [(r.question_id, r.position, r.score, r.correct, r.selected) for r in rows] == [
            (result.question_id, n, result.score, result.correct, list(result.selected))
            for n, result in enumerate(results, start=1)
        ]
        assert {row.quiz_id for row in rows} == {quiz.pk}
        red_flags = next(q for q in questions if q["type"] == "red_flags")
        wrong = WrongChoice.objects.filter(attempt=attempt)
        # A missed red flag is a wrong judgement of that statement.
        assert sorted(
            wrong.filter(question_id=red_flags["id"]).values_list("option_id", flat=True)
        ) == (sorted(correct_ids(red_flags)))
        assert wrong.count() == 3 + len(correct_ids(red_flags))

    def test_only_the_submission_that_counted_writes_rows(self, site_tree, learner):
        quiz = add_quiz(site_tree["course"], questions=2)
        attempt = rules.start_attempt(user=learner, quiz=quiz)
        rules.submit_attempt(attempt=attempt, answers={})
        stale = QuizAttempt.objects.get(pk=attempt.pk)
        stale.submitted_at = None  # as a second tab still holding the open attempt
        _, counted = rules.submit_attempt(attempt=stale, answers={})
        assert not counted
        assert AttemptAnswer.objects.filter(attempt=attempt).count() == 2

    def test_open_attempts_have_no_rows(self, site_tree, learner):
        quiz = add_quiz(site_tree["course"], questions=2)
        rules.start_attempt(user=learner, quiz=quiz)
        assert not AttemptAnswer.objects.exists() and not WrongChoice.objects.exists()


@pytest.mark.django_db
class TestLearnerScores:
    def test_bulk_scores_equal_each_learners_knowledge_gain(self, site_tree):
        from tests.factories import take_quiz

        course = site_tree["course"]
        pre = add_quiz(course, kind="pretest", questions=4, slug="pra")
        final = add_quiz(course, kind="final", questions=4, slug="akhir")
        practice = add_quiz(course, kind="practice", questions=2, slug="latihan")
        learners = [UserFactory() for _ in range(5)]
        take_quiz(user=learners[0], quiz=pre, correct=False)
        take_quiz(user=learners[0], quiz=final, correct=True)
        # The first pre-test counts, whatever came later; the best final test counts.
        take_quiz(user=learners[1], quiz=pre, correct=False)
        take_quiz(user=learners[1], quiz=pre, correct=True)
        take_quiz(user=learners[1], quiz=final, correct=True)
        take_quiz(user=learners[1], quiz=final, correct=False)
        take_quiz(user=learners[2], quiz=pre, correct=True)  # no final test yet
        take_quiz(user=learners[3], quiz=practice, correct=True)  # neither test
        take_quiz(user=learners[4], quiz=final, correct=False)  # no pre-test
        ids = [learner.pk for learner in learners]
        scores = rules.learner_scores(course=course, user_ids=ids)
        gains = rules.knowledge_gain_for_users(course=course, user_ids=ids)
        for learner in learners:
            expected = rules.knowledge_gain(user=learner, course=course)
            assert gains.get(learner.pk) == expected
        first_pre = float(
            QuizAttempt.objects.filter(user=learners[1], quiz=pre).earliest("pk").score
        )
        assert scores[learners[1].pk] == rules.LearnerScores(
            pretest_first=first_pre, final_best=100.0, final_attempts=2
        )
        assert scores[learners[1].pk].gain == 100 - first_pre
        assert scores[learners[2].pk].final_best is None and scores[learners[2].pk].gain is None
        assert learners[3].pk not in scores
        assert scores[learners[4].pk].pretest_first is None
        # Without user_ids: every learner with a test in the course.
        assert rules.learner_scores(course=course) == scores

    def test_one_query_whatever_the_number_of_learners(self, site_tree, django_assert_num_queries):
        from tests.factories import take_quiz

        course = site_tree["course"]
        pre = add_quiz(course, kind="pretest", questions=1, slug="pra")
        final = add_quiz(course, kind="final", questions=1, slug="akhir")
        learners = [UserFactory() for _ in range(12)]
        for learner in learners:
            take_quiz(user=learner, quiz=pre, correct=False)
            take_quiz(user=learner, quiz=final, correct=True)
        for size in (2, 12):
            with django_assert_num_queries(1):
                scores = rules.learner_scores(
                    course=course, user_ids=[learner.pk for learner in learners[:size]]
                )
            assert len(scores) == size and {s.gain for s in scores.values()} == {100.0}
