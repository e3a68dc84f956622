"""Meetings: "A met (with) B", "A held talks (separately) with B … and with C" (one meeting each), "A negotiated with
B", "A received a briefing from B", "talks between A and B", "talks involving (officials from) A, B and C", "A said
after meeting B", "Following talks with B, A said …", "A is hosting B", "A and B wrapped up two days of talks", with the
participants (a pronoun: the person last named), the place and the length ("for about 50 minutes") when the sentence
gives them, and whether it is to come ("will meet", "are set to meet")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from kb.draft.body_references import with_bodies_named
from kb.draft.called_off import called_off, not_held_before, to_come
from kb.draft.counterparts import holder
from kb.draft.countries import COUNTRIES
from kb.draft.dates import MONTHS, WEEKDAYS, clause_around, opening_end
from kb.draft.joined_subjects import joined_start, joined_subject, split_and
from kb.draft.lexicon import TITLE_HEADS
from kb.draft.meeting_lengths import length
from kb.draft.meeting_objects import after_parties, named_after
from kb.draft.reader import named_before
from kb.draft.reporting_verbs import speech_verbs
from kb.draft.speakers import Mention
from kb.draft.subjects import subject_before
from kb.draft.text import QUOTED, Span, sentences
from kb.draft.the_two import the_two
from kb.draft.tokens import tokens

# A meeting in a phrase of a sentence whose subject is the other party: "Lind said after meeting (with) Novak",
# "after meeting for four hours with Novak", "Following talks with Novak on Monday, Lind told reporters …", "spoke
# after the opening round of talks in Brussels on Monday with Novak".
_PHRASE = (
    r"(?P<phrase>[Aa]fter|[Ff]ollowing) (?:meeting(?:(?: (?:for|during|in|at|on|late|early) [^,.;“”\"]{1,60}?)? with)?"
    r"|(?:(?:a|an|the|his|her|their) )?(?:[\w-]+ ){0,3}?"
    r"(?:meetings?|talks|call|conversation|discussions|negotiations)(?: in [A-Z][\w’'-]+)?"
    r"(?: (?:on|last|this) [A-Z]?[a-z]+)? with)"
)
_WEEKDAY = rf"(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})"
_MONTH = rf"(?:{'|'.join(month.capitalize() for month in MONTHS)})"
# When and how two spoke: "spoke on Friday to", "spoke on May 12 with", "spoke by phone with", "talked on the
# telephone with".
_HOW_SPOKE = (
    rf"(?:(?:today|yesterday|again|separately|(?:on )?{_WEEKDAY}|on {_MONTH} \d{{1,2}}|on \d{{1,2}} {_MONTH}"
    r"|by (?:tele)?phone|(?:on|over) the "
    r"(?:tele)?phone|(?:by|via|over) video(?: link| conference)?|(?:by|via|over) videoconference) ){0,2}"
)
# Words between "held" and "talks" that make no modifier of the talks: "held no talks", "held out hope that talks …".
_NOT_MODIFIERS = (
    r"(?:no|not|never|that|which|what|out|up|off|on|to|in|of|for|back|open|onto|with|the|a|an|any|hope|firm)"
)
MEETING = re.compile(
    r"\b(?P<verb>(?:(?:(?:is|are|was|were) (?:set|due|expected|scheduled|slated|going) to "
    r"|(?:plans?|planned) to )?(?:met|meets|meet)|"
    r"(?:convened|reconvened|gathered)(?= (?:in|at|on|for)\b|[.,;]))"  # not "convened the council"
    r"(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|again|separately|twice|bilaterally"
    r"|privately|briefly|informally|formally|virtually|secretly|online|in person|face-to-face|one-on-one))?"
    r"(?: with)?|(?:held|holds|hold|convened|convenes|reconvened) (?:the|a|an|their) (?:[\w-]+ ){0,2}?(?:[Mm]eetings?"
    r"|[Ss]essions?|[Rr]ounds?) of (?:the |their |its )?(?:[\w-]+ ){0,3}?(?:[A-Z][\w()-]*(?: (?:of|on|for|and|[A-Z]"
    r"[\w()-]*))*|commission|committee|council|mechanism|dialogue|forum)(?: with)?|"  # "of the Joint Commission"
    r"(?:held|holds|hold) (?:(?:face-to-face|in-person|"
    r"bilateral|trilateral|phone|telephone|virtual|separate|further|fresh|another round of|a round of|ministerial) )?"
    r"(?:talks|a meeting|a call|an? (?:[\w-]+ ){0,3}?(?:(?:tele)?phone |video )?(?:call|conversation)"
    r"|an? (?:(?:tele)?phone|video) (?:talk|communication)|discussions|"  # "held a telephone talk with"
    r"consultations|negotiations)(?: separately)?(?: with)?|negotiated with|negotiated(?= (?:in|at|on|for)\b|[.,;])|"
    r"(?:took|take|takes) part in (?:the )?(?:[\w-]+ )?talks|participated in (?:the )?(?:[\w-]+ )?talks|"
    r"had (?:talks|a meeting|an? (?:[\w-]+ ){0,3}?(?:(?:tele)?phone |video )?(?:call|conversation)"
    r"|an? (?:(?:tele)?phone|video) (?:talk|communication)) with|"
    r"(?:held|had|holds?) (?:(?:an?|their|his|her|its|several|separate) [“\"]?(?:[A-Z][\w’'-]+ ){0,3}"
    r"(?:(?:[a-z]+|\d+(?:st|nd|rd|th))(?:-[A-Za-z]+)* ){0,2}?"  # "held a third inter-Korean summit", "their 25th"
    rf"|[“\"]?(?:[A-Z][\w-]+ )?(?:(?!{_NOT_MODIFIERS}\b)[a-z]+(?:-[a-z]+)* ){{0,3}}?)"  # "held Ukraine peace talks"
    r"(?:(?:[a-z]+ )?(?:days?|rounds?) of )?"  # "held a second day of talks"
    r"(?:[Mm]eetings?|[Tt]alks|chat|bilaterals|[Ss]ummit|[Dd]ialogue|(?:video ?)?conference|calls?|conversations?"
    r"|discussions?|dinner|lunch|breakfast)\b[”\"]?"
    r"(?:, respectively,)?(?: with)?|"  # "a bilateral
    # meeting", "had an informal chat", "had an “informal meeting”", "held one-on-one talks with", "a video conference"
    r"(?:concluded|wrapped up|completed|ended|opened|began|started|launched|resumed|kicked off|held|hold|holds) "
    r"(?:the |their |a |an )?(?:(?:[\w-]+ )?round|(?:[\w-]+ ){1,2}(?:days|weeks|hours|rounds)|(?:full )?day)"
    r" of (?:the )?"
    r"(?:[\w-]+ ){0,3}?(?:talks|negotiations|consultations)"
    r"(?: with)?|"
    r"(?:concluded|wrapped up|completed|ended) (?:their|the) (?:[\w-]+ ){0,4}?(?:meeting|talks|summit)\b(?: with)?|"
    r"(?:began|opened|launched|kicked off) (?:the |their |formal |direct )?(?:[\w-]+ ){0,2}?(?:negotiations|talks)"
    r"\b(?: with)?|"  # "Lopez and Diallo officially began the negotiations", "Chile began formal talks with Peru"
    rf"spoke {_HOW_SPOKE}(?:with|to)|talked {_HOW_SPOKE}with|"
    r"(?:received|receives|got) (?:a |an )?(?:[a-z-]+ )?briefing from|was briefed by|"
    r"(?:[Tt]alks|[Mm]eetings?|summit|(?:phone )?call)(?:(?: that| which)? (?:took place|were held|was held))? between|"
    r"(?:[Tt]alks|[Mm]eetings?|[Nn]egotiations) (?:involving|among|included|involved|brought together"
    r"|(?:were|was) attended by|(?<=lateral meeting )of)"
    r"(?: (?:officials|delegations|representatives|negotiators) (?:from|of))?|"
    r"(?:hosted|hosts|host|welcomed|welcomes|received|receives)(?: a courtesy call from)?|"
    r"(?:was|were) (?:received|hosted|welcomed|met) by|(?:was|were) signed by|"
    r"signed (?:(?:an?|the|their|two|three|four|five|several) )?(?:[\w()-]+ ){0,3}?"
    r"(?:agreements?|deals?|memorand(?:um|ums|a)|MoUs?|accords?|pacts?|treat(?:y|ies)|declarations?)"
    r"(?: of understanding)?(?: \(MoUs?\))?|"
    r"(?<=\w)[’']s (?:(?:[Pp]hone|[Tt]elephone|[Vv]ideo) )?(?:[Cc]all|[Mm]eeting)(?: (?:on )?[MTWFS][a-z]{2,5}day)?"
    r" [Ww]ith|"  # "X's Call with Y", "X's meeting Monday with Y"
    r"sat down (?:for talks )?with|(?:is|are|was|were) meeting(?: with)?|"  # "Lind sat down with Novak", "is meeting"
    r"engaged(?: with)?(?= (?:his|her|their|its) (?:[A-Z][\w.-]* )*counterparts?\b)|"  # "engaged his US counterpart"
    r"(?:is|are|was|were) (?:hosting|welcoming|receiving)|"
    r"(?:co-)?chair(?:ed|s)? (?:the|their|an?) (?:[\w-]+ ){0,3}?(?:meeting|talks|dialogue|session|(?i:commission))"
    r"(?: with)?|"
    rf"{_PHRASE})"
    r"(?![\w-])(?:\s+(?P<rest>.+))?",  # the verb may end the sentence: "Chile and Peru held talks."
)
# Words between a meeting's subject and its verb that are neither: "Ishiba on Friday received", "The two
# governments on Friday in Washington held", "Akazawa then met".
_BETWEEN = re.compile(
    r"(?:\s+(?:(?:on|in|at|last|this|earlier|later) (?:the )?(?:[A-Z][\w’'.-]*|\d{1,2}\b)"
    r"(?: [A-Z][\w’'.-]*| \d{1,2}\b)*|then|also|separately|again|later|earlier|first|finally|since|officially|formally"
    rf"|(?:{_WEEKDAY}|today|yesterday)(?: (?:morning|afternoon|evening))?"
    rf")|,\s*(?:on )?(?:{_WEEKDAY}|today|yesterday)(?: (?:morning|afternoon|evening))?,)+\s*$"  # "Osei, yesterday, met"
)
_FOR_TALKS = re.compile(r"\bfor (?:[\w-]+ ){0,2}?(?:talks|negotiations|consultations|a meeting|discussions)\b")
_HABITUAL = re.compile(r"\b(?:regular|frequent|periodic|routine|many|numerous|countless)\b")  # "hold regular talks"
MANY = re.compile(r"\b(?:many|several|numerous|regular|frequent|various|multiple|countless) $")  # no one meeting
FUTURE = re.compile(r"\b(?:will|would|plans? to|planned to|is to|are to|due to|expected to|set to|to meet|hopes? to)\b")
PLACE = re.compile(r"\b(?:in|at) (?:the )?(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?=[\s,.;]|$)")
_CLAUSE_END = re.compile(r"[,;:(]|\b(?:who|which|that|where|after|before|while)\b")
NOT_PLACES = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)")
Antecedent = Callable[[int], Mention | None] | None  # who a pronoun at a place in the text stands for


@dataclass(frozen=True)
class Met:
    participants: tuple[Mention, ...]
    sentence: Span
    place: str | None
    expected: bool
    dating: str = ""  # the words that may give its date: the clause of its verb
    duration: str | None = None  # ISO 8601: PT50M
    duration_qualifier: str | None = None  # about, over, under, at_least, nearly
    duration_words: str | None = None  # the words that gave it
    group: bool = False  # a meeting of one group, its one participant (group_meetings.py)


def met_at(sentence: Span, parties: list[Mention], at: int) -> Met:
    """The meeting its words at ``at`` name, its place the first one its own words name ("in the Kazakh capital" names
    none), and dated by the words of its clause — none for talks still to come ("will host a round of talks …")."""
    words = sentence.text
    own = re.split(r"[,;:(]", words[at:], maxsplit=1)[0]
    places = [m for m in PLACE.finditer(own) if not NOT_PLACES.match(m.group("place"))]
    place = next((m.group("place") for m in places if not re.match(r" [a-z]", own[m.end() :])), None)
    dating = clause_around(words, at)
    expected = bool(FUTURE.search(dating))
    return Met(tuple(parties), sentence, place, expected, "" if expected else dating)


_CLAUSE_OPENING = re.compile(r";|,\s+(?:as|while|when|since|because|where)\s+")  # a clause of its own after it
_WHERE = re.compile(r",\s+(?:where|at which|during which)\s+[^,;:]{0,60}$")
_WHO_ALSO = re.compile(r", who (?:also |later |then |had )?(?=(?:held|met|had|spoke|hosted)\b)")


def read_meetings(text: str, antecedent: Antecedent = None) -> list[Met]:
    """Every meeting a sentence reports between two or more people or bodies it names (``antecedent``: Antecedent):
    the first of its meeting's words that names them ("spoke to reporters after meetings with Novak": the meetings)."""
    found: list[Met] = []
    for sentence in sentences(text):
        at = 0
        while (match := MEETING.search(sentence.text, at)) is not None:
            met = _met(text, sentence, match, antecedent)
            found += met
            if met:  # and the meeting a relative clause gives its last party: "…, who also held talks with B"
                again = _WHO_ALSO.search(sentence.text, match.end("verb"))
                other = MEETING.match(sentence.text, again.end()) if again else None
                more = _met(text, sentence, other, antecedent) if other else []
                found += [replace(each, dating=f"{each.dating} {met[-1].dating}") for each in more]  # its day too
                break
            at = match.end("verb")
    return found


