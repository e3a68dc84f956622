"""Citing by event ID: kb cite, kb bib, kb cite --verify, and the real processors that read
the CSL-JSON (citeproc-py, pandoc --citeproc)."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from conftest import KYODO_ARTICLE, REPO

from kb.builder.build import build
from kb.cite.citations import Citations
from kb.cite.keys import cited_keys
from kb.cite.names import person_name
from kb.cite.outputs import OUTPUTS
from kb.cli import cli
from kb.events.store import KnowledgeBase
from kb.model.dates import date_parts, human_date

# Seed events (the Kyodo News article of 18 April 2025): see seed/kyodo-2025-04-18.sh.
SOURCE = "ev-dkxvbcpsg7cwzprk"
ISHIBA_DIRECT = "ev-ahj4z7q5zqzqo7j6"
ISHIBA_PARTIAL = "ev-irxseu2yithwjrns"
AKAZAWA_DIRECT = "ev-pszjffdbbjjwhqq2"
AKAZAWA_PARAPHRASE = "ev-sjbq32f4eqzaw2hx"
TRUMP_VIA = "ev-wir57s3unfycfljb"
ANALYSTS = "ev-n26z22dw3a7ouwvb"
SURPLUS = "ev-fnfqufnjie77azvh"
MEETING = "ev-zfm4utjjza72qy2x"
ROLE = "ev-zzm5iyzsau3kr6ta"
STATEMENTS = {
    ISHIBA_DIRECT: "Ishiba",
    ISHIBA_PARTIAL: "Ishiba",
    AKAZAWA_DIRECT: "Akazawa",
    AKAZAWA_PARAPHRASE: "Akazawa",
    TRUMP_VIA: "Trump",  # passed on: still the speaker's words, as reported by who passed them on
}
KYODO = 'Kyodo News, “Ishiba wants "specific progress" in tariff talks with U.S.”, 18 April 2025'
# The Associated Press story that also reports the surplus (seed/us-japan-2025.sh: a corroboration).
AP_SOURCE = "ev-wm2u6sdw5ery2l3g"
AP = (
    "Associated Press, “Japan reports a $63 billion trade surplus with the US as it talks with Trump on tariffs”, "
    "by Yuri Kageyama, 17 April 2025, https://www.ajc.com/news/nation-world/"
    "japan-reports-a-63-billion-trade-surplus-with-the-us-as-it-talks-with-trump-on-tariffs/AMN7DL4VLBCB5LPLHIQAHEPLRU/"
)


@pytest.fixture
def seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> KnowledgeBase:
    """A copy of the repository's own knowledge base, so that nothing is written into the repo."""
    root = tmp_path / "seed"
    root.mkdir()
    for folder in ("events", "snapshots"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "metadata.json", root / "metadata.json")
    monkeypatch.setenv("KB_DIR", str(root))
    return KnowledgeBase(root)


@contextlib.contextmanager
def citations_of(kb: KnowledgeBase, clock) -> Iterator[Citations]:
    db = build(kb, now=clock).db
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        yield Citations(conn, archive="Negotiation knowledge base")


def cite(runner, *args: str):
    return runner.invoke(cli, ["cite", *args], catch_exceptions=False)


# --- kb cite, in every format -----------------------------------------------------------------


def test_cite_text_names_speaker_post_date_source_and_id(seed, runner):
    result = cite(runner, ISHIBA_DIRECT)
    assert result.exit_code == 0
    assert result.output == (
        "Shigeru Ishiba (prime minister, Japan), 18 April 2025, told reporters: “I instructed (Akazawa) to "
        "accelerate preparations and coordination within the government so we can make specific progress in the "
        f"next round of negotiations”. Source: {KYODO}. Event {ISHIBA_DIRECT}.\n"
    )


