"""Find and normalise the amounts stated in news text.

``find_quantities`` turns "$350 billion", "hundreds of billions of dollars",
"roughly half of that amount", "fewer than 30,000 troops", "25% tariffs",
"three-year war" or "£2bn" into :class:`Quantity` values (value, unit, scale,
approximation, bound, range, relative factor) with offsets into the text.
``quantities_compatible`` says whether two amounts can describe the same
figure once approximations, bounds and ranges are taken into account.

Plain regular expressions: amounts in news copy follow a handful of shapes,
and a rule that is wrong can be read and fixed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from claims.nlp.types import Quantity

_WORD_VALUES = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
    "a dozen": 12,
    "a hundred": 100,
    "a thousand": 1000,
    "one": 1,
    "a": 1,
    "an": 1,
}
# The one-word numbers ("twelve", "forty") for readers that look for where a figure's number ends.
NUMBER_WORDS = frozenset(w for w in _WORD_VALUES if " " not in w and w not in {"a", "an"})
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
}
_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
def spelled_number(word: str) -> int | None:
    """The value of a number written as one word, two to ninety ("thirty" -> 30); None otherwise.
    "one", "a" and "hundred" are left out: as words they more often mean something else."""
    value = _WORD_VALUES.get(word.lower())
    return value if value is not None and 2 <= value <= 90 else None


_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "rubles": "RUB",
    "roubles": "RUB",
    "hryvnias": "UAH",
    "yuan": "CNY",
}
# Vague plurals: "hundreds of" spans one order of magnitude above its base.
_VAGUE = {
    "dozens": (24.0, 100.0),
    "scores": (40.0, 100.0),
    "hundreds": (100.0, 1000.0),
    "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7),
    "billions": (1e9, 1e10),
    "trillions": (1e12, 1e13),
    "tens": (10.0, 100.0),
}
_FACTORS = {
    "half": 0.5,
    "a half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "two-thirds": 2 / 3,
    "two thirds": 2 / 3,
    "three-quarters": 0.75,
    "three quarters": 0.75,
    "twice": 2.0,
    "double": 2.0,
    "triple": 3.0,
    "three times": 3.0,
    "four times": 4.0,
    "five times": 5.0,
    "ten times": 10.0,
}
_TIME_UNITS = "second|minute|hour|day|week|month|year|decade|century|generation"

_APPROX = (
    r"roughly|about|around|approximately|nearly|almost|some|an estimated|estimated|close to|circa|just about"
)
_LOWER = r"(?:a little |slightly |just |well |far )?(?:more than|over|above|at least|upwards of|in excess of|exceeding)"
_UPPER = r"(?:a little |slightly |just |well |far )?(?:fewer than|less than|under|below|at most|up to|no more than|not more than)"
_MODIFIER = re.compile(rf"(?:\b(?P<lower>{_LOWER})|\b(?P<upper>{_UPPER})|\b(?P<approx>{_APPROX}))\s+$", re.I)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Verbose regexes ignore literal spaces, hence the \s+ inside "a dozen".
_WORDNUM = "|".join(
    w.replace(" ", r"\s+")
    for w in sorted((w for w in _WORD_VALUES if w not in {"a", "an", "one"}), key=len, reverse=True)
)
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_SCALE_WORD = r"thousand|million|billion|trillion"
_SCALE_ABBR = r"bn|mn|mln|m|k|tn|trn|b"
_NUMERIC = re.compile(
    rf"""(?P<cur>US\$|\$|£|€|¥)?\s?
    (?:(?P<num>{_NUM})|(?P<word>\b(?:{_WORDNUM}|one|an?)\b))
    (?:(?P<abbr>(?<=\d)(?:{_SCALE_ABBR})\b)|(?:\s|(?<=\d))(?P<scale>{_SCALE_WORD})s?\b)?
    (?P<pct>\s?%|\s(?:per\s?cent|percent)\b)?
    (?:(?P<hyph>-(?:{_TIME_UNITS}|[a-z]+))(?:-old)?\b)?""",
    re.I | re.X,
)
_VAGUE_RE = re.compile(
    r"\b(?P<vague>dozens|scores|tens|hundreds|thousands|millions|billions|trillions)"
    r"(?: of (?P<vscale>thousands|millions|billions))?(?= of |\s)",
    re.I,
)
_FACTOR_WORDS = "|".join(sorted((re.escape(k) for k in _FACTORS), key=len, reverse=True))
_AMOUNT_NOUN = r"amount|figure|sum|number|total|level|estimate|sums|amounts|figures|numbers|totals|estimates"
# "half of that amount", "twice that": a share of an amount stated before. "half
# of the voters" or "a third of those polled" is a share of a group, not of an
# amount, so "the/those/these" count only with an amount noun, and a bare
# "that/this" only where no other noun follows it.
_RELATIVE_RE = re.compile(
    rf"\b(?P<factor>{_FACTOR_WORDS})\s+(?:of\s+)?"
    rf"(?:(?:that|this|the|those|these)\s+(?:{_AMOUNT_NOUN})\b"
    r"|(?:that|this)\b(?!\s+(?!(?:in|on|at|of|for|by|to|from|and|or|but|with|as|is|was|were|will|would|had|has|"
    r"the|a|an|again|now|year|time)\b)[a-z]))",
    re.I,
)
_UNIT_WORD = re.compile(
    r"\s+(?:of\s+)?(?:(?:[A-Z][\w’'-]*|new|more|additional|other|extra)\s+){0,2}(?P<unit>[a-z][a-z-]+)\b"
)
_UNIT_STOP = frozenset(
    """of the a an and or to in on at by for from with as that this than is are was were be been
    has have had will would could should may might can it its their his her our per who which
    times percent cent more less over under about years-old ago after before later earlier
    said says told up down out into between among against during since until while than
    thousand million billion trillion""".split()
)


def _number_value(m: re.Match[str]) -> float | None:
    if m.group("num"):
        return float(m.group("num").replace(",", ""))
    word = re.sub(r"\s+", " ", (m.group("word") or "").lower())
    return float(_WORD_VALUES[word]) if word in _WORD_VALUES else None


def _unit_after(text: str, pos: int, end: int) -> tuple[str | None, int]:
    """The counted noun right after an amount ("troops", "dollars") and where it ends."""
    m = _UNIT_WORD.match(text, pos, end)
    if not m or m.group("unit").lower() in _UNIT_STOP:
        return None, pos
    word = m.group("unit").lower()
    return _CURRENCY_WORDS.get(word, word), m.end()


def _modifier_before(text: str, pos: int) -> tuple[int, bool, str]:
    """Start, approx flag and bound given by the words before an amount."""
    m = _MODIFIER.search(text, max(0, pos - 30), pos)
    if not m:
        return pos, False, "exact"
    if m.group("lower"):
        return m.start(), "little" in m.group("lower").lower() or "just" in m.group("lower").lower(), "lower"
    if m.group("upper"):
        return m.start(), "just" in m.group("upper").lower(), "upper"
    return m.start(), True, "exact"


def _is_bare_year(m: re.Match[str], value: float) -> bool:
    """A year or a date part ("in 2022", "February 24") is not an amount."""
    if m.group("cur") or m.group("abbr") or m.group("scale") or m.group("pct") or m.group("hyph"):
        return False
    if not m.group("num"):
        return False
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    after = m.string[m.end() : m.end() + 4].lower()
    if re.search(rf"\b(?:{_MONTHS})[a-z]*\.?\s*$", before) or re.match(r"\s*(?:st|nd|rd|th)\b", after):
        return True  # "February 24", "24th"
    if re.search(r"\d[:.]$", before) or re.match(r"[:.]\d|\s*[ap]\.?m\b", after):
        return True  # clock times: "10:30", "9 am"
    # "2,000 people": a thousands separator is never written in a year.
    return 1800 <= value <= 2100 and "." not in m.group("num") and "," not in m.group("num")


def _is_time_span(text: str, m: re.Match[str], unit: str | None, stop: int) -> bool:
    """ "a week ago", "more than a year": a/an/one counts only as a time span.

    Bare "one day" or "a year" is idiom more often than an amount, so a
    modifier before it or "ago"/"later"/"earlier" after it is required.
    """
    if not (unit and re.fullmatch(rf"(?:{_TIME_UNITS})s?", unit)):
        return False
    if re.match(r"\s+(?:ago|later|earlier|before|after|from now)\b", text[stop : stop + 12]):
        return True
    return bool(
        _MODIFIER.search(
            text, max(0, m.start() - 30), m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        )
    )


_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b")
_UNIT_AND_A_HALF = re.compile(r"\s+(?:year|month|week|day|hour)\s+and\s+a\s+half\b", re.I)
# A smaller unit of time after a larger one: "seven years and six months", "eight hours and 50 minutes",
# "1 day, 14 hours and 22 minutes", "four minutes 40 seconds".
_SMALLER_TIME = re.compile(
    r"(?:\s+and\s+|,\s*(?:and\s+)?|\s+)(?P<n>\d{1,2}|[a-z]+)\s+(?P<u>months?|hours?|minutes?|seconds?)\b", re.I
)
# Each unit of a compound time, in the one before it: a year of months, a day of hours ...
_TIME_STEPS = {"year": ("month", 12.0), "day": ("hour", 24.0), "hour": ("minute", 60.0), "minute": ("second", 60.0)}


def time_parts(q: Quantity) -> tuple[Quantity, ...]:
    """The smaller units of a compound time ("40 minutes" of "nine hours and 40 minutes"), each as an
    amount of its own: two reports giving one wait as "nine hours and 40 minutes" and "six hours and
    40 minutes" share a part, as two sentences about one thing do."""
    out = []
    for m in _SMALLER_TIME.finditer(q.text):
        n = m.group("n").lower()
        amount = float(n) if n.isdigit() else _WORD_VALUES.get(n)
        if amount is not None:
            start = q.start + m.start("n")
            out.append(Quantity(q.text[m.start("n") : m.end()], start, q.start + m.end(), amount, m.group("u")))
    return tuple(out)


