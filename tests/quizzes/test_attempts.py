import re

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from courses import progress
from quizzes import attempts as rules
from quizzes.models import AttemptAnswer, QuizAttempt
from quizzes.scoring import correct_ids
from tests.concurrency import run_at_once
from tests.factories import UserFactory, add_quiz, build_site, right_answers


def start(client, quiz):
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    return QuizAttempt.objects.filter(quiz=quiz).latest("pk")


def submit_url(attempt):
    return reverse("quizzes:submit", args=[attempt.pk])


@pytest.mark.django_db
class TestTakingAQuiz:
    def test_start_submit_and_see_feedback(self, site_tree, learner_client):
        quiz = add_quiz(site_tree["course"], questions=4, pass_mark=50)
        attempt = start(learner_client, quiz)
        form = learner_client.get(quiz.url).content.decode()
        assert "Kirim jawaban" in form and "Soal 1 dari 4" in form
        response = learner_client.post(submit_url(attempt), right_answers(attempt))
        assert response["Location"] == reverse("quizzes:result", args=[attempt.pk])
        html = learner_client.get(response["Location"]).content.decode()
        assert "100%" in html and "Selamat, Anda lulus" in html
        assert "Alasan 0" in html and "Penjelasan." in html  # feedback on every choice

    def test_unanswered_question_is_an_error_and_keeps_other_answers(
        self, site_tree, learner_client
    ):
        quiz = add_quiz(site_tree["course"], questions=4)
        attempt = start(learner_client, quiz)
        data = right_answers(attempt)
        first = attempt.snapshot["questions"][0]
        data.pop(f"q-{first['id']}")
        response = learner_client.post(submit_url(attempt), data)
        html = response.content.decode()
        assert response.status_code == 200
        assert "Soal ini belum dijawab" in html
        second = attempt.snapshot["questions"][1]
        for option_id in data[f"q-{second['id']}"]:
            assert re.search(rf'value="{option_id}"\s+checked', html)
        attempt.refresh_from_db()
        assert attempt.is_open

    def test_tampered_choice_id_is_a_400_and_changes_nothing(self, site_tree, learner_client):
        quiz = add_quiz(site_tree["course"], questions=2)
        attempt = start(learner_client, quiz)
        data = right_answers(attempt)
        first = attempt.snapshot["questions"][0]
        data[f"q-{first['id']}"] = ["bukan-id-yang-ada"]
        response = learner_client.post(submit_url(attempt), data)
        assert response.status_code == 400
        assert "Jawaban tidak dikenali" in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.is_open and attempt.score is None

    def test_two_values_for_a_single_choice_is_tampering(self, site_tree, learner_client):
        quiz = add_quiz(site_tree["course"], questions=1)
        attempt = start(learner_client, quiz)
        question = attempt.snapshot["questions"][0]
        ids = [o["id"] for o in question["options"]][:2]
        response = learner_client.post(submit_url(attempt), {f"q-{question['id']}": ids})
        assert response.status_code == 400

    def test_double_submit_counts_once(self, site_tree, learner_client):
        quiz = add_quiz(site_tree["course"], questions=2)
        attempt = start(learner_client, quiz)
        learner_client.post(submit_url(attempt), right_answers(attempt))
        wrong = {k: v for k, v in right_answers(attempt).items() if k.startswith("seen")}
        second = learner_client.post(submit_url(attempt), wrong)
        assert second.status_code == 302
        attempt.refresh_from_db()
        assert float(attempt.score) == 100
        assert QuizAttempt.objects.count() == 1

    def test_attempt_limit_is_enforced_on_the_server(self, site_tree, learner, learner_client):
        quiz = add_quiz(site_tree["course"], questions=1, max_attempts=1)
        attempt = start(learner_client, quiz)
        learner_client.post(submit_url(attempt), right_answers(attempt))
        learner_client.post(reverse("quizzes:start", args=[quiz.pk]))
        assert QuizAttempt.objects.filter(user=learner).count() == 1
        with pytest.raises(rules.AttemptLimitReached):
            rules.start_attempt(user=learner, quiz=quiz)

    def test_double_click_on_start_opens_one_attempt(self, site_tree, learner, learner_client):
        quiz = add_quiz(site_tree["course"], questions=1)
        learner_client.post(reverse("quizzes:start", args=[quiz.pk]))
        learner_client.post(reverse("quizzes:start", args=[quiz.pk]))
        assert QuizAttempt.objects.filter(user=learner).count() == 1

    def test_editing_the_quiz_mid_attempt_changes_nothing(self, site_tree, learner_client):
        quiz = add_quiz(site_tree["course"], questions=2)
        attempt = start(learner_client, quiz)
        answers = right_answers(attempt)
        # The editor flips every answer and republishes while the learner is answering.
        edited = add_quiz.__globals__["question_specs"](2, correct_index=1)
        quiz.questions = add_quiz.__globals__["stream"](edited)
        quiz.save_revision().publish()
        learner_client.post(submit_url(attempt), answers)
        attempt.refresh_from_db()
        assert float(attempt.score) == 100

    def test_someone_elses_attempt_is_404(self, site_tree, learner_client):
        quiz = add_quiz(site_tree["course"], questions=1)
        other = Client()
        other.force_login(UserFactory())
        attempt = start(other, quiz)
        assert learner_client.post(submit_url(attempt), right_answers(attempt)).status_code == 404
        assert learner_client.get(reverse("quizzes:result", args=[attempt.pk])).status_code == 404

    def test_best_score_counts(self, site_tree, learner, learner_client):
        quiz = add_quiz(site_tree["course"], questions=2, pass_mark=100)

        def one_wrong(attempt):
            data = right_answers(attempt)
            question = attempt.snapshot["questions"][0]
            wrong = next(iter(rules.option_ids(question) - correct_ids(question)))
            data[f"q-{question['id']}"] = [rules.option_token(attempt, question["id"], wrong)]
            return data

        first = start(learner_client, quiz)
        learner_client.post(submit_url(first), one_wrong(first))
        second = start(learner_client, quiz)
        learner_client.post(submit_url(second), right_answers(second))
        third = start(learner_client, quiz)
        learner_client.post(submit_url(third), one_wrong(third))
        state = rules.quiz_states(user=learner, quiz_ids=[quiz.pk])[quiz.pk]
        assert state.best_score == 100 and state.passed and state.attempts == 3


