"""The translator's loop: an English publish reaches the translation editor, and publishing
the translation from the editor brings the page up to date everywhere at once."""

import html
import json
import re
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, TranslationSource

from cms.models import SourceChange, SyncedSegment, TranslationStatus
from cms.translation.status import source_change_set_significance, translation_source_follow
from tests.factories import new_category, publish_article, publish_first_paragraph, translate
from tests.queries import assert_queries, record_queries
from tests.utils import demo_user

TITLE = "Loop: sharing a workspace"
OLD = "Shared links expire after seven days."
NEW = "Shared links expire after fourteen days."
KEPT = "Only owners can share."
SWEDISH = {
    TITLE: "Slinga: dela en arbetsyta",
    f"Summary of {TITLE}.": "Sammanfattning av att dela en arbetsyta.",
    OLD: "Delade länkar upphör efter sju dagar.",
    KEPT: "Bara ägare kan dela.",
}
SWEDISH_NEW = "Delade länkar upphör efter fjorton dagar."


@pytest.fixture
def article(db):
    article = publish_article(
        title=TITLE,
        category=new_category("Loop category"),
        body=[("paragraph", f"<p>{OLD}</p><p>{KEPT}</p>")],
    )
    translate(article, "sv", SWEDISH)
    return article


def swedish(article) -> Page:
    return article.get_translation(Locale.objects.get(language_code="sv"))


def status_of(article) -> TranslationStatus:
    return TranslationStatus.objects.get(source_page=article, locale__language_code="sv")


def editor_props(client, target) -> dict:
    """The props wagtail-localize's translation editor (a React app) is started with."""
    response = client.get(f"/admin/pages/{target.pk}/edit/")
    assert response.status_code == 200
    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.text)
    assert found, "the page editor of a synced translation is wagtail-localize's editor"
    return json.loads(html.unescape(found.group(1)))


def editor_rows(props) -> dict[str, dict]:
    """Per source string shown in the editor: its segment and translation (None: to do).

    The slug is left out: it falls back to the source's and the portal never asks for it.
    """
    translations = {t["segment_id"]: t for t in props["initialStringTranslations"]}
    return {
        segment["source"]: {"segment": segment, "translation": translations.get(segment["id"])}
        for segment in props["segments"]
        if segment["type"] == "string" and segment["contentPath"] != "slug"
    }


def change_one_sentence(article):
    return publish_first_paragraph(article, f"{NEW}</p><p>{KEPT}")


def put_translation(client, segment, value):
    return client.put(
        segment["editUrl"],
        data=urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )


@pytest.mark.django_db
def test_the_editor_shows_the_new_english_sentence_as_not_translated(article, client):
    change_one_sentence(article)
    client.force_login(demo_user("translator-sv"))

    rows = editor_rows(editor_props(client, swedish(article)))

    assert OLD not in rows
    assert rows[NEW]["translation"] is None
    assert rows[KEPT]["translation"]["data"] == "Bara ägare kan dela."
    assert rows[TITLE]["translation"]["data"] == "Slinga: dela en arbetsyta"
    assert [source for source, row in rows.items() if row["translation"] is None] == [NEW]


@pytest.mark.django_db
def test_a_minor_correction_keeps_every_string_translated_in_the_editor(article, client):
    corrected = "Shared links expire after seven days!"
    publish_first_paragraph(article, f"{corrected}</p><p>{KEPT}")
    change = SourceChange.objects.get(translation_key=article.translation_key)
    source_change_set_significance(change=change, significance=SourceChange.Significance.MINOR)
    client.force_login(demo_user("translator-sv"))

    rows = editor_rows(editor_props(client, swedish(article)))

    assert rows[corrected]["translation"]["data"] == "Delade länkar upphör efter sju dagar."
    assert all(row["translation"] is not None for row in rows.values())
    assert status_of(article).state == TranslationStatus.State.NEEDS_GLANCE


