"""The README's examples run as written: each ```bash block but make serve and make test (the
```sh blocks are run elsewhere: kb draft's by tests/test_draft_cli.py on the README's article,
kb package's by tests/test_publish_package.py, which serves the folder as its Dockerfile does), in
order, by bash with kb on the PATH — the first in an empty folder, the others in a copy of the
bundled knowledge base (a git repository on branch main, with report.md as the README shows
it) — and what the README says they print is what they print."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, copy_seed

README = (REPO / "README.md").read_text(encoding="utf-8")
# The kb examples (make serve and make test set the repository up: they are what runs this).
BLOCKS = [block for block in re.findall(r"```bash\n(.*?)```", README, re.S) if not block.startswith("make ")]


def bash(script: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("KB_DIR", "KB_RECORDED_BY")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"{script}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    return result


def shown_after(command: str) -> str:
    """The output block the README shows right after the bash block that runs ``command``."""
    match = re.search(rf"```bash\n{re.escape(command)}\n```\n```\n(.*?)```", README, re.S)
    assert match, command
    return match.group(1)


def test_the_readme_has_its_examples():
    assert len(BLOCKS) >= 5 and all("kb " in block for block in BLOCKS)


def test_the_first_example_makes_a_knowledge_base_from_an_article(tmp_path):
    """From an empty folder, as a newcomer runs it: the example writes its own article."""
    empty = tmp_path / "newcomer"
    empty.mkdir()
    output = bash(BLOCKS[0], empty).stdout
    assert "OK: " in output and "Ishiba wants to see" in output


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is a test dependency (make system-deps)")
def test_the_other_examples_run_in_the_bundled_knowledge_base(tmp_path):
    root = copy_seed(tmp_path / "bundled").root
    git = ["git", "-c", "user.name=kb", "-c", "user.email=kb@example.org"]
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=root, check=True)
    subprocess.run([*git, "add", "-A"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "The bundled knowledge base"], cwd=root, check=True)
    report = re.search(r"```markdown\n(.*?)```", README, re.S)
    assert report
    (root / "report.md").write_text(report.group(1), encoding="utf-8")
    outputs = [bash(block, root).stdout for block in BLOCKS[1:]]
    assert shown_after("kb cite ev-pszj") in outputs[BLOCKS.index("kb cite ev-pszj\n") - 1]
    pandoc = (
        "kb bib --cited-in report.md -o report.json\npandoc report.md --citeproc --bibliography report.json -t plain"
    )
    assert shown_after(pandoc) == outputs[BLOCKS.index(pandoc + "\n") - 1]
