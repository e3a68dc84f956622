"""Who a post names when the text named its holder before: "The Prime Minister spoke to …" after "Prime Minister Boris
Johnson spoke with …" is Boris Johnson; "Lind and her Chinese counterpart met" after "Chinese Foreign Minister Wang Yi
arrived on Monday" is Wang Yi, and so is "the Chinese foreign minister" — the last person named with that post (of
that country, when the words give one), or with a title that ends with it ("the minister" after "Energy Minister A").
A post with no country that several people named hold is no one's ("Italian Prime Minister B" and "Japanese Prime
Minister C" named, "C and the Prime Minister discussed …"). And someone named as the counterpart of one whose post the
sentence gives holds that post for their country ("Foreign Secretary Jaishankar … his Pakistani counterpart Aizaz
Ahmed Chaudhury": the Pakistani foreign secretary, `named_counterparts`)."""

from __future__ import annotations

import bisect
import re
from operator import itemgetter

from kb.draft.countries import DEMONYMS
from kb.draft.reader import TITLED_RUN, named_anywhere
from kb.draft.speakers import Mention, body_name, mention_of
from kb.draft.text import sentences

_COUNTERPART = re.compile(r"^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he) (?P<nation>[A-Z][\w.-]*) counterpart$")
HOLDERS = 20  # the people named last before the words, among whom their holder is looked for


def holder(who: Mention, text: str, before: int) -> Mention:
    """Who a counterpart of a country or a definite post stands for: the person last named with it before
    ``before``, among the last HOLDERS named — ``who`` itself when it names someone or no one is found."""
    counterpart = _COUNTERPART.match(who.phrase)
    country = body_name(counterpart.group("nation")) if counterpart else None
    post = None
    if country is None:
        if who.name or not who.title or not (who.description or "").casefold().startswith("the "):
            return who
        country, post = who.organisation, who.title.casefold()  # "the Russian foreign minister", "the Prime Minister"
    named = named_anywhere(text)
    last = bisect.bisect_left(named, before, key=itemgetter(0))
    holders = [
        m
        for _, m in reversed(named[max(0, last - HOLDERS) : last])
        if (country is None or m.organisation == country) and (post is None or _holds(m.title or "", post))
    ]
    if country is None and len({(m.name or "").split()[-1] for m in holders}) > 1:
        return who  # "the Prime Minister" after two prime ministers named: which, the text does not say
    return holders[0] if holders else who


def _holds(title: str, post: str) -> bool:
    """Whether a title is the post or ends with it: "Energy Minister" holds "the minister" and "the energy minister"."""
    return title.casefold() == post or title.casefold().endswith(f" {post}")


def is_definite_post(who: Mention) -> bool:
    """Whether the words name a post and no one, as one its holder named before: "the energy minister"."""
    return bool(who.title) and not who.name and (who.description or "").casefold().startswith("the ")


def is_counterpart(who: Mention) -> bool:
    """Whether the words name a counterpart of a country and no one else: "his Chinese counterpart"."""
    return bool(_COUNTERPART.match(who.phrase))


# Someone named as the counterpart of one a post names before, from a country: "Foreign Secretary Subrahmanyam
# Jaishankar wrapped up talks with his Pakistani counterpart Aizaz Ahmed Chaudhury".
_COUNTERPART_NAMED = re.compile(
    r"\b(?:his|her) (?P<nation>[A-Z][\w-]+) counterpart,? (?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})"
)


def named_counterparts(text: str) -> list[tuple[int, Mention]]:
    """The people named as someone's counterpart from a country, with the post of the one before them in the sentence
    and that country ("… Foreign Secretary Jaishankar … his Pakistani counterpart Aizaz Ahmed Chaudhury": Chaudhury,
    foreign secretary, of Pakistan)."""
    found = []
    for sentence in sentences(text) if "counterpart" in text else []:
        for match in _COUNTERPART_NAMED.finditer(sentence.text):
            titled = [
                m for run in TITLED_RUN.finditer(sentence.text, 0, match.start()) if (m := mention_of(run.group()))
            ]
            country = DEMONYMS.get(match["nation"])
            post = next((m.title for m in reversed(titled) if m.name and m.title), None)
            if country and post:
                found.append(
                    (sentence.start + match.start("name"), Mention(match["name"], match["name"], post, country))
                )
    return found
