"""Knowledge-base pages: a root per locale, categories and articles."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from cms.blocks import ArticleBodyBlock
from cms.models.snippets import Audience, CustomerSegment, Product
from portal.page_cache import page_cache_keep


class ArticleRouteMixin:
    """Finds an article below this page in one query by its URL path, where Wagtail's own
    route costs two queries per level (the child, then its specific page); anything else
    (categories, unknown paths) takes Wagtail's route."""

    def route(self, request, path_components):
        if len(path_components) >= 2:  # an article lies below a category
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            parent = Page.objects.filter(
                path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
            )
            article = (
                ArticlePage.objects.filter(url_path=url_path, locale_id=self.locale_id)
                .select_related("locale")
                .annotate(parent_title=Subquery(parent.values("title")[:1]))
                .first()
            )
            if article is not None:
                return article.route(request, [])
        return super().route(request, path_components)


class KnowledgeBasePage(ArticleRouteMixin, Page):
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
        from cms.health.services import article_view_record
        from cms.selectors import article_is_visible

        if not article_is_visible(article=self, user=request.user):
            raise Http404
        article_view_record(translation_key=self.translation_key)
        response = super().serve(request, *args, **kwargs)
        if request.user.is_anonymous:
            page_cache_keep(response, views_key=self.translation_key)
        return response

    def get_view_restrictions(self):
        """None: who may read an article is its audience (``serve``), and no page of the
        portal can carry Wagtail's page privacy (``private_page_options``), so Wagtail's
        check before serving needs no two queries for the article and its ancestors."""
        return PageViewRestriction.objects.none()

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
        from cms.health.forms import FeedbackForm
        from cms.selectors import related_article_list
        from cms.translation.selectors import outdated_translation_notice

        context = super().get_context(request, *args, **kwargs)
        previewed = getattr(request, "is_preview", False)
        context["breadcrumb"] = self._breadcrumb(request)
        context["related_articles"] = related_article_list(
            article=self, user=request.user, saved=not previewed
        )
        # Only a translation can lag behind its source.
        context["outdated_notice"] = (
            None if self.locale.is_default else outdated_translation_notice(page=self)
        )
        context["feedback_form"] = FeedbackForm()
        return context

    def _breadcrumb(self, request) -> dict:
        """The category above the article: its title came with the article when the article
        was routed (``ArticleRouteMixin``), and its address is the article's, one step up."""
        title = getattr(self, "parent_title", None)
        if title is None:
            parent = self.get_parent()
            return {"title": parent.title, "url": parent.get_url(request)}
        return {"title": title, "url": self.get_url(request).rsplit("/", 2)[0] + "/"}


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
