"""The subject of a reporting verb: the phrase just before it ("Barnier [also] said"), over an apposition ("Tina
Stege, the climate envoy of the Marshall Islands, said"), two appositions, an apposition whose closing comma is left
out, or a relative clause ("Simon Stiell, who a week ago told", "the Alliance, whose officials joined the talks,
said")."""

from __future__ import annotations

from kb.draft.dates import MONTHS
from kb.draft.issued_documents import document_issued
from kb.draft.lexicon import (
    DOCUMENT_KINDS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    INCLUSIONS,
    NAME_PARTICLES,
    NOT_MANNER,
    NOT_NAMES,
    OPENERS,
    PORTFOLIOS,
    PRONOUNS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_WORDS,
    VERB_FILLERS,
)
from kb.draft.named_from import person_from
from kb.draft.owned_speakers import owned_speaker
from kb.draft.plain_phrases import PARTY_AND_STATE, POST_INITIALS
from kb.draft.post_openings import article_opening
from kb.draft.reporting_verbs import issued
from kb.draft.speakers import (
    ABBREVIATION,
    DETERMINERS,
    TENURE,
    WEEKDAYS,
    aged,
    body_name,
    describes,
    group_noun,
    is_title,
    mention_of,
    particle,
)
from kb.draft.spoken_circumstances import (
    CIRCUMSTANCES,
    before_participle,
    before_place,
    opens_clause,
    participle,
    participle_opening,
)
from kb.draft.text import POSSESSIVE
from kb.draft.tokens import Token
from kb.draft.unnamed_sources import JOINING, KNOWING, OBJECT_OF
from kb.draft.venues import venue

CONNECTORS = frozenset({"of", "for", "and"}) | NAME_PARTICLES
_OWNING = frozenset({"of", "for", "from"})  # the words before "the" that own it: "the head of the Alliance"
_RELATIONS = frozenset({"counterpart", "colleague", "predecessor", "successor", "aide", "deputy"})  # to another
_PHRASE_WORDS = CONNECTORS | TENURE | _RELATIONS | PORTFOLIOS | {"press"}  # "the fisheries minister", "press service"
_TITLED, _POSTS = TITLE_WORDS | _RELATIONS | POST_INITIALS, TITLE_HEADS | _RELATIONS


def phrase_word(token: Token) -> bool:
    """Whether a token may belong to a speaker's phrase: "Lind's Brazilian [counterpart], Joao Ferreira,"."""
    return token.capitalised or is_title(token) or group_noun(token) or token.word in _PHRASE_WORDS


def phrase_before(words: list[Token], end: int) -> list[Token]:
    """The speaker-like phrase that ends just before ``end``."""
    found: list[Token] = []
    at = end - 1
    if at > 2 and words[at].text == ")" and words[at - 2].text == "(" and ABBREVIATION.fullmatch(words[at - 1].text):
        found, at = words[at - 2 : at + 1], at - 3  # a body's abbreviation: "the Ministry of Trade (MOT)"
    while at >= 0 and (
        phrase_word(words[at])
        or (words[at].word in DETERMINERS and found)
        or (words[at].word in ("his", "her") and describes(found))  # "his spokesman"
        or owner(words, at, found)
        or _listed(words, at, found)
        or (bool(found) and found[0].word in DOCUMENT_NOUNS and words[at].word in DOCUMENT_KINDS)  # "brief statement"
        or (bool(found) and person_from(words, at))  # "Kim Kye-gwan from the DPRK"
        or (bool(found) and words[at].word == "to" and at > 0 and words[at - 1].word in TITLE_HEADS)  # "envoy to"
        or (bool(found) and found[0].word in ("agency", "channel") and words[at].word == "news")  # "news agency"
    ):
        if words[at].text[:1].isdigit() and not (at > 0 and words[at - 1].word in ("no", "number") or aged(words[at])):
            break  # a date or a number ends the phrase: "2025-04-18 Japanese Prime Minister"
        found.insert(0, words[at])
        if words[at].word in (*DETERMINERS, "his", "her") and not (at > 0 and words[at - 1].word in _OWNING):
            break  # "the" ends the phrase, unless the post or name before owns it: "the head of the Alliance"
        at -= 1
    last, first_word = (found[-1].word, found[0].word) if found else ("", "")  # "a close ally", "Cop26 president"
    post = last in SOURCE_NOUNS or last in TITLE_HEADS or first_word in TITLE_HEADS
    post = post or first_word in SOURCE_NOUNS and first_word not in GROUP_NOUNS  # "office Cheong Wa Dae", not a
    # group's name: "the rebel group Moro Islamic Liberation Front"
    if post and found[0].word not in DETERMINERS:  # "a close ally", "The visibly emotional Cop26 president"
        found[:0] = article_opening(words, at)  # "a well-placed Egyptian official"
    if found and found[0].word == "the" and at > 1 and words[at - 1].word == "of" and words[at - 2].word in _PARTS:
        found[:0] = words[at - 3 if at > 2 and words[at - 3].word == "a" else at - 2 : at]  # "one of the sources"
    while found and (
        (found[0].word in CONNECTORS and not particle(found, 0, opening=True))
        or (found[0].word in OPENERS and found[0].word not in DETERMINERS)
    ):
        found.pop(0)
    if not found and at >= 0 and words[at].word in PRONOUNS:
        return [words[at]]
    return found


