"""kb draft's counts and quantities as news prose writes them (counts.py, abbreviated_units.py, figures.py), on
sentences made for the tests: a count's noun joined to its number before the noun it qualifies, two counted
nouns joined, people taken hostage, the kind of a weapon counted, "the number of" something reaching a range,
counts a later number shares (past "another", in words, with a thousands separator), a counted noun before "from" or
"to" and its number, breaches and pages counted,
kilograms and tonnes written short, an adjective ending in "down" or "up" that is no change, an amount "below" or
"above" a level that is one, and a rate's base after "per" that is no figure."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

from kb.draft.figures import figures

pytestmark = pytest.mark.usefixtures("talks")


def _found(words: str) -> list[tuple[str, str, str | None]]:
    return [(figure.value, figure.unit, figure.bound) for figure in figures(words)]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # A count's noun joined to its number, qualifying the noun after it.
        ("Mediators circulated a 20-page draft on Monday.", [("20", "pages", None)]),
        ("A 40-truck convoy crossed at Rafah.", [("40", "trucks", None)]),
        ("The bloc sent a 3,000-troop force and a twelve-vessel flotilla.", [("3000", "troops", None),
                                                                             ("12", "vessels", None)]),
        # Not what counts nothing news counts: years, members, days.
        ("They agreed a 10-year plan, a 12-member panel and a 3-day truce.", []),
        # Two counted nouns joined by "and" or "or" are one count.
        ("Israel freed 39 women and children from its jails.", [("39", "women and children", None)]),
        ("The blast killed 80 soldiers or civilians, officials said.", [("80", "soldiers or civilians", None)]),
        ("The group released 12 hostages and the bodies of two others.", [("12", "hostages", None)]),
        # People taken or held hostage, the noun in the singular after the count.
        ("Gunmen killed 30 people and took 40 more hostage, police said.", [("30", "people", None),
                                                                            ("40", "hostages", None)]),
        ("The militia held 25 hostage in the tunnels.", [("25", "hostages", None)]),
        ("The 50 hostage families met the premier.", [("50", "families", None)]),  # families, not hostages
        # A count of one ending a list of counts, its noun as written.
        ("Hamas freed 24 hostages — 13 Israelis, 10 Thais, and one Filipino.", [("24", "hostages", None),
                                                                                ("13", "Israelis", None),
                                                                                ("10", "Thais", None),
                                                                                ("1", "Filipino", None)]),
        ("The shelling killed 12 soldiers and one civilian.", [("12", "soldiers", None), ("1", "civilian", None)]),
        ("They met 3 times, and one official said no.", []),
        # "over" after "hand" or "turn" is the verb's particle, no lower bound; after another verb it is one.
        ("Hamas handed over 24 prisoners; Israel turned over 30 bodies.", [("24", "prisoners", None),
                                                                           ("30", "bodies", None)]),
        ("The strikes killed over 200 people.", [("200", "people", "lower")]),
        # The kind of a weapon counted, named before it.
        ("Each side may keep 1,550 deployed warheads and 700 ballistic missiles.",
         [("1550", "deployed warheads", None), ("700", "ballistic missiles", None)]),
        # Breaches of a truce and the length of a text counted.
        ("Monitors logged nine violations overnight; the text runs to 54 pages.", [("9", "violations", None),
                                                                                  ("54", "pages", None)]),
        ("Kyiv reported 14 breaches of the truce on Sunday.", [("14", "breaches", None)]),
        # Fire exchanged, attacks logged, and people counted by their homes.
        ("Hamas fired 200 rockets and Israel carried out 37 airstrikes.", [("200", "rockets", None),
                                                                           ("37", "airstrikes", None)]),
        ("Monitors logged 12 incidents; 40 families went home.", [("12", "incidents", None), ("40", "families", None)]),
        # Casualties named by their state, more craft, and papers and supplies a deal issues.
        ("The strike left 20 dead and 50 wounded.", [("20", "dead", None), ("50", "wounded", None)]),
        ("Russia sent two warships; the deal gives 10,000 visas and 50 fishing licences.",
         [("2", "warships", None), ("10000", "visas", None), ("50", "licences", None)]),
    ],
)  # fmt: skip
def test_a_count_as_news_writes_it(words, found):
    assert _found(words) == found


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # "The number of" something, reaching a range: the noun among the three words after "of", with its kind.
        ("The treaty cuts the number of nuclear warheads each side holds to between 1,500 and 1,675.",
         [("1500", "nuclear warheads", "lower"), ("1675", "nuclear warheads", "upper")]),
        ("The number of aid trucks entering rose to between 300 and 350 a week.",
         [("300", "trucks per week", "lower"), ("350", "trucks per week", "upper")]),
        ("The number of detainees freed will reach 600.", [("600", "detainees", None)]),
        # A count a later number shares, with a thousands separator, past "compared with … under".
        ("The number of missiles falls from 1,600 for each side to between 800 and 1,100.",
         [("1600", "missiles", None), ("800", "missiles", "lower"), ("1100", "missiles", "upper")]),
        ("The pact allows 1,550 warheads, compared with a ceiling of 2,200 under the old treaty.",
         [("1550", "warheads", None), ("2200", "warheads", None)]),
        ("Israel freed 1,200 prisoners in May and 1,500 in June.", [("1200", "prisoners", None),
                                                                   ("1500", "prisoners", None)]),
        # In words: "… and two by Russian warplanes".
        ("The HNC counted three violations by militias in Idlib, and two by air strikes in Hama.",
         [("3", "violations", None), ("2", "violations", None)]),
        # Past "another", "a further", "an additional", however far in the sentence.
        ("Twenty trucks carrying flour and medicine reached the besieged town after a long delay at the checkpoint, "
         "and another 31 were to follow.", [("20", "trucks", None), ("31", "trucks", None)]),
        ("Hamas freed 13 hostages on Friday, when the four-day truce mediated by Qatar and Egypt began in the morning, "
         "and a further 14 on Saturday.", [("13", "hostages", None), ("14", "hostages", None)]),
        # A counted noun right before "from" or "to" and a number ending its clause; "from" a higher number to a
        # lower one gives two levels, no range's bounds.
        ("The treaty cuts launchers from 1,600 to 800 on each side.", [("1600", "launchers", None),
                                                                      ("800", "launchers", None)]),
        ("The deal lowers the cap on centrifuges to 6,104.", [("6104", "centrifuges", None)]),
        ("Washington will cut troops to about 3,000 by May.", [("3000", "troops", None)]),
        ("India cut tariffs from 110 to 10 percent.", [("110", "percent", None), ("10", "percent", None)]),
        # Not a number that counts something else, nor a time.
        ("Kenya sent prisoners to 2 countries; Israel freed prisoners at 10 a.m.", []),
        # Not one, nor a year.
        ("Israel freed 30 prisoners, and another one in 2024.", [("30", "prisoners", None)]),
    ],
)  # fmt: skip
def test_a_count_a_later_number_shares(words, found):
    assert _found(words) == found


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # Kilograms, written out or short, and tonnes written short joined to the number.
        ("Iran's stockpile reached 440.9 kilograms in June.", [("440.9", "kilograms", None)]),
        ("Inspectors sealed 125 kg of uranium and 60kg of oxide.", [("125", "kilograms", None),
                                                                   ("60", "kilograms", None)]),
        ("The TAC for mackerel is 576,958t and for herring 401,794t.", [("576958", "tonnes", None),
                                                                       ("401794", "tonnes", None)]),
        ("Norway landed 12,500t of cod in March.", [("12500", "tonnes", None)]),
        # Not "t" apart from the number, nor inside a word.
        ("The crane lifts 5 t at most; 2ton trucks and the 3tier plan.", []),
        # Nor after a currency's sign: money, as before.
        ("A $5t economy owes £1.5t.", [("5", "USD", None), ("1.5", "GBP", None)]),
    ],
)  # fmt: skip
def test_kilograms_and_tonnes_written_short(words, found):
    assert _found(words) == found


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Delegates got a slimmed-down 20-page text on Monday.\n", False),
        ("Peru proposed a watered-down 10% tariff on Chile's wine.\n", False),
        ("Peru's exports were down 10% in May.\n", True),
    ],
)
def test_an_adjective_ending_in_down_is_no_change(kb, text, change):
    (point,) = of_type(drafted(kb, text), "data_point")
    assert ("change" in point) is change


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # An amount given "below" or "above" a level is a difference from it: a change.
        ("Kenya pays 329 dollars, about 100 dollars below the regular price.\n", {"fall": "100"}),
        ("Chile's copper exports were 5% above their pre-war level.\n", {"rise": "5"}),
        ("Russia sells Moldova gas at $30 below its market price.\n", {"fall": "30"}),
        # Not "over" nor "under" a period, nor "below" alone.
        ("The plan saves Peru $2 billion over the next decade.\n", {}),
    ],
)
def test_an_amount_below_or_above_a_level_is_a_change(kb, text, change):
    points = of_type(drafted(kb, text), "data_point")
    changes = {p["change"]["direction"]: p["change"]["amount"] for p in points if "change" in p}
    assert changes == change


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # The base of a rate after "per" is no figure of its own.
        ("Ukraine pays 329 US dollars per 1,000 cubic meters.", [("329", "USD", None)]),
        (
            "The levy is $50 per 100 kilograms, and 3 deaths per 100,000 people were recorded.",
            [("50", "USD", None), ("3", "deaths", None)],
        ),
    ],
)
def test_a_rate_s_base_is_no_figure(words, found):
    assert _found(words) == found


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # "up" or "down" after a verb whose object the count is: the verb's particle, no change.
        ("Hamas handed up 24 prisoners to the Red Cross.\n", {}),
        ("Air defences shot down 12 drones overnight.\n", {}),
        ("Police rounded up 50 migrants.\n", {}),
        ("Hamas handed up 24 prisoners — 13 Israelis, 10 Thais, and one Filipino — to the Red Cross.\n", {}),
        # After a form of "be" or a comma it is a change.
        ("Arrivals were down 300 migrants on the month.\n", {"fall": "300"}),
        ("Kenya's exports were up 5%.\n", {"rise": "5"}),
    ],
)
def test_up_or_down_a_verb_carries_before_a_count_is_no_change(kb, text, change):
    points = of_type(drafted(kb, text), "data_point")
    assert {p["change"]["direction"]: p["change"]["amount"] for p in points if "change" in p} == change
