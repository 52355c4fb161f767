"""Whether newsdoc reads the same article from the same page or text written another way.

Usage::

    python benchmarks/invariance.py [--data DIR] [--limit N]

A reader sees no difference between a page and the page indented, or between a text with
bare line feeds and the text with Windows line ends; newsdoc should give the same blocks.
For each of the AEB dev pages, this script writes the page again in such ways and counts
the pages whose article changes. It does the same for the text BeautifulSoup and inscriptis
scrape from each page (the renditions ``benchmarks/roles.py`` reads). Nothing is asserted:
the counts, and the pages or texts that change, are printed.

Pages:

* ``indented``: the white space between tags made a line break, a blank line and eight
  spaces a level, as a template indents its markup. The article must be equal.
* ``wrapped``: indented, and every run of white space in the words a line break and four
  spaces a level, as HTML Tidy wraps long lines. The article must be equal.
* ``no-break``: a tenth of the spaces in the words made ``&nbsp;``. The block types must be
  equal.

Texts (the block types, the title and the authors must be equal, white space folded):

* ``crlf``: every line break written ``\\r\\n``.
* ``trailing``: two spaces before every line break.
* ``tab``: a tab after every line break.
* ``bom``: a byte-order mark before the text.
* ``no-break``: a tenth of the spaces in the words made U+00A0 (not the spaces after a list's
  bullet or number, which are the list's layout, as the line breaks are).
* ``wrapped``: every line made a paragraph between blank lines and hard-wrapped to 72
  columns, as a text browser, an email or ``html2text`` writes text, against the same
  paragraphs unwrapped. Not every change here is a fault: a wrap that falls at the end of a
  sentence may end a paragraph as well, and a reader cannot tell which, so the wrapped
  paragraph may read as two. The count is a figure to watch, not one to bring to 0.
"""

from __future__ import annotations

import argparse
import random
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import lxml.etree
import lxml.html
from aeb import DEFAULT_DATA, load_pages
from roles import bs4_text, load_inscriptis

import newsdoc

_KEEP = {"pre", "textarea", "script", "style", "code"}  # where white space shows, or is no words
_SPACES = re.compile(r"[ \t\n\r\f]+")


def _no_break(text: str, seed: int, *, keep: re.Pattern[str] | None = None) -> str:
    """*text* with a tenth of its spaces made no-break, the same ones each run; not those *keep* finds."""
    chance = random.Random(seed)
    kept = {i for found in keep.finditer(text) for i in range(*found.span())} if keep else set()
    return "".join("\u00a0" if c == " " and i not in kept and chance.random() < 0.1 else c for i, c in enumerate(text))


_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+\u2022]|\d+\.)[ \t]+", re.M)  # a list's bullet or number, the spaces after it


def rewrite_page(html: str, how: str) -> str:
    """The page *html* written again as *how* says (see the module's docstring)."""
    root = lxml.html.document_fromstring(html)
    for number, element in enumerate(root.iter() if how != "as-is" else ()):
        if not isinstance(element.tag, str):
            continue
        kept = any(a.tag in _KEEP for a in element.iterancestors())  # its tail stands in a <pre>, say
        depth = sum(1 for _ in element.iterancestors())
        for field, level in (("text", depth + 1), ("tail", depth)):
            value = getattr(element, field)
            if not value or kept or (field == "text" and element.tag in _KEEP):
                continue
            if how == "no-break":
                setattr(element, field, _no_break(value, number))
            elif not value.strip(" \t\n\r\f"):
                setattr(element, field, "\n\n" + "        " * level)
            elif how == "wrapped":
                setattr(element, field, _SPACES.sub("\n" + "    " * level, value))
    return lxml.etree.tostring(root, encoding="unicode", method="html")  # text: no charset to read again


def _paragraphs(text: str) -> str:
    """*text* with each line a paragraph of its own, between blank lines."""
    return re.sub(r"\n+", "\n\n", text)


def _wrapped(text: str) -> str:
    """*text* with each line a paragraph of its own, each hard-wrapped to 72 columns."""
    return "\n\n".join(
        textwrap.fill(line, 72, break_long_words=False, break_on_hyphens=False) or line
        for line in text.split("\n")
        if line
    )


# How each text is written again, and what the rewriting is held against (most often the text itself).
TEXTS: dict[str, tuple[Callable[[str], str], Callable[[str], str]]] = {
    "crlf": (str, lambda text: text.replace("\n", "\r\n")),
    "trailing": (str, lambda text: text.replace("\n", "  \n")),
    "tab": (str, lambda text: text.replace("\n", "\n\t")),
    "bom": (str, lambda text: "\ufeff" + text),
    "no-break": (str, lambda text: _no_break(text, len(text), keep=_LIST_MARK)),
    "wrapped": (_paragraphs, _wrapped),
}


def kinds(article: newsdoc.Article) -> list[str]:
    return [type(block).__name__ for block in article.blocks]


def _folded(value: str | None) -> str | None:
    return None if value is None else " ".join(value.split())


def text_reading(article: newsdoc.Article) -> tuple[object, ...]:
    """What must not change in the reading of a text: block types, title, authors."""
    return kinds(article), _folded(article.title), tuple(map(_folded, article.authors))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="AEB folder (default %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args()
    pages = load_pages(args.data, args.limit)
    scrapers = {"bs4": bs4_text, "inscriptis": load_inscriptis()}
    changed: dict[str, list[str]] = {}
    texts = 0
    for page in pages:
        # The page as lxml writes it back, so that only the rewriting differs.
        plain = newsdoc.parse_html(rewrite_page(page.html, "as-is"))
        for how in ("indented", "wrapped", "no-break"):
            article = newsdoc.parse_html(rewrite_page(page.html, how))
            same = kinds(article) == kinds(plain) if how == "no-break" else article == plain
            changed.setdefault(f"page {how}", []).extend([] if same else [page.id[:12]])
        for scraper, scrape in scrapers.items():
            text = scrape(page.html)
            texts += 1
            readings = {str: text_reading(newsdoc.parse_text(text))}
            for how, (before, rewrite) in TEXTS.items():
                if before not in readings:
                    readings[before] = text_reading(newsdoc.parse_text(before(text)))
                same = text_reading(newsdoc.parse_text(rewrite(text))) == readings[before]
                changed.setdefault(f"text {how}", []).extend([] if same else [f"{scraper}:{page.id[:12]}"])
    print(f"{len(pages)} pages, {texts} texts (bs4 and inscriptis) from {args.data}")
    for name, which in changed.items():
        total = len(pages) if name.startswith("page") else texts
        print(f"{name:16} {len(which):3} of {total} read otherwise  {' '.join(which[:8])}")


if __name__ == "__main__":
    main()
