"""What an amount measures, when the words around it say so in a few general ways.

``measure_of(text, q)`` names the measure an amount is the figure for ("jailed
for *six years*" is a prison term, "a crowd of *18,200*" an attendance,
"*£240,000* in bribes" a bribe total) and returns the amount in a comparable
form (a term in months, a headcount with no unit, money in its currency).

Only amounts tied to a measure word by a fixed shape count: the word just
before the amount with a linking word ("crowd of", "bribes worth", "jailed
for", "killed"), just after it with "in"/"of" ("five years in prison"), as its
counted noun ("12 deaths") or as the verb its counted noun governs ("11,000
supporters watched"). Ages ("Castell, 54"), durations of other things ("over
three years"), ranks and dates have no such tie and get no measure. Figures a
clause marks as hypothetical, past or typical ("faces up to 14 years", "last
season's average crowd of 9,000") get none either: another report's figure
for this event does not contradict them. Vague amounts ("thousands of fans")
get none: "thousands" against "18,200" is a manner of speaking, not a dispute.

The lexicon is general English for measures news reports of one event give
(prison terms, crowds, deaths, injuries, arrests, bribes, sums stolen, costs,
fines, sums to repay, job cuts, turnout, majorities); it names no person, place or outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claims.nlp.numbers import unit_key
from claims.nlp.types import Quantity


@dataclass(frozen=True, slots=True)
class _Measure:
    name: str  # "prison term"
    family: str  # "duration" | "headcount" | "money" | "percent"
    nouns: str  # regex alternation: the measure as a noun ("crowd", "bribes")
    verbs: str  # regex alternation: the measure as a verb ("jailed", "attended")
    # Nouns an amount of this measure stands before, a few words apart at most ("a £2bn rail plan").
    fronts: str = ""
    # What follows the amount's noun, a few words apart at most, to make it this measure ("2,400 posts
    # would go"): the noun alone says nothing ("created 4,000 jobs" is no cut).
    follows: str = ""
    # Every counted noun counts the whole ("4,200 civil service jobs", "2,400 posts"): no part to keep apart.
    whole: bool = False
    # Words right after the amount that make it this measure ("nine years behind bars").
    after: str = ""


_MEASURES = (
    _Measure("prison term", "duration",
             r"prison|jail|gaol|custody|imprisonment|(?:prison |jail |custodial )?sentences?|(?:prison|jail|custodial) terms?",
             r"jailed|imprisoned|gaoled|sentenced|locked up", after=r"behind bars"),
    _Measure("crowd", "headcount",
             r"crowd|attendance|audience|gate",
             r"attended|watched|turned out|packed|filled|gathered|in front of"),
    _Measure("death toll", "headcount",
             r"deaths|dead|death toll|toll|fatalities|lives",
             r"killed|died|perished|killing"),
    _Measure("injuries", "headcount", r"injuries|injured|wounded", r"injured|wounded|hurt|injuring|wounding"),
    _Measure("arrests", "headcount", r"arrests|detentions", r"arrested|detained"),
    _Measure("bribes", "money", r"bribes?|kickbacks?|backhanders?|pay-?offs?|bribery", r"bribed"),
    _Measure("sum taken", "money", r"fraud|theft|embezzlement|scam",
             r"stole|stolen|stealing|embezzled|embezzling|defrauded \w+(?: \w+)? (?:of|out of)|"
             r"siphon(?:ed|ing)(?: off)?|misappropriat(?:ed|ing)|launder(?:ed|ing)|plunder(?:ed|ing)|loot(?:ed|ing)"),
    _Measure("cost", "money", r"cost|costs|price|price tag|bill", r"cost|costs|costing|priced at",
             r"cost|price tag|bill|plan|scheme|project|package|programme|program|deal|contract|investment"),
    _Measure("fine", "money", r"fine|penalty", r"fined"),
    # What a court or jury orders paid to the other side: "awarded the families $45.1 million", "£58,000
    # in damages", "ordered the firm to pay $41.5 million".
    _Measure("award", "money", r"award|damages|compensation|settlement|payout",
             r"awarded|ordered to pay|to pay|ordered \w+(?: \w+){0,3} to pay"),
    _Measure("sum repaid", "money", r"confiscation order|compensation order|repayment",
             r"repay|pay back|hand back|forfeit|ordered to repay|ordered to pay back"),
    _Measure("job cuts", "headcount", r"job cuts|job losses|redundancies|layoffs",
             r"cut|cuts|cutting|axe|axes|axing|shed|sheds|shedding|eliminate|eliminates|eliminating|"
             r"elimination of|scrap|scraps|scrapping|lay off|lays off|laying off",
             follows=r"(?:jobs|posts|positions|roles)\s+(?:would|will|are to|are set to|to)\s+"
                     r"(?:go|be (?:cut|lost|axed|shed|scrapped))", whole=True),
    _Measure("turnout", "percent", r"turnout", r""),
    _Measure("majority", "headcount", r"majority|margin", r""),
)
# Nouns that count people in general: "11,000 supporters watched" is a crowd,
# "12 people died" a death toll. A narrower group ("soldiers", "children") is a
# part of the toll, so it keeps its own unit and pairs only with itself.
_PEOPLE = frozenset(
    "people persons individuals supporters fans spectators attendees onlookers visitors votes seats".split()
)
_LINK_AFTER_NOUN = (
    r"(?:of|worth|totall?ing|amounting to|was|were|is|stood at|reached|rose to|climbed to|hit|put at|at|"
    r"estimated at|numbered|of about|of around|of some)"
)
# Words in the clause before the amount that make it a figure other than this
# event's: a possibility, a demand, a capacity or average, an earlier occasion.
_NOT_THIS_EVENT = re.compile(
    r"\b(?:faces?|faced|facing|could|would|might|(?-i:may)|maximum|max|sought|seeks?|seeking|demand(?:s|ed)?|"
    r"ask(?:s|ed)? for|request(?:s|ed)?|propos(?:e|es|ed)|recommend(?:s|ed)?|possible|potential|risks?|"
    r"expected|capacity|average|previous(?:ly)?|last|earlier|usual(?:ly)?|typical(?:ly)?|if|than)\b",
    re.I,
)
_LATER_NOT_THIS_EVENT = re.compile(
    r"^[^.;:]{0,30}?\b(?:last (?:year|season)|ago|previously|a year earlier)\b", re.I
)
# A score on the way to the result: "Saltmarsh led 2-0 at half-time", "trailing 1-0 after an hour".
_INTERIM_BEFORE = re.compile(r"\b(?:led|leading|lead by|trailed|trailing|was up|were up|were down|was down)\s+(?:by\s+)?$", re.I)
_INTERIM_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,4}?(?:at|by|going into|after)\s+(?:half[- ]?time|the\s+(?:break|interval|half|first half)|"
    r"the\s+end\s+of\s+the\s+first)",
    re.I,
)
# A day between a verb and its amount ("sentenced Thursday to seven years", "jailed on Friday for").
_WHEN = r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
# The one who pays between a money verb and its sum: "the county", "taxpayers", "the two firms".
# "ordered to pay back £1.2m": a particle of the verb is no payer.
_PAYER = r"(?:(?:the|a|an|its|his|her|their|each)\s+)?(?!(?:back|off|out|up|over|in)\b)(?:[a-z]+\s+){1,2}"
_CLAUSE_START = re.compile(r"[.;:!?“”\"()—–]|,\s|\n")
_DURATION_MONTHS = {"day": 1 / 30, "week": 12 / 52, "month": 1.0, "year": 12.0}


def _clause_before(text: str, pos: int) -> str:
    """The words between the start of the amount's clause and the amount."""
    window = text[max(0, pos - 80) : pos]
    cut = [m.end() for m in _CLAUSE_START.finditer(window)]
    return window[cut[-1] :] if cut else window


