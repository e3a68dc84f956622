"""kb draft's dates, on sentences written for the tests: the day a claim's own words give, the
event or the statement they refer back to, and the day a dateline was written."""

from __future__ import annotations

import pytest
from drafting import PUBLISHED, clock, day_of

from kb.draft import draft_source
from kb.draft.dates import clause_around, dateline_day, local_day, resolve
from kb.draft.occasions import elsewhen
from kb.events.append import Appender
from kb.events.store import KnowledgeBase

pytestmark = pytest.mark.usefixtures("talks")


def statements(kb: KnowledgeBase, text: str, published: str = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    """(the first words, the day, the words that gave it) of each statement drafted from the text."""
    payload = {"type": "source", "kind": "article", "publisher": "Wire", "title": "A report", "published_at": published}
    source = Appender(kb, clock).add(payload, text).stem
    return [
        (p["text"][:16], p.get("occurred_at"), p["_draft"]["date_from"])
        for p in draft_source(kb, source).payloads
        if p["type"] == "statement"
    ]


def test_a_date_in_the_words_a_verb_of_saying_reports_is_theirs_not_the_saying_s():
    for sentence in ("Tanaka said of Monday’s talks that they were useful", "Tanaka told reporters of Monday’s talks"):
        assert resolve(clause_around(sentence, len("Tanaka ")), PUBLISHED) is None  # what is said of
    sentence = "Tanaka told the Council of Europe on Monday that talks were useful"
    assert resolve(clause_around(sentence, len("Tanaka ")), PUBLISHED) == ("2025-04-14", "on Monday")
    sentence = "Tanaka said the two delegations would meet again on Monday in Geneva"
    assert resolve(clause_around(sentence, sentence.index("said")), PUBLISHED) is None
    sentence = "Tanaka told the upper house on Wednesday the two delegations would meet again on Monday"
    assert resolve(clause_around(sentence, sentence.index("told")), PUBLISHED) == ("2025-04-16", "on Wednesday")
    sentence = "Tanaka said in a statement issued on Tuesday that the delegations would meet on Monday"
    assert resolve(clause_around(sentence, sentence.index("said")), PUBLISHED) == ("2025-04-15", "on Tuesday")


def test_a_participle_before_or_after_the_verb_gives_the_occasion_and_its_day(kb):
    text = (
        '"The gap on rice is narrower," Tanaka, speaking at a news conference on Wednesday, said.\n\n'
        '"The gap on steel is wider," Osei said, speaking to the finance committee on Tuesday.\n'
    )
    assert statements(kb, text) == [
        ("The gap on rice ", "2025-04-16", "on Wednesday"),
        ("The gap on steel", "2025-04-15", "on Tuesday"),
    ]


def test_a_statement_made_after_an_event_a_sentence_before_dates_takes_its_day(kb):
    text = (
        "The ministerial round in Nairobi closed on Wednesday without a text.\n\n"
        '"We leave with less than we came for," Osei said after the end of the round.\n\n'
        "Tanaka met Osei for an hour on Tuesday.\n\n"
        '"We found common ground on seeds," Tanaka told reporters following the meeting.\n'
    )
    assert statements(kb, text) == [
        ("We leave with le", "2025-04-16", "on Wednesday (of the round, in an earlier sentence)"),
        ("We found common ", "2025-04-15", "on Tuesday (of the meeting, in an earlier sentence)"),
    ]


def test_an_event_named_anew_without_a_day_leaves_the_statement_after_it_undated(kb):
    text = (
        "Tanaka met Osei for an hour on Tuesday.\n\n"
        "Tanaka later held a second meeting with Lindqvist in Oslo.\n\n"
        '"We found common ground on seeds," Tanaka told reporters after the meeting.\n\n'
        '"Our farmers need certainty," Osei said at the conference.\n'  # no conference dated before
    )
    assert statements(kb, text) == [("We found common ", None, None), ("Our farmers need", None, None)]


def test_a_statement_that_continues_the_one_before_by_the_same_speaker_shares_its_day(kb):
    text = (
        '"We have closed the chapter on seeds," Tanaka told reporters on Tuesday.\n\n'
        '"The chapter on fisheries will take longer," she added.\n\n'
        '"Nothing is agreed until everything is agreed, and that has not changed at all this week."\n\n'
        '"Our farmers need certainty," Osei said on Wednesday.\n\n'
        '"The rules on origin must be simple," Tanaka added.\n\n'  # Osei spoke in between: no day
        '"A deal by June is possible," Osei said.\n'  # named again, no "added": a statement of its own
    )
    assert statements(kb, text) == [
        ("We have closed t", "2025-04-15", "on Tuesday"),
        ("The chapter on f", "2025-04-15", "on Tuesday (of the statement before)"),
        ("Nothing is agree", "2025-04-15", "on Tuesday (of the statement before)"),
        ("Our farmers need", "2025-04-16", "on Wednesday"),
        ("The rules on ori", None, None),
        ("A deal by June i", None, None),
    ]


def test_a_quote_a_sentence_introduces_takes_the_day_of_that_sentence(kb):
    text = "Osei told the finance committee on Wednesday:\n\n“Our farmers need certainty before the planting season.”\n"
    assert ("Our farmers need", "2025-04-16", "on Wednesday") in statements(kb, text)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("BUENOS AIRES, Dec. 11 (Xinhua) -- The round closed.", "2025-12-12", "2025-12-11"),
        ("Nairobi, December 11 (Reuters) - The round closed.", "2025-12-12", "2025-12-11"),
        ("A headline\n\nMOSCOW, December 11. /TASS/. The round closed.", "2025-12-12", "2025-12-11"),
        ("OSLO, April 16 (AP) — The round closed.", "2025-04", "2025-04-16"),  # a day where only the month is known
        ("OSLO, Dec. 31 (AP) — The round closed.", "2026-01-02", "2025-12-31"),
        ("OSLO, March 2 (AP) — The round closed.", "2025-04-18", None),  # weeks before it was published: no dateline
        ("OSLO (AP) — The round closed on Dec. 11.", "2025-12-12", None),
        ("A release\nBrussels, 11 December 2025\nThe round closed.", "2025-12-12", "2025-12-11"),
        ("Brussels, 11 December 2024\nThe round closed.", "2025-12-12", None),
        ("ISLAMABAD, Dec 11: The round closed.", "2025-12-12", "2025-12-11"),
        ("New Delhi [India], December 11 (ANI): The round closed.", "2025-12-12", "2025-12-11"),
        ("A headline\n\nKathmandu, December 11\n\nThe round closed.", "2025-12-12", "2025-12-11"),
    ],
)
def test_the_day_a_dateline_gives(text, published, day):
    assert dateline_day(text, published) == day
    assert local_day(published, text) == (day or published)