def _compound_time(text: str, value: float, unit: str, stop: int, end: int) -> tuple[float, int]:
    """ "seven years and six months" is one term of 7.5 years, "eight hours and 50 minutes" one span of
    8.83 hours, not two figures each."""
    scale, current = 1.0, unit.lower().rstrip("s")
    while current in _TIME_STEPS:
        m = _SMALLER_TIME.match(text, stop, end)
        smaller, per = _TIME_STEPS[current]
        if m is None or m.group("u").lower().rstrip("s") != smaller:
            break
        n = m.group("n").lower()
        amount = float(n) if n.isdigit() else _WORD_VALUES.get(n)
        if amount is None or amount >= per:
            break
        scale *= per
        value, stop, current = value + amount / scale, m.end(), smaller
    return value, stop


_DIMENSION_AFTER = re.compile(r"\s+(?:tall|high|long|wide|deep)\b")


def _numeric(text: str, m: re.Match[str], end: int) -> Quantity | None:
    value = _number_value(m)
    word = (m.group("word") or "").lower()
    if value is None or _is_bare_year(m, value):
        return None
    scale = m.group("abbr") or m.group("scale")
    if scale == "m" and not m.group("cur") and _DIMENSION_AFTER.match(text, m.end(), end):
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        return Quantity(text[start : m.end()], start, m.end(), value, "metres")  # "each 149m tall": not millions
    value *= _SCALES[scale.lower()] if scale else 1.0
    unit: str | None = _CURRENCY_SYMBOLS.get((m.group("cur") or "").lower())
    stop = m.end()
    unit_and_half = _UNIT_AND_A_HALF.match(text, m.end(), end) if word in {"a", "an", "one"} else None
    if m.group("pct"):
        unit = "percent"
    elif m.group("hyph"):
        unit = m.group("hyph").lstrip("-").lower()
    elif unit is None and unit_and_half:
        # "a year and a half": the half comes after the unit.
        unit, _ = _unit_after(text, m.end(), end)
        value, stop = value + 0.5, unit_and_half.end()
    elif unit is None:
        half = _AND_A_HALF.match(text, m.end(), end)
        half_unit = _unit_after(text, half.end(), end) if half else (None, 0)
        if half_unit[0]:  # "seven and a half years"
            value += 0.5
            unit, stop = half_unit
        else:
            unit, stop = _unit_after(text, m.end(), end)
        if unit and unit.rstrip("s") in _TIME_STEPS:
            value, stop = _compound_time(text, value, unit, stop, end)
    elif re.match(r"\s+(?:US\s+)?dollars\b", text[m.end() : end]):
        stop = m.end() + re.match(r"\s+(?:US\s+)?dollars\b", text[m.end() : end]).end()
    # "one", "a", "an" only count before a time unit ("a week ago"), else "one of" is noise.
    if word in {"a", "an", "one"} and not unit_and_half and not _is_time_span(text, m, unit, stop):
        return None
    if m.group("num") and m.group("num").isdigit() and unit is None and not scale:
        # A lone small integer with no unit ("section 5", "4-3") says too little to compare.
        if value < 10 or re.search(r"[:/]\s*$", text[max(0, m.start() - 2) : m.start()]):
            return None
    start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
    mstart, approx, bound = _modifier_before(text, start)
    return Quantity(text[mstart:stop], mstart, stop, value, unit, approx, bound)


