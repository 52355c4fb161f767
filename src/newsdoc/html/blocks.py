"""Typed blocks from the markup of an article's body.

Markup decides what it can — figures, captions and their credits, pull quotes,
headings, lists — and prose is judged by the same rules as plain text
(``newsdoc.decide``). The walker reads the zones that :mod:`newsdoc.html.zones`
found, in the page's own lxml tree; it takes credits out of captions as it goes.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import urllib.parse
from collections.abc import Iterable
from typing import cast

import attrs

from .. import classify, decide
from ..cues import Cues
from ..marks import MARKED_BLOCKS, carried, carried_prose, covers, joined, table_marks
from ..model import (
    LAST_LIST_NUMBER,
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
    Slug,
    Standfirst,
    Table,
    plain_text,
)
from ..urls import folders
from .parts import (
    Dropped,
    component_words,
    describe,
    element_markup,
    element_part,
    header_role,
    marks,
)
from .tree import (
    BLOCK_TAGS,
    Element,
    Node,
    category_links,
    children,
    fold,
    holders,
    link_share,
    linked_heading,
    marked_text,
    picture_source,
    remove,
    short_text,
    shown_text,
    text_of,
)
from .zones import quotation

__all__ = ["Reader"]


_DEEP = 100
_LISTS = {"ul", "ol"}
_FURNITURE_TAGS = {*_LISTS, "p", "h2", "h3", "h4", "h5", "h6"}
_BLANK_LINE = re.compile(r"\n *\n")
_CAPTION_WORDS = 60  # a caption is a sentence or two
_CREDIT_WORDS = 20  # and its credit a name or two
_CREDIT_HOLDERS = frozenset({"span", "p", "div", "em", "i", "b", "strong"})  # what a credit is set in, bare
_CREDIT_MARKS = "-\u2013\u2014|\u00b7\u2022 "  # what parts a credit from the words before it
_CREDIT_LENGTH = 300  # characters: a credit is a name or two, perhaps with a label
_NAME_WORDS = 4  # words of a photographer's name alone under a caption: "Jane van der Roe"
_NAMES_WORDS = 8  # words of names alone under a caption: "Jane Roe/Example Pictures via Getty Images"
_NAMES_LENGTH = 80
# An editor's spacer paragraph holds these alone: zero-width spaces and joiners, a byte-order mark, a soft hyphen.
_INVISIBLE = " \u200b\u200c\u200d\u2060\ufeff\u00ad"


_NOTES = {"bio": Bio, "disclaimer": Disclaimer}
_NOTE_BLOCKS = (Bio, Disclaimer, Attribution)
_NOTE_PARTS = frozenset({"bio", "disclaimer", "attribution"})
_ROLE_BLOCKS = (Image, Caption, Standfirst, PullQuote, Bio, Disclaimer, Attribution)
_BOX_LINK_WORDS = 8  # words at most of an author box's link: "View all posts by Jane Roe"
_NOTE_WORDS = 150  # a note marked as one is a paragraph or two: an author box, a disclaimer
_POST_BYLINE_WORDS = 6  # a word and a name or two: "By Jane Roe and John Doe"
_BYLINE_WORDS = 25  # a byline with its date, a handle and the reading time run in
_NAME_LINE = 80  # characters: a writer's name
_WORD = re.compile(r"\w")
_PLACE_DASH = re.compile(r" [-\u2013\u2014] ")  # between a writer's name and her place: "Jane Roe - PORT ELLIS"
_CLOSING_QUOTES = "\"'\u201d\u2019)"  # what may close a sentence after its full stop: a quote, a bracket
_BOX_LENGTH = 300  # characters: a byline's box, its lines of name, job, place and date
_BOX_DEPTH = 3  # levels of wrappers between a byline's box and its lines: name, job, place
_BYLINE_LENGTH = 200  # characters: a longer line is read for no byline
_HEAD_ROLES = frozenset({"byline", "date"})  # fragments that say who wrote the piece, and when
_KEPT_ROLES = _HEAD_ROLES | {"kicker", "breadcrumb"}  # and what it is and where: the fragments kept outside the body
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SUMMARY_LEVEL = 3  # a disclosure widget's summary under no heading: below a section's
_HEADING_BEFORE = "preceding::*[self::h2 or self::h3 or self::h4 or self::h5][1]"  # the section's heading


_LINK_CARD_LINES = 3  # a card's title, its blurb, and when or by whom
_LINK_CARD_WORDS = 60
_NOT_A_CAPTION = {"p", "ul", "ol", "table", "blockquote", *_HEADINGS}
_NOT_IN_CAPTION = ("ul", "ol", "table", "blockquote", "figure", *_HEADINGS)
_HELD_IN_FIGURES = (*_NOT_IN_CAPTION, "pre", "p")
_QUOTE_MARKS = ('\u201c"\u00ab\u2018\u201e', '\u201d"\u00bb\u2019\u201c')


_LABEL_TAGS = frozenset({"strong", "b", "span"})  # what sets a link box's label apart from its links
_FOLDED = " \t\n\r\f"  # the white space HTML folds; not a no-break space, which a run of its own keeps


class _Paragraphs:
    """Whether a paragraph stands among an article's blocks from some place on, asked again and again as they grow.

    Read from the end, where one usually is. Not read again where no paragraph stood at the last
    asking, as long as those blocks stand, nor where the paragraph found at the last asking still
    stands: a page of thousands of bylines, or of captions after one paragraph, is read in linear
    time. Blocks are added and taken away, and one may be made another kind of block, never a paragraph.
    """

    def __init__(self) -> None:
        """Not asked yet."""
        self._none: tuple[int, int, Block | None] = (0, 0, None)  # where none stood: from, how many blocks, the last
        self._found: tuple[int, Block | None] = (-1, None)  # the paragraph found last, and where

    def since(self, blocks: list[Block], start: int) -> bool:
        """Whether a paragraph stands in *blocks* from *start* on."""
        at, found = self._found
        if start <= at < len(blocks) and blocks[at] is found:
            return True
        since, count, last = self._none
        first = start
        if since == start and 0 < count <= len(blocks) and blocks[count - 1] is last:
            first = max(start, count)  # blocks[since:count] hold no paragraph: they are the same blocks
        for i in range(len(blocks) - 1, first - 1, -1):
            if isinstance(blocks[i], Paragraph):
                self._found = i, blocks[i]
                return True
        self._none = (start, len(blocks), blocks[-1] if blocks else None)
        return False


class Reader:
    """Walks an article's zones in reading order and makes blocks."""

    def __init__(
        self,
        cues: Cues,
        title: str | None,
        dropped: list[Dropped],
        *,
        summary: str | None = None,
        authors: tuple[str, ...] = (),
    ) -> None:
        """Start a walk with no blocks yet.

        Args:
            cues: The cue words and class vocabularies.
            title: The headline as the page's head gives it, if it does; the
                first ``h1`` sets it otherwise.
            dropped: Where to record the furniture found inside the body; the
                list is appended to.
            summary: The page's own description of the article (its meta
                description); a copy of it under the headline is the standfirst.
            authors: The writers the page's head names: a line of one's name alone,
                between the headline and the body, is the byline.
        """
        self.dropped = dropped
        self.cues = cues
        self.title = title
        self.summary = classify.normalise(summary) if summary else None
        self.authors = frozenset(" ".join(name.split()).casefold() for name in authors)
        self.blocks: list[Block] = []
        self.marked: list[bool] = []  # whether markup typed the block, in step with blocks
        self.top_end = 0  # how many blocks at the start are headings and fragments
        self.headline: int | None = None  # how many blocks there were when the headline came
        self.headers: tuple[Element, ...] = ()  # the header elements that hold the headline
        self.headline_tag: Element | None = None  # the heading that shows the title, an h2 on a page with no h1
        self.zone = "body"
        self.roots: set[Element] = set()  # the elements of the zone being read
        self.holding: set[Element] = set()  # the elements in it that hold a block element
        self.in_note = False  # inside an element marked as a note
        self.quote_boxes: set[Element] = set()  # boxes that cleaning kept as pull quotes
        self.depth = 0  # of nested containers; past _DEEP one is read as a single paragraph
        self.has_standfirst = False  # kept by _add: none is ever taken away, and a page has one
        self._after_headline = _Paragraphs()  # whether the body has begun
        self._anywhere = _Paragraphs()  # whether the prose has

    def read(self, elements: list[Element], zone: str = "body", *, holding: set[Element] | None = None) -> None:
        """Read the blocks of *elements* (their tails aside) and add them to ``blocks``.

        Call it for each zone of the article in reading order: the lead
        (between the top of the article and its body), the body, the tail
        (after the body) and each note found after the article. The title and
        blocks carry over between calls. Outside the body only the parts that
        markup or words type (pictures with captions, standfirsts, pull quotes,
        notes) are kept; the rest is recorded as dropped.

        *holding*, when given, holds the elements of the page that hold a block element
        (:func:`~newsdoc.html.tree.holders`), found once for all the zones: whether an
        element holds one depends on what is under it alone, and reading a zone changes
        nothing under another.
        """
        start = len(self.blocks)
        self.zone, self.roots = zone, set(elements)
        self.holding = holders(elements, BLOCK_TAGS) if holding is None else holding
        self.depth += 1
        try:
            self._children(elements)
        finally:
            self.zone = "body"
            self.depth -= 1
            self.roots, self.holding = set(), set()  # no element of the page outlives its reading: they hold the tree
        if zone != "body":
            self.dek_over_byline()  # a dek in the header, set as plain prose: "<div>Sixty singers, ...</div>"
            self._keep_roles(start, zone)
        self._drop_headings(start)

    def top_fragment(self, fragment: Fragment) -> None:
        """Add *fragment* at the top of the article, over the headline: a kicker, the page's breadcrumb trail."""
        self.fragment(fragment)
        self.top_end = len(self.blocks)

    def fragment(self, fragment: Fragment) -> None:
        """Add *fragment*, a line of the article's that its markup tells: its trail, its tags."""
        self._add(fragment)

    def dek_over_byline(self) -> None:
        """Make the paragraph right under the headline the standfirst, when the byline or the date line is under it.

        A template with no header sets the headline, the dek, then the byline, one after another
        in the body: a sentence or two between the headline and the byline is no body's paragraph.
        """
        at = self.headline
        if at is None or self.has_standfirst or at + 1 >= len(self.blocks):
            return
        dek, under = self.blocks[at], self.blocks[at + 1]
        if (
            type(dek) is Paragraph
            and isinstance(under, Fragment)
            # the byline, or the article's date line (not a live blog's time stamp under its latest entry)
            and (under.role == "byline" or (under.role == "date" and classify.names_year(under.text)))
            and not dek.marks  # not a promo with its link ("Sign up here"), nor a teaser
            and not dek.text.endswith("?")  # a question of a Q&A
            and not _LABELLED.match(dek.text)  # "Warning: ...", "Q: ..."
            and decide.is_dek(dek.text, self.cues)
        ):
            self.blocks[at] = Standfirst(text=dek.text, marks=dek.marks, spacing=dek.spacing)
            self.marked[at] = True
            self.has_standfirst = True

    def _drop_headings(self, start: int) -> None:
        """Drop the headings that end the blocks from *start*: the titles of what is no longer there."""
        while len(self.blocks) > start and isinstance(heading := self.blocks[-1], Heading):
            # Such as "Latest news" over the teasers left out.
            self.dropped.append(Dropped.of("heading over nothing", "text", heading.text))
            del self.blocks[-1], self.marked[-1]

    def _walk(self, tag: Element) -> None:
        self.depth += 1
        try:
            self._children(children(tag))
        finally:
            self.depth -= 1

    def _add(self, block: Block, *, marked: bool = False) -> None:
        if type(block) is Paragraph and self._byline_after_label(block.text):
            return
        self.blocks.append(block)
        self.marked.append(marked)
        self.has_standfirst = self.has_standfirst or isinstance(block, Standfirst)

    def _keep_roles(self, start: int, zone: str) -> None:
        """Keep only the typed parts among the blocks from *start*: figures, notes, ..."""
        captioned = {b.image for b in self.blocks[start:] if isinstance(b, Caption)}
        captioned.update(i for i, by_markup in enumerate(self.marked[start:], start) if by_markup)
        summary = self._summary_boxes(start)
        moved: dict[int, int] = {}
        kept: list[tuple[Block, bool]] = []
        for i, block in enumerate(self.blocks[start:], start):
            typed = (
                isinstance(block, _ROLE_BLOCKS)
                or (isinstance(block, Fragment) and block.role in _KEPT_ROLES)
                or i in summary
            )
            if typed and (i in captioned or not isinstance(block, Image)):
                moved[i] = start + len(kept)
                kept.append((block, self.marked[i]))
            elif not isinstance(block, Image):
                self.dropped.append(Dropped.of(f"{zone} of the article, not a typed part", "text", plain_text(block)))
        kept = [
            (attrs.evolve(b, image=moved.get(b.image)) if isinstance(b, Caption) and b.image is not None else b, m)
            for b, m in kept
        ]
        self.blocks[start:] = [b for b, _ in kept]
        self.marked[start:] = [m for _, m in kept]
        self.top_end = min(self.top_end, len(self.blocks))
        if self.headline is not None:
            self.headline = min(self.headline, len(self.blocks))

    def _summary_boxes(self, start: int) -> set[int]:
        """The blocks from *start* that sum up the article: a heading that says so ("Key points"), the list under it."""
        found: set[int] = set()
        for i in range(start, len(self.blocks) - 1):
            heading = self.blocks[i]
            if (
                isinstance(heading, Heading)
                and isinstance(self.blocks[i + 1], ItemList)
                and classify.summary_heading(heading.text, self.cues)
            ):
                found.update((i, i + 1))
        return found

    def _children(self, nodes: Iterable[Node]) -> None:
        inline: list[Node] = []
        for child in nodes:
            if not isinstance(child, str) and (child.tag in BLOCK_TAGS or child in self.holding):
                self._prose(inline)
                inline = []
                self._block(child)
            else:
                inline.append(child)
        self._prose(inline)

    def _block(self, tag: Element) -> None:
        name = tag.tag
        words, part = element_markup(tag, self.cues)
        if part is None and tag in self.quote_boxes:
            part = "pull_quote"  # an aside that repeats the body, though no class names it
        if part in {"standfirst", "lede"} and (self._holds_parts(tag) or _points(tag)):
            # A blurb box around a disclaimer, say: the parts inside speak for themselves. A summary box
            # of points ("What we know", then a list) is no dek of a sentence or two: its heading and list.
            part = None
        has_blocks = tag in self.holding
        # The words of a leaf element, read once: for the furniture check and for the paragraph.
        leaf = name in _FURNITURE_TAGS or not has_blocks
        text, marked = _leaf_words(tag) if leaf else ("", ())
        quote_figure = name == "figure" and _quote_figure(tag)
        if part == "pull_quote":
            self._pull_quote(tag)
        elif (
            (part == "figure" and not quote_figure)
            or (
                (part == "caption" or not words.isdisjoint(self.cues.picture_marks))
                and next(tag.iterdescendants("img"), None) is not None
                and not self._holds_prose(tag)
            )
            or self._picture_wrapper(tag)
        ):
            self._figure(tag)
        elif part == "caption" and not self._holds_prose(tag):
            self._caption(tag, None)
        elif part in _NOTE_PARTS and not self.in_note:  # not again for the parts of an author box
            self._note(tag, part, has_blocks)
        elif (
            part in {"standfirst", "lede"}
            and has_blocks
            and self._standfirst((dek := marked_text([tag], lines=True)[0])[0], tag, part)
        ):
            self._add(Standfirst(text=dek[0], marks=dek[1]), marked=True)  # a dek in a wrapper of its own
        elif name == "table" and (table := _data_table(tag)) is not None:
            self._table(table, tag)
        elif leaf and self._furniture(tag, text):
            return
        elif (lines := self._header_lines(tag, leaf)) is not None:
            for line in lines:  # the byline, the date, the reading time: each a line
                self._block(line)
        elif has_blocks and self._prose_begun() and (self._teasers(tag) or self._picture_cards(tag)):
            self._drop(tag, "teaser of another story")
        elif name in _HEADINGS or (name == "summary" and _in_details(tag)):
            self._heading(tag, part, (text, marked) if leaf else marked_text([tag])[0])
        elif name in _LISTS and self._gallery(tag):
            for item in tag.iterchildren("li"):  # a slideshow set as a list: each item a picture and its caption
                self._figure(item, boxed=True)
        elif (
            name in _LISTS and next(tag.iterdescendants("figure"), None) is None
        ):  # a gallery in a list is read item by item
            self._list(tag)
        elif name == "blockquote" or quote_figure:
            # Each paragraph, and who said it: a <cite> or <footer> in the quote, or the figure's caption
            self._quote(tag)
        elif name in {"p", "pre", "address"} or self.depth > _DEEP:
            if not leaf:
                text, marked = marked_text([tag], pre=name == "pre")[0]
            self._paragraph(text, tag, part, marked)
        elif not has_blocks:  # a leaf <div> or cell: its runs of text parted by blank lines
            # Without a <br> it has no blank line: its one run is its words as read above, if it has any.
            breaks = next(tag.iter("br"), None) is not None
            runs = marked_text([tag], runs=True) if breaks else ([(text, marked)] if text else [])
            if len(runs) == 1:
                self._paragraph(runs[0][0], tag, part, runs[0][1])
            else:
                self._images(tag)
                for run, run_marks in runs:
                    self._paragraph(run, None, part, run_marks)
        else:
            self._walk(tag)

    def _quote(self, tag: Element) -> None:
        """A quote: each paragraph, and who said it; not a share button under it ("Share this quote")."""
        self._images(tag)
        chrome = classify.Patterns.of(self.cues).chrome
        pieces = []
        for piece in _quote_pieces(tag):
            if classify.stock_line(piece[0], self.cues) or chrome.match(piece[0]):
                self.dropped.append(Dropped.of("furniture line", "text", piece[0]))
            else:
                pieces.append(piece)
        quoted, quote_marks = joined(pieces, "\n\n")
        if note := decide.boxed_note(quoted, self.cues):
            self._add(carried(note, quoted, quote_marks))  # a note the page set in a box: "How we make money: ..."
        elif quoted:
            self._add(Quote(text=quoted, marks=quote_marks))

    def _list(self, tag: Element) -> None:
        """A list of items, each its words; numbered from its ``start`` when it is an ``<ol>``."""
        self._images(tag)
        # (an item's block elements, its writer's name over her bio, are lines of it, as a browser sets them)
        items = [item for li in tag.iterchildren("li") if (item := marked_text([li], lines=True)[0])[0]]
        if items:
            _, marks = joined(items, "\n")
            ordered = tag.tag == "ol"
            start = _list_start(tag) if ordered else 1
            self._add(ItemList(items=tuple(t for t, _ in items), ordered=ordered, start=start, marks=marks))

    def _prose(self, nodes: list[Node]) -> None:
        if all(isinstance(node, str) and not node.strip(_FOLDED) for node in nodes):
            return  # the white space between block elements, as most runs are
        runs = marked_text(nodes, runs=True)
        shown = [node for node in nodes if not isinstance(node, str) or node.strip(_FOLDED)]
        if len(runs) == 1 and len(shown) == 1 and not isinstance(lone := shown[0], str):
            # A lone span or link between blocks: its class may say what it is ("eyebrow" over the headline)
            self._paragraph(runs[0][0], lone, None, runs[0][1])
            return
        for node in shown:
            if not isinstance(node, str):
                self._images(node)
        for text, marked in runs:
            self._paragraph(text, None, None, marked)

    def _images(self, *tags: Element, figure: bool = False) -> None:
        """The pictures in and of *tags*, before a run of text: scraped text shows their alt text first; not icons."""
        for tag in tags:
            for img in [tag] if tag.tag == "img" else tag.iterdescendants("img"):
                if self._icon(img):
                    self._drop(img, "icon", str(img.get("alt") or ""))
                else:
                    self._image(img, figure=figure)

    def _drop(self, tag: Element, rule: str, text: str | None = None) -> None:
        """Leave *tag* out, and record why."""
        words = shown_text(tag) if text is None else text
        self.dropped.append(Dropped.of(rule, describe(tag.tag, tag.get("class"), tag.get("id")), words))

    def _furniture(self, tag: Element, text: str) -> bool:
        """Whether *tag* is page furniture inside the body: a list of links, a lone link, "Advertisement"."""
        if self._is_title(text):
            return False  # the title again, often a link to the article itself
        if classify.stock_line(text, self.cues) or classify.part_label(text, self.cues) == "caption":
            # (A caption's label alone, "Caption" or "Image caption", is a gallery's button that shows the caption,
            # or a screen reader's word before it: markup types the caption itself.)
            rule = "furniture line"
        elif next(tag.iterdescendants("a"), None) is None:
            return False
        elif (
            len(text) < _BYLINE_LENGTH
            and (not self._body_begun() or self._dek_alone())
            and (classify.byline_authors(text, self.cues) or self._writers_field(tag, text))
        ):
            return False  # "By Jane Roe", her name a link to her page (not a teaser's under the body, but its dek's)
        elif self.headline is None and self.top_end >= len(self.blocks) and self._kicker(text, tag):
            self.top_fragment(Fragment(text=text, role="kicker"))  # its section's link, in a list of one item or not
            return True
        elif tag.tag in _LISTS and _link_share(tag) > 0.5:
            rule = "link list"
        elif (
            self.headline is None
            and (
                ((said := self._header_words(tag)) and header_role(said, text, self.cues) in {"kicker", "breadcrumb"})
                or category_links(tag, 1)
            )
            and not _to_front(tag)
        ):
            # '<div class="kicker"><a href="/islands/">Islands</a></div>', '<a rel="category">': the section it is in
            return False
        elif (
            tag.tag not in _LISTS
            and len(text) < 120
            and _link_share(tag) > 0.8
            and not _anchored(tag)
            and not self._writers_card(tag, text)
        ):
            rule = "lone link"
        else:
            return False
        self._drop(tag, rule, text)
        if rule == "link list":
            self._drop_list_label(tag)
        return True

    def _writers_field(self, tag: Element, text: str) -> bool:
        """Whether *tag* is the field of the header its class names the byline: ``<span class="author"><a>Jane Roe``.

        Its words a name, or the name the head gives: not a link to the writer's other pages ("View author archive").
        """
        return (
            tag.tag not in _LISTS
            and _lone_link(tag) is not None
            and header_role(self._header_words(tag), text, self.cues) == "byline"
            and (self._writer_line(text) or classify.is_name(text, self.cues))
        )

    def _writers_card(self, tag: Element, text: str) -> bool:
        """Whether *tag*, a lone link, is a writer's card: her name and post, to her page ("Jane Roe, Professor, X").

        A republished piece names its writer under the body so, her name and what she is a link to her
        profile (see :attr:`~newsdoc.Cues.author_pages`): her bio, where another lone link is furniture.
        """
        name, comma, post = text.partition(",")
        return (
            bool(comma and post.strip())
            and classify.is_name(name.strip(), self.cues)
            and any(not folders(link.get("href") or "").isdisjoint(self.cues.author_pages) for link in tag.iter("a"))
        )

    def _drop_list_label(self, links: Element) -> None:
        """Drop the label over *links*, a list of links just left out: "Related coverage", "More on this:".

        The label stands right before the list, and the two are their box (a heading over a list amid the
        body may head a section that goes on under it, and a paragraph that ends in a colon, in the
        body's own box, says what the list holds): a few words that end no sentence, set as a heading,
        in bold, or before a colon, and the last block made. It is the list's title, no body's words.
        """
        box, label = links.getparent(), links.getprevious()
        if box is None or box in self.roots or label is None or not self.blocks:
            return
        if links.getnext() is not None or any((t or "").strip() for t in (box.text, label.tail, links.tail)):
            return
        if any(shown_text(before).strip() for before in label.itersiblings(preceding=True)):
            return  # words over the label: the box is more than the list's
        block = self.blocks[-1]
        if not isinstance(block, Paragraph | Heading) or " ".join(shown_text(label).split()) != block.text:
            return
        words = block.text.rstrip(":").split()
        if not 0 < len(words) <= _LIST_LABEL_WORDS or block.text.endswith((".", "!", "?")):
            return
        if isinstance(block, Heading) or covers(block.text, block.marks, MarkKind.STRONG) or block.text.endswith(":"):
            self.dropped.append(Dropped.of("label of a link list", "text", block.text))
            del self.blocks[-1], self.marked[-1]
            self.top_end = min(self.top_end, len(self.blocks))

    def _byline_line(self, text: str, tag: Element | None, part: str | None, top: bool) -> Fragment | None:
        """*text* as a line of the byline with no "By" to say so, between the headline and the body; else ``None``.

        The writer's name alone, as the page's head names them, or with the date after it; or a line
        of a box that markup names the byline (see :meth:`_in_byline_box`): the name, where they work, when.
        """
        if (
            self.authors and len(text) <= _NAME_LINE and self._writer_line(text) and self._above_body("byline", text)
        ) or (
            # "Jane Roe — 3 May 2024", under the headline or its dek
            classify.name_dated(text, self.cues)
            and self.headline is not None
            and (not self._body_begun() or self._dek_alone())
        ):
            return Fragment(text=text, role="byline")
        if tag is None or part is not None or _ends_sentence(text) or not self._in_byline_box(tag, text):
            return None  # (a sentence in the box is no line of it: the writer's bio, a note, a quote)
        if type(decide.prose_block(text, self.blocks, top, self.cues)) is not Paragraph:
            return None  # a line its words type, a byline or a date: as they say
        dated = _timed(tag) or classify.Patterns.of(self.cues).date_label.match(text) is not None
        return Fragment(text=text, role="date" if dated else "byline")

    def _in_byline_box(self, tag: Element, text: str) -> bool:
        """Whether *tag*, a short line between the headline and the body, stands in a box its markup names the byline.

        ``<div class="byline"><span>Jane Roe</span><div><span>Harbour News, Port Ellis</span></div></div>``,
        or ``data-component="byline-block"``: the box's class or component names it, not each line's.
        """
        if self.in_note or not self._above_body("byline", text) or self._header_words(tag):
            return False
        headline = self.headline_tag
        for ancestor in itertools.islice(tag.iterancestors(), _BOX_DEPTH):
            if ancestor in self.roots or (headline is not None and ancestor in headline.iterancestors()):
                return False  # the zone, or what holds the headline: the article's wrapper ("author-jroe"), no box
            words = marks(ancestor.get("class"), None, self.cues) | component_words(ancestor, self.cues)
            if not words.isdisjoint(self.cues.byline_marks):
                return short_text(ancestor, _BOX_LENGTH) is not None  # a box of a few lines
        return False

    def _header_words(self, tag: Element) -> frozenset[str]:
        """The words of the class of *tag* that name a line of an article's header (``byline``, ``kicker``)."""
        return marks(tag.get("class"), None, self.cues).intersection(_header_marks(self.cues))

    def _fields_words(self, tag: Element, text: str) -> frozenset[str]:
        """The header's words of the classes of *tag*'s fields on one line, marks between (see :meth:`_header_spans`).

        ``<div class="node__meta"><span class="auteur">Jane Roe</span> &bull; <span class="date">...</span></div>``:
        the line's box may name no role ("meta"), or have no class: its fields do. A few fields at most, no block,
        and the words of a byline's line (*text*), not a paragraph's: this is asked of every paragraph.
        """
        if len(text) >= _BYLINE_LENGTH or not 2 <= len(tag) <= _FIELDS or any(c.tag in BLOCK_TAGS for c in tag):
            return frozenset()
        return frozenset().union(*(self._header_words(child) for child in tag.iterchildren("*")))

    def _kicker(self, text: str, tag: Element | None) -> bool:
        """Whether *text*, in the article's header above the headline, is its kicker: "Analysis", "WORLD NEWS".

        As the HTML standard's header holds it: ``<header><p>Analysis</p><h1>...``, or right over
        the headline, with no header around them. One word, or a few in capitals, or a section's or a
        genre's label ("The long read", "Markets \u00b7 Analysis": see
        :func:`~newsdoc.classify.section_label`): a writer's name ("Jane Roe"), the site's or "Listen to this
        article" are none; nor is a link to the site's front page (its logo's name, "Home"), nor an icon ("\u2630").
        """
        words = text.split()
        return (
            tag is not None
            and (
                len(words) == 1
                or (text.isupper() and len(words) <= _KICKER_CAPITALS)
                or (classify.section_label(text, self.cues) and not classify.is_name(text, self.cues))
                or (len(words) <= _KICKER_CAPITALS and category_links(tag, 1))  # "<a rel="category">City Hall</a>"
                # a link of a few words alone, right over the headline: its section's page ("/it/data-centres")
                or (len(words) <= _KICKER_CAPITALS and _one_link(tag, text) and not classify.is_name(text, self.cues))
            )
            and not any(c.isdigit() for c in text)  # "12 comments", "Updated 6 hours ago"
            and any(c.isalpha() for c in text)
            and text.casefold() not in classify.Patterns.of(self.cues).chrome_words  # "Home", "Subscribe", "Updated"
            and not _to_front(tag)
            and self._right_over(tag)
        )

    def _right_over(self, tag: Element) -> bool:
        """Whether *tag* stands in the article's header, or right over the headline with no header around them.

        Or right over the header that opens with the headline: ``<ul><li>Markets</li></ul><header><h1>``.
        """
        if self._in_header(tag):
            return True
        after = next((e for e in tag.itersiblings() if isinstance(e.tag, str)), None)
        headline = self.headline_tag
        return (
            after is not None
            and headline is not None
            and next((e for e in after.iter() if e is headline or (e.text or "").strip()), None) is headline
        )

    def _in_header(self, tag: Element) -> bool:
        """Whether *tag* stands in a ``header`` inside the zone being read."""
        for ancestor in tag.iterancestors():
            if ancestor.tag == "header":
                return True
            if ancestor in self.roots:
                return False
        return False

    def _body_begun(self) -> bool:
        """Whether a paragraph stands after the headline."""
        return self._after_headline.since(self.blocks, self.headline or 0)

    def _dek_alone(self) -> bool:
        """Whether the one block after the headline is a paragraph that reads as a dek: the byline may follow it."""
        at = self.headline
        return (
            at is not None
            and len(self.blocks) == at + 1
            and type(dek := self.blocks[at]) is Paragraph
            and decide.is_dek(dek.text, self.cues)
        )

    def _above_body(self, role: str | None, text: str) -> bool:
        """Whether a line whose class names a byline or a date stands between the headline and the body."""
        return (
            role in {"byline", "date"}
            and self.headline is not None
            # no paragraph after the headline (its words are not split to count them), or the one dek a byline follows
            and (not self._body_begun() or self._dek_alone())
            and classify.word_count(text, _BYLINE_WORDS) <= _BYLINE_WORDS
        )

    def _post_byline(self, role: str | None, text: str) -> bool:
        """Whether a line whose class names a byline, amid the body, signs a post: "By Jane Roe".

        A live blog signs each of its posts so; not a line of an author box. (A name alone so
        classed may be a speaker's in a Q&A, or an organisation's over its embedded post.)
        """
        if role != "byline" or self.in_note or classify.word_count(text, _POST_BYLINE_WORDS) > _POST_BYLINE_WORDS:
            return False
        return bool(classify.byline_authors(text, self.cues))

    def _under_header(self) -> bool:
        """Whether the headline is read and nothing under it but the byline's and the date's lines."""
        return self.headline is not None and all(
            type(block) is Fragment and block.role in decide.HEADER_ROLES for block in self.blocks[self.headline :]
        )

    def _is_title(self, text: str) -> bool:
        """Whether *text* is the headline, perhaps with a section name or the site's name beside it."""
        return self.title is not None and _shows_title(text, self.title)

    def _standfirst(self, text: str, tag: Element | None, part: str | None) -> bool:
        """Whether *text* is the standfirst: marked as one, or the page's description, under the headline.

        Only the first such text is: a promo's dek or blurb further down is not the article's. A
        wrapper marked as the standfirst may hold it in paragraphs, kept as lines.
        """
        words = classify.word_count(text, 80)  # no further: a longer text is no standfirst
        if tag is None or not 5 <= words <= 80 or ("\n" in text and part != "standfirst") or tag.tag == "h1":
            return False
        if self.has_standfirst:
            return False
        if self.zone != "lead" and self._body_begun():
            return False
        if part == "standfirst" or (part == "lede" and (self.zone == "lead" or self._lede_apart(tag))):
            return True
        if self.headline is None or self._header_words(tag):
            return False
        if self.summary and (self.zone == "lead" or tag.tag in _HEADINGS):
            # (Most of it: a summary that runs on past the text is an excerpt of the page's words, headings and all.)
            said = classify.normalise(text)
            if (said in self.summary and 2 * len(said) >= len(self.summary)) or self.summary in said:
                return True
        if (
            self.summary
            and self._under_header()
            and tag.tag == "p"
            and classify.normalise(text) == self.summary
            and _apart(tag)
        ):
            # Right under the headline, or its byline and date, the page's description word for word, set apart from
            # the body's paragraphs (no paragraph after it in its element): the dek, though no zone or class says so.
            # (A lede that the description copies runs on into the next paragraph beside it.)
            return True
        # Prose in the header that holds the headline (the HTML standard's header: heading, byline, intro),
        # or in a paragraph right under the headline, above the body. Not a link alone: it leads elsewhere
        # (another story, the audio of this one: "Listen to this story"), as a dek does not.
        headers = self.headers if tag.tag != "a" else ()
        in_header = any(a in headers for a in tag.iterancestors("header")) if headers else False
        if in_header or (
            self.zone == "lead"
            and tag.tag == "p"
            and self.headline == len(self.blocks)
            and words >= _DEK_WORDS  # a sentence: not "This article is more than 2 years old", nor a byline
            and not classify.shows_date(text, self.cues)
        ):
            return not classify.opens_as_dateline(text, self.cues) and isinstance(
                decide.prose_block(text, self.blocks, False, self.cues), Paragraph
            )
        # A subheading right under the headline, before anything else.
        return tag.tag in _HEADINGS and self.headline == len(self.blocks) and words >= 6

    def _lede_apart(self, tag: Element) -> bool:
        """Whether a paragraph marked as the lead stands under the headline apart from the body's paragraphs.

        A template that marks the first of the body's paragraphs "lead" or "intro" sets the body's others beside
        it; one that marks the dek so sets it over the picture and the body's element, with no paragraph after it
        in its own (byline and date lines may stand between it and the headline), or sets it all in bold, as a
        page coded by hand does the dek over the body's paragraphs.
        """
        return self.headline is not None and (_apart(tag) or _bold_whole(tag))

    def _paragraph(self, text: str, tag: Element | None, part: str | None, marked: tuple[Mark, ...] = ()) -> None:
        if tag is not None:
            self._images(tag)
        if not text.strip(_INVISIBLE):
            return  # an empty paragraph, or a spacer of zero-width characters: it shows nothing
        # Only headings and fragments so far (kicker, breadcrumb): the top of the article.
        top = self.top_end >= len(self.blocks)
        stamped = tag is not None and len(text) <= _STAMP_LENGTH and _stamp(tag, text)
        typed: Block | None = None  # the block its words make, once asked
        if tag is not None and part is None and (said := self._header_words(tag) | self._fields_words(tag, text)):
            role = header_role(said, text, self.cues)
            if role is None and (stamped or classify.name_dated(text, self.cues)):
                # a time alone ("Tuesday 9:10AM"); the name and time elements without "By" ("Jane Roe | May 3, 2024")
                role = "date" if stamped else "byline"
            elif role is None and isinstance(typed := decide.prose_block(text, self.blocks, top, self.cues), Fragment):
                role = typed.role  # a "meta" line says by its words what it is: "By Jane Roe, May 3, 2024"
            elif role is None and self._links_to_its_writer(Paragraph(text=text, marks=marked), tag):
                role = "byline"  # or by its link to the writer's page: "May 3, 2024 // by jroe"
            over = role in {"kicker", "breadcrumb"} and top and self.headline is None  # over the headline, alone
            if self._in_header(tag) or self._above_body(role, text) or over or self._post_byline(role, text):
                self._add(Fragment(text=text, role=role))  # a kicker, a byline or a dateline in the article's header
                return
        if (line := self._byline_line(text, tag, part, top)) is not None:
            self._add(line)
            return
        if stamped:
            self._add(Fragment(text=text, role="date"))  # "11:42" over a live blog's entry: when it was posted
            return
        if (rule := self._furniture_rule(text, marked)) is not None or (
            _COUNT_ALONE.fullmatch(text) and not self._prose_begun()
        ):
            # (a number alone over the prose: the count on a like or comment button, "14")
            self.dropped.append(Dropped.of(rule or "count", "text", text))
            return
        block: Block
        if self._is_title(text):
            block = Fragment(text=text, role="title")
        elif tag is not None and self._bold_chrome(tag, text):
            block = Fragment(text=text)  # "<b>Read also</b> <a>...</a>": the label set off in bold, not by a colon
        elif self._standfirst(text, tag, part):
            self._add(Standfirst(text=text, marks=marked), marked=True)
            return
        else:
            typed = typed if typed is not None else decide.prose_block(text, self.blocks, top, self.cues)
            if (
                type(typed) is Paragraph
                and self._body_begun()  # over the body, "Jane Roe, Harbour University" signs the piece
                and (name := classify.writer_bio(text, self.authors, self.cues))
            ):
                typed = Bio(text=text, name=name)  # the article's writer, whatever their trade
            block = self._under_picture(carried_prose(typed, text, marked))
        if isinstance(block, Paragraph) and self._links_to_its_writer(block, tag):
            block = Fragment(text=text, role="byline")
        elif isinstance(block, Paragraph) and self._dated_meta(tag, part, text):
            block = Fragment(text=text, role="date")
        elif isinstance(block, Paragraph) and top and self.headline is None and self._kicker(text, tag):
            block = Fragment(text=text, role="kicker")
        if isinstance(block, Caption) and not block.text:  # a credit line
            if self._credits_picture(block):
                self._add_caption(block, marked=False)
                return
            block = Fragment(text=text, role="credit")  # beside no picture: nothing to credit
        elif isinstance(block, Paragraph) and not marked and self._names_under_caption(text, tag):
            self._add_caption(Caption(text="", credit=text, credit_prefix="", credit_suffix=""), marked=False)
            return
        self._add(block)
        if top and isinstance(block, Fragment):
            self.top_end = len(self.blocks)

    def _under_picture(self, block: Block) -> Block:
        """*block*, or the caption it is as a paragraph set as one under a picture (see :func:`decide.caption_under`).

        A blog's editor sets the caption in italics in a paragraph under the picture's own: ``<p><img></p><p><em>...``.
        """
        if type(block) is Paragraph and (caption := decide.caption_under(block, self.blocks)) is not None:
            return caption
        return block

    def _credits_picture(self, credit: Caption) -> bool:
        """Whether a credit line alone credits a picture: the one it names, or the caption's over it.

        Not the credit of the caption over it again, as a page with two layouts shows it.
        """
        above = self.blocks[-1] if self.blocks else None
        if isinstance(above, Caption) and above.credit == credit.credit:
            return False
        return credit.image is not None or self._caption_above()

    def _furniture_rule(self, text: str, marks: tuple[Mark, ...]) -> str | None:
        """Why a paragraph of *text* is page furniture, or ``None``: a stock line, the site's notice, lines of links."""
        if (
            classify.stock_line(text, self.cues)
            or classify.site_notice(text, self.cues)
            or classify.ornament(text)
            or classify.file_link(text)
        ):
            return "furniture line"
        return "link list" if _link_lines(text, marks) else None

    def _byline_after_label(self, names: str) -> bool:
        """Make the last block, a byline's label alone ("By"), and *names* after it one byline, if they read as one.

        An author box sets "By" in an element of its own, the names in the next.
        """
        label = self.blocks[-1] if self.blocks else None
        if not isinstance(label, Paragraph) or not classify.is_byline_prefix(label.text, self.cues):
            return False
        if not classify.byline_authors(line := f"{label.text} {names}", self.cues):
            return False
        self.blocks[-1] = Fragment(text=line, role="byline")
        if self.top_end == len(self.blocks) - 1:
            self.top_end = len(self.blocks)  # "By" over the headline: the top of the article goes on
        return True

    def _header_list(self, tag: Element) -> bool:
        """Whether *tag*, a list between the headline and the body, holds the header's lines: who wrote it, when.

        A template sets the byline and the date as the items of a list (``<ul><li>By Jane Roe</li><li><time>``),
        a ``<time>`` among them, the HTML standard's mark of a date: a few words, no list of the article's.
        Each item says who or when (a byline, the name the head gives, a date, the reading time): a list
        of the story's points or of a day's events, times among them ("09:10 Polls open"), is the story's.
        """
        return (
            self.headline is not None
            and _timed(tag)
            and classify.word_count(text := shown_text(tag), _BYLINE_WORDS) <= _BYLINE_WORDS
            and not self._body_begun()
            and not text.rstrip().endswith((".", "!", "?"))
            and all(self._header_item(li) for li in tag.iter("li") if next(li.iterdescendants("li"), None) is None)
        )

    def _header_lines(self, tag: Element, leaf: bool) -> list[Element] | None:
        """The lines of the header *tag* sets as a list's items or side by side in spans; ``None`` if it is no such."""
        if tag.tag in _LISTS and self._header_list(tag):
            return list(tag.iterchildren("li"))
        return self._header_spans(tag) if leaf else None

    def _header_spans(self, tag: Element) -> list[Element] | None:
        """The spans of *tag*, a box between the headline and the body, that set the header's lines side by side.

        ``<div class="meta"><span class="author">Par Jane Roe</span> <span class="date">Publié le ...</span></div>``:
        a stylesheet sets each on a line of its own. Two or more spans, each a field that says who or when (see
        :meth:`_header_item`), or its class names a byline or a date; nothing but white space between them, and no
        link in them (a lone link is left out of the body: the writer's linked name would be lost). When one field
        says when and another does not, the fields are the lines of a header however the template parts them: a
        mark ("|", "·"), a line break or nothing, the writer's linked name among them, a count of views beside.
        But not "By", "and" or "| By Jane Roe" as a field: the pieces of one line. ``None`` when it sets no such lines.
        """
        if self.headline is None or (self._body_begun() and not self._dek_alone()) or len(tag) < 2:
            return None
        between = [tag.text or "", *(child.tail or "" for child in tag)]
        if any(map(_WORD.search, between)):
            return None  # words between the spans ("Jane Roe on 3 May 2024"): one line, as written
        fields = [child for child in tag.iterchildren("*") if child.tag != "br"]
        texts = [" ".join(shown_text(field).split()) for field in fields]
        if len(fields) < 2 or not all(map(self._header_field, fields, texts)):
            return None
        pairs = [(field, text) for field, text in zip(fields, texts, strict=True) if _WORD.search(text)]
        spaced = not any(text.strip(_FOLDED) for text in between)
        if spaced and len(pairs) == len(fields) and all(next(field.iter("a"), None) is None for field, _ in pairs):
            return fields
        dated = [field.tag == "time" or classify.shows_date(text, self.cues) for field, text in pairs]
        return [field for field, _ in pairs] if any(dated) and not all(dated) else None

    def _header_field(self, field: Element, text: str) -> bool:
        """Whether *field*, a child of a box of the header, may be a line of it: who or when, or a count; a mark."""
        if not _WORD.search(text):
            return True  # a mark its template sets in a span ("<span class="sep">|</span>"), or an icon
        return (
            field.tag not in BLOCK_TAGS
            and text[0].isalnum()  # not "| By Jane Roe": the mark that parts it from the date, one line
            and not classify.is_byline_prefix(text, self.cues)
            and text not in self.cues.name_joiners
            and bool(self._header_words(field) or self._header_item(field) or classify.stock_line(text, self.cues))
        )

    def _header_item(self, item: Element) -> bool:
        """Whether *item*, an item of a list with no list in it, is a line of the header: who wrote it, when.

        (Or none: the writer's portrait, the handle that reaches them, "@janeroe".) The name the head gives
        with no link: a lone link is left out of the body, and so would a byline be.
        """
        text = " ".join(shown_text(item).split())
        return (
            not text
            or (text[0] == "@" and " " not in text)
            or (self._writer_line(text) and next(item.iter("a"), None) is None)
            or classify.byline_authors(text, self.cues) is not None
            or self._named_with_job(item, text)  # "<a>Jane Roe</a> Staff writer": her page, and her job
            or classify.shows_date(text, self.cues)
            or classify.reading_time(text, self.cues)
            or _all_time(item, text)  # "<time><span>Feb. 11, 2024</span><span>5:00 a.m.</span></time>"
        )

    def _writer_line(self, text: str) -> bool:
        """Whether *text* is the name the head gives, alone or with the place the story was filed from.

        "Jane Roe", or "Jane Roe - PORT ELLIS" and "Port Ellis - Jane Roe", as papers in Turkey and the
        Arab world write it.
        """
        parts = _PLACE_DASH.split(" ".join(text.split()).casefold())
        return len(parts) <= 2 and (parts[0] in self.authors or parts[-1] in self.authors)

    def _named_with_job(self, item: Element, text: str) -> bool:
        """Whether *text*, the words of *item*, are a writer's name and job: "Jane Roe Staff writer", a linked name."""
        link = next(item.iter("a"), None)
        name = "" if link is None else " ".join(shown_text(link).split())
        job = text[len(name) :].split() if name and text.startswith(name) else []
        return (
            0 < len(job) <= _JOB_WORDS
            and job[-1].casefold() in classify.Patterns.of(self.cues).job_nouns
            and classify.is_name(name, self.cues)
        )

    def _bold_chrome(self, tag: Element, text: str) -> bool:
        """Whether *text*, the words of *tag*, is a link after a label of the site's set in bold: "**Read also** ...".

        The label (see :attr:`~newsdoc.Cues.chrome_openings`) is set apart by its bold type, or in a span of
        its own that a stylesheet draws ("<span>See also</span><a>...</a>"), where others write a colon after
        it, and the links are the rest of the line: a sentence after it is the body's, and so is one that
        goes on after its link ("**Related** [stories] appear every Friday.").
        """
        first = next((child for child in tag if isinstance(child.tag, str)), None)
        if first is None or first.tag not in _LABEL_TAGS or (tag.text or "").strip(_FOLDED):
            return False
        if any(_WORD.search(child.tail or "") for child in first.itersiblings()):
            return False  # words after a link, outside it
        label = " ".join(shown_text(first).split())
        if not label or label.endswith(":") or not text.startswith(label) or len(text) >= _BYLINE_LENGTH:
            return False
        return classify.chrome_line(f"{label}:{text[len(label) :]}", self.cues) and _link_share(tag) > 0.5

    def _links_to_its_writer(self, paragraph: Paragraph, tag: Element | None) -> bool:
        """Whether *paragraph* is the byline as a template writes it: a short line before the body, to its writer.

        A link in it goes to the writer's own page (``/author/jane-roe/``, ``rel="author"``; see
        :attr:`~newsdoc.Cues.author_pages`): "Associated Press November 19, 2019", "written by
        Regan", with no "By", the date or the reading time run in. (After the body's first
        paragraph, such a line is an author box's, or the body's; above the body, in the lead,
        the page's header shows it, which metadata reads.)
        """
        if (
            self.zone != "body"
            or (self._body_begun() and not self._dek_alone())
            or classify.word_count(paragraph.text, _BYLINE_WORDS) > _BYLINE_WORDS
        ):
            return False  # the cheap questions first: this runs for every paragraph
        if tag is not None and tag.find(".//a[@rel='author']") is not None:
            return True
        # A folder says it, the writer in it: /author/jane-roe/. /columnists/ lists writers, and names none.
        return any(mark.href and not folders(mark.href).isdisjoint(self.cues.author_pages) for mark in paragraph.marks)

    def _dated_meta(self, tag: Element | None, part: str | None, text: str) -> bool:
        """Whether *tag*, a line of the header its class names by a word of no role ("meta"), gives the date.

        Between the headline and the body, a short line so classed that holds a ``<time>``
        (the HTML standard's mark of a date) is the article's date line, with the writer's
        name run in or not: "Jane Roe Tue, 01/09/2024 - 16:40"; so is one over the headline,
        at the top of the article, the section run in: "People 2 July 2023". Not a sentence
        that dates something ("Riders say the crossing, back since Monday, saves an hour.").
        """
        return (
            tag is not None
            and part is None
            and not text.rstrip().endswith((".", "!", "?"))
            and (self._above_body("date", text) or self._over_headline(text))
            and bool(self._header_words(tag))
            and _timed(tag)
        )

    def _over_headline(self, text: str) -> bool:
        """Whether a short line stands at the top of the article, over its headline: nothing but fragments before it."""
        return (
            self.headline is None
            and self.headline_tag is not None
            and self.top_end >= len(self.blocks)
            and len(text.split()) <= _BYLINE_WORDS
        )

    def _heading(self, tag: Element, part: str | None, shown: tuple[str, tuple[Mark, ...]]) -> None:
        self._images(tag)
        text, marked = shown
        if not text:
            return
        same = self._is_title(text)
        if (tag.tag == "h1" or tag is self.headline_tag) and self.headline is None and (self.title is None or same):
            self.title, self.headline = self.title or text, len(self.blocks)  # metadata, not a block
            self.headers = tuple(tag.iterancestors("header"))
        elif same:
            self._add(Fragment(text=text, role="title"))  # the title again, as in scraped text
        elif tag.tag != "h1" and self._kicker_heading(tag, text):
            self._add(Fragment(text=text, role="kicker"))
        elif self._standfirst(text, tag, part):
            self._add(Standfirst(text=text, marks=marked), marked=True)
        elif (tag.tag == "summary" or self._header_words(tag)) and _head_fragment(text, self.cues):
            self._paragraph(text, tag, part, marked)  # a byline or a date set as a heading: "by Jane Roe", "May 3"
        else:
            self._add(Heading(text=text, level=_level(tag), marks=marked))
            if self.top_end == len(self.blocks) - 1:
                self.top_end = len(self.blocks)

    def _kicker_heading(self, tag: Element, text: str) -> bool:
        """Whether the heading *tag*, over the headline with nothing above it, is the kicker: ``<h3>ANALYSIS</h3><h1>``.

        A template sets the section's label in a smaller heading right over the headline; its words say so (see
        :meth:`_kicker`), or its class does (``<h4 class="eyebrow">``, ``<h3 class="occhiello">``).
        """
        if self.headline is not None or self.top_end < len(self.blocks):
            return False
        if self._kicker(text, tag):
            return True
        return self._right_over(tag) and header_role(self._header_words(tag), text, self.cues) == "kicker"

    def _note(self, tag: Element, part: str, has_blocks: bool) -> None:
        """An author box, disclaimer or republication note marked as one.

        Its words say what it is when they can; else, an element marked as a bio or
        a disclaimer is one note, a single block of all its text.
        """
        if classify.site_notice(shown_text(tag), self.cues):  # a "disclaimer" that is the site's terms of use
            self._drop(tag, "site notice")
            return
        start = len(self.blocks)
        self.in_note = True
        try:
            if has_blocks:
                self._walk(tag)
            else:
                text, marked = marked_text([tag])[0]
                self._paragraph(text, tag, part, marked)
        finally:
            self.in_note = False
        made = self.blocks[start:]
        if any(isinstance(b, _NOTE_BLOCKS) for b in made):
            if sum(classify.word_count(plain_text(b), _NOTE_WORDS) for b in made) <= _NOTE_WORDS:
                # The markup and the words agree: the note stands where it is, though a paragraph
                # follows it (a bio over the invitation to write a letter is no sentence of the body).
                for i, block in enumerate(made, start):
                    self.marked[i] = self.marked[i] or isinstance(block, _NOTE_BLOCKS)
                self._drop_note_labels(start)
                if any(isinstance(b, Bio) for b in made):
                    self._drop_box_links(start)
            return
        if part not in _NOTES:
            return
        # (a note in the article's header reads as a dek there: its class says what it is)
        if not made or not all(
            isinstance(b, Paragraph | Standfirst | Heading | Image) or _plain_fragment(b) for b in made
        ):
            return  # a byline or a date in an author box says what it is
        text, marked = joined([(plain_text(b), _marks_of(b)) for b in made if not isinstance(b, Image)], "\n")
        if text and len(text.split()) <= _NOTE_WORDS and not classify.byline_authors(" ".join(text.split()), self.cues):
            del self.blocks[start:], self.marked[start:]
            note = _NOTES[part](text=text, marks=marked)
            if isinstance(note, Bio):  # whose: the name the box opens with, on a line of its own, or its words'
                first = text.partition("\n")[0]
                if (lead := first.partition(" "))[0] in self.cues.not_names:
                    first = lead[2]  # "About Jane Roe", the box's heading: whose it is
                name = first if "\n" in text and classify.is_name(first, self.cues) else None
                name = name or classify.bio_name(text, self.cues) or classify.writer_opening(text, self.authors)
                note = attrs.evolve(note, name=name)
            self._add(note, marked=True)

    def _drop_box_links(self, start: int) -> None:
        """Drop the links of an author box from *start* on: "More by Jane Roe", "@janeroe", a line a link, no body's."""
        if any(isinstance(b, Caption) for b in self.blocks[start:]):
            return  # (a caption's picture is counted by its place, which dropping a block would move)
        for i in range(len(self.blocks) - 1, start - 1, -1):
            block = self.blocks[i]
            if (
                type(block) is Paragraph
                and classify.word_count(block.text, _BOX_LINK_WORDS) <= _BOX_LINK_WORDS
                and covers(block.text, block.marks, MarkKind.LINK)
            ):
                self.dropped.append(Dropped.of("link of an author box", "text", block.text))
                del self.blocks[i], self.marked[i]
        self.top_end = min(self.top_end, len(self.blocks))

    def _drop_note_labels(self, start: int) -> None:
        """Drop the headings over the notes from *start* on: a note's label ("About the author"), no body's heading."""
        if any(isinstance(b, Caption) for b in self.blocks[start:]):
            return  # (a caption's picture is counted by its place, which dropping a block would move)
        for i in range(len(self.blocks) - 2, start - 1, -1):
            if isinstance(label := self.blocks[i], Heading) and isinstance(self.blocks[i + 1], _NOTE_BLOCKS):
                self.dropped.append(Dropped.of("label of a note", "text", label.text))
                del self.blocks[i], self.marked[i]
        self.top_end = min(self.top_end, len(self.blocks))

    def _image(self, img: Element, *, figure: bool = False) -> None:
        """Add the picture; one in a figure or a note is part of the article wherever it stands."""
        src = picture_source(img)
        alt = fold(str(img.get("alt") or ""))
        width, height = _pixels(img.get("width")), _pixels(img.get("height"))
        image = Image(alt=alt, src=src, width=width, height=height, slug=_slug(src, alt))
        self._add(image, marked=figure or self.in_note)

    def _picture_wrapper(self, tag: Element) -> bool:
        """Whether *tag* holds one picture and a line about it, and nothing else: a figure in all but name.

        Not a byline with its author's photo, a teaser (its words are a link) or a bio.
        """
        if tag.tag not in {"div", "td", "span", "center"} or next(tag.iterdescendants("img"), None) is None:
            return False
        nodes = _first_nodes(tag, 40)
        if nodes is None:
            return False  # a wrapper of more than a picture and a line or two
        names = [node.tag for node in nodes]
        blocking = _NOT_A_CAPTION.intersection(names)
        boxed = not marks(tag.get("class"), tag.get("id"), self.cues).isdisjoint(self.cues.picture_marks)  # "photo"
        text = shown_text(tag, lines=True)
        # a line about the picture, perhaps its credit on a line of its own ("<p>Islanders wait.</p><p>Photo: X</p>")
        lines = text.split("\n")
        credited = "p" in blocking and len(lines) == 2 and any(classify.credit_line(line, self.cues) for line in lines)
        if names.count("img") != 1 or blocking - {"p"} or (blocking and not _caption_paragraph(tag, boxed, credited)):
            return False
        most = _CAPTION_WORDS + _CREDIT_WORDS if credited else 40
        if (len(lines) > 1 and not credited) or not 2 <= len(text.split()) <= most or _link_share(tag) > 0.5:
            return False
        if self._icon(next(node for node in nodes if node.tag == "img")):
            return False  # a smiley in a line of text
        if any(
            marks(e.get("class"), e.get("id"), self.cues).intersection(_header_marks(self.cues)) for e in tag.iter()
        ):
            return False  # an author's photo beside the byline and date
        if classify.time_stamped(text) or classify.site_notice(text, self.cues):
            return False  # nor beside the line that dates the post, nor the site's copyright by its logo
        return classify.read_note(text, self.cues) is None

    def _icon(self, img: Element) -> bool:
        """Whether *img* is an icon, an emoji, a logo or a writer's portrait rather than a picture.

        Small, or marked as one: by its class, or by its address, kept with the site's avatars
        (``gravatar.com/avatar/...``) or its writers (``/authors/jane-roe.jpg``).
        """
        sizes = (_pixels(img.get("width")), _pixels(img.get("height")))
        if any(size is not None and size <= 48 for size in sizes):
            return True
        icons = frozenset(self.cues.icon_marks)
        if marks(img.get("class"), img.get("id"), self.cues) & icons:
            return True
        # A portrait by a box around it: '<div class="author-image"><a href="/author/x/"><img ...>'
        for tag in itertools.islice(img.iterancestors(), _PORTRAIT_BOXES):
            if not marks(tag.get("class"), tag.get("id"), self.cues).isdisjoint(self.cues.portrait_marks):
                return True
        kept_in = folders(picture_source(img) or "")
        return not (kept_in.isdisjoint(icons) and kept_in.isdisjoint(self.cues.author_pages))

    def _teasers(self, tag: Element) -> bool:
        """Whether *tag* is a card for another story, or a list of them.

        A card leads with its headline as a link and carries a byline or a date, and little else;
        pages set them after the article ("Latest news") or beside it.
        """
        name = tag.tag
        if name in _LISTS:
            items = tag.findall("li")
            return len(items) > 1 and all(self._teasers(item) for item in items)
        if name not in {"div", "li", "article", "section"}:
            return False
        # Its headline, the first heading in it, a link: asked before its elements are counted, as most boxes
        # have no such heading, and counting reads the words of each element.
        heading = next(tag.iterdescendants(*_HEADINGS), None)
        if heading is None:
            return self._link_card(tag)
        if not linked_heading(heading, tag):
            return False
        nodes = _first_nodes(tag, 119)
        if nodes is None:
            return False
        if _anchored(heading):
            return False  # its link leads to a place in this page, not to another story
        lines = shown_text(tag, lines=True).split("\n")
        if lines[0] != shown_text(heading) or len(" ".join(lines).split()) > 60:
            return False  # the headline comes first, and a card is short
        dated = any(n.tag == "time" for n in nodes)
        return (
            dated
            or any(
                classify.byline_authors(line, self.cues)
                or classify.published_date(line, self.cues)
                or classify.time_stamped(line)  # "Jane Roe 2024-03-03 09:41:07"
                for line in lines[1:]
            )
        )

    def _link_card(self, tag: Element) -> bool:
        """Whether *tag* is a card that is all one link to another page: its title, its blurb, when and by whom.

        A newsletter's post embeds another post so: ``<a class="embedded-post" href="..."><div>The seal who
        came back</div><div>A rescued seal swims ...</div><div>6 months ago \u00b7 Jane Roe</div></a>``.
        """
        links = [link for link in tag.iterdescendants("a") if link.get("href")]
        if len(links) != 1 or str(links[0].get("href")).startswith("#"):
            return False
        link = links[0]
        if next(link.iterdescendants(*BLOCK_TAGS), None) is None or shown_text(link).split() != shown_text(tag).split():
            return False  # a link of a few words in a sentence, or words outside it
        lines = [line for line in shown_text(tag, lines=True).split("\n") if line.strip()]
        patterns = classify.Patterns.of(self.cues)
        return (
            len(lines) >= _LINK_CARD_LINES
            and len(" ".join(lines).split()) <= _LINK_CARD_WORDS
            and any(
                patterns.relative_time.search(line)
                or classify.published_date(line, self.cues)
                or classify.byline_authors(line, self.cues)
                for line in lines[1:]
            )
        )

    def _prose_begun(self) -> bool:
        """Whether the article's prose has begun: cards for other stories follow it, a live blog's entries not."""
        return self._anywhere.since(self.blocks, 0)

    def _picture_cards(self, tag: Element) -> bool:
        """Whether *tag* is a row of cards for other stories, each a picture that links to one and a line.

        A rail of teasers inside the body, no class to say so, perhaps its title over it ("More from the
        harbour"): every card a picture in a link to another page, not to a picture, and a few words under it.
        """
        cards = [child for child in tag if isinstance(child.tag, str)]
        if cards and cards[0].tag in _HEADINGS:
            cards = cards[1:]  # the rail's title over the cards: "Most popular"
        return len(cards) >= 2 and all(self._picture_card(card) for card in cards)

    def _picture_card(self, card: Element) -> bool:
        nodes = _first_nodes(card, 20)
        if nodes is None or card.tag == "figure" or any(n.tag in {"figure", "figcaption"} for n in nodes):
            return False  # a gallery's pictures are figures, each its caption
        pictures = [n for n in nodes if n.tag == "img"]
        if len(pictures) != 1:
            return False
        link = next(pictures[0].iterancestors("a"), None)
        if link is None or (link is not card and card not in link.iterancestors()):
            return False
        href = str(link.get("href") or "")
        if not href or href.startswith("#") or _PICTURE_FILE.search(href):
            return False  # a picture that opens itself larger, or a place in this page
        return 2 <= len(shown_text(card).split()) <= _CARD_WORDS

    def _part(self, tag: Element) -> str | None:
        """The part of the article the markup of *tag* names (see :func:`~newsdoc.html.parts.role`)."""
        return element_part(tag, self.cues)

    def _holds_parts(self, tag: Element) -> bool:
        """Whether an element inside *tag* is marked as a part of the article of its own."""
        return any(self._part(t) for t in tag.iterdescendants())

    def _holds_prose(self, tag: Element) -> bool:
        """Whether *tag* holds a figure of its own, a heading or a paragraph of the body, besides a picture."""
        if next(tag.iterdescendants("figure", "h1", "h2", "h3"), None) is not None:
            return True
        for paragraph in tag.iterdescendants("p"):
            if self._part(paragraph) != "caption" and len(shown_text(paragraph).split()) > 25:
                return True
        return False

    def _gallery(self, tag: Element) -> bool:
        """Whether the list *tag* is a gallery: each item one picture, and a line or two about it, not a link.

        ``<ul class="slides"><li><img ...><p>Gulls over the quay.</p></li>...</ul>``: not a list of
        cards for other stories (each line a link), nor of items that hold lists, tables or headings.
        """
        items = tag.findall("li")
        if not items or len(items) != sum(1 for child in tag if isinstance(child.tag, str)):
            return False
        for item in items:
            pictures = [img for img in item.iter("img") if not self._icon(img)]
            words = len(shown_text(item).split())
            if len(pictures) != 1 or words > _CAPTION_WORDS + _CREDIT_WORDS or (words and _link_share(item) > 0.5):
                return False
            if _words_before(item, pictures[0], self.cues):
                return False  # an item's words, then a picture: no caption under one
            if next(item.iterdescendants(*_NOT_IN_CAPTION), None) is not None:
                return False
        return True

    def _figure(self, tag: Element, *, boxed: bool = False) -> None:
        """A picture and its caption: a ``figure``, or an element that holds them as one (*boxed*: read so)."""
        # A figure of figures (a gallery, as the HTML standard nests them): each inner figure's picture and
        # caption are its own, read as it is walked; the outer one's caption is the figcaption it holds itself.
        nested = tag.tag == "figure" and next(tag.iterdescendants("figure"), None) is not None
        caption = next((c for c in tag.iterdescendants("figcaption") if not nested or _figure_of(c) is tag), None)
        caption = self._caption_of(tag) if caption is None and not nested else caption
        pictures = [i for i in tag.iterdescendants("img") if not nested or _figure_of(i) is tag]
        img = next((i for i in pictures if not self._icon(i)), None)  # an icon by the picture is none of it
        first = len(pictures) if img is None else pictures.index(img)
        self._images(*pictures[:first])  # the icons before it: dropped, and listed
        image = None
        if img is not None:
            self._image(img, figure=True)
            image = len(self.blocks) - 1
            # Pictures set side by side over one caption: each is an image, the caption the first's
            self._images(*pictures[first + 1 :], figure=True)
            if caption is None and (boxed or self._picture_wrapper(tag) or self._bare_figure(tag)):
                remove(img)
                caption = tag
        unread = caption is not tag  # what else the box holds, till it is read
        if unread and tag.tag == "figure" and self._holds_blocks(tag, caption):
            # What else a figure element holds is read as blocks: a quote, a table, code or a paragraph (the
            # HTML standard's figure holds any of them), before its caption. Not its picture again.
            for done in (caption, *pictures):
                if done is not None:
                    remove(done)
            if self.depth > _DEEP:  # past the depth a walk goes: its words as one paragraph
                self._paragraph(shown_text(tag), tag, None)
            else:
                start = len(self.blocks)
                self._walk(tag)
                self._drop_headings(start)  # a box of links to other stories set as a figure, say
            unread = False
        credit = self._caption(caption, image, tag) if caption is not None else None
        if unread:  # what the box says besides its picture, caption and credit, and no block holds
            for done in (caption, credit):
                if done is not None and done.getparent() is not None:
                    remove(done)
            if rest := shown_text(tag):
                self.dropped.append(Dropped.of("words in a figure beside its caption", "figure", rest))

    def _holds_blocks(self, figure: Element, caption: Element | None) -> bool:
        """Whether *figure* holds blocks besides its caption: a quote, a table, code, a paragraph; not its credit.

        A ``<p class="credit">`` over the picture is the caption's credit, read with it, not a block of its own.
        """
        captioned = set() if caption is None else set(caption.iter())
        return any(
            self._part(held) != "credit" for held in figure.iterdescendants(*_HELD_IN_FIGURES) if held not in captioned
        )

    def _bare_figure(self, tag: Element) -> bool:
        """Whether *tag* is a ``figure`` with words beside its picture and no ``figcaption``: they are its caption.

        Or a box its class names a picture's (``<div class="photo">``), holding the picture, a line
        about it and its credit. Not one that holds more than a line or two (a quote, a list, a
        figure of its own), nor several pictures.
        """
        boxed = tag.tag == "div" and not marks(tag.get("class"), tag.get("id"), self.cues).isdisjoint(
            self.cues.picture_marks
        )
        if not (tag.tag == "figure" or boxed) or next(tag.iterdescendants(*_NOT_IN_CAPTION), None) is not None:
            return False
        return len(tag.findall(".//img")) == 1 and 0 < len(shown_text(tag).split()) <= _CAPTION_WORDS + _CREDIT_WORDS

    def _caption_of(self, figure: Element) -> Element | None:
        """The caption inside a figure: the outermost element marked as one that has words."""
        for found in figure.iterdescendants():
            if self._part(found) == "caption" and shown_text(found):
                return found
        return None

    def _credit_in(self, tag: Element) -> Element | None:
        """The element that holds a picture's credit inside *tag*, if one does.

        One that no class names holds it when its words are a credit line (an agency, a
        photographer and an agency, a labelled credit) and open or close the caption's: "Jane
        Roe | Example Images" over the caption, "... the harbour <span>AP Photo</span>".
        """
        whole = None
        for found in tag.iterdescendants():
            part = self._part(found)
            bare = part is None and found.tag in _CREDIT_HOLDERS and len(found) == 0
            if not (part in {"credit", "caption"} or found.tag in {"small", "cite"} or bare):
                continue
            # A credit is a short line: no longer text is read whole (nested captions would be read again and again).
            if not (words := short_text(found, _CREDIT_LENGTH)):
                continue
            if part == "credit":
                return found
            if found.tag in {"small", "cite"} and self._reads_as_credit(words):
                return found  # a credit in small print, not a caption set in it
            if part == "caption" and classify.credit_line(words, self.cues):
                return found  # an inner "caption" that holds only the credit
            if bare and (labelled := self._labelled_credit(found, words, tag)) is not None:
                return labelled
            if bare:
                whole = shown_text(tag) if whole is None else whole
                if (
                    words != whole
                    and (whole.startswith(words) or whole.endswith(words))
                    and (classify.credit_line(words, self.cues) or self._picture_byline(found, words))
                    and not self._part_of_credit(whole, words)
                ):
                    return found
        return None

    def _part_of_credit(self, whole: str, words: str) -> bool:
        """Whether *words*, which end the caption *whole*, are the last part of a credit its markup splits.

        "... in the hall. Photo by <a>Lior Ben</a> / <a>Unsplash</a>": the credit is all of "Photo by
        Lior Ben / Unsplash", its links each a part of it, as the caption's words tell.
        """
        credit = classify.find_credit(whole, self.cues) if whole.endswith(words) else None
        return credit is not None and credit.strong and len(credit.credit) > len(words)

    def _picture_byline(self, tag: Element, words: str) -> bool:
        """Whether *tag*, in a caption, is the picture's byline: classed so (``photo-byline``), it names who took it.

        "Jane Roe, The Harbour Times": a name and an outlet that no credit line's form tells.
        """
        said = marks(tag.get("class"), tag.get("id"), self.cues)
        # The class names a picture too: an "author" in a caption may be whom it shows ("<span class=author>Jane
        # Roe</span> at her desk") or the writer of a book it shows.
        return (
            not said.isdisjoint(self.cues.byline_marks)
            and not said.isdisjoint(self.cues.picture_marks)
            and len(words.split()) <= _CREDIT_WORDS
            and classify.names_credit(words)
        )

    def _labelled_credit(self, label: Element, words: str, within: Element) -> Element | None:
        """The element that holds *label*, a credit's label alone ("Image copyright"), and the credit after it.

        Pages set a label for screen readers in an element of its own, the credit in the next:
        ``<span>Image copyright</span> <span>Jane Roe</span>``.
        """
        holder = label.getparent()
        if holder is None or holder is within or classify.part_label(words, self.cues) != "credit":
            return None
        pair = short_text(holder, _CREDIT_LENGTH) or ""
        if not pair.startswith(words) or not self._reads_as_credit(credit := pair[len(words) :].strip()):
            return None
        if len(credit.split()) > _CREDIT_WORDS:
            return None
        remove(label)  # read out before the credit, and no part of it: "Image copyright" "Jane Roe", run together
        return holder

    def _reads_as_credit(self, text: str) -> bool:
        """Whether *text* names whom a picture is by ("Jane Doe/AP"), not what it shows, as a sentence does."""
        return bool(text) and (classify.names_credit(text) or classify.credit_line(text, self.cues) is not None)

    def _table(self, table: Table, tag: Element) -> None:
        """Add the *table* of data *tag* holds, and its ``<caption>``'s words after it, as a picture's caption."""
        self._add(table)
        if (caption := next(tag.iterchildren("caption"), None)) is not None and shown_text(caption).strip():
            self._caption(caption, None)  # its title, and its source as the credit

    def _caption(self, tag: Element, image: int | None, figure: Element | None = None) -> Element | None:
        """Add the caption *tag* holds, with its credit; return the element the credit came from, if any."""
        if image is None and self.blocks and isinstance(self.blocks[-1], Image):
            image = len(self.blocks) - 1
        credit_tag = self._credit_in(tag)
        beside = self._credit_in(figure) if credit_tag is None and figure is not None else None
        if beside is not None and (beside is tag or any(a is tag for a in beside.iterancestors())):
            beside = None
        if credit_tag is not None:
            remove(credit_tag)
        elif beside is not None:
            credit_tag = beside
        text, marked = marked_text([tag], lines=True)[0]  # a title and a description in paragraphs of their own
        # "3 of 12 Children launch lanterns ...": where the slide stands
        if counted := classify.slide_counter(text, self.cues):
            self._drop(tag, "slide counter", text[:counted])
            text = text[counted:]
            marked = tuple(
                attrs.evolve(m, start=max(0, m.start - counted), end=m.end - counted) for m in marked if m.end > counted
            )
        if credit_tag is not None and (credit := self._credit_words(credit_tag)):
            self._add_caption(Caption(text=text, credit=credit, image=image, marks=marked))
            return credit_tag
        if not text:
            return None
        if classify.stock_line(text, self.cues):  # "Hide caption": a gallery's button, marked as its caption's
            self._drop(tag, "furniture line", text)
            return None
        found = (
            classify.find_credit(text, self.cues)
            or classify.credit_line(text, self.cues)
            or classify.credit_before(text, self.cues)  # "PHOTO: Jane Roe/Harbour Times — Gulls over the pier."
            or classify.named_credit(text)  # "... on Monday. (Harbour Wire/Jane Roe)": a caption's, so a credit
            or self._name_apart(tag, text)
        )
        if found is None:
            self._add_caption(Caption(text=text, image=image, marks=marked))
        else:
            self._add_caption(carried(found.caption(image=image), text, marked))
        return None

    def _name_apart(self, tag: Element, text: str) -> classify.Credit | None:
        """A photographer's name alone that closes a caption, set apart from its sentence by markup.

        "... above the harbour.<br>Jane Roe", "... above the harbour. <span>Jane Roe</span>": the
        caption's words end as a sentence does, and a name of a few capitalised words stands on a
        line or in a bare element of its own after them. Run into the sentence, a name is what the
        picture shows ("... with <span>Jane Roe</span>"); one word alone may be a place's.
        """
        if "\n" in text:
            name = text.rsplit("\n", 1)[1]
        elif len(tag) and (last := tag[-1]).tag in _CREDIT_HOLDERS and len(last) == 0 and not (last.tail or "").strip():
            name = shown_text(last)
        else:
            return None
        words = text[: len(text) - len(name)]
        said = words.rstrip()
        if (
            not name
            or not text.endswith(name)
            or not said.endswith((".", "!", "?"))
            or not 2 <= len(name.split()) <= _NAME_WORDS
            or not classify.names_credit(name)
            or classify.shows_date(name, self.cues)
            or classify.names_bearer(said, name)  # "Jane Roe at the helm.<br>Jane Roe": whom the picture shows
        ):
            return None
        return classify.Credit(said, name, words[len(said) :], "", strong=False)

    def _credit_words(self, tag: Element) -> str:
        """The credit in *tag*, without its brackets, a label such as ``Credit:`` or ``Image copyright``, or a dash.

        A label in a block of its own is a word apart: ``<div>Credit</div><div>Jane Roe</div>``. A dash
        or a bar that sets the credit apart from the caption's words before it opens the element:
        ``<span class="credit">- Jane Roe/Harbour Times</span>``.
        """
        shown = " ".join(shown_text(tag, lines=True).split()).lstrip(_CREDIT_MARKS)
        words = _unbracketed(shown).split(" ")
        # "Image copyright", read out to screen readers before the credit
        cut = next((k for k in (1, 2, 3) if classify.part_label(" ".join(words[:k]), self.cues) == "credit"), 0)
        if cut and cut < len(words) and words[cut] == ":":
            cut += 1  # "Cr\u00e9dit photo : Jane Roe", a colon set apart as French sets it
        if cut and cut + 1 < len(words) and words[cut].casefold() in self.cues.credit_by_words:
            cut += 1  # "Photo illustration by Jane Roe"
        credit = " ".join(words[cut:] if cut < len(words) else words)
        credit = credit[classify.bare_label_end(credit, self.cues) :]  # "Beeld Jane Roe / The Ledger"
        found = classify.credit_line(credit, self.cues)
        return found.credit if found is not None else credit

    def _caption_above(self) -> bool:
        """Whether the last block is a caption, for a credit line under it; made one if it is a picture's line.

        A line of words right under a picture, with a credit under it, is the picture's caption,
        though no class names it (set in bare elements, as a picture's box without a figure):
        the last block becomes that caption.
        """
        previous = self.blocks[-1] if self.blocks else None
        if (
            isinstance(previous, Paragraph)
            and len(self.blocks) >= 2
            and isinstance(self.blocks[-2], Image)
            and not previous.marks
            and classify.word_count(previous.text, _CAPTION_WORDS) <= _CAPTION_WORDS
        ):
            self.blocks[-1] = previous = Caption(text=previous.text, image=len(self.blocks) - 2)
        return isinstance(previous, Caption)

    def _names_under_caption(self, text: str, tag: Element | None) -> bool:
        """Whether *text*, a line of names alone, is the credit of the caption right under a picture above it.

        A picture's box in bare elements sets its caption, then who took it on a line of its own:
        "Jane Roe", "Harbour Times / Jane Roe", "Jane Roe for Harbour Times". Under a picture and a
        sentence, names alone credit the picture (the line becomes its caption, see
        :meth:`_caption_above`); elsewhere such a line is a place, a heading or a byline. A name the
        caption speaks of is whom the picture shows ("Jane Roe at home."), and one the paragraph after
        it speaks of heads that paragraph, as a profile or an interview sets each person's part.
        """
        if len(text) > _NAMES_LENGTH or not 2 <= len(words := text.split()) <= _NAMES_WORDS:
            return False
        if not classify.names_credit(text) or classify.shows_date(text, self.cues):
            return False
        above = self.blocks[-2:]
        if not (len(above) == 2 and isinstance(above[0], Image)) or not isinstance(above[1], Caption | Paragraph):
            return False
        previous = above[1]
        if not previous.text.rstrip().endswith((".", "!", "?")):
            return False  # the caption says a sentence: not "1 - 5 of 36" over "NEXT PREV", a gallery's buttons
        if classify.names_bearer(previous.text, text) or (
            tag is not None and classify.names_bearer(_next_words(tag), text)
        ):
            return False
        if isinstance(previous, Caption):
            return previous.credit is None and previous.image == len(self.blocks) - 2 and bool(previous.text)
        # A name, or names a slash joins, under a line under a picture, in the body (over it, a lead picture,
        # the dek and the byline)
        return (len(words) <= _NAME_WORDS or "/" in text) and self._prose_begun() and self._caption_above()

    def _add_caption(self, caption: Caption, *, marked: bool = True) -> None:
        """Add *caption*; a credit alone under a caption without one is that caption's credit."""
        previous = self.blocks[-1] if self.blocks else None
        if caption.text or caption.credit is None or not isinstance(previous, Caption) or previous.credit is not None:
            self._add(caption, marked=marked)
            return
        self.blocks[-1] = attrs.evolve(
            previous,
            credit=caption.credit,
            credit_prefix=" " + caption.credit_prefix,
            credit_suffix=caption.credit_suffix,
        )

    def _pull_quote(self, tag: Element) -> None:
        cite = next(tag.iterdescendants("cite", "footer"), None)
        cite = self._marked(tag, ("attribution", "author", "source")) if cite is None else cite
        attribution = None
        if cite is not None:
            attribution = shown_text(cite).lstrip("\u2013\u2014- ").strip() or None
            remove(cite)
        lines = shown_text(tag, lines=True).split("\n")
        if cite is None and (inline := quotation(tag)) is not None and (parted := _after_quotation(tag, inline)):
            lines, attribution = parted  # "<q>...</q> \u2014 Jane Roe": the quote's markup parts it from who said it
        chrome = classify.Patterns.of(self.cues).chrome
        while len(lines) > 1 and (classify.stock_line(lines[-1], self.cues) or chrome.match(lines[-1])):
            self.dropped.append(Dropped.of("furniture line", "text", lines.pop()))  # "Tweet this" under the quote
        if attribution is None and len(lines) > 1 and lines[-1][:1] in "\u2013\u2014-":
            attribution = lines.pop().lstrip("\u2013\u2014- ").strip() or None  # "– Stratfor analysis" below the quote
        elif (
            attribution is None and len(lines) > 1 and (said := decide.spoken("\n".join(lines), self.cues)) is not None
        ):
            attribution = said.attribution  # "Jane Roe, river engineer" under the quote, with no dash
            lines.pop()
        text = " ".join(lines).rstrip(" \u2013\u2014-") if attribution else " ".join(lines)
        opening = closing = ""
        if len(text) > 2 and text[0] in _QUOTE_MARKS[0] and text[-1] in _QUOTE_MARKS[1]:
            # the page's own quote marks, kept, with the spaces French sets inside them: "« Un enfant ... »"
            opening, text, closing = decide.quote_parts(text[0], text[1:-1], text[-1])
        if text:
            quote = PullQuote(text=text, attribution=attribution, opening=opening, closing=closing)
            self._add(quote, marked=True)

    def _marked(self, tag: Element, wanted: tuple[str, ...]) -> Element | None:
        """The first element inside *tag* whose class or id has one of the words *wanted*."""
        return next(
            (t for t in tag.iterdescendants() if marks(t.get("class"), t.get("id"), self.cues) & set(wanted)), None
        )


