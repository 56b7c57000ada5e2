from wagtail import hooks

from community.moderation import log_actions as moderation_log


@hooks.register("register_log_actions")
def community_log_actions(actions):
    moderation_log.register(actions)
