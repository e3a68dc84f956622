"""seed/us-japan-2025.sh runs again from an empty folder: after seed/kyodo-2025-04-18.sh, into a new
knowledge base, it records the same events as the repository's bundled knowledge base holds for the
eleven pages (IDs and recording times aside: every reference to another event is compared as what
it names). About a minute and a half on a busy machine: `make test-long` runs it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import REPO

from kb.events.models import MODELS, upgraded

SEEDS = REPO.parent / "shared" / "seeds"
FIRST = "us-eu-trade-talks-2025"  # the first event the seed records
ID = re.compile(r"^ev-[a-z2-7]{16}$")
SET_AT_RECORDING = ("id", "recorded_at", "schema_version")


def events(root: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in (root / "events").rglob("*.json")]


def as_read(event: dict) -> dict:
    return MODELS[event["type"]].model_validate(upgraded(event)).model_dump(mode="json", exclude_none=True)


def seeded(root: Path) -> Counter:
    """The events seed/us-japan-2025.sh recorded in the knowledge base at ``root``, as comparable
    strings: no ID or recording time, and each event ID replaced by what that event is."""
    every = events(root)
    by_id = {e["id"]: e for e in every}

    def name(id_: str) -> str:
        event = by_id[id_]
        if event["type"] == "source":
            return f"source {event['title']}"
        return f"{event['type']} citing {event['citations'][0]['excerpt']}"

    def named(value):
        if isinstance(value, dict):
            return {k: named(v) for k, v in value.items()}
        if isinstance(value, list):
            return [named(v) for v in value]
        return name(value) if isinstance(value, str) and ID.match(value) else value

    start = next(e["recorded_at"] for e in every if e.get("key") == FIRST)
    # Compared as kb reads them, defaults filled in: the repository's files were written before claims'
    # schema version 3, whose data points say period_unclear: false.
    return Counter(
        json.dumps(named({k: v for k, v in as_read(e).items() if k not in SET_AT_RECORDING}), sort_keys=True)
        for e in every
        if e["recorded_at"] >= start
    )


@pytest.mark.slow
@pytest.mark.skipif(not (SEEDS / "us-japan-2025").is_dir(), reason=f"the pages are read from {SEEDS}")
def test_the_seed_makes_the_bundled_events_again(tmp_path):
    kb = tmp_path / "fresh"
    env = {k: v for k, v in os.environ.items() if k != "KB_RECORDED_BY"} | {
        "KB_DIR": str(kb),
        "KB": str(Path(sys.executable).parent / "kb"),
        "PYTHON": sys.executable,
        "DRAFTS": str(tmp_path / "drafts"),
    }
    for script in ("init", "seed/kyodo-2025-04-18.sh", "seed/us-japan-2025.sh"):
        command = [env["KB"], "init", str(kb)] if script == "init" else ["bash", script]
        result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
    assert "| all |" in result.stdout
    assert seeded(kb) == seeded(REPO)
