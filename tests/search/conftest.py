"""Search fixtures: the same cases on the database engine and on the live search node."""

import uuid

import pytest
from django.conf import settings
from django.test import override_settings

from search import services
from search.client import search_client
from search.documents import SearchDocument, SearchKind, register, unregister
from tests.conftest import need


@pytest.fixture(params=["database", "node"])
def engine(request, settings, db, shared_node_index):
    """Which engine answers. On the node a test reads one index of the demo content, shared
    by the whole run; a test marked ``index_writes`` gets an index of its own instead, built
    from its data (see ``shared_node_index``)."""
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        yield "database"
        return
    need("The search node", bool(settings.ELASTICSEARCH_URL))
    if request.node.get_closest_marker("index_writes") is None:
        settings.SEARCH_INDEX_PREFIX = shared_node_index
        before = _writes_to(shared_node_index)
        yield "node"
        assert _writes_to(shared_node_index) == before, (
            "this test wrote to the shared node index: mark it @pytest.mark.index_writes"
        )
        return
    settings.SEARCH_INDEX_PREFIX = f"portal-test-{uuid.uuid4().hex[:10]}"
    services.index_rebuild(engine="node")
    yield "node"
    search_client().indices.delete(index=f"{settings.SEARCH_INDEX_PREFIX}-*")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "index_writes: the test changes the node index, so it gets one of its own"
    )


@pytest.fixture(scope="session")
def shared_node_index(django_db_setup, django_db_blocker):
    """The prefix of one node index of the demo content, built once for every reading test."""
    if not settings.ELASTICSEARCH_URL:
        yield None
        return
    prefix = f"portal-test-{uuid.uuid4().hex[:10]}-shared"
    with django_db_blocker.unblock(), override_settings(SEARCH_INDEX_PREFIX=prefix):
        services.index_rebuild(engine="node")
    yield prefix
    search_client().indices.delete(index=f"{prefix}-*")


def _writes_to(prefix: str) -> tuple[int, int]:
    """Documents indexed and deleted so far in the indices under ``prefix``."""
    stats = search_client().indices.stats(index=f"{prefix}-*", metric="indexing")
    indexing = stats["_all"]["total"]["indexing"]
    return indexing["index_total"], indexing["delete_total"]


class NoteKind(SearchKind):
    """A throwaway kind: adding one is a class with three methods and a register call."""

    name = "note"
    label = "Note"
    notes = {"n1": "Quarterly zeppelin maintenance checklist"}

    def documents(self, keys):
        return {key: [self._document(key)] if key in self.notes else [] for key in keys}

    def _document(self, key):
        from django.utils import timezone

        return SearchDocument(
            kind=self.name,
            key=key,
            locale="en",
            title=self.notes[key],
            body="Check the gas bags and the mooring lines.",
            url=f"/notes/{key}/",
            principals=("public",),
            created_at=timezone.now(),
            updated_at=timezone.now(),
        )

    def all_keys(self):
        return iter(self.notes)

    def count(self):
        return len(self.notes)


@pytest.fixture
def note_kind():
    kind = register(NoteKind())
    yield kind
    unregister(kind.name)
