"""`/sehat/`: is this app server fit to take requests? For load balancers and monitoring.

Answers `{"status": "ok"}` (200) when the database answers, the shared cache can be written and
read back, and every migration of this code is applied; otherwise 503 with the name of each
check and whether it passed, nothing else: no versions, hosts, settings or error texts (those
go to the server's log). Never cached, and it touches neither the session nor the CSRF token,
so it sets no cookie.
"""

import logging
import secrets

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

OK, FAILED, SKIPPED = "ok", "failed", "skipped"

# Once this process has seen every migration of its code applied, that stays true (new
# migrations arrive only with new code, i.e. a new process), so the migration graph, which is
# read from disk, is loaded once per process rather than on every probe.
_migrations_applied = False


def check_database():
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def check_cache():
    key = f"sehat:{secrets.token_hex(8)}"
    value = secrets.token_hex(8)
    cache.set(key, value, timeout=30)
    try:
        return cache.get(key) == value
    finally:
        cache.delete(key)


def check_migrations():
    global _migrations_applied
    if not _migrations_applied:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        _migrations_applied = not executor.migration_plan(executor.loader.graph.leaf_nodes())
    return _migrations_applied


CHECKS = {"database": check_database, "cache": check_cache, "migrations": check_migrations}


def _run(name, check):
    try:
        return OK if check() else FAILED
    except Exception:
        # Whatever broke (a refused connection, a timeout): logged here, never shown.
        logger.exception("health check %s failed", name)
        return FAILED


@never_cache
@require_safe
def health(request):
    results = {}
    for name, check in CHECKS.items():
        if name == "migrations" and results["database"] != OK:
            results[name] = SKIPPED
        else:
            results[name] = _run(name, check)
    if all(result == OK for result in results.values()):
        return JsonResponse({"status": "ok"})
    return JsonResponse({"status": "error", "checks": results}, status=503)


# Included from elearn/urls.py as "sehat/".
urlpatterns = [path("", health, name="health")]
