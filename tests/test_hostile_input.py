"""Hostile input, the fixed cases, through the real `kb` in a subprocess: each is refused with a
clear message (exit status 1 or 2, no traceback), in bounded memory and time, with nothing written.

Memory is the subprocess's own peak resident set; `kb --help` alone takes about 40 MB.
"""

from __future__ import annotations

import hashlib
import json

import pytest
from conftest import make_event, tree_bytes
from hypothesis import given, settings
from hypothesis import strategies as st
from kbproc import run_kb

from kb.cli import MAX_IMPORT_LINE, MAX_SNAPSHOT_BYTES, cli
from kb.events.ids import file_bytes
from kb.events.store import MAX_DEPTH, normalise_text, normalised_snapshot

MB = 1024 * 1024
SOURCE = ["add", "source", "--kind", "article", "--publisher", "Kyodo", "--title", "T", "--published-at", "2025-04"]


def refused(kb, args, words, stdin=None, code=1, peak_mb=120, seconds=30):
    before = tree_bytes(kb.root)
    run = run_kb(args, stdin=stdin)
    assert run.code == code, run.output
    assert "Traceback" not in run.output
    for word in words:
        assert word in run.output
    assert run.peak_mb < peak_mb, f"{run.peak_mb:.0f} MB"
    assert run.seconds < seconds
    assert tree_bytes(kb.root) == before
    return run


@pytest.fixture
def huge_line(tmp_path):
    """A JSON object of 100 MB on one line."""
    path = tmp_path / "huge.jsonl"
    with open(path, "wb") as handle:
        handle.write(b'{"type": "entity", "key": "x", "kind": "person", "name": "')
        handle.write(b"a" * (100 * MB))
        handle.write(b'"}\n')
    yield path
    path.unlink()


def test_a_100_mb_json_line_given_to_import(kb, huge_line):
    words = [f"line 1: longer than {MAX_IMPORT_LINE} bytes"]
    refused(kb, ["import", str(huge_line)], words)
    refused(kb, ["import", "-"], words, stdin=huge_line)


def test_a_100_mb_payload_given_to_add_json(kb, huge_line):
    refused(kb, ["add", "entity", "--json", str(huge_line)], ["huge.jsonl: larger than"])
    refused(kb, ["add", "entity", "--json", "-"], ["larger than"], stdin=huge_line)


def test_an_import_file_of_a_hundred_and_fifty_1_mb_lines_is_not_held_in_memory(kb, tmp_path):
    path = tmp_path / "many.jsonl"
    line = json.dumps(
        {"type": "entity", "key": "x", "kind": "person", "name": "é" * (MAX_IMPORT_LINE // 2 - 40)}, ensure_ascii=False
    )
    path.write_bytes((line + "\n").encode() * 150)
    refused(kb, ["import", str(path)], ["line 1: invalid entity: name"], peak_mb=80)
    path.unlink()


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 500, 100_000])
def test_json_nested_deeply(kb, tmp_path, depth):
    nested = '{"type": "entity", "key": "x", "kind": "person", "name": "n", "aliases": ' + "[" * depth + "]" * depth
    path = tmp_path / "nested.json"
    path.write_text(nested + "}\n")
    refused(kb, ["import", str(path)], ["line 1: JSON nested"])
    refused(kb, ["add", "entity", "--json", str(path)], ["nested.json: JSON nested"])


def test_a_deeply_nested_option_value(kb, runner, small):
    before = tree_bytes(kb.root)
    term = '{"key": ' * 500 + '"x"' + "}" * 500
    result = runner.invoke(cli, ["add", "agreement", "--term", term])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"--term: nested more than {MAX_DEPTH} levels deep" in result.output
    assert tree_bytes(kb.root) == before


def test_invalid_utf_8_in_files(kb, tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"type": "entity", "key": "x", "kind": "person", "name": "Société"}\n'.encode("latin-1"))
    refused(kb, ["import", str(path)], ["line 1: not UTF-8 (byte 62)"])
    refused(kb, ["add", "entity", "--json", str(path)], ["latin1.json: not UTF-8 (byte 62)"])
    text = tmp_path / "article.txt"
    text.write_bytes(b"Akazawa said\r\n\xff\xfe")
    refused(kb, [*SOURCE, "--text-file", str(text)], ["article.txt: not UTF-8 (byte 14)"])


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f"])
def test_a_text_holding_a_control_character_no_event_may_hold(kb, tmp_path, character):
    """A NUL (or any control character but tab and newline) in a source's text could never be
    quoted by an event: the text is refused, by kb add source and by kb draft's preview alike,
    rather than stored and drafted into quotes that kb import refuses."""
    text = tmp_path / "article.txt"
    text.write_bytes(f'Akazawa said\r\nthe talks\twent well.\n\n"We want{character} a deal," he said.\n'.encode())
    words = [f"article.txt: line 4 holds the control character U+{ord(character):04X}", "tr -d"]
    refused(kb, [*SOURCE, "--text-file", str(text)], words)
    refused(kb, ["draft", "--text-file", str(text), "--published-at", "2025-04-18"], words)


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x7f"])
@pytest.mark.parametrize("lines_before", [2, 300_000])  # the second puts it past the first megabyte read
def test_a_snapshot_an_older_kb_stored_with_a_control_character_fails_verify(kb, runner, character, lines_before):
    """kb refuses such a text now (above), but an older kb stored it as it came: kb verify names
    the file, the line and the character, and says what to do."""
    data = ("Akazawa said\n" * lines_before + f'"We want{character} a deal," he said.\n').encode()
    sha = hashlib.sha256(data).hexdigest()
    kb.snapshots_dir.mkdir(exist_ok=True)
    (kb.snapshots_dir / f"{sha}.txt").write_bytes(data)  # as an older kb wrote it: no check of its characters
    source = make_event(
        {"type": "source", "kind": "article", "publisher": "Kyodo", "title": "T", "published_at": "2025-04",
         "text_sha256": sha},
        "2025-05-02T00:00:00.000000Z",
    )  # fmt: skip
    kb.path_for(source["id"]).parent.mkdir(exist_ok=True)
    kb.path_for(source["id"]).write_bytes(file_bytes(source))
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 1
    assert (
        f"snapshots/{sha}.txt: line {lines_before + 1} holds the control character U+{ord(character):04X}, which no "
        "event may hold (an older kb stored it; kb refuses such a text now)"
    ) in result.output
    assert f"tr -d '\\000-\\010\\013\\014\\016-\\037\\177' < snapshots/{sha}.txt > clean.txt" in result.output
    assert "kb add source … --text-file clean.txt, and cite that source" in result.output
    assert "Traceback" not in result.output
    (kb.snapshots_dir / f"{sha}.txt").unlink()  # without it, verify names only the missing text
    assert "control character" not in runner.invoke(cli, ["verify"]).output


