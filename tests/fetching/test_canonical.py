"""URL canonicalisation and the dedup hashes."""

from __future__ import annotations

import pytest

from articles.canonical import canonicalize_url, content_hash, is_tracking_param, url_hash


def test_tracking_params_are_dropped_and_rest_sorted():
    """utm_*, fbclid, gclid, ocid, cmpid and friends go; remaining parameters are sorted."""
    url = "https://news.example/a?utm_source=rss&b=2&fbclid=XYZ&a=1&gclid=1&ocid=msn&cmpid=7&utm_medium=x"
    assert canonicalize_url(url) == "https://news.example/a?a=1&b=2"


@pytest.mark.parametrize("variant", [
    "HTTPS://News.Example:443/politics/story/",
    "https://news.example/politics/story#comments",
    "https://news.example/politics/./story?utm_campaign=share",
    "https://news.example./politics/story",
    "https://news.example/politics/%73tory",
])
def test_spellings_of_one_url_hash_equal(variant):
    """Case, default port, trailing slash, fragment, dot segments and tracking do not change identity."""
    assert canonicalize_url(variant) == "https://news.example/politics/story"
    assert url_hash(variant) == url_hash("https://news.example/politics/story")


def test_different_documents_hash_differently():
    """A meaningful query parameter or a different path is a different document."""
    base = url_hash("https://news.example/story?id=1")
    assert base != url_hash("https://news.example/story?id=2")
    assert base != url_hash("https://news.example/other?id=1")


def test_root_path_keeps_its_slash_and_non_default_port_stays():
    """The root is "/", and a non-default port is part of the identity."""
    assert canonicalize_url("http://news.example") == "http://news.example/"
    assert canonicalize_url("http://news.example:8080/") == "http://news.example:8080/"


def test_international_host_is_idna_encoded():
    """Unicode host names use their IDNA (punycode) form."""
    assert canonicalize_url("https://bücher.example/x") == "https://xn--bcher-kva.example/x"


def test_repeated_parameter_keeps_value_order():
    """Sorting is by name only, so repeated values keep their order."""
    assert canonicalize_url("https://n.example/?z=1&id=2&id=1") == "https://n.example/?id=2&id=1&z=1"


def test_tracking_param_detection_is_case_insensitive():
    """UTM_Source and CMP are tracking parameters whatever their case."""
    assert is_tracking_param("UTM_Source") and is_tracking_param("CMP")
    assert not is_tracking_param("id")


def test_content_hash_ignores_typography_case_and_spacing():
    """Curly vs straight quotes, case, NFKC forms and whitespace do not change the content hash."""
    a = "The minister said: \u201cWe will act.\u201d\n\nIt\u2019s done."
    b = "the  minister said: \"we will act.\" it's done.\u00a0"
    assert content_hash(a) == content_hash(b)


def test_content_hash_changes_with_words():
    """Changing a word changes the hash."""
    assert content_hash("We will act.") != content_hash("We will not act.")
