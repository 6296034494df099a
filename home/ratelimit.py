"""A small fixed-window rate limit in the shared cache (works across app servers with Redis)."""

import time

from django.core.cache import cache


def client_address(request):
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
