"""Password guessing is refused on every login path, per account and per address.

The table in the issue note comes from `test_lockout_attempt_per_path`: for each path, the
attempt at which the right password is first refused after wrong ones.
"""

import pytest
from django.conf import settings
from django.core.checks import Error
from django.test import Client, override_settings
from django.urls import reverse

from accounts.throttle import ADDRESS_ROOM
from elearn.settings.base import database_from_env
from pagecache import checks
from tests.factories import UserFactory

PASSWORD = "kata-sandi-rahasia-1"
SPRAY = settings.AXES_FAILURE_LIMIT * ADDRESS_ROOM


def allauth_login(client, login, password):
    return client.post(reverse("account_login"), {"login": login, "password": password})


def admin_login(client, login, password):
    return client.post(reverse("wagtailadmin_login"), {"username": login, "password": password})


def private_page_login(client, login, password):
    return client.post(reverse("wagtailcore_login"), {"username": login, "password": password})


PATHS = {"allauth": allauth_login, "admin": admin_login, "wagtail-private": private_page_login}


def logged_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.django_db
@pytest.mark.parametrize("path", PATHS)
def test_lockout_attempt_per_path(path, site_tree):
    """Five wrong passwords are allowed; from the sixth attempt on, even the right one is
    refused with the Indonesian lockout page."""
    UserFactory(username="ani", email="ani@example.id", is_staff=True)
    login = PATHS[path]
    client = Client()
    for _ in range(5):
        response = login(client, "ani", "tebakan")
        assert not logged_in(client)
    # The fifth wrong one already says so.
    assert response.status_code == 429
    response = login(client, "ani", PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)
    assert "Terlalu banyak percobaan masuk" in response.content.decode()
    assert "5 menit" in response.content.decode()


@pytest.mark.django_db
def test_wrong_passwords_on_different_paths_add_up(site_tree):
    UserFactory(username="ani", is_staff=True)
    client = Client()
    for login in (allauth_login, admin_login, private_page_login, allauth_login, admin_login):
        login(client, "ani", "tebakan")
    assert allauth_login(Client(), "ani", PASSWORD).status_code == 429


@pytest.mark.django_db
def test_email_and_username_in_any_case_are_one_account(site_tree):
    UserFactory(username="ani", email="ani@example.id")
    for login in ("ani", "ANI@example.id", "Ani", "ani@EXAMPLE.id", "  ani "):
        allauth_login(Client(), login, "tebakan")
    response = allauth_login(Client(), "ani@example.id", PASSWORD)
    assert response.status_code == 429


@pytest.mark.django_db
def test_other_accounts_are_not_locked_by_one_account(site_tree):
    UserFactory(username="ani")
    UserFactory(username="budi")
    for _ in range(6):
        allauth_login(Client(), "ani", "tebakan")
    client = Client()
    assert allauth_login(client, "budi", PASSWORD).status_code == 302
    assert logged_in(client)


@pytest.mark.django_db
def test_a_hall_of_60_behind_one_address_signs_in_even_with_typos(site_tree):
    """Sixty participants on the hall's Wi-Fi: each mistypes once, then gets in."""
    for n in range(60):
        UserFactory(username=f"peserta{n}")
    for n in range(60):
        client = Client(REMOTE_ADDR="10.9.9.9")
        allauth_login(client, f"peserta{n}", "salah-ketik")
        assert allauth_login(client, f"peserta{n}", PASSWORD).status_code == 302, n
        assert logged_in(client)


@pytest.mark.django_db
def test_one_address_guessing_many_accounts_is_stopped(site_tree):
    """Spraying one guess at many accounts from one address stops after 100 failures."""
    for n in range(SPRAY + 1):
        UserFactory(username=f"korban{n}")
    for n in range(SPRAY):
        allauth_login(Client(REMOTE_ADDR="10.6.6.6"), f"korban{n}", "tebakan")
    client = Client(REMOTE_ADDR="10.6.6.6")
    assert allauth_login(client, f"korban{SPRAY}", PASSWORD).status_code == 429
    # Another address is not affected.
    other = Client(REMOTE_ADDR="10.7.7.7")
    assert allauth_login(other, f"korban{SPRAY}", PASSWORD).status_code == 302


@pytest.mark.django_db
@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_each_participant_has_their_own_count(site_tree):
    """Behind Caddy every request comes from the proxy's address; the limit must key on the
    participant's address from X-Forwarded-For, or one hall would lock the whole city."""
    for n in range(SPRAY + 1):
        UserFactory(username=f"korban{n}")
    for n in range(SPRAY):
        allauth_login(
            Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.6.6.6"),
            f"korban{n}",
            "tebakan",
        )
    other = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.7.7.7")
    assert allauth_login(other, f"korban{SPRAY}", PASSWORD).status_code == 302
    same = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.6.6.6")
    assert allauth_login(same, f"korban{SPRAY}", PASSWORD).status_code == 429


@override_settings(
    REQUIRE_SHARED_CACHE=True,
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
)
def test_production_refuses_a_per_process_cache():
    errors = checks.shared_cache(None)
    assert [error.id for error in errors] == ["waspada.E001"]
    assert isinstance(errors[0], Error)


@override_settings(
    REQUIRE_SHARED_CACHE=True,
    CACHES={"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "t"}},
)
def test_production_accepts_the_database_cache():
    assert checks.shared_cache(None) == []


@pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")
def test_sqlite_named_by_url_keeps_its_safety_options(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:////tmp/waspada-hall.sqlite3")
    config = database_from_env()
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    with override_settings(DATABASES={"default": config}):
        assert checks.sqlite_safety(None) == []


@pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")
def test_sqlite_without_safety_options_fails_the_check():
    bare = {"ENGINE": "django.db.backends.sqlite3", "NAME": "/tmp/x.sqlite3", "OPTIONS": {}}
    with override_settings(DATABASES={"default": bare}):
        assert [error.id for error in checks.sqlite_safety(None)] == ["waspada.E002"]
