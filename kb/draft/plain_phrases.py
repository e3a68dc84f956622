"""The words of a speaker's phrase that name no one, taken out before it is read (`speakers.parse_phrase`):

- a record's heading: "Readout of President Omar Diallo" is Omar Diallo's;
- a day's or a document's words before the one who made it: "Tuesday's statement from Trade Minister Olu
  Bakare", "a written statement by Senator Ana Reis" (no body called "Tuesday", no post "statement from …");
- a style of address: "Hon. Grace Ochieng", "H.E. Mohammed Al Jasser", "His Excellency", "The Honourable", "the
  Right Honourable Justin Trudeau", "the Hon. Malcolm Turnbull";
- a party and state in brackets after a member of a legislature: "Senator Roy Calloway (R-Texas)" (between
  commas, `subjects.py` reads them as an apposition: "Rep. Linda Okamoto, D-Calif., said");
- a post written short before a name, written out: "Sen. Roy Calloway" is Senator Roy Calloway, "Rep." a
  Representative, "Gov." a Governor, "Prof Ingrid Solberg" a Professor (its name is no "Prof Solberg"), and the
  initials of a post before a name or after "the", "PM Narendra Modi", "FM", "EAM Jaishankar" (External Affairs
  Minister), "the EAM", "CM", and before a name only "DPM" and "USTR Greer" ("the USTR" is its office), after "the"
  only "the DG" (Director-General: "DG Trade" is the European Commission's department);
- letters after a name for a seat or an honour: "Kemi Badenoch MP", "Jane Moe MEP", "Ana Reis KC" (not "the MP");
- a surname in capitals before the given name is put after it: "Mr. MOTEGI Toshimitsu" is Toshimitsu Motegi.
"""

from __future__ import annotations

import re

from kb.draft.lexicon import BODY_NAMES

_RECORD_OF = re.compile(r"^(?:Readout|Transcript|Summary|Minutes) of (?:the )?(?=[A-Z])")
_DOCUMENT_FROM = re.compile(
    r"^(?:(?:[Aa]n?|[Tt]he) |(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]oday)[’']s )"
    r"(?:[a-z]+ )?(?:statement|remarks|comments|communiqu[eé]|letter|speech|address|post|tweet|message)"
    r" (?:issued |released |posted )?(?:from|by) (?=[A-Z])(?!The |[A-Z][\w.-]*[’']s )"
)
_PARTY_AND_STATE = re.compile(r" \((?:[RDI]|Rep|Dem|Ind)\.?-[A-Z][A-Za-z. ]{1,20}\)")  # "(R-Texas)", "(D-N.Y.)"
PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,15}")  # between commas: "Rep. Linda Okamoto, D-Calif., said"
_SHORT_POSTS = {
    "Sen": "Senator",
    "Rep": "Representative",
    "Gov": "Governor",
    "Gen": "General",
    "Amb": "Ambassador",
    "Prof": "Professor",
    "Pres": "President",
    "PM": "Prime Minister",
    "FM": "Foreign Minister",
    "EAM": "External Affairs Minister",
    "CM": "Chief Minister",
    "DPM": "Deputy Prime Minister",
    "USTR": "U.S. Trade Representative",
    "DG": "Director-General",
}
POST_INITIALS = frozenset(short.casefold() for short in _SHORT_POSTS if short.isupper())  # "the DG, Ms …"
_SHORT_POST = re.compile(
    r"\b(Sen|Rep|Gov|Gen|Amb|Pres)\.(?= [A-Z])|\b(Prof)\.?(?= [A-Z])|(?<![\w.-])(PM|DPM|FM|EAM|CM|USTR)(?= [A-Z][a-z])"
    r"|(?<=\b[Tt]he )(PM|FM|EAM|CM|DG)\b"  # "the DG" (never "DG Trade", the Commission's department for trade)
)


# A seat's or an honour's letters after a capitalised name: "Kemi Badenoch MP".
_POST_NOMINAL = re.compile(r"(?P<name>\b[A-Z][\w’'-]*[a-z]) (?:MP|MEP|MSP|MLA|MNA|QC|KC|OBE|CBE|MBE|KBE|DBE)$")
_STYLE = re.compile(
    r"(?:(?<= )|^)(?:[Tt]he )?(?:Hon\.?|H\.E\.|(?:Right |Rt\.? )?Honou?rable|Rt\.? Hon\.?|(?:His|Her) Excellency)"
    r" (?=[A-Z])"
)


# A surname in capitals before the given name, after a style or a post, as Japan's and Korea's ministries write them:
# "Mr. MOTEGI Toshimitsu" (Toshimitsu Motegi), "Minister for Foreign Affairs KAMIKAWA Yoko".
_SURNAME_FIRST = re.compile(
    r"\b(?P<before>(?:Mr|Ms|Mrs|Dr)\.? |(?:Minister|President|Secretary|Ambassador|Governor|Affairs) )"
    r"(?P<surname>[A-Z]{3,})(?P<given> [A-Z][a-z]+(?:-[a-z]+)?)$"
)


def _surname_last(found: re.Match[str]) -> str:
    if found["surname"].casefold() in BODY_NAMES:  # "ASEAN" is no surname
        return found.group()
    return f"{found['before']}{found['given'].strip()} {found['surname'].title()}"


def plain_phrase(phrase: str) -> str:
    """The phrase without the words that name no one, and with its post written out (see the module)."""
    phrase = _STYLE.sub("", _DOCUMENT_FROM.sub("", _RECORD_OF.sub("", phrase)))
    phrase = _SURNAME_FIRST.sub(_surname_last, phrase)
    phrase = _POST_NOMINAL.sub(r"\g<name>", _PARTY_AND_STATE.sub("", phrase))
    return _SHORT_POST.sub(lambda m: _SHORT_POSTS[m.group(m.lastindex or 0)], phrase)
