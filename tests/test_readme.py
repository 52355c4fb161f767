"""The README's Python tour runs as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def test_tour_runs(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (code,) = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "caption: AP Image",
        "pull quote by Stratfor analysis repeats Russia may also be using its i",
        "caption: Edlib News Network via AP",
        "caption: AP",
        "republished Stratfor Russia\u2019s Search for Leverage in the Syrian Crisis",
    ]


def test_quickstart_has_exactly_two_commands() -> None:
    block = re.search(r"## Quickstart\n\n```console\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    assert block is not None
    lines = block[1].strip().split(os.linesep)
    assert lines == [
        "pip install . && newsdoc convert seeds/000_770722033839be41.txt --to markdown",
        'pip install ".[test]" && python -m pytest',
    ]


def test_links_point_at_files() -> None:
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", (ROOT / "README.md").read_text("utf-8"))
    assert links, "the README links its docs"
    missing = [link for link in links if "://" not in link and not (ROOT / link).exists()]
    assert missing == []
