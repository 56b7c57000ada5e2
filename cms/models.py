"""Knowledge base: a root per locale, categories, articles, and the snippets they refer to."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext, ngettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from cms.blocks import ArticleBodyBlock


class Product(TranslatableMixin, models.Model):
    """A part of the product an article applies to.

    Attributes:
        name: what customers call it ("Mobile app").
        slug: a stable key for filters and the API.
        description: one line for editors and listings.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.CharField(_("description"), max_length=250, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class Audience(TranslatableMixin, models.Model):
    """Who an article is written for (administrators, developers, everyone on a team).

    Attributes:
        name: the audience's label.
        description: when an editor should pick it.
    """

    name = models.CharField(_("name"), max_length=100)
    description = models.CharField(_("description"), max_length=250, blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class CustomerSegment(models.Model):
    """A named group of customers an article can be restricted to.

    Attributes:
        name: the plan or organisation name shown to editors.
        kind: ``plan`` (everyone on a plan) or ``organisation`` (one customer company).
        members: the users in the segment; leaving it removes access at once.
    """

    class Kind(models.TextChoices):
        PLAN = "plan", pgettext_lazy("customer segment kind", "Plan")
        ORGANISATION = "organisation", pgettext_lazy("customer segment kind", "Organisation")

    name = models.CharField(_("name"), max_length=100, unique=True)
    kind = models.CharField(
        pgettext_lazy("customer segment", "kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.PLAN,
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="customer_segments",
        verbose_name=_("members"),
        help_text=_("Leaving the segment takes away access to its articles at once."),
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("members")]

    class Meta:
        verbose_name = _("customer segment")
        verbose_name_plural = _("customer segments")
        ordering = ["name"]

    def __str__(self) -> str:
        # Translators: a customer segment in a list, e.g. "Acme Ltd (organisation)".
        return pgettext("customer segment", "%(name)s (%(kind)s)") % {
            "name": self.name,
            "kind": self.get_kind_display().lower(),
        }


class KnowledgeBasePage(Page):
    """The knowledge base of one locale: its categories are the children.

    Attributes:
        intro: a short line under the title.
    """

    intro = models.CharField(
        _("introduction"),
        max_length=250,
        blank=True,
        help_text=_("A short line under the title."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.CategoryPage"]
    max_count_per_parent = 1
    # Who may read a page is the article's audience (``access``, ``segments``), which
    # cms.selectors applies on every channel; none of them reads Wagtail's page privacy,
    # so the admin does not offer it (tests/cms/test_page_privacy.py).
    private_page_options = []

    class Meta:
        verbose_name = _("knowledge base")
        verbose_name_plural = _("knowledge bases")

    def get_context(self, request, *args, **kwargs):
        from cms.selectors import category_list_for_index

        context = super().get_context(request, *args, **kwargs)
        context["categories"] = category_list_for_index(index_page=self, user=request.user)
        return context


class CategoryPage(Page):
    """A group of articles; categories are ordered as editors order them in the page tree.

    Attributes:
        description: what the category covers, shown on the knowledge-base page.
        icon: the name of the category's icon on the site.
    """

    ICONS = [
        ("rocket", pgettext_lazy("category icon", "Getting started")),
        ("user", pgettext_lazy("category icon", "Account")),
        ("clock", pgettext_lazy("category icon", "Time")),
        ("receipt", pgettext_lazy("category icon", "Billing")),
        ("plug", pgettext_lazy("category icon", "Integrations")),
        ("shield", pgettext_lazy("category icon", "Security")),
        ("phone", pgettext_lazy("category icon", "Mobile")),
        ("settings", pgettext_lazy("category icon", "Settings")),
    ]

    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the category covers, shown on the knowledge-base page."),
    )
    icon = models.CharField(_("icon"), max_length=20, choices=ICONS, default="rocket")

    content_panels = [*Page.content_panels, FieldPanel("description"), FieldPanel("icon")]
    parent_page_types = ["cms.KnowledgeBasePage", "cms.CategoryPage"]
    subpage_types = ["cms.ArticlePage", "cms.CategoryPage"]
    # Who may read a page is the article's audience (``access``, ``segments``), which
    # cms.selectors applies on every channel; none of them reads Wagtail's page privacy,
    # so the admin does not offer it (tests/cms/test_page_privacy.py).
    private_page_options = []

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def get_context(self, request, *args, **kwargs):
        from cms.selectors import article_list_for_category

        context = super().get_context(request, *args, **kwargs)
        context["articles"] = article_list_for_category(category=self, user=request.user)
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.ArticlePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
        verbose_name=_("article"),
    )

    class Meta:
        verbose_name = _("article tag")
        verbose_name_plural = _("article tags")


class ArticlePage(Page):
    """One help article.

    Attributes:
        summary: one or two sentences shown in listings, search results and the API.
        body: the article, as a stream of blocks (text, steps, callouts, code, media, FAQ).
        tags: free keywords for search and filtering.
        products: the parts of the product the article applies to.
        audiences: who the article is written for.
        access: who may read it: everyone, signed-in customers, or named segments.
        segments: with ``access == "segments"``, the segments whose members may read it.
        maintainer: the editor responsible for keeping it correct.
        review_interval_days: how long a review stays valid.
        last_reviewed_at: when someone last confirmed the article is correct.
        review_requested: an editor flagged it for review.
        review_due_on: ``last_reviewed_at`` plus the interval, kept in step on save.
        comments_enabled: whether members may comment (django-comments-xtd).
    """

    class Access(models.TextChoices):
        PUBLIC = "public", pgettext_lazy("article access", "Everyone")
        AUTHENTICATED = "authenticated", pgettext_lazy("article access", "Signed-in customers")
        SEGMENTS = "segments", pgettext_lazy("article access", "Members of the chosen segments")

    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    body = StreamField(ArticleBodyBlock(), use_json_field=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))
    products = ParentalManyToManyField(
        Product, blank=True, related_name="articles", verbose_name=_("products")
    )
    audiences = ParentalManyToManyField(
        Audience, blank=True, related_name="articles", verbose_name=_("audiences")
    )
    access = models.CharField(
        _("who can read it"), max_length=20, choices=Access.choices, default=Access.PUBLIC
    )
    segments = ParentalManyToManyField(
        CustomerSegment,
        blank=True,
        related_name="articles",
        verbose_name=_("customer segments"),
        help_text=_(
            "With “Members of the chosen segments”: the segments whose members may read the "
            "article."
        ),
    )
    maintainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="maintained_articles",
        verbose_name=_("maintainer"),
        help_text=_("The editor responsible for keeping the article correct."),
    )
    review_interval_days = models.PositiveIntegerField(
        _("review interval (days)"),
        default=180,
        help_text=_("How many days a review stays valid."),
    )
    last_reviewed_at = models.DateField(_("last reviewed on"), null=True, blank=True)
    review_requested = models.BooleanField(_("review requested"), default=False)
    review_due_on = models.DateField(
        _("review due on"), null=True, blank=True, editable=False, db_index=True
    )
    comments_enabled = models.BooleanField(
        _("comments enabled"),
        default=True,
        help_text=_("Signed-in members may comment on this article."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Related articles")),
    ]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("tags"), FieldPanel("products"), FieldPanel("audiences")],
            heading=_("Classification"),
        ),
    ]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel(
            [FieldPanel("access"), FieldPanel("segments")],
            heading=_("Who can read this article"),
        ),
        FieldPanel("comments_enabled"),
        MultiFieldPanel(
            [
                FieldPanel("maintainer"),
                FieldPanel("review_interval_days"),
                FieldPanel("last_reviewed_at"),
                FieldPanel("review_requested"),
            ],
            heading=pgettext_lazy("article settings panel", "Review"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("access"),
    ]
    parent_page_types = ["cms.CategoryPage"]
    subpage_types = []
    # Who may read a page is the article's audience (``access``, ``segments``), which
    # cms.selectors applies on every channel; none of them reads Wagtail's page privacy,
    # so the admin does not offer it (tests/cms/test_page_privacy.py).
    private_page_options = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def save(self, *args, **kwargs):
        self.review_due_on = (
            self.last_reviewed_at + timedelta(days=self.review_interval_days)
            if self.last_reviewed_at
            else None
        )
        return super().save(*args, **kwargs)

    def serve(self, request, *args, **kwargs):
        from cms.selectors import article_is_visible
        from cms.services import article_view_record

        if not article_is_visible(article=self, user=request.user):
            raise Http404
        article_view_record(translation_key=self.translation_key)
        response = super().serve(request, *args, **kwargs)
        if request.user.is_anonymous:
            response.portal_cache_views = self.translation_key
        return response

    def get_sitemap_urls(self, request=None):
        """Public articles only, each with ``hreflang`` alternates for its public translations."""
        from django.contrib.auth.models import AnonymousUser

        from cms.selectors import article_list_visible_to

        public = article_list_visible_to(user=AnonymousUser())
        family = public.filter(translation_key=self.translation_key).select_related("locale")
        alternates = [
            {"location": page.get_full_url(request), "lang_code": page.locale.language_code}
            for page in family
        ]
        if self.pk not in {page.pk for page in family}:
            return []
        return [{**url, "alternates": alternates} for url in super().get_sitemap_urls(request)]

    def get_context(self, request, *args, **kwargs):
        from cms.forms import FeedbackForm
        from cms.selectors import outdated_translation_notice, related_article_list

        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = related_article_list(article=self, user=request.user)
        context["outdated_notice"] = outdated_translation_notice(page=self)
        context["feedback_form"] = FeedbackForm()
        return context


class ArticleRelatedLink(Orderable):
    """An article suggested at the end of another one, in the order editors chose."""

    page = ParentalKey(
        ArticlePage,
        on_delete=models.CASCADE,
        related_name="related_links",
        verbose_name=_("article"),
    )
    article = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("related article"),
    )

    panels = [PageChooserPanel("article", page_type="cms.ArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")


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
