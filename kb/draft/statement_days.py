"""The day of each statement a text reports, from its own words or from the words around it."""

from __future__ import annotations

import re
from typing import Any

from kb.draft import dates, done_dates, occasions
from kb.draft.background_times import without_background
from kb.draft.known import named_by_surname
from kb.draft.occasion_clauses import (
    according_day,
    day_part_day,
    occasion_day,
    opening_day,
    then_day,
    trailing_day,
)
from kb.draft.reader import Said
from kb.draft.session_days import session_day
from kb.draft.speakers import Mention
from kb.draft.story_days import story_days
from kb.draft.text import QUOTED, sentences

Day = tuple[str, str] | None  # the day, and the words that gave it
INTRODUCTION_NEAR = 2000  # characters before a quote where the sentence introducing it may begin
DAY_BEFORE = 1000  # characters before a statement read for the day a part of a day ("in the morning") is of

# A reporting clause that names an occasion of its own: someone told (not reporters), an interview, a call.
_ANOTHER_OCCASION = re.compile(rf"\b{occasions.TOLD_SOMEONE}|\bin an interview\b|\bby (?:tele)?phone\b")
# A quote that goes on from the last.
_CONTINUING = ("continuation", "same-paragraph", "colon-introduction", "audience-introduction")
_DOCUMENT = re.compile(r"\b(?:statement|communiqu[eé]|declaration|letter|readout)$", re.IGNORECASE)  # as a speaker
_INTRODUCING = re.compile(r"\b(?:said|says|told|tells|spoke|speaks|talked|addressed|briefed|wrote|added|declared)\b")


def statement_days(said: list[Said], text: str, day: str, events: occasions.Occasions) -> dict[int, Day]:
    """Each statement's day (by ``id``): its reporting clause's; else the event that clause names
    ("said following the meeting", of Tuesday in a sentence before); else, if it continues the
    statement just before it by the same speaker ("he added", a quote with no attribution of its
    own, a quote right after it: '"…," he said.', '"…," Novak said.'), that one's day. Reported
    speech right after is another statement (no day of its own), but the quote after it still
    continues the one before it."""
    days: dict[int, Day] = {}
    carried: dict[int, Day] = {}  # the day a next quote by the same speaker takes
    previous: Said | None = None
    for each in sorted(said, key=lambda s: s.excerpt.start):
        blanked = QUOTED.sub(" ", each.excerpt.text)  # the sentence's words, its quotations blanked
        # a document speaking is its own occasion: '"…," said the statement' is the statement named before
        document = each.pattern.endswith("+document") or _DOCUMENT.search(each.who.description or "")
        occasion = blanked if document else each.dating
        earlier = QUOTED.sub(" ", text[max(0, each.excerpt.start - DAY_BEFORE) : each.excerpt.start])
        when = (
            done_dates.resolve_done(said_dating(each, text), day)
            or occasion_day(blanked, each.dating, day)
            or according_day(blanked, day)
            or trailing_day(each.excerpt.text, day)
            or opening_day(blanked, day)
            or then_day(blanked, text[max(0, each.excerpt.start - 600) : each.excerpt.start], day)
            or day_part_day(each.dating, earlier, day, blanked)  # "in the morning": of the day the story is at
            or session_day(each.dating, text, each.excerpt.start, day)  # "at the opening session": of its opening
            or events.day_of(occasion, each.excerpt.start)
            or events.issued_day(each.dating, each.excerpt.start)
        )
        when = None if when and _after(when, day) else when  # nothing was said after it was reported
        next_to = previous is not None and not text[previous.excerpt.end : each.excerpt.start].strip()
        continues = each.pattern.startswith(_CONTINUING) or occasions.adds(each.dating)
        right_after = next_to and not _ANOTHER_OCCASION.search(each.dating)  # not '"…," Novak told AFP'
        continues |= right_after and (each.attribution != "paraphrase" or each.pattern.endswith("+pronoun"))
        before = carried.get(id(previous)) if previous is not None and _same_speaker(previous, each) else None
        if before is not None:
            before = before[0], before[1] if before[1].endswith(")") else f"{before[1]} (of the statement before)"
        elsewhen = occasions.elsewhen(occasions.own_words(blanked))  # "Before the talks, Osei said"
        if when is None and continues and not elsewhen:
            when = before
        days[id(each)], previous = when, each
        carried[id(each)] = when or (before if right_after and not elsewhen else None)
    return days


