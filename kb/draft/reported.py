"""Reported speech: sentences without quotation marks whose reporting verb has a speaker ("Ishiba
said the talks would continue", "according to X"), and speech after a colon."""

from __future__ import annotations

import re

from kb.draft.attribution import according, document, frame_speaker, via_of
from kb.draft.colon_speech import colon_after, colon_speech
from kb.draft.dates import clause_around, without_dateline
from kb.draft.figures import figures
from kb.draft.lexicon import OWNERS, VERB_FILLERS
from kb.draft.post_words import joins_portfolios
from kb.draft.quotes import find_quotes
from kb.draft.reader import Reader, Said, blank, mention_in
from kb.draft.reporting_verbs import negation, speech_verbs
from kb.draft.sentence_subjects import named_subjects
from kb.draft.speakers import Mention, body_name, unnamed_body
from kb.draft.spoken_circumstances import participle
from kb.draft.subjects import subject_before
from kb.draft.subjects_after import subject_after
from kb.draft.text import Span, covered, overlaps, sentences
from kb.draft.tokens import Token, tokens
from kb.draft.venues import venue

# The day or the occasion of a saying, then what was said: "said on Friday that …", "said on Friday the
# talks …", "said in a statement that …".
_WHEN_THEN_REPORTED = re.compile(
    r" (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![,;:.])"
    r"|(?:on|in|at) [^,;:.“”\"\n]{1,60}? that\b)"
)


def read_reported(text: str, skip: list[tuple[int, int]]) -> list[Said]:
    """Sentences of reported speech with no quote in them ("X said (that) …", "according to X"; but
    "X said …, according to a statement" is X's)."""
    found: list[Said] = []
    quotes = find_quotes(text)
    quoted = covered([(q.start, q.end) for q in quotes] + skip)
    named = Reader(text, subjects=named_subjects(blank(text, quotes)))  # who "he" and "she" stand for
    for sentence in sentences(text):
        if overlaps(quoted, sentence.start, sentence.end):
            continue
        who = according(sentence.text)
        speaks = who is not None and bool(who.name or who.description or who.organisation)
        by_verb = [] if speaks and not document(who) else _reported_in(text, sentence, named, quoted)
        if by_verb or not speaks:
            found += by_verb
            continue
        assert who is not None
        dating = clause_around(sentence.text, sentence.text.lower().index("according to"))
        found.append(Said(who, "paraphrase", sentence.text, sentence, "according-to", 0.6, dating=dating))
    return found


# What may follow a verb that attributes the clause before it: when, where, to whom it was said.
_TAIL_OPENERS = frozenset({"in", "on", "at", "after", "during", "late", "earlier", "later", "last", "this"})
_TAIL_WORDS = 8  # words after such a verb at most
_TAIL_CLAUSE = 4  # tokens at least before the comma that ends the clause it attributes


def _tail(words: list[Token], verb: int) -> bool:
    """Whether the verb attributes the clause before it and a comma: "The talks will resume next week,
    Novak said.", "…, the ministry said in a statement on Tuesday.", "…, two diplomats told Reuters."."""
    after = [token for token in words[verb + 1 :] if token.text[:1].isalnum()]
    if len(after) > _TAIL_WORDS or (after and not (after[0].word in _TAIL_OPENERS or after[0].capitalised)):
        return False
    subject = subject_before(words, verb)
    first = words.index(subject[0]) if subject else 0
    return first > _TAIL_CLAUSE and words[first - 1].text == ","


def _inverted(words: list[Token], verb: int) -> list[Token]:
    """The speaker right after a reporting verb that attributes the clause before it and a comma, the verb first:
    "The talks stalled, said Ana Lind.", "…, said people familiar with the development." — none when other words
    follow the speaker's but those of when or where (at most _INVERTED_AFTER), or in a headline (no full stop)."""
    if verb < _TAIL_CLAUSE or words[verb - 1].text != "," or words[verb].word not in ("said", "says", "added"):
        return []
    if not words[-1].text.endswith((".", "!", "?")):
        return []  # a headline's: "Moscow satisfied with the talks, says head of Russian delegation", the lede's again
    found = subject_after(words, verb)
    after = words[verb + 1 + len(found) :]
    if len(after) > 1 and after[0].text == "," and participle(after[1]):
        after = []  # "…, said Song, declining to give any details."
    rest = [token for token in after if token.text[:1].isalnum()]
    clause = bool(rest) and rest[0].word in _VERBS_OF_A_CLAUSE  # "Putin, on arrival, said Europe should help"
    clause = clause and rest[1:2] != [] and rest[1].word not in ("said", "stated")  # not "said X has said"
    return found if found and len(rest) <= _INVERTED_AFTER and not clause else []


_INVERTED_AFTER = 3  # words after an inverted speaker: "on Monday", "in a statement"
# A verb after the words "said" is followed by: they are the subject of what was said, no speaker.
_VERBS_OF_A_CLAUSE = frozenset(
    {"should", "would", "will", "could", "must", "may", "might", "can", "is", "are", "was", "were", "has", "have"}
    | {"had", "needs", "need", "wants", "want", "did", "does", "do", "remains", "remained", "deserves"}
)


