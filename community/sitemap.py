from wagtail.contrib.sitemaps import Sitemap

from community.selectors import thread_list_public


class ThreadSitemap(Sitemap):
    """Threads every visitor may read, each at its page in the language it is written in,
    with that language as its ``hreflang``, on the Wagtail site's address as the articles."""

    def items(self):
        return thread_list_public()

    def _urls(self, page, protocol, domain):
        root = self.get_wagtail_site().root_url
        urls = []
        for thread in self.paginator.page(page).object_list:
            location = root + thread.get_absolute_url()
            alternate = {"location": location, "lang_code": thread.locale.language_code}
            urls.append(
                {
                    "item": thread,
                    "location": location,
                    "lastmod": thread.last_activity_at,
                    "alternates": [alternate],
                }
            )
        return urls
