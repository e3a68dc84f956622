"""docs/entering-an-article.md runs as written: its ```bash blocks, in order, in one shell, with
kb on the PATH and its article as article.txt — and what it says of the result holds."""

from __future__ import annotations

import re
import sqlite3

from conftest import REPO
from test_readme_examples import bash

GUIDE = (REPO / "docs" / "entering-an-article.md").read_text(encoding="utf-8")


def test_the_guide_runs_as_written(tmp_path):
    article = re.search(r"```text\n(.*?)```", GUIDE, re.S)
    assert article
    (tmp_path / "article.txt").write_text(article.group(1), encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", GUIDE, re.S)
    assert len(blocks) >= 6
    bash("\n".join(blocks), tmp_path)
    conn = sqlite3.connect(tmp_path / "article-kb" / "kb.db")
    summaries = {row[0] for row in conn.execute("SELECT summary FROM claims")}
    assert "Akazawa met Bessent (via a U.S. official)" in summaries
    # Confirmed first hand by a second report: no longer hedged, while its own event keeps the hedge.
    assert "Japan (concern on currency): Currency issues were discussed" in summaries
    [(hedged,)] = conn.execute(
        "SELECT json_extract(e.json, '$.hedge') FROM claims c JOIN events e ON e.id = c.id WHERE c.kind = 'position' "
        "AND c.text = 'Currency issues were discussed' AND c.hedge IS NULL"
    ).fetchall()
    assert hedged == "believed"
    # The second report's place and length count; the withdrawn one's date does not.
    meeting = conn.execute(
        "SELECT c.place, c.occurred_at, m.duration, m.duration_qualifier FROM claims c JOIN meetings m ON m.id = c.id"
    ).fetchall()
    assert meeting == [("the Treasury Department", "2025-04-24", "PT45M", None)]
    statuses = conn.execute("SELECT status, count(*) FROM corroborations GROUP BY status ORDER BY status").fetchall()
    assert statuses == [("active", 3), ("retracted", 1)]
    assert any(summary.startswith("[SOURCE ERROR] Trade surplus") for summary in summaries)
    assert conn.execute("SELECT count(*) FROM claims WHERE date_known = 0").fetchone() == (1,)
    # The two tariff rates of different product scopes are no conflict; the linked accounts are.
    conflicts = conn.execute("SELECT why, value_as_stated FROM conflicts ORDER BY value_as_stated").fetchall()
    assert conflicts == [("linked", "28.3%"), ("linked", "roughly 20 percent")]
    assert {row[0] for row in conn.execute("SELECT verified FROM claims")} == {"verified"}
    exports = conn.execute("SELECT excerpt FROM citations WHERE excerpt LIKE 'Japan%exports%'").fetchone()[0]
    assert exports == "Japan’s exports to the United States fell 1.3% from a year earlier"
    assert conn.execute("SELECT count(*) FROM _problems").fetchone() == (0,)
