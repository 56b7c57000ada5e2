"""Writes need the visitor's intent: a forged request from another site's page saves nothing.

Every test uses ``Client(enforce_csrf_checks=True)``, which checks CSRF as a browser meets it.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client

from cms.models import ArticleFeedback
from cms.selectors import article_list_visible_to
from search.models import SearchClick, SearchQueryLog
from tests.utils import demo_user

FEEDBACK = "/api/v3/portal/kb/articles/{}/feedback/"
CLICKS = "/api/v3/portal/search/clicks/"
EVIL = "https://evil.example"


@pytest.fixture
def browser(db):
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def article(db):
    return article_list_visible_to(user=AnonymousUser()).filter(locale__language_code="en")[0]


@pytest.fixture
def signed_in(browser):
    browser.force_login(demo_user("anna"))
    return browser


def with_token(client: Client) -> dict:
    """The CSRF cookie a page of the site sets, and the header its JavaScript sends back."""
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    return {"HTTP_X_CSRFTOKEN": token}


def clicked_first_hit(search: dict) -> dict:
    """The click body for the first hit of a search's answer, with its click token."""
    return {
        "search_id": search["search_id"],
        "token": search["click_token"],
        "id": search["hits"][0]["id"],
        "position": 1,
    }


def saved(article) -> int:
    return ArticleFeedback.objects.filter(translation_key=article.translation_key).count()


@pytest.mark.parametrize("who", ["anonymous", "signed in"])
def test_a_cross_site_text_plain_feedback_post_saves_nothing(browser, article, who):
    if who == "signed in":
        browser.force_login(demo_user("anna"))
    browser.get("/en/")  # the visitor's session cookie, as after any visit

    response = browser.post(
        FEEDBACK.format(article.pk),
        '{"helpful": false, "reason": "unclear"}',
        content_type="text/plain",
        HTTP_ORIGIN=EVIL,
    )

    assert response.status_code == 415
    assert response["Content-Type"] == "application/problem+json"
    assert saved(article) == 0


def test_a_cross_site_json_feedback_post_is_refused(browser, article):
    response = browser.post(
        FEEDBACK.format(article.pk),
        {"helpful": True},
        content_type="application/json",
        HTTP_ORIGIN=EVIL,
    )

    assert response.status_code == 403
    assert saved(article) == 0


def test_a_signed_in_customers_feedback_without_the_csrf_token_is_refused(signed_in, article):
    response = signed_in.post(
        FEEDBACK.format(article.pk), {"helpful": True}, content_type="application/json"
    )

    assert response.status_code == 403
    assert "X-CSRFToken" in response.json()["detail"]
    assert saved(article) == 0


def test_a_signed_in_customer_answers_with_the_sessions_csrf_token(signed_in, article):
    response = signed_in.post(
        FEEDBACK.format(article.pk),
        {"helpful": True},
        content_type="application/json",
        HTTP_ORIGIN="http://testserver",
        **with_token(signed_in),
    )

    assert response.status_code == 201
    assert saved(article) == 1


def test_an_anonymous_headless_client_answers_with_a_json_body(browser, article):
    response = browser.post(
        FEEDBACK.format(article.pk), {"helpful": True}, content_type="application/json"
    )

    assert response.status_code == 201
    assert saved(article) == 1


def test_a_signed_in_customers_click_without_the_csrf_token_is_refused(signed_in):
    search = signed_in.get("/api/v3/portal/search/", {"q": "invoice"}).json()
    click = clicked_first_hit(search)

    refused = signed_in.post(CLICKS, click, content_type="application/json")
    accepted = signed_in.post(
        CLICKS, click, content_type="application/json", **with_token(signed_in)
    )

    assert refused.status_code == 403
    assert accepted.status_code == 204
    assert SearchClick.objects.filter(search_id=search["search_id"]).count() == 1


def test_an_anonymous_headless_client_clicks_with_the_searchs_token_and_gets_no_session(
    browser, settings
):
    answer = browser.get("/api/v3/portal/search/", {"q": "invoice"})
    click = clicked_first_hit(answer.json())

    accepted = browser.post(CLICKS, click, content_type="application/json")

    assert accepted.status_code == 204
    assert settings.SESSION_COOKIE_NAME not in answer.cookies
    assert settings.SESSION_COOKIE_NAME not in accepted.cookies
    assert SearchClick.objects.filter(search_id=click["search_id"]).count() == 1


def test_a_cross_site_click_is_refused(browser):
    search = browser.get("/api/v3/portal/search/", {"q": "invoice"}).json()
    click = clicked_first_hit(search)

    response = browser.post(CLICKS, click, content_type="text/plain", HTTP_ORIGIN=EVIL)

    assert response.status_code == 415
    assert not SearchClick.objects.exists()
    assert SearchQueryLog.objects.filter(pk=search["search_id"]).exists()


def test_an_anonymous_site_answer_from_another_site_is_refused(browser, article):
    url = f"/feedback/articles/{article.pk}/"

    forged = browser.post(url, {"helpful": "yes"}, HTTP_ORIGIN=EVIL)
    forged_referer = browser.post(url, {"helpful": "yes"}, HTTP_REFERER=f"{EVIL}/page")

    assert forged.status_code == forged_referer.status_code == 403
    assert saved(article) == 0


@pytest.mark.parametrize("origin", ["null", "/", "evil.example"])
def test_an_anonymous_answer_from_a_sandboxed_or_odd_origin_is_refused(browser, article, origin):
    site = browser.post(f"/feedback/articles/{article.pk}/", {"helpful": "no"}, HTTP_ORIGIN=origin)
    api = browser.post(
        FEEDBACK.format(article.pk),
        {"helpful": False},
        content_type="application/json",
        HTTP_ORIGIN=origin,
    )

    assert site.status_code == api.status_code == 403
    assert saved(article) == 0


def test_an_anonymous_site_answer_from_the_article_page_is_saved(browser, article):
    response = browser.post(
        f"/feedback/articles/{article.pk}/",
        {"helpful": "yes"},
        HTTP_ORIGIN="http://testserver",
        HTTP_REFERER=f"http://testserver{article.url}",
    )

    assert response.status_code == 302
    assert saved(article) == 1


def test_a_signed_in_site_answer_without_the_csrf_token_is_refused(signed_in, article):
    response = signed_in.post(f"/feedback/articles/{article.pk}/", {"helpful": "yes"})

    assert response.status_code == 403
    assert saved(article) == 0


def test_a_refused_cross_site_post_is_the_sites_page_in_the_visitors_language(signed_in, article):
    url = f"/feedback/articles/{article.pk}/"

    without_token = signed_in.post(url, {"helpful": "yes"}, HTTP_ACCEPT_LANGUAGE="sv")
    signed_in.logout()
    from_elsewhere = signed_in.post(
        url, {"helpful": "yes"}, HTTP_ORIGIN=EVIL, HTTP_ACCEPT_LANGUAGE="sv"
    )

    for response in (without_token, from_elsewhere):
        page = response.content.decode()
        assert response.status_code == 403
        assert '<html lang="sv"' in page
        assert "Begäranden från andra webbplatser avvisas." in page
