"""The zero-setup run searches SQLite with FTS5; checked in a process of its own."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_sqlite_full_text_engine(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        "ELASTICSEARCH_URL": "",
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, cwd=ROOT, check=True)
    probe = (ROOT / "tests" / "search" / "sqlite_probe.py").read_text()
    output = subprocess.run(
        [*manage, "shell", "-v0", "-c", probe],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout

    found = json.loads(output.strip().splitlines()[-1])
    assert found["invoice_public"] == {"keys": [], "total": 0}  # rewritten to "bill"
    assert found["invoice_member"] == {"keys": ["d"], "total": 1}
    assert found["bill"]["keys"] == ["a"]
    assert found["racun"]["keys"] == ["b"]
    assert found["fapiao"]["keys"] == ["c"]
    assert found["suggest"] == ["Create a bill"]
    assert "<mark>račun</mark>" in found["snippet"]
    # A kind's own facet, filtered and counted within the viewer's principals:
    assert found["answered"]["keys"] == ["t1"]
    assert sorted(found["answered_staff"]["keys"]) == ["t1", "t3"]
    assert found["asked"]["answered"] == {"yes": 1, "no": 1}
    # Widened to any word, the entry holding every word still comes first:
    assert found["widened"]["total"] == 6 and found["widened"]["keys"][0] == "w"
