"""Shared by the benchmarks: Django setup, timing helpers and the JSON result file.

Importing this module makes the project importable, defaults the settings to
``portal.settings.test`` and calls ``django.setup()``, so a benchmark imports it first.
"""

import json
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
django.setup()


def log(message: str) -> None:
    print(message, flush=True)


def git_commit() -> str:
    """The checked-out commit, read from .git without running git."""
    git = ROOT / ".git"
    head = (git / "HEAD").read_text().strip()
    if not head.startswith("ref: "):
        return head
    ref = head.removeprefix("ref: ")
    if (git / ref).exists():
        return (git / ref).read_text().strip()
    for line in (git / "packed-refs").read_text().splitlines():
        if line.endswith(f" {ref}"):
            return line.split()[0]
    return "unknown"


COMMIT = git_commit()  # at start: the tree may move on while a benchmark runs


def require_fresh_database() -> None:
    """Refuse to run on a database that already holds content (use bench/run.sh)."""
    from wagtail.models import Page

    if Page.objects.filter(depth__gt=2).exists():
        sys.exit("the database already has pages: run the benchmark through bench/run.sh")


def busy_cpu_share(seconds: float = 2.0) -> float:
    """The share of all CPUs busy over ``seconds`` (Linux ``/proc/stat``)."""

    def idle_and_total() -> tuple[int, int]:
        ticks = [int(field) for field in Path("/proc/stat").read_text().split()[1:11]]
        return ticks[3] + ticks[4], sum(ticks)  # idle + iowait, all

    idle_before, total_before = idle_and_total()
    time.sleep(seconds)
    idle_after, total_after = idle_and_total()
    return 1 - (idle_after - idle_before) / max(1, total_after - total_before)


def wait_for_quiet_machine(limit: float = 0.10, patience_seconds: int = 180) -> float:
    """Wait until other work leaves the CPUs idle (the benchmark itself is idle meanwhile).

    Returns the busy share measured last; figures taken above ``limit`` are flagged.
    """
    deadline = time.monotonic() + patience_seconds
    while (busy := busy_cpu_share()) > limit and time.monotonic() < deadline:
        log(f"  waiting: other processes keep {busy:.0%} of the CPUs busy")
    if busy > limit:
        log(f"  WARNING: measuring on a busy machine ({busy:.0%} CPU used by others)")
    return round(busy, 2)


def analyze_database() -> None:
    """VACUUM ANALYZE, so that measurements neither run on tables without planner statistics
    nor compete with autovacuum catching up on freshly loaded data."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def timings_ms(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary_ms(times: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def write_results(name: str, results: dict) -> Path:
    from django.conf import settings
    from django.db import connection

    path = ROOT / "var" / "bench" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "benchmark": name,
        "commit": COMMIT,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "database": connection.vendor,
        "settings": settings.SETTINGS_MODULE,
        **results,
    }
    path.write_text(json.dumps(document, indent=2, default=str) + "\n")
    log(f"wrote {path.relative_to(ROOT)}")
    return path


def run_threads(target, count: int) -> float:
    """Run ``target`` in ``count`` threads at once; the seconds until the last one ends."""
    threads = [threading.Thread(target=target) for _ in range(count)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started
