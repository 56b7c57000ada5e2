"""Every page in its own language: no English interface string on a Swedish, Norwegian,
Croatian or Chinese page, dates and numbers written the page's way, e-mails in the
recipient's language.

"English interface strings" are not a list kept here: they are the messages makemessages
extracts from the portal's code and templates right now, less those a language's catalogue
deliberately keeps as they are (a translation equal to the English text) and those that are
also a translation in that language (Croatian "Tip" is a "Type"). Text in another language
on purpose (an element with its own ``lang``: the language switcher, a result shown in the
original language) and the demo content (titles, bodies, tags, comments: translated content,
not interface) are not counted.
"""

import json
import re
from xml.etree import ElementTree

import polib
import pytest
from bs4 import BeautifulSoup, NavigableString
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.mail.backends import locmem
from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.dates import MONTHS
from django.views.defaults import bad_request, permission_denied, server_error
from django_comments.forms import CommentSecurityForm
from django_comments_xtd.models import XtdComment
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.models import ArticlePage, CategoryPage, KnowledgeBasePage, TranslationStatus
from tests.catalogues import CATALOGUES, extract_messages
from tests.factories import publish_article
from tests.utils import demo_user

# URL language code → catalogue directory under locale.
LANGUAGES = {"sv": "sv", "nb": "nb", "hr": "hr", "zh-hans": "zh_Hans"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
SKIPPED_TAGS = {"script", "style", "template", "noscript"}
SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
# A word that tells the untranslated test article apart from everything in the demo.
UNTRANSLATED_WORD = "Quillwort"


# --- the English interface strings -------------------------------------------------------


@pytest.fixture(scope="session")
def extracted_messages(tmp_path_factory) -> list[polib.POEntry]:
    """The messages of the code as it is now, extracted with the portal's makemessages."""
    template = extract_messages(tmp_path_factory.mktemp("extract"), ["django"])["django"]
    return [entry for entry in template if entry.msgid]


class EnglishString:
    """One English message, with the pattern that finds it in a page's text: its fixed
    parts in order, anything where a placeholder stands between them."""

    def __init__(self, text: str):
        self.text = " ".join(text.split())
        parts = PLACEHOLDER.split(self.text.replace("%%", "%"))
        while parts and not parts[0].strip():  # a leading placeholder: "%(amount)s results"
            parts.pop(0)
        while parts and not parts[-1].strip():
            parts.pop()
        if parts:
            parts[0] = parts[0].lstrip()
            parts[-1] = parts[-1].rstrip()
        pattern = ".+?".join(r"\s+".join(map(re.escape, part.split(" "))) for part in parts)
        if parts and re.match(r"\w", parts[0]):
            pattern = r"(?<!\w)" + pattern
        if parts and re.search(r"\w$", parts[-1]):
            pattern += r"(?!\w)"
        self.pattern = re.compile(pattern)
        self.letters = sum(char.isalpha() for part in parts for char in part)


def english_strings_for(language_code: str, messages) -> list[EnglishString]:
    """The English interface strings a page in ``language_code`` must not show."""
    path = CATALOGUES / LANGUAGES[language_code] / "LC_MESSAGES/django.po"
    catalogue = polib.pofile(str(path)) if path.exists() else []
    translated = {}
    local_words = set()
    for entry in catalogue:
        forms = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        translated[(entry.msgctxt, entry.msgid)] = forms
        local_words.update(" ".join(form.split()) for form in forms if form)
    strings = []
    for entry in messages:
        kept = translated.get((entry.msgctxt, entry.msgid), [])
        for text in filter(None, (entry.msgid, entry.msgid_plural)):
            english = EnglishString(text)
            if english.letters < 2 or english.text in kept or english.text in local_words:
                continue
            strings.append(english)
    return strings


# --- what a page shows -------------------------------------------------------------------


def visible_texts(html: str, language_code: str) -> tuple[str, list[str]]:
    """The page's ``<html lang>`` and what a reader sees or hears of it in its language.

    Text nodes outside scripts and styles and the ``<head>`` (but its ``<title>``), the
    title, aria-label, placeholder and alt attributes, and the values of buttons; without
    what is marked as another language.
    """
    soup = BeautifulSoup(html, "html.parser")
    html_element = soup.find("html")
    page_language = html_element.get("lang", "") if html_element else ""
    texts = []

    def walk(element, in_head: bool):
        if element.name in SKIPPED_TAGS:
            return
        lang = element.get("lang")
        if lang and lang.lower() != language_code:
            return
        in_head = in_head or element.name == "head"
        if in_head and element.name == "title":
            texts.append(element.get_text())
            return
        for attribute in SHOWN_ATTRIBUTES:
            if element.get(attribute):
                texts.append(element[attribute])
        if element.name == "input" and element.get("type") in ("submit", "button", "reset"):
            texts.append(element.get("value", ""))
        for child in element.children:
            if isinstance(child, NavigableString):
                if not in_head and type(child) is NavigableString:
                    texts.append(str(child))
            else:
                walk(child, in_head)

    walk(soup, False)
    return page_language, [" ".join(text.split()) for text in texts if text.strip()]


def _strings_in(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings_in(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _strings_in(item)]
    return []


def content_corpus(language_code: str) -> str:
    """All content a page in the language may show: every field of its pages, tags,
    comments and image titles (text that editors, translators and members wrote)."""
    texts = []
    for page in Page.objects.filter(locale__language_code=language_code).specific():
        for field in page._meta.concrete_fields:
            value = getattr(page, field.attname, None)
            if hasattr(value, "raw_data"):
                value = json.loads(json.dumps(list(value.raw_data), default=str))
            texts.extend(_strings_in(value))
    texts.extend(Tag.objects.values_list("name", flat=True))
    texts.extend(XtdComment.objects.values_list("comment", flat=True))
    texts.extend(get_image_model().objects.values_list("title", flat=True))
    plain = BeautifulSoup("\n".join(texts), "html.parser").get_text(" ")
    return " ".join(plain.split())


def english_found(texts: list[str], strings: list[EnglishString], corpus: str) -> list[str]:
    """Each English string that a text shows, unless it is content that says the same.

    Longer strings are looked for first; a shorter one found inside a longer one's match
    ("%(amount)s articles" within "New articles") is that one, not another.
    """
    found = {}
    ordered = sorted(strings, key=lambda english: -english.letters)
    for text in texts:
        taken = []
        for english in ordered:
            for match in english.pattern.finditer(text):
                if any(start <= match.start() and match.end() <= end for start, end in taken):
                    continue
                shown = match.group(0)
                as_content = r"(?<!\w)" + re.escape(shown) + r"(?!\w)"
                if re.search(as_content, corpus):
                    continue
                taken.append(match.span())
                found.setdefault(english.text, shown)
    return sorted(
        f"{english!r}" + (f" (as {shown!r})" if shown != english else "")
        for english, shown in found.items()
    )


# --- the pages ---------------------------------------------------------------------------


def in_locale(model, language_code: str):
    return model.objects.live().filter(locale__language_code=language_code).order_by("path")


def outdated_translation(language_code: str) -> ArticlePage:
    status = (
        TranslationStatus.objects.filter(
            locale__language_code=language_code,
            state=TranslationStatus.State.OUTDATED,
            source_page__live=True,
        )
        .select_related("source_page")
        .order_by("pk")
        .first()
    )
    assert status is not None, f"the demo has no outdated {language_code} translation"
    return in_locale(ArticlePage, language_code).get(
        translation_key=status.source_page.translation_key
    )


def waiting_comment_on(article, client) -> XtdComment:
    """anna's first comment on ``article``: held for a moderator, so the posted page shows."""
    client.force_login(demo_user("anna"))
    data = CommentSecurityForm(article).generate_security_data()
    client.post("/comments/post/", data | {"comment": "Väntar på granskning", "reply_to": 0})
    return XtdComment.objects.filter(object_pk=str(article.pk)).latest("pk")


@pytest.fixture
def untranslated_article(db, settings, django_capture_on_commit_callbacks):
    """An English article no one has translated yet, in the database search engine."""
    settings.ELASTICSEARCH_URL = ""
    with django_capture_on_commit_callbacks(execute=True):
        return publish_article(
            title=f"{UNTRANSLATED_WORD} import",
            body=[("paragraph", f"<p>{UNTRANSLATED_WORD}.</p>")],
        )


def search_term_with_pages(client, language_code: str) -> str:
    """A word of the demo content with more than one page of results in the language."""
    for term in ("Tallyboard", "a", "i", "的"):
        html = client.get(f"/{language_code}/search/", {"q": term}).content.decode()
        if 'rel="next"' in html:
            return term
    pytest.fail(f"no demo search has a second page of results in {language_code}")


def main_pages(client, language_code: str) -> list[tuple[str, str]]:
    """(what, html) of each main page in the language, rendered as a reader gets it."""
    home = Page.objects.get(depth=2, locale__language_code=language_code)
    knowledge_base = in_locale(KnowledgeBasePage, language_code).first()
    category = in_locale(CategoryPage, language_code).first()
    outdated = outdated_translation(language_code)
    term = search_term_with_pages(client, language_code)
    search = f"/{language_code}/search/"
    addresses = [
        ("home page", home.url),
        ("knowledge-base page", knowledge_base.url),
        ("category page", category.url),
        ("outdated translated article", outdated.url),
        ("search results, page 2, newest first", f"{search}?q={term}&sort=recent&page=2"),
        ("search results, most relevant", f"{search}?q={term}"),
        ("search with an untranslated result", f"{search}?q={UNTRANSLATED_WORD}"),
        ("search without results", f"{search}?q=zzqxv"),
        ("sign-in page", f"/accounts/login/?next={home.url}"),
        ("password-reset page", f"/accounts/password/reset/?next={home.url}"),
    ]
    pages = []
    for what, address in addresses:
        response = client.get(address)
        assert response.status_code == 200, (what, address, response.status_code)
        pages.append((f"{what} {address}", response.content.decode()))
    assert "notice--outdated" in pages[3][1], "the outdated article shows no notice"
    assert "search-facets" in pages[4][1] and 'rel="prev"' in pages[4][1]
    comment = waiting_comment_on(outdated, client)
    for what, address in [
        ("outdated translated article, signed in", outdated.url),
        ("comment awaiting approval", f"/comments/posted/?c={comment.pk}"),
    ]:
        response = client.get(address)
        assert response.status_code == 200, (what, address, response.status_code)
        pages.append((f"{what} {address}", response.content.decode()))
    client.logout()
    return pages


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", list(LANGUAGES))
def test_no_english_interface_string_on_any_main_page(
    client, language_code, extracted_messages, untranslated_article
):
    strings = english_strings_for(language_code, extracted_messages)
    corpus = content_corpus(language_code)
    problems = []
    fallback_shown = False

    for what, html in main_pages(client, language_code):
        page_language, texts = visible_texts(html, language_code)
        if page_language != language_code:
            problems.append(f"  {what}: <html lang={page_language!r}>")
        fallback_shown = fallback_shown or f"{UNTRANSLATED_WORD} import" in html
        found = english_found(texts, strings, corpus)
        if found:
            problems.append(f"  {what}:\n" + "\n".join(f"      {text}" for text in found))

    assert fallback_shown, "the untranslated article is not among the search results"
    assert not problems, (
        f"English interface strings on {language_code} pages (each should come from "
        f"locale/{LANGUAGES[language_code]}/LC_MESSAGES/django.po):\n" + "\n".join(problems)
    )


def error_page_problems(html: str, language_code: str, strings, corpus) -> list[str]:
    page_language, texts = visible_texts(html, language_code)
    problems = english_found(texts, strings, corpus)
    if page_language != language_code:
        problems.append(f"<html lang={page_language!r}>")
    return problems


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", list(LANGUAGES))
def test_a_missing_page_is_answered_inside_the_site_in_the_pages_language(
    client, language_code, extracted_messages
):
    strings = english_strings_for(language_code, extracted_messages)
    corpus = content_corpus(language_code)
    problems = {}

    for address in (
        f"/{language_code}/no-such-page/",
        f"/accounts/no-such-page/?next=/{language_code}/",
    ):
        response = client.get(address)
        assert response.status_code == 404, address
        html = response.content.decode()
        found = error_page_problems(html, language_code, strings, corpus)
        if "site-header" not in html:
            found.append("not the site's layout")
        if found:
            problems[address] = found

    assert not problems


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", list(LANGUAGES))
@pytest.mark.parametrize("handler", [bad_request, permission_denied, server_error])
def test_the_error_pages_speak_the_language_of_the_request(
    rf, language_code, handler, extracted_messages
):
    strings = english_strings_for(language_code, extracted_messages)
    request = rf.get(f"/{language_code}/")
    request.user = AnonymousUser()

    with translation.override(language_code):
        if handler is server_error:
            response = handler(request)
        else:
            response = handler(request, exception=Exception("hostile"))

    assert error_page_problems(response.content.decode(), language_code, strings, "") == []


@pytest.mark.django_db
def test_an_api_refusal_in_the_visitors_language_tells_caches_it_depends_on_it(client):
    response = client.get(
        "/api/v3/portal/search/", {"q": "x", "locale": "xx"}, HTTP_ACCEPT_LANGUAGE="sv"
    )

    assert response.status_code == 400
    assert "Okänt" in response.json()["detail"]
    assert "Accept-Language" in response.headers["Vary"]
    assert response.headers["Content-Language"] == "sv"


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", list(LANGUAGES))
def test_a_languages_feed_is_marked_as_written_in_it(client, language_code):
    response = client.get(f"/feeds/{language_code}/articles.xml", HTTP_ACCEPT_LANGUAGE="en")

    feed = ElementTree.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language_code


# --- dates and numbers -------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", list(LANGUAGES))
def test_article_dates_are_written_the_pages_way(client, language_code):
    article = outdated_translation(language_code)

    html = client.get(article.url).content.decode()

    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == language_code
    shown = soup.select_one("header.page-header time").get_text()
    with translation.override(language_code):
        expected = formats.date_format(article.last_published_at, "DATE_FORMAT")
    with translation.override("en"):
        english = formats.date_format(article.last_published_at, "DATE_FORMAT")
    assert shown == expected != english
    notice = soup.select_one(".notice--outdated").get_text()
    assert english not in notice


@pytest.mark.django_db
def test_a_swedish_article_names_its_month_in_swedish(client):
    article = outdated_translation("sv")

    html = client.get(article.url).content.decode()

    month = article.last_published_at.month
    with translation.override("sv"):
        swedish_month = str(MONTHS[month])
    with translation.override("en"):
        english_month = str(MONTHS[month])
    shown = BeautifulSoup(html, "html.parser").select_one("header.page-header time").get_text()
    assert swedish_month != english_month
    assert swedish_month in shown and english_month not in shown
    published = article.last_published_at
    assert shown == f"{published.day} {swedish_month} {published.year}"


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [("en", "12,345"), ("sv", "12\xa0345"), ("nb", "12\xa0345"), ("hr", "12.345")],
)
@pytest.mark.django_db
def test_counts_are_grouped_the_languages_way(language_code, expected):
    category = CategoryPage.objects.live().first()
    category.article_count = 12345

    with translation.override(language_code):
        html = render_to_string("cms/includes/category_cards.html", {"categories": [category]})

    meta = BeautifulSoup(html, "html.parser").select_one(".card__meta").get_text()
    assert meta.startswith(expected)


# --- e-mails -----------------------------------------------------------------------------


class SubjectRecordingBackend(locmem.EmailBackend):
    """Django's test outbox, also keeping each subject as it was written when sent (a
    library's subject may be a lazy translation, which the outbox would keep unwritten)."""

    subjects: list[str] = []

    def send_messages(self, messages):
        self.subjects.extend(str(message.message()["Subject"]) for message in messages)
        return super().send_messages(messages)


def _post(client, article, text, *, followup=False):
    data = CommentSecurityForm(article).generate_security_data()
    data |= {"comment": text, "reply_to": 0} | ({"followup": "1"} if followup else {})
    return client.post("/comments/post/", data)


def swedish_follow_up(client, settings):
    """anna follows a Swedish article's discussion; ben, from an English browser, posts."""
    settings.EMAIL_BACKEND = f"{__name__}.SubjectRecordingBackend"
    SubjectRecordingBackend.subjects.clear()
    article = in_locale(ArticlePage, "sv").filter(comments_enabled=True).first()
    client.force_login(demo_user("anna"))
    _post(client, article, "Jag följer tråden", followup=True)
    client.force_login(demo_user("ben"))
    _post(client, article, "Samma problem här")
    XtdComment.objects.filter(object_pk=str(article.pk)).update(is_public=True)
    mail.outbox.clear()
    SubjectRecordingBackend.subjects.clear()

    client.cookies["django_language"] = "en"
    _post(client, article, "Lösningen finns i inställningarna")

    assert [message.to for message in mail.outbox] == [["anna@example.com"]]
    return article, mail.outbox[0]


@pytest.mark.django_db
def test_a_comment_follow_up_for_a_swedish_article_is_rendered_with_swedish_active(
    client, settings
):
    article, message = swedish_follow_up(client, settings)

    comment = XtdComment.objects.get(comment="Lösningen finns i inställningarna")
    with translation.override("sv"):
        swedish = formats.date_format(comment.submit_date, "DATETIME_FORMAT")
    with translation.override("en"):
        english = formats.date_format(comment.submit_date, "DATETIME_FORMAT")
    assert swedish != english
    assert swedish in message.body and english not in message.body
    assert article.full_url in message.body
    assert "/comments/mute/" in message.body


@pytest.mark.django_db
def test_a_comment_follow_up_for_a_swedish_article_has_no_english_words(
    client, settings, extracted_messages
):
    article, message = swedish_follow_up(client, settings)

    found = english_found(
        [*SubjectRecordingBackend.subjects, *message.body.splitlines()],
        english_strings_for("sv", extracted_messages),
        content_corpus("sv"),
    )
    assert not found, "English in the Swedish follow-up e-mail:\n" + "\n".join(found)


@pytest.mark.django_db
def test_a_password_reset_asked_for_from_a_swedish_page_is_written_in_swedish(client):
    client.get("/accounts/login/?next=/sv/")  # the header's sign-in link on a Swedish page
    page = client.get("/accounts/password/reset/").content.decode()
    mail.outbox.clear()

    client.post("/accounts/password/reset/", {"email": "anna@example.com"})

    assert '<html lang="sv">' in page
    with translation.override("sv"):
        swedish_subject = translation.gettext("Password Reset Email")
    assert swedish_subject != "Password Reset Email"
    assert [message.to for message in mail.outbox] == [["anna@example.com"]]
    assert swedish_subject in mail.outbox[0].subject


@pytest.mark.django_db
def test_a_reader_who_signs_in_from_a_page_is_taken_back_and_sees_the_sign_in_in_its_language(
    client,
):
    html = client.get("/nb/").content.decode()
    link = BeautifulSoup(html, "html.parser").select_one('.site-nav a[href^="/accounts/login/"]')[
        "href"
    ]

    page = client.get(link).content.decode()

    assert link == "/accounts/login/?next=/nb/"
    assert '<html lang="nb">' in page
    with translation.override("nb"):
        assert translation.gettext("Sign In") in page
