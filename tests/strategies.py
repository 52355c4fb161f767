"""Hypothesis strategies: one for every model class, and article-like texts."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

import newsdoc
from newsdoc import (
    Article,
    Attribution,
    AttributionKind,
    Bio,
    Caption,
    Disclaimer,
    Fragment,
    Heading,
    Image,
    ItemList,
    Mark,
    MarkKind,
    Paragraph,
    PullQuote,
    Quote,
    Slug,
    Standfirst,
    Table,
)

# Characters that mean something to Markdown, HTML or our own formats, mixed into ordinary text.
_TRICKY = [
    *list("*_#>[]`<|\\!&;:-+=.()~\"'“”–— \t\r\n\xa0\u2028\x00\x0b\x0c"),
    "-->",
    "<!--",
    "1. ",
    "1) ",
    "- ",
    "# ",
    "> ",
    "&amp;",
    "&#32;",
    "    ",
    "\r\n",
    "\n\n",
    "```",
    "<script>",
    "(AP)",
    "(Reuters).",
    "Photo: ",
    "“",
]

words = st.text(min_size=0, max_size=30) | st.lists(
    st.sampled_from(_TRICKY) | st.text(alphabet="abcXYZ 019", min_size=1, max_size=6), max_size=12
).map("".join)
index = st.none() | st.integers(min_value=0, max_value=40)
spacing = (
    st.none() | st.sampled_from(["", "\n", "\n\n", "\n\n\n", "\r\n\r\n", " \n\n ", "\n \n"]) | st.text(" \t\n\r\u00a0")
)

slugs = st.builds(
    Slug,
    words=words,
    width=st.none() | st.integers(min_value=0, max_value=9999),
    date=st.none() | st.dates(),
)


size = st.none() | st.integers(min_value=0, max_value=2**63 - 1)

# Addresses a writer must show exactly, or keep inert: spaces, brackets, entities, scripts, controls.
_HREFS = [
    "https://example.org/r",
    "http://x.org/a_(b)",
    "/a b",
    "a(b",
    "a)b",
    "<x>",
    "x>y",
    "",
    "javascript:x",
    "JaVa\tScRiPt:alert(1)",
    "data:image/png;base64,iVBO",
    "data:image/png,x",
    "mailto:a@example.org",
    "x&amp;y",
    "/search?q=ferry&page=2",
    "x&copy",
    "x&#38;y",
    'a"b',
    "a`b",
    "\u00e9/\u00fc",
    "%20",
    "\\",
    "a\nb",
    "a\rb",
    "a\x01b",
    "file:///etc/passwd",
]
hrefs = st.sampled_from(_HREFS) | st.text(max_size=12)


def _nests(kept: list[Mark], mark: Mark) -> bool:
    """Whether *mark*, after *kept* in order, nests with them: apart or inside, not in code, no link in a link."""
    for other in kept:
        if other.end <= mark.start or mark.end <= other.start:
            continue
        inside = other.start <= mark.start and mark.end <= other.end
        if not inside or other.kind is MarkKind.CODE or other.kind is mark.kind is MarkKind.LINK:
            return False
    return True


@st.composite
def marks_over(draw: st.DrawFn, text: str) -> tuple[Mark, ...]:
    """Well-nested marks over *text*: any stretch, any kind, links to any address (safe or not)."""
    if not text:
        return ()
    drawn = draw(
        st.lists(
            st.tuples(
                st.integers(min_value=0, max_value=len(text) - 1),
                st.integers(min_value=1, max_value=len(text)),
                st.sampled_from(MarkKind),
                hrefs,
            ),
            max_size=5,
        )
    )
    candidates = [
        Mark(start=start, end=end, kind=kind, href=href if kind is MarkKind.LINK else None)
        for start, end, kind, href in drawn
        if start < end
    ]
    kept: list[Mark] = []
    for mark in sorted(candidates, key=lambda m: (m.start, -m.end)):  # stable: the outer of two alike first
        if _nests(kept, mark):
            kept.append(mark)
    return tuple(kept)


@st.composite
def item_marks(draw: st.DrawFn, items: tuple[str, ...]) -> tuple[Mark, ...]:
    """Marks over a list's items (or a table's cells), each inside one, counted in them joined by line breaks."""
    out: list[Mark] = []
    at = 0
    for item in items:
        out.extend(Mark(start=m.start + at, end=m.end + at, kind=m.kind, href=m.href) for m in draw(marks_over(item)))
        at += len(item) + 1
    return tuple(out)


def _marked(cls: type, text: st.SearchStrategy[str], **fields: st.SearchStrategy[object]) -> st.SearchStrategy:
    """A block of class *cls* with words drawn from *text* and marks over them."""
    return text.flatmap(lambda words: st.builds(cls, text=st.just(words), marks=marks_over(words), **fields))


def _on_one_line(text: str) -> bool:
    """Whether *text* holds no line break a list's bullet may not hold."""
    return "\n" not in text and "\r" not in text


