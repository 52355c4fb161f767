"""Markdown: :func:`~newsdoc.to_markdown` writes an article, :func:`~newsdoc.from_markdown` reads it back.

What a reader sees is ordinary CommonMark: the title as a heading, paragraphs,
pictures with their captions and credits, pull quotes as block quotes with
their attribution, and the notes (attribution, disclaimer, bio) set apart by a
rule at the end. What the round trip needs besides (a block's type, its
layout, fields a reader does not see) rides in one-line HTML comments,
``<!-- newsdoc {...} -->``, which renderers do not show. The article's words
are escaped, so none of them can turn into markup; a block's marks become links,
emphasis and code, in Markdown's own syntax where it reads back exactly and as
inline HTML where it might not (see ``newsdoc.inline``).

:func:`~newsdoc.from_markdown` reads back what :func:`~newsdoc.to_markdown`
wrote, edits included, and also reads hand-written Markdown: headings, paragraphs,
pictures, block quotes and lists.
"""

from __future__ import annotations

import array
import itertools
import json
import re
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any, assert_never

import attrs
from markdown_it.token import Token

from . import classify, collector, decide, frontmatter, inline, jsonformat, scraped
from .cues import DEFAULT_CUES, Cues
from .errors import FormatError, LimitError, ParseError
from .html import parts
from .html.tree import page_tree, shown_text
from .inline import MARKDOWN_DEPTH, MD, UNSHOWABLE, escape, live, plain_url
from .limits import DEFAULT_LIMITS, Limits, check_text
from .marks import by_cell, carried, carried_prose, covers, joined, parted, table_marks
from .model import (
    LAST_LIST_NUMBER,
    Article,
    Attribution,
    Bio,
    Block,
    Caption,
    Disclaimer,
    Fragment,
    Heading,
    Image,
    ItemList,
    Mark,
    MarkKind,
    Paragraph,
    PullQuote,
    Quote,
    Standfirst,
    Table,
    expect_article,
    notes_start,
    plain_fields,
    plain_text,
    shown_fields,
)
from .urls import folders

__all__ = ["from_markdown", "to_markdown"]

_CREDIT_LABEL = "Credit: "
_IMAGE_LABEL = "Image: "
_DASH = "\u2014 "
# Blocks whose Markdown says what they are, so that they need no comment.
_NATURAL = (Paragraph, Image, Quote, ItemList, Table)
_COMMENT = re.compile(r"\A<!--\s*newsdoc\s(?P<json>.*?)-->\s*\Z", re.S)


def to_markdown(article: Article) -> str:
    """Write *article* as CommonMark that reads well rendered and reads back exactly.

    The title becomes a heading, captions show their credit, pull quotes their
    attribution, and a rule sets the closing notes apart. What a reader does
    not see (block types, layout, metadata) rides in ``<!-- newsdoc ... -->``
    comments, which renderers hide.

    Args:
        article: The article to write.

    Returns:
        The Markdown; :func:`~newsdoc.from_markdown` reads it back to an equal
        article.

    Examples:
        >>> import newsdoc
        >>> article = newsdoc.Article(title="Talks in Moscow", blocks=(newsdoc.Paragraph(text="The talks went on."),))
        >>> print(newsdoc.to_markdown(article), end="")
        <!-- newsdoc {"format": "newsdoc", "version": 1} -->
        <BLANKLINE>
        # Talks in Moscow
        <BLANKLINE>
        The talks went on.
        >>> newsdoc.from_markdown(newsdoc.to_markdown(article)) == article
        True
    """
    expect_article(article, "to_markdown")
    meta = {k: v for k, v in jsonformat.to_dict(article).items() if k not in {"blocks", "title"} and v != []}
    heading_shows_title = any(
        isinstance(b, Heading) and b.level == 1 and b.text == article.title for b in article.blocks
    )
    if heading_shows_title or (article.title is not None and _hidden(article.title)):
        meta["title"] = article.title
    parts = [_comment(meta)]
    if article.title is not None and "title" not in meta:
        parts.append("# " + escape(article.title, breaks=False))
    # A rule sets apart the notes that follow the last of the body.
    notes = notes_start(article.blocks)
    alternate = False
    for i, block in enumerate(article.blocks):
        if i == notes:
            parts.append("---")
        # A list right after a list would join it: another bullet or delimiter starts a new one.
        after_list = i > 0 and isinstance(block, ItemList) and isinstance(article.blocks[i - 1], ItemList)
        parts.append(_block(block, alternate=after_list and not alternate))
        alternate = after_list and not alternate
    return "\n\n".join(parts) + "\n"


