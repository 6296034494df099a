"""Simulated learners for `make loadtest` (bench/loadtest.py starts the server and runs this).

Two kinds of users:

- `Learner` ("baca"): logs in through the allauth form, opens "Kursus saya" and a course, presses
  "Mulai kursus", reads each lesson and presses "Tandai selesai", opens each quiz, starts an
  attempt and submits answers parsed from the quiz form; 5-15 s of thinking between actions.
- `StormLearner` ("badai"): one open quiz attempt each (prepared by the driver); all of them
  load the form, wait for each other, then submit within a few seconds; a submission that fails
  on the connection or with a 5xx is sent once more, as a phone would after a dropped connection.

Every write the server confirmed (the redirect it answers a success with) is recorded on the
client side, so the driver can compare it with the database afterwards.

Run by the driver as `python -m bench.locustfile PHASE --host ... --plan ... --out ...`, which
uses locust as a library and writes one JSON file. The `Learner` class also works with locust's
own command line against a server you started: LOADTEST_PLAN=plan.json locust -f
bench/locustfile.py --headless -u 50 -r 5 --run-time 1m --host http://127.0.0.1:8000
(LOADTEST_THINK=min,max changes the think time, default 5,15 seconds.)
"""

import locust  # noqa: F401, I001 - first: it patches the standard library for gevent

import argparse
import itertools
import json
import os
import random
import re
import signal
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import gevent
from gevent.event import Event
from locust import HttpUser, between, events, task
from locust.env import Environment
from locust.exception import StopUser

from bench.server import CpuWindow, process_cpu_seconds, workers_of

REQUEST_TIMEOUT = 60
PLAN = {}
ACCOUNTS = itertools.count()
RECORDS = []  # (request name, milliseconds, HTTP status or 0 for a connection error, ok)
CONFIRMED = {"completions": [], "submissions": [], "enrolments": []}

LESSON_DONE_TEXT = "Pelajaran ini sudah selesai"
COMPLETE_ACTION = re.compile(r"^/kemajuan/pelajaran/(\d+)/selesai/$")
START_COURSE_ACTION = re.compile(r"^/kemajuan/kursus/(\d+)/mulai/$")
START_QUIZ_ACTION = re.compile(r"^/kuis/(\d+)/mulai/$")
SUBMIT_ACTION = re.compile(r"^/kuis/percobaan/(\d+)/kirim/$")
RESULT_PATH = re.compile(r"/kuis/percobaan/(\d+)/$")
OUTLINE_LINK = re.compile(r'<li class="outline__item[^"]*">\s*<a href="([^"]+)"')


def load_plan(path):
    PLAN.clear()
    PLAN.update(json.loads(Path(path).read_text()))


if os.environ.get("LOADTEST_PLAN"):
    load_plan(os.environ["LOADTEST_PLAN"])


