"""Articles, database checks and real Celery workers for the reliability tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).parent / "celery")


def article_bytes(n: int, outlet: str = "") -> bytes:
    """A small invented article with quotes and numbers; n makes its text unique."""
    sign_off = f"\n\n\u00a9 2026 {outlet}" if outlet else ""
    return (
        f"Harbour council approves {n} new ferry berths at Tollmere\n\n"
        "By Ines Varga, Transport correspondent\n\n"
        f"The Tollmere harbour council voted on Monday to build {n} new ferry berths, a plan that will cost "
        "31 million euros over four years.\n\n"
        f"\u201cThese berths will carry {n * 1000} passengers a day by 2030,\u201d said council leader Petra Lund. "
        "\u201cNobody in Tollmere will wait for a ferry again.\u201d\n\n"
        "Ticket prices rose by 12 per cent last year, according to the harbour authority, and the number of "
        "daily crossings fell to 140.\n\nConstruction is due to begin in the spring."
        f"{sign_off}\n"
    ).encode()


def wait_for(predicate: Callable[[], object], timeout: float, what: str, interval: float = 0.1):
    """Poll until predicate() is truthy; fail the test with `what` after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def orphan_counts() -> dict[str, int]:
    """Rows that only exist because a store was cut short: they must all be zero."""
    from claims.models import Claim, QuoteGroup

    return {
        "quote groups without quotes": QuoteGroup.objects.filter(quotes__isnull=True).count(),
        "claims without mentions": Claim.objects.filter(mentions__isnull=True).count(),
    }


def test_database_url() -> str:
    """DATABASE_URL for a subprocess to reach the test database of this run."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    auth = quote(db["USER"] or "", safe="")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"], safe="")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


test_database_url.__test__ = False  # a helper, not a test


@contextmanager
def broker_configured(redis_url: str, queue: str, settings) -> Iterator[None]:
    """Send tasks from this process to Redis (the test settings run them eagerly)."""
    from newsfacts.celery import app

    saved = {k: app.conf[k] for k in ("task_always_eager", "broker_url", "task_default_queue")}
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = redis_url
    app.conf.update(task_always_eager=False, broker_url=redis_url, task_default_queue=queue)
    app._after_fork()  # drop connection pools bound to the previous broker
    try:
        yield
    finally:
        app.conf.update(saved)
        app._after_fork()


class Worker:
    """`celery worker` in its own process group, output in a log file; kill() is idempotent."""

    def __init__(self, *, redis_url: str, queue: str, log: Path, app: str = "newsfacts", env: dict | None = None):
        self.log = log
        argv = [CELERY, "-A", app, "worker", "-P", "prefork", "-c", "1", "--without-heartbeat",
                "--without-gossip", "--without-mingle", "-Q", queue, "-n", f"{queue}-{uuid.uuid4().hex[:6]}@%h",
                "--loglevel", "INFO"]
        full_env = {k: v for k, v in os.environ.items() if not k.startswith(("CELERY_", "DATABASE_"))}
        full_env.update(CELERY_BROKER_URL=redis_url, CELERY_TASK_DEFAULT_QUEUE=queue,
                        DATABASE_URL=test_database_url(), DATABASE_CONN_MAX_AGE="0", PYTHONPATH=str(REPO))
        full_env.update(env or {})
        with open(log, "ab") as out:
            self.process = subprocess.Popen(argv, cwd=REPO, env=full_env, stdout=out, stderr=subprocess.STDOUT,
                                            start_new_session=True)

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        """SIGKILL the worker and its pool children (the whole process group)."""
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.wait(timeout=10)
