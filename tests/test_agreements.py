"""Agreements and tariff measures as claims (issue 8), on knowledge bases of two negotiations."""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import Clock

from kb.builder.build import build
from kb.cli import cli
from kb.errors import KbError
from kb.events.append import Appender

ARTICLE = (
    "Trump announced a trade deal with Japan under which the United States will impose a 15% tariff on Japanese "
    "goods, down from 25%. Japan will invest $550 billion in the United States, Trump said. Akazawa said the "
    "investment would be loans and guarantees from government-backed lenders, not cash. The agreement was signed "
    "on September 4. An executive order implementing the agreement cut the tariff on Japanese cars to 15% from "
    "27.5% with effect from September 16. The 15% reciprocal tariff does not stack on existing duties. "
    "Britain and the United States agreed a deal cutting the US tariff on British cars to 10% within a quota of "
    "100,000 vehicles a year."
)


@pytest.fixture
def two_negotiations(kb, clock):
    appender = Appender(kb, clock)
    ids = {}

    def add(name, payload):
        [path] = appender.append([payload])
        ids[name] = path.stem
        return path.stem

    sha = kb.store_snapshot(ARTICLE)
    source = add(
        "source",
        {
            "type": "source",
            "kind": "article",
            "publisher": "Wire",
            "title": "Deals",
            "published_at": "2025-09-05",
            "text_sha256": sha,
        },
    )
    for key, kind, name in [
        ("us-japan", "negotiation", "US–Japan talks"),
        ("us-uk", "negotiation", "US–UK talks"),
        ("japan", "country", "Japan"),
        ("united-states", "country", "United States"),
        ("united-kingdom", "country", "United Kingdom"),
        ("donald-trump", "person", "Donald Trump"),
        ("ryosei-akazawa", "person", "Ryosei Akazawa"),
    ]:
        add(key, {"type": "entity", "key": key, "kind": kind, "name": name})

    def cite(words):
        return [{"source": source, "excerpt": words}]

    add(
        "announced",
        {
            "type": "agreement",
            "negotiation": "us-japan",
            "occurred_at": "2025-07-22",
            "title": "US–Japan agreement",
            "parties": ["japan", "united-states"],
            "kind": "unilateral_announcement",
            "status": "announced",
            "summary": "Trump announced a trade deal with Japan",
            "terms": [
                {
                    "key": "reciprocal-tariff",
                    "kind": "tariff_rate",
                    "description": "15% on Japanese goods, down from 25%",
                    "product_scope": "Japanese goods",
                    "rate": "15",
                    "rate_unit": "percent",
                    "value_as_stated": "15%",
                },
                {
                    "key": "investment",
                    "kind": "investment",
                    "description": "Japan invests in the United States",
                    "amount": "550000000000",
                    "currency": "USD",
                    "committed_by": "japan",
                    "value_as_stated": "$550 billion",
                },
            ],
            "citations": cite(
                "Trump announced a trade deal with Japan under which the United States will impose a 15% tariff"
            ),
        },
    )
    add(
        "signed",
        {
            "type": "agreement",
            "negotiation": "us-japan",
            "occurred_at": "2025-09-04",
            "title": "US–Japan agreement",
            "parties": ["japan", "united-states"],
            "kind": "memorandum_of_understanding",
            "status": "signed",
            "summary": "The agreement was signed",
            "follows": ids["announced"],
            "citations": cite("The agreement was signed on September 4."),
        },
    )
    add(
        "order",
        {
            "type": "agreement",
            "negotiation": "us-japan",
            "occurred_at": "2025-09-04",
            "title": "Executive order",
            "parties": ["united-states"],
            "kind": "executive_order",
            "status": "implemented",
            "summary": "An executive order implements the agreement",
            "follows": ids["signed"],
            "citations": cite("An executive order implementing the agreement"),
        },
    )
    add(
        "car_tariff",
        {
            "type": "measure",
            "negotiation": "us-japan",
            "occurred_at": "2025-09-16",
            "imposing": "united-states",
            "affected": ["japan"],
            "instrument": "ad_valorem_tariff",
            "rate": "15",
            "rate_unit": "percent",
            "product_scope": "Japanese cars",
            "hs_codes": ["8703"],
            "announced_at": "2025-09-04",
            "effective_at": "2025-09-16",
            "status": "in_force",
            "stacking": "replaces_existing",
            "agreement": ids["order"],
            "summary": "The tariff on Japanese cars is cut to 15% from 27.5%",
            "citations": cite("cut the tariff on Japanese cars to 15% from 27.5% with effect from September 16"),
        },
    )
    add(
        "reciprocal",
        {
            "type": "measure",
            "negotiation": "us-japan",
            "occurred_at": "2025-09-16",
            "imposing": "united-states",
            "affected": ["japan"],
            "instrument": "ad_valorem_tariff",
            "rate": "15",
            "rate_unit": "percent",
            "product_scope": "Japanese goods",
            "status": "in_force",
            "stacking": "replaces_existing",
            "agreement": ids["order"],
            "summary": "The reciprocal tariff on Japanese goods is 15%, not stacked",
            "citations": cite("The 15% reciprocal tariff does not stack on existing duties."),
        },
    )
    for name, speaker, text, words in [
        (
            "trump_account",
            "donald-trump",
            "Japan will invest $550 billion in the United States",
            "Japan will invest $550 billion in the United States, Trump said.",
        ),
        (
            "akazawa_account",
            "ryosei-akazawa",
            "The investment would be loans and guarantees, not cash",
            "Akazawa said the investment would be loans and guarantees from government-backed lenders, not cash.",
        ),
    ]:
        add(
            name,
            {
                "type": "statement",
                "negotiation": "us-japan",
                "occurred_at": "2025-07-23",
                "speaker": speaker,
                "attribution": "paraphrase",
                "text": text,
                "about_agreement": ids["announced"],
                "about_term": "investment",
                "citations": cite(words),
            },
        )
    add(
        "uk",
        {
            "type": "agreement",
            "negotiation": "us-uk",
            "occurred_at": "2025-05-08",
            "title": "US–UK deal",
            "parties": ["united-kingdom", "united-states"],
            "kind": "framework_agreement",
            "status": "agreed_in_principle",
            "summary": "A deal cutting the US tariff on British cars",
            "terms": [
                {
                    "key": "cars-quota",
                    "kind": "quota",
                    "description": "10% on British cars within a quota",
                    "rate": "10",
                    "rate_unit": "percent",
                    "quantity": "100000",
                    "quantity_unit": "vehicles",
                    "period": "a year",
                    "value_as_stated": "100,000 vehicles a year",
                }
            ],
            "citations": cite(
                "Britain and the United States agreed a deal cutting the US tariff on British cars to 10%"
            ),
        },
    )
    return ids


