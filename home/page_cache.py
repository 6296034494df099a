"""A shared page cache, aware of Wagtail publishing, that also serves logged-in learners.

Anonymous visitors all see the same page, so it is rendered once and then served from the cache
without routing or querying. Every publish, unpublish, move or delete, and every change to the
hotline directory, site settings or images, raises a generation number that is part of every key,
so nothing stale is served after an editor's change (and no key needs to be listed to be purged).

A response is stored only if nothing in it can belong to one visitor: it was rendered for an
anonymous request without guest progress, page passwords or pending messages, the page opted in,
and rendering it neither used a CSRF token nor set a cookie.

A logged-in learner gets the same cached page with its personal slots (home/personal.py)
rendered for them. When the page is not cached yet, it is first rendered as a guest would see it,
in a request that carries none of the learner's cookies, and stored.
"""

import time

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from wagtail.models import PageViewRestriction

from . import personal

GENERATION_KEY = "pagecache:generation"
TIMEOUT = 60 * 60
GUEST_PROGRESS_SESSION_KEY = "guest_completed_lessons"
SKIP_PREFIXES = ("/admin/", "/akun/", "/static/", "/media/", "/kemajuan/", "/dokumen/", "/kuis/")


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, int(time.time() * 1000), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_generation(**kwargs):
    """Invalidate every cached page and content fragment (signal receiver)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, int(time.time() * 1000), None)


def _key(request, generation):
    return f"pagecache:{generation}:{request.get_host()}:{request.path}"


def _has_guest_state(request):
    if request.COOKIES.get("messages"):
        return True
    session = getattr(request, "session", None)
    if session is None:
        return False
    # A guest who typed a page password sees a page others may not: never share it.
    return bool(
        session.get(GUEST_PROGRESS_SESSION_KEY)
        or session.get(PageViewRestriction.passed_view_restrictions_session_key)
    )


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and not request.path.startswith(SKIP_PREFIXES)
    )


def _storable(request, response):
    return (
        response.status_code == 200
        and getattr(request, "anonymous_page_cacheable", False)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not response.cookies
        and not response.streaming
    )


def _entry(request, response):
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    headers = {
        name: value
        for name, value in response.items()
        if name.lower() in ("content-type", "content-language")
    }
    meta = getattr(request, "personal_meta", None)
    return {"content": response.content, "headers": headers, "meta": meta}


def attach_cached_site(request):
    from .routing import attach_cached_site as attach

    attach(request)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(SKIP_PREFIXES):
            attach_cached_site(request)
        if not _cacheable_request(request) or _has_guest_state(request):
            return self.get_response(request)
        key = _key(request, current_generation())
        if request.user.is_authenticated:
            return self._serve_learner(request, key)
        entry = cache.get(key)
        if entry is not None:
            response = HttpResponse(entry["content"], headers=entry["headers"])
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _storable(request, response):
            cache.set(key, _entry(request, response), TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response

    def _serve_learner(self, request, key):
        entry = cache.get(key)
        if entry is None:
            entry = self._render_as_guest(request, key)
        if entry is None or entry["meta"] is None:
            return self.get_response(request)
        html = personal.fill(entry["content"].decode(), request, entry["meta"])
        response = HttpResponse(html, headers=entry["headers"])
        response["Cache-Control"] = "private, no-cache"
        response["X-Page-Cache"] = "personal"
        patch_vary_headers(response, ("Cookie",))
        return response

    def _render_as_guest(self, request, key):
        environ = {k: v for k, v in request.META.items() if k != "HTTP_COOKIE"}
        guest = WSGIRequest(environ)
        guest.user = AnonymousUser()
        guest.session = _EmptySession()
        if hasattr(request, "_wagtail_site"):
            guest._wagtail_site = request._wagtail_site
        response = self.get_response(guest)
        if not _storable(guest, response):
            return None
        entry = _entry(guest, response)
        cache.set(key, entry, TIMEOUT)
        return entry


class _EmptySession(dict):
    """The session of a guest rendering: empty, and never saved."""

    session_key = None
    modified = False
    accessed = False

    def is_empty(self):
        return True

    def cycle_key(self):
        pass


class AnonymousCacheablePage:
    """Mixin for Page types whose guest rendering may be shared by all visitors.

    `personal_meta()` names what the personal slots of this page need to be re-rendered for a
    learner (ids and paths, never content); the base version has none.
    """

    def personal_meta(self):
        return {"page_id": self.pk, "page_path": self.path}

    def serve(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            response = super().serve(request, *args, **kwargs)
            # Shows this learner's own progress: never for a shared cache.
            response["Cache-Control"] = "private, no-cache"
            return response
        # Wagtail's view-restriction hook has already run: a restricted page reaches this
        # point for a guest only after a page password, which _has_guest_state() looks for.
        request.anonymous_page_cacheable = True
        request.personal_meta = self.personal_meta()
        return super().serve(request, *args, **kwargs)
