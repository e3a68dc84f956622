"""The folders of kb/ are its layers, and imports point one way: the command line above the site
and the server, those above the build, citations and drafts, those above the events (the write
side), the events above the kinds, the kinds above the model every kind is made of. A module
never imports one that imports it back, and two packages of one layer never import each other:
the build never reaches the site, the write side never reaches the build."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

KB = Path(__file__).resolve().parent.parent / "kb"

# Each package's layer: a module may import its own package and those of lower layers only.
LAYERS = {
    "cli": 6,
    "publish": 5,
    "serve": 5,
    "builder": 4,
    "cite": 4,
    "draft": 4,
    "events": 3,
    "kinds": 2,
    "model": 1,
}
# The few modules at kb/'s top level, which everything may import.
SHARED = {"kb", "kb.errors", "kb.__main__"}


def module_name(path: Path) -> str:
    parts = path.relative_to(KB.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(KB.rglob("*.py"))}


def imports(path: Path, known: set[str]) -> set[str]:
    """The modules of kb that a file imports, at its top or inside a function, type-checking
    imports included: ``from kb.x import y`` imports kb.x.y when that is a module."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name in known}


def package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in LAYERS) else ""


# A module's own package is imported before it, whatever it names: not an edge.
GRAPH = {
    name: {other for other in imports(path, set(modules())) if not f"{name}.".startswith(f"{other}.")}
    for name, path in modules().items()
}


def test_the_top_level_holds_packages_and_a_handful_of_shared_modules():
    top = {name for name in modules() if name.count(".") <= 1 and package(name) == ""}
    assert top == SHARED
    packages = {path.name for path in KB.iterdir() if (path / "__init__.py").exists()}
    assert packages == set(LAYERS), "a new package of kb/ needs its layer in LAYERS (and a docstring saying it)"


@pytest.mark.parametrize("name", sorted(LAYERS))
def test_each_package_says_what_it_holds_and_what_it_may_import(name: str):
    doc = ast.get_docstring(ast.parse((KB / name / "__init__.py").read_text(encoding="utf-8")))
    assert doc and len(doc) > 80, f"kb/{name}/__init__.py needs a docstring: what it holds, what it may import"
    if name not in ("cli", "kinds", "draft", "publish"):  # the older packages say it in their own words
        assert "May import" in doc


def test_no_module_imports_one_that_imports_it_back():
    def reaches(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for other in GRAPH[todo.pop()]:
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen

    circles = sorted((name, other) for name in GRAPH for other in GRAPH[name] if name in reaches(other))
    assert circles == []


def test_imports_point_down_the_layers():
    wrong = []
    for name, imported in GRAPH.items():
        here = package(name)
        for other in imported:
            there = package(other)
            if there in ("", here) or here == "":
                continue
            if LAYERS[there] >= LAYERS[here]:
                wrong.append(f"{name} -> {other}")
    assert wrong == [], "a module imports one of its own layer or above it: " + ", ".join(sorted(wrong))


def test_the_rule_catches_a_build_module_reaching_the_site(tmp_path: Path):
    """The check above is not vacuous: an import of the site from the build is one it reports."""
    module = tmp_path / "probe.py"
    module.write_text("from kb.publish import pages\nimport kb.events.store\n")
    found = imports(module, set(modules()))
    assert found == {"kb.publish", "kb.publish.pages", "kb.events.store"}
    assert LAYERS[package("kb.publish.pages")] > LAYERS[package("kb.builder.load")]


def test_docs_extending_shows_the_tree():
    extending = (KB.parent / "docs" / "extending.md").read_text(encoding="utf-8")
    assert set(re.findall(r"[├└]── (\w+)/", extending)) == set(LAYERS)


def test_docs_design_shows_the_tree_and_the_layers():
    design = (KB.parent / "docs" / "design.md").read_text(encoding="utf-8")
    section = design.split("## The code's layout", 1)[1].split("\n## ", 1)[0]
    assert set(re.findall(r"[├└]── (\w+)/", section)) == set(LAYERS)
    table = {
        name: int(layer)
        for layer, names in re.findall(r"^\| (\d) \| ([^|]+) \|", section, re.M)
        for name in re.findall(r"`(\w+)`", names)
    }
    assert table == LAYERS
