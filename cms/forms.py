from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import ArticleFeedback


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))], coerce=lambda value: value == "yes"
    )
    reason = forms.ChoiceField(choices=[("", "—"), *ArticleFeedback.Reason.choices], required=False)
    comment = forms.CharField(
        max_length=ArticleFeedback.COMMENT_MAX_LENGTH, required=False, widget=forms.Textarea
    )
