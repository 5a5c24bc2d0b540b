#!/usr/bin/env python3
"""Score the pipeline on short excerpts cut from the gold seed articles (issue #4).

    .venv/bin/python benchmarks/excerpt_probe.py [--variants 12] [--seed 0] [--jobs 2]
                                                 [--keep DIR] [--json]

Held-out event sets are short excerpts of real articles: the first paragraphs or
a window of them, sometimes without the headline, the last one often cut off
mid-sentence (sometimes inside a quotation), sometimes opening on a wire date
line ("CITY, Mon 26 (Agency) -"). We have no gold for such sets, so this probe
makes them from ../shared/seeds and its gold (../shared/gold/seeds.json), read
at run time, never copied into the repository:

- each variant (one RNG seed) excerpts every seed article at random (seeded):
  the lead or a window of paragraphs (a window may start mid-paragraph), the
  headline or not, a date line or not, the last paragraph whole or cut
  mid-sentence or mid-quote (sometimes marked with an ellipsis); it writes the
  excerpts and a filtered gold to a temporary folder;
- the filtered gold keeps what is still in the excerpt, with offsets moved:
  quotes whose text is whole, and quotes cut off by the end of the excerpt
  after their opening mark (as the project's own excerpt gold does: every
  quotation mark belongs to a quote), claim mentions and contradiction items
  whose text is whole, contradictions that keep their sides, clusters' quotes;
- each variant is ingested into its own SQLite database (a copy of one migrated
  template), exported and scored with ../shared/benchmarks/score_graph.py.

--repo runs another checkout's pipeline on the same variants (figures before a
change: export the older commit with `git archive` and pass its folder).

Per-variant and mean figures are printed: quotes P/R, speaker accuracy, speaker
identity F1, quote linking P/R, contradictions P/R.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = SHARED / "gold" / "seeds.json"
DEFAULT_SCORER = SHARED / "benchmarks" / "score_graph.py"

# Wire and web date-line styles seen on held-out coverage; {c} a city, {d} a day.
DATELINES = (
    "{c}, Feb {d} (Reuters) - ",
    "{c} — ",
    "{c} (AP) — ",
    "{c}, Feb. {d} (AFP) - ",
    "February {d}, 2025 - ",
    "Published {d} February 2025\n\n",
    "{c}, Feb {d} — ",
)
CITIES = ("WASHINGTON", "LONDON", "KYIV", "BRUSSELS", "NEW YORK", "PARIS")
MIN_WORDS_LEFT_IN_CUT_QUOTE = 3  # when a cut is placed inside a quotation on purpose
ELLIPSES = ("…", " ...", " […]")
_SENTENCE_GAP = re.compile(r"(?:(?<=[.!?][”\"’])|(?<=[.!?]))\s+(?=[A-Z“\"])")


@dataclass
class Piece:
    """A run of the original article copied into the excerpt: original [start, end) at new offset `at`."""

    start: int
    end: int
    at: int
    cut: bool = False  # the excerpt ends inside this paragraph


@dataclass
class Excerpt:
    text: str
    pieces: list[Piece]
    title: str | None
    recipe: dict = field(default_factory=dict)

    def moved(self, start: int, end: int) -> tuple[int, int] | None:
        """New offsets of an original span lying whole in one copied piece."""
        for p in self.pieces:
            if p.start <= start and end <= p.end:
                return p.at + start - p.start, p.at + end - p.start
        return None

    def cut_quote(self, start: int, end: int) -> tuple[int, int] | None:
        """New offsets of the surviving part of a quote the excerpt's cut runs through."""
        for p in self.pieces:
            if p.cut and p.start <= start < p.end < end:
                left = self.text[p.at + start - p.start : p.at + p.end - p.start].rstrip()
                if left:  # every quotation mark belongs to a quote, however little is left
                    return p.at + start - p.start, p.at + start - p.start + len(left)
        return None


def body_paragraphs(content: str, article: dict) -> list[tuple[int, int]]:
    """Offsets of the article's body lines: not blank, headline, byline, caption, heading or boilerplate."""
    skip = set(article.get("boilerplate") or []) | set(article.get("captions") or [])
    skip |= set(article.get("section_headings") or [])
    skip |= {x for x in (article.get("title"), article.get("byline")) if x}
    out, pos = [], 0
    for line in content.split("\n"):
        stripped = line.strip()
        if stripped and stripped not in skip:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


