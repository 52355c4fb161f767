"""The seed article is the specification: every part of it comes out typed, and back exactly."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import attrs
import pytest

import newsdoc
from newsdoc import (
    Attribution,
    AttributionKind,
    Bio,
    Caption,
    Disclaimer,
    Fragment,
    Image,
    Paragraph,
    PullQuote,
    Slug,
    Standfirst,
)

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_770722033839be41.txt"
TITLE = "INSIGHT: Russias Search for Leverage in the Syrian Crisis"


@pytest.fixture
def seed(seed_text: str) -> str:
    return seed_text


@pytest.fixture
def article(seed_article: newsdoc.Article) -> newsdoc.Article:
    return seed_article


def test_seed_is_byte_identical_to_the_shared_copy() -> None:
    # The digest of ../shared/seeds/000_770722033839be41.txt when it was copied here (4995 bytes,
    # no final newline); the CI checkout has ../shared beside it, so compare with that too.
    data = SEED.read_bytes()
    assert hashlib.sha256(data).hexdigest() == "bbb57165f67d60e8fc32c9993b33070e6abb00af86410e867caa950495da777a"
    shared = ROOT.parent / "shared" / "seeds" / SEED.name
    assert not shared.exists() or shared.read_bytes() == data


def test_seed_blocks_in_order(article: newsdoc.Article) -> None:
    # The table of the core issue, written out by hand: (type, start of the words).
    expected = [
        (Caption, "Syrian President Bashar Assad, right,"),
        (Standfirst, "Russia and the United States are engaged"),
        (Image, "insight stratfor INSIGHT"),
        (Paragraph, "U.S. Secretary of State"),
        (Paragraph, "The focus of the meetings"),
        (Paragraph, "Russia wants to maintain"),
        (PullQuote, "Russia is looking to avoid"),
        (Image, "ap syr2 300 12dec12 INSIGHT"),
        (Caption, "Anti-regime protesters"),
        (Paragraph, "Russia could offer"),
        (Paragraph, "Russia\u2019s price"),
        (Image, "ap syr3 300 12dec12 INSIGHT"),
        (Caption, "Russian President Vladimir Putin (R) and"),
        (Paragraph, "Russia may also be using"),
        (Attribution, "The analysis\u00a0Russia\u2019s Search"),
        (Disclaimer, "The views expressed in this Insight"),
        (Fragment, "INSIGHT: Russias Search"),
        (Bio, "Stratfor is a privately-owned"),
    ]
    got = [(type(b), b.alt if isinstance(b, Image) else b.text) for b in article.blocks]
    assert [kind for kind, _ in got] == [kind for kind, _ in expected]
    for (_, words), (_, start) in zip(got, expected, strict=True):
        assert words.startswith(start)


def test_seed_metadata(article: newsdoc.Article) -> None:
    assert article.title == TITLE
    assert article.kicker == "INSIGHT"
    assert article.source == "Stratfor"
    assert article.publication == "Middle East Voices"
    assert article.published is None  # the photo dates are not the publication date


def test_seed_captions_and_credits(article: newsdoc.Article) -> None:
    captions = [b for b in article.blocks if isinstance(b, Caption)]
    assert [c.credit for c in captions] == ["AP Image", "Edlib News Network via AP", "AP"]
    assert captions[0].text == "Syrian President Bashar Assad, right, with Russian Foreign Minister Sergei Lavrov"
    assert captions[0].image is None  # the lead photo: no alt line before it
    assert captions[2].text.endswith("Syria was among the topics discussed.")  # "(R)" is no credit
    for caption in captions[1:]:
        assert caption.image is not None
        assert isinstance(article.blocks[caption.image], Image)
        assert article.blocks.index(caption) == caption.image + 1


def test_seed_images(article: newsdoc.Article) -> None:
    images = [b for b in article.blocks if isinstance(b, Image)]
    assert images[0].alt == "insight stratfor " + TITLE
    assert images[0].slug == Slug(words="insight stratfor")
    assert images[1].slug == Slug(words="ap syr2", width=300, date=dt.date(2012, 12, 12))
    assert images[2].slug == Slug(words="ap syr3", width=300, date=dt.date(2012, 12, 12))
    glued = article.blocks[article.blocks.index(images[0]) + 1]
    assert isinstance(glued, Paragraph)
    assert glued.spacing == ""  # the alt text runs straight into the paragraph
    assert glued.text.startswith("U.S. Secretary of State Hillary Clinton")


def test_seed_pull_quote_refers_to_its_paragraph(article: newsdoc.Article) -> None:
    (quote,) = (b for b in article.blocks if isinstance(b, PullQuote))
    assert quote.attribution == "Stratfor analysis"
    assert quote.text.startswith("Russia is looking")
    assert quote.text.endswith("transition.")
    assert quote.repeats is not None
    paragraph = article.blocks[quote.repeats]
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.startswith("Russia may also be using")
    assert quote.text in paragraph.text


def test_seed_notes(article: newsdoc.Article) -> None:
    (note,) = (b for b in article.blocks if isinstance(b, Attribution))
    assert note.kind is AttributionKind.REPUBLISHED
    assert note.source == "Stratfor"
    assert note.work == "Russia\u2019s Search for Leverage in the Syrian Crisis"
    (bio,) = (b for b in article.blocks if isinstance(b, Bio))
    assert bio.name == "Stratfor"
    (title,) = (b for b in article.blocks if isinstance(b, Fragment))
    assert (title.role, title.text) == ("title", TITLE)


def test_seed_round_trips_byte_for_byte(seed: str, article: newsdoc.Article) -> None:
    assert newsdoc.to_text(article) == seed
    assert newsdoc.to_text(newsdoc.from_markdown(newsdoc.to_markdown(article))) == seed
    assert newsdoc.to_text(newsdoc.from_json(newsdoc.to_json(article))) == seed


def test_changing_a_credit_changes_only_that_part(seed: str, article: newsdoc.Article) -> None:
    i = next(i for i, b in enumerate(article.blocks) if isinstance(b, Caption) and b.credit == "AP")
    caption = article.blocks[i]
    assert isinstance(caption, Caption)
    blocks = list(article.blocks)
    blocks[i] = attrs.evolve(caption, credit="Reuters")
    edited = newsdoc.to_text(attrs.evolve(article, blocks=tuple(blocks)))
    assert edited == seed.replace("discussed. (AP)", "discussed. (Reuters)")
    assert edited.count("(Reuters)") == 1
