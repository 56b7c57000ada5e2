"""The database engine: PostgreSQL full-text search, or SQLite FTS5 in the zero-setup run.

PostgreSQL stems English, Swedish and Norwegian with its own dictionaries; Croatian is
folded to plain lower-case letters and cut to word prefixes, and Chinese split into
two-character words, before indexing, the same way for documents and queries
(``search.documents.searchable_text``). SQLite tokenises with ``unicode61`` (lower-cased,
accents removed) and does not otherwise stem.
"""

import json
import re
import threading
from collections import Counter, deque
from contextlib import contextmanager
from datetime import datetime
from functools import reduce
from operator import or_
from typing import NamedTuple

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import Case, Count, Exists, F, FloatField, OuterRef, Q, Value, When
from django.utils.translation import gettext as _

from search.documents import WORD, SearchDocument, fold_accents, searchable_text
from search.errors import SearchBusyError, SearchTimeoutError
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

QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement cancelled by its timeout
CONFIGS = {"en": "english", "sv": "swedish", "nb": "norwegian", "hr": "simple", "zh-hans": "simple"}
FTS_TABLE = "portal_search_fts"
NATIVE_WEIGHT = 2.0  # a document in the viewer's locale counts double against a fallback
FACET_SIZE = 20
WIDEN_BELOW = 5
RELEVANCE_ORDER = ("rank DESC", "updated_at DESC", "id")
STEMMED = {"en", "sv", "nb"}
HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=30, MinWords=12, '
    'MaxFragments=2, FragmentDelimiter=" … "'
)


def _padded(words) -> str:
    return " " + " ".join(words) + " " if words else ""


def query_words(text: str, locale: str) -> list[str]:
    return WORD.findall(searchable_text(text, locale).lower())


