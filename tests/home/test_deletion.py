"""Deleting a page that learners' records depend on is refused with a clear message; nothing
of the learners' history is lost and no 500 is raised."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from courses import progress
from courses.models import LessonCompletion
from tests.factories import CertificateFactory, UserFactory


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def delete(client, page):
    return client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]), follow=True)


@pytest.mark.django_db
def test_a_lesson_someone_completed_cannot_be_deleted(site_tree, admin_client):
    lesson = site_tree["lessons"][0]
    progress.mark_lesson_complete(user=UserFactory(), lesson=lesson)
    response = delete(admin_client, lesson)
    assert response.status_code == 200
    html = response.content.decode()
    assert "tidak bisa dihapus" in html and "1 pelajaran selesai" in html
    assert Page.objects.filter(pk=lesson.pk).exists()
    assert LessonCompletion.objects.count() == 1


@pytest.mark.django_db
def test_a_course_with_a_certificate_cannot_be_deleted(site_tree, admin_client):
    course = site_tree["course"]
    CertificateFactory(course=course)
    response = delete(admin_client, course)
    assert response.status_code == 200
    assert "1 sertifikat" in response.content.decode()
    assert Page.objects.filter(pk=course.pk).exists()


@pytest.mark.django_db
def test_a_lesson_nobody_took_can_be_deleted(site_tree, admin_client):
    lesson = site_tree["lessons"][2]
    progress.mark_lesson_complete(user=UserFactory(), lesson=site_tree["lessons"][0])
    response = delete(admin_client, lesson)
    assert response.status_code == 200
    assert not Page.objects.filter(pk=lesson.pk).exists()


@pytest.mark.django_db
def test_bulk_delete_is_refused_too(site_tree, admin_client):
    lessons = site_tree["lessons"]
    progress.mark_lesson_complete(user=UserFactory(), lesson=lessons[1])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    query = "&".join(f"id={lesson.pk}" for lesson in lessons)
    response = admin_client.post(f"{url}?{query}", follow=True)
    assert response.status_code == 200
    assert "tidak bisa dihapus" in response.content.decode()
    assert Page.objects.filter(pk__in=[lesson.pk for lesson in lessons]).count() == 3