def _named_by(text: str, q: Quantity, m: _Measure) -> bool:
    """Whether the words around ``q`` tie it to measure ``m`` in one of the fixed shapes."""
    before = _clause_before(text, q.start)
    after = text[q.end : q.end + 40]
    unit = (q.unit or "").lower()
    if re.search(rf"\b(?:{m.nouns})\s+{_LINK_AFTER_NOUN}\s+(?:an? |the )?$", before, re.I):
        return True  # "a crowd of 18,200", "bribes worth about £24,000"
    if m.verbs and re.search(rf"\b(?:{m.verbs})\s+(?:{_WHEN}\s+)?(?:for |to |by )?$", before, re.I):
        return True  # "jailed for six years", "killed at least 12", "sentenced Thursday to seven years"
    if m.family == "money" and m.verbs and re.search(rf"\b(?:{m.verbs})\s+{_PAYER}$", before, re.I):
        return True  # "cost the county about $340,000", "fined the club £50,000": who pays, then the sum
    if m.after and re.match(rf"\s+(?:{m.after})\b", after, re.I):
        return True  # "nine years behind bars"
    if re.match(rf"\s+(?:in|of)\s+(?:{m.nouns})\b", after, re.I):
        return True  # "five years in prison", "£240,000 in bribes"
    if "-" in q.text and re.match(rf"\s+(?:[a-z]+\s+)?(?:{m.nouns})\b", after, re.I):
        return True  # "a six-year prison sentence"
    if "-" in q.text and m.name == "prison term" and re.match(r"\s+terms\b", after, re.I):
        # "the original two-year terms" (the defendants'); one "four-year term" is as often an office's
        return True
    if m.fronts and re.match(rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{m.fronts})\b", after, re.I):
        return True  # "a £2bn rail plan", "the £2bn cost"
    if m.follows and re.match(rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{m.follows})\b", text[q.end : q.end + 80], re.I):
        return True  # "2,400 civil service posts would go"
    if re.fullmatch(rf"(?:{m.nouns})", unit) and m.family != "duration":
        return True  # "12 deaths", "30 arrests"
    counted = unit in _PEOPLE or unit == "" or re.fullmatch(rf"(?:{m.verbs})", unit or "-") is not None
    if m.verbs and m.family == "headcount" and counted:
        verb_follows = re.match(rf"\s*(?:(?:were|was|have been|had been|are)\s+)?(?:{m.verbs})\b", after, re.I)
        return bool(verb_follows or (m.verbs and re.fullmatch(rf"(?:{m.verbs})", unit)))
    return False


