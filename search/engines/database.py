"""The database engine: PostgreSQL full-text search, or SQLite FTS5 in the zero-setup run.

PostgreSQL stems English, Swedish and Norwegian with its own dictionaries; Croatian is
folded to plain lower-case letters and Chinese split into two-character words before
indexing, the same way for documents and queries (``search.documents.searchable_text``).
SQLite tokenises with ``unicode61`` (lower-cased, accents removed) and does not stem.
"""

import json
import re
from collections import Counter
from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchHeadline, SearchRank
from django.contrib.postgres.search import SearchQuery as PgQuery
from django.db import connection, transaction
from django.db.models import Case, Count, Exists, F, FloatField, OuterRef, Q, Value, When

from search.documents import SearchDocument, fold_accents, searchable_text
from search.models import SearchEntry, SearchEntryBody, SearchEntryTag
from search.query import (
    FACETS,
    MARK_END,
    MARK_START,
    Hit,
    SearchQuery,
    SearchResults,
    Suggestion,
    marked_html,
)

CONFIGS = {"en": "english", "sv": "swedish", "nb": "norwegian", "hr": "simple", "zh-hans": "simple"}
FTS_TABLE = "portal_search_fts"
WORD = re.compile(r"\w+")
NATIVE_WEIGHT = 2.0  # a document in the viewer's locale counts double against a fallback
FACET_SIZE = 20
WIDEN_BELOW = 5


def _padded(words) -> str:
    return " " + " ".join(words) + " " if words else ""


def query_words(text: str, locale: str) -> list[str]:
    return WORD.findall(searchable_text(text, locale).lower())


