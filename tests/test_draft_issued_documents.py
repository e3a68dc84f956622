"""Whose words a document speaks ('"…," the statement said') when a sentence of its own says who issued it
(kb.draft.issued_documents), on texts made for the tests; and never a pronoun's as a body's."""

from __future__ import annotations

import pytest
from drafting import drafted_text, imports, of_type

PUBLISHED = "2025-07-10"  # a Thursday


def spoken(text: str) -> list[tuple[str | None, str | None, str | None]]:
    payloads = drafted_text(text, PUBLISHED)
    names = {e["key"]: e["name"] for e in of_type(payloads, "entity")}
    return [
        (names.get(s.get("speaker")), s.get("speaker_description"), s.get("occurred_at"))
        for s in of_type(payloads, "statement")
        if s["text"].startswith("We welcome")
    ]


@pytest.mark.parametrize(
    ("issuing", "document", "who"),
    [
        ("Norway's foreign ministry issued a statement on Monday.", "statement", (None, "Norway's foreign ministry")),
        ("The ministry of trade released a brief statement on Monday.", "statement", (None, "The ministry of trade")),
        ("The White House put out a readout of the call on Monday.", "readout", ("White House", None)),
        ("On Monday, the European Commission released a joint statement.", "statement", ("European Commission", None)),
        ("Iceland's fisheries ministry sent out a letter on Monday.", "letter", (None, "Iceland's fisheries ministry")),
        ("The U.S. Trade Representative's office issued a statement on Monday.", "statement",
         (None, "The U.S. Trade Representative's office")),
    ],
)  # fmt: skip
def test_a_document_speaks_for_who_a_sentence_before_says_issued_it(issuing, document, who):
    text = f'Talks between Norway and Iceland ended. {issuing} "We welcome the progress," the {document} said.\n'
    assert spoken(text) == [(*who, "2025-07-07")]  # the day the document was issued


def test_the_last_document_named_before_speaks():
    text = (
        "The ministry issued a statement. Later, Prime Minister Jonas Gahr Store said in a statement that the deal "
        'was good. "We welcome the deal," the statement said.\n'
    )
    assert spoken(text) == [("Jonas Gahr Store", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # A pronoun issues no document anyone can name, and is never a body "It".
        'Talks ended. It issued a statement on Monday. "We welcome the deal," the statement said.\n',
        'They said in a statement that progress was made. "We welcome the deal," the statement said.\n',
        # Another kind of document, or one issued too far before.
        'The ministry issued a letter on Monday. "We welcome the deal," the statement said.\n',
        "The ministry issued a statement. "
        + "The talks went on. " * 60
        + '"We welcome the deal," the statement said.\n',
    ],
)
def test_no_one_issued_the_document_that_speaks(text):
    assert [(who, description) for who, description, _ in spoken(text)] == [(None, "the statement")]


@pytest.mark.usefixtures("talks")
def test_a_draft_of_an_issued_document_imports(kb, runner, tmp_path):
    from drafting import drafted

    text = 'Norway\'s foreign ministry issued a statement on Monday. "We welcome the progress," the statement said.\n'
    payloads = drafted(kb, text, PUBLISHED)
    assert [s.get("speaker_description") for s in of_type(payloads, "statement")] == ["Norway's foreign ministry"]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "sentence",
    [
        "A statement from the ministry didn't say what would happen next.",
        "A statement from the Office of the Trade Representative didn’t characterise the tone of the talks or say what "
        "would happen next.",
        "The ministry did not characterise the talks or say what would happen next.",
        "Kari Lind didn't say when the talks would resume.",
        "Kari Lind never said when the talks would resume.",
    ],
)
def test_a_reporting_verb_negated_reports_nothing(sentence):
    assert of_type(drafted_text(sentence + "\n", PUBLISHED), "statement") == []


def test_a_statement_from_a_body_speaks_for_it():
    text = "A statement from the Norwegian foreign ministry said the talks would resume on Monday.\n"
    (said,) = of_type(drafted_text(text, PUBLISHED), "statement")
    assert said.get("speaker_description") == "the Norwegian foreign ministry"


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ('"We welcome the progress," according to the White House readout of the call.', ("White House", None)),
        ('"We welcome the progress," the Kremlin’s official statement said.', ("Kremlin", None)),
        ('The State Department readout said: "We welcome the progress."', ("State Department", None)),
        ('"We welcome the progress," the Norwegian statement said.', ("Norway", None)),
        # a body the text named by its noun: the one it named last
        ("Norway's Ministry of Fisheries hosted the talks. "
         '"We welcome the progress," the ministry’s official statement said.',
         (None, "Norway's Ministry of Fisheries")),
        ('"We welcome the progress," the ministry’s brief statement said.', (None, "the ministry")),
        # a person's document is theirs (test_draft_speaker_forms); words that name no body stay what the text says
        ('"We welcome the progress," Lind’s official statement said.', ("Lind", None)),
        ('"We welcome the progress," the Official Statement said.', (None, "the Official Statement")),
        ('"We welcome the progress," the readout of the call said.', (None, "the readout of the call")),
    ],
)  # fmt: skip
def test_a_body_s_own_document_speaks_for_it(said, who):
    assert [(name, description) for name, description, _ in spoken(said + "\n")] == [who]


def test_a_joint_document_is_not_one_country_s():
    (said,) = spoken('"We welcome the progress," the US/Saudi joint statement said.\n')
    assert said[0] is None and "joint statement" in (said[1] or "")
