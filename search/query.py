"""One query interface and one result shape for every engine."""

from dataclasses import dataclass, field

from search.documents import LANGUAGES

SORTS = ("relevance", "recent")
FACETS = ("kind", "locale", "category", "tags")
MAX_QUERY_CHARS = 200
MAX_PAGE_SIZE = 50


class SearchInputError(ValueError):
    """A query the portal refuses (unknown locale, facet, sort or page); the API answers 400."""


class SearchBusyError(RuntimeError):
    """No database search slot came free in time; the API and the site answer 503."""


@dataclass(frozen=True)
class SearchQuery:
    """What a viewer asks.

    Attributes:
        text: what was typed; cut to ``MAX_QUERY_CHARS``.
        principals: the viewer's principals; only documents carrying one of them match.
        filters: facet name → chosen value (for example ``{"category": "Billing"}``).
    """

    text: str
    locale: str
    principals: tuple[str, ...]
    filters: tuple[tuple[str, str], ...] = ()
    sort: str = "relevance"
    page: int = 1
    page_size: int = 10
    source_locale: str = "en"

    def __post_init__(self):
        if self.locale not in LANGUAGES:
            raise SearchInputError(f"Unknown locale {self.locale!r}.")
        if self.sort not in SORTS:
            raise SearchInputError(f"Unknown sort {self.sort!r}; use one of {', '.join(SORTS)}.")
        for name, _ in self.filters:
            if name not in FACETS:
                raise SearchInputError(f"Unknown facet {name!r}; use one of {', '.join(FACETS)}.")
        if self.page < 1 or not 1 <= self.page_size <= MAX_PAGE_SIZE:
            raise SearchInputError("The page must be 1 or more, with 1 to 50 results a page.")
        object.__setattr__(self, "text", " ".join(self.text.split())[:MAX_QUERY_CHARS])

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def filter_values(self, name: str) -> list[str]:
        return [value for facet, value in self.filters if facet == name]


@dataclass(frozen=True)
class Hit:
    doc_id: str
    kind: str
    locale: str
    title: str
    url: str
    snippet: str  # HTML: escaped text with <mark> around matched words
    updated_at: object
    score: float
    fallback: bool = False  # found in the source locale because the viewer's is missing
    promoted: bool = False


@dataclass
class SearchResults:
    query: SearchQuery
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    engine: str = ""
    degraded: bool = False  # answered by the database because the search node failed

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.page_size))


@dataclass(frozen=True)
class Suggestion:
    doc_id: str
    title: str
    url: str
    locale: str


MARK_START, MARK_END = "\ue000", "\ue001"


def marked_html(text: str) -> str:
    """Escape an engine's snippet and turn its private match markers into ``<mark>``."""
    from django.utils.html import escape

    return escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