class DatabaseEngine:
    name = "database"

    @property
    def postgres(self) -> bool:
        return connection.vendor == "postgresql"

    # Writing

    def write(self, changes: dict[tuple[str, str], list[SearchDocument]]) -> None:
        """Replace the documents of each (kind, key) with the given ones."""
        by_kind: dict[str, list[str]] = {}
        for kind, key in changes:
            by_kind.setdefault(kind, []).append(key)
        stale = reduce(or_, (Q(kind=kind, key__in=keys) for kind, keys in by_kind.items()))
        documents = [doc for docs in changes.values() for doc in docs]
        with transaction.atomic():
            if not self.postgres:
                self._fts_delete(
                    list(SearchEntry.objects.filter(stale).values_list("pk", flat=True))
                )
            SearchEntry.objects.filter(stale).delete()
            self.insert(documents)

    def clear(self) -> None:
        with transaction.atomic():
            SearchEntry.objects.all().delete()
            if not self.postgres:
                with connection.cursor() as cursor:
                    cursor.execute(f"DELETE FROM {FTS_TABLE}")

    def insert(self, documents: list[SearchDocument]) -> None:
        if not documents:
            return
        if self.postgres:
            self._insert_postgres(documents)
            return
        entries = SearchEntry.objects.bulk_create(
            [SearchEntry(search_vector=None, **self._columns(doc)) for doc in documents],
            batch_size=500,
        )
        SearchEntryBody.objects.bulk_create(
            [
                SearchEntryBody(entry=entry, body=doc.body)
                for entry, doc in zip(entries, documents, strict=True)
            ],
            batch_size=500,
        )
        SearchEntryTag.objects.bulk_create(
            [SearchEntryTag(entry=entry, tag=tag) for entry in entries for tag in entry.tags],
            batch_size=2000,
        )
        self._fts_insert(entries, documents)

    @staticmethod
    def _columns(doc: SearchDocument) -> dict:
        return {
            "doc_id": doc.doc_id,
            "kind": doc.kind,
            "key": doc.key,
            "locale": doc.locale,
            "title": doc.title,
            "url": doc.url,
            "category": doc.category,
            "tags": list(doc.tags),
            "principals": _padded(doc.principals),
            "fallback_for": _padded(doc.fallback_for),
            "boost": doc.boost,
            "created_at": doc.created_at,
            "updated_at": doc.updated_at,
        }

    def _insert_postgres(self, documents: list[SearchDocument]) -> None:
        """Plain SQL: the ORM's per-value compilation would cost more than the inserts."""
        entry, tag = SearchEntry._meta.db_table, SearchEntryTag._meta.db_table
        body = SearchEntryBody._meta.db_table
        names = list(self._columns(documents[0]))
        values = ", ".join("%s::jsonb" if name == "tags" else "%s" for name in names)
        vector = (
            "setweight(to_tsvector(%s::regconfig, %s), 'A') || "
            "setweight(to_tsvector(%s::regconfig, %s), 'B')"
        )
        rows = []
        for doc in documents:
            columns = self._columns(doc)
            columns["tags"] = json.dumps(columns["tags"])
            config = CONFIGS[doc.locale]
            rest = " ".join([doc.body, *doc.tags])
            rows.append(
                [
                    *columns.values(),
                    config,
                    searchable_text(doc.title, doc.locale),
                    config,
                    searchable_text(rest, doc.locale),
                ]
            )
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {entry} ({', '.join(names)}, search_vector) "
                f"VALUES ({values}, {vector})",
                rows,
            )
            doc_ids = [doc.doc_id for doc in documents]
            cursor.execute(
                f"INSERT INTO {tag} (entry_id, tag) SELECT e.id, t.tag FROM {entry} e "
                "CROSS JOIN LATERAL jsonb_array_elements_text(e.tags) AS t(tag) "
                "WHERE e.doc_id = ANY(%s)",
                [doc_ids],
            )
            cursor.execute(
                f"INSERT INTO {body} (entry_id, body) SELECT e.id, d.body FROM {entry} e "
                "JOIN unnest(%s::text[], %s::text[]) AS d(doc_id, body) USING (doc_id)",
                [doc_ids, [doc.body for doc in documents]],
            )

    def _fts_insert(self, entries, documents) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (%s, %s, %s)",
                [
                    (
                        entry.pk,
                        searchable_text(doc.title, doc.locale),
                        searchable_text(" ".join([doc.body, *doc.tags]), doc.locale),
                    )
                    for entry, doc in zip(entries, documents, strict=True)
                ],
            )

    def _fts_delete(self, ids: list[int]) -> None:
        with connection.cursor() as cursor:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join(["%s"] * len(chunk))
                cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)

    # Reading

    def counts(self) -> Counter:
        rows = SearchEntry.objects.values_list("kind", "locale").annotate(n=Count("pk"))
        return Counter({(kind, locale): n for kind, locale, n in rows})

    def _visible(self, principals) -> Q:
        return reduce(or_, (Q(principals__contains=f" {p} ") for p in principals))

    def _scoped(self, query: SearchQuery):
        """Entries the viewer may see in the query's locale or as its fallback."""
        entries = SearchEntry.objects.filter(self._visible(query.principals))
        in_scope = Q(locale=query.locale)
        if query.locale != query.source_locale:
            in_scope |= Q(locale=query.source_locale, fallback_for__contains=f" {query.locale} ")
        entries = entries.filter(in_scope)
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
        return entries

    def _tsquery(
        self,
        text: str,
        locale: str,
        *,
        prefix: bool = False,
        title_only: bool = False,
        every_word: bool = False,
    ):
        words = query_words(text, locale)
        if not words:
            return None
        weight = "A" if title_only else ""
        terms = [f"'{w}':{weight}" if weight else f"'{w}'" for w in words]
        if prefix and locale != "zh-hans":
            terms[-1] = f"'{words[-1]}':*{weight}"
        joiner = " & " if prefix or every_word else " | "
        return PgQuery(joiner.join(terms), config=CONFIGS[locale], search_type="raw")

    def _matched(
        self,
        query: SearchQuery,
        *,
        prefix: bool = False,
        title_only: bool = False,
        every_word: bool = False,
    ):
        """(entries matching the text, with a ``rank`` annotation), or None for no words."""
        entries = self._scoped(query)
        locales = [query.locale]
        if query.locale != query.source_locale:
            locales.append(query.source_locale)
        if self.postgres:
            tsqueries = {
                code: self._tsquery(
                    query.text, code, prefix=prefix, title_only=title_only, every_word=every_word
                )
                for code in locales
            }
            if not any(tsqueries.values()):
                return None
            match = reduce(
                or_,
                (Q(locale=code, search_vector=tsq) for code, tsq in tsqueries.items() if tsq),
            )
            rank = Case(
                *(
                    When(locale=code, then=SearchRank(F("search_vector"), tsq))
                    for code, tsq in tsqueries.items()
                    if tsq
                ),
                output_field=FloatField(),
            )
            return entries.filter(match).annotate(rank=rank * F("boost") * self._native(query))
        scores = self._fts_scores(
            query, locales, prefix=prefix, title_only=title_only, every_word=every_word
        )
        if scores is None:
            return None
        rank = Case(
            *(When(pk=pk, then=Value(score)) for pk, score in scores.items()),
            default=Value(0.0),
            output_field=FloatField(),
        )
        return entries.filter(pk__in=list(scores)).annotate(
            rank=rank * F("boost") * self._native(query)
        )

    @staticmethod
    def _native(query: SearchQuery):
        return Case(
            When(locale=query.locale, then=Value(NATIVE_WEIGHT)),
            default=Value(1.0),
            output_field=FloatField(),
        )

    def _fts_scores(self, query, locales, *, prefix, title_only, every_word):
        words = sorted({w for code in locales for w in query_words(query.text, code)})
        if not words:
            return None
        column = "title : " if title_only else ""
        terms = [f'{column}"{w}"' for w in words]
        if prefix:
            terms = [f'{column}"{w}"*' for w in words]
        expression = (" AND " if prefix or every_word else " OR ").join(terms)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, -bm25({FTS_TABLE}, 3.0, 1.0) FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH %s",
                [expression],
            )
            return dict(cursor.fetchall())

    def search(self, query: SearchQuery) -> SearchResults:
        """Entries with every word first; with fewer than ``WIDEN_BELOW``, any word counts."""
        matched = self._matched(query, every_word=True)
        if matched is None:
            return SearchResults(query=query, total=0, hits=[], engine=self.name)
        ranked, groups, tags = self._page_and_counts(matched, query)
        if sum(n for *_, n in groups) < WIDEN_BELOW:
            ranked, groups, tags = self._page_and_counts(self._matched(query), query)
        entries = SearchEntry.objects.select_related("text").in_bulk([pk for pk, _ in ranked])
        page = [entries[pk] for pk, _ in ranked]
        for entry, (_, rank) in zip(page, ranked, strict=True):
            entry.rank = rank
        snippets = self._snippets(page, query)
        facets = _facets(groups, tags)
        return SearchResults(
            query=query,
            total=_total(facets),
            hits=[self._hit(entry, query, snippets[entry.pk]) for entry in page],
            facets=facets,
            engine=self.name,
        )

    def _page_and_counts(self, matched, query: SearchQuery):
        """The page as (id, rank) pairs, (kind, locale, category, count) groups and tag counts.

        On PostgreSQL in one statement: the matches are found once, then ranked and counted
        from a materialised list, instead of once for each of three queries; tags are counted
        from each entry's own list rather than by joining every match to its tag rows.
        """
        order = ("-updated_at", "pk") if query.sort == "recent" else ("-rank", "-updated_at", "pk")
        window = slice(query.offset, query.offset + query.page_size)
        if not self.postgres:
            plain = matched.order_by()
            groups = plain.values_list("kind", "locale", "category").annotate(n=Count("pk"))
            tags = (
                SearchEntryTag.objects.filter(entry__in=plain.values("pk"))
                .values_list("tag")
                .annotate(n=Count("pk"))
                .order_by("-n", "tag")[:FACET_SIZE]
            )
            return list(matched.order_by(*order).values_list("pk", "rank")[window]), groups, tags
        inner, params = matched.values(
            "id", "kind", "locale", "category", "tags", "rank", "updated_at"
        ).query.sql_with_params()
        sql_order = ", ".join(
            f"{key.lstrip('-').replace('pk', 'id')} {'DESC' if key[0] == '-' else 'ASC'}"
            for key in order
        )
        statement = f"""
            WITH m AS MATERIALIZED ({inner})
            SELECT
              (SELECT coalesce(json_agg(json_build_array(id, rank) ORDER BY {sql_order}), '[]')
               FROM (SELECT * FROM m ORDER BY {sql_order} LIMIT %s OFFSET %s) page),
              (SELECT coalesce(json_agg(json_build_array(kind, locale, category, n)), '[]')
               FROM (SELECT kind, locale, category, count(*) AS n FROM m GROUP BY 1, 2, 3) g),
              (SELECT coalesce(json_agg(json_build_array(tag, n) ORDER BY n DESC, tag), '[]')
               FROM (SELECT t.tag, count(*) AS n
                     FROM m CROSS JOIN LATERAL jsonb_array_elements_text(m.tags) AS t(tag)
                     GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT {FACET_SIZE}) tg)
        """
        with connection.cursor() as cursor:
            cursor.execute(statement, [*params, window.stop - window.start, window.start])
            return cursor.fetchone()

    def _snippets(self, entries: list[SearchEntry], query: SearchQuery) -> dict[int, str]:
        """Highlighted snippets by entry id.

        PostgreSQL marks the stemmed languages with one headline query each; the rest (and
        everything on SQLite) are marked in Python.
        """
        snippets = {}
        stemmed = {e.locale for e in entries} & {"en", "sv", "nb"} if self.postgres else set()
        for locale in stemmed:
            tsq = self._tsquery(query.text, locale)
            if tsq is None:
                continue
            headlines = SearchEntryBody.objects.filter(
                entry__in=[e.pk for e in entries if e.locale == locale]
            ).annotate(
                snippet=SearchHeadline(
                    "body",
                    tsq,
                    config=CONFIGS[locale],
                    start_sel=MARK_START,
                    stop_sel=MARK_END,
                    max_words=30,
                    min_words=12,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                )
            )
            snippets.update(
                (pk, marked_html(text)) for pk, text in headlines.values_list("entry", "snippet")
            )
        for entry in entries:
            if entry.pk not in snippets:
                words = query_words(query.text, entry.locale)
                snippets[entry.pk] = marked_html(mark_words(entry.text.body, words, entry.locale))
        return snippets

    @staticmethod
    def _hit(entry: SearchEntry, query: SearchQuery, snippet: str, promoted=False) -> Hit:
        return Hit(
            doc_id=entry.doc_id,
            kind=entry.kind,
            locale=entry.locale,
            title=entry.title,
            url=entry.url,
            snippet=snippet,
            updated_at=entry.updated_at,
            score=float(getattr(entry, "rank", 0.0) or 0.0),
            fallback=entry.locale != query.locale,
            promoted=promoted,
        )

    def fetch(self, doc_ids: list[str], query: SearchQuery) -> list[Hit]:
        """The given documents, if the viewer may see them, in the given order."""
        found = {
            e.doc_id: e
            for e in self._scoped(query).select_related("text").filter(doc_id__in=doc_ids)
        }
        return [
            self._hit(entry, query, marked_html(entry.text.body[:200]), promoted=True)
            for entry in (found[doc_id] for doc_id in doc_ids if doc_id in found)
        ]

    def suggest(self, query: SearchQuery, limit: int = 8) -> list[Suggestion]:
        matched = self._matched(query, prefix=True, title_only=True)
        if matched is None:
            return []
        entries = matched.order_by("-rank", "title")[:limit]
        return [Suggestion(e.doc_id, e.title, e.url, e.locale) for e in entries]


