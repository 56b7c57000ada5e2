"""Template filters for naming members and showing badges."""

from django import template

from community.members.names import display_name

register = template.Library()

# One glyph per ``Badge.Icon``: shown with aria-hidden, beside the badge's name.
BADGE_GLYPHS = {
    "star": "★",
    "check": "✔",
    "heart": "♥",
    "bulb": "💡",
    "globe": "🌐",
    "shield": "🛡",
    "chat": "💬",
}


@register.filter
def member_name(user) -> str:
    """A member's public name (never an e-mail address)."""
    return display_name(user) if user is not None else ""


@register.filter
def badge_glyph(icon: str) -> str:
    return BADGE_GLYPHS.get(icon, "★")
