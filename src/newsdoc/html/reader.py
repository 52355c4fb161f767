"""Web pages: :func:`~newsdoc.parse_html` finds the article in a page and types its blocks.

A page is read in four steps, all on one lxml tree of the page
(:mod:`~newsdoc.html.tree`), changed in place as they go.

1. **Metadata** from the head (:mod:`~newsdoc.html.metadata`): JSON-LD
   (``NewsArticle`` and its kin, ``@graph`` included), OpenGraph, Twitter cards,
   ``meta`` names, ``<time datetime>``.
2. **Cleaning** (:mod:`~newsdoc.html.zones`): page furniture is taken out —
   scripts, navigation, site header and footer, asides, share bars, ads, promos,
   related stories, cookie banners, comments — by tag and by the class and id
   vocabulary of :class:`~newsdoc.Cues`, except what markup names as a part of
   the article. Each removal is recorded with its rule (see
   :func:`~newsdoc.html.parse_page`).
3. **The zones** (:mod:`~newsdoc.html.zones`): the body is the element whose
   paragraphs hold the most prose, by text and link density, with a bonus for
   content vocabulary; the article is what holds the headline and the body; its
   lead and tail are what stands in it before and after the body.
4. **Blocks** (:mod:`~newsdoc.html.blocks`): the zones are walked in reading
   order. Markup decides what it can (figures, captions and credits, pull quotes,
   standfirsts, notes, headings, lists); prose is judged by the same rules as in
   :func:`~newsdoc.parse_text`. From the lead and the tail only typed parts are kept.

A page that :func:`~newsdoc.to_html` wrote skips all four: its article is read
back exactly.
"""

from __future__ import annotations

import html
import re
import urllib.parse

import attrs
from attrs import frozen
from bs4 import BeautifulSoup

from .. import classify, decide
from ..cues import DEFAULT_CUES, Cues
from ..decoding import decode_page, unpack
from ..errors import NewsdocError
from ..limits import DEFAULT_LIMITS, Limits, check_size, check_text
from ..marks import MARKED_BLOCKS
from ..model import Article, Block, Fragment, Heading, Image, ItemList, Mark, Paragraph, Quote, plain_text
from ..text import parse_text
from . import zones
from .blocks import Reader
from .metadata import metadata
from .parts import Dropped
from .tree import BLOCK_TAGS, Element, holders, page_tree, remove, shown_text, text_of
from .writer import read_newsdoc

__all__ = ["Page", "parse_html", "parse_page"]


@frozen
class Page:
    """What :func:`~newsdoc.html.parse_page` found: the article, and what it left out."""

    article: Article
    """The article, as :func:`~newsdoc.parse_html` returns it."""
    dropped: tuple[Dropped, ...]
    """The parts of the page left out, each with the rule that dropped it;
    first what cleaning took out, then prose found outside the body, then
    furniture inside the body. Empty for a page that :func:`~newsdoc.to_html`
    wrote."""


def parse_html(
    html: str | bytes | BeautifulSoup,
    *,
    url: str | None = None,
    cues: Cues = DEFAULT_CUES,
    limits: Limits = DEFAULT_LIMITS,
    encoding: str | None = None,
) -> Article:
    """Find the article in a web page and read it into typed blocks.

    The page's head gives the metadata (title, authors, date, ...); navigation,
    ads, share bars and other furniture are left out; the body's captions,
    credits, pull quotes and notes come back typed, as from
    :func:`~newsdoc.parse_text`. A page that :func:`~newsdoc.to_html` wrote
    comes back as the article it was written from. To see what was left out,
    use :func:`~newsdoc.html.parse_page`.

    Args:
        html: The page: text, bytes in any encoding, or a soup you already hold
            (it is not changed, but written out as text and read again, which
            about doubles the time a page takes). Bytes compressed with gzip, bzip2 or xz are
            unpacked first; their charset is the first of: a byte-order mark,
            *encoding*, the page's own declaration in its first 4 KB, UTF-8 if
            they are valid UTF-8, what charset-normalizer detects (first among
            the charsets of the country *url*'s domain names), windows-1252.
        url: Where the page came from; when given, it is the article's
            :attr:`~newsdoc.Article.url`, else the page's canonical address is.
        cues: The cue words and the class vocabularies.
        limits: How large and how deep a page to take; bytes are unpacked no
            further than ``limits.max_size``.
        encoding: The charset the HTTP header gave, if any; it wins over the
            page's own declaration. Text and soups are read as they are.

    Returns:
        The article; an empty one for a page with no elements.

    Raises:
        LimitError: The page is larger (once unpacked) or nests deeper than *limits* allow.
        ParseError: The page is text with a lone surrogate in it, compressed
            bytes that are broken, the bytes of a picture, a PDF or a ZIP file, or
            a page that :func:`~newsdoc.to_html` wrote whose newsdoc data is broken;
            or *encoding* names no charset.
        TypeError: *html* is neither text, bytes nor a soup.

    Examples:
        >>> import newsdoc
        >>> article = newsdoc.parse_html(
        ...     "<nav><a href='/'>Home</a></nav><article><h1>Talks in Moscow</h1>"
        ...     "<figure><img src='lavrov.jpg' alt='Sergei Lavrov'>"
        ...     "<figcaption>Sergei Lavrov in Moscow. <small>AP Photo</small></figcaption></figure>"
        ...     "<p>The talks went on late into the night, and no one would say why.</p></article>"
        ... )
        >>> article.title
        'Talks in Moscow'
        >>> [type(block).__name__ for block in article.blocks]
        ['Image', 'Caption', 'Paragraph']
        >>> article.blocks[1].credit, article.blocks[1].image
        ('AP Photo', 0)
    """
    return parse_page(html, url=url, cues=cues, limits=limits, encoding=encoding).article


