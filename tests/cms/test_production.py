"""Production starts as the README says: its Production steps, run as written, give pages
that answer in their language; leaving out collectstatic does not."""

import os
import re
import secrets
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="help.example.com", raise_request_exception=False)
for path in ("/en/search/", "/admin/login/", "/sv/search/"):
    response = client.get(path, secure=True)
    print(path, response.status_code, bool(response.status_code == 200 and
          __import__("re").search(rb"/static/[^\\"]+\\.[0-9a-f]{12}\\.css", response.content)))
from django.utils import translation
english = "Search the help center"
with translation.override("sv"):
    print("speaks Swedish", translation.gettext(english) != english)
"""


def readme_production_steps() -> list[list[str]]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Production\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [shlex.split(line) for line in block.splitlines() if line.startswith("python ")]


@pytest.fixture
def production_env(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "ELASTICSEARCH_URL",
            "CACHE_URL",
            "DATABASE_URL",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",  # set by the browser tests; check --deploy warns
        }
    }
    return env | {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "help.example.com",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
        "CACHE_DIR": str(tmp_path / "cache"),
    }


def run(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def pages(env: dict) -> list[str]:
    probe = run([sys.executable, "-c", PROBE], env)
    assert probe.returncode == 0, probe.stderr
    return probe.stdout.split("\n")[:4]


def test_the_readme_production_steps_give_working_pages(production_env):
    steps = readme_production_steps()
    assert [step[2] for step in steps] == ["migrate", "compilemessages", "collectstatic", "check"]

    compiled_before = (ROOT / "locale/sv/LC_MESSAGES/django.mo").exists()
    migrate, *rest = steps
    assert run([sys.executable, *migrate[1:]], production_env).returncode == 0
    assert pages(production_env) == [
        "/en/search/ 500 False",  # no manifest yet: every page fails
        "/admin/login/ 500 False",
        "/sv/search/ 500 False",
        "speaks Swedish " + str(compiled_before),
    ]
    for step in rest:
        done = run([sys.executable, *step[1:]], production_env)
        assert done.returncode == 0, done.stdout + done.stderr

    assert pages(production_env) == [
        "/en/search/ 200 True",
        "/admin/login/ 200 True",
        "/sv/search/ 200 True",
        "speaks Swedish True",
    ]


def test_the_api_docs_can_be_switched_off(db, client, settings):
    assert client.get("/api/v3/openapi.json").status_code == 200

    settings.WAGTAILAPI_DOCS_ENABLED = False

    assert client.get("/api/v3/openapi.json").status_code == 404
    assert client.get("/api/v3/docs/").status_code == 404
