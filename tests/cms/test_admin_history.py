"""Editors' and translators' admin actions show in Wagtail's page and site history, with who
did them, in words."""

import html

import pytest
from wagtail.models import ModelLogEntry, PageLogEntry

from cms.models import SourceChange, TranslatorNotice
from cms.translation.notifications import translators_notify
from cms.translation.status import source_change_mark_latest
from tests.factories import new_category, publish_article, publish_first_paragraph, translate
from tests.utils import demo_user


@pytest.fixture
def article(db):
    article = publish_article(title="History: approving leave", category=new_category("History"))
    translate(article, "nb", {"History: approving leave": "Historikk: godkjenne fravær"})
    return article


def text_of(response) -> str:
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.mark.django_db
def test_retiring_an_article_shows_in_its_history_with_the_editor_and_the_replacement(
    client, article
):
    replacement = publish_article(title="History: time off", category=article.get_parent())
    editor = demo_user("editor")
    client.force_login(editor)

    client.post(f"/admin/kb/articles/{article.pk}/retire/", {"replacement": replacement.pk})

    entry = PageLogEntry.objects.get(page=article, action="cms.article.retire")
    assert entry.user == editor
    history = text_of(client.get(f"/admin/pages/{article.pk}/history/"))
    assert "Retired the article; its old links lead to “History: time off”" in history
    assert "Retire article" in text_of(client.get("/admin/reports/site-history/"))


@pytest.mark.django_db
def test_a_refused_retirement_leaves_no_history_entry(client, article):
    client.force_login(demo_user("editor"))

    client.post(f"/admin/kb/articles/{article.pk}/retire/", {"replacement": article.pk})

    assert not PageLogEntry.objects.filter(page=article, action="cms.article.retire").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("significance", "message"),
    [
        (
            "minor",
            "Marked the change to 1 string as a minor correction: its translations were kept",
        ),
        ("urgent", "Marked the change to 1 string as urgent for translators"),
    ],
)
def test_marking_a_change_shows_in_the_page_history_with_the_editor(
    client, article, significance, message
):
    editor = demo_user("editor")
    published = publish_first_paragraph(article, "Leave is approved by the team lead.")

    source_change_mark_latest(page=published, significance=significance, acting_user=editor)

    entry = PageLogEntry.objects.get(page=article, action=f"cms.source_change.{significance}")
    assert entry.user == editor
    client.force_login(editor)
    assert message in text_of(client.get(f"/admin/pages/{article.pk}/history/"))


@pytest.mark.django_db
def test_a_normal_publish_writes_no_significance_entry(article):
    publish_first_paragraph(article, "Leave is approved by HR.")

    assert SourceChange.objects.filter(translation_key=article.translation_key).exists()
    marks = PageLogEntry.objects.filter(page=article, action__startswith="cms.source_change.")
    assert not marks.exists()


@pytest.mark.django_db
def test_dismissing_a_notice_shows_in_the_site_history_with_the_translator(client, article):
    publish_first_paragraph(article, "Leave is approved by the manager.")
    translators_notify()
    translator = demo_user("translator-nb")
    notice = TranslatorNotice.objects.get(recipient=translator, change__page=article)
    client.force_login(translator)

    client.post(f"/admin/translations/notices/{notice.pk}/dismiss/")
    client.post(f"/admin/translations/notices/{notice.pk}/dismiss/")  # twice: one entry

    (entry,) = ModelLogEntry.objects.filter(action="cms.translator_notice.dismiss")
    assert (entry.user, entry.object_id) == (translator, str(notice.pk))
    client.force_login(demo_user("admin"))
    history = text_of(client.get("/admin/reports/site-history/"))
    assert "Dismissed the notice of the change to “History: approving leave”" in history


@pytest.mark.django_db
def test_dismissing_another_translators_notice_writes_no_entry(client, article):
    publish_first_paragraph(article, "Leave is approved by the board.")
    translators_notify()
    notice = TranslatorNotice.objects.get(
        recipient=demo_user("translator-nb"), change__page=article
    )
    client.force_login(demo_user("translator-sv"))

    client.post(f"/admin/translations/notices/{notice.pk}/dismiss/")

    assert not ModelLogEntry.objects.filter(action="cms.translator_notice.dismiss").exists()
