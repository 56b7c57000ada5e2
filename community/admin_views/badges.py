"""The badge form and list: a badge's rule is one the portal knows, chosen from a list."""

from django import forms
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.snippets.views.snippets import IndexView

from community.badges.rules import RULES
from community.models import BadgeAward

# What each rule counts, as editors read it in the badge form.
RULE_LABELS = {
    "posts_written": pgettext_lazy("badge rule", "Posts written"),
    "questions_asked": pgettext_lazy("badge rule", "Questions asked"),
    "answers_accepted": pgettext_lazy("badge rule", "Answers accepted"),
    "upvotes_received": pgettext_lazy("badge rule", "Upvotes received"),
    "answer_languages": pgettext_lazy("badge rule", "Languages answered in"),
    "great_answers": pgettext_lazy("badge rule", "Answers with at least this score"),
    "popular_questions": pgettext_lazy("badge rule", "Questions with at least this score"),
    "well_received_ideas": pgettext_lazy("badge rule", "Ideas with at least this score"),
    "ideas_planned": pgettext_lazy("badge rule", "Ideas planned"),
    "flags_upheld": pgettext_lazy("badge rule", "Flags moderators agreed with"),
}


def rule_choices() -> list[tuple[str, str]]:
    return [(name, RULE_LABELS.get(name, name)) for name in RULES]


class BadgeForm(WagtailAdminModelForm):
    rule = forms.ChoiceField(
        choices=rule_choices,
        label=gettext_lazy("rule"),
        help_text=gettext_lazy(
            "What members do to earn the badge: the threshold is how many times, or for a rule"
            " on scores the lowest score."
        ),
        error_messages={
            "invalid_choice": gettext_lazy(
                "“%(value)s” is not a rule the portal knows. Choose one from the list."
            ),
        },
    )


def with_holders(badges):
    """``holders``: the members holding each badge (awards are of the badge in the default
    language; its translations share its key)."""
    holders = (
        BadgeAward.objects.filter(badge__translation_key=OuterRef("translation_key"))
        .order_by()
        .values("badge__translation_key")
        .annotate(n=Count("user", distinct=True))
        .values("n")
    )
    return badges.annotate(holders=Coalesce(Subquery(holders, output_field=IntegerField()), 0))


class BadgeIndexView(IndexView):
    def get_base_queryset(self):
        return with_holders(super().get_base_queryset())
