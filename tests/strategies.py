"""Hypothesis strategies: one for every model class, and article-like texts."""

from __future__ import annotations

import datetime as dt

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
    Paragraph,
    PullQuote,
    Quote,
    Slug,
    Standfirst,
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
texts = words
maybe_text = st.none() | words
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
paragraphs = st.builds(Paragraph, text=texts, spacing=spacing)
standfirsts = st.builds(Standfirst, text=texts, spacing=spacing)
headings = st.builds(Heading, text=texts, level=st.integers(min_value=1, max_value=6), spacing=spacing)
item_lists = st.builds(ItemList, items=st.lists(texts, max_size=4).map(tuple), ordered=st.booleans(), spacing=spacing)
quotes = st.builds(Quote, text=texts, spacing=spacing)
images = st.builds(Image, alt=texts, src=maybe_text, slug=st.none() | slugs, spacing=spacing)
captions = st.builds(
    Caption, text=texts, credit=maybe_text, image=index, credit_prefix=words, credit_suffix=words, spacing=spacing
)
pull_quotes = st.builds(
    PullQuote,
    text=texts,
    attribution=maybe_text,
    repeats=index,
    opening=words,
    closing=words,
    attribution_prefix=words,
    spacing=spacing,
)
attributions = st.builds(
    Attribution, text=texts, kind=st.sampled_from(AttributionKind), source=maybe_text, work=maybe_text, spacing=spacing
)
disclaimers = st.builds(Disclaimer, text=texts, spacing=spacing)
bios = st.builds(Bio, text=texts, name=maybe_text, spacing=spacing)
fragments = st.builds(Fragment, text=texts, role=maybe_text, spacing=spacing)

blocks: st.SearchStrategy[newsdoc.Block] = st.one_of(
    paragraphs,
    standfirsts,
    headings,
    item_lists,
    quotes,
    images,
    captions,
    pull_quotes,
    attributions,
    disclaimers,
    bios,
    fragments,
)

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
when = st.none() | st.dates() | st.datetimes() | st.datetimes(timezones=offsets)


def articles() -> st.SearchStrategy[Article]:
    """Any article: every block type, every field, awkward text everywhere."""
    return st.builds(
        Article,
        blocks=st.lists(blocks, max_size=8).map(tuple),
        title=maybe_text,
        kicker=maybe_text,
        authors=st.lists(words, max_size=3).map(tuple),
        tags=st.lists(words, max_size=3).map(tuple),
        source=maybe_text,
        publication=maybe_text,
        published=when,
        url=maybe_text,
        ending=st.sampled_from(["", "\n", "\r\n", "\n\n", " "]),
    )


# Pieces of scraped articles, in the conventions the parser looks for.
_PIECES = [
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
    piece = st.sampled_from(_PIECES) | st.text(min_size=1, max_size=40)
    return st.tuples(
        st.sampled_from(["", " ", "\n", "\ufeff", "\n\n"]),
        st.lists(st.tuples(piece, separators), max_size=10),
        st.sampled_from(["", "\n", "\r\n", "  \n\n", "\n\n\n"]),
    ).map(lambda t: t[0] + "".join(p + s for p, s in t[1]).rstrip("\n") + t[2])