def test_a_weekday_counts_back_from_the_day_the_dateline_gives(kb):
    # Published on Friday 12 December, written on Thursday 11 December: "Friday" is the week before.
    text = 'BUENOS AIRES, Dec. 11 (Xinhua) -- "We are close to a text," Osei said on Friday.\n'
    assert statements(kb, text, "2025-12-12") == [("We are close to ", "2025-12-05", "on Friday")]
    text = 'OSLO, April 16 (AP) — "We are close to a text," Osei said on Tuesday.\n'
    assert statements(kb, text, "2025-04") == [("We are close to ", "2025-04-15", "on Tuesday")]


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Osei told reporters Tuesday that it was over", ("2025-04-15", "Tuesday")),
        ("Osei said late Wednesday", ("2025-04-16", "Wednesday")),
        ("Osei told Fox News Sunday Morning Futures", None),  # a programme's name
        ("The delegations meet every Friday", None),
        ("They had agreed to meet the following Tuesday", None),
        ("It won on Super Tuesday", None),
    ],
)
def test_a_bare_weekday_is_a_date_unless_it_names_something_else(sentence, when):
    assert resolve(sentence, PUBLISHED) == when


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("BUENOS AIRES, Dec. 11 (Xinhua) -- The round closed without a text.", None),
        ("MOSCOW, December 11. /TASS/. The round closed without a text.", None),
        ("LONDON, Dec. 11 - The round closed on Tuesday.", ("2025-12-09", "on Tuesday")),
        ("ISLAMABAD, Dec 11: The round closed without a text.", None),
        ("Beijing, Dec. 11 (Xinhua) — The round closed without a text.", None),
        ("Geneva, 11 December 2025 (UN News) - The round closed without a text.", None),
        ("Tokyo, Dec 11 (Jiji Press)—The round closed on Tuesday.", ("2025-12-09", "on Tuesday")),
        ("NEW DELHI, Dec. 11 (PTI): The round closed without a text.", None),
        ("New Delhi [India], December 11 (ANI): The round closed without a text.", None),
        ("KATHMANDU [Nepal], Dec 11 (ANI): The round closed on Tuesday.", ("2025-12-09", "on Tuesday")),
        ("The round closed on Tuesday, 9 December 2025, in Nairobi.", ("2025-12-09", "9 December 2025")),
    ],
)
def test_a_dateline_gives_no_date_of_what_the_story_reports(sentence, when):
    assert resolve(sentence, "2025-12-12") == when


def test_a_transcript_s_date_line_day_first_dates_its_turns(kb):
    text = (
        "Daily Press Briefing\n\nMonday, 14 April 2025\n\n"
        "MR. OSEI: Good afternoon. The two delegations resumed their talks on fisheries this morning.\n"
    )
    assert statements(kb, text) == [("Good afternoon. ", "2025-04-14", "14 April 2025")]


def test_a_statement_made_afterwards_or_of_a_document_or_an_announcement_dated_before_takes_its_day(kb):
    text = (
        "Tanaka met Osei in Nairobi on Tuesday.\n\n"
        '"We found common ground on seeds," Tanaka told reporters afterwards.\n\n'
        "The farmers' union issued a statement on Wednesday.\n\n"
        '"The quota is too small," the statement said.\n\n'
        "Lindqvist announced on Thursday that the chapter on fisheries was closed.\n\n"
        '"It took eleven rounds," Osei said at the announcement.\n'
    )
    dated = [(words, day, why) for words, day, why in statements(kb, text) if words[:3] in ("We ", "The", "It ")]
    assert dated == [
        ("We found common ", "2025-04-15", "on Tuesday (of the event before: afterwards)"),
        ("The quota is too", "2025-04-16", "on Wednesday (of the statement, in an earlier sentence)"),
        ("It took eleven r", "2025-04-17", "on Thursday (of the announcement, in an earlier sentence)"),
    ]


def test_the_day_after_words_about_the_speaker_is_the_clause_s(kb):
    text = '"The gap on rice is narrower," said Osei, the chief negotiator of the farmers\' bloc, on Tuesday.\n'
    assert statements(kb, text) == [("The gap on rice ", "2025-04-15", "on Tuesday")]
    sentence = "Osei said, as the delegates left, that a text was ready on Tuesday"
    assert resolve(clause_around(sentence, sentence.index("said")), PUBLISHED) is None


def test_a_day_counted_from_the_event_a_sentence_before_dates(kb):
    text = (
        "Tanaka met Osei in Nairobi on Tuesday.\n\n"
        'Later that day, Tanaka said: "The chapter on fisheries will take longer."\n\n'
        '"We found common ground on seeds," Osei said the next day.\n\n'
        "Lindqvist met Osei in Oslo.\n\n"
        '"The rules on origin must be simple," Lindqvist said a day later.\n'  # the meeting before it has no day
    )
    assert statements(kb, text) == [
        ("The chapter on f", "2025-04-15", "that day (on Tuesday, in an earlier sentence)"),
        ("We found common ", "2025-04-16", "the next day (on Tuesday, in an earlier sentence)"),
        ("The rules on ori", None, None),
    ]


def test_a_quote_a_pronoun_attributes_right_after_a_dated_one_shares_its_day_but_not_further_on(kb):
    text = (
        '"We have closed the chapter on seeds," Tanaka told reporters on Tuesday.\n\n'
        '"The chapter on fisheries will take longer," she said.\n\n'
        "The delegations resume their work in Oslo in May.\n\n"
        '"Nothing is agreed until everything is agreed," she said.\n'
    )
    assert statements(kb, text) == [
        ("We have closed t", "2025-04-15", "on Tuesday"),
        ("The chapter on f", "2025-04-15", "on Tuesday (of the statement before)"),
        ("Nothing is agree", None, None),
    ]


