"""Hostile input: a reader returns an Article or raises NewsdocError, and loses nothing; writers write nothing live.

The reproducers are the shapes that once broke the promise; the properties feed each
reader whatever hypothesis makes. ``HYPOTHESIS_PROFILE=thorough`` runs them longer (see
CONTRIBUTING).
"""

from __future__ import annotations

import builtins
import datetime as dt
import io
import json
import re
import socket
import sys
import unittest.mock
from collections.abc import Callable, Iterator
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import newsdoc
from newsdoc import FormatError, Image, LimitError, Limits, NewsdocError, ParseError, PullQuote, classify
from newsdoc.cli import main
from newsdoc.files import read_bytes
from newsdoc.html import Dropped, blocks, parse_page, reader, tree, zones
from newsdoc.html.tree import words_of
from newsdoc.urls import safe_url

from . import strategies

# --- reproducers ---------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["<nav></nav>\x01", "<p><!---->\x0c", "<div>\x00\x1f<nav>x</nav>\x02<p>Words.</p>"])
def test_control_characters_after_dropped_elements(page: str) -> None:
    assert isinstance(newsdoc.parse_html(page), newsdoc.Article)


@pytest.mark.parametrize("at", [0, (1 << 17) - 1, 1 << 17, 5 << 17])
def test_a_control_character_anywhere_in_a_long_page_is_taken_out(at: int) -> None:
    """Control characters are looked for a piece of the page at a time: one in any piece, or at an edge, is found."""
    sentence = "The ferry left the harbour at dawn. "
    words = sentence * ((6 << 17) // len(sentence))  # six pieces of the page
    page = f"<p>{words}</p>"
    page = page[:at] + "\x01" + page[at:]  # at that byte: the page is ASCII
    text = newsdoc.to_text(newsdoc.parse_html(page.encode()))
    assert "\x01" not in text
    assert text.startswith(sentence.strip())
    assert text.count("ferry") == words.count("ferry")


@pytest.mark.parametrize("reference", ["&#19;", "&#x1;", "&#65535;"])
def test_a_control_character_by_reference_after_a_dropped_element(reference: str) -> None:
    """Found by the fuzzer: a character reference puts a control in the tree, which lxml will not take back."""
    page = f"<body><nav>Home</nav>Lake{reference}side talks<p>The first ferry left the harbour.</p></body>"
    assert newsdoc.to_text(newsdoc.parse_html(page)).startswith("Lake\ufffdside talks")


@pytest.mark.parametrize(
    "line",
    ["<img src='http://[Mara Lind' width='96'> By Mara Lind", "<a href='http://[Mara Lind'>Mara Lind</a> March 3"],
)
def test_an_address_urllib_cannot_read_beside_a_byline(line: str) -> None:
    """Found by the fuzzer: a bracket opens an IPv6 host that never closes; urllib raises ValueError on it."""
    sentence = "The ferry service across the lake resumed on Monday after a winter of repairs to both landings."
    body = f"<p>{sentence}</p>" * 3
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><div>{line}</div>{body}</article>")
    assert [block.text for block in article.blocks_of(newsdoc.Paragraph)][-3:] == [sentence] * 3


_OWN = '<article data-newsdoc=\'{"format": "newsdoc", "version": 1}\'>'


@pytest.mark.parametrize(
    "page",
    [
        '<article data-newsdoc="{}"><p class="nd-heading">',
        *(f'{_OWN}<p class="nd-paragraph" data-nd="{v}">x</p>' for v in ("1", "null", "[1]", "{", "[" * 1000)),
        '<article data-newsdoc="' + "[" * 1000 + '"></article>',
        '<article data-newsdoc="{}"></article><![en x',
        '<?xml?><article data-newsdoc="{}">',  # and no warning from Beautiful Soup about XML
        '<?xml?><?xml version="1.0"?><article data-newsdoc="{}">',  # nor after a second declaration
    ],
)
def test_broken_newsdoc_data_in_a_page(page: str) -> None:
    with pytest.raises(ParseError, match=r"^newsdoc HTML: "):
        newsdoc.parse_html(page)


def test_a_heading_class_on_another_element_is_a_subheading() -> None:
    article = newsdoc.parse_html(f'{_OWN}<p class="nd-heading">Hi</p></article>')
    assert article.blocks == (newsdoc.Heading(text="Hi"),)


@pytest.mark.parametrize(
    "line", ["Published 12 JUN\u0130 2024", "Ver\u00f6ffentlicht am 3. MAR\u0130 2024", "12 JUN\u0130 2024"]
)
def test_a_months_name_with_a_capital_dotted_i_in_every_reader(line: str) -> None:
    """A case-blind search finds "JUN\u0130" as "Juni"; folded, it holds a combining dot: read, not a KeyError."""
    body = "The first ferry left the harbour at dawn on Tuesday, after the storm."
    assert newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{body}\n").blocks
    assert newsdoc.from_markdown(f"# Ferries Resume\n\n{line}\n\n{body}\n").blocks
    assert newsdoc.parse_html(
        f"<article><h1>Ferries Resume</h1><p class='date'>{line}</p><p>{body}</p></article>"
    ).blocks
    assert newsdoc.parse_text(f"Ferries Resume\n\nPublished 12 JUN\u0130 2024\n\n{body}\n").published == dt.date(
        2024, 6, 12
    )


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("[" * 1000, "nested too deep"),
        ("1" * 4301, "4300 digits"),
        ('{"format": "newsdoc", "version": 1, "title": "\\udfff"}', "title: lone surrogate U+DFFF"),
        ('{"format": "newsdoc", "version": 1, "blocks": [{"type": "caption", "text": "", "image": 1e400}]}', "image"),
        (
            '{"format": "newsdoc", "version": 1, "blocks": [{"type": "caption", "text": "", "image": '
            + "9" * 40
            + "}]}",
            "image",
        ),
    ],
)
def test_json_that_no_article_holds(document: str, message: str) -> None:
    with pytest.raises(FormatError, match=re.escape(message)):
        newsdoc.from_json(document)
    if "blocks" not in document:  # Markdown's first comment holds metadata; its blocks come from the text
        with pytest.raises(ParseError, match=re.escape(message)):
            newsdoc.from_markdown(f"<!-- newsdoc {document} -->\n\nText.\n")


