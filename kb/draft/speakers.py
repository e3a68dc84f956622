"""Who said it: the speaker's phrase around a quote or a reporting verb ("said Barnier", "Japan's chief negotiator
Ryosei Akazawa told reporters", "a government source said") read into a name, a post, a body or a description."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from kb.draft.body_phrases import (
    BODY_ALONE,
    BODY_ENDING,
    BODY_OF,
    HELD_AT,
    ISSUED,
    ISSUED_WHEN,
    LISTED,
    OF_BODY,
    OWNED_DOCUMENT,
    POST_THEN_NAME,
    outlet,
)
from kb.draft.countries import COUNTRIES, DEMONYMS
from kb.draft.lexicon import (
    BODY_NAMES,
    DOCUMENT_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_IN_NAMES,
    NOT_NAMES,
    OCCASION_NOUNS,
    PORTFOLIOS,
    PRONOUNS,
    REGION_NAMES,
    REGIONS,
    SOURCE_NOUNS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from kb.draft.nationals import apart_from_the_state, nation_of, national
from kb.draft.plain_phrases import plain_phrase
from kb.draft.post_words import is_title, lists_portfolios, of_the_post
from kb.draft.text import POSSESSIVE
from kb.draft.tokens import Token, tokens

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DETERMINERS = frozenset({"the", "a", "an", "two", "three", "several", "some", "one", "another", "many", "other"})
_TODAY = frozenset({"today", "yesterday", "tonight", "on"}) | WEEKDAYS  # a day opening a phrase, not of a name
TENURE = frozenset({"former", "outgoing", "acting", "incoming", "interim"})  # when held: "the former finance minister"


@dataclass(frozen=True)
class Mention:
    """Who a phrase names: a ``name`` (with its ``title``, ``organisation``), a body, a ``description``, a pronoun."""

    phrase: str
    name: str | None = None
    title: str | None = None
    organisation: str | None = None
    description: str | None = None
    pronoun: bool = False


@functools.lru_cache(maxsize=4096)  # the same words are looked up again and again
def body_name(words: str) -> str | None:
    """The country or body these words name (Japan, "the EU", "Chinese"), or None."""
    words = words.strip().removeprefix("the ").removeprefix("The ")
    plain = words[:-2] if words[-2:] in ("'s", "’s") else words
    short = len(plain) == 2 and not plain.isupper()  # "Un" in "Kim Jong Un", "Us": never the UN, the US
    return None if short else DEMONYMS.get(plain) or BODY_NAMES.get(plain.casefold())


_BODY_KEYS = sorted({*BODY_NAMES, *(demonym.casefold() for demonym in DEMONYMS)})
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


def _two_bodies(word: str) -> bool:
    """Whether a word joins two bodies or countries by a hyphen: "US-UK" (not "Guinea-Bissau", one country)."""
    one, _, two = word.partition("-")
    return bool(two and body_name(one) and body_name(two) and not body_name(word))


def _no_one(name_words: list[Token]) -> bool:
    """Whether a name's words name no one: a day ("On November 4"), a region ("Middle East"), two bodies joined by a
    hyphen ("UK-New Zealand", not "Guinea-Bissau"), a document ("Fact Sheet"), an occasion ("G20 Summit")."""
    if name_words and (name_words[-1].word in DOCUMENT_NOUNS or name_words[-1].word in OCCASION_NOUNS):
        return True
    weekday = any(t.word in WEEKDAYS or t.word in NOT_IN_NAMES for t in name_words)  # "Addis Ababa November"
    name = " ".join(t.text for t in name_words)
    joined = _two_bodies(name) or any(_two_bodies(token.text) for token in name_words)  # "Brexit US-UK"
    return weekday or name in REGION_NAMES or joined


def unnamed_body(who: Mention | None) -> bool:
    """Whether a speaker is a body, an office, a document or a description: whom "it" may stand for."""
    return who is not None and not who.name and not who.pronoun and bool(who.organisation or who.description)


@functools.lru_cache(maxsize=4096)  # a text names the same people again and again
def mention_of(phrase: str) -> Mention | None:
    """What a phrase names (see mention)."""
    return mention(tokens(phrase), phrase)


def mention(phrase_tokens: list[Token], text: str) -> Mention | None:
    """What a speaker's phrase names."""
    if not phrase_tokens:
        return None
    end, last = phrase_tokens[-1].end, phrase_tokens[-1].text
    if last.endswith(".") and last.count(".") == 1 and len(last) > 2:
        end -= 1  # the full stop of the sentence, not of an abbreviation such as U.S.
    phrase = text[phrase_tokens[0].start : end]
    if len(phrase_tokens) == 1 and phrase_tokens[0].word in PRONOUNS:
        return Mention(phrase, pronoun=True)
    comma = next((at for at, token in enumerate(phrase_tokens) if token.text == ","), 0)
    listed = LISTED.search(phrase) or comma and lists_portfolios(phrase_tokens, comma)
    if "," in phrase and not listed:  # a name and its apposition, or a post and its holder's name
        head, _, rest = phrase.partition(",")
        rest, _, third = rest.partition(",")  # the first apposition: "Novak, the chief negotiator, the bloc's …"
        first, second = parse_phrase(head.strip()), parse_phrase(rest.strip(" ,"))
        named, post = (first, second) if first.name else (second, first)
        if not named.name and third.strip(" ,") and "," not in third:  # two posts before the name: "the chairman
            named = parse_phrase(third.strip(" ,"))  # of the talks, Polish minister, Michal Kurtyka"
        if named.name:
            return Mention(phrase, named.name, named.title or post.title, named.organisation or post.organisation)
        return first
    return parse_phrase(phrase)


