"""Badges: definitions editors keep in the admin (translated like other snippets), and the
awards the rules give."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Badge(TranslatableMixin, models.Model):
    """A badge and the rule that grants it (``community.badges.rules``).

    Attributes:
        slug: a stable key, the same in every language.
        tier: bronze, silver or gold.
        icon: one of the site's badge icons.
        rule: the name of a rule in ``community.badges.rules.RULES``.
        threshold: the rule's number (five accepted answers, ten votes).
        repeatable: earned again each time the rule holds anew (every great answer).
        enabled: a disabled badge is neither granted nor shown.
    """

    class Tier(models.TextChoices):
        BRONZE = "bronze", pgettext_lazy("badge tier", "Bronze")
        SILVER = "silver", pgettext_lazy("badge tier", "Silver")
        GOLD = "gold", pgettext_lazy("badge tier", "Gold")

    class Icon(models.TextChoices):
        STAR = "star", pgettext_lazy("badge icon", "Star")
        CHECK = "check", pgettext_lazy("badge icon", "Check mark")
        HEART = "heart", pgettext_lazy("badge icon", "Heart")
        BULB = "bulb", pgettext_lazy("badge icon", "Light bulb")
        GLOBE = "globe", pgettext_lazy("badge icon", "Globe")
        SHIELD = "shield", pgettext_lazy("badge icon", "Shield")
        CHAT = "chat", pgettext_lazy("badge icon", "Speech bubble")

    name = models.CharField(_("name"), max_length=60)
    slug = models.SlugField(_("slug"), max_length=60)
    description = models.CharField(_("description"), max_length=200)
    tier = models.CharField(_("tier"), max_length=10, choices=Tier.choices, default=Tier.BRONZE)
    icon = models.CharField(_("icon"), max_length=10, choices=Icon.choices, default=Icon.STAR)
    rule = models.CharField(_("rule"), max_length=40)
    threshold = models.PositiveIntegerField(_("threshold"), default=1)
    repeatable = models.BooleanField(_("can be earned more than once"), default=False)
    enabled = models.BooleanField(_("enabled"), default=True)

    # Translators see the name and the description; the rest is the same in every language
    # (wagtail-localize would otherwise offer the slug and the rule's name for translation).
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        *(
            SynchronizedField(field)
            for field in ("slug", "tier", "icon", "rule", "threshold", "repeatable", "enabled")
        ),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("tier"),
        FieldPanel("icon"),
        FieldPanel("rule"),
        FieldPanel("threshold"),
        FieldPanel("repeatable"),
        FieldPanel("enabled"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("badge")
        verbose_name_plural = _("badges")
        ordering = ["rule", "threshold"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


TIER_RANK = {Badge.Tier.BRONZE: 1, Badge.Tier.SILVER: 2, Badge.Tier.GOLD: 3}


class BadgeAward(models.Model):
    """A member holds a badge (the ``number``-th time, for a repeatable one).

    Attributes:
        badge: the definition in the default language (its translations share its key).
        backfilled: granted by ``community_backfill_badges`` for something done before,
            so nobody was told.
    """

    badge = models.ForeignKey(
        Badge, on_delete=models.CASCADE, related_name="awards", verbose_name=_("badge")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="community_badges",
        verbose_name=_("member"),
    )
    number = models.PositiveIntegerField(verbose_name=_("number"), default=1)
    awarded_at = models.DateTimeField(verbose_name=_("awarded at"), auto_now_add=True)
    backfilled = models.BooleanField(verbose_name=_("awarded retroactively"), default=False)

    class Meta:
        verbose_name = _("badge award")
        verbose_name_plural = _("badge awards")
        constraints = [
            models.UniqueConstraint(fields=["badge", "user", "number"], name="community_one_award")
        ]
        indexes = [models.Index(fields=["user", "-awarded_at"], name="community_award_user")]

    def __str__(self) -> str:
        return f"{self.user} holds {self.badge} #{self.number}"