def _joined(words: list[Token], subject: list[Token]) -> bool:
    """Whether the subject is the second of two joined by *and*, a name before it ("Chile and the European Union
    said …") or an owner up to four words before it: "Lind and her Czech counterpart Tomas Novak said …", "Lind and
    his deputy Eva Kral said …"."""
    first = words.index(subject[0]) if subject else 0
    start = first - 1 if first > 0 and words[first - 1].word == "the" else first
    if start >= 2 and words[start - 1].word == "and" and words[start - 2].text[:1].isupper():
        return True  # "Chile and the European Union said …"
    owner = next((at for at in range(first - 1, max(first - 5, 0), -1) if words[at].word in OWNERS), 0)
    return owner > 0 and words[owner - 1].word == "and" and all(t.text not in ",;:" for t in words[owner:first])


def _one_group(subject: list[Token]) -> bool:
    """Whether each *and* of the subject joins words that describe one group, in capitals before its plural noun:
    "Four South American and European sources involved in the talks", "Brazilian and Argentine officials" (not "Japan
    and the United States", "the EU and member states": two parties)."""
    joins = [n for n, token in enumerate(subject) if token.word == "and"]
    return bool(joins) and all(
        n > 0 and subject[n - 1].text[:1].isupper() and _plural_after(subject[n + 1 :]) for n in joins
    )


def _plural_after(words: list[Token]) -> bool:
    """Whether words in capitals go up to a noun in the plural: "European sources (involved in …)"."""
    noun = next((n for n, token in enumerate(words) if not token.text[:1].isupper()), len(words))
    return 0 < noun < len(words) and words[noun].text.islower() and words[noun].text.endswith("s")


def _tail_first(text: str, sentence: Span, words: list[Token], verbs: list[int]) -> list[int]:
    """The reporting verbs to read: the one of a clause's tail first when the first verb's subject names a country
    or a body, no person ("The United States indicated it would …, Motegi said.": Motegi's words); else in order
    ("Zarif said …, state television reported": Zarif's, passed on)."""
    tails = [verb for verb in verbs if _tail(words, verb)]
    first = subject_before(words, verbs[0]) if tails and verbs[0] not in tails else []
    who = mention_in(text, sentence, first) if first else None
    return tails[-1:] if who is not None and who.organisation and not (who.name or who.pronoun) else verbs


def _it_before(words: list[Token], verb: int) -> bool:
    """Whether "it" is the reporting verb's subject, opening its clause: "It added that …", "It also said …" (not "It
    was reported that …": no one's words)."""
    at = verb - 1
    while at >= 0 and words[at].word in VERB_FILLERS:
        if words[at].word in ("is", "was", "were"):
            return False
        at -= 1
    opens = at == 0 or words[at - 1].text in ",;:" or words[at - 1].word == "and"
    return at >= 0 and words[at].word == "it" and opens


def _it_speaker(text: str, sentence: Span) -> Mention | None:
    """Who "it" is: the body, office or document that spoke in the sentence before ("The ministry said …. It added
    that …"), never a person."""
    previous = sentences(text[max(0, sentence.start - _IT_REACH) : sentence.start])[-1:]
    words = blank(previous[0].text, find_quotes(previous[0].text)) if previous else ""
    who = frame_speaker(words, False)[0] if words else None
    return who if unnamed_body(who) else None


_IT_REACH = 600  # characters before a sentence read for the one before it


def _they_speaker(text: str, sentence: Span) -> Mention | None:
    """Who "they" is when the sentence before has unnamed speakers in the plural speak ("UK sources said …. They
    pointed out that …"): those speakers; else None (the people last named)."""
    who = _it_speaker(text, sentence)
    if who is None or not who.description:
        return None
    return who if who.description.split()[-1].endswith("s") and not body_name(who.description) else None


def _to_come(words: list[Token], verb: int) -> bool:
    """Whether the reporting verb is of words still to be said, or of none said: right after "will" or "shall" ("will
    say"), after a negation ("did not say", "didn't say"), or joined by "or" to a negated verb ("didn't
    characterise the tone of the talks or say what would happen next")."""
    if verb == 0:
        return False
    before = words[verb - 1].word
    if before in ("will", "shall") or negation(before):
        return True
    clause = next((i for i in range(verb - 1, -1, -1) if words[i].text in ",;:"), -1)
    return before in ("or", "nor") and any(negation(token.word) for token in words[clause + 1 : verb - 1])


_PUBLISHED = frozenset({"issued", "issues"})  # a reporting verb that is a document's participle too
# A document that someone issues, and the words after it that say what it says.
_ISSUED_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "declaration", "readout", "release", "note"})
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_CONTENT = re.compile(  # "calling for …", "that …", "on the talks": what it says, or what it is about
    rf"[,:;]|\bthat\b|\b(?!during\b|evening\b|morning\b)[a-z]{{3,}}ing\b|\bon (?!{_WEEKDAY})"
)


