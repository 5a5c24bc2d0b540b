"""Fill a benchmark database in bulk with the synthetic corpus (benchmarks/corpus_gen.py).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsfacts_bench \\
        python manage.py seed_bulk --articles 100000 [--seed 7] [--batch 2000]

For scale benchmarks only: it skips extraction and linking and writes what they
would have written, with bulk_create. Quotes, claims and their spans come from
the generator; quote groups and claims follow the generator's story identities;
QuoteKey, ClaimKey and ArticleKey rows come from the same blocking/sketch
functions the pipeline uses, so key postings have a realistic distribution.
Number and misquote contradictions are written where the outlets disagree.
Refuses to run on a database whose name lacks "bench" or "test".
"""

from __future__ import annotations

import hashlib
import itertools
import sys
import time
from collections import defaultdict
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from articles.canonical import content_hash
from articles.models import Article, Outlet
from claims.models import (
    Claim,
    ClaimKey,
    ClaimMention,
    Contradiction,
    ContradictionItem,
    Quote,
    QuoteGroup,
    QuoteKey,
    Speaker,
    SpeakerAlias,
    SpeakerRole,
)
from claims.nlp.claim_linking import blocking_keys as claim_keys
from claims.nlp.claim_linking import claim_signature
from claims.nlp.numbers import find_quantities
from claims.nlp.similarity import blocking_keys as quote_keys
from claims.nlp.speakers import speaker_key
from claims.nlp.types import ExtractedClaim
from claims.services.linking_claims import claim_key_counts_rebuild

ROOT = Path(__file__).resolve().parents[3]


def _generator(seed: int):
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus_gen import CorpusGenerator

    return CorpusGenerator(seed)


class _Cache:
    """Outlets and speakers created once per run, looked up by name."""

    def __init__(self) -> None:
        self.outlets: dict[str, Outlet] = {}
        self.speakers: dict[str, Speaker] = {}

    def outlet(self, name: str) -> Outlet:
        if name not in self.outlets:
            self.outlets[name], _ = Outlet.objects.get_or_create(slug=slugify(name)[:200], defaults={"name": name})
        return self.outlets[name]

    def speaker(self, name: str) -> Speaker:
        key = speaker_key(name)
        if key not in self.speakers:
            sp, _ = Speaker.objects.get_or_create(key=key, defaults={"name": name})
            SpeakerAlias.objects.get_or_create(key=key, defaults={"speaker": sp, "alias": name,
                                                                  "last_key": key.rsplit(" ", 1)[-1][:100]})
            self.speakers[key] = sp
        return self.speakers[key]


def _articles(docs, cache: _Cache) -> list[Article]:
    now = timezone.now()
    rows = []
    for d in docs:
        outlet = cache.outlet(d.outlet.name)
        published = timezone.make_aware(timezone.datetime(d.published.year, d.published.month, d.published.day, 12))
        rows.append(Article(outlet=outlet, outlet_key=outlet.slug, source=f"seed/{d.name}", content_hash=content_hash(d.text),
                            title=d.text.split("\n", 1)[0][:500], published_at=published, body=d.text,
                            raw_input="", status=Article.Status.LINKED, created_at=now))
    return Article.objects.bulk_create(rows, batch_size=1000)


def _article_keys(docs, articles) -> None:
    try:
        from articles.models import ArticleKey
        from articles.near_duplicates import sketch_keys
    except ImportError:  # an older tree without reprint sketches
        return
    ArticleKey.objects.bulk_create([ArticleKey(article=a, key=k) for d, a in zip(docs, articles, strict=True)
                                    for k in sketch_keys(d.text)], batch_size=5000, ignore_conflicts=True)


def _quotes(docs, articles, cache: _Cache) -> int:
    by_ref: dict[tuple[int, int], list[Quote]] = defaultdict(list)
    for d, a in zip(docs, articles, strict=True):
        for span in d.quotes:
            sp = cache.speaker(span.speaker) if span.speaker else None
            by_ref[(d.story, span.ref)].append(Quote(article=a, speaker=sp, text=span.text, start=span.start,
                                                     end=span.end, partial=span.partial, speaker_name=span.speaker or "",
                                                     key_count=0))
    refs = list(by_ref)
    groups = QuoteGroup.objects.bulk_create([QuoteGroup(speaker=by_ref[r][0].speaker) for r in refs], batch_size=2000)
    quotes, keys = [], []
    for ref, group in zip(refs, groups, strict=True):
        for q in by_ref[ref]:
            q.group = group
            ks = quote_keys(q.text)
            q.key_count = len(ks)
            quotes.append(q)
            keys.append(ks)
    Quote.objects.bulk_create(quotes, batch_size=2000)
    QuoteKey.objects.bulk_create([QuoteKey(quote=q, key=k) for q, ks in zip(quotes, keys, strict=True) for k in ks],
                                 batch_size=5000, ignore_conflicts=True)
    _misquotes(refs, groups, by_ref)
    return len(quotes)


def _contradiction(kind: str, where: str, items: list, explanation: str, **fk) -> tuple[Contradiction, list]:
    key = hashlib.sha1(f"seed|{kind}|{where}".encode()).hexdigest()
    return Contradiction(kind=kind, key=key, explanation=explanation[:1000], **fk), items


def _save_contradictions(pairs: list[tuple[Contradiction, list]]) -> None:
    made = Contradiction.objects.bulk_create([c for c, _ in pairs], batch_size=2000)
    items = []
    for c, its in zip(made, [i for _, i in pairs], strict=True):
        for side, obj in zip(("a", "b"), its, strict=False):
            items.append(ContradictionItem(contradiction=c, article_id=obj.article_id, side=side, text=getattr(obj, "text", None) or obj.sentence,
                                           start=obj.start, end=obj.end,
                                           quote=obj if isinstance(obj, Quote) else None,
                                           mention=obj if isinstance(obj, ClaimMention) else None))
    ContradictionItem.objects.bulk_create(items, batch_size=5000)


