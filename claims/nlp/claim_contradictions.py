"""Number and fact/title contradictions between claims, across or within articles.

Entry point, called by the Django service once per linking run::

    findings = claim_findings(articles, claim_groups)

- ``articles``: one :class:`ArticleFacts` per article of the run (plain data:
  id, text, ISO publication date, extracted claims and persons).
- ``claim_groups`` (optional): ``{group_id: [(article_id, claim_index), ...]}``,
  the claims the linker put in one Claim, ``claim_index`` indexing
  ``ArticleFacts.claims``; when None, claims are compared with
  ``claim_linking.same_claim`` directly.
- returns :class:`ContradictionFinding` values whose ``SpanRef`` offsets point
  into ``ArticleFacts.text``; each has a stable ``key`` built from article ids
  and the normalised disagreeing words, so a relink finds it again.

Three rules, each conservative (a finding is shown to a reviewer):

- number (number_rules.py): one claim, amounts that cannot be the same
  figure ("$350 billion" vs "roughly half of that amount"); approximations,
  bounds and ranges are respected. Reports of one story that give one
  measure different figures in unlinked sentences (story_numbers.py).
- fact / title: one article gives a person a "former" office that other
  articles of the same few days give them as sitting (roles.py), or another
  portfolio or rank than they do (title_conflicts.py); reports of one story
  call one decision unanimous and split (decision_kinds.py), put one event on
  two weekdays (event_days.py), one hearing before two courts (court_kinds.py)
  or number one moment twice ("in the ninth round" / "in the seventh",
  ordinal_slots.py).
- fact / denial: an outlet writes that one statement contradicts, refutes or
  rejects a named party's claim that ... (within one article).
- number / headline: a report's headline gives a figure its body gives otherwise
  (headline_figures.py, within one article).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts, close_in_time
from claims.nlp.court_kinds import court_kind_findings
from claims.nlp.decision_kinds import decision_kind_findings
from claims.nlp.event_days import event_day_findings
from claims.nlp.headline_figures import headline_figure_findings
from claims.nlp.number_rules import number_findings, stable_key
from claims.nlp.ordinal_slots import ordinal_slot_findings
from claims.nlp.outcome_slots import outcome_findings, verdict_findings
from claims.nlp.person_ages import person_age_findings
from claims.nlp.polarity_rules import polarity_findings
from claims.nlp.roles import RoleMention, find_roles
from claims.nlp.share_figures import share_findings
from claims.nlp.story_numbers import named_alike, story_pairs
from claims.nlp.title_conflicts import title_conflict_findings
from claims.nlp.types import ContradictionFinding, SpanRef
from claims.nlp.unique_roles import unique_role_findings
from claims.nlp.vote_margins import vote_margin_findings

__all__ = ["ArticleFacts", "claim_findings", "denial_findings", "title_findings", "number_findings"]

TITLE_WINDOW_DAYS = 3


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})
MIN_SITTING_REPORTS = 2  # reports giving the sitting title, when another report says "former"


@dataclass(frozen=True, slots=True)
class _Titled:
    """One role mention, tied to the person it names across the run."""

    article: ArticleFacts
    role: RoleMention
    who: str  # "first surname" ("bill clinton"), or "?surname" when the article never gives a first name


@lru_cache(maxsize=20_000)  # each run splits the same related articles' names again
def _name_parts(name: str) -> tuple[str | None, str]:
    words = [w for w in re.findall(r"[\w’'-]+", name) if w.lower().rstrip(".") not in _HONORIFICS]
    surname = re.sub(r"(.)\1+", r"\1", (words[-1] if words else name).lower())
    return (words[0].lower() if len(words) >= 2 else None), surname


def _people(art: ArticleFacts, roles: list[RoleMention]) -> dict[str, set[str]]:
    """Surname -> the first names the article gives people of that surname."""
    firsts: dict[str, set[str]] = {}
    for name in [p.name for p in art.persons] + [r.person for r in roles]:
        first, surname = _name_parts(name)
        firsts.setdefault(surname, set())
        if first:
            firsts[surname].add(first)
    return firsts


def _titled(articles: Sequence[ArticleFacts]) -> list[_Titled]:
    """Every role mention of the run with its person: "the president, Mrs. Clinton" is Hillary where the
    article named Hillary Clinton; a surname the article gives two first names is left out."""
    out = []
    for art in articles:
        roles = find_roles(art.text)
        firsts = _people(art, roles)
        for r in roles:
            first, surname = _name_parts(r.person)
            if first is None:
                known = firsts.get(surname, set())
                if len(known) > 1:
                    continue
                first = next(iter(known), None)
            out.append(_Titled(art, r, f"{first} {surname}" if first else f"?{surname}"))
    # A bare surname names the one person of that surname the run knows, if only one.
    full = {}
    for t in out:
        if not t.who.startswith("?"):
            full.setdefault(t.who.split()[-1], set()).add(t.who)
    resolved = []
    for t in out:
        if t.who.startswith("?"):
            names = full.get(t.who[1:], set())
            if len(names) > 1:
                continue
            t = _Titled(t.article, t.role, next(iter(names), t.who))
        resolved.append(t)
    return resolved


def _names_person(role: RoleMention) -> bool:
    return role.key in re.sub(r"(.)\1+", r"\1", role.text.lower())  # keys fold doubled letters


def _country_of(mentions: list[_Titled]) -> str | None:
    stated = Counter(t.role.country for t in mentions if t.role.country)
    return stated.most_common(1)[0][0] if stated else None


def _title_finding(
    who: str, office: str, former: list[_Titled], current: list[_Titled]
) -> ContradictionFinding:
    items = [SpanRef(t.article.article_id, t.role.text, t.role.start, t.role.end, "A") for t in former]
    items += [SpanRef(t.article.article_id, t.role.text, t.role.start, t.role.end, "B") for t in current]
    person = max((t.role.person for t in former), key=len)
    return ContradictionFinding(
        kind="fact",
        items=tuple(items),
        explanation=f"{person} is called a former {office} in {_reports(former)} but the sitting {office} in "
        f"{_reports(current)} of the same days",
        key=stable_key(
            "title",
            who,
            office,
            sorted({t.article.article_id for t in former}),
            sorted({t.article.article_id for t in current}),
        ),
    )


def _reports(titled: list[_Titled]) -> str:
    n = len({t.article.article_id for t in titled})
    return "one report" if n == 1 else f"{n} reports"


ClaimSpans = dict[int, list[tuple[int, int, int]]]  # article id -> (start, end, claim group) of its linked claims


def _claim_spans(articles: Sequence[ArticleFacts], groups: dict[int, list[tuple[int, int]]]) -> ClaimSpans:
    by_id = {a.article_id: a for a in articles}
    out: ClaimSpans = {}
    for group, members in groups.items():
        for aid, index in members:
            art = by_id.get(aid)
            if art is not None and index < len(art.claims):
                claim = art.claims[index]
                out.setdefault(aid, []).append((claim.start, claim.end, group))
    return out


def _groups_holding(t: _Titled, spans: ClaimSpans) -> set[int]:
    return {g for s, e, g in spans.get(t.article.article_id, ()) if s <= t.role.start and t.role.end <= e}


def _reported_together(
    former: _Titled, current: _Titled, window_days: int, story: set[tuple[int, int]], spans: ClaimSpans
) -> bool:
    """The two reports cover one news event: both carry their dates and they lie within the window,
    they report one story (several linked claims), or one of the titles stands in a sentence linked
    as one claim with a sentence of the other report: the title is given while telling an event the
    other report tells too ("President Y told his cabinet on Wednesday ..." / "Y announced it at a
    cabinet meeting on Wednesday"), which is all a short excerpt may share. One report against one
    is then a disagreement of the same days, not an old text against a new one."""
    a, b = former.article, current.article
    if a.published and b.published and close_in_time(a.published, b.published, window_days):
        return True
    if tuple(sorted((a.article_id, b.article_id))) in story:
        return True
    return bool(
        _groups_holding(former, spans) & _article_groups(b, spans)
        or _groups_holding(current, spans) & _article_groups(a, spans)
    )


def _article_groups(art: ArticleFacts, spans: ClaimSpans) -> set[int]:
    return {g for _s, _e, g in spans.get(art.article_id, ())}


def title_findings(
    articles: Sequence[ArticleFacts],
    window_days: int = TITLE_WINDOW_DAYS,
    story: set[tuple[int, int]] = frozenset(),
    spans: ClaimSpans | None = None,
) -> list[ContradictionFinding]:
    """One report calling a person a "former" holder of an office that other reports of the same days
    give them as sitting.

    "President Bill Clinton" years after his term is an honorific, not a claim
    that he sits, so the sitting side must outweigh the "former" one (at least
    two reports, more than say "former"; or one against one when both are dated
    and close, or ``story`` pairs them as reports of one story), and nobody else may hold the office in
    those days (an office has one holder at a time: if "President Obama" is
    sitting, "President Clinton" is a courtesy). The "former" side must name
    the person: "the former senator" resolved by coreference is too weak.
    """
    by_person: dict[tuple[str, str], list[_Titled]] = {}
    for t in _titled(articles):
        by_person.setdefault((t.who, t.role.office), []).append(t)
    countries = {key: _country_of(ms) for key, ms in by_person.items()}
    out = []
    for (who, office), mentions in sorted(by_person.items()):
        former = [t for t in mentions if t.role.tense == "former" and _names_person(t.role)]
        if not former:
            continue
        former_ids = {t.article.article_id for t in former}
        country = countries[(who, office)]

        def near(t: _Titled, dated: list[_Titled] = former) -> bool:
            return any(close_in_time(t.article.published, f.article.published, window_days) for f in dated)

        current = [
            t
            for t in mentions
            if t.role.tense == "current" and t.article.article_id not in former_ids and near(t)
        ]
        if not current:
            continue
        former_near = [f for f in former if near(f, current)]
        sitting_reports = {t.article.article_id for t in current}
        former_reports = {t.article.article_id for t in former_near}
        outweighed = len(sitting_reports) > len(former_reports) and len(sitting_reports) >= MIN_SITTING_REPORTS
        one_against_one = len(sitting_reports) == len(former_reports) == 1 and all(
            _reported_together(f, c, window_days, story, spans or {}) for f in former_near for c in current
        )
        # The other way round: reports of the same days that call the person "former" outweigh one that
        # describes them as holding the office now ("Rupert Ashgrove, the party's deputy leader"). Only
        # a description counts: a title before the name is a courtesy a former holder keeps.
        described = [t for t in current if t.role.shape == "apposition"]
        outdated = (
            len(described) == len(current)
            and len(former_reports) > len(sitting_reports)
            and len(former_reports) >= MIN_SITTING_REPORTS
        )
        if not (outweighed or one_against_one or outdated):
            continue
        rivals = [
            other
            for (o_who, o_office), ms in by_person.items()
            if o_office == office
            and o_who != who
            and (country is None or countries[(o_who, o_office)] in {None, country})
            for other in ms
            if other.role.tense == "current"
            and near(other, current)
            and not any(m.role.tense == "former" for m in ms)
        ]
        if rivals:
            continue  # the office has another sitting holder these days: this title is a courtesy
        out.append(_title_finding(who, office, former_near, current))
    return out


_CONTRA_CUE = (
    r"contradict(?:ing|s|ed)?|refut(?:ing|es|ed)|rebut(?:ting|s|ted)|disput(?:ing|es|ed)|den(?:ying|ies|ied)|"
    r"dismiss(?:ing|es|ed)|reject(?:ing|s|ed)|at odds with|contrary to|undercut(?:ting|s)?|belying|belied"
)
_DENIAL = re.compile(
    rf"(?P<cue>\b(?:{_CONTRA_CUE}))\s+(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+(?:\w+\s+)?"
    r"(?P<noun>claims?|assertions?|statements?|suggestions?|remarks?|comments?|insistence|allegations?)"
    r"(?:\s+(?:earlier|last|this|on)\s+\w+(?:\s+\w+)?)?\s+that\s+(?P<claim>[^.;:!?]+)"
)
_REJECTION_NP = re.compile(
    r"(?:[A-Z][\w-]*[’']s\s+)?(?:\w+\s+)?(?:rejection|denial|dismissal|refusal|opposition|rebuttal)\s+of\s+[^,;.]+"
)


def _denial_side(sentence: str, cue_at: int) -> tuple[int, int] | None:
    """Offsets (in the sentence) of the denying statement before the cue."""
    main = sentence[:cue_at].rstrip(" ,—–-")
    nps = list(_REJECTION_NP.finditer(main))
    if nps:
        np = nps[-1]  # the rejection nearest the cue is the one it qualifies
        return np.start(), np.end()
    return (0, len(main)) if len(main.split()) >= 4 else None


def denial_findings(art: ArticleFacts) -> list[ContradictionFinding]:
    """An outlet pairs a named party's claim with a statement that contradicts or rejects it."""
    out = []
    for claim in art.claims:
        for m in _DENIAL.finditer(claim.sentence):
            claim_text = m.group("claim").rstrip(' ,”"’')
            side_b = _denial_side(claim.sentence, m.start("cue"))
            if side_b is None or len(claim_text.split()) < 3:
                continue
            a_start = claim.start + m.start("claim")
            b_start, b_end = claim.start + side_b[0], claim.start + side_b[1]
            items = (
                SpanRef(art.article_id, claim_text, a_start, a_start + len(claim_text), "A"),
                SpanRef(art.article_id, art.text[b_start:b_end], b_start, b_end, "B"),
            )
            out.append(
                ContradictionFinding(
                    kind="fact",
                    items=items,
                    explanation=f"The report says {m.group('owner')}'s {m.group('noun')} that "
                    f"“{claim_text}” is contradicted ({m.group('cue')})",
                    key=stable_key("denial", art.article_id, claim_text),
                )
            )
    return out


def claim_findings(
    articles: list[ArticleFacts],
    claim_groups: dict[int, list[tuple[int, int]]] | None = None,
    story_groups: dict[int, list[tuple[int, int]]] | None = None,
    utterances: Sequence[Collection[int]] = (),
) -> list[ContradictionFinding]:
    """All number, title, polarity and denial findings of one linking run, de-duplicated by key.

    ``story_groups`` (optional, same shape as ``claim_groups``) holds every claim of
    the run's mentions, touched or not, and ``utterances`` the articles of each quote
    group among them: which articles report one story.
    """
    # A "former" title is set against a sitting one only where claims or remarks link the reports: two
    # undated excerpts naming the same people may be of different days.
    linked = story_pairs(articles, story_groups or claim_groups or {}, utterances, by_names=False)
    story = linked | named_alike(articles, linked)
    found = (
        # The story pairs are computed once, where both read them from the same groups.
        number_findings(articles, claim_groups, story_groups, utterances,
                        pairs=story if story_groups or claim_groups else None)
        + title_findings(articles, story=linked, spans=_claim_spans(articles, story_groups or claim_groups or {}))
        + title_conflict_findings(articles, lambda a, b: close_in_time(a, b, TITLE_WINDOW_DAYS), story)
        + decision_kind_findings(articles, story)
        + event_day_findings(articles, story)
        + person_age_findings(articles, story)
        + share_findings(articles, story)
        + outcome_findings(articles, story)
        + verdict_findings(articles, story)
        + unique_role_findings(articles, story)
        + court_kind_findings(articles, story)
        + ordinal_slot_findings(articles, story)
        + polarity_findings(articles, claim_groups)
    )
    found += vote_margin_findings(articles)
    for art in articles:
        found += denial_findings(art)
        found += headline_figure_findings(art.article_id, art.text)
    seen: set[str] = set()
    out = []
    for f in found:
        if f.key not in seen:
            seen.add(f.key)
            out.append(f)
    return out
