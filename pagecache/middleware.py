"""A shared page cache, aware of Wagtail publishing, that also serves logged-in learners.

Anonymous visitors all see the same page, so it is rendered once and then served from the cache
without routing or querying. Every key carries the content generation (generation.py), so
nothing stale is served after an editor's change.

A response is stored only if nothing in it can belong to one visitor: it was rendered for an
anonymous request without private session state, page passwords or pending messages, the page
opted in (mixins.AnonymousCacheablePage), and rendering it neither used a CSRF token, set a
cookie, wrote to the session nor added a message. The view keeps the last word, as in
wagtail-cache: a response it marks `Cache-Control: private`, `no-cache`, `no-store` or
`max-age=0`, or `Vary: Cookie`, is never stored, nor a streaming or non-200 one.

Previews take no part: Wagtail renders a draft through the whole middleware chain at the page's
public URL (`make_preview_request`, from the admin's preview panel, "view draft" and revision
views), so without a check an editor would be served the cached live page, or the draft could be
stored for everyone.

A logged-in learner gets the same cached page with its personal slots (personal.py) rendered
for them. When the page is not cached yet, it is first rendered as a guest would see it, in a
request that carries none of the learner's cookies, and stored.

Its place in MIDDLEWARE is the last but django-axes (see the comment there): every other
middleware has then handled the request, and handles a cached response on the way out exactly as
a fresh one, so security headers (CSP, X-Frame-Options, HSTS, nosniff, referrer and opener
policies), Vary and cookies are the same on a hit, a personal page and a miss.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import get_messages
from django.contrib.messages.storage import default_storage
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_max_age, has_vary_header, patch_vary_headers
from wagtail.models import PageViewRestriction

from . import personal
from .generation import current_generation
from .routing import attach_cached_site

TIMEOUT = 60 * 60
SKIP_PREFIXES = (
    "/admin/",
    "/akun/",
    "/sehat/",
    "/static/",
    "/media/",
    "/kemajuan/",
    "/dokumen/",
    "/kuis/",
)
UNSHARED_DIRECTIVES = {"private", "no-cache", "no-store"}
_private_session_keys = {PageViewRestriction.passed_view_restrictions_session_key}


def register_private_session_key(key):
    """A session key whose presence makes a guest's pages their own (e.g. guest progress)."""
    _private_session_keys.add(key)


def _key(request, generation):
    return f"pagecache:{generation}:{request.get_host()}:{request.path}"


def _is_preview(request):
    # `is_dummy` is set by make_preview_request before the middleware chain runs; `is_preview`
    # only once the preview view is reached, so both are needed: one to skip the lookup, the
    # other to refuse the store.
    return getattr(request, "is_dummy", False) or getattr(request, "is_preview", False)


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
        and not _is_preview(request)
    )


def _cache_control_directives(response):
    header = response.get("Cache-Control", "")
    return {part.split("=", 1)[0].strip().lower() for part in cc_delim_re.split(header) if part}


def _shareable_response(response):
    """The view allows a shared cache to keep this response (the rules of wagtail-cache)."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not UNSHARED_DIRECTIVES & _cache_control_directives(response)
        and get_max_age(response) != 0
        # Seen from here, below the session middleware, a Vary: Cookie comes from the view.
        and not has_vary_header(response, "Cookie")
        and not has_vary_header(response, "*")
    )


def _storable(request, response):
    session = getattr(request, "session", None)
    return (
        getattr(request, "anonymous_page_cacheable", False)
        and not _is_preview(request)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(session, "modified", False)
        # A message added while rendering is shown on this page, or set as a cookie for the next.
        and not len(get_messages(request))
        and _shareable_response(response)
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
        if not _cacheable_request(request) or _has_guest_state(request):
            return self._render(request)
        key = _key(request, current_generation())
        if request.user.is_authenticated:
            return self._serve_learner(request, key)
        entry = cache.get(key)
        if entry is not None:
            response = HttpResponse(entry["content"], headers=entry["headers"])
            response["X-Page-Cache"] = "hit"
            return response
        response = self._render(request)
        if _storable(request, response):
            cache.set(key, _entry(request, response), TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response

    def _render(self, request):
        # Only a request that goes on to Wagtail needs its Site: a hit never looks it up.
        if not request.path.startswith(SKIP_PREFIXES) and not _is_preview(request):
            attach_cached_site(request)
        return self.get_response(request)

    def _serve_learner(self, request, key):
        entry = cache.get(key)
        if entry is None:
            entry = self._render_as_guest(request, key)
        if entry is None or entry["meta"] is None:
            return self._render(request)
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
        # The message middleware has run for the learner's request only; a view that adds a
        # message must not fail for the guest (and _storable() then refuses the page).
        guest._messages = default_storage(guest)
        response = self._render(guest)
        if not _storable(guest, response):
            return None
        entry = _entry(guest, response)
        cache.set(key, entry, TIMEOUT)
        return entry


class _EmptySession(dict):
    """The session of a guest rendering: empty and never saved; a write makes it `modified`,
    so that a page which wrote to it is not stored."""

    session_key = None
    modified = False
    accessed = False

    def __setitem__(self, key, value):
        self.modified = True
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self.modified = True
        super().__delitem__(key)

    def pop(self, key, *default):
        self.modified = self.modified or key in self
        return super().pop(key, *default)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def is_empty(self):
        return True

    def cycle_key(self):
        pass
