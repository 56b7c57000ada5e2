"""The comment routes the portal uses, and no others.

django-comments-xtd also serves replies, flags, likes and a JSON API by comment or object id;
those do not check who may read the article, so they are left out.
"""

from django.contrib.contenttypes.views import shortcut
from django.urls import path, re_path
from django_comments.views.comments import comment_done, post_comment
from django_comments_xtd import views as xtd_views

urlpatterns = [
    path("post/", post_comment, name="comments-post-comment"),
    path("posted/", comment_done, name="comments-comment-done"),
    path("sent/", xtd_views.sent, name="comments-xtd-sent"),
    re_path(r"^mute/(?P<key>[^/]+)/$", xtd_views.mute, name="comments-xtd-mute"),
    re_path(r"^cr/(\d+)/(.+)/$", shortcut, name="comments-url-redirect"),
]