def tsquery_text(
    text: str, locale: str, *, prefix=False, title_only=False, every_word=False
) -> str | None:
    """The query's words as a raw ``to_tsquery`` expression, or None when it has none."""
    words = query_words(text, locale)
    if not words:
        return None
    weight = "A" if title_only else ""
    terms = [f"'{w}':{weight}" if weight else f"'{w}'" for w in words]
    if prefix and locale != "zh-hans":
        terms[-1] = f"'{words[-1]}':*{weight}"
    return (" & " if prefix or every_word else " | ").join(terms)


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
        for kind, keys in query.pending_keys().items():
            entries = entries.exclude(
                Q(kind=kind, key__in=keys) & ~Q(doc_id__in=query.pending_visible)
            )
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

    def search(self, query: SearchQuery) -> SearchResults:
        """Entries with every word first; with fewer than ``WIDEN_BELOW``, any word counts."""
        found = self._found_postgres(query) if self.postgres else self._found_sqlite(query)
        if found is None:
            return SearchResults(query=query, total=0, hits=[], engine=self.name)
        page, groups, tags = found
        facets = _facets(groups, tags)
        return SearchResults(
            query=query,
            total=_total(facets),
            hits=[self._hit(row, query) for row in page],
            facets=facets,
            engine=self.name,
        )

    @staticmethod
    def _hit(row: "PageRow", query: SearchQuery, promoted=False) -> Hit:
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
        """The given documents, if the viewer may see them, in the given order."""
        entries = self._scoped(query).select_related("text").filter(doc_id__in=doc_ids)
        found = {entry.doc_id: PageRow.of(entry) for entry in entries}
        return [
            self._hit(found[doc_id], query, promoted=True) for doc_id in doc_ids if doc_id in found
        ]

    def suggest(self, query: SearchQuery, limit: int = 8) -> list[Suggestion]:
        if self.postgres:
            return self._suggest_postgres(query, limit)
        matched = self._matched_sqlite(query, prefix=True, title_only=True)
        if matched is None:
            return []
        entries = matched.order_by("-rank", "title")[:limit]
        return [Suggestion(e.doc_id, e.title, e.url, e.locale) for e in entries]

    # PostgreSQL: hand-written statements, one a search, so that a query costs one round trip
    # and no ORM compilation beyond the viewer's scope.

    def _scope_sql(self, query: SearchQuery) -> tuple[str, list]:
        """``_scoped`` as a WHERE condition over the entry table, with its parameters."""
        sql = self._scoped(query).query
        return sql.where.as_sql(sql.get_compiler(connection=connection), connection)

    def _match_sql(self, query: SearchQuery, **how) -> tuple[str, list, str, list] | None:
        """(condition, its parameters, rank, its parameters) for the query's words.

        Each locale in scope is matched with its own text configuration; a document in the
        viewer's locale counts ``NATIVE_WEIGHT`` times one found in the source locale.
        """
        conditions, ranks, params, rank_params = [], [], [], []
        for code in _locales(query):
            text = tsquery_text(query.text, code, **how)
            if text is None:
                continue
            conditions.append("(locale = %s AND search_vector @@ to_tsquery(%s::regconfig, %s))")
            ranks.append("WHEN %s THEN ts_rank(search_vector, to_tsquery(%s::regconfig, %s))")
            params += [code, CONFIGS[code], text]
            rank_params += [code, CONFIGS[code], text]
        if not conditions:
            return None
        rank = (
            f"(CASE locale {' '.join(ranks)} END) * boost"
            f" * (CASE WHEN locale = %s THEN {NATIVE_WEIGHT} ELSE 1.0 END)"
        )
        return " OR ".join(conditions), params, rank, [*rank_params, query.locale]

    def _found_postgres(self, query: SearchQuery):
        """The page, the (kind, locale, category, count) groups and the tag counts.

        One statement: the entries with every word are materialised once, then ranked and
        counted from that list; only when they are fewer than ``WIDEN_BELOW`` are the
        entries with any word read instead (a one-time filter skips that scan otherwise).
        Tags are counted from each entry's own list, and the page comes with its text and,
        for the stemmed languages, PostgreSQL's highlighted headline.
        """
        scope, scope_params = self._scope_sql(query)
        every, widen = self._match_sql(query, every_word=True), self._match_sql(query)
        if every is None:
            return None
        entry, body = SearchEntry._meta.db_table, SearchEntryBody._meta.db_table

        def matches(match, extra=""):
            condition, params, rank, rank_params = match
            sql = (
                f"SELECT id, kind, locale, category, tags, updated_at, {rank} AS rank "
                f"FROM {entry} WHERE ({scope}) AND ({condition}){extra}"
            )
            return sql, [*rank_params, *scope_params, *params]

        every_sql, params = matches(every)
        ctes = f"every AS MATERIALIZED ({every_sql}), m AS (SELECT * FROM every)"
        if widen != every:  # more than one word: any of them may widen the matches
            widen_sql, widen_params = matches(
                widen, f" AND (SELECT count(*) FROM every) < {WIDEN_BELOW}"
            )
            ctes = (
                f"every AS MATERIALIZED ({every_sql}), widened AS MATERIALIZED ({widen_sql}), "
                f"m AS (SELECT * FROM every WHERE (SELECT count(*) FROM every) >= {WIDEN_BELOW}"
                " UNION ALL SELECT * FROM widened)"
            )
            params += widen_params
        keys = ("updated_at DESC", "id") if query.sort == "recent" else RELEVANCE_ORDER
        headline, headline_params = self._headline_sql(query)
        statement = f"""
            WITH {ctes}
            SELECT
              (SELECT coalesce(json_agg(json_build_array(e.doc_id, e.kind, e.locale, e.title,
                                        e.url, e.updated_at, p.rank, b.body, {headline})
                                        ORDER BY {", ".join(f"p.{key}" for key in keys)}), '[]')
               FROM (SELECT id, rank, updated_at FROM m ORDER BY {", ".join(keys)}
                     LIMIT %s OFFSET %s) p
               JOIN {entry} e ON e.id = p.id JOIN {body} b ON b.entry_id = p.id),
              (SELECT coalesce(json_agg(json_build_array(kind, locale, category, n)), '[]')
               FROM (SELECT kind, locale, category, count(*) AS n FROM m GROUP BY 1, 2, 3) g),
              (SELECT coalesce(json_agg(json_build_array(tag, n) ORDER BY n DESC, tag), '[]')
               FROM (SELECT t.tag, count(*) AS n
                     FROM m CROSS JOIN LATERAL jsonb_array_elements_text(m.tags) AS t(tag)
                     GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT {FACET_SIZE}) tg)
        """
        params += [*headline_params, query.page_size, query.offset]
        with search_slot(), statement_budget() as cursor:
            cursor.execute(statement, params)
            page, groups, tags = cursor.fetchone()
        return [PageRow.from_json(row) for row in page], groups, tags

    def _headline_sql(self, query: SearchQuery) -> tuple[str, list]:
        """PostgreSQL's headline for the stemmed locales in scope (NULL for the others)."""
        cases, params = [], []
        for code in _locales(query):
            text = tsquery_text(query.text, code) if code in STEMMED else None
            if text:
                cases.append(
                    "WHEN %s THEN ts_headline(%s::regconfig, b.body, "
                    "to_tsquery(%s::regconfig, %s), %s)"
                )
                params += [code, CONFIGS[code], CONFIGS[code], text, HEADLINE_OPTIONS]
        if not cases:
            return "NULL", []
        return f"CASE e.locale {' '.join(cases)} END", params

    def _suggest_postgres(self, query: SearchQuery, limit: int) -> list[Suggestion]:
        match = self._match_sql(query, prefix=True, title_only=True)
        if match is None:
            return []
        condition, params, rank, rank_params = match
        scope, scope_params = self._scope_sql(query)
        with search_slot(), statement_budget() as cursor:
            cursor.execute(
                f"SELECT doc_id, title, url, locale FROM {SearchEntry._meta.db_table} "
                f"WHERE ({scope}) AND ({condition}) ORDER BY {rank} DESC, title LIMIT %s",
                [*scope_params, *params, *rank_params, limit],
            )
            return [Suggestion(*row) for row in cursor.fetchall()]

    # SQLite: FTS5 scores joined to the ORM's entries

    def _matched_sqlite(
        self,
        query: SearchQuery,
        *,
        prefix: bool = False,
        title_only: bool = False,
        every_word: bool = False,
    ):
        """(entries matching the text, with a ``rank`` annotation), or None for no words."""
        words = sorted({w for code in _locales(query) for w in query_words(query.text, code)})
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
        return (
            self._scoped(query)
            .filter(pk__in=list(scores))
            .annotate(rank=rank * F("boost") * native)
        )

    def _found_sqlite(self, query: SearchQuery):
        matched = self._matched_sqlite(query, every_word=True)
        if matched is None:
            return None
        ranked, groups, tags = self._page_and_counts_sqlite(matched, query)
        if sum(n for *_, n in groups) < WIDEN_BELOW:
            ranked, groups, tags = self._page_and_counts_sqlite(self._matched_sqlite(query), query)
        entries = SearchEntry.objects.select_related("text").in_bulk([pk for pk, _ in ranked])
        return [PageRow.of(entries[pk], rank) for pk, rank in ranked], groups, tags

    @staticmethod
    def _page_and_counts_sqlite(matched, query: SearchQuery):
        order = ("-updated_at", "pk") if query.sort == "recent" else ("-rank", "-updated_at", "pk")
        window = slice(query.offset, query.offset + query.page_size)
        plain = matched.order_by()
        groups = plain.values_list("kind", "locale", "category").annotate(n=Count("pk"))
        tags = (
            SearchEntryTag.objects.filter(entry__in=plain.values("pk"))
            .values_list("tag")
            .annotate(n=Count("pk"))
            .order_by("-n", "tag")[:FACET_SIZE]
        )
        return list(matched.order_by(*order).values_list("pk", "rank")[window]), groups, tags


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


