"""Statements: quotes with their speakers (direct, partial, split around their attribution,
over paragraphs, second-hand), transcript turns, and reported speech as paraphrases."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from operator import attrgetter, itemgetter

from kb.draft.attribution import according, frame_speaker, name_colon, quoted_as, reported_after, second_hand, via_of
from kb.draft.clause_speakers import clause_speaker
from kb.draft.dates import clause_around
from kb.draft.definite_bodies import body_meant
from kb.draft.described_subjects import described_opening
from kb.draft.frame_starts import frame_start
from kb.draft.headlines import headline_repeats
from kb.draft.infinitive_saying import says_by_infinitive
from kb.draft.it_said import referred_speaker
from kb.draft.opening_quotes import opens_its_paragraph
from kb.draft.pair_said import two_named
from kb.draft.pronoun_places import pronoun_place
from kb.draft.quoted_predicate import predicate_subject
from kb.draft.quotes import Quote, find_quotes, names_a_work, open_at
from kb.draft.reader import MIN_WORDS_WITHOUT_FRAME, START, Reader, Said, blank, mention_in
from kb.draft.reported_before import paragraph_reporter, reported_by, reported_just_before
from kb.draft.reporting_verbs import speech_verbs, tokens_through_verbs
from kb.draft.sentence_subjects import named_subjects
from kb.draft.sole_named import sole_named
from kb.draft.speakers import Mention, body_name, mention_of
from kb.draft.speech_phrases import owner_of_saying, phrase_speaker, whose_words
from kb.draft.subjects import subject_before
from kb.draft.text import CAPITALISED_RUN, Span, covered, overlaps, sentences
from kb.draft.thought_verbs import thinking_subject
from kb.draft.tokens import Token, tokens
from kb.draft.venues import venue

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


def _is_direct(words: str, before: str) -> bool:
    first = words.lstrip(" .…")[:1]
    lead = before.rstrip()
    return (first.isupper() or first.isdigit()) and (not lead or lead[-1] in ":,—–-•*·▪" or lead.endswith("said"))


def _statement_text(text: str, context: Span, quotes: list[Quote], direct: bool) -> str:
    """A direct quote's words; else the sentence, every quote in it within straight double quotes (the end of one
    that opened in a sentence before too: '"… discussed. We remain concerned," Hague said, adding "…"')."""
    if direct:  # without the comma that belongs to the attribution: "We want a deal," he said
        return quotes[0].words(text).rstrip().removesuffix(",").rstrip()
    pieces, at = [], context.start
    for quote in quotes:
        if quote.start < at < quote.end <= context.end:  # the end of a quote that opened a sentence before
            pieces.append('"' + text[at : quote.pieces[-1][1]].strip().replace('"', "'") + '"')
            at = quote.end
        if quote.start < at or quote.end > context.end:
            continue
        pieces.append(text[at : quote.start])
        pieces.append('"' + quote.words(text).replace('"', "'") + '"')
        at = quote.end
    pieces.append(text[at : context.end])
    return "".join(pieces).strip(" ,;:—–-\n")


def read_quotes(text: str, skip: list[tuple[int, int]]) -> list[Said]:
    """Every quote whose speaker a pattern finds, as a statement."""
    skipped = covered(skip + headline_repeats(text, skip))
    quotes = [q for q in find_quotes(text) if not overlaps(skipped, q.start, q.start + 1)]
    reader = Reader(text, blank(text, quotes), quotes)
    all_sentences = sentences(text)
    reader.subjects = named_subjects(reader.blanked)
    groups = _split_groups(text, quotes)
    previous_end = -1
    per_sentence: dict[int, int] = {}
    for number, group in enumerate(groups):
        first, last = group[0], group[-1]
        start = reader.sentence_at(first.start, all_sentences).start
        per_sentence[start] = per_sentence.get(start, 0) + 1
        if per_sentence[start] > MAX_QUOTES_PER_SENTENCE or (len(group) == 1 and names_a_work(text, first)):
            continue  # ... or the title of a work, or a name: 'the book "How to Win"', 'a plan called "Blue Water"'
        end = max(reader.sentence_at(last.end - 1, all_sentences).end, last.end)
        context = Span(start, end, text[start:end])
        previous = reader.found[-1] if reader.found else None
        same = previous is not None and previous.excerpt.start == start and previous.attribution == "direct_quote"
        reader.text_from = groups[number - 1][-1].end if same else start
        said = _read_group(reader, context, group, all_sentences, previous_end)
        if said and said.pattern == "clause-speaker-quote" and reader.found:
            reader.found[-1] = _before_clause(reader.found[-1], said)
        if said:
            reader.found.append(said)
            if said.who.name and not said.who.pronoun:
                reader.last_speaker = said.who
                reader.speakers.append((first.start, said.who))
        previous_end = end
    return reader.found


def _before_clause(previous: Said, said: Said) -> Said:
    """The statement of a sentence's first clause without the second clause another speaker's quote opens: "Lind said
    a deal was 'close'" of "Lind said a deal was 'close', but Osei said 'gaps' remained"."""
    at = previous.text.find(said.text)
    if previous.excerpt.start != said.excerpt.start or previous.attribution != "partial_quote" or at <= 0:
        return previous
    kept = _OPENER_AT_END.sub("", previous.text[:at])
    return dataclasses.replace(previous, text=kept) if kept else previous


