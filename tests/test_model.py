"""What the model gives a user directly: every block's words, the body's text, blocks of a kind."""

from __future__ import annotations

import inspect
import types

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

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
from newsdoc.model import _all_text_of, _strings, lone_surrogate, plain_fields, plain_text

from . import strategies

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


def test_a_numbered_list_goes_on_from_its_start() -> None:
    """A list that goes on from an earlier one is numbered from its first number, in every format."""
    items = ItemList(items=("Orrin", "Hollow Holm"), ordered=True, start=3)
    article = newsdoc.Article(blocks=(items,))
    assert newsdoc.to_text(article) == "3. Orrin\n4. Hollow Holm\n"
    assert newsdoc.to_markdown(article).endswith("3. Orrin\n4. Hollow Holm\n")
    assert '<ol class="nd-item-list" start="3">' in newsdoc.to_html(article)
    for read, write in ((newsdoc.from_markdown, newsdoc.to_markdown), (newsdoc.parse_html, newsdoc.to_html)):
        assert read(write(article)) == article


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"ordered": True, "start": -1}, "from 0 to 999,999,999"),
        ({"ordered": True, "start": 10**9}, "from 0 to 999,999,999"),
        ({"ordered": False, "start": 3}, "must be 1 for a list without numbers"),
    ],
)
def test_a_lists_start_is_one_markdown_can_write(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ItemList(items=("Orrin",), **fields)  # type: ignore[arg-type]


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


def test_positions_must_name_a_block_of_the_right_kind() -> None:
    with pytest.raises(ValueError, match=r"blocks\[1\]\.image: block 0 is a Paragraph, not an Image"):
        newsdoc.Article(blocks=(Paragraph(text="a"), Caption(text="b", image=0)))
    with pytest.raises(ValueError, match=r"blocks\[0\]\.repeats: no block 99, not a Paragraph or Quote"):
        newsdoc.Article(blocks=(PullQuote(text="a", repeats=99),))
    with pytest.raises(ValueError, match=r"blocks\[0\]\.repeats: block 0 is a PullQuote"):
        newsdoc.Article(blocks=(PullQuote(text="a", repeats=0),))
    document = '{"format": "newsdoc", "version": 1, "blocks": [{"type": "caption", "text": "b", "image": 3}]}'
    with pytest.raises(newsdoc.FormatError, match=r"blocks\[0\]\.image: no block 3, not an Image"):
        newsdoc.from_json(document)


def test_filter_and_insert_keep_positions_right() -> None:
    without_lists = ARTICLE.filter(lambda block: not isinstance(block, ItemList | Fragment))
    assert without_lists.blocks_of(Caption)[0].image == 2  # type: ignore[union-attr]
    assert without_lists.blocks_of(PullQuote)[0].repeats == 4  # type: ignore[union-attr]
    without_pictures = ARTICLE.filter(lambda block: not isinstance(block, Image))
    assert without_pictures.blocks_of(Caption)[0].image is None  # type: ignore[union-attr]
    inserted = ARTICLE.insert(3, Paragraph(text="New."), Paragraph(text="Newer."))
    assert inserted.blocks[3:5] == (Paragraph(text="New."), Paragraph(text="Newer."))
    assert inserted.blocks_of(Caption)[0].image == 5  # type: ignore[union-attr]
    assert inserted.blocks_of(PullQuote)[0].repeats == 7  # type: ignore[union-attr]
    assert ARTICLE.insert(-1, Paragraph(text="x")).blocks[-2] == Paragraph(text="x")
    assert ARTICLE.insert(99, Paragraph(text="x")).blocks[-1] == Paragraph(text="x")


def test_cues_read_well_in_a_signature() -> None:
    assert repr(newsdoc.DEFAULT_CUES) == "DEFAULT_CUES"
    own = attrs.evolve(newsdoc.DEFAULT_CUES, agencies=("Tass",))
    assert repr(own) == "attrs.evolve(DEFAULT_CUES, agencies=('Tass',))"
    assert len(str(inspect.signature(newsdoc.parse_html))) < 300


@given(strategies.blocks)
def test_plain_text_joins_the_plain_fields(block: newsdoc.Block) -> None:
    """parse_text writes each of these fields back as the text had it: together they are the block's plain text."""
    fields = plain_fields(block)
    if isinstance(block, newsdoc.ItemList | newsdoc.Table):
        assert fields == ()
    else:
        assert "".join(getattr(block, name) for name in fields) == plain_text(block)


def test_a_credit_set_over_its_caption_comes_first_in_plain_text() -> None:
    """A page that sets the credit over the caption ("Image copyright", the credit, "Image caption", the words)
    keeps that order in plain text; a caption with no credit has none to set first."""
    caption = newsdoc.Caption(
        text="Sailors wait on the quay.",
        credit="Harbour Board",
        credit_prefix="Image copyright ",
        credit_suffix="\nImage caption ",
        credit_first=True,
    )
    assert plain_text(caption) == "Image copyright Harbour Board\nImage caption Sailors wait on the quay."
    assert "credit_first=True" in repr(caption)
    assert "credit_first" not in repr(attrs.evolve(caption, credit_first=False))
    with pytest.raises(ValueError, match="credit_first: a caption without a credit"):
        newsdoc.Caption(text="Sailors wait on the quay.", credit_first=True)
    with pytest.raises(TypeError, match="credit_first: expected a bool"):
        newsdoc.Caption(text="Sailors wait.", credit="Harbour Board", credit_first=1)  # type: ignore[arg-type]


def test_a_lists_bullet_is_written_before_each_item() -> None:
    """A list keeps the bullet its text set before each item; a numbered list has its numbers instead."""
    listed = ItemList(items=("Fix the pier", "Raise the fares"), bullet="\u2022\t")
    assert plain_text(listed) == "\u2022\tFix the pier\n\u2022\tRaise the fares"
    assert plain_text(attrs.evolve(listed, bullet="")) == "Fix the pier\nRaise the fares"
    assert plain_text(attrs.evolve(listed, bullet=None)) == "- Fix the pier\n- Raise the fares"
    assert "bullet='\u2022\\t'" in repr(listed)
    assert "bullet" not in repr(attrs.evolve(listed, bullet=None))
    assert "bullet=''" in repr(attrs.evolve(listed, bullet=""))  # no bullet is not the usual one
    with pytest.raises(ValueError, match="bullet: a numbered list has numbers"):
        ItemList(items=("Fix the pier",), ordered=True, bullet="* ")
    with pytest.raises(ValueError, match=r"bullet: '\* \\n' breaks the line"):
        ItemList(items=("Fix the pier",), bullet="* \n")
    with pytest.raises(TypeError, match="bullet: expected a str or None, got int"):
        ItemList(items=("Fix the pier",), bullet=1)  # type: ignore[arg-type]


_WITH_SURROGATES = st.text(st.sampled_from(["a", "\u00e9", "\ud800", "\udfff", "\U0001f600"]), max_size=4)


@given(st.lists(strategies.blocks_of(_WITH_SURROGATES), max_size=4))
def test_the_quick_look_for_lone_surrogates_finds_what_the_walk_finds(blocks: list[newsdoc.Block]) -> None:
    """Article looks at all its strings at once, list items and table cells too, before a walk that says where."""
    article = types.SimpleNamespace(**{field.name: field.default for field in attrs.fields(newsdoc.Article)})
    article.blocks = tuple(blocks)
    assert _all_text_of((), tuple(blocks)) is all(lone_surrogate(text) is None for _, _, text in _strings(article))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("block", "where"),
    [
        (ItemList(items=("ok", "a\udfff")), r"blocks\[0\]\.items\[1\]"),
        (newsdoc.Table(rows=(("ok",), ("fine", "\ud800"))), r"blocks\[0\]\.rows\[1\]\[1\]"),
        (Caption(text="ok", credit="\udfff"), r"blocks\[0\]\.credit"),
    ],
)
def test_a_lone_surrogate_is_found_in_any_string_of_a_block(block: newsdoc.Block, where: str) -> None:
    with pytest.raises(ValueError, match=rf"^{where}: lone surrogate"):
        newsdoc.Article(blocks=(block,))