# A time something is aimed at, hoped or expected for, a deadline, up to the end of its sentence: no time the story
# moves on to ("The hosts are aiming for a final draft Saturday.", "Negotiators hope to close the chapter on Friday.",
# "The deal is expected to be signed on Thursday.", "A deadline for the text was set for Friday.").
_AIMED = re.compile(
    r"\b(?:aim(?:s|ed|ing)? (?:for|to|at)|hop(?:e|es|ed|ing) (?:for|to)|target(?:s|ed|ing)?|deadlines?"
    r"|expect(?:s|ed|ing)? (?:to|an?|the)|(?:is|are|was|were) (?:due|set|scheduled|slated|expected) (?:to|for))\b"
    r"[^.!?]{0,300}"
)
_AIMED_QUICK = re.compile(r"\b(?:aim|hop|target|deadline|expect|due|set|scheduled|slated)")


def _after(when: Day, published: str) -> bool:
    """Whether a date whose words give no year falls after the publication date, as precisely as both are known
    ("2024-07-08" is not after "2024-07"). A year the words give is the text's own: a heading's "9 June 2025" stands
    whatever the publication date says."""
    if when is None or done_dates.A_YEAR.search(when[1]):
        return False
    known = min(len(when[0]), len(published))
    return when[0][:known] > published[:known]


def carry_story_days(said: list[Said], drafted: list[dict[str, Any] | None], text: str, day: str) -> None:
    """Date the undated statements by the day the story gave their speaker last (`story_days.story_days`)."""
    in_order, end, story_day = [], 0, None
    for each, payload in sorted(zip(said, drafted, strict=True), key=lambda pair: pair[0].excerpt.start):
        between = QUOTED.sub(" ", text[end : each.excerpt.start])  # a time named there moves the story on
        between = _AIMED.sub(" ", between) if _AIMED_QUICK.search(between) else between  # but not a time aimed at
        between = without_background(between, day, story_day)  # nor a fact of before: "On May 4, talks began."
        if payload is not None:
            in_order.append((payload.get("speaker"), QUOTED.sub(" ", each.excerpt.text), between, payload))
            story_day = payload.get("occurred_at") or story_day
        end = max(end, each.excerpt.end)
    story_days(in_order, day)
    _date_from_next(in_order, QUOTED.sub(" ", text[end:]), day)


def _date_from_next(statements: list[tuple[str | None, str, str, dict[str, Any]]], tail: str, day: str) -> None:
    """Date an undated statement by the day its speaker's very next statement gives in its own words
    ('Joly said the tariffs pose "an existential threat". "…," she told reporters on Wednesday.'; not the
    day of an event it refers back to, "said following the meetings"), or a sentence right after it
    gives its remarks ("He made the remarks at a forum in Osaka on Tuesday.", `_remarks_day`): the day
    comes once, after the words — when their sentence gives no time nor another occasion, and nothing
    between does (``occasions.elsewhen``). ``statements`` as for `story_days.story_days`; ``tail``, the
    text after the last one."""
    later: tuple[str, str, str, str] | None = None  # the next statement's speaker, day, words and whence
    after = tail
    for speaker, sentence, between, payload in reversed(statements):
        remarks = _remarks_day(after, speaker, day) if speaker else None
        later = (str(speaker), *remarks) if remarks else later
        when, words = payload.get("occurred_at"), payload["_draft"].get("date_from") or ""
        own = dates.is_day(when) and "(" not in words  # "(of the meeting, …)": not its own
        undated = not when and speaker and later and later[0] == speaker
        own_words = occasions.own_words(sentence)
        if undated and later and not (dates.resolve(own_words, day) or occasions.elsewhen(own_words)):
            payload.pop("reported_at", None)
            payload["occurred_at"] = later[1]
            payload["_draft"]["date_from"] = f"{later[2]} (of the speaker's {later[3]})"
        elif not own:
            later = None
        if own and speaker:
            later = speaker, str(when), words, "statement after"
        between = without_background(between, day, later[1] if later else None)  # "Talks began in 2014."
        if dates.resolve(between, day) or occasions.elsewhen(between) or occasions.names_new_event(between):
            later = None  # a time or an occasion between this one and the one before it
        after = between


