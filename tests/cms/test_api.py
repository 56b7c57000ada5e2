import pytest
from openapi_spec_validator import validate
from wagtail.models import Page

from tests.utils import demo_user, home_in


@pytest.mark.django_db
def test_openapi_schema_is_valid_and_lists_the_locales_endpoint(client):
    response = client.get("/api/v3/openapi.json")

    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    assert "get" in schema["paths"]["/api/v3/portal/locales/"]


@pytest.mark.django_db
def test_locales_endpoint_counts_published_pages_per_locale(client):
    swedish_home = home_in("sv")
    child = swedish_home.add_child(instance=Page(title="Extra", slug="extra"))
    child.save_revision(user=demo_user("admin")).publish()
    swedish_home.add_child(instance=Page(title="Draft", slug="draft", live=False))

    response = client.get("/api/v3/portal/locales/")

    assert response.status_code == 200
    counts = {item["language_code"]: item["published_pages"] for item in response.json()}
    assert counts == {"en": 1, "sv": 2, "nb": 1, "hr": 1, "zh-hans": 1}
    english = next(item for item in response.json() if item["language_code"] == "en")
    assert english["is_source"] is True
