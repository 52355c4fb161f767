"""Web archives: :func:`records` gives the HTML pages of a WARC or ARC file, :func:`read_warc` their articles.

A crawl is kept as WARC files (ARC before 2008): one record after another, each
compressed on its own (``crawl.warc.gz``), every HTTP request and response with
its headers. Only the responses that are web pages matter here; the rest is
passed over without being read.

The records are read with warcio, an optional dependency: ``pip install
"newsdoc[warc]"``. FastWARC was measured against it on the same file, 2,975
HTML responses of 190 KB each in a 108 MB ``.warc.gz``, every payload read
whole, best of three runs on a shared two-core machine:

==================================  ================  ================
payload                             warcio 1.8.1      FastWARC 2.0.1
==================================  ================  ================
as sent                             540 records/s     1,314 records/s
``Content-Encoding: gzip``          479 records/s     898 records/s
==================================  ================  ================

FastWARC reads two to three times faster, yet the choice is warcio:

* **The time goes to parsing.** :func:`~newsdoc.parse_html` reads some 25 of
  those pages a second on one core; at 500 records a second, reading the archive
  is 5% of the work, and FastWARC would save 3% of it.
* **ARC.** warcio reads ARC files, as the older crawls are kept, through the
  same iterator (their records come as WARC ``response`` records); FastWARC
  reads WARC only.
* **Maintenance.** warcio is pure Python, kept by Webrecorder since 2017 with a
  stable API, and installs wherever Python does, a Spark or Dask worker
  included. FastWARC 2.0 is a rewrite in Rust, released in November 2026, with
  an API changed from 1.x. (FastWARC ships type stubs; warcio has none, so its calls
  are kept to this module.)
* **Broken bodies.** Neither library undoes an HTTP body's encodings in a way
  this module can use. FastWARC's ``auto_decode`` ends the whole iteration with
  an ``OSError`` at the first body whose gzip is broken; warcio's
  ``content_stream()`` hands back a broken body still compressed, or cut short
  with at most a note on standard error. Here warcio only undoes chunked transfer
  encoding (lenient, as browsers are: a body sent whole under a chunked header
  is read as it is), and the content encoding (gzip, deflate, br) is undone by
  this module, within the limits, so that a broken body is an error of its own
  record and the archive goes on.
* **Cut files.** Both read a file cut short without a word: the last record is
  shorter than its header says, or is missing. This module checks each record's
  length and what follows the last one.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
import zlib
from collections.abc import Iterator
from typing import IO, Protocol

import attrs
from attrs import frozen

from .batch import Outcome, describe, run_each, time_limit
from .cues import DEFAULT_CUES, Cues
from .decoding import decode_page
from .errors import ParseError
from .files import guess_format
from .html import parse_html
from .limits import DEFAULT_LIMITS, Limits
from .model import Article

try:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import ChunkedDataReader
except ImportError as error:  # pragma: no cover - depends on what is installed
    raise ImportError(
        f'newsdoc.warc reads web archives with warcio, which is not installed: pip install "newsdoc[warc]" ({error})'
    ) from error

__all__ = ["HTML_TYPES", "Record", "read_warc", "records"]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
"""The media types of the responses :func:`records` gives."""


@frozen(kw_only=True)
class Record:
    """One web page from a web archive: an HTTP response whose body is HTML."""

    url: str
    """The address the page was fetched from (``WARC-Target-URI``)."""
    fetched: dt.datetime | None
    """When it was fetched (``WARC-Date``), in UTC; ``None`` when the record gives no date."""
    charset: str | None
    """The charset the HTTP ``Content-Type`` header names, as it names it, if it does."""
    body: bytes
    """The HTTP payload, chunked transfer and content encoding (gzip, deflate, br) undone.

    A payload over ``limits.max_size`` is cut one byte past the limit, so that reading it
    with :func:`~newsdoc.parse_html` and the same limits raises :class:`~newsdoc.LimitError`,
    as reading so large a file does. When :attr:`error` says the content encoding is
    broken, this is the payload as it was sent."""
    where: str
    """The archive file and the record's byte offset in it, ``crawl.warc.gz@12345``: a
    ``.warc.gz`` is compressed record by record, and ``warcio extract crawl.warc.gz 12345``
    prints the record."""
    error: str | None = None
    """Why the body is not the page (``ParseError: gzip content encoding is broken ...``), or
    ``None`` for a good record."""

    @property
    def name(self) -> str:
        """A name for what the page is converted to, the archive's name and the offset (``crawl/12345``)."""
        archive, _, offset = self.where.rpartition("@")
        return f"{os.path.basename(archive).split('.')[0]}/{offset}"

    def article(self, *, cues: Cues = DEFAULT_CUES, limits: Limits = DEFAULT_LIMITS) -> Article:
        """Read the page into an article, its address and fetch date the record's.

        Raises:
            NewsdocError: As :func:`~newsdoc.parse_html` does, or a :class:`~newsdoc.ParseError`
                saying why the body is not the page (see :attr:`error`).
        """
        if self.error is not None:
            raise ParseError(self.error.removeprefix("ParseError: "))
        # A charset no browser knows (``charset=none``) is ignored, as browsers ignore it,
        # rather than failing the page: the page's own declaration then decides.
        encoding = self.charset if self.charset is not None and _known(self.charset) else None
        article = parse_html(self.body, url=self.url, encoding=encoding, cues=cues, limits=limits)
        # parse_html makes url= the article's address, but reads a page that to_html wrote back as it was:
        # the record's address is where this copy was fetched from, so it is set here for every page.
        return attrs.evolve(article, url=self.url or article.url, fetched=self.fetched)


