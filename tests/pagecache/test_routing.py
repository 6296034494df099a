"""The cached routing (pagecache/routing.py) leans on Wagtail internals: these tests fail if an
upgrade changes them under it."""

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from pagecache.routing import attach_cached_site, find_live_page


def components(page):
    return [part for part in page.url.split("/") if part]


@pytest.mark.django_db
def test_the_attached_site_is_the_one_wagtail_finds(site_tree):
    first = RequestFactory().get("/")
    attach_cached_site(first)  # looks it up and stores it
    second = RequestFactory().get("/")
    attach_cached_site(second)  # from the shared cache

    assert second._wagtail_site == Site.find_for_request(RequestFactory().get("/"))
    assert second._wagtail_site == site_tree["site"]


@pytest.mark.django_db
def test_wagtail_uses_the_attached_site_without_a_query(site_tree):
    """Fails if Wagtail stops reading request._wagtail_site (its per-request Site cache)."""
    attach_cached_site(RequestFactory().get("/"))
    request = RequestFactory().get("/")
    attach_cached_site(request)
    with CaptureQueriesContext(connection) as queries:
        site = Site.find_for_request(request)
    assert site is request._wagtail_site
    assert len(queries) == 0


@pytest.mark.django_db
def test_the_cached_route_finds_the_page_wagtail_finds(site_tree):
    home = site_tree["home"]
    pages = [site_tree["index"], site_tree["course"], *site_tree["lessons"], site_tree["help"]]
    for page in pages:
        request = RequestFactory().get(page.url)
        wagtails = Page.route(home, request, components(page)).page
        cached = find_live_page(page.url_path)
        assert (type(cached), cached.pk) == (type(wagtails.specific), wagtails.pk), page.url


@pytest.mark.django_db
def test_the_cached_route_of_a_lesson_costs_one_query(site_tree):
    home, lesson = site_tree["home"], site_tree["lessons"][0]
    request = RequestFactory().get(lesson.url)
    home.route(request, components(lesson))  # fills the route cache
    with CaptureQueriesContext(connection) as cached:
        result = home.route(request, components(lesson))
    with CaptureQueriesContext(connection) as wagtails:
        Page.route(home, request, components(lesson))
    assert result.page == lesson
    assert len(cached) == 1 < len(wagtails)


@pytest.mark.django_db
def test_unknown_and_unpublished_paths_are_still_not_found(site_tree):
    lesson = site_tree["lessons"][1]
    lesson.unpublish()
    assert Client().get(lesson.url).status_code == 404
    assert Client().get("/kursus/tidak-ada/").status_code == 404
