import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from quizzes import attempts as rules
from quizzes.analysis import item_analysis, quiz_summaries
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
