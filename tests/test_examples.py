"""The scripts in examples/ run and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def run(name: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_outline_on_the_seed() -> None:
    lines = run("outline.py").splitlines()
    assert lines[0] == "INSIGHT: Russias Search for Leverage in the Syrian Crisis  [18 blocks]"
    assert lines[1].startswith("  0  Caption      Syrian President Bashar Assad")
    assert lines[1].endswith("(credit: AP Image)")
    assert any(line.endswith("(attributed to Stratfor analysis)") for line in lines)


def test_outline_on_a_fixture() -> None:
    out = run("outline.py", str(ROOT / "tests" / "fixtures" / "text" / "08_crlf_reuters_inline.txt"))
    assert "(credit: REUTERS/Anouk Verbeke)" in out
