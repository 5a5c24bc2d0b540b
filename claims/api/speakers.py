"""Speakers in the API: list, detail and the editors' merge."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from claims.api.filters import SpeakerFilter
from claims.api.inputs import MergeInputSerializer
from claims.api.schema import IDEMPOTENCY_KEY, NewsFactsAutoSchema
from claims.api.serializers import SpeakerSerializer
from claims.models import Speaker
from claims.permissions import IsEditor
from claims.services.speakers import speaker_merge
from newsfacts.idempotency import idempotent


def _merge_target(source: Speaker, target_id: int) -> Speaker:
    """The speaker to merge into, or a 400 explaining why the merge cannot happen."""
    if source.merged_into_id:
        raise serializers.ValidationError({"detail": [f"Already merged into speaker {source.merged_into_id}."]})
    target = Speaker.objects.filter(pk=target_id).first()
    if target is None:
        raise serializers.ValidationError({"target": ["No such speaker."]})
    if target.pk == source.pk:
        raise serializers.ValidationError({"target": ["A speaker cannot be merged into itself."]})
    if target.merged_into_id:
        raise serializers.ValidationError(
            {"target": [f"That speaker was merged into {target.merged_into_id}; merge into that one."]})
    return target


class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    """People and organisations quoted or making claims. Merged speakers keep their id and point at the survivor."""

    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilter
    ordering_fields = ["id", "name"]
    queryset = Speaker.objects.prefetch_related("aliases")
    lookup_value_regex = r"[0-9]+"
    schema = NewsFactsAutoSchema()

    def filter_queryset(self, queryset):
        # Filters narrow the list only: a merged speaker's old id still resolves in the detail.
        return super().filter_queryset(queryset) if self.action == "list" else queryset

    @extend_schema(request=MergeInputSerializer, parameters=[IDEMPOTENCY_KEY], responses={200: SpeakerSerializer},
                   description="Fold this speaker into `target` (editors): quotes, claims, roles and aliases move "
                               "over. Returns the surviving speaker.")
    @action(detail=True, methods=["post"], permission_classes=[IsEditor])
    @idempotent
    def merge(self, request, *args, **kwargs):
        source = self.get_object()
        data = MergeInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        target = _merge_target(source, data.validated_data["target"])
        speaker_merge(source_id=source.pk, target_id=target.pk, user=request.user,
                      reason=data.validated_data["reason"])
        return Response(SpeakerSerializer(self.get_queryset().get(pk=target.pk)).data)