def _a_person(owner: str) -> bool:
    """Whether the owner of a document can be a person: no body, country, day or month ("Monday's statement")."""
    no_name = set(owner.casefold().split()) & (NOT_NAMES | NOT_IN_NAMES | _TODAY | TITLE_WORDS)
    return not no_name and not body_name(owner) and not nation_of(owner)


_WHO_CLAUSE = re.compile(r"(?P<head>(?:[Tt]he|[Aa]n?) [^,]+?) who .+")  # an unnamed source and which one it is
ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{1,7}")  # in brackets after a body's name: "(MOT)", "(Miti)"
_IN_BRACKETS = re.compile(rf" \({ABBREVIATION.pattern}\)(?= |$)")  # "Adviser (NSA) Ajit Doval", "the Ministry (MOT)"


def _held_or_issued(phrase: str) -> Mention | None:
    """A post at a body ("a fellow at Chatham House": fellow, Chatham House), a body named by what it is of
    ("the Ministry of Energy and Mines") or by the word it ends with ("Al-Qahera News"), a document that speaks for
    the body issuing it ("An African Union (AU) statement": the African Union), a person or a side called by
    their nation (`nationals.py`), or an unnamed source and the clause of *who* that says which one."""
    if ending := BODY_ENDING.fullmatch(phrase) or outlet(phrase):  # "China's General Administration of …"
        body = body_name(ending["body"]) or ending["body"]
        return Mention(phrase, organisation=body, description=phrase if ending.groupdict().get("owner") else None)
    if (held := HELD_AT.fullmatch(phrase)) and describes(tokens(held.group("post"))):
        post, body = parse_phrase(held.group("post")), held.group("body")
        where = body_name(body) or re.sub(r"^[Tt]he ", "", body)
        return Mention(phrase, post.name, post.title, where, phrase if post.description else None)
    if BODY_OF.match(phrase):  # "the Ministry of Energy and Mines": a body, no "Mines"
        if known := body_name(phrase) or nation_of(phrase):  # "the Republic of Korea", "the Government of Ghana"
            return Mention(phrase, organisation=known)
        ministry = BODY_ALONE.match(phrase)
        holder = POST_THEN_NAME.fullmatch(phrase, ministry.end()) if ministry else None
        if ministry and holder and describes(tokens(holder["post"])):  # "Ministry of Commerce spokesperson He Yadong"
            return Mention(phrase, holder["name"], f"{ministry.group()} {holder['post']}")
        return Mention(phrase, description=phrase.strip(" ,"))
    issued = ISSUED.fullmatch(ISSUED_WHEN.sub("", phrase))  # "issued by the UN after the meeting": by the UN
    if issued and (body := body_name(issued["body"] or issued["by"]) or nation_of(issued["body"] or issued["by"])):
        return Mention(phrase, organisation=body)
    if issued and issued["by"]:  # "a brief statement issued by the Prime Minister's media office": its issuer
        by = parse_phrase(by_words := issued["by"].strip(" ,"))  # a person: "… issued by Foreign Minister Ana Lopez"
        named = by.name and by.title and " " in by.name  # not "the Prime Minister's office in Oslo"
        if named:
            return Mention(phrase, by.name, by.title, by.organisation)
        national_post = by.organisation in COUNTRIES  # "… posted by the Turkish foreign minister": Turkey's
        return Mention(phrase, None, *((by.title, by.organisation) if national_post else (None, None)), by_words)
    if (owned := OWNED_DOCUMENT.fullmatch(phrase)) and _a_person(owned["owner"]):
        return Mention(phrase, owned["owner"])  # "LeBlanc’s statement said": LeBlanc's words
    if national(phrase) or apart_from_the_state(phrase):  # "the Ghanaian said", "Syrian rebels": not the country
        return Mention(phrase, description=phrase.strip(" ,"))
    if country := nation_of(phrase):  # "the Americans said": the country's side, no body "Americans"
        return Mention(phrase, organisation=country)
    if (clause := _WHO_CLAUSE.fullmatch(phrase)) and not (head := parse_phrase(clause["head"])).name:
        return Mention(phrase, title=head.title, description=phrase)  # "the diplomat who met Lopez": not Lopez
    return None