def sentence_cut_points(text: str) -> list[int]:
    """Word boundaries inside a sentence (not just after its final stop), past the first fifth."""
    points = []
    for m in re.finditer(r" ", text):
        i = m.start()
        if i < len(text) // 5 or re.search(r"[.!?][\"”’']?$", text[:i]):
            continue
        points.append(i)
    return points


def quote_cut_points(text: str, quotes: list[tuple[int, int]]) -> list[int]:
    """Word boundaries inside a quotation, leaving at least a few of its words."""
    points = []
    for qs, qe in quotes:
        for m in re.finditer(r" ", text[qs:qe]):
            i = qs + m.start()
            if len(text[qs:i].split()) >= MIN_WORDS_LEFT_IN_CUT_QUOTE and i < qe - 1:
                points.append(i)
    return points


def make_excerpt(content: str, article: dict, quotes: list[dict], rng: random.Random, event_day: int = 1) -> Excerpt:
    """One article's excerpt; a date line gives ``event_day`` or one of the two days after it (reports
    of one event are dated within days of each other)."""
    paras = body_paragraphs(content, article)
    recipe: dict = {}
    if rng.random() < 0.6 or len(paras) < 4:
        first, recipe["mode"] = 0, "lead"
    else:
        first, recipe["mode"] = rng.randint(1, len(paras) - 3), "window"
    count = min(rng.randint(2, 5), len(paras) - first)
    chosen = paras[first : first + count]
    if recipe["mode"] == "window" and rng.random() < 0.4:
        chosen[0] = start_mid_paragraph(content, chosen[0], quotes, rng, recipe)
    cut_at = choose_cut(content, chosen[-1], quotes, rng, recipe)
    title = article.get("title") if article.get("title") and rng.random() < 0.6 else None
    recipe.update(paragraphs=f"{first + 1}-{first + count}/{len(paras)}", headline=bool(title))
    sep = "\n\n" if rng.random() < 0.7 else "\n"
    parts: list[str] = []
    pieces: list[Piece] = []
    at = 0
    if title:
        parts.append(title + sep)
        at += len(title) + len(sep)
    if rng.random() < 0.45:
        style, city = rng.choice(DATELINES), rng.choice(CITIES)
        # The draw of 1..28 is kept (the same random stream as before), folded into the event's days.
        dateline = style.format(c=city, d=event_day + rng.randint(1, 28) % 3)
        recipe["dateline"] = dateline.strip()
        parts.append(dateline)
        at += len(dateline)
    for i, (s, e) in enumerate(chosen):
        last = i == len(chosen) - 1
        end = cut_at if last and cut_at is not None else e
        pieces.append(Piece(s, end, at, cut=last and cut_at is not None))
        chunk = content[s:end] + ("" if last else sep)
        parts.append(chunk)
        at += len(chunk)
    if cut_at is not None and rng.random() < 0.3:
        parts.append(rng.choice(ELLIPSES))  # some excerpts mark their cut
        recipe["ellipsis"] = True
    return Excerpt("".join(parts) + "\n", pieces, title, recipe)


def start_mid_paragraph(
    content: str, para: tuple[int, int], quotes: list[dict], rng: random.Random, recipe: dict
) -> tuple[int, int]:
    """The paragraph from one of its later sentences on (an excerpt that starts mid-paragraph), never
    from inside a quotation."""
    s, e = para
    starts = [s + m.end() for m in _SENTENCE_GAP.finditer(content[s:e])]
    starts = [i for i in starts if not any(q["start"] <= i < q["end"] + 1 for q in quotes)]
    if not starts:
        return para
    recipe["mid_paragraph_start"] = True
    return rng.choice(starts), e


def choose_cut(
    content: str, para: tuple[int, int], quotes: list[dict], rng: random.Random, recipe: dict
) -> int | None:
    """Original offset where the excerpt stops inside its last paragraph, or None (kept whole)."""
    if rng.random() >= 0.65:
        return None
    s, e = para
    text = content[s:e]
    inside = [(q["start"] - s, q["end"] - s) for q in quotes if s <= q["start"] and q["end"] <= e]
    points = quote_cut_points(text, inside) if inside and rng.random() < 0.4 else []
    recipe["cut"] = "mid-quote" if points else "mid-sentence"
    points = points or sentence_cut_points(text)
    if not points:
        recipe.pop("cut")
        return None
    return s + rng.choice(points)


