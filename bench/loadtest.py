"""`make loadtest`: 300 simulated learners, then a storm of quiz submissions, then the same storm
while gunicorn workers are killed; afterwards every write the clients were told succeeded is
looked up in the database.

    python -m bench.loadtest [--db sqlite|postgres]

Serves the site like bench/run.py (gunicorn, production settings, 2 sync workers, the demo
content) from a fresh database: SQLite in a temporary directory, or the PostgreSQL database
waspada_loadtest on 127.0.0.1:5432 (dropped and recreated) with Redis db 5 on 127.0.0.1:6379 as
the shared cache (only that db is flushed). The server runs from a copy of the working tree
(edits made meanwhile cannot reach a restarted worker). Learners come from bench/locustfile.py,
run with locust as a library in a separate process (locust patches the standard library for
gevent; the database checks run in `manage.py shell` processes of their own).

Phases:
  1 baca            300 learners, 5-15 s think time, LOADTEST_SECONDS (default 180): log in,
                    read lessons, "Tandai selesai", start and submit quizzes.
  2 badai           200 learners with an open attempt submit within a few seconds.
  3 badai + SIGKILL the same storm while one worker of our gunicorn master is killed 1 s in and
                    every 10 s; a failed submission is sent once more.

After each phase: confirmed writes missing from the database (lost), duplicated rows, and on
SQLite `PRAGMA integrity_check`. Server CPU is read from /proc (master and workers); the load
generator runs on the same cores. Results: a table per phase and bench-results/loadtest-<db>.json.
Traffic goes to 127.0.0.1 only. Exit status 1 when a write was lost or duplicated, the integrity
check failed or the server answered with a 5xx.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.run import ROOT, bench_env, free_port
from bench.server import wait_until_idle

LEARNERS = 300
STORM_LEARNERS = 200
STORM_SPREAD_SECONDS = 2.0  # the storm's submissions leave within this window
STORM_LIMIT_SECONDS = 10.0  # ... and must all be answered within this one
KILL_EVERY_SECONDS = 10.0
PASSWORD = "Sandi-pelajar-2026"  # noqa: S105 - a throwaway account on a throwaway database
POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/waspada_loadtest"
REDIS_URL = "redis://127.0.0.1:6379/5"

SETUP_LEARNERS = """
import json, os
from django.contrib.auth.hashers import check_password, identify_hasher, make_password
from accounts.models import User
from courses.models import CoursePage
count, password = int(os.environ["LOADTEST_LEARNERS"]), os.environ["LOADTEST_PASSWORD"]
# One hash for everyone, made once by the production hasher: 300 accounts in a second, and each
# login still costs the server what a real one does.
encoded = make_password(password)
assert check_password(password, encoded)
names = [f"pelajar{n:03d}" for n in range(count)]
User.objects.bulk_create(
    [User(username=name, full_name=f"Pelajar {name[7:]}", password=encoded) for name in names]
)
courses = [course.url for course in CoursePage.objects.live().order_by("path")]
hasher = identify_hasher(encoded)
print(json.dumps({
    "learners": names,
    "courses": courses,
    "hasher": f"{hasher.algorithm} ({encoded.split('$')[1]} iterations)",
}))
"""

PREPARE_STORM = """
import json, os
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from accounts.models import User
from quizzes.attempts import start_attempt
from quizzes.models import QuizAttempt, QuizPage
SessionStore = import_module(settings.SESSION_ENGINE).SessionStore
first, count = int(os.environ["LOADTEST_FIRST"]), int(os.environ["LOADTEST_COUNT"])
names = [f"pelajar{n:03d}" for n in range(first, first + count)]
quiz = QuizPage.objects.live().filter(kind="final").order_by("path").first()
users = {user.username: user for user in User.objects.filter(username__in=names)}
entries = []
for n, name in enumerate(names, start=first):
    user = users[name]
    # A logged-in phone: the session a real login would have made, without 200 password hashes.
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    attempt = start_attempt(user=user, quiz=quiz)
    entries.append({"index": n, "username": name, "sessionid": session.session_key,
                    "attempt": attempt.pk, "quiz": quiz.url})
