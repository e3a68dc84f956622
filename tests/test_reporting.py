"""What real reporting says, recorded through the CLI (issue 13): notes, hedges and who passed a
claim on, durations and places, numbers as reporters give them, source errors, undated claims,
intentions, quotes that elide or are typed with other quotation marks, silent mistakes refused,
second reports refused, event-ID prefixes, and events of an earlier schema version."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from test_datasette import datasette_for, get

from kb.cli import cli
from kb.events.query import find
from kb.events.store import KnowledgeBase
from kb.publish import pages

ARTICLE = (
    "TOKYO (Kyodo) -- Japan's chief negotiator Ryosei Akazawa met U.S. Treasury Secretary Scott Bessent for about "
    "50 minutes in Washington on Thursday, according to a U.S. official.\n"
    "The two sides were believed to have discussed currency issues.\n"
    "Japan’s exports to the United States fell 1.3% from a year earlier to 1.78 trillion yen ($12 billion).\n"
    "Tariffs of between 10% and 15% were under discussion, and Japan could invest up to $550 billion.\n"
    "The paper put the surplus at 90 trillion yen ($63 billion), against 9 trillion yen in official data.\n"
    "“We are not going to make concessions that hurt our farmers on agriculture,” Akazawa told reporters.\n"
    "Akazawa said Japan aims to reach a deal “as soon as possible.”\n"
    "A deal is expected by the end of April.\n"
)
TALKS = "talks"


def run(runner, *args: str, code: int = 0) -> str:
    result = runner.invoke(cli, list(args))
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result.output.strip()


@pytest.fixture
def article(runner, kb, tmp_path) -> str:
    """The article as a source with its text, and the entities it names; the source's ID."""
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    source = run(
        runner, "add", "source", "--kind", "article", "--publisher", "Kyodo News", "--title", "Akazawa meets Bessent",
        "--published-at", "2025-04-25", "--text-file", str(text),
    )  # fmt: skip
    for key, kind, name, *aliases in [
        (TALKS, "negotiation", "US–Japan tariff talks"),
        ("japan", "country", "Japan"),
        ("united-states", "country", "United States", "U.S."),
        ("ryosei-akazawa", "person", "Ryosei Akazawa", "Akazawa"),
        ("scott-bessent", "person", "Scott Bessent", "Bessent"),
    ]:
        run(runner, "add", "entity", "--key", key, "--kind", kind, "--name", name, *(f"--alias={a}" for a in aliases))
    return source


def claim(source: str, excerpt: str, occurred_at: str | None = "2025-04-24") -> list[str]:
    dated = ["--occurred-at", occurred_at] if occurred_at else []
    return ["--negotiation", TALKS, *dated, "--citation", f"{source}:{excerpt}"]


def meeting(source: str, *more: str) -> list[str]:
    return [
        "add", "meeting", *claim(source, "Akazawa met U.S. Treasury Secretary Scott Bessent"),
        "--participant", "akazawa:japan", "--participant", "bessent:united-states", "--summary", "Akazawa met Bessent",
        *more,
    ]  # fmt: skip


def figure(source: str, excerpt: str, *more: str) -> list[str]:
    return ["add", "data_point", *claim(source, excerpt, "2025-03"), "--subject", "japan", *more]


def built(runner, kb: KnowledgeBase) -> sqlite3.Connection:
    run(runner, "build")
    conn = sqlite3.connect(kb.default_db)
    conn.row_factory = sqlite3.Row
    return conn


def one(conn: sqlite3.Connection, sql: str, *params: str) -> dict:
    return dict(conn.execute(sql, params).fetchone())


# --- notes, hedges, who passed it on, durations, places -------------------------------------------


