"""A headline's and its sub-headings' quotes that the story quotes again: the story's words are the statement."""

from __future__ import annotations

import re

from kb.draft.quotes import find_quotes
from kb.draft.text import Span


def headline_repeats(text: str, turns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes of the headline and sub-headings (the lines that open the text, up to 200 characters, with no
    full stop) that the story quotes again (or a transcript's turn says): the story's words are the statement
    ("Qatar PM says talks 'not very promising'", "Lind on the talks: 'We are close'")."""
    found: list[tuple[int, int]] = []
    for line in [Span(m.start(), m.end(), m.group()) for m in _LINE.finditer(text, 0, 1000)][:_HEADINGS]:
        if not 10 <= len(line.text) <= 200 or line.text.rstrip("’”\"' ")[-1:] in ".!?:":
            break
        quoted = [(q.start, q.end) for q in find_quotes(text)] + turns  # the story's quotes and a transcript's turns
        body = " ".join(text[start:end] for start, end in quoted if start >= line.end).casefold()
        found += [(line.start + q.start, line.start + q.end) for q in find_quotes(line.text)
                  if q.words(line.text).strip(" ,.").casefold() in body]  # fmt: skip
    return found


_HEADINGS = 3  # lines: a headline and its sub-headings
_LINE = re.compile(r"[^\s][^\n]*?(?=[ \t]*(?:\n|$))")
