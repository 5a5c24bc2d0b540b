"""Storing and linking in few queries: batched postings, findings and counters, and the two-step store."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.analysis import analyse, prepare_bytes
from articles.models import Article
from claims.models import (
    Claim,
    ClaimKey,
    ClaimKeyCount,
    ClaimMention,
    Contradiction,
    ContradictionItem,
    Quote,
    QuoteGroup,
    QuoteKey,
)
from claims.nlp.types import ContradictionFinding, SpanRef
from claims.services.contradictions import findings_save
from claims.services.linking import claim_counters_refresh, claims_link
from claims.services.postings import key_postings, shared_key_counts
from claims.services.store import article_store, articles_finish, finishing_deferred, mention_row

pytestmark = pytest.mark.django_db


def _text(outlet: str, verb: str) -> bytes:
    return (
        f"Marisol Teague opens the Fendle tram line\n\nBy {outlet} staff\n\n"
        "The Fendle tram line opened on Tuesday after six years of building work.\n\n"
        f"\u201cWe will {verb} every stop on this line before the winter comes to Fendle,\u201d said mayor "
        "Marisol Teague at the opening.\n\n"
        "The line cost 48 million pounds, according to the city council, and carries 9,000 riders a day.\n"
    ).encode()


def _store(data: bytes, source: str):
    return article_store(analysis=analyse(prepare_bytes(data, content_type="text/plain", name=source)),
                         source=source)


def _quote(article: Article, start: int) -> Quote:
    return Quote.objects.create(article=article, text=f"invented words {start}", start=start, end=start + 10)


def test_key_postings_reads_each_key_once_and_drops_stop_keys():
    """Keys above the cap are left out; the others list every holder, all in one query."""
    article = Article.objects.create(source="a.txt", body="x", content_hash="h1")
    quotes = [_quote(article, i * 20) for i in range(5)]
    QuoteKey.objects.bulk_create([QuoteKey(quote=q, key="common") for q in quotes]
                                 + [QuoteKey(quote=quotes[0], key="rare"), QuoteKey(quote=quotes[1], key="rare")])
    with CaptureQueriesContext(connection) as queries:
        postings = key_postings(QuoteKey, "quote_id", {"common", "rare", "absent"}, cap=4)
    assert len(queries) == 1
    assert postings == {"rare": {quotes[0].pk, quotes[1].pk}}
    assert shared_key_counts(QuoteKey, "quote_id", {"common", "rare"}, exclude=quotes[0].pk, cap=5) == {
        quotes[1].pk: 2, quotes[2].pk: 1, quotes[3].pk: 1, quotes[4].pk: 1}


def test_findings_save_keeps_decisions_and_drops_what_is_no_longer_found():
    """A dismissed finding stays dismissed, an open one gets fresh items, a vanished open one goes."""
    article = Article.objects.create(source="a.txt", body="x", content_hash="h1")
    claim = Claim.objects.create(text="The line cost 48 million pounds")

    def finding(a: str, b: str) -> ContradictionFinding:
        return ContradictionFinding(kind="number", explanation=f"{a} against {b}", key="",
                                    items=(SpanRef(article.pk, a, 0, 2, "A"), SpanRef(article.pk, b, 3, 5, "B")))

    scope = {"claim_id": claim.pk}
    kept = findings_save([finding("48", "84"), finding("48", "40"), finding("48", "4")], claim_id=claim.pk,
                         scope=scope)
    assert len(kept) == 3 and Contradiction.objects.count() == 3
    first = Contradiction.objects.get(explanation="48 against 84")
    first.state = Contradiction.State.DISMISSED
    first.save()
    findings_save([finding("48", "84"), finding("48", "40")], claim_id=claim.pk, scope=scope)
    assert set(Contradiction.objects.values_list("explanation", "state")) == {
        ("48 against 84", "dismissed"), ("48 against 40", "open")}
    assert Contradiction.objects.get(explanation="48 against 40").items.count() == 2


def test_findings_found_again_unchanged_are_not_rewritten():
    """A refresh finds a story's open findings again: unchanged ones keep their item rows; one whose
    items changed (a third report joins a side) gets them rewritten."""
    article = Article.objects.create(source="a.txt", body="x", content_hash="h1")
    other = Article.objects.create(source="b.txt", body="y", content_hash="h2")
    claim = Claim.objects.create(text="The line cost 48 million pounds")

    def finding(*items: SpanRef) -> ContradictionFinding:
        return ContradictionFinding(kind="number", explanation="48 against 84", key="", items=items)

    sides = (SpanRef(article.pk, "48", 0, 2, "A"), SpanRef(article.pk, "84", 3, 5, "B"))
    findings_save([finding(*sides)], claim_id=claim.pk)
    items = set(ContradictionItem.objects.values_list("id", flat=True))
    with CaptureQueriesContext(connection) as ctx:
        findings_save([finding(*sides)], claim_id=claim.pk)
    assert set(ContradictionItem.objects.values_list("id", flat=True)) == items, "the same rows"
    assert not [q for q in ctx.captured_queries if q["sql"].startswith(("DELETE", "INSERT", "UPDATE", "WITH"))]
    findings_save([finding(*sides, SpanRef(other.pk, "84", 7, 9, "B"))], claim_id=claim.pk)
    assert ContradictionItem.objects.count() == 3
    assert set(ContradictionItem.objects.values_list("article_id", flat=True)) == {article.pk, other.pk}


def test_counters_refresh_counts_outlets_mentions_and_open_contradictions_in_few_queries():
    """Two outlets, three mentions, one open and one dismissed contradiction; no query per claim."""
    a1 = Article.objects.create(source="a.txt", body="x", content_hash="h1", outlet_key="daily")
    a2 = Article.objects.create(source="b.txt", body="x", content_hash="h2", outlet_key="herald")
    claims = [Claim.objects.create(text=f"claim {i}") for i in range(3)]
    for start, article in enumerate([a1, a1, a2]):
        ClaimMention.objects.create(claim=claims[0], article=article, sentence="s", start=start, end=start + 1)
    Contradiction.objects.create(key="k1", kind="number", explanation="e", claim=claims[0])
    Contradiction.objects.create(key="k2", kind="number", explanation="e", claim=claims[0], state="dismissed")
    with CaptureQueriesContext(connection) as queries:
        claim_counters_refresh({c.pk for c in claims})
    assert len(queries) <= 3
    counted = Claim.objects.get(pk=claims[0].pk)
    assert (counted.source_count, counted.mention_count, counted.contradiction_count) == (2, 3, 1)
    assert Claim.objects.get(pk=claims[1].pk).mention_count == 0


def test_a_misquote_between_two_outlets_is_flagged_and_the_merged_group_retired():
    """The second outlet's variant joins the first's group; the misquote is found, no empty group is left."""
    first = _store(_text("Fendle Post", "repaint"), "post.txt")
    second = _store(_text("Fendle Courier", "repair"), "courier.txt")
    assert first.created and second.created
    assert Article.objects.filter(status=Article.Status.LINKED).count() == 2
    groups = {q.group_id for q in Quote.objects.filter(text__contains="every stop")}
    assert len(groups) == 1
    assert not QuoteGroup.objects.filter(quotes__isnull=True).exists()
    assert Contradiction.objects.filter(kind="misquote", group_id__in=groups).count() == 1


def test_an_article_left_unfinished_is_finished_by_the_next_run():
    """A run that stopped after linking (status still 'extracted') is completed when the job runs again."""
    _store(_text("Fendle Post", "repaint"), "post.txt")
    second = _store(_text("Fendle Courier", "repair"), "courier.txt")
    Contradiction.objects.all().delete()
    Article.objects.filter(pk=second.article.pk).update(status=Article.Status.EXTRACTED)
    again = _store(_text("Fendle Courier", "repair"), "courier.txt")
    assert not again.created and again.article.pk == second.article.pk
    assert Article.objects.get(pk=second.article.pk).status == Article.Status.LINKED
    assert Contradiction.objects.filter(kind="misquote").count() == 1


def test_in_one_process_a_bulk_load_refreshes_its_articles_in_bursts_at_the_end():
    """Inside ``finishing_deferred`` articles are stored and linked at once; their findings come when it ends."""
    with finishing_deferred():
        _store(_text("Fendle Post", "repaint"), "post.txt")
        _store(_text("Fendle Courier", "repair"), "courier.txt")
        assert len({q.group_id for q in Quote.objects.filter(text__contains="every stop")}) == 1
        assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.EXTRACTED}
        assert not Contradiction.objects.exists()
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.LINKED}
    assert Contradiction.objects.filter(kind="misquote").count() == 1


def test_a_bulk_load_that_fails_half_way_still_finishes_what_it_stored():
    with pytest.raises(RuntimeError), finishing_deferred():
        _store(_text("Fendle Post", "repaint"), "post.txt")
        _store(_text("Fendle Courier", "repair"), "courier.txt")
        raise RuntimeError("the third file could not be read")
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.LINKED}
    assert Contradiction.objects.filter(kind="misquote").count() == 1


@pytest.fixture
def worker_mode(monkeypatch):
    """Tasks go to a broker, as in production: the store leaves the refresh to a finish task."""
    from claims.tasks import finish_linking_task

    monkeypatch.setitem(finish_linking_task.app.conf, "task_always_eager", False)


def test_with_workers_a_burst_of_articles_is_refreshed_once_together(worker_mode):
    """Two stored articles wait, linked but unfinished; one finish call refreshes both in one burst."""
    first = _store(_text("Fendle Post", "repaint"), "post.txt")
    second = _store(_text("Fendle Courier", "repair"), "courier.txt")
    assert len({q.group_id for q in Quote.objects.filter(text__contains="every stop")}) == 1, "linked at store time"
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.EXTRACTED}
    assert not Contradiction.objects.exists()
    assert not QuoteGroup.objects.filter(quotes__isnull=True).exists(), "the group merged away went at once"
    with CaptureQueriesContext(connection) as ctx:
        assert articles_finish(article_id=second.article.pk) == 2
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.LINKED}
    assert Contradiction.objects.filter(kind="misquote").count() == 1
    assert not QuoteGroup.objects.filter(quotes__isnull=True).exists()
    refreshes = [q for q in ctx.captured_queries if "claims_claimmention" in q["sql"] and "quantities" in q["sql"]]
    assert len(refreshes) == 1, "the two articles' claims were read in one run"
    assert articles_finish(article_id=first.article.pk) == 0, "a finished article's task does nothing"


@pytest.fixture
def queued_refreshes(worker_mode, monkeypatch) -> list:
    """The refresh tasks stores queue, recorded as (args, options) instead of sent to a broker."""
    from claims.tasks import finish_linking_task

    queued = []
    monkeypatch.setattr(finish_linking_task, "apply_async", lambda args, **kw: queued.append((args, kw)))
    return queued


def _store_committed(capture_on_commit, outlet: str, verb: str):
    """Store an article and run what its commit queues, as a worker's store does."""
    with capture_on_commit(execute=True):
        return _store(_text(outlet, verb), f"{outlet}.txt")