@pytest.mark.parametrize(
    "event_id, lead",
    [
        (
            ISHIBA_PARTIAL,
            "Shigeru Ishiba (prime minister, Japan), 18 April 2025, told reporters (partial quote): Ishiba wants to "
            'see "specific progress" in bilateral tariff negotiations with the United States.',
        ),
        (
            AKAZAWA_PARAPHRASE,
            "Ryosei Akazawa (chief negotiator and economic revitalization minister, Japan), April 2025 (paraphrase): "
            "Trump's decision to meet Akazawa indicates that the United States is eager to reach a deal quickly.",
        ),
        (
            TRUMP_VIA,
            "Donald Trump (president, United States), April 2025, told the Japanese delegation (as reported by a "
            "Japanese government source): Trump wants to reduce the U.S. trade deficit to zero.",
        ),
        (
            ANALYSTS,
            "Analysts, 18 April 2025 (paraphrase, hypothetical): The talks could drag on if the two sides take up "
            "defense and foreign exchange rate issues.",
        ),
        (
            SURPLUS,
            "Government of Japan, March 2025 (data point for April 2024 to March 2025): trade surplus of Japan with "
            "United States: around 9 trillion yen ($63 billion).",
        ),
        (
            MEETING,
            "Ryosei Akazawa (chief negotiator, Japan) and Donald Trump (president, United States), April 2025 "
            "(meeting in Washington, round 1): Akazawa met U.S. President Donald Trump in Washington.",
        ),
    ],
)
def test_cite_text_says_how_the_words_reached_the_source(seed, runner, event_id, lead):
    result = cite(runner, event_id)
    assert result.exit_code == 0
    sources = f"Sources: {KYODO}; {AP}" if event_id == SURPLUS else f"Source: {KYODO}"
    assert result.output == f"{lead} {sources}. Event {event_id}.\n"


def test_cite_a_source(seed, runner):
    result = cite(runner, SOURCE)
    assert result.output == f"{KYODO}. Event {SOURCE}.\n"


def test_cite_markdown_links_the_source_title(kb, small, runner):
    result = cite(runner, small.statement, "--format", "markdown")
    assert result.exit_code == 0
    assert result.output == (
        "Ryosei Akazawa (chief negotiator, Japan), 16 April 2025, told reporters: “We want a win-win deal”. "
        "Source: Kyodo News, [“Akazawa meets Trump”](<https://example.org/akazawa>), 17 April 2025. "
        f"Event `{small.statement}`.\n"
    )
    text = cite(runner, small.statement).output
    assert "Source: Kyodo News, “Akazawa meets Trump”, 17 April 2025, https://example.org/akazawa. Event" in text


def test_cite_csl_json(seed, runner):
    result = cite(runner, ISHIBA_PARTIAL, "--format", "csl-json")
    assert result.exit_code == 0
    assert json.loads(result.output) == [
        {
            "id": ISHIBA_PARTIAL,
            "citation-key": ISHIBA_PARTIAL,  # read by Zotero and Better BibTeX
            "type": "report",
            # Without the site's address, the event ID is in the genre, which every style prints.
            "genre": f'Partial quote, told reporters, event {ISHIBA_PARTIAL}: Ishiba wants to see "specific progress" '
            "in bilateral tariff negotiations with the United States",
            "author": [{"family": "Ishiba", "given": "Shigeru"}],
            "issued": {"date-parts": [[2025, 4, 18]]},
            "container-title": '<span class="nocase">Ishiba wants "specific progress" in tariff talks with U.S.</span>',
            "publisher": "Kyodo News",
            "language": "en",
            "accessed": {"date-parts": [[2026, 11, 27]]},  # when the claim was recorded
            "archive": "Negotiation knowledge base",
            "note": f"kb event {ISHIBA_PARTIAL}; status: active\n"
            'container-title: Ishiba wants "specific progress" in tariff talks with U.S.',
        }
    ]


