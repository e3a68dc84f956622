"""Transcripts: the turns of a press conference or a briefing, each paragraph a direct quote of
its speaker — named by a label ("MS. DAVIS: …", "(Prime Minister Ishiba)", "Spokesperson: …",
"President Lopez: …"), by a
heading over its paragraphs ("[Opening statement by Prime Minister X]"), or, for answers no label
names, by the title ("Press Conference by Prime Minister X"), the line that introduces the record
("… transcript of today's noon briefing by X, Spokesperson for …") or the speaker the user gives
(kb draft --speaker). Labels take many forms: "A: …", a name alone ("Gao Feng: …"), a post alone
("Minister: …"), a line that is a label alone over the paragraphs it labels, a name with the time its
turn began ("Keir Starmer (00:38):", the turn going on under a time alone, "(01:04)"). Questions ("Q: …",
"Question: …", a turn ending in a question mark) are skipped, and so are the turns of a questioner
(an interviewer, an outlet) whose turns are mostly questions; a long answer is cut between its
sentences."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kb.draft.countries import COUNTRIES
from kb.draft.declared import declared_record
from kb.draft.label_speakers import QUESTIONERS, speaker_named
from kb.draft.lexicon import HONORIFICS, NEWS_ORGANISATIONS, SOURCE_NOUNS, TITLE_HEADS
from kb.draft.procedural import procedural
from kb.draft.qa_interviews import qa_interviewee
from kb.draft.reader import MIN_WORDS_WITHOUT_FRAME, Said, named_anywhere
from kb.draft.record_labels import (
    HEADING_LENGTH,
    SENTENCE_ENDS,
    between_turns,
    labelled_answerer,
    named_post_label,
    surname_post,
)
from kb.draft.speakers import Mention, body_name
from kb.draft.text import Span, paragraphs
from kb.draft.transcript_titles import OCCASION, date_line, record_dating, record_title
from kb.draft.turn_pieces import pieces

_TURN = re.compile(r"^(?P<label>[QA](?=:)|[A-Z][A-Z.’' -]{1,60}[A-Z.]):(?:\s+|(?<=^[QA]:))(?=\S)")
_PARENTHESISED = re.compile(r"^\((?P<label>[A-Z][\w.’' -]{1,60})\)\s*")
_HEADING = re.compile(
    r"^\[?(?:Opening (?:statement|remarks)|(?:Closing )?[Rr]emarks|Statement|Address|Speech|Answers?)"
    rf" by (?P<who>[^\]\n]{{3,80}}?)(?: {OCCASION}[^\]\n]{{0,120}})?\]?$",  # "… by X on the trade talks"
    re.IGNORECASE,
)
# A label in words ("Question: …", "Spokesperson: …", "Moderator: …"), as the records of some briefings have them, the
# asker's outlet in brackets after it or not ("Question (Le Temps): …", "Q (Reuters): …").
_WORD_LABEL = re.compile(
    r"^(?P<label>(?i:Q|Question|Questions|Correspondent|Reporter|Journalist|Interviewer|Host|Anchor|Presenter"
    r"|Moderator|Operator|Facilitator|MC|Master of Ceremonies|(?:Deputy )?Spokes(?:man|woman|person)|Answer))"
    r"(?:[ \t]*\([^()\n]{1,40}\))?:\s+(?=\S)"
)
_BARE_Q = re.compile(r"^(?P<label>Q)[ \t]+(?=[A-Z\"“])")  # a White House record's question: "Q  Thank you. Will …?"
# A label that is a post alone ("Minister: …", "The Prime Minister: …"), in the record of one who holds it.
_POST_LABEL = re.compile(r"^(?P<label>(?:The )?(?:[A-Z][a-z-]+ ){0,2}[A-Z][a-z-]+):\s+(?=\S)")
_ANSWERING = frozenset({"A", "ANSWER", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "DEPUTY SPOKESPERSON"})


def _city(label: str) -> bool:
    """Whether a label in capitals is a capital city that stands for its country ("RIYADH", "TOKYO"):
    a news story's dateline — a delegation's label is its country's name ("JAPAN:")."""
    place = label.strip().title()
    country = body_name(place)
    return country is not None and country in COUNTRIES and place in COUNTRIES[country] and place != place.upper()


