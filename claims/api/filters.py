"""Query-string filters for the claims API (django-filter; described in the OpenAPI schema)."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q

from claims import selectors
from claims.models import Claim, Contradiction, Quote, Review, Speaker

MAX_ID = 2**63 - 1  # the largest value a 64-bit primary key (and SQLite's INTEGER) holds



def date_range(field: str, verb: str) -> tuple[django_filters.DateFilter, django_filters.DateFilter]:
    """A from/to pair of date filters on ``field`` ("Published on or after (YYYY-MM-DD)")."""
    return (django_filters.DateFilter(field_name=field, lookup_expr="date__gte",
                                      label=f"{verb} on or after (YYYY-MM-DD)"),
            django_filters.DateFilter(field_name=field, lookup_expr="date__lte",
                                      label=f"{verb} on or before (YYYY-MM-DD)"))

class IntegerFilter(django_filters.NumberFilter):
    """An integer (ids, counts); values no 64-bit column holds are a 400, not a database overflow."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class ClaimFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label="Words in the statement or the speaker's name")
    speaker = IntegerFilter(field_name="speaker", label="Speaker id")
    outlet = django_filters.CharFilter(field_name="mentions__article__outlet__slug", distinct=True,
                                       label="Slug of an outlet carrying the claim")
    status = django_filters.ChoiceFilter(choices=Claim.Status.choices)
    kind = django_filters.CharFilter(field_name="kind", label="Claim kind, e.g. quantity, event, comparison")
    contradiction_kind = django_filters.ChoiceFilter(
        method="filter_contradiction_kind", choices=Contradiction.Kind.choices,
        label="Has a contradiction of this kind that was not dismissed")
    has_contradictions = django_filters.BooleanFilter(method="filter_has_contradictions",
                                                      label="Has (true) or lacks (false) contradictions")
    min_sources = IntegerFilter(field_name="source_count", lookup_expr="gte", min_value=0,
                                  label="At least this many independent outlets")
    date_from = django_filters.DateFilter(field_name="mentions__article__published_at", lookup_expr="date__gte",
                                          distinct=True, label="Reported on or after (YYYY-MM-DD)")
    date_to = django_filters.DateFilter(field_name="mentions__article__published_at", lookup_expr="date__lte",
                                        distinct=True, label="Reported on or before (YYYY-MM-DD)")

    class Meta:
        model = Claim
        fields = ["q", "speaker", "outlet", "status", "kind", "contradiction_kind", "has_contradictions",
                  "min_sources", "date_from", "date_to"]

    def filter_q(self, qs, name, value):
        return selectors.claim_search(qs, value) if value.strip() else qs

    def filter_has_contradictions(self, qs, name, value):
        if value is None:
            return qs
        return qs.filter(contradiction_count__gt=0) if value else qs.filter(contradiction_count=0)

    def filter_contradiction_kind(self, qs, name, value):
        ids = Contradiction.objects.filter(kind=value).exclude(state=Contradiction.State.DISMISSED)
        return qs.filter(pk__in=ids.values("claim_id"))


class QuoteFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="text", lookup_expr="icontains", label="Words in the quote")
    outlet = django_filters.CharFilter(field_name="article__outlet__slug", label="Outlet slug")
    speaker = IntegerFilter(field_name="speaker", label="Speaker id")
    article = IntegerFilter(field_name="article", label="Article id")
    group = IntegerFilter(field_name="group", label="Utterance group id")
    date_from, date_to = date_range("article__published_at", "Published")

    class Meta:
        model = Quote
        fields = ["q", "outlet", "speaker", "article", "group", "kind", "partial", "date_from", "date_to"]


class SpeakerFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label="Words in the name or any alias")
    include_merged = django_filters.BooleanFilter(method="filter_merged",
                                                  label="Also list speakers merged into others")

    class Meta:
        model = Speaker
        fields = ["q", "kind", "include_merged"]

    def filter_q(self, qs, name, value):
        return qs.filter(Q(name__icontains=value) | Q(aliases__alias__icontains=value)).distinct()

    def filter_merged(self, qs, name, value):
        return qs  # applied in filter_queryset below, so the default (surviving speakers) holds without it

    def filter_queryset(self, queryset):
        qs = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("include_merged"):
            qs = qs.filter(merged_into__isnull=True)
        return qs


class ContradictionFilter(django_filters.FilterSet):
    outlet = django_filters.CharFilter(field_name="items__article__outlet__slug", distinct=True,
                                       label="Slug of an outlet on either side")
    claim = IntegerFilter(field_name="claim", label="Claim id")
    group = IntegerFilter(field_name="group", label="Utterance group id")
    date_from, date_to = date_range("created_at", "Found")

    class Meta:
        model = Contradiction
        fields = ["kind", "state", "claim", "group", "outlet", "date_from", "date_to"]


class ReviewFilter(django_filters.FilterSet):
    claim = IntegerFilter(field_name="claim", label="Claim id")
    reviewer = django_filters.CharFilter(field_name="reviewer__username", label="Reviewer's username")
    date_from, date_to = date_range("created_at", "Given")

    class Meta:
        model = Review
        fields = ["claim", "verdict", "reviewer", "date_from", "date_to"]
