"""The community's pages on the site: spaces, threads, the ask form, votes, answers and edits.

Each view parses the request, calls one selector or service and renders. What the viewer may
not read is the selectors' ``NotFound``, answered as the site's 404; a refusal of a service
is shown on the form it came from, or flashed on the thread it was about
(``portal.site_errors``). The vote route answers JSON when asked (``Accept:
application/json``): the thread page's script votes without a reload, and the same form
works without it.
"""

import html
import json

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.api.v3.errors import problem_response
from wagtail.models import Locale

from community import selectors, services
from community.changes import thread_page_keep, thread_page_versions
from community.errors import PostInvalid, PostNotAllowed, ThreadNotFound
from community.forms import AskForm, EditForm, ReplyForm
from community.members.names import display_name
from community.members.selectors import best_badges_of
from community.models import Thread
from community.notifications.selectors import follow_state
from community.trust import trust_levels_of
from portal.errors import PortalError, describe, http_status
from portal.site_errors import refusals_go_back, refusals_shown_in

TAG_MAX_LENGTH = 100
VOTE_VALUES = {"1": 1, "-1": -1, "0": 0}
# In JSON-LD inside <script>: nothing that could close the element or open a comment.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _page_number(value: str) -> int:
    """The page asked for; anything but a whole number is the first page (the selector keeps
    it within the pages there are)."""
    try:
        return int(value)
    except ValueError:
        return 1


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _thread_url(thread_id: int, post_id: int | None = None) -> str:
    url = reverse("community:thread", args=[thread_id])
    return f"{url}#post-{post_id}" if post_id else url


def space_list(request):
    """The spaces of the visitor's language that they may read."""
    spaces = selectors.space_list_with_thread_counts(
        viewer=request.user, locale=Locale.get_active()
    )
    return render(request, "community/space_list.html", {"spaces": spaces})


def space_detail(request, slug: str):
    """A space's threads: one of the orders, by kind and tag, a page at a time."""
    space = selectors.space_get_readable(viewer=request.user, slug=slug)
    order = request.GET.get("sort", "active")
    order = order if order in selectors.THREAD_ORDERS else "active"
    kind = request.GET.get("kind", "")
    kind = kind if kind in Thread.Kind.values else ""
    tag = request.GET.get("tag", "").replace("\x00", "")[:TAG_MAX_LENGTH]
    threads = selectors.thread_list(
        viewer=request.user, space=space, order=order, kind=kind, tag=tag
    )
    page = selectors.thread_page(threads, _page_number(request.GET.get("page", "1")))
    may_post = request.user.is_authenticated and selectors.space_allows_posting(
        space=space, viewer=request.user
    )
    return render(
        request,
        "community/space.html",
        {
            "space": space,
            "page_obj": page,
            "threads": page.object_list,
            "order": order,
            "orders": _orders(),
            "kind": kind,
            "kinds": Thread.Kind.choices,
            "tag": tag,
            "may_post": may_post,
            # The tag's button only where the list shows threads with it (so it exists).
            "follows": follow_state(
                user=request.user, space=space, tag=tag if page.object_list else ""
            ),
        },
    )


def _orders() -> list[tuple[str, str]]:
    return [
        ("active", _("Recently active")),
        ("newest", _("Newest")),
        ("unanswered", _("Unanswered")),
        ("top", _("Top voted")),
    ]


@login_required
@require_http_methods(["GET", "POST"])
def thread_ask(request, slug: str):
    """The ask form; a refusal of the service is shown on it, with nothing saved."""
    space = selectors.space_get_readable(viewer=request.user, slug=slug)
    if not selectors.space_allows_posting(space=space, viewer=request.user):
        raise PostNotAllowed(_("Only some members may start threads in this space."))
    form = AskForm(request.POST or None, user=request.user, space=space)
    context = {"space": space, "form": form}
    if request.method != "POST":
        return render(request, "community/ask.html", context)
    if not form.is_valid():
        return render(request, "community/ask.html", context, status=400)
    refusals_shown_in(request, "community/ask.html", context, form=form)
    thread = services.thread_start(
        author=request.user, space=space, locale=Locale.get_active(), **form.cleaned_data
    )
    return redirect(_thread_url(thread.pk))


