"""Store one analysed article and everything derived from it, in one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, time, timedelta
from typing import NamedTuple

from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from articles.analysis import ArticleAnalysis
from articles.canonical import content_hash, url_hash
from articles.models import Article, ArticleKey, Outlet
from articles.near_duplicates import COPY_RESEMBLANCE, MIN_SHARED, resemblance, sketch_keys
from claims.models import ClaimMention, Contradiction, Quote, RefreshTicket, SpeakerRole
from claims.nlp.similarity import blocking_keys as quote_blocking_keys
from claims.nlp.types import ExtractedClaim, ExtractedQuote
from claims.services.bulk_writes import keys_insert
from claims.services.claim_facts import persons_remember
from claims.services.linking import QuotePrelink, article_link, contradictions_refresh, quotes_prelink
from claims.services.linking_claims import ClaimPrelink, claims_prelink
from claims.services.locks import linking_lock
from claims.services.postings import shared_key_counts
from claims.services.speakers import speaker_for_name, speaker_key_expected, speakers_known


def _outlet_slug(name: str) -> str:
    return slugify(name)[:200] or "outlet"


def outlet_for_name(name: str | None) -> Outlet | None:
    if not name:
        return None
    outlet, _ = Outlet.objects.get_or_create(slug=_outlet_slug(name), defaults={"name": name[:200]})
    return outlet


class _Identity(NamedTuple):
    """What makes two submissions one article: the same text from one outlet, or one canonical URL."""

    outlet_key: str
    text_hash: str
    canonical_hash: str | None


def _identity(analysis: ArticleAnalysis, url: str) -> _Identity:
    p = analysis.prepared
    canonical = p.canonical_url or url
    return _Identity(_outlet_slug(p.outlet) if p.outlet else "", content_hash(p.text),
                     url_hash(canonical) if canonical else None)


def _duplicate_of(identity: _Identity) -> Article | None:
    found = _duplicate_id(identity)
    return Article.objects.filter(pk=found).first() if found is not None else None


def _duplicate_id(identity: _Identity) -> int | None:
    """The id of the stored article with this identity. Ids only: nearly every article is new, and
    reading no row through all of Article's columns (and its default ordering, an expression:
    both lookups are unique constraints) cost more than the lookup, twice per article."""
    ids = Article.objects.order_by("pk").values_list("pk", flat=True)
    if identity.canonical_hash:
        found = ids.filter(canonical_url_hash=identity.canonical_hash).first()
        if found is not None:
            return found
    return ids.filter(outlet_key=identity.outlet_key, content_hash=identity.text_hash).first()


def _published_at(analysis: ArticleAnalysis) -> datetime | None:
    day = analysis.prepared.published
    return timezone.make_aware(datetime.combine(day, time(12))) if day else None


def _article_create(analysis: ArticleAnalysis, *, identity: _Identity, source: str, url: str, raw_input: bytes,
                    keys: list[str]) -> tuple[Article, bool]:
    """``identity`` and ``keys`` (the text's near-duplicate sketch): computed before the lock."""
    p = analysis.prepared
    outlet = outlet_for_name(p.outlet)
    outlet_key, text_hash, canonical_hash = identity
    existing = _duplicate_of(identity)
    if existing:
        return existing, False
    article = Article(
        outlet=outlet, outlet_key=outlet_key, source=source, url=url[:2000], canonical_url_hash=canonical_hash,
        content_hash=text_hash, title=p.title[:500], byline=p.byline[:500], published_at=_published_at(analysis),
        language=p.language[:16], raw_input=raw_input.decode("utf-8", "replace"), body=p.text,
        captions=list(p.captions), section_headings=list(p.section_headings), removed_lines=list(p.removed),
        metadata_methods=p.methods,
        copy_of=_original_of(p.text, text_hash, keys),
    )
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        # Another process stored the same article first.
        return _duplicate_of(identity), False
    keys_insert(ArticleKey, "article", [(article.pk, k) for k in keys])
    return article, True


def _original_of(text: str, text_hash: str, keys: list[str]) -> Article | None:
    """The earliest stored article this text reprints (same or nearly the same words), if any."""
    same = Article.objects.filter(content_hash=text_hash).order_by("id").first()
    if same or not keys:
        return same
    # Bounded postings: a sketch key most articles hold (an outlet's footer) is a stop key, and
    # counting its postings would grow with the store.
    shared = shared_key_counts(ArticleKey, "article_id", set(keys))
    candidates = [aid for aid, n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])) if n >= MIN_SHARED][:5]
    for candidate in Article.objects.filter(pk__in=candidates).order_by("id").only("id", "body", "copy_of_id"):
        if resemblance(text, candidate.body) >= COPY_RESEMBLANCE:
            return candidate.copy_of if candidate.copy_of_id else candidate
    return None


