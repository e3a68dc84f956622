"""The packages kb runs on: their exact versions, as installed here, and the SHA-256s of their
files, so that the requirements.txt `kb package` and `kb init` write installs them with pip's
--require-hashes: a file the package index serves that is not one of these is refused.

The hashes are PyPI's, of every file of each release (its wheels for every platform, its
source), kept in HASHES beside this module and made again by `make hashes` (the only step that
asks the network):

    python -m kb.serve.requirements > kb/serve/dependency-hashes.txt
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
import urllib.request
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from kb import DISTRIBUTION
from kb.errors import KbError

HASHES = Path(__file__).with_name("dependency-hashes.txt")
INDEX = "https://pypi.org/pypi"


def _key(pin: str) -> tuple[str, str]:
    name, _, version = pin.partition("==")
    return canonicalize_name(name.partition("[")[0]), version  # "lxml[html_clean]==6.2.0": lxml's hashes


def hashed(pins: list[str]) -> list[str]:
    """Each ``name==version`` of ``pins`` with the hashes of its files (``--hash=sha256:…``), as a
    line of a requirements file; KbError naming the pins that have none."""
    lines = {}
    for line in HASHES.read_text(encoding="utf-8").splitlines():
        pin, *hashes = line.split()
        lines[_key(pin)] = hashes
    missing = [pin for pin in pins if not lines.get(_key(pin))]
    if missing:
        raise KbError(
            f"no hashes for {', '.join(missing)} (installed here) in kb's {HASHES.name} — install the versions kb "
            "was tested with (kb/serve/dependency-hashes.txt lists them), or, from kb's source, run `make hashes`"
        )
    return [" ".join([pin, *lines[_key(pin)]]) for pin in pins]


def pinned_requirements(name: str = DISTRIBUTION) -> list[str]:
    """``package==version`` for every package kb needs to run (its dependencies and theirs, with
    what the extras they are asked for bring: ``pypdf[crypto]`` needs cryptography), at the version
    installed here; a package asked for with extras is pinned with them too (``lxml==6.2.0`` and
    ``lxml[html_clean]==6.2.0``: pip's --require-hashes takes each only from a pin that names it so)."""
    environment = {key: str(value) for key, value in default_environment().items()}
    pins: dict[str, tuple[str, str]] = {}  # each package's name and version
    seen: set[tuple[str, str]] = set()
    # Each requirement with the extra of its parent's it belongs to ("" for none).
    pending = [(Requirement(text), "") for text in importlib.metadata.requires(name) or []]
    while pending:
        requirement, extra = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({**environment, "extra": extra}):
            continue
        key = canonicalize_name(requirement.name)
        extras = ["", *sorted(requirement.extras)]
        if all((key, wanted) in seen for wanted in extras):
            continue
        try:
            dist = importlib.metadata.distribution(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            raise KbError(f"{requirement.name} (needed by kb) is not installed — reinstall kb") from None
        pins[key] = dist.metadata["Name"], dist.version
        for wanted in extras:
            if (key, wanted) not in seen:
                seen.add((key, wanted))
                pending += [(Requirement(text), wanted) for text in dist.requires or []]
    asked = {key: ",".join(sorted(e for k, e in seen if k == key and e)) for key in pins}
    extras = [f"{n}[{asked[k]}]=={v}" for k, (n, v) in pins.items() if asked[k]]
    return sorted([f"{n}=={v}" for n, v in pins.values()] + extras, key=str.lower)


def release_hashes(pin: str) -> list[str]:
    """The SHA-256s PyPI gives for every file of a release (``name==version``)."""
    name, version = pin.split("==")
    with urllib.request.urlopen(f"{INDEX}/{name}/json", timeout=60) as response:
        files = json.load(response)["releases"].get(version) or []
    if not files:
        raise KbError(f"PyPI holds no files of {pin}")
    return sorted({file["digests"]["sha256"] for file in files})


def main() -> None:
    for pin in (pin for pin in pinned_requirements() if "[" not in pin):  # a release's hashes, whatever its extras
        sys.stdout.write(" ".join([pin, *(f"--hash=sha256:{digest}" for digest in release_hashes(pin))]) + "\n")


if __name__ == "__main__":
    main()