@pytest.mark.django_db
def test_publishing_a_change_leaves_the_translated_page_as_it_was(article):
    change_one_sentence(article)

    page = swedish(article)
    assert "Delade länkar upphör efter sju dagar." in str(page.specific.body)
    assert page.live_revision_id == page.latest_revision_id


@pytest.mark.django_db
def test_a_page_never_sent_for_translation_gets_no_translation_source(db):
    article = publish_article(title="Loop: never translated", category=new_category("Loop solo"))
    publish_first_paragraph(article, "Still English only.")

    assert not TranslationSource.objects.filter(object_id=article.translation_key).exists()


def publish_from_the_editor(client, target, on_commit):
    # wagtail-localize publishes the translated page when the request's transaction commits.
    with on_commit(execute=True):
        response = client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    return response


def dashboard_row(client, locale) -> tuple[int, ...]:
    page = client.get("/admin/").text
    found = re.search(
        rf"{re.escape(str(locale.get_display_name()))}</a></td>\s*"
        r"<td>(\d+)</td>\s*<td>(\d+)</td>\s*<td>(\d+)</td>\s*<td>(\d+)</td>",
        page,
    )
    assert found, "the translator's dashboard has a row for their language"
    return tuple(int(n) for n in found.groups())


@pytest.mark.django_db
def test_the_translators_publish_brings_the_page_up_to_date_everywhere_at_once(
    article, client, django_capture_on_commit_callbacks
):
    change_one_sentence(article)
    sv = Locale.objects.get(language_code="sv")
    target = swedish(article)
    client.force_login(demo_user("translator-sv"))
    pages, outdated, missing, corrected = dashboard_row(client, sv)
    rows = editor_rows(editor_props(client, target))

    saved = put_translation(client, rows[NEW]["segment"], SWEDISH_NEW)
    assert saved.status_code == 201
    publish_from_the_editor(client, target, django_capture_on_commit_callbacks)

    assert status_of(article).state == TranslationStatus.State.UP_TO_DATE
    assert (status_of(article).outdated, status_of(article).translated) == (0, 4)
    assert dashboard_row(client, sv) == (pages - 1, outdated - 1, missing, corrected)
    report = client.get("/admin/reports/translations/", {"locale": sv.pk, "state": "up_to_date"})
    assert article.pk in [row.source_page_id for row in report.context["object_list"]]
    api = client.get(f"/api/v3/portal/kb/en/articles/{article.pk}/").json()
    (api_sv,) = [s for s in api["translation_status"] if s["locale"] == "sv"]
    assert (api_sv["state"], api_sv["outdated"]) == ("up_to_date", 0)
    published = Page.objects.get(pk=target.pk).specific
    assert published.live and SWEDISH_NEW in str(published.body)
    assert all(row["translation"] for row in editor_rows(editor_props(client, target)).values())


def api_sv_state(client, article, **headers):
    response = client.get(f"/api/v3/portal/kb/en/articles/{article.pk}/", **headers)
    if response.status_code == 304:
        return response, None
    (state,) = [s["state"] for s in response.json()["translation_status"] if s["locale"] == "sv"]
    return response, state


@pytest.mark.django_db
def test_an_api_client_asking_if_modified_since_sees_the_translation_brought_up_to_date(
    article, client, django_capture_on_commit_callbacks
):
    change_one_sentence(article)
    # The translator works a few minutes after the English publish and the last sync
    # (Last-Modified counts whole seconds).
    earlier = timezone.now() - timedelta(minutes=5)
    Page.objects.filter(pk=article.pk).update(last_published_at=earlier)
    SyncedSegment.objects.filter(translation_key=article.translation_key).update(synced_at=earlier)
    TranslationStatus.objects.filter(source_page=article).update(synced_at=earlier)
    before, state = api_sv_state(client, article)
    assert state == "outdated"
    target = swedish(article)
    client.force_login(demo_user("translator-sv"))
    put_translation(client, editor_rows(editor_props(client, target))[NEW]["segment"], "Ny.")

    publish_from_the_editor(client, target, django_capture_on_commit_callbacks)
    client.logout()
    after, state = api_sv_state(client, article, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])

    assert after.status_code == 200
    assert state == "up_to_date"


