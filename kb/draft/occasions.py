"""The day of the event a statement refers back to: "said after the meeting", "at the
conference", "afterwards", "the next day" — the event an earlier sentence names, with its day."""

from __future__ import annotations

import bisect
import re

from kb.draft.counted_days import counted_before, counted_on, shifted
from kb.draft.dates import EVENTS, clause_around, is_day, resolve
from kb.draft.occasion_clauses import made_day
from kb.draft.quotes import find_quotes
from kb.draft.text import blanked, sentences

_AFTERWARDS = re.compile(r"\b(?:[Aa]fterwards?|[Aa]fter it)\b")  # after the last event named before
_DEFINITE = frozenset({"the", "their", "his", "her", "its", "this", "that", "these", "those"})
_NEW = frozenset({"a", "an", "another", "new", "fresh", "next", "further"})
_VERBS = frozenset({"met", "signed", "announced", "arrived", "landed"})  # a verb names an event of its own
_RECURRING = re.compile(r"\b(?:weekly|daily|monthly|annual|yearly|regular|routine|usual)\b[\w -]{0,30}$")
# Words that describe a speaker by what they know of an event, not the occasion they spoke at: "sources familiar with
# the talks", "a diplomat involved in the negotiations", "officials briefed on the meeting".
_KNOWING = re.compile(
    r"\b(?:familiar with|involved in|briefed on|with knowledge of|knowledgeable about|close to|privy to"
    r"|participating in|taking part in|engaged in) (?:the |these |those )?(?:[\w-]+ ){0,2}$"
)
_AHEAD = re.compile(r"(?:later this|next|coming)\b", re.IGNORECASE)  # a time still to come: "later this week"
_AROUND = 200  # characters of a sentence either side of an event's name read for its day
_OPENED = re.compile(r"\b(?:opened|opens|began|begins|started|starts|kicked off|got under way|resumed|resumes)\b")
# An event as a verb's noun, "after meeting", "upon landing", or as the object of its ending: "after wrapping up
# five-day negotiations", "following the conclusion of the talks" has its determiner.
_GERUND = re.compile(
    r"\b(?:after|following|upon|on) (?:(?:wrapping up|concluding|ending|closing|completing|finishing|winding up) "
    r"(?:the |their |its |his |her )?(?:[\w-]+ ){0,2})?$"
)
# An event named by its name: "the TNC meeting", "the Doha talks", "the G20 summit", "the EU-China summit".
_NAMED_BY = re.compile(r"\b(?:the|this|that) ((?:[A-Z][\w’'-]*\s+){1,3})$")
_NAMED_BACK = 15  # sentences before a statement read for the name of the event it names
_CLAUSE_END = re.compile(r"[,;.“”\"]")  # the words after an event's name that may give its day end here
# A body (not a person) as the one who says: "the Commerce Ministry said", "the secretariat added".
_BODY_SAID = re.compile(
    r"\b(?:ministry|department|office|embassy|government|secretariat|commission|council|agency|bureau|presidency"
    r"|committee)"
    r"[’']?s? (?:said|says|added|adds|stated|states)\b",
    re.IGNORECASE,
)
_ONE_OF_ITS = re.compile(r"\b(?:from|of|at|with) (?:the |its )?(?:[\w’'-]+ ){0,3}$")  # "Yeo from the trade ministry"
_ADDING = re.compile(r"\b(?:added|adds|continued|went on|also)\b")  # "New Delhi also asserted": the same occasion


def _determiner(words: str, at: int) -> str | None:
    """The determiner of the noun at ``at``, if one of the four words before it is one."""
    for word in reversed(words[max(0, at - 60) : at].split()[-4:]):
        if word.lower() in _DEFINITE or word.lower() in _NEW:
            return word.lower()
    return None


