"""A transparent check-worthiness score for one sentence.

Each feature is a yes/no (or small count) read off the sentence; the score is
a clipped weighted sum, so a reviewer can see why a sentence was kept. The
features and weights are documented in docs/checkworthiness.md; change both
together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.nlp.types import Quantity

WEIGHTS: dict[str, float] = {
    "base": 0.10,
    "quantity": 0.20,  # a stated amount, share, count or duration
    "entities": 0.05,  # per named entity (capitalised run), up to 4
    "speech_cue": 0.22,  # said / told / announced / claimed / insisted ...
    "attributed_quote": 0.10,  # the sentence carries a quote with its speaker
    "comparative": 0.08,  # more than, fewer, largest, -er than, first/only
    "date": 0.12,  # weekday, month, year, "last week", "on Friday"
    "event_verb": 0.12,  # signed, met, visited, cancelled, invaded, annexed ...
    "denial": 0.08,  # denied, rejected, refuted, contradicting ...
    "hedge": -0.12,  # may, might, could, perhaps ... in the outlet's own voice (speculation)
    "opinion": -0.15,  # "I think", "in my view", evaluative framing
    "bare_quote": -0.25,  # wholly quoted with no speaker cue: a continuation
    "generic": -0.15,  # no entity, no amount, no date: scene-setting or analysis
}
THRESHOLD = 0.35

_SPEECH = (
    r"said|says|say|told|tells|announced|announces|claimed|claims|insisted|insists|argued|argues|"
    r"warned|warns|suggested|suggests|stated|declared|stressed|emphasi[sz]ed|reiterated|added|"
    r"acknowledged|admitted|confirmed|denied|denies|rejected|accused|alleged|hinted|promised|"
    r"pledged|vowed|described|called|urged|proposed|noted|according to|quoted|reported|asserted|"
    r"maintained|repeated|explained|signalled|signaled|predicted|estimated|warning|saying|telling|"
    r"repeating|reiterating|insisting|adding|claiming|arguing|suggesting|hinting|accusing|describing|"
    r"made (?:it )?clear|statement that|remarks? that|comments? that|assertions? that|insistence that|"
    r"announcement that|warning that|pledge that|promise that|"
    # "went on to address the issue of NATO membership": what the speaker spoke about, told before the quote
    r"address(?:ed|es|ing)? the (?:issue|question|topic|subject|matter)"
)
SPEECH_CUE = re.compile(rf"\b(?:{_SPEECH})\b", re.I)
_DATE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"june|july|august|september|october|november|december|yesterday|today|tomorrow|tonight|"
    r"(?:last|next|this|earlier this|later this) (?:week|month|year|weekend|autumn|spring|summer|winter)|"
    r"(?:1[89]|20)\d\d|\d+ (?:days?|weeks?|months?|years?) ago|a day ahead|the next day)\b",
    re.I,
)
_COMPARATIVE = re.compile(
    r"\b(?:more|less|fewer|most|least|larger|largest|smaller|smallest|bigger|biggest|higher|highest|"
    r"lower|lowest|greater|greatest|first|only|twice|half|double|record|better|worse|worst|best)\b|\b\w+er than\b",
    re.I,
)
_EVENT = re.compile(
    r"\b(?:sign(?:ed|s)?|met|meet(?:s|ing)?|visit(?:ed|s)?|cancel(?:l)?ed|invaded|invasion|annexed|"
    r"attacked|killed|arrested|launched|agreed|approved|passed|voted|elected|appointed|resigned|"
    r"fired|deployed|sent|left|arrive[ds]?|won|lost|spent|paid|pay|established|imposed|cut|raised|"
    r"refused|resisted|ruled out|opposed|sought|seek|recoup|provide|providing|"
    # What court, sport and budget reports state as done: "cost taxpayers $430,000", "was jailed for".
    r"cost|costs|jailed|sentenced|convicted|acquitted|fined|charged|awarded|beat|defeated|scored|ruled|overturned|upheld)\b",
    re.I,
)
_DENIAL = re.compile(
    r"\b(?:den(?:y|ied|ies|ial)|reject(?:ed|s|ion)?|refut\w*|contradict\w*|disput\w*|dismiss\w*)\b", re.I
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|perhaps|possibly|likely|unlikely|"
    r"appears? to|seems? to|would seem|it is thought|speculat\w*)\b",
    re.I,
)
_OPINION = re.compile(
    r"\b(?:I think|I believe|in my view|we believe|highlights|underscores|remains to be seen|"
    r"the focus remains|it is clear|of course|the prospect that|the question is)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Features:
    """What the score is made of, kept so the reason for a score can be shown."""

    quantity: bool
    entities: int
    speech_cue: bool
    attributed_quote: bool
    comparative: bool
    date: bool
    event_verb: bool
    denial: bool
    hedge: bool
    opinion: bool
    bare_quote: bool


_NOT_ENTITY = frozenset(
    """i i'm i’m i've i’ve i'll i’ll we we're we’re it it's it’s the a an this that these those there he she
    they his her their our you yeah well but and or so if in on at as for however instead meanwhile since
    after before when while under what nobody something everybody""".split()
)


def entity_count(sentence: str) -> int:
    """Capitalised word runs that are not pronouns or function words (a cheap NER)."""
    runs = re.findall(r"\b[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*", sentence)
    return sum(1 for r in runs if r.lower() not in _NOT_ENTITY)


def sentence_features(
    sentence: str,
    quantities: tuple[Quantity, ...] | list[Quantity],
    *,
    quoted_share: float,
    attributed: bool,
    has_speaker: bool = False,
) -> Features:
    """Read the features of ``sentence``; ``quoted_share`` is the part of it inside quotation marks.

    A known speaker counts as a named entity even when the sentence only says "he".
    """
    cue = bool(SPEECH_CUE.search(sentence))
    entities = entity_count(sentence)
    return Features(
        quantity=any(
            q.unit is not None or q.relative_factor is not None or q.low is not None for q in quantities
        ),
        entities=max(entities, 1) if has_speaker else entities,
        speech_cue=cue,
        attributed_quote=attributed,
        comparative=bool(_COMPARATIVE.search(sentence)),
        date=bool(_DATE.search(sentence)),
        event_verb=bool(_EVENT.search(sentence)),
        denial=bool(_DENIAL.search(sentence)),
        hedge=bool(_HEDGE.search(sentence)),
        opinion=bool(_OPINION.search(sentence)),
        bare_quote=quoted_share > 0.8 and not cue,
    )


def score(f: Features) -> float:
    """Weighted sum of the features, clipped to [0, 1]."""
    w = WEIGHTS
    total = w["base"] + w["entities"] * min(4, f.entities)
    for name in (
        "quantity",
        "speech_cue",
        "attributed_quote",
        "comparative",
        "date",
        "event_verb",
        "denial",
        "opinion",
        "bare_quote",
    ):
        if getattr(f, name):
            total += w[name]
    # A hedge inside reported speech is the speaker's; the report itself is checkable.
    if f.hedge and not f.speech_cue:
        total += w["hedge"]
    if f.entities == 0 and not f.quantity and not f.date:
        total += w["generic"]
    return round(min(1.0, max(0.0, total)), 4)
