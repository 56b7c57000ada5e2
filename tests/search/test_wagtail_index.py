"""Wagtail's own search index (the admin's search) goes through the outbox: nothing is lost
while the node is down, search_status watches it, and every model's index exists."""

import uuid

import pytest
from django.core.management import call_command

from search import services, wagtail_index
from search.client import search_client
from search.models import IndexChange
from tests.factories import new_category, publish_article
from tests.search.test_outage import closed_port_url
from tests.utils import demo_user


@pytest.fixture
def wagtail_node(settings, search_node_url, db):
    """Wagtail's indices under a prefix of this test's own, deleted afterwards."""
    prefix = f"portal-test-{uuid.uuid4().hex[:10]}-wagtail-"
    backends = {name: dict(conf) for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()}
    backends["default"]["INDEX_PREFIX"] = prefix
    settings.WAGTAILSEARCH_BACKENDS = backends
    yield backends
    search_client().indices.delete(index=f"{prefix}*")


def admin_search(client, text: str) -> str:
    client.force_login(demo_user("editor"))
    return client.get("/admin/pages/search/", {"q": text}).content.decode()


def test_a_page_published_while_the_node_is_down_reaches_the_admin_search(
    wagtail_node, settings, client, django_capture_on_commit_callbacks
):
    live = wagtail_node["default"]["URLS"]
    wagtail_node["default"]["URLS"] = [closed_port_url()]
    settings.ELASTICSEARCH_URL = closed_port_url()

    with django_capture_on_commit_callbacks(execute=True):
        publish_article(title="Quokka migration guide", category=new_category())

    assert IndexChange.objects.filter(kind=wagtail_index.KIND).exists()  # kept, not dropped
    wagtail_node["default"]["URLS"] = live
    settings.ELASTICSEARCH_URL = live[0]
    services.index_changes_apply()

    assert not IndexChange.objects.exists()
    assert "Quokka migration guide" in admin_search(client, "quokka")


def test_a_deleted_page_leaves_the_admin_search(
    wagtail_node, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = publish_article(title="Quokka retirement notes", category=new_category())
    assert "Quokka retirement notes" in admin_search(client, "quokka")

    with django_capture_on_commit_callbacks(execute=True):
        article.delete()

    assert "Quokka retirement notes" not in admin_search(client, "quokka")


def test_search_status_compares_wagtails_indices_with_the_database(wagtail_node, capsys):
    call_command("search_reindex")
    capsys.readouterr()
    call_command("search_status")
    clean = capsys.readouterr().out
    assert "wagtailcore_page" in clean and "No drift" in clean

    page_index = f"{wagtail_node['default']['INDEX_PREFIX']}wagtailcore_page"
    client = search_client()
    some_page = client.search(index=page_index, body={"size": 1})["hits"]["hits"][0]["_id"]
    client.delete(index=page_index, id=some_page, refresh=True)
    call_command("search_status")

    drifted = capsys.readouterr().out
    assert "No drift" not in drifted
    assert any("wagtailcore_page" in line and "drift" in line for line in drifted.splitlines())


@pytest.mark.parametrize("endpoint", ["documents", "images"])
def test_document_and_image_search_answer_on_the_node(search_node_url, db, client, endpoint):
    response = client.get(f"/api/v3/{endpoint}/", {"search": "a"})

    assert response.status_code == 200