def _met(text: str, sentence: Span, match: re.Match[str], antecedent: Antecedent) -> list[Met]:
    """The meetings of the parties one match of MEETING names."""
    found: list[Met] = []
    before, verb, rest_of = sentence.text[: match.start()], match.group("verb"), match.group("rest") or ""
    if _none_held(before, verb, match):
        return []
    subjects: list[Mention] = []
    rest = with_bodies_named(text, match.group("rest") or "", sentence.start)  # "with the agency"
    if _MET.fullmatch(verb) and not named_after(text, rest, 0):  # "met Wednesday in Washington with B": B
        rest = _WITH_LATER.sub("", rest, count=1)
    if match.group("phrase"):  # "Lind said after meeting Novak", "After talks with Novak, Lind said …"
        subjects, rest = _phrase_subjects(text, sentence, match, antecedent)
    elif not _PARTIES_AFTER.search(verb):
        subjects = subjects_of(text, sentence.start, before, antecedent)
        if all(who.pronoun for who in subjects):
            return []  # "Zarif said he would next meet Kerry and Ashton": not Kerry's meeting with Ashton
    own = _CLAUSE_END.split(sentence.text[match.start() :], maxsplit=1)[0]  # not "…, who had been in Washington"
    place = next((m.group("place") for m in PLACE.finditer(own) if not NOT_PLACES.match(m.group("place"))),
                 None)  # fmt: skip
    to_come_ = _PARTIES_AFTER.search(verb) and _TO_COME.search(before[-40:] + verb.split()[0])  # a noun of talks
    own_clause = _CLAUSE_OPENING.split(QUOTED.sub(" ", before))[-1]  # not "said he would visit, as he and May held"
    future = FUTURE.search(own_clause + verb)  # not "“… will be arranged,” X said after talks with"
    expected = bool(future or to_come_ or (_PARTIES_AFTER.search(verb) and to_come(rest_of)))
    dating = clause_around(sentence.text, match.start())  # the verb's clause, or the phrase's own words:
    where = _WHERE.search(before)  # and the clause a "where" goes on from: "at a summit on Thursday, where he met"
    dating = f"{dating} {clause_around(sentence.text, where.start())}" if where else dating
    dating = sentence.text[match.end("phrase") : match.end("verb")] if match.group("phrase") else dating
    said_on = _SAID_ON.search(before) if match.group("phrase") else None  # "said on Sunday after a meeting with"
    said_day = f" {said_on.group('when')}" if said_on else ""  # after the phrase's own words, which come first
    dating = "" if re.search(r"\bsince\s*$", before) else dating  # "After X on Monday, A has since met B"
    carried = ""  # the words of time after the first part's parties, the later parts' when they give none
    for later, part in enumerate(_SEPARATE.split(rest)):  # "with A for 90 minutes and with B for two hours"
        part = _AS_WELL_AS.sub(" and ", part)  # "A, B as well as C"; "with African counterparts, including A and B"
        named_first = any(who.name for who in named_after(text, part, 0))  # "members of Singapore's leadership, …"
        part = part if named_first else _INCLUDING.sub("", part, count=1)
        named = _GROUP_FROM.sub(lambda found: " " * len(found.group()), _SET_OFF.sub(_blank, part))
        objects = [holder(who, text, sentence.start) for who in named_after(text, named, 0)]
        hosting = re.sub(r"^(?:is|are|was|were) | by$", "", verb) in _HOSTING  # "received", "was received by"
        if verb.startswith("spoke") or hosting:  # a person spoken with, not "to CNN"; a guest or a host
            for_talks = hosting and _FOR_TALKS.search(part) is not None  # "Chile hosted Peru for talks": a country too
            objects = [
                who
                for who in objects
                if who.name
                and (who.title or verb[0] == "s" or _guest(verb, who) or named_before(text, who, sentence.start))
                or for_talks
                and who.organisation in COUNTRIES
            ]
        each = [[who] for who in objects] if _EACH.search(verb) and objects else [objects]
        for met in each:  # "held bilateral talks with A and B", "took calls from A and B": one meeting each
            parties = [holder(p, text, sentence.start) for p in [*subjects, *met]]
            parties = [p for p in parties if p.name or p.organisation]  # "A and B signed …": the signatories
            if len(parties) < 2 or (match.group("phrase") and not any(p.name for p in subjects if p in parties)):
                continue
            lasted = length(part)
            after = after_parties(part, objects)
            own = f"{after} {dating}" if later else dating + after  # a later part's own day first: "and B on June 2"
            when, carried = own + said_day + carried, carried or after
            found.append(Met(tuple(parties), sentence, place, expected, when, *(lasted or (None, None, None))))
    return found


