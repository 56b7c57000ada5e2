"""The API's assembly: every app's endpoints mounted on Wagtail's API v3 under /api/v3/portal/."""

from wagtail.api.v3.urls import api


def api_assemble() -> None:
    """Mount each app's router once, when the apps are ready."""
    from cms.api import router as knowledge_base
    from search.api import router as search

    for router in (knowledge_base, search):
        api.add_router("/portal/", router)
