"""Title + name mentions ("former U.S. President Donald Trump") with the role normalised.

``find_roles(text)`` returns each place where an article gives a person an
office: the office ("president", "prime minister", "foreign minister" ...), the
country when stated, and the tense of the title (current, former, incoming).
Three shapes are read:

- title before name: "former U.S. President Donald Trump", "President Trump",
  "French President Emmanuel Macron", "President Volodymyr Zelenskyy of Ukraine";
- apposition: "Ukraine's president, Volodymyr Zelenskyy", "the incoming German
  chancellor, Friedrich Merz", "Rupert Ashgrove, the party's deputy leader";
- a bare title that refers back ("The U.S. president went on ...") resolved to
  the person last given the same office in the article.

Used by claim_contradictions to flag one outlet calling a sitting office
holder "former" (or the reverse).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

# "historical": "then-President X" speaks of a past moment and says nothing of today.
Tense = Literal["current", "former", "incoming", "historical"]

_OFFICES = (
    r"[Vv]ice[- ][Pp]resident|[Pp]resident(?:-elect)?|[Pp]rime [Mm]inister|[Cc]hancellor|"
    r"[Ss]ecretary of [Ss]tate|[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister|[Dd]efen[cs]e [Ss]ecretary|"
    r"[Tt]reasury [Ss]ecretary|[Ss]ecretary of the [Tt]reasury|[Ss]peaker|[Gg]overnor|[Mm]ayor|[Pp]remier|"
    r"[Ss]enator|Sen\.|Gov\.|[Kk]ing|[Qq]ueen|[Pp]ope|[Aa]mbassador|"
    # A portfolio's minister or secretary ("Interior Minister Petra Quill", "former health secretary").
    r"(?:[Ii]nterior|[Jj]ustice|[Ff]inance|[Hh]ealth|[Ee]ducation|[Tt]ransport|[Tt]rade|[Ee]nergy|[Ll]abou?r|"
    r"[Cc]ulture|[Aa]griculture|[Ee]nvironment|[Hh]ome|[Ee]conomy|[Hh]ousing|[Ii]mmigration|[Ss]ports?|"
    r"[Ii]ndustry|[Ww]elfare) (?:[Mm]inister|[Ss]ecretary)|"
    # Offices of the law and the police, one holder at a time ("District Attorney Keenan Shaw").
    r"[Dd]istrict [Aa]ttorney|[Aa]ttorney [Gg]eneral|[Ss]olicitor [Gg]eneral|[Pp]rosecutor [Gg]eneral|"
    r"[Cc]hief [Jj]ustice|[Pp]olice [Cc]hief|[Cc]hief [Cc]onstable|[Ss]heriff|"
    # A club's or a company's: one holder at a time ("Captain Kofi Ashdale" / "Former captain ...").
    r"[Cc]aptain|[Hh]ead [Cc]oach|[Cc]oach|[Mm]anager|[Cc]hairman|[Cc]hairwoman|[Cc]hief [Ee]xecutive|"
    # A party's: "former deputy leader Rupert Ashgrove" / "Rupert Ashgrove, the party's deputy leader".
    r"[Dd]eputy [Ll]eader"
)
_TENSE = r"(?i:former|ex-|incoming|outgoing|acting|current|sitting|then-)"
_COUNTRY = r"U\.S\.|US|UK|U\.K\.|EU|[A-Z][a-z]+(?:an|ish|ese|ch|i)|[A-Z][a-z]+[’']s"
_NAME = r"(?:[A-Z][\w’'-]*\.?\s+){0,2}[A-Z][a-zà-ÿ][\w’'-]*"
_BEFORE = re.compile(
    # "former Florida governor Jeb Bush": after a tense word, a place may stand before the office.
    rf"(?:\b(?P<tense>{_TENSE})\s*(?:(?!Vice\b)(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?)?"
    rf"(?:\b(?P<country>{_COUNTRY})\s+)?\b(?P<office>{_OFFICES})\s+"
    rf"(?P<name>{_NAME})(?:\s+of\s+(?P<of>[A-Z][a-z]+))?"
)
_APPOS_AFTER = re.compile(
    rf"\b(?P<det>[Tt]he\s+)?(?:(?P<tense>{_TENSE})\s*)?(?:(?P<country>{_COUNTRY})\s+)?(?P<office>{_OFFICES}),\s+"
    rf"(?P<name>{_NAME})"
)
# "Rupert Ashgrove, the party's deputy leader,", "Kofi Ashdale, a former captain": the office after the name.
_APPOS_BEFORE = re.compile(
    rf"\b(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){{1,2}}),\s+(?P<det>the|a)\s+"
    rf"(?:(?P<country>{_COUNTRY})\s+|[a-z]+[’']s\s+)?(?:(?P<tense>{_TENSE})\s*)?(?P<office>{_OFFICES})\b(?!\s+[A-Z])"
)
_BARE = re.compile(
    rf"\b[Tt]he\s+(?:(?P<tense>{_TENSE})\s*)?(?:(?P<country>{_COUNTRY})\s+)?(?P<office>{_OFFICES})\b(?!,\s+[A-Z])"
)
_NAME_STOP = frozenset("of the and in on at for to has had was is said says told will would".split())
_COUNTRY_ALIASES = {
    "u.s.": "us",
    "us": "us",
    "american": "us",
    "america": "us",
    "united states": "us",
    "uk": "uk",
    "u.k.": "uk",
    "british": "uk",
    "britain": "uk",
    "eu": "eu",
    "european": "eu",
}


@dataclass(frozen=True, slots=True)
class RoleMention:
    """One title given to one person, as written at text[start:end]."""

    person: str  # the name as written ("Donald Trump"); the referent's name for a bare title
    key: str  # the person's last name, lower-cased: compares across articles
    office: str  # "president", "prime minister", "foreign minister" ...
    country: str | None  # normalised: "us", "ukrain", "russi"; None when not stated
    tense: Tense
    text: str
    start: int
    end: int
    # "title": written before the name ("President Clinton": also a courtesy for a former holder);
    # "apposition": a description set beside the name ("Rupert Ashgrove, the party's deputy leader");
    # "bare": a title alone, referring back.
    shape: str = "title"


def _country(raw: str | None) -> str | None:
    if not raw:
        return None
    low = re.sub(r"[’']s$", "", raw.lower())
    if low in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[low]
    return re.sub(r"(?:ians|ian|ans|an|ish|ese|a|e)$", "", low) or low


def _tense(raw: str | None, office: str) -> Tense:
    t = (raw or "").lower()
    if t in {"former", "ex-"}:
        return "former"
    if t == "then-":
        return "historical"
    if t == "incoming" or office.endswith("-elect"):
        return "incoming"
    return "current"


_ABBREVIATED = {"sen.": "senator", "gov.": "governor"}


def _office(raw: str) -> str:
    office = re.sub(r"[\s-]+", " ", raw.lower()).replace(" elect", "")
    return _ABBREVIATED.get(office, office)


def _clean_name(raw: str) -> str | None:
    words = raw.split()
    while words and words[-1].lower() in _NAME_STOP:
        words.pop()
    name = " ".join(words).rstrip(".,")
    name = re.sub(r"[’']s$", "", name)
    return name if name and name[0].isupper() else None


# "Former prosecutor and New York City Mayor Rudy Giuliani": a tense word before the first of two
# coordinated titles holds for the second as well, when the first is a bare title (lower-case words
# or offices), not a titled name ("former President Al Roe and President Bo Li": two people).
_SHARED_TENSE = re.compile(
    rf"\b(?P<tense>{_TENSE})\s*(?:(?:[a-z][\w.-]*|(?:{_OFFICES})\b)\s+){{1,4}}and\s+$"
)


def _mention(text: str, m: re.Match[str], name: str, country: str | None, shape: str) -> RoleMention:
    office = m.group("office")
    tense = m.group("tense")
    if not tense:
        shared = _SHARED_TENSE.search(text, max(0, m.start() - 60), m.start())
        tense = shared.group("tense") if shared else None
    return RoleMention(
        person=name,
        key=re.sub(r"(.)\1+", r"\1", name.split()[-1].lower()),
        office=_office(office),
        country=country,
        tense=_tense(tense, office.lower()),
        text=text[m.start() : m.end()],
        start=m.start(),
        end=m.end(),
        shape=shape,
    )


# A team's coach or manager, one at a time ("Foxes coach Ivan Petrak" / "Former Foxes coach Ivan Petrak"),
# unless a lower-case word makes it another office ("campaign manager", "assistant coach").
_TEAM_OFFICE = re.compile(r"[Cc]oach|[Mm]anager")
_LOWER_WORD_BEFORE = re.compile(r"\b(?!(?:former|ex|incoming|outgoing|acting|current|sitting|then)\b)[a-z][\w-]*\s+$")


def _named(text: str) -> list[RoleMention]:
    found: list[RoleMention] = []
    for pattern in (_BEFORE, _APPOS_AFTER, _APPOS_BEFORE):
        for m in pattern.finditer(text):
            name = _clean_name(m.group("name"))
            if not name:
                continue
            if pattern is _APPOS_AFTER and not (m.group("det") or m.group("country")):
                continue  # "voted for president, Clinton": no determiner, no office holder named
            if _TEAM_OFFICE.fullmatch(m.group("office")) and _LOWER_WORD_BEFORE.search(text, 0, m.start("office")):
                continue  # "former campaign manager X", "assistant coach X": another office than the team's
            of, place = m.groupdict().get("of"), m.groupdict().get("place")
            shape = "title" if pattern is _BEFORE else "apposition"
            found.append(_mention(text, m, name, _country(m.group("country") or place or of), shape))
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[RoleMention] = []
    for r in found:
        if not kept or r.start >= kept[-1].end:
            kept.append(r)
    return kept


def find_roles(text: str) -> list[RoleMention]:
    """Every title + person mention in ``text``, in order, bare titles resolved where possible."""
    return list(_find_roles(text))


@lru_cache(maxsize=1024)  # whole article texts: ~60 per run, so 1,024 cover the recent stories
def _find_roles(text: str) -> tuple[RoleMention, ...]:
    # Each linking run reads the roles of ~60 related stored articles; their texts repeat run after run.
    named = _named(text)
    out = list(named)
    for m in _BARE.finditer(text):
        if any(r.start <= m.start() < r.end for r in named):
            continue
        office, country = _office(m.group("office")), _country(m.group("country"))
        earlier = [
            r
            for r in named
            if r.end <= m.start() and r.office == office and (country is None or r.country in {None, country})
        ]
        if earlier:
            ref = earlier[-1]
            out.append(
                RoleMention(
                    ref.person,
                    ref.key,
                    office,
                    country or ref.country,
                    _tense(m.group("tense"), office),
                    text[m.start() : m.end()],
                    m.start(),
                    m.end(),
                    "bare",
                )
            )
    return tuple(sorted(out, key=lambda r: r.start))
