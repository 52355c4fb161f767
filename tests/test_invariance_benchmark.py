"""benchmarks/invariance.py: its rewritings change nothing a reader sees, and it runs on the seed pages.

The real counts come from running the script on the AEB dev pages; here it runs on a
benchmark folder made from the two seed pages, laid out as the real one is.
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

from .conftest import benchmark_module

ROOT = Path(__file__).parent.parent
SENTENCE = "The ferry across the lake is back after a winter of repairs, and so are the commuters who missed it. "
PAGE = (
    f"<html><body>\n<div>\n<h1>Ferry Returns</h1>\n<p>{SENTENCE * 3}<b>It</b> runs\nhourly.</p> "
    "<pre>  kept\n  as is</pre>\n</div>\n</body></html>"
)


@pytest.fixture(scope="module")
def invariance() -> Iterator[ModuleType]:
    with benchmark_module("invariance") as module:
        yield module


def shown(page: str) -> str:
    """The words a browser shows, white space folded, and the preformatted text as it stands."""
    root = lxml.html.document_fromstring(page)
    pre = root.find(".//pre")
    assert pre is not None
    return " ".join(root.text_content().replace(pre.text_content(), "").split()) + "|" + pre.text_content()


@pytest.mark.parametrize("how", ["indented", "wrapped", "no-break"])
def test_a_rewritten_page_shows_the_same_words(invariance: ModuleType, how: str) -> None:
    rewritten = invariance.rewrite_page(PAGE, how)
    assert rewritten != invariance.rewrite_page(PAGE, "as-is")
    words = shown(rewritten).replace("\u00a0", " ") if how == "no-break" else shown(rewritten)
    assert words == shown(PAGE)


def test_the_script_runs_on_the_seed_pages(tmp_path: Path) -> None:
    data = tmp_path / "aeb"
    (data / "html").mkdir(parents=True)
    names = {"html5": "000_770722033839be41.html5.html", "wordpress": "000_770722033839be41.wordpress.html"}
    for page_id, name in names.items():
        (data / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress((ROOT / "seeds" / name).read_bytes()))
    (data / "ground-truth.json").write_text(json.dumps({page_id: {"articleBody": ""} for page_id in names}))
    (data / "ids.txt").write_text("\n".join(names) + "\n")
    script = ROOT / "benchmarks" / "invariance.py"
    command = [sys.executable, str(script), "--data", str(data)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    rows = dict(re.findall(r"^((?:page|text) [\w-]+) +(\d+ of \d+)", done.stdout, re.M))
    assert rows == {
        "page indented": "0 of 2",
        "page wrapped": "0 of 2",
        "page no-break": "0 of 2",
        "text crlf": "0 of 4",
        "text trailing": "0 of 4",
        "text tab": "0 of 4",
        "text bom": "0 of 4",
        "text no-break": "0 of 4",
        "text wrapped": "0 of 4",
    }
