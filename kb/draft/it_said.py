"""A body speaking as "it": '"…," it said.', 'It added that "…"' — the body, office or document that
spoke just before (the speaker of the sentence before, or of the last quote), never a person."""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from kb.draft.attribution import frame_speaker
from kb.draft.countries import COUNTRIES
from kb.draft.lexicon import GROUP_NOUNS
from kb.draft.pair_said import REACH, pair_speaking
from kb.draft.reader import Reader
from kb.draft.reporting_verbs import speech_verbs, tokens_through_verbs
from kb.draft.speakers import Mention, body_name, unnamed_body
from kb.draft.text import Span
from kb.draft.text_names import bodies_by_use
from kb.draft.tokens import Token


def body_speaking(reader: Reader, sentence: Span, all_sentences: list[Span]) -> Mention | None:
    """Who "it" is when it is the subject of the sentence's first reporting verb: the body the
    sentence before names as speaking ("A statement issued by the Prime Minister's office said …"),
    else the last body or description among the speakers of the last _RECENT quotes (a person's words between:
    'The IMF said …. "…," Petrova said. "…," it said.')."""
    words = tokens_through_verbs(reader.blanked[sentence.start : sentence.end], 1)
    verbs = speech_verbs(words)
    if verbs and verbs[0] >= 2 and words[verbs[0] - 1].word in _BODY_NOUNS and _the_before(words[: verbs[0] - 1]):
        bloc = words[verbs[0] - 1].word in ("bloc", "union")  # the EU, ASEAN: counted with the countries
        return body_named_before(reader.text, sentence.start, bloc)  # "The bloc said …": the body named last
    if not verbs or verbs[0] == 0 or words[verbs[0] - 1].word != "it":
        return None
    index = bisect.bisect_right(all_sentences, sentence.start, key=attrgetter("end"))
    previous = all_sentences[index - 1] if index else None
    before = frame_speaker(reader.blanked[previous.start : previous.end], False)[0] if previous else None
    last = [said.who for said in reversed(reader.found[-_RECENT:])]  # past a person's words: "it" is never theirs
    return next((who for who in (before, *last) if unnamed_body(who)), None)


_RECENT = 3  # the quotes before "it said" whose speaker it may be
# What a body is called when the text has named it: "the bloc", "the organization", "the cartel", "the lender".
_BODY_NOUNS = frozenset(
    {"bloc", "organization", "organisation", "cartel", "alliance", "union", "fund", "agency", "body", "lender"}
    | GROUP_NOUNS  # "Hamas said …", then "the group said"
)
_MODIFIERS = 2  # words between "the" and the noun: "the international body", "the Washington-based global lender"


def _the_before(words: list[Token]) -> bool:
    """Whether the words before a body's noun are "the" and at most _MODIFIERS words that describe it, in lower
    case or joined by a hyphen ("the Vienna-based organisation"), not a name ("the European Union")."""
    for back, word in enumerate(reversed(words[-_MODIFIERS - 1 :])):
        if word.word == "the":
            return True
        if back == _MODIFIERS or not (word.text.islower() or "-" in word.text):
            return False
    return False


_RUN = re.compile(r"\b[A-Z][\w’'.+-]*(?: (?:of |for |the )?[A-Z][\w’'.+-]*){0,5}")  # "OPEC+", "European Union"
_BLOCS = frozenset({"European Union"})  # a bloc the lexicon counts among the countries, as a party


def body_named_before(text: str, at: int, bloc: bool) -> Mention | None:
    """The last body named in the REACH characters before ``at`` (pair_said.py's, where two parties are looked
    for): not a country, but for a bloc."""
    by_use = bodies_by_use(text)  # a body the lexicon lacks: "Hamas official …", "Hamas, which …"
    runs = _RUN.finditer(text, max(0, at - REACH), at)
    bodies = [body for run in runs if (body := _body(run.group(), bloc) or (run.group() in by_use and run.group()))]
    return Mention(bodies[-1], organisation=bodies[-1]) if bodies else None


def _body(run: str, bloc: bool) -> str | None:
    """The body a run of capitalised words names, or one of its words does ("Iran's OPEC Governor": OPEC)."""
    for words in (run, *run.split()):
        body = body_name(words)
        if body is not None and (body not in COUNTRIES or bloc and body in _BLOCS):
            return body
    return None


def referred_speaker(reader: Reader, sentence: Span, all_sentences: list[Span]) -> Mention | None:
    """Who a reporting verb's subject that names no one stands for: "it", a body; "the two countries" or
    "both sides", the two named together before (pair_said.py)."""
    return body_speaking(reader, sentence, all_sentences) or pair_speaking(reader, sentence)
