from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Knowledge base")

    def ready(self) -> None:
        from cms import signals  # noqa: F401  (signals connects the receivers)
        from cms.comments import policy
        from cms.search_kind import register_article_search

        policy.register()
        register_article_search()
