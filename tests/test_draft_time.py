"""kb draft cannot be stalled: its time grows with its text on any text (issue 28), and a text
too long to be an article is refused before any work."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kb.cli import cli
from kb.draft import draft as draft_module
from kb.draft import figures as figures_module
from kb.draft import reporting_verbs, speakers, tokens
from kb.draft.countries import DEMONYMS
from kb.draft.draft import MAX_CHARACTERS, MAX_FIGURES, MAX_QUOTATIONS
from kb.draft.lexicon import BODY_NAMES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import draft_time  # noqa: E402

# At this size a draft whose time grew with the square of the text took from 30 to over 1,000
# times an ordinary article's; a linear one takes at most a few times (benchmarks/draft_time.py
# measures them at the longest text it reads).
SIZE = 40_000


@pytest.fixture(scope="module")
def article_seconds() -> float:
    took, refused = draft_time.seconds(draft_time.article(SIZE))
    assert not refused
    return took


@pytest.mark.parametrize("shape", sorted(draft_time.SHAPES))
def test_a_hostile_text_costs_at_most_a_bounded_multiple_of_an_ordinary_article(shape, article_seconds):
    took, _ = draft_time.seconds(draft_time.repeated(draft_time.SHAPES[shape], SIZE))
    assert took <= draft_time.MAX_RATIO * article_seconds, f"{shape}: {took:.2f} s, the article {article_seconds:.2f} s"


def test_a_text_longer_than_an_article_is_refused_and_nothing_is_written(runner, kb, tmp_path):
    runner.invoke(cli, ["add", "entity", "--key", "talks", "--kind", "negotiation", "--name", "The talks"])
    before = sorted(kb.files())
    long_text = tmp_path / "dump.txt"
    long_text.write_text(draft_time.repeated('Akazawa said "x." ', MAX_CHARACTERS + 1), encoding="utf-8")
    result = runner.invoke(cli, ["draft", "--text-file", str(long_text), "--published-at", "2025-04-18"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: the text is 200,001 characters long; kb draft reads at most 200,000 — draft the article "
        "itself (or each part of a long document as a source of its own)\n"
    )
    assert sorted(kb.files()) == before
    source = runner.invoke(
        cli, ["add", "source", "--kind", "article", "--publisher", "Wire", "--title", "A dump",
              "--published-at", "2025-04-18", "--text-file", str(long_text)],
    ).output.strip()  # fmt: skip
    result = runner.invoke(cli, ["draft", source])
    assert result.exit_code == 1 and "kb draft reads at most 200,000" in result.output


@pytest.mark.parametrize(
    ("piece", "message"),
    [
        ('Akazawa said "x." ', f"Error: the text holds {MAX_QUOTATIONS + 1:,} quotations; kb draft reads at most "
                               f"{MAX_QUOTATIONS:,} statements in one text — draft the article itself (or each part "
                               "of a long document as a source of its own)\n"),
        ("Q: Will you sign?\n", f"Error: the text holds {MAX_QUOTATIONS + 1:,} lines a speaker's "
                                f"label may open; kb draft reads at most {MAX_QUOTATIONS:,} statements in one text — "
                                "draft the article itself (or each part of a long document as a source of its own)\n"),
        ("exports of $5 billion. ", f"Error: the text holds more than {MAX_FIGURES:,} figures; kb draft reads at most "
                                    f"{MAX_FIGURES:,} in one text — a table or a data file is not an article: draft "
                                    "the release that reports it (or each part of a long document as a source of its "
                                    "own)\n"),
    ],
)  # fmt: skip
def test_a_text_holding_more_quotations_or_figures_than_an_article_is_refused(runner, kb, tmp_path, piece, message):
    runner.invoke(cli, ["add", "entity", "--key", "talks", "--kind", "negotiation", "--name", "The talks"])
    dump = tmp_path / "dump.txt"
    dump.write_text(piece * (max(MAX_QUOTATIONS, MAX_FIGURES) + 1), encoding="utf-8")
    before = sorted(kb.files())
    result = runner.invoke(cli, ["draft", "--text-file", str(dump), "--published-at", "2025-04-18"])
    assert (result.exit_code, result.output) == (1, message)
    source = runner.invoke(
        cli, ["add", "source", "--kind", "article", "--publisher", "Wire", "--title", "A dump",
              "--published-at", "2025-04-18", "--text-file", str(dump)],
    ).output.strip()  # fmt: skip
    after_source = sorted(kb.files())
    assert len(after_source) == len(before) + 1
    result = runner.invoke(cli, ["draft", source])
    assert (result.exit_code, result.output) == (1, message)
    assert sorted(kb.files()) == after_source


@pytest.mark.parametrize("piece", ['Akazawa said "x." ', "exports of $5 billion. "])
def test_a_text_holding_as_many_quotations_or_figures_as_a_draft_reads_is_drafted(monkeypatch, piece):
    monkeypatch.setattr(draft_module, "MAX_QUOTATIONS", 4)
    monkeypatch.setattr(draft_module, "MAX_FIGURES", 4)
    draft = draft_module.draft_text(piece * 4, "2025-04-18", "SOURCE", "talks", draft_module.Known())
    assert len(draft.claims) == 1  # the same statement or figure four times: one candidate
    with pytest.raises(draft_module.KbError, match="kb draft reads at most 4 (statements )?in one text"):
        draft_module.draft_text(piece * 5, "2025-04-18", "SOURCE", "talks", draft_module.Known())


# The drafter skips work where a quicker look shows it would find nothing; these check that the
# quicker look never skips a text where the full reading finds something (else a draft would lose a figure).
_FIGURE_PIECES = st.sampled_from(
    ["1", "5", ",", ".", "%", " ", "-", "$", "€", "£", "¥", "U.S.$", "USD", "Rs", "ten", "Five", "half a", "a hundred",
     "million", "bn", " percent", "about ", "between ", " and ", "yen", "often", "x"]
)  # fmt: skip


@given(st.lists(_FIGURE_PIECES, max_size=12).map("".join))
@example("USDten")
@example("a Rsfive")
@example("often")
def test_the_quick_look_for_figures_misses_none(text):
    assert figures_module.FIGURE.search(text) is None or figures_module._MAY_HOLD.search(text) is not None
    unguarded = re.compile(figures_module.FIGURE.pattern.removeprefix(figures_module.START))
    assert unguarded.pattern != figures_module.FIGURE.pattern
    assert [m.span() for m in unguarded.finditer(text)] == [m.span() for m in figures_module.FIGURE.finditer(text)]
    first = figures_module.figures(text, limit=2)
    assert first == figures_module.figures(text)[: len(first)]


def test_every_name_of_a_country_or_body_starts_with_a_letter_of_a_to_z():
    """measures.bodies_at skips the words that start with a digit, and a text without a capital
    letter: no body's name may start otherwise."""
    names = [*BODY_NAMES, *DEMONYMS]
    assert names and all(name[:1].isascii() and name[:1].isalpha() for name in names)


