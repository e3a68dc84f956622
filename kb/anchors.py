"""Where an excerpt is in its source's snapshot, as the W3C Web Annotation model anchors a quote
(https://www.w3.org/TR/annotation-model/#text-quote-selector): a TextQuoteSelector (the exact
words as the snapshot has them, and up to 32 characters before and after, as Hypothesis
takes) and a TextPositionSelector (start and end, in Unicode code points from the start of
the snapshot's text, end exclusive). White space between the excerpt's words matches any
white space, as kb's verification does. And a link to the passage in the original: a text
fragment (https://wicg.github.io/scroll-to-text-fragment/)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

CONTEXT = 32  # characters of prefix and suffix
FRAGMENT_WORDS = 6  # a long excerpt is linked by its first and last words (textStart,textEnd)


@dataclass(frozen=True)
class Anchor:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


def anchor(excerpt: str, text: str) -> Anchor | None:
    """The excerpt's first occurrence in the text, or None when it is not there."""
    words = excerpt.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(word) for word in words), text)
    if found is None:
        return None
    start, end = found.span()
    return Anchor(text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT], start, end)


def _encode(text: str) -> str:
    """Percent-encoded for a text directive: everything but unreserved characters, and "-"
    too, which the directive's syntax uses (as it uses "," and "&")."""
    return quote(text, safe="").replace("-", "%2D")


def text_fragment(url: str, exact: str) -> str:
    """The URL with a text fragment that scrolls to and highlights the exact words."""
    words = exact.split()
    if len(words) > 2 * FRAGMENT_WORDS:
        directive = _encode(" ".join(words[:FRAGMENT_WORDS])) + "," + _encode(" ".join(words[-FRAGMENT_WORDS:]))
    else:
        directive = _encode(" ".join(words))
    return f"{url.partition('#')[0]}#:~:text={directive}"