@pytest.mark.parametrize("delay, countdown", [(3.0, 3.0), (0, None)])
def test_with_workers_one_finish_task_waits_for_the_articles_linked_meanwhile(
    queued_refreshes, settings, django_capture_on_commit_callbacks, delay, countdown
):
    """The refresh is queued FINISH_DELAY_SECONDS out, and only when none waits: the articles linked
    meanwhile join its burst. Once it has started, the next article queues another."""
    from claims.tasks import finish_linking_task

    settings.NEWSFACTS = {**settings.NEWSFACTS, "FINISH_DELAY_SECONDS": delay}
    first = _store_committed(django_capture_on_commit_callbacks, "Fendle Post", "repaint")
    _store_committed(django_capture_on_commit_callbacks, "Fendle Courier", "repair")
    assert queued_refreshes == [((first.article.pk,), {"countdown": countdown})], "the second waits for it"
    assert finish_linking_task(first.article.pk) == 2, "the task refreshes both"
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.LINKED}
    third = _store_committed(django_capture_on_commit_callbacks, "Fendle Herald", "reopen")
    assert [args for args, _ in queued_refreshes] == [(first.article.pk,), (third.article.pk,)]


def test_a_refresh_task_stopped_at_its_limit_queues_the_next_for_the_backlog(
    queued_refreshes, monkeypatch, django_capture_on_commit_callbacks
):
    """A task refreshes at most FINISH_BURSTS_PER_CALL bursts; the articles waiting beyond them found the
    ticket taken and queued nothing, so the task queues the next one (a backlog was left unrefreshed)."""
    import claims.services.store as store
    from claims.tasks import finish_linking_task

    monkeypatch.setattr(store, "FINISH_BURST", 1)
    monkeypatch.setattr(store, "FINISH_BURSTS_PER_CALL", 1)
    first = _store_committed(django_capture_on_commit_callbacks, "Fendle Post", "repaint")
    _store_committed(django_capture_on_commit_callbacks, "Fendle Courier", "repair")
    assert len(queued_refreshes) == 1
    assert finish_linking_task(first.article.pk) == 1, "one burst of one article"
    assert queued_refreshes[1:] == [((first.article.pk,), {"countdown": None})], "the next task, at once"
    assert finish_linking_task(first.article.pk) == 1
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.LINKED}


