"""Figures with two neighbouring digits swapped, in reports of one story: a typing slip.

"the 148km stage" / "the 184-kilometre stage", "a majority of 4,212" / "by 2,412
votes", "winning in 2:05:41" / "Mabena's 2:05:14": a digit swap is the commonest
way a figure goes wrong between one newsroom and the next, and it survives every
wording the measures of measures.py read, because it needs no word to say what
the figure measures. Two different figures one swap of neighbouring digits apart
by chance, both in reports of one story and both about the same thing, are rare
(a running tally moves on, "142 delegates" to "214 delegates", by no swap);
read conservatively all the same:

- the articles report one story (``story_pairs``) and each gives the figure once
  in one form: an article that has both orders, or either order twice with
  other values, means two things and pairs with nothing;
- three digits at least, whole numbers or race times with hours, minutes and
  seconds, or minutes, seconds and hundredths ("2:06.41"; a decimal "54.3" rounds
  differently from one outlet to the next; "1:05" is a time of day), no years; two digits only with the same counted unit ("for 23
  days" / "for 32 days"), never a share ("15 percent" / "51 percent" are two polls);
- the words around the two figures share a word ("stage", "Mallender",
  "majority") or both are clock times, and their units, where both have one,
  are one unit.
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

MIN_DIGITS = 3
CONTEXT_WORDS = 8  # words either side of a figure that tell what it is about

# A whole number (with thousands separators) or a clock time; not a part of a longer token
# ("4.5", "A320", "2031-05-07", "+44 20 7946", "148th"); a unit may be written onto it ("148km").
_FIGURE = re.compile(
    r"(?<![\w.,:/+-])(\d{1,3}(?:,\d{3})+|\d+:\d{2}(?::\d{2}|\.\d{2})|\d+)(?![\d/_]|[.,:]\d|(?:st|nd|rd|th)\b)"
)
# A unit written onto the figure ("148km", "184-kilometre") or a counted noun after it ("2,412 votes",
# "148 km"); a verb after it ("112 carried Wexmoor") is no unit.
_UNIT_AFTER = re.compile(r"(?:-|(?=[a-z]))([a-z]+)|\s([a-z]{2,}s|km|mi|m)\b")
_UNITS = {"km": "kilometre", "kms": "kilometre", "kilometres": "kilometre", "kilometers": "kilometre",
          "kilometer": "kilometre", "mi": "mile", "miles": "mile", "m": "metre", "metres": "metre",
          "meters": "metre", "meter": "metre"}
# Words that follow a figure without being its unit.
_SHARES = frozenset({"percent", "per", "pc", "points"})
_NOT_UNITS = frozenset("a an and as at by for from in into of off on or over than that the to was were with".split())
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Words near any figure that say nothing of what it is about.
_NOT_ABOUT = CUE_VERBS | {"per", "cent", "percent", "two", "three", "first", "last", "around"}


@dataclass(frozen=True, slots=True)
class _Figure:
    article_id: int
    text: str
    start: int
    end: int
    value: str  # the digits as written, separators dropped ("4212", "20541")
    clock: bool
    unit: str | None
    context: frozenset[str]

    @property
    def digits(self) -> str:
        return "".join(sorted(self.value))


def _one_swap_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring digits swapped ("148" / "184", "4212" / "2412")."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _is_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199


def _context(text: str, start: int, end: int) -> frozenset[str]:
    before = _WORD.findall(text[max(0, start - 120) : start])[-CONTEXT_WORDS:]
    after = _WORD.findall(text[end : end + 120])[:CONTEXT_WORDS]
    words = (re.sub(r"[’']s$", "", w.lower()) for w in (*before, *after))
    return frozenset(w for w in words if len(w) > 2 and is_content(w) and w not in _NOT_ABOUT)


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _figures(article_id: int, text: str) -> tuple[_Figure, ...]:
    out = []
    for m in _FIGURE.finditer(text):
        raw = m.group(1)
        value = re.sub(r"[,:.]", "", raw)
        if len(value) < MIN_DIGITS - 1 or _is_year(raw) or value.startswith("0"):
            continue
        unit_m = _UNIT_AFTER.match(text, m.end())
        unit = (unit_m.group(1) or unit_m.group(2)).lower() if unit_m else None
        if unit in _NOT_UNITS:
            unit_m = unit = None
        end = unit_m.end() if unit_m else m.end()  # the figure as written, with its unit ("148km")
        out.append(_Figure(
            article_id, text[m.start() : end], m.start(), end, value, ":" in raw, _UNITS.get(unit, unit),
            _context(text, m.start(), end),
        ))
    return tuple(out)


def _one_unit(a: str | None, b: str | None) -> bool:
    """ "38-hectare" and "83 hectares" count in one unit."""
    return bool(a and b) and a.rstrip("s") == b.rstrip("s")


def _about_one_thing(a: _Figure, b: _Figure) -> bool:
    if a.unit and b.unit and not _one_unit(a.unit, b.unit):
        return False
    if len(a.value) < MIN_DIGITS and not (_one_unit(a.unit, b.unit) and a.unit not in _SHARES):
        return False  # two digits ("23 days" / "32 days") only with one counted unit, and no share
    return (a.clock and b.clock) or bool(a.context & b.context)


def transposed_figure_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """Number findings for figures whose digits are one another's in another order, in ``pairs`` of
    articles (lower id first) that report one story: one finding per pair of values, the articles
    giving either value gathered on its side."""
    pairs = set(pairs)
    if not pairs:
        return []
    # article -> digits -> the article's figure with those digits, when it writes them in one order
    by_article: dict[int, dict[str, _Figure]] = {}
    values: dict[int, frozenset[str]] = {}
    for art in articles:
        figures = _figures(art.article_id, art.text)
        seen: dict[str, list[_Figure]] = defaultdict(list)
        for f in figures:
            seen[f.digits].append(f)
        by_article[art.article_id] = {d: fs[0] for d, fs in seen.items() if len({f.value for f in fs}) == 1}
        values[art.article_id] = frozenset(f.value for f in figures)
    # (lower value, higher value) -> the first clash found (for the explanation) and every figure in one
    clashes: dict[tuple[str, str], tuple[tuple[_Figure, _Figure], dict[tuple[int, int], _Figure]]] = {}
    for a_id, b_id in sorted(pairs):
        if a_id not in by_article or b_id not in by_article:
            continue
        for digits, fa in sorted(by_article[a_id].items()):
            fb = by_article[b_id].get(digits)
            if (
                fb is None
                or not _one_swap_apart(fa.value, fb.value)
                or fa.value in values[b_id]
                or fb.value in values[a_id]
                or not _about_one_thing(fa, fb)
            ):
                continue
            pair = (fa.value, fb.value) if fa.value < fb.value else (fb.value, fa.value)
            _first, figures = clashes.setdefault(pair, ((fa, fb), {}))
            figures.update({(f.article_id, f.start): f for f in (fa, fb)})
    return [_finding(pair, first, figures.values()) for pair, (first, figures) in sorted(clashes.items())]


def _finding(
    pair: tuple[str, str], first: tuple[_Figure, _Figure], figures: Iterable[_Figure]
) -> ContradictionFinding:
    by_value: dict[str, list[_Figure]] = defaultdict(list)
    for f in figures:
        by_value[f.value].append(f)
    # The figure more articles give is side A, as the other number rules have it; on a tie, the figure
    # of the earliest article.
    ordered = sorted(by_value, key=lambda v: (-len({f.article_id for f in by_value[v]}),
                                              min(f.article_id for f in by_value[v])))
    spans = [
        SpanRef(f.article_id, f.text, f.start, f.end, side)
        for side, value in zip("AB", ordered, strict=True)
        for f in sorted(by_value[value], key=lambda f: (f.article_id, f.start))
    ]
    fa, fb = first
    return ContradictionFinding(
        kind="number",
        items=tuple(spans),
        explanation=f"Reports of one story give “{fa.text}” and “{fb.text}”: the same digits in another order, "
        "one of them mistyped",
        key=stable_key("transposed", *pair, sorted((s.article_id, s.start) for s in spans)),
    )
