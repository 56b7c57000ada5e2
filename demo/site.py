"""The demo site: its home page in every locale (``loader.home()``), one group and one user
per role, and ``seed_demo``, which adds the knowledge base of ``demo.kb``.

Every step is idempotent, so ``seed_demo`` can run on every start.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import GroupPagePermission, Locale, Page, Site

from cms.models import CustomerSegment
from cms.translation.translate import page_translate
from demo import loader
from demo.community import seed_community
from demo.kb import seed_knowledge_base
from home.models import HomePage

DEMO_PASSWORD = "portal-demo"

PAGE_EDIT_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    groups: tuple[str, ...] = ()
    is_superuser: bool = False


def demo_users() -> list[DemoUser]:
    users = [
        DemoUser("admin", "administrator", is_superuser=True),
        DemoUser("editor", "editor", ("Editors",)),
        DemoUser("agent", "support agent", ("Support agents",)),
        DemoUser("moderator", "moderator", ("Moderators",)),
        DemoUser("anna", "customer"),
        DemoUser("ben", "customer"),
    ]
    for code, name in settings.LANGUAGES[1:]:
        users.append(
            DemoUser(f"translator-{code}", f"translator ({name})", (translator_group_name(code),))
        )
    return users


def translator_group_name(language_code: str) -> str:
    return f"Translators: {language_code}"


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _migration_permission(app_label: str, model: str, codename: str, name: str) -> Permission:
    """A permission that Wagtail or wagtail-localize create in a data migration.

    A database flushed after migrating (as transactional tests do) no longer has them.
    """
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def _admin_access() -> Permission:
    return _migration_permission(
        "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"
    )


def seed_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def _tree_root(locale: Locale) -> Page:
    """Wagtail's tree root, which a flushed database no longer has."""
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale, live=True)
    )


def seed_home(*, locales: dict[str, Locale], acting_user) -> HomePage:
    """The English home page as the default site's root, translated into every locale."""
    site = Site.objects.filter(is_default_site=True).first()
    data = loader.home()
    home = HomePage.objects.filter(locale=locales["en"]).first()
    if home is None:
        home = _tree_root(locales["en"]).add_child(
            instance=HomePage(
                title=data["title"]["en"],
                slug=data["slug"],
                headline=data["headline"]["en"],
                intro=f"<p>{data['intro']['en']}</p>",
                locale=locales["en"],
            )
        )
        home.save_revision(user=acting_user).publish(user=acting_user)
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            site_name=settings.WAGTAIL_SITE_NAME,
            root_page=home,
            is_default_site=True,
        )
    if not site.site_name:  # Wagtail names a site without one after its host (the dashboard)
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save(update_fields=["site_name"])
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.save()
        if not isinstance(old_root.specific, HomePage) and not old_root.get_children().exists():
            old_root.delete()
    texts = [data["title"], data["headline"], data["intro"]]
    for code in data["title"]:
        if code != "en" and not home.has_translation(locales[code]):
            strings = {text["en"]: text[code] for text in texts}
            page_translate(
                source_page=home, locale=locales[code], strings=strings, acting_user=acting_user
            )
    return home


def seed_groups(*, home: HomePage, locales: dict[str, Locale]) -> None:
    root = _tree_root(locales["en"])
    access_admin = _admin_access()

    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(access_admin)
    for codename in PAGE_EDIT_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=editors, page=root, permission=_page_permission(codename)
        )
    editors.permissions.add(
        _migration_permission(
            "wagtail_localize", "translation", "submit_translation", "Can submit translations"
        )
    )

    for code, _name in settings.LANGUAGES[1:]:
        group, _ = Group.objects.get_or_create(name=translator_group_name(code))
        group.permissions.add(access_admin)
        locale_home = home.get_translation(locales[code])
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=group, page=locale_home, permission=_page_permission(codename)
            )

    for name in ("Support agents", "Moderators"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
    Group.objects.get(name="Moderators").permissions.add(
        *Permission.objects.filter(
            content_type__app_label="django_comments_xtd",
            codename__in=["view_xtdcomment", "change_xtdcomment", "delete_xtdcomment"],
        )
    )


def seed_users() -> dict[str, object]:
    User = get_user_model()
    users = {}
    for demo in demo_users():
        user, created = User.objects.get_or_create(
            username=demo.username,
            defaults={
                "email": f"{demo.username}@example.com",
                "is_superuser": demo.is_superuser,
                "is_staff": demo.is_superuser,
                "first_name": demo.username.split("-")[0].capitalize(),
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        user.groups.add(*Group.objects.filter(name__in=demo.groups))
        _seed_verified_address(user)
        users[demo.username] = user
    return users


def _seed_verified_address(user) -> None:
    """The demo user's e-mail as allauth's verified primary address: sign-in requires one."""
    if not user.email:
        return
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    if address is None:
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    elif not (address.verified and address.primary):
        address.verified = address.primary = True
        address.save(update_fields=["verified", "primary"])


@transaction.atomic
def seed_demo(*, knowledge_base: bool = True, community: bool = True) -> None:
    """Seed everything; ``knowledge_base=False`` stops after the site, groups and users, and
    ``community=False`` leaves the community empty (it needs the knowledge base's segments
    for its advisory board, so it comes only with the knowledge base)."""
    locales = seed_locales()
    home = seed_home(locales=locales, acting_user=None)
    seed_groups(home=home, locales=locales)
    users = seed_users()
    if knowledge_base:
        seed_knowledge_base(home=home, locales=locales, acting_user=users["editor"])
        users["ben"].customer_segments.add(*CustomerSegment.objects.all())
        if community:
            seed_community(password=DEMO_PASSWORD, verify=_seed_verified_address)
