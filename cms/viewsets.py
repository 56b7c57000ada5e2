import django_filters
from django.forms import RadioSelect
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment
from wagtail.admin.filters import LocaleFilter
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.coreutils import get_content_languages
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.health.selectors import article_health_list
from cms.models import ArticlePage, Audience, CustomerSegment, Product
from cms.selectors import category_filter_choices

YES_NO = [("true", _("Yes")), ("false", _("No"))]
# Translators: the empty choice of a filter: no restriction.
ANY = pgettext_lazy("filter", "Any")


class ArticleFilterSet(PageFilterSet):
    locale = LocaleFilter(
        label=_("Language"),
        choices=lambda: list(get_content_languages().items()),
        empty_label=ANY,
    )
    category = django_filters.ModelChoiceFilter(
        queryset=category_filter_choices, label=_("Category"), method="filter_category"
    )
    live = django_filters.ChoiceFilter(
        # Translators: a filter of the article list: is the article live on the site?
        label=pgettext_lazy("state", "Published"),
        choices=YES_NO,
        empty_label=ANY,
        widget=RadioSelect,
        method="filter_live",
    )
    needs_review = django_filters.ChoiceFilter(
        label=_("Needs review"),
        choices=YES_NO,
        empty_label=ANY,
        widget=RadioSelect,
        method="filter_needs_review",
    )

    class Meta:
        model = ArticlePage
        fields = []

    def filter_category(self, queryset, name, value):
        in_category = ArticlePage.objects.descendant_of(value).values("translation_key")
        return queryset.filter(translation_key__in=in_category)

    def filter_live(self, queryset, name, value):
        return queryset.filter(live=value == "true")

    def filter_needs_review(self, queryset, name, value):
        flagged = article_health_list(articles=ArticlePage.objects.all()).filter(needs_review=True)
        if value == "true":
            return queryset.filter(pk__in=flagged.values("pk"))
        return queryset.exclude(pk__in=flagged.values("pk"))


class ArticleListingViewSet(PageListingViewSet):
    model = ArticlePage
    icon = "doc-full"
    menu_label = _("Articles")
    name = "articles"
    add_to_admin_menu = True
    menu_order = 150
    filterset_class = ArticleFilterSet


article_listing_viewset = ArticleListingViewSet("articles")


class CommentViewSet(ModelViewSet):
    """Where moderators approve, hide or remove article comments."""

    model = XtdComment
    icon = "comment"
    menu_label = _("Comments")
    name = "comments"
    add_to_admin_menu = True
    menu_order = 160
    list_display = ["comment", "user_name", "content_object", "submit_date", "is_public"]
    list_filter = ["is_public", "is_removed"]
    form_fields = ["comment", "is_public", "is_removed"]
    ordering = ["is_public", "-submit_date"]
    inspect_view_enabled = True
    create_view_enabled = False


comment_viewset = CommentViewSet("comments")


class ProductViewSet(SnippetViewSet):
    model = Product
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "locale"]
    list_filter = ["locale"]


class CustomerSegmentViewSet(SnippetViewSet):
    model = CustomerSegment
    icon = "user"
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


class KnowledgeBaseSnippets(SnippetViewSetGroup):
    items = (ProductViewSet, AudienceViewSet, CustomerSegmentViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = gettext_lazy("Knowledge base")
    menu_name = "knowledge-base"