def read_turns(text: str, speaker: Mention | None = None) -> tuple[list[Said], list[tuple[int, int]], list[Span]]:
    """The turns of a transcript, each paragraph a direct quote; the spans of text they take (where
    no other pattern should look); and its questions (where no claim is: not a meeting, not an
    agreement). ``speaker`` answers what no label or heading names."""
    answers, begins, dating = _record(text, speaker)
    found: list[Said] = []
    spans = [(text.rfind("\n", 0, begins) + 1, begins)] if begins else []  # the record's title says nothing
    asked: list[Span] = []
    who: Mention | None = None
    all_paragraphs = _turn_paragraphs(text)
    speaking, asking = _name_labels(all_paragraphs)
    lone, headings = _lone_labels(all_paragraphs), _headings(all_paragraphs, text)
    asking_turn = on_own_line = False  # whether the turn is a question's, and opened on a line of its own
    for paragraph in all_paragraphs:
        stamp = _STAMPED.match(paragraph.text)
        if stamp and not stamp.group("label"):  # "(01:04)": the same turn goes on, a question or an answer
            on_own_line = not paragraph.text[stamp.end() :].strip()
            spans.append((paragraph.start, paragraph.end))
            asked += [paragraph] if asking_turn else []
            found += _turn(None if asking_turn else who, text, paragraph.start + stamp.end(), paragraph, dating)
            continue
        label = _turn_label(paragraph.text, speaking | asking, answers, headings, text)
        heading = _HEADING.match(paragraph.text.strip()) if len(paragraph.text) < HEADING_LENGTH else None
        named = heading.group("who") if heading else lone.get(paragraph.text.strip())
        if named is not None:
            who = _answering(speaker_named(named), answers)
            continue
        if label:
            name = label.group("label").strip()
            on_own_line = not paragraph.text[label.end() :].strip()
            questioner = asking_turn = name.upper() in QUESTIONERS or name in asking or _question(paragraph)
            who = None if questioner or _UNNAMED.fullmatch(name) else _answering(speaker_named(name), answers)
            if answers is not None and (name.upper() in _ANSWERING or label.re is _POST_LABEL):
                who = answers  # "Spokesperson: …", "Minister: …" in the record of a briefing by its spokesperson
            words_start = paragraph.start + label.end()
            if questioner:  # a question, skipped; a questioner's turn ends the speaker's
                who = None if name.upper() in QUESTIONERS or name in asking else who
                spans.append((paragraph.start, paragraph.end))
                asked.append(paragraph)
                continue
        elif answers is not None and paragraph.start >= begins and _question(paragraph):
            who = None  # a question no label marks
            spans.append((paragraph.start, paragraph.end))
            asked.append(paragraph)
            continue
        elif who is None and answers is not None and paragraph.start >= begins and _answer(paragraph):
            who = answers
            words_start = paragraph.start
        elif who is None or paragraph.text.isupper() or paragraph.text.startswith("[") or between_turns(paragraph.text):
            who = None
            if asking_turn and on_own_line:  # a question's words under its label's line ("Beth Rigby (00:00):")
                spans.append((paragraph.start, paragraph.end))
                asked.append(paragraph)
            continue
        else:
            words_start = paragraph.start
        spans.append((paragraph.start, paragraph.end))
        found += _turn(who, text, words_start, paragraph, dating)
    return found, spans, asked