# A meeting in a question left open: "declined to say which leaders were meeting", "it is unclear whether they met".
UNSAID = re.compile(
    r"\b(?:(?:declined|refused|would not|wouldn't|did not|didn't|could not|couldn't) (?:to )?"
    r"(?:say|confirm|disclose|reveal|specify)|unclear|not clear|not known) (?:which|when|whether|where|who|if)\b"
)


def _none_held(before: str, verb: str, match: re.Match[str]) -> bool:
    """Whether the meeting's words say it was not held: talks spoken of as a prospect ("momentum for talks between
    Washington and Pyongyang"), called off ("… was cancelled", "Lopez cancelled her meeting with Diallo"), or a
    habit ("hold regular talks", "the many meetings between"), or asked about ("declined to say when they met")."""
    rest = match.group("rest") or ""
    if UNSAID.search(before):
        return True  # "He declined to say which leaders were meeting"
    spoken_of = _PROSPECT.search(before[-40:] + verb.split()[0]) or called_off(rest) or MANY.search(before)
    if _PARTIES_AFTER.search(verb) and spoken_of or _HABITUAL.search(verb):
        return True
    return not match.group("phrase") and (not_held_before(before) or bool(_NOUN.search(verb) and called_off(rest)))


# What a subject sets off that names no party, blanked out, its place kept, so that a name ends the subject: its
# brackets ("the European Union (EU) met", "(MOTIR, Minister JK Kim)"), the comma after a name set off after a post
# ("his counterpart, Wang Yi, met"), and a post after the last party's name (", Minister of State at the Department
# for Business and Trade,").
_SET_OFF = re.compile(
    r" \([^()\n]{1,60}\)(?=\s|,|$)|(?P<who>(?<=[a-z]), [A-Z]\S*( [A-Z]\S*){0,3}),(?=\s*$)"
    rf"|(?<=[a-z]), (?:[A-Z][\w-]* ){{0,2}}(?i:{'|'.join(sorted(TITLE_HEADS))})\b[^,()]{{0,100}},(?=\s*$)"
    r"|,? and (?:their|his|her|its) (?:respective )?(?:delegations?|teams?|aides|advisers|entourages?)(?=\s*$)"
    r"|(?<=[a-z])(?P<relative>, who (?:is|was|are|were|has|had) [^,()]{1,80}(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)?),"
    r"(?=\s*$)"
)  # and a relative clause after a post (", Minister for Foreign Affairs of Japan, who is visiting Hanoi, Viet Nam,")


