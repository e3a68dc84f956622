"""kb draft on texts made for the tests: each pattern, and the draft importing as it is."""

from __future__ import annotations

import json

import pytest
from drafting import PUBLISHED, clock, drafted, imports, of_type, source

from kb.cli import cli
from kb.draft import draft_source
from kb.draft.dates import resolve
from kb.draft.figures import figures
from kb.draft.periods import period
from kb.draft.text import sentences
from kb.events.append import Appender

pytestmark = pytest.mark.usefixtures("talks")


def test_a_quote_split_around_its_attribution_is_one_statement(kb, runner, tmp_path):
    text = (
        "Japan's chief negotiator Ryosei Akazawa spoke on Friday.\n\n"
        '"We want," he said, "a deal that works for both."\n'
    )
    payloads = drafted(kb, text)
    [statement] = of_type(payloads, "statement")
    assert statement["attribution"] == "partial_quote"
    assert statement["text"] == '"We want," he said, "a deal that works for both."'
    assert statement["speaker"] == "ryosei-akazawa"
    assert statement["_draft"]["pattern"].endswith("+pronoun")
    imports(runner, payloads, tmp_path)


def test_a_quote_running_over_paragraphs_is_one_direct_quote(kb, runner, tmp_path):
    text = (
        "Michel Barnier told reporters: “We have to remember who chose to leave.\n\n"
        "“The consequences will be substantial.\n\n"
        "“This is not about punishment.”\n\nThe talks resume in June.\n"
    )
    payloads = drafted(kb, text)
    [statement] = of_type(payloads, "statement")
    assert statement["attribution"] == "direct_quote"
    assert statement["text"].startswith("We have to remember who chose to leave.")
    assert statement["text"].endswith("This is not about punishment.")
    assert statement["speaker"] == "michel-barnier"
    assert statement["_draft"]["pattern"] == "speaker-verb-quote"
    imports(runner, payloads, tmp_path)


def test_a_pronoun_stands_for_the_speaker_named_before(kb):
    text = (
        '"The talks were frank," Prime Minister Shigeru Ishiba told reporters. He added: "We need specific progress."\n'
    )
    payloads = drafted(kb, text)
    speakers = [statement["speaker"] for statement in of_type(payloads, "statement")]
    assert speakers == ["shigeru-ishiba", "shigeru-ishiba"]
    [statement] = [s for s in of_type(payloads, "statement") if "specific" in s["text"]]
    assert statement["text"] == "We need specific progress."


def test_a_second_hand_quote_names_who_passed_it_on(kb, runner, tmp_path):
    text = (
        "Commerce Secretary Howard Lutnick spoke after he met Ryosei Akazawa on Wednesday.\n\n"
        'A government source said, quoting him as saying "the gap is still wide."\n'
    )
    payloads = drafted(kb, text)
    [statement] = of_type(payloads, "statement")
    assert statement["speaker"] == "howard-lutnick"
    assert statement["via_description"] == "A government source"
    assert statement["attribution"] == "partial_quote"
    assert statement["text"] == '"the gap is still wide."'
    assert statement["_draft"]["pattern"] == "source-quoting-speaker+pronoun"
    imports(runner, payloads, tmp_path)


def test_a_figure_in_two_currencies_is_one_data_point(kb, runner, tmp_path):
    text = "Japan had a trade surplus of around 9 trillion yen ($63 billion) with the United States last year.\n"
    payloads = drafted(kb, text)
    [point] = of_type(payloads, "data_point")
    assert (point["value"], point["unit"], point["approximate"]) == ("9000000000000", "JPY", True)
    assert point["value_as_stated"] == "around 9 trillion yen ($63 billion)"
    assert point["_draft"]["converted"] == "$63 billion"
    assert (point["metric"], point["subject"], point["counterpart"]) == ("trade_surplus", "japan", "united-states")
    assert (point["period_start"], point["period_end"]) == ("2024", "2024")
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    ("words", "value", "unit", "bound"),
    [
        ("a 15% tariff", "15", "percent", None),
        ("$550 billion in investment", "550000000000", "USD", None),
        ("at least US$300 billion a year", "300000000000", "USD", "lower"),
        ("up to 18 percent higher wages", "18", "percent", "upper"),
        ("2.2 billion people", "2200000000", "people", None),
        ("Twenty percent of farm income", "20", "percent", None),
        ("a 27-percent tariff", "27", "percent", None),
        ("21.3 trillion US dollars", "21300000000000", "USD", None),
        ("€1.5bn in aid", "1500000000", "EUR", None),
    ],
)
def test_figures_with_their_units_and_bounds(words, value, unit, bound):
    [figure] = figures(words)
    assert (figure.value, figure.unit, figure.bound) == (value, unit, bound)


def test_a_range_gives_both_bounds_and_years_or_counts_give_none():
    low, high = figures("the UK will pay between 45 and 55 billion euros")
    assert (low.value, low.bound, high.value, high.bound) == ("45000000000", "lower", "55000000000", "upper")
    assert low.as_stated == "between 45 and 55 billion euros"
    assert figures("In 2019, 15 countries held 8 rounds over six hours.") == []