def test_json_in_a_block_comment_that_no_article_holds() -> None:
    with pytest.raises(ParseError, match=re.escape("line 3: ") + ".*image"):
        newsdoc.from_markdown('Text.\n\n<!-- newsdoc {"type": "caption", "text": "", "image": 1e400} -->\n')


def test_numbers_every_writer_can_write() -> None:
    with pytest.raises(ValueError, match=r"'image' must be at least 0 and below 2\*\*63, not a number of 14285 bits"):
        newsdoc.Caption(text="", image=10**4300)
    article = newsdoc.Article(blocks=(newsdoc.Image(alt="a", slug=newsdoc.Slug(words="a", width=2**63 - 1)),))
    assert_round_trips(article)


def test_text_deeper_than_lxml_reads_by_default() -> None:
    for depth in (255, 300, 2000, 2046):  # html, body and 2,046 divs: lxml's 2,048 levels
        assert [b.text for b in newsdoc.parse_html("<div>" * depth + "Deep text").blocks] == ["Deep text"]  # type: ignore[union-attr]
    with pytest.raises(LimitError, match="deeper than max_depth=2048"):
        newsdoc.parse_html("<div>" * 2100 + "Deep text")
    with pytest.raises(LimitError, match="deeper than max_depth=2048"):
        newsdoc.parse_html("<div>" * 2047 + "Deep text")
    with pytest.raises(LimitError, match="max_depth=100"):
        newsdoc.parse_html("<div>" * 150 + "Deep text", limits=Limits(max_depth=100))


def _nested_list(levels: int) -> str:
    """A list of *levels* items, each indented under the one before, as a converter writes a tree of menus."""
    return "".join("  " * i + f"- Item {i}\n" for i in range(levels))


@pytest.mark.parametrize(
    "markdown",
    [
        "> " * 200 + "Deep words.\n\nAfter.\n",
        "- " * 120 + "Deep words.\n\nAfter.\n",  # a list and its item: two levels each
        "> - " * 60 + "Deep words.\n\nAfter.\n",
    ],
    ids=["quotes", "lists", "quoted-lists"],
)
def test_markdown_nested_deep_keeps_its_words(markdown: str) -> None:
    # markdown-it skips what stands under 20 levels of block quotes and lists, and what follows it in them
    text = newsdoc.to_text(newsdoc.from_markdown(markdown))
    assert "Deep words." in text
    assert "After." in text


def test_markdown_list_nested_deep_keeps_every_item() -> None:
    blocks = newsdoc.from_markdown(_nested_list(100)).blocks
    assert [item for block in blocks for item in block.items] == [f"Item {i}" for i in range(100)]  # type: ignore[attr-defined]


def test_markdown_nested_deeper_than_it_is_read_is_refused() -> None:
    with pytest.raises(LimitError, match=r"line 1: block quotes and lists nest deeper than 255 levels") as raised:
        newsdoc.from_markdown("> " * 300 + "Deep words.\n")
    assert raised.value.limit == "max_depth"
    with pytest.raises(LimitError, match=r"line 3: .* deeper than 255 levels"):
        newsdoc.from_markdown("Text.\n\n" + "- " * 128 + "Deep words.\n")
    with pytest.raises(LimitError, match=r"line 128: .* deeper than 255 levels"):
        newsdoc.from_markdown(_nested_list(128))  # the 128th item's words: its 256th level
    # As deep as is read: a paragraph in the 127th item, and in the 254th quote, is the 255th level
    article = newsdoc.from_markdown(_nested_list(127) + "\n" + "> " * 254 + "Deep words.\n")
    assert "Deep words." in newsdoc.to_text(article)


def test_markdown_nested_deeper_than_max_depth_is_refused() -> None:
    limits = Limits(max_depth=10)
    assert "Deep words." in newsdoc.to_text(newsdoc.from_markdown("> " * 9 + "Deep words.\n", limits=limits))
    with pytest.raises(LimitError, match=r"line 1: block quotes and lists nest deeper than max_depth=10") as raised:
        newsdoc.from_markdown("> " * 10 + "Deep words.\n", limits=limits)
    assert raised.value.limit == "max_depth"


@pytest.mark.parametrize("tag", ["div", "figure", "section", "blockquote", "figcaption", "li", "em", "a", "code"])
def test_elements_nested_deep_are_read_without_recursing_past_python(tag: str) -> None:
    """Each element the walk reads for what it holds, nested 2,000 deep, each with a paragraph: read, not raised."""
    nested = f"<{tag}><p>Deep words.</p>" * 2000 + f"</{tag}>" * 2000
    page = f"<article><h1>T</h1><p>{'The ferry ran. ' * 8}</p>{nested}"
    article = newsdoc.parse_html(page)
    assert "Deep words." in newsdoc.to_text(article)


def _nested_marks(depth: int) -> newsdoc.Article:
    """A paragraph under *depth* marks of the same words, strong and emphasis in turn: each its own element."""
    text = "The ferry ran late."
    kinds = (newsdoc.MarkKind.STRONG, newsdoc.MarkKind.EMPHASIS)
    marks = tuple(newsdoc.Mark(start=0, end=len(text), kind=kinds[i % 2]) for i in range(depth))
    return newsdoc.Article(blocks=(newsdoc.Paragraph(text=text, marks=marks),))


