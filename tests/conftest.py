"""Every test gets its own empty knowledge base in tmp_path, and the CLI points at it:
no test touches the repository's events/."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from hypothesis import settings

from kb.builder.build import build
from kb.builder.metadata import init_knowledge_base
from kb.cli import cli
from kb.events.append import Appender
from kb.events.store import KnowledgeBase

REPO = Path(__file__).resolve().parent.parent

settings.register_profile("long", max_examples=5000, deadline=None)
settings.register_profile("default", deadline=None)
settings.load_profile("default")

ARTICLE = (
    "Japan's chief negotiator Ryosei Akazawa met U.S. President Donald Trump in Washington on Wednesday.\n"
    '"We want a win-win deal," Akazawa told reporters.\n'
    "Japan had a trade surplus of around 9 trillion yen ($63 billion) with the United States.\n"
)


class Clock:
    """A clock for tests: every call is one second later than the last."""

    def __init__(self, start: str = "2025-05-01T00:00:00"):
        self.now = dt.datetime.fromisoformat(start)

    def __call__(self) -> str:
        self.now += dt.timedelta(seconds=1)
        return self.now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(autouse=True)
def kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> KnowledgeBase:
    knowledge_base = init_knowledge_base(tmp_path / "kb")
    monkeypatch.setenv("KB_DIR", str(knowledge_base.root))
    monkeypatch.delenv("KB_RECORDED_BY", raising=False)
    monkeypatch.chdir(tmp_path)
    return knowledge_base


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def talks(kb: KnowledgeBase) -> str:
    """A knowledge base holding one negotiation, which drafts default to (the tests of kb draft)."""
    Appender(kb, lambda: "2026-01-01T00:00:00.000000Z").add(
        {"type": "entity", "key": "talks", "kind": "negotiation", "name": "The talks"}
    )
    return "talks"


def add_small_kb(kb: KnowledgeBase, clock: Clock) -> SimpleNamespace:
    """A small knowledge base: one source with its text, five entities, a role and three claims."""
    appender = Appender(kb, clock)
    ids = SimpleNamespace()

    def add(payload: dict) -> str:
        [path] = appender.append([payload])
        return path.stem

    sha = kb.store_snapshot(ARTICLE)
    ids.source = add(
        {
            "type": "source",
            "kind": "article",
            "publisher": "Kyodo News",
            "title": "Akazawa meets Trump",
            "published_at": "2025-04-17",
            "url": "https://example.org/akazawa",
            "text_sha256": sha,
        }
    )
    for key, kind, name, aliases in [
        ("talks", "negotiation", "US–Japan tariff talks", []),
        ("japan", "country", "Japan", []),
        ("united-states", "country", "United States", ["U.S."]),
        ("ryosei-akazawa", "person", "Ryosei Akazawa", ["Akazawa"]),
        ("donald-trump", "person", "Donald Trump", ["Trump"]),
    ]:
        setattr(
            ids,
            key.replace("-", "_"),
            add({"type": "entity", "key": key, "kind": kind, "name": name, "aliases": aliases}),
        )
    ids.role = add(
        {
            "type": "role",
            "person": "Akazawa",
            "title": "chief negotiator",
            "organisation": "japan",
            "citations": [{"source": ids.source, "excerpt": "Japan's chief negotiator Ryosei Akazawa"}],
        }
    )
    ids.statement = add(
        {
            "type": "statement",
            "negotiation": "talks",
            "occurred_at": "2025-04-16",
            "speaker": "akazawa",
            "attribution": "direct_quote",
            "text": "We want a win-win deal",
            "venue": "told reporters",
            "topics": ["tariffs"],
            "citations": [{"source": ids.source, "excerpt": '"We want a win-win deal," Akazawa told reporters.'}],
        }
    )
    ids.meeting = add(
        {
            "type": "meeting",
            "negotiation": "talks",
            "occurred_at": "2025-04-16",
            "place": "Washington",
            "participants": [{"entity": "akazawa", "side": "japan"}, {"entity": "trump", "side": "united-states"}],
            "summary": "Akazawa met Trump in Washington",
            "citations": [{"source": ids.source, "excerpt": "Akazawa met U.S. President Donald Trump in Washington"}],
        }
    )
    ids.data_point = add(
        {
            "type": "data_point",
            "negotiation": "talks",
            "occurred_at": "2025-03",
            "metric": "trade_surplus",
            "subject": "japan",
            "counterpart": "united-states",
            "value": "9000000000000",
            "unit": "JPY",
            "approximate": True,
            "value_as_stated": "around 9 trillion yen ($63 billion)",
            "citations": [{"source": ids.source, "excerpt": "a trade surplus of around 9 trillion yen ($63 billion)"}],
        }
    )
    return ids


@pytest.fixture
def small(kb: KnowledgeBase, clock: Clock) -> SimpleNamespace:
    return add_small_kb(kb, clock)


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under root (caches aside) with its bytes, to show that nothing changed."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and ".kb" not in path.relative_to(root).parts
    }


def copy_seed(root: Path) -> KnowledgeBase:
    """A copy of the repository's knowledge base (events, snapshots, metadata.json) at root."""
    root.mkdir(parents=True)
    for name in ("events", "snapshots"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "metadata.json", root / "metadata.json")
    shutil.copy(REPO / "datasette.yaml", root / "datasette.yaml")
    return KnowledgeBase(root)


