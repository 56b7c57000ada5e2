"""Article comments: members only, first comment moderated, safe rendering, follow-ups, and
no route that shows a comment, an address or a restricted article to someone who may not
read it."""

import hashlib
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django_comments.forms import CommentSecurityForm
from django_comments_xtd.models import XtdComment

from cms.models import ArticlePage
from tests.factories import new_category, publish_article, segment_with
from tests.utils import demo_user


@pytest.fixture
def article(db):
    return publish_article(title="Commented article", category=new_category())


def post_comment(client, article, text, *, reply_to=0, followup=False, follow=False, **fields):
    data = CommentSecurityForm(article).generate_security_data()
    data |= {"comment": text, "reply_to": reply_to, **fields}
    if followup:
        data["followup"] = "1"
    return client.post("/comments/post/", data, follow=follow)


def published_comment(client, article, text, *, by, **options) -> XtdComment:
    """A comment posted by ``by`` through the form and approved by a moderator."""
    client.force_login(demo_user(by))
    post_comment(client, article, text, **options)
    comment = XtdComment.objects.get(comment=text)
    XtdComment.objects.filter(pk=comment.pk).update(is_public=True)
    comment.refresh_from_db()
    return comment


@pytest.fixture
def acme_article(db):
    """An article only the Acme segment (ben) may read."""
    return publish_article(
        title="Acme rollout plan",
        category=new_category(),
        access=ArticlePage.Access.SEGMENTS,
        segments=[segment_with(demo_user("ben"))],
    )


@pytest.mark.django_db
def test_a_new_members_first_comment_waits_for_approval(client, article):
    client.force_login(demo_user("anna"))

    post_comment(client, article, "How do I export this?")

    comment = XtdComment.objects.get(object_pk=str(article.pk))
    assert comment.is_public is False
    assert "How do I export this?" not in client.get(article.url).content.decode()


@pytest.mark.django_db
def test_approved_member_comments_appear_at_once_and_thread(client, article):
    client.force_login(demo_user("anna"))
    post_comment(client, article, "First question")
    XtdComment.objects.update(is_public=True)
    first = XtdComment.objects.get()

    post_comment(client, article, "A follow-up detail", reply_to=first.pk)

    reply = XtdComment.objects.get(comment="A follow-up detail")
    assert reply.is_public is True
    assert reply.parent_id == first.pk
    html = client.get(article.url).content.decode()
    assert "First question" in html and "A follow-up detail" in html


@pytest.mark.django_db
def test_visitors_cannot_comment(client, article):
    post_comment(client, article, "Anonymous remark")

    assert not XtdComment.objects.exists()


@pytest.mark.django_db
def test_comments_can_be_switched_off_per_article(client, article):
    article.comments_enabled = False
    article.save_revision().publish()
    client.force_login(demo_user("ben"))

    post_comment(client, article, "Should not land")

    assert not XtdComment.objects.filter(is_public=True).exists()
    assert "Add a comment" not in client.get(article.url).content.decode()


@pytest.mark.django_db
def test_comment_markdown_is_rendered_without_scripts(client, article):
    client.force_login(demo_user("anna"))
    post_comment(client, article, "**Bold** <script>alert(1)</script> [x](javascript:alert(2))")
    XtdComment.objects.update(is_public=True)

    html = client.get(article.url).content.decode()

    assert "<strong>Bold</strong>" in html
    assert "<script>alert(1)</script>" not in html
    assert 'href="javascript:' not in html


@pytest.mark.django_db
def test_followers_are_told_about_new_comments(client, article):
    client.force_login(demo_user("anna"))
    post_comment(client, article, "Watching this", followup=True)
    XtdComment.objects.update(is_public=True)
    mail.outbox.clear()
    client.force_login(demo_user("ben"))
    post_comment(client, article, "I have the same problem")
    XtdComment.objects.filter(comment="I have the same problem").update(is_public=True)
    ben_first = XtdComment.objects.get(comment="I have the same problem")
    assert ben_first.is_public
    mail.outbox.clear()

    post_comment(client, article, "Found the answer")

    assert [message.to for message in mail.outbox] == [["anna@example.com"]]


