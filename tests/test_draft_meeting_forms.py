"""A catalogue of the ways English news, releases and readouts report a meeting held — or not — each checked against
the drafted meeting's participants and day (sentences written for these tests, in a story published on Friday 18
April 2025; kb/draft/meetings.py, meeting_nouns.py, meeting_rephrasings.py, group_meetings.py,
told_in_calls.py)."""

from __future__ import annotations

from typing import Any

import pytest
from drafting import PUBLISHED, of_type

from kb.draft import draft_text
from kb.draft.known import Known

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, SUNDAY = "2025-04-14", "2025-04-15", "2025-04-16", "2025-04-17", "2025-04-13"


def drafted_meetings(text: str) -> list[dict[str, Any]]:
    """The meetings drafted from ``text`` alone, in a knowledge base knowing only its negotiation."""
    known = Known()
    known.learn({"type": "entity", "key": "talks", "kind": "negotiation", "name": "The talks"})
    return of_type(draft_text(text, PUBLISHED, "SOURCE", "talks", known).payloads, "meeting")


def held(text: str) -> list[tuple[list[str], str | None]]:
    """Each meeting drafted as held (not expected): its participants' keys and its day."""
    return [
        ([p["entity"] for p in met["participants"]], met.get("occurred_at"))
        for met in drafted_meetings(text)
        if met.get("modality") != "expected"
    ]


