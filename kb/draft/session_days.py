"""The day of words said at the opening or the close of an event: '"…," Lind said at the opening session' after "The
summit opened on Monday", "told a closing news conference" after "Ministers wrapped up two days of talks on
Tuesday" — the day the sentences before give the event's opening or its close (an event that opened on Monday is not
all of Monday's, `occasions.Occasions`, but its opening is)."""

from __future__ import annotations

import re

from kb.draft.dates import EVENTS, clause_around, is_day, resolve
from kb.draft.text import QUOTED

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
_BACK = 1000  # characters before the words read for the event's opening or close


def session_day(dating: str, text: str, start: int, day: str) -> tuple[str, str] | None:
    """The day of the opening or the close of the last event the text before ``start`` says opened or closed on a
    day, when the reporting clause (``dating``) names an occasion at its opening or close; none if that event's
    opening or close is given no day."""
    found = _AT_AN_END.search(dating)
    if found is None:
        return None
    verb, end = (_OPENED, "opening") if found.group("opening") else (_CLOSED, "close")
    before = text[max(0, start - _BACK) : start]
    for match in reversed(list(verb.finditer(before))):
        sentence, at = _sentence_around(before, match.start())
        if EVENTS.search(sentence) is None or QUOTED.search(sentence):
            continue  # "Prices began to rise on Monday": no event opened; or words said, which open none
        own = _VERB_CLAUSE_END.split(sentence[at + len(match.group()) :], 1)[0]  # "closed on Tuesday"
        when = resolve(own, day)
        if when is None and not _ENDS.search(sentence, 0, at):  # not "opened on Monday and ended without a deal"
            when = resolve(clause_around(sentence, at), day)  # "On Monday, the summit opened"
        if when is None or not is_day(when[0]):
            return None
        return when[0], f"{when[1]} (of the event's {end}, in an earlier sentence)"
    return None


def _sentence_around(text: str, at: int) -> tuple[str, int]:
    """The sentence of ``text`` holding position ``at`` (from the full stop or line break before it to the one after
    it), and where ``at`` is in it."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [found for found in (text.find(". ", at), text.find("\n", at)) if found >= 0]
    return text[start : min(ends, default=len(text))], at - start
