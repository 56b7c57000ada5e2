from django import template
from django.utils.safestring import mark_safe

from portal.markdown import render_user_markdown

register = template.Library()


@register.filter
def user_markdown(text: str) -> str:
    """Render a member's Markdown, sanitised (``portal.markdown.render_user_markdown``)."""
    return mark_safe(render_user_markdown(text))  # noqa: S308 - nh3 has cleaned it
