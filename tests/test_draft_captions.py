"""Photo captions as web pages print them: no statement is drafted from one, and a caption's date is no time the
story moves to (`kb/draft/captions.py`)."""

from __future__ import annotations

import pytest

from kb.draft.captions import captions
from tests.drafting import drafted_statements

LEDE = 'ACCRA (Wire) - Ghana and Togo made "real headway" on the border pact, Trade Minister Ama Osei said on Tuesday.'
QUOTE = '"We closed four of the six chapters," Osei told reporters in Accra.'
PUBLISHED = "2025-04-16"  # a Wednesday: Tuesday is the 15th

CAPTIONS = [
    "FILE PHOTO: Ama Osei speaks at a trade forum in Lome, Togo, March 8, 2018. REUTERS/Kofi Mensah",
    "FILE PHOTO: Ama Osei attends a summit in Abuja, Nigeria, June 2, 2021. REUTERS/File Photo",
    "FILE - Ama Osei arrives for talks in Lome, Togo, on Nov. 3, 2022. (AP Photo/Jane Doe, File)",
    "Ama Osei waves to the press in Lome on May 2, 2023. AFP via Getty Images",
    "Ama Osei and her Togolese counterpart shake hands in Lome on July 9, 2022. [Photo/Xinhua]",
    "Ama Osei addresses the assembly in Addis Ababa on February 5, 2020. Photo: EPA-EFE",
    "Ama Osei at the signing in Lome on 4 April 2019. Photo by Kwame Boateng/Bloomberg",
    "Image caption Ama Osei at the opening of the talks in Lome on 12 January 2024",
    "Ama Osei visits the port of Tema on September 1, 2023. (Photo: PTI)",
    "Ama Osei and her Togolese counterpart smile before the start of talks in Lome on Aug. 21. © Reuters",
    "Ama Osei answers questions from reporters at Accra airport on the afternoon of the 10th. /Courtesy of News1",
    "Ama Osei and her Togolese counterpart spoke by telephone on June 2, 2021 [Getty]",
    "Ama Osei listens to her Togolese counterpart in Lome on June 2, 2021. Kofi Mensah/Copyright 2021 The AP.",
    "Ama Osei (left) meets her Togolese counterpart in Lome on June 2, 2021.",
    "Kojo Lind (R) shakes hands with Ama Osei (L) in Lome on June 2, 2021.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_is_no_statement_and_its_date_keeps_no_quote_from_the_story_s_day(caption):
    text = f"{LEDE}\n\n{caption}\n\n{QUOTE}\n"
    assert captions(text) == [(text.index(caption), text.index(caption) + len(caption))]
    said = drafted_statements(text, PUBLISHED)
    assert [s["occurred_at"] for s in said if "four of the six chapters" in s["text"]] == ["2025-04-15"]
    assert not [s for s in said if caption[:20] in s["text"]]


@pytest.mark.parametrize(
    "credit",
    [
        "Photo : Ghana News Agency",
        "Image: Reuters",
        "Credit: AP",
        "Picture: Kofi Mensah",
        "(AFP)",
        "(REUTERS/Kofi Mensah/File Photo / DAILY GRAPHIC FILE PHOTO)",
        "(Photo by Kofi Mensah)",
    ],
)
def test_a_line_before_a_credit_is_a_caption(credit):
    caption = "Ama Osei and Kojo Lind at the border post on March 3, 2019"
    text = f"{LEDE}\n{caption}\n{credit}\n{QUOTE}\n"
    assert (text.index(caption), text.index(credit) + len(credit)) in captions(text)  # with its credit
    assert [s.get("occurred_at") for s in drafted_statements(text, PUBLISHED) if "four of" in s["text"]] == [
        "2025-04-15"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Osei told Reuters on Monday that the talks had gone well.",
        "Osei said a Reuters/Ipsos poll showed most traders backed the accord.",
        "Files on the border dispute were handed over, the ministry said.",
        "Osei said the photo of the signing was taken in Lome.",
        "Osei said the image of a divided region was false.",
        "Osei said Togo had been very patient, in the words of a diplomat.",
        "Osei said the left (opposition) bloc opposed the pact.",  # a bracket after no name
        "Osei said the copyright of the 2021 report stays with Togo.",
    ],
)
def test_a_paragraph_of_the_story_is_no_caption(line):
    text = f"{LEDE}\n\n{line}\n"
    assert captions(text) == []
    assert [s for s in drafted_statements(text, PUBLISHED) if line[:25] in s["text"]]


def test_a_long_line_or_one_holding_a_quotation_is_no_caption():
    quoted = 'Osei said the accord was "a start" and thanked her hosts in Lome. REUTERS/Kofi Mensah'
    long = "Osei said the accord was a start. " * 12 + "REUTERS/Kofi Mensah"
    assert captions(f"{quoted}\n{long}\n") == []


def test_the_event_of_an_old_picture_above_the_story_dates_none_of_the_story_s_words():
    """A file photo's talks ("… before the start of talks in Lome on March 21") are not "her talks" of the story."""
    text = (
        "Ama Osei and Kojo Lind smile before the start of talks in Lome on March 21. © Reuters\n\n"
        "ACCRA (Wire) - Ghana and Togo made headway on the border pact.\n\n"
        '"We are close," Osei said at a news conference following her talks with Lind.\n'
    )
    said = drafted_statements(text, PUBLISHED)
    assert [s.get("occurred_at") for s in said if "We are close" in s["text"]] == [None]


def test_the_event_of_the_week_s_picture_above_the_story_may_date_its_words():
    text = (
        "Ama Osei and Kojo Lind attend a high-level economic dialogue in Lome on Tuesday. (Pool photo)\n\n"
        "LOME (Wire) - The two governments confirmed progress.\n\n"
        '"We are close," Osei told reporters after the dialogue.\n'
    )
    said = drafted_statements(text, PUBLISHED)
    assert [s.get("occurred_at") for s in said if "We are close" in s["text"]] == ["2025-04-15"]
