"""Web pages in and out.

:func:`~newsdoc.parse_html` reads a page (:mod:`~newsdoc.html.reader`) on one lxml tree
(:mod:`~newsdoc.html.tree`, which also reads the words and marks of its elements): what its
head says about the article (:mod:`~newsdoc.html.metadata`), where the article and its zones
are (:mod:`~newsdoc.html.zones`), and its typed blocks (:mod:`~newsdoc.html.blocks`), the last
two asking :mod:`~newsdoc.html.parts` what an element's markup says.
:func:`~newsdoc.to_html` writes an article as clean HTML (:mod:`~newsdoc.html.writer`),
which :func:`~newsdoc.parse_html` reads back exactly.
"""

from .parts import Dropped
from .reader import Page, parse_html, parse_page
from .writer import read_newsdoc, to_html

__all__ = ["Dropped", "Page", "parse_html", "parse_page", "read_newsdoc", "to_html"]
