import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.search.backends import get_search_backend

from search.client import index_name, search_client
from search.engines.node import index_body
from search.languages import searchable_text

ROOT = Path(__file__).resolve().parents[2]


def test_database_search_backend_is_postgres_full_text_search(postgres):
    backend = get_search_backend("database")

    assert isinstance(backend, PostgresSearchBackend)


def test_wagtail_search_uses_the_search_node_when_configured(search_node_url):
    backend = get_search_backend("default")

    assert type(backend).__module__.endswith("opensearch2")
    assert backend.hosts[0]["port"] == int(search_node_url.rsplit(":", 1)[1])


def test_document_is_indexed_into_and_found_in_the_live_node(search_node_url):
    client = search_client()
    name = index_name(f"smoke-{uuid.uuid4().hex[:8]}")
    client.indices.create(index=name, body={"settings": {"number_of_replicas": 0}})
    try:
        client.index(
            index=name,
            id="1",
            body={"title": "Resetting a forgotten password", "locale": "en"},
            refresh="wait_for",
        )

        found = client.search(index=name, body={"query": {"match": {"title": "password"}}})

        assert found["hits"]["total"]["value"] == 1
        assert found["hits"]["hits"][0]["_source"]["title"] == "Resetting a forgotten password"
    finally:
        client.indices.delete(index=name)


def _test_settings_prefixes(**env) -> list[str]:
    """The portal's and Wagtail's index prefixes as the test settings compute them."""
    environment = {k: v for k, v in os.environ.items() if k != "SEARCH_INDEX_PREFIX"}
    environment |= {"ELASTICSEARCH_URL": "http://127.0.0.1:9200", **env}
    script = (
        "import json; from portal.settings import test as s; print(json.dumps("
        "[s.SEARCH_INDEX_PREFIX, s.WAGTAILSEARCH_BACKENDS['default']['INDEX_PREFIX']]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("env", [{}, {"SEARCH_INDEX_PREFIX": "portal-ci-7"}])
def test_index_names_carry_the_configured_prefix(env):
    portal, wagtail = _test_settings_prefixes(**env)

    assert portal == env.get("SEARCH_INDEX_PREFIX", "portal-test")
    assert wagtail == f"{portal}-wagtail-"  # Wagtail's own indices never touch production's


CROATIAN_FORMS = "Lozinkama lozinku lozinke lozinkom"  # forms of "lozinka", a password


def test_croatian_word_forms_meet_in_the_database():
    assert set(searchable_text(CROATIAN_FORMS, "hr").split()) == {"lozink"}


def test_croatian_word_forms_meet_on_the_node(search_node_url):
    client = search_client()
    name = index_name(f"analysis-{uuid.uuid4().hex[:8]}")
    client.indices.create(index=name, body=index_body())
    try:
        analysed = client.indices.analyze(
            index=name, body={"field": "body_hr", "text": CROATIAN_FORMS}
        )
    finally:
        client.indices.delete(index=name)

    assert {token["token"] for token in analysed["tokens"]} == {"lozink"}
