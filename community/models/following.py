"""What members follow, and what the community tells them about it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Follow(models.Model):
    """A member follows a thread, a space or a tag (exactly one of them)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="community_follows",
        verbose_name=_("member"),
    )
    thread = models.ForeignKey(
        "community.Thread",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
        verbose_name=_("thread"),
    )
    space = models.ForeignKey(
        "community.Space",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
        verbose_name=_("space"),
    )
    tag = models.ForeignKey(
        "taggit.Tag",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("tag"),
    )
    created_at = models.DateTimeField(verbose_name=_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(thread__isnull=False, space__isnull=True, tag__isnull=True)
                    | Q(thread__isnull=True, space__isnull=False, tag__isnull=True)
                    | Q(thread__isnull=True, space__isnull=True, tag__isnull=False)
                ),
                name="community_follow_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=Q(thread__isnull=False),
                name="community_follow_thread",
            ),
            models.UniqueConstraint(
                fields=["user", "space"],
                condition=Q(space__isnull=False),
                name="community_follow_space",
            ),
            models.UniqueConstraint(
                fields=["user", "tag"], condition=Q(tag__isnull=False), name="community_follow_tag"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} follows {self.thread or self.space or self.tag}"


class Notification(models.Model):
    """One event told to one member: on the site, and by e-mail at once or in a daily digest.

    Attributes:
        key: ``<event>:<user id>``, unique: an event reaches a member once.
        kind: a new thread (in a space or tag followed), a reply, an accepted answer, a
            mention, an idea's new status, a badge earned (``award``, no thread).
        post: the post the event is about (hidden or deleted posts are never shown).
        read_at: when the member opened it or marked everything read.
        emailed_at: when it went out by e-mail (at once, or in a digest).
    """

    class Kind(models.TextChoices):
        NEW_THREAD = "new_thread", pgettext_lazy("notification", "New thread")
        REPLY = "reply", pgettext_lazy("notification", "New reply")
        ACCEPTED = "accepted", pgettext_lazy("notification", "Answer accepted")
        MENTION = "mention", pgettext_lazy("notification", "Mention")
        IDEA_STATUS = "idea_status", pgettext_lazy("notification", "Idea status changed")
        BADGE = "badge", pgettext_lazy("notification", "Badge earned")

    key = models.CharField(verbose_name=_("key"), max_length=200, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="community_notifications",
        verbose_name=_("member"),
    )
    kind = models.CharField(verbose_name=_("kind"), max_length=20, choices=Kind.choices)
    thread = models.ForeignKey(
        "community.Thread",
        null=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("thread"),
    )
    award = models.ForeignKey(
        "community.BadgeAward",
        null=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("badge award"),
    )
    post = models.ForeignKey(
        "community.Post",
        null=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("post"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("done by"),
    )
    created_at = models.DateTimeField(verbose_name=_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(verbose_name=_("read at"), null=True, blank=True)
    emailed_at = models.DateTimeField(verbose_name=_("e-mailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="community_notification_user"),
            models.Index(
                fields=["user"], condition=Q(read_at__isnull=True), name="community_unread"
            ),
        ]

    def __str__(self) -> str:
        return self.key
