"""The hotline directory and site settings appear on every page: changing them purges the cache."""

from pagecache.generation import invalidate_on_change

from .models import Hotline, SiteSettings

invalidate_on_change(Hotline, SiteSettings)