_COUNT_ALONE = re.compile(r"\d{1,3}(?:[,.\u00a0]\d{3})*[KkMm]?")  # "14", "1,204", "3.2K": a button's count

# Asked of a paragraph's words twice, whether it is furniture and whether it is the title again.
_shows_title = functools.lru_cache(maxsize=64)(classify.shows_title)


@functools.cache
def _header_marks(cues: Cues) -> frozenset[str]:
    """The class words of a line in an article's header: :attr:`~newsdoc.Cues.header_marks` and the byline's."""
    return frozenset((*cues.header_marks, *cues.byline_marks))


def _apart(tag: Element) -> bool:
    """Whether no paragraph follows *tag* in its parent element."""
    return next(tag.itersiblings("p"), None) is None


def _bold_whole(tag: Element) -> bool:
    """Whether *tag*'s words are all in one bold element: ``<p class="intro"><b>...</b></p>``, a dek set in bold."""
    return (
        len(tag) == 1
        and tag[0].tag in {"b", "strong"}
        and not (tag.text or "").strip()
        and not (tag[0].tail or "").strip()
    )


def _leaf_words(tag: Element) -> tuple[str, tuple[Mark, ...]]:
    """The words of a leaf element, and their marks; a list's without: its items are read one by one."""
    if tag.tag in _LISTS:
        return shown_text(tag), ()
    return marked_text([tag], pre=tag.tag == "pre")[0]


