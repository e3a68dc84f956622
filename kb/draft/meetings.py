"""Meetings: "A met (with) B", "A held talks with B", "A negotiated with B", "talks between A and
B", with the participants, the place when the sentence gives one, and whether it is to come."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.draft.dates import clause_around
from kb.draft.speakers import Mention, Token, mention_of, subject_before, tokens
from kb.draft.text import Span, sentences

_MEETING = re.compile(
    r"\b(?P<verb>met(?: with)?|meets(?: with)?|meet(?: with)?|(?:held|holds|hold) (?:(?:face-to-face|in-person|"
    r"bilateral|phone|telephone|virtual|separate|further|fresh|another round of|a round of|ministerial) )?"
    r"(?:talks|a meeting|a call|a phone call|discussions|consultations|negotiations) with|negotiated with|"
    r"had (?:talks|a meeting) with|spoke by phone with|talked with|(?:talks|a meeting|meetings|a summit) between)"
    r"\s+(?P<rest>.+)",
)
_FUTURE = re.compile(
    r"\b(?:will|would|plans? to|planned to|is to|are to|due to|expected to|set to|to meet|hopes? to)\b"
)
_PLACE = re.compile(r"\b(?:in|at) (?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?=[\s,.;]|$)")
_NOT_PLACES = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)")


@dataclass(frozen=True)
class Met:
    participants: tuple[Mention, ...]
    sentence: Span
    place: str | None
    expected: bool
    dating: str = ""  # the words that may give its date: the clause of its verb


def _objects(text: str, rest: str, offset: int) -> list[Mention]:
    """The people or bodies after the verb, split at "and" and commas."""
    words = tokens(rest)
    found: list[list[Token]] = [[]]
    for token in words:
        if token.text in (",",) or token.word == "and":
            if found[-1]:
                found.append([])
            continue
        if (
            token.capitalised
            or token.word in ("the", "of")
            or token.word.endswith("’s")
            or token.word.endswith("'s")
            or token.word
            in (
                "chief",
                "minister",
                "secretary",
                "president",
                "negotiator",
                "envoy",
                "foreign",
                "policy",
                "trade",
                "counterpart",
                "representative",
                "prime",
            )
        ):
            found[-1].append(token)
        else:
            break
    mentions = []
    for group in found:
        while group and group[-1].word in ("the", "of"):
            group.pop()
        if group and any(t.capitalised for t in group):
            phrase = rest[group[0].start : group[-1].end]
            found_mention = mention_of(phrase)
            if found_mention and (found_mention.name or found_mention.organisation):
                mentions.append(found_mention)
    return mentions


def read_meetings(text: str) -> list[Met]:
    """Every meeting a sentence reports between two or more people or bodies it names."""
    found: list[Met] = []
    for sentence in sentences(text):
        match = _MEETING.search(sentence.text)
        if not match:
            continue
        before = sentence.text[: match.start()]
        parties = _objects(text, match.group("rest"), sentence.start + match.start("rest"))
        if not match.group("verb").endswith("between"):
            words = tokens(before + " said")
            subject = subject_before(words, len(words) - 1)
            if subject:
                phrase = before[subject[0].start : subject[-1].end]
                parties = [*_split_and(phrase), *parties]
        parties = [p for p in parties if p.name or p.organisation]
        if len(parties) < 2:
            continue
        place = next((m.group("place") for m in _PLACE.finditer(sentence.text[match.start() :])
                      if not _NOT_PLACES.match(m.group("place"))), None)  # fmt: skip
        expected = bool(_FUTURE.search(before + match.group("verb")))
        found.append(Met(tuple(parties), sentence, place, expected, clause_around(sentence.text, match.start())))
    return found


def _split_and(phrase: str) -> list[Mention]:
    mentions = []
    for part in re.split(r"\s+and\s+|,\s*", phrase):
        if part.strip():
            found = mention_of(part.strip())
            if found:
                mentions.append(found)
    return mentions