# Words that take one or some of a group: "one of the sources", "a second of the sources", "two of the diplomats".
_PARTS = frozenset({"one", "two", "three", "four", "second", "third", "another", "several", "some", "each"})


def _listed(words: list[Token], at: int, found: list[Token]) -> bool:
    """Whether the word at ``at`` is a comma of a body's name listing what it is of: "Ministry of Trade[,] Energy"."""
    listing = words[at].text == "," and at > 1 and words[at - 2].word == "of" and words[at - 1].capitalised
    return listing and bool(found) and found[0].capitalised and any(t.word == "and" for t in found)


def owner(words: list[Token], at: int, found: list[Token]) -> bool:
    """Whether the word at ``at`` is a possessive after "the" owning the post after it: "the bloc’s chief envoy"."""
    return bool(found) and at > 0 and words[at - 1].word == "the" and bool(POSSESSIVE.search(words[at].text))


def _apposition(words: list[Token]) -> bool:
    """Whether words between commas describe who someone is ("the climate envoy") or how they spoke ("speaking")."""
    if words and (words[0].word in ("speaking", "writing", "addressing", "talking") or participle(words[0])):
        return True
    if len(words) > 2 and words[0].word.endswith("ed") and words[1].word == "by":
        return True  # how their words came out: "Demir, quoted by Anadolu, said", "reached by telephone"
    verbs = [i for i, t in enumerate(words) if t.word in SPEECH_VERBS and not issued(words, i)]  # "a statement issued"
    if words and words[0].word in CIRCUMSTANCES and not verbs:
        return True  # where or when they spoke: "Blinken, on a visit to Doha, told reporters"
    posts = (t.word in _POSTS or t.word in SOURCE_NOUNS or t.word.split("-")[-1] in TITLE_HEADS for t in words)
    party = len(words) == 1 and PARTY_AND_STATE.fullmatch(words[0].text) is not None  # "Okamoto, D-Calif., said"
    return bool(words) and (any(posts) or party) and not verbs  # a post with its prefix too: "co-chair", "vice-chair"


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_PASSIVE_SAYING = frozenset({"quoted", "cited", "heard", "overheard", "reported", "asked"})  # "was quoted as saying"

# The pronouns that open a relative clause between a speaker and their verb: "the group, which holds the bonds, said".
RELATIVES = frozenset({"who", "whose", "which"})


