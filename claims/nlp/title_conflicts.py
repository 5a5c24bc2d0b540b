"""One person given two different portfolios or ranks by reports of the same days.

A minister holds one portfolio and an officer one rank at a time, so "Transport
Minister Ana Roe" in one report and "Finance Minister Ana Roe" in another of the
same news cycle cannot both be right; nor can "Detective Inspector Bo Hart" and
"Detective Sergeant Bo Hart", nor "captain Nell Ashgrove" and "Vice-captain Nell Ashgrove", nor
"Nadia Florescu KC, defending," and "Nadia Florescu, prosecuting," in one trial.
Read conservatively:

- the person is named in full (first name and surname) in both reports, so two
  people who share a surname are never compared;
- only titles written right before the name count, with no "former", "acting",
  "junior" ... in front (those are other times, or titles held beside another);
- a deputy's or shadow office is its own office: "Deputy Finance Minister Ana Roe"
  and "Finance Minister Ana Roe" cannot both be right, "Deputy Finance Minister" and
  "Deputy Finance and Trade Minister" agree;
- a report that itself gives the person two titles of one kind ("Finance Minister
  Ana Roe, the former transport minister") is left out for that person;
- portfolios whose words nest ("Foreign" / "Foreign Affairs", "Finance" / "Finance
  and Transport") agree.

Within reports of one story only (people move between clubs, campaigns and jobs):
a person's side or body in one role, a judge's form of address ("Mrs Justice" /
"Mr Justice", by surname), and a spokesperson in one report who leads the body in
another ("a spokeswoman for Halvorsen & Pike" / "Halvorsen & Pike chief executive").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.finding_keys import stable_key
from claims.nlp.quote_lexicon import FUNCTION_CAPS
from claims.nlp.types import ContradictionFinding, SpanRef

_NAME = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})"
# Words in front of a title that make it another office or another time.
_OTHER_OFFICE = r"(?<![Ff]ormer )(?<![Aa]cting )(?<![Jj]unior )(?<![Ii]nterim )"
_OTHER_OFFICE += r"(?<!ex-)(?<![Oo]utgoing )(?<![Ii]ncoming )(?<!then-)"
_PORTFOLIO = re.compile(
    _OTHER_OFFICE
    + r"\b(?P<title>(?P<grade>(?:[Dd]eputy|[Ss]hadow)\s+)?(?P<value>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?|[a-z]+)"
    + r"\s+(?:Minister|minister|Secretary))\s+"
    + _NAME
)
# The same in apposition: "The deputy housing minister, Orla Quennell, said" (no "former": another time).
_PORTFOLIO_APPOSITION = re.compile(
    r"\b[Tt]he\s+(?P<title>(?P<grade>(?:deputy|shadow)\s+)?(?P<value>[a-z]+(?:\s+and\s+[a-z]+)?)\s+"
    r"(?:minister|secretary)),\s+" + _NAME
)
# Police and military ranks, each a ladder on which one officer holds one rung.
_RANK = re.compile(
    _OTHER_OFFICE
    + r"\b(?P<title>(?:Detective\s+)?(?P<value>(?:Assistant\s+)?(?:Chief\s+)?(?:Constable|Sergeant|Inspector|Superintendent)"
    # "Staff Sergeant" is not "Sergeant", nor "Lieutenant Colonel" a lieutenant: one rung each
    r"|(?:Staff|Lance|Colour|Flight)\s+(?:Sergeant|Corporal|Lieutenant)"
    r"|Lieutenant\s+(?:Colonel|General|Commander)|Major\s+General|Brigadier\s+General"
    r"|Lieutenant|Captain|Major|Colonel|Brigadier|General|Corporal"
    # A team's captaincy: "captain Nell Ashgrove" / "Vice-captain Nell Ashgrove".
    r"|[Vv]ice-captain|captain))\s+" + _NAME
)
# Offices with a deputy or assistant grade below them: "Assistant Coroner Aileen Markby" is not the
# "Senior Coroner Aileen Markby", nor a "Deputy Chief Executive" the chief executive. A senior or chief
# holder of the office and a plain one agree ("Coroner" is the senior coroner written short).
_OFFICE = re.compile(
    _OTHER_OFFICE
    + r"\b(?P<title>(?:(?P<grade>Deputy|Assistant|Vice|Associate)\s+|(?:Senior|Chief|Principal|Lead)\s+)?"
    r"(?P<value>Coroner|Judge|Director|Editor|Commissioner|Prosecutor|Registrar|Headteacher|Chairman|Chairwoman|"
    r"Chair|President|Governor|Mayor|Ambassador|Executive|Manager|Coach|Engineer|Surgeon|Speaker))\s+" + _NAME
)
# The side a barrister speaks for, in the court reports' own form: "Nadia Florescu KC, prosecuting,".
_COURT_SIDE = re.compile(_NAME + r"(?:\s+(?:KC|QC|SC))?,\s+(?P<title>(?P<value>prosecuting|defending))\b")
# A person's side or body with a role in it: "Corran substitute Tobiah Ross" / "The Saltmarsh substitute
# Tobiah Ross", "Wexmoor council leader Ruth Penhallow" / "Ruth Penhallow, leader of Elsby District
# Council". One person plays for one side and leads one council in a story.
# A judge's form of address, by surname: "Mrs Justice Thorncombe" is not "Mr Justice Thorncombe". Judges
# are named by surname alone, so within one story only.
_JUSTICE = re.compile(r"\b(?P<title>(?P<value>Mr|Mrs|Ms|Miss|Lord|Lady)\.?\s+Justice)\s+(?:[A-Z][a-z]+\s+)?(?P<surname>[A-Z][a-z][\w’'-]+)")
_JUSTICE_GENDER = {"Mr": "a man", "Lord": "a man", "Mrs": "a woman", "Ms": "a woman", "Miss": "a woman", "Lady": "a woman"}
# A spokesperson speaks for a body and its head leads it: "Teresa Quill, a spokeswoman for Halvorsen & Pike"
# and "Halvorsen & Pike chief executive Teresa Quill" cannot both be right, nor "the opposition's health
# spokeswoman" and "Opposition leader Nadia Ferreol".
_SPOKES = r"(?i:spokes(?:man|woman|person))"
_HEAD = r"(?i:chief\s+executive|leader|chair(?:man|woman)?|president|founder|owner)"
_STANDING = (
    re.compile(_OTHER_OFFICE + rf"(?<![Dd]eputy )(?<![Vv]ice )(?<![Vv]ice-)\b(?P<title>(?P<value>{_SPOKES}|{_HEAD}))\s+" + _NAME),
    re.compile(_NAME + rf",\s+(?P<title>(?:a|an|the)\s+(?:[\w’'&-]+\s+){{0,4}}?(?<![Dd]eputy )(?<![Vv]ice )(?P<value>{_SPOKES}|{_HEAD}))\b"),
)
_ROLE = (
    r"leader|substitute|captain|manager|coach|boss|striker|goalkeeper|defender|midfielder|winger|forward|"
    r"rider|driver|chairman|chairwoman|chair|chief executive|spokesman|spokeswoman|spokesperson|president|"
    r"director|councillor|player|owner|founder|mayor"
)
_ORG = r"[A-Z][\w’'&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'&-]*){0,3}"
_AFFILIATION_BEFORE = re.compile(
    rf"(?P<title>(?P<value>{_ORG})\s+(?:[a-z]+\s+){{0,2}}?(?P<role>{_ROLE}))\s+" + _NAME
)
_AFFILIATION_AFTER = re.compile(
    _NAME + rf",\s+(?P<title>(?:the\s+)?(?:[a-z]+\s+){{0,2}}?(?P<role>{_ROLE})\s+(?:of|at|for)\s+(?:the\s+)?"
    rf"(?P<value>{_ORG}))"
)
# Capitalised words in a body's name that do not tell one body from another ("Opposition leader",
# "Elsby District Council", "Teenage Corran substitute").
_GENERIC_ORG_WORDS = frozenset(
    """opposition government party former teenage veteran new interim acting deputy senior junior local
    club team district county city council borough national united fc the campaign committee
    republican democratic head assistant chief caretaker election board""".split()
)
# An office written in lower case before the name or in apposition after "the": "race director Pavel
# Strom", "The jury president, Pavel Strom", "the inspector, Margit Osei-Lund". Words before the office
# ("race", "jury", "planning") are not read; each office below is held by a different person in one
# proceeding, so one person given two of them in reports of one story is one report wrong.
_LOOSE_OFFICES = "judge|inspector|coroner|magistrate|referee|umpire|director|president|commissioner|prosecutor|registrar"
_LOOSE_OFFICE = (
    re.compile(rf"\b(?P<title>(?:(?P<mod>[a-z]+)\s+)?(?P<value>{_LOOSE_OFFICES}))\s+" + _NAME),
    re.compile(rf"\b(?P<title>[Tt]he\s+(?:(?P<mod>[a-z]+)\s+){{0,2}}?(?P<value>{_LOOSE_OFFICES})),\s+" + _NAME + r"\b"),
)
_NOT_NOW = frozenset("former acting interim outgoing incoming then ex late deputy assistant vice associate".split())
# A person's occupation, by its head noun, before the name ("Consultant surgeon Caspar Ruthven", "music
# director, Gideon Farr") or in apposition ("Caspar Ruthven, a consultant anaesthetist"): a story's
# person has one occupation, so two reports of it giving two (a surgeon and an anaesthetist, a chief
# executive and a music director, a board chair and the county clerk) cannot both be right. Heads that
# one person may hold together or that name a level of one career are one occupation (_SAME_WORK).
_OCCUPATIONS = (
    "surgeon|anaesthetist|anesthetist|nurse|physician|paramedic|midwife|pharmacist|radiologist|"
    "executive|director|chair|chairman|chairwoman|chairperson|clerk|treasurer|registrar|"
    "curator|conductor|architect|engineer|auditor|accountant|headteacher|headmaster|headmistress|"
    "vicar|rector|curate|churchwarden|bishop|archdeacon|dean|"
    "premier|skip|vice-skip|jockey|trainer|steward|marshal|arbiter|umpire|referee"
)
_OCCUPATION = (
    re.compile(
        rf"(?<![\w’'-])(?P<title>(?:(?P<mod>[A-Za-z-]+)\s+){{0,2}}?(?P<value>(?i:{_OCCUPATIONS})))(?:,)?\s+" + _NAME
    ),
    re.compile(_NAME + rf",\s+(?P<title>(?:a|an|the)\s+(?:(?P<mod>[\w’'-]+)\s+){{0,3}}?(?P<value>{_OCCUPATIONS}))\b"),
)
_SAME_WORK = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "anesthetist": "anaesthetist",
              "headmaster": "headteacher", "headmistress": "headteacher"}
# (on the same line, and not a sentence's last word: "... Corps of Signals.\n\nCaptain Tobias Greythorn")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*(?<![a-z]{3}\.)[ \t]+$")
_WORD_BEFORE = 60  # how far back a capitalised word before a rank is looked for (one word and its spaces)
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ch|i)")
# Lower-case words that may stand before "minister" without naming a portfolio.
_NOT_PORTFOLIO = frozenset("the a an former deputy shadow acting junior interim new first chief senior".split())


@dataclass(frozen=True, slots=True)
class _Title:
    article: ArticleFacts
    kind: str  # "portfolio" or "rank"
    who: str  # "first surname", lower-cased
    value: frozenset[str]  # the portfolio's or rank's words, lower-cased
    text: str
    start: int
    end: int
    story_only: bool = False  # read from a loose form: compared within reports of one story only


def _value(raw: str) -> frozenset[str]:
    """The portfolio's or rank's own words: a sentence-opening word ("When Prime Minister ...") and a
    nationality ("Israeli Prime Minister") say nothing of which office it is."""
    return frozenset(
        w.lower() for w in raw.split() if w.lower() not in FUNCTION_CAPS | {"and"} and not _NATIONALITY.fullmatch(w)
    )


def _titles(art: ArticleFacts) -> list[_Title]:
    return [_Title(art, *span) for span in _title_spans(art.text)] + [
        _Title(art, *span, story_only=True)
        for span in (*_loose_office_spans(art.text), *_occupation_spans(art.text))
    ]


@lru_cache(maxsize=1024)
def _occupation_spans(text: str) -> tuple[tuple[str, str, frozenset[str], str, int, int], ...]:
    """("occupation", who, head, surface, start, end) of the occupations in ``_OCCUPATION`` form; an
    occupation of another time or grade ("former", "deputy") is the grade's own ("deputy premier")."""
    out = []
    for pattern in _OCCUPATION:
        for m in pattern.finditer(text):
            words = [w.lower() for w in re.findall(r"[\w-]+", m.group("title"))]
            before = re.findall(r"[\w-]+", text[max(0, m.start() - 12) : m.start()].lower())[-1:]
            if (set(words) | set(before)) & (_NOT_NOW - _GRADES):
                continue  # another time
            head = words[-1]
            value = frozenset({_SAME_WORK.get(head, head)} | (set(words[:-1]) & _GRADES))
            out.append(("occupation", _who(m.group("name")), value, m.group(0), m.start(), m.end()))
    return tuple(out)