def _turn_label(
    paragraph: str, named: set[str], answers: Mention | None, headings: set[str], text: str
) -> re.Match[str] | None:
    """The label that opens a turn (`_label`), but not a fact sheet's heading ("THREE SHARED GOALS: …": a speaker no
    post names speaks twice), a dateline ("RIYADH: …"), a news agency's credit ("(Xinhua)", "(Reuters) – …") nor the
    record's list of who took part ("SPEAKER: Ms. Julie Kozack, Director …", "PARTICIPANTS: …"), nor the word that
    opens the text's title ("START: Intensive Negotiations Underway in Geneva")."""
    label = _label(paragraph, named, answers)
    word = label.group("label") if label else ""
    credit = label is not None and label.re is _PARENTHESISED and _credit(word, text)
    title = text.lstrip().startswith(paragraph.strip()) and _headline(paragraph[label.end() :]) if label else False
    no_turn = word in headings or _city(word) or word.upper() in _WHO_TOOK_PART or credit or title
    return None if label and no_turn else label


def _headline(words: str) -> bool:
    """Whether words are a title's, no one's turn: most of them capitalised, no full stop ending them."""
    plain = [word for word in words.split() if word.isalpha()]
    capitalised = sum(word[0].isupper() for word in plain)
    return bool(plain) and not words.rstrip().endswith((".", "?", "!", '"', "”")) and 2 * capitalised > len(plain)


_WHO_TOOK_PART = frozenset({"SPEAKER", "SPEAKERS", "PARTICIPANT", "PARTICIPANTS", "PANELISTS", "PANELLISTS", "PRESENT"})


def _answering(who: Mention | None, answers: Mention | None) -> Mention | None:
    """The one who answers, named in full by the record's title, for a label or heading that names them by surname
    ("MS. JEAN-PIERRE" under "Press Briefing by Press Secretary Karine Jean-Pierre", "Prime Minister Ishiba" under
    "Prime Minister ISHIBA Shigeru")."""
    if who and who.name and answers and answers.name and answers.name.split()[-1] == who.name.split()[-1]:
        return answers if len(who.name.split()) == 1 or who.name == answers.name else who
    return who


def _turn(who: Mention | None, text: str, start: int, paragraph: Span, dating: str) -> list[Said]:
    """A paragraph of ``who``'s turn from ``start`` (after its label), each piece a direct quote."""
    if who is None or procedural(text[start : paragraph.end]):
        return []  # no one's, or words that only run the briefing ("Good evening everyone. …")
    turn = Said(who, "direct_quote", "", paragraph, "transcript-turn", 0.8, "transcript", dating=dating)
    return [replace(turn, text=w, excerpt=e, quoted=w) for w, e in pieces(text, start, paragraph)]


def _label(paragraph: str, named: set[str], answers: Mention | None) -> re.Match[str] | None:
    """The label that opens a turn: in capitals, in brackets, a word ("Question:"), a name and a post after a comma
    (record_labels.py), a name's capitals the transcript uses for its turns (``named``), or a post alone or with
    their surname when the record names who holds it (``answers``: "Minister:", "Minister Kono:")."""
    stamped = _STAMPED.match(paragraph) or _DOTTED.match(paragraph)
    if stamped and stamped.group("label") in named:
        return stamped
    label = _TURN.match(paragraph) or _PARENTHESISED.match(paragraph) or _WORD_LABEL.match(paragraph)
    label = label or _BARE_Q.match(paragraph) or named_post_label(paragraph)
    in_name = _NAME_LABEL.match(paragraph) if named else None
    label = label or (in_name if in_name and in_name.group("label") in named else None)
    post = _POST_LABEL.match(paragraph) if answers else None
    held = post and (post["label"].split()[-1].casefold() in TITLE_HEADS or surname_post(post["label"], answers))
    return label or (post if held else None)


# A line that is a label alone: a name ("Secretary Blinken", "MS. PSAKI:") or a questioner ("Question").
_LONE_LABEL = re.compile(r"^(?P<label>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,5}):?$")


