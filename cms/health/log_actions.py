"""How content-health actions read in Wagtail's page history and site history."""

from django.utils.translation import gettext, gettext_lazy
from wagtail.log_actions import LogFormatter

ARTICLE_RETIRE = "cms.article.retire"


class ArticleRetireFormatter(LogFormatter):
    label = gettext_lazy("Retire article")

    def format_message(self, log_entry):
        replacement = (log_entry.data or {}).get("replacement")
        if not replacement:
            return gettext("Retired the article without a replacement")
        # Translators: the article's old links now lead to the replacement article.
        return gettext("Retired the article; its old links lead to “%(title)s”") % {
            "title": replacement["title"]
        }