def test_a_meeting_according_to_an_official_with_its_duration_place_hedge_and_note(runner, kb, article):
    excerpt_more = ["--via-description", "a U.S. official", "--hedge", "reportedly", "--duration", "PT50M"]
    meeting_id = run(runner, *meeting(article, *excerpt_more, "--place", "Washington", "--note", "The day is Thursday"))
    event = find(kb, meeting_id)
    assert event["schema_version"] == 3
    assert (event["via_description"], event["hedge"], event["duration"]) == ("a U.S. official", "reportedly", "PT50M")
    conn = built(runner, kb)
    row = one(conn, "SELECT * FROM claims WHERE id = ?", meeting_id)
    assert row["summary"] == "[reportedly] Akazawa met Bessent (via a U.S. official)"
    assert (row["hedge"], row["place"], row["note"]) == ("reportedly", "Washington", "The day is Thursday")
    assert one(conn, "SELECT duration_minutes FROM meetings WHERE id = ?", meeting_id)["duration_minutes"] == 50
    cited = run(runner, "cite", meeting_id)
    assert "reportedly, according to a U.S. official" in cited and "Note: The day is Thursday" in cited


@pytest.mark.parametrize("duration", ["50 minutes", "PT", "P1H", "PT1.5H", "50"])
def test_a_duration_not_in_iso_8601_is_refused(runner, kb, article, duration):
    before = sorted(kb.events_dir.rglob("*.json"))
    output = run(runner, *meeting(article, "--duration", duration), code=1)
    assert "duration: must be an ISO 8601 duration" in output and "PT50M" in output
    assert sorted(kb.events_dir.rglob("*.json")) == before


def test_via_names_a_known_person_by_alias_and_is_stored_as_the_key(runner, kb, article):
    position = run(
        runner, "add", "position", *claim(article, "were believed to have discussed currency issues"),
        "--holder", "japan", "--kind", "concern", "--issue", "currency", "--text", "Currency issues matter",
        "--via", "Bessent", "--hedge", "believed",
    )  # fmt: skip
    assert find(kb, position)["via"] == "scott-bessent"
    conn = built(runner, kb)
    assert one(conn, "SELECT via, hedge FROM claims WHERE id = ?", position) == {
        "via": "scott-bessent",
        "hedge": "believed",
    }
    output = run(
        runner, "add", "position", *claim(article, "were believed"), "--holder", "japan", "--kind", "concern",
        "--issue", "currency", "--text", "Currency issues matter", "--via", "a U.S. official",
    code=1)  # fmt: skip
    assert "via: unknown entity 'a U.S. official'" in output


# --- numbers as reporters give them, and source errors -----------------------------------------------


def test_a_range_a_bound_equivalents_and_a_change(runner, kb, article):
    ranged = run(
        runner, *figure(article, "Tariffs of between 10% and 15%", "--metric", "tariff_rate"),
        "--value-low", "10", "--value-high", "15", "--unit", "percent", "--value-as-stated", "between 10% and 15%",
    )  # fmt: skip
    bound = run(
        runner, *figure(article, "Japan could invest up to $550 billion", "--metric", "investment"),
        "--value", "550000000000", "--value-qualifier", "up_to", "--unit", "USD",
        "--value-as-stated", "up to $550 billion",
    )  # fmt: skip
    changed = run(
        runner, *figure(article, "fell 1.3% from a year earlier to 1.78 trillion yen", "--metric", "exports"),
        "--counterpart", "united-states", "--value", "1780000000000", "--unit", "JPY",
        "--equivalent", "12000000000:USD", "--change", "fall:1.3:percent:a year earlier",
        "--value-as-stated", "1.78 trillion yen ($12 billion)",
    )  # fmt: skip
    assert find(kb, changed)["change"] == {
        "direction": "fall",
        "amount": "1.3",
        "unit": "percent",
        "base": "a year earlier",
    }
    conn = built(runner, kb)
    row = one(conn, "SELECT value, value_number, value_low, value_high FROM data_points WHERE id = ?", ranged)
    assert row == {"value": None, "value_number": None, "value_low": "10", "value_high": "15"}
    assert one(conn, "SELECT value_qualifier FROM data_points WHERE id = ?", bound)["value_qualifier"] == "up_to"
    row = one(conn, "SELECT equivalents, change_direction, change_base FROM data_points WHERE id = ?", changed)
    assert json.loads(row["equivalents"]) == [{"value": "12000000000", "unit": "USD"}]
    assert (row["change_direction"], row["change_base"]) == ("fall", "a year earlier")
    assert "fall 1.3 percent from a year earlier" in run(runner, "cite", changed)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (["--value", "12", "--value-low", "10", "--value-high", "15"], "give a value or a range"),
        (["--value-low", "15", "--value-high", "10"], "value_low 15 is more than value_high 10"),
        (["--value-low", "10"], "a range needs both value_low and value_high"),
        ([], "a data point needs a value, a range (value_low and value_high), or a change it reports alone"),
        (["--value", "10", "--value-qualifier", "lots"], "Invalid value for '--value-qualifier'"),
    ],
)
def test_a_range_that_makes_no_sense_is_refused(runner, kb, article, values, message):
    args = [*figure(article, "between 10% and 15%", "--metric", "tariff_rate"), "--unit", "percent", *values]
    output = run(runner, *args, "--value-as-stated", "between 10% and 15%", code=2 if "Invalid" in message else 1)
    assert message in output


