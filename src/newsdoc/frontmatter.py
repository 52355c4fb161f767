"""Front matter: the block of ``key: value`` lines between two ``---`` lines that opens a Markdown file.

Static site generators (Jekyll, Hugo), web clippers that save a page to a notes app, and
converters such as trafilatura open the Markdown of an article with its metadata so: its title,
author, date, address and tags. :func:`~newsdoc.from_markdown` reads those into the article's
fields and keeps the block itself, as written, as a fragment. Only the plain YAML these tools
write is read: one value a line, quoted or not, and lists written ``[a, b]`` or as ``- a``
lines under their key; whatever else the block holds stays in the fragment, unread.

Services that fetch a page for a language model as Markdown open it with a header of their own
instead: ``Title: ...``, ``URL Source: ...``, ``Published Time: ...``, each a line, then
``Markdown Content:`` over the page. It is read the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import classify
from .cues import Cues

__all__ = ["properties", "split"]

_BLOCK = re.compile(r"\A---[ \t]*\r?\n(?P<lines>(?:.*\r?\n)*?)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")
# A reader service's header: its lines, blank lines between, then the line over the page's Markdown
_HEADER = re.compile(r"Title:.*\r?\n(?:[ \t]*\r?\n|[A-Z][\w ]{0,30}:.*\r?\n){0,16}?Markdown Content:[ \t]*(?:\r?\n|\Z)")
_MOST = 20_000  # characters: front matter is a few lines; a longer run between two rules is the body's
# A key: a colon inside it is its own when no space follows, as a page's meta names hold one ("meta-og:title")
_KEY_NAME = r"[A-Za-z_](?:[\w.-]|:(?=[\w-]))*"
_KEY = re.compile(rf"(?P<key>{_KEY_NAME})[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*\Z")
_ITEM = re.compile(r"[ \t]*-[ \t]+(?P<value>.*?)[ \t]*\Z")
# A line of the YAML front matter holds: a key and its value, a list's item, a value going on, a comment, or none
_YAML_LINE = re.compile(rf"{_KEY_NAME}[ \t]*:(?:[ \t].*)?\Z|[ \t]*-(?:[ \t].*)?\Z|[ \t]+\S.*\Z|[ \t]*(?:#.*)?\Z")
# An item of a list written [a, 'b, c']: quoted, or up to the next comma
_FLOW_ITEM = re.compile(r"""\s*(?:'[^']*'|"[^"]*"|[^,]+)""")
_WIKI_LINK = re.compile(r"\A\[\[(?:[^\]|]*\|)?(?P<name>[^\]]*)\]\]\Z")  # a notes app's link to a page: "[[Jane Roe]]"
_WIKI_LINKS = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")

# The keys of each field of the article, as the tools write them (lower-cased).
_FIELDS = {
    "title": "title",
    "headline": "title",
    "author": "authors",
    "authors": "authors",
    "creator": "authors",
    "byline": "authors",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "publishdate": "published",
    "date_published": "published",
    "datepublished": "published",
    "tags": "tags",
    "keywords": "tags",
    "url": "url",
    "source": "url",  # a web clipper's: the address the page was clipped from
    "url source": "url",  # a reader service's header
    "published time": "published",
    "link": "url",
    "sitename": "publication",
    "site_name": "publication",
    "publisher": "publication",
    "lang": "language",
    "language": "language",
    "published_time": "published",  # a page's meta, as a converter copies it: "meta-article:published_time"
}


def _field(key: str) -> str | None:
    """The article's field a key names: "Author", "meta-author", "meta-og:title" (a page's meta names, copied)."""
    name = key.lower().removeprefix("meta-")
    return _FIELDS.get(name) or _FIELDS.get(name.rpartition(":")[2])


def split(markdown: str, cues: Cues) -> tuple[str, dict[str, Any]]:
    """The front matter that opens *markdown*, as written (its rules included), and the article's fields it gives.

    Returns:
        ``("", {})`` when *markdown* opens with none.
    """
    front, fields = _split(markdown)
    return front, _writers_read(fields, cues)


def _writers_read(fields: dict[str, Any], cues: Cues) -> dict[str, Any]:
    """The article's *fields*, each writer as written; a byline copied from the page, read as one.

    A clipper copies the page's byline: "By Jane Roe and John Doe" names two, and "By" none.
    """
    if "authors" not in fields:
        return fields
    byline = classify.Patterns.of(cues).byline
    read = ((byline.match(name) and classify.byline_authors(name, cues)) or (name,) for name in fields["authors"])
    return {**fields, "authors": tuple(dict.fromkeys(name for found in read for name in found))}


