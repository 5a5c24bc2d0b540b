"""HTML pages to article body and metadata (hand-written pages in tests/data/html)."""

from pathlib import Path

import pytest

from articles.extraction import extract_html
from articles.text_errors import BinaryInput, NoArticleText

DATA = Path(__file__).resolve().parents[1] / "data" / "html"


def _page(name: str) -> bytes:
    return (DATA / name).read_bytes()


@pytest.fixture(scope="module")
def full():
    return extract_html(_page("article_full.html"), url="https://courier.example/news/x")


def test_body_keeps_article_paragraphs_in_order(full):
    """All article paragraphs are in the body, one per line, in page order."""
    lines = full.body.split("\n")
    assert lines[0].startswith("The harbour bridge reopened")
    assert lines[-1].startswith("The council said a weight limit")
    assert any(line.startswith("\u201cWe are delighted") or line.startswith('"We are delighted') for line in lines)


def test_body_keeps_subheading(full):
    """A heading inside the article stays in the body."""
    assert "Traffic expected to ease" in full.body.split("\n")


@pytest.mark.parametrize("chrome", [
    "Read more: City council approves new cycle lanes",
    "Sign up for our morning newsletter",
    "Share this article",
    "We use cookies",
    "Ferry timetable changes",
    "All rights reserved",
    "Home",
])
def test_body_drops_chrome(full, chrome):
    """Teasers, prompts, cookie banners, related links and footers are not in the body."""
    assert chrome not in full.body


def test_metadata_fields(full):
    """Title, byline, date, outlet name, canonical URL and language come from the page."""
    assert full.title == "Harbour bridge reopens after two years of repairs"
    assert full.byline == "Mira Okafor"
    assert full.published == "2024-03-14"
    assert full.outlet == "The Northern Courier"
    assert full.canonical_url == "https://courier.example/news/2024/harbour-bridge-reopens"
    assert full.language == "en-gb"


def test_methods_record_sources(full):
    """Each found field says how it was found."""
    assert full.methods["outlet"] == "og:site_name"
    assert full.methods["published"] == "json-ld"


def test_page_without_article_raises():
    """An error page with only navigation raises NoArticleText."""
    with pytest.raises(NoArticleText):
        extract_html(_page("no_article.html"))


@pytest.mark.parametrize("data", [b"", b"   ", "<html></html>"])
def test_empty_pages_raise(data):
    """Empty input raises NoArticleText rather than crashing."""
    with pytest.raises(NoArticleText):
        extract_html(data)


def test_malformed_html_still_yields_text():
    """Unclosed tags and stray end tags do not stop extraction."""
    art = extract_html(_page("malformed.html"))
    assert "The river flooded the lower town" in art.body
    assert "The mayor said" in art.body


def test_binary_page_is_rejected():
    """Bytes of an image raise BinaryInput, a CleaningError."""
    with pytest.raises(BinaryInput):
        extract_html(b"\x89PNG\r\n\x1a\n" + bytes(200))


def test_mislabelled_charset_is_decoded():
    """A cp1252 page that claims UTF-8 keeps its accented letters."""
    html = _page("article_full.html").decode("utf-8").replace("harbour bridge reopened", "harbour bridge in Zürich reopened")
    art = extract_html(html.encode("cp1252"))
    assert "Zürich" in art.body


def test_str_input_is_accepted(full):
    """A decoded page gives the same body as its bytes."""
    assert extract_html(_page("article_full.html").decode("utf-8")).body == full.body
