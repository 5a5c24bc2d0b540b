"""One event put on two different weekdays by reports of one story.

"the 200m butterfly final ... on Saturday night" / "Friday's final", "the vote is
on Wednesday" / "Thursday's vote": an event happens on one day, so the two cannot
both be right. Read conservatively:

- the day is tied to an event noun in the report's own words: "<day>'s <noun>"
  ("Friday's final"), or "<noun> ... on <day>" with no verb of saying between
  them and at most a few words apart ("the final at the national championships
  on Saturday night"; "Valcourt said on Sunday" dates a remark, not the event);
- each report ties that noun to one day only (a report giving the heats on
  Friday and the final on Saturday ties "final" to Saturday alone; a report
  putting one noun on two days pairs with nothing);
- the reports are one story (``story_pairs``) and appeared within two days of each
  other (a debate, a hearing or a vote recurs: "Sunday night's debate" in January
  and "Thursday night's debate" in April are two).

Inside one report, "Tuesday's ruling" and later "Monday's ruling" put one decisive
event (a ruling, verdict, final, vote) on two days: a finding of that report alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts, close_in_time
from claims.nlp.finding_keys import stable_key
from claims.nlp.quote_lexicon import CUE_VERBS
from claims.nlp.story_slots import slot_findings
from claims.nlp.types import ContradictionFinding, SpanRef

_DAY = r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EVENT = (
    r"(?P<noun>final|semi-final|race|match|game|fight|bout|derby|decider|vote|ballot|election|referendum|"
    r"hearing|trial|ruling|verdict|sentencing|inquest|meeting|debate|summit|strike|walkout|protest|march|"
    r"rally|launch|session|signing|ceremony)s?"
)
MAX_GAP_WORDS = 6  # words between the event noun and "on <day>"
MAX_DAYS_APART = 2  # reports further apart in time may tell of two events of one name
_POSSESSIVE = re.compile(rf"\b{_DAY}(?:\s+(?:night|afternoon|morning|evening))?[’']s\s+(?:[\w-]+\s+){{0,3}}?{_EVENT}\b")
_NOUN_ON_DAY = re.compile(
    rf"\b{_EVENT}\b(?P<gap>(?:[\s,]+[\w’'-]+){{0,{MAX_GAP_WORDS}}}?)\s+(?P<on>on\s+){_DAY}\b"
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?![\d:])"
# The verb of a decision dates it as its noun does: "ruled on Thursday" is Thursday's ruling; a change
# starts on one day ("The charge will start on 2 March" / "due to begin on 2 May").
_VERB_NOUN = {
    "ruled": "ruling", "voted": "vote", "sentenced": "sentencing",
    # a chamber's decision: "Kelmark's Folkhall approved the Arlen Basin Water Treaty on Wednesday"
    **dict.fromkeys(("approved", "ratified", "passed"), "vote"),
    **dict.fromkeys(("start", "starts", "started", "begin", "begins", "began", "open", "opens", "opened",
                     "take effect", "takes effect"), "start"),
}
_VERB_ON_DAY = re.compile(
    rf"\b(?P<verb>{'|'.join(_VERB_NOUN)})(?P<gap>(?:[\s,]+[\w’'-]+){{0,{MAX_GAP_WORDS}}}?)\s+(?P<on>on\s+)"
    rf"(?:{_DAY}|{_DATE})\b"
)
# Nouns of one decisive event: a report naming "Monday's ruling" and "Tuesday's ruling" of one story has
# put it on two days (a heat, a session or a hearing may well recur on another day).
_ONE_OFF = frozenset({"ruling", "verdict", "final", "vote", "referendum", "election", "sentencing"})
_WORD = re.compile(r"[\w’'-]+")
_ANY_DAY = re.compile(rf"{_DAY}|{_MONTH}")


def _days(art: ArticleFacts) -> dict[str, list[tuple[str, int, int]]]:
    """event noun -> [(day, start, end)] of the spans that tie it to a day in the article."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for noun, day, start, end in _days_in(art.text):
        out.setdefault(noun, []).append((day, start, end))
    return out


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _days_in(text: str) -> tuple[tuple[str, str, int, int], ...]:
    if not _ANY_DAY.search(text):
        return ()
    out: list[tuple[str, str, int, int]] = []
    for m in _POSSESSIVE.finditer(text):
        out.append((m.group("noun").lower(), m.group("day"), m.start(), m.end()))
    for m in _NOUN_ON_DAY.finditer(text):
        gap = m.group("gap")
        if re.search(r"[.;:!?]", gap) or any(w.lower() in CUE_VERBS for w in _WORD.findall(gap)):
            continue  # another sentence, or "said on Sunday": the day of a remark
        out.append((m.group("noun").lower(), m.group("day"), m.start("on"), m.end("day")))
    for m in _VERB_ON_DAY.finditer(text):
        if not re.search(r"[.;:!?]", m.group("gap")):
            day = m.group("day") or _date(m.group("date"))
            out.append((_VERB_NOUN[m.group("verb").lower()], day, m.start("verb"), m.end("day" if m.group("day") else "date")))
    return tuple(out)


