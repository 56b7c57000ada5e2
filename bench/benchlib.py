"""Shared by the benchmarks: Django setup, the quiet-machine wait, the smoke scale, timing
helpers, peer ratios and the JSON result file of each run.

Importing this module makes the project importable, defaults the settings to
``bench.settings`` (``portal.settings.test`` plus the plain page of ``bench.plain``) and calls
``django.setup()``, so a benchmark imports it first.

``BENCH_SMOKE=1`` (``bench/run.sh --smoke``) runs every benchmark at a small scale, with
few requests, short time caps and a short quiet-machine wait: to check that the whole set
runs, not to quote figures.
"""

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
django.setup()

SMOKE = os.environ.get("BENCH_SMOKE", "") not in ("", "0")


def log(message: str) -> None:
    print(message, flush=True)


def git_commit() -> str:
    """The checked-out commit (``git rev-parse``, or read from .git where git is missing),
    with ``+dirty`` when tracked files differ from it."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        if commit:
            return commit + ("+dirty" if changed else "")
    except OSError:
        pass
    git = ROOT / ".git"
    if git.is_file():  # a worktree: "gitdir: <its own directory>", refs in the common one
        git = Path(git.read_text().split(":", 1)[1].strip())
    head = (git / "HEAD").read_text().strip()
    if not head.startswith("ref: "):
        return head
    ref = head.removeprefix("ref: ")
    common = git / (git / "commondir").read_text().strip() if (git / "commondir").exists() else git
    for directory in (git, common):
        if (directory / ref).exists():
            return (directory / ref).read_text().strip()
    packed = common / "packed-refs"
    for line in packed.read_text().splitlines() if packed.exists() else []:
        if line.endswith(f" {ref}"):
            return line.split()[0]
    return "unknown"


COMMIT = git_commit()  # at start: the tree may move on while a benchmark runs
STARTED_AT = datetime.now(UTC)
# Each run writes its own file: var/bench/<name>/<run id>.json, never over an earlier one.
RUN_ID = "-".join(
    [f"{STARTED_AT:%Y%m%dT%H%M%SZ}", COMMIT[:7]]
    + (["dirty"] if COMMIT.endswith("+dirty") else [])
    + (["smoke"] if SMOKE else [])
)


def scaled(full: int, smoke: int) -> int:
    """``full`` for a real run, ``smoke`` under ``BENCH_SMOKE``."""
    return smoke if SMOKE else full


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


class QuietMachine:
    """Waits before each measurement until the CPUs are about as idle as this machine gets.

    A fixed limit does not fit a shared machine: with other work resident (agents, a search
    node of another checkout) the busy share may never fall below 10 %, and on an idle
    machine 10 % already means someone else is busy. So the first wait measures the idle
    floor, the least busy share over ``FLOOR_SAMPLES`` samples of 2 s (sampling on for up to
    ``FLOOR_PATIENCE_SECONDS`` while it stays above ``CEILING``: a floor taken while other
    work saturates the CPUs is no floor), and every wait then lasts until a 2 s sample is
    within ``TOLERANCE`` plus a quarter of the floor of it. A lower sample seen later lowers
    the floor. After ``patience_seconds`` it measures anyway, with a WARNING; so it does
    whenever the busy share is above ``CEILING``, however high the floor. Each measurement
    records its busy share, the floor, the limit and whether it counted as quiet.
    """

    FLOOR_SAMPLES = 5
    FLOOR_PATIENCE_SECONDS = 60
    TOLERANCE = 0.05
    CEILING = 0.5  # one of two cores busy with other work: not quiet, whatever the floor

    def __init__(self) -> None:
        self.floor: float | None = None

    def limit(self) -> float:
        return round(min(self.CEILING, self.floor * 1.25 + self.TOLERANCE), 2)

    def measure_floor(self) -> float:
        samples = [busy_cpu_share() for _ in range(2 if SMOKE else self.FLOOR_SAMPLES)]
        deadline = time.monotonic() + (10 if SMOKE else self.FLOOR_PATIENCE_SECONDS)
        while min(samples) > self.CEILING and time.monotonic() < deadline:
            samples.append(busy_cpu_share())
        self.floor = round(min(samples), 2)
        log(
            f"  idle floor: {self.floor:.0%} of the CPUs busy at least "
            f"(samples {', '.join(f'{s:.0%}' for s in samples)}); waits until ≤ {self.limit():.0%}"
        )
        return self.floor

    def wait(self, patience_seconds: int | None = None) -> dict[str, float]:
        if self.floor is None:
            self.measure_floor()
        if patience_seconds is None:  # BENCH_QUIET_PATIENCE: seconds, for a machine that stays busy
            patience_seconds = int(os.environ.get("BENCH_QUIET_PATIENCE", 15 if SMOKE else 180))
        patience = patience_seconds
        deadline = time.monotonic() + patience
        while (busy := busy_cpu_share()) > self.limit() and time.monotonic() < deadline:
            log(f"  waiting: {busy:.0%} of the CPUs busy (floor {self.floor:.0%})")
        self.floor = round(min(self.floor, busy), 2)
        quiet = busy <= self.limit()
        if not quiet:
            log(
                f"  WARNING: measuring on a busy machine ({busy:.0%} of the CPUs busy, "
                f"floor {self.floor:.0%})"
            )
        return {
            "busy_cpu_share_before": round(busy, 2),
            "idle_floor": self.floor,
            "quiet_limit": self.limit(),
            "quiet": quiet,
        }


QUIET = QuietMachine()


def wait_for_quiet_machine() -> dict[str, float]:
    """Wait for a quiet machine (see :class:`QuietMachine`); its busy share, floor, limit."""
    return QUIET.wait()


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


def ratio(value: float, peer: float) -> float | None:
    return round(value / peer, 2) if peer else None


def goal_row(goal: str, value: float | None, limit: float, detail: str) -> dict:
    """One goal: met when ``value`` (a ratio or a count) is at most ``limit``."""
    met = value is not None and value <= limit
    return {"goal": goal, "value": value, "limit": limit, "detail": detail, "met": met}


def print_goals(rows: list[dict]) -> None:
    log("\ngoals (from the same run)")
    for row in rows:
        verdict = "met" if row["met"] else "MISSED"
        value, limit, detail = row["value"], row["limit"], row["detail"]
        log(f"  {row['goal']:<46} {value!s:>6} (≤ {limit})  {verdict}  {detail}")


def write_results(name: str, results: dict) -> Path:
    from django.conf import settings
    from django.db import connection

    path = ROOT / "var" / "bench" / name / f"{RUN_ID}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "benchmark": name,
        "run_id": RUN_ID,
        "commit": COMMIT,
        "smoke": SMOKE,
        "started_at": STARTED_AT.isoformat(timespec="seconds"),
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "idle_floor": QUIET.floor,
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
