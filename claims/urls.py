from django.urls import path

from claims import views

app_name = "claims"
urlpatterns = [
    path("", views.claim_list, name="list"),
    path("<int:pk>/", views.claim_detail, name="detail"),
    path("<int:pk>/review/", views.claim_review, name="review"),
    path("<int:pk>/edit/", views.claim_edit, name="edit"),
    path("contradictions/", views.contradiction_list, name="contradiction-list"),
    path("contradictions/<int:pk>/", views.contradiction_detail, name="contradiction-detail"),
    path("contradictions/<int:pk>/decide/", views.contradiction_decide, name="contradiction-decide"),
    path("speakers/", views.speaker_list, name="speaker-list"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker-detail"),
    path("speakers/<int:pk>/merge/", views.speaker_merge, name="speaker-merge"),
]
