"""`python -m bench.training_bench`: the facilitator's side under load, on the same machine.

1. Server time of the session screen and of the roster fragment its script polls every five
   seconds, for a session of 200 participants (at every stage: certified, learning, on paper,
   not started), against the anonymous lesson page, each loaded by wrk with one connection so
   the latency is the server's time for one request; the ratio says how much heavier they are.
2. A join storm: 200 participants join one open session within 60 s, all from one address (a
   kelurahan hall behind one Wi-Fi), through the real GET and POST of /gabung/<KODE>/ with a
   CSRF token, from a threaded client. Run twice: participants already logged in (the join
   itself), and participants who first log in through the login form (what a hall does).
   Reported: errors, refusals by a rate limit (429), latency p50/p95, wall time.

Served by gunicorn exactly as bench/run.py serves the site (its helpers are imported): production
settings on SQLite, DEBUG off, 2 sync workers, a fresh database with the demo content.
Numbers are measurements to compare, not assertions.
"""

import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.run import DURATION, ROOT, bench_env, free_port, lesson_path, prepare, start_server

PARTICIPANTS = int(os.environ.get("BENCH_PARTICIPANTS", "200"))
STORM_SECONDS = float(os.environ.get("BENCH_STORM_SECONDS", "30"))  # arrivals spread over this
STORM_THREADS = int(os.environ.get("BENCH_STORM_THREADS", "40"))
FACILITATOR = ("bench-fasilitator", "Sandi-fasilitator-2026")
PASSWORD = "Sandi-peserta-2026"  # noqa: S105 - throwaway accounts of a throwaway database

SETUP = r"""
import json
from decimal import Decimal
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from accounts.models import User
from courses.models import CoursePage, LessonPage
from courses.progress import mark_lesson_complete
from quizzes import attempts
from quizzes.models import QuizKind, QuizPage
from quizzes.scoring import correct_ids
from training import roster
from training.models import Region, SessionStatus

config = json.loads(CONFIG)
count, password = config["participants"], config["password"]
hashed = make_password(password)
course = next(
    c for c in CoursePage.objects.live().order_by("path")
    if QuizPage.objects.child_of(c).filter(kind=QuizKind.PRETEST).exists()
)
pretest = QuizPage.objects.child_of(course).filter(kind=QuizKind.PRETEST).first()
final = QuizPage.objects.child_of(course).filter(kind=QuizKind.FINAL).first()
lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
kelurahan = Region.objects.get(code="31.73.01.1004")
username, facilitator_password = config["facilitator"]
facilitator, _ = User.objects.get_or_create(
    username=username, defaults={"full_name": "Fasilitator Pengukur", "is_staff": True}
)
facilitator.set_password(facilitator_password)
facilitator.save()
facilitator.groups.add(Group.objects.get(name="Fasilitator"))

def session(title):
    now = timezone.now()
    made = roster.create_session(
        title=title, course=course, starts_at=now, ends_at=now + timezone.timedelta(hours=3),
        venue="Aula Kantor Kelurahan Kedaung Kali Angke", kelurahan=kelurahan,
        status=SessionStatus.OPEN,
    )
    made.facilitators.add(facilitator)
    return made

def users(prefix):
    User.objects.bulk_create(
        User(username=f"{prefix}{i}", full_name=f"Peserta {prefix}{i}", password=hashed)
        for i in range(count)
    )
    return list(User.objects.filter(username__startswith=prefix).order_by("pk"))

def take(user, quiz, right):
    attempt = attempts.start_attempt(user=user, quiz=quiz)
    answers = {
        q["id"]: sorted(correct_ids(q)) if right else [] for q in attempt.snapshot["questions"]
    }
    attempts.submit_attempt(attempt=attempt, answers=answers)

screen = session("Sesi pengukuran: 200 peserta")
for index, learner in enumerate(users("hadir")):
    stage = index % 5
    if stage == 2:
        member = roster.add_participant_without_phone(
            session=screen, full_name=learner.full_name, by=facilitator
        )
        roster.enter_paper_scores(
            membership=member, pretest=Decimal("40"), final=Decimal("85"), by=facilitator
        )
        continue
    membership, _ = roster.join(session=screen, learner=learner)
    roster.set_attendance(membership=membership, attended=index % 3 != 0, by=facilitator)
    if stage in (0, 1, 3):
        take(learner, pretest, right=stage == 0)
    if stage in (0, 1):
        for lesson in lessons if stage == 0 else lessons[:2]:
            mark_lesson_complete(user=learner, lesson=lesson, course=course)
    if stage == 0:
        take(learner, final, right=True)

storm = session("Sesi pengukuran: badai gabung")
cookies = {}
for learner in users("badai"):
    client = Client()
    client.force_login(learner)
    cookies[learner.username] = client.cookies["sessionid"].value
form_users = [learner.username for learner in users("masuk")]
print(json.dumps({
    "screen_session": screen.pk,
    "storm_code": storm.join_code,
    "storm_session": storm.pk,
    "logged_in": cookies,
    "form_users": form_users,
}))
"""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class Phone:
    """One participant's browser: its own cookies, no redirects followed (a 302 is the answer
    to look at)."""

    def __init__(self, base, cookies=None):
        self.base = base
        self.cookies = dict(cookies or {})

    def request(self, path, data=None):
        """(status, body) of one request; HTTP errors are answers too."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)
        request.add_header("Referer", self.base + path)
        if self.cookies:
            request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        try:
            with OPENER.open(request, timeout=60) as response:
                self._keep(response.headers)
                return response.status, response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            self._keep(error.headers)
            return error.code, error.read().decode(errors="replace")

    def _keep(self, headers):
        for header in headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]

    def post_form(self, path, fields):
        """GET the page for its CSRF token, then POST the form: (status, seconds of the POST)."""
        status, html = self.request(path)
        if status != 200:
            return status, None
        began = time.monotonic()
        status, _ = self.request(path, {**fields, "csrfmiddlewaretoken": csrf_token(html)})
        return status, time.monotonic() - began


def csrf_token(html):
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return found.group(1) if found else ""


def log_in(base, username, password):
    """Through the learner's login form; returns (status of the POST, the phone)."""
    phone = Phone(base)
    status, _ = phone.post_form("/akun/masuk/", {"login": username, "password": password})
    return status, phone


