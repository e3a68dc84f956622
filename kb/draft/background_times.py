"""Times a story names between a speaker's words that do not move it on to another occasion: a fact of before the
day it is at ("On November 4, over 1,900 pilgrims entered Pakistan.", "Negotiations began in October 2010.") is
background to the words, as wire copy tells it, not a day those words could be of."""

from __future__ import annotations

import datetime as dt
import re

from kb.draft.dates import EVENTS, is_day, resolve
from kb.draft.text import sentences

# An occasion of speaking in the sentence: its time may be that of words after it ("Osei held a news conference on
# Monday.", "On Tuesday, Lind told reporters …").
_OCCASION = re.compile(
    r"\b(?:told|tells|spoke|speaks|speaking|addressed|briefed|reporters|journalists|interview|statement|conference"
    r"|briefing|speech|remarks)\b",
    re.IGNORECASE,
)
# Someone saying something: a time before the words' day may be theirs ("Beijing said on Monday …").
_SAYING = re.compile(r"\b(?:said|says|added|adds|announced|declared|stated|warned|insisted)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")  # one at most: the text between is one sentence, read whole
_NEAR_DAYS = 7  # an event at most this many days before the story's day may be the occasion of the words after it


def without_background(between: str, day: str, story_day: str | None) -> str:
    """The text between two statements without its sentences of background (`background`): what may move
    the story on from ``story_day`` (the day of the last dated words before) to another time."""
    if not is_day(story_day) or not between.strip():
        return between
    several = len(_SENTENCE_END.findall(between.strip())) > 1
    if several and resolve(between, day) is None:
        return between  # no time named: nothing to read sentence by sentence
    pieces = [s.text for s in sentences(between)] if several else [between]
    kept = [piece for piece in pieces if not background(piece, day, str(story_day))]
    return between if len(kept) == len(pieces) else " ".join(kept)


def background(sentence: str, day: str, story_day: str) -> bool:
    """Whether a sentence's time is background to words of ``story_day``, in a sentence that names no occasion of
    speaking: that day itself, or, where no one speaks, a time before it (not its month or year, nor a period
    since then), naming no event or an event of a month, a year or a day over a week before (not the talks the
    words after it may have been said at). A time to come ("The talks resume in May.") is none: the story moves
    on to it."""
    when = resolve(sentence, day)
    if when is None or _OCCASION.search(sentence):
        return False
    if when[0] == story_day:
        return True  # the words' own day: no other ("The agreement announced today requires …")
    if _SAYING.search(sentence):
        return False
    at = sentence.find(when[1])
    running = when[1].startswith("since") or sentence[max(0, at - 6) : at].rstrip().endswith("since")
    if when[0] > story_day or story_day.startswith(when[0]) or running:
        return False  # a day after the words, their month or year, or a time running on to theirs ("since Aug. 1")
    if EVENTS.search(sentence) is None or not is_day(when[0]):
        return True
    return (dt.date.fromisoformat(story_day) - dt.date.fromisoformat(when[0])).days > _NEAR_DAYS