def blocks_of(text: st.SearchStrategy[str]) -> st.SearchStrategy[newsdoc.Block]:
    """Any block, every text field drawn from *text*."""
    maybe = st.none() | text
    return st.one_of(
        _marked(Paragraph, text, spacing=spacing),
        _marked(Standfirst, text, spacing=spacing),
        _marked(Heading, text, level=st.integers(min_value=1, max_value=6), spacing=spacing),
        st.lists(text, max_size=4)
        .map(tuple)
        .flatmap(
            lambda items: st.one_of(
                st.builds(
                    ItemList,
                    items=st.just(items),
                    marks=item_marks(items),
                    spacing=spacing,
                    breaks=spacing,
                    bullet=st.one_of(
                        st.none(), st.sampled_from(["* ", "\u2022\t", "", "-   "]), text.filter(_on_one_line)
                    ),
                ),
                st.builds(
                    ItemList,
                    items=st.just(items),
                    marks=item_marks(items),
                    ordered=st.just(True),
                    start=st.one_of(st.just(1), st.integers(min_value=0, max_value=999_999_999)),
                    spacing=spacing,
                    breaks=spacing,
                ),
            )
        ),
        _marked(Quote, text, spacing=spacing),
        st.lists(st.lists(text, max_size=3).map(tuple), max_size=3)
        .map(tuple)
        .flatmap(
            lambda rows: st.builds(
                Table,
                rows=st.just(rows),
                # a row without cells is one empty cell to the marks
                marks=item_marks(tuple(cell for row in rows for cell in (row or ("",)))),
                header=st.booleans(),
                spacing=spacing,
            )
        ),
        st.builds(Image, alt=text, src=maybe, width=size, height=size, slug=st.none() | slugs, spacing=spacing),
        _marked(Caption, text, credit=maybe, image=index, credit_prefix=text, credit_suffix=text, spacing=spacing),
        _marked(Caption, text, credit=text, credit_prefix=text, credit_suffix=text, credit_first=st.just(True)),
        st.builds(
            PullQuote,
            text=text,
            attribution=maybe,
            repeats=index,
            opening=text,
            closing=text,
            attribution_prefix=text,
            spacing=spacing,
        ),
        _marked(Attribution, text, kind=st.sampled_from(AttributionKind), source=maybe, work=maybe, spacing=spacing),
        _marked(Disclaimer, text, spacing=spacing),
        _marked(Bio, text, name=maybe, spacing=spacing),
        st.builds(Fragment, text=text, role=maybe, spacing=spacing),
    )


blocks = blocks_of(words)

# Offsets to the minute, and a few to the microsecond, which ISO 8601 writes as +HH:MM:SS.ffffff.
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m))) | (
    st.integers(min_value=-86_399_999_999, max_value=86_399_999_999).map(
        lambda us: dt.timezone(dt.timedelta(microseconds=us))
    )
)
when = st.none() | st.dates() | st.datetimes() | st.datetimes(timezones=offsets)