def setup(env, workdir):
    config = json.dumps(
        {"participants": PARTICIPANTS, "password": PASSWORD, "facilitator": FACILITATOR}
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", f"CONFIG = {config!r}\n{SETUP}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def wrk_one_connection(url, cookie=None):
    """wrk with one connection: each request waits for the last, so latency is server time."""
    command = ["wrk", "-t1", "-c1", f"-d{DURATION}s", "--latency"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    command += ["-s", str(ROOT / "bench" / "report.lua"), url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result = json.loads(output.strip().splitlines()[-1])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def server_times(base, pages):
    rows = []
    for name, path, cookie in pages:
        wrk_one_connection(base + path, cookie)  # warm-up, discarded
        result = wrk_one_connection(base + path, cookie)
        rows.append(
            {
                "page": name,
                "path": path,
                "p50_ms": round(result["p50_us"] / 1000, 2),
                "p95_ms": round(result["p95_us"] / 1000, 2),
                "rps_one_connection": round(result["rps"], 1),
                "errors": result["errors"] + result["non_2xx_3xx"],
            }
        )
    lesson = rows[0]
    for row in rows:
        row["p50_ratio_to_lesson"] = round(row["p50_ms"] / lesson["p50_ms"], 1)
    return rows


def _percentile(values, share):
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000, 1)


def storm(base, code, participants, *, with_login):
    """Every participant arrives at a random moment within STORM_SECONDS, from one address,
    opens the join page and posts the consent. Returns the summary."""
    join = f"/gabung/{code}/"
    arrivals = sorted(random.uniform(0, STORM_SECONDS) for _ in participants)  # noqa: S311
    outcomes, lock = [], threading.Lock()
    start = time.monotonic()

    def participant(item):
        arrival, who = item
        time.sleep(max(0.0, start + arrival - time.monotonic()))
        began = time.monotonic()
        outcome = {"login": None, "join": None, "join_seconds": None}
        try:
            if with_login:
                outcome["login"], phone = log_in(base, who, PASSWORD)
                if outcome["login"] != 302:
                    return
            else:
                phone = Phone(base, {"sessionid": who})
            outcome["join"], outcome["join_seconds"] = phone.post_form(join, {"setuju": "1"})
        except OSError as error:
            outcome["error"] = str(error)
        finally:
            outcome["total_seconds"] = time.monotonic() - began
            with lock:
                outcomes.append(outcome)

    with ThreadPoolExecutor(max_workers=STORM_THREADS) as pool:
        list(pool.map(participant, zip(arrivals, participants, strict=True)))
    wall = time.monotonic() - start
    joined = [o for o in outcomes if o["join"] == 302]
    join_times = [o["join_seconds"] for o in outcomes if o["join_seconds"] is not None]
    totals = [o["total_seconds"] for o in joined]
    return {
        "participants": len(participants),
        "with_login_form": with_login,
        "joined": len(joined),
        "refused_by_rate_limit": {
            "login": sum(1 for o in outcomes if o["login"] == 429),
            "join": sum(1 for o in outcomes if o["join"] == 429),
        },
        "errors": sum(
            1
            for o in outcomes
            if "error" in o
            or (o["login"] not in (None, 302, 429))
            or (o["join"] not in (None, 302, 429))
        ),
        "join_post_p50_ms": _percentile(join_times, 0.5),
        "join_post_p95_ms": _percentile(join_times, 0.95),
        "participant_total_p50_ms": _percentile(totals, 0.5),
        "participant_total_p95_ms": _percentile(totals, 0.95),
        "mean_join_post_ms": round(statistics.fmean(join_times) * 1000, 1) if join_times else None,
        "wall_seconds": round(wall, 1),
    }


def joined_count(env, session_id):
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from training.models import Membership\n"
            f"print(Membership.objects.filter(session_id={session_id}).count())",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(result.stdout.strip().splitlines()[-1])


def main():
    if not shutil.which("wrk"):
        sys.exit("the training bench needs wrk: apt-get install -y wrk")
    workdir = Path(tempfile.mkdtemp(prefix="waspada-training-bench-"))
    env = bench_env(workdir)
    prepare(env)
    lesson = lesson_path(env)
    data = setup(env, workdir)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(env, port)
    try:
        status, phone = log_in(base, *FACILITATOR)
        assert status == 302, "facilitator login failed"
        cookie = "; ".join(f"{k}={v}" for k, v in phone.cookies.items())
        screen = f"/admin/sesi/{data['screen_session']}/"
        pages = server_times(
            base,
            [
                ("lesson (anonymous)", lesson, None),
                (f"session screen ({PARTICIPANTS} participants)", screen, cookie),
                (f"roster fragment ({PARTICIPANTS} participants)", screen + "peserta/", cookie),
            ],
        )
        logged_in = storm(
            base, data["storm_code"], list(data["logged_in"].values()), with_login=False
        )
        with_form = storm(base, data["storm_code"], data["form_users"], with_login=True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
    memberships = joined_count(env, data["storm_session"])
    report = {
        "settings": {
            "server": "gunicorn, 2 sync workers",
            "database": "SQLite (WAL)",
            "server_time": f"wrk -t1 -c1 -d{DURATION}s",
            "storm": f"{STORM_THREADS} client threads, arrivals spread over {STORM_SECONDS:g} s",
            "cpus": os.cpu_count(),
        },
        "pages": pages,
        "join_storm_logged_in": logged_in,
        "join_storm_with_login_form": with_form,
        "storm_session_memberships": memberships,
    }
    print(f"{'page':40} {'p50 ms':>8} {'p95 ms':>8} {'req/s (1 conn)':>15} {'x lesson':>9}")
    for row in pages:
        print(
            f"{row['page']:40} {row['p50_ms']:8.2f} {row['p95_ms']:8.2f} "
            f"{row['rps_one_connection']:15.1f} {row['p50_ratio_to_lesson']:9.1f}"
        )
    for name, result in (("already logged in", logged_in), ("login form + join", with_form)):
        print(
            f"join storm ({name}): {result['joined']}/{result['participants']} joined in "
            f"{result['wall_seconds']} s, errors {result['errors']}, refused by rate limits "
            f"{result['refused_by_rate_limit']}, join POST p50 {result['join_post_p50_ms']} ms "
            f"p95 {result['join_post_p95_ms']} ms"
        )
    print(f"memberships in the storm session: {memberships}")
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "training.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(json.dumps(report, ensure_ascii=False))
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
