"""Translating a whole article refreshes its translation status once, not once per string.

Query counts measured on wagtail-localize 1.14.5 for a 40-string article (title, summary,
38 paragraphs, and the slug). Before the status was batched per transaction:
``page_translate`` 1120 queries (2 refreshes), a PO upload 936 (40 refreshes), 40 strings
saved in the editor 1521 (40 refreshes: each save is its own transaction).
"""

import io
from urllib.parse import urlencode

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from cms.models import TranslationStatus
from cms.translation.translate import page_translate
from tests.factories import new_category, publish_article
from tests.queries import assert_queries
from tests.utils import demo_user

TITLE = "Batch: forty strings"
PARAGRAPHS = [f"Step {n} of setting up the forty-string workspace." for n in range(1, 39)]
STRINGS = [TITLE, f"Summary of {TITLE}.", *PARAGRAPHS]  # 40 tracked strings (and the slug)
SWEDISH = {text: f"Svenska: {text}" for text in STRINGS}
REFRESHES = 'DELETE FROM "cms_translationstatus"'


@pytest.fixture
def article(db):
    return publish_article(
        title=TITLE,
        category=new_category("Batch category"),
        body=[("paragraph", f"<p>{text}</p>") for text in PARAGRAPHS],
    )


def sv() -> Locale:
    return Locale.objects.get(language_code="sv")


def refreshes(queries) -> int:
    return len(queries.starting_with(REFRESHES))


def status_of(article) -> TranslationStatus:
    return TranslationStatus.objects.get(source_page=article, locale__language_code="sv")


@pytest.mark.django_db
def test_translating_a_forty_string_article_refreshes_its_status_once(
    article, django_capture_on_commit_callbacks
):
    with (
        assert_queries(1105) as queries,
        django_capture_on_commit_callbacks(execute=True),
    ):
        page_translate(source_page=article, locale=sv(), strings=SWEDISH)

    print(f"page_translate, 40 strings: {len(queries)} queries, {refreshes(queries)} refreshes")
    assert refreshes(queries) == 1
    status = status_of(article)
    assert (status.state, status.translated, status.total) == ("up_to_date", 40, 40)


def po_file(translation: Translation, strings: dict[str, str]) -> bytes:
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, "")
    return str(po).encode()


@pytest.mark.django_db
def test_a_translator_uploading_a_po_file_refreshes_the_status_once(
    article, client, django_capture_on_commit_callbacks
):
    page_translate(source_page=article, locale=sv(), strings={})
    translation = Translation.objects.get(source__object_id=article.translation_key)
    client.force_login(demo_user("translator-sv"))
    upload = io.BytesIO(po_file(translation, SWEDISH))
    upload.name = "forty.po"

    with (
        assert_queries(352) as queries,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(
            f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload}
        )

    print(f"PO upload, 40 strings: {len(queries)} queries, {refreshes(queries)} refreshes")
    assert response.status_code == 302
    saved = StringTranslation.objects.filter(context__object_id=article.translation_key)
    assert saved.filter(locale=sv()).count() == 40
    assert refreshes(queries) == 1
    assert status_of(article).translated == 40


@pytest.mark.django_db
def test_each_string_a_translator_saves_in_the_editor_refreshes_the_status_once(
    article, client, django_capture_on_commit_callbacks
):
    page_translate(source_page=article, locale=sv(), strings={})
    translation = Translation.objects.get(source__object_id=article.translation_key)
    client.force_login(demo_user("translator-sv"))
    segments = translation.source.stringsegment_set.select_related("string", "context")
    segments = [s for s in segments if s.context.path != "slug"]
    assert len(segments) == 40

    with assert_queries(1561) as queries:
        for segment in segments:
            with django_capture_on_commit_callbacks(execute=True):
                client.put(
                    f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
                    data=urlencode({"value": SWEDISH[segment.string.data]}),
                    content_type="application/x-www-form-urlencoded",
                )

    print(f"editor, 40 PUTs: {len(queries)} queries, {refreshes(queries)} refreshes")
    # One refresh per save: the translator's dashboard counts each string as it is saved.
    assert refreshes(queries) == 40
    assert status_of(article).translated == 40
