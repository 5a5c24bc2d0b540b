from django.urls import path

from articles import views

app_name = "articles"
urlpatterns = [
    path("", views.article_list, name="list"),
    path("<int:pk>/", views.article_detail, name="detail"),
    path("outlets/", views.outlet_list, name="outlet-list"),
    path("outlets/<slug:slug>/", views.outlet_detail, name="outlet-detail"),
    path("ingest/", views.ingest, name="ingest"),
    path("jobs/", views.job_list, name="job-list"),
    path("jobs/rows/", views.job_rows, name="job-rows"),
]
