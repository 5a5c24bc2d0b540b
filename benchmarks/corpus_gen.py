#!/usr/bin/env python3
"""Deterministic synthetic news corpus: one invented event per story, told by several outlets.

    .venv/bin/python benchmarks/corpus_gen.py OUT_DIR --articles 200 [--seed 7]

Everything is invented from our own templates and syllables: places, people,
outlets, events. Each story is reported by 2-6 outlets, and the versions
disagree the way real coverage does: quotes with a word swapped or cut short
(partial quotes), a disputed figure (another number, or "roughly half of
that"), a speaker's surname in another transliteration, a wrong title
("former minister"). Story ``k`` depends only on (seed, k), so any prefix of the
corpus is the same whatever N is asked for. ``Document`` keeps the spans of
the quotes and claim sentences it holds (for ``seed_bulk``); the pipeline
benchmarks use only ``text``.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_text import (  # noqa: E402
    CLAIMS,
    ENGLISH_WORDS,
    HEADLINES,
    QUOTES,
    SYNONYMS,
    Slots,
    amount_text,
    random_sentence,
    render_template,
)

_CONS = "b c d f g h k l m n p r s t v z br dr gr kr st tr sk vr".split()
_VOWS = "a e i o u ai ei ou".split()
_SURNAME_ENDS = ["", "", "", "sky", "enko", "ov", "ich", "berg", "sen", "ei", "ski"]
_TITLES = ["Mayor", "Finance Minister", "Health Minister", "Governor", "Transport Minister",
           "Deputy Mayor", "Energy Minister", "Senator", "Police Chief"]
_DESKS = ["City Hall reporter", "Politics editor", "Business correspondent", "Markets editor", "Staff writer"]
_STYLES = ("copyright", "label", "dateline")
EPOCH = date(2025, 1, 1)


def _syllables(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_CONS) + rng.choice(_VOWS) for _ in range(n))


def transliterate(surname: str) -> str:
    """Another romanisation of the same surname (Zelenskyy/Zelensky/Zelenskiy style)."""
    for old, new in (("sky", "skiy"), ("ski", "skyy"), ("ei", "ey"), ("ich", "ych"), ("ov", "off"),
                     ("ks", "x"), ("f", "ph")):
        if old in surname:
            return surname.replace(old, new, 1)
    return surname + ("y" if surname.endswith("i") else "i")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Outlet:
    name: str
    style: str  # how the text names its outlet: copyright footer, "Outlet | date" line, wire dateline


@dataclass(frozen=True)
class Span:
    """A quote or a claim sentence inside a document; ``ref`` is its story-level identity."""

    text: str
    start: int
    end: int
    speaker: str | None
    ref: int
    partial: bool = False


@dataclass
class Document:
    name: str
    story: int
    outlet: Outlet
    published: date
    text: str = ""
    quotes: list[Span] = field(default_factory=list)
    claims: list[Span] = field(default_factory=list)


class _Builder:
    """Appends text and records spans at their exact offsets."""

    def __init__(self, doc: Document) -> None:
        self.doc, self.parts, self.pos = doc, [], 0

    def add(self, text: str) -> int:
        at = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return at

    def paragraph_end(self) -> None:
        self.add("\n\n")

    def finish(self) -> Document:
        self.doc.text = "".join(self.parts).rstrip() + "\n"
        return self.doc


def _person(rng: random.Random) -> Person:
    first = _syllables(rng, rng.choice([2, 2, 3])).title()
    last = (_syllables(rng, rng.choice([2, 3])) + rng.choice(_SURNAME_ENDS)).title()
    return Person(first, last, rng.choice(_TITLES))


def _outlet(rng: random.Random, i: int) -> Outlet:
    place = _syllables(rng, 2).title()
    noun = rng.choice(["Courier", "Ledger", "Herald", "Post", "Wire", "Observer", "Gazette", "Tribune", "Beacon"])
    return Outlet(f"The {place} {noun}" if i % 3 else f"{place} {noun}", _STYLES[i % 3])


class CorpusGenerator:
    """Stories of invented events; ``documents(n)`` yields the first n articles."""

    def __init__(self, seed: int = 7, n_outlets: int = 40, n_persons: int = 3000) -> None:
        rng = random.Random(seed)
        self.seed = seed
        self.outlets = [_outlet(rng, i) for i in range(n_outlets)]
        # Officials recur across stories (a minister speaks often), as in real news.
        self.persons = [_person(rng) for _ in range(n_persons)]
        # Real words first (the frequent ranks), then invented ones: a long Zipf tail of vocabulary.
        invented = sorted({_syllables(rng, rng.choice([2, 3, 3, 4])) for _ in range(6000)})
        rng.shuffle(invented)
        self.vocabulary = list(ENGLISH_WORDS) + invented
        self._cum = list(itertools.accumulate(1.0 / (r + 10) for r in range(len(self.vocabulary))))

    def _zipf_rank(self, rng: random.Random) -> int:
        return bisect.bisect_left(self._cum, rng.random() * self._cum[-1])

    def documents(self, n: int, first_story: int = 0) -> Iterator[Document]:
        made, story = 0, first_story
        while made < n:
            for doc in self.story(story):
                if made == n:
                    return
                made += 1
                yield doc
            story += 1

    def story(self, index: int) -> list[Document]:
        rng = random.Random(self.seed * 1_000_003 + index)
        slots = self._slots(rng, index)
        n_out = rng.choice([2, 3, 3, 4, 4, 5, 6])
        outlets = rng.sample(self.outlets, n_out)
        disputed = rng.randrange(n_out) if rng.random() < 0.5 else -1
        wrong_title = rng.randrange(n_out) if rng.random() < 0.3 else -1
        translit = rng.randrange(n_out) if rng.random() < 0.4 else -1
        day = EPOCH + timedelta(days=index % 700)
        docs = []
        for i, outlet in enumerate(outlets):
            doc = Document(f"s{index:07d}-{i}.txt", index, outlet, day + timedelta(days=rng.random() < 0.3))
            flags = {"disputed": i == disputed, "wrong_title": i == wrong_title, "translit": i == translit}
            docs.append(self._render(doc, slots, random.Random(rng.random()), flags))
        return docs

    def _pick_person(self, rng: random.Random) -> Person:
        """Half the speakers come from a heavy-tailed few (ministers speak often), half from anyone."""
        if rng.random() < 0.5:
            return self.persons[min(int(rng.paretovariate(1.0)) - 1, len(self.persons) - 1)]
        return rng.choice(self.persons)

    def _slots(self, rng: random.Random, index: int) -> Slots:
        speakers: list[Person] = []
        wanted = rng.choice([2, 2, 3])
        while len(speakers) < wanted:
            p = self._pick_person(rng)
            if p not in speakers:
                speakers.append(p)
        return Slots(
            place=_syllables(rng, 2).title(), project=_syllables(rng, 3).title(),
            org=f"{_syllables(rng, 2).title()}-{_syllables(rng, 2).title()} {rng.choice(['Group', 'Systems', 'Holdings'])}",
            thing=rng.choice(["desalination plant", "tram line", "bridge", "hospital wing", "wind farm",
                              "port terminal", "rail tunnel", "school campus", "data centre", "ferry route"]),
            amount=rng.choice([1.2, 2.4, 3.5, 4.8, 7.5, 12, 15, 350, 640]) * rng.choice([1, 10]),
            count=rng.choice([140, 800, 1200, 2500, 4000, 18000, 140000]),
            years=rng.choice([5, 10, 20, 25, 30, 50]), speakers=speakers,
            quote_ids=rng.sample(range(len(QUOTES)), k=rng.randint(5, 8)),
            claim_ids=rng.sample(range(len(CLAIMS)), k=rng.randint(3, 5)),
            filler_ids=list(range(rng.randint(10, 16))),
            nouns=[_syllables(rng, rng.choice([2, 3])).title() for _ in range(4)],
            words=[self.vocabulary[self._zipf_rank(rng)] for _ in range(24)],
            pct=rng.choice([1.5, 2.4, 3.2, 4.8, 7, 12, 15, 22]), year=rng.randint(1985, 2015),
        )

    def _render(self, doc: Document, s: Slots, rng: random.Random, flags: dict) -> Document:
        b = _Builder(doc)
        b.add(render_template(rng.choice(HEADLINES), s))
        b.paragraph_end()
        self._masthead(b, doc, rng)
        blocks = [("q", i, q) for i, q in enumerate(s.quote_ids)] + [("c", i, c) for i, c in enumerate(s.claim_ids)]
        # Background paragraphs hold two sentences each, as wire copy does.
        blocks += [("f", i, s.filler_ids[i : i + 2]) for i in range(0, len(s.filler_ids), 2)]
        rng.shuffle(blocks)
        introduced: set[str] = set()
        for kind, i, tid in blocks:
            if kind == "q":
                self._quote(b, s, i, tid, rng, flags, introduced)
            elif kind == "c":
                self._claim(b, s, i, tid, rng, flags)
            else:
                b.add(" ".join(self._filler(s, t) for t in tid))
            b.paragraph_end()
        if doc.outlet.style == "copyright":
            b.add(f"© {doc.published.year} {doc.outlet.name} Ltd")
        return b.finish()

    def _filler(self, s: Slots, tid: int) -> str:
        # Background is free prose from the story's own vocabulary: whole sentences
        # shared by unrelated stories are rare in real news, and shared templates would
        # make the linkers merge unrelated stories (a cost real data does not have).
        rng = random.Random(f"{s.project}:{s.place}:f{tid}")
        return random_sentence(rng, s.words + s.nouns, rng.choice([s.place, s.org, s.nouns[tid % 4]]))

    def _masthead(self, b: _Builder, doc: Document, rng: random.Random) -> None:
        if doc.outlet.style == "label":
            b.add(f"{doc.outlet.name} | {doc.published.day} {doc.published:%B %Y}")
        elif doc.outlet.style == "copyright":
            reporter = f"{_syllables(rng, 2).title()} {_syllables(rng, 3).title()}"
            b.add(f"By {reporter}, {rng.choice(_DESKS)}")
        else:
            place = _syllables(rng, 2).upper()
            lead = random_sentence(random.Random(f"{doc.name}:lead"), [place.title(), "officials", "met", "monday"], place.title())
            b.add(f"{place}, {doc.published:%B} {doc.published.day} ({doc.outlet.name}) - {lead}")
        b.paragraph_end()

    def _refer(self, p: Person, introduced: set[str], flags: dict) -> str:
        last = transliterate(p.last) if flags["translit"] else p.last
        if p.name in introduced:
            return last
        introduced.add(p.name)
        title = f"former {p.title.lower()}" if flags["wrong_title"] else p.title
        return f"{title} {p.first} {last}" if title[0].isupper() else f"the {title} {p.first} {last}"

    def _quote(self, b: _Builder, s: Slots, i: int, tid: int, rng: random.Random, flags: dict,
               introduced: set[str]) -> None:
        speaker = s.speakers[i % len(s.speakers)]
        # A stock line (shared wording, where misquotes happen) plus a sentence of the story's own.
        own = random_sentence(random.Random(f"{s.project}:{s.place}:q{tid}"), s.words + s.nouns, s.place)
        words = (render_template(QUOTES[tid], s) + " " + own).split()
        variant = rng.random()
        if variant < 0.2:  # a word swapped for a near-synonym: the classic misquote
            at = [j for j, w in enumerate(words) if w.lower() in SYNONYMS]
            if at:
                j = rng.choice(at)
                words[j] = rng.choice(SYNONYMS[words[j].lower()])
        partial = 0.2 <= variant < 0.35 and len(words) > 8
        if partial:
            cut = rng.randint(3, max(3, len(words) // 3))
            words = words[cut:]
            words[0] = words[0].lower()
        text = " ".join(words).rstrip(".")
        ref = self._refer(speaker, introduced, flags)
        if partial:
            b.add(f"{ref} said {rng.choice(['that', 'the city would', 'they would'])} “")
            start = b.add(text)
            b.add("”.")
        elif rng.random() < 0.5:
            b.add("“")
            start = b.add(text)
            b.add(f",” {ref} said.")
        else:
            b.add(f"{ref} said: “")
            start = b.add(text)
            b.add(".”")
        b.doc.quotes.append(Span(text, start, start + len(text), speaker.name, tid, partial))

    def _claim(self, b: _Builder, s: Slots, i: int, tid: int, rng: random.Random, flags: dict) -> None:
        # The first claim carries the story's key figure; the disputed outlet reports it differently.
        figure = amount_text(s.amount)
        if flags["disputed"] and i == 0:
            figure = rng.choice([amount_text(s.amount * rng.choice([0.5, 1.5, 2])), "roughly half of that"])
        speaker = s.speakers[0]
        sentence = render_template(CLAIMS[tid], s, figure=figure, who=speaker.last)
        start = b.add(sentence)
        b.doc.claims.append(Span(sentence, start, start + len(sentence), speaker.name, tid))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--first-story", type=int, default=0)
    args = ap.parse_args(argv)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    for doc in CorpusGenerator(args.seed).documents(args.articles, args.first_story):
        (out / doc.name).write_text(doc.text, encoding="utf-8")
        words += len(doc.text.split())
    print(f"{args.articles} articles, {words / max(1, args.articles):.0f} words each, in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