# People of the countries a list names, the countries' parties to the meeting: "with his counterparts from Ukraine,
# Russia and France", "with officials of Norway and Sweden" (Ukraine, Russia, France; Norway, Sweden); or a group whose
# people are named between dashes after it: "with the IMF's top two – Kristalina Georgieva and Gita Gopinath –".
_GROUP_FROM = re.compile(
    r"^(?:(?:his|her|their|the) )?(?:[a-z-]+ ){0,2}?(?:counterparts|officials|delegations|representatives|ministers"
    r"|negotiators|envoys|delegates|leaders) (?:from|of) (?:the )?(?=[A-Z])|^(?:the |a |an )?[^–—,;.:]{1,40}? [–—] "
)


def _blank(found: re.Match[str]) -> str:
    if found.group("relative"):
        return f"{' ' * len(found.group('relative'))}, "  # the comma a post before it ends with
    return f"{found.group('who')} " if found.group("who") else " " * len(found.group())


def subjects_of(text: str, start: int, before: str, antecedent: Antecedent) -> list[Mention]:
    """Who the verb's subject names: one or more joined by "and", a pronoun (the person last named), or "the two
    leaders", "Both ministers", "They" (the last two people named before)."""
    tail = max(0, len(before) - 200)  # the words just before the verb: bounded work on a long sentence
    between = _BETWEEN.search(before, tail)
    trimmed = before[: between.start()] if between else before
    opened, unset = opening_end(trimmed), trimmed  # not the subject after "On Monday, " as a post set off
    for _ in range(2):  # what a relative clause after a post sets off, then the post
        trimmed = trimmed[:opened] + _SET_OFF.sub(_blank, trimmed[opened:])
    trimmed = re.sub(r"\s*,\s*$", "", trimmed) if trimmed != unset else trimmed  # the comma after what was set off
    two = the_two(text, start, trimmed)
    if two is not None:
        return two
    words = tokens(trimmed + " said")
    subject = subject_before(words, len(words) - 1)
    if not subject:
        return split_and(joined_subject(trimmed))  # "Lopez, the trade minister, and Diallo met", "… and his
        # counterpart"
    first = joined_start(trimmed, subject[0].start)  # "Mercosur and the European Union met", "A, B and C met"
    post = _POST_OF.search(trimmed, 0, first)  # the post whose portfolios those are: "Minister for Industry, …"
    first = post.start() if post and any(word.casefold() in TITLE_HEADS for word in post.group().split()) else first
    subjects = split_and(trimmed[first : subject[-1].end])
    joined = [who for who in subjects if who.phrase not in ("He", "She")]  # "He and Theresa May held …": May
    at = trimmed.find(joined[0].phrase, first) if joined and antecedent is not None else -1
    he = _PRONOUN_AND.search(trimmed, 0, at) if at >= 0 else None  # "as he and Theresa May held …", "He and May met"
    if he and antecedent is not None:
        named = antecedent(start + he.start())
        subjects = [named, *joined] if named is not None else joined
    first_person = subject[-1].text == "I"  # "Today I met …": who is speaking (first_person.py)
    if len(subjects) == 1 and (subjects[0].pronoun or first_person) and antecedent is not None:
        named = antecedent(start + subject[-1 if first_person else 0].start)
        subjects = [named] if named is not None else []
    return subjects


