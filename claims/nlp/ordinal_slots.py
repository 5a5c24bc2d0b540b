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
from claims.nlp.persons import scan_names
from claims.nlp.quote_lexicon import CUE_VERBS
from claims.nlp.similarity import is_content
from claims.nlp.types import ContradictionFinding, SpanRef
from claims.nlp.union_find import UnionFind

_WORDS = ("third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
          "sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORDINAL_WORDS = ["first", "second", *_WORDS]  # "first" and "second" only where a noun or placing follows
_ORDINAL = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>" + "|".join(_ORDINAL_WORDS) + r"))\b"
    r"(?!-(?:century|anniversary))"
)
# The noun an ordinal numbers, right after it ("her third and final attempt", "at her second attempt"):
# a key of its own. Nouns of fixed phrases ("third party", "second term") number nothing a report gets wrong.
_NOUN_AFTER = re.compile(r"[\s-]*(?:and\s+(?:final|last)\s+)?(?:[a-z]+\s+)?([a-z]{4,})\b(?!\s+[a-z]{4,}\b)")
_FIXED_NOUNS = frozenset(
    """party parties amendment term terms person world hand half quarter class grade floor generation cousin
    wife husband child son daughter place time times straight consecutive successive largest biggest
    highest lowest most best worst""".split()
    # Occasions of a series: two reports of one campaign or season tell of its first and its second
    # debate, game or hearing, each rightly.
    + """debate debates round game match race stage term election vote ballot meeting session hearing
    primary caucus season year week month quarter period innings""".split()
)
_DETERMINED = re.compile(r"\b(?:the|a|an|her|his|their|its|our|my|your)\s+$", re.I)
# Verbs that may follow an ordinal standing alone ("a hook in the seventh sent her down").
_VERBS_AFTER = frozenset("sent left made took went came gave sealed ended brought kept threw".split())


def _a_noun(word: str) -> bool:
    return (
        is_content(word) and word not in _FIXED_NOUNS | _VERBS_AFTER | CUE_VERBS
        and not word.endswith(("ed", "ing", "ly"))
    )


# A finisher's placing: "Paulina Jaskov of Orsany was second with 4.81m", "Jaskov ... finished third",
# "and Oceane Pradel of Valmont third with 4.71m". Keyed by the person named last before it.
_PLACING_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|finished|came|placed|ended|ended up|took|claimed)\s+|,\s+|\b[A-Z][\w’'-]+\s+)$"
)
_PLACING_MARK = re.compile(r"\s+with\s+[\w.,’'-]*\w")
_PLACING_AFTER = re.compile(r"\s*(?:place\b|with\b|in\s|,|\.|;|\s+and\b|\s+behind\b)")
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
        word_value = m.group("w")
        value = int(m.group("n")) if m.group("n") else _ORDINAL_WORDS.index(word_value) + 1
        offset = max(0, m.start() - 60)
        keys: dict[str, int] = {}
        if word_value not in ("first", "second"):  # "for the first time", "a second": numbering nothing
            for w in list(_WORD.finditer(before))[-WORDS_BEFORE:]:  # the nearest occurrence of a word wins
                word = w.group(0)
                if len(word) > 2 and is_content(word.lower()) and word.lower() not in CUE_VERBS:
                    keys[("@" if word[0].isupper() else "") + _stem(word)] = offset + w.start()  # "@calloway": a name
        end = m.end()
        counted = re.match(r"[\s-]*([a-z]+)\b", after)
        noun = _NOUN_AFTER.match(after)
        if counted and counted.group(1) in _COUNTED:
            if word_value in ("first", "second"):
                continue
            keys[counted.group(1).rstrip("s")] = m.start()
            end = m.end() + counted.end()
        elif noun and _DETERMINED.search(before) and _a_noun(noun.group(1)):
            keys["#" + _stem(noun.group(1))] = m.start()  # "third and final attempt"
            end = m.end() + noun.end()
        elif (placed_by := _PLACING_BEFORE.search(before)) and _PLACING_AFTER.match(after):
            who = _placed(text, m.start())
            if who:
                # shown from its verb to its mark: "finished third with 4.81m"
                verb = placed_by.group(0)[0].islower()
                keys[f"placing {who}"] = offset + placed_by.start() if verb else m.start()
                mark = _PLACING_MARK.match(text, m.end())
                end = mark.end() if mark else end
        if word_value in ("first", "second") and not any(k.startswith(("#", "placing")) for k in keys):
            continue
        out.append(_Ordinal(article_id, text[m.start() : end], m.start(), end, value, tuple(keys.items())))
    return tuple(out)


def _placed(text: str, pos: int) -> str | None:
    """The surname of the person named last before ``pos`` in its sentence: a person by the name finder or
    a full name, not a place or body after "of" ("Oceane Pradel of Valmont third")."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    before = text[start:pos]
    people = [
        n for n in scan_names(before)
        if (n.person or len(n.tokens) > 1) and not before[: n.start].endswith(("of ", "the "))
    ]
    if not people:
        return None
    tokens = people[-1].tokens
    return (tokens[: tokens.index("of")] if "of" in tokens[1:] else tokens)[-1].lower()


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
    # Ordinals joined where they clash: one finding per group, so two slots that happen to set the same two
    # numbers against each other ("her third attempt" / "second", and a rival "second" / "third") stay two.
    joined: UnionFind[tuple[int, int]] = UnionFind()
    seen: dict[tuple[int, int], tuple[_Ordinal, str]] = {}
    for a_id, b_id in sorted(pairs):
        if a_id not in single or b_id not in single:
            continue
        for key in sorted(k for k in single[a_id].keys() & single[b_id].keys() - _COUNTED if k[0] != "@"):
            oa, ob = single[a_id][key][0], single[b_id][key][0]
            if oa.value == ob.value or _other_people(oa, ob):
                continue
            group = (*single[a_id][key], *single[b_id][key])
            for o in group:
                seen.setdefault((o.article_id, o.start), (o, key))
                joined.union((group[0].article_id, group[0].start), (o.article_id, o.start))
    components: dict[tuple[int, int], list[tuple[_Ordinal, str]]] = defaultdict(list)
    for node in sorted(seen):
        components[joined.find(node)].append(seen[node])
    texts = {a.article_id: a.text for a in articles}
    out = []
    for members in components.values():
        values = sorted({o.value for o, _ in members})
        if len(values) == 2:  # a group setting three numbers against each other is no one slot
            out.append(_finding((values[0], values[1]), members, texts))
    return sorted(out, key=lambda f: f.key)


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