def test_an_event_dated_by_the_day_it_opened_gives_no_day_to_what_is_said_at_it(kb):
    text = (
        "The ministerial conference in Nairobi opened on Monday.\n\n"
        '"Our farmers need certainty," Osei said at the conference.\n\n'
        "The conference closed on Wednesday.\n\n"
        '"We leave with less than we came for," Osei said after the end of the conference.\n'
    )
    assert statements(kb, text) == [
        ("Our farmers need", None, None),
        ("We leave with le", "2025-04-16", "on Wednesday (of the conference, in an earlier sentence)"),
    ]


def test_a_weekday_given_with_a_date_is_that_date_not_a_count_back_from_publication(kb):
    text = (
        'Trade Minister Anna Lind said on Saturday (5 April) that the talks were "stuck".\n\n'
        'Tomas Novak said on Sunday, 6 April, that the offer was "final".\n\n'
        "Anna Lind met Tomas Novak on Saturday, 5 April, in Geneva."
    )
    assert [day for _, day, _ in statements(kb, text)] == ["2025-04-05", "2025-04-06"]
    assert clause_around("Lind met Novak on Saturday (5 April) in Geneva.", 5).endswith("(5 April")


def test_the_event_a_verb_of_saying_reports_on_is_no_occasion_of_the_saying(kb):
    text = (
        "Peru and Chile agreed on Thursday to speed up the border talks.\n\n"
        'Trade Minister Anna Lind said the talks were "frank".\n\n'
        'Tomas Novak said at the talks that the offer was "final".'
    )
    assert [day for _, day, _ in statements(kb, text)] == [None, "2025-04-17"]


def test_the_event_a_promise_or_a_vow_is_about_is_no_occasion_of_the_saying(kb):
    text = (
        "Anna Lind and Tomas Novak held a first meeting in Lima on Tuesday.\n\n"
        'Anna Lind promised the farmers would come away "well served" from their meetings.\n\n'
        'Tomas Novak vowed the negotiations would end "before winter".\n\n'
        'Tomas Novak said after the meeting that the offer was "final".'
    )
    assert [day for _, day, _ in statements(kb, text)] == [None, None, "2025-04-15"]


def test_what_is_said_after_an_event_an_opening_phrase_dates_is_of_its_day(kb):
    text = (
        'After meeting Tomas Novak on Tuesday, Anna Lind said the talks were "frank."\n\n'
        'Following talks in Lima on Monday, Tomas Novak said the offer was "final."\n\n'
        'After Wednesday\'s session, Anna Lind said the gap was "narrow."\n\n'
        'After months of talks, Tomas Novak said a deal was "close."'
    )
    assert [day for _, day, _ in statements(kb, text)] == ["2025-04-15", "2025-04-14", "2025-04-16", None]


@pytest.mark.parametrize(
    "opening", ["India and Peru", "Ontario and Peru", "Atlanta's envoys and Peru", "Lastovo and Peru"]
)
def test_a_name_that_begins_as_a_phrase_of_time_does_is_no_opening_phrase_of_time(kb, opening):
    # "In", "On", "At", "Last" open these names: the clause before the comma is what was said, not when.
    text = f"{opening} concluded a round of talks last week, the ministry said on Monday.\n"
    assert [(day, words) for _, day, words in statements(kb, text)] == [("2025-04-14", "on Monday")]


def test_a_full_stop_alone_after_a_quotation_ends_the_reported_words(kb):
    text = (
        "Recounting her trip to Nairobi, trade minister Ama Osei said the “talks were slow and taxing”.\n\n"
        "“We need more time,” Osei told reporters on Tuesday.\n"
    )
    assert statements(kb, text)[-1] == ("We need more tim", "2025-04-15", "on Tuesday")


def test_a_speaker_s_later_words_share_the_day_the_story_gave_their_saying(kb):
    text = (
        "Talks on the seed chapter were “slow and tiring”, Kenya’s trade minister Ama Osei said Tuesday.\n\n"
        "Kenya sells seeds to twelve countries.\n\n"
        "Recounting the last post-war round in Nairobi, Osei said the “texts were very hard to close”.\n\n"
        "“We need two more rounds,” Osei told reporters on the sidelines of the farm forum.\n\n"
        "Before the talks, Osei had said the “gap was small”.\n\n"  # another time: undated, and so what follows
        "“Seeds are the hardest part,” Osei said.\n\n"
        "“The gap is wide,” Tanaka said on Wednesday.\n\n"
        "Norway hosts the round.\n\n"
        "“Our farmers need certainty,” Tanaka said at a press conference in Oslo.\n\n"  # a new occasion, no day
        "“Rules of origin must be simple,” Lind said on Monday.\n\n"
        "“Tariffs will fall,” Tanaka said.\n\n"  # Lind spoke in between: not the same account
        "“Quotas will grow,” Lind told AFP.\n"  # told someone: another occasion
    )
    assert statements(kb, text) == [
        ("Talks on the see", "2025-04-15", "Tuesday"),
        ("Recounting the l", "2025-04-15", "Tuesday (of the speaker's statement before)"),
        ("We need two more", "2025-04-15", "Tuesday (of the speaker's statement before)"),
        ("Before the talks", None, None),
        ("Seeds are the ha", None, None),
        ("The gap is wide", "2025-04-16", "on Wednesday"),
        ("Our farmers need", None, None),
        ("Rules of origin ", "2025-04-14", "on Monday"),
        ("Tariffs will fal", None, None),
        ("Quotas will grow", None, None),
    ]


def test_the_eve_of_a_day_or_of_an_event_dated_before_is_the_day_before_it(kb):
    text = (
        "“We need more time,” Osei said on the eve of Wednesday’s summit.\n\n"
        "The leaders gather for the summit in Oslo on Thursday.\n\n"
        "Kenya sells seeds to twelve countries.\n\n"
        "“Our farmers need certainty,” Tanaka said on the eve of the summit.\n"
    )
    assert statements(kb, text) == [
        ("We need more tim", "2025-04-15", "the eve of Wednesday"),
        ("Our farmers need", "2025-04-16", "the eve of the summit (on Thursday, in an earlier sentence)"),
    ]
    sentence = "Osei met Tanaka in Oslo on the eve of the April 20 vote"
    when = resolve(clause_around(sentence, sentence.index("met")), PUBLISHED)
    assert when == ("2025-04-19", "the eve of the April 20")


