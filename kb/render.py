"""Events in plain words, for people: one line of summary, shared by the CLI, the builder
and the event pages. Each kind of event says how it reads (``EventKind.parts``)."""

from __future__ import annotations

from typing import Any

from kb.kind import Name, kinds


def summary(event: dict[str, Any], name: Name = str) -> str:
    """The event in one line of plain words (entities by ``name(key)``, by default the key)."""
    head, words = _parts(event, name)
    return f"{head}: {words}" if words else head


def heading(event: dict[str, Any], name: Name = str) -> str:
    """The summary without the claim's own words: the title of a page that shows them below."""
    return _parts(event, name)[0]


def _parts(event: dict[str, Any], name: Name) -> tuple[str, str | None]:
    kind = kinds().get(str(event.get("type")))
    return kind.parts(event, name) if kind else (str(event.get("type")), None)


# Until every entity is loaded, the builder's summaries mark each entity they name with its key
# between two control characters, which no event's text can hold (kb.summaries names them).
OPEN, CLOSE = "\x1e", "\x1f"


def marked(key: str) -> str:
    return f"{OPEN}{key}{CLOSE}"


def marked_summary(event: dict[str, Any]) -> str:
    """The summary the builder writes first: entities marked, to be named once all are known."""
    return summary(event, marked)
