"""CPU accounting of the gunicorn server under test, from /proc (Linux); standard library only, so
both the load test driver and the gevent-patched locust process can use it."""

import os
import time
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid):
    """The fields of /proc/<pid>/stat after the command name, or None once it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def workers_of(master):
    """Pids of the processes whose parent is `master`: the workers of that gunicorn only."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(entry.name)
            if fields and int(fields[1]) == master:
                pids.append(int(entry.name))
    return sorted(pids)


def process_cpu_seconds(pid):
    """utime+stime of one process (0 once it is gone)."""
    fields = _stat(pid)
    return (int(fields[11]) + int(fields[12])) / TICK if fields else 0.0


def server_cpu_seconds(master):
    """utime+stime of the master and its live workers, plus the workers it has reaped (which
    the kernel adds to the master's cutime/cstime): a difference of two readings is the
    server's CPU time in between, even when workers were killed and replaced meanwhile."""
    fields = _stat(master)
    if fields is None:
        return 0.0
    total = sum(int(value) for value in fields[11:15])
    for pid in workers_of(master):
        worker = _stat(pid)
        if worker:
            total += int(worker[11]) + int(worker[12])
    return total / TICK


def machine_cpu():
    """(busy, total) CPU seconds of the whole machine, all cores (/proc/stat)."""
    values = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    total = sum(values[:8])  # guest time is already counted in user
    return (total - idle) / TICK, total / TICK


class CpuWindow:
    """CPU used between construction and result(): by the server, by this process (the load
    generator) and by everything else on the machine, as % of all cores."""

    def __init__(self, master):
        self.master = master
        self.server = server_cpu_seconds(master)
        times = os.times()
        self.client = times.user + times.system
        self.machine = machine_cpu()
        self.wall = time.time()

    def result(self):
        wall = time.time() - self.wall
        cores = os.cpu_count() or 1
        times = os.times()
        server = server_cpu_seconds(self.master) - self.server
        client = times.user + times.system - self.client
        busy_now, total_now = machine_cpu()
        busy, total = busy_now - self.machine[0], total_now - self.machine[1]
        capacity = total or wall * cores

        def percent(seconds):
            return round(100 * seconds / capacity, 1)

        return {
            "wall_seconds": round(wall, 2),
            "cores": cores,
            "server_cpu_seconds": round(server, 2),
            "server_cpu_percent": percent(server),
            "load_generator_cpu_seconds": round(client, 2),
            "load_generator_cpu_percent": percent(client),
            "machine_busy_percent": percent(busy),
            "other_processes_cpu_percent": percent(max(0.0, busy - server - client)),
        }


def wait_until_idle(master, *, limit=180, quiet=0.05):
    """Wait until the server used under `quiet` CPU seconds per second for 2 s running (requests
    a previous phase left queued are done), at most `limit` seconds. Returns the wait."""
    started = time.time()
    calm = 0
    last = server_cpu_seconds(master)
    while time.time() - started < limit and calm < 2:
        time.sleep(1)
        now = server_cpu_seconds(master)
        calm = calm + 1 if now - last < quiet else 0
        last = now
    return round(time.time() - started, 1)