def _thread_context(request, thread: Thread, *, reply_form: ReplyForm | None = None) -> dict:
    """What the thread page shows ``request.user``: its posts, opening post first, then the
    accepted answer, each with its author's trust level and best badge (one query for all
    the authors), and the viewer's vote and rights."""
    viewer = request.user
    posts = selectors.post_list_readable(viewer=viewer, thread=thread)
    levels = trust_levels_of([post.author for post in posts])
    badges = best_badges_of(levels.keys())
    moderator = selectors.is_moderator(viewer)
    for post in posts:
        post.author_level = levels.get(post.author_id)
        post.author_badge = badges.get(post.author_id)
        votes = getattr(post, "viewer_votes", None)
        post.viewer_vote = votes[0].value if votes else 0
        post.is_accepted = post.pk == thread.accepted_answer_id
        post.is_own = viewer.is_authenticated and post.author_id == viewer.pk
        post.may_edit = viewer.is_authenticated and (post.is_own or moderator)
    opening = posts[0] if posts and posts[0].is_opening else None
    answers = posts[1:] if opening else posts
    may_reply = (
        viewer.is_authenticated
        and (not thread.is_locked or moderator)
        and selectors.space_allows_posting(space=thread.space, viewer=viewer)
    )
    return {
        "thread": thread,
        "space": thread.space,
        "opening": opening,
        "answers": answers,
        "tags": list(thread.tags.all()),
        "is_question": thread.kind == Thread.Kind.QUESTION,
        "may_accept": thread.kind == Thread.Kind.QUESTION
        and viewer.is_authenticated
        and (viewer.pk == thread.author_id or moderator),
        "may_reply": may_reply,
        "reply_form": reply_form or ReplyForm(thread=thread),
        "structured_data": _qa_page(request, thread, opening, answers),
        "posts_read": len(posts),
        "follows": follow_state(user=viewer, thread=thread),
    }


def thread_detail(request, thread_id: int):
    """The thread with its answers; a signed-in reader's reading is recorded, and the page an
    anonymous visitor gets is kept for the next one (``community.changes``). A thread merged
    into another leads to it."""
    if request.path != _thread_url(thread_id):  # /threads/007/: one address for each page
        return redirect(_thread_url(thread_id), permanent=True)
    kept = request.user.is_anonymous and settings.COMMUNITY_PAGE_CACHE_SECONDS > 0
    versions = thread_page_versions(thread_id) if kept else None
    try:
        thread = selectors.thread_get_readable(viewer=request.user, thread_id=thread_id)
    except ThreadNotFound:
        into = selectors.thread_merged_into(viewer=request.user, thread_id=thread_id)
        if into is None:
            raise
        return redirect(_thread_url(into.pk), permanent=True)  # links to it lead there
    context = _thread_context(request, thread)
    services.thread_read_record(
        reader=request.user, thread=thread, posts_read=context["posts_read"]
    )
    response = render(request, "community/thread.html", context)
    return thread_page_keep(response, versions) if kept else response


@require_http_methods(["GET", "POST"])
def thread_reply(request, thread_id: int):
    """An answer or reply; refused, the thread page again with the message on the form."""
    thread = selectors.thread_get_readable(viewer=request.user, thread_id=thread_id)
    if not request.user.is_authenticated:
        return redirect_to_login(_thread_url(thread.pk))
    if request.method != "POST":
        return redirect(_thread_url(thread.pk))
    form = ReplyForm(request.POST, thread=thread)
    context = _thread_context(request, thread, reply_form=form)
    if not form.is_valid():
        return render(request, "community/thread.html", context, status=400)
    refusals_shown_in(request, "community/thread.html", context, form=form, field="body")
    post = services.post_reply(author=request.user, thread=thread, **form.cleaned_data)
    return redirect(_thread_url(thread.pk, post.pk))


@require_http_methods(["GET", "POST"])
def post_vote(request, post_id: int):
    """Vote ``value`` 1 (up), -1 (down) or 0 (take the vote back) on a post.

    Without JavaScript the form posts here and the member goes back to the post, a refusal
    flashed above it; with ``Accept: application/json`` the answer is the post's new score
    and the member's vote, or the refusal in the portal's error shape (problem+json).
    """
    if not _wants_json(request):
        return _vote(request, post_id)
    try:
        return _vote(request, post_id)
    except PortalError as error:
        return problem_response(status=http_status(error), detail=describe(error))


