"""The day of the occasion a reporting clause names, given in a clause of that occasion's own: "said in an
interview on the Business Hour programme broadcast by Astro Awani today", "wrote in an op-ed that was published
by Le Monde on Tuesday", "told a late-night programme aired by NHK on Sunday" — the day it was broadcast,
published or delivered is the day of the words, as "said in an interview on Tuesday" is."""

from __future__ import annotations

import datetime as dt
import re

from kb.draft.dates import EVENTS, is_day, resolve
from kb.draft.text import sentences

# A verb of saying, then where or to whom: a preposition of occasion, or "told" and whom.
_SAYING = re.compile(
    r"\b(?:(?P<told>told|tells)|said|says|wrote|writes|added|adds|stated|states|spoke|speaks|remarked|commented"
    r"|declared|noted|stressed|explained)\b(?P<where>[ \t]+(?(told)|(?:in|on|at|during|via|through|to)\b)"
    r"[^.;!?“”\"()]{1,160}?)"
    r"(?:,?[ \t]+(?:that|which)[ \t]+(?:was|were|had been|has been|is|are)[ \t]+|[ \t]+)"
    r"(?P<made>(?:broadcast|aired|published|released|issued|delivered|given|held|recorded|televised|carried"
    r"|posted|shown|streamed|screened|run|filmed|printed)\b[^.;!?,“”\"()]{0,80})"
)
# What the occasion was, besides the events a statement may be made at (EVENTS): what is broadcast or printed.
_MEDIA = re.compile(
    r"\b(?:programmes?|programs?|shows?|podcasts?|videos?|messages?|articles?|op-eds?|columns?|editorials?"
    r"|broadcasts?|documentar(?:y|ies)|blogs?|bulletins?|newspapers?|magazines?|channels?|interviews?)\b",
    re.IGNORECASE,
)
# Words that open another clause, or a finite verb: then the participle is not the occasion's
# ("said in Brussels, where the deal was signed on Monday", "said the talks would be held on Friday").
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|where|when|while|because|if|whether|would|will|was|were|is|are|had|has|have|could"
    r"|should|must|might|may|can|did|does|do)\b"
)
# After the occasion's noun and before the participle only its own modifiers: names and titles ("on the
# Business Hour programme titled Trade Matters: A New Start"), prepositions, determiners.
_MODIFIER = frozenset(
    {"on", "of", "by", "with", "for", "at", "in", "from", "to", "the", "a", "an", "his", "her", "its", "their",
     "titled", "entitled", "called", "named", "late-night", "weekly", "daily", "nightly", "morning", "evening",
     "live", "recorded", "televised", "local", "state", "national", "public"}
)  # fmt: skip


def occasion_day(sentence: str, clause: str, day: str) -> tuple[str, str] | None:
    """The day the reporting ``clause`` of ``sentence`` (their quotations blanked) gives the occasion
    it names, in that occasion's own participle or relative clause, if it gives a day."""
    clause = clause.strip()
    at = sentence.find(clause) if clause else -1
    found = _SAYING.search(sentence, at) if at >= 0 else None
    if found is None or found.start() >= at + len(clause) or _ANOTHER_CLAUSE.search(found.group("where")):
        return None
    where = found.group("where")
    nouns = [m.end() for m in (*EVENTS.finditer(where), *_MEDIA.finditer(where))]
    if not nouns or not all(_modifies(word) for word in where[max(nouns) :].split()):
        return None
    when = resolve(found.group("made"), day)
    if when is None or not is_day(when[0]):
        return None
    made = found.group("made")
    return when[0], made[: made.index(when[1]) + len(when[1])] if when[1] in made else when[1]


