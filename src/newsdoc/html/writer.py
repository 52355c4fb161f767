"""Clean HTML: :func:`~newsdoc.to_html` writes an article; :func:`~newsdoc.parse_html` reads it back exactly.

The output is semantic HTML5: an ``article`` with a ``header``, ``figure`` and
``figcaption`` with the credit in its own element, ``blockquote`` for pull
quotes with the attribution in ``cite``, and the closing notes in the
article's ``footer``; a standalone page carries JSON-LD metadata in its head.
All text is escaped, so none of it can become markup.

Each block's element names its type in a class (``nd-caption``) and keeps the
fields a reader does not see in a ``data-nd`` attribute, so that
:func:`~newsdoc.parse_html` gives back the very same article (see
:func:`~newsdoc.html.read_newsdoc`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from html import escape
from typing import Any, assert_never

import attrs
from bs4 import Tag

from .. import jsonformat
from ..errors import FormatError, ParseError
from ..limits import DEFAULT_LIMITS
from ..marks import MARK_TAGS, MARKED_BLOCKS, by_cell, joined, parted, steps, table_marks
from ..model import (
    Article,
    Attribution,
    Bio,
    Block,
    Caption,
    Disclaimer,
    Fragment,
    Heading,
    Image,
    ItemList,
    Mark,
    Paragraph,
    PullQuote,
    Quote,
    Standfirst,
    Table,
    expect_article,
    mark_parts,
    notes_start,
    shown_fields,
)
from ..urls import safe_url
from .tree import Element, page_tree, text_of, walk_marked

__all__ = ["read_newsdoc", "to_html"]

_STYLE = (
    "body{font:17px/1.5 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em}"
    ".kicker{font:bold 13px sans-serif;letter-spacing:.1em;color:#b5121b}figure{margin:1.5em 0}"
    "img{max-width:100%;height:auto}"
    "figcaption{font:14px/1.4 sans-serif;color:#444}.credit{color:#777;text-transform:uppercase}"
    ".pull-quote{font-size:1.3em;border-left:4px solid #b5121b;margin:1.5em 0;padding-left:1em}"
    "article>footer{border-top:1px solid #ccc;margin-top:2em;font-size:.9em;color:#444}"
    "table{border-collapse:collapse;margin:1.5em 0;font:15px/1.4 sans-serif}"
    "th,td{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
)
_ASCII_SPACE = frozenset(" \t\n\r\x0c")


def to_html(article: Article, *, standalone: bool = True) -> str:
    """Write *article* as clean, semantic HTML5.

    Captions go in ``figcaption`` with the credit in its own element, pull
    quotes in ``blockquote`` with the attribution in ``cite``, the closing
    notes in the article's ``footer``. All text is escaped. What a reader does
    not see rides in ``data-`` attributes, so :func:`~newsdoc.parse_html`
    reads the output back to an equal article.

    Args:
        article: The article.
        standalone: A whole page with a head (title, a little CSS, JSON-LD
            metadata); otherwise only the ``<article>`` element, to put in a
            page of your own.

    Returns:
        The HTML, ending in a line break.

    Examples:
        >>> import newsdoc
        >>> article = newsdoc.Article(blocks=(newsdoc.Paragraph(text="The talks went on."),))
        >>> print(newsdoc.to_html(article, standalone=False), end="")
        <article class="newsdoc" data-newsdoc="{&quot;format&quot;: &quot;newsdoc&quot;, &quot;version&quot;: 1}">
        <p class="nd-paragraph">The talks went on.</p>
        </article>
        >>> newsdoc.parse_html(newsdoc.to_html(article)) == article
        True
    """
    expect_article(article, "to_html")
    meta = {k: v for k, v in jsonformat.to_dict(article).items() if k != "blocks" and v not in (None, [])}
    parts = [f'<article class="newsdoc" data-newsdoc="{_attr(json.dumps(meta, ensure_ascii=False))}">']
    header = _header(article)
    if header:
        parts.append(f"<header>\n{header}\n</header>")
    blocks = article.blocks
    notes = notes_start(blocks)
    notes = len(blocks) if notes is None else notes
    i = 0
    while i < len(blocks):
        if i == notes:
            parts.append("<footer>")
        block = blocks[i]
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, Image) and isinstance(following, Caption) and following.image == i and i + 1 != notes:
            parts.append(f"<figure>\n{_element(block)}\n{_element(following)}\n</figure>")
            i += 2
            continue
        element = _element(block)
        parts.append(f"<figure>\n{element}\n</figure>" if isinstance(block, Image | Caption) else element)
        i += 1
    if notes < len(blocks):
        parts.append("</footer>")
    parts.append("</article>")
    body = "\n".join(parts)
    if not standalone:
        return body + "\n"
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="generator" content="newsdoc">\n'
        f"<title>{_text(article.title or '')}</title>\n"
        f"<style>{_STYLE}</style>\n"
        f'<script type="application/ld+json">{_json_ld(article)}</script>\n'
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _header(article: Article) -> str:
    """What a reader sees above the article: kicker, headline, byline, date (read back from data-newsdoc).

    Not what the article's first blocks show already, as a text's headline and byline are:
    a reader would see it twice.
    """
    roles, headlines = _shown_at_top(article.blocks)
    lines = []
    if article.kicker and "kicker" not in roles:
        lines.append(f'<p class="kicker">{_text(article.kicker)}</p>')
    if article.title is not None and article.title not in headlines:
        lines.append(f"<h1>{_text(article.title)}</h1>")
    if article.authors and "byline" not in roles:
        lines.append(f'<p class="byline">By {_text(", ".join(article.authors))}</p>')
    if article.published is not None and "date" not in roles:
        when = article.published.isoformat()
        lines.append(f'<p class="dateline"><time datetime="{_attr(when)}">{_text(_day(article.published))}</time></p>')
    return "\n".join(lines)


def _shown_at_top(blocks: tuple[Block, ...]) -> tuple[set[str | None], set[str]]:
    """The roles of the fragments before the article's first other block, and the headlines among them."""
    roles: set[str | None] = set()
    headlines: set[str] = set()
    for block in blocks:
        match block:
            case Fragment(role="title", text=text) | Heading(level=1, text=text):
                headlines.add(text)
            case Fragment(role=role):
                roles.add(role)
            case _:
                break
    return roles, headlines


