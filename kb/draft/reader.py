"""The reading of a text's statements: what is found (``Said``), and who the text names — as a
sentence's subject, as a speaker or anywhere — for the pronouns and descriptions that stand for them."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter

from kb.draft.definite_bodies import described_body
from kb.draft.lexicon import ARABIC_ARTICLE, NAME_PARTICLES, PAIRED_NOUNS
from kb.draft.nationals import country_served
from kb.draft.quotes import Quote, find_quotes
from kb.draft.reporting_verbs import speech_verbs
from kb.draft.sentence_subjects import dateline, named_subjects
from kb.draft.sexes import sex_of
from kb.draft.speakers import Mention, mention_of
from kb.draft.subjects import subject_before
from kb.draft.subjects_after import subject_after
from kb.draft.text import CAPITALS, POSSESSIVE, Span, sentences
from kb.draft.tokens import Token, tokens

MIN_WORDS_WITHOUT_FRAME = 6
ANTECEDENTS = 8  # the people named last before a pronoun, among whom it finds the one it stands for
_PRONOUN_SEX = {"she": "f", "her": "f", "he": "m", "him": "m"}
START = attrgetter("start")  # a quote's or a sentence's, to bisect on (quicker than a lambda)

# A post and a name in capitals, with the particles of a name: "Economic Revitalization Minister Ryosei Akazawa".
# Never across a sentence's full stop: "… President Omar Diallo. The Alliance …", an acronym's: "… on START. Do you …".
TITLED_RUN = re.compile(
    rf"\b[{CAPITALS}][\w’'.-]*(?:(?<![a-z][a-z][a-z]\.)(?<![A-Z][A-Z]\.) (?:of |for |the |(?:(?:"
    + "|".join(sorted(NAME_PARTICLES))
    + rf") ){{1,2}})?(?:{ARABIC_ARTICLE})?[{CAPITALS}][\w’'.-]*){{1,7}}"  # "Abdel Fattah al-Burhan"
)


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


_SPOKE = re.compile(r"(?:,? [\w’'-]+){0,6}? (?:said|says|told|tells|added|adds|wrote)\b")  # "Yeo … ministry said"
_ARTICLE = re.compile(rf"^(?i:{ARABIC_ARTICLE})")  # a surname's Arabic article: "al-Sisi" is "Sisi" again
_TWO = re.compile(r"\b(?:[Tt]he two|[Bb]oth(?: the)?) (?P<noun>[a-z]+)\b")  # "the two leaders", "both sides"
_CHAIN = 3  # sentences opening with the same pronoun followed back to the one it stands for


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

    def antecedent(self, before: int, pronoun: str = "", depth: int = 0) -> Mention | None:
        """The person a pronoun at ``before`` most likely stands for: the last one named as a
        speaker or as the subject of a sentence — for "she" or "he", the last one the text shows
        to be a woman or a man ("Ms Lind", "Lind said she …"), else the last one it does not show
        to be of the other sex."""
        if pronoun == "He" and (surnamed := self._surnamed_he(before)) is not None:
            return surnamed  # "He Lifeng … held video talks with Jamieson Greer. He said …": He Lifeng
        group = pronoun.casefold() in ("they", "them")  # a group, no one named in passing
        if group and (two := self._two_before(before)) is not None:
            return two  # "… the two leaders since they met …": the two, not the last one named
        if not group and (found := self._of_sex(self._earlier_in_sentence(before), pronoun)) is not None:
            return found
        if pronoun.casefold() in ("he", "she") and (fresh := self._unnamed_just_before(before, pronoun)) is not None:
            return fresh
        named = sorted(
            [*self._last(self.subjects, before), *self._last(self.speakers, before)], key=itemgetter(0), reverse=True
        )
        if group:  # "they" stands for a body or those described, never for one person named
            named = [(at, who) for at, who in named if not who.name]
        if named and pronoun.casefold() in _PRONOUN_SEX and self._paragraph_subject(before, named, pronoun):
            return named[0][1]
        opened = self._opened_with(before, pronoun) if depth < _CHAIN and not group else None
        if opened is not None:  # "He was set to resume talks with Greer. '…,' he told reporters": the same he
            return self.antecedent(opened, pronoun, depth + 1)
        just_before = [] if group else self._named_just_before(before, named)
        found = self._of_sex(just_before, pronoun) if just_before else None
        found = found or self._of_sex(named, pronoun)
        if found is None and not group:
            # no one named as a subject before: anyone named in full ("… were led by Tomas Novak")
            found = self._of_sex(list(reversed(self._last(named_anywhere(self.text), before))), pronoun)
        return found

    def _sentence_at(self, before: int) -> tuple[list[Span], int]:
        """The text's sentences and the index of the one ``before`` falls in (-1 before the first)."""
        all_sentences = sentences(self.text)
        return all_sentences, bisect.bisect_right(all_sentences, before, key=START) - 1

    def _opened_with(self, before: int, pronoun: str) -> int | None:
        """Where the sentence before the pronoun's starts, when that sentence opens with the same pronoun as its
        subject ("He was set to …"): a "he" after it goes on with the one that "he" stands for."""
        all_sentences, index = self._sentence_at(before)
        if index < 1 or pronoun.casefold() not in ("he", "she"):
            return None
        words = all_sentences[index - 1].text.split(maxsplit=2)
        named = len(words) > 1 and words[1][:1].isupper()  # "He Lifeng held talks …": a name, no pronoun
        return all_sentences[index - 1].start if words[:1] == [pronoun.capitalize()] and not named else None

    def _surnamed_he(self, before: int) -> Mention | None:
        """The last person named before ``before`` whose family name, written first, is He ("He Lifeng", "He
        Yadong"): a capitalised "He" is their surname, as Chinese names are written in the news."""
        named = self._last(named_anywhere(self.text), before)
        return next((who for _, who in reversed(named) if (who.name or "").startswith("He ")), None)

    def _unnamed_just_before(self, before: int, pronoun: str) -> Mention | None:
        """The unnamed speaker brought in in the pronoun's sentence or the one before, if no one is named as a
        subject or a speaker since and the text does not show them to be of the other sex: "A well-placed
        official told a newspaper … He warned …" is the official, whoever was named before (for "he" and "she"
        only: "a source said, quoting him" is someone else)."""
        unnamed = self._last(unnamed_speakers(self.text), before)
        if not unnamed:
            return None
        at, who = unnamed[-1]
        all_sentences, index = self._sentence_at(before)
        if index < 0 or at < all_sentences[max(0, index - 1)].start:
            return None
        since = (*self._last(self.subjects, before), *self._last(self.speakers, before))
        if any(position > at for position, _ in since):
            return None
        return who if sex_of(self.text, who) in (None, _PRONOUN_SEX[pronoun.casefold()]) else None

    def _paragraph_subject(self, before: int, named: list[tuple[int, Mention]], pronoun: str) -> bool:
        """Whether the person named last (``named[0]``), as a subject or a speaker in the sentence before the
        pronoun's and in its paragraph (or ending the paragraph before, as a speaker), is whom "he" or "she" stands
        for: the text does not show them to be of the other sex, though it may show someone named earlier to be of
        the pronoun's ("Barwell tweeted that … Frost … had blinked. '…,' he said" is Barwell, whatever "Lord Frost"
        said before) — unless it shows neither and someone named earlier in the paragraph to be of the pronoun's
        ("Lind said she was hopeful. Alves disagreed. '…,' she said" is Lind)."""
        at, who = named[0]
        all_sentences, index = self._sentence_at(before)
        if index < 1 or not all_sentences[index - 1].start <= at < all_sentences[index].start:
            return False
        wanted, sex = _PRONOUN_SEX[pronoun.casefold()], sex_of(self.text, who)
        verb = _SPOKE.match(self.text, at + len(who.phrase))  # a paragraph quoting them, then '"…," he said'
        spoken = bisect.bisect_left(self.speakers, at, key=itemgetter(0))  # their quote opens at ``at``:
        quoted = spoken < len(self.speakers) and self.speakers[spoken] == (at, who)  # 'Ahern said there was a "…".'
        spoke = (quoted or verb is not None and "\n" not in self.text[at : verb.end()]) and self.text.count(
            "\n\n", at, before
        ) < 2
        if ("\n" in self.text[at:before] and not spoke) or sex not in (None, wanted):
            return False
        end = at if "\n" in self.text[at:before] else before  # the paragraph of who was named last
        shown = (o for p, o in named[1:] if "\n" not in self.text[p:end] and sex_of(self.text, o) == wanted)
        return sex == wanted or next((o for o in shown if o.name != who.name), None) is None

    def _named_just_before(self, before: int, named: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
        """The people named in full in the sentence before the pronoun's (no aside in brackets), first named first,
        when neither sentence names anyone as a subject or a speaker before it: "… with the chair of the talks, Tomas
        Novak, expected to issue a text. He said …" is Novak, whoever spoke before."""
        all_sentences, index = self._sentence_at(before)
        aside = index > 0 and all_sentences[index - 1].text.startswith("(")  # "(Dhlakama died in May.) He added"
        if index < 1 or aside or (named and named[0][0] >= all_sentences[index - 1].start):
            return []
        previous, anywhere = all_sentences[index - 1], named_anywhere(self.text)  # in the order of the text
        low = bisect.bisect_left(anywhere, previous.start, key=itemgetter(0))
        return list(anywhere[low : bisect.bisect_left(anywhere, previous.end, key=itemgetter(0))])

    def _two_before(self, before: int) -> Mention | None:
        """The two a "they" stands for, spoken of as two ("the two leaders", "both sides") in its sentence or before."""
        all_sentences, index = self._sentence_at(before)
        start = all_sentences[max(0, index - 1)].start if index >= 0 else 0
        found = [m for m in _TWO.finditer(self.blanked or self.text, start, before) if m["noun"] in PAIRED_NOUNS]
        return Mention(found[-1].group(), description=f"the two {found[-1]['noun']}") if found else None

    def _earlier_in_sentence(self, before: int) -> list[tuple[int, Mention]]:
        """The people named earlier in the pronoun's own sentence, in full or by the surname of someone named in full
        before (not in the possessive), the first named first: a pronoun stands for one of them before anyone of an
        earlier sentence ("when you met Donald Trump in the White House, he said …", "Trump listed issues he said
        were on the table")."""
        all_sentences, index = self._sentence_at(before)
        if index < 0:
            return []
        named = named_anywhere(self.text)
        start = all_sentences[index].start
        low = bisect.bisect_left(named, start, key=itemgetter(0))
        found = list(named[low : bisect.bisect_left(named, before, lo=low, key=itemgetter(0))])
        earlier = {_ARTICLE.sub("", who.name.split()[-1]): who for _, who in named[:low] if who.name}  # "Sisi"
        surnames = re.finditer(rf"\b[{CAPITALS}][\w’'-]+\b(?![’']s\b)", self.text[start:before])
        found += [(start + m.start(), earlier[m.group()]) for m in surnames if m.group() in earlier]
        return sorted(found, key=itemgetter(0))

    def _of_sex(self, named: list[tuple[int, Mention]], pronoun: str) -> Mention | None:
        """The first of ``named`` (the nearest first) that a pronoun may stand for (see antecedent)."""
        wanted = _PRONOUN_SEX.get(pronoun.casefold())
        if wanted is None or not named:
            return named[0][1] if named else None
        sexes = [sex_of(self.text, who) for _, who in named]
        same = next((who for (_, who), sex in zip(named, sexes, strict=True) if sex == wanted), None)
        return same or next((who for (_, who), sex in zip(named, sexes, strict=True) if sex is None), None)

    @staticmethod
    def _last(named: Sequence[tuple[int, Mention]], before: int) -> list[tuple[int, Mention]]:
        """The last ANTECEDENTS named before ``before``."""
        index = bisect.bisect_left(named, before, key=itemgetter(0))
        return list(named[max(0, index - ANTECEDENTS) : index])

    def quotes_in(self, span: Span) -> list[Quote]:
        """The quotes that start within ``span``."""
        low = bisect.bisect_left(self.quotes, span.start, key=START)
        high = bisect.bisect_left(self.quotes, span.end, key=START)
        return self.quotes[low:high]

    def sentence_at(self, at: int, all_sentences: list[Span]) -> Span:
        index = bisect.bisect_right(all_sentences, at, key=START) - 1
        found = all_sentences[index] if index >= 0 else None
        return found if found is not None and found.start <= at < found.end else Span(at, at, "")


def someone(who: Mention | None) -> Mention | None:
    """The mention, if it names someone (a person, a body, a description or a pronoun; "the commission" too)."""
    if who is not None and (who.name or who.organisation or who.description or who.pronoun):
        return who
    return described_body(who.phrase) if who is not None else None


def mention_in(text: str, frame: Span, found: list[Token]) -> Mention | None:
    start, end = frame.start + found[0].start, frame.start + found[-1].end
    return mention_of(text[start:end]) if end > start else None


def blank(text: str, quotes: list[Quote]) -> str:
    """The text with every quote blanked out, but the full stop of one that ends its line and a sentence:
    the line `… labelled the plan “aggressive.”` ends its sentence blanked too, no long line wrapped."""
    chars = list(text)
    for quote in quotes:
        chars[quote.start : quote.end] = " " * (quote.end - quote.start)
        if text[quote.end : quote.end + 1] in ("\n", "") and text[quote.pieces[-1][1] - 1] in ".?!":
            chars[quote.end - 1] = "."
    return "".join(chars)


@functools.lru_cache(maxsize=2)  # asked for every pronoun of the same text
def unnamed_speakers(text: str) -> list[tuple[int, Mention]]:
    """The unnamed people a text first brings in as the subject of a reporting verb ("a well-placed Egyptian
    official told …", "an aide to the minister said", '"…," said a senior diplomat', "The representative for
    Fiji criticised …"): "he" or "she" in the sentences after may stand for one."""
    found = []
    for sentence in sentences(blank(text, find_quotes(text))):
        words = tokens(sentence.text)
        for verb in speech_verbs(words):
            inverted = verb == 0 or words[verb - 1].text == ","  # '"…," said a senior diplomat', '…, said an aide'
            phrase = subject_after(words, verb) if inverted else subject_before(words, verb)
            if phrase and not phrase[-1].word.endswith("s"):
                who = mention_in(sentence.text, Span(0, len(sentence.text), sentence.text), phrase)
                one = phrase[0].word in ("a", "an") or (who is not None and country_served(who.phrase))
                if who is not None and one and who.description and not who.name:  # "The delegate for Fiji" too
                    found.append((sentence.start + phrase[0].start, who))
    return found


@functools.lru_cache(maxsize=4)  # asked for every pronoun, quote, reported speech and meeting of the same text
def named_anywhere(text: str) -> tuple[tuple[int, Mention], ...]:
    """The people the text names in full wherever they stand in a sentence: a given name and a
    surname after a post ("by chief negotiator Tomas Novak"), whose surname the text makes the
    subject of a sentence elsewhere ("Novak said …"), or that is two or three capitalised words
    after no "the" — not a sea, a plan or a treaty ("the Black Sea Grain Initiative")."""
    acting = {who.name.split()[-1] for _, who in named_subjects(blank(text, find_quotes(text))) if who.name}
    found = []
    for run in TITLED_RUN.finditer(text):
        if _dateline_run(text, run):
            continue
        words = run.group()
        if (preposition := text[max(0, run.start() - 4) : run.start()]).endswith(("for ", "of ", "to ")):
            words = f"{preposition.split()[-1]} {words}"  # "envoy for Syria Staffan de Mistura": a portfolio
        who = mention_of(POSSESSIVE.sub("", _OWNED.sub("", words)))
        if who is None or not who.name or " " not in who.name or who.pronoun:
            continue
        person_like = len(run.group().split()) <= 3 and not text[max(0, run.start() - 4) : run.start()].endswith(
            ("the ", "The ", "at ", "in ", "‘", "“", "'", '"')
        )  # "Tomas Novak", not "the Black Sea Grain Initiative", "the Paris Agreement", "at Iikura House", a title in
        # quotation marks ("current affairs programme ‘La Mirada Critica’")
        if who.title or who.name.split()[-1] in acting or person_like:
            found.append((run.start(), who))
    return tuple(found)


def _dateline_run(text: str, run: re.Match[str]) -> bool:
    """Whether a run of capitalised words is a dateline: one opening a line, in capitals, then a dash, a colon or
    a comma and a day ("KUALA LUMPUR: …", "GENEVA, Dec 5 — …"), and not a transcript's label, which comes back."""
    if run.start() and text[run.start() - 1] != "\n" or not run.group().isupper():
        return False
    words = tokens(text[run.start() : run.end() + 12])
    return dateline(words, words[: len(tokens(run.group()))]) and text.count("\n" + run.group()) <= 1


# What a person's possessive owns in a title, no part of the name: "Readout of President Joe Biden's Call with …".
_OWNED = re.compile(r"[’']s (?:(?:Phone|Telephone|Video) )?(?:Call|Meeting|Visit|Trip|Remarks|Statement)\b.*$")


def antecedents(text: str) -> Callable[[int], Mention | None]:
    """Who a pronoun at a place in the text stands for (see Reader.antecedent)."""
    return Reader(text, subjects=named_subjects(blank(text, find_quotes(text)))).antecedent


def named_before(text: str, who: Mention, before: int) -> bool:
    """Whether ``who`` is a surname alone of a person the text named in full before ``before`` ("Osei" after "Ghana's
    finance minister Kwame Osei"): a person, not a place ("visited Accra") nor a word."""
    if not who.name or " " in who.name:
        return False
    named = named_anywhere(text)
    last = bisect.bisect_left(named, before, key=itemgetter(0))
    return any(found.name and found.name.split()[-1] == who.name for _, found in named[:last])