def _misquotes(refs, groups, by_ref) -> None:
    pairs = []
    for ref, group in zip(refs, groups, strict=True):
        texts = {}
        for q in by_ref[ref]:
            texts.setdefault(q.text, q)
        if len(texts) > 1 and not any(q.partial for q in by_ref[ref]):
            a, b = list(texts.values())[:2]
            pairs.append(_contradiction("misquote", f"g{group.pk}", [a, b], f"“{a.text[:200]}” against “{b.text[:200]}”",
                                        group=group))
    _save_contradictions(pairs)


def _claims(docs, articles, cache: _Cache) -> int:
    by_ref: dict[tuple[int, int], list[tuple]] = defaultdict(list)
    for d, a in zip(docs, articles, strict=True):
        for span in d.claims:
            by_ref[(d.story, span.ref)].append((a, span))
    refs = list(by_ref)
    claims = Claim.objects.bulk_create([_claim_row(by_ref[r], cache) for r in refs], batch_size=2000)
    mentions, keys, pairs = [], [], []
    for ref, claim in zip(refs, claims, strict=True):
        rows = []
        for a, span in by_ref[ref]:
            qs = find_quantities(span.text)
            m = ClaimMention(claim=claim, article=a, speaker=claim.speaker, sentence=span.text, start=span.start,
                             end=span.end, quantities=[{"text": q.text, "start": q.start, "end": q.end, "value": q.value,
                                                         "unit": q.unit, "approx": q.approx, "bound": q.bound}
                                                        for q in qs])
            rows.append(m)
            ex = ExtractedClaim(span.text, span.start, span.end, span.speaker, "quantity", 0.7, tuple(qs))
            keys.append((claim, claim_keys(claim_signature(ex, speaker_key=claim.speaker.key if claim.speaker else None))))
        mentions += rows
        texts = {m.sentence: m for m in rows}
        if len(texts) > 1:
            a, b = list(texts.values())[:2]
            pairs.append(_contradiction("number", f"c{claim.pk}", [a, b], f"Figures disagree for claim #{claim.pk}",
                                        claim=claim))
    ClaimMention.objects.bulk_create(mentions, batch_size=2000)
    ClaimKey.objects.bulk_create([ClaimKey(claim=c, key=k[:40]) for c, ks in keys for k in ks],
                                 batch_size=5000, ignore_conflicts=True)
    _save_contradictions(pairs)
    Claim.objects.filter(pk__in=[c.pk for c, _ in pairs]).update(contradiction_count=1)
    return len(mentions)


def _claim_row(rows: list[tuple], cache: _Cache) -> Claim:
    article, span = rows[0]
    outlets = {a.outlet_key for a, _ in rows}
    return Claim(text=span.text, speaker=cache.speaker(span.speaker) if span.speaker else None, kind="quantity",
                 checkworthiness=0.7, source_count=len(outlets), mention_count=len(rows),
                 first_seen_at=article.published_at)


def _roles(docs, articles, cache: _Cache) -> None:
    rows, seen = [], set()
    for d, a in zip(docs, articles, strict=True):
        for span in d.quotes:
            if not span.speaker or (a.pk, span.speaker) in seen:
                continue
            seen.add((a.pk, span.speaker))
            at = d.text.find(span.speaker.split()[-1])
            if at >= 0:
                rows.append(SpeakerRole(speaker=cache.speaker(span.speaker), article=a, role="official",
                                        surface=span.speaker, start=at, end=at + len(span.speaker),
                                        observed_on=d.published))
    SpeakerRole.objects.bulk_create(rows, batch_size=5000, ignore_conflicts=True)


class Command(BaseCommand):
    help = "Bulk-fill a benchmark database with synthetic articles, quotes, claims and contradictions."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True)
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument("--batch", type=int, default=2000)
        parser.add_argument("--first-story", type=int, default=None,
                            help="default: continue after the stories already seeded")

    def handle(self, *args, **opts):
        name = str(connection.settings_dict["NAME"])
        if not any(word in name for word in ("bench", "test", "memory")):
            raise CommandError(f"refusing to seed {name!r}: use a database named *bench* or *test*")
        gen = _generator(opts["seed"])
        first = opts["first_story"]
        if first is None:
            first = Article.objects.filter(source__startswith="seed/").count() and _last_story() + 1
        cache, done, start = _Cache(), 0, time.perf_counter()
        docs_iter = gen.documents(opts["articles"], first)
        while done < opts["articles"]:
            docs = list(itertools.islice(docs_iter, min(opts["batch"], opts["articles"] - done)))
            self._batch(docs, cache)
            done += len(docs)
            self.stdout.write(f"{done} articles, {time.perf_counter() - start:.0f}s")
        claim_key_counts_rebuild()  # claim linking reads key rarity from these counts
        if connection.vendor == "postgresql":
            # Fresh planner statistics, as autovacuum would give a live database in time;
            # without them the planner guesses row counts from a near-empty table.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(f"seeded {done} articles from story {first} in {time.perf_counter() - start:.0f}s")

    @transaction.atomic
    def _batch(self, docs, cache: _Cache) -> None:
        articles = _articles(docs, cache)
        _article_keys(docs, articles)
        _quotes(docs, articles, cache)
        _claims(docs, articles, cache)
        _roles(docs, articles, cache)


def _last_story() -> int:
    last = Article.objects.filter(source__startswith="seed/").order_by("-id").values_list("source", flat=True).first()
    return int(last.split("/s", 1)[1].split("-", 1)[0])
