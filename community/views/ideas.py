"""The idea board of a space, and the status an idea's page lets product staff change.

Each view parses the request, calls one selector or service and renders. What the viewer may
not read is not found (the site's 404); a status change refused by the service is shown on
the idea's form (``portal.site_errors``).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_http_methods

from community.errors import ModerationNotAllowed
from community.forms import IdeaStatusForm
from community.ideas import selectors as ideas
from community.ideas.services import idea_status_change, may_respond
from community.models import Thread
from community.selectors import thread_page
from community.views.threads import _page_number, _thread_context, _thread_url
from portal.site_errors import refusals_shown_in

STATUS_ANCHOR = "idea-status"


def _orders() -> list[tuple[str, str]]:
    return [
        ("top", pgettext("idea board order", "Most votes")),
        ("newest", pgettext("idea board order", "Newest")),
    ]


def idea_board(request, slug: str):
    """A space's ideas by votes (or newest), of one status or all, a page at a time."""
    space = ideas.idea_space_get(viewer=request.user, slug=slug)
    order = request.GET.get("sort", "top")
    order = order if order in dict(_orders()) else "top"
    status = request.GET.get("status", "")
    status = status if status in Thread.IdeaStatus.values else ""
    listed = ideas.idea_board(viewer=request.user, space=space, status=status, order=order)
    page = thread_page(listed, _page_number(request.GET.get("page", "1")))
    return render(
        request,
        "community/ideas.html",
        {
            "space": space,
            "page_obj": page,
            "ideas": page.object_list,
            "order": order,
            "orders": _orders(),
            "status": status,
            "statuses": Thread.IdeaStatus.choices,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def idea_status(request, thread_id: int):
    """Product staff move an idea to another status with an official response; a refusal is
    shown next to the form's field, with nothing changed."""
    thread = ideas.idea_get_readable(viewer=request.user, thread_id=thread_id)
    back = f"{_thread_url(thread.pk)}#{STATUS_ANCHOR}"
    if not may_respond(request.user):
        raise ModerationNotAllowed(_("Only product staff can change the status of an idea."))
    if request.method != "POST":
        return redirect(back)
    form = IdeaStatusForm(request.POST, thread=thread, auto_id="idea-status-%s")
    context = {**_thread_context(request, thread), "status_form": form}
    if not form.is_valid():
        return render(request, "community/thread.html", context, status=400)
    refusals_shown_in(request, "community/thread.html", context, form=form)
    idea_status_change(
        acting_user=request.user,
        thread=thread,
        to_status=form.cleaned_data["status"],
        response=form.cleaned_data["response"],
    )
    messages.success(request, _("The idea's status has changed."))
    return redirect(back)
