"""`make bench-cluster`: throughput of the cluster, on PostgreSQL and Redis, through Caddy.

    .venv/bin/python -m deploy.cluster_bench

The pages of `make bench` (bench/run.py, whose helpers this reuses; not its quiz-submission
POST, whose prepared attempts can each be sent once), loaded with wrk in three set-ups on one
shared PostgreSQL database and Redis, taking turns page by page (best of 5 rounds of 4 s):

    direct      wrk -> one gunicorn app server                (no proxy: the reference)
    caddy x1    wrk -> Caddy (deploy/Caddyfile) -> that app server
    caddy x2    wrk -> Caddy -> two app servers, round robin

Every app server runs deploy/gunicorn.conf.py with the 2 workers bench/run.py uses, so "two vs
one" doubles the workers and asks what a second server buys on the same cores. Everything (wrk,
Caddy, both app servers, PostgreSQL, Redis) shares this one machine: on a 2-core machine a
second app server cannot add CPU, and wrk itself takes a share of the cores it measures.
Numbers are measurements to compare, not assertions. Uses PostgreSQL database
`waspada_cluster_bench` (dropped and recreated) and Redis database 8 (emptied), so it can run
beside the cluster test; writes bench-results/cluster.json.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import run as bench
from deploy.cluster_test import Cluster, free_port

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "waspada_cluster_bench"
REDIS_URL = os.environ.get("CLUSTER_BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
WARM_UP_SECONDS = 2
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))


def wrk_once(url, cookie, seconds):
    default = bench.DURATION
    bench.DURATION = seconds
    try:
        for attempt in range(2):
            try:
                return bench.wrk(url, cookie)
            except subprocess.CalledProcessError as error:
                said = (error.stderr or error.stdout or "").strip()[-300:]
                print(f"  wrk {url} failed (exit {error.returncode}): {said}", flush=True)
                if attempt:
                    raise
    finally:
        bench.DURATION = default


def measure(setups, targets, cookie):
    """Each page under each set-up, ROUNDS times, the set-ups taking turns, so that whatever
    else the machine does at a moment falls on all of them. The best round counts: other work
    on the machine can only slow a round down, never speed it up, so the best is the closest
    to what the set-up can do (every round is kept in the JSON)."""
    results = {setup: {} for setup in setups}
    for name, path, logged_in in targets:
        jar = cookie if logged_in else None
        runs = {setup: [] for setup in setups}
        for base in setups.values():
            wrk_once(base + path, jar, WARM_UP_SECONDS)  # warm-up, discarded
        for _ in range(ROUNDS):
            for setup, base in setups.items():
                runs[setup].append(wrk_once(base + path, jar, SECONDS))
        line = []
        for setup, done in runs.items():
            done.sort(key=lambda result: result["rps"])
            best = done[-1]
            results[setup][name] = {
                "rps": round(best["rps"], 1),
                "rps_rounds": [round(result["rps"], 1) for result in done],
                "p50_ms": round(best["p50_us"] / 1000, 2),
                "p95_ms": round(best["p95_us"] / 1000, 2),
                "socket_errors": sum(result["errors"] for result in done),
                "non_2xx": sum(result["non_2xx_3xx"] for result in done),
            }
            line.append(f"{setup} {results[setup][name]['rps']:.0f}")
        print(f"  {name:30} " + ", ".join(line), flush=True)
    return results


def main():
    if not shutil.which("wrk") or not shutil.which("caddy"):
        sys.exit("make bench-cluster needs wrk and caddy: apt-get install -y wrk caddy")
    workdir = Path(tempfile.mkdtemp(prefix="waspada-cluster-bench-"))
    env = bench.bench_env(workdir)
    cluster = Cluster(workdir, db_name=DB_NAME, redis_url=REDIS_URL, host="127.0.0.1", env=env)
    # bench_env's names and switches (the ceiling view), with the cluster's stores.
    # Info level so that worker recycling (max_requests) shows in the app servers' logs.
    cluster.env.update(
        ALLOWED_HOSTS="127.0.0.1,localhost",
        # bench/run.py's server: 2 sync workers.
        GUNICORN_WORKERS="2",
        GUNICORN_THREADS="1",
        GUNICORN_LOG_LEVEL="info",
    )
    env = cluster.env
    try:
        print("preparing PostgreSQL, Redis and the demo content ...", flush=True)
        cluster.reset_stores()
        bench.prepare(env)
        lesson = bench.lesson_path(env)
        course = lesson.rstrip("/").rsplit("/", 1)[0] + "/"
        quiz, _submissions = bench.prepare_submissions(env, workdir)
        bench.open_attempt_cookie(env)
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
        for index in range(2):
            cluster.start_app(index)
        for index in range(2):
            cluster.wait_healthy(f"http://{cluster.upstream(index)}/sehat/", f"app{index}")
        setups = {"direct": f"http://{cluster.upstream(0)}"}
        for servers in (1, 2):
            name = f"caddy x{servers}"
            process = f"caddy{servers}"
            base = cluster.start_caddy(servers=servers, name=process, port=free_port())
            cluster.wait_healthy(base + "/sehat/", process)
            setups[name] = base
        cookie = bench.login(setups["direct"])
        print(f"{ROUNDS} rounds of {SECONDS}s per page and set-up: {setups}", flush=True)
        results = measure(setups, targets, cookie)
        restarts = sum(
            (workdir / f"app{index}.log").read_text().count("Autorestarting") for index in (0, 1)
        )
    finally:
        cluster.stop_all()
        try:
            cluster.drop_stores()
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    print_table(targets, results)
    print(f"gunicorn workers recycled (max_requests) during the run: {restarts}")
    report = {
        "settings": {
            "app servers": "gunicorn, deploy/gunicorn.conf.py, 2 sync workers each",
            "database": "PostgreSQL (one, shared)",
            "cache": "Redis (one, shared)",
            "proxy": "Caddy, deploy/Caddyfile (round robin, active health checks)",
            "load": f"wrk -t1 -c{bench.CONNECTIONS} -d{SECONDS}s, best of {ROUNDS} rounds",
            "cpus": os.cpu_count(),
            "note": "wrk, Caddy, both app servers, PostgreSQL and Redis share this machine",
        },
        "pages": results,
    }
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "cluster.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))


def print_table(targets, results):
    header = (
        f"{'page':30} {'direct':>8} {'caddy x1':>9} {'caddy x2':>9} "
        f"{'caddy/direct':>12} {'two/one':>8} {'err':>4}"
    )
    print(
        f"\nrequests/s, best of {ROUNDS} x {SECONDS}s ({os.cpu_count()} CPUs; wrk, Caddy, the "
        "app servers, PostgreSQL and Redis all on this machine)"
    )
    print(header)
    print("-" * len(header))
    for name, _path, _logged_in in targets:
        direct = results["direct"][name]["rps"]
        one = results["caddy x1"][name]["rps"]
        two = results["caddy x2"][name]["rps"]
        errors = sum(
            results[setup][name]["socket_errors"] + results[setup][name]["non_2xx"]
            for setup in results
        )
        print(
            f"{name:30} {direct:8.1f} {one:9.1f} {two:9.1f} "
            f"{one / direct:12.2f} {two / one:8.2f} {errors:4d}"
        )


if __name__ == "__main__":
    main()
