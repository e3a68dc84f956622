"""Meetings that meetings.MEETING does not read, in a sentence where it found none: a meeting noun whose parties come
after a place or a time ("cease-fire talks in the Kazakh capital between Turkey, Russia and Iran"); a meeting noun
"with" a party whose other party is the possessive before it ("Lind's talks with Novak", "his phone call with Novak"),
the subject of "in talks with" ("Lind is in talks with Novak", "A Chilean delegation was in Lima for talks with …") or
of the sentence's verb of saying, when the party met is a person named ("Lind said one-on-one discussions with
President Novak had helped"); subjects joined by "and" who talked ("Lind and Novak discussed trade", "shook hands",
"exchanged views", "conferred"), or one who talked with another named ("Lind discussed the plan with President
Novak"); and a visit or a call to a person named with a post, or by the surname of one named so before ("Lind called
on President Novak", "paid a courtesy call on", "visited", "telephoned" — never "called on Novak to act")."""

from __future__ import annotations

import re
from dataclasses import replace

from kb.draft.body_references import with_bodies_named
from kb.draft.called_off import called_off, not_held_before
from kb.draft.countries import COUNTRIES
from kb.draft.group_meetings import group_meeting
from kb.draft.listed_meetings import listed_meetings
from kb.draft.meeting_objects import named_after
from kb.draft.meeting_rephrasings import party_key, people_rephrased, with_rephrased
from kb.draft.meetings import (
    MANY,
    UNSAID,
    Antecedent,
    Met,
    holder,
    met_at,
    read_meetings,
    subjects_of,
)
from kb.draft.paired_talks import paired_talks
from kb.draft.reader import named_before
from kb.draft.reporting_verbs import speech_verbs
from kb.draft.speakers import Mention, body_name, mention_of
from kb.draft.text import Span, sentences
from kb.draft.tokens import Token, tokens
from kb.draft.told_in_calls import told_in_opening

