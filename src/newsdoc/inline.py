"""Markdown inside a block: words escaped so that they stay words, and marks that come back as they went.

:func:`escape` writes words that CommonMark gives back exactly; :func:`write`
writes them with their marks; :func:`read` reads words and marks from the
inline tokens of markdown-it.

A mark is written as a reader of Markdown expects it, ``*em*``, ``**strong**``,
```` `code` ```` and ``[words](address)``, wherever CommonMark is sure to read
that form back as the same mark. Where it might not, the mark is written as
inline HTML, ``<em>``, ``<strong>``, ``<code>`` and ``<a href="...">``, which
CommonMark keeps as it is. The rule, decided mark by mark from left to right
and never by trying:

- Emphasis and strong take asterisks when the characters just outside the mark
  are space, punctuation or the end of the line; each character just inside is
  neither space nor punctuation, or is punctuation with space just outside it
  (``**Update:** the ferry``); and no other asterisk of ours touches it. Then the
  first asterisks can only open and the last only close (CommonMark's flanking
  rules). The end of a line counts as space where a line break or the end of the
  block follows it, not a caption's credit; a link or code at an edge of the mark
  counts as punctuation, and emphasis there makes the outer mark HTML.
- Code takes backticks unless its words hold a line break, a tab or other
  white space Markdown takes for layout, or a backtick stands just before it.
- A link takes brackets when Markdown gives its address back unchanged (no
  space, no character it would %-escape, nothing it refuses).

A line break inside a mark is written ``&#10;``, so that a mark never runs over
two lines. A link whose address is not safe (see :func:`~newsdoc.urls.safe_url`)
is not written at all; its words stay, and the caller keeps the marks elsewhere.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.token import Token

from .marks import MARK_TAGS, MarkedText, places, steps
from .model import Mark, MarkKind
from .urls import safe_url

__all__ = ["MARKDOWN_DEPTH", "MD", "UNSHOWABLE", "escape", "live", "plain_url", "read", "shows_link", "write"]

MARKDOWN_DEPTH = 255
"""How many levels of blocks newsdoc reads in Markdown: each block quote, list, list item and
paragraph is one. markdown-it reads 20 by default, and silently skips what stands deeper; at
this depth it still stays well within Python's recursion limit."""


class _AsWritten(MarkdownIt):
    """markdown-it, reading every link's and picture's address as written, as CommonMark does.

    markdown-it refuses ``javascript:``, ``file:`` and most ``data:`` addresses, leaving the
    Markdown of such a link as text, to keep them out of the HTML it renders: a converter's
    ``![Quay](data:image/svg+xml,...)``, a lazy picture's stand-in, would be read as words. newsdoc
    reads them all, and its writers make only a safe address live (see :func:`newsdoc.urls.safe_url`).
    """

    def validateLink(self, url: str) -> bool:  # noqa: N802 - markdown-it's method, every address taken
        return True


# The pipe tables of GitHub Flavored Markdown too
MD = _AsWritten("commonmark", {"maxNesting": MARKDOWN_DEPTH + 1}).enable("table")
"""The parser newsdoc reads Markdown with."""

# Code points CommonMark will not give back: control characters and non-characters are
# replaced when written as references, and some are stripped when written raw.
UNSHOWABLE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef"
    + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
    + "]"
)

# The marks CommonMark reads as markup, each escaped only where it would be read so, that the
# Markdown stays easy to read: "_" inside a word, "[" alone, "&" not before a name and ";" are text.
_PUNCTUATION = re.compile(
    r"[\\`*<|]"  # code, emphasis, HTML and autolinks anywhere; a pipe could start a table in GFM
    r"|_(?![^\W_])|(?<![^\W_])_"  # emphasis, but not inside a word (snake_case)
    r"|\](?=[(\[:])"  # the end of a link's text before its address or label, or of a definition
    r"|&(?=#?[0-9A-Za-z]+;)"  # an entity
    r"|(?<!#)#(?=#*\Z)"  # the closing marks of a heading
)
# Inside a link's or an image's text, every bracket counts.
_IN_LINK = re.compile(f"{_PUNCTUATION.pattern}|[\\[\\]]")
# Words that markup follows: a "]" or "!" at their end could join it ("][", "![").
_BEFORE_MARKUP = {pattern: re.compile(pattern.pattern + r"|[\]!]\Z") for pattern in (_PUNCTUATION, _IN_LINK)}
_LINE_START = re.compile(r"\A(?:[-+=#>~]|(\d{1,9})[.)])")
# Space at either end of a line would be stripped (and every Unicode space with it), any
# other white space taken for layout.
_LAYOUT = r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]"
_SPACE = re.compile(rf"{_LAYOUT}|\A\s|\s\Z")
_SPACES = {
    (True, True): _SPACE,
    (True, False): re.compile(rf"{_LAYOUT}|\A\s"),
    (False, True): re.compile(rf"{_LAYOUT}|\s\Z"),
    (False, False): re.compile(_LAYOUT),
}


