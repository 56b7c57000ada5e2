"""Translators work from the Translations report: their languages, the work first, and a
drill-down that shows the changed words and where they are."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.utils.html import strip_tags
from wagtail.admin.menu import reports_menu
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment

from cms.models import ArticlePage, SourceChange, TranslationStatus
from cms.translation.admin_views import word_diff
from cms.translation.notifications import translators_notify
from cms.translation.status import source_change_mark_latest
from demo.site import translator_group_name
from tests.factories import new_category, publish_article, publish_first_paragraph, translate
from tests.queries import assert_queries
from tests.utils import demo_user

REPORT = "/admin/reports/translations/"


def status_of(article, code) -> TranslationStatus:
    return TranslationStatus.objects.get(source_page=article, locale__language_code=code)


def locale(code) -> Locale:
    return Locale.objects.get(language_code=code)


def translated(title, category, sentence="It works.") -> ArticlePage:
    """An article with its Swedish translation up to date."""
    article = publish_article(
        title=title, category=category, body=[("paragraph", f"<p>{sentence}</p>")]
    )
    translate(
        article,
        "sv",
        {title: f"{title} (sv)", f"Summary of {title}.": "Sammanfattning.", sentence: "Det går."},
    )
    return article


@pytest.fixture
def one_of_each_state(db):
    """Swedish translations up to date, to glance at, outdated and urgent, in that tree order."""
    category = new_category("Report order")
    up_to_date = translated("Up to date", category)
    glance = translated("Glance", category)
    source_change_mark_latest(
        page=publish_first_paragraph(glance, "It works!"),
        significance=SourceChange.Significance.MINOR,
    )
    outdated = translated("Outdated", category)
    publish_first_paragraph(outdated, "It works differently.")
    urgent = translated("Urgent", category)
    source_change_mark_latest(
        page=publish_first_paragraph(urgent, "It stopped working."),
        significance=SourceChange.Significance.URGENT,
    )
    return category, {
        "up_to_date": up_to_date,
        "needs_glance": glance,
        "outdated": outdated,
        "urgent": urgent,
    }


def rows(response):
    return list(response.context["object_list"])


@pytest.mark.django_db
def test_a_translators_report_opens_on_their_own_language_with_the_work_first(
    one_of_each_state, client
):
    category, articles = one_of_each_state
    client.force_login(demo_user("translator-sv"))

    listed = rows(client.get(REPORT, {"category": category.pk}))

    assert {row.locale.language_code for row in listed} == {"sv"}
    assert [row.source_page_id for row in listed] == [
        articles[name].pk for name in ("urgent", "outdated", "needs_glance", "up_to_date")
    ]
    assert [row.state for row in listed] == ["outdated", "outdated", "needs_glance", "up_to_date"]


@pytest.mark.django_db
def test_an_editor_sees_every_language(one_of_each_state, client):
    category, _articles = one_of_each_state
    client.force_login(demo_user("editor"))

    listed = rows(client.get(REPORT, {"category": category.pk}))

    assert {row.locale.language_code for row in listed} == {"sv", "nb", "hr", "zh-hans"}
    assert listed[-1].state == TranslationStatus.State.UP_TO_DATE


@pytest.mark.django_db
def test_a_translator_can_choose_another_language_they_translate(one_of_each_state, client):
    category, _articles = one_of_each_state
    translator = demo_user("translator-sv")
    translator.groups.add(Group.objects.get(name=translator_group_name("nb")))
    client.force_login(translator)

    both = rows(client.get(REPORT, {"category": category.pk}))
    norwegian = rows(client.get(REPORT, {"category": category.pk, "locale": locale("nb").pk}))

    assert {row.locale.language_code for row in both} == {"sv", "nb"}
    assert norwegian and {row.locale.language_code for row in norwegian} == {"nb"}


@pytest.mark.django_db
@pytest.mark.parametrize("chosen", ["hr", "999999", "not-a-number", "en"])
def test_a_language_the_translator_may_not_edit_is_a_form_error_not_its_rows(
    one_of_each_state, client, chosen
):
    category, _articles = one_of_each_state
    client.force_login(demo_user("translator-sv"))
    value = locale(chosen).pk if chosen in ("hr", "en") else chosen

    response = client.get(REPORT, {"category": category.pk, "locale": value})

    assert response.status_code == 200
    assert "locale" in response.context["filters"].errors
    assert {row.locale.language_code for row in rows(response)} == {"sv"}


@pytest.mark.django_db
def test_a_translator_cannot_open_the_drill_down_of_another_language(one_of_each_state, client):
    _category, articles = one_of_each_state
    client.force_login(demo_user("translator-sv"))

    croatian = client.get(f"{REPORT}{status_of(articles['outdated'], 'hr').pk}/")
    unknown = client.get(f"{REPORT}987654321/")
    swedish = client.get(f"{REPORT}{status_of(articles['outdated'], 'sv').pk}/")

    assert (croatian.status_code, unknown.status_code, swedish.status_code) == (404, 404, 200)


@pytest.mark.django_db
def test_the_report_counts_its_rows_with_a_plural(one_of_each_state, client):
    category, _articles = one_of_each_state
    client.force_login(demo_user("editor"))

    html = client.get(REPORT).content.decode()
    one = client.get(
        REPORT, {"category": category.pk, "locale": locale("sv").pk, "state": "up_to_date"}
    )

    everything = TranslationStatus.objects.filter(source_page__live=True).count()
    assert f"{everything} translations\n" in html
    assert "statuss" not in html
    assert one.context["paginator"].items_count_label == "1 translation"


@pytest.fixture
def changed_sentence(db):
    article = translated(
        "Invitations", new_category("Drill-down"), "Invitations expire after seven days."
    )
    publish_first_paragraph(article, "Invitations expire after fourteen days.")
    return article


@pytest.mark.django_db
def test_the_drill_down_marks_the_changed_words_not_the_whole_string(changed_sentence, client):
    client.force_login(demo_user("translator-sv"))

    html = client.get(f"{REPORT}{status_of(changed_sentence, 'sv').pk}/").content.decode()

    assert "Invitations expire after <del>seven</del> days." in html
    assert "Invitations expire after <ins>fourteen</ins> days." in html


@pytest.mark.parametrize(
    ("old", "new", "marked_old", "marked_new"),
    [
        (
            "Within an hour.",
            "Within ten minutes.",
            "Within <del>an hour</del>.",
            "Within <ins>ten minutes</ins>.",
        ),
        ("Stop at noon.", "Stop at noon today.", "Stop at noon.", "Stop at noon<ins> today</ins>."),
        (
            "邀请七天后失效。",
            "邀请十四天后失效。",
            "邀请<del>七</del>天后失效。",
            "邀请<ins>十四</ins>天后失效。",
        ),
    ],
)
def test_the_changed_words_are_marked_in_spaced_and_unspaced_scripts(
    old, new, marked_old, marked_new
):
    assert word_diff(old, new) == (marked_old, marked_new)


@pytest.mark.django_db
def test_each_changed_string_links_to_the_translation_editor(changed_sentence, client):
    client.force_login(demo_user("translator-sv"))
    target = changed_sentence.get_translation(locale("sv"))

    html = client.get(f"{REPORT}{status_of(changed_sentence, 'sv').pk}/").content.decode()

    (row,) = re.findall(r'<tr class="translation-string.*?</tr>', html, flags=re.S)
    segment = StringSegment.objects.get(
        source__object_id=changed_sentence.translation_key,
        source__locale=changed_sentence.locale,
        string__data="Invitations expire after fourteen days.",
    )
    assert f'href="/admin/pages/{target.pk}/edit/#string-{segment.pk}"' in row


@pytest.mark.django_db
def test_the_drill_down_shows_no_doubled_punctuation(changed_sentence, client):
    client.force_login(demo_user("translator-sv"))

    html = client.get(f"{REPORT}{status_of(changed_sentence, 'sv').pk}/").content.decode()

    text = " ".join(strip_tags(html.split('id="main"')[1]).split())
    assert not re.search(r"(?<!\.)\.\.(?!\.)|:\s*:|,\s*,", text), text


@pytest.mark.django_db
def test_markup_typed_into_a_string_shows_as_text(client):
    article = translated("Embedding", new_category("Markup"))
    edited = ArticlePage.objects.get(pk=article.pk)
    edited.title = "Embedding with <script>alert(1)</script> tags"
    edited.save_revision().publish()
    client.force_login(demo_user("translator-sv"))

    html = client.get(f"{REPORT}{status_of(article, 'sv').pk}/").content.decode()

    assert "<script>alert(1)" not in html
    assert "<ins> with &lt;script&gt;alert(1)&lt;/script&gt; tags</ins>" in html


@pytest.mark.django_db
def test_the_drill_down_names_a_step_by_its_block_and_position(client):
    article = publish_article(
        title="Setting up a team",
        category=new_category("Places"),
        body=[
            ("paragraph", RichText("<p>First things first.</p>")),
            (
                "steps",
                [
                    {"title": "Open Settings", "detail": RichText("")},
                    {"title": "Choose Team", "detail": RichText("")},
                ],
            ),
        ],
    )
    translate(article, "sv", {"Open Settings": "Öppna Inställningar", "Choose Team": "Välj Team"})
    edited = ArticlePage.objects.get(pk=article.pk)
    steps = edited.body[1]
    steps.value[1]["title"] = "Choose a team"
    edited.save_revision().publish()
    client.force_login(demo_user("translator-sv"))

    html = client.get(f"{REPORT}{status_of(article, 'sv').pk}/").content.decode()

    (row,) = [
        r
        for r in re.findall(r'<tr class="translation-string.*?</tr>', html, flags=re.S)
        if "Choose" in r
    ]
    assert "Body › Steps › 2 › Title" in row
    assert steps.id not in html


@pytest.mark.django_db
def test_a_dashboard_notice_links_to_its_drill_down(changed_sentence, client):
    translators_notify()
    client.force_login(demo_user("translator-sv"))

    html = client.get("/admin/").content.decode()

    notices = html.split('class="translator-notices"')[1].split("</ul>")[0]
    assert f'href="{REPORT}{status_of(changed_sentence, "sv").pk}/"' in notices


@pytest.mark.django_db
def test_a_translators_dashboard_names_the_portal_not_its_host(client, settings):
    client.force_login(demo_user("translator-sv"))

    html = client.get("/admin/").content.decode()

    assert "localhost" not in html
    assert settings.WAGTAIL_SITE_NAME in html.split("<main", 1)[1]


def reports_menu_for(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return reports_menu.menu_items_for_request(request)


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["translator-sv", "editor", "admin"])
def test_the_reports_menu_has_one_translations_entry_the_portals(username):
    items = reports_menu_for(demo_user(username))

    translations = [item for item in items if str(item.label) == "Translations"]
    assert [item.url for item in translations] == [REPORT]
    assert not any("/admin/localize/" in item.url for item in items)


# The session, the user, their permissions and profile, the languages they translate
# (asked three times), the filters' choices and values, the rows' count and page, the admin's
# locales and page permissions (see the SQL a failure prints).
REPORT_QUERIES = 27


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["editor", "translator-sv"])
def test_the_report_costs_the_same_queries_for_5_or_20_articles(
    client, username, django_capture_on_commit_callbacks
):
    few = ArticlePage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    few = few.get_parent()
    many = new_category("Twenty articles")
    with django_capture_on_commit_callbacks(execute=True):  # the status rows, however made
        for n in range(20):
            publish_article(title=f"Report row {n}", category=many)
    client.force_login(demo_user(username))
    swedish = {"locale": locale("sv").pk}
    client.get(REPORT, {"category": few.pk, **swedish})  # warm per-process caches

    listed = []
    for category in (few, many):
        with assert_queries(REPORT_QUERIES):
            response = client.get(REPORT, {"category": category.pk, **swedish})
        listed.append(len(rows(response)))

    assert listed == [ArticlePage.objects.child_of(few).count(), 20]
    assert listed[0] < 10
