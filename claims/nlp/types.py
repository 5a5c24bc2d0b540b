"""Plain data passed between the NLP core and the Django services.

Nothing here imports Django: the extractor, linker and contradiction rules take
and return these types, so they can be tested, fuzzed and benchmarked without a
database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["speech", "term"]


@dataclass(frozen=True, slots=True)
class ExtractedQuote:
    """One quoted span of an article.

    ``text[start:end]`` of the input is exactly ``text`` (what lies between the
    quotation marks, marks excluded).
    """

    text: str
    start: int
    end: int
    kind: QuoteKind = "speech"
    partial: bool = False
    # The mention written in the text that the attribution rests on ("he",
    # "the Ukrainian leader", "Trump") and the person it resolves to within
    # the article ("Donald Trump"). Both None when unattributed.
    speaker_mention: str | None = None
    speaker_name: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person or organisation named in an article, with the role it is given."""

    name: str  # the fullest form of the name used in the article
    surface: str  # the exact text of this mention
    start: int
    end: int
    role: str | None = None  # "President", "former U.S. President", "foreign minister"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised amount stated in a sentence."""

    text: str  # the span as written ("$350 billion", "roughly half of that amount")
    start: int
    end: int
    value: float | None  # absolute value where known (3.5e11); None for purely relative amounts
    unit: str | None = None  # "USD", "percent", "troops", ...
    approx: bool = False  # roughly, about, some, nearly
    bound: Literal["exact", "lower", "upper"] = "exact"  # "more than" -> lower, "fewer than" -> upper
    low: float | None = None  # range for vague amounts ("hundreds of billions": 1e11..1e12)
    high: float | None = None
    relative_factor: float | None = None  # "half of that" -> 0.5 (value refers to an earlier amount)


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """A check-worthy sentence (or clause) of an article."""

    sentence: str  # text[start:end]
    start: int
    end: int
    speaker_name: str | None  # None = the outlet's own reporting
    kind: str  # "quantity", "event", "reported_speech", "comparison", ...
    score: float  # check-worthiness in [0, 1]
    quantities: tuple[Quantity, ...] = field(default_factory=tuple)


ContradictionKind = Literal["misquote", "number", "fact", "attribution"]


@dataclass(frozen=True, slots=True)
class SpanRef:
    """One side's span in one article: the words that disagree, or their sentence."""

    article_id: int
    text: str
    start: int
    end: int
    side: str  # items on the same side agree ("A" / "B")
    quote_id: int | None = None
    claim_id: int | None = None


@dataclass(frozen=True, slots=True)
class ContradictionFinding:
    kind: ContradictionKind
    items: tuple[SpanRef, ...]
    explanation: str  # one line a reviewer reads first
    # Stable identity of the disagreement, so a relink finds the same finding
    # again (and a dismissed one stays dismissed).
    key: str = ""
