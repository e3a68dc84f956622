"""Whose a share is: the body that owns the word "share" ("Chile's share of Peru's copper imports fell
to 30%", "the EU's market share in Kenya stood at 12 percent"), with the body of the whole it is a
share of as the other side — not the owner of the whole, as "Peru's copper imports" alone would say."""

from __future__ import annotations

import re

from kb.draft.figures import Figure
from kb.draft.measures import body_spans

SHARE_BEFORE = 120  # characters before a figure where the words of the share it measures may be
# A body's share of or in something, its possessive right before it, up to two words between: "China's share
# of", "the EU's market share in", "Japan’s combined share of".
_SHARE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}share\s+(?:of|in)\s+")
_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but)\b")  # another clause between the share's words and the figure


def share_owner(sentence: str, figure: Figure) -> tuple[str, str | None] | None:
    """The owner of the share a percentage measures and the body of its whole, when the words before
    the figure in its clause are a body's share of something (see _SHARE); else None."""
    if figure.unit not in ("percent", "percentage points"):
        return None
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
