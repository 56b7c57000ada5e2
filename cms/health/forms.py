from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import ArticleFeedback


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Was this article helpful?"),
        choices=[
            ("yes", _("Yes")),
            ("no", _("No")),
        ],
        coerce=lambda value: value == "yes",
        error_messages={
            "required": _("Choose whether the article helped."),
            "invalid_choice": _("Choose whether the article helped."),
        },
    )
    reason = forms.ChoiceField(
        label=_("What was wrong?"),
        choices=[("", "—"), *ArticleFeedback.Reason.choices],
        required=False,
        error_messages={"invalid_choice": _("Choose one of the reasons listed.")},
    )
    comment = forms.CharField(
        label=_("Comment"),
        max_length=ArticleFeedback.COMMENT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea,
    )
