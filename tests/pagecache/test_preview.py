"""An editor's preview shows the draft, never the cached live page, and is never stored.

Wagtail renders a preview through the whole middleware chain at the page's public URL, so both
the page cache and the {% wagtailpagecache %} fragment of the lesson body must stay out of it.
"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.factories import UserFactory, lesson_body

LIVE_TEXT = "Isi pelajaran 1."
DRAFT_TEXT = "Isi pelajaran 99."


@pytest.fixture
def lesson(site_tree):
    return site_tree["lessons"][0]


@pytest.fixture
def editor_client(db):
    client = Client()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def save_draft(lesson):
    """A new revision with another body; the live page is left as it was."""
    lesson.body = lesson_body(99)
    return lesson.save_revision()


def assert_live_page_unchanged(url, expected_cache):
    response = Client().get(url)
    html = response.content.decode()
    assert response["X-Page-Cache"] == expected_cache
    assert LIVE_TEXT in html and DRAFT_TEXT not in html


@pytest.mark.django_db
def test_a_preview_shows_the_draft_while_the_live_page_is_cached(lesson):
    Client().get(lesson.url)  # the live page and its body fragment are now cached
    revision = save_draft(lesson)

    preview = revision.as_object().make_preview_request()
    html = preview.content.decode()

    assert preview.status_code == 200
    assert "X-Page-Cache" not in preview
    assert DRAFT_TEXT in html and LIVE_TEXT not in html
    assert_live_page_unchanged(lesson.url, "hit")


@pytest.mark.django_db
def test_a_preview_is_never_stored(lesson):
    revision = save_draft(lesson)
    revision.as_object().make_preview_request()
    revision.as_object().make_preview_request()
    assert_live_page_unchanged(lesson.url, "miss")


@pytest.mark.django_db
def test_publishing_the_draft_shows_the_new_body_on_the_public_page(lesson):
    Client().get(lesson.url)
    revision = save_draft(lesson)
    assert_live_page_unchanged(lesson.url, "hit")

    revision.publish()

    html = Client().get(lesson.url).content.decode()
    assert DRAFT_TEXT in html and LIVE_TEXT not in html


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["view_draft", "revisions_view"])
def test_the_admins_draft_views_show_the_draft(lesson, editor_client, view):
    """The editor is logged in: their preview must not get the learners' personal copy."""
    Client().get(lesson.url)
    revision = save_draft(lesson)
    args = [lesson.pk] if view == "view_draft" else [lesson.pk, revision.pk]

    response = editor_client.get(reverse(f"wagtailadmin_pages:{view}", args=args))
    html = response.content.decode()

    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert DRAFT_TEXT in html and LIVE_TEXT not in html
    assert_live_page_unchanged(lesson.url, "hit")


@pytest.mark.django_db
def test_the_live_preview_panel_shows_the_unsaved_edit(lesson, editor_client):
    Client().get(lesson.url)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "estimated_minutes": "5",
            "body": streamfield([("paragraph", rich_text(f"<p>{DRAFT_TEXT}</p>"))]),
        }
    )

    posted = editor_client.post(url, data)
    response = editor_client.get(url)
    html = response.content.decode()

    assert posted.json()["is_valid"], posted.json()
    assert "X-Page-Cache" not in response
    assert DRAFT_TEXT in html and LIVE_TEXT not in html
    assert_live_page_unchanged(lesson.url, "hit")