def _comparable(q: Quantity, m: _Measure) -> Quantity | None:
    """``q`` in the measure's comparable unit, or None when its unit does not fit the measure."""
    unit = (q.unit or "").lower()
    if m.family == "duration":
        span = re.fullmatch(r"(day|week|month|year)s?", unit_key(unit) or "")
        if span is None or q.value is None:
            return None
        # Vague amounts never get here (measure_of skips them), so there is no range to scale.
        return replace(q, value=q.value * _DURATION_MONTHS[span.group(1)], unit="months")
    if m.family == "money":
        return q if q.unit and q.unit.isupper() and len(q.unit) == 3 else None  # a currency code
    if m.family == "percent":
        return q if unit == "percent" else None
    if m.whole or not unit or unit in _PEOPLE or re.fullmatch(rf"(?:{m.nouns}|{m.verbs or '-'})", unit):
        return replace(q, unit=None)  # every way of counting the whole crowd or toll
    if unit == "percent":
        return None  # "killed 81 percent of the victims": a share, not a count
    return q if q.unit and q.unit[0].islower() else None  # "12 soldiers": a part, kept apart


@dataclass(frozen=True, slots=True)
class MeasuredAmount:
    measure: str  # the measure's name ("crowd")
    amount: Quantity  # as written, offsets into the text
    comparable: Quantity  # the amount in the measure's comparable unit

    @property
    def what(self) -> tuple[str, str | None]:
        """The measure and the unit it is counted in: "12 soldiers" killed and "30 people" killed are
        different counts, neither agreeing nor disagreeing."""
        return self.measure, unit_key(self.comparable.unit)


