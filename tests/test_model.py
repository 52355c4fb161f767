"""What the model gives a user directly: every block's words, the body's text, blocks of a kind."""

from __future__ import annotations

import newsdoc
from newsdoc import (
    Attribution,
    AttributionKind,
    Bio,
    Caption,
    Disclaimer,
    Fragment,
    Heading,
    Image,
    ItemList,
    Paragraph,
    PullQuote,
    Quote,
    Standfirst,
)

ARTICLE = newsdoc.Article(
    title="Seals Return",
    blocks=(
        Heading(text="Seals Return", level=1),
        Fragment(text="By Jane Roe", role="byline"),
        Standfirst(text="A record year on the sandbanks."),
        Image(alt="Pups on a sandbank", src="pups.jpg"),
        Caption(text="Pups at low tide.", credit="Jane Roe", image=3),
        Paragraph(text="Wardens counted two hundred pups."),
        PullQuote(text="Two hundred pups", repeats=5),
        Heading(text="Why now", level=2),
        ItemList(items=("Quieter water", "No dogs")),
        Quote(text="We have never seen so many."),
        Attribution(text="Republished from the Example Ledger.", kind=AttributionKind.REPUBLISHED),
        Disclaimer(text="The views are the author's own."),
        Bio(text="Jane Roe writes about the coast."),
    ),
)


def test_every_block_has_its_words_in_text() -> None:
    assert [block.text for block in ARTICLE.blocks][3:5] == ["Pups on a sandbank", "Pups at low tide."]
    assert ItemList(items=("a", "b"), ordered=True).text == "a\nb"


def test_the_body_text_leaves_out_what_is_not_the_body() -> None:
    assert ARTICLE.text == (
        "A record year on the sandbanks.\n\nWardens counted two hundred pups.\n\nWhy now\n\n"
        "Quieter water\nNo dogs\n\nWe have never seen so many."
    )
    assert newsdoc.Article().text == ""


def test_blocks_of_a_kind() -> None:
    assert ARTICLE.blocks_of(Caption) == (ARTICLE.blocks[4],)
    assert [type(b).__name__ for b in ARTICLE.blocks_of(Attribution, Disclaimer, Bio)] == [
        "Attribution",
        "Disclaimer",
        "Bio",
    ]
    assert ARTICLE.blocks_of() == ()
