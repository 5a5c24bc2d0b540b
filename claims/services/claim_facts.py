"""Gather plain facts about the articles around touched claims and run the number/fact rules."""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from articles.models import Article
from claims.models import ClaimMention, Quote, SpeakerRole
from claims.nlp.bounded import BoundedMemo
from claims.nlp.claim_contradictions import ArticleFacts, claim_findings
from claims.nlp.persons import find_persons
from claims.nlp.types import ContradictionFinding, ExtractedClaim, Quantity
from claims.services.linking_claims import quantity_from_json

MAX_RELATED_ARTICLES = 60


_PERSONS_KEPT = 2048
_persons_seen: BoundedMemo[tuple[int, str], tuple] = BoundedMemo(_PERSONS_KEPT)


def persons_remember(article_id: int, text_hash: str, persons: list) -> None:
    """Keep the persons the analysis found, so linking never runs ``find_persons`` on a new article again."""
    _persons_seen.put((article_id, text_hash), tuple(persons))


def _persons(article_id: int, text_hash: str, body: str) -> list:
    """Persons of a stored article; each linking run reads ~60 related articles, so they are memoised
    by the article's content hash (a new version has a new hash)."""
    found = _persons_seen.get((article_id, text_hash))
    if found is None:
        found = tuple(find_persons(body))
        _persons_seen.put((article_id, text_hash), found)
    return list(found)


def _related_article_ids(article_ids: set[int], claim_ids: set[int]) -> set[int]:
    """The articles of the touched claims' mentions, those reporting the same remarks as ``article_ids``
    (their quote groups: two reports can share a remark and no claim), and for each of ``article_ids``
    the latest naming its people."""
    ids = set(ClaimMention.objects.filter(claim_id__anyof=claim_ids).values_list("article_id", flat=True))
    groups = set(
        Quote.objects.filter(article_id__anyof=article_ids, kind=Quote.Kind.SPEECH, group_id__isnull=False)
        .values_list("group_id", flat=True)
    )
    if groups:
        ids |= set(
            Quote.objects.filter(group_id__anyof=groups).order_by("-article_id").values_list("article_id", flat=True)
            .distinct()[:MAX_RELATED_ARTICLES]
        )
    for article_id in sorted(article_ids):
        # One small indexed query per article: a shared limit would let one article's
        # busy speakers crowd out another's.
        speakers = SpeakerRole.objects.filter(article_id=article_id).values_list("speaker_id", flat=True)
        ids |= set(
            SpeakerRole.objects.filter(speaker_id__anyof=speakers)
            .order_by("-id")
            .values_list("article_id", flat=True)[:MAX_RELATED_ARTICLES]
        )
    return ids | article_ids


class _Mention(NamedTuple):
    """A stored mention as the rules read it (rows, not model instances: a run reads ~1,000)."""

    id: int
    claim_id: int
    article_id: int
    start: int
    end: int
    claim: ExtractedClaim


# A mention's sentence and amounts never change (re-extraction writes new rows), and each
# run re-reads the same related articles: only rows not seen yet send their text and amounts
# (JSON, decoded row by row). SQLite reuses an id after a rollback, so the key holds the row's
# creation time too.
_TEXTS_KEPT = 8192
_texts_seen: BoundedMemo[tuple[int, object], tuple[str, tuple[Quantity, ...]]] = BoundedMemo(_TEXTS_KEPT)


def _mentions_of(article_ids: set[int]) -> list[_Mention]:
    rows = list(
        ClaimMention.objects.filter(article_id__anyof=article_ids)
        .order_by("article_id", "start", "id")
        .values_list("id", "claim_id", "article_id", "start", "end", "speaker__name", "claim__kind",
                     "claim__checkworthiness", "created_at")
    )
    texts = {row[0]: _texts_seen.get((row[0], row[8])) for row in rows}
    missing = [mid for mid, text in texts.items() if text is None]
    if missing:
        for mid, created, sentence, amounts in ClaimMention.objects.filter(pk__anyof=missing).values_list(
            "id", "created_at", "sentence", "quantities"
        ):
            texts[mid] = (sentence, tuple(quantity_from_json(q) for q in amounts))
            _texts_seen.put((mid, created), texts[mid])
    return [
        _Mention(mid, claim_id, article_id, start, end,
                 ExtractedClaim(sentence=texts[mid][0], start=start, end=end, speaker_name=speaker, kind=kind,
                                score=score, quantities=texts[mid][1]))
        for mid, claim_id, article_id, start, end, speaker, kind, score, _created in rows
    ]