def _lone_labels(all_paragraphs: list[Span]) -> dict[str, str]:
    """The lines that are a label alone, set over the paragraphs of a turn as a bold line is on a
    web page, with what they name: a person with a post or an honorific ("Prime Minister Lee",
    "MS. PSAKI"), or a questioner ("Question", "Q"). None unless such speakers' lines are
    MIN_NAMED_LABELS or more and the text has two labels or more."""
    found: dict[str, str] = {}
    turns: dict[str, int] = {}
    for paragraph in all_paragraphs:
        label = _LONE_LABEL.match(paragraph.text.strip())
        if label:
            found[label.group()] = label.group("label")
            turns[label.group("label")] = turns.get(label.group("label"), 0) + 1
    speakers = {name for name in turns if _speaker_label(name, 1)}
    labels = speakers | {name for name in turns if name.upper() in QUESTIONERS}
    if sum(turns[name] for name in speakers) < MIN_NAMED_LABELS or len(labels) < 2:
        return {}
    return {line: name for line, name in found.items() if name in labels}


def _record(text: str, speaker: Mention | None) -> tuple[Mention | None, int, str]:
    """Who answers what no label names (the speaker given, or the one the title or the record's
    introduction names), where the answers begin (after that title), and the words that date every
    turn: a date line, else the date in the line that names the record ("… Regular Press Conference
    on January 9, 2019"), else the introduction's "today"."""
    head = text[:2000]
    title = record_title(head)
    answers = speaker or (speaker_named(title.group("who")) if title else None)
    begins = title.end() if title and not speaker else 0  # answers come after the title, not in what heads it
    dating = date_line(head)
    declared = declared_record(head) if title is None and not speaker else None
    if declared is not None:  # "… addressed reporters on Aug. 31. This is an edited transcript."
        answers, begins, dating = declared.speaker, declared.begins, dating or declared.dating
    if answers is None and not speaker:  # "Penny Wong, Foreign Minister: …", then "Foreign Minister: …"
        answers, begins = labelled_answerer(head)
    if answers is None and not speaker:  # "Steve Inskeep: …?", "Ambassador Cui Tiankai: …", then no labels
        answers, begins = _interviewee(head)
    if answers is None and not speaker:  # "Tomas Novak spoke to the Oslo Post." then "Q: …" and "A: …"
        answers, begins = qa_interviewee(head)
    return answers, begins, dating or record_dating(head, title)


def _interviewee(head: str) -> tuple[Mention | None, int]:
    """Who answers the unlabelled paragraphs of an interview whose labels in a name stop after its first
    turns, and where its turns begin: the one speaker those labels name, where one of them asks."""
    all_paragraphs = _turn_paragraphs(head)
    speaking, asking = _name_labels(all_paragraphs)
    labelled = (p.start for p in all_paragraphs if (m := _NAME_LABEL.match(p.text)) and m["label"] in speaking | asking)
    first = next(labelled, None)
    if len(speaking) != 1 or not asking or first is None:
        return None, 0
    return speaker_named(next(iter(speaking))), first


def _question(paragraph: Span) -> bool:
    """Whether a paragraph asks: it ends with a question mark."""
    return paragraph.text.rstrip().rstrip('"”’)').endswith("?")


# A label in a name's capitals ("President Juncker: …", "Gao Feng: …", "Bloomberg: …").
_NAME_LABEL = re.compile(r"^(?P<label>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,5}):[ \t]+(?=[^\s\"“«])")
MIN_NAMED_LABELS = 2
# A line that opens a turn with the time it began, as a recording's transcript has it ("Keir Starmer (00:38):"),
# or the time alone where the same turn goes on ("(01:04)"); its words follow on the next line.
_STAMP = r"\((?:\d{1,2}:)?\d{1,2}:\d{2}\)"
_STAMPED = re.compile(rf"^(?P<label>[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|\d+)){{0,5}})?[ \t]*{_STAMP}:?[ \t]*(?:\n|$)")
_DOTTED = re.compile(r"^(?P<label>[QA])[.)][ \t]+(?=\S)")  # "Q. Will it be signed?", "A) We hope so."
_ASKS = re.compile(r"\?[\"”’)]*(?:\s|$)")  # a sentence that asks
_UNNAMED = re.compile(r"Speaker \d+")  # "Speaker 1 (00:01):": a voice the transcriber could not name


