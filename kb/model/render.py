"""Events in plain words, for people: one line of summary, shared by the CLI, the builder
and the event pages. Each kind of event says how it reads (``EventKind.parts``)."""

from __future__ import annotations

from typing import Any

from kb.model.kind import Name, kind_named
from kb.model.reporting import passed_on


def summary(event: dict[str, Any], name: Name = str) -> str:
    """The event in one line of plain words (entities by ``name(key)``, by default the key)."""
    head, words = _parts(event, name)
    return f"{head}: {words}" if words else head


def heading(event: dict[str, Any], name: Name = str) -> str:
    """The summary without the claim's own words: the title of a page that shows them below."""
    return _parts(event, name)[0]


def _parts(event: dict[str, Any], name: Name) -> tuple[str, str | None]:
    kind = kind_named(str(event.get("type")))
    if kind is None:
        return str(event.get("type")), None
    head, words = kind.parts(event, name)
    return (_marked(kind, event, head, name) if kind.is_claim else head), words


def _marked(kind: Any, event: dict[str, Any], head: str, name: Name) -> str:
    """A claim's heading with what every claim may add: who passed it on, how the source hedges
    it, and a source's error first, so that no one takes it for a fact."""
    via = passed_on(event, name)
    if via and not getattr(kind, "via_in_parts", False):
        head += f" (via {via})"
    marks = ["SOURCE ERROR" if event.get("source_error") else "", event.get("hedge") or ""]
    marks = [mark for mark in marks if mark]
    return f"[{', '.join(marks)}] {head}" if marks else head


# Until every entity is loaded, the builder's summaries mark each entity they name with its key
# between two control characters, which no event's text can hold (kb.builder.summaries names them).
OPEN, CLOSE = "\x1e", "\x1f"


def marked(key: str) -> str:
    return f"{OPEN}{key}{CLOSE}"


def marked_summary(event: dict[str, Any]) -> str:
    """The summary the builder writes first: entities marked, to be named once all are known."""
    return summary(event, marked)
