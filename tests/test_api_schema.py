"""The API answers what its OpenAPI document says: schemathesis over every operation.

All of schemathesis's checks run (no server error, only documented status codes, content
types and headers, responses matching their schemas, valid requests accepted, invalid ones
rejected, ...), once for an anonymous visitor and once for a signed-in customer whose
browser sends its session's CSRF token the way the site's JavaScript does. The app is
called in-process (WSGI), inside the test's transaction; hypothesis is derandomised, so a
run is reproducible.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client, RequestFactory
from django.urls import resolve
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from cms.errors import ArticleNotFound
from cms.models import ArticleFeedback
from portal.api import UndeclaredProblem, portal_error
from portal.errors import Conflict, Unavailable
from tests.utils import demo_user

EXAMPLES_PER_OPERATION = 8
CONFIG = {
    "generation": {"max-examples": EXAMPLES_PER_OPERATION},
    # The coverage phase adds the boundary values of each parameter deterministically.
    "phases": {"examples": {"enabled": True}, "coverage": {"enabled": True}},
}
HYPOTHESIS = settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


# Loaded when the module is collected: the document needs no database.
schema = schemathesis.openapi.from_wsgi(
    "/api/v3/openapi.json", WSGIHandler(), config=SchemathesisConfig.from_dict(CONFIG)
)


@pytest.fixture(autouse=True)
def in_the_test_transaction(db):
    """Requests stay inside the test's transaction, as with Django's own test client."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def customer_browser() -> dict:
    """A signed-in customer's session cookie and CSRF token, as a browser would send them."""
    client = Client()
    client.force_login(demo_user("anna"))
    token = _get_new_csrf_string()
    return {
        "cookies": {"sessionid": client.cookies["sessionid"].value, "csrftoken": token},
        "headers": {"X-CSRFToken": token, "Origin": "http://localhost"},
    }


@schema.parametrize()
@HYPOTHESIS
def test_every_operation_answers_as_documented_to_an_anonymous_visitor(case):
    case.call_and_validate()


@schema.parametrize()
@HYPOTHESIS
def test_every_operation_answers_as_documented_to_a_signed_in_customer(case, customer_browser):
    case.call_and_validate(headers=customer_browser["headers"], cookies=customer_browser["cookies"])


@pytest.fixture
def document(client) -> dict:
    return client.get("/api/v3/openapi.json").json()


def _parameter(document: dict, path: str, name: str, method: str = "get") -> dict:
    parameters = document["paths"][path][method]["parameters"]
    return next(p for p in parameters if p["name"] == name)["schema"]


def test_no_operation_takes_a_path_parameter_that_can_only_be_empty(document, client):
    fixed_to_empty = [
        f"{method.upper()} {path}"
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "path" and parameter["schema"].get("const") == ""
    ]

    assert fixed_to_empty == []
    assert client.get("/api/v3/snippets/cms.Product/").status_code == 404


def test_the_schema_lists_the_allowed_values_and_bounds(document):
    reasons = document["components"]["schemas"]["NotHelpfulIn"]["properties"]["reason"]
    search = "/api/v3/portal/search/"

    assert _parameter(document, "/api/v3/portal/kb/{locale}/articles/", "locale")["enum"] == [
        "en",
        "sv",
        "nb",
        "hr",
        "zh-hans",
    ]
    assert _parameter(document, search, "locale")["enum"] == ["en", "sv", "nb", "hr", "zh-hans"]
    assert "article" in _parameter(document, search, "kind")["items"]["enum"]
    assert set(reasons["enum"]) == {"", *ArticleFeedback.Reason.values}
    for path in ("/api/v3/portal/kb/{locale}/articles/", "/api/v3/documents/"):
        assert _parameter(document, path, "limit")["maximum"] == 20


def test_a_click_must_present_the_click_token_of_the_searchs_answer(document):
    schemas = document["components"]["schemas"]
    click = schemas["ClickIn"]
    clicks = document["paths"]["/api/v3/portal/search/clicks/"]["post"]

    assert "click_token" in schemas["SearchOut"]["required"]
    assert schemas["SearchOut"]["properties"]["click_token"]["description"]
    assert {"search_id", "token", "id", "position"} == set(click["required"])
    assert click["properties"]["token"]["maxLength"] == 32
    assert click["properties"]["token"]["pattern"] == "^[^\\u0000]*$"
    assert "click_token" in clicks["description"] and "404" in clicks["responses"]


def test_every_operation_documents_its_errors_as_problem_json(document):
    feedback = document["paths"]["/api/v3/portal/kb/articles/{article_id}/feedback/"]["post"]
    search = document["paths"]["/api/v3/portal/search/"]["get"]
    errors = {
        (status, media)
        for operations in document["paths"].values()
        for operation in operations.values()
        for status, response in operation["responses"].items()
        if int(status) >= 400
        for media in response.get("content", {})
    }

    assert {"400", "403", "404", "409", "413", "415", "422", "429"} <= set(feedback["responses"])
    assert {"400", "422", "503"} <= set(search["responses"])
    assert {media for _status, media in errors} == {"application/problem+json"}


def _resolved(method: str, path: str):
    request = getattr(RequestFactory(), method)(path)
    request.resolver_match = resolve(path)
    return request


def test_an_operation_that_raises_a_kind_whose_status_it_does_not_declare_fails():
    """Under the test settings (``PORTAL_API_STRICT_ERRORS``) the test that provokes an error
    its operation does not declare fails: the schemathesis runs above, and every API test."""
    article_path = "/api/v3/portal/kb/en/articles/1/"

    declared = portal_error(_resolved("get", article_path), ArticleNotFound("Gone."))
    with pytest.raises(UndeclaredProblem, match="GET /api/v3/portal/locales/ answers 409"):
        portal_error(_resolved("get", "/api/v3/portal/locales/"), Conflict("Clash."))
    with pytest.raises(UndeclaredProblem, match="503"):
        portal_error(_resolved("get", article_path), Unavailable("Busy."))

    assert declared.status_code == 404
