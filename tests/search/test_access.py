"""Restricted documents never leave the engine: not in results, suggestions, facets or totals."""

import pytest
from django.contrib.auth.models import AnonymousUser

from cms.models import ArticlePage
from cms.selectors import article_list_visible_to
from tests.search.helpers import search_as, slugs, suggest_as
from tests.utils import demo_user

ROLES = [None, "anna", "ben", "editor", "translator-sv"]
# Words found across the demo, public and restricted articles alike.
BROAD = "workspace account users data invoice time settings team"


def visible_slugs(user, locale="en") -> set[str]:
    articles = article_list_visible_to(user=user or AnonymousUser())
    return set(articles.filter(locale__language_code=locale).values_list("slug", flat=True))


@pytest.mark.parametrize("role", ROLES)
def test_every_role_finds_exactly_what_it_may_read(engine, role):
    user = demo_user(role) if role else None
    results = search_as(user, BROAD, "en", page_size=50)

    found = set(slugs(results))
    assert found <= visible_slugs(user)
    assert results.total == len(found)
    assert sum(n for _, n in results.facets["category"]) == results.total
    assert sum(n for _, n in results.facets["kind"]) == results.total
    suggested = {s.url.rstrip("/").rsplit("/", 1)[-1] for s in suggest_as(user, "single sign")}
    assert suggested <= visible_slugs(user)


def test_restricted_articles_are_missing_for_outsiders_everywhere(engine):
    anna, ben = demo_user("anna"), demo_user("ben")
    for text in ("SAML single sign-on", "SCIM provisioning", "audit log"):
        outsider, member = search_as(anna, text), search_as(ben, text)
        assert not set(slugs(outsider)) & {"single-sign-on-with-saml", "provision-users-with-scim"}
        assert set(slugs(member)) & {
            "single-sign-on-with-saml",
            "provision-users-with-scim",
            "review-the-audit-log",
        }
    assert not suggest_as(anna, "single sign-on with")
    assert suggest_as(ben, "single sign-on with")


def test_narrowing_an_audience_hides_the_article_at_once(
    engine, django_capture_on_commit_callbacks
):
    article = ArticlePage.objects.get(slug="reset-your-password", locale__language_code="en")
    assert "reset-your-password" in slugs(search_as(None, "forgotten password"))

    with django_capture_on_commit_callbacks(execute=True):
        article.access = ArticlePage.Access.AUTHENTICATED
        article.save_revision().publish()

    assert "reset-your-password" not in slugs(search_as(None, "forgotten password"))
    swedish = search_as(None, "glömt lösenord", "sv")
    assert "reset-your-password" not in slugs(swedish)
    assert "reset-your-password" in slugs(search_as(demo_user("anna"), "forgotten password"))


def test_leaving_a_segment_hides_its_articles_at_once(engine):
    ben = demo_user("ben")
    assert "single-sign-on-with-saml" in slugs(search_as(ben, "SAML"))

    ben.customer_segments.clear()

    assert "single-sign-on-with-saml" not in slugs(search_as(ben, "SAML"))
    assert not suggest_as(ben, "single sign-on with")
