import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import HotlineFactory, UserFactory


@pytest.mark.django_db
class TestAnonymousPageCache:
    def test_second_guest_visit_is_served_from_cache(self, site_tree, client):
        url = site_tree["lessons"][0].url
        assert client.get(url)["X-Page-Cache"] == "miss"
        assert Client().get(url)["X-Page-Cache"] == "hit"

    def test_cached_page_is_the_same_page(self, site_tree):
        url = site_tree["course"].url
        first = Client().get(url).content
        second = Client().get(url)
        assert second["X-Page-Cache"] == "hit" and second.content == first

    def test_logged_in_learner_gets_the_shared_page_with_their_own_slots(
        self, site_tree, learner, learner_client
    ):
        url = site_tree["lessons"][0].url
        Client().get(url)
        response = learner_client.get(url)
        html = response.content.decode()
        assert response["X-Page-Cache"] == "personal"
        assert "private" in response["Cache-Control"]
        assert f"Halo, {learner.get_short_name()}" in html
        assert 'name="csrfmiddlewaretoken"' in html  # their own "Tandai selesai" form
        assert "Daftar</a>" not in html

    def test_personalised_page_equals_a_full_rendering(self, site_tree, learner_client):
        """The slot renderers and the page templates must produce the same page."""
        learner_client.post(reverse("courses:complete_lesson", args=[site_tree["lessons"][0].pk]))
        learner_client.get("/")  # shows (and so clears) the "ditandai selesai" message
        for page in (site_tree["lessons"][0], site_tree["lessons"][1], site_tree["course"]):
            personalised = learner_client.get(page.url)
            full = learner_client.get(page.url + "?penuh=1")  # query strings skip the cache
            assert personalised["X-Page-Cache"] == "personal"
            assert "X-Page-Cache" not in full

            def normalise(response):
                html = response.content.decode()
                return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "TOKEN", html)

            assert normalise(personalised) == normalise(full), page.title

    def test_two_learners_see_only_their_own_progress(self, site_tree):
        first, second = UserFactory(full_name="Ayu Lestari"), UserFactory(full_name="Bayu Saputra")
        first_client, second_client = Client(), Client()
        first_client.force_login(first)
        second_client.force_login(second)
        first_client.post(reverse("courses:complete_lesson", args=[site_tree["lessons"][0].pk]))
        url = site_tree["course"].url
        first_html = first_client.get(url).content.decode()
        second_html = second_client.get(url).content.decode()
        assert "Halo, Ayu" in first_html and "Bayu" not in first_html
        assert "Halo, Bayu" in second_html and "Ayu" not in second_html
        assert "✓ Selesai" in first_html and "✓ Selesai" not in second_html

    def test_a_learners_visit_stores_only_the_guest_rendering(self, site_tree, learner_client):
        url = site_tree["lessons"][0].url
        assert learner_client.get(url)["X-Page-Cache"] == "personal"
        guest = Client().get(url)
        assert guest["X-Page-Cache"] == "hit"
        assert "Halo," not in guest.content.decode()
        assert "csrfmiddlewaretoken" not in guest.content.decode()

    def test_pages_with_a_csrf_token_are_not_cached(self, site_tree):
        url = reverse("courses:save_guest_progress", args=[site_tree["lessons"][0].pk])
        Client().get(url)
        response = Client().get(url)
        assert "X-Page-Cache" not in response

    def test_publishing_purges_the_cache(self, site_tree):
        lesson = site_tree["lessons"][0]
        Client().get(lesson.url)
        lesson.title = "Judul yang diperbarui"
        lesson.save_revision().publish()
        response = Client().get(lesson.url)
        assert response["X-Page-Cache"] == "miss"
        assert "Judul yang diperbarui" in response.content.decode()

    def test_unpublishing_purges_the_cache(self, site_tree):
        lesson = site_tree["lessons"][2]
        Client().get(site_tree["course"].url)
        lesson.unpublish()
        html = Client().get(site_tree["course"].url).content.decode()
        assert "Pelajaran 3" not in html

    def test_hotline_change_purges_the_help_page(self, site_tree):
        Client().get(site_tree["help"].url)
        HotlineFactory(service="Layanan Baru Uji")
        assert "Layanan Baru Uji" in Client().get(site_tree["help"].url).content.decode()

    def test_query_strings_bypass_the_cache(self, site_tree):
        url = site_tree["home"].url
        Client().get(url)
        assert "X-Page-Cache" not in Client().get(url + "?utm=1")


@pytest.mark.django_db
def test_logout_then_guest_view_shows_no_personal_data(site_tree):
    user = UserFactory(full_name="Rahasia Sekali")
    client = Client()
    client.force_login(user)
    client.get(site_tree["home"].url)
    client.post(reverse("account_logout"))
    html = client.get(site_tree["home"].url).content.decode()
    assert "Rahasia Sekali" not in html
