"""The typed article: :class:`~newsdoc.Article` and the blocks it is made of.

Every class is frozen, compared by value and holds tuples, never lists; make a
changed copy with ``attrs.evolve``. A block keeps its words and what the
parser read from them; the little layout a writer needs to give the source
back byte for byte (the whitespace between blocks, the brackets around a
credit) sits in fields with the usual values as defaults, so a hand-built
article renders sensibly.

Blocks refer to each other by position in :attr:`Article.blocks
<newsdoc.Article.blocks>`: a caption names the image it belongs to, a pull
quote the paragraph it repeats.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeVar, assert_never

import attrs
from attrs import frozen

_Count = TypeVar("_Count", int, int | None)


def _list_start(instance: ItemList, attribute: attrs.Attribute[int], value: int) -> None:
    """The first number of a list: one Markdown can write, and 1 for a list without numbers."""
    if type(value) is not int or not 0 <= value <= LAST_LIST_NUMBER:
        raise ValueError(f"'{attribute.name}' must be a whole number from 0 to {LAST_LIST_NUMBER:,}, not {value!r}")
    if value != 1 and not instance.ordered:
        raise ValueError(f"'{attribute.name}' must be 1 for a list without numbers, not {value}")


LAST_LIST_NUMBER = 999_999_999  # CommonMark numbers a list with nine digits at most


def _bullet(instance: ItemList, attribute: attrs.Attribute[str | None], bullet: str | None) -> None:
    """A bulleted list's mark in plain text: on the item's line, before its words."""
    if bullet is None:
        return
    if type(bullet) is not str:
        raise TypeError(f"bullet: expected a str or None, got {type(bullet).__name__}")
    if instance.ordered:
        raise ValueError(f"bullet: a numbered list has numbers, not {bullet!r}")
    if "\n" in bullet or "\r" in bullet:
        raise ValueError(f"bullet: {bullet!r} breaks the line; a bullet stands on its item's line")


def _count(instance: object, attribute: attrs.Attribute[_Count], value: _Count) -> None:
    """A count or a position: never negative, and small enough for every format to write."""
    if value is not None and not 0 <= value < 2**63:
        shown = value if -(2**64) < value < 2**64 else f"a number of {value.bit_length()} bits"
        raise ValueError(f"'{attribute.name}' must be at least 0 and below 2**63, not {shown}")


class MarkKind(enum.StrEnum):
    """What a :class:`~newsdoc.Mark` makes of the words it spans.

    The values are the strings the JSON format writes (``"link"``, ...).
    """

    LINK = "link"
    """A link to the address in :attr:`Mark.href <newsdoc.Mark.href>`, as ``<a>`` and ``[words](address)`` write it."""
    EMPHASIS = "emphasis"
    """Emphasis, usually set in italics, as ``<em>`` and ``*words*`` write it."""
    STRONG = "strong"
    """Strong importance, usually set in bold, as ``<strong>`` and ``**words**`` write it."""
    CODE = "code"
    """Computer code such as a command or a file name, as ``<code>`` and backticks write it."""


@frozen(kw_only=True)
class Mark:
    """A link, emphasis, strong or code over some of a block's words, kept beside them.

    A block's words stay one plain string, so that plain text is unchanged by
    marks; a mark names the stretch it covers by offsets into that string:
    ``block.text[mark.start:mark.end]``. Offsets count code points (Python's
    ``str`` indexes), from 0, the end excluded; in an :class:`~newsdoc.ItemList`
    they count into :attr:`~newsdoc.ItemList.text`, the items joined by line breaks.

    A block holds its marks sorted by start, a longer mark before a shorter one
    that starts with it, and an outer mark before an inner one of the same
    stretch. Marks nest as markup does: two marks are apart or one holds the
    other; nothing lies inside code, and no link inside a link. The block
    checks all of this when it is made.

    Examples:
        >>> import newsdoc
        >>> from newsdoc import Mark, MarkKind
        >>> paragraph = newsdoc.Paragraph(
        ...     text="Read the report now.",
        ...     marks=(
        ...         Mark(start=5, end=15, kind=MarkKind.LINK, href="https://example.org/r"),
        ...         Mark(start=16, end=19, kind=MarkKind.EMPHASIS),
        ...     ),
        ... )
        >>> [paragraph.text[mark.start : mark.end] for mark in paragraph.marks]
        ['the report', 'now']
        >>> print(newsdoc.to_markdown(newsdoc.Article(blocks=(paragraph,))), end="")
        <!-- newsdoc {"format": "newsdoc", "version": 1} -->
        <BLANKLINE>
        Read [the report](https://example.org/r) *now*.
    """

    start: int = attrs.field(validator=_count)
    """Where the mark begins, the offset of its first character in the block's text."""
    end: int = attrs.field(validator=_count)
    """Where the mark ends, the offset just past its last character (after ``start``)."""
    kind: MarkKind = attrs.field(validator=attrs.validators.instance_of(MarkKind))
    """What the mark is, a link, emphasis, strong or code."""
    href: str | None = None
    """The address a link leads to, as the source gives it (a page reader joins it with the
    page's address); ``None`` for every other kind. Writers make it live only when it is safe
    (see :func:`~newsdoc.urls.safe_url`)."""

    def __attrs_post_init__(self) -> None:  # noqa: D105
        if self.end <= self.start:
            raise ValueError(f"a mark must end after it starts, not at {self.end} (start {self.start})")
        if self.kind is MarkKind.LINK and self.href is None:
            raise ValueError("a link mark must have an href")
        if self.kind is not MarkKind.LINK and self.href is not None:
            raise ValueError(f"only a link mark has an href, not {self.kind.value}")


def _credit_first(instance: Caption, attribute: attrs.Attribute[bool], first: bool) -> None:
    """A caption's credit before its words: a bool, and a credit to stand there."""
    if type(first) is not bool:
        raise TypeError(f"credit_first: expected a bool, got {type(first).__name__}")
    if first and instance.credit is None:
        raise ValueError("credit_first: a caption without a credit has none to set first")


class _Worded(Protocol):
    @property
    def text(self) -> str: ...


def _marks(instance: _Worded, attribute: attrs.Attribute[tuple[Mark, ...]], marks: tuple[Mark, ...]) -> None:
    """Marks that fit the block's words and nest as markup does (see :class:`~newsdoc.Mark`)."""
    if not marks:
        return
    text = instance.text
    items, part = mark_parts(instance)
    ends = list(itertools.accumulate(len(item) + 1 for item in items))  # each item's end, past its line break
    # The marks that hold the one at hand, outermost first, each with the first link among them and it
    # (so that a mark asks its holder, not every mark that holds it: markup may nest thousands deep).
    holding: list[tuple[int, Mark, int | None]] = []
    for i, mark in enumerate(marks):
        where = f"marks[{i}]"
        if not isinstance(mark, Mark):
            raise TypeError(f"{where}: expected a Mark, got {type(mark).__name__}")
        if mark.end > len(text):
            raise ValueError(f"{where}: ends at {mark.end}, past the end of the text ({len(text)} characters)")
        item = bisect.bisect_left(ends, mark.end + 1)
        if mark.start < ends[item] - 1 - len(items[item]):
            into = f"rows{_cell_at(instance, item)}" if isinstance(instance, Table) else f"{part}s[{item}]"
            raise ValueError(f"{where}: runs into {into} from before it; a mark stays within one {part}")
        if i and (mark.start, -mark.end) < (marks[i - 1].start, -marks[i - 1].end):
            raise ValueError(f"{where}: out of order; marks are sorted by start, a longer one first")
        while holding and holding[-1][1].end <= mark.start:
            holding.pop()
        link = None
        if holding:
            j, outer, link = holding[-1]
            if mark.end > outer.end:
                raise ValueError(f"{where}: crosses marks[{j}]; marks must nest, apart or one inside the other")
            if outer.kind is MarkKind.CODE:
                raise ValueError(f"{where}: inside code (marks[{j}]), which holds no marks")
            if mark.kind is MarkKind.LINK and link is not None:
                raise ValueError(f"{where}: a link inside a link (marks[{link}])")
        holding.append((i, mark, i if link is None and mark.kind is MarkKind.LINK else link))


def mark_parts(instance: _Worded) -> tuple[Sequence[str], str]:
    """The parts of a block's text that no mark runs across (a list's items, a table's cells), and what they are.

    They are in the order of the text, each after one character that parts it from the one before.
    """
    if isinstance(instance, ItemList):
        return instance.items, "item"
    if isinstance(instance, Table):
        return cells(instance), "cell"
    return (instance.text,), "text"


def _cell_at(table: Table, index: int) -> str:
    """Where cell *index* of :func:`cells` stands in *table*'s rows: ``"[1][0]"``."""
    for i, row in enumerate(table.rows):
        if index < max(len(row), 1):
            return f"[{i}][{index}]"
        index -= max(len(row), 1)
    raise AssertionError(index)  # (the validator asks only of a cell the table has)


def cells(table: Table) -> list[str]:
    """The cells of *table*, row by row, as :attr:`Table.text` parts them (a row without cells, one empty cell)."""
    return [cell for row in table.rows for cell in (row or ("",))]


def _repr(self: attrs.AttrsInstance) -> str:
    """The attrs repr, leaving out ``marks`` when there are none: a block without marks reads as plain words.

    And a caption's ``credit_first`` when it is false, as most are, and a list's ``bullet`` when it is the usual one.
    """
    fields = (f for f in attrs.fields(type(self)) if f.name not in _QUIET or getattr(self, f.name) != f.default)
    return f"{type(self).__name__}({', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in fields)})"


_QUIET = frozenset({"marks", "credit_first", "bullet"})  # fields the repr leaves out at their defaults


__all__ = [
    "Article",
    "Attribution",
    "AttributionKind",
    "Bio",
    "Block",
    "Caption",
    "Disclaimer",
    "Fragment",
    "Heading",
    "Image",
    "ItemList",
    "Mark",
    "MarkKind",
    "Paragraph",
    "PullQuote",
    "Quote",
    "Slug",
    "Standfirst",
    "Table",
    "notes_start",
    "plain_text",
    "renumbered",
    "shown_fields",
]


@frozen(kw_only=True, repr=False)
class Paragraph:
    """A paragraph of the body: ordinary prose that no other block type fits."""

    text: str
    """The words, with any line breaks of a hard-wrapped source."""
    marks: tuple[Mark, ...] = attrs.field(default=(), validator=_marks)
    """Links, emphasis, strong and code over the words (see :class:`~newsdoc.Mark`)."""
    spacing: str | None = None
    """Whitespace before the block in plain text; ``None`` for the usual blank
    line (nothing before the first block). Every block type has this field."""

    __repr__ = _repr


@frozen(kw_only=True, repr=False)
class Standfirst:
    """The summary of the piece set above the body, also called dek or sell."""

    text: str
    """The words."""
    marks: tuple[Mark, ...] = attrs.field(default=(), validator=_marks)
    """Links, emphasis, strong and code over the words (see :class:`~newsdoc.Mark`)."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""

    __repr__ = _repr


@frozen(kw_only=True, repr=False)
class Heading:
    """A headline or a subheading inside the body."""

    text: str
    """The words."""
    marks: tuple[Mark, ...] = attrs.field(default=(), validator=_marks)
    """Links, emphasis, strong and code over the words (see :class:`~newsdoc.Mark`)."""
    level: int = attrs.field(default=2, validator=attrs.validators.in_(range(1, 7)))
    """1 for the article's headline, 2 to 6 for subheadings."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""

    __repr__ = _repr


@frozen(kw_only=True, repr=False)
class ItemList:
    """A bulleted or numbered list, in plain text one item a line after ``-`` or ``1.``."""

    items: tuple[str, ...]
    """The text of each item."""
    marks: tuple[Mark, ...] = attrs.field(default=(), validator=_marks)
    """Links, emphasis, strong and code over the items, by offsets into :attr:`~newsdoc.ItemList.text`
    (the items joined by line breaks); a mark never runs from one item into the next."""
    ordered: bool = False
    """Whether the items are numbered."""
    start: int = attrs.field(default=1, validator=_list_start)
    """The number of the first item of a numbered list ("3." in a list that goes on from an
    earlier one): 0 to 999,999,999, as Markdown numbers a list; 1 for a bulleted one."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""
    breaks: str | None = None
    """The line break between two items in plain text, with the whitespace around it, when it is
    not a line feed alone: ``"\\r\\n"`` in a text with Windows line ends, ``"\\n\\t"`` in a text that
    indents its lines. ``None`` is a line feed."""
    bullet: str | None = attrs.field(default=None, validator=_bullet)
    """The mark before each item of a bulleted list in plain text, with the spaces after it, when it
    is not ``"- "``: ``"* "`` or ``"\u2022 "`` as text converters write a list, ``"-   "`` as Pandoc
    does; ``""`` for items one a line with no mark, as a browser copies a list. ``None`` is ``"- "``."""

    __repr__ = _repr

    @property
    def text(self) -> str:
        """The items, one a line, as every block has its words in ``text``."""
        return "\n".join(self.items)


@frozen(kw_only=True, repr=False)
class Quote:
    """A quotation set off in the body (an ordinary block quote).

    A passage the page pulls out to display, usually repeating words of the
    body, is a :class:`~newsdoc.PullQuote` instead.
    """

    text: str
    """The quoted words."""
    marks: tuple[Mark, ...] = attrs.field(default=(), validator=_marks)
    """Links, emphasis, strong and code over the words (see :class:`~newsdoc.Mark`)."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""

    __repr__ = _repr


@frozen(kw_only=True)
class Slug:
    """What a WordPress-style image file name says, e.g. ``ap syr2 300 12dec12``.

    Scraped text often shows such a name in place of a picture's alt text; the
    parsers read it into an :class:`~newsdoc.Image`'s :attr:`~newsdoc.Image.slug`.
    """

    words: str
    """The descriptive words of the file name (``ap syr2``)."""
    width: int | None = attrs.field(default=None, validator=_count)
    """The pixel width written in the name (``300``)."""
    date: dt.date | None = None
    """The date written in the name (``12dec12`` is 2012-12-12)."""


@frozen(kw_only=True)
class Image:
    """A picture. In scraped text it shows as its alt text.

    A :class:`~newsdoc.Caption` that belongs to it names it by its index in
    :attr:`Article.blocks <newsdoc.Article.blocks>`.
    """

    alt: str
    """The alt text, as the page gives it."""
    src: str | None = None
    """The address of the picture, when known. On a page it is the one a lazy-loading script
    would fill in, or the largest of its ``srcset``, joined with the page's address."""
    width: int | None = attrs.field(default=None, validator=_count)
    """The width in pixels the page gives the picture."""
    height: int | None = attrs.field(default=None, validator=_count)
    """The height in pixels the page gives the picture."""
    slug: Slug | None = None
    """What the picture's file name says, when it follows the WordPress pattern."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`).
    ``""`` when the alt text runs straight into the next block."""

    @property
    def text(self) -> str:
        """The alt text, as every block has its words in ``text``."""
        return self.alt


@frozen(kw_only=True, repr=False)
class Caption:
    r"""The caption of a picture, with its credit apart.

    In plain text the credit follows the words between
    :attr:`~newsdoc.Caption.credit_prefix` and :attr:`~newsdoc.Caption.credit_suffix`,
    so the caption is written back as it was read.

    Examples:
        >>> import newsdoc
        >>> text = "Talks in Moscow\n\nSergei Lavrov in Moscow. (AP Photo)\n\nThe talks went on.\n"
        >>> caption = newsdoc.parse_text(text).blocks[1]
        >>> caption.text, caption.credit
        ('Sergei Lavrov in Moscow.', 'AP Photo')
        >>> newsdoc.to_text(newsdoc.Article(blocks=(caption,)))
        'Sergei Lavrov in Moscow. (AP Photo)\n'
    """

    text: str
    """The caption's words, without the credit."""
    marks: tuple[Mark, ...] = attrs.field(default=(), validator=_marks)
    """Links, emphasis, strong and code over the words (see :class:`~newsdoc.Mark`); never over the credit."""
    credit: str | None = None
    """Who made or supplied the picture, such as ``AP`` or ``Jane Doe/AFP via Getty Images``."""
    image: int | None = attrs.field(default=None, validator=_count)
    """Index in :attr:`Article.blocks <newsdoc.Article.blocks>` of the :class:`~newsdoc.Image` it captions."""
    credit_prefix: str = " ("
    """What stands between the text and the credit in plain text."""
    credit_suffix: str = ")"
    """What follows the credit in plain text."""
    credit_first: bool = attrs.field(default=False, validator=_credit_first)
    """Whether the credit stands before the words in plain text, as a page that sets the credit over its caption
    writes it ("Image copyright", "Getty Images", then the caption): the prefix, the credit, the suffix, then the
    words. Only a caption with a credit has it first."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""

    __repr__ = _repr


@frozen(kw_only=True)
class PullQuote:
    """A passage pulled out and displayed, usually repeating a sentence of the body.

    A quoted line that neither repeats the body nor names who said it is read
    as a :class:`~newsdoc.Paragraph` instead.
    """

    text: str
    """The quoted words, without quote marks."""
    attribution: str | None = None
    """Who or what the quote is attributed to, such as ``Stratfor analysis``."""
    repeats: int | None = attrs.field(default=None, validator=_count)
    """Index in :attr:`Article.blocks <newsdoc.Article.blocks>` of the paragraph that holds the same words."""
    opening: str = "\u201c"
    """The opening quote mark in plain text (may be empty)."""
    closing: str = "\u201d"
    """The closing quote mark in plain text (may be empty)."""
    attribution_prefix: str = " \u2013 "
    """What stands between the quote and its attribution in plain text."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""


class AttributionKind(enum.StrEnum):
    """How a piece came to be published here: the kinds of :class:`~newsdoc.Attribution`.

    The values are the strings the JSON format writes (``"republished"``, ...).
    """

    REPUBLISHED = "republished"
    """Republished, usually with permission or under a licence."""
    REPRINTED = "reprinted"
    """Reprinted from print."""
    ORIGINALLY_PUBLISHED = "originally_published"
    """First published elsewhere ("originally published in ...")."""
    FIRST_APPEARED = "first_appeared"
    """First appeared elsewhere ("first appeared in ...")."""
    PARTNERSHIP = "partnership"
    """Made with a partner, whom the note names ("produced in partnership with ...")."""


@frozen(kw_only=True, repr=False)
class Attribution:
    """A note on where the piece comes from: republication, permission, origin."""

    text: str
    """The whole note."""
    marks: tuple[Mark, ...] = attrs.field(default=(), validator=_marks)
    """Links, emphasis, strong and code over the words (see :class:`~newsdoc.Mark`)."""
    kind: AttributionKind = AttributionKind.REPUBLISHED
    """What the note says happened."""
    source: str | None = None
    """The organisation the piece comes from, such as ``Stratfor`` or ``The Conversation``."""
    work: str | None = None
    """The title of the original work, when the note names it."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""

    __repr__ = _repr


@frozen(kw_only=True, repr=False)
class Disclaimer:
    """Editorial boilerplate: "the views expressed are the author's own", "not endorsed by ..."."""

    text: str
    """The whole note."""
    marks: tuple[Mark, ...] = attrs.field(default=(), validator=_marks)
    """Links, emphasis, strong and code over the words (see :class:`~newsdoc.Mark`)."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""

    __repr__ = _repr


@frozen(kw_only=True, repr=False)
class Bio:
    """A short biography of the author or of a source: "X is a ..."."""

    text: str
    """The whole note."""
    marks: tuple[Mark, ...] = attrs.field(default=(), validator=_marks)
    """Links, emphasis, strong and code over the words (see :class:`~newsdoc.Mark`)."""
    name: str | None = None
    """Whom the bio is about, when the parser could tell."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""

    __repr__ = _repr


@frozen(kw_only=True, repr=False)
class Table:
    """A table of data: rows of cells, the first row its header when the page marks one.

    In plain text each row is a line, its cells parted by tabs.
    """

    rows: tuple[tuple[str, ...], ...]
    """The rows, each a tuple of its cells' text."""
    marks: tuple[Mark, ...] = attrs.field(default=(), validator=_marks)
    """Links, emphasis, strong and code in the cells, by offsets into :attr:`~newsdoc.Table.text`
    (the rows a line each, their cells parted by tabs); a mark never runs from one cell into the next."""
    header: bool = False
    """Whether the first row is the header (``<th>`` cells, or a ``<thead>``)."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""

    __repr__ = _repr

    @property
    def text(self) -> str:
        """The rows, one a line, their cells parted by tabs, as every block has its words in ``text``."""
        return "\n".join("\t".join(row) for row in self.rows)


@frozen(kw_only=True)
class Fragment:
    """Anything else: a repeated title, a byline, a breadcrumb, a tags line.

    What the parser could read from a fragment (the authors of a byline, the
    tags of a tags line) goes into the :class:`~newsdoc.Article`'s metadata;
    the fragment keeps the words as they stood.
    """

    text: str
    """The words."""
    role: str | None = None
    """What the fragment is, when known, such as ``title``, ``kicker``,
    ``byline``, ``date`` or ``tags``."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`~newsdoc.Paragraph.spacing`)."""


Block = (
    Paragraph
    | Standfirst
    | Heading
    | ItemList
    | Table
    | Quote
    | Image
    | Caption
    | PullQuote
    | Attribution
    | Disclaimer
    | Bio
    | Fragment
)
"""Any block of an article, the union of the thirteen block classes.

Match on it with ``match``/``case``, one case a class.
"""


@frozen(kw_only=True)
class Article:
    """A news article: what it is about, and its blocks in reading order.

    The parsers fill the metadata from what the blocks say (a byline, a
    republication note) or, for a web page, from its head. A block that shows
    the title or a byline stays in :attr:`~newsdoc.Article.blocks` as well, so
    nothing is lost.
    """

    blocks: tuple[Block, ...] = ()
    """The content, in reading order."""
    title: str | None = None
    """The headline, or ``None`` when the parser found none."""
    kicker: str | None = None
    """The section label above or before the headline, such as ``INSIGHT``."""
    authors: tuple[str, ...] = ()
    """The bylined authors."""
    tags: tuple[str, ...] = ()
    """Topic tags."""
    source: str | None = None
    """The organisation that wrote the piece, when it is republished from one."""
    publication: str | None = None
    """The publication that hosts the piece."""
    published: dt.date | dt.datetime | None = None
    """When the piece was published; a date and time when the source gives the time, else a date."""
    url: str | None = None
    """Where the piece lives."""
    fetched: dt.datetime | None = None
    """When the page was fetched, as a crawl's web archive records it."""
    language: str | None = None
    """The language the page says it is in, as a BCP 47 tag (``en``, ``pt-BR``)."""
    ending: str = "\n"
    """Whitespace after the last block in plain text (all of it if there are
    no blocks)."""

    @property
    def text(self) -> str:
        r"""The body's words, its paragraphs, subheadings, lists and quotes parted by blank lines.

        What an analyst feeds a language model: no headline, byline or other fragment, no
        caption, pull quote (it repeats the body) or closing note.

        Examples:
            >>> import newsdoc
            >>> article = newsdoc.parse_text(
            ...     "Talks in Moscow\n\nSergei Lavrov in Moscow. (AP Photo)\n\n"
            ...     "The talks went on.\n\nNo one would say why.\n\n"
            ...     "This analysis is republished with permission of Stratfor.\n"
            ... )
            >>> print(article.text)
            The talks went on.
            <BLANKLINE>
            No one would say why.
        """
        body = (Paragraph, Standfirst, Heading, ItemList, Quote)
        return "\n\n".join(
            b.text for b in self.blocks if isinstance(b, body) and not (isinstance(b, Heading) and b.level == 1)
        )

    def blocks_of(self, *kinds: type[Block]) -> tuple[Block, ...]:
        r"""The blocks of the given classes, in reading order.

        Examples:
            >>> import newsdoc
            >>> article = newsdoc.parse_text("Talks in Moscow\n\nSergei Lavrov in Moscow. (AP Photo)\n\nThe talks.\n")
            >>> [caption.credit for caption in article.blocks_of(newsdoc.Caption)]
            ['AP Photo']
        """
        return tuple(block for block in self.blocks if isinstance(block, kinds))

    def __attrs_post_init__(self) -> None:  # noqa: D105
        # Every format is written as UTF-8, which has no lone surrogates (as decoding bytes
        # with errors="surrogateescape" leaves): an article that holds one could not be written.
        # A quick look first; only when it finds one, or something odd, the walk that says where.
        for position, field, value in () if _all_text(self) else _strings(self):
            if not value.isascii() and (at := lone_surrogate(value)) is not None:
                where = field if position is None else f"blocks[{position}].{field}"
                raise ValueError(f"{where}: lone surrogate U+{ord(value[at]):04X} at {at} is not text")
        # A position must name a block of the right kind: after an edit that moved blocks, a
        # stale one would point a caption at a paragraph. Article.filter and insert keep them right.
        # Blocks of these classes only, not of subclasses, as the check above; told apart by type,
        # not by match, which costs more on each of the thousands of blocks of a long article.
        blocks = self.blocks
        for i, block in enumerate(blocks):
            if type(block) is Caption:
                if isinstance(at := block.image, int) and not (at < len(blocks) and isinstance(blocks[at], Image)):
                    raise ValueError(f"blocks[{i}].image: {_what(blocks, at)}, not an Image")
            elif type(block) is PullQuote:
                at = block.repeats
                if isinstance(at, int) and not (
                    at != i and at < len(blocks) and isinstance(blocks[at], Paragraph | Quote)
                ):
                    raise ValueError(f"blocks[{i}].repeats: {_what(blocks, at)}, not a Paragraph or Quote")

    def filter(self, keep: Callable[[Block], bool]) -> Article:
        """The article with only the blocks *keep* says yes to; positions follow, and one to a block gone is None.

        Examples:
            >>> import newsdoc
            >>> article = newsdoc.Article(
            ...     blocks=(newsdoc.Image(alt="Pups"), newsdoc.Caption(text="Pups at low tide.", image=0))
            ... )
            >>> captions = article.filter(lambda block: not isinstance(block, newsdoc.Image))
            >>> captions.blocks[0].text, captions.blocks[0].image
            ('Pups at low tide.', None)
            >>> article.insert(0, newsdoc.Paragraph(text="Seals are back.")).blocks[2].image
            1
        """
        kept = [i for i, block in enumerate(self.blocks) if keep(block)]
        moved = dict(zip(kept, range(len(kept)), strict=True))
        return attrs.evolve(self, blocks=tuple(renumbered(self.blocks[i], moved) for i in kept))

    def insert(self, index: int, *blocks: Block) -> Article:
        """The article with *blocks* inserted before position *index*; positions after it follow.

        The inserted blocks' own positions are taken as they are, counted in the new article.
        """
        index = min(max(0, index if index >= 0 else len(self.blocks) + index), len(self.blocks))
        moved = {i: i if i < index else i + len(blocks) for i in range(len(self.blocks))}
        old = [renumbered(block, moved) for block in self.blocks]
        return attrs.evolve(self, blocks=(*old[:index], *blocks, *old[index:]))


def renumbered(block: Block, moved: Mapping[int, int]) -> Block:
    """*block* with the position it names (a caption's image, a pull quote's paragraph) moved as *moved* says.

    A position *moved* does not hold becomes ``None``: the block it named is gone.
    """
    match block:
        case Caption(image=int(at)):
            return attrs.evolve(block, image=moved.get(at))
        case PullQuote(repeats=int(at)):
            return attrs.evolve(block, repeats=moved.get(at))
    return block


def expect_article(value: object, writer: str) -> None:
    """Raise :class:`TypeError`, naming *writer*, unless *value* is an :class:`Article`: no writer takes a block."""
    if not isinstance(value, Article):
        raise TypeError(f"{writer}() takes an Article, not {type(value).__name__}")


def lone_surrogate(text: str) -> int | None:
    """Where *text* holds a lone surrogate, which UTF-8 cannot write, or ``None`` when it holds none."""
    if text.isascii():
        return None
    for at in range(0, len(text), _PIECE):  # a piece at a time: the encoded copy of a long text is large
        try:
            text[at : at + _PIECE].encode("utf-16-le")  # as strict as UTF-8, and quicker to write
        except UnicodeEncodeError as error:
            return at + error.start
    return None


_PIECE = 1 << 16  # characters; a lone surrogate is lone in any piece


def _what(blocks: tuple[Block, ...], at: int) -> str:
    return f"block {at} is a {type(blocks[at]).__name__}" if at < len(blocks) else f"no block {at}"


def _strings(article: Article) -> Iterator[tuple[int | None, str, str]]:
    """Every string an article holds, with the position of its block and its field (``items[2]``).

    The position is ``None`` for the article's own fields. Labels are made only for a tuple's
    items, and nothing is made for a field that holds ``None``, so that checking a large
    article stays cheap.
    """
    for field in _STRING_FIELDS[Article]:
        yield from _named(None, field, getattr(article, field))
    for i, block in enumerate(article.blocks):
        for field in _STRING_FIELDS[type(block)]:
            value = getattr(block, field)
            if type(value) is str:
                yield i, field, value
            elif value is not None:
                yield from _named(i, field, value)
        if type(block) is Image and block.slug is not None:
            yield i, "slug.words", block.slug.words
        for j, mark in enumerate(getattr(block, "marks", ())):
            if mark.href is not None:
                yield i, f"marks[{j}].href", mark.href


def _all_text(article: Article) -> bool:
    """Whether the values :func:`_strings` gives are all strings without a lone surrogate; much quicker.

    It gathers the same values without labels, some blocks at a time, and checks those beyond
    ASCII joined. Anything unusual (a block of a class it does not know, a link's href that is
    no string, blocks in no tuple: an iterator could not be walked again) makes it say no, and
    the labelled walk then raises as it always did.
    """
    if type(article.blocks) is not tuple:
        return False
    try:
        if not _all_text_of(_TEXTS[Article](article), ()):
            return False
        step = _BLOCKS_AT_ONCE
        return all(_all_text_of((), article.blocks[at : at + step]) for at in range(0, len(article.blocks), step))
    except Exception:  # the labelled walk raises it again, with the error it always gave
        return False


_BLOCKS_AT_ONCE = 4096  # the values of a few thousand blocks at a time: a text may have millions


def _all_text_of(given: Iterable[Any], blocks: tuple[Block, ...]) -> bool:
    values = list(given)
    exact: list[object] = []  # what _strings gives whatever it holds: a string, or the walk fails on it
    for block in blocks:
        kind = type(block)
        values += _TEXTS[kind](block)
        if kind in _MARKED:
            for mark in block.marks:  # type: ignore[union-attr]
                if mark.href is not None:
                    exact.append(mark.href)
        elif kind is Image and block.slug is not None:  # type: ignore[union-attr]
            exact.append(block.slug.words)  # type: ignore[union-attr]
    strings = [*filter(None, values)]  # None, "" and () hold no text
    try:
        beyond_ascii = [*itertools.filterfalse(str.isascii, strings)]
    except TypeError:  # a list's items, a table's rows (a tuple of tuples), or something odd: TypeError again
        strings = _untupled(_untupled(strings))
        beyond_ascii = [*itertools.filterfalse(str.isascii, strings)]
    beyond_ascii += itertools.filterfalse(str.isascii, exact)  # TypeError for no string
    return lone_surrogate("".join(beyond_ascii)) is None


def _untupled(values: list[Any]) -> list[Any]:
    """*values*, each tuple among them replaced by its items."""
    return [item for value in values for item in (value if type(value) is tuple else (value,))]


def _named(block: int | None, where: str, value: object) -> Iterator[tuple[int | None, str, str]]:
    if isinstance(value, str):
        yield block, where, value
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _named(block, f"{where}[{i}]", item)  # a table's rows hold tuples too


def plain_text(block: Block) -> str:
    r"""Give the words of *block* as plain text shows them.

    A caption comes with its credit, a pull quote with its quote marks and
    attribution, a list with a ``-`` or a number before each item.

    Args:
        block: Any block.

    Returns:
        The text, without the white space that parts it from other blocks.

    Examples:
        >>> import newsdoc
        >>> from newsdoc.model import plain_text
        >>> plain_text(newsdoc.PullQuote(text="Leverage is everything", attribution="Stratfor"))
        '“Leverage is everything” – Stratfor'
        >>> plain_text(newsdoc.ItemList(items=("Syria", "Russia"), ordered=True))
        '1. Syria\n2. Russia'
    """
    if type(block) in _WORDS_ALONE:  # most blocks: asked for at every pass, told quicker than a match tells them
        return block.text
    match block:
        case Paragraph() | Standfirst() | Heading() | Quote() | Attribution() | Disclaimer() | Bio() | Fragment():
            return block.text
        case Image():
            return block.alt
        case Caption():
            if block.credit is None:
                return block.text
            credit = f"{block.credit_prefix}{block.credit}{block.credit_suffix}"
            return credit + block.text if block.credit_first else block.text + credit
        case PullQuote():
            quote = f"{block.opening}{block.text}{block.closing}"
            return quote if block.attribution is None else f"{quote}{block.attribution_prefix}{block.attribution}"
        case ItemList():
            bullet = "- " if block.bullet is None else block.bullet
            marks = (f"{n}. " if block.ordered else bullet for n in range(block.start, block.start + len(block.items)))
            return (block.breaks or "\n").join(mark + item for mark, item in zip(marks, block.items, strict=True))
        case Table():
            return block.text
        case _:
            assert_never(block)


_WORDS_ALONE = frozenset({Paragraph, Standfirst, Heading, Quote, Attribution, Disclaimer, Bio, Fragment})
"""The block classes whose plain text is their text."""


def plain_fields(block: Block) -> tuple[str, ...]:
    """Name the fields whose text :func:`plain_text` joins for *block*, in order.

    ``("text", "credit_prefix", "credit", "credit_suffix")`` for a caption with a credit;
    ``()`` for a list or a table, whose plain text is made, not joined.
    """
    match block:
        case Image():
            return ("alt",)
        case Caption(credit=str(), credit_first=True):
            return ("credit_prefix", "credit", "credit_suffix", "text")
        case Caption(credit=str()):
            return ("text", "credit_prefix", "credit", "credit_suffix")
        case PullQuote(attribution=None):
            return ("opening", "text", "closing")
        case PullQuote():
            return ("opening", "text", "closing", "attribution_prefix", "attribution")
        case ItemList() | Table():
            return ()
    return ("text",)


def shown_fields(kind: type[Block]) -> tuple[str, ...]:
    """Name the fields of a block class that a reader sees in Markdown or HTML.

    The other fields are layout and facts read from the words; the writers
    keep those where a reader does not see them.

    Args:
        kind: A block class.

    Returns:
        The field names, the main text first, such as ``("text", "marks", "credit")``
        for a caption and ``("text", "marks")`` for most blocks.
    """
    return _SHOWN.get(kind, ("text", "marks"))


_SHOWN: dict[type, tuple[str, ...]] = {
    Image: ("alt", "src"),
    Caption: ("text", "marks", "credit"),
    PullQuote: ("text", "attribution"),
    Heading: ("text", "marks", "level"),
    ItemList: ("items", "marks", "ordered", "start"),
    Table: ("rows", "marks", "header"),
    Fragment: ("text",),
}


def notes_start(blocks: tuple[Block, ...]) -> int | None:
    """Find where the closing notes (attribution, disclaimer, bio) begin.

    Only notes after the last block of the body count; a bio in the middle of
    the body is part of it.

    Args:
        blocks: An article's blocks.

    Returns:
        The index of the first closing note, or ``None`` when the article ends
        without one.
    """
    notes = (Attribution, Disclaimer, Bio)
    last_body = max((i for i, b in enumerate(blocks) if not isinstance(b, (*notes, Fragment))), default=-1)
    return next((i for i in range(last_body + 1, len(blocks)) if isinstance(blocks[i], notes)), None)


# The fields of each class that hold text (a string, or a tuple of strings), for Article's check.
_STRING_FIELDS: dict[type, tuple[str, ...]] = {
    kind: tuple(field.name for field in attrs.fields(kind) if "str" in str(field.type))
    for kind in (Article, *Block.__args__)
}
# The same fields, read at once: a tuple of their values (each class has two or more, "spacing" among
# them: attrgetter of one field would give its value alone).
_TEXTS = {kind: operator.attrgetter(*fields) for kind, fields in _STRING_FIELDS.items()}
assert all(len(fields) > 1 for fields in _STRING_FIELDS.values())
_MARKED = frozenset(kind for kind in _STRING_FIELDS if "marks" in attrs.fields_dict(kind))
