"""Stand-off marks between markup and the model: :class:`MarkedText` for readers, :func:`steps` for writers.

A reader meets a block's words and the markup around them in reading order:
``Read``, a link opens, ``the report``, the link closes. :class:`MarkedText`
turns that walk into the block's plain text and the :class:`~newsdoc.Mark`
tuple the block takes, whatever the markup: crossing markup is cut to nest,
and empty marks, marks inside code and links inside links are left out.
:func:`steps` walks the words and marks back in the order a writer writes them, and
:func:`places` tells a writer what stands around each mark.
"""

from __future__ import annotations

import array
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import NamedTuple, TypeVar

import attrs
from attrs import frozen

from .model import (
    Attribution,
    Bio,
    Block,
    Caption,
    Disclaimer,
    Heading,
    ItemList,
    Mark,
    MarkKind,
    Paragraph,
    PullQuote,
    Quote,
    Standfirst,
    Table,
    cells,
)

__all__ = [
    "MARKED_BLOCKS",
    "MARK_TAGS",
    "MarkedText",
    "Place",
    "Spans",
    "Step",
    "by_cell",
    "carried",
    "carried_prose",
    "covers",
    "joined",
    "parted",
    "places",
    "steps",
    "table_marks",
]

MARKED_BLOCKS = (Paragraph, Standfirst, Heading, Quote, ItemList, Table, Caption, Bio, Disclaimer, Attribution)
"""The block types whose words can carry marks."""
MARK_TAGS = {MarkKind.LINK: "a", MarkKind.EMPHASIS: "em", MarkKind.STRONG: "strong", MarkKind.CODE: "code"}
"""The HTML element newsdoc writes for each kind of mark, in its HTML and in Markdown's raw HTML."""
_B = TypeVar("_B", bound=Block)


def covers(text: str, marks: Iterable[Mark], *kinds: MarkKind) -> bool:
    """Whether a mark of one of *kinds* covers all of *text*: a paragraph set wholly in italics, a line of code."""
    return any(m.kind in kinds and m.start == 0 and m.end == len(text) for m in marks)


def carried(block: _B, text: str, marks: tuple[Mark, ...]) -> _B:
    """*block*, typed from *text*, with the *marks* of *text* where its words are *text*, begin it or end it.

    A reader gathers a paragraph's words and marks, then types the words: a caption keeps
    the marks of its words, before or after its credit, a note or a paragraph all of them, a fragment none.
    """
    if not marks or not isinstance(block, MARKED_BLOCKS):
        return block
    own = block.text
    if own == text:
        return attrs.evolve(block, marks=marks)
    if text.startswith(own):  # a caption before its credit
        return attrs.evolve(block, marks=tuple(mark for mark in marks if mark.end <= len(own)))
    if isinstance(block, Caption) and text.endswith(own):  # a caption after its credit
        at = len(text) - len(own)
        kept = (attrs.evolve(mark, start=mark.start - at, end=mark.end - at) for mark in marks if mark.start >= at)
        return attrs.evolve(block, marks=tuple(kept))
    return block


def carried_prose(block: Block, text: str, marks: tuple[Mark, ...]) -> Block:
    """*block*, typed from a paragraph's *text*, with its *marks* (see :func:`carried`).

    A paragraph wholly in quote marks is read as a pull quote until the whole article shows that it
    repeats nothing (see :func:`newsdoc.decide.settle`). One with marks, a link in it, stays a
    paragraph, which keeps them, and is pulled out if it repeats the body: a pull quote has no marks.
    """
    if marks and type(block) is PullQuote and block.attribution is None:
        return Paragraph(text=text, marks=marks)
    return carried(block, text, marks)


