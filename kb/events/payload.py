"""From command-line options to an event payload: which option each field of a type gets,
and how an option's text becomes the field's value."""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from kb.errors import InvalidEvent
from kb.events import models, strictjson
from kb.events.models import SET_BY_KB
from kb.events.store import MAX_DEPTH, nested_too_deeply
from kb.model.claim import claim_kinds
from kb.model.fields import MAX_TEXT

NOT_OPTIONS = (*SET_BY_KB, "type", "schema_version", "recorded_by")


@dataclass(frozen=True)
class FieldOption:
    """How one field of a type is given on the command line."""

    name: str
    help: str
    required: bool
    many: bool = False
    flag: bool = False
    choices: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()  # for a nested item: its fields, in order
    json: bool = False  # a whole JSON object

    @property
    def option(self) -> str:
        """--name, in the singular for a repeatable option: --citation, --alias."""
        name = self.name
        if self.many:
            if name.endswith("ies"):
                name = name[:-3] + "y"
            else:
                name = name[:-2] if name.endswith("ses") else name.removesuffix("s")
        return "--" + name.replace("_", "-")

    @property
    def metavar(self) -> str | None:
        if self.parts:
            return ":".join(part.upper() for part in self.parts)
        return "JSON" if self.json else None


def _strip_optional(annotation: Any) -> Any:
    args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and len(args) == 1:
        return args[0]
    return annotation


def field_options(type_: str) -> list[FieldOption]:
    options = []
    for name, info in models.MODELS[type_].model_fields.items():
        if name in NOT_OPTIONS:
            continue
        annotation = _strip_optional(info.annotation)
        help_ = info.description or ""
        common: dict[str, Any] = {"name": name, "help": help_, "required": info.is_required()}
        if typing.get_origin(annotation) is list:
            (item,) = typing.get_args(annotation)
            if isinstance(item, type) and issubclass(item, BaseModel):
                options.append(FieldOption(**common, many=True, parts=colon_parts(item)))
            else:
                options.append(FieldOption(**common, many=True))
        elif annotation is bool:
            options.append(FieldOption(**common, flag=True))
        elif typing.get_origin(annotation) is typing.Literal:
            options.append(FieldOption(**common, choices=tuple(typing.get_args(annotation))))
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            options.append(FieldOption(**common, parts=colon_parts(annotation)))
        elif _is_model_union(annotation):
            options.append(FieldOption(**common, json=True))
        else:
            options.append(FieldOption(**common))
    return options


def colon_parts(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields a nested item's colon form gives, in order, up to its first free text (a
    description, an excerpt), which takes the rest, colons included: later fields only in JSON."""
    parts = []
    for name, info in model.model_fields.items():
        parts.append(name)
        if _free_text(info):
            break
    return tuple(parts)


def _free_text(info: Any) -> bool:
    metadata = list(info.metadata) + [
        meta for arg in typing.get_args(info.annotation) if hasattr(arg, "__metadata__") for meta in arg.__metadata__
    ]
    return any(getattr(meta, "max_length", None) == MAX_TEXT for meta in metadata)


def _is_model_union(annotation: Any) -> bool:
    # ``A | B`` is a types.UnionType, ``Union[A, B]`` a typing.Union: either may come here.
    return typing.get_origin(annotation) in (typing.Union, types.UnionType) and all(
        isinstance(arg, type) and issubclass(arg, BaseModel) for arg in typing.get_args(annotation)
    )


def payload_from_options(type_: str, given: dict[str, Any]) -> dict[str, Any]:
    """The payload of a ``kb add TYPE`` from its options' values."""
    return {"type": type_, **values_from_options(field_options(type_), given)}


def parse_item(option: FieldOption, text: str) -> dict[str, Any]:
    """A nested item: a JSON object, or its fields in order separated by colons (the last
    takes the rest, colons included): ``ev-abc:the exact words``."""
    if text.lstrip().startswith("{"):
        return parse_json(option, text)
    values = text.split(":", len(option.parts) - 1)
    return {part: value for part, value in zip(option.parts, values, strict=False) if value != ""}


def parse_json(option: FieldOption, text: str) -> dict[str, Any]:
    try:
        value = strictjson.loads(text)
    except (ValueError, RecursionError) as error:
        raise InvalidEvent(f"{option.option}: not a JSON object ({error})") from None
    if nested_too_deeply(value):
        raise InvalidEvent(f"{option.option}: nested more than {MAX_DEPTH} levels deep — no field of an event is")
    if not isinstance(value, dict):
        raise InvalidEvent(f"{option.option}: expected a JSON object")
    return value


def claim_field_options() -> list[FieldOption]:
    """The options of every kind of claim, each name once and none required: for ``kb correct``,
    which starts from the claim it corrects."""
    options: dict[str, FieldOption] = {}
    for type_ in claim_kinds():
        for option in field_options(type_):
            known = options.get(option.name)
            if known is None:
                options[option.name] = dataclasses.replace(option, required=False)
            elif option.choices:
                choices = tuple(dict.fromkeys(known.choices + option.choices))
                options[option.name] = dataclasses.replace(known, choices=choices)
    return list(options.values())


def values_from_options(options: list[FieldOption], given: dict[str, Any]) -> dict[str, Any]:
    """Field values from options' values; an option left out (None or empty) is not given."""
    payload: dict[str, Any] = {}
    for option in options:
        value = given.get(option.name)
        if value is None or value == ():
            continue
        if option.parts and option.many:
            payload[option.name] = [parse_item(option, item) for item in value]
        elif option.parts:
            payload[option.name] = parse_item(option, value)
        elif option.json:
            payload[option.name] = parse_json(option, value)
        elif option.many:
            payload[option.name] = list(value)
        else:
            payload[option.name] = value
    return payload
