"""The events kb knows, derived from the registry of kinds (``kb.model.kind``), and their validation.

``MODELS`` maps each type to its frozen pydantic model (the envelope plus the kind's fields);
``EVENT`` validates any event, dispatched on ``type``. Nothing here lists kinds by hand.
"""

from __future__ import annotations

import difflib
import functools
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Annotated, Any, Union

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from kb.errors import InvalidEvent
from kb.model.fields import EVENT_ID_PATTERN, PATTERN_MEANINGS, SCHEMA_VERSION, Envelope, real_date
from kb.model.kind import kind_named, kinds

__all__ = ["MODELS", "SCHEMA_VERSION", "Envelope", "real_date", "upgraded", "validate"]


class _Models(Mapping[str, type[Envelope]]):
    """Each type's model, by type, made when first asked for: ``kb add`` makes (and imports) only
    its own kind's."""

    def __getitem__(self, type_: str) -> type[Envelope]:
        kind = kind_named(type_) if isinstance(type_, str) else None
        if kind is None:
            raise KeyError(type_)
        return kind.model

    def __contains__(self, type_: object) -> bool:
        return isinstance(type_, str) and kind_named(type_) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(kinds())

    def __len__(self) -> int:
        return len(kinds())


MODELS: Mapping[str, type[Envelope]] = _Models()
# Fields set by kb when an event is appended, never given in a payload.
SET_BY_KB = ("id", "recorded_at")


def __getattr__(name: str) -> Any:
    """``EVENT``, the adapter of the union of every model, and ``EVENT_UNION``, that union's type
    (kb schema adds the earlier versions to it), made when first asked for: the models are built
    lazily too (``defer_build``), so that ``kb add`` builds only its own."""
    if name == "EVENT_UNION":  # the type of any event of the current version
        return _union_type(tuple(kinds()))
    if name == "EVENT":
        return _union(tuple(kinds()))  # made again only if the kinds change (kb.model.kind.registered)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _union_type(types: tuple[str, ...]) -> Any:
    return Annotated[Union[tuple(MODELS[type_] for type_ in types)], Field(discriminator="type")]  # type: ignore[valid-type] # noqa: UP007


@functools.cache
def _union(types: tuple[str, ...]) -> TypeAdapter[Any]:
    return TypeAdapter(_union_type(types))


def claim_kind(event: dict[str, Any]) -> str | None:
    """The kind of claim an event is (a correction is the claim it carries), or None."""
    kind = kind_named(str(event.get("type")))
    return kind.claim_kind(event) if kind else None


def claim_targets(event: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """The claims an event points at: (field, event ID, kind of claim required or None for any)."""
    kind = kind_named(str(event.get("type")))
    return kind.claim_targets(event) if kind else []


def entity_slots(event: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """Where an event (a JSON object) names an entity: (path, the object or list holding it,
    the field name or list index), so that a reference can be read or replaced in place."""
    kind = kind_named(str(event.get("type")))
    return list(kind.entity_slots(event)) if kind else []


def event_id_slots(event: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """Where a payload (a JSON object) holds the ID of another event — every field typed EventId,
    however nested: (path, the object or list holding it, the field name or list index)."""
    model = MODELS.get(str(event.get("type")))
    return list(_id_slots(model, event, "")) if model else []


def _id_slots(model: Any, value: dict[str, Any], prefix: str) -> Iterator[tuple[str, Any, Any]]:
    for name, info in model.model_fields.items():
        if name not in SET_BY_KB and name in value:
            yield from _slots_in(info.annotation, info.metadata, value, name, f"{prefix}{name}")


def _slots_in(annotation: Any, metadata: list[Any], holder: Any, key: Any, path: str) -> Iterator[Any]:
    item = holder[key]
    if typing.get_origin(annotation) is Annotated:
        metadata = [*metadata, *annotation.__metadata__]
        annotation = typing.get_args(annotation)[0]
    if any(getattr(meta, "pattern", None) == EVENT_ID_PATTERN for meta in metadata):
        if isinstance(item, str):
            yield path, holder, key
    elif typing.get_origin(annotation) is list and isinstance(item, list):
        (inner,) = typing.get_args(annotation)
        for number in range(len(item)):
            yield from _slots_in(inner, [], item, number, f"{path}.{number}")
    elif typing.get_origin(annotation) in (Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if not (isinstance(arg, type) and issubclass(arg, BaseModel)):
                yield from _slots_in(arg, [], holder, key, path)
            elif isinstance(item, dict) and _is_model_for(arg, item):
                yield from _id_slots(arg, item, f"{path}.")
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel) and isinstance(item, dict):
        yield from _id_slots(annotation, item, f"{path}.")


def _is_model_for(model: type[BaseModel], item: dict[str, Any]) -> bool:
    """Whether a member of a union of models is the one of this item (the one whose type it has)."""
    type_field = model.model_fields.get("type")
    return type_field is None or typing.get_args(type_field.annotation) == (item.get("type"),)


def words_to_check(body: dict[str, Any]) -> list[tuple[str, str]]:
    """(what, words) pairs of a claim whose words must be in one of its cited sources' texts."""
    kind = kind_named(str(body.get("type")))
    return kind.words_to_check(body) if kind else []


def a(noun: str) -> str:
    """The noun with its indefinite article: a statement, an entity."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def describe_validation_error(error: ValidationError, type_: str) -> str:
    lines = []
    for problem in error.errors():
        loc = problem["loc"]
        if loc[:1] == ("replacement",) and len(loc) > 1 and loc[1] in MODELS:
            loc = (loc[0], *loc[2:])  # a correction's replacement: its fields, not the kind pydantic tried
        where = ".".join(str(part) for part in loc) or type_
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


def upgraded(event: dict[str, Any]) -> dict[str, Any]:
    """An event (valid, or being validated) as the current version of its kind's schema reads it:
    the event itself when it is of that version; files are never rewritten."""
    kind = kind_named(str(event.get("type")))
    version = event.get("schema_version", 1)
    if kind is None or not isinstance(version, int | float) or version >= kind.schema_version:
        return event
    return {**kind.upgrade(dict(event), int(version)), "schema_version": kind.schema_version}


def validate(event: dict[str, Any]) -> Envelope:
    """The model of an event (a dict with its id); InvalidEvent saying what is wrong."""
    type_ = event.get("type")
    if not isinstance(type_, str) or not type_:
        raise InvalidEvent("the event has no type — give one of: " + ", ".join(MODELS))
    kind = kind_named(type_)
    if kind is None:
        close = difflib.get_close_matches(type_, MODELS, n=1)
        hint = f" — did you mean {close[0]}?" if close else ""
        raise InvalidEvent(f"unknown event type {type_!r}{hint} Known types: {', '.join(MODELS)}")
    current = kind.schema_version
    version = event.get("schema_version", 1)
    if isinstance(version, bool) or not isinstance(version, int | float) or version not in range(1, current + 1):
        known = f"version {current}" if current == 1 else f"versions 1 to {current}"
        raise InvalidEvent(f"unknown schema_version {version!r} for {type_} — this kb knows {known}")
    try:
        return kind.model.model_validate(upgraded(event))
    except ValidationError as error:
        raise InvalidEvent(describe_validation_error(error, type_)) from None
