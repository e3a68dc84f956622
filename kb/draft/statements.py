"""Statements: quotes with their speakers (direct, partial, split around their attribution,
over paragraphs, second-hand), transcript turns, and reported speech as paraphrases."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from operator import attrgetter, itemgetter

from kb.draft.dates import clause_around
from kb.draft.figures import figures
from kb.draft.lexicon import TITLE_HEADS, TITLE_WORDS
from kb.draft.quotes import Quote, find_quotes
from kb.draft.speakers import (
    OPENERS,
    TENURE,
    Mention,
    Token,
    mention,
    mention_of,
    sex_of,
    speech_verbs,
    subject_after,
    subject_before,
    tokens,
    tokens_through_verbs,
    venue,
)
from kb.draft.text import Span, covered, overlaps, paragraphs, sentences

_QUOTING = re.compile(
    r"\bquot(?:ing|ed) (?P<who>(?:him|her|them|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})) as (?:saying|telling)"
)
# Up to eight words, each a whole run between spaces: "(?:[\w.-]+ ?){1,8}" would try every way of
# cutting one long word into eight, and never end on "according to aaaa…a!".
_ACCORDING = re.compile(
    r"\b[Aa]ccording to (?P<who>[\w’'.-]+(?: [\w’'.-]+){0,7}?)(?=[,;:]|\.(?:\s|$)|$| who\b| in\b| on\b)"
)
# A sentence that introduces the quote after it: someone speaking to an audience.
_AUDIENCE = re.compile(
    r"\b(?:spoke|speaks|was speaking|talked|addressed|briefed)\b(?= (?:to |with )?(?:the |a |an )?"
    r"(?:reporters|journalists|press|media|news conference|press conference|lawmakers|parliament))"
)
_SPLIT_GAP = 120  # at most this many characters between the halves of a split quote
_SENTENCE_END = re.compile(r"[.!?]\s")
_ENDS_IN_PAUSE = re.compile(r"[,:—–-]\s*$")
FRAME = 160  # characters before and after a quote read for its attribution
MAX_QUOTES_PER_SENTENCE = 12  # a sentence with more quotes is a list of words, not reported speech
MIN_WORDS_WITHOUT_FRAME = 6
ANTECEDENTS = 8  # the people named last before a pronoun, among whom it finds the one it stands for
_PRONOUN_SEX = {"she": "f", "her": "f", "he": "m", "him": "m"}
_START = attrgetter("start")  # a quote's or a sentence's, to bisect on (quicker than a lambda)


@dataclass(frozen=True)
class Said:
    """A statement found in the text, before its speaker is resolved to an entity."""

    who: Mention
    attribution: str
    text: str
    excerpt: Span
    pattern: str
    confidence: float
    venue: str | None = None
    via: Mention | None = None
    quoted: str = ""
    dating: str = ""  # the words that may give its date: the clause that reports it, quotes blanked


@dataclass
class Reader:
    text: str
    blanked: str = ""  # the text with every quote blanked out, for the words around them
    quotes: list[Quote] = field(default_factory=list)
    text_from: int = 0  # where a partial quote's text starts: after a direct quote of the same sentence
    found: list[Said] = field(default_factory=list)
    last_speaker: Mention | None = None
    subjects: list[tuple[int, Mention]] = field(default_factory=list)  # named as a sentence's subject
    speakers: list[tuple[int, Mention]] = field(default_factory=list)  # named as a quote's speaker, in order

    def antecedent(self, before: int, pronoun: str = "") -> Mention | None:
        """The person a pronoun at ``before`` most likely stands for: the last one named as a
        speaker or as the subject of a sentence — for "she" or "he", the last one the text shows
        to be a woman or a man ("Ms Lind", "Lind said she …"), else the last one it does not show
        to be of the other sex."""
        named = sorted(
            [*self._last(self.subjects, before), *self._last(self.speakers, before)], key=itemgetter(0), reverse=True
        )
        found = self._of_sex(named, pronoun)
        if found is None:  # no one named as a subject before: anyone named in full ("… were led by Tomas Novak")
            found = self._of_sex(list(reversed(self._last(_named_anywhere(self.text), before))), pronoun)
        return found

    def _of_sex(self, named: list[tuple[int, Mention]], pronoun: str) -> Mention | None:
        """The first of ``named`` (the nearest first) that a pronoun may stand for (see antecedent)."""
        wanted = _PRONOUN_SEX.get(pronoun.casefold())
        if wanted is None or not named:
            return named[0][1] if named else None
        sexes = [sex_of(self.text, who) for _, who in named]
        same = next((who for (_, who), sex in zip(named, sexes, strict=True) if sex == wanted), None)
        return same or next((who for (_, who), sex in zip(named, sexes, strict=True) if sex is None), None)

    @staticmethod
    def _last(named: list[tuple[int, Mention]], before: int) -> list[tuple[int, Mention]]:
        """The last ANTECEDENTS named before ``before``."""
        index = bisect.bisect_left(named, before, key=itemgetter(0))
        return named[max(0, index - ANTECEDENTS) : index]

    def quotes_in(self, span: Span) -> list[Quote]:
        """The quotes that start within ``span``."""
        low = bisect.bisect_left(self.quotes, span.start, key=_START)
        high = bisect.bisect_left(self.quotes, span.end, key=_START)
        return self.quotes[low:high]

    def sentence_at(self, at: int, all_sentences: list[Span]) -> Span:
        index = bisect.bisect_right(all_sentences, at, key=_START) - 1
        found = all_sentences[index] if index >= 0 else None
        return found if found is not None and found.start <= at < found.end else Span(at, at, "")


@functools.lru_cache(maxsize=64)  # the quotes of one sentence read the same words for their speaker
def _frame_speaker(frame: str, after: bool) -> tuple[Mention | None, str]:
    """The speaker named by a reporting verb in a frame (the words around a quote). After a
    quote the attribution must touch it: '…," Frost said' or '…," said Frost'."""
    whole = Span(0, len(frame), frame)
    words = tokens(frame)
    lead = 1 if words and words[0].text in ",:;—–-" else 0
    for verb in speech_verbs(words):
        before_verb = subject_before(words, verb)
        if after:
            if before_verb and words.index(before_verb[0]) <= lead:
                return _someone(_mention(frame, whole, before_verb)), "quote-speaker-verb"
            if verb <= lead and (found := subject_after(words, verb)):
                return _someone(_mention(frame, whole, found)), "quote-verb-speaker"
            return None, ""
        if before_verb and (who := _someone(_mention(frame, whole, before_verb))) is not None:
            return who, "speaker-verb-quote"
    return None, ""


def _someone(who: Mention | None) -> Mention | None:
    """The mention, if it names someone (a person, a body, a description or a pronoun)."""
    return who if who is not None and (who.name or who.organisation or who.description or who.pronoun) else None


def _mention(text: str, frame: Span, found: list[Token]) -> Mention | None:
    start, end = frame.start + found[0].start, frame.start + found[-1].end
    return mention_of(text[start:end]) if end > start else None


def _according(frame: str) -> Mention | None:
    """Who "according to" names, without the full stop that may end the sentence."""
    match = _ACCORDING.search(frame)
    if not match:
        return None
    who = match.group("who").strip()
    if who.endswith(".") and not re.search(r"\b[A-Z]\.$", who):
        who = who[:-1]
    return mention_of(who)


def _second_hand(frame: str) -> tuple[Mention | None, Mention | None]:
    """(the speaker, who passed the words on) from "a source said, quoting him as saying"."""
    quoting = _QUOTING.search(frame)
    if quoting:
        words = tokens(frame[: quoting.start()])
        verbs = speech_verbs(words)
        passer = subject_before(words, verbs[-1]) if verbs else []
        who = mention_of(quoting.group("who"))
        via = mention(passer, frame[passer[0].start : passer[-1].end]) if passer else None
        return who, via
    return None, None


def _via(frame: str, speaker_phrase: str) -> Mention | None:
    """Who passed a quote on, in a second reporting clause: '..., he said, the sources told Reuters'."""
    words = tokens_through_verbs(frame, 3)
    verbs = speech_verbs(words)
    for verb in verbs[1:3]:  # the clause just after the first: '"…," he said, the sources told Reuters'
        found = subject_before(words, verb)
        if found:
            phrase = frame[found[0].start : found[-1].end]
            who = mention_of(phrase)
            if phrase != speaker_phrase and who is not None and (who.name or who.description or who.organisation):
                return who
    return _according(frame)


def _is_direct(words: str, before: str) -> bool:
    first = words.lstrip(" .…")[:1]
    lead = before.rstrip()
    return (first.isupper() or first.isdigit()) and (not lead or lead[-1] in ":,—–-" or lead.endswith("said"))


def _statement_text(text: str, context: Span, quotes: list[Quote], direct: bool) -> str:
    """A direct quote's words; else the sentence, every quote in it within straight double quotes."""
    if direct:  # without the comma that belongs to the attribution: "We want a deal," he said
        return quotes[0].words(text).rstrip().removesuffix(",").rstrip()
    pieces, at = [], context.start
    for quote in quotes:
        if quote.start < at or quote.end > context.end:
            continue
        pieces.append(text[at : quote.start])
        pieces.append('"' + quote.words(text).replace('"', "'") + '"')
        at = quote.end
    pieces.append(text[at : context.end])
    return "".join(pieces).strip(" ,;:—–-\n")