def _comment(data: dict[str, Any]) -> str:
    # Every field that may be None has None as its default, so leaving it out loses nothing.
    # JSON escapes line breaks; escaping "<" and ">" keeps "-->" and any tag out of the comment.
    kept = {k: v for k, v in data.items() if v is not None}
    return (
        "<!-- newsdoc " + json.dumps(kept, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e") + " -->"
    )


def _hidden(text: str) -> bool:
    """Whether *text* cannot be shown in Markdown and must ride in the comment."""
    return not text or UNSHOWABLE.search(text) is not None


def _unshowable(block: Block) -> bool:
    """Whether *block* must ride whole in its comment, having nothing Markdown can show."""
    match block:
        case Image() if not _shows_picture(block):
            return _hidden(block.alt)  # shown as its alt text, which must then be there
        case Image():
            return UNSHOWABLE.search(block.alt) is not None or (block.src is not None and _hidden(block.src))
        case ItemList():
            return not block.items or any(map(_hidden, block.items))
        case Table():
            # A pipe table has a header row, and as many cells in each row as in it.
            widths = {len(row) for row in block.rows}
            cells = (cell for row in block.rows for cell in row)
            return len(widths) != 1 or 0 in widths or any(UNSHOWABLE.search(cell) for cell in cells)
        case Caption() if block.credit is not None and not block.text:
            return _hidden(block.credit)  # a credit alone is shown alone
        case Caption():
            return _hidden(block.text) or (block.credit is not None and _hidden(block.credit))
        case PullQuote():
            return _hidden(block.text) or (block.attribution is not None and _hidden(block.attribution))
        case _:
            return _hidden(block.text)


def _block(block: Block, *, alternate: bool = False) -> str:
    data = jsonformat.block_to_dict(block)
    if _unshowable(block):
        return _comment(data)
    hidden = {k: v for k, v in data.items() if k not in shown_fields(type(block)) and v is not None}
    if isinstance(block, Table) and not block.header:
        hidden["header"] = False  # a pipe table's first row is its header: this one's is not
    if isinstance(block, Image) and block.src is not None and not (_shows_picture(block) and plain_url(block.src)):
        hidden["src"] = block.src  # not shown, or shown as Markdown would have it: kept exactly here
    if not all(map(inline.shows_link, getattr(block, "marks", ()))):
        hidden["marks"] = data["marks"]  # a link to an unsafe address is not shown: its marks ride here
    shown = _show(block, alternate=alternate)
    if (
        hidden.keys() == {"type"}
        and isinstance(block, _NATURAL)
        and not (isinstance(block, Image) and not _shows_picture(block))
    ):
        return shown
    return _comment(hidden) + "\n" + shown


def _show(block: Block, *, alternate: bool = False) -> str:
    """The visible Markdown of *block*."""
    match block:
        case Paragraph() | Standfirst() | Attribution() | Disclaimer() | Bio():
            return inline.write(block.text, block.marks)
        case Fragment():
            return escape(block.text)
        case Heading():
            return "#" * block.level + " " + inline.write(block.text, block.marks, breaks=False)
        case Image() if not _shows_picture(block):
            # No address to show: a broken picture helps no one, its alt text does.
            return "*" + _IMAGE_LABEL + escape(block.alt, breaks=False) + "*"
        case Image():
            assert block.src is not None
            src = block.src if plain_url(block.src) else MD.normalizeLink(block.src)
            return f"![{escape(block.alt, breaks=False, link=True)}](<{src}>)"
        case Caption():
            text = inline.write(block.text, block.marks, caption=True)
            if block.credit is None:
                return text
            credit = "*" + _CREDIT_LABEL + escape(block.credit, breaks=False) + "*"
            return text + "\\\n" + credit if block.text else credit
        case PullQuote():
            quote = _quoted(escape(block.text))
            if block.attribution is None:
                return quote
            return quote + "\n>\n> " + _DASH + escape(block.attribution, breaks=False)
        case Quote():
            return _quoted(inline.write(block.text, block.marks))
        case Table():
            cells = zip(block.rows, by_cell(block), strict=True)
            head, *body = [[_cell(c, m) for c, m in zip(row, own, strict=True)] for row, own in cells]
            rows = [head, ["---"] * len(head), *body]
            return "\n".join("| " + " | ".join(row) + " |" for row in rows)
        case ItemList():
            bullet, delimiter = ("* ", ")") if alternate else ("- ", ".")
            # CommonMark numbers a list from its first marker, and takes nine digits at most in any:
            # an item past 999,999,999 is written with that number, and still shows as the next.
            numbers = (min(n, LAST_LIST_NUMBER) for n in range(block.start, block.start + len(block.items)))
            marks = (f"{n}{delimiter} " if block.ordered else bullet for n in numbers)
            items = zip(marks, block.items, parted(block.items, block.marks, "\n"), strict=True)
            return "\n".join(mark + inline.write(item, own, breaks=False) for mark, item, own in items)
        case _:
            assert_never(block)


def _cell(text: str, marks: tuple[Mark, ...]) -> str:
    """The Markdown of a table's cell, its *marks* written as a paragraph's are.

    A pipe table's row is parted at each pipe that no backslash stands before, and that
    backslash is taken out before the cell is read (in code and addresses too): so a backslash
    before every pipe gives the cell's Markdown back as written.
    """
    if not marks:
        return escape(text, breaks=False, cell=True)
    return inline.write(text, marks, breaks=False).replace("|", "\\|")


def _quoted(markdown: str) -> str:
    return "\n".join("> " + line for line in markdown.split("\n"))


def _shows_picture(image: Image) -> bool:
    """Whether *image* is shown as a picture: it has an address that is safe and that CommonMark takes."""
    return bool(image.src) and live(image.src or "")


def from_markdown(markdown: str, *, cues: Cues = DEFAULT_CUES, limits: Limits = DEFAULT_LIMITS) -> Article:
    """Read an article from Markdown.

    Markdown written by :func:`~newsdoc.to_markdown` comes back as the same
    article, with any edits made to its visible text. Other Markdown, as a
    scraper or a converter writes a page, gives headings, paragraphs, images,
    block quotes and lists; its first level-1 heading is also taken as the
    title, and code and raw HTML are kept as paragraphs and fragments rather
    than dropped (code with a code mark). Its other paragraphs are then typed
    by their words and place, as :func:`~newsdoc.parse_text` types a scraped
    text's: a caption under its picture, a byline, a pull quote, a note; and
    what they say fills the metadata. Links, emphasis, strong and code spans
    (and the ``<a href>``, ``<em>``, ``<strong>`` and ``<code>`` of inline
    HTML) become the :class:`~newsdoc.Mark` of their block.

    Args:
        markdown: The Markdown text.
        cues: The cue words that type the paragraphs of Markdown newsdoc did not write.
        limits: How long a text to take, and how deeply nested.

    Returns:
        The article.

    Raises:
        LimitError: *markdown* is longer than ``limits.max_size``, or its block quotes and lists
            nest deeper than ``limits.max_depth`` (or 255 levels, the most newsdoc reads).
        ParseError: A newsdoc comment in *markdown* is broken or holds a bad
            value, or the text holds a lone surrogate; the message gives its line.
        TypeError: *markdown* is not a string.
    """
    if not isinstance(markdown, str):
        raise TypeError(f"from_markdown() takes a str, not {type(markdown).__name__}")
    check_text(markdown, limits)
    with collector.paused():
        # A byte-order mark, as some editors open a file with, is none of the text.
        markdown = _mended(markdown.removeprefix("\ufeff"))
        front, known = frontmatter.split(markdown, cues)
        # Its lines blank for the parser, which keeps the others' numbers
        text = "\n" * front.count("\n") + _lines_apart(markdown[len(front) :])
        body, classed = _pandoc_attributes(text, cues)
        return _article(body, cues, limits, front=front, known=known, classed=classed, pandoc=body != text)


def _article(  # noqa: PLR0913 - what the text's front matter and pandoc's attributes gave, by keyword
    markdown: str,
    cues: Cues,
    limits: Limits,
    *,
    front: str,
    known: dict[str, Any],
    classed: dict[int, _Line],
    pandoc: bool,
) -> Article:
    """The article *markdown* holds, its *front* matter giving the fields *known*; see :func:`from_markdown`.

    *classed* gives the classes pandoc kept of the elements that held each line (see :func:`_pandoc_attributes`);
    *pandoc* says whether pandoc wrote the text (its attributes were taken off).
    """
    meta: dict[str, Any] | None = None
    title: str | None = None
    # The front matter as written, a fragment
    blocks: list[Block] = [Fragment(text=front.rstrip("\r\n"), role="front_matter")] if front else []
    hinted = bytearray(len(blocks))  # for each block, whether a newsdoc comment says what it is
    lines = array.array("q", [1] * len(blocks))  # the line each block starts on, for the messages
    marked: list[_Marked | None] = [None] * len(blocks)  # what pandoc's attributes say of each block
    pending: tuple[dict[str, Any], int] | None = None

    def add(data: dict[str, Any], line: int, *, hint: bool, said: _Marked | None = None) -> None:
        blocks.append(_structure(data, line))
        hinted.append(hint)
        lines.append(line)
        marked.append(said)

    for token, inner, line in _top_level(markdown, limits):
        if token.type == "html_block" and (found := _COMMENT.match(token.content.strip())):
            data = _load(found["json"], line)
            if "format" in data:
                meta = data
            elif _complete(data):
                add(data, line, hint=True)
            else:
                pending = (data, line)
            continue
        if token.type == "hr":
            continue
        (hint, where), pending = pending or ({}, line), None  # (a comment's fields, for the block under it)
        if (
            meta is None
            and not hint
            and (
                parts := _gallery(token, inner)
                or _titled_picture(token, inner, cues, pandoc=pandoc)
                or _pictures_apart(token, inner)
                or _pictures_out(token, inner)
                or _figure(token, limits)
            )
        ):
            for part in parts:  # a picture amid a paragraph's words, or in a list, as a converter writes a page's
                add(part, where, hint=False)
            if token.type == "paragraph_open" or not _shows(inner):
                continue  # the words between the pictures are blocks among them, or there are none
        if (
            token.type == "heading_open"
            and not hint
            and title is None
            and token.tag == "h1"
            and not _masthead(inner[0].children or [])
        ):
            title = inline.read(inner[0].children or []).text
            if meta is not None:
                continue
        read = _read(token, inner, hint.get("type"))
        if not _takes_marks(hint.get("type", read["type"])):
            read.pop("marks", None)  # a heading edited into a fragment, say: its words alone
        for piece, said in [({**read, **hint}, None)] if hint else _spans_apart(read, where, classed, cues):
            for part in [piece] if hint else _byline_over_date(piece, cues):
                add(part, where, hint=bool(hint), said=said)
    _drop_repeated(blocks, hinted, lines, marked)
    # (the header's title, if it names one)
    article = {"title": title, **(meta or {"format": "newsdoc", "version": jsonformat.FORMAT_VERSION}), "blocks": []}
    try:
        parsed = jsonformat.from_dict(article)
    except FormatError as error:
        raise ParseError(f"line 1: newsdoc header: {error}") from None
    try:
        if meta is None:  # Markdown newsdoc did not write: its paragraphs say what they are
            title = (
                _page_title(blocks, hinted, title)
                or _over_site_links(blocks, title, cues)
                or title
                or _top_heading(blocks, hinted, cues)
                or _under_masthead(blocks, cues)
            )
            known = {**_properties(blocks, hinted, cues), **known}  # (front matter's fields first)
            return _type(blocks, hinted, lines, title, cues, markdown=markdown, known=known, marked=marked)
        return attrs.evolve(parsed, blocks=tuple(blocks))
    except ValueError as error:  # a value no article holds: a stale position, a lone surrogate
        at = re.match(r"blocks\[(\d+)\]", str(error))
        raise ParseError(f"line {lines[int(at[1])]}: {error}" if at else str(error)) from None


def _mended(markdown: str) -> str:
    """*markdown* with what a converter broke mended: addresses and headings it wrapped, pictures with no address.

    html2text wraps its lines at 78 characters and breaks a long word after a hyphen, an
    address too: ``![](/img/quay-`` on one line, ``boats.jpg)`` on the next (in a block quote,
    after its ``> ``). CommonMark takes no line break in an address, and would read the
    picture as its words. Markdown newsdoc wrote (a newsdoc comment says so) breaks none, and
    keeps its lines where they are, for the messages that name them.

    It wraps a heading too, which CommonMark ends at its line's end: the rest of the words
    would be a paragraph under it. A heading whose every line break is where wrapping at
    :data:`_WRAP_WIDTH` puts one (the next word would not have fitted), and whose last line is
    no longer and ends with no full stop (a heading sets none), is one line again; a paragraph
    set under a heading with no blank line between stays, and so does all of a text with a
    fenced code block, whose lines (a comment's ``#``, an index's ``](``) are its own (html2text
    indents code: an indented line under a heading is code).

    markdownify writes a picture whose ``src`` the page left out (a script was to fill it in) as
    ``![Quay at dawn]( "Quay at dawn")``, its title in the place of the address; CommonMark reads
    those words, not a picture, where a picture with no address (``<>``) and its title is meant.
    """
    if ("-\n" not in markdown and "#" not in markdown and _NO_ADDRESS not in markdown) or _NEWSDOC.search(
        markdown
    ) is not None:
        return markdown
    if "```" in markdown or "~~~" in markdown:
        return markdown  # a fenced code block's lines are its own: "a[i](b-" over "c)" is code
    if _NO_ADDRESS in markdown:
        markdown = _TITLE_ALONE.sub(r"\1(<> \2", markdown)
    if "-\n" in markdown:
        markdown = _WRAPPED_ADDRESS.sub(lambda found: _QUOTED_BREAK.sub("", found[0]), markdown)
    if "#" not in markdown:
        return markdown
    return _HEADING_LINES.sub(_heading_unwrapped, markdown)


def _lines_apart(markdown: str) -> str:
    """*markdown* with a blank line between two lines of text, when a converter wrote each block on a line of its own.

    Some converters for language models (crawl4ai's default) part paragraphs with one line break,
    not a blank line: CommonMark would read the headline's dek, the byline, a caption and the
    body as one paragraph, and a block quote would take every line under it. In Markdown that
    wraps no line (one line is longer than wrapping at :data:`_WRAP_WIDTH` allows, with room to
    spare), a run of lines with no blank line between that sets two whole sentences one under the
    other (see :func:`_sentences_on_lines`) means its lines of text apart; not a list's items, a
    quote's, a table's rows or indented code, nor a link's words over two lines, nor a line that
    ends in a hard break (two spaces or a backslash). Markdown newsdoc wrote, or with fenced code,
    keeps its lines as they are.
    """
    if "\n" not in markdown or _NEWSDOC.search(markdown) or "```" in markdown or "~~~" in markdown:
        return markdown
    lines = markdown.split("\n")
    if max(map(len, lines)) <= _UNWRAPPED:
        return markdown  # wrapped, or short: as written
    apart: list[str] = []
    run: list[str] = []  # the lines since the last blank one
    for line in [*lines, ""]:
        if line.strip():
            run.append(line)
            continue
        if any(map(_sentences_on_lines, run, run[1:])):
            run = _parted(run)
        apart += [*run, line]
        run = []
    return "\n".join(apart[:-1])


def _parted(run: list[str]) -> list[str]:
    """The lines of *run* with a blank line between each two that are text of their own (see :func:`_lines_apart`)."""
    parted = run[:1]
    opened = 0  # the brackets a link's words left open so far: "[-" over "May 3, 2024](...)" is one link
    for above, line in itertools.pairwise(run):
        opened = max(0, opened + above.count("[") - above.count("]"))
        # (a line of text under a quote's or a list's is no more of it either: CommonMark would let it go on)
        if not opened and _own_line(line) and _LAZY_OVER.match(above) and not above.endswith(("  ", "\\")):
            parted.append("")
        parted.append(line)
    return parted


def _sentences_on_lines(above: str, line: str) -> bool:
    """Whether *above* and *line* are two whole sentences of some length, one under the other: two paragraphs.

    A converter that keeps a page's line breaks inside a paragraph ("LIVE TV", "Videos") sets
    short words so; the soft breaks of wrapped prose fall mid-sentence.
    """
    return all(
        _own_line(text) and len(text) >= _SENTENCE_LINE and text.rstrip().endswith(classify.SENTENCE_CLOSES)
        for text in (above, line)
    )


_SENTENCE_LINE = 60  # characters


def _own_line(line: str) -> bool:
    """Whether *line* is text that a line under it or over it would join: no list item, quote, table row or code."""
    return bool(line.strip()) and _JOINED_LINE.match(line) is None


_UNWRAPPED = 120  # characters: a line this long was wrapped by no converter
# A line that a line of text under it would go on: text, a quote's, a list item's
_LAZY_OVER = re.compile(
    r"[ \t]{0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|(?![ \t]*(?:\||#{1,6}(?:[ \t]|$)|[-*_=]{3,}[ \t]*$)))\S"
)
# A list's item, a quote's line, a table's row, indented code, a heading, a rule: lines CommonMark reads as they stand
_JOINED_LINE = re.compile(
    r"[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|\|)|[ ]{4}|\t|[ ]{0,3}(?:#{1,6}(?:[ \t]|$)|[-*_=]{3,}[ \t]*$)"
)


def _pandoc_attributes(markdown: str, cues: Cues) -> tuple[str, dict[int, _Line]]:
    """*markdown* without the attributes pandoc keeps of a page's elements, and what they say of each line.

    Pandoc writes a ``<div class="byline">`` as a fenced div, a fence of three colons or more
    over its blocks with its classes (``::: byline``, ``::: {.byline #top}``) and a fence alone
    under them, and a ``<span class="date">`` as ``[3 May 2024]{.date}``; a link's or a
    picture's attributes follow it in braces (``[Home](/){.menu-link}``), a heading's end them
    (``# Ferries Resume {#ferries .lead}``). CommonMark reads the fences and the braces as words.
    Here a fence is a blank line, and a span its words; the lines keep their numbers. Fenced code
    is left as it is, and so is Markdown newsdoc wrote (a heading's words that end so are its own).
    """
    if ("{" not in markdown and ":::" not in markdown) or _NEWSDOC.search(markdown):
        return markdown, {}
    lines = markdown.split("\n")
    opened: list[_Div] = []
    held: dict[int, tuple[tuple[_Div, ...], list[tuple[str, str]]]] = {}  # each line's divs, and spans if alone
    code: Callable[[str], bool] | None = None  # whether a line ends the fenced code the lines are in
    for number, line in enumerate(lines, 1):
        if code is not None:
            code = None if code(line) else code
            continue
        if (fenced := _OPENS.match(line)) is not None and fenced["fence"] is not None:
            code = _end(fenced)
            continue
        if (fence := _FENCE.fullmatch(line)) is not None and (fence["attributes"] or fence["name"] or opened):
            if fence["attributes"] or fence["name"]:
                opened.append(_Div(_class_names(fence["attributes"] or "." + fence["name"])))
            else:
                opened.pop()
            lines[number - 1] = ""
            continue
        shown = line
        if (heading := _HEADING.match(line)) is not None:
            shown = _heading_words(line)
            for div in opened if heading[1] == "#" else ():
                div.headed = True
        spans = [(found["words"], _class_names(found["attributes"])) for found in _SPAN.finditer(shown)]
        alone = bool(spans) and not _SPAN.sub("", shown).strip(_BETWEEN_SPANS)
        if spans or "){" in shown:
            shown = _AFTER_LINK.sub("", _SPAN.sub(_unspanned, shown))
        lines[number - 1] = shown
        if opened or alone:
            held[number] = (tuple(opened), spans if alone else [])
    classed = {
        number: _Line(
            divs[-1].classes if divs else "",
            any(_furniture(parts.marks(div.classes, None, cues), cues) for div in divs if not div.headed),
            tuple(spans),
        )
        for number, (divs, spans) in held.items()
    }
    return "\n".join(lines), classed


@attrs.define
class _Div:
    """A fenced div pandoc wrote: its classes, and whether it holds the headline."""

    classes: str
    headed: bool = False


@attrs.frozen
class _Line:
    """What pandoc's attributes say of a line.

    The classes of the innermost div that holds it, whether a div of the page's furniture holds it (see
    :func:`_furniture`), and its spans' words and classes when it is spans alone.
    """

    classes: str
    page: bool
    spans: tuple[tuple[str, str], ...]

    def said(self, spans: str, cues: Cues) -> _Marked:
        """What the attributes say of a block on this line, which the *spans* of these classes make."""
        return _Marked(parts.marks(f"{self.classes} {spans}", None, cues), self.page)


@attrs.frozen
class _Marked:
    """What pandoc's attributes say of a block: the class words of what held it, whether that is the page's furniture.

    A block's words are those of the innermost div that holds it, with those of its span when it is one (see
    :func:`~newsdoc.html.parts.marks`). A div that the page's frame names (``site-header``, ``newsletter``,
    ``related``), and no content, holds the page's furniture, unless it holds the headline too (a
    ``post-header`` around it, its dek and its byline).
    """

    words: frozenset[str]
    page: bool


def _names_part(words: str, classes: str, cues: Cues) -> bool:
    """Whether the *classes* of a span of *words* name a part of the article (see :func:`_marked`)."""
    named = parts.marks(classes, None, cues)
    return parts.header_role(named, words, cues) is not None or parts.role("span", named, None, cues) is not None


def _class_names(attributes: str) -> str:
    """The classes and identifier in pandoc's *attributes*, as a class attribute: ``{.byline #top}``, ``byline top``."""
    return " ".join(found[1:] for found in re.findall(_ATTRIBUTE, attributes) if found[0] in ".#")


def _furniture(words: frozenset[str], cues: Cues) -> bool:
    """Whether the class *words* of an element name the page's furniture and none of its content."""
    return not words.isdisjoint(cues.boilerplate_marks) and words.isdisjoint(cues.content_marks)


def _spans_apart(
    read: dict[str, Any], line: int, classed: dict[int, _Line], cues: Cues
) -> list[tuple[dict[str, Any], _Marked | None]]:
    """The block *read*, starting on *line*, with what pandoc's attributes say of it (see :func:`_pandoc_attributes`).

    A paragraph of pandoc's spans alone, of plain words, is a block a line, and a block a span where
    two of a line's name parts of the article (``[11.06.2024]{.date} [Par Jeanne Roux]{.byline}``,
    the fields of a page's header, were elements of their own), the words between them left out (a
    space, a bar).
    """
    at = classed.get(line)
    marked = None if at is None else at.said(" ".join(classes for _, classes in at.spans), cues)
    if read["type"] != "paragraph" or marked is None:
        return [(read, marked)]
    text, cuts = read["text"], []  # where each span stands in the text, and its line
    start = 0
    for k, written in enumerate(text.split("\n")):
        if (held := classed.get(line + k)) is None or not held.spans:
            return [(read, marked)]
        end, own = start, []
        for words, classes in held.spans:
            found = text.find(words, end, start + len(written))
            if found < 0 or text[end:found].strip(_BETWEEN_SPANS):
                return [(read, marked)]  # words a span's markup set, or words outside them
            own.append((found, found + len(words), held, classes))
            end = found + len(words)
        if text[end : start + len(written)].strip(_BETWEEN_SPANS):
            return [(read, marked)]
        if sum(_names_part(text[begin:stop], classes, cues) for begin, stop, _, classes in own) < 2:
            own = [(own[0][0], end, held, " ".join(classes for *_, classes in own))]  # a line of tags' links: one
        cuts += own
        start += len(written) + 1
    marks_in = read.get("marks", [])
    if len(cuts) < 2 or any(
        not any(begin <= mark["start"] and mark["end"] <= end for begin, end, _, _ in cuts) for mark in marks_in
    ):
        return [(read, marked)]  # one span, or a mark over two
    return [
        (
            {
                "type": "paragraph",
                "text": text[begin:end],
                "marks": [
                    {**mark, "start": mark["start"] - begin, "end": mark["end"] - begin}
                    for mark in marks_in
                    if begin <= mark["start"] and mark["end"] <= end
                ],
            },
            held.said(classes, cues),
        )
        for begin, end, held, classes in cuts
    ]


def _byline_over_date(read: dict[str, Any], cues: Cues) -> list[dict[str, Any]]:
    """The paragraph *read*, or its byline and the date line under it, two blocks, as a page's header sets them.

    A converter writes the byline's element and the date's under it as one paragraph, a line break between
    ("**By Jane Roe**", then "*Published May 3, 2024*"); a scraped text's lines are the same two blocks. (A
    byline of more lines, who wrote it over who took its pictures, reads its date with them.)
    """
    if read["type"] != "paragraph" or "\n" not in (text := read["text"]):
        return [read]
    names, _, date = text.partition("\n")
    if (
        classify.word_count(date, _DATE_WORDS) > _DATE_WORDS
        or not classify.shows_date(date, cues)
        or classify.byline_authors(date, cues)
        or not classify.byline_authors(names, cues)
    ):
        return [read]
    marks = read.get("marks", [])
    if any(mark["start"] < len(names) < mark["end"] for mark in marks):
        return [read]  # a link or an emphasis over both lines
    start = len(names) + 1
    return [
        {**read, "text": names, "marks": [mark for mark in marks if mark["end"] <= len(names)]},
        {
            "type": "paragraph",
            "text": date,
            "marks": [
                {**mark, "start": mark["start"] - start, "end": mark["end"] - start}
                for mark in marks
                if mark["start"] >= start
            ],
        },
    ]


_DATE_WORDS = 12  # words at most of a date line: "Published June 30, 2025 at 4:15 p.m."


# Pandoc's attributes: an identifier, classes and pairs of a key and a value, in braces
_ATTRIBUTE = r"(?:[#.][\w:.-]+|[\w-]+=(?:\"[^\"\n]*\"|[^\s}]+))"
_BRACED = rf"\{{[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}"
# A fenced div's fence: over its blocks with their attributes or a class, after them alone
_FENCE = re.compile(rf"[ ]{{0,3}}:{{3,}}[ \t]*(?:(?P<attributes>{_BRACED})|(?P<name>[\w-]+))?[ \t]*:*[ \t]*")
# A span, its words in brackets (a link among them), then its attributes; or a link, as one: "[Agro](/agro){.rubric}"
_SPAN = re.compile(
    rf"(?<![!\\])\[(?P<words>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)(?<!\\)\]"
    rf"(?P<link>\((?:[^()\n]|\([^()\n]*\))*\))?(?P<attributes>{_BRACED})"
)
_AFTER_LINK = re.compile(rf"(?<=\)){_BRACED}")  # a picture's
_BETWEEN_SPANS = " \t|\u00b7\u2022,-\\"  # what a line of spans alone may hold between them (a hard break's "\")


def _unspanned(span: re.Match[str]) -> str:
    """A span's words, or a link with its attributes, without them."""
    return f"[{span['words']}]{span['link']}" if span["link"] else span["words"]


def _heading_words(line: str) -> str:
    """An ATX heading's *line* without the attributes after a space at its end: "# Ferries Resume {#ferries .lead}".

    Found from the last brace (a search for them from each space would take time that grows with the square of a
    line of many spaces).
    """
    brace = line.rfind("{")
    if brace > 0 and line[brace - 1] in " \t" and _ATTRIBUTES_END.fullmatch(line, brace):
        return line[:brace].rstrip(" \t")
    return line


_HEADING = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]|\Z)")  # an ATX heading's line: its level
_ATTRIBUTES_END = re.compile(rf"{_BRACED}[ \t]*")


