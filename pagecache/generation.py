"""The content generation: one number in the shared cache that is part of every cache key.

Raising it invalidates every cached page, route and fragment at once, on every app server, so
nothing needs to be listed to be purged.
"""

import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

GENERATION_KEY = "pagecache:generation"


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, int(time.time() * 1000), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_generation(**kwargs):
    """Invalidate every cached page and content fragment (also usable as a signal receiver)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, int(time.time() * 1000), None)


def invalidate_on_change(*models):
    """Saving or deleting any of these models (shown on cached pages) invalidates the cache."""
    for model in models:
        label = model._meta.label_lower
        post_save.connect(bump_generation, sender=model, dispatch_uid=f"pagecache_save_{label}")
        post_delete.connect(bump_generation, sender=model, dispatch_uid=f"pagecache_delete_{label}")
