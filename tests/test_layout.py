"""The layout rules of the README ("Layout"), checked on every app's source.

Project wiring lives in ``portal/``; each app's layers import only from the layers above
them; ``wagtail_hooks`` registers and does nothing else.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
APPS = ("cms", "home", "search", "community", "support")
WIRING = ("settings", "urls", "wsgi", "middleware", "openapi")
# A module of this layer may not import a module of the layers named after it.
BELOW = {
    "models": ("services", "selectors", "api", "views", "admin_views", "wagtail_hooks"),
    "services": ("api", "views", "admin_views", "wagtail_hooks"),
    "selectors": ("api", "views", "admin_views", "wagtail_hooks"),
    "api": ("wagtail_hooks",),
    "views": ("wagtail_hooks",),
    "admin_views": ("wagtail_hooks",),
}


def modules(app: str):
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" not in path.parts:
            yield path, ast.parse(path.read_text())


def layer(path: Path) -> str:
    """The layer a module belongs to: its own name, or its package's (``models/pages.py``)."""
    return path.parent.name if path.parent.name in BELOW else path.stem


def imported(tree) -> set[str]:
    """What a module imports when it loads (a page's ``get_context`` or ``serve`` is the view
    half of a Wagtail page: it imports the selectors it reads through inside the method)."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
    return names


def test_the_project_wiring_is_in_portal_and_no_app_carries_any():
    assert settings.ROOT_URLCONF == "portal.urls"
    assert settings.WSGI_APPLICATION == "portal.wsgi.application"
    assert settings.SETTINGS_MODULE.startswith("portal.settings.")
    stray = [
        f"{app}/{name}"
        for app in APPS
        for name in WIRING
        if (ROOT / app / f"{name}.py").exists() or (ROOT / app / name).is_dir()
    ]
    assert stray == []


def test_the_knowledge_base_keeps_its_concerns_in_their_own_packages():
    for package in ("models", "translation", "health", "comments"):
        assert (ROOT / "cms" / package / "__init__.py").is_file(), package
    assert not (ROOT / "cms" / "models.py").exists()


@pytest.mark.parametrize("app", APPS)
def test_each_layer_imports_only_from_the_layers_above_it(app):
    wrong = []
    for path, tree in modules(app):
        forbidden = BELOW.get(layer(path), ())
        for name in imported(tree):
            parts = name.split(".")
            if parts[0] in (*APPS, "portal") and any(part in forbidden for part in parts[1:]):
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert wrong == []


@pytest.mark.parametrize(
    "path", sorted(ROOT.glob("*/wagtail_hooks.py")), ids=lambda path: path.parent.name
)
def test_wagtail_hooks_registers_and_does_nothing_else(path):
    doing = []
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call | ast.Constant):
            continue  # the docstring, or a call such as register_snippet(...)
        if isinstance(node, ast.FunctionDef) and any(
            "hooks.register" in ast.unparse(decorator) for decorator in node.decorator_list
        ):
            continue
        doing.append(f"line {node.lineno}: {ast.unparse(node).splitlines()[0]}")
    assert doing == []