def _vague(text: str, m: re.Match[str], end: int) -> Quantity | None:
    key = m.group("vague").lower()
    if key == "tens" and not m.group("vscale"):
        return None
    low, high = _VAGUE[key]
    if m.group("vscale"):
        mult = _VAGUE[m.group("vscale").lower()][0]
        low, high = low * mult, high * mult
    unit, stop = _unit_after(text, m.end(), end)
    mstart, _, bound = _modifier_before(text, m.start())
    return Quantity(text[mstart:stop], mstart, stop, None, unit, True, bound, low, high)


def _relative(text: str, m: re.Match[str]) -> Quantity:
    factor = _FACTORS[re.sub(r"\s+", " ", m.group("factor").lower())]
    mstart, approx, bound = _modifier_before(text, m.start())
    return Quantity(
        text[mstart : m.end()], mstart, m.end(), None, None, approx, bound, relative_factor=factor
    )


# A result written as two small numbers ("beat Kestrel 3-1", "a 5-4 ruling"), told apart from
# ranges ("18-24") and dates by a result word nearby.
_SCORE = re.compile(
    # a chess match's half points: "2½-1½", "2.5-1.5"
    r"(?<![\d.,/:–-])(?P<a>\d{1,3}(?:½|\.5)?)\s?[-–]\s?(?P<b>\d{1,3}(?:½|\.5)?)"
    r"(?![\d:/%]|[.,]\d|[-–]?\s?(?:year|month|week|day|hour|minute|percent|per))"
)
_RESULT_CUE = re.compile(
    r"\b(?:beat(?:s|en|ing)?|lo(?:st|se|ses|sing)|w(?:on|in|ins|inning)|dr(?:ew|aw|aws)|defeat(?:s|ed)?|"
    r"victory|triumph|thrash\w*|edged|routed|rout|led|lead(?:s|ing)?|trail\w*|rul(?:ed|ing)|decision|vote[ds]?|"
    r"verdict|margin|majority|scored?|scoreline|result|finished|ended|match|game|final|"
    r"passed|approved|carried|ratified|rejected|split(?:s|ting)?|went\s+down|prevailed|clinched|sealed)\b",
    re.I,
)
# A split vote in words: "by five votes to two", "a majority of five to two", "voted 9 to 3", "voting 112 to 87".
_SMALL_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_WORDED_SCORE = re.compile(
    rf"\b(?:by|majority of|vot(?:ed|ing)|votes? of)\s+(?P<a>{_SMALL_NUMBER})\s+(?:votes?\s+)?to\s+(?P<b>{_SMALL_NUMBER})\b",
    re.I,
)
# Set scores of one match ("6-4, 3-6, 7-5"): one result, compared whole.
_SET_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _score(text: str, m: re.Match[str]) -> Quantity | None:
    """A match result or split vote, as one comparable value (the higher number first: a 3-1 win
    and a 1-3 defeat are one score); None without a result word nearby."""
    a, b = _points(m.group("a")), _points(m.group("b"))
    window = text[max(0, m.start() - 40) : m.end() + 25]
    if not _RESULT_CUE.search(window):
        return None
    value = _score_value([(a, b)])
    return Quantity(m.group(0), m.start(), m.end(), value, "score", low=value, high=value)


