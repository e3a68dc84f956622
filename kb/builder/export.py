"""kb export: the claims, and each kind's own table, as CSV or JSON Lines, for a spreadsheet
or pandas — read from the built database (kb.db), a row at a time.

By default only current claims: those neither retracted nor corrected (status ``active``);
a kind's table is limited to the rows of current claims through the claims table.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kb.builder.csv_cells import safe_cell
from kb.builder.projection import TABLES
from kb.errors import KbError
from kb.model.claim import claim_kinds

FORMATS = {"csv": ".csv", "jsonl": ".jsonl"}


def exported_tables() -> list[str]:
    """``claims``, then the table of each kind of claim (statements, meetings, …)."""
    return ["claims", *(f"{kind}s" for kind in claim_kinds() if f"{kind}s" in TABLES)]


def rows(db: Path, table: str, *, everything: bool = False) -> tuple[list[str], Iterator[tuple]]:
    """The column names of a table and an iterator over its rows (current claims only unless
    ``everything``), ordered by ID."""
    if table not in exported_tables():
        raise KbError(f"{table!r} cannot be exported — give one of {', '.join(exported_tables())}")
    columns = list(TABLES[table].columns)
    selected = ", ".join(f"t.[{column}]" for column in columns)
    if everything:
        current = ""
    elif table == "claims":
        current = " WHERE t.status = 'active'"
    else:
        current = " JOIN claims c ON c.id = t.id WHERE c.status = 'active'"
    sql = f"SELECT {selected} FROM [{table}] t{current} ORDER BY t.id"

    def read() -> Iterator[tuple]:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            yield from conn.execute(sql)

    return columns, read()


def write(columns: list[str], records: Iterator[tuple], fmt: str, out: IO[str]) -> int:
    """Write rows as CSV (a header, then one line a row; empty for NULL; no cell a spreadsheet
    would run: kb.builder.csv_cells) or JSON Lines (one object a row; null for NULL); the number
    of rows written."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for record in records:
            writer.writerow([safe_cell(value) for value in record])
            count += 1
    else:
        for record in records:
            out.write(json.dumps(dict(zip(columns, record, strict=True)), ensure_ascii=False) + "\n")
            count += 1
    return count


def export_all(db: Path, folder: Path, fmt: str, *, everything: bool = False) -> dict[Path, int]:
    """Every exported table into ``folder`` as <table>.csv or <table>.jsonl; rows written by file."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in exported_tables():
        path = folder / f"{table}{FORMATS[fmt]}"
        columns, records = rows(db, table, everything=everything)
        with open(path, "w", encoding="utf-8", newline="") as out:
            written[path] = write(columns, records, fmt, out)
    return written
