"""A sentence can state several claims: it is stored once per claim, and every claim lists it.

Invented reports of one event: a mayor announcing, at a council meeting on
Tuesday, that a bridge reopens on Monday. One outlet says both in one sentence;
others say only one of the two facts.
"""

from __future__ import annotations

import dataclasses

import pytest
from django.urls import reverse

from articles.analysis import analyse, prepare_bytes
from articles.models import Article
from claims.models import Claim, ClaimMention
from claims.services import reextract
from claims.services.store import article_store

# Every report also gives the repair bill and the closure: the background facts that
# make them reports of one story.
BACKGROUND = (
    "The repairs cost the city 2 million euros, according to the roads agency.\n",
    "Engineers found 14 cracks in the pillars of the bridge in June, the roads agency said.\n",
)
BOTH = (
    "Oskel bridge to reopen\n"
    "Mayor Ilsa Varga announced at a council meeting on Tuesday that the Oskel bridge will reopen to traffic "
    "on Monday after repairs.\n" + "".join(BACKGROUND)
)
BRIDGE = (
    "Oskel bridge reopens Monday\n"
    "The Oskel bridge will reopen to traffic on Monday after three months of repairs, the roads agency said.\n"
    "Repairs to the bridge cost the city 2 million euros, the agency said.\n"
    "The agency's engineers had found 14 cracks in the bridge pillars in June.\n"
)
BRIDGE_AGAIN = (
    "Traffic returns to the Oskel\n"
    "Drivers will be able to cross the Oskel bridge again from Monday, when repairs end, the roads agency said.\n"
    "The city paid 2 million euros for the repairs, the roads agency said.\n"
    "In June engineers found 14 cracks in the pillars of the bridge, the agency said.\n"
)
MEETING = (
    "Varga faces council\n"
    "Mayor Ilsa Varga made the announcement at a council meeting on Tuesday, her first since the election.\n"
    "The repairs to the bridge cost the city 2 million euros, the roads agency said.\n"
    "Engineers discovered 14 cracks in the bridge pillars in June, according to the roads agency.\n"
)
# A brief that shares nothing else with the reports above.
LONE = (
    "Council briefs\n"
    "Mayor Ilsa Varga said at a council meeting on Tuesday that the Oskel bridge would reopen to traffic on Monday.\n"
)


def _store(text: str, source: str, url: str = "") -> Article:
    analysis = analyse(prepare_bytes(text.encode(), name=source, url=url or None))
    return article_store(analysis=analysis, source=url or source, url=url)[0]


def _claims_of(article: Article, words: str) -> set[int]:
    return set(
        ClaimMention.objects.filter(article=article, sentence__icontains=words).values_list(
            "claim_id", flat=True
        )
    )


@pytest.mark.django_db
def test_a_sentence_stating_two_reported_facts_joins_both_claims():
    """The two-fact sentence states the bridge claim and the meeting claim, each reported apart before."""
    bridge, meeting = _store(BRIDGE, "bridge.txt"), _store(MEETING, "meeting.txt")
    both = _store(BOTH, "both.txt")
    joined = _claims_of(both, "announced at a council meeting")
    assert len(joined) == 2
    assert joined == _claims_of(bridge, "will reopen") | _claims_of(meeting, "made the announcement")
    for claim in Claim.objects.filter(pk__in=joined):
        assert claim.mention_count == 2 and claim.source_count == 2


@pytest.mark.django_db
def test_a_sentence_sharing_one_fact_with_a_stored_sentence_opens_a_claim_with_it():
    """The meeting report matches the two-fact sentence alone, not the bridge claim it belongs to.

    The bridge claim (three outlets) stays as it was; the meeting report and the
    two-fact sentence open a claim of their own, so that sentence now states two.
    """
    both = _store(BOTH, "both.txt")
    bridge, again = _store(BRIDGE, "bridge.txt"), _store(BRIDGE_AGAIN, "again.txt")
    bridge_claims = _claims_of(both, "announced at a council meeting")
    assert bridge_claims == _claims_of(bridge, "will reopen") == _claims_of(again, "cross the Oskel")
    meeting = _store(MEETING, "meeting.txt")
    met = _claims_of(meeting, "made the announcement")
    assert len(met) == 1 and not met & bridge_claims
    assert _claims_of(both, "announced at a council meeting") == bridge_claims | met
    assert Claim.objects.get(pk=met.pop()).source_count == 2


@pytest.mark.django_db
def test_a_report_sharing_no_other_claim_with_the_story_joins_only_its_best_claim():
    """A lone brief restating the two-fact sentence states one claim: across unrelated coverage the same
    names recur in sentences about other events, so further claims need a report of the same story."""
    _store(BRIDGE, "bridge.txt"), _store(MEETING, "meeting.txt"), _store(BOTH, "both.txt")
    lone = _store(LONE, "lone.txt")
    assert len(_claims_of(lone, "said at a council meeting")) == 1


@pytest.mark.django_db
def test_reextract_drops_every_row_of_a_sentence_no_longer_extracted(monkeypatch):
    """An extractor that no longer finds the two-fact sentence removes it from both its claims."""
    _store(BRIDGE, "bridge.txt"), _store(MEETING, "meeting.txt")
    both = _store(BOTH, "both.txt")
    assert len(_claims_of(both, "announced at a council meeting")) == 2

    def without_the_sentence(prepared):
        analysis = analyse(prepared)
        kept = [c for c in analysis.claims if "announced" not in c.sentence]
        return dataclasses.replace(analysis, claims=kept)

    monkeypatch.setattr(reextract, "analyse", without_the_sentence)
    report = reextract.articles_reextract()
    assert report.mentions_removed == 1
    assert not _claims_of(both, "announced at a council meeting")


@pytest.mark.django_db
def test_a_revised_article_moves_every_row_of_a_sentence_stating_several_claims():
    """A correction inserted above the sentence shifts it: both of its rows follow, neither is dropped."""
    url = "https://news.example/oskel-bridge"
    _store(BRIDGE, "bridge.txt"), _store(MEETING, "meeting.txt")
    both = _store(BOTH, "both.txt", url=url)
    before = _claims_of(both, "announced at a council meeting")
    revised = BOTH.replace("\n", "\nCorrection: an earlier version misspelt the bridge's name.\n", 1)
    _store(revised, "both.txt", url=url)
    rows = ClaimMention.objects.filter(article=both, sentence__icontains="announced at a council meeting")
    assert {r.claim_id for r in rows} == before and len(before) == 2
    body = Article.objects.get(pk=both.pk).body
    assert all(body[r.start : r.end] == r.sentence for r in rows)


@pytest.mark.django_db
def test_pages_show_a_sentence_stating_two_claims_under_each(client):
    """Each claim's page lists the two-fact sentence, and the article page has an anchor for each claim."""
    _store(BRIDGE, "bridge.txt"), _store(MEETING, "meeting.txt")
    both = _store(BOTH, "both.txt")
    claims = Claim.objects.filter(pk__in=_claims_of(both, "announced at a council meeting"))
    assert len(claims) == 2
    article_page = client.get(reverse("articles:detail", args=[both.pk])).content.decode()
    for claim in claims:
        assert "announced at a council meeting" in client.get(claim.get_absolute_url()).content.decode()
        assert f'id="c-{claim.pk}"' in article_page
    # The sentence is shown once, not once per claim.
    assert article_page.count("announced at a council meeting") == 1
