"""Candidates as event payloads that ``kb import`` accepts, with why each was proposed in
``_draft`` (a key that ``kb import`` drops)."""

from __future__ import annotations

import re
from typing import Any

from kb.draft import dates
from kb.draft.entities import Registry
from kb.draft.figures import Figure, figures
from kb.draft.meetings import Met
from kb.draft.speakers import body_name, tokens
from kb.draft.statements import Said
from kb.draft.text import Span, sentences

_METRICS = (
    ("trade_surplus", r"surplus"),
    ("trade_deficit", r"deficits?\b"),
    ("exports", r"export"),
    ("imports", r"import"),
    ("tariff_rate", r"tariffs?|dut(?:y|ies)|levy|levies"),
    ("gdp", r"\bGDP\b|economy|output"),
    ("population", r"population|people|consumers|citizens"),
    ("investment", r"invest"),
    ("climate_finance", r"climate financ|climate fund"),
    ("finance", r"financ|fund|pay|provide|contribut|budget|bill\b|liabilit"),
    ("jobs", r"\bjobs?\b|employ"),
    ("wages", r"wages?|income"),
    ("trade", r"\btrade\b"),
)


class Payloads:
    """Makes the payloads of one draft: one source, one negotiation."""

    def __init__(self, registry: Registry, source: str, negotiation: str, published: str):
        self.registry = registry
        self.source = source
        self.negotiation = negotiation
        self.published = published

    def _claim(self, kind: str, excerpt: Span, why: dict[str, Any]) -> dict[str, Any]:
        when = dates.resolve(excerpt.text, self.published)
        return {
            "type": kind,
            "negotiation": self.negotiation,
            "occurred_at": when[0] if when else self.published,
            "citations": [{"source": self.source, "excerpt": excerpt.text}],
            "_draft": {"sentence": excerpt.text, **why, **({"date_from": when[1]} if when else {})},
        }

    def statement(self, said: Said, text: str) -> dict[str, Any] | None:
        payload = self._claim("statement", said.excerpt, {"pattern": said.pattern, "confidence": said.confidence})
        excerpt = said.who.phrase if said.who.phrase and said.who.phrase in text else None
        speaker = self.registry.person(said.who, excerpt) if (said.who.name or said.who.organisation) else None
        if speaker is None and said.who.description:
            speaker = self.registry.person(said.who, None)
        if speaker:
            payload["speaker"] = speaker
        elif said.who.description:
            payload["speaker_description"] = said.who.description
        else:
            return None
        payload.update(attribution=said.attribution, text=said.text)
        if said.via is not None:  # a named passer-on is an entity; someone unnamed, a description
            named = self.registry.person(said.via, None) if (said.via.name or said.via.organisation) else None
            payload.update({"via": named} if named else {"via_description": said.via.phrase})
        if said.venue:
            payload["venue"] = said.venue
        return _ordered(payload)

    def meeting(self, met: Met, text: str) -> dict[str, Any] | None:
        payload = self._claim("meeting", met.sentence, {"pattern": "a meeting verb", "confidence": 0.6})
        participants: list[dict[str, Any]] = []
        for who in met.participants:
            excerpt = who.phrase if who.phrase in text else None
            key = self.registry.person(who, excerpt)
            if key is None or any(p["entity"] == key for p in participants):
                continue
            item: dict[str, Any] = {"entity": key}
            side = self.registry.body(who.organisation) if who.organisation else (key if not who.name else None)
            if side:
                item["side"] = side
            if who.title:
                item["role"] = who.title
            participants.append(item)
        if len(participants) < 2:
            return None
        payload["participants"] = participants
        if met.place:
            payload["place"] = met.place
        if met.expected:
            payload["modality"] = "expected"
        payload["summary"] = dates.without_dateline(met.sentence.text).strip()
        return _ordered(payload)

    def data_points(self, sentence: Span) -> list[dict[str, Any]]:
        found = []
        bodies = bodies_in(dates.without_dateline(sentence.text))
        start, end = dates.period(sentence.text, self.published)
        for figure in figures(sentence.text):
            why: dict[str, Any] = {"pattern": "a figure with its unit", "confidence": 0.7}
            why.update({k: v for k, v in (("bound", figure.bound), ("converted", figure.converted)) if v})
            payload = self._claim("data_point", sentence, why)
            payload["metric"] = metric(sentence.text, figure)
            payload["subject"] = self.registry.body(bodies[0]) if bodies else self.negotiation
            if len(bodies) > 1:
                payload["counterpart"] = self.registry.body(bodies[1])
            payload.update(value=figure.value, unit=figure.unit, value_as_stated=" ".join(figure.as_stated.split()))
            if figure.approximate:
                payload["approximate"] = True
            if start:
                payload.update(period_start=start, period_end=end)
            found.append(_ordered(payload))
        return found


def metric(sentence: str, figure: Figure) -> str:
    """What a figure measures, from the word nearest to it: surplus, exports, tariff…"""
    best: tuple[int, str] | None = None
    for name, pattern in _METRICS:
        for match in re.finditer(pattern, sentence, re.IGNORECASE):
            distance = min(abs(match.start() - figure.end), abs(match.end() - figure.start))
            if best is None or distance < best[0]:
                best = (distance, name)
    if figure.unit == "percent" and best and best[1] == "tariff_rate":
        return "tariff_rate"
    return best[1] if best and best[0] < 80 else ("share" if figure.unit == "percent" else "figure")


def bodies_in(text: str) -> list[str]:
    """The countries and bodies a sentence names, in order, each once."""
    found: list[str] = []
    words = tokens(text)
    at = 0
    while at < len(words):
        for size in (4, 3, 2, 1):
            piece = words[at : at + size]
            if len(piece) == size and piece[0].capitalised:
                name = body_name(text[piece[0].start : piece[-1].end])
                if name and (size > 1 or piece[0].text not in ("European",)):
                    if name not in found:
                        found.append(name)
                    at += size - 1
                    break
        at += 1
    return found


def _ordered(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload with its type first and its reasons last, for people reading the draft."""
    first = {key: payload[key] for key in ("type", "negotiation", "occurred_at") if key in payload}
    rest = {key: value for key, value in payload.items() if key not in first and key not in ("citations", "_draft")}
    return {**first, **rest, "citations": payload["citations"], "_draft": payload["_draft"]}


def claim_sentences(text: str) -> list[Span]:
    return sentences(text)