_PRONOUN_AND = re.compile(r"\b(?:[Hh]e|[Ss]he) and\s+$")  # a pronoun joined to a named subject: "he and May met"
# A post whose "of" or "for" the words of a subject's portfolios follow: "Minister for Industry, Commerce and …".
_POST_OF = re.compile(r"(?:\b[A-Z][\w’'.-]*\s+){1,4}(?:of|for)\s+$")
_SUBJECT = re.compile(r", (?P<who>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)(?= [a-z]|, )")  # "After meeting B, A flew …"
# The day of the words a phrase of a meeting follows, the meeting's unless the phrase gives its own: "Lind said on
# Sunday after a meeting with Novak", "Lind spoke to reporters on Sunday after talks with Novak".
_AUDIENCE = r"(?: to)?(?: (?:reporters|journalists|the press))?"  # "told reporters", "speaking to the press"
_SAID_ON = re.compile(rf"\b(?:said|says|told|spoke|speaking){_AUDIENCE}\s+(?P<when>(?:on )?{_WEEKDAY}),?\s*$")
_SAID_BEFORE = re.compile(  # "Lind, after", "Lind said after", "Lind, speaking (to reporters) (on Sunday) after", "Lind
    # was speaking after"
    rf"(?:,|\s+(?:said|says|spoke|told|added|was speaking)|,\s+speaking){_AUDIENCE}(?: (?:on )?{_WEEKDAY},?)?\s*$"
)
_SPEAKING = re.compile(rf"^\s*(?:Speaking|Talking){_AUDIENCE}\s*$")  # opening the sentence: "Speaking after talks with"