class _Columns(NamedTuple):
    """Marks, a column each: a paragraph may hold hundreds of thousands of links.

    Where each starts and ends, the order of its opening (which sorts marks that span the same
    words), its kind and its address.
    """

    starts: array.array[int]
    ends: array.array[int]
    orders: array.array[int]
    kinds: list[MarkKind]
    hrefs: list[str | None]

    @classmethod
    def empty(cls) -> _Columns:
        return cls(array.array("q"), array.array("q"), array.array("q"), [], [])

    def copy(self) -> _Columns:
        return _Columns(
            array.array("q", self.starts),
            array.array("q", self.ends),
            array.array("q", self.orders),
            list(self.kinds),
            list(self.hrefs),
        )

    def add(self, opened: _Open, end: int) -> None:
        """Close *opened* at *end*: a mark, unless it marks nothing."""
        if opened.live and end > opened.start:
            self.starts.append(opened.start)
            self.ends.append(end)
            self.orders.append(opened.order)
            self.kinds.append(opened.kind)
            self.hrefs.append(opened.href)


class _Open(NamedTuple):
    kind: MarkKind
    href: str | None
    start: int
    order: int
    live: bool  # False for markup that marks nothing: a link without an address, anything inside code


class MarkedText:
    """The words and marks of one block, gathered as a reader walks its markup.

    Call :meth:`add` for each run of words, :meth:`open` and :meth:`close` for
    the markup around them, then read :attr:`text` and :attr:`marks`.

    Examples:
        >>> from newsdoc import MarkKind
        >>> from newsdoc.marks import MarkedText
        >>> built = MarkedText()
        >>> built.add("Read ")
        >>> built.open(MarkKind.LINK, "https://example.org/r")
        >>> built.add("the report")
        >>> built.close(MarkKind.LINK)
        >>> built.add(" ")
        >>> built.open(MarkKind.EMPHASIS)
        >>> built.add("now")
        >>> built.add(".")  # never closed: the mark ends with the words
        >>> built.text
        'Read the report now.'
        >>> [(m.start, m.end, m.kind.value) for m in built.marks]
        [(5, 15, 'link'), (16, 20, 'emphasis')]
    """

    def __init__(self, *, joins: bool = False) -> None:
        """Start with no words.

        Args:
            joins: Whether markup that opens where markup of its kind (and address) has just
                closed, nothing between, goes on as the same mark: a page's
                ``<strong>Game D</strong><strong>ay</strong>`` is one mark, as it looks. A
                reader of newsdoc's own formats keeps such marks apart, as they were written.
        """
        self._joins = joins
        self._closed: _Open | None = None  # the markup the last call closed, while nothing has followed it
        self._parts: list[str] = []
        self._length = 0
        self._open: list[_Open] = []
        self._done = _Columns.empty()  # the marks closed
        self._order = 0
        # How many live code and link marks are open: asked at each opening (markup may nest thousands deep).
        self._holding = {MarkKind.CODE: 0, MarkKind.LINK: 0}

    def add(self, text: str) -> None:
        """Add words after those added so far."""
        if text:
            self._closed = None
        self._parts.append(text)
        self._length += len(text)

    def open(self, kind: MarkKind, href: str | None = None) -> None:
        """Open markup of *kind* where the words now end: a link with its address *href*.

        Markup that cannot be a mark still opens, so that its :meth:`close`
        pairs up: a link without an address, a link inside a link, anything
        inside code.
        """
        closed, self._closed = self._closed, None
        href = href if kind is MarkKind.LINK else None
        if (
            closed is not None
            and (closed.kind, closed.href) == (kind, href)
            and self._done.orders
            and self._done.orders[-1] == closed.order
        ):
            # Markup of the same kind right after it, around nothing else (see *joins*): the same mark goes on.
            for column in self._done:
                column.pop()
            self._open.append(closed)
            if kind in self._holding:
                self._holding[kind] += 1
            return
        inert = self._holding[MarkKind.CODE] or (kind is MarkKind.LINK and self._holding[MarkKind.LINK])
        live = not inert and (kind is not MarkKind.LINK or href is not None)
        self._open.append(_Open(kind, href, self._length, self._order, live))
        self._order += 1
        if live and kind in self._holding:
            self._holding[kind] += 1

    def close(self, kind: MarkKind) -> None:
        """Close the markup of *kind* opened last, and any opened inside it that is still open.

        A close with no open markup of its kind is ignored.
        """
        at = next((i for i in range(len(self._open) - 1, -1, -1) if self._open[i].kind is kind), None)
        self._closed = self._open[-1] if self._joins and at == len(self._open) - 1 else None
        if at is None:
            return
        while len(self._open) > at:
            opened = self._open.pop()
            if opened.live and opened.kind in self._holding:
                self._holding[opened.kind] -= 1
            self._end(opened)

    def _end(self, opened: _Open) -> None:
        self._done.add(opened, self._length)

    @property
    def text(self) -> str:
        """The words added so far."""
        return "".join(self._parts)

    @property
    def marks(self) -> tuple[Mark, ...]:
        """The marks, in the order a block holds them; markup still open ends with the words."""
        spans = self.spans()
        return tuple(
            Mark(start=start, end=end, kind=kind, href=href)
            for start, end, kind, href in zip(spans.starts, spans.ends, spans.kinds, spans.hrefs, strict=True)
        )

    def spans(self) -> Spans:
        """The :attr:`marks` as columns, in the same order, markup still open closed.

        For a reader that moves the marks before a block takes them (folding the white space of
        their words, say): each :class:`~newsdoc.Mark` is made once, where it ends up, and the
        marks on their way there weigh a few machine integers each.
        """
        done = self._done.copy()
        for opened in self._open:
            done.add(opened, self._length)
        starts, ends, orders, kinds, hrefs = done
        # By (start, -end, order). Marks close in order of their start unless they nest, so most
        # texts are in order already; the few that nest are sorted by a key made for each mark.
        if any(
            (starts[i], ends[i - 1], orders[i]) < (starts[i - 1], ends[i], orders[i - 1]) for i in range(1, len(starts))
        ):
            order = sorted(range(len(starts)), key=lambda i: (starts[i], -ends[i], orders[i]))
            starts, ends = array.array("q", (starts[i] for i in order)), array.array("q", (ends[i] for i in order))
            kinds, hrefs = [kinds[i] for i in order], [hrefs[i] for i in order]
        return Spans(starts, ends, kinds, hrefs)


