from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project's wiring: settings, URLs, the API's assembly, middleware, shared admin parts."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from django.conf.locale import LANG_INFO

        # Browsers in Norway often send the macrolanguage "no"; serve it Bokmål, the way
        # Django's own table sends "zh-cn" to "zh-hans".
        LANG_INFO["no"] = {**LANG_INFO["no"], "fallback": ["nb"]}

        from portal.api import api_assemble

        api_assemble()
