"""Save contradiction findings from the pure rules, keeping editors' decisions.

A finding's ``key`` is stable, so relinking finds the same contradiction again:
a dismissed one stays dismissed and a confirmed one stays confirmed. Open
findings that the rules no longer produce are removed.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Article
from claims.models import Claim, ClaimMention, Contradiction, ContradictionItem, Quote, QuoteGroup
from claims.nlp.types import ContradictionFinding, SpanRef
from claims.services.audit import audit_record
from claims.services.bulk_writes import rows_update


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
    """Upsert findings; drop open ones in ``scope`` (a filter) that are no longer found.

    A fixed handful of queries however many findings: read the known keys, insert
    the new ones, rewrite the open ones' items in one delete and one insert.
    """
    # Rules may report one disagreement several times (once per pair of mentions): save each once.
    unique = {_key(f, group_id=group_id, claim_id=claim_id): f for f in findings}
    known = {c.key: c for c in Contradiction.objects.filter(key__in=list(unique))} if unique else {}
    fresh = [Contradiction(key=key, kind=f.kind, explanation=f.explanation[:1000], group_id=group_id,
                           claim_id=claim_id) for key, f in unique.items() if key not in known]
    if fresh:
        # Another process may store the same finding meanwhile: its row wins, ours is skipped.
        Contradiction.objects.bulk_create(fresh, ignore_conflicts=True)
        created = {c.key: c for c in Contradiction.objects.filter(key__in=[c.key for c in fresh])}
    else:
        created = {}
    reopened = _changed([c for c in known.values() if c.state == Contradiction.State.OPEN], unique, claim_id)
    if reopened:
        ContradictionItem.objects.filter(contradiction__in=reopened).delete()
        for obj in reopened:
            obj.explanation, obj.claim_id = unique[obj.key].explanation[:1000], claim_id or obj.claim_id
        rows_update(Contradiction, ["explanation", "claim_id"], [(c.pk, c.explanation, c.claim_id) for c in reopened])
    _items_create([(obj, unique[obj.key]) for obj in [*created.values(), *reopened]])
    kept = {c.pk for c in known.values()} | {c.pk for c in created.values()}
    if scope:
        Contradiction.objects.filter(state=Contradiction.State.OPEN, **scope).exclude(pk__in=kept).delete()
    return kept


def _item_fields(i: SpanRef) -> tuple:
    return i.article_id, i.side[:8], i.text, i.start, i.end, i.quote_id, i.claim_id


def _changed(found_again: list[Contradiction], unique: dict[str, ContradictionFinding],
             claim_id: int | None) -> list[Contradiction]:
    """The open findings found again whose items, explanation or claim differ from what is stored.

    Every refresh of a story finds its open findings again (each burst of a stream that carries
    the story); rewriting their items each time costs a delete, an insert and an update, where one
    read tells which changed. An item whose quote or mention was deleted meanwhile reads as
    changed, and is written again with it unset.
    """
    if not found_again:
        return []
    stored: dict[int, set[tuple]] = defaultdict(set)
    for cid, *fields in ContradictionItem.objects.filter(contradiction__in=found_again).order_by().values_list(
        "contradiction_id", "article_id", "side", "text", "start", "end", "quote_id", "mention_id"
    ):
        stored[cid].add(tuple(fields))
    return [
        obj for obj in found_again
        if stored[obj.pk] != {_item_fields(i) for i in unique[obj.key].items}
        or obj.explanation != unique[obj.key].explanation[:1000]
        or (claim_id is not None and obj.claim_id != claim_id)
    ]


def _items_create(pairs: list[tuple[Contradiction, ContradictionFinding]]) -> None:
    if not pairs:
        return
    mention_ids = {i.claim_id for _, f in pairs for i in f.items if i.claim_id}
    quote_ids = {i.quote_id for _, f in pairs for i in f.items if i.quote_id}
    # Sets of ids: the models' default ordering would only cost compiling and sorting.
    valid_mentions = set(ClaimMention.objects.filter(pk__in=mention_ids).order_by().values_list("pk", flat=True)) \
        if mention_ids else set()
    valid_quotes = set(Quote.objects.filter(pk__in=quote_ids).order_by().values_list("pk", flat=True)) \
        if quote_ids else set()
    ContradictionItem.objects.bulk_create([
        ContradictionItem(contradiction=obj, article_id=i.article_id, side=i.side[:8], text=i.text,
                          start=i.start, end=i.end,
                          quote_id=i.quote_id if i.quote_id in valid_quotes else None,
                          mention_id=i.claim_id if i.claim_id in valid_mentions else None)
        for obj, finding in pairs for i in finding.items
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


def _claims_of_groups(groups: dict[int, list[Quote]]) -> dict[int, int | None]:
    """For each group, the claim with most of the mention rows that hold its quotes (misquotes show on
    its page); one query for all the groups."""
    if not groups:
        return {}
    inside = Q()
    for quotes in groups.values():
        for q in quotes:
            inside |= Q(article_id=q.article_id, start__lte=q.start, end__gte=q.end)
    by_article: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
    for mid, article_id, start, end, claim_id in (
        ClaimMention.objects.filter(inside).order_by("id").values_list("id", "article_id", "start", "end", "claim_id")
    ):
        by_article[article_id].append((mid, start, end, claim_id))
    owners = {}
    for group_id, quotes in groups.items():
        holding = {
            row for q in quotes for row in by_article[q.article_id] if row[1] <= q.start and q.end <= row[2]
        }
        votes = Counter(claim_id for _mid, _s, _e, claim_id in sorted(holding))
        owners[group_id] = votes.most_common(1)[0][0] if votes else None
    return owners


def _pronouns_anchored(quotes: list[Quote]) -> set[int]:
    """Quotes of one group, given to more than one speaker, whose attribution is a pronoun that their
    paragraph anchors to the speaker (see ``named_last_in_paragraph``). Only such groups can hold a
    misattribution, so only there are article bodies read."""
    from claims.nlp.quote_contradictions import rests_on_pronoun
    from claims.nlp.quote_coref import named_last_in_paragraph

    if len({q.speaker_id for q in quotes if q.speaker_id}) < 2:
        return set()
    pronominal = [q for q in quotes if q.speaker_id and rests_on_pronoun(q.speaker_mention)]
    if not pronominal:
        return set()
    bodies = dict(Article.objects.filter(pk__anyof={q.article_id for q in pronominal}).values_list("pk", "body"))
    return {
        q.pk for q in pronominal
        if named_last_in_paragraph(bodies[q.article_id], q.start, q.speaker.name, q.speaker_mention)
    }


def groups_contradictions_refresh(group_ids: set[int]) -> dict[int, int | None]:
    """Re-run the misquote and attribution rules over utterance groups; returns each group's claim.

    The groups' quotes are read in one query; a group of one quote has nothing to compare.
    """
    from claims.nlp.quote_contradictions import QuoteWithSpan, attribution_findings, misquote_findings

    by_group: dict[int, list[Quote]] = defaultdict(list)
    for q in Quote.objects.filter(group_id__anyof=group_ids).select_related("speaker").order_by("id"):
        by_group[q.group_id].append(q)
    _pronoun_speakers_fill(by_group)
    found: dict[int, list[ContradictionFinding]] = {}
    quiet = []  # groups with nothing to report: their open findings go
    for group_id in sorted(group_ids):
        quotes = by_group.get(group_id, [])
        if len(quotes) < 2:
            quiet.append(group_id)
            continue
        anchored = _pronouns_anchored(quotes)
        spans = [
            QuoteWithSpan(quote_id=q.pk, article_id=q.article_id, text=q.text, start=q.start, end=q.end,
                          # The display name: explanations quote it, and name matching works on it.
                          speaker_key=q.speaker.name if q.speaker_id else None, kind=q.kind,
                          speaker_mention=q.speaker_mention, pronoun_anchored=q.pk in anchored)
            for q in quotes
        ]
        findings = misquote_findings(spans) + attribution_findings(spans)
        if findings:
            found[group_id] = findings
        else:
            quiet.append(group_id)
    owners = _claims_of_groups({group_id: by_group[group_id] for group_id in found})
    for group_id, findings in found.items():
        findings_save(findings, group_id=group_id, claim_id=owners[group_id], scope={"group_id": group_id})
    if quiet:
        Contradiction.objects.filter(group_id__in=quiet, state=Contradiction.State.OPEN).delete()
    return owners


def _pronoun_speakers_fill(by_group: dict[int, list[Quote]]) -> None:
    """Give a group's pronoun-only quotes the one speaker its other reports name (group_speakers.py),
    in the rows and in ``by_group``; an editor's attribution is never changed. Runs with the findings
    because both read the whole group, and an attribution finding must see the filled speaker."""
    from claims.nlp.group_speakers import GroupQuote, speakers_from_group

    filled = []
    for quotes in by_group.values():
        if len(quotes) < 2:
            continue
        given = speakers_from_group([
            GroupQuote(q.pk, q.article_id, q.speaker_id, q.speaker.name if q.speaker_id else "", q.speaker_mention)
            for q in quotes
        ])
        if not given:
            continue
        speakers = {q.speaker_id: q.speaker for q in quotes if q.speaker_id}
        for q in quotes:
            if q.pk in given and not q.speaker_locked:
                q.speaker = speakers[given[q.pk]]
                filled.append((q.pk, q.speaker_id))
    if filled:
        rows_update(Quote, ["speaker_id"], filled)


def groups_tidy(group_ids: set[int]) -> set[int]:
    """Retire groups that linking left empty (merged into another); returns claims to recount.

    Their open findings go (the group they merged into is refreshed with all its
    quotes); an editor's decision moves to the group now holding its quotes. Call
    holding the groups' locks.
    """
    empty = set(QuoteGroup.objects.filter(pk__in=group_ids, quotes__isnull=True).values_list("pk", flat=True))
    if not empty:
        return set()
    stale = Contradiction.objects.filter(group_id__in=empty, state=Contradiction.State.OPEN)
    recount = set(stale.exclude(claim_id=None).values_list("claim_id", flat=True))
    stale.delete()
    for decided in Contradiction.objects.filter(group_id__in=empty).prefetch_related("items__quote"):
        holders = Counter(i.quote.group_id for i in decided.items.all() if i.quote_id and i.quote.group_id)
        if holders:
            decided.group_id = holders.most_common(1)[0][0]
            decided.save(update_fields=["group"])
    QuoteGroup.objects.filter(pk__in=empty, quotes__isnull=True, contradictions__isnull=True).delete()
    return recount


def claim_contradictions_refresh(*, article_ids: set[int], claim_ids: set[int]) -> None:
    """Re-run the number and fact rules over the claims these articles touched.

    A touched claim's open findings that are no longer found are dropped, but
    only those the run could have found again: every article they cite was
    read. The run reads every mention of the touched claims, yet only some of
    the articles a story-level finding may pair them with.
    """
    from claims.services.claim_facts import claim_findings_for

    run = claim_findings_for(article_ids=article_ids, claim_ids=claim_ids)
    kept: set[int] = set()
    for claim_id, findings in run.findings.items():
        kept |= findings_save(findings, claim_id=claim_id)
    _stale_drop(
        Contradiction.objects.filter(state=Contradiction.State.OPEN, claim_id__in=claim_ids,
                                     kind__in=[Contradiction.Kind.NUMBER, Contradiction.Kind.FACT])
        .exclude(pk__in=kept),
        reach=run.article_ids,
    )
    _subsumed_drop(kept)


def _subsumed_drop(kept: set[int]) -> None:
    """Delete open number and fact findings whose every item is an item of one just kept.

    A story-level finding grows as reports arrive (two reports disagree, then a
    third joins a side), and its key and owning claim change with it, while the
    earlier version stays behind, owned by a claim the later run did not touch:
    the same disagreement twice.
    """
    if not kept:
        return
    kinds = [Contradiction.Kind.NUMBER, Contradiction.Kind.FACT]
    spans: dict[int, set[tuple[int, int, int]]] = defaultdict(set)
    kept_kind: dict[int, str] = {}
    rows = ContradictionItem.objects.filter(
        Q(contradiction_id__in=kept)
        | Q(contradiction__state=Contradiction.State.OPEN, contradiction__kind__in=kinds,
            article_id__in=ContradictionItem.objects.filter(contradiction_id__in=kept).values("article_id"))
    ).values_list("contradiction_id", "contradiction__kind", "article_id", "start", "end")
    for pk, kind, article_id, start, end in rows:
        spans[pk].add((article_id, start, end))
        kept_kind[pk] = kind
    gone = [
        pk for pk, items in spans.items()
        if pk not in kept and any(
            kept_kind[k] == kept_kind[pk] and items <= spans[k] for k in kept if k in spans
        )
    ]
    if gone:
        Contradiction.objects.filter(pk__in=gone, state=Contradiction.State.OPEN).delete()


def _stale_drop(stale, *, reach: set[int]) -> None:
    """Delete the open findings in ``stale`` whose items all lie in articles of ``reach``."""
    cited: dict[int, set[int]] = defaultdict(set)
    for pk, article_id in stale.values_list("pk", "items__article_id"):
        cited[pk].add(article_id)
    gone = [pk for pk, articles in cited.items() if articles - {None} <= reach]
    if gone:
        Contradiction.objects.filter(pk__in=gone).delete()


__all__ = ["Claim", "contradiction_decide", "findings_save"]
