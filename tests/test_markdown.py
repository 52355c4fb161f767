"""to_markdown / from_markdown: readable Markdown that comes back as the same article."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from markdown_it import MarkdownIt

import newsdoc
from newsdoc import Caption, Heading, Image, ItemList, Paragraph, PullQuote, Quote

from . import strategies


@settings(max_examples=max(300, settings().max_examples))
@given(strategies.articles())
def test_round_trip(article: newsdoc.Article) -> None:
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


@given(strategies.articles())
def test_no_text_becomes_markup(article: newsdoc.Article) -> None:
    """Rendered, the Markdown holds no element that the article's words could have made."""
    html = MarkdownIt("commonmark").render(newsdoc.to_markdown(article))
    allowed = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "img", "br", "em", "blockquote", "hr", "ul", "ol", "li"}
    tags = set(re.findall(r"<(\w+)", re.sub(r"<!--.*?-->", "", html, flags=re.S)))
    assert tags <= allowed
    assert "<script" not in html


@given(strategies.article_texts())
def test_text_markdown_text(text: str) -> None:
    assert newsdoc.to_text(newsdoc.from_markdown(newsdoc.to_markdown(newsdoc.parse_text(text)))) == text


def test_rendered_seed_reads_well(seed_article: newsdoc.Article) -> None:
    html = MarkdownIt("commonmark").render(newsdoc.to_markdown(seed_article))
    visible = re.sub(r"<!--.*?-->", "", html, flags=re.S)
    assert "newsdoc" not in visible  # the round-trip data is invisible
    assert visible.lstrip().startswith("<h1>INSIGHT: Russias Search for Leverage in the Syrian Crisis</h1>")
    assert "<em>Credit: Edlib News Network via AP</em>" in visible
    assert re.search(r"<blockquote>\s*<p>Russia is looking.*?</p>\s*<p>\u2014 Stratfor analysis</p>", visible, re.S)
    notes = visible.split("<hr />")[1]  # the notes are set apart at the end
    assert "republished with the permission of Stratfor" in notes
    assert "Stratfor is a privately-owned" in notes
    assert "republished with the permission" not in visible.split("<hr />")[0]


def test_hand_written_markdown() -> None:
    article = newsdoc.from_markdown(
        "# A Title\n\nSome *emphasis* and a [link](http://x.org).\n\n## Part two\n\n"
        '![A cat](cat.jpg "title")\n\n> Quoted words\n> on two lines.\n\n- one\n- two\n\n1. first\n'
    )
    assert article.title == "A Title"
    assert article.blocks == (
        Heading(text="A Title", level=1),
        Paragraph(text="Some emphasis and a link."),
        Heading(text="Part two", level=2),
        Image(alt="A cat", src="cat.jpg"),
        Quote(text="Quoted words\non two lines."),
        ItemList(items=("one", "two")),
        ItemList(items=("first",), ordered=True),
    )


def test_edited_markdown_reads_back() -> None:
    article = newsdoc.Article(
        title="T",
        blocks=(Caption(text="Crowds gather", credit="AP", image=None), PullQuote(text="Q", attribution="Jane")),
    )
    markdown = (
        newsdoc.to_markdown(article).replace("Credit: AP", "Credit: Reuters").replace("\u2014 Jane", "\u2014 John")
    )
    edited = newsdoc.from_markdown(markdown)
    assert edited.blocks == (Caption(text="Crowds gather", credit="Reuters"), PullQuote(text="Q", attribution="John"))


@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        ("<!-- newsdoc {broken -->\n\ntext\n", r"line 1: broken newsdoc comment"),
        ("para\n\n<!-- newsdoc [1, 2] -->\n\ntext\n", r"line 3: a newsdoc comment must hold a JSON object"),
        (
            'para\n\n<!-- newsdoc {"type": "caption", "image": "x"} -->\ntext\n',
            r"line 3: \$\.image: expected an integer",
        ),
        ('<!-- newsdoc {"type": "nonsense"} -->\ntext\n', r"line 1: \$: unknown block type 'nonsense'"),
    ],
)
def test_broken_comments_say_where(markdown: str, message: str) -> None:
    with pytest.raises(newsdoc.ParseError, match=message):
        newsdoc.from_markdown(markdown)


def test_a_picture_without_an_address_shows_its_alt_text() -> None:
    for src in (None, "", "javascript:alert(1)"):
        article = newsdoc.Article(blocks=(newsdoc.Image(alt="Seals on the sandbank", src=src),))
        markdown = newsdoc.to_markdown(article)
        assert markdown.endswith("\n*Image: Seals on the sandbank*\n")
        assert "<img" not in MarkdownIt("commonmark").render(markdown)
        assert newsdoc.from_markdown(markdown) == article


def test_a_credit_alone_is_shown() -> None:
    article = newsdoc.Article(blocks=(newsdoc.Caption(text="", credit="Jane Roe/AFP"),))
    markdown = newsdoc.to_markdown(article)
    assert "<em>Credit: Jane Roe/AFP</em>" in MarkdownIt("commonmark").render(markdown)
    assert newsdoc.from_markdown(markdown) == article