def test_marks_nested_deep_in_our_html_read_back_in_steps_linear_in_depth() -> None:
    """Reading newsdoc's HTML closes each mark as the walk leaves its element, not by finding its last descendant first.

    The old reading went down from each mark's element to its last descendant: a chain of
    1,500 marks, a page of 20 KB that ``to_html`` writes and a hostile page may copy, took
    1.1 million steps.
    """
    article = _nested_marks(1500)
    page = newsdoc.to_html(article)
    with unittest.mock.patch.object(newsdoc.html.tree, "isinstance", side_effect=isinstance, create=True) as asked:
        assert newsdoc.parse_html(page) == article
    assert asked.call_count < 10 * 1500


class _CountedElement(lxml.etree.ElementBase):
    """An element that counts the ancestors asked of it."""

    steps = 0

    def iterancestors(self, *tags: str) -> Iterator[lxml.etree._Element]:  # type: ignore[override]
        for ancestor in super().iterancestors(*tags):
            _CountedElement.steps += 1
            yield ancestor


def test_what_holds_the_kept_elements_is_read_once_each() -> None:
    """Thousands of kept elements deep in a page share their ancestors: each is read once, not once per element."""
    depth, siblings = 200, 500
    parser = lxml.etree.HTMLParser()
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(element=_CountedElement))
    page = "<div>" * depth + "<div id='story'><p>The ferry ran.</p></div>" + "<b></b>" * siblings + "</div>" * depth
    root = lxml.etree.fromstring(f"<html><body>{page}</body></html>", parser)
    story = root.find(".//div[@id='story']")
    kept = [story, *story.itersiblings()]
    _CountedElement.steps = 0
    zones.record_outside(root.find("body"), kept, [])
    assert _CountedElement.steps <= 2 * (depth + siblings)  # not depth * siblings


def test_lone_surrogates_are_refused_where_they_are() -> None:
    with pytest.raises(ParseError, match=r"line 1, column 8: lone surrogate U\+DFFF"):
        newsdoc.parse_html("<p>Para\udfff graph</p>")
    with pytest.raises(ParseError, match=r"line 3, column 3: lone surrogate U\+D800"):
        newsdoc.parse_text("Title\n\nab\ud800")
    with pytest.raises(ParseError, match="lone surrogate"):
        newsdoc.from_markdown("# Title\ud800\n")
    with pytest.raises(ValueError, match=r"blocks\[0\]\.text: lone surrogate"):
        newsdoc.Article(blocks=(newsdoc.Paragraph(text="a\udfff"),))
    with pytest.raises(ValueError, match=r"tags\[1\]: lone surrogate"):
        newsdoc.Article(tags=("ok", "\udfff"))
    long = "é" * 200_000  # read a piece at a time: the place counts from the start of the whole text
    with pytest.raises(ValueError, match=r"blocks\[0\]\.text: lone surrogate U\+DFFF at 200001 "):
        newsdoc.Article(blocks=(newsdoc.Paragraph(text=long + "a\udfff" + long),))
    newsdoc.Article(blocks=(newsdoc.Paragraph(text=long + "\U0001f600" + long),))  # an emoji is no surrogate


@pytest.mark.parametrize(
    "src",
    ["javascript:alert(1)", "JaVa\tScRiPt:alert(1)", "vbscript:x", "file:///etc/passwd", "data:image/svg+xml,<svg/>"],
)
def test_addresses_no_writer_makes_live(src: str) -> None:
    article = newsdoc.Article(blocks=(Image(alt="A picture", src=src),))
    assert_round_trips(article)
    assert_inert(newsdoc.to_html(article))
    assert "src=" not in newsdoc.to_html(article)
    assert_inert(MarkdownIt("commonmark").render(newsdoc.to_markdown(article)))


def test_addresses_writers_show() -> None:
    for src in ("https://example.com/a.jpg", "/a.jpg", "data:image/png;base64,iVBORw0KGgo="):
        article = newsdoc.Article(blocks=(Image(alt="A picture", src=src),))
        assert f'src="{src}"' in newsdoc.to_html(article)
        assert f'src="{src}"' in MarkdownIt("commonmark").render(newsdoc.to_markdown(article))


@pytest.mark.parametrize("microseconds", [1, -1, 5 * 3600 * 10**6 + 1])
def test_utc_offsets_to_the_microsecond(microseconds: int) -> None:
    zone = dt.timezone(dt.timedelta(microseconds=microseconds))
    assert_round_trips(newsdoc.Article(published=dt.datetime(2020, 1, 1, 12, tzinfo=zone)))


def test_input_that_never_ends_is_read_only_to_the_limit() -> None:
    with pytest.raises(LimitError, match="1001 bytes or more, over max_size=1000"):
        read_bytes("/dev/zero", Limits(max_size=1000))
    with pytest.raises(LimitError, match="over max_size=5"):
        newsdoc.parse_html(b"<p>Too long</p>", limits=Limits(max_size=5))
    with pytest.raises(LimitError):
        newsdoc.from_json("{}", limits=Limits(max_size=1))


def test_a_failed_write_leaves_the_old_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "in.txt", tmp_path / "out.md"
    source.write_text("Title\n\nBody.\n")
    target.write_text("the old output\n")
    real = newsdoc.files.tempfile.NamedTemporaryFile

    def full_disk(*args: object, **kwargs: object) -> object:
        file = real(*args, **kwargs)  # type: ignore[call-overload]

        def write(data: bytes) -> int:
            raise OSError(28, "No space left on device")

        file.write = write
        return file

    monkeypatch.setattr(newsdoc.files.tempfile, "NamedTemporaryFile", full_disk)
    assert main(["convert", str(source), "-o", str(target)]) == 1
    assert f"{target}: No space left on device" in capsys.readouterr().err
    assert target.read_text() == "the old output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.md"]


@pytest.mark.parametrize("writer", ["to_text", "to_markdown", "to_json", "to_html", "to_dict"])
@pytest.mark.parametrize("value", [None, "Title\n\nBody.\n", newsdoc.Paragraph(text="Body."), [newsdoc.Article()]])
def test_a_writer_given_no_article_says_so(writer: str, value: object) -> None:
    with pytest.raises(TypeError) as raised:
        getattr(newsdoc, writer)(value)
    assert str(raised.value) == f"{writer}() takes an Article, not {type(value).__name__}"