def escape(text: str, *, breaks: bool = True, link: bool = False, cell: bool = False) -> str:
    """Escape *text* so that CommonMark reads it back as exactly these characters.

    Args:
        text: The words.
        breaks: Keep line breaks as line breaks (paragraphs); otherwise they
            become character references (headings, credits, list items).
        link: The words are a link's or an image's text, where brackets must be escaped.
        cell: The words are a table cell's, where no line starts a list or a heading.
    """
    lines = [_escape_line(line, _IN_LINK if link else _PUNCTUATION, start=not cell) for line in text.split("\n")]
    return _join_lines(lines, breaks=breaks)


def _join_lines(lines: list[str], *, breaks: bool) -> str:
    out = lines[0]
    for previous, line in itertools.pairwise(lines):
        out += ("\n" if _broken(previous, line, breaks=breaks) else "&#10;") + line
    return out


def _broken(previous: str, line: str, *, breaks: bool) -> bool:
    """Whether a real line break parts two lines: one would end the paragraph before or after an empty line."""
    return breaks and bool(previous) and bool(line)


def _escape_line(line: str, marks: re.Pattern[str], *, start: bool = True) -> str:
    escaped = marks.sub(r"\\\g<0>", line)
    if start:
        escaped = _LINE_START.sub(lambda m: m[0][:-1] + "\\" + m[0][-1] if m[1] else "\\" + m[0], escaped)
    return _SPACE.sub(lambda m: f"&#{ord(m[0])};", escaped)


def _escape_piece(text: str, *, first: bool, last: bool, link: bool) -> str:
    """Escape words between markup: *first* at the start of a line, *last* at its end."""
    pattern = _IN_LINK if link else _PUNCTUATION
    escaped = (pattern if last else _BEFORE_MARKUP[pattern]).sub(r"\\\g<0>", text)
    if first:
        escaped = _LINE_START.sub(lambda m: m[0][:-1] + "\\" + m[0][-1] if m[1] else "\\" + m[0], escaped)
    return _SPACES[first, last].sub(lambda m: f"&#{ord(m[0])};", escaped)


def live(url: str) -> bool:
    """Whether *url* may be shown as a link: safe to follow, as written and as markdown-it normalises it."""
    return safe_url(url) and safe_url(MD.normalizeLink(url))


def plain_url(url: str) -> bool:
    """Whether CommonMark gives *url* back unchanged as a link destination.

    An ``&`` stays as it is ("?page=2&sort=new") unless it opens what may be an entity
    reference, which a reader decodes ("&amp;", "&#38;").
    """
    return bool(url) and MD.normalizeLink(url) == url and _UNPLAIN.search(url) is None


_UNPLAIN = re.compile(r"[\s<>\\]|&[#A-Za-z0-9]+;")


def shows_link(mark: Mark) -> bool:
    """Whether :func:`write` writes *mark*: anything but a link to an address that is unsafe or unwritable."""
    return mark.href is None or (safe_url(mark.href) and UNSHOWABLE.search(mark.href) is None)


# --- writing --------------------------------------------------------------------------------

_STARS = {MarkKind.EMPHASIS: "*", MarkKind.STRONG: "**"}
_BRACKETED = (MarkKind.LINK, MarkKind.CODE)  # whose markup opens and closes with punctuation: [...](...), `...`
_CODE_BREAKS = re.compile(_LAYOUT)
_ATTRIBUTE = re.compile(rf'[&"<>]|{_LAYOUT}')


