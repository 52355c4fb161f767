"""The page's lxml tree: built once, read and cut in place by every step of the reader.

Plain lxml elements, not :mod:`lxml.html`'s: each of those asks a Python class
lookup for its type whenever it is touched, which costs more than the walk itself.
"""

from __future__ import annotations

import array
import functools
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Sequence

import lxml.etree

from ..errors import LimitError
from ..limits import Limits
from ..marks import MARK_TAGS, MarkedText
from ..model import Mark, MarkKind

__all__ = [
    "BLOCK_TAGS",
    "TAG_WORDS",
    "Element",
    "Node",
    "Removals",
    "category_links",
    "children",
    "fold",
    "holders",
    "ink",
    "ink_at_most",
    "link_share",
    "linked_heading",
    "marked_text",
    "page_tree",
    "remove",
    "short_text",
    "shown_text",
    "strings",
    "tag_links",
    "text_of",
    "walk_marked",
    "words_of",
]

BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "aside", "figure", "blockquote", "ul", "ol", "dl", "dt", "dd", "table",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "pre", "hr", "center", "address", "figcaption",
    "details", "summary",
    "tr", "td", "th", "tbody", "thead", "tfoot",
}  # fmt: skip
"""The elements that part blocks of text, as a browser lays them out."""

Element = lxml.etree._Element
Node = Element | str
"""An element, or a run of text between elements (an element's text or a tail)."""


def page_tree(text: str, limits: Limits) -> Element | None:
    """The page's element tree, or ``None`` for a page with no elements at all.

    Raises:
        LimitError: An element stands deeper than ``limits.max_depth``.
    """
    # As UTF-8 bytes, which lxml parses faster than a str; a charset the page declares is not
    # heeded, as the text is decoded already. Without the control characters other than white
    # space, which no page shows and lxml refuses in a tree's text; a form feed is a space.
    data = text.encode("utf-8")
    if _holds_any(data, _CONTROL_BYTES):
        data = data.translate(_FORM_FEED_AS_SPACE, _CONTROLS)
    if not data or data.isspace():  # (told at the first other byte, where strip() would copy the page)
        return None
    data = _MENDS.sub(_mended, data)
    # huge: 2048 levels deep, not 256; no table of the ids, which nothing here looks up; and no
    # comments or processing instructions, which no page shows (the text around one runs on)
    parser = lxml.etree.HTMLParser(
        huge_tree=True, encoding="utf-8", collect_ids=False, remove_comments=True, remove_pis=True
    )
    try:
        root = lxml.etree.fromstring(data, parser)
    except (lxml.etree.LxmlError, ValueError):  # nothing lxml can call a document
        return None
    if root is None:
        return None
    too_deep = any(error.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log)
    # An element below max_depth levels; looked for only under lxml's own limit, which it reports above.
    if too_deep or (limits.max_depth < _LXML_DEPTH and _below(limits.max_depth)(root)):
        raise LimitError(f"the page nests elements deeper than max_depth={limits.max_depth}", "max_depth")
    holding = []  # the void elements lxml put something in
    for element in root.iter(*_AMP_PICTURES, "image", "template", *_HTML5_VOIDS):
        if element.tag in _AMP_PICTURES:  # an AMP page's picture, with an img's src, alt, width and height
            element.tag = "img"
            continue
        if element.tag == "template":
            # A declarative shadow root, as a component rendered on the server writes it: what a browser
            # shows in its host (a template otherwise holds what a script may show, and is dropped)
            if element.get("shadowrootmode") or element.get("shadowroot"):
                element.tag = "div"
            continue
        if element.tag == "image":  # an img, as HTML5 reads it; but in a drawing, the drawing's
            if next(element.iterancestors("svg"), None) is not None:
                continue
            element.tag = "img"
        if element.text is not None or len(element):
            holding.append(element)
    for void in reversed(holding):  # what one holds inside another is let out before the outer one's
        _let_out(void)
    return root


# What lxml's parser of HTML 4 reads otherwise than a browser does. It stops reading at "</html>",
# and sets what follows "</body>" outside the body, where a browser reads on in the body (after a
# template that closes the page before the article, say): the end tags are taken out, and lxml
# closes the body and the page at the end. And it opens a <wbr>, putting what follows in it: a
# long line broken by thousands nests as deep. (Other void elements of HTML5 are mended in the tree.)
_MENDS = re.compile(rb"(?i)</(?:body|html)\s*>|<wbr\s*/?>")


