"""The Content-Security-Policy per URL group: strict on every public page, Wagtail's needs
scoped to /admin/ (issue 9, point 3)."""

import re

import pytest
from django.test import Client

from tests.factories import UserFactory, add_quiz


def directives(response):
    header = response["Content-Security-Policy"]
    return {
        name: set(values)
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def public_urls(tree, quiz):
    return {
        "home": "/",
        "course index": tree["course"].get_parent().url,
        "course": tree["course"].url,
        "lesson": tree["lessons"][0].url,
        "quiz": quiz.url,
        "sign-up": "/akun/daftar/",
        "log-in": "/akun/masuk/",
        "certificate check": "/sertifikat/",
        "not found": "/tidak-ada-halaman-ini/",
    }


@pytest.mark.django_db
@pytest.mark.parametrize("visitor", ["guest", "learner"])
def test_public_pages_allow_no_inline_code_and_no_framing(site_tree, visitor):
    quiz = add_quiz(site_tree["course"])
    client = Client()
    if visitor == "learner":
        client.force_login(UserFactory())
    for group, url in public_urls(site_tree, quiz).items():
        for attempt in ("first", "second"):  # the second may come from the page cache
            response = client.get(url)
            policy = directives(response)
            assert policy["script-src"] == {"'self'"}, (group, attempt)
            assert policy["style-src"] == {"'self'"}, (group, attempt)
            assert policy["frame-ancestors"] == {"'none'"}, (group, attempt)
            assert policy["object-src"] == {"'none'"}, (group, attempt)
            assert response["X-Frame-Options"] == "DENY", (group, attempt)
            html = response.content.decode()
            # What the policy forbids must not be on the page either.
            assert not re.search(r"<script(?![^>]*\bsrc=)", html), (group, "inline script")
            assert "<style" not in html and " style=" not in html, (group, "inline style")
            assert not re.search(r"\son[a-z]+=", html), (group, "inline handler")


@pytest.mark.django_db
def test_the_admin_keeps_what_wagtail_needs_and_frames_its_own_preview(site_tree):
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    for url in ("/admin/", "/admin/login/", f"/admin/pages/{site_tree['lessons'][0].pk}/edit/"):
        response = client.get(url)
        policy = directives(response)
        assert "'unsafe-inline'" in policy["script-src"], url
        assert "'self'" in policy["frame-src"], url
        assert policy["frame-ancestors"] == {"'self'"}, url
        assert response["X-Frame-Options"] == "SAMEORIGIN", url
