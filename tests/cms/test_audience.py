"""An article outside the reader's audience answers 404 on every route, as if it did not exist."""

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Locale

from cms.models import ArticlePage
from cms.selectors import category_list_for_index
from cms.translation.translate import page_translate
from tests.factories import new_category, publish_article, segment_with
from tests.utils import demo_user

SEGMENTS = ArticlePage.Access.SEGMENTS
AUTHENTICATED = ArticlePage.Access.AUTHENTICATED


@pytest.fixture
def category(db):
    return new_category()


@pytest.fixture
def acme_article(category):
    acme = segment_with(demo_user("ben"))
    return publish_article(
        title="Acme single sign-on", access=SEGMENTS, segments=[acme], category=category
    )


def status_for(client, username, url):
    client.logout()
    if username:
        client.force_login(demo_user(username))
    return client.get(url).status_code


@pytest.mark.django_db
def test_public_article_reads_for_everyone(client):
    article = publish_article(title="Tracking time")

    assert status_for(client, None, article.url) == 200
    assert "Tracking time" in client.get(article.url).content.decode()


@pytest.mark.django_db
def test_signed_in_only_article_is_404_for_visitors(client):
    article = publish_article(title="Your invoices", access=AUTHENTICATED)

    assert status_for(client, None, article.url) == 404
    assert status_for(client, "anna", article.url) == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("username", "expected"),
    [(None, 404), ("anna", 404), ("ben", 200), ("editor", 200), ("translator-sv", 200)],
)
def test_segment_article_reaches_only_its_members_and_staff(
    client, acme_article, username, expected
):
    assert status_for(client, username, acme_article.url) == expected


@pytest.mark.django_db
def test_leaving_the_segment_removes_access_at_once(client, acme_article):
    assert status_for(client, "ben", acme_article.url) == 200

    acme_article.segments.get().members.remove(demo_user("ben"))

    assert status_for(client, "ben", acme_article.url) == 404


@pytest.mark.django_db
def test_narrowing_the_audience_hides_the_article(client, django_capture_on_commit_callbacks):
    article = publish_article(title="Approving timesheets")
    assert status_for(client, None, article.url) == 200

    article.access = AUTHENTICATED
    with django_capture_on_commit_callbacks(execute=True):  # the page cache clears on commit
        article.save_revision().publish()

    assert status_for(client, None, article.url) == 404


@pytest.mark.django_db
def test_translation_of_a_segment_article_keeps_the_restriction(client, acme_article):
    swedish = page_translate(
        source_page=acme_article,
        locale=Locale.objects.get(language_code="sv"),
        strings={"Acme single sign-on": "Acme enkel inloggning"},
    ).specific

    assert swedish.access == SEGMENTS
    assert status_for(client, "anna", swedish.url) == 404
    assert status_for(client, "ben", swedish.url) == 200


@pytest.mark.django_db
def test_category_listing_shows_only_visible_articles(client, acme_article, category):
    publish_article(title="Public guide", category=category)

    assert "Public guide" in client.get(category.url).content.decode()
    assert "Acme single sign-on" not in client.get(category.url).content.decode()
    client.force_login(demo_user("ben"))
    assert "Acme single sign-on" in client.get(category.url).content.decode()


@pytest.mark.django_db
def test_related_articles_leave_out_what_the_reader_may_not_see(client, acme_article):
    public_related = publish_article(title="Inviting teammates")
    article = publish_article(title="Workspace basics", related=[acme_article, public_related])

    html = client.get(article.url).content.decode()

    assert "Inviting teammates" in html
    assert "Acme single sign-on" not in html


@pytest.mark.django_db
def test_sitemap_lists_only_public_articles(client, acme_article):
    public = publish_article(title="Exporting reports")
    signed_in = publish_article(title="Billing history", access=AUTHENTICATED)

    xml = client.get("/sitemap.xml").content.decode()

    assert public.full_url in xml
    assert acme_article.full_url not in xml
    assert signed_in.full_url not in xml


@pytest.mark.django_db
def test_knowledge_base_counts_only_visible_articles(acme_article, category):
    publish_article(title="Public guide", category=category)
    index_page = category.get_parent()
    anonymous_counts = {
        c.pk: c.article_count
        for c in category_list_for_index(index_page=index_page, user=AnonymousUser())
    }
    member_counts = {
        c.pk: c.article_count
        for c in category_list_for_index(index_page=index_page, user=demo_user("ben"))
    }

    assert anonymous_counts[category.pk] == 1
    assert member_counts[category.pk] == 2


@pytest.mark.django_db
def test_sitemap_lists_translations_with_hreflang_alternates(client, category):
    from tests.factories import translate

    article = publish_article(title="Exporting to spreadsheets", category=category)
    swedish = translate(article, "sv", {"Exporting to spreadsheets": "Exportera till kalkylark"})

    xml = client.get("/sitemap.xml").content.decode()

    assert f"<loc>{swedish.full_url}</loc>" in xml
    assert f'hreflang="sv" href="{swedish.full_url}"' in xml
    assert f'hreflang="en" href="{article.full_url}"' in xml


@pytest.mark.django_db
def test_feed_lists_public_articles_only(client, acme_article, category):
    public = publish_article(title="Feed-worthy article", category=category)
    signed_in = publish_article(title="Members feed item", category=category, access=AUTHENTICATED)
    client.force_login(demo_user("ben"))

    xml = client.get("/feeds/en/articles.xml").content.decode()

    assert public.title in xml
    assert acme_article.title not in xml
    assert signed_in.title not in xml


@pytest.mark.django_db
def test_feed_for_an_unknown_locale_is_404(client):
    assert client.get("/feeds/xx/articles.xml").status_code == 404


@pytest.mark.django_db
def test_chinese_slug_and_title_serve_the_translation(client, category):
    from tests.factories import translate

    article = publish_article(title="Exporting invoices", category=category)
    chinese = translate(
        article, "zh-hans", {"Exporting invoices": "导出发票", article.slug: "导出发票"}
    )

    response = client.get(chinese.url)

    assert chinese.slug == "导出发票"
    assert response.status_code == 200
    assert "导出发票" in response.content.decode()
    assert 'lang="zh-hans"' in response.content.decode()


@pytest.mark.django_db
def test_narrowing_the_source_closes_its_translations_before_any_sync(
    client, category, django_capture_on_commit_callbacks
):
    from tests.factories import translate

    article = publish_article(title="Soon private", category=category)
    swedish = translate(article, "sv", {"Soon private": "Snart privat"})
    assert status_for(client, None, swedish.url) == 200

    with django_capture_on_commit_callbacks(execute=True):  # the page cache clears on commit
        article.access = SEGMENTS
        article.save_revision().publish()
        article.segments.set([segment_with(demo_user("ben"), name="Beta")])
        article.save_revision().publish()

    assert status_for(client, None, swedish.url) == 404
    assert status_for(client, "anna", swedish.url) == 404
    assert status_for(client, "ben", swedish.url) == 200
    api = client.get(f"/api/v3/portal/kb/sv/articles/{swedish.pk}/")
    client.logout()
    assert client.get(f"/api/v3/portal/kb/sv/articles/{swedish.pk}/").status_code == 404
    assert api.status_code == 200


@pytest.mark.django_db
def test_wagtail_page_api_is_closed_and_not_in_the_schema(client, acme_article):
    assert client.get("/api/v3/pages/").status_code == 404
    assert client.get(f"/api/v3/pages/{acme_article.pk}/").status_code == 404
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    assert not [path for path in paths if path.startswith("/api/v3/pages/")]
