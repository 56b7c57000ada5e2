"""Search: record index changes, apply them, answer queries, degrade to the database.

With ``ELASTICSEARCH_URL`` set, queries go to the search node and the database index is kept
as the fallback; without it, the database answers alone. Both are written from one outbox.
"""

import logging
from collections import Counter, defaultdict
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from opensearchpy.exceptions import OpenSearchException

from search.documents import all_documents, kinds
from search.engines.database import DatabaseEngine
from search.engines.node import NodeEngine
from search.models import IndexChange
from search.query import SearchQuery, SearchResults, Suggestion

logger = logging.getLogger(__name__)
APPLY_BATCH = 200


def node_configured() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def engines() -> list:
    """Every engine that is written to: the database always, the node when configured."""
    return [DatabaseEngine(), NodeEngine()] if node_configured() else [DatabaseEngine()]


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
    When the search node fails, the rows stay and the next run writes them again.
    """
    applied = 0
    while True:
        with transaction.atomic():
            rows = list(
                IndexChange.objects.select_for_update(skip_locked=True).order_by("pk")[:APPLY_BATCH]
            )
            if not rows:
                return applied
            changes = _documents_of(rows)
            DatabaseEngine().write(changes)
            if node_configured():
                try:
                    NodeEngine().write(changes)
                except OpenSearchException as error:
                    logger.warning("search node unavailable, %d changes wait: %s", len(rows), error)
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
    """Rewrite every document of every kind into the chosen engines; returns counts."""
    total = sum(kind.count() for kind in kinds().values())
    written = {}
    if engine in ("all", "database"):
        database = DatabaseEngine()
        with transaction.atomic():
            database.clear()
            batch, done = [], 0
            for document in _every_document():
                batch.append(document)
                if len(batch) == 1000:
                    database.insert(batch)
                    done += len(batch)
                    progress("database", done, total)
                    batch = []
            database.insert(batch)
            progress("database", done + len(batch), total)
        written["database"] = done + len(batch)
    if engine in ("all", "node") and node_configured():
        written["node"] = NodeEngine().rebuild(
            _every_document(), progress=lambda done: progress("node", done, total)
        )
    return written


def _every_document():
    for kind in kinds().values():
        yield from all_documents(kind)


def index_status() -> dict:
    """Documents per (kind, locale) as the database says they should be, and per engine."""
    expected = Counter((doc.kind, doc.locale) for doc in _every_document())
    counts, errors = {}, {}
    for engine in engines():
        try:
            counts[engine.name] = engine.counts()
        except OpenSearchException as error:
            errors[engine.name] = str(error)
    rows = []
    for kind, locale in sorted(set(expected).union(*counts.values())):
        found = {
            name: engine_counts.get((kind, locale), 0) for name, engine_counts in counts.items()
        }
        want = expected.get((kind, locale), 0)
        rows.append(
            {
                "kind": kind,
                "locale": locale,
                "expected": want,
                "engines": found,
                "drift": any(n != want for n in found.values()),
            }
        )
    return {
        "engines": list(counts) + list(errors),
        "rows": rows,
        "errors": errors,
        "pending": IndexChange.objects.count(),
        "drift": bool(errors) or any(row["drift"] for row in rows),
    }


def search(query: SearchQuery) -> SearchResults:
    """Results for the viewer; from the database, marked degraded, when the node fails."""
    results = _with_fallback(lambda engine: engine.search(query))
    if query.page == 1 and query.text:
        _promote(results)
    return results


def suggest(query: SearchQuery) -> list[Suggestion]:
    return _with_fallback(lambda engine: engine.suggest(query), results=False)


def _with_fallback(ask, results=True):
    if node_configured():
        try:
            return ask(NodeEngine())
        except OpenSearchException as error:
            logger.warning("search node unavailable, answering from the database: %s", error)
            answer = ask(DatabaseEngine())
            if results:
                answer.degraded = True
            return answer
    return ask(DatabaseEngine())


def _promote(results: SearchResults) -> None:
    """Put editors' picks for the query first, when the viewer may see them."""
    query = results.query
    doc_ids = [d for kind in kinds().values() for d in kind.promoted(query.text, query.locale)]
    if not doc_ids:
        return
    engine = DatabaseEngine() if results.engine == DatabaseEngine.name else NodeEngine()
    try:
        promoted = engine.fetch(doc_ids, query)
    except OpenSearchException:
        promoted = DatabaseEngine().fetch(doc_ids, query)
    pinned = {hit.doc_id for hit in promoted}
    results.hits = promoted + [hit for hit in results.hits if hit.doc_id not in pinned]
