"""PostgreSQL: hand-written statements, one a search, so that a query costs one round trip and
no ORM compilation beyond the viewer's scope.

Each language is stemmed, or not, by its own text-search configuration
(``search.languages``); its text is prepared the same way for documents and queries.
"""

import json
from contextlib import contextmanager

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.utils.translation import gettext as _

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
from search.engines.database.slots import search_slot
from search.errors import SearchTimeoutError
from search.languages import language, searchable_text
from search.models import SearchEntry, SearchEntryBody, SearchEntryFacet, SearchEntryTag
from search.query import MARK_END, MARK_START, SearchQuery, Suggestion

QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement cancelled by its timeout
# Entries with every word rank above those with only some (``tier``), then by relevance.
RELEVANCE_ORDER = ("tier DESC", "rank DESC", "updated_at DESC", "id")
HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=30, MinWords=12, '
    'MaxFragments=2, FragmentDelimiter=" … "'
)


def tsquery_text(
    text: str, locale: str, *, prefix=False, title_only=False, every_word=False
) -> str | None:
    """The query's words as a raw ``to_tsquery`` expression, or None when it has none."""
    words = query_words(text, locale)
    if not words:
        return None
    weight = "A" if title_only else ""
    terms = [f"'{w}':{weight}" if weight else f"'{w}'" for w in words]
    if prefix and not language(locale).segmented:
        terms[-1] = f"'{words[-1]}':*{weight}"
    return (" & " if prefix or every_word else " | ").join(terms)


def config(locale: str) -> str:
    return language(locale).text_search_config


def insert(documents: list[SearchDocument]) -> None:
    """Plain SQL: the ORM's per-value compilation would cost more than the inserts."""
    entry, tag = SearchEntry._meta.db_table, SearchEntryTag._meta.db_table
    body, facet = SearchEntryBody._meta.db_table, SearchEntryFacet._meta.db_table
    names = list(columns(documents[0]))
    values = ", ".join("%s::jsonb" if name == "tags" else "%s" for name in names)
    vector = (
        "setweight(to_tsvector(%s::regconfig, %s), 'A') || "
        "setweight(to_tsvector(%s::regconfig, %s), 'B')"
    )
    rows = []
    for doc in documents:
        fields = columns(doc)
        fields["tags"] = json.dumps(fields["tags"])
        rest = " ".join([doc.body, *doc.tags])
        rows.append(
            [
                *fields.values(),
                config(doc.locale),
                searchable_text(doc.title, doc.locale),
                config(doc.locale),
                searchable_text(rest, doc.locale),
            ]
        )
    facets = [(doc.doc_id, name, value) for doc in documents for name, value in doc.facets]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {entry} ({', '.join(names)}, search_vector) VALUES ({values}, {vector})",
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
        if facets:
            cursor.execute(
                f"INSERT INTO {facet} (entry_id, facet, value) SELECT e.id, d.facet, d.value "
                f"FROM {entry} e JOIN unnest(%s::text[], %s::text[], %s::text[]) "
                "AS d(doc_id, facet, value) USING (doc_id)",
                [list(column) for column in zip(*facets, strict=True)],
            )


def _scope_sql(query: SearchQuery) -> tuple[str, list]:
    """``scoped`` as a WHERE condition over the entry table, with its parameters."""
    sql = scoped(query).query
    return sql.where.as_sql(sql.get_compiler(connection=connection), connection)


def _match_sql(query: SearchQuery, **how) -> tuple[str, list, str, list] | None:
    """(condition, its parameters, rank, its parameters) for the query's words.

    Each locale in scope is matched with its own text configuration; a document in the
    viewer's locale counts ``NATIVE_WEIGHT`` times one found in the source locale.
    """
    conditions, ranks, params, rank_params = [], [], [], []
    for code in locales(query):
        text = tsquery_text(query.text, code, **how)
        if text is None:
            continue
        conditions.append("(locale = %s AND search_vector @@ to_tsquery(%s::regconfig, %s))")
        ranks.append("WHEN %s THEN ts_rank(search_vector, to_tsquery(%s::regconfig, %s))")
        params += [code, config(code), text]
        rank_params += [code, config(code), text]
    if not conditions:
        return None
    rank = (
        f"(CASE locale {' '.join(ranks)} END) * boost"
        f" * (CASE WHEN locale = %s THEN {NATIVE_WEIGHT} ELSE 1.0 END)"
    )
    return " OR ".join(conditions), params, rank, [*rank_params, query.locale]