def read_quotes(text: str, skip: list[tuple[int, int]]) -> list[Said]:
    """Every quote whose speaker a pattern finds, as a statement."""
    skipped = covered(skip)
    quotes = [q for q in find_quotes(text) if not overlaps(skipped, q.start, q.start + 1)]
    reader = Reader(text, _blank(text, quotes), quotes)
    all_sentences = sentences(text)
    reader.subjects = _named_subjects(reader.blanked)
    groups = _split_groups(text, quotes)
    previous_end = -1
    per_sentence: dict[int, int] = {}
    for number, group in enumerate(groups):
        first, last = group[0], group[-1]
        start = reader.sentence_at(first.start, all_sentences).start
        per_sentence[start] = per_sentence.get(start, 0) + 1
        if per_sentence[start] > MAX_QUOTES_PER_SENTENCE:
            continue
        end = max(reader.sentence_at(last.end - 1, all_sentences).end, last.end)
        context = Span(start, end, text[start:end])
        previous = reader.found[-1] if reader.found else None
        same = previous is not None and previous.excerpt.start == start and previous.attribution == "direct_quote"
        reader.text_from = groups[number - 1][-1].end if same else start
        said = _read_group(reader, context, group, all_sentences, previous_end)
        if said:
            reader.found.append(said)
            if said.who.name and not said.who.pronoun:
                reader.last_speaker = said.who
                reader.speakers.append((first.start, said.who))
        previous_end = end
    return reader.found


