"""Whose words a document speaks when the text quotes the document, not its issuer: '"…," the statement said',
"according to the White House readout of the call", "the ministry's official statement said" — the issuer the
document's own words name, the one the text said issued it, or the two it was issued by."""

from __future__ import annotations

import re

from kb.draft.definite_bodies import body_meant
from kb.draft.issued_documents import issuer_before
from kb.draft.known import fold
from kb.draft.lexicon import DOCUMENT_KINDS
from kb.draft.pair_said import REACH, pair_before
from kb.draft.reader import Said
from kb.draft.speakers import Mention, body_name, mention_of

_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "letter", "declaration", "readout"})
# A document's words after its issuer: "official statement", "readout of the call", "joint communiqué".
_DOCUMENT = (
    rf"(?:(?:{'|'.join(DOCUMENT_KINDS)}) ){{0,2}}"
    r"(?:statement|communiqu[eé]|declaration|readout)(?: (?:of|on|after) (?:the|their|its) (?:call|meeting|talks))?"
)
# A body's document: "China's statement", "the White House readout of the call", "The Kremlin's official statement".
_OWNED_DOCUMENT = re.compile(
    rf"(?:[Tt]he )?(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,3}})(?P<owned>[’']s)? {_DOCUMENT}"
)
# A body's document that the text named by its noun: "the ministry's official statement".
_DESCRIBED_OWNER = re.compile(rf"(?P<owner>[Tt]he [a-z]+)[’']s {_DOCUMENT}")


def document_speaker(one: Said, said: list[Said], text: str) -> Mention | None:
    """Who "the statement said" (or "continued", "the letter added", "the readout said") stands for: the speaker of
    the last statement before it that the text says was made in such a document ("In an emailed statement, the
    creditors reiterated …"), or the one a sentence after it says issued one ("The ministry issued a statement.":
    issued_documents.py); a country's or a body's own document is theirs ("China's statement said", "the White
    House readout of the call"), a body the text named by its noun the one it named last ("the ministry's official
    statement": definite_bodies.py); a joint one with no issuer named, the last two countries or bodies named
    together before it ("China and Norway held talks. A joint statement said …": pair_said.pair_before)."""
    description = one.who.description or ""
    words = description.casefold().split()
    owned = _OWNED_DOCUMENT.fullmatch(description)
    one_of_two = "joint" in words and not owned["owned"] if owned else False  # "the US/Saudi joint statement"
    if owned and not one_of_two and (owner := body_name(owned["owner"])):
        return Mention(one.who.phrase, organisation=owner)  # "China's statement said": China's words
    described = _DESCRIBED_OWNER.fullmatch(description)
    if described and (body := body_meant(text, one.excerpt.start, Mention(described["owner"]))):
        return body
    joint = len(words) == 3 and words[:2] in (["a", "joint"], ["the", "joint"]) and words[2] in _DOCUMENTS
    pair = pair_before(text, max(0, one.excerpt.start - REACH), one.excerpt.start) if joint else None
    if pair:
        return Mention(one.who.phrase, description=f"{pair[0]} and {pair[1]}")  # "A joint statement said", of both
    if len(words) != 2 or words[0] != "the" or words[1] not in _DOCUMENTS:
        return None
    earlier = [
        other
        for other in said
        if other.excerpt.start < one.excerpt.start
        and words[1] in (other.venue or "").casefold()
        and (other.who.name or other.who.organisation or other.who.description not in (None, one.who.description))
        and not other.who.pronoun
    ]
    last = max(earlier, key=lambda other: other.excerpt.start) if earlier else None
    issued = issuer_before(text, one.excerpt.start, words[1])
    if issued and (last is None or issued[0] > last.excerpt.start):
        return issued[1]
    return last.who if last else None


# A document and the body or person who issued it: "An African Union (AU) statement", "the G7's joint communique".
_AUTHORED = re.compile(
    r"\b(?!(?:An?|The|This|That|In) (?:joint )?(?:statement|communiqu|declaration))"
    r"(?P<body>[A-Z][\w.’'-]*(?: (?:of )?[A-Z][\w.’'-]*){0,4})(?:’s|'s)?(?: \([A-Z]{2,}\))? "
    r"(?:joint )?(?:statement|communiqu[eé]|declaration)\b"
    r"|\b(?:statement|communiqu[eé]|declaration) (?:issued )?(?:by|from) (?:the )?(?P<by>[A-Z][\w.’'-]*(?: (?:of )?"
    r"[A-Z][\w.’'-]*){0,4}(?: (?:to|on) (?:the )?[A-Z][\w.’'-]*(?: (?:and |of )?[A-Z][\w.’'-]*){0,3}){0,2}"  # "… to the
    # President on Media and Publicity", then the name set off after that post: ", Garba Shehu,"
    r"(?:, (?:Mr\.? |Mrs\.? |Ms\.? |Dr\.? )?[A-Z][\w’'-]+ [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?(?=[,.]))?)"
    r"|\b(?P<issuer>[A-Z][\w.’'-]*(?: (?:of |for |and )?[A-Z][\w.’'-]*){0,5}) (?:said|says) "  # issued: descriptions.py
    r"(?:in )?an? (?:joint )?(?:statement|communiqu[eé]|declaration)\b"
)
_AUTHOR_BACK = 2000  # characters before a statement's words where its author may be named
_NO_AUTHORS = frozenset({"A", "An", "The", "In", "This", "That", "It", "They"})


def document_author(one: Said, text: str) -> Mention | None:
    """The body or person whose statement "the statement reads" means: the last one named as a document's author
    before it ("An African Union (AU) statement has it …", "a statement by the WTO", "the WTO said in a statement",
    "a statement issued by State House Spokeswoman Kanze Dena." — a person, named without the full stop after)."""
    if fold(one.who.description or "").split()[-1:] not in (["statement"], ["communique"], ["declaration"]):
        return None
    before = text[max(0, one.excerpt.start - _AUTHOR_BACK) : one.excerpt.start]
    found = (m.group("body") or m.group("by") or m.group("issuer") for m in _AUTHORED.finditer(before))
    plain = (a if re.search(r" (?:of|for|to|on) ", a) else a.rsplit(" and ", 1)[-1] for a in found)  # "Lind and Novak"
    authors = [re.sub(r"^(?:An?|The) ", "", author) for author in plain]
    authors = [re.sub(r"(?<=[a-z])\.$", "", author) for author in authors if author not in _NO_AUTHORS]
    person = mention_of(authors[-1]) if authors else None
    return person if person is not None and person.name else Mention(authors[-1]) if authors else None