def filtered_gold(gold: dict, excerpts: dict[str, Excerpt]) -> dict:
    """The gold restricted to what the excerpts still hold, offsets moved into them."""
    out = {k: gold[k] for k in ("schema_version", "event", "speakers") if k in gold}
    out["articles"] = [
        {"file": a["file"], "outlet": a.get("outlet"), "title": excerpts[a["file"]].title, "boilerplate": []}
        for a in gold["articles"]
        if a["file"] in excerpts
    ]
    out["quotes"] = []
    for q in gold["quotes"]:
        ex = excerpts.get(q["file"])
        span = ex and (ex.moved(q["start"], q["end"]) or ex.cut_quote(q["start"], q["end"]))
        if span:
            out["quotes"].append({**q, "start": span[0], "end": span[1], "text": ex.text[span[0] : span[1]]})
    kept = {q["id"] for q in out["quotes"]}
    out["quote_clusters"] = [
        {**c, "quote_ids": [i for i in c["quote_ids"] if i in kept]}
        for c in gold.get("quote_clusters", [])
        if any(i in kept for i in c["quote_ids"])
    ]
    out["claims"] = []
    for cl in gold.get("claims", []):
        mentions = [moved_mention(m, excerpts, "sentence") for m in cl["mentions"]]
        mentions = [m for m in mentions if m]
        if mentions:
            out["claims"].append({**cl, "mentions": mentions})
    out["contradictions"] = []
    for c in gold.get("contradictions", []):
        items = [moved_mention(i, excerpts, "text") for i in c["items"]]
        items = [i for i in items if i and (not i.get("quote_id") or i["quote_id"] in kept)]
        sides_before = {i.get("side", "A") for i in c["items"]}
        sides_after = {i.get("side", "A") for i in items}
        if len(sides_after) >= min(2, len(sides_before)):
            out["contradictions"].append({**c, "items": items})
    return out


def moved_mention(item: dict, excerpts: dict[str, Excerpt], text_key: str) -> dict | None:
    ex = excerpts.get(item["file"])
    span = ex and ex.moved(item["start"], item["end"])
    if not span:
        return None
    return {**item, "start": span[0], "end": span[1], text_key: ex.text[span[0] : span[1]]}


def write_variant(gold: dict, texts_dir: Path, seed: int, out_dir: Path) -> dict:
    """Excerpt every gold article with one RNG seed; write texts and gold.json; return the recipes."""
    rng = random.Random(seed)
    event_day = random.Random(f"event-day-{seed}").randint(1, 26)
    excerpts = {}
    for a in gold["articles"]:
        content = (texts_dir / a["file"]).read_text(encoding="utf-8")
        quotes = [q for q in gold["quotes"] if q["file"] == a["file"]]
        excerpts[a["file"]] = ex = make_excerpt(content, a, quotes, rng, event_day)
        (out_dir / a["file"]).write_text(ex.text, encoding="utf-8")
    fg = filtered_gold(gold, excerpts)
    (out_dir / "gold.json").write_text(json.dumps(fg, ensure_ascii=False, indent=1), encoding="utf-8")
    return {f: ex.recipe for f, ex in excerpts.items()}


DRIVER = (
    "import django, sys; django.setup(); from django.core.management import call_command; "
    "call_command('ingest', sys.argv[1], quiet_progress=True); call_command('export_graph', '-o', sys.argv[2])"
)