def _mended(match: re.Match[bytes]) -> bytes:
    return b"" if match[0][1:2] == b"/" else b"<wbr/>"


_HTML5_VOIDS = ("embed", "source", "track", "wbr", "keygen")
"""Elements that HTML5 makes void, and lxml's HTML parser (of HTML 4) opens: what follows one in
its parent is put inside it. Under an ``<embed>``, dropped as inert, that is the rest of the article."""


def _let_out(void: Element) -> None:
    """Put what lxml put inside the empty element *void* after it, where HTML5 parses it."""
    text, tail = void.text, void.tail
    children = list(void)
    void.text = None
    if not children:
        void.tail = (text or "") + (tail or "")
        return
    void.tail = text
    children[-1].tail = (children[-1].tail or "") + (tail or "")
    for child in reversed(children):
        void.addnext(child)


def _holds_any(data: bytes, marks: tuple[bytes, ...]) -> bool:
    """Whether *data* holds one of the bytes *marks*.

    Each is looked for with memchr, which costs a fraction of a pass that takes them out (and
    few pages hold any); a piece of *data* at a time, so that the looks at a long page read
    each piece from the cache, not each the whole page from memory.
    """
    return any(data.find(mark, at, at + _PIECE) >= 0 for at in range(0, len(data), _PIECE) for mark in marks)


_PIECE = 1 << 17  # bytes: a piece that stays in a core's cache


_AMP_PICTURES = ("amp-img", "amp-anim")
_LXML_DEPTH = 2048  # levels: lxml reads no deeper (huge_tree), and logs a resource limit for what it leaves


@functools.lru_cache(maxsize=4)
def _below(depth: int) -> lxml.etree.XPath:
    """The elements *depth* levels below the root, compiled once: a path of thousands of steps."""
    return lxml.etree.XPath("*/" * (depth - 1) + "*")


_CONTROLS = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20)])
_FORM_FEED_AS_SPACE = bytes.maketrans(b"\x0c", b" ")
_CONTROL_BYTES = tuple(bytes([byte]) for byte in _CONTROLS + b"\x0c")  # what either changes
# The XML declarations before the page (one, as a rule), which Beautiful Soup warns of.
XML_DECLARATION = re.compile(r"\A(?:\s*<\?xml[^>]*>)+")


