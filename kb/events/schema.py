"""JSON Schemas of the event files, generated from the models into ``schema/``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kb.events import models

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def schemas() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema: one per type, and event.schema.json for any event file."""
    result = {}
    for type_, model in models.MODELS.items():
        result[f"{type_}.schema.json"] = {"$schema": DRAFT, **model.model_json_schema()}
    result["event.schema.json"] = {
        "$schema": DRAFT,
        "title": "Event",
        "description": "Any event file of a kb knowledge base, dispatched on its type.",
        **models.EVENT.json_schema(),
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