def parse_page(
    html: str | bytes | BeautifulSoup,
    *,
    url: str | None = None,
    cues: Cues = DEFAULT_CUES,
    limits: Limits = DEFAULT_LIMITS,
    encoding: str | None = None,
) -> Page:
    """Find the article in a web page, and say what was left out of the page and why.

    This is :func:`~newsdoc.parse_html` with its working shown: ``newsdoc
    inspect page.html --dropped`` prints the same list. Read it when a
    paragraph goes missing, or when furniture gets in.

    Args:
        html: The page, as for :func:`~newsdoc.parse_html`.
        url: Where the page came from, as for :func:`~newsdoc.parse_html`.
        cues: The cue words and the class vocabularies.
        limits: How large and how deep a page to take.
        encoding: The charset the HTTP header gave, if any; it wins over the
            page's own declaration.

    Returns:
        The article and the parts of the page left out.

    Raises:
        LimitError: The page is larger or nests deeper than *limits* allow.
        ParseError: As for :func:`~newsdoc.parse_html`.
        TypeError: *html* is neither text, bytes nor a soup.

    Examples:
        >>> from newsdoc.html import parse_page
        >>> page = parse_page(
        ...     "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        ...     "<article><h1>Talks in Moscow</h1><p>The talks went on late into the night.</p></article>"
        ... )
        >>> page.article.blocks
        (Paragraph(text='The talks went on late into the night.', spacing=None),)
        >>> page.dropped
        (Dropped(rule='tag <nav>', element='nav', text='Home World'),)
    """
    text = _decode(html, limits, encoding, url)
    root = page_tree(text, limits)
    if root is None:
        return Page(decide.article_of((), title=None, cues=cues, url=url), ())
    if (own := root.find(".//article[@data-newsdoc]")) is not None:  # written by to_html: read back exactly
        inert: list[Dropped] = []
        zones.take_out_inert(own, inert)  # none that to_html writes: a script or a style put in shows no words
        return Page(read_newsdoc(own), tuple(inert))
    meta = metadata(root, url, cues)
    title, summary, told = meta.pop("title", None), meta.pop("summary", None), meta.pop("body", None)
    base = root.find(".//base[@href]")
    base_href = str(base.get("href", "")) if base is not None else ""
    authors = tuple(meta.get("authors") or ())
    reader = Reader(cues, title, [], summary=summary, authors=authors)
    took_furniture = _read(root, reader, authors, furniture=True)
    del root, base  # the blocks hold what the tree said: let it go before a second is built
    if (
        took_furniture
        and not any(isinstance(b, _BODY) for b in reader.blocks)
        and (tree := page_tree(text, limits)) is not None
    ):
        # Cleaning left no prose. Rather than an empty article, the page's densest prose as it stands.
        retry = Reader(cues, title, [], summary=summary, authors=authors)
        _read(tree, retry, authors, furniture=False)
        if any(isinstance(b, _BODY) for b in retry.blocks):
            retry.dropped.append(Dropped("furniture rules left no prose: page read without them", "page", ""))
            reader = retry
    if told and (blocks := _told_body(told, reader.blocks, cues, limits)):
        # The page shows little of what its JSON-LD says its body is: a page its scripts fill, or a teaser. What
        # it shows over its body stays: its dek, its byline, its lead picture and caption.
        head = next((i for i, b in enumerate(reader.blocks) if isinstance(b, _BODY)), len(reader.blocks))
        reader.dropped.append(Dropped("page shows little of its body: read from its JSON-LD articleBody", "page", ""))
        reader.dropped.extend(
            Dropped.of("shown in place of the JSON-LD body", type(b).__name__.lower(), plain_text(b))
            for b in reader.blocks[head:]
        )
        reader.blocks[head:] = blocks
        reader.marked[head:] = [True] * len(blocks)  # typed as scraped text is, and settled
    decide.notes_in_body(reader.blocks, reader.marked, cues)
    decide.settle(reader.blocks, reader.title, cues, marked=reader.marked)
    _resolve(reader.blocks, base_href, meta.get("url"))
    article = decide.article_of(tuple(reader.blocks), title=reader.title, cues=cues, **meta)
    return Page(article, tuple(reader.dropped))