def _heading_unwrapped(found: re.Match[str]) -> str:
    """A heading and the lines under it (no blank line between), as one line when wrapping broke it."""
    lines = found[0].split("\n")
    if len(lines[-1]) > _WRAP_WIDTH or _SENTENCE_END.search(lines[-1]) is not None:
        return found[0]  # a line wrapping never wrote, or a sentence's full stop that ends no heading: a paragraph
    for line, under in itertools.pairwise(lines):
        if len(line) > _WRAP_WIDTH or len(line) + 1 + len(under.split(None, 1)[0]) <= _WRAP_WIDTH:
            return found[0]  # the next word would have fitted: a break of its writer's
    joined = lines[0]
    for line in lines[1:]:
        # Wrapping breaks a word after its hyphen ("well-" over "known"), else at a space.
        joined += line if joined.endswith("-") and joined[-2:-1].isalpha() and line[:1].isalpha() else " " + line
    return joined


_NO_ADDRESS = ']( "'  # what a picture with a title and no address holds
_TITLE_ALONE = re.compile(r'(!\[[^\]\n]*\])\( ("[^"\n]*"\))')  # a picture's title where its address goes
# An address opened after a link's or picture's text, broken after a hyphen, and going on to its end:
# the ")" that closes it, or the space before its title.
_WRAPPED_ADDRESS = re.compile(r"(?<!\\)\]\((?:[^\s()<>]*-\n(?:> ?)*)+[^\s()<>]*(?=[)\s])")
_QUOTED_BREAK = re.compile(r"\n(?:> ?)*")
_NEWSDOC = re.compile(r"<!--\s*newsdoc\s")
# An ATX heading at the margin, and the lines of words right under it, at the margin too, as wrapping sets
# them (an indented line is code; one that opens with "<", HTML).
_HEADING_LINES = re.compile(r"^#{1,6}[ \t][^\n]*(?:\n[^\s#><][^\n]*)+", re.M)
_SENTENCE_END = re.compile(r"(?<!\.)\.[\"'\u201d\u2019)]*\s*\Z")  # a full stop (not an ellipsis's) at a line's end
_WRAP_WIDTH = 78  # characters: the width html2text wraps lines at unless told otherwise