def test_csl_authors_types_and_dates(seed, clock):
    with citations_of(seed, clock) as citations:
        assert citations.csl(ANALYSTS)["author"] == [{"literal": "Analysts"}]
        assert citations.csl(SURPLUS)["author"] == [{"literal": "Government of Japan"}]
        assert citations.csl(SURPLUS)["type"] == "report"
        assert citations.csl(SURPLUS)["issued"] == {"date-parts": [[2025, 3]]}
        assert citations.csl(MEETING)["author"] == [
            {"family": "Akazawa", "given": "Ryosei"},
            {"family": "Trump", "given": "Donald"},
        ]
        assert citations.csl(MEETING)["type"] == "report"
        # A direct quote is in the genre with its own quotation marks, as a paraphrase without them.
        assert citations.csl(ISHIBA_DIRECT)["genre"].startswith(
            f"Direct quote, told reporters, event {ISHIBA_DIRECT}: “I"
        )
        assert "title" not in citations.csl(ISHIBA_DIRECT)
        assert citations.csl(TRUMP_VIA)["author"] == [{"family": "Trump", "given": "Donald"}]
        assert citations.csl(TRUMP_VIA)["genre"].startswith("As reported by a Japanese government source, ")
        assert citations.csl(MEETING)["event-title"] == "Meeting, round 1"
        assert citations.csl(MEETING)["event-place"] == "Washington"
        assert citations.csl(MEETING)["event-date"] == {"date-parts": [[2025, 4]]}
        source = citations.csl(SOURCE)
        assert source["type"] == "article-newspaper"
        assert source["author"] == [{"literal": "Kyodo News"}]
        assert source["container-title"] == '<span class="nocase">Kyodo News</span>'
        assert source["citation-key"] == SOURCE
        assert source["issued"] == {"date-parts": [[2025, 4, 18]]}


def test_cite_bibtex(seed, runner):
    result = cite(runner, TRUMP_VIA, SOURCE, "--format", "bibtex")
    assert result.exit_code == 0
    assert result.output == (
        "@report{ev-wir57s3unfycfljb,\n"
        "  author      = {Trump, Donald},\n"
        "  title       = {{As reported by a Japanese government source, told the Japanese delegation, event "
        "ev-wir57s3unfycfljb: Trump wants to reduce the U.S. trade deficit to zero}},\n"
        '  titleaddon  = {In: {Ishiba wants "specific progress" in tariff talks with U.S.}},\n'
        "  institution = {{Kyodo News}},\n"
        "  date        = {2025-04},\n"
        "  urldate     = {2026-11-27},\n"
        "  langid      = {en},\n"
        "  note        = {kb event ev-wir57s3unfycfljb; status: active},\n"
        "}\n"
        "\n"
        "@article{ev-dkxvbcpsg7cwzprk,\n"
        "  author       = {{Kyodo News}},\n"
        '  title        = {{Ishiba wants "specific progress" in tariff talks with U.S.}},\n'
        "  journaltitle = {{Kyodo News}},\n"
        "  date         = {2025-04-18},\n"
        "  langid       = {en},\n"
        "  note         = {kb event ev-dkxvbcpsg7cwzprk},\n"
        "}\n"
    )


def test_cite_by_unique_prefix_and_several_at_once(seed, runner):
    result = cite(runner, ISHIBA_DIRECT[:7], AKAZAWA_DIRECT[:8].upper())
    assert result.exit_code == 0
    first, second = result.output.split("\n\n")
    assert first.endswith(f"Event {ISHIBA_DIRECT}.")
    assert second.endswith(f"Event {AKAZAWA_DIRECT}.\n")


def test_cite_refuses_an_ambiguous_prefix_listing_the_candidates(seed, runner):
    candidates = sorted(path.stem for path in seed.events_dir.glob("*/ev-d*.json"))
    assert SOURCE in candidates and 1 < len(candidates) <= 10
    result = cite(runner, "ev-d")
    assert result.exit_code == 1
    assert result.output == f"Error: ev-d is ambiguous: {', '.join(candidates)} — give more characters\n"


@pytest.mark.parametrize(
    "given, message",
    [
        ("ev-zzzzzzzzzzzzzzzz", "no event ev-zzzzzzzzzzzzzzzz in this knowledge base — `kb log` lists them"),
        ("Ishiba", "'ishiba' is not an event ID — IDs look like ev-abcdefghij234567 (a prefix will do)"),
        (ROLE, f"{ROLE} is a role, not a claim or a source — only those can be cited"),
    ],
)
def test_cite_refuses_what_cannot_be_cited(seed, runner, given, message):
    result = cite(runner, ISHIBA_DIRECT, given)
    assert result.exit_code == 1
    assert result.output == f"Error: {message}\n"