_BODY = (Paragraph, Heading, ItemList, Quote)


def _told_body(told: str, shown: list[Block], cues: Cues, limits: Limits) -> list[Block] | None:
    """The blocks of the body a page's JSON-LD gives (``articleBody``), when the page shows under half of it.

    Its text is read as scraped text, a paragraph a line; HTML in it (some sites write the body's
    markup there) is read for its words, a paragraph for each block element.
    """
    try:
        if _HTML_IN_TEXT.search(told) and (root := page_tree(told, limits)) is not None:
            told = shown_text(root, lines=True)
        # A line a paragraph, as the JSON-LD writes them; its entities, as plugins write them, read.
        told = "\n\n".join(filter(None, (" ".join(line.split()) for line in html.unescape(told).splitlines())))
        words = len(told.split())
        if words < _TOLD_WORDS or sum(len(plain_text(b).split()) for b in shown if isinstance(b, _BODY)) * 2 >= words:
            return None
        return list(parse_text(told, cues=cues, limits=limits).blocks)
    except NewsdocError:
        return None  # a lone surrogate escaped in the JSON, markup nested too deep: the page's own blocks stand


_TOLD_WORDS = 25  # a JSON-LD body shorter than this is a description, not the article
_HTML_IN_TEXT = re.compile(r"<(?:p|br|div|h[1-6])\b", re.IGNORECASE)


def _resolve(blocks: list[Block], base: str, url: object) -> None:
    """Join the addresses of pictures and links with the page's (its ``<base href>``, else its address), in place."""
    page = url if isinstance(url, str) else ""
    base = urllib.parse.urljoin(page, base) if base else page
    if not base:
        return
    # A block or a mark is made again only where its address changes: most links on a page are whole already.
    for i, block in enumerate(blocks):
        if isinstance(block, Image) and block.src and not block.src.startswith("data:"):
            if (src := _joined(base, block.src)) != block.src:
                blocks[i] = attrs.evolve(block, src=src)
        elif isinstance(block, MARKED_BLOCKS) and any(mark.href for mark in block.marks):
            marks = tuple(_joined_mark(base, mark) for mark in block.marks)
            if any(new is not old for new, old in zip(marks, block.marks, strict=True)):
                blocks[i] = attrs.evolve(block, marks=marks)


def _joined(base: str, address: str) -> str:
    """*address* joined with *base*; as it is when urllib cannot read it (``http://[x``)."""
    try:
        return urllib.parse.urljoin(base, address)
    except ValueError:
        return address


def _joined_mark(base: str, mark: Mark) -> Mark:
    """*mark* with its address joined with *base*: itself when it has none, or when joining changes nothing."""
    if not mark.href or (href := _joined(base, mark.href)) == mark.href:
        return mark
    return Mark(start=mark.start, end=mark.end, kind=mark.kind, href=href)


