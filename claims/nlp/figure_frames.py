"""The one figure reports of one story give for a thing the words tied to each figure name alike.

"suspended seven deputies for 15 sitting days" / "barred for 10 sitting days", "after 44 days of
consultations" / "the product of 54 days of consultations", "his £9.6 million estate" / "his £6.9m
estate", "38 minutes ahead of the runner-up" / "finished 48 minutes behind the winner": no measure of
measures.py names these things, and days, minutes and pounds count many things in one story, yet the
word tied to each figure says which thing it is. That word is read in a few fixed shapes only:

- the noun the amount stands before ("£6.9m estate", "15 sitting days": the word before a time unit);
- the noun after "of" ("44 days of consultations");
- a gap between two finishers ("ahead of", "behind", "clear of", "later"): one tie for all of them.

Two figures conflict when their articles report one story and appeared within two days of each other,
they are amounts of one kind (a duration in any time unit, money in one currency, a length, or a count
of one noun) tied to the same word, each article ties that word to figures of one value only (two
values are two things: "a 38-minute gap to second, two hours to third"), and the values cannot be one
figure written two ways yet are within threefold of each other. Figures inside quotations are left to
the misquote rule, and figures the clause marks as another occasion's ("faces up to 14 years", "last
year's 12 days") to no one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.figure_clashes import clashing_groups, figure_sides, pairs_within, side_spans
from claims.nlp.finding_keys import stable_key
from claims.nlp.measures import SECONDS, SPAN_UNIT, other_occasion
from claims.nlp.numbers import interval, text_quantities
from claims.nlp.quote_lexicon import FUNCTION_CAPS
from claims.nlp.quote_marks import find_quote_spans
from claims.nlp.types import ContradictionFinding, Quantity

MAX_RATIO = 3.0  # figures further apart count two things
MAX_DAYS_APART = 2
HEDGE_WORDS = 2  # words before a figure read for "could face", "last year's"

_METRES = {"millimetre": 0.001, "centimetre": 0.01, "metre": 1.0, "kilometre": 1000.0, "mm": 0.001, "cm": 0.01, "km": 1000.0}
_LENGTH_UNIT = re.compile(r"(millimetre|centimetre|metre|kilometre|mm|cm|km)s?")
# Words that tie nothing: they follow or qualify any amount ("£2m more", "three days later that week",
# "four weeks away from the caucuses": a time until, not a thing).
_NOT_TIED = frozenset(
    """a an the this that these those his her their its our my your of in on at by for to from with and or
    but as than more less fewer over under about around nearly almost some just only each per after before
    later earlier ago since until into last next previous first second third old long short full
    whole entire total additional extra further other another same such own whom who which what when where
    was were is are be been being has have had will would could should may might must said says
    ahead behind clear adrift back through between according against once off out left set took toward
    towards time onto upon away apart running straight consecutive""".split()
)
# A gap between finishers, and whose: the one named after "ahead of" ("38 minutes ahead of Emil
# Kask-Aarnes"), or the one named last before a gap behind ("Kask-Aarnes finished 48 minutes behind").
_GAP_AHEAD = re.compile(r"\s+(?:ahead\s+of|clear\s+of|in\s+front\s+of)\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")
_GAP_BEHIND = re.compile(r"\s+(?:behind|adrift|later)\b(?!\s+bars)")
# "later" is a gap only after a finisher's verb ("arrived 38 minutes later"), not "an hour later, she said".
_FINISHED = re.compile(r"\b(?:arriv|finish|cross|came\s+(?:in|home)|home|trail)\w*\b", re.I)
_NAME = re.compile(r"\b[A-Z][\w’'-]+\b")
# The verb a duration is spent on, right before it: "spoke for 21 hours", "waited nine hours".
_VERB_BEFORE = re.compile(r"\b([a-z]{3,}ed|spoke|sat|stood|slept|ran|spent|kept|held)\s+(?:for\s+)?$")
STEM_LETTERS = 6  # letters of a tie word compared ("deliberated" / "deliberations": "delibe")
_NOUN = r"([a-z][a-z’'-]{2,})"
_OF_NOUN = re.compile(rf"\s+of\s+{_NOUN}\b")
_NOUN_AFTER = re.compile(rf"\s+{_NOUN}\b")
# A time unit after the word before it: "15 sitting days" is read as the figure "15 sitting" and "days".
_TIME_AFTER = re.compile(r"\s+((?:second|minute|hour|day|week|month|year)s?)\b", re.I)
_WORD_BEFORE_TIME = re.compile(r"(?:^|\s)([a-z]{3,})\s+(?:second|minute|hour|day|week|month|year)s?$", re.I)


@dataclass(frozen=True, slots=True)
class _Figure:
    article_id: int
    text: str
    start: int
    end: int
    kind: str  # "duration" | "length" | "GBP" | "count (deputies)" ...
    value: float  # in the kind's base unit (seconds, metres, currency, count)
    low: float
    high: float
    tie: str  # the word tied to the figure ("estate", "consultations", "gap")


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _figures(article_id: int, text: str) -> tuple[_Figure, ...]:
    quoted = [(q.start, q.end) for q in find_quote_spans(text)]
    out = []
    for q in text_quantities(text):
        if q.value is None or q.relative_factor is not None or interval(q) is None or not q.unit:
            continue
        # A tied figure names its thing, so only a hedge right before it makes it another occasion's:
        # "recommended talks after 44 days of consultations" is this event's.
        if any(s <= q.start < e for s, e in quoted) or other_occasion(text, q, reach_words=HEDGE_WORDS):
            continue
        measured = _measured(text, q)
        if measured is None:
            continue
        kind, scale, end = measured
        tie = _tie(text, q, end, kind)
        if tie is None:
            continue
        low, high = interval(q)  # type: ignore[misc]
        out.append(_Figure(article_id, text[q.start : end], q.start, end, kind, q.value * scale,
                           low * scale, high * scale, tie))
    return tuple(out)


def _measured(text: str, q: Quantity) -> tuple[str, float, int] | None:
    """The kind of amount ``q`` is, the factor to its base unit, and where its words end."""
    unit = q.unit or ""
    if unit.isupper() and len(unit) == 3:
        return unit, 1.0, q.end  # money, in its currency
    time = SPAN_UNIT.fullmatch(unit.lower()) or SPAN_UNIT.fullmatch(unit.lower().rsplit("-", 1)[-1])
    if time:
        if re.search(r"-year-old", text[q.start : q.end + 4]):
            return None  # an age: person_ages.py reads those
        return "duration", float(SECONDS[time.group(1)]), q.end
    after_time = _TIME_AFTER.match(text, q.end)
    if after_time and unit.islower() and unit.isalpha() and q.text[0].isdigit():
        # "15 sitting days": the number's unit is the word before the time unit
        return "duration", float(SECONDS[after_time.group(1).lower().rstrip("s")]), after_time.end()
    length = _LENGTH_UNIT.fullmatch(unit.lower())
    if length:
        return "length", _METRES[length.group(1)], q.end
    return None


def _tie(text: str, q: Quantity, end: int, kind: str) -> str | None:
    """The word tied to the figure in one of the fixed shapes, else None."""
    ahead = _GAP_AHEAD.match(text, end)
    if ahead:
        return f"gap ({_surname(ahead.group(1))})"
    behind = _GAP_BEHIND.match(text, end)
    if behind:
        sentence = re.split(r"[.!?]\s", text[max(0, q.start - 150) : q.start])[-1]
        if behind.group().strip() == "later" and not _FINISHED.search(sentence):
            return None
        names = [w for w in _NAME.findall(sentence) if w.lower() not in FUNCTION_CAPS]
        return f"gap ({_surname(names[-1])})" if names else None
    of = _OF_NOUN.match(text, end)
    if of and of.group(1) not in _NOT_TIED:
        return _stem(of.group(1))
    before_time = _WORD_BEFORE_TIME.search(text[q.start : end])
    if before_time and before_time.group(1) == q.unit and q.unit not in _NOT_TIED:
        return _stem(q.unit)  # "15 sitting days"
    noun = _NOUN_AFTER.match(text, end)
    if noun and noun.group(1) not in _NOT_TIED and not re.search(r"(?:ly|ed|ing)$", noun.group(1)):
        return _stem(noun.group(1))  # "£6.9m estate"; not "90 days violated", "two years insisting"
    verb = _VERB_BEFORE.search(text, max(0, q.start - 30), q.start)
    if verb and kind == "duration" and verb.group(1).lower() not in _NOT_TIED:
        return _stem(verb.group(1).lower())  # "spoke for 21 hours", "a jury deliberated for five hours"
    return None


def _surname(name: str) -> str:
    return re.sub(r"[’']s$", "", name.split()[-1]).lower()


def _stem(word: str) -> str:
    """One tie for the forms of a word: "consultations" / "consultation", "deliberated" / "deliberations",
    "waited" / "wait"."""
    word = re.sub(r"(?<=[a-z]{3})(?:ions?|ing|ed|es|s)$", "", word.replace("’", "'"))
    return word[:STEM_LETTERS]


def _one_figure(a: _Figure, b: _Figure) -> bool:
    return a.low <= b.high and b.low <= a.high


def _apart(a: _Figure, b: _Figure) -> bool:
    if _one_figure(a, b) or not (a.value and b.value):
        return False
    return max(a.value, b.value) / min(a.value, b.value) <= MAX_RATIO


def _single(figures: Iterable[_Figure]) -> dict[tuple[str, str], list[_Figure]]:
    """(kind, tie) -> the article's figures, for the ties it gives figures of one value only."""
    by_tie: dict[tuple[str, str], list[_Figure]] = defaultdict(list)
    for f in figures:
        by_tie[(f.kind, f.tie)].append(f)
    return {k: fs for k, fs in by_tie.items() if all(_one_figure(fs[0], f) for f in fs[1:])}


def figure_frame_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """Number findings for the figures two reports of one story (``pairs`` of article ids) tie to one
    word, where the figures cannot be one: one finding per tie and clash, the articles giving either
    figure gathered on its side."""
    pairs = pairs_within(articles, pairs, MAX_DAYS_APART)
    if not pairs:
        return []
    single = {a.article_id: _single(_figures(a.article_id, a.text)) for a in articles}
    return [_finding(key, figures) for key, figures in clashing_groups(single, pairs, _apart)]


def _finding(key: tuple[str, str], figures: list[_Figure]) -> ContradictionFinding:
    sides = figure_sides(figures, _one_figure)
    spans = side_spans(sides)
    kind, tie = key
    shown = " and as ".join(f"“{side[0].text}”" for side in sides[:2])
    what = "the gap between finishers" if tie == "gap" else f"“{tie}”"
    return ContradictionFinding(
        kind="number",
        items=tuple(spans),
        explanation=f"Reports of one story each give one figure for {what}, as {shown}",
        key=stable_key("figure-frame", kind, tie, sorted((s.article_id, s.start) for s in spans)),
    )
