"""A Wagtail page with the same blocks as the article and nothing else (no audience check,
view counting, related links, translation notice, tags, feedback form or comments)."""

from wagtail.fields import StreamField
from wagtail.models import Page

from cms.blocks import ArticleBodyBlock


class PlainPage(Page):
    body = StreamField(ArticleBodyBlock(), use_json_field=True)

    template = "plain/plain_page.html"
