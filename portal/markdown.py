"""The portal's one sanitiser for what members write: comments, posts and tickets."""

import re

import nh3
from markdown_it import MarkdownIt

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).disable("image")
ALLOWED_TAGS = {"p", "br", "strong", "em", "code", "pre", "ul", "ol", "li", "blockquote", "a"}
# A link as it renders, however it was written, and an address pasted bare: both count
# against a new member's limit.
_ANCHOR = re.compile(r"<a\s.*?</a>", re.DOTALL)
_LINK = re.compile(r"(?:https?://|www\.)\S", re.IGNORECASE)


def render_user_markdown(text: str) -> str:
    """Markdown from a member, as HTML safe to show anyone: no raw HTML, no scripts, no
    event handlers; links only to http, https and mailto addresses or relative ones, each
    ``rel="nofollow ugc noopener"``."""
    return nh3.clean(
        _markdown.render(text),
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
    )


def count_links(text: str) -> int:
    """How many web addresses a text holds: the links it renders (``render_user_markdown``),
    however spelt, and the addresses outside them written bare."""
    html = render_user_markdown(text)
    return len(_ANCHOR.findall(html)) + len(_LINK.findall(_ANCHOR.sub("", html)))
