"""The one person a sentence without quotes names in full, wherever it names them — after an opening clause
("Asked whether a deal was near, Anna Lind was cautious."), in apposition to a post someone else's name owns
("Novak's counterpart, Anna Lind, struck a more cautious note."), as a passive's agent ("That view was shared by
Anna Lind.") or after "from" ("A more cautious note came from Norway's chief negotiator, Anna Lind."): whose a
quote opening the next paragraph, with no attribution of its own, is."""

from __future__ import annotations

import bisect
from operator import itemgetter

from kb.draft.reader import Reader, named_anywhere
from kb.draft.speakers import Mention, body_name
from kb.draft.text import CAPITALISED_RUN, POSSESSIVE, Span


def sole_named(reader: Reader, sentence: Span) -> Mention | None:
    """The person named in full in the sentence, if no one else is (a possessive owner of a post aside, "Novak's
    counterpart") and it holds no quote and no other capitalised words but countries, bodies and its first word."""
    if reader.quotes_in(sentence) or "\n" in sentence.text.strip():
        return None
    everyone = named_anywhere(reader.text)
    low = bisect.bisect_left(everyone, sentence.start, key=itemgetter(0))
    high = bisect.bisect_left(everyone, sentence.end, key=itemgetter(0))
    people = {who.name: who for _, who in everyone[low:high] if who.name}
    if len(people) != 1:
        return None
    (who,) = people.values()
    assert who.name is not None
    rest = sentence.text.replace(who.phrase, " ").replace(who.name, " ")
    runs = [run for run in CAPITALISED_RUN.finditer(rest) if run.start() > 0]  # its first word opens it
    if any(body_name(run.group()) is None and not POSSESSIVE.search(run.group()) for run in runs):
        return None  # "Novak's" owns a post; anything else in capitals may be someone else
    return who
