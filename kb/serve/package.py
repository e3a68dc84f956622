"""kb package DIR: a folder any container host runs, read-only, as many replicas as wanted.

The folder holds the built database (kb.db), Datasette's configuration (metadata.json, and
datasette.yaml, which Datasette 1.0 reads its table settings and canned queries from), the
inspect file, kb's installer (``write_installer``: the kb wheel with the Datasette plugin inside
it, the exact versions of every package kb runs on, and the wheel's SHA-256), a Dockerfile whose
command serves the database immutable with kb's Datasette settings, the configuration of a caching
reverse proxy in front of it (nginx.conf, kb.serve.proxy), and a README. Nothing in it needs the
knowledge base's events: the copy of kb.db is immutable, so replicas share nothing.

kb is installed from its wheel, checked against its hash, never by a name looked up on a package
index: on PyPI the name ``kb`` is another project's (kb's own is DISTRIBUTION).
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kb import DISTRIBUTION
from kb.builder.metadata import CONFIGURATION, DATABASE
from kb.errors import KbError
from kb.events.store import KnowledgeBase
from kb.serve.proxy import PROXY_PORT, build_key, nginx_config
from kb.serve.requirements import hashed, pinned_requirements
from kb.serve.runner import consistent_copy, datasette_1, inspect, setting_args

PORT = 8001
# The Python the pins of requirements.txt were taken for: this one.
PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"
PYTHON_IMAGE = f"python:{PYTHON}-slim"
SOURCE = Path(__file__).resolve().parents[2]  # the source tree, when kb runs from one
# What a wheel of the installed kb leaves out: what pip wrote when installing it.
NOT_IN_WHEEL = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}
WHEEL_FILE = DISTRIBUTION.replace("-", "_")  # as a wheel's file name writes the distribution's
WHEEL_REQUIREMENT = "kb-wheel.txt"
# Run in the installer's folder: kb's dependencies at their exact versions, each only as a file
# whose hash requirements.txt gives, then kb's wheel, which pip installs only if it hashes to
# what kb-wheel.txt says.
INSTALL = [
    "pip install --no-cache-dir --require-hashes -r requirements.txt",
    f"pip install --no-cache-dir --no-deps --require-hashes -r {WHEEL_REQUIREMENT}",
]


@dataclass(frozen=True)
class Package:
    folder: Path
    wheel: Path
    command: list[str]  # the Dockerfile's CMD, run in the folder

    def __str__(self) -> str:
        return f"Packaged {DATABASE}.db, its configuration and {self.wheel.name} in {self.folder}"


def serve_command(host: str = "0.0.0.0", port: int = PORT) -> list[str]:
    """The command that serves the folder, run in it (the Dockerfile's CMD); with datasette.yaml
    when the Datasette kb runs on (which requirements.txt pins) is 1.0."""
    return [
        "datasette",
        "serve",
        "-i",
        f"{DATABASE}.db",
        "--inspect-file",
        f"{DATABASE}.inspect.json",
        "--metadata",
        "metadata.json",
        *(["--config", CONFIGURATION] if datasette_1() else []),
        "--host",
        host,
        "--port",
        str(port),
        *setting_args(),
    ]


def package(kb: KnowledgeBase, db: Path, folder: Path) -> Package:
    """Write the folder from a built database (kb.db of the knowledge base, or another file)."""
    kb.refuse_output_inside(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise KbError(f"{folder} exists and is not an empty folder — give a new folder")
    requirements = installer_requirements()  # before anything is written: it may refuse
    folder.mkdir(parents=True, exist_ok=True)
    consistent_copy(db, folder / f"{DATABASE}.db")
    shutil.copyfile(kb.metadata_path, folder / "metadata.json")
    shutil.copyfile(kb.root / CONFIGURATION, folder / CONFIGURATION)
    inspected = json.loads(inspect(folder / f"{DATABASE}.db").read_text(encoding="utf-8"))
    for database in inspected.values():
        database["file"] = f"{DATABASE}.db"  # not the path of this machine's folder
    (folder / f"{DATABASE}.inspect.json").write_text(json.dumps(inspected, indent=2) + "\n", encoding="utf-8")
    wheel = write_installer(folder, requirements)
    command = serve_command()
    (folder / "Dockerfile").write_text(dockerfile(wheel.name, command), encoding="utf-8")
    config = nginx_config(build_key(folder / f"{DATABASE}.db"), [f"127.0.0.1:{PORT}"])
    (folder / "nginx.conf").write_text(config, encoding="utf-8")
    (folder / "README.md").write_text(readme(wheel.name, command), encoding="utf-8")
    return Package(folder, wheel, command)


def installer_requirements() -> str:
    """requirements.txt: the exact versions of every package kb runs on, each with the hashes of its
    files (kb.serve.requirements); KbError if kb holds none for a version installed here."""
    return "".join(f"{line}\n" for line in hashed(pinned_requirements()))


def write_installer(folder: Path, requirements: str) -> Path:
    """Write into ``folder`` what installs this kb anywhere (INSTALL, run in the folder): its
    wheel, ``requirements`` (installer_requirements) as requirements.txt and kb-wheel.txt (the
    wheel by its path, with its SHA-256), both for pip's --require-hashes; the wheel."""
    wheel = build_wheel(folder)
    (folder / "requirements.txt").write_text(requirements, encoding="utf-8")
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    (folder / WHEEL_REQUIREMENT).write_text(f"./{wheel.name} --hash=sha256:{digest}\n", encoding="utf-8")
    return wheel


def build_wheel(folder: Path) -> Path:
    """The kb wheel: built from the source tree when kb runs from one, else made from the
    installed files (as installed from a wheel)."""
    if (SOURCE / "pyproject.toml").is_file() and (SOURCE / "kb" / "__init__.py").is_file():
        return _wheel_from_source(folder)
    return _wheel_from_installed(folder)


def _wheel_from_source(folder: Path) -> Path:
    # Built from a copy, so that the build leaves nothing (build/, kb.egg-info/) in the tree.
    with tempfile.TemporaryDirectory() as temp:
        source = Path(temp) / "source"
        source.mkdir()
        for name in ("pyproject.toml", "README.md"):
            shutil.copy(SOURCE / name, source / name)
        shutil.copytree(SOURCE / "kb", source / "kb", ignore=shutil.ignore_patterns("__pycache__"))
        argv = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(folder), str(source)]
        done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        raise KbError(f"could not build the kb wheel (pip wheel said: {done.stderr.strip()[-500:]})")
    [wheel] = folder.glob(f"{WHEEL_FILE}-*.whl")
    return wheel


