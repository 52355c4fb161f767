"""The typed article: :class:`Article` and the blocks it is made of.

Every class is frozen, compared by value and holds tuples, never lists. A
block keeps its words and what the parser read from them; the little layout a
writer needs to give the source back byte for byte (the whitespace between
blocks, the brackets around a credit) sits in fields with the usual values as
defaults, so a hand-built article renders sensibly.

Blocks refer to each other by position in :attr:`Article.blocks`: a caption
names the image it belongs to, a pull quote the paragraph it repeats.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import assert_never

import attrs
from attrs import frozen

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
    "Paragraph",
    "PullQuote",
    "Quote",
    "Slug",
    "Standfirst",
    "notes_start",
    "plain_text",
    "shown_fields",
]


@frozen(kw_only=True)
class Paragraph:
    """A paragraph of the body."""

    text: str
    """The words, with any line breaks of a hard-wrapped source."""
    spacing: str | None = None
    """Whitespace before the block in plain text; ``None`` for the usual blank
    line (nothing before the first block)."""


@frozen(kw_only=True)
class Standfirst:
    """The summary above the body, also called dek or sell."""

    text: str
    """The words."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`)."""


@frozen(kw_only=True)
class Heading:
    """A headline or subheading."""

    text: str
    """The words."""
    level: int = attrs.field(default=2, validator=attrs.validators.in_(range(1, 7)))
    """1 for the article's headline, 2 to 6 for subheadings."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`)."""


@frozen(kw_only=True)
class ItemList:
    """A bulleted or numbered list."""

    items: tuple[str, ...]
    """The text of each item."""
    ordered: bool = False
    """Whether the items are numbered."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`)."""


@frozen(kw_only=True)
class Quote:
    """A quotation set off in the body (an ordinary block quote)."""

    text: str
    """The quoted words."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`)."""


@frozen(kw_only=True)
class Slug:
    """What a WordPress-style image file name says, e.g. ``ap syr2 300 12dec12``."""

    words: str
    """The descriptive words of the file name (``ap syr2``)."""
    width: int | None = None
    """The pixel width written in the name (``300``)."""
    date: dt.date | None = None
    """The date written in the name (``12dec12`` is 2012-12-12)."""


@frozen(kw_only=True)
class Image:
    """A picture. In scraped text it shows as its alt text."""

    alt: str
    """The alt text, as the page gives it."""
    src: str | None = None
    """The address of the picture, when known."""
    slug: Slug | None = None
    """What the picture's file name says, when it follows the WordPress pattern."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`).
    ``""`` when the alt text runs straight into the next block."""


@frozen(kw_only=True)
class Caption:
    """The caption of a picture, with its credit apart."""

    text: str
    """The caption's words, without the credit."""
    credit: str | None = None
    """Who made or supplied the picture: ``AP``, ``Jane Doe/AFP via Getty Images``."""
    image: int | None = None
    """Index in :attr:`Article.blocks` of the :class:`Image` it captions."""
    credit_prefix: str = " ("
    """What stands between the text and the credit in plain text."""
    credit_suffix: str = ")"
    """What follows the credit in plain text."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`)."""


@frozen(kw_only=True)
class PullQuote:
    """A passage pulled out and displayed, usually repeating a body sentence."""

    text: str
    """The quoted words, without quote marks."""
    attribution: str | None = None
    """Who or what the quote is attributed to: ``Stratfor analysis``."""
    repeats: int | None = None
    """Index in :attr:`Article.blocks` of the paragraph that holds the same words."""
    opening: str = "\u201c"
    """The opening quote mark in plain text (may be empty)."""
    closing: str = "\u201d"
    """The closing quote mark in plain text (may be empty)."""
    attribution_prefix: str = " \u2013 "
    """What stands between the quote and its attribution in plain text."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`)."""


class AttributionKind(enum.StrEnum):
    """How a piece came to be published here."""

    REPUBLISHED = "republished"
    """Republished, usually with permission or under a licence."""
    REPRINTED = "reprinted"
    """Reprinted from print."""
    ORIGINALLY_PUBLISHED = "originally_published"
    """First published elsewhere ("originally published in ...")."""
    FIRST_APPEARED = "first_appeared"
    """First appeared elsewhere ("first appeared in ...")."""


