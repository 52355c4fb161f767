"""The ``anatomy`` directive: an article drawn with every block marked by its type.

``{anatomy} ../seeds/000_770722033839be41.txt`` reads the file with
:func:`newsdoc.parse_text` when the docs build and draws the result: the
article's metadata, a legend with one colour a block type and how many of each
were found, then every block in order, labelled with its position and type and
followed by the fields newsdoc read from it. Nothing is drawn by hand, so the
page shows what the library does today.
"""

from __future__ import annotations

import re
import typing
from html import escape

import attrs
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import newsdoc

# One colour a block type, in the order of newsdoc.Block; readable on light and dark pages.
PALETTE = (
    "#4e79a7", "#9c755f", "#59a14f", "#3f8f89", "#6b8e23", "#7f7f7f", "#b8860b",
    "#e8731a", "#e15759", "#b07aa1", "#d4607a", "#2f7e9e", "#8c8c8c",
)  # fmt: skip
TYPES: tuple[type, ...] = typing.get_args(newsdoc.Block)
# The block's words are drawn as its body, so they are not repeated among its fields.
WORDS = {"text", "alt", "items", "rows"}
REFERENCES = {"image", "repeats"}
# What lets to_text give the source back byte for byte: drawn quoted, so white space shows.
LAYOUT = {"spacing", "credit_prefix", "credit_suffix", "opening", "closing", "attribution_prefix", "breaks"}


def label(kind: type) -> str:
    """``PullQuote`` -> ``pull quote``."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", kind.__name__).lower()


def colour(kind: type) -> str:
    """The colour that marks blocks of type *kind*."""
    return PALETTE[TYPES.index(kind)]


def value(name: str, data: object) -> str:
    """One field's value as HTML: a link for a reference to another block, repr for bare layout."""
    if name in REFERENCES:
        return f'<a href="#block-{data}">block {data}</a>'
    if name in LAYOUT:
        return f"<code>{escape(repr(data))}</code>"
    if attrs.has(type(data)):
        data = ", ".join(
            f"{f.name}: {getattr(data, f.name)}" for f in attrs.fields(type(data)) if getattr(data, f.name)
        )
    return escape(str(data))


def fields(block: newsdoc.Block) -> str:
    """The fields newsdoc read from *block*, leaving out its words and any field at its default."""
    rows = [
        f"<dt>{field.name}</dt><dd>{value(field.name, getattr(block, field.name))}</dd>"
        for field in attrs.fields(type(block))
        if field.name not in WORDS and getattr(block, field.name) != field.default
    ]
    return f'<dl class="nd-fields">{"".join(rows)}</dl>' if rows else ""


def body(block: newsdoc.Block) -> str:
    """The block's words, as a reader sees them."""
    if isinstance(block, newsdoc.ItemList):
        tag = "ol" if block.ordered else "ul"
        return f"<{tag}>{''.join(f'<li>{escape(item)}</li>' for item in block.items)}</{tag}>"
    words = block.alt if isinstance(block, newsdoc.Image) else block.text
    return f"<p>{escape(words)}</p>" if words else '<p class="nd-empty">(no words)</p>'


def draw(article: newsdoc.Article) -> str:
    """The whole anatomy of *article* as one HTML fragment."""
    meta = "".join(
        f"<dt>{name}</dt><dd>{escape(', '.join(data) if isinstance(data, tuple) else str(data))}</dd>"
        for name in ("title", "kicker", "authors", "tags", "source", "publication", "published", "url")
        if (data := getattr(article, name))
    )
    counts = {kind: sum(isinstance(block, kind) for block in article.blocks) for kind in TYPES}
    legend = "".join(
        f'<li class="{"" if counts[kind] else "nd-absent"}" style="--nd-colour: {colour(kind)}">'
        f"{label(kind)} <span>{counts[kind]}</span></li>"
        for kind in TYPES
    )
    blocks = "".join(
        f'<li id="block-{number}" class="nd-block" style="--nd-colour: {colour(type(block))}">'
        f'<span class="nd-label">{number} · {label(type(block))}</span>{body(block)}{fields(block)}</li>'
        for number, block in enumerate(article.blocks)
    )
    return (
        f'<div class="nd-anatomy"><dl class="nd-meta">{meta}</dl>'
        f'<ul class="nd-legend">{legend}</ul><ol class="nd-blocks">{blocks}</ol></div>'
    )


class Anatomy(SphinxDirective):
    """Draw the article in the file named by the argument (relative to the page)."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """Parse the file and return the drawing as raw HTML."""
        relative, path = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(relative)
        with open(path, encoding="utf-8", newline="") as file:
            text = file.read()
        article = newsdoc.parse_text(text)
        if newsdoc.to_text(article) != text:
            raise self.error(f"{self.arguments[0]}: newsdoc does not give this text back byte for byte")
        return [nodes.raw("", draw(article), format="html")]


def setup(app: Sphinx) -> dict[str, object]:
    """Register the directive."""
    if len(TYPES) > len(PALETTE):  # a new block type needs a colour of its own
        raise RuntimeError(f"anatomy.PALETTE has {len(PALETTE)} colours for {len(TYPES)} block types")
    app.add_directive("anatomy", Anatomy)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