def write(text: str, marks: Sequence[Mark], *, breaks: bool = True, caption: bool = False) -> str:
    """Write *text* with its *marks* as Markdown that reads back as the same words and marks.

    Args:
        text: The words.
        marks: Their marks, as a block holds them; links that :func:`shows_link`
            refuses are left out (their words stay).
        breaks: As for :func:`escape`.
        caption: The words are a caption's, which must not open with ``*``:
            ``*Credit: ...*`` alone is a credit.

    Returns:
        The Markdown, exactly as :func:`escape` writes words without marks.
    """
    marks = [mark for mark in marks if shows_link(mark)]
    if not marks:
        return escape(text, breaks=breaks)
    lines: list[str] = []
    start = reach = first = k = 0
    for end in [*(i for i, c in enumerate(text) if c == "\n"), len(text)]:
        # A line break outside every mark parts lines as escape() parts them; one inside is &#10;.
        while k < len(marks) and marks[k].start <= end:
            reach = max(reach, marks[k].end)
            k += 1
        if end < reach:
            continue
        own = [Mark(start=m.start - start, end=m.end - start, kind=m.kind, href=m.href) for m in marks[first:k]]
        # What follows the line: a line break, the block's end, a caption's credit, or "&#10;" and the next line.
        # (A line is empty in Markdown where it is empty here: the next one is where a line feed starts it.)
        following = text[end + 1 : end + 2].strip("\n")
        spaced = not caption if end == len(text) else _broken(text[start:end], following, breaks=breaks)
        lines.append(_Line(text[start:end], own, caption=caption and start == 0, spaced=spaced).write())
        start, first = end + 1, k
    return _join_lines(lines, breaks=breaks)


class _Line:
    """One line of Markdown: words and the marks over them, none of which runs past the line."""

    def __init__(self, text: str, marks: list[Mark], *, caption: bool, spaced: bool) -> None:
        self.text = text
        self.marks = marks
        self.places = places(marks, len(text))
        self.caption = caption
        self.spaced = spaced  # whether a line break or the end of the block follows the line
        self.out: list[str] = []
        self.forms: dict[int, tuple[str, str]] = {}  # how each mark opens and closes
        self.open: list[int] = []
        self.links = 0  # links written in brackets that hold the words at hand

    def write(self) -> str:
        for step in steps(self.marks, len(self.text)):
            if step.mark is None and self.open and self.forms[self.open[-1]][0].startswith("`"):
                self.out.append(self.text[step.start : step.end])  # code between backticks is as it stands
            elif step.mark is None:
                self.out.append(self.piece(step.start, step.end, depth=len(self.open)))
            elif step.opens:
                opening, closing = self.forms[step.mark] = self.form(step.mark)
                self.out.append(opening)
                self.open.append(step.mark)
                self.links += opening == "["
            else:
                opening, closing = self.forms[self.open.pop()]
                self.out.append(closing)
                self.links -= opening == "["
        return "".join(self.out)

    def piece(self, start: int, end: int, *, depth: int) -> str:
        """The words from *start* to *end*, inside *depth* marks."""
        first, last = start == 0 and depth == 0, end == len(self.text) and depth == 0
        return _escape_piece(self.text[start:end], first=first, last=last, link=self.links > 0)

    def form(self, index: int) -> tuple[str, str]:
        """How mark *index* opens and closes, decided as the module's docstring says."""
        mark = self.marks[index]
        before = self.out[-1][-1] if self.out else " "  # the start of a line counts as space
        match mark.kind:
            case MarkKind.CODE:
                words = self.text[mark.start : mark.end]
                if before != "`" and not _CODE_BREAKS.search(words):
                    fence = "`" * (1 + max((len(run) for run in re.findall("`+", words)), default=0))
                    # CommonMark strips one space from each end of code that has one at both.
                    strips = words[0] == " " == words[-1] and words.strip(" ")
                    pad = " " if "`" in (words[0], words[-1]) or strips else ""
                    return fence + pad, pad + fence
            case MarkKind.LINK:
                href = mark.href or ""
                if live(href) and plain_url(href):
                    return "[", f"](<{href}>)" if "(" in href or ")" in href else f"]({href})"
            case MarkKind.EMPHASIS | MarkKind.STRONG:
                if self.stars(index, before):
                    return _STARS[mark.kind], _STARS[mark.kind]
        tag = MARK_TAGS[mark.kind]
        href = "" if mark.href is None else f' href="{_ATTRIBUTE.sub(lambda m: f"&#{ord(m[0])};", mark.href)}"'
        return f"<{tag}{href}>", f"</{tag}>"

    def stars(self, index: int, before: str) -> bool:
        """Whether emphasis or strong *index* can take asterisks: each only opens, or only closes."""
        mark, place = self.marks[index], self.places[index]
        if self.caption and mark.start == 0:
            return False
        if self.out and self.out[-1] in _STARS.values():  # asterisks of ours just before: one run
            return False
        depth = len(self.open) + 1
        following = (self.marks[i] for i in range(index + 1, len(self.marks)))
        inner = list(itertools.takewhile(lambda m: m.start < mark.end, following))
        # A mark inside at an edge: a link's or code's markup there is punctuation, never an asterisk
        # ("**[the report](...)**"); emphasis there might take asterisks that would touch ours.
        edges = [inner[0]] if place.inner_at_start else []
        if place.inner_at_end:
            edges.append(next(m for m in inner if m.end == mark.end))  # the outermost, which ends with its markup
        if any(m.kind not in _BRACKETED for m in edges):
            return False
        first_inner = inner[0].start if inner else mark.end
        last_inner = max((m.end for m in inner), default=mark.start)
        first = "[" if place.inner_at_start else self.piece(mark.start, first_inner, depth=depth)[0]
        last = ")" if place.inner_at_end else self.piece(last_inner, mark.end, depth=depth)[-1]
        if mark.end == len(self.text) and not self.open and self.spaced:
            after = " "  # the end of the line, which CommonMark counts as space
        elif mark.end in (place.follows, place.end):
            after = "<"  # markup of another mark, which starts with punctuation
        else:
            upto = place.end if place.follows is None else place.follows
            after = self.piece(mark.end, upto, depth=depth - 1)[0]
        # Punctuation just inside takes asterisks where space stands just outside ("**Update:** the ferry"):
        # the asterisks then still only open, or only close.
        return _outside(before) and _outside(after) and _flanks(before, first) and _flanks(after, last)