def picture_source(img: Element) -> str | None:
    """A picture's address, the first of these there is.

    A lazy-loading attribute's; ``src`` unless it is an inline placeholder; the largest
    candidate of its ``srcset``, else of the sources of the ``<picture>`` it stands in; the
    placeholder.
    """
    for name in _LAZY:
        if (value := str(img.get(name) or "").strip()) and not value.startswith("data:"):
            return value
    src = str(img.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return src
    sets = [img]
    if (parent := img.getparent()) is not None and parent.tag == "picture":
        sets += parent.iterchildren("source")  # "<picture><source srcset=a.webp><img src=data:...>"
    for holder in sets:
        srcset = str(holder.get("data-srcset") or holder.get("srcset") or "")
        candidates = [(float(m[2] or 1), m[1]) for m in _CANDIDATE.finditer(srcset) if m[1]]
        if candidates:
            return max(candidates)[1]
    return src or None


def placeholder(img: Element) -> bool:
    """Whether *img* shows no picture of its own: no address, or an inline one a lazy loader puts in its place."""
    return (source := picture_source(img)) is None or source.startswith("data:")


# Where lazy-loading scripts keep a picture's address until it scrolls into view.
_LAZY = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url")
_CANDIDATE = re.compile(r"\s*(\S+)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|\Z)")


def text_of(element: Element) -> str:
    """All the text under *element*, as it stands in the page (not its tail)."""
    if not len(element):  # only text in it, as in most elements: lxml gives that for a fraction of a serializer
        return element.text or ""
    return lxml.etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def short_text(element: Element, most: int) -> str | None:
    """What :func:`shown_text` gives of *element*, if it shows at most *most* characters (:func:`ink`); else ``None``.

    Its text is read no further than that: an element around a long text is told in the time of a short one.
    """
    length = 0
    for text in strings(element):
        length += ink(text)
        if length > most:
            return None
    return shown_text(element)


def linked_heading(heading: Element, within: Element) -> bool:
    """Whether *heading* is a link, as a card for another story leads with one.

    Its words are a link's, or it stands inside a link inside *within*: ``<a href="..."><h3>Headline</h3></a>``.
    """
    if link_share(heading.iterdescendants("a"), text_of(heading)) >= _LINKED:
        return True
    for ancestor in heading.iterancestors():
        if ancestor is within:
            return False
        if ancestor.tag == "a" and ancestor.get("href"):
            return True
    return False


_LINKED = 0.8  # of a heading's words in links


def ink(text: str) -> int:
    """How many characters of *text* are not the page's white space: a length the page's indentation leaves alone.

    A page indented line by line holds as many spaces as words between its elements; bs4
    keeps a line break of them. Lengths compared across a page count what a reader sees,
    and a no-break space (``&nbsp;``) is a space to a reader.
    """
    # Counted only where they stand: a character that is not there is told with memchr, not a count's pass.
    return len(text) - sum(map(text.count, filter(text.__contains__, " \t\n\r\f\u00a0")))


def ink_at_most(text: str, most: float) -> bool:
    """Whether ``ink(text) <= most``; told by the length of *text* alone when that is no more than *most*.

    :func:`ink` counts the characters of a text but its white space, no more than its length: a
    text no longer than a bound keeps to it, and the white space of a whole wrapper need not be counted.
    """
    return len(text) <= most or ink(text) <= most


def link_share(links: Iterable[Element], text: str) -> float:
    """How much of *text* the words of *links* are, counted in characters a reader sees (see :func:`ink`)."""
    return ink("".join(map(text_of, links))) / (ink(text) or 1)


def children(element: Element) -> Iterator[Node]:
    """What stands inside *element*, in order: its text, then each child element and the text after it."""
    if text := element.text:  # (read once: each read of it makes a string)
        yield text
    for child in element:
        if isinstance(child.tag, str):
            yield child
        if tail := child.tail:  # after a comment too: its text is the page's
            yield tail


def holders(elements: Iterable[Element], names: Collection[str]) -> set[Element]:
    """The elements in and under *elements* that hold an element named in *names*, found in one pass."""
    found: set[Element] = set()
    for element in elements:
        # Climbed from each parent once: block elements stand side by side in the same parent.
        for parent in {named.getparent() for named in element.iterdescendants(*names)}:
            holder = parent
            while holder is not None and holder not in found:
                found.add(holder)
                holder = holder.getparent()
    return found


def remove(element: Element) -> None:
    """Take *element* out of its tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if tail := element.tail:
        previous = element.getprevious()
        # A character reference may have put a control character in the page's text ("&#19;"), which
        # lxml reads but will not take back: written, it stands as the replacement character.
        if previous is not None:
            previous.tail = _storable((previous.tail or "") + tail)
        else:
            parent.text = _storable((parent.text or "") + tail)
    parent.remove(element)


class Removals:
    """Elements taken out of a tree as :func:`remove` takes each out, in time linear in the text around them.

    :func:`remove` joins an element's tail to the text before it: taking out thousands of siblings
    one by one copies that growing text again for each. Here, where the text before is long, the
    element is swapped for an empty comment that holds its tail, so the tree's text reads the same
    meanwhile, and :meth:`close` joins each parent's tails once (as leaving a ``with`` block does).
    """

    def __init__(self) -> None:
        """Nothing taken out yet."""
        self._stand_ins: set[Element] = set()
        self._parents: dict[Element, None] = {}  # in the order first met

    def __enter__(self) -> Removals:
        """The removals, to take elements out with."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Join the tails of what was taken out: see :meth:`close`."""
        self.close()

    def take(self, element: Element) -> None:
        """Take *element* out of its tree; its tail joins the text before it, or is left in its place till then."""
        parent = element.getparent()
        if parent is None:
            return
        previous = element.getprevious()
        before = parent.text if previous is None else previous.tail  # (a stand-in's, after one)
        if not (tail := element.tail) or len(before or "") + len(tail) <= _JOINED_AT_ONCE:
            remove(element)
            return
        stand_in = lxml.etree.Comment()
        stand_in.tail = _storable(tail)  # (lxml reads a control character by reference, and keeps it)
        parent.replace(element, stand_in)
        self._stand_ins.add(stand_in)
        self._parents[parent] = None

    def close(self) -> None:
        """Join the tails of the elements taken out to the text before them, and take out their stand-ins."""
        for parent in self._parents:
            kept: Element | None = None  # the child before the stand-ins at hand, whose tail they join
            tails: list[str] = []
            for child in list(parent):
                if child in self._stand_ins:
                    tails.append(child.tail or "")
                    parent.remove(child)
                    continue
                if tails:
                    _join_tails(parent, kept, tails)
                    tails = []
                kept = child
            if tails:
                _join_tails(parent, kept, tails)
        self._stand_ins.clear()
        self._parents.clear()


_JOINED_AT_ONCE = 256  # characters: a shorter text and tail are joined when the element is taken out


def _join_tails(parent: Element, kept: Element | None, tails: list[str]) -> None:
    """Put *tails* after the tail of *kept*, or after the text of *parent* when it is ``None``."""
    if kept is not None:
        kept.tail = _storable((kept.tail or "") + "".join(tails))
    else:
        parent.text = _storable((parent.text or "") + "".join(tails))


def _storable(text: str) -> str:
    """*text* with the characters lxml will not store (controls but tab and line breaks) as U+FFFD."""
    return text if text.isprintable() or not _UNSTORABLE.search(text) else _UNSTORABLE.sub("\ufffd", text)


_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def shown_text(node: Node, *, lines: bool = False, pre: bool = False) -> str:
    """The words of an element, white space folded, ``<br>`` kept as a line break.

    With *lines*, each block element inside is a line of its own too; *pre* keeps the line breaks of the page's text.
    """
    if not (lines or pre) and type(node) is Element and next(node.iter("br"), None) is None:
        # One line of words, as most elements hold: lxml gives their text at once, and it folds at once.
        return words_of(text_of(node))
    return fold("".join(strings(node, lines=lines, pre=pre)))


def strings(node: Node, *, lines: bool = False, pre: bool = False) -> Iterator[str]:
    """The strings under *node* in order, ``<br>`` as a line break (without recursion: pages nest deep).

    White space in the page's text is a space, as a browser shows it, except in *pre*-formatted text.
    """
    if isinstance(node, str):
        yield node if pre else _HTML_SPACE.sub(" ", node)
        return
    for event, element in lxml.etree.iterwalk(node, events=("start", "end", "comment", "pi")):
        if event == "end":
            if element is node:
                continue
            if lines and element.tag in BLOCK_TAGS:
                yield "\n"  # what follows a block, an inline run of words too, starts a line of its own
            text = element.tail
        elif event == "start":
            name = element.tag  # (each read of it makes a string)
            if name == "br" or (lines and name in BLOCK_TAGS and element is not node):
                yield "\n"
            text = element.text
        else:  # a comment's words are not the page's, but the text after it is
            text = element.tail
        if text:
            yield text if pre else _HTML_SPACE.sub(" ", text)


def marked_text(
    nodes: Sequence[Node], *, pre: bool = False, runs: bool = False, lines: bool = False
) -> list[tuple[str, tuple[Mark, ...]]]:
    """The words of *nodes* as :func:`shown_text` gives them, with the marks their markup makes.

    Links (``a`` with an ``href``), emphasis (``em``, ``i``), strong (``strong``, ``b``)
    and code (``code``). Without *runs*, one text (perhaps empty); with it, the
    paragraphs of a run of text parted by blank lines (two ``<br>`` in a row), as old
    pages write them, without the empty ones. With *lines*, each block element inside
    is a line of its own, as in :func:`shown_text`.
    """
    markup, br = _markup_in(nodes, lines)
    if not (markup or br or pre):  # one line of words, as most paragraphs are: lxml gives the text at once,
        # and all its white space folds at once, its line breaks too
        text = words_of("".join(node if isinstance(node, str) else text_of(node) for node in nodes))
        return [(text, ())] if text or not runs else []
    if not markup:
        raw = "".join(piece for node in nodes for piece in strings(node, lines=lines, pre=pre))
        return [(text, ()) for part in (_BLANK_LINE.split(raw) if runs else [raw]) if (text := fold(part)) or not runs]
    built = walk_marked(nodes, pre=pre, lines=lines)
    raw, spans = built.text, built.spans()
    del built  # its pieces of text, let go before the marks move onto the folded words
    # The paragraphs as they are found: a page may part thousands in one element
    parts = ((m.start(), m.end()) for m in _PARAGRAPH.finditer(raw)) if runs else iter([(0, len(raw))])
    found = []
    for start, end, marks in _overlapping(spans.starts, spans.ends, parts):
        part = raw[start:end]
        if not (text := fold(part)) and runs:
            continue
        # Where each mark's first and last words stand in the part, then in the folded part.
        firsts, lasts, kept = array.array("q"), array.array("q"), array.array("q")
        for i in marks:
            first = _first_word(part, max(spans.starts[i], start) - start)
            last = _last_word(part, min(spans.ends[i], end) - start)
            if first < last:
                firsts.append(first)
                lasts.append(last)
                kept.append(i)
        starts, ends = _folded_lengths(part, firsts), _folded_lengths(part, lasts)
        moved = [
            Mark(start=_folded_at(part, firsts[j], starts[j]), end=ends[j], kind=spans.kinds[i], href=spans.hrefs[i])
            for j, i in enumerate(kept)
        ]
        if any((moved[j].start, moved[j - 1].end) < (moved[j - 1].start, moved[j].end) for j in range(1, len(moved))):
            moved.sort(key=lambda mark: (mark.start, -mark.end))  # moved to its first word, a start met another
        found.append((text, tuple(moved)))
    return found


def _overlapping(
    starts: Sequence[int], ends: Sequence[int], parts: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int, array.array[int]]]:
    """Each part (start, end) of a text, in order, with the marks (sorted by start) that overlap it, in order.

    A mark is looked at for the parts it overlaps, and once more: a page of thousands of
    paragraphs parted by ``<br><br>``, each with a link, reads each link once, not once a paragraph.
    """
    active = array.array("q")  # the marks that started before the last part ended, and did not end before it
    added = 0
    for start, end in parts:
        active = array.array("q", (i for i in active if ends[i] > start))
        while added < len(starts) and starts[added] < end:
            if ends[added] > start:
                active.append(added)
            added += 1
        yield start, end, active


