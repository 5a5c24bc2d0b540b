"""One moment or place given two different ordinals by reports of one story.

"a left hook in the ninth round" / "Calloway's left hook in the seventh", "recovered
to finish sixth" / "who recovered to finish fifth", "scored in the 113th minute" /
"scored the winner in the 117th minute": the words before an ordinal say which
moment or place it numbers, and two reports of one story that number one moment
differently cannot both be right. Read conservatively:

- the articles report one story (``story_pairs``);
- the two ordinals share a word of what they number in the six words before
  them, besides the counted noun and names ("hook", "finish", "eagle", "scored";
  "minute" or "round" alone numbers any moment of a match, and "Calloway" is
  beside every moment of her fight), and no two different people named beside
  them ("Ross scored in the 23rd minute" / "Vane scored in the 67th minute");
- each article gives that word one ordinal only: a report of two goals "in the
  23rd minute" and "in the 67th minute" pairs with nothing;
- "first" and "second" in words are left out (a second is a unit of time, and "for
  the first time", "the second half" number nothing a report could get wrong), as
  are dates ("May 3rd"), centuries and anniversaries.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.finding_keys import stable_key
from claims.nlp.quote_lexicon import CUE_VERBS
from claims.nlp.similarity import is_content
from claims.nlp.types import ContradictionFinding, SpanRef

_WORDS = ("third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
          "sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORDINAL = re.compile(r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>" + "|".join(_WORDS) + r"))\b(?!-(?:century|anniversary))")
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"(?:\b(?:{_MONTHS})\s+$)|(?:^\s+(?:of\s+)?(?:{_MONTHS})\b)")
_NOT_SLOT_AFTER = re.compile(r"\s*(?:century|centuries|anniversary|birthday|time|year|consecutive|straight|successive)\b")
# Nouns an ordinal counts that any moment or place of an event has: shared alone they say nothing.
_COUNTED = frozenset("minute minutes round rounds hole holes lap laps turn over overs game set frame stage leg "
                     "place places time half day week year innings".split())
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
WORDS_BEFORE = 6


@dataclass(frozen=True, slots=True)
class _Ordinal:
    article_id: int
    text: str
    start: int
    end: int
    value: int
    starts: tuple[tuple[str, int], ...]  # words of what it numbers, each with where it starts in the text

    @property
    def keys(self) -> dict[str, int]:
        return dict(self.starts)


def _stem(word: str) -> str:
    w = re.sub(r"[’']s$", "", word.lower())
    return re.sub(r"(?:ing|ed|es|s)$", "", w) if len(w) > 5 else w


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _ordinals(article_id: int, text: str) -> tuple[_Ordinal, ...]:
    out = []
    for m in _ORDINAL.finditer(text):
        before, after = text[max(0, m.start() - 60) : m.start()], text[m.end() : m.end() + 30]
        if _DATE.search(before) or _DATE.match(after) or _NOT_SLOT_AFTER.match(after):
            continue
        value = int(m.group("n")) if m.group("n") else _WORDS.index(m.group("w")) + 3
        offset = max(0, m.start() - 60)
        words = list(_WORD.finditer(before))[-WORDS_BEFORE:]
        keys: dict[str, int] = {}
        for w in words:  # the nearest occurrence of a word wins: the shortest span that shows it
            word = w.group(0)
            if len(word) > 2 and is_content(word.lower()) and word.lower() not in CUE_VERBS:
                keys[("@" if word[0].isupper() else "") + _stem(word)] = offset + w.start()  # "@calloway": a name
        noun = re.match(r"[\s-]*([a-z]+)\b", after)
        end = m.end()
        if noun and noun.group(1) in _COUNTED:
            keys[noun.group(1).rstrip("s")] = m.start()
            end = m.end() + noun.end()
        out.append(_Ordinal(article_id, text[m.start() : end], m.start(), end, value, tuple(keys.items())))
    return tuple(out)


def _other_people(a: _Ordinal, b: _Ordinal) -> bool:
    """Both name someone beside the ordinal, and not the same person: "Ross scored in the 23rd minute" /
    "Vane scored in the 67th minute" are two goals."""
    names_a, names_b = {k for k in a.keys if k[0] == "@"}, {k for k in b.keys if k[0] == "@"}
    return bool(names_a and names_b) and not names_a & names_b


def ordinal_slot_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """Fact findings for one moment or place two reports of one story number differently: one finding per
    pair of ordinals, the articles giving either gathered on its side."""
    pairs = set(pairs)
    if not pairs:
        return []
    # article -> key word -> its ordinals with that word, where they are one value
    single: dict[int, dict[str, list[_Ordinal]]] = {}
    for art in articles:
        by_key: dict[str, list[_Ordinal]] = defaultdict(list)
        for o in _ordinals(art.article_id, art.text):
            for k in o.keys:
                by_key[k].append(o)
        single[art.article_id] = {k: os for k, os in by_key.items() if len({o.value for o in os}) == 1}
    clashes: dict[tuple[int, int], dict[tuple[int, int], _Ordinal]] = {}
    for a_id, b_id in sorted(pairs):
        if a_id not in single or b_id not in single:
            continue
        for key in sorted(k for k in single[a_id].keys() & single[b_id].keys() - _COUNTED if k[0] != "@"):
            oa, ob = single[a_id][key][0], single[b_id][key][0]
            if oa.value == ob.value or _other_people(oa, ob):
                continue
            found = clashes.setdefault((min(oa.value, ob.value), max(oa.value, ob.value)), {})
            for o in (*single[a_id][key], *single[b_id][key]):
                found.setdefault((o.article_id, o.start), (o, key))
    texts = {a.article_id: a.text for a in articles}
    return [_finding(pair, list(found.values()), texts) for pair, found in sorted(clashes.items())]


def _finding(pair: tuple[int, int], ordinals: list[tuple[_Ordinal, str]], texts: dict[int, str]) -> ContradictionFinding:
    by_value: dict[int, list[tuple[_Ordinal, str]]] = defaultdict(list)
    for o, key in ordinals:
        by_value[o.value].append((o, key))
    ordered = sorted(by_value, key=lambda v: (-len({o.article_id for o, _ in by_value[v]}),
                                              min(o.article_id for o, _ in by_value[v])))
    spans = []
    for side, value in zip("AB", ordered, strict=True):
        for o, key in sorted(by_value[value], key=lambda ok: (ok[0].article_id, ok[0].start)):
            start = o.keys.get(key, o.start)
            spans.append(SpanRef(o.article_id, texts[o.article_id][start : o.end], start, o.end, side))
    first_a, first_b = (next(s.text for s in spans if s.side == side) for side in "AB")
    return ContradictionFinding(
        kind="fact",
        items=tuple(spans),
        explanation=f"“{first_a}” in one report, “{first_b}” in another: one moment or place, numbered twice",
        key=stable_key("ordinal-slot", *pair, sorted((s.article_id, s.start) for s in spans)),
    )
