"""With CI=true a missing engine stops the run before any test, instead of skipping."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_run_without_engines_fails_loudly():
    environment = os.environ | {
        "CI": "true",
        "DATABASE_URL": "sqlite:///:memory:",
        "ELASTICSEARCH_URL": "",
        "CACHE_URL": "",
    }

    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests/home/test_home_page.py"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 3
    assert "CI=true but engines are missing" in result.stdout + result.stderr
    assert "PostgreSQL" in result.stdout + result.stderr
    assert "the search node" in result.stdout + result.stderr
    assert "Redis" in result.stdout + result.stderr
