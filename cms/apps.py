from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Knowledge base")

    def ready(self) -> None:
        from django.conf.locale import LANG_INFO
        from wagtail.api.v3.urls import api

        # Browsers in Norway often send the macrolanguage "no"; serve it Bokmål, the way
        # Django's own table sends "zh-cn" to "zh-hans".
        LANG_INFO["no"] = {**LANG_INFO["no"], "fallback": ["nb"]}

        from cms import comments, signals  # noqa: F401  (signals connects the receivers)
        from cms.api import router
        from cms.search_kind import register_article_search

        comments.register()
        register_article_search()

        api.add_router("/portal/", router)
