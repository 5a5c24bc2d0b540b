"""Reprints of one story under other outlets count as one independent source."""

from __future__ import annotations

import pytest

from articles.analysis import analyse, prepare_bytes
from articles.models import Article
from articles.near_duplicates import resemblance, sketch_keys
from claims.models import Claim
from claims.services.store import article_store

STORY = (
    "Harbour board approves new ferry terminal\n"
    "The Portmere harbour board on Monday approved a €48 million ferry terminal, its chair Ilse Varga said.\n"
    "“This terminal will carry two million passengers a year by 2030,” Varga told reporters after the vote.\n"
    "Opponents said the board had ignored the cost of dredging the channel, estimated at €12 million.\n"
    "Construction is due to start in September and last three years, the board said in a statement.\n"
)


def _store(text: str, source: str) -> Article:
    analysis = analyse(prepare_bytes(text.encode(), name=source))
    return article_store(analysis=analysis, source=source).article


def test_a_lightly_edited_copy_resembles_its_original():
    """Changing a line's chrome leaves the texts nearly identical; another story does not."""
    copy = STORY.replace("Harbour board approves", "Board approves") + "© 2026 Coastal Wire\n"
    assert resemblance(STORY, copy) >= 0.7
    assert resemblance(STORY, "A different story about a football match and its 3-1 result on Sunday.") < 0.1
    assert len(set(sketch_keys(STORY)) & set(sketch_keys(copy))) >= 3


@pytest.mark.django_db
def test_reprint_under_another_outlet_is_marked_and_not_counted_twice():
    """An aggregator copy becomes copy_of the original, and the claim keeps one independent source."""
    original = _store(STORY + "© 2026 Portmere Post\n", "post.txt")
    reprint = _store(STORY.replace("Harbour board approves", "Board approves") + "© 2026 Coastal Wire\n", "wire.txt")
    assert reprint.outlet and reprint.outlet.name == "Coastal Wire"
    assert reprint.copy_of == original
    shared = Claim.objects.filter(mentions__article=original).filter(mentions__article=reprint).distinct()
    assert shared.exists()
    assert all(c.source_count == 1 for c in shared)


@pytest.mark.django_db
def test_a_different_story_is_not_a_copy():
    """Two articles on different events are independent."""
    _store(STORY, "post.txt")
    other = _store("Council delays vote on bus lanes\nThe Westfold council on Tuesday delayed a vote on new bus "
                   "lanes until May, its leader Arne Holt said.\n“We need more time,” Holt said.\n", "other.txt")
    assert other.copy_of is None
