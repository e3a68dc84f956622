"""Where a speaker said their words, as the words around a quote name it: "told reporters", "at a news conference",
"in a statement", "on Truth Social"."""

from __future__ import annotations

import re

_VENUES = re.compile(
    r"\b(told (?:reporters|journalists|the press|a (?:press|news) conference|lawmakers|parliament)"
    r"|(?:at|during|in) (?:a|an|the) (?:joint )?(?:press|news) (?:conference|briefing)"
    r"|(?:in|at) (?:a|an|the|his|her|its|their) (?:[a-z]+ )?(?:statement|interview|speech|briefing|plenary|letter)"
    r"|(?:on|in a post on) (?:Twitter|X|social media|Truth Social)|in a tweet)",
    re.IGNORECASE,
)


def venue(frame: str) -> str | None:
    """The words around a quote that say where it was said ("told reporters", "in a statement"), or None."""
    match = _VENUES.search(frame)
    return match.group(1) if match else None
