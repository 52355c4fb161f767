"""Bytes of a page or an article file into text: compressed bytes unpacked, a page's charset found.

A page's charset is decided as a browser decides it, in this order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. the charset the HTTP header gave, if the caller passes it;
3. the page's own declaration in its first 4 KB (``<meta charset>``, ``<meta
   http-equiv="Content-Type">``, an XML declaration), or, for UTF-16 and UTF-32
   without a mark, the zero bytes of its opening markup;
4. UTF-8, if the bytes are valid UTF-8;
5. detection by charset-normalizer, among the charsets web pages are written in: first among
   those of the page's country, when its address ends in a country's domain (``.pl``, ``.jp``),
   as browsers guess from the domain;
6. windows-1252.

Charset names are read as browsers read them (the WHATWG Encoding Standard):
``iso-8859-1`` and ``us-ascii`` mean windows-1252, ``gb2312`` means GB18030,
``shift_jis`` means Microsoft's Shift_JIS (cp932), and so on.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
import re
import urllib.parse
import zlib
from collections.abc import Callable

import charset_normalizer

from .errors import ParseError
from .limits import Limits, check_size

__all__ = ["charset", "decode_page", "peek", "unpack"]

_Opener = Callable[[io.BytesIO], io.BufferedIOBase]

# What the formats of compressed bytes start with, and what reads them.
_PACKED: tuple[tuple[re.Pattern[bytes], str, _Opener], ...] = (
    (re.compile(rb"\x1f\x8b\x08"), "gzip", lambda file: gzip.GzipFile(fileobj=file)),
    (re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)"), "bzip2", bz2.BZ2File),
    (re.compile(rb"\xfd7zXZ\x00"), "xz", lzma.LZMAFile),
    (re.compile(rb"\x5d\x00\x00"), "lzma", lzma.LZMAFile),  # the .lzma format before xz: its header
)
_BROKEN = (OSError, EOFError, zlib.error, lzma.LZMAError)
_CHUNK = 2**20


def unpack(data: bytes, limits: Limits) -> bytes:
    """The bytes *data* stand for: gzip, bzip2, xz or lzma data unpacked, other bytes as they are.

    The format is told by the first bytes, not by a file's name. Unpacking stops
    as soon as the output passes ``limits.max_size``, so a small file that would
    unpack to gigabytes costs no more than the limit. Compressed data inside is
    left as it is.

    Raises:
        LimitError: *data* unpacks to more than ``limits.max_size`` bytes.
        ParseError: *data* is broken or cut short, naming its format.
    """
    kind, open_packed = _packed(data)
    if open_packed is None:
        return data
    pieces, room = [], limits.max_size + 1
    try:
        with open_packed(io.BytesIO(data)) as file:
            while room and (piece := file.read(min(_CHUNK, room))):
                pieces.append(piece)
                room -= len(piece)
    except _BROKEN as error:
        raise ParseError(f"{kind} data is broken: {error}") from None
    if not room:  # one byte past the limit: raise before joining the pieces
        check_size(limits.max_size + 1, limits, "bytes or more when unpacked")
    return b"".join(pieces)


def peek(data: bytes, size: int = 512) -> bytes:
    """The first *size* bytes of *data*, unpacked as by :func:`unpack`: enough to tell a file's format.

    Broken compressed data gives what could be read of it, maybe nothing.
    """
    _, open_packed = _packed(data)
    if open_packed is None:
        return data[:size]
    try:
        with open_packed(io.BytesIO(data)) as file:
            return file.read(size)
    except _BROKEN:
        return b""


def _packed(data: bytes) -> tuple[str, _Opener | None]:
    for magic, kind, open_packed in _PACKED:
        if magic.match(data):
            return kind, open_packed
    return "", None


def decode_page(data: bytes, *, encoding: str | None = None, url: str | None = None) -> str:
    """The text of a web page's bytes, in the charset a browser would read them in.

    Args:
        data: The page's bytes, unpacked (see :func:`unpack`).
        encoding: The charset the HTTP header gave, if any; it wins over the page's
            own declaration, but not over a byte-order mark.
        url: Where the page came from, if known: for a page that declares no charset and is no
            UTF-8, its country's domain says which charsets to look among first.

    Returns:
        The text. A byte that is no character in the charset becomes U+FFFD.

    Raises:
        ParseError: *encoding* names no charset, or the bytes start as a picture, a PDF or
            a ZIP file does, which no charset makes a page of.
    """
    for magic, kind in _NOT_TEXT:
        if magic.match(data):
            raise ParseError(f"byte 0: these bytes are {kind}, not a web page")
    given = None if encoding is None else charset(encoding)
    for mark, marked in _MARKS:
        if data.startswith(mark):
            return data[len(mark) :].decode(marked, "replace")
    if codec := given or _declared(data[:4096]):
        return data.decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return data.decode(_detected(data, _country_charsets(url)) or "cp1252", "replace")


# Files that are no text, by the bytes they start with: a crawl's misnamed pictures and downloads.
_NOT_TEXT = (
    (re.compile(rb"\x89PNG\r\n\x1a\n"), "a PNG image"),
    (re.compile(rb"GIF8[79]a"), "a GIF image"),
    (re.compile(rb"\xff\xd8\xff"), "a JPEG image"),
    (re.compile(rb"RIFF....WEBP", re.DOTALL), "a WebP image"),
    (re.compile(rb"%PDF-"), "a PDF document"),
    (re.compile(rb"PK\x03\x04"), "a ZIP archive"),
)
# UTF-32's marks first: UTF-16 LE's is the start of UTF-32 LE's.
_MARKS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Markup is ASCII: in UTF-16 and UTF-32 every other byte, or three in four, of it is zero (as XML tells them).
_WIDE: dict[tuple[bool, ...], str] = {
    (False, True) * 4: "utf-16-le",
    (True, False) * 4: "utf-16-be",
    (False, True, True, True) * 2: "utf-32-le",
    (True, True, True, False) * 2: "utf-32-be",
}
_COMMENT = re.compile(rb"<!--.*?(?:-->|\Z)", re.DOTALL)
_DECLARATION = re.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)"""  # <meta charset=...>, or content="...; charset=..."
    rb"""|\A\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)


def _declared(head: bytes) -> str | None:
    """The codec the page's first bytes, *head*, declare: the first declaration of a known charset."""
    if wide := _WIDE.get(tuple(byte == 0 for byte in head[:8])):
        return wide
    for match in _DECLARATION.finditer(_COMMENT.sub(b"", head)):
        codec = _codec((match[1] or match[2]).decode("ascii"))
        # A page read as ASCII bytes is not UTF-16, whatever it says (the WHATWG rule).
        if codec is not None and not codec.startswith(("utf-16", "utf-32")):
            return codec
    return None


