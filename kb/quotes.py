"""Finding quoted words in a source's text, verbatim up to white space."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")
_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')


def squeeze(text: str) -> str:
    """White space folded to single spaces, so a line break in the source does not matter."""
    return _SPACE.sub(" ", text).strip()


def found_in(words: str, text: str) -> bool:
    return squeeze(words) in squeeze(text)


def quoted_segments(text: str) -> list[str]:
    """The words inside double quotes, for a partial quote."""
    return [a or b for a, b in _QUOTED.findall(text)]


def words_to_check(event: dict) -> list[tuple[str, str]]:
    """(what, words) pairs whose words must be in the event's sources' texts.

    Every citation excerpt must be in its own source; the words of a direct quote, or the
    quoted words of a partial quote, must be in one of the cited sources.
    """
    if event.get("type") != "statement":
        return []
    if event.get("attribution") == "direct_quote":
        return [("the direct quote", event["text"])]
    if event.get("attribution") == "partial_quote":
        return [("the quoted words", segment) for segment in quoted_segments(event["text"])]
    return []