def test_a_source_error_is_recorded_as_printed_flagged_and_kept_out_of_charts_and_conflicts(runner, kb, article):
    surplus = ["--metric", "trade_surplus", "--counterpart", "united-states", "--unit", "JPY"]
    wrong = run(
        runner, *figure(article, "put the surplus at 90 trillion yen ($63 billion)", *surplus),
        "--value", "90000000000000", "--value-as-stated", "90 trillion yen ($63 billion)",
        "--source-error", "$63 billion is 9 trillion yen: the yen figure is off by a factor of ten",
    )  # fmt: skip
    right = run(
        runner, *figure(article, "9 trillion yen in official data", *surplus),
        "--value", "9000000000000", "--value-as-stated", "9 trillion yen",
    )  # fmt: skip
    conn = built(runner, kb)
    row = one(conn, "SELECT summary, source_error_flagged FROM claims WHERE id = ?", wrong)
    assert row["summary"].startswith("[SOURCE ERROR] Trade surplus of Japan with United States")
    assert row["source_error_flagged"] == 1
    assert conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0
    chart = pages.chart(conn, "trade_surplus")
    assert chart is not None and [s["ids"] for s in chart.series] == [[right]]
    assert {p["id"] for p in chart.points} == {wrong, right}  # the table below the chart lists both
    cited = run(runner, "cite", wrong, "--format", "csl-json")
    [item] = json.loads(cited)
    assert item["genre"].startswith("Source error, ") and "The source printed this in error" in item["note"]
    ds = datasette_for(Path(kb.default_db))
    html = get(ds, f"/-/event/{wrong}").text
    assert "The source printed this in error" in html and "off by a factor of ten" in html
    facets = get(ds, "/kb/claims.json?_facet=source_error_flagged").json()["facet_results"]
    assert {r["value"]: r["count"] for r in facets["source_error_flagged"]["results"]} == {0: 1, 1: 1}


# --- dates as known ------------------------------------------------------------------------------


def test_an_undated_remark_is_recorded_undated_with_the_source_date(runner, kb, article):
    statement = run(
        runner, "add", "statement", *claim(article, "Akazawa said Japan aims to reach a deal", occurred_at=None),
        "--speaker", "akazawa", "--attribution", "paraphrase", "--text", "Japan aims to reach a deal",
    )  # fmt: skip
    event = find(kb, statement)
    assert "occurred_at" not in event and event["reported_at"] == "2025-04-25"
    conn = built(runner, kb)
    row = one(conn, "SELECT occurred_at, year, month, date_known FROM claims WHERE id = ?", statement)
    assert row == {"occurred_at": "2025-04-25", "year": 2025, "month": "2025-04", "date_known": 0}
    assert "undated (reported 25 April 2025)" in run(runner, "cite", statement)


