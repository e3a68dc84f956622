"""Figures and durations as reporting gives them (issue 27), through the CLI: a duration's bound, a
change without a level, a figure's product scope, a period the source leaves unclear, an agreement
on a procedure, a measure without a product scope; and files of the earlier version read as they are."""

from __future__ import annotations

import json

import test_reporting
from test_reporting import TALKS, built, one, run

from kb.events.ids import event_id
from kb.events.query import find

article = test_reporting.article  # the fixture: the article as a source, and the entities it names
EXPORTS = "Japan’s exports to the United States fell 1.3% from a year earlier"


def figure(article: str, *options: str) -> list[str]:
    return [
        "add", "data_point", "--negotiation", TALKS, "--occurred-at", "2025-03", "--metric", "exports",
        "--subject", "japan", "--counterpart", "united-states", "--unit", "JPY",
        "--value-as-stated", "fell 1.3% from a year earlier", "--citation", f"{article}:{EXPORTS}", *options,
    ]  # fmt: skip


def test_a_meeting_lasting_about_fifty_minutes(runner, kb, article):
    meeting = run(
        runner, "add", "meeting", "--negotiation", TALKS, "--occurred-at", "2025-04-24", "--participant", "akazawa",
        "--participant", "bessent", "--duration", "PT50M", "--duration-qualifier", "about", "--summary",
        "Akazawa met Bessent", "--citation", f"{article}:met U.S. Treasury Secretary Scott Bessent for about",
    )  # fmt: skip
    assert find(kb, meeting)["duration_qualifier"] == "about"
    row = one(built(runner, kb), "SELECT duration, duration_qualifier FROM meetings WHERE id = ?", meeting)
    assert row == {"duration": "PT50M", "duration_qualifier": "about"}
    assert "about 50 min" in run(runner, "cite", meeting)
    bad = run(runner, *[*figure(article)[:0], "add", "meeting", "--duration-qualifier", "roughly"], code=2)
    assert "'roughly' is not one of 'about', 'over', 'under', 'at_least', 'nearly'" in bad


def test_a_change_without_a_level(runner, kb, article):
    fell = run(runner, *figure(article, "--change", "fall:1.3:percent:a year earlier"))
    row = one(built(runner, kb), "SELECT value, change_direction, change_amount FROM data_points WHERE id = ?", fell)
    assert row == {"value": None, "change_direction": "fall", "change_amount": "1.3"}
    refused = run(runner, *figure(article), code=1)
    assert "a data point needs a value, a range (value_low and value_high), or a change it reports alone" in refused
    # Another change of the same figure is not a second report of it; the same change is.
    run(runner, *figure(article, "--change", "fall:2:percent:a month earlier"))
    again = run(runner, *figure(article, "--change", "fall:1.3:percent:a year earlier"), code=1)
    assert f"this data point repeats {fell}" in again


def test_a_figure_with_its_product_scope(runner, kb, article):
    cars = run(runner, *figure(article, "--value", "15", "--product-scope", "passenger cars"))
    others = run(runner, *figure(article, "--value", "15", "--product-scope", "steel"))  # not a second report
    conn = built(runner, kb)
    assert one(conn, "SELECT product_scope FROM data_points WHERE id = ?", cars)["product_scope"] == "passenger cars"
    assert one(conn, "SELECT product_scope FROM data_points WHERE id = ?", others)["product_scope"] == "steel"
    assert "on passenger cars" in run(runner, "cite", cars)


def test_a_period_the_source_leaves_unclear(runner, kb, article):
    unclear = run(runner, *figure(article, "--value", "1780000000000", "--period-unclear"))
    conn = built(runner, kb)
    assert one(conn, "SELECT period_unclear FROM data_points WHERE id = ?", unclear)["period_unclear"] == 1
    assert "a period not stated" in run(runner, "cite", unclear)
    both = run(runner, *figure(article, "--value", "1", "--period-unclear", "--period-start", "2025-03"), code=1)
    assert "give the period (period_start, period_end) or period_unclear, not both" in both


def test_an_agreement_on_a_procedure_and_a_measure_without_a_product_scope(runner, kb, article):
    agreed = run(
        runner, "add", "agreement", "--negotiation", TALKS, "--occurred-at", "2025-04-24", "--title", "Next round",
        "--party", "japan", "--party", "united-states", "--kind", "joint_statement", "--status", "procedural",
        "--summary", "They agreed to meet again", "--citation", f"{article}:A deal is expected by the end of April",
    )  # fmt: skip
    assert find(kb, agreed)["status"] == "procedural"
    delayed = run(
        runner, "add", "measure", "--negotiation", TALKS, "--occurred-at", "2025-04-24", "--imposing",
        "united-states", "--affected", "japan", "--instrument", "other", "--status", "announced",
        "--summary", "The deadline moved", "--citation", f"{article}:A deal is expected by the end of April",
    )  # fmt: skip
    assert "product_scope" not in find(kb, delayed)
    conn = built(runner, kb)
    assert one(conn, "SELECT summary FROM claims WHERE id = ?", delayed)["summary"] == "United States: other"


def test_a_meeting_of_version_2_reads_as_it_is(runner, kb, article):
    old = {
        "type": "meeting", "schema_version": 2, "recorded_at": "2025-04-25T00:00:00.000000Z",
        "negotiation": TALKS, "occurred_at": "2025-04-24", "participants": [{"entity": "ryosei-akazawa"}],
        "summary": "Akazawa met Bessent", "duration": "PT50M", "format": "in_person", "topics": [],
        "modality": "asserted", "via": "united-states",
        "citations": [{"source": article, "excerpt": "met U.S. Treasury Secretary Scott Bessent for about"}],
    }  # fmt: skip
    old["id"] = event_id(old)
    written = kb.write(old).read_bytes()
    row = one(built(runner, kb), "SELECT via, duration_qualifier FROM meetings JOIN claims USING (id) WHERE id = ?",
              old["id"])  # fmt: skip
    assert row == {"via": "united-states", "duration_qualifier": None}
    assert run(runner, "verify").startswith("OK: ")
    assert json.loads(written)["schema_version"] == 2
    new = run(runner, *figure(article, "--value", "1"))
    assert find(kb, new)["schema_version"] == 3
