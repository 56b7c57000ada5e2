"""What both databases share: an entry's columns, the viewer's scope, a page's rows."""

from datetime import datetime
from functools import reduce
from operator import or_
from typing import NamedTuple

from django.db.models import Exists, OuterRef, Q

from search.documents import FACETS, SearchDocument, declared_facets
from search.languages import WORD, searchable_text
from search.models import SearchEntry, SearchEntryFacet, SearchEntryTag
from search.query import SearchQuery

NATIVE_WEIGHT = 2.0  # a document in the viewer's locale counts double against a fallback
FACET_SIZE = 20
WIDEN_BELOW = 5


def padded(words) -> str:
    return " " + " ".join(words) + " " if words else ""


def columns(doc: SearchDocument) -> dict:
    return {
        "doc_id": doc.doc_id,
        "kind": doc.kind,
        "key": doc.key,
        "locale": doc.locale,
        "title": doc.title,
        "url": doc.url,
        "category": doc.category,
        "tags": list(doc.tags),
        "principals": padded(doc.principals),
        "fallback_for": padded(doc.fallback_for),
        "boost": doc.boost,
        "created_at": doc.created_at,
        "updated_at": doc.updated_at,
    }


def query_words(text: str, locale: str) -> list[str]:
    return WORD.findall(searchable_text(text, locale).lower())


def locales(query: SearchQuery) -> list[str]:
    if query.locale == query.source_locale:
        return [query.locale]
    return [query.locale, query.source_locale]


def scoped(query: SearchQuery):
    """Entries the viewer may see in the query's locale or as its fallback, filtered."""
    visible = reduce(or_, (Q(principals__contains=f" {p} ") for p in query.principals))
    entries = SearchEntry.objects.filter(visible)
    in_scope = Q(locale=query.locale)
    if query.locale != query.source_locale:
        in_scope |= Q(locale=query.source_locale, fallback_for__contains=f" {query.locale} ")
    entries = entries.filter(in_scope)
    for kind, keys in query.pending_keys().items():
        entries = entries.exclude(Q(kind=kind, key__in=keys) & ~Q(doc_id__in=query.pending_visible))
    for name in FACETS:
        values = query.filter_values(name)
        if not values:
            continue
        if name == "tags":
            for tag in values:
                entries = entries.filter(
                    Exists(SearchEntryTag.objects.filter(entry=OuterRef("pk"), tag=tag))
                )
        else:
            entries = entries.filter(**{f"{name}__in": values})
    for name in declared_facets():  # a kind's own facet: any of the chosen values
        values = query.filter_values(name)
        if values:
            rows = SearchEntryFacet.objects.filter(entry=OuterRef("pk"), facet=name)
            entries = entries.filter(Exists(rows.filter(value__in=values)))
    return entries


def facet_rows(entries, documents: list[SearchDocument]) -> list[SearchEntryFacet]:
    """The kind facet values of saved ``entries``, the rows of ``documents`` in order."""
    return [
        SearchEntryFacet(entry=entry, facet=facet, value=value)
        for entry, doc in zip(entries, documents, strict=True)
        for facet, value in doc.facets
    ]


class PageRow(NamedTuple):
    """One result on a page, from either database."""

    doc_id: str
    kind: str
    locale: str
    title: str
    url: str
    updated_at: datetime
    rank: float
    body: str
    headline: str | None = None  # PostgreSQL's marked snippet, for the stemmed languages

    @classmethod
    def of(cls, entry: SearchEntry, rank: float = 0.0) -> "PageRow":
        return cls(
            entry.doc_id,
            entry.kind,
            entry.locale,
            entry.title,
            entry.url,
            entry.updated_at,
            rank,
            entry.text.body,
        )

    @classmethod
    def from_json(cls, row: list) -> "PageRow":
        """A row of the statement's page, in field order; the time comes as ISO text."""
        row[5] = datetime.fromisoformat(row[5])
        return cls(*row)
