"""A shared page cache, aware of Wagtail publishing, that also serves logged-in learners.

Anonymous visitors all see the same page, so it is rendered once and then served from the cache
without routing or querying. Every key carries the content generation (generation.py), so
nothing stale is served after an editor's change.

A response is stored only if nothing in it can belong to one visitor: it was rendered for an
anonymous request without private session state, page passwords or pending messages, the page
opted in (mixins.AnonymousCacheablePage), and rendering it neither used a CSRF token nor set a
cookie.

A logged-in learner gets the same cached page with its personal slots (personal.py) rendered
for them. When the page is not cached yet, it is first rendered as a guest would see it, in a
request that carries none of the learner's cookies, and stored.
"""

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from wagtail.models import PageViewRestriction

from . import personal
from .generation import current_generation
from .routing import attach_cached_site

TIMEOUT = 60 * 60
SKIP_PREFIXES = ("/admin/", "/akun/", "/static/", "/media/", "/kemajuan/", "/dokumen/", "/kuis/")
_private_session_keys = {PageViewRestriction.passed_view_restrictions_session_key}


def register_private_session_key(key):
    """A session key whose presence makes a guest's pages their own (e.g. guest progress)."""
    _private_session_keys.add(key)


def _key(request, generation):
    return f"pagecache:{generation}:{request.get_host()}:{request.path}"


def _has_guest_state(request):
    if request.COOKIES.get("messages"):
        return True
    session = getattr(request, "session", None)
    if session is None:
        return False
    # A guest with progress of their own, or who typed a page password, sees a page others
    # may not: never share it.
    return any(session.get(key) for key in _private_session_keys)


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
