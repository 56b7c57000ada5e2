"""Admin views for translators and editors: the translation report and its drill-down."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from cms import notifications
from cms.models import CategoryPage, TranslationStatus
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