@pytest.mark.parametrize(
    ("text", "parties", "day"),
    [
        (
            "Kenyan Trade Minister Kwame Mensah met Indian Commerce Secretary Priya Raman in Nairobi on Tuesday.",
            ["kwame-mensah", "priya-raman"],
            TUESDAY,
        ),
        (
            "Priya Raman met with Lars Eriksson, Sweden's trade minister, on Wednesday.",
            ["priya-raman", "lars-eriksson"],
            WEDNESDAY,
        ),  # fmt: skip
        ("Kwame Mensah and Priya Raman met on Monday in Geneva.", ["kwame-mensah", "priya-raman"], MONDAY),
        (
            "President Thandi Nkosi held talks with Prime Minister Aiko Tanaka in Pretoria on Thursday.",
            ["thandi-nkosi", "aiko-tanaka"],
            THURSDAY,
        ),
        (
            "Chancellor Lars Eriksson hosted President Rafael Mendoza at the chancellery on Tuesday.",
            ["lars-eriksson", "rafael-mendoza"],
            TUESDAY,
        ),
        (
            "Foreign Minister Olena Kovalenko was received by President Mehmet Yilmaz in Ankara on Wednesday.",
            ["olena-kovalenko", "mehmet-yilmaz"],
            WEDNESDAY,
        ),
        (
            "Talks between Ghana and the International Monetary Fund took place in Accra on Monday.",
            ["ghana", "international-monetary-fund"],
            MONDAY,
        ),
        (
            "Aiko Tanaka's meeting with Thandi Nkosi on Tuesday lasted two hours.",
            ["aiko-tanaka", "thandi-nkosi"],
            TUESDAY,
        ),  # fmt: skip
        (
            "Prime Minister Aiko Tanaka arrived in Hanoi to see President Nguyen Van An. The two leaders met on "
            "Thursday.",
            ["aiko-tanaka", "nguyen-van-an"],
            THURSDAY,
        ),
        (
            "President Rafael Mendoza spoke by phone with Chancellor Lars Eriksson on Wednesday.",
            ["rafael-mendoza", "lars-eriksson"],
            WEDNESDAY,
        ),
        (
            "Rafael Mendoza and Lars Eriksson held a video call on Tuesday.",
            ["rafael-mendoza", "lars-eriksson"],
            TUESDAY,
        ),
        (
            "On the sidelines of the G20 summit in Rio, Indian Prime Minister Priya Raman met Turkish President Mehmet "
            "Yilmaz.",
            ["priya-raman", "mehmet-yilmaz"],
            None,
        ),
        (
            "Foreign ministers Olena Kovalenko and Hamid Karimi met in Vienna on Monday.",
            ["olena-kovalenko", "hamid-karimi"],
            MONDAY,
        ),
        (
            "Iranian Foreign Minister Hamid Karimi sat down with Swedish Foreign Minister Lars Eriksson on Thursday.",
            ["hamid-karimi", "lars-eriksson"],
            THURSDAY,
        ),
        (
            "Hamid Karimi met his Ukrainian counterpart Olena Kovalenko on Tuesday.",
            ["hamid-karimi", "olena-kovalenko"],
            TUESDAY,
        ),  # fmt: skip
        ("Kenya and Tanzania held talks in Arusha on Wednesday.", ["kenya", "tanzania"], WEDNESDAY),
        (
            "Negotiators from Vietnam and Australia met in Canberra for a third round on Tuesday.",
            ["vietnam", "australia"],
            TUESDAY,
        ),  # fmt: skip
        (
            "The fifth round of talks between Vietnam and the European Union took place in Hanoi on Monday.",
            ["vietnam", "european-union"],
            MONDAY,
        ),
        (
            "President Thandi Nkosi received Prime Minister Aiko Tanaka at the Union Buildings on Wednesday.",
            ["thandi-nkosi", "aiko-tanaka"],
            WEDNESDAY,
        ),
        (
            "Thandi Nkosi welcomed President Park Ji-won to Pretoria on Tuesday.",
            ["thandi-nkosi", "park-ji-won"],
            TUESDAY,
        ),
        (
            "Lars Eriksson telephoned President Rafael Mendoza on Monday to discuss tariffs.",
            ["lars-eriksson", "rafael-mendoza"],
            MONDAY,
        ),
        (
            "Rafael Mendoza had a phone conversation with Lars Eriksson on Wednesday.",
            ["rafael-mendoza", "lars-eriksson"],
            WEDNESDAY,
        ),
        (
            "The two presidents, Rafael Mendoza and Thandi Nkosi, met in Brasilia on Monday.",
            ["rafael-mendoza", "thandi-nkosi"],
            MONDAY,
        ),
        (
            "A meeting between Olena Kovalenko and Hamid Karimi was held in Geneva on Tuesday.",
            ["olena-kovalenko", "hamid-karimi"],
            TUESDAY,
        ),
        (
            "Mehmet Yilmaz and Priya Raman's meeting on Monday ended without a statement.",
            ["mehmet-yilmaz", "priya-raman"],
            MONDAY,
        ),
        (
            "Kwame Mensah held bilateral talks with Priya Raman on the margins of the WTO ministerial conference on "
            "Wednesday.",
            ["kwame-mensah", "priya-raman"],
            WEDNESDAY,
        ),
        ("Tomasz Nowak and Ngozi Eze had breakfast together on Thursday.", ["tomasz-nowak", "ngozi-eze"], THURSDAY),
        ("Ngozi Eze travelled to Warsaw for talks with Tomasz Nowak on Monday.", ["ngozi-eze", "tomasz-nowak"], MONDAY),
        (
            "Tomasz Nowak paid a courtesy call on President Ngozi Eze on Wednesday.",
            ["tomasz-nowak", "ngozi-eze"],
            WEDNESDAY,
        ),
        (
            "At their meeting in Abuja on Tuesday, Ngozi Eze and Tomasz Nowak discussed visas.",
            ["ngozi-eze", "tomasz-nowak"],
            TUESDAY,
        ),
        (
            "Trade ministers Ngozi Eze of Nigeria and Tomasz Nowak of Poland met in Abuja on Monday.",
            ["ngozi-eze", "tomasz-nowak"],
            MONDAY,
        ),
        (
            "Mexico's Economy Secretary Rafael Mendoza and Canadian Trade Minister Sarah Leblanc met for two hours on "
            "Wednesday in Ottawa.",
            ["rafael-mendoza", "sarah-leblanc"],
            WEDNESDAY,
        ),
        (
            "U.S. Trade Representative John Carter met Tuesday with Brazilian Foreign Minister Ana Souza.",
            ["john-carter", "ana-souza"],
            TUESDAY,
        ),
        (
            "South African President Thandi Nkosi and Chinese President Wang Lei held a summit in Beijing on Monday.",
            ["thandi-nkosi", "wang-lei"],
            MONDAY,
        ),
        (
            "Talks between Indian and Pakistani officials were held in Islamabad on Wednesday.",
            ["india", "pakistan"],
            WEDNESDAY,
        ),  # fmt: skip
        (
            "Sarah Leblanc hosted her Mexican counterpart, Rafael Mendoza, in Ottawa on Thursday.",
            ["sarah-leblanc", "rafael-mendoza"],
            THURSDAY,
        ),
        ("The leaders of Kenya and Uganda met on Tuesday in Kampala.", ["kenya", "uganda"], TUESDAY),
        (
            "Ngozi Eze met Tomasz Nowak and Lars Eriksson in Brussels on Monday.",
            ["ngozi-eze", "tomasz-nowak", "lars-eriksson"],
            MONDAY,
        ),
        (
            "Envoys of Armenia and Azerbaijan held a fresh round of talks in Washington on Thursday.",
            ["armenia", "azerbaijan"],
            THURSDAY,
        ),
        (
            "Japan's top trade negotiator, Aiko Tanaka, met U.S. Commerce Secretary John Carter for 90 minutes on "
            "Wednesday.",
            ["aiko-tanaka", "john-carter"],
            WEDNESDAY,
        ),
        ("Ngozi Eze conferred with Tomasz Nowak by video link on Monday.", ["ngozi-eze", "tomasz-nowak"], MONDAY),
        ("Eriksson and Mendoza spoke by telephone on Thursday.", ["eriksson", "mendoza"], THURSDAY),
        (
            "Ngozi Eze, who met Tomasz Nowak on Monday, said the talks were useful.",
            ["ngozi-eze", "tomasz-nowak"],
            MONDAY,
        ),
        ("The meeting between Ngozi Eze and Tomasz Nowak took place on Monday.", ["ngozi-eze", "tomasz-nowak"], MONDAY),
        ("Tomasz Nowak was hosted by Ngozi Eze at her residence on Tuesday.", ["tomasz-nowak", "ngozi-eze"], TUESDAY),
        ("Ngozi Eze and Tomasz Nowak talked by phone on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        (
            "The third round of negotiations between Nigeria and Poland opened in Abuja on Monday.",
            ["nigeria", "poland"],
            MONDAY,
        ),
        (
            "Nigeria and Poland concluded the fourth round of trade talks in Warsaw on Thursday.",
            ["nigeria", "poland"],
            THURSDAY,
        ),  # fmt: skip
        # read since this catalogue was written
        (
            "Priya Raman, meeting Mehmet Yilmaz in Ankara on Monday, said trade would double.",
            ["priya-raman", "mehmet-yilmaz"],
            MONDAY,
        ),
        (
            "President Priya Raman, meeting with Mehmet Yilmaz on Monday, urged restraint.",
            ["priya-raman", "mehmet-yilmaz"],
            MONDAY,
        ),
        (
            "In a phone call on Thursday, Ngozi Eze told Tomasz Nowak that the deal was close.",
            ["ngozi-eze", "tomasz-nowak"],
            THURSDAY,
        ),
        (
            "During their meeting on Tuesday, Ngozi Eze told President Tomasz Nowak the deal was close.",
            ["ngozi-eze", "tomasz-nowak"],
            TUESDAY,
        ),
        (
            "Premier Wang Lei received visiting Kenyan President Kwame Mensah in Beijing on Tuesday.",
            ["wang-lei", "kwame-mensah"],
            TUESDAY,
        ),
        (
            "The foreign ministers of Japan, South Korea and China met in Busan on Thursday.",
            ["japan", "south-korea", "china"],
            THURSDAY,
        ),
        (
            "Officials of Nigeria, Ghana and Senegal held trilateral consultations in Dakar on Tuesday.",
            ["nigeria", "ghana", "senegal"],
            TUESDAY,
        ),
        (
            "A trilateral meeting of Ngozi Eze, Tomasz Nowak and Lars Eriksson took place in Oslo on Monday.",
            ["ngozi-eze", "tomasz-nowak", "lars-eriksson"],
            MONDAY,
        ),
        (
            "Aiko Tanaka, Park Ji-won and Wang Lei held trilateral talks in Busan on Thursday.",
            ["aiko-tanaka", "park-ji-won", "wang-lei"],
            THURSDAY,
        ),
        ("Ngozi Eze met Tomasz Nowak virtually on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze held a closed-door meeting with Tomasz Nowak on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze had a 40-minute call with Tomasz Nowak on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze sat down for talks with Tomasz Nowak on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze's phone call with Tomasz Nowak on Monday was their first.", ["ngozi-eze", "tomasz-nowak"], MONDAY),
        ("Ngozi Eze and Tomasz Nowak had a telephone call on Monday.", ["ngozi-eze", "tomasz-nowak"], MONDAY),
        ("Ngozi Eze and Tomasz Nowak exchanged views by phone on Monday.", ["ngozi-eze", "tomasz-nowak"], MONDAY),
        (
            "The first face-to-face meeting between Ngozi Eze and Tomasz Nowak took place in Geneva on Monday.",
            ["ngozi-eze", "tomasz-nowak"],
            MONDAY,
        ),
        (
            "A second day of talks between Kenya and Tanzania ended in Arusha on Thursday.",
            ["kenya", "tanzania"],
            THURSDAY,
        ),
        ("Delegations from Kenya and Tanzania held talks in Arusha on Thursday.", ["kenya", "tanzania"], THURSDAY),
        ("Ngozi Eze hosted a dinner for Tomasz Nowak on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze and Tomasz Nowak held a virtual meeting on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze and Tomasz Nowak met again on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze met bilaterally with Tomasz Nowak on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze and Tomasz Nowak had a phone conversation on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Kenya hosted Tanzania for talks on the border on Tuesday.", ["kenya", "tanzania"], TUESDAY),
        ("Ngozi Eze and Tomasz Nowak negotiated in Geneva on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze holds a bilateral meeting with Tomasz Nowak on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze and Tomasz Nowak took part in talks in Geneva on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze held video talks with Riva Ganguly Das on Tuesday.", ["ngozi-eze", "riva-ganguly-das"], TUESDAY),
        (
            "Emir Tamim bin Hamad was met by President Tomasz Nowak on Tuesday.",
            ["tamim-bin-hamad", "tomasz-nowak"],
            TUESDAY,
        ),
        (
            "A video conference was held on Tuesday, April 15, between Foreign Minister Ngozi Eze and Foreign Minister "
            "Tomasz Nowak.",
            ["ngozi-eze", "tomasz-nowak"],
            TUESDAY,
        ),
        (
            "On Tuesday, Ms. Ngozi Eze, Minister for Foreign Affairs of Kenya, upon the request from the Polish side, "
            "held a telephone talk with Mr. Tomasz Nowak, Minister of Trade.",
            ["ngozi-eze", "tomasz-nowak"],
            TUESDAY,
        ),
        ("Ngozi Eze and Tomasz Nowak met privately in Geneva on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        ("Ngozi Eze met Tomasz Nowak for a second time on Tuesday.", ["ngozi-eze", "tomasz-nowak"], TUESDAY),
        (
            "Ngozi Eze flew to Doha to see Tomasz Nowak. The pair met behind closed doors on Wednesday.",
            ["ngozi-eze", "tomasz-nowak"],
            WEDNESDAY,
        ),
        ("Ngozi Eze and Tomasz Nowak spoke over the phone on Monday.", ["ngozi-eze", "tomasz-nowak"], MONDAY),
        ("Indian and Pakistani negotiators met in Dubai on Thursday.", ["india", "pakistan"], THURSDAY),
        ("Russian and Ukrainian delegations met in Istanbul on Thursday.", ["russia", "ukraine"], THURSDAY),
        (
            "The Kenyan delegation met its Tanzanian counterparts in Arusha on Thursday.",
            ["kenya", "tanzania"],
            THURSDAY,
        ),
        ("Trade officials from Kenya met their Tanzanian counterparts on Thursday.", ["kenya", "tanzania"], THURSDAY),
        (
            "A Kenyan delegation was in Arusha on Thursday for talks with Tanzanian officials.",
            ["kenya", "tanzania"],
            THURSDAY,
        ),
        ("French and German diplomats met in Paris on Monday.", ["france", "germany"], MONDAY),
        (
            "Aiko Tanaka met President Park Ji-won during her visit to Seoul on Tuesday.",
            ["aiko-tanaka", "park-ji-won"],
            TUESDAY,
        ),
        (
            "During a visit to Seoul on Tuesday, Aiko Tanaka met President Park Ji-won.",
            ["aiko-tanaka", "park-ji-won"],
            TUESDAY,
        ),
        (
            "During her two-day visit to Seoul, Aiko Tanaka held talks with President Park Ji-won.",
            ["aiko-tanaka", "park-ji-won"],
            None,
        ),
        (
            "Aiko Tanaka, on a visit to Seoul, met President Park Ji-won on Tuesday.",
            ["aiko-tanaka", "park-ji-won"],
            TUESDAY,
        ),
        (
            "Aiko Tanaka received President Park Ji-won, who was on a state visit, on Tuesday.",
            ["aiko-tanaka", "park-ji-won"],
            TUESDAY,
        ),
        ("Ngozi Eze has met President Tomasz Nowak several times.", ["ngozi-eze", "tomasz-nowak"], None),
        ("Ana Lopez hosts Omar Diallo in Lima", ["ana-lopez", "omar-diallo"], None),
        ("Ana Lopez meets Omar Diallo in Lima", ["ana-lopez", "omar-diallo"], None),
        ("Ana Lopez met twice with Omar Diallo on Monday.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez conducted talks with Omar Diallo on Monday.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez engaged in talks with Omar Diallo on Monday.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez took part in talks with Omar Diallo on Monday.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez was visited by Omar Diallo on Monday.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez was joined by Omar Diallo at the talks on Monday.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez and Omar Diallo met Monday.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez huddled with Omar Diallo on Monday.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez and Omar Diallo had their first meeting on Monday.", ["ana-lopez", "omar-diallo"], MONDAY),
        # a place and a day between the noun and "with"; a day without "on" before the verb
        ("Ana Lopez had a meeting in Lima on 14 April 2025 with Omar Diallo.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez held talks on April 14, 2025 with Omar Diallo.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("President Ana Lopez Monday held talks with President Omar Diallo.", ["ana-lopez", "omar-diallo"], MONDAY),
        # a relative clause after the subject's post
        (
            "Ana Lopez, Minister for Foreign Affairs of Peru, who is visiting Dakar, Senegal, held a Foreign "
            "Ministers’ Meeting with Omar Diallo on Monday.",
            ["ana-lopez", "omar-diallo"],
            MONDAY,
        ),
        # spoke or talked, its day or its means between the verb and "to" or "with"
        ("President Ana Lopez spoke on Monday to President Omar Diallo.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez spoke by phone on Monday with Omar Diallo.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez said she had talked on the telephone with Omar Diallo.", ["ana-lopez", "omar-diallo"], None),
        ("Ana Lopez held a telephone communication with Omar Diallo on Monday.", ["ana-lopez", "omar-diallo"], MONDAY),
        # the one met named as the host
        ("President Ana Lopez held talks with his host President Omar Diallo.", ["ana-lopez", "omar-diallo"], None),
        # a phrase of the meeting with its length or place before "with"
        (
            "“We are close,” Ana Lopez told reporters after meeting for roughly four hours during the morning with "
            "Omar Diallo.",
            ["ana-lopez", "omar-diallo"],
            None,
        ),
        # an opening phrase of the meeting after a time
        (
            "On Monday, during a phone conversation with President Omar Diallo, President Ana Lopez raised the issue.",
            ["ana-lopez", "omar-diallo"],
            MONDAY,
        ),
    ],
)
def test_a_meeting_of_two_or_more_is_drafted_with_its_parties_and_day(text, parties, day):
    assert held(text) == [(parties, day)]


@pytest.mark.parametrize(
    ("text", "group", "day"),
    [
        ("G20 finance ministers met in Cape Town on Wednesday.", "group-of-20", WEDNESDAY),
        ("Trade ministers from the G20 met in Maceio on Wednesday.", "group-of-20", WEDNESDAY),
        ("Leaders from ASEAN met in Jakarta on Monday.", "association-of-southeast-asian-nations", MONDAY),
        ("On Monday, ASEAN economic ministers met in Manila.", "association-of-southeast-asian-nations", MONDAY),
        ("A meeting of OPEC+ ministers on Thursday agreed to raise output.", "opec", THURSDAY),
        (
            "The Transitional Committee was set up last year. The committee met for the fifth time on Tuesday.",
            "transitional-committee",
            TUESDAY,
        ),
        ("The IMF Executive Board met on Monday to review the loan.", "imf-executive-board", MONDAY),
        ("The G7 leaders gathered in Kananaskis on Sunday for their annual summit.", "group-of-seven", SUNDAY),
        (
            "The G8 foreign ministers arrived in London on Wednesday. Their meeting in London on Thursday focused on "
            "Syria.",
            "g8",
            THURSDAY,
        ),
        ("The European Council met in Brussels on Thursday.", "european-council", THURSDAY),
        ("The UN Security Council met behind closed doors on Wednesday.", "un-security-council", WEDNESDAY),
        ("EU agriculture ministers met in Luxembourg on Monday.", "european-union", MONDAY),
        ("The WTO General Council held a meeting in Geneva on Tuesday.", "wto-general-council", TUESDAY),
        ("BRICS leaders held a summit in Kazan on Wednesday.", "brics", WEDNESDAY),
        (
            "An emergency meeting of the African Union Peace and Security Council was held in Addis Ababa on Monday.",
            "african-union-peace-and-security-council",
            MONDAY,
        ),
        ("The Paris Club creditors met in Paris on Tuesday.", "paris-club", TUESDAY),
        ("OPEC+ met virtually on Thursday.", "opec", THURSDAY),
        ("The Transitional Committee held its fourth meeting in Aswan on Tuesday.", "transitional-committee", TUESDAY),
        ("Heads of delegation of WTO members met in Geneva on Monday.", "world-trade-organization", MONDAY),
        ("Finance ministers of the G20 met in Rio on Monday.", "group-of-20", MONDAY),
        ("NATO defence ministers gathered in Brussels on Thursday.", "nato", THURSDAY),
        ("The Joint Committee of the agreement met for the first time on Monday.", "joint-committee", MONDAY),
        ("The Group of 20 met in Rio on Monday.", "group-of-20", MONDAY),
        ("NATO allies met in Brussels on Monday.", "nato", MONDAY),
        ("The BRICS summit took place in Kazan on Wednesday.", "brics", WEDNESDAY),
        ("The G20 summit in Rio ended on Tuesday.", "group-of-20", TUESDAY),
        ("The annual OPEC+ meeting was held in Vienna on Monday.", "opec", MONDAY),
        ("The IMF board met on Monday to approve the loan.", "international-monetary-fund", MONDAY),
        ("ECOWAS leaders met in Abuja on Sunday.", "ecowas", SUNDAY),
    ],
)
def test_a_meeting_of_one_group_is_drafted_with_the_group_as_its_one_participant(text, group, day):
    assert held(text) == [([group], day)]


def test_a_groups_meeting_is_of_a_body_with_its_members_post():
    (met,) = drafted_meetings("G20 finance ministers met in Cape Town on Wednesday.")
    assert met["participants"] == [{"entity": "group-of-20", "side": "group-of-20", "role": "finance ministers"}]
    assert met["place"] == "Cape Town"


def test_a_groups_meeting_beside_a_meeting_of_two_is_a_meeting_of_its_own():
    text = "G20 finance ministers met in Rio on Wednesday. On the sidelines, Priya Raman met Mehmet Yilmaz."
    assert held(text) == [(["priya-raman", "mehmet-yilmaz"], WEDNESDAY), (["group-of-20"], WEDNESDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Priya Raman plans to meet Mehmet Yilmaz in Ankara.",
        "Talks between Kenya and Tanzania were called off on Monday.",
        "Hamid Karimi refused to meet Olena Kovalenko.",
        "Aiko Tanaka and Park Ji-won have not met since 2019.",
        "Thandi Nkosi said she would like to meet Rafael Mendoza.",
        "The government failed to meet the target set by President Thandi Nkosi.",
        "Kenya met the target of 5% growth.",
        "The proposal met with criticism from Prime Minister Aiko Tanaka.",
        "Rafael Mendoza hopes to meet Lars Eriksson before the summit.",
        "Ngozi Eze declined to meet Tomasz Nowak on Monday.",
        "Ngozi Eze and Tomasz Nowak have never met.",
        "Tomasz Nowak met with resistance from President Ngozi Eze's allies.",
        "Aiko Tanaka and Park Ji-won are due to meet in Seoul on Friday.",
        "Tomasz Nowak has yet to meet Ngozi Eze.",
        "A one-on-one meeting took place at the Presidential Palace in Kabul.",  # "A" is no group's initials
        "The bill met with approval from Senator Rafael Mendoza.",
        "Ngozi Eze met the deadline set by President Tomasz Nowak.",
        "Ngozi Eze had hoped to meet Tomasz Nowak.",
        "The offer met the demands of President Ngozi Eze.",
        "Ngozi Eze did not meet Tomasz Nowak during the visit.",
        "Ngozi Eze asked to meet Tomasz Nowak.",
        "A meeting of minds between Ngozi Eze and Tomasz Nowak seems unlikely.",
        "Ngozi Eze skipped the meeting with Tomasz Nowak.",
        "Ngozi Eze snubbed Tomasz Nowak at the summit.",
        "Ngozi Eze is set to meet Tomasz Nowak on Monday.",
        "Ngozi Eze ruled out a meeting with Tomasz Nowak.",
        "Ngozi Eze called for talks between Nigeria and Poland.",
        "Ngozi Eze met reporters on Monday.",
        "The meeting between Ngozi Eze and Tomasz Nowak, planned for Monday, was cancelled.",
        "Ngozi Eze has not spoken to Tomasz Nowak since January.",
        "Ngozi Eze and Tomasz Nowak could meet as early as Monday.",
        # no meeting of one group
        "OPEC+ ministers are scheduled to meet on Sunday.",
        "The committee will meet again in June.",
        "G20 finance ministers failed to meet their target.",
        "The G20 finance ministers met their targets.",
        "The Security Council met the news with silence.",
        "Chinese negotiators met in Geneva on Tuesday.",
        "Chinese officials met in Beijing on Monday.",
        "US officials met on Monday.",
        "Foreign ministers met on Monday.",
        "Ahead of a meeting of OPEC+ ministers on Sunday, prices rose.",
        "A meeting of EU leaders is scheduled for next week.",
        "A session of the UN Security Council was postponed on Monday.",
        "The summit of ASEAN leaders will open in Jakarta on Sunday.",
        "The committee has not met since 2019.",
        "The Board met with criticism over the loan.",
        "The board met on Monday.",  # no board named before
        "Their meeting in London on Thursday focused on Syria.",
        "Ngozi Eze and Tomasz Nowak arrived in London. Their meeting in London on Thursday focused on Syria.",
        # none held, said before or after its parties
        "Ngozi Eze's meeting with Tomasz Nowak was postponed.",
        "There was no meeting between Ngozi Eze and Tomasz Nowak on Monday.",
        "Ngozi Eze cancelled her meeting with Tomasz Nowak.",
        "No date has been set for a meeting between Ngozi Eze and Tomasz Nowak.",
        "Ngozi Eze met Tomasz Nowak's demands.",
        "Ngozi Eze met Tomasz Nowak's team on Monday.",
        "Ngozi Eze scrapped the planned talks with Tomasz Nowak.",
        "In a statement on Monday, Ngozi Eze told Tomasz Nowak to act.",
        "Priya Raman, meeting expectations, said trade would double.",
        "In a call, she told Tomasz Nowak that the deal was close.",  # whose call, the sentence does not say
        "Ngozi Eze's meeting with Tomasz Nowak, which had been scheduled for Monday, was scrapped.",
        "If Ngozi Eze meets Tomasz Nowak, the deal could close.",
        "It is unclear whether Ngozi Eze will meet Tomasz Nowak.",
        "Indian and Pakistani officials said the border was calm.",
        "Ngozi Eze met Tomasz Nowak's criticism with silence.",
        "Ngozi Eze's calls for talks with Tomasz Nowak went unheeded.",
        "Ngozi Eze has been invited to meet Tomasz Nowak.",
        "Ngozi Eze offered to meet Tomasz Nowak.",
        "Ngozi Eze is willing to meet Tomasz Nowak.",
        "The talks were met with skepticism by President Ngozi Eze.",
        "Ngozi Eze and Tomasz Nowak were due to hold talks on Monday.",
        "Ngozi Eze pulled out of talks with Tomasz Nowak.",
        "The Paris summit took place on Monday.",
        "The G20 summit will take place in Rio in November.",
        "US allies met in Brussels on Monday.",
        "World leaders gathered in Davos on Tuesday.",
        "Opposition leaders met on Monday.",
        "NATO met its spending target.",
        "The proposal met stiff resistance from Chancellor Lars Eriksson.",
        "The conditions set by President Ngozi Eze have been met.",
        "Kenya has met all the conditions set by the International Monetary Fund.",
        "Ngozi Eze called for a meeting with Tomasz Nowak.",
        "Ngozi Eze sought a meeting with Tomasz Nowak.",
        "Ngozi Eze requested a meeting with President Tomasz Nowak.",
        "Ngozi Eze called Tomasz Nowak a liar on Monday.",
        "Ngozi Eze, who has never met Tomasz Nowak, said the talks mattered.",
        "Ngozi Eze had been due to meet Tomasz Nowak on Monday.",
        "Ngozi Eze was scheduled to hold talks with Tomasz Nowak on Monday.",
        "Ngozi Eze is expected to meet Tomasz Nowak on Monday.",
        "The European Council met the deadline.",
        "The committee met its target.",
        "OPEC+ met market expectations on Thursday.",
        "Chile hosts the APEC summit in Lima.",
        "Ana Lopez hosts a dinner on Monday.",
        "Ana Lopez took part in talks on Monday.",
        "Ana Lopez was visited by the inspectors on Monday.",
        "The site was visited by Omar Diallo on Monday.",
        "Director Ana Lopez described the gathering of the WTO's members as a disappointment.",
        "Speaking at a meeting of the IAEA's Board of Governors, Omar Diallo said the talks had gone well.",
        "Ana Lopez cited the many meetings between Kenya's cabinet officials and their Tanzanian counterparts.",
        "Ana Lopez said regular talks between Kenya and Tanzania had helped.",
        "Kenya met its obligations under the deal.",
        "The proposal was met by stiff resistance from Chancellor Lars Eriksson on Tuesday.",
        "Kenya hosted Tanzania in the final on Tuesday.",
        "Ngozi Eze negotiated the deal on Tuesday.",
        "Kenya and Tanzania hold regular talks on the border.",
        "Kenya and Tanzania held frequent talks in 2019.",
        "Ana Lopez spoke on Monday to reporters in Lima.",
        "Ana Lopez spoke by phone on Monday with CNN.",
        "President Ana Lopez held talks with his host at the State House.",
        "In a meeting on Monday, Prime Minister Ana Lopez told reporters that the talks went well.",
        "In a statement on Monday, Prime Minister Ana Lopez told President Omar Diallo that the talks went well.",
        "In the coming talks, Prime Minister Ana Lopez will tell President Omar Diallo that she wants a deal.",
    ],
)
def test_no_meeting_is_drafted_as_held(text):
    assert held(text) == []


@pytest.mark.parametrize(
    ("text", "parties", "day"),
    [
        (
            "In a telephone conversation on Monday, Spanish Prime Minister Ana Lopez told Paraguayan President Omar "
            "Diallo that she would do her utmost.",
            ["ana-lopez", "omar-diallo"],
            MONDAY,
        ),
        (
            "During their meeting in Lima on Tuesday, Chile’s President Ana Lopez assured President Omar Diallo of "
            "her support.",
            ["ana-lopez", "omar-diallo"],
            TUESDAY,
        ),
        (  # the party named with "with" is the one met; the one told after is not
            "In a call with Chancellor Eva Kral on Monday, Prime Minister Ana Lopez told President Omar Diallo that "
            "the talks went well.",
            ["ana-lopez", "eva-kral"],
            MONDAY,
        ),
        (
            "It follows on from a meeting held between Prime Minister Ana Lopez and President Omar Diallo in Dublin "
            "on Wednesday night.",
            ["ana-lopez", "omar-diallo"],
            WEDNESDAY,
        ),
    ],
)
def test_a_call_opening_the_sentence_or_a_meeting_held_between_two_is_their_meeting(text, parties, day):
    assert held(text) == [(parties, day)]


def test_a_meeting_to_come_is_drafted_as_expected():
    (met,) = drafted_meetings("Kwame Mensah will meet Priya Raman next week.")
    assert met["modality"] == "expected"
    assert [p["entity"] for p in met["participants"]] == ["kwame-mensah", "priya-raman"]


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Ngozi Eze and Tomasz Nowak is expected later this month.",
        "Talks between Kenya and Tanzania are scheduled for next week.",
        "A call between Ngozi Eze and Tomasz Nowak will take place on Monday.",
        "Talks between Ngozi Eze and Tomasz Nowak on Monday are unlikely to produce a resolution on steel.",
    ],
)
def test_a_meeting_its_words_after_the_parties_put_ahead_is_expected(text):
    assert [met.get("modality") for met in drafted_meetings(text)] == ["expected"]


