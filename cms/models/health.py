"""Content health: readers' answers to "was this helpful?" and daily article views."""

from django.db import models
from django.utils.translation import gettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from cms.models.pages import ArticlePage


class ArticleFeedback(models.Model):
    """One visitor's answer to "Was this helpful?" on one article (all its translations).

    Attributes:
        translation_key: the article family, so an answer in any language counts once.
        page: the version (language) the visitor answered on.
        helpful: yes or no.
        reason: with "no", one of the fixed reasons.
        comment: optional free text, at most 1,000 characters.
        visitor: a one-way hash identifying the visitor for this article only; no user id,
            session key or address is stored.
        address_hash: a one-way hash of the client's address for this article only, so that
            the search boost counts one address once (answers from before it was recorded
            carry their visitor hash and count one each).
        created_at: when the answer was given.
    """

    class Reason(models.TextChoices):
        OUTDATED = "outdated", _("The information is out of date")
        UNCLEAR = "unclear", _("It was hard to understand")
        INCOMPLETE = "incomplete", _("Something is missing")
        NOT_MY_PROBLEM = "not_my_problem", _("It did not solve my problem")
        OTHER = "other", _("Another reason")

    COMMENT_MAX_LENGTH = 1000

    translation_key = models.UUIDField(_("translation key"), db_index=True)
    page = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("article")
    )
    helpful = models.BooleanField(pgettext_lazy("feedback", "helpful"))
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices, blank=True)
    comment = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH, blank=True)
    visitor = models.CharField(_("visitor hash"), max_length=64)
    address_hash = models.CharField(_("address hash"), max_length=64)
    created_at = models.DateTimeField(_("answered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("feedback answer")
        verbose_name_plural = _("feedback answers")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "visitor"], name="one_feedback_per_visitor"
            )
        ]

    def __str__(self) -> str:
        if self.helpful:
            # Translators: a feedback answer; %(page)s is the article's id.
            return pgettext("feedback", "Helpful: %(page)s") % {"page": self.page_id}
        # Translators: a feedback answer; %(page)s is the article's id.
        return pgettext("feedback", "Not helpful: %(page)s") % {"page": self.page_id}


class ArticleDailyViews(models.Model):
    """How often an article family was viewed on one day, as a plain count.

    Attributes:
        translation_key: the article family.
        day: the date (UTC).
        views: page views that day, in all languages.
    """

    translation_key = models.UUIDField(_("translation key"))
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily views of an article")
        verbose_name_plural = _("daily views of articles")
        constraints = [
            models.UniqueConstraint(fields=["translation_key", "day"], name="one_row_per_day")
        ]

    def __str__(self) -> str:
        # Translators: an article's views on one day, e.g. "<key> on 2025-03-01: 12".
        return gettext("%(key)s on %(day)s: %(views)s") % {
            "key": self.translation_key,
            "day": self.day,
            "views": self.views,
        }
