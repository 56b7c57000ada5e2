"""The knowledge base's place in the admin: menus, reports, page actions, snippets."""

from django.templatetags.static import static
from django.urls import NoReverseMatch, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.models import register_snippet

from cms.health import log_actions as health_log
from cms.health.admin_views import ContentHealthReportView, article_retire_view
from cms.models import ArticlePage, SourceChange
from cms.translation import log_actions as translation_log
from cms.translation.admin_views import (
    PublishWithSignificanceMenuItem,
    TranslationPanel,
    TranslationReportView,
    translation_detail,
    translator_notice_dismiss,
)
from cms.translation.selectors import (
    translator_locale_list,
)
from cms.translation.status import is_source, source_change_mark_latest
from cms.viewsets import KnowledgeBaseSnippets, article_listing_viewset, comment_viewset

register_snippet(KnowledgeBaseSnippets)


@hooks.register("register_admin_viewset")
def register_article_listing():
    return article_listing_viewset


@hooks.register("register_admin_viewset")
def register_comment_moderation():
    return comment_viewset


@hooks.register("register_page_action_menu_item")
def publish_as_minor_correction():
    return PublishWithSignificanceMenuItem(
        SourceChange.Significance.MINOR,
        gettext_lazy("Publish as minor correction"),
        "edit",
        order=15,
    )


@hooks.register("register_page_action_menu_item")
def publish_as_urgent_change():
    return PublishWithSignificanceMenuItem(
        SourceChange.Significance.URGENT,
        gettext_lazy("Publish as urgent change"),
        "warning",
        order=16,
    )


@hooks.register("after_publish_page")
def record_change_significance(request, page):
    significance = request.GET.get("significance")
    marks = (SourceChange.Significance.MINOR, SourceChange.Significance.URGENT)
    if significance in marks and is_source(page):
        source_change_mark_latest(page=page, significance=significance, acting_user=request.user)


@hooks.register("register_log_actions")
def knowledge_base_log_actions(actions):
    actions.register_action(health_log.ARTICLE_RETIRE)(health_log.ArticleRetireFormatter)
    actions.register_action(translation_log.CHANGE_MINOR)(translation_log.ChangeMinorFormatter)
    actions.register_action(translation_log.CHANGE_URGENT)(translation_log.ChangeUrgentFormatter)
    actions.register_action(translation_log.NOTICE_DISMISS)(translation_log.NoticeDismissFormatter)


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
        path(
            "reports/translations/<int:status_id>/",
            translation_detail,
            name="translation_detail",
        ),
        path(
            "reports/content-health/",
            ContentHealthReportView.as_view(),
            name="content_health_report",
        ),
        path(
            "reports/content-health/results/",
            ContentHealthReportView.as_view(results_only=True),
            name="content_health_report_results",
        ),
        path("kb/articles/<int:page_id>/retire/", article_retire_view, name="article_retire"),
        path(
            "translations/notices/<int:notice_id>/dismiss/",
            translator_notice_dismiss,
            name="translator_notice_dismiss",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        pgettext_lazy("menu: the translation report", "Translations"),
        reverse("translation_report"),
        name="portal-translations",
        icon_name="globe",
        order=50,
    )


@hooks.register("register_reports_menu_item")
def content_health_menu_item():
    return MenuItem(
        gettext_lazy("Content health"),
        reverse("content_health_report"),
        icon_name="pick",
        order=51,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_localize_report(request, menu_items):
    """One "Translations" entry, the portal's: wagtail-localize registers a report of its own
    whose figures read "Waiting for translations" for every page."""
    try:
        theirs = reverse("wagtail_localize:translations_report")
    except NoReverseMatch:
        return
    menu_items[:] = [item for item in menu_items if item.url != theirs]


@hooks.register("register_page_header_buttons")
def retire_button(page, user, view_name, next_url=None):
    if page.specific_class is ArticlePage and page.live:
        yield HeaderButton(
            gettext_lazy("Retire…"),
            url=reverse("article_retire", args=[page.pk]),
            icon_name="warning",
            priority=55,
        )


@hooks.register("construct_homepage_panels")
def add_translation_panel(request, panels):
    locales = translator_locale_list(user=request.user)
    if locales:
        panels.append(TranslationPanel(locales))


@hooks.register("insert_editor_js")
def translation_editor_opens_on_the_linked_string():
    return format_html('<script src="{}" defer></script>', static("portal/admin/linked_string.js"))
