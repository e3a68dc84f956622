"""What kb init writes for a knowledge base shared through git — the pre-commit hook and the
GitHub Actions workflow — run for real: a git repository, commits, the workflow's commands."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kb import DISTRIBUTION
from kb.cli import cli

BIN = Path(sys.executable).parent  # where this kb's `kb` command is


def environment() -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name != "KB_DIR"}
    env.update(PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}", GIT_CONFIG_NOSYSTEM="1", HOME=env.get("HOME", "/"))
    return env


def git(where: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", "-C", str(where), "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        capture_output=True,
        text=True,
        env=environment(),
        check=check,
        timeout=300,
    )


def add_entity(runner, root: Path, key: str) -> str:
    result = runner.invoke(cli, ["--kb", str(root), "add", "entity", "--key", key, "--kind", "country", "--name", key])
    assert result.exit_code == 0, result.output
    return result.output.strip()


@pytest.fixture(scope="module")
def initialised(tmp_path_factory) -> Path:
    """A knowledge base made by kb init (once: it builds kb's wheel)."""
    root = tmp_path_factory.mktemp("initialised") / "shared"
    result = CliRunner().invoke(cli, ["init", str(root)])
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def shared(runner, initialised, tmp_path) -> Path:
    """A copy of the knowledge base made by kb init, in a git repository with the hook installed,
    and a first commit."""
    root = tmp_path / "shared"
    shutil.copytree(initialised, root, symlinks=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "core.hooksPath", ".githooks")  # as kb init says
    add_entity(runner, root, "japan")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first")
    return root


def test_kb_init_writes_the_workflow_and_an_executable_hook(shared):
    assert os.access(shared / ".githooks" / "pre-commit", os.X_OK)
    assert sorted(path.name for path in (shared / ".github" / "kb").iterdir()) == [
        "kb-wheel.txt",
        f"{DISTRIBUTION.replace('-', '_')}-0.1.0-py3-none-any.whl",
        "requirements.txt",
    ]
    workflow = yaml.safe_load((shared / ".github" / "workflows" / "kb.yml").read_text())
    assert set(workflow[True]) == {"pull_request", "push"}  # YAML 1.1 reads the key `on` as true
    assert git(shared, "ls-files").stdout.count("events/") == 1


def test_the_hook_refuses_a_bad_staged_event_file_and_lets_a_good_one_through(runner, shared):
    [committed] = shared.glob("events/*/*.json")
    edited = json.loads(committed.read_text())
    edited["name"] = "Nippon"
    bad = shared / "events" / "zz" / f"{edited['id'][:-2]}zz.json"
    bad.parent.mkdir()
    bad.write_text(json.dumps(edited))
    git(shared, "add", str(bad))
    refused = git(shared, "commit", "-m", "bad", check=False)
    assert refused.returncode == 1
    assert "does not match the content's hash" in refused.stderr and "kb: commit refused" in refused.stderr
    assert git(shared, "rev-list", "--count", "HEAD").stdout.strip() == "1"

    add_entity(runner, shared, "china")
    git(shared, "add", "events/")
    git(shared, "reset", "-q", "--", str(bad))  # the bad file stays in the working tree, unstaged
    accepted = git(shared, "commit", "-m", "china", check=False)
    assert accepted.returncode == 0, accepted.stderr  # the hook checks what is staged, not the working tree
    assert "OK: 2 event files verified" in accepted.stderr

    git(shared, "rm", "-q", str(committed))
    deleted = git(shared, "commit", "-m", "delete", check=False)
    assert deleted.returncode == 1 and "event files are never deleted" in deleted.stderr


def pip_installs(workflow: dict, root: Path) -> list[tuple[Path, list[str]]]:
    """Every `pip install` of every step the workflow runs: the folder it runs in, its arguments."""
    installs = []
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            for line in step.get("run", "").splitlines():
                words = shlex.split(line)
                if words[:4] == ["python", "-m", "pip", "install"]:
                    installs.append((root / step.get("working-directory", "."), words[4:]))
    return installs


def test_the_workflow_installs_kb_from_its_wheel_checked_against_its_hash_never_by_name(shared, tmp_path):
    """On PyPI the name kb is another project's: a workflow installing a bare name would run a
    stranger's code with the repository's token. Every pip install of the workflow takes only
    files: kb's wheel, pinned by its SHA-256, and its dependencies at exact versions."""
    workflow = yaml.safe_load((shared / ".github" / "workflows" / "kb.yml").read_text())
    installs = pip_installs(workflow, shared)
    assert len(installs) == 4  # two in each job
    wheels = []
    for folder, args in installs:
        files = [args[n + 1] for n, arg in enumerate(args) if arg == "-r"]
        named = [arg for n, arg in enumerate(args) if not arg.startswith("-") and (n == 0 or args[n - 1] != "-r")]
        assert files and not named, f"pip installs {named} by name: {args}"
        for file in files:
            for line in (folder / file).read_text().splitlines():
                if line.startswith("./"):
                    path, hashed = line.split(" --hash=sha256:")
                    assert {"--no-deps", "--require-hashes"} <= set(args), args
                    assert hashlib.sha256((folder / path).read_bytes()).hexdigest() == hashed
                    wheels.append(folder / path)
                else:
                    pin, *hashes = line.split()
                    name, _, version = pin.partition("==")  # a name, with the extras it is asked for or not
                    word = r"[A-Za-z0-9][A-Za-z0-9._-]*"
                    assert re.fullmatch(rf"{word}(?:\[{word}(?:,{word})*\])?", name) and version, line
                    assert name.partition("[")[0].lower() not in {"kb", DISTRIBUTION}, line
                    assert hashes and all(re.fullmatch(r"--hash=sha256:[0-9a-f]{64}", h) for h in hashes), line
                    assert "--require-hashes" in args, args
    assert {wheel.name for wheel in wheels} == {f"{DISTRIBUTION.replace('-', '_')}-0.1.0-py3-none-any.whl"}
    # The pins are this Python's: the workflow sets up the same.
    pythons = [
        step["with"]["python-version"]
        for job in workflow["jobs"].values()
        for step in job["steps"]
        if step.get("uses", "").startswith("actions/setup-python@")
    ]
    assert pythons == [f"{sys.version_info.major}.{sys.version_info.minor}"] * 2

    # pip installs the wheel as it is, and refuses it changed by a byte.
    copy = tmp_path / "installer"
    shutil.copytree(shared / ".github" / "kb", copy)
    install = [sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "--require-hashes", "-r"]
    done = subprocess.run([*install, "kb-wheel.txt"], cwd=copy, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    [wheel] = copy.glob("*.whl")
    wheel.write_bytes(wheel.read_bytes() + b"\0")
    refused = subprocess.run([*install, "kb-wheel.txt"], cwd=copy, capture_output=True, text=True, timeout=300)
    assert refused.returncode != 0 and "DO NOT MATCH THE HASHES" in refused.stderr, refused.stderr


def run_steps(workflow: dict, job: str, where: Path, env: dict[str, str]) -> list[subprocess.CompletedProcess]:
    """The job's shell steps, as the runner would run them (kb is installed already: its install step is left out)."""
    done = []
    for step in workflow["jobs"][job]["steps"]:
        if "run" not in step or step["name"] == "Install kb":
            continue
        result = subprocess.run(
            ["bash", "-e", "-c", step["run"]], cwd=where, env=env, capture_output=True, text=True, timeout=600
        )
        done.append(result)
        if result.returncode != 0:
            break
    return done


def test_the_workflow_verifies_a_pull_request_and_packages_a_merge(runner, shared, tmp_path):
    workflow = yaml.safe_load((shared / ".github" / "workflows" / "kb.yml").read_text())
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(shared), str(clone))
    git(clone, "switch", "-q", "-c", "feature")
    add_entity(runner, clone, "korea")
    git(clone, "add", "-A")
    git(clone, "commit", "-q", "-m", "korea")
    env = {**environment(), "GITHUB_BASE_REF": "main"}

    [verified] = run_steps(workflow, "verify", clone, env)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "OK: 2 event files verified" in verified.stdout

    [committed] = [path for path in clone.glob("events/*/*.json") if "korea" not in path.read_text()]
    committed.write_text(committed.read_text().replace('"name": "japan"', '"name": "Nippon"'))
    git(clone, "commit", "-q", "-a", "--no-verify", "-m", "rewrite history")
    [refused] = run_steps(workflow, "verify", clone, env)
    assert refused.returncode == 1 and "modified since origin/main" in refused.stdout

    git(clone, "switch", "-q", "main")
    shutil.rmtree(clone / ".kb", ignore_errors=True)
    published = run_steps(workflow, "publish", clone, env)
    assert [step.returncode for step in published] == [0, 0, 0], published[-1].stderr
    assert (clone / "site" / "Dockerfile").exists() and (clone / "site" / "kb.db").exists()
    assert workflow["jobs"]["publish"]["steps"][-1]["with"]["path"] == "site"