def _date(text: str) -> str:
    """ "2 March", "March 2nd" as "2 March"."""
    day = re.search(r"\d+", text).group()  # type: ignore[union-attr]
    month = re.search(_MONTH, text).group()  # type: ignore[union-attr]
    return f"{int(day)} {month}"


def _clash(a: str, b: str) -> bool:
    """Two days that cannot both be the event's: both weekdays or both dates, and not the same."""
    return a != b and a[0].isdigit() == b[0].isdigit()


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _one_off_days_in(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(noun, day, start, end) of each "<day>'s <decisive event>" in ``text``."""
    if not _ANY_DAY.search(text):
        return ()
    return tuple(
        (m.group("noun").lower(), m.group("day"), m.start(), m.end())
        for m in _POSSESSIVE.finditer(text)
        if m.group("noun").lower() in _ONE_OFF
    )


def _within_article(art: ArticleFacts) -> list[ContradictionFinding]:
    """One report naming one decisive event by two weekdays ("Tuesday's ruling" ... "Monday's ruling")."""
    out = []
    by_noun: dict[str, list[tuple[str, int, int]]] = {}
    for noun, day, start, end in _one_off_days_in(art.text):
        by_noun.setdefault(noun, []).append((day, start, end))
    for noun, found in sorted(by_noun.items()):
        days = list(dict.fromkeys(day for day, _, _ in found))
        if len(days) != 2:
            continue
        items = tuple(
            SpanRef(art.article_id, art.text[start:end], start, end, "AB"[days.index(day)])
            for day, start, end in found
        )
        out.append(
            ContradictionFinding(
                kind="fact",
                items=items,
                explanation=f"“{items[0].text}” and, later in the same report, “{next(i.text for i in items if i.side == 'B')}”:"
                f" one {noun}, one day",
                key=stable_key("event-day-within", art.article_id, noun),
            )
        )
    return out


def event_day_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """One fact finding per event noun and story whose reports put it on different weekdays (the day more
    reports give is side A), and one per report that names one decisive event by two days."""
    published = {a.article_id: a.published for a in articles}
    # Reports days apart may tell of two events of one name; a debate, a hearing or a rally recurs even
    # within a story, so for those both reports must be dated, and close.
    pairs = {(a, b) for a, b in pairs if close_in_time(published.get(a), published.get(b), MAX_DAYS_APART)}
    dated = {(a, b) for a, b in pairs if published.get(a) and published.get(b)}
    out = [f for a in articles for f in _within_article(a)]
    if not pairs:
        return out
    tied = {a.article_id: _days(a) for a in articles}
    texts = {a.article_id: a.text for a in articles}
    for noun in sorted({n for t in tied.values() for n in t}):
        said = {
            aid: (t[noun][0][0], [(start, end) for _, start, end in t[noun]])
            for aid, t in tied.items()
            if noun in t and len({day for day, _, _ in t[noun]}) == 1
        }
        out += slot_findings(
            said, texts, pairs if noun in _ONE_OFF | {"start"} else dated, ("event-day", noun),
            lambda a, b, noun=noun: f"“{a}” in one report, “{b}” in another: one {noun}, one day",
            clash=_clash,
        )
    return out
