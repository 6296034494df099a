"""Knowledge gain of a session, as a whole (roster.knowledge_gain) and per question
(training.gain), against a hand-computed hall."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory, add_quiz, build_site
from tests.training.conftest import answer, make_session
from training import gain, roster


@pytest.fixture
def hall(course_tree, session):
    """Six participants; right answers by question number (1-4):

    who  first pre-test   best final test
    P1   1                1 2
    P2   1 2              1 2 3
    P3   -                1 2 3 4
    P4   3                1 2 3 4   (an earlier final with only 1 right does not count)
    P5   1                -         (a later pre-test with all right does not count)
    P7   1 2 3 4          1 2 3 4
    and P6, who left, and an outsider: neither counts.
    """
    pre, final = course_tree["pretest"], course_tree["final"]
    plan = {
        "P1": ([{1}], [{1, 2}]),
        "P2": ([{1, 2}], [{1, 2, 3}]),
        "P3": ([set()], [{1, 2, 3, 4}]),
        "P4": ([{3}], [{1}, {1, 2, 3, 4}]),
        "P5": ([{1}, {1, 2, 3, 4}], []),
        "P7": ([{1, 2, 3, 4}], [{1, 2, 3, 4}]),
        "P6": ([set()], [{1, 2, 3, 4}]),
    }
    for name, (pretests, finals) in plan.items():
        learner = UserFactory(full_name=name)
        membership = roster.join(session=session, learner=learner)[0]
        for right in pretests:
            answer(user=learner, quiz=pre, right=right)
        for right in finals:
            answer(user=learner, quiz=final, right=right)
        if name == "P6":
            roster.leave(membership=membership)
    outsider = UserFactory()
    answer(user=outsider, quiz=pre, right=set())
    answer(user=outsider, quiz=final, right={1, 2, 3, 4})


def test_the_share_right_before_and_after_per_question(session, hall, django_assert_num_queries):
    with django_assert_num_queries(2):
        gains = gain.question_gains(session)
    table = [
        (
            item.number,
            item.before_correct,
            item.before_answered,
            item.after_correct,
            item.after_answered,
        )
        for item in gains
    ]
    assert table == [(1, 4, 6, 5, 5), (2, 2, 6, 5, 5), (3, 2, 6, 4, 5), (4, 1, 6, 3, 5)]
    assert [(item.before_share, item.after_share, item.gain) for item in gains] == [
        (66.7, 100.0, 33.3),
        (33.3, 100.0, 66.7),
        (33.3, 80.0, 46.7),
        (16.7, 60.0, 43.3),
    ]
    assert [item.number for item in gain.biggest_gains(gains)] == [2, 3, 4]
    assert [(item.number, item.still_wrong_share) for item in gain.still_wrong(gains)] == [
        (4, 40.0),
        (3, 20.0),
    ]
    # Worded as the final test asks (the factory's questions cycle through the four types).
    assert [item.text for item in gains] == ["Soal 0?", "Soal 1?", "Pernyataan 2.", "Kisah 3"]


def test_the_session_gain_over_paired_tests(session, hall):
    result = roster.knowledge_gain(roster.roster(session))
    # Pairs: P1 25→50, P2 50→75, P3 0→100, P4 25→100, P7 100→100 (P5 has no final).
    assert result.enough
    assert (result.pairs, result.mean_pretest, result.mean_final, result.mean_gain) == (
        5,
        40.0,
        85.0,
        45.0,
    )
    assert result.improved == 4


def test_the_screen_shows_the_gain_and_its_questions(client, facilitator, session, hall):
    client.force_login(facilitator)
    page = client.get(reverse("training_session:session", args=[session.pk])).content.decode()
    assert "rata-rata pra-tes <strong>40</strong>" in page
    assert "+45 poin" in page
    biggest = page.index("Soal dengan kenaikan terbesar")
    assert page.index("Soal 1?", biggest) < page.index("Pernyataan 2.", biggest)
    assert "benar 33,3% → 100% (+66,7 poin)" in page
    assert "salah 40% (5 menjawab)" in page
    assert "terlalu sedikit data" not in page


def test_fewer_than_five_pairs_show_no_figures(client, facilitator, session, course_tree):
    for right in ({1}, {1, 2}):
        learner = UserFactory()
        roster.join(session=session, learner=learner)
        answer(user=learner, quiz=course_tree["pretest"], right=right)
        answer(user=learner, quiz=course_tree["final"], right={1, 2, 3, 4})
    client.force_login(facilitator)
    page = client.get(reverse("training_session:session", args=[session.pk])).content.decode()
    assert "terlalu sedikit data (kurang dari 5 peserta" in page
    assert "Soal dengan kenaikan terbesar" not in page


def test_a_course_without_a_pretest_has_no_question_gains(db, facilitator):
    tree = build_site(lessons=1)
    add_quiz(tree["course"], kind="final")
    session = make_session(tree["course"], facilitators=[facilitator])
    assert gain.question_gains(session) == []


def test_tests_of_different_length_pair_the_first_questions(db, facilitator):
    tree = build_site(lessons=1)
    pre = add_quiz(tree["course"], kind="pretest", slug="pra", questions=2)
    final = add_quiz(tree["course"], kind="final", slug="akhir", questions=4)
    session = make_session(tree["course"], facilitators=[facilitator])
    learner = UserFactory()
    roster.join(session=session, learner=learner)
    answer(user=learner, quiz=pre, right={2})
    answer(user=learner, quiz=final, right={1})
    gains = gain.question_gains(session)
    assert [(item.number, item.before_share, item.after_share) for item in gains] == [
        (1, 0.0, 100.0),
        (2, 100.0, 0.0),
    ]
