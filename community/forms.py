"""The community's site forms: what a member types, before the services decide on it.

The forms only check what the browser could have checked (a field left empty, a text over
its length); every rule of the community (links for new members, tags, daily limits) is the
services', and their refusals are shown on the same form (``portal.site_errors``).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext, pgettext_lazy

from cms.selectors import user_works_in_admin
from community.ideas.services import RESPONSE_MAX_LENGTH
from community.models import Flag, Member, Space, Thread
from community.models.moderation import NOTE_MAX_LENGTH
from community.models.threads import POST_MAX_LENGTH, TITLE_MAX_LENGTH
from community.services import MAX_TAGS
from portal.api_input import MAX_ID

TAGS_MAX_LENGTH = 200


def kind_choices(*, user, space: Space) -> list[tuple[str, str]]:
    """The kinds of thread ``user`` may start in ``space``."""
    kinds = [Thread.Kind.QUESTION, Thread.Kind.DISCUSSION]
    if space.allows_ideas:
        kinds.append(Thread.Kind.IDEA)
    if user_works_in_admin(user):
        kinds.append(Thread.Kind.ANNOUNCEMENT)
    return [(kind.value, kind.label) for kind in kinds]


class BodyField(forms.CharField):
    widget = forms.Textarea

    def __init__(self, **kwargs):
        super().__init__(max_length=POST_MAX_LENGTH, **kwargs)

    def widget_attrs(self, widget):
        # The browser's own limit is left out: a pasted text over it would be cut silently.
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class AskForm(forms.Form):
    kind = forms.ChoiceField(label=pgettext_lazy("ask form", "Kind of thread"))
    title = forms.CharField(
        label=pgettext_lazy("ask form", "Title"),
        max_length=TITLE_MAX_LENGTH,
        help_text=_("One sentence that says what you need."),
    )
    body = BodyField(
        label=pgettext_lazy("ask form", "Details"),
        help_text=_("Markdown: **bold**, *italic*, `code`, lists and links."),
    )
    tags = forms.CharField(
        label=pgettext_lazy("ask form", "Tags"),
        required=False,
        max_length=TAGS_MAX_LENGTH,
    )

    def __init__(self, *args, user, space: Space, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = kind_choices(user=user, space=space)
        self.fields["tags"].help_text = ngettext(
            "Separate tags with commas; at most %(limit)d tag.",
            "Separate tags with commas; at most %(limit)d tags.",
            MAX_TAGS,
        ) % {"limit": MAX_TAGS}

    def clean_tags(self) -> list[str]:
        return [tag.strip() for tag in self.cleaned_data["tags"].split(",") if tag.strip()]


class ReplyForm(forms.Form):
    body = BodyField(label=pgettext_lazy("reply form", "Your reply (Markdown)"))

    def __init__(self, *args, thread: Thread, **kwargs):
        super().__init__(*args, **kwargs)
        if thread.kind == Thread.Kind.QUESTION:
            self.fields["body"].label = pgettext("reply form", "Your answer (Markdown)")


class EditForm(forms.Form):
    """A post's new text, and for an opening post its thread's new title."""

    title = forms.CharField(label=pgettext_lazy("ask form", "Title"), max_length=TITLE_MAX_LENGTH)
    body = BodyField(label=pgettext_lazy("edit form", "Text (Markdown)"))

    def __init__(self, *args, with_title: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_title:
            del self.fields["title"]


# --- ideas and moderation ------------------------------------------------------------------


class IdeaStatusForm(forms.Form):
    """Product staff move an idea to another status, saying why (shown on the idea)."""

    status = forms.ChoiceField(label=pgettext_lazy("idea status form", "New status"))
    response = forms.CharField(
        label=pgettext_lazy("idea status form", "Official response (Markdown)"),
        widget=forms.Textarea,
        max_length=RESPONSE_MAX_LENGTH,
        help_text=_("Shown on the idea and sent to its followers."),
    )

    def __init__(self, *args, thread: Thread, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (value, label)
            for value, label in Thread.IdeaStatus.choices
            if value != thread.idea_status
        ]


class FlagForm(forms.Form):
    """A member's report of a post that breaks the rules."""

    reason = forms.ChoiceField(
        label=pgettext_lazy("flag form", "Why?"), choices=Flag.Reason.choices
    )
    note = forms.CharField(
        label=pgettext_lazy("flag form", "Note for the moderators (optional)"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
    )


class ThreadMoveForm(forms.Form):
    """A moderator moves a thread to another of the spaces they may read."""

    space = forms.ChoiceField(label=pgettext_lazy("moderation form", "Move to"))

    def __init__(self, *args, spaces, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["space"].choices = [(space.slug, space.name) for space in spaces]


class ThreadMergeForm(forms.Form):
    """A moderator merges a thread into another, named by its number."""

    into = forms.IntegerField(
        label=pgettext_lazy("moderation form", "Merge into thread number"),
        min_value=1,
        max_value=MAX_ID,
    )


class EmailChoiceForm(forms.Form):
    """What a member hears of the community by e-mail (the site shows everything either way)."""

    email = forms.ChoiceField(
        label=pgettext_lazy("community settings", "E-mail about the community"),
        choices=Member.Email.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Replies, accepted answers, mentions and idea updates. Your notifications page"
            " shows all of them, whatever you choose."
        ),
    )
