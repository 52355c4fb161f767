from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

import newsdoc

# "default" keeps the suite quick and free of timing flakes on a shared machine; "thorough"
# (HYPOTHESIS_PROFILE=thorough, or --hypothesis-profile=thorough) tries fifty times as many inputs.
settings.register_profile("default", deadline=None)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

SEED = Path(__file__).parent.parent / "seeds" / "000_770722033839be41.txt"
BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


@contextlib.contextmanager
def benchmark_module(name: str) -> Iterator[ModuleType]:
    """The script ``benchmarks/<name>.py`` as a module, its neighbours importable while it is in use."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def seed_article(seed_text: str) -> newsdoc.Article:
    return newsdoc.parse_text(seed_text)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite the golden files; read the diff before committing"
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