@pytest.mark.django_db
def test_quiz_page_is_byte_identical_whichever_choices_are_correct(site_tree, learner):
    """Correct answers and feedback never reach the browser before submitting."""
    pages = []
    for correct_index in (0, 1):
        quiz = add_quiz(
            site_tree["course"],
            questions=8,
            correct_index=correct_index,
            slug=f"kuis-{correct_index}",
        )
        # Same ids in both quizzes, so only correctness and feedback differ.
        if correct_index == 1:
            first = type(quiz).objects.get(slug="kuis-0")
            raw = first.questions.raw_data
            flipped = add_quiz.__globals__["question_specs"](8, correct_index=1)
            new_raw = add_quiz.__globals__["stream"](flipped)
            for old, new in zip(raw, new_raw, strict=True):
                new["id"] = old["id"]
                for key in ("choices", "statements"):
                    if key in new["value"]:
                        for old_item, new_item in zip(
                            old["value"][key], new["value"][key], strict=True
                        ):
                            new_item["id"] = old_item["id"]
            quiz.questions = new_raw
            quiz.title = first.title
            quiz.save_revision().publish()
        client = Client()
        client.force_login(learner)
        attempt = start(client, quiz)
        html = client.get(quiz.url).content.decode()
        html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
        html = html.replace(f"/kuis/percobaan/{attempt.pk}/", "/kuis/percobaan/X/")
        html = html.replace(quiz.url, "/URL/").replace(f"/kuis/{quiz.pk}/", "/kuis/X/")
        # Options are named by per-attempt tokens; name them by their option id to compare.
        for question_tokens in rules._tokens(attempt).values():
            for token, option_id in question_tokens.items():
                html = html.replace(f'value="{token}"', f'value="{option_id}"')
        pages.append(html)
        assert "Alasan" not in html and "Sebab" not in html and "Karena" not in html
    assert pages[0] == pages[1]


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_submissions_score_once():
    tree = build_site(lessons=1)
    quiz = add_quiz(tree["course"], questions=3)
    user = UserFactory()
    attempt = rules.start_attempt(user=user, quiz=quiz)
    answers = {q["id"]: sorted(rules.option_ids(q))[:1] for q in attempt.snapshot["questions"]}

    def submit():
        fresh = QuizAttempt.objects.get(pk=attempt.pk)
        return rules.submit_attempt(attempt=fresh, answers=answers)[1]

    counted, errors = run_at_once(submit, times=20)
    assert errors == []
    assert counted.count(True) == 1
    assert QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=False).count() == 1
    # The per-question rows are written by the one submission that counted, once.
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 3


