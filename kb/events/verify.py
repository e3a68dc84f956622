"""Checking a knowledge base: every file, every reference, every quote, every snapshot."""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.errors import KbError
from kb.events import models
from kb.events.ids import canonical_bytes, event_id
from kb.events.models import validate
from kb.events.safefile import display, odd_entries
from kb.events.snapshots import control_character, snapshot_problem
from kb.events.store import TEMP_PREFIX, KnowledgeBase, parse_json_object, process_alive, temporary_file_writer
from kb.kinds.source import texts_of
from kb.model.kind import CLAIM_OR_CORROBORATION
from kb.model.quotes import found_in


@dataclass(frozen=True)
class Problem:
    where: str
    message: str
    cleared: bool = False  # found and put right by verify itself: named, not a failure

    def __str__(self) -> str:
        return f"{display(self.where)}: {self.message}"


def check_file(kb: KnowledgeBase, path: Path) -> tuple[dict[str, Any] | None, list[Problem]]:
    """An event file on its own: readable, valid, and named and identified by its content's hash."""
    where = kb.relative(path)
    try:
        event = kb.read(path)
    except KbError as error:
        return None, [Problem(where, str(error).removeprefix(f"{where}: "))]
    problems = []
    try:
        computed = event_id(event)
    except KbError as error:
        return None, [Problem(where, str(error))]
    if event.get("id") != computed:
        problems.append(
            Problem(where, f"id {event.get('id')!r} does not match the content's hash {computed} — the file was edited")
        )
    if path.name != f"{computed}.json":
        problems.append(Problem(where, f"the file name does not match the content's hash {computed}"))
    try:
        validate(event)
    except KbError as error:
        problems.append(Problem(where, str(error)))
        return None, problems
    return event, problems


@dataclass
class Index:
    """What cross-checks need to know of every event, kept small."""

    types: dict[str, str] = field(default_factory=dict)
    claim_kinds: dict[str, str | None] = field(default_factory=dict)
    snapshots: dict[str, list[str]] = field(default_factory=dict)  # a source's texts' SHA-256s
    keys: Counter[str] = field(default_factory=Counter)


def verify(kb: KnowledgeBase) -> Iterator[Problem]:
    """Every problem in the knowledge base, file by file, then across files."""
    index = Index()
    pending: list[tuple[str, dict[str, Any]]] = []
    files: dict[str, str] = {}
    for path in kb.paths():
        event, problems = check_file(kb, path)
        yield from problems
        if event is None:
            continue
        where = kb.relative(path)
        if event["id"] in files:
            yield Problem(where, f"the same event as {files[event['id']]} — an event has one file: delete this copy")
            continue
        files[event["id"]] = where
        index.types[event["id"]] = event["type"]
        index.claim_kinds[event["id"]] = models.claim_kind(event)
        if event["type"] == "source":
            index.snapshots[event["id"]] = texts_of(event)
        if event["type"] == "entity":
            index.keys[event["key"]] += 1
        pending.append((where, references(event)))
    yield from stray_files(kb)
    for key, count in index.keys.items():
        if count > 1:
            yield Problem("events/", f"entity key {key!r} is defined by {count} entity events — keys must be unique")
    texts = _SnapshotTexts(kb)
    for where, refs in pending:
        yield from check_references(where, refs, index, texts)
    yield from texts.problems(index)


def stray_files(kb: KnowledgeBase) -> Iterator[Problem]:
    """Files that readers skip: temporary files of interrupted appends (in events/ and
    snapshots/), and anything else under events/, such as an event file renamed by hand."""
    odd = set()
    for top in (kb.events_dir, kb.snapshots_dir):
        for path, what in odd_entries(top):
            odd.add(path)
            if not (top == kb.events_dir and _read_as_event(path)):  # check_file names those
                yield Problem(kb.relative(path), what)
    for top in (kb.events_dir, kb.snapshots_dir):
        for folder, subfolders, names in os.walk(top):
            subfolders.sort()
            for name in sorted(names):
                where = kb.relative(Path(folder) / name)
                if Path(folder) / name in odd:
                    continue
                if name.startswith(TEMP_PREFIX):
                    yield _temporary_file(Path(folder) / name, where)
                elif top == kb.events_dir and (name.startswith(".") or not name.endswith(".json")):
                    yield Problem(
                        where, "not an event file (they are named <id>.json), so kb ignores it — move it out of events/"
                    )


def _temporary_file(path: Path, where: str) -> Problem:
    """A temporary file of create_exclusively: removed if the process that wrote it is gone
    (an append or import killed before it could take it back: no event is in it, and none
    refers to it), else named."""
    pid = temporary_file_writer(path.name)
    if pid is None:
        return Problem(where, "not a temporary file kb makes, though named like one — move it out")
    if process_alive(pid):
        return Problem(where, f"temporary file of process {pid}, still running (an append?) — verify again when done")
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        return Problem(
            where, f"temporary file left by an interrupted append; cannot remove it ({error.strerror}) — delete it"
        )
    return Problem(
        where, f"temporary file left by an interrupted append (process {pid} is gone): removed", cleared=True
    )