@frozen
class Spans:
    """The marks of a :class:`MarkedText` as columns (see :meth:`MarkedText.spans`): mark *i* is the *i*-th of each."""

    starts: array.array[int]
    """Where each mark starts."""
    ends: array.array[int]
    """Where each mark ends."""
    kinds: list[MarkKind]
    """What each mark is."""
    hrefs: list[str | None]
    """The address of each link, and ``None`` for each mark of another kind."""


def joined(pieces: Iterable[tuple[str, tuple[Mark, ...]]], separator: str) -> tuple[str, tuple[Mark, ...]]:
    """Join texts with their marks into one text and its marks, *separator* between them.

    Use it for the items of a list, joined by line breaks, or the paragraphs of a
    quote, joined by blank lines.
    """
    texts: list[str] = []
    marks: list[Mark] = []
    at = 0
    for text, own in pieces:
        if texts:
            at += len(separator)
        texts.append(text)
        marks.extend(Mark(start=m.start + at, end=m.end + at, kind=m.kind, href=m.href) for m in own)
        at += len(text)
    return separator.join(texts), tuple(marks)


def parted(pieces: Sequence[str], marks: tuple[Mark, ...], separator: str) -> list[tuple[Mark, ...]]:
    """The marks of each piece, counted from its start, of a text made by joining *pieces* with *separator*.

    The inverse of :func:`joined`; every mark must lie within one piece, as
    :class:`~newsdoc.ItemList` checks of its items.
    """
    out: list[list[Mark]] = [[] for _ in pieces]
    starts, at = [], 0
    for piece in pieces:
        starts.append(at)
        at += len(piece) + len(separator)
    k = 0
    for mark in marks:
        while k + 1 < len(pieces) and starts[k + 1] <= mark.start:
            k += 1
        shift = starts[k]
        out[k].append(Mark(start=mark.start - shift, end=mark.end - shift, kind=mark.kind, href=mark.href))
    return [tuple(own) for own in out]


def table_marks(rows: Iterable[Sequence[tuple[str, tuple[Mark, ...]]]]) -> tuple[Mark, ...]:
    """The marks of a table whose *rows* hold each cell's words and marks, counted into :attr:`~newsdoc.Table.text`.

    The inverse of :func:`by_cell`. A row without cells is one empty cell (see :func:`~newsdoc.model.cells`).
    """
    return joined((cell for row in rows for cell in (row or [("", ())])), "\t")[1]