_NOUN = (
    r"(?:[Tt]alks|[Mm]eetings?|[Dd]iscussions|[Nn]egotiations|[Cc]onsultations|dialogue|summit|"
    r"(?:(?:tele)?phone |video )?(?:call|conversation)|video ?conference|session|round|[Ee]ncounters?|sit-downs?|"
    r"get-togethers?|"
    r"t[eê]te-[aà]-t[eê]tes?|parleys?|huddles?|audiences?|(?:news|press) conference)"
)
# A place or a time between a meeting noun and its parties: "in the Kazakh capital", "held in Geneva on Monday".
_WHERE_OR_WHEN = (
    r"(?:,? (?:(?:was |were )?held |hosted )?(?:(?:in|at) (?:the |an? )?(?:[\w’'.-]+ ){0,2}?[\w’'.-]+"
    r"|on (?:[A-Z][a-z]+|\d{1,2})(?: \d{1,2}| [A-Z][a-z]+)?(?:,? \d{4})?(?: morning| afternoon| evening| night)?"
    r"|over (?:a )?(?:working )?(?:dinner|lunch|breakfast)"  # "on Saturday night over dinner", "on June 8, 2022"
    r"|(?:last|this|earlier|late) (?:week|month|year|[A-Z][a-z]+)"
    r"|[A-Z][a-z]+ \d{1,2}(?:, \d{4})?"  # "on Tuesday, April 21, between"
    r"|(?:brokered|mediated|hosted|sponsored|facilitated|organi[sz]ed) by (?:the )?[A-Z][\w’'.-]*"
    r"(?: [A-Z][\w’'.-]*){0,3}))"
)  # "talks brokered by Qatar between Israel and Hamas": the mediator is no party
# Its parties after it: "talks … between A and B", "consultations in a ceremony chaired by A, B and C".
_NOUN_BETWEEN = re.compile(
    rf"\b{_NOUN}(?P<gap>{_WHERE_OR_WHEN}{{0,3}}),? (?:(?:was|were) )?(?:held )?"
    r"(?:between|among|involving|(?P<by>(?:co-)?chaired by|attended by)) (?P<rest>[\s\S]+)"
)
_NOUN_WITH = re.compile(rf"\b{_NOUN}(?:{_WHERE_OR_WHEN}){{0,3}},? (?:with|(?<=call )from) (?P<rest>[\s\S]+)")
# Talks named as a prospect, or none held: "for talks", "a potential meeting", "resume negotiations", "had no meeting".
_PROSPECT = re.compile(
    r"\b(?:for|toward|towards|possible|potential|future|proposed|planned|upcoming|next|resume|restart|revive|hold|"
    r"seek|seeking|sought|calls? for|invite|invited|invitation|ahead of|before|prepare|preparing|no|never)\b"
    r"(?:\s+[\w-]+){0,2}\s*$"
)
# The owner before a meeting noun: "Lind's talks with", "his phone call with", "Lind's one-on-one meeting with".
_OWNER = re.compile(
    r"(?:\b(?P<name>(?![A-Z][a-z]+ing\b)[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})[’']s|\b(?P<pronoun>[Hh]is|[Hh]er))"
    r" (?:[\w-]+ ){0,3}$"  # not a participle opening the sentence: "Recalling Lind's trip to …"
)
# The subject's verb right before a meeting noun: "Lind is in talks with", "Lind hosted talks with", "Lind led the
# fresh round of negotiations with".
_IN_TALKS = re.compile(
    r"\b(?:(?:is|are|was|were|arrived|arrives|flew|travelled|traveled|went|came) (?:in|to) [A-Z][\w’'-]*"
    r"(?: [A-Z][\w’'-]*)?(?: on [A-Z][a-z]+)? (?P<for>for)|"  # "was in Beijing for talks with": held there
    r"(?:is|are|was|were|remains?|remained|been|be) (?:now |still |already |also )?(?:locked )?in|hosted|led|"
    r"opened|chaired|attended|joined|began|started|resumed|concluded|wrapped up|completed|continued|pursued|"
    r"hosts?|leads?|holds?|held|had|(?:was|were) granted)"  # "had a brief sit-down with", "was granted an audience"
    r" (?:(?:the|a|an|his|her|their|its|another) )?(?:[\w-]+ ){0,3}$"
)
# A phrase of the meeting opening the sentence, its subject after the comma: "During his meeting with B, A raised …",
# "Meeting with B in Hanoi, A proposed …", "Holding talks with B, A called for …".
_OPENING = re.compile(
    r"^(?:(?:On [A-Z][a-z]+|Earlier(?: in the day)?|Later|Meanwhile|Separately),? (?=[a-z]))?"  # "On Wednesday, during"
    r"(?:[Dd]uring|[Ii]n|[Aa]t|[Aa]fter|[Ff]ollowing|Over|Before|Meeting(?= with)|Holding"
    r"|Speaking (?:at|during|after)) [^,]{0,120}, (?P<clause>[^,]{0,160})"
)
# A participle of meeting opening the sentence, its subjects the parties: "Meeting in Oslo, Chile and Peru agreed …",
# "Meeting at Clonakilty, representatives of the EU, the Faroe Islands and Norway have agreed …".
_PEOPLE_OF = re.compile(r"^(?:representatives|officials|delegations|delegates|ministers|negotiators) (?:of|from) ")
_MEETING_OPENING = re.compile(
    r"^(?:Meeting|Gathered|Gathering|Convening) (?:in|at|on) [^,]{0,80}, (?P<clause>[\s\S]{0,200})"
)
_TALKED = re.compile(
    r"\b(?P<verb>discussed|talked|exchanged (?:views|opinions|ideas|notes)|conferred|consulted|huddled|conversed)\b"
)
_IN_A_SUBJECT = frozenset(
    {"of", "for", "the", "and", "de", "von", "van", "al", "bin"}
)  # "Minister for Trade Ana Lopez"
_JOINED_SUBJECTS = re.compile(r"\band\b|, [A-Z]")  # subjects joined: "Lopez and Diallo", "Chile, Peru"
_WITH_AFTER = re.compile(r"[^,;:.“”\"]{0,80}?\bwith (?=[A-Z]|(?:the|his|her) [A-Z])")
_VISITED = re.compile(
    r"\b(?:called on|calls on|paid (?:a |an )?(?:[\w-]+ ){0,2}?(?:call|visit) (?:on|to)|pays (?:a |an )?"
    r"(?:[\w-]+ ){0,2}?(?:call|visit) (?:on|to)|visited|telephoned|phoned)\s+(?P<rest>[\s\S]+)"
)
_URGED = re.compile(r"\s*,?\s*(?:to|for)\b")  # "called on President Novak to act": no visit