def _split(markdown: str) -> tuple[str, dict[str, Any]]:
    if markdown.startswith("Title:") and (header := _HEADER.match(markdown[:_MOST])) is not None:
        said = (line.partition(":") for line in header.group().splitlines() if line.strip())
        named = ((_FIELDS.get(key.strip().lower()), value) for key, _, value in said)
        return header.group(), _fields({field: [value.strip()] for field, value in named if field is not None})
    if not markdown.startswith("---") or (block := _BLOCK.match(markdown[:_MOST])) is None:
        return "", {}
    lines = block["lines"].splitlines()
    if not any(_KEY.match(line) for line in lines) or not all(_YAML_LINE.match(line) for line in lines):
        return "", {}  # a rule over the body and one under its first lines: no front matter
    values: dict[str, list[str]] = {}
    key = None
    for line in lines:
        if (item := _ITEM.match(line)) is not None and key is not None:
            values[key].append(item["value"])
        elif (pair := _KEY.match(line)) is not None:
            key = _field(pair["key"])
            if key is not None and key not in values:
                value = pair["value"] or ""
                values[key] = [] if value.rstrip("+-") in {">", "|"} else _listed(value)  # its lines follow
            elif key is not None:
                key = None  # the first of two keys for one field stands: "date" over "published"
        elif key is not None and line.strip() and line[0] in " \t":  # a value going on, folded into one line
            items = values[key]
            items[-1:] = [" ".join([*items[-1:], line.strip()])]
        else:
            key = None
    return block.group(), _fields(values)


def properties(text: str, cues: Cues) -> dict[str, Any] | None:
    """The article's fields a block of ``Key: value`` lines gives, as notes apps export a page's properties.

    Notion, Joplin and read-later apps write them under the title, a line each: "Author: Jane
    Roe", "Published: March 3, 2026", "URL: ...", among keys of their own ("Created:", "Saved:").
    Two lines or more, each a capitalised key and a value, two of whose keys name the article's
    fields; else ``None`` (an interview's "Q:" and "A:", a box's "Date:", "Time:" and "Place:").
    """
    lines = text.splitlines()
    if not 2 <= len(lines) <= _PROPERTIES:
        return None
    values: dict[str, list[str]] = {}
    named = 0
    for line in lines:
        if (pair := _PROPERTY.fullmatch(line)) is None:
            return None
        if (field := _field(pair["key"])) is not None:
            named += 1
            values.setdefault(field, [pair["value"]])
    return _writers_read(_fields(values), cues) if named >= 2 else None


_PROPERTIES = 16  # lines: a page's properties are a few
_PROPERTY = re.compile(r"(?P<key>[A-Z][\w ]{0,30}?)[ \t]*:[ \t]+(?P<value>\S.*?)[ \t]*")


def _listed(value: str) -> list[str]:
    """A value's items: ``[a, "b"]`` gives two; a plain value is one; none gives none (a list may follow)."""
    if value.startswith("[") and value.endswith("]") and not _WIKI_LINK.match(value):
        return [item for item in _FLOW_ITEM.findall(value[1:-1]) if item.strip()]
    return [value] if value else []


def _fields(values: dict[str, list[str]]) -> dict[str, Any]:
    """The article's fields the values give: none that is empty or that the article cannot hold."""
    fields: dict[str, Any] = {}
    for key, items in values.items():
        words = [word for item in items if (word := _unquoted(item))]
        if not words:
            continue
        if key == "authors":
            # (each of the notes app's links a writer: "[[Jane Roe]], [[John Doe]]")
            names = (name for word in words for name in (_WIKI_LINKS.findall(word) or word.split(";")))
            fields[key] = tuple(dict.fromkeys(name.strip() for name in names if name.strip()))
        elif key == "tags":
            many = len(words) > 1
            fields[key] = tuple(
                dict.fromkeys(t.strip() for w in words for t in ([w] if many else w.split(",")) if t.strip())
            )
        elif key == "published":
            if (when := _date(words[0])) is not None:
                fields[key] = when
        elif key == "url":
            if words[0].startswith(("http://", "https://")):
                fields[key] = words[0]
        else:
            fields[key] = words[0]
    return fields


def _unquoted(value: str) -> str:
    """A YAML scalar's words: its quotes taken off, a notes app's link to a page read as the page's name."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    if (link := _WIKI_LINK.match(value)) is not None:
        value = link["name"]
    return value.strip()


def _date(value: str) -> dt.date | dt.datetime | None:
    """A date ("2024-03-03") or a date and time ("2024-03-03T10:15:00+01:00"), or ``None``."""
    if _YEAR.search(value) is None:
        return None  # what a date leaves out would be today's
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else classify.read_date(value)
    except ValueError:
        return None


_YEAR = re.compile(r"\d{4}")
