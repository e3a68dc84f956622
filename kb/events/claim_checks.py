"""What kb add checks of a claim besides its fields and links: that its negotiation is one, when
an undated claim is known by, and that it is not a second report of a claim already recorded."""

from __future__ import annotations

from typing import Any

from kb.errors import InvalidEvent
from kb.events import models
from kb.events.batch import Batch
from kb.events.catalog import Catalog
from kb.events.models import a
from kb.model import repeats
from kb.model.render import summary


class ClaimChecks:
    """The checks of kb.events.append.Appender on claims (it gives the catalog and ``_event``)."""

    catalog: Catalog
    refuse_repeats: bool

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
                f"negotiation: {key} is {a(str(entity.get('kind')))}, not a negotiation — give the key of the "
                "negotiation the claim belongs to (`kb log --type entity` lists them; add one with "
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
        """A second report of a meeting, figure or statement already recorded is refused."""
        key = repeats.repeat_key(event)
        if key is None:
            return
        recorded = self.catalog.ids_repeating(key)  # read these only, not every claim of the type
        for other_id in [*recorded, *(i for i in batch.events if i not in recorded)]:
            other = self._event(other_id, batch)
            if other is None or other.get("type") != event["type"] or self._amended(other_id):
                continue
            why = repeats.repeats(event, models.upgraded(other))
            if why:
                raise InvalidEvent(repeats.refusal(event["type"], other_id, summary(models.upgraded(other)), why))

    def _amended(self, claim_id: str) -> bool:
        return bool(self.catalog.amendments(claim_id, "retraction") or self.catalog.amendments(claim_id, "correction"))