def test_a_statement_after_a_day_s_event_or_after_meeting_or_landing_takes_that_day(kb):
    text = (
        "“The gap is narrowing,” Osei said after Thursday’s meeting with Tanaka.\n\n"
        "Lind arrived in Oslo on Monday.\n\n"
        "Kenya sells seeds to twelve countries.\n\n"
        "“We came to close the seed chapter,” Lind told the Oslo Post after landing.\n\n"
        "Tanaka met Osei on Tuesday.\n\n"
        "Kenya buys rice from nine countries.\n\n"
        "“We found common ground,” Tanaka told reporters after meeting Osei.\n"
    )
    assert statements(kb, text) == [
        ("The gap is narro", "2025-04-17", "Thursday"),
        ("We came to close", "2025-04-14", "on Monday (of the landing, in an earlier sentence)"),
        ("We found common ", "2025-04-15", "on Tuesday (of the meeting, in an earlier sentence)"),
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("President Ana Lopez met Friday with Prime Minister Tomas Novak and Minister Ines Berg.", "2025-04-18"),
        ("Ana Lopez and Tomas Novak held talks on the sidelines of the G20 summit on Saturday.", "2025-04-12"),
        ("Ana Lopez and Tomas Novak held bilateral talks in Oslo on the eve of Wednesday’s summit.", "2025-04-15"),
    ],
)
def test_a_meeting_dated_between_its_verb_and_its_parties_or_held_by_two_subjects(kb, sentence, day):
    payload = {"type": "source", "kind": "article", "publisher": "Wire", "title": "A report", "published_at": PUBLISHED}
    source = Appender(kb, clock).add(payload, sentence + "\n").stem
    [meeting] = [p for p in draft_source(kb, source).payloads if p["type"] == "meeting"]
    assert [p["entity"] for p in meeting["participants"]][:2] == ["ana-lopez", "tomas-novak"]
    assert meeting["occurred_at"] == day


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Osei said two days ago that talks would go on", ("2025-04-16", "two days ago")),
        ("Osei told reporters a day ago the gap was wide", ("2025-04-17", "a day ago")),
        ("Osei said two sides agreed a text days ago", None),  # no number of days: no day
    ],
)
def test_days_ago_count_back_from_publication(sentence, when):
    assert resolve(clause_around(sentence, len("Osei ")), PUBLISHED) == when


def test_a_weekday_before_an_event_a_relative_clause_of_speaking_and_earlier_in_the_day_date_a_statement(kb):
    text = (
        "“The gap is narrowing,” Osei said in a Tuesday statement.\n\n"
        "“We are close,” Tanaka told a Wednesday news conference.\n\n"
        "Lind, who spoke to reporters on Monday, said “seeds come first”.\n\n"
        "“Rules of origin must be simple,” Berg said earlier in the day.\n\n"
        "“A deal is near,” Novak said on a Thursday.\n"  # "a Thursday" and no event: no day
    )
    assert statements(kb, text) == [
        ("The gap is narro", "2025-04-15", "Tuesday"),
        ("We are close", "2025-04-16", "Wednesday"),
        ("Lind, who spoke ", "2025-04-14", "on Monday"),
        ("Rules of origin ", "2025-04-18", "earlier in the day"),
        ("A deal is near", None, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Osei said on Tuesday last week that talks would go on", ("2025-04-08", "on Tuesday last week")),
        ("Osei said on Friday, last week, that talks would go on", ("2025-04-11", "on Friday, last week")),
        ("Osei will meet Tanaka on Monday next week", ("2025-04-21", "on Monday next week")),
        ("Osei said on Tuesday that talks would go on", ("2025-04-15", "on Tuesday")),
        ("Osei said on Tuesday last week’s talks were useful", ("2025-04-15", "on Tuesday")),
    ],
)
def test_a_weekday_of_last_or_next_week_is_that_day_of_that_week(sentence, when):
    assert resolve(sentence, PUBLISHED) == when


def test_a_quote_takes_the_day_of_the_occasion_its_speaker_spoke_on_a_sentence_before(kb):
    text = (
        "Trade minister Ama Osei held a news conference in Oslo on Monday.\n\n"
        "“We are close,” the minister said.\n\n"
        "Tomas Novak addressed the forum on Tuesday.\n\n"
        "“Tariffs will fall,” Tanaka said.\n\n"  # someone else: not Novak's occasion
        "Ines Berg spoke to reporters on Wednesday.\n\n"
        "The talks resume in May.\n\n"  # another time between
        "“Quotas will grow,” Berg said.\n"
    )
    assert statements(kb, text) == [
        ("We are close", "2025-04-14", "on Monday (of the occasion before)"),
        ("Tariffs will fal", None, None),
        ("Quotas will grow", None, None),
    ]


def test_a_meeting_that_refers_back_to_talks_dated_before_takes_their_day(kb):
    text = (
        "Envoys held talks in Oslo on Tuesday, on the eve of the summit.\n\n"
        "The talks included former trade minister Ana Lopez, Tomas Novak as well as envoy Ines Berg.\n"
    )
    payload = {"type": "source", "kind": "article", "publisher": "Wire", "title": "A report", "published_at": PUBLISHED}
    source = Appender(kb, clock).add(payload, text).stem
    [meeting] = [p for p in draft_source(kb, source).payloads if p["type"] == "meeting"]
    assert [p["entity"] for p in meeting["participants"]] == ["ana-lopez", "tomas-novak", "ines-berg"]
    assert (meeting["occurred_at"], meeting["_draft"]["date_from"]) == (
        "2025-04-15",
        "on Tuesday (of the talks, in an earlier sentence)",
    )


