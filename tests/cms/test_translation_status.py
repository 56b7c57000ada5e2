"""Translators see exactly which strings changed in the source, old → new."""

import pytest
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from cms.models import SourceChange, TranslationStatus
from cms.translation.status import (
    compare_strings,
    source_change_mark_latest,
    source_change_set_significance,
)
from tests.factories import (
    new_category,
    publish_article,
    publish_first_paragraph,
    translate,
)
from tests.utils import demo_user

OLD = "Invitations expire after seven days."
NEW = "Invitations expire after fourteen days."
SWEDISH = {
    "Inviting people": "Bjuda in personer",
    "Summary of Inviting people.": "Sammanfattning av att bjuda in.",
    OLD: "Inbjudningar upphör efter sju dagar.",
    "Ask an admin first.": "Fråga en administratör först.",
}


def status_of(article, code) -> TranslationStatus:
    return TranslationStatus.objects.get(source_page=article, locale__language_code=code)


@pytest.fixture
def article(db):
    article = publish_article(
        title="Inviting people",
        category=new_category(),
        body=[("paragraph", f"<p>{OLD}</p><p>Ask an admin first.</p>")],
    )
    translate(article, "sv", SWEDISH)
    return article


@pytest.mark.django_db
def test_fully_translated_page_is_up_to_date(article):
    status = status_of(article, "sv")

    assert status.state == TranslationStatus.State.UP_TO_DATE
    assert (status.total, status.translated, status.outdated, status.missing) == (4, 4, 0, 0)
    assert status.synced_at is not None


@pytest.mark.django_db
def test_translator_sees_changed_string_old_and_new(article):
    publish_first_paragraph(article, NEW + "</p><p>Ask an admin first.")

    status = status_of(article, "sv")
    changed = [
        s
        for s in compare_strings(source_page=article, locale=status.locale)
        if s.state != "translated"
    ]

    assert status.state == TranslationStatus.State.OUTDATED
    assert (status.outdated, status.translated) == (1, 3)
    assert len(changed) == 1
    assert changed[0].state == "outdated"
    assert changed[0].old_text == OLD
    assert changed[0].new_text == NEW
    assert changed[0].translation == "Inbjudningar upphör efter sju dagar."


@pytest.mark.django_db
def test_second_paragraph_of_the_same_field_is_paired_with_its_own_old_text(article):
    publish_first_paragraph(article, f"{OLD}</p><p>Ask an owner first.")

    changed = [
        s
        for s in compare_strings(source_page=article, locale=Locale.objects.get(language_code="sv"))
        if s.state != "translated"
    ]

    assert [(s.old_text, s.new_text, s.position) for s in changed] == [
        ("Ask an admin first.", "Ask an owner first.", 1)
    ]


@pytest.mark.django_db
def test_state_follows_the_published_source_not_drafts(article):
    draft = type(article).objects.get(pk=article.pk)
    draft.title = "Inviting people to a workspace"
    draft.save_revision()
    assert status_of(article, "sv").state == TranslationStatus.State.UP_TO_DATE

    draft.get_latest_revision().publish()

    assert status_of(article, "sv").state == TranslationStatus.State.OUTDATED
    assert status_of(article, "sv").source_changed_at > status_of(article, "sv").synced_at


@pytest.mark.django_db
def test_syncing_the_translation_brings_it_up_to_date(article):
    publish_first_paragraph(article, NEW + "</p><p>Ask an admin first.")

    translate(article, "sv", SWEDISH | {NEW: "Inbjudningar upphör efter fjorton dagar."})

    assert status_of(article, "sv").state == TranslationStatus.State.UP_TO_DATE


@pytest.mark.django_db
def test_minor_correction_keeps_translations_and_asks_for_a_glance(article):
    publish_first_paragraph(
        article, "Invitations expire after seven days!</p><p>Ask an admin first."
    )
    change = SourceChange.objects.get(translation_key=article.translation_key)

    source_change_set_significance(change=change, significance=SourceChange.Significance.MINOR)

    status = status_of(article, "sv")
    assert status.state == TranslationStatus.State.NEEDS_GLANCE
    assert (status.corrected, status.outdated) == (1, 0)
    assert StringTranslation.objects.filter(
        translation_of__data="Invitations expire after seven days!",
        locale__language_code="sv",
        data="Inbjudningar upphör efter sju dagar.",
    ).exists()


