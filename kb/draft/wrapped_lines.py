"""Lines wrapped at a fixed width, read as the paragraphs they wrap.

Text taken from a PDF, an e-mail or a plain-text wire is often broken into lines of about the same
width, each paragraph over several lines. The drafter reads a line as a paragraph (a quote opening
its paragraph, the words of the paragraph before), so such a text is read with the line breaks
that only wrap a paragraph made spaces: the same words, white space aside, as the import checks them.
"""

from __future__ import annotations

import re

MIN_LINES = 5  # a text of fewer non-blank lines shows no width it was wrapped at
MAX_WIDTH = 150  # characters: a longer line is a paragraph of its own, not a line wrapped at a width
FULL = 0.75  # of the width: a line at least this long was filled up to the width, not ended
WRAPPED_SHARE = 0.35  # of the lines: at least this many full lines show that the text was wrapped
ENDED_SHARE = 0.4  # of the full lines: at most this many end a sentence (a line of its own is a paragraph)
GOING_ON_SHARE = 0.3  # of the full lines: at least this many are followed by a line opening in lower case
_ITEM = re.compile(r"[ \t]*(?:[•*·▪◦][ \t]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t])")  # "• ", "1. ", "(a) "
_DASH = re.compile(r"[ \t]*[–—-][ \t]")  # "- ": an item after a line that ends a sentence or opens a list
_WORD = re.compile(r"\S+")
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*[ \t]*$", re.MULTILINE)  # a line that ends a sentence


def width(text: str) -> int | None:
    """The width the text's lines were wrapped at — the length that nine lines in ten do not pass — if it shows:
    many lines filled up to it, few of them ending a sentence, and many followed by a line that goes on in lower
    case (a list's lines, a transcript's turns and headings open in capitals). Else None."""
    lines = [line.rstrip() for line in text.split("\n")]
    filled = [line for line in lines if line.strip()]
    if len(filled) < MIN_LINES:
        return None
    wrap = sorted(len(line) for line in filled)[int(len(filled) * 0.9) - 1]
    full = [n for n, line in enumerate(lines) if FULL * wrap <= len(line) <= wrap + 2]
    ended = sum(1 for n in full if SENTENCE_END.search(lines[n]))
    going_on = sum(1 for n in full if n + 1 < len(lines) and lines[n + 1].lstrip()[:1].islower())
    shown = len(full) >= WRAPPED_SHARE * len(filled) and ended <= ENDED_SHARE * len(full)
    return wrap if wrap <= MAX_WIDTH and shown and going_on >= GOING_ON_SHARE * len(full) else None


def unwrapped(text: str) -> str:
    """The text with each line break that only wraps a paragraph's line (`_wraps`) a space, and the indentation
    of the line it wraps to left out. A text not wrapped at a width is returned as it is."""
    wrap = width(text)
    if wrap is None:
        return text
    lines = text.split("\n")
    blank = sum(1 for line in lines if not line.strip())
    paragraphed = blank >= max(2, len(lines) // 10)  # paragraphs apart, each after a blank line
    pieces = [lines[0]]
    for line, after in zip(lines, lines[1:], strict=False):
        pieces.append(" " + after.lstrip() if _wraps(line, after, wrap, paragraphed) else "\n" + after)
    return "".join(pieces)


def _wraps(line: str, after: str, wrap: int, paragraphed: bool) -> bool:
    """Whether the break between two lines of a text wrapped at ``wrap`` only wraps a paragraph: the line is filled
    to the width, or the next line's first word would not have fitted on it; the next line is not indented further
    nor opens a list item; and, in a text whose paragraphs are not set apart by blank lines, the line ends no
    sentence unless the next word would not have fitted on it."""
    first = _WORD.search(after)
    length = len(line.rstrip())
    if not line.strip() or first is None or first.start() > len(line) - len(line.lstrip()):
        return False
    if _ITEM.match(after) or (_DASH.match(after) and (line.rstrip()[-1:] in ".:;!?" or _DASH.match(line))):
        return False
    fitted = length + 1 + len(first.group()) > wrap  # the next word would not have fitted on the line
    if not paragraphed and SENTENCE_END.search(line):
        return fitted
    return fitted or length >= FULL * wrap
