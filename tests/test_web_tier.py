"""No state on the web tier: real web processes on one database and one Redis.

Each web process is ``manage.py runserver --noreload`` in a subprocess, with the settings an
operator runs (``portal.settings.dev``: nothing of the test settings' shortcuts), pointed at
this run's test database and at one Redis: ``CACHE_URL``'s when set (``services/test``
starts one), else a private ``redis-server`` this module starts on a free port in a
temporary directory and stops by PID. Data the web processes read is committed
(``transactional_db``), and the database is emptied after each test.
"""

import contextlib
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.db import connection
from django.test import Client

from cms.models import ArticleDailyViews
from demo.site import seed_demo
from tests.conftest import need, redis_configured
from tests.factories import new_category, publish_article, publish_first_paragraph
from tests.utils import demo_user

ROOT = Path(__file__).resolve().parent.parent
REDIS_SERVER = "/usr/bin/redis-server"
STARTUP_SECONDS = 180  # two cold Django processes on a busy 2-core machine
ADDRESS_LIMIT = 4  # feedback answers per client address and hour, in the web processes


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_a_little(process: subprocess.Popen) -> None:
    """Give a starting server a moment, returning at once if it exits."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=0.2)


def accepts_connections(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """One Redis for this test process and every web process it starts."""
    # The web processes share this run's test database: PostgreSQL (SQLite's is in memory).
    need("PostgreSQL", connection.vendor == "postgresql")
    if redis_configured():
        yield django_settings.CACHE_URL
        return
    need("Redis (redis-server)", os.access(REDIS_SERVER, os.X_OK))
    port = free_port()
    directory = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [REDIS_SERVER, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(directory)]
        + ["--save", "", "--appendonly", "no", "--logfile", str(directory / "server.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not accepts_connections(port):
            assert server.poll() is None, (directory / "server.log").read_text()
            assert time.monotonic() < deadline, "redis-server did not start within 30 s"
            wait_a_little(server)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()  # by PID: the process this fixture started, nothing else
        server.wait(timeout=30)


@pytest.fixture
def shared_cache(redis_url, settings):
    """This test process's caches on the web processes' Redis, emptied."""
    if not redis_configured():
        backend = "django.core.cache.backends.redis.RedisCache"
        settings.CACHES = {
            alias: {"BACKEND": backend, "LOCATION": redis_url} for alias in ("default", "limits")
        }
    for each in caches.all():
        each.clear()
    return redis_url


class WebProcess:
    """``manage.py runserver`` on a free port, serving the test database."""

    def __init__(self, redis_url: str, log_dir: Path, name: str):
        self.port = free_port()
        self.log = log_dir / f"{name}.log"
        database = urlsplit(os.environ["DATABASE_URL"])
        test_database = database._replace(path=f"/{connection.settings_dict['NAME']}")
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": urlunsplit(test_database),
            "CACHE_URL": redis_url,
            "SECRET_KEY": django_settings.SECRET_KEY,  # reads this process's sessions
            "SEARCH_INDEX_PREFIX": django_settings.SEARCH_INDEX_PREFIX,
            "FEEDBACK_PER_ADDRESS_PER_HOUR": str(ADDRESS_LIMIT),
            "PYTHONUNBUFFERED": "1",
        }
        env.pop("CACHE_DIR", None)
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks"]
                + [f"127.0.0.1:{self.port}"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def wait_until_serving(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not accepts_connections(self.port):
            assert self.process.poll() is None, self.log.read_text()
            assert time.monotonic() < deadline, self.log.read_text()
            wait_a_little(self.process)

    def request(self, method: str, path: str, body: bytes | None = None, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.headers, response.read()
        finally:
            conn.close()

    def get(self, path: str, cookies: dict | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in (cookies or {}).items())}
        return self.request("GET", path, headers=headers if cookies else None)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)


@pytest.fixture
def start_web(redis_url, tmp_path):
    """Start web processes by name; every one still running is stopped by PID afterwards."""
    started: list[WebProcess] = []

    def start(*names: str) -> list[WebProcess]:
        processes = [WebProcess(redis_url, tmp_path, name) for name in names]
        started.extend(processes)
        for each in processes:
            each.wait_until_serving()
        return processes

    yield start
    for each in started:
        each.stop()


@pytest.fixture
def article(transactional_db, shared_cache):
    """A published public article, committed, with the demo users (not the demo articles)."""
    seed_demo(knowledge_base=False)
    return publish_article(title="Exporting timesheets", category=new_category("Web tier"))


def test_a_view_is_kept_when_the_web_process_is_killed_right_after_answering(article, start_web):
    (web,) = start_web("web")

    rendered = web.get(article.url)
    replayed = web.get(article.url)
    web.process.send_signal(signal.SIGKILL)  # no atexit, no flush: the process is gone
    web.process.wait(timeout=30)

    assert rendered[0] == replayed[0] == 200
    assert "X-Portal-Cache" not in rendered[1]
    assert replayed[1]["X-Portal-Cache"] == "hit"  # counted on the cache's path as well
    views = ArticleDailyViews.objects.get(translation_key=article.translation_key)
    assert views.views == 2


def test_a_change_published_anywhere_is_served_at_once_by_every_web_process(article, start_web):
    first, second = start_web("first", "second")

    assert b"Exporting timesheets" in first.get(article.url)[2]
    status, headers, _body = second.get(article.url)
    assert (status, headers["X-Portal-Cache"]) == (200, "hit")  # one page cache for both

    publish_first_paragraph(article, "Exports now include overtime.")  # this process's services

    status, headers, body = second.get(article.url)
    assert (status, headers["X-Portal-Cache"]) == (200, None)  # rendered anew
    assert b"Exports now include overtime." in body
    status, headers, body = first.get(article.url)
    assert (status, headers["X-Portal-Cache"]) == (200, "hit")  # what the second one stored
    assert b"Exports now include overtime." in body

    # An editor unpublishes the article through the first process's admin ...
    client = Client()
    client.force_login(demo_user("editor"))
    name = django_settings.SESSION_COOKIE_NAME
    session = {name: client.cookies[name].value}
    unpublish = f"/admin/pages/{article.pk}/unpublish/"
    status, headers, form = first.get(unpublish, cookies=session)
    assert status == 200, form[:2000]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1).decode()
    set_cookies = "; ".join(headers.get_all("Set-Cookie") or [])
    csrf = re.search(r"csrftoken=([^;]+)", set_cookies).group(1)
    cookies = {**session, "csrftoken": csrf}
    status, _headers, _body = first.request(
        "POST",
        unpublish,
        body=urlencode({"csrfmiddlewaretoken": token}).encode(),
        headers={
            "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    assert status == 302

    # ... and an anonymous visitor of the second process no longer gets it from the cache.
    assert second.get(article.url)[0] == 404


def test_the_feedback_limit_counts_answers_sent_to_either_web_process(article, start_web):
    first, second = start_web("first", "second")
    path = f"/api/v3/portal/kb/articles/{article.pk}/feedback/"

    statuses = [
        web.request(
            "POST",
            path,
            body=b'{"helpful": true}',
            headers={"Content-Type": "application/json"},  # no cookie: a new visitor each time
        )[0]
        for web in (first, second) * ADDRESS_LIMIT
    ]

    assert statuses == [201] * ADDRESS_LIMIT + [429] * ADDRESS_LIMIT