def _type(  # noqa: PLR0913 - the source read again for a list's number as written, by keyword
    blocks: list[Block],
    hinted: bytearray,
    lines: array.array[int],
    title: str | None,
    cues: Cues,
    *,
    markdown: str,
    known: dict[str, Any],
    marked: list[_Marked | None],
) -> Article:
    """The article of Markdown newsdoc did not write: its paragraphs typed, in place, as a scraped text's pieces are.

    A paragraph that repeats the title shows it; every other one is typed by its words and the
    blocks before it (a caption under an image, a byline that links to its writer's page under
    the headline), and joins the block before it as a scraped text's do (a credit under a
    picture's caption, "By" over the name); then what needs the whole article is settled
    (standfirsts, pull quotes, bios after the body, credits under captions). A block a newsdoc
    comment types stays as it says, and then nothing joins another: *hinted* and *lines* follow
    the blocks, for the messages that name a comment's line. (Without a comment, nothing the
    blocks hold can be refused.)
    """
    typed: list[Block] = []
    kept = bytearray()
    where = array.array("q")
    top = True  # only headings and fragments so far: the top of the article
    lead = -1  # how many paragraphs stand under the headline so far (-1: no headline yet)
    hints = False  # whether a newsdoc comment has typed a block so far: then blocks join no other
    writers: list[str] = []  # the names that link to their writers' pages in a byline without "By"
    for at, (written, hint, line, said) in enumerate(zip(blocks, hinted, lines, marked, strict=True)):
        block = written
        if (
            type(written) is ItemList
            and not hint
            and (top or (typed and type(typed[-1]) is Fragment and typed[-1].role == "byline"))
            and (dated := _date_item(written, markdown, line, cues)) is not None
        ):
            # "3. März 2024" over the body, under the headline or the byline: a date line that CommonMark reads as
            # a list from 3 (amid the body, a timeline's dates stay what they are)
            block = dated
        # (what pandoc's attributes name it, if anything: see _pandoc_attributes)
        read, named = block, None if said is None or hint else _marked(block, said, typed, lead, cues)
        if type(block) is Paragraph and not hint and not _is_code(block):  # code says what it says
            found = _typed(block.text, typed, top, title, cues)
            if type(found) is Paragraph and lead < 0 and _labels(blocks, at, title, cues):
                found = Fragment(text=block.text, role="kicker")  # the section's label over the headline: "Commentary"
            found = _placed(found, block, typed, lead, cues, named=named)
            if type(found) is Paragraph and 0 <= lead <= 1 and (names := _writers(block, cues)):
                found = Fragment(text=block.text, role="byline")
                writers += names
            read = carried_prose(found, block.text, block.marks)
            if (
                figure := _credited(typed, kept, read)
                or _weakly_credited(typed, kept, read, cues)
                or _credited_first(typed, kept, read)
            ) is not None:
                typed[-1] = figure
                continue
        elif not hint:
            read = named or _page_block(block, typed, lead, cues)
        if type(read) is Caption and read.image is None and not hint and typed and type(typed[-1]) is Image:
            read = _gallery_caption(read, len(typed) - 1, cues)  # a gallery item's words, under its picture
        hints = hints or bool(hint)
        if hints:
            typed.append(read)
        else:  # as scraped text's blocks are added: a label on its own line joins the part it labels
            scraped.add(typed, read, title, cues)
        del kept[len(typed) :], where[len(typed) :]
        # (2: a block pandoc's attributes named, whose type stands as a comment's does, but joins others)
        kept.extend(
            bytes([hint or (2 if named is not None and type(read) is type(named) else 0)]) * (len(typed) - len(kept))
        )
        where.extend([line] * (len(typed) - len(where)))
        top = top and isinstance(read, Heading | Fragment)
        if (type(read) is Heading and read.text == title) or (
            title is None and known.get("title") and type(read) is Fragment and read.role == "front_matter"
        ):
            lead = 0  # under the headline (or the front matter that gives it): the byline may stand under a dek
        elif lead >= 0 and type(read) is Paragraph:
            lead += 1
    untitled = known.pop("title", None)  # the front matter's, when no heading gives the title
    if hints:
        decide.notes_in_body(typed, kept, cues)
        decide.settle(typed, title, cues, marked=kept)
    else:  # as scraped text is settled, which may join a credit to the caption above it (the dek under the title)
        scraped.settle(typed, title or untitled, cues, marked=kept)
        kept = bytearray(len(typed))
    known = {"authors": tuple(dict.fromkeys(writers)), "tags": _linked_tags(blocks, cues), **known}
    blocks[:], hinted[:], lines[:] = typed, kept, where
    # "Ferry Returns | Harbour Times": a clipper copies the page's title, the site's name after the headline
    return decide.article_of(
        tuple(blocks), title=classify.without_site(title or untitled, known.get("url")), cues=cues, **known
    )


def _marked(block: Block, marked: _Marked, before: list[Block], lead: int, cues: Cues) -> Block | None:
    """What *block* is by the classes pandoc kept of what held it (see :func:`_pandoc_attributes`), when they say.

    They name a part as a page's markup does (see :func:`~newsdoc.html.parts.role`): a byline, a date, a
    kicker, a dek, a pull quote, a caption, a bio, a disclaimer, a republication note; or the page's furniture,
    of which a list, a heading or a quote is a fragment too. *lead* counts the paragraphs under the headline.
    """
    if type(block) is not Paragraph:
        return Fragment(text=block.text) if marked.page and isinstance(block, ItemList | Heading | Quote) else None
    text = block.text
    if (header := parts.header_role(marked.words, text, cues)) is not None:
        return Fragment(text=text, role=header)
    match parts.role("div", marked.words, None, cues):
        case "standfirst":
            return Standfirst(text=text)
        case "lede" if lead == 0:
            return Standfirst(text=text)
        case "pull_quote":
            return decide.whole_quote(text) or PullQuote(text=text, opening="", closing="")
        case "caption":
            return Caption(text=text, image=len(before) - 1 if before and type(before[-1]) is Image else None)
        case "bio":
            return Bio(text=text)
        case "disclaimer":
            return Disclaimer(text=text)
        case "attribution":
            return Attribution(text=text)
    return Fragment(text=text) if marked.page else None


def _linked_tags(blocks: list[Block], cues: Cues) -> tuple[str, ...]:
    """The tags of the last tags line, when its links part them, no comma between: "Tags: [Ferries](...) [Pier](...)".

    The link to each tag's page is what sets it apart from the next; a line with commas between its tags,
    or with words outside its links after the label, is read by its words (see :func:`~newsdoc.classify.tags_of`).
    """
    line = next((b for b in reversed(blocks) if type(b) is Paragraph and classify.tags_of(b.text, cues)), None)
    links = [mark for mark in line.marks if mark.kind is MarkKind.LINK] if line else []
    if line is None or len(links) < 2:
        return ()
    text = line.text
    gaps = (text[a.end : b.start] for a, b in itertools.pairwise(links))
    if text[links[-1].end :].strip() or any(gap.strip() for gap in gaps):
        return ()
    return tuple(text[link.start : link.end] for link in links)


def _page_block(block: Block, before: list[Block], lead: int, cues: Cues) -> Block:
    """What a block a converter wrote, no paragraph, is, with *lead* paragraphs under the headline (-1: none yet).

    A heading may be the page's (see :func:`_page_heading`); so is a list of links alone, one an item, above the
    headline (the site's menu), under a line of the page's ("Related stories", "Lees ook": a box of links), or
    under the notes that close the story (its writer's bio, its tags: the page's box of other stories).
    """
    if type(block) is Heading:
        return _page_heading(block, lead, cues)
    if type(block) is ItemList and (lead < 0 or _box_label(before) or _closed(before)) and _links_alone(block):
        return Fragment(text=block.text)
    if type(block) is Quote and (note := decide.boxed_note(block.text, cues)) is not None:
        return carried(note, block.text, block.marks)
    if (
        type(block) is Quote
        and len(block.text) <= _BOXED_LINE
        and type(read := decide.prose_block(block.text, before, False, cues)) is Fragment
        and read.role is None
    ):
        return read  # a line of the page's set in a box: "> **Related:** [...](...)", "> Advertisement"
    return block


_BOXED_LINE = 200  # characters at most of a line of the page's that a block quote boxes


def _box_label(before: list[Block]) -> bool:
    """Whether the last of the blocks *before* a list labels a box of links.

    A line of the page's ("Related stories"); or, under one (a share row), a few words with
    no full stop in any language, a heading or a line in bold ("**Ещё по теме**", "### Mais receitas
    de bacalhau"): the page's box under the story, where amid the story such a heading is the story's.
    """
    if not before or not isinstance(label := before[-1], Fragment | Heading | Paragraph):
        return False
    if type(label) is Fragment:
        return label.role is None
    return (
        len(before) > 1
        and type(over := before[-2]) is Fragment
        and over.role is None
        and classify.word_count(label.text, _BOX_LABEL_WORDS) <= _BOX_LABEL_WORDS
        and not label.text.rstrip().endswith((".", "!", "?"))
    )


_BOX_LABEL_WORDS = 5  # words at most of a box's label: "Mais receitas de bacalhau"


def _button_links(block: Paragraph, cues: Cues) -> bool:
    """Whether *block* is links alone, side by side, each a button: "[Share on Facebook](...)[Share on X](...)".

    A converter writes a share bar's links with nothing between them, and their words run together
    ("Share on FacebookShare on X"): read apart, they are a row of buttons (see
    :func:`~newsdoc.classify.stock_line`).
    """
    links = [mark for mark in block.marks if mark.kind is MarkKind.LINK]
    if len(links) < 2 or links[0].start or links[-1].end != len(block.text):
        return False
    gaps = (block.text[a.end : b.start] for a, b in itertools.pairwise(links))
    if any(gap.strip(_BETWEEN_LINKS) for gap in gaps):
        return False
    return classify.stock_line("  ".join(block.text[link.start : link.end] for link in links), cues)


_BETWEEN_LINKS = " \t\n|\u00b7\u2022"  # what a row may set between its buttons' links


def _closed(before: list[Block]) -> bool:
    """Whether a note that closes the story (its writer's bio, a disclaimer, its tags) stands a few blocks up."""
    return any(
        isinstance(block, Bio | Disclaimer | Attribution) or (type(block) is Fragment and block.role == "tags")
        for block in before[-_CLOSING_BLOCKS:]
    )


