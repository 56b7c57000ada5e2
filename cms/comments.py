"""Article comments: who may post, and which comments wait for a moderator."""

import nh3
from django_comments_xtd.models import XtdComment
from django_comments_xtd.moderation import XtdCommentModerator, moderator
from markdown_it import MarkdownIt

from cms.models import ArticlePage
from cms.selectors import article_is_visible

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).disable("image")
ALLOWED_TAGS = {"p", "br", "strong", "em", "code", "pre", "ul", "ol", "li", "blockquote", "a"}


def render_user_markdown(text: str) -> str:
    """Markdown from a member, as HTML safe to show anyone: no raw HTML, no scripts."""
    return nh3.clean(
        _markdown.render(text),
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
    )


class ArticleCommentModerator(XtdCommentModerator):
    """Members only, on articles that allow comments; a first comment waits for approval."""

    enable_field = "comments_enabled"
    email_notification = False

    def allow(self, comment, content_object, request):
        if not request.user.is_authenticated:
            return False
        if not article_is_visible(article=content_object, user=request.user):
            return False
        return super().allow(comment, content_object, request)

    def moderate(self, comment, content_object, request):
        has_approved = XtdComment.objects.filter(
            user=comment.user, is_public=True, is_removed=False
        ).exists()
        return not has_approved


def register() -> None:
    moderator.register(ArticlePage, ArticleCommentModerator)
