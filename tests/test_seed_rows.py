"""The bundled knowledge base builds to the same rows as it did before kinds became modules of
their own (tests/golden/seed_rows.json: a digest of each table's sorted rows, made from a
build at commit f1b0af9). A change to the rows must be deliberate: rebuild the digests with
`make generate` (KB_UPDATE_GOLDEN=1) and say why in the commit."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

from kb.builder.build import build
from kb.events.store import KnowledgeBase

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "golden" / "seed_rows.json"


def table_digests(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE '%fts%' "
                "AND name NOT LIKE 'sqlite_%' AND name != '_meta' ORDER BY name"
            )
        ]
        return {
            name: hashlib.sha256(
                "\n".join(sorted(map(repr, conn.execute(f"SELECT * FROM [{name}]")))).encode()
            ).hexdigest()
            for name in names
        }


def test_the_bundled_knowledge_base_builds_to_the_same_rows(tmp_path):
    for folder in ("events", "snapshots"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    db = build(KnowledgeBase(tmp_path), now=lambda: "2025-05-01T00:00:00.000000Z").db
    digests = table_digests(db)
    if os.environ.get("KB_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(digests, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    assert digests == json.loads(GOLDEN.read_text(encoding="utf-8")), (
        "the bundled knowledge base's rows changed: if that is meant, run `make generate` (it rewrites "
        "tests/golden/seed_rows.json) and say why in the commit"
    )
