"""When: dates in a sentence ("Friday", "on April 2", "last week") resolved from the date the
source was published, as precisely as the words allow (2025, 2025-04 or 2025-04-18)."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kb.draft.counted_days import COUNT, ahead_too, counted_before, days_of, shifted
from kb.draft.lexicon import DATELINE_ZONES
from kb.draft.relative_periods import day_of_month, relative
from kb.draft.saying import EVENTS as EVENTS  # where the events a statement is made at are named
from kb.draft.saying import reported_from
from kb.draft.weekday_dates import reads_as_date

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")  # fmt: skip
MONTH_RE = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# The date the story was filed, not of what it reports: "LONDON, March 3 (Reuters) - ", "BUENOS AIRES, Dec. 13
# (Xinhua) -- ", "MOSCOW, January 27. /TASS/. ", "ISLAMABAD, Feb 13: ", "New Delhi [India], December 23 (ANI): ",
# "(Reuters) – "
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]+(?: \[[A-Za-z .]{1,30}\])?,[^\n]{0,40}?(?:--|[-–—―:]|\)\s*(?:--|[-–—―:])?|\. /[A-Za-z]+/\.)"
    r"|[A-Z]{2,}(?: [A-Z]{2,}){0,2}(?: \([^)\n]{1,30}\))? (?:--|[-–—―])"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: \[[A-Za-z .]{1,30}\])?, "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8} \d{4})"
    r"(?: \([^)\n]{1,30}\)(?= [A-Z])| \([^)\n]{1,30}\) ?[-–—―:]| ?[-–—―:])"  # "Beijing, March 5 (IANS) China …"
    rf"|(?!(?:On|In|By|From|Since|Until|Before|After|Through|Till|As of|Between|Last|This|Next) )"
    rf"[A-Z][a-z]+(?: [A-Z][a-z]+)? {MONTH_RE} \d{{1,2}}, \d{{4}}(?= [A-Z])"  # "Addis Ababa November 3, 2022 The …"
    r"|\([A-Z][A-Za-z .]{1,30}\) ?(?:--|[-–—―:]))\s*"  # an agency's credit alone: "(Reuters) – "
)
_ORDINAL_OF = "(?:(?:st|nd|rd|th)(?: of)?)?"  # "14th of March" (an ordinal before "of")
# The date a weekday is given with: "on Saturday, 5 April", "on Saturday (5 April)" — the date it names.
_DATE_AFTER = re.compile(rf",? \(?(?:\d{{1,2}}{_ORDINAL_OF} {MONTH_RE}|{MONTH_RE} \d)")
_DOCUMENT_OF = re.compile(r"\b(?:Declaration|Agreement|Accord|Treaty|Protocol|Memorandum|Convention|Charter) of $")
_TO_DAY = r"(?:(?: ?[-–‑] ?| to | and )\d{1,2}(?:st|nd|rd|th)?\b(?![ \t]+[a-z]))?"  # the last of a range: "6-7"
_PATTERNS = [
    # A range of days is its first: "7-11 November", "15 and 16 October 2013", "from 26 to 29 November".
    (
        "day_range",
        re.compile(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: ?[-–‑] ?| to | and )"
            rf"\d{{1,2}}{_ORDINAL_OF} {MONTH_RE}(?:,? (\d{{4}}))?\b"
        ),
    ),
    # "March 14", "March 14, 2025", a range of days by its first: "December 6-7, 2001", "March 3 and 4"
    ("month_day", re.compile(rf"\b{MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?\b{_TO_DAY}(?:,? (\d{{4}}))?")),
    # "14 March", "14th March, 2025", "the 14th of March"
    ("day_month", re.compile(rf"\b(\d{{1,2}}){_ORDINAL_OF} {MONTH_RE}(?:,? (\d{{4}}))?\b")),
    (
        "weekday",
        re.compile(
            r"\b([Ll]ast |[Nn]ext |[Tt]his |[Oo]n |)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            r"(?:,? (?P<week>last|next) week\b(?![’']s)| (?P<last>last)\b(?! (?:week|month|year)|[-‐‑]))?"
        ),
    ),
    (
        "relative_day",
        re.compile(
            r"\b(the day before yesterday|yesterday|last night|today|tonight|this (?:morning|afternoon|evening)"
            r"|(?:earlier|later) in the day)\b",
            re.I,
        ),
    ),
    ("days_ago", re.compile(rf"\b({COUNT}) (days?|weeks?) ago\b", re.I)),  # "two days ago", "a week ago"
    ("relative", re.compile(r"\b(last|this|next|earlier this|later this) (week|month|year)\b", re.I)),
    # "on the 10th" alone, a day of this month (not "on the 10th of March", "the 3rd round", "the 10th anniversary")
    ("day_of_month", re.compile(r"\b[Oo]n the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|day|round|anniversary|time)\b)")),
    # "from November 26" is a day (month_day), not the month
    (
        "month",
        re.compile(rf"\b(?:in|during|from|late|early|mid-) ?{MONTH_RE}(?!\.? \d{{1,2}}\b)(?: (\d{{4}}))?\b"),
    ),
]


# Where a clause ends: punctuation, a quotation mark, a word opening another clause (not a count's "two days after",
# nor where one appears: "testified before the Senate"), or the subject of reported words ("Ishiba said he hopes …").
_BOUNDARY = re.compile(
    r"[;:“”\"«»—–]|\((?![A-Z]{2,8}\))|(?<![A-Z])\)"  # not an abbreviation's brackets: "the Commission (JC) on"
    r"|(?<!\d),(?!\s[A-Z][\w.]*(?: [A-Z][\w.]*)? (?:on|in) (?:\d|[A-Z]))"  # "in Bali, Indonesia on"
    r"|,(?!\s?\d{4}\b)(?!\s[A-Z][\w.]*(?: [A-Z][\w.]*)? (?:on|in) (?:\d|[A-Z]))"
    r"|\b(?:that|which|who|whom|whose|when|while|because|since|until|unless"
    r"|if|whether|where|following|despite|he|she|it|they|we|I|you|there|(?=after|before|ahead)"
    r"(?<!the day )(?<! a day )(?<!one day )(?<!the night )(?<!the evening )(?<!two days )(?<!hree days )"
    r"(?<!four days )(?<! a week )(?<!one week )"
    r"(?<!testified )(?<!appeared )(?<!testifying )(?<!appearing )(?:after|before|ahead of))\b"
)
# A sentence's opening phrase of time or occasion: "On Friday, Akazawa said …", "During an interview with Fox News
# on Wednesday, Bessent said …", "After meeting Novak on Tuesday, Lind said …" (what is said after an event is of
# its day, as "said after the meeting" is), with a participle giving its day: "In her speech, delivered on Monday,".
_OPENING = re.compile(
    r"^\s*(?:[A-Z][\w.’' -]{1,40}:[ \t]+)?"  # after a transcript's label: "Gao Feng: On June 18, …"
    r"(?:(?:Separately|Also|Meanwhile|Elsewhere|And|But|Then|Still|Yet|Again)\b,?[ \t]+|(?=[A-Z]))"  # "Also on …"
    r"(?i:On|Upon|Last|Earlier|Later|Late|Early|This|Yesterday|Today|Tonight|During|At|In|Speaking|Afterwards?\b"
    r"|As recently as\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|evening|night))?(?=,)"
    r"|After\b|Following\b|(?:Hours|Minutes|Shortly) (?:later|after)\b|That (?:day|morning|afternoon|evening|night)\b"
    r"|The (?:next|following|previous|same) (?:day|morning|afternoon|evening|night)\b"
    r"|The (?:(?:day|night|evening) before|(?:day|morning) after|eve of)\b"
    r"|(?:An?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}) (?:days?|weeks?)"
    r" (?:later|earlier|after|before|ago)\b)\b"  # a word of its own: not "India", "Ontario", "Atlanta"
    r"(?:[^,;“”\"]|,(?= ?\d{4}\b)){0,100},"  # up to its comma, not the one before a year: "On January 13, 2018,"
    r"(?:[ \t]*(?:delivered|given|made|held|broadcast|aired|published|released|recorded)\b[^,;“”\"]{0,60},)?"
)
# Any participle opening a sentence gives the occasion of its subject's saying: "Addressing a rally in Lagos on
# Sunday,", "Asked about the tariffs at a news conference on Monday,", "Briefing reporters on Tuesday," — not one
# that reports something else ("Citing data released on Monday,", "According to a statement released on Thursday,"),
# nor words of what was asked ("Asked whether …").
_NOT_OCCASION = (  # participles that report something else: "citing data released on Monday", "adding that …"
    r"(?!(?i:citing|noting|saying|adding|stressing|warning|insisting|arguing|pointing|referring|recalling|describing"
    r"|calling|urging|accusing|blaming|claiming|denying|reiterating|echoing|quoting|according|regarding|concerning"
    r"|including|excluding|considering|notwithstanding|barring|pending|saying|expecting|hoping)\b)"
)
_PARTICIPLE = rf"{_NOT_OCCASION}(?:[a-z]{{3,}}ing|asked|interviewed|questioned)\b"  # "briefing", "asked about"
_PARTICIPLE_OPENING = re.compile(
    rf"^\s*{_NOT_OCCASION}(?:[A-Z][a-z]{{2,}}ing|Asked|Interviewed|Questioned)\b"
    r"(?:(?!\b(?:that|whether|if|what|how|why|which|who|when)\b)[^,;“”\"]){0,100},"
)
_ENDS_IN_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*$")
_WEEKDAY_DATE = re.compile(rf"[ \t]*,?[ \t]*\(?(?:\d{{1,2}}{_ORDINAL_OF} {MONTH_RE}|{MONTH_RE} \d{{1,2}}\b)")
_CONTEXT_AT = re.compile(r"[ \t]*,?[ \t]*(?:that|the same) (?:day|morning|afternoon|evening|night)\b")
# The occasion a reporting clause names just after it: "…, said Azevedo after the closing of the conference",
# "LeBlanc said following the meetings", "Ishiba said, speaking on Friday", "told reporters after attending the
# plenary session on Wednesday" (after a verb's -ing form: "after wrapping up the talks").
_OCCASION_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:after|following|at the end of|at the close of) (?:(?:the|their|his|her|its|an?) "
    r"|(?=(?:talks|meetings|negotiations|consultations|discussions)\b))"
    r"|(?:after|following) (?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s |[a-z]{2,}ing\b)"
    rf"|(?:(?:while|when) )?{_PARTICIPLE}"
    r"|(?:upon|on) (?:arriving|landing|arrival)\b|upon (?=[a-z]{2,}ing\b)"  # "said upon arriving in Oslo on Monday"
    r"|(?:when|as|after|once) (?:he|she|they|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:arrived|landed|spoke|was speaking"
    r"|were speaking|visited|addressed|briefed|met|left|departed)\b)"  # "said when he arrived on Monday"
    r"(?P<rest>[^,;:“”\"()]{0,120})"
)
# A finite verb ends the occasion a clause names after it: "said after visiting Oslo the talks would resume".
_FINITE = re.compile(r"\b(?:would|will|was|were|is|are|had|has|have|could|should|must|might|may|can)\b")
# Words about the speaker between the clause and its day: "said Osei, the chief negotiator, on Tuesday".
_APPOSITION = re.compile(
    r",[ \t]+[^,;:“”\"()]{1,80},[ \t]+(?=(?:on|late|early|earlier|last|this|yesterday|today|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b)"
)
# The occasion a participle or a phrase gives before the verb: "X, speaking at … on Monday, said", "X, in a statement …"
_NAMES_A_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|today)\b|{MONTH_RE} \d|\d {MONTH_RE}", re.I)
_OCCASION_BEFORE = re.compile(
    rf",[ \t]*(?:{_PARTICIPLE}|(?:in|at|during|on) (?:an?|the|his|her|its|their)"
    r"|who (?:also )?(?:spoke|was speaking|told|addressed|was addressing|briefed|talked|attended|took part in"
    r"|was at|was in (?=[A-Z])))\b[^,;:“”\"()]{0,100},[ \t]*$"
    r"|,[ \t]*(?:(?:(?:late |early )?on )?(?:yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    rf"(?: (?:morning|afternoon|evening|night))?|on (?:{MONTH_RE} \d{{1,2}}|\d{{1,2}} {MONTH_RE})),[ \t]*$"
)  # a time between commas: "Osei, on Monday, met", "Onyeama, yesterday, engaged"


def clause_around(sentence: str, at: int) -> str:
    """The words of the clause of ``sentence`` that holds position ``at`` (a reporting or meeting
    verb), with the sentence's opening phrase of time when the clause follows it: where the date of
    what the clause reports may be given, and not the dates of other clauses or of the words quoted."""
    sentence = without_dateline(sentence)
    start = max((m.end() for m in _BOUNDARY.finditer(sentence, 0, at)), default=0)
    after = _BOUNDARY.search(sentence, at)
    end = reported_from(sentence, at, after.start() if after else len(sentence))
    words = sentence[start:end]
    before = None if _NAMES_A_DAY.search(words) else _OCCASION_BEFORE.search(sentence, max(0, start - 120), start)
    words = before.group() + words if before else words
    apposition = _APPOSITION.match(sentence, end)  # "said Osei, the chief negotiator, on Tuesday"
    if apposition:
        tail = _BOUNDARY.search(sentence, apposition.end())
        words += " " + sentence[apposition.end() : tail.start() if tail else len(sentence)]
    named = _WEEKDAY_DATE.match(sentence, end) if _ENDS_IN_WEEKDAY.search(words) else None
    if named:  # "said on Saturday (5 April)", "met on Saturday, 5 April,": the date the weekday is given with
        words += named.group()
    context = _CONTEXT_AT.match(sentence, end)  # "said later that day": "that" ends no clause here
    if context:
        words += context.group()
    occasion = _OCCASION_AFTER.match(sentence, end)
    if occasion:
        rest = occasion.start("rest") - occasion.start()
        cuts = [
            found.start()
            for found in (_BOUNDARY.search(occasion.group(), rest), _FINITE.search(occasion.group(), rest))
            if found
        ]
        words += occasion.group()[: min(cuts, default=None)]
    opening = _OPENING.match(sentence) or _PARTICIPLE_OPENING.match(sentence)
    if opening and opening.end() <= start:
        words = opening.group() + " " + words
    return words


def opening_end(sentence: str) -> int:
    """Where a sentence's opening phrase of time or occasion ends ("On Monday, "), 0 if it opens with none."""
    opening = _OPENING.match(sentence) or _PARTICIPLE_OPENING.match(sentence)
    return opening.end() if opening else 0