def test_a_post_after_a_possessive_is_read_on():
    assert held("Ngozi Eze met Tomasz Nowak's deputy, Lars Eriksson, on Monday.")[0][0][-1] == "lars-eriksson"
    assert held("Ngozi Eze met Poland's Tomasz Nowak on Monday.") == [(["ngozi-eze", "tomasz-nowak"], MONDAY)]


def test_a_meeting_of_two_that_reads_as_a_group_is_two():
    assert held("Kenya and the Paris Club met in Paris on Tuesday.") == [(["kenya", "paris-club"], TUESDAY)]
    assert held("EU foreign ministers met with Ukrainian President Olena Kovalenko on Monday.") == [
        (["european-union", "olena-kovalenko"], MONDAY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez declined to say which leaders from the two countries were meeting on Monday.",
        "It is unclear whether Ana Lopez met President Omar Diallo on Monday.",
        "Officials would not confirm when President Ana Lopez held talks with President Omar Diallo.",
    ],
)
def test_a_meeting_in_a_question_left_open_is_none_held(text):
    assert held(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Lopez and President Omar Diallo agreed to hold a dialogue on June 22 in Lima.",
        "President Ana Lopez and President Omar Diallo agreed to resume talks on Monday next week.",
    ],
)
def test_talks_two_agreed_to_hold_are_theirs_but_not_of_the_day_of_the_talks_to_come(text):
    assert held(text) == [(["ana-lopez", "omar-diallo"], None)]


