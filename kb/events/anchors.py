"""Where an excerpt is in its source's snapshot, as the W3C Web Annotation model anchors a quote
(https://www.w3.org/TR/annotation-model/#text-quote-selector): a TextQuoteSelector (the exact
words as the snapshot has them, and up to 32 characters before and after, as Hypothesis
takes) and a TextPositionSelector (start and end, in Unicode code points from the start of
the snapshot's text, end exclusive). White space between the excerpt's words matches any
white space, as kb's verification does. And a link to the passage in the original: a text
fragment (https://wicg.github.io/scroll-to-text-fragment/)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from urllib.parse import quote

_WORD = re.compile(r"\S+")
CONTEXT = 32  # characters of prefix and suffix
FRAGMENT_WORDS = 6  # a long excerpt is linked by its first and last words (textStart,textEnd)


@dataclass(frozen=True)
class Anchor:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


class Snapshot:
    """A snapshot's text, and where each of its words is in it and in its squeezed form (white
    space folded to single spaces, as kb.model.quotes.squeeze makes it), so that an excerpt found in
    the squeezed text by a plain substring search is mapped back to the text's positions."""

    def __init__(self, text: str):
        self.text = text
        words = [(found.start(), found.group()) for found in _WORD.finditer(text)]
        self.raw = [start for start, _ in words]
        self.squeezed_at: list[int] = []
        position = 0
        for _, word in words:
            self.squeezed_at.append(position)
            position += len(word) + 1
        self.squeezed = " ".join(word for _, word in words)

    def _raw(self, at: int) -> int:
        """The text's position of the squeezed text's position ``at``, which is in a word."""
        n = bisect_right(self.squeezed_at, at) - 1
        return self.raw[n] + at - self.squeezed_at[n]

    def anchor(self, excerpt: str) -> Anchor | None:
        """The excerpt's first occurrence, or None when it is not there."""
        words = " ".join(excerpt.split())
        at = self.squeezed.find(words) if words else -1
        if at < 0:
            return None
        start, end = self._raw(at), self._raw(at + len(words) - 1) + 1
        text = self.text
        return Anchor(text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT], start, end)


def anchor(excerpt: str, text: str) -> Anchor | None:
    """The excerpt's first occurrence in the text, or None when it is not there."""
    return Snapshot(text).anchor(excerpt)


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
