"""The README's Python tour runs as written."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parent.parent


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)


def test_tour_runs(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code = python_blocks()[0]
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


def test_day_one_tasks_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The three tasks, on a folder of the two seed pages: texts, a frame of captions, Markdown files."""
    code = python_blocks()[1]
    (tmp_path / "pages").mkdir()
    for name in ("000_770722033839be41.wordpress.html", "000_770722033839be41.html5.html"):
        (tmp_path / "pages" / name).write_bytes((ROOT / "seeds" / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    names: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), names)
    assert len(code.strip().splitlines()) <= 25
    assert sorted(names["texts"]) == ["000_770722033839be41.html5.html", "000_770722033839be41.wordpress.html"]
    assert all(text.startswith("Russia and the United States are engaged") for text in names["texts"].values())
    captions = names["captions"]
    assert captions.columns.tolist() == ["page", "caption", "credit"]
    # The seed has three captions, credited AP Image, Edlib News Network via AP and AP, in each rendition.
    assert (
        captions.groupby("page")["credit"].apply(list).tolist() == [["AP Image", "Edlib News Network via AP", "AP"]] * 2
    )
    written = sorted(path.name for path in (tmp_path / "articles").iterdir())
    assert written == ["000_770722033839be41.html5.md", "000_770722033839be41.wordpress.md"]
    assert "# INSIGHT: Russia" in (tmp_path / "articles" / written[0]).read_text("utf-8")


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
