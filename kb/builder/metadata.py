"""metadata.json: Datasette's configuration of a knowledge base, generated from the code.

Tables, views, their facets, labels, sort orders and column descriptions come from the kinds
of event (``kb.model.kind.Table``, gathered in ``kb.builder.projection``): a column's description is the
table's own, else that of the field of the kind's model it is projected from. A column with
neither is an error, so a new column cannot be published undescribed. ``kb init`` writes the
file and ``kb metadata`` rewrites it; a test fails when the repository's copy drifts from what
this module generates.
"""

from __future__ import annotations

import copy
import html
import json
import urllib.parse
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kb.builder.projection import TABLES, VIEWS
from kb.builder.queries import QUERIES
from kb.events.store import KnowledgeBase
from kb.model.fields import Envelope

DATABASE = "kb"
# What `kb serve` sets in its Datasette's environment: the file that names the copy of kb.db to
# serve now, which kb.serve.live rewrites after each build and kb.publish.live follows. A
# packaged site never sets it: its database never changes.
LIVE_POINTER = "KB_SERVE_LIVE"

# Facets per table, all on indexed columns (or, for topics, counted from the indexed topics
# table by the plugin's "topic" facet) so that each stays fast at a million events.
FACETS: dict[str, list[str | dict[str, str]]] = {
    name: list(spec.facets)
    for name, spec in (TABLES | VIEWS).items()
    if spec.facets  # type: ignore[operator]
}


# The plugin counts the column facets of claims together, in one pass over a page's claims
# (kb.publish.facets): metadata.json declares them with its facet type.
ONE_PASS = "one_pass"
ONE_PASS_TABLES = ("claims", *(name for name, view in VIEWS.items() if view.claims_where))


def published_facets(table: str, facets: tuple[str | dict[str, str], ...]) -> list[str | dict[str, str]]:
    """A table's facets as metadata.json declares them."""
    if table not in ONE_PASS_TABLES:
        return list(facets)
    return [{ONE_PASS: facet} if isinstance(facet, str) else facet for facet in facets]


FEEDS = (
    ("application/atom+xml", "New claims (Atom)", f"/{DATABASE}/new_claims.atom"),
    ("text/calendar", "Meetings and expected dates (iCalendar)", f"/{DATABASE}/calendar.ics"),
)


# A page of a wide table or view (claims: 31 columns) is 50 rows, not Datasette's 100: what a page
# costs is Datasette drawing its cells (100 rows of claims are 3,100 cells and 400 kB of HTML), and
# 50 claims are more than a reader reads before narrowing them down. ?_size= asks for more.
WIDE = 20  # columns
WIDE_PAGE = 50  # rows


def page_size(columns: int) -> dict[str, int]:
    """The ``size`` of a table or view of this many columns, for a wide one."""
    return {"size": WIDE_PAGE} if columns > WIDE else {}


# The columns of claims a reader wants, in reading order; the others are a click away.
READING_COLUMNS = ("occurred_at", "actor", "summary", "kind", "attribution", "status", "verified")
CLAIMS_TO_READ = f"/{DATABASE}/claims?" + urllib.parse.urlencode([("_col", column) for column in READING_COLUMNS])


def field_description(models_: tuple[type[BaseModel], ...], column: str) -> str | None:
    for model in models_:
        field = model.model_fields.get(column)
        if field is not None and field.description:
            return field.description
    return None


def column_descriptions(table: str) -> dict[str, str]:
    """The columns of a table with their descriptions (a column without one is left out:
    ``undescribed()`` names them, and a test fails on them)."""
    spec = TABLES[table]
    described = {}
    for column in spec.columns:
        text = spec.column_descriptions.get(column) or field_description((*spec.described_by, Envelope), column)
        if text:
            described[column] = text
    return described


def view_columns() -> dict[str, list[str]]:
    """The columns of each view, from the schema in an empty in-memory database."""
    import sqlite_utils  # here, not at the top: kb.cli imports this module, and kb add needs no sqlite-utils

    db = sqlite_utils.Database(memory=True)
    for name, spec in TABLES.items():
        db[name].create(spec.columns, pk=spec.pk)  # type: ignore[union-attr]
    for name, view in VIEWS.items():
        db.create_view(name, view.sql)
    return {name: [column.name for column in db[name].columns] for name in VIEWS}


def view_column_descriptions(view: str, columns: list[str]) -> dict[str, str]:
    described = {}
    for column in columns:
        text = VIEWS[view].column_descriptions.get(column)
        for table in VIEWS[view].columns_from:
            text = text or column_descriptions(table).get(column)
        if text:
            described[column] = text
    return described


def undescribed() -> list[str]:
    """table.column for every column of kb.db that has no description."""
    missing = [f"{table}.{column}" for table in TABLES for column in TABLES[table].columns]
    missing = [name for name in missing if name.partition(".")[2] not in column_descriptions(name.partition(".")[0])]
    for view, columns in view_columns().items():
        described = view_column_descriptions(view, columns)
        missing += [f"{view}.{column}" for column in columns if column not in described]
    missing += [f"{view} (the view itself)" for view, spec in VIEWS.items() if not spec.description]
    return missing


