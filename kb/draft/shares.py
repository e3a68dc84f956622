"""Whose a share is: the body that owns the word "share" ("Chile's share of Peru's copper imports fell
to 30%", "the EU's market share in Kenya stood at 12 percent"), with the body of the whole it is a
share of as the other side — not the owner of the whole, as "Peru's copper imports" alone would say; and so is the
body that accounts for, makes up, supplies or takes a percentage of a whole ("China accounted for 30% of Peru's
exports", "Russia supplied 40% of the EU's gas imports")."""

from __future__ import annotations

import re

from kb.draft.figures import Figure
from kb.draft.measures import body_spans

SHARE_BEFORE = 120  # characters before a figure where the words of the share it measures may be
# A body's share of or in something, its possessive right before it, up to two words between: "China's share
# of", "the EU's market share in", "Japan’s combined share of".
_SHARE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}share\s+(?:of|in)\s+")
_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but)\b")  # another clause between the share's words and the figure


# A body's part of a whole, the body right before the verb: "China accounted for 30% of", "Russia supplied 40% of".
_PART = re.compile(
    r" (?:accounted for|accounts for|account for|made up|makes up|make up|supplied|supplies|represented|represents"
    r"|took|takes|bought|buys|received|receives)\s+(?:[a-z]+\s+){0,2}$"
)
_OF_WHOLE = re.compile(r"\s+of\s+")
_OBJECT = re.compile(r"\b(?:to|from|with|of|in|for|into|on|by)\s+(?:the\s+)?$", re.IGNORECASE)


def share_owner(sentence: str, figure: Figure) -> tuple[str, str | None] | None:
    """The owner of the share a percentage measures and the body of its whole, when the words before
    the figure in its clause are a body's share of something (see _SHARE) or a body's part of it (see _PART);
    else None."""
    if figure.unit not in ("percent", "percentage points"):
        return None
    if part := _part_owner(sentence, figure):
        return part
    start = max(0, figure.start - SHARE_BEFORE)
    found = list(_SHARE.finditer(sentence, start, figure.start))
    if not found or _BREAK.search(sentence, found[-1].end(), figure.start):
        return None
    share = found[-1]
    owners = [span for span in body_spans(sentence[start : share.start()]) if start + span[1] == share.start()]
    if not owners:
        return None
    wholes = body_spans(sentence[share.end() : figure.start])
    whole = wholes[0][2] if wholes and wholes[0][2] != owners[-1][2] else None
    return owners[-1][2], whole


def _part_owner(sentence: str, figure: Figure) -> tuple[str, str | None] | None:
    """The body right before a verb of accounting for a percentage "of" a whole (see _PART), and the body that owns
    the whole ("China accounted for 30% of Peru's exports": China, Peru); else None."""
    verb = _PART.search(sentence, max(0, figure.start - 60), figure.start)
    of = _OF_WHOLE.match(sentence, figure.end)
    if verb is None or of is None:
        return None
    start = max(0, verb.start() - 60)
    owners = [span for span in body_spans(sentence[start : verb.start()]) if start + span[1] == verb.start()]
    if not owners or _OBJECT.search(sentence, max(0, start + owners[-1][0] - 12), start + owners[-1][0]):
        return None  # "Exports to China made up 26.5 percent of Korea's exports": the exports', not China's part
    wholes = [span for span in body_spans(sentence[of.end() : of.end() + 60]) if span[0] <= len("the ")]
    return owners[-1][2], (wholes[0][2] if wholes and wholes[0][2] != owners[-1][2] else None)
