"""`make bench`: throughput, latency, page weight and query counts of the main pages.

Serves the site with gunicorn (production settings on SQLite, DEBUG off, 2 sync workers) from a
fresh database with the demo content, and loads it with wrk (Debian's `wrk` package) from the
same machine. Every page's requests per second is reported as a ratio to a bare Django view that
returns a fixed 2 KB page under the same server in the same run: the ceiling.

Numbers are measurements to compare, not assertions: nothing here fails on a slow machine.
"""

import gzip
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DURATION = int(os.environ.get("BENCH_SECONDS", "8"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
BENCH_USER = ("pengukur", "Sandi-pengukur-2026")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_env(workdir):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="elearn.settings.production",
        SECRET_KEY="bench-only-secret-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_HTTPS="0",
        BENCHMARK_CEILING_VIEW="1",
        SQLITE_PATH=str(workdir / "bench.sqlite3"),
        MEDIA_ROOT=str(workdir / "media"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    return env


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def prepare(env):
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput")
    username, password = BENCH_USER
    manage(
        env,
        "shell",
        "-c",
        "from accounts.models import User\n"
        f"u, _ = User.objects.get_or_create(username={username!r}, "
        "defaults={'full_name': 'Pengukur Kinerja'})\n"
        f"u.set_password({password!r}); u.save()",
    )


def start_server(env, port):
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
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/__batas__/", timeout=1)  # noqa: S310
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not start")


def login(base):
    """Log the bench user in through the real form; return the Cookie header."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(base + "/akun/masuk/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = urllib.parse.urlencode(
        {"login": BENCH_USER[0], "password": BENCH_USER[1], "csrfmiddlewaretoken": token}
    ).encode()
    request = urllib.request.Request(base + "/akun/masuk/", data=data, headers={"Referer": base})
    opener.open(request)
    cookies = {cookie.name: cookie.value for cookie in jar}
    assert "sessionid" in cookies, "bench login failed"
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def wrk(url, cookie=None, script="report.lua", env=None):
    command = [
        "wrk",
        "-t1",
        f"-c{CONNECTIONS}",
        f"-d{DURATION}s",
        "--latency",
        "-s",
        str(ROOT / "bench" / script),
        url,
    ]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
    result = json.loads(output.strip().splitlines()[-1])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def page_weight(base, path, cookie=None):
    """Gzip-compressed bytes of the page's HTML plus the CSS and JS it links."""
    headers = {"Cookie": cookie} if cookie else {}

    def fetch(url):
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:  # noqa: S310
            return response.read()

    html = fetch(base + path)
    total = len(gzip.compress(html, 6))
    assets = re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)
    for asset in dict.fromkeys(assets):
        total += len(gzip.compress(fetch(base + asset.decode()), 6))
    return total


def query_counts(env, targets):
    """SQL queries per request, measured in-process against the bench database."""
    script = f"""
import json, os
import django
django.setup()
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from accounts.models import User
targets = {targets!r}
user = User.objects.get(username={BENCH_USER[0]!r})
out = {{}}
for name, path, logged_in in targets:
    client = Client(HTTP_HOST="127.0.0.1")
    if logged_in:
        client.force_login(user)
    client.get(path)
    with CaptureQueriesContext(connection) as warm:
        client.get(path)
    cache.clear()
    if logged_in:
        client.force_login(user)
        client.get("/__batas__/")
    with CaptureQueriesContext(connection) as cold:
        client.get(path)
    out[name] = {{"warm": len(warm.captured_queries), "cold": len(cold.captured_queries)}}
print(json.dumps(out))
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def prepare_submissions(env, workdir):
    """Open quiz attempts for many learners; returns (quiz path, submissions file)."""
    path = workdir / "submissions.tsv"
    env = dict(env, BENCH_SUBMISSIONS=str(path))
    code = (ROOT / "bench" / "prepare_submissions.py").read_text()
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1], path


def open_attempt_cookie(env):
    """The bench user with an open final-test attempt, so the quiz page shows its form."""
    code = (
        "from accounts.models import User\n"
        "from quizzes.attempts import start_attempt\n"
        "from quizzes.models import QuizPage\n"
        f"user = User.objects.get(username={BENCH_USER[0]!r})\n"
        "start_attempt(user=user, quiz=QuizPage.objects.live().filter(kind='final').first())"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True
    )


def pdf_timing(env):
    code = (ROOT / "bench" / "pdf_timing.py").read_text()
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def lesson_path(env):
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from courses.models import LessonPage; print(LessonPage.objects.live().first().url)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def main():
    if not shutil.which("wrk"):
        sys.exit("make bench needs wrk: apt-get install -y wrk")
    workdir = Path(tempfile.mkdtemp(prefix="waspada-bench-"))
    env = bench_env(workdir)
    prepare(env)
    lesson = lesson_path(env)
    course = lesson.rstrip("/").rsplit("/", 1)[0] + "/"
    quiz, submissions = prepare_submissions(env, workdir)
    open_attempt_cookie(env)
    targets = [
        ("ceiling (bare Django, 2 KB)", "/__batas__/", False),
        ("home", "/", False),
        ("course index", "/kursus/", False),
        ("course page", course, False),
        ("lesson (anonymous)", lesson, False),
        ("lesson (logged in)", lesson, True),
        ("course page (logged in)", course, True),
        ("quiz page (anonymous)", quiz, False),
        ("quiz page (logged in, form)", quiz, True),
    ]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(env, port)
    try:
        cookie = login(base)
        rows = []
        for name, path, logged_in in targets:
            jar = cookie if logged_in else None
            wrk(base + path, jar)  # warm-up run, discarded
            result = wrk(base + path, jar)
            rows.append(
                {
                    "page": name,
                    "path": path,
                    "rps": round(result["rps"], 1),
                    "p50_ms": round(result["p50_us"] / 1000, 2),
                    "p95_ms": round(result["p95_us"] / 1000, 2),
                    "errors": result["errors"] + result["non_2xx_3xx"],
                    "compressed_bytes": page_weight(base, path, jar),
                }
            )
        result = wrk(
            base + "/",
            script="submissions.lua",
            env=dict(os.environ, BENCH_SUBMISSIONS=str(submissions)),
        )
        submission_row = {
            "page": "quiz submission (POST)",
            "path": "/kuis/percobaan/<id>/kirim/",
            "rps": round(result["rps"], 1),
            "p50_ms": round(result["p50_us"] / 1000, 2),
            "p95_ms": round(result["p95_us"] / 1000, 2),
            "errors": result["errors"] + result["non_2xx_3xx"],
            "compressed_bytes": 0,
            "submissions_available": len(submissions.read_text().splitlines()),
            "requests": result["requests"],
        }
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
    counts = query_counts(env, [(name, path, logged_in) for name, path, logged_in in targets])
    ceiling = rows[0]["rps"]
    submission_row["queries_served"] = submission_row["queries_rendered"] = -1
    rows.append(submission_row)
    for row in rows:
        row["ratio_to_ceiling"] = round(row["rps"] / ceiling, 3)
        if row["page"] in counts:
            row["queries_served"] = counts[row["page"]]["warm"]
            row["queries_rendered"] = counts[row["page"]]["cold"]
    print_table(rows)
    pdf = pdf_timing(env)
    print(
        f"certificate PDF: one {pdf['one_pdf_ms']} ms (median of 21), "
        f"200 combined {pdf['combined_200_ms']} ms (median of 5)"
    )
    report = {
        "settings": {
            "server": "gunicorn, 2 sync workers",
            "database": "SQLite (WAL)",
            "load": f"wrk -t1 -c{CONNECTIONS} -d{DURATION}s",
            "cpus": os.cpu_count(),
        },
        "pages": rows,
        "certificate_pdf": pdf,
    }
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(json.dumps(report, ensure_ascii=False))
    shutil.rmtree(workdir, ignore_errors=True)


def _count(value):
    return "n/a" if value < 0 else str(value)


def print_table(rows):
    header = (
        f"{'page':30} {'req/s':>8} {'ratio':>6} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'KB gz':>6} {'SQL served':>10} {'SQL render':>10} {'err':>4}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['page']:30} {row['rps']:8.1f} {row['ratio_to_ceiling']:6.1%} "
            f"{row['p50_ms']:7.2f} {row['p95_ms']:7.2f} {row['compressed_bytes'] / 1024:6.1f} "
            f"{_count(row['queries_served']):>10} {_count(row['queries_rendered']):>10} "
            f"{row['errors']:4d}"
        )


if __name__ == "__main__":
    main()
