"""Search fixtures: the same cases on the database engine and on the live search node."""

import uuid

import pytest

from search import services
from search.client import search_client
from search.documents import SearchDocument, SearchKind, register, unregister
from tests.conftest import need


@pytest.fixture(params=["database", "node"])
def engine(request, settings, db):
    """Which engine answers. The node gets an index of its own, built from this test's data."""
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        yield "database"
        return
    need("The search node", bool(settings.ELASTICSEARCH_URL))
    settings.SEARCH_INDEX_PREFIX = f"portal-test-{uuid.uuid4().hex[:10]}"
    services.index_rebuild(engine="node")
    yield "node"
    search_client().indices.delete(index=f"{settings.SEARCH_INDEX_PREFIX}-*")


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
