"""Suite-wide fixtures: engines (PostgreSQL, the search node, Redis, Chromium, gettext), demo data.

With CI=true a missing engine fails the run at start; elsewhere tests that need one skip.
"""

import os
import shutil

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection

from demo.site import seed_demo

ON_CI = os.environ.get("CI", "").lower() == "true"


def chromium_path() -> str | None:
    path = os.environ.get("PORTAL_CHROMIUM") or shutil.which("chromium")
    return path if path and os.access(path, os.X_OK) else None


def redis_configured() -> bool:
    redis = "django.core.cache.backends.redis.RedisCache"
    return all(cache["BACKEND"] == redis for cache in settings.CACHES.values())


def missing_engines() -> list[str]:
    missing = []
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        missing.append("PostgreSQL (DATABASE_URL is not a postgres:// URL)")
    if not settings.ELASTICSEARCH_URL:
        missing.append("the search node (ELASTICSEARCH_URL is not set)")
    if chromium_path() is None:
        missing.append("Chromium (no executable at PORTAL_CHROMIUM or on PATH)")
    if not redis_configured():
        missing.append("Redis (CACHE_URL is not a redis:// URL)")
    if shutil.which("xgettext") is None:
        missing.append("GNU gettext (no xgettext on PATH; the catalogue test extracts with it)")
    return missing


def pytest_sessionstart(session):
    if ON_CI and missing_engines():
        pytest.exit(
            "CI=true but engines are missing: "
            + "; ".join(missing_engines())
            + ". Run the suite through services/test.",
            returncode=3,
        )


def need(engine: str, available: bool) -> None:
    """Skip a test whose engine is absent, or fail it when CI=true."""
    if available:
        return
    message = f"{engine} is not available; run the suite through services/test"
    if ON_CI:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def postgres(db):
    need("PostgreSQL", connection.vendor == "postgresql")


@pytest.fixture
def search_node_url():
    need("The search node", bool(settings.ELASTICSEARCH_URL))
    return settings.ELASTICSEARCH_URL


@pytest.fixture
def redis():
    """The shared cache is Redis (CACHE_URL), where counters are atomic across processes."""
    need("Redis", redis_configured())


@pytest.fixture(scope="session")
def chromium():
    path = chromium_path()
    need("Chromium", path is not None)
    return path


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached pages, rate limits and view counts never carry over from another test."""
    for each in caches.all():
        each.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo content, seeded once per run; each test's changes roll back around it."""
    with django_db_blocker.unblock():
        seed_demo(community=False)  # the community tests build their own; tests/demo seeds it
