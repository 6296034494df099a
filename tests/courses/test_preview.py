"""Editors preview what they edit, in every state (issue 18, point 1): drafts never published,
unpublished changes of a live page, and new pages not saved yet."""

import pytest
from django.test import Client

from courses.models import CourseIndexPage, CoursePage, LessonPage
from tests.factories import UserFactory, add_quiz, lesson_body


@pytest.fixture
def editor(db):
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def preview(client, page):
    """Wagtail's preview of a page's latest revision (what the side panel, "new tab" and the
    moderator's preview all serve: Page.make_preview_request -> serve_preview)."""
    response = page.get_latest_revision_as_object().make_preview_request()
    if hasattr(response, "render"):
        response.render()
    return response


def draft_course(site_tree):
    index = CourseIndexPage.objects.get()
    course = CoursePage(
        title="Lowongan kerja palsu di media sosial",
        slug="lowongan-palsu",
        summary="Ringkasan.",
        audience="Pencari kerja",
        estimated_minutes=20,
        learning_objectives=[],
        live=False,
    )
    index.add_child(instance=course)
    course.save_revision()
    lesson = LessonPage(
        title="Iklan yang terlalu indah", slug="iklan", intro="Pengantar.", body=lesson_body(1)
    )
    lesson.live = False
    course.add_child(instance=lesson)
    lesson.save_revision()
    quiz = add_quiz(course, kind="final", questions=4)
    quiz.unpublish()
    return course, lesson, quiz


@pytest.mark.django_db
def test_every_page_of_a_never_published_module_previews(site_tree, editor):
    course, lesson, quiz = draft_course(site_tree)
    for page, expected in ((course, course.title), (lesson, lesson.title), (quiz, quiz.title)):
        response = preview(editor, page)
        assert response.status_code == 200, (page, response.status_code)
        html = response.content.decode()
        assert expected in html
        assert "Lowongan kerja palsu di media sosial" in html  # the course context is there


@pytest.mark.django_db
def test_a_lesson_preview_shows_its_position_in_the_course(site_tree, editor):
    course, lesson, _ = draft_course(site_tree)
    html = preview(editor, lesson).content.decode()
    assert "Bagian 1 dari 2" in html


@pytest.mark.django_db
def test_an_unpublished_change_of_a_live_lesson_previews_the_draft(site_tree, editor):
    lesson = site_tree["lessons"][0]
    draft = lesson.get_latest_revision_as_object()
    draft.body = lesson_body(99)
    draft.save_revision()
    lesson.refresh_from_db()  # its latest_revision is now the draft
    html = preview(editor, lesson).content.decode()
    assert "Isi pelajaran 99." in html
    assert "Isi pelajaran 99." not in Client().get(lesson.url).content.decode()


@pytest.mark.django_db
def test_a_quiz_preview_shows_its_questions_with_the_key(site_tree, editor):
    _, _, quiz = draft_course(site_tree)
    html = preview(editor, quiz).content.decode()
    assert "Pratinjau untuk editor" in html
    assert "Soal 0?" in html and "jawaban benar" in html and "Alasan 0" in html
    intro = quiz.get_latest_revision_as_object().make_preview_request(preview_mode="pengantar")
    intro.render() if hasattr(intro, "render") else None
    assert "Mulai kuis" in intro.content.decode() or "daftar" in intro.content.decode()


@pytest.mark.django_db
def test_the_explorer_lists_a_courses_pages_in_the_learners_order(site_tree, editor):
    course = site_tree["course"]
    html = editor.get(f"/admin/pages/{course.pk}/").content.decode()
    titles = [lesson.title for lesson in site_tree["lessons"]]
    positions = [html.find(title) for title in titles]
    assert all(p > 0 for p in positions) and positions == sorted(positions)
