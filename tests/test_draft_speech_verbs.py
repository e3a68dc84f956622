"""kb draft on reporting verbs the lexicon lacked: a verb and its particle ("pointed out", "spelled out")
and verbs that report what someone said ("mentioned", "clarified", "indicated"). Texts written for these
tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    "text",
    [
        "“Norway has 16 trade agreements, including the EFTA ones,” Tomas Novak pointed out.\n",
        "Tomas Novak pointed out that the offer was “final and not open to renegotiation”.\n",
        "“The quota table is the whole negotiation,” Tomas Novak spelled out on Monday.\n",
        "“We are not leaving the table before the summer,” Tomas Novak clarified.\n",
        "Tomas Novak mentioned that the talks had been “long but worth every night”.\n",
        "Tomas Novak indicated that a deal was “within reach, if Brussels moves”.\n",
    ],
)
def test_a_quote_reported_by_a_verb_the_lexicon_lacked_is_its_speaker_s(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == ["tomas-novak"]
    imports(runner, payloads, tmp_path)


def test_a_verb_of_two_words_needs_its_particle(kb):
    text = "Tomas Novak pointed to the talks in Oslo as “the model for every round to come”.\n"
    assert of_type(drafted(kb, text), "statement") == []  # "pointed to" reports nothing: a scare quote
