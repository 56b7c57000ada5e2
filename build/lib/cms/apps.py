from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Knowledge base"

    def ready(self) -> None:
        from wagtail.api.v3.urls import api

        from cms.api import router

        api.add_router("/portal/", router)
