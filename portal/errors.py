"""The portal's one error shape: a base class, the kinds of error, and their HTTP statuses.

Every app raises its own errors, defined in the app's ``errors.py``; each subclasses the
app's base (itself a :class:`PortalError`) and exactly one *kind* below. A kind says what
went wrong, never how it is answered: no domain exception carries an HTTP status. The
statuses live in :data:`STATUS_OF_KIND`, read at the two edges only:

- the API (``portal/api.py``) answers Wagtail API v3's problem+json
  (``wagtail.api.v3.errors.problem_response``): ``title`` the status's phrase, ``detail``
  :func:`describe` of the error, as every other refusal of the API;
- the site (``portal.middleware.PortalErrorMiddleware``) shows :func:`describe` next to the
  field or as a message where the view asked for that (``portal.views.refusals_shown_in``,
  ``refusals_go_back``), else the 4xx page, in the request's language.

Messages are translated when raised (``gettext``), so they speak the request's language.
"""


class PortalError(Exception):
    """What went wrong, for the person who asked: a short message and an optional hint.

    Attributes:
        message: one sentence that says what was refused ("Unknown locale 'xx'.").
        detail: what to do about it, or ``""`` ("Please try again in an hour.").
    """

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.message = str(message)
        self.detail = str(detail)

    def __str__(self) -> str:
        return describe(self)


class InvalidInput(PortalError):
    """A value the portal refuses: unknown, out of bounds, or not allowed together."""


class NotFound(PortalError):
    """Nothing of that name exists for this viewer (what the viewer may not see included)."""


class NotAllowed(PortalError):
    """The viewer sees the object but may not do this to it."""


class Conflict(PortalError):
    """The change clashes with the object's current state (an answer given twice)."""


class RateLimited(PortalError):
    """Too many of these in too short a time; the same request later may succeed."""


class Unavailable(PortalError):
    """The portal cannot answer just now (every search slot busy); try again later."""


STATUS_OF_KIND: dict[type[PortalError], int] = {
    InvalidInput: 400,
    NotAllowed: 403,
    NotFound: 404,
    Conflict: 409,
    RateLimited: 429,
    Unavailable: 503,
}
"""The HTTP status of each kind, on the API and the site alike."""

KINDS = tuple(STATUS_OF_KIND)


def kind_of(error: PortalError | type[PortalError]) -> type[PortalError]:
    """The one kind ``error`` (an error or its class) is; a class of no kind is a bug."""
    cls = error if isinstance(error, type) else type(error)
    found = [kind for kind in KINDS if issubclass(cls, kind)]
    if len(found) != 1:
        names = ", ".join(kind.__name__ for kind in found) or "none"
        raise TypeError(f"{cls.__qualname__} must be of exactly one kind of error (is: {names})")
    return found[0]


def http_status(error: PortalError | type[PortalError]) -> int:
    """The status that answers ``error`` (an error or its class)."""
    return STATUS_OF_KIND[kind_of(error)]


def describe(error: PortalError) -> str:
    """The whole text shown for ``error``: its message, then its detail when it has one."""
    return f"{error.message} {error.detail}" if error.detail else error.message
