"""benchmarks/aeb.py runs, so that it cannot rot (speed is measured there, never asserted here)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
DATA = ROOT.parent / "shared" / "data" / "aeb-dev"


def test_benchmark_on_three_pages() -> None:
    assert DATA.is_dir(), f"the benchmark data is expected beside the checkout, at {DATA}"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "aeb.py"), "--data", str(DATA), "--limit", "3"],
        capture_output=True,
        text=True,
        check=True,
    )
    row = re.search(r"^newsdoc\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", done.stdout, re.M)
    assert row is not None, done.stdout
    pages, fails, f1 = int(row[1]), int(row[2]), float(row[3])
    assert (pages, fails) == (3, 0)
    assert 0.5 < f1 <= 1.0  # a smoke test: the real figures are in the closing note
