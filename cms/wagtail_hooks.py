from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import Audience, CustomerSegment, Product


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
