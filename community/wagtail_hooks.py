"""The community's place in the admin: its menu, the screens in it, its history's actions."""

from wagtail import hooks

from community.moderation import log_actions as moderation_log
from community.viewsets import community_viewsets


@hooks.register("register_admin_viewset")
def register_community_viewsets():
    return community_viewsets


@hooks.register("register_log_actions")
def community_log_actions(actions):
    moderation_log.register(actions)