def _points(number: str) -> float:
    """ "2½" and "2.5" as 2.5; "3" as 3."""
    return float(number.replace("½", ".5"))


def _score_value(pairs: list[tuple[float, float]]) -> float:
    """One comparable value for a result: "3-1" and "1-3" are one score; set scores keep their order,
    packed so that two sequences are equal only when every set is (a float holds 2^53 exactly)."""
    if len(pairs) == 1:
        a, b = pairs[0]
        return float(max(a, b) * 1000 + min(a, b))
    value = 0
    for a, b in pairs:
        value = value * 1_000_000 + a * 1000 + b
    return float(value % (2**53))


def _scores(text: str, start: int, end: int) -> list[Quantity]:
    """Results, with the scores of one match's sets written in a row ("6-4, 3-6, 7-5") as one result;
    the result word may stand before the first set or after the last."""
    out: list[Quantity] = []
    run: list[re.Match[str]] = []
    for m in [*_SCORE.finditer(text, start, end), None]:
        if m is not None and run and _SET_SEPARATOR.fullmatch(text, run[-1].end(), m.start()):
            run.append(m)
            continue
        if len(run) > 1:
            first, last = run[0].start(), run[-1].end()
            if _RESULT_CUE.search(text[max(0, first - 60) : last + 40]):  # a set list is longer: a wider window
                value = _score_value([(_points(r.group("a")), _points(r.group("b"))) for r in run])
                out.append(Quantity(text[first:last], first, last, value, "score", low=value, high=value))
        elif run and (score := _score(text, run[0])) is not None:
            out.append(score)
        run = [m] if m is not None else []
    return out


