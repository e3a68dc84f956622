"""Corrections: a claim replaced by the complete claim that should have been recorded."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal, Union

from pydantic import Field, create_model

from kb.kinds.retraction import CORRECTIONS
from kb.model.claim import ClaimKind, claim_kinds
from kb.model.fields import EventId, Model, Text
from kb.model.kind import EventKind, ModelClass, Name, Row, Rows, kinds, only, register, sort_key


@register
class Correction(EventKind):
    """A claim replaced by another."""

    type = "correction"
    order = 120
    schema_version = ClaimKind.schema_version  # its replacement is a claim of the same version
    example = """kb add correction --target ev-abcdefghij234567 --reason "Misquoted" \\
          --replacement '{"type": "statement", ...}'    # kb correct is easier"""

    def model_fields(self) -> ModelClass:
        """Its replacement is any kind of claim: the fields are made once every claim kind is known."""
        return self._fields(tuple(kind.fields for kind in kinds().values() if kind.is_claim))

    def version_fields(self, version: int) -> ModelClass | None:
        """A correction of an earlier version carries a claim of that version."""
        claims = [kind for kind in kinds().values() if kind.is_claim]
        if all(kind.version_fields(version) is None for kind in claims):
            return None
        return self._fields(tuple(kind.version_fields(version) or kind.fields for kind in claims), f"V{version}")

    @staticmethod
    def _fields(claims: tuple[ModelClass, ...], suffix: str = "") -> ModelClass:
        fields: dict[str, Any] = {
            "type": (Literal["correction"], Field(description="Kind of event")),
            "target": (EventId, Field(description="ID of the claim replaced")),
            "replacement": (
                Annotated[Union[claims], Field(discriminator="type")],  # type: ignore[valid-type]  # noqa: UP007
                Field(description="The complete claim that replaces it"),
            ),
            "reason": (Text, Field(description="Why it is replaced")),
        }
        return create_model(f"CorrectionFields{suffix}", __base__=Model, **fields)

    def upgrade(self, event: Row, version: int) -> Row:
        """Its replacement is upgraded as a claim of the correction's version."""
        replacement = event.get("replacement")
        if isinstance(replacement, dict) and replacement.get("type") in kinds():
            event["replacement"] = kinds()[replacement["type"]].upgrade(dict(replacement), version)
        return event

    def rows(self, event: Row) -> Rows:
        yield (
            "corrections",
            only(event, CORRECTIONS, kind="correction", sort_key=sort_key(event["recorded_at"], event["id"])),
        )
        replacement = event["replacement"]
        claim = claim_kinds()[replacement["type"]]
        yield from claim.claim_rows(event["id"], replacement, event["recorded_at"], corrects=event["target"])

    def claim_targets(self, event: Row) -> list[tuple[str, str, str | None]]:
        replacement = event.get("replacement")
        if not isinstance(replacement, dict) or replacement.get("type") not in kinds():
            return [("target", event["target"], None)]
        inner = kinds()[replacement["type"]].claim_targets(replacement)
        return [("target", event["target"], None)] + [(f"replacement.{f}", t, k) for f, t, k in inner]

    def claim_kind(self, event: Row) -> str | None:
        replacement = event.get("replacement")
        return replacement.get("type") if isinstance(replacement, dict) else None

    def entity_slots(self, event: Row, prefix: str = "") -> Iterator[tuple[str, Any, Any]]:
        replacement = event.get("replacement")
        if isinstance(replacement, dict) and replacement.get("type") in kinds():
            yield from kinds()[replacement["type"]].entity_slots(replacement, f"{prefix}replacement.")

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        return f"Correction of {event['target']}", event["reason"]