def quote_row(article: Article, q: ExtractedQuote, speakers: dict) -> Quote:
    return Quote(
        article=article, text=q.text, start=q.start, end=q.end, kind=q.kind, partial=q.partial,
        speaker=speaker_for_name(q.speaker_name, speakers) if q.speaker_name else None,
        speaker_mention=(q.speaker_mention or "")[:500], speaker_name=(q.speaker_name or "")[:300],
        cue=(q.cue or "")[:300],
    )


def roles_create(article: Article, analysis: ArticleAnalysis, speakers: dict) -> None:
    day = (article.published_at or article.created_at).date()
    rows = []
    for person in analysis.persons:
        if not person.role:
            continue
        speaker = speaker_for_name(person.name, speakers)
        if speaker is not None:
            rows.append(SpeakerRole(speaker=speaker, article=article, role=person.role[:300],
                                    surface=person.surface[:500], start=person.start, end=person.end,
                                    observed_on=day))
    SpeakerRole.objects.bulk_create(rows, ignore_conflicts=True)


def mention_row(article: Article, c: ExtractedClaim, speakers: dict) -> ClaimMention:
    return ClaimMention(
        article=article, sentence=c.sentence, start=c.start, end=c.end,
        speaker=speaker_for_name(c.speaker_name, speakers) if c.speaker_name else None,
        quantities=[_quantity_json(q) for q in c.quantities],
    )


def _quantity_json(q) -> dict:
    return {"text": q.text, "start": q.start, "end": q.end, "value": q.value, "unit": q.unit, "approx": q.approx,
            "bound": q.bound, "low": q.low, "high": q.high, "relative_factor": q.relative_factor}


class Stored(NamedTuple):
    article: Article
    created: bool  # a new article
    revised: bool = False  # a known URL whose text changed: a new version of it


def article_store(
    *, analysis: ArticleAnalysis, source: str, url: str = "", raw_input: bytes = b"", submitted_at=None
) -> Stored:
    """Store an analysed article once and link it; a changed text at a known URL becomes a new version.

    stored = article_store(analysis=analysis, source="story.txt")
    """
    # Pure work first: the lock below serialises every worker, so nothing computable
    # from the analysis alone belongs inside it.
    quote_keys = [quote_blocking_keys(q.text) for q in analysis.quotes]
    sketch = sketch_keys(analysis.prepared.text)
    identity = _identity(analysis, url)
    # Reading and scoring the candidate claims is most of linking: done here, the lock only
    # waits for what articles linked meanwhile changed. A resubmission has nothing to read.
    claim_prelink, quote_prelink = (None, None) if _duplicate_id(identity) is not None else _prelinks(
        analysis, quote_keys
    )
    retry = not connection.in_atomic_block  # inside a caller's transaction, its caller decides
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            article, created, revised = _store_and_link(analysis, identity=identity, source=source, url=url,
                                                        raw_input=raw_input, quote_keys=quote_keys, sketch=sketch,
                                                        claim_prelink=claim_prelink, quote_prelink=quote_prelink)
            break
        except OperationalError as exc:
            if not (retry and attempt < STORE_ATTEMPTS and transient_database_error(exc)):
                raise
    if revised:
        return Stored(article, created=False, revised=True)
    if article.status != Article.Status.LINKED:
        # A new article, or one whose earlier run stopped between its two steps.
        article_finish_schedule(article)
    return Stored(article, created=created)


STORE_ATTEMPTS = 3
# PostgreSQL aborts one of two transactions that wait on each other (deadlock_detected) or
# conflict under serialisable isolation (serialization_failure); run again, either succeeds.
TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})


def transient_database_error(exc: OperationalError) -> bool:
    """Whether the database rolled the transaction back for a reason that running it again removes."""
    return getattr(exc.__cause__, "sqlstate", None) in TRANSIENT_SQLSTATES


def _prelinks(analysis: ArticleAnalysis, quote_keys: list[set[str]]) -> tuple[ClaimPrelink | None, QuotePrelink | None]:
    """The article's candidate claims and quotes read and scored, for the speakers its names resolve to now."""
    names = [c.speaker_name for c in analysis.claims] + [q.speaker_name for q in analysis.quotes]
    known = speakers_known([name for name in names if name])
    claim_prelink = quote_prelink = None
    if analysis.claims:
        claim_prelink = claims_prelink(
            analysis.claims, tuple(speaker_key_expected(c.speaker_name, known) for c in analysis.claims)
        )
    if analysis.quotes:
        quote_prelink = quotes_prelink(
            analysis.quotes, tuple(speaker_key_expected(q.speaker_name, known) for q in analysis.quotes), quote_keys
        )
    return claim_prelink, quote_prelink


