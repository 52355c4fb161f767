"""Where a single line break parts two blocks of scraped text, and where it only wraps a line.

A blank line always parts two blocks. A single line break is either a soft wrap
inside a paragraph, or a boundary: scrapers write a caption, a credit, a dek, a
byline or simply every paragraph on a line of its own. A hard-wrapped paragraph
breaks a line only because the next word would not fit, so its lines (all but
the last) are of one width, and the first word of each line would have made
the line before it too long. Every other line break parts two pieces.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

__all__ = ["BULLETS", "COLUMNS", "breaks", "cut", "is_plain", "plain", "wrap_width"]

# One line break with the spaces around it. A match starts only where a run of spaces
# starts, so a long run of spaces is not scanned again from each of its spaces.
_BREAK = re.compile(r"(?<![^\S\r\n])[^\S\r\n]*+(?:\r\n|\r|\n)[^\S\r\n]*+")
_SPACED_BREAK = re.compile(r"[^\S\n]\n|\n[^\S\n]")
_FIRST_WORD = re.compile(r"\S+")
_MAX_WIDTH = 100
"""Hard-wrapped text is wrapped to at most this many characters; a longer line is a paragraph."""
_MIN_WIDTH = 40
"""Nor is text wrapped to fewer characters: short lines of one width are a menu, not a paragraph."""
_SHORTEST = 0.6
"""In a wrapped paragraph every line but the last is at least this share of the longest."""
# "(@handle) is a ...", "(pictured) and": an aside in lower case goes on with the sentence; "(AP Photo)" does not.
_ASIDE = re.compile(r"\([^()A-Z\n]{1,60}\)")
BULLETS = "-*+\u2022\u25e6\u25aa\u2023\u2043"
"""The marks that open a list's item as text writes one, a space after it: "- ", "* ", "\u2022 "."""
ITEM = re.compile(
    rf"(?:(?P<bullet>[{BULLETS}][^\S\r\n]+)|(?P<number>[1-9]\d{{0,8}}|0)\. )"
    r"(?=\S)(?![-*+\u2022]\s|[-*+\u2022]\Z)"
)
"""A list's item's bullet as text converters write one, or its number as written back ("3. ", no "03."); not
"o", a word in some languages, nor a bullet before bullets ("* * *" sets a break)."""
_BULLET = re.compile(rf"[^\S\r\n]*[{BULLETS}][^\S\r\n]+(?=\S)")
_LINKING = frozenset({"via", "by", "of", "from", "and", "the", "with", "at", "for", "to"})
"""Words a line never ends with but for a break before a link (``Photo by`` over ``Jane Doe``)."""
_CLAUSE_WORDS = 6  # words and more before a comma that ends a line: a sentence's clause, which goes on
_NAME_LINE = re.compile(r"[^\d:\n]+\Z")  # a name's line: no number, no label ("Published: May 12")
_MARKS = frozenset({",", ":", ";", "&", "\u2013", "\u2014"})
"""A line that is one of these marks alone stood between two links or words of one sentence."""
_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019)]")


def _lines(chunk: str) -> Iterator[tuple[str, str]]:
    """The lines of *chunk*, one at a time, each with the break after it (spaces around it included, ``""`` last).

    A chunk may be megabytes of one-word lines: it is not split into a list of them at once.
    """
    start = 0
    if "\r" not in chunk and not _SPACED_BREAK.search(chunk):  # every break a bare line feed, as most are
        while (end := chunk.find("\n", start)) >= 0:
            yield chunk[start:end], "\n"
            start = end + 1
    else:
        written: dict[str, str] = {}  # one string for each way a break is written, not one a line
        for match in _BREAK.finditer(chunk):
            yield chunk[start : match.start()], written.setdefault(found := match.group(), found)
            start = match.end()
    yield chunk[start:], ""


def plain(chunk: str) -> str:
    r"""*chunk* with each line break a bare line feed, without the spaces or tabs around it, and each space a space.

    Windows ends a line with ``\r\n``, scrapers leave spaces at either end of a line, and a
    page's ``&nbsp;`` is a no-break space in its text: the words are the same as with a bare
    ``\n`` and plain spaces, and so is what they are.

    Examples:
        >>> plain("By\r\nJane Roe  \n Photo:\u00a0Harbour Press")
        'By\nJane Roe\nPhoto: Harbour Press'
    """
    if is_plain(chunk):
        return chunk
    if "\r" in chunk or ("\n" in chunk and _SPACED_BREAK.search(chunk)):
        chunk = _BREAK.sub("\n", chunk)
    return chunk.replace("\u00a0", " ").replace("\u202f", " ")