def _day(when: dt.date) -> str:
    """A date as a reader reads it, ``5 March 2021``, with its time unless it is midnight: ``09:30 UTC-05:00``."""
    day = f"{when.day} {_MONTHS[when.month - 1]} {when.year}"
    if not isinstance(when, dt.datetime) or when.timetz().replace(tzinfo=None) == dt.time():
        return day
    offset = when.utcoffset()
    if offset is None:
        return f"{day}, {when:%H:%M}"
    minutes = round(offset.total_seconds() / 60)  # seconds of an offset are for machines
    zone = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02}:{abs(minutes) % 60:02}" if minutes else ""
    return f"{day}, {when:%H:%M} UTC{zone}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def _json_ld(article: Article) -> str:
    data: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    fields = {
        "headline": article.title,
        "articleSection": article.kicker,
        "author": [{"@type": "Person", "name": name} for name in article.authors] or None,
        "keywords": list(article.tags) or None,
        "datePublished": article.published.isoformat() if article.published else None,
        "publisher": {"@type": "Organization", "name": article.publication} if article.publication else None,
        "isBasedOn": article.source,
        "url": article.url,
    }
    data.update({k: v for k, v in fields.items() if v is not None})
    # "</" would end the script element early, and "<!--" would change how it is read.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def _text(text: str) -> str:
    """*text* for an element, as a reader sees it (the exact value of an odd one is in data-nd)."""
    shown = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return escape(shown, quote=False)


