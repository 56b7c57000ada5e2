"""The API v3 OpenAPI document, repaired where Wagtail 8.0 emits an invalid one.

Wagtail's ``AllowAnonymous`` auth class declares itself as an ``http`` security scheme
without the ``scheme`` that OpenAPI 3.1 requires, so the stock document fails validation.
OpenAPI's own way to say "authentication is optional" is an empty requirement (``{}``) in
an operation's ``security`` list; this view rewrites the document to that form.
"""

from django.conf import settings
from django.http import Http404, HttpRequest, JsonResponse
from wagtail.api.v3.urls import api

ANONYMOUS_SCHEME = "AllowAnonymous"


HIDDEN_PREFIX = "/api/v3/pages/"


def without_page_endpoints(schema: dict) -> dict:
    """Drop Wagtail's page endpoints, which the portal does not serve (see cms/urls.py)."""
    schema["paths"] = {
        path: operations
        for path, operations in schema.get("paths", {}).items()
        if not path.startswith(HIDDEN_PREFIX)
    }
    return schema


def repair_anonymous_security(schema: dict) -> dict:
    schemes = schema.get("components", {}).get("securitySchemes", {})
    schemes.pop(ANONYMOUS_SCHEME, None)
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            security = operation.get("security") if isinstance(operation, dict) else None
            if security:
                operation["security"] = [
                    {} if ANONYMOUS_SCHEME in requirement else requirement
                    for requirement in security
                ]
    return schema


def openapi_json(request: HttpRequest) -> JsonResponse:
    if not getattr(settings, "WAGTAILAPI_DOCS_ENABLED", True):
        raise Http404
    schema = without_page_endpoints(repair_anonymous_security(dict(api.get_openapi_schema())))
    return JsonResponse(schema, json_dumps_params={"ensure_ascii": False})
