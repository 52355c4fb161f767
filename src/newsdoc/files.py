"""Article files: :func:`~newsdoc.load` reads one in any format newsdoc reads, told by its name or content."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from .cues import DEFAULT_CUES, Cues
from .errors import ParseError
from .html import parse_html
from .jsonformat import from_json
from .limits import DEFAULT_LIMITS, Limits, check_size
from .markdown import from_markdown
from .model import Article
from .text import parse_text

__all__ = ["FORMATS", "READERS", "decode", "guess_format", "load", "read_bytes"]

READERS: dict[str, Callable[..., Article]] = {"text": parse_text, "markdown": from_markdown, "json": from_json}
"""The readers of the formats that are UTF-8 text, by format name."""

FORMATS = (*READERS, "html")
"""The formats :func:`~newsdoc.load` reads, by the names ``newsdoc --from`` takes."""

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}


def load(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    cues: Cues = DEFAULT_CUES,
    limits: Limits = DEFAULT_LIMITS,
) -> Article:
    """Read the article in the file at *path*: scraped text, Markdown, newsdoc JSON or a web page.

    The file is read as bytes, so a text's line endings stay as they are and a
    page's own declaration decides its encoding; the other formats are UTF-8.

    Args:
        path: The file.
        format: One of :data:`~newsdoc.files.FORMATS`; by default told by the file's suffix,
            else by its first bytes (see :func:`~newsdoc.files.guess_format`).
        cues: The cue words for scraped text and web pages.
        limits: How large a file to take: a larger one is not read at all.

    Returns:
        The article, as :func:`~newsdoc.parse_text`, :func:`~newsdoc.from_markdown`,
        :func:`~newsdoc.from_json` or :func:`~newsdoc.parse_html` reads it.

    Raises:
        NewsdocError: The file is not an article in that format, or is larger than
            ``limits.max_size`` (:class:`~newsdoc.LimitError`).
        OSError: The file cannot be read.
    """
    data = read_bytes(path, limits)
    kind = format or guess_format(os.fspath(path), data)
    if kind not in FORMATS:
        raise ValueError(f"unknown format {kind!r}; expected one of {', '.join(FORMATS)}")
    if kind == "html":
        return parse_html(data, cues=cues, limits=limits)
    if kind == "text":
        return parse_text(decode(data), cues=cues, limits=limits)
    return READERS[kind](decode(data), limits=limits)


def read_bytes(path: str | os.PathLike[str], limits: Limits) -> bytes:
    """The bytes of the file at *path* (``-`` for standard input), reading no more than the limit allows.

    A device such as ``/dev/zero`` never ends: reading stops one byte past ``limits.max_size``.
    """
    with open(sys.stdin.fileno(), "rb", closefd=False) if os.fspath(path) == "-" else open(path, "rb") as file:
        data = file.read(limits.max_size + 1)
    check_size(len(data), limits, "bytes" if len(data) <= limits.max_size else "bytes or more")
    return data


def guess_format(name: str, data: bytes) -> str:
    """Tell an article file's format from its *name*, else from its first bytes of *data*."""
    if kind := SUFFIXES.get(Path(name).suffix.lower()):
        return kind
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{"):
        return "json"
    if start.startswith(b"<!-- newsdoc"):
        return "markdown"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<!--", b"<head", b"<body", b"<article")):
        return "html"
    return "text"


def decode(data: bytes) -> str:
    """The UTF-8 text of *data*, line endings and all.

    Raises:
        ParseError: *data* is not UTF-8, naming the first bad byte.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ParseError(f"not UTF-8 text (byte {error.start})") from None
