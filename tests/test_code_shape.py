"""Small modules and short functions: no module of kb/ over 400 lines, no function over 60."""

from __future__ import annotations

import ast
from pathlib import Path

KB = Path(__file__).resolve().parent.parent / "kb"


def test_no_module_over_400_lines():
    lines = {str(path.relative_to(KB)): len(path.read_text().splitlines()) for path in KB.rglob("*.py")}
    long = {name: count for name, count in lines.items() if count > 400}
    assert long == {}


def test_no_function_over_60_lines():
    long = {}
    for path in KB.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno + 1 > 60:
                long[f"{path.relative_to(KB)}:{node.name}"] = node.end_lineno - node.lineno + 1
    assert long == {}