def every_meeting(text: str, antecedent: Antecedent = None) -> list[Met]:
    """The meetings meetings.read_meetings and listed_meetings read, and those the constructions here read in the
    sentences where they found none — but a meeting of countries or bodies only, in the sentence just before or after
    one of people, is the same talks told by who held them, and gives that meeting its words of time ("… a round of
    negotiations on Thursday between China and the US." then "… chaired by Vice Premier Liu He and Robert
    Lighthizer.")."""
    found = read_meetings(text, antecedent) + listed_meetings(text)
    read = {met.sentence.start for met in found}
    every = sentences(text)
    index = {sentence.start: at for at, sentence in enumerate(every)}
    more = [
        met
        for s in every
        if s.start not in read and not UNSAID.search(s.text)  # "would not confirm when Lopez held talks with"
        for met in with_rephrased(
            s,
            antecedent,
            _in_nouns(text, s, antecedent)
            or _talked(text, s, antecedent)
            or _met_at_opening(text, s, antecedent)
            or _journey(text, s, antecedent)
            or _beside(text, s, antecedent)
            or _their_talks(text, s, antecedent)
            or group_meeting(text, s, every[index[s.start] - 1] if index[s.start] else None)
            or paired_talks(s)
            or told_in_opening(text, s, antecedent),
        )
    ]
    mets = [*found, *more, *people_rephrased(every, antecedent, found)]  # "A talked to B …, after talks between …"
    mets += _host_again(text, every, mets)
    people = {index[met.sentence.start]: at for at, met in enumerate(mets) if any(who.name for who in met.participants)}
    dropped = set()
    for at in range(len(mets)):
        here = index[mets[at].sentence.start]
        same = next((people[n] for n in (here + 1, here - 1) if n in people), None)
        if same is not None and not mets[at].group and not any(who.name for who in mets[at].participants):
            mets[same] = replace(mets[same], dating=f"{mets[same].dating} {mets[at].dating}")
            dropped.add(at)
    return [met for at, met in enumerate(mets) if at not in dropped]


_LEADS_IN = frozenset({"", "The", "Later", "Then", "Earlier", "Afterwards", "Further", "Separate"})  # "Later, talks"


def _host_again(text: str, every: list[Span], mets: list[Met]) -> list[Met]:
    """A meeting noun "with" a person and no other party named, opening its sentence ("Discussions with the Russian
    foreign minister began at 11 am.") in one of the two sentences after a meeting a person named first took part
    in: theirs ("Lopez and her Chinese counterpart held talks." — Lopez's talks with the Russian minister)."""
    ordered = sorted(mets, key=lambda met: met.sentence.start)
    taken = {met.sentence.start for met in mets}
    more: list[Met] = []
    last = 0  # how many meetings come before the sentence
    for at, sentence in enumerate(every):
        while last < len(ordered) and ordered[last].sentence.start < sentence.start:
            last += 1
        free = last and sentence.start not in taken and " with " in sentence.text  # a quick test before the search
        with_ = _NOUN_WITH.search(sentence.text) if free else None
        before = sentence.text[: with_.start()] if with_ else ""
        if with_ is None or ordered[last - 1].sentence.start < every[max(0, at - 2)].start:
            continue  # no meeting noun, or no meeting in the two sentences before
        lead = before.strip(" ,")
        if not (lead in _LEADS_IN or lead.endswith(" that")) or _PROSPECT.search(before[-40:]) or _OWNER.search(before):
            continue  # the noun not opening its clause ("Novak has long opposed talks with"), or still to come
        host, met = ordered[last - 1].participants[0], ordered[last - 1]
        guest = [holder(who, text, sentence.start) for who in named_after(text, with_.group("rest"), 0)[:1]]
        new_guest = guest and guest[0].name and all(party_key(guest[0]) != party_key(who) for who in met.participants)
        if host.name and new_guest:
            more.append(met_at(sentence, [host, guest[0]], with_.start()))
    return more