@contextmanager
def search_slot():
    """Wait for one of the ``SEARCH_DATABASE_CONCURRENCY`` search slots of this process.

    The database runs as many statements at once as it is sent, and on a few cores a burst
    of broad searches then shares them until every one of them is slow. Waiting in line
    instead, first come first served, keeps the tail short, as Elasticsearch's search thread
    pool does; 0 turns the limit off. A search that waits longer than
    ``SEARCH_DATABASE_WAIT_SECONDS`` gives up with ``SearchBusyError`` rather than queueing
    without end.
    """
    size = settings.SEARCH_DATABASE_CONCURRENCY
    if size <= 0:
        yield
        return
    slots = _slots(size)
    if not slots.acquire(timeout=settings.SEARCH_DATABASE_WAIT_SECONDS):
        raise SearchBusyError(_("Search is busy right now; please try again in a moment."))
    try:
        yield
    finally:
        slots.release()


@contextmanager
def statement_budget():
    """A cursor whose statements PostgreSQL cancels after ``SEARCH_DATABASE_TIMEOUT_MS``.

    However a query is built, it cannot hold a connection and a core for longer than that;
    a cancelled search raises ``SearchTimeoutError`` (answered as busy). The limit is set
    for this transaction only and put back afterwards, so nothing else run on the
    connection inherits it.
    """
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('statement_timeout'), "
                "set_config('statement_timeout', %s, true)",
                [f"{settings.SEARCH_DATABASE_TIMEOUT_MS}ms"],
            )
            previous = cursor.fetchone()[0]
            yield cursor
            cursor.execute("SELECT set_config('statement_timeout', %s, true)", [previous])
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", None) != QUERY_CANCELED:
            raise
        raise SearchTimeoutError(
            _("This search took too long; please try fewer words or filters.")
        ) from None


class SearchSlots:
    """A counting semaphore that serves its waiters in the order they came.

    A freed slot is handed to the longest waiter rather than left for whoever asks next:
    with Python's own semaphore, a thread that releases and asks again at once keeps
    winning, and the others wait until it stops.
    """

    def __init__(self, size: int):
        self._lock = threading.Lock()
        self._free = size
        self._waiters: deque[threading.Lock] = deque()

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    def acquire(self, timeout: float) -> bool:
        with self._lock:
            if self._free and not self._waiters:
                self._free -= 1
                return True
            waiter = threading.Lock()
            waiter.acquire()
            self._waiters.append(waiter)
        if waiter.acquire(timeout=timeout):
            return True  # release() handed this waiter its slot
        with self._lock:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
                return False
        return True  # handed over just as the wait ran out

    def release(self) -> None:
        with self._lock:
            if self._waiters:
                self._waiters.popleft().release()
            else:
                self._free += 1


_slots_lock = threading.Lock()
_slots_by_size: dict[int, SearchSlots] = {}


def _slots(size: int) -> SearchSlots:
    with _slots_lock:
        return _slots_by_size.setdefault(size, SearchSlots(size))


def _locales(query: SearchQuery) -> list[str]:
    if query.locale == query.source_locale:
        return [query.locale]
    return [query.locale, query.source_locale]


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
