"""benchmarks/aeb.py and metadata.py run, so that they cannot rot (speed is measured there, never asserted here).

The harness runs on a small benchmark folder made here from the seed pages, laid out as the
real one is (ids.txt, ground-truth.json, html/ID.html.gz), so the test needs nothing beside
the checkout. The real figures come from running the harness on the real pages.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import lxml.html
import pytest

import newsdoc

from .conftest import benchmark_module

ROOT = Path(__file__).parent.parent
SEEDS = ("000_770722033839be41.wordpress.html", "000_770722033839be41.html5.html")


def seed_folder(folder: Path, body: str) -> None:
    """A benchmark folder of the two seed pages, laid out as the real one is."""
    (folder / "html").mkdir()
    truth = {}
    for number, name in enumerate(SEEDS):
        page_id = f"seed{number}"
        (folder / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress((ROOT / "seeds" / name).read_bytes()))
        truth[page_id] = {"articleBody": body, "url": None}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (folder / "ids.txt").write_text("\n".join(truth) + "\n", encoding="utf-8")


def test_benchmark_on_the_seed_pages(tmp_path: Path, seed_article: newsdoc.Article) -> None:
    # The seed's six body paragraphs, which test_seed checks by hand, are the true body.
    seed_folder(
        tmp_path, "\n\n".join(block.text for block in seed_article.blocks if isinstance(block, newsdoc.Paragraph))
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "aeb.py"), "--data", str(tmp_path), "--systems", "newsdoc"],
        capture_output=True,
        text=True,
        check=True,
    )
    row = re.search(r"^newsdoc\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", done.stdout, re.M)
    assert row is not None, done.stdout
    assert (int(row[1]), int(row[2]), float(row[3])) == (2, 0, 1.0)


def test_metadata_benchmark_on_the_seed_pages(tmp_path: Path) -> None:
    # Both seed pages name their author and date in the head, and their language in <html lang>.
    seed_folder(tmp_path, "")
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "metadata.py"), "--data", str(tmp_path), "--show"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert re.search(r"^newsdoc\s+2\s+2\s+2\s+-$", done.stdout, re.M), done.stdout
    assert "pages where a date differs:" in done.stdout


@pytest.fixture(scope="module")
def benchmark() -> Iterator[ModuleType]:
    with benchmark_module("aeb") as module:
        yield module


def test_without_classes_leaves_the_words_and_no_class_or_id(benchmark: ModuleType) -> None:
    page = benchmark.Page(
        "p", None, '<html><body><div class="sidebar" id="side"><p class="x">Ferry times</p></div></body></html>', ""
    )
    bare = benchmark.without_classes(page)
    assert "class=" not in bare.html
    assert "id=" not in bare.html
    assert lxml.html.document_fromstring(bare.html).text_content() == "Ferry times"
    assert (bare.id, bare.url, bare.truth) == (page.id, page.url, page.truth)
