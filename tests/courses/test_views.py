import pytest
from django.test import Client
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion
from tests.factories import UserFactory, build_site


def complete_url(lesson):
    return reverse("courses:complete_lesson", args=[lesson.pk])


@pytest.mark.django_db
class TestCompleteLesson:
    def test_double_post_records_once(self, site_tree, learner, learner_client):
        lesson = site_tree["lessons"][0]
        first = learner_client.post(complete_url(lesson))
        second = learner_client.post(complete_url(lesson))
        assert first.status_code == second.status_code == 302
        assert first["Location"].startswith(lesson.url)
        assert LessonCompletion.objects.filter(user=learner, lesson=lesson).count() == 1

    def test_get_is_refused(self, site_tree, learner_client):
        response = learner_client.get(complete_url(site_tree["lessons"][0]))
        assert response.status_code == 405
        assert not LessonCompletion.objects.exists()

    def test_unknown_lesson_is_an_indonesian_404(self, site_tree, learner_client):
        response = learner_client.post(reverse("courses:complete_lesson", args=[999999]))
        assert response.status_code == 404
        assert "Halaman tidak ditemukan" in response.content.decode()

    def test_missing_csrf_token_is_refused_in_indonesian(self, site_tree, learner):
        client = Client(enforce_csrf_checks=True)
        client.force_login(learner)
        response = client.post(complete_url(site_tree["lessons"][0]))
        assert response.status_code == 403
        assert "kedaluwarsa" in response.content.decode()
        assert not LessonCompletion.objects.exists()

    def test_lesson_page_shows_progress_after_completion(self, site_tree, learner_client):
        lesson = site_tree["lessons"][0]
        learner_client.post(complete_url(lesson))
        html = learner_client.get(lesson.url).content.decode()
        assert "1 dari 3" in html
        assert "Pelajaran ini sudah selesai" in html

    def test_logged_out_post_is_sent_to_the_guest_save_page(self, site_tree, client):
        lesson = site_tree["lessons"][0]
        response = client.post(complete_url(lesson))
        assert response["Location"] == reverse("courses:save_guest_progress", args=[lesson.pk])
        assert not LessonCompletion.objects.exists()


@pytest.mark.django_db
class TestGuestCarryOver:
    def test_guest_signs_up_and_comes_back_with_the_lesson_done(self, site_tree, client):
        lesson = site_tree["lessons"][0]
        save_url = reverse("courses:save_guest_progress", args=[lesson.pk])
        assert client.get(save_url).status_code == 200
        response = client.post(save_url, {"aksi": "daftar"})
        assert response["Location"].startswith(reverse("account_signup"))
        response = client.post(
            response["Location"],
            {
                "full_name": "Siti Nurhaliza",
                "username": "siti",
                "password1": "Bukan-sandi-mudah-9",
                "password2": "Bukan-sandi-mudah-9",
                "privacy_consent": "on",
            },
        )
        assert response.status_code == 302
        assert response["Location"] == lesson.url
        completion = LessonCompletion.objects.get()
        assert completion.user.username == "siti" and completion.lesson_id == lesson.pk
        html = client.get(lesson.url).content.decode()
        assert "1 dari 3" in html

    def test_guest_logs_in_and_progress_is_carried_over(self, site_tree, client):
        user = UserFactory(username="budi")
        lesson = site_tree["lessons"][1]
        save_url = reverse("courses:save_guest_progress", args=[lesson.pk])
        response = client.post(save_url, {"aksi": "masuk"})
        assert response["Location"].startswith(reverse("account_login"))
        response = client.post(
            response["Location"], {"login": "budi", "password": "kata-sandi-rahasia-1"}
        )
        assert response.status_code == 302
        assert LessonCompletion.objects.filter(user=user, lesson=lesson).exists()

    def test_guest_with_session_progress_sees_it_and_is_not_served_the_shared_page(
        self, site_tree, client
    ):
        lesson = site_tree["lessons"][0]
        client.get(lesson.url)  # fills the anonymous page cache
        client.post(reverse("courses:save_guest_progress", args=[lesson.pk]), {"aksi": "daftar"})
        response = client.get(lesson.url)
        assert "X-Page-Cache" not in response
        assert "tersimpan sementara" in response.content.decode()


@pytest.mark.django_db
class TestStartCourse:
    def test_start_enrols_and_goes_to_first_lesson(self, site_tree, learner, learner_client):
        response = learner_client.post(
            reverse("courses:start_course", args=[site_tree["course"].pk])
        )
        assert response["Location"] == site_tree["lessons"][0].url
        assert Enrolment.objects.filter(user=learner).count() == 1

    def test_resume_goes_to_next_unfinished_lesson(self, site_tree, learner_client):
        learner_client.post(complete_url(site_tree["lessons"][0]))
        response = learner_client.post(
            reverse("courses:start_course", args=[site_tree["course"].pk])
        )
        assert response["Location"] == site_tree["lessons"][1].url


@pytest.mark.django_db
class TestMyCourses:
    def test_lists_progress_and_continue_link(self, site_tree, learner_client):
        learner_client.post(complete_url(site_tree["lessons"][0]))
        html = learner_client.get(reverse("courses:my_courses")).content.decode()
        assert "Waspada Modus Perekrutan" in html
        assert "1 dari 3" in html
        assert f'href="{site_tree["lessons"][1].url}"' in html

    def test_requires_login(self, client, site_tree):
        response = client.get(reverse("courses:my_courses"))
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]

    def test_a_learner_never_sees_another_learners_progress(self, site_tree, learner_client):
        other = UserFactory()
        other_client = Client()
        other_client.force_login(other)
        other_client.post(complete_url(site_tree["lessons"][0]))
        html = learner_client.get(reverse("courses:my_courses")).content.decode()
        assert "Anda belum memulai kursus" in html
        course_html = learner_client.get(site_tree["course"].url).content.decode()
        assert "✓ Selesai" not in course_html


@pytest.mark.django_db
class TestQueryCounts:
    """Queries per page do not grow with the number of lessons.

    A guest's page is measured as rendered (the shared page cache emptied first), a learner's
    page with warm caches, as each is served in production.
    """

    @pytest.mark.parametrize("logged_in", [False, True])
    @pytest.mark.parametrize("page_key", ["course", "lesson"])
    def test_constant_queries(self, logged_in, page_key):
        from django.core.cache import cache
        from django.db import connection
        from django.test.utils import CaptureQueriesContext
        from wagtail.models import Page

        from courses.models import Enrolment, LessonCompletion

        counts = []
        for size in (3, 30):
            # Learner records protect their pages: clear them before rebuilding the tree.
            LessonCompletion.objects.all().delete()
            Enrolment.objects.all().delete()
            Page.objects.filter(depth__gt=1).delete()
            cache.clear()
            tree = build_site(lessons=size)
            client = Client()
            if logged_in:
                client.force_login(UserFactory())
                for lesson in tree["lessons"][:2]:
                    client.post(complete_url(lesson))
            url = tree["course"].url if page_key == "course" else tree["lessons"][1].url
            client.get(url)  # warm per-process caches (site root paths, content types)
            if not logged_in:
                cache.clear()
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url).status_code == 200
            counts.append(len(ctx.captured_queries))
        assert counts[0] == counts[1], counts
        assert counts[1] <= (14 if logged_in else 17), counts
