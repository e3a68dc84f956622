"""A kind of claim is one unit. The kind docs/extending.md adds, `visit`, written as the doc says
(its module in kb/kinds/ of a copy of kb, run in a process of its own) goes through the whole
path — append, build, facets, cite, correct, retract, schema, metadata, event page. And a kind
registered for the length of a test (kb.model.kind.registered) is known there and gone after."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Literal

import jsonschema
import pytest
from conftest import REPO
from pydantic import Field, ValidationError
from test_cli import read_event

from kb.cli import cli
from kb.events import models
from kb.model.claim import ClaimFields, ClaimKind
from kb.model.fields import Key, Line
from kb.model.kind import Name, Row, Table, kinds, registered

SCRIPT = textwrap.dedent(
    """
    import asyncio, json, sqlite3, sys
    from pathlib import Path

    from click.testing import CliRunner
    from datasette.app import Datasette

    from kb.cli import cli
    from kb.serve.runner import SETTINGS, inspect

    root = Path(sys.argv[1])
    run = CliRunner().invoke
    out = {}

    def kb(*args, **kwargs):
        result = run(cli, ["--kb", str(root), *args], **kwargs)
        assert result.exit_code == 0, (args, result.output)
        return result.output.strip()

    run(cli, ["init", str(root)])
    (root / "article.txt").write_text("Akazawa flew to Washington for tariff talks on Wednesday.\\n")
    source = kb("add", "source", "--kind", "article", "--publisher", "Kyodo", "--title", "T",
                "--published-at", "2025-04-17", "--text-file", str(root / "article.txt"))
    kb("add", "entity", "--key", "us-japan-tariff-talks-2025", "--kind", "negotiation", "--name", "Talks")
    kb("add", "entity", "--key", "ryosei-akazawa", "--kind", "person", "--name", "Ryosei Akazawa", "--alias", "Akazawa")
    out["help"] = kb("add", "visit", "--help")
    visit = kb("add", "visit", "--negotiation", "us-japan-tariff-talks-2025", "--occurred-at", "2025-04-16",
               "--visitor", "akazawa", "--place", "Washington", "--purpose", "tariff talks",
               "--citation", f"{source}:Akazawa flew to Washington for tariff talks")
    out["visit"] = visit
    out["event"] = json.loads(next((root / "events").glob(f"*/{visit}.json")).read_text())
    out["text"] = kb("cite", visit)
    out["csl"] = json.loads(kb("cite", visit, "--format", "csl-json"))
    out["correction"] = kb("correct", visit, "--place", "Washington, D.C.", "--reason", "More precise")
    out["retraction"] = kb("retract", out["correction"], "--reason", "A test")
    kb("build")
    kb("schema", "--dir", str(root / "schema"))
    out["schema"] = json.loads((root / "schema" / "event.schema.json").read_text())
    kb("metadata")
    metadata = json.loads((root / "metadata.json").read_text())
    out["facets"] = metadata["databases"]["kb"]["tables"]["visits"]["facets"]
    with sqlite3.connect(root / "kb.db") as conn:
        out["claims"] = conn.execute("SELECT id, kind, actor, summary, status FROM claims ORDER BY id").fetchall()
        out["visits"] = conn.execute("SELECT id, visitor, place FROM visits ORDER BY id").fetchall()
        out["problems"] = conn.execute("SELECT kind, detail FROM _problems").fetchall()
    ds = Datasette(immutables=[str(root / "kb.db")], metadata=metadata, settings=SETTINGS,
                   inspect_data=json.loads(inspect(root / "kb.db").read_text()))
    page = asyncio.run(ds.client.get(f"/-/event/{visit}"))
    out["page"] = [page.status_code, page.text]
    facet = asyncio.run(ds.client.get("/kb/visits.json?_facet=visitor"))
    out["facet"] = facet.json()["facet_results"]["visitor"]["results"]
    import kb
    out["source_of_kb"] = kb.__file__
    print(json.dumps(out))
    """
)


def kind_of_the_doc() -> str:
    """The module docs/extending.md's "Add a kind" shows."""
    section = (REPO / "docs" / "extending.md").read_text(encoding="utf-8").split("## Add a kind: one file", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)


def kb_with_the_docs_kind(tmp_path: Path) -> Path:
    """A copy of kb with the doc's kind added as the doc says: one new module in kb/kinds/."""
    shutil.copytree(REPO / "kb", tmp_path / "src" / "kb", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "src" / "kb" / "kinds" / "visit.py").write_text(kind_of_the_doc(), encoding="utf-8")
    return tmp_path / "src"


