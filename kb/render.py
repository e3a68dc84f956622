"""Events in plain words, for people: one line of summary, shared by the CLI, the builder
and the citations."""

from __future__ import annotations

from typing import Any

ATTRIBUTION_WORDS = {
    "direct_quote": "quoted",
    "partial_quote": "partly quoted",
    "paraphrase": "paraphrased",
    "reported": "reported",
}


def actor(event: dict[str, Any]) -> str | None:
    """Who the claim is by or about: speaker, holder, subject or first participant."""
    for name in ("speaker", "speaker_description", "holder", "stated_by", "subject", "person", "imposing"):
        if event.get(name):
            return str(event[name])
    if event.get("parties"):
        return str(event["parties"][0])
    participants = event.get("participants") or []
    return participants[0]["entity"] if participants else None


def summary(event: dict[str, Any]) -> str:
    """The event in one line of plain words."""
    kind = event.get("type")
    if kind == "statement":
        who = event.get("speaker") or event.get("speaker_description")
        text = event["text"]
        if event["attribution"] == "direct_quote":
            text = f"“{text}”"
        via = f" (via {event['via']})" if event.get("via") else ""
        return f"{who}{via}, {ATTRIBUTION_WORDS[event['attribution']]}: {text}"
    if kind == "meeting":
        return event["summary"]
    if kind == "data_point":
        counterpart = f" with {event['counterpart']}" if event.get("counterpart") else ""
        return f"{event['metric']} of {event['subject']}{counterpart}: {event['value_as_stated']}"
    if kind == "position":
        return f"{event['holder']} ({event['kind'].replace('_', ' ')} on {event['issue']}): {event['text']}"
    if kind == "expectation":
        by = f" by {event['by_when']}" if event.get("by_when") else ""
        return f"expected{by}: {event['what']}"
    if kind == "agreement":
        return f"{event['title']} ({event['status'].replace('_', ' ')}): {event['summary']}"
    if kind == "measure":
        rate = f" {event['rate']} {event.get('rate_unit') or ''}".rstrip() if event.get("rate") else ""
        return f"{event['imposing']} {event['instrument'].replace('_', ' ')}{rate} on {event['product_scope']}"
    if kind == "source":
        return f"{event['title']} — {event['publisher']}, {event['published_at']}"
    if kind == "entity":
        return f"{event['name']} ({event['kind']}, {event['key']})"
    if kind == "role":
        of = f", {event['organisation']}" if event.get("organisation") else ""
        return f"{event['person']}: {event['title']}{of}"
    if kind == "retraction":
        return f"retracts {event['target']}: {event['reason']}"
    if kind == "correction":
        return f"corrects {event['target']}: {event['reason']}"
    return str(kind)
