from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = "Portal search"

    def ready(self) -> None:
        from wagtail.api.v3.urls import api

        from search.api import router

        api.add_router("/portal/", router)
