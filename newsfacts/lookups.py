"""``field__anyof=values``: membership in a long list, bound as one array on PostgreSQL.

``__in`` gives every value its own placeholder. Linking looks up hundreds of
keys and ids at a time, and building, sending and planning a statement with
400 placeholders cost Django, psycopg and PostgreSQL several times more than
running it; ``= ANY(%s)`` sends one array. Other databases get ``__in``'s SQL.
"""

from __future__ import annotations

from django.db.models import Field, ForeignObject
from django.db.models.lookups import In


class AnyOf(In):
    lookup_name = "anyof"

    def as_postgresql(self, compiler, connection):
        if not isinstance(self.rhs, list | tuple | set | frozenset):
            return super().as_sql(compiler, connection)  # a subquery: IN (SELECT ...) as usual
        values = [v for v in self.rhs if v is not None]
        lhs, lhs_params = self.process_lhs(compiler, connection)
        array_type = self.lhs.output_field.db_type(connection) or "text"
        return f"{lhs} = ANY(%s::{array_type}[])", [*lhs_params, values]


Field.register_lookup(AnyOf)
# Relations keep lookups of their own (Django looks no further up than ForeignObject).
ForeignObject.register_lookup(AnyOf)