def _attr(text: str) -> str:
    return (
        escape(_CONTROLS.sub("", text), quote=True).replace("\n", "&#10;").replace("\t", "&#9;").replace("\r", "&#13;")
    )


def _data(fields: dict[str, object]) -> str:
    """A data-nd attribute with the fields that are not None, if any."""
    kept = {k: v for k, v in fields.items() if v is not None}
    return f' data-nd="{_attr(json.dumps(kept, ensure_ascii=False))}"' if kept else ""


# What a page's text never holds; the reader drops it (see newsdoc.html.reader).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _rows(rows: Sequence[tuple[str, ...]], marks: Sequence[list[tuple[Mark, ...]]], cell: str) -> str:
    """The rows as ``<tr>``, each cell a *cell* element with its *marks* (see :func:`~newsdoc.marks.by_cell`)."""
    return "".join(
        "<tr>" + "".join(f"<{cell}>{_marked(c, m)}</{cell}>" for c, m in zip(row, own, strict=True)) + "</tr>"
        for row, own in zip(rows, marks, strict=True)
    )


def _unshowable(value: object) -> bool:
    """Whether the tree builders would not give *value* back as the text of an element.

    Control characters are dropped (no page shows them), CR turned into LF, and a
    text made only of ASCII white space folded to one space.
    """
    if isinstance(value, str):
        return "\r" in value or _CONTROLS.search(value) is not None or (value != "" and set(value) <= _ASCII_SPACE)
    if isinstance(value, list | tuple):
        return any(map(_unshowable, value))
    return False


def _shows_link(mark: Mark) -> bool:
    """Whether *mark* is written as an element: not a link to an unsafe address, nor to one a parser changes.

    Control characters are dropped; some parsers read a carriage return as a line break.
    """
    return mark.href is None or (safe_url(mark.href) and not _unshowable(mark.href))


def _folded(block: Block) -> bool:
    """Whether a parser would not give back the words of *block* as :func:`_marked` writes them.

    Each run of words between two marks is a text node of its own; Beautiful Soup
    folds one made only of ASCII white space to a space or a line break.
    """
    marks = [mark for mark in getattr(block, "marks", ()) if _shows_link(mark)]
    items = mark_parts(block)[0] if isinstance(block, MARKED_BLOCKS) else (block.text,)
    pieces = zip(items, parted(items, tuple(marks), "\n"), strict=True)
    runs = (text[s.start : s.end] for text, own in pieces for s in steps(own, len(text)) if s.mark is None)
    return any(set(run) <= _ASCII_SPACE and run not in {" ", "\n"} for run in runs)


def _marked(text: str, marks: tuple[Mark, ...]) -> str:
    """*text* for an element, its marks as ``<a>``, ``<em>``, ``<strong>`` and ``<code>`` (links to safe addresses)."""
    shown = [mark for mark in marks if _shows_link(mark)]
    out = []
    for step in steps(shown, len(text)):
        if step.mark is None:
            out.append(_text(text[step.start : step.end]))
            continue
        mark = shown[step.mark]
        tag = MARK_TAGS[mark.kind]
        href = "" if mark.href is None else f' href="{_attr(mark.href)}"'
        out.append(f"<{tag}{href}>" if step.opens else f"</{tag}>")
    return "".join(out)


