"""The four seed articles of ../shared against their hand-checked gold."""

import json
from pathlib import Path

import pytest

from articles.cleaning import clean_text

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "gold" / "seeds.json"

pytestmark = pytest.mark.shared


def _gold():
    if not GOLD.exists():
        pytest.skip(f"shared gold not found at {GOLD}")
    return json.loads(GOLD.read_text(encoding="utf-8"))


def _cases():
    if not GOLD.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason="../shared is absent"))]
    return [pytest.param(a["file"], id=a["file"]) for a in json.loads(GOLD.read_text(encoding="utf-8"))["articles"]]


def _load(name):
    gold = _gold()
    article = next(a for a in gold["articles"] if a["file"] == name)
    raw = (GOLD.parent / gold["texts_dir"] / name).read_text(encoding="utf-8")
    quotes = [q["text"] for q in gold["quotes"] if q["file"] == name]
    return article, clean_text(raw), quotes


@pytest.mark.parametrize("name", _cases())
def test_gold_boilerplate_is_removed_and_nothing_else(name):
    """Exactly the gold boilerplate lines are removed, in order."""
    article, out, _quotes = _load(name)
    assert list(out.removed) == article["boilerplate"]


@pytest.mark.parametrize("name", _cases())
def test_every_gold_quote_survives_cleaning(name):
    """Every labelled quote is still in the cleaned text."""
    _article, out, quotes = _load(name)
    assert [q for q in quotes if q not in out.text] == []


@pytest.mark.parametrize("name", _cases())
def test_title_outlet_byline_match_gold(name):
    """Title, outlet and byline equal the gold."""
    article, out, _quotes = _load(name)
    assert (out.title, out.outlet, out.byline) == (article["title"], article["outlet"], article["byline"])


@pytest.mark.parametrize("name", _cases())
def test_captions_and_headings_match_gold(name):
    """Captions and section headings equal the gold."""
    article, out, _quotes = _load(name)
    assert list(out.captions) == article["captions"]
    assert list(out.section_headings) == article["section_headings"]
