import pytest
from openapi_spec_validator import validate
from wagtail.models import Page

from cms.models import ArticlePage
from tests.utils import demo_user, home_in

URL = "/api/v3/portal/locales/"


@pytest.mark.django_db
def test_openapi_schema_is_valid_and_lists_the_locales_endpoint(client):
    response = client.get("/api/v3/openapi.json")

    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    assert "get" in schema["paths"]["/api/v3/portal/locales/"]


@pytest.mark.django_db
def test_locales_endpoint_counts_published_pages_per_locale(client):
    before = {item["language_code"]: item["published_pages"] for item in client.get(URL).json()}
    home_in("sv").add_child(instance=Page(title="Extra", slug="extra")).save_revision(
        user=demo_user("admin")
    ).publish()
    home_in("sv").add_child(instance=Page(title="Draft", slug="draft", live=False))

    response = client.get(URL)

    assert response.status_code == 200
    counts = {item["language_code"]: item["published_pages"] for item in response.json()}
    assert counts == before | {"sv": before["sv"] + 1}
    restricted = ArticlePage.objects.live().filter(locale__language_code="en")
    restricted = restricted.exclude(access=ArticlePage.Access.PUBLIC)
    live = Page.objects.live().filter(locale__language_code="en", depth__gt=1)
    assert before["en"] == live.count() - restricted.count()
    english = next(item for item in response.json() if item["language_code"] == "en")
    assert english["is_source"] is True


@pytest.mark.django_db
def test_locale_counts_leave_out_restricted_articles(client):
    from tests.factories import new_category, publish_article

    before = {item["language_code"]: item["published_pages"] for item in client.get(URL).json()}
    category = new_category()

    publish_article(
        title="Members only", category=category, access=ArticlePage.Access.AUTHENTICATED
    )

    after = {item["language_code"]: item["published_pages"] for item in client.get(URL).json()}
    assert after["en"] == before["en"] + 1  # the new category, not the restricted article
