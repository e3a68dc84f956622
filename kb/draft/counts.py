"""Counts of people and things a figure may be without a scale word or a thousands separator, and
temperatures: "163 prisoners", "nine vessels", "1,400 Houthi prisoners", "2,000 more troops", "20 of the
hostages", "1,600 secure vessel voyages", "1.5C", "2 degrees Celsius". A plain number is a count only of
what news counts as data — people held, freed, moved or killed, forces, craft and cargoes, inspections —
never of countries, sides, rounds, days or officials ("two sides", "three sources", "27 countries")."""

from __future__ import annotations

import re

from kb.draft.dates import MONTH_RE

# What a number counts when it is a figure (plural, as written): people held, freed, moved, sheltered or
# killed; forces; craft, vehicles and cargoes; goods and firms; checks on them.
COUNTED_NOUNS = frozenset(
    {
        "people", "persons", "prisoners", "hostages", "detainees", "captives", "inmates", "soldiers", "troops",
        "servicemen", "servicemembers", "civilians", "fighters", "militants", "combatants", "refugees", "migrants",
        "evacuees", "casualties", "deaths", "children", "women", "workers", "employees", "jobs", "personnel",
        "peacekeepers", "inspectors", "inspections", "monitors", "observers", "vessels", "ships", "tankers", "boats",
        "trawlers", "carriers", "cargoes", "shipments", "containers", "trucks", "lorries", "cars", "vehicles", "buses",
        "aircraft", "planes", "jets", "drones", "missiles", "warheads", "tanks", "launchers", "weapons", "centrifuges",
        "products", "firms", "companies", "businesses", "homes", "houses", "doses", "students", "tourists", "visitors",
        "passengers", "voyages", "movements", "transits", "crossings",
        # More people held, freed, moved or killed, and craft: "12 sailors", "five US citizens", "75 POWs".
        "sailors", "seafarers", "fishermen", "crew", "crewmen", "citizens", "nationals", "pows", "settlers",
        "pilgrims", "patients", "deportees", "returnees", "immigrants", "bodies", "helicopters",
        # Breaches of a truce counted, and the length of a text under negotiation: "seven violations", "34 pages".
        "violations", "breaches", "pages",
        # Fire exchanged and attacks logged, and people counted by their homes: "200 rockets", "37 attacks".
        "rockets", "shells", "projectiles", "airstrikes", "attacks", "incidents", "families", "households",
        # Casualties named by their state, more craft, and papers and supplies a deal issues: "20 dead and 50 wounded",
        # "two warships", "10,000 visas", "50 fishing licences", "3,000 tents".
        "dead", "wounded", "injured", "warships", "submarines", "bombers", "visas", "permits", "licences",
        "licenses", "parcels", "tents",
    }
)  # fmt: skip
# A head noun that needs the word before it to say what it counts: "vessel movements", "military personnel".
_NEEDS_ITS_MODIFIER = frozenset({"voyages", "movements", "transits", "crossings", "personnel", "shipments"})
# A head noun whose kind the word before it names: "1,550 nuclear warheads", "400 strategic missiles".
_KIND_BEFORE = re.compile(r"nuclear|strategic|tactical|ballistic|cruise|deployed|conventional")
# Words a count's noun phrase does not run through: links, determiners and verbs end it (not "more": "2,000
# more troops").
_ENDS_PHRASE = frozenset(
    {
        "of", "in", "on", "at", "to", "for", "from", "by", "and", "or", "but", "the", "a", "an", "this", "that",
        "these", "those", "its", "their", "his", "her", "with", "as", "than", "per", "was", "were", "is", "are", "be",
        "been", "being", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
        "who", "which", "said", "each", "every", "last", "next", "dozen", "dozens", "hundred", "hundreds",
        "thousands", "millions",
    }
)  # fmt: skip
# A count's noun joined to the number before a noun it qualifies: "a 20-page text", "a 40-truck convoy".
_COMPOUND = re.compile(r"-(?P<noun>[a-z]{2,20})\b(?![-’'])")
# A second counted noun joined to a count's: "39 women and children" (not "… and children's rights").
_PAIR = re.compile(r" (?P<joint>and|or) (?P<noun>[a-z]{2,20})\b(?![-’'])")
# "Hostage" as taking or holding them says it, after the count: "took 240 (more) hostage", "held 30 hostage in …".
_TAKEN_END = re.compile(r"\s*(?:[.,;:)]|$| (?:in|on|at|from|during|and|or|including|after|before|since|when)\b)")
# A Reuters source, not data: "two people familiar with the matter", "three people briefed on the talks".
_SOURCES = re.compile(r" (?:familiar|briefed|close|with knowledge|involved|who (?:spoke|asked|declined))\b")
# The words after a number: "of the" (a part of a counted whole: "20 of the hostages"), then up to four words.
_AFTER = re.compile(r"(?P<part> of (?:the|those|them|its|their))?(?P<words>(?: [A-Za-z][\w.’'-]{0,24}){1,4})")
# A temperature: "1.5C", "1.5°C", "2 degrees Celsius", "1.5 degrees" (Celsius unless it says Fahrenheit).
_TEMPERATURE = re.compile(
    r"(?:°|[ -]degrees?\b)(?: ?(?P<fahrenheit>F\b|Fahrenheit\b)| ?(?P<celsius>C\b|Celsius\b|centigrade\b))?|C(?![\w’'])"
)
_WARMING = 10  # degrees: "2 degrees" alone is a warming below it, an angle above ("a 180-degree turn")
_LABEL = re.compile(r"\b[A-Z][a-z]*\.? $")  # "Article 5C", "Annex 2C", "No. 3C": a label, no temperature
# A rate: a period right after a quantity's unit ("10 billion cubic meters a year", "500 trucks per day", "2,000
# tonnes annually"), or ending the clause the count heads ("500 aid trucks would enter the strip each day");
# not a comparison ("a year earlier", "a year ago").
# ("a year to March" is a period; "1.5 million tonnes a year to Japan" a rate and where it goes)
_PERIOD = r"(?:(?:a|per|each) (?P<period>day|week|month|year)(?! (?:earlier|ago|before|later|after|on|from)\b"
_PERIOD += rf"| to (?:the end|end|date|\d|{MONTH_RE}\b))"
_PERIOD += r"|(?P<adverb>daily|weekly|monthly|annually|per annum)|per (?P<each>capita|head|person))"  # "per capita"
_RATE = re.compile(rf"(?P<between>(?: (?!(?:and|or|but)\b)[A-Za-z][a-z-]{{0,15}}){{0,5}}?) {_PERIOD}\b")
# What a quantity is of, and where it goes: "barrels of crude", "cubic meters of gas to Europe".
_WHAT = re.compile(r"(?: of(?: [a-z]+){1,2})?(?: (?:to|from|into|via) (?:the )?[A-Z][a-z-]+(?: [A-Z][a-z-]+)?)?")
_CLAUSE_END = re.compile(r"[.,;]|$| (?:and|or|but|while)\b")
_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "per annum": "year"}
_NATIONALS = re.compile(r"[A-Z][a-z]{2,}(?:an|i)s")  # "Saudis", "Palestinians", "Yemenis", "Americans"
_PLURAL = re.compile(r"[^su'’]s$")  # "sides", "leaders"; not "various", "press", "U.S."
# What may follow a count whose noun the count before gives: "… and 85 on Monday", "…, Russia 84."
_AGAIN_END = re.compile(r"\s*(?:[.,;)]|$|(?:on|in|at|from|to|by|this|last|next|and|or|were|was|more|each|under|for)\b)")
_DAY_OF = re.compile(rf"\b{MONTH_RE} $")  # "On May 5 prisoners were freed": a day, no count
# A count whose noun comes first: "the number of detainees rose to 120", "the number of ships stood at 60".
_NUMBER_OF = re.compile(r"\b[Nn]umber of (?P<after>[^.;:!?\d]{1,90})$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A list of counts before a count of one: "13 Israelis, 10 Thais, and one Filipino", "freed 12 soldiers and 1 civilian".
_LIST_BEFORE = re.compile(r"\d[\w ’'-]{1,30}?(?:,|,? and|,? or) $")
_ONE = re.compile(r" (?P<noun>[A-Za-z][a-z]{2,20})\b(?![-’'])")
_NATIONAL = re.compile(r"[A-Z][a-z]{2,}(?:an|ian|i|o|ese|ish|on|ch)")  # "Filipino", "Thai", "Israeli", "Briton"
# A counted noun right before the number, past "from" or "to": "cuts launchers from 1,600", "troops to 3,000".
_NOUN_THEN = re.compile(
    r"\b(?P<noun>[a-z]+) (?:(?:on|for) each side |in all |in total )?(?:from|to) (?:between |about )?$"
)
# What may follow such a number: the clause's end, or a word of when, where or of another bound.
_ENDS = re.compile(r"\s*(?:[.,;)]|$|(?:on|in|to|from|by|this|last|next|and|or|each|under|for)\b)")


def counted(text: str, number: str, end: int) -> tuple[str, int] | None:
    """What the number ending at ``end`` counts and where its noun ends, when it counts one of
    COUNTED_NOUNS within four words, past any adjective ("freed", "Houthi", "U.S.", "more"):
    ("prisoners", …) for "163 prisoners", ("vessel voyages", …) for "1,600 secure vessel voyages"."""
    if _YEAR.fullmatch(number) or number.lower() in ("one", "a", "1", "half a"):
        return None  # a year ("in 2014 troops left"), or one of something: no count
    compound = _COMPOUND.match(text, end)
    if compound and f"{compound.group('noun')}s" in COUNTED_NOUNS:
        return f"{compound.group('noun')}s", compound.end()  # "a 20-page text", "a 40-truck convoy"
    after = _AFTER.match(text, end)
    if not after:
        return None
    words = after.group("words").split(" ")[1:]
    position = after.start("words")
    previous = ""
    for word in words:
        noun = word[:-1] if word.endswith(".") and "." not in word[:-1] else word  # "freed 163 prisoners.", "U.S."
        lowered, position = noun.lower(), position + 1
        if nationals(noun) and not previous:
            return noun, position + len(noun)  # people named by their nation: "16 Saudis", "10,000 Palestinians"
        acronym = noun[:-1].isupper() and noun[-1] == "s"  # "POWs", not "PRISONERS" of a headline in capitals
        written = noun.islower() or noun.istitle() or acronym  # "Swap 190 Prisoners" (a headline)
        if lowered in COUNTED_NOUNS and written:
            if lowered in ("people", "persons") and _SOURCES.match(text, position + len(noun)):
                return None
            modified = (lowered in _NEEDS_ITS_MODIFIER and previous.islower()) or _KIND_BEFORE.fullmatch(previous)
            unit = noun if acronym else lowered  # "POWs" as written
            return _paired(text, f"{previous} {unit}" if modified else unit, position + len(noun))
        if lowered == "hostage" and previous in ("", "more") and _TAKEN_END.match(text, position + len(noun)):
            return "hostages", position + len(noun)  # "took 240 more hostage", "held 30 hostage in the tunnels"
        if lowered in ("and", "or") and previous[:1].isupper():
            position += len(word)  # two nations' people: "1,000 Ukrainian and Russian prisoners"
            continue
        if lowered in _ENDS_PHRASE or noun != word or _PLURAL.search(lowered):
            return None  # a link, a verb, a sentence's end, or another plural: "the two sides exchanged prisoners"
        previous, position = word, position + len(word)
    return None


def _paired(text: str, unit: str, end: int) -> tuple[str, int]:
    """A count's unit with a second counted noun joined to it ("39 women and children", "80 soldiers or
    civilians"), and where its words end; else the unit alone."""
    pair = _PAIR.match(text, end)
    if pair and pair.group("noun") in COUNTED_NOUNS and not unit.endswith(pair.group("noun")):
        return f"{unit} {pair.group('joint')} {pair.group('noun')}", pair.end()
    return unit, end


def quantity(text: str, number: str, start: int, end: int) -> tuple[str, int] | None:
    """A temperature's or a count's unit after a number without one (see temperature and counted)."""
    if number.isdigit() and int(number) <= 31 and _DAY_OF.search(text, max(0, start - 12), start):
        return None
    if number.lower() in ("one", "1") and _LIST_BEFORE.search(text, max(0, start - 60), start):
        return _one_of(text, end)  # "13 Israelis, 10 Thais, and one Filipino"
    return temperature(text, number, start, end) or counted(text, number, end)


def _one_of(text: str, end: int) -> tuple[str, int] | None:
    """The noun, as written, of a count of one ending a list of counts: a national ("one Filipino") or one of
    COUNTED_NOUNS ("12 soldiers and one civilian")."""
    found = _ONE.match(text, end)
    if found is None:
        return None
    noun = found.group("noun")
    national = noun[:1].isupper() and bool(_NATIONAL.fullmatch(noun))
    return (noun, found.end()) if national or f"{noun}s" in COUNTED_NOUNS else None


def temperature(text: str, number: str, start: int, end: int) -> tuple[str, int] | None:
    """The unit of a temperature right after the number from ``start`` to ``end`` ("1.5C", "2 degrees
    Celsius") and where it ends; not a label after a name ("Article 5C", "Annex 2C"), nor an angle."""
    found = _TEMPERATURE.match(text, end)
    if not found or (found.group().startswith("C") and _LABEL.search(text, max(0, start - 20), start)):
        return None
    said = found.group("celsius") or found.group("fahrenheit") or "°" in found.group()
    angle = number[:1].isdigit() and float(number.replace(",", "")) >= _WARMING
    if "degree" in found.group() and not said and angle:
        return None  # an angle: "a 180-degree turn", "rotated 90 degrees"; a warming is a few degrees
    return ("degrees Fahrenheit" if found.group("fahrenheit") else "degrees Celsius"), found.end()


def rate(text: str, unit: str, end: int) -> tuple[str, int] | None:
    """A quantity's unit as a rate when a period follows it ("cubic meters" a year: "cubic meters per
    year"), with where the rate's words end when they follow the unit right away (else ``end``)."""
    found = _RATE.match(text, end) if " per " not in unit else None
    between = found.group("between") if found else ""
    at_once = _WHAT.fullmatch(between)  # "500,000 barrels of crude a day": right after its unit
    if not found or (not at_once and not _CLAUSE_END.match(text, found.end())):
        return None  # "500 trucks would enter the strip each day and …", not "… each day of the truce"
    period = found.group("period") or found.group("each") or _ADVERBS[found.group("adverb")]
    return f"{unit} per {period}", found.end() if at_once else end


def nationals(noun: str) -> bool:
    """Whether a noun counts people by their nation or people ("Saudis", "Gazans", "Palestinians")."""
    return bool(_NATIONALS.fullmatch(noun))


def is_count(unit: str) -> bool:
    """Whether a unit is a count's (see counted): "prisoners", "vessel movements", "Saudis", or of one (see _one_of):
    "civilian", "Filipino"."""
    last = unit.split(" ")[-1].lower()
    return last in COUNTED_NOUNS or nationals(unit) or f"{last}s" in COUNTED_NOUNS or bool(_NATIONAL.fullmatch(unit))


def again(text: str, number: str, end: int) -> bool:
    """Whether a whole number without a noun, ending at ``end``, counts what the count before it counts
    ("Ukraine freed 120 prisoners on Sunday and 85 on Monday", "… and two by Russian warplanes", "compared with
    2,200 under START"): not a year, a decimal or one."""
    whole = number.replace(",", "").isdigit() or number.isalpha()  # "1,100", "and two by Russian warplanes"
    one = number.lower() in ("1", "one", "a", "half a")
    return whole and not one and not _YEAR.fullmatch(number) and bool(_AGAIN_END.match(text, end))


def number_of(text: str, number: str, start: int, end: int) -> str | None:
    """What a whole number from ``start`` to ``end`` counts when its clause names it before it: as "the number of"
    something ("the number of detainees rose to 120", "the number of nuclear warheads … to between 1,500 and
    1,675": the first noun of COUNTED_NOUNS in the three words after "of", with a word of its kind before it), or
    right before "from" or "to" when the number ends its clause ("cuts launchers from 1,600", "the cap on
    centrifuges to 6,104"); not a year ("in 2023")."""
    whole = number.replace(",", "").isdigit()
    if not whole or _YEAR.fullmatch(number):
        return None
    found = _NUMBER_OF.search(text, max(0, start - 90), start)
    if not found:
        named = _NOUN_THEN.search(text, max(0, start - 60), start)
        return (
            named.group("noun") if named and named.group("noun") in COUNTED_NOUNS and _ENDS.match(text, end) else None
        )
    words = found.group("after").split()[:3]
    nouns = [at for at, word in enumerate(words) if word in COUNTED_NOUNS]
    if not nouns:
        return None
    kind = words[nouns[0] - 1] if nouns[0] else ""
    return f"{kind} {words[nouns[0]]}" if _KIND_BEFORE.fullmatch(kind) else words[nouns[0]]
