"""The most wanted ideas, for product staff: ideas by votes, and a form to move one along."""

import django_filters
from django import forms
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext, gettext_lazy, ngettext, pgettext_lazy
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from community.admin_views import PermissionRequiredMixin, require_permission
from community.errors import ThreadNotFound
from community.ideas.services import RESPONSE_MAX_LENGTH, idea_status_change
from community.models import Space, Thread
from community.selectors import idea_list, thread_get_readable
from portal.admin import CountedPaginator
from portal.site_errors import refusals_shown_in

PERMISSION = "community.respond_to_idea"
REPORT_URL_NAME = "community_ideas:index"
STATUS_TEMPLATE = "wagtailadmin/community/idea_status.html"


def _idea_spaces(request):
    return Space.objects.filter(allows_ideas=True).order_by("position", "name")


class IdeaReportFilterSet(WagtailFilterSet):
    idea_status = django_filters.ChoiceFilter(
        choices=Thread.IdeaStatus.choices, label=pgettext_lazy("idea", "Status")
    )
    space = django_filters.ModelChoiceFilter(queryset=_idea_spaces, label=gettext_lazy("Space"))

    class Meta:
        model = Thread
        fields = ["idea_status", "space"]


class IdeaReportPaginator(CountedPaginator):
    @staticmethod
    def count_label(count):
        return ngettext("%(count)s idea", "%(count)s ideas", count) % {"count": count}


class IdeaReportView(PermissionRequiredMixin, ReportView):
    """Ideas members may read, the most voted first."""

    permission = PERMISSION
    page_title = gettext_lazy("Most wanted ideas")
    header_icon = "pick"
    results_template_name = "wagtailadmin/community/idea_report_results.html"
    filterset_class = IdeaReportFilterSet
    paginator_class = IdeaReportPaginator
    index_url_name = REPORT_URL_NAME
    index_results_url_name = "community_ideas:index_results"
    list_export = [
        "title",
        "space.name",
        "get_idea_status_display",
        "score",
        "reply_count",
        "created_at",
    ]
    export_headings = {
        "title": gettext_lazy("Idea"),
        "space.name": gettext_lazy("Space"),
        "get_idea_status_display": pgettext_lazy("idea", "Status"),
        "score": gettext_lazy("Votes"),
        "reply_count": gettext_lazy("Replies"),
        "created_at": pgettext_lazy("idea report column: when the idea was proposed", "Proposed"),
    }

    def get_queryset(self):
        return idea_list(viewer=self.request.user).select_related("locale")


class IdeaStatusForm(forms.Form):
    to_status = forms.ChoiceField(
        choices=Thread.IdeaStatus.choices, label=gettext_lazy("New status")
    )
    response = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=RESPONSE_MAX_LENGTH,
        label=gettext_lazy("Official response"),
        help_text=gettext_lazy("Shown on the idea and sent to everyone who follows it."),
    )

    def __init__(self, *args, idea: Thread, **kwargs):
        super().__init__(*args, **kwargs)
        self.idea = idea

    def clean_to_status(self):
        status = self.cleaned_data["to_status"]
        if status == self.idea.idea_status:
            raise forms.ValidationError(gettext("The idea already has that status."))
        return status


def idea_status_view(request, thread_id: int):
    """Move an idea to another status with an official response (``idea_status_change``)."""
    require_permission(request.user, PERMISSION)
    idea = thread_get_readable(viewer=request.user, thread_id=thread_id)
    if idea.kind != Thread.Kind.IDEA:
        raise ThreadNotFound(gettext("No such thread."))
    form = IdeaStatusForm(request.POST or None, idea=idea)
    context = {
        "idea": idea,
        "form": form,
        "page_title": gettext("Change the status of “%(title)s”") % {"title": idea.title},
        "header_icon": "pick",
    }
    if request.method == "POST" and form.is_valid():
        refusals_shown_in(request, STATUS_TEMPLATE, context, form=form, field=None)
        change = idea_status_change(
            acting_user=request.user,
            thread=idea,
            to_status=form.cleaned_data["to_status"],
            response=form.cleaned_data["response"],
        )
        messages.success(
            request,
            gettext("The status of “%(title)s” is now: %(status)s.")
            % {"title": idea.title, "status": Thread.IdeaStatus(change.to_status).label},
        )
        return redirect(REPORT_URL_NAME)
    return TemplateResponse(request, STATUS_TEMPLATE, context)
