"""The community's place in the admin, a "Community" menu of its own: the spaces, the
badges (snippets, translated through wagtail-localize), the moderation queue and the most
wanted ideas."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from community.admin_views import ideas, moderation
from community.admin_views.badges import BadgeForm, BadgeIndexView
from community.changes import space_changed
from community.models import Badge, Space
from community.notifications.unread import unread_forget_everyone

# A change to these reaches every thread's search document (its readers, its category and
# its space facet).
SEARCHED_FIELDS = {"name", "slug", "read_access", "segments"}


def _languages(space: Space) -> str:
    return ", ".join(str(locale.get_display_name() or "") for locale in space.locales.all())


class SpaceIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("locales")


class SpaceEditView(EditView):
    def save_instance(self):
        """Saved in the view's transaction; the community's kept pages are forgotten, and
        when who may read its threads (or the name they carry) changed, they are queued for
        the search."""
        space = super().save_instance()
        searched = bool(SEARCHED_FIELDS & set(self.form.changed_data))
        space_changed(space, searched=searched)
        if searched:
            unread_forget_everyone()  # notifications of threads members may no longer read
        return space


class SpaceDeleteView(DeleteView):
    def form_valid(self, form):
        """A space with threads stays: its threads need a space (the database refuses)."""
        if self.object.threads.exists():
            messages.error(
                self.request, _("This space still has threads. Move them to another space first.")
            )
            return redirect(self.get_success_url())
        return super().form_valid(form)


class SpaceViewSet(ModelViewSet):
    """Spaces: for users with the space permissions (superusers have them all)."""

    model = Space
    name = "community_spaces"
    url_prefix = "community/spaces"
    icon = "group"
    index_view_class = SpaceIndexView
    edit_view_class = SpaceEditView
    delete_view_class = SpaceDeleteView
    list_display = [
        "name",
        Column(
            "languages",
            label=capfirst(Space._meta.get_field("locales").verbose_name),
            accessor=_languages,
        ),
        "read_access",
        "post_access",
    ]
    ordering = ["position", "name"]
    inspect_view_enabled = True
    copy_view_enabled = False


class BadgeViewSet(SnippetViewSet):
    """Badges: a snippet, so wagtail-localize offers "Translate" and "Sync" on each."""

    model = Badge
    icon = "success"
    menu_label = _("Badges")
    index_view_class = BadgeIndexView
    list_display = [
        "name",
        Column(
            "tier",
            label=capfirst(Badge._meta.get_field("tier").verbose_name),
            accessor="get_tier_display",
        ),
        Column("holders", label=_("Holders"), accessor="holders"),
    ]
    list_filter = ["tier"]
    menu_item_is_registered = True  # under "Community", not also under "Snippets"
    edit_handler = ObjectList(Badge.panels, base_form_class=BadgeForm)


class PermissionViewSet(ViewSet):
    """A screen of the menu shown only to the holders of ``permission`` (its views check it
    too)."""

    permission = ""

    @cached_property
    def menu_item_class(self):
        permission = self.permission

        def is_shown(item, request):
            return request.user.has_perm(permission)

        return type(f"{type(self).__name__}MenuItem", (MenuItem,), {"is_shown": is_shown})

    @staticmethod
    def report_urls(view_class):
        return [
            path("", view_class.as_view(), name="index"),
            path("results/", view_class.as_view(results_only=True), name="index_results"),
        ]


class ModerationQueueViewSet(PermissionViewSet):
    """Flagged posts, for moderators."""

    name = "community_moderation"
    url_prefix = "community/moderation"
    icon = "warning"
    menu_label = _("Moderation queue")
    permission = moderation.PERMISSION

    def get_urlpatterns(self):
        return [
            *self.report_urls(moderation.ModerationQueueView),
            path("posts/<int:post_id>/", moderation.moderation_act, name="act"),
        ]


class IdeaReportViewSet(PermissionViewSet):
    """The most wanted ideas, for product staff."""

    name = "community_ideas"
    url_prefix = "community/ideas"
    icon = "pick"
    menu_label = _("Most wanted ideas")
    permission = ideas.PERMISSION

    def get_urlpatterns(self):
        return [
            *self.report_urls(ideas.IdeaReportView),
            path("<int:thread_id>/status/", ideas.idea_status_view, name="status"),
        ]


class CommunityViewSetGroup(ModelViewSetGroup):
    """The "Community" menu. Other community screens join it by returning their menu item
    from the ``register_community_menu_item`` hook, or as one more of ``items``."""

    items = (SpaceViewSet, BadgeViewSet, ModerationQueueViewSet, IdeaReportViewSet)
    menu_label = _("Community")
    menu_name = "community"
    menu_icon = "group"
    menu_order = 170
    submenu_hook = "register_community_menu_item"


community_viewsets = CommunityViewSetGroup()