def _issued_alone(words: list[Token], verb: int) -> bool:
    """Whether the verb issues a document and the sentence says nothing of what it says: "The ministry issued a
    statement on Monday.", "Kenya issued a joint statement with Uganda." (not "issued a statement calling for …",
    "issued a statement saying …", "issued a statement on the talks, which …")."""
    if words[verb].word not in _PUBLISHED:
        return False
    reach = range(verb + 1, min(verb + 5, len(words)))
    document_at = next((at for at in reach if words[at].word in _ISSUED_DOCUMENTS), 0)
    if not document_at or words[verb + 1].word not in ("a", "an", "its", "their", "his", "her", "the"):
        return False
    rest = words[document_at + 1 :]
    text = " ".join(token.text for token in rest)
    return len(rest) <= _TAIL_WORDS + 1 and not _CONTENT.search(text)


def _reported_in(text: str, sentence: Span, named: Reader, quoted: list[tuple[int, int]]) -> list[Said]:
    """The reported speech of a sentence without quotes, by its first reporting verb that has a speaker."""
    words = tokens(without_dateline(sentence.text))  # not "ISLAMABAD, Feb 25 (APP):" before its subject
    if sentence.text.rstrip().endswith(","):
        return []  # "After the summit, the Prime Minister said," and the words in the paragraph after: a quote's
    verbs = speech_verbs(words)
    for verb in _tail_first(text, sentence, words, verbs):
        colon = colon_after(sentence.text, words, verb)
        if colon is not None:  # "X said: we will …" or "X said:" over a paragraph: speech without marks
            return colon_speech(text, sentence, words, verb, colon, named, quoted)
        follows = words[verb + 1].word if verb + 1 < len(words) else ""
        bare = follows in ("in", "on", "at", "by", "as") and words[verb].word in ("said", "says")
        tail = _tail(words, verb)  # "The talks will resume, Novak said on Monday."
        if bare and not tail and not _WHEN_THEN_REPORTED.match(sentence.text, words[verb].end):
            continue  # "as said in the treaty": no one's speech; but "said on Friday (that) …" is
        if not tail and sum(1 for token in words[verb + 1 :] if token.text[:1].isalnum()) < 2:
            continue  # nothing reported after the verb: a heading ("Briefing notes")
        if _to_come(words, verb):
            continue  # "Lind will say at the summit that …": not said yet; "did not say": not said
        subject = _inverted(words, verb) or subject_before(words, verb)  # "…, said people familiar with it."
        if subject and words[max(0, words.index(subject[0]) - 1)].word in ("what", "whatever"):
            continue  # "What Lind said after the talks": the words said are not in the sentence
        if _issued_alone(words, verb):
            continue  # "The ministry issued a statement on Monday.": that it spoke, not what it said
        if words[verb].word in _PUBLISHED and document(mention_in(text, sentence, subject) if subject else None):
            continue  # "a statement issued on Friday": what the document gives, not who spoke
        after = [*subject[1:], None]
        joined = (t.word == "and" and not joins_portfolios(subject[:n], after[n]) for n, t in enumerate(subject))
        if (any(joined) or _joined(words, subject)) and not _one_group(subject):  # not "Minister of Trade and …"
            return []  # "Japan and the United States confirmed …": two parties, drafted as their agreement
        who = mention_in(text, sentence, subject) if subject else None
        pattern, confidence = "speaker-verb-clause", 0.6
        if not subject and _it_before(words, verb):  # "It also added that Lind had stressed …": not Lind's words
            who = _it_speaker(text, sentence)
            if who is None:
                return []
            pattern, confidence = pattern + "+it", 0.5
        if who is not None and who.pronoun:  # "He said he conveyed …": the person last named
            plural = _they_speaker(text, sentence) if who.phrase.casefold() == "they" else None  # "UK sources"
            who, pattern, confidence = (
                plural or named.antecedent(sentence.start + words[verb].start, who.phrase),
                pattern + "+pronoun",
                0.5,
            )
        reports_that = verb + 1 < len(words) and words[verb + 1].word == "that"  # "the IMF confirmed that …"
        body = who is not None and who.organisation and not (who.name or who.description or reports_that)
        if body and figures(sentence.text, limit=1):
            return []  # "Japan posted a 5.2 trillion yen deficit": a country's figure, drafted as a data point
        if who and (who.name or who.description or who.organisation) and not who.pronoun:
            via = via_of(sentence.text, who.phrase)  # "X told Y …, a government source said"
            how = "reported" if via is not None and via.description else "paraphrase"
            why = pattern + ("+source" if how == "reported" else "")
            passed = via if how == "reported" else None
            dating = clause_around(sentence.text, words[verb].start)
            where = venue(sentence.text)
            return [Said(who, how, sentence.text, sentence, why, confidence, where, passed, dating=dating)]
    return []
