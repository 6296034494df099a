"""A retake never hands over the key (issue 9, point 1).

The attack: a learner answers a final test at random, then builds the next attempt only from
the first attempt's result page. While attempts remain, that page shows the score, which
questions were right and the concept's explanation, but no option marked right, and each
attempt names its options by its own tokens, draws again from the pool and reshuffles. So the
attack scores what guessing scores. The same attack on a page that does show the key (the last
attempt's) scores 100%: the test would notice a leak.
"""

import random
import re
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse

from content.loader import stream
from quizzes.models import QuizAttempt
from tests.factories import UserFactory, publish

CHOICES = 3
POOL = 10
DRAWN = 8
PASS_MARK = 70


def single_choice_pool(seed=7):
    rng = random.Random(seed)
    specs = []
    for n in range(POOL):
        right = rng.randrange(CHOICES)
        choices = [
            {"text": f"Jawaban {n}-{i}", "correct": i == right, "feedback": f"Umpan {n}-{i}"}
            for i in range(CHOICES)
        ]
        specs.append(
            (
                "single_choice",
                {"question": f"Soal nomor {n}?", "choices": choices, "explanation": f"Konsep {n}."},
            )
        )
    return specs


@pytest.fixture
def final_test(site_tree):
    from quizzes.models import QuizPage
    from quizzes.models.pages import FeedbackTiming

    quiz = QuizPage(
        title="Tes akhir",
        slug="tes-akhir",
        kind="final",
        pass_mark=PASS_MARK,
        max_attempts=3,
        shuffle_questions=True,
        shuffle_choices=True,
        draw_count=DRAWN,
        # Even "at once" must not show the key of a final test that can be retaken.
        feedback_timing=FeedbackTiming.AFTER_SUBMIT,
        questions=stream(single_choice_pool()),
    )
    return publish(site_tree["course"], quiz)


def start(client, quiz):
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    return QuizAttempt.objects.filter(quiz=quiz).latest("pk")


def form_questions(html):
    """[(question text, [(token, option text), ...], field name)] as the form shows them."""
    found = []
    for fieldset in re.findall(r"<fieldset.*?</fieldset>", html, re.S):
        text = re.search(r"</span>\s*(.*?)</legend>", fieldset, re.S).group(1).strip()
        options = re.findall(
            r'<input type="radio" name="(q-[^"]+)" value="([^"]+)"[^>]*>\s*([^<]+)</label>',
            fieldset,
        )
        found.append(
            (
                unescape(text),
                [(token, unescape(label.strip())) for _, token, label in options],
                options[0][0],
            )
        )
    return found


def known_right_answers(result_html):
    """What a result page gives away: the texts of options it marks as right."""
    return {
        unescape(m.strip())
        for m in re.findall(
            r'class="is-right[^"]*">\s*<strong>(?:Jawaban Anda: )?([^<]+)', result_html
        )
    }


def attack(client, quiz, first_result_html):
    """Answer a new attempt using only what the first attempt's result page showed."""
    attempt = start(client, quiz)
    html = client.get(quiz.url).content.decode()
    known = known_right_answers(first_result_html)
    data = {}
    for _, options, name in form_questions(html):
        informed = [token for token, label in options if label in known]
        data[name] = informed[:1] or [options[0][0]]  # else: a guess
    client.post(reverse("quizzes:submit", args=[attempt.pk]), data)
    attempt.refresh_from_db()
    return attempt, html


def guess(client, quiz):
    attempt = start(client, quiz)
    html = client.get(quiz.url).content.decode()
    data = {name: [options[-1][0]] for _, options, name in form_questions(html)}
    response = client.post(reverse("quizzes:submit", args=[attempt.pk]), data)
    result = client.get(response["Location"]).content.decode()
    attempt.refresh_from_db()
    return attempt, html, result


@pytest.mark.django_db
def test_a_retake_built_from_the_first_result_page_scores_only_what_guessing_scores(
    final_test,
):
    scores = []
    for _ in range(20):
        client = Client()
        client.force_login(UserFactory())
        first, first_form, first_result = guess(client, final_test)
        if first.passed:
            continue  # a lucky guess: nothing left to attack
        # The page gives nothing away: no option marked right, no option text at all.
        assert known_right_answers(first_result) == set()
        assert "is-right" not in first_result and "jawaban benar" not in first_result
        for text in ("Jawaban ", "Umpan "):
            assert text not in first_result
        second, second_form = attack(client, final_test, first_result)
        first_tokens = set(re.findall(r'value="([a-z2-7]{16})"', first_form))
        second_tokens = set(re.findall(r'value="([a-z2-7]{16})"', second_form))
        assert first_tokens and second_tokens and not first_tokens & second_tokens
        scores.append(float(second.score))
    # Guessing one of three: about 33% on average; the pass mark is 70%.
    assert len(scores) >= 15
    assert sum(scores) / len(scores) < 50
    assert sum(1 for score in scores if score >= PASS_MARK) <= 2


@pytest.mark.django_db
def test_the_same_attack_on_a_page_that_shows_the_key_would_pass(final_test):
    """The contrast that proves the attack works: once no attempt remains, the full review
    (the key) is shown, and an attempt built from it would score 100%."""
    client = Client()
    client.force_login(UserFactory())
    for _ in range(3):
        attempt, _, result = guess(client, final_test)
        if attempt.passed:
            pytest.skip("a lucky guess passed")
    known = known_right_answers(result)
    assert len(known) == DRAWN
    pool = single_choice_pool()
    right_texts = {c["text"] for _, value in pool for c in value["choices"] if c["correct"]}
    assert known <= right_texts


@pytest.mark.django_db
def test_each_attempt_draws_and_shuffles_again(final_test):
    client = Client()
    client.force_login(UserFactory())
    layouts = set()
    for _ in range(3):
        attempt, form, _ = guess(client, final_test)
        layouts.add(
            tuple(
                (q, tuple(label for _, label in options)) for q, options, _ in form_questions(form)
            )
        )
    assert len(layouts) == 3


@pytest.mark.django_db
def test_a_stale_token_from_another_attempt_is_refused(final_test):
    client = Client()
    client.force_login(UserFactory())
    first, first_form, _ = guess(client, final_test)
    second = start(client, final_test)
    stale = {name: [options[0][0]] for _, options, name in form_questions(first_form)}
    response = client.post(reverse("quizzes:submit", args=[second.pk]), stale)
    assert response.status_code == 400
    second.refresh_from_db()
    assert second.is_open


@pytest.mark.django_db
def test_a_pretest_never_shows_its_key_before_the_course_is_complete(site_tree):
    """Whatever an editor chooses, the pre-test's review waits for the course."""
    from quizzes.models import QuizPage
    from quizzes.models.pages import FeedbackTiming

    pretest = QuizPage(
        title="Pra-tes",
        slug="pra-tes",
        kind="pretest",
        max_attempts=1,
        shuffle_choices=False,
        feedback_timing=FeedbackTiming.AFTER_SUBMIT,
        questions=stream(single_choice_pool()[:4]),
    )
    publish(site_tree["course"], pretest)
    pretest.refresh_from_db()
    assert pretest.feedback_timing == FeedbackTiming.AFTER_COURSE
    client = Client()
    client.force_login(UserFactory())
    _, _, result = guess(client, pretest)
    assert "is-right" not in result and "Umpan " not in result and "Konsep " not in result
    assert "setelah Anda menyelesaikan kursus" in result