def test_an_expectation_by_the_end_of_april(runner, kb, article):
    expected = run(
        runner, "add", "expectation", *claim(article, "A deal is expected by the end of April"),
        "--what", "A deal", "--by-when", "2025-04", "--by-when-qualifier", "by_end_of",
    )  # fmt: skip
    conn = built(runner, kb)
    row = one(conn, "SELECT by_when, by_when_qualifier FROM expectations WHERE id = ?", expected)
    assert row == {"by_when": "2025-04", "by_when_qualifier": "by_end_of"}
    assert (
        one(conn, "SELECT summary FROM claims WHERE id = ?", expected)["summary"]
        == "Expected by the end of 2025-04: A deal"
    )


# --- positions -----------------------------------------------------------------------------------


def test_an_intention_whose_quoted_words_are_checked(runner, kb, article):
    text = 'Japan aims to reach a deal "as soon as possible"'
    args = ["add", "position", *claim(article, "Japan aims to reach a deal"), "--holder", "japan"]
    intention = run(runner, *args, "--kind", "intention", "--issue", "a deal", "--text", text)
    conn = built(runner, kb)
    assert one(conn, "SELECT kind, quote_verified FROM positions WHERE id = ?", intention) == {
        "kind": "intention",
        "quote_verified": "verified",
    }
    output = run(
        runner, *args, "--kind", "intention", "--issue", "a deal", "--text", 'Japan "aims to reach" it', code=1
    )
    assert "the quoted words 'aims to reach' is not in the cited source's text" in output


# --- quotes --------------------------------------------------------------------------------------


def statement(source: str, attribution: str, text: str, excerpt: str) -> list[str]:
    return [
        "add",
        "statement",
        *claim(source, excerpt),
        "--speaker",
        "akazawa",
        "--attribution",
        attribution,
        "--text",
        text,
    ]


FARMERS = "“We are not going to make concessions that hurt our farmers on agriculture,” Akazawa told reporters."


def test_a_direct_quote_that_elides_words_is_checked_piece_by_piece_in_order(runner, kb, article):
    elided = run(
        runner, *statement(article, "direct_quote", "We are not going to make concessions … on agriculture", FARMERS)
    )
    dotted = run(runner, *statement(article, "direct_quote", "We are not going ... hurt our farmers", FARMERS), "--new")
    conn = built(runner, kb)
    for claim_id in (elided, dotted):
        assert one(conn, "SELECT quote_verified FROM statements WHERE id = ?", claim_id)["quote_verified"] == "verified"
    output = run(runner, *statement(article, "direct_quote", "on agriculture … We are not going", FARMERS), code=1)
    assert "the direct quote 'on agriculture … We are not going' is not in the cited source's text" in output
    assert run(runner, "verify").startswith("OK") or "problem" not in run(runner, "verify")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Akazawa will not make concessions on agriculture", "a partial quote quotes something"),
        ('Akazawa spoke of "exports to the United States"', "the source must quote them itself"),
    ],
)
def test_a_partial_quote_quotes_what_the_source_quotes(runner, kb, article, text, message):
    assert message in run(runner, *statement(article, "partial_quote", text, FARMERS), code=1)


def test_a_partial_quote_of_words_the_source_quotes_is_accepted(runner, kb, article):
    text = 'Akazawa said Japan wants a deal "as soon as possible"'
    run(runner, *statement(article, "partial_quote", text, "Akazawa said Japan aims to reach a deal"))


