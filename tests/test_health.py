"""/sehat/: the probe load balancers and monitoring ask before sending an app server traffic."""

import json
from unittest import mock

import django
import pytest
import wagtail
from django.db import DatabaseError

from elearn import health

URL = "/sehat/"


@pytest.fixture(autouse=True)
def _fresh_migration_memo(monkeypatch):
    monkeypatch.setattr(health, "_migrations_applied", False)


def _cache(**behaviour):
    """A stand-in for the health check's cache only: each named method raises the exception
    given, or returns the value given. (The site's middleware keeps the real cache.)"""
    stand_in = mock.Mock()
    for name, outcome in behaviour.items():
        if isinstance(outcome, BaseException):
            getattr(stand_in, name).side_effect = outcome
        else:
            getattr(stand_in, name).return_value = outcome
    return stand_in


def _body(response):
    return json.loads(response.content)


@pytest.mark.django_db
def test_ok_when_database_cache_and_migrations_are_fine(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert _body(response) == {"status": "ok"}


@pytest.mark.django_db
def test_never_cached_and_sets_no_cookie(client):
    response = client.get(URL)
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert "Set-Cookie" not in response.serialize_headers().decode()


@pytest.mark.django_db
def test_no_versions_or_settings_in_any_answer(client):
    versions = {django.get_version(), wagtail.__version__}
    ok = client.get(URL).content.decode()
    with mock.patch.object(health, "cache", _cache(get=ConnectionError("redis://geheim:6379"))):
        failed = client.get(URL).content.decode()
    for text in (ok, failed):
        for secret in (*versions, "geheim", "6379", "Django", "Wagtail", "sqlite", "redis"):
            assert secret.lower() not in text.lower()


@pytest.mark.django_db
def test_a_failing_cache_gives_503_naming_the_cache(client):
    with mock.patch.object(health, "cache", _cache(set=ConnectionError("refused"))):
        response = client.get(URL)
    assert response.status_code == 503
    assert _body(response) == {
        "status": "error",
        "checks": {"database": "ok", "cache": "failed", "migrations": "ok"},
    }
    assert not response.cookies


@pytest.mark.django_db
def test_a_cache_that_loses_what_was_written_fails(client):
    with mock.patch.object(health, "cache", _cache(get=None)):
        response = client.get(URL)
    assert response.status_code == 503
    assert _body(response)["checks"]["cache"] == "failed"


@pytest.mark.django_db
def test_an_unreachable_database_gives_503_naming_the_database(client, monkeypatch):
    def refuse():
        raise DatabaseError("could not connect to server at 10.0.0.5")

    monkeypatch.setitem(health.CHECKS, "database", refuse)
    response = client.get(URL)
    assert response.status_code == 503
    body = _body(response)
    assert body["checks"]["database"] == "failed"
    # Without a database the migration state cannot be read: said so, not guessed.
    assert body["checks"]["migrations"] == "skipped"
    assert "10.0.0.5" not in response.content.decode()


@pytest.mark.django_db
def test_the_real_database_check_fails_when_the_cursor_fails(client):
    with mock.patch.object(health.connections["default"], "cursor", side_effect=DatabaseError):
        assert health._run("database", health.check_database) == health.FAILED


@pytest.mark.django_db
def test_unapplied_migrations_give_503(client):
    plan = [(mock.Mock(), False)]
    with mock.patch.object(health.MigrationExecutor, "migration_plan", return_value=plan):
        response = client.get(URL)
    assert response.status_code == 503
    assert _body(response)["checks"] == {"database": "ok", "cache": "ok", "migrations": "failed"}


@pytest.mark.django_db
def test_only_safe_methods(client):
    assert client.post(URL).status_code == 405
    assert client.head(URL).status_code == 200


@pytest.mark.django_db
def test_a_dead_cache_everywhere_still_gives_the_503_not_a_500(client):
    """With Redis down, every cache call fails, the page cache's included: /sehat/ must still
    answer with its JSON (the page cache skips it), so the operator sees which check failed."""
    from pagecache import generation, middleware

    dead = _cache(
        get=ConnectionError("refused"),
        set=ConnectionError("refused"),
        add=ConnectionError("refused"),
        get_many=ConnectionError("refused"),
    )
    with (
        mock.patch.object(health, "cache", dead),
        mock.patch.object(generation, "cache", dead),
        mock.patch.object(middleware, "cache", dead),
    ):
        response = client.get(URL)
    assert response.status_code == 503
    assert _body(response)["checks"]["cache"] == "failed"