def _owner(words: str) -> str | None:
    """The body a possessive names ("China's", "the EU's"), none a day's ("Monday's statement", "Today's")."""
    organisation = body_name(words) or re.sub(r"[’']s?$", "", words)
    return None if organisation.casefold() in NOT_NAMES or organisation.casefold() in _TODAY else organisation


def _no_name_from(words: list[Token], name_start: int, phrase: str) -> bool:
    """Whether the words where a name would start name no one: a body's name opened by the capitalised word before
    them ("Members of the European Parliament"), or what a post is of or for ("IOM Chief of Mission")."""
    if not 0 < name_start < len(words):
        return False
    before = words[name_start - 1]
    return of_the_post(words, name_start) or before.capitalised and body_name(phrase[before.start :]) is not None


def parse_phrase(phrase: str) -> Mention:
    """A phrase without commas: "the EU's chief Brexit negotiator Michel Barnier"."""
    phrase = _IN_BRACKETS.sub("", plain_phrase(phrase))  # "Readout of President X", "the Ministry (MOT)"
    if (at_or_by := _held_or_issued(phrase)) is not None:
        return at_or_by
    if of := OF_BODY.fullmatch(phrase):  # "Foreign Minister Wang Yi of China", "King Abdullah II of Jordan"
        named, body = parse_phrase(of.group("who")), body_name(of.group("body"))
        if named.name and (body or named.title or " " in named.name):  # "… of the Bank of X", "… of Capital Economics"
            return Mention(phrase, named.name, named.title, named.organisation or body or of.group("body"))
    words = [t for t in tokens(phrase) if t.text not in "()"]
    while len(words) > 1 and words[0].word in _TODAY:  # "Today Lopez met", "On Monday Lopez met": Lopez
        words = words[1:]
    words = words[1:] if words and words[0].word in DETERMINERS else words
    while words and words[0].word in HONORIFICS and len(words) > 1:
        words = words[1:]
    organisation = None
    owner = next((i for i, t in enumerate(words) if POSSESSIVE.search(t.text) and t.text[-1] != "."), None)
    owner = None if owner is not None and words[owner].word in ("people’s", "people's") else owner  # "… People’s Army"
    if owner is not None:
        organisation = _owner(" ".join(t.text for t in words[: owner + 1]))
        words = words[owner + 1 :]
        if words and BODY_ALONE.fullmatch(post := phrase[words[0].start : words[-1].end]):  # "… Ministry of Fisheries"
            return Mention(phrase, title=post, organisation=organisation, description=phrase)  # a body, no "Fisheries"
    name_start = _name_start(words)
    name_start = len(words) if _no_name_from(words, name_start, phrase) else name_start
    surname = words[-1:] if _styled_surname(words[name_start:]) else []  # a style is no name's ("Dr."), but a
    name_words = [t for t in words[name_start:] if t.word not in HONORIFICS or t in surname]  # surname may be one
    no_one = _no_one(name_words)  # "On November 4", "Middle East", "Joint Communiqué", "Peace Talks"
    if len(name_words) == 1 and name_words[0].word in NOT_NAMES or no_one:
        name_words = []  # "Thursday", "I", "On November": no one's name
    if len(name_words) == 1 and re.fullmatch(r"[A-Z]{2,}", name_words[0].text):
        return Mention(phrase, organisation=name_words[0].text)  # "State broadcaster CCTV": a body's initials
    title_words = words[:name_start]
    if name_words and (owned := _post_of(title_words, name_words)):  # "the head of Chatham House": a post, whose
        return _post_of_body(phrase, title_words, owned, name_words)
    if name_words and phrase[: name_words[0].start].endswith(("the ", "The ")) and not body_name(phrase):
        return _body_after_the(phrase, words[: max(name_start - 1, 0)], name_words)
    while title_words and title_words[-1].word in HONORIFICS and [t.word for t in title_words[-2:-1]] != ["first"]:
        title_words = title_words[:-1]  # "Foreign Minister Prince Faisal": the post, then a style; "First Lady" a post
    if name_words and body_name(phrase[name_words[0].start : name_words[-1].end]) and title_words:
        organisation = organisation or body_name(phrase[name_words[0].start : name_words[-1].end])
        name_words = []  # "the climate envoy of the Marshall Islands": a post and its country
        while title_words and title_words[-1].word in ("of", "the", "for"):
            title_words = title_words[:-1]
    if title_words and organisation is None and (opening := _body_opening(title_words)):
        organisation, title_words = body_name(" ".join(t.text for t in title_words[:opening])), title_words[opening:]
    title = " ".join(t.text for t in title_words).replace(" , ", ", ") or None  # "Investment, Trade and Industry …"
    whole = " ".join(t.text for t in words)
    if name_words and _names_someone(title_words, name_words) and not body_name(whole):
        of = re.search(r"\bof (?:the )?([A-Z][\w .’'-]+)$", title or "")
        if of and body_name(of.group(1)) and organisation is None:
            organisation, title = body_name(of.group(1)), title[: of.start()].strip() if title else None
        return Mention(phrase, " ".join(t.text for t in name_words), title, organisation)
    sided = organisation and title in ("side", "delegation", "government") and not is_title(tokens(organisation)[0])
    if body_name(whole) or sided:  # "the Chinese side"; not "Prime Minister Mark Carney's government"
        return Mention(phrase, organisation=body_name(whole) or organisation)
    description = phrase.strip(" ,") if describes(words) or owner is not None and words else None  # "China's X"
    return Mention(phrase, title=title if description else None, description=description, organisation=organisation)


