"""Labels and lines of a record that the transcript reader (transcripts.py) reads besides its own: a speaker named with
their post after a comma ("Penny Wong, Foreign Minister: …", "Mr. Taro Kono, Minister for Foreign Affairs: …"), who
then answers the labels of that post alone ("Foreign Minister: …"); a post and the surname of who answers ("Minister
Kono: …" in the record of Foreign Minister Taro Kono); and the lines between turns that are no one's words: a heading
("Response Concerning the Strait of Hormuz", "(1) Foreign Minister Kono's Attendance at …") and a translator's or an
editor's note ("This is a provisional translation …", "E&OE")."""

from __future__ import annotations

import re

from kb.draft.lexicon import TITLE_HEADS, TITLE_WORDS
from kb.draft.speakers import Mention, mention_of

# A name of two to four capitalised words (a style before it), a comma, and the words of a post, then the colon; or
# a post and a body in capitals after commas ("Director-General, World Health Organization (WHO)"); or the body's
# initials alone in brackets ("Christian Lindmeier (WHO): …").
_CAPITALISED = r"[A-Z][\w’'-]*(?: (?:of|for|and|the|on|to|[A-Z][\w’'-]*|\([A-Z]{2,8}\)))*"
_NAMED_POST = re.compile(
    r"^(?P<label>(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}"
    rf"(?:, (?P<post>[^:\n.,;!?]{{3,80}}?|{_CAPITALISED}(?:, {_CAPITALISED}){{1,2}})| \((?P<initials>[A-Z]{{2,8}})\))):"
    r"[ \t]+(?=\S)"
)
_NOTE = re.compile(r"\bprovisional translation\b|^E ?& ?OE\b|\bcheck against delivery\b", re.IGNORECASE)
SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "’", ")")  # a line's last mark when it ends as a sentence does
HEADING_LENGTH = 200  # characters: a longer line is words, not a heading


def named_post_label(paragraph: str) -> re.Match[str] | None:
    """The label of a speaker named with their post after a comma ("Penny Wong, Foreign Minister: …", "Dr Tedros
    Adhanom Ghebreyesus, Director-General, World Health Organization (WHO): …") or their body's initials in brackets
    ("Christian Lindmeier (WHO): …"), or None."""
    found = _NAMED_POST.match(paragraph)
    post = re.split(r"[\s-]+", found["post"] or "") if found else []  # "Director-General": a director's post
    body = found is not None and bool(found["initials"] or _named_with_initials(found["post"] or ""))
    posted = found is not None and (any(word.casefold() in TITLE_HEADS for word in post) or body)
    return found if posted else None


def _named_with_initials(post: str) -> bool:
    """Whether a post ends with a body's name and its initials in brackets: "World Health Organization (WHO)" (not
    "Chile and Peru (ACP)": the initials open with the name's first letter, and each is a word's)."""
    named = re.search(r"(?:^|, )(?P<name>[^,]+) \((?P<initials>[A-Z]{2,8})\)$", post)
    firsts = {word[0].upper() for word in named["name"].split()} if named else set()
    return named is not None and named["name"][0] == named["initials"][0] and set(named["initials"]) <= firsts


def labelled_answerer(head: str) -> tuple[Mention | None, int]:
    """The speaker the record's first label named with a post gives (who answers the labels of that post alone), and
    where that label is; (None, 0) when no such label opens a paragraph."""
    for paragraph in re.finditer(r"(?m)^.+$", head):
        found = named_post_label(paragraph.group())
        who = mention_of(found["label"]) if found else None
        if who is not None and who.name:
            return who, paragraph.start()
    return None, 0


def surname_post(label: str, answers: Mention | None) -> bool:
    """Whether a label is a post and the surname of who answers the record ("Minister Kono" for Taro Kono)."""
    words = label.split()
    surname = (answers.name or "").split()[-1:] if answers else []
    return len(words) > 1 and words[-1:] == surname and all(word.casefold() in TITLE_WORDS for word in words[:-1])


def between_turns(paragraph: str) -> bool:
    """Whether a line of a record is no one's words: a translator's or an editor's note, or a heading — a short line
    that does not end as a sentence does and whose words are mostly capitalised ("Japan-Republic of Korea (ROK)
    Relations"; not an answer's list item, "- lower tariffs on steel")."""
    text = paragraph.strip()
    if _NOTE.search(text):
        return True
    words = [word for word in re.findall(r"[^\W\d_][\w’'-]*", text) if len(word) > 3]
    capitalised = sum(word[0].isupper() for word in words)
    return len(text) < HEADING_LENGTH and not text.endswith((*SENTENCE_ENDS, ":")) and 2 * capitalised > len(words) > 0
