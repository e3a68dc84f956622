"""Payloads that amend a claim already recorded — a retraction, a correction, a further source —
as new events: the claim's own file is never touched."""

from __future__ import annotations

from typing import Any

from kb.errors import InvalidEvent
from kb.events import models
from kb.events.models import a

ENVELOPE = set(models.Envelope.model_fields)


def claim_body(event: dict[str, Any]) -> dict[str, Any]:
    """The claim an event records, without its envelope (a correction records its replacement)."""
    if models.claim_kind(event) is None:
        raise InvalidEvent(f"{event['id']} is {a(event['type'])}, not a claim — only claims can be amended")
    event = models.upgraded(event)
    if event["type"] == "correction":
        return dict(event["replacement"])
    return {name: value for name, value in event.items() if name not in ENVELOPE}


def retraction(target: dict[str, Any], reason: str) -> dict[str, Any]:
    """A claim withdrawn, or a further report of one (a corroboration)."""
    if target["type"] != "corroboration" and models.claim_kind(target) is None:
        raise InvalidEvent(
            f"{target['id']} is {a(target['type'])}, not a claim or a corroboration — only those can be retracted"
        )
    return {"type": "retraction", "target": target["id"], "reason": reason}


def correction(
    target: dict[str, Any], reason: str, changes: dict[str, Any], replacement: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A correction whose replacement is the whole claim: ``replacement`` if given, otherwise the
    target's claim with ``changes`` applied (a list given replaces the whole list)."""
    body = claim_body(target)
    if replacement is None:
        if not changes:
            raise InvalidEvent("nothing to correct — give the fields that change (or --json with the whole claim)")
        replacement = {**body, **changes}
    else:
        replacement = {"type": body["type"], **replacement}
    return {"type": "correction", "target": target["id"], "replacement": replacement, "reason": reason}


def corroboration(
    target: dict[str, Any], source: str, excerpt: str, adds: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A further source of a claim, with what it ``adds`` (a place, a date, a more precise value
    or duration, first_hand: kb.kinds.corroboration)."""
    claim_body(target)
    citations = [{"source": source, "excerpt": excerpt}]
    return {"type": "corroboration", "target": target["id"], "citations": citations, **(adds or {})}