def by_cell(table: Table) -> list[list[tuple[Mark, ...]]]:
    """The marks of each cell of *table*, row by row, counted from the cell's start."""
    flat = iter(parted(cells(table), table.marks, "\t"))  # each cell parted from the next by one character
    return [[next(flat) for _ in row or ("",)][: len(row)] for row in table.rows]


@frozen
class Step:
    """One step of a walk through a block's words and marks (see :func:`steps`)."""

    start: int
    """Where the step's words begin; for a mark's opening or closing, the mark's start."""
    end: int
    """Where the step's words end; for a mark's opening or closing, the mark's end."""
    mark: int | None = None
    """The index of the mark that opens or closes; ``None`` for words."""
    opens: bool = False
    """Whether the mark opens here rather than closes."""


def steps(marks: Sequence[Mark], length: int) -> Iterator[Step]:
    """Walk the words of a block, *length* long, and its well-nested *marks*, as a writer writes them.

    Yields runs of words outside and between the marks, and the opening and
    closing of each mark, in order: where two marks meet, one closes before the
    next opens; an outer mark opens before the marks inside it and closes after them.

    Examples:
        >>> from newsdoc import Mark, MarkKind
        >>> from newsdoc.marks import steps
        >>> marks = [Mark(start=0, end=4, kind=MarkKind.STRONG), Mark(start=2, end=4, kind=MarkKind.CODE)]
        >>> for step in steps(marks, 6):
        ...     print(step.start, step.end, "words" if step.mark is None else ("opens" if step.opens else "closes"))
        0 4 opens
        0 2 words
        2 4 opens
        2 4 words
        2 4 closes
        0 4 closes
        4 6 words
    """
    holding: list[int] = []
    at = 0
    for i, mark in enumerate(marks):
        while holding and marks[holding[-1]].end <= mark.start:
            at = yield from _close(marks[holding[-1]], holding.pop(), at)
        if at < mark.start:
            yield Step(at, mark.start)
            at = mark.start
        yield Step(mark.start, mark.end, i, opens=True)
        holding.append(i)
    while holding:
        at = yield from _close(marks[holding[-1]], holding.pop(), at)
    if at < length:
        yield Step(at, length)


def _close(mark: Mark, index: int, at: int) -> Generator[Step, None, int]:
    if at < mark.end:
        yield Step(at, mark.end)
    yield Step(mark.start, mark.end, index)
    return mark.end


@frozen
class Place:
    """Where a mark stands among the others of its block (see :func:`places`)."""

    end: int
    """Where the mark's parent ends, the end of the mark that holds it or of the words."""
    follows: int | None
    """Where the next mark beside it (with the same parent) starts, ``None`` when no mark follows."""
    inner_at_start: bool
    """Whether a mark inside it starts where it starts."""
    inner_at_end: bool
    """Whether a mark inside it ends where it ends."""


def places(marks: Sequence[Mark], length: int) -> list[Place]:
    """Where each of a block's well-nested *marks* stands, for a writer that looks at its neighbours.

    Args:
        marks: The marks of a block.
        length: The length of the block's text.

    Returns:
        A :class:`Place` for each mark, in the same order.
    """
    parent: list[int | None] = []
    follows: list[int | None] = [None] * len(marks)
    at_start = [False] * len(marks)
    at_end = [False] * len(marks)
    last: dict[int | None, int] = {}  # the last mark seen with each parent
    holding: list[int] = []
    for i, mark in enumerate(marks):
        while holding and marks[holding[-1]].end <= mark.start:
            holding.pop()
        up = holding[-1] if holding else None
        parent.append(up)
        if up is not None:
            at_start[up] = at_start[up] or mark.start == marks[up].start
            at_end[up] = at_end[up] or mark.end == marks[up].end
        if up in last:
            follows[last[up]] = mark.start
        last[up] = i
        holding.append(i)
    return [
        Place(
            end=length if up is None else marks[up].end,
            follows=follows[i],
            inner_at_start=at_start[i],
            inner_at_end=at_end[i],
        )
        for i, up in enumerate(parent)
    ]