def test_an_excerpt_typed_with_straight_quotes_keeps_the_source_characters(runner, kb, article):
    typed = '"We are not going to make concessions that hurt our farmers on agriculture," Akazawa told reporters.'
    quote = run(
        runner,
        *statement(article, "direct_quote", "We are not going to make concessions that hurt our farmers", typed),
    )
    assert find(kb, quote)["citations"][0]["excerpt"] == FARMERS
    exports = run(
        runner, *figure(article, "Japan's exports to the United States fell 1.3%", "--metric", "exports"),
        "--value", "1.3", "--unit", "percent", "--value-as-stated", "fell 1.3%",
    )  # fmt: skip
    assert find(kb, exports)["citations"][0]["excerpt"] == "Japan’s exports to the United States fell 1.3%"
    conn = built(runner, kb)
    assert {r[0] for r in conn.execute("SELECT verified FROM citations")} == {"verified"}


def test_an_excerpt_not_in_the_source_shows_the_closest_passage(runner, kb, article):
    output = run(runner, *figure(article, "Japan's exports to the United States rose 1.3%", "--metric", "exports"),
                 "--value", "1.3", "--unit", "percent", "--value-as-stated", "rose 1.3%", code=1)  # fmt: skip
    assert "citations.0.excerpt: not found in the text of source" in output
    assert 'The closest passage of the source: "japan\'s exports to the united states fell 1.3%"' in output.lower() or (
        'closest passage of the source: "Japan\'s exports to the United States fell 1.3%"' in output
    )
    assert "they first differ at character 38: 'rose 1.3%' in yours, 'fell 1.3%' in the source" in output


# --- silent mistakes refused ---------------------------------------------------------------------


def test_a_country_is_not_a_negotiation(runner, kb, article):
    args = meeting(article)
    args[args.index(TALKS)] = "japan"
    assert "negotiation: japan is a country, not a negotiation" in run(runner, *args, code=1)


def test_a_term_description_keeps_its_colons(runner, kb, article):
    agreement = run(
        runner, "add", "agreement", *claim(article, "Japan could invest up to $550 billion"), "--title", "Deal",
        "--party", "japan", "--party", "U.S.", "--kind", "joint_statement", "--status", "announced",
        "--summary", "A deal", "--term", "invest:investment:Japan invests: up to $550 billion",
    )  # fmt: skip
    assert find(kb, agreement)["terms"] == [
        {"key": "invest", "kind": "investment", "description": "Japan invests: up to $550 billion", "hs_codes": []}
    ]


# --- duplicates and prefixes ---------------------------------------------------------------------


def test_a_second_report_of_a_meeting_is_refused_unless_new(runner, kb, article):
    first = run(runner, *meeting(article))
    again = meeting(article)
    again[again.index("2025-04-24")] = "2025-04"
    output = run(runner, *again, code=1)
    assert f"this meeting repeats {first}" in output
    assert f"kb corroborate {first} --source SOURCE --excerpt WORDS" in output
    assert f"kb add link --kind same_meeting --event {first} --event NEW-ID" in output
    second = run(runner, *again, "--new")
    conn = built(runner, kb)
    problems = conn.execute("SELECT event, detail FROM _problems WHERE kind = 'likely_duplicate'").fetchall()
    later, earlier = max(first, second), min(first, second)
    assert [tuple(p) for p in problems] == [
        (later, f"same meeting: the same participants on the same day as {earlier}")
    ]
    run(runner, "add", "link", "--kind", "same_meeting", "--event", first[:8], "--event", second[:8])


def test_a_second_report_of_a_figure_or_a_statement_is_refused(runner, kb, article):
    args = [
        *figure(article, "up to $550 billion", "--metric", "investment"),
        "--value",
        "550000000000",
        "--unit",
        "USD",
    ]
    run(runner, *args, "--value-as-stated", "up to $550 billion")
    assert "this data point repeats" in run(runner, *args, "--value-as-stated", "$550 billion", code=1)
    said = "We are not going to make concessions that hurt our farmers on agriculture"
    run(runner, *statement(article, "direct_quote", said, FARMERS))
    nearly = statement(
        article, "paraphrase", "We are not going to make concessions that hurt farmers on agriculture", FARMERS
    )
    output = run(runner, *nearly, code=1)
    assert "this statement repeats" in output and "nearly the same words" in output