def _read_as_event(path: Path) -> bool:
    """Whether KnowledgeBase.files lists this path, so check_file names it."""
    if path.is_dir():  # a folder named like an event file, or a link to a folder
        return path.name.endswith(".json") or path.is_symlink()
    return path.name.endswith(".json") and not path.name.startswith(".")


def references(event: dict[str, Any]) -> dict[str, Any]:
    event = models.upgraded(event)  # an earlier version's file is checked as it reads now
    body = event.get("replacement", event)
    return {
        "entities": [(path, holder[name]) for path, holder, name in models.entity_slots(event)],
        "citations": [(c["source"], c["excerpt"]) for c in body.get("citations", [])],
        "words": models.words_to_check(body),
        "targets": models.claim_targets(event),
    }


class _SnapshotTexts:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.cache: dict[str, str | None] = {}

    def get(self, sha: str | None) -> str | None:
        if sha is None:
            return None
        if sha not in self.cache:
            self.cache[sha] = self.kb.snapshot_text(sha)
        return self.cache[sha]

    def problems(self, index: Index) -> Iterator[Problem]:
        for source_id, shas in sorted(index.snapshots.items()):
            for sha in shas:
                if not self.kb.snapshot_path(sha).exists():
                    yield Problem(source_id, f"snapshot snapshots/{sha}.txt is missing — add the source's text")
        for path in snapshot_files(self.kb):
            problem = snapshot_problem(path, path.stem) or _control_character_problem(self.kb, path)
            if problem:
                yield Problem(self.kb.relative(path), problem)


def _control_character_problem(kb: KnowledgeBase, path: Path) -> str | None:
    """A snapshot an older kb stored holding a character no event may hold: the words around it
    can never be quoted, and a draft of its source would propose quotes `kb import` refuses."""
    try:
        found = control_character(path)
    except OSError:
        return None  # named by snapshot_problem, which read it a moment ago
    if found is None:
        return None
    line, character = found
    return (
        f"line {line} holds the control character U+{ord(character):04X}, which no event may hold (an older kb "
        "stored it; kb refuses such a text now), so no quote of the words around it can be recorded and a draft "
        "of its source would propose quotes kb import refuses — the file cannot be changed (its name is its "
        "hash), so add its text again as a new source without such characters: "
        f"tr -d '\\000-\\010\\013\\014\\016-\\037\\177' < {kb.relative(path)} > clean.txt, then "
        "kb add source … --text-file clean.txt, and cite that source"
    )


def snapshot_files(kb: KnowledgeBase) -> list[Path]:
    """The regular files named *.txt in snapshots/ (the others are named by stray_files)."""
    try:
        with os.scandir(kb.snapshots_dir) as listing:
            return sorted(
                Path(entry.path)
                for entry in listing
                if entry.name.endswith(".txt") and entry.is_file(follow_symlinks=False)
            )
    except OSError:
        return []


def check_references(where: str, refs: dict[str, Any], index: Index, texts: _SnapshotTexts) -> Iterator[Problem]:
    for path, key in refs["entities"]:
        if key not in index.keys:
            yield Problem(where, f"{path}: no entity with key {key!r} (dangling reference)")
    held = []
    for source, excerpt in refs["citations"]:
        if index.types.get(source) != "source":
            yield Problem(where, f"cites {source}, which is not a source in this knowledge base (dangling reference)")
            continue
        found = [text for text in map(texts.get, index.snapshots.get(source, [])) if text is not None]
        held += found
        if found and not any(found_in(excerpt, text) for text in found):
            yield Problem(where, f"excerpt {excerpt[:60]!r} is not in the text of source {source}")
    for what, words in refs["words"]:
        if held and not any(found_in(words, text) for text in held):
            yield Problem(where, f"{what} {words[:60]!r} is not in the cited sources' texts")
    for path, target, kind in refs["targets"]:
        actual = index.claim_kinds.get(target)
        if kind == CLAIM_OR_CORROBORATION and index.types.get(target) == "corroboration":
            continue
        if actual is None:
            yield Problem(where, f"{path}: {target} is not a claim in this knowledge base (dangling reference)")
        elif kind and kind != CLAIM_OR_CORROBORATION and actual != kind:
            yield Problem(where, f"{path}: {target} is a {actual}, not a {kind}")