def _store_and_link(analysis: ArticleAnalysis, *, identity: _Identity, source: str, url: str, raw_input: bytes,
                    quote_keys: list[set[str]], sketch: list[str], claim_prelink: ClaimPrelink | None,
                    quote_prelink: QuotePrelink | None = None) -> tuple[Article, bool, bool]:
    """One attempt at the transaction that stores the article and links it: (article, created, revised)."""
    from claims.services.revisions import article_revise

    with transaction.atomic():
        linking_lock()
        article, created = _article_create(analysis, identity=identity, source=source, url=url, raw_input=raw_input,
                                           keys=sketch)
        if not created and _is_new_version(article, analysis, url):
            article_revise(article=article, analysis=analysis, raw_input=raw_input)
            return article, False, True
        if created:
            persons_remember(article.pk, article.content_hash, analysis.persons)
            speakers = speakers_known([*(q.speaker_name for q in analysis.quotes if q.speaker_name),
                                       *(p.name for p in analysis.persons),
                                       *(c.speaker_name for c in analysis.claims if c.speaker_name)])
            quotes = Quote.objects.bulk_create([quote_row(article, q, speakers) for q in analysis.quotes])
            roles_create(article, analysis, speakers)
            mentions = [mention_row(article, c, speakers) for c in analysis.claims]
            article_link(article=article, quotes=quotes, mentions=mentions, claims=analysis.claims,
                         quote_keys=quote_keys, claim_prelink=claim_prelink, quote_prelink=quote_prelink)
    return article, created, False


FINISH_ATTEMPTS = 3
FINISH_BURST = 32  # articles refreshed together: bounds how many groups and claims one transaction locks
FINISH_BURSTS_PER_CALL = 8

_finishing_deferred: ContextVar[bool] = ContextVar("finishing_deferred", default=False)


@contextmanager
def finishing_deferred() -> Iterator[None]:
    """With tasks in-process, refresh contradictions in bursts when the block ends, not after each article.

    For bulk loads in one process (a folder of files): a refresh reads the
    articles related to the touched claims, and one burst of reports of the
    same stories costs about what one article alone does (measured: ~45 ms of
    CPU per article in bursts of 32 against ~200 ms one by one). The articles
    are stored and linked as they come; only their findings wait.
    """
    token = _finishing_deferred.set(True)
    try:
        yield
    finally:
        _finishing_deferred.reset(token)
        while articles_finish():
            pass


def article_finish_schedule(article: Article) -> None:
    """Have the article's contradictions refreshed: now with tasks in-process, by a worker otherwise.

    A worker finishes whatever burst of linked articles is waiting when it gets
    to the task, so articles arriving together are refreshed together; the task
    waits ``FINISH_DELAY_SECONDS`` first, so that a steady stream of articles is
    refreshed in bursts too (measured at 5 articles/s: 173–208 ms of worker CPU
    per article with no wait, 157–166 ms with 2 s).
    """
    from claims.tasks import finish_linking_task

    if finish_linking_task.app.conf.task_always_eager:
        if _finishing_deferred.get():
            return
        articles_finish(article_id=article.pk)
        article.refresh_from_db(fields=["status"])
    else:
        transaction.on_commit(lambda: _finish_queue(article.pk))


# A refresh task queued this long ago and not started was lost (its worker died before taking it):
# the next article queues another.
FINISH_TICKET_STALE = timedelta(minutes=1)


def _finish_queue(article_id: int, *, delay: float | None = None) -> None:
    """Queue the refresh task, ``FINISH_DELAY_SECONDS`` out, unless one is waiting: that one will
    take this article too (it clears the ticket before it takes the waiting articles).

    One task per article found the articles linked since the previous task, one or two at a time:
    the refresh took 27 % of two workers' CPU, against 20 % with one task waiting at a time.
    """
    from claims.tasks import finish_linking_task

    now = timezone.now()
    queued = RefreshTicket.objects.filter(
        Q(queued_at__isnull=True) | Q(queued_at__lt=now - FINISH_TICKET_STALE), pk=1
    ).update(queued_at=now)
    if not queued:
        queued = RefreshTicket.objects.get_or_create(pk=1, defaults={"queued_at": now})[1]
    if not queued:
        return
    delay = settings.NEWSFACTS["FINISH_DELAY_SECONDS"] if delay is None else delay
    try:
        finish_linking_task.apply_async((article_id,), countdown=delay if delay > 0 else None)
    except Exception:
        finish_ticket_release()  # not sent: the next article tries again
        raise


