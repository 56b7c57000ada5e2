"""Search endpoints on Wagtail's API v3 (mounted at /api/v3/portal/)."""

from contextlib import contextmanager
from datetime import datetime

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError

from search import analytics, services
from search.query import MAX_PAGE_SIZE, SearchBusyError, SearchInputError
from search.viewer import query_for_request

router = Router(tags=["search"])


class SearchParams(Schema):
    q: str = Field("", description="What was typed; longer than 200 characters is cut.")
    locale: str = Field("en", description="Language code: en, sv, nb, hr or zh-hans.")
    kind: list[str] = Field([], description="Only these kinds (facet).")
    category: list[str] = Field([], description="Only these categories (facet).")
    tags: list[str] = Field([], description="Only documents with all these tags (facet).")
    sort: str = Field("relevance", description="relevance or recent.")
    page: int = Field(1, ge=1, le=1000)
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
    count: int


class SearchOut(Schema):
    query: str
    total: int
    page: int
    pages: int
    engine: str
    degraded: bool = Field(description="The search node failed; the database answered.")
    search_id: int | None = Field(description="Send with a click to /search/clicks/.")
    hits: list[HitOut]
    facets: dict[str, list[FacetValueOut]]


class SuggestionOut(Schema):
    id: str
    title: str
    url: str
    locale: str


class ClickIn(Schema):
    search_id: int
    id: str = Field(max_length=160)
    position: int = Field(ge=1, le=10_000)


def _query(request, params: SearchParams):
    unknown = set(request.GET) - set(SearchParams.model_fields)
    if unknown:
        raise HttpError(400, f"Unknown parameter {sorted(unknown)[0]!r}.")
    try:
        return query_for_request(
            request,
            text=params.q,
            locale=params.locale,
            sort=params.sort,
            page=params.page,
            page_size=params.page_size,
            filters={"kind": params.kind, "category": params.category, "tags": params.tags},
        )
    except SearchInputError as error:
        raise HttpError(400, str(error)) from None


@contextmanager
def _busy_is_503():
    try:
        yield
    except SearchBusyError as error:
        raise HttpError(503, str(error)) from None


@router.get(
    "/search/",
    response=SearchOut,
    url_name="portal_search",
    summary="Search everything the viewer may see",
    operation_id="portal_search",
)
def search(request: HttpRequest, params: Query[SearchParams]):
    with _busy_is_503():
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
        "hits": [{**hit.__dict__, "id": hit.doc_id} for hit in results.hits],
        "facets": {
            name: [{"value": value, "count": count} for value, count in values]
            for name, values in results.facets.items()
        },
    }


@router.get(
    "/search/suggestions/",
    response=list[SuggestionOut],
    url_name="portal_search_suggestions",
    summary="Titles that start like the text typed so far",
    operation_id="portal_search_suggestions",
)
def suggestions(request: HttpRequest, q: str = "", locale: str = "en"):
    query = _query(request, SearchParams(q=q, locale=locale, page_size=8))
    with _busy_is_503():
        return [{**s.__dict__, "id": s.doc_id} for s in services.suggest(query)]


@router.post(
    "/search/clicks/",
    response={204: None},
    url_name="portal_search_clicks",
    summary="Record that a result of a search was opened",
    operation_id="portal_search_click",
)
def click(request: HttpRequest, payload: ClickIn):
    analytics.click_record(
        search_id=payload.search_id, doc_id=payload.id, position=payload.position
    )
    return Status(204, None)