def test_cite_builds_kb_db_first_and_keeps_it_up_to_date(kb, small, runner):
    assert not kb.default_db.exists()
    assert cite(runner, small.statement).exit_code == 0
    assert kb.default_db.exists()
    added = runner.invoke(
        cli, ["add", "source", "--kind", "other", "--publisher", "P", "--title", "T"] + ["--published-at", "2025-05-02"]
    )
    new = added.output.strip()
    assert cite(runner, new).output == f"P, “T”, 2 May 2025. Event {new}.\n"
    other_db = kb.root / "other.db"
    assert cite(runner, new, "--db", str(other_db)).exit_code == 0
    assert other_db.exists()


# --- Retracted and corrected claims stay citable, and say so -----------------------------------


def test_a_retracted_claim_says_so_by_which_event_and_why(kb, small, runner):
    added = runner.invoke(
        cli, ["add", "retraction", "--target", small.statement, "--reason", "Kyodo withdrew the quote"]
    )
    retraction = added.output.strip()
    text = cite(runner, small.statement).output
    assert text.endswith(f"Retracted by {retraction}: Kyodo withdrew the quote. Event {small.statement}.\n")
    [item] = json.loads(cite(runner, small.statement, "--format", "csl-json").output)
    assert item["genre"].endswith(f", retracted, event {small.statement}: “We want a win-win deal”")
    assert item["status"] == "retracted" and "title" not in item
    assert item["note"].startswith(
        f"kb event {small.statement}; status: retracted; Retracted by {retraction}: Kyodo withdrew the quote\n"
    )
    assert "Retracted by" in cite(runner, small.statement, "--format", "markdown").output
    assert "pubstate    = {retracted}" in cite(runner, small.statement, "--format", "bibtex").output


def test_a_corrected_claim_and_its_correction_say_so(kb, small, runner):
    replacement = {
        "type": "meeting",
        "negotiation": "talks",
        "occurred_at": "2025-04-16",
        "place": "the White House",
        "participants": [{"entity": "akazawa", "side": "japan"}, {"entity": "trump", "side": "united-states"}],
        "summary": "Akazawa met Trump at the White House",
        "citations": [{"source": small.source, "excerpt": "Akazawa met U.S. President Donald Trump in Washington"}],
    }
    added = runner.invoke(
        cli,
        [
            "add",
            "correction",
            "--target",
            small.meeting,
            "--reason",
            "The meeting was at the White House",
            "--replacement",
            json.dumps(replacement),
        ],
    )
    assert added.exit_code == 0, added.output
    correction = added.output.strip()
    old = cite(runner, small.meeting).output
    assert old.startswith("Ryosei Akazawa (chief negotiator, Japan) and Donald Trump (United States), 16 April 2025")
    assert old.endswith(f"Corrected by {correction}: The meeting was at the White House. Event {small.meeting}.\n")
    new = cite(runner, correction).output
    assert "(meeting in the White House): Akazawa met Trump at the White House." in new
    assert new.endswith(f"This corrects {small.meeting}: The meeting was at the White House. Event {correction}.\n")
    [old_item, new_item] = json.loads(cite(runner, small.meeting, correction, "--format", "csl-json").output)
    assert old_item["genre"].endswith(f", corrected, event {small.meeting}: Akazawa met Trump in Washington")
    assert old_item["status"] == "corrected"
    assert f"Corrected by {correction}" in old_item["note"]
    assert new_item["genre"].endswith(": Akazawa met Trump at the White House") and "status" not in new_item
    assert f"This corrects {small.meeting}" in new_item["note"]


# --- kb bib ------------------------------------------------------------------------------------

