"""The one figure reports of one story each give in a specific unit, when the figures differ.

"a 38-hectare extension" / "to extend its workings by 83 hectares", "poisoning 12
red kites" / "where nine red kites and two buzzards were found": no measure of
measures.py names these figures, yet each report gives one figure counted in
hectares, or in red kites, and a story has one such figure. Read conservatively:

- the articles report one story (``story_pairs``) and appeared within two days
  of each other (counts move: "eight contests" won, and four days later "nine");
- the unit is specific: a unit of measurement (hectares, kilometres, tonnes) or
  the plural noun a figure counts ("red kites", "HGV movements"), never a generic
  one (people, years, minutes, votes, seats, goals, per cent, money), which one
  story uses for many things ("300 people injured" / "12 people arrested"), unless
  a tally keyed by the name before it ("Varga scored 31 points"); or betting odds ("a 28-1 outsider" / "sent off at 33-1");
- each article gives one figure in that unit (allowing for "about" and "up to"):
  an article with two is counting two things and pairs with nothing;
- the figure is no place along a course ("with 7 kilometres to go", "10 balls to
  spare", "at the 35km mark");
- the figures cannot be one figure written two ways, and are within threefold of
  each other: two newsrooms' figures for one thing differ by a slip or a disputed
  estimate, while "the 162-kilometre stage" and "the last 2.5 kilometres" count
  two things.
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
from claims.nlp.numbers import NUMBER_WORDS, interval, text_quantities
from claims.nlp.quote_lexicon import FUNCTION_CAPS
from claims.nlp.types import ContradictionFinding, Quantity

MAX_RATIO = 3.0  # figures further apart than this count two things
MAX_DAYS_APART = 2  # reports further apart in time may count at two moments
MAX_NOUN_WORDS = 3  # words after a figure read for the noun it counts ("red kites", "HGV lorry movements")

# Units of measurement, by the forms written after a figure.
_MEASUREMENT = {
    **dict.fromkeys(("hectare", "hectares", "ha"), "hectares"),
    **dict.fromkeys(("acre", "acres"), "acres"),
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers"), "kilometres"),
    **dict.fromkeys(("mile", "miles"), "miles"),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons"), "tonnes"),
    **dict.fromkeys(("litre", "litres", "liter", "liters"), "litres"),
    **dict.fromkeys(("kg", "kilogram", "kilograms", "kilo", "kilos"), "kilograms"),
    **dict.fromkeys(("megawatt", "megawatts", "mw"), "megawatts"),
    **dict.fromkeys(("barrel", "barrels"), "barrels"),
    **dict.fromkeys(("storey", "storeys", "story", "stories"), "storeys"),
}
# Betting odds: "a 28-1 outsider", "sent off at 33-1", "at odds of 5/2". Without such words "28-1" is a score.
_ODDS = re.compile(
    r"(?:\b(?:at|odds\s+of)\s+)(?P<a>\d{1,3})[-/](?P<b>\d{1,2})\b(?!-)"
    r"|\b(?P<c>\d{1,3})[-/](?P<d>\d{1,2})\s+(?=(?:joint[- ])?(?:outsider|shot|chance|favourite|favorite|winner)\b)"
)
# Numbers written as words, for where a figure's number ends ("twelve turbines").
_SPELLED = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# Words ending in "s" that are no plural noun: "€118,000 towards the costs".
_NOT_PLURAL = frozenset("towards afterwards besides always perhaps across whereas thus unless its was has is this his".split())
# Plural nouns one story counts many things in.
_GENERIC = frozenset(
    """people persons men women children adults residents staff workers members officers police
    years months weeks days hours minutes seconds times decades centuries nights
    percent pounds dollars euros cents pence points votes seats goals runs wickets tries sets games
    matches rounds laps holes shots strokes rows cases others ones items things parts steps counts
    charges offences offenses states countries nations districts counties cities towns regions provinces
    areas places""".split()
)
# Counts every side or player of a story has, compared only as one named side's or player's own tally
# ("Varga scored 31 points" / "Varga poured in 34 points"): each report giving that name one figure.
_TALLIES = frozenset("points goals votes runs wickets assists rebounds saves".split())
MAX_TALLY_WORDS = 4  # words before a tally its owner's name is looked for in
# A margin of victory: "by <figure>" after a verb of winning in the same clause (not "lead by", a poll's).
_MARGIN_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beating|defeated|defeating|edged|edging|victory)\b[^,;:]*\bby\s+$", re.I
)
_WHOLE_BEFORE = re.compile(
    rf"(?:\d[\d,.]*|\b(?:{_SPELLED}))\s+of\s+(?:the\s+)?(?:(?:last|past|first|next)\s+)?$", re.I
)
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# A place along a course or a count left, not a size: "with 7 kilometres to go", "10 balls to spare".
_PLACE_AFTER = re.compile(r"\s*(?:to\s+(?:go|spare|play|run|ride)|left|remaining|out\b|from\s+(?:the\s+)?(?:finish|line|end|home))")
_PLACE_BEFORE = re.compile(r"\b(?:at\s+the|after|into\s+the|inside\s+the|final)\s*$", re.I)
# A figure that sets a bound is not the story's figure for the thing itself ("travelling at 14 knots" /
# "the maximum safe speed had been six knots").
_LIMIT_BEFORE = re.compile(r"\b(?:maximum|minimum|limit|limits|cap|capped|threshold|target|permitted|allowed|safe)\b", re.I)
_NOT_NOUN = frozenset("a an and as at by for from in into of off on or over than that the to was were with per".split())
_NOUN_RUN = re.compile(rf"(?:-|\s+)((?:[A-Za-z][\w’'-]*\s+){{0,{MAX_NOUN_WORDS - 1}}}[A-Za-z][\w’'-]*)")


@dataclass(frozen=True, slots=True)
class _Figure:
    article_id: int
    text: str  # the figure with its unit ("38-hectare", "12 red kites")
    start: int
    end: int
    unit: str
    amount: Quantity


def _counted(text: str, q: Quantity) -> tuple[str, int] | None:
    """The specific unit ``q`` is counted in (a plural: "hectares", "kites"), and where its words end."""
    digits = re.search(r"\d[\d,.]*|\b(?:" + _SPELLED + r")\b", q.text, re.I)
    number_end = q.start + digits.end() if digits else q.end
    m = _NOUN_RUN.match(text, number_end)
    if m is None:
        return None
    words = m.group(1).split()
    first = words[0].lower()
    if first in _MEASUREMENT:
        return _MEASUREMENT[first], m.start(1) + len(words[0])
    if text[number_end] == "-" and first.isalpha() and first not in _NOT_NOUN:
        # "an 11-turbine wind farm": the noun joined to the figure is what it counts, written singular
        head = f"{first}s"
        if first.endswith("s") or head in _GENERIC or head in _TALLIES:
            return None
        return head, m.start(1) + len(words[0])
    run: list[str] = []
    for w in words:  # the noun phrase: small words and capitals end it, an acronym ("HGV") does not
        if w.lower() in _NOT_NOUN or (w[0].isupper() and not w.isupper()) or not w.isalpha():
            break
        run.append(w)
    # Its head: the last plural word ("red kites"; "kites died" has a verb after it).
    heads = [
        i for i, w in enumerate(run)
        if w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _NOT_PLURAL
    ]
    if not heads:
        return None
    head = run[heads[-1]].lower()
    end = m.start(1) + len(" ".join(run[: heads[-1] + 1]))
    if _MARGIN_BEFORE.search(re.split(r"[.;!?]\s", text[max(0, q.start - 120) : q.start])[-1]):
        # "beating Sanna Ruutela by 2.5 points" / "Brandvold won by 3.5 points": the winning margin
        return f"margin ({head})", end
    if head in _TALLIES:
        if "percentage" in (w.lower() for w in run) or re.search(r"\bby\s+$", text[max(0, q.start - 4) : q.start]):
            return None  # "nine percentage points", "fell by three points", "trailing by five points": polls
        whose = _whose(text, q.start)
        return (f"{head} ({whose})", end) if whose else None
    if head in _GENERIC:
        return None
    return head, end


def _whose(text: str, pos: int) -> str | None:
    """The name a tally belongs to: the last capitalised word, not a small word, in the words of its
    sentence just before it ("Varga scored 31 points", "Varga poured in 34 points")."""
    before = re.split(r"[.!?;:]\s", text[max(0, pos - 60) : pos])[-1]
    names = [w for w in _CAPITALISED.findall(before)[-MAX_TALLY_WORDS:] if w.lower() not in FUNCTION_CAPS]
    names = [w for w in names if w.lower() not in _CALENDAR]
    return re.sub(r"[’']s$", "", names[-1]).lower() if names else None


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _figures(article_id: int, text: str) -> tuple[_Figure, ...]:
    out = []
    for q in text_quantities(text):
        if q.value is None or q.relative_factor is not None or interval(q) is None or " of " in q.text:
            continue  # "four of five states": a share, not a count
        counted = _counted(text, q)
        if counted is None:
            continue
        unit, end = counted
        if _PLACE_AFTER.match(text, end) or _PLACE_BEFORE.search(text[max(0, q.start - 12) : q.start]):
            continue
        if _WHOLE_BEFORE.search(text[max(0, q.start - 40) : q.start]):
            continue  # "eight of the last nine contests": the whole a share is of, not a count of its own
        if _LIMIT_BEFORE.search(re.split(r"[.;!?]\s", text[max(0, q.start - 80) : q.start])[-1]):
            continue  # "the maximum safe speed had been six knots": a limit, not what happened
        out.append(_Figure(article_id, text[q.start : end], q.start, end, unit, q))
    for m in _ODDS.finditer(text):
        against, on = (int(m.group("a") or m.group("c")), int(m.group("b") or m.group("d")))
        start = m.start("a") if m.group("a") else m.start("c")
        end = m.end("b") if m.group("b") else m.end("d")
        if on:
            odds = Quantity(text[start:end], start, end, against / on, "odds")
            out.append(_Figure(article_id, odds.text, start, end, "odds", odds))
    return tuple(out)


def _apart(a: Quantity, b: Quantity) -> bool:
    """Figures that cannot be one, yet are near enough to be two newsrooms' figures for one thing."""
    if _one_figure(a, b) or not (a.value and b.value):
        return False
    return max(a.value, b.value) / min(a.value, b.value) <= MAX_RATIO


