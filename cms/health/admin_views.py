"""Content health in the admin: the editors' report and retiring an article."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Case, F, FloatField, Value, When
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import (
    gettext,
    gettext_lazy,
    ngettext,
    pgettext_lazy,
)
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from cms.health import services
from cms.health.selectors import article_health_list
from cms.models import ArticlePage
from cms.selectors import category_filter_choices
from portal.admin import CountedPaginator
from portal.site_errors import refusals_shown_in


class ContentHealthFilterSet(WagtailFilterSet):
    needs_review = django_filters.BooleanFilter(label=gettext_lazy("Needs review"))
    category = django_filters.ModelChoiceFilter(
        queryset=category_filter_choices, label=gettext_lazy("Category"), method="filter_category"
    )
    sort = django_filters.OrderingFilter(
        fields=[
            ("views_30d", "views"),
            ("unhelpful_share", "unhelpful"),
            ("last_published_at", "age"),
            ("outdated_locales", "translations"),
        ],
        field_labels={
            "views_30d": pgettext_lazy("sort articles by", "Views"),
            "unhelpful_share": pgettext_lazy("sort articles by", "Share of unhelpful answers"),
            "last_published_at": pgettext_lazy("sort articles by", "Age"),
            "outdated_locales": pgettext_lazy("sort articles by", "Outdated translations"),
        },
        label=gettext_lazy("Sort by"),
    )

    class Meta:
        model = ArticlePage
        fields = ["needs_review"]

    def filter_category(self, queryset, name, value):
        return queryset.descendant_of(value)


class ContentHealthPaginator(CountedPaginator):
    @staticmethod
    def count_label(count):
        return ngettext("%(count)s article", "%(count)s articles", count) % {"count": count}


class ContentHealthReportView(ReportView):
    """Articles by views, helpfulness, age, translation state and review state."""

    page_title = gettext_lazy("Content health")
    header_icon = "pick"
    results_template_name = "cms/admin/content_health_results.html"
    index_url_name = "content_health_report"
    index_results_url_name = "content_health_report_results"
    filterset_class = ContentHealthFilterSet
    paginator_class = ContentHealthPaginator
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
    export_headings = {
        "title": gettext_lazy("Article"),
        "views_30d": gettext_lazy("Views (30 days)"),
        "answers": gettext_lazy("Answers"),
        "unhelpful": gettext_lazy("Unhelpful answers"),
        "last_published_at": gettext_lazy("Published"),
        "last_reviewed_at": gettext_lazy("Last reviewed"),
        "review_due_on": gettext_lazy("Review due"),
        "outdated_locales": gettext_lazy("Outdated translations"),
        "needs_review": gettext_lazy("Needs review"),
    }

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
        label=gettext_lazy("Replacement"),
        help_text=gettext_lazy("Visitors following old links are sent here. Leave empty for none."),
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
    template = "cms/admin/retire_article.html"
    context = {
        "article": article,
        "form": form,
        "page_title": gettext("Retire “%(title)s”") % {"title": article.title},
    }
    if request.method == "POST" and form.is_valid():
        refusals_shown_in(request, template, context, form=form, field="replacement")
        services.article_retire(
            article=article,
            replacement=form.cleaned_data["replacement"],
            acting_user=request.user,
        )
        messages.success(request, gettext("“%(title)s” was retired.") % {"title": article.title})
        return redirect("wagtailadmin_explore", article.get_parent().pk)
    return TemplateResponse(request, template, context)