def found(query: SearchQuery):
    """The page, the (kind, locale, category, count) groups, the tag counts and the
    (facet, value, count) rows of the kinds' own facets; None for a query without words.

    One statement: the entries with every word are materialised once, then ranked and
    counted from that list; only when they are fewer than ``WIDEN_BELOW`` are the entries
    with any word read instead (a one-time filter skips that scan otherwise), those with
    every word still first. Tags are counted from each entry's own list, and the page comes
    with its text and, for the stemmed languages, PostgreSQL's highlighted headline.
    """
    scope, scope_params = _scope_sql(query)
    every, widen = _match_sql(query, every_word=True), _match_sql(query)
    if every is None:
        return None
    entry, body = SearchEntry._meta.db_table, SearchEntryBody._meta.db_table

    def matches(match, tier, extra=""):
        condition, params, rank, rank_params = match
        sql = (
            f"SELECT id, kind, locale, category, tags, updated_at, {tier} AS tier, "
            f"{rank} AS rank FROM {entry} WHERE ({scope}) AND ({condition}){extra}"
        )
        return sql, [*rank_params, *scope_params, *params]

    every_sql, params = matches(every, "1")
    ctes = f"every AS MATERIALIZED ({every_sql}), m AS (SELECT * FROM every)"
    if widen != every:  # more than one word: any of them may widen the matches
        widen_sql, widen_params = matches(
            widen,
            "CASE WHEN id IN (SELECT id FROM every) THEN 1 ELSE 0 END",
            f" AND (SELECT count(*) FROM every) < {WIDEN_BELOW}",
        )
        ctes = (
            f"every AS MATERIALIZED ({every_sql}), widened AS MATERIALIZED ({widen_sql}), "
            f"m AS (SELECT * FROM every WHERE (SELECT count(*) FROM every) >= {WIDEN_BELOW}"
            " UNION ALL SELECT * FROM widened)"
        )
        params += widen_params
    keys = ("updated_at DESC", "id") if query.sort == "recent" else RELEVANCE_ORDER
    headline, headline_params = _headline_sql(query)
    facets, facet_params = _facets_sql()
    statement = f"""
        WITH {ctes}
        SELECT
          (SELECT coalesce(json_agg(json_build_array(e.doc_id, e.kind, e.locale, e.title,
                                    e.url, e.updated_at, p.rank, b.body, {headline})
                                    ORDER BY {", ".join(f"p.{key}" for key in keys)}), '[]')
           FROM (SELECT id, tier, rank, updated_at FROM m ORDER BY {", ".join(keys)}
                 LIMIT %s OFFSET %s) p
           JOIN {entry} e ON e.id = p.id JOIN {body} b ON b.entry_id = p.id),
          (SELECT coalesce(json_agg(json_build_array(kind, locale, category, n)), '[]')
           FROM (SELECT kind, locale, category, count(*) AS n FROM m GROUP BY 1, 2, 3) g),
          (SELECT coalesce(json_agg(json_build_array(tag, n) ORDER BY n DESC, tag), '[]')
           FROM (SELECT t.tag, count(*) AS n
                 FROM m CROSS JOIN LATERAL jsonb_array_elements_text(m.tags) AS t(tag)
                 GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT {FACET_SIZE}) tg),
          {facets}
    """
    params += [*headline_params, query.page_size, query.offset, *facet_params]
    with search_slot(), statement_budget() as cursor:
        cursor.execute(statement, params)
        page, groups, tags, facet_counts = cursor.fetchone()
    return [PageRow.from_json(row) for row in page], groups, tags, facet_counts


def _headline_sql(query: SearchQuery) -> tuple[str, list]:
    """PostgreSQL's headline for the stemmed locales in scope (NULL for the others)."""
    cases, params = [], []
    for code in locales(query):
        text = tsquery_text(query.text, code) if language(code).stemmed else None
        if text:
            cases.append(
                "WHEN %s THEN ts_headline(%s::regconfig, b.body, to_tsquery(%s::regconfig, %s), %s)"
            )
            params += [code, config(code), config(code), text, HEADLINE_OPTIONS]
    if not cases:
        return "NULL", []
    return f"CASE e.locale {' '.join(cases)} END", params


def _facets_sql() -> tuple[str, list]:
    """The (facet, value, count) rows of the kinds' own facets among the matches."""
    names = declared_facets()
    if not names:
        return "'[]'::json", []
    facet = SearchEntryFacet._meta.db_table
    return (
        "(SELECT coalesce(json_agg(json_build_array(facet, value, n)), '[]') "
        f"FROM (SELECT f.facet, f.value, count(*) AS n FROM m JOIN {facet} f "
        "ON f.entry_id = m.id WHERE f.facet = ANY(%s) GROUP BY 1, 2) fc)",
        [list(names)],
    )


def suggest(query: SearchQuery, limit: int) -> list[Suggestion]:
    match = _match_sql(query, prefix=True, title_only=True)
    if match is None:
        return []
    condition, params, rank, rank_params = match
    scope, scope_params = _scope_sql(query)
    with search_slot(), statement_budget() as cursor:
        cursor.execute(
            f"SELECT doc_id, title, url, locale FROM {SearchEntry._meta.db_table} "
            f"WHERE ({scope}) AND ({condition}) ORDER BY {rank} DESC, title LIMIT %s",
            [*scope_params, *params, *rank_params, limit],
        )
        return [Suggestion(*row) for row in cursor.fetchall()]


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