@lru_cache(maxsize=1024)
def _loose_office_spans(text: str) -> tuple[tuple[str, str, frozenset[str], str, int, int], ...]:
    """("office", who, value, surface, start, end) of the offices in ``_LOOSE_OFFICE`` form."""
    out = []
    for pattern in _LOOSE_OFFICE:
        for m in pattern.finditer(text):
            before = re.findall(r"[\w-]+", text[max(0, m.start() - 12) : m.start()].lower())[-1:]
            if (set(re.findall(r"[a-z]+", m.group("title").lower())) | set(before)) & _NOT_NOW:
                continue  # another time, or a lower grade of the office
            value = frozenset({m.group("value")})
            out.append(("office", _who(m.group("name")), value, m.group(0), m.start(), m.end()))
    return tuple(out)


@lru_cache(maxsize=1024)  # whole article texts: each run reads ~60 related articles, as roles.py caches them
def _title_spans(text: str) -> tuple[tuple[str, str, frozenset[str], str, int, int], ...]:
    """(kind, who, value, surface, start, end) of every portfolio, rank or court side given to a full name
    in ``text``."""
    out = []
    for kind, pattern in (
        ("portfolio", _PORTFOLIO), ("portfolio", _PORTFOLIO_APPOSITION), ("rank", _RANK), ("office", _OFFICE),
        ("court side", _COURT_SIDE),
    ):
        for m in pattern.finditer(text):
            value = _value(m.group("value"))
            if kind == "portfolio" and (not value or value & _NOT_PORTFOLIO):
                continue
            if kind in ("portfolio", "office") and m.group("grade"):
                value |= {m.group("grade").strip().lower()}
            if kind == "rank" and _CAPITALISED_BEFORE.search(text, max(0, m.start() - _WORD_BEFORE), m.start()):
                continue  # "Attorney General ...", "Major League ...": the word is part of another title
            out.append((kind, _who(m.group("name")), value, m.group(0), m.start(), m.end()))
    for pattern in _STANDING:
        for m in pattern.finditer(text):
            if not m.group("name")[0].isupper():
                continue
            standing = "a spokesperson" if m.group("value").lower().startswith("spokes") else "its head"
            out.append(("standing", _who(m.group("name")), frozenset({standing}), m.group(0), m.start(), m.end()))
    for m in _JUSTICE.finditer(text):
        gender = frozenset({_JUSTICE_GENDER[m.group("value")]})
        surname = re.sub(r"[’']s$", "", m.group("surname"))  # "Mr Justice Thorncombe’s ruling"
        end = m.start("surname") + len(surname)
        out.append(("judge", f"justice {surname.lower()}", gender, text[m.start() : end], m.start(), end))
    return tuple(out) + _affiliation_spans(text)


