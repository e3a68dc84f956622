"""Whether a bare weekday a sentence names is a date of what its clause reports: "said Friday", "told reporters
Tuesday", "a meeting between Carney and Trump Tuesday", "at Tuesday's news conference", "told Tuesday's meeting of
the council", "in a Wednesday message" — but not in a day's name ("Super Tuesday"), a title ("Sunday Morning
Futures"), a day of every week ("every Friday"), a day something is set for ("a visit set for Wednesday"), nor the
day of something else its possessive names: what is said ("said Monday's vote was rigged"), what the words are about
("a statement about Monday's attack", "in a statement on Monday's attack", "concerns over Friday's vote") or an event
still to come ("speaking ahead of Monday's talks", "said before Friday's vote"; but a count of days before it counts
from it: "two days before Wednesday's vote", `counted_days`)."""

from __future__ import annotations

import re

from kb.draft.counted_days import counted_before
from kb.draft.saying import EVENTS

_DAY_PART = re.compile(r" (?:morning|afternoon|evening|night)\b")  # of a weekday that names an occasion
_POSSESSIVE = re.compile(r"[’']s\b")
# Words sent out on a day, as an occasion is held on one: "In a Wednesday message on his Facebook page, Zarif said".
_WORDS_SENT = re.compile(r"(?:message|post|tweet|letter|interview|remarks|comments|address|announcement)\b")
_ON = re.compile(r"(?:^|\s)[Oo]n\s+$")
# Before a weekday's possessive, words after which it is the day of something else than the clause's occasion: what
# a verb of saying (not "told", whose object is whom) reports, what words are about, an event still to come.
_OF_SOMETHING_ELSE = re.compile(
    r"\b(?:said|says|added|adds|stated|states|wrote|writes|about|over|regarding|concerning|into|against|ahead of"
    r"|before|prior to)\s+$",
    re.IGNORECASE,
)


def reads_as_date(sentence: str, match: re.Match[str]) -> bool:
    """Whether the bare weekday ``match`` finds in ``sentence`` is a date of what the clause reports (see above)."""
    before = sentence[max(0, match.start() - 40) : match.start()]
    if re.search(r"\b(?:Super|Black|Good|Ash|Cyber|Holy|Maundy|Easter|Palm)\s*$", before):
        return False
    if re.search(r"\b(?:every|each|following|previous)\s*$", before, re.IGNORECASE):
        return False  # "every Friday", "the following Tuesday": no day of this
    if re.search(r"\b(?:set|scheduled|slated|planned|due)\s+for\s*$", before, re.IGNORECASE):
        return False  # "ahead of Museveni's visit set for Wednesday": the day of something to come
    if _POSSESSIVE.match(sentence, match.end()) and not counted_before(sentence, match.start()):
        noun, owner = sentence[match.end() + 2 : match.end() + 40].lstrip(), sentence[: match.start(2)][-40:]
        if _OF_SOMETHING_ELSE.search(owner) or (_ON.search(owner) and not EVENTS.match(noun)):
            return False  # "said Monday's vote was …", "a statement on Monday's attack", "ahead of Friday's vote"
    if re.search(r"\b(?:a|the|one|some|any)\s*$", before, re.IGNORECASE):  # "a Friday", but "a Tuesday statement"
        part = _DAY_PART.match(sentence, match.end())  # "a Wednesday evening statement", "a Monday night briefing"
        at = part.end() if part else match.end()
        occasion = EVENTS.match(sentence, at + 1) or _WORDS_SENT.match(sentence, at + 1)  # "a Wednesday message"
        return occasion is not None and sentence[at : at + 1] == " "
    return not re.match(r"\s+[A-Z]", sentence[match.end() : match.end() + 2])  # a title: "Sunday Morning Futures"
