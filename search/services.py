"""Search: record index changes, apply them, answer queries, degrade to the next engine.

Every engine that runs (``search.engines``) is written from one outbox; a search asks them
in turn until one is available.
"""

import dataclasses
import logging
from collections import Counter, defaultdict
from datetime import timedelta
from itertools import dropwhile

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from search import engines, wagtail_index
from search.documents import all_documents, kind_and_key, kinds
from search.models import IndexChange
from search.query import SearchQuery, SearchResults, Suggestion

logger = logging.getLogger(__name__)
APPLY_BATCH = 200
# Pending changes a search checks against the database; past this many (a long outage of
# the worker), the hits shown are checked instead, and counts may include what they drop.
PENDING_CHECK_LIMIT = 1000


def index_change_record(kind: str, keys) -> None:
    """Note in the current transaction that the documents of ``keys`` must be rewritten."""
    rows = [IndexChange(kind=kind, key=str(key)) for key in dict.fromkeys(keys)]
    if not rows:
        return
    IndexChange.objects.bulk_create(rows)
    from search.tasks import apply_index_changes

    transaction.on_commit(apply_index_changes.enqueue)


def index_changes_apply() -> int:
    """Apply pending changes in batches; returns how many were applied.

    The database index is written in the same transaction that deletes the applied rows.
    When an engine is unavailable, the rows stay and the next run writes them again: the
    portal's documents and Wagtail's own index alike.
    """
    applied = 0
    while True:
        with transaction.atomic():
            rows = list(
                IndexChange.objects.select_for_update(skip_locked=True).order_by("pk")[:APPLY_BATCH]
            )
            if not rows:
                return applied
            wagtail_keys = [row.key for row in rows if row.kind == wagtail_index.KIND]
            changes = _documents_of([row for row in rows if row.kind != wagtail_index.KIND])
            for engine in engines.written():
                try:
                    if changes:
                        engine.write(changes)
                    if engine.holds_wagtail_index:
                        wagtail_index.changes_apply(wagtail_keys)
                except engine.unavailable as error:
                    logger.warning(
                        "search %s unavailable, %d changes wait: %s", engine.name, len(rows), error
                    )
                    _retry_later()
                    return applied
            IndexChange.objects.filter(pk__in=[row.pk for row in rows]).delete()
            applied += len(rows)


def _retry_later() -> None:
    """Queue another run for when the node may be back (where the task backend can wait)."""
    from search.tasks import apply_index_changes

    if apply_index_changes.get_backend().supports_defer:
        later = timezone.now() + timedelta(seconds=settings.SEARCH_RETRY_SECONDS)
        transaction.on_commit(apply_index_changes.using(run_after=later).enqueue)


def _documents_of(rows) -> dict:
    keys_by_kind = defaultdict(list)
    for row in rows:
        if row.key not in keys_by_kind[row.kind]:
            keys_by_kind[row.kind].append(row.key)
    registered = kinds()
    changes = {}
    for kind, keys in keys_by_kind.items():
        if kind not in registered:
            logger.warning("dropping index changes of unregistered kind %r", kind)
            continue
        for key, documents in registered[kind].documents(keys).items():
            changes[(kind, key)] = documents
    return changes


def index_rebuild(*, engine: str = "all", progress=lambda engine, done, total: None) -> dict:
    """Rewrite every document of every kind into the chosen engines (``all``: every one that
    runs); returns counts. An engine that does not run raises ``SearchNotConfigured``."""
    total = sum(kind.count() for kind in kinds().values())
    written = {}
    for chosen in engines.written() if engine == "all" else [engines.named(engine)]:
        written[chosen.name] = chosen.rebuild(
            _every_document(), progress=lambda done, name=chosen.name: progress(name, done, total)
        )
        if chosen.holds_wagtail_index:
            call_command("update_index", backend_name=wagtail_index.BACKEND, verbosity=0)
    return written


def _every_document():
    for kind in kinds().values():
        yield from all_documents(kind)


def index_status() -> dict:
    """Documents per (kind, locale) as the database says they should be, and per engine;
    with a node, also the objects in each of Wagtail's own indices."""
    expected = Counter((doc.kind, doc.locale) for doc in _every_document())
    counts, errors = {}, {}
    for engine in engines.written():
        try:
            counts[engine.name] = engine.counts()
        except engine.unavailable as error:
            errors[engine.name] = str(error)
    pending = IndexChange.objects.count()
    rows = []
    for kind, locale in sorted(set(expected).union(*counts.values())):
        found = {
            name: engine_counts.get((kind, locale), 0) for name, engine_counts in counts.items()
        }
        want = expected.get((kind, locale), 0)
        rows.append(_status_row(kind, locale, want, found))
    for engine in engines.written():
        if not engine.holds_wagtail_index or engine.name in errors:
            continue
        try:
            for index, want, found in wagtail_index.counts():
                rows.append(_status_row(wagtail_index.KIND, index, want, {engine.name: found}))
        except engine.unavailable as error:
            errors[f"{engine.name} ({wagtail_index.KIND})"] = str(error)
    return {
        "engines": list(counts) + list(errors),
        "rows": rows,
        "errors": errors,
        "pending": pending,
        # A pending change is drift until it is applied: the engines lag the database.
        "drift": bool(errors) or bool(pending) or any(row["drift"] for row in rows),
    }


