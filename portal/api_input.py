"""What the API refuses before a handler runs, the input types it shares, and its one error shape.

Every refusal is Wagtail API v3's problem+json (``wagtail.api.v3.errors.problem_response``).

Writes on the portal's routers (:func:`portal_write_guard`) must carry the visitor's intent:

- a JSON body (``Content-Type: application/json``; anything else is 415). A cross-site page
  can only send a "simple" request (a form or ``text/plain`` body) without a CORS preflight,
  and this API grants no cross-origin request, so a forged post from another site cannot
  get this far, with a session cookie or without one;
- when the browser says where the request comes from (``Origin``), this site (403 otherwise);
- when a session cookie signs the visitor in, Django's CSRF token in the ``X-CSRFToken``
  header, as Django's JavaScript guide describes (403 otherwise);
- at most :data:`MAX_BODY_BYTES` of body (413), checked before the body is read.

A DELETE may come without a body: no page of another site can send one without a
preflight, and its origin and CSRF token are checked all the same.

Every operation of the API (:func:`api_guard`): ``offset`` within :data:`MAX_OFFSET` (400),
and a body over Django's ``DATA_UPLOAD_MAX_MEMORY_SIZE`` is 413, not a server error.
"""

from functools import lru_cache, wraps
from typing import Annotated
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from ninja.utils import check_csrf
from pydantic import AfterValidator, BeforeValidator, Field, StrictInt
from wagtail.api.v3.errors import ProblemDetail, problem_response

MAX_BODY_BYTES = 64 * 1024
MAX_LIMIT = 20
# A search node pages through at most 10,000 hits (its result window); every list keeps
# to the same bound, far past what anyone pages through by hand.
MAX_OFFSET = 10_000 - MAX_LIMIT
MAX_ID = 2**63 - 1  # the largest BigAutoField id
JSON = "application/json"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def problems(*statuses: int) -> dict[int, type[ProblemDetail]]:
    """The ``response=`` entries of the error answers an operation gives, in one shape."""
    return dict.fromkeys(statuses, ProblemDetail)


def _refuse_unstorable(value: str) -> str:
    """NUL bytes and lone surrogates cannot be stored or encoded; refuse them as input."""
    if "\x00" in value:
        raise ValueError(_("The text contains a NUL character."))
    if any("\ud800" <= character <= "\udfff" for character in value):
        raise ValueError(_("The text contains an unpaired surrogate."))
    return value


NO_NUL_PATTERN = "^[^\\u0000]*$"

Text = Annotated[
    str, AfterValidator(_refuse_unstorable), Field(json_schema_extra={"pattern": NO_NUL_PATTERN})
]
"""A string the database can store: no NUL byte, no lone surrogate (else 422)."""


def _integral_number(value):
    """JSON Schema's integers include 2.0; strings and booleans stay refused."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


WholeNumber = Annotated[StrictInt, BeforeValidator(_integral_number)]
"""An integer in a JSON body: 2 or 2.0, never "2" or true (else 422)."""


def boolean_only(value):
    """For a ``Literal[True]``-style field: JSON's true and false only, never 1 or "yes"."""
    if not isinstance(value, bool):
        raise ValueError(_("Use true or false."))
    return value


def short_text(max_length: int) -> type[str]:
    return Annotated[Text, Field(max_length=max_length)]