def _worded_score(m: re.Match[str]) -> Quantity:
    a, b = (int(x) if x.isdigit() else int(_WORD_VALUES[x.lower()]) for x in (m.group("a"), m.group("b")))
    value = _score_value([(a, b)])
    return Quantity(m.group(0), m.start(), m.end(), value, "score", low=value, high=value)


def _candidates(text: str, start: int, end: int) -> list[Quantity]:
    found: list[Quantity] = []
    found += _scores(text, start, end)
    found += [_worded_score(m) for m in _WORDED_SCORE.finditer(text, start, end)]
    for m in _RELATIVE_RE.finditer(text, start, end):
        found.append(_relative(text, m))
    for m in _VAGUE_RE.finditer(text, start, end):
        vague = _vague(text, m, end)
        if vague is not None:
            found.append(vague)
    scores = list(found)
    for m in _NUMERIC.finditer(text, start, end):
        if m.group(0).strip() and not any(sc.start < m.end() and m.start() < sc.end for sc in scores):
            q = _numeric(text, m, end)
            if q is not None:
                found.append(q)
    return found


def _drop_overlaps(found: list[Quantity], start: int, end: int) -> list[Quantity]:
    """Keep the longest of overlapping matches ("hundreds of billions" over "billions")."""
    kept: list[Quantity] = []
    for q in sorted(found, key=lambda q: (-(q.end - q.start), q.start)):
        if q.start < start or q.end > end:
            continue
        if all(q.end <= k.start or q.start >= k.end for k in kept):
            kept.append(q)
    return sorted(kept, key=lambda q: q.start)


_CURRENCY_UNITS = frozenset(set(_CURRENCY_SYMBOLS.values()) | set(_CURRENCY_WORDS.values()))


def _can_refer_to(q: Quantity, ref: Quantity) -> bool:
    """Whether "half of that amount" can point at ``ref``.

    Durations ("three years") are never "that amount"; "amount"/"sum" of a
    money figure means money when one was stated.
    """
    if ref.relative_factor is not None or ref.value is None or ref.end > q.start:
        return False
    return not (ref.unit and re.fullmatch(rf"(?:{_TIME_UNITS})s?", ref.unit))