rows = QuizAttempt.objects.filter(user__username__in=names, quiz=quiz).count()
print(json.dumps({"storm": entries, "quiz_id": quiz.pk, "rows_before": rows}))
"""

CHECK = """
import json, os
from django.db import connection
from django.db.models import Count
from courses.models import CoursePage, Enrolment, LessonCompletion
from quizzes.models import QuizAttempt
data = json.loads(open(os.environ["LOADTEST_CHECK"]).read())
def pairs(rows):
    return {tuple(row) for row in rows}
def duplicates(queryset, *fields):
    return queryset.values(*fields).annotate(n=Count("id")).filter(n__gt=1).count()
learners = {"user__username__startswith": "pelajar"}
out = {}
confirmed = pairs(data["completions"])
completions = LessonCompletion.objects.filter(**learners)
stored = pairs(completions.values_list("user__username", "lesson_id"))
out["completions"] = {
    "confirmed": len(confirmed), "in_db": len(stored),
    "lost": sorted(confirmed - stored)[:20], "lost_count": len(confirmed - stored),
    "unconfirmed_in_db": len(stored - confirmed),
    "duplicated": duplicates(LessonCompletion.objects.all(), "user", "lesson"),
}
attempts = QuizAttempt.objects.filter(**learners, submitted_at__isnull=False)
scope = data.get("scope") or {}
if scope.get("attempt_ids"):
    attempts = attempts.filter(pk__in=scope["attempt_ids"])
confirmed = pairs(data["submissions"])
stored = pairs(attempts.values_list("user__username", "id"))
out["submissions"] = {
    "confirmed": len(confirmed), "in_db": len(stored),
    "lost": sorted(confirmed - stored)[:20], "lost_count": len(confirmed - stored),
    "unconfirmed_in_db": len(stored - confirmed),
    "confirmed_twice": len(data["submissions"]) - len(confirmed),
    "duplicated": duplicates(QuizAttempt.objects.all(), "user", "quiz", "number"),
    "two_open": duplicates(QuizAttempt.objects.filter(submitted_at__isnull=True), "user", "quiz"),
}
if scope.get("attempt_ids"):
    rows = QuizAttempt.objects.filter(user__username__in=scope["users"], quiz_id=scope["quiz_id"])
    rows = rows.count()
    out["submissions"]["rows_added_by_storm"] = rows - scope["rows_before"]
course_ids = {course.url: course.pk for course in CoursePage.objects.live()}
confirmed = {(user, course_ids.get(url)) for user, url in data.get("enrolments", [])}
stored = pairs(Enrolment.objects.filter(**learners).values_list("user__username", "course_id"))
out["enrolments"] = {
    "confirmed": len(confirmed), "in_db": len(stored),
    "lost": sorted(confirmed - stored)[:20], "lost_count": len(confirmed - stored),
    "duplicated": duplicates(Enrolment.objects.all(), "user", "course"),
}
if connection.vendor == "sqlite":
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA integrity_check")
        out["integrity_check"] = ", ".join(row[0] for row in cursor.fetchall())
else:
    out["integrity_check"] = "n/a (" + connection.vendor + ")"
print(json.dumps(out))
"""


def snapshot(workdir):
    """A copy of the working tree to serve from: edits made while the test runs (a migration
    added, a model changed) cannot mix two versions of the code, e.g. in a restarted worker."""
    top = {".git", ".venv", "static", "media", "bench-results", "test-artifacts"}

    def ignore(directory, names):
        skip = {
            n for n in names if n in ("__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis")
        }
        if Path(directory) == ROOT:
            skip |= {n for n in names if n in top or n.startswith((".test-db", "db.sqlite3"))}
        return skip

    source = workdir / "site"
    shutil.copytree(ROOT, source, ignore=ignore, symlinks=True)
    return source


def site_dir(env):
    return Path(env["PYTHONPATH"])


def manage(env, *args, timeout=900):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=site_dir(env),
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def prepare(env):
    """bench/run.py's preparation: migrations, demo content, static files."""
    for args in (["migrate", "--noinput"], ["load_demo_content"], ["collectstatic", "--noinput"]):
        result = manage(env, *args)
        if result.returncode:
            sys.stderr.write(result.stdout + result.stderr)
            raise RuntimeError(f"manage.py {args[0]} failed")
    # Models the migrations do not match would make errors that are no fault of the site.
    return manage(env, "makemigrations", "--check", "--dry-run").returncode == 0