_OPENER_AT_END = re.compile(r"[\s,;]*(?:\b(?:while|whereas|but|yet|although|though|and)\s*)?[\s,;]*$")


def _split_groups(text: str, quotes: list[Quote]) -> list[list[Quote]]:
    """Quotes grouped with the other halves of a quote split around its attribution:
    '"We want," he said, "a deal."'."""
    groups: list[list[Quote]] = []
    for quote in quotes:
        if groups:
            gap = text[groups[-1][-1].end : quote.start]
            short = len(gap) < _SPLIT_GAP and "\n" not in gap and not _SENTENCE_END.search(gap)
            short = short and bool(_ENDS_IN_PAUSE.search(gap))  # the cheaper test first: most gaps fail it
            ends = groups[-1][-1].words(text).rstrip()[-1:]  # '"Never!" Lind said, "never again."' goes on too
            goes_on = ends in "!?" and quote.words(text)[:1].islower()
            comma = short and (ends in ",—–-" or goes_on or gap.lstrip().startswith(","))
            if comma and speech_verbs(tokens(gap)) and len(quote.pieces) == 1:  # not one over paragraphs: a
                groups[-1].append(quote)  # partial quote's text cannot hold the marks that open its paragraphs
                continue
        groups.append([quote])
    return groups


def _read_group(
    reader: Reader, context: Span, group: list[Quote], all_sentences: list[Span], previous_end: int
) -> Said | None:
    text = reader.text
    before_start = frame_start(text, max(context.start, group[0].start - FRAME), context.start)
    before = Span(before_start, group[0].start, text[before_start : group[0].start])
    after_end = min(context.end, group[-1].end + FRAME)
    after = Span(group[-1].end, after_end, text[group[-1].end : after_end])
    gap = Span(group[0].end, group[1].start, text[group[0].end : group[1].start]) if len(group) > 1 else None
    who, pattern = None, ""
    for frame, is_after in ((gap, True), (after, True), (before, False)):
        if frame is not None and frame.text.strip() and who is None:
            who, pattern = frame_speaker(frame.text, is_after)
    who, pattern = reported_after(who, pattern, before.text, after.text)  # "…', the Financial Times reported"
    frame_text = " ".join(f.text for f in (before, gap, after) if f)
    (quoted_by, passer), confidence = second_hand(frame_text), 0.9
    if quoted_by is not None:
        who, pattern = quoted_by, "source-quoting-speaker"
    via = passer or (via_of(frame_text, who.phrase) if who else None)
    if who is None and (said_by := according(after.text) or according(before.text)) is not None:
        who, pattern, via = said_by, "quote-according-to", None  # '"…," according to Tomas Novak.'
    if who is None:  # "X was quoted (by Y) as saying", after the quote or before it
        who, pattern, via = quoted_as(before.text, after.text, via)
    if who is None:  # '"…" – Tomas Novak.', "• Tomas Novak: '…'"
        who, pattern = _named_alone(before.text, after.text, group[0].words(text))
    if who is None and not _verb_after(after.text):  # '"…," Lind's office said' names no one it can read
        who, pattern, confidence = _speaker_from_before(reader, context, before, all_sentences, previous_end)
    if who is None:  # a reporting verb elsewhere in the sentence: '… a "stage of progress", he said.'
        who, pattern = frame_speaker(reader.blanked[context.start : context.end], False)
        who = who or referred_speaker(reader, context, all_sentences)  # '"…," it said.', "both sides said"
        pattern, confidence = "sentence-attribution", 0.7
    if who is None:  # "Trump lavished praise on Carney and promised he would leave 'very happy'"
        who, pattern, confidence = _coordinated(reader, context), "subject-and-verb", 0.6
    by_subject = who is None and (_PARTICIPLE.search(before.text) or says_by_infinitive(before.text))  # "to say"
    if by_subject or (who is None and before.text.rstrip().endswith((":", "—", "–"))):  # "Lind was blunt — '…'"
        who, pattern = _opening_subject(reader, context), "subject-saying-quote"  # "X ruled it out, saying '…'"
    if who is None:  # "Tomas Novak believes the deal 'is the best we could get'"
        subject = _opening_subject(reader, context)
        who, pattern, confidence = thinking_subject(text, context, subject, group[0].start), "subject-thinks", 0.6
    if who is None:  # '"…," Ban told reporters. Among them are "…"': the speaker of the paragraph's quote before
        who, pattern, confidence = _speaker_before(reader, context, group, after, previous_end), "same-paragraph", 0.5
    if who is None or (who.description is None and who.name is None and who.organisation is None and not who.pronoun):
        return None
    if who.pronoun:
        if (antecedent := reader.antecedent(pronoun_place(before, who.phrase, pattern), who.phrase)) is None:
            return None
        who, confidence, pattern = antecedent, 0.7, pattern + "+pronoun"
    who = two_named(reader, context.start, who) or body_meant(text, context.start, who) or who  # the two, a body
    words = " ".join(q.words(text) for q in group)
    direct = len(group) == 1 and (_is_direct(words, before.text) or len(group[0].pieces) > 1)  # over paragraphs
    attribution = "direct_quote" if direct else "partial_quote"
    told = _told(reader, context, before, pattern)
    quoted = group if direct else open_at(reader.quotes, told.start) + reader.quotes_in(told)
    statement_text = _statement_text(text, told, quoted, direct)
    if via is not None and not direct:  # the words passed on, not the sentence of who passed them
        statement_text = " … ".join('"' + q.words(text).replace('"', "'") + '"' for q in group)
    dating = _dating(reader, context, pattern, all_sentences)
    return Said(who, attribution, statement_text, context, pattern, confidence, venue(frame_text), via, words, dating)


