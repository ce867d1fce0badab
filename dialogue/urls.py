from django.contrib import admin
from django.urls import include, path

from dialogue.web.api import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("feeds/", include("dialogue.feeds.urls")),
    path("jobs/", include("dialogue.jobs.urls")),
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: the language switcher's form posts here
    path("", include("dialogue.web.urls")),
]

handler400 = "dialogue.web.views.errors.bad_request"
