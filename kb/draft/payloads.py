"""Candidates as event payloads that ``kb import`` accepts, with why each was proposed in
``_draft`` (a key that ``kb import`` drops)."""

from __future__ import annotations

import bisect
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
_METRIC = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _METRICS), re.IGNORECASE)
METRIC_DISTANCE = 80  # characters: a keyword further from the figure does not name its metric
MAX_FIGURES_PER_SENTENCE = 12  # a sentence with more figures is a table, not a report of one


NEAR = 2000  # characters around a statement's sentence where its speaker's post may be cited


class Payloads:
    """Makes the payloads of one draft: one source, one negotiation."""

    def __init__(self, registry: Registry, source: str, negotiation: str, published: str):
        self.registry = registry
        self.source = source
        self.negotiation = negotiation
        self.published = published
        self.day = dates.local_day(published, registry.text)  # what relative dates count from

    def _claim(self, kind: str, excerpt: Span, why: dict[str, Any], when: tuple[str, str] | None) -> dict[str, Any]:
        """A claim dated by ``when`` (its date and the words that gave it); undated without one,
        reported on the source's date."""
        dated = {"occurred_at": when[0]} if when else {"reported_at": self.published}
        return {
            "type": kind,
            "negotiation": self.negotiation,
            **dated,
            "citations": [{"source": self.source, "excerpt": excerpt.text}],
            "_draft": {"sentence": excerpt.text, **why, "date_from": when[1] if when else None},
        }

    def statement(self, said: Said, text: str) -> dict[str, Any] | None:
        why = {"pattern": said.pattern, "confidence": said.confidence}
        payload = self._claim("statement", said.excerpt, why, dates.resolve(said.dating, self.day))
        near = text[max(0, said.excerpt.start - NEAR) : said.excerpt.end + NEAR]
        excerpt = said.who.phrase if said.who.phrase and said.who.phrase in near else None
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
        why = {"pattern": "a meeting verb", "confidence": 0.6}
        payload = self._claim("meeting", met.sentence, why, dates.resolve(met.dating, self.day))
        participants: list[dict[str, Any]] = []
        for who in met.participants:
            excerpt = who.phrase if who.phrase in met.sentence.text else None
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
        found: list[dict[str, Any]] = []
        given = figures(sentence.text)[:MAX_FIGURES_PER_SENTENCE]
        if not given:
            return found
        bodies = bodies_in(dates.without_dateline(sentence.text))
        start, end = dates.period(sentence.text, self.day)
        when = dates.resolve(sentence.text, self.day)
        keywords = _keywords(sentence.text)
        for figure in given:
            why: dict[str, Any] = {"pattern": "a figure with its unit", "confidence": 0.7}
            why.update({k: v for k, v in (("bound", figure.bound), ("converted", figure.converted)) if v})
            payload = self._claim("data_point", sentence, why, when)
            payload["metric"] = metric(keywords, figure)
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


def _keywords(sentence: str) -> list[tuple[int, int, str]]:
    """The metric keywords of a sentence: (start, end, metric), in order."""
    return [(m.start(), m.end(), str(m.lastgroup)) for m in _METRIC.finditer(sentence)]


def metric(keywords: list[tuple[int, int, str]], figure: Figure) -> str:
    """What a figure measures, from the keyword nearest to it (see _keywords): surplus, exports, tariff…"""
    low = bisect.bisect_left(keywords, figure.start - METRIC_DISTANCE, key=lambda keyword: keyword[1])
    high = bisect.bisect_right(keywords, figure.end + METRIC_DISTANCE, key=lambda keyword: keyword[0])
    best: tuple[int, str] | None = None
    for start, end, name in keywords[low:high]:
        distance = min(abs(start - figure.end), abs(end - figure.start))
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best and best[0] < METRIC_DISTANCE else ("share" if figure.unit == "percent" else "figure")


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
    first = {key: payload[key] for key in ("type", "negotiation", "occurred_at", "reported_at") if key in payload}
    rest = {key: value for key, value in payload.items() if key not in first and key not in ("citations", "_draft")}
    return {**first, **rest, "citations": payload["citations"], "_draft": payload["_draft"]}


def claim_sentences(text: str) -> list[Span]:
    return sentences(text)
