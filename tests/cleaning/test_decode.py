"""Bytes to text: BOMs, wrong labels, binary junk."""

import pytest

from articles.cleaning import BinaryInput, EmptyArticle, clean_bytes, decode_bytes

TEXT = "Café owners in Zürich said the “new rules” cost them €2,000 — a month."


def test_utf8_decodes():
    """Plain UTF-8 is decoded as such whatever the label says."""
    assert decode_bytes(TEXT.encode("utf-8"), declared="iso-8859-1") == TEXT


def test_cp1252_mislabelled_as_utf8_is_detected():
    """Windows-1252 bytes labelled UTF-8 still decode to the right characters."""
    data = (TEXT + " ") * 5
    assert decode_bytes(data.encode("cp1252"), declared="utf-8") == data


def test_latin1_declared_decodes():
    """Latin-1 bytes with a Latin-1 label decode correctly."""
    data = "Le député a déclaré que la réforme était « nécessaire »."
    assert decode_bytes(data.encode("latin-1"), declared="latin-1") == data


def test_unknown_label_is_ignored():
    """A label that names no codec does not break decoding."""
    assert decode_bytes(TEXT.encode("utf-8"), declared="no-such-charset") == TEXT


def test_byte_order_marks_are_honoured():
    """UTF-8 and UTF-16 byte-order marks pick the codec and are dropped."""
    assert decode_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8")) == TEXT
    assert decode_bytes(TEXT.encode("utf-16")) == TEXT


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
    bytes(range(256)) * 4,
], ids=["png", "pdf", "zip", "control-bytes"])
def test_binary_input_is_rejected(data):
    """Images, documents, archives and control-byte soup raise BinaryInput."""
    with pytest.raises(BinaryInput):
        decode_bytes(data)


def test_empty_bytes_decode_to_empty_text():
    """No bytes is no text, not an error, at the decoding step."""
    assert decode_bytes(b"") == ""


def test_clean_bytes_of_only_chrome_is_empty_article():
    """A file holding nothing but chrome raises EmptyArticle."""
    with pytest.raises(EmptyArticle):
        clean_bytes(b"Advertisement\nShare this article\n")


def test_clean_bytes_of_empty_file_is_empty_article():
    """An empty file raises EmptyArticle."""
    with pytest.raises(EmptyArticle):
        clean_bytes(b"   \n")