def _in_nouns(text: str, sentence: Span, antecedent: Antecedent) -> list[Met]:
    """A meeting its noun names, its parties after a place or a time and "between", or one party after "with"."""
    words = sentence.text
    between = _NOUN_BETWEEN.search(words)
    each = between is not None and words[: between.start()].endswith("separate ") and between.group()[:8] == "meetings"
    prospect = between is not None and (
        _PROSPECT.search(words, max(0, between.start() - 40), between.start())
        or not_held_before(words[: between.start()])
        or MANY.search(words, max(0, between.start() - 20), between.start())  # "the many meetings between": none
    )
    if between is not None and not each and not prospect and not called_off(between.group("rest")):
        rest = with_bodies_named(text, between.group("rest"), sentence.start)  # "between Tehran and the agency"
        parties = _named(text, sentence, named_after(text, rest, 0))
        if between.group("by"):  # the people who came, each named in full: not a post's "Foreign Affairs and Trade"
            parties = [who for who in parties if len((who.name or "").split()) >= 2]
        if len(parties) >= 2:
            return [met_at(sentence, parties, between.start())]
    with_ = _NOUN_WITH.search(words)
    there = _IN_TALKS.search(words, max(0, with_.start() - 60), with_.start()) if with_ is not None else None
    there_for = there is not None and there.group("for")  # "was in Beijing for talks with": no prospect
    if with_ is None or (not there_for and _PROSPECT.search(words, max(0, with_.start() - 40), with_.start())):
        return []
    if not_held_before(words[: with_.start()]):
        return []  # "Lopez cancelled her meeting with Diallo"
    if called_off(with_.group("rest")):
        return []  # "Lopez's talks with Diallo were postponed"
    objects = named_after(text, with_bodies_named(text, with_.group("rest"), sentence.start), 0)[:1]
    owners = _owners(text, sentence, words[: with_.start()], antecedent)
    if not owners and objects and objects[0].name:  # the speaker's own talks: "Lind said talks with Novak had helped"
        before = words[: with_.start()]
        verbs = speech_verbs(tokens(before))
        subject = before[: tokens(before)[verbs[-1]].start] if verbs else ""
        spokesperson = _SPOKESPERSON.search(subject)  # who reports a principal's talks
        owners = subjects_of(text, sentence.start, subject, antecedent) if verbs and not spokesperson else []
    parties = _named(text, sentence, [*owners[:1], *objects])  # a person's talks, not "Iran's official spoke after …"
    went = there_for and parties[:1] and parties[0].organisation in COUNTRIES  # "A Chilean delegation was in Lima for"
    owned = len(parties) == 2 and (parties[0].name or went or _bodys_own(words[: with_.start()], parties[0]))
    return [met_at(sentence, parties, with_.start())] if owned else []


_SPOKESPERSON = re.compile(r"\b(?:spokes(?:wo)?m[ae]n|spokesperson|press secretary)s?\b", re.IGNORECASE)  # for another


# A country's or body's own talks, its possessive right before the noun and words that describe it: "Malaysia's
# negotiations with", "Ghana's stalled talks with" (not "Iran's official spoke after talks with", "Iran's envoy said
# talks with").
_BODYS = re.compile(r"\b(?P<body>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})[’']s (?P<gap>(?:[a-z-]+ ){0,2})$")


def _bodys_own(before: str, owner: Mention) -> bool:
    """Whether the talks are those of the country or body ``owner`` whose possessive is right before their noun."""
    found = _BODYS.search(before, max(0, len(before) - 80))
    if found is None or owner.organisation is None or body_name(found.group("body")) != owner.organisation:
        return False
    gap = tokens(found.group("gap"))
    return not speech_verbs(gap)


def _owners(text: str, sentence: Span, before: str, antecedent: Antecedent) -> list[Mention]:
    """The other party of "talks with": the subject after a phrase opening the sentence, the possessive before the
    noun, or the subject of "is in talks with", "hosted talks with"."""
    opening = _OPENING.match(sentence.text) if not before.strip(" ,").count(" ") > 8 else None
    if opening is not None:
        return _opening_subjects(text, sentence, opening, antecedent)
    owner = _OWNER.search(before, max(0, len(before) - 80))
    if owner is not None and owner.group("name"):
        return [who for who in [mention_of(owner.group("name"))] if who is not None]
    if owner is not None:
        named = antecedent(sentence.start + owner.start("pronoun")) if antecedent is not None else None
        return [named] if named is not None else []
    in_talks = _IN_TALKS.search(before, max(0, len(before) - 60))
    return subjects_of(text, sentence.start, before[: in_talks.start()], antecedent) if in_talks else []


