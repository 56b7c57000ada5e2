"""Threads, their posts with each post's earlier versions, votes, tags and reading."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

TITLE_MAX_LENGTH = 150
POST_MAX_LENGTH = 20_000


class ThreadTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "Thread", on_delete=models.CASCADE, related_name="+", verbose_name=_("thread")
    )

    class Meta:
        verbose_name = _("thread tag")
        verbose_name_plural = _("thread tags")


class Thread(models.Model):
    """A question, discussion, idea or announcement in a space; its first post is its body.

    Attributes:
        kind: question (answers can be accepted), discussion, idea (voted on, with a
            status) or announcement (staff only).
        locale: the language it is written in.
        last_activity_at: its last visible post, for "most active".
        reply_count: its visible posts after the first, kept by the services.
        score: the first post's votes (up minus down), kept by the services, for "top".
        accepted_answer: the answer the asker or a moderator accepted, shown first.
        idea_status: for ideas only, where the idea stands.
        is_locked: no new posts or votes.
        is_pinned: listed before the others.
        is_hidden: hidden by moderation (or by flags) until a moderator restores it.
        deleted_at: deleted softly; a moderator can bring it back.
        merged_into: the thread its posts moved to, when a moderator merged it.
    """

    class Kind(models.TextChoices):
        QUESTION = "question", pgettext_lazy("thread kind", "Question")
        DISCUSSION = "discussion", pgettext_lazy("thread kind", "Discussion")
        IDEA = "idea", pgettext_lazy("thread kind", "Idea")
        ANNOUNCEMENT = "announcement", pgettext_lazy("thread kind", "Announcement")

    class IdeaStatus(models.TextChoices):
        NEW = "new", pgettext_lazy("idea status", "New")
        UNDER_REVIEW = "under_review", pgettext_lazy("idea status", "Under review")
        PLANNED = "planned", pgettext_lazy("idea status", "Planned")
        IN_PROGRESS = "in_progress", pgettext_lazy("idea status", "In progress")
        DONE = "done", pgettext_lazy("idea status", "Done")
        DECLINED = "declined", pgettext_lazy("idea status", "Declined")

    space = models.ForeignKey(
        "community.Space", on_delete=models.PROTECT, related_name="threads", verbose_name=_("space")
    )
    kind = models.CharField(
        pgettext_lazy("thread", "kind"), max_length=20, choices=Kind.choices, default=Kind.QUESTION
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="community_threads",
        verbose_name=_("author"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    tags = TaggableManager(through=ThreadTag, blank=True, verbose_name=_("tags"))
    created_at = models.DateTimeField(
        verbose_name=_("created at"), auto_now_add=True, db_index=True
    )
    last_activity_at = models.DateTimeField(verbose_name=_("last activity"), db_index=True)
    reply_count = models.PositiveIntegerField(verbose_name=_("replies"), default=0)
    score = models.IntegerField(verbose_name=_("score"), default=0)
    accepted_answer = models.ForeignKey(
        "community.Post",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accepted answer"),
    )
    idea_status = models.CharField(
        _("idea status"), max_length=20, choices=IdeaStatus.choices, blank=True
    )
    is_locked = models.BooleanField(_("locked"), default=False)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_threads",
        verbose_name=_("merged into"),
    )

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        indexes = [
            models.Index(fields=["space", "-last_activity_at"], name="community_thread_active"),
            models.Index(fields=["space", "-score"], name="community_thread_top"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="idea") | Q(idea_status=""), name="community_idea_status_ideas"
            )
        ]
        permissions = [
            ("moderate_thread", "Can moderate the community"),
            ("respond_to_idea", "Can change the status of ideas"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        """The thread's page, in the language it is written in."""
        with translation.override(self.locale.language_code):
            return reverse("community:thread", args=[self.pk])

    @property
    def is_visible(self) -> bool:
        """Shown to members: neither hidden, deleted nor merged away."""
        return not (self.is_hidden or self.deleted_at or self.merged_into_id)


