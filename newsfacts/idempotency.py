"""Idempotency-Key for API writes: a repeated POST returns the first answer instead of acting twice.

A client that lost the response to a POST (timeout, dropped connection) can
send it again with the same ``Idempotency-Key`` header and be sure the work
(an ingest job, a review) happens once. The first successful response is kept
in Django's cache for 24 hours under (user, method, path, key); a repeat gets
the same status and body plus ``Idempotent-Replayed: true``.

Two identical requests arriving together must not both run: the first takes a
short lock with ``cache.add`` (atomic in locmem and Redis) and the second is
told 409, as draft-ietf-httpapi-idempotency-key-header asks. The lock is only
shared between processes when the cache is: set REDIS_URL in production.

Only 2xx answers are kept (as Stripe does): a request refused for bad input
or a missing role did nothing, so repeating it with the same key may succeed.
"""

from __future__ import annotations

import functools
import hashlib
import json
from typing import Any

from django.core.cache import cache
from rest_framework import status
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

HEADER = "Idempotency-Key"
TTL_SECONDS = 24 * 3600
# Long enough for an in-process (eager) ingest; a crashed worker frees it by timeout.
LOCK_SECONDS = 120
MAX_KEY_LENGTH = 255


def _cache_key(request, key: str) -> str:
    scope = f"{request.user.pk}\x00{request.method}\x00{request.path}\x00{key}"
    return "idem:" + hashlib.sha256(scope.encode()).hexdigest()


def _fingerprint(request) -> str:
    """A hash of the parsed body; uploaded files count by name, size and content."""
    data = request.data
    items: Any = data
    if hasattr(data, "lists"):  # QueryDict / MultiValueDict from form or multipart bodies
        items = {k: [_plain(v) for v in vs] for k, vs in data.lists()}
    return hashlib.sha256(json.dumps(items, sort_keys=True, default=str).encode()).hexdigest()


def _plain(value: Any) -> Any:
    if hasattr(value, "read") and hasattr(value, "seek"):
        digest = hashlib.sha256()
        for chunk in value.chunks():
            digest.update(chunk)
        value.seek(0)
        return {"file": getattr(value, "name", ""), "size": getattr(value, "size", 0), "sha256": digest.hexdigest()}
    return value


def _error(code: int, detail: str, **headers: str) -> Response:
    response = Response({"detail": detail}, status=code)
    for name, value in headers.items():
        response[name] = value
    return response


def _replay(stored: dict, fingerprint: str) -> Response:
    if stored["fingerprint"] != fingerprint:
        return _error(status.HTTP_422_UNPROCESSABLE_ENTITY,
                      f"This {HEADER} was already used with a different request body.")
    response = Response(stored["data"], status=stored["status"])
    for name, value in stored["headers"].items():
        response[name] = value
    response["Idempotent-Replayed"] = "true"
    return response


def _stored_data(data: Any) -> Any:
    """Plain JSON values: DRF's ReturnDict keeps a reference to its serializer, which must not be cached."""
    return json.loads(json.dumps(data, cls=JSONEncoder))


def idempotent(view_method):
    """Decorate a viewset write so an ``Idempotency-Key`` header makes it run at most once.

    Runs inside the view method, after authentication, permissions and throttling,
    so a refused request never touches the cache.
    """

    @functools.wraps(view_method)
    def wrapper(self, request, *args, **kwargs):
        key = request.headers.get(HEADER)
        if key is None:
            return view_method(self, request, *args, **kwargs)
        if not key or len(key) > MAX_KEY_LENGTH:
            return _error(status.HTTP_400_BAD_REQUEST, f"{HEADER} must be 1 to {MAX_KEY_LENGTH} characters.")
        cache_key, fingerprint = _cache_key(request, key), _fingerprint(request)
        stored = cache.get(cache_key)
        if stored is not None:
            return _replay(stored, fingerprint)
        if not cache.add(cache_key + ":lock", 1, LOCK_SECONDS):
            return _error(status.HTTP_409_CONFLICT, f"A request with this {HEADER} is still being processed.",
                          **{"Retry-After": "1"})
        try:
            response = view_method(self, request, *args, **kwargs)
            if 200 <= response.status_code < 300:
                headers = {h: response[h] for h in ("Location",) if response.has_header(h)}
                cache.set(cache_key, {"fingerprint": fingerprint, "status": response.status_code,
                                      "data": _stored_data(response.data), "headers": headers}, TTL_SECONDS)
            return response
        finally:
            cache.delete(cache_key + ":lock")

    wrapper.idempotent = True
    return wrapper
