from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from wagtail.models import Locale, Page


def locale_list_with_page_counts() -> QuerySet[Locale]:
    """Every configured locale with ``published_pages``: its live pages below the tree root."""
    live_pages = (
        Page.objects.filter(locale=OuterRef("pk"), live=True, depth__gt=1)
        .order_by()
        .values("locale")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Locale.objects.annotate(
        published_pages=Coalesce(Subquery(live_pages, output_field=IntegerField()), Value(0))
    ).order_by("pk")
