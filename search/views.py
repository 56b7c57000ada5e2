"""The site's search results page and the link that records an opened result."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal.site_errors import refusals_shown_in
from search import analytics, services
from search.documents import facet_names, facet_value_labels, kinds
from search.errors import SearchInputError
from search.query import MAX_PAGE, MAX_PAGE_SIZE
from search.viewer import query_for_request

# What a refused search gives back in its search box (a box holds at most 200 characters).
MAX_TEXT_SHOWN = 200


def _bounded_int(value: str, *, low: int, high: int) -> int | None:
    """``value`` as a whole number from ``low`` to ``high``, else None."""
    try:
        number = int(value)
    except ValueError:
        return None
    return number if low <= number <= high else None


def search_page(request):
    """The results page; a refused search shows its message above where the results would be."""
    text = request.GET.get("q", "")
    shown = {"query": {"text": text.replace("\x00", "")[:MAX_TEXT_SHOWN]}}
    refusals_shown_in(request, "search/results.html", shown)
    page = _bounded_int(request.GET.get("page", "1"), low=1, high=MAX_PAGE)
    if page is None:
        raise SearchInputError(
            _("The page must be a whole number from 1 to %(max)d.") % {"max": MAX_PAGE}
        )
    query = query_for_request(
        request,
        text=text,
        locale=get_language(),
        sort=request.GET.get("sort", "relevance"),
        page=page,
        filters={name: request.GET.getlist(name) for name in facet_names()},
    )
    refusals_shown_in(request, "search/results.html", {"query": {"text": query.text}})
    results = services.search(query) if query.text else None
    log = analytics.search_record(results) if results else None
    return render(
        request,
        "search/results.html",
        {
            "query": query,
            "results": results,
            "search_id": log.pk if log else "",
            "click_token": analytics.click_token(log) if log else "",
            "facets": _facets(results) if results else [],
            "first_position": query.offset + 1,
        },
    )


def result_opened(request, search_id: int):
    """Count a result opened from a search, then go to it (local addresses only).

    The link carries the search's click token (from the results page it was on): a missing or
    wrong token, or a document the search did not show, is 404.
    """
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        raise Http404
    position = _bounded_int(request.GET.get("position", ""), low=1, high=MAX_PAGE_SIZE)
    if position is None:
        raise SearchInputError(
            _("The position must be a whole number from 1 to %(max)d.") % {"max": MAX_PAGE_SIZE}
        )
    analytics.click_record(
        search_id=search_id,
        token=request.GET.get("token", ""),
        doc_id=request.GET.get("doc", ""),
        position=position,
    )
    return redirect(target)


def _facets(results) -> list:
    """(name, heading, [(value, label, count, chosen, language)]) for the filter column (the
    heading of a kind's own facet; the portal's are named by the template); ``language``
    is the value's own when it is not the page's (a category of an untranslated result)."""
    registered = kinds()
    page_language = get_language()
    # The kinds' own facets are headed by their label; the template names the portal's.
    headings = {name: label for kind in registered.values() for name, label in kind.facets.items()}

    def other_languages(name: str, values: list[str]) -> dict[str, str]:
        found = {value: value for value in values} if name == "locale" else {}
        for kind in registered.values():
            found |= kind.value_languages(name, values)
        return {value: code for value, code in found.items() if code != page_language}

    chosen = {name: results.query.filter_values(name) for name in facet_names()}
    facets = []
    for name, values in results.facets.items():
        shown = [value for value, _count in values]
        language, labels = other_languages(name, shown), facet_value_labels(name, shown)
        rows = [
            (value, labels.get(value, value), count, value in chosen[name], language.get(value, ""))
            for value, count in values
        ]
        facets.append((name, headings.get(name, ""), rows))
    return facets
