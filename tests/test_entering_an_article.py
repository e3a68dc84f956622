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
    assert "[believed] Japan (concern on currency): Currency issues were discussed" in summaries
    assert any(summary.startswith("[SOURCE ERROR] Trade surplus") for summary in summaries)
    assert conn.execute("SELECT count(*) FROM claims WHERE date_known = 0").fetchone() == (1,)
    # The two tariff rates of different product scopes are no conflict; the linked accounts are.
    conflicts = conn.execute("SELECT why, value_as_stated FROM conflicts ORDER BY value_as_stated").fetchall()
    assert conflicts == [("linked", "28.3%"), ("linked", "roughly 20 percent")]
    assert {row[0] for row in conn.execute("SELECT verified FROM claims")} == {"verified"}
    exports = conn.execute("SELECT excerpt FROM citations WHERE excerpt LIKE 'Japan%exports%'").fetchone()[0]
    assert exports == "Japan’s exports to the United States fell 1.3% from a year earlier"
    assert conn.execute("SELECT count(*) FROM _problems").fetchone() == (0,)
