"""An interview printed as questions and answers ("Q: …", "A: …", or "Q." and "A.") under an introduction
that opens with a person's name ("Tomas Novak, the Czech trade minister, spoke to the Oslo Post about the
talks."): that person answers every question — the answers are their words."""

from __future__ import annotations

import re

from kb.draft.reader import TITLED_RUN
from kb.draft.speakers import Mention, mention_of

_FIRST_QUESTION = re.compile(r"^(?:Q|Question)[:.][ \t]+\S", re.MULTILINE)
_ANSWER = re.compile(r"^(?:A|Answer)[:.][ \t]+\S", re.MULTILINE)
_INTRODUCTION_REACH = 600  # characters before the first question read for the introduction


def qa_interviewee(head: str) -> tuple[Mention | None, int]:
    """The person named in full who opens the introduction (the paragraph just before the first "Q:") of a
    text that also answers with "A:", and where the first question begins; (None, 0) when the layout is not
    one or the introduction opens with no one's name."""
    question = _FIRST_QUESTION.search(head)
    if question is None or _ANSWER.search(head, question.end()) is None:
        return None, 0
    before = head[max(0, question.start() - _INTRODUCTION_REACH) : question.start()].rstrip()
    introduction = before[before.rfind("\n") + 1 :]
    opening = TITLED_RUN.match(introduction)
    who = mention_of(opening.group()) if opening else None
    named = who is not None and who.name is not None and " " in who.name and not who.pronoun
    named = named and opening is not None and not introduction[opening.end() :].startswith(" and ")  # not two
    return (who, question.start()) if named else (None, 0)
