"""Badges in the admin: a snippet under Community, its rule from the registry, translated
through wagtail-localize."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import String, TranslationSource

from community.models import Badge, BadgeAward
from tests.utils import demo_user

BADGES = "/admin/snippets/community/badge/"


@pytest.fixture
def admin_client(client, db):
    client.force_login(demo_user("admin"))
    return client


def badge_form(**changes) -> dict:
    """What an editor fills in on the badge form."""
    return {
        "name": "Night owl",
        "slug": "night-owl",
        "description": "Answered ten questions after midnight.",
        "tier": "silver",
        "icon": "star",
        "rule": "answers_accepted",
        "threshold": "10",
        "repeatable": "",
        "enabled": "on",
        **changes,
    }


def test_a_badge_is_created_through_the_admin_form_with_a_rule_from_the_list(admin_client):
    form = admin_client.get(f"{BADGES}add/")

    created = admin_client.post(f"{BADGES}add/?locale=en", badge_form())

    page = form.content.decode()
    assert form.status_code == 200
    assert '<option value="answers_accepted"' in page and "Answers accepted" in page
    assert created.status_code == 302, created.content.decode()[:3000]
    badge = Badge.objects.get(slug="night-owl")
    assert (badge.name, badge.tier, badge.rule, badge.threshold) == (
        "Night owl",
        "silver",
        "answers_accepted",
        10,
    )
    assert badge.locale == Locale.get_default() and not badge.repeatable


def test_a_badge_is_edited_through_the_admin_form(admin_client):
    badge = Badge.objects.get(slug="great-answer", locale=Locale.get_default())

    edited = admin_client.post(
        f"{BADGES}edit/{badge.pk}/",
        badge_form(
            name="Brilliant answer",
            slug="great-answer",
            description=badge.description,
            tier="gold",
            rule="great_answers",
            threshold="20",
            repeatable="on",
        ),
    )

    assert edited.status_code == 302, edited.content.decode()[:3000]
    badge.refresh_from_db()
    assert (badge.name, badge.tier, badge.threshold, badge.repeatable) == (
        "Brilliant answer",
        "gold",
        20,
        True,
    )


def test_an_unknown_rule_is_refused_next_to_the_field_and_nothing_is_saved(admin_client):
    refused = admin_client.post(f"{BADGES}add/?locale=en", badge_form(rule="points_for_free"))

    assert refused.status_code == 200
    errors = refused.context["form"].errors
    assert list(errors) == ["rule"]
    assert "“points_for_free” is not a rule the portal knows" in errors["rule"][0]
    assert "is not a rule the portal knows" in refused.content.decode()
    assert not Badge.objects.filter(slug="night-owl").exists()


def test_the_list_shows_each_badges_tier_and_how_many_members_hold_it(admin_client, question):
    badge = Badge.objects.get(slug="curious", locale=Locale.get_default())
    holders = BadgeAward.objects.filter(badge=badge).values("user").distinct().count()
    assert holders >= 1  # the asker of ``question`` at least

    listing = admin_client.get(BADGES)
    dashboard = admin_client.get("/admin/")

    page = listing.content.decode()
    row = re.search(r"<tr[^>]*>(?:(?!</tr>).)*>Curious<(?:(?!</tr>).)*</tr>", page, re.S)
    assert listing.status_code == 200
    assert row, page[:3000]
    assert "Bronze" in row.group(0)
    assert re.search(rf">\s*{holders}\s*<", row.group(0))
    assert BADGES in dashboard.content.decode()  # under "Community"


def test_a_badge_is_translated_into_swedish_through_wagtail_localize(admin_client):
    badge = Badge.objects.get(slug="polyglot", locale=Locale.get_default())
    swedish = Locale.objects.get(language_code="sv")
    Badge.objects.filter(translation_key=badge.translation_key, locale=swedish).delete()
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["community", "badge", badge.pk]
    )
    listing = admin_client.get(BADGES).content.decode()

    submitted = admin_client.post(submit, {"locales": [swedish.pk]})

    assert submit in listing  # the "Translate" action of each badge
    assert submitted.status_code == 302, submitted.content.decode()[:3000]
    translated = Badge.objects.get(translation_key=badge.translation_key, locale=swedish)
    assert (translated.slug, translated.rule) == ("polyglot", "answer_languages")
    source = TranslationSource.objects.get_for_instance(badge)
    assert source.translations.filter(target_locale=swedish).exists()
    strings = set(String.objects.filter(segments__source=source).values_list("data", flat=True))
    assert strings == {badge.name, badge.description}  # the rule is not for translators