def _described(sentence: str, match: re.Match[str]) -> tuple[str, set[str]]:
    """An event's noun and the words that describe it before it ("high-level", "economic" in "a
    high-level bilateral economic dialogue"): the same noun described alike names the same event
    again; "a second meeting", "another round" (no shared words) name another."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", sentence[max(0, match.start() - 60) : match.start()])[-4:]]
    opens = [n for n, word in enumerate(words) if word in _DEFINITE or word in _NEW]  # the noun phrase's start
    between = words[opens[-1] + 1 :] if opens and match.group().lower() not in _VERBS else []
    return match.group().lower(), {word for word in between if len(word) > 3}


# A statement that opens its sentence, named new: "In a joint statement, …", "According to a statement, …", "A
# statement issued by both said …" — not "Lind said in a statement" (a speaker of its own named first).
_OPENS_WITH = re.compile(r"\s*(?:(?:In|According to|Through|Via) (?:an?|its|their)|An?) (?:[\w-]+ ){0,2}$")
_REPORTS = re.compile(r"\b(?:said|says|announced|announces|stated)\b")


def _report_day(sentence: str, day: str) -> tuple[str, str] | None:
    """The day a sentence reports someone said something on, when it names no event nor any other occasion of
    the saying ("Qatar and Egypt reaffirmed their commitment, the foreign ministry said Friday."): a statement
    named new in the next sentence with no day of its own ("In a joint statement, the two countries …") is the
    one the report is of."""
    verb = _REPORTS.search(sentence)
    clause = clause_around(sentence, verb.start()) if verb else ""
    events = [m for m in EVENTS.finditer(clause) if m.lastgroup != "announcement"]  # "announced" is the report
    when = resolve(clause, day) if verb and not (events or AN_OCCASION.search(clause)) else None
    return when if when and is_day(when[0]) else None


def adds(clause: str) -> bool:
    """Whether a reporting clause continues what its speaker said before ("he added")."""
    return _ADDING.search(clause) is not None


class Occasions:
    """The events a text names ("a meeting between Carney and Trump Tuesday", "the conference
    concluded on Wednesday"), by kind, with the day their clause gives: the day of a statement
    made "after the meeting" or "at the conference" when its own clause gives none."""

    def __init__(self, text: str, day: str):
        unquoted = blanked(text, [(quote.start, quote.end) for quote in find_quotes(text)])  # words said name no event
        self.day = day
        self.last: dict[str, list[tuple[int, tuple[str, str] | None]]] = {}  # kind -> (where, its day or none)
        self.opened: dict[tuple[str, int], tuple[str, str]] = {}  # (kind, where) -> the day it opened, to count from
        named: dict[str, tuple[str, str]] = {}  # an event's noun -> the day it was last named with
        named_by: dict[str, set[str]] = {}  # and the words that described it then
        self.sentences: list[tuple[int, str]] = []  # (where, its words): where an event's name was given with its day
        previous = ""  # the sentence just before, where a report of the day may name no event (_report_day)
        for sentence in sentences(unquoted):
            self.sentences.append((sentence.start, sentence.text))
            dated: dict[str, tuple[str, str] | None] = {}
            for match in EVENTS.finditer(sentence.text):
                kind = str(match.lastgroup)
                low = max(0, match.start() - _AROUND)
                clause = clause_around(sentence.text[low : match.end() + _AROUND], match.start() - low)
                counted = counted_before(sentence.text, match.start())  # "three days before Saturday's summit"
                when = resolve(sentence.text[counted[2] : match.end()] if counted else clause, day)  # the summit's
                when = when or made_day(sentence.text, match.end(), day)  # "an interview … that aired on Sunday"
                new = match.group().lower() in _VERBS or _determiner(sentence.text, match.start()) in _NEW
                if when and _OPENED.search(clause):  # "the conference opened on Monday": not the day of all of it
                    self.opened[kind, sentence.start] = self.opened["", sentence.start] = when
                    when, new = None, True
                if when and (when[0][: len(day)] > day[: len(when[0])] or _AHEAD.match(when[1])):
                    when, new = None, True  # "scheduled for 22 July", "talks … later this week": none held yet
                described = _described(sentence.text, match)
                # a document after a speaker of its own ("Japan and Australia said in a joint statement") is theirs,
                # not one named before; one that opens its sentence ("In a joint statement, …") may be either
                opens = kind != "document" or _OPENS_WITH.match(sentence.text[: match.start()]) is not None
                if new and when is None and opens:  # named again as new: "a high-level dialogue", after a caption
                    when = named.get(described[0]) if described[1] & named_by.get(described[0], set()) else None
                if new and when is None and kind == "document" and opens:
                    when = _report_day(previous, day)  # the report's own statement: "In a joint statement, …"
                if when and is_day(when[0]):
                    named[described[0]], named_by[described[0]] = when, described[1]
                if when or (new and kind not in dated):
                    dated[kind] = dated.get(kind) or when
            for kind, when in dated.items():
                self.last.setdefault(kind, []).append((sentence.start, when))
            if dated:  # the last event of any kind, for "afterwards"
                self.last.setdefault("", []).append((sentence.start, next(filter(None, dated.values()), None)))
            previous = sentence.text

    def day_of(self, clause: str, before: int) -> tuple[str, str] | None:
        """The day of the event a clause refers back to ("after the meeting", "at the conference"):
        of the last sentence before ``before`` that names an event of that kind as new or with its
        day — none if that one gives no day ("a second meeting")."""
        for match in EVENTS.finditer(clause):
            gerund = _GERUND.search(clause, max(0, match.start() - 60), match.start())  # "after meeting Tanaka"
            if match.lastgroup == "document" and _determiner(clause, match.start()) in _NEW:
                own = self._own(match.lastgroup, before)  # "In a statement, …" after "…, the ministry said Friday."
                if own:
                    return own[0], f"{own[1]} (of the report just before)"
            if _determiner(clause, match.start()) not in _DEFINITE and not gerund:
                continue
            if _RECURRING.search(clause, max(0, match.start() - 40), match.start()):
                continue  # "at his weekly media briefing": named by when it recurs, not by an earlier sentence
            if _KNOWING.search(clause, max(0, match.start() - 60), match.start()):
                continue  # "sources familiar with the talks said": who spoke, not where
            counted = counted_before(clause, match.start())  # "on the eve of the summit", "a week after the talks"
            named = self._named_day(clause, match, before)
            if named and counted:
                return shifted(named[0], counted[0]), f"{counted[1]}{match.group().lower()} ({named[1]})"
            if named:
                return named
            kind = str(match.lastgroup)
            when = self._counted_from(kind, before) if counted else self._last(kind, before)
            if when and counted:
                words = f"{counted[1]}{match.group().lower()} ({when[1]}, in an earlier sentence)"
                return (shifted(when[0], counted[0]), words) if is_day(when[0]) else None
            if when:
                return when[0], f"{when[1]} (of the {match.group().lower()}, in an earlier sentence)"
        afterwards = _AFTERWARDS.search(clause)
        when = self._last("", before) if afterwards else None
        if when and afterwards:
            return when[0], f"{when[1]} (of the event before: {afterwards.group()})"
        on = counted_on(clause)  # "the next day", "two days later", "a week earlier"
        when = self._counted_from("", before) if on else None
        if when is None or on is None or not is_day(when[0]):
            return None
        return shifted(when[0], on[0]), f"{on[1]} ({when[1]}, in an earlier sentence)"

    def _named_day(self, clause: str, match: re.Match[str], before: int) -> tuple[str, str] | None:
        """The day of an event a clause names by its name ("at the TNC meeting", "after the Doha talks"), as the
        last of the few sentences before ``before`` that gives that name gives it, just after it ("the Trade
        Negotiations Committee (TNC) on 15th July", "talks in Doha on Monday"), if that day is past."""
        found = _NAMED_BY.search(clause, max(0, match.start() - 60), match.start())
        if found is None:
            return None
        name = re.compile(rf"\b{re.escape(' '.join(found.group(1).split()))}\b")
        index = bisect.bisect_left(self.sentences, before, key=lambda item: item[0])
        for _, sentence in reversed(self.sentences[max(0, index - _NAMED_BACK) : index]):
            given = name.search(sentence)
            when = (
                resolve(_CLAUSE_END.split(sentence[given.end() : given.end() + 80], 1)[0], self.day) if given else None
            )
            if when and is_day(when[0]) and when[0][: len(self.day)] <= self.day:
                return when[
                    0
                ], f"{when[1]} (of the {found.group(1).strip()} {match.group().lower()}, in an earlier sentence)"
        return None

    def issued_day(self, clause: str, before: int) -> tuple[str, str] | None:
        """The day of the statement a body's words come from: "the Ministry said" after "a statement
        released by the Ministry on Thursday" — the day of the last statement, letter or communiqué
        named before ``before``, none if that one gives no day ("in a statement")."""
        said = _BODY_SAID.search(clause)
        if said is None or _ONE_OF_ITS.search(clause, max(0, said.start() - 50), said.start()):
            return None  # "Yeo Han-koo from the South Korean trade ministry said by phone": a person's words
        when = self._last("document", before)
        return (when[0], f"{when[1]} (of the statement, in an earlier sentence)") if when else None

    def _own(self, kind: str, at: int) -> tuple[str, str] | None:
        """The day of the event of that kind the sentence holding ``at`` names, if that sentence gave it one."""
        index = bisect.bisect_right(self.sentences, at, key=lambda item: item[0]) - 1
        named = self.last.get(kind, [])
        found = bisect.bisect_left(named, self.sentences[index][0], key=lambda item: item[0]) if index >= 0 else -1
        if index < 0 or found >= len(named) or named[found][0] != self.sentences[index][0]:
            return None
        return named[found][1]

    def _counted_from(self, kind: str, before: int) -> tuple[str, str] | None:
        """The day of the last event of that kind (any kind: "") named before ``before``, or the day it opened, to
        count days from ("The summit opened on Saturday." then "the day before the summit", "two days later")."""
        named = self.last.get(kind, [])
        index = bisect.bisect_left(named, before, key=lambda item: item[0]) - 1
        return None if index < 0 else named[index][1] or self.opened.get((kind, named[index][0]))

    def _last(self, kind: str, before: int) -> tuple[str, str] | None:
        named = self.last.get(kind, [])
        index = bisect.bisect_left(named, before, key=lambda item: item[0]) - 1
        return named[index][1] if index >= 0 else None


# Telling someone other than the press or the audience of a public occasion: "told AFP", "told his cabinet" (not
# "told reporters", "told lawmakers", "told delegates", "told the committee" — a hearing's, a speech's audience).
TOLD_SOMEONE = (
    r"(?:told|tells) (?!(?:reporters|journalists|the press|the media|an? (?:news|press) (?:conference|briefing)"
    r"|lawmakers|legislators|MPs|senators|parliament|delegates|the (?:committee|audience|assembly|plenary))\b)"
)
# Words that place a saying at another time than the story's day, or on another occasion: "said before the
# talks", "has long said", "told NHK", "wrote on X", "according to The Paper" (a "post" in lower case: "The
# Kathmandu Post" is a newspaper's name).
_ELSEWHEN = re.compile(
    r"\b(?:before|earlier|previously|ago|last week|ahead of|on the eve|(?:repeatedly|often|always)(?=,? (?:[a-z]+ )?"
    r"(?:said|says|told|tells|stated|states|spoken|spoke|speaks|insisted|insists|argued|argues|warned|warns|stressed"
    r"|stresses|called|calls|urged|urges|maintained|maintains|rejected|rejects|denied|denies|opposed|opposes"
    r"|criticised|criticized|criticises|criticizes|made|makes)\b)|(?<=said )(?:repeatedly|often|always)"
    r"|(?:has|have|had)(?: \w+)? (?:said|told|stated|stressed|argued|warned|insisted|written)"
    r"|interview|statement|letter|(?-i:post)(?![-‐])|posted|wrote|written|tweeted|website|Twitter|Facebook|Telegram|according"
    rf"|{TOLD_SOMEONE}"
    r")\b",
    re.IGNORECASE,
)


# A sentence whose subject is the statement just reported, and what it led to or came from: "The statement came in
# response to …", "That statement drew criticism", "His statements were welcomed" — the occasion before, not another
# (an interview so named may be the occasion of the words after it: "Her interview with NHK was aired later.").
_REFERS_BACK = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:The|This|That|These|Those|His|Her|Their|Its) statements? "
    r"(?:came|comes|followed|follows|drew|draws|was|were|prompted|prompts|sparked|sparks)\b"
)


