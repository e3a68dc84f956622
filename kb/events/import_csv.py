"""kb import --csv: event payloads from a spreadsheet's rows, by the codebook of docs/codebook.md.

A header row names the columns: ``type``, then the fields of the types the rows hold, named as
in the event files (``occurred_at``, ``speaker``, ``citations``). Each further row is one
event, as ``kb add TYPE`` with the same values would append it: an empty cell is a field
not given; a list takes one value a line within its cell; a nested item (a citation, a
participant) is written as its command-line option takes it (``SOURCE:EXCERPT``, the last
part taking the rest) or as a JSON object; a yes/no field is ``true`` or ``false``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import IO, Any

from kb.errors import KbError
from kb.events import models
from kb.events.payload import FieldOption, field_options, payload_from_options

FLAGS = {"true": True, "false": False}
MAX_CELL = 1024 * 1024  # as a line of kb import's JSON Lines


def payloads(handle: IO[bytes], numbers: list[int]) -> Iterator[dict[str, Any]]:
    """The payload of each row that is not empty, read as it comes; the spreadsheet's row
    number of each (the header is row 1) is appended to ``numbers``."""
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="strict", newline="")
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(text)
    try:
        header = _header(next(reader, None))
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            numbers.append(number)
            yield _payload(header, cells, f"row {number}")
    except UnicodeDecodeError as error:
        raise KbError(f"not UTF-8 ({error.reason}) — save the spreadsheet as CSV UTF-8") from None
    except csv.Error as error:
        raise KbError(f"row {reader.line_num}: not CSV this can read ({error})") from None


def _header(cells: list[str] | None) -> list[str]:
    if not cells:
        raise KbError("no header row — the first row names the columns: type, then field names")
    header = [cell.strip() for cell in cells]
    known = {"type"} | {option.name for type_ in models.MODELS for option in field_options(type_)}
    for name in header:
        if header.count(name) > 1:
            raise KbError(f"row 1: column {name!r} twice — give each field one column (lists go one value a line)")
        if name not in known:
            raise KbError(f"row 1: {name[:60]!r} is not a field of any event — see docs/codebook.md")
    if "type" not in header:
        raise KbError("row 1: no type column — each row says which type of event it is (statement, meeting, …)")
    return header


def _payload(header: list[str], cells: list[str], where: str) -> dict[str, Any]:
    if len(cells) > len(header):
        raise KbError(f"{where}: {len(cells)} cells but {len(header)} columns")
    row = {name: cell for name, cell in zip(header, cells, strict=False) if cell.strip() != ""}
    type_ = row.pop("type", "").strip()
    if type_ not in models.MODELS:
        raise KbError(f"{where}: type {type_[:40]!r} is not a type of event — one of {', '.join(models.MODELS)}")
    options = {option.name: option for option in field_options(type_)}
    given: dict[str, Any] = {}
    for name, cell in row.items():
        if name not in options:
            raise KbError(f"{where}: {name} is not a field of {type_} events — leave that cell empty")
        given[name] = _value(options[name], cell, f"{where}, {name}")
    try:
        return payload_from_options(type_, given)
    except KbError as error:
        raise KbError(f"{where}: {error}") from None


def _value(option: FieldOption, cell: str, where: str) -> Any:
    if option.flag:
        if cell.strip().lower() not in FLAGS:
            raise KbError(f"{where}: {cell[:20]!r} — write true or false")
        return FLAGS[cell.strip().lower()]
    if option.many:
        return tuple(line for line in cell.splitlines() if line.strip())
    return cell


def codebook() -> str:
    """docs/codebook.md: the columns of each type of event, generated from the models."""
    lines = [
        "# The CSV codebook of `kb import --csv`",
        "",
        "<!-- Generated from the event models: `python -m kb.events.import_csv > docs/codebook.md`. Do not edit. -->",
        "",
        "A spreadsheet saved as CSV (UTF-8, a header row first) holds one event per row, appended all or",
        "nothing like `kb import`: if any row is bad, nothing is written and the message names the row (the",
        "header is row 1). A row may refer to entities and sources of earlier rows, and to entities by key",
        "or alias, as `kb add` does.",
        "",
        "- **Columns** are named `type`, then the fields below, as in the event files. One file may mix",
        "  types: a row leaves empty the columns that are not fields of its type.",
        "- **An empty cell** is a field not given.",
        "- **A list** (*list* below) takes one value a line within its cell (Alt+Enter in a spreadsheet).",
        "- **A nested item**, such as a citation, is written as its `kb add` option takes it: its parts in",
        "  order separated by colons, the last taking the rest (`ev-…:the exact words of the source`), or",
        '  as a JSON object (`{"source": "ev-…", "excerpt": "…"}`); one item a line.',
        "- **Yes/no** fields are `true` or `false`; **JSON** fields take a JSON object.",
        "- A source's text (`kb add source --text-file`) cannot come from a CSV: add such sources with",
        "  `kb add source`, then cite them by ID.",
        "",
        "## The CSV kb writes",
        "",
        "`kb export`, `kb log --csv` and the published site's `.csv` links never hold a cell a spreadsheet",
        'would run (CSV injection: `=HYPERLINK("http://…"&A1, "click")` in a claim\'s text would send',
        "the next cell away). As OWASP recommends, a cell that begins with `=`, `+`, `-`, `@`, a tab or a",
        "carriage return is written with a single quote before it (`'=1+1`), which a spreadsheet shows as",
        "text; so that this undoes exactly, a cell that begins with a single quote gets one more too",
        "(`''quoted`). **To get back what kb holds, remove one leading `'` from every cell that begins with",
        "one.** A number as a whole is data, not a formula, and is written as it is: a negative value or",
        "change (`-5`, `-1.5`, `-2e3`) stays a number in the spreadsheet. `kb import --csv` reads cells as",
        "they are: remove the quotes before importing a sheet made from an export.",
    ]
    for type_ in models.MODELS:
        lines += ["", f"## {type_}", "", "| column | required | written as | field |", "|---|---|---|---|"]
        for option in field_options(type_):
            described = option.help.replace("|", "\\|")
            required = "yes" if option.required else ""
            lines.append(f"| `{option.name}` | {required} | {_written_as(option)} | {described} |")
    return "\n".join(lines) + "\n"


def _written_as(option: FieldOption) -> str:
    if option.flag:
        return "`true` or `false`"
    if option.parts:
        return "list of `" + ":".join(part.upper() for part in option.parts) + "` or JSON objects"
    if option.json:
        return "a JSON object"
    kind = "list" if option.many else "text"
    return f"{kind}, one of " + ", ".join(f"`{choice}`" for choice in option.choices) if option.choices else kind


if __name__ == "__main__":
    print(codebook(), end="")