def subject_before(words: list[Token], verb: int) -> list[Token]:
    """The phrase just before the reporting verb at ``verb``: "Barnier [also] said"; over an apposition: "Tina Stege,
    the climate envoy of the Marshall Islands, said"; over a relative clause: "Simon Stiell, who a week ago told".
    None for a verb in the passive (`_passive`)."""
    if _passive(words, verb):
        return []
    at = verb - 1
    while at >= 0 and (
        words[at].word in VERB_FILLERS
        or _manner(words[at])
        or words[at].word in WEEKDAYS  # "the negotiator on Monday denied", "minister Gao Hucheng Friday said"
    ):
        at -= 2 if words[at].word in WEEKDAYS and at > 0 and words[at - 1].word == "on" else 1  # "Barnier also said"
    words = _dashes_as_commas(words, at)  # "Osei — who leads the talks — said": "Osei, who leads the talks, said"
    at = before_place(words, _before_venue(words, at))  # "Lind [at a news conference] said", "Lind [in Oslo] said"
    at = before_participle(words, at)  # "Lind [speaking to reporters] said"
    who = next((i for i in range(at, max(at - 10, -1), -1) if words[i].word == "who"), None)
    if who is not None and who > 1 and words[who - 1].text == ",":
        name = phrase_before(words, who - 1) or _modified_source(words, who - 2)
        return name if name and not lone_pronoun(name, 0) else []
    if who is not None and (source := _source_who(words, who, at)):
        return source  # "the delegate who attended the closed-door talks said": the delegate, so described
    if at >= 0 and words[at].text == ",":
        opening = next((i for i in range(at - 1, max(at - 30, -1), -1) if words[i].text == ","), None)
        if opening is not None and opening + 1 < at and words[opening + 1].word in RELATIVES | INCLUSIONS:
            name = phrase_before(words, opening) or _modified_source(words, opening - 1)  # "Akazawa, who …, met"
            return name if name and not lone_pronoun(name, 0) else []
        comma = _comma_before(words, at)
        if comma is None:  # a stray comma after a name: "spokesman Li Kuiwen, said"
            name = phrase_before(words, at)
            return name if len(name) > 1 and not lone_pronoun(name, 0) and _mentions_name(name) else []
        name = phrase_before(words, comma)
        between = words[comma + 1 : at]
        if is_name(between) and _post_in_place(words, comma):
            return between  # "The ICRC spokesperson in Yemen, Bashir Omar, told": the name
        post = describes(name) or (bool(name) and name[-1].word in _TITLED)  # "Novak's deputy, Eva Kral,"
        first = comma - len(name)  # "Lind, the envoy, and Kral, her counterpart, met": two, no apposition of one
        opening = participle_opening(words, first)  # "Motegi, speaking … his counterpart, Robert Lighthizer, said"
        named = phrase_before(words, opening) if opening is not None else []
        if opening is not None and named and opens_clause(words, opening - len(named)):  # not "Meanwhile, in Oslo, …"
            name, comma, post = named, opening, True
        joined = first > 1 and words[first - 1].word == "and" and words[first - 2].text == ","
        if not (_apposition(between) or _age(between)) and not (is_name(between) and post) or not name or joined:
            return _second_apposition(words, comma, at)  # or "Novak, 62, a former trade minister, said"
        holder = mention_of(" ".join(t.text for t in name)) if describes(name) and not is_name(between) else None
        if holder is not None and not holder.name and (named_first := _second_apposition(words, comma, at)):
            return named_first  # "Kishida, Minister for Foreign Affairs, upon the request of the EU, held talks"
        return name + words[comma:at] if name and not lone_pronoun(name, 0) else []
    found = document_issued(words, at) or phrase_before(words, at + 1)
    first = at + 1 - len(found)  # "Trump met Moon and said": the subject of "met", Trump
    if found[-1:] and found[-1].word == "and" and first > 1 and words[first - 1].text.islower():
        return _first_verbs_subject(words, first - 1)
    if not any(t.capitalised for t in found):  # "A spokesman for the fishing industry said", not "industry"
        return _modified_source(words, at) or found or owned_speaker(words, at)  # "Peru's biggest business lobby"
    if lone_pronoun(words, verb - 1):
        return [words[verb - 1]]
    if found and first > 0 and words[first - 1].word in OBJECT_OF:
        return _unclosed_apposition(words, first, at)
    return found


def _passive(words: list[Token], verb: int) -> bool:
    """Whether a verb of saying is in the passive, its subject what was said or who was told ("A release … in Munich
    was posted", "Lind was told"; but "Lind was quoted", read with its "as saying" elsewhere, and "Lind is said to
    have told", whose subject is who spoke)."""
    hearsay = verb + 1 < len(words) and words[verb + 1].word in ("to", "as")
    return verb > 0 and words[verb - 1].word in _BE and words[verb].word not in _PASSIVE_SAYING and not hearsay


def _first_verbs_subject(words: list[Token], verb_at: int) -> list[Token]:
    """The subject of the verb that another joined by *and* follows, past the place and the day after its object
    ("Barnier met Varadkar in Dublin and told", "Lopez landed in Oslo on Monday and told"): theirs."""
    while verb_at > 0 and words[verb_at].word in ("in", "at", "on"):
        verb_at -= len(phrase_before(words, verb_at)) + 1  # past the place or day, and the object: to "met", "landed"
    return subject_before(words, verb_at) if verb_at > 0 and words[verb_at].text.islower() else []


