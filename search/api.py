"""Search endpoints on Wagtail's API v3 (mounted at /api/v3/portal/)."""

from datetime import datetime
from typing import Annotated

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from pydantic import ConfigDict

from portal.api_input import (
    MAX_ID,
    NO_NUL_PATTERN,
    Text,
    WholeNumber,
    portal_write_guard,
    problems,
    short_text,
)
from search import analytics, services
from search.documents import declared_facets, facet_value_labels
from search.errors import SearchInputError
from search.languages import codes
from search.query import MAX_FILTER_CHARS, MAX_FILTER_VALUES, MAX_PAGE, MAX_PAGE_SIZE, SORTS
from search.viewer import query_for_request

router = Router(tags=["search"])
router.add_decorator(portal_write_guard, mode="view")

# Declared here, checked by SearchQuery, so that past the limits the answer is a 400 that
# names them, the same on the API and the site.
FilterValues = Annotated[
    list[str],
    Field(
        json_schema_extra={
            "maxItems": MAX_FILTER_VALUES,
            "items": {"type": "string", "maxLength": MAX_FILTER_CHARS, "pattern": NO_NUL_PATTERN},
        }
    ),
]
SEARCH_ERRORS = problems(400, 422, 503)
"""400: a value the search refuses; 422: a malformed parameter; 503: every engine busy."""


LOCALE_ENUM = {"enum": list(codes())}


class SearchParams(Schema):
    q: Text = Field("", description="What was typed; longer than 200 characters is cut.")
    locale: str = Field(
        settings.LANGUAGE_CODE,
        description="Language code of the search.",
        json_schema_extra=LOCALE_ENUM,
    )
    # The allowed kinds register when the apps are ready; portal/openapi.py lists them.
    kind: FilterValues = Field([], description="Only these kinds (facet).")
    category: FilterValues = Field([], description="Only these categories (facet).")
    tags: FilterValues = Field([], description="Only documents with all these tags (facet).")
    sort: str = Field(
        "relevance", description="Order of the hits.", json_schema_extra={"enum": list(SORTS)}
    )
    page: int = Field(1, ge=1, le=MAX_PAGE)
    page_size: int = Field(10, ge=1, le=MAX_PAGE_SIZE)


class HitOut(Schema):
    id: str
    kind: str
    locale: str
    title: str
    url: str
    snippet: str = Field(description="HTML: escaped text with <mark> around matched words.")
    updated_at: datetime
    fallback: bool = Field(description="Shown in the source language: no translation exists.")
    promoted: bool = Field(description="Pinned by an editor for this query.")


class FacetValueOut(Schema):
    value: str
    label: str = Field(
        description="The value as readers see it, in the request's language (a kind's name)."
    )
    count: int


class SearchOut(Schema):
    query: str
    total: int
    page: int
    pages: int
    engine: str
    degraded: bool = Field(description="The search node failed; the database answered.")
    search_id: int | None = Field(
        description="Send with a click to /search/clicks/; null when the search is not logged."
    )
    click_token: str | None = Field(
        description=(
            "The search's secret click token: send it with search_id in a click to"
            " /search/clicks/. Only this answer carries it; null when search_id is null."
        )
    )
    hits: list[HitOut]
    facets: dict[str, list[FacetValueOut]]


class SuggestionOut(Schema):
    id: str
    title: str
    url: str
    locale: str


class ClickIn(Schema):
    model_config = ConfigDict(extra="forbid")

    search_id: WholeNumber = Field(ge=1, le=MAX_ID, description="From the search's answer.")
    token: short_text(analytics.CLICK_TOKEN_LENGTH) = Field(  # type: ignore[valid-type]
        description="The click_token of that search's answer; any other is 404."
    )
    id: short_text(160) = Field(description="A hit's id from that search's first page.")  # type: ignore[valid-type]
    position: WholeNumber = Field(
        ge=1, le=MAX_PAGE_SIZE, description="Its place in the list, from 1."
    )


def _query(request, params: SearchParams):
    own = declared_facets()  # the registered kinds' own facets, as repeated parameters
    unknown = set(request.GET) - set(SearchParams.model_fields) - set(own)
    if unknown:
        raise SearchInputError(
            _("Unknown parameter %(name)s.") % {"name": repr(sorted(unknown)[0])}
        )
    return query_for_request(
        request,
        text=params.q,
        locale=params.locale,
        sort=params.sort,
        page=params.page,
        page_size=params.page_size,
        filters={
            "kind": params.kind,
            "category": params.category,
            "tags": params.tags,
            **{name: request.GET.getlist(name) for name in own},
        },
    )


@router.get(
    "/search/",
    response={200: SearchOut, **SEARCH_ERRORS},
    url_name="portal_search",
    summary="Search everything the viewer may see",
    operation_id="portal_search",
)
def search(request: HttpRequest, params: Query[SearchParams]):
    results = services.search(_query(request, params))
    log = analytics.search_record(results)
    return {
        "query": results.query.text,
        "total": results.total,
        "page": results.query.page,
        "pages": results.pages,
        "engine": results.engine,
        "degraded": results.degraded,
        "search_id": log.pk if log else None,
        "click_token": analytics.click_token(log) if log else None,
        "hits": [{**hit.__dict__, "id": hit.doc_id} for hit in results.hits],
        "facets": {name: _facet_values(name, values) for name, values in results.facets.items()},
    }


def _facet_values(name: str, values: list[tuple[str, int]]) -> list[dict]:
    labels = facet_value_labels(name, [value for value, _count in values])
    return [
        {"value": value, "label": labels.get(value, value), "count": count}
        for value, count in values
    ]


@router.get(
    "/search/suggestions/",
    response={200: list[SuggestionOut], **SEARCH_ERRORS},
    url_name="portal_search_suggestions",
    summary="Titles that start like the text typed so far",
    operation_id="portal_search_suggestions",
)
def suggestions(
    request: HttpRequest,
    q: Text = "",
    locale: Annotated[str, Field(json_schema_extra=LOCALE_ENUM)] = settings.LANGUAGE_CODE,
):
    query = _query(request, SearchParams(q=q, locale=locale, page_size=8))
    return [{**s.__dict__, "id": s.doc_id} for s in services.suggest(query)]


@router.post(
    "/search/clicks/",
    response={204: None, **problems(400, 403, 404, 413, 415, 422)},
    url_name="portal_search_clicks",
    summary="Record that a result of a search was opened",
    description=(
        "Only for a search whose answer the caller received (its search_id with its"
        " click_token) and a hit it showed on its first page; a wrong token, another search's"
        " token or a hit that search did not show is 404. A JSON body; signed in through a"
        " session cookie, with the session's CSRF token in the X-CSRFToken header."
    ),
    operation_id="portal_search_click",
)
def click(request: HttpRequest, payload: ClickIn):
    analytics.click_record(
        search_id=payload.search_id,
        doc_id=payload.id,
        position=payload.position,
        token=payload.token,
    )
    return Status(204, None)
