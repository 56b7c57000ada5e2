"""The messages of the code as it is now, extracted the way a developer extracts them."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
from django.conf import settings

from tests.conftest import need

ROOT = Path(settings.BASE_DIR)
CATALOGUES = Path(settings.LOCALE_PATHS[0])


def extract_messages(folder: Path, domains: list[str]) -> dict[str, polib.POFile]:
    """One template catalogue per domain that has messages, from the portal's ``makemessages``
    run on a copy of the tree in ``folder``, so the committed catalogues are never touched."""
    need("GNU gettext (xgettext)", shutil.which("xgettext") is not None)
    copy = folder / "portal"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".venv", "var", ".git", "__pycache__", "*.mo", "*.pot"),
    )
    found = {}
    for domain in domains:
        subprocess.run(
            [sys.executable, "manage.py", "makemessages", "--keep-pot", "-l", "sv"]
            + ["-d", domain, "-v0"],
            cwd=copy,
            check=True,
            capture_output=True,
        )
        pot = copy / CATALOGUES.relative_to(ROOT) / f"{domain}.pot"
        if pot.exists():
            found[domain] = polib.pofile(str(pot))
    return found
