"""Property-based run of the live OpenAPI schema (schemathesis) as anonymous, editor and reviewer.

Every generated request goes through the WSGI app in-process; the response must
not be a server error and must match the schema (status code, content type,
headers, body). Examples are few so the whole run stays well under a minute.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.factories import JobFactory, disputed_claim

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]


def _load_schema(mode: GenerationMode):
    from newsfacts.wsgi import application

    # Generating the schema needs no database, so it can be loaded at collection time
    # (schemathesis.pytest.from_fixture relies on pytest internals that pytest 9 removed).
    loaded = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)
    loaded.config.generation.update(modes=[mode])
    return loaded


valid = _load_schema(GenerationMode.POSITIVE)
invalid = _load_schema(GenerationMode.NEGATIVE)
EXAMPLES = settings(max_examples=6, deadline=None, database=None, derandomize=True,
                    phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))


@pytest.fixture(autouse=True)
def _small_graph_without_rate_limits(db, reviewer, monkeypatch):
    from rest_framework.throttling import SimpleRateThrottle

    # Hundreds of requests in one test: lift the rate limits for it.
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "100000/min", "user": "100000/min"})
    for _ in range(2):
        disputed_claim(outlets=2, reviewer=reviewer)
    JobFactory()


@pytest.fixture(autouse=True)
def _keep_the_test_connection_open():
    """Requests go straight to the WSGI app, not Django's test client, so do what the client does:
    keep request_started/finished from closing the connection the test transaction lives on
    (on PostgreSQL a closed connection ends the test's transaction)."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def role_headers(editor, reviewer) -> dict[str, dict]:
    from rest_framework.authtoken.models import Token

    def token(user):
        return {"Authorization": f"Token {Token.objects.get_or_create(user=user)[0].key}"}

    return {"anonymous": {}, "editor": token(editor), "reviewer": token(reviewer)}


@pytest.mark.slow
@valid.parametrize()
@EXAMPLES
def test_valid_requests_get_answers_that_match_the_schema(case, role_headers):
    """Requests the schema allows: no server error, and status, content type, headers and body as documented."""
    for headers in role_headers.values():
        case.call_and_validate(headers=headers, checks=CHECKS)


@pytest.mark.slow
@invalid.parametrize()
@EXAMPLES
def test_invalid_requests_never_cause_server_errors(case, role_headers):
    """Requests that break the schema (wrong types, bad ids, junk bodies) get a 4xx, never a 5xx."""
    for headers in role_headers.values():
        case.call_and_validate(headers=headers, checks=[not_a_server_error])
