"""Speakers set off from their verb by an inclusion between commas ("…, including X, said", "…, such as X, …"), read
over it as over a relative clause (texts written for these tests; INCLUSIONS in kb/draft/subjects.py)."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Representatives from the developing world, including small island nations threatened by the sea,"
         " panned the deal as “insulting.”\n", "Representatives from the developing world"),
        ("The lenders, such as the big pension funds of the north, described the plan as “a good start for"
         " everyone.”\n", "The lenders"),
        ('Several diplomats, notably those from the far north, warned that "the text is still far too weak".\n',
         "Several diplomats"),
        ("Trade Minister Ana Lind, especially in her closing remarks, stressed that “nobody leaves this room"
         " empty-handed.”\n", "ana-lind"),
    ],
)  # fmt: skip
def test_a_speaker_is_read_over_an_inclusion_between_commas(kb, text, speaker):
    statements = of_type(drafted(kb, text), "statement")
    assert [s.get("speaker") or s.get("speaker_description") for s in statements] == [speaker]


def test_an_inclusion_of_no_speaker_makes_no_speaker(kb):
    text = "Small island nations, including Tuvalu and Fiji, called the deal “a betrayal of the most exposed.”\n"
    assert of_type(drafted(kb, text), "statement") == []
