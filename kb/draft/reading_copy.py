"""The text as the drafter reads it: the source's own words, laid out plainly.

The same text reaches kb in many layouts — a web page's no-break spaces, bylines and
"Advertisement" lines, a PDF's lines wrapped at a width with a space before each line break, an
e-mail's. The drafter reads one copy of it in which each layout reads as plain prose does: the same
words in the same order, only the white space between them and the lines beside the story
changed, so that every excerpt of the draft is found in the source's text as `kb import` finds it
(`kb.model.quotes.found_in`: white space matching any white space).
"""

from __future__ import annotations

import re

from kb.draft.captions import captions
from kb.draft.furniture import furniture
from kb.draft.text import wraps
from kb.draft.wrapped_lines import SENTENCE_END, unwrapped

_BREAKS = re.compile(r"\n(?:[ \t]*\n)*")  # a line break, and the blank lines after it
_LINE_END = re.compile(r"[ \t]+$", re.MULTILINE)
_BETWEEN_WORDS = re.compile(r"(?<=\S)(?:\t[ \t]*| [ \t]+)")  # a tab or a run of white space after a word
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
    """The text with its line separators as line breaks, its spaces of other widths as spaces, no space at a line's
    end and one between words; its page furniture, and the photo captions among the story's paragraphs, left out,
    each with the white space before it (the paragraphs around it read as next to each other; no claim is drafted
    from them, and no time they name moves the story on — a caption above the story's first sentence stays, aside:
    the event it shows may be the story's); its wrapped lines as their paragraphs (`unwrapped`); and every paragraph
    a blank line apart from the next (`_apart`)."""
    text = _BETWEEN_WORDS.sub(" ", _LINE_END.sub("", text.translate(_PLAIN)))
    begun = SENTENCE_END.search(text)  # the end of the story's first sentence
    story = begun.start() if begun else len(text)
    aside = furniture(text) + [(start, end) for start, end in captions(text) if start > story]
    return _apart(unwrapped(_without(text, aside)))


def _apart(text: str) -> str:
    """The paragraphs a blank line apart, however the page set them apart: each line a paragraph, but a line that
    goes on in lower case ("…, said the\ntrade minister"), or that only wraps a long line of prose once the story has
    begun (`text.wraps`: "… said Alliance\nChief Negotiator Tomas Novak"), goes on its paragraph — above the story's
    first sentence, a line ending in no full stop is a title, a heading or a date ("… Regular Press Conference on
    January 9, 2019\nQ: …", "Oral evidence: … HC 1043\nWednesday 28 November 2018")."""
    text = text.strip("\n")
    begun = SENTENCE_END.search(text)  # the story's first sentence: above it, a line is a title, a heading, a date
    story = begun.start() if begun else len(text)

    def apart(found: re.Match[str]) -> str:
        if found.group() != "\n":
            return "\n\n"  # a blank line
        goes_on = text[found.end() : found.end() + 1].islower() or (
            found.start() > story and wraps(text, found.start())
        )
        return " " if goes_on else "\n\n"

    return _BREAKS.sub(apart, text) + "\n"


def _without(text: str, lines: list[tuple[int, int]]) -> str:
    """The text without these lines, each with the white space before it."""
    pieces, at = [], 0
    for start, end in sorted(lines):
        while start > at and text[start - 1].isspace():
            start -= 1
        pieces.append(text[at:start])
        at = max(at, end)
    return "".join(pieces) + text[at:]
