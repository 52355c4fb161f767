"""benchmarks/charsets.py runs, so that it cannot rot, and counts what it says it counts."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import benchmark_module

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def charsets() -> Iterator[ModuleType]:
    with benchmark_module("charsets") as module:
        yield module


def test_every_combination_of_one_to_three_sentences_is_a_page(charsets: ModuleType) -> None:
    assert list(charsets.pages(("A.", "B.", "C."))) == ["A.", "B.", "C.", "A. B.", "A. C.", "B. C.", "A. B. C."]


def test_a_page_is_read_as_its_blocks_words(charsets: ModuleType) -> None:
    assert charsets.read("Le café est fermé.", "utf-8") == ["Le café est fermé."]


def test_the_script_prints_a_line_for_each_charset_and_the_total() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "charsets.py")], capture_output=True, text=True, check=True
    )
    lines = done.stdout.splitlines()
    assert re.fullmatch(r"Russian +cp1251 +\d+ of +41", lines[0]), lines[0]
    counts = [int(line.split(" of ")[1]) for line in lines[:-1]]
    total = re.fullmatch(r"all +(\d+) of +(\d+) pages read in the charset they were written in", lines[-1])
    assert total is not None, lines[-1]
    assert int(total[2]) == sum(counts) == 269
