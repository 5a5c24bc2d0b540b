"""Bounded reads of the blocking-key tables.

A key's postings are read only up to a cap: a key held by more rows than that is
a stop key (a common phrase, a frequent speaker, a round amount) and says
nothing about which row is the same utterance or claim. Reading at most
``cap + 1`` rows per key through the key index keeps the cost of a lookup the
same however many articles are stored.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from django.db import connection
from django.db.models import Model

from newsfacts.lookups import array_param

POSTINGS_CAP = 400


def key_postings(model: type[Model], owner_field: str, keys: set[str], *,
                 cap: int = POSTINGS_CAP) -> dict[str, set[int]]:
    """key -> owner ids holding it, for the keys with at most ``cap`` postings (stop keys are left out).

    One query for all the keys, each key's read bounded by ``LIMIT cap + 1``:
    PostgreSQL through a LATERAL subquery per key, SQLite through a UNION ALL of
    per-key subqueries (in chunks, under its limit on compound selects).
    """
    if not keys:
        return {}
    table = connection.ops.quote_name(model._meta.db_table)
    owner = connection.ops.quote_name(model._meta.get_field(owner_field).column)
    key_col = connection.ops.quote_name(model._meta.get_field("key").column)
    ordered = sorted(keys)
    rows: list[tuple[str, int]] = []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"SELECT k.key, p.owner FROM unnest(%s::text[]) AS k(key) CROSS JOIN LATERAL "
                f"(SELECT t.{owner} AS owner FROM {table} t WHERE t.{key_col} = k.key LIMIT %s) p",
                [array_param(ordered), cap + 1],
            )
            rows = cursor.fetchall()
        else:
            rows = _sqlite_per_key(
                cursor, ordered, f"SELECT * FROM (SELECT %s, {owner} FROM {table} WHERE {key_col} = %s LIMIT {cap + 1})"
            )
    postings: dict[str, list[int]] = defaultdict(list)
    for key, owner_id in rows:
        postings[key].append(owner_id)
    return {key: set(owners) for key, owners in postings.items() if len(owners) <= cap}


_SQLITE_CHUNK = 200  # SQLite allows 500 terms in a compound SELECT


def _sqlite_per_key(cursor, keys: list[str], one: str) -> list[tuple]:
    """Run ``one`` (a SELECT taking the key twice: as a label and in its filter) for every key, as
    UNION ALLs of up to ``_SQLITE_CHUNK`` per statement; SQLite has no LATERAL join."""
    rows: list[tuple] = []
    for i in range(0, len(keys), _SQLITE_CHUNK):
        chunk = keys[i:i + _SQLITE_CHUNK]
        cursor.execute(" UNION ALL ".join([one] * len(chunk)), [v for key in chunk for v in (key, key)])
        rows.extend(cursor.fetchall())
    return rows


def shared_key_counts(model: type[Model], owner_field: str, keys: set[str], *, exclude: int | None = None,
                      cap: int = POSTINGS_CAP) -> Counter:
    """owner id -> how many of ``keys`` it holds, ignoring keys with more than ``cap`` postings."""
    return counts_from_postings(key_postings(model, owner_field, keys, cap=cap), keys, exclude=exclude)


def counts_from_postings(postings: dict[str, set[int]], keys: set[str], *, exclude: int | None = None) -> Counter:
    """owner id -> how many of ``keys`` it holds, from postings already read."""
    counts: Counter = Counter()
    for key in sorted(keys):
        counts.update(o for o in postings.get(key, ()) if o != exclude)
    return counts
