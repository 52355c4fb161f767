"""Scraped plain text: :func:`parse_text` reads it, :func:`to_text` writes it back.

The text is cut into chunks at blank lines. Each chunk becomes one block (or
an image glued to the paragraph after it) by what its own words say; then
passes over the whole article settle what needs context: which line is the
title, which prose is the standfirst, which paragraph a pull quote repeats,
which bios stand outside the body.

Nothing is lost: whatever the parser reads into fields it keeps the layout of
(brackets around a credit, quote marks, the whitespace between blocks), and
:func:`to_text` gives back the input byte for byte.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import assert_never

import attrs

from . import classify
from .cues import DEFAULT_CUES, Cues
from .model import (
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
    Paragraph,
    PullQuote,
    Quote,
    Slug,
    Standfirst,
)

__all__ = ["parse_text", "render_block", "to_text"]

# A run of white space that holds two or more line breaks parts two blocks. It starts only
# where a run of spaces starts, or a long run would be scanned again from each of its spaces.
_GAP = re.compile(r"((?<![^\S\r\n])[^\S\r\n]*+(?:(?:\r\n|\r|\n)[^\S\r\n]*+){2,})")
_PULL_QUOTE = re.compile(
    r"\A(?P<opening>[\u201c\"\u00ab\u2018])(?P<text>[^\n]+?)(?P<closing>[\u201d\"\u00bb\u2019])"
    r"(?:(?P<prefix>\s*[\u2013\u2014-]{1,2}\s*)(?P<attribution>[^\n\u201c\u201d\"]{2,80}?))?\Z"
)
_BREADCRUMB = re.compile(r"\A[^\n>\u203a\u00bb]{1,40}(?:\s[>\u203a\u00bb]\s[^\n>\u203a\u00bb]{1,60}){1,6}\Z")
_REACH = 30  # how many blocks from the paragraph it repeats a pull quote may stand
_KICKER = re.compile(r"\A(?P<kicker>[A-Z][A-Z&'\u2019-]+(?:\s[A-Z&'\u2019-]+){0,2}):\s")


def to_text(article: Article) -> str:
    """Write *article* as plain text.

    For an article read by :func:`parse_text` this is the text it was read from,
    byte for byte. Metadata (title, authors, ...) is written only where blocks
    carry it.
    """
    parts = [_spacing(block, i) + render_block(block) for i, block in enumerate(article.blocks)]
    return "".join(parts) + article.ending


def _spacing(block: Block, index: int) -> str:
    if block.spacing is not None:
        return block.spacing
    return "\n\n" if index else ""


def render_block(block: Block) -> str:
    """The plain text of one block, without the white space around it."""
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


def parse_text(text: str, *, cues: Cues = DEFAULT_CUES) -> Article:
    """Read the scraped text of an article into typed blocks.

    Args:
        text: The text, blocks parted by blank lines.
        cues: The cue words that tell credits, notes and bios apart.

    Returns:
        The article. ``to_text(parse_text(text)) == text`` always holds.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes a str, not {type(text).__name__}")
    body = text.rstrip()
    ending = text[len(body) :]
    lead = body[: len(body) - len(body.lstrip())]
    pieces = _GAP.split(body[len(lead) :])
    chunks = list(zip([lead, *pieces[1::2]], pieces[::2], strict=True)) if body else []
    title = _find_title([chunk for _, chunk in chunks])
    blocks: list[Block] = []
    top = True  # only fragments so far: kicker, breadcrumb, headline
    for gap, chunk in chunks:
        spacing = None if gap == ("\n\n" if blocks else "") else gap
        made = list(_read_chunk(chunk, title, blocks, top, cues))
        if "".join(map(render_block, made)) != chunk:
            made = [Paragraph(text=chunk)]  # a judgement that would lose bytes is no judgement
        made[0] = attrs.evolve(made[0], spacing=spacing)
        blocks.extend(made)
        top = top and all(isinstance(b, Fragment | Heading) for b in made)
    blocks = _settle(blocks, title)
    return _article(tuple(blocks), title, ending, cues)


def _find_title(chunks: list[str]) -> str | None:
    """The headline: what image slugs name and a line repeats, or a first line."""
    named = [found[1] for chunk in chunks if (found := classify.read_slug(chunk)) and found[1]]
    counts, lines = Counter(named), set(chunks)
    for name in named:
        if counts[name] > 1 or name in lines:
            return name
    first = list(counts)[:20]  # a title glued to the text after it, as in "TitleBody text"
    for chunk in chunks:
        if len(chunk) > 15 and any(name.startswith(chunk) for name in first):
            return chunk
    head = next((c for c in chunks if not (_BREADCRUMB.match(c) or (c.isupper() and len(c) < 30))), None)
    if head and len(chunks) > 2 and _is_headline(head):
        return head
    return None


def _is_headline(chunk: str) -> bool:
    """One line, one sentence, not ending as prose does."""
    words = chunk.split()
    return (
        "\n" not in chunk
        and 2 <= len(words) <= 16
        and chunk[-1] not in ".,;:)!"
        and chunk[0].isupper()
        and not re.search(r"[.!?]\s", chunk)
    )


def _read_chunk(chunk: str, title: str | None, before: list[Block], top: bool, cues: Cues) -> Iterator[Block]:
    """The block (or image and paragraph) that one chunk is, by its own words."""
    if title is not None and chunk == title:
        yield Heading(text=chunk, level=1) if top else Fragment(text=chunk, role="title")
        return
    if found := _image(chunk, title):
        slug, end = found
        yield Image(alt=chunk[:end], slug=slug)
        if chunk[end:]:
            yield Paragraph(text=chunk[end:], spacing="")  # the alt text runs into the paragraph
        return
    yield _read_prose(chunk, before, top, cues)


