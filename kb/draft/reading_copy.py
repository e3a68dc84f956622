"""The text as the drafter reads it: the source's own text, laid out plainly.

The same text reaches kb in many layouts — a web page's no-break spaces and "Advertisement" lines,
a PDF's or an e-mail's lines wrapped at a width. The drafter reads one copy of
it in which each layout reads as plain prose does, a character for a character: every offset is
the source's, and every excerpt the import checks (`kb.model.quotes.found_in`, white space aside)
is found in the source's text.
"""

from __future__ import annotations

from kb.draft.captions import captions
from kb.draft.furniture import furniture
from kb.draft.text import blanked
from kb.draft.wrapped_lines import SENTENCE_END, unwrapped

# Spaces a page sets in other widths or forbids a line break at ("10\u00a0percent", "€1.3\u202fbillion"): spaces;
# Unicode's line and paragraph separators: line breaks (a snapshot's line ends are "\n" already: normalise_text).
_PLAIN = str.maketrans(
    {
        **dict.fromkeys(
            "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "
        ),
        **dict.fromkeys("\x85\u2028\u2029", "\n"),
    }
)


def reading_copy(text: str) -> str:
    """The text with its line separators as line breaks and its spaces of other widths as spaces; its page furniture,
    and the photo captions among the story's paragraphs, blanked (`_aside`; no claim is drafted from them, and no
    time they name moves the story on — a caption above the story's first sentence stays, aside: the event it shows
    may be the story's); and its wrapped lines as their paragraphs (`unwrapped`), of the same length."""
    text = text.translate(_PLAIN)
    begun = SENTENCE_END.search(text)  # the end of the story's first sentence
    story = begun.start() if begun else len(text)
    lines = furniture(text) + [(start, end) for start, end in captions(text) if start > story]
    return unwrapped(blanked(text, [_aside(text, start, end, story) for start, end in lines]))


def _aside(text: str, start: int, end: int, story: int) -> tuple[int, int]:
    """What to blank of a line beside the story: among the story's paragraphs, the line with the line break before
    it, so that the paragraphs around it read as next to each other ("ADVERTISEMENT" between a quote and the quote
    that goes on); above the story's first sentence, the line alone, so that the lines of the head — a title, the
    date under it — keep their lengths and their lines."""
    return (_line_start(text, start), end) if start > story else (start, end)


def _line_start(text: str, at: int) -> int:
    """Where the white space before ``at`` starts: the end of the line before that holds words."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at
