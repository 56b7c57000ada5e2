"""Site views of the knowledge base that are not Wagtail pages."""

from functools import wraps

from django.contrib import messages
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from cms.api_input import same_site
from cms.forms import FeedbackForm
from cms.selectors import article_list_visible_to
from cms.services import KnowledgeBaseError, feedback_submit
from cms.visitors import client_address


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
            return HttpResponseForbidden(_("Cross-site requests are refused."))
        return view(request, *args, **kwargs)

    return checked


@require_POST
@csrf_protect_members
def article_feedback(request, page_id: int):
    article = article_list_visible_to(user=request.user).filter(pk=page_id).first()
    if article is None:
        raise Http404
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect(f"{article.url}#feedback")
    try:
        feedback_submit(
            article=article,
            visitor_id=visitor_id(request),
            address=client_address(request),
            **form.cleaned_data,
        )
    except KnowledgeBaseError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Thank you for your feedback."))
    return redirect(f"{article.url}#feedback")


def not_found(request):
    raise Http404
