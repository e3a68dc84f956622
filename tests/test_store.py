"""The store creates event files exclusively and atomically; the append catalog finds files
however they arrived; events are found by ID or unique prefix."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kb.errors import KbError
from kb.events.append import Appender
from kb.events.ids import event_id, file_bytes
from kb.events.query import find
from kb.events.store import KnowledgeBase, create_exclusively


def entity(clock, key: str = "japan", **more) -> dict:
    event = {"type": "entity", "schema_version": 1, "recorded_at": clock(), "key": key, "kind": "country"}
    event |= {"name": key.title(), "aliases": [], **more}
    return {**event, "id": event_id(event)}


def files_under(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


# --- exclusive, atomic creation -------------------------------------------------------------


def test_create_exclusively_never_overwrites(tmp_path):
    folder = tmp_path / "elsewhere"
    create_exclusively(folder / "file.json", b"first")
    with pytest.raises(FileExistsError):
        create_exclusively(folder / "file.json", b"second")
    assert (folder / "file.json").read_bytes() == b"first"
    assert files_under(folder) == ["file.json"]


def test_writing_an_existing_event_is_refused_and_keeps_the_old_bytes(kb, clock):
    event = entity(clock)
    path = kb.path_for(event["id"])
    path.parent.mkdir(parents=True)
    path.write_bytes(b"what was there before\n")
    with pytest.raises(KbError) as error:
        kb.write(event)
    assert str(error.value) == (
        f"event {event['id']} already exists at events/{event['id'][3:5]}/{event['id']}.json — nothing was written"
    )
    assert path.read_bytes() == b"what was there before\n"
    assert files_under(kb.events_dir) == [f"{event['id'][3:5]}/{event['id']}.json"]


def test_write_creates_the_file_of_an_event(kb, clock):
    event = entity(clock)
    path = kb.write(event)
    assert path == kb.events_dir / event["id"][3:5] / f"{event['id']}.json"
    assert path.read_bytes() == file_bytes(event)
    assert oct(path.stat().st_mode & 0o777) == "0o644"


@pytest.mark.parametrize("failing", ["write", "fsync", "link"])
def test_a_failed_write_leaves_no_partial_file_and_no_temporary_file(kb, clock, monkeypatch, failing):
    event = entity(clock)

    def fail(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(KbError) as error:
        kb.write(event)
    monkeypatch.undo()
    assert str(error.value) == (
        f"could not write events/{event['id'][3:5]}/{event['id']}.json: {os.strerror(errno.ENOSPC)}"
    )
    assert files_under(kb.events_dir) == []
    kb.write(event)  # and nothing stands in the way of writing it again
    assert files_under(kb.events_dir) == [f"{event['id'][3:5]}/{event['id']}.json"]


def test_a_write_cut_short_leaves_no_partial_file(kb, clock, monkeypatch):
    real_write = os.write
    event = entity(clock)

    def short_then_full(fd, data):
        if len(data) > 10:
            return real_write(fd, bytes(data[:10]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", short_then_full)
    with pytest.raises(KbError):
        kb.write(event)
    monkeypatch.undo()
    assert files_under(kb.events_dir) == []


def test_short_writes_are_completed(kb, clock, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    event = entity(clock)
    path = kb.write(event)
    monkeypatch.undo()
    assert path.read_bytes() == file_bytes(event)


def test_snapshots_are_stored_once_normalised(kb):
    sha = kb.store_snapshot("Cafe\u0301\r\nline two\r")
    assert kb.store_snapshot("Café\nline two\n") == sha
    assert kb.snapshot_path(sha).read_bytes() == "Café\nline two\n".encode()
    assert [path.name for path in kb.snapshots_dir.iterdir()] == [f"{sha}.txt"]


# --- reading --------------------------------------------------------------------------------


def test_paths_are_every_json_file_under_events_in_a_deterministic_order(kb, clock):
    events = [entity(clock, f"country-{number}") for number in range(30)]
    for event in reversed(events):
        kb.write(event)
    (kb.events_dir / "by-hand" / "deeper").mkdir(parents=True)
    for name in ("by-hand/deeper/b.json", "by-hand/a.json", "notes.txt", ".hidden.json"):
        (kb.events_dir / name).write_text("{}", encoding="utf-8")
    paths = [str(path.relative_to(kb.events_dir)) for path in kb.paths()]
    expected = [f"{event['id'][3:5]}/{event['id']}.json" for event in events]
    assert paths == sorted([*expected, "by-hand/a.json", "by-hand/deeper/b.json"])
    assert paths == [str(path.relative_to(kb.events_dir)) for path in kb.paths()]


# --- the catalog finds files however they arrived ------------------------------------------


def make_old(kb: KnowledgeBase) -> None:
    """Every folder of events/ last changed an hour ago, so that the catalog trusts its cache."""
    for folder in [kb.events_dir, *(path for path in kb.events_dir.rglob("*") if path.is_dir())]:
        old = folder.stat().st_mtime - 3600
        os.utime(folder, (old, old))


def speaker_payload(small, speaker: str) -> dict:
    return {
        "type": "statement",
        "negotiation": "talks",
        "occurred_at": "2025-04-16",
        "speaker": speaker,
        "attribution": "reported",
        "text": "Bessent spoke",
        "citations": [{"source": small.source, "excerpt": "win-win deal"}],
    }


def test_a_file_added_by_hand_is_found_by_the_next_append(kb, small, clock):
    make_old(kb)
    appender = Appender(kb, clock)  # its catalog now trusts the folders' times
    with pytest.raises(KbError, match="unknown entity 'bessent'"):
        appender.prepare(speaker_payload(small, "bessent"))
    kb.write(entity(clock, "scott-bessent", kind="person", aliases=["Bessent"]))  # by hand: no catalog
    [path] = appender.append([speaker_payload(small, "bessent")])
    assert kb.read(path)["speaker"] == "scott-bessent"


def test_a_file_in_a_new_folder_is_found(kb, small, clock):
    make_old(kb)
    appender = Appender(kb, clock)
    event = entity(clock, "scott-bessent", kind="person", aliases=["Bessent"])
    (kb.events_dir / "from-a-branch").mkdir()
    (kb.events_dir / "from-a-branch" / f"{event['id']}.json").write_bytes(file_bytes(event))
    [path] = appender.append([speaker_payload(small, "Bessent")])
    assert kb.read(path)["speaker"] == "scott-bessent"
    assert find(kb, event["id"][:8]) == event


def test_a_file_added_by_another_process_is_found(kb, small, clock):
    make_old(kb)
    appender = Appender(kb, clock)
    kb_script = Path(sys.executable).with_name("kb")
    result = subprocess.run(
        [kb_script, "add", "entity", "--key", "scott-bessent", "--kind", "person", "--name", "Scott Bessent"],
        env={**os.environ, "KB_DIR": str(kb.root)},
        capture_output=True,
        text=True,
        check=True,
    )
    [path] = appender.append([speaker_payload(small, "Scott Bessent")])
    assert kb.read(path)["speaker"] == "scott-bessent"
    assert find(kb, result.stdout.strip())["key"] == "scott-bessent"


def test_a_file_removed_by_hand_is_forgotten(kb, small, clock):
    make_old(kb)
    appender = Appender(kb, clock)
    kb.path_for(small.donald_trump).unlink()  # say, a branch switched away from
    with pytest.raises(KbError, match="unknown entity 'trump'"):
        appender.append([speaker_payload(small, "trump")])
    with pytest.raises(KbError, match="no event"):
        find(kb, small.donald_trump)


# --- finding by ID or prefix ----------------------------------------------------------------


def test_find_by_full_id_and_by_prefix(kb, small):
    event = kb.read(kb.path_for(small.meeting))
    assert find(kb, small.meeting) == event
    assert find(kb, small.meeting[:6]) == event
    assert find(kb, f"  {small.meeting[:9].upper()} ") == event


def test_find_refuses_what_is_not_one_event(kb, small):
    with pytest.raises(KbError, match=r"^no event ev-2222222222222222 in this knowledge base"):
        find(kb, "ev-2222222222222222")
    for bad in ["../x", "/etc/passwd", "ev-", "ev-0000", "ev-abcdefghij2345678", "", "ev-a*"]:
        with pytest.raises(KbError, match="is not an event ID"):
            find(kb, bad)


def test_a_source_whose_event_cannot_be_written_leaves_no_snapshot(kb, clock, monkeypatch):
    from kb.errors import KbError
    from kb.events.append import Appender
    from kb.events.store import KnowledgeBase

    def full_disk(self, event):
        raise KbError("could not write: No space left on device")

    monkeypatch.setattr(KnowledgeBase, "write", full_disk)
    payload = {"type": "source", "kind": "article", "publisher": "P", "title": "T", "published_at": "2025"}
    with pytest.raises(KbError, match="No space left"):
        Appender(kb, clock).add(payload, text="A text never seen before.\n")
    assert list(kb.snapshots_dir.iterdir()) == []