def _words_before(tag: Element, picture: Element, cues: Cues) -> bool:
    """Whether *tag* shows words before *picture*, which it holds: a slideshow's counter ("1 of 6") is none."""
    holders = set(picture.iterancestors())  # whose tails come after the picture
    for node in tag.iter():
        if node is picture:
            return False
        for words in (node.text, None if node in holders else node.tail):
            if words and (words := words.strip()) and not classify.counts_slides(words, cues):
                return True
    return False


def _ends_sentence(text: str) -> bool:
    """Whether *text* ends as a sentence does: a full stop, a question or an exclamation mark, the quote it closes.

    Read from its end, where a search would try every full stop in a paragraph.
    """
    return text.rstrip().rstrip(_CLOSING_QUOTES).endswith((".", "!", "?"))


def _next_words(tag: Element) -> str:
    """The first words of the element after *tag*, where the next paragraph stands."""
    after = tag.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return "" if after is None else text_of(after)[:_NEXT_WORDS]


_NEXT_WORDS = 300  # characters: the next paragraph's first sentence or two


def _all_time(item: Element, text: str) -> bool:
    """Whether the words of *item*, *text*, are those of the ``<time>`` in it: a date, however its spans run."""
    time = next(item.iter("time"), None)
    return time is not None and " ".join(shown_text(time).split()) == text


