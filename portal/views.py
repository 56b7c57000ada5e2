"""Site-wide view helpers: who is visiting, cross-site protection, and not found."""

from functools import wraps

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from portal.api_input import same_site


def visitor_id(request) -> str:
    """Who is answering, for de-duplication only: the account, else the browser session."""
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    if request.session.session_key is None:
        request.session.save()
    return f"session:{request.session.session_key}"


def csrf_protect_members(view):
    """CSRF tokens for signed-in visitors; for anonymous ones, the browser's word on the origin.

    Leaving the token out keeps the article page the same for every anonymous visitor, so
    it can be cached. An anonymous post is refused when its ``Origin`` (else ``Referer``)
    names another site: browsers send ``Origin`` with every cross-site form post, so a
    forged answer from another site's page cannot use the visitor's session.
    """
    protected = csrf_protect(view)

    @csrf_exempt
    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.user.is_authenticated:
            return protected(request, *args, **kwargs)
        if not same_site(request):
            return csrf_failure(request)
        return view(request, *args, **kwargs)

    return checked


def csrf_failure(request, reason: str = ""):
    """A refused cross-site post (Django's CSRF_FAILURE_VIEW too): the site's 403 page, in the
    request's language, saying why; Django's ``reason`` is for logs, not for visitors."""
    message = _("Cross-site requests are refused.")
    return render(request, "403.html", {"message": message}, status=403)


def not_found(request):
    raise Http404