def _blank(text: str, quotes: list[Quote]) -> str:
    chars = list(text)
    for quote in quotes:
        chars[quote.start : quote.end] = " " * (quote.end - quote.start)
    return "".join(chars)


@functools.lru_cache(maxsize=1)  # read for quotes and again for reported speech: the same text unless a transcript
def _named_subjects(blanked: str) -> list[tuple[int, Mention]]:
    """People named as the speaker of a reporting verb, or as the subject a sentence opens with (by
    a surname alone, "Trump lavished …", if the text gives it after a given name or a post too)."""
    surnames = {match.group(1) for match in _AFTER_A_CAPITAL.finditer(blanked)}
    return [
        (sentence.start + at, who)
        for sentence in sentences(blanked)
        for at, who, alone in _subjects_in(sentence.text)
        if not alone or who.phrase in surnames
    ]


@functools.lru_cache(maxsize=2)  # read for quotes, reported speech and meetings of the same text
def _named_anywhere(text: str) -> list[tuple[int, Mention]]:
    """The people the text names in full wherever they stand in a sentence: a given name and a
    surname after a post ("by chief negotiator Tomas Novak"), whose surname the text makes the
    subject of a sentence elsewhere ("Novak said …"), or that is two or three capitalised words
    after no "the" — not a sea, a plan or a treaty ("the Black Sea Grain Initiative")."""
    acting = {who.name.split()[-1] for _, who in _named_subjects(_blank(text, find_quotes(text))) if who.name}
    found = []
    for run in _TITLED_RUN.finditer(text):
        who = mention_of(_POSSESSIVE_END.sub("", run.group()))
        if who is None or not who.name or " " not in who.name or who.pronoun:
            continue
        person_like = len(run.group().split()) <= 3 and not text[max(0, run.start() - 4) : run.start()].endswith(
            ("the ", "The ")
        )  # "Tomas Novak", not "the Black Sea Grain Initiative" nor "the Paris Agreement"
        if who.title or who.name.split()[-1] in acting or person_like:
            found.append((run.start(), who))
    return found


_POSSESSIVE_END = re.compile(r"[’']s?$")


@functools.lru_cache(maxsize=8192)  # with a transcript, its sentences outside the turns are read twice
def _subjects_in(sentence: str) -> tuple[tuple[int, Mention, bool], ...]:
    """The named subjects of one sentence (see _named_subjects), where each starts in it, and
    whether it is a sentence's opening word alone."""
    found: list[tuple[int, Mention, bool]] = []
    whole = Span(0, len(sentence), sentence)
    words = tokens(sentence)
    starts = [0] + [verb for verb in speech_verbs(words)]
    for at in starts:
        if at == 0:
            phrase = []
            for token in words:
                if not (token.capitalised or token.word in TITLE_WORDS) or token.text in ",:;—–-":
                    break
                phrase.append(token)
            participle = phrase and (
                phrase[0].word.endswith("ing") or len(phrase) == 1 and phrase[0].word.endswith("ed")
            )
            if not phrase or phrase[0].word in OPENERS or participle:
                phrase = _after_opening_clause(words)  # "After the talks, Tomas Novak flew home"
            if not phrase:
                continue  # (a phrase of one word is kept if it is a surname: see _named_subjects)
        else:
            phrase = subject_before(words, at)
        who = _mention(sentence, whole, phrase) if phrase else None
        if who is not None and who.name and not who.pronoun:
            found.append((phrase[0].start, who, at == 0 and len(phrase) == 1))
    return tuple(found)