def test_every_option_that_takes_an_event_id_takes_a_unique_prefix(runner, kb, article):
    first = run(runner, *meeting(article))
    corroboration = run(
        runner, "corroborate", first[:7], "--source", article[:7], "--excerpt", "in Washington on Thursday"
    )
    assert find(kb, corroboration)["target"] == first
    assert find(kb, corroboration)["citations"][0]["source"] == article
    short = meeting(article)
    short[short.index(f"{article}:Akazawa met U.S. Treasury Secretary Scott Bessent")] = f"{article[:8]}:Akazawa met"
    short[short.index("2025-04-24")] = "2025-04-22"
    assert find(kb, run(runner, *short))["citations"][0]["source"] == article
    assert "could be any of" in run(runner, "add", "corroboration", "--target", first, "--citation", "ev-:x", code=1)
    assert "no event ev-zzzz" in run(
        runner, "add", "corroboration", "--target", "ev-zzzz", "--citation", "ev-zzzz:x", code=1
    )


# --- schema versions -----------------------------------------------------------------------------


def test_a_version_1_statement_is_read_as_it_is_and_upgraded_while_reading(runner, kb, article):
    """Version 1 had via as free text: the file stays as written, its ID too; it reads as
    via_description."""
    from kb.events.ids import event_id

    old = {
        "type": "statement", "schema_version": 1, "recorded_at": "2025-04-25T00:00:00.000000Z",
        "negotiation": TALKS, "occurred_at": "2025-04-24", "speaker": "ryosei-akazawa", "attribution": "paraphrase",
        "text": "Japan aims to reach a deal", "via": "a Japanese government source", "topics": [],
        "modality": "asserted",
        "citations": [{"source": article, "excerpt": "Akazawa said Japan aims to reach a deal"}],
    }  # fmt: skip
    old["id"] = event_id(old)
    path = kb.write(old)
    written = path.read_bytes()
    conn = built(runner, kb)
    row = one(conn, "SELECT via, via_description, summary FROM claims WHERE id = ?", old["id"])
    assert row["via"] is None and row["via_description"] == "a Japanese government source"
    assert "(via a Japanese government source)" in row["summary"]
    assert run(runner, "verify").startswith("OK: ")
    correction = run(runner, "correct", old["id"][:9], "--hedge", "reportedly", "--reason", "The article hedges it")
    assert find(kb, correction)["replacement"]["via_description"] == "a Japanese government source"
    assert path.read_bytes() == written


# --- a source with several texts -----------------------------------------------------------------