_CLOSING_BLOCKS = 6  # blocks over a box of links where the story's closing notes may stand: a share row, a label


def _links_alone(block: ItemList) -> bool:
    """Whether each item of *block* is one link, whole."""
    links = {(mark.start, mark.end) for mark in block.marks if mark.kind is MarkKind.LINK}
    at = 0
    for item in block.items:
        if (at, at + len(item)) not in links:
            return False
        at += len(item) + 1  # (and the line break after it)
    return True


def _page_heading(heading: Heading, lead: int, cues: Cues) -> Block:
    """What a heading a converter wrote is, with *lead* paragraphs under the headline: the page's, or the story's."""
    if classify.stock_line(heading.text, cues) or classify.link_box(heading.text, cues):
        return Fragment(text=heading.text)  # "## Related stories", "### 14 comments": the page's furniture
    if (
        heading.text.strip(" :").casefold() in cues.comment_labels
        or _signup_heading(heading.text, cues)
        or classify.chrome_line(heading.text, cues)
    ):
        # "## Leave a comment", "### Sign up for The Weekender", "## This article is for subscribers": a box's title
        return Fragment(text=heading.text)
    if 0 <= lead <= 1 and _writer_heading(heading, cues):
        # "#### [Jane Roe](/author/jane-roe/)": a template sets the writer's linked name as a heading (the
        # byline's name alone names the author)
        return carried(Fragment(text=heading.text, role="byline"), heading.text, heading.marks)
    return heading


def _signup_heading(text: str, cues: Cues) -> bool:
    """Whether *text* titles a sign-up box: a call to subscribe, then the offer's name ("Sign up for The Weekender").

    Not "Get", with which many a subheading opens ("Get the facts").
    """
    call = classify.Patterns.of(cues).subscribe.pattern.match(text)
    return (
        call is not None
        and call.group().casefold() != "get"
        and text[call.end() :].strip() != ""
        and classify.word_count(text, _SIGNUP_WORDS) <= _SIGNUP_WORDS
    )


_SIGNUP_WORDS = 8  # words at most of a sign-up box's title


def _properties(blocks: list[Block], hinted: bytearray, cues: Cues) -> dict[str, Any]:
    """The fields a notes app's properties give under the title (see :func:`frontmatter.properties`).

    "Author: Jane Roe", "Published: March 3, 2026", a line each: the first block under the
    headings and fragments that open the Markdown is made front matter, in place, when it is such.
    """
    at = next((i for i, block in enumerate(blocks) if not isinstance(block, Heading | Fragment)), None)
    if at is None or hinted[at] or type(block := blocks[at]) is not Paragraph:
        return {}
    if (given := frontmatter.properties(block.text, cues)) is None:
        return {}
    blocks[at] = Fragment(text=block.text, role="front_matter")
    return given


def _date_item(block: ItemList, markdown: str, line: int, cues: Cues) -> Paragraph | None:
    """*block* as the date line it is, when it is one item numbered as a day that, with its number, reads as a date.

    A date written day first with a full stop after the day, as German and the Nordic languages
    write it ("3. März 2024"), opens as an item of a numbered list does: a converter that does not
    escape the full stop writes a list of one item, numbered from the day, and CommonMark reads it so.
    Its number is read as *markdown* writes it on *line* ("03. "): "14) Mai 2024" is no date line.
    """
    if not block.ordered or len(block.items) != 1 or not 1 <= block.start <= _LAST_DAY:
        return None
    if (number := _day_marker(markdown, line, block.start)) is None:
        return None
    text = number + block.items[0]
    if len(text) > _DATE_ITEM or classify.published_date(text, cues) is None:
        return None
    marks = tuple(attrs.evolve(m, start=m.start + len(number), end=m.end + len(number)) for m in block.marks)
    return Paragraph(text=text, marks=marks, spacing=block.spacing)


_LAST_DAY = 31
_DATE_ITEM = 80  # characters: a date line, with its time and its label


def _day_marker(markdown: str, line: int, start: int) -> str | None:
    """The number, the full stop and the spaces that open a list's item on *line*, as written, if they number *start*.

    "14. " of "14. Mai 2024"; none of "14) Mai 2024", which no date line writes.
    """
    at = 0
    for _ in range(line - 1):
        if (at := markdown.find("\n", at) + 1) == 0:
            return None
    found = _DAY_MARK.match(markdown, at)
    return found["mark"] if found is not None and int(found["day"]) == start else None


_DAY_MARK = re.compile(r" {0,3}(?P<mark>(?P<day>\d{1,2})\.[ \t]+)")


def _labels(blocks: list[Block], at: int, title: str | None, cues: Cues) -> bool:
    """Whether block *at* is a section's label (one word) over the headline."""
    under = blocks[at + 1] if at + 1 < len(blocks) else None
    return (
        isinstance(under, Heading)
        and under.level == 1
        and under.text == title
        and classify.section_label(plain_text(blocks[at]), cues)
    )


def _writer_heading(block: Heading, cues: Cues) -> bool:
    """Whether *block*, a subheading, is the writer's name alone, linked to her page, as a template sets a byline."""
    return block.level > 1 and _writers(block, cues) == [" ".join(block.text.split())]


def _writers(block: Paragraph | Heading, cues: Cues) -> list[str]:
    """The names in *block* that link to their writers' own pages, when it is a byline's few words.

    A template sets the byline as the writer's name, linked to her page, and her job or the date,
    with no "By": "[Jane Roe](/profile/jane-roe) Transport correspondent" (see
    :attr:`~newsdoc.Cues.author_pages`). A name is a few words and no stock line ("RSS"); a
    line that ends as a sentence ("In this column, [Jane Roe](...) explains ...") is none, and a number
    no name ("[4](/columnists/ferry-fares/#comments)", the count of the comments under her column).
    """
    text = block.text
    if classify.word_count(text, _BYLINE_WORDS) > _BYLINE_WORDS or text.rstrip().endswith((".", "!", "?")):
        return []
    return [
        " ".join(name.split())  # (a name a converter wrapped across two lines is one name)
        for mark in block.marks
        if mark.kind is MarkKind.LINK and mark.href and not folders(mark.href).isdisjoint(cues.author_pages)
        if len((name := text[mark.start : mark.end]).split()) <= _NAME_WORDS and not classify.stock_line(name, cues)
        if not _NO_LETTER.fullmatch(name)
    ]


_NO_LETTER = re.compile(r"[\W\d_]*")


_NAME_WORDS = 4  # "Jane Roe", "Ana de la Cruz"; "View all posts by Jane Roe" is a link to her page, no name
_BYLINE_WORDS = 25  # a byline with the writer's job, her handle and the date run in


def _typed(text: str, before: list[Block], top: bool, title: str | None, cues: Cues) -> Block:
    """The block a paragraph of Markdown newsdoc did not write is, by its words and the blocks *before* it.

    The title with the site's name beside it ("Ferry Returns - Harbour Times"), as a converter
    writes the page's ``<title>`` above all, shows the title. A line break inside a paragraph
    is a space to a reader, as CommonMark renders it: a caption a converter wrapped at 78
    characters, or a byline whose fields the page's markup set on lines of their own ("By",
    "Jane Roe", ",", "Ivo Lind"), is typed as it reads on one line, and keeps its line breaks.
    """
    if title is not None and (text == title or (not before and _title_part(text, title) is not None)):
        return Fragment(text=text, role="title")
    found = decide.prose_block(text, before, top, cues)
    if type(found) is Paragraph and "\n" in text and len(text) <= _FOLDED_LENGTH:
        folded = text.replace("\n", " ")
        again = decide.prose_block(folded, before, top, cues)
        if type(again) is not Paragraph and plain_text(again) == folded:
            return _as_written(again, text)
    return found


_FOLDED_LENGTH = 3000  # characters: no note or caption is longer (decide.prose_block reads none longer)


def _as_written(block: Block, text: str) -> Block:
    """*block*, typed from *text* with its line breaks read as spaces, with *text*'s own characters."""
    changed, at = {}, 0
    for name in plain_fields(block):
        value = getattr(block, name)
        changed[name], at = text[at : at + len(value)], at + len(value)
    return attrs.evolve(block, **changed)  # type: ignore[arg-type]  # the fields are the class's


def _credit_under(text: str, before: list[Block], cues: Cues) -> Caption | None:
    """*text*, right under a picture, as its caption with the credit on its last line: "Sailors at dawn." over "Getty".

    A converter keeps the line break between a figure's caption and its credit, two elements, in one
    paragraph; scraped text has the same two lines (see :func:`scraped.add`). The caption has some words
    ("Getty" alone under "Quay" may be a menu's), and no label places the credit elsewhere on the page.
    Under a picture, a name of a few words on the line under the caption's last sentence is whose the
    picture is, as a credit no one here knows: "Harbour Survey".
    """
    head, _, last = text.rpartition("\n")
    if not head.strip() or not before or not isinstance(before[-1], Image):
        return None
    credit = classify.credit_line(last, cues)
    few = classify.word_count(last, _NAME_WORDS) <= _NAME_WORDS
    if credit is None and few and head.endswith((".", "!", "?")) and classify.names_credit(last):
        credit = classify.Credit("", last, "", "", strong=False)
    if credit is None or credit.text or credit.prefix.split(" ", 1)[0] in cues.credit_places:
        return None  # (a credit of the whole line only: its words are the credit's fields, none left over)
    if classify.word_count(head, _CAPTION_UNDER) > _CAPTION_UNDER or (
        not credit.strong and classify.word_count(head, _CAPTION_WORDS) < _CAPTION_WORDS
    ):
        return None
    prefix = text[len(head) : len(text) - len(last)] + credit.prefix
    return Caption(
        text=head, credit=credit.credit, credit_prefix=prefix, credit_suffix=credit.suffix, image=len(before) - 1
    )


def _placed(  # noqa: PLR0913 - what pandoc's attributes named it, by keyword
    found: Block, block: Paragraph, before: list[Block], lead: int, cues: Cues, *, named: Block | None
) -> Block:
    """*found*, typed from *block* by its words, as its place makes it: a picture's caption, the dek under the headline.

    Or as its links make it: buttons side by side (see :func:`_button_links`).

    *lead* counts the paragraphs under the headline before *block* (-1: no headline yet). What pandoc's
    attributes *named* it comes first (see :func:`_marked`).
    """
    if type(found) is not Paragraph:
        return found
    if named is not None:
        return named
    if _button_links(block, cues):
        return Fragment(text=block.text)
    if (caption := _picture_caption(block, before, cues)) is not None:
        return caption
    if lead == 0 and _italic_dek(block, cues):
        return Standfirst(text=block.text)  # set in italics under the headline
    return found


def _italic_dek(block: Paragraph, cues: Cues) -> bool:
    """Whether *block*, the first paragraph under the headline, is set wholly in italics, a sentence or two: its dek."""
    return covers(block.text, block.marks, MarkKind.EMPHASIS) and decide.is_dek(block.text, cues)


def _picture_caption(block: Paragraph, before: list[Block], cues: Cues) -> Caption | None:
    """*block*, a paragraph by its words, as the caption of the picture right above it, if it is one."""
    if (image := _captions_picture(block, before)) is not None:
        return Caption(text=block.text, image=image)
    return _credit_under(block.text, before, cues) or decide.caption_under(block, before)


