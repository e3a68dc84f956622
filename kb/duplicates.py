"""A second report of a claim already recorded: the same meeting (same participants, same day or
month), the same figure (metric, subject, counterpart, period and value) or the same statement
(same speaker, same day, nearly the same words). ``kb add`` refuses one unless told ``--new``;
the build lists them as likely duplicates (kb.problems)."""

from __future__ import annotations

import difflib
import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from kb.claim import claim_date
from kb.kind import Table
from kb.temp_tables import analysed

Row = dict[str, Any]
NEARLY_THE_SAME = 0.85  # difflib's ratio of two statements' words, case folded


def same_time(a: str, b: str) -> bool:
    """Whether two dates as precise as known may be the same day: the same day when both give
    one, the same month when one gives only a month."""
    n = min(len(a), len(b), 10)
    return a == b if n < 7 else a[:n] == b[:n]


def nearly_the_same(a: str, b: str) -> bool:
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    if a == b:
        return True
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # The quick ratios are upper bounds of ratio(): most pairs are told apart without it.
    return (
        matcher.real_quick_ratio() >= NEARLY_THE_SAME
        and matcher.quick_ratio() >= NEARLY_THE_SAME
        and matcher.ratio() >= NEARLY_THE_SAME
    )


def _figure(body: Row) -> tuple[Any, ...]:
    names = ("metric", "subject", "counterpart", "period_start", "period_end", "value", "value_low", "value_high")
    return (*(body.get(name) for name in names), body.get("unit"))


def repeats(new: Row, old: Row) -> str | None:
    """Why claim ``new`` reports the same thing as claim ``old`` (bodies of one type), or None."""
    if new["type"] != old["type"] or new.get("negotiation") != old.get("negotiation"):
        return None
    if new["type"] == "meeting":
        people = {p["entity"] for p in new["participants"]}
        if people == {p["entity"] for p in old["participants"]} and same_time(claim_date(new), claim_date(old)):
            return "the same participants on the same day"
    elif new["type"] == "data_point":
        if _figure(new) == _figure(old) and not new.get("source_error") and not old.get("source_error"):
            return "the same metric, subject, counterpart, period and value"
    elif new["type"] == "statement":
        who = (new.get("speaker"), new.get("speaker_description"))
        if (
            who == (old.get("speaker"), old.get("speaker_description"))
            and claim_date(new)[:10] == claim_date(old)[:10]
            and nearly_the_same(new["text"], old["text"])
        ):
            return "the same speaker, day and nearly the same words"
    return None


# The builder's table of repeat keys: likely_repeats compares only the claims sharing one.
REPEAT_KEYS = Table(
    {"claim": str, "key": str},
    pk="claim",
    foreign_keys=(("claim", "claims", "id"),),
    indexes=("key",),
    description="What claims that may report the same thing share: the build compares only claims with one key",
    column_descriptions={
        "claim": "ID of the claim (a meeting, data point or statement)",
        "key": "Its type, negotiation, and participants, figure, or speaker and day (kb.duplicates.repeat_key)",
    },
)


def repeat_key(body: Row) -> str | None:
    """What two claims that ``repeats`` finds always share (their type, negotiation, and the
    participants, figure or speaker and day), as one string; None for a claim no other repeats.
    The append catalog indexes it, so ``kb add`` reads only the claims that may be the same."""
    type_ = body.get("type")
    if type_ == "meeting":
        people = sorted({str(p.get("entity")) for p in body.get("participants") or [] if isinstance(p, dict)})
        parts: tuple[Any, ...] = tuple(people)
    elif type_ == "data_point":
        if body.get("source_error"):
            return None
        parts = _figure(body)
    elif type_ == "statement":
        parts = (body.get("speaker"), body.get("speaker_description"), claim_date(body)[:10])
    else:
        return None
    return json.dumps([type_, body.get("negotiation"), *parts], ensure_ascii=False, default=str)


def refusal(type_: str, old_id: str, summary: str, why: str) -> str:
    """What kb add says when it refuses a second report, and what to run instead."""
    what = type_.replace("_", " ")
    return (
        f"this {what} repeats {old_id} ({summary[:80]}): {why}. If another source reports it, "
        f"add that source to it: `kb corroborate {old_id} --source SOURCE --excerpt WORDS`. If it is another "
        f"record of it (another wording or translation), add it with --new, then "
        f"`kb add link --kind same_{type_} --event {old_id} --event NEW-ID`. If it is another {what}, add it with --new"
    )


KINDS_CHECKED = ("meeting", "data_point", "statement")


def likely_repeats(
    conn: sqlite3.Connection, touched: set[str] | None = None, map_: Callable[..., Iterable[Any]] = map
) -> list[tuple[str, str]]:
    """(claim, detail ending with the ID of the earlier claim it repeats) of every pair of active
    claims that ``repeats`` finds, but those the same text already finds (kb.problems); with
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
    columns = ("metric", "subject", "counterpart", "period_start", "period_end", "value", "value_low", "value_high")
    for row in conn.execute(
        f"SELECT d.id, {', '.join(columns)}, d.unit, c.source_error FROM data_points d JOIN claims c ON c.id = d.id "
        "WHERE d.id IN (SELECT id FROM candidates)"
    ):
        claims[row[0]].update(zip((*columns, "unit", "source_error"), row[1:], strict=True))
    for id_, speaker, description in conn.execute(
        "SELECT id, speaker, speaker_description FROM statements WHERE id IN (SELECT id FROM candidates)"
    ):
        claims[id_].update(speaker=speaker, speaker_description=description)
    return claims
