"""The day the story gave a speaker's saying, for their quotes that give none of their own: the day their statement
just before was dated ("China's commerce minister said Tuesday …" in the lede, then "Zhong said the …"), or the
occasion the story says they spoke on ("Osei held a news conference on Monday.") — wire copy reports one speaker's
words of one occasion, the day given once."""

from __future__ import annotations

import re
from typing import Any

from kb.draft.dates import EVENTS, MONTH_RE, clause_around, is_day, resolve
from kb.draft.known import PLAIN_LETTERS, fold, named_by_surname
from kb.draft.occasions import AN_OCCASION, elsewhen, names_new_event, own_words

# Someone speaking on an occasion, the words not given there: "Osei held a news conference in Oslo on Monday",
# "gave a televised speech", "held a joint news conference with Lind", "met reporters", "appeared on national TV",
# "Osei's annual press conference in Oslo on Monday", "what Osei said at her news conference on Monday".
_SPOKE = re.compile(
    r"\b(?:spoke|speaks|was speaking|addressed|addresses|briefed|briefs|talked to|testified|testifies|was interviewed"
    r"|(?:took|takes|fielded|fields|answered|answers) questions|visited|toured"
    rf"|(?:arrived|was|were) in (?=[A-Z])(?!{MONTH_RE}\b)"  # a place, not a month: "was in March"
    r"|(?:met|meets|met with|meets with) (?:reporters|journalists|the press|the media)"
    r"|appeared (?:on (?:[\w-]+ ){0,2}(?:television|TV|radio|programme|program|show)|before (?:[\w-]+ ){0,4}committee)"
    r"|(?:held|holds|gave|gives|hosted|hosts|delivered|delivers) (?:an?|the|his|her|their) (?:[\w-]+ ){0,2}"
    r"(?:news conference|press conference|briefing|speech|address|interview|remarks)"
    r"|[’']s (?:[\w-]+ ){0,2}(?:news conference|press conference|briefing|speech|address|remarks|hearing)"
    r"|(?:[Aa]t|[Ii]n|[Dd]uring) an? (?:[\w-]+ ){0,2}(?:hearing|news conference|press conference|briefing)"
    r"|(?:said|answered questions|took questions) (?:at|during) (?:an?|the|his|her|their) (?:[\w-]+ ){0,2}"
    r"(?:news conference|press conference|briefing))\b"
)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def _spoken(between: str, speaker: str, day: str) -> tuple[str, str] | None:
    """The day of the occasion the text between two statements says ``speaker`` spoke on, if its
    last sentence of another time is that one ("Osei spoke to reporters in Oslo on Monday.")."""
    found = None
    for piece in _SENTENCE_BREAK.split(between):
        spoke = _SPOKE.search(piece)
        # the clauses at both ends of the words: "spoke to reporters" and "on Monday" after "was in Oslo" or a comma
        clause = clause_around(piece, spoke.start()) + clause_around(piece, spoke.end()) if spoke else ""
        when = resolve(clause, day) if spoke and named_by_surname(speaker, piece) else None
        if when and is_day(when[0]):
            found = when[0], f"{when[1]} (of the occasion before)"
        elif resolve(piece, day) or elsewhen(piece):
            found = None
    return found


def _where_spoken(between: str, last: dict[str, tuple[str, str] | None]) -> bool:
    """Whether every sentence of the text between statements that names another occasion names, with no time, one
    where the speaker last dated spoke ("At a joint press conference before a bilateral meeting with Kerry, Osei
    thanked …" after "Osei said on Monday"): the occasion of those dated words, not another."""
    speakers = [speaker for speaker, run in last.items() if run]
    return bool(speakers) and all(
        _SPOKE.search(piece) and any(_subject(speaker, piece) for speaker in speakers)
        for piece in _SENTENCE_BREAK.split(between)
        if elsewhen(piece)
    )


def _subject(key: str, sentence: str) -> bool:
    """Whether the sentence names the entity ``key`` as its subject, by its last word, opening it or its clause after a
    comma ("At a press conference, Foreign Minister Ana Lind thanked …"; not "…, Novak wrote to Lind")."""
    last = re.escape(key.rsplit("-", 1)[-1])
    return re.search(rf"(?:^|,\s)(?:\S+\s){{0,3}}{last}\b", fold(sentence).translate(PLAIN_LETTERS)) is not None


# A statement its speaker's words are in: "in a statement", "in an emailed statement", "in its statement" — the one
# named with their words before it, if any ("said in a statement on Friday"), not "in a separate statement".
_A_STATEMENT = re.compile(
    r"\b(?:in|through|via)\s+(?:an?|the|its|their|his|her)\s+"
    r"(?:(?!another\b|separate\b|second\b|new\b|fresh\b|later\b|earlier\b|further\b)[\w-]+\s+)?statement\b",
    re.IGNORECASE,
)


