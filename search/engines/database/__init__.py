"""The database engine: PostgreSQL full-text search, or SQLite FTS5 in the zero-setup run.

By concern: ``entries`` (what both databases share: an entry's columns, the viewer's
scope), ``postgres`` (the one statement a search costs), ``sqlite``, ``slots`` (how many
searches run at once) and ``snippets``. Languages are stemmed, cut short or segmented as
``search.languages`` says, the same way for documents and queries.
"""

from collections import Counter
from functools import reduce
from operator import or_

from django.db import connection, transaction
from django.db.models import Count, Q

from search.documents import FACETS, SearchDocument, declared_facets
from search.engines.base import Engine
from search.engines.database import postgres, sqlite
from search.engines.database.entries import FACET_SIZE, PageRow, query_words, scoped
from search.engines.database.snippets import mark_words
from search.models import SearchEntry
from search.query import Hit, SearchQuery, SearchResults, Suggestion, marked_html

BATCH = 1000  # documents inserted at once in a rebuild


class DatabaseEngine(Engine):
    name = "database"

    @property
    def sql(self):
        """The module that speaks this connection's database."""
        return postgres if connection.vendor == "postgresql" else sqlite

    # Writing

    def write(self, changes: dict[tuple[str, str], list[SearchDocument]]) -> None:
        """Replace the documents of each (kind, key) with the given ones."""
        by_kind: dict[str, list[str]] = {}
        for kind, key in changes:
            by_kind.setdefault(kind, []).append(key)
        stale = reduce(or_, (Q(kind=kind, key__in=keys) for kind, keys in by_kind.items()))
        documents = [doc for docs in changes.values() for doc in docs]
        with transaction.atomic():
            if self.sql is sqlite:
                sqlite.delete(list(SearchEntry.objects.filter(stale).values_list("pk", flat=True)))
            SearchEntry.objects.filter(stale).delete()
            self.insert(documents)

    def rebuild(self, documents, progress=lambda n: None) -> int:
        """Everything again in one transaction: searches see the old entries until it ends."""
        with transaction.atomic():
            self.clear()
            batch, done = [], 0
            for document in documents:
                batch.append(document)
                if len(batch) == BATCH:
                    self.insert(batch)
                    done += len(batch)
                    progress(done)
                    batch = []
            self.insert(batch)
        progress(done + len(batch))
        return done + len(batch)

    def clear(self) -> None:
        with transaction.atomic():
            SearchEntry.objects.all().delete()
            if self.sql is sqlite:
                sqlite.clear()

    def insert(self, documents: list[SearchDocument]) -> None:
        if documents:
            self.sql.insert(documents)

    # Reading

    def counts(self) -> Counter:
        rows = SearchEntry.objects.values_list("kind", "locale").annotate(n=Count("pk"))
        return Counter({(kind, locale): n for kind, locale, n in rows})

    def search(self, query: SearchQuery) -> SearchResults:
        """Entries with every word first; with fewer than ``WIDEN_BELOW``, any word counts."""
        found = self.sql.found(query)
        if found is None:
            return SearchResults(query=query, total=0, hits=[], engine=self.name)
        page, groups, tags, facet_counts = found
        facets = _facets(groups, tags, facet_counts)
        return SearchResults(
            query=query,
            # Every entry has exactly one kind, and there are far fewer kinds than FACET_SIZE.
            total=sum(count for _, count in facets["kind"]),
            hits=[self._hit(row, query) for row in page],
            facets=facets,
            engine=self.name,
        )

    @staticmethod
    def _hit(row: PageRow, query: SearchQuery, promoted=False) -> Hit:
        snippet = row.headline or mark_words(
            row.body, query_words(query.text, row.locale), row.locale
        )
        return Hit(
            doc_id=row.doc_id,
            kind=row.kind,
            locale=row.locale,
            title=row.title,
            url=row.url,
            snippet=marked_html(snippet),
            updated_at=row.updated_at,
            score=float(row.rank or 0.0),
            fallback=row.locale != query.locale,
            promoted=promoted,
        )

    def fetch(self, doc_ids: list[str], query: SearchQuery) -> list[Hit]:
        entries = scoped(query).select_related("text").filter(doc_id__in=doc_ids)
        found = {entry.doc_id: PageRow.of(entry) for entry in entries}
        return [
            self._hit(found[doc_id], query, promoted=True) for doc_id in doc_ids if doc_id in found
        ]

    def suggest(self, query: SearchQuery, limit: int = 8) -> list[Suggestion]:
        return self.sql.suggest(query, limit)


def _facets(groups, tags, facet_counts) -> dict[str, list[tuple[str, int]]]:
    """Each facet's values by count, most first: the portal's and the kinds' own."""
    counts = {name: Counter() for name in (*FACETS, *declared_facets())}
    for kind, locale, category, n in groups:
        counts["kind"][kind] += n
        counts["locale"][locale] += n
        if category:
            counts["category"][category] += n
    for tag, n in tags:
        counts["tags"][tag] = n
    for facet, value, n in facet_counts:
        counts[facet][value] = n
    return {
        name: sorted(found.items(), key=lambda item: (-item[1], item[0]))[:FACET_SIZE]
        for name, found in counts.items()
    }