# A sentence that says when and where the words before it were said: "He made the remarks at a forum on
# Tuesday.", "Her comments came on Tuesday as …", "His comments on Monday came as …", "The statement was made during a
# visit to Oslo on Monday.", "She was speaking at a business forum in Oslo on Tuesday.", "Lind spoke after a meeting
# with Novak on Tuesday."
_REMARKS = re.compile(
    r"\b(?:(?:made|delivered|gave) (?:the|these|those|his|her|their) (?:remarks?|comments?|statements?)"
    r"|(?:[Tt]he|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir) (?:remarks?|comments?|statements?|speech)"
    r"(?: (?:on|late|early|last) [A-Z][a-z]+(?: (?:morning|afternoon|evening|night))?)?"  # "comments on Monday came"
    r" (?:came|were made|was made|were delivered|was delivered)"
    r"|(?:was|were) speaking (?:at|to|after|during|in|on|before|with)|spoke (?:at|to|after|during|before|with))\b"
)
_SENTENCE_MOST = 1000  # characters: a sentence of remarks is short, the text after the last words may be long
_REFERS = re.compile(r"^\s*(?:He|She|His|Her|They|Their|The|These|Those)\b")


def _remarks_day(after: str, speaker: str, day: str) -> tuple[str, str, str] | None:
    """The day the first sentence after a statement gives its speaker's remarks, if it is such a
    sentence ("He made the remarks …", "Tanaka made the comments …") and gives a day: (day, words, whence)."""
    first = next(iter(sentences(after[:_SENTENCE_MOST])), None)
    found = _REMARKS.search(first.text) if first else None
    if found is None or first is None:
        return None
    if not (_REFERS.match(first.text) or named_by_surname(speaker, first.text)):
        return None
    when = dates.resolve(dates.clause_around(first.text, found.start()), day)
    if when is None or not dates.is_day(when[0]):
        return None
    return when[0], when[1], "remarks after"


def said_dating(said: Said, text: str) -> str:
    """The words that may date a statement: its reporting clause; for a quote a sentence before
    introduces ("Akazawa told reporters on Friday:"), that sentence's."""
    if not said.pattern.startswith(("colon-introduction", "audience-introduction")):
        return said.dating
    introduction = sentences(text[max(0, said.excerpt.start - INTRODUCTION_NEAR) : said.excerpt.start])[-1:]
    verb = _INTRODUCING.search(introduction[0].text) if introduction else None
    return dates.clause_around(introduction[0].text, verb.start()) if verb else ""


def _same_speaker(one: Said, other: Said) -> bool:
    """Whether two statements have one speaker: the same words for them, or the same surname — or a body and its
    spokesperson (`_speaks_for`)."""
    first, second = one.who, other.who
    if _speaks_for(first, second) or _speaks_for(second, first):
        return True
    if first.name and second.name:
        return first.name.split()[-1].lower() == second.name.split()[-1].lower()
    if first.organisation and second.organisation and not (first.name or second.name):
        return first.organisation == second.organisation  # "India …", then "New Delhi also asserted"
    said_first = (first.description or first.phrase).casefold().split()
    said_then = (second.description or second.phrase).casefold().split()
    if len(said_then) == 2 and said_then[0] == "the" and said_first[:1] in (["a"], ["an"]):
        return _noun(said_first) == said_then[1]  # "a US official said …", then "said the official"
    return said_first == said_then


def _noun(words: list[str]) -> str:
    """The noun a description is of: its last word, or the word before what it is of or for ("a spokesperson for …")."""
    cut = next((at for at, word in enumerate(words) if word in ("for", "of", "to", "at", "with", "from")), len(words))
    return words[cut - 1] if cut else ""


_SPOKESPERSON = re.compile(r"\bspokes(?:person|man|woman|people)\b", re.IGNORECASE)
_BODY_HEAD = re.compile(
    r"\b(ministry|department|office|government|commission|embassy|agency|council|secretariat|presidency|mission"
    r"|delegation|bank|fund)$",
    re.IGNORECASE,
)


def _speaks_for(person: Mention, body: Mention) -> bool:
    """Whether a named person is the spokesperson of a body that speaks in the statement beside theirs: "China's
    commerce ministry said on Thursday …" then '"…," He Yadong, a ministry spokesperson, said.' (the body's noun in
    the person's post)."""
    if not person.name or body.name or not _SPOKESPERSON.search(person.phrase):
        return False
    if person.organisation and body.organisation and body.organisation not in person.organisation:
        return False  # another country's: "Japan's foreign ministry" and "a Chinese foreign ministry spokesperson"
    head = _BODY_HEAD.search(body.description or body.phrase or "")
    return head is not None and re.search(rf"\b{head.group(1)}\b", person.phrase, re.IGNORECASE) is not None