@pytest.mark.django_db
def test_the_translators_publish_computes_the_status_once(
    article, client, django_capture_on_commit_callbacks
):
    change_one_sentence(article)
    target = swedish(article)
    client.force_login(demo_user("translator-sv"))
    rows = editor_rows(editor_props(client, target))
    put_translation(client, rows[NEW]["segment"], SWEDISH_NEW)

    with record_queries() as publish:
        publish_from_the_editor(client, target, django_capture_on_commit_callbacks)

    # One status refresh (it deletes and rewrites the page's rows), from the sync's log;
    # the translated page's own publish, run on commit, adds none.
    publish.assert_statements('DELETE FROM "cms_translationstatus"', 1)
    assert status_of(article).state == TranslationStatus.State.UP_TO_DATE


@pytest.mark.django_db
def test_an_english_publish_computes_the_status_once_and_writes_no_string_translation(article):
    with record_queries() as publish:
        change_one_sentence(article)

    publish.assert_statements('DELETE FROM "cms_translationstatus"', 1)
    publish.assert_statements('INSERT INTO "wagtail_localize_stringtrans', 0)
    publish.assert_statements('UPDATE "wagtail_localize_stringtrans', 0)


@pytest.mark.django_db
def test_following_the_published_source_costs_a_fixed_number_of_queries(article):
    published = change_one_sentence(article)

    # Measured on wagtail-localize 1.14.5 for this page (title, slug, summary, two
    # paragraphs): the source and the page, then per string segment its string, place and
    # segment; no StringTranslation and no status refresh.
    with assert_queries(51):
        translation_source_follow(page=published)


@pytest.mark.django_db
def test_the_editor_refuses_a_string_of_another_page_and_changes_nothing(article, client):
    other = publish_article(title="Loop: other page", category=article.get_parent())
    translate(other, "sv", {})
    change_one_sentence(article)
    client.force_login(demo_user("translator-sv"))
    mine = editor_rows(editor_props(client, swedish(article)))[NEW]["segment"]
    theirs = editor_rows(editor_props(client, swedish(other)))["Loop: other page"]["segment"]
    before = StringTranslation.objects.count()
    foreign = theirs["editUrl"].replace(f"/strings/{theirs['id']}/", f"/strings/{mine['id']}/")

    answers = [
        put_translation(client, {"editUrl": foreign}, "Fel sida").status_code,
        put_translation(client, {"editUrl": "/admin/localize/translate/0/strings/1/edit/"}, "x"),
        client.get("/admin/pages/0/edit/").status_code,
    ]

    assert answers[0] == 404
    assert answers[1].status_code == 404
    assert answers[2] == 404
    assert StringTranslation.objects.count() == before


@pytest.mark.django_db
def test_a_translator_of_another_language_cannot_translate_or_publish_it(
    article, client, django_capture_on_commit_callbacks
):
    change_one_sentence(article)
    client.force_login(demo_user("translator-sv"))
    segment = editor_rows(editor_props(client, swedish(article)))[NEW]["segment"]
    client.force_login(demo_user("translator-nb"))
    before = StringTranslation.objects.count()

    answer = put_translation(client, segment, "Feil språk")
    with django_capture_on_commit_callbacks(execute=True):
        publish = client.post(f"/admin/pages/{swedish(article).pk}/edit/", {"action": "publish"})

    assert answer.status_code == 403
    assert publish.status_code in (302, 403)
    assert StringTranslation.objects.count() == before
    assert status_of(article).state == TranslationStatus.State.OUTDATED