def same_site(request) -> bool:
    """False when the browser says the request comes from another site (Origin, else Referer).

    A request that names neither is not a browser's cross-site request: browsers send
    ``Origin`` with every cross-site POST.
    """
    claimed = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER")
    if not claimed:
        return True
    if claimed in getattr(settings, "CSRF_TRUSTED_ORIGINS", ()):
        return True
    parsed = urlsplit(claimed)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return False  # "null" (a sandboxed frame, a redirect) or no address at all
    return url_has_allowed_host_and_scheme(
        claimed, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


def _content_length(request) -> int | None:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None


def _bodiless_delete(request) -> bool:
    return request.method == "DELETE" and request.META.get("CONTENT_LENGTH") in (None, "", "0")


def _body_refusal(request):
    length = _content_length(request)
    if length is None:
        return problem_response(status=400, detail=_("Content-Length must be a number."))
    if length > MAX_BODY_BYTES:
        return problem_response(
            status=413,
            detail=_("The body may be at most %(size)d kB.") % {"size": MAX_BODY_BYTES // 1024},
        )
    if request.content_type != JSON:
        return problem_response(status=415, detail=_("Send the body as application/json."))
    return None


def write_refusal(request):
    """The problem response that refuses a write, or None when it may go ahead."""
    if not _bodiless_delete(request):
        refusal = _body_refusal(request)
        if refusal is not None:
            return refusal
    if not same_site(request):
        return problem_response(status=403, detail=_("Cross-site requests are refused."))
    if request.user.is_authenticated and check_csrf(request) is not None:
        return problem_response(
            status=403,
            detail=_("Send the CSRF token of your session in the X-CSRFToken header."),
        )
    return None


def portal_write_guard(run):
    """A ninja "view" decorator for the portal's routers: refuse writes without intent."""

    @wraps(run)
    def guarded(request, *args, **kwargs):
        if request.method not in SAFE_METHODS:
            refusal = write_refusal(request)
            if refusal is not None:
                return refusal
        return run(request, *args, **kwargs)

    return guarded


def _paginated(operation) -> bool:
    """Whether the operation takes ``limit`` and ``offset`` (ninja's ``@paginate`` adds them)."""
    contributed = getattr(operation.view_func, "_ninja_contribute_args", ())
    return any(name == "ninja_pagination" for name, *_rest in contributed)


def _offset_out_of_bounds(request) -> bool:
    try:
        return int(request.GET.get("offset", "0")) > MAX_OFFSET
    except ValueError:
        return False  # not a number: the operation's own validation answers 422


# Computed once per process from code (models, Wagtail's field lists), never from requests
# or data: the same in every process, so it is no state of the web tier.
@lru_cache(maxsize=1)
def orderable_fields() -> dict[str, list[str]]:
    """Per listing of Wagtail's, by path, the fields its ``order`` takes (``-`` descending).

    For a searchable model only the fields it can also order by while searching (its
    filter fields): Wagtail refuses the others when ``search`` is given, which a schema of
    one parameter cannot say, so the portal refuses them always.
    """
    from wagtail.api.validators import OrderingValidator
    from wagtail.contrib.redirects.api.v3.router import BASE_REDIRECT_READ_FIELDS
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.documents.api.v3.router import BASE_DOCUMENT_READ_FIELDS
    from wagtail.images import get_image_model
    from wagtail.images.api.v3.router import BASE_IMAGE_READ_FIELDS

    listings = {
        "/api/v3/redirects/": (Redirect, BASE_REDIRECT_READ_FIELDS),
        "/api/v3/documents/": (get_document_model(), BASE_DOCUMENT_READ_FIELDS),
        "/api/v3/images/": (get_image_model(), BASE_IMAGE_READ_FIELDS),
    }
    orderable = {}
    for path, (model, base) in listings.items():
        fields = OrderingValidator(
            model=model, fields=[], base_fields=list(base), db_fields_only=True
        ).allowed_fields - {"random"}
        if hasattr(model, "get_filterable_search_fields"):
            indexed = {field.field_name for field in model.get_filterable_search_fields()}
            fields = {field for field in fields if field.removeprefix("-") in indexed}
        orderable[path] = sorted(fields)
    return orderable


def _order_refusal(request):
    allowed = orderable_fields().get(request.path)
    if allowed is None:
        return None
    for value in request.GET.getlist("order"):
        for field in value.split(","):
            name = field.strip().removeprefix("-")
            if name and name != "random" and name not in allowed:
                return problem_response(
                    status=422,
                    detail=_("Order by one of: %(fields)s.") % {"fields": ", ".join(allowed)},
                )
    return None


def api_guard(run):
    """A ninja "view" decorator for every operation of the API, Wagtail's own included."""

    @wraps(run)
    def guarded(request, *args, **kwargs):
        if _paginated(run.__self__) and _offset_out_of_bounds(request):
            return problem_response(
                status=400,
                detail=_("The offset may be at most %(max)d.") % {"max": MAX_OFFSET},
            )
        refusal = _order_refusal(request)
        if refusal is not None:
            return refusal
        return run(request, *args, **kwargs)

    return guarded


def request_too_big(request, exc: RequestDataTooBig):
    return problem_response(status=413, detail=_("The request body is too large."))


def install(api) -> None:
    """Add the API-wide guard and the 413 answer to Wagtail's API (before its URLs are built)."""
    api.add_decorator(api_guard, mode="view")
    api.add_exception_handler(RequestDataTooBig, request_too_big)
