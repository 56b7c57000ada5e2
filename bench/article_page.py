"""Article page latency: gunicorn serving the demo knowledge base to concurrent visitors.

Run it on a fresh database: ``bash bench/run.sh bench/article_page.py``. It needs gunicorn
in ``.venv`` (``.venv/bin/python -m pip install gunicorn``; not a project dependency).

The demo content comes from ``cms.demo.seed_demo`` (35 articles in five languages, the
way ``manage.py seed_demo`` builds them), followed by VACUUM ANALYZE. The SQL queries of one
render of the shortest and the longest English article are counted in-process with Django's
test client. Then gunicorn (2 sync workers, ``DJANGO_SETTINGS_MODULE`` as for this process,
``portal.settings.test`` by default: DEBUG off, database search) serves every public article in
every locale to anonymous visitors on plain HTTP/1.1 connections, with the production
defaults for what a served page touches: persistent database connections
(``DATABASE_CONN_MAX_AGE=60``), view counts written every 10 s and the file-based cache
shared by the workers (``CACHE_DIR``, emptied before each run). Per run: one warm-up pass
over every URL (which also fills the page cache), then 2,000 requests (at most 60 s) from 8
concurrent clients and, for the service time without queueing, from 1. Both are repeated
with ``PAGE_CACHE_SECONDS=0``, so that every request renders the page (as for a signed-in
visitor or right after a publish). gunicorn's sync workers close the connection after each
response, so every request opens a new TCP connection.
Any answer but 200 stops the benchmark (the server log is in
``var/bench/article_page-gunicorn.log``).
"""

import http.client
import importlib.util
import itertools
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter

import benchlib

# isort: split
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cms.demo import seed_demo
from cms.models import ArticlePage
from cms.page_cache import page_cache_clear

WORKERS = 2
REQUESTS = 2000
TIME_CAP_SECONDS = 60
GOAL_P95_MS = 60
SERVER_LOG = benchlib.ROOT / "var" / "bench" / "article_page-gunicorn.log"
CACHE_DIR = benchlib.ROOT / "var" / "bench" / "article_page-cache"
# The production defaults for what a served page touches.
SERVED = {
    "DATABASE_CONN_MAX_AGE": "60",
    "CACHE_DIR": str(CACHE_DIR),
}
RENDERED = {**SERVED, "PAGE_CACHE_SECONDS": "0"}  # the page cache stores nothing
RUNS = (
    # name, concurrent clients, extra environment of the server
    ("8 clients, page cache", 8, SERVED),
    ("1 client, page cache", 1, SERVED),
    ("8 clients, every request rendered", 8, RENDERED),
    ("1 client, every request rendered", 1, RENDERED),
)


def public_articles() -> list[ArticlePage]:
    return list(
        ArticlePage.objects.live().filter(access=ArticlePage.Access.PUBLIC).select_related("locale")
    )


def body_size(article: ArticlePage) -> int:
    return len(json.dumps(article.body.get_prep_value()))