def resolve_relative(q: Quantity, earlier: Sequence[Quantity], text: str | None = None) -> Quantity:
    """Give a relative amount ("half of that amount") the value it implies.

    It refers to the nearest earlier absolute amount that can be meant (money
    first for "amount"/"sum"); the factor is kept so the reference stays
    visible. Unresolvable references are returned unchanged.
    """
    if q.relative_factor is None or q.value is not None:
        return q
    options = [r for r in earlier if _can_refer_to(q, r)]
    if re.search(r"\b(?:amount|sum)s?\b", q.text, re.I) and any(r.unit in _CURRENCY_UNITS for r in options):
        options = [r for r in options if r.unit in _CURRENCY_UNITS]
    if text is not None and options and re.fullmatch(r"\s*[,–—-]\s*", text[options[-1].end : q.start]):
        # "€790 million, roughly a third of the figure the mayor gave": the
        # relative amount describes the amount beside it, so it refers further back.
        options = options[:-1]
    if not options:
        return q
    ref = options[-1]
    return replace(q, value=ref.value * q.relative_factor, unit=ref.unit)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Amounts in ``text[start:end]``, in order, with offsets into ``text``.

    Relative amounts are resolved against the nearest earlier amount in the
    whole text, so a sentence-sized window still knows what "that amount" is.
    """
    end = len(text) if end is None else max(start, min(end, len(text)))
    start = max(0, min(start, end))
    found = _drop_overlaps(_candidates(text, start, end), start, end)
    if not any(q.relative_factor is not None for q in found):
        return found
    before = _drop_overlaps(_candidates(text, max(0, start - 2000), start), max(0, start - 2000), start)
    context = before + found
    return [resolve_relative(q, [c for c in context if c.end <= q.start], text) for q in found]


@lru_cache(maxsize=1024)  # whole article texts: several story rules read every related article's amounts
def text_quantities(text: str) -> tuple[Quantity, ...]:
    """Every amount of a whole text, read once per text for all the rules that need them."""
    return tuple(find_quantities(text))


EXACT_MARGIN = 0.02  # rounding in an exact-looking figure
MAX_APPROX_MARGIN = 0.15  # "about 300,000" allows 255,000 to 345,000
MIN_APPROX_MARGIN = 0.05


def _approx_margin(value: float) -> float:
    """How far "about <value>" may be off: as far as the written figure's last significant digit goes
    ("about 340,000" is precise to the ten thousand, "about 300,000" only to the hundred thousand),
    within 5 % and 15 % of the value. "About $340,000" and "roughly $430,000" are two figures, not
    one figure rounded two ways."""
    if value == 0:
        return MAX_APPROX_MARGIN
    step = 10.0 ** Decimal(repr(abs(value))).normalize().as_tuple().exponent
    return min(MAX_APPROX_MARGIN, max(MIN_APPROX_MARGIN, step / abs(value)))


def interval(q: Quantity) -> tuple[float, float] | None:
    """The span of values ``q`` allows: exact figures get a rounding margin,
    approximate ones a wider one, bounds are open on one side."""
    if q.low is not None and q.high is not None:
        low, high = q.low, q.high
    elif q.value is not None:
        margin = _approx_margin(q.value) if q.approx else EXACT_MARGIN
        low, high = q.value * (1 - margin), q.value * (1 + margin)
    else:
        return None
    if q.bound == "lower":
        return low, math.inf
    if q.bound == "upper":
        return 0.0, high
    return low, high


def unit_key(unit: str | None) -> str | None:
    """Units compare by stem: "troops" and "troop" are one unit."""
    if unit is None:
        return None
    u = unit.lower()
    return u[:-1] if len(u) > 3 and u.endswith("s") and not u.endswith("ss") else u


def quantities_compatible(a: Quantity, b: Quantity, context: Sequence[Quantity] = ()) -> bool:
    """True unless ``a`` and ``b`` measure the same unit and cannot be the same figure.

    ``context`` holds earlier amounts of the text, used to resolve a relative
    amount ("roughly half of that amount") that has no value yet. Amounts in
    different units, or without a value, are never called incompatible: there
    is nothing to compare.
    """
    a, b = resolve_relative(a, context), resolve_relative(b, context)
    ua, ub = unit_key(a.unit), unit_key(b.unit)
    if ua and ub and ua != ub:
        return True
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]
