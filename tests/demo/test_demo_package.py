"""The demo is a package of its own that production never loads (issue 12, item 3)."""

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path, PurePath

from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[2]
PORTAL_PACKAGES = ["cms", "home", "search", "community", "support"]
PRODUCTION_PROBE = """
import sys
import django
django.setup()
from django.apps import apps
from django.core.management import get_commands
from django.urls import get_resolver
get_resolver().url_patterns  # every view module the site serves
import portal.wsgi
print(apps.is_installed("demo"), "seed_demo" in get_commands(),
      sorted(name for name in sys.modules if name == "demo" or name.startswith("demo.")))
"""


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            modules.add(str(node.args[0].value))
    return modules


def test_no_module_of_the_portal_imports_the_demo():
    importers = [
        f"{path.relative_to(ROOT)}: {module}"
        for package in PORTAL_PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        for module in sorted(imported_modules(path))
        if module == "demo" or module.startswith("demo.")
    ]

    assert importers == []


def test_production_has_no_demo_app_and_no_seed_demo_command(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "CACHE_URL", "ELASTICSEARCH_URL"}
    } | {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "help.example.com",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        "CACHE_DIR": str(tmp_path / "cache"),
    }

    probe = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split("\n")[0] == "False False []"


def test_the_dev_and_test_settings_install_the_demo(settings):
    from portal.settings import dev

    assert "demo" in dev.INSTALLED_APPS
    assert "demo" in settings.INSTALLED_APPS


def test_the_loader_reads_its_files_from_any_working_directory(tmp_path):
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    script = "from demo import loader; print(len(loader.articles()), len(loader.categories()))"

    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["35", "6"]


def globbed(path: PurePath, glob: str) -> bool:
    """Whether setuptools' package-data ``glob`` takes the file (``*`` stays in one folder)."""
    return len(path.parts) == len(PurePath(glob).parts) and path.match(glob)


def test_the_distribution_packages_the_demo_and_every_data_file():
    tool = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    demo = ROOT / "demo"
    packages = {".".join(path.parent.relative_to(ROOT).parts) for path in demo.rglob("__init__.py")}
    data_files = [
        path.relative_to(demo)
        for path in demo.rglob("*")
        if path.is_file() and path.suffix != ".py" and "__pycache__" not in path.parts
    ]

    found = find_packages(str(ROOT), include=tool["packages"]["find"]["include"])

    assert packages <= set(found)
    assert data_files, "the demo has no data files"
    unpackaged = [
        str(path)
        for path in data_files
        if not any(globbed(path, glob) for glob in tool["package-data"]["demo"])
    ]
    assert unpackaged == []
