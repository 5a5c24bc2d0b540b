"""factory_boy factories for the API tests (rows built directly, no ingestion)."""

from __future__ import annotations

import datetime as dt

import factory

from articles.models import Article, IngestJob, Outlet
from claims.models import (
    Claim,
    ClaimMention,
    Contradiction,
    ContradictionItem,
    Quote,
    QuoteGroup,
    Review,
    Speaker,
    SpeakerAlias,
)

SENTENCE = "The minister said the bridge would cost 40 million euros."


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet

    name = factory.Sequence(lambda n: f"Outlet {n}")
    slug = factory.Sequence(lambda n: f"outlet-{n}")
    domain = factory.Sequence(lambda n: f"outlet{n}.example")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    outlet = factory.SubFactory(OutletFactory)
    outlet_key = factory.LazyAttribute(lambda a: a.outlet.slug if a.outlet else "")
    source = factory.Sequence(lambda n: f"story-{n}.txt")
    content_hash = factory.Sequence(lambda n: f"hash-{n}")
    title = factory.Sequence(lambda n: f"Bridge story {n}")
    published_at = factory.LazyFunction(lambda: dt.datetime(2024, 5, 2, 12, tzinfo=dt.UTC))
    body = factory.LazyFunction(lambda: "Bridge to open.\n\n" + SENTENCE + " Critics disagreed.")
    status = Article.Status.LINKED


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Speaker Person{n}")
    key = factory.LazyAttribute(lambda s: s.name.lower())

    @factory.post_generation
    def alias(self, create, extracted, **kwargs):
        if create:
            SpeakerAlias.objects.create(speaker=self, alias=self.name, key=self.key, last_key=self.key.split()[-1])


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    text = factory.Sequence(lambda n: f"The bridge costs {n} million euros.")
    speaker = factory.SubFactory(SpeakerFactory)
    kind = "quantity"
    checkworthiness = 0.7


class MentionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClaimMention

    claim = factory.SubFactory(ClaimFactory)
    article = factory.SubFactory(ArticleFactory)
    speaker = factory.LazyAttribute(lambda m: m.claim.speaker)
    sentence = SENTENCE
    start = 17
    end = 17 + len(SENTENCE)


class QuoteGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuoteGroup


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    article = factory.SubFactory(ArticleFactory)
    speaker = factory.SubFactory(SpeakerFactory)
    group = factory.SubFactory(QuoteGroupFactory)
    text = "the bridge would cost 40 million euros"
    start = 35
    end = 35 + len("the bridge would cost 40 million euros")


class ContradictionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contradiction

    kind = Contradiction.Kind.NUMBER
    key = factory.Sequence(lambda n: f"contradiction-{n}")
    explanation = "40 million euros against 60 million euros."
    claim = factory.SubFactory(ClaimFactory)


class ContradictionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContradictionItem

    contradiction = factory.SubFactory(ContradictionFactory)
    article = factory.SubFactory(ArticleFactory)
    side = "a"
    text = "40 million euros"
    start = 57
    end = 73


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Review

    claim = factory.SubFactory(ClaimFactory)
    verdict = Claim.Status.DISPUTED
    note = "Two outlets give different sums."


class JobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IngestJob

    kind = IngestJob.Kind.TEXT
    source = factory.Sequence(lambda n: f"pasted-{n}")
    state = IngestJob.State.DONE
    stage = IngestJob.Stage.FINISHED


def disputed_claim(*, outlets: int = 2, reviewer=None) -> Claim:
    """A claim carried by ``outlets`` outlets, with a quote in each, a number contradiction and (given a reviewer) a review."""
    claim = ClaimFactory(status=Claim.Status.DISPUTED, source_count=outlets, mention_count=outlets,
                         contradiction_count=1)
    group = QuoteGroupFactory(speaker=claim.speaker)
    contradiction = ContradictionFactory(claim=claim)
    for side in range(outlets):
        mention = MentionFactory(claim=claim)
        QuoteFactory(article=mention.article, speaker=claim.speaker, group=group)
        ContradictionItemFactory(contradiction=contradiction, article=mention.article, mention=mention,
                                 side="ab"[side % 2])
    if reviewer is not None:
        ReviewFactory(claim=claim, reviewer=reviewer)
    return claim
