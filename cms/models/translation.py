"""Translation tracking: the strings of each source page, their changes, each translation's
status and the translators' notices."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _


class SourceSegment(models.Model):
    """One translatable string of a source page as it is published now.

    Refreshed whenever the source is published, so translation state follows the published
    source at once rather than only after a sync.

    Attributes:
        translation_key: the page family (the source and all its translations).
        path: wagtail-localize's content path of the field or block holding the string.
        position: the string's index among the strings sharing ``path`` (paragraphs of one
            rich-text field share a path).
        text: the source text, as wagtail-localize stores strings.
        changed_at: when this text was first published at this place.
    """

    translation_key = models.UUIDField(_("translation key"), db_index=True)
    path = models.TextField(_("content path"))
    position = models.PositiveIntegerField(pgettext_lazy("place of a string", "position"))
    text = models.TextField(_("text"))
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("source string")
        verbose_name_plural = _("source strings")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "path", "position"], name="unique_source_segment"
            )
        ]

    def __str__(self) -> str:
        return f"{self.path}[{self.position}]"


class SyncedSegment(models.Model):
    """A source string as it was when one locale's translation was last synced.

    Comparing these with :class:`SourceSegment` tells exactly which strings changed since
    the translator last worked, and what they said before.

    Attributes:
        translation_key: the page family.
        locale: the translation's locale.
        path, position: as in :class:`SourceSegment`.
        text: the source text at the sync.
        synced_at: when the sync happened.
    """

    translation_key = models.UUIDField(_("translation key"))
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("locale")
    )
    path = models.TextField(_("content path"))
    position = models.PositiveIntegerField(pgettext_lazy("place of a string", "position"))
    text = models.TextField(_("text"))
    synced_at = models.DateTimeField(_("synced at"))

    class Meta:
        verbose_name = _("synced string")
        verbose_name_plural = _("synced strings")
        indexes = [models.Index(fields=["translation_key", "locale"])]

    def __str__(self) -> str:
        # Translators: a source string as the translator last saw it; %(place)s is e.g. "body[2]".
        return gettext("%(place)s at the last sync") % {"place": f"{self.path}[{self.position}]"}


class SourceChange(models.Model):
    """A publish of a source page that changed at least one translatable string.

    Attributes:
        translation_key: the page family.
        page: the source page (null once deleted).
        published_at: when the change went live.
        significance: ``normal`` sends translators back to work; ``minor`` (a typo or
            punctuation fix) keeps existing translations, shown as "please glance";
            ``urgent`` puts the page first in the translation report.
        changed_strings: how many strings changed, appeared or disappeared.
        changes: each change as ``{"path", "position", "old", "new"}`` (``old`` or ``new``
            empty for a string that appeared or disappeared).
        user: the editor who published.
        notified_at: when translators were told about it.
    """

    class Significance(models.TextChoices):
        NORMAL = "normal", pgettext_lazy("change significance", "Normal")
        MINOR = "minor", pgettext_lazy("change significance", "Minor correction")
        URGENT = "urgent", pgettext_lazy("change significance", "Urgent")

    translation_key = models.UUIDField(_("translation key"), db_index=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("source page"),
    )
    published_at = models.DateTimeField(pgettext_lazy("moment", "published at"))
    significance = models.CharField(
        _("significance"),
        max_length=10,
        choices=Significance.choices,
        default=Significance.NORMAL,
    )
    changed_strings = models.PositiveIntegerField(_("changed strings"))
    changes = models.JSONField(_("changes"), default=list)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("editor"),
    )
    notified_at = models.DateTimeField(_("translators notified at"), null=True, blank=True)

    class Meta:
        verbose_name = _("source change")
        verbose_name_plural = _("source changes")
        ordering = ["-published_at"]

    def __str__(self) -> str:
        # Translators: %(significance)s is "Normal", "Minor correction" or "Urgent".
        return ngettext(
            "%(significance)s: %(count)d string changed",
            "%(significance)s: %(count)d strings changed",
            self.changed_strings,
        ) % {"significance": self.get_significance_display(), "count": self.changed_strings}


class TranslationStatus(models.Model):
    """The translation state of one source page in one locale, kept current by services.

    Attributes:
        source_page: the page in the source locale.
        locale: the target locale.
        state: ``up_to_date``, ``needs_glance`` (only minor corrections pending),
            ``outdated``, ``untranslated`` (no page in this locale) or ``never_synced``
            (a page exists but wagtail-localize does not manage it, e.g. edited directly).
        total, translated, outdated, corrected, missing: segment counts.
        source_changed_at: when the source's strings last changed.
        synced_at: when this locale was last synced from the source.
        urgent: a change marked urgent is pending in this locale.
    """

    class State(models.TextChoices):
        UP_TO_DATE = "up_to_date", pgettext_lazy("translation state", "Up to date")
        NEEDS_GLANCE = (
            "needs_glance",
            pgettext_lazy("translation state", "Source corrected, please glance"),
        )
        OUTDATED = "outdated", pgettext_lazy("translation state", "Outdated")
        UNTRANSLATED = "untranslated", pgettext_lazy("translation state", "Untranslated")
        NEVER_SYNCED = "never_synced", pgettext_lazy("translation state", "Never synced")

    source_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="translation_statuses",
        verbose_name=_("source page"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("locale")
    )
    state = models.CharField(
        pgettext_lazy("translation", "state"), max_length=20, choices=State.choices, db_index=True
    )
    total = models.PositiveIntegerField(_("strings"), default=0)
    translated = models.PositiveIntegerField(_("translated strings"), default=0)
    outdated = models.PositiveIntegerField(_("outdated strings"), default=0)
    corrected = models.PositiveIntegerField(_("corrected strings"), default=0)
    missing = models.PositiveIntegerField(_("missing strings"), default=0)
    source_changed_at = models.DateTimeField(_("source changed at"), null=True, blank=True)
    synced_at = models.DateTimeField(_("synced at"), null=True, blank=True)
    urgent = models.BooleanField(pgettext_lazy("translation status", "urgent"), default=False)

    class Meta:
        verbose_name = _("translation status")
        verbose_name_plural = _("translation statuses")
        constraints = [
            models.UniqueConstraint(fields=["source_page", "locale"], name="unique_status")
        ]

    def __str__(self) -> str:
        # Translators: e.g. "12 in sv: Outdated" (page id, locale id, translation state).
        return gettext("%(page)s in %(locale)s: %(state)s") % {
            "page": self.source_page_id,
            "locale": self.locale_id,
            "state": self.get_state_display(),
        }

    @property
    def gap(self) -> int:
        return self.outdated + self.missing


class TranslatorNotice(models.Model):
    """An in-admin notice telling a translator that a page they translate changed.

    Attributes:
        recipient: the translator.
        locale: the locale they translate the page into.
        change: the source change.
        created_at: when the notice was sent.
        read_at: when the translator dismissed it (null while unread).
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="translator_notices",
        verbose_name=_("recipient"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("locale")
    )
    change = models.ForeignKey(
        SourceChange,
        on_delete=models.CASCADE,
        related_name="notices",
        verbose_name=_("source change"),
    )
    created_at = models.DateTimeField(pgettext_lazy("moment", "sent at"), auto_now_add=True)
    read_at = models.DateTimeField(_("dismissed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("translator notice")
        verbose_name_plural = _("translator notices")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "locale", "change"], name="unique_translator_notice"
            )
        ]

    def __str__(self) -> str:
        # Translators: e.g. "Normal change of 3 strings for translator-sv (Swedish)".
        return gettext("%(change)s for %(recipient)s (%(locale)s)") % {
            "change": self.change,
            "recipient": self.recipient,
            "locale": self.locale,
        }