_OPENING_CLAUSE = 12  # words: the clause a sentence may open with before its subject ("On Monday, …")


def _after_opening_clause(words: list[Token]) -> list[Token]:
    """The capitalised subject after a sentence's opening clause: "After the talks in Geneva, [the
    Alliance's chief negotiator Tomas Novak] flew home"."""
    comma = next((i for i, token in enumerate(words[:_OPENING_CLAUSE]) if token.text == ","), None)
    if comma is None:
        return []
    phrase: list[Token] = []
    for token in words[comma + 1 :]:
        if not (token.capitalised or token.word in TITLE_WORDS or (not phrase and token.word == "the")):
            break
        phrase.append(token)
    return phrase if any(token.capitalised for token in phrase) else []


def _split_groups(text: str, quotes: list[Quote]) -> list[list[Quote]]:
    """Quotes grouped with the other halves of a quote split around its attribution:
    '"We want," he said, "a deal."'."""
    groups: list[list[Quote]] = []
    for quote in quotes:
        if groups:
            gap = text[groups[-1][-1].end : quote.start]
            short = len(gap) < _SPLIT_GAP and "\n" not in gap and not _SENTENCE_END.search(gap)
            short = short and bool(_ENDS_IN_PAUSE.search(gap))  # the cheaper test first: most gaps fail it
            comma = short and (groups[-1][-1].words(text).rstrip()[-1:] in ",—–-" or gap.lstrip().startswith(","))
            if comma and speech_verbs(tokens(gap)):
                groups[-1].append(quote)
                continue
        groups.append([quote])
    return groups


def _read_group(
    reader: Reader, context: Span, group: list[Quote], all_sentences: list[Span], previous_end: int
) -> Said | None:
    text = reader.text
    before_start = max(context.start, group[0].start - FRAME)
    before = Span(before_start, group[0].start, text[before_start : group[0].start])
    after_end = min(context.end, group[-1].end + FRAME)
    after = Span(group[-1].end, after_end, text[group[-1].end : after_end])
    gap = Span(group[0].end, group[1].start, text[group[0].end : group[1].start]) if len(group) > 1 else None
    who, pattern = None, ""
    for frame, is_after in ((gap, True), (after, True), (before, False)):
        if frame is not None and frame.text.strip() and who is None:
            who, pattern = _frame_speaker(frame.text, is_after)
    frame_text = " ".join(f.text for f in (before, gap, after) if f)
    quoted_by, passer = _second_hand(frame_text)
    confidence = 0.9
    if quoted_by is not None:
        who, pattern = quoted_by, "source-quoting-speaker"
    via = passer or (_via(frame_text, who.phrase) if who else None)
    if who is None and (said_by := _according(after.text) or _according(before.text)) is not None:
        who, pattern, via = said_by, "quote-according-to", None  # '"…," according to Tomas Novak.'
    if who is None and (quoted_as := _QUOTED_AS.match(after.text)):  # '"…," X was quoted as saying'
        who, pattern = _someone(mention_of(quoted_as.group("who"))), "quote-speaker-quoted-as"
    if who is None and (dash := _DASH_NAME.match(after.text)):
        who, pattern = _someone(mention_of(dash.group("who"))), "quote-dash-speaker"  # '"…" – Tomas Novak.'
    if who is None:
        who, pattern, confidence = _speaker_from_before(reader, context, before, all_sentences, previous_end)
    if who is None:  # a reporting verb elsewhere in the sentence: '… a "stage of progress", he said.'
        who, pattern = _frame_speaker(reader.blanked[context.start : context.end], False)
        pattern, confidence = "sentence-attribution", 0.7
    if who is None:  # "Trump lavished praise on Carney and promised he would leave 'very happy'"
        who, pattern, confidence = _coordinated(reader, context), "subject-and-verb", 0.6
    if who is None and (_PARTICIPLE.search(before.text) or before.text.rstrip().endswith(":")):
        who, pattern = _opening_subject(reader, context), "subject-saying-quote"  # "X ruled it out, saying '…'"
    words = " ".join(q.words(text) for q in group)
    if who is None or (who.description is None and who.name is None and who.organisation is None and not who.pronoun):
        return None
    if who.pronoun:
        antecedent = reader.antecedent(group[0].start, who.phrase)
        if antecedent is None:
            return None
        who, confidence, pattern = antecedent, 0.7, pattern + "+pronoun"
    direct = len(group) == 1 and _is_direct(words, before.text)
    attribution = "direct_quote" if direct else "partial_quote"
    told = Span(reader.text_from, context.end, text[reader.text_from : context.end])
    quoted = group if direct else reader.quotes_in(told)
    statement_text = _statement_text(text, told, quoted, direct)
    if via is not None and not direct:  # the words passed on, not the sentence of who passed them
        statement_text = " … ".join('"' + q.words(text).replace('"', "'") + '"' for q in group)
    dating = _reporting_clause(reader.blanked[context.start : context.end])
    if pattern == "quote-then-added":  # the day is the next sentence's, which says who spoke
        following = all_sentences[bisect.bisect_left(all_sentences, context.end, key=_START)]
        dating = _reporting_clause(reader.blanked[following.start : following.end]) or following.text
    return Said(who, attribution, statement_text, context, pattern, confidence, venue(frame_text), via, words, dating)


