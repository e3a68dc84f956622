"""Speech without quotation marks after a colon: "X said: we will …", or "X said:" and the
paragraphs after it while they speak in the first person."""

from __future__ import annotations

import bisect

from kb.draft.dates import clause_around
from kb.draft.reader import MIN_WORDS_WITHOUT_FRAME, START, Reader, Said, mention_in
from kb.draft.reporting_verbs import speech_verbs
from kb.draft.subjects import subject_before
from kb.draft.text import Span, overlaps, paragraphs
from kb.draft.tokens import Token, tokens
from kb.draft.venues import venue

MAX_GAP = 20  # characters of white space between "X said:" and the paragraph it introduces
_COLON_REACH = 60  # characters from a reporting verb to the colon that opens its speech: "said in a statement:"


# Words that make what stands between a reporting verb and a colon a clause of its own ("said the aim was
# clear: …"), not where or to whom it was said ("said in a statement:", "told reporters:").
_CLAUSE_WORDS = frozenset({"that", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would"})


def colon_after(sentence: str, words: list[Token], verb: int) -> int | None:
    """Where the colon that opens what the verb at ``verb`` reports is, if one follows it closely."""
    end = words[verb].end
    colon = sentence.find(":", end, end + _COLON_REACH)
    if colon < 0 or any(mark in sentence[end:colon] for mark in ',;."“”'):
        return None
    return None if _CLAUSE_WORDS.intersection(sentence[end:colon].lower().split()) else colon


def colon_speech(
    text: str, sentence: Span, words: list[Token], verb: int, colon: int, named: Reader, quoted: list[tuple[int, int]]
) -> list[Said]:
    """Direct quotes without quotation marks: "X said: we will …", or "X said:" and the paragraph
    after it, and the next paragraphs while they speak in the first person ("We would get …")."""
    subject = subject_before(words, verb)
    who = mention_in(text, sentence, subject) if subject else None
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
        index = bisect.bisect_left(all_paragraphs, speech.end, key=START)
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
        index = bisect.bisect_right(all_paragraphs, at, key=START) - 1
        if index < 0 or not all_paragraphs[index].start <= at < all_paragraphs[index].end:
            return None
        start, end = at, all_paragraphs[index].end
    words = text[start:end].strip()
    if len(words.split()) < MIN_WORDS_WITHOUT_FRAME or overlaps(quoted, start, end) or words[:1] in "-•–—*":
        return None
    offset = start + text[start:end].index(words)
    return Span(offset, offset + len(words), words)
