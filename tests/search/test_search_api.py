"""The search and suggestion endpoints, the results page, and what analytics keep."""

import pytest

from search.models import SearchClick, SearchQueryLog
from tests.utils import demo_user, sign_in_to_admin

API = "/api/v3/portal/search"


def test_search_endpoint_answers_with_hits_facets_and_a_search_id(engine, client):
    response = client.get(f"{API}/", {"q": "invoice", "locale": "en", "page_size": 3})

    body = response.json()
    assert response.status_code == 200
    assert body["engine"] == engine and not body["degraded"]
    assert body["total"] > 3 and len(body["hits"]) == 3 and body["pages"] > 1
    assert {"id", "title", "url", "snippet", "fallback", "promoted"} <= set(body["hits"][0])
    assert set(body["facets"]) == {"kind", "locale", "category", "tags"}
    assert SearchQueryLog.objects.get(pk=body["search_id"]).results == body["total"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"q": "invoice", "locale": "xx"}, 400),
        ({"q": "invoice", "facet": "colour"}, 400),
        ({"q": "invoice", "kind": "spaceship"}, 400),
        ({"q": "invoice", "sort": "random"}, 400),
        ({"q": "invoice", "page": 0}, 422),
        ({"q": "invoice", "page_size": 500}, 422),
        ({"q": "invoice", "page": 999}, 200),
        ({"q": ""}, 200),
        ({"q": "x" * 10_000}, 200),
        ({"q": '"(*&^%$#@!:~ AND OR'}, 200),
    ],
)
def test_bad_input_gets_a_clear_answer(client, params, status):
    assert client.get(f"{API}/", params).status_code == status


@pytest.mark.django_db
def test_suggestions_and_clicks(client):
    titles = [s["title"] for s in client.get(f"{API}/suggestions/", {"q": "create an inv"}).json()]
    assert "Create an invoice from tracked time" in titles
    search_id = client.get(f"{API}/", {"q": "invoice"}).json()["search_id"]

    opened = client.post(
        f"{API}/clicks/",
        {"search_id": search_id, "id": "article:x:en", "position": 2},
        content_type="application/json",
    )
    unknown = client.post(
        f"{API}/clicks/",
        {"search_id": search_id + 999, "id": "article:x:en", "position": 1},
        content_type="application/json",
    )

    assert opened.status_code == 204 and unknown.status_code == 404
    assert SearchClick.objects.get().position == 2


@pytest.mark.django_db
def test_queries_are_kept_without_personal_data(client):
    client.get(f"{API}/", {"q": "Invoice  for anna@example.com card 4111 1111 1111 1111"})

    assert SearchQueryLog.objects.get().query == "invoice for @ card #"


@pytest.mark.django_db
def test_results_page_links_through_the_click_counter(client):
    page = client.get("/en/search/", {"q": "invoice"})

    assert page.status_code == 200
    assert b"<mark>" in page.content and b"/search/opened/" in page.content
    log = SearchQueryLog.objects.get()
    target = "/en/kb/invoices-and-reports/create-an-invoice/"
    opened = client.get(f"/search/opened/{log.pk}/", {"position": 1, "doc": "d", "next": target})
    assert opened.status_code == 302 and opened["Location"] == target
    offsite = {"position": 1, "next": "https://evil.example/"}
    assert client.get(f"/search/opened/{log.pk}/", offsite).status_code == 404
    assert client.get("/en/search/", {"q": "x", "page": "two"}).status_code == 400


@pytest.mark.django_db
def test_header_search_box_is_on_every_page(client):
    assert b'role="search"' in client.get("/sv/").content


@pytest.mark.django_db
def test_search_terms_report_shows_gaps_and_click_through(client):
    for text in ("invoice", "invoice", "zxqv plonk"):
        client.get(f"{API}/", {"q": text})
    first = SearchQueryLog.objects.filter(query="invoice").first()
    SearchClick.objects.create(search=first, doc_id="article:x:en", position=1)
    sign_in_to_admin(client, "editor")

    page = client.get("/admin/reports/search-terms/").content.decode()

    assert '<dd data-total="searches">3</dd>' in page
    assert '<dd data-total="empty">1</dd>' in page
    assert '<dd data-total="click-through">33 %</dd>' in page
    no_results = page[page.index('data-table="no-results"') :]
    assert "zxqv plonk" in no_results and "invoice" not in no_results


@pytest.mark.django_db
def test_search_terms_report_is_for_admin_users_only(client):
    client.force_login(demo_user("anna"))

    assert client.get("/admin/reports/search-terms/").status_code == 302
