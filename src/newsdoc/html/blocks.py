"""Typed blocks from the markup of an article's body.

Markup decides what it can — figures, captions and their credits, pull quotes,
headings, lists — and prose is judged by the same rules as plain text
(``newsdoc.decide``). The walker reads a small soup: the body that
:mod:`newsdoc.html.zones` found, not the whole page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
from attrs import frozen
from bs4 import Comment, Tag
from bs4.element import NavigableString

from .. import classify, decide
from ..cues import Cues
from ..model import Block, Caption, Fragment, Heading, Image, ItemList, PullQuote, Quote, Slug, Standfirst

__all__ = ["BLOCK_TAGS", "Dropped", "Reader", "marks"]

BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "aside", "figure", "blockquote", "ul", "ol", "dl", "table",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "pre", "hr", "center", "address", "figcaption",
}  # fmt: skip
_HEADER_MARKS = {"kicker", "byline", "dateline", "date", "meta", "author", "posted", "category", "section"}
_DEEP = 100
_FURNITURE_TAGS = {"ul", "ol", "p", "h2", "h3", "h4", "h5", "h6"}
_SPACE = re.compile(r"[^\S\n\u00a0]+")


@frozen
class Dropped:
    """A part of the page left out as boilerplate, and the rule that left it out."""

    rule: str
    """Why it was left out, such as ``tag <nav>``, ``class "sidebar"``, ``link list`` or ``outside the body``."""
    element: str
    """The element, as ``tag.class#id`` with at most two classes; ``text`` when a
    stock line was caught as paragraph text rather than by its element."""
    text: str
    """Its first words, white space folded, cut at 60 characters."""


def describe(name: str, classes: object, ident: object) -> str:
    """An element as ``tag.class#id``, for a reader of :class:`Dropped`."""
    names = classes if isinstance(classes, list) else str(classes or "").split()
    return name + "".join(f".{c}" for c in names[:2]) + (f"#{ident}" if ident else "")


