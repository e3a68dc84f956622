"""JSON Schemas of the event files, generated from the models into ``schema/``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Union

from pydantic import TypeAdapter

from kb.events import models
from kb.model.kind import kinds

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def schemas() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema: one per type, and event.schema.json for any event file. Each
    describes every version kb reads: the current model, and the model of each earlier version
    whose fields meant something else (``EventKind.earlier_models``)."""
    result = {}
    earlier: list[Any] = []
    for type_, kind in kinds().items():
        if kind.earlier_models:
            earlier += kind.earlier_models
            either: TypeAdapter[Any] = TypeAdapter(Union[(kind.model, *kind.earlier_models)])  # type: ignore[arg-type]  # noqa: UP007
            schema = {"title": kind.model.__name__, "description": kind.model.__doc__, **either.json_schema()}
        else:
            schema = kind.model.model_json_schema()
        result[f"{type_}.schema.json"] = {"$schema": DRAFT, **schema}
    every = TypeAdapter(Union[(models.EVENT_UNION, *earlier)]) if earlier else models.EVENT  # type: ignore[arg-type]  # noqa: UP007
    result["event.schema.json"] = {
        "$schema": DRAFT,
        "title": "Event",
        "description": "Any event file of a kb knowledge base, of any version kb reads, dispatched on its type.",
        **every.json_schema(),
    }
    return result


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(folder: Path) -> list[str]:
    """Names of files in ``folder`` that differ from what the models generate."""
    return [
        name
        for name, schema in schemas().items()
        if not (folder / name).exists() or (folder / name).read_text(encoding="utf-8") != render(schema)
    ]