def _wheel_from_installed(folder: Path) -> Path:
    dist = importlib.metadata.distribution(DISTRIBUTION)
    files = [file for file in dist.files or [] if not str(file).startswith("..") and "__pycache__" not in file.parts]
    info = next(file.parts[0] for file in files if file.parts[0].endswith(".dist-info"))
    wheel = folder / f"{WHEEL_FILE}-{dist.version}-py3-none-any.whl"
    record = []
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(files, key=str):
            if file.parts[0] == info and file.name in NOT_IN_WHEEL:
                continue
            data = Path(str(dist.locate_file(file))).read_bytes()
            archive.writestr(file.as_posix(), data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append(f"{file.as_posix()},sha256={digest},{len(data)}")
        record.append(f"{info}/RECORD,,")
        archive.writestr(f"{info}/RECORD", "\n".join(record) + "\n")
    return wheel


def dockerfile(wheel: str, command: list[str]) -> str:
    return f"""# A read-only Datasette of this knowledge base:
#   docker build -t kb-site . && docker run -p {PORT}:{PORT} kb-site
FROM {PYTHON_IMAGE}
WORKDIR /site
COPY requirements.txt {WHEEL_REQUIREMENT} {wheel} ./
RUN {" && ".join(INSTALL)}
COPY {DATABASE}.db {DATABASE}.inspect.json metadata.json {CONFIGURATION} ./
USER nobody
EXPOSE {PORT}
CMD {json.dumps(command)}
"""


def readme(wheel: str, command: list[str]) -> str:
    return f"""# A published knowledge base

Made by `kb package`: the built database ({DATABASE}.db, immutable), Datasette's configuration
(metadata.json; {CONFIGURATION} for Datasette 1.0), its inspect file, the kb wheel ({wheel}: the
Datasette plugin with its pages), the exact versions kb runs on with the SHA-256s of their files
(requirements.txt), the wheel's SHA-256 ({WHEEL_REQUIREMENT}): pip installs each package only from a file
that matches, and a Dockerfile.

## Run it in a container

    docker build -t kb-site .
    docker run --rm -p {PORT}:{PORT} kb-site        # then open http://127.0.0.1:{PORT}/

## Run it without a container

    python3 -m venv .venv
    {" && ".join(f".venv/bin/{step}" for step in INSTALL)}
    PATH=.venv/bin:$PATH {" ".join(command)}

## Run N replicas behind any load balancer

The database is opened immutable and read-only, so replicas share nothing and need no
coordination: start N containers from the same image (or N copies of the command above on
different ports or machines) and point any HTTP load balancer at them — round robin, no sticky
sessions. For example, with Docker:

    for i in 1 2 3; do docker run -d --name kb-site-$i -p 800$i:{PORT} kb-site; done

then list 127.0.0.1:8001, 127.0.0.1:8002 and 127.0.0.1:8003 as the upstream servers of nginx,
HAProxy, Caddy, or a cloud load balancer; a health check can fetch /-/versions.json. To publish a
newer knowledge base, run `kb package` again and replace the replicas one at a time.

## A caching proxy in front: each page made once

The database never changes, so every page can be kept once made. `nginx.conf` is a caching
reverse proxy (Debian's `nginx-light` runs it) on port {PROXY_PORT}, in front of the site on port
{PORT}: it keeps every page of status 200 under a key that starts with this build's digest, so it
never answers with another build's pages. List the replicas in its `upstream kb_site` block, then,
in this folder:

    mkdir -p tmp && nginx -p "$PWD" -c nginx.conf      # then open http://127.0.0.1:{PROXY_PORT}/

Each answer says `X-Proxy-Cache: HIT` or `MISS`.
"""
