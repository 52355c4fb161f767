"""benchmarks/speed.py runs, so that it cannot rot (speed is measured there, never asserted here).

It runs on a folder of the two seed pages (one of them gzipped) and on small texts, with the
other page tools hidden, as in an environment without the bench extra.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
OPTIONAL = ("trafilatura", "readability", "resiliparse")
NUMBER = r"\d+(?:\.\d+)?"


def run_speed(tmp_path: Path, *options: str, env: dict[str, str] | None = None) -> str:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(SEEDS / "000_770722033839be41.wordpress.html", pages)
    html5 = (SEEDS / "000_770722033839be41.html5.html").read_bytes()
    (pages / "000_770722033839be41.html5.html.gz").write_bytes(gzip.compress(html5))
    bodies = tmp_path / "bodies.json"
    bodies.write_text(json.dumps(BODIES), encoding="utf-8")
    options = (
        "--repeats",
        "1",
        "--pages",
        str(pages),
        "--text-mb",
        "0.02",
        "--doc-mb",
        "0.02",
        "--bodies",
        str(bodies),
        *options,
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "speed.py"), *options],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return done.stdout


BODIES = {
    "first": {"articleBody": "The ferry left at dawn.\n\nIts crew of six had sailed the route for a decade."},
    "second": {
        "articleBody": "The council met on Tuesday.\n\nThis article is republished with permission of Harbour Weekly."
    },
}


def verdict(out: str, target: str) -> str | None:
    match = re.search(rf"^{re.escape(target)} .*?(met|missed|not run)$", out, re.M)
    return match[1] if match else None


def test_without_the_other_tools(tmp_path: Path) -> None:
    # A package of each name that refuses to import stands in for one not installed.
    hidden = tmp_path / "hidden"
    for name in OPTIONAL:
        (hidden / name).mkdir(parents=True)
        (hidden / name / "__init__.py").write_text(f"raise ImportError('{name} hidden by the test')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hidden), os.environ.get("PYTHONPATH", "")])}
    out = run_speed(tmp_path, env=env)
    assert re.search(rf"^  newsdoc +{NUMBER} pages/s +spread", out, re.M), out
    assert "pages: 2 pages" in out
    for name in OPTIONAL:
        assert re.search(rf"^  {name} +skipped: not installed", out, re.M), out
    assert re.search(rf"^  newsdoc / lxml \(floor\) = {NUMBER}x$", out, re.M), out
    assert "newsdoc / trafilatura" not in out
    assert re.search(rf"^  parse_text +{NUMBER} MB/s", out, re.M), out
    assert "(and 2 article bodies of bodies.json" in out
    assert re.search(rf"^  parse_text bodies +{NUMBER} MB/s", out, re.M), out
    for ratio in ("to_markdown", "from_markdown"):
        assert re.search(rf"^  {ratio} takes {NUMBER}x the time of markdown-it$", out, re.M), out
    assert re.search(rf"^  to_json takes {NUMBER}x the time of json.dumps$", out, re.M), out
    assert re.search(rf"^  from_json takes {NUMBER}x the time of json.loads$", out, re.M), out
    assert verdict(out, "parse_html ≥ 3× trafilatura pages/s") == "not run", out
    assert verdict(out, "parse_text ≥ 10 MB/s") in ("met", "missed"), out
    assert verdict(out, "from_json within 3× of json.loads") in ("met", "missed"), out


def test_without_the_bodies(tmp_path: Path) -> None:
    out = run_speed(tmp_path, "--only", "text", "--bodies", str(tmp_path / "missing.json"))
    assert re.search(rf"^  parse_text +{NUMBER} MB/s", out, re.M), out
    assert f"parse_text on real bodies skipped: no {tmp_path / 'missing.json'}" in out
    assert "parse_text bodies" not in out
