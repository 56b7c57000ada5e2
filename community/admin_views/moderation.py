"""The moderation queue: flagged posts, the longest waiting first, and what moderators do
with them (each through ``community.moderation.services``, so each is logged)."""

import django_filters
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext, gettext_lazy, ngettext, pgettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import ReportView

from community.admin_views import PermissionRequiredMixin, require_permission
from community.members.names import display_name
from community.models import Flag, Post
from community.moderation import services
from community.moderation.selectors import (
    flag_queue,
    flag_reasons,
    open_flag_of,
    post_for_moderation,
)
from portal.admin import CountedPaginator
from portal.site_errors import refusals_go_back

PERMISSION = "community.moderate_thread"
EXCERPT_CHARACTERS = 240
QUEUE_URL_NAME = "community_moderation:index"


class ModerationQueueFilterSet(WagtailFilterSet):
    reason = django_filters.ChoiceFilter(
        choices=Flag.Reason.choices,
        label=pgettext_lazy("flag", "Reason"),
        method="filter_reason",
    )

    class Meta:
        model = Post
        fields = []

    def filter_reason(self, queryset, name, value):
        return queryset.filter(open_flag_of(value))


class ModerationQueuePaginator(CountedPaginator):
    @staticmethod
    def count_label(count):
        return ngettext("%(count)s flagged post", "%(count)s flagged posts", count) % {
            "count": count
        }


class ModerationQueueView(PermissionRequiredMixin, ReportView):
    """Open flags grouped by post, the oldest first."""

    permission = PERMISSION
    page_title = gettext_lazy("Moderation queue")
    header_icon = "warning"
    results_template_name = "wagtailadmin/community/moderation_queue_results.html"
    filterset_class = ModerationQueueFilterSet
    paginator_class = ModerationQueuePaginator
    paginate_by = 20
    index_url_name = QUEUE_URL_NAME
    index_results_url_name = "community_moderation:index_results"

    def get_queryset(self):
        return flag_queue()

    def decorate_paginated_queryset(self, object_list):
        posts = list(object_list)
        for post in posts:
            post.reasons = flag_reasons(post)
            post.excerpt = Truncator(post.body).chars(EXCERPT_CHARACTERS)
            post.author_name = display_name(post.author) if post.author else None
        return posts


def _thread_title(post: Post) -> dict:
    return {"thread": post.thread.title}


def _hide(moderator, post):
    services.post_hide(moderator=moderator, post=post)
    return gettext("The post in “%(thread)s” is hidden.") % _thread_title(post)


def _restore(moderator, post):
    services.post_restore(moderator=moderator, post=post)
    return gettext(
        "The post in “%(thread)s” is shown again and its flags are dismissed."
    ) % _thread_title(post)


def _dismiss(moderator, post):
    count = services.post_flags_dismiss(moderator=moderator, post=post)
    return ngettext(
        "%(count)s flag on the post in “%(thread)s” was dismissed.",
        "%(count)s flags on the post in “%(thread)s” were dismissed.",
        count,
    ) % {"count": count, **_thread_title(post)}


def _delete(moderator, post):
    services.post_delete(acting_user=moderator, post=post)
    return gettext(
        "The post in “%(thread)s” is deleted; a moderator can bring it back."
    ) % _thread_title(post)


ACTIONS = {"hide": _hide, "restore": _restore, "dismiss": _dismiss, "delete": _delete}


@require_POST
def moderation_act(request, post_id: int):
    """One moderator's step on one flagged post; back to the queue where they were."""
    require_permission(request.user, PERMISSION)
    back = get_valid_next_url_from_request(request) or reverse(QUEUE_URL_NAME)
    action = ACTIONS.get(request.POST.get("action", ""))
    if action is None:
        messages.error(request, gettext("Choose what to do with the post."))
        return redirect(back)
    refusals_go_back(request, to=back)
    post = post_for_moderation(moderator=request.user, post_id=post_id)
    messages.success(request, action(request.user, post))
    return redirect(back)