def _detected(data: bytes, country: tuple[str, ...] = ()) -> str | None:
    """The codec charset-normalizer finds for *data*, preferring windows-1252 when it scores as well.

    It looks among the *country*'s charsets first, if any fits; then among all the web's.
    """
    if country and (found := charset_normalizer.from_bytes(data, cp_isolation=list(country)).best()) is not None:
        return _codec(found.encoding)
    matches = charset_normalizer.from_bytes(data, cp_isolation=list(_DETECTED))
    if (best := matches.best()) is None:
        return None
    # A tie goes to the web's default: Spanish scores the same in windows-1250, which reads its ñ as ń.
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos and match.coherence >= best.coherence:
            return "cp1252"
    return _codec(best.encoding)


# The charsets a detector finds web pages in, as browsers' do (the WHATWG encodings of the web):
# not the DOS and Mac code pages, which read a short page of Russian or Turkish as well as the
# charset it is in, and wrongly.
_DETECTED = (
    *(f"cp{page}" for page in (874, *range(1250, 1259))),
    *("koi8_r", "koi8_u", "cp866"),
    *(f"iso8859_{part}" for part in (2, 4, 5, 6, 7, 8, 13)),
    *("cp932", "euc_jp", "iso2022_jp", "cp949", "big5", "gb18030"),
)