def _figure_of(tag: Element) -> Element | None:
    """The figure *tag* stands in, the innermost."""
    return next(tag.iterancestors("figure"), None)


def _quote_figure(tag: Element) -> bool:
    """Whether *tag* is a quote's figure, as the HTML standard sets one: the quote, its source in the caption.

    Not a figure with a picture in it, nor one whose caption is an editor's sentence about the quote.
    """
    if (
        tag.tag != "figure"
        or tag.find("blockquote") is None
        or next(tag.iter("img", "picture", "video"), None) is not None
    ):
        return False
    caption = tag.find("figcaption")
    return caption is None or len(text_of(caption).split()) <= _DASHED_SOURCE


def _after_quotation(tag: Element, quote: Element) -> tuple[list[str], str | None] | None:
    """The quote *tag* opens with, its ``<q>``, and who said it after it, as a pull quote's box sets them."""
    whole, said = " ".join(shown_text(tag).split()), " ".join(shown_text(quote).split())
    if not said or not whole.startswith(said):
        return None  # words before the quote: a sentence that quotes, no box of a quote and its source
    return [said], whole[len(said) :].lstrip("\u2013\u2014- ").strip() or None


def _quote_pieces(tag: Element) -> list[tuple[str, tuple[Mark, ...]]]:
    """The paragraphs of a quote with their marks, whatever holds them; its words outside paragraphs too.

    A ``<cite>`` or a ``<footer>`` under the paragraphs, or a figure's caption under its quote, is
    who said it: a piece of its own after a dash, as it reads. Words with no paragraph around them
    are pieces of their own, never lost.
    """
    pieces: list[tuple[str, tuple[Mark, ...]]] = []
    inline: list[Node] = []
    stack = [children(tag)]  # the walk's place in each element it is in: no recursion, however deep they nest
    while stack:
        node = next(stack[-1], None)
        if node is not None and (isinstance(node, str) or node.tag not in _QUOTE_BLOCKS):
            inline.append(node)
            continue
        pieces += marked_text(inline, runs=True)  # the words before a block, or at the end of one
        inline = []
        if node is None:
            stack.pop()
        elif node.tag not in _SOURCES and any(isinstance(c.tag, str) and c.tag in _NESTED for c in node):
            stack.append(children(node))  # a <cite> in a paragraph's words is read with them, as it stands
        elif node.tag in _SOURCES and (source := marked_text([node])[0])[0]:
            dashed = source[0][:1] in "\u2013\u2014-~"
            pieces.append(source if dashed else _after_dash(source))
        else:
            pieces += marked_text([node])
    return [piece for piece in pieces if piece[0]]


