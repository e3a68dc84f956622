"""What a transcript's head says of its record: who answers — its title ("Press Conference by Prime Minister X",
"Press Briefing by Press Secretary X, March 14, 2024", "Foreign Ministry Spokesperson Lu Kang's Regular Press
Conference on January 9, 2019") or the line that introduces it ("… transcript of today's noon briefing by X,
Spokesperson for …") — and the words that date its turns: a date line ("[Date] July 23, 2025", a date alone on a
line), else the date in the line that names the record, else the introduction's "today"."""

from __future__ import annotations

import re

from kb.draft.lexicon import NAME_PARTICLE_WORDS

# Where a title's or a heading's speaker ends: "… by X on the trade talks", "… by X at the press conference".
OCCASION = r"(?i:regarding|on|about|at|in|following|upon|after|before|to the)\b"
_TITLE = re.compile(
    r"^(?:\[\w+\][ \t]*)?(?:[A-Z][^\n:]{1,60}:[ \t]+)?"  # "Foreign Affairs Council: Press remarks by …"
    r"(?:(?:Record|Transcript|Full text|Text) of (?:the )?)?"  # "Record of Press briefing by …"
    r"(?:Press [Cc]onference|News [Cc]onference|(?:Press |Daily |Regular )?[Bb]riefing|Interview"
    r"|(?:Press )?[Rr]emarks) (?:by|with) "
    r"(?:the [a-z][^,\n]{2,80}, )?"  # a post before the name: "by the official representative of the Ministry, X"
    r"(?P<who>[A-Z][\w.’'/ -]{2,80}?)"
    rf"(?= {OCCASION}| \((?:excerpt|provisional|unofficial|full|abridged)|\]|$"  # "X (excerpted version)"
    rf"|, (?:{OCCASION}|[^\n]{{0,40}}?\b\d{{4}}\b|[A-Z][a-z]+, ))",  # "X, Moscow, 12 May 2017"
    re.MULTILINE,
)
# A title that names its speaker in the possessive: "Foreign Ministry Spokesperson Lu Kang's Regular Press
# Conference on January 9, 2019" — a line of capitalised words up to the possessive (and the particles of a
# post or name) that ends in no full stop, not a story's sentence ("We sum up the takeaways from Wang Yi's
# press conference in Beijing on Wednesday.").
_POSSESSIVE_TITLE = re.compile(
    rf"^(?P<who>[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|of|for|the|and|{NAME_PARTICLE_WORDS})){{1,11}}?)[’']s "
    r"(?:[Rr]egular |[Dd]aily |[Ww]eekly )?"
    r"(?:[Pp]ress [Cc]onference|[Nn]ews [Cc]onference|(?:[Pp]ress )?[Bb]riefing|[Ii]nterview)\b"
    r"(?![^\n]*[.!?][\"”’]?[ \t]*$)",
    re.MULTILINE,
)
# The sentence that opens a briefing's record: "The following is a near-verbatim transcript of today's noon
# briefing by Pedro Alvarez, Spokesperson for the Secretary-General." Who answers, with the post the line gives.
_INTRODUCED = re.compile(
    r"\b[Tt]ranscript of [^\n]{0,60}?\b(?:[Bb]riefing|[Pp]ress [Cc]onference|[Nn]ews [Cc]onference|[Rr]emarks"
    r"|[Ii]nterview) (?:by|with) (?P<who>[A-Z][\w.’' -]{2,60}?(?:, [A-Z][\w’' -]{2,60}?)?)(?=\.(?:\s|$)|\n|$)"
)
# "[Date] July 23, 2025", or a line that is a date alone ("July 15, 2015", "August 3, 2015 (AM)") at the head of a
# transcript, or a date and the hour it began, with the room it was held in ("Tuesday, June 3, 2025, 3:39 p.m.
# Ministry of Foreign Affairs", "June 3, 2025 | 10:00 AM EDT") — never a sentence.
_HOUR = r"(?:[ \t]*[,|–—-])?[ \t]+\d{1,2}[:.]\d{2}\b(?:[^\n.]|\.[m\d]|\.(?=[ \t]*[A-Z])){0,80}?"
_DATE_LINE = re.compile(
    r"^(?:\[?Date\]?:?[ \t]*(?P<date>\S[^\n]{4,40})|[ \t]*(?P<alone>(?:[A-Z][a-z]+day,? )?"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? |\d{1,2} [A-Z][a-z]{2,8} )\d{4}))"
    rf"(?:[ \t]*\((?:AM|PM|[ap]\.m\.)\)|{_HOUR})?[ \t]*$",
    re.MULTILINE,
)
# A line that names the record it heads ("Regular Press Conference of the Ministry of Commerce (June 20, 2019)").
_RECORD_LINE = re.compile(
    r"^[^\n]{0,120}\b(?:[Pp]ress [Cc]onference|[Nn]ews [Cc]onference|[Bb]riefing|[Ii]nterview|[Tt]ranscript"
    r"|[Rr]emarks)\b[^\n]{0,160}$",
    re.MULTILINE,
)
_FULL_DATE = re.compile(r"\b(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \d{4})\b")


def record_title(head: str) -> re.Match[str] | None:
    """The title or introduction of a record that names who answers (its group "who")."""
    return _TITLE.search(head) or _INTRODUCED.search(head) or _POSSESSIVE_TITLE.search(head)


def date_line(head: str) -> str:
    """The words of a date line at the head of a record ("[Date] July 23, 2025", "July 15, 2015" alone on a line)."""
    found = _DATE_LINE.search(head)
    return (found.group("date") or found.group("alone")) if found else ""


def record_dating(head: str, title: re.Match[str] | None) -> str:
    """The date in a line that names the record ("Regular Press Conference of the Ministry of Commerce (June 20,
    2019)"), else the whole introduction of a record "of today's noon briefing" (the day it was held)."""
    dates = (_FULL_DATE.search(line.group()) for line in _RECORD_LINE.finditer(head))
    dating = next((date.group() for date in dates if date), "")
    return dating or (title.group() if title is not None and title.re is _INTRODUCED else "")
