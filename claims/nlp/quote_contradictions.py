"""Contradictions between linked quotes: misquotes and attribution conflicts.

A misquote is a linked group whose versions use different words for the
same stretch of the utterance ("make" / "provide"). Case, punctuation and
quote style are not wording; nor is truncation (an outlet quoting less of the
sentence), a cut marked with an ellipsis, a contraction spelt out ("We're" /
"We are"), or a function word or hedge added or dropped ("a pretty long way");
a negation added or dropped always is. Each finding's items are the
clause of every version around the differing words, with exact offsets into
its article, and versions that agree share a side.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

from .diff import align, disagreements, is_minor_edit
from .first_names import first_name_gender
from .quote_linking import (
    LINK_THRESHOLD,
    QuoteRecord,
    alike_but_small_words,
    candidate_pairs,
    in_place_variant,
    opening_variant,
    reordered_remark,
    speech_overlap_score,
    text_evidence,
)
from .sentences import trim_span
from .similarity import Token, quote_tokens
from .speakers import speakers_compatible
from .split_quotes import sentence_bounds, worded_like
from .types import ContradictionFinding, SpanRef
from .union_find import UnionFind

CLAUSE_DELIMITERS = ',;:.!?…–—()"“”'
MIN_ATTRIBUTION_WORDS = 6  # shorter identical quotes ("Thank you very much") are said by many
NEAR_IDENTICAL = 0.9


@dataclass(frozen=True, slots=True)
class QuoteWithSpan:
    """A quote and where it stands in its article: ``article_text[start:end] == text``."""

    quote_id: int
    article_id: int
    text: str
    start: int
    end: int
    speaker_key: str | None = None
    kind: str = "speech"
    speaker_mention: str = ""  # as written ("he", "the mayor", "Brekke"); "" when not known
    # The mention is a pronoun whose paragraph last named the speaker before the quote: a firm
    # resolution (see ``quote_coref.named_last_in_paragraph``).
    pronoun_anchored: bool = False


@dataclass(frozen=True, slots=True)
class _Wording:
    """Versions with the same words (they differ at most in punctuation, case and quote marks)."""

    members: tuple[QuoteWithSpan, ...]
    tokens: tuple[Token, ...]  # of the first member; every member has the same normalised words


@dataclass(frozen=True, slots=True)
class _Spot:
    """One differing stretch between two wordings: token ranges [lo, hi) in each."""

    u: int
    u_range: tuple[int, int]
    v: int
    v_range: tuple[int, int]


def _wordings(quotes: list[QuoteWithSpan]) -> list[_Wording]:
    groups: dict[tuple[str, ...], list[QuoteWithSpan]] = defaultdict(list)
    for q in sorted(quotes, key=lambda q: q.quote_id):
        groups[tuple(t.norm for t in quote_tokens(q.text))].append(q)
    out = [_Wording(tuple(m), tuple(quote_tokens(m[0].text))) for words, m in groups.items() if words]
    return sorted(out, key=lambda w: (-len(w.tokens), w.members[0].quote_id))


def _spots(words: list[_Wording]) -> list[_Spot]:
    """Differing stretches of every pair of wordings that overlap enough to be compared."""
    spots: list[_Spot] = []
    for u, v in combinations(range(len(words)), 2):
        tu, tv = list(words[u].tokens), list(words[v].tokens)
        a, b = words[u].members[0].text, words[v].members[0].text
        ev = text_evidence(a, b)
        if speech_overlap_score(ev) < LINK_THRESHOLD:
            bag_u, bag_v = Counter(t.norm for t in tu), Counter(t.norm for t in tv)
            if reordered_remark(tu, tv) and (
                (bag_u - bag_v and bag_v - bag_u) or (bag_u == bag_v and _clauses_swapped(a, b, tu, tv))
            ):
                # Its clauses in another order, joined by other words ("..., but this group never stops"
                # / "This group never stops, even when ..."): the whole remark is the difference. Words
                # only one side has are that side quoting more ("... nearly won. They listened.").
                spots.append(_Spot(u, (0, len(tu)), v, (0, len(tv))))
            by_sentence = _sentence_spots(words, u, v) or _piece_spots(words, u, v)
            spots.extend(by_sentence)
            if not by_sentence and not reordered_remark(tu, tv) and opening_variant(tu, tv, ev):
                spots.extend(_paraphrase_spot(u, v, a, b, tu, tv))
            elif not by_sentence and in_place_variant(tu, tv):
                # "Narrow is not the same as fragile." / "narrow is not the same as weak.": a short remark
                # word for word but for a word in place, linked as one: the word is the misquote.
                edits = [oc for oc in disagreements(a, b, tu, tv) if not is_minor_edit(oc, tu, tv)]
                if not _reordered(edits, tu, tv):  # "salt mines and the salt works" swapped: same words
                    spots.extend(_Spot(u, (oc.i1, oc.i2), v, (oc.j1, oc.j2)) for oc in edits)
            continue  # else two sentences of one passage: nothing more to compare
        edits = [oc for oc in disagreements(a, b, tu, tv) if not is_minor_edit(oc, tu, tv)]
        if _reordered(edits, tu, tv):
            continue  # "coal miners and coal companies" / "coal companies and coal miners": same words
        spots.extend(_Spot(u, (oc.i1, oc.i2), v, (oc.j1, oc.j2)) for oc in edits)
    return spots


def _paraphrase_spot(u: int, v: int, a: str, b: str, tu: list[Token], tv: list[Token]) -> list[_Spot]:
    """One remark opening alike and reworded after (linked as such between reports of one occasion): "a
    decision for the next generation, not against it" / "... for our children, not against them" is
    one paraphrase, shown as one stretch from its first changed word to its last."""
    edits = [oc for oc in disagreements(a, b, tu, tv) if not is_minor_edit(oc, tu, tv)]
    if not edits:
        return []
    return [_Spot(u, (edits[0].i1, edits[-1].i2), v, (edits[0].j1, edits[-1].j2))]


def _sentence_spots(words: list[_Wording], u: int, v: int) -> list[_Spot]:
    """A one-sentence quote set against the sentence of a longer quote it is worded like (a piece of a
    split quote, linked through its other piece: "She slammed the door on me" / "She just closed the
    door. There was nowhere to go."): the differences within that sentence. A sentence word for word in
    the longer quote leaves nothing to report."""
    (short, si), (long_, li) = sorted(((words[u], u), (words[v], v)), key=lambda p: len(p[0].tokens))
    ts, tl = list(short.tokens), list(long_.tokens)
    bounds = sentence_bounds(long_.members[0].text)
    if len(sentence_bounds(short.members[0].text)) != 1 or len(bounds) < 2:
        return []
    norms_s, norms_l = [t.norm for t in ts], [t.norm for t in tl]
    if any(norms_l[lo:hi] == norms_s for lo, hi in bounds):
        return []
    like = [(lo, hi) for lo, hi in bounds if worded_like(norms_s, norms_l[lo:hi])]
    if len(like) != 1:
        return []
    lo, hi = like[0]
    part = long_.members[0].text[tl[lo].start : tl[hi - 1].end]
    tp = quote_tokens(part)
    out = []
    for oc in disagreements(short.members[0].text, part, ts, tp):
        if not is_minor_edit(oc, ts, tp):
            ranges = {si: (oc.i1, oc.i2), li: (lo + oc.j1, lo + oc.j2)}
            out.append(_Spot(u, ranges[u], v, ranges[v]))
    return out


MIN_PIECE_COVER = 0.7  # share of a piece's words found, in order, in one sentence of the longer quote


def _piece_spots(words: list[_Wording], u: int, v: int) -> list[_Spot]:
    """A piece of a sentence set against the longer quote of that sentence (the second half of a quote
    split mid-sentence, linked through its first half: "but it is not decisive." / "The harm is real, but
    it is not, in the end, decisive."): the differences inside the piece. Most of the piece's words must
    stand in order inside one sentence of the longer quote, three of them in a row, so two sentences of one
    passage are never compared, nor two pieces of one report's quote; what the piece leaves off at either
    end is truncation, not wording."""
    (short, si), (long_, li) = sorted(((words[u], u), (words[v], v)), key=lambda p: len(p[0].tokens))
    ts, tl = list(short.tokens), list(long_.tokens)
    if {m.article_id for m in short.members} | {m.article_id for m in long_.members} == {short.members[0].article_id}:
        return []  # two pieces of one report's quote are no versions of each other
    ops = align(ts, tl)
    same = [oc for oc in ops if oc.op == "equal"]
    shared = sum(oc.i2 - oc.i1 for oc in same)
    if not same or max(oc.i2 - oc.i1 for oc in same) < 3 or shared < MIN_PIECE_COVER * len(ts):
        return []
    lo, hi = same[0].j1, same[-1].j2
    if not any(s <= lo and hi <= e for s, e in sentence_bounds(long_.members[0].text)):
        return []
    a, b = short.members[0].text, long_.members[0].text
    edits = [oc for oc in disagreements(a, b, ts, tl) if not is_minor_edit(oc, ts, tl)]
    if _reordered(edits, ts, tl):
        return []  # the same words in another order
    out = []
    for oc in edits:
        if 0 < oc.i1 and oc.i2 < len(ts):
            ranges = {si: (oc.i1, oc.i2), li: (oc.j1, oc.j2)}
            out.append(_Spot(u, ranges[u], v, ranges[v]))
    return out


def _clauses_swapped(a: str, b: str, tu: list[Token], tv: list[Token]) -> bool:
    """Two quotes of the same words, opening on another clause ("It won't bring Danny back, but it tells
    the truth" / "It tells the truth, but it won't bring Danny back"): what the speaker put first is
    reported second. Words swapped inside one clause ("coal miners and coal companies") are no such change."""
    first_u, first_v = _first_clause(a, tu), _first_clause(b, tv)
    return 0 < len(first_u) < len(tu) and 0 < len(first_v) < len(tv) and first_u != first_v


def _first_clause(text: str, tokens: list[Token]) -> list[str]:
    """The words before the first comma, semicolon or dash that has words after it."""
    for i in range(1, len(tokens)):
        if re.search(r"[,;:–—]", text[tokens[i - 1].end : tokens[i].start]):
            return [t.norm for t in tokens[:i]]
    return [t.norm for t in tokens]


def _reordered(edits: list, tu: list[Token], tv: list[Token]) -> bool:
    """Whether the edits only move words: both sides change the same words, in another order."""
    if not edits:
        return False
    moved_a = sorted(t.norm for oc in edits for t in tu[oc.i1 : oc.i2])
    moved_b = sorted(t.norm for oc in edits for t in tv[oc.j1 : oc.j2])
    return bool(moved_a) and moved_a == moved_b


def _touch(r1: tuple[int, int], r2: tuple[int, int]) -> bool:
    return r1[0] <= r2[1] and r2[0] <= r1[1]


def _components(spots: list[_Spot]) -> list[list[_Spot]]:
    """Spots that share a wording and overlap on it are one disagreement."""
    parent = list(range(len(spots)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in combinations(range(len(spots)), 2):
        si, sj = spots[i], spots[j]
        ri = {si.u: si.u_range, si.v: si.v_range}
        rj = {sj.u: sj.u_range, sj.v: sj.v_range}
        if any(w in rj and _touch(ri[w], rj[w]) for w in ri):
            parent[find(i)] = find(j)
    comps: dict[int, list[_Spot]] = defaultdict(list)
    for i, s in enumerate(spots):
        comps[find(i)].append(s)
    return sorted(comps.values(), key=lambda c: (c[0].u, c[0].u_range))


def _sides(comp: list[_Spot]) -> list[list[int]]:
    """Group the wordings of one disagreement: a wording joins the first side it differs from nowhere."""
    against = {(s.u, s.v) for s in comp} | {(s.v, s.u) for s in comp}
    sides: list[list[int]] = []
    for w in sorted({s.u for s in comp} | {s.v for s in comp}):
        for side in sides:
            if all((w, other) not in against for other in side):
                side.append(w)
                break
        else:
            sides.append([w])
    return sides


def _ranges(comp: list[_Spot]) -> dict[int, tuple[int, int]]:
    out: dict[int, tuple[int, int]] = {}
    for s in comp:
        for w, r in ((s.u, s.u_range), (s.v, s.v_range)):
            lo, hi = out.get(w, r)
            out[w] = (min(lo, r[0]), max(hi, r[1]))
    return out


def clause_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The clause of ``text`` around characters [lo, hi): out to the nearest delimiters, trimmed."""
    start = lo
    while start > 0 and text[start - 1] not in CLAUSE_DELIMITERS:
        start -= 1
    end = hi
    while end < len(text) and text[end] not in CLAUSE_DELIMITERS:
        end += 1
    return trim_span(text, start, end)


def _char_range(tokens: list[Token], r: tuple[int, int], text_len: int) -> tuple[int, int]:
    if r[0] < r[1]:
        return tokens[r[0]].start, tokens[r[1] - 1].end
    pos = tokens[r[0]].start if r[0] < len(tokens) else text_len
    return pos, pos


def _item(q: QuoteWithSpan, r: tuple[int, int], side: str) -> SpanRef:
    if r[0] == r[1] and r[0] > 0:
        r = (r[0] - 1, r[0])  # words only the other side has: this side's clause where they would stand
    lo, hi = _char_range(quote_tokens(q.text), r, len(q.text))
    lo, hi = clause_span(q.text, lo, hi)
    return SpanRef(q.article_id, q.text[lo:hi], q.start + lo, q.start + hi, side, quote_id=q.quote_id)


def _reading(w: _Wording, r: tuple[int, int]) -> str:
    q = w.members[0]
    lo, hi = _char_range(list(w.tokens), r, len(q.text))
    return q.text[lo:hi] if hi > lo else "(nothing)"


def _key(kind: str, quote_ids: list[int], parts: list[str]) -> str:
    """Identity of a finding: its kind, its earliest quote and what disagrees.

    The earliest quote (not all of them) anchors it, so a later article that
    repeats one side's wording adds an item to the same finding instead of
    making a new one; a dismissed finding stays dismissed.
    """
    raw = f"{kind}|{min(quote_ids)}|{'|'.join(sorted(set(parts)))}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def _misquote(words: list[_Wording], comp: list[_Spot]) -> ContradictionFinding:
    ranges = _ranges(comp)
    items: list[SpanRef] = []
    summary: list[str] = []
    for label, side in zip("ABCDEFGHIJ", _sides(comp), strict=False):
        readings = sorted({_reading(words[w], ranges[w]) for w in side})
        count = sum(len(words[w].members) for w in side)
        summary.append(
            " / ".join(f"'{r}'" for r in readings) + f" ({count} {'quote' if count == 1 else 'quotes'})"
        )
        for w in side:
            items.extend(_item(q, ranges[w], label) for q in words[w].members)
    norm_readings = [" ".join(t.norm for t in words[w].tokens[ranges[w][0] : ranges[w][1]]) for w in ranges]
    return ContradictionFinding(
        kind="misquote",
        items=tuple(items),
        explanation="Same quote, different words: " + " vs ".join(summary),
        key=_key("misquote", [i.quote_id for i in items if i.quote_id is not None], norm_readings),
    )


def misquote_findings(cluster: list[QuoteWithSpan]) -> list[ContradictionFinding]:
    """One finding per disagreement among the versions of one linked group.

    Term quotes are excerpts by nature and are left out; a verbatim excerpt of
    another version agrees with it.
    """
    words = _wordings([q for q in cluster if q.kind != "term"])
    if len(words) < 2:
        return []
    return [_misquote(words, comp) for comp in _components(_spots(words))]


def _near_identical(a: QuoteWithSpan, b: QuoteWithSpan) -> bool:
    """Word for word alike but for a few words, or alike but for small words: the quotes of one group
    were linked as reports of one occasion, where that is one remark (``alike_but_small_words``)."""
    ev = text_evidence(a.text, b.text)
    if ev.matched_tokens < MIN_ATTRIBUTION_WORDS:
        return False
    return (ev.short_coverage >= NEAR_IDENTICAL and ev.agreement >= NEAR_IDENTICAL) or alike_but_small_words(ev)


_PRONOUNS = frozenset("he she they it we i you his her their its our".split())


def _named(q: QuoteWithSpan) -> bool:
    """Whether the attribution names its speaker (a name or a description), or is a pronoun whose own
    paragraph named that speaker last ("Arne Voss dismissed the changes. “...,” he said."), rather
    than resting on a pronoun resolved further afield: such resolutions are this system's guesses, and
    a wrong one must not be reported as the outlet's misattribution."""
    return q.pronoun_anchored or not rests_on_pronoun(q.speaker_mention)


def rests_on_pronoun(speaker_mention: str) -> bool:
    return speaker_mention.strip().lower() in _PRONOUNS


# A body, not a person: its words are delivered by someone on its behalf ("digital rights group Open
# Line hailed ..." / "Sami Rautio, director of Open Line, said ..."), so naming the body in one report
# and its spokesperson in another is no misattribution.
_BODY_NOUNS = frozenset(
    """group company firm union party ministry department agency office campaign committee council
    federation association club team service authority commission board government organisation
    organization charity""".split()
)


# A mention ending on a person's name ("International Chess Union president Gustavo Lindahl-Mora"): a
# person, whatever body their title names.
_ENDS_ON_NAME = re.compile(r"\b(?P<first>[A-Z][a-z][\w’'-]*)\s+[A-Z][a-z][\w’'-]*$")


def _body(q: QuoteWithSpan) -> bool:
    mention = q.speaker_mention.strip()
    name = _ENDS_ON_NAME.search(mention)
    if name and first_name_gender(name.group("first")):  # not "rights group Free Line"
        return False
    return not _BODY_NOUNS.isdisjoint(re.findall(r"\b[a-z]+\b", mention.lower()))  # "Club spokesman"


def attribution_findings(quotes: list[QuoteWithSpan]) -> list[ContradictionFinding]:
    """Near-identical quotes (six words or more) given to different speakers in different articles,
    each attribution naming or describing its speaker."""
    pool = sorted(
        (
            q
            for q in quotes
            if q.speaker_key and q.kind != "term" and len(quote_tokens(q.text)) >= MIN_ATTRIBUTION_WORDS
        ),
        key=lambda q: q.quote_id,
    )
    records = [QuoteRecord(q.quote_id, q.article_id, None, q.text) for q in pool]
    joined: UnionFind[int] = UnionFind()
    conflicting: set[int] = set()
    for i, j in sorted(candidate_pairs(records)):
        a, b = pool[i], pool[j]
        if a.article_id != b.article_id and _near_identical(a, b):
            joined.union(a.quote_id, b.quote_id)
            if (
                not speakers_compatible(a.speaker_key, b.speaker_key)
                and _named(a)
                and _named(b)
                and not (_body(a) or _body(b))
            ):
                conflicting.add(a.quote_id)
    groups: dict[int, list[QuoteWithSpan]] = defaultdict(list)
    for q in pool:
        groups[joined.find(q.quote_id)].append(q)
    roots = {joined.find(x) for x in conflicting}
    return [_attribution(groups[r]) for r in sorted(roots)]


def _attribution(group: list[QuoteWithSpan]) -> ContradictionFinding:
    sides: list[list[QuoteWithSpan]] = []
    for q in group:
        for side in sides:
            if all(speakers_compatible(q.speaker_key, o.speaker_key) for o in side):
                side.append(q)
                break
        else:
            sides.append([q])
    items = tuple(
        SpanRef(q.article_id, q.text, q.start, q.end, label, quote_id=q.quote_id)
        for label, side in zip("ABCDEFGHIJ", sides, strict=False)
        for q in side
    )
    names = [str(side[0].speaker_key) for side in sides]
    return ContradictionFinding(
        kind="attribution",
        items=items,
        explanation="Same words attributed to different speakers: " + " vs ".join(names),
        key=_key("attribution", [q.quote_id for q in group], names),
    )
