"""The event IDs a Markdown document cites: asked of pandoc itself when it is installed, else
found by a close reading of pandoc's citation syntax (which may differ at the edges)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from kb.errors import KbError

_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
_KEY = re.compile(r"(?<![\w@.])@(?:\{(ev-[^}\s]*)\}|(ev-[A-Za-z0-9_]+))")


def cited_keys(markdown: str) -> list[str]:
    """The event IDs cited as ``[@ev-…]`` or ``@ev-…`` in a Markdown text, in order, once each.

    Keys in code blocks and code spans are not citations (pandoc leaves them alone), and
    keys that do not start with ``ev-`` belong to other bibliographies.
    """
    text = _CODE_SPAN.sub("", _FENCE.sub("", markdown))
    return list(dict.fromkeys(braced or bare for braced, bare in _KEY.findall(text)))


def pandoc_cited_keys(path: Path) -> list[str] | None:
    """The event IDs pandoc finds cited in a Markdown file (in its text and in its metadata,
    such as ``nocite``), in order, once each; None when pandoc is not installed. ``@*`` (cite
    everything) is returned as ``*``.

    pandoc reads the file into its document tree (``pandoc -t json``), and every ``Cite``
    element in it is a citation, so what pandoc --citeproc will look up is exactly this.
    """
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return None
    try:
        result = subprocess.run(
            [pandoc, "--from", "markdown", "--to", "json", "--", str(path)],
            capture_output=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise KbError(f"pandoc could not read {path}: {error}") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()[:1] or ["no message"]
        raise KbError(f"pandoc could not read {path}: {message[0]} — is it a Markdown file?")
    try:
        tree = json.loads(result.stdout)
    except (RecursionError, ValueError):
        raise KbError(f"{path} is nested too deeply for kb to read pandoc's reading of it") from None
    keys: list[str] = []
    stack: list[Any] = [tree]
    while stack:  # depth-first, in document order; no recursion, however deep the tree
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("t") == "Cite":
                keys += [citation["citationId"] for citation in node["c"][0]]
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return [key for key in dict.fromkeys(keys) if key.startswith("ev-") or key == "*"]