def test_a_saying_dated_only_by_a_week_or_a_month_is_never_given_a_day(kb):
    text = (
        "“The gap is narrowing,” Osei said earlier this month.\n\n"
        "“We are close,” Tanaka said last week.\n\n"
        "“Seeds come first,” Lind said in a speech at the Oslo forum.\n"
    )
    assert statements(kb, text) == [
        ("The gap is narro", "2025-04", "earlier this month"),
        ("We are close", "2025-04", "last week"),
        ("Seeds come first", None, None),
    ]
    # "last week" may mean any day from the Monday of the week before through the day before publication:
    # from Friday 2 May that is 21 April to 1 May, two months, so no month — nor the day of the quote before
    text = "“The gap is narrowing,” Osei said on Wednesday.\n\n“We are close,” Osei said last week.\n"
    assert statements(kb, text, "2025-05-02") == [
        ("The gap is narro", "2025-04-30", "on Wednesday"),
        ("We are close", None, None),
    ]
    assert resolve("Lind said last week", "2025-05-16") == ("2025-05", "last week")  # 5 to 15 May
    assert resolve("Lind said last week", "2025-05-06") is None  # Monday 28 April to Monday 5 May


def test_hours_or_minutes_later_is_the_day_of_the_event_before(kb):
    text = (
        "Osei met Tanaka in Oslo on Tuesday.\n\n"
        "Hours later, Osei told reporters “the gap is narrowing”.\n\n"
        "Lind held a news conference in Bern.\n\n"  # an event named without a day
        "Minutes later, Lind said “seeds come first”.\n"
    )
    assert statements(kb, text) == [
        ("Hours later, Ose", "2025-04-15", "Hours later (on Tuesday, in an earlier sentence)"),
        ("Minutes later, L", None, None),
    ]


def test_a_statement_made_after_doing_something_on_a_day_takes_that_day_but_not_a_day_of_what_is_said():
    sentence = "“Seeds first,” Osei told reporters after attending the closing session in Oslo on Tuesday (April 15)."
    assert resolve(clause_around(sentence, sentence.index("told")), PUBLISHED) == ("2025-04-15", "on Tuesday")
    sentence = "Osei said following chairing the plenary of the seed talks in the Norwegian capital on Monday afternoon"
    assert resolve(clause_around(sentence, sentence.index("said")), PUBLISHED) == ("2025-04-14", "on Monday")
    sentence = "Osei said after visiting Oslo the talks would resume on Monday"  # the day of what is said
    assert resolve(clause_around(sentence, sentence.index("said")), PUBLISHED) is None


def test_a_body_s_words_take_the_day_of_the_statement_a_sentence_before_released_but_never_an_undated_one(kb):
    text = (
        "According to a statement released by the Trade Ministry on Wednesday, Osei and Tanaka held talks "
        "by video link.\n\n"
        "“The talks were constructive,” Kenya’s Trade Ministry said.\n\n"
        "“We are close,” Osei said.\n\n"  # a person's words: not the statement's
        "In a statement, the Foreign Ministry welcomed the progress.\n\n"
        "“Seeds come first,” the Foreign Ministry said.\n"
    )
    assert statements(kb, text) == [
        ("The talks were c", "2025-04-16", "on Wednesday (of the statement, in an earlier sentence)"),
        ("We are close", None, None),
        ("Seeds come first", None, None),
        ("According to a s", "2025-04-16", "on Wednesday"),  # the statement itself, reported
    ]


def test_a_committee_s_words_take_the_day_of_the_statement_its_lede_reports(kb):
    text = (
        "LONDON - The biggest group of creditors said talks had stalled, according to a statement issued on "
        "Wednesday.\n\n"
        "“We are disappointed,” the creditor committee said in an emailed statement.\n\n"
        "“We are close,” Eva Kral from the finance committee said by phone.\n"  # one of its people: not the statement
    )
    found = {words: day for words, day, _ in statements(kb, text)}
    assert found["We are disappoin"] == "2025-04-16"
    assert found["We are close"] is None


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Osei said on the 14th of April that talks would go on", ("2025-04-14", "14th of April")),
        ("Osei said on 14th April, 2024 that talks would go on", ("2024-04-14", "14th April, 2024")),
        ("Osei met Tanaka from the 7th to 9th of April", ("2025-04-07", "7th to 9th of April")),
        ("Osei said on Monday, 14th of April, that talks would go on", ("2025-04-14", "14th of April")),
        ("Osei told reporters last night that talks would go on", ("2025-04-17", "last night")),
        ("Osei said on Monday evening that talks would go on", ("2025-04-14", "on Monday")),
        ("Osei said last Tuesday that talks would go on", ("2025-04-15", "last Tuesday")),
        ("Osei said this week that talks would go on", ("2025-04", "this week")),
        ("Osei said 14 of the 20 chapters were closed", None),  # a count, no ordinal: no date
        ("Osei met Tanaka on Friday last", ("2025-04-11", "on Friday last")),  # the one before the day of writing
        ("Osei met Tanaka on Tuesday last", ("2025-04-15", "on Tuesday last")),
        ("Osei met Tanaka on Monday last year", ("2025-04-14", "on Monday")),  # "last year" is no "last" of the day
        ("Osei met Tanaka the day before yesterday", ("2025-04-16", "the day before yesterday")),
        ("Osei said on Friday last-minute talks would go on", ("2025-04-18", "on Friday")),
    ],
)
def test_a_day_of_the_month_as_papers_outside_the_us_write_it_and_last_night(sentence, when):
    assert resolve(sentence, PUBLISHED) == when


def test_days_counted_later_or_earlier_from_the_event_a_sentence_before_dated(kb):
    text = (
        "Osei met Tanaka in Oslo on Monday.\n\n"
        "Two days later, Osei told reporters “the gap is narrowing”.\n\n"
        "Lind held a news conference in Bern.\n\n"  # an event named without a day
        "Three days later, Lind said “seeds come first”.\n"
    )
    assert statements(kb, text) == [
        ("Two days later, ", "2025-04-16", "Two days later (on Monday, in an earlier sentence)"),
        ("Three days later", None, None),
    ]


