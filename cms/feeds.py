from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from cms.selectors import article_list_visible_to, locale_for_code


class LatestArticlesFeed(Feed):
    """The newest public articles of one language, as Atom. Feeds are read anonymously,
    so only what everyone may read is listed."""

    feed_type = Atom1Feed
    limit = 30

    def get_object(self, request, language_code: str):
        locale = locale_for_code(language_code)
        if locale is None:
            raise Http404
        return locale

    def get_feed(self, obj, request):
        # The feed's xml:lang is the language active while it is built: the feed's own, not
        # the browser's (feeds have no language prefix).
        with translation.override(obj.language_code):
            return super().get_feed(obj, request)

    def title(self, locale):
        # Feeds live outside the language prefixes: the title is in the feed's language.
        with translation.override(locale.language_code):
            # Translators: the title of the Atom feed; %(language)s is e.g. "Svenska".
            return _("Help Center: new and updated articles (%(language)s)") % {
                "language": locale.get_display_name()
            }

    def link(self, locale):
        return f"/{locale.language_code}/"

    def items(self, locale):
        return (
            article_list_visible_to(user=AnonymousUser())
            .filter(locale=locale)
            .order_by("-last_published_at")[: self.limit]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_updateddate(self, item):
        return item.last_published_at
