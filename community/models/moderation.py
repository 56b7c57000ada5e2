"""Members' flags on posts, and the official responses that move an idea along."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

NOTE_MAX_LENGTH = 500


class Flag(models.Model):
    """A member's report that a post breaks the rules; one per member per post.

    Attributes:
        reason: spam, rude, off topic or other (with a note).
        resolved_at: when a moderator dealt with it (hid or restored the post, or dismissed
            the flag); open flags are the moderation queue.
        upheld: whether the moderator agreed (the post stays hidden or was hidden).
    """

    class Reason(models.TextChoices):
        SPAM = "spam", pgettext_lazy("flag reason", "Spam")
        RUDE = "rude", pgettext_lazy("flag reason", "Rude or abusive")
        OFF_TOPIC = "off_topic", pgettext_lazy("flag reason", "Off topic")
        OTHER = "other", pgettext_lazy("flag reason", "Something else")

    post = models.ForeignKey(
        "community.Post", on_delete=models.CASCADE, related_name="flags", verbose_name=_("post")
    )
    flagger = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="community_flags",
        verbose_name=_("flagged by"),
    )
    reason = models.CharField(
        pgettext_lazy("flag", "reason"), max_length=20, choices=Reason.choices
    )
    note = models.CharField(_("note"), max_length=NOTE_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(verbose_name=_("created at"), auto_now_add=True)
    resolved_at = models.DateTimeField(verbose_name=_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    upheld = models.BooleanField(verbose_name=_("upheld"), null=True)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(fields=["post", "flagger"], name="community_one_flag")
        ]
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=Q(resolved_at__isnull=True),
                name="community_open_flags",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()}: {self.post}"


class IdeaStatusChange(models.Model):
    """An idea moved from one status to another, with the official word on why."""

    thread = models.ForeignKey(
        "community.Thread",
        on_delete=models.CASCADE,
        related_name="status_changes",
        verbose_name=_("thread"),
    )
    from_status = models.CharField(verbose_name=_("from status"), max_length=20)
    to_status = models.CharField(verbose_name=_("to status"), max_length=20)
    response = models.TextField(_("official response"), max_length=5000)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("changed by"),
    )
    created_at = models.DateTimeField(verbose_name=_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("idea status change")
        verbose_name_plural = _("idea status changes")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.thread}: {self.from_status} → {self.to_status}"