@pytest.mark.parametrize("value", [None, 3, ["{}"]])
def test_from_json_given_neither_text_nor_bytes_says_so(value: object) -> None:
    with pytest.raises(TypeError, match=f"from_json\\(\\) takes str or bytes, not {type(value).__name__}"):
        newsdoc.from_json(value)  # type: ignore[arg-type]


def test_from_json_takes_what_json_loads_takes() -> None:
    document = '{"format": "newsdoc", "version": 1, "title": "Talks"}'
    for text in (document, document.encode(), bytearray(document.encode())):
        assert newsdoc.from_json(text).title == "Talks"  # type: ignore[arg-type]


def test_an_address_given_for_a_file_is_said_to_be_fetched_by_no_one(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(FileNotFoundError, match="newsdoc fetches nothing") as raised:
        newsdoc.load("https://news.example/talks")
    assert raised.value.filename == "https://news.example/talks"
    assert main(["convert", "HTTP://news.example/talks"]) == 1
    assert "HTTP://news.example/talks: No such file (newsdoc fetches nothing" in capsys.readouterr().err
    with pytest.raises(FileNotFoundError, match="No such file or directory"):
        newsdoc.load("news.example/talks")  # a missing file by any other name is only missing


def test_a_write_to_a_missing_folder_names_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "in.txt", tmp_path / "missing" / "out.md"
    source.write_text("Title\n\nBody.\n")
    assert main(["convert", str(source), "-o", str(target)]) == 1
    assert capsys.readouterr().err == f"newsdoc: {target}: No such file or directory\n"


def test_a_write_over_a_folder_names_it_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "out.md").mkdir()
    (tmp_path / "out.md" / "kept.txt").write_text("kept\n")
    with pytest.raises(OSError, match="Is a directory") as raised:
        newsdoc.files.write_file(tmp_path / "out.md", b"Title\n")
    assert raised.value.filename == str(tmp_path / "out.md")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]
    assert (tmp_path / "out.md" / "kept.txt").read_text() == "kept\n"


def test_json_with_a_lone_surrogate_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.json"
    source.write_text('{"format": "newsdoc", "version": 1, "title": "\\udfff"}')
    assert main(["convert", str(source), "--to", "markdown"]) == 1
    assert "lone surrogate" in capsys.readouterr().err


def test_reading_a_page_opens_no_file_and_no_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    html = b"<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>The talks went on.</p>"

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"parse_html opened {args[:1]}")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    html += b'<figure><img src="http://example.com/x.jpg"><figcaption>A view.</figcaption></figure>'
    html += b'<iframe src="http://example.com/"></iframe><link rel="stylesheet" href="http://example.com/s.css">'
    html += b'<script src="http://example.com/s.js"></script></article></body></html>'
    assert [type(b).__name__ for b in newsdoc.parse_html(html).blocks] == ["Paragraph", "Image", "Caption"]


# --- properties ------------------------------------------------------------------------------


def reads_or_refuses(reader: Callable[..., newsdoc.Article], value: object) -> newsdoc.Article | None:
    """The article, or None when the reader refused *value* with a NewsdocError."""
    try:
        return reader(value)
    except NewsdocError:
        return None


def assert_round_trips(article: newsdoc.Article) -> None:
    assert newsdoc.from_json(newsdoc.to_json(article)) == article
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article
    assert newsdoc.parse_html(newsdoc.to_html(article)) == article


_TAGS = ["<p>", "</p>", "<div>", "</div>", "<figure>", "<img src=a.jpg alt='x'>", "<figcaption>", "<br>", "<h1>"]
_TAGS += ["<article>", "<nav>", "<script>", "<!--", "-->", "<![CDATA[", "<table><td>", "\x00", "\x0c", "&", "&#0;"]
_TAGS += ['<article data-newsdoc="{}">', '<p class="nd-caption">', "<meta charset=utf-16>", "<?xml?>", "<!DOCTYPE"]
_TAGS += [_OWN, '<p class="nd-paragraph">', '<ul class="nd-item-list"><li>', "<em>", "</em>", "<code>", "</code>"]
_TAGS += ["<a href=javascript:x>", "<a>", "</a>", "<strong>", "</strong>"]
pages = st.lists(st.sampled_from(_TAGS) | st.text(max_size=12), max_size=30).map("".join)


@given(st.binary(max_size=2000) | pages | pages.map(lambda p: p.encode("utf-8", "surrogatepass")))
def test_any_page_gives_an_article_or_a_clear_error(page: str | bytes) -> None:
    article = reads_or_refuses(newsdoc.parse_html, page)
    if article is not None:
        assert_round_trips(article)


@given(strategies.article_texts() | st.text())
def test_any_text_gives_an_article_that_writes_it_back(text: str) -> None:
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    assert_round_trips(article)


_MARKS = ["<!-- newsdoc ", " -->", "{", "}", '"type": "caption"', '"text": ""', ", ", "\n\n", "# ", "> ", "![a](", ")"]
_MARKS += ["*", "**", "_", "`", "[a](", "<em>", "</em>", "<code>", "</code>", "<a href='x'>", "<a>", "</a>", "- "]
_MARKS += ['"marks": [{"start": 0, "end": 1, "kind": "code"}]']
# Words that type a paragraph of Markdown newsdoc did not write: a byline, a credit, a pull quote, a note.
_MARKS += ["By Jane Roe", " (AP Photo)", "Photo: Jane Roe", "\u201cA quote.\u201d \u2013 Jane Roe", "Tags: ferries"]
_MARKS += ["This article is republished with permission of Harbour Press.", "Jane Roe is a reporter at Lake Press."]