def test_an_agreement_of_two_on_a_day_is_their_talks_of_that_day():
    text = "On Monday, President Ana Lopez and President Omar Diallo agreed to the following principles."
    assert held(text) == [(["ana-lopez", "omar-diallo"], MONDAY)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Foreign Minister Ana Lopez on Wednesday met members of Peru’s top leadership, including deputy prime "
            "minister Omar Diallo, and discussed the talks.",
            ["ana-lopez", "omar-diallo"],
        ),
        (
            "Ana Lopez on Wednesday met Chile’s ministers, including Finance Minister Omar Diallo.",
            ["ana-lopez", "omar-diallo"],
        ),
    ],
)
def test_the_people_a_group_met_includes_are_the_parties(text, parties):
    assert held(text) == [(parties, WEDNESDAY)]


def test_members_of_the_press_met_are_no_party():
    assert held("Ana Lopez on Wednesday met members of the press, including Omar Diallo of Reuters.") == []


@pytest.mark.parametrize(
    ("text", "parties", "day"),
    [
        (
            "Envoy Ana Lopez met with Qatari ruler Emir Omar Diallo bin Hamad on Monday.",
            ["ana-lopez", "omar-diallo-bin-hamad"],
            MONDAY,
        ),
        (
            "President Ana Lopez said on Monday after talks with UN chief of mission Omar Diallo that a meeting would "
            "be arranged.",
            ["ana-lopez", "omar-diallo"],
            MONDAY,
        ),
        (  # the quote's future is the words', not the talks'
            "“A meeting will be arranged,” President Ana Lopez said on Monday after talks with Omar Diallo.",
            ["ana-lopez", "omar-diallo"],
            MONDAY,
        ),
        ("Deputy Secretary Ana Lopez spoke on April 14 with Omar Diallo.", ["ana-lopez", "omar-diallo"], MONDAY),
        ("Ana Lopez spoke on 14 April to President Omar Diallo.", ["ana-lopez", "omar-diallo"], MONDAY),
    ],
)
def test_a_ruler_a_chief_of_mission_and_a_call_on_a_date_are_read_as_meetings(text, parties, day):
    assert held(text) == [(parties, day)]