def _after_dash(piece: tuple[str, tuple[Mark, ...]]) -> tuple[str, tuple[Mark, ...]]:
    """*piece* after a dash, as a quote's source is set: its marks moved along."""
    text, marked = piece
    return _DASH + text, tuple(attrs.evolve(m, start=m.start + len(_DASH), end=m.end + len(_DASH)) for m in marked)


_DASH = "\u2014 "
_SOURCES = frozenset({"cite", "footer", "figcaption"})  # who said a quote, in the quote's markup
_NESTED = BLOCK_TAGS | {"blockquote", "li", "dt", "dd"}  # each a piece of a quote
_QUOTE_BLOCKS = _NESTED | _SOURCES
_DASHED_SOURCE = 12  # words at most of a quote figure's caption that says its source


def _link_lines(text: str, marks: tuple[Mark, ...]) -> bool:
    """Whether *text* is a list of links set as the lines of a paragraph, a label perhaps over them.

    "Don't miss" in bold, then a headline a line, each a link to another story, as a list of links is
    set with line breaks instead of items: three lines at least, each a headline more link than not but the label.
    """
    lines = text.split("\n")
    if len(lines) < 3 or not marks:
        return False  # (a name over an email address is two links, and no list)
    linked = [0] * len(lines)
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    for mark in marks:
        if mark.kind is MarkKind.LINK:
            for i in range(bisect.bisect_right(starts, mark.start) - 1, len(lines)):
                if starts[i] >= mark.end:
                    break
                linked[i] += min(mark.end, starts[i] + len(lines[i])) - max(mark.start, starts[i])
    # a headline's words (an address or a handle is one word: a name over ways to reach her is no list)
    links = [2 * linked[i] > len(line.strip()) > 0 and len(line.split()) >= 3 for i, line in enumerate(lines)]
    # the label over the links: a few words, no link ("Don't miss", "More from the harbour desk")
    first = 1 if not links[0] and 0 < len(lines[0].split()) <= _LIST_LABEL_WORDS else 0
    return len(lines) - first >= 2 and all(links[first:])


