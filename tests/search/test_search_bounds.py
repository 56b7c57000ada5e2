"""A search costs bounded work: capped filters, refused garbage, a statement timeout."""

import re
import time

import pytest
from django.db import connection

from search.query import MAX_FILTER_CHARS, MAX_FILTER_VALUES

API = "/api/v3/portal/search/"


def tags(n: int) -> list[tuple[str, str]]:
    return [("tags", f"t{i}") for i in range(n)]


def test_the_most_filters_allowed_still_answer(engine, client):
    response = client.get(API, [("q", "password"), *tags(MAX_FILTER_VALUES)])

    assert response.status_code == 200
    assert response.json()["total"] == 0


@pytest.mark.parametrize("facet", ["tags", "kind", "category"])
def test_more_values_of_a_filter_than_allowed_answer_400(engine, client, facet):
    values = [(facet, "article" if facet == "kind" else f"v{i}") for i in range(11)]

    response = client.get(API, [("q", "password"), *values])

    assert response.status_code == 400
    assert f"at most {MAX_FILTER_VALUES} values of {facet}" in response.json()["detail"]


def test_two_hundred_tags_are_refused_at_once_on_the_site_too(engine, client):
    started = time.monotonic()
    api = client.get(API, [("q", "password"), *tags(200)])
    page = client.get("/en/search/", [("q", "password"), *tags(200)])

    assert api.status_code == page.status_code == 400
    assert time.monotonic() - started < 5  # refused before any engine work, not after it


def test_an_overlong_filter_value_answers_400(engine, client):
    response = client.get(API, {"q": "password", "category": "x" * (MAX_FILTER_CHARS + 1)})

    assert response.status_code == 400


@pytest.mark.parametrize(
    "params",
    [
        {"q": "pass\x00word"},
        {"q": "password", "tags": "a\x00"},
        {"q": "password", "category": "\x00"},
    ],
)
def test_nul_characters_answer_a_4xx_not_500(engine, client, params):
    api = client.get(API, params)
    suggestions = client.get("/api/v3/portal/search/suggestions/", {"q": "pa\x00"})

    assert api.status_code in (400, 422) and suggestions.status_code in (400, 422)
    assert api["Content-Type"] == "application/problem+json"
    assert client.get("/en/search/", params).status_code == 400


def test_a_search_statement_that_runs_too_long_is_cancelled(postgres, settings, client):
    """A slow database is simulated by a sleep sent in the search's own transaction."""
    settings.ELASTICSEARCH_URL = ""
    settings.SEARCH_DATABASE_TIMEOUT_MS = 200

    def slow(execute, sql, params, many, context):
        if sql.lstrip().startswith(("WITH", "SELECT doc_id")):
            execute("SELECT pg_sleep(5)", None, False, context)
        return execute(sql, params, many, context)

    started = time.monotonic()
    with connection.execute_wrapper(slow):
        api = client.get(API, {"q": "invoice"})
        suggestions = client.get("/api/v3/portal/search/suggestions/", {"q": "inv"})
    elapsed = time.monotonic() - started

    assert api.status_code == suggestions.status_code == 503
    assert "took too long" in api.json()["detail"]
    assert elapsed < 4
    with connection.cursor() as cursor:  # the limit does not outlive the search
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"
    assert client.get(API, {"q": "invoice"}).status_code == 200


@pytest.mark.parametrize(
    "params",
    [{"page": "abc"}, {"page": "99999"}, {"sort": "zzz"}, {"q": "pass\x00"}],
)
def test_a_refused_search_is_the_search_page_in_its_language_with_the_reason(client, params):
    response = client.get("/sv/search/", {"q": "pass", **params})

    html = response.content.decode()
    assert response.status_code == 400
    assert '<html lang="sv">' in html
    assert 'class="search-form"' in html
    assert re.search(r'<p class="notice" role="alert">[^<]+</p>', html)
    assert "\x00" not in html
