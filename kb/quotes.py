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