def _told(reader: Reader, context: Span, before: Span, pattern: str) -> Span:
    """The words a partial quote's statement gives: its sentence (after a direct quote of the sentence before it), or
    the clause of a second speaker's ("…, but Osei said '…'": Osei's clause)."""
    start = reader.text_from
    if pattern == "clause-speaker-quote" and (clause := clause_speaker(before.text)) and clause[1] is not None:
        start = before.start + clause[1]
    return Span(start, context.end, reader.text[start : context.end])


def _dating(reader: Reader, context: Span, pattern: str, all_sentences: list[Span]) -> str:
    """The words that date a quote: its sentence's reporting clause, or those of the words it goes on with."""
    if pattern == "same-paragraph":  # the words go on with the quote before: its day
        return reader.found[-1].dating
    if pattern == "quote-then-added":  # the day is the next sentence's, which says who spoke
        following = all_sentences[bisect.bisect_left(all_sentences, context.end, key=START)]
        return _reporting_clause(reader.blanked[following.start : following.end]) or following.text
    return _reporting_clause(reader.blanked[context.start : context.end])


@functools.lru_cache(maxsize=1)  # the quotes of one sentence share it
def _reporting_clause(sentence: str) -> str:
    """The clause of the sentence's first reporting verb ("" when it has none)."""
    words = tokens_through_verbs(sentence, 1)
    verbs = speech_verbs(words)
    if verbs:
        return clause_around(sentence, words[verbs[0]].start)
    going_on = _GOING_ON.search(sentence)  # '"…," the statement continued.': a verb of saying only after a quote
    return clause_around(sentence, going_on.start()) if going_on else ""


_GOING_ON = re.compile(r"\b(?:continued|continues|went on|goes on|concluded|concludes)\b")