def _facets(groups, tags) -> dict[str, list[tuple[str, int]]]:
    counts = {name: Counter() for name in ("kind", "locale", "category")}
    for kind, locale, category, n in groups:
        counts["kind"][kind] += n
        counts["locale"][locale] += n
        if category:
            counts["category"][category] += n
    facets = {
        name: sorted(found.items(), key=lambda item: (-item[1], item[0]))[:FACET_SIZE]
        for name, found in counts.items()
    }
    facets["tags"] = [(tag, n) for tag, n in tags]
    return facets


def _total(facets) -> int:
    # Every entry has exactly one kind, and there are far fewer kinds than FACET_SIZE.
    return sum(count for _, count in facets["kind"])


def mark_words(text: str, words: list[str], locale: str, width: int = 220) -> str:
    """A window of ``text`` around the first query word, each occurrence between markers.

    Words are compared after the same folding the index applies, so ``racun`` marks
    ``račun`` and a Chinese two-character word marks its place in the sentence.
    """
    wanted = {w for w in words if w}
    if not wanted:
        return text[:width]
    folded = fold_accents(text) if locale == "hr" else text.lower()
    spans = []
    for word in wanted:
        pattern = re.escape(word) if locale == "zh-hans" else rf"\b{re.escape(word)}\w*"
        spans += [m.span() for m in re.finditer(pattern, folded)]
    if not spans:
        return text[:width]
    spans.sort()
    start = max(0, spans[0][0] - width // 3)
    end = min(len(text), start + width)
    pieces, cursor = [], start
    for begin, finish in spans:
        if begin < cursor or finish > end:
            continue
        pieces += [text[cursor:begin], MARK_START, text[begin:finish], MARK_END]
        cursor = finish
    pieces.append(text[cursor:end])
    return ("… " if start else "") + "".join(pieces) + (" …" if end < len(text) else "")
