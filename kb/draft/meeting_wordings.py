"""The wordings of meetings meeting_rephrasings.py puts first as meetings.MEETING reads them (meeting_rewordings.py
has those tried after): the people of bodies a host received, a guest welcomed, received or called, a call made to
someone, a person with a post briefed or seen, subjects who met at a meeting or a joint news conference, talks led by
two, two side by side before the press — tried only on a sentence holding one of FIRST_AT's words."""

from __future__ import annotations

import re

from kb.draft.lexicon import TITLE_WORDS
from kb.draft.speakers import mention_of


def _person(words: str) -> bool:
    """Whether the words name a person (not "welcomed Croatia to the bloc")."""
    who = mention_of(words.strip())
    return who is not None and bool(who.name) and not who.organisation


def _posted(words: str) -> bool:
    """Whether the words name a person after their post: "Canadian Prime Minister Justin Trudeau"."""
    who = mention_of(words.strip())
    return who is not None and bool(who.name and who.title)


def _people(words: str) -> bool:
    """Whether the words name a person or people by their post ("Egyptian officials", "CIA Director William
    Burns"), not a country or a body alone ("Ukraine", "Argentina's proposals")."""
    who = mention_of(words.strip())
    return who is not None and bool(who.name or who.title) and not who.pronoun


_PRONOUNS = ("He", "She", "They", "We", "I", "It")  # whose they are, the text around tells, not the sentence
FIRST = (  # tried first, on a sentence holding one of FIRST_AT's words
    (  # the people of bodies hosted: "received top representatives from A, B and C", "hosted delegations from"
        re.compile(
            r"\b(?:received|receives|hosted|hosts|welcomed|welcomes) "
            r"(?:(?:the )?(?:top|senior|visiting|[a-z]+-level) )?"
            r"(?:representatives|officials|delegations|delegates|envoys|negotiators) (?:from|of) (?=(?:the )?[A-Z])"
        ),
        "met ",
    ),
    (  # a guest named welcomed or received to or at a place, or for talks: "welcomed Omar Diallo to Berlin", "received
        # Lopez at", "received Ana Lopez for talks"
        re.compile(
            r"\b(?:welcomed|welcomes|received|receives) (?P<guest>(?:[A-Z][\w’'.-]*\s){1,4})"
            r"(?=to |at |for (?:talks|a meeting|a working|consultations|discussions|negotiations)\b)"
        ),
        lambda guest: f"met {guest['guest']}" if _person(guest["guest"]) else guest.group(),
    ),
    (  # "Diallo was welcomed to Berlin by Kral"
        re.compile(r"\b(?:was|were) (welcomed|received|hosted) (?:to|in|at) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)? by "),
        r"was \1 by ",
    ),
    (re.compile(r"\bplay(?:ed|s)? host to "), "hosted "),  # "Diallo played host to Ana Lopez"
    (  # a call made to someone: "made a telephonic call to his Pakistani counterpart Jalil Abbas Jilani"
        re.compile(r"\b(?:made|makes|placed|places) an? (?:(?:telephonic|telephone|phone|video) )?call to "),
        "held a call with ",
    ),
    (  # a person with a post briefed: "Tsipras briefed IMF chief Christine Lagarde" (not "briefed reporters")
        re.compile(
            r"\b(?:briefed|briefs) (?P<who>(?:(?:[A-Z][\w’'.-]*|[a-z]+) ){0,4}?[A-Z][\w’'.-]*(?: [A-Z][\w’'-]*)+)"
        ),
        lambda briefed: f"met {briefed['who']}" if _posted(briefed["who"]) else briefed.group(),
    ),
    (  # speaking at a meeting with someone: "He was speaking at a meeting with Secretary of State Antony Blinken"
        re.compile(r"\b(?:was|were) speaking (?:at|during) (?:an?|the) (?:[\w-]+ ){0,2}?(?:meeting|talks) with "),
        "met ",
    ),
    (  # a guest received in an office: "received at his office Ana Lopez, the EU's envoy"
        re.compile(r"\b(received|receives) (?:at|in) (?:his|her|their) office (?:on (?![A-Z][a-z]+day\b))?(?=[A-Z])"),
        r"\1 ",
    ),
    (  # the meeting subjects joined by "and" spoke at: "Lopez and Diallo noted at a meeting in Lima that …"
        re.compile(
            r"(?<=[a-z,])(?<! was)(?<! were)(?<! been) (?P<verb>(?!met\b|held\b|attended\b|joined\b)[a-z]{3,}ed|said"
            r"|spoke) (?=(?:[^,;:.“”\"]{0,60}? )?"
            r"(?:at|during) (?:an?|their|the) "
            r"(?:[\w-]+ ){0,2}?(?:meeting|talks)\b(?! with| of| between))"
        ),
        r" met and \g<verb> ",
    ),
    (  # a participle of meeting after the subject: "Lopez and Diallo, meeting in Lima on Monday, agreed to a truce"
        re.compile(r", (?:meeting|gathered|gathering|convening) ((?:in|at|on) [^,;:]{1,60}),"),
        r" met \1 and",
    ),
    (  # a call or talks in a phrase after the subject: "Lopez, in a call with President Diallo, urged restraint",
        # "Lopez, in talks with Diallo on Monday, pressed for …"
        re.compile(
            r", (?:in|during) (?:(?:an?|his|her|their) )?(?:[\w-]+ )?"
            r"(?P<noun>call|meeting|conversation|talks|discussions|negotiations) with "
        ),
        lambda phrase: " held a call with " if phrase["noun"] in ("call", "conversation") else " held talks with ",
    ),
    (  # the meeting of the subjects joined by "and" a phrase opening the sentence names: "At their meeting in Lima on
        # Monday, Lopez and Diallo agreed …"
        re.compile(
            r"^(?:At|During|After|Following) their (?:[\w-]+ ){0,2}?(?:meeting|talks|summit|call)"
            r"(?P<where>[^,;:]{0,60}), "
            r"(?P<who>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3} and [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})(?= [a-z])"
        ),
        r"\g<who> met\g<where> and",
    ),
    (  # a release's list of who came: "Joining the meeting were Minister for Trade A, Minister of Economy B and …"
        re.compile(
            r"^(?:Joining|Attending|Participating in|Present at|Taking part in) (?:the|this) "
            r"(?P<noun>meeting|talks|session|negotiations|summit|consultations)(?: [^,;:.]{0,40}?)? (?:were|was) "
        ),
        lambda came: f"The {came['noun']} was attended by ",
    ),
    (  # the talks two led: "The talks, led by Lopez and Diallo, ended" (one named alone is no meeting, nor one
        # who chaired a meeting: "chaired by Minister of Foreign Affairs and Immigration, Mr Jean Asselborn")
        re.compile(
            r"\b(?:(?P<talks>talks|negotiations|consultations|discussions)|(?P<meeting>meeting)),? "
            r"(?:(?:which|that) (?:were|was) |(?:were|was) )?(?(talks)(?:led|co-chaired|headed)|co-chaired) by "
        ),
        lambda led: f"{led['talks'] or led['meeting']} between ",
    ),
    (  # a joint news conference of the subjects joined by "and": "Lopez and Diallo told a joint news conference"
        re.compile(
            r"\b(?:told|addressed|gave|held) (?:a|the) joint (?:news |press )?(?:conference|briefing)\b(?! with)"
        ),
        "held talks",
    ),
    (re.compile(r"\btalked (?:by (?:tele)?phone )?to "), "spoke to "),  # "Lopez talked to Diallo by phone"
    (re.compile(r"\bmet (?:virtually|online|remotely|in person|face-to-face) with "), "met with "),
    (re.compile(r"\ban? (?:[\w-]+ )?delegation (?:from|of) (?=(?:the )?[A-Z])"), ""),  # "met a delegation from Chile"
    (  # who a meeting included, in a clause of its own: "A meeting that included A, B and C took place in Paris", "The
        # Cairo meeting includes A, B and C", "Participants in the talks included A and B"
        re.compile(
            r"(?<!\bof the )(?<!\bof a )\b(?:[Pp]articipants in (?:the|their) )?"
            r"(?:summit|meeting|talks|negotiations|conference|session)s? (?:(?:that|which) )?"
            r"(?:included|includes|include)"
            r"(?= (?P<first>(?:the )?[A-Z][^,;:.]{0,60}?)(?:,| and |$))"
        ),
        lambda m: "talks included" if _people(m["first"]) else m.group(),  # not its topics: "includes Ukraine"
    ),
    (  # who a meeting brought together in a relative clause: "The summit, which brought together A, B and C, ended"
        re.compile(
            r"\b(?:summit|meeting|talks|negotiations|conference|session)s?, (?:which|that) (brought together|"
            r"(?:was|were) attended by|involved|included) "
        ),
        r"talks \1 ",
    ),
    (  # the meeting of two owners: "Lopez and Diallo's meeting on Monday lasted two hours"
        re.compile(
            r"\b(?P<a>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) and (?P<b>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})[’']s "
            r"(?:[\w-]+ ){0,2}?(?:meeting|talks|call|summit|conversation)\b"
        ),
        r"the meeting between \g<a> and \g<b>",
    ),
    (  # people there for talks: "Lopez and Diallo are in Lima for talks" (held talks)
        re.compile(r"\b(?:were|are) in [A-Z][\w-]*(?: [A-Z][\w-]*)? for (?:talks|a meeting|a summit)\b(?! with)"),
        "held talks",
    ),
    (  # words told to someone at a meeting with them: "Lopez told President Diallo during their talks in Lima that …"
        re.compile(
            r"\btold (?P<who>(?:[A-Z][\w’'.-]*\s){1,4})(?=(?:in|during|at) (?:a|an|their|the) (?:[\w-]+ ){0,2}?"
            r"(?:call|meeting|conversation|talks|summit)\b)"
        ),
        lambda told: f"met {told['who']}" if _person(told["who"]) else told.group(),
    ),
    (  # a participle of meeting set off after the subject: "Lopez, meeting President Diallo in Lima on Monday, said"
        re.compile(
            r"^(?P<who>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}), (?:meeting(?: with)?|holding talks with) (?=[A-Z])"
        ),
        r"\g<who> met ",
    ),
    (  # a guest visiting: "Premier Lopez received visiting President Diallo"
        re.compile(r"\b(received|receives|hosted|hosts|welcomed|welcomes|met(?: with)?) (?:the )?visiting "),
        r"\1 ",
    ),
    (  # words told to the one met in a call or meeting opening the sentence: "In a phone call on Thursday, Lopez told
        # Diallo that …" (a person named told, not "he")
        re.compile(
            r"^(?:In|During) (?:an?|the|their) (?:[\w-]+ ){0,2}?(?:call|meeting|conversation|talks)"
            r"(?P<when>(?: (?:on|late|last|this|earlier) \w+)?), (?P<who>(?!(?:He|She|They|It|We|I)\b)[A-Z][\w’'.-]*"
            r"(?: [A-Z][\w’'.-]*){0,3}) told (?P<whom>(?:[A-Z][\w’'.-]*\s){1,4})"
        ),
        lambda told: (
            f"{told['who']} met {told['whom'].strip()}{told['when']} and told {told['whom']}"
            if _person(told["whom"])
            else told.group()
        ),
    ),
    (  # "Lopez visited Lima, meeting President Omar Diallo"
        re.compile(r", (?:meeting|meeting with|holding talks with) (?=[A-Z]|(?:the|his|her) )"),
        " and met ",
    ),
    (  # side by side before the press: "Tamim said alongside German chancellor Angela Merkel in Berlin that …", "She
        # was speaking during a press briefing alongside her Ugandan counterpart Sam Kutesa"
        re.compile(
            r"\b(?:said|spoke|told reporters|(?:was|were) speaking(?: (?:at|during) an? (?:[\w-]+ ){0,2}?"
            r"(?:briefing|news conference|press conference))?) alongside (?=[A-Z]|(?:his|her|their) )"
        ),
        "met ",
    ),
    (  # "Trump sought support from allies, speaking by phone with President Moon Jae-in"
        re.compile(r", (?:speaking|talking) by (?:tele)?phone with (?=[A-Z]|(?:the|his|her) )"),
        " and spoke by phone with ",
    ),
    (  # the leaders of the parties: "The leaders of Chile and Peru met", "The foreign ministers of A and B held talks"
        re.compile(
            r"\b(?:[Tt]he )?(?:(?i:foreign|trade|finance|economy|defence|defense|agriculture|energy) )?"
            r"(?i:leaders|ministers|presidents|secretaries|envoys|heads of (?:state|government)|prime ministers) "
            r"(?:from|of) (?=(?:the )?[A-Z])"  # "The Foreign Secretaries of India and Pakistan met here today"
        ),
        "",
    ),
    (  # what subjects joined by "and" did together: "Lopez and Diallo had lunch", "… were in talks on Monday"
        re.compile(
            r"\b(?:sat down (?:together )?for (?:talks|a meeting|discussions)|"
            r"had (?:lunch|dinner|breakfast)(?: together)?|(?:were|are) (?:locked )?in talks)\b(?! with)"
        ),
        "held talks",
    ),
    (  # joined for talks: "Lopez joined President Omar Diallo for talks in Lima"
        re.compile(r"\bjoined (?!by )(?=[^,;.]{0,60}\bfor (?:talks|a meeting|discussions|consultations|dinner)\b)"),
        "met ",
    ),
    (  # a person called to talk: "Lopez called Omar Diallo on Tuesday to discuss tariffs" (not "called on")
        re.compile(
            r"\b(?:called|phoned|rang|dialled|dialed|telephoned) (?P<who>(?:[A-Z][\w’'.-]*\s){1,4})"
            r"(?=(?:(?:on|late|last|this) \w+ )?to (?:discuss|congratulate|talk|express|offer|thank|convey|brief)\b)"
        ),
        lambda called: f"spoke by phone with {called['who']}" if _person(called["who"]) else called.group(),
    ),
    (  # a person with a post called, alone or asked something after: "Tusk called Prime Minister Justin Trudeau and
        # invited him" (not "a group called Hamas, which …", "called Omar Diallo a liar")
        re.compile(
            r"\b(?:called|phoned|rang|telephoned) (?P<who>(?:[A-Z][\w’'.-]*\s){1,5}[A-Z][\w’'-]*)"
            r"(?=(?:\s(?:on|late|last|this) \w+)?"
            r"(?:\sand (?:invited|asked|urged|told|thanked|congratulated|briefed|informed|assured|discussed)\b|[.;,]))"
        ),
        lambda called: f"spoke by phone with {called['who']}" if _posted(called["who"]) else called.group(),
    ),
    (  # a person with a post seen by one named: "Kerry saw Foreign Minister Wang Yi" (not "saw a rise", "He saw")
        re.compile(r"\b(?P<by>[A-Z][\w’'.-]*(?: also| later| then| first)?) (?:saw|sees) (?P<post>[A-Z][\w-]*)"),
        lambda seen: (
            f"{seen['by']} met {seen['post']}"
            if seen["post"].casefold() in TITLE_WORDS and seen["by"].split()[0] not in _PRONOUNS
            else seen.group()
        ),
    ),
)
# A word one of FIRST's patterns needs, found in one search before they are tried: a sentence with none of them is left
# as it is.
FIRST_AT = re.compile(
    r"welcome|receive|hosted|hosts|host to|, meeting|call to |briefed|briefs|speaking at|speaking during|"
    r" at an? | at their |during an? |during their |(?:at|during) the (?:[\w-]+ ){0,2}?(?:meeting|talks)\b|, gather|"
    r", convening|, speaking by|, talking by|alongside|"
    r"call with|"
    r"conversation with|meeting with|"
    r"talked|met |delegation|brought together|attended by|, (?:which|that) (?:involved|included)|includ|"
    r"s (?:meeting|talks|call|summit|conversation)|phone call|video call|"
    r" for (?:talks|a meeting|a summit|discussions|consultations|dinner)|told [A-Z]|leaders (?:of|from)|"
    r"ministers (?:of|from)|presidents (?:of|from)|heads of|lunch|dinner|breakfast|sat down|in talks|"
    r"(?:called|phoned|rang|dialled|dialed|telephoned) [A-Z]|(?:saw|sees) [A-Z]|visiting |talks with|"
    r"discussions with|negotiations with|^(?:At|During|After|Following) their |"
    r" led by | headed by |chaired by | joint |^(?:Joining|Attending|Participating in|Present at|Taking part in) "
)