def query(db, sql, *params):
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params)]


@pytest.fixture
def db(kb, two_negotiations, tmp_path):
    result = build(kb, tmp_path / "kb.db", now=Clock())
    assert result.problems == 0
    return tmp_path / "kb.db"


def test_agreement_history_reads_in_order(db, two_negotiations):
    ids = two_negotiations
    history = query(
        db,
        "SELECT a.id, a.status, a.kind FROM agreements a JOIN claims c ON c.id = a.id "
        "WHERE a.origin = ? ORDER BY c.occurred_at, a.id = ?",
        ids["announced"],
        ids["order"],
    )
    assert [row["id"] for row in history] == [ids["announced"], ids["signed"], ids["order"]]
    assert [row["status"] for row in history] == ["announced", "signed", "implemented"]


def test_terms_are_structured(db, two_negotiations):
    terms = {row["key"]: row for row in query(db, "SELECT * FROM agreement_terms")}
    assert terms["reciprocal-tariff"]["rate"] == "15" and terms["reciprocal-tariff"]["rate_unit"] == "percent"
    assert (terms["investment"]["amount"], terms["investment"]["currency"], terms["investment"]["committed_by"]) == (
        "550000000000",
        "USD",
        "japan",
    )
    assert (
        terms["cars-quota"]["quantity"] == "100000"
        and terms["cars-quota"]["value_as_stated"] == "100,000 vehicles a year"
    )


def test_measures_point_at_the_agreement_and_keep_their_dates(db, two_negotiations):
    ids = two_negotiations
    measures = query(db, "SELECT * FROM measures WHERE agreement = ? ORDER BY id", ids["order"])
    assert {row["id"] for row in measures} == {ids["car_tariff"], ids["reciprocal"]}
    car = next(row for row in measures if row["id"] == ids["car_tariff"])
    assert (car["announced_at"], car["effective_at"], car["removed_at"]) == ("2025-09-04", "2025-09-16", None)
    assert json.loads(car["hs_codes"]) == ["8703"]
    jurisdictions = query(
        db, "SELECT jurisdiction, role FROM measure_jurisdictions WHERE measure = ? ORDER BY role", ids["car_tariff"]
    )
    assert jurisdictions == [
        {"jurisdiction": "japan", "role": "affected"},
        {"jurisdiction": "united-states", "role": "imposing"},
    ]