@pytest.mark.django_db
def test_a_follower_who_may_no_longer_read_the_article_gets_no_new_comments(client, acme_article):
    ben, anna = demo_user("ben"), demo_user("anna")
    segment = acme_article.segments.first()
    segment.members.add(anna)
    published_comment(client, acme_article, "Keep me posted", by="ben", followup=True)
    published_comment(client, acme_article, "Earlier approved remark", by="anna")
    segment.members.remove(ben)
    mail.outbox.clear()

    post_comment(client, acme_article, "Acme launches on Monday")

    assert XtdComment.objects.filter(comment="Acme launches on Monday", is_public=True).exists()
    assert ben.email not in [address for message in mail.outbox for address in message.to]


@pytest.mark.django_db
def test_moderator_approves_a_waiting_comment_in_the_admin(client, article):
    client.force_login(demo_user("anna"))
    post_comment(client, article, "Please approve me")
    comment = XtdComment.objects.get()
    client.force_login(demo_user("moderator"))

    listing = client.get("/admin/comments/", {"is_public": "false"})
    client.post(
        f"/admin/comments/edit/{comment.pk}/",
        {"comment": comment.comment, "is_public": "on"},
    )

    assert "Please approve me" in listing.content.decode()
    comment.refresh_from_db()
    assert comment.is_public


@pytest.mark.django_db
def test_customer_cannot_reach_comment_moderation(client):
    client.force_login(demo_user("anna"))

    assert client.get("/admin/comments/").status_code == 302


@pytest.mark.django_db
def test_outsider_cannot_comment_on_or_read_comments_of_a_restricted_article(client):
    from cms.models import ArticlePage
    from tests.factories import segment_with

    secret = publish_article(
        title="Acme only",
        category=new_category(),
        access=ArticlePage.Access.SEGMENTS,
        segments=[segment_with(demo_user("ben"))],
    )
    client.force_login(demo_user("anna"))

    post_comment(client, secret, "Sneaky")

    assert not XtdComment.objects.filter(comment="Sneaky").exists()
    assert client.get("/comments/reply/1/").status_code == 404
    assert client.get(f"/comments/api/cms-articlepage/{secret.pk}/").status_code == 404


@pytest.mark.django_db
def test_a_form_shown_while_the_article_was_live_cannot_comment_once_it_is_unpublished(
    client, article
):
    form = CommentSecurityForm(article).generate_security_data()
    article.unpublish()
    client.force_login(demo_user("anna"))

    client.post("/comments/post/", form | {"comment": "Too late", "reply_to": 0})

    assert not XtdComment.objects.filter(comment="Too late").exists()


@pytest.mark.django_db
def test_removed_comment_text_is_not_shown(client, article):
    client.force_login(demo_user("anna"))
    post_comment(client, article, "Rude remark")
    XtdComment.objects.update(is_public=True, is_removed=True)

    html = client.get(article.url).content.decode()

    assert "Rude remark" not in html
    assert "removed by a moderator" in html


@pytest.mark.django_db
def test_a_member_who_posts_is_taken_to_their_published_comment(client, article):
    published_comment(client, article, "Earlier approved remark", by="anna")

    response = post_comment(client, article, "Shown at once")

    comment = XtdComment.objects.get(comment="Shown at once")
    assert response.status_code == 302
    landing = client.get(response["Location"])
    assert landing.status_code == 302
    assert landing["Location"] == f"{article.url}#c{comment.pk}"


@pytest.mark.django_db
def test_a_member_whose_comment_waits_is_told_so_on_the_posted_page(client, article):
    client.force_login(demo_user("anna"))

    response = post_comment(client, article, "My very first comment")
    page = client.get(response["Location"])

    assert page.status_code == 200
    assert "A moderator reviews" in page.content.decode()
    assert article.title in page.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("route", ["/comments/posted/", "/comments/sent/"])
@pytest.mark.parametrize("viewer", [None, "anna"])
@pytest.mark.parametrize("ajax", [False, True], ids=["page", "xhr"])
def test_the_comment_pages_show_nobody_a_comment_they_did_not_post(
    client, acme_article, route, viewer, ajax
):
    secret = published_comment(client, acme_article, "Acme launches on Monday", by="ben")
    client.logout()
    if viewer:
        client.force_login(demo_user(viewer))
    headers = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"} if ajax else {}

    response = client.get(route, {"c": secret.pk}, **headers)

    assert response.status_code == 404
    html = response.content.decode()
    assert "Acme launches on Monday" not in html
    assert "Acme rollout plan" not in html
    assert "ben@example.com" not in html


