"""Pool processes tune the cyclic garbage collector when they start."""

from __future__ import annotations

import gc

from celery.signals import worker_process_init

from newsfacts.celery import GC_FIRST_THRESHOLD


def test_a_pool_process_collects_garbage_at_the_raised_first_threshold():
    """worker_process_init raises the first GC threshold and keeps the older generations' own."""
    before = gc.get_threshold()
    try:
        worker_process_init.send(sender=None)
        assert gc.get_threshold() == (GC_FIRST_THRESHOLD, *before[1:])
    finally:
        gc.set_threshold(*before)
