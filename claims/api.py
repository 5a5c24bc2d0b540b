"""REST API for claims, quotes, speakers, contradictions and reviews."""

from __future__ import annotations

import django_filters
from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from claims import selectors
from claims.models import Claim, ClaimMention, Contradiction, ContradictionItem, Quote, Review, Speaker
from claims.permissions import IsEditor, IsReviewer
from claims.services.contradictions import contradiction_decide
from claims.services.reviews import VERDICTS, InvalidVerdict, claim_edit, claim_review


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="alias")

    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "aliases"]


class QuoteSerializer(serializers.ModelSerializer):
    speaker_name = serializers.CharField(source="speaker.name", read_only=True, default=None)
    outlet = serializers.CharField(source="article.outlet.name", read_only=True, default=None)

    class Meta:
        model = Quote
        fields = ["id", "article", "outlet", "text", "start", "end", "kind", "partial", "speaker", "speaker_name",
                  "speaker_mention", "cue", "group"]


class MentionSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(source="article.outlet.name", read_only=True, default=None)
    article_title = serializers.CharField(source="article.title", read_only=True)
    published_at = serializers.DateTimeField(source="article.published_at", read_only=True)

    class Meta:
        model = ClaimMention
        fields = ["id", "article", "article_title", "outlet", "published_at", "sentence", "start", "end", "quantities"]


class ItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = ContradictionItem
        fields = ["article", "side", "text", "start", "end", "quote", "mention"]


class ContradictionSerializer(serializers.ModelSerializer):
    items = ItemSerializer(many=True, read_only=True)

    class Meta:
        model = Contradiction
        fields = ["id", "kind", "state", "explanation", "claim", "group", "items", "created_at"]


class ReviewSerializer(serializers.ModelSerializer):
    reviewer = serializers.CharField(source="reviewer.username", read_only=True)

    class Meta:
        model = Review
        fields = ["id", "claim", "verdict", "note", "evidence_urls", "reviewer", "created_at"]


class ClaimSerializer(serializers.ModelSerializer):
    speaker_name = serializers.CharField(source="speaker.name", read_only=True, default=None)

    class Meta:
        model = Claim
        fields = ["id", "text", "speaker", "speaker_name", "status", "kind", "checkworthiness", "source_count",
                  "mention_count", "contradiction_count", "created_at", "updated_at"]


class ClaimDetailSerializer(ClaimSerializer):
    mentions = MentionSerializer(many=True, read_only=True)
    contradictions = ContradictionSerializer(many=True, read_only=True)
    reviews = ReviewSerializer(many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "mentions", "contradictions", "reviews"]


class ReviewInputSerializer(serializers.Serializer):
    verdict = serializers.ChoiceField(choices=VERDICTS)
    note = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")
    evidence_urls = serializers.ListField(child=serializers.URLField(max_length=2000), required=False, default=list)


class ClaimEditSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=5000)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")


class DecideSerializer(serializers.Serializer):
    state = serializers.ChoiceField(choices=Contradiction.State.values)
    note = serializers.CharField(required=False, allow_blank=True, max_length=1000, default="")


class ClaimFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Full-text search")
    speaker = django_filters.NumberFilter(field_name="speaker_id")
    outlet = django_filters.CharFilter(field_name="mentions__article__outlet__slug", distinct=True)
    status = django_filters.ChoiceFilter(choices=Claim.Status.choices)
    date_from = django_filters.DateFilter(field_name="mentions__article__published_at", lookup_expr="date__gte",
                                          distinct=True)
    date_to = django_filters.DateFilter(field_name="mentions__article__published_at", lookup_expr="date__lte",
                                        distinct=True)
    has_contradictions = django_filters.BooleanFilter(method="filter_has_contradictions")
    kind = django_filters.ChoiceFilter(field_name="contradictions__kind", choices=Contradiction.Kind.choices,
                                       distinct=True, label="Contradiction kind")

    class Meta:
        model = Claim
        fields = ["q", "speaker", "outlet", "status", "date_from", "date_to", "has_contradictions", "kind"]

    def search(self, qs, name, value):
        return selectors.claim_search(qs, value)

    def filter_has_contradictions(self, qs, name, value):
        if value is None:
            return qs
        return qs.filter(contradiction_count__gt=0) if value else qs.filter(contradiction_count=0)


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    """Claims with their speaker; the detail nests sources, contradictions and reviews."""

    filterset_class = ClaimFilter
    ordering_fields = ["id", "source_count", "contradiction_count", "checkworthiness"]

    def get_queryset(self):
        if self.action == "retrieve":
            mentions = ClaimMention.objects.select_related("article__outlet").order_by("article_id", "start")
            items = ContradictionItem.objects.order_by("side", "id")
            return Claim.objects.select_related("speaker").prefetch_related(
                Prefetch("mentions", queryset=mentions),
                Prefetch("contradictions", queryset=Contradiction.objects.prefetch_related(
                    Prefetch("items", queryset=items))),
                Prefetch("reviews", queryset=Review.objects.select_related("reviewer")),
            )
        return Claim.objects.select_related("speaker")

    def get_serializer_class(self):
        return ClaimDetailSerializer if self.action == "retrieve" else ClaimSerializer

    @extend_schema(request=ReviewInputSerializer, responses={201: ReviewSerializer})
    @action(detail=True, methods=["post"], permission_classes=[IsReviewer])
    def review(self, request, pk=None):
        data = ReviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        claim = self.get_object()
        try:
            review = claim_review(claim_id=claim.pk, reviewer=request.user, **data.validated_data)
        except InvalidVerdict as exc:
            raise serializers.ValidationError({"verdict": [str(exc)]}) from exc
        return Response(ReviewSerializer(review).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=ClaimEditSerializer, responses={200: ClaimSerializer})
    @action(detail=True, methods=["post"], permission_classes=[IsEditor])
    def edit(self, request, pk=None):
        data = ClaimEditSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        claim = claim_edit(claim_id=self.get_object().pk, editor=request.user, **data.validated_data)
        return Response(ClaimSerializer(claim).data)


class QuoteViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = QuoteSerializer
    filterset_fields = ["speaker", "article", "kind", "group"]
    queryset = Quote.objects.select_related("speaker", "article__outlet")


class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = SpeakerSerializer
    queryset = Speaker.objects.filter(merged_into__isnull=True).prefetch_related("aliases")


class ContradictionViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ContradictionSerializer
    filterset_fields = ["kind", "state", "claim"]
    queryset = Contradiction.objects.prefetch_related("items")

    @extend_schema(request=DecideSerializer, responses={200: ContradictionSerializer})
    @action(detail=True, methods=["post"], permission_classes=[IsEditor])
    def decide(self, request, pk=None):
        data = DecideSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        obj = contradiction_decide(contradiction_id=self.get_object().pk, user=request.user, **data.validated_data)
        return Response(ContradictionSerializer(obj).data)


class ReviewViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = ReviewSerializer
    filterset_fields = ["claim", "verdict"]
    queryset = Review.objects.select_related("reviewer")
