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

    def test_logged_in_learner_never_gets_the_shared_page(self, site_tree, learner_client):
        url = site_tree["lessons"][0].url
        Client().get(url)
        response = learner_client.get(url)
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert "Halo," in response.content.decode()

    def test_a_learners_page_never_enters_the_shared_cache(self, site_tree, learner_client):
        url = site_tree["lessons"][0].url
        learner_client.get(url)
        guest = Client().get(url)
        assert guest["X-Page-Cache"] == "miss"
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