def test_differing_accounts_of_a_term_are_shown_together(db, two_negotiations):
    accounts = query(db, "SELECT speaker, account FROM term_accounts WHERE term = 'investment' ORDER BY speaker")
    assert [row["speaker"] for row in accounts] == ["donald-trump", "ryosei-akazawa"]
    assert "not cash" in accounts[1]["account"]


def test_negotiations_never_mix(db, kb, clock, two_negotiations):
    by_negotiation = query(
        db,
        "SELECT negotiation, kind, count(*) AS n FROM claims WHERE kind IN ('agreement', 'measure') "
        "GROUP BY negotiation, kind ORDER BY negotiation, kind",
    )
    assert by_negotiation == [
        {"negotiation": "us-japan", "kind": "agreement", "n": 3},
        {"negotiation": "us-japan", "kind": "measure", "n": 2},
        {"negotiation": "us-uk", "kind": "agreement", "n": 1},
    ]
    uk_origin = query(db, "SELECT origin FROM agreements WHERE id = ?", two_negotiations["uk"])
    assert uk_origin == [{"origin": two_negotiations["uk"]}]
    with pytest.raises(KbError, match="belongs to the negotiation us-japan, not us-uk"):
        Appender(kb, clock).append(
            [
                {
                    "type": "agreement",
                    "negotiation": "us-uk",
                    "occurred_at": "2025-06",
                    "title": "x",
                    "parties": ["united-kingdom"],
                    "kind": "other",
                    "status": "signed",
                    "summary": "x",
                    "follows": two_negotiations["announced"],
                    "citations": [{"source": two_negotiations["source"], "excerpt": "Britain"}],
                }
            ]
        )


def test_cli_adds_an_agreement_and_a_measure_with_clear_errors(runner, kb, two_negotiations):
    source = two_negotiations["source"]
    ok = runner.invoke(
        cli,
        [
            "add",
            "measure",
            "--negotiation",
            "us-uk",
            "--occurred-at",
            "2025-05-08",
            "--imposing",
            "united-states",
            "--affected",
            "united-kingdom",
            "--instrument",
            "tariff_rate_quota",
            "--rate",
            "10",
            "--rate-unit",
            "percent",
            "--product-scope",
            "British cars",
            "--status",
            "announced",
            "--summary",
            "10% on British cars within a quota",
            "--citation",
            f"{source}:cutting the US tariff on British cars to 10%",
        ],
    )
    assert ok.exit_code == 0, ok.output

    def add_agreement(party: str, term: str):
        return runner.invoke(
            cli,
            [
                "add",
                "agreement",
                "--negotiation",
                "us-uk",
                "--occurred-at",
                "2025-05-08",
                "--title",
                "t",
                "--party",
                party,
                "--kind",
                "framework_agreement",
                "--status",
                "signed",
                "--summary",
                "s",
                "--term",
                term,
                "--citation",
                f"{source}:Britain",
            ],
        )

    bad = add_agreement("uk", '{"key": "x", "kind": "tariff_rate", "description": "d", "rate": "10"}')
    assert bad.exit_code == 1
    assert "unknown entity 'uk'" in bad.output
    bad_rate = add_agreement("united-kingdom", '{"key": "x", "kind": "tariff_rate", "description": "d", "rate": "ten"}')
    assert bad_rate.exit_code == 1
    assert "terms.0.rate" in bad_rate.output


def test_agreements_and_measures_cite_cleanly(db, two_negotiations):
    from kb.cite.citations import Citations

    with sqlite3.connect(db) as conn:
        citations = Citations(conn)
        agreement = citations.text(two_negotiations["announced"])
        measure = citations.text(two_negotiations["car_tariff"])
        item = citations.csl(two_negotiations["announced"])
    assert agreement.startswith("Japan and United States")
    assert "15% on Japanese goods, down from 25%" in agreement and "announced" in agreement
    assert "Wire" in agreement and two_negotiations["announced"] in agreement
    assert "The tariff on Japanese cars is cut to 15% from 27.5%" in measure and "16 September 2025" in measure
    assert item["id"] == two_negotiations["announced"] and item["publisher"] == "Wire"
