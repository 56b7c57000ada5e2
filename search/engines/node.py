"""The search-node engine (OpenSearch 2 here; see the README for why not Elasticsearch 8).

One index behind an alias. Each language has its own ``title_*`` and ``body_*`` fields with
its own analyzer (``search.languages``): English, Swedish and Norwegian stemmed, Croatian
lower-cased, folded and cut to word prefixes, Chinese split into two-character words
(``cjk``). A document fills only its language's pair. The facets kinds declare for
themselves are keywords under ``facets``.
"""

import time
from collections import Counter
from collections.abc import Callable, Iterable

from django.conf import settings
from opensearchpy import helpers
from opensearchpy.exceptions import OpenSearchException

from search.client import BULK_TIMEOUT_SECONDS, index_name, search_client
from search.documents import FACETS, SearchDocument, declared_facets, facet_names
from search.engines.base import Engine
from search.languages import CROATIAN_PREFIX, languages
from search.query import (
    MARK_END,
    MARK_START,
    Hit,
    SearchQuery,
    SearchResults,
    Suggestion,
    marked_html,
)

# The index's language fields, as the settings' languages were when the process started.
FIELDS = {code: spoken.field for code, spoken in languages().items()}
ANALYZERS = {code: spoken.analyzer for code, spoken in languages().items()}
NATIVE_WEIGHT = 2.0
FACET_SIZE = 20
MAX_WINDOW = 10_000
SNIPPET_SIZE = 200  # characters of the body shown when none of the query's words is in it


def alias() -> str:
    return index_name("search")


def index_body() -> dict:
    text_fields = {}
    for code, field in FIELDS.items():
        # Offsets in the postings: the highlighter reads them instead of analysing each hit.
        text = {"type": "text", "analyzer": ANALYZERS[code], "index_options": "offsets"}
        text_fields[f"title_{field}"] = text_fields[f"body_{field}"] = text
    keyword = {"type": "keyword"}
    return {
        "settings": {
            "number_of_shards": settings.SEARCH_INDEX_SHARDS,
            "number_of_replicas": settings.SEARCH_INDEX_REPLICAS,
            "analysis": {
                "analyzer": {
                    "croatian_prefixes": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding", "croatian_prefix"],
                    }
                },
                "filter": {"croatian_prefix": {"type": "truncate", "length": CROATIAN_PREFIX}},
            },
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                **text_fields,
                "kind": keyword,
                "key": keyword,
                "locale": keyword,
                "title": {"type": "keyword", "index": False},
                "url": {"type": "keyword", "index": False},
                "category": keyword,
                "tags": keyword,
                "principals": keyword,
                "fallback_for": keyword,
                "boost": {"type": "float"},
                "created_at": {"type": "date"},
                "updated_at": {"type": "date"},
            },
        },
    }


def mapped_body() -> dict:
    """``index_body`` with the object holding the kinds' own facets: each value a keyword,
    mapped when it first comes, so that a new kind's facet needs no new mapping."""
    body = index_body()
    mappings = body["mappings"]
    mappings["properties"]["facets"] = {"type": "object", "dynamic": True}
    mappings["dynamic_templates"] = [
        {"kind_facets": {"path_match": "facets.*", "mapping": {"type": "keyword"}}}
    ]
    return body


def source(doc: SearchDocument) -> dict:
    field = FIELDS[doc.locale]
    facets: dict[str, list[str]] = {}
    for name, value in doc.facets:
        facets.setdefault(name, []).append(value)
    return {
        "kind": doc.kind,
        "key": doc.key,
        "locale": doc.locale,
        "title": doc.title,
        f"title_{field}": doc.title,
        f"body_{field}": " ".join([doc.body, *doc.tags]),
        "url": doc.url,
        "category": doc.category,
        "tags": list(doc.tags),
        "principals": list(doc.principals),
        "fallback_for": list(doc.fallback_for),
        "boost": doc.boost,
        "created_at": doc.created_at.isoformat(),
        "updated_at": doc.updated_at.isoformat(),
        # Only when there are some: an index made before kinds had facets has no such field.
        **({"facets": facets} if facets else {}),
    }


def _facet_field(name: str) -> str:
    """The portal's facets are fields of their own; the kinds' are under ``facets``."""
    return name if name in FACETS else f"facets.{name}"


HIT_SOURCE = ["kind", "locale", "title", "url", "updated_at"]


def _highlight(languages: set[str]) -> dict:
    """Two fragments of the body around the query's words; the body's opening without them."""
    fragments = {"number_of_fragments": 2, "fragment_size": 120, "no_match_size": SNIPPET_SIZE}
    return {
        "pre_tags": [MARK_START],
        "post_tags": [MARK_END],
        "fields": {f"body_{field}": fragments for field in sorted(languages)},
    }


