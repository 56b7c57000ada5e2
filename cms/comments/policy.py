"""Article comments: who may post, which comments wait for a moderator, and what a viewer
may read of them."""

from django.contrib.contenttypes.models import ContentType
from django.http import QueryDict
from django_comments_xtd import signed
from django_comments_xtd.conf import settings as xtd_settings
from django_comments_xtd.models import XtdComment, max_thread_level_for_content_type
from django_comments_xtd.moderation import XtdCommentModerator, moderator

from cms.models import ArticlePage
from cms.selectors import article_is_visible, article_list_visible_to

# Comment and page ids are PostgreSQL integers; anything larger names nothing.
_MAX_ID = 2**31 - 1


def _as_id(value) -> int | None:
    """``value`` as a row id, or None when it cannot name a row."""
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number if 0 < number <= _MAX_ID else None


def commenter_display_name(user) -> str:
    """The name a member's comments carry: their full name, else their username."""
    return user.get_full_name() or user.get_username()


def comment_post_data(data: QueryDict, *, user) -> QueryDict:
    """A comment form's data with the commenter taken from the signed-in account.

    Whatever the form sends as name, e-mail or link is replaced: a member cannot post as
    "Support team (official)" or under someone else's address.
    """
    data = data.copy()
    data["name"] = commenter_display_name(user)
    data["email"] = user.email
    data["url"] = ""
    return data


def _reply_target_is_valid(comment, content_object) -> bool:
    """A reply joins a published comment on the same article, below the deepest level."""
    if not comment.parent_id:
        return True
    parent_id = _as_id(comment.parent_id)
    if parent_id is None:
        return False
    content_type = ContentType.objects.get_for_model(content_object)
    return XtdComment.objects.filter(
        pk=parent_id,
        content_type=content_type,
        object_pk=str(content_object.pk),
        is_public=True,
        is_removed=False,
        level__lt=max_thread_level_for_content_type(content_type),
    ).exists()


class ArticleCommentModerator(XtdCommentModerator):
    """Members only, on articles that allow comments; a first comment waits for approval."""

    enable_field = "comments_enabled"
    email_notification = False

    def allow(self, comment, content_object, request):
        if not request.user.is_authenticated:
            return False
        if not article_is_visible(article=content_object, user=request.user):
            return False
        if not _reply_target_is_valid(comment, content_object):
            return False
        return super().allow(comment, content_object, request)

    def moderate(self, comment, content_object, request):
        has_approved = XtdComment.objects.filter(
            user=comment.user, is_public=True, is_removed=False
        ).exists()
        return not has_approved


def _visible_article(*, object_pk, user) -> ArticlePage | None:
    article_id = _as_id(object_pk)
    if article_id is None:
        return None
    return article_list_visible_to(user=user).filter(pk=article_id).first()


def commented_article_visible_to(*, content_type_id, object_pk, user) -> ArticlePage | None:
    """The article a comment link points at, if ``user`` may read it."""
    if _as_id(content_type_id) != ContentType.objects.get_for_model(ArticlePage).pk:
        return None
    return _visible_article(object_pk=object_pk, user=user)


def comment_posted_by(*, user, comment_id) -> tuple[XtdComment, ArticlePage] | None:
    """``user``'s own comment and its article, if they may still read the article."""
    comment_id = _as_id(comment_id)
    if comment_id is None or not user.is_authenticated:
        return None
    comment = XtdComment.objects.filter(
        pk=comment_id,
        user=user,
        is_removed=False,
        content_type=ContentType.objects.get_for_model(ArticlePage),
    ).first()
    if comment is None:
        return None
    article = _visible_article(object_pk=comment.object_pk, user=user)
    return (comment, article) if article is not None else None


def comment_thread_mute(*, key: str) -> ArticlePage | None:
    """Stop the follow-up e-mails a mute link (sent with each one) is for.

    Returns the article whose thread was muted, or None when the key is not one the portal
    signed or names no followed thread.
    """
    try:
        followed = signed.loads(str(key), extra_key=xtd_settings.COMMENTS_XTD_SALT)
    except Exception:  # a tampered key fails in base64, zlib or pickle, each its own way
        return None
    if not isinstance(followed, XtdComment) or not followed.followup:
        return None
    if followed.content_type_id != ContentType.objects.get_for_model(ArticlePage).pk:
        return None
    article = ArticlePage.objects.filter(pk=_as_id(followed.object_pk) or 0).first()
    if article is None:
        return None
    XtdComment.norel_objects.filter(
        content_type_id=followed.content_type_id,
        object_pk=followed.object_pk,
        user_email=followed.user_email,
        is_public=True,
        followup=True,
    ).update(followup=False)
    return article


def comment_followers_unable_to_read_mute(*, content_type, object_pk) -> None:
    """Stop the follow-up e-mails of a thread's followers who may no longer read its article
    (a segment they left, a narrowed audience), as their mute link would."""
    if content_type.pk != ContentType.objects.get_for_model(ArticlePage).pk:
        return
    article = ArticlePage.objects.filter(pk=_as_id(object_pk) or 0).first()
    followed = XtdComment.objects.filter(
        content_type_id=content_type.pk, object_pk=str(object_pk), is_public=True, followup=True
    )
    comments = list(followed.select_related("user"))
    followers = {comment.user_id: comment.user for comment in comments if comment.user_id}
    readers = {
        pk
        for pk, user in followers.items()
        if article is not None and article_is_visible(article=article, user=user)
    }  # each follower judged once, however many comments they follow with
    unable = {comment.user_email for comment in comments if comment.user_id not in readers}
    if unable:
        followed.filter(user_email__in=unable).update(followup=False)


def register() -> None:
    # django-comments-xtd stores a posted comment in receivers its views module connects;
    # the portal mounts its own routes, so without this import a process stores nothing
    # until some template loads the comments_xtd tags (which import the views).
    from django_comments_xtd import views  # noqa: F401

    moderator.register(ArticlePage, ArticleCommentModerator)