def test_a_refresh_task_queued_long_ago_and_never_started_does_not_block_the_next(
    queued_refreshes, django_capture_on_commit_callbacks
):
    """A worker that died holding the queued task leaves the ticket taken; after a minute it counts as lost."""
    from claims.models import RefreshTicket

    RefreshTicket.objects.create(pk=1, queued_at=timezone.now() - timedelta(seconds=30))
    _store_committed(django_capture_on_commit_callbacks, "Fendle Post", "repaint")
    assert queued_refreshes == [], "a task queued 30 s ago still waits"
    RefreshTicket.objects.filter(pk=1).update(queued_at=timezone.now() - timedelta(minutes=2))
    courier = _store_committed(django_capture_on_commit_callbacks, "Fendle Courier", "repair")
    assert [args for args, _ in queued_refreshes] == [(courier.article.pk,)]


def test_a_lost_finish_message_is_made_good_by_the_stale_sweep(worker_mode):
    """An article whose finish task never ran is finished by the periodic sweep once it is old enough."""
    from claims.tasks import finish_stale_linking_task

    stored = _store(_text("Fendle Post", "repaint"), "post.txt")
    finish_stale_linking_task()
    assert Article.objects.get(pk=stored.article.pk).status == Article.Status.EXTRACTED, "too recent to be lost"
    Article.objects.filter(pk=stored.article.pk).update(created_at=timezone.now() - timedelta(minutes=10))
    finish_stale_linking_task()
    assert Article.objects.get(pk=stored.article.pk).status == Article.Status.LINKED


