"""Cells a spreadsheet cannot run, in every CSV kb writes: ``kb export``, ``kb log --csv`` and
the published site's ``.csv`` (kb.publish.csv_responses).

A spreadsheet (Excel, LibreOffice, Google Sheets) opening a CSV takes a cell that begins with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return for a formula, and runs it: a claim whose
text is ``=HYPERLINK("http://…"&A1, "click")`` would send the next cell away when clicked (CSV,
or formula, injection). As OWASP recommends, such a cell is written with a single quote before
it, which makes it text. So that this can be undone exactly, a cell that begins with a single
quote gets one more too: removing one leading quote from every cell that begins with one gives
back what kb holds.

A number is data, never a formula: a cell that is a number as a whole (``-5``, ``-1.5``, ``-2e3``,
as negative values and changes are written) is written as it is, and a spreadsheet reads it as
that number.
"""

from __future__ import annotations

import re
from typing import Any

RUNS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


def safe_cell(value: Any) -> Any:
    """The value as a CSV cell a spreadsheet shows as it is and never evaluates."""
    if isinstance(value, str) and value.startswith((*RUNS, QUOTE)) and not NUMBER.fullmatch(value):
        return QUOTE + value
    return value