def dateline_at(text: str, at: int) -> bool:
    """Whether a dateline ("BRASILIA, Nov 14 (PTI) -", "Brasilia, Nov 14 (PTI) -") opens the text at ``at``."""
    return _DATELINE.match(text[at : at + 200]) is not None


def without_dateline(sentence: str) -> str:
    """The sentence with its dateline ("BAKU, Azerbaijan — ") blanked out, offsets kept."""
    dateline = _DATELINE.match(sentence)
    return " " * dateline.end() + sentence[dateline.end() :] if dateline else sentence


_DATELINE_CITY = re.compile(r"\s*([A-Z][A-Za-z .'’-]{1,30}?)(?:,| \(| \[| [-–—―])")


def dateline_zone(text: str) -> str | None:
    """The time zone of the city a text's dateline names ("TOKYO, April 18 (Kyodo) -"), if known."""
    city = _DATELINE_CITY.match(text[:200])
    dated = re.match(rf"\s*[A-Z][A-Za-z .]+, {MONTH_RE} \d", text[:200])  # "Washington, April 17 (Reuters)"
    if city is None or not (city.group(1).isupper() or dated):
        return None
    return DATELINE_ZONES.get(city.group(1).strip().upper())


# A dateline that gives the day it was written, on a line of its own or opening a paragraph: "BUENOS AIRES, Dec. 13
# (Xinhua) --", "MOSCOW, January 27. /TASS/.", "Brussels, 24 December 2020", "New Delhi [India], December 23 (ANI):".
_DATELINE_DAY = re.compile(
    rf"^[ \t]*[A-Z][A-Za-z .'’-]{{1,40}}?(?: \[[A-Za-z .]{{1,30}}\])?, "
    rf"(?:(?P<month>{MONTH_RE}) (?P<day>\d{{1,2}})(?:, (?P<year>\d{{4}}))?"
    rf"|(?P<day_first>\d{{1,2}}) (?P<month_after>{MONTH_RE}) (?P<year_after>\d{{4}}))"
    r"(?=[ \t]*[(/\-–—―:]|\.[ \t]*[/(]|[ \t]*$)",
    re.MULTILINE,
)
DATELINE_BEFORE = 7  # days: a dateline's day may be this long before the published date (or a day after it)