def _status_row(kind: str, locale: str, want: int, found: dict) -> dict:
    return {
        "kind": kind,
        "locale": locale,
        "expected": want,
        "engines": found,
        "drift": any(n != want for n in found.values()),
    }


def search(query: SearchQuery) -> SearchResults:
    """Results for the viewer; from the database, marked degraded, when the node fails."""
    query, overflow = _as_the_database_says(query)
    results = _with_fallback(lambda engine: engine.search(query))
    if query.page == 1 and query.text:
        _promote(results)
    if overflow:
        results.hits = _visible_only(results.hits, query)
    return results


def suggest(query: SearchQuery) -> list[Suggestion]:
    query, overflow = _as_the_database_says(query)
    suggestions = _with_fallback(lambda engine: engine.suggest(query), results=False)
    return _visible_only(suggestions, query) if overflow else suggestions


def _as_the_database_says(query: SearchQuery) -> tuple[SearchQuery, bool]:
    """The query, keeping of the documents that changed but are not re-indexed yet only
    those the viewer may see now, so that a narrowed audience or an unpublished article
    leaves hits, counts and suggestions in the request that follows the change.

    Returns ``(query, overflow)``: with more pending changes than ``PENDING_CHECK_LIMIT``,
    ``overflow`` asks the caller to check the hits themselves.
    """
    pending = list(
        IndexChange.objects.filter(kind__in=kinds())
        .values_list("kind", "key")
        .distinct()[: PENDING_CHECK_LIMIT + 1]
    )
    if not pending:
        return query, False
    pending, overflow = pending[:PENDING_CHECK_LIMIT], len(pending) > PENDING_CHECK_LIMIT
    visible = _visible_documents(query, pending)
    return dataclasses.replace(query, pending=tuple(pending), pending_visible=visible), overflow


def _visible_documents(query: SearchQuery, pairs) -> tuple[str, ...]:
    """Ids of the current documents of the (kind, key) ``pairs`` that the viewer may see."""
    keys_by_kind = defaultdict(list)
    for kind, key in pairs:
        keys_by_kind[kind].append(key)
    registered, viewer, visible = kinds(), set(query.principals), []
    for kind, keys in keys_by_kind.items():
        if kind in registered:
            found = registered[kind].visibility(keys)
            visible += [doc_id for doc_id, allowed in found.items() if viewer & set(allowed)]
    return tuple(visible)


def _visible_only(found: list, query: SearchQuery) -> list:
    """Hits or suggestions whose documents the viewer may see, as the database says now."""
    visible = set(_visible_documents(query, {kind_and_key(item.doc_id) for item in found}))
    return [item for item in found if item.doc_id in visible]


def _with_fallback(ask, results=True):
    """``ask`` of the first available engine; results marked degraded when it is not the first."""
    answer, degraded = _first_answer(engines.asked(), ask)
    if results and degraded:
        answer.degraded = True
    return answer


def _first_answer(candidates: list, ask) -> tuple:
    """(``ask`` of the first available of ``candidates``, whether one before it was not);
    the last is asked whatever happened before."""
    degraded = False
    for engine, following in zip(candidates, candidates[1:], strict=False):
        try:
            return ask(engine), degraded
        except engine.unavailable as error:
            logger.warning(
                "search %s unavailable, answering from the %s: %s",
                engine.name,
                following.name,
                error,
            )
            degraded = True
    return ask(candidates[-1]), degraded


def _promote(results: SearchResults) -> None:
    """Put editors' picks for the query first, when the viewer may see them."""
    query = results.query
    doc_ids = [d for kind in kinds().values() for d in kind.promoted(query.text, query.locale)]
    if not doc_ids:
        return
    # From the engine that answered, else the next ones.
    candidates = list(dropwhile(lambda engine: engine.name != results.engine, engines.asked()))
    promoted, _degraded = _first_answer(candidates, lambda engine: engine.fetch(doc_ids, query))
    pinned = {hit.doc_id for hit in promoted}
    results.hits = promoted + [hit for hit in results.hits if hit.doc_id not in pinned]
