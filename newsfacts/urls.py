from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from claims import views as claim_views
from newsfacts import health
from newsfacts.api import router

urlpatterns = [
    path("", claim_views.dashboard, name="dashboard"),
    path("claims/", include("claims.urls")),
    path("articles/", include("articles.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("api/", include(router.urls)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("healthz", health.healthz, name="healthz"),
    path("design/", TemplateView.as_view(template_name="design.html"), name="design"),
]

handler400 = "newsfacts.errors.bad_request"
handler403 = "newsfacts.errors.permission_denied"
handler404 = "newsfacts.errors.not_found"
handler500 = "newsfacts.errors.server_error"