@functools.lru_cache(maxsize=1)  # the quotes of one sentence share it
def _reporting_clause(sentence: str) -> str:
    """The clause of the sentence's first reporting verb ("" when it has none)."""
    words = tokens_through_verbs(sentence, 1)
    verbs = speech_verbs(words)
    return clause_around(sentence, words[verbs[0]].start) if verbs else ""


def _speaker_from_before(reader: Reader, context: Span, before: Span, all_sentences: list[Span], previous_end: int):
    """A quote with no reporting verb of its own: the speaker of an introduction just before it (a
    colon, someone speaking to reporters), of a next sentence that says they went on, of the quote
    just before it, or of a sentence of reported speech just before it."""
    text = reader.text
    if before.text.strip():
        return None, "", 0.0
    index = bisect.bisect_right(all_sentences, context.start, key=attrgetter("end"))
    previous = all_sentences[index - 1] if index else None
    if previous is not None and previous.text.rstrip().endswith(":"):
        who, _ = _frame_speaker(previous.text, False)
        if who:
            return who, "colon-introduction", 0.8
    if previous is not None and "\n" in text[previous.end : context.start]:  # the quote opens a paragraph
        audience = _AUDIENCE.search(previous.text)  # "LeBlanc spoke to reporters on the terrace …"
        opening = tokens(previous.text[: audience.start()]) if audience else []
        phrase = subject_before([*opening, Token("said", 0, 0)], len(opening)) if opening else []
        named = phrase and not any(token.word == "and" for token in phrase)  # not "Berg and Lind spoke to …"
        if named and (who := _mention(text, previous, phrase)) is not None and who.name and not who.pronoun:
            return who, "audience-introduction", 0.6
    following_at = bisect.bisect_left(all_sentences, context.end, key=_START)
    if following_at < len(all_sentences) and "\n\n" not in text[context.end : all_sentences[following_at].start]:
        who = _added_by(reader, all_sentences[following_at])  # '"…" Novak added that …'
        if who is not None:
            return who, "quote-then-added", 0.6
    words = len(text[context.start : context.end].split())
    if reader.last_speaker and previous_end >= 0 and words >= MIN_WORDS_WITHOUT_FRAME:
        between = text[previous_end : context.start]
        if between.count("\n\n") <= 1 and len(between.strip()) < 3:
            return reader.last_speaker, "continuation", 0.5
    near = previous is not None and text[previous.end : context.start].count("\n") <= 2
    if previous is not None and near and words >= MIN_WORDS_WITHOUT_FRAME:
        reported = _reported_by(reader, previous)  # "Tomas Novak said the talks had stalled." then the quote
        if reported is not None:
            return reported, "after-reported-speech", 0.5
    return None, "", 0.0


def _reported_by(reader: Reader, sentence: Span) -> Mention | None:
    """The person a sentence of reported speech names as its speaker (or the one its pronoun stands for)."""
    reported, _ = _frame_speaker(reader.blanked[sentence.start : sentence.end], False)
    if reported is not None and reported.pronoun:
        reported = reader.antecedent(sentence.start, reported.phrase)
    return reported if reported is not None and reported.name else None


# A participle that gives what the sentence's subject said: "…, saying (that) '…'", "…, adding: '…'".
_PARTICIPLE = re.compile(
    r",\s*(?:saying|adding|noting|warning|insisting|arguing|stressing|explaining|telling [a-z ]{2,30}?)"
    r"(?: that)?(?: [^,;:.!?\"“”]{0,80})?[:,]?\s*$"
)
# '"…," Kral was quoted as saying by AFP', '"…," the minister was quoted by Kyodo as saying'.
_QUOTED_AS = re.compile(
    r"[\s,]*(?P<who>(?:the |[A-Z][\w’'.-]* )?(?:[\w’'.-]+ ){0,5}?[\w’'.-]+) (?:was|is|were|has been) (?:also )?quoted"
    r"(?: by [^,.;\n]{1,60})? as (?:saying|telling)\b"
)
# A name alone after a quote and a dash: '"…" – Tomas Novak.'
_DASH_NAME = re.compile(r"\s*[—–-]\s*(?P<who>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})\.?\s*$")


