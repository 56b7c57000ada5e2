"""Article comments: members only, first comment moderated, safe rendering, follow-ups."""

import pytest
from django.core import mail
from django_comments.forms import CommentSecurityForm
from django_comments_xtd.models import XtdComment

from tests.factories import new_category, publish_article
from tests.utils import demo_user


@pytest.fixture
def article(db):
    return publish_article(title="Commented article", category=new_category())


def post_comment(client, article, text, *, reply_to=0, followup=False):
    data = CommentSecurityForm(article).generate_security_data()
    data |= {"comment": text, "reply_to": reply_to}
    if followup:
        data["followup"] = "1"
    return client.post("/comments/post/", data)


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
def test_removed_comment_text_is_not_shown(client, article):
    client.force_login(demo_user("anna"))
    post_comment(client, article, "Rude remark")
    XtdComment.objects.update(is_public=True, is_removed=True)

    html = client.get(article.url).content.decode()

    assert "Rude remark" not in html
    assert "removed by a moderator" in html
