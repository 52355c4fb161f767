"""Web archives: the HTML pages of a WARC or ARC file, and their articles."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib
import io
import pickle
import random
import re
import sys
import zlib
from pathlib import Path

import attrs
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsdoc
from newsdoc.warc import Record, _PageReader, read_warc, records

DATE = "2026-03-14T09:26:53Z"
FETCHED = dt.datetime(2026, 3, 14, 9, 26, 53, tzinfo=dt.UTC)

LIBRARY = (
    b"<html><head><title>The Library Reopens</title></head><body><nav><a href='/'>Home</a></nav>"
    b"<article><h1>The Library Reopens</h1>"
    b"<p>After two years of repairs the town library opened its doors on Monday, and people queued at the door.</p>"
    b"<p>The reading room has new windows, and the children's corner has moved downstairs.</p></article></body></html>"
)
BRIDGE = (
    b"<!DOCTYPE html><html><head><title>A Bridge for Walkers</title></head><body><article><h1>A Bridge for Walkers</h1>"
    b"<p>The old rail bridge over the river will carry people on foot and on bicycles from the spring.</p>"
    + b"<p>Work on the deck goes on through the winter, weather allowing.</p>" * 40
    + b"</article></body></html>"
)
FERRY = (
    b'<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Ferry Times</title>'
    b"</head><body><article><h1>Ferry Times</h1><p>The winter timetable starts a week early this year.</p></article>"
    b"</body></html>"
)
# A short page in windows-1251 that says so only in the HTTP header: too short for detection to tell.
FIR = "<html><head><title>Ёлка</title></head><body><article><h1>Ёлка</h1><p>Ёлка.</p></article></body></html>"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def chunked(body: bytes, size: int = 700) -> bytes:
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"


class Archive:
    """A WARC file written record by record with warcio, as a crawler writes one."""

    def __init__(self, path: Path, *, packed: bool = True) -> None:
        self.path = path
        self.file = path.open("wb")
        self.writer = WARCWriter(self.file, gzip=packed)

    def response(self, url: str, body: bytes, headers: list[tuple[str, str]], date: str = DATE) -> None:
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        self.writer.write_record(
            self.writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=len(body),  # known: warcio then needs no temporary file, which it would leave open
                http_headers=http,
                warc_headers_dict={"WARC-Date": date},
            )
        )

    def request(self, url: str) -> None:
        ask = f"GET {url.split('example.org', 1)[1]} HTTP/1.1\r\nHost: example.org\r\n\r\n".encode()
        self.writer.write_record(
            self.writer.create_warc_record(url, "request", payload=io.BytesIO(ask), length=len(ask))
        )

    def revisit(self, url: str) -> None:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        self.writer.write_record(self.writer.create_revisit_record(url, "sha1:AAAA", url, DATE, http_headers=http))

    def close(self) -> Path:
        self.file.close()
        return self.path


def crawl(tmp_path: Path, seed_html: bytes, *, packed: bool = True) -> Path:
    """An archive of every kind of record a crawl holds; six of them are HTML pages."""
    archive = Archive(tmp_path / ("crawl.warc.gz" if packed else "crawl.warc"), packed=packed)
    archive.writer.write_record(archive.writer.create_warcinfo_record("crawl.warc.gz", {"software": "a test"}))
    archive.request("https://example.org/seed")
    archive.response("https://example.org/seed", seed_html, [("Content-Type", "text/html; charset=utf-8")])
    archive.response(
        "https://example.org/fir", FIR.encode("cp1251"), [("Content-Type", 'text/html; charset="windows-1251"')]
    )
    archive.response(
        "https://example.org/library",
        gzip.compress(LIBRARY),
        [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
        date="2026-03-14T09:27:01.250000Z",
    )
    archive.response(
        "https://example.org/bridge", chunked(BRIDGE), [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")]
    )
    archive.response("https://example.org/logo.png", PNG, [("Content-Type", "image/png")])
    archive.revisit("https://example.org/seed")
    archive.response("https://example.org/untyped", LIBRARY.replace(b"Library", b"Museum"), [])
    archive.response("https://example.org/untyped.pdf", b"%PDF-1.4\n" + bytes(40), [])
    broken = gzip.compress(LIBRARY)
    archive.response(
        "https://example.org/broken",
        broken[:30] + b"\xff" * 20 + broken[50:],
        [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
    )
    archive.response("https://example.org/ferry", FERRY, [("Content-Type", "application/xhtml+xml")])
    return archive.close()


PAGES = ["seed", "fir", "library", "bridge", "untyped", "broken", "ferry"]


@pytest.fixture(scope="module")
def seed_html() -> bytes:
    text = (Path(__file__).parent.parent / "seeds" / "000_770722033839be41.txt").read_bytes().decode("utf-8")
    return newsdoc.to_html(newsdoc.parse_text(text)).encode("utf-8")


@pytest.mark.parametrize("packed", [True, False])
def test_records_gives_the_html_responses_and_skips_the_rest(tmp_path: Path, seed_html: bytes, packed: bool) -> None:
    path = crawl(tmp_path, seed_html, packed=packed)
    found = list(records(path))
    assert [r.url for r in found] == [f"https://example.org/{name}" for name in PAGES]
    assert [r.charset for r in found] == ["utf-8", "windows-1251", None, None, None, None, None]
    assert [r.fetched for r in found] == [
        FETCHED,
        FETCHED,
        dt.datetime(2026, 3, 14, 9, 27, 1, 250000, tzinfo=dt.UTC),
        *[FETCHED] * 4,
    ]
    # Each record says where it starts: its gzip member, or its first byte, holds its own header.
    data = path.read_bytes()
    offsets = []
    for record in found:
        name, offset = record.where.rsplit("@", 1)
        assert name == str(path)
        offsets.append(int(offset))
        start = data[int(offset) :]
        head = zlib.decompressobj(31).decompress(start, 4096) if packed else start[:4096]
        assert head.startswith(b"WARC/1.")
        assert f"WARC-Target-URI: {record.url}\r\n".encode() in head
    assert offsets == sorted(offsets)


def test_bodies_come_with_transfer_and_content_encoding_undone(tmp_path: Path, seed_html: bytes) -> None:
    bodies = {r.url.rsplit("/", 1)[1]: r for r in records(crawl(tmp_path, seed_html))}
    assert bodies["seed"].body == seed_html
    assert bodies["fir"].body == FIR.encode("cp1251")
    assert bodies["library"].body == LIBRARY
    assert bodies["bridge"].body == BRIDGE
    assert bodies["ferry"].body == FERRY
    assert all(r.error is None for name, r in bodies.items() if name != "broken")
    broken = bodies["broken"]
    assert broken.error is not None
    assert broken.error.startswith("ParseError: gzip content encoding is broken: ")
    assert broken.body.startswith(b"\x1f\x8b")  # the payload as it was sent


def test_read_warc_reads_each_page_and_reports_the_broken_one(tmp_path: Path, seed_html: bytes) -> None:
    path = crawl(tmp_path, seed_html)
    outcomes = list(read_warc(path, jobs=1))
    assert [o.source for o in outcomes] == [r.where for r in records(path)]
    by_name = {o.article.url.rsplit("/", 1)[1] if o.article and o.article.url else "": o for o in outcomes}
    assert sorted(by_name) == sorted(set(PAGES) - {"broken"} | {""})
    seed = newsdoc.parse_html(seed_html)
    assert by_name["seed"].article == attrs.evolve(seed, url="https://example.org/seed", fetched=FETCHED)
    titles = {name: o.article.title for name, o in by_name.items() if o.article}
    assert titles == {
        "seed": "INSIGHT: Russias Search for Leverage in the Syrian Crisis",
        "fir": "Ёлка",
        "library": "The Library Reopens",
        "bridge": "A Bridge for Walkers",
        "untyped": "The Museum Reopens",
        "ferry": "Ferry Times",
    }
    assert by_name["library"].article is not None
    assert by_name["library"].article.fetched == dt.datetime(2026, 3, 14, 9, 27, 1, 250000, tzinfo=dt.UTC)
    [failed] = [o for o in outcomes if o.error]
    assert failed.article is None
    assert failed.error is not None
    assert failed.error.startswith("ParseError: gzip content encoding is broken")


def test_the_charset_of_the_http_header_decides(tmp_path: Path, seed_html: bytes) -> None:
    body = FIR.encode("cp1251")
    # Without the header the page is misread: the header is what gets it right.
    assert newsdoc.parse_html(body).title != "Ёлка"
    [fir] = [o for o in read_warc(crawl(tmp_path, seed_html), jobs=1) if o.article and o.article.title == "Ёлка"]
    assert fir.article is not None
    assert [block.text for block in fir.article.blocks] == ["Ёлка."]


def test_a_charset_no_browser_knows_is_ignored(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "odd.warc.gz")
    archive.response("https://example.org/odd", LIBRARY, [("Content-Type", "text/html; charset=none")])
    [outcome] = read_warc(archive.close(), jobs=1)
    assert outcome.article is not None
    assert outcome.article.title == "The Library Reopens"
    assert [r.charset for r in records(archive.path)] == ["none"]


def test_jobs_2_gives_what_jobs_1_gives(tmp_path: Path, seed_html: bytes) -> None:
    path = crawl(tmp_path, seed_html)
    one = [(o.source, o.article, o.error) for o in read_warc(path, jobs=1)]
    two = [(o.source, o.article, o.error) for o in read_warc(path, jobs=2)]
    assert one == two
    assert len(one) == len(PAGES)


def test_a_cut_file_ends_with_its_error(tmp_path: Path, seed_html: bytes) -> None:
    path = crawl(tmp_path, seed_html)
    # Last, a page long enough that its gzip member holds many blocks: a cut within it leaves a part.
    words = random.Random(7).choices(["harbour", "ferry", "timetable", "winter", "crossing", "weather"], k=30_000)
    long_page = LIBRARY.replace(b"<p>After", f"<p>{' '.join(words)}.</p><p>After".encode())
    with path.open("ab") as file:
        WARCWriter(file, gzip=True).write_record(
            WARCWriter(io.BytesIO()).create_warc_record(
                "https://example.org/long",
                "response",
                payload=io.BytesIO(long_page),
                length=len(long_page),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"),
            )
        )
    whole = path.read_bytes()
    last = [r.where for r in records(path)][-1]
    offset = int(last.rsplit("@", 1)[1])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: (offset + len(whole)) // 2])  # halfway through the last record's gzip member
    with pytest.raises(newsdoc.ParseError, match=rf"^{re.escape(str(cut))}@{offset}: the file ends inside this record"):
        list(records(cut))
    outcomes = list(read_warc(cut, jobs=1))
    assert len(outcomes) == len(PAGES) + 1  # the pages before it, then the break
    assert [o.article is not None for o in outcomes[:-1]] == [name != "broken" for name in PAGES]
    assert outcomes[-1].source == f"{cut}@{offset}"
    assert outcomes[-1].article is None
    assert outcomes[-1].error is not None
    assert re.match(r"ParseError: the file ends inside this record, \d+ bytes short of its length$", outcomes[-1].error)


@pytest.mark.parametrize(
    ("into", "error"),
    [
        (5, r"the file goes on after its last whole record with bytes that are no record"),
        (100, r"a record header without a length: the file is cut short here"),
        (-30, r"the file ends inside this record, \d+ bytes short of its length"),
    ],
)
def test_a_file_cut_in_its_last_record_ends_with_its_error(tmp_path: Path, into: int, error: str) -> None:
    archive = Archive(tmp_path / "two.warc.gz")
    archive.response("https://example.org/library", LIBRARY, [("Content-Type", "text/html")])
    archive.response("https://example.org/bridge", BRIDGE, [("Content-Type", "text/html")])
    whole = archive.close().read_bytes()
    [first, second] = [int(r.where.rsplit("@", 1)[1]) for r in records(archive.path)]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: second + into] if into > 0 else whole[:into])
    outcomes = list(read_warc(cut, jobs=1))
    assert [o.source for o in outcomes] == [f"{cut}@{first}", f"{cut}@{second}"]
    assert outcomes[0].article is not None
    assert outcomes[0].article.title == "The Library Reopens"
    assert outcomes[1].article is None
    assert outcomes[1].error is not None
    assert re.fullmatch(f"ParseError: {error}", outcomes[1].error)


@pytest.mark.parametrize(("packed", "most"), [(True, 8), (False, 4)])
def test_a_file_cut_after_the_content_of_its_last_record(tmp_path: Path, packed: bool, most: int) -> None:
    # warcio reads the last record whole when only its blank line, or its gzip member's trailer
    # (8 bytes: a checksum and the length), is cut.
    archive = Archive(tmp_path / "two.warc", packed=packed)
    archive.response("https://example.org/library", LIBRARY, [("Content-Type", "text/html")])
    archive.response("https://example.org/bridge", BRIDGE, [("Content-Type", "text/html")])
    whole = archive.close().read_bytes()
    second = [r.where for r in records(archive.path)][1]
    for cut_off in range(1, most + 1):
        cut = tmp_path / f"cut{cut_off}.warc"
        cut.write_bytes(whole[:-cut_off])
        with pytest.raises(newsdoc.ParseError, match="the file is cut short at the end of this record"):
            list(records(cut))
        *read, broken = read_warc(cut, jobs=1)  # both pages, and then the break
        assert [o.error for o in read] == [None, None]
        assert broken.source == second.replace(str(archive.path), str(cut))
        assert broken.error == "ParseError: the file is cut short at the end of this record, after its content"
    assert len(list(records(archive.path))) == 2


def test_a_file_that_is_no_archive(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(LIBRARY)
    [outcome] = read_warc(page, jobs=1)
    assert outcome.source == f"{page}@0"
    assert outcome.error is not None
    assert outcome.error.startswith("ParseError: no WARC or ARC record here: the file starts with neither")
    [missing] = read_warc(tmp_path / "missing.warc.gz", jobs=1)
    assert missing.source == str(tmp_path / "missing.warc.gz")
    assert missing.error is not None
    assert missing.error.startswith("FileNotFoundError: ")
    with pytest.raises(FileNotFoundError):
        list(records(tmp_path / "missing.warc.gz"))


@pytest.mark.parametrize("encoding", ["gzip", None])
def test_a_payload_over_the_limit_fails_when_read(tmp_path: Path, encoding: str | None) -> None:
    archive = Archive(tmp_path / "big.warc.gz")
    body = gzip.compress(BRIDGE) if encoding else BRIDGE
    headers = [("Content-Type", "text/html")] + ([("Content-Encoding", encoding)] if encoding else [])
    archive.response("https://example.org/bridge", body, headers)
    archive.response("https://example.org/library", LIBRARY, [("Content-Type", "text/html")])
    limits = newsdoc.Limits(max_size=1000)
    [big, small] = records(archive.close(), limits=limits)
    assert len(big.body) == 1001  # one byte past the limit, no more
    with pytest.raises(newsdoc.LimitError):
        newsdoc.parse_html(big.body, limits=limits)
    outcomes = list(read_warc(archive.path, jobs=1, limits=limits))
    assert outcomes[0].error == "LimitError: input is 1001 bytes, over max_size=1000"
    assert outcomes[1].article is not None
    assert outcomes[1].article.title == "The Library Reopens"
    assert small.body == LIBRARY


def test_deflate_bare_or_wrapped_is_undone(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "deflate.warc")
    bare = zlib.compressobj(wbits=-15)
    archive.response(
        "https://example.org/bare", bare.compress(LIBRARY) + bare.flush(), [("Content-Encoding", "deflate")]
    )
    archive.response("https://example.org/wrapped", zlib.compress(LIBRARY), [("Content-Encoding", "deflate")])
    archive.response("https://example.org/zstd", LIBRARY, [("Content-Type", "text/html"), ("Content-Encoding", "zstd")])
    found = list(records(archive.close()))
    assert [r.body for r in found[:2]] == [LIBRARY, LIBRARY]
    assert found[2].error == "ParseError: unknown content encoding 'zstd'"


def test_brotli_is_undone(tmp_path: Path) -> None:
    brotli = pytest.importorskip("brotli")
    archive = Archive(tmp_path / "br.warc.gz")
    archive.response(
        "https://example.org/br", brotli.compress(BRIDGE), [("Content-Type", "text/html"), ("Content-Encoding", "br")]
    )
    archive.response(
        "https://example.org/cut",
        brotli.compress(BRIDGE)[:-9],
        [("Content-Type", "text/html"), ("Content-Encoding", "br")],
    )
    [whole, cut] = records(archive.close())
    assert whole.body == BRIDGE
    assert cut.error == "ParseError: br content encoding is broken: the data is cut short"


def test_an_arc_file(tmp_path: Path) -> None:
    def arc_record(url: str, date: str, kind: str, content: bytes) -> bytes:
        return f"{url} 192.0.2.7 {date} {kind} {len(content)}\n".encode() + content + b"\n"

    info = b"1 0 A test crawl\nURL IP-address Archive-date Content-type Archive-length\n"
    page = b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n" + LIBRARY.replace(
        b"Monday", "Lundi, caf\u00e9 ouvert".encode("latin-1")
    )
    picture = b"HTTP/1.0 200 OK\r\nContent-Type: image/png\r\n\r\n" + PNG
    arc = tmp_path / "old.arc"
    arc.write_bytes(
        arc_record("filedesc://old.arc", "20060102030405", "text/plain", info)
        + arc_record("http://example.org/library.html", "20060102030405", "text/html", page)
        + arc_record("http://example.org/logo.png", "20060102030406", "image/png", picture)
    )
    [record] = records(arc)
    assert record.url == "http://example.org/library.html"
    assert record.fetched == dt.datetime(2006, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert record.charset == "iso-8859-1"
    assert record.where == f"{arc}@{len(arc_record('filedesc://old.arc', '20060102030405', 'text/plain', info))}"
    [outcome] = read_warc(arc, jobs=1)
    assert outcome.article is not None
    assert "Lundi, café ouvert" in outcome.article.blocks[0].text


def test_records_and_the_reader_pickle(tmp_path: Path) -> None:
    [record] = records(crawl_one(tmp_path))
    assert pickle.loads(pickle.dumps(record)) == record
    reader = _PageReader(newsdoc.DEFAULT_CUES, newsdoc.Limits(max_size=5000), 3.0)
    assert pickle.loads(pickle.dumps(reader)) == reader
    assert isinstance(record, Record)


def crawl_one(tmp_path: Path) -> Path:
    archive = Archive(tmp_path / "one.warc.gz")
    archive.response("https://example.org/library", LIBRARY, [("Content-Type", "text/html")])
    return archive.close()


def test_without_warcio_the_import_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "newsdoc.warc")
    for name in ("warcio", "warcio.archiveiterator", "warcio.bufferedreaders"):
        monkeypatch.setitem(sys.modules, name, None)  # None in sys.modules: import raises ImportError
    with pytest.raises(ImportError, match=re.escape('pip install "newsdoc[warc]"')):
        importlib.import_module("newsdoc.warc")
