"""The package's own source: what no linter here checks."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import newsdoc

MODULES = sorted(Path(newsdoc.__file__).parent.rglob("*.py"))


@pytest.mark.parametrize("module", MODULES, ids=[str(m.relative_to(MODULES[0].parent.parent)) for m in MODULES])
def test_no_module_constant_is_bound_twice(module: Path) -> None:
    """A second ``_LEAD = ...`` further down a module silently rebinds the first for every function that reads it."""
    names = Counter(
        target.id
        for node in ast.parse(module.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if (isinstance(target, ast.Name) and target.id.isupper())
        or (isinstance(target, ast.Name) and target.id.lstrip("_").isupper())
    )
    assert [name for name, count in names.items() if count > 1] == []