def _names_someone(title_words: list[Token], name_words: list[Token]) -> bool:
    """Whether a name's words name someone: no post among them, and the words before them do not end in *of* or
    *for* with no post among them ("the Bay of Bengal", "Hall of Fame" name a place or a thing, no one)."""
    placed = bool(title_words) and title_words[-1].word in ("of", "for") and not any(map(is_title, title_words))
    return not placed and not any(map(is_title, name_words[:-1] if _styled_surname(name_words) else name_words))


def _body_opening(title_words: list[Token]) -> int:
    """How many words at a post's head name a body, the longest run: "European Commission President"."""
    runs = range(min(4, len(title_words)), 0, -1)
    return next((n for n in runs if body_name(" ".join(t.text for t in title_words[:n]))), 0)


def _styled_surname(words: list[Token]) -> bool:
    """Whether the last of the words is a style that is a surname too, after two capitalised words that name no post
    and no country ("Hamed Yaqoob Sheikh"; not "Saudi Crown Prince")."""
    plain = all(t.capitalised and not is_title(t) and not body_name(t.text) for t in words[-3:-1])
    return len(words[-3:-1]) == 2 and words[-1].word in ("sheikh", "prince", "king") and plain


def _name_start(words: list[Token]) -> int:
    """Where the name that ends the words starts (their length if none does)."""
    at = len(words)
    at -= 1 if _styled_surname(words) else 0  # "Hamed Yaqoob Sheikh": his surname, no post
    while at > 0 and ((words[at - 1].capitalised and not is_title(words[at - 1])) or particle(words, at - 1, at == 1)):
        if at == 1 and len(words) == 2 and words[0].text in COUNTRIES:
            return 0  # a country opening a name of two is a first name: "Israel Katz" (not "Ukraine Dmitry Kuleba")
        if body_name(words[at - 1].text) or group_noun(words[at - 1]):  # "the Foreign Secretaries": no one's name
            break
        if len(words) - at >= 2 and _place_before(words, at):  # "ambassador to Sri Lanka Hans Brattskar", "for Africa"
            break
        if words[at - 1].text[:1].isdigit():
            break  # a time stamp or a number after a name ("Ryosei Akazawa 15:00 JST") is no part of it
        at -= 1
    joined = at > 2 and words[at - 1].word == "and" and any(t.word in ("of", "for") for t in words[: at - 1])
    portfolio = at > 1 and words[at - 1].word in ("for", "of") and is_title(words[at - 2]) or joined  # "… and Natural"
    if portfolio and len(words) - at == 3 and not any(t.word in NAME_PARTICLES for t in words[at:]):
        return at + 1  # "Minister of State for Fisheries Seán Connick": the portfolio, then the name
    if portfolio and all(t.word in PORTFOLIOS or is_title(t) for t in words[at:]):
        return len(words)  # "Minister of Entrepreneurship": a post, no one named "Entrepreneurship"
    lone = len(words) - at == 1 and at > 0 and words[at].word in PORTFOLIOS  # "… Commerce and Investment"
    if lone and (words[at - 1].word in ("of", "and") or is_title(words[at - 1])):  # "Chief of General Intelligence"
        return len(words)  # no one named "Investment"
    if joined:
        while len(words) - at > 2 and words[at].word in PORTFOLIOS:  # "Minister of Entrepreneurship and
            at += 1  # Information Technology Urve Palo", "Minister for Trade and Investment Dan Tehan": the portfolio
    return at


