"""The comment routes the portal uses, and no others.

django-comments-xtd also serves replies, flags, likes and a JSON API by comment or object id;
those do not check who may read the article, so they are left out. The routes kept carry
the library's names (its models and templates reverse them) but run the portal's views,
which answer 404 for what the viewer may not read.
"""

from django.urls import path, re_path

from cms.comments import views as comment_views

urlpatterns = [
    path("post/", comment_views.comment_post, name="comments-post-comment"),
    path("posted/", comment_views.comment_posted, name="comments-comment-done"),
    path("sent/", comment_views.comment_posted, name="comments-xtd-sent"),
    re_path(
        r"^mute/(?P<key>[^/]+)/$", comment_views.comment_thread_muted, name="comments-xtd-mute"
    ),
    re_path(
        r"^cr/(?P<content_type_id>\d+)/(?P<object_pk>[^/]+)/$",
        comment_views.comment_target,
        name="comments-url-redirect",
    ),
]
