"""Translators hear, in one batch, that pages they translate changed."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import default_task_backend
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from cms.models import SourceChange, TranslationStatus, TranslatorNotice
from cms.translation.notifications import translators_notify
from cms.translation.status import source_change_mark_latest
from tests.factories import new_category, publish_article, publish_first_paragraph, translate
from tests.utils import demo_user


@pytest.fixture
def two_translated_articles(db):
    category = new_category()
    articles = [publish_article(title=title, category=category) for title in ("Timers", "Invoices")]
    for article in articles:
        translate(article, "sv", {article.title: f"{article.title} (sv)"})
    translate(articles[0], "nb", {"Timers": "Tidtakere"})
    mail.outbox.clear()
    return articles


@pytest.mark.django_db
def test_each_translator_gets_one_email_listing_every_changed_page(
    two_translated_articles, django_capture_on_commit_callbacks
):
    for article in two_translated_articles:
        publish_first_paragraph(article, f"{article.title} now work differently.")

    with django_capture_on_commit_callbacks(execute=True):
        sent = translators_notify()

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert sent == 2
    assert set(by_recipient) == {"translator-sv@example.com", "translator-nb@example.com"}
    swedish = by_recipient["translator-sv@example.com"].body
    assert "Timers" in swedish and "Invoices" in swedish
    norwegian = by_recipient["translator-nb@example.com"].body
    assert "Timers" in norwegian and "Invoices" not in norwegian


@pytest.mark.django_db
def test_a_change_is_announced_only_once(two_translated_articles):
    publish_first_paragraph(two_translated_articles[0], "Timers changed.")
    translators_notify()
    mail.outbox.clear()

    assert translators_notify() == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_publishing_a_change_queues_the_notification(
    two_translated_articles, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish_first_paragraph(two_translated_articles[1], "Invoices changed.")

    assert [message.to for message in mail.outbox] == [["translator-sv@example.com"]]


@pytest.mark.django_db
def test_notice_shows_on_the_dashboard_until_dismissed(two_translated_articles, client):
    publish_first_paragraph(two_translated_articles[0], "Timers changed.")
    translators_notify()
    notice = TranslatorNotice.objects.get(
        recipient=demo_user("translator-nb"), change__page=two_translated_articles[0]
    )
    client.force_login(demo_user("translator-nb"))
    dismiss_url = f"/admin/translations/notices/{notice.pk}/dismiss/"
    assert dismiss_url in client.get("/admin/").content.decode()

    client.post(dismiss_url)

    notice.refresh_from_db()
    assert notice.read_at is not None
    assert dismiss_url not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_another_user_cannot_dismiss_a_notice(two_translated_articles, client):
    publish_first_paragraph(two_translated_articles[0], "Timers changed.")
    translators_notify()
    notice = TranslatorNotice.objects.get(
        recipient=demo_user("translator-nb"), change__page=two_translated_articles[0]
    )
    client.force_login(demo_user("translator-sv"))

    client.post(f"/admin/translations/notices/{notice.pk}/dismiss/")

    notice.refresh_from_db()
    assert notice.read_at is None


@pytest.mark.django_db
def test_the_email_waits_for_the_editor_to_mark_the_change_urgent(
    two_translated_articles, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.TRANSLATOR_NOTIFY_DELAY_SECONDS = 60
    published_at = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        published = publish_first_paragraph(two_translated_articles[1], "Invoices changed.")

    (queued,) = [r for r in default_task_backend.results if r.task.name == "notify_translators"]
    assert queued.task.run_after >= published_at + timedelta(seconds=60)
    # A batch sent meanwhile (another page's task) leaves the change to its own task.
    assert translators_notify() == 0
    # The admin's "Publish as urgent change" marks the change right after the publish.
    source_change_mark_latest(page=published, significance=SourceChange.Significance.URGENT)
    SourceChange.objects.update(published_at=published_at - timedelta(seconds=60))
    with django_capture_on_commit_callbacks(execute=True):
        queued.task.call()
    with translation.override("sv"):
        assert gettext("(URGENT)") in mail.outbox[0].body


def language_name(code: str, *, written_in: str) -> str:
    with translation.override(written_in):
        return str(Locale.objects.get(language_code=code).get_display_name())


def emails_after_a_change(articles, capture) -> dict:
    for article in articles:
        publish_first_paragraph(article, f"{article.title} now work differently.")
    with capture(execute=True):
        translators_notify()
    return {message.to[0]: message for message in mail.outbox}


@pytest.mark.django_db
def test_each_translator_reads_the_email_in_the_language_they_translate(
    two_translated_articles, django_capture_on_commit_callbacks
):
    by_recipient = emails_after_a_change(
        two_translated_articles, django_capture_on_commit_callbacks
    )

    swedish = by_recipient["translator-sv@example.com"]
    norwegian = by_recipient["translator-nb@example.com"]
    assert swedish.extra_headers["Content-Language"] == "sv"
    assert norwegian.extra_headers["Content-Language"] == "nb"
    # Django's own catalogues already name the languages: "Svenska", "Norsk (bokmål)".
    assert language_name("sv", written_in="sv") != "Swedish"
    assert f"{language_name('sv', written_in='sv')}:" in swedish.body
    assert f"{language_name('nb', written_in='nb')}:" in norwegian.body


@pytest.mark.django_db
def test_a_translators_admin_language_decides_their_email_language(
    two_translated_articles, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(demo_user("translator-sv"))
    profile.preferred_language = "hr"
    profile.save()

    by_recipient = emails_after_a_change(
        two_translated_articles, django_capture_on_commit_callbacks
    )

    swedish_translator = by_recipient["translator-sv@example.com"]
    assert swedish_translator.extra_headers["Content-Language"] == "hr"
    assert f"{language_name('sv', written_in='hr')}:" in swedish_translator.body
    assert by_recipient["translator-nb@example.com"].extra_headers["Content-Language"] == "nb"


@pytest.mark.django_db
def test_the_email_names_the_portal_and_links_each_change_to_its_drill_down(
    two_translated_articles, django_capture_on_commit_callbacks
):
    by_recipient = emails_after_a_change(
        two_translated_articles, django_capture_on_commit_callbacks
    )

    message = by_recipient["translator-sv@example.com"]
    assert message.subject.startswith(f"{settings.WAGTAIL_SITE_NAME}: ")
    assert settings.WAGTAIL_SITE_NAME in message.body
    assert "localhost" not in message.body
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for article in two_translated_articles:
        status = TranslationStatus.objects.get(source_page=article, locale__language_code="sv")
        assert f"{base}/admin/reports/translations/{status.pk}/" in message.body