def records(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> Iterator[Record]:
    """The HTML pages in the web archive at *path*, a WARC or ARC file, compressed or not.

    Only HTTP ``response`` records whose ``Content-Type`` is HTML (see :data:`HTML_TYPES`)
    are given, and those without a type whose body starts like a web page. Requests,
    metadata, revisits, images and the rest are passed over unread. The file is read
    a record at a time, never whole.

    Args:
        path: The archive file.
        limits: The largest payload to read (``limits.max_size``); see :attr:`Record.body`.

    Yields:
        A record a page, in the order of the file.

    Raises:
        ParseError: The file is not a web archive, or is broken: cut short inside a
            record or at the end of the last one (its blank line, or its gzip member's
            end), or going on after its last whole record with bytes that are no record.
            The message starts with where, ``crawl.warc.gz@12345:``; the records before
            it have been given.
        OSError: The file cannot be read.
    """
    for item in _scan(os.fspath(path), limits):
        if isinstance(item, _Broken):
            raise ParseError(f"{item.where}: {item.message}")
        yield item


def read_warc(
    path: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    timeout: float | None = 60.0,
    cues: Cues = DEFAULT_CUES,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Outcome]:
    """Read the article of every web page in the web archive at *path*, in worker processes.

    Each page of :func:`records` is read with :func:`~newsdoc.parse_html`, given the
    charset of its HTTP header; the article's :attr:`~newsdoc.Article.url` is the
    record's address and its :attr:`~newsdoc.Article.fetched` the record's date. A page that cannot be read
    gives an outcome with its error, and the others go on; so does a broken archive,
    whose last outcome then says where it breaks.

    Args:
        path: The archive file, WARC or ARC, compressed or not.
        jobs: Worker processes, as for :func:`~newsdoc.read_many`; with 1, pages are read
            in this process. The archive itself is read here, in order.
        timeout: Seconds one page may take before it is given up (``None``: no limit).
        cues: The cue words and class vocabularies for the pages.
        limits: How large and deep a page to take.

    Yields:
        One outcome a page, in the order of the file, its :attr:`~newsdoc.Outcome.source`
        the record's :attr:`Record.where`; then, if the file cannot be read or is broken,
        one outcome with no article and the error.
    """
    name = os.fspath(path)
    failure: list[Outcome] = []

    def pages() -> Iterator[Record]:
        try:
            for item in _scan(name, limits):
                if isinstance(item, _Broken):
                    failure.append(Outcome(item.where, None, describe(ParseError(item.message))))
                    return
                yield item
        except OSError as error:
            failure.append(Outcome(name, None, describe(error)))

    yield from run_each(_PageReader(cues, limits, timeout), pages(), jobs=jobs)
    yield from failure


@frozen
class _PageReader:
    """One record to one outcome; a class rather than a closure, so that it pickles to a worker."""

    cues: Cues
    limits: Limits
    timeout: float | None

    def __call__(self, record: Record) -> Outcome:
        if record.error is not None:
            return Outcome(record.where, None, record.error)
        start = time.perf_counter()
        try:
            with time_limit(self.timeout):
                article = record.article(cues=self.cues, limits=self.limits)
        except Exception as error:  # one bad page, or a bug it finds, must not stop the archive
            return Outcome(record.where, None, describe(error), time.perf_counter() - start)
        return Outcome(record.where, article, None, time.perf_counter() - start)


def _known(charset: str) -> bool:
    try:
        decode_page(b"", encoding=charset)  # raises for a label it does not know, and only then
    except ParseError:
        return False
    return True


# --- reading the archive --------------------------------------------------------------------------


@frozen
class _Broken:
    """Where and how the archive file breaks: the last item :func:`_scan` gives."""

    where: str
    message: str


class _Entry(Protocol):
    """What this module uses of a warcio record."""

    rec_type: str
    rec_headers: _Headers
    http_headers: _Headers | None
    length: int | None
    raw_stream: IO[bytes]


class _Headers(Protocol):
    total_len: int

    def get_header(self, name: str) -> str | None: ...


_CHUNK = 2**20


def _scan(name: str, limits: Limits) -> Iterator[Record | _Broken]:
    """The records of the pages in the archive *name*, and last, if it is broken, where."""
    with open(name, "rb") as file:
        if (form := _format(file)) is None:
            # warcio would read any line of five words or more as an ARC header: a web page would pass.
            yield _Broken(
                f"{name}@0", "no WARC or ARC record here: the file starts with neither 'WARC/' nor 'filedesc:'"
            )
            return
        archive = ArchiveIterator(file, arc2warc=True)
        offset = end = 0  # where the last whole record starts and ends: where a break begins
        while True:
            try:
                entry: _Entry | None = next(archive, None)
                if entry is None:
                    break
                if entry.length is None:  # the header has no Content-Length: cut short, or no header
                    yield _Broken(f"{name}@{end}", "a record header without a length: the file is cut short here")
                    return
                kind = _kind(entry)
                body, short = _payload(entry, limits, keep=kind is not None)
                offset = archive.get_record_offset()
                end = offset + archive.get_record_length()
            except Exception as error:  # warcio raises what it meets (AttributeError on a cut header)
                yield _Broken(f"{name}@{end}", f"no WARC or ARC record here: {type(error).__name__}: {error}")
                return
            where = f"{name}@{offset}"
            if short:
                yield _Broken(where, f"the file ends inside this record, {short} bytes short of its length")
                return
            if kind is not None and (record := _record(entry, kind, body, where, limits)) is not None:
                yield record
        if _goes_on(file, end):
            yield _Broken(f"{name}@{end}", "the file goes on after its last whole record with bytes that are no record")
        elif end and not _ends_whole(file, offset, end, form):
            yield _Broken(f"{name}@{offset}", "the file is cut short at the end of this record, after its content")


def _format(file: IO[bytes]) -> str | None:
    """``WARC`` or ``ARC``, as *file* (unpacked if it is gzip) starts as a WARC record or an ARC file does.

    ``None`` when it starts as neither. The file is rewound.
    """
    head = file.read(4096)
    file.seek(0)
    if head.startswith(_GZIP):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 16)
        except zlib.error:
            return None
    return "WARC" if head.startswith(b"WARC/") else "ARC" if head.startswith(b"filedesc:") else None


