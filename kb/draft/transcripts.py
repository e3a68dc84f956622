"""Transcripts: the turns of a press conference or a briefing, each paragraph a direct quote of
its speaker — named by a label ("MS. DAVIS: …", "(Prime Minister Ishiba)", "Spokesperson: …",
"President Lopez: …"), by a
heading over its paragraphs ("[Opening statement by Prime Minister X]"), or, for answers no label
names, by the title ("Press Conference by Prime Minister X"), the line that introduces the record
("… transcript of today's noon briefing by X, Spokesperson for …") or the speaker the user gives
(kb draft --speaker). Questions ("Q: …", "Question: …") are skipped."""

from __future__ import annotations

import re

from kb.draft.lexicon import COUNTRIES, HONORIFICS, SOURCE_NOUNS, TITLE_HEADS
from kb.draft.reader import MIN_WORDS_WITHOUT_FRAME, Said
from kb.draft.speakers import Mention, body_name, mention_of
from kb.draft.text import Span, paragraphs

_TURN = re.compile(r"^(?P<label>Q|[A-Z][A-Z.’' -]{1,60}[A-Z.]):\s+(?=\S)")
_PARENTHESISED = re.compile(r"^\((?P<label>[A-Z][\w.’' -]{1,60})\)\s*")
_QUESTIONERS = frozenset(
    {"Q", "QUESTION", "QUESTIONS", "CORRESPONDENT", "REPORTER", "MODERATOR", "OPERATOR", "QUESTIONER", "JOURNALIST"}
)
_HEADING = re.compile(
    r"^\[?(?:Opening (?:statement|remarks)|(?:Closing )?[Rr]emarks|Statement|Address|Speech|Answers?)"
    r" by (?P<who>[^\]\n]{3,80}?)\]?$",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"^(?:\[\w+\][ \t]*)?(?:Press [Cc]onference|News [Cc]onference|Briefing|Interview|Remarks) (?:by|with) "
    r"(?P<who>[A-Z][\w.’' -]{2,60}?)"
    r"(?= (?:Regarding|regarding|on|On|about|About|at|At|in|In)\b|\]|$)",
    re.MULTILINE,
)
# The sentence that opens a briefing's record: "The following is a near-verbatim transcript of today's noon
# briefing by Pedro Alvarez, Spokesperson for the Secretary-General." Who answers, with the post the line gives.
_INTRODUCED = re.compile(
    r"\b[Tt]ranscript of [^\n]{0,60}?\b(?:[Bb]riefing|[Pp]ress [Cc]onference|[Nn]ews [Cc]onference|[Rr]emarks"
    r"|[Ii]nterview) (?:by|with) (?P<who>[A-Z][\w.’' -]{2,60}?(?:, [A-Z][\w’' -]{2,60}?)?)(?=\.(?:\s|$)|\n|$)"
)
# A label in words ("Question: …", "Spokesperson: …"), as the records of some briefings have them.
_WORD_LABEL = re.compile(
    r"^(?P<label>(?:Question|Questions|Correspondent|Reporter|Journalist|(?:Deputy )?Spokes(?:man|woman|person)"
    r"|Answer)):\s+(?=\S)"
)
_ANSWERING = frozenset({"ANSWER", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "DEPUTY SPOKESPERSON"})
# "[Date] July 23, 2025", or a line that is a date alone ("July 15, 2015") at the head of a transcript.
_DATE_LINE = re.compile(
    r"^(?:\[?Date\]?:?[ \t]*(?P<date>\S[^\n]{4,40})|[ \t]*(?P<alone>(?:[A-Z][a-z]+day,? )?"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? |\d{1,2} [A-Z][a-z]{2,8} )\d{4}))[ \t]*$",
    re.MULTILINE,
)
HEADING_LENGTH = 200  # characters: a longer paragraph is words, not a heading


def speaker_named(phrase: str) -> Mention | None:
    """Who a label, heading or title names: "Prime Minister ISHIBA Shigeru" is Shigeru Ishiba (a
    surname in capitals before the given name is put after it), with his post."""
    phrase = re.sub(r"\b([A-Z]{2,})( [A-Z][a-z]+)\b", lambda m: m.group(2).strip() + " " + m.group(1).title(), phrase)
    words = phrase.strip().split()
    if not words or phrase.strip().upper() in _QUESTIONERS:
        return None
    if phrase.isupper():
        if len(words) > 5 or words[0] in ("A", "AN", "THE"):
            return None  # a heading in capitals ("A NEW ERA OF … RELATIONS:"), not a speaker
        if any(word.lower().strip(".") in SOURCE_NOUNS | TITLE_HEADS for word in words):
            return Mention(phrase, description=phrase.strip().lower())
        phrase = " ".join(word.capitalize() for word in words)
    return mention_of(phrase)


def _city(label: str) -> bool:
    """Whether a label in capitals is a capital city that stands for its country ("RIYADH", "TOKYO"):
    a news story's dateline — a delegation's label is its country's name ("JAPAN:")."""
    place = label.strip().title()
    country = body_name(place)
    return country is not None and country in COUNTRIES and place in COUNTRIES[country] and place != place.upper()


