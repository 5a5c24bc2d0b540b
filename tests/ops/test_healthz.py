"""/healthz says whether the database and the broker answer, and says it fast."""

from __future__ import annotations

import time

import pytest

from tests.ops.prod import free_port

pytestmark = pytest.mark.django_db


def test_healthz_is_200_with_the_database_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert body["database"]["detail"] in ("sqlite", "postgresql")


def test_healthz_is_never_cached(client):
    response = client.get("/healthz")
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_a_dead_broker_as_503_within_5_seconds(client, settings):
    """CELERY_BROKER_URL on a closed port: 503, the broker's error in the body, no long retry loop."""
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{free_port()}/0"
    started = time.monotonic()
    response = client.get("/healthz")
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error" and body["database"]["ok"] is True
    assert body["broker"]["ok"] is False
    assert "Connection refused" in body["broker"]["detail"] or "Error" in body["broker"]["detail"]
    assert elapsed < 5, f"healthz took {elapsed:.1f} s with the broker down"


@pytest.mark.redis
def test_healthz_reaches_a_live_redis_broker(client, settings, redis_url):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = redis_url
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["broker"] == {"ok": True, "detail": "reachable"}