def _image(chunk: str, title: str | None) -> tuple[Slug, int] | None:
    """The slug of an image line and where its alt text ends (at the title, if it names it)."""
    if found := classify.read_slug(chunk):
        slug, rest = found
        start = len(chunk) - len(rest)
        return slug, start + (len(title) if title and rest.startswith(title) else len(rest))
    if title and (words := classify.slug_before(chunk, title)):
        return words, chunk.index(title) + len(title)
    return None


def _read_prose(chunk: str, before: list[Block], top: bool, cues: Cues) -> Block:
    previous = before[-1] if before else None
    if (credit := classify.find_credit(chunk, cues)) and (credit.strong or isinstance(previous, Image)):
        return Caption(
            text=credit.text,
            credit=credit.credit,
            image=len(before) - 1 if isinstance(previous, Image) else None,
            credit_prefix=credit.prefix,
            credit_suffix=credit.suffix,
        )
    if (match := _PULL_QUOTE.match(chunk)) and len(chunk.split()) <= 80:
        quote = PullQuote(
            text=match["text"], attribution=match["attribution"], opening=match["opening"], closing=match["closing"]
        )
        return attrs.evolve(quote, attribution_prefix=match["prefix"]) if match["attribution"] else quote
    if len(chunk.split()) <= 120 and (note := classify.read_note(chunk, cues)):
        return note
    if top and chunk.isupper() and len(chunk.split()) <= 3:
        return Fragment(text=chunk, role="kicker")
    for role, test in _ROLES:
        if test(chunk, cues):
            return Fragment(text=chunk, role=role)
    return Paragraph(text=chunk)


_ROLES = (
    ("byline", classify.byline_authors),
    ("tags", classify.tags_of),
    ("date", classify.published_date),
    ("breadcrumb", lambda chunk, cues: _BREADCRUMB.match(chunk)),
)


def _settle(blocks: list[Block], title: str | None) -> list[Block]:
    """Decide what needs the whole article: standfirsts, bios, pull quotes."""
    if title is not None:
        _standfirsts(blocks, title)
    body = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph)]
    for i, block in enumerate(blocks):
        if isinstance(block, Bio) and body and body[0] < i < body[-1]:
            blocks[i] = Paragraph(text=block.text, spacing=block.spacing)  # "X is a ..." amid the body
    _pull_quotes(blocks)
    return blocks


def _standfirsts(blocks: list[Block], title: str) -> None:
    """Prose above the title, or between the headline and the byline or lead picture."""
    first = next((i for i, b in enumerate(blocks) if title in render_block(b)), 0)
    if not isinstance(blocks[first], Heading):
        for i, block in enumerate(blocks[:first]):
            if isinstance(block, Paragraph):
                blocks[i] = Standfirst(text=block.text, spacing=block.spacing)
        return
    match blocks[first + 1 : first + 3]:
        case [Paragraph() as dek, Image() | Caption() | Bio() | Fragment(role="byline" | "date")]:
            if len(dek.text.split()) <= 60:
                blocks[first + 1] = Standfirst(text=dek.text, spacing=dek.spacing)


def _pull_quotes(blocks: list[Block]) -> None:
    """Tie pull quotes to the paragraph they repeat; find those without quote marks."""
    texts = {i: classify.normalise(b.text) for i, b in enumerate(blocks) if isinstance(b, Paragraph)}
    for i, block in enumerate(blocks):
        if not isinstance(block, PullQuote | Paragraph):
            continue
        words = classify.normalise(block.text)
        source = None
        if 6 <= words.count(" ") + 1 <= 80:
            # A pull quote stands near what it repeats; looking no further keeps long texts linear.
            near = range(max(0, i - _REACH), min(len(blocks), i + _REACH + 1))
            source = next(
                (j for j in near if j != i and j in texts and words in texts[j] and len(texts[j]) > len(words)), None
            )
        if isinstance(block, PullQuote):
            if source is None and block.attribution is None:  # a quoted paragraph, not a pull quote
                blocks[i] = Paragraph(text=render_block(block), spacing=block.spacing)
            else:
                blocks[i] = attrs.evolve(block, repeats=source)
        elif source is not None and words.count(" ") >= 7:  # shorter repeats are subheads and titles
            blocks[i] = PullQuote(text=block.text, opening="", closing="", repeats=source, spacing=block.spacing)


def _article(blocks: tuple[Block, ...], title: str | None, ending: str, cues: Cues) -> Article:
    """The article, with what its blocks say about it."""
    fragments = {b.role: b.text for b in reversed(blocks) if isinstance(b, Fragment) and b.role}
    kicker = fragments.get("kicker")
    if kicker is None and title and (match := _KICKER.match(title)):
        kicker = match["kicker"]
    source = next((b.source for b in blocks if isinstance(b, Attribution) and b.source), None)
    publication = next(
        (p for b in blocks if isinstance(b, Disclaimer) and (p := classify.publication_of(b.text, cues))), None
    )
    return Article(
        blocks=blocks,
        title=title,
        kicker=kicker,
        authors=classify.byline_authors(fragments["byline"], cues) or () if "byline" in fragments else (),
        tags=classify.tags_of(fragments["tags"], cues) or () if "tags" in fragments else (),
        source=source,
        publication=publication,
        published=classify.published_date(fragments["date"], cues) if "date" in fragments else None,
        ending=ending,
    )
