"""The speaker after a reporting verb: "said Barnier", "said the European diplomat", "said de Mistura", "said
opposition leader Gerardo Blyde", "said his chief of staff", "said a statement from the Alliance", and the post in an
apposition after the name ("said Valdis Dombrovskis, the EU trade commissioner")."""

from __future__ import annotations

from kb.draft.issued_documents import ISSUED
from kb.draft.lexicon import NAME_PARTICLES, OPENERS, SPEECH_VERBS
from kb.draft.post_openings import adjective
from kb.draft.post_words import is_title, lists_portfolios
from kb.draft.saying import EVENTS
from kb.draft.speakers import DETERMINERS, describes, group_noun
from kb.draft.spoken_circumstances import CIRCUMSTANCES, participle
from kb.draft.subjects import (
    CONNECTORS,
    RELATIVES,
    is_name,
    lone_pronoun,
    name_word,
    owner,
    phrase_before,
    phrase_word,
    run_end,
)
from kb.draft.tokens import Token
from kb.draft.unnamed_sources import complement_after


def subject_after(words: list[Token], verb: int) -> list[Token]:
    """The phrase just after the reporting verb: "said Barnier", "said the European diplomat"."""
    found: list[Token] = []
    for at, token in enumerate(words[verb + 1 :], verb + 1):
        if (
            (token.word in (*DETERMINERS, "his", "her") and not found)
            or (token.word == "the" and found and found[-1].word in ("of", "for"))  # "said the head of the WTO"
            or phrase_word(token)
            and not (token.word in CONNECTORS and not found and not _surname_particle(words, at))
            or found
            and lists_portfolios(words, at)
            or _modifies_post(words, at)
            or _post_of_noun(words, at)
            or (len(found) == 1 and found[0].word == "the" and owner(words, at, [token]))  # "said the ministry's"
        ):
            found.append(token)
        else:
            break
    while found and found[-1].word in CONNECTORS | DETERMINERS:
        found.pop()
    owned = len(found) > 1 and found[0].word in ("his", "her") and describes(found[1:])  # "said his chief of staff"
    if found and lone_pronoun(found, 0) and not owned:
        return found[:1]
    found = _before_occasion(found + complement_after(words, verb + 1 + len(found), found))
    after = verb + 1 + len(found)
    link = (
        after + 1
        if after + 1 < len(words) and words[after].word in _ISSUING and words[after + 1].word == "by"
        else after
    )
    if found and found[-1].word in ISSUED and link + 1 < len(words) and words[link].word in ("from", "by"):
        issuer = phrase_before(words, run_end(words, link + 1))  # "said a statement from the Alliance", "… issued by"
        return found + words[after : link + 1] + issuer if issuer else found
    if found and describes(found) and after < len(words) and words[after].text == ",":
        comma = _second_post(words, after)  # "said the chairman of the talks, Polish minister, Michal Kurtyka"
        name = _name_at(words, comma + 1)  # "said the WTO chief, Maria Lopez-Garcia": the post, then its holder's name
        if is_name(name):
            found = found + words[after : comma + 1 + len(name)]
    elif is_name(found) and after < len(words) and words[after].text == ",":
        found = found + _post_after(words, after)  # "said Valdis Dombrovskis, the EU trade commissioner"
    return found if owned or any(t.capitalised or group_noun(t) for t in found) else []


def _before_occasion(found: list[Token]) -> list[Token]:
    """The speaker's words before the occasion they spoke on, if the words run on to it: "said the ministry [in a
    statement]", "said the Kenyan foreign ministry [during a news conference]"."""
    for at in range(1, len(found) - 1):
        occasion = any(EVENTS.fullmatch(t.word.rstrip(".")) for t in found[at + 1 : at + 4])
        if found[at].word in ("in", "during", "via") and occasion:  # "officials at the talks" say who they are
            return found[:at]
    return found


def _surname_particle(words: list[Token], at: int) -> bool:
    """Whether the word at ``at`` opens a surname after the verb: "said de Mistura", "said von der Leyen"."""
    end = at
    while end < len(words) and words[end].word in NAME_PARTICLES and end - at < 3:
        end += 1  # "said von der Leyen"
    return end > at and end < len(words) and name_word(words[end]._replace(text=words[end].text.rstrip(".")))


_ISSUING = frozenset({"issued", "released", "signed", "published"})  # "said a statement issued by Minister X"


def _name_at(words: list[Token], at: int) -> list[Token]:
    """The capitalised words from ``at``, four at most, to a comma or a stop."""
    name = []
    for token in words[at : at + 4]:
        if not token.capitalised or token.text in ",.;:":
            break
        name.append(token)
    return name


def _second_post(words: list[Token], comma: int) -> int:
    """The comma after a second post that follows the one closed at ``comma``, before the name ("…, Polish minister,
    Michal Kurtyka"), or ``comma`` itself if no second post comes."""
    end = next((at for at in range(comma + 1, min(len(words), comma + 6)) if words[at].text == ","), None)
    second = words[comma + 1 : end] if end is not None else []
    return end if end is not None and second and describes(second) and is_name(_name_at(words, end + 1)) else comma


def _post_of_noun(words: list[Token], at: int) -> bool:
    """Whether the word at ``at`` is the noun in lower case a post is of: "chief of [staff]", "head of [state]", "the
    chairman of the [talks]"."""
    word = words[at]
    of = at - 2 if at > 2 and words[at - 1].word == "the" else at - 1  # "of the talks"
    after_post = of > 0 and words[of].word == "of" and is_title(words[of - 1])
    return after_post and word.word.isalpha() and word.text[:1].islower() and word.word not in OPENERS | DETERMINERS


_MODIFIERS = 2  # words in lower case before a post: "[veteran opposition] lawmaker"


def _modifies_post(words: list[Token], at: int) -> bool:
    """Whether the word at ``at`` is one of the words in lower case that make a post of the one after them:
    "said [opposition] leader Gerardo Blyde", "said [veteran opposition] lawmaker Pedro Alves"."""
    end = at
    while end < len(words) and end - at < _MODIFIERS and adjective(words[end]) and not is_title(words[end]):
        end += 1
    return at < end < len(words) and (is_title(words[end]) or group_noun(words[end]))


def _post_after(words: list[Token], comma: int) -> list[Token]:
    """The comma at ``comma`` and the post after a name that it opens, to the end of the apposition ("said
    Valdis Dombrovskis[, the EU trade commissioner]", "said Lind[, Norway's chief negotiator], on Monday"), or
    none: a post only, not when or how they spoke nor what they said."""
    end = comma + 1
    while end < len(words) and end - comma < 12 and words[end].text not in ',;:“”"' and not _ends(words[end - 1]):
        end += 1
    post = words[comma + 1 : end]
    if not post or len(post) > 10 or post[0].word in CIRCUMSTANCES or participle(post[0]) or not describes(post):
        return []
    return [] if any(t.word in SPEECH_VERBS or t.word in RELATIVES for t in post) else words[comma:end]


def _ends(token: Token) -> bool:
    """Whether a word ends its sentence: a full stop, not an abbreviation's ("U.S.")."""
    return token.text.endswith(".") and token.text.count(".") == 1 and len(token.text) > 2