@given(st.lists(st.sampled_from(_MARKS) | st.text(max_size=10), max_size=20).map("".join))
def test_any_markdown_gives_an_article_or_a_clear_error(markdown: str) -> None:
    article = reads_or_refuses(newsdoc.from_markdown, markdown)
    if article is not None:
        assert_round_trips(article)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
_KINDS = ["paragraph", "caption", "image", "pull_quote", "heading", "item_list", "attribution", "bogus"]
_KEYS = ["text", "credit", "image", "repeats", "src", "alt", "slug", "items", "level", "kind", "spacing"]
documents = st.fixed_dictionaries(
    {"format": st.just("newsdoc"), "version": st.just(1)},
    optional={
        "title": json_values,
        "published": json_values,
        "blocks": st.lists(
            st.fixed_dictionaries({"type": st.sampled_from(_KINDS)}, optional=dict.fromkeys(_KEYS, json_values)),
            max_size=4,
        ),
    },
)


@given(st.text(max_size=200) | st.binary(max_size=200) | documents.map(json.dumps) | json_values.map(json.dumps))
def test_any_json_gives_an_article_or_a_clear_error(document: str | bytes) -> None:
    article = reads_or_refuses(newsdoc.from_json, document)
    if article is not None:
        assert_round_trips(article)


# --- safe output -----------------------------------------------------------------------------

_HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "[link](javascript:alert(1))",
    "![img](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<https://evil.example/>",
    "<div>\n\nraw html\n\n</div>",
    "<!--",
    "-->",
    "---\ntitle: x\n---",
    "+++",
    "\\",
    "&amp;",
    "&lt;script&gt;",
    "&#60;script&#62;",
    "\u202e\u2066",
    "<svg onload=alert(1)>",
    "<iframe src=//evil.example>",
    '"><script>',
    "'><b>",
    "`x`",
    "data:text/html,<script>alert(1)</script>",
]
hostile = st.lists(st.sampled_from(_HOSTILE) | st.text(max_size=4), min_size=1, max_size=4).map("".join)

# What our writers make: the page's own frame and the block elements, with these attributes alone.
_ELEMENTS = {"html", "head", "body", "meta", "title", "style", "script", "article", "header", "footer", "figure"}
_ELEMENTS |= {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "img", "figcaption", "span"}
_ELEMENTS |= {"small", "cite", "time", "hr", "br", "em", "table", "thead", "tbody", "tr", "th", "td"}
_ELEMENTS |= {"a", "strong", "code"}  # a block's marks
_ATTRIBUTES = {"class", "data-nd", "data-newsdoc", "src", "alt", "datetime", "charset", "name", "content", "type"}
_ATTRIBUTES |= {"href"}


def assert_inert(html: str) -> None:
    """*html* holds only the elements and attributes a writer makes, and no live address."""
    root = lxml.html.document_fromstring("<!DOCTYPE html><html><body></body></html>" + html)
    for element in root.iter(lxml.etree.Element):
        assert element.tag in _ELEMENTS, element.tag
        assert set(element.attrib) <= _ATTRIBUTES, element.attrib
        assert safe_url(element.get("src", "")), element.get("src")
        assert safe_url(element.get("href", "")), element.get("href")
        if element.tag == "script":  # the JSON-LD, and nothing else
            assert element.get("type") == "application/ld+json"
            json.loads(element.text or "")


@given(strategies.articles(hostile))
def test_hostile_text_stays_text(article: newsdoc.Article) -> None:
    assert_inert(newsdoc.to_html(article))
    markdown = newsdoc.to_markdown(article)
    assert_inert(MarkdownIt("commonmark").render(markdown))
    assert_round_trips(article)


def test_the_command_line_reads_no_more_than_max_size(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "/dev/zero", "--max-size", "0.001"]) == 1
    assert capsys.readouterr().err == (
        "newsdoc: /dev/zero: input is 1049 bytes or more, over max_size=1048 (--max-size MB takes more)\n"
    )


# --- found by fuzzing (fuzz/README.md) -------------------------------------------------------


def test_two_lines_quoting_each_other_are_no_pull_quotes() -> None:
    line = "\u201cBe fair, for fairness is nearer to the truth.\u201d"
    text = f"{line} 4]\n{line} 8]"
    assert [type(b).__name__ for b in newsdoc.parse_text(text).blocks] == ["Paragraph", "Paragraph"]


def test_a_pull_quote_repeating_a_pull_quote_repeats_nothing() -> None:
    quote = b"We can keep paying for sandbags, or we can pay once for higher ground."
    article = newsdoc.parse_html(b'<blockquote class="nd-pull-quote">x</p>' + quote + b"</blockquote>" + quote)
    assert [(type(b).__name__, getattr(b, "repeats", None)) for b in article.blocks] == [
        ("PullQuote", None),
        ("PullQuote", None),
    ]


def test_an_address_with_a_scheme_of_its_own_survives_markdown() -> None:
    article = newsdoc.from_markdown("![River](<foo:x>)")
    assert article.blocks == (Image(alt="River", src="foo:x"),)
    assert_round_trips(article)


@pytest.mark.parametrize("when", ["2010-10-22T23:1:35+100:00", "2010-10-22 23:01 -24:00"])
def test_a_date_whose_zone_is_a_day_or_more_from_utc_dates_nothing(when: str) -> None:
    """Found by the fuzzer: no zone is a day from UTC, and the standard library holds none such."""
    page = (
        f'<html><head><meta property="article:published_time" content="{when}"></head><body><p>Words.</p></body></html>'
    )
    assert newsdoc.parse_html(page).published is None


_SPACED = "ab\u00e9 \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2028\u3000.,"  # letters, and white space of every kind


@given(st.text(st.sampled_from(_SPACED), max_size=60), st.integers(1, 8))
def test_a_long_text_folds_a_piece_at_a_time_as_it_folds_whole(text: str, piece: int) -> None:
    """Cut at white space only (str.split()'s, beyond ASCII too), the pieces fold to the words of the whole."""
    assert words_of(text, piece) == " ".join(text.split())


