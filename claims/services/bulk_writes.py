"""Update or insert many rows, each with its own values, in one statement."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection
from django.db.models import Model

from newsfacts.lookups import array_param


def rows_update(model: type[Model], columns: Sequence[str], rows: Sequence[Sequence], *, key: str = "") -> None:
    """Set ``columns`` of each row (``(pk, value, ...)``) in one UPDATE ... FROM (VALUES ...).

    ``key``: a column to match each tuple's first value on instead of the primary key (every
    row holding that value is set).

    ``bulk_update`` builds a CASE WHEN per row and column in Python, which cost more than the
    work around it where it ran once per article (the claim counters, the new quotes' groups).
    PostgreSQL and SQLite (3.33+) spell it alike. ``columns`` are database column names.
    """
    if not rows:
        return
    quote = connection.ops.quote_name
    table, pk = quote(model._meta.db_table), quote(key or model._meta.pk.column)
    types = {f.column: f.db_type(connection) for f in model._meta.concrete_fields}
    names = [f"c{i}" for i in range(len(columns))]
    placeholders = "(" + ", ".join(["%s"] * (len(columns) + 1)) + ")"
    # Cast: PostgreSQL types a VALUES column holding only NULLs as text.
    assignments = ", ".join(
        f"{quote(column)} = CAST(v.{name} AS {types[column]})" for column, name in zip(columns, names, strict=True)
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH v(id, {', '.join(names)}) AS (VALUES {', '.join([placeholders] * len(rows))}) "
            f"UPDATE {table} SET {assignments} FROM v WHERE {table}.{pk} = v.id",
            [value for row in rows for value in row],
        )


def keys_insert(model: type[Model], owner_field: str, rows: Sequence[tuple[int, str]]) -> None:
    """Insert blocking-key rows ``(owner id, key)``, skipping those already stored (``ignore_conflicts``).

    On PostgreSQL the rows go as two array literals unnested in one INSERT: ``bulk_create`` prepared,
    placed and psycopg dumped each of the ~120 keys' two values per article in Python (~1.5 % of a
    worker's CPU, py-spy). Other databases get ``bulk_create``; the rows inserted are the same.
    """
    if not rows:
        return
    owner = model._meta.get_field(owner_field)
    if connection.vendor != "postgresql":
        model.objects.bulk_create([model(**{owner.attname: oid, "key": key}) for oid, key in rows],
                                  ignore_conflicts=True)
        return
    quote = connection.ops.quote_name
    owner_type = owner.target_field.rel_db_type(connection) if owner.is_relation else owner.db_type(connection)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(model._meta.db_table)} ({quote(owner.column)}, {quote('key')}) "
            f"SELECT * FROM unnest(%s::{owner_type}[], %s::text[]) ON CONFLICT DO NOTHING",
            [array_param([oid for oid, _ in rows]), array_param([key for _, key in rows])],
        )
