"""The search and suggestion endpoints, the results page, and what analytics keep."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from cms.models import ArticlePage
from search.documents import facet_names
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
    assert set(body["facets"]) == set(facet_names())  # the portal's, then the kinds' own
    assert SearchQueryLog.objects.get(pk=body["search_id"]).results == body["total"]
    assert isinstance(body["click_token"], str) and len(body["click_token"]) == 32


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
    second = search["hits"][1]["id"]

    opened = _click(client, search, second, position=2)
    unknown = _click(client, {**search, "search_id": search["search_id"] + 999}, second)

    assert opened.status_code == 204 and unknown.status_code == 404
    assert SearchClick.objects.get().position == 2


@pytest.mark.django_db
def test_opening_the_same_result_again_counts_once(client):
    search = client.get(f"{API}/", {"q": "invoice"}).json()
    first = search["hits"][0]["id"]

    answers = [_click(client, search, first).status_code for _ in range(5)]

    assert answers == [204] * 5
    assert SearchClick.objects.filter(doc_id=first).count() == 1


def _click(client, search, doc_id, position=1, **headers):
    """Post a click on ``doc_id`` with the ``search_id`` and ``click_token`` of ``search``."""
    body = {"search_id": search["search_id"], "id": doc_id, "position": position}
    if search.get("click_token") is not None:
        body["token"] = search["click_token"]
    return client.post(f"{API}/clicks/", body, content_type="application/json", **headers)


@pytest.mark.django_db
def test_a_click_with_another_searchs_token_or_none_is_not_counted(client):
    search = client.get(f"{API}/", {"q": "invoice"}).json()
    other = client.get(f"{API}/", {"q": "invoice"}).json()
    doc = search["hits"][0]["id"]

    borrowed = _click(client, {**search, "click_token": other["click_token"]}, doc)
    without = _click(client, {**search, "click_token": None}, doc)
    empty = _click(client, {**search, "click_token": ""}, doc)
    guessed = _click(client, {**search, "click_token": "0" * 32}, doc)

    assert other["hits"][0]["id"] == doc and other["click_token"] != search["click_token"]
    assert borrowed.status_code == 404 and borrowed["Content-Type"] == "application/problem+json"
    assert without.status_code == 422  # a required field, refused like any malformed body
    assert empty.status_code == guessed.status_code == 404
    assert not SearchClick.objects.exists()


@pytest.mark.django_db
def test_anyone_with_the_searchs_token_may_count_its_click_and_no_one_else(client):
    search = client.get(f"{API}/", {"q": "invoice"}).json()
    customer = Client()
    customer.force_login(demo_user("anna"))
    doc = search["hits"][0]["id"]

    by_customer_without = _click(customer, {**search, "click_token": "f" * 32}, doc)
    by_the_answers_holder = _click(Client(), search, doc)

    assert by_customer_without.status_code == 404
    assert by_the_answers_holder.status_code == 204
    assert SearchClick.objects.get().doc_id == doc


@pytest.mark.django_db
def test_a_click_on_a_document_the_search_did_not_show_is_not_counted(client):
    search = client.get(f"{API}/", {"q": "invoice", "page_size": 3}).json()
    not_shown = client.get(f"{API}/", {"q": "invoice", "page": 2, "page_size": 3}).json()

    response = _click(client, search, not_shown["hits"][0]["id"])

    assert response.status_code == 404
    assert not SearchClick.objects.exists()


@pytest.mark.django_db
def test_a_signed_in_customer_clicks_results_of_their_own_searches(client):
    client.force_login(demo_user("anna"))
    search = client.get(f"{API}/", {"q": "invoice"}).json()

    assert _click(client, search, search["hits"][0]["id"]).status_code == 204
    assert SearchClick.objects.get().search_id == search["search_id"]


@pytest.mark.django_db
def test_an_anonymous_api_search_starts_no_session_and_articles_stay_cached(client, settings):
    search = client.get(f"{API}/", {"q": "forgotten password"})
    hit = next(hit for hit in search.json()["hits"] if hit["url"] == demo_article().url)
    clicked = _click(client, search.json(), hit["id"])
    first, second = client.get(hit["url"]), client.get(hit["url"])

    assert settings.SESSION_COOKIE_NAME not in search.cookies
    assert settings.SESSION_COOKIE_NAME not in clicked.cookies
    assert settings.SESSION_COOKIE_NAME not in client.cookies
    assert clicked.status_code == 204
    assert first.status_code == 200 and second.headers.get("X-Portal-Cache") == "hit"
    assert not Session.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body",
    [
        {"position": -5},
        {"position": 10**20},
        {"position": "1"},
        {"extra": 1},
        {"token": 1},
        {"token": "a" * 33},
        {"token": "a\x00"},
    ],
)
def test_a_malformed_click_is_refused(client, body):
    search = client.get(f"{API}/", {"q": "invoice"}).json()
    click = {
        "search_id": search["search_id"],
        "token": search["click_token"],
        "id": search["hits"][0]["id"],
        "position": 1,
    }

    response = client.post(f"{API}/clicks/", {**click, **body}, content_type="application/json")

    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert not SearchClick.objects.exists()


@pytest.mark.django_db
def test_queries_are_kept_without_personal_data(client):
    client.get(f"{API}/", {"q": "Invoice  for anna@example.com card 4111 1111 1111 1111"})

    assert SearchQueryLog.objects.get().query == "invoice for @ card #"


def _result_links(page) -> list[str]:
    """The addresses of the result links on a results page, as a browser would follow them."""
    found = re.findall(r'<li class="result[^"]*">\s*<h2><a href="([^"]+)"', page.content.decode())
    return [html.unescape(link) for link in found]


def demo_article():
    """A demo article that no other test changes (the search node's index outlives tests)."""
    return ArticlePage.objects.get(slug="reset-your-password", locale__language_code="en")


def _opened_params(link: str) -> dict:
    return {name: values[0] for name, values in parse_qs(urlsplit(link).query).items()}


@pytest.mark.django_db
def test_results_page_links_through_the_click_counter(client):
    page = client.get("/en/search/", {"q": "invoice"})

    assert page.status_code == 200
    assert b"<mark>" in page.content
    log = SearchQueryLog.objects.get()
    link = _result_links(page)[0]
    shown = _opened_params(link)
    assert urlsplit(link).path == f"/search/opened/{log.pk}/"
    assert shown["doc"] == log.shown[0] and shown["position"] == "1"
    opened = client.get(link)
    assert opened.status_code == 302 and opened["Location"] == shown["next"]
    offsite = {**shown, "next": "https://evil.example/"}
    assert client.get(f"/search/opened/{log.pk}/", offsite).status_code == 404
    assert client.get("/en/search/", {"q": "x", "page": "two"}).status_code == 400
    assert SearchClick.objects.get().doc_id == log.shown[0]


@pytest.mark.django_db
def test_an_opened_result_counts_only_with_its_searchs_token_and_for_its_hits(client):
    first = client.get("/en/search/", {"q": "invoice"})
    other = client.get("/en/search/", {"q": "invoice"})
    log = SearchQueryLog.objects.earliest("pk")
    shown = _opened_params(_result_links(first)[0])
    opened = f"/search/opened/{log.pk}/"
    without_token = {name: value for name, value in shown.items() if name != "token"}
    others_token = {**shown, "token": _opened_params(_result_links(other)[0])["token"]}

    unshown = client.get(opened, {**shown, "doc": "article:x:en"})
    tokenless = client.get(opened, without_token)
    borrowed = client.get(opened, others_token)
    stranger = Client().get(opened, {**shown, "token": "0" * 32})
    out_of_range = [
        client.get(opened, {**shown, "position": p}).status_code
        for p in ("-5", "0", "51", "99999999999999999999")
    ]

    assert others_token["token"] != shown["token"]
    assert unshown.status_code == tokenless.status_code == 404
    assert borrowed.status_code == stranger.status_code == 404
    assert out_of_range == [400] * 4
    assert not SearchClick.objects.exists()
    assert client.get(opened, shown).status_code == 302


@pytest.mark.django_db
def test_an_anonymous_site_search_starts_no_session_and_the_article_stays_cached(client, settings):
    page = client.get("/en/search/", {"q": "forgotten password"})
    links = _result_links(page)
    link = next(link for link in links if _opened_params(link)["next"] == demo_article().url)
    opened = client.get(link)
    article = opened["Location"]
    first, second = client.get(article), client.get(article)

    assert page.status_code == 200 and opened.status_code == 302
    assert settings.SESSION_COOKIE_NAME not in page.cookies
    assert settings.SESSION_COOKIE_NAME not in opened.cookies
    assert settings.SESSION_COOKIE_NAME not in client.cookies
    assert first.status_code == 200 and second.headers.get("X-Portal-Cache") == "hit"
    assert SearchClick.objects.get().doc_id == _opened_params(link)["doc"]
    assert not Session.objects.exists()


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
