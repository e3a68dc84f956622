"""Opening CSV files in a real spreadsheet: LibreOffice Calc, headless (Debian's
libreoffice-calc-nogui, installed by `make system-deps`), which evaluates a formula in a CSV
cell as Excel does. Each file is converted to a flat OpenDocument spreadsheet and read back."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


@dataclass(frozen=True)
class Cell:
    formula: str | None  # what the spreadsheet runs, if it took the cell for a formula
    type: str | None  # float, string, …
    text: str  # as shown


def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


def _shown(paragraph: ET.Element) -> str:
    parts = [paragraph.text or ""]
    for child in paragraph:
        if child.tag == _q("text", "tab"):
            parts.append("\t")
        elif child.tag == _q("text", "s"):
            parts.append(" " * int(child.get(_q("text", "c"), "1")))
        elif child.tag == _q("text", "line-break"):
            parts.append("\n")
        else:
            parts.append(_shown(child))
        parts.append(child.tail or "")
    return "".join(parts)


def open_in_calc(paths: list[Path], folder: Path) -> dict[str, list[list[Cell]]]:
    """Each CSV file's rows of cells, as LibreOffice Calc opens it, by file name."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is not installed: run `make system-deps` (libreoffice-calc-nogui)"
    out = folder / "calc"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--convert-to", "fods"]
        + ["--outdir", str(out), *map(str, paths)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    sheets = {}
    for path in paths:
        root = ET.parse(out / f"{path.stem}.fods").getroot()
        rows = []
        for row in root.iter(_q("table", "table-row")):
            cells = []
            for cell in row.iter(_q("table", "table-cell")):
                shown = Cell(
                    cell.get(_q("table", "formula")),
                    cell.get(_q("office", "value-type")),
                    "\n".join(_shown(p) for p in cell.findall("text:p", NS)),
                )
                cells += [shown] * int(cell.get(_q("table", "number-columns-repeated"), "1"))
            rows.append(cells)
        sheets[path.name] = rows
    return sheets
