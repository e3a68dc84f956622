"""kb draft: the day of a quote given by the occasion's own clause ("said in an interview broadcast today"),
and a newspaper named "Post" that names no other occasion. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import day_of


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            '"We will restart the talks," Minister Aziz said in an interview on the Business Hour programme titled '
            "Trade Matters: A New Start broadcast by Astro Awani today.",
            "We will restart",
            "2025-04-18",
        ),
        (
            '"The door is open," Lind wrote in an op-ed that was published by Le Monde on Tuesday.',
            "The door is open",
            "2025-04-15",
        ),
        (
            'Tanaka told a late-night programme aired by NHK on Sunday that Japan "will not give up on rice".',
            "will not give up",
            "2025-04-13",
        ),
        (
            '"Our offer stands," the envoy said in a video message released by the mission late Wednesday.',
            "Our offer stands",
            "2025-04-16",
        ),
    ],
)
def test_the_day_of_the_occasion_in_its_own_participle_or_relative_clause_dates_the_quote(text, words, day):
    assert day_of(text, words) == day


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"It is a fair deal," Osei said of the agreement signed on Monday.', "fair deal"),
        ('"It is fair," Osei said in Brussels, where the agreement was signed on Monday.', "It is fair"),
        ('"It will be fair," Osei said in a statement, adding that the text would be published on Monday.', "be fair"),
    ],
)
def test_a_day_of_something_else_after_the_reporting_clause_leaves_the_quote_undated(text, words):
    assert day_of(text, words) is None


@pytest.mark.parametrize(
    "between",
    [
        "The Kathmandu Post, a daily, carried his words.",
        "He spoke, the Jakarta Post reported, for an hour.",
        "The Washington Post's correspondent asked about rice.",
    ],
)
def test_a_newspaper_named_post_between_a_speakers_quotes_is_no_other_occasion(between):
    text = (
        "Speaking to journalists in Hanoi on Wednesday morning, Minister Rahman said the round had gone well.\n"
        f"{between}\n"
        '"We are close to a deal on tariffs," Rahman said.'
    )
    assert day_of(text, "We are close") == "2025-04-16"


def test_a_post_on_social_media_between_a_speakers_quotes_is_another_occasion():
    text = (
        "Speaking to journalists in Hanoi on Wednesday morning, Minister Rahman said the round had gone well.\n"
        "In a post on X, he thanked his hosts.\n"
        '"We are close to a deal on tariffs," Rahman said.'
    )
    assert day_of(text, "We are close") is None


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            'Foreign Minister Ana Ruiz said the duties pose "a grave threat" to farmers. '
            '"We will answer in kind," she told reporters on Wednesday.',
            "a grave threat",
            "2025-04-16",
        ),
        (
            'Osei said the offer was "a step back". "We expected more," Osei said at a news conference on Monday.',
            "a step back",
            "2025-04-14",
        ),
        (
            'The minister, Lena Berg, described the talks as "frank". '
            '"Nothing is agreed until everything is agreed," Berg said Tuesday.',
            "frank",
            "2025-04-15",
        ),
    ],
)
def test_a_speakers_words_before_the_quote_whose_own_clause_gives_the_day_share_that_day(text, words, day):
    assert day_of(text, words) == day


@pytest.mark.parametrize(
    "text",
    [
        'Osei said in a letter that the offer was "a step back". "We expected more," Osei said on Monday.',
        'Osei said last month the offer was "a step back". "We expected more," Osei said on Monday.',
        'Osei said the offer was "a step back". "It is generous," Lind said. "We expected more," Osei said on Monday.',
        'The talks ended on Monday. Osei called the offer "a step back". '
        '"We expected more," Osei said after the talks.',
        'Osei said the offer was "a step back". The talks resume in May. "We expected more," Osei said on Monday.',
    ],
)
def test_a_speakers_words_before_another_time_occasion_or_speaker_take_no_day_from_the_quote_after(text):
    assert day_of(text, "a step back") != "2025-04-14"  # last month's, or none


def test_a_time_named_between_a_speakers_statements_ends_their_day():
    text = (
        "Trade Minister Lena Berg said on Tuesday that the offer was fair. Her counterpart, Tomas Novak, "
        'called it "a start". The talks resume in May. "We will sign it," Berg said.'
    )
    assert day_of(text, "We will sign") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('"We are close," Tanaka said during a visit to the port city of Busan on Monday.', "2025-04-14"),
        ('"We are close," Tanaka told a gathering of fishing-industry leaders in Hokkaido on Monday.', "2025-04-14"),
        (
            '"We are close," the trade minister, Ana Ruiz, said at the closing session of the regional trade forum '
            "on Monday.",
            "2025-04-14",
        ),
        ('"We are close," Ruiz said in remarks to a parliamentary committee on Tuesday.', "2025-04-15"),
        ('"We are close," Ruiz said on a visit to a car factory in Ohio on Tuesday.', "2025-04-15"),
    ],
)
def test_the_day_after_the_place_or_occasion_a_saying_verb_names_is_the_sayings(text, day):
    assert day_of(text, "We are close") == day


@pytest.mark.parametrize(
    "text",
    [
        '"We are close," Ruiz said in a statement tariffs rose on Tuesday.',
        '"We are close," Ruiz said at the talks the deal would be signed on Tuesday.',
        'Ruiz said in Brussels the agreement signed on Monday was "We are close".',
    ],
)
def test_a_day_in_the_words_reported_after_the_place_or_occasion_is_not_the_sayings(text):
    assert day_of(text, "We are close") is None


def test_a_recurring_occasion_is_named_by_when_it_recurs_not_by_an_event_before():
    text = (
        "Modi and Trump held a meeting at the White House on Tuesday.\n"
        '"We are close," spokesperson Ravi Jain said at his weekly media briefing.'
    )
    assert day_of(text, "We are close") is None


def test_the_briefing_a_sentence_before_dates_is_the_briefing_a_saying_refers_back_to():
    text = (
        "Modi and Trump held a meeting at the White House on Tuesday. Ravi Jain gave a press briefing on Wednesday.\n"
        '"We are close," Jain said at the briefing.'
    )
    assert day_of(text, "We are close") == "2025-04-16"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('"We are close," Tanaka told the state-run news agency on Monday.', "2025-04-14"),
        ('"We are close," Tanaka told reporters the talks went well on Monday.', None),
        ('"We are close," Tanaka told his cabinet the deal was done on Monday.', None),
        ('"We are close," Tanaka told reporters a day ago.', "2025-04-17"),
    ],
)
def test_whom_told_is_a_noun_phrase_the_reported_words_begin_after(text, day):
    assert day_of(text, "We are close") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('"We are close," Tanaka said. He made the remarks at a business forum in Osaka on Tuesday.', "2025-04-15"),
        ('"We are close," Tanaka said. His comments came on Tuesday as negotiators met in Tokyo.', "2025-04-15"),
        (
            '"We are close," Tanaka said. "Rice is not on the table," he added. '
            "Tanaka made the comments to lawmakers in Tokyo on Wednesday.",
            "2025-04-16",
        ),
        ('"We are close," Lind said. The statement was made during a visit to Oslo on Monday.', "2025-04-14"),
    ],
)
def test_a_sentence_after_the_words_that_gives_the_day_of_the_remarks_dates_them(text, day):
    assert day_of(text, "We are close") == day


@pytest.mark.parametrize(
    "text",
    [
        '"We are close," Tanaka said. Lind spoke to reporters on Tuesday.',
        '"We are close," Tanaka said. The talks resume on Tuesday.',
        '"We are close," Tanaka said. Lind made the remarks on Tuesday.',
        '"We are close," Tanaka said in a letter. He made the remarks public on Tuesday.',
    ],
)
def test_a_sentence_after_the_words_about_something_or_someone_else_gives_them_no_day(text):
    assert day_of(text, "We are close") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('Addressing a rally in Lagos on Sunday, Osei said the deal was "a good start".', "2025-04-13"),
        ('Asked about the tariffs at a news conference on Monday, Osei said they were "a good start".', "2025-04-14"),
        ('Briefing reporters in Geneva on Tuesday, the envoy, Ana Ruiz, said it was "a good start".', "2025-04-15"),
        ('Responding to questions from lawmakers on Thursday, Osei called the offer "a good start".', "2025-04-17"),
        ('Asked whether a deal could be reached by Monday, Osei said it was "a good start".', None),
        ('Citing data released on Monday, Osei said exports were "a good start".', None),
        ('According to figures published on Monday, exports were "a good start", Osei said.', None),
    ],
)
def test_a_participle_opening_the_sentence_gives_the_day_of_its_subjects_saying(text, day):
    assert day_of(text, "a good start") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('Osei, briefing reporters in Accra on Monday, said the deal was "a good start".', "2025-04-14"),
        ('Osei, visiting Oslo on Monday, said the deal was "a good start".', "2025-04-14"),
        ('Osei, on a visit to Oslo on Monday, said the deal was "a good start".', "2025-04-14"),
        ('Osei, on a call with reporters on Monday, said the deal was "a good start".', "2025-04-14"),
        ('Osei, who was in Oslo on Monday, said the deal was "a good start".', "2025-04-14"),
        ('Osei, who was in charge of the talks in March, said the deal was "a good start".', None),
        ('"It is a good start," Osei said, briefing reporters in Accra on Monday.', "2025-04-14"),
        ('"It is a good start," Osei said while visiting Oslo on Monday.', "2025-04-14"),
        ('"It is a good start," Osei said when asked about the talks on Monday.', "2025-04-14"),
        ('"It is a good start," Osei said when he arrived in Oslo on Monday.', "2025-04-14"),
        ('"It is a good start," Osei said as she landed in Oslo on Monday.', "2025-04-14"),
        ('"It is a good start," Osei said after he met Lind on Monday.', "2025-04-14"),
        ('"It is a good start," Osei said when Tomas Lind arrived on Monday.', "2025-04-14"),
        ('"It is a good start," Osei said upon arriving in Oslo on Monday.', "2025-04-14"),
        ('"It is a good start," Osei said on arrival in Oslo on Monday.', "2025-04-14"),
        ('"It is a good start," Osei said when he arrived, adding that talks would resume on Monday.', None),
        ('"It is a good start," Osei said as he left for talks that open on Monday.', None),
        ('"It is a good start," Osei said when he arrived the talks would resume on Monday.', None),
        ('Osei, citing data released on Monday, said exports were "a good start".', None),
        ('"It is a good start," Osei said, adding that talks would resume on Monday.', None),
        ('"It is a good start," Osei said, expecting a deal on Monday.', None),
    ],
)
def test_a_participle_beside_the_reporting_clause_gives_the_day_of_the_saying(text, day):
    assert day_of(text, "a good start") == day


@pytest.mark.parametrize(
    ("occasion", "day"),
    [
        ("Osei held a joint news conference with Lind in Oslo on Monday.", "2025-04-14"),
        ("Osei gave a televised speech in Accra on Monday.", "2025-04-14"),
        ("Osei appeared on national television on Monday.", "2025-04-14"),
        ("Osei met reporters in Oslo on Monday.", "2025-04-14"),
        ("Osei was interviewed by Radio Oslo on Monday.", "2025-04-14"),  # an interview, in the passive
        ("Osei appeared before the Senate finance committee on Monday.", "2025-04-14"),  # a hearing
        ("At a Senate hearing on Monday, Osei defended the deal.", "2025-04-14"),
        ("Osei appeared before the cameras on Monday.", None),  # no occasion of speaking named
        ("Osei visited Accra on Monday.", "2025-04-14"),  # a visit the speaker made
        ("Osei arrived in Accra on Monday.", "2025-04-14"),
        ("Osei toured the port of Tema on Monday.", "2025-04-14"),
        ("Osei will visit Accra on Monday.", None),  # a visit to come
        # a meeting, no occasion of speaking, but a participant's words just after it are of its day (told_at_meeting)
        ("Osei met Lind in Oslo on Monday.", "2025-04-14"),
        ("Osei met Lind in Oslo on Monday, his office said in a statement.", None),  # the statement's words
    ],
)
def test_the_occasion_a_sentence_before_says_the_speaker_spoke_at_dates_their_words(occasion, day):
    assert day_of(f'{occasion} "We are close," Osei said.', "We are close") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ministers attended an annual trade forum in Lagos on Tuesday.\n"
            "The deal was struck at an annual trade forum hosted by Nigeria.\n"
            '"We are close," Osei told reporters after the forum.',
            "2025-04-15",
        ),
        (
            "Osei and Lind at a bilateral fisheries meeting in Oslo on Monday. (Photo)\n"
            "The agreement came during a bilateral fisheries meeting in the Norwegian capital.\n"
            '"We are close," Lind said after the meeting.',
            "2025-04-14",
        ),
        (
            "Lind and Osei held a strategic dialogue in Tokyo on Wednesday. "
            '"We are close," Osei said after the dialogue.',
            "2025-04-16",
        ),
        (
            "Tanaka held a meeting with Osei on Tuesday. Tanaka later held a second meeting with Lind.\n"
            '"We are close," Tanaka told reporters after the meeting.',
            None,
        ),
        (
            "Ministers attended a trade forum in Lagos on Tuesday. A youth forum was held in Abuja.\n"
            '"We are close," Osei said after the forum.',
            None,
        ),
    ],
)
def test_an_event_named_anew_as_it_was_described_before_is_the_same_event_and_day(text, day):
    assert day_of(text, "We are close") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('Osei said the offer was "a good start", according to a statement issued on Friday.', "2025-04-18"),
        (
            'Osei said the offer was "a good start", according to a transcript released by his office on Monday.',
            "2025-04-14",
        ),
        ('Osei called it "a good start", according to the readout of the call published late Tuesday.', "2025-04-15"),
        ('Osei said the offer was "a good start", according to a trade source who attended.', None),
        ('Osei said exports were "a good start", according to data released on Monday.', None),
    ],
)
def test_the_document_a_sentence_is_attributed_to_at_its_end_gives_its_day(text, day):
    assert day_of(text, "a good start") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            'Finance Minister Kofi Osei addressed parliament on Monday.\n\n"We had no choice," he told MPs.',
            "2025-04-14",
        ),
        (
            'Osei appeared before the finance committee on Monday.\n\n"We had no choice," Osei told lawmakers.',
            "2025-04-14",
        ),
        ('Osei opened the fisheries forum in Oslo on Monday.\n\n"We had no choice," Osei told delegates.', None),
        (
            'Finance Minister Kofi Osei addressed parliament on Monday.\n\n"We had no choice," he told his cabinet.',
            None,
        ),  # another occasion
    ],
)
def test_words_told_the_audience_of_an_occasion_before_are_of_its_day(text, day):
    assert day_of(text, "We had no choice") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            '"It went well," Kenji Sato, who was in Washington this week for talks, told reporters on Thursday.',
            "2025-04-17",
        ),
        ('Kenji Sato, who was in Oslo this week, said on Monday the talks were "hard".', "2025-04-14"),
        ('Kenji Sato, who arrived in Paris on Monday, said on 16 April that the talks were "hard".', "2025-04-16"),
    ],
)
def test_a_clause_s_own_day_wins_over_the_occasion_before_it(text, day):
    assert day_of(text, "") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('Foreign Minister Osei, on Monday, said the deal was "a good start".', "2025-04-14"),
        ('"It is a good start," Osei, on Monday, said.', "2025-04-14"),
        ('Foreign Minister Osei, on April 14, said the deal was "a good start".', "2025-04-14"),
        ('Foreign Minister Osei, in office since Monday, said the deal was "a good start".', None),
    ],
)
def test_a_day_between_commas_before_the_reporting_verb_is_the_saying_s(text, day):
    assert day_of(text, "a good start") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('"It is a good start," said the ministry on Monday.', "2025-04-14"),
        ('"It is a good start," said the Kenyan foreign ministry in a statement on Monday.', "2025-04-14"),
        ('"It is a good start," said the ministry, adding that talks resume on Monday.', None),
        ('"It is a good start," said the ministry whose talks resume on Monday.', None),
    ],
)
def test_the_day_after_a_body_named_after_the_verb_of_its_quote_is_the_saying_s(text, day):
    assert day_of(text, "a good start") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            'Referring to a meeting Monday in Oslo between Lind and Novak, Osei said, "It is a good start."\n\n'
            "Osei made the comments in an interview on Wednesday.",
            "2025-04-16",
        ),
        # a time of the saying's own clause still keeps the remarks' day from it
        (
            'Osei said on Monday, "It is a good start."\n\nOsei made the comments in an interview on Wednesday.',
            "2025-04-14",
        ),
    ],
)
def test_what_an_opening_phrase_refers_to_gives_no_time_of_the_saying(text, day):
    assert day_of(text, "a good start") == day