def _opening_subject(reader: Reader, sentence: Span) -> Mention | None:
    """The person a sentence opens with: a name ("Tomas Novak ruled it out, saying …"), or a
    pronoun that stands for one ("He ruled it out, saying …")."""
    index = bisect.bisect_left(reader.subjects, sentence.start, key=itemgetter(0))
    opening = reader.subjects[index] if index < len(reader.subjects) else None
    if opening is not None and opening[0] == sentence.start:
        return opening[1]
    first = sentence.text.split(" ", 1)[0].casefold()
    return reader.antecedent(sentence.start, first) if first in ("he", "she") else None


def _coordinated(reader: Reader, sentence: Span) -> Mention | None:
    """The person a sentence opens with, when its reporting verb is joined to their first verb by
    "and": "Trump lavished praise on Carney and promised …"."""
    words = tokens_through_verbs(reader.blanked[sentence.start : sentence.end], 1)
    verbs = speech_verbs(words)
    if not verbs or verbs[0] == 0 or words[verbs[0] - 1].word != "and":
        return None
    return _opening_subject(reader, sentence)


_THESE_WORDS = re.compile(r"\b(?:[Ww]ith|[Ii]n) (?:these|those) words\b")
_GOES_ON = frozenset({"added", "adds", "continued", "continues"})
_GOES_ON_REACH = 8  # words: the verb of "Novak added" or "The minister later added" opens its sentence


def _added_by(reader: Reader, sentence: Span) -> Mention | None:
    """Who the sentence after a quote says went on speaking ("Novak added that …") or said "these
    words" ("It was with these words that Tomas Novak closed the talks"): the quote's speaker."""
    if _THESE_WORDS.search(sentence.text):
        named = (mention_of(run.group()) for run in _TITLED_RUN.finditer(sentence.text))
        return next((who for who in named if who is not None and who.name and " " in who.name), None)
    words = tokens_through_verbs(sentence.text, 1)
    verbs = speech_verbs(words)
    if not verbs or verbs[0] > _GOES_ON_REACH or words[verbs[0]].word not in _GOES_ON:
        return None
    phrase = subject_before(words, verbs[0])
    who = _mention(reader.text, sentence, phrase) if phrase else None
    if who is not None and who.pronoun:
        who = reader.antecedent(sentence.start, who.phrase)
    return who if who is not None and (who.name or who.description) else None


def antecedents(text: str) -> Callable[[int], Mention | None]:
    """Who a pronoun at a place in the text stands for (see Reader.antecedent)."""
    return Reader(text, subjects=_named_subjects(_blank(text, find_quotes(text)))).antecedent


def read_reported(text: str, skip: list[tuple[int, int]]) -> list[Said]:
    """Sentences of reported speech with no quote in them ("X said (that) …", "according to X")."""
    found: list[Said] = []
    quotes = find_quotes(text)
    quoted = covered([(q.start, q.end) for q in quotes] + skip)
    named = Reader(text, subjects=_named_subjects(_blank(text, quotes)))  # who "he" and "she" stand for
    for sentence in sentences(text):
        if overlaps(quoted, sentence.start, sentence.end):
            continue
        who = _according(sentence.text)
        if who is not None and (who.name or who.description or who.organisation):
            dating = clause_around(sentence.text, sentence.text.lower().index("according to"))
            found.append(Said(who, "paraphrase", sentence.text, sentence, "according-to", 0.6, dating=dating))
            continue
        words = tokens(sentence.text)
        for verb in speech_verbs(words):
            colon = _colon_after(sentence.text, words, verb)
            if colon is not None:  # "X said: we will …" or "X said:" over a paragraph: speech without marks
                found += _colon_speech(text, sentence, words, verb, colon, named, quoted)
                break
            follows = words[verb + 1].word if verb + 1 < len(words) else ""
            if follows in ("in", "on", "at", "it", "by", "as") and words[verb].word in ("said", "says"):
                continue
            if sum(1 for token in words[verb + 1 :] if token.text[:1].isalnum()) < 2:
                continue  # nothing reported after the verb: a heading ("Briefing notes")
            subject = subject_before(words, verb)
            if any(token.word == "and" for token in subject):
                break  # "Japan and the United States confirmed …": two parties, drafted as their agreement
            who = _mention(text, sentence, subject) if subject else None
            pattern, confidence = "speaker-verb-clause", 0.6
            if who is not None and who.pronoun:  # "He said he conveyed …": the person last named
                who, pattern, confidence = (
                    named.antecedent(sentence.start + words[verb].start, who.phrase),
                    pattern + "+pronoun",
                    0.5,
                )
            if who and not (who.name or who.description) and figures(sentence.text, limit=1):
                break  # "Japan posted a 5.2 trillion yen deficit": a country's figure, drafted as a data point
            if who and (who.name or who.description or who.organisation) and not who.pronoun:
                via = _via(sentence.text, who.phrase)  # "X told Y …, a government source said"
                how = "reported" if via is not None and via.description else "paraphrase"
                why = pattern + ("+source" if how == "reported" else "")
                passed = via if how == "reported" else None
                dating = clause_around(sentence.text, words[verb].start)
                where = venue(sentence.text)
                found.append(Said(who, how, sentence.text, sentence, why, confidence, where, passed, dating=dating))
                break
    return found