@given(
    st.lists(
        st.sampled_from(
            [
                "said",
                "Said",
                "told.",
                "says,",
                " ",
                "  ",
                "A",
                "the",
                "U.S.",
                "'s",
                "their",
                "—",
                "\n",
                "states",
                "have",
            ]
        )
    ).map("".join),
    st.integers(min_value=1, max_value=4),
)
def test_the_tokens_through_a_verb_are_the_first_tokens_of_the_text(text, count):
    everything = tokens.tokens(text)
    verbs = reporting_verbs.speech_verbs(everything)
    through = everything[: verbs[count - 1] + 1] if len(verbs) >= count else everything
    assert reporting_verbs.tokens_through_verbs(text, count) == through


_NAMES = sorted([*BODY_NAMES.values(), *BODY_NAMES, *DEMONYMS])
_BODY_PIECES = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_NAMES).map(str.upper),
    st.sampled_from(_NAMES).map(lambda name: name.split()[0]),
    st.sampled_from(["The", "the", "'s", "’s", ".", ",", "-", "&", "(", "Mr", "U.S.", "Ms.", "Foo", "ß", "\n", "Bank"]),
)


@given(st.lists(_BODY_PIECES, max_size=10).flatmap(lambda pieces: st.sampled_from([" ", "", "  "]).map(
    lambda glue: glue.join(pieces))))  # fmt: skip
@example("The Netherlands's.")
@example("Mexico's.")
@example("United  States")
def test_the_quick_look_for_bodies_misses_none(text):
    from kb.draft import measures

    quick = measures.bodies_at(text)
    original = speakers.may_start_body
    measures.may_start_body = lambda word: True
    try:
        assert measures.bodies_at(text) == quick
    finally:
        measures.may_start_body = original


def test_a_reporting_word_after_an_owner_is_no_verb_for_either_reader():
    text = "Novak's remarks were clear, their claims too, and Lind remarks that he said so."
    words = tokens.tokens(text)
    assert [words[i].text for i in reporting_verbs.speech_verbs(words)] == ["remarks", "said"]
    assert reporting_verbs.tokens_through_verbs(text, 1)[-1].text == "remarks"
    assert reporting_verbs.tokens_through_verbs(text, 1)[-2].text == "Lind"