class NodeEngine(Engine):
    name = "node"
    unavailable = (OpenSearchException,)
    holds_wagtail_index = True

    @property
    def client(self):
        return search_client()

    # Writing

    def ensure_index(self) -> None:
        """Create an index behind the alias if there is none (the first start)."""
        if not self._has_alias():
            name = f"{alias()}-{time.time_ns()}"
            self.client.indices.create(index=name, body=mapped_body())
            self.client.indices.put_alias(index=name, name=alias())

    def write(self, changes: dict[tuple[str, str], list[SearchDocument]]) -> None:
        """Replace the documents of each (kind, key) with the given ones."""
        self.ensure_index()
        wanted = {doc.doc_id: doc for docs in changes.values() for doc in docs}
        existing = self._ids_of(changes)
        actions = [
            {"_op_type": "index", "_index": alias(), "_id": doc_id, "_source": source(doc)}
            for doc_id, doc in wanted.items()
        ] + [
            {"_op_type": "delete", "_index": alias(), "_id": doc_id}
            for doc_id in existing - set(wanted)
        ]
        helpers.bulk(self.client, actions, refresh="wait_for", raise_on_error=True)

    def _ids_of(self, changes) -> set[str]:
        by_kind: dict[str, list[str]] = {}
        for kind, key in changes:
            by_kind.setdefault(kind, []).append(key)
        should = [
            {"bool": {"filter": [{"term": {"kind": kind}}, {"terms": {"key": keys}}]}}
            for kind, keys in by_kind.items()
        ]
        found = self.client.search(
            index=alias(),
            body={"query": {"bool": {"should": should}}, "_source": False, "size": MAX_WINDOW},
        )
        return {hit["_id"] for hit in found["hits"]["hits"]}

    def rebuild(
        self, documents: Iterable[SearchDocument], progress: Callable[[int], None] = lambda n: None
    ) -> int:
        """Index everything into a new index, then move the alias to it in one step.

        Searches use the old index until the swap; a failed build deletes the new one.
        """
        client = self.client
        name = f"{alias()}-{time.time_ns()}"
        body = mapped_body()
        body["settings"]["refresh_interval"] = "-1"
        client.indices.create(index=name, body=body)
        try:
            indexed = self._fill(name, documents, progress)
        except Exception:
            client.indices.delete(index=name, ignore_unavailable=True)
            raise
        old = list(client.indices.get_alias(name=alias())) if self._has_alias() else []
        client.indices.update_aliases(
            body={
                "actions": [{"remove": {"index": index, "alias": alias()}} for index in old]
                + [{"add": {"index": name, "alias": alias()}}]
            }
        )
        for index in old:
            client.indices.delete(index=index)
        return indexed

    def _fill(self, name: str, documents, progress) -> int:
        client, indexed = self.client, 0
        actions = (
            {"_op_type": "index", "_index": name, "_id": doc.doc_id, "_source": source(doc)}
            for doc in documents
        )
        for _ in helpers.streaming_bulk(
            client, actions, chunk_size=1000, request_timeout=BULK_TIMEOUT_SECONDS
        ):
            indexed += 1
            if indexed % 1000 == 0:
                progress(indexed)
        progress(indexed)
        client.indices.put_settings(index=name, body={"index": {"refresh_interval": "1s"}})
        client.indices.refresh(index=name, request_timeout=BULK_TIMEOUT_SECONDS)
        return indexed

    def _has_alias(self) -> bool:
        return self.client.indices.exists_alias(name=alias())

    # Reading

    def counts(self) -> Counter:
        if not self._has_alias():
            return Counter()
        found = self.client.search(
            index=alias(),
            body={
                "size": 0,
                "aggs": {
                    "kind": {
                        "terms": {"field": "kind", "size": 100},
                        "aggs": {"locale": {"terms": {"field": "locale", "size": 100}}},
                    }
                },
            },
        )
        counts = Counter()
        for kind in found["aggregations"]["kind"]["buckets"]:
            for locale in kind["locale"]["buckets"]:
                counts[(kind["key"], locale["key"])] = locale["doc_count"]
        return counts

    def _filters(self, query: SearchQuery) -> list[dict]:
        filters = [{"terms": {"principals": list(query.principals)}}]
        for name in FACETS:
            for value in query.filter_values(name):
                filters.append({"term": {name: value}})
        for name in declared_facets():  # a kind's own facet: any of the chosen values
            values = query.filter_values(name)
            if values:
                filters.append({"terms": {_facet_field(name): values}})
        return filters

    def _scoped_match(self, query: SearchQuery, match: Callable[[str], dict]) -> dict:
        """Documents in the viewer's locale, or the source version of a missing translation."""
        should = [
            {
                "bool": {
                    "filter": [{"term": {"locale": query.locale}}],
                    "must": [match(query.locale)],
                }
            }
        ]
        if query.locale != query.source_locale:
            should.append(
                {
                    "bool": {
                        "filter": [
                            {"term": {"locale": query.source_locale}},
                            {"term": {"fallback_for": query.locale}},
                        ],
                        "must": [match(query.source_locale)],
                    }
                }
            )
        hidden = [
            {
                "bool": {
                    "filter": [{"term": {"kind": kind}}, {"terms": {"key": keys}}],
                    "must_not": [{"ids": {"values": list(query.pending_visible)}}],
                }
            }
            for kind, keys in query.pending_keys().items()
        ]
        return {
            "bool": {
                "must": [{"bool": {"should": should, "minimum_should_match": 1}}],
                "filter": self._filters(query),
                "must_not": hidden,
            }
        }

    def _ranked(self, query: SearchQuery, *, fuzzy: bool) -> dict:
        def match(locale: str) -> dict:
            field = FIELDS[locale]
            multi_match = {"query": query.text, "fields": [f"title_{field}^3", f"body_{field}"]}
            if fuzzy:
                multi_match.update(fuzziness="AUTO", prefix_length=1, max_expansions=20)
            return {"multi_match": multi_match}

        return {
            "function_score": {
                "query": self._scoped_match(query, match),
                "functions": [
                    {"field_value_factor": {"field": "boost", "missing": 1.0}},
                    {"filter": {"term": {"locale": query.locale}}, "weight": NATIVE_WEIGHT},
                ],
                "score_mode": "multiply",
                "boost_mode": "multiply",
            }
        }

    def search(self, query: SearchQuery) -> SearchResults:
        """Exact words first; when they find nothing, again forgiving typos.

        Fuzzy matching costs several times an exact search on the node, so only searches
        that found little pay for it.
        """
        if not query.text:
            return SearchResults(query=query, total=0, hits=[], engine=self.name)
        found = self.client.search(index=alias(), body=self._search_body(query, fuzzy=False))
        if not found["hits"]["total"]["value"]:
            found = self.client.search(index=alias(), body=self._search_body(query, fuzzy=True))
        return SearchResults(
            query=query,
            total=found["hits"]["total"]["value"],
            hits=[self._hit(hit, query) for hit in found["hits"]["hits"]],
            facets={
                name: [(b["key"], b["doc_count"]) for b in found["aggregations"][name]["buckets"]]
                for name in facet_names()
            },
            engine=self.name,
        )

    def _search_body(self, query: SearchQuery, *, fuzzy: bool) -> dict:
        size = max(0, min(query.page_size, MAX_WINDOW - query.offset))
        languages = {FIELDS[query.locale], FIELDS[query.source_locale]}
        body = {
            "query": self._ranked(query, fuzzy=fuzzy),
            "from": min(query.offset, MAX_WINDOW),
            "size": size,
            "track_total_hits": True,
            "_source": HIT_SOURCE,
            "highlight": _highlight(languages),
            "aggs": {
                name: {"terms": {"field": _facet_field(name), "size": FACET_SIZE}}
                for name in facet_names()
            },
        }
        if query.sort == "recent":
            body["sort"] = [{"updated_at": "desc"}, "_score"]
        return body

    @staticmethod
    def _hit(hit: dict, query: SearchQuery, promoted: bool = False) -> Hit:
        doc = hit["_source"]
        fragments = [f for values in hit.get("highlight", {}).values() for f in values]
        snippet = " … ".join(fragments)
        return Hit(
            doc_id=hit["_id"],
            kind=doc["kind"],
            locale=doc["locale"],
            title=doc["title"],
            url=doc["url"],
            snippet=marked_html(snippet),
            updated_at=doc["updated_at"],
            score=float(hit.get("_score") or 0.0),
            fallback=doc["locale"] != query.locale,
            promoted=promoted,
        )

    def fetch(self, doc_ids: list[str], query: SearchQuery) -> list[Hit]:
        """The given documents, if the viewer may see them in this locale, in the given order."""
        scoped = self._scoped_match(query, lambda locale: {"match_all": {}})
        scoped["bool"]["filter"].append({"ids": {"values": doc_ids}})
        body = {
            "query": scoped,
            "size": len(doc_ids),
            "_source": HIT_SOURCE,
            "highlight": _highlight({FIELDS[query.locale], FIELDS[query.source_locale]}),
        }
        found = self.client.search(index=alias(), body=body)
        by_id = {hit["_id"]: hit for hit in found["hits"]["hits"]}
        return [self._hit(by_id[i], query, promoted=True) for i in doc_ids if i in by_id]

    def suggest(self, query: SearchQuery, limit: int = 8) -> list[Suggestion]:
        if not query.text:
            return []

        def match(locale: str) -> dict:
            field = f"title_{FIELDS[locale]}"
            return {"match_bool_prefix": {field: {"query": query.text, "operator": "and"}}}

        body = {
            "query": self._scoped_match(query, match),
            "size": limit,
            "_source": ["title", "url", "locale"],
        }
        hits = self.client.search(index=alias(), body=body)["hits"]["hits"]
        return [
            Suggestion(h["_id"], h["_source"]["title"], h["_source"]["url"], h["_source"]["locale"])
            for h in hits
        ]
