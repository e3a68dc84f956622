"""What a knowledge base shared through git needs, written by ``kb init``: a GitHub Actions
workflow, the kb it installs, and a pre-commit hook.

Event files never collide, so git (and pull requests) is the log of many writers; these files
make every change checked before it is merged: the hook refuses a commit whose staged event
files ``kb verify`` finds wrong, and the workflow runs ``kb verify --since`` the target branch on
every pull request, then builds and packages the knowledge base on every merge. The workflow
installs kb from ``.github/kb/``, the installer of the kb that ran ``kb init``
(kb.serve.package.write_installer: its wheel, checked against its SHA-256, and the exact
versions of its dependencies), never by a name looked up on a package index, where ``kb`` is
another project's. All expect the knowledge base at the root of its repository.
"""

from __future__ import annotations

from pathlib import Path

from kb.serve.package import INSTALL, PYTHON, write_installer

WORKFLOW = ".github/workflows/kb.yml"
INSTALLER = ".github/kb"
HOOK = ".githooks/pre-commit"
INSTALL_HOOK = "git config core.hooksPath .githooks"

# The steps of each job that set up the Python of the pins and install kb from its wheel.
SETUP_KB = f"""\
      - uses: actions/setup-python@v5
        with:
          python-version: "{PYTHON}"  # the Python of .github/kb/requirements.txt's pins
      - name: Install kb
        # The wheel in {INSTALLER}/, only if it hashes to what kb-wheel.txt says, and its
        # dependencies at their exact versions, each only as a file whose hash requirements.txt
        # gives; never a name looked up on a package index.
        # Another kb: replace {INSTALLER}/ by the same files of its `kb package` folder.
        working-directory: {INSTALLER}
        run: |
          python -m {INSTALL[0]}
          python -m {INSTALL[1]}
"""

WORKFLOW_TEXT = f"""\
# Checks of a knowledge base shared through git, written by `kb init`.
# On a pull request: `kb verify --since` the target branch (every event file valid, its name its
# hash, its quotes in its sources; none modified or deleted). On a merge into main: build and
# package the read-only site (`kb package`), kept as the run's artifact `kb-site`.
name: kb

on:
  pull_request:
  push:
    branches: [main]

jobs:
  verify:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0  # the target branch's history, for --since
{SETUP_KB}      - name: Verify the events changed by this pull request
        run: kb verify --since "origin/$GITHUB_BASE_REF"

  publish:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
{SETUP_KB}      - name: Verify
        run: kb verify
      - name: Build
        run: kb build --strict
      - name: Package
        run: kb package site
      - uses: actions/upload-artifact@v4
        with:
          name: kb-site
          path: site
"""

HOOK_TEXT = f"""\
#!/bin/sh
# Refuse a commit whose staged event files `kb verify` finds wrong (written by `kb init`).
# Install it once in each clone:  {INSTALL_HOOK}
# It checks what is staged (the index), not the working tree; $KB names the kb command.
set -eu
kb=${{KB:-kb}}
changed=$(git diff --cached --name-only --diff-filter=ACDMRT -- events snapshots)
[ -n "$changed" ] || exit 0
deleted=$(git diff --cached --name-only --diff-filter=D -- events)
if [ -n "$deleted" ]; then
    echo "kb: event files are never deleted — add a retraction instead (kb retract ID):" >&2
    echo "$deleted" >&2
    exit 1
fi
staged=$(mktemp -d)
trap 'rm -rf "$staged"' EXIT
git checkout-index --all --prefix="$staged/"
mkdir -p "$staged/events" "$staged/snapshots"
if ! "$kb" --kb "$staged" verify >&2; then
    echo "kb: commit refused — fix the files named above (or git restore --staged them)" >&2
    exit 1
fi
"""


def write_repository_files(root: Path, requirements: str) -> list[Path]:
    """Write the workflow, kb's installer (``requirements``: kb.serve.package.installer_requirements)
    and the hook into a knowledge base's folder, keeping any that exist; the files written."""
    written = []
    installer = root / INSTALLER
    if not installer.exists():
        installer.mkdir(parents=True)
        write_installer(installer, requirements)
        written += sorted(installer.iterdir())
    for name, text, mode in ((WORKFLOW, WORKFLOW_TEXT, 0o644), (HOOK, HOOK_TEXT, 0o755)):
        path = root / name
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        path.chmod(mode)
        written.append(path)
    return written
