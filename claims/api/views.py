"""Claims in the API: list, detail, CSV export, ClaimReview JSON-LD, and the review and edit writes."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response

from claims import selectors
from claims.api.claimreview import (
    ClaimReviewFeedPagination,
    ClaimReviewSerializer,
    JSONLDRenderer,
    reviewed_claims,
)
from claims.api.csv_export import CSVRenderer, claims_csv_response
from claims.api.expand import EXPAND_PARAMETER, expand_names, expand_prefetches
from claims.api.filters import ClaimFilter, QuoteFilter, ReviewFilter
from claims.api.inputs import ClaimEditInputSerializer, ReviewInputSerializer, SignoffInputSerializer
from claims.api.schema import IDEMPOTENCY_KEY, NewsFactsAutoSchema
from claims.api.serializers import (
    ClaimDetailSerializer,
    ClaimListSerializer,
    QuoteSerializer,
    ReviewSerializer,
)
from claims.models import Claim, Quote, Review
from claims.permissions import IsEditor, IsReviewer
from claims.services.reviews import InvalidVerdict, claim_edit
from claims.services.signoff import SignoffRefused, claim_review_submit, review_signoff
from newsfacts.idempotency import idempotent

ID_PATTERN = r"[0-9]+"
JSONLD_RENDERERS = [JSONLDRenderer, JSONRenderer, BrowsableAPIRenderer]


@extend_schema_view(
    list=extend_schema(
        description="Claims, newest first. Filters combine with AND. `?expand=sources,contradictions"
        ",reviews` nests those parts in every claim. Add `?format=csv` (or use "
        "`/api/claims/export.csv`) for every matching claim as CSV.",
        parameters=[EXPAND_PARAMETER],
    ),
    retrieve=extend_schema(
        description="One claim with its sources (the sentences of every article that states "
        "it, with article and outlet), quote variants, contradictions and reviews."
    ),
)
class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    """Claims with their speaker; the detail nests sources, quote variants, contradictions and reviews."""

    filterset_class = ClaimFilter
    ordering_fields = [
        "id",
        "created_at",
        "source_count",
        "mention_count",
        "contradiction_count",
        "checkworthiness",
    ]
    ordering = ["-id"]
    lookup_value_regex = ID_PATTERN
    schema = NewsFactsAutoSchema()

    def get_queryset(self):
        qs = Claim.objects.select_related("speaker")
        if self.action == "list":
            qs = qs.prefetch_related(
                *expand_prefetches(expand_names(self.request.query_params), self.request.user)
            )
        return qs

    def get_serializer_class(self):
        classes = {
            "list": ClaimListSerializer,
            "retrieve": ClaimDetailSerializer,
            "claimreview": ClaimReviewSerializer,
        }
        return classes.get(self.action, ClaimListSerializer)

    def get_serializer(self, *args, **kwargs):
        if self.action == "list" and not getattr(self, "swagger_fake_view", False):
            kwargs["expand"] = frozenset(expand_names(self.request.query_params))
        return super().get_serializer(*args, **kwargs)

    def get_renderers(self):
        renderers = super().get_renderers()
        # ?format=csv on the list streams the export; the schema documents that as /export.csv instead.
        if self.action == "list" and not getattr(self, "swagger_fake_view", False):
            renderers.append(CSVRenderer())
        return renderers

    def list(self, request, *args, **kwargs):
        if getattr(request.accepted_renderer, "format", None) == "csv":
            return self.export(request)
        return super().list(request, *args, **kwargs)

    def retrieve(self, request, *args, **kwargs):
        try:
            claim = selectors.claim_get_for_page(claim_id=int(kwargs["pk"]), user=request.user)
        except Claim.DoesNotExist as exc:
            raise NotFound("No such claim.") from exc
        claim.quote_variants = selectors.quote_variants_for_claim(claim)
        return Response(self.get_serializer(claim).data)

    @extend_schema(
        filters=True,
        responses={(200, "text/csv"): OpenApiTypes.STR},
        description="Every claim matching the list filters, as CSV (streamed, not paginated).",
    )
    @action(
        detail=False,
        methods=["get"],
        url_path="export",
        renderer_classes=[CSVRenderer],
        pagination_class=None,
    )
    def export(self, request, *args, **kwargs):
        qs = self.filter_queryset(self.get_queryset())
        return claims_csv_response(qs, base_url=request.build_absolute_uri("/").rstrip("/"))

    @extend_schema(
        responses={200: ClaimReviewSerializer},
        description="schema.org ClaimReview JSON-LD for the claim's latest review (404 until reviewed).",
    )
    @action(detail=True, methods=["get"], renderer_classes=JSONLD_RENDERERS, filter_backends=[])
    def claimreview(self, request, *args, **kwargs):
        claim = reviewed_claims().filter(pk=kwargs["pk"]).first()
        if claim is None:
            raise NotFound("This claim has not been reviewed.")
        return Response(self.get_serializer(claim).data)

    @extend_schema(
        request=ReviewInputSerializer,
        parameters=[IDEMPOTENCY_KEY],
        responses={201: ReviewSerializer},
        description="Give a verdict (reviewers). It becomes the "
        "claim's status at once, or, for false / misleading / misquoted, once a second reviewer signs it "
        "off (POST /api/reviews/{id}/signoff/); earlier reviews are kept.",
    )
    @action(detail=True, methods=["post"], permission_classes=[IsReviewer], filter_backends=[])
    @idempotent
    def review(self, request, *args, **kwargs):
        claim = self.get_object()
        data = ReviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            review = claim_review_submit(claim_id=claim.pk, reviewer=request.user, **data.validated_data)
        except InvalidVerdict as exc:
            return Response({"verdict": [str(exc)]}, status=status.HTTP_400_BAD_REQUEST)
        return Response(ReviewSerializer(review).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=ClaimEditInputSerializer,
        parameters=[IDEMPOTENCY_KEY],
        responses={200: ClaimListSerializer},
        description="Rewrite the claim's statement (editors); relinking keeps the edited text.",
    )
    @action(detail=True, methods=["post"], permission_classes=[IsEditor], filter_backends=[])
    @idempotent
    def edit(self, request, *args, **kwargs):
        claim = self.get_object()
        data = ClaimEditInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        claim = claim_edit(claim_id=claim.pk, editor=request.user, **data.validated_data)
        return Response(ClaimListSerializer(claim, context=self.get_serializer_context()).data)


@extend_schema_view(
    list=extend_schema(
        description="The latest reviewed claims as a schema.org DataFeed of ClaimReview items, newest review first.",
        responses={200: OpenApiResponse(ClaimReviewSerializer(many=True))},
    )
)
class ClaimReviewFeedViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """ClaimReview JSON-LD for every reviewed claim (for fact-check aggregators)."""

    serializer_class = ClaimReviewSerializer
    pagination_class = ClaimReviewFeedPagination
    renderer_classes = JSONLD_RENDERERS
    filter_backends: list = []
    schema = NewsFactsAutoSchema()

    def get_queryset(self):
        return reviewed_claims()


class QuoteViewSet(viewsets.ReadOnlyModelViewSet):
    """Direct quotes with speaker, article and outlet; quotes sharing ``group`` are one utterance."""

    serializer_class = QuoteSerializer
    filterset_class = QuoteFilter
    ordering_fields = ["id", "start"]
    queryset = Quote.objects.select_related("speaker", "article__outlet")
    lookup_value_regex = ID_PATTERN
    schema = NewsFactsAutoSchema()


class ReviewViewSet(viewsets.ReadOnlyModelViewSet):
    """Every verdict given, newest first. Verdicts awaiting a second reviewer are listed to reviewers only."""

    serializer_class = ReviewSerializer
    filterset_class = ReviewFilter
    ordering_fields = ["id", "created_at"]
    lookup_value_regex = ID_PATTERN
    schema = NewsFactsAutoSchema()

    def get_queryset(self):
        return selectors.reviews_visible_to(
            self.request.user, Review.objects.select_related("reviewer", "signoff__signed_off_by")
        )

    @extend_schema(
        request=SignoffInputSerializer,
        parameters=[IDEMPOTENCY_KEY],
        responses={201: ReviewSerializer},
        description="Sign off another reviewer's verdict (reviewers): it becomes the claim's public status.",
    )
    @action(detail=True, methods=["post"], permission_classes=[IsReviewer], filter_backends=[])
    @idempotent
    def signoff(self, request, *args, **kwargs):
        review = self.get_object()
        data = SignoffInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            review_signoff(review_id=review.pk, user=request.user, **data.validated_data)
        except SignoffRefused as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
        return Response(
            ReviewSerializer(self.get_queryset().get(pk=review.pk)).data, status=status.HTTP_201_CREATED
        )
