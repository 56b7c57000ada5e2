"""The knowledge base through the headless API, as a front end would use it."""

import pytest

from cms.models import ArticleFeedback, ArticlePage
from tests.factories import new_category, publish_article, segment_with, translate
from tests.queries import assert_queries
from tests.utils import demo_user

API = "/api/v3/portal/kb"
SEGMENTS = ArticlePage.Access.SEGMENTS


@pytest.fixture
def category(db):
    return new_category("API category")


@pytest.fixture
def article(category):
    article = publish_article(title="Exporting timesheets", category=category, tags=["export"])
    translate(article, "sv", {"Exporting timesheets": "Exportera tidrapporter"})
    return article


@pytest.mark.django_db
def test_detail_in_a_translated_locale(client, article):
    response = client.get(f"{API}/sv/articles/{article.pk}/")

    data = response.json()
    assert response.status_code == 200
    assert data["title"] == "Exportera tidrapporter"
    assert data["locale"] == "sv"
    assert data["is_fallback"] is False
    assert data["tags"] == ["export"]
    assert data["body"][0]["type"] == "paragraph"


@pytest.mark.django_db
def test_detail_falls_back_to_the_source_with_a_flag(client, article):
    response = client.get(f"{API}/hr/articles/{article.pk}/")

    data = response.json()
    assert data["locale"] == "en"
    assert data["title"] == "Exporting timesheets"
    assert data["is_fallback"] is True


@pytest.mark.django_db
def test_detail_carries_translation_status_per_locale(client, article):
    data = client.get(f"{API}/en/articles/{article.pk}/").json()

    states = {row["locale"]: row["state"] for row in data["translation_status"]}
    assert states["nb"] == "untranslated"
    assert states["sv"] in {"outdated", "up_to_date"}
    assert set(states) == {"sv", "nb", "hr", "zh-hans"}


@pytest.mark.django_db
def test_list_mixes_translations_and_flagged_fallbacks(client, article, category):
    untranslated = publish_article(title="Printing invoices", category=category)

    response = client.get(f"{API}/sv/articles/", {"category": category.pk})

    items = {item["id"]: item for item in response.json()["items"]}
    swedish = article.get_translation(article.locale.__class__.objects.get(language_code="sv"))
    assert response.json()["count"] == 2
    assert items[swedish.pk]["is_fallback"] is False
    assert items[untranslated.pk]["is_fallback"] is True


@pytest.mark.django_db
def test_list_shows_an_article_that_exists_only_in_the_locale_as_the_tree_counts(client, category):
    swedish_category = translate(category, "sv", {"API category": "API-kategori"})
    swedish_only = ArticlePage(
        title="Bara svenska", summary="Endast på svenska.", body=[("paragraph", "<p>Hej.</p>")]
    )
    swedish_category.add_child(instance=swedish_only)
    swedish_only.save_revision().publish()

    tree = client.get(f"{API}/sv/categories/").json()
    listed = client.get(f"{API}/sv/articles/", {"category": swedish_category.pk}).json()

    assert next(node for node in tree if node["id"] == swedish_category.pk)["article_count"] == 1
    assert [item["id"] for item in listed["items"]] == [swedish_only.pk]


@pytest.mark.django_db
def test_list_is_paginated(client, category):
    for number in range(3):
        publish_article(title=f"Paged article {number}", category=category)

    page = client.get(f"{API}/en/articles/", {"category": category.pk, "limit": 2}).json()
    rest = client.get(
        f"{API}/en/articles/", {"category": category.pk, "limit": 2, "offset": 2}
    ).json()

    assert page["count"] == 3
    assert len(page["items"]) == 2
    assert len(rest["items"]) == 1


@pytest.mark.django_db
def test_segment_article_never_reaches_an_outsider_through_the_api(client, category):
    secret = publish_article(
        title="Acme private guide",
        category=category,
        access=SEGMENTS,
        segments=[segment_with(demo_user("ben"))],
        tags=["acme-only"],
    )
    client.force_login(demo_user("anna"))

    assert client.get(f"{API}/en/articles/{secret.pk}/").status_code == 404
    listing = client.get(f"{API}/en/articles/", {"category": category.pk}).json()
    assert secret.pk not in [item["id"] for item in listing["items"]]
    assert "acme-only" not in client.get(f"{API}/en/tags/").json()
    tree = client.get(f"{API}/en/categories/").json()
    counted = {c["id"]: c["article_count"] for c in tree}
    assert counted[category.pk] == 0
    assert (
        client.post(
            f"{API}/articles/{secret.pk}/feedback/",
            {"helpful": True},
            content_type="application/json",
        ).status_code
        == 404
    )


@pytest.mark.django_db
def test_unknown_locale_is_404(client, article):
    response = client.get(f"{API}/xx/articles/{article.pk}/")

    assert response.status_code == 404
    assert "Unknown locale" in response.content.decode()


@pytest.mark.django_db
def test_an_unpublished_category_is_404_like_an_unknown_one(client, article, category):
    category.unpublish()

    for unknown in (category.pk, 2**30):
        response = client.get(f"{API}/en/articles/", {"category": unknown})
        assert response.status_code == 404
        assert "Unknown category" in response.content.decode()


@pytest.mark.django_db
def test_conditional_requests_get_304(client, article):
    first = client.get(f"{API}/en/articles/{article.pk}/")
    assert first.has_header("ETag")
    assert first.has_header("Last-Modified")

    by_etag = client.get(
        f"{API}/en/articles/{article.pk}/", headers={"if-none-match": first["ETag"]}
    )
    by_date = client.get(
        f"{API}/en/articles/{article.pk}/", headers={"if-modified-since": first["Last-Modified"]}
    )

    assert by_etag.status_code == 304
    assert by_date.status_code == 304