# An interview a speaker gave, named by the outlet they told ("told Reuters", "told the BBC in an interview"), and the
# same interview named again after it ("said in an interview", "in an interview with Reuters").
_INTERVIEWED = re.compile(r"\b(?:told (?:the )?(?!reporters\b|journalists\b)[A-Z]|in an (?:[\w-]+ )?interview\b)")
_AN_INTERVIEW = re.compile(
    r"\b(?:in an (?:[\w-]+ )?interview(?: with (?:the )?[A-Z][\w.]*)?|told (?:the )?[A-Z][\w.]*)"
)


# A post its speaker's words are in: "tweeted", "posted on X", "wrote on social media" — when their dated words before
# named no occasion ("Lind said on Wednesday that …"), the post those words were in.
_A_POST = re.compile(
    r"\b(?:tweeted|posted|wrote)(?: (?:on|in) (?:X|Twitter|Facebook|Telegram|Truth Social|social media"
    r"|(?:an?|his|her|their) (?:[\w-]+ )?post))?\b"
)


def _no_occasion(sentence: str, given_by: str) -> bool:
    """Whether a statement's sentence, up to the words that gave its day, names no occasion of its saying ("Lind
    said on Friday that …"; not "Lind told reporters on Friday"): the statement its speaker's words are in after
    it ("In a statement, Lind said …") may be where they were said."""
    at = sentence.find(given_by) if given_by and "(" not in given_by else -1
    own = sentence[: at + len(given_by)] if at >= 0 else ""
    return bool(own) and EVENTS.search(own) is None and AN_OCCASION.search(own) is None


_SINCE_MOST = 2000  # characters of the text between statements read back for an occasion of speaking


def story_days(statements: list[tuple[str | None, str, str, dict[str, Any]]], day: str) -> None:
    """Date a quote whose words give no day by the day the story gave its speaker's saying
    just before ("China's commerce minister said Tuesday …" in the lede, then "Zhong said the …"),
    or the occasion it says they spoke on ("Osei held a news conference on Monday."): wire copy
    reports one speaker's words of one occasion, the day given once. Only when that speaker's
    dated statements before it all have one day, their last statement was dated (so far), and its
    sentence names no other time or occasion (``_ELSEWHEN``, "at a press conference"), which
    leaves it and the speaker's next ones undated, nor does the text since the last statement, nor
    another speaker's words between but on the same occasion (none named, no other day given them).
    ``statements``: (speaker, sentence with quotations blanked, the text since the statement
    before it, its quotations blanked, payload), in the text's order; changed in place."""
    given: dict[str, set[str]] = {}
    last: dict[str, tuple[str, str] | None] = {}
    in_statement: str | None = None  # the speaker whose last dated words were in a statement
    interviewed: str | None = None  # the speaker whose last dated words were told to a news outlet
    unplaced: str | None = None  # the speaker whose last dated words named no occasion of their saying
    since = ""  # the text between the statements since a time or an occasion was last named there
    for speaker, sentence, between, payload in statements:
        if resolve(between, day) or elsewhen(between) and not _where_spoken(between, last):  # "… work in May."
            last.clear()
            since = ""
        since = f"{since} {between}"[-_SINCE_MOST:]  # "Lind and Novak held a joint news conference …": Novak's too
        spoken = _spoken(since, speaker, day) if speaker and speaker not in last and _SPOKE.search(since) else None
        if spoken and speaker:
            given.setdefault(speaker, set()).add(spoken[0])
            last = {speaker: spoken}
        if speaker is None or (payload.get("attribution") == "paraphrase" and not payload.get("occurred_at")):
            continue  # reported speech right after is another statement (see Payloads.statements)
        if payload.get("occurred_at"):
            given.setdefault(speaker, set()).add(payload["occurred_at"])
            last = {speaker: (payload["occurred_at"], payload["_draft"]["date_from"])}
            given_by = payload["_draft"]["date_from"] or ""
            unplaced = speaker if _no_occasion(sentence, given_by) else None  # "Lind said on Friday that …"
            in_statement = speaker if _A_STATEMENT.search(sentence) or unplaced else None
            interviewed = speaker if _INTERVIEWED.search(sentence) else None  # "told Reuters on Monday"
            continue
        before = last.get(speaker)
        if not last:
            continue
        own = (
            _A_POST.sub(" ", _A_STATEMENT.sub(" ", own_words(sentence)))
            if in_statement == speaker
            else own_words(sentence)
        )
        own = _AN_INTERVIEW.sub(" ", own) if speaker in (interviewed, unplaced) else own  # "in an interview"
        elsewhere = elsewhen(own) or names_new_event(own)  # but the statement its speaker's words were in before
        # another speaker's words end the run, unless said on the same occasion: no other occasion, time or day the
        # story gave them (a joint press conference: '"…," Lind said on Monday. Novak called it "…". "…," Lind said.')
        other_day = given.get(speaker, set()) - {run[0] for run in last.values() if run}
        if before is not None or elsewhere or other_day or resolve(own, day):
            last.clear()
        if before is None or len(given[speaker]) != 1 or not is_day(before[0]) or elsewhere:
            continue
        when, words = before
        payload.pop("reported_at", None)
        payload["occurred_at"] = when
        words = words if words.endswith(")") else f"{words} (of the speaker's statement before)"
        payload["_draft"]["date_from"] = words
        last = {speaker: (when, words)}
