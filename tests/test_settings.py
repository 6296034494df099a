import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_check(**env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    environment.update(env, DJANGO_SETTINGS_MODULE="elearn.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_check(ALLOWED_HOSTS="contoh.id")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_check(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_sqlite_runs_in_wal_mode_with_immediate_transactions(settings):
    from elearn.settings.base import SQLITE_OPTIONS

    assert SQLITE_OPTIONS["transaction_mode"] == "IMMEDIATE"
    assert SQLITE_OPTIONS["timeout"] >= 20
    assert "journal_mode=WAL" in SQLITE_OPTIONS["init_command"]
    assert settings.LANGUAGE_CODE == "id" and settings.TIME_ZONE == "Asia/Jakarta"


def test_the_sqlite_file_database_really_uses_wal(transactional_db):
    from django.db import connection

    if connection.vendor != "sqlite":
        return  # PostgreSQL run: nothing to check here
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