def table_metadata(table: str) -> dict[str, Any]:
    spec = TABLES[table]
    value: dict[str, Any] = {"description": spec.description}
    if spec.label:
        value["label_column"] = spec.label
    if spec.sort_desc:
        value["sort_desc"] = spec.sort_desc
    if spec.fts:
        value["fts_table"] = f"{table}_fts"
        value["searchmode"] = "escaped"
    if spec.facets:
        value["facets"] = published_facets(table, spec.facets)
    value |= page_size(len(spec.columns))
    value["columns"] = column_descriptions(table)
    if table.startswith("_"):
        value["hidden"] = True  # the build's own tables (_meta, _problems, _repeat_keys): out of a reader's way
    return value


def view_metadata(view: str, columns: list[str]) -> dict[str, Any]:
    spec = VIEWS[view]
    value: dict[str, Any] = {"description": spec.description}
    if spec.sort_desc:
        value["sort_desc"] = spec.sort_desc
    if spec.facets:
        value["facets"] = published_facets(view, spec.facets)
    value |= page_size(len(columns))
    value["columns"] = view_column_descriptions(view, columns)
    return value


def metadata() -> dict[str, Any]:
    """Datasette's metadata for a knowledge base served as the database named kb."""
    return {
        "title": "Negotiation knowledge base",
        "description": "Every reported claim of a negotiation, with its source, searchable and citable by event ID.",
        "description_html": (
            "<p>Every reported claim of a negotiation, with its source, searchable and citable by event ID.</p>"
            f'<form action="/{DATABASE}/search" method="get" class="kb-search"><label for="kb-q">Search claims '
            'and sources</label> <input type="search" id="kb-q" name="q"> <button type="submit">Search</button></form>'
            f'<p><a href="/{DATABASE}/claims">Filter the claims</a> · '
            '<a href="/-/timelines">The negotiations</a> · '
            '<a href="/-/charts">Charts of the reported figures</a> · '
            f'<a href="/{DATABASE}/conflicts">Figures that disagree</a> · '
            + " · ".join(f'<a href="{url}">{html.escape(title)}</a>' for _, title, url in FEEDS)
            + "</p>"
        ),
        "license": "Apache-2.0",
        "license_url": "https://www.apache.org/licenses/LICENSE-2.0",
        "source": "The sources each claim cites (articles, official pages, transcripts, data releases)",
        "source_url": "/kb/sources",
        "databases": {
            DATABASE: {
                "description": "The claims, sources and entities of the knowledge base, built from its event files",
                "tables": {table: table_metadata(table) for table in TABLES}
                | {view: view_metadata(view, columns) for view, columns in view_columns().items()},
                # A copy: Datasette adds each query's name to the dicts it is given.
                "queries": copy.deepcopy(QUERIES),
            }
        },
    }


def render(value: dict[str, Any]) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


# Datasette 1.0 reads a table's settings and the canned queries from its configuration
# (datasette.yaml, `datasette -c`), no longer from metadata; 0.65 reads them from metadata.json.
CONFIGURATION = "datasette.yaml"
TABLE_SETTINGS = ("label_column", "sort_desc", "fts_table", "searchmode", "facets", "size")


def configuration() -> dict[str, Any]:
    """Datasette 1.0's configuration of a knowledge base: the table settings and canned queries of
    ``metadata()``, which 1.0 reads from datasette.yaml."""
    tables = metadata()["databases"][DATABASE]["tables"]
    settings = {
        name: {key: value for key, value in spec.items() if key in TABLE_SETTINGS} for name, spec in tables.items()
    }
    return {
        "databases": {
            DATABASE: {
                "tables": {name: values for name, values in settings.items() if values},
                "queries": copy.deepcopy(QUERIES),
            }
        }
    }


def render_configuration(value: dict[str, Any]) -> str:
    """YAML, the SQL of the queries as blocks that read as they are written."""
    import yaml  # here, not at the top: only kb metadata and kb init write it

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
        style = "|" if "\n" in data else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    Dumper.add_representer(str, text)
    header = "# Datasette 1.0's configuration of this knowledge base, written by `kb metadata`: do not edit it.\n"
    return header + yaml.dump(value, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120)


def is_current(kb: KnowledgeBase) -> bool:
    """Whether the knowledge base's metadata.json is what this version of kb generates."""
    try:
        return kb.metadata_path.read_text(encoding="utf-8") == render(metadata())
    except FileNotFoundError:
        return False


def configuration_is_current(kb: KnowledgeBase) -> bool:
    """Whether the knowledge base's datasette.yaml is what this version of kb generates."""
    try:
        return (kb.root / CONFIGURATION).read_text(encoding="utf-8") == render_configuration(configuration())
    except FileNotFoundError:
        return False


def init_knowledge_base(root: Path) -> KnowledgeBase:
    """A new, empty knowledge base in ``root``, with its metadata.json and datasette.yaml."""
    files = {"metadata.json": render(metadata()), CONFIGURATION: render_configuration(configuration())}
    return KnowledgeBase.init(root, files)


def write_metadata(kb: KnowledgeBase) -> None:
    """metadata.json (Datasette 0.65 and 1.0) and datasette.yaml (1.0)."""
    kb.metadata_path.write_text(render(metadata()), encoding="utf-8")
    (kb.root / CONFIGURATION).write_text(render_configuration(configuration()), encoding="utf-8")


def title(kb: KnowledgeBase) -> str | None:
    """The knowledge base's title in its metadata.json, if it has one."""
    try:
        value = json.loads(kb.metadata_path.read_text(encoding="utf-8")).get("title")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value.strip() else None
