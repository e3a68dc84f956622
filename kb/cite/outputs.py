"""What ``kb cite --format`` writes, in one registry: each output's name, what it is for, and how
it renders citations. The command's choices and its help are made from it, and the tests render
every output and find it in docs/citing.md. Adding an output is adding it here."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from kb.cite.citations import Citations


@dataclass(frozen=True)
class Output:
    name: str
    description: str
    render: Callable[[Citations, list[str]], str]  # the citations of these event IDs, as one text


def _each(cite: Callable[[Citations, str], str]) -> Callable[[Citations, list[str]], str]:
    return lambda found, ids: "\n\n".join(cite(found, event_id) for event_id in ids)


OUTPUTS = {
    output.name: output
    for output in (
        Output("text", "plain text", _each(Citations.text)),
        Output("markdown", "Markdown (escaped for pandoc)", _each(Citations.markdown)),
        Output(
            "csl-json",
            "CSL-JSON (for pandoc --citeproc and Zotero)",
            lambda found, ids: json.dumps([found.csl(event_id) for event_id in ids], indent=2, ensure_ascii=False),
        ),
        Output("bibtex", "BibTeX (biblatex)", _each(Citations.bibtex)),
    )
}
