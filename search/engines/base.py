"""The interface every search engine implements."""

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable

from search.documents import SearchDocument
from search.query import Hit, SearchQuery, SearchResults, Suggestion


class Engine(ABC):
    """Stores the documents of every kind and answers queries over them.

    Attributes:
        name: names the engine in results, logs, ``search_status`` and ``search_reindex``.
        unavailable: the errors that mean the engine cannot answer now; another engine
            answers instead and the outbox keeps the changes it did not take.
        holds_wagtail_index: Wagtail's own search index (the admin's) lives on this engine
            and is written through the portal's outbox (``search.wagtail_index``).
    """

    name: str
    unavailable: tuple[type[Exception], ...] = ()
    holds_wagtail_index = False

    @abstractmethod
    def write(self, changes: dict[tuple[str, str], list[SearchDocument]]) -> None:
        """Replace the documents of each (kind, key) with the given ones."""

    @abstractmethod
    def rebuild(
        self, documents: Iterable[SearchDocument], progress: Callable[[int], None] = lambda n: None
    ) -> int:
        """Replace everything with ``documents``; returns how many were written."""

    @abstractmethod
    def counts(self) -> Counter:
        """Documents held per (kind, locale)."""

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResults: ...

    @abstractmethod
    def fetch(self, doc_ids: list[str], query: SearchQuery) -> list[Hit]:
        """The given documents, if the viewer may see them in this locale, in the given order."""

    @abstractmethod
    def suggest(self, query: SearchQuery, limit: int = 8) -> list[Suggestion]: ...
