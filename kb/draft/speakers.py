"""Who said it: the speaker's phrase around a quote or a reporting verb ("said Barnier",
"Japan's chief negotiator Ryosei Akazawa told reporters", "a government source said"), read
into a name, a post, an organisation or a description."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from kb.draft.lexicon import (
    COUNTRIES,
    DEMONYMS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAMES,
    OPENERS,
    ORGANISATIONS,
    PRONOUNS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_WORDS,
    VERB_FILLERS,
)

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_TOKEN = re.compile(r"[^\W_](?:[\w.’'\-]*[^\W_])?\.?(?:[’']s?)?|[^\w\s]")
_POSSESSIVE = re.compile(r"[’']s?$")
DETERMINERS = frozenset({"the", "a", "an", "two", "three", "several", "some", "one", "another", "many", "other"})
# Words that tell when someone held the post that follows them: "the former finance minister".
TENURE = frozenset({"former", "outgoing", "acting", "incoming", "interim"})
_CONNECTORS = frozenset({"of", "for", "and"}) | NAME_PARTICLES
_BODY_NAMES = {name.casefold(): name for name in (*COUNTRIES, *ORGANISATIONS)}
for _name, _aliases in (*COUNTRIES.items(), *ORGANISATIONS.items()):
    for _alias in _aliases:
        _BODY_NAMES.setdefault(_alias.casefold(), _name)
_VENUES = re.compile(
    r"\b(told (?:reporters|journalists|the press|a (?:press|news) conference|lawmakers|parliament)"
    r"|(?:at|during|in) (?:a|an|the) (?:joint )?(?:press|news) (?:conference|briefing)"
    r"|(?:in|at) (?:a|an|the) (?:statement|interview|speech|briefing|plenary)"
    r"|(?:on|in a post on) (?:Twitter|X|social media|Truth Social)|in a tweet)",
    re.IGNORECASE,
)


class Token(NamedTuple):  # a tuple: made for every word read, it must be cheap to make
    text: str
    start: int
    end: int

    @property
    def word(self) -> str:
        return self.text.casefold().rstrip(".")

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()


@dataclass(frozen=True)
class Mention:
    """Who a phrase names: a person's ``name`` (with the ``title`` and ``organisation`` it gives
    them), a body (``organisation`` alone), an unnamed ``description``, or a pronoun."""

    phrase: str
    name: str | None = None
    title: str | None = None
    organisation: str | None = None
    description: str | None = None
    pronoun: bool = False


def tokens(text: str) -> list[Token]:
    return list(map(Token._make, ((m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))))


@functools.lru_cache(maxsize=4096)  # the same words are looked up again and again
def body_name(words: str) -> str | None:
    """The country or body these words name (Japan, "the EU", "Chinese"), or None."""
    words = words.strip().removeprefix("the ").removeprefix("The ")
    plain = words[:-2] if words[-2:] in ("'s", "’s") else words
    return DEMONYMS.get(plain) or _BODY_NAMES.get(plain.casefold())


_BODY_KEYS = sorted({*_BODY_NAMES, *(demonym.casefold() for demonym in DEMONYMS)})
_BODY_KEYS_SET = frozenset(_BODY_KEYS)


@functools.lru_cache(maxsize=4096)
def may_start_body(word: str) -> bool:
    """Whether a country's or a body's name may start with this word (a token): a quick look that
    spares ``body_name`` the words no name starts with, most of a text's capitalised words."""
    if word == "The":
        return True  # "The Netherlands", "The EU": body_name reads past it
    folded = word.casefold()
    index = bisect.bisect_left(_BODY_KEYS, folded)
    if index < len(_BODY_KEYS) and _BODY_KEYS[index].startswith(folded):
        return True  # a name is this word, or starts with it
    plain = {folded, folded.removesuffix(".")}  # "Mexico." at a sentence's end
    plain |= {each[:-2] for each in plain if each[-2:] in ("'s", "’s")}  # "Japan's"
    return not plain.isdisjoint(_BODY_KEYS_SET)


def _is_title(token: Token) -> bool:
    return token.word in TITLE_WORDS or token.word.split("-")[-1] in TITLE_WORDS


def _phrase_word(token: Token) -> bool:
    """Whether a token may belong to a speaker's phrase."""
    return (
        token.capitalised
        or _is_title(token)
        or token.word in SOURCE_NOUNS
        or token.word in _CONNECTORS
        or token.word in TENURE
    )


