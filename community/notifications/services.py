"""Following, and telling members what happened: on the site, and by e-mail.

An event (a new thread, a reply, an accepted answer, a mention, an idea's new status) gives
each member it concerns at most one notification (a unique key per event and member), never
one for their own action, and only if they may read the thread. E-mail goes after the commit:
at once, or in the daily digest, by the member's choice.
"""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from taggit.models import Tag

from cms.models import CustomerSegment
from community.errors import CommunityInputInvalid
from community.models import Follow, Member, Notification, Post, Space, Thread
from community.notifications.selectors import notification_list
from community.notifications.unread import unread_forget

Kind = Notification.Kind
MENTION = re.compile(r"(?<![\w@])@([\w.+-]{1,150})")
MAX_MENTIONS = 10


def follow_set(*, user, following: bool, thread=None, space=None, tag=None) -> None:
    """Follow (or stop following) exactly one thread, space or tag."""
    target = {"thread": thread, "space": space, "tag": tag}
    target = {name: value for name, value in target.items() if value is not None}
    if len(target) != 1:
        raise ValueError("follow exactly one thread, space or tag")
    if following:
        Follow.objects.get_or_create(user=user, **target)
    else:
        Follow.objects.filter(user=user, **target).delete()


def readers_among(users, space: Space):
    """Of the ``users`` queryset, those who may read ``space``."""
    Access = Space.Access
    staff = (
        Q(is_superuser=True)
        | Q(groups__permissions__codename="access_admin")
        | Q(user_permissions__codename="access_admin")
    )
    if space.read_access in (Access.EVERYONE, Access.SIGNED_IN):
        return users.filter(is_active=True)
    if space.read_access == Access.SEGMENTS:
        segments = CustomerSegment.objects.filter(community_spaces=space)
        return users.filter(Q(customer_segments__in=segments) | staff, is_active=True).distinct()
    return users.filter(staff, is_active=True).distinct()


def _mentioned(body: str):
    names = list(dict.fromkeys(MENTION.findall(body)))[:MAX_MENTIONS]
    return get_user_model().objects.filter(username__in=names) if names else None


def _notify(*, kind_of: dict[int, str], event: str, thread: Thread, post, actor) -> int:
    """One notification per member of ``kind_of`` (user id → kind) who may read the thread."""
    kind_of.pop(getattr(actor, "pk", None), None)
    if not kind_of:
        return 0
    allowed = readers_among(get_user_model().objects.filter(pk__in=kind_of), thread.space)
    rows = [
        Notification(
            key=f"{event}:{user_id}",
            user_id=user_id,
            kind=kind_of[user_id],
            thread=thread,
            post=post,
            actor=actor,
        )
        for user_id in allowed.values_list("pk", flat=True)
    ]
    created = Notification.objects.bulk_create(rows, ignore_conflicts=True)
    unread_forget(row.user_id for row in created)
    keys = [row.key for row in created]
    transaction.on_commit(lambda: notifications_email(keys=keys))
    return len(rows)


def _followers(**target) -> dict[int, str]:
    return dict.fromkeys(Follow.objects.filter(**target).values_list("user_id", flat=True))


def notify_new_thread(*, thread: Thread, opening: Post) -> None:
    kind_of = {user: Kind.NEW_THREAD for user in _followers(space=thread.space)}
    tags = Tag.objects.filter(pk__in=thread.tags.values("pk"))
    kind_of |= {user: Kind.NEW_THREAD for user in _followers(tag__in=tags)}
    _add_mentions(kind_of, opening.body)
    _notify(
        kind_of=kind_of,
        event=f"post:{opening.pk}",
        thread=thread,
        post=opening,
        actor=thread.author,
    )


def notify_reply(*, post: Post) -> None:
    kind_of = {user: Kind.REPLY for user in _followers(thread=post.thread)}
    _add_mentions(kind_of, post.body)
    _notify(
        kind_of=kind_of, event=f"post:{post.pk}", thread=post.thread, post=post, actor=post.author
    )


def _add_mentions(kind_of: dict, body: str) -> None:
    mentioned = _mentioned(body)
    if mentioned is not None:
        kind_of |= {user: Kind.MENTION for user in mentioned.values_list("pk", flat=True)}


