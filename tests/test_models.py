"""The event models: one per kind of event, frozen, strict, every field described."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel, ValidationError

from kb.events import models
from kb.model.kind import kinds

KINDS = list(kinds())  # the registry's: docs/design.md's table of kinds is generated from it


def test_every_kind_has_a_model_of_its_type():
    assert list(models.MODELS) == KINDS
    for type_, model in models.MODELS.items():
        assert typing.get_args(model.model_fields["type"].annotation) == (type_,)


def nested_models(model: type[BaseModel]):
    yield model
    for info in model.model_fields.values():
        for arg in _flatten(info.annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                yield from nested_models(arg)


def _flatten(annotation):
    yield annotation
    for arg in typing.get_args(annotation):
        yield from _flatten(arg)


@pytest.mark.parametrize("type_", KINDS)
def test_every_field_has_a_description(type_):
    for model in nested_models(models.MODELS[type_]):
        missing = [name for name, info in model.model_fields.items() if not info.description]
        assert missing == [], f"{model.__name__} has fields without a description: {missing}"


@pytest.mark.parametrize("type_", KINDS)
def test_models_are_frozen_and_forbid_unknown_fields(type_):
    config = models.MODELS[type_].model_config
    assert config["frozen"] is True
    assert config["extra"] == "forbid"


ENTITY = {
    "id": "ev-aaaaaaaaaaaaaaaa",
    "type": "entity",
    "schema_version": 1,
    "recorded_at": "2025-04-18T09:30:00Z",
    "key": "japan",
    "kind": "country",
    "name": "Japan",
}


def test_a_valid_event_is_a_frozen_model():
    event = models.EVENT.validate_python(ENTITY)
    assert isinstance(event, models.MODELS["entity"])
    with pytest.raises(ValidationError):
        event.name = "Nippon"  # type: ignore[misc]


@pytest.mark.parametrize(
    "change",
    [
        {"recorded_at": "2025-04-18T09:30:00"},  # not UTC
        {"recorded_at": "2025-02-30T09:30:00Z"},  # no such day
        {"schema_version": 2},
        {"key": "Japan"},
        {"name": "Japan\n"},  # a line break in a one-line field
        {"name": "Cafe\u0301"},  # not NFC
        {"name": "   "},
        {"wikidata": "17"},
        {"aliases": "Nippon"},
    ],
    ids=repr,
)
def test_invalid_values_are_refused(change):
    with pytest.raises(ValidationError):
        models.EVENT.validate_python({**ENTITY, **change})


def source(published_at: str) -> dict:
    return {
        "id": "ev-aaaaaaaaaaaaaaaa",
        "type": "source",
        "schema_version": 1,
        "recorded_at": "2025-04-18T09:30:00Z",
        "kind": "article",
        "publisher": "Kyodo News",
        "title": "Ishiba wants progress",
        "published_at": published_at,
    }


@pytest.mark.parametrize("date", ["2025", "2025-04", "2025-04-18", "2025-04-18T09:30Z", "2025-04-18T09:30:15.5+09:00"])
def test_dates_as_precise_as_known_are_accepted(date):
    models.EVENT.validate_python(source(date))


@pytest.mark.parametrize("date", ["2025-13-01", "2025-02-29", "2025-04-18T24:00Z", "25-04-18", "2025/04/18", "April"])
def test_impossible_or_malformed_dates_are_refused(date):
    with pytest.raises(ValidationError):
        models.EVENT.validate_python(source(date))
