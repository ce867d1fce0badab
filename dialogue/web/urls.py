from django.urls import path

from dialogue.web import feeds, views

urlpatterns = [
    path("feeds/changes.atom", feeds.ChangeFeed(), name="changes-atom"),
    path("feeds/changes.json", feeds.change_feed_json, name="changes-json"),
    path("", views.home, name="home"),
    path("facts/<slug:section>/<str:key>/", views.fact_detail, name="fact"),
    path("sources/<str:key>/", views.source_detail, name="source"),
    path("search/", views.search_page, name="search"),
]
