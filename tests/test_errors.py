import pytest
from django.test import RequestFactory
from django.urls import reverse

from elearn.views import server_error


@pytest.mark.django_db
def test_unknown_page_gives_the_indonesian_404(client, site_tree):
    response = client.get("/kursus/tidak-ada/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()


def test_the_500_page_is_indonesian_and_needs_no_database():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "terjadi kesalahan" in html and 'href="tel:110"' in html


@pytest.mark.django_db
def test_unknown_lesson_in_guest_save_is_404(client, site_tree):
    response = client.get(reverse("courses:save_guest_progress", args=[987654]))
    assert response.status_code == 404


@pytest.mark.django_db
def test_off_site_next_after_login_is_ignored(client, site_tree):
    from tests.factories import UserFactory

    UserFactory(username="tono")
    response = client.post(
        reverse("account_login") + "?next=//penipu.example/jebakan",
        {"login": "tono", "password": "kata-sandi-rahasia-1"},
    )
    assert response.status_code == 302
    assert "penipu.example" not in response["Location"]


@pytest.mark.django_db
def test_overlong_username_is_a_form_error_not_a_crash(client, site_tree):
    response = client.post(
        reverse("account_signup"),
        {
            "full_name": "Nama",
            "username": "u" * 300,
            "password1": "Bukan-sandi-mudah-9",
            "password2": "Bukan-sandi-mudah-9",
            "privacy_consent": "on",
        },
    )
    assert response.status_code == 200
    assert "150" in response.content.decode()
