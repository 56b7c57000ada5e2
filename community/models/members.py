"""What the community keeps about a member beyond the account: suspension and e-mail choice."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Member(models.Model):
    """A user's standing in the community; made on their first action.

    Attributes:
        suspended_until: while in the future, the member may not post or vote, and their
            votes count for nothing.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_member"
    )
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)

    class Meta:
        verbose_name = _("community member")
        verbose_name_plural = _("community members")

    def __str__(self) -> str:
        return self.user.get_username()
