from django.urls import path

from claims import views

app_name = "claims"
urlpatterns = [
    path("", views.claim_list, name="list"),
    path("<int:pk>/", views.claim_detail, name="detail"),
    path("<int:pk>/review/", views.claim_review, name="review"),
    path("<int:pk>/edit/", views.claim_edit, name="edit"),
    path("reviews/<int:pk>/signoff/", views.review_signoff, name="review-signoff"),
    path("contradictions/", views.contradiction_list, name="contradiction-list"),
    path("contradictions/<int:pk>/", views.contradiction_detail, name="contradiction-detail"),
    path("contradictions/<int:pk>/decide/", views.contradiction_decide, name="contradiction-decide"),
    path("speakers/", views.speaker_list, name="speaker-list"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker-detail"),
    path("speakers/<int:pk>/merge/", views.speaker_merge, name="speaker-merge"),
    path("speakers/<int:pk>/split/", views.speaker_split, name="speaker-split"),
    path("quotes/<int:pk>/", views.quote_detail, name="quote-detail"),
    path("quotes/<int:pk>/attribute/", views.quote_attribute, name="quote-attribute"),
    path("quotes/<int:pk>/delete/", views.quote_delete, name="quote-delete"),
    path("quotes/<int:pk>/detach/", views.quote_detach, name="quote-detach"),
    path("following/", views.following, name="following"),
    path("following/toggle/", views.watch_toggle, name="watch-toggle"),
    path("following/<int:pk>/webhook/", views.watch_webhook, name="watch-webhook"),
]
