"""The API v3 OpenAPI document, repaired and completed where Wagtail 8.0 leaves gaps.

- Wagtail's ``AllowAnonymous`` auth class declares itself as an ``http`` security scheme
  without the ``scheme`` that OpenAPI 3.1 requires, so the stock document fails validation.
  OpenAPI's own way to say "authentication is optional" is an empty requirement (``{}``) in
  an operation's ``security`` list; this view rewrites the document to that form.
- Wagtail's page endpoints, and its snippet endpoints while no snippet model is registered
  for the API (their path parameter ``type`` could only be ``""``), are not served (see
  ``portal/urls.py``) and left out.
- Wagtail's own operations declare only their success; the error answers they give (all
  problem+json, see ``wagtail.api.v3.errors``) and the bounds of ``limit`` and ``offset``
  (``portal.api_input``) are added here. The portal's operations declare theirs in code.
"""

from copy import deepcopy
from http import HTTPStatus

from django.conf import settings
from django.http import Http404, HttpRequest, JsonResponse
from wagtail.api.v3.api import api
from wagtail.api.v3.errors import PROBLEM_JSON, ProblemDetail

from portal.api_input import MAX_LIMIT, MAX_OFFSET, orderable_fields
from search.documents import declared_facets, kinds

ANONYMOUS_SCHEME = "AllowAnonymous"
PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetail"}
WRITE_METHODS = {"post", "put", "patch", "delete"}
PAGE_PREFIX = "/api/v3/pages/"
SNIPPET_PREFIX = "/api/v3/snippets/"


def snippets_served() -> bool:
    """Whether any snippet model is registered for the API (else its routes answer 404)."""
    from wagtail.snippets.api.v3.router import enabled_models

    return bool(enabled_models)


def hidden_prefixes() -> tuple[str, ...]:
    return (PAGE_PREFIX,) if snippets_served() else (PAGE_PREFIX, SNIPPET_PREFIX)


def without_unserved_endpoints(schema: dict) -> dict:
    """Drop the endpoints the portal does not serve (see portal/urls.py)."""
    hidden = hidden_prefixes()
    schema["paths"] = {
        path: operations
        for path, operations in schema.get("paths", {}).items()
        if not path.startswith(hidden)
    }
    return schema


def repair_anonymous_security(schema: dict) -> dict:
    schemes = schema.get("components", {}).get("securitySchemes", {})
    schemes.pop(ANONYMOUS_SCHEME, None)
    for operation in _operations_only(schema):
        security = operation.get("security")
        if security:
            operation["security"] = [
                {} if ANONYMOUS_SCHEME in requirement else requirement for requirement in security
            ]
    return schema


def _operations(schema: dict):
    for operations in schema.get("paths", {}).values():
        for method, operation in operations.items():
            if isinstance(operation, dict):
                yield method, operation


def _operations_only(schema: dict):
    for _method, operation in _operations(schema):
        yield operation


def _error_statuses(method: str, operation: dict) -> set[int]:
    """The error answers a Wagtail operation gives, read off its parameters and security."""
    parameters = operation.get("parameters", [])
    names = {parameter["name"] for parameter in parameters}
    statuses = set()
    if parameters or "requestBody" in operation:
        statuses.add(422)
    statuses.add(404)  # an unknown object, or a lookup (redirects/find/) that finds nothing
    if names & {"limit", "offset"}:
        statuses.add(400)
    if "search" in names:
        statuses |= {400, 503}  # a search the engine refuses, or an engine that is down
    if operation.get("security"):
        statuses |= {401, 403}
    if method in WRITE_METHODS:
        statuses |= {400, 413}
    return statuses


def declare_errors(schema: dict) -> dict:
    """Every error answer documented, each as problem+json; pagination bounds declared."""
    schema.setdefault("components", {}).setdefault("schemas", {}).setdefault(
        "ProblemDetail", ProblemDetail.model_json_schema()
    )
    for method, operation in _operations(schema):
        responses = operation["responses"] = {
            str(status): response for status, response in operation.get("responses", {}).items()
        }
        declared = {int(status) for status in responses if status.isdigit()}
        if not any(status >= 400 for status in declared):  # one of Wagtail's own
            for status in _error_statuses(method, operation):
                responses[str(status)] = {"description": HTTPStatus(status).phrase}
        for status, response in responses.items():
            if status.isdigit() and int(status) >= 400:
                response.pop("content", None)
                response["content"] = {PROBLEM_JSON: {"schema": PROBLEM_REF}}
        for parameter in operation.get("parameters", []):
            bound = {"limit": MAX_LIMIT, "offset": MAX_OFFSET}.get(parameter["name"])
            if bound is not None and parameter["in"] == "query":
                # Wagtail's listings declare no maximum; an operation of ours keeps its own.
                parameter.setdefault("schema", {}).setdefault("maximum", bound)
    return schema


def order_choices(schema: dict) -> dict:
    """The values Wagtail's ``order`` takes (else 422), and ``random`` in words only.

    Wagtail refuses ``random`` with an ``offset`` or another field, which a schema of the
    parameter alone cannot say.
    """
    orderable = orderable_fields()
    for path, operations in schema.get("paths", {}).items():
        fields = orderable.get(path)
        for operation in operations.values() if fields else ():
            for parameter in operation.get("parameters", []):
                if parameter["name"] != "order":
                    continue
                parameter["schema"] = {
                    "type": "array",
                    "items": {"type": "string", "enum": fields},
                    "default": [],
                    "title": "Order",
                }
                parameter["description"] = (
                    "Fields to order by (prefix - for descending). Also takes random, alone and "
                    "without an offset."
                )
    return schema


def list_kinds(schema: dict) -> dict:
    """The allowed values of the search's ``kind``, and the facets the kinds declare as
    parameters of their own (kinds register when the apps are ready)."""
    for operation in _operations_only(schema):
        parameters = operation.get("parameters", [])
        for parameter in parameters:
            search_kinds = parameter["schema"].get("type") == "array"  # not a list's own kind
            if parameter["name"] == "kind" and parameter["in"] == "query" and search_kinds:
                parameter["schema"].setdefault("items", {})["enum"] = sorted(kinds())
                parameters.extend(_kind_facet_parameter(name) for name in declared_facets())
                break
    return schema


def _kind_facet_parameter(name: str) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": "Only these values of a kind's own facet (facet).",
        "schema": {"type": "array", "items": {"type": "string"}},
        "style": "form",
        "explode": True,
    }


def portal_schema() -> dict:
    schema = deepcopy(dict(api.get_openapi_schema()))
    steps = (
        repair_anonymous_security,
        without_unserved_endpoints,
        declare_errors,
        order_choices,
        list_kinds,
    )
    for step in steps:
        schema = step(schema)
    return schema


def openapi_json(request: HttpRequest) -> JsonResponse:
    if not getattr(settings, "WAGTAILAPI_DOCS_ENABLED", True):
        raise Http404
    return JsonResponse(portal_schema(), json_dumps_params={"ensure_ascii": False})