def _source_who(words: list[Token], who: int, at: int) -> list[Token]:
    """An unnamed source after an article and the clause of *who* that says which one, no comma nor verb of saying
    in it, before the verb at ``at + 1``: "the delegate who attended the talks [said]", "an official who asked not to
    be named"."""
    clause = words[who : at + 1]
    if (
        who < 2
        or words[who - 1].word not in SOURCE_NOUNS
        or any(t.text == "," or t.word in SPEECH_VERBS for t in clause)
    ):
        return []
    head = phrase_before(words, who)
    return head + clause if head and head[0].word in ("the", "a", "an") else []


def _dashes_as_commas(words: list[Token], at: int) -> list[Token]:
    """The words with a pair of dashes setting off an aside before the verb as commas ("Osei — who leads — said")."""
    if at < 2 or words[at].text not in ("—", "–", "-"):
        return words
    opening = next((i for i in range(at - 1, max(at - 16, 0), -1) if words[i].text in ("—", "–", "-")), None)
    if opening is None:
        return words
    comma = [Token(",", words[i].start, words[i].end) for i in (opening, at)]
    return [*words[:opening], comma[0], *words[opening + 1 : at], comma[1], *words[at + 1 :]]


_VENUE_REACH = 10  # tokens: a venue between a speaker and their verb ("at a news conference in Oslo")


def _before_venue(words: list[Token], at: int) -> int:
    """Where the speaker's phrase ends before a venue that ends at ``at``, between them and their verb ("Guy
    Parmelin [in a tweet] said", "Anna Lind [at a news conference in Oslo] said"), or ``at`` if none does."""
    for start in range(at, max(at - _VENUE_REACH, 0), -1):
        if words[start].text in ",;:—–()" and not _in_date(words, start):  # "released on July 8, 2024" is one
            return at  # "Speaking at a news conference in Istanbul, Medinsky said": a clause of its own
        if words[start].word in ("in", "at", "on", "during") and phrase_word(words[start - 1]):
            tail = " ".join(t.text for t in words[start : at + 1])
            place = venue(tail)
            return start - 1 if place is not None and tail.startswith(place) else at
    return at


def _in_date(words: list[Token], at: int) -> bool:
    """Whether the comma at ``at`` stands between a day and its year: "July 8, 2024", "3 March, 2025"."""
    year = words[at + 1].text if at + 1 < len(words) else ""
    day = words[at - 1].text.isdigit() or words[at - 1].word in MONTHS
    return words[at].text == "," and day and len(year) == 4 and year.isdigit()


def run_end(words: list[Token], at: int) -> int:
    """Where the run of a body's name that starts at ``at`` ("the Alliance", "the Council of Europe") ends."""
    end = at + (words[at].word == "the")
    while end < len(words) and (words[end].capitalised or words[end].word == "of") and words[end].text not in ",.;:":
        end += 1
    return end


def _manner(token: Token) -> bool:
    """Whether a word says how someone spoke, between them and their verb: "Juncker boldly declared"."""
    word = token.text
    return word.islower() and len(word) > 5 and word.endswith("ly") and word not in NOT_MANNER


def _modified_source(words: list[Token], at: int) -> list[Token]:
    """An unnamed source and the words after it that say how it knows or whom it speaks for, ending at
    ``at``: "two people familiar with the matter [told]", "an official with knowledge of the talks [said]",
    "officials from small island states", "a spokesman for the fishing industry", "an aide to the minister",
    "representatives of the fishing industry" (never over a comma, a verb of saying or a clause joined by
    *and*; a post alone, "the chief of staff", is read as a name's post is)."""
    for i in range(at - 1, max(at - 10, -1), -1):
        if words[i].text in ",;:()" or words[i].word in SPEECH_VERBS or words[i].word in JOINING:
            return []
        if group_noun(words[i]) and words[i + 1].word in KNOWING | OBJECT_OF:
            head = phrase_before(words, i + 1)
            return head + words[i + 1 : at + 1] if head else []
    return []


_APPOSITION_REACH = 16  # tokens: an apposition between a name and its verb


def _comma_before(words: list[Token], at: int) -> int | None:
    """The last comma before ``at`` within an apposition's reach, not one inside a place (see _in_place)."""
    reach = range(at - 1, max(at - _APPOSITION_REACH, -1), -1)
    return next((i for i in reach if words[i].text == "," and not _in_place(words, i)), None)


def _place_before(words: list[Token], comma: int) -> int | None:
    """Where the place after *in* that ends at ``comma`` starts, at its *in* ("based [in] Changzhou,"), if one does."""
    start = comma - 1
    while start > 0 and comma - start <= _PLACE_PARTS and words[start].capitalised and not is_title(words[start]):
        start -= 1
    return start if start < comma - 1 and words[start].word == "in" else None