def _one_figure(a: Quantity, b: Quantity) -> bool:
    ia, ib = interval(a), interval(b)
    return ia is not None and ib is not None and ia[0] <= ib[1] and ib[0] <= ia[1]


def _single(figures: Iterable[_Figure]) -> dict[str, list[_Figure]]:
    """Unit -> the article's figures in it, for units in which it gives one figure (however often)."""
    by_unit: dict[str, list[_Figure]] = defaultdict(list)
    for f in figures:
        by_unit[f.unit].append(f)
    return {u: fs for u, fs in by_unit.items() if all(_one_figure(fs[0].amount, f.amount) for f in fs[1:])}


def unit_figure_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """Number findings for the one figure two reports of one story (``pairs`` of article ids) give in
    one specific unit, where the figures cannot be one: one finding per unit and pair of figures, the
    articles giving either figure gathered on its side."""
    pairs = pairs_within(articles, pairs, MAX_DAYS_APART)
    if not pairs:
        return []
    single = {a.article_id: _single(_figures(a.article_id, a.text)) for a in articles}
    groups = clashing_groups(single, pairs, lambda a, b: _apart(a.amount, b.amount))
    return [_finding(unit, figures) for unit, figures in groups]


def _shown_unit(unit: str) -> str:
    """ "points (varga)" as "Varga’s points"."""
    tally = re.fullmatch(r"(\w+) \((.+)\)", unit)
    return f"{tally.group(2).title()}’s {tally.group(1)}" if tally else unit


def _finding(unit: str, figures: list[_Figure]) -> ContradictionFinding:
    sides = figure_sides(figures, lambda a, b: _one_figure(a.amount, b.amount))
    spans = side_spans(sides)
    shown = " and as ".join(f"“{side[0].text}”" for side in sides[:2])
    return ContradictionFinding(
        kind="number",
        items=tuple(spans),
        explanation=f"Reports of one story each give one figure in {_shown_unit(unit)}, as {shown}",
        key=stable_key("unit-figure", unit, sorted((s.article_id, s.start) for s in spans)),
    )
