"""The API's assembly: every app's endpoints mounted on Wagtail's API v3 under /api/v3/portal/,
and the one handler that answers every app's errors (``portal.errors``) as problem+json."""

import logging
import re
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from wagtail.api.v3.errors import problem_response
from wagtail.api.v3.urls import api

from portal.errors import PortalError, describe, http_status

logger = logging.getLogger(__name__)
ROUTE_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")


class UndeclaredProblem(AssertionError):
    """An operation answered an error status its OpenAPI declaration does not list."""


def api_assemble() -> None:
    """Mount each app's router once, when the apps are ready, and map their errors."""
    from cms.api import router as knowledge_base
    from community.api import router as community
    from search.api import router as search

    for router in (knowledge_base, search):
        api.add_router("/portal/", router)
    api.add_router("/portal/community/", community)
    api.add_exception_handler(PortalError, portal_error)


def portal_error(request: HttpRequest, error: PortalError) -> HttpResponse:
    """Any app's error as Wagtail API v3's problem+json: the status of its kind, its text."""
    status = http_status(error)
    check_declared(request, status)
    return problem_response(status=status, detail=describe(error))


@lru_cache(maxsize=1)
def declared_error_statuses() -> dict[tuple[str, str], frozenset[int]]:
    """(method, path) → the 4xx and 5xx statuses the served OpenAPI document declares."""
    from portal.openapi import portal_schema

    return {
        (method.upper(), path): frozenset(
            int(status) for status in operation.get("responses", {}) if int(status) >= 400
        )
        for path, operations in portal_schema()["paths"].items()
        for method, operation in operations.items()
    }


def operation_of(request: HttpRequest) -> tuple[str, str] | None:
    """The (method, OpenAPI path) of the operation ``request`` reached, or None."""
    match = request.resolver_match
    if match is None:
        return None
    method = "GET" if request.method == "HEAD" else request.method
    return method, "/" + ROUTE_PARAMETER.sub(r"{\1}", match.route)


def check_declared(request: HttpRequest, status: int) -> None:
    """An error answer must be one the operation declares (``portal.api_input.problems``).

    Under ``PORTAL_API_STRICT_ERRORS`` (the test settings; ``DEBUG`` by default) an undeclared
    one fails loudly, so the test that provokes it fails; otherwise it is logged.
    """
    operation = operation_of(request)
    declared = declared_error_statuses().get(operation) if operation else None
    if declared is None or status in declared:
        return
    method, path = operation
    message = f"{method} {path} answers {status}, which its OpenAPI declaration does not list"
    if getattr(settings, "PORTAL_API_STRICT_ERRORS", settings.DEBUG):
        raise UndeclaredProblem(message)
    logger.error(message)
