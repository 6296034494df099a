"""Run one function from many threads at the same instant, as a double click or a hall full of
phones would, each thread on its own database connection."""

import threading

from django.db import connection


def run_at_once(function, *, times):
    """Call `function()` from `times` threads released together. Returns (results, errors)."""
    barrier = threading.Barrier(times)
    results, errors = [], []

    def worker():
        try:
            barrier.wait()
            results.append(function())
        except Exception as exc:  # noqa: BLE001 - handed back to the test to assert on
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
