"""Likely duplicates among the claims of kb.db: pairs of active claims that share a repeat key
and that kb.model.repeats finds report the same thing (listed by kb.builder.problems)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from kb.builder.temp_tables import analysed
from kb.model.kind import Table
from kb.model.repeats import repeats

Row = dict[str, Any]

# The builder's table of repeat keys: likely_repeats compares only the claims sharing one.
REPEAT_KEYS = Table(
    {"claim": str, "key": str},
    pk="claim",
    foreign_keys=(("claim", "claims", "id"),),
    indexes=("key",),
    description="What claims that may report the same thing share: the build compares only claims with one key",
    column_descriptions={
        "claim": "ID of the claim (a meeting, data point or statement)",
        "key": "Its type, negotiation, and participants, figure, or speaker and day (kb.model.repeats.repeat_key)",
    },
)


def likely_repeats(
    conn: sqlite3.Connection, touched: set[str] | None = None, map_: Callable[..., Iterable[Any]] = map
) -> list[tuple[str, str]]:
    """(claim, detail ending with the ID of the earlier claim it repeats) of every pair of active
    claims that ``repeats`` finds, but those the same text already finds (kb.builder.problems); with
    ``touched`` (the build's temp table of that name), only the pairs with a touched claim in
    them. Only active claims sharing a repeat key (the ``_repeat_keys`` table) are read, and
    compared by ``map_`` (the builder's runs them in worker processes) over chunks of them."""
    keys = "SELECT key FROM _repeat_keys WHERE claim IN (SELECT id FROM touched)" if touched is not None else None
    conn.execute(
        f"""CREATE TEMP TABLE candidates AS SELECT r.claim AS id, r.key FROM _repeat_keys r
            JOIN claims c ON c.id = r.claim AND c.status = 'active'
            WHERE r.key IN (SELECT r.key FROM _repeat_keys r JOIN claims c ON c.id = r.claim AND c.status = 'active'
                            {f"WHERE r.key IN ({keys})" if keys else ""} GROUP BY r.key HAVING count(*) > 1)"""
    )
    analysed(conn, "candidates")
    try:
        claims = _candidates(conn)
    finally:
        conn.execute("DROP TABLE candidates")
    groups: dict[str, list[str]] = {}
    for id_, body in claims.items():
        groups.setdefault(body["key"], []).append(id_)
    tasks: list[tuple[list[list[tuple[str, Row]]], set[str] | None]] = []
    pairs = PAIRS
    for ids in groups.values():
        if pairs >= PAIRS:
            tasks.append(([], touched))
            pairs = 0
        tasks[-1][0].append([(id_, claims[id_]) for id_ in sorted(ids)])
        pairs += len(ids) * (len(ids) - 1) // 2
    return [found for part in map_(repeats_within, tasks) for found in part]


PAIRS = 20_000  # about as many pairs of claims in each chunk that likely_repeats compares


def repeats_within(task: tuple[list[list[tuple[str, Row]]], set[str] | None]) -> list[tuple[str, str]]:
    """likely_repeats of a chunk of groups of claims sharing a repeat key, each sorted by ID."""
    groups, touched = task
    found = []
    for group in groups:
        for n, (later, new) in enumerate(group):
            for earlier, old in group[:n]:
                if touched is not None and later not in touched and earlier not in touched:
                    continue
                why = repeats(new, old)
                exact = (new["occurred_at"], new["actor"], new["text"]) == (
                    old["occurred_at"],
                    old["actor"],
                    old["text"],
                )
                if why and not exact:
                    found.append((later, f"same {new['type'].replace('_', ' ')}: {why} as {earlier}"))
    return found


def _candidates(conn: sqlite3.Connection) -> dict[str, Row]:
    """The bodies, as ``repeats`` reads them, of the claims of the ``candidates`` temp table."""
    claims: dict[str, Row] = {}
    for id_, key, type_, negotiation, occurred_at, actor, text in conn.execute(
        "SELECT c.id, m.key, c.kind, c.negotiation, c.occurred_at, c.actor, c.text FROM candidates m "
        "JOIN claims c ON c.id = m.id"
    ):
        claims[id_] = {"key": key, "type": type_, "negotiation": negotiation, "occurred_at": occurred_at}
        claims[id_].update(actor=actor, text=text)
    for meeting, entity in conn.execute(
        "SELECT meeting, entity FROM participants WHERE meeting IN (SELECT id FROM candidates)"
    ):
        claims[meeting].setdefault("participants", []).append({"entity": entity})
    columns = ["metric", "subject", "counterpart", "product_scope", "period_start", "period_end", "value"]
    columns += ["value_low", "value_high", "unit"]
    changes = ("direction", "amount", "unit", "base")
    selected = ", ".join([*(f"d.{name}" for name in columns), *(f"d.change_{name}" for name in changes)])
    for row in conn.execute(
        f"SELECT d.id, {selected}, c.source_error FROM data_points d JOIN claims c ON c.id = d.id "
        "WHERE d.id IN (SELECT id FROM candidates)"
    ):
        claims[row[0]].update(zip((*columns, "source_error"), (*row[1 : len(columns) + 1], row[-1]), strict=True))
        change = {name: value for name, value in zip(changes, row[len(columns) + 1 : -1], strict=True) if value}
        claims[row[0]]["change"] = change or None
    for id_, speaker, description in conn.execute(
        "SELECT id, speaker, speaker_description FROM statements WHERE id IN (SELECT id FROM candidates)"
    ):
        claims[id_].update(speaker=speaker, speaker_description=description)
    return claims
