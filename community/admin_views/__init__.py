"""The community's screens in the Wagtail admin: the moderation queue, the most wanted ideas
and the badge form. Each checks its permission itself; Wagtail answers a refusal with its
"permission denied" redirect to the dashboard."""

from django.core.exceptions import PermissionDenied


def require_permission(user, permission: str) -> None:
    if not (user.is_active and user.has_perm(permission)):
        raise PermissionDenied


class PermissionRequiredMixin:
    """A view for the holders of ``permission`` only (``app_label.codename``)."""

    permission = ""

    def dispatch(self, request, *args, **kwargs):
        require_permission(request.user, self.permission)
        return super().dispatch(request, *args, **kwargs)
