"""The events of one ``kb add`` or ``kb import`` not yet written: its later events may refer to
its earlier ones, by ID or, for an entity, by name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Batch:
    """What a batch being appended adds, so that its later events may refer to its earlier ones."""

    names: dict[str, set[str]] = field(default_factory=dict)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, event: dict[str, Any]) -> None:
        self.events[event["id"]] = event
        if event["type"] == "entity":
            for name in {event["key"], event["name"], *event.get("aliases", [])}:
                self.names.setdefault(name.casefold(), set()).add(event["key"])
