"""benchmarks/instructions.py runs, so that it cannot rot; the counting itself needs valgrind, and is not run here."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import benchmark_module

ROOT = Path(__file__).parent.parent
SCRIPT = ROOT / "benchmarks" / "instructions.py"


@pytest.fixture(scope="module")
def instructions() -> Iterator[ModuleType]:
    with benchmark_module("instructions") as module:
        yield module


def test_the_count_is_read_from_cachegrinds_summary(instructions: ModuleType) -> None:
    report = "==4242== \n==4242== I   refs:      2,434,213,621\n"
    assert instructions.instructions_of(report) == 2_434_213_621
    with pytest.raises(ValueError, match="I refs"):
        instructions.instructions_of("==4242== Cachegrind, a high-precision tracing profiler\n")


@pytest.mark.parametrize("name", ["newsdoc", "parse_text"])
def test_a_child_runs_its_passes(tmp_path: Path, name: str) -> None:
    shutil.copy(ROOT / "seeds" / "000_770722033839be41.wordpress.html", tmp_path)
    command = [sys.executable, str(SCRIPT), "--child", name, "--passes", "2", "--pages", str(tmp_path)]
    done = subprocess.run([*command, "--text-mb", "0.01"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stderr) == (0, "")


def test_without_valgrind_it_says_so(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--pages", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": str(tmp_path)},  # a folder with no valgrind in it
    )
    assert done.returncode == 2
    assert "valgrind is not on the PATH" in done.stderr


def test_an_unknown_measurement_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--only", "newsdoc,readability"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "no measurement is named readability" in done.stderr
