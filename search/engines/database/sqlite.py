"""SQLite, the zero-setup run: FTS5 scores joined to the ORM's entries.

FTS5 tokenises with ``unicode61`` (lower-cased, accents removed) and does not stem; each
language's text is prepared before, as on PostgreSQL (``search.languages``).
"""

from django.db import connection
from django.db.models import Case, Count, F, FloatField, IntegerField, Value, When

from search.documents import SearchDocument, declared_facets
from search.engines.database.entries import (
    FACET_SIZE,
    NATIVE_WEIGHT,
    WIDEN_BELOW,
    PageRow,
    columns,
    locales,
    query_words,
    scoped,
)
from search.languages import searchable_text
from search.models import SearchEntry, SearchEntryBody, SearchEntryFacet, SearchEntryTag
from search.query import SearchQuery, Suggestion

FTS_TABLE = "portal_search_fts"


def insert(documents: list[SearchDocument]) -> None:
    entries = SearchEntry.objects.bulk_create(
        [SearchEntry(search_vector=None, **columns(doc)) for doc in documents],
        batch_size=500,
    )
    pairs = list(zip(entries, documents, strict=True))
    SearchEntryBody.objects.bulk_create(
        [SearchEntryBody(entry=entry, body=doc.body) for entry, doc in pairs], batch_size=500
    )
    SearchEntryTag.objects.bulk_create(
        [SearchEntryTag(entry=entry, tag=tag) for entry in entries for tag in entry.tags],
        batch_size=2000,
    )
    SearchEntryFacet.objects.bulk_create(
        [
            SearchEntryFacet(entry=entry, facet=facet, value=value)
            for entry, doc in pairs
            for facet, value in doc.facets
        ],
        batch_size=2000,
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (%s, %s, %s)",
            [
                (
                    entry.pk,
                    searchable_text(doc.title, doc.locale),
                    searchable_text(" ".join([doc.body, *doc.tags]), doc.locale),
                )
                for entry, doc in pairs
            ],
        )


def delete(ids: list[int]) -> None:
    """Remove the full-text rows of the entries ``ids`` (the entries go by the ORM)."""
    with connection.cursor() as cursor:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join(["%s"] * len(chunk))
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE}")


def _matched(
    query: SearchQuery,
    *,
    prefix: bool = False,
    title_only: bool = False,
    every_word: bool = False,
):
    """(entries matching the text, with a ``rank`` annotation), or None for no words."""
    words = sorted({w for code in locales(query) for w in query_words(query.text, code)})
    if not words:
        return None
    column = "title : " if title_only else ""
    terms = [f'{column}"{w}"' + ("*" if prefix else "") for w in words]
    expression = (" AND " if prefix or every_word else " OR ").join(terms)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid, -bm25({FTS_TABLE}, 3.0, 1.0) FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s",
            [expression],
        )
        scores = dict(cursor.fetchall())
    rank = Case(
        *(When(pk=pk, then=Value(score)) for pk, score in scores.items()),
        default=Value(0.0),
        output_field=FloatField(),
    )
    native = Case(
        When(locale=query.locale, then=Value(NATIVE_WEIGHT)),
        default=Value(1.0),
        output_field=FloatField(),
    )
    return scoped(query).filter(pk__in=list(scores)).annotate(rank=rank * F("boost") * native)


def found(query: SearchQuery):
    """As ``postgres.found``: the page, the groups, the tags and the kinds' facet counts;
    with fewer than ``WIDEN_BELOW`` entries holding every word, those with any word, the
    entries with every word still first."""
    every = _matched(query, every_word=True)
    if every is None:
        return None
    ranked, *counts = _page_and_counts(every.annotate(tier=Value(1)), query)
    if sum(n for *_, n in counts[0]) < WIDEN_BELOW:
        every_word = Case(
            When(pk__in=list(every.values_list("pk", flat=True)), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
        ranked, *counts = _page_and_counts(_matched(query).annotate(tier=every_word), query)
    entries = SearchEntry.objects.select_related("text").in_bulk([pk for pk, _ in ranked])
    return [PageRow.of(entries[pk], rank) for pk, rank in ranked], *counts


def _page_and_counts(matched, query: SearchQuery):
    if query.sort == "recent":
        order = ("-updated_at", "pk")
    else:
        order = ("-tier", "-rank", "-updated_at", "pk")
    window = slice(query.offset, query.offset + query.page_size)
    plain = matched.order_by()
    groups = plain.values_list("kind", "locale", "category").annotate(n=Count("pk"))
    tags = (
        SearchEntryTag.objects.filter(entry__in=plain.values("pk"))
        .values_list("tag")
        .annotate(n=Count("pk"))
        .order_by("-n", "tag")[:FACET_SIZE]
    )
    names = declared_facets()
    facets = (
        SearchEntryFacet.objects.filter(entry__in=plain.values("pk"), facet__in=names)
        .values_list("facet", "value")
        .annotate(n=Count("pk"))
        if names
        else []
    )
    return list(matched.order_by(*order).values_list("pk", "rank")[window]), groups, tags, facets


def suggest(query: SearchQuery, limit: int) -> list[Suggestion]:
    matched = _matched(query, prefix=True, title_only=True)
    if matched is None:
        return []
    entries = matched.order_by("-rank", "title")[:limit]
    return [Suggestion(e.doc_id, e.title, e.url, e.locale) for e in entries]
