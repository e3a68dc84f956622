"""A kind of claim is one unit: a throwaway kind, `visit`, written in one place (here, a script
run in its own process, so the registry of the other tests is untouched) goes through the
whole path — append, build, facets, cite, correct, retract, schema, metadata, event page."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema

SCRIPT = textwrap.dedent(
    '''
    import asyncio, json, sqlite3, sys
    from pathlib import Path
    from typing import Literal

    from pydantic import Field

    from kb.model.claim import ClaimFields, ClaimKind
    from kb.model.fields import Key, Line
    from kb.model.kind import Author, Table, entity, register


    class VisitFields(ClaimFields):
        type: Literal["visit"] = Field(description="Kind of event")
        visitor: Key = Field(description="Entity key of who visits")
        place: Line = Field(description="Where they go")


    @register
    class Visit(ClaimKind):
        """A visit by someone somewhere."""

        type = "visit"
        fields = VisitFields
        order = 95
        table = "visits"
        text_field = "place"
        example = (
            "kb add visit --negotiation talks --occurred-at 2025-04-16 --visitor akazawa --place Washington "
            "--citation 'ev-…:Akazawa flew to Washington'"
        )
        entity_fields = ("negotiation", "visitor")
        tables = {
            "visits": Table(
                {"id": str, "visitor": str, "place": str},
                pk="id",
                foreign_keys=(("id", "claims", "id"), entity("visitor")),
                indexes=("visitor",),
                description="Who went where",
                facets=("visitor",),
                described_by=(VisitFields,),
                column_descriptions={"id": "ID of the visit's event"},
            )
        }

        def actor(self, body):
            return body["visitor"]

        def parts(self, event, name):
            return f"{name(event['visitor'])} visits {event['place']}", None

        def authors(self, body):
            return [Author(body["visitor"])]


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
    (root / "article.txt").write_text("Akazawa flew to Washington on Wednesday.\\n")
    source = kb("add", "source", "--kind", "article", "--publisher", "Kyodo", "--title", "T",
                "--published-at", "2025-04-17", "--text-file", str(root / "article.txt"))
    kb("add", "entity", "--key", "talks", "--kind", "negotiation", "--name", "Talks")
    kb("add", "entity", "--key", "ryosei-akazawa", "--kind", "person", "--name", "Ryosei Akazawa", "--alias", "Akazawa")
    out["help"] = kb("add", "visit", "--help")
    visit = kb("add", "visit", "--negotiation", "talks", "--occurred-at", "2025-04-16", "--visitor", "akazawa",
               "--place", "Washington", "--citation", f"{source}:Akazawa flew to Washington")
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
    print(json.dumps(out))
    '''
)


def test_a_throwaway_kind_goes_through_the_whole_path(tmp_path: Path):
    script = tmp_path / "script" / "visit.py"  # not beside the tests' kb/ folder, which Python would import
    script.parent.mkdir()
    script.write_text(SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "visits")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.splitlines()[-1])
    visit, correction = out["visit"], out["correction"]
    assert "kb add visit --negotiation talks" in out["help"]
    assert out["event"]["type"] == "visit" and out["event"]["visitor"] == "ryosei-akazawa"
    assert "Ryosei Akazawa" in out["text"] and visit in out["text"]
    assert out["csl"][0]["id"] == visit and out["csl"][0]["author"] == [{"family": "Akazawa", "given": "Ryosei"}]
    jsonschema.Draft202012Validator(out["schema"]).validate(out["event"])
    assert out["facets"] == ["visitor"]
    assert out["claims"] == sorted(
        [
            [visit, "visit", "ryosei-akazawa", "Ryosei Akazawa visits Washington", "corrected"],
            [correction, "visit", "ryosei-akazawa", "Ryosei Akazawa visits Washington, D.C.", "retracted"],
        ]
    )
    assert sorted(out["visits"]) == sorted(
        [[visit, "ryosei-akazawa", "Washington"], [correction, "ryosei-akazawa", "Washington, D.C."]]
    )
    assert out["problems"] == []
    status, page = out["page"]
    assert status == 200 and "Ryosei Akazawa visits Washington" in page
    assert out["facet"][0]["value"] == "ryosei-akazawa" and out["facet"][0]["count"] == 2


LISTED_FIRST = "import kb.model.kind\nkb.model.kind.kinds()\nfrom kb.model.claim import"


def test_a_kind_registered_after_the_kinds_are_listed_is_refused(tmp_path: Path):
    result = subprocess.run(
        # The kinds listed (a script would do it by `kb.model.kind.kinds()` or `kb.builder.projection`)
        # before the kind registers.
        [sys.executable, "-c", SCRIPT.replace("from kb.model.claim import", LISTED_FIRST)],
        cwd=tmp_path / "kb",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode != 0
    assert "kind 'visit' registered after kb's kinds were first listed — register it earlier" in result.stderr