@pytest.mark.parametrize(
    ("sentence", "when", "words"),
    [
        ("Ishiba said Friday he wants progress", "2025-04-18", "Friday"),
        ("They met on Wednesday in Washington", "2025-04-16", "on Wednesday"),
        ("The tariffs announced on April 2 stay", "2025-04-02", "April 2"),
        ("He said last Friday that it was over", "2025-04-11", "last Friday"),
        ("The first round was held last week", "2025-04", "last week"),
        ("The talks began last month", "2025-03", "last month"),
        ("He spoke yesterday", "2025-04-17", "yesterday"),
        ("A deal was struck on 12 December 2024", "2024-12-12", "12 December 2024"),
        ("TOKYO, April 18 (Kyodo) - Talks resume on Monday", "2025-04-14", "on Monday"),
        ("A meeting between Carney and Trump Tuesday went well", "2025-04-15", "Tuesday"),
    ],
)
def test_dates_are_resolved_from_the_published_date(sentence, when, words):
    assert resolve(sentence, PUBLISHED) == (when, words)


def test_a_date_that_needs_the_published_day_is_left_out_when_only_the_month_is_known():
    assert resolve("He said Friday", "2025-04") is None
    assert resolve("Biden won on Super Tuesday", PUBLISHED) is None
    assert resolve("on April 2, 2025, it began", "2025-04") == ("2025-04-02", "April 2, 2025")


def test_the_period_of_a_figure():
    assert period("a surplus in the year ended this March", PUBLISHED) == ("2024-04", "2025-03")
    assert period("exports in 2013 reached", PUBLISHED) == ("2013", "2013")


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Inflation eased to 3.1% in March from 3.4% in February.", ["2025-03", "2025-02"]),
        ("Exports fell 2.6% in March, after a 2.1% rise in February.", ["2025-03", "2025-02"]),
        ("The surplus widened to $5 billion in March from $3.2 billion in February 2024.", ["2025-03", "2024-02"]),
        ("Exports in March were $5 billion, up from $3.2 billion.", ["2025-03", "2025-03"]),  # the sentence's
    ],
)
def test_a_figure_takes_the_month_its_own_words_give(kb, text, months):
    assert [p["occurred_at"] for p in of_type(drafted(kb, text), "data_point")] == months


def test_a_statement_is_dated_by_its_sentence(kb):
    text = 'Akazawa met Trump last week. "It went well," Akazawa told reporters on Wednesday.\n'
    payloads = drafted(kb, text)
    [statement] = of_type(payloads, "statement")
    assert (statement["occurred_at"], statement["venue"]) == ("2025-04-16", "told reporters")
    [meeting] = of_type(payloads, "meeting")
    assert meeting["occurred_at"] == "2025-04"


def test_a_claim_is_dated_only_by_the_clause_that_reports_it_never_by_a_quote_or_another_clause(kb):
    text = (
        'Trump said in a letter sent on Monday that tariffs would start "from August 1, 2025".\n\n'
        '"The election on July 20 will decide," Akazawa told reporters on Thursday, after meeting Bessent on '
        "Wednesday.\n\n"
        'On Tuesday, Ishiba said "we will not give up on April 30."\n\n'
        "Ishiba said he hopes for a deal by June 15.\n\n"
        'During an interview with CNBC on Wednesday, Lutnick said, "We will get there by May 1."\n'
    )
    payloads = drafted(kb, text)
    dated = {p["text"][:12]: (p.get("occurred_at"), p["_draft"]["date_from"]) for p in of_type(payloads, "statement")}
    assert dated == {
        "Trump said i": ("2025-04-14", "on Monday"),
        "The election": ("2025-04-17", "on Thursday"),
        "On Tuesday, ": ("2025-04-15", "On Tuesday"),
        "Ishiba said ": (None, None),
        "We will get ": ("2025-04-16", "on Wednesday"),
    }


@pytest.mark.parametrize(
    ("dateline", "published", "day"),
    [
        ("TOKYO, April 18 (Kyodo) -", "2025-04-17T20:00:00Z", "2025-04-18"),  # Friday 05:00 in Tokyo
        ("WASHINGTON (AP) —", "2025-04-18T02:00:00+09:00", "2025-04-11"),  # Thursday 13:00 in Washington
        ("Washington, April 17 (Reuters) -", "2025-04-18T02:00:00+09:00", "2025-04-11"),
        ("", "2025-04-18T02:00:00+09:00", "2025-04-18"),  # no dateline: the day of the time as given
        ("", "2025-04-17T20:00:00Z", "2025-04-11"),
    ],
)
def test_a_weekday_counts_back_from_the_day_of_publication_where_the_dateline_was_written(kb, dateline, published, day):
    text = f'{dateline} "We are close," Akazawa told reporters on Friday.\n'
    [statement] = of_type(draft_source(kb, source(kb, text, published)).payloads, "statement")
    assert statement["occurred_at"] == day


