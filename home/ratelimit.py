"""A small fixed-window rate limit in the shared cache (works across app servers with Redis)."""

import time

from allauth.account.adapter import get_adapter
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, PermissionDenied


def client_address(request):
    """The visitor's address, for every limit (and django-axes): allauth's rule, so that behind
    a proxy (ALLAUTH_TRUSTED_PROXY_COUNT) each participant counts, not the proxy."""
    try:
        return get_adapter(request).get_client_ip(request)
    except (ImproperlyConfigured, PermissionDenied):
        # A forged or short X-Forwarded-For: fall back to the connection's own address.
        return request.META.get("REMOTE_ADDR", "")


def allow(request, *, scope, limit, period=60, key=""):
    """Count one hit; False once `limit` hits were made in the current `period` seconds."""
    window = int(time.time() // period)
    cache_key = f"ratelimit:{scope}:{client_address(request)}:{key}:{window}"
    cache.add(cache_key, 0, period + 5)
    try:
        hits = cache.incr(cache_key)
    except ValueError:
        cache.set(cache_key, 1, period + 5)
        hits = 1
    return hits <= limit
