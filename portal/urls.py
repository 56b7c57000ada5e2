from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v3.urls import api
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.feeds import LatestArticlesFeed
from cms.health.views import article_feedback
from cms.sitemap import PortalSitemap
from community.sitemap import ThreadSitemap
from community.views import ideas as community_ideas
from community.views import members as community_members
from community.views import moderation as community_moderation
from community.views import notifications as community_notifications
from community.views import threads as community
from portal.openapi import openapi_json, snippets_served
from portal.views import not_found
from search.views import result_opened, search_page

# The community's pages (an app carries no urls.py: tests/test_layout.py).
community_routes = [
    path("", community.space_list, name="spaces"),
    path("threads/<int:thread_id>/", community.thread_detail, name="thread"),
    path("threads/<int:thread_id>/reply/", community.thread_reply, name="reply"),
    path("posts/<int:post_id>/vote/", community.post_vote, name="vote"),
    path("posts/<int:post_id>/accept/", community.post_accept, name="accept"),
    path("posts/<int:post_id>/edit/", community.post_edit, name="edit"),
    path("threads/<int:thread_id>/status/", community_ideas.idea_status, name="idea_status"),
    path(
        "threads/<int:thread_id>/moderate/",
        community_moderation.thread_moderate,
        name="moderate_thread",
    ),
    path("posts/<int:post_id>/flag/", community_moderation.post_flag, name="flag"),
    path("posts/<int:post_id>/moderate/", community_moderation.post_moderate, name="moderate_post"),
    path("badges/", community_members.badge_list, name="badges"),
    path("badges/<slug:slug>/", community_members.badge_detail, name="badge"),
    path("members/<int:user_id>/", community_members.member_profile, name="member"),
    path("leaderboards/", community_members.leaderboards, name="leaderboards"),
    path("notifications/", community_notifications.notification_list, name="notifications"),
    path(
        "notifications/read/",
        community_notifications.notifications_read,
        name="notifications_read",
    ),
    path(
        "notifications/settings/",
        community_notifications.notification_settings,
        name="notification_settings",
    ),
    path(
        "notifications/<int:notification_id>/",
        community_notifications.notification_open,
        name="notification",
    ),
    path(
        "threads/<int:thread_id>/follow/",
        community_notifications.thread_follow,
        name="follow_thread",
    ),
    path("<slug:slug>/", community.space_detail, name="space"),
    path("<slug:slug>/ask/", community.thread_ask, name="ask"),
    path("<slug:slug>/ideas/", community_ideas.idea_board, name="ideas"),
    path("<slug:slug>/follow/", community_notifications.space_follow, name="follow_space"),
    path("<slug:slug>/follow-tag/", community_notifications.tag_follow, name="follow_tag"),
]

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v3/openapi.json", openapi_json, name="openapi_json"),
    # Wagtail's page endpoints know nothing of article audiences: the portal's own
    # /api/v3/portal/kb/ endpoints serve pages instead.
    re_path(r"^api/v3/pages/", not_found),
    # With no snippet model registered for the API, Wagtail's snippet endpoints take only
    # the type "" and can do nothing.
    *([] if snippets_served() else [re_path(r"^api/v3/snippets/", not_found)]),
    path("api/v3/", api.urls),
    path("accounts/", include("allauth.urls")),
    path("comments/", include("cms.comments.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap, "threads": ThreadSitemap}}),
    path("feedback/articles/<int:page_id>/", article_feedback, name="article_feedback"),
    path("search/opened/<int:search_id>/", result_opened, name="search_result_opened"),
    path("feeds/<str:language_code>/articles.xml", LatestArticlesFeed(), name="articles_feed"),
]

urlpatterns += i18n_patterns(
    path("search/", search_page, name="search"),
    path("community/", include((community_routes, "community"))),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
