"""The Celery app; with no broker configured tasks run eagerly in-process."""

import os

from celery import Celery
from celery.signals import task_postrun, task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsfacts.settings")

app = Celery("newsfacts")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
@task_postrun.connect
def _db_connections_tidy(task=None, **kwargs) -> None:
    """Around each task, what Django does around each request: close connections that are broken
    or older than CONN_MAX_AGE, and have the next query check the connection (CONN_HEALTH_CHECKS).
    Not for eager tasks: they run inside the caller's request or transaction."""
    if task is None or getattr(task.request, "is_eager", False):
        return
    from django.db import close_old_connections

    close_old_connections()