def _phrase_subjects(
    text: str, sentence: Span, match: re.Match[str], antecedent: Antecedent
) -> tuple[list[Mention], str]:
    """The other party of a meeting a phrase names — the subject of the sentence's reporting verb, before the
    phrase or after it ("After talks with Novak, Lind said …") — and the words that name the phrase's parties."""
    rest = match.group("rest") or ""
    before = _SPEAKING.sub("", sentence.text[: match.start()])  # "Speaking after meetings with A and B, Lind said"
    if before.strip():  # the subject of its last verb of saying, any words after
        words = tokens(before)
        cut = max((words[at].start for at in speech_verbs(words)), default=None)  # "told X by phone"
        went = _WENT.search(before) if cut is None else None  # "A has returned to Kabul following talks with": A
        cut = went.start() if went else cut
        return subjects_of(
            text, sentence.start, before[:cut] if cut else _SAID_BEFORE.sub("", before), antecedent
        ), rest
    verb = next((tokens(rest)[at].start for at in speech_verbs(tokens(rest))), None)
    verb = verb if verb is not None else (m.end("who") if (m := _SUBJECT.search(rest)) else 0)
    if (comma := rest.rfind(",", 0, verb)) < 0:
        return [], rest
    start = sentence.start + match.start("rest") + comma + 1
    return subjects_of(text, start, rest[comma + 1 : verb], antecedent), rest[:comma]