def clip(text: str, width: int = 60) -> str:
    """The first words of *text*."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def marks(classes: object, ident: object) -> set[str]:
    """The words of a class and an id: ``post-comments`` gives post and comments."""
    names = classes if isinstance(classes, list) else str(classes or "").split()
    return set(re.split(r"[\s_-]+", " ".join([*map(str, names), str(ident or "")]).lower())) - {""}


def _marks(tag: Tag) -> set[str]:
    return marks(tag.get("class"), tag.get("id"))


def is_pull_quote(words: set[str], cues: Cues) -> bool:
    """Whether class words mark a pull quote (``pullquote``, ``pull-quote``)."""
    return bool(words & set(cues.pull_quote_marks))


def _text(tag: Tag | NavigableString) -> str:
    """The words of an element, white space folded, ``<br>`` kept as a line break."""
    return _fold("".join(_strings(tag)))


def _strings(node: Tag | NavigableString) -> Iterator[str]:
    """The strings under *node* in order, ``<br>`` as a line break (without recursion: pages nest deep)."""
    for item in [node] if isinstance(node, NavigableString) or node.name == "br" else node.descendants:
        if isinstance(item, Tag):
            if item.name == "br":
                yield "\n"
        elif not isinstance(item, Comment):
            yield str(item)


def _fold(text: str) -> str:
    lines = [_SPACE.sub(" ", line).strip(" ") for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


class Reader:
    """Walks the body in reading order and makes blocks."""

    def __init__(self, cues: Cues, title: str | None, dropped: list[Dropped]) -> None:
        """Start a walk with no blocks yet.

        Args:
            cues: The cue words and class vocabularies.
            title: The headline as the page's head gives it, if it does; the
                first ``h1`` sets it otherwise.
            dropped: Where to record the furniture found inside the body; the
                list is appended to.
        """
        self.dropped = dropped
        self.furniture = frozenset(cues.boilerplate_lines)
        self.cues = cues
        self.title = title
        self.blocks: list[Block] = []
        self.top_end = 0  # how many blocks at the start are headings and fragments
        self.headline = False
        self.depth = 0  # of nested containers; past _DEEP one is read as a single paragraph

    def read(self, tag: Tag) -> None:
        """Read the blocks under *tag* and add them to ``blocks``.

        Call it once for the body and once for each note found after it; the
        title and blocks carry over between calls.
        """
        self.depth += 1
        try:
            self._children(tag)
        finally:
            self.depth -= 1

    def _children(self, tag: Tag) -> None:
        inline: list[Tag | NavigableString] = []
        for child in tag.children:
            if isinstance(child, Tag) and (child.name in BLOCK_TAGS or _has_blocks(child)):
                self._prose(inline)
                inline = []
                self._block(child)
            elif isinstance(child, Tag | NavigableString) and not isinstance(child, Comment):
                inline.append(child)
        self._prose(inline)

    def _block(self, tag: Tag) -> None:
        name, words = tag.name, _marks(tag)
        has_blocks = _has_blocks(tag)
        # The words of a leaf element, read once: for the furniture check and for the paragraph.
        text = _text(tag) if name in _FURNITURE_TAGS or not has_blocks else None
        if is_pull_quote(words, self.cues):
            self._pull_quote(tag)
        elif name == "figure" or (words & {"caption", "figure", "photo", "image"} and tag.find("img")):
            self._figure(tag)
        elif words & set(self.cues.caption_marks) or name == "figcaption":
            self._caption(tag, None)
        elif text is not None and self._furniture(tag, text):
            return
        elif name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._heading(tag)
        elif name in {"ul", "ol"}:
            items = tuple(t for li in tag.find_all("li", recursive=False) if (t := _text(li)))
            if items:
                self.blocks.append(ItemList(items=items, ordered=name == "ol"))
        elif name == "blockquote":
            quoted = "\n\n".join(t for p in (tag.find_all("p") or [tag]) if (t := _text(p)))
            if quoted:
                self.blocks.append(Quote(text=quoted))
        elif name in {"p", "pre", "address"} or self.depth > _DEEP or not has_blocks:
            self._paragraph(_text(tag) if text is None else text, tag)
        else:
            self.read(tag)

    def _prose(self, nodes: list[Tag | NavigableString]) -> None:
        for node in nodes:
            if isinstance(node, Tag):
                self._images(node)
        text = _fold("".join(s for node in nodes for s in _strings(node)))
        if text:
            self._paragraph(text, None)

    def _images(self, tag: Tag) -> None:
        """The pictures in a run of text, before it: scraped text shows their alt text first."""
        for img in [tag] if tag.name == "img" else tag.find_all("img"):
            self._image(img)

    def _stock_line(self, text: str) -> bool:
        """Whether *text* is a stock line of page furniture: "Advertisement", "Read more"."""
        return text.strip(" .:\u2026").lower() in self.furniture

    def _furniture(self, tag: Tag, text: str) -> bool:
        """Whether *tag* is page furniture inside the body: a list of links, a lone link, "Advertisement"."""
        if self.title and classify.normalise(text) == classify.normalise(self.title):
            return False  # the title again, often a link to the article itself
        if self._stock_line(text):
            rule = "furniture line"
        elif tag.find("a") is None:
            return False
        elif tag.name in {"ul", "ol"} and _link_share(tag) > 0.5:
            rule = "link list"
        elif tag.name not in {"ul", "ol"} and len(text) < 120 and _link_share(tag) > 0.8:
            rule = "lone link"
        else:
            return False
        self.dropped.append(Dropped(rule, describe(tag.name, tag.get("class"), tag.get("id")), clip(text)))
        return True

    def _paragraph(self, text: str, tag: Tag | None) -> None:
        if tag is not None:
            self._images(tag)
        if not text or (tag is not None and _marks(tag) & _HEADER_MARKS and tag.find_parent("header")):
            return  # kicker, byline and dateline above the article: metadata, read from the head
        if self._stock_line(text):
            self.dropped.append(Dropped("furniture line", "text", clip(text)))
            return
        # Only headings and fragments so far (kicker, breadcrumb): the top of the article.
        top = self.top_end >= len(self.blocks)
        block: Block
        if self.title and classify.normalise(text) == classify.normalise(self.title):
            block = Fragment(text=text, role="title")
        elif tag is not None and _marks(tag) & set(self.cues.standfirst_marks):
            block = Standfirst(text=text)
        else:
            block = decide.prose_block(text, self.blocks, top, self.cues)
        self.blocks.append(block)
        if top and isinstance(block, Fragment):
            self.top_end = len(self.blocks)

    def _heading(self, tag: Tag) -> None:
        text = _text(tag)
        if not text:
            return
        same = self.title is not None and classify.normalise(text) == classify.normalise(self.title)
        if tag.name == "h1" and not self.headline and (self.title is None or same):
            self.title, self.headline = self.title or text, True  # the headline: metadata, not a block
        elif same:
            self.blocks.append(Fragment(text=text, role="title"))  # the title again, as in scraped text
        else:
            self.blocks.append(Heading(text=text, level=int(tag.name[1])))
            if self.top_end == len(self.blocks) - 1:
                self.top_end = len(self.blocks)

    def _image(self, img: Tag) -> None:
        src = str(img.get("data-src") or img.get("data-lazy-src") or img.get("src") or "") or None
        alt = _fold(str(img.get("alt") or ""))
        self.blocks.append(Image(alt=alt, src=src, slug=_slug(src, alt)))

    def _figure(self, tag: Tag) -> None:
        caption = tag.find("figcaption") or self._marked(tag, self.cues.caption_marks) or tag.find(itemprop="caption")
        img = tag.find("img")
        image = None
        if isinstance(img, Tag):
            self._image(img)
            image = len(self.blocks) - 1
        if isinstance(caption, Tag):
            self._caption(caption, image)

    def _caption(self, tag: Tag, image: int | None) -> None:
        if image is None and self.blocks and isinstance(self.blocks[-1], Image):
            image = len(self.blocks) - 1
        credit_tag = (
            self._marked(tag, self.cues.credit_marks) or tag.find("small") or tag.find(itemprop="copyrightHolder")
        )
        if isinstance(credit_tag, Tag):
            credit = _text(credit_tag).strip("()[] ")
            credit_tag.extract()
            text = _text(tag)
            if credit:
                self.blocks.append(Caption(text=text, credit=credit, image=image))
                return
        text = _text(tag)
        if not text:
            return
        found = classify.find_credit(text, self.cues)
        if found is None:
            self.blocks.append(Caption(text=text, image=image))
        else:
            self.blocks.append(
                Caption(
                    text=found.text,
                    credit=found.credit,
                    image=image,
                    credit_prefix=found.prefix,
                    credit_suffix=found.suffix,
                )
            )

    @staticmethod
    def _marked(tag: Tag, marks: tuple[str, ...]) -> Tag | None:
        """The first element inside *tag* whose class or id has one of *marks*."""
        wanted = set(marks)
        return next((t for t in tag.find_all(True) if _marks(t) & wanted), None)

    def _pull_quote(self, tag: Tag) -> None:
        cite = tag.find(["cite", "footer"]) or self._marked(tag, ("attribution",))
        attribution = None
        if isinstance(cite, Tag):
            attribution = _text(cite).lstrip("\u2013\u2014- ").strip() or None
            cite.extract()
        text = _text(tag)
        if attribution is not None:  # the dash that led to the attribution stays behind
            text = text.rstrip(" \u2013\u2014-")
        quote = PullQuote(text=text, attribution=attribution)
        opening, closing = text[:1], text[-1:]
        if opening in '\u201c"\u00ab\u2018' and closing in '\u201d"\u00bb\u2019' and len(text) > 2:
            quote = attrs.evolve(quote, text=text[1:-1].strip(), opening=opening, closing=closing)
        if quote.text:
            self.blocks.append(quote)


def _has_blocks(tag: Tag) -> bool:
    """Whether a block element stands inside *tag* (bs4's find() with a set of names is slow)."""
    return any(isinstance(node, Tag) and node.name in BLOCK_TAGS for node in tag.descendants)


def _link_share(tag: Tag) -> float:
    """How much of the text of *tag* is the text of links."""
    text = len(tag.get_text(strip=True)) or 1
    return sum(len(a.get_text(strip=True)) for a in tag.find_all("a")) / text


def _slug(src: str | None, alt: str) -> Slug | None:
    """What the picture's file name says, when it follows the WordPress pattern."""
    if not src:
        return None
    name = re.sub(r"(-\d+x\d+)?\.\w+$", "", src.rsplit("/", 1)[-1].split("?")[0])
    words = re.sub(r"[-_]+", " ", name).strip().lower()
    if found := classify.read_slug(words):
        return found[0]
    return Slug(words=words) if words and alt.lower().startswith(words) else None
