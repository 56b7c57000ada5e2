"""The community's place in the admin: its menu and the screens in it."""

from wagtail import hooks

from community.viewsets import community_viewsets


@hooks.register("register_admin_viewset")
def register_community_viewsets():
    return community_viewsets
