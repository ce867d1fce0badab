from django.urls import path

from dialogue.feeds import views

urlpatterns = [
    path("", views.feeds, name="feeds"),
    path("<int:feed_id>/", views.feed_detail, name="feed"),
]