def _phrase_before(words: list[Token], end: int) -> list[Token]:
    """The speaker-like phrase that ends just before ``end``."""
    found: list[Token] = []
    at = end - 1
    while at >= 0 and (
        _phrase_word(words[at]) or (words[at].word in DETERMINERS and found) or _owner(words, at, found)
    ):
        if words[at].text[:1].isdigit() and not (at > 0 and words[at - 1].word in ("no", "number") or aged(words[at])):
            break  # a date or a number ends the phrase: "2025-04-18 Japanese Prime Minister"
        found.insert(0, words[at])
        if words[at].word in DETERMINERS:
            break
        at -= 1
    while found and (
        (found[0].word in _CONNECTORS and not _particle(found, 0, opening=True))
        or (found[0].word in OPENERS and found[0].word not in DETERMINERS)
    ):
        found.pop(0)
    if not found and at >= 0 and words[at].word in PRONOUNS:
        return [words[at]]
    return found


def _owner(words: list[Token], at: int, found: list[Token]) -> bool:
    """Whether the word at ``at`` is a possessive noun after "the" that owns the post found after it:
    "the country’s economy minister", "the bloc's chief negotiator"."""
    return bool(found) and at > 0 and words[at - 1].word == "the" and bool(_POSSESSIVE.search(words[at].text))


def _apposition(words: list[Token]) -> bool:
    """Whether words between commas describe who someone is ("the climate envoy of the Marshall
    Islands") or how they spoke ("speaking via a translator")."""
    if words and (words[0].word in ("speaking", "writing", "addressing", "talking") or _participle(words[0])):
        return True
    if words and words[0].word in _CIRCUMSTANCES and not any(t.word in SPEECH_VERBS for t in words):
        return True  # where or when they spoke: "Blinken, on a visit to Doha, told reporters"
    return (
        bool(words)
        and any(t.word in TITLE_HEADS or t.word in SOURCE_NOUNS for t in words)
        and not any(t.word in SPEECH_VERBS for t in words)
    )


_CIRCUMSTANCES = frozenset({"on", "in", "at", "during", "after", "before", "while", "from"})


def _participle(token: Token) -> bool:
    """A present participle opening an apposition that says what someone spoke of: "Lind, referring to
    the talks, said" ("including" lists others: "the ministers, including Lind, said")."""
    return token.text.islower() and token.word.endswith("ing") and len(token.word) > 5 and token.word != "including"


def subject_before(words: list[Token], verb: int) -> list[Token]:
    """The phrase just before the reporting verb at ``verb``: "Barnier [also] said"; over an
    apposition: "Tina Stege, the climate envoy of the Marshall Islands, said"; over a relative
    clause: "Simon Stiell, who a week ago told"."""
    at = verb - 1
    while at >= 0 and (
        words[at].word in VERB_FILLERS or (at > 0 and words[at].word in WEEKDAYS and words[at - 1].word == "on")
    ):
        at -= 2 if words[at].word in WEEKDAYS else 1  # "Barnier also said", "the negotiator on Monday denied"
    who = next((i for i in range(at, max(at - 10, -1), -1) if words[i].word == "who"), None)
    if who is not None and who > 1 and words[who - 1].text == ",":
        name = _phrase_before(words, who - 1)
        return name if name and name[0].word not in PRONOUNS else []
    if at >= 0 and words[at].text == ",":
        opening = next((i for i in range(at - 1, max(at - 30, -1), -1) if words[i].text == ","), None)
        if opening is not None and opening + 1 < at and words[opening + 1].word == "who":
            name = _phrase_before(words, opening)  # a longer relative clause: "Akazawa, who was visiting …, met"
            return name if name and name[0].word not in PRONOUNS else []
        comma = next((i for i in range(at - 1, max(at - 16, -1), -1) if words[i].text == ","), None)
        if comma is None:  # a stray comma after a name: "spokesman Li Kuiwen, said"
            name = _phrase_before(words, at)
            return name if len(name) > 1 and name[0].word not in PRONOUNS and _mentions_name(name) else []
        name = _phrase_before(words, comma)
        between = words[comma + 1 : at]
        age = len(between) == 1 and between[0].text.isdigit()  # "Novak, 62, said"
        post = _describes(name) or (bool(name) and name[-1].word in TITLE_WORDS)  # "Novak's deputy, Eva Kral, said"
        if not (_apposition(between) or age) and not (_is_name(between) and post):
            return []  # neither "Tina Stege, the climate envoy, said" nor "Japan's negotiator, Ryosei Akazawa, said"
        return name + words[comma:at] if name and name[0].word not in PRONOUNS else []
    found = _phrase_before(words, at + 1)
    if found and words[verb - 1].word in PRONOUNS:
        return [words[verb - 1]]
    return found


