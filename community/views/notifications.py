"""A member's notifications, what they follow and how they hear of it by e-mail.

Each view parses the request, calls one selector or service and renders or goes back. Only
a signed-in member has notifications; another member's are not found (404). The follow
buttons are plain forms (POST, CSRF) that come back to the page they were on, when that page
is on this site, else to what was followed.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from community import selectors
from community.errors import CommunityInputInvalid, TagNotFound
from community.forms import EmailChoiceForm
from community.models import Member
from community.notifications import selectors as notifications
from community.notifications import services
from portal.site_errors import refusals_go_back, refusals_shown_in

FOLLOWING = {"1": True, "0": False}
SETTINGS_TEMPLATE = "community/notification_settings.html"
TAG_MAX_LENGTH = 100  # a tag's slug, as the thread list takes it


def _page_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        return 1


def _back(request, default: str) -> str:
    """The page a form came from (its ``next``) when it is one of this site's, else
    ``default``."""
    target = request.POST.get("next", "")
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


@login_required
def notification_list(request):
    """The member's notifications, newest first, a page at a time; unread ones marked."""
    page = notifications.notification_page(
        user=request.user, number=_page_number(request.GET.get("page", "1"))
    )
    return render(
        request,
        "community/notifications.html",
        {"page_obj": page, "notifications": page.object_list},
    )


@login_required
@require_http_methods(["GET", "POST"])
def notifications_read(request):
    """Mark every notification of the member read (the page's button)."""
    listing = reverse("community:notifications")
    if request.method != "POST":
        return redirect(listing)
    services.notifications_mark_read(user=request.user)
    messages.success(request, _("All your notifications are marked read."))
    return redirect(_back(request, listing))


@login_required
def notification_open(request, notification_id: int):
    """Open a notification: it is marked read, and the member goes to what it is about."""
    notification = notifications.notification_get(
        user=request.user, notification_id=notification_id
    )
    services.notifications_mark_read(user=request.user, ids=[notification.pk])
    return redirect(
        notifications.notification_target(notification) or reverse("community:notifications")
    )


_CONFIRMATIONS = {
    Member.Email.AT_ONCE: lambda: _(
        "Saved: we will e-mail you about each reply, accepted answer, mention and idea update"
        " as it happens."
    ),
    Member.Email.DAILY: lambda: _(
        "Saved: we will e-mail you at most once a day, with everything new since the last digest."
    ),
    Member.Email.NEVER: lambda: _(
        "Saved: we will not e-mail you about the community. Your notifications page still"
        " shows everything."
    ),
}


@login_required
@require_http_methods(["GET", "POST"])
def notification_settings(request):
    """The member's e-mail choice: at once, a daily digest or never."""
    form = EmailChoiceForm(
        request.POST or None, initial={"email": notifications.email_choice(request.user)}
    )
    context = {"form": form}
    if request.method != "POST":
        return render(request, SETTINGS_TEMPLATE, context)
    if not form.is_valid():
        return render(request, SETTINGS_TEMPLATE, context, status=400)
    refusals_shown_in(request, SETTINGS_TEMPLATE, context, form=form, field="email")
    choice = form.cleaned_data["email"]
    services.email_choice_set(user=request.user, email=choice)
    messages.success(request, _CONFIRMATIONS[choice]())
    return redirect(reverse("community:notification_settings"))


def _signed_in_post(request, default: str):
    """None for a signed-in member's POST; else the answer: sign in first, or go to
    ``default`` (a follow form is only ever posted)."""
    if not request.user.is_authenticated:
        return redirect_to_login(default)
    if request.method != "POST":
        return redirect(default)
    return None


def _follow(request, *, default: str, confirmations: dict[bool, str], **target):
    """Follow (``following=1``) or stop (``0``), then back to the form's page."""
    back = _back(request, default)
    refusals_go_back(request, to=back)
    following = FOLLOWING.get(request.POST.get("following", ""))
    if following is None:
        raise CommunityInputInvalid(_("Choose to follow (1) or to stop following (0)."))
    services.follow_set(user=request.user, following=following, **target)
    messages.success(request, confirmations[following])
    return redirect(back)


@require_http_methods(["GET", "POST"])
def thread_follow(request, thread_id: int):
    """Follow a thread (or stop): its replies and status changes reach the member."""
    thread = selectors.thread_get_readable(viewer=request.user, thread_id=thread_id)
    default = reverse("community:thread", args=[thread.pk])
    elsewhere = _signed_in_post(request, default)
    if elsewhere is not None:
        return elsewhere
    confirmations = {
        True: _("You follow this thread now."),
        False: _("You no longer follow this thread."),
    }
    return _follow(request, default=default, confirmations=confirmations, thread=thread)


@require_http_methods(["GET", "POST"])
def space_follow(request, slug: str):
    """Follow a space (or stop): its new threads reach the member."""
    space = selectors.space_get_readable(viewer=request.user, slug=slug)
    default = reverse("community:space", args=[space.slug])
    elsewhere = _signed_in_post(request, default)
    if elsewhere is not None:
        return elsewhere
    confirmations = {
        True: _("You follow this space now."),
        False: _("You no longer follow this space."),
    }
    return _follow(request, default=default, confirmations=confirmations, space=space)


@require_http_methods(["GET", "POST"])
def tag_follow(request, slug: str):
    """Follow a tag of a space's thread list (or stop): new threads with it, in every space
    the member may read, reach them. A tag no thread they may read there carries is not
    found."""
    space = selectors.space_get_readable(viewer=request.user, slug=slug)
    default = reverse("community:space", args=[space.slug])
    elsewhere = _signed_in_post(request, default)
    if elsewhere is not None:
        return elsewhere
    name = request.POST.get("tag", "")
    if not name or len(name) > TAG_MAX_LENGTH or "\x00" in name:
        raise TagNotFound(_("No such tag."))
    tag = notifications.tag_get_followable(viewer=request.user, slug=name, space=space)
    confirmations = {
        True: _("You follow the tag “%(tag)s” now.") % {"tag": tag.name},
        False: _("You no longer follow the tag “%(tag)s”.") % {"tag": tag.name},
    }
    default = f"{default}?{urlencode({'tag': tag.slug})}"
    return _follow(request, default=default, confirmations=confirmations, tag=tag)
