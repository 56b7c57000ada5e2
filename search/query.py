"""One query interface and one result shape for every engine."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from search import errors
from search.documents import facet_names
from search.languages import languages

SORTS = ("relevance", "recent")
MAX_QUERY_CHARS = 200
MAX_PAGE_SIZE = 50
MAX_PAGE = 1000  # pages a search can be turned to, on the API and the site
# A search may narrow by at most this many values of each facet, each this long at most: a
# filter costs the engines work per value, and nobody picks more by hand.
MAX_FILTER_VALUES = 10
MAX_FILTER_CHARS = 100


def check_text(value: str) -> None:
    """Refuse text no engine can store or match: NUL characters and lone surrogates."""
    if "\x00" in value:
        raise errors.SearchInputError(_("Search text and filters may not contain NUL characters."))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise errors.SearchInputError(
            _("Search text and filters must be valid Unicode text.")
        ) from None


@dataclass(frozen=True)
class SearchQuery:
    """What a viewer asks.

    Attributes:
        text: what was typed; cut to ``MAX_QUERY_CHARS``.
        principals: the viewer's principals; only documents carrying one of them match.
        filters: facet name → chosen value (for example ``{"category": "Billing"}``).
        pending: (kind, key) pairs with index changes not applied yet; of their documents
            the engines keep only those in ``pending_visible`` (see ``search.services``).
        pending_visible: ids of the current documents of ``pending`` the viewer may see.
    """

    text: str
    locale: str
    principals: tuple[str, ...]
    filters: tuple[tuple[str, str], ...] = ()
    sort: str = "relevance"
    page: int = 1
    page_size: int = 10
    source_locale: str = field(default_factory=lambda: settings.LANGUAGE_CODE)
    pending: tuple[tuple[str, str], ...] = ()
    pending_visible: tuple[str, ...] = ()

    def __post_init__(self):
        if self.locale not in languages():
            raise errors.SearchInputError(
                _("Unknown locale %(locale)s.") % {"locale": repr(self.locale)}
            )
        if self.sort not in SORTS:
            raise errors.SearchInputError(
                _("Unknown sort %(sort)s; use one of %(sorts)s.")
                % {"sort": repr(self.sort), "sorts": ", ".join(SORTS)}
            )
        check_text(self.text)
        facets = facet_names()
        for name, value in self.filters:
            if name not in facets:
                raise errors.SearchInputError(
                    _("Unknown facet %(facet)s; use one of %(facets)s.")
                    % {"facet": repr(name), "facets": ", ".join(facets)}
                )
            check_text(value)
            if len(value) > MAX_FILTER_CHARS:
                raise errors.SearchInputError(
                    _("A %(facet)s value has at most %(limit)d characters.")
                    % {"facet": name, "limit": MAX_FILTER_CHARS}
                )
        for name in facets:
            if len(self.filter_values(name)) > MAX_FILTER_VALUES:
                raise errors.SearchInputError(
                    _("Choose at most %(limit)d values of %(facet)s.")
                    % {"facet": name, "limit": MAX_FILTER_VALUES}
                )
        if self.page < 1 or not 1 <= self.page_size <= MAX_PAGE_SIZE:
            raise errors.SearchInputError(
                _("The page must be 1 or more, with 1 to %(max)d results a page.")
                % {"max": MAX_PAGE_SIZE}
            )
        object.__setattr__(self, "text", " ".join(self.text.split())[:MAX_QUERY_CHARS])

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def filter_values(self, name: str) -> list[str]:
        return [value for facet, value in self.filters if facet == name]

    def pending_keys(self) -> dict[str, list[str]]:
        """``pending`` grouped by kind."""
        grouped: dict[str, list[str]] = {}
        for kind, key in self.pending:
            grouped.setdefault(kind, []).append(key)
        return grouped


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
