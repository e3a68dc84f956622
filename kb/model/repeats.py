"""A second report of a claim already recorded: the same meeting (same participants, same day or
month), the same figure (metric, subject, counterpart, product scope, period and value — or change, for a
figure given only as one) or the same statement
(same speaker, same day, nearly the same words). ``kb add`` refuses one unless told ``--new``
(kb.events.claim_checks); the build lists them as likely duplicates (kb.builder.duplicates)."""

from __future__ import annotations

import difflib
import json
from typing import Any

from kb.model.dates import claim_date

Row = dict[str, Any]
NEARLY_THE_SAME = 0.85  # difflib's ratio of two statements' words, case folded


def same_time(a: str, b: str) -> bool:
    """Whether two dates as precise as known may be the same day: the same day when both give
    one, the same month when one gives only a month."""
    n = min(len(a), len(b), 10)
    return a == b if n < 7 else a[:n] == b[:n]


def nearly_the_same(a: str, b: str) -> bool:
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    if a == b:
        return True
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # The quick ratios are upper bounds of ratio(): most pairs are told apart without it.
    return (
        matcher.real_quick_ratio() >= NEARLY_THE_SAME
        and matcher.quick_ratio() >= NEARLY_THE_SAME
        and matcher.ratio() >= NEARLY_THE_SAME
    )


def _figure(body: Row) -> tuple[Any, ...]:
    names = ("metric", "subject", "counterpart", "product_scope", "period_start", "period_end")
    levels = ("value", "value_low", "value_high", "unit")
    change = json.dumps(body.get("change"), sort_keys=True) if body.get("change") and not body.get("value") else None
    return (*(body.get(name) for name in names), *(body.get(name) for name in levels), change)


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
            return "the same metric, subject, counterpart, product scope, period and value"
    elif new["type"] == "statement":
        who = (new.get("speaker"), new.get("speaker_description"))
        if (
            who == (old.get("speaker"), old.get("speaker_description"))
            and claim_date(new)[:10] == claim_date(old)[:10]
            and nearly_the_same(new["text"], old["text"])
        ):
            return "the same speaker, day and nearly the same words"
    return None


def repeat_key(body: Row) -> str | None:
    """What two claims that ``repeats`` finds always share (their type, negotiation, and the
    participants, figure or speaker and day), as one string; None for a claim no other repeats.
    The append catalog indexes it, so ``kb add`` reads only the claims that may be the same."""
    type_ = body.get("type")
    if type_ == "meeting":
        people = sorted({str(p.get("entity")) for p in body.get("participants") or [] if isinstance(p, dict)})
        parts: tuple[Any, ...] = tuple(people)
    elif type_ == "data_point":
        if body.get("source_error"):
            return None
        parts = _figure(body)
    elif type_ == "statement":
        parts = (body.get("speaker"), body.get("speaker_description"), claim_date(body)[:10])
    else:
        return None
    return json.dumps([type_, body.get("negotiation"), *parts], ensure_ascii=False, default=str)


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
