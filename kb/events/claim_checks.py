"""What every write checks of a claim besides its fields and links: that its negotiation is one,
when an undated claim is known by, and that it is not a second report of a claim already recorded —
nor a correction's replacement, nor a corroboration's citation one that is already there."""

from __future__ import annotations

from typing import Any

from kb.errors import InvalidEvent
from kb.events import models
from kb.events.batch import Batch
from kb.events.catalog import Catalog
from kb.events.models import a
from kb.model import repeats
from kb.model.render import summary


def body_path(event: dict[str, Any]) -> str:
    """Where a claim's fields are in an event: a correction's are in its replacement."""
    return "replacement." if event.get("type") == "correction" else ""


class ClaimChecks:
    """The checks of kb.events.append.Appender on claims (it gives the catalog and ``_event``)."""

    catalog: Catalog

    def _event(self, event_id_: str, batch: Batch) -> dict[str, Any] | None:
        raise NotImplementedError  # the Appender's

    def _entity_event(self, key: str, batch: Batch) -> dict[str, Any] | None:
        for other in batch.events.values():
            if other["type"] == "entity" and other["key"] == key:
                return other
        entity_id = self.catalog.entity_id(key)
        return self._event(entity_id, batch) if entity_id else None

    def _check_negotiation(self, payload: dict[str, Any], batch: Batch) -> None:
        """A claim's negotiation is an entity of kind negotiation, not a country that takes part."""
        body = payload.get("replacement", payload) if isinstance(payload.get("replacement"), dict) else payload
        key = body.get("negotiation")
        if models.claim_kind(payload) is None or not isinstance(key, str):
            return
        entity = self._entity_event(key, batch)
        if entity is not None and entity.get("kind") != "negotiation":
            raise InvalidEvent(
                f"{body_path(payload)}negotiation: {key} is {a(str(entity.get('kind')))}, not a negotiation — "
                "give the key of the negotiation the claim belongs to (`kb log --type entity` lists them; add one with "
                "`kb add entity --kind negotiation ...`)"
            )

    def _date_undated(self, payload: dict[str, Any], batch: Batch) -> None:
        """An undated claim (no occurred_at, no reported_at) is known by its first source's date."""
        body = payload.get("replacement", payload) if isinstance(payload.get("replacement"), dict) else payload
        if models.claim_kind(payload) is None or "occurred_at" in body or "reported_at" in body:
            return
        citations = body.get("citations")
        first = citations[0] if isinstance(citations, list) and citations and isinstance(citations[0], dict) else {}
        source = self._event(first["source"], batch) if isinstance(first.get("source"), str) else None
        if source is not None and source.get("type") == "source" and source.get("published_at"):
            body["reported_at"] = source["published_at"]

    def _refuse_repeat(self, event: dict[str, Any], batch: Batch) -> None:
        """A second report of a meeting, figure or statement already recorded is refused, whether
        it comes as a claim or as a correction's replacement (which may repeat the claim it corrects)."""
        if event["type"] == "corroboration":
            self._refuse_repeated_citation(event, batch)
            return
        body = event.get("replacement", event) if event["type"] == "correction" else event
        key = repeats.repeat_key(body)
        if key is None:
            return
        recorded = self.catalog.ids_repeating(key)  # read these only, not every claim of the type
        for other_id in [*recorded, *(i for i in batch.events if i not in recorded)]:
            other = self._event(other_id, batch)
            if other is None or other_id == event.get("target") or self._amended(other_id):
                continue
            claim = models.upgraded(other)
            claim = claim.get("replacement", claim) if claim.get("type") == "correction" else claim
            why = repeats.repeats(body, claim) if claim.get("type") == body["type"] else None
            if why:
                raise InvalidEvent(repeats.refusal(body["type"], other_id, summary(claim), why))

    def _refuse_repeated_citation(self, event: dict[str, Any], batch: Batch) -> None:
        """A corroboration adds sources: one whose source and words already cite the claim adds nothing."""
        target = event["target"]
        held = []
        for cited_by in [target, *self.catalog.amendments(target, "corroboration")]:
            if cited_by != target and self.catalog.amendments(cited_by, "retraction"):
                continue  # a further report withdrawn cites nothing any more
            other = self._event(cited_by, batch)
            held += [(cited_by, c.get("source"), c.get("excerpt")) for c in (other or {}).get("citations", [])]
        held += [
            (other["id"], c["source"], c["excerpt"])
            for other in batch.events.values()
            if other["type"] == "corroboration" and other["target"] == target
            for c in other["citations"]
        ]
        for number, citation in enumerate(event["citations"]):
            for cited_by, source, excerpt in held:
                if (source, excerpt) == (citation["source"], citation["excerpt"]):
                    raise InvalidEvent(
                        f"citations.{number}: {target} already cites these words of {source} (in {cited_by}) — "
                        "corroborate it with another source, or add it anyway with --new"
                    )

    def _amended(self, claim_id: str) -> bool:
        return bool(self.catalog.amendments(claim_id, "retraction") or self.catalog.amendments(claim_id, "correction"))