def read_turns(text: str, speaker: Mention | None = None) -> tuple[list[Said], list[tuple[int, int]]]:
    """The turns of a transcript, each paragraph a direct quote; and the spans of text they take
    (where no other pattern should look). ``speaker`` answers what no label or heading names."""
    found: list[Said] = []
    spans: list[tuple[int, int]] = []
    title = _TITLE.search(text[:2000]) or _INTRODUCED.search(text[:2000])
    answers = speaker or (speaker_named(title.group("who")) if title else None)
    begins = title.end() if title and not speaker else 0  # answers come after the title, not in what heads it
    date_line = _DATE_LINE.search(text[:2000])
    dating = (date_line.group("date") or date_line.group("alone")) if date_line else ""  # the day of every turn
    if not dating and title is not None and title.re is _INTRODUCED:
        dating = title.group()  # "… transcript of today's noon briefing by …": the day it was held
    who: Mention | None = None
    all_paragraphs = _turn_paragraphs(text)
    named_labels = sum(1 for p in all_paragraphs if _named_label(p.text)) >= MIN_NAMED_LABELS
    for paragraph in all_paragraphs:
        label = _TURN.match(paragraph.text) or _PARENTHESISED.match(paragraph.text) or _WORD_LABEL.match(paragraph.text)
        label = label or (_named_label(paragraph.text) if named_labels else None)
        label = None if label and _city(label.group("label")) else label  # a dateline: "RIYADH: …"
        heading = _HEADING.match(paragraph.text.strip()) if len(paragraph.text) < HEADING_LENGTH else None
        if heading:
            who = speaker_named(heading.group("who"))
            if who and who.name and answers and answers.name and answers.name.split()[-1] == who.name:
                who = answers  # "Prime Minister Ishiba" under a title naming "Prime Minister ISHIBA Shigeru"
            continue
        if label:
            questioner = label.group("label").strip().upper() in _QUESTIONERS
            who = None if questioner else speaker_named(label.group("label"))
            if answers is not None and label.group("label").strip().upper() in _ANSWERING:
                who = answers  # "Spokesperson: …" in the record of a briefing by its spokesperson
            words_start = paragraph.start + label.end()
            if questioner:
                who = None
                spans.append((paragraph.start, paragraph.end))
                continue
        elif answers is not None and paragraph.start >= begins and paragraph.text.rstrip().endswith("?"):
            who = None  # a question no label marks
            spans.append((paragraph.start, paragraph.end))
            continue
        elif who is None and answers is not None and paragraph.start >= begins and _answer(paragraph):
            who = answers
            words_start = paragraph.start
        elif who is None or paragraph.text.isupper() or paragraph.text.startswith("["):
            who = None
            continue
        else:
            words_start = paragraph.start
        spans.append((paragraph.start, paragraph.end))
        words = text[words_start : paragraph.end]
        if who is not None and len(words.split()) >= MIN_WORDS_WITHOUT_FRAME:
            turn = Said(
                who, "direct_quote", words, paragraph, "transcript-turn", 0.8, "transcript", None, words, dating
            )
            found.append(turn)
    return found, spans


# A label in a name's capitals ("President Juncker: …", "Prime Minister Abe: …"): a transcript's, when
# MIN_NAMED_LABELS paragraphs of the text open with one.
_NAME_LABEL = re.compile(r"^(?P<label>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,5}):[ \t]+(?=[^\s\"“«])")
MIN_NAMED_LABELS = 2


def _named_label(paragraph: str) -> re.Match[str] | None:
    """A label in a name's capitals that names a person by their post or an honorific ("President
    Lopez", "Mr Abe"), not a heading ("Background: …", "Fact Sheet: …")."""
    label = _NAME_LABEL.match(paragraph)
    who = speaker_named(label.group("label")) if label else None
    words = label.group("label").casefold().replace(".", "").split() if label else []
    posted = any(word in TITLE_HEADS or word in HONORIFICS for word in words)
    return label if who is not None and who.name and posted else None


_LABELLED_LINE = re.compile(r"\n(?=[A-Z][A-Z.’' -]{1,60}[A-Z.]:\s|Q:\s)")


def _turn_paragraphs(text: str) -> list[Span]:
    """The paragraphs, a line that opens with a speaker's label ("MS. PSAKI: …", "Q: …") starting
    a paragraph of its own even with no blank line before it."""
    found: list[Span] = []
    for paragraph in paragraphs(text):
        start = paragraph.start
        for line_break in _LABELLED_LINE.finditer(text, paragraph.start, paragraph.end):
            found.append(Span(start, line_break.start(), text[start : line_break.start()]))
            start = line_break.end()
        found.append(Span(start, paragraph.end, text[start : paragraph.end]))
    return found


def _answer(paragraph: Span) -> bool:
    """Whether an unlabelled paragraph may be an answer: no heading, no line of capitals."""
    text = paragraph.text.strip()
    return not (text.startswith("[") or text.isupper() or len(text.split()) < MIN_WORDS_WITHOUT_FRAME)
