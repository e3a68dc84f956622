"""Disagreement (issue 27): the conflicts view compares like with like — one metric, subject,
counterpart, product scope and period, a figure's date being its period when it gives none — and lists
every claim of a link of kind disagrees, which the figure's event page names too."""

from __future__ import annotations

import sqlite3

from test_datasette import datasette_for, get

from kb.builder.build import build
from kb.cli import cli
from tests.conftest import added, tree_bytes

SURPLUS = "a trade surplus of around 9 trillion yen ($63 billion)"


def surplus(runner, small, *options: str) -> str:
    return added(
        runner, "add", "data_point", "--negotiation", "talks", "--metric", "trade_surplus", "--subject", "japan",
        "--counterpart", "united-states", "--unit", "JPY", "--value-as-stated", "9.5 trillion yen",
        "--citation", f"{small.source}:{SURPLUS}", *options,
    )  # fmt: skip


def conflicts(kb, clock) -> list[tuple]:
    db = build(kb, now=clock).db
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT why, claim, link FROM conflicts ORDER BY why, claim").fetchall()


def test_a_figure_whose_period_is_its_date_conflicts_only_with_its_own_period(runner, kb, small, clock):
    # small.data_point: 9 trillion yen, dated 2025-03, no period: its period is March 2025.
    march = surplus(runner, small, "--occurred-at", "2025-04-02", "--period-start", "2025-03", "--period-end",
                    "2025-03", "--value", "9500000000000")  # fmt: skip
    surplus(runner, small, "--occurred-at", "2025-04", "--value", "9700000000000")  # April's: no conflict
    surplus(runner, small, "--occurred-at", "2025-04-03", "--period-unclear", "--value", "9800000000000")
    assert conflicts(kb, clock) == sorted([("same_figure", march, None), ("same_figure", small.data_point, None)])


def test_figures_of_different_product_scopes_do_not_conflict(runner, kb, small, clock):
    cars = surplus(runner, small, "--occurred-at", "2025-03", "--value", "100", "--product-scope", "cars")
    surplus(runner, small, "--occurred-at", "2025-03", "--value", "200", "--product-scope", "steel")
    more_cars = surplus(runner, small, "--occurred-at", "2025-03", "--value", "300", "--product-scope", "cars")
    # The two figures on cars, not the one on steel, nor small.data_point's, of every product.
    assert conflicts(kb, clock) == sorted([("same_figure", cars, None), ("same_figure", more_cars, None)])


def test_accounts_linked_as_disagreeing_are_conflicts_and_the_page_says_so(runner, kb, small, clock):
    rough = surplus(runner, small, "--occurred-at", "2025-04-10", "--value", "9500000000000", "--period-unclear")
    link = added(
        runner, "add", "link", "--kind", "disagrees", "--event", rough[:10], "--event", small.statement,
        "--note", "The figure and the remark disagree",
    )  # fmt: skip
    assert conflicts(kb, clock) == sorted([("linked", rough, link), ("linked", small.statement, link)])
    page = get(datasette_for(build(kb, now=clock).db), f"/-/event/{rough}").text
    assert "Other reports of this figure disagree" in page and "We want a win-win deal" in page
    shown = runner.invoke(cli, ["log", "--type", "link"]).output
    assert "2 accounts that disagree" in shown


def test_a_disagreement_link_is_refused_with_a_non_claim_or_with_one_claim_twice(runner, kb, small):
    before = tree_bytes(kb.events_dir)
    source = runner.invoke(cli, ["add", "link", "--kind", "disagrees", "--event", small.source, "--event",
                                 small.statement])  # fmt: skip
    assert source.exit_code == 1 and f"events.0: {small.source} is a source, not a claim" in source.output
    twice = runner.invoke(cli, ["add", "link", "--kind", "disagrees", "--event", small.statement, "--event",
                                small.statement])  # fmt: skip
    assert twice.exit_code == 1 and "a claim is linked with itself" in twice.output
    assert tree_bytes(kb.events_dir) == before


def test_an_incremental_build_finds_the_conflicts_a_full_build_finds(runner, kb, small, clock, tmp_path):
    """The build keeps the conflicts in a table (_conflicts): an incremental build finds them again
    when it brings a figure, a correction, a retraction or a link, as a full build would."""

    def full() -> list[tuple]:
        with sqlite3.connect(build(kb, tmp_path / "full.db", full=True, now=clock).db) as conn:
            return conn.execute("SELECT why, claim, link FROM conflicts ORDER BY why, claim").fetchall()

    assert conflicts(kb, clock) == full() == []
    other = surplus(runner, small, "--occurred-at", "2025-03", "--value", "9500000000000")
    assert (
        conflicts(kb, clock)
        == full()
        == sorted([("same_figure", other, None), ("same_figure", small.data_point, None)])
    )
    added(runner, "add", "entity", "--key", "nikkei", "--kind", "organisation", "--name", "Nikkei")
    assert conflicts(kb, clock) == full()
    added(runner, "retract", other, "--reason", "misread")
    assert conflicts(kb, clock) == full() == []
    with sqlite3.connect(build(kb, now=clock).db) as conn:  # the view's rows in the order the build found
        in_order = [row[0] for row in conn.execute("SELECT claim FROM _conflicts ORDER BY n")]
        assert [row[0] for row in conn.execute("SELECT claim FROM conflicts")] == in_order
