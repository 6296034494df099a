from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """The page cache, personal slots and cached routing; imports only Django and Wagtail."""

    name = "pagecache"
    verbose_name = "Cache halaman"

    def ready(self):
        from . import checks, signals  # noqa: F401 - start-up checks; invalidation on publish
