"""What the view says about its response decides whether the shared cache may keep it."""

import pytest
from django.contrib import messages
from django.test import Client
from django.utils.cache import patch_vary_headers

from courses.models import LessonPage


def set_header(name, value):
    def mutate(request, response):
        response[name] = value

    return mutate


def set_status(request, response):
    response.status_code = 203


def vary_on_cookie(request, response):
    patch_vary_headers(response, ("Cookie",))


def add_message(request, response):
    messages.info(request, "Pesan untuk pengunjung ini saja.")


def write_session(request, response):
    request.session["dilihat"] = True


NOT_STORABLE = {
    "cache-control private": set_header("Cache-Control", "private"),
    "cache-control no-cache": set_header("Cache-Control", "no-cache"),
    "cache-control no-store": set_header("Cache-Control", "no-store"),
    "cache-control max-age=0": set_header("Cache-Control", "max-age=0"),
    "cache-control private among others": set_header("Cache-Control", "max-age=60, Private"),
    "vary cookie": vary_on_cookie,
    "non-200 status": set_status,
    "message added": add_message,
    "session written": write_session,
}


@pytest.fixture
def lesson_view_does(monkeypatch):
    """Make every rendering of a lesson page do something more to its response."""

    def install(mutate):
        original = LessonPage.serve

        def serve(self, request, *args, **kwargs):
            response = original(self, request, *args, **kwargs)
            mutate(request, response)
            return response

        monkeypatch.setattr(LessonPage, "serve", serve)

    return install


@pytest.mark.django_db
@pytest.mark.parametrize("mutate", NOT_STORABLE.values(), ids=NOT_STORABLE.keys())
def test_a_response_the_view_keeps_private_is_never_stored(site_tree, lesson_view_does, mutate):
    lesson_view_does(mutate)
    url = site_tree["lessons"][0].url
    assert "X-Page-Cache" not in Client().get(url)
    assert "X-Page-Cache" not in Client().get(url)


@pytest.mark.django_db
@pytest.mark.parametrize("mutate", NOT_STORABLE.values(), ids=NOT_STORABLE.keys())
def test_nor_stored_by_a_learners_visit(site_tree, lesson_view_does, learner_client, mutate):
    lesson_view_does(mutate)
    url = site_tree["lessons"][0].url
    assert learner_client.get(url).get("X-Page-Cache") is None  # rendered in full for them
    assert "X-Page-Cache" not in Client().get(url)


@pytest.mark.django_db
def test_a_response_that_allows_sharing_is_stored(site_tree, lesson_view_does):
    """The control: the same hook with a public Cache-Control leaves the page cacheable."""
    lesson_view_does(set_header("Cache-Control", "public, max-age=60"))
    url = site_tree["lessons"][0].url
    assert Client().get(url)["X-Page-Cache"] == "miss"
    assert Client().get(url)["X-Page-Cache"] == "hit"
