"""Members' flags, and what moderators do to posts and threads, from the thread page.

A flag posts from a form under the post and comes back to it, a refusal (a second flag, a
flag on one's own post) flashed above it; with ``Accept: application/json`` the answer is
JSON, or the refusal in the portal's error shape, as for votes. A moderator's action posts
``action`` (and, to move or merge, where to) and comes back to the thread; anyone else is
refused before anything is read from the form, and an action that cannot be taken (an
unknown space or thread, a merge into itself) is the site's 4xx page. Every action goes
through ``community.moderation.services``, which logs it.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.api.v3.errors import problem_response

from community import selectors
from community.errors import ModerationInvalid, ModerationNotAllowed, PostInvalid, PostNotAllowed
from community.forms import FlagForm, ThreadMergeForm, ThreadMoveForm
from community.moderation import services as moderation
from community.moderation.selectors import move_targets
from community.views.threads import _thread_url, _wants_json
from portal.errors import PortalError, describe, http_status
from portal.site_errors import refusals_go_back

POST_ACTIONS = ("hide", "restore", "delete", "undelete")
THREAD_ACTIONS = ("lock", "unlock", "pin", "unpin", "move", "merge")


def _flag_refusal(form) -> PostInvalid:
    """What is wrong with a flag form, as the service words it where it would."""
    if "reason" in form.errors:
        return PostInvalid(_("Choose why you are flagging this post."))
    return PostInvalid(form.errors["note"][0])


@require_http_methods(["GET", "POST"])
def post_flag(request, post_id: int):
    """Flag a post with a reason (and a note); JSON when asked, as the vote route answers."""
    if not _wants_json(request):
        return _flag(request, post_id)
    try:
        return _flag(request, post_id)
    except PortalError as error:
        return problem_response(status=http_status(error), detail=describe(error))


def _flag(request, post_id: int):
    post = selectors.post_get_readable(viewer=request.user, post_id=post_id)
    back = _thread_url(post.thread_id, post.pk)
    if not request.user.is_authenticated:
        if _wants_json(request):
            raise PostNotAllowed(_("Sign in to flag a post."))
        return redirect_to_login(back)
    if request.method != "POST":
        return redirect(back)
    refusals_go_back(request, to=back)
    form = FlagForm(request.POST)
    if not form.is_valid():
        raise _flag_refusal(form)
    flag = moderation.flag_post(flagger=request.user, post=post, **form.cleaned_data)
    thanks = _("Thank you: a moderator will look at this post.")
    if _wants_json(request):
        return JsonResponse(
            {"post": flag.post_id, "flagged": True, "hidden": not post.is_visible, "detail": thanks}
        )
    messages.success(request, thanks)
    return redirect(back)


@login_required
@require_POST
def post_moderate(request, post_id: int):
    """Hide or restore a post, delete it or bring it back (the author may delete their own)."""
    post = selectors.post_get_readable(viewer=request.user, post_id=post_id)
    action = request.POST.get("action", "")
    moderator = selectors.is_moderator(request.user)
    if not moderator and not (action == "delete" and post.author_id == request.user.pk):
        raise ModerationNotAllowed(_("Only moderators can do this."))
    if action not in POST_ACTIONS:
        raise ModerationInvalid(_("Unknown moderation action."))
    if action == "hide":
        moderation.post_hide(moderator=request.user, post=post)
        done = _("The post is hidden from members.")
    elif action == "restore":
        moderation.post_restore(moderator=request.user, post=post)
        done = _("The post is shown to members again.")
    elif action == "delete":
        moderation.post_delete(acting_user=request.user, post=post)
        done = _("The post is deleted.")
    else:
        moderation.post_undelete(moderator=request.user, post=post)
        done = _("The post is back.")
    messages.success(request, done)
    if post.is_opening and post.deleted_at and not moderator:
        return redirect(reverse("community:space", args=[post.thread.space.slug]))
    return redirect(_thread_url(post.thread_id, post.pk))


@login_required
@require_POST
def thread_moderate(request, thread_id: int):
    """Lock or unlock, pin or unpin, move to another space or merge into another thread."""
    thread = selectors.thread_get_readable(viewer=request.user, thread_id=thread_id)
    if not selectors.is_moderator(request.user):
        raise ModerationNotAllowed(_("Only moderators can do this."))
    action = request.POST.get("action", "")
    if action not in THREAD_ACTIONS:
        raise ModerationInvalid(_("Unknown moderation action."))
    if action in ("lock", "unlock"):
        moderation.thread_lock(moderator=request.user, thread=thread, locked=action == "lock")
        done = _("The thread is locked.") if action == "lock" else _("The thread is unlocked.")
    elif action in ("pin", "unpin"):
        moderation.thread_pin(moderator=request.user, thread=thread, pinned=action == "pin")
        done = _("The thread is pinned.") if action == "pin" else _("The thread is unpinned.")
    elif action == "move":
        thread = _move(request, thread)
        done = _("The thread is moved to %(space)s.") % {"space": thread.space.name}
    else:
        thread = _merge(request, thread)
        done = _("The threads are merged.")
    messages.success(request, done)
    return redirect(_thread_url(thread.pk))


def _move(request, thread):
    form = ThreadMoveForm(request.POST, spaces=move_targets(viewer=request.user, thread=thread))
    if not form.is_valid():
        raise ModerationInvalid(_("Choose a space to move the thread to."))
    space = selectors.space_get_readable(viewer=request.user, slug=form.cleaned_data["space"])
    return moderation.thread_move(moderator=request.user, thread=thread, space=space)


def _merge(request, thread):
    form = ThreadMergeForm(request.POST)
    if not form.is_valid():
        raise ModerationInvalid(_("Give the number of the thread to merge into."))
    into = selectors.thread_get_readable(viewer=request.user, thread_id=form.cleaned_data["into"])
    return moderation.thread_merge(moderator=request.user, thread=thread, into=into)