def test_a_claim_whose_text_gives_no_day_is_undated_and_known_by_the_day_it_was_reported(kb, runner, tmp_path):
    payloads = drafted(kb, '"We want a deal," Akazawa said.\n\nAkazawa met Bessent in Washington.\n')
    claims = [p for p in payloads if p["type"] in ("statement", "meeting")]
    assert [(p["type"], "occurred_at" in p, p["reported_at"]) for p in claims] == [
        ("statement", False, PUBLISHED),
        ("meeting", False, PUBLISHED),
    ]
    assert all(p["_draft"]["date_from"] is None for p in claims)
    imports(runner, payloads, tmp_path)


def test_an_unknown_speaker_is_drafted_as_an_entity_with_their_post_first(kb, runner, tmp_path):
    text = '"We are close," said U.S. Treasury Secretary Scott Bessent in Washington.\n'
    payloads = drafted(kb, text)
    assert [p["type"] for p in payloads] == ["entity", "entity", "role", "statement"]
    person, country, role, statement = payloads
    assert (person["key"], person["kind"], person["name"], person["aliases"]) == (
        "scott-bessent",
        "person",
        "Scott Bessent",
        ["Bessent"],
    )
    assert (role["person"], role["title"], role["organisation"]) == (
        "scott-bessent",
        "treasury secretary",
        "united-states",
    )
    assert role["citations"][0]["excerpt"] == "U.S. Treasury Secretary Scott Bessent"
    assert statement["speaker"] == "scott-bessent"
    imports(runner, payloads, tmp_path)


def test_a_known_speaker_is_found_by_surname_alias_or_post(kb):
    appender = Appender(kb, clock)
    appender.add({"type": "entity", "key": "japan", "kind": "country", "name": "Japan"})
    appender.add({"type": "entity", "key": "ryosei-akazawa", "kind": "person", "name": "Ryosei Akazawa"})
    first = source(kb, "Japan's chief negotiator Ryosei Akazawa arrived.\n")
    role = {
        "type": "role",
        "person": "ryosei-akazawa",
        "title": "economic revitalization minister",
        "organisation": "japan",
    }
    appender.add({**role, "citations": [{"source": first, "excerpt": "Ryosei Akazawa"}]})
    text = (
        '"We will not rush," the economic revitalization minister told a press conference.\n'
        '"Nothing is agreed," Akazawa said.\n'
    )
    payloads = draft_source(kb, source(kb, text)).payloads
    assert of_type(payloads, "entity") == []
    assert [s["speaker"] for s in of_type(payloads, "statement")] == ["ryosei-akazawa", "ryosei-akazawa"]


def test_an_unnamed_speaker_is_a_description(kb):
    text = '"The door remains open," a senior European official said.\n'
    [statement] = of_type(drafted(kb, text), "statement")
    assert statement["speaker_description"] == "a senior European official"
    assert "speaker" not in statement


def test_reported_speech_passed_on_by_a_source_is_reported(kb):
    text = "Trump told the delegation he wants a deal, a Japanese government source said.\n"
    [statement] = of_type(drafted(kb, text), "statement")
    assert (statement["speaker"], statement["attribution"]) == ("trump", "reported")
    assert statement["via_description"] == "a Japanese government source"


def test_reported_speech_is_a_paraphrase_citing_its_sentence(kb):
    text = "Ishiba said the talks would continue next month. According to analysts, a deal is unlikely.\n"
    statements = of_type(drafted(kb, text), "statement")
    assert [(s["attribution"], s.get("speaker"), s.get("speaker_description")) for s in statements] == [
        ("paraphrase", "ishiba", None),
        ("paraphrase", None, "analysts"),
    ]
    assert statements[1]["citations"][0]["excerpt"] == "According to analysts, a deal is unlikely."


def test_a_meeting_with_its_participants_and_sides(kb, runner, tmp_path):
    text = "Japan's chief negotiator Ryosei Akazawa held talks with U.S. President Donald Trump in Washington.\n"
    payloads = drafted(kb, text)
    [meeting] = of_type(payloads, "meeting")
    assert meeting["participants"] == [
        {"entity": "ryosei-akazawa", "side": "japan", "role": "chief negotiator"},
        {"entity": "donald-trump", "side": "united-states", "role": "President"},
    ]
    assert meeting["place"] == "Washington"
    imports(runner, payloads, tmp_path)


def test_a_meeting_to_come_is_expected(kb):
    text = "Akazawa will meet Trump in Tokyo.\n"
    [meeting] = of_type(drafted(kb, text), "meeting")
    assert meeting["modality"] == "expected"


def test_a_candidate_repeating_a_recorded_claim_is_a_corroboration(kb, runner, tmp_path):
    first = source(kb, '"We want a win-win deal," Akazawa told reporters. Japan has a surplus of 9 trillion yen.\n')
    imports(runner, draft_source(kb, first).payloads, tmp_path)
    recorded = {p["type"]: p for p in (json.loads(path.read_text()) for path in kb.paths())}
    second = source(kb, 'Akazawa said: "We want a win-win deal." The surplus was 9 trillion yen.\n')
    payloads = draft_source(kb, second).payloads
    corroborations = of_type(payloads, "corroboration")
    assert [c["target"] for c in corroborations] == [recorded["statement"]["id"], recorded["data_point"]["id"]]
    assert corroborations[0]["citations"] == [{"source": second, "excerpt": 'Akazawa said: "We want a win-win deal."'}]
    assert of_type(payloads, "statement") == of_type(payloads, "data_point") == []
    imports(runner, payloads, tmp_path)
    assert draft_source(kb, second).payloads == []  # drafted again: all of it is recorded