REPORT = f"""# The first round

Prime Minister Ishiba asked for "specific progress" [@{ISHIBA_PARTIAL}], while his
negotiator said that "nothing is agreed until everything is agreed" [see @{AKAZAWA_DIRECT}, p. 1].
@{SURPLUS} puts Japan's surplus with the United States at about 9 trillion yen.

```
[@ev-notcitedinfence]
```

Neither is `[@ev-notcitedinspan]`, nor mail@ev-example.org.
"""


def test_cited_keys_reads_pandoc_citations_but_not_code():
    assert cited_keys(REPORT) == [ISHIBA_PARTIAL, AKAZAWA_DIRECT, SURPLUS]
    assert cited_keys("[@{ev-abc}; @smith2020; -@ev-def] @ev-abc.") == ["ev-abc", "ev-def"]


def test_bib_of_everything(seed, runner, clock):
    result = runner.invoke(cli, ["bib"])
    assert result.exit_code == 0
    items = json.loads(result.output)
    with citations_of(seed, clock) as citations:
        assert [item["id"] for item in items] == citations.citable()
    assert {SOURCE, ISHIBA_DIRECT, SURPLUS, MEETING} <= {item["id"] for item in items}
    assert ROLE not in {item["id"] for item in items}


def test_bib_cited_in_a_document(seed, runner, tmp_path):
    (tmp_path / "report.md").write_text(REPORT, encoding="utf-8")
    result = runner.invoke(cli, ["bib", "--cited-in", "report.md", "-o", "bib.json"])
    assert result.exit_code == 0, result.output
    items = json.loads((tmp_path / "bib.json").read_text(encoding="utf-8"))
    assert [item["id"] for item in items] == [ISHIBA_PARTIAL, SOURCE, AKAZAWA_DIRECT, SURPLUS, AP_SOURCE]


