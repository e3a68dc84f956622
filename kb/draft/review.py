"""Reviewing a draft in the terminal, one candidate at a time: accept it, edit it, or skip it.

The terminal is passed in (what to show, how to ask, how to edit), so that the review is the
same loop whatever shows it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from kb.events import strictjson

CHOICES = ("a", "e", "s", "q")
QUESTION = "[a]ccept, [e]dit, [s]kip, or [q]uit (import what is accepted so far)?"


def _shown(payload: dict[str, Any]) -> str:
    return json.dumps(payload, indent=2, ensure_ascii=False)


def _edited(text: str, edit: Callable[[str], Any], show: Callable[[str], None]) -> dict[str, Any] | None:
    """The candidate as the person edited it; None if they left it unchanged or it is no JSON object."""
    changed = edit(text)
    if not isinstance(changed, str):  # None: the editor was closed without saving a change
        return None
    try:
        value = strictjson.loads(changed)  # a key twice, NaN, a huge integer: refused, as everywhere
    except (ValueError, RecursionError) as error:
        show(f"Not JSON ({error}) — edit it again, or skip it")
        return None
    if not isinstance(value, dict):
        show("Not a JSON object — edit it again, or skip it")
        return None
    return value


def review(
    payloads: list[dict[str, Any]],
    show: Callable[[str], None],
    ask: Callable[[str], str],
    edit: Callable[[str], Any],
) -> list[dict[str, Any]]:
    """The candidates the person accepts, as they left them, in the draft's order."""
    accepted: list[dict[str, Any]] = []
    for number, payload in enumerate(payloads, start=1):
        show(f"\n[{number}/{len(payloads)}] {payload['type']}\n{_shown(payload)}")
        while True:
            answer = ask(QUESTION)
            if answer == "q":
                return accepted
            if answer == "a":
                accepted.append(payload)
            if answer in ("a", "s"):
                break
            changed = _edited(_shown(payload), edit, show)
            if changed is not None:
                payload = changed
                show(_shown(payload))
    return accepted
