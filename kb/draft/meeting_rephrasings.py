"""Meetings read once a sentence's words are put as meetings.MEETING reads them: a delegation for who leads it, a
first verb before "and met", a meal, subjects who spoke by phone, calls taken from others (one meeting each), the people
of bodies a host received, a person with a post someone saw, "was joined by B for talks", a journey for talks with
someone."""

from __future__ import annotations

from dataclasses import replace

from kb.draft.meeting_rewordings import REPHRASE_AT, REPHRASED
from kb.draft.meeting_wordings import FIRST, FIRST_AT
from kb.draft.meetings import Antecedent, Met, read_meetings
from kb.draft.speakers import Mention
from kb.draft.text import Span


def with_rephrased(sentence: Span, antecedent: Antecedent, found: list[Met]) -> list[Met]:
    """The meetings found, and those the sentence's words put otherwise read with other parties ("After a call from
    B on Tuesday, A has since taken calls from C and D": B's call, and C's and D's)."""
    parties = [{party_key(who) for who in met.participants} for met in found]
    more = _rephrased(sentence, antecedent)
    return found + [met for met in more if {party_key(who) for who in met.participants} not in parties]


def people_rephrased(every: list[Span], antecedent: Antecedent, found: list[Met]) -> list[Met]:
    """The meetings of people that the words of a sentence read for countries' or bodies' talks only put otherwise
    ("Kang talked to Tillerson on July 27, … the summit talks between Korea and the US": Kang's and Tillerson's)."""
    by_sentence: dict[int, list[Met]] = {}
    for met in found:
        by_sentence.setdefault(met.sentence.start, []).append(met)
    more = []
    for sentence in every:
        here = by_sentence.get(sentence.start, [])
        if here and not any(who.name for met in here for who in met.participants):
            rephrased = with_rephrased(sentence, antecedent, here)[len(here) :]
            more += [met for met in rephrased if any(who.name for who in met.participants)]
    return more


def party_key(who: Mention) -> str:
    """The word two mentions of one party share: a person's surname, a body's last word."""
    return (who.name or who.organisation or "").split()[-1]


def _rephrased(sentence: Span, antecedent: Antecedent) -> list[Met]:
    """The meetings of a sentence read once its words are put as meetings.MEETING reads them (``REPHRASED``);
    the words before the first one changed keep their places, so a pronoun subject is still who it stands for."""
    words = sentence.text
    for pattern, put in FIRST if FIRST_AT.search(words) else ():
        words = pattern.sub(put, words)
    for pattern, put in REPHRASED if REPHRASE_AT.search(words) else ():  # none of their words: no pattern to try
        words = pattern.sub(put, words)
    if words == sentence.text:
        return []
    shifted = (lambda at: antecedent(sentence.start + at)) if antecedent is not None else None
    return [replace(met, sentence=sentence) for met in read_meetings(words, shifted)]