MAX_GAP = 20  # characters of white space between "X said:" and the paragraph it introduces
_COLON_REACH = 60  # characters from a reporting verb to the colon that opens its speech: "said in a statement:"


# Words that make what stands between a reporting verb and a colon a clause of its own ("said the aim was
# clear: …"), not where or to whom it was said ("said in a statement:", "told reporters:").
_CLAUSE_WORDS = frozenset({"that", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would"})


def _colon_after(sentence: str, words: list[Token], verb: int) -> int | None:
    """Where the colon that opens what the verb at ``verb`` reports is, if one follows it closely."""
    end = words[verb].end
    colon = sentence.find(":", end, end + _COLON_REACH)
    if colon < 0 or any(mark in sentence[end:colon] for mark in ',;."“”'):
        return None
    return None if _CLAUSE_WORDS.intersection(sentence[end:colon].lower().split()) else colon


def _colon_speech(
    text: str, sentence: Span, words: list[Token], verb: int, colon: int, named: Reader, quoted: list[tuple[int, int]]
) -> list[Said]:
    """Direct quotes without quotation marks: "X said: we will …", or "X said:" and the paragraph
    after it, and the next paragraphs while they speak in the first person ("We would get …")."""
    subject = subject_before(words, verb)
    who = _mention(text, sentence, subject) if subject else None
    pattern = "speaker-verb-colon"
    if who is not None and who.pronoun:
        who, pattern = named.antecedent(sentence.start + words[verb].start, who.phrase), pattern + "+pronoun"
    speech = _speech_after_colon(text, sentence, colon, quoted)
    if speech is None or who is None or not (who.name or who.description or who.organisation):
        return []
    dating = clause_around(sentence.text[:colon], words[verb].start)
    where = venue(sentence.text)
    found = [Said(who, "direct_quote", speech.text, speech, pattern, 0.6, where, dating=dating)]
    if speech.start >= sentence.end:  # the colon ended its sentence: the speech runs over paragraphs
        all_paragraphs = paragraphs(text)
        index = bisect.bisect_left(all_paragraphs, speech.end, key=_START)
        for paragraph in all_paragraphs[index : index + MAX_SPEECH_PARAGRAPHS]:
            words_in = paragraph.text.split()
            first_person = _FIRST_PERSON.intersection(word.strip(".,;:!?").casefold() for word in words_in)
            if (
                len(words_in) < MIN_WORDS_WITHOUT_FRAME
                or not first_person
                or overlaps(quoted, paragraph.start, paragraph.end)
            ):
                break
            if any(mark in paragraph.text for mark in _QUOTE_MARKS) or speech_verbs(tokens(paragraph.text)):
                break
            found.append(Said(who, "direct_quote", paragraph.text, paragraph, pattern, 0.5, where, dating=dating))
    return found


MAX_SPEECH_PARAGRAPHS = 4  # paragraphs of speech without quotation marks after "X said:"
_FIRST_PERSON = frozenset({"i", "we", "our", "us", "my", "me", "ours"})
_QUOTE_MARKS = '"“”«»'


def _speech_after_colon(text: str, sentence: Span, colon: int, quoted: list[tuple[int, int]]) -> Span | None:
    """The words after "X said:" — the rest of the sentence, or, when the colon ends it, the
    paragraph that follows — if they are speech: long enough, no quotation, no list."""
    start = sentence.start + colon + 1
    if sentence.text[colon + 1 :].strip():
        end = sentence.end
    else:
        gap = text[start : start + MAX_GAP]
        at = start + len(gap) - len(gap.lstrip())  # the first word after the colon's line
        all_paragraphs = paragraphs(text)
        index = bisect.bisect_right(all_paragraphs, at, key=_START) - 1
        if index < 0 or not all_paragraphs[index].start <= at < all_paragraphs[index].end:
            return None
        start, end = at, all_paragraphs[index].end
    words = text[start:end].strip()
    if len(words.split()) < MIN_WORDS_WITHOUT_FRAME or overlaps(quoted, start, end) or words[:1] in "-•–—*":
        return None
    offset = start + text[start:end].index(words)
    return Span(offset, offset + len(words), words)


# Posts that name someone the text names too when "the" opens them ("the WTO chief said"), whatever
# post the text gave the person: a spokesperson is someone else, unless the text names them as one.
_ANY_POST = frozenset({"official", "leader", "chief", "head"})
_OTHERS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_RANKS = frozenset({"top", "senior", "chief", "lead", "head", "special", "high"})  # "the top negotiator": the chief one
_CATAPHORA = 600  # characters after an opening description where the person it describes may be named


def name_descriptions(said: list[Said], text: str) -> list[Said]:
    """The statements, those by a definite description of a post ("the WTO chief said", "The EU's
    Brexit negotiator denied …") given to the person it stands for: the last one named before it
    whom the text gives that post ("Trade Minister Carla Mendes" for "the trade minister"), or,
    if none, the last one named before it — or, when the text names no one before it, the first
    one named just after it — if the text gives them no other post (or the description's post is
    a general one, "the official", or a former one)."""
    named = sorted(
        [*_named_subjects(_blank(text, find_quotes(text))), *((s.excerpt.start, s.who) for s in said if _named(s.who))],
        key=itemgetter(0),
    )
    posts: dict[str, set[str]] = {}  # a surname's posts' words, wherever the text names the post before the name
    bodies: dict[str, set[str]] = {}
    for who in [who for _, who in named] + [m for run in _TITLED_RUN.finditer(text) if (m := mention_of(run.group()))]:
        if who.name and not who.pronoun:
            posts.setdefault(who.name.split()[-1], set()).update(_post_words(who.title or ""))
            if who.organisation:
                bodies.setdefault(who.name.split()[-1], set()).add(who.organisation)
    found = []
    for one in said:
        post = _definite_post(one.who)
        person = _described(one, post, named, posts, bodies) if post else None
        if person is not None:
            assert person.name is not None
            who = Mention(one.who.phrase, person.name)
            one = replace(one, who=who, pattern=one.pattern + "+description", confidence=min(one.confidence, 0.6))
        found.append(one)
    return found


# A word of a name after another capitalised word or an honorific ("Donald Trump", "President Trump",
# "Mr. Trump"): its surname.
_AFTER_A_CAPITAL = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Prof|[A-Z])\.|[A-Z][\w’'-]*) (?=([A-Z][a-z][\w’'-]*)\b)")
# A post and a name in capitals: "Economic Revitalization Minister Ryosei Akazawa".
_TITLED_RUN = re.compile(r"\b[A-Z][\w’'.-]*(?: (?:of |for |the )?[A-Z][\w’'.-]*){1,7}")


