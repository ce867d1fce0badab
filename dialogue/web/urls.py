from django.urls import path

from dialogue.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("facts/<slug:section>/<str:key>/", views.fact_detail, name="fact"),
]
