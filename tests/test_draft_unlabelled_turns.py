"""kb draft on records whose turns carry no label: a title that gives its speaker after a post and a
comma, with the place or the day after the name. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports

pytestmark = pytest.mark.usefixtures("talks")


def turns(payloads: list[dict]) -> list[tuple[str, str, str | None]]:
    """Each statement's speaker, first words and day."""
    return [(p["speaker"], p["text"][:20], p.get("occurred_at")) for p in payloads if p["type"] == "statement"]


ANSWERS = """

The fisheries talks

The two delegations have agreed on the structure of a joint quota table for the northern stocks.

We expect the remaining figures to be settled at the third round, which Oslo will host in May.
"""


@pytest.mark.parametrize(
    "title",
    [
        "Briefing by the official spokesperson of the Ministry of Fisheries, Anna Berg, 3 March 2025",
        "Press Briefing by Fisheries Ministry Spokesperson Anna Berg, Oslo, March 3, 2025",
        "Remarks by the deputy minister for fisheries, Anna Berg, at the closing session, 3 March 2025",
    ],
)
def test_a_title_names_its_speaker_after_a_post_and_a_comma_and_dates_the_paragraphs(kb, runner, tmp_path, title):
    payloads = drafted(kb, title + ANSWERS, kind="transcript")
    assert turns(payloads) == [
        ("anna-berg", "The two delegations ", "2025-03-03"),
        ("anna-berg", "We expect the remain", "2025-03-03"),
    ]
    imports(runner, payloads, tmp_path)


RADIO_INTERVIEW = """\
Transcript: our interview with Norway's fisheries minister

In a long conversation with Morning Report's Ana Ruiz, Minister Tomas Novak spoke about the quota talks, \
the harbour strike and the coming election.

Ana Ruiz: What is holding up a quota deal with the European Union, if anything?

Minister Tomas Novak: Well, we certainly do not want a quarrel with the Union over a few thousand tonnes of fish.

Yeah, it is unfortunate, but we want to settle it at the table, and for that we need good faith on both sides.

Are you seeing good faith from Brussels?

To tell you the truth, not as much as we would like to see at this stage of the talks.
"""


def test_an_interview_whose_labels_stop_after_its_first_question_and_answer(kb, runner, tmp_path):
    payloads = drafted(kb, RADIO_INTERVIEW, kind="transcript")
    assert turns(payloads) == [
        ("tomas-novak", "Well, we certainly d", None),
        ("tomas-novak", "Yeah, it is unfortun", None),
        ("tomas-novak", "To tell you the trut", None),
    ]  # the unlabelled question is skipped, and the introduction is no answer
    imports(runner, payloads, tmp_path)


def test_an_unlabelled_interview_after_labelled_turns_of_other_forms(kb):
    podcast = (
        RADIO_INTERVIEW.replace("Ana Ruiz: What", "Ana Ruiz: So, first of all, what")
        .replace("Minister Tomas Novak: Well,", "Dr Lina Okafor: Well,")
        .replace("Minister Tomas Novak spoke", "Dr Lina Okafor, the union's negotiator, spoke")
    )
    assert [who for who, _, _ in turns(drafted(kb, podcast, kind="transcript"))] == ["lina-okafor"] * 3


def test_a_story_quoting_one_question_and_one_answer_by_name_is_an_interview_only_when_a_name_asks(kb):
    story = """\
Talks on the quota resumed in Oslo this week, officials said.

Minister Tomas Novak: We want a deal before the summer, and we will stay at the table as long as it takes.

The European Union's delegation did not comment on the minister's words after the session on Tuesday.
"""
    payloads = drafted(kb, story)
    assert all(p.get("_draft", {}).get("pattern") != "transcript-turn" for p in payloads)


COMMITTEE = """\
Fisheries Committee

Oral evidence: the quota talks with Norway, HC 412

Wednesday 5 March 2025

Q{one}Chair: Welcome to the committee. Could you tell us where the talks stand today?

Tomas Novak: The two delegations have agreed on the structure of a joint quota table for the northern stocks.

Q{two}Chair: When will the remaining figures be settled, and will the committee see them first?

Tomas Novak: We expect them at the third round in May, and the committee will see them before anyone else.
"""


@pytest.mark.parametrize(("one", "two"), [("12       ", "13       "), ("12. ", "13. "), (" 12 ", " 13 ")])
def test_a_committee_record_numbers_its_questions_before_the_labels(kb, runner, tmp_path, one, two):
    payloads = drafted(kb, COMMITTEE.format(one=one, two=two), kind="transcript")
    assert turns(payloads) == [
        ("tomas-novak", "The two delegations ", "2025-03-05"),
        ("tomas-novak", "We expect them at th", "2025-03-05"),
    ]  # the chair asks
    imports(runner, payloads, tmp_path)
