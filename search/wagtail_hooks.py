from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import search_terms_report


@hooks.register("register_admin_urls")
def search_report_urls():
    return [path("reports/search-terms/", search_terms_report, name="search_terms_report")]


@hooks.register("register_reports_menu_item")
def search_terms_menu_item():
    return MenuItem(_("Search terms"), reverse("search_terms_report"), icon_name="search", order=52)