def _opening_subjects(text: str, sentence: Span, opening: re.Match[str], antecedent: Antecedent) -> list[Mention]:
    """The subjects of the clause after a phrase opening the sentence: its words up to its first verb."""
    clause = tokens(opening.group("clause"))
    verb = _first_verb(clause)
    start = sentence.start + opening.start("clause")
    return subjects_of(text, start, opening.group("clause")[:verb], antecedent) if verb else []


def _first_verb(clause: list[Token]) -> int:
    """Where the first word after a subject's words is, in a clause that opens with them (0: none)."""
    return next(
        (t.start for t in clause[1:] if t.word.isalpha() and not t.capitalised and t.word not in _IN_A_SUBJECT), 0
    )


def _met_at_opening(text: str, sentence: Span, antecedent: Antecedent) -> list[Met]:
    """A meeting of the subjects after "Meeting in Oslo," opening the sentence."""
    opening = _MEETING_OPENING.match(sentence.text)
    clause = tokens(opening.group("clause")) if opening else []
    verb = _first_verb(clause)
    subject = _PEOPLE_OF.sub("", opening.group("clause")[:verb]) if opening and verb else ""
    named = [mention_of(part.strip()) for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", subject) if part.strip()]
    parties = _named(text, sentence, [who for who in named if who is not None])
    return [met_at(sentence, parties, 0)] if len(parties) >= 2 else []


def _talked(text: str, sentence: Span, antecedent: Antecedent) -> list[Met]:
    """A meeting of subjects who talked (or one who talked with a party named after "with"), or a visit or a call."""
    words = sentence.text
    verb = _TALKED.search(words) or _VISITED.search(words)
    if verb is None:
        return []
    if verb.re is _VISITED:
        objects = [
            who
            for who in named_after(text, verb.group("rest"), 0)[:1]
            if who.title or named_before(text, who, sentence.start)
        ]
        after = verb.group("rest").find(objects[0].phrase) + len(objects[0].phrase) if objects else 0
        if not objects or _URGED.match(verb.group("rest"), after):
            return []
        subjects = subjects_of(text, sentence.start, words[: verb.start()], antecedent)
        parties = _named(text, sentence, [*subjects[:1], *objects])
        parties = parties if all(who.name for who in parties[1:]) else []  # a person visited, not a country
    else:
        with_ = _WITH_AFTER.match(words, verb.end())
        objects = [who for who in named_after(text, words[with_.end() :], 0) if who.name] if with_ else []
        if not objects and not _JOINED_SUBJECTS.search(words, max(0, verb.start() - 200), verb.start()):
            return []  # one subject alone, with no one named after "with", met no one
        subjects = subjects_of(text, sentence.start, words[: verb.start()], antecedent)
        named = [who for who in subjects if who.phrase in words[: verb.start()]]  # not "They", "The two leaders"
        parties = _named(text, sentence, [*named, *objects])
    return [met_at(sentence, parties, verb.start())] if len(parties) >= 2 else []


def _named(text: str, sentence: Span, parties: list[Mention]) -> list[Mention]:
    """The parties, a definite post as its holder, each named once."""
    held = [holder(who, text, sentence.start) for who in parties]
    named = [who for who in held if who.name or who.organisation]
    return [who for at, who in enumerate(named) if all(party_key(who) != party_key(other) for other in named[:at])]


# A journey to a country for talks: "Mnuchin went to China for negotiations", "Liu He's trip to Washington for talks",
# "An Israeli delegation went to Cairo on Friday to discuss …", "Peru sent its negotiators to Lima to negotiate …".
_JOURNEY = re.compile(
    r"\b(?:(?:travelled|traveled|went|flew|came|headed|trip|visit|journey|sent (?:an?|its|their|his|her|the) "
    r"(?:[\w-]+ ){0,2}?(?:delegation|team|negotiators|envoys?)) to|visited) "  # "visited Lima for talks"
    r"(?P<place>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) "
    r"(?:(?:on [A-Z][a-z]+|(?:this|last|earlier this|late last) (?:week|month)) )?"
    r"(?:for (?:[\w-]+ ){0,2}?(?:talks|negotiations|consultations|discussions|meetings?)\b(?! with)|"
    r"to (?:discuss|negotiate|hold (?:talks|discussions|consultations)|take part in (?:the )?talks)\b)"
)
# The country whose delegation went: "an Israeli delegation (from the military …) went".
_DELEGATION = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?P<nation>[A-Z][\w-]+) (?:delegation|team|negotiators|mission)\b"
    r"[^,;:]{0,80}$"
)