def _post_in_place(words: list[Token], comma: int) -> bool:
    """Whether the words before ``comma`` are a post and the place it is held in: "the ICRC spokesperson in Yemen"."""
    start = _place_before(words, comma)
    return start is not None and describes(phrase_before(words, start))


_PLACE_PARTS = 3  # capitalised words: a place's part on each side of its comma ("Changzhou, Jiangsu Province")
_REGIONS = frozenset({"province", "state", "region", "county", "prefecture", "oblast", "district", "governorate"})


def _in_place(words: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` parts a place after *in*, its town and its region or country (a country's
    name or a region's noun: "Province", "State"…), before another comma: "a company based in Changzhou[,] Jiangsu
    Province, told", "a professor in Geneva[,] Switzerland, said"."""
    end = comma + 1
    while end < len(words) and end - comma <= _PLACE_PARTS and words[end].capitalised and not is_title(words[end]):
        end += 1
    region = " ".join(t.text for t in words[comma + 1 : end])
    closed = end < len(words) and words[end].text == "," and (body_name(region) or words[end - 1].word in _REGIONS)
    return closed and _place_before(words, comma) is not None


def _second_apposition(words: list[Token], comma: int, at: int) -> list[Token]:
    """A name before two appositions, the second of which says more of the first: "Tomas Novak, the
    chief negotiator of the Alliance, the bloc's largest fishing nation, said" (the words between the
    last two commas alone are no speaker)."""
    inner = _comma_before(words, comma)
    outer, first = words[comma + 1 : at], words[inner + 1 : comma] if inner is not None else []
    if inner is None or not (_apposition(first) or _age(first)) or len(outer) > 10:
        return []
    if any(t.word in SPEECH_VERBS or t.word in RELATIVES for t in outer):
        return []
    name = phrase_before(words, inner)
    return name + words[inner:at] if is_name(name) or _mentions_name(name) else []


def _age(words: list[Token]) -> bool:
    """Whether the words between two commas are an age alone: "Novak, 62, said"."""
    return len(words) == 1 and words[0].text.isdigit()


def _unclosed_apposition(words: list[Token], object_at: int, at: int) -> list[Token]:
    """A name and an apposition whose closing comma the text leaves out: "Anna Lind, manager of the
    ocean programme at The Blue Water Trust said" (the body the apposition names is no speaker)."""
    if object_at > 1 and group_noun(words[object_at - 2]):  # "diplomats in Brussels", "leaders in the House"
        return phrase_before(words, object_at - 1) + words[object_at - 1 : at + 1]
    comma = _comma_before(words, object_at)
    if comma is None or not _apposition(words[comma + 1 : at + 1]):
        return words[object_at : at + 1]
    name = phrase_before(words, comma)
    first = comma - len(name)  # the phrase runs up to the comma
    opens = bool(name) and (first == 0 or words[first - 1].text in ",;:—–(")
    if opens and (is_name(name) or _mentions_name(name)):  # not "Speaking in Istanbul, head of …"
        return name + words[comma : at + 1]
    return words[object_at : at + 1]


def _mentions_name(words: list[Token]) -> bool:
    return sum(1 for t in words if t.capitalised and not is_title(t) and not body_name(t.text)) > 1


def lone_pronoun(words: list[Token], at: int) -> bool:
    """Whether the word at ``at`` is a pronoun standing for someone, not a part of a name that a pronoun spells:
    "He" of "He Yadong" and of "Liu He" is a name's (a capitalised name word touches it, with no full stop
    between)."""
    if words[at].word not in PRONOUNS:
        return False
    after = at + 1 < len(words) and name_word(words[at + 1])
    before = at > 0 and name_word(words[at - 1]) and not words[at - 1].text.endswith(".")
    return not (after or before)


def name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha() and not is_title(token) and token.word not in NOT_NAMES


def is_name(words: list[Token]) -> bool:
    """Whether the words are a name alone: "Ryosei Akazawa"."""
    inner = [t for t in words[1:-1] if t.word not in NAME_PARTICLES]  # "Staffan de Mistura", "Ursula von der Leyen"
    ends = [*words[:1], *inner, *words[-1:]] if len(words) > 1 else words
    return 0 < len(words) <= 5 and all(t.capitalised and not is_title(t) and not body_name(t.text) for t in ends)
