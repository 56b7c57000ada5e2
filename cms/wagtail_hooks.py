from wagtail import hooks
from wagtail.admin.action_menu import PublishMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import Audience, CustomerSegment, Product, SourceChange
from cms.translation_status import is_source, source_change_mark_latest


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
    menu_label = "Knowledge base"
    menu_name = "knowledge-base"


register_snippet(KnowledgeBaseSnippets)


class PublishWithSignificanceMenuItem(PublishMenuItem):
    """Publish, telling translators how much the change matters to them."""

    template_name = "cms/admin/publish_with_significance.html"

    def __init__(self, significance: str, label: str, icon_name: str, order: int):
        super().__init__(order=order)
        self.significance = significance
        self.name = f"action-publish-{significance}"
        self.label = label
        self.icon_name = icon_name

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and page is not None
            and is_source(page)
            and super().is_shown(context)
        )

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["significance"] = self.significance
        return context


@hooks.register("register_page_action_menu_item")
def publish_as_minor_correction():
    return PublishWithSignificanceMenuItem(
        SourceChange.Significance.MINOR, "Publish as minor correction", "edit", order=15
    )


@hooks.register("register_page_action_menu_item")
def publish_as_urgent_change():
    return PublishWithSignificanceMenuItem(
        SourceChange.Significance.URGENT, "Publish as urgent change", "warning", order=16
    )


@hooks.register("after_publish_page")
def record_change_significance(request, page):
    significance = request.GET.get("significance")
    if significance in (SourceChange.Significance.MINOR, SourceChange.Significance.URGENT):
        source_change_mark_latest(page=page, significance=significance)