@given(st.text(st.sampled_from(_SPACED), max_size=60), st.lists(st.integers(0, 60), max_size=8))
@example("ab  cd\n\n ef", [2, 3, 4, 9])  # a cut after a word, in a gap, at the next word, past a blank line
@example("abcd ef", [2, 6])  # a cut inside a word: its two halves are one word
@example("ab cd ef", [8, 2, 5, 2])  # the ends of nested marks: out of order, one twice
def test_the_folded_lengths_of_a_text_s_starts_are_told_in_one_pass(text: str, cuts: list[int]) -> None:
    """Told a stretch at a time, the lengths of the folded starts of a text are those the starts fold to, in the
    order the starts were asked in."""
    cuts = [min(cut, len(text)) for cut in cuts]
    assert list(tree._folded_lengths(text, cuts)) == [len(tree.fold(text[:cut])) for cut in cuts]


@given(st.text(st.sampled_from(_SPACED), max_size=300), st.integers(0, 300))
@example("a" + " " * 150 + "b", 140)  # more white space before the place than one look back takes in
@example(" " * 150, 150)  # nothing but white space before it
def test_the_last_word_before_a_place_is_found_looking_back(text: str, at: int) -> None:
    """Where the last word before a place ends, looked for back from it: as the start, stripped, ends."""
    at = min(at, len(text))
    assert tree._last_word(text, at) == len(text[:at].rstrip())


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Harbour", "ferry", "dawn", "\u00e9t\u00e9"]),
            st.sampled_from(["", " ", "  ", "\n", " \n\t "]),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_every_link_of_a_paragraph_of_many_marks_its_own_word(links: list[tuple[str, str]]) -> None:
    """A paragraph of many links, however its markup spaces them (or runs one into the next, within a word): each
    link's mark spans its own letters in the text."""
    body = "".join(f"<a href='/{i}'>{word}</a>{gap}" for i, (word, gap) in enumerate(links))
    paragraph = lxml.html.fragment_fromstring(f"<p>Ferry notes: {body}</p>")
    [(text, marks)] = tree.marked_text([paragraph])
    assert text == " ".join(("Ferry notes: " + "".join(word + gap for word, gap in links)).split())
    assert [(text[mark.start : mark.end], mark.href) for mark in marks] == [
        (word, f"/{i}") for i, (word, _) in enumerate(links)
    ]


@given(
    st.lists(
        st.lists(st.tuples(st.sampled_from(["Harbour", "ferry", "\u00e9t\u00e9"]), st.booleans()), max_size=4),
        min_size=1,
        max_size=12,
    ),
    st.booleans(),
)
def test_paragraphs_parted_by_two_breaks_each_keep_their_own_marks(
    runs: list[list[tuple[str, bool]]], em: bool
) -> None:
    """Words parted by <br><br>, some linked, perhaps all in one <em>: each paragraph has its own links, and the
    emphasis that runs across the breaks marks all of each paragraph's words."""
    body = "<br><br>".join(
        " ".join(f"<a href='/{r}/{i}'>{word}</a>" if linked else word for i, (word, linked) in enumerate(run))
        for r, run in enumerate(runs)
    )
    div = lxml.html.fragment_fromstring(f"<div>{f'<em>{body}</em>' if em else body}</div>")
    wanted = [
        (" ".join(word for word, _ in run), [(word, f"/{r}/{i}") for i, (word, linked) in enumerate(run) if linked])
        for r, run in enumerate(runs)
        if run
    ]
    found = tree.marked_text([div], runs=True)
    assert [text for text, _ in found] == [text for text, _ in wanted]
    for (text, marks), (_, links) in zip(found, wanted, strict=True):
        assert [(text[m.start : m.end], m.href) for m in marks if m.kind is newsdoc.MarkKind.LINK] == links
        emphasis = [(m.start, m.end) for m in marks if m.kind is newsdoc.MarkKind.EMPHASIS]
        assert emphasis == ([(0, len(text))] if em else [])


def test_paragraphs_parted_by_two_breaks_are_read_in_steps_linear_in_their_number() -> None:
    """Thousands of linked paragraphs parted by <br><br>, as old pages write a story, read each link once: not once
    for each paragraph, which made such a page of 1.4 MB take half a minute."""

    def steps(n: int) -> int:
        div = lxml.html.fragment_fromstring("<div>" + "Ferry <a href='/f'>notes</a> at dawn<br><br>" * n + "</div>")
        taken = 0

        def count(frame: object, event: str, arg: object) -> object:
            nonlocal taken
            taken += event == "line"
            return count

        before = sys.gettrace()  # a coverage run's, say: set again after
        sys.settrace(count)
        try:
            assert len(tree.marked_text([div], runs=True)) == n
        finally:
            sys.settrace(before)
        return taken

    assert steps(800) < 5 * steps(200)


@given(st.text("ab ", min_size=1, max_size=6), st.text("ab ", max_size=40))
@example("aa", "aaa")  # two that overlap are one: the second is looked for after the first
def test_words_stand_twice_where_counting_finds_two(words: str, text: str) -> None:
    """Whether a box's words stand twice in the body, found from the start: as counting them all tells."""
    assert zones._twice(words, text) == (text.count(words) >= 2)


