"""Who the words around a quote, or a sentence of reported speech, say said it: a reporting
verb and its subject, "according to X", "X was quoted as saying", a source passing it on."""

from __future__ import annotations

import functools
import re

from kb.draft.absolute_saying import with_speaker
from kb.draft.clause_speakers import clause_speaker
from kb.draft.lexicon import NAME_PARTICLE_WORDS
from kb.draft.nested_saying import nested_speaker
from kb.draft.reader import mention_in, someone
from kb.draft.reporting_verbs import issued, speech_verbs, tokens_through_verbs
from kb.draft.speakers import Mention, mention, mention_of
from kb.draft.spoken_circumstances import participle
from kb.draft.subjects import subject_before
from kb.draft.subjects_after import subject_after
from kb.draft.text import Span
from kb.draft.tokens import Token, tokens

# "quoting him as saying", "quoted Tomas Novak as saying", "quoted the fisheries ministry as saying", "quoted a
# government spokesman as telling …", "cited Tomas Novak as saying", "reported him as saying" (not "quoted by Kyodo
# as saying": the passive, _QUOTED_AS below).
_QUOTING = re.compile(
    r"\b(?:quot|cit|report)(?:ing|ed) (?!by )(?P<who>(?:him|her|them|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
    r"|(?:the|a|an) (?:[\w’'.-]+ ){0,3}[\w’'.-]+)) as (?:saying|telling)"
)
# A person named with their post after "quoting", as saying or not: "said a government official quoting Indian Water
# Resource Minister Uma Bharati on Monday" (Bharati's words, passed on by the official).
_QUOTING_NAMED = re.compile(r"\bquoting (?P<who>(?:[A-Z][\w’'.-]* ){1,6}[A-Z][\w’'.-]*)")
# Up to eight words, each a whole run between spaces: "(?:[\w.-]+ ?){1,8}" would try every way of
# cutting one long word into eight, and never end on "according to aaaa…a!".
_ACCORDING = re.compile(
    r"\b[Aa]ccording to (?P<who>[\w’'.-]+(?: [\w’'.-]+){0,7}?)(?=[,;:]|\.(?:\s|$)|$| who\b| in\b| on\b)"
)


# A verb that says it ended what it said, or went on saying it, a verb of saying only right after a quote ("the talks
# concluded", "the talks went on for hours", "continued negotiating" are none): '"…," the readout concluded', '"…,"
# Okonkwo went on.', '"…," the statement continued.'
_CLOSING = re.compile(
    r"[\s,]*(?:[\w’'.-]+ ){0,5}?"
    r"(?P<verb>concluded|concludes|continued|continues|(?:went|goes) on(?=[.,;]|$| [A-Z][a-z]))(?=[\s.,;]|$)"
)
# The same verbs right before the comma or colon that opens a quote: 'He continued, "…"', "The statement concluded:".
_GOING_ON = re.compile(r"\b(?P<verb>concluded|concludes|continued|continues|(?:went|goes) on)\s*[,:]\s*$")