def walk_marked(nodes: Sequence[Node], *, pre: bool = False, exact: bool = False, lines: bool = False) -> MarkedText:
    """The words of *nodes* as a walk meets them, white space not yet folded, with the marks their markup makes.

    A page's words: white space as a browser shows it (unless *pre*), ``<br>`` as a line break,
    ``i`` and ``b`` as emphasis and strong, and markup that opens right after its kind closed goes
    on as the same mark. With *exact*, newsdoc's own HTML as :func:`~newsdoc.to_html` writes it:
    every character as it stands, the marks it writes (``a``, ``em``, ``strong``, ``code``) as they
    are written, and none made by an element of *nodes* itself, which is a block's. With *lines*,
    each block element inside a node is a line of its own.

    The walk closes each mark as it leaves its element: finding an element's last descendant
    when it opens would read a chain of elements nested n deep n times.
    """
    built = MarkedText(joins=not exact)  # a page's <b>Game D</b><b>ay</b> is one mark
    kinds, folds = (_WRITTEN_MARKUP, False) if exact else (_MARKUP, not pre)
    for node in nodes:
        if isinstance(node, str):
            built.add(_HTML_SPACE.sub(" ", node) if folds else node)
            continue
        for event, element in lxml.etree.iterwalk(node, events=("start", "end", "comment", "pi")):
            name = element.tag  # (each read of it makes a string)
            kind = kinds.get(name) if isinstance(name, str) and not (exact and element is node) else None
            if event == "start":
                if kind is not None:
                    built.open(kind, _address(element) if kind is MarkKind.LINK else None)
                if (name == "br" and not exact) or (lines and name in BLOCK_TAGS and element is not node):
                    built.add("\n")
                words = element.text
            else:
                if event == "end" and kind is not None:
                    built.close(kind)
                if lines and name in BLOCK_TAGS and element is not node:
                    built.add("\n")  # what follows a block starts a line of its own
                words = element.tail if element is not node else None
            if words:
                built.add(_HTML_SPACE.sub(" ", words) if folds else words)
    return built