class ClaimRun(NamedTuple):
    findings: dict[int | None, list[ContradictionFinding]]  # by the claim whose mention holds the first item
    article_ids: set[int]  # the articles the run read: only their findings could be found again


def claim_findings_for(*, article_ids: set[int], claim_ids: set[int]) -> ClaimRun:
    """Findings of the number and fact rules over the articles related to the touched claims.

    Findings are grouped by the claim whose mention holds their first item (None: no claim).

    Amounts and negations are compared only within the touched claims: every
    mention of those is loaded, so their findings are complete, while a claim
    these articles did not touch is unchanged since it was last linked.
    """
    article_ids = _related_article_ids(set(article_ids), claim_ids)
    mentions = _mentions_of(article_ids)
    # A sentence stating several claims has a row per claim: the rules read it once, and each of
    # its claims' groups names that one sentence.
    by_article: dict[int, list[_Mention]] = defaultdict(list)
    index_of: dict[tuple[int, int, int], int] = {}
    for m in mentions:
        span = (m.article_id, m.start, m.end)
        if span not in index_of:
            index_of[span] = len(by_article[m.article_id])
            by_article[m.article_id].append(m)
    facts = []
    for a in Article.objects.filter(pk__anyof=article_ids).only("id", "body", "content_hash", "published_at"):
        # Unknown stays unknown: the day an article was ingested says nothing about who held which office.
        day = a.published_at.date().isoformat() if a.published_at else None
        facts.append(
            ArticleFacts(
                article_id=a.pk,
                text=a.body,
                published=day,
                claims=[m.claim for m in by_article[a.pk]],
                persons=_persons(a.pk, a.content_hash, a.body),
            )
        )
    # Groups name each mention by (article id, its index in that article's claims list).
    groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
    # Every claim of the run's mentions: which articles report one story, whichever claims this article touched.
    story_groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        named = (m.article_id, index_of[(m.article_id, m.start, m.end)])
        story_groups[m.claim_id].append(named)
        if m.claim_id in claim_ids:
            groups[m.claim_id].append(named)
    out: dict[int | None, list[ContradictionFinding]] = defaultdict(list)
    owners = _owners(mentions)
    utterances = _utterances(article_ids)
    for finding in claim_findings(facts, claim_groups=dict(groups), story_groups=dict(story_groups),
                                  utterances=utterances):
        out[_owner(finding, owners)].append(finding)
    return ClaimRun(dict(out), article_ids)


# Words a remark has in every report of it to tell the occasion by itself: a short line ("We will
# win") recurs, a long one ("He has lost his name, his career and his marriage") was said once.
OCCASION_WORDS = 10


def _utterances(article_ids: set[int]) -> list[set[int]]:
    """The articles of each quote group reported in more than one of ``article_ids``; a group whose
    every quote runs to ``OCCASION_WORDS`` words is listed twice, as two things the reports share
    (story_numbers asks for two)."""
    held: dict[int, set[int]] = defaultdict(set)
    shortest: dict[int, int] = {}
    for group_id, article_id, text in Quote.objects.filter(
        article_id__anyof=article_ids, kind=Quote.Kind.SPEECH, group_id__isnull=False
    ).values_list("group_id", "article_id", "text"):
        held[group_id].add(article_id)
        shortest[group_id] = min(shortest.get(group_id, OCCASION_WORDS), len(text.split()))
    out = []
    for group_id, ids in held.items():
        if len(ids) > 1:
            out += [ids, ids] if shortest[group_id] >= OCCASION_WORDS else [ids]
    return out


def _owners(mentions: list[_Mention]) -> dict[int, list[tuple[int, int, int]]]:
    """article id -> (start, end, claim id) of its mentions, for finding a finding's claim."""
    spans: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for m in mentions:
        spans[m.article_id].append((m.start, m.end, m.claim_id))
    return spans


def _owner(finding: ContradictionFinding, owners: dict[int, list[tuple[int, int, int]]]) -> int | None:
    for item in finding.items:
        for start, end, claim_id in owners.get(item.article_id, ()):
            if start <= item.start and item.end <= end:
                return claim_id
    return None