def _captions_picture(block: Paragraph, before: list[Block]) -> int | None:
    """The picture right above that *block* captions, when the picture's alt text says the same words.

    A converter writes a figure as its picture, then its caption; a site that fills the alt text
    from the caption makes the two one. Of a run of pictures (a placeholder, then the picture
    itself), any one's alt text will do; the caption is the last one's. Not a few words (a
    writer's name under her portrait, a site's name beside its logo), nor words that are one
    link or wholly bold (a teaser's headline, the name over an author box), nor words after a
    ``[`` right over the pictures: a link's opening bracket, of the card a converter wrote as a link
    around blocks (its date, its summary), which CommonMark reads as no link.
    """
    said = classify.normalise(block.text)
    if said.count(" ") + 1 < _CAPTION_WORDS or covers(block.text, block.marks, MarkKind.LINK, MarkKind.STRONG):
        return None
    at, found = len(before), False
    while at and isinstance(picture := before[at - 1], Image):
        found = found or classify.normalise(picture.alt) == said
        at -= 1
    if not found or (at and type(over := before[at - 1]) is Paragraph and over.text.endswith("[")):
        return None
    return len(before) - 1


_CAPTION_WORDS = 5  # words at least of a caption told by the alt text alone


def _page_title(blocks: list[Block], hinted: bytearray, title: str | None) -> str | None:
    """The headline the page's title names, when a converter wrote that title first and a heading repeats it.

    "Ferry Returns - Harbour Times" above all, then a heading "Ferry Returns" further down:
    that heading is the headline, though the page's first ``h1`` (*title*) is another story's,
    or the site's name. The headline is the longest part of the page's title.
    """
    if not blocks or hinted[0] or type(first := blocks[0]) is not Paragraph:
        return None
    if title is not None and _title_part(first.text, title) == "longest":
        return None  # the first h1 is the headline the page's title names
    for block in blocks[1:_LOOK]:
        if type(block) is Heading and _title_part(first.text, block.text) == "longest":
            return block.text
    return None


_LOOK = 400  # blocks: the headline stands near the top, past the page's menus


def _under_masthead(blocks: list[Block], cues: Cues) -> str | None:
    """The headline set a level lower under the site's name as an ``h1`` (see :func:`_masthead`), or ``None``.

    The first heading a few blocks under it, past the page's menu and a kicker, no paragraph of prose
    between, nor a section's label ("## News").
    """
    masthead = next(
        (
            i
            for i, block in enumerate(blocks)
            if type(block) is Heading
            and block.level == 1
            and any(mark.start == 0 and mark.end == len(block.text) and _home(mark.href) for mark in block.marks)
        ),
        -1,
    )
    return None if masthead < 0 else _heading_under(blocks, masthead, cues)


def _heading_under(blocks: list[Block], masthead: int, cues: Cues) -> str | None:
    """The first heading a few blocks under block *masthead*, no paragraph of prose between, nor a section's label."""
    for block in blocks[masthead + 1 : masthead + 1 + _UNDER_MASTHEAD]:
        if type(block) is Heading:
            labelled = classify.section_label(block.text, cues) or classify.stock_line(block.text, cues)
            return None if labelled or block.text.endswith(".") else block.text
        if type(block) is Paragraph and classify.word_count(block.text, _PROSE_WORDS) >= _PROSE_WORDS:
            return None
    return None


_UNDER_MASTHEAD = 5  # blocks at most between the site's name and the headline: a menu, a kicker, a date
_PROSE_WORDS = 12  # words at least of a paragraph of prose


def _over_site_links(blocks: list[Block], title: str | None, cues: Cues) -> str | None:
    """The headline under the first ``h1`` (*title*) when that is the site's name over its menu, or ``None``.

    A converter writes the page's masthead as an ``h1`` of plain words, the site's links under it (its sections,
    "Subscribe", "Sign in": a line of links alone, each to a page of one site), then the story's own
    heading: that heading is the headline, as under a masthead linked to the site's home (see
    :func:`_under_masthead`). Share buttons under a headline link elsewhere, or ask with a query.
    """
    found = next(((i, b) for i, b in enumerate(blocks[:_LOOK]) if isinstance(b, Heading) and b.level == 1), None)
    if found is None or found[1].text != title or found[1].marks or found[0] + 1 >= len(blocks):
        return None  # (a heading linked to a page of its own is the story's: "# [Ferries Resume](/p/ferries)")
    return _heading_under(blocks, found[0] + 1, cues) if _site_links(blocks[found[0] + 1]) else None


def _site_links(block: Block) -> bool:
    """Whether *block* is a line of links alone, each to a page of one site: "[News](/news) · [Sign in](/login)"."""
    if type(block) is not Paragraph or not (links := [mark for mark in block.marks if mark.href is not None]):
        return False
    words = list(block.text)
    for mark in links:
        words[mark.start : mark.end] = " " * (mark.end - mark.start)
    addresses = [urllib.parse.urlsplit(mark.href or "") for mark in links]
    return (
        not re.search(r"\w", "".join(words))
        and len({address.netloc for address in addresses} - {""}) <= 1
        and not any(address.query or address.fragment or address.scheme == "mailto" for address in addresses)
    )


def _masthead(children: list[Token]) -> bool:
    """Whether a heading's words are wholly a link to the site's home: "# [Harbour Notes](https://harbour.example/)".

    A newsletter's page sets its name so over the post's own ``h1``, as its masthead: no headline.
    """
    shown = [child for child in children if child.type != "text" or child.content.strip()]
    if not shown or shown[0].type != "link_open" or shown[-1].type != "link_close":
        return False
    if any(child.type == "link_open" for child in shown[1:]):
        return False  # (one link, and all the words inside it)
    return _home(str(shown[0].attrs.get("href") or ""))


def _home(href: str | None) -> bool:
    """Whether *href* is a site's home: its root, "https://harbour.example/" or "/"."""
    home = urllib.parse.urlsplit(href or "")
    return home.path in ("", "/") and (home.netloc or home.path) != "" and not (home.query or home.fragment)


def _top_heading(blocks: list[Block], hinted: bytearray, cues: Cues) -> str | None:
    """The headline of Markdown with no ``h1``, set a level lower above all: "## Ferries resume after the storm".

    As a feed's item, or a page a converter kept the story of and not its ``h1``, gives it: the first
    block, a heading with no full stop (not a sentence a rule under it makes a heading), nor the page's
    ("## Related stories") or a section's label ("## News").
    """
    if not blocks or hinted[0] or type(first := blocks[0]) is not Heading:
        return None
    text = first.text
    labelled = classify.section_label(text, cues) or classify.stock_line(text, cues)
    return None if labelled or text.endswith(".") else text


def _title_part(text: str, title: str) -> str | None:
    """Whether *text* is a page's title that names *title* beside the site's name ("Headline | Site").

    Returns:
        ``"longest"`` when *title* is the longest of the parts that separators part, ``"part"``
        when it is another, ``None`` when *text* does not name it. Compared case and quotes folded.
    """
    if len(text) > 2 * len(title) + _SITE_NAME:
        return None
    wanted = classify.normalise(title)
    parts = classify.TITLE_SEPARATOR.split(text)
    for found in classify.TITLE_SEPARATOR.finditer(text):
        for part in (text[: found.start()], text[found.end() :]):
            if classify.normalise(part) == wanted:
                return "longest" if all(len(part) >= len(other) for other in parts) else "part"
    return None


_SITE_NAME = 80  # characters at most of what a page's title sets beside the headline


def _credited(typed: list[Block], hinted: bytearray, credit: Block) -> Caption | None:
    """The caption under a picture with *credit*, a credit alone, joined to it: a converter's figure, a paragraph each.

    ``![Quay](quay.jpg)``, then ``Sailors wait at dawn.``, then ``(Jane Roe / Harbour Press)``:
    under the picture, the credit is its caption's, not the next picture's.
    """
    if not (isinstance(credit, Caption) and not credit.text and credit.credit is not None):
        return None
    if len(typed) < 2 or hinted[-1] or not isinstance(typed[-2], Image):
        return None
    caption = typed[-1]
    if not (type(caption) is Paragraph or (type(caption) is Caption and caption.credit is None)):
        return None
    return Caption(
        text=caption.text,
        marks=caption.marks,
        credit=credit.credit,
        credit_prefix="\n\n" + credit.credit_prefix,
        credit_suffix=credit.credit_suffix,
        image=len(typed) - 2,
    )


def _weakly_credited(typed: list[Block], hinted: bytearray, credit: Block, cues: Cues) -> Caption | None:
    """The caption under a picture with *credit*, a paragraph that reads as a credit only there, joined to it.

    A converter writes a figure's picture, its caption and the credit under the caption as a
    paragraph each: ``![Quay](quay.jpg)``, ``Sailors wait at dawn``, ``(Harbour Press)``. Alone,
    a name in brackets is as often an aside; between a caption of a few words and the picture
    over both, it credits the picture. The caption is words that name what is shown, with no
    full stop to end them as a sentence: under a picture, a paragraph of the body is one, and a
    wire's sign-off under it, or an aside in brackets ("(Updated)"), credits nothing.
    """
    if type(credit) is not Paragraph or len(typed) < 2 or not isinstance(typed[-2], Image):
        return None
    caption = typed[-1]
    if not (isinstance(caption, Paragraph | Caption) and caption.text and classify.shows_words(caption.text)):
        return None
    if classify.word_count(caption.text) > _CAPTION_UNDER or _SENTENCE_END.search(caption.text) is not None:
        return None  # a sentence its full stop ends, under a picture, may be the body's: "(Reuters)" signs it off
    if (found := classify.credit_line(credit.text, cues)) is None:
        return None
    return _credited(typed, hinted, found.caption(spacing=credit.spacing))


_CAPTION_UNDER = 60  # words at most of a caption a credit under it completes (see scraped's captions)


def _credited_first(typed: list[Block], hinted: bytearray, caption: Block) -> Caption | None:
    """*caption* under a picture and its credit alone, joined to the credit: a figure that sets its credit first.

    ``![Quay](quay.jpg)``, ``Photograph: Jane Roe for Harbour Voices``, then ``Sailors wait at dawn.``, a
    paragraph each, as a magazine's template sets the credit over the caption. The credit has its
    label, and the caption is a line of a few words, no more: under a picture with no caption, its
    credit alone ("Getty Images"), the body's paragraph may be one sentence, and says more.
    """
    if type(caption) is not Paragraph or len(typed) < 2 or hinted[-1] or not isinstance(typed[-2], Image):
        return None
    credit = typed[-1]
    if not (type(credit) is Caption and not credit.text and credit.credit is not None and credit.image is not None):
        return None
    if not credit.credit_prefix.strip() or "\n" in caption.text or not classify.shows_words(caption.text):
        return None  # a label says whose the picture is: "Getty Images" alone over the body's lede credits it alone
    if classify.word_count(caption.text, _FIRST_CREDITED) > _FIRST_CREDITED or scraped.says_sentences(caption.text):
        return None
    return attrs.evolve(
        credit,
        text=caption.text,
        marks=caption.marks,
        credit_suffix=credit.credit_suffix + "\n\n",
        credit_first=True,
    )