def finish_ticket_release() -> None:
    """The waiting refresh task has started: articles linked from now on queue the next one."""
    RefreshTicket.objects.filter(pk=1).update(queued_at=None)


def articles_finish_queued(article_id: int) -> int:
    """The refresh task's work: release the ticket, refresh what waits; when the call stopped at its
    limit with more waiting (a backlog), queue the next task at once, since the articles waiting
    found the ticket taken and queued none."""
    finish_ticket_release()
    done = articles_finish()
    if done >= FINISH_BURST * FINISH_BURSTS_PER_CALL:
        _finish_queue(article_id, delay=0)
    return done


def articles_finish(*, article_id: int | None = None) -> int:
    """Refresh the contradictions of linked articles not yet finished, a burst at a time; returns how many.

    Articles that report one story touch the same quote groups and claims, and
    the number and fact rules read the same related articles for them, so one
    refresh per burst does the work of many. Each burst is taken with SKIP
    LOCKED: concurrent callers share the waiting articles instead of repeating
    them. With ``article_id``, nothing happens when that article is finished
    already (a second delivery of its task, or an earlier burst took it).
    """
    if article_id is not None and not Article.objects.filter(pk=article_id, status=Article.Status.EXTRACTED).exists():
        return 0
    done = 0
    for _ in range(FINISH_BURSTS_PER_CALL):
        finished = _burst_finish()
        done += finished
        if finished < FINISH_BURST:
            break
    return done


def waiting_articles_take(limit: int | None = None) -> set[int]:
    """Lock up to ``limit`` linked articles waiting for their refresh, skipping those another burst holds.

    NO KEY: rows that merely point at these articles (a claim mention copied
    from one of them, a finding) can still be written meanwhile. A full row
    lock made a linking transaction wait here while this burst waited on it:
    a deadlock, seen with two workers under load.
    """
    return set(Article.objects.select_for_update(skip_locked=True, no_key=True)
               .filter(status=Article.Status.EXTRACTED).order_by("id")
               .values_list("pk", flat=True)[:limit or FINISH_BURST])


def _burst_finish() -> int:
    """Refresh one burst of waiting articles and mark them linked; retried when a lock cycle aborts it.

    Runs outside the linking lock, under the touched groups' and claims' own
    locks. A concurrent takedown or a lock cycle with an editor's transaction
    can abort it; the refresh is idempotent, so it simply runs again.
    """
    for attempt in range(1, FINISH_ATTEMPTS + 1):
        try:
            with transaction.atomic():
                ids = waiting_articles_take()
                if ids:
                    linked = _links_of(ids)
                    contradictions_refresh(article_ids=ids, group_ids=linked.group_ids, claim_ids=linked.claim_ids)
                    Article.objects.filter(pk__in=ids).update(status=Article.Status.LINKED)
                return len(ids)
        except (IntegrityError, OperationalError):
            if attempt == FINISH_ATTEMPTS:
                raise
    return 0


def articles_left_unfinished(*, minutes: int = 5) -> bool:
    """Whether a linked article still waits for its refresh after ``minutes`` (a lost task message)."""
    cutoff = timezone.now() - timedelta(minutes=minutes)
    return Article.objects.filter(status=Article.Status.EXTRACTED, created_at__lt=cutoff).exists()


class Linked(NamedTuple):
    group_ids: set[int]
    claim_ids: set[int]


def _links_of(article_ids: set[int]) -> Linked:
    """What stored articles touched: their quotes' groups (and those merged into them) and their claims."""
    groups = set(Quote.objects.filter(article_id__anyof=article_ids).exclude(group=None)
                 .values_list("group_id", flat=True))
    # Groups merged away still name the findings about quotes now in these groups.
    groups |= set(Contradiction.objects.filter(items__quote__group_id__anyof=groups).exclude(group=None)
                  .values_list("group_id", flat=True))
    claims = set(ClaimMention.objects.filter(article_id__anyof=article_ids).values_list("claim_id", flat=True))
    return Linked(groups, claims)


def _is_new_version(article: Article, analysis: ArticleAnalysis, url: str) -> bool:
    """The same URL (canonically) with different text: a correction or a silent edit."""
    canonical = analysis.prepared.canonical_url or url
    return bool(canonical) and article.canonical_url_hash == url_hash(canonical) and \
        article.content_hash != content_hash(analysis.prepared.text)