def test_a_claim_of_another_negotiation_is_never_corroborated(kb, runner, tmp_path):
    first = source(kb, '"We want a win-win deal," Akazawa told reporters. Japan has a surplus of 9 trillion yen.\n')
    imports(runner, draft_source(kb, first).payloads, tmp_path)
    Appender(kb, clock).add({"type": "entity", "key": "other-talks", "kind": "negotiation", "name": "Other talks"})
    second = source(kb, 'Akazawa said: "We want a win-win deal." The surplus was 9 trillion yen.\n')
    payloads = draft_source(kb, second, "other-talks").payloads
    assert of_type(payloads, "corroboration") == []
    assert {p["negotiation"] for p in of_type(payloads, "statement") + of_type(payloads, "data_point")} == {
        "other-talks"
    }


def test_a_scare_quote_without_a_speaker_is_not_a_statement(kb):
    assert of_type(drafted(kb, "The so-called “divorce bill” is large.\n"), "statement") == []


def test_every_excerpt_of_a_draft_is_in_the_text(kb):
    text = (
        'WASHINGTON, April 17 (Wire) - "We are close," said Trade Representative Jamieson Greer, adding '
        "that a 10% tariff would stay. ‘It is fair’, he said.\n\n«Nous verrons», a French diplomat said.\n"
    )
    for payload in drafted(kb, text):
        for citation in payload.get("citations", []):
            assert citation["excerpt"] in text


def test_no_entity_from_a_weekday_a_time_stamp_a_pronoun_a_heading_or_part_of_a_longer_name(kb):
    text = (
        "BRUSSELS, March 3 (Wire) - Trade talks resumed.\n\n"
        "Michel Barnier 15:00 CET\n\n"
        'Thursday said "no deal is better than a bad deal," in a headline.\n\n'
        "A NEW CHAPTER OF EU-UK RELATIONS: The two sides met again on Monday.\n\n"
        "I, the undersigned, said that the order takes effect.\n\n"
        '"We are close," European Commission President Ursula von der Leyen said on Friday.\n\n'
        '"Not yet," von der Leyen told reporters.\n\n'
        '"It will take time," Barnier said, according to Reuters.\n\n'
        "Kyodo News said Tokyo agreed.\n"
    )
    payloads = drafted(kb, text)
    entities = {p["name"]: (p["kind"], p.get("aliases")) for p in of_type(payloads, "entity")}
    people = {name: aliases for name, (kind, aliases) in entities.items() if kind == "person"}
    assert people == {"Ursula von der Leyen": ["von der Leyen"], "Michel Barnier": ["Barnier"]}
    assert entities["Reuters"][0] == entities["Kyodo News"][0] == "organisation"
    roles = [(p["person"], p["title"], p["organisation"]) for p in of_type(payloads, "role")]
    assert roles == [("ursula-von-der-leyen", "president", "european-commission")]  # the Commission's, not the EU's


def test_a_full_name_given_only_in_the_possessive_is_the_surname_s_full_name(kb):
    text = (
        "New tariffs, a reply to penalties imposed by President Donald Trump’s administration, took effect.\n\n"
        "In March, Trump said he was preparing another $50 billion worth of tariffs.\n\n"
        'Officials of Emmanuel Macron\'s government met.\n\n"Not yet," Macron said.\n'
    )
    people = {p["name"]: p.get("aliases") for p in of_type(drafted(kb, text), "entity") if p["kind"] == "person"}
    assert people == {"Donald Trump": ["Trump"], "Emmanuel Macron": ["Macron"]}


def test_a_malaysian_style_is_no_part_of_the_name(kb):
    text = (
        "KUALA LUMPUR: Ministers will work on trade, says Datuk Seri Mohamad Hasan.\n\n"
        "Mohamad said the plan would be ready in October.\n\n"
        "“We want to see action,” said Dato’ Amir Hamzah Azizan.\n"
    )
    people = {p["name"] for p in of_type(drafted(kb, text), "entity") if p["kind"] == "person"}
    assert people == {"Mohamad Hasan", "Amir Hamzah Azizan"}