def _name_labels(all_paragraphs: list[Span]) -> tuple[set[str], set[str]]:
    """The labels that open a transcript's turns in a name's capitals, those of its speakers — a
    person named with a post or an honorific ("President Lopez", "Mr Abe"), or a name that opens two
    turns or more ("Gao Feng") — and the labels of its questioners, in capitals too, whose turns are
    mostly questions (an interviewer, "Tracy Bowden", "BEN HALL", or the outlet asking, "Bloomberg").
    No label in a name's capitals unless the speakers' open MIN_NAMED_LABELS paragraphs and the text
    has two such labels or more: a heading ("Background: …", "Fact Sheet: …") is none."""
    turns: dict[str, int] = {}
    questions: dict[str, int] = {}
    capitals: set[str] = set()
    for paragraph in all_paragraphs:
        in_capitals = _TURN.match(paragraph.text)
        label = in_capitals or _NAME_LABEL.match(paragraph.text)
        if label:
            name = label.group("label").strip()
            turns[name] = turns.get(name, 0) + 1
            questions[name] = questions.get(name, 0) + _question(paragraph)
            capitals |= {name} if in_capitals else set()
    asking = {name for name in turns if 2 * questions[name] > turns[name] and name not in ("Q", "A")}
    named = {name for name in turns if name not in capitals}
    speaking = {name for name in named - asking if _speaker_label(name, turns[name])}
    stamped, stamped_asking = _stamped_labels(all_paragraphs)
    stamped |= {"Q", "A"} if any(p.text.startswith(("Q. ", "Q) ")) for p in all_paragraphs) else set()  # "Q. …"
    few = sum(turns[name] for name in speaking) < MIN_NAMED_LABELS and not (asking & named)  # a name asks: an interview
    if few or len(named | (asking & capitals)) < 2:
        return stamped, (asking & capitals) | stamped_asking
    return speaking | stamped, asking | stamped_asking


def _stamped_labels(all_paragraphs: list[Span]) -> tuple[set[str], set[str]]:
    """The labels with the time a turn began ("Keir Starmer (00:38):"): labels by their form, their
    speakers' and their questioners' — those most of whose turns ask something (a sentence ending in
    a question mark, the turn's later paragraphs under a time alone included)."""
    turns: Counter[str] = Counter()
    questions: Counter[str] = Counter()
    name, asked = "", False
    for paragraph in all_paragraphs:
        stamp = _STAMPED.match(paragraph.text)
        if stamp and stamp.group("label"):
            name, asked = stamp.group("label"), False
            turns[name] += 1
        if name and not asked and _ASKS.search(paragraph.text):
            questions[name], asked = questions[name] + 1, True
    asking = {name for name in turns if 2 * questions[name] > turns[name]}
    return set(turns) - asking, asking


def _speaker_label(label: str, turns: int) -> bool:
    """Whether a label names a person who speaks: a post or an honorific, or a name in two turns."""
    who = speaker_named(label)
    words = label.casefold().replace(".", "").split()
    posted = any(word in TITLE_HEADS or word in HONORIFICS for word in words)
    return who is not None and bool(who.name) and (posted or turns >= MIN_NAMED_LABELS)


_LABELLED_LINE = re.compile(
    r"\n(?=[A-Z][A-Z.’' -]{1,60}[A-Z.]:\s|[QA]:\s?\S"
    rf"|(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){{0,5}})?[ \t]*{_STAMP}:?[ \t]*\n)"  # "Keir Starmer (00:38):", "(01:04)"
)


_NUMBERED = re.compile(r"Q ?\d{1,4}\.?[ \t]+(?=[A-Z][\w.’' -]{0,60}:)")  # "Q250  Chair:", "Q 12. Ms Berg:"


