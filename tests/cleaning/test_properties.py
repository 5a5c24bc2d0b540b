"""Property tests: cleaning never fails and never invents lines."""

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.cleaning import clean_text

_LINES = st.lists(
    st.one_of(
        st.text(max_size=120),
        st.sampled_from(["Advertisement", "Sign up to read this article", "© 2024 The Example Times",
                         "The Example - UK", "Read more:", "By Jane Doe", "Photo: A. Person/Agency"]),
        st.from_regex(r"[A-Z][a-z]+( [a-z]+){12,30}\.", fullmatch=True),
    ),
    max_size=30,
)


def _input_lines(raw: str) -> set[str]:
    text = raw.replace("\x00", "").lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return {line.strip() for line in text.split("\n")}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_text_never_raises_on_any_unicode(raw):
    """Any string cleans without error and yields only lines of the input."""
    out = clean_text(raw)
    lines = _input_lines(raw)
    assert all(line in lines for line in out.text.split("\n") if line)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_kept_and_removed_lines_partition_the_input(lines):
    """Every non-empty input line is either kept or removed, never both lost."""
    raw = "\n".join(lines)
    out = clean_text(raw)
    kept = [line for line in out.text.split("\n") if line]
    expected = sorted(line for line in _input_lines(raw) if line)
    got = sorted(kept + list(out.removed))
    assert sorted(set(got)) == sorted(set(expected))
    assert len(kept) + len(out.removed) == sum(1 for line in raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").lstrip("\ufeff").split("\n") if line.strip())