def test_a_change_is_a_change_of_its_level_never_a_level_and_alone_has_no_value(kb, runner, tmp_path):
    text = (
        "South Korea's exports to the European Union rose 5.9% from a year earlier to 60 billion euros, "
        "the Finance Ministry said.\n\n"
        "Imports shrank 4.7 pct on-year.\n\n"
        "Korea's trade surplus with China fell 1.3 per cent.\n"
    )
    payloads = drafted(kb, text)
    points = of_type(payloads, "data_point")
    shown = [
        (
            p["metric"],
            p["subject"],
            p.get("counterpart"),
            p.get("value"),
            p["unit"],
            p.get("change"),
            p["_draft"]["metric_from"],
        )
        for p in points
    ]
    assert shown == [
        ("exports", "south-korea", "european-union", "60000000000", "EUR",
         {"direction": "rise", "amount": "5.9", "unit": "percent", "base": "a year earlier"}, "exports"),
        ("imports", "south-korea", None, None, "percent",
         {"direction": "fall", "amount": "4.7", "unit": "percent", "base": "a year earlier"}, "Imports"),
        ("trade_surplus", "south-korea", "china", None, "percent",
         {"direction": "fall", "amount": "1.3", "unit": "percent"}, "surplus"),
    ]  # fmt: skip
    assert [p.get("period_unclear") for p in points] == [True, True, True]  # flows, and no period given
    imports(runner, payloads, tmp_path)


TRANSCRIPT = """Archive of official texts

[Title] Press Conference by Chancellor SCHOLZ Olaf Regarding the EU-Mercosur Agreement

[Date] June 2, 2023
[Full text]

[Opening statement by Chancellor Scholz]

Today we have reached an agreement with our partners in South America after many years of talks.

It opens markets for our companies and protects the standards we hold dear.

(Reporter) Chancellor, when will the agreement be ratified?

We expect the ratification to take at least two more years in every member state.

Will farmers be compensated?

Farmers will be supported through the transition with a dedicated fund.
"""


def test_a_transcript_without_labels_takes_its_speaker_from_its_headings_and_skips_questions(kb):
    statements = of_type(drafted(kb, TRANSCRIPT), "statement")
    assert [(s["speaker"], s["text"][:25]) for s in statements] == [
        ("olaf-scholz", "Today we have reached an "),
        ("olaf-scholz", "It opens markets for our "),
        ("olaf-scholz", "We expect the ratificatio"),
        ("olaf-scholz", "Farmers will be supported"),
    ]
    assert all(s["attribution"] == "direct_quote" and s["venue"] == "transcript" for s in statements)
    assert {(s["occurred_at"], s["_draft"]["date_from"]) for s in statements} == {("2023-06-02", "June 2, 2023")}