def dateline_day(text: str, published: str) -> str | None:
    """The day a story's dateline gives ("BUENOS AIRES, Dec. 13 (Xinhua) --"), if it agrees with the
    published date: what "Wednesday" counts back from, and a day when the published date is only a
    month or a year."""
    found = _DATELINE_DAY.search(text[:2000])
    if found is None or not published[:4].isdigit():
        return None
    month = month_number(found.group("month") or found.group("month_after"))
    number = int(found.group("day") or found.group("day_first"))
    given = found.group("year") or found.group("year_after")
    day = published_day(published)
    year = int(given) if given else (day.year if day else int(published[:4]))
    if day and not given and (month, number) > (day.month, day.day + 1):
        year -= 1  # "Dec. 31" in a story published on 2 January
    written = _day(year, month, number)
    if written is None:
        return None
    if day:
        gap = (day - dt.date.fromisoformat(written)).days
        return written if -1 <= gap <= DATELINE_BEFORE else None
    return written if published[5:7] in ("", f"{month:02d}") and published[:4] == str(year) else None


def local_day(published: str, text: str) -> str:
    """The date a text was published on, as the day it was where its dateline was written: the
    day the dateline gives ("TOKYO, April 18 (Kyodo) -"); else a time of publication
    (2025-04-17T20:00:00Z) is a day in the dateline's zone (2025-04-18 in TOKYO); a date, or a
    time without a known dateline, is its own day."""
    written = dateline_day(text, published)
    if written:
        return written
    if len(published) <= 10:
        return published
    zone = dateline_zone(text)
    try:
        moment = dt.datetime.fromisoformat(published.replace("Z", "+00:00"))
        if zone is None or moment.tzinfo is None:
            return published[:10]
        return moment.astimezone(ZoneInfo(zone)).date().isoformat()
    except (ValueError, ZoneInfoNotFoundError):  # a time without a zone, or no zone data on this machine
        return published[:10]


