"""The page's lxml tree: built once, read and cut in place by every step of the reader.

Plain lxml elements, not :mod:`lxml.html`'s: each of those asks a Python class
lookup for its type whenever it is touched, which costs more than the walk itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree

from ..errors import LimitError
from ..limits import Limits

__all__ = ["Element", "Node", "children", "page_tree", "remove", "text_of"]

Element = lxml.etree._Element
Node = Element | str
"""An element, or a run of text between elements (an element's text or a tail)."""


def page_tree(text: str, limits: Limits) -> Element | None:
    """The page's element tree, or ``None`` for a page with no elements at all.

    Raises:
        LimitError: An element stands deeper than ``limits.max_depth``.
    """
    # lxml refuses a str that declares its own encoding; the text is decoded already. Nor does it
    # take control characters other than white space, which no page shows: a form feed is a space.
    text = _CONTROLS.sub("", XML_DECLARATION.sub("", text).replace("\x0c", " "))
    if not text.strip():
        return None
    parser = lxml.etree.HTMLParser(huge_tree=True)  # huge: 2048 levels deep, not 256
    try:
        root = lxml.etree.fromstring(text, parser)
    except (lxml.etree.LxmlError, ValueError):  # nothing lxml can call a document
        return None
    if root is None:
        return None
    too_deep = any(error.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log)
    if too_deep or root.xpath("*/" * (limits.max_depth - 1) + "*"):  # an element below max_depth levels
        raise LimitError(f"the page nests elements deeper than max_depth={limits.max_depth}", "max_depth")
    return root


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]+")
# An XML declaration before the page: lxml refuses it in decoded text, and Beautiful Soup warns of it.
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