@pytest.mark.django_db
def test_normal_change_marks_strings_outdated_not_corrected(article):
    publish_first_paragraph(article, NEW + "</p><p>Ask an admin first.")

    assert status_of(article, "sv").corrected == 0
    assert status_of(article, "sv").outdated == 1


@pytest.mark.django_db
def test_urgent_change_puts_the_page_first_in_the_report(article, client):
    other = publish_article(title="Calm article", category=article.get_parent())
    translate(other, "sv", {})
    assert status_of(other, "sv").gap > 1
    published = publish_first_paragraph(article, NEW + "</p><p>Ask an admin first.")
    source_change_mark_latest(page=published, significance=SourceChange.Significance.URGENT)
    client.force_login(demo_user("translator-sv"))

    response = client.get(
        "/admin/reports/translations/",
        {"locale": status_of(article, "sv").locale_id, "category": article.get_parent().pk},
    )

    assert status_of(article, "sv").urgent
    rows = list(response.context["object_list"])
    assert [row.source_page_id for row in rows] == [article.pk, other.pk]


@pytest.mark.django_db
def test_locale_without_translation_is_untranslated(article):
    status = status_of(article, "nb")

    assert status.state == TranslationStatus.State.UNTRANSLATED
    assert status.missing == status.total == 4


@pytest.mark.django_db
def test_translation_edited_directly_is_never_synced(article):
    Translation.objects.filter(
        source__object_id=article.translation_key, target_locale__language_code="sv"
    ).update(enabled=False)
    Translation.objects.get(source__object_id=article.translation_key).save()

    assert status_of(article, "sv").state == TranslationStatus.State.NEVER_SYNCED