_FIRST_CREDITED = 25  # words at most of a caption under its picture's credit: a line, not the body's paragraph


def _top_level(markdown: str, limits: Limits) -> Iterator[tuple[Token, list[Token], int]]:
    """Each top-level block token, with the tokens inside it and the number of the line it starts on.

    Raises:
        LimitError: Blocks nest deeper than ``limits.max_depth`` or :data:`~newsdoc.inline.MARKDOWN_DEPTH`.
    """
    most = min(limits.max_depth, MARKDOWN_DEPTH)
    for piece, first in _pieces(markdown):
        tokens = MD.parse(piece)
        i = 0
        while i < len(tokens):
            token = tokens[i]
            j = i + 1
            if token.nesting == 1:
                depth = 1
                while depth:
                    if (depth := depth + tokens[j].nesting) > most:
                        raise _too_deep(tokens[j], first, limits)
                    j += 1
            line = first + token.map[0] + 1 if token.map else 0
            yield token, tokens[i + 1 : j - 1 if token.nesting == 1 else j], line
            i = j


def _too_deep(token: Token, first: int, limits: Limits) -> LimitError:
    """The error for a block *token* that stands a level too deep, in a piece that starts after line *first*."""
    where = f"line {first + token.map[0] + 1}: " if token.map else ""
    if limits.max_depth <= MARKDOWN_DEPTH:
        over = f"max_depth={limits.max_depth}"
    else:
        over = f"{MARKDOWN_DEPTH} levels, the most newsdoc reads in Markdown (a list and its item are two)"
    return LimitError(f"{where}block quotes and lists nest deeper than {over}", "max_depth")


def _pieces(markdown: str) -> Iterator[tuple[str, int]]:
    """*markdown* in pieces of some :data:`_PIECE` characters, each with the number of lines before it.

    markdown-it's tokens take some ten times the memory of the text they stand for, so a
    long text is parsed a piece at a time. A piece ends only where every block does: at a
    blank line, before a line that opens a block at the margin (not a list's item, which may
    go on a list above), outside a fenced code block or an HTML block that blank lines do not
    end. A text with link reference definitions (which may stand after the links that use
    them) or with line breaks other than LF is parsed whole.
    """
    if len(markdown) <= _PIECE or "]:" in markdown or "\r" in markdown:
        yield markdown, 0
        return
    begun = first = at = 0  # where the piece starts (a character, a line) and where the line does
    blank = False  # whether the line before is
    end: Callable[[str], bool] | None = None  # whether a line ends the fence or HTML block it is in
    for i, line in enumerate(_lines(markdown)):
        if end is not None:
            end = None if end(line) else end
        else:
            if at - begun >= _PIECE and blank and line and line[0] not in _GOES_ON:
                yield markdown[begun:at], first
                begun, first = at, i
            if opened := _OPENS.match(line):
                end = _end(opened)
                if opened["marker"] is not None and end(line[opened.end() :]):
                    end = None  # "<!-- ... -->" on one line
        blank = not line.strip(" \t")
        at += len(line) + 1
    yield markdown[begun:], first


def _lines(text: str) -> Iterator[str]:
    """The lines of *text*, without their line breaks (LF), one at a time."""
    at = 0
    while (end := text.find("\n", at)) >= 0:
        yield text[at:end]
        at = end + 1
    yield text[at:]


def _end(opened: re.Match[str]) -> Callable[[str], bool]:
    """What ends the block *opened* opens: a fence as long or longer, or the HTML block's end marker."""
    if (fence := opened["fence"]) is not None:
        return lambda line: _CLOSING_FENCE.fullmatch(line) is not None and line.strip(" \t").startswith(fence)
    marker = _ENDS.get(opened["marker"].lower(), ">")  # "<!DOCTYPE html>"
    return lambda line: marker in line.lower()


_PIECE = 1 << 14  # characters: a piece of Markdown parsed at once
_GOES_ON = frozenset(" \t-+*0123456789")  # a line opening with one may go on a block above ("2. " a list)
# What opens a block that only its own end ends, blank lines or not: CommonMark's fenced code
# blocks and its HTML blocks of kinds 1 to 5.
_OPENS = re.compile(
    r" {0,3}(?:(?P<fence>`{3,}(?=[^`]*\Z)|~{3,})"
    r"|(?P<marker><(?:script|pre|style|textarea)(?=[\s>]|\Z)|<!--|<\?|<!\[CDATA\[|<![A-Za-z]))",
    re.I,
)
_CLOSING_FENCE = re.compile(r" {0,3}(?:`{3,}|~{3,})[ \t]*")
_ENDS = {"<script": "</script>", "<pre": "</pre>", "<style": "</style>", "<textarea": "</textarea>"} | {
    "<!--": "-->",
    "<?": "?>",
    "<![cdata[": "]]>",
}


def _load(text: str, line: int) -> dict[str, Any]:
    try:
        data = jsonformat.loads(text)
    except FormatError as error:
        raise ParseError(f"line {line}: broken newsdoc comment: {error}") from None
    if not isinstance(data, dict):
        raise ParseError(f"line {line}: a newsdoc comment must hold a JSON object")
    return data


def _complete(data: dict[str, Any]) -> bool:
    """Whether a block comment holds the whole block (it has its visible fields)."""
    kind = jsonformat.block_class(data.get("type"))
    visible = shown_fields(kind) if kind else ("text",)
    return visible[0] in data


def _structure(data: dict[str, Any], line: int) -> Block:
    try:
        return jsonformat.block_from_dict(data)
    except FormatError as error:
        raise ParseError(f"line {line}: {error}") from None


def _read(token: Token, inner: list[Token], kind: str | None) -> dict[str, Any]:
    """The fields a block shows in Markdown, read from its tokens."""
    match token.type:
        case "heading_open":
            return {"type": "heading", **_words(inner[0].children or []), "level": int(token.tag[1])}
        case "paragraph_open":
            children = inner[0].children or []
            if len(children) == 1 and children[0].type == "image":
                image = children[0]
                src = str(image.attrs.get("src") or "") or None
                return {"type": "image", "alt": inline.plain(image.children or []), "src": src}
            if kind == "caption":
                return _caption(children)
            if kind == "image" and len(children) >= 2 and children[0].type == "em_open":
                return {"type": "image", "alt": inline.plain(children[1:-1]).removeprefix(_IMAGE_LABEL)}
            return {
                "type": "paragraph",
                **(_words(children) if _takes_marks(kind) else {"text": inline.plain(children)}),
            }
        case "blockquote_open":
            if kind == "pull_quote":
                paragraphs = [inline.plain(t.children or []) for t in inner if t.type == "inline"]
                attribution = paragraphs.pop() if len(paragraphs) > 1 and paragraphs[-1].startswith(_DASH) else None
                return {
                    "type": "pull_quote",
                    "text": "\n\n".join(paragraphs),
                    "attribution": attribution[len(_DASH) :] if attribution else None,
                }
            text, marks = joined(_shown(inner), "\n\n")
            return {"type": "quote", "text": text, "marks": jsonformat.marks_to_list(marks)}
        case "table_open":
            read: list[list[tuple[str, tuple[Mark, ...]]]] = []
            for part in inner:
                if part.type == "tr_open":
                    read.append([])
                elif part.type == "inline":
                    built = inline.read(part.children or [])
                    read[-1].append((built.text, built.marks))
            rows = [[text for text, _ in row] for row in read]
            return {"type": "table", "rows": rows, "marks": jsonformat.marks_to_list(table_marks(read)), "header": True}
        case "bullet_list_open" | "ordered_list_open":
            items = _shown(inner)
            _, marks = joined(items, "\n")
            return {
                "type": "item_list",
                "items": [text for text, _ in items],
                "marks": jsonformat.marks_to_list(marks),
                "ordered": token.type == "ordered_list_open",
                **({"start": int(start)} if (start := token.attrGet("start")) is not None else {}),
            }
        case "fence" | "code_block":  # code, as a page's <pre><code> is read
            text = token.content.rstrip("\n")
            return {"type": "paragraph", "text": text, "marks": jsonformat.marks_to_list(_code(text))}
        case _:  # raw HTML and anything else: kept as a fragment, never dropped
            return {"type": "fragment", "text": token.content.rstrip("\n"), "role": token.type}


def _shown(inner: list[Token]) -> list[tuple[str, tuple[Mark, ...]]]:
    """What each block in a quote or a list shows, with its marks.

    That is the words of its paragraphs, headings and cells, and the lines of its code and raw
    HTML, kept as they are (as a block of either at the top is).
    """
    shown = []
    for token in inner:
        if token.type == "inline":
            built = inline.read(token.children or [])
            shown.append((built.text, built.marks))
        elif token.type in _SHOWN_AS_IS:
            text = token.content.rstrip("\n")
            shown.append((text, _code(text) if token.type != "html_block" else ()))
    return shown


def _code(text: str) -> tuple[Mark, ...]:
    """The mark of a block of code, *text*, as a whole: none if it is empty."""
    return (Mark(start=0, end=len(text), kind=MarkKind.CODE),) if text else ()


def _is_code(block: Paragraph) -> bool:
    """Whether *block* is a block of code: a code mark over all its words."""
    return covers(block.text, block.marks, MarkKind.CODE)


_SHOWN_AS_IS = frozenset({"fence", "code_block", "html_block"})


def _pictures_apart(token: Token, inner: list[Token]) -> list[dict[str, Any]]:
    """A paragraph's pictures and the runs of words between them, each a block; none if it holds no picture among words.

    A converter writes a figure as its picture and its caption in one paragraph
    (``![Quay](quay.jpg)`` over ``*Sailors wait. Photo: Jane Roe*``): the picture is an
    image, its address kept, and the words a paragraph of their own. A link around a
    picture (to a larger copy) goes with it; an image keeps no link. A link around a
    picture and words (a teaser's card: ``[![Quay](quay.jpg) Ferries return](/ferries)``)
    holds the words on either side of it.
    """
    if token.type != "paragraph_open":
        return []
    children = inner[0].children or []
    if len(children) < 2 or not any(child.type == "image" for child in children):
        return []
    kinds = ["", *(child.type for child in children), ""]  # each child's, and none past either end
    parts: list[dict[str, Any]] = []
    run: list[Token] = []
    link: Token | None = None  # the link open around the picture, if one is
    for i, child in enumerate(children, 1):
        if _links_picture(kinds, i):
            continue  # a linked picture: the link goes with the picture
        if child.type in {"link_open", "link_close"}:
            link = child if child.type == "link_open" else None
        if child.type != "image":
            run.append(child)
            continue
        src = child.attrs.get("src") or None
        parts += [*_words_apart(run), {"type": "image", "alt": inline.plain(child.children or []), "src": src}]
        run = [] if link is None else [link]
    return parts + _words_apart(run)


