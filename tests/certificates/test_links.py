"""The certificate is one click away once the course is complete (issue 18, point 7)."""

import pytest
from django.test import Client
from django.urls import reverse

from courses import progress
from tests.factories import UserFactory, add_quiz, take_quiz


@pytest.mark.django_db
def test_the_completed_course_and_the_passing_result_link_to_the_certificate(site_tree):
    learner = UserFactory()
    final = add_quiz(site_tree["course"], kind="final", questions=4)
    for lesson in site_tree["lessons"]:
        progress.mark_lesson_complete(user=learner, lesson=lesson)
    client = Client()
    client.force_login(learner)
    mine = reverse("certificates:mine")
    link = "Lihat sertifikat Anda"  # the header always links to the page; this is the button
    assert link not in client.get(site_tree["course"].url).content.decode()
    attempt = take_quiz(user=learner, quiz=final)
    assert attempt.passed
    html = client.get(site_tree["course"].url).content.decode()
    assert f'<a class="button" href="{mine}">{link}</a>' in html
    result = client.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
    assert f'href="{mine}">Lihat dan unduh sertifikat Anda</a>' in result
