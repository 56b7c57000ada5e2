"""Search's own errors: each is one kind of ``portal.errors.PortalError``.

They say what went wrong; the API and the site choose the answer (``portal/errors.py``).
"""

from django.core.exceptions import ImproperlyConfigured

from portal.errors import InvalidInput, NotFound, PortalError, Unavailable


class SearchError(PortalError):
    """Base of search's own errors (never raised itself)."""


class SearchInputError(SearchError, InvalidInput):
    """A query the portal refuses: an unknown parameter, locale, kind, facet, sort or page."""


class SearchBusyError(SearchError, Unavailable):
    """No database search slot came free in time."""


class SearchTimeoutError(SearchBusyError):
    """A database search ran past ``SEARCH_DATABASE_STATEMENT_SECONDS``; answered as busy."""


class SearchResultNotFound(SearchError, NotFound):
    """A click on a result of a search that is not known, or whose token or hit is wrong."""


class SearchNotConfigured(ImproperlyConfigured):
    """ELASTICSEARCH_URL is not set, so the portal searches the database instead.

    An operator's mistake, not a visitor's: it is no PortalError and has no answer of its own.
    """