def _vote(request, post_id: int):
    post = selectors.post_get_readable(viewer=request.user, post_id=post_id)
    back = _thread_url(post.thread_id, post.pk)
    if not request.user.is_authenticated:
        if _wants_json(request):
            raise PostNotAllowed(_("Sign in to vote."))
        return redirect_to_login(back)
    if request.method != "POST":
        return redirect(back)
    refusals_go_back(request, to=back)
    value = VOTE_VALUES.get(request.POST.get("value", ""))
    if value is None:
        raise PostInvalid(_("A vote is up (1) or down (−1)."))
    if value:
        services.vote_cast(voter=request.user, post=post, value=value)
    else:
        services.vote_retract(voter=request.user, post=post)
    if not _wants_json(request):
        return redirect(back)
    post = selectors.post_get_readable(viewer=request.user, post_id=post.pk)
    return JsonResponse({"post": post.pk, "score": post.score, "vote": value})


@login_required
@require_http_methods(["GET", "POST"])
def post_accept(request, post_id: int):
    """The asker (or a moderator) accepts an answer, or takes the acceptance back."""
    post = selectors.post_get_readable(viewer=request.user, post_id=post_id)
    back = _thread_url(post.thread_id, post.pk)
    if request.method != "POST":
        return redirect(back)
    refusals_go_back(request, to=back)
    if request.POST.get("action") == "unaccept":
        services.answer_unaccept(acting_user=request.user, thread=post.thread)
    else:
        services.answer_accept(acting_user=request.user, post=post)
    return redirect(back)


@login_required
@require_http_methods(["GET", "POST"])
def post_edit(request, post_id: int):
    """The author (or a moderator) edits a post; the service keeps the earlier text."""
    post = selectors.post_get_readable(viewer=request.user, post_id=post_id)
    if post.author_id != request.user.pk and not selectors.is_moderator(request.user):
        raise PostNotAllowed(_("Only the author or a moderator can edit this post."))
    initial = {"body": post.body, "title": post.thread.title}
    form = EditForm(request.POST or None, initial=initial, with_title=post.is_opening)
    context = {"post": post, "thread": post.thread, "space": post.thread.space, "form": form}
    if request.method != "POST":
        return render(request, "community/post_edit.html", context)
    if not form.is_valid():
        return render(request, "community/post_edit.html", context, status=400)
    refusals_shown_in(request, "community/post_edit.html", context, form=form)
    services.post_edit(editor=request.user, post=post, **form.cleaned_data)
    return redirect(_thread_url(post.thread_id, post.pk))


def _plain(post) -> str:
    """A post as the plain text a reader sees."""
    return html.unescape(strip_tags(post.body_html)).strip()


def _person(user) -> dict:
    return {"@type": "Person", "name": display_name(user) if user else _("Former member")}


def _qa_page(request, thread: Thread, opening, answers) -> str:
    """schema.org ``QAPage`` markup for a question, as JSON for a ``<script>``; else ""."""
    if thread.kind != Thread.Kind.QUESTION or opening is None:
        return ""
    # The site's address, as in e-mails; never the Host header: pages are kept by path.
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + _thread_url(thread.pk)

    def answer(post) -> dict:
        return {
            "@type": "Answer",
            "text": _plain(post),
            "dateCreated": post.created_at.isoformat(),
            "upvoteCount": post.score,
            "url": f"{url}#post-{post.pk}",
            "author": _person(post.author),
        }

    visible = [post for post in answers if post.is_visible]
    accepted = [post for post in visible if post.is_accepted]
    suggested = [post for post in visible if not post.is_accepted]
    question = {
        "@type": "Question",
        "name": thread.title,
        "text": _plain(opening),
        "answerCount": len(visible),
        "upvoteCount": opening.score,
        "dateCreated": opening.created_at.isoformat(),
        "author": _person(opening.author),
    }
    if accepted:
        question["acceptedAnswer"] = answer(accepted[0])
    if suggested:
        question["suggestedAnswer"] = [answer(post) for post in suggested]
    data = {"@context": "https://schema.org", "@type": "QAPage", "mainEntity": question}
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308