def _element(block: Block) -> str:
    data = jsonformat.block_to_dict(block)
    css = "nd-" + str(data.pop("type")).replace("_", "-")
    visible = (*shown_fields(type(block)), "width", "height") if isinstance(block, Image) else shown_fields(type(block))
    # Shown as well as HTML can; what would not come back exactly, or is not safe to show, also rides in data-nd.
    hidden = {
        k: v
        for k, v in data.items()
        if k not in visible or _unshowable(v) or (k == "src" and isinstance(v, str) and not safe_url(v))
    }
    # Marks count in the words as shown: unless both come back exactly, both ride in data-nd.
    words = "items" if isinstance(block, ItemList) else "rows" if isinstance(block, Table) else "text"
    if "marks" in data and (words in hidden or _folded(block)):
        hidden |= {words: data[words], "marks": data["marks"]}
    elif "marks" in data and not all(map(_shows_link, getattr(block, "marks", ()))):
        hidden["marks"] = data["marks"]  # a link not shown
    extra = _data(hidden)
    match block:
        case Paragraph() | Attribution() | Disclaimer() | Bio():
            return f'<p class="{css}"{extra}>{_marked(block.text, block.marks)}</p>'
        case Fragment():
            return f'<p class="{css}"{extra}>{_text(block.text)}</p>'
        case Standfirst():
            return f'<p class="{css} standfirst"{extra}>{_marked(block.text, block.marks)}</p>'
        case Heading():
            return f'<h{block.level} class="{css}"{extra}>{_marked(block.text, block.marks)}</h{block.level}>'
        case ItemList():
            tag = "ol" if block.ordered else "ul"
            own = parted(block.items, block.marks, "\n")
            items = "".join(f"<li>{_marked(item, marks)}</li>" for item, marks in zip(block.items, own, strict=True))
            start = f' start="{block.start}"' if block.start != 1 else ""
            return f'<{tag} class="{css}"{start}{extra}>{items}</{tag}>'
        case Table():
            # The header row in a <thead>, as readers of pages take it: so an empty one comes back too.
            marked, head = by_cell(block), int(block.header)  # how many rows the <thead> holds
            thead = f"<thead>{_rows(block.rows[:head], marked[:head], 'th')}</thead>" if block.header else ""
            body = _rows(block.rows[head:], marked[head:], "td")
            return f'<table class="{css}"{extra}>{thead}<tbody>{body}</tbody></table>'
        case Quote():
            return f'<blockquote class="{css}"{extra}><p>{_marked(block.text, block.marks)}</p></blockquote>'
        case Image():
            src = "" if block.src is None or not safe_url(block.src) else f' src="{_attr(block.src)}"'
            size = "".join(
                f' {k}="{v}"' for k, v in (("width", block.width), ("height", block.height)) if v is not None
            )
            return f'<img class="{css}"{extra}{src} alt="{_attr(block.alt)}"{size}>'
        case Caption():
            text = f'<span class="caption-text">{_marked(block.text, block.marks)}</span>'
            credit = "" if block.credit is None else f' <small class="credit">{_text(block.credit)}</small>'
            return f'<figcaption class="{css}"{extra}>{text}{credit}</figcaption>'
        case PullQuote():
            cite = (
                "" if block.attribution is None else f"<footer>\u2014 <cite>{_text(block.attribution)}</cite></footer>"
            )
            return f'<blockquote class="{css} pull-quote"{extra}><p>{_text(block.text)}</p>{cite}</blockquote>'
        case _:
            assert_never(block)


def read_newsdoc(article: Element | Tag) -> Article:
    """Read back an ``<article data-newsdoc>`` element that :func:`~newsdoc.to_html` wrote.

    :func:`~newsdoc.parse_html` calls it when a page holds such an element;
    call it yourself when you have already found the element in a tree.

    Args:
        article: The ``<article>`` element of an lxml tree, or a Beautiful Soup
            tag, which is read as the markup it writes.

    Returns:
        The article, equal to the one that was written.

    Raises:
        ParseError: The element's newsdoc data is broken; the message says where.
    """
    if isinstance(article, Tag):
        article = _element_of(article)
    try:
        meta = _object(article, "data-newsdoc")
        blocks = [_block(element, css) for element in article.iterdescendants() if (css := _nd_class(element))]
        return attrs.evolve(jsonformat.from_dict(meta), blocks=tuple(blocks))
    except (ValueError, FormatError) as error:
        raise ParseError(f"newsdoc HTML: {error}") from None