def shell(env, code, extra=None, timeout=600):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=site_dir(env),
        env=dict(env, **(extra or {})),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode:
        sys.stderr.write(result.stderr)
        raise RuntimeError("manage.py shell failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def loadtest_env(workdir, db, source):
    env = bench_env(workdir)
    env["PYTHONPATH"] = str(source)
    # Behind the proxy (Caddy) each phone has its own address in X-Forwarded-For, so the login
    # limits count learners, not the one loopback address the load generator has.
    env["ALLAUTH_TRUSTED_PROXY_COUNT"] = "1"
    if db == "postgres":
        env["DATABASE_URL"] = POSTGRES_URL
        env["REDIS_URL"] = REDIS_URL
    return env


def reset_postgres_and_redis():
    import psycopg
    import redis

    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS waspada_loadtest WITH (FORCE)")
        connection.execute("CREATE DATABASE waspada_loadtest")
    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()  # db 5 only
    client.close()


def start_gunicorn(env, port, log):
    """bench/run.py's server (2 sync workers), its output kept in a log file."""
    with open(log, "ab") as handle:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "elearn.wsgi:application",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            cwd=site_dir(env),
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/__batas__/", timeout=1)
            return process
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.2)
    stop(process)
    raise RuntimeError(f"gunicorn did not start; see {log}")


def stop(process):
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


def run_clients(phase, base, plan, master, workdir, seconds):
    # Requests an earlier phase left in the server's queue are served first, also when their
    # client has given up: start each phase on an idle server.
    drained = wait_until_idle(master)
    out = workdir / f"{phase}.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.locustfile",
            phase,
            "--host",
            base,
            "--plan",
            str(plan),
            "--out",
            str(out),
            "--master",
            str(master),
            "--seconds",
            str(seconds),
            "--kill-every",
            str(KILL_EVERY_SECONDS),
        ],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        check=True,
        timeout=seconds + 600,
    )
    outcome = json.loads(out.read_text())
    outcome["idle_wait_before_seconds"] = drained
    return outcome


def check(env, workdir, outcome, master, scope=None, earlier=None):
    """The database against the writes the clients were told succeeded (in this phase, plus
    the completions and enrolments of earlier ones: a storm makes none, but they must stay)."""
    wait_until_idle(master)  # nothing the clients gave up on may still change the database
    confirmed = dict(outcome["confirmed"])
    for kind in ("completions", "enrolments"):
        confirmed[kind] = confirmed[kind] + (earlier or {}).get(kind, [])
    path = workdir / "check.json"
    path.write_text(json.dumps({**confirmed, "scope": scope}))
    return shell(env, CHECK, {"LOADTEST_CHECK": str(path)})


def storm(env, workdir, plan, base, master, *, first, kill, earlier):
    prepared = shell(
        env, PREPARE_STORM, {"LOADTEST_FIRST": str(first), "LOADTEST_COUNT": str(STORM_LEARNERS)}
    )
    storm_plan = workdir / f"storm-{first}.json"
    storm_plan.write_text(
        json.dumps({**plan, "storm": prepared["storm"], "spread": STORM_SPREAD_SECONDS})
    )
    outcome = run_clients("badai-kill" if kill else "badai", base, storm_plan, master, workdir, 0)
    scope = {
        "attempt_ids": [entry["attempt"] for entry in prepared["storm"]],
        "users": [entry["username"] for entry in prepared["storm"]],
        "quiz_id": prepared["quiz_id"],
        "rows_before": prepared["rows_before"],
    }
    outcome["checks"] = check(env, workdir, outcome, master, scope, earlier)
    outcome["learners"] = len(prepared["storm"])
    return outcome