def _turn_paragraphs(text: str) -> list[Span]:
    """The paragraphs, a line that opens with a speaker's label ("MS. PSAKI: …", "Q: …") starting
    a paragraph of its own even with no blank line before it, and after the number of the question
    a committee's record sets before a turn ("Q250       Chair: …")."""
    found: list[Span] = []
    for paragraph in paragraphs(text):
        number = _NUMBERED.match(text, paragraph.start, paragraph.end)
        start = number.end() if number else paragraph.start
        for line_break in _LABELLED_LINE.finditer(text, paragraph.start, paragraph.end):
            found.append(Span(start, line_break.start(), text[start : line_break.start()]))
            start = line_break.end()
        found.append(Span(start, paragraph.end, text[start : paragraph.end]))
    return found


def _headings(all_paragraphs: list[Span], text: str) -> set[str]:
    """The labels in capitals that are headings, not speakers: each opens one paragraph only, names
    no post, honorific or questioner, nor the surname of someone the text names in full ("LIND: …" of "Secretary
    of State Ana Lind"), in a text where no one asks (a fact sheet's "SHARED GOALS: …")."""
    labels = [m.group("label") for p in all_paragraphs if (m := _TURN.match(p.text))]
    if any(label.strip().upper() in QUESTIONERS for label in labels):
        return set()
    counted = Counter(label for label in labels if len(label) > 1 and _bare(label))  # "A:" is an answer
    return {label for label, count in counted.items() if count == 1 and not _surname_of_someone(label, text)}


def _credit(label: str, text: str) -> bool:
    """Whether a label in brackets is a news organisation's credit, no speaker's: "(Xinhua)", "(ANTARA) -" — one word
    that is no surname of someone the text names (as "(Ishiba)" is in the record of Prime Minister Shigeru Ishiba), a
    news organisation's name ("(Xinhua News Agency)"), or a syndicator's (`_syndicated`)."""
    if body_name(label) in NEWS_ORGANISATIONS or _syndicated(label):
        return True
    return len(label.split()) == 1 and not _surname_of_someone(label.upper(), text)


def _syndicated(label: str) -> bool:
    """Whether a label in brackets is a syndicator's credit with the paper it took the story from: "(MENAFN- Gulf
    Times)", "(AFP - Daily Star)" — a news organisation or a name in capitals, a dash, and a capitalised name."""
    parts = re.split(r"\s*[-–—]\s+|\s+[-–—]\s*", label, maxsplit=1)
    agency = len(parts) == 2 and (parts[0].isupper() or body_name(parts[0]) in NEWS_ORGANISATIONS)
    return agency and parts[1][:1].isupper()


def _surname_of_someone(label: str, text: str) -> bool:
    """Whether a label in capitals is the surname of someone the text names in full: "NOVAK" of "Tomas Novak"."""
    words = label.strip().split()
    surnames = {(who.name or "").split()[-1].upper() for _, who in named_anywhere(text)}
    return len(words) == 1 and words[0] in surnames


def _bare(label: str) -> bool:
    """Whether a label in capitals names no post, honorific or questioner ("SHARED GOALS", "KIRBY")."""
    words = label.casefold().replace(".", " ").split()
    return not any(w in TITLE_HEADS or w in HONORIFICS or w in SOURCE_NOUNS or w.upper() in QUESTIONERS for w in words)


def _answer(paragraph: Span) -> bool:
    """Whether an unlabelled paragraph may be an answer: no heading, no line of capitals, no note ("*Note: This is a
    provisional translation"), and one that ends as a sentence does (not a venue's line, "Committee Room Annex, the
    House of Representatives")."""
    text = paragraph.text.strip()
    if text.startswith(("[", "*", "Note:", "NOTE:")) or not text.endswith(SENTENCE_ENDS) or between_turns(text):
        return False  # nor a translator's note between turns (record_labels.between_turns)
    return not (text.isupper() or len(text.split()) < MIN_WORDS_WITHOUT_FRAME)