def elsewhen(sentence: str) -> bool:
    """Whether a statement's sentence (its quotations blanked) names another time or occasion than
    the one before it (``_ELSEWHEN``: "Before the talks, Osei had said"); a sentence whose subject
    is the statement before ("The statement came …", ``_REFERS_BACK``) names none by that subject."""
    return _ELSEWHEN.search(_REFERS_BACK.sub(" ", sentence) if "tatement" in sentence else sentence) is not None


# A participle of saying after a reporting clause: what follows it is what was said ('"…," Osei said, adding that a
# new round would open before May'), no time or occasion of the saying.
_SAYING_PARTICIPLE = re.compile(
    r"\s(?:adding|saying|noting|stressing|insisting|warning|explaining|arguing|recalling)\b"
)


def own_words(sentence: str) -> str:
    """A statement's sentence (its quotations blanked) without what a participle of saying after its reporting
    clause reports ("…, adding that the next round will be held soon"), nor what an opening phrase says the words refer
    to ("Referring to a meeting Monday in Beijing, …"), nor their record (``_A_RECORD``): the words that may place the
    saying."""
    found = _SAYING_PARTICIPLE.search(sentence) if "ing" in sentence else None
    sentence = sentence[: found.start()] if found else sentence
    about = _REFERRING.match(sentence)  # what the words are about, not when they were said
    sentence = " " * about.end() + sentence[about.end() :] if about else sentence
    return _A_RECORD.sub(" ", sentence) if "ccording" in sentence else sentence


# The record of the occasion a speaker's words were said on, not another occasion: "…, Zhang said, according to an
# official transcript", "according to a translation".
_A_RECORD = re.compile(
    r"\baccording to (?:an?|the) (?:official |English |[\w-]+ language )?(?:transcript|translation|recording|video)\b"
)


# An opening phrase that names what the words refer to: "Referring to a meeting Monday in Beijing between …,".
_REFERRING = re.compile(r"\s*(?:Referring|Alluding|Pointing) to\b[^,;“”\"]{0,200},")


def names_new_event(sentence: str) -> bool:
    """Whether the sentence names an event as a new one: "At a Downing Street press conference"."""
    return any(_determiner(sentence, m.start()) in _NEW for m in EVENTS.finditer(sentence))


# Words that name the occasion of a saying: an event, someone told, a speech, something written.
AN_OCCASION = re.compile(
    r"\b(?:told|tells|spoke|speaks|speaking|addressed|addressing|briefed|briefing|wrote|writes|tweeted|posted"
    r"|reporters|journalists|interview)\b",
    re.IGNORECASE,
)