def _titled_picture(token: Token, inner: list[Token], cues: Cues, *, pandoc: bool) -> list[dict[str, Any]]:
    """A picture alone in its paragraph with a title, as converters write a figure: the image, and its caption.

    ``![Quay](quay.jpg "Sailors wait. Photo: Jane Roe")``: the title is the caption a page set in
    the picture's ``title`` (markdownify, turndown). Pandoc marks a figure whose alt text is its
    caption with the title ``fig:``, and in Markdown that is pandoc's (*pandoc*: its attributes were
    read) a picture alone in its paragraph is such a figure (its "implicit figures"). newsdoc writes no
    title, so its own Markdown reads as before.
    """
    if token.type != "paragraph_open" or len(children := inner[0].children or []) != 1 or children[0].type != "image":
        return []
    image = children[0]
    alt, title = inline.plain(image.children or []), str(image.attrs.get("title") or "")
    said = alt if title == _PANDOC_FIGURE or (pandoc and not title) else title.strip()
    # A title of a few words, or of keywords, names the picture for a search engine ("plague", "weed,
    # cannabis, stock"): a caption says a sentence, or credits the picture
    if len(said.split()) < _CAPTION_WORDS or not (said.endswith(_SENTENCE_ENDS) or classify.find_credit(said, cues)):
        return []
    picture = {"type": "image", "alt": alt, "src": str(image.attrs.get("src") or "") or None}
    return [picture, {"type": "caption", "text": said}]


def _drop_repeated(blocks: list[Block], hinted: bytearray, lines: array.array[int], marked: list[Any]) -> None:
    """Leave out a caption read with its picture (from its title, say) that the block under it says again.

    A page fills a picture's title from its caption, which a converter writes under the picture too.
    """
    for at in range(len(blocks) - 2, 0, -1):
        caption, under = blocks[at], blocks[at + 1]
        if type(caption) is not Caption or hinted[at] or not isinstance(blocks[at - 1], Image):
            continue
        # (its credit too: a caption read from a title keeps the credit that the words under it leave out)
        if isinstance(under, Paragraph | Caption) and classify.normalise(plain_text(under)).startswith(
            classify.normalise(plain_text(caption))
        ):
            del blocks[at], hinted[at], lines[at], marked[at]


_PANDOC_FIGURE = "fig:"
_SENTENCE_ENDS = (".", "!", "?", ".\u201d", '."')


def _figure(token: Token, limits: Limits) -> list[dict[str, Any]]:
    """A page's figure kept as raw HTML, its picture and its caption, as pandoc and GitHub write one.

    ``<figure>`` over ``<img src="quay.jpg" alt="Quay">`` and ``<figcaption>Sailors wait. Photo: Jane
    Roe</figcaption>``: an image, and its caption (its credit read as a gallery item's is). A figure
    that holds more (two pictures, a table, words beside the caption) stays a fragment, as written.
    """
    if token.type != "html_block" or not _FIGURE.match(token.content):
        return []
    root = page_tree(token.content, limits)
    figure = None if root is None else next(root.iter("figure"), None)
    if figure is None or len(pictures := list(figure.iter("img"))) != 1:
        return []
    caption = next(figure.iter("figcaption"), None)
    words = "" if caption is None else shown_text(caption)
    if " ".join(shown_text(figure).split()) != " ".join(words.split()) or _FIGURE_END.search(token.content) is None:
        return []  # words beside the picture and its caption, or more after the figure
    picture = {
        "type": "image",
        "alt": str(pictures[0].get("alt") or ""),
        "src": str(pictures[0].get("src") or "") or None,
    }
    return [picture, {"type": "caption", "text": words}] if words else [picture]


_FIGURE = re.compile(r"[ \t]*<figure[\s>]", re.I)
_FIGURE_END = re.compile(r"</figure>\s*\Z", re.I)  # the block is the figure and nothing after it


def _gallery(token: Token, inner: list[Token]) -> list[dict[str, Any]]:
    """A list whose every item is one picture and a few words about it, as a converter writes a slideshow.

    ``- ![Quay](quay.jpg)`` over "Gulls over the quay. Photo: Jane Roe", item after item: each
    picture, then its words as its caption (see :func:`_gallery_caption`); the list's tokens are
    then used up. Not a list of cards for other stories, each item's words a link (a caption links
    to nothing); nor a list that holds more than pictures and words (a list of its own, a quote).
    """
    if token.type not in {"bullet_list_open", "ordered_list_open"}:
        return []
    items: list[list[Token]] = []  # the inline tokens of each item
    for part in inner:
        if part.type == "list_item_open":
            items.append([])
        elif part.type == "inline" and items:
            items[-1].extend(part.children or [])
        elif part.type not in {"paragraph_open", "paragraph_close", "list_item_close"}:
            return []
    for children in items:
        if next((c.type for c in children if c.type in _SHOWN_INLINE or c.type == "image"), None) != "image":
            return []  # the words over the picture: an item that shows a picture, not a caption under one
        words = inline.read([child for child in children if child.type != "image"])
        # A card's headline, its date under it; or a card a converter wrote as a link around blocks, which
        # CommonMark reads as no link: "[", the picture, then "Headline](/news/...)"
        linked = any(m.kind is MarkKind.LINK for m in words.marks) or "](" in words.text
        if sum(child.type == "image" for child in children) != 1 or linked or len(words.text.split()) > _GALLERY_WORDS:
            return []
    parts: list[dict[str, Any]] = []
    for children in items:
        pictures: list[dict[str, Any]] = []
        kept = _without_pictures(children, pictures)
        parts += pictures + [{**said, "type": "caption"} for said in _words_apart(kept)]
    inner.clear()
    return parts


_GALLERY_WORDS = 80  # a caption and its credit


def _gallery_caption(caption: Caption, image: int, cues: Cues) -> Caption:
    """The words of a gallery's item under its picture, as the picture's caption, with the credit they end with."""
    text = caption.text
    found = classify.find_credit(text, cues) or classify.credit_line(text, cues) or classify.named_credit(text)
    typed = Caption(text=text, image=image) if found is None else found.caption(image=image)
    return carried(typed, text, caption.marks)


def _pictures_out(token: Token, inner: list[Token]) -> list[dict[str, Any]]:
    """The pictures among the words of a heading, a quote, a list or a table, each an image, taken out of the words.

    A converter writes a page's picture in a list item, a quote or a heading where it stood
    (``- ![Quay](quay.jpg) at dusk``): the picture is an image before the block, its address
    kept, as :func:`~newsdoc.parse_html` reads the page. An item or a paragraph of a quote that
    showed nothing else goes with it; a table's cell stays, empty, so that its row keeps its columns.
    """
    if token.type not in _HOLDERS:
        return []
    pictures: list[dict[str, Any]] = []
    for part in inner:
        if part.type == "inline" and any(child.type == "image" for child in part.children or []):
            part.children = _without_pictures(part.children or [], pictures)
    if pictures and token.type != "table_open":
        inner[:] = [part for part in inner if part.type != "inline" or part.children]
    return pictures


_HOLDERS = frozenset({"heading_open", "blockquote_open", "bullet_list_open", "ordered_list_open", "table_open"})


def _without_pictures(children: list[Token], pictures: list[dict[str, Any]]) -> list[Token]:
    """*children* without their pictures (and a link around one alone), each added to *pictures*.

    The white space that stood by a picture goes with it: at either end of the words, and one of
    two spaces that it parted.
    """
    kinds = ["", *(child.type for child in children), ""]  # each child's, and none past either end
    kept: list[Token] = []
    gap = True  # whether a picture was taken out since the last word kept (or the words begin)
    for i, child in enumerate(children, 1):
        if _links_picture(kinds, i):
            continue
        if child.type == "image":
            src = child.attrs.get("src") or None
            pictures.append({"type": "image", "alt": inline.plain(child.children or []), "src": src})
            gap = True
            continue
        if gap and child.type in _SHOWN_INLINE and _blank_before(kept):
            if child.type != "text":
                continue  # a line break
            child.content = child.content.lstrip()
            if not child.content:
                continue
        kept.append(child)
        gap = gap and child.type not in _SHOWN_INLINE  # (a mark's opening or closing shows nothing)
    while gap and (at := _last_shown(kept)) is not None and _blank(last := kept[at]):
        if last.type == "text" and (stripped := last.content.rstrip()):
            last.content = stripped
            break
        del kept[at]  # (by place: tokens equal by their fields, and a line break is like any other)
    return kept


_SHOWN_INLINE = frozenset({"text", "softbreak", "hardbreak", "code_inline", "html_inline"})


def _last_shown(tokens: list[Token]) -> int | None:
    """Where the last of the inline *tokens* that shows something stands: words, a line break, code or HTML."""
    return next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].type in _SHOWN_INLINE), None)


def _blank_before(tokens: list[Token]) -> bool:
    """Whether what the inline *tokens* show ends with white space, or they show nothing."""
    return (at := _last_shown(tokens)) is None or _blank(tokens[at])


def _blank(token: Token) -> bool:
    """Whether the inline *token* ends with white space: a line break, or text that does."""
    return token.type in {"softbreak", "hardbreak"} or (token.type == "text" and token.content[-1:].isspace())


def _shows(inner: list[Token]) -> bool:
    """Whether a block's *inner* tokens show anything: words, or code or raw HTML (see :func:`_shown`)."""
    return any(part.children if part.type == "inline" else part.type in _SHOWN_AS_IS for part in inner)


def _links_picture(kinds: list[str], i: int) -> bool:
    """Whether child *i* of inline tokens (*kinds*, one past either end) opens or closes a link round a lone picture."""
    return (kinds[i] == "link_open" and kinds[i + 1 : i + 3] == ["image", "link_close"]) or (
        kinds[i] == "link_close" and kinds[i - 2 : i] == ["link_open", "image"]
    )


def _words_apart(run: list[Token]) -> list[dict[str, Any]]:
    """The paragraph a run of words between pictures makes, without the line breaks at its ends; none if empty."""
    words = _words(run)
    text = words["text"]
    if not text.strip():
        return []
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    marks = [
        {**mark, "start": max(mark["start"], start) - start, "end": min(mark["end"], end) - start}
        for mark in words["marks"]
    ]
    return [{"type": "paragraph", "text": text[start:end], "marks": [m for m in marks if m["start"] < m["end"]]}]


def _caption(children: list[Token]) -> dict[str, Any]:
    breaks = [i for i, t in enumerate(children) if t.type == "hardbreak"]
    if breaks and children[-1].type == "em_close" and children[breaks[-1] + 1].type == "em_open":
        credit = inline.plain(children[breaks[-1] + 2 : -1])
        credit = credit.removeprefix(_CREDIT_LABEL)
        return {"type": "caption", **_words(children[: breaks[-1]]), "credit": credit}
    if len(children) >= 2 and children[0].type == "em_open" and children[-1].type == "em_close":
        shown = inline.plain(children[1:-1])
        if shown.startswith(_CREDIT_LABEL):  # a picture's credit, with no words of its own
            return {"type": "caption", "text": "", "credit": shown.removeprefix(_CREDIT_LABEL)}
    return {"type": "caption", **_words(children)}


def _takes_marks(kind: object) -> bool:
    """Whether a block of the type *kind* names has marks; ``None`` is a paragraph, which has."""
    cls = jsonformat.block_class("paragraph" if kind is None else kind)
    return cls is not None and "marks" in attrs.fields_dict(cls)


def _words(tokens: list[Token]) -> dict[str, Any]:
    """The text and marks of a run of inline tokens."""
    built = inline.read(tokens)
    return {"text": built.text, "marks": jsonformat.marks_to_list(built.marks)}
