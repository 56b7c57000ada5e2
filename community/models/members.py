"""What the community keeps about a member beyond the account: suspension and e-mail choice."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Member(models.Model):
    """A user's standing in the community; made on their first action.

    Attributes:
        suspended_until: while in the future, the member may not post or vote, and their
            votes count for nothing.
        email: what the member hears by e-mail: each event at once, a daily digest, or
            nothing (the site shows every notification either way).
    """

    class Email(models.TextChoices):
        AT_ONCE = "at_once", pgettext_lazy("community e-mail", "At once")
        DAILY = "daily", pgettext_lazy("community e-mail", "A daily digest")
        NEVER = "never", pgettext_lazy("community e-mail", "Never")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="community_member",
        verbose_name=_("member"),
    )
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)
    email = models.CharField(
        _("e-mail notifications"), max_length=10, choices=Email.choices, default=Email.AT_ONCE
    )

    class Meta:
        verbose_name = _("community member")
        verbose_name_plural = _("community members")

    def __str__(self) -> str:
        return self.user.get_username()
