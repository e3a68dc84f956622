"""kb draft: statements and letters — "the statement continued" is whoever the text said made the
statement, "according to a statement" is no speaker when the sentence has its own, and a group of
creditors or bondholders speaks as a description. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_draft_speakers import statements

pytestmark = pytest.mark.usefixtures("talks")

BONDHOLDERS = (
    "The largest group of bondholders said it had received the new offer and would answer in due course, "
    "according to a statement issued on Friday.\n\n"
    'In an emailed statement, the group of bondholders said their own plan offered "the best way forward".\n\n'
    '"We remain willing to meet once we have received the figures we asked for," the statement continued.\n'
)


def _who(found: list[dict]) -> list[tuple[str | None, str, str]]:
    return [(s.get("speaker_description"), s["attribution"], s["text"][:20]) for s in found]


def test_the_statement_is_whoever_the_text_said_made_it(kb):
    found = statements(kb, BONDHOLDERS)
    assert _who(found) == [
        ("the group of bondholders", "partial_quote", "In an emailed statem"),
        ("the group of bondholders", "direct_quote", "We remain willing to"),
        ("The largest group of bondholders", "paraphrase", "The largest group of"),
    ]
    assert found[0]["venue"] == "In an emailed statement"
    assert found[1]["_draft"]["pattern"] == "quote-speaker-verb+document"


def test_according_to_a_statement_leaves_the_sentence_s_own_speaker(kb):
    [said] = [s for s in statements(kb, BONDHOLDERS) if s["attribution"] == "paraphrase"]
    assert (said["speaker_description"], said.get("via"), said.get("via_description")) == (
        "The largest group of bondholders",
        None,
        None,
    )
    text = "The talks will resume in Geneva next week, according to a statement issued on Friday.\n"
    [said] = statements(kb, text)  # with no speaker of its own, the statement is all the text gives
    assert said["speaker_description"] == "a statement"  # not "a statement issued": the document, not its issuing


def test_the_statement_of_a_body_named_as_its_issuer_is_that_body_s(kb):
    text = (
        "The Alliance said in a statement that the talks would resume in Geneva.\n\n"
        '"We expect a deal before the summer recess," the statement added.\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["attribution"]) for s in found] == [
        ("alliance", "direct_quote"),
        ("alliance", "paraphrase"),
    ]


def test_said_it_reports_speech(kb):
    [said] = statements(kb, "Tomas Novak said it was too early to talk of a deal on the quotas.\n")
    assert (said["speaker"], said["attribution"]) == ("tomas-novak", "paraphrase")


def test_a_reporting_word_after_an_owner_is_a_noun_not_the_verb(kb):
    text = (
        'India on Friday rejected as "inaccurate" Tomas Novak\'s remarks that the quotas had been agreed.\n\n'
        'The European Union also asserted that it remained open to a "mutually beneficial" deal.\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["attribution"]) for s in found] == [
        ("india", "partial_quote"),  # not Novak: "Novak's remarks" is no "Novak remarks"
        ("european-union", "partial_quote"),
    ]


@pytest.mark.parametrize(
    "source",
    [
        "two people familiar with the matter",
        "A person briefed on the talks",
        "Sources close to the negotiations",
        "An official with knowledge of the matter",
        "A diplomat involved in the talks, who asked not to be named,",
    ],
)
def test_an_unnamed_source_and_how_it_knows_is_the_speaker(kb, source):
    text = f'"The gap is narrowing, but there is no deal yet," {source} told Reuters.\n'
    [quote] = statements(kb, text)
    assert quote["speaker_description"] == source.removesuffix(", who asked not to be named,")
    assert quote["attribution"] == "direct_quote"


def test_a_quote_someone_was_quoted_before_it_as_saying_is_theirs_via_who_quoted_them(kb):
    text = 'Eva Kral was quoted by the state news agency as saying the talks had been "useful and frank".\n'
    [quote] = statements(kb, text)
    assert (quote["speaker"], quote["via_description"], quote["_draft"]["pattern"]) == (
        "eva-kral",
        "the state news agency",
        "speaker-quoted-as-quote",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Xinhua quoted the fisheries ministry as saying the talks had been "constructive and candid".\n',
            "the fisheries ministry",
        ),
        (
            '"We will not accept a lower quota," the state agency quoted a government spokesman as saying.\n',
            "a government spokesman",
        ),
        (
            'Kyodo quoted an unnamed senior official as telling reporters: "The gap is still too wide."\n',
            "an unnamed senior official",
        ),
    ],
)
def test_a_body_or_description_someone_quoted_as_saying_is_the_speaker(kb, text, speaker):
    [quote] = statements(kb, text)
    assert (quote["speaker_description"], quote["_draft"]["pattern"]) == (speaker, "source-quoting-speaker")


def test_a_statement_from_a_body_after_the_verb_is_the_body_s(kb):
    text = '"Talks will resume in Geneva on Monday," said a statement from the European Union.\n'
    [quote] = statements(kb, text)
    assert (quote["speaker"], quote["attribution"]) == ("european-union", "direct_quote")


def test_a_quote_whose_own_attribution_names_no_one_known_is_no_one_else_s(kb):
    text = (
        '"We will sign the agreement before the summer," Tomas Novak told reporters.\n\n'
        '"We are not there yet, whatever anyone says," the trade office said.\n\n'
        '"We are not there yet, and nobody should pretend otherwise," Anna Lind\'s office said.\n\n'
        '"The season opens in March whatever the talks decide," the negotiating team said.\n'
    )  # the team is no one the drafter reads: not Novak, whose quote came before
    found = statements(kb, text)
    assert [(s.get("speaker") or s.get("speaker_description"), s["text"][:12]) for s in found] == [
        ("tomas-novak", "We will sign"),
        ("the trade office", "We are not t"),
        ("Anna Lind's office", "We are not t"),
    ]


def test_the_title_of_a_work_or_the_name_of_a_plan_is_no_one_s_words(kb):
    text = (
        'Anna Lind wrote the book "How to Win a Fishing War and Keep Your Friends" in 2019.\n\n'
        'Tomas Novak unveiled a plan called "Blue Water for Everyone" on Monday.\n\n'
        'Lind wrote an article headlined "Why the quotas must fall this year".\n\n'
        'Novak called the plan "a non-starter for the fleets".\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["text"]) for s in found] == [
        ("tomas-novak", 'Novak called the plan "a non-starter for the fleets".')
    ]


def test_one_of_a_group_of_sources_is_described_as_one_of_them(kb):
    text = (
        '"If you are a negotiator you need full political backing," one of the sources said.\n\n'
        '"It was a merger of the teams to act fast," a second of the sources said of the change.\n\n'
        'Two of the diplomats said the talks were "going nowhere".\n'
    )
    assert [s["speaker_description"] for s in statements(kb, text)] == [
        "one of the sources",
        "a second of the sources",
        "Two of the diplomats",
    ]


def test_a_clause_then_a_comma_and_who_said_it_is_reported_speech(kb):
    text = (
        "The talks will resume in Geneva next week, Tomas Novak said.\n\n"
        "The quotas will fall by a third, the ministry said in a statement on Tuesday.\n\n"
        "The text is nearly ready, two people familiar with the matter told Reuters.\n\n"
        "Diplomats in Brussels said the text was nearly ready.\n"
    )
    found = statements(kb, text)
    assert [
        (s.get("speaker") or s.get("speaker_description"), s["attribution"], s.get("occurred_at")) for s in found
    ] == [
        ("tomas-novak", "paraphrase", None),
        ("the ministry", "paraphrase", "2025-04-15"),
        ("two people familiar with the matter", "paraphrase", None),
        ("Diplomats in Brussels", "paraphrase", None),  # not the European Union
    ]


def test_a_source_at_a_body_is_described_and_held_there(kb):
    text = '"We are close to a deal on the quotas," a source at the European Commission said.\n'
    [quote] = statements(kb, text)
    assert quote["speaker_description"] == "a source at the European Commission"


def test_according_to_an_interview_leaves_the_sentence_s_own_speaker(kb):
    text = (
        "Trade Minister Tomas Novak said the talks would bring peace of mind to fishermen, according to an interview "
        "with public broadcaster NRK aired on Sunday.\n"
    )
    [said] = statements(kb, text)
    assert (said.get("speaker"), said.get("speaker_description")) == ("tomas-novak", None)
