"""The day of words said by one who met, to the one met or just after: "Modi told President Xi" after a meeting of
the two dated in a sentence before ("During the meeting on Wednesday, …", "On Monday, Lind met Novak in Oslo."),
"Singh later told reporters" after Singh's talks on Monday, '"…," Karimov said' just after Karimov's meeting on 10
June. Telling someone else is another occasion ("told the BBC"); telling the one met, or the press afterwards, or
speaking just after the report of the meeting, is the meeting's."""

from __future__ import annotations

import bisect
import re
from typing import Any

from kb.draft.dates import EVENTS, is_day, resolve
from kb.draft.occasions import elsewhen, names_new_event, own_words
from kb.draft.text import QUOTED

# Whom the words were told: a name with its post before it ("told President Xi", "told Tomas Novak"), or the
# speaker's counterpart ("told his Pakistani counterpart", "told him": the one other party of the meeting).
_TOLD = re.compile(
    r"\b(?:told|tells) (?:(?P<counterpart>(?:his|her|their) (?:[\w-]+ )?counterparts?|(?:him|her)\b)"
    r"|(?P<name>(?:[A-Z][\w.’'-]* ){0,3}[A-Z][\w’'-]*))"
)
# Words said just after what was reported before: "later told reporters", "said afterwards" (not "later this
# month", "later in the day": a time of their own).
_SAYING = r"(?:told|tells|said|says|added|adds|stressed|noted|insisted)"
_LATER = re.compile(
    rf"\b(?:later|afterwards?) {_SAYING}\b"
    rf"|\b{_SAYING} (?:(?:reporters|journalists) )?(?:later|afterwards?)\b(?! (?:this|that|in|on|next|the)\b)"
)
_MAY_SAY = re.compile(r"told|tells|later|afterward")
_MEETINGS_BACK = 12  # meetings read back from a statement for its speaker's last: a story reports a few, not hundreds
_THEN = re.compile(r"\b(?:then|since|until|by now)\b", re.IGNORECASE)  # a time of its own: "By then, Kral said"
_NEAR = 1500  # characters at most between a meeting's report and its participant's words just after it
_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def date_told_at_meetings(claims: list[dict[str, Any] | None], text: str, published: str) -> bool:
    """Date an undated statement whose words its speaker told the other party of a meeting, or said `later`, after
    the meeting, or said just after its report (`_just_after`) in a sentence naming no event: by its day, when the
    last meeting before it that the speaker took part in is held (not expected) and dated and it was with the one
    told — and the statement's sentence names no other time or occasion. Changed in place; whether any was dated."""
    held = (c for c in claims if c is not None and c["type"] == "meeting" and c.get("modality") != "expected")
    meetings = sorted(((text.find(_excerpt(c)), c) for c in held), key=lambda m: m[0])  # not one still to come
    starts = [where for where, _ in meetings]
    cursor = 0  # statements come in the text's order: each is found from the one before
    dated = False
    for claim in claims:
        if not meetings or claim is None or claim["type"] != "statement" or claim.get("occurred_at"):
            continue
        if not claim.get("speaker"):
            continue  # whose meeting it was cannot be told
        at = text.find(_excerpt(claim), cursor)
        at = at if at >= 0 else text.find(_excerpt(claim))
        cursor = max(cursor, at)
        before = bisect.bisect_left(starts, at)
        nearest = meetings[max(0, before - _MEETINGS_BACK) : before]  # the speaker's last meeting is among them
        met = [(where, m) for where, m in nearest if where >= 0 and _parties(m, claim["speaker"])[0]]
        if not met or not is_day(met[-1][1].get("occurred_at")):
            continue
        words = QUOTED.sub(" ", claim["_draft"]["sentence"])
        found = (_TOLD.search(words) or _LATER.search(words)) if _MAY_SAY.search(words) else None
        rest = own_words(
            words if found is None or found.re is _LATER else words[: found.start()] + words[found.end() :]
        )
        if elsewhen(rest) or resolve(rest, published):
            continue  # "told Novak in a letter", "later told the BBC", "told Novak on Monday" (dated by its clause)
        if found is not None and _told_the_other(met[-1][1], claim["speaker"], found):
            _date(claim, met[-1][1], found.group())
            dated = True
        elif (
            found is None
            and not (_other_event(rest) or _THEN.search(rest))
            and _just_after(text, met[-1], at, published)
        ):
            _date(claim, met[-1][1], "a participant's words after it")  # not "at their next meeting", "By then, …"
            dated = True
    return dated


# The talks just reported, named again: "Lind told reporters that the talks were productive", "their meeting" — not
# "at their next meeting", "the previous round", nor an event of another kind ("a news conference", "the summit").
_THE_TALKS = re.compile(
    r"\b(?:the|their|these|this|that|today['’]s|[A-Z][a-z]+day['’]s) (?:(?!next|previous|last|earlier|upcoming|coming"
    r"|future|first|second|third|final|later|new|fresh|further|another)[\w-]+ ){0,2}"
    r"(?:talks|meeting|negotiations|discussions|consultations|conversation|phone call|call|dialogue)\b"
)


def _other_event(words: str) -> bool:
    """Whether the words name an event besides the talks they follow (``_THE_TALKS``)."""
    return EVENTS.search(_THE_TALKS.sub(" ", words)) is not None


def _just_after(text: str, met: tuple[int, dict[str, Any]], at: int, published: str) -> bool:
    """Whether words at ``at`` come just after a meeting's report (where it starts, the meeting): in its paragraph
    or the next, with no time, occasion or other meeting named between ("Karimov met Medvedev on 10 June." then
    '"I am pleased to welcome you," Karimov said.'), nor an occasion of saying in the report ("announced the
    decision in a statement after meeting UN officials")."""
    report = _excerpt(met[1])
    if elsewhen(QUOTED.sub(" ", report)):
        return False
    between = QUOTED.sub(" ", text[met[0] + len(report) : at])
    if len(between) > _NEAR or len(_PARAGRAPH_BREAK.findall(between)) > 1:
        return False
    return not (resolve(between, published) or elsewhen(between) or names_new_event(between))


def _parties(meeting: dict[str, Any], speaker: str) -> tuple[list[str], list[str]]:
    """The meeting's participants that are the speaker (a key with more of the name: "k-natwar-singh"), the others."""
    keys = [p.get("entity") or "" for p in meeting.get("participants", [])]
    speaker_part = [k for k in keys if k == speaker or k.endswith(f"-{speaker}") or speaker.endswith(f"-{k}")]
    return speaker_part, [k for k in keys if k not in speaker_part]


def _told_the_other(meeting: dict[str, Any], speaker: str, found: re.Match[str]) -> bool:
    """Whether the words were said later, or told another participant of the meeting."""
    others = _parties(meeting, speaker)[1]
    if found.re is _LATER:
        return True
    if found.group("counterpart"):
        return len(others) == 1
    named = {word.lower() for word in re.findall(r"[A-Z][\w’'-]*", found.group("name"))}
    return any(named & set(key.split("-")) for key in others)


def _date(claim: dict[str, Any], meeting: dict[str, Any], how: str) -> None:
    claim.pop("reported_at", None)
    claim["occurred_at"] = meeting["occurred_at"]
    given = (meeting["_draft"].get("date_from") or meeting["occurred_at"]).split(" (")[0]
    claim["_draft"]["date_from"] = f"{given} (of the meeting, in an earlier sentence: {how})"


def _excerpt(claim: dict[str, Any]) -> str:
    return str(claim["citations"][0]["excerpt"])