def _address(element: Element) -> str | None:
    """The address a link goes to, one string for each address however often the page links it.

    lxml makes a string at each read: a page that links one address thousands of times (a tag,
    a section) would hold as many copies, a mark each.
    """
    href = element.get("href")
    return None if href is None else sys.intern(href)


def _markup_in(nodes: Sequence[Node], lines: bool = False) -> tuple[bool, bool]:
    """Whether *nodes* hold markup that makes a mark; if not, whether they hold a ``<br>`` (or, with *lines*, a block).

    Looked for in Python: lxml's ``iter()`` costs more to set up for a few tags than a
    paragraph's few elements take to look at.
    """
    br = False
    for node in nodes:
        if not isinstance(node, str):
            for element in node.iter():
                if (name := element.tag) in _MARKUP:
                    return True, br
                br = br or name == "br" or (lines and name in BLOCK_TAGS and element is not node)
    return False, br


def _first_word(text: str, at: int) -> int:
    """Where the first character at or after *at* that folding keeps stands (``len(text)`` if none)."""
    match = _WORD.search(text, at)
    return match.start() if match else len(text)


def _last_word(text: str, at: int) -> int:
    """Where the last character before *at* that folding keeps ends (0 if none).

    Looked for back from *at*, a few characters at a time: a paragraph has many marks, and
    the white space before each is short.
    """
    while at > 0:
        before = text[max(0, at - _LOOK_BACK) : at]
        if kept := before.rstrip():
            return at - len(before) + len(kept)
        at -= len(before)
    return 0


