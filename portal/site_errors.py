"""The site's one answer to every app's errors (``portal.errors``): a message, or a 4xx page.

A site view raises the app's error and does not catch it. :class:`PortalErrorMiddleware`
answers it, in the request's language, as the view said beforehand:

- :func:`refusals_go_back`: the message is flashed and the visitor goes back to the form's
  page (a form posted from a page: "was this helpful?");
- :func:`refusals_shown_in`: the view's own template is rendered with the message as
  ``problem`` (next to the search box), or next to a form's field, with the kind's status;
- otherwise, and for every :class:`~portal.errors.NotFound`, the site's 4xx page: the
  404 page every other "not found" gets (it names nothing the viewer may not see), or
  ``refused.html`` with the message for the other kinds.

The API answers the same errors itself (``portal/api.py``); the status of each kind is
``portal.errors.STATUS_OF_KIND`` on both.
"""

from dataclasses import dataclass, field

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import get_resolver, get_urlconf

from portal.errors import NotFound, PortalError, describe, http_status

REFUSED_TEMPLATE = "refused.html"


@dataclass
class _GoBack:
    to: str


@dataclass
class _ShowIn:
    template: str
    context: dict = field(default_factory=dict)
    form: object = None
    field: str | None = None


def refusals_go_back(request: HttpRequest, *, to: str) -> None:
    """From here on, a refusal in this request is flashed and the visitor sent to ``to``."""
    request.portal_refusal = _GoBack(to)


def refusals_shown_in(
    request: HttpRequest,
    template: str,
    context: dict | None = None,
    *,
    form=None,
    field: str | None = None,
) -> None:
    """From here on, a refusal in this request renders ``template`` with ``context``.

    The message is ``problem`` in the context, or, given ``form`` and ``field``, the field's
    error (``field=None``: the form's own error).
    """
    request.portal_refusal = _ShowIn(template, dict(context or {}), form, field)


def refusal_response(request: HttpRequest, error: PortalError) -> HttpResponse:
    """The site's answer to ``error`` raised while answering ``request``."""
    if isinstance(error, NotFound):
        not_found = get_resolver(get_urlconf()).resolve_error_handler(404)
        return not_found(request, exception=Http404(error.message))
    status = http_status(error)
    text = describe(error)
    how = getattr(request, "portal_refusal", None)
    if isinstance(how, _GoBack):
        messages.error(request, text)
        return redirect(how.to)
    if isinstance(how, _ShowIn):
        if how.form is not None:
            how.form.add_error(how.field, text)
            context = how.context
        else:
            context = {**how.context, "problem": text}
        return render(request, how.template, context, status=status)
    return render(
        request,
        REFUSED_TEMPLATE,
        {"message": error.message, "detail": error.detail},
        status=status,
    )


class PortalErrorMiddleware:
    """Answers a PortalError raised by a site view (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, PortalError):
            return refusal_response(request, exception)
        return None
