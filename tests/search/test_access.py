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


def visible_ids(user) -> set[int]:
    return set(article_list_visible_to(user=user or AnonymousUser()).values_list("pk", flat=True))


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


@pytest.mark.index_writes
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


@pytest.mark.index_writes
def test_a_translation_stays_hidden_when_its_restricted_source_is_unpublished(
    engine, django_capture_on_commit_callbacks
):
    """The source decides, live or not, as on the site: narrowing it and then retiring it
    leaves the (not re-synced) translation to the source's audience."""
    article = ArticlePage.objects.get(slug="reset-your-password", locale__language_code="en")
    swedish = ArticlePage.objects.get(
        translation_key=article.translation_key, locale__language_code="sv"
    )
    assert "reset-your-password" in slugs(search_as(None, "glömt lösenord", "sv"))
    article.access = ArticlePage.Access.AUTHENTICATED
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        ArticlePage.objects.get(pk=article.pk).unpublish()

    assert ArticlePage.objects.get(pk=swedish.pk).live
    assert swedish.pk not in visible_ids(None)
    assert "reset-your-password" not in slugs(search_as(None, "glömt lösenord", "sv"))
    assert "reset-your-password" in slugs(search_as(demo_user("anna"), "glömt lösenord", "sv"))


def test_leaving_a_segment_hides_its_articles_at_once(engine):
    ben = demo_user("ben")
    assert "single-sign-on-with-saml" in slugs(search_as(ben, "SAML"))

    ben.customer_segments.clear()

    assert "single-sign-on-with-saml" not in slugs(search_as(ben, "SAML"))
    assert not suggest_as(ben, "single sign-on with")


def test_a_narrowed_audience_leaves_search_before_the_worker_reindexes(engine):
    """No task runs here (no commit): the index still says public, the database does not."""
    article = ArticlePage.objects.get(slug="reset-your-password", locale__language_code="en")
    before = search_as(None, "forgotten password")
    assert "reset-your-password" in slugs(before)

    article.access = ArticlePage.Access.AUTHENTICATED
    article.save_revision().publish()

    after = search_as(None, "forgotten password")
    assert "reset-your-password" not in slugs(after)
    assert after.total == before.total - 1
    assert sum(n for _, n in after.facets["kind"]) == after.total
    assert not {s.url for s in suggest_as(None, "reset your pass")} & {article.url}
    assert "reset-your-password" in slugs(search_as(demo_user("anna"), "forgotten password"))


def test_an_unpublished_article_leaves_search_before_the_worker_reindexes(engine):
    article = ArticlePage.objects.get(slug="reset-your-password", locale__language_code="en")

    article.unpublish()

    assert "reset-your-password" not in slugs(search_as(None, "forgotten password"))
    assert "reset-your-password" not in slugs(search_as(demo_user("editor"), "forgotten password"))


def test_with_many_pending_changes_the_hits_are_checked_instead(engine, settings, monkeypatch):
    from search import services

    monkeypatch.setattr(services, "PENDING_CHECK_LIMIT", 0)
    article = ArticlePage.objects.get(slug="reset-your-password", locale__language_code="en")

    article.access = ArticlePage.Access.AUTHENTICATED
    article.save_revision().publish()

    assert "reset-your-password" not in slugs(search_as(None, "forgotten password"))
    assert not {s.url for s in suggest_as(None, "reset your pass")} & {article.url}
