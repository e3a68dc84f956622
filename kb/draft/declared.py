"""A record that prose declares: a paragraph that names someone and says that what follows is their
words ("Trade Minister Ana Lind spoke to reporters on Monday. This is an edited transcript.", "Below
is the full text of the speech by President Tomas Novak.", "What follows is a condensed transcript of
the interview with Finance Minister Kwame Osei.") — the paragraphs after it are that person's turns,
dated by the day the paragraph gives."""

from __future__ import annotations

import re
from typing import NamedTuple

from kb.draft.quotes import find_quotes
from kb.draft.reader import named_anywhere
from kb.draft.speakers import Mention
from kb.draft.text import paragraphs

# "This is an edited transcript", "Below is the full text", "Here are excerpts", "The following is a
# lightly edited transcript": at a sentence's start, never inside quotation marks (a quote's "here is").
_DECLARED = re.compile(
    r"(?:^|(?<=[.:!?] )|(?<=[.:!?]  ))(?:This|What follows|The following|Below|Here|Following) (?:is|are) "
    r"(?:an? |the |some )?(?:(?:lightly|slightly|partially|partly|heavily|edited|full|partial|abridged|complete"
    r"|condensed|verbatim|unofficial|official|rough|English|translated)[ ,]+)*"
    r"(?:transcript|text|excerpts?|record|translation)\b"
)
_REACH = 3000  # characters: a record is declared at its head
_LENGTH = 600  # characters: a longer paragraph is the story's prose, not a record's introduction


class Declared(NamedTuple):
    """Who speaks in the record, where it begins (after its introduction), and the introduction's words
    (which date its turns)."""

    speaker: Mention
    begins: int
    dating: str


def declared_record(text: str) -> Declared | None:
    """The record the head of the text declares, and its speaker: the person named last before the
    declaration in its paragraph, else the first named after it ("… transcript of the interview with X")."""
    for paragraph in paragraphs(text[:_REACH]):
        declared = _DECLARED.search(paragraph.text) if len(paragraph.text) <= _LENGTH else None
        if declared is None or any(q.start < declared.start() < q.end for q in find_quotes(paragraph.text)):
            continue
        people = [(at, who) for at, who in named_anywhere(paragraph.text) if who.name]
        before = [who for at, who in people if at < declared.start()]
        after = [who for at, who in people if at > declared.start()]
        speaker = before[-1] if before else (after[0] if after else None)
        return Declared(speaker, paragraph.end, paragraph.text) if speaker else None
    return None
