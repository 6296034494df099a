"""A shared page cache for anonymous visitors, aware of Wagtail publishing.

Anonymous visitors all see the same page, so it is rendered once and then served from the cache
without routing or querying. Every publish, unpublish, move or delete, and every change to the
hotline directory or site settings, raises a generation number that is part of every key, so
nothing stale is served after an editor's change (and no key needs to be listed to be purged).

A response is stored only if nothing in it can belong to one visitor: the visitor is not logged
in and has no guest progress or pending messages, the page opted in, and rendering it neither
used a CSRF token nor set a cookie.
"""

import time

from django.core.cache import cache
from django.http import HttpResponse
from wagtail.models import PageViewRestriction

GENERATION_KEY = "pagecache:generation"
TIMEOUT = 60 * 60
GUEST_PROGRESS_SESSION_KEY = "guest_completed_lessons"
SKIP_PREFIXES = ("/admin/", "/akun/", "/static/", "/media/", "/kemajuan/", "/django-admin/")


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


def _is_personal(request):
    if request.user.is_authenticated:
        return True
    if "messages" in request.COOKIES:
        return True
    session = getattr(request, "session", None)
    if session is None:
        return False
    # A guest who typed a page password sees a page others may not: never share it.
    return bool(
        session.get(GUEST_PROGRESS_SESSION_KEY)
        or session.get(PageViewRestriction.passed_view_restrictions_session_key)
    )


def _eligible(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and not request.path.startswith(SKIP_PREFIXES)
        and not _is_personal(request)
    )


def _storable(request, response):
    return (
        response.status_code == 200
        and getattr(request, "anonymous_page_cacheable", False)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not response.cookies
        and not response.streaming
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _eligible(request):
            return self.get_response(request)
        generation = current_generation()
        key = _key(request, generation)
        cached = cache.get(key)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _storable(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            headers = {
                name: value
                for name, value in response.items()
                if name.lower() in ("content-type", "content-language")
            }
            cache.set(key, (response.content, headers), TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response


class AnonymousCacheablePage:
    """Mixin for Page types whose anonymous rendering may be shared by all visitors."""

    def serve(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            response = super().serve(request, *args, **kwargs)
            # Shows this learner's own progress: never for a shared cache.
            response["Cache-Control"] = "private, no-cache"
            return response
        # Wagtail's view-restriction hook has already run: a restricted page reaches this
        # point for a guest only after a page password, which _is_personal() looks for.
        request.anonymous_page_cacheable = True
        return super().serve(request, *args, **kwargs)