@frozen(kw_only=True)
class Attribution:
    """A note on where the piece comes from: republication, permission, origin."""

    text: str
    """The whole note."""
    kind: AttributionKind = AttributionKind.REPUBLISHED
    """What the note says happened."""
    source: str | None = None
    """The organisation the piece comes from: ``Stratfor``, ``The Conversation``."""
    work: str | None = None
    """The title of the original work, when the note names it."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`)."""


@frozen(kw_only=True)
class Disclaimer:
    """Editorial boilerplate: "the views expressed are the author's own", ..."""

    text: str
    """The whole note."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`)."""


@frozen(kw_only=True)
class Bio:
    """A short biography of the author or of a source: "X is a ..."."""

    text: str
    """The whole note."""
    name: str | None = None
    """Whom the bio is about, when the parser could tell."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`)."""


@frozen(kw_only=True)
class Fragment:
    """Anything else: a repeated title, a byline, a breadcrumb, a tags line."""

    text: str
    """The words."""
    role: str | None = None
    """What the fragment is, when known: ``title``, ``byline``, ``tags``, ..."""
    spacing: str | None = None
    """Whitespace before the block in plain text (see :attr:`Paragraph.spacing`)."""


Block = (
    Paragraph
    | Standfirst
    | Heading
    | ItemList
    | Quote
    | Image
    | Caption
    | PullQuote
    | Attribution
    | Disclaimer
    | Bio
    | Fragment
)
"""Any block of an article."""


@frozen(kw_only=True)
class Article:
    """A news article: what it is about, and its blocks in reading order."""

    blocks: tuple[Block, ...] = ()
    """The content, in reading order."""
    title: str | None = None
    """The headline."""
    kicker: str | None = None
    """The section label above or before the headline: ``INSIGHT``."""
    authors: tuple[str, ...] = ()
    """The bylined authors."""
    tags: tuple[str, ...] = ()
    """Topic tags."""
    source: str | None = None
    """The organisation that wrote the piece, when it is republished from one."""
    publication: str | None = None
    """The publication that hosts the piece."""
    published: dt.date | dt.datetime | None = None
    """When the piece was published."""
    url: str | None = None
    """Where the piece lives."""
    ending: str = "\n"
    """Whitespace after the last block in plain text (all of it if there are
    no blocks)."""


def plain_text(block: Block) -> str:
    """What *block* reads as in plain text, without the white space around it."""
    match block:
        case Paragraph() | Standfirst() | Heading() | Quote() | Attribution() | Disclaimer() | Bio() | Fragment():
            return block.text
        case Image():
            return block.alt
        case Caption():
            if block.credit is None:
                return block.text
            return f"{block.text}{block.credit_prefix}{block.credit}{block.credit_suffix}"
        case PullQuote():
            quote = f"{block.opening}{block.text}{block.closing}"
            return quote if block.attribution is None else f"{quote}{block.attribution_prefix}{block.attribution}"
        case ItemList():
            marks = (f"{n}. " if block.ordered else "- " for n in range(1, len(block.items) + 1))
            return "\n".join(mark + item for mark, item in zip(marks, block.items, strict=True))
        case _:
            assert_never(block)


def shown_fields(kind: type[Block]) -> tuple[str, ...]:
    """The fields a reader sees of a block of type *kind*; the rest are layout and facts read from them."""
    return _SHOWN.get(kind, ("text",))


_SHOWN: dict[type, tuple[str, ...]] = {
    Image: ("alt", "src"),
    Caption: ("text", "credit"),
    PullQuote: ("text", "attribution"),
    Heading: ("text", "level"),
    ItemList: ("items", "ordered"),
}


def notes_start(blocks: tuple[Block, ...]) -> int | None:
    """Where the closing notes (attribution, disclaimer, bio) begin, after the last of the body."""
    notes = (Attribution, Disclaimer, Bio)
    last_body = max((i for i, b in enumerate(blocks) if not isinstance(b, (*notes, Fragment))), default=-1)
    return next((i for i in range(last_body + 1, len(blocks)) if isinstance(blocks[i], notes)), None)
