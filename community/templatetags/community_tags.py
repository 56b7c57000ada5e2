from django import template

from community.notifications.selectors import unread_count

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context) -> int:
    """The signed-in member's unread notifications, for the header (one query; none for a
    visitor who is not signed in). Such a page is never stored in the anonymous page cache
    (``portal.page_cache``: a request with a session is neither served from it nor stored)."""
    user = context.get("user")
    if user is None or not user.is_authenticated:
        return 0
    return unread_count(user)