class Post(models.Model):
    """One message in a thread: its opening post, an answer or a reply.

    Attributes:
        body: Markdown as the author wrote it.
        body_html: ``body`` rendered through the portal's sanitiser when it was written
            (Discourse's "cooked" text), so that no page renders Markdown as it is read.
        is_opening: the thread's first post (the question itself).
        edited_at: the last edit; earlier versions are ``PostRevision`` rows.
        score: votes up minus votes down, kept by the voting service.
        is_official: written by staff or a support agent, marked as such.
        is_hidden: hidden by a moderator or by enough flags, until reviewed.
        deleted_at: deleted softly by its author or a moderator.
    """

    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, related_name="posts", verbose_name=_("thread")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="community_posts",
        verbose_name=_("author"),
    )
    body = models.TextField(_("text"), max_length=POST_MAX_LENGTH)
    body_html = models.TextField(_("rendered text (HTML)"), editable=False, default="")
    is_opening = models.BooleanField(verbose_name=_("opening post"), default=False)
    is_official = models.BooleanField(_("official"), default=False)
    created_at = models.DateTimeField(
        verbose_name=_("created at"), auto_now_add=True, db_index=True
    )
    edited_at = models.DateTimeField(verbose_name=_("edited at"), null=True, blank=True)
    score = models.IntegerField(verbose_name=_("score"), default=0)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "created_at"], name="community_post_thread")]
        constraints = [
            models.UniqueConstraint(
                fields=["thread"], condition=Q(is_opening=True), name="community_one_opening"
            )
        ]

    def __str__(self) -> str:
        return f"{self.thread.title} #{self.pk}"

    @property
    def is_visible(self) -> bool:
        return not (self.is_hidden or self.deleted_at)

    @property
    def shown_html(self) -> str:
        """``body_html`` for a template: the sanitiser cleaned it when the post was written."""
        return mark_safe(self.body_html)  # noqa: S308 - nh3 has cleaned it


class PostRevision(models.Model):
    """A post's text before an edit, kept so that every change can be read back."""

    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("post")
    )
    body = models.TextField(
        verbose_name=_("text"),
    )
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("edited by"),
    )
    created_at = models.DateTimeField(verbose_name=_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("earlier version of a post")
        verbose_name_plural = _("earlier versions of posts")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.post} @ {self.created_at:%Y-%m-%d %H:%M}"


class Vote(models.Model):
    """A member's vote on a post: +1 or −1, one per member per post.

    Attributes:
        value: +1 up, −1 down (down only on questions and answers).
        revision: counts the vote's changes, so that each one is its own ledger event.
        cast_at: when it was cast or last changed; it locks after a short window.
    """

    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, related_name="votes", verbose_name=_("post")
    )
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="community_votes",
        verbose_name=_("voter"),
    )
    value = models.SmallIntegerField(
        verbose_name=_("value"),
    )
    revision = models.PositiveIntegerField(verbose_name=_("change count"), default=1)
    cast_at = models.DateTimeField(
        verbose_name=_("cast at"),
    )

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["post", "voter"], name="community_one_vote"),
            models.CheckConstraint(condition=Q(value__in=(-1, 1)), name="community_vote_value"),
        ]
        indexes = [models.Index(fields=["voter", "cast_at"], name="community_vote_voter")]

    def __str__(self) -> str:
        return f"{self.voter} {self.value:+d} {self.post}"


class ThreadRead(models.Model):
    """How far a member has read a thread: the trust levels count posts read."""

    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, related_name="+", verbose_name=_("thread")
    )
    reader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="community_reads",
        verbose_name=_("reader"),
    )
    posts_read = models.PositiveIntegerField(verbose_name=_("posts read"), default=0)
    read_at = models.DateTimeField(
        verbose_name=_("read at"),
    )

    class Meta:
        verbose_name = _("thread read")
        verbose_name_plural = _("threads read")
        constraints = [
            models.UniqueConstraint(fields=["thread", "reader"], name="community_one_read")
        ]

    def __str__(self) -> str:
        return f"{self.reader} read {self.posts_read} of {self.thread}"