def _mentions_name(words: list[Token]) -> bool:
    return sum(1 for t in words if t.capitalised and not _is_title(t) and not body_name(t.text)) > 1


def subject_after(words: list[Token], verb: int) -> list[Token]:
    """The phrase just after the reporting verb: "said Barnier", "said the European diplomat"."""
    found: list[Token] = []
    for token in words[verb + 1 :]:
        if (
            (token.word in DETERMINERS and not found)
            or _phrase_word(token)
            and not (token.word in _CONNECTORS and not found)
        ):
            found.append(token)
        else:
            break
    while found and found[-1].word in _CONNECTORS | DETERMINERS:
        found.pop()
    if found and found[0].word in PRONOUNS:
        return found[:1]
    after = verb + 1 + len(found)
    if found and _describes(found) and after < len(words) and words[after].text == ",":
        name = []  # "said the WTO chief, Maria Lopez-Garcia": the post, then its holder's name
        for token in words[after + 1 : after + 5]:
            if not token.capitalised or token.text in ",.;:":
                break
            name.append(token)
        if _is_name(name):
            found = found + words[after : after + 1 + len(name)]
    return found if any(t.capitalised or t.word in SOURCE_NOUNS for t in found) else []


@functools.lru_cache(maxsize=4096)  # a text names the same people again and again
def mention_of(phrase: str) -> Mention | None:
    """What a phrase names (see mention)."""
    return mention(tokens(phrase), phrase)


def mention(phrase_tokens: list[Token], text: str) -> Mention | None:
    """What a speaker's phrase names."""
    if not phrase_tokens:
        return None
    end = phrase_tokens[-1].end
    if (
        phrase_tokens[-1].text.endswith(".")
        and phrase_tokens[-1].text.count(".") == 1
        and len(phrase_tokens[-1].text) > 2
    ):
        end -= 1  # the full stop of the sentence, not of an abbreviation such as U.S.
    phrase = text[phrase_tokens[0].start : end]
    if len(phrase_tokens) == 1 and phrase_tokens[0].word in PRONOUNS:
        return Mention(phrase, pronoun=True)
    if "," in phrase:  # a name and its apposition, or a post and its holder's name
        head, _, rest = phrase.partition(",")
        first, second = parse_phrase(head.strip()), parse_phrase(rest.strip(" ,"))
        named, post = (first, second) if first.name else (second, first)
        if named.name:
            return Mention(
                phrase,
                named.name,
                named.title or post.title,
                named.organisation or post.organisation,
            )
        return first
    return parse_phrase(phrase)


# A document that speaks for the body issuing it: "An African Union (AU) statement", "a statement by the WTO".
_ISSUED = re.compile(r"(?i:an?|the) (?:(?P<body>.+?)(?: \([A-Z]{2,8}\))? (?:joint )?(?:statement|communiqu[ée])|"
                     r"(?:joint )?(?:statement|communiqu[ée]) (?:issued )?(?:by|from) (?P<by>.+))")  # fmt: skip


_RECORD_OF = re.compile(r"^(?:Readout|Transcript|Summary|Minutes) of (?:the )?(?=[A-Z])")
_OF_BODY = re.compile(r"(?P<who>.+?[A-Z][a-z]+) of (?:the )?(?P<body>[A-Z][\w .’'-]{1,60})")


