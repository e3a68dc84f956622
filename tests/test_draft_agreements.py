"""Agreements signed at summits and visits, as wire stories and ministries' releases report them
(sentences written for these tests; kb/draft/agreements.py)."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

from kb.draft.agreements import read_agreements

pytestmark = pytest.mark.usefixtures("talks")


def agreed(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    return [(a.parties, a.kind, a.status) for a in read_agreements(text)]


MOU = (("Chile", "Peru"), "memorandum_of_understanding", "signed")


@pytest.mark.parametrize(
    "text",
    [
        "Foreign ministers of Chile and Peru on saturday signed a memorandum of understanding (MoU) on trade.",
        "Chile and Peru signed three memorandums of understanding (MoUs) on Tuesday.",
        "Chile and Peru signed an MoU on fisheries.",
        "Chile and Peru on Monday signed two MoUs.",
        "The memorandum of understanding between Chile and Peru was signed on Friday.",
        "The MoU was signed by Chile's Foreign Minister Ana Lopez and Peru's Omar Diallo in Lima.",
    ],
)
def test_a_memorandum_signed_however_it_is_written(text):
    assert agreed(text) == [MOU]


def test_the_memorandum_named_again_as_signed_is_the_one_before():
    text = (
        "Chile and Peru signed a memorandum of understanding on Saturday. The MoU was signed by Foreign Minister "
        "Ana Lopez and her Peruvian counterpart Omar Diallo."
    )
    assert agreed(text) == [MOU]


def test_another_agreement_after_a_memorandum_is_one_of_its_own():
    text = "Chile and Peru signed an MoU on Saturday. The trade agreement between Chile and Peru was signed in 2019."
    assert agreed(text) == [MOU, (("Chile", "Peru"), "other", "signed")]


def test_signing_the_minutes_is_no_agreement():
    assert agreed("Chile and Peru signed the minutes of the meeting.") == []


def test_a_memorandum_and_its_signatories_meeting_draft_and_import(kb, runner, tmp_path):
    text = (
        "LIMA - Foreign ministers of Chile and Peru on Tuesday signed a memorandum of understanding (MoU). "
        "The MoU was signed by Chile's Foreign Minister Ana Lopez and her Peruvian counterpart Omar Diallo.\n"
    )
    payloads = drafted(kb, text)
    [agreement] = of_type(payloads, "agreement")
    assert (agreement["kind"], agreement["status"]) == ("memorandum_of_understanding", "signed")
    [meeting] = of_type(payloads, "meeting")
    assert [p["entity"] for p in meeting["participants"]] == ["ana-lopez", "omar-diallo"]
    imports(runner, payloads, tmp_path)


def test_a_long_text_of_the_new_constructions_is_read():
    text = "The memorandum between Chile and Peru and Chile and Peru " * 4000 + "signed three MoUs (MoUs) " * 4000
    assert len(text) > 200_000
    assert agreed(text) == [MOU]  # the last "Chile and Peru" signed them