def _speaker_from_before(reader: Reader, context: Span, before: Span, all_sentences: list[Span], previous_end: int):
    """A quote with no reporting verb of its own: the speaker of an introduction just before it (a
    colon, someone speaking to reporters), of a next sentence that says they went on, of the quote
    just before it, or of a sentence of reported speech just before it."""
    text = reader.text
    if before.text.strip():  # a quote inside a sentence of no one's: the reported speech just before it, if any
        return reported_just_before(reader, before.end), "after-reported-speech", 0.4
    index = bisect.bisect_right(all_sentences, context.start, key=attrgetter("end"))
    previous = all_sentences[index - 1] if index else None
    introduced = previous is not None and "\n" in text[previous.end : context.start]  # "…, he said," over a paragraph
    if previous is not None and (previous.text.rstrip().endswith(":") or introduced and previous.text.endswith(",")):
        who, _ = frame_speaker(previous.text, False)
        if who and who.pronoun:  # "Abe spoke to reporters. He said:": the person the pronoun stands for
            who = reader.antecedent(previous.start + max(0, previous.text.find(who.phrase)), who.phrase)
        if who:
            return who, "colon-introduction", 0.8
    if previous is not None and "\n" in text[previous.end : context.start]:  # the quote opens a paragraph
        audience = _AUDIENCE.search(previous.text)  # "LeBlanc spoke to reporters on the terrace …"
        opening = tokens(previous.text[: audience.start()]) if audience else []
        phrase = subject_before([*opening, Token("said", 0, 0)], len(opening)) if opening else []
        named = phrase and not any(token.word == "and" for token in phrase)  # not "Berg and Lind spoke to …"
        if named and (who := mention_in(text, previous, phrase)) is not None and who.name and not who.pronoun:
            return who, "audience-introduction", 0.6
    following_at = bisect.bisect_left(all_sentences, context.end, key=START)
    following = all_sentences[following_at] if following_at < len(all_sentences) else None
    if following and ("\n\n" not in text[context.end : following.start] or whose_words(following.text) is not None):
        who = _added_by(reader, following)  # '"…" Novak added that …', or in a paragraph of its own "Those were …"
        if who is not None:
            return who, "quote-then-added", 0.6
    words = len(text[context.start : context.end].split())
    last = reader.found[-1].who if reader.found and reader.found[-1].excerpt.end == previous_end else None
    if (last or reader.last_speaker) and previous_end >= 0 and words >= MIN_WORDS_WITHOUT_FRAME:
        between = text[previous_end : context.start]  # the quote just before, a body's too: "the ministry said"
        if between.count("\n\n") <= 1 and len(between.strip()) < 3:
            return last or reader.last_speaker, "continuation", 0.5
    near = previous is not None and text[previous.end : context.start].count("\n") <= 2
    if previous is not None and near and words >= MIN_WORDS_WITHOUT_FRAME:
        alone = not speech_verbs(tokens(reader.blanked[context.start : context.end]))  # no verb of its own: a body's
        reported = reported_by(reader, previous, alone)  # "Tomas Novak said the talks had stalled." then the quote
        if reported is not None:
            return reported, "after-reported-speech", 0.5
        if (subject := _sole_subject(reader, previous)) is not None:  # "Osei was blunt." then the quote
            return subject, "subject-before", 0.5
        if (reporter := paragraph_reporter(reader, all_sentences, index - 1, context.start)) is not None:
            return reporter, "after-reported-paragraph", 0.4
    if words >= MIN_WORDS_WITHOUT_FRAME and (same := _paragraph_speaker(reader, context.start, previous_end)):
        return same, "same-paragraph", 0.5
    return None, "", 0.0


def _sole_subject(reader: Reader, sentence: Span) -> Mention | None:
    """Whose a quote just after a sentence without quotes is, with no attribution of its own: the person or the
    description the sentence opens with ("Osei was blunt.", "The spokesperson was blunt."), when it names nothing
    else in capitals, else the one person it names (sole_named)."""
    who = _opening_subject(reader, sentence) or owner_of_saying(sentence.text)  # "Novak's response was swift."
    who = who or described_opening(sentence.text)  # "The spokesperson was blunt."
    if who is None:
        return sole_named(reader, sentence)  # "Asked whether a deal was near, Anna Lind was cautious."
    if not (who.name or who.description) or reader.quotes_in(sentence) or "\n" in sentence.text.strip():
        return None
    if not who.name:
        return who  # "In the coming days, the UN envoy is to meet President Hadi.": the envoy, whoever else is named
    rest = " ".join(token.text for token in tokens(sentence.text.replace(who.phrase, "", 1))[1:])  # "Then", "She"
    return None if any(body_name(run) is None for run in CAPITALISED_RUN.findall(rest)) else who  # "Canada", "the EU"


def _speaker_before(
    reader: Reader, context: Span, group: list[Quote], after: Span, previous_end: int
) -> Mention | None:
    """The speaker of the quote before (see _paragraph_speaker), over a paragraph's break only for a quote no
    verb of saying follows: '"…," Lind's office said' is no one else's."""
    opening = None if _verb_after(after.text) else group[0]
    return _paragraph_speaker(reader, context.start, previous_end, opening)