@functools.lru_cache(maxsize=64)  # the quotes of one sentence read the same words for their speaker
def frame_speaker(frame: str, after: bool) -> tuple[Mention | None, str]:
    """The speaker named by a reporting verb in a frame (the words around a quote). After a
    quote the attribution must touch it: '…," Frost said' or '…," said Frost'."""
    if not after and (who := with_speaker(frame)) is not None:
        return who, "with-speaker-saying"  # "…, with union leader Ana Berg calling it '…'"
    if not after and (who := nested_speaker(frame)) is not None:
        return who, "speaker-verb-quote"  # "Lind said Osei had called the offer '…'": Osei's words
    if not after and (clause := clause_speaker(frame)) is not None:
        return clause[0], "clause-speaker-quote"  # "Lind said a deal was 'close', but Osei said '…'": Osei's words
    if after and (closing := _CLOSING.match(frame)):  # '"…," the readout concluded.': said so, after a quote
        frame = frame[: closing.start("verb")] + "said" + frame[closing.end("verb") :]
    if not after and (going_on := _GOING_ON.search(frame)):  # 'He continued, "…"': said so, before a quote
        frame = frame[: going_on.start("verb")] + "said" + frame[going_on.end("verb") :]
    whole = Span(0, len(frame), frame)
    words = tokens(frame)
    lead = 1 if words and words[0].text in ",:—–-" else 0  # not "…"; Osei warned': a clause of its own
    verbs = [verb for verb in speech_verbs(words) if not issued(words, verb)]  # not "a statement issued by …"
    if not after and words and words[0].word in _SUBORDINATING and (comma := _first_comma(words)) is not None:
        verbs = [verb for verb in verbs if verb > comma] or verbs  # "When Füle said …, Bağış quipped that '…'"
    if not after and (inverted := _verb_first(frame, words)) is not None:
        return inverted, "verb-speaker-quote"  # 'Said Amara Okonkwo: "…"'
    if not after and (frame.rstrip().endswith(":") or _ends_in_verb(words, verbs)):
        verbs.reverse()  # the verb that the colon ends says who: "Novak recalled that Lind had told him: '…'"
        # and the verb just before the quote: "Singh told reporters 'it went well' while Kasuri said, '…'"
    for verb in verbs:
        if not after and (found := _said_last(words, verb)):  # 'The talks were "candid", said Song, declining …'
            return someone(mention_in(frame, whole, found)), "clause-verb-speaker"
        before_verb = subject_before(words, verb)
        if after:
            if before_verb and _post_before(words[lead : words.index(before_verb[0])]):
                return someone(mention_in(frame, whole, before_verb)), "quote-speaker-verb"
            found = subject_after(words, verb) if verb <= lead else []
            if found and not found[-1].text.endswith(("’s", "'s")):  # not ", said India's concerns had been …"
                return someone(mention_in(frame, whole, found)), "quote-verb-speaker"
            return None, ""
        if before_verb and (who := someone(mention_in(frame, whole, before_verb))) is not None:
            return who, "speaker-verb-quote"
    return None, ""


_SUBORDINATING = frozenset({"when", "as", "after", "while", "before", "although", "though", "once", "because"})


def _first_comma(words: list[Token]) -> int | None:
    return next((at for at, token in enumerate(words) if token.text == ","), None)


def _said_last(words: list[Token], verb: int) -> list[Token]:
    """The speaker a reporting verb after a comma names, the verb first, ending the sentence whose clause before the
    comma holds the quote: 'The meeting was held in a "candid" atmosphere, said Song.' (or with a participle's clause
    after: ", said Song, declining to give any details"); none when more words follow."""
    if verb < 4 or words[verb - 1].text != "," or words[verb].word not in ("said", "says", "added"):
        return []
    if not words[-1].text.endswith((".", "!", "?")):
        return []  # the quote comes after: "Barwell, a member of the team, said Johnson's deal '…'"
    found = subject_after(words, verb)
    rest = words[verb + 1 + len(found) :]
    rest = [] if len(rest) > 1 and rest[0].text == "," and participle(rest[1]) else rest
    return found if found and len([token for token in rest if token.text[:1].isalnum()]) <= 3 else []


def _verb_first(frame: str, words: list[Token]) -> Mention | None:
    """Who a reporting verb opening the words before a quote names right after it, up to the colon or comma that
    opens the quote: 'Said Amara Okonkwo: "…"', 'Added the minister, "…"' (never the verb's own capital taken
    for a name's: "Said Amara Okonkwo")."""
    if len(words) < 3 or words[-1].text not in ",:" or not _OPENING_VERB.fullmatch(words[0].text):
        return None
    found = subject_after(words, 0)
    if not found or found[-1] != words[-2]:
        return None
    return someone(mention_in(frame, Span(0, len(frame), frame), found))


# A reporting verb in the past opening a sentence, before who said what follows: "Said Okonkwo:", "Added the minister,".
_OPENING_VERB = re.compile(
    r"Said|Wrote|Added|Asked|Replied|Answered|Continued|Warned|Insisted|Explained|Noted|Declared|Argued"
    r"|Countered|Retorted|Quipped|Remarked|Observed|Responded|Conceded|Admitted|Stressed|Recalled|Cautioned"
)


def _ends_in_verb(words: list[Token], verbs: list[int]) -> bool:
    """Whether the frame before a quote ends with a reporting verb, and a comma at most ("… while Kasuri said,")."""
    last = len(words) - (2 if words and words[-1].text in ",:—–-" else 1)
    return len(verbs) > 1 and verbs[-1] == last


