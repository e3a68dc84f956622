"""A short command imports only what it needs: `kb add` imports
neither the builder, nor citations, nor Datasette (Python's start-up is most of its time)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kb.events.catalog import Catalog
from kb.events.store import KnowledgeBase

NOT_FOR_ADD = (
    "kb.builder.build",
    "kb.builder.load",
    "kb.builder.finish",
    "kb.cite.citations",
    "kb.cite.csl",
    "kb.events.verify",
    "kb.publish",
    "kb.builder.metadata",
)
NOT_FOR_ADD_THIRD_PARTY = ("sqlite_utils", "datasette", "citeproc", "jinja2", "trafilatura", "pypdf")

SCRIPT = """
import json, sys
from kb.cli import cli
try:
    cli(sys.argv[1:])
except SystemExit as done:
    code = done.code
modules = sorted(sys.modules)
from kb.model.kind import kinds
made = [type_ for type_, kind in kinds().items() if "model" in vars(kind)]  # cached_property: made
print(json.dumps({"code": code, "modules": modules, "models": made}))
"""


def run(kb: KnowledgeBase, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-P", "-c", SCRIPT, "--kb", str(kb.root), *args], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_kb_add_imports_neither_builder_nor_citations_nor_datasette(kb: KnowledgeBase):
    result = run(kb, "add", "entity", "--key", "japan", "--kind", "country", "--name", "Japan")
    assert result["code"] == 0
    loaded = set(result["modules"])
    assert [name for name in NOT_FOR_ADD + NOT_FOR_ADD_THIRD_PARTY if name in loaded] == []
    assert "kb.cli.writing" in loaded
    assert "kb.cli.citing" not in loaded and "kb.cli.building" not in loaded
    # Nor kb correct, whose options are every kind of claim's fields: kb add makes only its own model.
    assert "kb.cli.correcting" not in loaded
    assert result["models"] == ["entity"]
    # Nor the other kinds' modules: only the entity's, and the source's (kb.events.append reads sources' texts).
    assert sorted(name for name in loaded if name.startswith("kb.kinds.")) == ["kb.kinds.entity", "kb.kinds.source"]
    assert len(list(Path(kb.events_dir).rglob("*.json"))) == 1


def test_kb_add_statement_imports_its_kind_and_no_other(kb: KnowledgeBase, small):
    """A statement checked against its source, its speaker and the claims it may repeat, still
    with no kind of event imported but its own and the source's (once the append catalog knows
    every file: learning a claim of another kind reads it as that kind reads it)."""
    Catalog(kb).refresh()
    before = len(list(Path(kb.events_dir).rglob("*.json")))
    result = run(
        kb,
        *("add", "statement", "--negotiation", "talks", "--occurred-at", "2025-04-20", "--speaker", "akazawa"),
        *("--attribution", "paraphrase", "--text", "Akazawa wants a win-win deal"),
        *("--citation", f"{small.source}:Akazawa told reporters"),
    )
    assert result["code"] == 0
    assert [name for name in result["modules"] if name.startswith("kb.kinds.")] == [
        "kb.kinds.source",
        "kb.kinds.statement",
    ]
    assert result["models"] == ["statement"]
    assert len(list(Path(kb.events_dir).rglob("*.json"))) == before + 1


def test_kb_help_still_lists_every_command(kb: KnowledgeBase):
    done = subprocess.run([sys.executable, "-P", "-m", "kb", "--help"], capture_output=True, text=True, check=True)
    for name in ("add", "bib", "build", "cite", "correct", "init", "log", "serve", "show", "verify"):
        assert f"\n  {name} " in done.stdout


def test_the_command_imports_its_modules_with_the_collector_paused_then_enables_it(kb: KnowledgeBase):
    """kb.__main__.main, the `kb` command: the collector paused only while kb.cli is imported."""
    script = (
        "import gc, sys\n"
        "from kb.__main__ import main\n"
        "assert gc.isenabled() and 'kb.cli' not in sys.modules\n"
        "sys.argv = ['kb', '--kb', sys.argv[1], 'add', 'entity', '--key', 'japan', '--kind', 'country', "
        "'--name', 'Japan']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as done:\n"
        "    print('exit', done.code, 'gc', gc.isenabled(), 'frozen', gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run([sys.executable, "-P", "-c", script, str(kb.root)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "exit 0 gc True frozen True"
    assert len(list(Path(kb.events_dir).rglob("*.json"))) == 1
