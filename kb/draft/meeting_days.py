"""The words that date a meeting its own clause leaves undated, and no held meeting after the text's day: the
sentence after it that names it again ("Lind held talks with Diallo. During the meeting on Wednesday, …", "… The
talks took place on Monday"), the meeting before it that "also" adds to ("On Monday, Lind met Diallo. She also
held talks with Berg."), or that it tells again in the sentence after it, by the same parties, and a day given
without its year that would fall after publication, for a meeting held, in the year before ("a meeting … on February
13" in a text of January: last year's)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from kb.draft.dates import EVENTS, WEEKDAYS, published_day
from kb.draft.done_dates import no_later_than
from kb.draft.meetings import MEETING, Met
from kb.draft.occasion_clauses import DAY_PART, day_part_day
from kb.draft.text import QUOTED, sentence_after

# A sentence that opens by naming the meeting just reported: a phrase set off by a comma ("During the meeting on
# Wednesday, …", "At their talks in Geneva on Monday, …"), or its subject with a verb of its taking place ("The
# call took place on Sunday.", "The talks, which lasted two hours, were held on Monday").
_AGAIN = re.compile(
    r"^(?:(?P<phrase>(?:During|At|In|After|Following) )?(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er) "
    r"(?:[\w-]+ ){0,2}?"
    r"(?:meeting|talks|call|conversation|discussions?|negotiations|session)\b)"
)
_TOOK_PLACE = re.compile(r"[^.;]{0,80}?\b(?:took place|(?:was|were) held|happened|came)\b")
_SAID = re.compile(r"[,“”\"]|\b(?:said|says|told|added|stated|noted)\b")  # where the words about the meeting stop
_ALSO = re.compile(r"\balso\s+$")  # just before the meeting's verb: "She also held talks with Berg"
_STEPS = 2  # how many meetings told again or added to with "also" pass their words of time on along a chain of them
DAY_BEFORE = 1000  # characters before a meeting read for the day its part of a day ("in the morning") is of


def dated_again(text: str, found: list[Met], published: str) -> list[Met]:
    """The meetings, each given as well the words of the sentence after it that names it again, or of the
    meeting it adds to with "also" (the one before it that shares a party): the first day in them dates it
    when its own words give none; one held in a part of a day its words give no day of ("talks in the
    morning") is of the last day the sentences before give (`occasion_clauses.day_part_day`)."""
    dated: list[Met] = []
    steps: list[int] = []  # how many meetings before each passed their words of time on to it
    for at, met in enumerate(found):
        earlier = QUOTED.sub(" ", text[max(0, met.sentence.start - DAY_BEFORE) : met.sentence.start])
        part = day_part_day(met.dating, earlier, published) if _day_part_of_meeting(met) else None
        extra = part[1].split(" (")[0] if part else ""
        following = sentence_after(text, met.sentence.start)
        if following is not None and (again := _AGAIN.match(following.text)):
            extra = _naming_again(following.text, again) or extra
        before = found[at - 1] if at else None
        passed = at and steps[at - 1] < _STEPS  # the words that dated the one before, passed on a few steps at most
        words = dated[at - 1].dating if passed else before.dating if before else ""
        step = steps[at - 1] + 1 if passed else 1
        if before is not None and before.sentence.start < met.sentence.start and _also(met):
            extra, step = (words, step) if _surnames(before) & _surnames(met) else (extra, 0)
        elif before is not None and not extra and _told_again(text, before, met):
            extra = words
        else:
            step = 0
        steps.append(step)
        dated.append(replace(met, dating=f"{met.dating} {extra}") if extra else met)
    return dated


# A part of a day ("in the morning") and a verb of saying after it, before the meeting's words: the part of the day
# is the saying's, the meeting in the words it reports ("Earlier in the morning, Wang said the two were in talks").
_SAYING = re.compile(r"\b(?:said|says|told|tells|added|stated|noted|announced|confirmed|reported)\b")


def _day_part_of_meeting(met: Met) -> bool:
    """Whether the meeting's words name a part of a day that is the meeting's: no saying's between them in its
    sentence (its words may leave the saying out: "In the evening, the ministry confirmed that …")."""
    if not DAY_PART.search(met.dating):
        return False
    sentence = met.sentence.text
    part = DAY_PART.search(sentence)
    if part is None:
        return False
    named = [m.start() for found in (MEETING, EVENTS) for m in found.finditer(sentence, part.end())]
    return not named or _SAYING.search(sentence, part.end(), min(named)) is None


def _naming_again(words: str, again: re.Match[str]) -> str:
    """The words of a sentence about the meeting it names again at its start: its opening phrase up to the
    comma, or its subject's clause when that says the meeting took place."""
    if again.group("phrase"):
        comma = words.find(",", again.end(), again.end() + 120)
        return words[:comma] if comma > 0 else ""
    took = _TOOK_PLACE.match(words, again.end())
    stop = _SAID.search(words, took.end()) if took else None
    return words[: stop.start() if stop else len(words)] if took else ""


def _told_again(text: str, before: Met, met: Met) -> bool:
    """Whether a meeting is the one just before told again, in the sentence right after it, by the same parties and
    not "again" ("On Monday, A met B." then "A one-on-one meeting took place between A and the Afghan president.")."""
    after = sentence_after(text, before.sentence.start)
    return (
        after is not None
        and after.start == met.sentence.start
        and _surnames(before) == _surnames(met)
        and not re.search(r"\b(?:again|another|second|later|next)\b", met.sentence.text)
    )


def _also(met: Met) -> bool:
    verb = MEETING.search(met.sentence.text)
    return verb is not None and _ALSO.search(met.sentence.text, max(0, verb.start() - 10), verb.start()) is not None


def _surnames(met: Met) -> set[str]:
    return {
        (who.name or who.organisation or "").split()[-1] for who in met.participants if who.name or who.organisation
    }


# Words that put a meeting the sentence names ahead: "no deal before a summit … on April 28", "ahead of talks".
_AHEAD = re.compile(r"\b(?:before|ahead of|upcoming|next|expects?|expected|will|would|shall|planned|scheduled)\b")


def held_by(when: tuple[str, str] | None, published: str, met: Met) -> tuple[str, str] | None:
    """A held meeting's day or month, not after the day the text was published (dates.no_later_than) — unless it is
    expected ("will meet") or its sentence puts it ahead ("before a summit on …"): an expected meeting's bare weekday
    is the coming one ("will meet on Thursday" in a Wednesday's text: the next day)."""
    if met.expected:
        return _coming(when, published)
    return when if _AHEAD.search(met.sentence.text) else no_later_than(when, met.dating, published)


_BARE_WEEKDAY = re.compile(rf"(?:on )?(?:{'|'.join(WEEKDAYS)})", re.IGNORECASE)


def _coming(when: tuple[str, str] | None, published: str) -> tuple[str, str] | None:
    day = published_day(published)
    if when is None or day is None or not _BARE_WEEKDAY.fullmatch(when[1]) or when[0] >= day.isoformat():
        return when
    return (dt.date.fromisoformat(when[0]) + dt.timedelta(days=7)).isoformat(), when[1]