_LOOK_BACK = 64  # characters


def _folded_lengths(text: str, cuts: Sequence[int]) -> array.array[int]:
    """``len(fold(text[:cut]))`` for each of *cuts*, in their order, *text* folded once, a stretch at a time.

    Each line's words are parted by one space, and the lines by one line break: the stretch up
    to a cut adds its own folded length, and one for the space or line break before it, unless
    nothing came before, it folds to nothing, or it goes on with the word the cut stands in.
    Cuts out of order (the ends of nested marks) are taken in order, each told where it was asked.
    """
    order: Iterable[int] = range(len(cuts))
    if any(cuts[i] < cuts[i - 1] for i in range(1, len(cuts))):
        order = sorted(order, key=cuts.__getitem__)
    lengths = array.array("q", bytes(8 * len(cuts)))
    length, since = 0, 0
    for i in order:
        cut = cuts[i]
        if added := len(fold(text[since:cut])):
            runs_on = _WORD.match(text, since - 1) and _WORD.match(text, since)  # a word across the cut before
            length += added + (1 if length and not runs_on else 0)
        lengths[i] = length
        since = cut
    return lengths


def _folded_at(text: str, at: int, before: int) -> int:
    """Where the character of *text* at *at*, one folding keeps, stands in ``fold(text)``.

    *before* is ``len(fold(text[:at]))``: a space or a line break stands between it and the
    character, unless the character goes on with a word before it.
    """
    return before + (1 if before and not _WORD.match(text, at - 1) else 0)


def fold(text: str) -> str:
    """*text* with white space folded to single spaces in each line, and no empty lines."""
    if "\n" not in text:  # one line, as most texts are
        return words_of(text)
    return "\n".join(filter(None, (words_of(line) for line in text.split("\n"))))


def words_of(text: str, piece: int = 1 << 16) -> str:
    """The words of *text* parted by single spaces: ``" ".join(text.split())``, *piece* characters at a time.

    Split whole, a paragraph of megabytes would make an object of each of its millions of words at
    once, which no cache holds: in pieces cut at white space, a megabyte of it takes the time a
    megabyte of a short one does.
    """
    if len(text) <= piece:
        return " ".join(text.split())
    folded, at = [], 0
    while at < len(text):
        cut = _SPACE.search(text, at + piece)  # white space as str.split() knows it: no word is cut
        end = len(text) if cut is None else cut.start()
        if words := " ".join(text[at:end].split()):
            folded.append(words)
        at = end
    return " ".join(folded)


_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_SPACE = re.compile(r"\s")  # what str.isspace() says is white space
_BLANK_LINE = re.compile(r"\n *\n")
_PARAGRAPH = re.compile(r"(?:(?!\n *\n)[\s\S])+")  # what stands between blank lines
_WORD = re.compile(r"\S")  # a character that folding keeps
# The markup newsdoc's HTML writes for marks; a page's has more.
_WRITTEN_MARKUP = {tag: kind for kind, tag in MARK_TAGS.items()}
_MARKUP = {**_WRITTEN_MARKUP, "i": MarkKind.EMPHASIS, "b": MarkKind.STRONG}


TAG_WORDS = 6
"""Words at most of a story's tag: a name or a phrase, "Climate change", "Harbour Board elections"."""


def tag_links(element: Element) -> list[Element]:
    """The links under *element* that the rel-tag microformat marks as tags: ``<a rel="tag">``, not a category's.

    WordPress writes ``rel="category tag"`` for the section a post is filed under: no tag of it.
    """
    return [
        link
        for link in element.iterfind(".//a[@rel]")
        if "tag" in (rel := str(link.get("rel")).lower().split()) and "category" not in rel
    ]


def category_links(element: Element, most: int) -> bool:
    """Whether *element* holds a link or more, *most* at most, each to a category of the site, as ``rel`` names it.

    ``<a href="/science/" rel="category tag">Science</a>``: a blog's template links the story's category so.
    """
    links = element.findall(".//a")
    return 0 < len(links) <= most and all("category" in (a.get("rel") or "").split() for a in links)