def is_plain(chunk: str) -> bool:
    """Whether *chunk* (text without blank lines) writes every line break as a bare line feed and every space plain."""
    return (
        "\r" not in chunk
        and not ("\n" in chunk and _SPACED_BREAK.search(chunk))
        and (chunk.isascii() or not ("\u00a0" in chunk or "\u202f" in chunk))
    )


def breaks(text: str, start: int) -> Iterator[re.Match[str]]:
    """The line breaks of *text* from *start* on as written, one at a time, the spaces around each included."""
    return _BREAK.finditer(text, start)


def _first_word(line: str) -> int:
    """The length of the first word of *line*, past the indent a text browser sets."""
    match = _FIRST_WORD.search(line)
    return len(match.group()) if match else 0


def _wrapped(chunk: str, width: int | None = None) -> int | None:
    """The width a chunk is wrapped to, or ``None`` when it is not wrapped.

    Alone, a chunk shows one in three lines or more; at the *width* of a wrapped text, in two.
    """
    if any(COLUMNS in line.strip() for line, _ in _lines(chunk)):
        return None  # lines of one width that line up columns, as a text browser draws a table (not its indent)
    lengths = [len(line) for line, _ in _lines(chunk)]  # small numbers: Python shares one object for each
    if len(lengths) < (3 if width is None else 2):
        return None
    body = lengths[:-1]
    width = width or max(body)
    if not _MIN_WIDTH <= width <= _MAX_WIDTH or min(body) < _SHORTEST * width or max(body) > width:
        return None
    lines = _lines(chunk)
    line, _ = next(lines)
    for after, _ in lines:  # each next word would not have fitted on the line before it
        if len(line) + 1 + _first_word(after) <= width:
            return None
        line = after
    return width


def wrap_width(chunks: list[str]) -> int | None:
    """The width the text is hard-wrapped to, or ``None`` when it is not hard-wrapped.

    The longest line of words is tried, or if it is too long for a wrapped line, the widest
    chunk of three lines or more that shows a width alone (see :func:`_wrapped`). Either way
    the whole text must bear it out: nearly every long line (see :data:`_SHORTEST`) is full,
    the first word of the line after it would have made it longer than the width, and hardly
    a line of words is longer. So a text that writes each paragraph on lines of its own, no
    blank line between, shows its width too. A line that lines up columns with runs of
    spaces, as a text browser draws a table, shows nothing.

    Args:
        chunks: The text cut at blank lines.
    """
    width = _widest(chunks)
    if width > _MAX_WIDTH:  # a line or more the text did not wrap, or no wrapping at all
        width = max((own for chunk in chunks if "\n" in chunk if (own := _wrapped(chunk))), default=0)
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    full = long = over = 0  # the full lines, the long ones, and the lines of words longer than the width
    for chunk in chunks:
        lines = _lines(chunk)
        line, _ = next(lines)
        for after, _ in itertools.chain(lines, [("", "")]):
            if _prose(line):
                if len(line) > width:
                    over += 1
                elif len(line) >= _SHORTEST * width and after:
                    long += 1
                    full += len(line) + 1 + _first_word(after) > width
            line = after
    shown = full >= _FULL_LINES or (full >= _FEW_FULL_LINES and full == long)  # a short article's every long line
    return width if shown and full >= _FULL_SHARE * long and over * 10 <= full else None


def _widest(chunks: list[str]) -> int:
    """The length of the longest line of words in *chunks*, or of the first longer than :data:`_MAX_WIDTH`."""
    widest = 0
    for chunk in chunks:
        for line, _ in _lines(chunk) if "\n" in chunk or "\r" in chunk else [(chunk, "")]:
            if len(line) > widest and _prose(line):
                widest = len(line)
                if widest > _MAX_WIDTH:
                    return widest
    return widest


