"""One error shape, mapped once: every app's errors are kinds of PortalError without an HTTP
status; the API answers them as Wagtail API v3's problem+json with the status of their kind,
declared in the schema; the site answers them with a message or its 4xx page."""

import ast
import html
import importlib
import json
from pathlib import Path

import pytest
from django.test import Client, RequestFactory
from wagtail.api.v3.urls import api

from cms.models import ArticleFeedback
from portal.api import portal_error
from portal.errors import (
    KINDS,
    STATUS_OF_KIND,
    Conflict,
    InvalidInput,
    NotAllowed,
    NotFound,
    PortalError,
    RateLimited,
    Unavailable,
    kind_of,
)
from search.models import SearchClick, SearchQueryLog
from tests.factories import new_category, publish_article

ROOT = Path(__file__).resolve().parent.parent
APPS = ("cms", "search", "home", "community", "support")
ERROR_MODULES = [f"{app}.errors" for app in APPS if (ROOT / app / "errors.py").exists()]
KB = "/api/v3/portal/kb"
PROBLEM_JSON = "application/problem+json"


def _all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_subclasses(sub)


def _app_errors() -> list[type[PortalError]]:
    for name in ERROR_MODULES:
        importlib.import_module(name)
    return [cls for cls in _all_subclasses(PortalError) if cls not in KINDS]


def _app_modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path.relative_to(ROOT), ast.parse(path.read_text(), str(path))


def _imported_names(tree) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
    return names


def test_every_app_keeps_its_errors_in_its_errors_module():
    assert {"cms.errors", "search.errors"} <= set(ERROR_MODULES)
    errors = _app_errors()

    assert {cls.__module__ for cls in errors} == set(ERROR_MODULES)


def test_no_domain_error_carries_an_http_status():
    errors = _app_errors()
    with_status = [
        cls.__qualname__
        for cls in [PortalError, *KINDS, *errors]
        for name in ("status", "status_code", "http_status")
        if hasattr(cls, name) or hasattr(cls("message"), name)
    ]

    assert len(errors) >= 10
    assert with_status == []


def test_every_raised_error_is_of_exactly_one_kind_and_app_bases_are_of_none():
    of_one_kind, bases = [], []
    for cls in _app_errors():
        kinds = [kind for kind in KINDS if issubclass(cls, kind)]
        assert len(kinds) <= 1, f"{cls.__qualname__} is of several kinds: {kinds}"
        (of_one_kind if kinds else bases).append(cls)

    assert {cls.__name__ for cls in bases} == {
        "KnowledgeBaseError",
        "SearchError",
        "CommunityError",
    }
    assert all(cls.__subclasses__() for cls in bases)  # a base is never raised itself
    assert [kind_of(cls) for cls in of_one_kind]  # the API and the site can answer each

    class TwoKinds(NotFound, Conflict):
        pass

    with pytest.raises(TypeError, match="exactly one kind"):
        kind_of(TwoKinds("either"))


def test_no_module_outside_portal_answers_with_ninja_http_error_or_raises_http404_below_views():
    http_error_users, http404_below_views = [], []
    views = {"views.py", "admin_views.py", "feeds.py"}
    for path, tree in _app_modules():
        names = _imported_names(tree)
        if {"ninja.errors.HttpError", "ninja.HttpError", "ninja.errors"} & names:
            http_error_users.append(str(path))
        # Page.serve is Wagtail's view of a page.
        if "django.http.Http404" in names and path.name not in views:
            http404_below_views.append(str(path))

    assert http_error_users == []
    assert http404_below_views == ["cms/models/pages.py"]


def test_search_errors_are_importable_only_from_search_errors():
    from search import client, query

    for name in ("SearchInputError", "SearchBusyError", "SearchTimeoutError"):
        assert not hasattr(query, name)
        assert hasattr(importlib.import_module("search.errors"), name)
    assert client.SearchNotConfigured.__module__ == "search.errors"


def test_the_api_answers_portal_errors_through_one_handler():
    handled = [cls for cls in api._exception_handlers if issubclass(cls, PortalError)]

    assert handled == [PortalError]
    assert api._exception_handlers[PortalError] is portal_error


@pytest.mark.parametrize(
    ("kind", "status", "title"),
    [
        (InvalidInput, 400, "Bad Request"),
        (NotAllowed, 403, "Forbidden"),
        (NotFound, 404, "Not Found"),
        (Conflict, 409, "Conflict"),
        (RateLimited, 429, "Too Many Requests"),
        (Unavailable, 503, "Service Unavailable"),
    ],
)
def test_each_kind_is_answered_with_its_status_as_problem_json(kind, status, title):
    response = portal_error(RequestFactory().get("/api/v3/portal/"), kind("Refused.", "Do this."))

    assert response.status_code == status == STATUS_OF_KIND[kind]
    assert response["Content-Type"] == PROBLEM_JSON
    assert json.loads(response.content) == {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": "Refused. Do this.",
    }


