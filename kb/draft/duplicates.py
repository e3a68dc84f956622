"""Candidates that repeat a claim already recorded (the same quote, the same meeting, the same
figure, the same agreement in the same words) become corroborations of it; one that cites the same
source again is dropped."""

from __future__ import annotations

import re
from typing import Any

from kb.draft.known import Known
from kb.model.quotes import quoted_segments, squeeze

MIN_OVERLAP = 20  # characters of quoted words that two statements must share to be one


def _words(statement: dict[str, Any]) -> str:
    """The words said, without case or punctuation: "We want a deal," is "we want a deal"."""
    said = statement.get("text", "")
    if statement.get("attribution") == "partial_quote":
        said = " ".join(quoted_segments(said))
    return squeeze(re.sub(r"[^\w\s]", " ", said)).casefold()


def _same(candidate: dict[str, Any], recorded: dict[str, Any]) -> bool:
    kind = candidate["type"]
    if recorded.get("type") != kind:
        return False
    if kind == "statement":
        quotes = {"direct_quote", "partial_quote", "reported"}
        if (candidate["attribution"] in quotes) != (recorded.get("attribution") in quotes):
            return False
        mine, theirs = _words(candidate), _words(recorded)
        shorter = min(len(mine), len(theirs))
        return bool(mine and theirs) and (
            mine == theirs or (shorter >= MIN_OVERLAP and (mine in theirs or theirs in mine))
        )
    if kind == "meeting":
        people = {p["entity"] for p in candidate["participants"]}
        when = candidate.get("occurred_at") or candidate["reported_at"]  # undated: the day it was reported
        then = recorded.get("occurred_at") or recorded.get("reported_at", "")
        same_time = when.startswith(then) or then.startswith(when)
        return people == {p.get("entity") for p in recorded.get("participants", [])} and same_time
    if kind == "agreement":  # the same parties agreeing the same, in the same words
        fields: tuple[str, ...] = ("kind", "status", "summary")
        return set(candidate["parties"]) == set(recorded.get("parties", [])) and all(
            candidate.get(name) == recorded.get(name) for name in fields
        )
    fields = ("value", "unit", "metric")
    return all(candidate.get(name) == recorded.get(name) for name in fields)


def _sources_citing(known: Known, target: str) -> set[str]:
    cited: set[str] = set()
    for event in known.claims:
        if event.get("id") == target or (event.get("type") == "corroboration" and event.get("target") == target):
            cited |= {citation.get("source") for citation in event.get("citations", [])}
    return cited


def mark_duplicates(candidates: list[dict[str, Any]], known: Known) -> list[dict[str, Any]]:
    """The candidates, each repeating a recorded claim of the same negotiation replaced by a
    corroboration of it (or left out when that claim already cites the candidate's source); a
    claim of another negotiation is never one they repeat."""
    negotiations = {candidate["negotiation"] for candidate in candidates}
    recorded = [
        event
        for event in known.claims
        if event.get("type") != "corroboration" and event.get("negotiation") in negotiations
    ]
    marked: list[dict[str, Any]] = []
    for candidate in candidates:
        same = (event for event in recorded if event["negotiation"] == candidate["negotiation"])
        target = next((event for event in same if _same(candidate, event)), None)
        if target is None:
            marked.append(candidate)
            continue
        sources = {citation["source"] for citation in candidate["citations"]}
        if sources <= _sources_citing(known, target["id"]):
            continue
        why = dict(candidate.get("_draft", {}))
        why["pattern"] = f"the same {candidate['type'].replace('_', ' ')} as {target['id']}: {why.get('pattern', '')}"
        marked.append(
            {"type": "corroboration", "target": target["id"], "citations": candidate["citations"], "_draft": why}
        )
    return marked