def published_day(published: str) -> dt.date | None:
    """The day a source was published, if its date is that precise."""
    try:
        return dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    except ValueError:
        return None


def published_month_end(published: str) -> dt.date | None:
    """The last day of the month a source was published in, when its date gives the month and not the day."""
    try:
        year, month = int(published[:4]), int(published[5:7])
        return dt.date(year, month, calendar.monthrange(year, month)[1]) if len(published) == 7 else None
    except ValueError:
        return None


def month_number(name: str) -> int:
    return next(n for n, month in enumerate(MONTHS, 1) if month.startswith(name.lower().rstrip(".")[:3]))


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date) -> int:
    """The year of a date given without one: the published year, unless that puts it well after."""
    candidate = dt.date(published.year, month, min(day, 28))
    return published.year - 1 if candidate > published + dt.timedelta(days=45) else published.year


_DAYS_BACK = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}


def _resolve(kind: str, match: re.Match[str], day: dt.date) -> str | None:
    groups = match.groups()
    if kind in ("month_day", "day_month", "day_range"):
        month_name, number, year = groups if kind == "month_day" else (groups[1], groups[0], groups[2])
        month, date = month_number(month_name), int(number)
        return _day(int(year) if year else _year_for(month, date, day), month, date)
    if kind == "weekday" and groups[2]:  # "on Tuesday last week": that day of the week before (or after)
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=1 if groups[2] == "next" else -1)
        return (monday + dt.timedelta(days=WEEKDAYS.index(groups[1].lower()))).isoformat()
    if kind == "weekday":
        which, name = (groups[3] or groups[0].strip()).lower(), WEEKDAYS.index(groups[1].lower())
        back = (day.weekday() - name) % 7
        if which == "last" and back == 0:
            back = 7
        if which == "next":
            return (day + dt.timedelta(days=(name - day.weekday()) % 7 or 7)).isoformat()
        return (day - dt.timedelta(days=back)).isoformat()
    if kind == "days_ago":  # "said two days ago", "a week ago"
        return (day - dt.timedelta(days=days_of(groups[0], groups[1]))).isoformat()
    if kind == "relative_day":
        return (day - dt.timedelta(days=_DAYS_BACK.get(groups[0].lower(), 0))).isoformat()
    if kind == "relative":
        return relative(groups[0].lower(), groups[1].lower(), day)
    if kind == "day_of_month":  # "said on the 10th"
        return day_of_month(int(groups[0]), day)
    month = month_number(groups[0])
    year = int(groups[1]) if groups[1] else _year_for(month, 1, day)
    return f"{year}-{month:02d}"


