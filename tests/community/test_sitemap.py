"""Public threads are in the sitemap at their page in their own language, with hreflang;
nothing a signed-out visitor may not read is listed."""

import pytest
from wagtail.models import Locale, Site

from community import services
from community.models import Space, Thread
from community.moderation.services import post_hide

pytestmark = pytest.mark.django_db


def _start(space, author, locale, title):
    return services.thread_start(
        author=author,
        space=space,
        locale=locale,
        kind=Thread.Kind.QUESTION,
        title=title,
        body="How should this be set up?",
    )


def test_public_threads_are_in_the_sitemap_in_their_language_with_hreflang(
    client, make_space, member, question
):
    swedish = Locale.objects.get(language_code="sv")
    space = make_space("svenska-rummet", locales=[swedish])
    swedish_thread = _start(space, member, swedish, "Hur exporterar jag tidrapporter?")

    xml = client.get("/sitemap.xml").content.decode()

    root = Site.objects.get(is_default_site=True).root_url
    english_url = f"{root}/en/community/threads/{question.pk}/"
    swedish_url = f"{root}/sv/community/threads/{swedish_thread.pk}/"
    assert f"<loc>{english_url}</loc>" in xml
    assert f'hreflang="en" href="{english_url}"' in xml
    assert f"<loc>{swedish_url}</loc>" in xml
    assert f'hreflang="sv" href="{swedish_url}"' in xml


def test_threads_that_a_signed_out_visitor_may_not_read_are_not_in_the_sitemap(
    client, make_space, member, moderator, english, question
):
    lounge = make_space("members-lounge", read_access=Space.Access.SIGNED_IN)
    members_only = _start(lounge, member, english, "A question for members")
    hidden = _start(question.space, member, english, "A question a moderator hid")
    post_hide(moderator=moderator, post=hidden.posts.get(is_opening=True))

    xml = client.get("/sitemap.xml").content.decode()

    assert f"/community/threads/{question.pk}/" in xml
    assert f"/community/threads/{members_only.pk}/" not in xml
    assert f"/community/threads/{hidden.pk}/" not in xml
