"""/healthz: is the database answering, and the broker when one is configured?

Run as ``python -m newsfacts.health [URL]`` it is the container healthcheck:
exit 0 when the page answers 200, 1 otherwise (no curl in the slim image).
"""

import os
import sys
import urllib.error
import urllib.request

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

BROKER_TIMEOUT = 2  # seconds; the compose healthcheck allows 5


def _database_ok() -> tuple[bool, str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True, connection.vendor
    except Exception as exc:  # report, never raise: this page exists to say what is down
        return False, f"{type(exc).__name__}: {exc}"


def _broker_ok() -> tuple[bool, str]:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return True, "in-process (no broker configured)"
    try:
        from newsfacts.celery import app

        # The URL comes from settings at request time; one attempt, no back-off
        # sleep, so a dead broker answers within the load balancer's timeout.
        with app.connection_for_write(url=settings.CELERY_BROKER_URL, connect_timeout=BROKER_TIMEOUT) as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=BROKER_TIMEOUT)
        return True, "reachable"
    except Exception as exc:
        return False, f"{type(exc).__name__}: {exc}"


@never_cache
def healthz(request):
    db_ok, db_detail = _database_ok()
    broker_ok, broker_detail = _broker_ok()
    ok = db_ok and broker_ok
    body = {"status": "ok" if ok else "error", "database": {"ok": db_ok, "detail": db_detail},
            "broker": {"ok": broker_ok, "detail": broker_detail}}
    return JsonResponse(body, status=200 if ok else 503)


def _probe_host() -> str:
    """A Host header the site accepts: the first of DJANGO_ALLOWED_HOSTS."""
    first = os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",")[0].strip().lstrip(".")
    return first if first and first != "*" else "localhost"


def probe(url: str = "http://127.0.0.1:8000/healthz", timeout: float = 5.0) -> int:
    """GET the health page as the proxy would (allowed Host, HTTPS already terminated)."""
    request = urllib.request.Request(url, headers={"Host": _probe_host(), "X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (fixed local URL)
            print(response.read().decode("utf-8", "replace"))
            return 0 if response.status == 200 else 1
    except urllib.error.HTTPError as exc:
        print(f"{exc.code}: {exc.read().decode('utf-8', 'replace')}", file=sys.stderr)
    except OSError as exc:
        print(f"unreachable: {exc}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(probe(*sys.argv[1:2]))
