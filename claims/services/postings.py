"""Bounded reads of the blocking-key tables.

A key's postings are read only up to a cap: a key held by more rows than that is
a stop key (a common phrase, a frequent speaker, a round amount) and says
nothing about which row is the same utterance or claim. Reading at most
``cap + 1`` rows per key through the key index keeps the cost of a lookup the
same however many articles are stored.
"""

from __future__ import annotations

from collections import Counter

from django.db.models import Model

POSTINGS_CAP = 400


def shared_key_counts(model: type[Model], owner_field: str, keys: set[str], *, exclude: int | None = None,
                      cap: int = POSTINGS_CAP) -> Counter:
    """owner id -> how many of ``keys`` it holds, ignoring keys with more than ``cap`` postings."""
    counts: Counter = Counter()
    for key in sorted(keys):
        owners = list(model.objects.filter(key=key).values_list(owner_field, flat=True)[: cap + 1])
        if len(owners) > cap:
            continue
        counts.update(o for o in set(owners) if o != exclude)
    return counts
