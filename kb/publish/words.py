"""Values as a reader reads them: the enum values of kb.db's columns in words (direct_quote →
direct quote), and space-separated event IDs as links. Only the HTML changes: the JSON API,
CSV and facets' query strings keep the values as stored."""

from __future__ import annotations

import json
import typing
from typing import Any

from kb.builder.projection import TABLES

# Columns the builder computes whose values are words joined by _.
COMPUTED = {
    "claims": {"kind", "attribution", "status", "verified"},
    "events": {"type"},
    "citations": {"verified"},
    "statements": {"quote_verified"},
    "_problems": {"kind"},
}


def _is_enum(annotation: Any) -> bool:
    if typing.get_origin(annotation) is typing.Literal:
        return True
    return any(_is_enum(arg) for arg in typing.get_args(annotation))


def enum_columns() -> dict[str, set[str]]:
    """table → the columns whose values are a fixed set of words."""
    columns: dict[str, set[str]] = {table: set(names) for table, names in COMPUTED.items()}
    for table, spec in TABLES.items():
        for model in spec.described_by:
            for name, field in model.model_fields.items():
                if name in spec.columns and name != "type" and _is_enum(field.annotation):
                    columns.setdefault(table, set()).add(name)
    return columns


ENUM_COLUMNS = enum_columns()
# Views show the columns of the tables they read.
ENUM_COLUMNS["current_claims"] = ENUM_COLUMNS["claims"]


def in_words(table: str | None, column: str, value: Any) -> str | None:
    """The value in words, if it is an enum value of that column; None otherwise."""
    if isinstance(value, str) and "_" in value and column in ENUM_COLUMNS.get(table or "", ()):
        return value.replace("_", " ")
    return None


# The facets of claims titled for a reader (the column's name stays in the title's tooltip), and
# the values of the yes-or-no columns in words.
FACET_TITLES = {
    "kind": "Kind of claim",
    "negotiation": "Negotiation",
    "actor": "Who",
    "attribution": "How the words were reported",
    "modality": "Said as fact, expected, hypothetical or denied",
    "topics": "Topic",
    "year": "Year",
    "month": "Month",
    "status": "Standing, corrected or retracted",
    "verified": "Found in the source's text",
    "hedge": "Hedged as",
    "source_error_flagged": "Printed wrong by the source",
    "date_known": "Dated in the source",
}
FACET_VALUES = {
    "source_error_flagged": {"0": "no", "1": "yes, as the source printed it"},
    "date_known": {"0": "no: known by the source's date", "1": "yes"},
}
# Facet labels in words too: the links keep the values.
FACET_LABELS = """
(function () {
  var titles = TITLES, values = VALUES;
  document.querySelectorAll(".facet-info").forEach(function (facet) {
    var column = facet.dataset.column, name = facet.querySelector(".facet-info-name strong");
    if (name && name.firstChild && titles[column]) {
      name.firstChild.textContent = titles[column] + " ";
      name.title = column;
    }
    facet.querySelectorAll("li a:not(.cross)").forEach(function (link) {
      var words = values[column] && values[column][link.textContent.trim()];
      if (words) { link.textContent = words; }
      else if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(link.textContent)) {
        link.textContent = link.textContent.replace(/_/g, " ");
      }
    });
  });
})();
""".replace("TITLES", json.dumps(FACET_TITLES)).replace("VALUES", json.dumps(FACET_VALUES))

# The claims tables show the columns a reader wants, in reading order; the raw ones are a click
# away ("All columns"). Only when the page chose no columns itself (?_col=, ?_nocol=).
READING_ORDER = """
(function () {
  var reading = %s;
  var table = document.querySelector("table.rows-and-columns");
  if (!table || /[?&]_(no)?col=/.test(location.search)) { return; }
  var heads = Array.prototype.slice.call(table.querySelectorAll("thead th"));
  var order = heads.map(function (th, n) { return n; }).sort(function (a, b) {
    var ra = reading.indexOf(heads[a].dataset.column), rb = reading.indexOf(heads[b].dataset.column);
    var pa = heads[a].dataset.isPk === "1" ? 1000 : (ra < 0 ? 2000 + a : ra);
    var pb = heads[b].dataset.isPk === "1" ? 1000 : (rb < 0 ? 2000 + b : rb);
    return pa - pb;
  });
  table.querySelectorAll("tr").forEach(function (row) {
    var cells = Array.prototype.slice.call(row.children);
    order.forEach(function (n) {
      var cell = cells[n];
      if (!cell) { return; }
      var raw = heads[n].dataset.isPk !== "1" && reading.indexOf(heads[n].dataset.column) < 0;
      cell.classList.toggle("kb-raw", raw);
      row.appendChild(cell);
    });
  });
  table.classList.add("kb-reading");
  var button = document.createElement("button");
  button.type = "button";
  button.className = "kb-all-columns";
  button.textContent = "All columns";
  button.addEventListener("click", function () {
    var reading = table.classList.toggle("kb-reading");
    button.textContent = reading ? "All columns" : "Reading columns";
  });
  table.parentNode.insertBefore(button, table);
})();
"""
