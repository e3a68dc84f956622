"""Phrases that say who spoke a quote with no verb of saying beside it: a name alone after a dash
('"…" – Tomas Novak.'), "in Lind's words" or "in the words of X" or "as X put it" before it, "was how X put
it", "came the reply from X", "was the curt reply of X" or "were spoken by X" after it, and a speaker's noun of
saying before a colon ("Lind's message to the lenders was clear: '…'", "His answer: '…'", "For Lind, the answer is
simple: '…'")."""

from __future__ import annotations

import re

from kb.draft.passive_saying import passive_speaker
from kb.draft.reader import TITLED_RUN, someone
from kb.draft.speakers import Mention, mention_of

_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
_PRONOUN = r"his|her|their"
_SAYING = (  # a speaker's
    r"(?:message|reply|response|answer|verdict|warning|retort|advice|reaction|words|comments?|remarks|statement"
    r"|letter|tweet|post|assessment|view|position)"
)
# A name alone after a quote and a dash or a tilde: '"…" – Tomas Novak.', '"…" ~ President Tomas Novak'
_DASH_NAME = re.compile(  # a headline's colon too: "Deal 'within reach': Novak"
    r"\s*(?:[—–~:-])\s*(?P<who>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})(?:, [^\n\"“”,]{1,40})?\.?\s*$"
)  # '"…" – Tomas Novak, on Monday.' too
# After the quote: '"…," was how Lind put it', '"…," as Lind put it', '"…," came the reply from Osei', '"…," was
# the curt reply of Osei'.
_AFTER = re.compile(
    rf"^[\s,]*(?:(?:was|is) how |as )(?P<who>{_NAME}|he|she|they) (?:put|puts|summed|sums) (?:it|things)\b"
    rf"|^[\s,]*(?:came|was) (?:the|a|his|her|their) (?:[a-z]+ )?(?:reply|response|answer|retort|riposte|verdict)"
    rf" (?:from|of) (?P<from>{_NAME})"
    rf"|^[\s,]*(?:were|was|are|is) (?:(?:first |once )?(?:spoken|uttered|written|penned|used|coined) by|the words of)"
    rf" (?P<by>{_NAME})"  # '"…" were spoken by Lind', 'The words "…" were the words of Lind'
    rf"|^[\s,]*in the (?:view|opinion|estimation|judgment|judgement) of (?P<view>{_NAME})"  # '…" in the view of Lind'
)
# Before it, in its sentence: "In Lind's words, the text is '…'", "in the words of X", "as X put it," (or a colon:
# "As Lind put it: '…'"), or a speaker's noun of saying before a colon: "Lind's message to the lenders was clear: '…'".
_BEFORE = re.compile(
    rf"(?:\b[Ii]n (?:(?P<owner>{_NAME})[’']s|(?P<pronoun>{_PRONOUN})) (?:own )?words|\b[Ii]n the words of"
    rf" (?P<of>{_NAME})|\b[Aa]s (?P<as>{_NAME}|he|she|they) (?:put|puts) it)(?:,[^\"“”]*|:\s*)$"
    rf"|(?:^|(?<=\s))(?:(?P<noun>{_NAME})[’']s|(?P<owner_pronoun>[Hh]is|[Hh]er|[Tt]heir)) {_SAYING}\b"
    r"[^.:\"“”]{0,60}:\s*$"
    rf"|^\s*For (?P<for>{_NAME}), the {_SAYING} (?:is|was) (?:simple|clear|plain|blunt)[^.:\"“”]{{0,40}}:\s*$"
)  # "For Lind, the answer is simple: '…'"
_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
# A sentence that opens with a speaker's noun of saying: "Novak's response was swift." (the quote after is his).
_OWNED_SAYING = re.compile(rf"^(?P<who>{_NAME})[’']s (?:(?:first|brief|blunt|swift|terse|only) )?{_SAYING}\b")


def phrase_speaker(before: str, after: str) -> tuple[Mention | None, str]:
    """Who a phrase around a quote names as its speaker, and the pattern that found them."""
    if dash := _DASH_NAME.match(after):
        return someone(mention_of(dash.group("who"))), "quote-dash-speaker"
    if said := _AFTER.match(after):
        who = said.group("who") or said.group("from") or said.group("by") or said.group("view")
        return someone(mention_of(who)), "quote-speech-phrase"
    if (judge := passive_speaker(before, after)) is not None:  # "was described by climate experts as '…'"
        return judge, "passive-by-speaker"
    if said := _BEFORE.search(before):
        who = said.group("owner") or said.group("of") or said.group("as") or said.group("noun") or said.group("for")
        pronoun = said.group("pronoun") or said.group("owner_pronoun") or ""  # "His answer: '…'"
        return someone(mention_of(who or _PRONOUNS[pronoun.casefold()])), "speech-phrase-quote"
    return None, ""


def owner_of_saying(sentence: str) -> Mention | None:
    """The speaker whose noun of saying opens a sentence ("Novak's response was swift."): a quote just after
    it, with no attribution of its own, is theirs."""
    owned = _OWNED_SAYING.match(sentence)
    return someone(mention_of(owned.group("who"))) if owned else None


# A sentence after a quote that says whose words they were: "So said X", "So wrote X", "With these words X
# closed …", "That is what X told parliament", "That was the message from X", "Those were the words of X", "That
# was X's verdict" (not "That was X's car").
_THESE_WORDS = re.compile(
    r"\b(?:[Ww]ith|[Ii]n) (?:these|those) words\b|^\s*So (?:said|says|wrote|writes|argued|argues|tweeted|declared)\b"
    r"|^\s*(?:That|This)(?:, [a-z ]{2,20},)? (?:was|is) (?:also |exactly |precisely )?what\b"  # "That is what X told …"
    r"|^\s*(?:That|This|Such|Those|These) (?:was|is|were|are) (?:the (?P<noun>\w+) (?:of|from)\b"
    rf"|(?P<owned>{_NAME})[’']s (?:\w+ )?(?P<owned_noun>\w+)\b)"
)
_THESE_NOUNS = frozenset(
    {"message", "verdict", "warning", "view", "word", "answer", "reply", "response", "assessment", "conclusion"}
    | {"words", "comments", "remarks", "thoughts"}
)


def whose_words(sentence: str) -> list[str] | None:
    """The runs of capitals that may name whose words a quote just before ``sentence`` was, when the sentence
    says so ("So said Finance Minister Kwame Osei …"; "That was Tomas Novak's verdict": "Tomas Novak"), or None."""
    these = _THESE_WORDS.search(sentence)
    if these is None or (these.group("noun") or these.group("owned_noun") or "message") not in _THESE_NOUNS:
        return None
    if owned := these.group("owned"):
        return [owned]
    return [run.group() for run in TITLED_RUN.finditer(sentence)]