def _read(root: Element, reader: Reader, authors: tuple[str, ...], *, furniture: bool) -> bool:
    """Find the article and its zones in the page's tree (changed in place), and walk them with *reader*.

    The *authors* the page's head names, with those its bylines name, tell their bio under the article.
    Without *furniture*, only what is never the article's words is taken out: scripts, styles, frames.

    Returns:
        Whether the *furniture* rules changed the page: if not, a reading without them is this one.
    """
    cues, dropped = reader.cues, reader.dropped
    body = root.find("body")
    body = root if body is None else body
    # The heading that shows the title; else the one the document's <title> names ("Headline | Site").
    # (the head's title first, when it gives one, then the document's, which may give it whole)
    named = [reader.title, *_document_titles(root)] if reader.title else _document_titles(root)
    headline = next((found for name in named if (found := zones.headline(body, name)) is not None), None)
    shown = None if headline is None else zones.heading_text(headline)
    if reader.title is None or (shown is not None and (_labelled(reader.title, shown) or _cut(reader.title, shown))):
        reader.title = shown  # (the heading's words, not "Explainer: " and them, nor their first part alone)
    reader.headline_tag = headline
    zones.take_out_inert(body, dropped)
    tagged = _take_marked_lines(body, headline, reader) if furniture else None
    inert = len(dropped)
    reader.quote_boxes = zones.clean(body, cues, dropped, headline) if furniture else set()
    took_furniture = len(dropped) > inert or bool(reader.quote_boxes)
    # The elements that hold a block element, found once: the tree changes no more but where a zone is read.
    holding = holders([body], BLOCK_TAGS)
    container = zones.container(body, cues, holding=holding, headline=headline)
    if reader.title is None:
        reader.title = zones.first_heading(container) or zones.first_heading(body)
        headline = reader.headline_tag = zones.headline(body, reader.title)
    elif headline is None and (headline := zones.heading_over(container)) is not None:
        # The head words the title otherwise; the heading's words are the story's, and would be lost
        reader.title, reader.headline_tag = zones.heading_text(headline), headline
    if reader.title is None and named:  # no heading: the document's <title>, its first part ("Headline | Site")
        reader.title = classify.TITLE_SEPARATOR.split(named[0], 1)[0].strip() or named[0]
    container = zones.feed(container, headline)
    article = zones.article_root(container, headline)
    lead, tail = zones.zones(article, container, headline)
    if article.tag not in {"body", "html"} and (figure := zones.lead_figure(article, body)) is not None:
        lead.insert(0, figure)  # the lead picture, set over the article outside it
    cleaned = len(dropped)  # what is left outside is noted after what cleaning took out
    for zone, elements in (("lead", lead), ("body", [container]), ("tail", tail)):
        if elements:
            reader.read(elements, zone, holding=holding)
    reader.dek_over_byline()
    if tagged is not None:
        reader.fragment(tagged)
    bylines = (b.text for b in reader.blocks if isinstance(b, Fragment) and b.role == "byline")
    authors += tuple(name for line in bylines for name in classify.byline_authors(line, cues) or ())
    notes = list(zones.notes_after(body, article, cues, authors, holding))
    outside: list[Dropped] = []
    zones.record_outside(body, [*lead, container, *tail, *notes], outside, holding)
    dropped[cleaned:cleaned] = outside
    if notes:
        reader.read(notes, "after", holding=holding)
    # Elements of the page, let go: they would hold its tree.
    reader.headers, reader.quote_boxes, reader.headline_tag = (), set(), None
    return took_furniture


def _take_marked_lines(body: Element, headline: Element | None, reader: Reader) -> Fragment | None:
    """Take the page's breadcrumb trail and the box of the article's tags out of *body*: no furniture to clean out.

    The trail over the headline (the page's first ``h1`` when no title names one) is the article's place in the site,
    its first block; the tags' box under it is returned, a fragment to add after the article.
    """
    top = headline if headline is not None else zones.headline(body, None)
    if top is None:
        return None
    if (trail := zones.trail(body, top, reader.cues)) is not None:
        reader.top_fragment(Fragment(text=zones.trail_words(trail), role="breadcrumb"))
        remove(trail)
    if (tags := zones.tags_box(body, top, reader.cues)) is None:
        return None
    remove(tags)
    return Fragment(text=zones.tags_words(tags), role="tags")


def _labelled(title: str, heading: str) -> bool:
    """Whether *title* is the *heading*'s words after a label and a colon: "Explainer: ", "Guest column: ".

    The head's title names the kind of piece before the headline, which the page's heading leaves out.
    """
    label, colon, rest = title.partition(": ")
    return bool(colon) and rest == heading and 0 < len(label.split()) <= _LABEL_WORDS


_LABEL_WORDS = 3


def _cut(title: str, heading: str) -> bool:
    """Whether *title* is the first words of the *heading* alone: "Harvest runs early" of "Harvest runs early in X".

    The head's title (its ``og:title``, its JSON-LD ``headline``) is often the headline cut short for a
    search page or a share card; the page's heading shows it whole.
    """
    return len(heading) > len(title) and heading.startswith(title) and not heading[len(title)].isalnum()


def _document_titles(root: Element) -> list[str]:
    """What the page's ``<title>`` may name its headline: its words, then its first part ("Headline | Site").

    Not its other parts: the site's name among them names the site's own heading. Last, what
    follows the site's name and a colon, as blog platforms write the title ("Harbour Notes:
    Headline").
    """
    title = root.find("head/title")
    words = " ".join(text_of(title).split()) if title is not None else ""
    first = classify.TITLE_SEPARATOR.split(words, 1)[0].strip()
    after = words.partition(": ")[2].strip()
    return [name for name in dict.fromkeys([words, first, after]) if name]


def _decode(html: str | bytes | BeautifulSoup, limits: Limits, encoding: str | None, url: str | None) -> str:
    if isinstance(html, BeautifulSoup):
        html = str(html)  # read as text: the caller's soup stays as it was
    if isinstance(html, str):
        check_text(html, limits)
        return html
    if isinstance(html, bytes):
        check_size(len(html), limits, "bytes")
        return decode_page(unpack(html, limits), encoding=encoding, url=url)
    raise TypeError(f"parse_html() takes str, bytes or BeautifulSoup, not {type(html).__name__}")