@pytest.mark.django_db
def test_deleting_the_translation_makes_the_locale_untranslated(
    article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # refreshed when the delete commits
        article.get_translation(Locale.objects.get(language_code="sv")).delete()

    assert status_of(article, "sv").state == TranslationStatus.State.UNTRANSLATED


@pytest.mark.django_db
def test_deleting_a_source_with_translations_drops_it_from_the_report(article, client):
    article.delete()
    client.force_login(demo_user("editor"))

    response = client.get("/admin/reports/translations/")

    assert response.status_code == 200
    assert not TranslationStatus.objects.filter(source_page_id=article.pk).exists()


@pytest.mark.django_db
def test_moving_a_source_keeps_its_translation_state(article):
    publish_first_paragraph(article, NEW + "</p><p>Ask an admin first.")
    article.move(new_category("Elsewhere"), pos="last-child")

    publish_first_paragraph(article, NEW + "</p><p>Ask an admin first, please.")

    assert status_of(article, "sv").outdated == 2


@pytest.mark.django_db
def test_chinese_translation_with_chinese_title_is_tracked(article):
    chinese = translate(
        article, "zh-hans", {"Inviting people": "邀请成员", OLD: "邀请七天后失效。"}
    )

    status = status_of(article, "zh-hans")
    assert chinese.title == "邀请成员"
    assert status.state == TranslationStatus.State.OUTDATED
    assert (status.translated, status.missing) == (2, 2)


@pytest.mark.django_db
def test_drill_down_shows_old_and_new_with_a_link_to_the_editor(article, client):
    publish_first_paragraph(article, NEW + "</p><p>Ask an admin first.")
    status = status_of(article, "sv")
    client.force_login(demo_user("translator-sv"))

    html = client.get(f"/admin/reports/translations/{status.pk}/").content.decode()

    assert "Invitations expire after <del>seven</del> days." in html
    assert "Invitations expire after <ins>fourteen</ins> days." in html
    assert "Inbjudningar upphör efter sju dagar." in html
    target = article.get_translation(status.locale)
    assert f"/admin/pages/{target.pk}/edit/" in html


@pytest.mark.django_db
def test_report_exports_a_spreadsheet(article, client):
    client.force_login(demo_user("editor"))

    response = client.get("/admin/reports/translations/", {"export": "csv", "state": "up_to_date"})

    assert response.status_code == 200
    assert "Inviting people" in b"".join(response.streaming_content).decode()


@pytest.mark.django_db
def test_report_filters_by_state_and_category(article, client):
    client.force_login(demo_user("editor"))
    category = article.get_parent()

    response = client.get(
        "/admin/reports/translations/", {"state": "untranslated", "category": category.pk}
    )

    rows = list(response.context["object_list"])
    assert {row.locale.language_code for row in rows} == {"nb", "hr", "zh-hans"}
    assert {row.source_page_id for row in rows} == {article.pk}


@pytest.mark.django_db
def test_dashboard_panel_shows_the_translators_own_locale(article, client):
    publish_first_paragraph(article, NEW + "</p><p>Ask an admin first.")
    client.force_login(demo_user("translator-sv"))

    html = client.get("/admin/").content.decode()

    assert "Translations to update" in html
    assert "Swedish" in html
    assert "Norwegian" not in html.split("Translations to update")[1].split("</table>")[0]


@pytest.mark.django_db
def test_edit_view_offers_minor_and_urgent_publishing(article, client):
    client.force_login(demo_user("editor"))

    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()

    assert 'formaction="?significance=minor"' in html
    assert 'formaction="?significance=urgent"' in html


@pytest.mark.django_db
def test_outdated_translation_tells_readers_the_original_changed(
    article, client, django_capture_on_commit_callbacks
):
    swedish = article.get_translation(Locale.objects.get(language_code="sv"))
    assert "notice--outdated" not in client.get(swedish.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):  # the page cache clears on commit
        publish_first_paragraph(article, NEW + "</p><p>Ask an admin first.")

    html = client.get(swedish.url).content.decode()
    assert "notice--outdated" in html
    with translation.override("sv"):
        assert translation.gettext("Read the original") in html
    assert f'href="{article.url}"' in html


@pytest.mark.django_db
def test_report_filters_by_owner_and_sorts_by_age(article, client):
    older = publish_article(title="Older change", category=article.get_parent())
    translate(older, "sv", {})
    ArticlePage = type(article)
    ArticlePage.objects.filter(pk=older.pk).update(maintainer=demo_user("editor"))
    ArticlePage.objects.filter(pk=article.pk).update(maintainer=demo_user("admin"))
    client.force_login(demo_user("editor"))
    sv = Locale.objects.get(language_code="sv").pk

    owned = client.get(
        "/admin/reports/translations/", {"owner": demo_user("admin").pk, "locale": sv}
    )
    by_age = client.get(
        "/admin/reports/translations/",
        {"locale": sv, "category": article.get_parent().pk, "sort": "age"},
    )

    assert {row.source_page_id for row in owned.context["object_list"]} == {article.pk}
    ages = [row.source_changed_at for row in by_age.context["object_list"]]
    assert ages == sorted(ages)
    assert [row.source_page_id for row in by_age.context["object_list"]] == [article.pk, older.pk]


@pytest.mark.django_db
def test_removed_paragraph_leaves_the_translation_outdated(article):
    publish_first_paragraph(article, OLD)

    status = status_of(article, "sv")
    removed = [
        s
        for s in compare_strings(source_page=article, locale=status.locale)
        if s.state != "translated"
    ]
    assert status.state == TranslationStatus.State.OUTDATED
    assert [(s.old_text, s.new_text, s.translation) for s in removed] == [
        ("Ask an admin first.", "", "Fråga en administratör först.")
    ]


@pytest.mark.django_db
def test_inserted_paragraph_does_not_shift_old_text_onto_its_neighbours(article):
    published = publish_first_paragraph(
        article, f"Start here.</p><p>{OLD}</p><p>Ask an admin first."
    )
    source_change_mark_latest(page=published, significance=SourceChange.Significance.MINOR)

    status = status_of(article, "sv")
    strings = compare_strings(source_page=article, locale=status.locale)
    untranslated = [(s.state, s.new_text) for s in strings if s.state != "translated"]
    assert untranslated == [("missing", "Start here.")]
    assert not StringTranslation.objects.filter(
        translation_of__data="Start here.", locale__language_code="sv"
    ).exists()


@pytest.mark.django_db
def test_scheduled_publish_does_not_mark_the_previous_change(article):
    publish_first_paragraph(article, NEW + "</p><p>Ask an admin first.")
    change = SourceChange.objects.get(translation_key=article.translation_key)
    from datetime import timedelta

    from django.utils import timezone

    later = type(article).objects.get(pk=article.pk)
    later.go_live_at = timezone.now() + timedelta(days=1)
    later.save_revision().publish()

    assert source_change_mark_latest(page=later, significance="minor") is None
    change.refresh_from_db()
    assert change.significance == SourceChange.Significance.NORMAL
