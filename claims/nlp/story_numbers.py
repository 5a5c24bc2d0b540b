"""Number conflicts between reports of one story whose sentences were not linked as one claim.

Outlets often state one figure in differently built sentences ("jailed for six
years at the crown court" / "has been sentenced to five years in prison for
accepting bribes"), so claim linking does not pair them and the linked-claim
rule (number_rules.py) never compares them. Here two amounts conflict when:

- their articles report the same story: they share at least
  ``MIN_SHARED_CLAIMS`` linked claims or reported utterances (quote groups) and
  appeared within ``STORY_DAYS`` days of each other (an unknown date does not rule
  a pair out);
- both amounts are the figure for one measure by the words around them
  (measures.py: a prison term, a crowd, a death toll, bribes, ...), and each
  article gives that measure one figure anywhere in its text (an article with
  two prison terms reports two defendants, so its figures pair with nothing);
- their sentences do not name different people or places only (two events
  of the background, "14 killed in San Bernardino" / "130 killed in Paris"),
  the other report's lead counting as its sentence's context;
- they cannot be the same figure, even allowing for "about" and bounds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from itertools import combinations

from claims.nlp.claim_facts import ArticleFacts, close_in_time
from claims.nlp.claim_terms import terms
from claims.nlp.finding_keys import stable_key
from claims.nlp.measures import MeasuredAmount, measure_of
from claims.nlp.numbers import quantities_compatible, spelled_number, text_quantities
from claims.nlp.sentences import split_sentences
from claims.nlp.types import ContradictionFinding, ExtractedClaim, SpanRef

ClaimRef = tuple[int, int]  # (article_id, index into ArticleFacts.claims)

MIN_SHARED_CLAIMS = 2
STORY_DAYS = 2


def _near_in_time(a: ArticleFacts, b: ArticleFacts) -> bool:
    return close_in_time(a.published, b.published, STORY_DAYS)


def story_pairs(
    articles: Sequence[ArticleFacts],
    claim_groups: dict[int, list[ClaimRef]],
    utterances: Iterable[Collection[int]] = (),
    by_names: bool = True,
) -> set[tuple[int, int]]:
    """Pairs of article ids (lower first) that report one story: several claims or utterances in common
    (``utterances``: the articles of each quote group, one remark reported by each), close in time, and
    unless ``by_names`` is False, reports naming mostly the same people, places and bodies.

    Two reports quoting one remark cover one occasion, however differently their sentences put the
    facts; claim linking alone misses reports built unlike each other ("a 4-3 ruling" / "by five
    votes to two")."""
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in [*({aid for aid, _ in m} for m in claim_groups.values()), *map(set, utterances)]:
        for a, b in combinations(sorted(members), 2):
            shared[(a, b)] += 1
    by_id = {a.article_id: a for a in articles}
    linked = {
        pair
        for pair, n in shared.items()
        if n >= MIN_SHARED_CLAIMS
        and pair[0] in by_id
        and pair[1] in by_id
        and _near_in_time(by_id[pair[0]], by_id[pair[1]])
    }
    return linked | named_alike(articles, linked) if by_names else linked


MIN_NAMES_SHARED = 4  # people, places and bodies two reports name both ...
NAMES_ALIKE = 0.35  # ... as a share of all either names: one story told by two newsrooms
NAMES_NEAR = 0.2  # ... or this share, for two reports of one story a third report shares with both


def named_alike(articles: Sequence[ArticleFacts], linked: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Pairs of reports, close in time, that name mostly the same people, places and bodies, though no
    claim or remark of theirs was linked: one report built of other facts and other quotes than the
    rest ("Mr Justice Thorncombe ... the company had sought 83 hectares") is still the story's. Reports
    of one campaign name many of the same people, but seldom most of what either names: of the 198,000
    pairs of 630 election reports, 20 share over a third (at a quarter, 340 did, and reports of
    different debates and attacks became one story). A pair both linked to one third report needs a
    fifth."""
    names = {a.article_id: _article_names(a.text) for a in articles}
    by_id = {a.article_id: a for a in articles}
    neighbours: dict[int, set[int]] = defaultdict(set)
    for a, b in linked:
        neighbours[a].add(b)
        neighbours[b].add(a)
    out = set()
    for a, b in combinations(sorted(names), 2):
        shared = len(names[a] & names[b])
        if shared < MIN_NAMES_SHARED or (a, b) in linked:
            continue
        alike = shared / (len(names[a]) + len(names[b]) - shared)
        if (alike >= NAMES_ALIKE or (alike >= NAMES_NEAR and neighbours[a] & neighbours[b])) and _near_in_time(
            by_id[a], by_id[b]
        ):
            out.add((a, b))
    return out


@lru_cache(maxsize=1024)  # whole article texts, as roles.py caches them
def _article_names(text: str) -> frozenset[str]:
    """The names of every sentence (a sentence's first word is no name by its capital alone)."""
    return frozenset().union(*(_named(s.text) for s in split_sentences(text)))


# Calendar words are capitalised but name no one: every report of the week shares them.
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def _named(sentence: str) -> frozenset[str]:
    """The people, places and bodies a sentence names (calendar words left out)."""
    return frozenset(e for e in terms(sentence)[1] if e not in _CALENDAR)


_LEAD_CHARS = 300  # the headline and first sentence: who and where the report is about


class _Stated:
    """One article's figure for one measure, with the claim holding it, the names its sentence gives and
    the names it or the article's lead gives."""

    __slots__ = ("article_id", "claim", "measured", "names", "context")

    def __init__(self, article_id: int, claim: int, measured: MeasuredAmount, sentence: str, lead: str) -> None:
        self.article_id, self.claim, self.measured = article_id, claim, measured
        self.names = _named(sentence)
        self.context = self.names | terms(lead)[0]  # all its words: the headline's first word is a name too

    def agrees(self, other: _Stated) -> bool:
        return quantities_compatible(self.measured.comparable, other.measured.comparable)

    def same_event(self, other: _Stated) -> bool:
        """Sentences that both name who or where, where neither names anyone the other's sentence or lead
        names, tell of different events ("killed 14 people in San Bernardino" / "killed 130 people in
        Paris") even in reports of one story. "Around 9,000 supporters watched Dunmore" is the match of a
        report that opens "Dunmore beat Carrick Athletic"."""
        if not (self.names and other.names):
            return True
        return bool(self.names & other.context or other.names & self.context)


@lru_cache(maxsize=1024)  # whole article texts, as roles.py caches them
def _ambiguous_measures(text: str) -> frozenset[tuple[str, str | None]]:
    """Measures the whole text gives figures that disagree ("jailed for six years ... her partner was
    jailed for two years": two defendants), claim sentences or not: which one another report means is unknown."""
    figures: dict[tuple[str, str | None], list[MeasuredAmount]] = defaultdict(list)
    for q in text_quantities(text):
        m = measure_of(text, q)
        if m is not None:
            figures[m.what].append(m)
    return frozenset(
        k for k, ms in figures.items()
        if not all(quantities_compatible(a.comparable, b.comparable) for a, b in combinations(ms, 2))
    )


# A sentence that says it reports another case or event of the same day ("At the same court, Kieran
# Dollan was jailed for 18 months", "In a separate case, ...", "Elsewhere, ..."): a round-up's other item.
_ANOTHER_CASE = re.compile(
    r"\s*(?:at the same (?:court|hearing|tribunal|session|meeting)|in (?:a|an|another) (?:separate |unrelated )?"
    r"(?:case|hearing|trial|match|race|game)|in an unrelated|separately|elsewhere|also at the same)\b",
    re.I,
)


def _measured(art: ArticleFacts) -> dict[tuple[str, str | None], list[_Stated]]:
    """(measure, unit) -> the article's claimed figures for it, leaving out measures it gives disagreeing
    figures."""
    return _measured_figures(art.article_id, art.text, tuple(art.claims))


@lru_cache(maxsize=1024)  # each run reads ~60 related articles whose texts and claims repeat run after run
def _measured_figures(article_id: int, text: str, claims: tuple[ExtractedClaim, ...]
                      ) -> dict[tuple[str, str | None], list[_Stated]]:
    out: dict[tuple[str, str | None], list[_Stated]] = defaultdict(list)
    for ci, claim in enumerate(claims):
        if _ANOTHER_CASE.match(claim.sentence):
            continue
        for q in claim.quantities:
            m = measure_of(text, q)
            if m is not None:
                out[m.what].append(_Stated(article_id, ci, m, claim.sentence, text[:_LEAD_CHARS]))
    if not out:
        return {}
    ambiguous = _ambiguous_measures(text)
    return {k: v for k, v in out.items() if k not in ambiguous and all(a.agrees(b) for a, b in combinations(v, 2))}


MAX_SCALE = 3.0  # results whose totals are further apart count different things


def _one_scale(a: str, b: str) -> bool:
    """Whether two results count on one scale: "4-2" in games and "13-11" in points of one game are
    different results of one match, not two versions of one."""
    ta, tb = _score_total(a), _score_total(b)
    return not (ta and tb) or max(ta, tb) / min(ta, tb) <= MAX_SCALE


def _score_total(text: str) -> int:
    words = re.findall(r"\d+|[A-Za-z]+", text)
    return sum(int(w) if w.isdigit() else (spelled_number(w) or 0) for w in words)


def _finding(measure: str, side_a: list[_Stated], side_b: list[_Stated]) -> ContradictionFinding:
    items = tuple(
        SpanRef(s.article_id, s.measured.amount.text, s.measured.amount.start, s.measured.amount.end, side,
                claim_id=s.claim)
        for side, stated in (("A", side_a), ("B", side_b))
        for s in stated
    )
    a_text, b_text = side_a[0].measured.amount.text, side_b[0].measured.amount.text
    return ContradictionFinding(
        kind="number",
        items=items,
        explanation=f"Reports of one story give the {measure} as “{a_text}” and as “{b_text}”",
        key=stable_key("story-number", measure, sorted((s.article_id, s.measured.amount.text) for s in side_a),
                       sorted((s.article_id, s.measured.amount.text) for s in side_b)),
    )


def story_number_findings(
    articles: Sequence[ArticleFacts],
    claim_groups: dict[int, list[ClaimRef]],
    utterances: Iterable[Collection[int]] = (),
    pairs: set[tuple[int, int]] | None = None,
) -> list[ContradictionFinding]:
    """Conflicting figures for one measure in reports of one story.

    For each measure (and unit: "12 soldiers" is not a count of people), the
    articles' figures split into groups that agree; two
    groups conflict when an article of one and an article of the other report
    the same story. The side more articles give is A. ``pairs``: ``story_pairs`` of these groups and
    utterances, when the caller has them already.
    """
    if pairs is None:
        pairs = story_pairs(articles, claim_groups, utterances)
    if not pairs:
        return []
    stated: dict[tuple[str, str | None], list[list[_Stated]]] = defaultdict(list)
    for art in sorted(articles, key=lambda a: a.article_id):
        for what, figures in _measured(art).items():
            stated[what].append(figures)
    out = []
    for (measure, _unit), per_article in sorted(stated.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        groups: list[list[_Stated]] = []
        for figures in per_article:
            home = next((g for g in groups if all(f.agrees(s) for f in figures for s in g)), None)
            if home is None:
                groups.append(list(figures))
            else:
                home.extend(figures)
        for ga, gb in combinations(groups, 2):
            ids_a, ids_b = {s.article_id for s in ga}, {s.article_id for s in gb}
            if any(
                (min(a.article_id, b.article_id), max(a.article_id, b.article_id)) in pairs
                and a.same_event(b)
                and (measure != "result" or _one_scale(a.measured.amount.text, b.measured.amount.text))
                for a in ga
                for b in gb
            ):
                side_a, side_b = (ga, gb) if len(ids_a) >= len(ids_b) else (gb, ga)
                out.append(_finding(measure, side_a, side_b))
    return out