def run_pipeline(template_db: Path, texts: Path, work: Path, repo: Path = ROOT) -> dict:
    """Ingest one folder's texts into a copy of the migrated template database; return the export."""
    db = work / "db.sqlite3"
    shutil.copy(template_db, db)
    inputs = work / "in"
    inputs.mkdir()
    for p in texts.glob("*.txt"):
        shutil.copy(p, inputs / p.name)
    out = work / "graph.json"
    subprocess.run(
        [sys.executable, "-c", DRIVER, str(inputs), str(out)],
        cwd=repo,
        env=pipeline_env(db, work, repo),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def pipeline_env(db: Path, work: Path, repo: Path = ROOT) -> dict:
    return dict(
        os.environ,
        DATABASE_URL=f"sqlite:///{db}",
        NEWSFACTS_DATA_DIR=str(work / "data"),
        DJANGO_SETTINGS_MODULE="newsfacts.settings",
        PYTHONPATH=str(repo),
    )


def migrated_template(tmp: Path, repo: Path = ROOT) -> Path:
    db = tmp / "template.sqlite3"
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"],
        cwd=repo,
        env=pipeline_env(db, tmp, repo),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return db


def figures(result: dict) -> dict:
    c = result["contradictions"]
    return {
        "quotes_p": result["quotes"]["precision"],
        "quotes_r": result["quotes"]["recall"],
        "spk_acc": result["speaker_accuracy"],
        "ident_f1": result["speaker_identity"]["f1"] if result["speaker_identity"]["gold"] else 1.0,
        "link_p": result["quote_linking"]["precision"] if result["quote_linking"]["predicted"] else 1.0,
        "link_r": result["quote_linking"]["recall"] if result["quote_linking"]["gold"] else 1.0,
        "contra_p": c["precision"] if c["predicted"] else 1.0,
        "contra_r": c["recall"] if c["gold"] else 1.0,
    }


def counts(result: dict) -> str:
    q, link, c = result["quotes"], result["quote_linking"], result["contradictions"]
    return (
        f"quotes {q['tp']}/{q['predicted']}/{q['gold']} links {link['tp']}/{link['predicted']}/{link['gold']}"
        f" contra {c['tp']}/{c['predicted']}/{c['gold']} missed {','.join(c['missed']) or '-'}"
    )


def load_scorer(path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_graph", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--variants", type=int, default=24, help="number of excerpt variants (RNG seeds)")
    ap.add_argument("--seed", type=int, default=0, help="first RNG seed")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="write the variants (texts, gold, graph) under this folder")
    ap.add_argument("--json", action="store_true", help="print the scorer's full result per variant")
    ap.add_argument(
        "--repo", type=Path, default=ROOT, help="checkout whose pipeline runs (e.g. an older commit)"
    )
    args = ap.parse_args(argv)
    if not args.gold.is_file() or not args.scorer.is_file():
        print(f"gold ({args.gold}) or scorer ({args.scorer}) not found: nothing scored.")
        return 2
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    texts_dir = (args.gold.parent / gold.get("texts_dir", "../seeds")).resolve()
    scorer = load_scorer(args.scorer)
    seeds = list(range(args.seed, args.seed + args.variants))
    with tempfile.TemporaryDirectory(prefix="excerpt_probe_") as tmp_name:
        tmp = Path(tmp_name)
        base = args.keep or tmp
        template = migrated_template(tmp, args.repo)

        def one(seed: int) -> tuple[int, dict, dict]:
            vdir = base / f"v{seed:03d}"
            vdir.mkdir(parents=True, exist_ok=True)
            recipes = write_variant(gold, texts_dir, seed, vdir)
            work = tmp / f"work{seed}"
            work.mkdir()
            graph = run_pipeline(template, vdir, work, args.repo)
            if args.keep:
                (vdir / "graph.json").write_text(
                    json.dumps(graph, ensure_ascii=False, indent=1), encoding="utf-8"
                )
            vgold = json.loads((vdir / "gold.json").read_text(encoding="utf-8"))
            return seed, recipes, scorer.score(vgold, graph)

        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(one, seeds))
    rows = []
    for seed, recipes, result in results:
        if args.json:
            print(json.dumps({"seed": seed, "recipes": recipes, "result": result}, indent=1))
        f = figures(result)
        rows.append(f)
        print(f"v{seed:03d} " + " ".join(f"{k} {v:.3f}" for k, v in f.items()) + f" | {counts(result)}")
    mean = {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}
    print("mean " + " ".join(f"{k} {v:.3f}" for k, v in mean.items()))
    pooled = pooled_counts([r for _, _, r in results])
    print("pooled " + " ".join(f"{k} {v:.3f}" for k, v in pooled.items()))
    return 0


def pooled_counts(results: list[dict]) -> dict:
    """Micro-averaged figures over all variants (a variant with few items weighs little)."""

    def ratio(key: str, num: str, den: str) -> float:
        n = sum(r[key][num] for r in results)
        d = sum(r[key][den] for r in results)
        return n / d if d else 1.0

    # The scorer reports claim-linking recall over gold pairs, not its count: recover the count.
    claim_pairs = sum(r["claim_linking"]["gold"] for r in results)
    claim_recalled = sum(round(r["claim_linking"]["recall"] * r["claim_linking"]["gold"]) for r in results)
    return {
        "quotes_p": ratio("quotes", "tp", "predicted"),
        "quotes_r": ratio("quotes", "tp", "gold"),
        "link_p": ratio("quote_linking", "tp", "predicted"),
        "link_r": ratio("quote_linking", "tp", "gold"),
        "contra_p": ratio("contradictions", "tp", "predicted"),
        "contra_r": ratio("contradictions", "tp", "gold"),
        "claim_link_p": ratio("claim_linking", "tp", "predicted"),
        "claim_link_r": claim_recalled / claim_pairs if claim_pairs else 1.0,
    }


if __name__ == "__main__":
    sys.exit(main())
