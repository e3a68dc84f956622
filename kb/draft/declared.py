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
    declaration in its paragraph, else the first named after it ("… transcript of the interview with X");
    else an interview laid out as questions and answers (see _interview)."""
    return _declared(text) or _interview(text)


def _declared(text: str) -> Declared | None:
    for paragraph in paragraphs(text[:_REACH]):
        declared = _DECLARED.search(paragraph.text) if len(paragraph.text) <= _LENGTH else None
        if declared is None or any(q.start < declared.start() < q.end for q in find_quotes(paragraph.text)):
            continue
        people = [(at, who) for at, who in named_anywhere(paragraph.text) if who.name]
        before = [who for at, who in people if at < declared.start()]
        after = [who for at, who in people if at > declared.start()]
        speaker = before[-1] if before else (after[0] if after else None)
        return Declared(speaker, paragraph.end, _day_words(paragraph.text)) if speaker else None
    return None


_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|we|We|we[’']re|We[’']re|our|Our|my|My|us)\b")
MIN_EXCHANGES = 2  # questions each answered by the paragraph after it


def _interview(text: str) -> Declared | None:
    """An interview laid out as questions and answers with no labels: paragraphs that ask (ending in a
    question mark), each followed by one that answers, MIN_EXCHANGES or more, most answers in the first person
    ("we", "I", "our"), under a head (headline, introduction) that names one person only — whose the answers
    are; the head's words date them."""
    found = paragraphs(text)
    asking = [n for n, p in enumerate(found[:-1]) if _asks(p.text) and not _asks(found[n + 1].text)]
    if len(asking) < MIN_EXCHANGES:
        return None
    answers = [found[n + 1].text for n in asking]
    if 2 * sum(1 for answer in answers if _FIRST_PERSON.search(answer)) <= len(answers):
        return None  # an explainer's sub-headings ("What is in the deal?"), answered by the reporter
    head = text[: found[asking[0]].start]
    named = {who.name: who for _, who in named_anywhere(head) if who.name}
    surnames = {name.split()[-1] for name in named}
    return (
        Declared(next(iter(named.values())), found[asking[0]].start, _day_words(head)) if len(surnames) == 1 else None
    )


def _asks(paragraph: str) -> bool:
    return paragraph.rstrip().rstrip('"”’)').endswith("?")


# Words that name a day ("on Monday", "Aug. 31", "today"): a record's introduction that names only a month or a
# year ("in June") gives its turns no day.
_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b"
    r"|\b[A-Z][a-z]{2,8}\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\b"
)


def _day_words(introduction: str) -> str:
    """The introduction, as the words that date the record's turns, if it names a day; else nothing."""
    return introduction if _DAY.search(introduction) else ""
