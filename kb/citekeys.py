"""The event IDs a Markdown document cites, as pandoc finds citation keys."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
_KEY = re.compile(r"(?<![\w@.])@(?:\{(ev-[^}\s]*)\}|(ev-[A-Za-z0-9_]+))")


def cited_keys(markdown: str) -> list[str]:
    """The event IDs cited as ``[@ev-…]`` or ``@ev-…`` in a Markdown text, in order, once each.

    Keys in code blocks and code spans are not citations (pandoc leaves them alone), and
    keys that do not start with ``ev-`` belong to other bibliographies.
    """
    text = _CODE_SPAN.sub("", _FENCE.sub("", markdown))
    return list(dict.fromkeys(braced or bare for braced, bare in _KEY.findall(text)))
