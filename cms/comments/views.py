"""The portal's own comment routes: each answers only what the viewer may read.

django_comments' "posted" page, django-comments-xtd's "sent" and "mute" pages and Django's
content-type shortcut look a comment or an object up by id for anyone, so the portal
mounts these instead (see ``cms/comments/urls.py``).
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_comments.views.comments import CommentPostBadRequest, post_comment

from cms.comments.policy import (
    comment_post_data,
    comment_posted_by,
    comment_thread_mute,
    commented_article_visible_to,
)
from cms.models import ArticlePage
from cms.selectors import article_is_visible


def _in_language_of(article, view, *args):
    """``view(*args)`` with the article's language active: the page and any e-mail it sends
    (the thread's follow-ups) speak the article's language, whoever the viewer is."""
    if article is None:
        return view(*args)
    with translation.override(article.locale.language_code):
        return view(*args)


def _posted_article(request):
    """The article a comment form is for, if the poster may read it."""
    if request.POST.get("content_type") != "cms.articlepage":
        return None
    return commented_article_visible_to(
        content_type_id=ContentType.objects.get_for_model(ArticlePage).pk,
        object_pk=request.POST.get("object_pk"),
        user=request.user,
    )


@require_POST
def comment_post(request):
    """django_comments' post view, the commenter's name and e-mail taken from the account."""
    if not request.user.is_authenticated:
        return CommentPostBadRequest(_("Only signed-in members may comment."))
    request.POST = comment_post_data(request.POST, user=request.user)
    return _in_language_of(_posted_article(request), post_comment, request)


@require_GET
def comment_posted(request):
    """Where a member lands after posting: their comment, or a note that it awaits approval."""
    found = comment_posted_by(user=request.user, comment_id=request.GET.get("c"))
    if found is None:
        raise Http404
    comment, article = found
    if comment.is_public:
        return redirect(f"{article.get_url(request)}#c{comment.pk}")
    return _in_language_of(article, render, request, "comments/posted.html", {"article": article})


@require_GET
def comment_thread_muted(request, key):
    """A follow-up e-mail's mute link: the key is the proof; the article is named only to
    a viewer who may read it."""
    article = comment_thread_mute(key=key)
    if article is None:
        raise Http404
    if not article_is_visible(article=article, user=request.user):
        return render(request, "comments/muted.html", {"article": None})
    return _in_language_of(article, render, request, "comments/muted.html", {"article": article})


@require_GET
def comment_target(request, content_type_id, object_pk):
    """A comment's permalink (``XtdComment.get_absolute_url``): on to its article."""
    article = commented_article_visible_to(
        content_type_id=content_type_id, object_pk=object_pk, user=request.user
    )
    if article is None:
        raise Http404
    return redirect(article.get_url(request))
