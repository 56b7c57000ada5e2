"""Configuration from the environment, exercised through manage.py as an operator would."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "help.example.com",
    "DATABASE_URL": "sqlite:///:memory:",
    "ELASTICSEARCH_URL": "",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DATABASE_URL",
            "ELASTICSEARCH_URL",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            # set by the browser tests for Playwright's event loop; never in deployment
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_deploy_check_prints_no_warning():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = manage("check", **(PRODUCTION | {"SECRET_KEY": ""}))

    assert result.returncode != 0
    assert result.stderr.strip() == "configuration error: SECRET_KEY: is required and not set"


def test_unreachable_database_url_gets_one_line_naming_it():
    result = manage(
        "migrate",
        "--check",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DATABASE_URL="postgres://nobody@127.0.0.1:9/nowhere",
    )

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("configuration error: DATABASE_URL: cannot use the database")


@pytest.mark.parametrize(
    "url", ["localhost:9200", "http://", "ftp://search:9200", "http://h:99999"]
)
def test_malformed_elasticsearch_url_gets_one_line_naming_it(url):
    result = manage("check", DJANGO_SETTINGS_MODULE="portal.settings.dev", ELASTICSEARCH_URL=url)

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("configuration error: ELASTICSEARCH_URL: must look like")
