"""Every third-party package the project imports is declared in pyproject.toml, so a fresh
install from its dependencies (not from requirements.lock) runs the portal."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("portal", "cms", "home", "search", "community", "support", "demo")


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_distributions() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = set()
    for requirement in project["dependencies"]:
        found = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        names.add(_normalised(found.group(1)))
    return names


def imported_top_level_names() -> dict[str, set[str]]:
    """Top-level module names imported by the project's packages, each with its importers;
    the apps and middleware named in the settings count as imports too."""
    imported: dict[str, set[str]] = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    imported.setdefault(name.split(".")[0], set()).add(str(path.relative_to(ROOT)))
    for dotted in (*settings.INSTALLED_APPS, *settings.MIDDLEWARE):
        imported.setdefault(dotted.split(".")[0], set()).add("settings")
    return imported


def test_every_third_party_import_is_declared_in_pyproject():
    distributions = packages_distributions()
    declared = declared_distributions()
    undeclared = {}
    for name, importers in imported_top_level_names().items():
        if name in sys.stdlib_module_names or name in PACKAGES:
            continue
        providers = {_normalised(d) for d in distributions.get(name, [])}
        assert providers, f"{name} (imported by {sorted(importers)}) is not installed"
        if not providers & declared:
            undeclared[name] = (sorted(providers), sorted(importers)[:3])

    assert undeclared == {}, f"imported but not declared in pyproject.toml: {undeclared}"
