"""Tampering: `kb verify` names every event file edited, renamed or added by hand; `kb verify
--since REV` also names every one modified or deleted in git since REV (the append-only rule,
for reviewing a pull request). See also tests/test_verify_since.py."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, tree_bytes

from kb.builder.build import build
from kb.cli import cli, utc_now
from kb.events.ids import event_id, file_bytes
from kb.events.store import KnowledgeBase


def verify(runner, *args: str) -> list[str]:
    """The problems kb verify names (it must find some)."""
    result = runner.invoke(cli, ["verify", *args])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result.output.splitlines()[:-1]


def where(kb: KnowledgeBase, path: Path) -> str:
    return str(path.relative_to(kb.root))


def git(root: Path, *args: str) -> str:
    who = ["-c", "user.name=t", "-c", "user.email=t@example.org"]
    return subprocess.run(["git", "-C", str(root), *who, *args], check=True, capture_output=True, text=True).stdout


def commit_all(root: Path, message: str = "kb") -> None:
    git(root, "add", "-A")
    git(root, "commit", "-qm", message)


def test_an_edited_file_is_named(kb, small, runner):
    path = kb.path_for(small.statement)
    event = json.loads(path.read_text())
    path.write_bytes(file_bytes({**event, "text": "We want a better deal"}))

    problems = verify(runner)

    assert problems[0].startswith(f"{where(kb, path)}: id '{small.statement}' does not match the content's hash")
    assert "the direct quote 'We want a better deal' is not in the cited sources' texts" in problems[-1]


def test_an_edited_file_with_its_id_recomputed_is_named_by_its_name(kb, small, runner):
    path = kb.path_for(small.statement)
    event = json.loads(path.read_text())
    edited = {**event, "text": "We want a better deal"}
    edited["id"] = event_id(edited)
    path.write_bytes(file_bytes(edited))

    problems = verify(runner)

    assert f"{where(kb, path)}: the file name does not match the content's hash {edited['id']}" in problems


@pytest.mark.parametrize("new_name", ["ev-zzzzzzzzzzzzzzzz.json", "{id}.json.bak", "{id}.txt", ".{id}.json", "{id}"])
def test_a_renamed_file_is_named(kb, small, runner, new_name):
    path = kb.path_for(small.meeting)
    renamed = path.with_name(new_name.format(id=small.meeting))
    path.rename(renamed)

    problems = verify(runner)

    assert any(problem.startswith(f"{where(kb, renamed)}: ") for problem in problems), problems


def test_a_file_moved_to_another_folder_is_still_the_event(kb, small, runner):
    """Readers take every *.json under events/, whatever the folder (DESIGN.md)."""
    path = kb.path_for(small.meeting)
    path.rename(kb.events_dir / path.name)
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 0, result.output


def test_files_added_by_hand_are_named(kb, small, runner):
    statement = json.loads(kb.path_for(small.statement).read_text())
    made_up = {**statement, "text": "We will never agree", "id": "ev-aaaaaaaaaaaaaaaa"}
    valid_but_dangling = {**statement, "speaker": "nobody-known", "recorded_at": "2025-05-02T00:00:00.000000Z"}
    valid_but_dangling["id"] = event_id(valid_but_dangling)
    copy = kb.events_dir / "zz" / f"{small.statement}.json"
    files = {
        kb.events_dir / "aa" / "ev-aaaaaaaaaaaaaaaa.json": file_bytes(made_up),
        kb.path_for(valid_but_dangling["id"]): file_bytes(valid_but_dangling),
        kb.events_dir / "bb" / "ev-bbbbbbbbbbbbbbbb.json": b"not JSON at all\n",
        kb.events_dir / "cc" / "ev-cccccccccccccccc.json": b'{"type": "entity"}',
        kb.events_dir / "dd" / "ev-dddddddddddddddd.json": b"[" * 500 + b"]" * 500,
        kb.events_dir / "notes.md": b"# my notes\n",
        copy: kb.path_for(small.statement).read_bytes(),
    }
    for path, data in files.items():
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)

    problems = verify(runner)

    for path in files:
        assert any(problem.startswith(f"{where(kb, path)}: ") for problem in problems), (path, problems)
    assert f"{where(kb, copy)}: the same event as {where(kb, kb.path_for(small.statement))}" in "\n".join(problems)


def test_a_huge_file_added_by_hand_is_named_without_reading_it_all(kb, small, runner):
    path = kb.events_dir / "hu" / "ev-huuuuuuuuuuuuuuu.json"
    path.parent.mkdir()
    with open(path, "wb") as handle:
        handle.seek(2**31)
        handle.write(b"}")

    [problem] = verify(runner)

    assert problem.startswith(f"{where(kb, path)}: larger than")


def test_a_build_refuses_a_tampered_file_and_keeps_the_old_database(kb, small, runner):
    build(kb, now=utc_now)
    before = kb.default_db.read_bytes()
    path = kb.path_for(small.statement)
    path.write_bytes(path.read_bytes().replace(b"win-win", b"one-sided"))

    result = runner.invoke(cli, ["build", "--full"])

    assert result.exit_code == 1, result.output
    assert f"{where(kb, path)}: its content's hash is" in result.output
    assert kb.default_db.read_bytes() == before
    assert not list(kb.root.glob("kb.db-*"))


def test_stray_temporary_files_are_named(kb, small, runner):
    """One left by a process that is gone (an append killed midway) is named and removed, and
    verify passes; one of a process still running (an append under way), or named like one but
    not as kb names them, is named, and verify fails."""
    gone = subprocess.Popen(["true"])
    gone.wait()  # its process ID is no longer in use
    left = [
        kb.events_dir / "ab" / f".tmp-{small.statement}.json.{gone.pid}.00ff00ff",
        kb.snapshots_dir / f".tmp-{'0' * 64}.txt.{gone.pid}.00ff00ff",
    ]
    for path in left:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b'{"partial')
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:-1] == [
        f"{where(kb, path)}: temporary file left by an interrupted append (process {gone.pid} is gone): removed"
        for path in left
    ]
    assert not any(path.exists() for path in left)

    running = kb.events_dir / "ab" / f".tmp-{small.statement}.json.{os.getpid()}.00ff00ff"
    odd = kb.events_dir / "ab" / f".tmp-{small.statement}.json"
    for path in (running, odd):
        path.write_bytes(b'{"partial')
    assert verify(runner) == [
        f"{where(kb, odd)}: not a temporary file kb makes, though named like one — move it out",
        f"{where(kb, running)}: temporary file of process {os.getpid()}, still running (an append?) — "
        "verify again when done",
    ]
    assert running.exists() and odd.exists()


# --- kb verify --since ----------------------------------------------------------------------


@pytest.fixture
def published(tmp_path) -> KnowledgeBase:
    """A clone of a repository holding a copy of this project's own knowledge base, as a
    reviewer would check out a pull request."""
    origin = tmp_path / "origin"
    origin.mkdir()
    for name in ("events", "snapshots"):
        shutil.copytree(REPO / name, origin / name)
    git(origin, "init", "-q")
    commit_all(origin)
    git(tmp_path, "clone", "-q", str(origin), "clone")
    return KnowledgeBase(tmp_path / "clone")


def test_a_copy_of_the_repo_with_one_event_edited_one_deleted_and_one_added_by_hand(published, runner, monkeypatch):
    monkeypatch.setenv("KB_DIR", str(published.root))
    edited, deleted = sorted(published.paths())[:2]
    edited.write_bytes(edited.read_bytes().replace(b'"recorded_at": "2', b'"recorded_at": "1'))
    deleted.unlink()
    added = published.events_dir / "zz" / "ev-zzzzzzzzzzzzzzzz.json"
    added.parent.mkdir(exist_ok=True)
    added.write_bytes(json.dumps({"type": "entity", "key": "x", "kind": "person", "name": "X"}).encode())
    commit_all(published.root, "An innocent-looking pull request")

    problems = verify(runner, "--since", "origin/HEAD")

    assert f"{where(published, edited)}: modified since origin/HEAD" in "\n".join(problems)
    assert f"{where(published, deleted)}: deleted since origin/HEAD" in "\n".join(problems)
    assert any(problem.startswith(f"{where(published, added)}: ") for problem in problems)


def test_since_names_a_file_renamed_in_git_as_deleted(published, runner, monkeypatch):
    monkeypatch.setenv("KB_DIR", str(published.root))
    path = sorted(published.paths())[0]
    git(published.root, "mv", str(path), str(path.with_suffix(".json.old")))
    commit_all(published.root)

    problems = verify(runner, "--since", "origin/HEAD")

    assert f"{where(published, path)}: deleted since origin/HEAD" in "\n".join(problems)


def test_since_a_revision_that_git_would_take_for_an_option_is_refused(published, runner, monkeypatch):
    """`--since --output=FILE` made git write its diff to FILE, and kb verify found nothing."""
    monkeypatch.setenv("KB_DIR", str(published.root))
    sorted(published.paths())[0].unlink()
    before = tree_bytes(published.root.parent)

    result = runner.invoke(cli, ["verify", "--since", f"--output={published.root.parent / 'diff'}"])

    assert result.exit_code == 1, result.output
    assert "--since --output=" in result.output and "not a revision" in result.output
    assert tree_bytes(published.root.parent) == before


def test_since_works_for_a_knowledge_base_in_a_folder_of_the_repository(tmp_path, small, kb, runner):
    """kb init inside an existing project: git names files from the repository's top."""
    git(tmp_path, "init", "-q")
    commit_all(tmp_path)
    edited, reformatted = kb.path_for(small.statement), kb.path_for(small.data_point)
    edited.write_bytes(edited.read_bytes().replace(b"win-win", b"one-sided"))
    reformatted.write_text(json.dumps(json.loads(reformatted.read_text()), indent=4))  # the same event

    problems = verify(runner, "--since", "HEAD")

    assert f"{where(kb, edited)}: modified since HEAD" in "\n".join(problems)
    assert not any(where(kb, reformatted) in problem for problem in problems), problems