def test_a_page_of_many_asides_looks_for_a_few_in_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each look for a pull quote reads the body: past the first asides, the rest are sidebars, and listed."""
    looked: list[object] = []
    repeats = zones._repeats
    monkeypatch.setattr(zones, "_repeats", lambda *args: looked.append(args) or repeats(*args))
    said = "Boat {} left the harbour at dawn with its crew of six."
    body = "".join(f"<p>{said.format(i)}</p><aside><p>{said.format(i)}</p></aside>" for i in range(100))
    page = parse_page(f"<article><h1>Ferries</h1>{body}</article>")
    assert len(looked) == zones._BOXES
    quotes = [b.text for b in page.article.blocks if isinstance(b, PullQuote)]
    assert quotes == [said.format(i) for i in range(zones._BOXES)]
    assert [d.text for d in page.dropped if d.rule == "tag <aside>"] == [
        said.format(i) for i in range(zones._BOXES, 100)
    ]


def test_a_list_is_read_for_its_words_alone_and_its_items_for_their_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list's own words tell whether it is furniture; its marks are its items', read one by one: a list of
    thousands of links makes no marks for the whole (which would be thrown away) while it is weighed."""
    marked: list[str] = []
    marked_text = blocks.marked_text
    monkeypatch.setattr(
        blocks, "marked_text", lambda nodes, **kw: marked.extend(n.tag for n in nodes) or marked_text(nodes, **kw)
    )
    links = "".join(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(3))
    kept = "<ul><li>The <a href='/timetable'>timetable</a> for winter</li><li>The <b>fares</b></li></ul>"
    page = parse_page(f"<article><h1>Ferries</h1><p>The ferry runs again.</p><ul>{links}</ul>{kept}</article>")
    assert "ul" not in marked
    assert [d.rule for d in page.dropped] == ["link list"]
    (items,) = page.article.blocks_of(newsdoc.ItemList)
    assert items.items == ("The timetable for winter", "The fares")
    assert [(items.text[m.start : m.end], m.href) for m in items.marks] == [
        ("timetable", "/timetable"),
        ("fares", None),
    ]


def test_a_page_that_leaves_out_the_same_menu_again_and_again_keeps_one_record_of_it() -> None:
    """Records of what was left out are values: a page of thousands of the same menu holds one, thousands of times."""
    page = parse_page("<body><article><h1>Ferries</h1><p>The ferry runs again.</p>" + "<nav>Menu</nav> word" * 1000)
    menus = [d for d in page.dropped if d.rule == "tag <nav>"]
    assert len(menus) == 1000
    assert menus[0] == Dropped("tag <nav>", "nav", "Menu")
    assert all(menu is menus[0] for menu in menus)


