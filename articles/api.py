"""REST API for outlets, articles and ingest jobs."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from articles.models import Article, IngestJob, Outlet
from articles.services.ingest import IngestRejected, ingest_submit
from claims.permissions import EDITOR


class OutletSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "slug", "domain"]


class ArticleSerializer(serializers.ModelSerializer):
    outlet_name = serializers.CharField(source="outlet.name", read_only=True, default=None)

    class Meta:
        model = Article
        fields = ["id", "title", "byline", "outlet", "outlet_name", "source", "url", "published_at", "status",
                  "copy_of", "created_at"]


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "captions"]


class JobSerializer(serializers.ModelSerializer):
    status_url = serializers.HyperlinkedIdentityField(view_name="ingestjob-detail")

    class Meta:
        model = IngestJob
        fields = ["id", "kind", "source", "state", "stage", "attempts", "error", "article", "batch", "status_url",
                  "created_at", "finished_at"]


class JobInputSerializer(serializers.Serializer):
    text = serializers.CharField(required=False, allow_blank=False, max_length=5_000_000)
    url = serializers.URLField(required=False, max_length=2000)
    file = serializers.FileField(required=False)
    source = serializers.CharField(required=False, max_length=2000, help_text="A label for pasted text.")

    def validate(self, attrs):
        given = [k for k in ("text", "url", "file") if attrs.get(k)]
        if len(given) != 1:
            raise serializers.ValidationError("Give exactly one of text, url or file.")
        return attrs


class OutletViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OutletSerializer
    queryset = Outlet.objects.all()


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    filterset_fields = ["outlet", "status"]
    queryset = Article.objects.select_related("outlet")

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer


class IngestJobViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Submit text, a URL or a file for ingestion; poll the job's status URL."""

    serializer_class = JobSerializer
    filterset_fields = ["state", "kind", "batch"]
    queryset = IngestJob.objects.all()
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    write_role = EDITOR

    @extend_schema(request=JobInputSerializer, responses={202: JobSerializer})
    def create(self, request, *args, **kwargs):
        data = JobInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        v = data.validated_data
        try:
            if v.get("url"):
                job = ingest_submit(kind=IngestJob.Kind.URL, source=v["url"], user=request.user)
            elif v.get("file"):
                f = v["file"]
                job = ingest_submit(kind=IngestJob.Kind.FILE, source=f.name, payload=f.read(),
                                    content_type=f.content_type or "", user=request.user)
            else:
                job = ingest_submit(kind=IngestJob.Kind.TEXT, source=v.get("source") or "API submission",
                                    payload=v["text"].encode(), user=request.user)
        except IngestRejected as exc:
            raise serializers.ValidationError(str(exc)) from exc
        job.refresh_from_db()
        return Response(JobSerializer(job, context={"request": request}).data, status=status.HTTP_202_ACCEPTED)
