"""Locks that keep concurrent ingestion from linking blind or overwriting each other's findings.

Deciding groups and claims is serialised by one lock: linking reads what
earlier articles stored, and two concurrent transactions would each miss the
other's uncommitted quotes and leave two groups for one utterance. Analysis,
and every key computable from the text alone, runs before it; so do reading
and scoring the candidate claims, which the lock holder then brings up to date
with what was linked meanwhile (``claims_prelink``): rows written under the
lock get ids in commit order, so "meanwhile" is "ids above those seen".

Re-running the contradiction rules and recounting claims runs after that
transaction commits, under a lock per quote group and per claim instead: two
workers never refresh the same group or claim at once, and the last refresh of
one starts after the last link that touched it committed, so it sees every row.
A transaction takes its group locks in one statement and then its claim locks
in one statement, each in id order, so two workers never wait on each other.

SQLite already serialises writers (transaction_mode IMMEDIATE); PostgreSQL
takes transaction-level advisory locks, released at commit.
"""

from collections.abc import Iterable

from django.db import connection

from newsfacts.lookups import array_param

LINKING_LOCK_ID = 0x4E465F4C494E4B  # "NF_LINK"
# Two-key advisory locks (kind, object id) live in a key space apart from LINKING_LOCK_ID's.
GROUP_LOCKS = 1
CLAIM_LOCKS = 2
_INT4 = 2**31 - 1


def linking_lock() -> None:
    """Block until this transaction holds the linking lock (released at commit)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LINKING_LOCK_ID])


def object_locks(kind: int, ids: Iterable[int]) -> None:
    """Block until this transaction holds the lock of each group or claim in ``ids``, taken in id order."""
    ordered = sorted({i % _INT4 for i in ids if i})
    if ordered and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, o.id) FROM "
                           "(SELECT unnest(%s::int[]) AS id ORDER BY 1) AS o", [kind, array_param(ordered)])
