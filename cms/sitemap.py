from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    """Wagtail's sitemap over the site's home page in every locale, not only the source's."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_locale = Page.objects.none()
        for home in homes:
            in_any_locale |= Page.objects.descendant_of(home, inclusive=True)
        return in_any_locale.live().public().order_by("path").defer_streamfields().specific()