def test_a_source_with_two_captures_verifies_excerpts_in_either(runner, kb, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Akazawa met Bessent on Thursday.\n", encoding="utf-8")
    second.write_text("Akazawa met Bessent on Thursday, officials said, for 50 minutes.\n", encoding="utf-8")
    source = run(
        runner, "add", "source", "--kind", "article", "--publisher", "Kyodo News", "--title", "Two captures",
        "--published-at", "2025-04-25", "--text-file", str(first), "--text-file", str(second),
    )  # fmt: skip
    event = find(kb, source)
    assert event["schema_version"] == 2 and len(event["other_text_sha256s"]) == 1
    assert all(kb.snapshot_path(sha).exists() for sha in [event["text_sha256"], *event["other_text_sha256s"]])
    run(runner, "add", "entity", "--key", TALKS, "--kind", "negotiation", "--name", "Talks")
    run(runner, "add", "entity", "--key", "japan", "--kind", "country", "--name", "Japan")
    args = ["add", "position", "--negotiation", TALKS, "--occurred-at", "2025-04-24", "--holder", "japan"]
    args += ["--kind", "concern", "--issue", "length", "--text", "It was long"]
    position = run(runner, *args, "--citation", f"{source[:8]}:officials said, for 50 minutes")
    output = run(runner, *args, "--citation", f"{source[:8]}:for two hours", code=1)
    assert "not found in the text of source" in output
    conn = built(runner, kb)
    assert one(conn, "SELECT verified FROM citations WHERE claim = ?", position)["verified"] == "verified"
    assert run(runner, "verify").startswith("OK: ")
    assert "holds" in run(runner, "cite", "--verify", position) and "FAILS" not in run(
        runner, "cite", "--verify", position
    )


# --- hostile input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--duration", "PT" + "9" * 40 + "M"], "30 allowed"),
        (["--via", "../../etc/passwd"], "via: unknown entity"),
        (["--via", "<script>alert(1)</script>"], "via: unknown entity"),
        (["--note", "x" * 20_001], "more than the 20000 allowed"),
        (["--hedge", "maybe"], "Invalid value for '--hedge'"),
        (["--place", "Washington\nD.C."], "must not contain control characters or line breaks"),
    ],
)
def test_hostile_reporting_options_are_refused_and_change_nothing(runner, kb, article, args, message):
    before = sorted(kb.events_dir.rglob("*.json"))
    result = runner.invoke(cli, meeting(article, *args))
    assert result.exit_code in (1, 2) and message in result.output, result.output
    assert "Traceback" not in result.output
    assert sorted(kb.events_dir.rglob("*.json")) == before


@pytest.mark.parametrize("text", ["...", "…", " … … ", "[...]"])
def test_a_quote_that_is_only_an_ellipsis_is_not_found(runner, kb, article, text):
    assert "is not in the cited source's text" in run(
        runner, *statement(article, "direct_quote", text, FARMERS), code=1
    )


def test_a_huge_excerpt_not_in_the_source_is_refused_quickly_with_no_passage(runner, kb, article):
    output = run(runner, *statement(article, "paraphrase", "Akazawa spoke", "Akazawa " * 2_400), code=1)
    assert "not found in the text of source" in output


@pytest.mark.parametrize("prefix", ["EV-A", "ev-1", "ev-" + "a" * 17, "ev-../x"])
def test_what_is_not_an_id_prefix_is_refused_as_not_an_id(runner, kb, article, prefix):
    output = run(runner, "add", "link", "--kind", "same_meeting", "--event", prefix, "--event", prefix, code=1)
    assert "must be an event ID such as ev-abcdefghij234567" in output


def test_a_term_bounded_as_the_source_bounds_it(runner, kb, article):
    term = {"key": "invest", "kind": "investment", "description": "Japan invests up to $550 billion"}
    term |= {
        "amount": "550000000000",
        "currency": "USD",
        "value_qualifier": "up_to",
        "value_as_stated": "up to $550 billion",
    }
    agreement = run(
        runner, "add", "agreement", *claim(article, "Japan could invest up to $550 billion"), "--title", "Deal",
        "--party", "japan", "--party", "U.S.", "--kind", "joint_statement", "--status", "announced",
        "--summary", "A deal", "--term", json.dumps(term),
    )  # fmt: skip
    conn = built(runner, kb)
    row = one(conn, "SELECT value_qualifier, amount FROM agreement_terms WHERE agreement = ?", agreement)
    assert row == {"value_qualifier": "up_to", "amount": "550000000000"}


def test_kb_log_finds_an_undated_claim_by_its_source_date(runner, kb, article):
    undated = run(
        runner, "add", "statement", *claim(article, "Akazawa said Japan aims to reach a deal", occurred_at=None),
        "--speaker", "akazawa", "--attribution", "paraphrase", "--text", "Japan aims to reach a deal",
    )  # fmt: skip
    assert undated in run(runner, "log", "--type", "statement", "--since", "2025-04-25")
