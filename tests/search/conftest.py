"""Search fixtures: the same cases on the database engine and on the live search node."""

import uuid

import pytest

from search import services
from search.client import search_client
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
