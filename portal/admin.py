"""Admin pieces every app's reports share."""

from django.utils.functional import cached_property
from wagtail.admin.paginator import WagtailPaginator


class CountedPaginator(WagtailPaginator):
    """Wagtail's paginator, naming the count with plural forms ("1 translation", "2 …")."""

    count_label = None  # a function of the count

    @cached_property
    def items_count_label(self):
        return self.count_label(self.count)
