"""metadata.json is generated from the code, describes every table and column, and the
repository's copy is what the generator writes."""

import json
import sqlite3
from pathlib import Path

import pytest

from kb.builder.metadata import FACETS, configuration, metadata, render, render_configuration, undescribed
from kb.builder.projection import TABLES, VIEWS
from kb.builder.queries import QUERIES
from kb.cli import cli
from kb.kinds.data_point import DataPointFields
from kb.kinds.source import SourceFields
from kb.model.claim import ClaimFields
from kb.model.fields import Citation

REPO = Path(__file__).resolve().parent.parent


def test_repository_metadata_json_is_generated():
    assert (REPO / "metadata.json").read_text(encoding="utf-8") == render(metadata()), (
        "metadata.json is stale — run `make generate`"
    )


def test_repository_datasette_yaml_is_generated_and_holds_what_datasette_1_reads_from_it():
    import yaml

    text = (REPO / "datasette.yaml").read_text(encoding="utf-8")
    assert text == render_configuration(configuration()), "datasette.yaml is stale — run `make generate`"
    config = yaml.safe_load(text)["databases"]["kb"]
    published = metadata()["databases"]["kb"]
    assert config["queries"] == published["queries"]  # the SQL, byte for byte, through YAML
    for table, settings in config["tables"].items():
        assert settings == {key: published["tables"][table][key] for key in settings}
    assert config["tables"]["claims"]["sort_desc"] == "sort_key"


def test_every_table_view_and_column_is_described():
    assert undescribed() == [], (
        "describe them in kb/builder/metadata.py (WRITTEN for a table's column, VIEW_DESCRIPTIONS and "
        "WRITTEN_FOR_VIEWS for a view), or give the model field a description; then run `make generate`"
    )
    tables = metadata()["databases"]["kb"]["tables"]
    assert set(tables) == set(TABLES) | set(VIEWS)
    for name, spec in TABLES.items():
        assert tables[name]["description"] == spec.description
        assert list(tables[name]["columns"]) == list(spec.columns)
        assert all(text.strip() for text in tables[name]["columns"].values()), name


def test_column_descriptions_come_from_the_models():
    tables = metadata()["databases"]["kb"]["tables"]
    assert tables["claims"]["columns"]["negotiation"] == ClaimFields.model_fields["negotiation"].description
    assert tables["claims"]["columns"]["note"] == ClaimFields.model_fields["note"].description
    assert tables["sources"]["columns"]["publisher"] == SourceFields.model_fields["publisher"].description
    assert tables["data_points"]["columns"]["value_as_stated"] == (
        DataPointFields.model_fields["value_as_stated"].description
    )
    assert tables["citations"]["columns"]["excerpt"] == Citation.model_fields["excerpt"].description


def test_claims_facets_search_labels_and_order():
    claims = metadata()["databases"]["kb"]["tables"]["claims"]
    # Counted together by the plugin, in one pass over a page's claims (kb.publish.facets).
    one_pass = [
        "kind",
        "negotiation",
        "actor",
        "subject",
        "attribution",
        "modality",
        {"topic": "topics"},
        "year",
        "month",
    ]
    one_pass += ["status", "verified", "hedge", "source_error_flagged", "date_known"]
    assert claims["facets"] == [{"one_pass": facet} if isinstance(facet, str) else facet for facet in one_pass]
    assert claims["fts_table"] == "claims_fts"
    assert claims["sort_desc"] == "sort_key"  # occurred_at, then the ID: a total order
    assert claims["label_column"] == "summary"
    assert metadata()["databases"]["kb"]["tables"]["entities"]["label_column"] == "name"


def test_facets_are_on_indexed_columns():
    """What keeps facets fast at a million events: each reads an index, not the table."""
    for table_or_view, facets in FACETS.items():
        table = "claims" if table_or_view == "current_claims" else table_or_view  # a view of claims
        for facet in facets:
            column = facet if isinstance(facet, str) else "topic"
            indexed = column in TABLES[table].indexes or TABLES[table].pk in (column, (column,))
            if isinstance(facet, dict):
                indexed = "topic" in TABLES["topics"].indexes
            assert indexed, f"{table}.{column} is faceted but not indexed"


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_canned_queries_run_on_the_seed(seed_db, name):
    from datasette.utils import escape_fts

    params = {
        "negotiation": "us-japan-tariff-talks-2025",
        "entity": "shigeru-ishiba",
        "metric": "trade_surplus",
        "source": "ev-dkxvbcpsg7cwzprk",
        "q": "specific progress",
        "before": "",  # the first page of the feed of new claims
    }
    with sqlite3.connect(seed_db) as conn:
        conn.create_function("escape_fts", 1, escape_fts)
        rows = conn.execute(QUERIES[name]["sql"], params).fetchall()
    assert rows, name


def test_kb_init_writes_metadata_and_kb_metadata_checks_it(kb, runner):
    assert json.loads(kb.metadata_path.read_text())["title"] == "Negotiation knowledge base"
    result = runner.invoke(cli, ["metadata", "--check"])
    assert result.exit_code == 0, result.output
    assert result.output == "metadata.json and datasette.yaml are up to date\n"

    kb.metadata_path.write_text("{}\n")
    result = runner.invoke(cli, ["metadata", "--check"])
    assert result.exit_code == 1
    assert result.output == "Error: metadata.json is out of date — run `kb metadata`\n"

    (kb.root / "datasette.yaml").write_text("databases: {}\n")
    result = runner.invoke(cli, ["metadata", "--check"])
    assert result.output == "Error: metadata.json and datasette.yaml are out of date — run `kb metadata`\n"

    result = runner.invoke(cli, ["metadata"])
    assert result.exit_code == 0, result.output
    assert result.output == "wrote metadata.json and datasette.yaml\n"
    assert kb.metadata_path.read_text() == render(metadata())
    assert (kb.root / "datasette.yaml").read_text() == render_configuration(configuration())
