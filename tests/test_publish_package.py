"""The kb wheel and `kb package`: a wheel installed in a fresh virtual environment serves a
knowledge base outside the repository, and the packaged folder serves as its Dockerfile says."""

from __future__ import annotations

import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest

from kb import DISTRIBUTION
from kb.builder.build import build
from kb.cli import cli
from kb.errors import KbError
from kb.serve import requirements
from kb.serve.package import INSTALL, package, pinned_requirements, serve_command
from kb.serve.runner import Served, setting_args
from tests.conftest import REPO, copy_seed

NOW = "2025-05-01T00:00:00.000000Z"
WHEEL = "negotiation_kb-0.1.0-py3-none-any.whl"  # kb's distribution: on PyPI, the name kb is another's


def fetch(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.status, response.headers.get("content-type", ""), response.read()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kb package` of a copy of the bundled knowledge base, made by this kb (from the source tree)."""
    root = tmp_path_factory.mktemp("packaged")
    seed = copy_seed(root / "kb")
    return package(seed, build(seed, now=lambda: NOW).db, root / "site").folder


@pytest.fixture(scope="module")
def venv(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the packaged wheel and pinned requirements (from the
    configured package index), as the Dockerfile installs them."""
    folder = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    python = str(folder / "bin" / "python")
    for step in INSTALL:  # in the folder, as the Dockerfile runs them: the wheel checked against its hash
        subprocess.run([python, "-m", *step.split(), "--quiet"], cwd=site, check=True, timeout=900)
    return folder


def test_the_folder_holds_what_a_host_needs(site):
    names = {path.name for path in site.iterdir()}
    assert names == {
        "kb.db",
        "kb.inspect.json",
        "metadata.json",
        "datasette.yaml",
        "requirements.txt",
        "Dockerfile",
        "nginx.conf",
        "README.md",
        WHEEL,
        "kb-wheel.txt",
    }
    assert (site / "metadata.json").read_bytes() == (REPO / "metadata.json").read_bytes()
    assert (site / "datasette.yaml").read_bytes() == (REPO / "datasette.yaml").read_bytes()
    inspected = json.loads((site / "kb.inspect.json").read_text())
    assert inspected["kb"]["file"] == "kb.db" and inspected["kb"]["tables"]["claims"]["count"] > 0
    with zipfile.ZipFile(site / WHEEL) as wheel:
        files = set(wheel.namelist())
    modules = {path.relative_to(REPO).as_posix() for path in (REPO / "kb").rglob("*.py")}
    assert (
        {"kb/__init__.py", "kb/serve/asgi.py", "kb/serve/package.py"} <= modules <= files
    )  # every module of every package
    # Every template and static file of every package under kb/ (wherever the plugin lives).
    shipped = {
        path.relative_to(REPO).as_posix()
        for path in (REPO / "kb").rglob("*")
        if path.is_file() and {"templates", "static"} & set(path.relative_to(REPO).parts)
    }
    assert any(name.endswith("/kb.css") for name in shipped) and shipped <= files


def test_requirements_pin_the_versions_installed_here(site):
    lines = (site / "requirements.txt").read_text().splitlines()
    pins = [line.split()[0] for line in lines]
    versions = dict(pin.split("==") for pin in pins)
    for name in ("datasette", "pydantic", "sqlite-utils", "click", "uvicorn", "rfc8785", "Jinja2"):
        assert versions[name] == importlib.metadata.version(name)
    assert DISTRIBUTION not in versions and "kb" not in versions  # kb is the wheel, never a name on an index
    assert "pytest" not in versions  # test tools are not needed
    assert pins == pinned_requirements()


def test_every_requirement_is_pinned_by_the_hashes_of_its_files(site):
    """pip --require-hashes takes a package only from a file whose SHA-256 requirements.txt gives
    (and refuses the whole file if one requirement has none: tests/test_publish_package.py's venv
    installs it so). The hashes are PyPI's, in kb/serve/dependency-hashes.txt: a version installed
    here that it lacks fails this test — run `make hashes`."""
    for line in (site / "requirements.txt").read_text().splitlines():
        pin, *hashes = line.split()
        assert hashes, f"{pin} has no hash"
        assert all(re.fullmatch(r"--hash=sha256:[0-9a-f]{64}", given) for given in hashes), line
    assert "--require-hashes -r requirements.txt" in INSTALL[0]


def test_a_version_whose_hashes_kb_lacks_is_refused_and_nothing_is_written(runner, kb, tmp_path, monkeypatch):
    """An environment where a package kb runs on has another version than kb holds the hashes of:
    kb package and kb init say so and write nothing (rather than a requirements.txt pip would refuse)."""
    lines = requirements.HASHES.read_text(encoding="utf-8").splitlines()
    fewer = tmp_path / "dependency-hashes.txt"
    fewer.write_text("".join(f"{line}\n" for line in lines if not line.startswith("pydantic==")), encoding="utf-8")
    monkeypatch.setattr(requirements, "HASHES", fewer)
    version = importlib.metadata.version("pydantic")
    for args, folder in (
        (["package", str(tmp_path / "site")], tmp_path / "site"),
        (["init", str(tmp_path / "new")], tmp_path / "new"),
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code == 1, result.output
        assert result.output.startswith(
            f"Error: no hashes for pydantic=={version} (installed here) in kb's dependency-hashes.txt"
        )
        assert "make hashes" in result.output
        assert not folder.exists()


def test_dockerfile_serves_read_only_with_kb_settings(site):
    dockerfile = (site / "Dockerfile").read_text()
    [cmd] = [line for line in dockerfile.splitlines() if line.startswith("CMD ")]
    command = json.loads(cmd[4:])
    assert command == serve_command()
    assert command[:4] == ["datasette", "serve", "-i", "kb.db"]
    assert command[command.index("--inspect-file") + 1] == "kb.inspect.json"
    # Datasette 1.0 reads the canned queries and table settings from datasette.yaml only
    assert ("--config" in command) == (not importlib.metadata.version("datasette").startswith("0."))
    assert "datasette.yaml ./" in dockerfile
    assert " ".join(setting_args()) in " ".join(command)
    assert f"RUN {' && '.join(INSTALL)}" in dockerfile
    readme = (site / "README.md").read_text()
    assert "load balancer" in readme and "replicas" in readme and "docker build -t kb-site ." in readme


def test_package_refuses_a_folder_in_use(kb, small, clock, tmp_path):
    db = build(kb, now=clock).db
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("mine")
    with pytest.raises(KbError, match="exists and is not an empty folder — give a new folder"):
        package(kb, db, used)
    assert [path.name for path in used.iterdir()] == ["keep.txt"]
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    with pytest.raises(KbError, match="is not an empty folder"):
        package(kb, db, a_file)
    assert a_file.read_text() == "x"


def test_the_wheel_serves_a_knowledge_base_outside_the_repo(venv, tmp_path):
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import kb.publish; print(kb.publish.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout
    assert where.startswith(str(venv)) and not where.startswith(str(REPO))
    root = copy_seed(tmp_path / "elsewhere").root
    server = Served(root, timeout=180, workers=2)  # the multi-process server, from the wheel
    server.argv[0] = str(venv / "bin" / "python")
    with server:
        status, _, page = fetch(server.base + "/kb/claims")
        assert status == 200 and b"claims" in page
        [stylesheet] = re.findall(r'href="([^"]*kb\.css)"', page.decode())  # wherever the plugin serves it
        status, kind, css = fetch(server.base + stylesheet)
        [source] = [path for path in (REPO / "kb").rglob("kb.css") if "static" in path.parts]
        assert status == 200 and "css" in kind and css == source.read_bytes()
    assert (root / "kb.db").exists()


def test_the_folder_serves_as_its_dockerfile_command_does(site, venv, tmp_path):
    served = tmp_path / "site"
    shutil.copytree(site, served)  # a copy: serving must not need anything written beside it
    (served / "kb.db").chmod(0o444)
    server = Served(served, timeout=180)
    command = serve_command(host="127.0.0.1", port=int(server.base.rsplit(":", 1)[1]))
    server.argv = [str(venv / "bin" / command[0]), *command[1:]]  # `datasette` as the image's PATH finds it
    server.cwd = served
    with server:
        status, _, page = fetch(server.base + "/kb/claims")
        assert status == 200 and b"claims" in page
        _, _, data = fetch(server.base + "/-/databases.json")
        [database] = json.loads(data)
        assert database["name"] == "kb" and database["is_mutable"] is False
        rows = json.loads(fetch(server.base + "/kb/claims.json?_shape=array&_size=1")[2])
        status, _, event = fetch(server.base + f"/-/event/{rows[0]['id']}")
        assert status == 200 and rows[0]["id"].encode() in event
        settings = json.loads(fetch(server.base + "/-/settings.json")[2])
        assert settings["facet_time_limit_ms"] == 500 and settings["suggest_facets"] is False
    assert sorted(path.name for path in served.iterdir()) == sorted(path.name for path in site.iterdir())


def test_kb_package_from_the_installed_wheel_carries_the_same_wheel(site, venv, tmp_path):
    root = copy_seed(tmp_path / "installed-kb").root
    done = subprocess.run(
        [str(venv / "bin" / "kb"), "--kb", str(root), "package", str(tmp_path / "again")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    with (
        zipfile.ZipFile(site / WHEEL) as first,
        zipfile.ZipFile(tmp_path / "again" / WHEEL) as second,
    ):
        assert set(first.namelist()) == set(second.namelist())
        for name in first.namelist():
            if name.startswith("kb/"):
                assert first.read(name) == second.read(name), name
    assert (tmp_path / "again" / "requirements.txt").read_text() == (site / "requirements.txt").read_text()


def docker_unavailable() -> str | None:
    if shutil.which("docker") is None:
        return "no docker command here"
    info = subprocess.run(["docker", "info"], capture_output=True, text=True)
    return None if info.returncode == 0 else f"no Docker daemon here ({info.stderr.strip().splitlines()[-1]})"


@pytest.mark.skipif(docker_unavailable() is not None, reason=f"cannot build an image: {docker_unavailable()}")
def test_the_docker_image_builds_and_serves(site, tmp_path):
    tag = f"kb-site-test-{tmp_path.name.lower()}"
    subprocess.run(["docker", "build", "-t", tag, str(site)], check=True, timeout=1200)
    container = subprocess.run(
        ["docker", "run", "-d", "-p", "127.0.0.1::8001", tag], capture_output=True, text=True, check=True
    ).stdout.strip()
    try:
        port = (
            subprocess.run(["docker", "port", container, "8001"], capture_output=True, text=True, check=True)
            .stdout.split(":")[-1]
            .strip()
        )
        logs = subprocess.Popen(
            ["docker", "logs", "-f", container], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        assert logs.stdout is not None
        for line in logs.stdout:
            if "Uvicorn running on" in line:
                break
        logs.terminate()
        status, _, page = fetch(f"http://127.0.0.1:{port}/kb/claims")
        assert status == 200 and b"claims" in page
    finally:
        subprocess.run(["docker", "rm", "-f", container], capture_output=True)
        subprocess.run(["docker", "rmi", "-f", tag], capture_output=True)


def test_kb_package_command(runner, kb, small, tmp_path):
    from kb.cli import cli

    result = runner.invoke(cli, ["package", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.output == f"Packaged kb.db, its configuration and {WHEEL} in {tmp_path / 'out'}\n"
    assert (kb.root / "kb.db").exists()  # built first
    again = runner.invoke(cli, ["package", str(tmp_path / "out")])
    assert again.exit_code == 1 and "exists and is not an empty folder — give a new folder" in again.output
