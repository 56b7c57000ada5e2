import logging

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = _("Portal search")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from search import wagtail_index

        wagtail_index.connect()
        post_migrate.connect(_wagtail_indices_ensure, sender=self)


def _wagtail_indices_ensure(sender, **kwargs) -> None:
    """After a migrate, Wagtail's indices exist on their engine, so a search of a model
    nobody has saved yet (documents, images) finds nothing instead of failing."""
    from search import engines, wagtail_index

    for engine in engines.written():
        if engine.holds_wagtail_index:
            try:
                wagtail_index.indices_ensure()
            except engine.unavailable as error:
                logger.warning(
                    "search %s unavailable, Wagtail's indices not checked: %s", engine.name, error
                )
