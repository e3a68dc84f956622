"""The speaker of reported speech just before a quote that has no attribution of its own: in the sentence
just before ("Tomas Novak said the talks had stalled." then "We need more time."), or in the paragraph before
a quote that opens its own ("In her speech she added that the next days are decisive. The Union is
prepared." then a paragraph "One thing is clear: …"), or just before a sentence of no one's that a quote is in
("Gatt said the aim was to agree. Sharing the quotas was 'for another day'.")."""

from __future__ import annotations

import bisect

from kb.draft.attribution import frame_speaker
from kb.draft.definite_bodies import a_body
from kb.draft.lexicon import THINKING_VERBS
from kb.draft.reader import START, Reader
from kb.draft.speakers import Mention
from kb.draft.text import Span, sentences
from kb.draft.tokens import tokens

PARAGRAPH_SENTENCES = 4  # sentences of the paragraph before read back for its reported speech


def reported_by(reader: Reader, sentence: Span, bodies: bool = False) -> Mention | None:
    """The person a sentence of reported speech names as its speaker (or the one its pronoun stands for), or with
    ``bodies`` the body it names ("The finance ministry said …" then a quote alone: its words; not "Officials")."""
    said = frame_speaker(reader.blanked[sentence.start : sentence.end], False)[0]
    body = bodies and said is not None and not said.name and not said.pronoun and a_body(said)
    return said if body else _named(reader, sentence, said)


def _named(reader: Reader, sentence: Span, reported: Mention | None) -> Mention | None:
    """The person a sentence's speaker ``reported`` is, when named (or the one its pronoun stands for)."""
    if reported is not None and reported.pronoun:
        reported = reader.antecedent(sentence.start, reported.phrase)
    return reported if reported is not None and reported.name else None


def paragraph_reporter(reader: Reader, all_sentences: list[Span], index: int, at: int) -> Mention | None:
    """For a quote at ``at`` that opens its paragraph (``all_sentences[index]`` the last sentence before it):
    the named speaker of the last sentence of the paragraph before that reports speech, when that paragraph
    holds no quote — no one when the speaker that sentence gives is no one named ("Officials said …")."""
    if index < 0 or "\n" not in reader.text[all_sentences[index].end : at]:
        return None
    for back in range(index, max(-1, index - PARAGRAPH_SENTENCES), -1):
        sentence = all_sentences[back]
        if reader.quotes_in(sentence):
            return None
        said, _ = frame_speaker(reader.blanked[sentence.start : sentence.end], False)
        if said is not None:
            return _named(reader, sentence, said)
        if back == 0 or "\n" in reader.text[all_sentences[back - 1].end : sentence.start]:
            return None  # the paragraph's first sentence
    return None


def reported_just_before(reader: Reader, at: int) -> Mention | None:
    """For a quote at ``at`` inside a sentence that names no one and says nothing of saying or thinking: the
    named speaker of the sentence just before it in its paragraph, when that one reports speech and holds no
    quote ("Ian Gatt said the aim was to agree on the quotas. Sharing them was 'going to be for another day'.")."""
    all_sentences = sentences(reader.text)
    index = bisect.bisect_right(all_sentences, at, key=START) - 1
    if index < 1 or "\n" in reader.text[all_sentences[index - 1].end : all_sentences[index].start]:
        return None
    own, previous = all_sentences[index], all_sentences[index - 1]
    words = tokens(reader.blanked[own.start : own.end])
    if reader.quotes_in(previous) or any(t.capitalised for t in words[1:]):
        return None  # someone else named in it: "Lind believes the deal 'is …'"
    participles = (t.word.endswith("ing") and words[i - 1].text == "," for i, t in enumerate(words) if i)
    speaks = frame_speaker(reader.blanked[own.start : own.end], False)[0] is not None
    if speaks or any(t.word in THINKING_VERBS for t in words) or any(participles):
        return None  # its own saying: "…, adding '…'"
    return reported_by(reader, previous)
