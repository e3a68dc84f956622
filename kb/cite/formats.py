"""The formats of a human-readable citation: plain text, and Markdown (escaped for pandoc)."""

from __future__ import annotations

import re


class Plain:
    def escape(self, text: str) -> str:
        return text

    def title(self, title: str, url: str | None) -> str:
        return f"“{title}”"

    def url(self, url: str | None) -> str | None:
        return url

    def event(self, event_id: str) -> str:
        return event_id

    def link(self, url: str) -> str:
        return url


class Markdown(Plain):
    _SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
    # A dollar sign pandoc could read as closing TeX math: after a non-space, not before a
    # digit. Only those are escaped, so "$550" stays as written and no math can begin.
    _MATH_CLOSE = re.compile(r"(?<=\S)\$(?!\d)")

    def escape(self, text: str) -> str:
        return self._MATH_CLOSE.sub(r"\\$", self._SPECIAL.sub(r"\\\1", text))

    def title(self, title: str, url: str | None) -> str:
        quoted = f"“{self.escape(title)}”"
        return f"[{quoted}](<{url}>)" if url else quoted

    def url(self, url: str | None) -> str | None:
        return None  # the title links to it

    def event(self, event_id: str) -> str:
        return f"`{event_id}`"

    def link(self, url: str) -> str:
        return f"<{url}>"
