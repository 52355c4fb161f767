"""The page's lxml tree: built once, read and cut in place by every step of the reader.

Plain lxml elements, not :mod:`lxml.html`'s: each of those asks a Python class
lookup for its type whenever it is touched, which costs more than the walk itself.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator

import lxml.etree

from ..errors import LimitError
from ..limits import Limits

__all__ = [
    "BLOCK_TAGS",
    "Element",
    "Node",
    "children",
    "fold",
    "holders",
    "page_tree",
    "remove",
    "shown_text",
    "strings",
    "text_of",
]

BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "aside", "figure", "blockquote", "ul", "ol", "dl", "table",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "pre", "hr", "center", "address", "figcaption",
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
    data = text.encode("utf-8").translate(_FORM_FEED_AS_SPACE, _CONTROLS)
    if not data.strip():
        return None
    parser = lxml.etree.HTMLParser(huge_tree=True, encoding="utf-8")  # huge: 2048 levels deep, not 256
    try:
        root = lxml.etree.fromstring(data, parser)
    except (lxml.etree.LxmlError, ValueError):  # nothing lxml can call a document
        return None
    if root is None:
        return None
    too_deep = any(error.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log)
    if too_deep or root.xpath("*/" * (limits.max_depth - 1) + "*"):  # an element below max_depth levels
        raise LimitError(f"the page nests elements deeper than max_depth={limits.max_depth}", "max_depth")
    return root


_CONTROLS = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20)])
_FORM_FEED_AS_SPACE = bytes.maketrans(b"\x0c", b" ")
# An XML declaration before the page, which Beautiful Soup warns of.
XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")


def text_of(element: Element) -> str:
    """All the text under *element*, as it stands in the page (not its tail)."""
    return lxml.etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def children(element: Element) -> Iterator[Node]:
    """What stands inside *element*, in order: its text, then each child element and the text after it."""
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str):
            yield child
        if child.tail:  # after a comment too: its text is the page's
            yield child.tail


def holders(elements: Iterable[Element], names: Collection[str]) -> set[Element]:
    """The elements in and under *elements* that hold an element named in *names*, found in one pass."""
    found: set[Element] = set()
    for element in elements:
        for named in element.iterdescendants(*names):
            for ancestor in named.iterancestors():
                if ancestor in found:
                    break
                found.add(ancestor)
    return found


def remove(element: Element) -> None:
    """Take *element* out of its tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def shown_text(node: Node, *, lines: bool = False, pre: bool = False) -> str:
    """The words of an element, white space folded, ``<br>`` kept as a line break.

    With *lines*, each block element inside starts a line too; *pre* keeps the line breaks of the page's text.
    """
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
            text = element.tail if element is not node else None
        elif event == "start":
            if element.tag == "br" or (lines and element.tag in BLOCK_TAGS and element is not node):
                yield "\n"
            text = element.text
        else:  # a comment's words are not the page's, but the text after it is
            text = element.tail
        if text:
            yield text if pre else _HTML_SPACE.sub(" ", text)


def fold(text: str) -> str:
    """*text* with white space folded to single spaces in each line, and no empty lines."""
    lines = [_SPACE.sub(" ", line).strip(" ") for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


_SPACE = re.compile(r"[^\S\n\u00a0]+")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
