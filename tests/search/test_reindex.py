"""A rebuild on the search node swaps an alias: searches keep answering from the old index."""

import pytest

from cms.search_kind import ArticleKind
from search import services
from search.client import search_client
from search.engines.node import alias
from tests.search.helpers import search_as, slugs


@pytest.mark.index_writes
@pytest.mark.parametrize("engine", ["node"], indirect=True)
def test_rebuild_builds_a_new_index_and_swaps_the_alias(engine):
    client = search_client()
    before = set(client.indices.get_alias(name=alias()))
    seen_during_build = []

    def progress(engine_name, done, total):
        if engine_name == "node" and not seen_during_build:
            seen_during_build.append(slugs(search_as(None, "reset password")))

    written = services.index_rebuild(engine="node", progress=progress)

    after = set(client.indices.get_alias(name=alias()))
    assert len(after) == 1 and not after & before
    assert not any(client.indices.exists(index=name) for name in before)
    assert seen_during_build and "reset-your-password" in seen_during_build[0]
    assert written["node"] == client.count(index=alias())["count"] == ArticleKind().count()
    assert "reset-your-password" in slugs(search_as(None, "reset password"))


@pytest.mark.django_db
def test_database_rebuild_rewrites_every_entry(settings):
    settings.ELASTICSEARCH_URL = ""

    written = services.index_rebuild()

    assert written == {"database": ArticleKind().count()}
    assert "reset-your-password" in slugs(search_as(None, "reset password"))
