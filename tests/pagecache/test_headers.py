"""A page from the cache carries exactly the security headers of a freshly rendered one."""

import pytest
from django.test import Client

from tests.factories import add_quiz

SECURITY_HEADERS = (
    "Content-Security-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Strict-Transport-Security",
)
GROUPS = ("home", "course_index", "course", "lesson", "quiz")


@pytest.fixture
def urls(site_tree):
    quiz = add_quiz(site_tree["course"], kind="practice", questions=2)
    return {
        "home": site_tree["home"].url,
        "course_index": site_tree["index"].url,
        "course": site_tree["course"].url,
        "lesson": site_tree["lessons"][0].url,
        "quiz": quiz.url,
    }


@pytest.fixture(autouse=True)
def _hsts(settings):
    # Off in the test settings; on here so that every SecurityMiddleware header is compared.
    settings.SECURE_HSTS_SECONDS = 3600


def security_headers(response):
    return {name: response.get(name) for name in SECURITY_HEADERS}


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


# A learner's quiz page holds their attempts: it is rendered in full, never from the cache.
EXPECTED_FOR_LEARNER = {"quiz": None}


@pytest.mark.django_db
@pytest.mark.parametrize("group", GROUPS)
def test_miss_hit_and_personal_pages_have_the_same_security_headers(urls, learner, group):
    url = urls[group]
    miss = Client().get(url, secure=True)
    hit = Client().get(url, secure=True)
    personal = logged_in(learner).get(url, secure=True)

    assert miss["X-Page-Cache"] == "miss"
    assert hit["X-Page-Cache"] == "hit"
    assert personal.get("X-Page-Cache") == EXPECTED_FOR_LEARNER.get(group, "personal")
    fresh = security_headers(miss)
    assert all(fresh.values()), fresh
    assert security_headers(hit) == fresh
    assert security_headers(personal) == fresh


@pytest.mark.django_db
@pytest.mark.parametrize("group", GROUPS)
def test_a_learner_first_on_a_page_gets_the_same_security_headers(urls, learner, group):
    """The learner's visit renders and stores the guest copy itself (a separate path)."""
    url = urls[group]
    personal = logged_in(learner).get(url, secure=True)
    hit = Client().get(url, secure=True)
    full = Client().get(url + "?penuh=1", secure=True)  # a query string skips the cache

    assert hit["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in full
    fresh = security_headers(full)
    assert all(fresh.values()), fresh
    assert security_headers(personal) == fresh
    assert security_headers(hit) == fresh
