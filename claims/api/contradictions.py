"""Contradictions in the API: list, detail and the editors' confirm/dismiss decision."""

from __future__ import annotations

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from claims.api.filters import ContradictionFilter
from claims.api.inputs import DecideInputSerializer
from claims.api.schema import IDEMPOTENCY_KEY, NewsFactsAutoSchema
from claims.api.serializers import ContradictionSerializer
from claims.models import Contradiction, ContradictionItem
from claims.permissions import IsEditor
from claims.services.contradictions import contradiction_decide
from newsfacts.idempotency import idempotent


class ContradictionViewSet(viewsets.ReadOnlyModelViewSet):
    """Misquotes, number conflicts, attribution and fact conflicts, each with the passages on both sides."""

    serializer_class = ContradictionSerializer
    filterset_class = ContradictionFilter
    ordering_fields = ["id", "created_at"]
    lookup_value_regex = r"[0-9]+"
    schema = NewsFactsAutoSchema()

    def get_queryset(self):
        items = ContradictionItem.objects.select_related("article__outlet").order_by("side", "id")
        return Contradiction.objects.select_related("decided_by").prefetch_related(Prefetch("items", queryset=items))

    @extend_schema(request=DecideInputSerializer, parameters=[IDEMPOTENCY_KEY],
                   responses={200: ContradictionSerializer},
                   description="Confirm or dismiss (editors); the decision survives relinking. `open` reopens it.")
    @action(detail=True, methods=["post"], permission_classes=[IsEditor], filter_backends=[])
    @idempotent
    def decide(self, request, *args, **kwargs):
        contradiction = self.get_object()
        data = DecideInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        contradiction_decide(contradiction_id=contradiction.pk, user=request.user, **data.validated_data)
        return Response(ContradictionSerializer(self.get_queryset().get(pk=contradiction.pk)).data)