def linked(blocks: list[newsdoc.Block]) -> tuple[newsdoc.Block, ...]:
    """*blocks*, each drawn position turned into one an Article takes: a caption's image, a pull quote's paragraph."""
    images = [i for i, b in enumerate(blocks) if isinstance(b, Image)]
    texts = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph | Quote)]
    out = list(blocks)
    for i, block in enumerate(blocks):
        if isinstance(block, Caption) and block.image is not None:
            out[i] = attrs.evolve(block, image=images[block.image % len(images)] if images else None)
        elif isinstance(block, PullQuote) and block.repeats is not None:
            others = [j for j in texts if j != i]
            out[i] = attrs.evolve(block, repeats=others[block.repeats % len(others)] if others else None)
    return tuple(out)


def articles(text: st.SearchStrategy[str] = words) -> st.SearchStrategy[Article]:
    """Any article: every block type, every field, awkward text everywhere (drawn from *text*)."""
    maybe = st.none() | text
    return st.builds(
        Article,
        blocks=st.lists(blocks_of(text), max_size=8).map(linked),
        title=maybe,
        kicker=maybe,
        authors=st.lists(text, max_size=3).map(tuple),
        tags=st.lists(text, max_size=3).map(tuple),
        source=maybe,
        publication=maybe,
        published=when,
        fetched=st.none() | st.datetimes() | st.datetimes(timezones=offsets),
        url=maybe,
        ending=st.sampled_from(["", "\n", "\r\n", "\n\n", " "]),
    )


# Pieces of scraped articles, in the conventions the parser looks for.
PIECES = [
    "Protesters march in Cairo, Egypt, June 3, 2013. (AP Photo/Amr Nabil)",
    "A man walks past a mural (Reuters).",
    "Officials meet in Brussels. REUTERS/Yves Herman",
    "Smoke rises over the port. Photo: Jane Roe/AFP via Getty Images",
    "A caption on two lines.\nPhoto: Jane Roe",
    "CAIRO (AP) \u2014 The government said on Tuesday it would act.",
    "\u201cWe will not back down,\u201d she said.",
    "\u201cThe quote pulled out.\u201d \u2013 Jane Roe",
    '"A straight quote." - John Doe',
    "ap-syr2 300 12dec12 The Title",
    "The Title",
    "By Jane Roe and John Doe",
    "Tags: Syria, Russia",
    "Published: March 3, 2021",
    "Home > World > Middle East",
    "This article was originally published in Foreign Policy.",
    "This article is republished from The Conversation under a Creative Commons license.",
    "The views expressed are the author\u2019s own and do not necessarily reflect those of the editors.",
    "Jane Roe is a senior fellow at the Example Institute.",
    "INSIGHT",
    "A hard-wrapped paragraph that goes on\nto a second line and\na third.",
    "  leading and trailing spaces  ",
    "non\u00a0breaking\u00a0spaces",
    "line\r\nwith CRLF",
    # Parts a scraper sets on lines of their own, parted from their neighbours by a single line break.
    "A caption on one line.\nREUTERS/Jane Roe",
    "(Photo by Jane Roe/Getty Images)",
    "Shutterstock",
    "Credit...\nJane Roe/The Example Times",
    "Image caption",
    "By\nJane Roe",
    "IMG_2041",
    "FILE - In this March 3, 2021, file photo, a ferry docks.",
    "Editor's note: Jane Roe is a fellow at the Example Institute. The views expressed are her own.",
    "Jane Roe\n writes for the Example Ledger.",
    "Follow her on Twitter @janeroe",
    "Skip to main content",
    "The Title | Example Site",
]


def article_texts() -> st.SearchStrategy[str]:
    """Texts that look like scraped articles, with every kind of separator and ending."""
    separators = st.sampled_from(["\n\n", "\n\n\n", "\r\n\r\n", "\n \n", " \n\n", "\n\n ", "\n\u00a0\n", "\n"])
    piece = st.sampled_from(PIECES) | st.text(min_size=1, max_size=40)
    return st.tuples(
        st.sampled_from(["", " ", "\n", "\ufeff", "\n\n"]),
        st.lists(st.tuples(piece, separators), max_size=10),
        st.sampled_from(["", "\n", "\r\n", "  \n\n", "\n\n\n"]),
    ).map(lambda t: t[0] + "".join(p + s for p, s in t[1]).rstrip("\n") + t[2])
