"""The phrase set off by commas between a speaker and their verb that tells how, where or when they spoke, not who
they are: "Blinken, on a visit to Doha, told reporters", "Lind, referring to the talks, said" — long enough, when it
opens with a participle, to hold an apposition of its own: "Motegi, speaking to reporters after meeting his
counterpart, U.S. Trade Representative Robert Lighthizer, said" (Motegi spoke, not Lighthizer). And the place a
person spoke in, with no commas: "Lind in Oslo said", "Putin on arrival in Meseberg said" (Putin, not Meseberg), and
how, with none: "Varoufakis speaking to journalists said"."""

from __future__ import annotations

from kb.draft.lexicon import OPENERS
from kb.draft.speakers import group_noun, mention_of
from kb.draft.tokens import Token

# Words that open where, when or how someone spoke, or how their words stand to others': "Blinken, on a
# visit to Doha, told", "Novak, for his part, said", "Lind, however, said", "Kral, too, said".
CIRCUMSTANCES = frozenset(
    {"on", "in", "at", "during", "after", "before", "while", "from", "for", "by", "however", "meanwhile", "too"}
    | {"though", "also", "separately", "instead", "likewise", "nevertheless", "similarly", "again", "now", "then"}
)
_REACH = 40  # tokens: a participle's phrase, with the apposition it holds, between a name and its verb


def participle(token: Token) -> bool:
    """A present participle opening an apposition that says what someone spoke of: "Lind, referring to
    the talks, said" ("including" lists others: "the ministers, including Lind, said")."""
    return token.text.islower() and token.word.endswith("ing") and len(token.word) > 5 and token.word != "including"


def participle_opening(words: list[Token], inside: int) -> int | None:
    """The comma that opens a phrase of how, where or when someone spoke holding the word at ``inside`` — the name
    of an apposition within it ("Motegi[,] speaking … with his counterpart, Robert Lighthizer, said", "Osei[,] on a
    visit to Oslo with his counterpart, Kari Lind, told") — or None."""
    for at in range(inside - 1, max(inside - _REACH, 0), -1):
        if words[at].text in ";:.":
            return None
        opens = at + 1 < inside and (participle(words[at + 1]) or words[at + 1].word in CIRCUMSTANCES)
        if words[at].text == "," and opens:
            return at
    return None


def opens_clause(words: list[Token], at: int) -> bool:
    """Whether the word at ``at`` opens its clause — the sentence, a dateline's ("OSLO (Reuters) - Motegi"), or after a
    comma or a conjunction ("Meanwhile, Motegi") — and is no word that opens a phrase ("Meanwhile", "On Monday")."""
    before = words[at - 1] if at > 0 else None
    return words[at].word not in OPENERS and (before is None or before.text in ",-—–)" or before.word in ("and", "but"))


_PLACE_REACH = 8  # tokens: "upon his arrival in New Delhi" between a person and their verb
_ARRIVING = frozenset({"on", "upon", "his", "her", "their", "arrival"})  # "on arrival in", "upon her arrival in"
_EVENTS = frozenset({"meeting", "summit", "conference", "session", "dinner", "forum", "ceremony", "event", "hearing"})


def before_place(words: list[Token], at: int) -> int:
    """Where a person's phrase ends before the place or occasion they spoke at, which ends at ``at`` right before their
    verb ("Ana Lopez [in Lima] said", "Putin [on arrival in Meseberg] called", "Putin [upon his arrival in Berlin]
    told", "Lighthizer [at a White House meeting] told", "Key rebel leaders [in Nigeria's oil-producing Niger Delta]
    have urged"), or ``at`` when no person comes before such a place (a body's: "the U.S. Embassy in Beijing said")."""
    if not (words[at].capitalised or words[at].word in _EVENTS):
        return at
    for start in range(at - 1, max(at - _PLACE_REACH, 0), -1):
        place = words[start + 1].capitalised or words[start + 1].word in ("the", "a", "an")  # "at the United Nations"
        if words[start].text in ",;:—–()":
            return at
        if words[start].word in ("in", "at", "during") and place:
            lead = start
            while lead > 0 and words[lead - 1].word in _ARRIVING:
                lead -= 1
            name: list[str] = []  # the capitalised run before the place: the person's name with the post before it
            for token in reversed(words[max(0, lead - 6) : lead]):
                if not token.capitalised:
                    break
                name.insert(0, token.text)
            who = mention_of(" ".join(name)) if name else None
            mixed = any(t.text.islower() and t.word not in ("the", "of", "and") for t in words[start + 1 : at])
            people = mixed and lead > 0 and group_noun(words[lead - 1])  # "leaders [in Nigeria's oil-producing …]"
            return lead - 1 if people or (who is not None and who.name and not who.organisation) else at
    return at


_UNSET_REACH = 8  # tokens: "speaking on condition of anonymity" between a person and their verb, no commas


def before_participle(words: list[Token], at: int) -> int:
    """Where a person's phrase ends before a participle's phrase of how they spoke that ends at ``at``, set off by no
    commas ("Varoufakis [speaking to journalists separately] said", "A senior official [speaking on condition of
    anonymity] said"), or ``at`` when none comes between them and their verb."""
    for start in range(at, max(at - _UNSET_REACH, 0), -1):
        if words[start].text in ',;:—–()"“”':
            return at
        if participle(words[start]) and words[start].word.startswith(("speak", "talk", "address", "brief", "writ")):
            return start - 1 if words[start - 1].word not in OPENERS else at
    return at