def _ends_whole(file: IO[bytes], start: int, end: int, form: str) -> bool:
    """Whether the last record, from *start* to *end*, ends whole: its gzip member, and its blank line.

    warcio reads a record whose content is whole as whole, even when the file is cut after it.
    A WARC record ends with a blank line after its content; an ARC record does not.
    """
    file.seek(start)
    if file.read(2) != _GZIP:  # warcio's end is before the blank line
        file.seek(end)
        return form == "ARC" or file.read(4) == b"\r\n\r\n"
    file.seek(start)
    inflater, last = zlib.decompressobj(zlib.MAX_WBITS | 16), b""
    try:
        while not inflater.eof and (piece := inflater.unconsumed_tail or file.read(_CHUNK)):
            last = (last + inflater.decompress(piece, _CHUNK))[-4:]  # a bounded piece at a time
    except zlib.error:
        return False
    return inflater.eof and (form == "ARC" or last == b"\r\n\r\n")


_GZIP = b"\x1f\x8b"


def _kind(entry: _Entry) -> str | None:
    """The media type of an HTTP response whose body may be HTML (``""`` when it has none), else ``None``."""
    if entry.rec_type != "response" or entry.http_headers is None:
        return None
    media = (entry.http_headers.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
    return media if media in HTML_TYPES or not media else None


def _payload(entry: _Entry, limits: Limits, *, keep: bool) -> tuple[bytes, int]:
    """The HTTP payload, and how many bytes short of its length the record is (0 for a whole record).

    The payload is read only if *keep*: chunked transfer encoding undone, cut one byte past the limit.
    """
    raw = _Counted(entry.raw_stream)
    pieces = []
    if keep:
        assert entry.http_headers is not None
        stream: IO[bytes] | _Counted = raw
        if (entry.http_headers.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
            stream = ChunkedDataReader(raw)
        room = limits.max_size + 1
        while room and (piece := stream.read(min(_CHUNK, room))):
            pieces.append(piece)
            room -= len(piece)
    while raw.read(_CHUNK):  # the rest: a file cut short shows as a record shorter than it says
        pass
    assert entry.length is not None
    declared = entry.length - (entry.http_headers.total_len if entry.http_headers is not None else 0)
    return b"".join(pieces), max(0, declared - raw.count)


class _Counted:
    """A stream that counts the bytes read through it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.count += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self.stream.readline(size)
        self.count += len(data)
        return data


def _record(entry: _Entry, kind: str, body: bytes, where: str, limits: Limits) -> Record | None:
    """The record of a response, or ``None`` when it has no type and its body is no page."""
    headers = entry.http_headers
    assert headers is not None
    error = None
    if len(body) <= limits.max_size:  # a body over the limit is left for the reader to refuse
        try:
            body = _decoded(body, headers.get_header("Content-Encoding"), limits)
        except ParseError as broken:
            error = describe(broken)
    if not kind and (error is not None or guess_format("", body) != "html"):
        return None  # no type, and no body that shows it is a page
    return Record(
        url=entry.rec_headers.get_header("WARC-Target-URI") or "",
        fetched=_date(entry.rec_headers.get_header("WARC-Date")),
        charset=_charset(headers.get_header("Content-Type")),
        body=body,
        where=where,
        error=error,
    )


def _date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';,\s]+)""", re.IGNORECASE)


def _charset(content_type: str | None) -> str | None:
    match = _CHARSET.search(content_type or "")
    return match[1] if match else None


def _decoded(body: bytes, encoding: str | None, limits: Limits) -> bytes:
    """*body* with its content encodings undone, last applied first; cut one byte past the limit.

    Raises:
        ParseError: An encoding is broken, cut short or unknown.
    """
    codings = [c.strip().lower() for c in (encoding or "").split(",")]
    for coding in reversed([c for c in codings if c and c != "identity"]):
        if len(body) > limits.max_size:
            break
        if coding in {"gzip", "x-gzip"} and not body.startswith(b"\x1f\x8b") and guess_format("", body) == "html":
            # Some crawlers store the body unpacked yet keep the header: take the page as it is.
            continue
        body = _undo(coding, body, limits.max_size + 1)
    return body


def _undo(coding: str, body: bytes, most: int) -> bytes:
    """*body* decoded from one content *coding*, no more than *most* bytes of it."""
    try:
        if coding in {"gzip", "x-gzip"}:
            return _inflate(body, most, zlib.MAX_WBITS | 16)
        if coding == "deflate":
            # The header says zlib, but many servers send bare deflate data, which browsers take too.
            try:
                return _inflate(body, most, zlib.MAX_WBITS)
            except zlib.error:
                return _inflate(body, most, -zlib.MAX_WBITS)
        if coding == "br":
            return _unbrotli(body, most)
    except (zlib.error, _BrotliError) as error:
        raise ParseError(f"{coding} content encoding is broken: {error}") from None
    raise ParseError(f"unknown content encoding {coding!r}")


def _inflate(body: bytes, most: int, wbits: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    data = inflater.decompress(body, most)
    if len(data) < most and not inflater.eof:
        raise zlib.error("the data is cut short")
    return data


class _BrotliError(Exception):
    """Brotli data that is broken, cut short, or cannot be read without the brotli package."""


def _unbrotli(body: bytes, most: int) -> bytes:
    try:
        import brotli  # noqa: PLC0415 - needed only for the rare br body
    except ImportError:
        raise _BrotliError('reading it needs the brotli package: pip install "newsdoc[warc]"') from None
    decoder = brotli.Decompressor()
    try:
        data: bytes = decoder.process(body, output_buffer_limit=most)
    except brotli.error as error:
        raise _BrotliError(str(error)) from None
    if len(data) < most and not decoder.is_finished():
        raise _BrotliError("the data is cut short")
    return data


def _goes_on(file: IO[bytes], end: int) -> bool:
    """Whether *file* holds more than blank lines after *end*, where its last whole record ends."""
    file.seek(end)
    while piece := file.read(_CHUNK):
        if piece.strip():
            return True
    return False