def _element_of(tag: Tag) -> Element:
    """The element a soup's *tag* is, in a tree of its own."""
    root = page_tree(str(tag), DEFAULT_LIMITS)
    body = None if root is None else root.find("body")
    if body is None or not len(body):
        raise ParseError(f"newsdoc HTML: <{tag.name}> holds no element to read")
    return body[0]


def _nd_class(element: Element) -> str | None:
    """The class that names the block *element* is (``nd-caption``), if it is one."""
    if not isinstance(element.tag, str):
        return None
    return next((c for c in (element.get("class") or "").split() if c.startswith("nd-")), None)


def _object(element: Element, name: str) -> dict[str, Any]:
    """The JSON object in the attribute *name* of *element*."""
    try:
        value = jsonformat.loads(element.get(name) or "")
    except FormatError as error:
        raise ParseError(f"<{element.tag} {name}>: {error}") from None
    if not isinstance(value, dict):
        raise ParseError(f"<{element.tag} {name}>: expected a JSON object")
    return value


def _block(element: Element, css: str) -> Block:
    data: dict[str, Any] = {"type": css[3:].replace("-", "_")}
    if element.get("data-nd") is not None:
        data.update(_object(element, "data-nd"))
    data = {**_shown(element, data["type"]), **data}  # an exact value in data-nd wins
    try:
        return jsonformat.block_from_dict(data)
    except FormatError as error:
        raise ParseError(f'<{element.tag} class="{css}">: {error}') from None


def _shown(element: Element, kind: str) -> dict[str, Any]:
    """The fields a block's element shows, read exactly."""
    match kind:
        case "image":
            shown = {"alt": element.get("alt", ""), "src": element.get("src")}
            return shown | {k: int(value) for k in ("width", "height") if (value := element.get(k, "")).isdigit()}
        case "caption":
            text, credit = _with_class(element, "caption-text"), _with_class(element, "credit")
            return {**_words(text), "credit": None if credit is None else text_of(credit)}
        case "pull_quote":
            words, cite = _first(element, "p"), _first(element, "cite")
            return {
                "text": "" if words is None else text_of(words),
                "attribution": None if cite is None else text_of(cite),
            }
        case "quote":
            return _words(_first(element, "p"))
        case "heading":
            level = int(element.tag[1]) if re.fullmatch(r"h[1-6]", element.tag) else 2
            return {**_words(element), "level": level}
        case "table":
            rows = [
                [walk_marked([cell], exact=True) for cell in row if cell.tag in {"th", "td"}]
                for row in element.iterdescendants("tr")
            ]
            return {
                "rows": [[cell.text for cell in row] for row in rows],
                "marks": jsonformat.marks_to_list(table_marks([[(c.text, c.marks) for c in row] for row in rows])),
                "header": _first(element, "thead") is not None,
            }
        case "item_list":
            items = [walk_marked([li], exact=True) for li in element.iterchildren("li")]
            _, marks = joined(((item.text, item.marks) for item in items), "\n")
            return {
                "items": [item.text for item in items],
                "marks": jsonformat.marks_to_list(marks),
                "ordered": element.tag == "ol",
                **({"start": int(start)} if (start := element.get("start", "")).isdigit() else {}),
            }
        case "fragment":
            return {"text": text_of(element)}
        case _:
            return _words(element)


def _first(element: Element, name: str) -> Element | None:
    """The first element named *name* under *element*."""
    return next(element.iterdescendants(name), None)


def _with_class(element: Element, name: str) -> Element | None:
    """The first element under *element* with the class *name*."""
    return next((e for e in element.iterdescendants() if name in (e.get("class") or "").split()), None)


def _words(element: Element | None) -> dict[str, Any]:
    """The text and marks an element shows; none for no element."""
    if element is None:
        return {"text": ""}
    built = walk_marked([element], exact=True)
    return {"text": built.text, "marks": jsonformat.marks_to_list(built.marks)}