def _who(name: str) -> str:
    """A full name as "first surname", lower-cased: two people sharing a surname stay apart."""
    words = name.split()
    return f"{words[0].lower()} {words[-1].lower()}"


def _affiliation_spans(text: str) -> tuple[tuple[str, str, frozenset[str], str, int, int], ...]:
    out = []
    for pattern in (_AFFILIATION_BEFORE, _AFFILIATION_AFTER):
        for m in pattern.finditer(text):
            body = frozenset(
                re.sub(r"(?:[’']s?|s)$", "", w.lower()) for w in re.findall(r"[\w’'&-]+", m.group("value"))
                if w.lower() not in _GENERIC_ORG_WORDS | FUNCTION_CAPS
                # a word the text also writes in lower case is a common noun opening a sentence
                and not re.search(rf"\b{re.escape(w.lower())}\b", text)
            )
            if any(w.isupper() and len(w) > 1 for w in m.group("value").split()):
                continue  # "RNC spokesman": an initialism may stand for any body named in full elsewhere
            if not body:
                continue  # "Opposition leader Ilse Damgaard": no body named
            who = _who(m.group("name"))
            start = m.start()
            while (first := re.match(r"([A-Z][a-z]*)\s+", text[start : m.end()])) and (
                first.group(1).lower() in FUNCTION_CAPS - {"the"}
            ):
                start += first.end()  # "But Wexmoor council leader ...": the sentence's opening word is no part
            out.append((f"affiliation:{m.group('role')}", who, body, text[start : m.end()], start, m.end()))
    return tuple(out)