_WENT = re.compile(r"\b(?:(?:has|have|had) )?(?:returned|arrived|flew|travell?ed|came|went|left|headed)\b")


# Verbs whose object is a meeting's party only if a person ("spoke to reporters", "welcomed the agreement" are
# none), a host's guest named with a post, or in full after "hosted" ("hosted President Omar Diallo", "hosted Omar
# Diallo"; not "was received by Omar Diallo", who may be anyone at the airport).
_HOSTING = ("hosted", "hosts", "host", "hosting", "welcomed", "welcomes", "welcoming", "received", "receives",
            "receiving", "received a courtesy call from")  # fmt: skip


def _guest(verb: str, who: Mention) -> bool:
    return verb.endswith(("hosted", "hosts", "hosted by")) and " " in (who.name or "")  # "was hosted by Omar Diallo"


# Talks named as a prospect ("momentum for talks between", "push for an early summit between"), or "separate meetings
# between A, B and C": none of all.
_PROSPECT = re.compile(
    r"\b(?:(?:for|towards?|possible|potential|future|resume|restart|revive|hold)"
    r"(?:\s+(?:a|an|the)(?:\s+(?!planned|proposed|upcoming|next)[\w-]+){0,2})?\s+\S+"  # "the planned …": to come
    r"|separate\s+[Mm]eetings)$"
)
_TO_COME = re.compile(  # "before a summit between", "Ahead of the next round of talks between", "the planned meeting"
    r"\b(?:[Bb]efore|[Aa]head of|planned|proposed|upcoming|next)\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}\S+$"
)
_PARTIES_AFTER = re.compile(  # every party after the verb
    r"(?:between|involving|among|included|involved|brought together|attended by|signed by|meeting of)"
    r"(?: \w+ (?:from|of))?$"
)
_AS_WELL_AS = re.compile(r",? as well as ")
_NOUN = re.compile(r"\b(?:[Mm]eetings?|[Tt]alks|[Cc]alls?|summit|conversation|negotiations|consultations)\b")
_MET = re.compile(r"(?:.+ )?(?:met|meets|meet)(?: [A-Z][a-z]+day)?")  # "met", "are set to meet", "met Monday"
# The words of place and time before the "with" of who was met: "met Wednesday in Washington D.C. with B".
_WITH_LATER = re.compile(
    r"^(?:[^,;:.“”\"]|,(?= [A-Z])|(?<=\b[A-Z])\.){0,60}?\bwith "  # "met in Washington, D.C. on Friday with his …"
    r"(?=[A-Z]|(?:the|his|her) [A-Z]|(?:his|her|their) (?:[a-z-]+ )?(?:counterparts?|opposite numbers?)\b)"
)
# Meetings of two each, one subject with each party after the verb: "separate talks", "calls", "bilateral meetings".
_EACH = re.compile(r"\b(?:separate|separately|respectively|series|calls|conversations|bilaterals|bilateral [a-z]+s)\b")
# The words before those that name the parties of a group of people met: "with African counterparts …, including".
_INCLUDING = re.compile(
    r"^[^;:.“”\"]{0,40}?\b(?:counterparts|leaders|ministers|officials|delegations|heads|presidents|envoys"
    r"|negotiators|representatives|members(?! of the (?:press|media)))\b"
    r"[^;:.“”\"]{0,80}?,? including (?=(?:the |his |her |their )?[a-zA-Z])"
)
_SEPARATE = re.compile(r",? and (?:separately )?with (?:the )?(?=[A-Z])")