_SPENDING = [("roads", "Ambleside"), ("schools", "Brindle"), ("parks", "Corvey"), ("libraries", "Dunmore"),
             ("bridges", "Eskdale"), ("tram stops", "Farrow"), ("clinics", "Glenrith"), ("harbours", "Hollin")]


def _figures(outlet: str, n: int) -> bytes:
    """Fendle's spending on n different things, the same figures in every outlet."""
    lines = [f"Fendle council budget\n\nBy {outlet} staff\n"]
    lines += [f"Fendle council spent {12 + 7 * i} million pounds on {thing} in {place} in the year to March.\n"
              for i, (thing, place) in enumerate(_SPENDING[:n])]
    return "\n".join(lines).encode()


def test_linking_an_articles_claims_takes_the_same_queries_however_many_it_has():
    """Claims are matched for the whole article at once: no query per claim mention."""
    _store(_figures("Fendle Post", 8), "post.txt")

    def queries_for(n: int, outlet: str) -> int:
        analysis = analyse(prepare_bytes(_figures(outlet, n), content_type="text/plain", name=f"{outlet}.txt"))
        assert len(analysis.claims) >= n
        article = Article.objects.create(source=f"{outlet}.txt", body=analysis.prepared.text, content_hash=outlet)
        mentions = [mention_row(article, c, {}) for c in analysis.claims]
        with CaptureQueriesContext(connection) as queries:
            claims_link(article=article, mentions=mentions, claims=analysis.claims)
        return len(queries)

    assert queries_for(2, "Fendle Courier") == queries_for(8, "Fendle Herald")
    # The restated figures joined the first outlet's claims rather than starting new ones.
    assert ClaimMention.objects.values("claim_id").distinct().count() == Claim.objects.count() == 8


def test_claim_key_counts_count_claims_not_mentions():
    """Each key counts the claims holding it: a restated figure joins its claim and adds nothing."""
    _store(_figures("Fendle Post", 3), "post.txt")
    first = dict(ClaimKeyCount.objects.values_list("key", "claims"))
    assert first and all(n >= 1 for n in first.values())
    held = dict(ClaimKey.objects.values("key").annotate(n=Count("claim_id")).values_list("key", "n"))
    assert first == held
    _store(_figures("Fendle Courier", 3), "courier.txt")
    assert dict(ClaimKeyCount.objects.values_list("key", "claims")) == dict(
        ClaimKey.objects.values("key").annotate(n=Count("claim_id")).values_list("key", "n"))


def test_the_daily_recount_forgets_the_keys_of_deleted_claims():
    """Linking only adds to the key counts; the beat's recount brings them back to the stored keys."""
    from claims.tasks import rebuild_claim_key_counts_task

    _store(_figures("Fendle Post", 3), "post.txt")
    Claim.objects.filter(pk=ClaimMention.objects.order_by("id").first().claim_id).delete()
    held = dict(ClaimKey.objects.values("key").annotate(n=Count("claim_id")).values_list("key", "n"))
    assert dict(ClaimKeyCount.objects.values_list("key", "claims")) != held, "the deleted claim still counts"
    rebuild_claim_key_counts_task()
    assert dict(ClaimKeyCount.objects.values_list("key", "claims")) == held
