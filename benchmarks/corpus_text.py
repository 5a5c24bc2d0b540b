"""Sentence templates for the synthetic corpus (benchmarks/corpus_gen.py); all invented.

Slots in braces are filled per story: {place}, {project}, {org}, {thing},
{years}, {count}, {n0}..{n3} (invented words that make each story's wording
its own), and in claims {figure} (the story's key amount, possibly disputed)
and {who} (the main speaker's surname).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Slots:
    place: str
    project: str
    org: str
    thing: str
    amount: float  # millions of euros
    count: int
    years: int
    speakers: list
    quote_ids: list[int]
    claim_ids: list[int]
    filler_ids: list[int]
    nouns: list[str]  # invented proper names (districts, groups)
    words: list[str]  # common words for this story, drawn from a Zipf-distributed vocabulary
    pct: float
    year: int


def amount_text(millions: float) -> str:
    if millions >= 1000:
        return f"€{millions / 1000:.1f}bn".replace(".0bn", "bn")
    return f"€{millions:g}m"


FUNCTION_WORDS = ("the a of to in and that for on with as by at from but not will would has have was "
                  "were said its their this after before over under about into than").split()


def random_sentence(rng, words: list[str], entity: str) -> str:
    """A background sentence of function words and the story's vocabulary: rarely repeated elsewhere."""
    out = [rng.choice(FUNCTION_WORDS) if rng.random() < 0.45 else rng.choice(words) for _ in range(rng.randint(10, 18))]
    out.insert(rng.randrange(1, len(out)), entity)
    return " ".join(out)[:1].upper() + " ".join(out)[1:] + "."


def render_template(template: str, s: Slots, **extra: str) -> str:
    values = {"place": s.place, "project": s.project, "org": s.org, "thing": s.thing, "years": s.years,
              "count": f"{s.count:,}", "pct": s.pct, "year": s.year, "year2": s.year + 10,
              **{f"n{i}": w for i, w in enumerate(s.nouns)}, **{f"w{i}": w for i, w in enumerate(s.words)}, **extra}
    return template.format(**values)


# Ordinary English modifiers; corpus_gen mixes them with invented words and draws
# each story's with Zipf weights, so some pairs of stories share words and most do not.
ENGLISH_WORDS = sorted(set("""
water energy housing transport harbour coastal rural urban public private municipal regional national
federal district county provincial maritime industrial agricultural fishing mining forestry tourism
railway highway airport ferry tram metro bus cycling pedestrian freight cargo container logistics
health hospital clinic school university college library museum stadium park garden market retail
banking insurance pension welfare housing rental mortgage property land planning zoning heritage
climate flood drought storm coastal erosion wildlife forest river lake wetland solar wind hydro grid
nuclear gas oil coal hydrogen battery digital broadband telecom software security police fire
ambulance emergency defence border customs tax budget audit treasury procurement tender contract
""".split()))

# Words an outlet may swap when it re-types a quote ("make" vs "provide").
SYNONYMS = {
    "provide": ["deliver", "make", "give"], "never": ["not"], "every": ["each"], "clean": ["safe"],
    "people": ["residents", "families"], "build": ["finish", "deliver"], "cost": ["price"],
    "will": ["would", "shall"], "promise": ["pledge", "guarantee"], "safe": ["secure"],
    "future": ["fate"], "protect": ["defend", "shield"], "cut": ["reduce", "slash"],
    "open": ["ready"], "jobs": ["posts", "positions"], "serious": ["grave"], "fair": ["just"],
}

QUOTES = [
    "This {thing} will provide clean water and power to every household in {place} for the next {years} years.",
    "We are not going to let one more dry summer decide the future of {place}.",
    "The {project} scheme is a promise we made to the people of {place}, and we will keep it.",
    "Not a single cent of this comes out of a household budget in {place}.",
    "The numbers are simple, and the {n0} is not optional for a city like {place}.",
    "Nobody in the {n1} district was asked about the route of the {thing}, and that is not fair.",
    "We will build the {thing} on time and we will build it on budget, whatever the {n2} says.",
    "This is the biggest order in the history of {org} and we are proud to deliver it.",
    "The council has a duty to publish the full {project} contract before anyone votes on it.",
    "I have seen the {n3} figures and they do not add up for the families of {place}.",
    "Every worker on the {thing} will be paid a fair wage, and every contract will be open.",
    "We will protect the beaches of {place} and the {n0} fishing grounds from any damage.",
    "Our engineers have run the {project} model a hundred times and the answer is always the same.",
    "If the {thing} is late, {org} will pay the penalty, not the people of {place}.",
    "This is a serious question about the {n1} budget and it deserves a serious answer.",
    "We will cut the waiting time for the {thing} in half within {years} months.",
    "The people of {place} were promised a {n2} dividend and they will get it.",
    "I do not accept that the {project} plan puts a single job in {place} at risk.",
    "The {thing} will open in stages, starting with the {n3} section next spring.",
    "There is no plan B for {place}; the {project} scheme is the plan.",
    "We owe it to our children to build a {thing} that will last beyond the {n0} generation.",
    "The opposition has not produced a single costed alternative to the {project} proposal.",
    "What matters is whether the {thing} is safe, and every study says that it is safe.",
    "{org} has already started hiring in {place} and the jobs are real.",
]

# Claim frames keep few fixed content words: two unrelated stories should not
# share a whole claim, only its kind ("X will cost Y").
CLAIMS = [
    "The {w0} {w1} for {place} is worth {figure} over {years} years, {org} said.",
    "{who} put the {w2} {w3} of the {project} {w4} at {figure}.",
    "About {count} {w5} {w6} will come with the {project} {w7}, the {n3} {w8} said.",
    "The {w9} {w10} in {place} rose by {pct} per cent, the highest since {year}.",
    "The {n1} {w11} lost {count} {w12} {w13} between {year} and {year2}.",
    "{org} expects {figure} of {w14} {w15} from the {project} {w16} by {year2}.",
    "The {w17} {w18} of {n2} fell by {pct} per cent after the {project} {w19} opened.",
    "{who} said the {project} {w20} had already cost {figure} in {w21} {w22}.",
]

HEADLINES = [
    "{place} signs deal with {org} for new {thing}",
    "{place} council backs {project} {thing} plan",
    "Questions over cost of {place} {thing}",
    "{org} wins {place} {thing} contract",
    "Residents divided over {project} scheme in {place}",
]
