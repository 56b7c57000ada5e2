"""Admin views for translators and editors: the translation report and its drill-down."""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Case, F, FloatField, Value, When
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from cms import notifications, services
from cms.models import ArticlePage, CategoryPage, TranslationStatus
from cms.selectors import article_health_list
from cms.translation_status import compare_strings


def _target_locales(request):
    return Locale.objects.exclude(pk=Locale.get_default().pk)


def _categories(request):
    return CategoryPage.objects.filter(locale=Locale.get_default()).order_by("path")


def _owners(request):
    return get_user_model().objects.filter(maintained_articles__isnull=False).distinct()


class TranslationReportFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(queryset=_target_locales, label="Language")
    state = django_filters.ChoiceFilter(choices=TranslationStatus.State.choices)
    category = django_filters.ModelChoiceFilter(
        queryset=_categories, label="Category", method="filter_category"
    )
    owner = django_filters.ModelChoiceFilter(
        queryset=_owners, field_name="source_page__articlepage__maintainer", label="Owner"
    )
    sort = django_filters.OrderingFilter(
        fields=[("source_changed_at", "age"), ("gap_size", "gap"), ("source_page__title", "title")],
        label="Sort by",
    )

    class Meta:
        model = TranslationStatus
        fields = ["locale", "state"]

    def filter_category(self, queryset, name, value):
        return queryset.filter(
            source_page__path__startswith=value.path, source_page__depth__gt=value.depth
        )


class TranslationReportView(ReportView):
    """Every translated page by language and state; urgent and widest gaps first."""

    page_title = "Translations"
    header_icon = "globe"
    results_template_name = "cms/admin/translation_report_results.html"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    filterset_class = TranslationReportFilterSet
    list_export = [
        "source_page.title",
        "locale.language_code",
        "state",
        "total",
        "translated",
        "outdated",
        "corrected",
        "missing",
        "source_changed_at",
        "synced_at",
        "urgent",
    ]
    export_headings = {
        "source_page.title": "Page",
        "locale.language_code": "Language",
        "source_changed_at": "Source changed",
        "synced_at": "Last synced",
    }

    def get_queryset(self):
        return (
            TranslationStatus.objects.filter(source_page__live=True)
            .select_related("source_page", "locale")
            .annotate(gap_size=F("outdated") + F("missing"))
            .order_by("-urgent", "-gap_size", "source_page__path", "locale_id")
        )


def translation_detail(request, status_id: int):
    """One page in one language: each string, old → new, with the current translation."""
    status = get_object_or_404(
        TranslationStatus.objects.select_related("source_page", "locale"), pk=status_id
    )
    target = status.source_page.get_translation_or_none(status.locale)
    strings = compare_strings(source_page=status.source_page, locale=status.locale)
    return TemplateResponse(
        request,
        "cms/admin/translation_detail.html",
        {
            "status": status,
            "target": target,
            "strings": [s for s in strings if s.state != "translated"],
            "translated_count": sum(s.state == "translated" for s in strings),
            "page_title": f"{status.source_page.title} ({status.locale})",
        },
    )


@require_POST
def translator_notice_dismiss(request, notice_id: int):
    notifications.translator_notice_dismiss(notice_id=notice_id, user=request.user)
    return redirect("wagtailadmin_home")


class ContentHealthFilterSet(WagtailFilterSet):
    needs_review = django_filters.BooleanFilter(label="Needs review")
    category = django_filters.ModelChoiceFilter(
        queryset=_categories, label="Category", method="filter_category"
    )
    sort = django_filters.OrderingFilter(
        fields=[
            ("views_30d", "views"),
            ("unhelpful_share", "unhelpful"),
            ("last_published_at", "age"),
            ("outdated_locales", "translations"),
        ],
        label="Sort by",
    )

    class Meta:
        model = ArticlePage
        fields = ["needs_review"]

    def filter_category(self, queryset, name, value):
        return queryset.descendant_of(value)


class ContentHealthReportView(ReportView):
    """Articles by views, helpfulness, age, translation state and review state."""

    page_title = "Content health"
    header_icon = "pick"
    results_template_name = "cms/admin/content_health_results.html"
    index_url_name = "content_health_report"
    index_results_url_name = "content_health_report_results"
    filterset_class = ContentHealthFilterSet
    list_export = [
        "title",
        "views_30d",
        "answers",
        "unhelpful",
        "last_published_at",
        "last_reviewed_at",
        "review_due_on",
        "outdated_locales",
        "needs_review",
    ]

    def get_queryset(self):
        return (
            article_health_list()
            .annotate(
                unhelpful_share=Case(
                    When(answers=0, then=Value(0.0)),
                    default=Cast(F("unhelpful"), FloatField()) / Cast(F("answers"), FloatField()),
                    output_field=FloatField(),
                )
            )
            .order_by("-needs_review", "-views_30d", "path")
        )


class RetireForm(forms.Form):
    replacement = forms.ModelChoiceField(
        queryset=ArticlePage.objects.none(),
        required=False,
        help_text="Visitors following old links are sent here. Leave empty for none.",
    )

    def __init__(self, *args, article, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["replacement"].queryset = (
            ArticlePage.objects.live().filter(locale=article.locale).exclude(pk=article.pk)
        )


def article_retire_view(request, page_id: int):
    """Unpublish an article, redirecting its address to a replacement."""
    article = get_object_or_404(ArticlePage, pk=page_id)
    if not article.permissions_for_user(request.user).can_unpublish():
        raise PermissionDenied
    form = RetireForm(request.POST or None, article=article)
    if request.method == "POST" and form.is_valid():
        try:
            services.article_retire(
                article=article,
                replacement=form.cleaned_data["replacement"],
                acting_user=request.user,
            )
        except services.KnowledgeBaseError as error:
            form.add_error("replacement", error.message)
        else:
            messages.success(request, f"“{article.title}” was retired.")
            return redirect("wagtailadmin_explore", article.get_parent().pk)
    return TemplateResponse(
        request,
        "cms/admin/retire_article.html",
        {"article": article, "form": form, "page_title": f"Retire “{article.title}”"},
    )