def changed_since(kb: KnowledgeBase, revision: str) -> Iterator[Problem]:
    """Event files modified or deleted since a git revision: the append-only rule, for review.

    Paths are relative to the knowledge base, which may be any folder of the repository."""
    if revision.startswith("-"):
        # git would take it for an option (--output=FILE writes a file, and hides every change).
        raise KbError(f"--since {revision}: not a revision — give a commit of this repository, such as origin/main")
    try:
        result = subprocess.run(
            ["git", "-C", str(kb.root), "diff", "--no-renames", "--relative", "--name-status"]
            + [revision, "--", "events"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise KbError(f"--since needs git: {error}") from None
    if result.returncode != 0:
        raise KbError(
            f"--since {revision}: git says {result.stderr.strip() or 'no'} — give a commit of this repository"
        )
    for line in result.stdout.splitlines():
        status, _, name = line.partition("\t")
        if (status.startswith("M") or status.startswith("T")) and not _same_event(kb, revision, name):
            yield Problem(name, f"modified since {revision} — event files are never changed; add a correction instead")
        elif status.startswith("D"):
            yield Problem(name, f"deleted since {revision} — event files are never deleted; add a retraction instead")


def _same_event(kb: KnowledgeBase, revision: str, name: str) -> bool:
    """Whether a file changed since the revision still holds the same event (re-formatted only)."""
    old = subprocess.run(
        ["git", "-C", str(kb.root), "show", f"{revision}:./{name}"], capture_output=True, timeout=60, check=False
    )
    try:
        before = parse_json_object(old.stdout, f"{revision}:{name}")
        after = kb.read(kb.root / name)
        return canonical_bytes(before) == canonical_bytes(after) and before.get("id") == after.get("id")
    except (KbError, ValueError):  # not an event before or after (not JSON, too deep, NaN…)
        return False


# --- One citation, checked from the files --------------------------------------------------


@dataclass(frozen=True)
class Check:
    """One thing a citation rests on, and whether it holds (None: it cannot be checked here)."""

    holds: bool | None
    what: str

    def __str__(self) -> str:
        label = {True: "holds", False: "FAILS", None: "cannot check"}[self.holds]
        return f"{label:<12}  {self.what}"


def _short(words: str, limit: int = 70) -> str:
    words = " ".join(words.split())
    return repr(words if len(words) <= limit else words[: limit - 1] + "…")


def check_citation(kb: KnowledgeBase, path: Path) -> list[Check]:
    """Whether the event in ``path`` is exactly what was recorded and its words are in its sources.

    Reads the files only, never kb.db: the event's content must hash to its ID and name,
    each source it cites must too, each source's snapshot must match its SHA-256, and each
    excerpt, and the words of a direct or partial quote, must be found in those texts.
    """
    event, problems = check_file(kb, path)
    where = kb.relative(path)
    if problems:
        checks = [Check(False, problem.message + f" ({where})") for problem in problems]
    else:
        checks = [Check(True, f"{where}: its content hashes to its ID and its file name")]
    if event is None:
        return checks
    texts = _SnapshotTexts(kb)
    if event["type"] == "source":
        return checks + _snapshot_checks(kb, event)
    current = models.upgraded(event)
    body = current.get("replacement", current)
    held: list[str] = []
    checked_sources: set[str] = set()
    for citation in body.get("citations", []):
        source_id = citation["source"]
        source_path = kb.path_for(source_id)
        if not source_path.exists():
            checks.append(Check(False, f"cites {source_id}, which is not a source in this knowledge base"))
            continue
        source, source_problems = check_file(kb, source_path)
        if source is not None and source["type"] != "source":
            checks.append(Check(False, f"cites {source_id}, which is a {source['type']}, not a source"))
            continue
        if source_id not in checked_sources:
            checked_sources.add(source_id)
            if source_problems:
                checks += [Check(False, f"source {source_id}: {problem.message}") for problem in source_problems]
            else:
                checks.append(Check(True, f"source {source_id}: its content hashes to its ID and its file name"))
            if source is not None:
                checks += _snapshot_checks(kb, source)
        shas = [sha for sha in (texts_of(source) if source else []) if _snapshot_intact(kb, sha)]
        intact = [text for text in map(texts.get, shas) if text is not None]
        if not intact:
            excerpt = _short(citation["excerpt"])
            checks.append(Check(None, f"excerpt {excerpt}: the text of {source_id} is not held here intact"))
            continue
        held += intact
        checks.append(
            Check(
                any(found_in(citation["excerpt"], text) for text in intact),
                f"excerpt {_short(citation['excerpt'])} is in the text of {source_id}",
            )
        )
    for what, words in models.words_to_check(body):
        if not held:
            checks.append(Check(None, f"{what} {_short(words)}: no cited source's text is held here"))
        else:
            found = any(found_in(words, text) for text in held)
            checks.append(Check(found, f"{what} {_short(words)} is in the cited text"))
    return checks


def _snapshot_intact(kb: KnowledgeBase, sha: str | None) -> bool:
    path = kb.snapshot_path(sha) if sha else None
    return bool(sha and path and path.exists() and snapshot_problem(path, sha) is None)


def _snapshot_checks(kb: KnowledgeBase, source: dict[str, Any]) -> list[Check]:
    shas = texts_of(source)
    if not shas:
        return [Check(None, f"source {source['id']} records no text (no text_sha256), so its words cannot be checked")]
    checks = []
    for sha in shas:
        path = kb.snapshot_path(sha)
        if not path.exists():
            checks.append(Check(None, f"the text of {source['id']} (snapshots/{sha}.txt) is not held here"))
        else:
            matches = f"the text of {source['id']} ({kb.relative(path)}) matches its SHA-256"
            checks.append(Check(_snapshot_intact(kb, sha), matches))
    return checks
