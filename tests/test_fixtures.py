"""The hand-written article texts in fixtures/text/ parse to the blocks written beside them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsdoc
from newsdoc import Attribution, Caption, Fragment, Image, PullQuote

FIXTURES = Path(__file__).parent / "fixtures" / "text"
TYPE_NAMES = {
    "paragraph": newsdoc.Paragraph,
    "standfirst": newsdoc.Standfirst,
    "heading": newsdoc.Heading,
    "image": Image,
    "caption": Caption,
    "pull_quote": PullQuote,
    "attribution": Attribution,
    "disclaimer": newsdoc.Disclaimer,
    "bio": newsdoc.Bio,
    "fragment": Fragment,
}


def read_expected(path: Path) -> list[tuple[str, str, dict[str, str]]]:
    """Read ``TYPE: first words | key=value`` lines."""
    rows = []
    for line in path.read_text("utf-8").splitlines():
        head, *pairs = line.split(" | ")
        kind, words = head.split(": ", 1)
        rows.append((kind, words, dict(pair.split("=", 1) for pair in pairs)))
    return rows


def block_words(block: newsdoc.Block) -> str:
    return block.alt if isinstance(block, Image) else block.text  # type: ignore[union-attr]


def block_keys(article: newsdoc.Article, block: newsdoc.Block) -> dict[str, str]:
    """The keys the .expected files use, read from a parsed block."""
    match block:
        case Caption(credit=credit) if credit is not None:
            return {"credit": credit}
        case PullQuote():
            keys = {"attribution": block.attribution} if block.attribution else {}
            if block.repeats is not None:
                source = article.blocks[block.repeats]
                assert isinstance(source, newsdoc.Paragraph)
                assert newsdoc.classify.normalise(block.text) in newsdoc.classify.normalise(source.text)
                keys["repeats"] = "yes"
            return keys
        case Attribution():
            return {"kind": block.kind.value, "source": block.source or ""}
        case Fragment(role=role) if role:
            return {"role": role}
        case Image(slug=slug) if slug and slug.width:
            assert isinstance(slug.date, dt.date)
            return {"width": str(slug.width), "date": slug.date.isoformat()}
        case _:
            return {}


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_fixture(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    got = [(type(b), " ".join(block_words(b).split()[:5]), block_keys(article, b)) for b in article.blocks]
    want = [(TYPE_NAMES[kind], words, keys) for kind, words, keys in read_expected(path.with_suffix(".expected"))]
    assert got == want


def test_fixtures_cover_every_convention() -> None:
    """Guard against the fixture set shrinking below what the parser is tested on."""
    assert len(list(FIXTURES.glob("*.txt"))) >= 10