# A reporting verb whose object the quote that follows is ("Miti had described the meeting … as", "Novak called the
# plan", "Lind dismissed it as"), not in the passive ("the deal was described as").
_OBJECT_QUOTE = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )"
    r"\b(?:described|describes|called|calls|termed|terms|branded|brands|hailed|hails|dismissed|dismisses)"
    r"\b[^.;:!?“”\"]{0,120}\s*$"
)


def is_object(before: str) -> bool:
    """Whether the quote after these words is the object of their reporting verb ("The ministry had described the
    meeting as “positive”, the minister said": the ministry's word, the minister passing it on)."""
    return bool(_OBJECT_QUOTE.search(before))


def _post_before(words: list[Token]) -> bool:
    """Whether the words between a quote and its speaker's phrase are none, or a post in lower case the phrase
    leaves out ('"…," banking regulator Guo Shuqing said', '"…," veteran trade negotiator Ana Costa said')."""
    return len(words) <= 3 and all(w.text.isalpha() and w.text.islower() and w.word not in _NOT_POSTS for w in words)


_NOT_POSTS = frozenset({"and", "but", "or", "as", "when", "while", "after", "before", "then", "so", "because", "if"})


def according(frame: str) -> Mention | None:
    """Who "according to" names, without the full stop that may end the sentence; or "per" opening the words after
    a quote ('"…," per a statement from the ministry', '"…," per Tomas Novak')."""
    match = _ACCORDING.search(frame)
    if not match:
        per = _PER.match(frame)
        return according("according to " + frame[per.end() :]) if per else None
    who = match.group("who").strip()
    listed = _LISTED_ON.match(frame, match.end()) if re.search(r"\bof [A-Z]", who) else None
    who += listed.group() if listed else ""  # "the Ministry of Trade, Industry and Energy"
    if who.endswith(".") and not re.search(r"\b[A-Z]\.$", who):
        who = who[:-1]
    who = _ISSUED_AFTER.sub("", who)  # "an official statement issued (on Friday)": the statement
    if _DATA.search(who):
        return None  # "according to Reuters calculations based on customs data": figures, no one's words
    return mention_of(who)


_ISSUED_AFTER = re.compile(r"(?: (?:that|which) (?:was|were|had been))? (?:issued|released|published|posted|sent)$")
# The rest of a body's list of what it is of, after the first: "(the Ministry of Trade), Industry and Energy".
_LISTED_ON = re.compile(r"(?:, [A-Z][\w’'-]*)*,? and [A-Z][\w’'-]*")
# What gives figures, not words: "Reuters calculations", "the ministry's data", "official estimates".
_DATA = re.compile(r"\b(?:calculations?|data|figures|estimates?|statistics|tall(?:y|ies)|surveys?|polls?)\b")


# "per" right after a quote (in lower case: never a sentence's "Per …"), as "according to".
_PER = re.compile(r"[\s,]*per (?=[A-Z]|(?:a|an|the|two|three|several) [a-z])")
# Nouns of a document that gives words, not their speaker: "according to a statement issued on Friday".
_DOCUMENT_WORDS = frozenset({"statement", "report", "letter", "document", "copy", "draft", "transcript", "communique"})
_DOCUMENT_WORDS |= {"interview"}  # "X said …, according to an interview with public broadcaster NHK": X's words


def document(who: Mention | None) -> bool:
    """Whether "according to" names a document no one is said to have issued (not "a WTO statement")."""
    if who is None or who.name or who.organisation or not who.description:
        return False
    return not _DOCUMENT_WORDS.isdisjoint(word.casefold() for word in who.description.split())


def second_hand(frame: str) -> tuple[Mention | None, Mention | None]:
    """(the speaker, who passed the words on) from "a source said, quoting him as saying", "said a government official
    quoting Indian Water Resource Minister Uma Bharati"."""
    quoting = _QUOTING.search(frame)
    if quoting is None and (named := _QUOTING_NAMED.search(frame)) and (mention_of(named["who"]) or Mention("")).name:
        quoting = named  # a person named with their post, without "as saying"
    if quoting:
        words = tokens(frame[: quoting.start()])
        verbs = speech_verbs(words)
        passer = (subject_before(words, verbs[-1]) or subject_after(words, verbs[-1])) if verbs else []
        who = mention_of(quoting.group("who"))
        via = mention(passer, frame) if passer else None
        return who, via
    return None, None


