"""Meetings of one group, drafted with that group as their one participant: its members as the subject of a
meeting verb with no one met after it ("G20 finance ministers met in Cape Town on Wednesday", "The IMF Executive
Board met on Monday", "ASEAN economic ministers convened in Kuala Lumpur", "The committee met for the fifth time"
after "the Transitional Committee", "The WTO General Council held a meeting in Geneva"), a meeting noun of the group
("A meeting of OPEC+ ministers on Thursday agreed …", "An emergency session of the Peace and Security Council was held
…") and "their meeting" just after a sentence the group's members open ("The G8 foreign ministers arrived in London.
Their meeting on Thursday …"). Never a country's people ("Chinese officials met in Beijing"), a meeting still to come
("OPEC+ ministers will meet on Sunday", "ahead of a meeting of EU ministers"), a verb with an object ("The Security
Council met the news with silence", "met with criticism") nor one held with someone ("EU ministers met with …")."""

from __future__ import annotations

import re

from kb.draft.countries import COUNTRIES
from kb.draft.dates import clause_around
from kb.draft.lexicon import TITLE_WORDS
from kb.draft.meetings import FUTURE, NOT_PLACES, PLACE, Met
from kb.draft.speakers import Mention, body_name
from kb.draft.text import Span

_CAP = r"[A-Z][\w&.’'-]*\+?"  # "OPEC+", "G20", "Trans-Pacific"
_GROUP = (
    rf"(?P<group>{_CAP}(?: (?:(?:of|for|on|and|de) (?:the )?)?{_CAP}| of \d{{1,3}}\b){{0,6}}"
    r"(?: of the (?:[a-z-]+ ){0,2}?[a-z-]+)?)"
)
# The group's members named in the plural: "finance ministers", "heads of state and government", "leaders".
_PEOPLE = (
    r"(?P<people>(?:[a-z-]+ ){0,2}?(?:ministers|leaders|heads of (?:state|government)(?: and government)?|"
    r"heads of delegations?|governors|member states|members|ambassadors|creditors|envoys|presidents|"
    r"representatives|delegates|parliamentarians|coastal states|states|allies|(?:executive )?board|council))"
)
# Those named before the group: "Heads of delegation of WTO members", "Ministers of the G20", "ministers from the G20".
_OF_GROUP = (
    r"(?P<of>(?:[Hh]eads of delegations?|(?:[A-Z]?[a-z]+ )?(?:[Mm]inisters|[Ll]eaders)|[Rr]epresentatives|[Mm]embers)"
    r" (?:of|from) (?:the )?)"
)
_OPENING = r"^(?:(?:On|In|At|Earlier|Later|Last|This|Late|Early|Meanwhile)\b[^,]{0,60}, )?"
_VERB = (
    r"(?P<verb>(?:met|meets|convened|convenes|gathered|(?:has|have) (?:now |already )?met)"
    r"(?=(?: (?:in|at|on|for|behind|virtually|online|remotely|again|today|yesterday|this|last|late|early|briefly|via"
    r"|over|from|under|twice|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|\s*[.,;]|\s*$)|"
    r"(?:held|concluded|wrapped up|opened|ended) (?:an?|its|their) (?:[\w-]+ ){0,3}?"
    r"(?:meeting|summit|session|talks|consultations|round|conference|gathering)\b(?! with))"
)
_BETWEEN = r"(?: (?:on [A-Z][a-z]+|again|also|then|finally|first|last [a-z]+|this [a-z]+))?"
_NOT_BETWEEN = r"(?!(?:has|have|on|again|also|then|finally|first|last|this)\b)"  # a word of _BETWEEN or _VERB
# The group's members as the subject: "G20 finance ministers met", "The IMF Executive Board met", "OPEC+ met".
_SUBJECT = re.compile(
    rf"{_OPENING}(?:[Tt]he |[Aa]ll )?(?:{_OF_GROUP})?{_GROUP}(?: {_PEOPLE})?(?: (?P<lower>{_NOT_BETWEEN}[a-z]+))?"
    rf"{_BETWEEN} {_VERB}"
)
# A body named again by its noun in lower case: "The committee met", "the board".
_REFERENCE = re.compile(rf"{_OPENING}(?P<the>[Tt]he) (?P<noun>committee|council|board|commission|club|forum|group)"
                        rf"{_BETWEEN} {_VERB}")  # fmt: skip