_HELD = {"portfolio": "portfolio", "rank": "rank", "office": "office", "court side": "side in a trial",
         "occupation": "occupation"}
_GRADES = frozenset({"deputy", "shadow", "assistant", "vice", "associate", "staff", "lance", "colour", "flight"})


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """One office's words inside the other's, of the same grade (a deputy's office is not the minister's;
    a staff sergeant is not a sergeant)."""
    return a & _GRADES == b & _GRADES and (a <= b or b <= a)


def _together(a: _Title, b: _Title, kind: str, near: Callable[[str | None, str | None], bool],
              story: Collection[tuple[int, int]]) -> bool:
    """Whether two reports' titles are of one time: close in time; for a side or body, reports of one
    story (``story``: article id pairs, lower first), since people move between campaigns and clubs."""
    if kind.startswith("affiliation:") or kind in ("judge", "standing") or a.story_only or b.story_only:
        ids = sorted((a.article.article_id, b.article.article_id))
        return (ids[0], ids[1]) in story
    return near(a.article.published, b.article.published)


def _why(kind: str) -> str:
    if kind in _HELD:
        return f"one person holds one {_HELD[kind]} at a time"
    if kind == "judge":
        return "one judge of that name in the case, addressed as a man in one and a woman in the other"
    if kind == "standing":
        return "one person speaks for a body or leads it, not both"
    return f"one person is {kind.split(':')[1]} for one side or body"