def via_of(frame: str, speaker_phrase: str) -> Mention | None:
    """Who passed a quote on, in a second reporting clause: '..., he said, the sources told Reuters'."""
    words = tokens_through_verbs(frame, 3)
    verbs = [verb for verb in speech_verbs(words) if not issued(words, verb)]
    for verb in verbs[1:3]:  # the clause just after the first: '"…," he said, the sources told Reuters'
        found = subject_before(words, verb)
        if found:
            phrase = frame[found[0].start : found[-1].end]
            who = mention_of(phrase)
            named = who is not None and (who.name or who.description or who.organisation)
            if phrase != speaker_phrase and named and not document(who):
                return who
    who = according(frame)
    return None if document(who) else who


# A name alone before a colon and the quote, in a list's item: "• Tomas Novak: '…'" (not a headline's "Brexit Talks:").
_NAME_COLON = re.compile(
    rf"\s*[•*·▪–—-][\s•*·▪–—-]*(?P<who>[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|of|the|{NAME_PARTICLE_WORDS})){{1,6}}):\s*"
)


def name_colon(before: str) -> Mention | None:
    """The person named in full, or the body, alone before a colon and the quote (not "Update:" nor "Note:")."""
    label = _NAME_COLON.fullmatch(before)
    who = mention_of(label.group("who")) if label else None
    return who if who is not None and ((who.name and " " in who.name) or who.organisation) else None


# '"…," Kral was quoted as saying by AFP', '"…," the minister was quoted by Kyodo as saying', '"…," Kral was
# heard telling his aides' (also "overheard"), '"…" Kral is quoted.'
_QUOTED_AS = re.compile(
    r"[\s,]*(?P<who>(?:the |[A-Z][\w’'.-]* )?(?:[\w’'.-]+ ){0,5}?[\w’'.-]+) (?:was|is|were|has been) (?:also )?"
    r"(?:(?:(?:quoted|cited|reported)(?: by [^,.;\n]{1,60})? as|(?:over)?heard) (?:saying|telling)\b"
    r"|(?:quoted|cited)(?: by [^,.;\n]{1,60})?(?=[.;]))"
)


def quoted_as(before: str, after: str, via: Mention | None) -> tuple[Mention | None, str, Mention | None]:
    """The speaker "X was quoted (by Y) as saying" names: after the quote ('"…," X was quoted as saying') or
    before it ("X was quoted by the state news agency as saying the talks were '…'", via the agency)."""
    if quoted_as := _QUOTED_AS.match(after):
        return someone(mention_of(quoted_as.group("who"))), "quote-speaker-quoted-as", via
    found = list(_QUOTED_BEFORE.finditer(before))
    if not found:
        return None, "", via
    words = tokens(before[: found[-1].start()])
    subject = subject_before([*words, Token("said", found[-1].start(), found[-1].start())], len(words))
    who = someone(mention(subject, before)) if subject else None
    by = mention_of(found[-1].group("by")) if found[-1].group("by") else None
    return who, "speaker-quoted-as-quote", by or via


_QUOTED_BEFORE = re.compile(
    r" (?:was|is|were|has been|had been) (?:also )?(?:(?:quoted|cited|reported)(?: by (?P<by>[^,.;:\n\"“”]{1,60}?))? as"
    r"|(?:over)?heard)"
    r" (?:saying|telling)\b"
)


# Who reported the words, after them: "…', the Financial Times reported", "…,” reported the La Nación daily".
_REPORT_AFTER = re.compile(
    r"[\s,]*(?:(?:the |The )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3} (?:reported|reports)\b"
    r"|(?:reported|reports) (?:the )?[\w’'.-]+(?: [\w’'.-]+){0,3}?[.;]?(?:\s|$))"
)


def reported_after(who: Mention | None, pattern: str, before: str, after: str) -> tuple[Mention | None, str]:
    """The speaker the words before a quote name, when those after it name only who reported it ("X has said that …
    '…', the Financial Times reported", "Georgieva praised Caputo, saying the award is “…,” reported the La Nación
    daily") or the quote is the object of a verb before it; else the speaker and pattern found after it."""
    if who is None or not pattern.startswith("quote-") or not (_REPORT_AFTER.match(after) or is_object(before)):
        return who, pattern
    first, _ = frame_speaker(before, False)
    return (first, "speaker-verb-quote") if first is not None and not first.pronoun else (who, pattern)