@pytest.mark.django_db
class TestCourseCompletion:
    def test_course_is_complete_only_with_the_final_test_passed(self, site_tree, learner, rf):
        course = site_tree["course"]
        add_quiz(course, kind="pretest", questions=2, slug="pra")
        final = add_quiz(course, kind="final", questions=2, pass_mark=100, slug="akhir")
        for lesson in site_tree["lessons"]:
            progress.mark_lesson_complete(user=learner, lesson=lesson)
        request = rf.get("/")
        request.user = learner
        state = progress.progress_for_request(request=request, course_path=course.path)
        assert not state.complete
        attempt = rules.start_attempt(user=learner, quiz=final)
        answers = {q["id"]: sorted(correct_ids(q)) for q in attempt.snapshot["questions"]}
        rules.submit_attempt(attempt=attempt, answers=answers)
        state = progress.progress_for_request(request=request, course_path=course.path)
        assert state.complete

    def test_knowledge_gain_is_final_minus_pretest(self, site_tree, learner):
        course = site_tree["course"]
        pre = add_quiz(course, kind="pretest", questions=2, slug="pra")
        final = add_quiz(course, kind="final", questions=2, slug="akhir")
        assert rules.knowledge_gain(user=learner, course=course) is None
        attempt = rules.start_attempt(user=learner, quiz=pre)
        rules.submit_attempt(attempt=attempt, answers={})
        attempt = rules.start_attempt(user=learner, quiz=final)
        answers = {q["id"]: sorted(correct_ids(q)) for q in attempt.snapshot["questions"]}
        rules.submit_attempt(attempt=attempt, answers=answers)
        pre_score = float(QuizAttempt.objects.get(quiz=pre).score)
        assert rules.knowledge_gain(user=learner, course=course) == 100 - pre_score

    def test_pretest_feedback_waits_for_course_completion(self, site_tree, learner_client):
        from quizzes.models.pages import FeedbackTiming

        pre = add_quiz(
            site_tree["course"],
            kind="pretest",
            questions=2,
            slug="pra",
            feedback_timing=FeedbackTiming.AFTER_COURSE,
        )
        attempt = start(learner_client, pre)
        learner_client.post(submit_url(attempt), right_answers(attempt))
        html = learner_client.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
        assert "Pembahasan pra-tes ditampilkan setelah" in html
        assert "Alasan 0" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("logged_in", [False, True])
def test_quiz_page_queries_do_not_grow_with_questions(logged_in):
    from django.core.cache import cache
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from courses.models import Enrolment

    counts = []
    for size in (5, 50):
        # Enrolments protect their course page: the previous round's go first.
        Enrolment.objects.all().delete()
        Page.objects.filter(depth__gt=1).delete()
        cache.clear()
        tree = build_site(lessons=2)
        quiz = add_quiz(tree["course"], questions=size)
        client = Client()
        if logged_in:
            client.force_login(UserFactory())
            client.post(reverse("quizzes:start", args=[quiz.pk]))
        client.get(quiz.url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(quiz.url).status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts


@pytest.mark.django_db
def test_guests_share_the_quiz_intro_but_learners_get_their_own(site_tree, learner_client):
    quiz = add_quiz(site_tree["course"], questions=2)
    Client().get(quiz.url)
    guest = Client().get(quiz.url)
    assert guest["X-Page-Cache"] == "hit"
    assert "daftar</a> atau" in guest.content.decode()
    start(learner_client, quiz)
    mine = learner_client.get(quiz.url)
    assert "Kirim jawaban" in mine.content.decode()
    assert mine.get("X-Page-Cache") != "hit"
