"""The thread page's parts for ideas and moderation, each read through its selector:

- ``{% idea_panel %}``: an idea's status and the history of its changes, with the form that
  product staff use to change it;
- ``{% post_moderation post %}``: under a post, the flag form for members other than its
  author, and the moderators' buttons (its author may delete it);
- ``{% thread_moderation %}``: the moderators' tools for the thread (lock, pin, move, merge).

Each renders nothing for a viewer it offers nothing to, and reads nothing for them either.
"""

from django import template

from community.forms import FlagForm, IdeaStatusForm, ThreadMergeForm, ThreadMoveForm
from community.ideas.selectors import idea_status_history
from community.ideas.services import may_respond
from community.models import Thread
from community.moderation.selectors import move_targets
from community.selectors import is_moderator

register = template.Library()


@register.inclusion_tag("community/includes/idea_status.html", takes_context=True)
def idea_panel(context):
    thread, user = context["thread"], context["user"]
    if thread.kind != Thread.Kind.IDEA:
        return {"show": False}
    responds = may_respond(user)
    form = context.get("status_form") if responds else None
    if responds and form is None:
        form = IdeaStatusForm(thread=thread, auto_id="idea-status-%s")
    return {
        "show": True,
        "thread": thread,
        "space": thread.space,
        "changes": idea_status_history(thread=thread),
        "may_respond": responds,
        "status_form": form,
    }


@register.inclusion_tag("community/includes/post_moderation.html", takes_context=True)
def post_moderation(context, post):
    user = context["user"]
    signed_in = user.is_authenticated
    moderator = is_moderator(user)
    may_flag = signed_in and post.author_id != user.pk and post.is_visible
    return {
        "post": post,
        "csrf_token": context.get("csrf_token"),
        "moderator": moderator,
        "may_delete": signed_in and (moderator or post.author_id == user.pk),
        "flag_form": FlagForm(auto_id=f"flag-{post.pk}-%s") if may_flag else None,
    }


@register.inclusion_tag("community/includes/thread_moderation.html", takes_context=True)
def thread_moderation(context):
    thread, user = context["thread"], context["user"]
    if not is_moderator(user):
        return {"moderator": False}
    spaces = list(move_targets(viewer=user, thread=thread))
    return {
        "moderator": True,
        "thread": thread,
        "csrf_token": context.get("csrf_token"),
        "move_form": ThreadMoveForm(spaces=spaces, auto_id="move-%s") if spaces else None,
        "merge_form": ThreadMergeForm(auto_id="merge-%s"),
    }