def title_conflict_findings(
    articles: Sequence[ArticleFacts],
    near: Callable[[str | None, str | None], bool],
    story: Collection[tuple[int, int]] = frozenset(),
) -> list[ContradictionFinding]:
    """Reports (close in time by ``near`` on their ISO dates) giving one fully named person two
    portfolios, or two ranks, that cannot both be theirs."""
    by_person: dict[tuple[str, str], list[_Title]] = defaultdict(list)
    for art in articles:
        for t in _titles(art):
            by_person[(t.who, t.kind)].append(t)
    out: list[tuple[str, str, ContradictionFinding]] = []
    others: set[str] = set()  # people some other kind of title already sets against each other
    for (who, kind), titles in sorted(by_person.items()):
        per_article: dict[int, list[_Title]] = defaultdict(list)
        for t in titles:
            per_article[t.article.article_id].append(t)
        # An article that gives the person two titles of this kind is left out.
        steady = {
            aid: ts[0]
            for aid, ts in per_article.items()
            if all(_nested(t.value, ts[0].value) for t in ts)
        }
        firsts = list(steady.values())
        sides: list[list[_Title]] = []
        for t in firsts:
            for side in sides:
                if _nested(side[0].value, t.value):
                    side.append(t)
                    break
            else:
                sides.append([t])
        if len(sides) != 2 or not any(_together(a, b, kind, near, story) for a in sides[0] for b in sides[1]):
            continue
        items = tuple(
            SpanRef(t.article.article_id, t.text, t.start, t.end, label)
            for label, side in zip("AB", sides, strict=True)
            for t in side
        )
        if kind != "occupation":
            others.add(who)
        out.append(
            (who, kind, ContradictionFinding(
                kind="fact",
                items=items,
                explanation=f"{sides[0][0].text} in one report, {sides[1][0].text} in another: "
                + _why(kind),
                key=stable_key(
                    "title-" + kind, who, *(sorted({t.article.article_id for t in side}) for side in sides)
                ),
            ))
        )
    # An occupation read beside a portfolio, rank or office is the same disagreement told twice.
    return [f for who, kind, f in out if kind != "occupation" or who not in others]