def server_errors(log):
    """Error lines of the server log, without gunicorn's notes on the workers we killed."""
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    keep = re.compile(r"Traceback|Internal Server Error|Error|error|CRITICAL|Exception")
    skip = re.compile(r"was sent SIGKILL|Booting worker|Worker exiting|Handling signal")
    return [line for line in lines if keep.search(line) and not skip.search(line)][:50]


def problems(phase):
    checks = phase["checks"]
    found = []
    for kind in ("completions", "submissions"):
        if checks[kind]["lost_count"]:
            found.append(f"{kind}: {checks[kind]['lost_count']} confirmed but not in the database")
        if checks[kind]["duplicated"]:
            found.append(f"{kind}: {checks[kind]['duplicated']} duplicated")
    if checks["submissions"]["two_open"]:
        found.append("submissions: a learner has two open attempts for one quiz")
    if checks["submissions"].get("rows_added_by_storm"):
        found.append("submissions: the storm created attempt rows")
    if checks["enrolments"]["lost_count"] or checks["enrolments"]["duplicated"]:
        found.append(f"enrolments: {checks['enrolments']}")
    if not checks["integrity_check"].startswith(("ok", "n/a")):
        found.append(f"integrity_check: {checks['integrity_check']}")
    for row in phase["requests"]:
        if row["server_errors_5xx"]:
            found.append(f"{row['request']}: {row['server_errors_5xx']} answers with a 5xx")
    if "storm_seconds" in phase and not phase["finished"]:
        found.append("storm: not every submission was answered within 180 s")
    return found