def _country_charsets(url: str | None) -> tuple[str, ...]:
    """The charsets a page at *url* was likely written in before UTF-8, by its country's domain; none if unknown."""
    if not url:
        return ()
    try:
        host = urllib.parse.urlsplit(url.strip()).hostname or ""
    except ValueError:  # an address Python cannot read: no domain to go by
        return ()
    return _BY_DOMAIN.get(host.rstrip(".").rpartition(".")[2], ())


# The legacy charsets of the countries whose pages were written in a charset of their own, by
# their domains, as browsers guess the charset of an undeclared page from its domain. Countries
# whose pages are in windows-1252 (the default), or in either that or their own, are not here.
_COUNTRIES = {
    ("cp1250", "iso8859_2"): "pl cz sk hu si hr ba",
    ("cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5"): "ru ua by bg mk kz kg tj",
    ("cp1253", "iso8859_7"): "gr cy",
    ("cp1254",): "tr az",
    ("cp1255", "iso8859_8"): "il",
    ("cp1256", "iso8859_6"): "ae bh eg iq ir jo kw lb ly om qa sa sd sy ye",
    ("cp1257", "iso8859_13", "iso8859_4"): "lt lv",
    ("cp1258",): "vn",
    ("cp874",): "th",
    ("cp932", "euc_jp", "iso2022_jp"): "jp",
    ("gb18030",): "cn",
    ("big5",): "tw hk mo",
    ("cp949",): "kr",
}
_BY_DOMAIN = {domain: charsets for charsets, domains in _COUNTRIES.items() for domain in domains.split()}


def charset(label: str) -> str:
    """The Python codec for the charset *label*, read as browsers read it (``latin1`` is windows-1252).

    Raises:
        ParseError: *label* names no charset.
    """
    if (codec := _codec(label)) is None:
        raise ParseError(f"unknown encoding {label!r} (give a charset such as 'utf-8' or 'shift_jis')")
    return codec


def _codec(label: str) -> str | None:
    """The Python codec for a charset *label* as browsers read it, or ``None`` for no charset."""
    if codec := _WHATWG.get(_key(label)):
        return codec
    try:
        name = codecs.lookup(label.strip()).name
        b"a".decode(name, "replace")  # a codec of text, not of bytes (base64) or one that cannot replace (idna)
    except (LookupError, ValueError):
        return None
    return None if name in _NOT_CHARSETS else _WHATWG.get(_key(name), name)


def _key(label: str) -> str:
    return re.sub(r"[^0-9a-z]", "", label.lower())


# Codecs Python knows that no page is written in; UTF-7 is one that browsers refuse.
_NOT_CHARSETS = {"punycode", "raw_unicode_escape", "unicode_escape", "utf-7"}

# The WHATWG labels Python lacks or reads otherwise, by the codec browsers read them with. Case and
# punctuation do not count: "Shift-JIS" is "shift_jis".
_LABELS = {
    "cp1252": "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso_8859-1:1987 l1 latin1"
    " us-ascii windows-1252 x-cp1252",
    "cp1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso_8859-9:1989 l5 latin5 windows-1254",
    "cp874": "dos-874 iso-8859-11 tis-620 windows-874",
    "cp932": "csshiftjis ms932 ms_kanji shift_jis sjis windows-31j x-sjis",
    "cp949": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 windows-949",
    "gb18030": "chinese csgb2312 csiso58gb231280 gb18030 gb2312 gb_2312-80 gbk iso-ir-58 x-gbk",
    "big5hkscs": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "euc_jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso8859-8": "csiso88598i iso-8859-8-i logical",
    "koi8-r": "cskoi8r koi koi8 koi8-r",
    "koi8-u": "koi8-ru koi8-u",
    "mac-roman": "csmacintosh mac macintosh x-mac-roman",
    "mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 x-unicode20utf8",
    "utf-16-le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
    "utf-16-be": "unicodefffe utf-16be",
    "utf-32-le": "utf-32 utf-32le",  # not WHATWG's: without a mark, Python would read the machine's byte order
}
_WHATWG = {_key(label): codec for codec, labels in _LABELS.items() for label in labels.split()}
