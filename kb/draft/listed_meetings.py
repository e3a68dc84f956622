"""Meetings a text tells by listing who met: a joint statement's "We, the Ministers of A, B and C, have just completed
a two-day ministerial meeting", a release's list of those who attended ("From the Japanese side, Mr. Yasumasa
Nagamine … attended the meeting.")."""

from __future__ import annotations

import bisect
import re

from kb.draft.dates import clause_around
from kb.draft.meeting_objects import named_after
from kb.draft.meetings import NOT_PLACES, PLACE, Met
from kb.draft.speakers import Mention, body_name, mention_of
from kb.draft.text import Span, paragraphs, sentences


def listed_meetings(text: str) -> list[Met]:
    """The meetings of those a joint statement speaks for, and of those a release lists as attending."""
    return _we_met(text) + _attended(text)


# A joint statement's "We, the Ministers of A, B and C, have just completed a two-day ministerial meeting",
# "We, the Leaders of A and B, met in X": a meeting of the countries or bodies it names.
_WE = re.compile(r"[^.;:]{0,40}?\bWe, the ")
_WE_MET = re.compile(
    r",? (?:have |had )?(?:just |today |now )?(?:met\b|(?:held|completed|concluded|convened) [^.;]{0,40}?"
    r"\b(?:meeting|talks|summit|consultations|round)\b)"
)
_SPEAKING_FOR = re.compile(r"\b(?:of|for) ")


def _we_met(text: str) -> list[Met]:
    """The meetings a joint statement reports in the first person, among the countries and bodies its
    signatories speak for (never a person: "Ministers … for Australia, Brunei Darussalam, …"). Each
    pattern is tried once a sentence, never one within another: time linear in the text."""
    found = []
    for sentence in sentences(text):
        we = _WE.match(sentence.text)
        verb = _WE_MET.search(sentence.text, we.end()) if we else None
        if we is None or verb is None or re.search(r"[.;:]", sentence.text[we.end() : verb.start()]):
            continue
        who = sentence.text[we.end() : verb.start()]
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", who[(m.end() if (m := _SPEAKING_FOR.search(who)) else 0) :])
        parts = [_SPEAKING_FOR.split(p)[-1].strip() for p in parts]  # "Delegation for Australia"
        bodies = [m for m in (mention_of(p) for p in parts if body_name(p)) if m is not None and m.organisation]
        if len(bodies) >= 2:
            own = sentence.text[verb.end() :]
            place = next((m.group("place") for m in PLACE.finditer(own) if not NOT_PLACES.match(m.group("place"))),
                         None)  # fmt: skip
            found.append(Met(tuple(bodies), sentence, place, False, clause_around(sentence.text, verb.start())))
    return found


# A release's list of who came: "From the Japanese side, Mr. Yasumasa Nagamine, Deputy Minister …, attended the
# meeting." (one sentence for each side), or "A, B and C led delegations to attend the meeting" — the meeting held
# as a sentence before says ("… was held in Tokyo from November 26 to 29").
_ATTENDED = re.compile(
    r"\b(?:attended|attend|took part in|participated in) (?:the|this) (?:meeting|talks|negotiations|round|session"
    r"|consultations)\b"
)
_SIDE = re.compile(r"^(?:From|For|On) the [\w-]+(?: [\w-]+)? side,\s*")
_HELD = re.compile(r"\b(?:was|were) held\b")


def _attended(text: str) -> list[Met]:
    """The meeting of the people named as those who attended it, in sentences of one paragraph, dated
    as the last sentence before them saying where and when it was held dates it."""
    found: list[Met] = []
    held = ""
    breaks = [paragraph.end for paragraph in paragraphs(text)]
    people: list[Mention] = []
    first: Span | None = None
    for sentence in [*sentences(text), Span(len(text), len(text), "")]:
        if first is not None and sentence.start >= breaks[bisect.bisect_left(breaks, first.start)]:
            found += [Met(tuple(people), first, None, False, held)] if len(people) >= 2 else []
            people, first = [], None  # the paragraph of the list has ended
        verb = _ATTENDED.search(sentence.text)
        if verb is None:
            held = sentence.text if _HELD.search(sentence.text) else held
            continue
        side = _SIDE.match(sentence.text)
        named = [m for m in named_after(text, sentence.text[side.end() if side else 0 : verb.start()], 0) if m.name]
        people += [m for m in named if all(m.name != p.name for p in people)]  # the heads of the sides
        first = first or sentence
    return found