# A meeting noun of the group, told as news (a meeting, or the meeting as the sentence's subject): "A meeting of OPEC+
# ministers", "an emergency session of the Security Council" (not "described the gathering of the WTO's members").
_NOUN_OF = re.compile(
    rf"(?:^(?:[Tt]he|An?)|\b(?:a|an)) (?:[\w-]+ ){{0,2}}?(?:meeting|summit|session|gathering|conference) of (?:the )?"
    rf"{_GROUP}(?: {_PEOPLE})?"
)
_PROSPECT = re.compile(
    r"\b(?:for|toward|towards|possible|potential|future|proposed|planned|upcoming|next|ahead of|before|prepare|"
    r"preparing|no|never|call(?:s|ed)? for|seek|sought)\b(?:\s+[\w-]+){0,2}\s*$",
    re.IGNORECASE,
)
_NOT_HELD = re.compile(
    r"\b(?:is|are|was|were|has been|had been) (?:\w+ )?(?:expected|scheduled|due|set|planned|postponed|cancell?ed|"
    r"called off|delayed|put off|suspended)\b|\bwill\b"
)
# Their meeting after a sentence the group's members open: "Their meeting in London on Thursday focused on Syria".
_THEIR = re.compile(
    r"^(?:(?:At|During|In|After|Following) )?[Tt]heir (?:[\w-]+ ){0,2}?(?:meeting|summit|talks|session|gathering)\b"
)
# The group's meeting as the subject of its taking place: "The BRICS summit took place in Kazan on Wednesday".
_SUMMIT = re.compile(
    rf"{_OPENING}(?:[Tt]he |An? )?(?:[a-z-]+ )?{_GROUP} (?:summit|ministerial|(?:[a-z-]+ )?meeting|session)"
    r"(?:,? (?:in|at|on) [^,;:.]{0,40}?,?)? (?P<verb>took place|was held|opened|ended|closed|concluded)\b"
)
_MEMBERS_OPEN = re.compile(rf"{_OPENING}(?:[Tt]he )?{_GROUP} {_PEOPLE}\b")
BODY_NOUNS = frozenset({"Committee", "Council", "Board", "Commission", "Club", "Forum", "Assembly", "Bureau", "Group"})
_LOOK_BACK = 3000  # characters before a body's noun where its name is looked for


def group_meeting(text: str, sentence: Span, before: Span | None) -> list[Met]:
    """The meeting of one group the sentence reports (``before``: the sentence before it), or none."""
    words = sentence.text
    found = _SUBJECT.match(words)
    if found is not None and not found.group("lower"):
        group = _group(found.group("group"), found.group("people"), text, sentence.start)
        return _met(sentence, group, found.start("verb"))
    reference = _REFERENCE.match(words)
    if reference is not None:
        named = _named_before(text, sentence.start, reference.group("noun"))
        return _met(sentence, _group(named, None, text, sentence.start) if named else None, reference.start("verb"))
    noun = _NOUN_OF.search(words)
    if noun is not None and _held(words, noun):
        return _met(sentence, _group(noun.group("group"), noun.group("people"), text, sentence.start), noun.end())
    summit = _SUMMIT.match(words)
    if summit is not None:
        return _met(sentence, _group(summit.group("group"), None, text, sentence.start), summit.start("verb"))
    their = _THEIR.match(words)
    members = _MEMBERS_OPEN.match(before.text) if their is not None and before is not None else None
    if their is None or members is None or before is None or " with " in words[their.end() : their.end() + 80]:
        return []
    return _met(sentence, _group(members.group("group"), members.group("people"), text, before.start), their.end())


def _held(words: str, noun: re.Match[str]) -> bool:
    """Whether the meeting a noun names was held: no prospect before it, nothing after saying it is to come."""
    prospect = _PROSPECT.search(words, max(0, noun.start() - 40), noun.start())
    return not prospect and not _NOT_HELD.search(words, noun.end()) and not FUTURE.search(words[: noun.start()])


def _group(name: str, people: str | None, text: str, at: int) -> Mention | None:
    """The group a name gives, as a body with its members' post ("G20" and "finance ministers"): a body known that is
    no country (but the European Union), a name ending in a body's noun, or an acronym or a name of its members."""
    name = re.sub(r"^(?:The|the) | of the [a-z -]+$", "", name)  # "the Joint Committee of the agreement"
    if name.endswith(("’s", "'s")):
        return None  # a group's own body: "a meeting of the IAEA's Board of Governors", not the IAEA's
    words = name.split()
    canonical = body_name(name)
    if canonical in COUNTRIES and canonical != "European Union":
        return None  # a country's people: "Chinese officials"
    if " and " in name and (body_name(name.split(" and ")[0]) or words[-1] not in BODY_NOUNS):
        return None  # two parties: "Kenya and the Paris Club"
    if canonical is None and words[-1] in BODY_NOUNS and len(words) == 1:
        canonical = _named_before(text, at, words[-1].lower())  # "the Board" of "the IMF Executive Board"
    elif canonical is None and words[-1] not in BODY_NOUNS and " of the " not in name:
        common = any(w.casefold() in TITLE_WORDS or body_name(w) in COUNTRIES for w in words)
        acronym = len(words) == 1 and name.upper() == name and 2 <= len(name) <= 7  # "BRICS", "SADC"; not "A"
        canonical = name if not common and ((people and len(words) > 1) or acronym) else None
    elif canonical is None:
        canonical = name
    role = people.replace("member states", "members") if people else None
    return Mention(name, None, role, canonical) if canonical else None


def _named_before(text: str, at: int, noun: str) -> str | None:
    """The last body's name ending in this noun the text gives before (``"the Transitional Committee"``)."""
    head = noun[0].upper() + noun[1:]
    names = re.findall(
        rf"\b(?:{_CAP} (?:(?:of|for|on|and) (?:the )?)?){{1,5}}{head}\b", text[max(0, at - _LOOK_BACK) : at]
    )
    names = [re.sub(r"^(?:The|A|An) ", "", name) for name in names]
    return next((name for name in reversed(names) if name != head), None)


def _met(sentence: Span, group: Mention | None, at: int) -> list[Met]:
    """The group's meeting, its place and its words of time those of the clause of ``at``."""
    if group is None:
        return []
    own = re.split(r"[,;:(]", sentence.text[at:], maxsplit=1)[0]
    place = next((m.group("place") for m in PLACE.finditer(own) if not NOT_PLACES.match(m.group("place"))), None)
    return [Met((group,), sentence, place, False, clause_around(sentence.text, at), group=True)]
