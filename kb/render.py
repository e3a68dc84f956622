"""Events in plain words, for people: one line of summary, shared by the CLI, the builder
and the citations."""

from __future__ import annotations

from collections.abc import Callable
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


Name = Callable[[str], str]


def summary(event: dict[str, Any], name: Name = str) -> str:
    """The event in one line of plain words (entities by ``name(key)``, by default the key)."""
    head, words = _parts(event, name)
    return f"{head}: {words}" if words else head


def heading(event: dict[str, Any], name: Name = str) -> str:
    """The summary without the claim's own words: the title of a page that shows them below."""
    return _parts(event, name)[0]


def _words(value: str) -> str:
    return value.replace("_", " ")


def _parts(event: dict[str, Any], name: Name) -> tuple[str, str | None]:
    """Who and what, then the claim's own words when it has any."""
    kind = event.get("type")

    def n(field: str) -> str:
        return name(event[field])

    def optional(text: str, field: str) -> str:
        return text.format(n(field)) if event.get(field) else ""

    if kind == "statement":
        who = n("speaker") if event.get("speaker") else event["speaker_description"]
        text = event["text"]
        if event["attribution"] == "direct_quote":
            text = f"“{text}”"
        via = f" (via {event['via']})" if event.get("via") else ""
        venue = f", {event['venue']}" if event.get("venue") else ""
        return f"{who}{via}, {ATTRIBUTION_WORDS[event['attribution']]}{venue}", text
    if kind == "meeting":
        return event["summary"], None
    if kind == "data_point":
        metric = _words(event["metric"]).capitalize()
        return f"{metric} of {n('subject')}{optional(' with {}', 'counterpart')}: {event['value_as_stated']}", None
    if kind == "position":
        stance = f"{_words(event['kind'])} on {event['issue']}{optional(', to {}', 'addressee')}"
        return f"{n('holder')} ({stance})", event["text"]
    if kind == "expectation":
        who = f"{n('holder')} expects" if event.get("holder") else "Expected"
        by = f" by {event['by_when']}" if event.get("by_when") else ""
        return f"{who}{by}", event["what"]
    if kind == "agreement":
        return f"{event['title']} ({_words(event['status'])})", event["summary"]
    if kind == "measure":
        rate = f" of {event['rate']} {event.get('rate_unit') or ''}".rstrip() if event.get("rate") else ""
        return f"{n('imposing')}: {_words(event['instrument'])}{rate} on {event['product_scope']}", None
    if kind == "corroboration":
        return f"Further sources for {event['target']}", None
    if kind == "link":
        return f"{len(event['events'])} records of one {_words(event['kind'].removeprefix('same_'))}", event.get("note")
    if kind == "source":
        return f"{event['title']} — {event['publisher']}, {event['published_at']}", None
    if kind == "entity":
        return f"{event['name']} ({event['kind']}, {event['key']})", None
    if kind == "role":
        return f"{n('person')}: {event['title']}{optional(', {}', 'organisation')}", None
    if kind == "retraction":
        return f"Retraction of {event['target']}", event["reason"]
    if kind == "correction":
        return f"Correction of {event['target']}", event["reason"]
    return str(kind), None
