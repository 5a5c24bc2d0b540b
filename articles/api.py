"""REST API for outlets, articles and ingest jobs."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from articles.models import Article, IngestJob, Outlet
from articles.services.ingest import IngestRejected, ingest_submit
from claims.api.filters import date_range
from claims.api.schema import IDEMPOTENCY_KEY, NewsFactsAutoSchema
from claims.permissions import EDITOR
from newsfacts.idempotency import idempotent

ID_PATTERN = r"[0-9]+"


class OutletSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "slug", "domain"]


class ArticleBriefSerializer(serializers.ModelSerializer):
    """An article as nested in claims, quotes and contradictions (needs ``select_related("outlet")``)."""

    outlet = OutletSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "title", "url", "published_at", "outlet"]


class ArticleSerializer(serializers.ModelSerializer):
    outlet_name = serializers.CharField(source="outlet.name", read_only=True, default=None, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "title", "byline", "outlet", "outlet_name", "source", "url", "published_at", "language",
                  "status", "copy_of", "created_at"]


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "captions", "section_headings"]


class JobSerializer(serializers.ModelSerializer):
    status_url = serializers.HyperlinkedIdentityField(view_name="ingestjob-detail")

    class Meta:
        model = IngestJob
        fields = ["id", "kind", "source", "state", "stage", "attempts", "error", "note", "article", "batch", "status_url",
                  "created_at", "finished_at"]


class JobInputSerializer(serializers.Serializer):
    """Exactly one of ``text``, ``url`` or ``file``."""

    text = serializers.CharField(required=False, max_length=5_000_000, help_text="The article as plain text.")
    url = serializers.URLField(required=False, max_length=2000, help_text="A page to fetch (public hosts only).")
    file = serializers.FileField(required=False, help_text="An uploaded .txt or .html file (multipart only).")
    source = serializers.CharField(required=False, max_length=2000, help_text="A label for pasted text.")

    def validate(self, attrs):
        given = [k for k in ("text", "url", "file") if attrs.get(k)]
        if len(given) != 1:
            raise serializers.ValidationError("Give exactly one of text, url or file.")
        return attrs


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="title", lookup_expr="icontains", label="Words in the title")
    outlet = django_filters.CharFilter(field_name="outlet__slug", label="Outlet slug")
    date_from, date_to = date_range("published_at", "Published")

    class Meta:
        model = Article
        fields = ["q", "outlet", "status", "language", "date_from", "date_to"]


class OutletFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label="Words in the name")

    class Meta:
        model = Outlet
        fields = ["q", "slug", "domain"]


class OutletViewSet(viewsets.ReadOnlyModelViewSet):
    """News outlets; ``?q=`` matches the name."""

    serializer_class = OutletSerializer
    queryset = Outlet.objects.all()
    filterset_class = OutletFilter
    ordering_fields = ["id", "name"]
    lookup_value_regex = ID_PATTERN
    schema = NewsFactsAutoSchema()


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    """Stored articles; the detail adds the cleaned body."""

    queryset = Article.objects.select_related("outlet")
    filterset_class = ArticleFilter
    ordering_fields = ["id", "published_at", "created_at"]
    lookup_value_regex = ID_PATTERN
    schema = NewsFactsAutoSchema()

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer


class IngestJobViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Submit text, a URL or a file for ingestion (editors); poll the job's ``status_url``."""

    serializer_class = JobSerializer
    filterset_fields = ["state", "kind", "batch"]
    ordering_fields = ["id", "created_at"]
    queryset = IngestJob.objects.all()
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    write_role = EDITOR
    lookup_value_regex = ID_PATTERN
    schema = NewsFactsAutoSchema()

    @extend_schema(request={"application/json": JobInputSerializer, "multipart/form-data": JobInputSerializer},
                   parameters=[IDEMPOTENCY_KEY],
                   responses={202: OpenApiResponse(JobSerializer, description="Queued; poll status_url.")})
    @idempotent
    def create(self, request, *args, **kwargs):
        data = JobInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            job = _submit(data.validated_data, request.user)
        except IngestRejected as exc:
            raise serializers.ValidationError({"source": [str(exc)]}) from exc
        job.refresh_from_db()  # in eager mode the job may already have run
        body = JobSerializer(job, context=self.get_serializer_context()).data
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["status_url"]})


def _submit(v: dict, user) -> IngestJob:
    if v.get("url"):
        return ingest_submit(kind=IngestJob.Kind.URL, source=v["url"], user=user)
    if v.get("file"):
        f = v["file"]
        return ingest_submit(kind=IngestJob.Kind.FILE, source=f.name, payload=f.read(),
                             content_type=f.content_type or "", user=user)
    return ingest_submit(kind=IngestJob.Kind.TEXT, source=v.get("source") or "API submission",
                         payload=v["text"].encode(), user=user)