def _journey(text: str, sentence: Span, antecedent: Antecedent) -> list[Met]:
    """A meeting of a person named, or a country whose delegation or negotiators went, who went to a country for
    talks (a capital stands for its country) and that country: the subject of the verb of going, the possessive
    before "trip" or "visit", or the nation of "an Israeli delegation"."""
    journey = _JOURNEY.search(sentence.text)
    country = mention_of(journey.group("place")) if journey else None
    if journey is None or country is None or country.organisation not in COUNTRIES:
        return []
    before = sentence.text[: journey.start()]
    owner = _OWNER.search(before, max(0, len(before) - 80))
    delegation = _DELEGATION.search(before, max(0, len(before) - 160))
    who = [m for m in [mention_of(owner.group("name"))] if m] if owner and owner.group("name") else []
    who = who or [m for m in [mention_of(delegation.group("nation"))] if m] if delegation else who
    who = who or subjects_of(text, sentence.start, before, antecedent)
    parties = _named(text, sentence, [*who[:1], country])
    sent = len(parties) == 2 and (parties[0].name or parties[0].organisation in COUNTRIES)  # a person, or a country
    return [met_at(sentence, parties, journey.start())] if sent else []


# Someone named beside another at an appearance: "…, said Ana Lopez, standing next to President Omar Diallo",
# "Lopez, speaking alongside Diallo at a news conference, said …".
_BESIDE = re.compile(r",? (?:standing|speaking|appearing|sitting) (?:next to|alongside|beside) (?P<rest>[\s\S]+)")


def _beside(text: str, sentence: Span, antecedent: Antecedent) -> list[Met]:
    """A meeting of a person named and the person named they stood or spoke beside."""
    beside = _BESIDE.search(sentence.text)
    if beside is None:
        return []
    objects = [who for who in named_after(text, beside.group("rest"), 0)[:1] if who.name]
    before = re.sub(r"\s+(?:said|says|added|told reporters)\s*$", "", sentence.text[: beside.start()])  # "Lopez said,"
    subjects = subjects_of(text, sentence.start, before + " ", antecedent)
    parties = _named(text, sentence, [*subjects[-1:], *objects])
    return [met_at(sentence, parties, beside.start())] if len(parties) == 2 and parties[0].name else []


# Talks the speakers report as their own: "A and B said their talks had been productive", "A and B both said they had
# made good progress in … discussions", "A and B told reporters after their meeting that …", "A and B said they met",
# "A and B reported progress in top-level trade talks on Sunday".
_THEIR_TALKS = re.compile(
    rf"\btheir (?:[\w-]+ ){{0,3}}?{_NOUN}\b|\bthey (?:had |have )?(?:met\b|(?:held|made|concluded|wrapped up)\b"
    rf"[^.;:“”\"]{{0,80}}?\b{_NOUN}\b)"
)

_PROGRESS_IN = re.compile(rf"\s*(?:progress|headway) (?:in|at|during) (?:the |their )?(?:[\w-]+ ){{0,3}}?{_NOUN}\b")

_ANY_TALKS = re.compile(r"\b(?:their|they|progress|headway)\b")


def _their_talks(text: str, sentence: Span, antecedent: Antecedent) -> list[Met]:
    """A meeting of two or more parties named as the subjects of a verb of saying, that report their own talks."""
    if not _ANY_TALKS.search(sentence.text):
        return []  # a quick test before the sentence's words are read
    words = tokens(sentence.text)
    verbs = speech_verbs(words)
    if not verbs:
        return []
    verb = words[verbs[0]]
    talks = _PROGRESS_IN.match(sentence.text, verb.end) or _THEIR_TALKS.search(sentence.text, verb.end, verb.end + 160)
    if talks is None or _PROSPECT.search(talks.group().rsplit(" ", 1)[0] + " "):
        return []  # none, or "their upcoming talks"
    before = sentence.text[: verb.start]
    subjects = [who for who in subjects_of(text, sentence.start, before, antecedent) if who.phrase in before]
    parties = _named(text, sentence, subjects)  # named in the sentence, not "They said their talks …"
    return [met_at(sentence, parties, talks.start())] if len(parties) >= 2 else []