def test_invalid_utf_8_on_the_command_line(kb, small):
    """Python gives bytes that are not UTF-8 in argv as lone surrogates."""
    refused(
        kb, ["add", "entity", "--key", "x", "--kind", "person", "--name", b"Soci\xe9t\xe9"], ["name: not valid text"]
    )
    refused(kb, ["add", "role", "--person", b"\xff", "--title", "minister"], ["person: not valid text"])
    refused(kb, ["show", b"ev-\xff"], ["is not an event ID"])


@pytest.mark.parametrize(
    "given", ["../../etc/passwd", "/etc/passwd", "ev-../../../etc/passwd", "ev-aaaa/../../kb.db", "ev-a\x00", ""]
)
def test_ids_that_are_paths(kb, runner, small, given):
    before = tree_bytes(kb.root)
    for args in (
        ["show", given],
        ["retract", given, "--reason", "r"],
        ["corroborate", small.meeting, "--source", given, "--excerpt", "Akazawa"],
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code == 1, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "is not an event ID" in result.output or "citations.0.source" in result.output
        assert "root:" not in result.output
    assert tree_bytes(kb.root) == before


# Types that name a module, a path or a part of one: kb imports only kb/kinds/<type>.py, for a type that
# is one of its files' names (kb.model.kind.kind_named), and refuses the others, importing nothing.
TYPES_THAT_ARE_PATHS = ["__init__", "__main__", "os", "../statement", "statement.py", "kb.kinds.statement", "Statement"]


@pytest.mark.parametrize("type_", [*TYPES_THAT_ARE_PATHS, "statement\x00"])
def test_event_types_that_are_module_names_or_paths(kb, tmp_path, type_):
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"type": type_, "key": "japan", "kind": "country", "name": "Japan"}) + "\n")
    refused(kb, ["import", str(lines)], ["line 1", f"unknown event type {type_!r}"])
    refused(kb, ["add", "entity", "--json", str(lines)], [f"the payload's type is {type_!r}, not entity"])


def test_a_very_long_id(kb, small):
    refused(kb, ["show", "ev-" + "a" * 100_000], ["is not an event ID"])


def test_a_snapshot_of_several_hundred_mb(kb, tmp_path):
    path = tmp_path / "dump.txt"
    with open(path, "wb") as handle:  # sparse: fast to make, 600 MB to read
        handle.write(b"Akazawa met Trump.\n")
        handle.seek(600 * MB)
        handle.write(b"\n")
    refused(kb, [*SOURCE, "--text-file", str(path)], ["dump.txt: larger than 20 MB"], peak_mb=100, seconds=10)
    path.unlink()


def test_the_largest_snapshot_accepted_takes_bounded_memory(kb, tmp_path):
    """The worst text under the limit: ASCII, whose every copy in Python takes four bytes a
    character once it holds one emoji, with CRLF line ends and combining accents to normalise."""
    path = tmp_path / "article.txt"
    line = "Akazawa said the cafe\u0301 was closed.\r\n".encode()
    path.write_bytes("😀".encode() + line * ((MAX_SNAPSHOT_BYTES - 4) // len(line)))
    run = run_kb([*SOURCE, "--text-file", str(path)])
    assert run.code == 0, run.output
    assert run.peak_mb < 300, f"{run.peak_mb:.0f} MB"
    [snapshot] = kb.snapshots_dir.iterdir()
    assert snapshot.read_bytes().startswith("😀Akazawa said the café was closed.\nAkazawa".encode())
    path.unlink()


@settings(max_examples=max(200, settings().max_examples))
@given(
    text=st.lists(
        st.sampled_from(["a", " ", "\n", "\r", "\r\n", "e", "\u0301", "\u0327", "é", "😀", "한", "\u11a8", "\u1100"])
    ).map("".join),
    piece=st.integers(1, 8),
)
def test_a_snapshot_normalised_in_pieces_is_the_snapshot_normalised_whole(text, piece):
    data = text.encode("utf-8")
    assert normalised_snapshot(data, "x", piece=piece) == normalise_text(text).encode("utf-8")
