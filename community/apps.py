from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = _("Community")

    def ready(self) -> None:
        from community import signals  # noqa: F401  (connects the account receivers)
        from community.search_kind import register_thread_search

        register_thread_search()
