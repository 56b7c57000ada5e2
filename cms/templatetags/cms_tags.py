from django import template
from django.utils.http import url_has_allowed_host_and_scheme

from cms.selectors import user_works_in_admin

register = template.Library()

# Pages outside the language prefix that belong to the site (see portal.middleware): a link
# from one of them back to "here" means the page the reader came from.
_UNPREFIXED_SITE_PAGES = ("/accounts/", "/comments/")


@register.filter
def works_in_admin(user) -> bool:
    """Whether the user may open the admin (one query per request, shared with the selectors)."""
    return user_works_in_admin(user)


@register.simple_tag(takes_context=True)
def comment_tree(context, page) -> list[dict]:
    """The article's public comments as django-comments-xtd's tree (``comment``, ``children``)
    in one query. Its ``get_xtdcomment_tree`` adds each comment's flags (a query, and one
    for their users) and a moderator check (two): the article page shows none of them."""
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Prefetch
    from django_comments.models import CommentFlag
    from django_comments_xtd.models import XtdComment
    from django_comments_xtd.utils import get_current_site_id

    comments = XtdComment.objects.filter(
        content_type=ContentType.objects.get_for_model(page),
        object_pk=page.pk,
        site__pk=get_current_site_id(context.get("request")),
        is_public=True,
    ).prefetch_related(Prefetch("flags", queryset=CommentFlag.objects.none()))
    # Without flags asked for, the user only answers the moderator check, unused here.
    return XtdComment.tree_from_queryset(comments, user=AnonymousUser())


@register.simple_tag
def live_translations(page):
    """The page's other live language versions, with their locales in the same query."""
    return page.get_translations().live().select_related("locale").order_by("locale_id")


@register.simple_tag(takes_context=True)
def return_path(context) -> str:
    """Where the sign-in and sign-out links bring the reader back to (their ``next``).

    The page itself; on the account and comment pages, the page the reader came from, if it
    is one of this site's. The language of that page is the language those pages speak.
    """
    request = context.get("request")
    if request is None:
        return ""
    if not request.path_info.startswith(_UNPREFIXED_SITE_PAGES):
        return request.get_full_path()
    target = request.GET.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""
