"""kb draft on reporting verbs the lexicon lacked: a verb and its particle ("pointed out", "spelled out")
and verbs that report what someone said ("mentioned", "clarified", "indicated"). Texts written for these
tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

from kb.draft.reporting_verbs import speech_verbs, tokens_through_verbs
from kb.draft.tokens import tokens

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    "text",
    [
        "“Norway has 16 trade agreements, including the EFTA ones,” Tomas Novak pointed out.\n",
        "Tomas Novak pointed out that the offer was “final and not open to renegotiation”.\n",
        "“The quota table is the whole negotiation,” Tomas Novak spelled out on Monday.\n",
        "“We are not leaving the table before the summer,” Tomas Novak clarified.\n",
        "Tomas Novak mentioned that the talks had been “long but worth every night”.\n",
        "Tomas Novak indicated that a deal was “within reach, if Brussels moves”.\n",
    ],
)
def test_a_quote_reported_by_a_verb_the_lexicon_lacked_is_its_speaker_s(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == ["tomas-novak"]
    imports(runner, payloads, tmp_path)


def test_a_verb_of_two_words_needs_its_particle(kb):
    text = "Tomas Novak pointed to the talks in Oslo as “the model for every round to come”.\n"
    assert of_type(drafted(kb, text), "statement") == []  # "pointed to" reports nothing: a scare quote


@pytest.mark.parametrize(
    "text",
    [
        "“The second round was positive,” Tomas Novak highlighted.\n",
        "“That is simply not true,” Tomas Novak shot back when asked about the quotas.\n",
        "“We will not sign a text we have not read,” Tomas Novak fired back on Tuesday.\n",
        "Asked about the deadline, Tomas Novak hit back: “Deadlines are for the other side.”\n",
        "“It is a good day for the fishermen of both countries,” Tomas Novak quips in a post on X.\n",
        "Tomas Novak laments that “nobody in Brussels reads the annexes any more”.\n",
        "“A deal by June is possible, not likely,” reckons Tomas Novak, who led the talks until 2019.\n",
        "Tomas Novak echoed the warning: “Without the annex there is no agreement.”\n",
    ],
)
def test_a_verb_of_saying_in_the_past_or_present_or_with_its_particle_reports_the_quote(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == ["tomas-novak"]
    imports(runner, payloads, tmp_path)


def test_a_particle_verb_without_its_particle_reports_nothing(kb):
    text = "The tariffs hit the “most sensitive” exports of Tomas Novak's country.\n"
    assert of_type(drafted(kb, text), "statement") == []


def test_a_headline_s_verb_in_the_present_reports_nothing(kb):
    text = "Novak hails Oslo deal as a model\n\nTomas Novak, the trade minister, spoke in Oslo on Monday.\n"
    assert of_type(drafted(kb, text), "statement") == []


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Meanwhile, the Trade Secretaries of both states are still talking.", []),
        ("The member states are divided, and the notes of the last round are not public.", []),
        ("Both states say the talks failed, and he notes that they both said so.", ["say", "notes", "said"]),
    ],
)
def test_a_verb_s_form_in_s_after_a_word_that_counts_it_is_a_noun(text, verbs):
    words = tokens(text)
    assert [words[at].text for at in speech_verbs(words)] == verbs


def test_a_sentence_of_member_states_reports_no_one(kb):
    text = "Tomas Novak briefed reporters. Meanwhile, the Trade Secretaries of both states are still talking.\n"
    assert of_type(drafted(kb, text), "statement") == []


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Coastal states have agreed to follow the advice.", []),  # a noun before a verb of its own
        ("The claims were false, Lind said.", ["said."]),
        ("The statement states that the talks will resume.", ["states"]),  # a verb before what it says
    ],
)
def test_a_plural_noun_before_a_verb_of_its_own_is_no_reporting_verb(text, verbs):
    words = tokens(text)
    assert [words[at].text for at in speech_verbs(words)] == verbs
    through = tokens_through_verbs(text, 1)  # read up to the first reporting verb alike
    assert through == (words[: speech_verbs(words)[0] + 1] if verbs else words)
