"""A quote that opens a paragraph after a word or two of the reporter's, with no attribution of its own:
'The "agreement in principle will be put on paper within a day."' after a paragraph ending on the speaker's
quote goes on with that speaker's words (see statements._paragraph_speaker)."""

from __future__ import annotations

from kb.draft.quotes import Quote
from kb.draft.reader import MIN_WORDS_WITHOUT_FRAME


def opens_its_paragraph(text: str, at: int, quote: Quote) -> bool:
    """Whether a quote of MIN_WORDS_WITHOUT_FRAME words or more opens its sentence, which starts at ``at``, after
    two words at most: 'The "agreement will be on paper within a day."', 'Its "text will be signed in May"' (not
    after a label or a list's bullet: '• Update: "…"')."""
    before = text[at : quote.start]
    if not before[:1].isalpha() or ":" in before:  # a list's item or a label: "• Update: '…'"
        return False
    return len(before.split()) <= 2 and len(quote.words(text).split()) >= MIN_WORDS_WITHOUT_FRAME