def _named(who: Mention) -> bool:
    return bool(who.name) and not who.pronoun


def _post_words(words: str) -> set[str]:
    return {word for word in words.casefold().split() if word in TITLE_WORDS}


def _definite_post(who: Mention) -> set[str]:
    """The words of the post a description names when it means one person the reader knows: "the
    WTO chief", "Japan's top negotiator" (not "an official", "officials", "a government source");
    none for any other description."""
    if who.name or who.pronoun or not who.description:
        return set()
    words = who.description.split()
    definite = words[0].casefold() == "the" or (len(words) > 1 and words[0][-2:] in ("'s", "’s"))
    return _post_words(who.description) if definite and words[-1].casefold() in TITLE_HEADS else set()


def _described(
    one: Said, post: set[str], named: list[tuple[int, Mention]], posts: dict[str, set[str]], bodies: dict[str, set[str]]
) -> Mention | None:
    assert one.who.description is not None
    head = one.who.description.split()[-1].casefold()
    at = one.excerpt.start + max(0, one.excerpt.text.find(one.who.phrase))
    index = bisect.bisect_left(named, at, key=itemgetter(0))
    before = [who for _, who in reversed(named[max(0, index - ANTECEDENTS) : index])]
    general = head in _ANY_POST or bool(TENURE.intersection(one.who.description.casefold().split()))

    def fits(who: Mention, any_post: bool) -> bool:
        surname = (who.name or "").split()[-1]
        other_body = one.who.organisation and bodies.get(surname) and one.who.organisation not in bodies[surname]
        held = posts.get(surname, set())
        return not other_body and (post - _RANKS <= held or (any_post and (not held or general)))

    titled = next((who for who in before if fits(who, False)), None)
    if titled is not None or head in _OTHERS:
        return titled
    if before:
        return before[0] if fits(before[0], True) else None
    after = [who for position, who in named[index:] if position - at < _CATAPHORA]
    return after[0] if after and fits(after[0], True) else None
