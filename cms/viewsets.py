import django_filters
from django.forms import RadioSelect
from django_comments_xtd.models import XtdComment
from wagtail.admin.filters import LocaleFilter
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale

from cms.models import ArticlePage, CategoryPage
from cms.selectors import article_health_list

YES_NO = [("true", "Yes"), ("false", "No")]


def _categories(request):
    return CategoryPage.objects.filter(locale=Locale.get_default()).order_by("path")


class ArticleFilterSet(PageFilterSet):
    locale = LocaleFilter(
        label="Language", choices=lambda: list(get_content_languages().items()), empty_label="Any"
    )
    category = django_filters.ModelChoiceFilter(
        queryset=_categories, label="Category", method="filter_category"
    )
    live = django_filters.ChoiceFilter(
        label="Published",
        choices=YES_NO,
        empty_label="Any",
        widget=RadioSelect,
        method="filter_live",
    )
    needs_review = django_filters.ChoiceFilter(
        label="Needs review",
        choices=YES_NO,
        empty_label="Any",
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
    menu_label = "Articles"
    name = "articles"
    add_to_admin_menu = True
    menu_order = 150
    filterset_class = ArticleFilterSet


article_listing_viewset = ArticleListingViewSet("articles")


class CommentViewSet(ModelViewSet):
    """Where moderators approve, hide or remove article comments."""

    model = XtdComment
    icon = "comment"
    menu_label = "Comments"
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
