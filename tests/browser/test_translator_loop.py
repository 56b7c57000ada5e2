"""In Chromium: an editor changes one sentence, the Swedish translator follows it through the
dashboard, the report's drill-down and the translation editor, and publishes."""

import re

import pytest
from wagtail.models import Locale

from cms.models import TranslationStatus
from demo.site import DEMO_PASSWORD, seed_demo

TITLE = "Browser loop: exporting reports"
OLD = "Exports arrive by email within an hour."
NEW = "Exports arrive by email within ten minutes."
SWEDISH_NEW = "Exporter kommer med e-post inom tio minuter."


@pytest.fixture
def loop_article(live_server, transactional_db):
    from tests.factories import new_category, publish_article, translate

    seed_demo(knowledge_base=False)
    article = publish_article(title=TITLE, category=new_category("Browser loop category"))
    article.summary = OLD
    article.save_revision().publish()
    translate(
        article,
        "sv",
        {
            TITLE: "Webbläsarslinga: exportera rapporter",
            OLD: "Exporter kommer med e-post inom en timme.",
            f"How {TITLE.lower()} works.": "Så fungerar export av rapporter.",
        },
    )
    return article


def sign_in(browser, base_url, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    return context, page


def sv_state(article):
    return TranslationStatus.objects.get(source_page=article, locale__language_code="sv").state


@pytest.mark.django_db(transaction=True)
def test_a_translator_follows_a_changed_sentence_from_the_dashboard_to_published(
    browser, live_server, loop_article
):
    base = live_server.url
    target = loop_article.get_translation(Locale.objects.get(language_code="sv"))

    # The editor changes one sentence of the English article and publishes.
    context, editor = sign_in(browser, base, "editor")
    editor.goto(f"{base}/admin/pages/{loop_article.pk}/edit/")
    editor.fill("#id_summary", NEW)
    editor.locator("footer [data-w-dropdown-target='toggle']").first.click()
    editor.locator("button[name='action-publish']:not([formaction])").click()
    editor.wait_for_url(re.compile(r".*/admin/pages/\d+/$"))
    context.close()
    assert sv_state(loop_article) == TranslationStatus.State.OUTDATED

    # The Swedish translator's dashboard lists the change.
    context, translator = sign_in(browser, base, "translator-sv")
    notices = translator.locator("#translations-to-do-section .translator-notices")
    assert TITLE in notices.inner_text()

    # The report's drill-down shows old → new.
    translator.goto(f"{base}/admin/reports/translations/?state=outdated")
    translator.get_by_role("link", name=TITLE).first.click()
    changed = translator.locator("tr.translation-string", has_text=NEW)
    assert changed.locator(".translation-string__before").inner_text() == OLD
    assert changed.locator(".translation-string__after").inner_text() == NEW
    assert changed.locator("del").inner_text() == "an hour"
    assert changed.locator("ins").inner_text() == "ten minutes"

    # Its link opens the translation editor on that string: the new English sentence,
    # marked as not yet translated.
    changed.locator(f"a[href*='/admin/pages/{target.pk}/edit/#string-']").click()
    row = translator.locator("li.incomplete.portal-linked-string", has_text=NEW)
    row.wait_for()
    assert translator.locator("li.portal-linked-string").count() == 1
    assert translator.get_by_text(OLD, exact=True).count() == 0
    assert translator.locator("li.complete", has_text="Så fungerar export").count() == 1

    # The translator translates it and publishes.
    row.get_by_role("button", name="Translate").click()
    row.locator("textarea").fill(SWEDISH_NEW)
    row.get_by_role("button", name="Save").click()
    translator.locator("li.complete", has_text=SWEDISH_NEW).wait_for()
    translator.locator("button[name='action'][value='publish']").first.click()
    translator.locator(".messages li").first.wait_for()

    # The report shows the page up to date.
    report = f"{base}/admin/reports/translations/?category={loop_article.get_parent().pk}"
    translator.goto(f"{report}&state=up_to_date&locale={target.locale_id}")
    assert translator.get_by_role("link", name=TITLE).count() == 1
    translator.goto(f"{report}&state=outdated")
    assert translator.get_by_role("link", name=TITLE).count() == 0
    context.close()
    assert sv_state(loop_article) == TranslationStatus.State.UP_TO_DATE
