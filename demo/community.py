"""The demo community, seeded through the services members and moderators go through, so its
ledger, standings, badges and notifications are real. Idempotent: a space that exists is
taken as seeded with its threads."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Locale

from cms.models import CustomerSegment
from community import services
from community.ideas.services import idea_status_change
from community.models import Space, Thread, ThreadRead
from community.moderation.services import flag_post, thread_pin
from demo import loader

# view_post and view_thread let moderators read their actions in Wagtail's site history.
MODERATION_PERMISSIONS = ("moderate_thread", "respond_to_idea", "view_post", "view_thread")


def seed_community(*, password: str, verify) -> None:
    content = loader.community()
    _grant_moderators()
    members = _seed_members(content["members"], password=password, verify=verify)
    users = {user.username: user for user in get_user_model().objects.all()}
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    fresh = _seed_spaces(content["spaces"], locales)
    threads = [
        _seed_thread(spec, users, locales) for spec in content["threads"] if spec["space"] in fresh
    ]
    _seed_reading(content["members"], members, threads)


def _grant_moderators() -> None:
    moderators = Group.objects.get(name="Moderators")
    moderators.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="community", codename__in=MODERATION_PERMISSIONS
        )
    )


def _seed_members(specs, *, password: str, verify) -> dict:
    User = get_user_model()
    members = {}
    for spec in specs:
        first, _, last = spec["name"].partition(" ")
        user, created = User.objects.get_or_create(
            username=spec["username"],
            defaults={
                "email": f"{spec['username']}@example.com",
                "first_name": first,
                "last_name": last,
                "date_joined": timezone.now() - timedelta(days=spec["days"]),
            },
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        verify(user)
        members[user.username] = user
    return members


def _seed_spaces(specs, locales) -> set[str]:
    """The spaces not there yet, created; their slugs."""
    fresh = set()
    for spec in specs:
        if Space.objects.filter(slug=spec["slug"]).exists():
            continue
        space = Space.objects.create(
            slug=spec["slug"],
            name=spec["name"],
            description=spec["description"],
            read_access=spec["read"],
            post_access=spec["post"],
            position=len(fresh),
        )
        space.locales.set([locales[code] for code in spec["locales"]])
        if spec["read"] == Space.Access.SEGMENTS:
            space.segments.set(CustomerSegment.objects.all())
        fresh.add(space.slug)
    return fresh


def _seed_thread(spec, users, locales) -> Thread:
    thread = services.thread_start(
        author=users[spec["author"]],
        space=Space.objects.get(slug=spec["space"]),
        locale=locales[spec["locale"]],
        kind=spec["kind"],
        title=spec["title"],
        body=spec["body"],
        tags=spec.get("tags", ()),
    )
    opening = thread.posts.get()
    for voter in spec.get("votes", ()):
        services.vote_cast(voter=users[voter], post=opening, value=1)
    for reply in spec.get("replies", ()):
        post = services.post_reply(author=users[reply["author"]], thread=thread, body=reply["body"])
        for voter in reply.get("votes", ()):
            services.vote_cast(voter=users[voter], post=post, value=1)
        if reply.get("accepted"):
            services.answer_accept(acting_user=thread.author, post=post)
        for flagger, reason in reply.get("flags", ()):
            flag_post(flagger=users[flagger], post=post, reason=reason)
    for status, response in spec.get("status", ()):
        idea_status_change(
            acting_user=users["moderator"], thread=thread, to_status=status, response=response
        )
    if spec.get("pin"):
        thread_pin(moderator=users["moderator"], thread=thread)
    return thread


def _seed_reading(specs, members, threads) -> None:
    """How much each member has read, which their trust level counts."""
    if not threads:
        return
    for spec in specs:
        if spec["reads"]:
            ThreadRead.objects.update_or_create(
                thread=threads[0],
                reader=members[spec["username"]],
                defaults={"posts_read": spec["reads"], "read_at": timezone.now()},
            )