# The text of the Kyodo article of 18 April 2025, the bundled knowledge base's first source (its other
# sources are the pages of seed/us-japan-2025.sh).
KYODO_ARTICLE = REPO / "snapshots" / "0fc1919ceee5f5f3b07acab8966ae13e66a733f8b73cd46c44980efa5b9e636b.txt"


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled knowledge base, copied and built in a temporary folder (never in the repo)."""
    seed = copy_seed(tmp_path_factory.mktemp("seed") / "kb")
    return build(seed, now=lambda: "2025-05-01T00:00:00.000000Z").db


def make_event(payload: dict, recorded_at: str) -> dict:
    """A complete, valid event as `kb add` would write it, without `kb add`'s checks of
    references and quotes — so tests can make dangling references and unfound excerpts."""
    from kb.events.ids import event_id
    from kb.events.models import validate

    draft = {**payload, "schema_version": 1, "recorded_at": recorded_at, "id": "ev-aaaaaaaaaaaaaaaa"}
    event = validate(draft).model_dump(mode="json", exclude_none=True)
    event["id"] = event_id(event)
    return event


STAMPS = ("built_at", "files_stamp", "snapshots_stamp")


def db_rows(db_path: Path, ignore_meta: tuple[str, ...] = STAMPS) -> dict[str, list[tuple]]:
    """Every row of every table of kb.db, ordered by primary key (FTS and SQLite's own tables
    aside), with the _meta keys that say when rather than what left out."""
    import sqlite3

    from kb.builder.projection import TABLES

    conn = sqlite3.connect(db_path)
    try:
        rows = {}
        for name, table in TABLES.items():
            pk = [table.pk] if isinstance(table.pk, str) else list(table.pk)
            order = ", ".join(f"[{column}]" for column in pk)
            rows[name] = conn.execute(f"SELECT * FROM [{name}] ORDER BY {order}").fetchall()
        rows["_meta"] = [row for row in rows["_meta"] if row[0] not in ignore_meta]
        return rows
    finally:
        conn.close()


def fts_ids(db_path: Path, table: str, query: str) -> list[str]:
    """The IDs of the rows of ``table`` that its full-text index finds for ``query``."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        sql = (
            f"SELECT t.id FROM [{table}_fts] f JOIN [{table}] t ON t.rowid = f.rowid "
            f"WHERE [{table}_fts] MATCH ? ORDER BY t.id"
        )
        return [row[0] for row in conn.execute(sql, (query,))]
    finally:
        conn.close()


def run(runner: CliRunner, *args: str, input: str | None = None):
    """kb with these arguments, through click's runner; an exception is the test's failure."""
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def added(runner: CliRunner, *args: str) -> str:
    """What a successful kb command printed (the ID of what it wrote), stripped."""
    result = run(runner, *args)
    assert result.exit_code == 0, result.output
    return result.output.strip()


def rows(db_path: Path, sql: str, *params) -> list[dict]:
    """The rows of a query of a built database, as dicts."""
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params)]