def count_queries(articles: list[ArticlePage]) -> dict[str, dict]:
    """Queries of one anonymous render of the shortest and the longest English article."""
    english = sorted((a for a in articles if a.locale.language_code == "en"), key=body_size)
    client = Client()
    found = {}
    for label, article in (("short", english[0]), ("long", english[-1])):
        client.get(article.url)  # warm-up: template loading, site root paths
        page_cache_clear()  # count a render, not a replay
        with CaptureQueriesContext(connection) as queries:
            response = client.get(article.url)
        assert response.status_code == 200, response.status_code
        found[label] = {
            "url": article.url,
            "blocks": len(article.body),
            "html_bytes": len(response.content),
            "queries": len(queries),
            "sql": [query["sql"][:160] for query in queries.captured_queries],
        }
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """gunicorn with sync workers on a free loopback port, stopped by PID on exit.

    Its output (and Django's error log) is appended to ``SERVER_LOG``.
    """

    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.env = {**os.environ, **env}

    def __enter__(self) -> "Gunicorn":
        SERVER_LOG.parent.mkdir(parents=True, exist_ok=True)
        self.log = SERVER_LOG.open("a")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi:application",
                f"--workers={WORKERS}",
                "--worker-class=sync",
                f"--bind=127.0.0.1:{self.port}",
                f"--chdir={benchlib.ROOT}",
                "--log-level=warning",
            ],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start listening in 30 s")

    def __exit__(self, *exc_info) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def drive(port: int, urls: list[str], clients: int, total: int) -> dict:
    """``total`` GETs over ``urls`` from ``clients`` threads, stopping at the time cap."""
    counter = itertools.count()
    deadline = time.monotonic() + TIME_CAP_SECONDS
    samples: list[tuple[float, str]] = []  # (milliseconds, status); append is thread-safe

    def visitor() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline and (number := next(counter)) < total:
            started = time.perf_counter()
            try:
                conn.request("GET", urls[number % len(urls)])
                response = conn.getresponse()
                response.read()
                status = str(response.status)
            except (OSError, http.client.HTTPException) as error:
                status = type(error).__name__
                conn.close()
            samples.append(((time.perf_counter() - started) * 1000, status))
        conn.close()

    seconds = benchlib.run_threads(visitor, clients)
    latencies = [milliseconds for milliseconds, _ in samples]
    return {
        "clients": clients,
        "requests": len(latencies),
        "seconds": round(seconds, 1),
        "requests_per_second": round(len(latencies) / seconds, 1),
        "p50_ms": round(benchlib.percentile(latencies, 0.50), 1),
        "p95_ms": round(benchlib.percentile(latencies, 0.95), 1),
        "p99_ms": round(benchlib.percentile(latencies, 0.99), 1),
        "max_ms": round(max(latencies), 1),
        "statuses": dict(Counter(status for _, status in samples)),
    }


def require_success(result: dict) -> None:
    """Any answer but 200 means the server is broken and its timings mean nothing."""
    if set(result["statuses"]) != {"200"}:
        sys.exit(f"answers other than 200: {result['statuses']}; see {SERVER_LOG}")


def main() -> None:
    if importlib.util.find_spec("gunicorn") is None:
        sys.exit("gunicorn is missing: .venv/bin/python -m pip install gunicorn")
    benchlib.require_fresh_database()
    started = time.perf_counter()
    seed_demo()
    benchlib.analyze_database()
    benchlib.log(f"seed_demo and VACUUM ANALYZE: {time.perf_counter() - started:.0f} s")

    articles = public_articles()
    urls = [article.url for article in articles]
    random.Random(2024).shuffle(urls)
    locales = Counter(article.locale.language_code for article in articles)
    benchlib.log(f"{len(urls)} public article URLs: {dict(sorted(locales.items()))}")

    queries = count_queries(articles)
    benchlib.log("\nSQL queries for one anonymous render (in-process test client)")
    for label, found in queries.items():
        benchlib.log(
            f"  {label:<6} {found['queries']:>3} queries  {found['blocks']:>2} blocks  "
            f"{found['html_bytes']:>6} bytes  {found['url']}"
        )
    connection.close()

    benchlib.log(
        f"\ngunicorn, {WORKERS} sync workers, {REQUESTS} requests (cap {TIME_CAP_SECONDS} s)"
    )
    benchlib.log(f"  {'run':<38} {'req/s':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}  statuses")
    SERVER_LOG.unlink(missing_ok=True)
    loads = {}
    for name, clients, env in RUNS:
        shutil.rmtree(CACHE_DIR, ignore_errors=True)
        with Gunicorn(env) as server:
            warm_up = drive(server.port, urls, clients=2, total=len(urls))
            require_success(warm_up)
            busy = benchlib.wait_for_quiet_machine()
            result = drive(server.port, urls, clients=clients, total=REQUESTS)
            loads[name] = {**result, "busy_cpu_share_before": busy}
        require_success(result)
        benchlib.log(
            f"  {name:<38} {result['requests_per_second']:>6} {result['p50_ms']:>7} "
            f"{result['p95_ms']:>7} {result['p99_ms']:>7}  {result['statuses']}"
        )
    p95 = loads[RUNS[0][0]]["p95_ms"]
    verdict = "met" if p95 < GOAL_P95_MS else "missed"
    benchlib.log(f"goal p95 < {GOAL_P95_MS} ms with 8 clients: {verdict} ({p95} ms)")
    benchlib.write_results(
        "article_page",
        {
            "goal_p95_ms": GOAL_P95_MS,
            "workers": WORKERS,
            "urls": len(urls),
            "queries": queries,
            "load": loads,
        },
    )


if __name__ == "__main__":
    main()
