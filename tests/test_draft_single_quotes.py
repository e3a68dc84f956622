"""kb draft: quotations in single marks (' ' and ‘ ’), as Indian and British papers print them, told from
apostrophes — a possessive ("the UK's", "the ministers’ agenda"), a letter between two marks ("rock 'n'
roll"). Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

from kb.draft.quotes import find_quotes

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Novak said: ‘We have agreed on the ministers’ agenda for May.’\n",
            ["We have agreed on the ministers’ agenda for May."],
        ),
        ("‘The talks’ outcome is still open,’ Lind told reporters.\n", ["The talks’ outcome is still open,"]),
        ("'Our members' boats stay in port,' the Alliance said.\n", ["Our members' boats stay in port,"]),
        ("The UK's envoy called the offer 'fair' and the EU's team agreed.\n", ["fair"]),
        ("The envoys’ meeting was ‘cordial’, the ministers’ spokesman said.\n", ["cordial"]),
        ("Lind spoke of 'successes' and the talks went on.\n", ["successes"]),
        ("Lind spoke of 'successes' and of the EU's 'offers' in the talks.\n", ["successes", "offers"]),
        ("The band played rock 'n' roll while Lind said the deal was 'close'.\n", ["close"]),
    ],
)
def test_a_single_quotation_is_told_from_an_apostrophe(text, words):
    assert [quote.words(text) for quote in find_quotes(text)] == words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Novak said: ‘We will sign once the ministers’ concerns are met.’\n",
            "We will sign once the ministers’ concerns are met.",
        ),
        (
            "‘The fleets’ future depends on this round,’ Anna Lind told reporters.\n",
            "The fleets’ future depends on this round",
        ),
    ],
)
def test_a_quote_in_single_marks_with_a_plural_s_possessive_is_drafted_whole(kb, text, expected):
    [quote] = [p for p in of_type(drafted(kb, text), "statement") if p["attribution"] == "direct_quote"]
    assert quote["text"] == expected
