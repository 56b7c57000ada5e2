"""The search and suggestion endpoints, the results page, and what analytics keep."""

import pytest
from django.test import Client

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
    search = client.get(f"{API}/", {"q": "invoice"}).json()
    search_id, second = search["search_id"], search["hits"][1]["id"]

    opened = client.post(
        f"{API}/clicks/",
        {"search_id": search_id, "id": second, "position": 2},
        content_type="application/json",
    )
    unknown = client.post(
        f"{API}/clicks/",
        {"search_id": search_id + 999, "id": second, "position": 1},
        content_type="application/json",
    )

    assert opened.status_code == 204 and unknown.status_code == 404
    assert SearchClick.objects.get().position == 2


def _click(client, search_id, doc_id, position=1):
    return client.post(
        f"{API}/clicks/",
        {"search_id": search_id, "id": doc_id, "position": position},
        content_type="application/json",
    )


@pytest.mark.django_db
def test_a_click_on_someone_elses_search_is_not_counted(client):
    search = client.get(f"{API}/", {"q": "invoice"}).json()
    stranger = Client()
    customer = Client()
    customer.force_login(demo_user("anna"))

    by_stranger = _click(stranger, search["search_id"], search["hits"][0]["id"])
    by_customer = _click(customer, search["search_id"], search["hits"][0]["id"])

    assert by_stranger.status_code == by_customer.status_code == 404
    assert not SearchClick.objects.exists()


@pytest.mark.django_db
def test_a_click_on_a_document_the_search_did_not_show_is_not_counted(client):
    search = client.get(f"{API}/", {"q": "invoice", "page_size": 3}).json()
    not_shown = client.get(f"{API}/", {"q": "invoice", "page": 2, "page_size": 3}).json()

    response = _click(client, search["search_id"], not_shown["hits"][0]["id"])

    assert response.status_code == 404
    assert not SearchClick.objects.exists()


@pytest.mark.django_db
def test_a_signed_in_customer_clicks_results_of_their_own_searches(client):
    client.force_login(demo_user("anna"))
    search = client.get(f"{API}/", {"q": "invoice"}).json()

    assert _click(client, search["search_id"], search["hits"][0]["id"]).status_code == 204
    assert SearchQueryLog.objects.get().visitor not in ("", str(demo_user("anna").pk))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body", [{"position": -5}, {"position": 10**20}, {"position": "1"}, {"extra": 1}]
)
def test_a_malformed_click_is_refused(client, body):
    search = client.get(f"{API}/", {"q": "invoice"}).json()
    click = {"search_id": search["search_id"], "id": search["hits"][0]["id"], "position": 1}

    response = client.post(f"{API}/clicks/", {**click, **body}, content_type="application/json")

    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert not SearchClick.objects.exists()


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
    shown = {"position": 1, "doc": log.shown[0], "next": target}
    opened = client.get(f"/search/opened/{log.pk}/", shown)
    assert opened.status_code == 302 and opened["Location"] == target
    offsite = {**shown, "next": "https://evil.example/"}
    assert client.get(f"/search/opened/{log.pk}/", offsite).status_code == 404
    assert client.get("/en/search/", {"q": "x", "page": "two"}).status_code == 400
    assert SearchClick.objects.get().doc_id == log.shown[0]


@pytest.mark.django_db
def test_an_opened_result_counts_only_for_the_visitors_own_search_and_its_hits(client):
    client.get("/en/search/", {"q": "invoice"})
    log = SearchQueryLog.objects.get()
    target = "/en/kb/invoices-and-reports/create-an-invoice/"
    opened = f"/search/opened/{log.pk}/"

    unshown = client.get(opened, {"position": 1, "doc": "article:x:en", "next": target})
    stranger = Client().get(opened, {"position": 1, "doc": log.shown[0], "next": target})
    out_of_range = [
        client.get(opened, {"position": p, "doc": log.shown[0], "next": target}).status_code
        for p in ("-5", "0", "51", "99999999999999999999")
    ]

    assert unshown.status_code == stranger.status_code == 404
    assert out_of_range == [400] * 4
    assert not SearchClick.objects.exists()


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
