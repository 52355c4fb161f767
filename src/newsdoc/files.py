"""Article files: :func:`~newsdoc.load` reads one in any format newsdoc reads, told by its name or content.

Any of them may be compressed with gzip, bzip2 or xz (``article.json.gz``); it is unpacked first.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from .cues import DEFAULT_CUES, Cues
from .decoding import charset, peek, unpack
from .errors import ParseError
from .html import parse_html
from .jsonformat import from_json
from .limits import DEFAULT_LIMITS, Limits, check_size
from .markdown import from_markdown
from .model import Article
from .text import parse_text

__all__ = ["FORMATS", "READERS", "decode", "guess_format", "load", "read_bytes", "unpacked_name", "write_file"]

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

PACKED_SUFFIXES = (".gz", ".bz2", ".xz", ".lzma")
"""The suffixes of compressed files, which name the format of the file unpacked by the suffix before them."""


def load(  # noqa: PLR0913 - keyword-only, the options of the readers it calls
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    cues: Cues = DEFAULT_CUES,
    limits: Limits = DEFAULT_LIMITS,
    encoding: str | None = None,
    url: str | None = None,
) -> Article:
    """Read the article in the file at *path*: scraped text, Markdown, newsdoc JSON or a web page.

    The file is read as bytes, so a text's line endings stay as they are and a
    page's own declaration decides its encoding; the other formats are UTF-8 unless
    *encoding* says otherwise.
    A file compressed with gzip, bzip2 or xz is unpacked first.

    Args:
        path: The file.
        format: One of :data:`~newsdoc.files.FORMATS`; by default told by the file's suffix,
            else by its first bytes (see :func:`~newsdoc.files.guess_format`).
        cues: The cue words for scraped text, web pages and Markdown newsdoc did not write.
        limits: How large a file to take: a larger one is not read at all, nor
            unpacked further than ``limits.max_size``.
        encoding: For a web page, the charset the HTTP header gave, if any; it wins
            over the page's own declaration. For the other formats, the charset of the
            file, UTF-8 by default.
        url: For a web page, where it came from, as :func:`~newsdoc.parse_html` takes it: the
            article's address, what its relative links are read against, and the country
            whose charsets detection tries first. Only a page has one.

    Returns:
        The article, as :func:`~newsdoc.parse_text`, :func:`~newsdoc.from_markdown`,
        :func:`~newsdoc.from_json` or :func:`~newsdoc.parse_html` reads it.

    Raises:
        NewsdocError: The file is not an article in that format, is compressed data
            that is broken (:class:`~newsdoc.ParseError`), or is larger than
            ``limits.max_size``, packed or unpacked (:class:`~newsdoc.LimitError`).
        OSError: The file cannot be read.
        ValueError: *format* is none of the formats, or *url* is given for a file that is no page.
    """
    data = read_bytes(path, limits)
    kind = format or guess_format(os.fspath(path), data)
    if kind not in FORMATS:
        raise ValueError(f"unknown format {kind!r}; expected one of {', '.join(FORMATS)}")
    if kind == "html":  # parse_html unpacks it
        return parse_html(data, url=url, cues=cues, limits=limits, encoding=encoding)
    if url is not None:
        raise ValueError(f"url is a web page's address, and {os.fspath(path)!r} is {kind}, not a page")
    if kind in ("text", "markdown"):  # the cue words type scraped text, and Markdown newsdoc did not write
        return READERS[kind](decode(data, limits, encoding), cues=cues, limits=limits)
    return READERS[kind](decode(data, limits, encoding), limits=limits)


def read_bytes(path: str | os.PathLike[str], limits: Limits) -> bytes:
    """The bytes of the file at *path* (``-`` for standard input), reading no more than the limit allows.

    A device such as ``/dev/zero`` never ends: reading stops one byte past ``limits.max_size``.
    """
    try:
        with open(sys.stdin.fileno(), "rb", closefd=False) if os.fspath(path) == "-" else open(path, "rb") as file:
            data = file.read(limits.max_size + 1)
    except FileNotFoundError as error:
        if _URL.match(os.fspath(path)):  # a user who has a page's address, not the page
            raise FileNotFoundError(error.errno, _NO_FETCHING, os.fspath(path)) from None
        raise
    check_size(len(data), limits, "bytes" if len(data) <= limits.max_size else "bytes or more")
    return data


_URL = re.compile(r"(?i)https?://")
_NO_FETCHING = "No such file (newsdoc fetches nothing: save the page, then read the file)"


def unpacked_name(name: str | os.PathLike[str]) -> Path:
    """The name of a file once unpacked: ``page.html.gz`` is ``page.html``."""
    path = Path(name)
    while path.suffix.lower() in PACKED_SUFFIXES:
        path = path.with_suffix("")
    return path


def guess_format(name: str, data: bytes) -> str:
    """Tell an article file's format from its *name*, else from its first bytes of *data*.

    A compressed file's format is told by its name without the suffix of the
    compression (``article.json.gz`` is JSON), else by its first bytes unpacked.
    """
    if kind := SUFFIXES.get(unpacked_name(name).suffix.lower()):
        return kind
    start = peek(data).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{"):
        return "json"
    if start.startswith(b"<!-- newsdoc"):
        return "markdown"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<!--", b"<head", b"<body", b"<article")):
        return "html"
    return "text"


def decode(data: bytes, limits: Limits = DEFAULT_LIMITS, encoding: str | None = None) -> str:
    """The text of *data*, line endings and all (a byte-order mark too), unpacked first if compressed.

    Args:
        data: The bytes.
        limits: How far to unpack them.
        encoding: The charset they are in, read as browsers read its name (see
            :func:`~newsdoc.decoding.charset`); UTF-8 by default.

    Raises:
        LimitError: *data* unpacks to more than ``limits.max_size`` bytes.
        ParseError: *data* is not text in that charset, naming the first bad byte, or is broken
            compressed data; or *encoding* names no charset.
    """
    codec = "utf-8" if encoding is None else charset(encoding)
    data = unpack(data, limits)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        if encoding is None:
            raise ParseError(f"not UTF-8 text (byte {error.start}); give the text's encoding") from None
        raise ParseError(f"not {encoding} text (byte {error.start})") from None


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write *data* to *path* whole or not at all.

    A temporary file beside the target is renamed over it once complete: a full disk or
    a kill part way leaves the old file (or none), never a truncated one.
    """
    target = Path(path)
    temporary = None
    try:  # each failure names the target, which the user gave, not the temporary file
        with tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", delete=False) as file:
            temporary = file.name
            file.write(data)
        os.chmod(temporary, target.stat().st_mode if target.exists() else 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        if temporary is not None and os.path.lexists(temporary):
            os.unlink(temporary)
        raise OSError(error.errno, error.strerror, os.fspath(path)) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
