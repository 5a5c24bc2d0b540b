"""The real Celery app, instrumented for the crash tests (used as `celery -A tests.concurrency.stall_app`).

NEWSFACTS_TEST_STALL_MARKER=path: the first store to reach linking writes its
process id to `path` and then stalls inside the store transaction (quotes
written, nothing committed), so the test can kill that process at the worst
moment. Once the marker exists, later runs go straight through.

NEWSFACTS_TEST_VISIBILITY_TIMEOUT=seconds: a short Redis visibility timeout, so
a worker restores messages whose worker died (production keeps an hour).
"""

import os
import time

from celery.signals import worker_process_init

from newsfacts.celery import app

__all__ = ["app"]

if os.environ.get("NEWSFACTS_TEST_VISIBILITY_TIMEOUT"):
    app.conf.broker_transport_options = {
        "visibility_timeout": int(os.environ["NEWSFACTS_TEST_VISIBILITY_TIMEOUT"]),
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }


@worker_process_init.connect
def _stall_first_store(**_kwargs) -> None:
    marker = os.environ.get("NEWSFACTS_TEST_STALL_MARKER")
    if not marker:
        return
    import claims.services.store as store

    real_link = store.article_link

    def stalling_link(**kwargs):
        if not os.path.exists(marker):
            with open(marker, "w") as out:
                out.write(str(os.getpid()))
            time.sleep(120)  # the test kills this process long before
        return real_link(**kwargs)

    store.article_link = stalling_link
