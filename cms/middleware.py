from django.middleware.locale import LocaleMiddleware


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 → language-prefix redirect outside the site.

    Wagtail serves every path under a language prefix, so Django would turn each 404 of the
    API, the admin or the account pages into a redirect to ``/en/...``. Those answer as they
    are instead.
    """

    UNPREFIXED = (
        "/api/",
        "/admin/",
        "/accounts/",
        "/documents/",
        "/feedback/",
        "/static/",
        "/comments/",
        "/search/opened/",
    )

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)
