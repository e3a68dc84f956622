"""A briefing's procedure: the words of a moderator or a spokesperson that run the briefing rather
than say anything of the negotiation — greetings and thanks ("Good evening everyone.", "Thank you,
moderator."), a welcome, who is speaking ("I'm Emily Davis, with the USTR Public and Media Affairs
Office."), the ground rules ("This call is on background only.", "… embargoed until …") and the
order of business ("The floor is open.", "I'll first turn it over to my colleagues"). A paragraph of
a transcript's turn made of such sentences is no claim."""

from __future__ import annotations

import re

# A sentence that greets or thanks and says nothing else: "Hello, everybody.", "Dear friends from the press,
# good afternoon.", "Thank you very much, moderator." — not "Good afternoon, we have a deal to announce."
_GREETING = re.compile(
    r"^(?:(?:okay|ok|all right|so|well|and|first of all|dear [\w ]{1,30}),? )*(?:good (?:morning|afternoon|evening)"
    r"|hello|hi|thank you|thanks|welcome|greetings)(?:,? (?:again|very much|so much|all|everyone|everybody"
    r"|ladies and gentlemen|moderator|(?-i:[A-Z][a-z]+)))*[.!]?$",
    re.IGNORECASE,
)
# Words that only the running of a briefing uses.
_PROCEDURE = re.compile(
    r"\b(?:on background|on the record|off the record|embargoed|(?:take|answer) (?:your |some |any )?questions"
    r"|turn it over|give (?:him|her|them|you) the floor|the floor is open|(?:proceed|go) (?:directly|straight) to"
    r"|Q&A|opening remarks|(?:things|items|announcements?) (?:here )?at the top|(?:no|any|few) (?:announcements|items)"
    r"|I would like to welcome"
    r"|(?:hope|glad) you enjoy|I'm [A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+)*, (?:with|from|of) the\b"
    r"|thank you (?:all )?for (?:coming|joining)|welcome to (?:the|today's|this|our)\b[^.]{0,60}"
    r"\b(?:briefing|press conference|news conference|call))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_ASIDE = 6  # words: a shorter sentence between the procedure's ("You know both of us.") says nothing of its own


def procedural(words: str) -> bool:
    """Whether a paragraph of a turn only runs the briefing: each of its sentences of _ASIDE words
    or more greets or thanks and says nothing else, or names the briefing's procedure."""
    said = [s for s in _SENTENCE_END.split(words.strip()) if len(s.split()) >= _ASIDE]
    return bool(said) and all(_runs_the_briefing(sentence) for sentence in said)


def _runs_the_briefing(sentence: str) -> bool:
    return _GREETING.match(sentence) is not None or _PROCEDURE.search(sentence) is not None
