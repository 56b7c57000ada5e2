"""Anonymous article pages are replayed from the cache, and never outlive a change."""

import pytest
from django.test import Client
from django.utils import timezone

from cms.models import ArticleDailyViews, ArticlePage
from tests.factories import new_category, publish_article, publish_first_paragraph, translate
from tests.queries import assert_queries
from tests.utils import DEMO_PASSWORD, demo_user


@pytest.fixture
def article(db):
    return publish_article(title="Exporting timesheets", category=new_category())


def anonymous_get(url):
    return Client().get(url)


@pytest.mark.django_db
def test_second_anonymous_visit_is_replayed_without_queries_and_still_counted(article):
    first = anonymous_get(article.url)
    with assert_queries(1):  # the view count
        second = anonymous_get(article.url)

    assert "X-Portal-Cache" not in first
    assert second["X-Portal-Cache"] == "hit"
    assert second.content == first.content
    views = ArticleDailyViews.objects.get(translation_key=article.translation_key)
    assert (views.day, views.views) == (timezone.now().date(), 2)


@pytest.mark.django_db
def test_a_published_edit_shows_on_the_next_anonymous_visit(
    article, django_capture_on_commit_callbacks
):
    anonymous_get(article.url)

    with django_capture_on_commit_callbacks(execute=True):  # the cache is cleared on commit
        publish_first_paragraph(article, "Exports now include overtime.")

    response = anonymous_get(article.url)
    assert "X-Portal-Cache" not in response
    assert b"Exports now include overtime." in response.content


@pytest.mark.django_db
def test_a_narrowed_article_is_not_replayed_to_anonymous_visitors(
    article, django_capture_on_commit_callbacks
):
    assert anonymous_get(article.url).status_code == 200

    article.access = ArticlePage.Access.AUTHENTICATED
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    assert anonymous_get(article.url).status_code == 404


@pytest.mark.django_db
def test_signed_in_visitors_are_neither_served_nor_stored(article):
    anonymous_get(article.url)
    member = Client()
    member.post("/accounts/login/", {"login": "anna", "password": DEMO_PASSWORD})

    seen_by_member = member.get(article.url)

    assert "X-Portal-Cache" not in seen_by_member
    assert b"csrfmiddlewaretoken" in seen_by_member.content
    assert b"csrfmiddlewaretoken" not in anonymous_get(article.url).content


@pytest.mark.django_db
def test_translation_notice_appears_when_the_source_changes(
    article, django_capture_on_commit_callbacks
):
    swedish = translate(
        article,
        "sv",
        {
            "Exporting timesheets": "Exportera tidrapporter",
            "Summary of Exporting timesheets.": "Om export av tidrapporter.",
            "How exporting timesheets works.": "Så fungerar export av tidrapporter.",
        },
    )
    assert b"notice--outdated" not in anonymous_get(swedish.url).content

    with django_capture_on_commit_callbacks(execute=True):
        publish_first_paragraph(article, "Exports now include overtime.")

    assert b"notice--outdated" in anonymous_get(swedish.url).content


@pytest.mark.django_db
def test_anonymous_feedback_needs_no_csrf_token_but_a_member_does(article):
    url = f"/feedback/articles/{article.pk}/"
    anonymous = Client(enforce_csrf_checks=True)
    member = Client(enforce_csrf_checks=True)
    member.force_login(demo_user("anna"))

    assert anonymous.post(url, {"helpful": "yes"}).status_code == 302
    assert member.post(url, {"helpful": "yes"}).status_code == 403
    assert article.feedback.count() == 1


@pytest.mark.django_db
def test_a_page_asked_for_with_a_query_string_is_neither_kept_nor_replayed(article):
    anonymous_get(article.url)
    asked = [f"?utm_source=mail{number}" for number in range(3)] + ["?&", "?&&"]
    for query in asked:  # each new query string would otherwise be a new entry
        response = anonymous_get(f"{article.url}{query}")
        assert response.status_code == 200 and "X-Portal-Cache" not in response
    for query in asked:
        assert "X-Portal-Cache" not in anonymous_get(f"{article.url}{query}")
    assert anonymous_get(article.url)["X-Portal-Cache"] == "hit"


@pytest.mark.django_db
def test_a_replayed_page_tells_proxies_it_varies_with_the_cookies(article):
    rendered = anonymous_get(article.url)
    replayed = anonymous_get(article.url)

    assert replayed["X-Portal-Cache"] == "hit"
    assert "Cookie" in rendered["Vary"] and "Cookie" in replayed["Vary"]