@pytest.mark.django_db
def test_category_tree_lists_categories_with_counts(client, article, category):
    tree = client.get(f"{API}/en/categories/").json()

    mine = next(node for node in tree if node["id"] == category.pk)
    assert mine["article_count"] == 1
    assert mine["title"] == "API category"


@pytest.mark.django_db
def test_products_are_listed(client):
    names = [product["slug"] for product in client.get(f"{API}/en/products/").json()]

    assert {"web", "mobile", "api", "integrations"} <= set(names)


@pytest.mark.django_db
def test_feedback_once_per_visitor(client, article):
    url = f"{API}/articles/{article.pk}/feedback/"

    first = client.post(
        url, {"helpful": False, "reason": "unclear"}, content_type="application/json"
    )
    second = client.post(url, {"helpful": True}, content_type="application/json")

    assert first.status_code == 201
    assert second.status_code == 409
    assert second["Content-Type"] == "application/problem+json"
    assert second.json()["status"] == 409 and second.json()["title"]
    assert ArticleFeedback.objects.filter(translation_key=article.translation_key).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "payload",
    [
        {"helpful": "perhaps"},
        {"reason": "unclear"},
        {"helpful": False, "reason": "because"},
        {"helpful": False, "comment": "x" * 100_000},
        {"helpful": True, "reason": "unclear"},
        {"helpful": "yes"},
        {"helpful": 1},
        {"helpful": "true"},
        {"helpful": True, "rating": 5},
        {"helpful": False, "reason": "unclear", "comment": "Menu\x00"},
    ],
)
def test_malformed_feedback_is_4xx_and_saves_nothing(client, article, payload):
    response = client.post(
        f"{API}/articles/{article.pk}/feedback/", payload, content_type="application/json"
    )

    assert 400 <= response.status_code < 500
    assert not ArticleFeedback.objects.filter(translation_key=article.translation_key).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"helpful": "yes"}, "helpful"),
        ({"helpful": 1}, "helpful"),
        ({"helpful": True, "x": 1}, "x"),
    ],
)
def test_feedback_takes_json_booleans_and_known_keys_only(client, article, payload, field):
    response = client.post(
        f"{API}/articles/{article.pk}/feedback/", payload, content_type="application/json"
    )

    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert field in {error["loc"][-1] for error in response.json()["errors"]}


@pytest.mark.django_db
def test_a_feedback_body_over_64_kb_is_413_before_it_is_read(client, article):
    response = client.post(
        f"{API}/articles/{article.pk}/feedback/",
        {"helpful": False, "comment": "x" * (64 * 1024)},
        content_type="application/json",
    )

    assert response.status_code == 413
    assert response["Content-Type"] == "application/problem+json"
    assert not ArticleFeedback.objects.exists()


@pytest.mark.django_db
def test_an_unknown_locale_is_404_without_a_locale_query(client):
    # The two queries are the site's and the redirect middleware's, as for any 404.
    with assert_queries(2) as queries:
        response = client.get(f"{API}/xx/articles/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert [sql for sql in queries.sql if "wagtailcore_locale" in sql] == []


@pytest.mark.django_db
def test_feedback_is_rate_limited(client, category):
    articles = [publish_article(title=f"Rate {n}", category=category) for n in range(31)]
    statuses = [
        client.post(
            f"{API}/articles/{a.pk}/feedback/", {"helpful": True}, content_type="application/json"
        ).status_code
        for a in articles
    ]

    assert statuses[:30] == [201] * 30
    assert statuses[30] == 429


# Anonymous reads, as the SQL a failure prints shows them. The detail: the locale, the
# article in it (its key, then the version), the article with tags, products, audiences and
# related links, its source, the translation status, the related articles. The list in a
# category: the locale and the source locale, the category and its source, the count, the
# window, the versions in the locale.
DETAIL_QUERIES = 12
LIST_QUERIES = 7


@pytest.mark.django_db
def test_article_detail_uses_a_fixed_number_of_queries(client, category):
    others = [publish_article(title=f"Other {n}", category=category) for n in range(5)]
    small = publish_article(title="Small", category=category, related=others[:1])
    body = [("paragraph", f"<p>Paragraph {n}.</p>") for n in range(40)]
    large = publish_article(
        title="Large",
        category=category,
        body=body,
        tags=[f"tag{n}" for n in range(15)],
        related=others,
    )
    for code in ("sv", "nb", "hr"):
        translate(large, code, {})
    client.get(f"{API}/en/articles/{small.pk}/")  # warm per-process caches (site root paths)

    for article in (small, large):
        with assert_queries(DETAIL_QUERIES):
            assert client.get(f"{API}/en/articles/{article.pk}/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("locale", ["en", "sv"])
def test_the_article_list_costs_the_same_queries_for_5_or_20_articles(client, category, locale):
    articles = [publish_article(title=f"Listed {n}", category=category) for n in range(20)]
    for article in articles[:8:2]:  # a window holds translations and fallbacks
        translate(article, "sv", {})
    url = f"{API}/{locale}/articles/"
    client.get(url, {"category": category.pk, "limit": 5})  # warm per-process caches

    for limit in (5, 20):
        with assert_queries(LIST_QUERIES):
            response = client.get(url, {"category": category.pk, "limit": limit})
        assert len(response.json()["items"]) == limit
