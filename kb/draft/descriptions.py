"""A definite description of a post ("the WTO chief said") given to the person the text names
who holds it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from operator import itemgetter

from kb.draft.counterparts import named_counterparts
from kb.draft.dates import WEEKDAYS
from kb.draft.document_speakers import document_speaker
from kb.draft.it_said import body_named_before
from kb.draft.lexicon import GROUP_NOUNS, HONORIFICS, NAME_PARTICLE_WORDS, NOT_IN_NAMES, TITLE_HEADS, TITLE_WORDS
from kb.draft.nationals import country_served, national
from kb.draft.quotes import find_quotes
from kb.draft.reader import ANTECEDENTS, START, TITLED_RUN, Reader, Said, blank
from kb.draft.sentence_subjects import named_subjects
from kb.draft.sexes import sex_of
from kb.draft.speakers import TENURE, Mention, aged, body_name, mention_of
from kb.draft.text import QUOTED, sentences
from kb.draft.tokens import Token

# Posts that name someone the text names too when "the" opens them ("the WTO chief said"), whatever
# post the text gave the person: a spokesperson is someone else, unless the text names them as one.
_ANY_POST = frozenset({"official", "leader", "chief", "head"})
_OTHERS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Nouns that name someone by their calling, not a post, when "the" opens them ("the diplomat said", "the veteran
# politician"): the person named last, whatever post the text gave them.
_CALLINGS = frozenset({"diplomat", "politician", "banker", "lawyer", "technocrat"})
_RANKS = frozenset({"top", "senior", "chief", "lead", "head", "special", "high"})  # "the top negotiator": the chief one
_CATAPHORA = 600  # characters after an opening description where the person it describes may be named


def name_descriptions(said: list[Said], text: str) -> list[Said]:
    """The statements, those by a definite description of a post ("the WTO chief said", "The EU's
    Brexit negotiator denied …") given to the person it stands for: the last one named before it
    whom the text gives that post ("Trade Minister Carla Mendes" for "the trade minister"), or,
    if none, the last one named before it — or, when the text names no one before it, the first
    one named just after it — if the text gives them no other post (or the description's post is
    a general one, "the official", or a former one)."""
    subjects = named_subjects(blank(text, find_quotes(text)))
    named = sorted([*subjects, *((s.excerpt.start, s.who) for s in said if _named(s.who))], key=itemgetter(0))
    posts: dict[str, set[str]] = {}  # a surname's posts' words, wherever the text names the post before the name
    bodies: dict[str, set[str]] = {}
    runs = [(run.start(), m) for run in TITLED_RUN.finditer(text) if (m := mention_of(run.group()))]
    for who in [who for _, who in named] + [m for _, m in runs]:
        if who.name and not who.pronoun:
            posts.setdefault(who.name.split()[-1], set()).update(_post_words(who.title or ""))
            if who.organisation:
                bodies.setdefault(who.name.split()[-1], set()).add(who.organisation)
    # with a post in capitals too, wherever they stand: "… met Finance Minister Yuki Mori" is "the finance minister"
    posted = sorted(
        [*_posted_in_lower_case(text), *((at, m) for at, m in runs if m.name and m.title), *named_counterparts(text)],
        key=itemgetter(0),
    )
    for _, who in posted:
        assert who.name is not None
        posts.setdefault(who.name.split()[-1], set()).update(_post_words(who.title or ""))
        if who.organisation:  # "Ghana's finance minister Kwame Osei" is no "Norwegian minister"
            bodies.setdefault(who.name.split()[-1], set()).add(who.organisation)
    found = []
    owned = {id(one) for one in said if _owned_post(one.who)}
    antecedent = Reader(text, subjects=subjects).antecedent if owned else None  # for every "his spokesman"
    again = _unnamed_again(said)
    for one in said:
        post = _definite_post(one.who) if id(one) not in again else set()  # "a US official", "the official"
        person = _described(one, post, named, posts, bodies, posted) if post else _introduced(one, named, posts, text)
        if antecedent is not None and id(one) in owned:
            one = _post_of_owner(one, antecedent)
        if person is not None:
            assert person.name is not None
            who = Mention(one.who.phrase, person.name)
            one = replace(one, who=who, pattern=one.pattern + "+description", confidence=min(one.confidence, 0.6))
        elif (issuer := document_speaker(one, said, text)) is not None:
            one = replace(one, who=issuer, pattern=one.pattern + "+document", confidence=min(one.confidence, 0.6))
        elif (body := _group_named_before(one, text)) is not None:
            one = replace(one, who=body, pattern=one.pattern + "+body", confidence=min(one.confidence, 0.6))
        found.append(one)
    return _pronouns_after_descriptions(_ones_of_groups(found), text)


_PRONOUN = re.compile(r"\b(?P<pronoun>[Hh]e|[Ss]he)\b")


def _pronouns_after_descriptions(said: list[Said], text: str) -> list[Said]:
    """The statements whose "he" or "she" stands for the person a description just before in the paragraph, or ending
    the paragraph before, stands for ("The commissioner … has warned of “disappointing news”. “…,” she said.": the
    commissioner, not someone named further back), when the text does not show that person to be of the other sex."""
    in_order = sorted(said, key=lambda each: each.excerpt.start)  # statements and reported speech, mixed
    previous = {id(one): before for before, one in zip([None, *in_order], in_order, strict=False)}
    found = []
    for one in said:
        before = previous[id(one)]
        outside = QUOTED.sub(" ", one.excerpt.text)  # "“He is right,” she said": hers
        pronoun = _PRONOUN.search(outside) if one.pattern.endswith("+pronoun") else None
        described = before is not None and before.pattern.endswith("+description") and before.who.name
        if pronoun and described and before is not None and before.who.name != one.who.name:
            between = text[before.excerpt.end : one.excerpt.start]
            wanted = "f" if pronoun.group().casefold() == "she" else "m"
            ends_before = before.excerpt.end <= one.excerpt.start
            next_to = not between.strip() and between.count("\n") <= 2  # its paragraph, or the next one's opening
            if ends_before and next_to and sex_of(text, before.who) in (None, wanted):
                one = replace(one, who=before.who, pattern=one.pattern + "+description")
        found.append(one)
    return found


_OTHER_ONE = frozenset({"another", "other", "second", "fellow"})


def _group_named_before(one: Said, text: str) -> Mention | None:
    """Who "the group" (or "the militant group", "the movement") is: the body named last before it, one the lexicon
    knows or one the text writes as a body's name ("Hamas official …", "Hamas, which …")."""
    words = (one.who.description or "").casefold().split()
    if one.who.name or not 1 < len(words) < 5 or words[0] != "the" or words[-1] not in GROUP_NOUNS:
        return None
    return body_named_before(text, one.excerpt.start + max(0, one.excerpt.text.find(one.who.phrase)), False)


# One or some of a group of unnamed speakers the text brought in before: "one of the sources", "two of the officials".
_ONE_OF = re.compile(r"(?i)(?P<part>(?:one|two|three|another|a second|a third|the first|the second|both) of the) "
                     r"(?P<noun>[a-z]+s)")  # fmt: skip


def _ones_of_groups(said: list[Said]) -> list[Said]:
    """The statements by "one of the sources" as by a source of the group the text brought in last before with
    what it knows ("three sources familiar with the talks said"): "one of the sources familiar with the talks" —
    read in one pass over the statements in the text's order."""
    known: dict[str, str] = {}  # a group's noun -> what the text said of it last: "familiar with the talks"
    described: dict[int, Said] = {}
    for at, one in sorted(enumerate(said), key=lambda pair: pair[1].excerpt.start):
        words = (one.who.description or "").split() if not one.who.name else []
        part = _ONE_OF.fullmatch(" ".join(words))
        if part is not None and (what := known.get(part.group("noun").casefold())):
            described[at] = replace(one, who=replace(one.who, description=f"{part.group()} {what}"))
        elif part is None and len(words) > 1:
            for noun in words[:-1]:  # "three sources familiar with the talks"
                known[noun.casefold()] = " ".join(words[words.index(noun) + 1 :])
    return [described.get(at, one) for at, one in enumerate(said)]


_OWNERS = {"his": "he", "her": "she"}


def _owned_post(who: Mention) -> bool:
    """Whether a description is a post a pronoun owns: "his spokesman", "her chief of staff"."""
    words = (who.description or "").split()
    return not who.name and len(words) > 1 and words[0].casefold() in _OWNERS


def _post_of_owner(one: Said, antecedent: Callable[[int, str], Mention | None]) -> Said:
    """A statement by "his spokesman" as one by the spokesman of the person "his" stands for: "Tomas Novak's
    spokesman" (or as it was, if the pronoun stands for no one named)."""
    assert one.who.description is not None
    owner_word, *words = one.who.description.split()  # over a line break too: "his\noffice"
    post = " ".join(words)
    at = one.excerpt.start + max(0, one.excerpt.text.find(one.who.phrase))
    owner = antecedent(at, _OWNERS[owner_word.casefold()])
    if owner is None or not owner.name:
        return one
    return replace(one, who=Mention(one.who.phrase, title=post, description=f"{owner.name}’s {post}"))


def _introduced(one: Said, named: list[tuple[int, Mention]], posts: dict[str, set[str]], text: str) -> Mention | None:
    """Who an unnamed holder of a post ("a foreign ministry spokesman said …") is when the next sentence names
    someone with that post ("Spokesman Majed Al-Ansari said …"): that person — a general post ("an official") only
    when the next sentence names them in an apposition ("The official, Kofi Mensah, said"); never "another
    spokesman"."""
    words = (one.who.description or "").casefold().split()
    if one.who.name or not words or words[0] not in ("a", "an"):
        return None
    head = _head(" ".join(words))
    if head not in TITLE_HEADS:
        return None
    all_sentences = sentences(text)
    index = bisect.bisect_right(all_sentences, one.excerpt.start + len(one.excerpt.text) - 1, key=START) - 1
    following = all_sentences[index + 1] if 0 <= index < len(all_sentences) - 1 else None
    if head in _ANY_POST:  # "an official": only one the next sentence names so ("The official, Kofi Mensah, said")
        next_words = following.text if following else ""
        apposed = re.match(rf"The (?:[\w-]+ )?{re.escape(head)}, ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+),", next_words)
        return next((who for _, who in named if apposed and who.name == apposed.group(1)), None)
    for position, who in named:
        surname = (who.name or " ").split()[-1]
        if (
            following is not None
            and following.start <= position < following.end
            and _SAME_POST.get(head, head) in posts.get(surname, ())
        ):
            return who if _OTHER_ONE.isdisjoint(who.phrase.casefold().split()) else None
    return None


def _named(who: Mention) -> bool:
    return bool(who.name) and not who.pronoun


# A headline's short forms of a post: "Qatar PM says …", "Saudi FM", India's "EAM" (External Affairs Minister).
_SHORT_POSTS = {"pm": ("prime", "minister"), "fm": ("foreign", "minister"), "eam": ("external", "minister")}
# Another name of a post, for when no one the text names holds the post by the description's own word: "Prime
# Minister Jonas Gahr Store" … "the premier said" (but "Premier Li Qiang" is "the Chinese premier").
_ALSO_CALLED = {"premier": {"prime", "minister"}}
# Words that make a post another one: "the minister" is no prime minister, "the president" no vice president.
_OTHER_POSTS = frozenset({"prime", "vice", "deputy", "assistant", "under"})


# The forms of a post that differ by sex only, as one: "the spokeswoman" is "a foreign ministry spokesperson".
_SAME_POST = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair"}
_SAME_POST |= {"chairperson": "chair", "congressman": "congressperson", "congresswoman": "congressperson"}


def _post_words(words: str) -> set[str]:
    folded = words.casefold().split()
    folded += [part for word in folded if "-" in word for part in word.split("-")]  # "director-general", "vice-premier"
    found = {_SAME_POST.get(word, word) for word in folded if word in TITLE_WORDS} - {"affairs"}
    return found.union(*(_SHORT_POSTS[word] for word in found & _SHORT_POSTS.keys())) - _SHORT_POSTS.keys()


def _indefinite(who: Mention) -> bool:
    """Whether a speaker is someone unnamed brought in as one of many: "a US official", "an EU diplomat"."""
    words = (who.description or "").casefold().split()
    return not who.name and len(words) > 1 and words[0] in ("a", "an", "one")


_UNNAMED_REACH = 1500  # characters before "the official" where "a US official" may have spoken


def _unnamed_again(said: list[Said]) -> set[int]:
    """The statements (by ``id``) whose "the official" is the unnamed one brought in before as "a US official", or
    that "the official" just before ('"…," said the diplomat' after '"…," said the diplomat' after "a Libyan diplomat
    said"): no one named."""
    unnamed = sorted(((one.excerpt.start, one.who) for one in said if _indefinite(one.who)), key=itemgetter(0))
    again = set()
    for one in sorted(said, key=lambda each: each.excerpt.start):
        same = _same_unnamed(one, unnamed)
        if same is not None:
            bisect.insort(unnamed, (one.excerpt.start, same), key=itemgetter(0))
            again.add(id(one))
    return again


def _same_unnamed(one: Said, unnamed: list[tuple[int, Mention]]) -> Mention | None:
    """The unnamed one who spoke before, brought in as "a US official", whom "the official" is (the last unnamed
    speaker before it with that post, or that "the official" just before; not "one of his aides" between): then no one
    named."""
    words = (one.who.description or "").casefold().split()
    if one.who.name or len(words) != 2 or words[0] != "the":
        return None
    before = [who for at, who in unnamed if one.excerpt.start - _UNNAMED_REACH <= at < one.excerpt.start]
    return next((who for who in reversed(before) if _head(who.description or "") == words[1]), None)


def _head(description: str) -> str:
    """The word that names the post: the last, or the post before "of" or "for" ("the minister of foreign affairs"), or
    before a "general" that follows a post ("the director general"), or the post a hyphenated one joins
    ("director-general", "vice-president", "under-secretary-general")."""
    words = description.casefold().split()
    of = next((at for at, word in enumerate(words) if word in ("of", "for")), 0)  # "a spokesman for the ministry"
    head = words[of - 1] if of > 0 and words[of - 1] in TITLE_HEADS else words[-1]
    if head == "general" and len(words) > 1 and words[-2] in TITLE_HEADS:
        return words[-2]
    return head if head in TITLE_HEADS else next((part for part in head.split("-") if part in TITLE_HEADS), head)


def _definite_post(who: Mention) -> set[str]:
    """The words of the post a description names when it means one person the reader knows: "the
    WTO chief", "Japan's top negotiator" (not "an official", "officials", "a government source");
    none for any other description."""
    if who.name or who.pronoun or not who.description:
        return set()
    words = who.description.split()
    definite = words[0].casefold() == "the" or (len(words) > 1 and words[0][-2:] in ("'s", "’s"))
    head = _head(who.description)
    one_holder = len(words) > 1 and bool(body_name(words[0])) and head not in _ANY_POST  # "Qatar PM", not "EU official"
    if definite and (aged(Token(head, 0, 0)) or head in _CALLINGS or national(who.description)):
        return {head}  # "the 62-year-old", "the diplomat": the person named last
    return _post_words(who.description) if (definite or one_holder) and head in TITLE_HEADS else set()


# A post in lower case before a name: "prominent environmental scientist and author Tim Flannery", and the country or
# body it is of, when it names one before it ("Ghana's finance minister Kwame Osei", "Norwegian trade minister …").
_WHEN = "|".join(word.capitalize() for word in (*WEEKDAYS, *NOT_IN_NAMES))  # "minister Kwame Osei Monday"
_LOWER_CASE_POST = re.compile(
    r"\b(?:(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)(?:[’']s)? )?(?P<post>(?:[a-z][\w-]* ){1,4})"
    rf"(?P<name>[A-Z][\w’'-]+(?: (?!{_WHEN}\b)[A-Z][\w’'-]+){{1,4}})\b"  # "facilitator Tengku Ab Ghafar Tengku Mohamed"
)


# A post in an apposition after a name: "Staffan de Mistura, the UN envoy,", "Bashar al-Jaafari, Syria's ambassador."
_NAME = r"(?:[a-z]{1,3}-)?[A-Z][\w’'-]+"
_POST_AFTER_NAME = re.compile(
    rf"\b({_NAME}(?: (?:(?:{NAME_PARTICLE_WORDS}) ){{0,2}}{_NAME}){{1,2}}), "
    r"(?:the |an? |[A-Z][\w’'-]*[’']s )((?:[\w’'-]+ ){0,4}?[a-z][\w’'-]*)(?=[,.;])"
)


# A post before a name in an apposition: "The spokesperson of Foreign Affairs of Ethiopia, Ambassador Dina Mufti,".
_POST_BEFORE_NAME = re.compile(
    r"\b[Tt]he ((?:[a-z][\w’'-]* ){0,2}[a-z][\w’'-]*)(?: (?:of|for) [^,;.\n]{1,60})?, "
    rf"((?:[A-Z][\w’'.-]* )*?{_NAME}(?: (?:(?:{NAME_PARTICLE_WORDS}) ){{0,2}}{_NAME}){{1,2}})(?=[,.;])"
)


def _posted_in_lower_case(text: str) -> list[tuple[int, Mention]]:
    """The people named in full after a post in lower case, wherever they stand ("… the same day prominent
    environmental scientist and author Tim Flannery accused …"), or before one in an apposition ("Staffan
    de Mistura, the UN envoy, met …") or after one ("The spokesperson of the ministry, Ambassador Dina Mufti,"), with
    that post."""
    found = []
    for match in _LOWER_CASE_POST.finditer(text):
        if _post_words(match["post"]) and not body_name(match["name"]):
            of = body_name(match["owner"]) if match["owner"] else None
            found.append((match.start("name"), Mention(match.group(), match["name"], match["post"].strip(), of)))
    for match in _POST_AFTER_NAME.finditer(text):
        name = match.group(1).split()
        while name and name[0].casefold().rstrip(".") in HONORIFICS:
            name = name[1:]  # "Ms Damanaki, the Greek commissioner": Damanaki
        if name and _head(match.group(2)) in TITLE_HEADS and not body_name(match.group(1)):
            found.append((match.start(1), Mention(match.group(), " ".join(name), match.group(2))))
    for match in _POST_BEFORE_NAME.finditer(text):
        named = mention_of(match.group(2))  # "Ambassador Dina Mufti": Dina Mufti
        if named is not None and named.name and _head(match.group(1)) in TITLE_HEADS:
            found.append((match.start(2), Mention(match.group(), named.name, match.group(1))))
    return sorted(found, key=itemgetter(0))


def _described(
    one: Said,
    post: set[str],
    named: list[tuple[int, Mention]],
    posts: dict[str, set[str]],
    bodies: dict[str, set[str]],
    posted: list[tuple[int, Mention]],
) -> Mention | None:
    assert one.who.description is not None
    head = _head(one.who.description)
    at = one.excerpt.start + max(0, one.excerpt.text.find(one.who.phrase))
    index = bisect.bisect_left(named, at, key=itemgetter(0))
    before = [who for _, who in reversed(named[max(0, index - ANTECEDENTS) : index])]
    everyone = sorted(
        [*named[max(0, index - ANTECEDENTS) : index], *(p for p in posted if p[0] < at)], key=itemgetter(0)
    )
    everyone = sorted({who.name: (at, who) for at, who in everyone}.values(), key=itemgetter(0))  # each once, last
    general = head in _ANY_POST | _CALLINGS or national(one.who.description)
    general = general or bool(TENURE.intersection(one.who.description.casefold().split()))

    def fits(who: Mention, any_post: bool, wanted: set[str] = post) -> bool:
        surname = (who.name or "").split()[-1]
        other_body = one.who.organisation and bodies.get(surname) and one.who.organisation not in bodies[surname]
        held = posts.get(surname, set())
        fitting = not held or general or held <= wanted  # "minister Martin Guzman" is "the economy minister"
        other_post = bool(held & _OTHER_POSTS - wanted)  # "Prime Minister Liz Truss" is no "UK minister"
        return not other_body and (wanted - _RANKS <= held and not other_post or (any_post and fitting))

    if aged(Token(head, 0, 0)):
        return before[0] if before and one.who.description.casefold().startswith("the ") else None
    holders = [who for _, who in reversed(everyone[-ANTECEDENTS:]) if fits(who, False)]
    holders.sort(
        key=lambda who: one.who.organisation not in bodies.get((who.name or "").split()[-1], ())
    )  # of it first
    titled = holders[0] if holders else None
    nowhere = titled and one.who.organisation and not bodies.get((titled.name or "").split()[-1])
    if nowhere and len({who.name for who in holders}) > 1:
        return None  # "the South Korean president" after two presidents the text gives no country: either one
    if titled is None and head in _ALSO_CALLED:
        also = post - {head} | _ALSO_CALLED[head]
        titled = next((who for _, who in reversed(everyone[-ANTECEDENTS:]) if fits(who, False, also)), None)
    if titled is not None or head in _OTHERS:
        return titled
    unplaced = before and one.who.organisation and not bodies.get((before[0].name or "").split()[-1])
    if unplaced and len({who.name for who in before if fits(who, True)}) > 1:
        return None  # "the US president" after Trump and Starmer, neither given a country: either one
    served = country_served(one.who.description)  # "The representative for Fiji": not someone the text places nowhere
    if before:
        elsewhere = served and served not in bodies.get((before[0].name or "").split()[-1], set())
        return before[0] if fits(before[0], True) and not elsewhere else None
    after = [who for position, who in named[index:] if position - at < _CATAPHORA]
    return next((who for who in after if fits(who, True)), None)  # past one of another post: "President X"
