"""Page furniture: the lines a web page prints between a story's paragraphs that are no part of the story —
"ADVERTISEMENT", "Story continues below advertisement", "READ MORE: Togo cuts tariffs", "Also read | …", "Share
this article", "Listen to this article", "4 min read", "Subscribe to our newsletter", "Follow us on X", "Our
Standards: The Thomson Reuters Trust Principles." No claim is drafted from one ("Story continues below" is no one's
statement), and nothing it names moves the story on. So are a byline ("By Jane Doe and Kofi Mensah, Reuters": no
person "By Jane Doe") and a page's dates ("Published: 14 March 2024, 10:42 GMT", "Last updated 2 hours ago": the
page's, not the story's). Only a whole line is furniture, never a sentence of prose ("Read more about the talks in
our report, the ministry said." is the ministry's; "By Tuesday, Lind had left." and "Published figures show
growth of 5%." are the story's)."""

from __future__ import annotations

import re

from kb.draft.dates import MONTHS, WEEKDAYS
from kb.draft.lexicon import NAME_PARTICLE_WORDS

_FURNITURE = re.compile(
    r"[ \t]*(?:"
    r"(?:ADVERTISEMENT|Advertisement|ADVERTISING|Advertising|Sponsored(?: content)?|SPONSORED)"
    r"|(?i:(?:story|article) continues(?: below(?: (?:the )?advert(?:isement)?)?)?)"
    r"|(?i:continue reading(?: below| the (?:main )?story)?|scroll to continue(?: with content)?)"
    r"|(?i:skip advert(?:isement)?)"
    # a link to another story: "READ MORE: …", "Also Read | …", "RELATED: …", "WATCH - …"
    r"|(?i:read more|also read|read also|related(?: stories| articles| news)?|recommended|more on this(?: story)?"
    r"|see also|watch|listen)[ \t]*[:|–—-][^\n]{0,200}"
    r"|(?i:share(?: this (?:article|story))?|tweet|copy link|print|email|save|listen to this article)"
    r"|\d{1,2} (?i:min(?:ute)?s?) (?i:read)"
    r"|(?i:subscribe|sign up)\b[^\n.!?]{0,100}[.!]?"
    r"|(?i:follow us on) [^\n]{0,80}"
    r"|Follow [^\n]{0,40} on (?:Twitter|X|Facebook|Instagram|Telegram|WhatsApp|LinkedIn|YouTube|Google News)[^\n]{0,40}"
    r"|(?i:click here)\b[^\n]{0,100}"
    r"|Our Standards: The Thomson Reuters Trust Principles\.?"
    r")[ \t]*"
)


# A byline: "By" and names (up to four capitalised words each) joined by commas, "and" or "&", then at most an
# agency or a post after a comma, a bar or a dash, or a place after "in" ("By Jane Doe, Reuters", "By JANE DOE |
# Staff Writer", "By Jane Doe in Brussels"); never a day or a month after "By" ("By Tuesday, Lind had left").
_NAME = (
    r"(?!(?i:"
    + "|".join((*WEEKDAYS, *MONTHS))
    + r")\b)[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|"
    + NAME_PARTICLE_WORDS
    + r")){0,4}"
)
_BYLINE = re.compile(
    rf"[ \t]*By:?[ \t]+{_NAME}(?:(?:,|,? and| &)[ \t]+{_NAME})*"
    rf"(?:[ \t]*(?:[,|–—-]|\bin\b)[ \t]*[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){{0,3}})?[ \t]*"
)
# A page's date: "Published", "Updated", "Last updated", "Posted", "First published" (on), then only the words of a
# date and a time ("14 March 2024, 10:42 GMT", "Mar. 14, 2024 at 10:42 a.m. ET", "2 hours ago").
_PAGE_DATE = re.compile(r"[ \t]*(?i:(?:last |first )?(?:updated|published|posted|modified))(?: on)?[ \t]*:?[ \t]*")
_DATE_WORD = re.compile(
    r"(?i:\d[\d:/.,-]*(?:st|nd|rd|th)?|(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?,?"
    r"|(?:" + "|".join(d[:3] for d in WEEKDAYS) + r")[a-z]*\.?,?|at|on|[ap]\.?m\.?|ago|an?|hours?|hrs?|minutes?|mins?"
    r"|days?|[|/–—-])|\(?[A-Z]{2,5}\)?[,.]?"
)


def furniture(text: str) -> list[tuple[int, int]]:
    """The lines of the text that are page furniture, in order (see text.covered)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if _is_furniture(m.group())]


def _is_furniture(line: str) -> bool:
    """Whether a whole line is furniture, a byline, or a page's date and time (a number among its words)."""
    if _FURNITURE.fullmatch(line) or _BYLINE.fullmatch(line):
        return True
    dated = _PAGE_DATE.match(line)
    words = line[dated.end() :].split() if dated else []
    return bool(words) and any(w[0].isdigit() for w in words) and all(_DATE_WORD.fullmatch(w) for w in words)
