"""Wagtail's page privacy (password, sign-in, groups) is not offered in the admin.

Who may read a page is the article's audience, applied by ``cms.selectors`` on every channel
(page, cache, API, search, feed, sitemap); none of them reads a ``PageViewRestriction``. So
no page type of the portal offers one, and no ancestor can carry one either.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.factories import english_knowledge_base, new_category, publish_article
from tests.utils import demo_user, home_in

PAGES = {
    "home page": lambda: home_in("en"),
    "knowledge base": english_knowledge_base,
    "category": lambda: new_category("Private-looking category"),
    "article": lambda: publish_article(title="Private-looking article", category=new_category()),
}

RESTRICTIONS = [
    {"restriction_type": PageViewRestriction.LOGIN},
    {"restriction_type": PageViewRestriction.PASSWORD, "password": "letmein"},
    {"restriction_type": PageViewRestriction.GROUPS, "groups": "Editors"},
]


@pytest.fixture
def editor_client(client, db):
    client.force_login(demo_user("editor"))
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", PAGES)
def test_an_editor_is_offered_no_privacy_form_for_a_page(editor_client, page_type):
    page = PAGES[page_type]()

    response = editor_client.get(f"/admin/pages/{page.pk}/privacy/")

    assert response.status_code == 200
    html = response.json()["html"]
    assert 'name="restriction_type"' not in html
    assert "disabled" in html


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", PAGES)
@pytest.mark.parametrize("restriction", RESTRICTIONS, ids=lambda r: r["restriction_type"])
def test_an_editor_cannot_restrict_a_page_by_posting_the_privacy_form(
    editor_client, page_type, restriction
):
    page = PAGES[page_type]()
    data = dict(restriction)
    if "groups" in data:
        data["groups"] = [Group.objects.get(name=data["groups"]).pk]

    response = editor_client.post(f"/admin/pages/{page.pk}/privacy/", data)

    assert response.status_code == 200
    assert not PageViewRestriction.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", PAGES)
def test_the_page_editor_shows_no_privacy_control(editor_client, page_type):
    page = PAGES[page_type]()

    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")

    assert response.status_code == 200
    assert 'data-a11y-dialog-show="set-privacy"' not in response.content.decode()