def test_a_transcript_speaker_can_be_given(kb, runner):
    text = "Briefing notes\n\nQ: What comes next?\n\nWe will meet again in Geneva next month to close the gaps.\n"
    briefing = source(kb, text)
    result = runner.invoke(cli, ["draft", briefing, "--speaker", "talks-chair", "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: --speaker: no entity 'talks-chair' in this knowledge base — give an entity's key, or a person's "
        "full name\n"
    )
    payloads = draft_source(kb, briefing, speaker="Maria Costa").payloads
    [statement] = of_type(payloads, "statement")
    assert (statement["speaker"], statement["text"]) == (
        "maria-costa",
        "We will meet again in Geneva next month to close the gaps.",
    )
    assert of_type(draft_source(kb, briefing).payloads, "statement") == []


def test_a_name_that_opens_a_longer_one_resolves_to_it(kb):
    text = (
        '"The deal is a victory," said Chinese Premier Li Keqiang on Sunday.\n\n'
        '"We will open further," Li told reporters. The Telegraph reported the signing.\n'
    )
    people = {p["name"] for p in of_type(drafted(kb, text), "entity") if p["kind"] == "person"}
    assert people == {"Li Keqiang"}


def test_a_title_names_the_answering_speaker_only_as_a_heading_line(kb):
    text = (
        "Opposition slams Press Conference by Chancellor Olaf Scholz on the trade deal\n\n"
        "The opposition says the agreement was rushed through without a vote in parliament.\n"
    )
    assert of_type(drafted(kb, text), "statement") == []


def test_an_apposition_after_a_quote_held_talks_and_reported_speech_after_a_pronoun(kb):
    text = (
        '"We made progress," Mexico\'s chief negotiator, Ildefonso Guajardo, said on Tuesday.\n\n'
        "Guajardo held face-to-face talks with Canadian Foreign Minister Chrystia Freeland in Ottawa on Monday.\n\n"
        "He said he conveyed Mexico's position on autos to the U.S. side.\n"
    )
    payloads = drafted(kb, text)
    quote, reported = of_type(payloads, "statement")
    assert (quote["speaker"], quote["text"], quote["occurred_at"]) == (
        "ildefonso-guajardo",
        "We made progress",
        "2025-04-15",
    )
    assert (reported["speaker"], reported["attribution"], reported["_draft"]["pattern"]) == (
        "ildefonso-guajardo",
        "paraphrase",
        "speaker-verb-clause+pronoun",
    )
    [meeting] = of_type(payloads, "meeting")
    assert [p["entity"] for p in meeting["participants"]] == ["ildefonso-guajardo", "chrystia-freeland"]
    assert (meeting["occurred_at"], meeting["place"]) == ("2025-04-14", "Ottawa")


def test_a_country_reporting_a_figure_is_a_data_point_not_a_statement(kb):
    payloads = drafted(kb, "South Korea posted a trade surplus of 5.2 trillion won in 2023.\n")
    assert of_type(payloads, "statement") == []
    [point] = of_type(payloads, "data_point")
    assert (point["metric"], point["subject"], point["value"], point["unit"]) == (
        "trade_surplus",
        "south-korea",
        "5200000000000",
        "KRW",
    )


def test_meetings_over_a_relative_clause_after_a_pronoun_each_with_its_length(kb, runner, tmp_path):
    text = (
        "Canadian Foreign Minister Chrystia Freeland, who was visiting Washington to push for a deal on dairy "
        "and autos, met with Steven Mnuchin at the White House for about 40 minutes.\n\n"
        "She held talks separately with U.S. Trade Representative Robert Lighthizer for 45 minutes and with "
        "Commerce Secretary Wilbur Ross for over two hours.\n\n"
        "Justin Trudeau on Tuesday received a detailed briefing from Freeland, who had been in Washington for "
        "talks.\n"
    )
    payloads = drafted(kb, text)
    meetings = [
        ([p["entity"] for p in m["participants"]], m.get("place"), m.get("duration"), m.get("duration_qualifier"))
        for m in of_type(payloads, "meeting")
    ]
    assert meetings == [
        (["chrystia-freeland", "steven-mnuchin"], "White House", "PT40M", "about"),
        (["chrystia-freeland", "robert-lighthizer"], None, "PT45M", None),
        (["chrystia-freeland", "wilbur-ross"], None, "PT2H", "over"),
        (["justin-trudeau", "chrystia-freeland"], None, None, None),
    ]
    assert of_type(payloads, "meeting")[0]["_draft"]["duration_from"] == "for about 40 minutes"
    assert of_type(payloads, "meeting")[3]["occurred_at"] == "2025-04-15"
    imports(runner, payloads, tmp_path)


def test_a_change_after_its_level_a_counterpart_named_the_country_and_no_figure_from_an_exchange_rate(kb):
    text = (
        "In the fiscal year ending in March, South Korea's trade surplus with the United States rose 4.1% to a "
        "record 55.6 billion dollars, the highest since records began in 1990.\n\n"
        "Exports to the country gained 10.5% from a year earlier to 127.8 billion dollars.\n\n"
        "Its deficit with Japan was 18 billion dollars, down 3.2% from a year earlier.\n\n"
        "The trade deal with Washington sets a 15% tariff on most goods.\n\n"
        "(1 U.S. dollar equals 1,364 won)\n"
    )
    payloads = of_type(drafted(kb, text), "data_point")
    points = [
        (p["metric"], p["value"], p["unit"], p.get("counterpart"), p.get("change", {}).get("amount")) for p in payloads
    ]
    assert points[:3] == [
        ("trade_surplus", "55600000000", "USD", "united-states", "4.1"),
        ("exports", "127800000000", "USD", "united-states", "10.5"),
        ("trade_deficit", "18000000000", "USD", "japan", "3.2"),
    ]
    assert [point[:3] for point in points[3:]] == [("tariff_rate", "15", "percent")]  # no "trade" of the deal, no $1
    [surplus] = [p for p in payloads if p["metric"] == "trade_surplus"]
    assert (surplus["period_start"], surplus["period_end"]) == ("2024-04", "2025-03")


def test_a_figure_in_someone_s_words_is_their_statement_not_a_data_point(kb):
    text = '"They will buy $90 billion of our gas," Trump told reporters. Exports rose 3% to $80 billion.\n'
    payloads = drafted(kb, text)
    assert [p["text"] for p in of_type(payloads, "statement")] == ["They will buy $90 billion of our gas"]
    assert [p["value"] for p in of_type(payloads, "data_point")] == ["80000000000"]


def test_a_tariff_s_products_and_a_flow_s_period_from_the_figure_before(kb, runner, tmp_path):
    text = (
        "Canada set a 25% surtax on imported steel, aluminium and whisky from July.\n\n"
        "Its exports totaled 900 billion dollars in the year ended March 2024.\n\n"
        "The surplus with Mexico was 12 billion dollars.\n"
    )
    payloads = drafted(kb, text)
    tariff, exports, surplus = of_type(payloads, "data_point")
    assert (tariff["metric"], tariff["product_scope"]) == ("tariff_rate", "steel, aluminium and whisky")
    assert "period_start" not in tariff and "period_unclear" not in tariff  # a rate covers no period
    assert (exports["period_start"], exports["period_end"]) == ("2023-04", "2024-03")
    assert (surplus["period_start"], surplus["period_end"], surplus["_draft"]["period_from"]) == (
        "2023-04",
        "2024-03",
        "an earlier sentence",
    )
    imports(runner, payloads, tmp_path)


def test_agreements_with_their_parties_kind_and_status(kb, runner, tmp_path):
    text = (
        "OTTAWA — Canada and Mexico confirmed on Tuesday that they will work toward a common position on autos.\n\n"
        "They also agreed to hold their next round of talks by the end of May.\n\n"
        "The United States and the European Union have reached a new trade framework, Trump said.\n\n"
        "Reports said Britain and the EU had agreed on the financial settlement.\n\n"
        "U.S. President Donald Trump signed an executive order implementing his agreement with Mexico.\n\n"
        '"We agreed that Canada and Mexico will work together on steel," Freeland said.\n'
    )
    payloads = drafted(kb, text)
    agreements = [
        (p["parties"], p["kind"], p["status"], p.get("occurred_at"), p.get("hedge"))
        for p in of_type(payloads, "agreement")
    ]
    assert agreements == [
        (["canada", "mexico"], "other", "procedural", "2025-04-15", None),
        (["canada", "mexico"], "other", "procedural", None, None),  # "by the end of May" is no day it was agreed
        (["united-states", "european-union"], "framework_agreement", "agreed_in_principle", None, None),
        (["united-kingdom", "european-union"], "other", "agreed_in_principle", None, "reportedly"),
        (["united-states", "mexico"], "executive_order", "signed", None, None),
        (["canada", "mexico"], "other", "agreed_in_principle", None, None),
    ]
    assert not [p for p in of_type(payloads, "statement") if "Canada and Mexico confirmed" in p["text"]]
    imports(runner, payloads, tmp_path)


def test_a_transcript_s_date_alone_on_a_line_dates_its_turns(kb):
    text = "Daily Briefing\n\nWashington\nMarch 3, 2025\n\nMS. BRUCE: Good afternoon, we have a deal to announce.\n"
    [turn] = of_type(drafted(kb, text), "statement")
    assert (turn["occurred_at"], turn["_draft"]["date_from"]) == ("2025-03-03", "March 3, 2025")


def test_a_quote_after_someone_speaking_to_reporters_and_a_participle_apposition(kb):
    text = (
        "Freeland spoke to reporters outside the embassy in Washington.\n\n"
        "“We talked about ways to land a deal on steel in the coming weeks.”\n\n"
        "Mr Trudeau, speaking through an interpreter, described the talks as “very constructive”.\n\n"
        "But Freeland accepted that the outcome was “not all we had hoped for”.\n"
    )
    said = [(p["speaker"], p["_draft"]["pattern"]) for p in of_type(drafted(kb, text), "statement")]
    assert said[:2] == [("freeland", "audience-introduction"), ("trudeau", "speaker-verb-quote")]
    assert said[2][0] == "freeland"


def test_a_tariff_a_country_faces_is_the_other_side_s_and_a_converted_amount_is_no_figure_of_its_own(kb):
    text = (
        "Korea posts a $55 billion surplus with the US.\n\n"
        "Its surplus with the United States reached 75 trillion won ($55 billion) last year.\n\n"
        "Korea still faces a 25% tariff on its cars.\n\n"
        "Its exports to China reached $55 billion.\n"  # the same amount after its conversion: a figure of its own
    )
    points = [
        (p["metric"], p["value"], p["subject"], p.get("counterpart")) for p in of_type(drafted(kb, text), "data_point")
    ]
    assert points == [
        ("trade_surplus", "75000000000000", "south-korea", "united-states"),
        ("tariff_rate", "25", "united-states", "south-korea"),
        ("exports", "55000000000", "south-korea", "china"),
    ]


def test_a_photo_caption_is_no_claim(kb):
    text = (
        "Trade Minister Mary Ng speaks to reporters after she met with Katherine Tai in Ottawa, Canada, "
        "Tuesday, April 15, 2025. (Jane Doe/Pool Photo via AP)\n"
        "Canada's Trade Minister Mary Ng said the talks with Tai were useful.\n"
        "Mary Ng meets Katherine Tai in Ottawa on Tuesday.\n"
        "09:15 JST, April 16, 2025\n"
        "OTTAWA — Mary Ng met with Katherine Tai on Tuesday for an hour.\n"
    )
    payloads = drafted(kb, text)
    assert [p["citations"][0]["excerpt"][:20] for p in of_type(payloads, "meeting")] == ["OTTAWA — Mary Ng met"]
    assert [p["text"][:20] for p in of_type(payloads, "statement")] == ["Canada's Trade Minis"]


@pytest.mark.parametrize(
    ("words", "value", "unit"),
    [
        ("rice imports of 346,000 tons", "346000", "tons"),
        ("24 million metric tons of grain", "24000000", "metric tons"),
        ("a cut of 9.7 million barrels a day", "9700000", "barrels per day"),
        ("a loan of SDR 978.2 million", "978200000", "XDR"),
    ],
)
def test_quantities_in_units_of_measure_and_sdr(words, value, unit):
    [figure] = figures(words)
    assert (figure.value, figure.unit) == (value, unit)


def test_a_meeting_between_two_named_a_weekday_after_them(kb):
    text = "OTTAWA — A long meeting between Prime Minister Mark Carney and Donald Trump Tuesday went well.\n"
    [meeting] = of_type(drafted(kb, text), "meeting")
    assert [p["entity"] for p in meeting["participants"]] == ["mark-carney", "donald-trump"]
    assert meeting["occurred_at"] == "2025-04-15"


@pytest.mark.parametrize(
    "call",
    ["had a telephone conversation with", "held a phone call with", "spoke by telephone with",
     "spoke on the phone with", "had a video call with"],
)  # fmt: skip
def test_a_call_between_two_named_is_a_meeting(kb, call):
    text = f"President Ana Lopez {call} Prime Minister Tomas Novak on Tuesday.\n"
    [meeting] = of_type(drafted(kb, text), "meeting")
    assert [p["entity"] for p in meeting["participants"]] == ["ana-lopez", "tomas-novak"]
    assert meeting["occurred_at"] == "2025-04-15"


def test_someone_changing_an_amount_by_a_figure_is_a_change(kb):
    text = "Saudi Arabia agreed to cut its production by 500,000 barrels a day, and Canada raised tariffs by 10%.\n"
    changes = [(p.get("value"), p["change"]["direction"]) for p in of_type(drafted(kb, text), "data_point")]
    assert changes == [(None, "fall"), (None, "rise")]


def test_labelled_turns_on_consecutive_lines_and_q_questions(kb):
    text = (
        "MS. BRUCE: Right.\n"
        "Q: Can you say what you expect from the talks next week in Vienna?\n"
        "MS. BRUCE: Sure. We have agreed to take part in talks with our European partners there.\n"
    )
    said = [(p["speaker"], p["text"][:20]) for p in of_type(drafted(kb, text), "statement")]
    assert said == [("bruce", "Sure. We have agreed")]


def test_the_statement_reads_is_the_body_that_issued_it(kb):
    text = (
        "An East African Community (EAC) statement said the talks ended well.\n\n"
        "“The agreement marks an important step toward peace in the region,” the statement reads.\n"
    )
    payloads = drafted(kb, text)
    [quote] = [p for p in of_type(payloads, "statement") if p["attribution"] == "direct_quote"]
    names = {p["key"]: p["name"] for p in of_type(payloads, "entity")}
    assert names[quote["speaker"]] == "East African Community"


@pytest.mark.parametrize("ending", [".", ""])
def test_the_statement_reads_is_the_person_who_issued_it_no_body_named_after_them(kb, ending):
    text = (
        "The two presidents discussed trade, according to a statement issued by State House Spokeswoman Ana "
        f"Lind{ending}\n\n“Other matters discussed were refugees and health,” the statement reads.\n"
    )
    payloads = drafted(kb, text)
    [quote] = [p for p in of_type(payloads, "statement") if p["attribution"] == "direct_quote"]
    names = {p["key"]: (p["kind"], p["name"]) for p in of_type(payloads, "entity")}
    assert names[quote["speaker"]] == ("person", "Ana Lind")
    assert not any("Lind" in name for kind, name in names.values() if kind != "person")


def test_a_run_on_full_stop_of_a_stored_copy_ends_a_sentence_but_not_after_an_abbreviation():
    text = "The envoys meet on Monday, the ministry said.Lind arrived in the U.S.Trade is up 3.5 percent."
    assert [s.text for s in sentences(text)] == [
        "The envoys meet on Monday, the ministry said.",
        "Lind arrived in the U.S.Trade is up 3.5 percent.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They met at 11:30 a.m. (around 1:30 p.m. Japan time) for an hour. Then they ate.",
            ["They met at 11:30 a.m. (around 1:30 p.m. Japan time) for an hour.", "Then they ate."],
        ),
        ("They met at 10 a.m. EST on Monday. It went well.", ["They met at 10 a.m. EST on Monday.", "It went well."]),
        ("They met at 10 a.m. Tuesday in Oslo. Fine.", ["They met at 10 a.m. Tuesday in Oslo.", "Fine."]),
        ("Talks ended at 7 p.m. GMT. Then nothing.", ["Talks ended at 7 p.m. GMT.", "Then nothing."]),
        # an hour at the end of a sentence, then the next one
        ("The call ended at 5 p.m. The ministers left.", ["The call ended at 5 p.m.", "The ministers left."]),
        ("It ended at 5 p.m. EU leaders said so.", ["It ended at 5 p.m.", "EU leaders said so."]),
        ("It ended at 5 p.m. Tuesday's talks were short.", ["It ended at 5 p.m.", "Tuesday's talks were short."]),
    ],
)
def test_an_hour_s_time_zone_place_or_weekday_goes_on_with_its_sentence(text, expected):
    assert [s.text for s in sentences(text)] == expected


def test_a_quote_after_a_run_on_full_stop_takes_the_day_of_its_own_sentence(kb):
    text = 'The envoys meet on Monday, the ministry said.On Thursday, Lind said it was open."We want a deal," he said.'
    [quote] = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] != "paraphrase"]
    assert "We want a deal" in quote["text"] and quote["occurred_at"] == "2025-04-17"


def test_talks_named_as_a_prospect_are_no_meeting(kb):
    text = "Calm brings momentum for talks between Norway and Kenya, and toward possible talks among Chile and Peru.\n"
    assert of_type(drafted(kb, text), "meeting") == []


def test_a_body_reporting_that_something_happened_to_a_figure_is_a_statement_and_the_figure_a_data_point(kb):
    text = "The International Monetary Fund on Thursday confirmed that talks on Chile's $7 billion loan would go on.\n"
    payloads = drafted(kb, text)
    [said] = of_type(payloads, "statement")
    assert said["speaker"] == "international-monetary-fund"
    assert [p["value"] for p in of_type(payloads, "data_point")] == ["7000000000"]