def _prose(line: str) -> bool:
    """Whether *line* holds words parted by spaces, not columns lined up (a text browser indents a paragraph)."""
    return " " in (words := line.strip()) and COLUMNS not in words


COLUMNS = "   "
"""Spaces that part columns, not words."""


_FULL_LINES = 8
"""A text shows its width in this many full lines at least: fewer, of lines of many lengths, may be chance."""
_FEW_FULL_LINES = 4
"""Or in this many, when every long line is full: a short article's paragraphs of two or three lines."""
_FULL_SHARE = 0.7
"""And in this share of its long lines at least; the rest end paragraphs."""


def _soft(line: str, after: str, width: int | None, *, own: bool, furniture: Callable[[str], bool]) -> bool:
    """Whether the break between *line* and *after* only wraps a paragraph.

    *own* says that the chunk itself shows the wrap; a width seen elsewhere in
    the text does not wrap a line that ends a sentence. A stock line of page
    furniture (a "less" button under a caption) goes on no sentence.
    """
    if furniture(after):
        return False
    if (bullet := _BULLET.match(after)) and (
        ((opened := _BULLET.match(line)) and opened[0].strip() == bullet[0].strip()) or line.endswith(":")
    ):
        return False  # "- keeping the pier open" under the item before it, or under "... by:": a list's next item
    if (
        after[:1].islower()
        or after[:1] in {",", ".", ";", ":", ")", "&"}
        or after.startswith(("'s ", "\u2019s "))
        or _ASIDE.match(after)
    ):
        # A line that goes on with the sentence: a wrap, or a break a scraper made around a link.
        return not line.endswith((".", "!", "?"))
    if line in _MARKS:
        return True  # "Disclosure" / ":" / "Example Media may earn ...": a sentence a scraper broke around a link
    if line.endswith(",") and after[:1].isalnum() and line.count(" ") >= _CLAUSE_WORDS:
        # "... Her new book," / "The Long Crossing" / ", tells ...": a sentence's clause ends on no paragraph (a
        # byline's does: "By Jane Roe," / "Harbour News")
        return True
    if after[:1].isupper() and (line.rpartition(" ")[2] in _LINKING or (line == "By" and _NAME_LINE.match(after))):
        # "Image via" over "Getty Images", "By" over "Jane Roe": a break before a link, as a scraper writes one
        return True
    if width is None or len(line) > width or (not own and line.endswith(_SENTENCE_END)):
        return False
    return len(line) + 1 + _first_word(after) > width and len(line) >= _SHORTEST * width


def cut(
    chunk: str, width: int | None, furniture: Callable[[str], bool] = lambda line: False
) -> tuple[list[str], list[str]]:
    r"""Cut a chunk at its line breaks that part blocks.

    Args:
        chunk: Text without blank lines, as the blank lines of an article part it.
        width: The width the article is wrapped to (see :func:`wrap_width`), or ``None``.
        furniture: Whether a line is a stock line of page furniture ("Advertisement", a "less"
            button): one stands on a line of its own.

    Returns:
        The line break before each piece (``""`` for the first), and the pieces: two lists, as
        a text of many short lines makes millions of pieces, and a pair for each weighs more.

    Examples:
        >>> cut("A caption.\nREUTERS/Jane Roe\nThe body.", None)
        (['', '\n', '\n'], ['A caption.', 'REUTERS/Jane Roe', 'The body.'])
        >>> cut("Snow is vanishing from the slopes\nearlier than it did.", None)
        ([''], ['Snow is vanishing from the slopes\nearlier than it did.'])
    """
    if "\n" not in chunk and "\r" not in chunk:
        return [""], [chunk]
    own = _wrapped(chunk) or (width and _wrapped(chunk, width))
    breaks: list[str] = []
    pieces: list[str] = []
    start = position = 0
    before = ""
    lines = _lines(chunk)
    line, gap = next(lines)
    for after, next_gap in lines:
        position += len(line)
        if not _soft(line, after, own or width, own=own is not None, furniture=furniture):
            breaks.append(before)
            pieces.append(chunk[start:position])
            start, before = position + len(gap), gap
        position += len(gap)
        line, gap = after, next_gap
    breaks.append(before)
    pieces.append(chunk[start:])
    return breaks, pieces
