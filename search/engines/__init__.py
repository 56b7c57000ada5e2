"""The search engines, and the one place that chooses which of them run.

The database always holds every document. With ``ELASTICSEARCH_URL`` set the search node
holds them too and answers first; the database answers when the node is unavailable.
"""

from django.conf import settings

from search.client import SearchNotConfigured
from search.engines.base import Engine
from search.engines.database import DatabaseEngine
from search.engines.node import NodeEngine

NAMES = (DatabaseEngine.name, NodeEngine.name)


def node_configured() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def written() -> list[Engine]:
    """Every engine that holds the documents, in the order they are written: the database
    first (in the outbox's transaction), then the node when configured."""
    return [DatabaseEngine(), NodeEngine()] if node_configured() else [DatabaseEngine()]


def asked() -> list[Engine]:
    """The engines in the order a search asks them: the next answers when one is unavailable."""
    return written()[::-1]


def named(name: str) -> Engine:
    """The running engine called ``name``."""
    for engine in written():
        if engine.name == name:
            return engine
    raise SearchNotConfigured(f"no search engine {name!r} runs (is ELASTICSEARCH_URL set?)")


def unavailable() -> tuple[type[Exception], ...]:
    """Every error by which some engine says it cannot answer now."""
    return DatabaseEngine.unavailable + NodeEngine.unavailable