def print_phase(title, phase):
    print(f"\n== {title} ==")
    header = f"{'request':34} {'count':>6} {'errors':>6} {'5xx':>4} {'p50 ms':>8} {'p95 ms':>8}"
    print(header)
    print("-" * len(header))
    for row in sorted(phase["requests"], key=lambda row: row["request"]):
        print(
            f"{row['request']:34} {row['count']:6d} {row['errors']:6d} "
            f"{row['server_errors_5xx']:4d} {row['p50_ms']:8.0f} {row['p95_ms']:8.0f}"
        )
    checks, cpu = phase["checks"], phase["cpu"]
    for kind, label in (("completions", "lesson completions"), ("submissions", "quiz submissions")):
        c = checks[kind]
        line = (
            f"{label}: confirmed {c['confirmed']}, in db {c['in_db']}, lost {c['lost_count']}, "
            f"duplicated {c['duplicated']}, stored without confirmation {c['unconfirmed_in_db']}"
        )
        if "rows_added_by_storm" in c:
            line += f", attempt rows added by the storm {c['rows_added_by_storm']}"
        print(line)
    print(f"integrity_check: {checks['integrity_check']}")
    if "storm_seconds" in phase:
        limit = "within" if phase["storm_seconds"] <= STORM_LIMIT_SECONDS else "NOT within"
        print(
            f"storm: {phase['learners']} learners, all answered after {phase['storm_seconds']} s "
            f"({limit} {STORM_LIMIT_SECONDS:.0f} s)"
        )
    if phase["phase"] == "badai-kill":
        kills = [f"pid {k['pid']} at {k['at']} s" for k in phase["kills"]]
        retried = [row for row in phase["requests"] if row["request"] == "kuis kirim (ulang)"]
        retries = retried[0]["count"] if retried else 0
        print(f"SIGKILL: {', '.join(kills) or 'none'}; submissions sent a second time: {retries}")
    print(
        f"server CPU: {cpu['server_cpu_percent']}% of {cpu['cores']} cores "
        f"({cpu['server_cpu_seconds']} s in {cpu['wall_seconds']} s); the load generator "
        f"shares these cores and used {cpu['load_generator_cpu_percent']}%; other processes "
        f"on the machine {cpu['other_processes_cpu_percent']}%"
    )
    for problem in phase["problems"]:
        print(f"PROBLEM: {problem}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    # A SIGTERM (a CI timeout, `kill`) cleans up like Ctrl-C does: through the finally below.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    seconds = int(os.environ.get("LOADTEST_SECONDS", "180"))
    workdir = Path(tempfile.mkdtemp(prefix=f"waspada-loadtest-{args.db}-"))
    results = ROOT / "bench-results"
    results.mkdir(exist_ok=True)
    log = results / f"loadtest-{args.db}-server.log"
    log.unlink(missing_ok=True)
    server = None
    try:
        env = loadtest_env(workdir, args.db, snapshot(workdir))
        if args.db == "postgres":
            reset_postgres_and_redis()
        print(f"[{args.db}] migrate, demo content, {LEARNERS} learners …", flush=True)
        migrations_match = prepare(env)
        if not migrations_match:
            print("WARNING: the models have changes no migration covers", flush=True)
        plan = shell(
            env, SETUP_LEARNERS, {"LOADTEST_LEARNERS": str(LEARNERS), "LOADTEST_PASSWORD": PASSWORD}
        )
        plan["password"] = PASSWORD
        plan_path = workdir / "plan.json"
        plan_path.write_text(json.dumps(plan))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_gunicorn(env, port, log)
        phases = {}
        print(f"[{args.db}] phase 1 baca: {LEARNERS} learners for {seconds} s …", flush=True)
        reading = run_clients("baca", base, plan_path, server.pid, workdir, seconds)
        reading["checks"] = check(env, workdir, reading, server.pid)
        phases["baca"] = reading
        print(f"[{args.db}] phase 2 badai: {STORM_LEARNERS} submissions …", flush=True)
        earlier = reading["confirmed"]
        phases["badai"] = storm(
            env, workdir, plan, base, server.pid, first=0, kill=False, earlier=earlier
        )
        print(f"[{args.db}] phase 3 badai + SIGKILL …", flush=True)
        phases["badai_sigkill"] = storm(
            env,
            workdir,
            plan,
            base,
            server.pid,
            first=LEARNERS - STORM_LEARNERS,
            kill=True,
            earlier=earlier,
        )
    finally:
        stop(server)
        shutil.rmtree(workdir, ignore_errors=True)
    errors = server_errors(log)
    titles = {
        "baca": f"phase 1 baca ({LEARNERS} learners, {seconds} s, think 5-15 s)",
        "badai": f"phase 2 badai ({STORM_LEARNERS} submissions)",
        "badai_sigkill": f"phase 3 badai + SIGKILL every {KILL_EVERY_SECONDS:.0f} s",
    }
    print(f"\n### loadtest on {args.db}: gunicorn 2 sync workers, {os.cpu_count()} cores")
    failed = False
    for name, phase in phases.items():
        phase["problems"] = problems(phase)
        phase["confirmed"] = {kind: len(rows) for kind, rows in phase["confirmed"].items()}
        failed = failed or bool(phase["problems"])
        print_phase(titles[name], phase)
    print(f"\nserver log error lines: {len(errors)} (bench-results/{log.name})")
    for line in errors[:10]:
        print("  " + line)
    report = {
        "settings": {
            "database": "SQLite (WAL)" if args.db == "sqlite" else "PostgreSQL + Redis cache",
            "server": "gunicorn, 2 sync workers, production settings",
            "learners": LEARNERS,
            "reading_seconds": seconds,
            "storm_learners": STORM_LEARNERS,
            "storm_spread_seconds": STORM_SPREAD_SECONDS,
            "kill_every_seconds": KILL_EVERY_SECONDS,
            "password_hasher": plan["hasher"],
            "migrations_match_models": migrations_match,
            "cpus": os.cpu_count(),
            "note": "the load generator runs on the same cores as the server",
        },
        "phases": phases,
        "server_log_errors": errors,
    }
    (results / f"loadtest-{args.db}.json").write_text(
        json.dumps(report, indent=1, ensure_ascii=False)
    )
    print(f"written: bench-results/loadtest-{args.db}.json")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
