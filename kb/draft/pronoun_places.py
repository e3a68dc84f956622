"""Where a speaker's pronoun stands: the person it means is read from there, not from the quote after it."""

from __future__ import annotations

import re

from kb.draft.text import Span


def pronoun_place(before: Span, pronoun: str, pattern: str) -> int:
    """Where the pronoun that speaks a quote stands, when ``pattern`` found it as the subject of a reporting
    verb before the quote ("She praised her counterpart, Tomas Novak, for his '…'": read from "She", the name
    between it and the quote is its object, not what it stands for); else the quote's start ('"…," she said'), where
    ``before`` (the words before the quote) ends."""
    if pattern != "speaker-verb-quote":
        return before.end
    found = [m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(pronoun)}(?![\w’'-])", before.text)]
    return before.start + found[-1] if found else before.end
