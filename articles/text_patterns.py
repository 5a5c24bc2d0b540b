"""Line classifiers for article text: chrome, bylines, captions, copyright, headings.

Pure functions over one line (already stripped). They encode general shapes of
site and aggregator chrome (prompt vocabulary, share bars, copyright notices),
never strings copied from particular articles.
"""

from __future__ import annotations

import re

# CJK scripts do not separate words with spaces: each ideograph/kana counts as one.
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+(?:['’.-]\w+)*")
_SENTENCE_END = re.compile(r"""[.!?…:;。！？][\"'”’»)\]」』）]*$""")

# Prompt vocabulary that does not occur in ordinary news prose: a short line
# containing one of these is site chrome wherever it stands.
_STRONG = re.compile(
    r"""\b(?:
        sign\ (?:up|in)\ (?:to|for|here|now|today|with)\b | sign\ up\s*$ | sign\ in\s*$
      | already\ (?:a\ )?(?:member|subscriber|registered) | subscribers?\ only
      | (?:download|get)\ (?:the|our)\ (?:free\ )?app | app\ store | google\ play
      | start\ reading | continue\ reading | read\ (?:more|next|the\ full\ (?:story|article))\b
      | related\ (?:stories|articles|content|coverage|posts|links|topics|reading)
      | recommended\ (?:for\ you|stories|reading|articles) | you\ (?:may|might)\ also\ like
      | most\ (?:read|popular|viewed|shared)\s*$ | top\ stories\ on | our\ picks | editor'?s?['’]?\ picks
      | trending\ now | don['’]?t\ miss\s*$ | also\ on\ \S+\.\w+
      | sponsored\ content | story\ continues\ below
      | share\ (?:this\ (?:story|article|page|post)|on\ (?:facebook|twitter|whatsapp)|it\ with\ a)
      | click\ here | tap\ here | like\ this\ story | tell\ us\ what\ you\ think
      | follow\ (?:us|\w+(?:\ \w+){0,5})\ on\ (?:twitter|facebook|instagram|youtube|linkedin|tiktok)
      | this\ (?:story|article|page)\ (?:is\ developing|will\ be\ updated)
      | will\ be\ updated\ as\ more | check\ back\ (?:later|soon)\ for
      | (?:accept|use|uses|using)\ (?:all\ )?cookies | cookie\ (?:policy|settings|preferences)
      | privacy\ policy | terms\ of\ (?:use|service) | all\ rights\ reserved
      | free\ trial | premium\ titles | trusted\ (?:global\ )?sources | curated\ specifically
      | news\ in\ one\ place | one\ app\b | one\ membership | in\ your\ inbox
      | delivered\ (?:to|through)\ your\ (?:inbox|letterbox|door)
      | (?:subscribe|sign\ up)\ (?:to|for)\ (?:our|the)\ \S*\s*newsletter
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Broader vocabulary, trusted only in the chrome zones at the start and end.
_EDGE = re.compile(
    r"""\b(?:sign\ (?:up|in) | log\ ?in | subscribe | subscription | newsletters?
      | membership | \w+\ days?\ free | premium | top\ stories | see\ more | more\ from
      | cookies? | have\ a\ tip | send\ us\ (?:your|a) | follow\ (?:us|\w+) | share
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines that are nothing but a marker ("Advertisement", "Share", "Read more").
_BARE_MARKER = re.compile(
    r"""^(?:advertisement|advertising|ad|sponsored|promoted|share|share\ this|tweet|email|print
    |comments?|\d+\ comments?|read\ more|more|related|see\ also|photos?|video|gallery|listen
    |facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy\ link)[\s:|.…»›>-]*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A line that opens a teaser: "Read more: …", "Related: …", "SEE MORE: …".
_TEASER_PREFIX = re.compile(
    r"^(?:read\s+more|related|see\s+more|see\s+also|also\s+read|more\s+on\s+this|watch|listen|"
    r"recommended|must\s+read|also\s+on\s+\S+|more|click\s+here)\s*[:|»›>-]\s*\S",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_CORP_SUFFIX = re.compile(
    r"(?:,?\s+(?:company|co\.|inc\.?|ltd\.?|limited|llc|plc|corp\.?|corporation|group|gmbh|s\.a\.))+$",
    re.IGNORECASE,
)
# "The Guardian - UK": an aggregator's label naming the source outlet and edition.
_OUTLET_LABEL = re.compile(
    r"^(?P<name>[A-Z][\w&'’. ]{1,48}?)\s+[-–|]\s+(?:[A-Z]{2,3}|USA|Australia|International|"
    r"Europe|Asia|Africa|India|Canada|World|Online)$"
)
# A wire dateline opening the first paragraph: "LONDON, March 3 (Reuters) - ...".
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.]*)*,\s+\w+\.?\s+\d{1,2}\s+\((?P<name>[A-Z][\w&'’. -]{1,40})\)\s+[-–—]"
)
# An outlet and a date on one line under the headline: "Some Broadcaster | 3 March 2026",
# "Coast Herald — 14 March 2031".
_OUTLET_DATE = re.compile(
    r"^(?P<name>[A-Z][\w&'’. -]{1,60}?)\s+[|•·—–]\s+(?:\w+,?\s+)?(?:\d{1,2}\s+\w+|\w+\s+\d{1,2},?)\s+\d{4}\b"
)
_CREDIT = re.compile(
    r"""(?:\b(?:photograph|photo|photos|picture|image|illustration|credit|video|graphic)s?
         \s*(?:by)?\s*:\s*[^.!?]{2,80}$)
      | (?:\((?:photo|image|credit|picture|source)[^)]{0,80}\)$)
      | (?:/\s*(?:getty\ images|ap|reuters|afp|epa|shutterstock|pa|alamy|bloomberg|efe)\)?$)""",
    re.IGNORECASE | re.VERBOSE,
)
_NAME = r"[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:[A-ZÀ-Ý][\w'’.-]+|de|van|von|da|del|der|la|le|bin|al|di))*"
_BYLINE = re.compile(
    rf"""^(?:by\s+\S.{{1,100}}
      | {_NAME}(?:\s*,\s*(?:and\s+)?{_NAME}|\s+(?:and|&)\s+{_NAME})+(?:\s+in\s+{_NAME})?
      | {_NAME}\s+in\s+{_NAME})$""",
    re.VERBOSE,
)
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|last\s+updated)\b.*|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+\d{1,2}\s+\w+\s+\d{4}.*|"
    r"\w+\s+\d{1,2},\s+\d{4}(?:\s.*)?)$",
    re.IGNORECASE,
)


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def is_body_paragraph(line: str) -> bool:
    """A line of running prose: several words that end a sentence, or simply long."""
    n = len(words(line))
    return n >= 25 or (n >= 12 and ends_sentence(line))


def is_prompt(line: str) -> bool:
    """Chrome at the edges of a text: prompts, ads, teasers, notices (broad vocabulary)."""
    if is_strong_marker(line):
        return True
    return len(words(line)) <= 30 and bool(_EDGE.search(line))


def is_strong_marker(line: str) -> bool:
    """Chrome that is safe to drop anywhere in the text, not only at its edges."""
    if _BARE_MARKER.match(line) or _TEASER_PREFIX.match(line) or is_copyright(line):
        return True
    return len(words(line)) <= 25 and bool(_STRONG.search(line))


_BLOCK_OPENER = re.compile(
    r"^(?:read\s+more|related|see\s+(?:more|also)|also\s+read|more\s+(?:on|from|stories)|recommended"
    r"|must\s+read|don['’]?t\s+miss|most\s+(?:read|popular|viewed)|top\s+stories|you\s+(?:may|might)"
    r"|also\s+on|trending|latest|our\s+picks|editor)",
    re.IGNORECASE,
)


def opens_link_block(line: str) -> bool:
    """A marker that heads a list of links to other stories ("Related", "Read more:")."""
    return bool(_BLOCK_OPENER.match(line))


def is_copyright(line: str) -> bool:
    return bool(_COPYRIGHT.match(line)) and len(words(line)) <= 25


def copyright_holder(line: str) -> str | None:
    """The name in a copyright notice: "© 2025 The X Company" -> "The X"."""
    if not is_copyright(line):
        return None
    rest = _COPYRIGHT.sub("", line, count=1)
    rest = re.split(r"\.\s|\s[-–|]\s|\ball rights reserved\b", rest, flags=re.IGNORECASE)[0]
    rest = re.sub(r"(?:^|\s)(?:©|\(c\))?\s*\d{4}(?:\s*[-–]\s*\d{4})?,?", " ", rest).strip(" ,.")
    rest = _CORP_SUFFIX.sub("", rest).strip(" ,.")
    return rest if 1 <= len(words(rest)) <= 8 and rest[:1].isupper() else None


def outlet_label(line: str) -> str | None:
    """The outlet named by an aggregator label line ("The Guardian - UK")."""
    m = _OUTLET_LABEL.match(line)
    return m.group("name").strip() if m else None


def wire_dateline_outlet(line: str) -> str | None:
    """The agency in a wire dateline ("LONDON, March 3 (Reuters) - ...")."""
    m = _WIRE_DATELINE.match(line)
    return m.group("name").strip() if m else None


def outlet_date_outlet(line: str) -> str | None:
    """The outlet in an "Outlet | date" line."""
    if len(words(line)) > 14:
        return None
    m = _OUTLET_DATE.match(line)
    return m.group("name").strip() if m else None


def is_caption_credit(line: str) -> bool:
    """A photo caption: a line ending with a picture credit."""
    return len(words(line)) <= 80 and bool(_CREDIT.search(line))


def is_byline(line: str) -> bool:
    n = len(words(line))
    return 2 <= n <= 16 and not ends_sentence(line.rstrip(")")) and bool(_BYLINE.match(line))


def is_date_line(line: str) -> bool:
    return len(words(line)) <= 12 and bool(_DATE_LINE.match(line))


def is_short_label(line: str) -> bool:
    """A bare label such as a section name ("World", "US news")."""
    return len(words(line)) <= 3 and not ends_sentence(line)


def is_heading_like(line: str) -> bool:
    """A subheading: a short capitalised line without final punctuation."""
    n = len(words(line))
    return 1 <= n <= 14 and (line[:1].isupper() or line[:1].isdigit()) and not ends_sentence(line)


def is_headline_like(line: str) -> bool:
    n = len(words(line))
    return 3 <= n <= 30 and not line.endswith((".", ",", ";", ":")) and not line[:1].islower()
