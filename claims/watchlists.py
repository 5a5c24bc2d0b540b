"""Reads for watchlists: what a user follows and what is new for each watch.

The news of every watch comes from three queries in all (quotes, claim
mentions, contradictions), each an OR of the watches' own "since" conditions,
so the Following page costs the same for one watch or fifty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch, Q

from articles.models import Outlet
from claims.models import Claim, ClaimMention, Contradiction, ContradictionItem, Quote, Speaker, Watch

TARGET_MODELS = {Watch.Target.SPEAKER: Speaker, Watch.Target.OUTLET: Outlet, Watch.Target.CLAIM: Claim}
MAX_WATCHES = 200
MAX_ITEMS = 300  # per kind, across all watches: the page shows counts and the newest few


@dataclass
class WatchNews:
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[ClaimMention] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.quotes) + len(self.mentions) + len(self.contradictions)


def watch_target(target_type: str, target_id: int):
    """The followed object, or None when it no longer exists."""
    model = TARGET_MODELS.get(target_type)
    return model.objects.filter(pk=target_id).first() if model else None


def watch_for(user, target_type: str, target_id: int) -> Watch | None:
    if not user.is_authenticated:
        return None
    return Watch.objects.filter(user=user, target_type=target_type, target_id=target_id).first()


def watches_for_user(user) -> list[Watch]:
    """The user's watches, each with ``.target`` set (one query per kind of target)."""
    watches = list(Watch.objects.filter(user=user).order_by("target_type", "-id")[:MAX_WATCHES])
    for target_type, model in TARGET_MODELS.items():
        ids = {w.target_id for w in watches if w.target_type == target_type}
        related = ("speaker",) if model is Claim else ()
        found = model.objects.select_related(*related).in_bulk(ids) if ids else {}
        for w in watches:
            if w.target_type == target_type:
                w.target = found.get(w.target_id)
    return [w for w in watches if w.target is not None]


def _since(w: Watch, until: datetime | None, field_name: str = "created_at") -> Q:
    q = Q(**{f"{field_name}__gt": w.last_seen_at})
    return q & Q(**{f"{field_name}__lte": until}) if until else q


def _quote_q(watches: list[Watch], until) -> Q:
    q = Q(pk__in=[])
    for w in watches:
        if w.target_type == Watch.Target.SPEAKER:
            q |= Q(speaker_id=w.target_id) & _since(w, until)
        elif w.target_type == Watch.Target.OUTLET:
            q |= Q(article__outlet_id=w.target_id) & _since(w, until)
    return q


def _mention_q(watches: list[Watch], until) -> Q:
    q = Q(pk__in=[])
    for w in watches:
        target = {Watch.Target.SPEAKER: "claim__speaker_id", Watch.Target.OUTLET: "article__outlet_id",
                  Watch.Target.CLAIM: "claim_id"}[w.target_type]
        q |= Q(**{target: w.target_id}) & _since(w, until)
    return q


def _contradiction_q(watches: list[Watch], until) -> Q:
    q = Q(pk__in=[])
    for w in watches:
        if w.target_type == Watch.Target.SPEAKER:
            who = Q(claim__speaker_id=w.target_id) | Q(group__speaker_id=w.target_id)
        elif w.target_type == Watch.Target.OUTLET:
            who = Q(items__article__outlet_id=w.target_id)
        else:
            who = Q(claim_id=w.target_id)
        q |= who & _since(w, until)
    return q


def _matches(w: Watch, *, speaker_ids: set, outlet_ids: set, claim_id: int | None) -> bool:
    if w.target_type == Watch.Target.SPEAKER:
        return w.target_id in speaker_ids
    if w.target_type == Watch.Target.OUTLET:
        return w.target_id in outlet_ids
    return w.target_id == claim_id


def watch_news(watches: list[Watch], *, until: datetime | None = None) -> dict[int, WatchNews]:
    """New quotes, sources and contradictions per watch since its ``last_seen_at`` (up to ``until``)."""
    news = {w.pk: WatchNews() for w in watches}
    if not watches:
        return news
    quotes = (Quote.objects.filter(_quote_q(watches, until)).select_related("speaker", "article__outlet")
              .order_by("-id")[:MAX_ITEMS])
    mentions = (ClaimMention.objects.filter(_mention_q(watches, until)).select_related("claim", "article__outlet")
                .order_by("-id")[:MAX_ITEMS])
    items = ContradictionItem.objects.select_related("article__outlet").order_by("side", "id")
    contradictions = (Contradiction.objects.filter(_contradiction_q(watches, until)).distinct()
                      .select_related("claim", "group").prefetch_related(Prefetch("items", queryset=items))
                      .order_by("-id")[:MAX_ITEMS])
    for w in watches:
        at = w.last_seen_at
        for qt in quotes:
            if qt.created_at > at and _matches(w, speaker_ids={qt.speaker_id}, outlet_ids={qt.article.outlet_id},
                                               claim_id=None):
                news[w.pk].quotes.append(qt)
        for m in mentions:
            if m.created_at > at and _matches(w, speaker_ids={m.claim.speaker_id},
                                              outlet_ids={m.article.outlet_id}, claim_id=m.claim_id):
                news[w.pk].mentions.append(m)
        for c in contradictions:
            speakers = {c.claim.speaker_id if c.claim else None, c.group.speaker_id if c.group else None}
            outlets = {i.article.outlet_id for i in c.items.all()}
            if c.created_at > at and _matches(w, speaker_ids=speakers, outlet_ids=outlets, claim_id=c.claim_id):
                news[w.pk].contradictions.append(c)
    return news