def _anchored(tag: Element) -> bool:
    """Whether the links in *tag* lead to places in the page itself (a heading's permalink), not elsewhere."""
    links = list(tag.iterdescendants("a"))
    return bool(links) and all(str(a.get("href", "")).startswith("#") for a in links)


def _marks_of(block: Block) -> tuple[Mark, ...]:
    return block.marks if isinstance(block, MARKED_BLOCKS) else ()


_FIELDS = 6  # elements at most of a line of the header's fields: a name, a date, the marks between
_JOB_WORDS = 5  # words of a writer's job: "Senior Harbour Affairs Correspondent"
_LIST_LABEL_WORDS = 8  # words of the title over a list of links: "More from the harbour desk"
_KICKER_CAPITALS = 3  # words of a kicker in capitals with no class to say so
_CARD_WORDS = 25  # words under a teaser's picture: a headline, perhaps a line of blurb
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|\Z)", re.IGNORECASE)
_DEK_WORDS = 12  # words, at least, of a dek set as a plain paragraph under the headline
_LABELLED = re.compile(r"\A[^\W\d_][\w'\u2019 -]{0,20}:\s")  # a label before the words: "Warning: ", "Q: "


def _points(tag: Element) -> bool:
    """Whether *tag* holds a heading and a list: a box of points under its title, not a dek in bullets."""
    return (
        next(tag.iterdescendants("ul", "ol"), None) is not None
        and next(tag.iterdescendants(*_HEADINGS), None) is not None
    )