@pytest.mark.django_db
def test_the_posted_page_answers_404_to_a_member_who_lost_access_to_the_article(
    client, acme_article
):
    comment = published_comment(client, acme_article, "Before I left Acme", by="ben")
    acme_article.segments.first().members.remove(demo_user("ben"))

    response = client.get("/comments/posted/", {"c": comment.pk})

    assert response.status_code == 404
    assert "Acme rollout plan" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("c", ["", "abc", "-3", "99999999999999999999", "1.5"])
def test_the_posted_page_answers_404_to_a_malformed_comment_id(client, c):
    client.force_login(demo_user("anna"))

    assert client.get("/comments/posted/", {"c": c}).status_code == 404


@pytest.mark.django_db
def test_a_comment_link_leads_only_a_reader_of_the_article_to_it(client, acme_article):
    content_type = ContentType.objects.get_for_model(ArticlePage)
    link = f"/comments/cr/{content_type.pk}/{acme_article.pk}/"

    client.force_login(demo_user("anna"))
    outsider = client.get(link)
    client.logout()
    visitor = client.get(link)
    client.force_login(demo_user("ben"))
    reader = client.get(link)

    assert outsider.status_code == 404 and visitor.status_code == 404
    assert reader.status_code == 302 and reader["Location"] == acme_article.url


@pytest.mark.django_db
def test_a_comment_link_does_not_redirect_to_objects_that_are_not_articles(client):
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    client.force_login(demo_user("anna"))
    user_type = ContentType.objects.get_for_model(get_user_model())
    page_type = ContentType.objects.get_for_model(Page)
    home = Page.objects.get(depth=2, locale__language_code="en")

    for link in (
        f"/comments/cr/{user_type.pk}/{demo_user('ben').pk}/",
        f"/comments/cr/{page_type.pk}/{home.pk}/",
        f"/comments/cr/{page_type.pk}/99999999999999999999/",
    ):
        assert client.get(link).status_code == 404, link


@pytest.mark.django_db
def test_a_comment_carries_the_members_own_name_whatever_the_form_sends(client, article):
    anna = demo_user("anna")
    published_comment(client, article, "Earlier approved remark", by="anna")

    post_comment(
        client,
        article,
        "Please send me your password",
        name="Support team (official)",
        email="ben@example.com",
        url="https://phish.example/",
    )

    comment = XtdComment.objects.get(comment="Please send me your password")
    assert (comment.user_name, comment.user_email, comment.user_url) == (
        anna.get_full_name() or anna.get_username(),
        anna.email,
        "",
    )
    html = client.get(article.url).content.decode()
    assert "Please send me your password" in html
    assert "Support team (official)" not in html


@pytest.mark.django_db
def test_a_reply_cannot_join_a_thread_on_another_article(client, article, acme_article):
    secret_thread = published_comment(client, acme_article, "Acme internal thread", by="ben")
    published_comment(client, article, "Earlier approved remark", by="anna")

    response = post_comment(client, article, "Smuggled into Acme", reply_to=secret_thread.pk)

    assert response.status_code == 400
    assert not XtdComment.objects.filter(comment="Smuggled into Acme").exists()
    secret_thread.refresh_from_db()
    assert secret_thread.nested_count == 0


@pytest.mark.django_db
@pytest.mark.parametrize("reply_to", ["99999999999999999999", "2147483647", "-1"])
def test_a_reply_to_no_comment_is_refused_without_a_server_error(client, article, reply_to):
    published_comment(client, article, "Earlier approved remark", by="anna")

    response = post_comment(client, article, "Reply to nothing", reply_to=reply_to)

    assert response.status_code == 400
    assert not XtdComment.objects.filter(comment="Reply to nothing").exists()


@pytest.mark.django_db
def test_a_reply_below_the_deepest_thread_level_is_refused_without_a_server_error(client, article):
    top = published_comment(client, article, "Level zero", by="anna")
    middle = published_comment(client, article, "Level one", by="anna", reply_to=top.pk)
    deepest = published_comment(client, article, "Level two", by="anna", reply_to=middle.pk)
    assert deepest.level == 2

    response = post_comment(client, article, "Level three", reply_to=deepest.pk)

    assert response.status_code == 400
    assert not XtdComment.objects.filter(comment="Level three").exists()


