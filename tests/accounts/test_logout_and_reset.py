"""Logging out takes a POST with a CSRF token on every path; password resets go through one
throttled form."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", email="editor@example.id", is_staff=True)


def logged_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/logout/", "/akun/keluar/", "/akun/logout/"])
def test_a_get_logs_nobody_out(url, site_tree, editor):
    client = Client()
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert "keluar" in response.content.decode().lower()
    assert 'method="post"' in response.content.decode()
    assert logged_in(client)
    assert "sessionid" not in response.cookies or response.cookies["sessionid"].value


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/logout/", "/akun/keluar/"])
def test_a_post_without_csrf_token_logs_nobody_out(url, site_tree, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(url).status_code == 403
    assert logged_in(client)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/logout/", "/akun/keluar/"])
def test_a_post_logs_out(url, site_tree, editor):
    client = Client()
    client.force_login(editor)
    assert client.post(url).status_code == 302
    assert not logged_in(client)


@pytest.mark.django_db
def test_the_admin_reset_is_off_and_its_login_links_to_the_allauth_reset(site_tree, client):
    assert client.get("/admin/password_reset/").status_code == 404
    html = client.get(reverse("wagtailadmin_login")).content.decode()
    assert reverse("account_reset_password") in html


@pytest.mark.django_db
def test_ten_reset_requests_send_at_most_three_mails(site_tree, editor, mailoutbox):
    """Ten requests from ten addresses for one account: the inbox gets at most three mails."""
    for n in range(10):
        Client(REMOTE_ADDR=f"10.0.0.{n + 1}").post(
            reverse("account_reset_password"), {"email": "editor@example.id"}
        )
    for n in range(10):
        Client(REMOTE_ADDR=f"10.0.1.{n + 1}").post(
            "/admin/password_reset/", {"email": "editor@example.id"}
        )
    assert len([m for m in mailoutbox if "editor@example.id" in m.to]) == 3
