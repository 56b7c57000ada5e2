"""How translation-tracking actions read in Wagtail's page history and site history."""

from django.utils.translation import gettext, gettext_lazy, ngettext
from wagtail.log_actions import LogFormatter
from wagtail.models import Locale

CHANGE_MINOR = "cms.source_change.minor"
CHANGE_URGENT = "cms.source_change.urgent"
NOTICE_DISMISS = "cms.translator_notice.dismiss"


class ChangeMinorFormatter(LogFormatter):
    label = gettext_lazy("Mark change as minor correction")

    def format_message(self, log_entry):
        count = (log_entry.data or {}).get("changed_strings", 0)
        return ngettext(
            "Marked the change to %(count)s string as a minor correction: its translations "
            "were kept",
            "Marked the change to %(count)s strings as a minor correction: their translations "
            "were kept",
            count,
        ) % {"count": count}


class ChangeUrgentFormatter(LogFormatter):
    label = gettext_lazy("Mark change as urgent")

    def format_message(self, log_entry):
        count = (log_entry.data or {}).get("changed_strings", 0)
        return ngettext(
            "Marked the change to %(count)s string as urgent for translators",
            "Marked the change to %(count)s strings as urgent for translators",
            count,
        ) % {"count": count}


class NoticeDismissFormatter(LogFormatter):
    label = gettext_lazy("Dismiss translator notice")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        language = Locale(language_code=data.get("locale", "")).get_display_name()
        # Translators: a translator dismissed the dashboard notice that a page they
        # translate changed; e.g. "… the change to “Sharing a workspace” (Swedish)".
        return gettext("Dismissed the notice of the change to “%(page)s” (%(language)s)") % {
            "page": data.get("page", ""),
            "language": language or data.get("locale", ""),
        }
