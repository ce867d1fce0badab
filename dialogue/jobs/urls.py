from django.urls import path

from dialogue.jobs import views

urlpatterns = [
    path("<int:job_id>/", views.job_detail, name="job"),
]