def test_an_occasion_between_commas_before_the_verb_gives_its_day(kb):
    for sentence, when in (
        ("The Trade Ministry, in a statement on Thursday, said the talks were useful", ("2025-04-17", "on Thursday")),
        ("Osei, at a news conference in Oslo on Tuesday, said the gap was narrowing", ("2025-04-15", "on Tuesday")),
        ("Osei, during his visit to Oslo on Monday, said the gap was narrowing", ("2025-04-14", "on Monday")),
        ("Osei, in office since 14 April, said the gap was narrowing", None),  # no occasion: no day
        ("Osei, who met Tanaka on Tuesday, said the gap was narrowing", None),  # another event
    ):
        assert resolve(clause_around(sentence, sentence.index("said")), PUBLISHED) == when
    text = "Kenya’s Trade Ministry, in a statement issued on Wednesday, said “the talks were constructive”.\n"
    assert statements(kb, text) == [("Kenya’s Trade Mi", "2025-04-16", "on Wednesday")]


def test_what_a_participle_of_saying_reports_is_no_time_or_occasion_of_the_saying(kb):
    text = (
        "Kenya’s trade minister Ama Osei said on Tuesday the seed talks had made “real progress”.\n\n"
        "Kenya sells seeds to twelve countries.\n\n"
        "Asked whether the talks would resume, Osei said: “The talks continue,” adding that the next round "
        "would be held in Oslo.\n\n"  # "the next round": a new event, but in what is said
        "“We are not bound by any deadline,” Osei told reporters, noting that a deal could come before the "
        "harvest.\n\n"  # "before": another time, but in what is said
        "Norway hosts the round.\n\n"
        "Osei rejected the quota offer, saying it was “far from enough” and that another meeting was called.\n\n"
        "Lind called the offer “a start”, warning that the talks could collapse before May.\n\n"
        "“We will not sign,” Lind told reporters on Wednesday.\n\n"
        "Tanaka said the gap was “wide”, but stressed that the round had been planned for Monday.\n"
    )
    assert statements(kb, text) == [
        ("Kenya’s trade mi", "2025-04-15", "on Tuesday"),
        ("The talks contin", "2025-04-15", "on Tuesday (of the speaker's statement before)"),
        ("We are not bound", "2025-04-15", "on Tuesday (of the speaker's statement before)"),
        ("Osei rejected th", "2025-04-15", "on Tuesday (of the speaker's statement before)"),
        ("Lind called the ", "2025-04-16", "on Wednesday (of the speaker's statement after)"),
        ("We will not sign", "2025-04-16", "on Wednesday"),
        ("Tanaka said the ", None, None),
    ]


def test_a_sentence_about_the_words_just_reported_is_no_other_occasion(kb):
    text = (
        "Talks on the seed chapter are “moving forward”, Kenya’s trade minister Ama Osei said on Tuesday.\n\n"
        "The statement came in response to questions on seed prices.\n\n"
        "“Our farmers need certainty,” Osei said.\n\n"
        "“The gap is wide,” Tanaka said on Wednesday.\n\n"
        "That statement drew criticism from farmers’ groups in Osaka.\n\n"
        "Tanaka said the quotas were “too small”.\n\n"
        "“Rules of origin must be simple,” Lind told reporters on Monday.\n\n"
        "Her interview with NHK was aired later.\n\n"  # "Her interview": another occasion, named as its own subject
        "“Tariffs will fall,” Lind said.\n\n"
        "In a statement, Osei called the plan “a start”.\n"  # a statement of its own: no day
    )
    assert statements(kb, text) == [
        ("Talks on the see", "2025-04-15", "on Tuesday"),
        ("Our farmers need", "2025-04-15", "on Tuesday (of the speaker's statement before)"),
        ("The gap is wide", "2025-04-16", "on Wednesday"),
        ("Tanaka said the ", "2025-04-16", "on Wednesday (of the speaker's statement before)"),
        ("Rules of origin ", "2025-04-14", "on Monday"),
        ("Tariffs will fal", None, None),
        ("In a statement, ", None, None),
    ]
    assert not elsewhen("Norway hosts the round. His statements were welcomed by Lind.")
    assert elsewhen("Norway hosts the round. The statement of the union says more.")


def test_a_document_speaking_takes_the_day_it_was_named_with(kb):
    text = (
        "In a press statement today, the ministry reported that exports rose.\n\n"
        "“Imports fell by a tenth,” said the statement.\n\n"  # the statement is the speaker, and the occasion
        "The Trade Ministry issued a statement on Wednesday.\n\n"
        "Kenya sells seeds to twelve countries.\n\n"
        "“Seeds come first,” said the statement.\n"
    )
    assert statements(kb, text)[:2] == [
        ("Imports fell by ", "2025-04-18", "today (of the statement, in an earlier sentence)"),
        ("Seeds come first", "2025-04-16", "on Wednesday (of the statement, in an earlier sentence)"),
    ]
    text = (  # a quote of two paragraphs, whose document's issuer is not found: the statement still dates it
        "In a written statement on Thursday, the Seed Trading and Farming Ministry (Stfm) reported that exports "
        "to Asia rose.\n\n“Exports grew fastest in Asia.\n\n“Imports fell,” said the statement.\n"
    )
    assert statements(kb, text)[0] == (
        "Exports grew fas",
        "2025-04-17",
        "on Thursday (of the statement, in an earlier sentence)",
    )


def test_an_occasion_of_speaking_named_after_the_last_quotation_and_a_comma_dates_the_words(kb):
    text = (
        "Osei said that the seed talks were “a missed chance,” during a press conference in Oslo on Thursday.\n\n"
        "Lind called the offer “a start”, in an interview with the Oslo Post on Monday.\n\n"
        "Tanaka said farmers would be “protected”, at a news conference after the cabinet meeting on Tuesday.\n\n"
        "Novak said the talks “collapsed” in the meeting on Wednesday.\n\n"  # no comma: what the words tell of
        "Kral said the deal, signed “in good faith”, at a ceremony on Monday, was fair.\n\n"  # not at the end
        "Dvorak called the plan “bold”, in the talks on Tuesday.\n"  # talks: no occasion of speaking
    )
    assert [(words, when) for words, when, _ in statements(kb, text)] == [
        ("Osei said that t", "2025-04-17"),
        ("Lind called the ", "2025-04-14"),
        ("Tanaka said farm", "2025-04-15"),
        ("Novak said the t", None),
        ("Kral said the de", None),
        ("Dvorak called th", None),
    ]