def _timed(tag: Element) -> bool:
    """Whether *tag* holds a ``<time>``: the HTML standard's mark of a date or a time."""
    return next(tag.iter("time"), None) is not None


def _stamp(tag: Element, text: str) -> bool:
    """Whether *text*, the words of *tag*, are the words of a ``<time>`` in it and nothing else: a time stamp.

    A post's stamp gives the time of day, in its words or its ``datetime``; a year or a day alone heads a
    timeline's entry or a table's row ("1961", "May 3"), and is no stamp.
    """
    time = next(tag.iter("time"), None)
    return (
        time is not None
        and " ".join(shown_text(time).split()) == " ".join(text.split())
        and (_CLOCK.search(text) is not None or _CLOCK.search(str(time.get("datetime") or "")) is not None)
    )


_CLOCK = re.compile(r"\d:\d\d")  # a time of day: "11:42", "2024-03-03T11:42Z"


_PORTRAIT_BOXES = 3  # the boxes around a picture whose class may say it is a writer's portrait
_STAMP_LENGTH = 60  # characters: a date and a time, with the weekday and the zone


def _lone_link(tag: Element) -> Element | None:
    """The one link *tag* is or holds, or ``None`` if it holds none or more than one."""
    links = [tag] if tag.tag == "a" else list(itertools.islice(tag.iter("a"), 2))
    return links[0] if len(links) == 1 else None


