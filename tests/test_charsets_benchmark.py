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
    head, *lines = done.stdout.splitlines()
    assert head.split() == ["language", "charset", "alone", "from", "its", "country's", "domain"]
    assert re.fullmatch(r"Russian +cp1251 +\d+ +\d+ of +41", lines[0]), lines[0]
    counts = [int(line.split(" of ")[1]) for line in lines[:-1]]
    total = re.fullmatch(r"all +(\d+) +(\d+) of +(\d+) pages read in the charset they were written in", lines[-1])
    assert total is not None, lines[-1]
    assert int(total[3]) == sum(counts) == 269
    alone = sum(int(line.split()[2]) for line in lines[:-1])
    from_domain = sum(int(line.split()[3]) for line in lines[:-1])
    assert (int(total[1]), int(total[2])) == (alone, from_domain)


@pytest.mark.parametrize(
    ("language", "codec"),
    [
        ("Polish", "cp1250"),
        ("Turkish", "cp1254"),
        ("Lithuanian", "cp1257"),
        ("Hebrew", "cp1255"),
        ("Russian", "koi8_r"),
    ],
)
def test_a_page_from_a_countrys_domain_is_read_among_its_countrys_charsets(
    charsets: ModuleType, language: str, codec: str
) -> None:
    """Short undeclared pages that detection alone reads wrong in some of, read right from their country's domain."""
    url = f"https://news.example.{charsets.DOMAINS[language]}/story"
    for paragraph in charsets.pages(charsets.SENTENCES[language][1]):
        assert charsets.read(paragraph, codec, url) == [paragraph]