def test_talks_after_which_words_of_the_future_were_said_are_held():
    text = "“Talks will resume,” Ana Lopez said on Monday after meeting Omar Diallo."
    [met] = drafted_meetings(text)
    assert met.get("modality") != "expected"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Government negotiator Ana Lopez and FARC commander Omar Diallo officially began the negotiations in a "
            "hotel in Oslo on Monday.",
            ["ana-lopez", "omar-diallo"],
        ),
        ("Kenya began formal talks with Tanzania on Monday.", ["kenya", "tanzania"]),
    ],
)
def test_two_who_began_negotiations_met(text, parties):
    assert held(text) == [(parties, MONDAY)]


def test_talks_that_began_with_no_parties_named_are_no_meeting():
    assert held("Talks began on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Secretary Ana Lopez travelled to Washington, D.C. on Monday to meet her opposite number, Secretary "
        "of State Omar Diallo.",
        "Ana Lopez flew to Lima on Monday to meet President Omar Diallo.",
        "Ana Lopez met in Washington, D.C. on Monday with her counterpart, Secretary of State Omar Diallo.",
    ],
)
def test_a_journey_made_to_meet_someone_is_a_meeting_of_its_day(text):
    assert held(text) == [(["ana-lopez", "omar-diallo"], MONDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez will travel to Lima on Monday to meet President Omar Diallo.",
        "Ana Lopez met reporters in Lima on Monday, with Omar Diallo absent.",
    ],
)
def test_a_journey_to_come_or_a_name_after_a_comma_is_no_meeting_held(text):
    assert held(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Lopez told reporters, referring to her talks on Sunday night over dinner with Omar "
        "Diallo, that the two agreed.",
        "Ana Lopez said her talks over a working lunch on Sunday with Omar Diallo went well.",
    ],
)
def test_talks_over_a_meal_at_a_part_of_a_day_with_someone_are_a_meeting(text):
    assert held(text) == [(["ana-lopez", "omar-diallo"], SUNDAY)]