def _flanks(outer: str, inner: str) -> bool:
    """Whether asterisks between *outer* (space or punctuation) and *inner* can only open, or only close."""
    return not _outside(inner) or (isWhiteSpace(ord(outer)) and not isWhiteSpace(ord(inner)))


def _outside(char: str) -> bool:
    """Whether *char* is space or punctuation, as CommonMark's flanking rules count them."""
    return isWhiteSpace(ord(char)) or isMdAsciiPunct(ord(char)) or isPunctChar(char)


# --- reading --------------------------------------------------------------------------------

_KINDS = {tag: kind for kind, tag in MARK_TAGS.items()}
_TAG = re.compile(r"<(/?)(a|em|strong|code)(\s[^>]*)?>", re.I)
_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


def read(tokens: Sequence[Token]) -> MarkedText:
    """The words and marks of a run of inline tokens, as markdown-it gives them.

    Emphasis, strong, code spans and links become marks, and so do the
    ``<em>``, ``<strong>``, ``<code>`` and ``<a href>`` that :func:`write`
    falls back on. A picture gives its alt text; any other HTML is kept as words.
    """
    built = MarkedText()
    for token in tokens:
        match token.type:
            case "softbreak" | "hardbreak":
                built.add("\n")
            case "code_inline":
                built.open(MarkKind.CODE)
                built.add(token.content)
                built.close(MarkKind.CODE)
            case "image":
                built.add(plain(token.children or []))
            case "em_open" | "strong_open" | "link_open":
                href = token.attrs.get("href")
                built.open(_KINDS[token.tag], None if href is None else str(href))
            case "em_close" | "strong_close" | "link_close":
                built.close(_KINDS[token.tag])
            case "html_inline" if (tag := _TAG.fullmatch(token.content)) and not token.content.endswith("/>"):
                kind = _KINDS[tag[2].lower()]
                if tag[1]:
                    built.close(kind)
                else:
                    found = _HREF.search(tag[3] or "")
                    built.open(kind, None if found is None else html.unescape(next(filter(None, found.groups()), "")))
            case _:
                built.add(token.content)
    return built


def plain(tokens: Sequence[Token]) -> str:
    """The words of a run of inline tokens, without marks: code keeps its backticks, as in a pull quote."""
    parts = []
    for token in tokens:
        if token.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
        elif token.type == "code_inline":
            parts.append(token.markup + token.content + token.markup)
        elif token.type == "image":
            parts.append(plain(token.children or []))
        else:
            parts.append(token.content)
    return "".join(parts)
