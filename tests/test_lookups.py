"""``__anyof`` selects the same rows as ``__in`` (one bound array on PostgreSQL, the IN list elsewhere)."""

from __future__ import annotations

import pytest
from django.db import connection

from articles.models import Outlet
from claims.models import Speaker, SpeakerAlias
from newsfacts.lookups import any_of_sql, array_param


@pytest.fixture
def outlets(db) -> list[Outlet]:
    return [Outlet.objects.create(slug=f"outlet-{n}", name=f"Outlet {n}") for n in range(5)]


def test_anyof_matches_in_for_ids_and_text(outlets):
    ids = {outlets[1].pk, outlets[3].pk, 10**9}
    assert set(Outlet.objects.filter(pk__anyof=ids)) == set(Outlet.objects.filter(pk__in=ids)) == {outlets[1], outlets[3]}
    slugs = ["outlet-0", "outlet-4", "no-such-outlet"]
    assert sorted(Outlet.objects.filter(slug__anyof=slugs).values_list("slug", flat=True)) == ["outlet-0", "outlet-4"]


def test_anyof_on_postgresql_binds_one_array(outlets):
    sql = str(Outlet.objects.filter(pk__anyof=[1, 2, 3]).query)
    if connection.vendor == "postgresql":
        assert "= ANY(" in sql and " IN (" not in sql
    else:
        assert " IN (" in sql


def test_anyof_empty_none_and_exclude(outlets):
    assert not Outlet.objects.filter(pk__anyof=[]).exists()
    assert not Outlet.objects.filter(pk__anyof=[None]).exists()
    assert Outlet.objects.exclude(pk__anyof=[outlets[0].pk]).count() == 4


def test_anyof_through_a_relation_and_with_a_subquery(db):
    lund, roe = Speaker.objects.create(name="Ada Lund", key="lund"), Speaker.objects.create(name="Bo Roe", key="roe")
    alias = SpeakerAlias.objects.create(speaker=lund, alias="Lund", key="lund")
    SpeakerAlias.objects.create(speaker=roe, alias="Roe", key="roe")
    assert list(SpeakerAlias.objects.filter(speaker_id__anyof=[lund.pk])) == [alias]
    assert list(SpeakerAlias.objects.filter(speaker__anyof=[lund.pk])) == [alias]
    subquery = Speaker.objects.filter(key="lund").values("pk")
    assert list(SpeakerAlias.objects.filter(speaker_id__anyof=subquery)) == [alias]


def test_anyof_binds_strings_with_quotes_backslashes_commas_and_braces(outlets):
    """Text values that mean something inside an array literal select their own rows and no others."""
    odd = ['say "no"', "back\\slash", "a,b", "{x}", " padded ", "NULL"]
    for n, slug in enumerate(odd):
        Outlet.objects.create(slug=slug, name=f"Odd {n}")
    found = set(Outlet.objects.filter(slug__anyof=[*odd, "outlet-2"]).values_list("slug", flat=True))
    assert found == {*odd, "outlet-2"}


def test_array_param_writes_ints_and_strings_as_array_literals():
    assert array_param([3, 1, 2]) == "{3,1,2}"
    assert array_param([]) == "{}"
    assert array_param(['a"b', "c\\d"]) == '{"a\\"b","c\\\\d"}'
    assert array_param([True, 2]) == [True, 2]  # anything else: psycopg adapts the list


def test_any_of_sql_selects_what_in_does(outlets):
    """Hand-written SQL with ``any_of_sql`` selects the rows ``__in`` does (none for no values)."""
    ids = {outlets[0].pk, outlets[4].pk, 10**9}
    table = connection.ops.quote_name(Outlet._meta.db_table)
    for values, expected in ((ids, {outlets[0].pk, outlets[4].pk}), (set(), set())):
        condition, params = any_of_sql("id", values)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id FROM {table} WHERE {condition}", params)
            assert {row[0] for row in cursor.fetchall()} == expected