@events.request.add_listener
def _record(name, response_time, response, exception, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    RECORDS.append((name, response_time, status, exception is None))


class Forms(HTMLParser):
    """Every <form> of a page: action, method and its inputs as (type, name, value)."""

    def __init__(self, html):
        super().__init__()
        self.forms = []
        self._current = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._current = {
                "action": attrs.get("action", ""),
                "method": (attrs.get("method") or "get").lower(),
                "inputs": [],
            }
            self.forms.append(self._current)
        elif tag == "input" and self._current is not None:
            self._current["inputs"].append(
                ((attrs.get("type") or "text").lower(), attrs.get("name"), attrs.get("value"))
            )

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None

    def find(self, pattern):
        """(form, match) of the first POST form whose action matches, else (None, None)."""
        for form in self.forms:
            match = pattern.match(form["action"])
            if form["method"] == "post" and match:
                return form, match
        return None, None


def hidden_fields(form):
    return [(name, value or "") for kind, name, value in form["inputs"] if kind == "hidden"]


def choose_answers(form, rng=random):
    """A learner's answers to the quiz form: one option per radio group, a non-empty subset of
    each checkbox group, any subset (possibly none) for red-flag questions (hidden seen-<id>)."""
    groups = {}
    for kind, name, value in form["inputs"]:
        if kind in ("radio", "checkbox") and name and name.startswith("q-"):
            groups.setdefault(name, (kind, []))[1].append(value)
    seen = {
        name[len("seen-") :] for kind, name, _ in form["inputs"] if name and name[:5] == "seen-"
    }
    data = hidden_fields(form)
    for name, (kind, values) in groups.items():
        if kind == "radio":
            chosen = [rng.choice(values)]
        else:
            low = 0 if name[len("q-") :] in seen else 1
            chosen = rng.sample(values, rng.randint(low, len(values)))
        data += [(name, value) for value in chosen]
    return data, len(groups)


def forwarded_for(index):
    """Each learner's own address, as the proxy in front of the site would pass it on."""
    return f"10.{index // 250 % 250}.{index % 250}.{1 + index // 62500}"


class Site:
    """Request helpers shared by both user classes (mixed into HttpUser)."""

    def call(self, method, path, name, expect=(200,), **kwargs):
        """One request, no redirect following; a failure unless the status is expected."""
        with self.client.request(
            method,
            path,
            name=name,
            allow_redirects=False,
            catch_response=True,
            timeout=REQUEST_TIMEOUT,
            **kwargs,
        ) as response:
            if response.status_code in expect:
                response.success()
            elif response.status_code == 0:
                response.failure(f"connection: {response.error!r}"[:300])
            else:
                response.failure(f"HTTP {response.status_code}")
        return response

    @staticmethod
    def location(response):
        return response.headers.get("Location", "") if response.status_code in (301, 302) else ""


THINK = [float(value) for value in os.environ.get("LOADTEST_THINK", "5,15").split(",")]


class Learner(Site, HttpUser):
    wait_time = between(*THINK)  # seconds between two actions of one learner

    def on_start(self):
        self.index = next(ACCOUNTS)
        accounts = PLAN.get("learners", [])
        if self.index >= len(accounts):
            raise StopUser
        self.username = accounts[self.index]
        self.client.headers["X-Forwarded-For"] = forwarded_for(self.index)
        self.rng = random.Random(self.index)  # noqa: S311 - simulated choices, not secrets
        self.journey = self.steps()

    @task
    def next_step(self):
        try:
            next(self.journey)
        except StopIteration:
            self.journey = self.revisit()
            next(self.journey)

    def login(self):
        page = self.call("GET", "/akun/masuk/", "masuk (formulir)")
        if page.status_code != 200:
            return False
        form, _ = Forms(page.text).find(re.compile(r"^(/akun/masuk/)?$"))
        token = dict(hidden_fields(form)).get("csrfmiddlewaretoken") if form else None
        if not token:
            return False
        response = self.call(
            "POST",
            "/akun/masuk/",
            "masuk (POST)",
            expect=(302,),
            data={
                "login": self.username,
                "password": PLAN["password"],
                "csrfmiddlewaretoken": token,
            },
        )
        return response.status_code == 302 and "sessionid" in self.client.cookies

    def steps(self):
        """The learner's way through the courses, one action per step (think time between)."""
        while not self.login():
            yield
        self.call("GET", "/kursus-saya/", "kursus saya")
        yield
        courses = PLAN["courses"]
        first = self.index % len(courses)
        for course in courses[first:] + courses[:first]:
            page = self.call("GET", course, "halaman kursus")
            if page.status_code != 200:
                yield
                continue
            items = OUTLINE_LINK.findall(page.text)
            form, _ = Forms(page.text).find(START_COURSE_ACTION)
            yield
            if form is not None:
                response = self.call(
                    "POST",
                    form["action"],
                    "mulai kursus (POST)",
                    expect=(302,),
                    data=hidden_fields(form),
                )
                if response.status_code == 302:
                    CONFIRMED["enrolments"].append((self.username, course))
                yield
            for item in items:
                yield from self.visit(item)

    def visit(self, path):
        page = self.call("GET", path, "halaman pelajaran/kuis")
        if page.status_code != 200:
            yield
            return
        forms = Forms(page.text)
        yield
        form, match = forms.find(COMPLETE_ACTION)
        if form is not None:
            yield from self.complete_lesson(path, form, int(match.group(1)))
            return
        form, _ = forms.find(START_QUIZ_ACTION)
        if form is not None:
            response = self.call(
                "POST", form["action"], "kuis mulai (POST)", expect=(302,), data=hidden_fields(form)
            )
            target = self.location(response).split("#")[0]
            if not target:
                return
            page = self.call("GET", target, "kuis (formulir)")
            if page.status_code != 200:
                return
            forms = Forms(page.text)
            yield  # reading and answering the questions
        form, match = forms.find(SUBMIT_ACTION)
        if form is not None:
            self.submit_quiz(form, int(match.group(1)))

    def complete_lesson(self, path, form, lesson_id):
        response = self.call(
            "POST", form["action"], "tandai selesai (POST)", expect=(302,), data=hidden_fields(form)
        )
        target = self.location(response)
        if target.split("#")[0] == path and target.endswith("#kemajuan"):
            CONFIRMED["completions"].append((self.username, lesson_id))
            with self.client.get(
                path,
                name="pelajaran (sesudah selesai)",
                catch_response=True,
                timeout=REQUEST_TIMEOUT,
            ) as page:
                if page.status_code == 200 and LESSON_DONE_TEXT not in page.text:
                    page.failure("confirmed completion not shown on the lesson")
        elif response.status_code == 302:
            response.failure(f"unexpected redirect to {target}")
        yield

    def submit_quiz(self, form, attempt_id):
        data, _ = choose_answers(form, self.rng)
        response = self.call("POST", form["action"], "kuis kirim (POST)", expect=(302,), data=data)
        match = RESULT_PATH.search(self.location(response))
        if match and int(match.group(1)) == attempt_id:
            CONFIRMED["submissions"].append((self.username, attempt_id))
            self.call("GET", f"/kuis/percobaan/{attempt_id}/", "kuis (hasil)")

    def revisit(self):
        """After the courses: reread a lesson now and then."""
        courses = PLAN["courses"]
        while True:
            page = self.call("GET", self.rng.choice(courses), "halaman kursus")
            items = OUTLINE_LINK.findall(page.text) if page.status_code == 200 else []
            yield
            if items:
                self.call("GET", self.rng.choice(items), "halaman pelajaran/kuis")
                yield


# ready: every learner has its form; go: the driver set the start time; done: all resolved.
STORM = {"ready": Event(), "go": Event(), "done": Event(), "prepared": 0, "finished": 0}
STORM["started_at"] = 0.0


class StormLearner(Site, HttpUser):
    """One prepared open attempt; submitted once everyone has the form (see run_storm)."""

    wait_time = between(0, 0)

    def on_start(self):
        self.index = next(ACCOUNTS)
        self.entry = PLAN["storm"][self.index]
        self.client.headers["X-Forwarded-For"] = forwarded_for(self.entry["index"])
        self.client.cookies.set("sessionid", self.entry["sessionid"], domain="127.0.0.1", path="/")

    @task
    def storm(self):
        try:
            self._storm()
        finally:
            STORM["finished"] += 1
            if STORM["finished"] >= len(PLAN["storm"]):
                STORM["done"].set()
        raise StopUser

    def _storm(self):
        form = None
        for _ in range(3):
            page = self.call("GET", self.entry["quiz"], "badai: formulir kuis (persiapan)")
            if page.status_code == 200:
                form, match = Forms(page.text).find(SUBMIT_ACTION)
                if form is not None and int(match.group(1)) != self.entry["attempt"]:
                    form = None
                break
            gevent.sleep(1)
        STORM["prepared"] += 1
        if STORM["prepared"] >= len(PLAN["storm"]):
            STORM["ready"].set()
        STORM["go"].wait(timeout=150)
        if form is None:
            return
        rng = random.Random(self.entry["attempt"])  # noqa: S311 - simulated choices, not secrets
        data, _ = choose_answers(form, rng)
        gevent.sleep(max(0.0, STORM["started_at"] + rng.uniform(0, PLAN["spread"]) - time.time()))
        for name in ("kuis kirim (POST)", "kuis kirim (ulang)"):
            response = self.call("POST", form["action"], name, expect=(302,), data=data)
            match = RESULT_PATH.search(self.location(response))
            if match and int(match.group(1)) == self.entry["attempt"]:
                CONFIRMED["submissions"].append((self.entry["username"], self.entry["attempt"]))
                return
            if response.status_code not in (0,) and response.status_code < 500:
                return  # refused for a reason a retry would not change: no second try


def killer(master, every, kills):
    """SIGKILL a worker of our own gunicorn master 1 s into the storm, then every `every` s: the
    one that used the most CPU in the last 0.2 s, so it dies in the middle of a request."""
    gevent.sleep(0.8)
    while True:
        before = {pid: process_cpu_seconds(pid) for pid in workers_of(master)}
        gevent.sleep(0.2)
        busy = {pid: process_cpu_seconds(pid) - used for pid, used in before.items()}
        if busy:
            victim = max(busy, key=lambda pid: (busy[pid], random.random()))  # noqa: S311
            os.kill(victim, signal.SIGKILL)
            kills.append(
                {
                    "at": round(time.time() - STORM["started_at"], 2),
                    "pid": victim,
                    "busy": busy[victim] > 0,
                }
            )
        gevent.sleep(every - 0.2)


def summarise(records):
    by_name = {}
    for name, ms, status, ok in records:
        by_name.setdefault(name, []).append((ms, status, ok))
    rows = []
    for name, items in by_name.items():
        times = sorted(ms for ms, _, _ in items)
        statuses = {}
        for _, status, _ in items:
            statuses[str(status)] = statuses.get(str(status), 0) + 1
        rows.append(
            {
                "request": name,
                "count": len(items),
                "errors": sum(1 for _, _, ok in items if not ok),
                "server_errors_5xx": sum(1 for _, status, _ in items if status >= 500),
                "connection_errors": sum(1 for _, status, _ in items if status == 0),
                "p50_ms": round(percentile(times, 50), 1),
                "p95_ms": round(percentile(times, 95), 1),
                "statuses": statuses,
            }
        )
    return rows


def percentile(values, pct):
    """Nearest-rank percentile of sorted values."""
    if not values:
        return 0.0
    rank = max(1, -(-len(values) * pct // 100))
    return float(values[int(rank) - 1])


def failures(env, limit=20):
    return [
        {"request": entry.name, "error": str(entry.error), "count": entry.occurrences}
        for entry in list(env.stats.errors.values())[:limit]
    ]


def run_reading(args):
    env = Environment(user_classes=[Learner], host=args.host, events=events)
    env.stop_timeout = 30  # a stopped learner finishes the action it is in, then leaves
    runner = env.create_local_runner()
    users = len(PLAN["learners"])
    window = CpuWindow(args.master)
    # Arrivals spread over the first two thirds of the phase: each login is a full password hash.
    runner.start(users, spawn_rate=users / max(1.0, args.seconds * 2 / 3))
    gevent.sleep(args.seconds)
    runner.stop()
    cpu = window.result()
    runner.quit()
    return {"cpu": cpu, "learners_started": min(next(ACCOUNTS), users), "failures": failures(env)}


def run_storm(args):
    env = Environment(user_classes=[StormLearner], host=args.host, events=events)
    runner = env.create_local_runner()
    count = len(PLAN["storm"])
    runner.start(count, spawn_rate=100)
    if not STORM["ready"].wait(timeout=120):
        print("storm: not every learner got the form within 120 s", file=sys.stderr)
    prepare_records = len(RECORDS)
    STORM["started_at"] = time.time() + 0.2
    STORM["go"].set()
    gevent.sleep(0.2)
    window = CpuWindow(args.master)
    kills = []
    kill_loop = gevent.spawn(killer, args.master, args.kill_every, kills) if args.kill else None
    finished = STORM["done"].wait(timeout=180)
    storm_seconds = time.time() - STORM["started_at"]
    if kill_loop is not None:
        kill_loop.kill()
    cpu = window.result()
    runner.quit()
    return {
        "cpu": cpu,
        "storm_seconds": round(storm_seconds, 2),
        "finished": bool(finished),
        "prepare_requests": prepare_records,
        "kills": kills,
        "failures": failures(env),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("phase", choices=["baca", "badai", "badai-kill"])
    parser.add_argument("--host", required=True)
    parser.add_argument("--plan", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--master", type=int, required=True, help="gunicorn master pid")
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--kill-every", type=float, default=10)
    args = parser.parse_args()
    load_plan(args.plan)
    args.kill = args.phase == "badai-kill"
    started = time.time()
    outcome = run_reading(args) if args.phase == "baca" else run_storm(args)
    outcome.update(
        phase=args.phase,
        seconds=round(time.time() - started, 1),
        requests=summarise(RECORDS),
        confirmed=CONFIRMED,
    )
    Path(args.out).write_text(json.dumps(outcome, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
