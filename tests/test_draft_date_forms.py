"""kb draft: a catalogue of the ways English news, transcripts and releases give the day something was said — or
give none. A statement's day comes from the clause that reports it or the occasion the story sets it at (a day
counted from another: "the day before", "a week after the talks", "three days before Tuesday's summit"), never from
inside its quotation nor from a clause about something else, and a statement whose day the text does not give is
drafted undated. Sentences written for these tests; published on Friday 18 April 2025 unless a case says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest
from drafting import PUBLISHED, drafted_statements, drafted_text, of_type

from kb.draft.counted_days import ahead_too, counted_before, counted_on
from kb.draft.dates import resolve

MON, TUE, WED, THU, FRI, SAT, SUN = (f"2025-04-{n}" for n in (14, 15, 16, 17, 18, 12, 13))
FARMERS = '"Our farmers cannot wait another season,"'
WAR = '"The region cannot afford another war,"'


def occurred(text: str, words: str, published: str = PUBLISHED) -> str | None:
    """The day drafted for the statement holding ``words``."""
    said = [s for s in drafted_statements(text, published) if words in s["text"]]
    assert said, f"no statement with {words!r}"
    return said[0].get("occurred_at")


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (f"{FARMERS} Kenyan Trade Secretary Amara Wanjiku said on Monday.", "Our farmers", MON),
        (f"{FARMERS} Wanjiku, Kenya's trade secretary, said Monday.", "Our farmers", MON),
        (
            'Peruvian Foreign Minister Elena Quispe on Monday said the offer was "a step backwards for the Andes".',
            "a step backwards",
            MON,
        ),
        ('The envoy, Farid Haddad, said on Tuesday that the region needed "calm and patience".', "calm and", TUE),
        (
            'On Wednesday, Rahul Mehta, India\'s commerce secretary, said: "The market access offer is on the table."',
            "market access offer",
            WED,
        ),
        (
            "Monday's statement from the Ghanaian finance ministry said the loan terms were "
            '"unacceptable to our people".',
            "unacceptable to our",
            MON,
        ),
        (
            'In Tuesday\'s statement, the ministry said the terms were "unacceptable to our people".',
            "unacceptable",
            TUE,
        ),
        (
            '"The tariff schedule remains under review," the Accra finance ministry said in a statement on Thursday.',
            "tariff schedule",
            THU,
        ),
        ('"The tariff schedule remains under review," the ministry said in a Thursday statement.', "tariff", THU),
        ('"No vote will take place before the harvest," Haddad said late on Monday.', "No vote will", MON),
        ('"No vote will take place before the harvest," Haddad told reporters Monday evening.', "No vote will", MON),
        ('"No vote will take place before the harvest," Haddad said early Tuesday.', "No vote will", TUE),
        ('"No vote will take place before the harvest," Haddad said in the early hours of Wednesday.', "No vote", WED),
        ('"No vote will take place before the harvest," Haddad said on Thursday night.', "No vote will", THU),
        (
            'Ingrid Solberg told a news conference in Oslo on Tuesday that the quota talks "had run their course".\n'
            "She said the fleet would stay in port.\n"
            '"We owe our fishermen the truth," Solberg said.',
            "We owe our",
            TUE,
        ),
        (
            "Speaking at a business forum in Lagos on Tuesday, Nigerian Trade Minister Doris Uzoka said: "
            '"We will not sign a deal that hurts our farmers."',
            "We will not sign",
            TUE,
        ),
        ('Uzoka, speaking to lawmakers on Wednesday, said the deal was "still a long way off".', "a long way", WED),
        ('"This is a good day for both our peoples," Quispe said at the signing ceremony on Tuesday.', "good day", TUE),
        ('Solberg told parliament on Wednesday that the quota was "non-negotiable".', "non-negotiable", WED),
        ('"The door to dialogue remains open," Mehta wrote on X on Thursday.', "door to dialogue", THU),
        (
            'In an interview with Al Jazeera on Sunday, Haddad said the ceasefire was "fragile but holding".',
            "fragile but",
            SUN,
        ),
        (f"{WAR} President Luis Ortega told reporters aboard his plane on Sunday.", "cannot afford", SUN),
        (
            "In a televised address to the nation on Sunday evening, President Luis Ortega said: "
            '"The region cannot afford another war."',
            "cannot afford",
            SUN,
        ),
        (f"{WAR} Ortega told the BBC's Newsnight programme on Wednesday.", "cannot afford", WED),
        (f"{WAR} Ortega said, speaking to state television late on Tuesday.", "cannot afford", TUE),
        (f"{WAR} Ortega said in a post on Telegram late Tuesday.", "cannot afford", TUE),
        (f"{WAR} Ortega said at a joint news conference with his Chilean counterpart on Tuesday.", "cannot", TUE),
        (f"{WAR} Ortega said Tuesday in Brussels.", "cannot afford", TUE),
        (f"{WAR} Ortega said during a visit to Hanoi on Tuesday.", "cannot afford", TUE),
        (f"{WAR} Ortega said on the sidelines of the G20 summit on Tuesday.", "cannot afford", TUE),
        (f"{WAR} Ortega said on Tuesday after meeting the Saudi crown prince.", "cannot afford", TUE),
        ('On Tuesday afternoon, Ortega said the border "must stay open".', "must stay open", TUE),
        ('Late on Tuesday, Ortega said the border "must stay open".', "must stay open", TUE),
        ('Earlier on Tuesday, Ortega said the border "must stay open".', "must stay open", TUE),
        ('Later on Wednesday, Ortega told reporters the border "must stay open".', "must stay open", WED),
        ('At Tuesday\'s press conference, Ortega said the border "must stay open".', "must stay open", TUE),
        ('Ortega told Tuesday\'s meeting of the council that the border "must stay open".', "must stay open", TUE),
        ('In his Tuesday speech, Ortega said the border "must stay open".', "must stay open", TUE),
        ('Ortega said in a Tuesday night interview that the border "must stay open".', "must stay open", TUE),
        ('"Talks must resume," the ministry said in a statement released late on Wednesday.', "Talks must", WED),
        ('"Talks must resume," the ministry said in a statement posted on its website on Wednesday.', "Talks", WED),
        ('In a letter sent on Monday, Ortega wrote that "talks must resume".', "talks must resume", MON),
        ('"We are ready to sign today," Siosaia Tupou told reporters in Nuku\'alofa today.', "ready to sign", FRI),
        ('"Talks must resume," Quispe said on Friday.', "Talks must resume", FRI),  # the day of publication
        ('"Talks must resume," Quispe said on Saturday.', "Talks must resume", SAT),  # the Saturday before
        ('"Nothing has been decided," Haruto Mori said yesterday.', "Nothing has been", THU),
        ('"Nothing has been decided," Mori told a radio station this morning.', "Nothing has been", FRI),
        ('"Nothing has been decided," Mori said earlier today.', "Nothing has been", FRI),
        ('"Nothing has been decided," Mori said last night.', "Nothing has been", THU),
        ('"Nothing has been decided," Mori said the day before yesterday.', "Nothing has been", WED),
        ('Mori said two days ago that "nothing has been decided".', "nothing has been", WED),
        ('"Talks must resume," Quispe said a week ago.', "Talks must resume", "2025-04-11"),
        ('"Talks must resume," Quispe said 10 days ago.', "Talks must resume", "2025-04-08"),
        ('Three weeks ago, Quispe said talks "must resume".', "must resume", "2025-03-28"),
        ('Ten days ago, Quispe said talks "must resume".', "must resume", "2025-04-08"),
        ('"Nothing has been decided," Mori said last Tuesday.', "Nothing has been", TUE),
        ('"Nothing has been decided," Mori said on Tuesday last week.', "Nothing has been", "2025-04-08"),
        ('"The round was constructive," Chen Jiahui said on April 14.', "The round was", MON),
        ('"The round was constructive," Chen said on 14 April.', "The round was", MON),
        ('"The round was constructive," Chen said on April 14th.', "The round was", MON),
        ('"The round was constructive," Chen said on Apr. 14.', "The round was", MON),
        ('"The round was constructive," Chen said on the 14th of April.', "The round was", MON),
        ('"The round was constructive," Chen said on Monday, 14 April, in Beijing.', "The round was", MON),
        ('"The round was constructive," Chen said on Monday 14 April.', "The round was", MON),
        ('"The round was constructive," Chen said on 3 March 2025.', "The round was", "2025-03-03"),
        ('"The round was constructive," Chen said on Sept. 4.', "The round was", "2024-09-04"),  # last year's
        ('"Talks must resume," the ministry said in a statement dated April 10.', "Talks must resume", "2025-04-10"),
        ('"Talks must resume," Ortega wrote in a letter dated 10 April.', "Talks must resume", "2025-04-10"),
        ('LIMA (Reuters) - "Talks must resume," Quispe said on Wednesday.', "Talks must resume", WED),
    ],
)
def test_the_clause_that_reports_the_words_gives_their_day(text: str, words: str, day: str) -> None:
    assert occurred(text, words) == day


SANCTIONS = '"Sanctions will not break us,"'


@pytest.mark.parametrize(
    ("text", "words", "when"),
    [
        (f"{SANCTIONS} Deputy Foreign Minister Nadia Rahimi said at the weekend.", "Sanctions will", None),
        (f"{SANCTIONS} Rahimi said over the weekend.", "Sanctions will", None),
        (f"{SANCTIONS} Rahimi said this week.", "Sanctions will", "2025-04"),
        (f"{SANCTIONS} Rahimi said last month.", "Sanctions will", "2025-03"),
        (f"{SANCTIONS} Rahimi said in March.", "Sanctions will", "2025-03"),
        (f"{SANCTIONS} Rahimi said on Thursday local time.", "Sanctions will", THU),
        (f"{SANCTIONS} Rahimi said at midday on Thursday.", "Sanctions will", THU),
        (f"{SANCTIONS} Rahimi told reporters at 10 a.m. on Thursday.", "Sanctions will", THU),
        ('In remarks on Thursday, Rahimi said the sanctions "will not break us".', "will not break", THU),
        ('Rahimi, in a statement on Thursday, said the sanctions "will not break us".', "will not break", THU),
        ('Rahimi had said on Thursday that the sanctions "will not break us".', "will not break", THU),
        ('Rahimi had earlier said that the sanctions "will not break us".', "will not break", None),
        (f"{SANCTIONS} Rahimi said earlier.", "Sanctions will", None),
        (f"{SANCTIONS} Rahimi said Thursday, according to the state news agency.", "Sanctions will", THU),
        ('Speaking via video link on Thursday, Rahimi said the sanctions "will not break us".', "will not break", THU),
        ('In an op-ed published Thursday, Rahimi wrote that the sanctions "will not break us".', "will not break", THU),
        (f"{SANCTIONS} Rahimi said on 3rd March.", "Sanctions will", "2025-03-03"),
        (f"{SANCTIONS} Rahimi said on March 3, 2025.", "Sanctions will", "2025-03-03"),
        (f"{SANCTIONS} Rahimi said on Tuesday (April 15).", "Sanctions will", TUE),
        (f"{SANCTIONS} Rahimi said on Tuesday, April 15.", "Sanctions will", TUE),
        (f"{SANCTIONS} Rahimi said on Tuesday of Monday's vote.", "Sanctions will", TUE),
        (f"{SANCTIONS} the ministry said in a statement on Friday.", "Sanctions will", FRI),
        (f"{SANCTIONS} an Iranian official told Reuters on condition of anonymity on Thursday.", "Sanctions", THU),
        (
            f"{SANCTIONS} Rahimi said in a speech marking the anniversary of the revolution on Thursday.",
            "Sanctions",
            THU,
        ),
        ('In a speech in 2019, Rahimi said sanctions "will not break us".', "will not break", None),
        ('Rahimi said the vote, due on Friday, would show that sanctions "will not break us".', "will not break", None),
        ('Rahimi, speaking before Friday\'s vote, said sanctions "will not break us".', "will not break", None),
        (
            f'{SANCTIONS} Rahimi said on Thursday.\n\n"We will see," said Omani Foreign Minister Badr Albusaidi.',
            "We will see",
            None,
        ),
        (
            f"The talks opened in Muscat on Tuesday.\n{SANCTIONS} Rahimi said a day later on the sidelines.",
            "Sanctions will",
            WED,
        ),
        (
            'Negotiators met in Muscat on Tuesday.\nThe same day, Rahimi said sanctions "will not break us".',
            "break",
            TUE,
        ),
        (
            'Negotiators met in Muscat on Tuesday.\nLater that day, Rahimi said sanctions "will not break us".',
            "break",
            TUE,
        ),
        # a time counted vaguely is no day
        (
            'Negotiators met in Muscat on April 1.\nThe following week, Rahimi said sanctions "will not break us".',
            "break",
            None,
        ),
        (
            'Negotiators met in Muscat on April 1.\nWeeks later, Rahimi said sanctions "will not break us".',
            "break",
            None,
        ),
        (
            'Negotiators met in Muscat on April 1.\nDays later, Rahimi said sanctions "will not break us".',
            "break",
            None,
        ),
        (
            'Negotiators met in Muscat on April 1.\nA few days later, Rahimi said sanctions "will not break us".',
            "break",
            None,
        ),
    ],
)
def test_more_ways_of_giving_a_day_or_none(text: str, words: str, when: str | None) -> None:
    assert occurred(text, words) == when


GRAIN = '"The grain corridor must stay open,"'


@pytest.mark.parametrize(
    ("text", "words", "when"),
    [
        (
            "In comments published on Monday by the Financial Times, Trade Minister Omer Bolat said the corridor "
            '"must stay open".',
            "must stay open",
            MON,
        ),
        (f"{GRAIN} Bolat said on Monday, before leaving for Brussels.", "grain corridor", MON),
        (f"{GRAIN} Bolat said on Monday, hours before the vote.", "grain corridor", MON),
        ('Before leaving for Brussels on Monday, Bolat said the corridor "must stay open".', "must stay open", None),
        ('In his weekly radio address on Saturday, Bolat said the corridor "must stay open".', "must stay open", SAT),
        ('In an address to the UN General Assembly on Tuesday, Bolat said the corridor "must stay open".', "stay", TUE),
        (f"{GRAIN} Bolat wrote in a column for the Guardian on Tuesday.", "grain corridor", TUE),
        (f"{GRAIN} the ministry said in an emailed statement Tuesday.", "grain corridor", TUE),
        (f"{GRAIN} Bolat posted on Truth Social on Tuesday.", "grain corridor", TUE),
        (f"{GRAIN} Bolat told a rally in Izmir on Tuesday night.", "grain corridor", TUE),
        (f"{GRAIN} Bolat said Tuesday night.", "grain corridor", TUE),
        (f"{GRAIN} Bolat told his Ukrainian counterpart in a phone call on Wednesday.", "grain corridor", WED),
        (f"{GRAIN} the ministry said in a readout of Wednesday's call.", "grain corridor", WED),
        (f"{GRAIN} Bolat said during Wednesday's debate in parliament.", "grain corridor", WED),
        ('In Wednesday\'s interview with CNN Turk, Bolat said the corridor "must stay open".', "must stay open", WED),
        ('Bolat voiced concern over Monday\'s vote, saying the corridor "must stay open".', "must stay open", None),
        ('Bolat wrote to the UN secretary-general on Monday that the corridor "must stay open".', "must stay", MON),
        # a sentence after the words that gives their day, with the day before its verb
        (f"{GRAIN} Bolat said.\nHis comments on Monday came as ships queued at the Bosphorus.", "grain", MON),
        (f"{GRAIN} Bolat said.\nHer remarks late Tuesday came as ships queued at the Bosphorus.", "grain", TUE),
        (f"{GRAIN} Bolat said.\nHis comments on Monday's vote came as ships queued at the Bosphorus.", "grain", None),
        (
            'The vote took place on April 10.\nOne week before the vote, Bolat said the corridor "must stay open".',
            "must stay open",
            "2025-04-03",
        ),
        ('The vote took place on April 10.\nFour days later, Bolat said the corridor "must stay open".', "stay", MON),
    ],
)
def test_occasions_of_speaking_and_their_days(text: str, words: str, when: str | None) -> None:
    assert occurred(text, words) == when


COPPER = '"Copper prices will decide this,"'


@pytest.mark.parametrize(
    ("text", "words", "when"),
    [
        (f"{COPPER} says Chilean Mining Minister Aurora Williams.", "Copper prices", None),  # a feature's present
        (f"{COPPER} Williams tells CNN.", "Copper prices", None),
        (f"{COPPER} Williams says, speaking on Tuesday.", "Copper prices", TUE),
        (f"{COPPER} Williams said this afternoon.", "Copper prices", FRI),
        (f"{COPPER} Williams said tonight.", "Copper prices", FRI),
        (f"{COPPER} Williams said earlier in the day.", "Copper prices", FRI),
        ('Williams said Monday that the mines "will keep running".', "keep running", MON),
        ('Williams said in a tweet on Monday that the mines "will keep running".', "keep running", MON),
        ('Williams said on Monday in a tweet that the mines "will keep running".', "keep running", MON),
        ('Williams told a Senate hearing on Monday that the mines "will keep running".', "keep running", MON),
        ('Williams announced on Monday that the mines "will keep running".', "keep running", MON),
        ('Williams testified before the Senate on Monday that the mines "will keep running".', "keep running", MON),
        ('Williams, appearing before a Senate panel on Monday, said the mines "will keep running".', "keep", MON),
        ('Williams testified before Monday\'s vote that the mines "will keep running".', "keep running", None),
        ('Williams said before the Senate vote on Monday that the mines "will keep running".', "keep running", None),
    ],
)
def test_the_tense_and_the_verb_of_the_reporting_clause(text: str, words: str, when: str | None) -> None:
    assert occurred(text, words) == when


@pytest.mark.parametrize(
    ("before", "day"),
    [
        ("Pichai gave an interview to NHK that aired on Sunday.", SUN),
        ("Pichai gave an interview to NHK which was broadcast late Sunday.", SUN),
        ("Pichai gave an interview recorded in Bangkok on Monday.", MON),
        ("Pichai gave an interview to NHK, which will air on Sunday.", None),  # none made yet
        ("Pichai gave an interview on the tariffs that were published on Sunday.", None),  # the tariffs'
        ("Pichai gave an interview to NHK.", None),
    ],
)
def test_the_occasion_named_before_is_dated_by_its_own_clause_of_making(before: str, day: str | None) -> None:
    text = f'{before}\n"Exports remain strong," Pichai said in the interview.'
    assert occurred(text, "Exports remain") == day


@pytest.mark.parametrize(
    "opening",
    [
        "Separately on Monday,",
        "Also on Monday,",
        "Meanwhile on Monday,",
        "Elsewhere on Monday,",
        "Separately, on Monday,",
        "And on Monday,",
        "But on Monday,",
        "Then, on Monday,",
        "Still on Monday,",
        "Monday,",
        "Monday evening,",
        "As recently as Monday,",
        "Earlier Monday,",
        "Later Monday,",
        "On Monday too,",
        "In Bangkok on Monday,",
    ],
)
def test_a_sentence_s_opening_phrase_of_time_after_a_word_that_links_it_dates_the_words(opening: str) -> None:
    text = f'{opening} Thai Commerce Minister Pichai Naripthaphan said exports "remain strong".'
    assert occurred(text, "remain strong") == MON


@pytest.mark.parametrize(
    "text",
    [
        'By Monday evening, Pichai had said exports "remain strong".',
        'Until Monday, Pichai had said exports "remain strong".',
        'Since Monday, Pichai has said exports "remain strong".',
        'Monday was a hard day, Pichai said, but exports "remain strong".',
        'But in the past, Pichai said exports "remain strong".',
    ],
)
def test_an_opening_phrase_of_a_time_the_words_are_not_of_gives_them_no_day(text: str) -> None:
    assert occurred(text, "remain strong") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('GENEVA, April 16 (Reuters) - "The talks have stalled," WTO deputy chief Ana Ribeiro said on Monday.', MON),
        ('NAIROBI, April 16 (Reuters) - "The talks have stalled," Wanjiku told reporters today.', WED),
        ('NAIROBI, April 16 (Reuters) - "The talks have stalled," Wanjiku said yesterday.', TUE),
        ('LIMA, April 16 (Reuters) - "The talks have stalled," Quispe said on Wednesday.', WED),
        ('Accra, 16 April 2025 (GNA) - "The talks have stalled," Finance Minister Kofi Mensah said on Tuesday.', TUE),
    ],
)
def test_a_dateline_is_the_day_weekdays_today_and_yesterday_count_from(text: str, day: str) -> None:
    assert occurred(text, "talks have stalled", "2025-04-17") == day


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            'The summit opened in Accra on Saturday.\nThe day before, Mensah told reporters that Africa needed "one '
            'voice on debt".',
            "one voice",
            "2025-04-11",
        ),
        (
            "The summit opened in Accra on Saturday.\nA day earlier, Mensah had said Africa needed "
            '"one voice on debt".',
            "one voice",
            "2025-04-11",
        ),
        (
            'The summit opened in Accra on Saturday.\nTwo days later, Mensah said Africa needed "one voice on debt".',
            "one voice",
            MON,
        ),
        (
            'The summit opened in Accra on Saturday.\nThe next day, Mensah said Africa needed "one voice on debt".',
            "one voice",
            SUN,
        ),
        (
            'The summit opened in Accra on Saturday.\nOn the eve of the summit, Mensah said Africa needed "one '
            'voice on debt".',
            "one voice",
            "2025-04-11",
        ),
        (
            'Ministers met in Accra on Saturday.\nThe following day, Mensah said Africa needed "one voice on debt".',
            "one voice",
            SUN,
        ),
        (
            'The ministers met in Bogotá on Monday.\nThe following morning, Ortega said the talks "went better than '
            'expected".',
            "better than",
            TUE,
        ),
        (
            'The ministers met in Bogotá on Monday.\nThe night before, Ortega said the talks "would be hard".',
            "would be hard",
            SUN,
        ),
        (
            "The ministers met in Bogotá on Monday.\nOrtega had said the previous evening that the talks "
            '"would be hard".',
            "would be hard",
            SUN,
        ),
        (
            'Negotiators met in Lima on April 2.\nA week after the talks, Quispe said the deal was "within reach".',
            "within reach",
            "2025-04-09",
        ),
        (
            'Negotiators met in Lima on April 2.\n"A deal is within reach," Quispe said a week after the talks.',
            "A deal is",
            "2025-04-09",
        ),
        (
            'Negotiators met in Lima on April 2.\nA week later, Quispe said a deal was "within reach".',
            "within reach",
            "2025-04-09",
        ),
        (
            'Negotiators met in Lima on April 12.\nTen days earlier, Quispe had said a deal was "within reach".',
            "within reach",
            "2025-04-02",
        ),
        (
            'Negotiators met in Lima on April 9.\nA week before the talks, Quispe had said a deal was "within reach".',
            "within reach",
            "2025-04-02",
        ),
        (
            'The talks collapsed on Tuesday.\n"We will try again," Quispe said a day after the talks collapsed.',
            "We will try",
            WED,
        ),
        (
            'The summit was held in Quito on April 1.\nTwo weeks after the summit, Ortega said its pledges were "still '
            'on paper".',
            "still on paper",
            TUE,
        ),
        (
            'The election was held on Sunday.\nThe day after the election, Ortega called the result "a victory for '
            'reason".',
            "a victory",
            MON,
        ),
        (
            'The vote on the accord took place on Tuesday.\nHours after the vote, Ortega said it was "a victory for '
            'reason".',
            "a victory",
            TUE,
        ),
        ('A day after Monday\'s vote, Ortega said the result was "a victory for reason".', "a victory", TUE),
        (
            'The vote took place on Tuesday.\nThe morning after the vote, Ortega said it was "a victory for reason".',
            "a victory",
            WED,
        ),
        (
            'The summit was in Lima on Saturday.\nThe night before the summit, Quispe called a deal "within reach".',
            "within reach",
            "2025-04-11",
        ),
        ('"A deal is within reach," Quispe said the evening before Wednesday\'s vote.', "A deal is", TUE),
        (
            'The summit opened in Nairobi on Monday.\n"We need a fund," Ruto said on the second day of the summit.',
            "fund",
            TUE,
        ),
        (
            'The summit opened in Nairobi on Monday.\nOn day three of the summit, Ruto said: "We need a fund."',
            "fund",
            WED,
        ),
        ('"A deal is within reach," Quispe said three days before Tuesday\'s summit.', "A deal is", SAT),
        ('"A deal is within reach," Quispe said two days before Wednesday\'s vote.', "A deal is", MON),
        ('"A deal is within reach," Quispe said on the eve of Wednesday\'s summit.', "A deal is", TUE),
        ('Shortly after the talks ended on Monday, Ortega said they had been "useful".', "useful", MON),
    ],
)
def test_a_day_counted_from_an_event_or_a_day_named_is_counted(text: str, words: str, day: str) -> None:
    assert occurred(text, words) == day


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # weekday of an event a week on as well: in a story of Friday, Sunday's vote may be two days ahead
        ('"A deal is within reach," Quispe said two days before Sunday\'s vote.', "A deal is"),
        ('"A deal is within reach," Quispe said on the eve of Saturday\'s summit.', "A deal is"),
        ('Three days before Saturday\'s summit, Mensah said Africa needed "one voice on debt".', "one voice"),
        # no count of days, but a duration or a week
        ('The truce was extended by 60 days after talks in Doha on Monday.\n"It is a start," Ortega said.', "a start"),
        (
            "A team was sent to Washington this week after a call between the two leaders on Monday.\n"
            '"It is a start," Ortega said.',
            "a start",
        ),
        # an event named with no day before: nothing to count from
        ('The day before the summit, Mensah said Africa needed "one voice on debt".', "one voice"),
        ('"We will try again," Quispe said a week after the talks.', "We will try"),
        ('"We need a fund," Ruto said on the second day of the summit.', "We need a fund"),
        (
            'The summit opened in Nairobi on Monday.\n"We need a fund," Ruto said on the second day of his visit.',
            "fund",
        ),
    ],
)
def test_a_count_with_nothing_sure_to_count_from_gives_no_day(text: str, words: str) -> None:
    assert occurred(text, words) is None


@pytest.mark.parametrize(
    ("text", "words", "when"),
    [
        ('"We will try again," Quispe said.', "We will try again", None),
        ('"We will try again," Quispe said recently.', "We will try again", None),
        ('"We will try again," Quispe said days ago.', "We will try again", None),
        ('"We will try again," Quispe said an hour ago.', "We will try again", None),
        ('Quispe has said that Peru "will never accept a quota on quinoa".', "will never accept", None),
        ('Quispe has repeatedly said Peru "will never accept a quota on quinoa".', "will never accept", None),
        ('Quispe said in 2019 that the quota was "a relic of another century".', "a relic of", None),
        ('In a 2018 speech, Quispe called the quota "a relic of another century".', "a relic of", None),
        ('Years ago, Quispe called the quota "a relic of another century".', "a relic of", None),
        (
            'Mensah said on Tuesday that the loan was "a lifeline".\nThe finance ministry has said the terms are "fair '
            'and transparent".',
            "fair and transparent",
            None,
        ),
        # a week or a month is no day: the month it lies in, at most
        ('"We will try again," Quispe said last week.', "We will try again", "2025-04"),
        ('"We will try again," Quispe said this month.', "We will try again", "2025-04"),
        ('"Talks must resume," Quispe said earlier this week.', "Talks must resume", "2025-04"),
        ('"Talks must resume," Quispe told reporters last week.', "Talks must resume", "2025-04"),
        ('"We will try again," Quispe said earlier this year.', "We will try again", "2025"),
    ],
)
def test_a_saying_the_text_gives_no_day_is_undated(text: str, words: str, when: str | None) -> None:
    assert occurred(text, words) == when


def test_a_story_s_dateline_is_no_day_of_a_statement_it_does_not_date() -> None:
    text = 'ACCRA, April 16 (Reuters) - Ghana\'s parliament approved the loan.\n"It is a lifeline," Mensah said.'
    assert occurred(text, "It is a lifeline", "2025-04-17") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"The talks on Monday were the hardest yet," Olga Petrenko said.', "talks on Monday"),
        ('Petrenko said the talks would resume on Monday, calling them "the hardest yet".', "the hardest yet"),
        ('Petrenko said the talks, which began on Monday, had been "the hardest yet".', "the hardest yet"),
        ('Petrenko, who arrived in Vienna on Monday, said the talks were "the hardest yet".', "the hardest yet"),
        ('Petrenko said she hoped to sign the accord on Friday, calling it "the best we can get".', "the best we"),
        ('"Every vote counts," Petrenko said ahead of Friday\'s vote.', "Every vote counts"),
        ('"Every vote counts," Petrenko said before Monday\'s meeting of the council.', "Every vote counts"),
        ('"They were frank," Petrenko said of Monday\'s talks with the Hungarian delegation.', "They were frank"),
        ('"It was a mistake," Petrenko said, referring to Monday\'s vote in the assembly.', "It was a mistake"),
        ('The talks in Vienna ended on Monday.\n"It was a mistake," Petrenko said.', "It was a mistake"),
        ('"We need more time," Petrenko said, as a Friday deadline loomed.', "We need more time"),
        ('Petrenko said on social media that the vote, set for Monday, was "a farce".', "a farce"),
        ('Ortega said Monday\'s vote was "rigged from the start".', "rigged from"),
        ('In a statement about Monday\'s attack, the ministry said it was "an act of terror".', "act of terror"),
        ('In a statement on Monday\'s attack, the ministry said it was "an act of terror".', "act of terror"),
        (
            'Speaking on condition of anonymity ahead of Monday\'s talks, an official said the gap was "still wide".',
            "still wide",
        ),
        ('Ortega said he would travel to Beijing on Monday to seek "a fair deal".', "a fair deal"),
        ('Ortega said he had met the envoy on Monday and found him "open to compromise".', "open to compromise"),
        ('Ortega, who will visit Paris on Monday, said the deal was "a fair one".', "a fair one"),
        ('Ortega said the accord, signed on Monday, was "historic".', "historic"),
        ('"Time is short," Ortega said, giving the rebels until Monday to respond.', "Time is short"),
    ],
)
def test_a_day_inside_the_quote_or_of_another_clause_or_event_is_not_the_sayings(text: str, words: str) -> None:
    assert occurred(text, words) is None


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ('"We signed on Monday," Ortega said on Wednesday.', "We signed on", WED),
        (
            'The ministry on Wednesday denied reports that talks had collapsed on Monday, calling them "baseless".',
            "baseless",
            WED,
        ),
    ],
)
def test_the_reporting_clause_s_day_not_the_day_its_words_report(text: str, words: str, day: str) -> None:
    assert occurred(text, words) == day


@pytest.mark.parametrize(
    ("words", "counted"),
    [
        ("said three days before ", -3),
        ("said a week after the ", 7),
        ("Two weeks after the bilateral ", 14),
        ("the day after Monday's ", 1),
        ("on the eve of the ", -1),
        ("The morning after the ", 1),
        ("the night before the ", -1),
        ("the night after the ", None),
        ("on the second day of the ", 1),
        ("On day three of the ", 2),
        ("said 10 days ahead of the ", -10),
        ("extended by 60 days after ", None),  # a duration
        ("for two weeks before the ", None),
        ("said before the ", None),
        ("this week after a ", None),
    ],
)
def test_the_days_a_count_before_a_day_or_an_event_counts(words: str, counted: int | None) -> None:
    found = counted_before(words + "summit", len(words))
    assert (found[0] if found else None) == counted


@pytest.mark.parametrize(
    ("clause", "counted"),
    [
        ("The next day, Lind said", 1),
        ("The following morning, Lind said", 1),
        ("The night before, Lind said", -1),
        ("Lind had said the previous evening", -1),
        ("A week later, Lind said", 7),
        ("Ten days earlier, Lind said", -10),
        ("Later that day, Lind said", 0),
        ("Lind said later", None),
    ],
)
def test_the_days_a_clause_counts_on_from_the_last_event_told(clause: str, counted: int | None) -> None:
    found = counted_on(clause)
    assert (found[0] if found else None) == counted


@pytest.mark.parametrize(
    ("event", "days", "ahead"),
    [
        (SUN, -2, True),  # Sunday's vote in a Friday story: maybe the next Sunday, the words said today
        (SAT, -1, True),
        (TUE, -3, False),  # Tuesday's summit three days on from Saturday: the next Tuesday is too far ahead
        (WED, -2, False),
        (SUN, 2, False),  # a count after the event: the event is past
    ],
)
def test_a_count_back_from_a_weekday_may_count_from_the_next_one(event: str, days: int, ahead: bool) -> None:
    assert ahead_too(event, days, dt.date.fromisoformat(PUBLISHED)) is ahead


@pytest.mark.parametrize(
    ("sentence", "is_date"),
    [
        ("At Tuesday's press conference, Ortega said", True),
        ("Ortega told Tuesday's meeting of the council", True),
        ("Ortega said after Tuesday's talks", True),
        ("Ortega said Tuesday's vote was rigged", False),
        ("a statement about Tuesday's attack", False),
        ("in a statement on Tuesday's attack", False),
        ("Lind said on Tuesday's call with reporters", True),  # an occasion of speaking: its day stays
        ("concerns over Tuesday's vote", False),
        ("Speaking ahead of Tuesday's talks", False),
        ("two days before Tuesday's talks", True),  # counted from (counted_days)
    ],
)
def test_a_weekday_s_possessive_is_a_date_of_the_clause_only_as_its_occasion(sentence: str, is_date: bool) -> None:
    assert (resolve(sentence, PUBLISHED) is not None) is is_date


def test_a_count_before_a_weekday_shifts_the_day_it_resolves_to() -> None:
    assert resolve("said two days before Wednesday's vote", PUBLISHED) == (MON, "two days before Wednesday")
    assert resolve("said two days before Sunday's vote", PUBLISHED) is None  # Sunday's may be two days ahead
    assert resolve("said two days after Sunday's vote", PUBLISHED) == ("2025-04-15", "two days after Sunday")


@pytest.mark.parametrize(
    ("words", "day"),
    [
        # A range of days by its first, its year after it.
        ("on December 6-7, 2001", "2001-12-06"),
        ("on Dec. 6-7, 2001", "2001-12-06"),
        ("on March 3 and 4", "2025-03-03"),
        ("on March 3 and 40 people", "2025-03-03"),
    ],
)
def test_a_month_first_range_of_days_is_its_first_day_in_its_year(words, day):
    assert resolve(words, "2025-04-18")[0] == day


def test_a_place_s_country_after_a_comma_keeps_the_day_in_the_clause():
    text = "Kari Lind and Kwame Osei met in Canberra, Australia on 6-7 November 2024 to discuss trade.\n"
    assert [p["occurred_at"] for p in of_type(drafted_text(text), "meeting")] == ["2024-11-06"]
