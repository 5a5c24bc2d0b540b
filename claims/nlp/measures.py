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
    # An outbreak's sick: "More than 2,000 people fell ill", "left 2,180 people ill", "1,200 were sickened".
    _Measure("illness", "headcount", r"illnesses|infections|cases of illness",
             r"fell ill|falling ill|taken ill|became ill|sickened|made ill", after=r"ill|sick"),
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
    if "-" in q.text and m.name == "prison term" and re.match(
        r"\s+term\s+(?:in|of)\s+(?:custody|prison|jail|detention|imprisonment)\b", after, re.I
    ):
        return True  # "the six-year term in custody": a term of custody, not an office's
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
    lasting = _duration_of_thing(text, q)  # before the money measures: "a 20-year deal" is no cost
    if lasting is not None:
        return lasting
    for m in _MEASURES:
        if not _named_by(text, q, m):
            continue
        comparable = _comparable(q, m)
        if comparable is None or _other_occasion(text, q, _clause_before(text, q.start)):
            return None
        return MeasuredAmount(m.name, q, comparable)
    return (
        _age_of(text, q) or _vote_share(text, q) or _owned_count(text, q) or _count_of_things(text, q)
    )


# "a 19-year-old apprentice", "the 47-year-old manager": the person the age describes, by the noun.
_AGED_NOUN = re.compile(r"\s+([a-z]{3,})\b")
# "Conrad Ilsley, 52," / "Ilsley (52)": the person the age follows, by full name.
_NAME_BEFORE_AGE = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+)(?:,\s*|\s+\()$")
# Words after "-year-old" that are no person, or a verb ("the 52-year-old admits"; "-ed" forms are
# left out as a whole: "the 52-year-old accepted").
_NOT_PEOPLE_AFTER_AGE = frozenset(
    """who whom whose which that and but was is had has have will would could can may might must
    says said tells told admits admitted claims denies insists adds added says car building law
    record company firm house home""".split()
)


def _age_of(text: str, q: Quantity) -> MeasuredAmount | None:
    """A person's age, keyed by who it describes: "a 19-year-old apprentice" (the noun) or "Conrad Ilsley,
    52," (the full name). Two reports of one story giving the apprentice two ages disagree; "the
    47-year-old said" names no one and gets no measure."""
    if q.value is None or not 0 < q.value < 120:
        return None
    if re.fullmatch(r"\d{1,3}-year-old", q.text):
        noun = _AGED_NOUN.match(text, q.end)
        if noun is None or noun.group(1) in _NOT_PEOPLE_AFTER_AGE or noun.group(1).endswith("ed"):
            return None
        who = noun.group(1)
    elif q.unit is None and re.fullmatch(r"\d{1,3}", q.text) and re.match(r"\s*[,)]", text[q.end : q.end + 2]):
        named = _NAME_BEFORE_AGE.search(text, max(0, q.start - 60), q.start)
        if named is None:
            return None
        who = named.group(1).lower()
    else:
        return None
    return MeasuredAmount(f"age ({who})", q, replace(q, unit=None))


# "took 55.8% of the 38,363 votes cast", "winning almost 56 per cent of the vote", "won the contest with
# 58 percent of the vote": a share a candidate won, said with a verb of winning (a poll's "leads with 35
# percent" or "has 38 percent" is no result).
_SHARE_OF_VOTE = re.compile(r"\s+of\s+the\s+(?:[\d,]+\s+)?(?:votes?|ballots?)\b", re.I)
_WON_BEFORE = re.compile(r"\b(?:won|wins|winning|took|takes|taking|secured|securing|received|receiving|captured|polled)\b", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)(?=[^.!?\n]*$)")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")


def _vote_share(text: str, q: Quantity) -> MeasuredAmount | None:
    """A candidate's share of the vote, keyed by the name that opens its sentence (the winner the sentence
    is about), so that the winner's and the runner-up's shares are never compared."""
    if q.unit != "percent" or not _SHARE_OF_VOTE.match(text, q.end):
        return None
    before = _clause_before(text, q.start)
    window = text[max(0, q.start - 200) : q.start]
    if not _WON_BEFORE.search(window[-len(before) - 120 :]) or _other_occasion(text, q, before):
        return None
    sentence = window[_SENTENCE_START.search(window).end() :]
    names = [
        m.group(0) for m in _CAPITALISED_RUN.finditer(sentence)
        if m.group(0).split()[0].lower() not in _SENTENCE_OPENERS
    ]
    if not names:
        return None
    comparable = q
    if not q.approx and q.bound == "exact" and q.value is not None:
        # A share is rounded to its last digit, not by a share of itself: "58 percent" is 57.5 to 58.5
        # and no rounding of 55.8.
        fraction = re.search(r"\.(\d+)", q.text)
        decimals = len(fraction.group(1)) if fraction else 0
        half = 0.5 * 10 ** -decimals
        comparable = replace(q, low=q.value - half, high=q.value + half)
    return MeasuredAmount(f"vote share ({names[0].split()[-1].lower()})", q, comparable)


_SENTENCE_OPENERS = frozenset("the a an but and in on at after with by for when as she he it they".split())