def _modifies(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word.lower().rstrip(":") in _MODIFIER or word == ":"


# The document a sentence's words are from, named at its end with its day: "…, according to a statement issued on
# Friday", "according to a transcript released by his office on Monday" (not "according to data released on Monday").
_ACCORDING = re.compile(
    r",[ \t]*according to (?:an?|the|his|her|its|their) (?:[\w-]+ ){0,2}"
    r"(?:statement|transcript|readout|release|communiqu[eé]|remarks|letter|video|post)s?\b(?P<rest>[^,;.!?“”\"()]{0,80})"
)


def according_day(sentence: str, day: str) -> tuple[str, str] | None:
    """The day the document a statement's sentence (its quotations blanked) is attributed to at its
    end was issued on, if the sentence gives one."""
    found = _ACCORDING.search(sentence)
    when = resolve(found.group("rest"), day) if found else None
    return when if when and is_day(when[0]) else None


# The occasion of the words named after a quotation at the end of its sentence, set off by a comma: 'said the talks
# were "a missed chance," during a press conference in Geneva on Thursday', 'called it "a start", in an interview
# with NHK on Monday' — a press conference, a speech or a statement, not what the words tell of.
_TRAILING = re.compile(
    r"(?:,[ \t]*[”\"»’]|[”\"»’][ \t]*,)[ \t]*(?:during|at|in|on)[ \t]+(?:an?|the|his|her|their|its)[ \t]+"
    r"(?P<occasion>[^,;.!?“”\"«»()]{0,120})[.!?]?[ \t]*$"
)


def trailing_day(sentence: str, day: str) -> tuple[str, str] | None:
    """The day of the occasion a statement's sentence names after its last quotation and a comma, at its end
    ('…," during a press conference on Thursday.'), if that occasion is one of speaking and gives a day."""
    found = _TRAILING.search(sentence.rstrip())
    return _event_day(found["occasion"], day, ("press", "speech", "document")) if found else None


# The occasion of the words named in a phrase that opens their sentence: "While addressing a press briefing on April 9,
# Jaiswal said …", "Speaking at a news conference in Delhi on Friday, Lind said …", "At a meeting on Monday, Osei told
# …" — the occasion's day is the words' (not "After the meeting on Monday", a time before them).
_OPENING = re.compile(
    r"^\s*(?:(?:While|When)[ \t]+(?:addressing|speaking (?:at|to|during|on|in)|at)"
    r"|Addressing|Speaking (?:at|to|during|on|in)|At|During|In)[ \t]+(?:an?|the|his|her|their|its)[ \t]+"
    r"(?P<occasion>[^,;.!?“”\"«»()]{0,120}),"
)


def opening_day(sentence: str, day: str) -> tuple[str, str] | None:
    """The day of the occasion a phrase opening a statement's sentence (its quotations blanked) names, if that phrase
    names an event a statement is made at and gives a day."""
    found = _OPENING.match(sentence)
    return _event_day(found["occasion"], day) if found else None


def _event_day(occasion: str, day: str, kinds: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    """The day the words naming an occasion give from the event they name on ("a press conference in Oslo on
    Thursday"), if they name one (of ``kinds``, when given: EVENTS's groups) and give a day."""
    event = EVENTS.search(occasion)
    if event is None or (kinds is not None and event.lastgroup not in kinds):
        return None
    when = resolve(occasion[event.start() :], day)
    return when if when and is_day(when[0]) else None


# "Then" for the last time the sentences before give: "Beijing said then it would …", "Lind said at the time that …",
# "At the time, Osei called …" — not "since then", "by then", "until then", "then-president".
_THEN = re.compile(
    r"^\s*(?:At the time|At that time|Back then|Then),"
    r"|\b(?:said|says|told|stated|added|wrote|warned|declared|called|described)[ \t]+(?:\w+[ \t]+)?"
    r"(?:then|at the time|at that time)\b(?![-‐])"
)


def then_day(sentence: str, before: str, day: str) -> tuple[str, str] | None:
    """The last day the text before a statement's sentence (its quotations blanked) gives, when the statement
    was made "then" or "at the time" (``before``: the text just before it, a few sentences)."""
    if ("hen" not in sentence and " time" not in sentence) or _THEN.search(sentence) is None:  # then, Then
        return None
    for earlier in reversed(sentences(before)):
        when = resolve(earlier.text, day)
        if when and is_day(when[0]):
            return when[0], f"{when[1]} (then: in an earlier sentence)"
    return None


# A part of a day named with no day: "in the morning", "in the evening", "in the early hours", "overnight", "late at
# night", "at midnight", "just before 2:00 am", "at 10.30 p.m." — of the day the story is at ("earlier in the day" is
# the publication day's, as "today" is: dates.resolve).
DAY_PART = re.compile(
    r"\b(?:in the (?:(?:early|late|small) )?(?:morning|afternoon|evening|hours)|(?:early|small)[- ]hours?"
    r"|(?:late )?at night|overnight|(?:at|just before|shortly before|just after|shortly after) (?:dawn|noon|midnight)"
    r"|(?:at|before|after|around|by) (?:about )?\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\b\.?)"
)
_DAY_PART_QUICK = re.compile(r"the |hours|night|dawn|noon|midnight|\d ?[ap]\.?m")
_JUST_PART = re.compile(rf"\s*(?:just |shortly |soon )?(?:{DAY_PART.pattern})")  # right after a reporting clause
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"‘'])|\n+")  # where a sentence ends, near enough ("Dec. 13" is one)
_STORY_WEEK = 7  # days before the publication day the story's day may be, for a part of a day to be of it


def day_part_day(dating: str, before: str, day: str, sentence: str = "") -> tuple[str, str] | None:
    """The last day the text before a statement gives (``before``: a few sentences, its quotations blanked), when
    its reporting clause or opening phrase names a part of a day and no day ("After leaving the talks in the
    morning, Lind said …", '"…," Novak said in the afternoon') or its sentence (its quotations blanked) does right
    after that clause ('"…," Zarif said just before 2:00 am.'), as `then_day` does for "then" — a day of the week
    before the publication day (not "It has to be finalised by June 30.")."""
    found = DAY_PART.search(dating) if _DAY_PART_QUICK.search(dating) else None
    if found is None and sentence and dating.strip():  # the clause ends before it: '"…," Novak said just before 2 am.'
        at = sentence.find(dating.strip())
        found = _JUST_PART.match(sentence, at + len(dating.strip())) if at >= 0 else None
    if found is None or resolve(dating, day):  # a day of its own: "on Tuesday in the morning"
        return None
    for earlier in reversed(_SENTENCE_END.split(before)):  # quicker than text.sentences, as a part of a day is common
        when = resolve(earlier, day)
        if when and is_day(when[0]) and _in_the_story_week(when[0], day):  # not "It must be done by June 30."
            return when[0], f"{when[1]} ({found.group().strip()}: in an earlier sentence)"
    return None


def _in_the_story_week(when: str, day: str) -> bool:
    """Whether a day is the publication day or one of the week before it (``day``, a day or a month)."""
    if not is_day(day):
        return True
    return 0 <= (dt.date.fromisoformat(day) - dt.date.fromisoformat(when)).days <= _STORY_WEEK


# An event's own relative clause or participle of its making, right after its noun and whom or where it was for: "an
# interview to NHK that aired on Sunday", "a statement which was released late Tuesday", "a speech delivered in Oslo
# on Monday" — the day of the event, when the clause it is named in gives it none.
_MADE = re.compile(
    r"(?:[ \t]+(?:to|with|by|for)[ \t]+[^,.;:!?“”\"()]{1,60}?)?,?[ \t]+"
    r"(?:(?:that|which)[ \t]+(?:(?:was|were|had been)[ \t]+)?)?"
    r"(?P<made>(?:broadcast|aired|published|released|issued|delivered|given|recorded|televised|posted|shown"
    r"|streamed)\b[^.;!?,“”\"()]{0,80})"
)


def made_day(sentence: str, end: int, day: str) -> tuple[str, str] | None:
    """The day the event named up to ``end`` in ``sentence`` was made on, as its own relative clause or participle
    of making gives it ("Lind gave an interview to NHK that aired on Sunday."), if it gives a day."""
    found = _MADE.match(sentence, end)
    when = resolve(found.group("made"), day) if found else None
    return when if when and is_day(when[0]) else None
