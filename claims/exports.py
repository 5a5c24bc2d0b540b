"""Whole-graph export in the format the benchmark scorer reads."""

from __future__ import annotations

from django.db.models import Prefetch

from articles.models import Article
from claims.models import Claim, ClaimMention, Contradiction, ContradictionItem, Quote, Speaker
from claims.nlp.sentences import split_sentences


def _title(article: Article) -> str | None:
    return article.title or None


class _Sentences:
    """The sentence around a mention: a clause-level mention ("..., but the US will not
    give guarantees") is exported as the sentence it stands in, as the format asks."""

    def __init__(self, bodies: dict[int, str]):
        self._bodies = bodies
        self._split: dict[int, list] = {}

    def around(self, mention: ClaimMention) -> str:
        if mention.article_id not in self._split:
            self._split[mention.article_id] = split_sentences(self._bodies.get(mention.article_id, ""))
        for s in self._split[mention.article_id]:
            if s.start <= mention.start < s.end and mention.end <= s.end:
                return s.text
        return mention.sentence


def _item(contradiction: Contradiction, item: ContradictionItem) -> dict:
    """One side's span. A misquote's side is the quotation as that outlet printed it; the words in
    it that differ from the other side's are given as ``words`` (what the claim page highlights)."""
    out = {"article": item.article_id, "text": item.text, "side": item.side}
    if contradiction.kind == Contradiction.Kind.MISQUOTE and item.quote is not None:
        out.update(text=item.quote.text, words=item.text)
    return out


def graph_export() -> dict:
    """Articles, speakers, quotes, claims and open/confirmed contradictions as plain data."""
    articles = Article.objects.select_related("outlet").order_by("id")
    speakers = Speaker.objects.filter(merged_into__isnull=True).prefetch_related("aliases").order_by("id")
    quotes = Quote.objects.order_by("article_id", "start", "id")
    claims = Claim.objects.prefetch_related(
        Prefetch("mentions", queryset=ClaimMention.objects.order_by("article_id", "start"))
    ).order_by("id")
    contradictions = (
        Contradiction.objects.exclude(state=Contradiction.State.DISMISSED)
        .prefetch_related(Prefetch("items", queryset=ContradictionItem.objects.select_related("quote")))
        .order_by("id")
    )
    sentences = _Sentences({a.pk: a.body for a in articles})
    return {
        "articles": [
            {
                "id": a.pk,
                "source": a.source,
                "outlet": a.outlet.name if a.outlet else None,
                "title": _title(a),
                "text": a.body,
            }
            for a in articles
        ],
        "speakers": [
            {"id": s.pk, "name": s.name, "aliases": sorted({al.alias for al in s.aliases.all()})}
            for s in speakers
        ],
        "quotes": [
            {
                "id": q.pk,
                "article": q.article_id,
                "text": q.text,
                "speaker": q.speaker_id,
                "cluster": q.group_id,
                "kind": q.kind,
            }
            for q in quotes.iterator(chunk_size=2000)
        ],
        "claims": [
            {
                "id": c.pk,
                "text": c.text,
                "speaker": c.speaker_id,
                "mentions": [
                    {"article": m.article_id, "text": sentences.around(m)} for m in c.mentions.all()
                ],
            }
            for c in claims
        ],
        "contradictions": [
            {
                "id": x.pk,
                "kind": x.kind,
                "note": x.explanation,
                "items": [_item(x, i) for i in x.items.all()],
            }
            for x in contradictions
        ],
    }