def test_a_summit_held_with_a_hyphenated_modifier_in_capitals_is_held():
    text = "Ana Lopez and Omar Diallo held a third inter-Korean summit south of the border on Friday.\n"
    [meeting] = drafted_meetings(text)
    assert [p["entity"] for p in meeting["participants"]] == ["ana-lopez", "omar-diallo"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez and Omar Diallo held a high-level economic dialogue in Lima on Monday.",
        "Ana Lopez and Omar Diallo held their first security dialogue in nine years in Lima on Monday.",
        "Ana Lopez and Omar Diallo held their 25th summit in Lima on Monday.",
        "Ana Lopez and Omar Diallo held their 2nd strategic Dialogue in Lima on Monday.",
    ],
)
def test_a_dialogue_or_a_numbered_summit_held_is_a_meeting(text):
    assert held(text) == [(["ana-lopez", "omar-diallo"], MONDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez held a dialogue with farmers on Monday.",
        "Ana Lopez and Omar Diallo held out hope that a dialogue would resume.",
        "Ana Lopez and Omar Diallo will hold their 25th summit in Lima on Monday.",
    ],
)
def test_a_dialogue_with_no_second_party_or_one_to_come_is_none_held(text):
    assert held(text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Ana Lopez met European Commission vice-president Omar Diallo on Monday.", ["ana-lopez", "omar-diallo"]),
        ("Ana Lopez held talks with Kenya's nuclear envoy, Omar Diallo, on Monday.", ["ana-lopez", "omar-diallo"]),
        ("Ana Lopez met the IMF's deputy managing director, Omar Diallo, on Monday.", ["ana-lopez", "omar-diallo"]),
        ("Ana Lopez met Kenya's nuclear envoy on Monday.", ["ana-lopez", "kenya"]),  # no name: the country's side
    ],
)
def test_a_post_in_lower_case_hyphenated_or_set_off_by_commas_is_the_named_persons(text, parties):
    assert held(text) == [(parties, MONDAY)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Ana Lopez met Kenyan officials, Nairobi said.", ["ana-lopez", "kenya"]),
        ("Ana Lopez met Omar Diallo and Wu Dawei, Xinhua reported.", ["ana-lopez", "omar-diallo", "wu-dawei"]),
        ("Ana Lopez met Omar Diallo, the ministry said.", ["ana-lopez", "omar-diallo"]),
    ],
)
def test_the_source_of_a_meeting_reported_after_its_parties_is_none_of_them(text, parties):
    assert held(text) == [(parties, None)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Foreign Minister Ana Lopez engaged her Kenyan counterpart Omar Diallo on trade on Monday.", MONDAY),
        ("Foreign Minister Ana Lopez engaged with her counterpart, Omar Diallo, on Monday.", MONDAY),
        ("The Minister of Foreign Affairs, Ana Lopez, on Monday, engaged her counterpart, Omar Diallo.", MONDAY),
        ("Foreign Minister Ana Lopez, on Monday, met Omar Diallo.", MONDAY),
        ("Foreign Minister Ana Lopez, yesterday, met Omar Diallo.", THURSDAY),
    ],
)
def test_engaging_a_counterpart_is_a_meeting_and_a_day_between_commas_before_the_verb_is_its_day(text, day):
    assert held(text) == [(["ana-lopez", "omar-diallo"], day)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry engaged Omar Diallo as its adviser on Monday.",  # hired, no counterpart met
        "Foreign Minister Ana Lopez engaged in a review of the accord on Monday.",
    ],
)
def test_engaging_someone_who_is_no_counterpart_is_no_meeting(text):
    assert held(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On Monday Ana Lopez and Omar Diallo concluded a day of detailed talks in Lima.", MONDAY),
        ("Ana Lopez and Omar Diallo held a full day of talks in Lima on Monday.", MONDAY),
        # a subject set off by a relative clause after an opening phrase of time, its year after a comma
        (
            "On April 14, 2025 local time, Foreign Minister Ana Lopez, who was in Oslo for an official visit, held "
            "telephone talks with Foreign Minister Omar Diallo of Peru.",
            MONDAY,
        ),
        ("On Monday, Ana Lopez, who was in Oslo for a visit, met Omar Diallo.", MONDAY),
    ],
)
def test_a_day_of_talks_and_a_subject_set_off_after_an_opening_phrase_are_a_meeting(text, day):
    assert held(text) == [(["ana-lopez", "omar-diallo"], day)]