def test_bib_cited_in_refuses_a_key_not_in_the_knowledge_base(seed, runner, tmp_path):
    (tmp_path / "report.md").write_text(
        f"As reported [@{ISHIBA_PARTIAL}; @ev-aaaaaaaaaaaaaaaa] and @{ISHIBA_PARTIAL[:8]}.\n", encoding="utf-8"
    )
    result = runner.invoke(cli, ["bib", "--cited-in", "report.md", "-o", "bib.json"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: report.md cites ev-aaaaaaaaaaaaaaaa, {ISHIBA_PARTIAL[:8]}, not claims or sources of this knowledge "
        "base — check the key (a full event ID, as `kb cite` prints it)\n"
    )
    assert not (tmp_path / "bib.json").exists()


# --- kb cite --verify --------------------------------------------------------------------------


def test_verify_a_seed_statement(seed, runner):
    result = cite(runner, "--verify", ISHIBA_DIRECT[:8])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == ISHIBA_DIRECT
    assert lines[1] == (
        f"  holds         events/ah/{ISHIBA_DIRECT}.json: its content hashes to its ID and its file name"
    )
    assert lines[2] == f"  holds         source {SOURCE}: its content hashes to its ID and its file name"
    assert lines[3].startswith(f"  holds         the text of {SOURCE} (snapshots/")
    assert lines[4].startswith("  holds         excerpt '\"I instructed (Akazawa)")
    assert lines[5].startswith("  holds         the direct quote 'I instructed (Akazawa)")
    assert lines[6] == "OK: 5 checks hold"
    assert not seed.default_db.exists()  # checked from the files alone


def test_verify_fails_on_a_tampered_event(seed, runner):
    path = seed.path_for(ISHIBA_DIRECT)
    event = json.loads(path.read_text(encoding="utf-8"))
    event["text"] = event["text"].replace("specific progress", "rapid progress")
    path.write_text(json.dumps(event, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    result = cite(runner, "--verify", ISHIBA_DIRECT)
    assert result.exit_code == 1
    assert f"  FAILS         id '{ISHIBA_DIRECT}' does not match the content's hash" in result.output
    assert "  FAILS         the direct quote 'I instructed (Akazawa)" in result.output
    assert result.output.endswith("Error: 3 of 6 checks failed — see FAILS above\n")


def test_verify_fails_on_a_tampered_snapshot(seed, runner):
    snapshot = seed.snapshots_dir / KYODO_ARTICLE.name
    snapshot.write_text(snapshot.read_text(encoding="utf-8").replace("Ishiba told reporters", "he said"))
    result = cite(runner, "--verify", ISHIBA_DIRECT)
    assert result.exit_code == 1
    assert f"  FAILS         the text of {SOURCE} (snapshots/{snapshot.name}) matches its SHA-256" in result.output
    assert "  cannot check  excerpt" in result.output


def test_verify_says_when_the_text_is_not_held(seed, runner):
    for snapshot in seed.snapshots_dir.glob("*.txt"):
        snapshot.unlink()
    result = cite(runner, "--verify", ISHIBA_DIRECT)
    assert result.exit_code == 0
    assert "  cannot check  the text of" in result.output
    assert result.output.endswith("OK: 2 checks hold (3 could not be made here)\n")


# --- The real processors: citeproc-py and pandoc ------------------------------------------------


def citeproc_render(item: dict, style: CitationStylesStyle) -> tuple[str, str]:
    """(in-text citation, bibliography entry) of one CSL item, by citeproc-py."""
    bibliography = CitationStylesBibliography(style, CiteProcJSON([item]), formatter.plain)
    citation = Citation([CitationItem(item["id"])])
    bibliography.register(citation)
    warnings: list[str] = []
    cited = bibliography.cite(citation, warnings.append)
    [entry] = bibliography.bibliography()
    assert warnings == []
    return str(cited), str(entry)


@pytest.fixture(scope="module")
def chicago(tmp_path_factory) -> Path:
    """Chicago author-date, as pandoc ships it."""
    path = tmp_path_factory.mktemp("styles") / "chicago-author-date.csl"
    style = subprocess.run(["pandoc", "--print-default-data-file", "default.csl"], capture_output=True, check=True)
    path.write_bytes(style.stdout)
    return path


def test_citeproc_py_renders_the_seed_statements(seed, clock, chicago):
    with citations_of(seed, clock) as citations:
        items = citations.items(STATEMENTS)
    styles = {"harvard": CitationStylesStyle("harvard-cite-them-right", validate=False)}
    styles["chicago"] = CitationStylesStyle(str(chicago), validate=False)
    for name, style in styles.items():
        for item in items:
            if item["id"] not in STATEMENTS:
                continue
            cited, entry = citeproc_render(item, style)
            speaker = STATEMENTS[item["id"]]
            assert speaker in cited and "2025" in cited, (name, cited)
            assert entry.startswith(speaker), (name, entry)
            assert "2025" in entry and "Kyodo News" in entry, (name, entry)
    _, entry = citeproc_render(next(item for item in items if item["id"] == ISHIBA_DIRECT), styles["harvard"])
    assert entry == (
        'Ishiba, S. (2025) Ishiba wants "specific progress" in tariff talks with U.S. Direct quote, told reporters, '
        f"event {ISHIBA_DIRECT}: “I instructed (Akazawa) to accelerate preparations and coordination within the "
        "government so we can make specific progress in the next round of negotiations”. Kyodo News."
    )


def test_pandoc_citeproc_renders_a_report_citing_three_seed_events(seed, runner, tmp_path):
    (tmp_path / "report.md").write_text(REPORT, encoding="utf-8")
    assert runner.invoke(cli, ["bib", "--cited-in", "report.md", "-o", "bib.json"]).exit_code == 0
    result = subprocess.run(
        ["pandoc", "report.md", "--citeproc", "--bibliography", "bib.json", "-t", "plain", "--columns", "1000"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert result.stderr == ""  # no "[WARNING] Citeproc: citation ... not found"
    text = result.stdout
    assert "(Ishiba 2025)" in text
    assert "(see Akazawa 2025, 1)" in text
    assert "Government of Japan (2025) puts Japan’s surplus" in text
    references = text.partition("nor mail@ev-example.org.")[2].strip().split("\n\n")
    expected = [
        ("Akazawa, Ryosei. 2025.", "nothing is agreed until everything is agreed", AKAZAWA_DIRECT),
        ("Government of Japan. 2025.", "around 9 trillion yen", SURPLUS),
        ("Ishiba, Shigeru. 2025.", "specific progress” in bilateral tariff negotiations", ISHIBA_PARTIAL),
    ]
    assert len(references) == len(expected)
    for reference, (author, words, event_id) in zip(references, expected, strict=True):
        assert reference.startswith(author)
        assert words in reference and "Kyodo News" in reference and f"event {event_id}:" in reference


# --- Pieces ------------------------------------------------------------------------------------


def test_citations_read_a_datasette_style_connection_without_changing_it(seed, clock):
    db = build(seed, now=clock).db
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        conn.row_factory = sqlite3.Row
        citations = Citations(conn)
        assert citations.text(ISHIBA_DIRECT).endswith(f"Event {ISHIBA_DIRECT}.")
        assert "archive" not in citations.csl(ISHIBA_DIRECT)
        assert conn.row_factory is sqlite3.Row


def test_a_post_is_named_only_when_it_was_held_then(kb, small, runner):
    for title, start, end in [("vice minister", "2019", "2021-06"), ("trade envoy", "2025-04-10", None)]:
        options = ["--person", "akazawa", "--title", title, "--start", start] + (["--end", end] if end else [])
        assert runner.invoke(cli, ["add", "role", *options]).exit_code == 0
    text = cite(runner, small.statement).output
    assert text.startswith("Ryosei Akazawa (chief negotiator, Japan; trade envoy), 16 April 2025")


def test_person_names_split_for_csl():
    assert person_name("Shigeru Ishiba", ["Ishiba"]) == {"family": "Ishiba", "given": "Shigeru"}
    assert person_name("Xi Jinping", ["Xi"]) == {"family": "Xi", "given": "Jinping"}
    assert person_name("Ursula von der Leyen") == {
        "family": "Leyen",
        "non-dropping-particle": "von der",
        "given": "Ursula",
    }
    assert person_name("Martin Luther King Jr.") == {"family": "King", "given": "Martin Luther", "suffix": "Jr."}
    assert person_name("Lula") == {"literal": "Lula"}


def test_dates_as_precise_as_known():
    assert [human_date(d) for d in ("2025", "2025-04", "2025-04-08", "2025-04-08T09:30Z")] == [
        "2025",
        "April 2025",
        "8 April 2025",
        "8 April 2025, 09:30 UTC",
    ]
    assert [date_parts(d) for d in ("2025", "2025-04", "2025-04-08T09:30+09:00")] == [[2025], [2025, 4], [2025, 4, 8]]


def test_the_readme_example_is_real_output(seed, runner, tmp_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.partition("## Citing the knowledge base")[2].partition("\n## ")[0]
    report = section.partition("```markdown\n")[2].partition("```")[0]
    (tmp_path / "report.md").write_text(report, encoding="utf-8")
    assert cite(runner, "ev-pszj").output in section
    assert runner.invoke(cli, ["bib", "--cited-in", "report.md", "-o", "report.json"]).exit_code == 0
    rendered = subprocess.run(
        ["pandoc", "report.md", "--citeproc", "--bibliography", "report.json", "-t", "plain"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert " ".join(rendered.stdout.split()) in " ".join(section.split())
    assert f"$ kb cite --verify ev-pszj\n{cite(runner, '--verify', 'ev-pszj').output}" in section


# --- the outputs' registry ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_every_output_renders_claims_and_sources_with_their_ids_and_is_documented(seed, runner, name):
    result = cite(runner, ISHIBA_DIRECT, SOURCE, "--format", name)
    assert result.exit_code == 0, result.output
    assert ISHIBA_DIRECT in result.output and SOURCE in result.output
    citing = (REPO / "README.md").read_text(encoding="utf-8").split("## Citing the knowledge base", 1)[1]
    section = citing.split("\n## ", 1)[0]
    assert f"`{name}`" in section or f"`--format {name}`" in section, (
        f"README's 'Citing the knowledge base' does not name `{name}`"
    )
