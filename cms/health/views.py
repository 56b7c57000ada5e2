"""Readers' answers to "was this helpful?" on the site."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.errors import KnowledgeBaseError
from cms.forms import FeedbackForm
from cms.health.services import feedback_submit
from cms.selectors import article_list_visible_to
from portal.views import csrf_protect_members, visitor_id
from portal.visitors import client_address


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
