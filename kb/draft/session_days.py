"""The day of words said at the opening or the close of an event: '"…," Lind said at the opening session' after "The
summit opened on Monday", "told a closing news conference" after "Ministers wrapped up two days of talks on
Tuesday" — the day the sentences before give the event's opening or its close (an event that opened on Monday is not
all of Monday's, `occasions.Occasions`, but its opening is)."""

from __future__ import annotations

import re

from kb.draft.dates import EVENTS, clause_around, is_day, resolve
from kb.draft.text import sentences

# An occasion at an event's opening or close, in a reporting clause: "at the opening session", "in her opening
# speech", "told a closing news conference", "at the concluding plenary", "on the final day".
_AT_AN_END = re.compile(
    r"\b(?:(?P<opening>opening|inaugural)|closing|concluding|final)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sessions?|plenary|ceremony|speech|address|remarks|statement|news conference|press conference|briefing|day)\b",
    re.IGNORECASE,
)
_OPENED = re.compile(r"\b(?:opened|began|started|kicked off|got under ?way)\b")
_CLOSED = re.compile(r"\b(?:closed|ended|concluded|wrapped up|came to a close|drew to a close|broke up)\b")
_ENDS = re.compile(rf"{_OPENED.pattern}|{_CLOSED.pattern}")
_VERB_CLAUSE_END = re.compile(r",|;|\band\b|\bwhile\b|\bafter\b")  # "opened on Monday and closed on Tuesday"
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")  # words said, which open or close no event of the story
_BACK = 2000  # characters before the words read for the event's opening or close


def session_day(dating: str, text: str, start: int, day: str) -> tuple[str, str] | None:
    """The day of the opening or the close of the last event the text before ``start`` says opened or closed on a
    day, when the reporting clause (``dating``) names an occasion at its opening or close; none if that event's
    opening or close is given no day."""
    found = _AT_AN_END.search(dating) if "ing" in dating or "final" in dating else None
    if found is None:
        return None
    verb, end = (_OPENED, "opening") if found.group("opening") else (_CLOSED, "close")
    before = _QUOTED.sub(" ", text[max(0, start - _BACK) : start])
    for sentence in reversed(sentences(before)):
        ends = list(verb.finditer(sentence.text)) if EVENTS.search(sentence.text) else []
        for match in reversed(ends):
            own = _VERB_CLAUSE_END.split(sentence.text[match.end() :], 1)[0]  # "closed on Tuesday"
            when = resolve(own, day)
            if when is None and not _ENDS.search(sentence.text, 0, match.start()):  # not "opened on Monday and ended"
                when = resolve(clause_around(sentence.text, match.start()), day)  # "On Monday, the summit opened"
            if when is None or not is_day(when[0]):
                return None
            return when[0], f"{when[1]} (of the event's {end}, in an earlier sentence)"
    return None
