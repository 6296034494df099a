"""gunicorn settings for every deployment: the hall laptop (deploy/serve.py), an app server of
the cluster (deploy/waspada-tppo.service) and the cluster test and benchmark.

    gunicorn -c deploy/gunicorn.conf.py elearn.wsgi:application

Everything can be changed from the environment, so one file serves all of them:

    GUNICORN_BIND      address to listen on (default 127.0.0.1:8000: only Caddy talks to it)
    GUNICORN_WORKERS   worker processes (default: CPU cores + 1, at most 9)
    GUNICORN_THREADS   threads per worker (default 4; 1 gives plain sync workers)
    GUNICORN_TIMEOUT   seconds a request may take before its worker is restarted (default 60)
    GUNICORN_ACCESS_LOG  "-" for an access log on stdout (default: none; Caddy can log)
    GUNICORN_LOG_LEVEL   default warning
    FORWARDED_ALLOW_IPS  addresses of the proxy (default 127.0.0.1,::1)

Threads, measured: on the 2-core machine, the hall set-up (SQLite, Caddy in front, wrk with 50
connections, configurations taking turns, best of 3 rounds of 4 s), requests/s:

                        sync x5   gthread 2x4   gthread 3x4
    lesson, anonymous       170           227           230
    lesson, logged in        87           100           125
    course, logged in       122           143           122

Fewer processes with threads beat 2 x cores + 1 sync workers on every page: less switching
between processes on few cores, fewer processes queueing on SQLite's write lock, and a third
less memory (each process holds the whole site, some 120-150 MB). Threads are safe here: the
code keeps no per-request state in globals, psycopg and sqlite3 release the GIL while waiting,
and Caddy in front takes the slow phones off the workers. On PostgreSQL each thread keeps its
own connection (CONN_MAX_AGE 60): workers x threads per app server (12 on 2 cores).
"""

import os

_cores = os.cpu_count() or 1


def _int(name, default):
    return int(os.environ.get(name) or default)


wsgi_app = "elearn.wsgi:application"
bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]
workers = _int("GUNICORN_WORKERS", min(_cores + 1, 9))
threads = _int("GUNICORN_THREADS", 4)
worker_class = "gthread" if threads > 1 else "sync"

# The slowest honest request is an editor's batch of certificate PDFs or a large image upload
# with its renditions; anything slower is stuck and is better restarted.
timeout = _int("GUNICORN_TIMEOUT", 60)
graceful_timeout = 30
# Caddy keeps its connections to the app server open between requests.
keepalive = 15
# A worker is replaced after this many requests (with jitter, so they do not all restart at
# once): memory a long-running Python process slowly gathers is given back.
max_requests = 2000
max_requests_jitter = 200
# The heartbeat file on tmpfs: a slow or full disk must not make workers look dead.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
# gunicorn's control socket is one fixed path per user by default, which two app servers on
# one machine (the cluster test) would fight over; nothing here uses it.
control_socket_disable = True

forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
proc_name = "waspada-tppo"
