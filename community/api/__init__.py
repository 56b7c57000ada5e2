"""The community's endpoints on Wagtail's API v3 (mounted at /api/v3/portal/community/).

Handlers are thin: they parse, call one selector or service, and serialise. What the viewer
may not read is not found (404), through the selectors. Writes need a signed-in member (401
otherwise) and carry the visitor's intent as every write of the portal does
(``portal.api_input.portal_write_guard``: a JSON body, this site's origin, the session's
CSRF token; a DELETE takes no body).
"""

from ninja import Router

from community.api.common import community_write_guard
from community.api.ideas import router as ideas
from community.api.members import router as members
from community.api.moderation import router as moderation
from community.api.notifications import router as notifications
from community.api.threads import router as threads

router = Router(tags=["community"])
router.add_decorator(community_write_guard, mode="view")
router.add_router("", threads)
router.add_router("", ideas)
router.add_router("", moderation)
router.add_router("", members)
router.add_router("", notifications)
