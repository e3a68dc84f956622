"""A quote in a second clause of its sentence, whose own subject said it: 'Lind said a deal was "close", but Osei said
"gaps" remained', "Lind hailed the talks while Osei called them 'a first step'", "the offer, which Osei described as
'a trap'", "Lind hailed the talks as 'historic' while Osei struck a cautious tone, saying 'much work remains'", "Lind
called it 'distressing', while Osei turned up to talk to reporters 'with a heavy heart'" — the quoted words are
Osei's, not those of the sentence's first speaker."""

from __future__ import annotations

import functools
import re

from kb.draft.lexicon import SPEECH_VERBS
from kb.draft.speakers import Mention, mention_of

_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4}"
# What opens a second clause: a conjunction of contrast or time, a relative pronoun, a semicolon, the comma after a
# clause's quote ('While Lind hailed "progress", Osei warned of'), "and" after a word that is no name's ("…
# 'constructive' and Osei described them as"; not "Norway and Ghana hailed …").
_OPENS = (
    r"(?:\b(?P<relative>which|what|whom|view)|\b(?:while|whereas|but|yet|although|though)|;|[”\"],"
    r"|(?P<joined>,?\s*\band))"
)
_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# The clause's subject, its reporting verb, and words up to the quote that hold no other quote nor a sentence's end; or
# its subject, a verb of its own and a participle of saying: "while Osei struck a cautious tone, saying", or a verb
# that brings them to reporters: "while Nath turned up to talk to reporters".
_CLAUSE = re.compile(
    rf"{_OPENS}\s+(?P<who>{_NAME})\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+)?(?:also\s+|only\s+)?"
    rf"(?:(?:{_VERBS})\b|[a-z]+\b[^.!?;:\"“”]{{0,80}}?,\s*(?:saying|adding|warning|insisting|noting|calling|"
    r"describing|arguing|stressing)\b|[a-z]+\b[^.!?;:\"“”]{0,60}?\bto (?:reporters|journalists|the press|the media)\b)"
    r"[^.!?;:\"“”]{0,120}?\s*$"
)


@functools.lru_cache(maxsize=64)  # read for the speaker (attribution.frame_speaker), then for the statement's words
def clause_speaker(before: str) -> tuple[Mention, int | None] | None:
    """The person or body named as the subject of a second clause that the words before a quote end with, and where
    that subject starts in ``before`` when its clause is one of two joined ("…, but Osei said"; None for a relative
    clause inside the first: "the offer, which Osei described as") — if the words name one (a pronoun or a
    description leaves the quote to the sentence's reporting verb)."""
    found = _CLAUSE.search(before[-400:])
    if found is None:
        return None
    shift = max(0, len(before) - 400)
    if found["joined"] and re.search(r"[A-Z][\w’'.-]*,?\s*$", before[: shift + found.start()]):
        return None  # "Norway and Ghana hailed …": one subject of two names
    who = mention_of(found["who"])
    if who is None or who.pronoun or not (who.name or who.organisation):
        return None
    return who, None if found["relative"] else shift + found.start("who")
