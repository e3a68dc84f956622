"""A second report of a claim already recorded: the same meeting (same participants, same day or
month), the same figure (metric, subject, counterpart, period and value) or the same statement
(same speaker, same day, nearly the same words). ``kb add`` refuses one unless told ``--new``;
the build lists them as likely duplicates (kb.problems)."""

from __future__ import annotations

import difflib
from typing import Any

from kb.claim import claim_date

Row = dict[str, Any]
NEARLY_THE_SAME = 0.85  # difflib's ratio of two statements' words, case folded


def same_time(a: str, b: str) -> bool:
    """Whether two dates as precise as known may be the same day: the same day when both give
    one, the same month when one gives only a month."""
    n = min(len(a), len(b), 10)
    return a == b if n < 7 else a[:n] == b[:n]


def nearly_the_same(a: str, b: str) -> bool:
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    return a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= NEARLY_THE_SAME


def _figure(body: Row) -> tuple[Any, ...]:
    names = ("metric", "subject", "counterpart", "period_start", "period_end", "value", "value_low", "value_high")
    return (*(body.get(name) for name in names), body.get("unit"))


def repeats(new: Row, old: Row) -> str | None:
    """Why claim ``new`` reports the same thing as claim ``old`` (bodies of one type), or None."""
    if new["type"] != old["type"] or new.get("negotiation") != old.get("negotiation"):
        return None
    if new["type"] == "meeting":
        people = {p["entity"] for p in new["participants"]}
        if people == {p["entity"] for p in old["participants"]} and same_time(claim_date(new), claim_date(old)):
            return "the same participants on the same day"
    elif new["type"] == "data_point":
        if _figure(new) == _figure(old) and not new.get("source_error") and not old.get("source_error"):
            return "the same metric, subject, counterpart, period and value"
    elif new["type"] == "statement":
        who = (new.get("speaker"), new.get("speaker_description"))
        if (
            who == (old.get("speaker"), old.get("speaker_description"))
            and claim_date(new)[:10] == claim_date(old)[:10]
            and nearly_the_same(new["text"], old["text"])
        ):
            return "the same speaker, day and nearly the same words"
    return None


def refusal(type_: str, old_id: str, summary: str, why: str) -> str:
    """What kb add says when it refuses a second report, and what to run instead."""
    what = type_.replace("_", " ")
    return (
        f"this {what} repeats {old_id} ({summary[:80]}): {why}. If another source reports it, "
        f"add that source to it: `kb corroborate {old_id} --source SOURCE --excerpt WORDS`. If it is another "
        f"record of it (another wording or translation), add it with --new, then "
        f"`kb add link --kind same_{type_} --event {old_id} --event NEW-ID`. If it is another {what}, add it with --new"
    )


KINDS_CHECKED = ("meeting", "data_point", "statement")