@functools.lru_cache(maxsize=64)  # the quotes of one sentence share their reporting clause
def resolve(sentence: str, published: str) -> tuple[str, str] | None:
    """The first date the sentence gives, resolved, and the words that gave it; None if it gives
    none (or only relative ones and the published date is not a day)."""
    day = published_day(published)
    month_end = published_month_end(published) if day is None else None  # "on May 20" in a story of May 2016
    found: list[tuple[int, str, str]] = []
    sentence = without_dateline(sentence)
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            owned = match.group(1) in ("on ", "On ") and sentence.startswith(("'s", "’s"), match.end())  # "on Monday's"
            if kind == "weekday" and (not match.group(1) or owned) and not reads_as_date(sentence, match):
                continue
            if kind == "weekday" and _DATE_AFTER.match(sentence, match.end()):
                continue  # "Monday, 17 July 2023": the date it names
            if _DOCUMENT_OF.search(sentence, max(0, match.start() - 40), match.start()):
                continue  # "the Lisbon Declaration of 20 October 2004": a document's name, not a time of the words
            if day is None and kind not in ("month_day", "day_month", "day_range"):
                continue
            year = match.groups()[2] if day is None else None  # a day, month or range given with its year
            reference = day or (dt.date(int(year), 1, 1) if year else month_end)
            if reference is None:
                continue
            resolved = _resolve(kind, match, reference)
            counted = counted_before(sentence, match.start()) if resolved and is_day(resolved) else None
            if counted and resolved and not (kind == "weekday" and day and ahead_too(resolved, counted[0], day)):
                found.append((match.start(), shifted(resolved, counted[0]), f"{counted[1]}{match.group().strip()}"))
            elif resolved and not counted:  # "on the eve of Wednesday's summit", "three days before Tuesday's vote"
                found.append((match.start(), resolved, match.group().strip()))
    return min(found)[1:] if found else None


def is_day(date: str | None) -> bool:
    """Whether a drafted date is a whole day ("2025-04-18"), not a month or a year."""
    return date is not None and len(date) == len("2025-04-18")