@pytest.mark.django_db
def test_a_reply_to_a_comment_still_waiting_for_approval_is_refused(client, article):
    client.force_login(demo_user("ben"))
    post_comment(client, article, "Not yet approved")
    waiting = XtdComment.objects.get(comment="Not yet approved")
    published_comment(client, article, "Earlier approved remark", by="anna")

    response = post_comment(client, article, "Answer to the unseen", reply_to=waiting.pk)

    assert response.status_code == 400


def _mute_link(message) -> str:
    return re.search(r"/comments/mute/[^/\s]+/", message.body).group(0)


def _follow_up_mail(client, article):
    """Anna follows the article's comments; Ben's update sends her the first follow-up."""
    published_comment(client, article, "Keep me posted", by="anna", followup=True)
    published_comment(client, article, "Earlier approved remark", by="ben")
    mail.outbox.clear()
    post_comment(client, article, "Here is an update")
    return mail.outbox[0]


@pytest.mark.django_db
def test_a_mute_link_stops_follow_up_mail(client, article):
    message = _follow_up_mail(client, article)
    assert mail.outbox == [message]
    client.logout()

    page = client.get(_mute_link(message))

    assert page.status_code == 200
    assert article.title in page.content.decode()
    mail.outbox.clear()
    client.force_login(demo_user("ben"))
    post_comment(client, article, "And another update")
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_mute_link_does_not_name_a_restricted_article_to_a_visitor(client, acme_article):
    ben, anna = demo_user("ben"), demo_user("anna")
    acme_article.segments.first().members.add(anna)
    link = _mute_link(_follow_up_mail(client, acme_article))
    client.logout()

    page = client.get(link)

    assert page.status_code == 200
    assert "Acme rollout plan" not in page.content.decode()
    assert ben.email not in page.content.decode()


@pytest.mark.django_db
def test_a_mute_link_does_not_name_an_unpublished_article(client, article):
    link = _mute_link(_follow_up_mail(client, article))
    article.unpublish()

    page = client.get(link)

    assert page.status_code == 200
    assert article.title not in page.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["nonsense", "abc.def", "eJwrSS0uAQAEXQHB:tampered"])
def test_a_forged_mute_link_answers_404(client, key):
    assert client.get(f"/comments/mute/{key}/").status_code == 404


def _address_and_hashes(email: str) -> list[str]:
    normalised = email.strip().lower().encode()
    return [
        email,
        hashlib.md5(normalised).hexdigest(),
        hashlib.sha256(normalised).hexdigest(),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("viewer", [None, "anna", "ben"], ids=["visitor", "member", "author"])
def test_no_comment_route_shows_a_commenters_address_or_its_gravatar_hash(client, article, viewer):
    """Every comment route the portal mounts, and the article page, for every non-staff
    viewer (the author included): no e-mail address of a commenter, and no hash of one."""
    published_comment(client, article, "Following along", by="anna", followup=True)
    comment = published_comment(client, article, "Ben's approved remark", by="ben")
    client.force_login(demo_user("ben"))
    mail.outbox.clear()
    post_comment(client, article, "Ben's second remark")
    pending = XtdComment.objects.get(comment="Ben's second remark")
    XtdComment.objects.filter(pk=pending.pk).update(is_public=False)
    mute_link = _mute_link(mail.outbox[0])
    content_type = ContentType.objects.get_for_model(ArticlePage)
    client.logout()
    if viewer:
        client.force_login(demo_user(viewer))

    ajax = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
    responses = [
        client.get(article.url),
        client.get("/comments/posted/", {"c": comment.pk}, follow=True),
        client.get("/comments/posted/", {"c": pending.pk}, follow=True),
        client.get("/comments/sent/", {"c": comment.pk}, follow=True),
        client.get("/comments/sent/", {"c": comment.pk}, follow=True, **ajax),
        client.get("/comments/sent/", {"c": pending.pk}, follow=True, **ajax),
        client.get(mute_link),
        client.get(f"/comments/cr/{content_type.pk}/{article.pk}/", follow=True),
        post_comment(client, article, "Preview me", preview="1"),
        post_comment(client, article, "", reply_to="abc"),
        post_comment(client, article, "Posted by the viewer", follow=True),
    ]

    leaks = [
        (response.request["PATH_INFO"], secret)
        for response in responses
        for email in ("anna@example.com", "ben@example.com")
        for secret in _address_and_hashes(email)
        if secret in response.content.decode()
    ]
    assert leaks == []
    assert all(response.status_code < 500 for response in responses)
