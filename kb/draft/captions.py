"""Photo captions: lines that describe a picture. No one said their words, what they show is reported (if at all)
in the story, and their dates are the picture's: "FILE PHOTO: Osei speaks in Accra, March 8, 2018. REUTERS/Ama
Mensah" is no statement, and its date no time the story moves to.

A caption is known by its credit: at the end of its line, in brackets ("… (Jane Doe/Pool Photo via AP)", "(Photo:
Xinhua)", "[Photo/Agencies]") or not ("… REUTERS/Ama Mensah", "… AFP via Getty Images", "… Photo: EPA-EFE", "… ©
Kyodo", "… /Courtesy of News1", "… [Getty]", "… Amr Nabil/Copyright 2024 The AP"); by where someone stands in the
picture ("Khalilzad (left) met …"); by an opening that says it is one ("FILE PHOTO:", "FILE - ", "Image caption"); or by
the line after it, a credit or a time stamp ("Credit: AP", "Photo : Yonhap", "(REUTERS/Jason Lee/File Photo)", "15:33
JST, May 24, 2025"). A line holding a quotation mark, or longer than a paragraph of a story, is never one. The event
of an old picture (`old_captions`) is none the story's words refer back to."""

from __future__ import annotations

import datetime as dt
import re

from kb.draft.dates import is_day, published_day, resolve

# The agencies and picture libraries whose names credit a picture.
_AGENCY = (
    r"(?:REUTERS|Reuters|AFP|AP|EPA(?:-EFE)?|EFE|Xinhua|XINHUA|Getty Images|Anadolu(?: Agency)?|Bloomberg|Kyodo"
    r"|Yonhap|YONHAP(?: News)?|Pool|Shutterstock|ANI|PTI|IANS|Bernama|TASS|Sputnik|dpa|DPA)"
)
_PICTURE = r"(?:[Pp]hoto|[Pp]icture|[Ii]mage)"
_CREDIT_IN_LINE = re.compile(
    rf"(?:\((?:[^()\n]{{0,80}}?\b(?:{_PICTURE}|via AP|Reuters|AFP|Getty|Bloomberg|File)\b[^()\n]{{0,40}})\)"
    rf"|\[{_PICTURE}/[^\[\]\n]{{1,40}}\]"  # China Daily's "[Photo/Xinhua]"
    rf"|\b{_AGENCY}/(?:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){{0,3}}|File(?: Photo)?|Getty Images)"  # "REUTERS/Ama Mensah"
    rf"|\b(?:{_PICTURE}|Photograph)(?: by|\s?:)\s?[^\n:]{{0,60}}\b{_AGENCY}"  # "Photo: EPA-EFE", "Photo by A/Bloomberg"
    rf"|©\s?{_AGENCY}"  # Nikkei's "… in Washington on Aug. 21. © Kyodo"
    r"|(?:/|\.)\s?Courtesy of [A-Z][^\n/]{1,80}"  # "… on the afternoon of the 10th. /Courtesy of News1"
    r"|\bvia Getty Images"
    rf"|\[(?:{_AGENCY}|Getty)[^\[\]\n]{{0,40}}\]"  # The New Arab's "… spoke by telephone [Getty]"
    r"|/Copyright \d{4} [^\n]{1,80})"  # "… in Cairo. Amr Nabil/Copyright 2024 The AP. All rights reserved"
    r"[.\s]*$"
)
# Where a person stands in the picture: "Zalmay Khalilzad (left) met …", "Lind (R) shakes hands with Novak (L)".
_POSITION = re.compile(
    r"\b[A-Z][\w’'.-]*\s\((?:left|right|centre|center|front|L|R|C|(?:second|2nd) (?:left|right|L|R))\)"
)
_CAPTION_OPENING = re.compile(r"(?:(?:FILE PHOTO|File photo|FILE)\s?[:–—-]|(?:Image|Photo) caption:?)\s")
_CREDIT_LINE = re.compile(
    r"(?:(?:Credit|Photo|Photograph|Picture|Image)\s?:|\(?(?:AP|Reuters|AFP|Getty Images|Kyodo)(?: Photo)?\)?\s*$"
    r"|\d{1,2}:\d{2} (?:JST|GMT|UTC|ET|EST|EDT|BST|CET|CEST|IST|KST)\b"
    rf"|\([^()\n]{{0,120}}\b(?:{_PICTURE}|PHOTO|File|FILE|{_AGENCY})\b[^()\n]{{0,60}}\)\s*$)"  # "(REUTERS/Jason Lee)"
)
MAX_CAPTION = 400  # characters: a longer line is a paragraph of the story


def captions(text: str) -> list[tuple[int, int]]:
    """The stretches of text that are photo captions, in order (see text.covered): a caption's line, and the line
    after it when that is its credit."""
    found: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        if end - start > MAX_CAPTION or any(mark in line for mark in '“”"'):
            continue
        following = text[lines[number + 1][0] : lines[number + 1][1]].strip() if number + 1 < len(lines) else ""
        credited = _CREDIT_IN_LINE.search(line) or _CAPTION_OPENING.match(line.lstrip()) or _POSITION.search(line)
        if credited:
            found.append((start, end))
        elif following and _CREDIT_LINE.match(following):
            found.append((start, lines[number + 1][1]))  # with its credit: "Photo : Yonhap", "15:33 JST, …"
    return found


_RECENT = 7  # days: a caption's event within this many days before publication may be the story's


def old_captions(text: str, found_captions: list[tuple[int, int]], published: str) -> list[tuple[int, int]]:
    """Of the captions found (see captions), those of a picture taken on a day more than a week before publication
    ("… smile before the start of trade talks in Washington on Aug. 21. © Kyodo" in a story of September 24): a file
    photo, whose event is none the story's words refer to ("his talks with Lighthizer"); a caption of the week's
    event ("… attend a high-level economic dialogue in Tokyo on Saturday. (Pool photo)") may be the story's."""
    day = published_day(published)
    found = []
    for start, end in found_captions:
        when = resolve(text[start:end], published)
        taken = dt.date.fromisoformat(when[0]) if when and is_day(when[0]) else None
        if day and taken and (day - taken).days > _RECENT:
            found.append((start, end))
    return found