def _place_before(words: list[Token], at: int) -> bool:
    """Whether a region or a country of two words ends before ``at``: it opens no name ("of New Zealand Winston …")."""
    two = " ".join(t.text for t in words[max(0, at - 2) : at]) if at > 1 else ""
    return words[at - 1].text in REGIONS or two in REGION_NAMES or bool(two and body_name(two))


def _body_after_the(phrase: str, before: list[Token], name_words: list[Token]) -> Mention:
    """Capitalised words after "the" name a body, never a person: "the Commission"; "lawmakers in the House"."""
    if not before:
        return Mention(phrase, organisation=phrase[name_words[0].start : name_words[-1].end])
    return Mention(phrase, description=phrase.strip(" ,") if describes(before) else None)


def _post_of(title_words: list[Token], name_words: list[Token]) -> int:
    """Where the "of" or "for" is that ends a post in lower case before a capitalised run, which is whose post
    it is — a body or a work, no one's name: "the head of [Chatham House]", "the best-selling author of [The
    Weather Makers]", "the president of the [European Commission]"; past "of" and "and" when one word is left or
    the words go on after a capitalised word and "of", the end of the body's name: "director of the [Institute of
    Trade] Studies", "secretary-general of the [Association of] Caribbean States") — or 0."""
    ofs = [i for i in range(1, len(title_words)) if title_words[i].word in ("of", "for")]
    # The end of a body's longer name: "the Institute of Trade Studies", "the Association of Caribbean States".
    continued = len(name_words) == 1 or len(ofs) > 1 and ofs[-1] == len(title_words) - 1 and title_words[-2].capitalised
    joining = ("the", "of", "for", "and") if continued else ("the",)
    for of in ofs if continued else ofs[-1:]:
        after = [t for t in title_words[of + 1 :] if t.word not in joining]
        if all(t.capitalised for t in after) and all(t.text[:1].islower() for t in title_words[:of]):
            return of
    return 0


def _post_of_body(phrase: str, title_words: list[Token], of: int, name_words: list[Token]) -> Mention:
    """A post and the body whose post it is (see _post_of): a description, the body its organisation."""
    owner = [t for t in title_words[of + 1 :] if t.word != "the"] + name_words
    body = phrase[owner[0].start : owner[-1].end]
    post = " ".join(t.text for t in title_words[:of])
    return Mention(phrase, title=post, organisation=body_name(body), description=phrase.strip(" ,"))


def particle(words: list[Token], at: int, opening: bool = False) -> bool:
    """Whether the word at ``at`` joins a name's parts: "von der" in "Ursula von der Leyen" (or,
    ``opening``, opens one: "von der Leyen said")."""
    after = next((t for t in words[at + 1 :] if t.word not in NAME_PARTICLES), None)
    before = at > 0 and (words[at - 1].capitalised or words[at - 1].word in NAME_PARTICLES or is_title(words[at - 1]))
    return words[at].word in NAME_PARTICLES and (before or opening) and after is not None and after.capitalised


def describes(words: list[Token]) -> bool:  # a post, hyphenated too ("director-general"), a source, an age
    return any(group_noun(t) or not TITLE_HEADS.isdisjoint(t.word.split("-")) or aged(t) for t in words)


def group_noun(token: Token) -> bool:
    """Whether a word names unnamed speakers: a source ("officials"), a post's plural ("leaders", "spokesmen")."""
    word = token.word
    word = word.rpartition("-")[2]  # "co-chairs", "vice-presidents": their posts' plural
    plural = word[-1:] == "s" and (word[:-1] in TITLE_HEADS or word[-3:] == "ies" and word[:-3] + "y" in TITLE_HEADS)
    return word in SOURCE_NOUNS or plural or word[-3:] == "men" and word[:-3] + "man" in TITLE_HEADS


def aged(token: Token) -> bool:
    """Whether a word gives someone's age: "the 62-year-old said" (the person named last)."""
    return re.fullmatch(r"\d{1,3}-year-old", token.word) is not None
