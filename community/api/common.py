"""What every community endpoint shares: the types of its parameters, its error responses,
the guard of its writes and the way a member is named."""

from functools import wraps
from typing import Annotated, Literal

from django.conf import settings
from django.utils.translation import gettext as _
from ninja import Field, Schema
from wagtail.api.v3.errors import problem_response

from community import services
from community.members.names import display_name
from community.models import Thread
from community.models.threads import POST_MAX_LENGTH, TITLE_MAX_LENGTH
from portal.api_input import (
    MAX_ID,
    SAFE_METHODS,
    portal_write_guard,
    problems,
    short_text,
)

LOCALE_CODES = [code for code, _name in settings.LANGUAGES]
ObjectId = Annotated[int, Field(ge=1, le=MAX_ID)]
SpaceSlug = Annotated[str, Field(max_length=80, pattern=r"^[-a-zA-Z0-9_]+$")]
LocaleCode = Literal[tuple(LOCALE_CODES)]  # type: ignore[valid-type]
ThreadKind = Literal[tuple(Thread.Kind.values)]  # type: ignore[valid-type]
Title = Annotated[short_text(TITLE_MAX_LENGTH), Field(min_length=1)]  # type: ignore[valid-type]
Body = Annotated[short_text(POST_MAX_LENGTH), Field(min_length=1)]  # type: ignore[valid-type]
Tag = short_text(services.TAG_MAX_LENGTH)

READ_ERRORS = problems(404, 422)
WRITE_ERRORS = problems(400, 401, 403, 404, 409, 413, 415, 422, 429)
"""400: a post the community cannot take (empty, too many links); 401: not signed in;
403: not allowed (another's post, a self-vote, no CSRF token, another site); 404: nothing
the viewer may read; 409: a locked thread or vote; 413, 415: the body; 422: malformed;
429: over the member's daily limit."""
WRITE_DESCRIPTION = (
    "For a signed-in member. A JSON body of at most 64 kB (a DELETE takes none). Signed in"
    " through a session cookie, send the session's CSRF token in the X-CSRFToken header (403"
    " otherwise); from another site's page, 403."
)


# --- the guard of this router's writes -------------------------------------------------


def signed_in_writes(run):
    """Writes need a signed-in member (401)."""

    @wraps(run)
    def guarded(request, *args, **kwargs):
        if request.method not in SAFE_METHODS and not request.user.is_authenticated:
            return problem_response(status=401, detail=_("Sign in to take part in the community."))
        return run(request, *args, **kwargs)

    return guarded


def community_write_guard(run):
    """The portal's guard of every write (``portal_write_guard``), then a signed-in member."""
    return portal_write_guard(signed_in_writes(run))


class AuthorOut(Schema):
    name: str = Field(description="The member's full name, else their username; never an e-mail.")
    trust_level: int


def author_out(user, levels: dict[int, int]) -> AuthorOut | None:
    if user is None:
        return None
    return AuthorOut(name=display_name(user), trust_level=levels.get(user.pk, 0))
