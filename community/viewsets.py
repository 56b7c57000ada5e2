"""The community's place in the admin: the spaces, in a "Community" menu of their own."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from community.models import Space
from community.search_kind import space_threads_reindex

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
        """Saved in the view's transaction, with the space's threads queued for the search
        when who may read them (or the name they carry) changed."""
        space = super().save_instance()
        if SEARCHED_FIELDS & set(self.form.changed_data):
            space_threads_reindex(space=space)
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


class CommunityViewSetGroup(ModelViewSetGroup):
    """The "Community" menu. Other community screens join it by returning their menu item
    from the ``register_community_menu_item`` hook, or as one more of ``items``."""

    items = (SpaceViewSet,)
    menu_label = _("Community")
    menu_name = "community"
    menu_icon = "group"
    menu_order = 170
    submenu_hook = "register_community_menu_item"


community_viewsets = CommunityViewSetGroup()
