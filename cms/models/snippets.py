"""Snippets an article refers to: products, audiences and customer segments."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class Product(TranslatableMixin, models.Model):
    """A part of the product an article applies to.

    Attributes:
        name: what customers call it ("Mobile app").
        slug: a stable key for filters and the API.
        description: one line for editors and listings.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.CharField(_("description"), max_length=250, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class Audience(TranslatableMixin, models.Model):
    """Who an article is written for (administrators, developers, everyone on a team).

    Attributes:
        name: the audience's label.
        description: when an editor should pick it.
    """

    name = models.CharField(_("name"), max_length=100)
    description = models.CharField(_("description"), max_length=250, blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class CustomerSegment(models.Model):
    """A named group of customers an article can be restricted to.

    Attributes:
        name: the plan or organisation name shown to editors.
        kind: ``plan`` (everyone on a plan) or ``organisation`` (one customer company).
        members: the users in the segment; leaving it removes access at once.
    """

    class Kind(models.TextChoices):
        PLAN = "plan", pgettext_lazy("customer segment kind", "Plan")
        ORGANISATION = "organisation", pgettext_lazy("customer segment kind", "Organisation")

    name = models.CharField(_("name"), max_length=100, unique=True)
    kind = models.CharField(
        pgettext_lazy("customer segment", "kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.PLAN,
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="customer_segments",
        verbose_name=_("members"),
        help_text=_("Leaving the segment takes away access to its articles at once."),
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("members")]

    class Meta:
        verbose_name = _("customer segment")
        verbose_name_plural = _("customer segments")
        ordering = ["name"]

    def __str__(self) -> str:
        # Translators: a customer segment in a list, e.g. "Acme Ltd (organisation)".
        return pgettext("customer segment", "%(name)s (%(kind)s)") % {
            "name": self.name,
            "kind": self.get_kind_display().lower(),
        }
