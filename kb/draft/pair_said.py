"""Two parties speaking as one: "the two countries emphasized '…'", "Both sides stressed that '…'", "the two South
Caucasus states said" — the two countries or bodies the text named together just before ("Qatar and Egypt
reaffirmed …")."""

from __future__ import annotations

import re

from kb.draft.lexicon import PAIRED_BODIES, PAIRED_PEOPLE
from kb.draft.reader import Reader, named_anywhere
from kb.draft.reporting_verbs import speech_verbs, tokens_through_verbs
from kb.draft.speakers import Mention, body_name
from kb.draft.text import Span

# Two names joined by "and": "Qatar and Egypt", "the EU and the United States".
_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
_TWO_NAMES = re.compile(rf"\b(?:[Tt]he )?(?P<one>{_NAME}) and (?:the )?(?P<two>{_NAME})")
REACH = 1500  # characters before the sentence where who it refers to is looked for: its paragraph and one or two before


def pair_speaking(reader: Reader, sentence: Span) -> Mention | None:
    """The two bodies "the two countries" or "both sides" stands for, when those words are the subject of
    the sentence's first reporting verb: the last two countries or bodies named together before it."""
    words = tokens_through_verbs(reader.blanked[sentence.start : sentence.end], 1)
    verbs = speech_verbs(words)
    window = words[max(0, verbs[0] - 6) : verbs[0]] if verbs else []  # past a region's name: "the two South Caucasus
    lead = [word.word for word in window if not word.capitalised or word.word in ("the", "both")][-3:]  # states"
    paired = len(lead) >= 2 and (lead[-2] in ("two", "both") or lead[:2] == ["both", "the"])
    start = max(0, sentence.start - REACH)
    if paired and lead[-1] in PAIRED_PEOPLE or len(lead) >= 2 and lead[-2:] in (["the", "duo"], ["the", "pair"]):
        return _two_people(reader, start, sentence.start, f"the {lead[-2]} {lead[-1]}")
    if not paired or lead[-1] not in PAIRED_BODIES:
        return None  # "the two countries", "Both sides", "both the governments"
    pair = pair_before(reader.text, start, sentence.start)
    return Mention(f"the {lead[-2]} {lead[-1]}", description=f"{pair[0]} and {pair[1]}") if pair else None


def pair_before(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The last two countries or bodies named together between ``start`` and ``end`` ("Qatar and Egypt")."""
    pairs = [
        (one, two)
        for match in _TWO_NAMES.finditer(text, start, end)
        if (one := body_name(match["one"])) and (two := body_name(match["two"])) and one != two
    ]
    return pairs[-1] if pairs else None


def two_named(reader: Reader, at: int, who: Mention) -> Mention | None:
    """The two people "the two ministers" or "two leaders", a speaker's description, stands for (see _two_people)."""
    words = (who.description or "").casefold().removeprefix("the ").split()
    if who.name or len(words) != 2 or words[0] != "two" or words[1] not in PAIRED_PEOPLE:
        return None
    return _two_people(reader, max(0, at - REACH), at, "the " + " ".join(words))


def _two_people(reader: Reader, start: int, end: int, phrase: str) -> Mention | None:
    """The last two people named in full between ``start`` and ``end`` (two different surnames), each with a post or
    the subject of a sentence somewhere in the text (not "the Asian Cooperation Dialogue"), as one speaker."""
    acting = {who.name.split()[-1] for _, who in reader.subjects if who.name}
    names: list[str] = []
    for at, who in named_anywhere(reader.text):
        name = who.name or ""
        if start <= at < end and name and (who.title or name.split()[-1] in acting):
            names = [known for known in names if known.split()[-1] != name.split()[-1]] + [name]
    return Mention(phrase, description=f"{names[-2]} and {names[-1]}") if len(names) >= 2 else None
