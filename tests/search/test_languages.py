"""The languages of the settings reach documents, both engines and their analyzers."""

import ast
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from search.documents import SearchDocument
from search.engines.database import DatabaseEngine
from search.engines.node import index_body
from search.languages import language, languages
from search.query import SearchQuery

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = ROOT / "search" / "languages.py"


def test_every_configured_language_has_its_analyzer_and_fields_on_the_node():
    properties = index_body()["mappings"]["properties"]
    analyzers = {"english", "swedish", "norwegian", "cjk", "standard"}
    analyzers |= set(index_body()["settings"]["analysis"]["analyzer"])

    assert list(languages()) == [code for code, _name in settings.LANGUAGES]
    for spoken in languages().values():
        assert properties[f"title_{spoken.field}"]["analyzer"] == spoken.analyzer
        assert properties[f"body_{spoken.field}"]["analyzer"] == spoken.analyzer
        assert spoken.analyzer in analyzers


def test_no_module_but_the_registry_names_a_language_code():
    codes = {code for code, _name in settings.LANGUAGES}
    sources = [*(ROOT / "search").rglob("*.py"), ROOT / "cms" / "search_kind.py"]
    named = [
        f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}"
        for path in sources
        if path != REGISTRY and "migrations" not in path.parts
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Constant) and node.value in codes
    ]

    assert named == []


def test_a_language_added_to_the_settings_is_searchable_in_the_database(postgres, settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("de", "German")]
    now = timezone.now()
    german = DatabaseEngine()
    german.write(
        {
            ("note", "de1"): [
                SearchDocument(
                    kind="note",
                    key="de1",
                    locale="de",
                    title="Rechnung erstellen",
                    body="So erstellen Sie eine Rechnung für Ihre Kunden.",
                    url="/de/rechnung/",
                    principals=("public",),
                    created_at=now,
                    updated_at=now,
                )
            ]
        }
    )

    found = german.search(SearchQuery("rechnung", "de", ("public",), source_locale="de"))

    assert language("de").text_search_config == "simple"
    assert [hit.url for hit in found.hits] == ["/de/rechnung/"]
