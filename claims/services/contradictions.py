"""Save contradiction findings from the pure rules, keeping editors' decisions.

A finding's ``key`` is stable, so relinking finds the same contradiction again:
a dismissed one stays dismissed and a confirmed one stays confirmed. Open
findings that the rules no longer produce are removed.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Article
from claims.models import Claim, ClaimMention, Contradiction, ContradictionItem, Quote
from claims.nlp.types import ContradictionFinding
from claims.services.audit import audit_record


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).strip(" .,;:!?\"'“”‘")


def _key(finding: ContradictionFinding, *, group_id: int | None, claim_id: int | None) -> str:
    """Identity of a disagreement: its kind, where it lives and the readings that disagree.

    Quote and mention ids are left out on purpose: a new article carrying a
    reading already seen (another outlet saying "provide") is the same
    disagreement, so a dismissal of it holds.
    """
    if group_id is not None or claim_id is not None:
        where = f"g{group_id}" if group_id is not None else f"c{claim_id}"
        readings = sorted({_norm(i.text) for i in finding.items})
    else:
        where = "free"
        readings = sorted({f"{i.article_id}:{_norm(i.text)}" for i in finding.items})
    basis = "|".join([finding.kind, where, *readings])
    return hashlib.sha1(basis.encode()).hexdigest()


def findings_save(findings: list[ContradictionFinding], *, group_id: int | None = None,
                  claim_id: int | None = None, scope: dict | None = None) -> set[int]:
    """Upsert findings; drop open ones in ``scope`` (a filter) that are no longer found."""
    kept: set[int] = set()
    # Rules may report one disagreement several times (once per pair of mentions): save each once.
    unique = {_key(f, group_id=group_id, claim_id=claim_id): f for f in findings}
    for key, finding in unique.items():
        obj, created = Contradiction.objects.get_or_create(
            key=key,
            defaults={"kind": finding.kind, "explanation": finding.explanation[:1000], "group_id": group_id,
                      "claim_id": claim_id},
        )
        if not created and obj.state == Contradiction.State.OPEN:
            obj.items.all().delete()
            obj.explanation, obj.claim_id = finding.explanation[:1000], claim_id or obj.claim_id
            obj.save(update_fields=["explanation", "claim"])
        if created or obj.state == Contradiction.State.OPEN:
            _items_create(obj, finding)
        kept.add(obj.pk)
    if scope:
        Contradiction.objects.filter(state=Contradiction.State.OPEN, **scope).exclude(pk__in=kept).delete()
    return kept


def _items_create(obj: Contradiction, finding: ContradictionFinding) -> None:
    mention_ids = {i.claim_id for i in finding.items if i.claim_id}
    quote_ids = {i.quote_id for i in finding.items if i.quote_id}
    valid_mentions = set(ClaimMention.objects.filter(pk__in=mention_ids).values_list("pk", flat=True))
    valid_quotes = set(Quote.objects.filter(pk__in=quote_ids).values_list("pk", flat=True))
    ContradictionItem.objects.bulk_create([
        ContradictionItem(contradiction=obj, article_id=i.article_id, side=i.side[:8], text=i.text,
                          start=i.start, end=i.end,
                          quote_id=i.quote_id if i.quote_id in valid_quotes else None,
                          mention_id=i.claim_id if i.claim_id in valid_mentions else None)
        for i in finding.items
    ])


@transaction.atomic
def contradiction_decide(*, contradiction_id: int, state: str, user, note: str = "") -> Contradiction:
    """An editor confirms or dismisses a contradiction; the decision survives relinking."""
    if state not in (Contradiction.State.CONFIRMED, Contradiction.State.DISMISSED, Contradiction.State.OPEN):
        raise ValueError(f"Unknown state: {state}")
    obj = Contradiction.objects.select_for_update().get(pk=contradiction_id)
    previous = obj.state
    obj.state, obj.decided_by, obj.decided_at = state, user, timezone.now()
    obj.save(update_fields=["state", "decided_by", "decided_at"])
    audit_record(actor=user, action=f"contradiction.{state}", target=obj,
                 summary=f"{previous} → {state}: {obj.explanation[:200]}", data={"note": note, "previous": previous})
    if obj.claim_id:
        from claims.services.linking import claim_counters_refresh

        claim_counters_refresh({obj.claim_id})
    return obj


def _claim_of_quotes(quotes: list[Quote]) -> int | None:
    """The claim whose mentions hold most of these quotes: misquotes show on its page."""
    inside = Q()
    for q in quotes:
        inside |= Q(article_id=q.article_id, start__lte=q.start, end__gte=q.end)
    claim_ids = list(ClaimMention.objects.filter(inside).values_list("claim_id", flat=True))
    return Counter(claim_ids).most_common(1)[0][0] if claim_ids else None


def group_contradictions_refresh(*, group_id: int) -> int | None:
    """Re-run the misquote and attribution rules over one utterance group; returns the claim they belong to."""
    from claims.nlp.quote_contradictions import QuoteWithSpan, attribution_findings, misquote_findings

    quotes = list(Quote.objects.filter(group_id=group_id).select_related("speaker").order_by("id"))
    if len(quotes) < 2:
        Contradiction.objects.filter(group_id=group_id, state=Contradiction.State.OPEN).delete()
        return None
    spans = [
        QuoteWithSpan(quote_id=q.pk, article_id=q.article_id, text=q.text, start=q.start, end=q.end,
                      # The display name: explanations quote it, and name matching works on it.
                      speaker_key=q.speaker.name if q.speaker_id else None, kind=q.kind)
        for q in quotes
    ]
    findings = misquote_findings(spans) + attribution_findings(spans)
    claim_id = _claim_of_quotes(quotes) if findings else None
    findings_save(findings, group_id=group_id, claim_id=claim_id, scope={"group_id": group_id})
    return claim_id


def claim_contradictions_refresh(*, article: Article, claim_ids: set[int]) -> None:
    """Re-run the number and fact rules over the claims this article touched."""
    from claims.services.claim_facts import claim_findings_for

    for claim_id, findings in claim_findings_for(article=article, claim_ids=claim_ids).items():
        findings_save(findings, claim_id=claim_id,
                      scope={"claim_id": claim_id, "kind__in": [Contradiction.Kind.NUMBER, Contradiction.Kind.FACT]}
                      if claim_id else None)


__all__ = ["Claim", "contradiction_decide", "findings_save"]
