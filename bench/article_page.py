"""Article page latency beside a plain Wagtail page with the same blocks, in one run.

Run it on a fresh database: ``bash bench/run.sh bench/article_page.py``. It needs gunicorn
in ``.venv`` (``.venv/bin/python -m pip install gunicorn``; not a project dependency) and
``bench.settings`` (bench/run.sh's default), which installs the peer, ``bench.plain``.

The demo content comes from ``demo.site.seed_demo`` (35 articles in five languages, the
way ``manage.py seed_demo`` builds them). The peer: for every public article, a
``PlainPage`` (``bench/plain``: a Wagtail page with the article's ``StreamField`` blocks, its
template the site's ``base.html`` with the title and the blocks, nothing else) under the
same category, with the same title and the same body, published the same way. Then VACUUM
ANALYZE. The SQL queries of one render are counted in-process with Django's test client:
the shortest and the longest English article for an anonymous visitor (page cache emptied,
so a render is counted), and the same two, and their plain peers, for a signed-in customer
(``anna``; a request with a session never uses the page cache).

Then gunicorn (2 sync workers, ``DJANGO_SETTINGS_MODULE`` as for this process) serves every
public article in every locale on plain HTTP/1.1 connections, with the production defaults
for what a served page touches: persistent database connections
(``DATABASE_CONN_MAX_AGE=60``), each view written as it is served (one upsert) and the
file-based cache shared by the workers (``CACHE_DIR``, emptied before each server start).
Runs: anonymous visitors with the page cache, 8 clients (the headline of the earlier goal); then a
signed-in customer (her session cookie on every request), 8 clients and 1 client, each run
once over the articles and once over their plain peers on the same server, after a warm-up
pass over both. A run is 2,000 requests or 60 s, whichever comes first (``BENCH_SMOKE``:
200 or 10 s). gunicorn's sync workers close the connection after each response, so every
request opens a new TCP connection. Any answer but 200 stops the benchmark (the server log
is in ``var/bench/article_page-gunicorn.log``).

Goals (issue 12): for a signed-in reader at most 12 queries a render, and p95 with 8
clients at most 1.5 times the plain page's.
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
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cms.models import ArticlePage
from demo.site import seed_demo
from portal.page_cache import page_cache_clear

WORKERS = 2
REQUESTS = benchlib.scaled(2000, 200)
TIME_CAP_SECONDS = benchlib.scaled(60, 10)
GOAL_P95_MS = 60  # anonymous visitors, page cache (the goal of the earlier issue)
GOAL_QUERIES = 12  # a signed-in reader's render (issue 12)
GOAL_RATIO = 1.5  # a signed-in reader's p95 against the plain page's (issue 12)
READER = "anna"  # a demo customer
SERVER_LOG = benchlib.ROOT / "var" / "bench" / "article_page-gunicorn.log"
CACHE_DIR = benchlib.ROOT / "var" / "bench" / "article_page-cache"
# The production defaults for what a served page touches.
SERVED = {
    "DATABASE_CONN_MAX_AGE": "60",
    "CACHE_DIR": str(CACHE_DIR),
}
RUNS = (
    # name, concurrent clients, signed in, with the plain peer
    ("anonymous, 8 clients, page cache", 8, False, False),
    ("signed-in, 8 clients", 8, True, True),
    ("signed-in, 1 client", 1, True, True),
)


def public_articles() -> list[ArticlePage]:
    return list(
        ArticlePage.objects.live().filter(access=ArticlePage.Access.PUBLIC).select_related("locale")
    )


def body_size(article: ArticlePage) -> int:
    return len(json.dumps(article.body.get_prep_value()))


def plain_peers(articles: list[ArticlePage]) -> dict:
    """A published ``PlainPage`` beside every article: same parent, title and blocks."""
    plain_page = apps.get_model("bench_plain", "PlainPage")
    peers = {}
    for article in articles:
        peer = article.get_parent().add_child(
            instance=plain_page(
                title=article.title,
                slug=f"plain-{article.slug}",
                locale=article.locale,
                body=article.body.raw_data,
            )
        )
        peer.save_revision().publish()
        peers[article.pk] = peer
    return peers


def render_queries(client: Client, url: str) -> tuple[int, list[str], int]:
    client.get(url)  # warm-up: template loading, site root paths
    page_cache_clear()  # count a render, not a replay
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    sql = [query["sql"][:160] for query in queries.captured_queries]
    return len(queries), sql, len(response.content)


def count_queries(articles: list[ArticlePage], peers: dict, reader) -> dict[str, dict]:
    """Queries of one render of the shortest and the longest English article, anonymous and
    signed in, and of their plain peers signed in."""
    english = sorted((a for a in articles if a.locale.language_code == "en"), key=body_size)
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(reader)
    found = {}
    for label, article in (("short", english[0]), ("long", english[-1])):
        row = {"url": article.url, "blocks": len(article.body)}
        for who, client, page in (
            ("anonymous", anonymous, article),
            ("signed_in", signed_in, article),
            ("plain_signed_in", signed_in, peers[article.pk]),
        ):
            queries, sql, size = render_queries(client, page.url)
            row[who] = {"queries": queries, "html_bytes": size, "sql": sql}
        found[label] = row
    return found


def session_cookie(reader) -> str:
    client = Client()
    client.force_login(reader)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


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


def drive(port: int, urls: list[str], clients: int, total: int, cookie: str = "") -> dict:
    """``total`` GETs over ``urls`` from ``clients`` threads, stopping at the time cap."""
    headers = {"Cookie": cookie} if cookie else {}
    counter = itertools.count()
    deadline = time.monotonic() + TIME_CAP_SECONDS
    samples: list[tuple[float, str]] = []  # (milliseconds, status); append is thread-safe

    def visitor() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline and (number := next(counter)) < total:
            started = time.perf_counter()
            try:
                conn.request("GET", urls[number % len(urls)], headers=headers)
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
    if not apps.is_installed("bench.plain"):
        sys.exit("the plain peer needs DJANGO_SETTINGS_MODULE=bench.settings (bench/run.sh)")
    benchlib.require_fresh_database()
    started = time.perf_counter()
    seed_demo(community=False)  # the knowledge base alone, as before the community
    articles = public_articles()
    peers = plain_peers(articles)
    benchlib.analyze_database()
    benchlib.log(f"seed_demo, plain peers, VACUUM ANALYZE: {time.perf_counter() - started:.0f} s")
    reader = get_user_model().objects.get(username=READER)

    order = list(range(len(articles)))
    random.Random(2024).shuffle(order)
    urls = [articles[i].url for i in order]
    plain_urls = [peers[articles[i].pk].url for i in order]
    locales = Counter(article.locale.language_code for article in articles)
    benchlib.log(f"{len(urls)} public article URLs: {dict(sorted(locales.items()))}")

    queries = count_queries(articles, peers, reader)
    benchlib.log("\nSQL queries for one render (in-process test client)")
    benchlib.log(f"  {'':<6} {'blocks':>6} {'anonymous':>10} {'signed-in':>10} {'plain page':>11}")
    for label, found in queries.items():
        benchlib.log(
            f"  {label:<6} {found['blocks']:>6} {found['anonymous']['queries']:>10} "
            f"{found['signed_in']['queries']:>10} {found['plain_signed_in']['queries']:>11}"
            f"  {found['url']}"
        )
    connection.close()
    cookie = session_cookie(reader)
    connection.close()

    benchlib.log(
        f"\ngunicorn, {WORKERS} sync workers, {REQUESTS} requests (cap {TIME_CAP_SECONDS} s)"
    )
    benchlib.log(f"  {'run':<44} {'req/s':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
    SERVER_LOG.unlink(missing_ok=True)
    loads = {}
    for name, clients, signed, with_peer in RUNS:
        shutil.rmtree(CACHE_DIR, ignore_errors=True)
        who = cookie if signed else ""
        pages = {"article": urls, "plain page": plain_urls} if with_peer else {"article": urls}
        with Gunicorn(SERVED) as server:
            for page_urls in pages.values():
                require_success(drive(server.port, page_urls, 2, len(page_urls), cookie=who))
            loads[name] = {}
            for page, page_urls in pages.items():
                quiet = benchlib.wait_for_quiet_machine()
                result = drive(server.port, page_urls, clients, REQUESTS, cookie=who)
                require_success(result)
                loads[name][page] = {**result, **quiet}
                benchlib.log(
                    f"  {name + ', ' + page:<44} {result['requests_per_second']:>6} "
                    f"{result['p50_ms']:>7} {result['p95_ms']:>7} {result['p99_ms']:>7}"
                    f"  busy {quiet['busy_cpu_share_before']:.0%}"
                )
        if with_peer:
            article, plain = loads[name]["article"], loads[name]["plain page"]
            loads[name]["ratios"] = ratios = {
                f"{p}_ms": benchlib.ratio(article[f"{p}_ms"], plain[f"{p}_ms"])
                for p in ("p50", "p95", "p99")
            }
            benchlib.log(
                f"  {name}: article / plain page p50 {ratios['p50_ms']}×, "
                f"p95 {ratios['p95_ms']}×, p99 {ratios['p99_ms']}×"
            )

    anonymous_p95 = loads[RUNS[0][0]]["article"]["p95_ms"]
    signed_queries = max(found["signed_in"]["queries"] for found in queries.values())
    plain_queries = max(found["plain_signed_in"]["queries"] for found in queries.values())
    goals = [
        benchlib.goal_row(
            f"signed-in render: queries ≤ {GOAL_QUERIES}",
            signed_queries,
            GOAL_QUERIES,
            f"plain page {plain_queries}",
        ),
        benchlib.goal_row(
            f"signed-in, 8 clients: p95 ≤ {GOAL_RATIO}× plain page",
            loads["signed-in, 8 clients"]["ratios"]["p95_ms"],
            GOAL_RATIO,
            f"{loads['signed-in, 8 clients']['article']['p95_ms']} vs "
            f"{loads['signed-in, 8 clients']['plain page']['p95_ms']} ms",
        ),
        benchlib.goal_row(
            f"anonymous, 8 clients, page cache: p95 ≤ {GOAL_P95_MS} ms",
            anonymous_p95,
            GOAL_P95_MS,
            "absolute (earlier issue)",
        ),
    ]
    benchlib.print_goals(goals)
    benchlib.write_results(
        "article_page",
        {
            "workers": WORKERS,
            "urls": len(urls),
            "reader": READER,
            "queries": queries,
            "load": loads,
            "goals": goals,
        },
    )


if __name__ == "__main__":
    main()
