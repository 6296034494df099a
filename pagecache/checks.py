"""Start-up checks of the serving infrastructure: settings that would lose data or serve stale
pages under several workers are refused, not merely warned about."""

from django.conf import settings
from django.core.checks import Error, register

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)
TAG = "waspada"


@register(TAG)
def shared_cache(app_configs, **kwargs):
    """Several workers must see one cache: an editor's unpublish, a rate-limit count."""
    if not getattr(settings, "REQUIRE_SHARED_CACHE", False):
        return []
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PER_PROCESS_CACHES:
        return [
            Error(
                f"The default cache ({backend}) lives in one process.",
                hint="Set REDIS_URL, or use django.core.cache.backends.db.DatabaseCache.",
                id="waspada.E001",
            )
        ]
    return []


@register(TAG, "database")
def sqlite_safety(app_configs, **kwargs):
    """SQLite without WAL, IMMEDIATE and a busy timeout fails concurrent writes."""
    errors = []
    for alias, config in settings.DATABASES.items():
        if not config["ENGINE"].endswith("sqlite3"):
            continue
        options = config.get("OPTIONS", {})
        init = options.get("init_command", "")
        if (
            options.get("transaction_mode") != "IMMEDIATE"
            or "journal_mode=WAL" not in init
            or "busy_timeout" not in init
        ):
            errors.append(
                Error(
                    f"SQLite database '{alias}' lacks WAL, IMMEDIATE transactions or a busy "
                    "timeout.",
                    hint="Build DATABASES with elearn.settings.base.database_from_env().",
                    id="waspada.E002",
                )
            )
    return errors
