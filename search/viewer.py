"""From a web request to a search: the viewer's principals and the checked query."""

from django.conf import settings
from django.utils.translation import gettext as _

from search.documents import kinds, principals_for
from search.errors import SearchInputError
from search.query import SearchQuery


def query_for_request(
    request, *, text: str, locale: str, filters: dict[str, list[str]] | None = None, **options
) -> SearchQuery:
    """A :class:`SearchQuery` carrying the requesting user's principals.

    ``filters`` maps a facet name to the values chosen; ``options`` may hold ``sort``,
    ``page`` and ``page_size``. Raises :class:`search.errors.SearchInputError` for values
    the portal refuses (an unknown facet among them).
    """
    registered = kinds()
    for kind in (filters or {}).get("kind", ()):
        if kind not in registered:
            raise SearchInputError(
                _("Unknown kind %(kind)s; use one of %(kinds)s.")
                % {"kind": repr(kind), "kinds": ", ".join(registered)}
            )
    chosen = tuple(
        (name, value) for name, values in (filters or {}).items() for value in values if value
    )
    return SearchQuery(
        text=text or "",
        locale=locale,
        principals=tuple(principals_for(request.user)),
        filters=chosen,
        source_locale=settings.LANGUAGE_CODE,
        **options,
    )
