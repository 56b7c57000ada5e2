from django import template
from django.utils.safestring import mark_safe

from cms.comments import render_user_markdown

register = template.Library()


@register.filter
def user_markdown(text: str) -> str:
    """Render a member's Markdown, sanitised (see ``cms.comments.render_user_markdown``)."""
    return mark_safe(render_user_markdown(text))  # noqa: S308 - nh3 has cleaned it


@register.simple_tag
def live_translations(page):
    """The page's other live language versions, with their locales in the same query."""
    return page.get_translations().live().select_related("locale").order_by("locale_id")