def measure_of(text: str, q: Quantity) -> MeasuredAmount | None:
    """The measure ``q`` is the figure for in ``text``, or None when the words do not say (or say it is
    a figure other than this event's: a possibility, an average, an earlier occasion)."""
    if q.value is None or q.relative_factor is not None:
        return None
    if q.unit == "score":
        # A result ("beat Kestrel 3-1", "a 4-3 ruling", "by five votes to two") is the figure of the
        # match or vote a report is about; a half-time or an earlier one says so ("led 1-0 at the
        # break" gives a report two results, and such a report pairs with nothing).
        before = _clause_before(text, q.start)
        if _other_occasion(text, q, before) or _INTERIM_BEFORE.search(before) or _INTERIM_AFTER.match(text, q.end):
            return None
        return MeasuredAmount("result", q, q)
    for m in _MEASURES:
        if not _named_by(text, q, m):
            continue
        comparable = _comparable(q, m)
        if comparable is None or _other_occasion(text, q, _clause_before(text, q.start)):
            return None
        return MeasuredAmount(m.name, q, comparable)
    return _count_of_things(text, q)


def _other_occasion(text: str, q: Quantity, before: str) -> bool:
    """The words around ``q`` (``before``: its clause up to it) make it a figure other than this
    event's: a possibility, a demand, an average, an earlier occasion."""
    return bool(_NOT_THIS_EVENT.search(before) or _LATER_NOT_THIS_EVENT.search(text[q.end : q.end + 60]))


_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades centuries".split())
# The verb that governs a count, right before it ("made 14 recommendations"), after hedges ("some").
_GOVERNING_VERB = re.compile(r"\b([a-z]{2,})\s+(?:(?:about|around|some|nearly|almost|roughly|only|just|a total of)\s+)?$")
# Words that stand there without being a verb: the count is then a figure of a phrase ("by three
# points", "until 55 countries", "among some 55,000 pages"), which says nothing of what it counts.
_NOT_VERBS = frozenset(
    """by of in to until among with for from at on than and or but nor the a an as into onto over under
    about around between within without against per via after before since during out up off down back
    all his her their its our my your this that these those each every another other whose which
    who whom what there here then also not no through including despite like near across toward
    towards upon beyond except plus minus versus vs top bottom just only""".split()
)
_IRREGULAR = {"made": "make", "won": "win", "took": "take", "gave": "give", "held": "hold", "sold": "sell",
              "lost": "lose", "found": "find", "brought": "bring", "left": "leave", "paid": "pay",
              "spent": "spend", "built": "build", "sent": "send", "kept": "keep", "has": "have", "had": "have", "got": "get", "saw": "see", "seen": "see", "named": "name"}


def _lemma(verb: str) -> str:
    """One form for a verb's inflections: "makes", "made", "make" -> "mak"; "replacing", "replaced" -> "replac"."""
    verb = _IRREGULAR.get(verb, verb)
    if len(verb) > 4:
        verb = re.sub(r"(?:ing|ed|es|s)$", "", verb)
    return verb.rstrip("e")


def _count_of_things(text: str, q: Quantity) -> MeasuredAmount | None:
    """ "made 14 recommendations" / "makes 16 recommendations", "replacing seven ministers": a count of
    the things the plural noun after the figure names, done by the verb right before it; each noun and
    verb is a measure of its own ("signed by 175 countries" and "until 55 countries" count nothing a
    verb says). People counted in general ("fans", "people") are left to the measures above;
    durations and adjectives ("a 212-page report") count nothing."""
    unit = q.unit or ""
    if (
        not re.fullmatch(r"[a-z]{3,}s", unit)
        or unit in _PEOPLE
        or unit in _TIME_UNITS
        or "-" in q.text
        or q.bound != "exact"
    ):
        return None
    before = _clause_before(text, q.start)
    verb = _GOVERNING_VERB.search(before)
    if verb is None or verb.group(1) in _NOT_VERBS or _other_occasion(text, q, before):
        return None
    return MeasuredAmount(f"count ({_lemma(verb.group(1))})", q, q)
