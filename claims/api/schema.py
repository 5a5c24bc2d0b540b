"""OpenAPI details the autodetection cannot see: error responses and shared parameters.

Every operation documents the errors it can answer with, so a client (and the
schemathesis run in tests/api) can rely on the status codes in the schema.
"""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers

IDEMPOTENCY_KEY = OpenApiParameter(
    "Idempotency-Key", type={"type": "string", "minLength": 1, "maxLength": 255, "pattern": r"^[\x21-\x7e]+$"},
    location=OpenApiParameter.HEADER, required=False,
    description="Any unique string (a UUID). Repeating a POST with the same key within 24 hours returns the "
                "first response (same status and body, header Idempotent-Replayed: true) without doing the "
                "work again. Reusing a key with a different body answers 422; while the first request is "
                "still running a repeat answers 409.",
)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


_ERRORS = {
    "400": "Invalid input: field names map to lists of messages.",
    "401": "Missing or invalid credentials.",
    "403": "Signed in, but the role this action needs is missing.",
    "404": "No such object.",
    "409": "A request with this Idempotency-Key is still running.",
    "422": "This Idempotency-Key was used with a different request body.",
    "429": "Too many requests: see the Retry-After header.",
}


ID_PATH = OpenApiParameter("id", int, OpenApiParameter.PATH, description="The object's id.")


class NewsFactsAutoSchema(AutoSchema):
    """drf-spectacular's AutoSchema plus anonymous reads, integer ids and the error answers every view can give."""

    def get_auth(self):
        auths = super().get_auth()
        if self.method in ("GET", "HEAD") and {} not in auths:
            auths.append({})  # claims.permissions.ReadOnlyOrRole: anyone reads
        return auths

    def get_override_parameters(self):
        # The routers' lookup regex ([0-9]+) would otherwise show ids as patterned strings.
        extra = [ID_PATH] if "{id}" in self.path else []
        return [*extra, *super().get_override_parameters()]

    def _error_codes(self) -> list[str]:
        codes = ["401", "429"]  # a bad token is refused everywhere; throttling applies everywhere
        writes = self.method not in ("GET", "HEAD", "OPTIONS")
        has_query = bool(getattr(self.view, "filterset_class", None) or getattr(self.view, "filterset_fields", None))
        paginated = self._is_list_view() and getattr(self.view, "pagination_class", None) is not None
        if writes or has_query:
            codes.append("400")  # a bad filter value or body
        if writes:
            codes.append("403")
        if "{" in self.path or paginated:
            codes.append("404")  # no such object, or a cursor that does not decode
        handler = getattr(self.view, getattr(self.view, "action", None) or "", None)
        if writes and getattr(handler, "idempotent", False):
            codes += ["409", "422"]
        return codes

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code in self._error_codes():
            if code in responses:
                continue
            body = OpenApiTypes.OBJECT if code == "400" else ErrorSerializer
            responses[code] = self._get_response_for_code(body, code, direction=direction)
            responses[code]["description"] = _ERRORS[code]
        return responses
