"""newsdoc: news-analysis articles as typed documents.

Read an article from scraped text or a web page, work with its typed blocks
(captions with their credits, pull quotes with their attributions,
republication notes, disclaimers, bios), and write it out as plain text,
Markdown, JSON or HTML; each of those reads back without losing anything::

    import newsdoc

    article = newsdoc.parse_text(text)
    newsdoc.to_markdown(article)

Everything listed here is imported from this package; the command line lives
in :mod:`newsdoc.cli`.
"""

from importlib.metadata import PackageNotFoundError, version

from .batch import Outcome, read_many
from .cues import DEFAULT_CUES, Cues
from .errors import FormatError, LimitError, NewsdocError, ParseError
from .files import load
from .html import parse_html, to_html
from .jsonformat import from_dict, from_json, to_dict, to_json
from .limits import DEFAULT_LIMITS, Limits
from .markdown import from_markdown, to_markdown
from .model import (
    Article,
    Attribution,
    AttributionKind,
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
)
from .text import parse_text, to_text

try:
    __version__ = version("newsdoc")
    """The version of the installed newsdoc distribution (``0.0.0`` when it is not installed)."""
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "DEFAULT_CUES",
    "DEFAULT_LIMITS",
    "Article",
    "Attribution",
    "AttributionKind",
    "Bio",
    "Block",
    "Caption",
    "Cues",
    "Disclaimer",
    "FormatError",
    "Fragment",
    "Heading",
    "Image",
    "ItemList",
    "LimitError",
    "Limits",
    "Mark",
    "MarkKind",
    "NewsdocError",
    "Outcome",
    "Paragraph",
    "ParseError",
    "PullQuote",
    "Quote",
    "Slug",
    "Standfirst",
    "Table",
    "__version__",
    "from_dict",
    "from_json",
    "from_markdown",
    "load",
    "parse_html",
    "parse_text",
    "read_many",
    "to_dict",
    "to_html",
    "to_json",
    "to_markdown",
    "to_text",
]