# "Hallowmere's 11 district councils" / "Hallowmere's 12 district councils": how many of a kind of thing
# a named place or body has, keyed by owner and noun phrase.
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]+)[’']s?\s+$")
_COUNTED_PHRASE = re.compile(r"\s*([a-z]+\s+)?([a-z]{3,}s)\b")


def _owned_count(text: str, q: Quantity) -> MeasuredAmount | None:
    if q.value is None or q.bound != "exact" or q.approx or not re.fullmatch(r"\d[\d,]*", q.text.split()[0]):
        return None
    owner = _OWNER_BEFORE.search(text, max(0, q.start - 40), q.start)
    start = q.start + len(q.text.split()[0])
    phrase = _COUNTED_PHRASE.match(text, start)
    if owner is None or phrase is None or phrase.group(2) in _TIME_UNITS or phrase.group(2) in _PEOPLE:
        return None
    what = " ".join(w.strip() for w in phrase.groups() if w)
    whole = replace(q, text=text[q.start : phrase.end()], end=phrase.end(), unit=None)
    return MeasuredAmount(f"count ({owner.group(1).lower()}'s {what})", whole, whole)


# "a 25-year fisheries pact" / "the 20-year deal", "a five-second time penalty" / "a 10-second penalty":
# how long an agreement runs or a penalty lasts, whatever the noun a report picks for it.
_LASTING = {
    "agreement": r"pacts?|deals?|agreements?|treat(?:y|ies)|accords?|contracts?|leases?|concessions?",
    "licence": r"licen[cs]es?|permits?|franchises?|moratori(?:um|a)",
    "penalty": r"penalt(?:y|ies)",
    "ban": r"bans?|suspensions?|disqualifications?",
    # How long one event of the story went on: a strike, a hearing, a jury's deliberations, a delay.
    "proceedings": r"strikes?|walkouts?|stoppages?|inquir(?:y|ies)|hearings?|deliberat(?:ions?|ed|ing)|delays?|sieges?|"
    r"stand-?offs?|shutdowns?|closures?|blockades?",
}
# Seconds in each unit of time (a month and a year on average), and the units as written.
SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86_400, "week": 604_800, "month": 2_629_800,
           "year": 31_557_600}
SPAN_UNIT = re.compile(r"(second|minute|hour|day|week|month|year)s?")
# "The licence, granted for 25 years", "the stewards' inquiry kept the crowd waiting for 14 minutes", "the
# strike, which lasted 19 days", "deliberations took just under five hours": the thing, then how long.
_THING_THEN_SPAN = r"\b(?:{nouns})\b(?P<gap>[^.;!?]{{0,50}}?)\b(?:for|lasted|lasting|took|taking)\s+$"
# Between the thing and its length, words that make the length another's: "the hearing was adjourned for
# two weeks", "the strike began after talks for three weeks".
_NOT_ITS_LENGTH = re.compile(r"adjourn|postpon|suspend|delay|remand|bail|jail|sentenc|ban|talks|after|before|since")


def _duration_of_thing(text: str, q: Quantity) -> MeasuredAmount | None:
    """How long a thing lasts, by the noun after "a 25-year" or before "for 25 years"; a prison term and an
    office's term are other measures, and "over three years" is no thing's length."""
    if q.value is None:
        return None
    span = re.fullmatch(r"[\w]+-(second|minute|hour|day|week|month|year)", q.text)
    unit = span.group(1) if span else None
    after = text[q.end : q.end + 60]
    if unit is None:
        spelled = SPAN_UNIT.fullmatch(q.unit or "")
        if spelled is None:
            return None
        unit = spelled.group(1)
    for what, nouns in _LASTING.items():
        if span:
            if not re.match(rf"\s+(?:[a-z’']+\s+){{0,4}}?(?:{nouns})\b", after):
                continue
        elif what not in ("agreement", "licence", "proceedings") or not _thing_then_span(nouns, _clause_or_sentence(text, q.start)):
            continue
        if _other_occasion(text, q, _clause_before(text, q.start)):
            return None
        seconds = replace(q, value=q.value * SECONDS[unit], unit="seconds")
        return MeasuredAmount(f"duration ({what})", q, seconds)
    return None


def _thing_then_span(nouns: str, before: str) -> bool:
    m = re.search(_THING_THEN_SPAN.format(nouns=nouns), before)
    return m is not None and not _NOT_ITS_LENGTH.search(m.group("gap"))


def _clause_or_sentence(text: str, pos: int) -> str:
    """Up to 90 characters before ``pos`` in its sentence: the thing may stand a clause back ("The
    licence, granted for 25 years")."""
    window = text[max(0, pos - 90) : pos]
    cut = [m.end() for m in re.finditer(r"[.!?][\s”’\"']+", window)]
    return window[cut[-1] :] if cut else window


def other_occasion(text: str, q: Quantity, reach_words: int | None = None) -> bool:
    """The words around ``q`` make it a figure other than this event's ("faces up to 14 years", "last
    season's average crowd of 9,000"); ``reach_words``: read only so many words of its clause before it."""
    before = _clause_before(text, q.start)
    if reach_words is not None:
        before = " ".join(before.split()[-reach_words:]) + (" " if before.endswith(" ") else "")
    return _other_occasion(text, q, before)


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
