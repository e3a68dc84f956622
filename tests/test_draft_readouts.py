"""kb draft on the way readouts and wire copy report speech: verbs that express a feeling or a stance
("expressed hope", "voiced concern", "conveyed gratitude"), "concluded" after a quote, a readout as the speaker
("the U.S. readout said"), a post with a prefix in the apposition of a speaker ("co-chair", "vice-chair") or of
two portfolios ("the oil and gas minister"), a pronoun before the name it praises, two speakers joined by "and
her counterpart", and a sentence that opens inside a quotation. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, drafted_statements, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak expressed “cautious hope” for the next round of talks in Oslo.\n",
        "At the close of the round, Tomas Novak voiced “deep concern” over the quota table.\n",
        "Tomas Novak conveyed his “sincere gratitude” to the Norwegian hosts.\n",
        "In a call on Monday, Tomas Novak expressed the “urgent need to finish the annexes before June”.\n",
        "Tomas Novak, who chaired the session, voiced his “full confidence in the negotiators”.\n",
    ],
)
def test_a_quote_a_speaker_expresses_or_voices_is_theirs(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == ["tomas-novak"]
    imports(runner, payloads, tmp_path)


def test_a_feeling_expressed_without_quotes_is_reported_speech():
    said = drafted_statements("Tomas Novak expressed concern that the talks would drag on into the summer.\n")
    assert [(s["speaker"], s["attribution"]) for s in said] == [("tomas-novak", "paraphrase")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a country's or a body's readout: its words (document_speakers.py)
        ("“We thank our hosts for their patience,” the Czech readout added.\n", "czech-republic"),
        ("The Norwegian readout stated the call focused “mainly on the quota table”.\n", "norway"),
        (
            "The ministers spoke by phone, with the EU readout saying there is a “need for a deal by June”.\n",
            "european-union",
        ),
        ("Readouts of the call differed. The Czech readouts said the call was “warm”.\n", "The Czech readouts"),
    ],
)
def test_a_readout_speaks(text, speaker):
    said = drafted_statements(text)
    assert [s.get("speaker") or s.get("speaker_description") for s in said] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak, co-chair of the talks, said the new text was the “starting point of the negotiation”.\n",
        "“We are close to a text,” said Tomas Novak, vice-chair of the fisheries committee.\n",
        "Tomas Novak, the bloc's ex-negotiator, told reporters the offer was “too little, too late”.\n",
        "Tomas Novak, a co-founder of the fishermen's union, called the quotas “a disgrace”.\n",
    ],
)
def test_a_post_with_a_prefix_describes_the_speaker_before_it(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == ["tomas-novak"]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lind spoke to reporters on Friday.\n\n"
        "She praised her counterpart, Trade Representative Tomas Novak, for bringing “good faith” to the table.\n",
        "Anna Lind spoke to reporters on Friday.\n\nShe hailed Tomas Novak for his “patience and courage”.\n",
        "Anna Lind spoke to reporters on Friday.\n\n"
        "She also criticised the Czech envoy, Tomas Novak, for his “games with the quota table”.\n",
    ],
)
def test_a_pronoun_before_a_name_it_praises_stands_for_whom_the_text_named_before(text):
    said = drafted_statements(text)
    assert [s["speaker"] for s in said if s["attribution"] == "partial_quote"] == ["anna-lind"]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anna Lind and her Czech counterpart Tomas Novak on Tuesday said the talks went well.\n",
        "Anna Lind and her counterpart Tomas Novak expressed hope that the talks would end by June.\n",
        "Anna Lind and his deputy Eva Kral told reporters the talks would resume.\n",
    ],
)
def test_two_joined_by_and_and_an_owner_are_no_one_speaker(text):
    assert drafted_statements(text) == []  # what two parties say together is their agreement's, not the second's


def test_one_joined_over_a_sentence_is_still_one_speaker():
    text = "Talks on quotas and their effect on prices went on, Eva Kral said.\n"
    assert [s["speaker"] for s in drafted_statements(text)] == ["eva-kral"]


def test_a_post_opening_the_story_is_the_first_one_named_after_it_with_that_post():
    text = (
        "Talks with Norway have been “very hard”, the Czech trade minister said Tuesday.\n\n"
        "The remarks come as President Eva Kral voiced confidence that a deal could be signed soon.\n\n"
        "Trade minister Tomas Novak said the “process was long and taxing”.\n"
    )
    said = drafted_statements(text)
    assert [s.get("speaker") for s in said if s["attribution"] == "partial_quote"] == ["tomas-novak"] * 2


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "“Quotas are the hardest issue we discussed. We all remain far apart,” Tomas Novak said, adding “we agree "
            "that the annex comes first.”\n",
            "we agree that the annex comes first.",
        ),
        (
            "“The offer came late. It is still too small,” Tomas Novak told reporters, calling it “a token”.\n",
            "a token",
        ),
        (
            "“We met for six hours. Nothing moved,” Tomas Novak said on Friday, before warning of “a long winter”.\n",
            "a long winter",
        ),
    ],
)
def test_a_sentence_that_opens_inside_a_quote_quotes_its_end_too(kb, runner, tmp_path, text, words):
    payloads = drafted(kb, text)
    partial = [p for p in of_type(payloads, "statement") if p["attribution"] == "partial_quote"]
    assert [p["speaker"] for p in partial] == ["tomas-novak"]
    assert partial[0]["text"].startswith('"') and partial[0]["text"].count('"') == 4
    assert f'"{words}"' in partial[0]["text"]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak spoke in Oslo.\n\nThe plantations and commodities minister also said the EU was “very patient”.\n",
        "Tomas Novak arrived in Oslo.\n\n“We are close,” the oil and gas minister told reporters.\n",
        "Tomas Novak spoke in Oslo.\n\nThe fisheries and oceans minister called the offer “a start”.\n",
    ],
)
def test_a_post_of_two_portfolios_joined_by_and_is_the_one_named_before(text):
    assert [s["speaker"] for s in drafted_statements(text)] == ["tomas-novak"]


def test_an_and_between_clauses_opens_no_post():
    text = "The talks stalled and angry officials said the offer was “too small”.\n"
    assert [s.get("speaker_description") for s in drafted_statements(text)] == ["officials"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“We thank our hosts for their patience,” the Czech readout concluded.\n", "czech-republic"),
        ("“We thank our hosts,” concluded Tomas Novak.\n", "tomas-novak"),
        ("“The talks will go on after the summer,” Tomas Novak concluded on Friday.\n", "tomas-novak"),
    ],
)
def test_concluded_right_after_a_quote_reports_it(text, speaker):
    said = drafted_statements(text)
    assert [s.get("speaker") or s.get("speaker_description") for s in said] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The summit concluded with a call to “transition away” from coal.\n",
        "Countries agreed to “transition away” from coal as the summit concluded.\n",
    ],
)
def test_an_event_that_concluded_says_nothing(text):
    assert drafted_statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak in a statement released on July 8, 2024 said the offer was “final”.\n",
        "Tomas Novak in a letter sent on 3 March, 2025 warned that the table was “closed”.\n",
        "Tomas Novak at a news conference in Oslo said the offer was “final”.\n",
    ],
)
def test_a_venue_with_a_dated_document_between_the_speaker_and_the_verb_is_read_past(text):
    assert [s["speaker"] for s in drafted_statements(text)] == ["tomas-novak"]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak in a statement released on April 8, 2025 said the offer was “final”.\n",
        "On April 8, 2025 Tomas Novak said the offer was “final”.\n",
        "Tomas Novak told reporters on April 8, 2025 that the offer was “final”.\n",
    ],
)
def test_a_day_given_with_its_year_after_a_comma_dates_the_quote(text):
    assert [s.get("occurred_at") for s in drafted_statements(text)] == ["2025-04-08"]