def test_an_occasion_of_speaking_named_in_a_phrase_opening_the_sentence_dates_the_words(kb):
    text = (
        "While addressing a press briefing on Thursday, Osei said the talks were “a missed chance”.\n\n"
        "Speaking at a news conference in Oslo on Monday, Lind called the offer “a start”.\n\n"
        "At a meeting on Tuesday, Tanaka said farmers would be “protected”.\n\n"
        "Addressing a press briefing, Kral said the deal was “fair”.\n"  # no day
    )
    assert [(words, when) for words, when, _ in statements(kb, text)] == [
        ("While addressing", "2025-04-17"),
        ("Speaking at a ne", "2025-04-14"),
        ("At a meeting on ", "2025-04-15"),
        ("Addressing a pre", None),
    ]


def test_a_speaker_s_words_in_a_statement_after_their_dated_statement_share_its_day(kb):
    text = (
        "Osei said in a statement on Monday that the talks were “close”.\n\n"
        "Kenya buys rice from nine countries.\n\n"
        "In an emailed statement, Osei said the gap was “small”.\n\n"  # the statement named before
        "Tanaka wrote in a statement on Thursday that Japan was “ready”.\n\n"
        "Norway hosts the round.\n\n"
        "Tanaka said in the same statement that rice was “off the table”.\n\n"
        "Lind told reporters on Tuesday the offer was “a start”.\n\n"
        "Kenya sells seeds to twelve countries.\n\n"
        "Lind said in a statement that the quotas were “too small”.\n\n"  # no statement before: another occasion
        "Berg said in a statement on Wednesday that exports were “strong”.\n\n"
        "Kenya buys rice from nine countries.\n\n"
        "In a separate statement, Berg said imports were “weak”.\n\n"  # another statement
        "Novak said in a statement on Wednesday that prices were “high”.\n\n"
        "Kenya buys rice from nine countries.\n\n"
        "Novak said in a letter that stocks were “low”.\n"  # a letter is no statement
    )
    assert [(words, when) for words, when, _ in statements(kb, text)] == [
        ("Osei said in a s", "2025-04-14"),
        ("In an emailed st", "2025-04-14"),
        ("Tanaka wrote in ", "2025-04-17"),
        ("Tanaka said in t", "2025-04-17"),
        ("Lind told report", "2025-04-15"),
        ("Lind said in a s", None),
        ("Berg said in a s", "2025-04-16"),
        ("In a separate st", None),
        ("Novak said in a ", "2025-04-16"),
        ("Novak said in a ", None),
    ]


def test_the_month_of_may_after_a_verb_of_saying_is_a_date_not_a_modal_verb(kb):
    text = (
        "“We are close,” Novak said on May 3.\n\n"
        "Lind told reporters in Oslo on May 2 that the gap was “small”.\n\n"
        "“Seeds first,” Osei said at the talks on 5 May.\n\n"
        "Tanaka said the talks may resume on Monday, calling them “useful”.\n"  # "may": the reported words begin
    )
    assert statements(kb, text, "2025-05-09") == [
        ("We are close", "2025-05-03", "May 3"),
        ("Lind told report", "2025-05-02", "May 2"),
        ("Seeds first", "2025-05-05", "5 May"),
        ("Tanaka said the ", None, None),
    ]


def test_a_day_without_its_year_of_something_done_is_never_after_publication(kb):
    text = (
        "The decision was taken at a meeting between Osei and Lind in Oslo on May 20.\n\n"
        "Tanaka met Berg on May 2.\n\n"
        "Kral will meet Dvorak on May 5.\n\n"  # the future: this year's
        "Novak met Lind on May 4, 2025.\n\n"  # the year given
        "“We are close,” Novak said on May 3.\n"
    )
    payload = {"type": "source", "kind": "article", "publisher": "Wire", "title": "A report", "published_at": PUBLISHED}
    drafted = draft_source(kb, Appender(kb, clock).add(payload, text).stem).payloads
    assert [p.get("occurred_at") for p in drafted if p["type"] == "meeting"] == [
        "2024-05-20",
        "2024-05-02",
        "2025-05-05",
        "2025-05-04",
    ]
    assert [p.get("occurred_at") for p in drafted if p["type"] == "statement"] == ["2024-05-03"]


def test_a_statement_made_then_or_at_the_time_takes_the_last_day_given_before(kb):
    text = (
        "The Commission announced the duties on June 12.\n\n"
        "The rates were corrected after firms found errors.\n\n"  # no day: "then" is June 12
        "Beijing said then it would take “all necessary measures”.\n\n"
        "Osei and Lind met in Oslo on Monday.\n\n"
        "At the time, Osei called the talks “frank”.\n\n"
        "The deal was signed on July 3.\n\n"
        "Lind said at the time that it was “historic”.\n\n"
        "Tanaka met Berg on Tuesday.\n\n"
        "Since then, Tanaka has said the talks are “stuck”.\n\n"  # since then: no day
        "Kral met Novak on Wednesday.\n\n"
        "By then, Kral said, the gap was “small”.\n"
    )
    assert [(words, when) for words, when, _ in statements(kb, text, "2025-07-04")][:5] == [
        ("Beijing said the", "2025-06-12"),
        ("At the time, Ose", "2025-06-30"),
        ("Lind said at the", "2025-07-03"),
        ("Since then, Tana", None),
        ("By then, Kral sa", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Shoukry said in a Wednesday evening statement that the talks were useful", ("2025-04-16", "Wednesday")),
        ("Osei told a Tuesday night briefing in Accra the gap was wide", ("2025-04-15", "Tuesday")),
        ("In a Monday morning press conference, Lind called the offer fair", ("2025-04-14", "Monday")),
        ("Novak said in a Thursday afternoon interview with AFP that seeds come first", ("2025-04-17", "Thursday")),
        ("Lind spent a Sunday evening with her family", None),  # a part of a day and no occasion: no day
        ("The ministers met one Tuesday night long ago", None),
    ],
)
def test_a_weekday_and_a_part_of_the_day_before_an_occasion_date_it(sentence, when):
    assert resolve(sentence, PUBLISHED) == when