@pytest.fixture
def article(db):
    return publish_article(title="Archiving projects", category=new_category("Errors"))


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM_JSON
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


@pytest.mark.django_db
def test_the_knowledge_bases_errors_are_problem_json_in_the_callers_language(client, article):
    feedback = f"{KB}/articles/{article.pk}/feedback/"

    def answer():
        return client.post(feedback, {"helpful": True}, "application/json")

    unknown_locale = client.get(f"{KB}/xx/tags/", HTTP_ACCEPT_LANGUAGE="sv")
    missing = client.get(f"{KB}/en/articles/{article.pk + 10_000}/", HTTP_ACCEPT_LANGUAGE="sv")
    first, twice = answer(), answer()

    assert _problem(unknown_locale, 404)["detail"] == "Okänt språk."
    assert _problem(missing, 404)["detail"] == "Artikeln hittades inte."
    assert first.status_code == 201
    assert _problem(twice, 409)["detail"] == "You already answered for this article."


@pytest.mark.django_db
def test_too_many_answers_say_when_to_try_again_on_the_api_and_the_site(client, article, settings):
    settings.FEEDBACK_PER_ADDRESS_PER_HOUR = 1
    other = publish_article(title="Restoring projects", category=new_category("Errors 2"))
    client.post(f"{KB}/articles/{other.pk}/feedback/", {"helpful": True}, "application/json")
    client.cookies.clear()

    api_answer = client.post(
        f"{KB}/articles/{article.pk}/feedback/", {"helpful": True}, "application/json"
    )
    site_answer = client.post(
        f"/feedback/articles/{article.pk}/", {"helpful": "yes"}, HTTP_ACCEPT_LANGUAGE="sv"
    )
    page = client.get(site_answer["Location"])

    assert _problem(api_answer, 429)["detail"] == "Too many answers. Please try again in an hour."
    assert site_answer.status_code == 302
    assert site_answer["Location"] == f"{article.url}#feedback"
    assert "För många svar. Försök igen om en timme." in page.content.decode()
    assert not ArticleFeedback.objects.filter(page=article).exists()


@pytest.mark.django_db
def test_a_click_the_search_did_not_show_is_404_on_the_api_and_the_site(client):
    log = SearchQueryLog.objects.create(
        query="invoice", locale="en", results=1, engine="database", shown=["article:1:en"]
    )
    click = {"search_id": log.pk, "token": "0" * 32, "id": "article:1:en", "position": 1}
    opened = {"next": "/en/", "token": "0" * 32, "doc": "article:1:en", "position": "1"}

    api_answer = client.post(
        "/api/v3/portal/search/clicks/", click, "application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    site_answer = client.get(f"/search/opened/{log.pk}/", opened, HTTP_ACCEPT_LANGUAGE="sv")

    assert _problem(api_answer, 404)["detail"] == "Unknown search result."
    assert site_answer.status_code == 404
    assert "Sidan hittades inte" in site_answer.content.decode()
    assert not SearchClick.objects.exists()


@pytest.mark.django_db
def test_a_refused_search_shows_its_message_by_the_search_box_in_the_pages_language(client):
    page = client.get("/sv/search/", {"q": "faktura", "kind": "spaceship"})
    api_answer = client.get(
        "/api/v3/portal/search/", {"q": "faktura", "kind": "spaceship"}, HTTP_ACCEPT_LANGUAGE="sv"
    )

    shown = html.unescape(page.content.decode())
    assert page.status_code == 400
    assert 'value="faktura"' in shown and "Okänd typ 'spaceship'." in shown
    assert "Okänd typ 'spaceship'." in _problem(api_answer, 400)["detail"]


@pytest.mark.django_db
def test_a_refusal_a_site_view_shows_nowhere_else_is_a_4xx_page_in_the_visitors_language():
    response = Client().get(
        "/search/opened/1/", {"next": "/sv/", "position": "0"}, HTTP_ACCEPT_LANGUAGE="sv"
    )

    shown = response.content.decode()
    assert response.status_code == 400
    assert "Positionen måste vara ett heltal från 1 till 50." in shown
    assert "Gå till startsidan" in shown and '<html lang="sv"' in shown
