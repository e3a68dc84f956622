"""The day of a meeting its own clause leaves undated — named again in the sentence after it, or added to the
meeting before it with "also" — and no held meeting after the day of publication (sentences written for these
tests; kb/draft/meeting_days.py). Published 2025-04-18, a Friday."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

from kb.draft.meeting_days import dated_again
from kb.draft.meeting_nouns import every_meeting
from kb.draft.reader import antecedents

pytestmark = pytest.mark.usefixtures("talks")


def days(kb, text: str, published: str = "2025-04-18") -> list[tuple[list[str], str | None]]:
    return [
        ([p["entity"] for p in meeting["participants"]], meeting.get("occurred_at"))
        for meeting in of_type(drafted(kb, text, published), "meeting")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez has held talks with Omar Diallo in Lima.\nDuring the meeting on Wednesday, Lopez raised fishing.\n",
        "Ana Lopez met Omar Diallo at the summit. At their bilateral talks on Wednesday, the two agreed on a plan.\n",
        "Ana Lopez spoke with Omar Diallo. The call took place on Wednesday at Lopez's request.\n",
        "Ana Lopez held talks with Omar Diallo. The talks, which were cordial, were held on Wednesday in Quito.\n",
    ],
)
def test_a_meeting_named_again_in_the_next_sentence_takes_the_day_that_sentence_gives_it(kb, text):
    [(_, day)] = days(kb, text)
    assert day == "2025-04-16"


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence's day is of something else: a deadline, a statement
        "Ana Lopez spoke with Omar Diallo. Following that call Lopez agreed to a deal by Wednesday.\n",
        "Ana Lopez held talks with Omar Diallo. The talks went well, Lopez said on Wednesday.\n",
        # the next sentence opens with no meeting
        "Ana Lopez held talks with Omar Diallo. On Wednesday, Lopez flew home.\n",
    ],
)
def test_a_next_sentence_that_dates_something_else_leaves_the_meeting_undated(kb, text):
    [(_, day)] = days(kb, text)
    assert day is None


@pytest.mark.parametrize(
    "second",
    [
        "She also held delegation-level talks with Karl Berg.",
        "Lopez also met the trade minister, Karl Berg, in the afternoon.",
        "Ana Lopez also had a phone call with Karl Berg before leaving.",
    ],
)
def test_a_meeting_the_same_person_also_had_takes_the_day_of_the_one_before(kb, second):
    text = f"On Wednesday, Ana Lopez met President Omar Diallo in Lima.\n\n{second}\n"
    meetings = days(kb, text)
    assert [day for _, day in meetings] == ["2025-04-16", "2025-04-16"]
    assert "karl-berg" in meetings[1][0]


def test_also_of_another_person_or_after_the_verb_takes_no_day_from_the_meeting_before(kb):
    text = (
        "On Wednesday, Ana Lopez met President Omar Diallo in Lima.\n\n"
        "Karl Berg also met Eva Stone.\n\n"
        "Lopez held talks with Eva Stone, who also leads the talks on fish.\n"
    )
    assert [day for _, day in days(kb, text)] == ["2025-04-16", None, None]


@pytest.mark.parametrize(
    "again",
    [
        "A one-on-one meeting took place between Lopez and the Peruvian president at the palace.",
        "Talks between Lopez and Diallo lasted two hours.",
        "Lopez's discussions with President Diallo focused on fishing.",
    ],
)
def test_a_meeting_told_again_in_the_next_sentence_by_its_parties_takes_its_day(kb, again):
    text = f"On Wednesday, Ana Lopez met Peruvian President Omar Diallo in Lima. {again} She also met Karl Berg."
    meetings = days(kb, text)
    assert [day for _, day in meetings] == ["2025-04-16", "2025-04-16"]  # told again: one meeting, its day kept
    assert "karl-berg" in meetings[1][0]  # "also" adds to the meeting told just before, dated as it was


@pytest.mark.parametrize(
    "again",
    [
        "Lopez met Diallo again in Quito.",  # another meeting
        "Lopez later held talks with Diallo.",
    ],
)
def test_a_meeting_of_the_same_parties_again_or_later_takes_no_day_from_the_one_before(again):
    text = f"On Wednesday, Ana Lopez met Peruvian President Omar Diallo in Lima. {again}\n"
    first, second = dated_again(text, every_meeting(text, antecedents(text)), "2025-04-18")
    assert "Wednesday" in first.dating
    assert "Wednesday" not in second.dating  # the draft keeps the first, dated, of the two: one meeting


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The decision was taken at a meeting between Ana Lopez and Omar Diallo on May 13.", "2024-05-13"),
        ("Ana Lopez met Omar Diallo in Lima on 2 May.", "2024-05-02"),
        ("Ana Lopez and Omar Diallo held talks in May.", "2024-05"),
        ("Ana Lopez met Omar Diallo on April 11.", "2025-04-11"),  # before publication: this year
        ("Ana Lopez met Omar Diallo on May 13, 2025.", "2025-05-13"),  # its year given: as given
    ],
)
def test_a_held_meeting_is_never_after_the_day_of_publication(kb, text, day):
    [(_, drafted_day)] = days(kb, text)
    assert drafted_day == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ana Lopez will meet Omar Diallo on Monday.", "2025-04-21"),  # the coming Monday, not the one before
        ("Ana Lopez said on Tuesday she would meet Omar Diallo on Thursday.", "2025-04-24"),
        ("Ana Lopez is set to meet Omar Diallo on Friday.", "2025-04-18"),  # the day of publication: that day
        ("Ana Lopez met Omar Diallo on Monday.", "2025-04-14"),  # held: the Monday before
        ("Ana Lopez and Omar Diallo will hold the first round of ministerial talks Tuesday.", "2025-04-22"),
    ],
)
def test_a_meeting_to_come_on_a_weekday_is_on_the_coming_one(kb, text, day):
    [(_, drafted_day)] = days(kb, text)
    assert drafted_day == day


def test_a_meeting_to_come_keeps_its_day_after_publication(kb):
    [meeting] = of_type(drafted(kb, "Ana Lopez will meet Omar Diallo on May 13."), "meeting")
    assert (meeting["occurred_at"], meeting["modality"]) == ("2025-05-13", "expected")


@pytest.mark.parametrize(
    "text",
    [
        "Lopez did not expect a deal before a summit between Ana Lopez and Omar Diallo in Lima on May 13.",
        "Markets were calm ahead of talks between Ana Lopez and Omar Diallo on May 13.",
        "Officials prepared the upcoming meeting between Ana Lopez and Omar Diallo on May 13.",
    ],
)
def test_a_meeting_the_sentence_puts_ahead_keeps_its_day_after_publication(kb, text):
    [(_, day)] = days(kb, text)
    assert day == "2025-05-13"


def test_words_of_time_pass_along_a_chain_of_meetings_told_again_a_few_steps_at_most():
    text = "On Wednesday, Ana Lopez met Omar Diallo in Lima. " + "Lopez spoke with Diallo by phone. " * 40
    found = every_meeting(text, antecedents(text))
    dated = dated_again(text, found, "2025-04-18")
    assert "Wednesday" in dated[1].dating and "Wednesday" in dated[2].dating  # told again, and again
    longest = max(len(met.dating) for met in found)
    assert max(len(met.dating) for met in dated) <= 4 * longest  # never all the chain's words: bounded work


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vice Premier Ana Lopez held video conversations with Trade Representative Omar Diallo on April 7 and with "
            "Treasury Secretary Eva Kral on April 16.\n",
            [(["ana-lopez", "omar-diallo"], "2025-04-07"), (["ana-lopez", "eva-kral"], "2025-04-16")],
        ),
        (
            "Ana Lopez met Omar Diallo for 90 minutes on Monday and with Eva Kral for two hours.\n",
            [(["ana-lopez", "omar-diallo"], "2025-04-14"), (["ana-lopez", "eva-kral"], "2025-04-14")],
        ),
    ],
)
def test_each_part_of_meetings_with_several_takes_its_own_day_else_the_first_parts(kb, text, expected):
    assert days(kb, text) == expected


def test_a_meeting_in_a_where_clause_takes_the_day_of_the_event_it_goes_on_from_and_so_does_one_after_who_also(kb):
    text = (
        "Prime Minister Ana Lopez was speaking at a summit in Prague on Thursday, where she again held brief "
        "discussions with President Omar Diallo, who also held talks with Chancellor Eva Kral.\n"
    )
    assert days(kb, text) == [(["ana-lopez", "omar-diallo"], "2025-04-17"), (["omar-diallo", "eva-kral"], "2025-04-17")]


@pytest.mark.parametrize(
    "text",
    [
        "President Omar Diallo arrived in Lima. He and Prime Minister Ana Lopez held a bilateral meeting on Monday.\n",
        "President Omar Diallo said he would visit, as he and Prime Minister Ana Lopez held a bilateral meeting on "
        "Monday.\n",
    ],
)
def test_he_joined_to_a_named_subject_is_the_one_he_stands_for(kb, text):
    assert days(kb, text) == [(["omar-diallo", "ana-lopez"], "2025-04-14")]