@pytest.mark.parametrize(
    "between",
    [
        "The hosts are aiming for a final draft Saturday, a day after the round was due to end.",
        "Negotiators hope to close the seed chapter on Friday.",
        "The deal is expected to be signed in Oslo on Thursday.",
        "A deadline for the text has been set for Friday.",
        "Ghana targets a first reading of the text by 30 April.",
    ],
)
def test_a_time_aimed_at_between_a_speaker_s_words_does_not_move_the_story_on(kb, between):
    text = (
        "“We are close,” Ana Lind told reporters in Oslo on Monday.\n\n"
        "Kenya sells seeds to twelve countries.\n\n"
        f"{between}\n\n"
        "Lind said some envoys “have been working quietly” to settle the last points.\n"
    )
    assert [day for _, day, _ in statements(kb, text)] == ["2025-04-14", "2025-04-14"]


def test_a_time_the_story_moves_on_to_between_a_speaker_s_words_still_ends_their_run(kb):
    text = (
        "“We are close,” Ana Lind told reporters in Oslo on Monday.\n\n"
        "The delegations met again on Tuesday, aiming for a text by Friday.\n\n"
        "Lind said some envoys “have been working quietly” to settle the last points.\n"
    )
    assert [day for _, day, _ in statements(kb, text)] == ["2025-04-14", None]


@pytest.mark.parametrize(
    "post",
    [
        "“The meeting went well,” Lind tweeted.",
        "“The meeting went well,” Lind posted on X.",
        "“The meeting went well,” Lind wrote on social media.",
        "Lind wrote in a Facebook post: “The meeting went well.”",
    ],
)
def test_a_post_after_a_speaker_s_words_dated_with_no_occasion_is_where_they_were_said(kb, post):
    text = (
        "Trade Minister Ana Lind said on Wednesday that she had received the Kenyan and Ghanaian delegations.\n\n"
        f"{post}\n"
    )
    assert [day for _, day, _ in statements(kb, text)] == ["2025-04-16", "2025-04-16"]


@pytest.mark.parametrize(
    "first",
    [
        "Trade Minister Ana Lind told reporters on Wednesday that she had received the delegations.",  # an occasion
        "Trade Minister Ana Lind said in an interview on Wednesday that she had received the delegations.",
    ],
)
def test_a_post_after_words_said_on_another_occasion_is_not_dated_by_them(kb, first):
    text = f"{first}\n\n“The meeting went well,” Lind tweeted.\n"
    days = {words: day for words, day, _ in statements(kb, text)}
    assert days["The meeting went"] is None
    assert sorted(days.values(), key=str) == ["2025-04-16", None]


def test_the_date_in_a_document_s_name_is_no_time_of_the_words():
    from kb.draft.dates import resolve

    assert resolve("they recalled the commitments of the Lisbon Declaration of 20 October 2004", "2005-05-26") is None
    assert resolve("they met on 20 October 2004 in Lisbon", "2005-05-26") == ("2004-10-20", "20 October 2004")


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("Yeo said on the 10th that talks would go on", "2025-07-10"),
        ("Yeo said on the 12th that talks would go on", "2025-06-12"),  # still to come this month: the month before
        ("on the 31st, Yeo said", None),  # no 31 June
    ],
)
def test_a_day_of_the_month_alone_is_that_day_of_this_month_or_the_last(words, day):
    from kb.draft.dates import resolve

    found = resolve(words, "2025-07-10")
    assert (found[0] if found else None) == day


@pytest.mark.parametrize(
    "words", ["on the 10th anniversary of the pact", "on the 3rd round of talks", "on the 10th day"]
)
def test_an_ordinal_of_something_else_is_no_day(words):
    from kb.draft.dates import resolve

    assert resolve(words, "2025-07-10") is None


@pytest.mark.parametrize(
    "opening", ["According to reports by the chamber of commerce, ", "Citing remarks by two delegates, ", ""]
)
def test_a_noun_of_reporting_before_by_is_no_reporting_verb_and_the_clause_after_it_dates(opening):
    text = f"{opening}Anna Lind told automakers at a meeting in Oslo on Wednesday that trade was at a “crossroads”."
    assert day_of(text, "crossroads") == "2025-04-16"


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("In a Wednesday message on his Facebook page, Osei said the talks would go on.", ("2025-04-16", "Wednesday")),
        ("Osei said in a Tuesday interview that the talks would go on.", ("2025-04-15", "Tuesday")),
        ("Osei said in his Monday remarks that the talks would go on.", ("2025-04-14", "Monday")),
        ("Osei said on a Monday that the talks would go on.", None),  # a Monday, no words sent
    ],
)
def test_a_weekday_before_words_sent_out_dates_them(sentence, when):
    assert resolve(sentence, PUBLISHED) == when


@pytest.mark.parametrize(
    ("sentence", "published", "when"),
    [
        ("Osei met Lind in Oslo on May 20.", "2016-05", ("2016-05-20", "May 20")),
        ("Osei met Lind in Oslo on 20 May.", "2016-05", ("2016-05-20", "20 May")),
        ("Osei met Lind in Oslo on May 4-6.", "2016-05", ("2016-05-04", "May 4-6")),
        ("Osei met Lind in Oslo on December 20.", "2016-05", ("2015-12-20", "December 20")),  # well after: before
        ("Osei met Lind in Oslo on May 20, 2014.", "2016-05", ("2014-05-20", "May 20, 2014")),
    ],
)
def test_a_month_and_day_without_a_year_take_it_from_a_source_dated_by_its_month(sentence, published, when):
    assert resolve(sentence, published) == when


@pytest.mark.parametrize("published", ["2016", "2016-13", "2016-5", "20-16-05", ""])
def test_a_month_and_day_without_a_year_take_none_from_a_source_dated_by_its_year_or_a_malformed_date(published):
    assert resolve("Osei met Lind in Oslo on May 20.", published) is None
    assert resolve("Osei met Lind in Oslo on Monday.", published) is None  # a weekday needs the day


def test_a_statement_in_a_source_dated_by_its_month_takes_the_day_its_clause_gives(kb):
    text = "“The gap is narrowing,” Osei said on May 20.\n\n“We are close,” Tanaka said on Tuesday.\n"
    assert statements(kb, text, "2016-05") == [
        ("The gap is narro", "2016-05-20", "May 20"),
        ("We are close", None, None),
    ]
