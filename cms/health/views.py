"""Readers' answers to "was this helpful?" on the site."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.errors import ArticleNotFound, FeedbackInvalid
from cms.health.forms import FeedbackForm
from cms.health.services import feedback_submit
from cms.selectors import article_list_visible_to
from portal.site_errors import refusals_go_back
from portal.views import csrf_protect_members, visitor_id
from portal.visitors import client_address


@require_POST
@csrf_protect_members
def article_feedback(request, page_id: int):
    """Record the answer; a refusal goes back to the article's form with its message."""
    article = article_list_visible_to(user=request.user).filter(pk=page_id).first()
    if article is None:
        raise ArticleNotFound(_("Article not found."))
    back = f"{article.url}#feedback"
    refusals_go_back(request, to=back)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        raise FeedbackInvalid(" ".join(e for errors in form.errors.values() for e in errors))
    feedback_submit(
        article=article,
        visitor_id=visitor_id(request),
        address=client_address(request),
        **form.cleaned_data,
    )
    messages.success(request, _("Thank you for your feedback."))
    return redirect(back)