def _paragraph_speaker(reader: Reader, at: int, previous_end: int, quote: Quote | None = None) -> Mention | None:
    """The named speaker of the quote before, in the same paragraph, when only words of the reporter's
    with no one speaking stand between: '"There is a deal," Lind told reporters. It still needs a vote.
    "That means …"' is Lind's; or in the next paragraph's first sentence, for a quote of a clause or more
    that opens it after a word or two of the reporter's ('The "agreement will be on paper within a day."')."""
    said = reader.found[-1] if reader.found else None
    if said is None or said.excerpt.end != previous_end or not said.who.name or said.who.pronoun:
        return None
    between = reader.blanked[previous_end:at]
    next_paragraph = quote is not None and not between.strip() and opens_its_paragraph(reader.text, at, quote)
    if "\n" in between and not next_paragraph:
        return None
    if any(mark in reader.text[previous_end:at] for mark in '"“”«»'):
        return None
    return None if speech_verbs(tokens(between)) else said.who


# A participle that gives what the sentence's subject said: "…, saying (that) '…'", "…, adding: '…'".
_PARTICIPLE = re.compile(
    r",\s*(?:saying|adding|noting|warning|insisting|arguing|stressing|explaining|telling [a-z ]{2,30}?|"
    r"calling|describing|labell?ing|branding|terming|dismissing)"
    r"(?: that)?(?: [^,;:.!?\"“”]{0,80})?[:,]?\s*$"
)


def _verb_after(after: str) -> bool:
    """Whether a reporting verb follows the quote closely, in its sentence: '"…," Lind's office said'."""
    verbs = speech_verbs(tokens_through_verbs(after, 1))
    return bool(verbs) and verbs[0] <= _VERB_REACH


_VERB_REACH = 5  # tokens from a quote's end to the reporting verb of its own attribution


def _named_alone(before: str, after: str, words: str) -> tuple[Mention | None, str]:
    """A name alone after the quote and a dash, or before it and a colon in a list's item, or a phrase that names
    the speaker ("in Lind's words", '"…," came the reply from Osei'), or the subject of a quoted predicate."""
    who, pattern = phrase_speaker(before, after)
    if who is None and (subject := predicate_subject(before, words)) is not None:
        return subject, "subject-quoted-predicate"  # "The two ministers 'reviewed the progress …'"
    return (who, pattern) if who is not None else (name_colon(before), "name-colon-quote")


def _opening_subject(reader: Reader, sentence: Span) -> Mention | None:
    """The person a sentence opens with: a name ("Tomas Novak ruled it out, saying …"), or a
    pronoun that stands for one ("He ruled it out, saying …")."""
    index = bisect.bisect_left(reader.subjects, sentence.start, key=itemgetter(0))
    opening = reader.subjects[index] if index < len(reader.subjects) else None
    if opening is not None and opening[0] == sentence.start:
        return opening[1]
    first = sentence.text.split(" ", 1)[0].casefold()
    if first in ("he", "she"):
        return reader.antecedent(sentence.start, first)
    said = reader.found[-1] if reader.found else None  # '"…," said Novak, adding that the Alliance "…"'
    return said.who if said is not None and said.excerpt.start == sentence.start and said.who.name else None


def _coordinated(reader: Reader, sentence: Span) -> Mention | None:
    """The person a sentence opens with, when its reporting verb is joined to their first verb by
    "and" or "but": "Trump lavished praise on Carney and promised …"."""
    words = tokens_through_verbs(reader.blanked[sentence.start : sentence.end], 1)
    verbs = speech_verbs(words)
    if not verbs or verbs[0] == 0 or words[verbs[0] - 1].word not in ("and", "but"):
        return None  # "Njewa, the bloc's chair, wouldn’t comment on the figure, but said '…'" too
    return _opening_subject(reader, sentence)


_GOES_ON = frozenset({"added", "adds", "continued", "continues"})
_GOES_ON_REACH = 8  # words: the verb of "Novak added" or "The minister later added" opens its sentence


def _added_by(reader: Reader, sentence: Span) -> Mention | None:
    """Who the sentence after a quote says went on speaking ("Novak added that …") or said "these
    words" ("It was with these words that Tomas Novak closed the talks"): the quote's speaker."""
    if (runs := whose_words(sentence.text)) is not None:  # "So said X", "That was X's verdict"
        named = (mention_of(run) for run in runs)
        return next((who for who in named if who is not None and who.name and " " in who.name), None)
    words = tokens_through_verbs(sentence.text, 1)
    verbs = speech_verbs(words)
    if not verbs or verbs[0] > _GOES_ON_REACH or words[verbs[0]].word not in _GOES_ON:
        return None
    phrase = subject_before(words, verbs[0])
    who = mention_in(reader.text, sentence, phrase) if phrase else None
    if who is not None and who.pronoun:
        who = reader.antecedent(sentence.start, who.phrase)
    return who if who is not None and (who.name or who.description) else None