def parse_phrase(phrase: str) -> Mention:
    """A phrase without commas: "the EU's chief Brexit negotiator Michel Barnier"."""
    if (issued := _ISSUED.fullmatch(phrase)) and (body := body_name(issued.group("body") or issued.group("by"))):
        return Mention(phrase, organisation=body)  # the statement's words are its issuer's
    phrase = _RECORD_OF.sub("", phrase)  # "Readout of President Joe Biden": the President
    if (of := _OF_BODY.fullmatch(phrase)) and (body := body_name(of.group("body"))):
        named = parse_phrase(of.group("who"))  # "Foreign Minister Wang Yi of China": a name, then its country
        if named.name:
            return Mention(phrase, named.name, named.title, named.organisation or body)
    words = [t for t in tokens(phrase) if t.text not in "()"]
    determiner = bool(words) and words[0].word in DETERMINERS
    if determiner:
        words = words[1:]
    while words and words[0].word in HONORIFICS and len(words) > 1:
        words = words[1:]
    organisation = None
    owner = next((i for i, t in enumerate(words) if _POSSESSIVE.search(t.text) and t.text[-1] != "."), None)
    if owner is not None:
        organisation = body_name(" ".join(t.text for t in words[: owner + 1])) or re.sub(
            r"[’']s?$", "", " ".join(t.text for t in words[: owner + 1])
        )
        words = words[owner + 1 :]
    name_start = len(words)
    while name_start > 0 and (
        (words[name_start - 1].capitalised and not _is_title(words[name_start - 1]))
        or _particle(words, name_start - 1, opening=name_start == 1)
    ):
        if body_name(words[name_start - 1].text) or words[name_start - 1].word in SOURCE_NOUNS:
            break
        if words[name_start - 1].text[:1].isdigit():
            break  # a time stamp or a number after a name ("Ryosei Akazawa 15:00 JST") is no part of it
        name_start -= 1
    name_words = [t for t in words[name_start:] if t.word not in HONORIFICS]
    if len(name_words) == 1 and name_words[0].word in NOT_NAMES or any(t.word in WEEKDAYS for t in name_words):
        name_words = []  # "Thursday", "I": no one's name
    if name_words and name_words[-1].word in DOCUMENT_NOUNS:
        name_words = []  # "Joint Communiqué", "Fact Sheet": a document, no one's name
    title_words = words[:name_start]
    while title_words and title_words[-1].word in HONORIFICS:
        title_words = title_words[:-1]  # "Foreign Minister Prince Faisal": the post, then a style
    if name_words and body_name(phrase[name_words[0].start : name_words[-1].end]) and title_words:
        organisation = organisation or body_name(phrase[name_words[0].start : name_words[-1].end])
        name_words = []  # "the climate envoy of the Marshall Islands": a post and its country
        while title_words and title_words[-1].word in ("of", "the", "for"):
            title_words = title_words[:-1]
    if title_words and organisation is None and body_name(title_words[0].text):
        organisation = body_name(title_words[0].text)
        title_words = title_words[1:]
    title = " ".join(t.text for t in title_words) or None
    whole = " ".join(t.text for t in words)
    if name_words and not any(_is_title(t) for t in name_words) and not body_name(whole):
        of = re.search(r"\bof (?:the )?([A-Z][\w .’'-]+)$", title or "")
        if of and body_name(of.group(1)) and organisation is None:
            organisation, title = body_name(of.group(1)), title[: of.start()].strip() if title else None
        return Mention(phrase, " ".join(t.text for t in name_words), title, organisation)
    if body_name(whole):
        return Mention(phrase, organisation=body_name(whole))
    description = phrase.strip(" ,") if _describes(words) else None
    return Mention(phrase, title=title if description else None, description=description, organisation=organisation)


def _particle(words: list[Token], at: int, opening: bool = False) -> bool:
    """Whether the word at ``at`` joins a name's parts: "von der" in "Ursula von der Leyen" (or,
    ``opening``, opens one: "von der Leyen said")."""
    after = next((t for t in words[at + 1 :] if t.word not in NAME_PARTICLES), None)
    before = at > 0 and (words[at - 1].capitalised or words[at - 1].word in NAME_PARTICLES)
    return words[at].word in NAME_PARTICLES and (before or opening) and after is not None and after.capitalised


def _is_name(words: list[Token]) -> bool:
    """Whether the words are a name alone: "Ryosei Akazawa"."""
    return 0 < len(words) <= 4 and all(t.capitalised and not _is_title(t) and not body_name(t.text) for t in words)


def _describes(words: list[Token]) -> bool:
    return any(t.word in SOURCE_NOUNS or t.word in TITLE_HEADS or aged(t) for t in words)


_AGED = re.compile(r"\d{1,3}-year-old")


def aged(token: Token) -> bool:
    """Whether a word gives someone's age: "the 62-year-old said" (the person named last)."""
    return _AGED.fullmatch(token.word) is not None


def speech_verbs(words: list[Token]) -> list[int]:
    """Where the reporting verbs are (in lower case: "States" in "United States" is none)."""
    verbs = SPEECH_VERBS  # the test of _reports, inline: it runs on every word of a text
    return [i for i, (word, _, _) in enumerate(words) if word[:1].islower() and word.casefold().rstrip(".") in verbs]


def _reports(word: str) -> bool:
    return word[:1].islower() and word.casefold().rstrip(".") in SPEECH_VERBS


def tokens_through_verbs(text: str, count: int) -> list[Token]:
    """The tokens of ``text`` up to its ``count``-th reporting verb (see speech_verbs), or all of
    them: what a reader of its first verbs and the words before them needs, and no more (a text
    full of verbs is not read to its end for each quote)."""
    found: list[Token] = []
    for match in _TOKEN.finditer(text):
        found.append(Token(match.group(), match.start(), match.end()))
        if _reports(match.group()):
            count -= 1
            if not count:
                break
    return found


def venue(frame: str) -> str | None:
    match = _VENUES.search(frame)
    return match.group(1) if match else None
