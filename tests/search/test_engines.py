import uuid

from django.conf import settings
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.search.backends import get_search_backend

from search.client import index_name, search_client
from search.documents import searchable_text
from search.engines.node import index_body


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


def test_index_names_carry_the_configured_prefix():
    assert index_name("articles") == f"{settings.SEARCH_INDEX_PREFIX}-articles"


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
