"""An outlet described, not named, reports words as a speaker does: "the state news agency reported that …",
"a local newspaper quoted …" (texts written for these tests; SOURCE_NOUNS in kb/draft/lexicon.py)."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Meanwhile, the state-run news agency reported that the three ministers “agreed to meet again in"
         " Washington in December.”\n", "the state-run news agency"),
        ("The state broadcaster said the two leaders had “reached a broad understanding on the border.”\n",
         "The state broadcaster"),
        ('A local newspaper wrote that the negotiators were "nowhere near a deal on the fishing rights".\n',
         "A local newspaper"),
        ("“The talks will resume next week in Geneva,” state television announced.\n", "state television"),
    ],
)  # fmt: skip
def test_an_outlet_described_not_named_is_the_speaker_of_what_it_reports(kb, text, speaker):
    statements = of_type(drafted(kb, text), "statement")
    assert [s.get("speaker") or s.get("speaker_description") for s in statements] == [speaker]
