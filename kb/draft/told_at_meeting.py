"""The day of words said to the person met: "Modi told President Xi" after a meeting of the two dated in a sentence
before ("During the meeting on Wednesday, …", "On Monday, Lind met Novak in Oslo."). Telling someone else is another
occasion ("told the BBC"); telling the one met is the meeting's."""

from __future__ import annotations

import re
from typing import Any

from kb.draft.dates import resolve
from kb.draft.occasions import elsewhen, own_words

_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")  # the words said, which name no occasion of their saying
# Whom the words were told: a name with its post before it ("told President Xi", "told Tomas Novak"), or the
# speaker's counterpart ("told his Pakistani counterpart").
_TOLD = re.compile(
    r"\b(?:told|tells) (?:(?P<counterpart>(?:his|her|their) (?:[\w-]+ )?counterparts?)"
    r"|(?P<name>(?:[A-Z][\w.’'-]* ){0,3}[A-Z][\w’'-]*))"
)
_DAY = len("2025-04-18")


def date_told_at_meetings(claims: list[dict[str, Any] | None], text: str, published: str) -> None:
    """Date an undated statement whose words its speaker told the other party of a meeting dated before it, by the
    day of the last such meeting — when its sentence names no other time or occasion. Changed in place."""
    meetings = [
        (text.find(_excerpt(c)), c)
        for c in claims
        if c is not None and c["type"] == "meeting" and len(c.get("occurred_at") or "") == _DAY
    ]
    for claim in claims:
        if claim is None or claim["type"] != "statement" or claim.get("occurred_at") or not claim.get("speaker"):
            continue
        words = _QUOTED.sub(" ", claim["_draft"]["sentence"])
        told = _TOLD.search(words)
        if told is None:
            continue
        rest = own_words(words[: told.start()] + words[told.end() :])
        if elsewhen(rest) or resolve(rest, published):
            continue  # "told Novak in a letter", "told Novak on Monday" (which its own clause would have dated)
        at = text.find(_excerpt(claim))
        met = [m for where, m in meetings if 0 <= where < at and _told_the_other(m, claim["speaker"], told)]
        if met:
            _date(claim, met[-1], told.group())


def _told_the_other(meeting: dict[str, Any], speaker: str, told: re.Match[str]) -> bool:
    """Whether the speaker took part in the meeting and whom they told is another of its participants."""
    keys = [p.get("entity") or "" for p in meeting.get("participants", [])]
    speaker_part = [k for k in keys if k == speaker or k.endswith(f"-{speaker}") or speaker.endswith(f"-{k}")]
    others = [k for k in keys if k not in speaker_part]
    if not speaker_part or not others:
        return False
    if told.group("counterpart"):
        return len(others) == 1
    named = {word.lower() for word in re.findall(r"[A-Z][\w’'-]*", told.group("name"))}
    return any(named & set(key.split("-")) for key in others)


def _date(claim: dict[str, Any], meeting: dict[str, Any], told: str) -> None:
    claim.pop("reported_at", None)
    claim["occurred_at"] = meeting["occurred_at"]
    given = (meeting["_draft"].get("date_from") or meeting["occurred_at"]).split(" (")[0]
    claim["_draft"]["date_from"] = f"{given} (of the meeting, in an earlier sentence: {told})"


def _excerpt(claim: dict[str, Any]) -> str:
    return str(claim["citations"][0]["excerpt"])
