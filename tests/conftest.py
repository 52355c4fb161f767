from __future__ import annotations

from pathlib import Path

import pytest

import newsdoc

SEED = Path(__file__).parent.parent / "seeds" / "000_770722033839be41.txt"


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