def notify_accepted(*, post: Post, actor, generation: int) -> None:
    if post.author_id:
        _notify(
            kind_of={post.author_id: Kind.ACCEPTED},
            event=f"accept:{post.pk}:{generation}",
            thread=post.thread,
            post=post,
            actor=actor,
        )


def notify_idea_status(*, thread: Thread, change, actor) -> None:
    _notify(
        kind_of={user: Kind.IDEA_STATUS for user in _followers(thread=thread)},
        event=f"idea:{change.pk}",
        thread=thread,
        post=None,
        actor=actor,
    )


def notifications_mark_read(*, user, ids=None) -> int:
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    unread_forget([user.pk])
    return unread.update(read_at=timezone.now())


def email_choice_set(*, user, email: str) -> None:
    """What ``user`` hears by e-mail from now on: each event at once, a daily digest, or
    nothing (``Member.Email``). The next digest gathers everything not e-mailed yet; a member
    who leaves the digest for "at once" is not sent what it had gathered (the site shows it)."""
    if email not in Member.Email.values:
        raise CommunityInputInvalid(
            _("Choose one of: %(choices)s.") % {"choices": ", ".join(Member.Email.values)}
        )
    Member.objects.update_or_create(user=user, defaults={"email": email})


# E-mail


def _still_shown(user, notifications: list[Notification]) -> list[Notification]:
    """Of the member's ``notifications``, those the site still shows them (``notification_list``:
    none hidden or deleted since, nor of a space they may no longer read)."""
    shown = set(
        notification_list(user)
        .filter(pk__in=[row.pk for row in notifications])
        .values_list("pk", flat=True)
    )
    return [row for row in notifications if row.pk in shown]


def _message(user, notifications: list[Notification], language: str) -> EmailMessage:
    with translation.override(language):
        if len(notifications) == 1:
            subject = _("%(site_name)s: %(title)s") % {
                "site_name": settings.WAGTAIL_SITE_NAME,
                "title": notifications[0].thread.title,
            }
        else:
            subject = ngettext(
                "%(site_name)s: %(count)d update in the community",
                "%(site_name)s: %(count)d updates in the community",
                len(notifications),
            ) % {"site_name": settings.WAGTAIL_SITE_NAME, "count": len(notifications)}
        body = render_to_string(
            "community/email/notifications.txt",
            {
                "user": user,
                "notifications": notifications,
                "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
        active = translation.get_language()
    return EmailMessage(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
        headers={"Content-Language": active},
    )


def _wanting(pending, mode: str):
    """Of ``pending``, the notifications whose members chose ``mode`` (no choice: at once).
    Badges are told on the site only."""
    chose = Q(user__community_member__email=mode)
    if mode == Member.Email.AT_ONCE:
        chose |= Q(user__community_member__isnull=True)
    return pending.filter(chose, emailed_at__isnull=True).exclude(kind=Kind.BADGE)


def _send(pending, *, digest: bool) -> int:
    """E-mail the ``pending`` notifications not sent yet; each goes out once. What the site
    no longer shows the member, and all of an inactive member's, is left out (and never sent)."""
    mode = Member.Email.DAILY if digest else Member.Email.AT_ONCE
    with transaction.atomic():
        rows = list(
            _wanting(pending, mode)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("user", "thread", "thread__locale", "post", "actor")
        )
        Notification.objects.filter(pk__in=[row.pk for row in rows]).update(
            emailed_at=timezone.now()
        )
    by_user: dict = {}
    for row in rows:
        if row.user.email and row.user.is_active:
            by_user.setdefault(row.user, []).append(row)
    shown = {user: _still_shown(user, items) for user, items in by_user.items()}
    batches = (
        [(user, items) for user, items in shown.items() if items]
        if digest
        else [(user, [item]) for user, items in shown.items() for item in items]
    )
    messages = [
        _message(user, items, items[0].thread.locale.language_code) for user, items in batches
    ]
    get_connection(fail_silently=False).send_messages(messages)
    return len(messages)


def notifications_email(*, keys: list[str]) -> int:
    """Send at once the notifications of ``keys`` whose members want that."""
    return _send(Notification.objects.filter(key__in=keys), digest=False)


def digests_send() -> int:
    """One e-mail per member on the daily digest with everything not sent yet."""
    return _send(Notification.objects.all(), digest=True)
