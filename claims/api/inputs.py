"""Input serializers for the API's writes: validate the body, then a service does the work."""

from __future__ import annotations

from rest_framework import serializers

from claims.models import Claim, Contradiction

# (value, label) pairs, so the OpenAPI enum can be named in ENUM_NAME_OVERRIDES.
VERDICT_CHOICES = [(value, label) for value, label in Claim.Status.choices if value != Claim.Status.UNREVIEWED]


class ReviewInputSerializer(serializers.Serializer):
    verdict = serializers.ChoiceField(choices=VERDICT_CHOICES)
    note = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")
    evidence_urls = serializers.ListField(child=serializers.URLField(max_length=2000), required=False, default=list,
                                         max_length=20)


class ClaimEditInputSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=5000, help_text="The corrected statement.")
    reason = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")


class DecideInputSerializer(serializers.Serializer):
    state = serializers.ChoiceField(choices=Contradiction.State.choices,
                                    help_text="confirmed or dismissed; open reopens it.")
    note = serializers.CharField(required=False, allow_blank=True, max_length=1000, default="")


class MergeInputSerializer(serializers.Serializer):
    target = serializers.IntegerField(min_value=1, max_value=2**63 - 1,
                                      help_text="The speaker that absorbs this one.")
    reason = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")


class SignoffInputSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")
