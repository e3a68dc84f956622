"""The events kb knows, derived from the registry of kinds (``kb.kind``), and their validation.

``MODELS`` maps each type to its frozen pydantic model (the envelope plus the kind's fields);
``EVENT`` validates any event, dispatched on ``type``. Nothing here lists kinds by hand.
"""

from __future__ import annotations

import difflib
from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter, ValidationError

from kb.errors import InvalidEvent
from kb.fields import PATTERN_MEANINGS, SCHEMA_VERSION, Envelope, real_date
from kb.kind import EventKind, kinds

__all__ = ["CLAIM_TYPES", "MODELS", "SCHEMA_VERSION", "Envelope", "real_date", "validate"]

KINDS: dict[str, EventKind] = kinds()
MODELS: dict[str, type[Envelope]] = {type_: kind.model for type_, kind in KINDS.items()}
CLAIM_TYPES: tuple[str, ...] = tuple(type_ for type_, kind in KINDS.items() if kind.is_claim)
Event = Annotated[Union[tuple(MODELS.values())], Field(discriminator="type")]  # type: ignore[valid-type] # noqa: UP007
# Fields set by kb when an event is appended, never given in a payload.
SET_BY_KB = ("id", "recorded_at")


def __getattr__(name: str) -> Any:
    """``EVENT``, the union of every model, made when first asked for (kb schema): the models
    are built lazily too (``defer_build``), so that ``kb add`` builds only its own."""
    if name == "EVENT":
        adapter: TypeAdapter[Any] = TypeAdapter(Event)  # type: ignore[arg-type]
        globals()["EVENT"] = adapter
        return adapter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def claim_kind(event: dict[str, Any]) -> str | None:
    """The kind of claim an event is (a correction is the claim it carries), or None."""
    kind = KINDS.get(str(event.get("type")))
    return kind.claim_kind(event) if kind else None


def claim_targets(event: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """The claims an event points at: (field, event ID, kind of claim required or None for any)."""
    kind = KINDS.get(str(event.get("type")))
    return kind.claim_targets(event) if kind else []


def entity_slots(event: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """Where an event (a JSON object) names an entity: (path, the object or list holding it,
    the field name or list index), so that a reference can be read or replaced in place."""
    kind = KINDS.get(str(event.get("type")))
    return list(kind.entity_slots(event)) if kind else []


def words_to_check(body: dict[str, Any]) -> list[tuple[str, str]]:
    """(what, words) pairs of a claim whose words must be in one of its cited sources' texts."""
    kind = KINDS.get(str(body.get("type")))
    return kind.words_to_check(body) if kind else []


def a(noun: str) -> str:
    """The noun with its indefinite article: a statement, an entity."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def describe_validation_error(error: ValidationError, type_: str) -> str:
    lines = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem["loc"]) or type_
        message = problem["msg"].removeprefix("Value error, ")
        if problem["type"] == "extra_forbidden":
            fields = ", ".join(name for name in MODELS[type_].model_fields if name not in SET_BY_KB)
            message = f"unknown field — {a(type_)} has: {fields}"
        elif problem["type"] == "missing":
            message = "missing — this field is required"
        elif problem["type"] == "string_too_long":
            limit = (problem.get("ctx") or {}).get("max_length")
            message = f"{len(str(problem.get('input')))} characters, more than the {limit} allowed — shorten it"
        elif problem["type"] == "string_pattern_mismatch":
            meaning = PATTERN_MEANINGS.get(str((problem.get("ctx") or {}).get("pattern")), message)
            message = f"{meaning} (got {str(problem.get('input'))[:80]!r})"
        lines.append(f"{where}: {message}")
    return f"invalid {type_}: " + "; ".join(lines)


def validate(event: dict[str, Any]) -> Envelope:
    """The model of an event (a dict with its id); InvalidEvent saying what is wrong."""
    type_ = event.get("type")
    if not isinstance(type_, str) or not type_:
        raise InvalidEvent("the event has no type — give one of: " + ", ".join(MODELS))
    if type_ not in MODELS:
        close = difflib.get_close_matches(type_, MODELS, n=1)
        hint = f" — did you mean {close[0]}?" if close else ""
        raise InvalidEvent(f"unknown event type {type_!r}{hint} Known types: {', '.join(MODELS)}")
    if event.get("schema_version", 1) != SCHEMA_VERSION:
        raise InvalidEvent(
            f"unknown schema_version {event.get('schema_version')!r} for {type_} — "
            f"this kb knows version {SCHEMA_VERSION}"
        )
    try:
        return MODELS[type_].model_validate(event)
    except ValidationError as error:
        raise InvalidEvent(describe_validation_error(error, type_)) from None