def test_an_opening_phrase_keeps_the_year_after_its_day_and_a_comma():
    text = "On January 13, 2018, Ana Lopez met Omar Diallo in Lima."
    assert held(text) == [(["ana-lopez", "omar-diallo"], "2018-01-13")]


@pytest.mark.parametrize(
    "text",
    [
        "Minister of Energy and Natural Resources Ana Lopez met Omar Diallo on Monday.",
        "Minister of Energy and Natural Resources of Peru Ana Lopez discussed trade with Omar Diallo on Monday.",
        "Minister of Industry and Advanced Technology Ana Lopez met Omar Diallo on Monday.",
        "Omar Diallo met the Minister of Energy and Natural Resources, Ana Lopez, on Monday.",
        "The Minister of Small Business, Export Promotion and International Trade, Ana Lopez, met Omar Diallo on "
        "Monday.",
    ],
)
def test_a_post_s_portfolios_joined_by_and_are_no_party_of_their_own(text):
    [(parties, day)] = held(text)
    assert sorted(parties) == ["ana-lopez", "omar-diallo"] and day == MONDAY


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez has returned to Lima following the talks with Omar Diallo in Oslo on Monday.",
        "Ana Lopez, the chief negotiator, flew to Lima after talks with Omar Diallo in Oslo on Monday.",
        "Ana Lopez arrived in Lima after talks with Omar Diallo in Oslo on Monday.",
    ],
)
def test_the_one_who_went_somewhere_after_talks_is_their_party_not_the_place(text):
    assert held(text) == [(["ana-lopez", "omar-diallo"], MONDAY)]


def test_a_list_of_countries_each_with_its_person_is_a_list_of_those_people():
    text = (
        "On Monday, Ana Lopez met with her counterparts from Greece, Nikos Kotzias; the Netherlands, Bert Koenders; "
        "and Denmark, Kristian Jensen."
    )
    assert held(text) == [(["ana-lopez", "nikos-kotzias", "bert-koenders", "kristian-jensen"], MONDAY)]
    # without such pairs the countries are the parties
    assert held("On Monday, Ana Lopez met with Greece, Spain and Italy.") == [
        (["ana-lopez", "greece", "spain", "italy"], MONDAY)
    ]