@pytest.mark.parametrize(
    ("page", "trees"),
    [
        # Nothing but pictures and their credits, and nothing taken out as furniture: a reading without the
        # furniture rules would read the same page again.
        ("<body><figure><img src='a.jpg'><figcaption>Photo: Jane Roe/AP</figcaption></figure></body>", 1),
        # Every wrapper named like furniture: the page is read again without the rules, to find its prose.
        (
            "<body><div class='sidebar'><h1>Ferries</h1></div>"
            + "<div class='widget related'><p>The ferry runs again, three days after the storm.</p></div>" * 3
            + "<div class='ad'>Buy</div></body>",
            2,
        ),
    ],
)
def test_a_page_is_read_again_without_the_furniture_rules_only_when_they_took_something_out(
    page: str, trees: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page whose cleaning left no prose is read again without cleaning, unless cleaning took nothing."""
    built: list[object] = []
    page_tree = reader.page_tree
    monkeypatch.setattr(reader, "page_tree", lambda *args: built.append(args) or page_tree(*args))
    parse_page(page)
    assert len(built) == trees


_PIECES = st.sampled_from(["", " ", "ferry ", "\n", "dawn&#1;"])  # lxml reads a control character by reference


@given(
    _PIECES,
    st.lists(st.tuples(st.sampled_from(["span", "nav", "p"]), _PIECES, _PIECES), max_size=10),
    st.lists(st.integers(0, 20), max_size=8, unique=True),
    st.integers(0, 12),
)
def test_elements_taken_out_leave_the_tree_that_taking_each_out_at_once_leaves(
    text: str, children: list[tuple[str, str, str]], taken: list[int], at_once: int
) -> None:
    """Taken out in a batch, their tails joined at once to a short text before them and to a longer one in one pass
    at the end, elements leave the tree that taking each out at once leaves: every tail after the text before it.
    Some are inside one taken out before or after them."""
    body = "".join(f"<{tag}>{words}<b>{words}</b>{words}</{tag}>{tail}" for tag, words, tail in children)
    markup = f"<div>{text}{body}</div>"

    def taken_out(take: Callable[[lxml.etree._Element], None]) -> lxml.etree._Element:
        root = lxml.html.fragment_fromstring(markup)
        elements = list(root.iterdescendants())
        for i in taken:
            if i < len(elements):
                take(elements[i])
        return root

    with unittest.mock.patch.object(tree, "_JOINED_AT_ONCE", at_once), tree.Removals() as removals:
        batched = taken_out(removals.take)
    assert lxml.etree.tostring(batched) == lxml.etree.tostring(taken_out(tree.remove))


def test_an_element_taken_out_after_a_long_text_leaves_its_tail_in_place_until_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What makes a run of thousands taken out linear: a long text before them is joined to once, at the end."""
    monkeypatch.setattr(tree, "_JOINED_AT_ONCE", len(" runs"))
    root = lxml.html.fragment_fromstring("<div><p>Ferry</p> runs<nav>Home</nav> at<nav>Map</nav> dawn</div>")
    first, *menus = root
    with tree.Removals() as removals:
        for menu in menus:
            removals.take(menu)
            assert first.tail == " runs"
        assert tree.text_of(root) == "Ferry runs at dawn"
    assert (first.tail, len(root), tree.text_of(root)) == (" runs at dawn", 1, "Ferry runs at dawn")


_STORED_SPACED = "ab\u00e9 \t\n\r\xa0\u1680\u2003\u2028\u3000.,"  # white space of every kind lxml stores


@given(
    st.text(st.sampled_from(_STORED_SPACED), max_size=20),
    st.lists(
        st.tuples(st.text(st.sampled_from(_STORED_SPACED), max_size=20), st.sampled_from(["", " ", "Roe"])),
        max_size=6,
    ),
    st.integers(0, 30),
)
@example("Jane", [("\u2003" * 40, " Roe")], 10)  # more white space than *most*, folded to one space
def test_the_words_after_a_label_are_read_as_far_as_they_may_be_a_credit(
    tail: str, siblings: list[tuple[str, str]], most: int
) -> None:
    """The words after a label, read no further than *most* characters of them: those all its siblings hold, folded."""
    label = lxml.etree.Element("span")
    figure = lxml.etree.Element("figure")
    figure.append(label)
    label.tail = tail
    for words, after in siblings:
        lxml.etree.SubElement(figure, "span").text = words
        figure[-1].tail = after
    whole = " ".join((tail + "".join(words + after for words, after in siblings)).split())
    assert zones._words_after(label, most) == (whole if len(whole) <= most else None)


def test_the_words_after_a_label_in_a_box_of_many_are_read_no_further_than_a_credit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A label is read with the words after it no further than a credit's length: a box of thousands stays linear."""
    read: list[lxml.etree._Element] = []
    text_of = zones.text_of
    monkeypatch.setattr(zones, "text_of", lambda element: read.append(element) or text_of(element))
    spans = "".join("<span class='visually-hidden'>Photo: </span>Jane Roe " for _ in range(1000))
    figure = lxml.html.fragment_fromstring(f"<figure><img src='harbour.jpg'>{spans}</figure>")
    assert zones._words_after(figure[1], 100) is None
    assert len(read) <= 10


class _ReadBlocks(list[newsdoc.Block]):
    """Blocks that count how many of them are read."""

    reads = 0

    def __getitem__(self, i):  # type: ignore[no-untyped-def]  # (list's own, overloaded)
        self.reads += 1
        return super().__getitem__(i)

    def __iter__(self) -> Iterator[newsdoc.Block]:
        for block in super().__iter__():
            self.reads += 1
            yield block


_STEPS = st.lists(
    st.tuples(st.sampled_from(["add", "replace", "delete", "headline"]), st.booleans(), st.integers(0, 20)), max_size=40
)


@given(_STEPS)
def test_whether_the_body_or_the_prose_has_begun_is_told_as_reading_every_block_tells(
    steps: list[tuple[str, bool, int]],
) -> None:
    """Told from what the last asking found while those blocks stand: as every block (after the headline) tells.

    The reader adds blocks, takes some away, and makes one a block of another kind (a dek a standfirst), never a
    paragraph.
    """
    reader = blocks.Reader(newsdoc.DEFAULT_CUES, None, [])
    for step, paragraph, at in steps:
        if step == "add":
            reader.blocks.append(newsdoc.Paragraph(text="Words.") if paragraph else newsdoc.Caption(text="Jane Roe"))
        elif step == "replace" and reader.blocks:
            reader.blocks[at % len(reader.blocks)] = newsdoc.Standfirst(text="Words.")
        elif step == "delete" and reader.blocks:
            del reader.blocks[at % len(reader.blocks) if paragraph else slice(at, None)]
        elif step == "headline":
            reader.headline = min(at, len(reader.blocks))
        after = reader.blocks[reader.headline or 0 :]
        assert reader._body_begun() == any(isinstance(b, newsdoc.Paragraph) for b in after)
        assert reader._prose_begun() == any(isinstance(b, newsdoc.Paragraph) for b in reader.blocks)


def test_whether_the_body_or_the_prose_has_begun_is_not_read_again_past_thousands_of_captions() -> None:
    """Told from what the last asking found: a page of thousands of captions after one paragraph, or none, is linear."""
    reader = blocks.Reader(newsdoc.DEFAULT_CUES, None, [])
    captions = [newsdoc.Caption(text="Photo: Jane Roe")] * 5000
    reader.blocks = read = _ReadBlocks([newsdoc.Paragraph(text="The ferry left at dawn."), *captions])
    assert reader._body_begun()
    read.reads = 0
    read.append(newsdoc.Caption(text="Photo: Jane Roe"))
    assert reader._body_begun()
    assert read.reads <= 2
    reader.blocks = read = _ReadBlocks(captions)
    assert not reader._prose_begun()
    read.reads = 0
    read.append(newsdoc.Caption(text="Photo: Jane Roe"))
    assert not reader._prose_begun()
    assert read.reads <= 3  # the last block known, the new one, and the last block again


def test_a_line_broken_by_thousands_of_word_breaks_is_read_whole() -> None:
    # lxml's parser of HTML 4 opens each <wbr> and puts what follows inside it: 3,000 nested as deep as that
    line = "har<wbr>bour " * 3000
    article = newsdoc.parse_html(f"<article><h1>Tides</h1><p>{line}</p><p>The end.</p></article>")
    assert [block.text for block in article.blocks] == ["harbour " * 2999 + "harbour", "The end."]  # type: ignore[attr-defined]


class _Asked:
    """A compiled pattern that records the length of each text it is asked to search or split."""

    def __init__(self, pattern: re.Pattern[str], lengths: list[int]) -> None:
        self.pattern, self.lengths = pattern, lengths

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        self.lengths.append(len(text))
        return self.pattern.search(text, *args)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        self.lengths.append(len(text))
        return self.pattern.split(text, maxsplit)


def test_a_bylines_fields_are_looked_for_in_a_line_of_a_bylines_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pattern that parts a byline's fields ("Money Clinic | By Jane Roe | May 3, 2024") backtracks over a run of
    spaces: asked of a long one, it would take time quadratic in its length. It is asked of a row's length at most."""
    lengths: list[int] = []
    monkeypatch.setattr(classify, "_BYLINE_FIELD", _Asked(classify._BYLINE_FIELD, lengths))
    spaces = " " * 5000
    newsdoc.parse_text(f"Ferries Resume\n\nHarbour Desk | By Ines Volk | May 3, 2024\n\nThe ferry{spaces}sailed.\n")
    newsdoc.parse_text(f"Ferries Resume\n\nStaff reporter \u00b7 May 3, 2024\n\nThe ferry{spaces}sailed.\n")
    assert lengths
    assert max(lengths) <= 200
