"""Knowledge base: a root per locale, categories, articles, and the snippets they refer to."""

from django.conf import settings
from django.db import models
from django.http import Http404
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

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    description = models.CharField(max_length=250, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
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

    name = models.CharField(max_length=100)
    description = models.CharField(max_length=250, blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
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
        PLAN = "plan", "Plan"
        ORGANISATION = "organisation", "Organisation"

    name = models.CharField(max_length=100, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PLAN)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="customer_segments"
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("members")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display().lower()})"


class KnowledgeBasePage(Page):
    """The knowledge base of one locale: its categories are the children.

    Attributes:
        intro: a short line under the title.
    """

    intro = models.CharField(max_length=250, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.CategoryPage"]
    max_count_per_parent = 1

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
        ("rocket", "Getting started"),
        ("user", "Account"),
        ("clock", "Time"),
        ("receipt", "Billing"),
        ("plug", "Integrations"),
        ("shield", "Security"),
        ("phone", "Mobile"),
        ("settings", "Settings"),
    ]

    description = models.TextField(blank=True)
    icon = models.CharField(max_length=20, choices=ICONS, default="rocket")

    content_panels = [*Page.content_panels, FieldPanel("description"), FieldPanel("icon")]
    parent_page_types = ["cms.KnowledgeBasePage", "cms.CategoryPage"]
    subpage_types = ["cms.ArticlePage", "cms.CategoryPage"]

    def get_context(self, request, *args, **kwargs):
        from cms.selectors import article_list_for_category

        context = super().get_context(request, *args, **kwargs)
        context["articles"] = article_list_for_category(category=self, user=request.user)
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


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
    """

    class Access(models.TextChoices):
        PUBLIC = "public", "Everyone"
        AUTHENTICATED = "authenticated", "Signed-in customers"
        SEGMENTS = "segments", "Members of the chosen segments"

    summary = models.TextField(max_length=500)
    body = StreamField(ArticleBodyBlock(), use_json_field=True)
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)
    products = ParentalManyToManyField(Product, blank=True, related_name="articles")
    audiences = ParentalManyToManyField(Audience, blank=True, related_name="articles")
    access = models.CharField(max_length=20, choices=Access.choices, default=Access.PUBLIC)
    segments = ParentalManyToManyField(CustomerSegment, blank=True, related_name="articles")
    maintainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="maintained_articles",
    )
    review_interval_days = models.PositiveIntegerField(default=180)
    last_reviewed_at = models.DateField(null=True, blank=True)
    review_requested = models.BooleanField(default=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("related_links", label="Related articles"),
    ]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("tags"), FieldPanel("products"), FieldPanel("audiences")],
            heading="Classification",
        ),
    ]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel(
            [FieldPanel("access"), FieldPanel("segments")], heading="Who can read this article"
        ),
        MultiFieldPanel(
            [
                FieldPanel("maintainer"),
                FieldPanel("review_interval_days"),
                FieldPanel("last_reviewed_at"),
                FieldPanel("review_requested"),
            ],
            heading="Review",
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

    def serve(self, request, *args, **kwargs):
        from cms.selectors import article_is_visible

        if not article_is_visible(article=self, user=request.user):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        if self.access != self.Access.PUBLIC:
            return []
        return super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        from cms.selectors import related_article_list

        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = related_article_list(article=self, user=request.user)
        return context


class ArticleRelatedLink(Orderable):
    """An article suggested at the end of another one, in the order editors chose."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("article", page_type="cms.ArticlePage")]
