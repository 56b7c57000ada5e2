"""Spaces: the forums of the community, each for some languages and some readers."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

# The first part of the community's own addresses (portal/urls.py community_routes): a space
# of one of these slugs could never be reached.
RESERVED_SLUGS = frozenset(
    {"badges", "leaderboards", "members", "notifications", "posts", "threads"}
)


def validate_space_slug(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is the address of another community page. Choose another slug."),
            code="reserved",
            params={"slug": value},
        )


class Space(models.Model):
    """A forum: its threads are read and started by the audiences it names.

    Attributes:
        name: shown to members, in the language of the people the space serves.
        slug: the space's address (``/<language>/community/<slug>/``), unique.
        description: one or two sentences under the name.
        locales: the site languages whose visitors land here; a space serves one or more.
        read_access: who may read its threads (everyone, signed-in members, segments, staff).
        post_access: who may start threads and reply; posting always needs an account, so
            "everyone" means every signed-in member.
        segments: with ``segments`` access, the customer segments meant.
        position: order in the space list, smallest first.
        allows_ideas: whether members may propose ideas here.
    """

    class Access(models.TextChoices):
        EVERYONE = "everyone", pgettext_lazy("space access", "Everyone")
        SIGNED_IN = "signed_in", pgettext_lazy("space access", "Signed-in members")
        SEGMENTS = "segments", pgettext_lazy("space access", "Members of the chosen segments")
        STAFF = "staff", pgettext_lazy("space access", "Staff only")

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, validators=[validate_space_slug])
    description = models.TextField(_("description"), max_length=500, blank=True)
    locales = models.ManyToManyField(
        "wagtailcore.Locale",
        related_name="community_spaces",
        verbose_name=_("languages"),
        help_text=_("Visitors reading the site in these languages land in this space."),
    )
    read_access = models.CharField(
        _("who may read"), max_length=20, choices=Access.choices, default=Access.EVERYONE
    )
    post_access = models.CharField(
        _("who may post"), max_length=20, choices=Access.choices, default=Access.EVERYONE
    )
    segments = models.ManyToManyField(
        "cms.CustomerSegment",
        blank=True,
        related_name="community_spaces",
        verbose_name=_("customer segments"),
        help_text=_("With “Members of the chosen segments”: the segments meant."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    allows_ideas = models.BooleanField(_("members may propose ideas"), default=True)
    created_at = models.DateTimeField(verbose_name=_("created at"), auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("locales"),
        MultiFieldPanel(
            [FieldPanel("read_access"), FieldPanel("post_access"), FieldPanel("segments")],
            heading=_("Access"),
        ),
        FieldPanel("allows_ideas"),
        FieldPanel("position"),
    ]

    class Meta:
        verbose_name = _("space")
        verbose_name_plural = _("spaces")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name
