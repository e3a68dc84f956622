"""kb draft: a quote judged in the passive is the words of whom *by* names ("was described by climate experts
as '…'", "was branded '…' by Anna Lind"). Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, drafted_statements, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    "text",
    [
        "The deal has been hailed by Tomas Novak as “a new start for the fleets”.\n",
        "The plan was branded “reckless” by Tomas Novak, the Czech envoy.\n",
        "The new text is 34 pages long, and was described by Tomas Novak as “manageable”.\n",
        "The offer, tabled on Monday, was dismissed as “a token” by Tomas Novak.\n",
        "Last year's quota table was widely criticised by Tomas Novak as “a gift to the trawlers”.\n",
    ],
)
def test_a_quote_judged_in_the_passive_is_whom_by_names(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == ["tomas-novak"]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The new text was described by climate experts as “manageable”.\n", "climate experts"),
        ("The new text is 34 pages long, and was described\nby climate experts as “manageable”.\n", "climate experts"),
        ("The offer was called “a disgrace” by union officials.\n", "officials"),
    ],
)
def test_an_unnamed_judge_is_a_description(text, speaker):
    assert [s.get("speaker_description") for s in drafted_statements(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The offer was called “a disgrace” by the time the talks ended.\n",  # a time, not a speaker
        "The island was described by travel writers in the 1920s as “paradise”.\n",  # more than a speaker
        "The deal was described as “historic”.\n",  # no one named
    ],
)
def test_by_a_time_or_by_no_one_gives_no_speaker(text):
    assert drafted_statements(text) == []
