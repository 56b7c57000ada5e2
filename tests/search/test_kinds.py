"""A kind brings its own facets, and both engines filter and count them unchanged."""

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from search import services
from search.documents import SearchDocument, SearchKind, register, unregister
from search.errors import SearchInputError
from tests.search.helpers import search_as

pytestmark = pytest.mark.index_writes  # the kind's documents go into the node index


class ThreadKind(SearchKind):
    """A throwaway forum kind, registered for these tests only (its name and facet are not
    the community's own ``thread`` kind's, which is always registered)."""

    name = "forum_topic"
    label = "Thread"
    facets = {"resolved": "Resolved"}
    threads = {
        "t1": ("Zeppelin mooring mast", "yes", ("public",)),
        "t2": ("Zeppelin hangar doors", "no", ("public",)),
        "t3": ("Zeppelin crew roster", "yes", ("staff",)),
    }

    def documents(self, keys):
        return {key: [self._document(key)] if key in self.threads else [] for key in keys}

    def _document(self, key):
        title, answered, principals = self.threads[key]
        return SearchDocument(
            kind=self.name,
            key=key,
            locale="en",
            title=title,
            body="Asked on the airship forum.",
            url=f"/threads/{key}/",
            principals=principals,
            created_at=timezone.now(),
            updated_at=timezone.now(),
            facets=(("resolved", answered),),
        )

    def all_keys(self):
        return iter(self.threads)

    def count(self):
        return len(self.threads)


@pytest.fixture
def threads():
    kind = register(ThreadKind())
    yield kind
    unregister(kind.name)


@pytest.fixture
def indexed_threads(threads, engine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.index_change_record(threads.name, list(threads.threads))
    return engine


def test_a_kind_counts_its_own_facet_among_what_the_viewer_may_see(indexed_threads):
    results = search_as(None, "zeppelin airship")

    assert dict(results.facets["resolved"]) == {"yes": 1, "no": 1}  # t3 is for staff only
    assert dict(results.facets["kind"]) == {"forum_topic": 2}


def test_a_kind_filters_on_its_own_facet_within_the_viewers_principals(indexed_threads):
    staff = User.objects.get(username="editor")

    answered = search_as(None, "zeppelin", filters=(("resolved", "yes"),))
    answered_for_staff = search_as(staff, "zeppelin", filters=(("resolved", "yes"),))
    either = search_as(None, "zeppelin", filters=(("resolved", "yes"), ("resolved", "no")))

    assert [hit.url for hit in answered.hits] == ["/threads/t1/"]
    assert sorted(hit.url for hit in answered_for_staff.hits) == ["/threads/t1/", "/threads/t3/"]
    assert dict(answered_for_staff.facets["resolved"]) == {"yes": 2}
    assert either.total == 2


def test_a_kinds_facet_is_refused_once_the_kind_is_gone(indexed_threads, threads):
    unregister(threads.name)

    with pytest.raises(SearchInputError, match="Unknown facet 'resolved'"):
        search_as(None, "zeppelin", filters=(("resolved", "yes"),))
    assert "resolved" not in search_as(None, "zeppelin").facets


def test_the_api_filters_on_a_kinds_facet_and_its_schema_names_it(indexed_threads, client):
    answered = client.get("/api/v3/portal/search/", {"q": "zeppelin", "resolved": "yes"})
    parameters = {
        parameter["name"]
        for parameter in client.get("/api/v3/openapi.json").json()["paths"][
            "/api/v3/portal/search/"
        ]["get"]["parameters"]
    }

    assert answered.status_code == 200, answered.content
    assert [hit["url"] for hit in answered.json()["hits"]] == ["/threads/t1/"]
    assert "resolved" in parameters


@pytest.mark.parametrize("taken", ["tags", "page", "sort", "q"])
def test_a_kind_may_not_take_a_facet_of_the_portal_or_a_search_parameter(taken):
    class Clashing(ThreadKind):
        name = "clashing"
        facets = {taken: "Taken"}

    with pytest.raises(ValueError, match=taken):
        register(Clashing())


class SightingKind(ThreadKind):
    """Entries for the widening: one holds both query words once, others one word often."""

    name = "sighting"
    facets = {}
    threads = {
        "both": ("Harbour log", "", ("public",)),
        **{f"one{i}": ("Zeppelin zeppelin zeppelin", "", ("public",)) for i in range(3)},
    }

    def _document(self, key):
        document = super()._document(key)
        body = "A long day at the harbour; a zeppelin passed the dirigible mast at dawn."
        if key != "both":
            body = "Zeppelin over the bay, zeppelin over the hills, zeppelin again."
        return SearchDocument(**{**document.__dict__, "body": body, "facets": ()})


def test_an_entry_with_every_word_ranks_above_those_with_one(
    postgres, settings, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = ""  # the database's widening
    kind = register(SightingKind())
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.index_change_record(kind.name, list(kind.threads))

        results = search_as(None, "zeppelin dirigible")
    finally:
        unregister(kind.name)

    assert results.total == 4  # fewer than 5 hold both words: any word counts
    assert results.hits[0].url == "/threads/both/"


def test_a_hit_found_by_its_title_alone_shows_the_opening_of_its_body(indexed_threads):
    results = search_as(None, "zeppelin")

    assert results.total == 2
    assert {hit.snippet for hit in results.hits} == {"Asked on the airship forum."}
