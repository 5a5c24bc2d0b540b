"""One lock serialises storing and linking, so two articles never link blind to each other.

Linking reads what earlier articles stored; two concurrent transactions would
each miss the other's uncommitted quotes and leave two groups for one
utterance. Analysis (the slow part) runs before the lock, so serialising only
the database writes costs little. SQLite already serialises writers
(transaction_mode IMMEDIATE); PostgreSQL takes a transaction-level advisory lock.
"""

from django.db import connection

LINKING_LOCK_ID = 0x4E465F4C494E4B  # "NF_LINK"


def linking_lock() -> None:
    """Block until this transaction holds the linking lock (released at commit)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LINKING_LOCK_ID])
