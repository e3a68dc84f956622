"""kb draft on the records of officials: a recording's transcript whose turns open with the time
they began, the figures an answer gives, a quotation a question repeats; a readout of a call, a
joint statement and a ministry's release on a negotiating round. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


def turns(payloads: list[dict]) -> list[tuple[str, str]]:
    """Each statement's speaker and first words."""
    return [(p["speaker"], p["text"][:24]) for p in payloads if p["type"] == "statement"]


STAMPED = """\
Ana Ruiz (00:00):
Ruiz, Channel Five. Your counterpart says the fisheries chapter is closed. Is it? And when do you sign? Thank you.
Tomas Novak (00:21):
The fisheries chapter is closed, yes, and I am grateful to both teams for the long nights it took.
(01:02)
What remains is the chapter on public procurement, where we still have some way to go before we sign.
Speaker 2 (01:40):
Thank you all very much for coming this afternoon, we will stop there for today.
"""


def test_a_turn_opens_with_the_time_it_began_and_goes_on_under_a_time_alone(kb, runner, tmp_path):
    payloads = drafted(kb, STAMPED, kind="transcript")
    assert turns(payloads) == [
        ("tomas-novak", "The fisheries chapter is"),
        ("tomas-novak", "What remains is the chap"),
    ]  # the questioner's turn asks; "Speaker 2" is a voice no one named
    assert "Ana Ruiz" not in {p["name"] for p in of_type(payloads, "entity")}
    imports(runner, payloads, tmp_path)


def test_a_time_alone_after_a_question_goes_on_asking(kb):
    text = STAMPED.replace("Thank you.\nTomas", "\n(00:15)\nAnd will it be signed by June? Thank you.\nTomas")
    assert [who for who, _ in turns(drafted(kb, text, kind="transcript"))] == ["tomas-novak", "tomas-novak"]


ANSWER_WITH_FIGURES = """\
Regular Press Conference of the Ministry of Trade (14 February 2025)

Q: Will the tariff on cars come down?

A: Under the agreement the tariff on cars falls to 10% for the first 100,000 vehicles a year.

Q: Will the deal be signed this month?

A: I am 80 per cent confident that we will sign it before the summer, but it is not done yet.
"""


def test_a_figure_an_answer_gives_is_drafted_and_how_likely_someone_thinks_something_is_is_not(kb):
    figures = [
        (p["value"], p["unit"]) for p in of_type(drafted(kb, ANSWER_WITH_FIGURES, kind="transcript"), "data_point")
    ]
    assert ("10", "percent") in figures and ("80", "percent") not in figures


def test_a_quotation_in_a_question_is_its_speaker_s_and_he_is_the_one_named_before_in_his_sentence(kb):
    text = STAMPED.replace(
        "Your counterpart says the fisheries chapter is closed.",
        'When you met Minister Karl Berger in Oslo, he said, "The fisheries chapter is closed and will stay closed."',
    )
    quoted = [p for p in of_type(drafted(kb, text, kind="transcript"), "statement") if "stay closed" in p["text"]]
    assert [p["speaker"] for p in quoted] == ["karl-berger"]