def run_with_the_docs_kind(tmp_path: Path, script: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "script" / "visit.py"  # not beside a kb/ folder, which Python would import first
    path.parent.mkdir()
    path.write_text(script, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(path), str(tmp_path / "visits")],
        env={**os.environ, "PYTHONPATH": str(kb_with_the_docs_kind(tmp_path))},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_kind_of_docs_extending_md_goes_through_the_whole_path(tmp_path: Path):
    result = run_with_the_docs_kind(tmp_path, SCRIPT)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.splitlines()[-1])
    visit, correction = out["visit"], out["correction"]
    assert "kb add visit --negotiation us-japan-tariff-talks-2025" in out["help"]
    assert out["source_of_kb"].startswith(str(tmp_path)), "the script ran another kb than the copy"
    assert out["event"]["type"] == "visit" and out["event"]["visitor"] == "ryosei-akazawa"
    assert "Ryosei Akazawa visits Washington: tariff talks" in out["text"] and visit in out["text"]  # what happened
    assert out["csl"][0]["id"] == visit and out["csl"][0]["author"] == [{"family": "Akazawa", "given": "Ryosei"}]
    jsonschema.Draft202012Validator(out["schema"]).validate(out["event"])
    assert out["facets"] == ["visitor"]
    assert out["claims"] == sorted(
        [
            [visit, "visit", "ryosei-akazawa", "Ryosei Akazawa visits Washington: tariff talks", "corrected"],
            [
                correction,
                "visit",
                "ryosei-akazawa",
                "Ryosei Akazawa visits Washington, D.C.: tariff talks",
                "retracted",
            ],
        ]
    )
    assert sorted(out["visits"]) == sorted(
        [[visit, "ryosei-akazawa", "Washington"], [correction, "ryosei-akazawa", "Washington, D.C."]]
    )
    assert out["problems"] == []
    status, page = out["page"]
    assert status == 200 and "Ryosei Akazawa visits Washington" in page
    assert out["facet"][0]["value"] == "ryosei-akazawa" and out["facet"][0]["count"] == 2


LATE = """
import kb.model.kind
kb.model.kind.kinds()  # the kinds listed, as kb.builder.projection does when imported

from kb.model.claim import ClaimKind
from kb.model.kind import register


@register
class Late(ClaimKind):
    type = "late"
"""


def test_a_kind_registered_after_the_kinds_are_listed_is_refused():
    result = subprocess.run([sys.executable, "-c", LATE], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode != 0
    assert "kind 'late' registered after kb's kinds were first listed — register it earlier" in result.stderr


class PledgeFields(ClaimFields):
    type: Literal["test_pledge"] = Field(description="Kind of event")
    pledger: Key = Field(description="Entity key of who pledges")
    what: Line = Field(description="What they pledge")


class Pledge(ClaimKind):
    """A pledge (a kind that exists only in this test)."""

    type = "test_pledge"
    order = 96
    example = "kb add test_pledge --negotiation talks --pledger akazawa --what 'a deal' --citation 'ev-…:Akazawa'"
    fields = PledgeFields
    table = "test_pledges"
    text_field = "what"
    entity_fields = ("negotiation", "pledger")
    tables = {"test_pledges": Table({"id": str, "pledger": str, "what": str}, pk="id", described_by=(PledgeFields,))}

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        return f"{name(event['pledger'])} pledges", event["what"]


def test_a_kind_registered_for_a_test_is_known_there_and_gone_after(runner, kb, small):
    pledge = {
        "type": "test_pledge",
        "negotiation": "talks",
        "occurred_at": "2025-04-16",
        "pledger": "akazawa",
        "what": "a deal",
        "citations": [{"source": small.source, "excerpt": "Akazawa met U.S. President Donald Trump"}],
    }
    with registered(Pledge):
        assert "test_pledge" in kinds() and "test_pledge" in models.MODELS
        result = runner.invoke(cli, ["add", "test_pledge", "--json", "-"], input=json.dumps(pledge))
        assert result.exit_code == 0, result.output
        assert models.EVENT.validate_python(read_event(kb, result.output.strip()))
    assert "test_pledge" not in kinds() and "test_pledge" not in models.MODELS
    result = runner.invoke(cli, ["add", "test_pledge", "--json", "-"], input=json.dumps(pledge))
    assert result.exit_code == 2 and "No such command 'test_pledge'" in result.output
    with pytest.raises(ValidationError):
        models.EVENT.validate_python({**pledge, "id": "ev-aaaaaaaaaaaaaaaa", "schema_version": 1})
