"""The article and category pages cost a fixed number of queries, however big the article,
its discussion or the category, for an anonymous visitor and for a signed-in member (whose
pages are never replayed from the page cache: every community member's case)."""

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.test import Client
from django_comments_xtd.models import XtdComment

from cms.models import ArticlePage
from portal.page_cache import VERSION_KEY
from tests.factories import new_category, publish_article, translate
from tests.queries import assert_queries
from tests.utils import demo_user

# The site, the active locale, the home page, the article (with its locale and category
# title), the view count, related articles, tags, comments and language versions; signed in,
# also the session, the user and whether they work in the admin; their unread community
# notifications (the header's count) come from the cache after the first page. See the SQL a
# failure prints. Before issue 12: 20 and 24.
ANONYMOUS_QUERIES = 9
SIGNED_IN_QUERIES = 12
# The category page: the route level by level, Wagtail's page-privacy check, the page's
# locale, its articles and its language versions.
CATEGORY_ANONYMOUS_QUERIES = 13
CATEGORY_SIGNED_IN_QUERIES = 16


def comment_on(article, *, by, count: int) -> None:
    kind = ContentType.objects.get_for_model(ArticlePage)
    for n in range(count):
        XtdComment.objects.create(
            content_type=kind,
            object_pk=str(article.pk),
            site_id=settings.SITE_ID,
            user=by,
            user_name=by.get_username(),
            comment=f"Comment {n}",
            is_public=True,
        )


@pytest.fixture
def small_and_large(db):
    """Two articles, one with a block, a link and a language; one with many of each."""
    member = demo_user("anna")
    category = new_category()
    others = [publish_article(title=f"Other {n}", category=category) for n in range(6)]
    small = publish_article(title="Small", category=category, related=others[:1])
    large = publish_article(
        title="Large",
        category=category,
        body=[
            ("paragraph", "<p>Intro.</p>"),
            *[("steps", [{"title": f"Step {n}", "detail": ""}]) for n in range(10)],
            *[("callout", {"kind": "tip", "body": f"<p>Tip {n}</p>"}) for n in range(10)],
            ("faq", [{"question": f"Q{n}?", "answer": f"<p>A{n}</p>"} for n in range(10)]),
        ],
        tags=[f"tag-{n}" for n in range(12)],
        related=others,
    )
    for code in ("sv", "nb", "hr", "zh-hans"):
        translate(large, code, {})
    translate(small, "sv", {})
    comment_on(small, by=member, count=1)
    comment_on(large, by=member, count=15)
    return small, large


def rendered(client, url, expected: int):
    client.get(url)  # warm per-process caches (templates, site root paths)
    cache.delete(VERSION_KEY)  # measure a render, not a replay from the page cache
    with assert_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Portal-Cache" not in response
    return response


def test_an_anonymous_visitor_costs_the_same_queries_for_any_article(small_and_large):
    small, large = small_and_large

    for article in (small, large):
        rendered(Client(), article.url, ANONYMOUS_QUERIES)


def test_a_signed_in_member_costs_the_same_queries_for_any_article(small_and_large):
    member = Client()
    member.force_login(demo_user("anna"))
    small, large = small_and_large

    pages = [rendered(member, article.url, SIGNED_IN_QUERIES) for article in (small, large)]

    assert b"Comment 14" in pages[1].content and b"Other 5" in pages[1].content


def test_the_category_page_costs_the_same_queries_for_5_or_20_articles(db):
    member = Client()
    member.force_login(demo_user("anna"))
    categories = [new_category(f"{count} articles") for count in (5, 20)]
    for category, count in zip(categories, (5, 20), strict=True):
        for n in range(count):
            publish_article(title=f"{category.title}: {n}", category=category)

    for category, count in zip(categories, (5, 20), strict=True):
        anonymous = rendered(Client(), category.url, CATEGORY_ANONYMOUS_QUERIES)
        rendered(member, category.url, CATEGORY_SIGNED_IN_QUERIES)
        assert anonymous.content.count(f"Summary of {category.title}: ".encode()) == count
