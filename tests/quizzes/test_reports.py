import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from quizzes import attempts as rules
from quizzes.analysis import item_analysis, quiz_summaries
from quizzes.models import AttemptAnswer, QuizAttempt
from quizzes.scoring import correct_ids
from tests.factories import UserFactory, add_quiz


def take(quiz, *, right):
    user = UserFactory()
    attempt = rules.start_attempt(user=user, quiz=quiz)
    answers = {}
    for question in attempt.snapshot["questions"]:
        good = sorted(correct_ids(question))
        in_order = [o["id"] for o in question["options"]] or ["benar", "salah"]
        bad = [next(option for option in in_order if option not in good)]
        answers[question["id"]] = good if right else bad
    rules.submit_attempt(attempt=attempt, answers=answers)


@pytest.mark.django_db
class TestItemAnalysis:
    def test_summary_and_items(self, site_tree):
        quiz = add_quiz(site_tree["course"], questions=4, pass_mark=60)
        take(quiz, right=True)
        take(quiz, right=False)
        take(quiz, right=False)
        [summary] = quiz_summaries()
        assert (summary.attempts, summary.learners) == (3, 3)
        assert summary.pass_rate == pytest.approx(33.3)
        rows = item_analysis()
        assert [row.number for row in rows] == [1, 2, 3, 4]
        first = rows[0]
        assert first.answered == 3 and first.correct_share == pytest.approx(33.3)
        assert first.common_wrong_answer == "Pilihan 0.1" and first.common_wrong_count == 2

    def test_report_pages_and_spreadsheet_export(self, site_tree, client):
        quiz = add_quiz(site_tree["course"], questions=2)
        take(quiz, right=True)
        editor = UserFactory()
        editor.groups.add(Group.objects.get(name="Editors"))
        client.force_login(editor)
        html = client.get(reverse("quiz_item_report")).content.decode()
        assert "Analisis soal kuis" in html and "Soal 0?" in html
        csv = client.get(reverse("quiz_item_report") + "?export=csv")
        assert csv.status_code == 200 and b"Jawaban salah terbanyak" in b"".join(
            csv.streaming_content
        )
        xlsx = client.get(reverse("quiz_summary_report") + "?export=xlsx")
        assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith(
            "application/vnd.openxml"
        )

    def test_learners_cannot_open_the_reports(self, site_tree, learner_client):
        response = learner_client.get(reverse("quiz_summary_report"))
        assert response.status_code in (302, 403)


def submit_by_text(quiz, user, picks):
    """Submit an attempt ticking options by their text (true/false: "benar" or "salah")."""
    attempt = rules.start_attempt(user=user, quiz=quiz)
    answers = {}
    for question, texts in zip(attempt.snapshot["questions"], picks, strict=True):
        by_text = {option["text"]: option["id"] for option in question["options"]}
        answers[question["id"]] = [by_text.get(text, text) for text in texts]
    return rules.submit_attempt(attempt=attempt, answers=answers)[0]


@pytest.mark.django_db
class TestFiguresFromAnswerRows:
    def test_hand_computed_fixture(self, site_tree):
        # Soal 0: one right choice (0.0). Soal 1: 1.0 and 1.1 right, partial credit. Soal 2:
        # true. Soal 3: red flags 3.0 and 3.2 (3.1 is not one).
        quiz = add_quiz(site_tree["course"], questions=4, pass_mark=60)
        again = UserFactory()
        picks = [
            (
                UserFactory(),
                [
                    ["Pilihan 0.0"],
                    ["Pilihan 1.0", "Pilihan 1.1"],
                    ["benar"],
                    ["Kalimat 3.0", "Kalimat 3.2"],
                ],
            ),
            (again, [["Pilihan 0.1"], ["Pilihan 1.0", "Pilihan 1.2"], ["salah"], ["Kalimat 3.1"]]),
            (UserFactory(), [["Pilihan 0.2"], ["Pilihan 1.0"], ["benar"], ["Kalimat 3.0"]]),
            (
                again,
                [
                    ["Pilihan 0.0"],
                    ["Pilihan 1.0", "Pilihan 1.1"],
                    ["benar"],
                    ["Kalimat 3.0", "Kalimat 3.2"],
                ],
            ),
        ]
        scores = [float(submit_by_text(quiz, user, answers).score) for user, answers in picks]
        # 0.5 for half of soal 1, 2/3 for two of three statements judged right in soal 3.
        assert scores == [100.0, 0.0, 54.17, 100.0]
        [summary] = quiz_summaries()
        assert (summary.attempts, summary.learners, summary.pass_rate, summary.average_score) == (
            4,
            3,
            50.0,
            63.5,  # (100 + 0 + 54.17 + 100) / 4 = 63.54
        )
        rows = [
            (
                r.number,
                r.question,
                r.answered,
                r.correct_share,
                r.common_wrong_answer,
                r.common_wrong_count,
            )
            for r in item_analysis()
        ]
        assert rows == [
            # 0.1 and 0.2 were each chosen once: the one chosen first wins the tie.
            (1, "Soal 0?", 4, 50.0, "Pilihan 0.1", 1),
            (2, "Soal 1?", 4, 50.0, "Pilihan 1.2", 1),
            (3, "Pernyataan 2.", 4, 75.0, "Salah", 1),
            # 3.2 missed twice; 3.0 missed once and 3.1 wrongly ticked once.
            (4, "Kisah 3", 4, 50.0, "Kalimat 3.2", 2),
        ]

    def test_queries_do_not_grow_with_attempts(self, site_tree):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        quiz = add_quiz(site_tree["course"], questions=4, pass_mark=60)
        other = add_quiz(site_tree["course"], questions=2, slug="kuis-lain")
        counts = []
        for total in (3, 30):
            while QuizAttempt.objects.count() < total:
                take(quiz if QuizAttempt.objects.count() % 3 else other, right=bool(total % 2))
            with CaptureQueriesContext(connection) as summaries:
                quiz_summaries()
            with CaptureQueriesContext(connection) as items:
                rows = item_analysis()
            counts.append((len(summaries.captured_queries), len(items.captured_queries)))
            assert sum(row.answered for row in rows) == AttemptAnswer.objects.count()
        assert counts[0] == counts[1], counts