def _one_link(tag: Element, text: str) -> bool:
    """Whether *tag* is, or holds only, one link, and *text*, its words, are the link's."""
    link = _lone_link(tag)
    return link is not None and " ".join(text_of(link).split()) == " ".join(text.split())


def _to_front(tag: Element) -> bool:
    """Whether *tag* is, or holds only, a link to the site's front page or to a place on this one: "/", "#main".

    A logo's name over the headline, or "Home", links there; a kicker links to its section ("/opinion/").
    """
    if (link := _lone_link(tag)) is None:
        return False
    try:
        address = urllib.parse.urlsplit(str(link.get("href") or "").strip())
    except ValueError:
        return False
    return link.get("href") is not None and address.path in {"", "/"} and not address.query


def _level(heading: Element) -> int:
    """The level of a *heading* element.

    A ``<summary>``'s, an FAQ's question over its folded answer (see :func:`_in_details`), is a level below
    the section's heading it stands under.
    """
    if heading.tag != "summary":
        return int(heading.tag[1])
    over = cast("list[Element]", heading.xpath(_HEADING_BEFORE))
    return min(int(over[0].tag[1]) + 1, 6) if over else _SUMMARY_LEVEL


def _in_details(tag: Element) -> bool:
    """Whether *tag*, a ``<summary>``, is the label of a ``<details>`` disclosure widget, as HTML sets it."""
    parent = tag.getparent()
    return parent is not None and parent.tag == "details"


def _head_fragment(text: str, cues: Cues) -> bool:
    """Whether *text* says who wrote the piece or when, as a byline or a dateline does."""
    block = decide.prose_block(text, [], False, cues)
    return isinstance(block, Fragment) and block.role in _HEAD_ROLES


def _plain_fragment(block: Block) -> bool:
    return isinstance(block, Fragment) and block.role in {None, "title"}


def _list_start(ol: Element) -> int:
    """The number an ``<ol>`` gives its first item (its ``start``), 1 when it gives none that a list can have."""
    start = str(ol.get("start") or "").strip()
    # ASCII digits, as HTML writes an integer: "\u00b2" is a digit to str.isdigit(), and no number to int()
    return int(start) if start.isascii() and start.isdigit() and len(start) <= len(str(LAST_LIST_NUMBER)) else 1


def _unbracketed(text: str) -> str:
    """*text* without the brackets around it, when they are around all of it: "(AP)", not "Jane Roe (EFE)"."""
    text = text.strip()
    for opening, closing in ("()", "[]"):
        if text.startswith(opening) and text.endswith(closing) and text.count(opening) == 1:
            return text[1:-1].strip()
    return text


def _caption_paragraph(tag: Element, boxed: bool = False, credited: bool = False) -> bool:
    """Whether *tag* holds a picture, then a paragraph, and nothing else, its width set: a caption box.

    As a publishing system's caption box does (a ``div`` as wide as its picture, its width in its
    style), without a class to say so; or *boxed*, its class says it is a picture's box. The
    caption's credit may stand in a paragraph of its own (*credited*: one of two is a credit line).
    """
    if not boxed and "width" not in (tag.get("style") or ""):
        return False  # a column or a step of a how-to sets a picture over its paragraph too
    children = [child for child in tag if isinstance(child.tag, str)]
    if len(children) != 2 + credited or (tag.text or "").strip() or any((c.tail or "").strip() for c in children):
        return False
    picture, *paragraphs = children
    return (
        all(paragraph.tag == "p" for paragraph in paragraphs)
        and picture.tag in {"img", "a", "picture"}
        and next(picture.iter("img"), None) is not None
    )


def _first_nodes(tag: Element, most: int) -> list[Element] | None:
    """The elements inside *tag*, or ``None`` when it holds more than *most* elements and runs of text."""
    nodes: list[Element] = []
    count = 0
    for node in tag.iterdescendants():
        nodes.append(node)
        count += 1 + bool(node.text) + bool(node.tail)
        if count > most:
            return None
    return nodes


def _link_share(tag: Element) -> float:
    """How much of the text of *tag* is the text of links."""
    return link_share(tag.iterdescendants("a"), text_of(tag))


_CELL = 300  # characters: a cell of data is short; a longer one is a column of a page's layout


def _data_table(table: Element) -> Table | None:
    """The table of data *table* holds, or ``None`` when it lays out a page: cells of prose, pictures or tables."""
    if next(table.iterdescendants("table", "img", "figure", "video", "iframe"), None) is not None:
        return None
    read = [[marked_text([cell])[0] for cell in row.iterchildren("th", "td")] for row in table.iterdescendants("tr")]
    rows = [[text for text, _ in row] for row in read]
    if len(rows) < 2 or max(map(len, rows)) < 2 or any(len(cell) > _CELL for row in rows for cell in row):
        return None
    first = next(table.iterdescendants("tr"))  # there are rows
    cells = list(first.iterchildren("th", "td"))
    in_head = (parent := first.getparent()) is not None and parent.tag == "thead"
    header = bool(cells) and (in_head or all(c.tag == "th" for c in cells))
    return Table(rows=tuple(map(tuple, rows)), marks=table_marks(read), header=header)


def _pixels(value: object) -> int | None:
    """A width or height attribute as a number of pixels (``"640"``, ``"640px"``), if it is one."""
    match = re.fullmatch(r"\s*(\d{1,6})(?:px)?\s*", str(value)) if value is not None else None
    return int(match[1]) if match else None


def _slug(src: str | None, alt: str) -> Slug | None:
    """What the picture's file name says, when it follows the WordPress pattern."""
    if not src:
        return None
    name = re.sub(r"(-\d+x\d+)?\.\w+$", "", src.rsplit("/", 1)[-1].split("?")[0])
    words = re.sub(r"[-_]+", " ", name).strip().lower()
    if found := classify.read_slug(words):
        return found[0]
    return Slug(words=words) if words and alt.lower().startswith(words) else None
