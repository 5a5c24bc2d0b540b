"""Stored claim mentions link across outlets through the ClaimKey index, and only when they state one claim."""

from __future__ import annotations

import pytest

from articles.analysis import analyse, prepare_bytes
from articles.models import Article
from claims.models import Claim, ClaimMention
from claims.services.store import article_store

FIRST = (
    "Dam plan approved\n"
    "The Northvale water authority on Tuesday approved a $4 billion dam on the Orrin river, its director Mara Quell said.\n"
    "Farmers in the valley said the reservoir would flood 3,000 hectares of grazing land.\n"
)
SECOND = (
    "Authority backs Orrin dam\n"
    "Mara Quell, director of the Northvale water authority, said on Tuesday that the authority had approved "
    "a dam costing about $4 billion on the Orrin river.\n"
    "The city council voted on Friday to rename the central library after a local poet.\n"
)


def _store(text: str, source: str) -> Article:
    analysis = analyse(prepare_bytes(text.encode(), name=source))
    return article_store(analysis=analysis, source=source)[0]


def _claims_of(article: Article, word: str) -> set[int]:
    return set(ClaimMention.objects.filter(article=article, sentence__icontains=word).values_list("claim_id", flat=True))


@pytest.mark.django_db
def test_one_claim_in_two_outlets_becomes_one_claim_with_two_mentions():
    """The dam approval reported by two outlets in other words is one Claim."""
    a, b = _store(FIRST, "first.txt"), _store(SECOND, "second.txt")
    shared = _claims_of(a, "dam") & _claims_of(b, "dam")
    assert len(shared) == 1
    assert Claim.objects.get(pk=shared.pop()).mention_count == 2


@pytest.mark.django_db
def test_an_unrelated_claim_in_the_second_outlet_stays_apart():
    """The library renaming does not join the dam claim or the flooding claim."""
    a, b = _store(FIRST, "first.txt"), _store(SECOND, "second.txt")
    assert not _claims_of(b, "library") & (_claims_of(a, "dam") | _claims_of(a, "flood"))


@pytest.mark.django_db
def test_link_order_does_not_change_which_mentions_share_a_claim():
    """Storing the two articles in the other order links the same sentences."""
    b, a = _store(SECOND, "second.txt"), _store(FIRST, "first.txt")
    assert len(_claims_of(a, "dam") & _claims_of(b, "dam")) == 1
    assert not _claims_of(b, "library") & _claims_of(a, "flood")


QUOTED = (
    "Harbour bridge bill\n"
    "Mayor Tomas Reiner said on Monday that the city would not fund repairs to the Kessel harbour bridge.\n"
    "“We are not going to pay for that bridge, it belongs to the port,” Reiner told the council.\n"
)
PARAPHRASED = (
    "Reiner rejects bridge costs\n"
    "Tomas Reiner made clear that the docks' owners must cover every cent, with nothing coming from the town.\n"
    "“We are not going to pay for that bridge, it belongs to the port,” he said.\n"
)


@pytest.mark.django_db
def test_a_sentence_restating_the_quote_after_it_joins_the_quote_s_claim():
    """The second report says in its own words what the quote right after it says: it states the
    claim the quote states, which the first report carries in its quote sentence."""
    a, b = _store(QUOTED, "quoted.txt"), _store(PARAPHRASED, "paraphrased.txt")
    assert _claims_of(b, "made clear") & _claims_of(a, "not going to pay")


RESTATED = (
    "Tunnel plan shelved\n"
    "Governor Ilse Brandt said on Monday that the state would not pay for the Kessel rail tunnel, leaving the "
    "project without money for its second phase.\n"
    "The regional assembly voted 41-12 last month to widen the coastal motorway instead.\n"
    "Brandt told the assembly that the state would not pay for the Kessel tunnel, calling the second phase too "
    "costly for the budget.\n"
)


@pytest.mark.django_db
def test_a_report_telling_its_claim_twice_keeps_both_tellings_in_one_claim():
    """The body restates the lede in nearly the same words: one claim, not two that later reports split
    between; the motorway vote between them stays apart."""
    a = _store(RESTATED, "restated.txt")
    lede, body = _claims_of(a, "said on Monday"), _claims_of(a, "told the assembly")
    assert lede & body
    assert not _claims_of(a, "motorway") & lede


RESTATED_WITH_MORE = (
    "Tunnel plan shelved\n"
    "Governor Ilse Brandt said the state would not pay for the Kessel rail tunnel.\n"
    "The regional assembly voted 41-12 last month to widen the coastal motorway instead.\n"
    "Brandt told a budget hearing in Marlow on Thursday that the state would not pay for the Kessel rail tunnel.\n"
)
HEARING = (
    "Budget hearing\n"
    "Ilse Brandt appeared before the budget hearing in Marlow on Thursday, where lawmakers questioned her "
    "for three hours.\n"
)


@pytest.mark.django_db
def test_a_restatement_that_adds_a_fact_also_opens_a_claim_of_its_own():
    """The body tells the lede's claim again and adds where and when it was said: it states the lede's
    claim and a claim of its own, which another report of the hearing then joins."""
    a = _store(RESTATED_WITH_MORE, "restated.txt")
    lede, body = _claims_of(a, "said the state"), _claims_of(a, "budget hearing")
    assert lede & body and body - lede
    b = _store(HEARING, "hearing.txt")
    assert _claims_of(b, "appeared before") & (body - lede)
