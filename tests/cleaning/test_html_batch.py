"""Folder extraction used by the extract_html command and the benchmark."""

import gzip
import json
import shutil
from pathlib import Path

import pytest

from articles.html_batch import extract_dir

DATA = Path(__file__).resolve().parents[1] / "data" / "html"


@pytest.fixture()
def pages(tmp_path):
    shutil.copy(DATA / "article_full.html", tmp_path / "one.html")
    (tmp_path / "two.html.gz").write_bytes(gzip.compress((DATA / "malformed.html").read_bytes()))
    (tmp_path / "bad.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "notes.txt").write_text("not a page")
    return tmp_path


def test_every_page_gets_a_record(pages):
    """Plain and gzipped pages are read; other files are ignored."""
    out = extract_dir(pages)
    assert sorted(out) == ["bad", "one", "two"]
    assert set(out["one"]) == {"articleBody", "title", "byline", "published", "outlet"}
    assert out["two"]["articleBody"].startswith("The river flooded")


def test_failing_page_gets_empty_body_and_is_reported(pages):
    """A page that fails has an empty body, its error is reported and the run goes on."""
    errors = []
    out = extract_dir(pages, on_error=lambda pid, exc: errors.append(pid))
    assert out["bad"]["articleBody"] == ""
    assert errors == ["bad"]
    assert out["one"]["articleBody"]


def test_command_writes_json(pages, tmp_path):
    """manage.py extract_html writes the records without touching the database."""
    django = pytest.importorskip("django")
    from django.conf import settings

    if not settings.configured:
        pytest.skip("Django settings are not configured in this run")
    from django.core.management import call_command

    out = tmp_path / "out.json"
    call_command("extract_html", str(pages), str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["one"]["outlet"] == "The Northern Courier"
    assert django
