"""The wordings of meetings meeting_rephrasings.py puts as meetings.MEETING reads them after meeting_wordings.FIRST: a
delegation for who leads it, a first verb before "and met", a meal, subjects who spoke by phone or video, calls taken
from others (one meeting each), a body's people, talks begun or ended, an agreement reached with someone, "was joined
by B for talks", a journey for talks with someone — tried only on a sentence holding one of REPHRASE_AT's words."""

from __future__ import annotations

import re

from kb.draft.speakers import body_name

# Words meetings.MEETING reads once put its way: a delegation stands for who leads it ("met a delegation led by A":
# met A); a first verb of the subject's before "and" (“A visited Oslo and met B”: A met B); a meal with a person or in
# their honour ("had lunch with B", "hosted a dinner in honour of B": a meeting with B); subjects who spoke by phone
# ("A and B spoke by phone": held a call); "was joined by B for talks" (met B); a journey for talks with someone ("flew
# to Lima for talks with B": held talks with B).
REPHRASED = (
    (
        re.compile(
            r"\b(?:(?:an?|the|his|her|their) (?:[\w-]+ ){0,2}?|[A-Z]{2,5} )"
            r"(?:delegations?|officials|team|negotiators) (?:led|headed) by "
        ),
        "",
    ),
    (re.compile(r"\bleading (?:an?|the|his|her|their) (?:[\w-]+ ){0,2}?delegation to meet "), "meeting "),
    (  # the people of the parties: "Officials from Chile and Peru met", "Negotiators of A and B held talks"
        re.compile(  # and their rank: "Talks between top negotiators from A, B and C"
            r"\b(?:(?:[Tt]op|[Ss]enior|[Cc]hief|[Ll]ead|[Vv]isiting|[a-z]+-level) )?"
            r"(?:[Nn]egotiators|[Oo]fficials|[Rr]epresentatives|[Dd]elegates|[Dd]elegations|[Ee]nvoys|[Tt]eams) "
            r"(?:from|of) (?=(?:the )?[A-Z])"
        ),
        "",
    ),
    (  # a body's people: "An IMF mission", "a U.S. Treasury delegation" (not "the Mid-Term Review team")
        re.compile(
            r"\b(?:[Aa]n?|[Tt]he) (?P<body>[A-Z]{2,6}|(?:[A-Z][\w.’'-]* ){1,3}?[A-Z][\w.’'-]*) "
            r"(?:mission|delegation|staff)\b"
        ),
        lambda people: people["body"] if body_name(people["body"]) else people.group(),
    ),
    (  # talks begun, resumed or ended by their sides: "Chile and Peru resumed talks", "began direct negotiations with"
        re.compile(
            r"\b(?:resumed|began|started|opened|concluded|wrapped up|completed|ended|launched|kicked off|continued) "
            r"(?:(?:the|their|a|an|new|fresh|direct|formal|further|another) )?(?:[a-z-]+ )?"
            r"(?:talks|negotiations|consultations|discussions)\b"
        ),
        "held talks",
    ),
    (  # "led a delegation to meet B", "led Chile's delegation in talks with B"
        re.compile(
            r"\bled (?:(?:an?|the|his|her|their) |[A-Z][\w’'.-]*[’']s )(?:[\w-]+ ){0,2}?delegation (?:to meet |"
            r"(?:in|at|for|to) (?:the )?(?:talks|meetings?|negotiations|discussions|consultations) with )"
        ),
        "met ",
    ),
    (re.compile(r"\b(?:last|previously|recently|first|briefly) (met|meet|held talks)\b"), r"\1"),  # "A last met B"
    (
        re.compile(
            r"(?<=[A-Za-z]) (?:[a-z]{3,}ed|flew|went|came|spent|took|made|sought|paid|began|was|is) [^,;:.]{0,80}? and "
            r"(?=(?:later |then |also )?(?:met|held|had|hosted|received|spoke|sat down)\b)"
        ),
        " ",
    ),
    (
        re.compile(
            r"\b(?:had|held|hosted|gave) (?:a |an )?(?:[\w-]+ ){0,2}?(?:lunch|dinner|breakfast|luncheon|banquet)"
            r"(?: meeting)? (?:with|for|in honou?r of) "
        ),
        "had a meeting with ",
    ),
    (  # subjects who spoke by phone or video: "A and B spoke via video", or spoke of something on a day given: "A
        # and B spoke on Friday about Iran" (not at separate events)
        re.compile(
            r"\bspoke (?:by (?:tele)?phone|(?:on|over) the (?:tele)?phone|(?:by|via|over) video(?:conference| link"
            r"| conference)?|(?:on|late|last|this|earlier) [A-Z]?[a-z]+ (?=about\b(?![^.;]*\bseparate)))(?! with| to)"
            r"|(?<=day )spoke (?=about\b(?![^.;]*\bseparate))"  # "A and B on Friday spoke about …"
        ),
        lambda spoke: "held a call " if spoke.group().endswith(" ") else "held a call",
    ),
    (  # a call taken, one from each: "received a call from B", "took phone calls from B and C", "fielded calls from"
        re.compile(
            r"\b(?:(?:has|have|had) (?P<since>(?:since |also |now |already )?))?"  # "Lind has since taken calls from"
            r"(?:received|receives|took|takes|taken|got|gets|fielded|answered) (?:a |an )?(?:[\w-]+ ){0,2}?"
            r"(?:(?:tele)?phone )?call(?P<calls>s?) from "
        ),
        lambda call: f"{call.group('since') or ''}spoke {'separately ' if call.group('calls') else ''}by phone with ",
    ),
    (re.compile(r"\b(?:is|are|was|were) (?:now |still |also )?(holding|having|hosting) "), "held "),
    (
        re.compile(r"\b(met|meets|meet) (?:jointly|briefly|privately|informally|again|also) (?=with )"),
        r"\1 ",
    ),
    (re.compile(r"\ba bilateral with\b"), "a bilateral meeting with"),
    (  # two occasions held with someone: "held a meeting and working lunch with B", "had talks and dinner with B"
        re.compile(
            r"\b(held|had|holds|has) (?:an? )?(?:[\w-]+ )?(?:meeting|talks|discussions?) and (?:an? )?(?:[\w-]+ )?"
            r"(?:lunch|dinner|breakfast|talks|meeting|discussions?|consultations) with "
        ),
        r"\1 talks with ",
    ),
    (  # talks taken part in: "conducted talks with B", "engaged in talks with B", "took part in talks with B"
        re.compile(
            r"\b(?:conduct(?:ed|s)?|(?:engaged|took part|takes part|participated) in) (?:[\w-]+ ){0,2}?"
            r"(talks|negotiations|consultations|discussions) with "
        ),
        r"held \1 with ",
    ),
    (  # an agreement reached with someone: "The IMF reached a staff-level agreement with Egypt" (held talks with)
        re.compile(
            r"\b(?:has |have |had )?(?:reached|struck|concluded|clinched|sealed|signed) (?:an?|the|its|their) "
            r"(?:[\w-]+ ){0,3}?(?:agreement|deal|accord|pact|memorandum(?: of understanding)?|MoU|treaty) with "
        ),
        "held talks with ",
    ),
    (  # talks agreed of subjects joined by "and": they held talks, not on the day of the talks to come ("A and B
        # agreed to hold a dialogue on June 22": talks of no day given)
        re.compile(r"(?<=[A-Za-z]) (?:have |has |had )?agreed to (?=(?:hold|meet|resume|convene|host|open)\b)"),
        " held talks; they agreed to ",
    ),
    (  # an agreement of subjects joined by "and": "President A and President B agreed to the following principles",
        # "A and B reached a deal" (held talks); not an opinion they share ("A and B agreed that tariffs must fall")
        re.compile(
            r"(?<=[A-Za-z]) (?:have |has |had )?(?:agreed (?:to|on)|(?:reached|struck|concluded|clinched|sealed)"
            r" (?:an?|the|their) (?:[\w-]+ ){0,3}?(?:agreement|deal|accord|pact|treaty))\b"
        ),
        " held talks and agreed",
    ),
    (re.compile(r"\bopposite number(s?)\b"), r"counterpart\1"),  # "his opposite number": his counterpart
    (  # a journey made to meet someone: "Hague travelled to Washington, D.C. on Friday to meet his opposite number"
        re.compile(
            r"\b(?:travelled|traveled|flew|went|came|headed) to (?P<place>[A-Z][\w.]*(?:,? [A-Z][\w.]*){0,3}) "
            r"(?P<when>on [A-Z][a-z]+ )?to meet (?:with )?"
        ),
        r"met in \g<place> \g<when>with ",
    ),
    (re.compile(r"\b(was|were) visited by (?=[A-Z])"), r"\1 hosted by "),  # "Lopez was visited by Omar Diallo"
    (
        re.compile(
            r" (?:was|were) joined by (?=[^,;.]{0,60}\b(?:for|at) (?:the )?(?:talks|a meeting|meeting|discussions|"
            r"consultations)\b)"
        ),
        " met ",
    ),
    (
        re.compile(
            r"\b(?:travelled|traveled|flew|went|came|headed) to [\w’' -]{0,40}? for (?:[\w-]+ ){0,2}?"
            r"(?:talks|meetings?|discussions|consultations|negotiations) with "
        ),
        "held talks with ",
    ),
)


# A word one of REPHRASED's patterns needs, found in one search before they are tried: a sentence with none of them is
# left as it is.
REPHRASE_AT = re.compile(
    r"delegation|officials|Officials|representatives|Representatives|negotiators|Negotiators|delegates|Delegates|"
    r"envoys|Envoys|team|Team|mission|staff|lunch|dinner|breakfast|banquet|spoke|call from|calls from|joined by|"
    r"holding|having|hosting|bilateral|conduct|engaged in|took part|takes part|participated|"
    r"visited by|resumed|began|started|opened|concluded|wrapped up|completed|ended|launched|"
    r"kicked off|continued|met |meet |meets | and later | and then | and also | and met| and held| and had| and hosted|"
    r" and received| and spoke| and sat|talks with|meetings? with|discussions with|consultations with|"
    r"negotiations with|agreed|reached|struck|concluded|clinched|sealed|signed"
)
