"""The seed's Markdown and JSON renderings, checked in and read by eye."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import newsdoc

GOLDEN = Path(__file__).parent / "fixtures" / "golden"


@pytest.mark.parametrize(
    ("name", "write"),
    [("000_770722033839be41.md", newsdoc.to_markdown), ("000_770722033839be41.json", newsdoc.to_json)],
)
def test_seed_rendering(
    seed_article: newsdoc.Article, name: str, write: Callable[[newsdoc.Article], str], update_golden: bool
) -> None:
    path = GOLDEN / name
    rendered = write(seed_article)
    if update_golden:
        path.write_bytes(rendered.encode("utf-8"))
    assert rendered == path.read_bytes().decode("utf-8")
