from django.contrib.auth import views as auth_views
from django.urls import path

from dialogue.web import feeds
from dialogue.web.views import browse, entry, facts, review

urlpatterns = [
    path("", browse.home, name="home"),
    path("meetings/", browse.meetings, name="meetings"),
    path("meetings/<str:key>/", browse.meeting_detail, name="meeting"),
    path("people/<str:key>/", browse.person_detail, name="person"),
    path("initiatives/", browse.initiatives, name="initiatives"),
    path("targets/<str:key>/", browse.target_detail, name="target"),
    path("deals/", browse.deals, name="deals"),
    path("deals/new/", entry.fact_new, {"section": "deals"}, name="deal-new"),
    path("documents/new/", entry.fact_new, {"section": "documents"}, name="document-new"),
    path("initiatives/new/", entry.fact_new, {"section": "initiatives"}, name="initiative-new"),
    path("search/", browse.search_page, name="search"),
    path("sources/<str:key>/", browse.source_detail, name="source"),
    path("facts/<slug:section>/<str:key>/", facts.fact_detail, name="fact"),
    path("facts/<slug:section>/<str:key>/edit/", facts.fact_edit_page, name="fact-edit"),
    path("facts/<slug:section>/<str:key>/history/", facts.fact_history, name="fact-history"),
    path("facts/<slug:section>/<str:key>/revert/", facts.fact_revert_post, name="fact-revert"),
    path("facts/<slug:section>/<str:key>/delete/", facts.fact_delete_post, name="fact-delete"),
    path("facts/<slug:section>/<str:key>/restore/", facts.fact_restore_post, name="fact-restore"),
    path("deleted/", facts.deleted_list, name="deleted"),
    path("review/", review.review_queue, name="review"),
    path("review/reports/", review.report_submit_post, name="report-submit"),
    path("review/mine/", review.my_reports, name="my-reports"),
    path("review/sources/<str:key>/", review.review_source, name="review-source"),
    path("review/sources/<str:key>/accept-all/", review.source_accept_post, name="source-accept-all"),
    path("review/candidates/<int:candidate_id>/", review.candidate_decide, name="candidate-decide"),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("feeds/changes.atom", feeds.ChangeFeed(), name="changes-atom"),
    path("feeds/changes.json", feeds.change_feed_json, name="changes-json"),
]
