"""Receivers for what only Django tells: changes to user accounts, made in the Wagtail or
Django admin, by allauth or by a script. Each calls ``community.changes``."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from community.changes import members_changed

# What a post shows of its author: the name, and a profile link only for an active account.
SHOWN_FIELDS = {"first_name", "last_name", "username", "is_active"}


@receiver(post_save, sender=get_user_model())
def _account_saved(sender, instance, created, update_fields, **kwargs) -> None:
    if not created and (update_fields is None or SHOWN_FIELDS & set(update_fields)):
        members_changed()


@receiver(post_delete, sender=get_user_model())
def _account_deleted(sender, instance, **kwargs) -> None:
    members_changed()
