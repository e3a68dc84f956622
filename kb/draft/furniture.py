"""Page furniture: the lines a web page prints between a story's paragraphs that are no part of the story —
"ADVERTISEMENT", "Story continues below advertisement", "READ MORE: Togo cuts tariffs", "Also read | …", "Share
this article", "Listen to this article", "4 min read", "Subscribe to our newsletter", "Follow us on X", "Our
Standards: The Thomson Reuters Trust Principles." No claim is drafted from one ("Story continues below" is no one's
statement), and nothing it names moves the story on. Only a whole line is furniture, never a sentence of prose
("Read more about the talks in our report, the ministry said." is the ministry's)."""

from __future__ import annotations

import re

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


def furniture(text: str) -> list[tuple[int, int]]:
    """The lines of the text that are page furniture, in order (see text.covered)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if _FURNITURE.fullmatch(m.group())]
