"""to_markdown / from_markdown: readable Markdown that comes back as the same article."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from unittest import mock

import lxml.html
import pytest
from hypothesis import given, settings
from markdown_it import MarkdownIt

import newsdoc
from newsdoc import Caption, Fragment, Heading, Image, ItemList, Mark, MarkKind, Paragraph, PullQuote, Quote
from newsdoc.model import plain_text
from newsdoc.urls import safe_url

from . import strategies


@settings(max_examples=max(300, settings().max_examples))
@given(strategies.articles())
def test_round_trip(article: newsdoc.Article) -> None:
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


_MARK_TAGS = {MarkKind.LINK: "a", MarkKind.EMPHASIS: "em", MarkKind.STRONG: "strong", MarkKind.CODE: "code"}


@given(strategies.articles())
def test_no_text_becomes_markup(article: newsdoc.Article) -> None:
    """Rendered, the Markdown holds no element that the article's words could have made, and no unsafe link."""
    html = MarkdownIt("commonmark").render(newsdoc.to_markdown(article))
    allowed = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "img", "br", "em", "blockquote", "hr", "ul", "ol", "li"}
    allowed |= {_MARK_TAGS[mark.kind] for block in article.blocks for mark in getattr(block, "marks", ())}
    tags = set(re.findall(r"<(\w+)", re.sub(r"<!--.*?-->", "", html, flags=re.S)))
    assert tags <= allowed
    assert "<script" not in html
    assert all(safe_url(unescape(href)) for href in re.findall(r'<a href="([^"]*)"', html))


@given(strategies.article_texts())
def test_text_markdown_text(text: str) -> None:
    assert newsdoc.to_text(newsdoc.from_markdown(newsdoc.to_markdown(newsdoc.parse_text(text)))) == text


def test_rendered_seed_reads_well(seed_article: newsdoc.Article) -> None:
    html = MarkdownIt("commonmark").render(newsdoc.to_markdown(seed_article))
    visible = re.sub(r"<!--.*?-->", "", html, flags=re.S)
    assert "newsdoc" not in visible  # the round-trip data is invisible
    assert visible.lstrip().startswith("<h1>INSIGHT: Russias Search for Leverage in the Syrian Crisis</h1>")
    assert "<em>Credit: Edlib News Network via AP</em>" in visible
    assert re.search(r"<blockquote>\s*<p>Russia is looking.*?</p>\s*<p>\u2014 Stratfor analysis</p>", visible, re.S)
    notes = visible.split("<hr />")[1]  # the notes are set apart at the end
    assert "republished with the permission of Stratfor" in notes
    assert "Stratfor is a privately-owned" in notes
    assert "republished with the permission" not in visible.split("<hr />")[0]


def test_hand_written_markdown() -> None:
    article = newsdoc.from_markdown(
        "# A Title\n\nSome *emphasis* and a [link](http://x.org).\n\n## Part two\n\n"
        '![A cat](cat.jpg "title")\n\n> Quoted words\n> on two lines.\n\n- one\n- two\n\n1. first\n'
    )
    assert article.title == "A Title"
    assert article.blocks == (
        Heading(text="A Title", level=1),
        Paragraph(
            text="Some emphasis and a link.",
            marks=(
                Mark(start=5, end=13, kind=MarkKind.EMPHASIS),
                Mark(start=20, end=24, kind=MarkKind.LINK, href="http://x.org"),
            ),
        ),
        Heading(text="Part two", level=2),
        Image(alt="A cat", src="cat.jpg"),
        Quote(text="Quoted words\non two lines."),
        ItemList(items=("one", "two")),
        ItemList(items=("first",), ordered=True),
    )


# An article as a scraper or a converter writes a page in Markdown (words written for the test).
SCRAPED = (
    "# Ferries Resume After the Storm\n\n"
    "By [Ines Volk](https://example.org/people/ines-volk)\n\n"
    "![Passengers on the quay](https://example.org/quay.jpg)\n\n"
    "Passengers wait on the quay at Harwick at dawn. (Photo: Lena Quist/Harbour Press)\n\n"
    "The first ferry in three days left the harbour on Tuesday, crowded with [islanders](/isles) who had waited.\n\n"
    "*This report is republished with permission of the Harbour Press.*\n"
)


def test_markdown_newsdoc_did_not_write_is_typed_as_scraped_text_is() -> None:
    article = newsdoc.from_markdown(SCRAPED)
    assert [type(b).__name__ for b in article.blocks] == [
        "Heading",
        "Fragment",
        "Image",
        "Caption",
        "Paragraph",
        "Attribution",
    ]
    assert (article.title, article.authors, article.source) == (
        "Ferries Resume After the Storm",
        ("Ines Volk",),
        "Harbour Press",
    )
    caption = article.blocks[3]
    assert isinstance(caption, newsdoc.Caption)
    assert (caption.text, caption.credit, caption.image) == (
        "Passengers wait on the quay at Harwick at dawn.",
        "Lena Quist/Harbour Press",
        2,
    )
    body = article.blocks[4]
    assert isinstance(body, Paragraph)
    assert (
        body.text == "The first ferry in three days left the harbour on Tuesday, crowded with islanders who had waited."
    )
    assert [(body.text[m.start : m.end], m.kind, m.href) for m in body.marks] == [
        ("islanders", MarkKind.LINK, "/isles")
    ]
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


@pytest.mark.parametrize(
    "figure",
    [
        "![Passengers on the quay](quay.jpg)\n*Passengers wait at dawn. Photo: Lena Quist*",  # one paragraph
        "[![Passengers on the quay](quay.jpg)](/quay-large.jpg)\n\nPassengers wait at dawn. Photo: Lena Quist",
    ],
    ids=["picture-over-its-caption", "picture-in-a-link"],
)
def test_a_picture_among_words_is_an_image_with_its_address(figure: str) -> None:
    """A converter writes a figure as its picture and its caption in one paragraph, or links the picture."""
    article = newsdoc.from_markdown(f"# Ferries Resume\n\n{figure}\n\nThe first ferry left the harbour on Tuesday.\n")
    assert article.blocks[1] == Image(alt="Passengers on the quay", src="quay.jpg")
    caption = article.blocks[2]
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.image) == ("Passengers wait at dawn.", "Lena Quist", 1)


def test_a_link_beside_a_picture_is_no_link_around_it() -> None:
    article = newsdoc.from_markdown("![A buoy](buoy.jpg)[the harbour map](/map) shows where it floats.\n")
    assert article.blocks == (
        Image(alt="A buoy", src="buoy.jpg"),
        Paragraph(
            text="the harbour map shows where it floats.",
            marks=(Mark(start=0, end=15, kind=MarkKind.LINK, href="/map"),),
        ),
    )


def test_a_subheading_between_the_title_and_the_byline_is_the_standfirst() -> None:
    """A template sets the dek as an h2 under the h1; a converter writes it as one; no body opens with a heading."""
    article = newsdoc.from_markdown(
        "# Ferries Resume After the Storm\n\n"
        "## The northern crossing reopens after three days, and the islands breathe again\n\n"
        "By Ines Volk\n\nThe first ferry left the harbour at dawn on Tuesday.\n\n"
        "## What comes next\n\nThe timetable returns to normal by the weekend.\n"
    )
    assert [type(b).__name__ for b in article.blocks] == [
        "Heading",
        "Standfirst",
        "Fragment",
        "Paragraph",
        "Heading",
        "Paragraph",
    ]


_DEK = "The northern crossing reopens after three days, and the islands breathe again"
_BAR = "- [Facebook](https://example.com/share/fb)\n- [Twitter](https://example.com/share/x)\n- [Email](mailto:?)"


@pytest.mark.parametrize(
    "between",
    [
        f"{_DEK}\n\n{_BAR}\n\n![The quay at dawn](quay.jpg)",  # a share bar a converter writes as a list
        f"### {_DEK}\n\n- Ines Volk\n- Published 3 March 2024",  # the byline and the date as a list
        f"{_DEK}\n\nBy\n\n[Ines Volk](/author/ines-volk)",  # the byline's label alone on its line
    ],
)
def test_the_dek_over_a_converters_share_bar_or_byline(between: str) -> None:
    article = newsdoc.from_markdown(
        f"# Ferries Resume After the Storm\n\n{between}\n\nThe first ferry left the harbour at dawn on Tuesday.\n"
    )
    assert [b.text for b in article.blocks if isinstance(b, newsdoc.Standfirst)] == [_DEK]


@pytest.mark.parametrize(
    "label", ["Related fact-checks", "Weitere Pressemitteilungen", "Altre gallery", "Te recomendamos", "More galleries"]
)
def test_a_heading_over_a_box_of_the_sites_other_pieces_is_the_pages(label: str) -> None:
    """ "## Related fact-checks" over a list of links to other pieces, under the story: the page's box, both."""
    text = "The first ferry left the harbour at dawn on Tuesday, three days early, with forty people aboard."
    links = "- [Pier plan put to a vote](https://example.com/pier)\n- [Fares rise in May](https://example.com/fares)"
    article = newsdoc.from_markdown(f"# Ferries Resume\n\n{text}\n\n{text}\n\n## {label}\n\n{links}\n")
    assert [type(b) for b in article.blocks[-2:]] == [newsdoc.Fragment, newsdoc.Fragment]


@pytest.mark.parametrize(
    "bar",
    [
        "[Share on Facebook](https://example.com/fb)[Share on X](https://example.com/x)[Send by email](mailto:?)",
        "[Partager sur Facebook](https://example.com/fb)[Envoyer par e-mail](mailto:?)",
        "[Share](https://example.com/share)[Tweet](https://example.com/x)",
    ],
)
def test_a_share_bar_whose_links_a_converter_ran_together(bar: str) -> None:
    """A converter writes a share bar's links with nothing between them, their words run together: the page's."""
    text = "The first ferry left the harbour at dawn on Tuesday, three days early, with forty people aboard."
    article = newsdoc.from_markdown(f"# Ferries Resume After the Storm\n\n{text}\n\n{bar}\n\n{text}\n")
    assert type(article.blocks[2]) is newsdoc.Fragment
    # (a guard, which passes without the rule too) links run together that are no buttons are the story's
    links = "[The pier](https://example.com/pier)[the harbour office](https://example.com/office)"
    assert type(newsdoc.from_markdown(f"# Ferries\n\n{text}\n\n{links}\n\n{text}\n").blocks[2]) is Paragraph


@pytest.mark.parametrize(
    "page_title", ["Ferries Resume After the Storm - Harbour Times", "Harbour Times | Ferries Resume After the Storm"]
)
def test_a_converters_page_title_above_all_shows_the_title(page_title: str) -> None:
    """A converter writes the page's <title>, the headline beside the site's name, first: no dek over the picture."""
    article = newsdoc.from_markdown(
        f"{page_title}\n\n![Ferries Resume After the Storm](quay.jpg)\n\n# Ferries Resume After the Storm\n\n"
        "The first ferry left the harbour at dawn on Tuesday.\n"
    )
    assert article.blocks[0] == newsdoc.Fragment(text=page_title, role="title")
    assert not article.blocks_of(newsdoc.Standfirst)


def test_a_byline_whose_fields_a_converter_set_on_lines_of_their_own() -> None:
    """Each link and mark of the byline on a line of its own, as the page's source breaks them: one byline."""
    byline = "By\n[Ines Volk](/staff/ines-volk/)\n,\n[Tom Ek](/staff/tom-ek/)\non Monday, May 13th, 2024 at 11:08 a.m."
    article = newsdoc.from_markdown(
        f"# Ferries Resume After the Storm\n\n{byline}\n\n![The quay](quay.jpg)\n\n"
        "The first ferry left the harbour at dawn on Tuesday.\n"
    )
    assert (type(article.blocks[1]), article.blocks[1].role) == (newsdoc.Fragment, "byline")
    assert article.authors == ("Ines Volk", "Tom Ek")
    assert not article.blocks_of(newsdoc.Standfirst)


def test_an_unfinished_sentence_under_the_headline_is_its_dek() -> None:
    """A converter that leaves out the byline sets the dek, a sentence with no full stop, right over the lead."""
    dek = "Orders for new fishing boats have dried up, and the yard is looking for repair work"
    lead = "The boatyard at Skerry Point laid off eleven of its twenty builders on Friday, its owners said."
    article = newsdoc.from_markdown(f"# Boatyard lays off half its builders\n\n{dek}\n\n{lead}\n\n{lead}\n")
    assert [type(b).__name__ for b in article.blocks] == ["Heading", "Standfirst", "Paragraph", "Paragraph"]
    finished = newsdoc.from_markdown(f"# Boatyard lays off half its builders\n\n{dek}.\n\n{lead}\n\n{lead}\n")
    assert [type(b).__name__ for b in finished.blocks] == ["Heading", "Paragraph", "Paragraph", "Paragraph"]


def test_writers_names_alone_over_their_outlets_name_and_the_date_are_the_byline() -> None:
    """Two writers' names without their "By", over the outlet's name and the date: no dek's words, the byline."""
    lead = "The boatyard at Skerry Point laid off eleven of its twenty builders on Friday, its owners said."
    article = newsdoc.from_markdown(
        f"# Boatyard lays off half its builders\n\nInes Volk and Tom Pike\n\nSKERRY COURIER\n\n"
        f"Published 7:07 PM EST May 3, 2024\n\n{lead}\n\n{lead}\n"
    )
    assert article.blocks[1:3] == (
        newsdoc.Fragment(text="Ines Volk and Tom Pike", role="byline"),
        newsdoc.Fragment(text="SKERRY COURIER"),
    )
    assert article.authors == ("Ines Volk", "Tom Pike")


def test_a_list_of_points_under_the_first_paragraph_makes_no_dek() -> None:
    article = newsdoc.from_markdown(
        "# Ferries Resume After the Storm\n\nThe council met on Friday to talk about the ferry and its fares.\n\n"
        "- Fares rise by a pound\n- A second boat comes in spring\n\nThe vote is next week.\n"
    )
    assert not [b for b in article.blocks if isinstance(b, newsdoc.Standfirst)]


def test_a_bio_after_the_body_before_the_pages_footer() -> None:
    """A converter writes the whole page: the body, the writer's bio, then the footer's links and lines."""
    body = (
        "The first ferry in three days left the harbour at dawn on Tuesday, its deck crowded with islanders who had"
        " waited out the storm in the terminal, in parked cars and in the homes of strangers who took them in.\n\n"
        "The harbour master said the timetable would return to normal by the weekend, though the older of the two"
        " ferries would stay in the dry dock until its hull had been checked for damage from the waves.\n\n"
    )
    footer = "- [About](/about)\n- [Contact](/contact)\n\nPrivacy policy\n\nTerms of service\n"
    article = newsdoc.from_markdown(
        f"# Ferries Resume\n\n{body}Ines Volk\n\nInes Volk is a reporter at the Harbour Press.\n\n{footer}"
    )
    bios = article.blocks_of(newsdoc.Bio)
    assert [bio.text for bio in bios] == ["Ines Volk is a reporter at the Harbour Press."]


@pytest.mark.parametrize("empty", ["[](https://example.org/share)", "\u00a0", "<em></em>"])
def test_an_empty_paragraph_after_the_body(empty: str) -> None:
    """An icon's empty link, a spacer of a no-break space: a paragraph of no words (a fuzzer's finding)."""
    body = (
        "The first ferry in three days left the harbour at dawn on Tuesday, its deck crowded with islanders who had"
        " waited out the storm in the terminal, in parked cars and in the homes of strangers who took them in."
    )
    article = newsdoc.from_markdown(f"# Ferries Resume\n\n{body}\n\n{body}\n\n{empty}\n")
    assert [type(b).__name__ for b in article.blocks] == ["Heading", "Paragraph", "Paragraph", "Paragraph"]
    assert article.blocks[-1].text == ""


def test_a_teaser_repeated_outside_the_body_is_no_pull_quote() -> None:
    """A page lists a headline twice (more news, most read): a repeat outside the body pulls out nothing."""
    body = (
        "The first ferry in three days left the harbour at dawn on Tuesday, its deck crowded with islanders who had"
        " waited out the storm in the terminal, in parked cars and in the homes of strangers who took them in."
    )
    teaser = "Ferry fares will rise again next spring for the island families who depend on them"
    article = newsdoc.from_markdown(
        f"# Ferries Resume\n\n{body}\n\n{body}\n\n## More news\n\n{teaser}\n\nHarbour master retires\n\n"
        f"## Most read\n\n{teaser} every day\n\nLighthouse keepers return to the cape\n"
    )
    assert not article.blocks_of(PullQuote)


def test_a_credit_under_a_pictures_caption_joins_it() -> None:
    """A converter writes a figure's picture, caption and credit as three paragraphs."""
    article = newsdoc.from_markdown(
        "![Passengers on the quay](quay.jpg)\n\nPassengers wait at dawn.\n\n(Lena Quist / Associated Press)\n\n"
        "The first ferry left the harbour on Tuesday, crowded with islanders.\n"
    )
    assert [type(b).__name__ for b in article.blocks] == ["Image", "Caption", "Paragraph"]
    assert article.blocks[1] == Caption(
        text="Passengers wait at dawn.",
        credit="Lena Quist / Associated Press",
        credit_prefix="\n\n(",
        credit_suffix=")",
        image=0,
    )


_LEAD = "The first ferry left the harbour on Tuesday, three days after the storm closed the crossing for good."


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_italic_line_under_a_picture_is_its_caption(gap: str) -> None:
    """Hand-written Markdown and converters set a picture's caption in emphasis on the line under it."""
    article = newsdoc.from_markdown(f"{_LEAD}\n\n![Quay](quay.jpg){gap}*Gulls over the quay at dawn.*\n\n{_LEAD}\n")
    assert article.blocks[2] == Caption(
        text="Gulls over the quay at dawn.", image=1, marks=(Mark(start=0, end=28, kind=MarkKind.EMPHASIS),)
    )
    # Away from a picture, or half in italics, a line is a paragraph
    for line in ("*Gulls over the quay at dawn.*", "*Gulls* over the quay at dawn."):
        assert type(newsdoc.from_markdown(f"{_LEAD}\n\n{line}\n\n{_LEAD}\n").blocks[1]) is Paragraph
    half = newsdoc.from_markdown(f"![Quay](quay.jpg)\n\n*Gulls* over the quay at dawn.\n\n{_LEAD}\n")
    assert type(half.blocks[1]) is Paragraph


def test_a_labelled_credit_under_a_picture_over_its_caption_is_the_captions() -> None:
    """A magazine sets the credit over the caption: the picture, "Photograph: ...", the caption, a paragraph each."""
    markdown = (
        f"{_LEAD}\n\n![Quay](quay.jpg)\n\nPhotograph: Lena Quist for Harbour Voices\n\n"
        f"Gulls over the quay at dawn.\n\n{_LEAD}\n"
    )
    article = newsdoc.from_markdown(markdown)
    assert article.blocks[2] == Caption(
        text="Gulls over the quay at dawn.",
        credit="Lena Quist for Harbour Voices",
        credit_prefix="Photograph: ",
        credit_suffix="\n\n",
        credit_first=True,
        image=1,
    )
    assert article.blocks[3] == Paragraph(text=_LEAD)
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article
    # (guards, which pass without the rule too) a credit with no label over the body's one-sentence lede, and
    # a labelled one over a paragraph of two sentences: the credit alone is the picture's
    for credit, under in (("Getty Images", _LEAD), ("Photograph: Lena Quist", f"{_LEAD} {_LEAD}")):
        blocks = newsdoc.from_markdown(f"{_LEAD}\n\n![Quay](quay.jpg)\n\n{credit}\n\n{under}\n").blocks
        assert blocks[2].text == ""  # type: ignore[attr-defined]
        assert blocks[3] == Paragraph(text=under)


@pytest.mark.parametrize(
    ("line", "credit", "prefix"),
    [
        ("Gulls over the quay at dawn. (Lena Quist/Harbour Voices)", "Lena Quist/Harbour Voices", " ("),
        # a template's caption and credit fields, a bar between
        ("Gulls over the quay at dawn. | Lena Quist / Harbour Voices", "Lena Quist / Harbour Voices", " | "),
    ],
)
def test_a_photographer_and_an_outlet_under_a_picture_credit_it(line: str, credit: str, prefix: str) -> None:
    """ "... at dawn. (Jane Roe/Harbour Voices)", or after a bar, right under a picture: its caption and credit."""
    caption = newsdoc.from_markdown(f"{_LEAD}\n\n![Quay](quay.jpg)\n\n{line}\n\n{_LEAD}\n").blocks[2]
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.credit_prefix, caption.image) == (
        "Gulls over the quay at dawn.",
        credit,
        prefix,
        1,
    )


def test_a_credit_under_a_paragraph_amid_the_body_joins_nothing() -> None:
    """Away from a picture, a credit alone may be the next picture's: the paragraph above stays one."""
    article = newsdoc.from_markdown(
        "The first ferry left the harbour on Tuesday, three days after the storm closed the crossing, and the"
        " islanders who had waited in the terminal, in parked cars and in the homes of strangers cheered as it"
        " pulled away from the quay into the grey morning.\n\n(Lena Quist / Associated Press)\n\n"
        "![Passengers on the quay](quay.jpg)\n"
    )
    assert [type(b).__name__ for b in article.blocks] == ["Paragraph", "Caption", "Image"]


def test_words_around_a_picture_in_a_paragraph_keep_their_marks() -> None:
    article = newsdoc.from_markdown("Words before ![a buoy](buoy.jpg) and *after* it.\n")
    assert article.blocks == (
        Paragraph(text="Words before"),
        Image(alt="a buoy", src="buoy.jpg"),
        Paragraph(text="and after it.", marks=(Mark(start=4, end=9, kind=MarkKind.EMPHASIS),)),
    )


@pytest.mark.parametrize(
    ("markdown", "held"),
    [
        ("- ![A ferry at the quay](ferry.jpg) Timetables\n- Fares\n", ItemList(items=("Timetables", "Fares"))),
        ("1. Fares\n2. [![A ferry at the quay](ferry.jpg)](/big.jpg)\n", ItemList(items=("Fares",), ordered=True)),
        ("> The pier ![A ferry at the quay](ferry.jpg) held.\n", Quote(text="The pier held.")),
        ("> ![A ferry at the quay](ferry.jpg)\n> Keep the pier open.\n", Quote(text="Keep the pier open.")),
        (
            "- *![A ferry at the quay](ferry.jpg) Timetables*\n- Fares\n",
            ItemList(items=("Timetables", "Fares"), marks=(Mark(start=0, end=10, kind=MarkKind.EMPHASIS),)),
        ),
        (
            "- *Fares ![A ferry at the quay](ferry.jpg)*\n",
            ItemList(items=("Fares",), marks=(Mark(start=0, end=5, kind=MarkKind.EMPHASIS),)),
        ),
        ("## Timetables ![A ferry at the quay](ferry.jpg)\n", Heading(text="Timetables", level=2)),
        (
            "| Route | Boat |\n| --- | --- |\n| North | ![A ferry at the quay](ferry.jpg) |\n",
            newsdoc.Table(rows=(("Route", "Boat"), ("North", "")), header=True),
        ),
        (
            "> ![A ferry at the quay](ferry.jpg)\n>\n>     berth = 4\n",
            Quote(text="berth = 4", marks=(Mark(start=0, end=9, kind=MarkKind.CODE),)),
        ),
        ("> ![A ferry at the quay](ferry.jpg)\n", None),
        # under two lines of words: the line break between them stays, the one before the picture goes
        ("- Fares rise\n  in May\n  ![A ferry at the quay](ferry.jpg)\n", ItemList(items=("Fares rise\nin May",))),
        ("> Keep the pier\n> open.\n> ![A ferry at the quay](ferry.jpg)\n", Quote(text="Keep the pier\nopen.")),
    ],
    ids=[
        "list",
        "linked-in-numbered-list",
        "quote",
        "quote-over-words",
        "first-in-emphasis",
        "last-in-emphasis",
        "heading",
        "table-cell",
        "over-code-in-a-quote",
        "alone-in-a-quote",
        "under-two-lines-in-a-list",
        "under-two-lines-in-a-quote",
    ],
)
def test_a_picture_in_a_list_a_quote_a_heading_or_a_table_is_an_image_before_it(markdown: str, held: object) -> None:
    """A converter writes a page's picture where it stood: its address is kept, as the page reader keeps it."""
    article = newsdoc.from_markdown(f"Ferries ran all week.\n\n{markdown}")
    picture = Image(alt="A ferry at the quay", src="ferry.jpg")
    assert article.blocks[1:] == ((picture, held) if held is not None else (picture,))


def test_the_marks_in_a_tables_cells_are_read_and_written() -> None:
    """A pipe table's cells hold links, emphasis and code; a pipe in code or in an address stays in its cell."""
    markdown = "| Crossing | Timetable |\n| --- | --- |\n| *North* | [times](/t?a\\|b) and `x \\| y` |\n"
    article = newsdoc.from_markdown(markdown)
    assert article.blocks == (
        newsdoc.Table(
            rows=(("Crossing", "Timetable"), ("North", "times and x | y")),
            marks=(
                Mark(start=19, end=24, kind=MarkKind.EMPHASIS),
                Mark(start=25, end=30, kind=MarkKind.LINK, href="/t?a%7Cb"),
                Mark(start=35, end=40, kind=MarkKind.CODE),
            ),
            header=True,
        ),
    )
    written = newsdoc.to_markdown(article)
    assert newsdoc.from_markdown(written) == article
    cells = lxml.html.fromstring(MarkdownIt("commonmark").enable("table").render(written)).findall(".//td")
    assert [lxml.html.tostring(cell, encoding="unicode", with_tail=False) for cell in cells] == [
        "<td><em>North</em></td>",
        '<td><a href="/t?a%7Cb">times</a> and <code>x | y</code></td>',
    ]


def test_markdown_newsdoc_wrote_keeps_its_paragraphs_as_they_are() -> None:
    """What newsdoc wrote as a paragraph stays one: its header says the blocks are typed already."""
    article = newsdoc.Article(
        title="Ferries Resume",
        blocks=(Paragraph(text="By Ines Volk"), Paragraph(text="This report is republished from the Harbour Press.")),
    )
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


def test_edited_markdown_reads_back() -> None:
    article = newsdoc.Article(
        title="T",
        blocks=(Caption(text="Crowds gather", credit="AP", image=None), PullQuote(text="Q", attribution="Jane")),
    )
    markdown = (
        newsdoc.to_markdown(article).replace("Credit: AP", "Credit: Reuters").replace("\u2014 Jane", "\u2014 John")
    )
    edited = newsdoc.from_markdown(markdown)
    assert edited.blocks == (Caption(text="Crowds gather", credit="Reuters"), PullQuote(text="Q", attribution="John"))


@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        ("<!-- newsdoc {broken -->\n\ntext\n", r"line 1: broken newsdoc comment"),
        ("para\n\n<!-- newsdoc [1, 2] -->\n\ntext\n", r"line 3: a newsdoc comment must hold a JSON object"),
        (
            'para\n\n<!-- newsdoc {"type": "caption", "image": "x"} -->\ntext\n',
            r"line 3: \$\.image: expected an integer",
        ),
        ('<!-- newsdoc {"type": "nonsense"} -->\ntext\n', r"line 1: \$: unknown block type 'nonsense'"),
    ],
)
def test_broken_comments_say_where(markdown: str, message: str) -> None:
    with pytest.raises(newsdoc.ParseError, match=message):
        newsdoc.from_markdown(markdown)


def test_a_picture_without_an_address_shows_its_alt_text() -> None:
    for src in (None, "", "javascript:alert(1)"):
        article = newsdoc.Article(blocks=(newsdoc.Image(alt="Seals on the sandbank", src=src),))
        markdown = newsdoc.to_markdown(article)
        assert markdown.endswith("\n*Image: Seals on the sandbank*\n")
        assert "<img" not in MarkdownIt("commonmark").render(markdown)
        assert newsdoc.from_markdown(markdown) == article


def test_a_credit_alone_is_shown() -> None:
    article = newsdoc.Article(blocks=(newsdoc.Caption(text="", credit="Jane Roe/AFP"),))
    markdown = newsdoc.to_markdown(article)
    assert "<em>Credit: Jane Roe/AFP</em>" in MarkdownIt("commonmark").render(markdown)
    assert newsdoc.from_markdown(markdown) == article


# --- marks ------------------------------------------------------------------------------------

# "See the report, then run make." -- "the report" 4-14, "then" 16-20, "run" 21-24, "make" 25-29
SEE = Paragraph(
    text="See the report, then run make.",
    marks=(
        Mark(start=4, end=14, kind=MarkKind.LINK, href="https://example.org/report"),
        Mark(start=16, end=20, kind=MarkKind.EMPHASIS),
        Mark(start=21, end=24, kind=MarkKind.STRONG),
        Mark(start=25, end=29, kind=MarkKind.CODE),
    ),
)
HEADER = '<!-- newsdoc {"format": "newsdoc", "version": 1} -->\n\n'


def shown(*blocks: newsdoc.Block) -> str:
    """The Markdown of *blocks* after the header, checked to read back."""
    article = newsdoc.Article(blocks=blocks)
    markdown = newsdoc.to_markdown(article)
    assert newsdoc.from_markdown(markdown) == article
    assert markdown.startswith(HEADER)
    return markdown.removeprefix(HEADER)


def test_marks_in_markdown() -> None:
    assert shown(SEE) == "See [the report](https://example.org/report), *then* **run** `make`.\n"
    html = MarkdownIt("commonmark").render(shown(SEE))
    assert html == (
        '<p>See <a href="https://example.org/report">the report</a>, <em>then</em> <strong>run</strong> '
        "<code>make</code>.</p>\n"
    )


@pytest.mark.parametrize(
    ("href", "written"),
    [
        ("https://example.org/search?q=ferry&page=2", "[the report](https://example.org/search?q=ferry&page=2)"),
        ("https://example.org/a&copy=1", "[the report](https://example.org/a&copy=1)"),  # no ";": no entity
        ("https://example.org/a&amp;b", '<a href="https://example.org/a&#38;amp;b">the report</a>'),
        ("https://example.org/a&#38;b", '<a href="https://example.org/a&#38;#38;b">the report</a>'),
    ],
)
def test_an_address_with_an_ampersand_is_a_markdown_link_unless_it_holds_an_entity(href: str, written: str) -> None:
    """A query string's "&" stays as it stands; "&amp;" would be read as "&", so that link is written in HTML."""
    paragraph = Paragraph(text="See the report.", marks=(Mark(start=4, end=14, kind=MarkKind.LINK, href=href),))
    assert shown(paragraph) == f"See {written}.\n"
    rendered = lxml.html.fragment_fromstring(MarkdownIt("commonmark", {"html": True}).render(shown(paragraph)))
    assert [a.get("href") for a in rendered.iter("a")] == [href]  # the address a browser follows


def test_marks_in_every_block_that_has_them() -> None:
    pups = Mark(start=0, end=4, kind=MarkKind.EMPHASIS)
    assert (
        shown(Heading(text="Pups return", marks=(pups,))) == '<!-- newsdoc {"type": "heading"} -->\n## *Pups* return\n'
    )
    assert shown(Quote(text="Pups everywhere", marks=(pups,))) == "> *Pups* everywhere\n"
    # "*Credit: ...*" alone would be a credit: a caption never opens with an asterisk.
    assert shown(Caption(text="Pups at dawn.", marks=(pups,), credit="AP")) == (
        '<!-- newsdoc {"type": "caption"} -->\n<em>Pups</em> at dawn.\\\n*Credit: AP*\n'
    )
    # "No dogs\nQuiet water": "dogs" 3-7, "Quiet" 8-13
    dogs, quiet = Mark(start=3, end=7, kind=MarkKind.STRONG), Mark(start=8, end=13, kind=MarkKind.CODE)
    assert shown(ItemList(items=("No dogs", "Quiet water"), marks=(dogs, quiet))) == "- No **dogs**\n- `Quiet` water\n"
    for note in (newsdoc.Standfirst, newsdoc.Attribution, newsdoc.Disclaimer, newsdoc.Bio):
        assert shown(note(text="Pups return", marks=(pups,))).endswith("\n*Pups* return\n")


@pytest.mark.parametrize(
    ("text", "marks", "markdown"),
    [
        # Punctuation just inside: asterisks take it where space stands outside, and only open, or only close.
        ('He said "no" twice.', [(8, 12, "emphasis")], 'He said *"no"* twice.'),
        ("Update: the ferry", [(0, 7, "strong")], "**Update:** the ferry"),
        ("Is it late?", [(0, 11, "strong")], "**Is it late?**"),  # the end of the line counts as space
        ("Is it late?\nYes.", [(0, 11, "strong")], "**Is it late?**\nYes."),  # and so does a line break
        # Else they could as well close as open, so HTML.
        ('("no")', [(1, 5, "emphasis")], '(<em>"no"</em>)'),
        ('x"no"', [(1, 5, "emphasis")], 'x<em>"no"</em>'),
        ("Late?\n\nYes.", [(0, 5, "strong")], "<strong>Late?</strong>&#10;&#10;Yes."),  # no line break: &#10;
        # Inside a word: asterisks there could close as well as open.
        ("unbelievable", [(2, 8, "emphasis")], "un<em>believ</em>able"),
        ("unreal.", [(2, 6, "emphasis")], "un<em>real</em>."),
        ("unreal", [(0, 2, "strong")], "<strong>un</strong>real"),
        # Where it would: the asterisk before "a" would close "*x" instead.
        ("xa.b", [(0, 4, "emphasis"), (1, 2, "emphasis")], "*x<em>a</em>.b*"),
        # Space just inside.
        ("bold move", [(0, 5, "strong")], "<strong>bold </strong>move"),
        # Asterisks of two marks side by side would make one run.
        ("ab", [(0, 1, "emphasis"), (1, 2, "strong")], "*a*<strong>b</strong>"),
        # Emphasis at the edge of another: their asterisks could touch, so the outer one falls back.
        ("ab cd", [(0, 5, "strong"), (0, 2, "emphasis")], "<strong>*ab* cd</strong>"),
        # A link or code at the edge: its markup is punctuation, as inside "(*b*)", so space must stand outside.
        (
            "See the report now",
            [(4, 14, "strong"), (4, 14, "https://example.org/r")],
            "See **[the report](https://example.org/r)** now",
        ),
        ("run ls now", [(4, 6, "strong"), (4, 6, "code")], "run **`ls`** now"),
        ("xab", [(1, 3, "strong"), (1, 3, "https://example.org")], "x<strong>[ab](https://example.org)</strong>"),
        # Backticks in code: a longer fence, padded where code starts or ends with one.
        ("type `ls` now", [(5, 9, "code")], "type `` `ls` `` now"),
        ("a``b", [(0, 4, "code")], "```a``b```"),
        ("x a y", [(1, 4, "code")], "x`  a  `y"),  # a space at both ends: padded, or one would go
        ("x  y", [(1, 3, "code")], "x`  `y"),  # only spaces: they stay as they are
        # A line break in code or emphasis: never over two lines.
        ("a\nb", [(0, 3, "code")], "<code>a&#10;b</code>"),
        ("a\nb", [(0, 3, "emphasis")], "*a&#10;b*"),
        # Code right after code: the second backtick run would join the first.
        ("ab", [(0, 1, "code"), (1, 2, "code")], "`a`<code>b</code>"),
        # Addresses Markdown would not give back as they are.
        ("a b", [(0, 3, "/a b")], '<a href="/a b">a b</a>'),
        ("a b", [(0, 3, 'x"<y>&z')], '<a href="x&#34;&#60;y&#62;&#38;z">a b</a>'),
        ("a b", [(0, 3, "https://example.org/a_(b)")], "[a b](<https://example.org/a_(b)>)"),
        # Words that markup follows: an unescaped "!" would make a link a picture.
        ("Wow!here", [(4, 8, "https://example.org")], "Wow\\![here](https://example.org)"),
    ],
)
def test_marks_markdown_cannot_write_plainly(text: str, marks: list[tuple[int, int, str]], markdown: str) -> None:
    made = tuple(
        Mark(start=start, end=end, kind=MarkKind(kind))
        if kind in set(MarkKind)
        else Mark(start=start, end=end, kind=MarkKind.LINK, href=kind)
        for start, end, kind in marks
    )
    assert shown(Paragraph(text=text, marks=made)) == markdown + "\n"


def test_a_caption_ending_in_punctuation_under_a_mark_takes_html_before_its_credit() -> None:
    """A caption's credit follows its words after a backslash on the line: the words' end is no space there."""
    late = Mark(start=0, end=11, kind=MarkKind.STRONG)
    assert shown(Caption(text="Is it late?", marks=(late,), credit="AP")).endswith(
        "<strong>Is it late?</strong>\\\n*Credit: AP*\n"
    )


def test_a_link_to_an_unsafe_address_is_not_written() -> None:
    # "Please click here." -- "click" 7-12
    link = Mark(start=7, end=12, kind=MarkKind.LINK, href="javascript:alert(1)")
    markdown = shown(Paragraph(text="Please click here.", marks=(link, Mark(start=13, end=17, kind=MarkKind.EMPHASIS))))
    assert markdown == (
        '<!-- newsdoc {"type": "paragraph", "marks": [{"start": 7, "end": 12, "kind": "link", '
        '"href": "javascript:alert(1)"}, {"start": 13, "end": 17, "kind": "emphasis"}]} -->\n'
        "Please click *here*.\n"
    )
    assert "<a" not in MarkdownIt("commonmark").render(markdown)


def test_every_address_a_converter_wrote_is_read_and_written_inert() -> None:
    """A lazy picture's SVG stand-in and a button's script are read as a picture and a link, as CommonMark reads them.

    markdown-it alone leaves them as their Markdown's characters; nothing newsdoc writes makes them live.
    """
    stand_in = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E"
    markdown = (
        "# Ferries Resume\n\n"
        f"[![Seals on the sandbank at low tide]({stand_in})](https://example.org/seals.jpg)\n\n"
        "Seals on the sandbank at low tide\n\n"
        "The ferry sailed at dawn. [Print](javascript:window.print())\n"
    )
    article = newsdoc.from_markdown(markdown)
    image, caption, paragraph = article.blocks[1:]
    assert image == newsdoc.Image(alt="Seals on the sandbank at low tide", src=stand_in)
    assert caption == Caption(text="Seals on the sandbank at low tide", image=1)
    assert paragraph == Paragraph(
        text="The ferry sailed at dawn. Print",
        marks=(Mark(start=26, end=31, kind=MarkKind.LINK, href="javascript:window.print()"),),
    )
    html = newsdoc.to_html(article)  # (each rides, inert, in its block's data-nd)
    assert 'href="javascript' not in html
    assert ' src="data:image/svg' not in html
    assert newsdoc.parse_html(html) == article
    rendered = MarkdownIt("commonmark").render(newsdoc.to_markdown(article))
    assert "<img" not in rendered
    assert 'href="javascript' not in rendered
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


def test_marks_from_hand_written_markdown() -> None:
    def read(markdown: str) -> newsdoc.Block:
        (block,) = newsdoc.from_markdown(markdown).blocks
        return block

    link, em = MarkKind.LINK, MarkKind.EMPHASIS
    assert read("Read [the report](https://example.org/r) *now*.") == Paragraph(
        text="Read the report now.",
        marks=(Mark(start=5, end=15, kind=link, href="https://example.org/r"), Mark(start=16, end=19, kind=em)),
    )
    # "Run make test, then stop." -- "make test" 4-13, "stop" 20-24
    assert read("Run `make test`, then __stop__.") == Paragraph(
        text="Run make test, then stop.",
        marks=(Mark(start=4, end=13, kind=MarkKind.CODE), Mark(start=20, end=24, kind=MarkKind.STRONG)),
    )
    # "An inline link." -- "inline" 3-9, "link" 10-14
    assert read('An <em>inline</em> <a href="https://example.org/?a=1&amp;b=2">link</a>.') == Paragraph(
        text="An inline link.",
        marks=(Mark(start=3, end=9, kind=em), Mark(start=10, end=14, kind=link, href="https://example.org/?a=1&b=2")),
    )
    assert read("An <https://example.org> link.") == Paragraph(
        text="An https://example.org link.",
        marks=(Mark(start=3, end=22, kind=link, href="https://example.org"),),
    )
    # "a\nb c": "a" 0-1, "c" 4-5
    assert read("- *a*\n- b `c`") == ItemList(
        items=("a", "b c"), marks=(Mark(start=0, end=1, kind=em), Mark(start=4, end=5, kind=MarkKind.CODE))
    )
    assert read("> *a*\n>\n> b") == Quote(text="a\n\nb", marks=(Mark(start=0, end=1, kind=em),))
    assert read("## A `b`") == Heading(text="A b", marks=(Mark(start=2, end=3, kind=MarkKind.CODE),))


def test_markup_no_block_holds_keeps_its_words() -> None:
    def read(markdown: str) -> newsdoc.Block:
        (block,) = newsdoc.from_markdown(markdown).blocks
        return block

    assert read("<code>*a*b</code>") == Paragraph(text="ab", marks=(Mark(start=0, end=2, kind=MarkKind.CODE),))
    assert read('<a href="y">see [a](x)</a>') == Paragraph(
        text="see a", marks=(Mark(start=0, end=5, kind=MarkKind.LINK, href="y"),)
    )
    assert read("<em>a<strong>b</em>c</strong>") == Paragraph(
        text="abc",
        marks=(Mark(start=0, end=2, kind=MarkKind.EMPHASIS), Mark(start=1, end=2, kind=MarkKind.STRONG)),
    )
    assert read("<a>no address</a> <em></em>") == Paragraph(text="no address ")
    assert read("`a`b`c`") == Paragraph(
        text="abc", marks=(Mark(start=0, end=1, kind=MarkKind.CODE), Mark(start=2, end=3, kind=MarkKind.CODE))
    )
    # A pull quote and a fragment have no marks: the words stay as they were. A table's cells have them.
    article = newsdoc.from_markdown('<!-- newsdoc {"type": "fragment"} -->\nBy *Jane* `Roe`\n\n| a `b` |\n|---|\n')
    assert article.blocks == (
        newsdoc.Fragment(text="By Jane `Roe`"),
        newsdoc.Table(rows=(("a b",),), marks=(Mark(start=2, end=3, kind=MarkKind.CODE),), header=True),
    )


# Markdown whose blocks go on past a blank line, each in a CommonMark construct a piece must not cut.
RUNS_ON = [
    "Before.\n\n```\ncode\n\nmore code\n```\n\nAfter.\n",
    "Before.\n\n````\n```\n\nstill code\n````\n\nAfter.\n",
    "Before.\n\n~~~\ncode\n\n```\nmore\n~~~\n\nAfter.\n",
    "Before.\n\n<!--\nhidden\n\nstill hidden\n-->\n\nAfter.\n",
    "Before.\n\n<pre>\nA\n\nB\n</pre>\n\nAfter.\n",
    "Before.\n\n<!DOCTYPE x\n\ny>\n\nAfter.\n",
    "Before.\n\n- one\n\n- two\n\n1. first\n\n2. second\n\nAfter.\n",
    "Before.\n\n    code\n\n\n    more code\n\nAfter.\n",
    "Before.\n\n> quoted\n\n> again\n\nAfter.\n",
    "See [the talks][t].\n\nMore.\n\n[t]: https://example.com/talks\n",
    "Before.\r\n\r\n```\r\ncode\r\n\r\nmore\r\n```\r\n\r\nAfter.\r\n",
    "Before.\n\n\u00a0\nAfter.\n",  # a line of a no-break space is no blank line
]


@pytest.mark.parametrize("markdown", RUNS_ON)
def test_a_long_text_read_in_pieces_reads_as_one(markdown: str) -> None:
    """Cut into pieces wherever it may be, the text gives the article it gives whole."""
    whole = newsdoc.from_markdown(markdown)
    with mock.patch.object(newsdoc.markdown, "_PIECE", 1):
        pieces = list(newsdoc.markdown._pieces(markdown))
        assert "".join(piece for piece, _ in pieces) == markdown
        assert newsdoc.from_markdown(markdown) == whole
    if not markdown.startswith("See") and "\r" not in markdown and "\u00a0" not in markdown:
        assert pieces[-1][0] == "After.\n"  # cut before the last block, after the construct


@given(strategies.articles())
def test_an_article_read_in_pieces_reads_as_one(article: newsdoc.Article) -> None:
    markdown = newsdoc.to_markdown(article)
    with mock.patch.object(newsdoc.markdown, "_PIECE", 1):
        assert newsdoc.from_markdown(markdown) == article


def test_a_broken_comment_in_a_later_piece_is_named_by_its_line() -> None:
    markdown = "A first paragraph.\n\n" * 5000 + "<!-- newsdoc {broken -->\n"
    with pytest.raises(newsdoc.ParseError, match=r"^line 10001: broken newsdoc comment"):
        newsdoc.from_markdown(markdown)


def test_a_converters_list_that_starts_past_one_keeps_its_numbers() -> None:
    """A converter writes a list that goes on from an earlier one from its number, and "3. M\u00e4rz" as such a list."""
    article = newsdoc.from_markdown("# Islands\n\n3. Orrin\n4. Hollow Holm\n")
    assert article.blocks[-1] == newsdoc.ItemList(items=("Orrin", "Hollow Holm"), ordered=True, start=3)
    assert newsdoc.to_text(article).endswith("3. Orrin\n4. Hollow Holm\n")


def test_a_list_numbered_past_nine_digits_reads_back() -> None:
    """CommonMark takes nine digits at most in a list's number: the items past 999,999,999 still read as items."""
    listed = newsdoc.ItemList(items=("Orrin", "Hollow Holm", "Skerry"), ordered=True, start=999_999_998)
    article = newsdoc.Article(blocks=(listed,))
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


def test_a_line_under_a_picture_that_says_its_alt_text_is_its_caption() -> None:
    """A converter's figure: the picture, then its caption, which the site also set as the alt text."""
    article = newsdoc.from_markdown(
        "# Ferries Resume\n\nThe first ferry left the harbour at dawn on Tuesday.\n\n"
        "![The ferry Skerry at the north quay](skerry.jpg)\n\nThe ferry Skerry at the north quay\n\n"
        "The second left at noon.\n"
    )
    assert article.blocks[3] == newsdoc.Caption(text="The ferry Skerry at the north quay", image=2)


@pytest.mark.parametrize(
    ("under", "caption"),
    [
        ("By [Ines Volk](/staff/ines-volk/)", True),  # the byline under the picture's caption
        ("The second left at noon, with forty passengers and the mail on board.", False),  # the body: no byline
    ],
)
def test_a_line_between_the_lead_picture_and_the_byline_is_its_caption(under: str, caption: bool) -> None:
    """A converter writes the headline, the lead picture, its caption, then the byline; a dek stands over it."""
    article = newsdoc.from_markdown(
        "# Ferries Resume\n\n![The ferry at the quay](skerry.jpg)\n\nThe Skerry waits at the north quay.\n\n"
        f"{under}\n\nHARBOUR CITY \u2014 The first ferry left the harbour at dawn on Tuesday, three days late.\n"
    )
    line = article.blocks[2]
    assert line == (Caption(text=line.text, image=1) if caption else Paragraph(text=line.text))


@pytest.mark.parametrize(
    "card",
    [
        "[![Storm Season Ends](storm.jpg)](/storm-season-ends/)\n\n[Storm Season Ends](/storm-season-ends/)",
        "[![Ines Volk](ines.jpg)](/staff/ines-volk/)\n\n[Ines Volk](/staff/ines-volk/)",
    ],
)
def test_a_link_under_a_linked_picture_is_no_caption(card: str) -> None:
    """A teaser's headline or a writer's name under the picture that links where it does: the same words, no caption."""
    article = newsdoc.from_markdown(
        f"# Ferries Resume\n\nThe first ferry left the harbour at dawn on Tuesday.\n\n{card}\n\n"
        "The second left at noon.\n"
    )
    assert not article.blocks_of(newsdoc.Caption)


def test_the_heading_a_converters_page_title_names_is_the_headline() -> None:
    """The page's first h1 is the site's name; the page's title, written first, names the real headline, an h2."""
    article = newsdoc.from_markdown(
        "Ferries Resume After the Storm | Harbour Times\n\n# Harbour Times\n\n- [News](/news)\n- [Sport](/sport)\n\n"
        "## Ferries Resume After the Storm\n\nThe first ferry left the harbour at dawn on Tuesday.\n"
    )
    assert article.title == "Ferries Resume After the Storm"
    assert article.blocks[0] == newsdoc.Fragment(text="Ferries Resume After the Storm | Harbour Times", role="title")


@pytest.mark.parametrize(
    ("boxed", "line"),
    [
        # a link to another story after its label, an advertisement's label, set in a block quote's box
        ("> **Read more:** [Pier plan put to a vote](/pier)", "Read more: Pier plan put to a vote"),
        ("> **Lesen Sie auch:** [Die Fähre fährt wieder](/faehre)", "Lesen Sie auch: Die Fähre fährt wieder"),
        ("> Advertisement", "Advertisement"),
    ],
)
def test_a_line_of_the_page_s_in_a_block_quote_is_furniture(boxed: str, line: str) -> None:
    body = "The first ferry left the harbour at dawn on Tuesday, three days early, with forty passengers aboard."
    article = newsdoc.from_markdown(f"# Ferries Resume\n\n{body}\n\n{boxed}\n\n{body}\n")
    assert article.blocks[2] == newsdoc.Fragment(text=line)
    # (a guard, which passes without the rule too) a quote of someone's words stays one
    quoted = newsdoc.from_markdown(f"# Ferries Resume\n\n{body}\n\n> We will sail again in spring.\n\n{body}\n")
    assert type(quoted.blocks[2]) is newsdoc.Quote


@pytest.mark.parametrize(
    ("heading", "furniture"),
    [
        # a sign-up box's title, the comments' label
        ("### Sign up for The Harbour Weekly", True),
        ("## Subscribe to our newsletters", True),
        ("### Leave a comment", True),
        # a paywall's, a share box's (a line of the page's chrome: Cues.chrome_openings)
        ("## This article is for subscribers", True),
        ("#### Share this story", True),
        # (guards, which pass without the rule too) a subheading that opens with "Get", and one of the story's
        ("### Get the facts first", False),
        ("### Where the ferries go next", False),
    ],
)
def test_a_sign_up_box_s_or_the_comments_heading_is_the_page_s(heading: str, furniture: bool) -> None:
    body = "The first ferry left the harbour at dawn on Tuesday, three days early, with forty passengers aboard."
    block = newsdoc.from_markdown(f"# Ferries Resume\n\n{body}\n\n{heading}\n\n{body}\n").blocks[2]
    assert (type(block) is newsdoc.Fragment) is furniture
    assert block.text == heading.lstrip("# ")


@pytest.mark.parametrize(
    ("masthead", "title"),
    [
        # a newsletter's name, a link to its home, over the post's own h1
        ("# [Harbour Notes](https://harbournotes.example/)", "Ferries Resume After the Storm"),
        ("# [Harbour Notes](/)", "Ferries Resume After the Storm"),
        # (a guard, which passes without the rule too) a link to the story's own page is its headline
        ("# [Harbour Notes](https://harbournotes.example/p/notes)", "Harbour Notes"),
    ],
)
def test_a_newsletter_s_name_linked_to_its_home_is_no_headline(masthead: str, title: str) -> None:
    article = newsdoc.from_markdown(
        f"{masthead}\n\nSubscribe\n\n# Ferries Resume After the Storm\n\n"
        "The first ferry left the harbour at dawn on Tuesday, three days early, with forty passengers aboard.\n"
    )
    assert article.title == title
    # with no other h1, the heading a level lower under it, past the menu and the kicker
    article = newsdoc.from_markdown(
        f"{masthead}\n\n[News](/news) [Sport](/sport)\n\nHARBOUR \u00b7 REPORT\n\n## Ferries Resume After the Storm\n\n"
        "The first ferry left the harbour at dawn on Tuesday, three days early, with forty passengers aboard.\n"
    )
    assert article.title == ("Harbour Notes" if title == "Harbour Notes" else "Ferries Resume After the Storm")


@pytest.mark.parametrize(
    ("links", "title"),
    [
        # the site's sections, or its account's pages, each on the site
        ("[Home](/) · [News](/news) · [Schools](/schools)", "Ferries Resume After the Storm"),
        ("[Subscribe](https://harbour.example/subscribe) [Sign in](https://harbour.example/login)", None),
        # (guards, which pass without the rule too) share buttons under the headline, and a line that is no links'
        ("[Share](https://social.example/share?u=harbour) [Email](mailto:?subject=Ferries)", "Harbour Times"),
        ("Harbour news since 1911", "Harbour Times"),
    ],
)
def test_the_sites_name_over_its_links_is_no_headline(links: str, title: str | None) -> None:
    """A converter writes the masthead as an h1, the site's links under it, then the story's own heading."""
    article = newsdoc.from_markdown(
        f"Harbour Times\n=============\n\n{links}\n\n## Ferries Resume After the Storm\n\n"
        "The first ferry left the harbour at dawn on Tuesday, three days early, with forty passengers aboard.\n"
    )
    assert article.title == (title or "Ferries Resume After the Storm")


def test_a_caption_a_converter_wrapped_is_typed_as_it_reads_on_one_line() -> None:
    """html2text wraps lines at 78 characters: a soft line break is a space, and the caption keeps its break."""
    article = newsdoc.from_markdown(
        "# Ferries Resume\n\n![](quay.jpg)\n\nSailors wait on the quay for the first crossing. Photo: Ines\n"
        "Volk/Harbour Press\n\nThe first ferry left the harbour at dawn on Tuesday.\n"
    )
    caption = article.blocks[2]
    assert isinstance(caption, newsdoc.Caption)
    assert (caption.text, caption.credit) == (
        "Sailors wait on the quay for the first crossing.",
        "Ines\nVolk/Harbour Press",
    )


@pytest.mark.parametrize(
    "markdown",
    [
        # The page's title names the h1 in other letters' case: the h1 stays the headline.
        "Ferries Resume After the Storm - Harbour Times\n\n# Ferries resume after the storm\n\nThe crossing.\n\n"
        "## Harbour Times\n\nContact us\n",
        # It names the section, a heading at the foot: no headline, that.
        "Sport | Harbour Times\n\n# Lisbon Win the Cup in Extra Time\n\nThe crossing.\n\n## Sport\n\nCup final\n",
    ],
)
def test_a_heading_with_the_sites_or_sections_name_is_no_headline(markdown: str) -> None:
    assert newsdoc.from_markdown(markdown).title == markdown.split("\n\n")[1].removeprefix("# ")


def test_a_paragraph_amid_the_body_that_names_the_headline_is_the_bodys() -> None:
    """Only a converter's first line is the page's title: "The Verdict \u2013 what ..." further down is prose."""
    line = "The Verdict \u2013 what the jury decided and why it matters"
    article = newsdoc.from_markdown(f"# The Verdict\n\nThe jury sat for three days.\n\n{line}\n")
    assert article.blocks[-1] == newsdoc.Paragraph(text=line)


@pytest.mark.parametrize("under", ["Ines Volk", "**Ines Volk, harbour reporter**", "Harbour Times"])
def test_a_name_under_a_picture_that_says_its_alt_text_is_no_caption(under: str) -> None:
    """A writer's name under her portrait, bold over her box, a site's name by its logo: a few words, or bold."""
    alt = under.strip("*")
    article = newsdoc.from_markdown(f"# Ferries Resume\n\nThe first ferry left.\n\n![{alt}](a.jpg)\n\n{under}\n")
    assert not article.blocks_of(newsdoc.Caption)


def test_a_name_linked_to_its_writers_page_under_the_headline_is_the_byline() -> None:
    """No "By": the writer's name links to her page, her job beside it; a name linked so in the body is prose."""
    article = newsdoc.from_markdown(
        "# Ferries Resume\n\n[Ines Volk](/profile/ines-volk) Transport correspondent\n\n"
        "The first ferry left the harbour at dawn on Tuesday.\n\n"
        "[Tom Ek](/profile/tom-ek) wrote about the old ferry last year.\n"
    )
    assert article.blocks[1] == newsdoc.Fragment(text="Ines Volk Transport correspondent", role="byline")
    assert article.authors == ("Ines Volk",)
    assert type(article.blocks[-1]) is newsdoc.Paragraph


@pytest.mark.parametrize(
    ("under", "prefix"), [("Ines Volk, harbour master", "\n\n"), ("\u2014 Ines Volk", "\n\n\u2014 ")]
)
def test_a_pull_quote_with_its_speaker_in_the_same_block_quote(under: str, prefix: str) -> None:
    """A converter writes a pull quote's box, the quote and who said it, as one block quote."""
    body = "The harbour master said that the new ferry would carry twice as many cars as the old one did."
    article = newsdoc.from_markdown(
        f"# Ferries Resume\n\n{body}\n\n> The new ferry would carry twice as many cars.\n>\n> {under}\n\n"
        "The crossing takes an hour.\n"
    )
    quote = article.blocks[2]
    assert isinstance(quote, newsdoc.PullQuote)
    assert (quote.text, quote.attribution, quote.attribution_prefix) == (
        "The new ferry would carry twice as many cars.",
        under.removeprefix("\u2014 "),
        prefix,
    )


@pytest.mark.parametrize("marked", ["**", "*"])
def test_a_quote_set_wholly_in_bold_or_italics_in_a_block_quote_is_a_pull_quote(marked: str) -> None:
    """A converter writes a pull quote's box as a block quote of its quoted words in bold or italics, who said them
    under it: displayed, though the body does not say them again. Not so in plain type under a paragraph that
    introduces it (a guard, which passes without the rule too): a letter or a speech quoted in the story."""
    said = "\u201cNobody thought the old ferry would sail again this year.\u201d"
    body = "The harbour master said that the new ferry would carry twice as many cars as the old one did."
    text = f"# Ferries Resume\n\n{body}\n\n> {marked}{said}{marked}\n>\n> Ines Volk, harbour master\n\n{body}\n"
    quote = newsdoc.from_markdown(text).blocks[2]
    assert isinstance(quote, newsdoc.PullQuote)
    assert (quote.text, quote.attribution) == (said[1:-1], "Ines Volk, harbour master")
    assert type(newsdoc.from_markdown(text.replace(f"{marked}{said}{marked}", said)).blocks[2]) is newsdoc.Quote


@pytest.mark.parametrize(
    ("over", "signed", "pulled"),
    [
        ("The crossing takes an hour.", "\u2014 Ines Volk, harbour master", True),
        ("The crossing takes an hour.", "\u2013 Kapit\u00e4nin Ines Volk", True),
        ("The crossing takes an hour.", "-- Ines Volk", True),
        # the body's quote, introduced by the paragraph over it
        ("In a letter to the council, the harbour master wrote:", "\u2014 Ines Volk, harbour master", False),
        # a statement's source, no person
        ("The crossing takes an hour.", "\u2014 Statement from the Harbour Board", False),
        # a post's embed, signed with its writer's handle and its date
        ("The crossing takes an hour.", "\u2014 Ines Volk (@inesvolk) May 3, 2024", False),
        # no dash: a speaker line of its own, as before, a pull quote only if it repeats the body (a guard)
        ("The crossing takes an hour.", "Ines Volk, harbour master", False),
    ],
)
def test_a_block_quote_signed_by_its_speaker_after_a_dash_is_a_pull_quote(over: str, signed: str, pulled: bool) -> None:
    """A quote box signs its speaker after a dash under its words; a converter writes both in one block quote,
    which is a pull quote though the body does not say its words again. (The rows that make none are guards,
    which pass without the rule too.)"""
    said = "\u201cNobody thought the old ferry would sail again this year.\u201d"
    text = f"# Ferries Resume\n\nThe first ferry left at dawn.\n\n{over}\n\n> {said}\n>\n> {signed}\n\nThe end.\n"
    quote = newsdoc.from_markdown(text).blocks[3]
    assert isinstance(quote, newsdoc.PullQuote) is pulled
    if pulled:
        assert (quote.text, quote.attribution) == (said[1:-1], signed.lstrip("\u2013\u2014- "))


@pytest.mark.parametrize("gap", ["\n", "  \n", "\\\n"])
def test_the_byline_over_the_date_in_one_paragraph_is_two_blocks(gap: str) -> None:
    """A converter writes the byline's element and the date's under it as one paragraph, a line break between: the
    byline and the date line, as the lines of a scraped text are."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    text = f"# Ferries Resume\n\n**By Ines Volk**{gap}*Published May 3, 2024 at 6:10 a.m.*\n\n{body}\n"
    article = newsdoc.from_markdown(text)
    assert [(type(b).__name__, getattr(b, "role", None), b.text) for b in article.blocks[1:3]] == [
        ("Fragment", "byline", "By Ines Volk"),
        ("Fragment", "date", "Published May 3, 2024 at 6:10 a.m."),
    ]
    assert (article.authors, article.published) == (("Ines Volk",), dt.datetime(2024, 5, 3, 6, 10))
    # (a guard, which passes without the rule too) the writer's job under her name stays in her byline
    article = newsdoc.from_markdown(f"# Ferries Resume\n\n**By Ines Volk**{gap}*Transport correspondent*\n\n{body}\n")
    assert article.blocks[1].text == "By Ines Volk\nTransport correspondent"


def test_a_label_on_a_paragraph_of_its_own_joins_the_part_it_labels() -> None:
    """A converter writes a page's labels as paragraphs: "By" over the linked name, "Image caption" over the caption."""
    article = newsdoc.from_markdown(
        "# Ferries Resume\n\nBy\n\n[Ines Volk](/people/ines-volk)\n\nThe first ferry left at dawn on Tuesday.\n\n"
        "![](quay.jpg)\n\nImage caption\n\nSailors wait on the quay for the first crossing\n\n"
        "The second left at noon.\n"
    )
    assert article.blocks[1] == newsdoc.Fragment(text="By\n\nInes Volk", role="byline")
    assert article.authors == ("Ines Volk",)
    (caption,) = article.blocks_of(newsdoc.Caption)
    assert caption.text == "Image caption\n\nSailors wait on the quay for the first crossing"


@pytest.mark.parametrize(
    "under",
    [
        "More crossings would follow in the summer",  # the quote's own last line: no name's two capitals
        "Tweet this",  # a share button under the quote
    ],
)
def test_a_quotes_last_line_that_names_no_one_is_no_speaker(under: str) -> None:
    body = "The harbour master said that the new ferry would carry twice as many cars as the old one did."
    article = newsdoc.from_markdown(
        f"# Ferries Resume\n\n{body}\n\n> The new ferry would carry twice as many cars.\n>\n> {under}\n\nThe end.\n"
    )
    assert not [q for q in article.blocks_of(newsdoc.PullQuote) if q.attribution == under]


def test_a_label_never_swallows_a_picture_or_a_heading() -> None:
    """A "By" over the writer's portrait, an "Image caption" over a heading: the picture and the heading stay."""
    article = newsdoc.from_markdown(
        "# Ferries Resume\n\nBy\n\n![Ines Volk](/img/ines.jpg)\n\n[Ines Volk](/author/ines-volk/)\n\n"
        "The first ferry left at dawn.\n\nImage caption\n\n## What happens next\n\nThe second left at noon.\n"
    )
    assert [type(b).__name__ for b in article.blocks].count("Image") == 1
    assert "What happens next" in [b.text for b in article.blocks_of(newsdoc.Heading)]


@pytest.mark.parametrize(
    "line",
    [
        "[View all posts by Ines Volk](/author/ines-volk/)",  # a link to her page, no name
        "In this column, [Ines Volk](/author/ines-volk/) explains why the island needs its ferry.",  # a sentence
        "[4](/columnists/ferries-resume/#comments)553",  # a count of the comments under a column
    ],
)
def test_a_link_to_a_writers_page_that_is_no_byline(line: str) -> None:
    article = newsdoc.from_markdown(f"# Ferries Resume\n\n{line}\n\nThe first ferry left at dawn on Tuesday.\n")
    assert article.authors == ()


def test_a_byline_that_links_to_its_writers_page_under_the_dek() -> None:
    article = newsdoc.from_markdown(
        "# Ferries Resume\n\nAfter a winter of repairs the island ferry is back on the water\n\n"
        "[Ines Volk](/author/ines-volk/)\n\nThe first ferry left at dawn on Tuesday.\n"
    )
    assert article.authors == ("Ines Volk",)
    # Wrapped across two lines, as html2text wraps a link's words: one name
    article = newsdoc.from_markdown(
        "# Ferries Resume\n\n[Ines\nVolk](/author/ines-volk/) Transport correspondent\n\nThe first ferry left.\n"
    )
    assert article.authors == ("Ines Volk",)


_LONG_LINES = (
    "# Ferries Resume\n"
    "After a winter of repairs, the lake crossing is back on the timetable with two boats a day.\n"
    "By [Ines Volk](/authors/ines-volk)\n"
    "![The ferry at the landing](ferry.jpg)\n"
    "The ferry at the north landing on Tuesday. Photo: Tom Ek/Lake Press\n"
    "The ferry service across the lake resumed on Monday after a winter of repairs to both of its landings, and"
    " the first boat left the north quay at dawn.\n"
    "Commuters who had driven around the shore for months said the crossing saved them an hour a day.\n"
    "> The crossing saves us an hour a day.\n"
    "The operator said a second boat would join the route in the spring if the numbers held up.\n"
)


def test_blocks_each_on_a_line_of_its_own_with_no_blank_line_between() -> None:
    """Some converters part blocks with one line break: in Markdown that wraps no line, they are apart."""
    article = newsdoc.from_markdown(_LONG_LINES)
    assert [type(block).__name__ for block in article.blocks] == [
        *("Heading", "Standfirst", "Fragment", "Image", "Caption", "Paragraph", "Paragraph", "Quote", "Paragraph"),
    ]
    assert article.authors == ("Ines Volk",)
    assert article.blocks_of(newsdoc.Caption)[0].credit == "Tom Ek/Lake Press"
    # Wrapped at 78 characters, a paragraph's lines are one paragraph, as CommonMark reads them
    wrapped = "# Ferries Resume\n\nThe ferry service across the lake resumed on Monday after a winter of\nrepairs.\n"
    assert newsdoc.from_markdown(wrapped).blocks[1] == Paragraph(
        text="The ferry service across the lake resumed on Monday after a winter of\nrepairs."
    )


def test_the_writers_linked_name_set_as_a_subheading_is_the_byline() -> None:
    """A blogging platform's template sets the writer's name, linked to her page, as a small heading."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm."
    article = newsdoc.from_markdown(f"# Ferries Resume\n\n#### [Ines Volk](/author/ines/)\n\nMay 3, 2024\n\n{body}\n")
    assert article.blocks[1] == newsdoc.Fragment(text="Ines Volk", role="byline")
    assert article.authors == ("Ines Volk",)
    # More than the name ("View all posts"), or not linked to a writer's page: a heading
    for heading in ("#### [Ines Volk](/author/ines/)[More](/author/ines/)", "#### [Ines Volk](/topics/ines/)"):
        assert newsdoc.from_markdown(f"# Ferries Resume\n\n{heading}\n\n{body}\n").authors == ()


def test_a_sections_label_over_the_headline_is_its_kicker() -> None:
    article = newsdoc.from_markdown("Analysis\n\n# Ferries Resume\n\nThe first ferry left at dawn on Tuesday.\n")
    assert article.blocks[0] == newsdoc.Fragment(text="Analysis", role="kicker")
    assert article.kicker == "Analysis"
    # A label with a line between it and the headline is no kicker.
    article = newsdoc.from_markdown("Analysis\n\nMenu\n\n# Ferries Resume\n\nThe first ferry left at dawn.\n")
    assert article.kicker is None
    assert article.blocks[0] == Paragraph(text="Analysis")


def test_a_sections_label_under_the_sites_menu_is_the_kicker() -> None:
    # A converter writes the page's title and the menu first; the label stands right over the headline.
    markdown = (
        "Ferries Resume | Harbour Voices\n\n[Home](/) [News](/news)\n\nIslands\n\n# Ferries Resume\n\n"
        "The first ferry left at dawn on Tuesday, and the quay was full.\n"
    )
    article = newsdoc.from_markdown(markdown)
    assert article.kicker == "Islands"
    assert article.blocks[2] == newsdoc.Fragment(text="Islands", role="kicker")
    # Under the headline, a one-word line is no kicker.
    assert newsdoc.from_markdown("# Ferries Resume\n\nIslands\n\n# Ferries Resume\n\nThe ferry left.\n").kicker is None


@pytest.mark.parametrize("word", ["Menu", "Home", "Search", "Subscribe"])
def test_a_menus_word_over_the_headline_is_no_kicker(word: str) -> None:
    article = newsdoc.from_markdown(f"{word}\n\n# Ferries Resume\n\nThe first ferry left at dawn on Tuesday.\n")
    assert article.kicker is None
    # a paragraph, or furniture ("Subscribe", a button's word): no role, and the line kept
    assert article.blocks[0] in (Paragraph(text=word), newsdoc.Fragment(text=word))


def test_a_picture_markdownify_wrote_without_an_address_is_a_picture() -> None:
    """A page's ``<img>`` with no ``src`` and a title: markdownify sets the title where the address goes."""
    alt = "Sailors wait on the quay, the ferry behind them"
    article = newsdoc.from_markdown(f'# Ferries Resume\n\n![{alt}]( "{alt}")\n\nThe first ferry left at dawn.\n')
    assert article.blocks[1:] == (Image(alt=alt, src=None), Paragraph(text="The first ferry left at dawn."))
    # In a fenced code block, the same characters are code, as written.
    fenced = f'# Ferries Resume\n\n```\n![{alt}]( "{alt}")\n```\n'
    assert f'( "{alt}")' in newsdoc.from_markdown(fenced).blocks[1].text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("credit_line", "prefix", "credit"),
    [
        ("Getty", "\n", "Getty"),
        ("Photo: Ines Volk", "\nPhoto: ", "Ines Volk"),
        ("(Harbour Press)", "\n(", "Harbour Press"),
        ("Harbour Survey Office", "\n", "Harbour Survey Office"),  # a name no one here knows, under a sentence
    ],
)
def test_a_caption_under_a_picture_with_its_credit_on_the_line_under_it(
    credit_line: str, prefix: str, credit: str
) -> None:
    """A converter keeps the line break between a figure's caption and its credit, in one paragraph."""
    caption = "Sailors wait on the quay as the first ferry of the year comes in."
    markdown = f"# Ferries Resume\n\n![Quay](/quay.jpg)\n\n{caption}\n{credit_line}\n\nThe first ferry left at dawn.\n"
    article = newsdoc.from_markdown(markdown)
    found = article.blocks[2]
    assert isinstance(found, Caption)
    assert (found.text, found.credit_prefix, found.credit, found.image) == (caption, prefix, credit, 1)
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


def test_a_line_under_a_caption_with_no_picture_over_it_credits_nothing() -> None:
    for markdown in (
        "# Ferries Resume\n\nSailors wait on the quay as the first ferry comes in.\nGetty\n",  # no picture
        "# Ferries Resume\n\n![Quay](/quay.jpg)\n\nQuay\nGetty\n",  # a word, and a name: a menu's
        "# Ferries Resume\n\n![Quay](/quay.jpg)\n\nSailors wait on the quay\nHarbour Survey\n",  # no sentence
        "# Ferries Resume\n\nSailors wait on the quay as the first ferry comes in.\nHarbour Survey\n",  # no picture
        "# Ferries Resume\n\n![Quay](/quay.jpg)\n\nSailors wait on the quay as the ferry comes in.\nThe Harbour "
        "Survey Office of the Port\n",  # more words than a name's
    ):
        assert not newsdoc.from_markdown(markdown).blocks_of(Caption)


def test_an_address_html2text_wrapped_after_a_hyphen_is_read_whole() -> None:
    """html2text wraps at 78 characters, an address too, after a hyphen: the picture and its caption are read."""
    article = newsdoc.from_markdown(
        "# Lantern Walk Fills the River Path\n\n"
        "![](https://gazette.example/uploads/2024/05/lantern-walk-\nriver-path.jpg)Children carry paper lanterns "
        "past the old mill. Photo: Mara\nQuill/Riverside Gazette\n\n"
        "Hundreds joined the walk, which the [parish](https://gazette.example/tag/parish-\ncouncil/) has run since "
        "the mill reopened.\n\n> The [path](/walks/river-\n> path/) was lit end to end.\n"
    )
    image, caption = article.blocks[1:3]
    assert image == Image(alt="", src="https://gazette.example/uploads/2024/05/lantern-walk-river-path.jpg")
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.image) == (
        "Children carry paper lanterns past the old mill.",
        "Mara\nQuill/Riverside Gazette",
        1,
    )
    assert article.blocks[3].marks[0].href == "https://gazette.example/tag/parish-council/"
    assert article.blocks[4].marks[0].href == "/walks/river-path/"


def test_a_hyphen_at_a_lines_end_outside_an_address_stays() -> None:
    """Only an address is made whole: a word broken at a hyphen, or Markdown newsdoc wrote, keeps its lines."""
    text = "The lantern walk is a well-\nloved custom [here](/walks/)."
    read = newsdoc.from_markdown(f"# Lanterns\n\n{text}\n").blocks[1]
    assert read.text == "The lantern walk is a well-\nloved custom here."
    written = newsdoc.to_markdown(newsdoc.Article(title="Lanterns", blocks=(Paragraph(text="Lit"),)))
    with pytest.raises(newsdoc.ParseError, match="line 10:"):
        newsdoc.from_markdown(written + "\n[path](/walks/river-\npath/)\n\n<!-- newsdoc {broken -->\n")


def test_a_link_around_a_picture_and_words_holds_the_words() -> None:
    """A teaser's card, ``[![alt](src) Headline](/story)``: the words under the picture are the link's, no caption."""
    article = newsdoc.from_markdown(
        "# Lanterns\n\nThe walk ran for an hour along the river path.\n\n"
        "[![Boats moored by the mill at dusk](boats.jpg) Boats moored by the mill at dusk](/stories/boats)\n"
    )
    assert not article.blocks_of(Caption)
    assert article.blocks[-1] == Paragraph(
        text="Boats moored by the mill at dusk",
        marks=(Mark(start=0, end=32, kind=MarkKind.LINK, href="/stories/boats"),),
    )


def test_a_cards_words_after_its_links_opening_bracket_are_no_caption() -> None:
    """A card with a list in it is a link CommonMark cannot hold: its ``[`` stays before the picture; no caption."""
    card = (
        "[ ![Mill pond drained for repairs this winter](card.jpg) Mill pond drained for repairs this winter\n\n"
        "  * 3 May 2024\n\nWhy the pond is empty. ](/stories/mill-pond)"
    )
    article = newsdoc.from_markdown(f"# Lanterns\n\nThe walk ran for an hour along the river path.\n\n{card}\n")
    assert not article.blocks_of(Caption)
    # Without the bracket, the same words under the same picture caption it.
    article = newsdoc.from_markdown(f"# Lanterns\n\nThe walk ran for an hour.\n\n{card.removeprefix('[ ')}\n")
    assert [c.text for c in article.blocks_of(Caption)] == ["Mill pond drained for repairs this winter"]


def test_a_link_that_repeats_the_body_is_no_pull_quote() -> None:
    """A line that is one link (a teaser's headline) and says a sentence of the body again is not pulled out of it."""
    body = (
        "The parish council agreed on Monday that the lantern walk will follow the river path again next spring, "
        "after a year on the high street."
    )
    repeat = "The lantern walk will follow the river path again next spring."
    article = newsdoc.from_markdown(f"# Lanterns\n\n{body}\n\n[{repeat}](/stories/lanterns)\n\nThe end.\n")
    assert not article.blocks_of(PullQuote)
    article = newsdoc.from_markdown(f"# Lanterns\n\n{body}\n\n{repeat}\n\nThe end.\n")
    assert [q.text for q in article.blocks_of(PullQuote)] == [repeat]


@pytest.mark.parametrize("credit", ["(Harbour Press)", "Ines Volk/Harbour Press"])
def test_a_credit_under_a_pictures_caption_is_the_captions(credit: str) -> None:
    """A converter's figure, a paragraph each: the picture, its caption, then a credit that reads as one only there."""
    article = newsdoc.from_markdown(
        "# Ferries Resume\n\nThe first ferry left the harbour at dawn on Tuesday.\n\n"
        f"![Quay](quay.jpg)\n\nSailors wait on the quay for the first crossing\n\n{credit}\n\nThe second left.\n"
    )
    caption = article.blocks[3]
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.image) == (
        "Sailors wait on the quay for the first crossing",
        credit.strip("()"),
        2,
    )
    # Under a paragraph of the body, no picture over it, the same line is the body's.
    article = newsdoc.from_markdown(
        f"# Ferries Resume\n\nThe first ferry left the harbour at dawn on Tuesday.\n\n{credit}\n\nThe second left.\n"
    )
    assert not article.blocks_of(Caption)


def test_a_heading_html2text_wrapped_is_one_heading() -> None:
    """html2text wraps a long heading as it wraps a paragraph: the words on the next line are the heading's."""
    article = newsdoc.from_markdown(
        "# The old ferry slipway at Norren Point will be rebuilt in seasoned oak by the\nharbour trust\n\n"
        "## A winter of storms left the lower half of the slipway lying in wet shingle-\ncovered sandbanks\n\n"
        "By Ines Volk\n\nThe trust will begin the work in March.\n"
    )
    assert article.title == "The old ferry slipway at Norren Point will be rebuilt in seasoned oak by the harbour trust"
    assert article.blocks[1] == newsdoc.Standfirst(
        text="A winter of storms left the lower half of the slipway lying in wet shingle-covered sandbanks"
    )


@pytest.mark.parametrize(
    "code",
    ["```text\nBy Ines Volk\n```", "~~~\nBy Ines Volk\n~~~", "    By Ines Volk"],
    ids=["backticks", "tildes", "indented"],
)
def test_a_block_of_code_is_code_as_a_page_s_pre_is_and_is_not_typed(code: str) -> None:
    """Code says what it says: a line of it that reads as a byline is no byline."""
    article = newsdoc.from_markdown(f"# Slipway Rebuilt\n\n{code}\n\nThe trust will begin the work in March.\n")
    assert article.blocks[1] == Paragraph(text="By Ines Volk", marks=(Mark(start=0, end=12, kind=MarkKind.CODE),))
    assert article.authors == ()
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


def test_a_block_of_code_in_a_list_is_code() -> None:
    article = newsdoc.from_markdown("- Run the script:\n\n  ```\n  report(planks)\n  ```\n")
    assert article.blocks == (
        ItemList(items=("Run the script:", "report(planks)"), marks=(Mark(start=16, end=30, kind=MarkKind.CODE),)),
    )


def test_a_paragraph_right_under_a_heading_stays_a_paragraph() -> None:
    """A heading with the words under it on the next line, no blank line between, where the next word would have fit."""
    article = newsdoc.from_markdown("# Slipway Rebuilt\nThe trust will begin the work in March.\n")
    assert article.title == "Slipway Rebuilt"
    assert article.blocks[1] == Paragraph(text="The trust will begin the work in March.")
    # A comment's line in a fenced code block is the code's, however long.
    comment = "# the trust's script counts the oak planks left in the yard each morning"
    code = f"```\n{comment}\nplanks_left = count(yard)\n\nreport(planks_left)\n```"
    words = f"{comment}\nplanks_left = count(yard)\n\nreport(planks_left)"
    assert newsdoc.from_markdown(f"# Slipway Rebuilt\n\n{code}\n").blocks[1] == Paragraph(
        text=words, marks=(Mark(start=0, end=len(words), kind=MarkKind.CODE),)
    )


_ISLANDS = (
    "The ferry to the outer islands sails twice a day again from Monday, after a winter of repairs to the pier"
    " at Varn Point and to the ferry's two engines."
)


@pytest.mark.parametrize("line", ["14. Mai 2024", "14. mai 2024"])
def test_a_date_written_day_first_that_commonmark_reads_as_a_list_is_the_date_line(line: str) -> None:
    """A converter leaves the full stop after the day as written: CommonMark reads a list of one item from that day."""
    article = newsdoc.from_markdown(f"# Die F\u00e4hre f\u00e4hrt wieder\n\nVon Ines Volk\n\n{line}\n\n{_ISLANDS}\n")
    assert article.blocks[2] == newsdoc.Fragment(text=line, role="date")
    assert article.published == dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    "items",
    [
        "12. Mai 2024 opens the new season on the islands",  # an item that goes on after a date
        "1. Mai 2024\n2. Juni 2024",  # a list of dates: two items
    ],
)
def test_a_list_that_is_no_date_line_stays_a_list(items: str) -> None:
    article = newsdoc.from_markdown(f"# Die Fähre fährt wieder\n\nVon Ines Volk\n\n{items}\n\n{_ISLANDS}\n")
    assert isinstance(article.blocks[2], ItemList)
    assert article.published is None


@pytest.mark.parametrize(
    "under",
    [
        "Glaziers worked through the night to set the panes before the market opened.",  # a sentence's full stop
        "Glaziers worked through the night to set the panes before the market opened, and the stallholders who "
        "had waited since March cheered them from the square",  # a line wrapping never wrote
        "    glazecount --north-wing",  # indented: code
    ],
)
def test_a_paragraph_under_a_long_heading_is_no_wrapped_heading(under: str) -> None:
    """A long heading with a paragraph, or code, right under it (no blank line): the heading is not read as wrapped."""
    heading = "## The covered market's glass roof was mended in a week by a crew of glaziers"  # 77 characters
    article = newsdoc.from_markdown(f"# Market Roof Mended\n\n{heading}\n{under}\n\nThe stalls reopened.\n")
    assert article.blocks[1] == newsdoc.Heading(text=heading.removeprefix("## "), level=2)
    assert under.strip() in article.blocks[2].text


def test_an_address_in_a_fenced_code_block_is_the_codes() -> None:
    """A fenced code block's line that looks like a broken address keeps its line break."""
    code = "```\npane = frames[row](glass-\nwidth)\n```"
    article = newsdoc.from_markdown(f"# Market Roof Mended\n\n{code}\n\nThe stalls reopened.\n")
    assert article.blocks[1].text == "pane = frames[row](glass-\nwidth)"


@pytest.mark.parametrize("credit", ["(Reuters)", "(Updated)", "Ada Pell/Market Courier"])
def test_a_sentence_under_a_picture_takes_no_weak_credit(credit: str) -> None:
    """Under a picture, a paragraph a full stop ends may be the body's: a sign-off or an aside under it is no credit."""
    article = newsdoc.from_markdown(
        "# Market Roof Mended\n\nThe glaziers arrived on Monday.\n\n![Roof](roof.jpg)\n\n"
        f"The stalls reopened on Saturday with the new panes in place.\n\n{credit}\n"
    )
    assert not article.blocks_of(Caption)
    assert article.blocks[-1].text == credit


@pytest.mark.parametrize(
    "body",
    [
        # A timeline amid the body: its dates are no date line of the piece
        f"{_ISLANDS}\n\n## Chronik\n\n3. M\u00e4rz 2024\n\nDie Werft nimmt die F\u00e4hre auf.\n\n{_ISLANDS}",
        f"{_ISLANDS}\n\nTermine:\n\n1. Juni 2025\n\n{_ISLANDS}",  # a list of one date under a label
        f"14) Mai 2024\n\n{_ISLANDS}",  # a bracket after the number: no date writes that
    ],
)
def test_a_day_numbered_list_that_stands_in_no_header_or_writes_no_full_stop_stays_a_list(body: str) -> None:
    article = newsdoc.from_markdown(f"# Die F\u00e4hre f\u00e4hrt wieder\n\nVon Ines Volk\n\n{body}\n")
    assert len(article.blocks_of(ItemList)) == 1
    assert not [block for block in article.blocks if isinstance(block, newsdoc.Fragment) and block.role == "date"]
    assert article.published is None


def test_a_day_first_date_keeps_its_number_as_written() -> None:
    text = f"# Die F\u00e4hre f\u00e4hrt wieder\n\nVon Ines Volk\n\n03. Mai 2024\n\n{_ISLANDS}\n"
    article = newsdoc.from_markdown(text)
    assert article.blocks[2] == newsdoc.Fragment(text="03. Mai 2024", role="date")
    assert article.published == dt.date(2024, 5, 3)


@pytest.mark.parametrize(
    ("markdown", "shown"),
    [
        ("> The pier reopened.\n>\n> ```\n> tide --table\n> ```\n", "The pier reopened.\n\ntide --table"),
        ("> The pier reopened.\n>\n>     tide --table\n", "The pier reopened.\n\ntide --table"),
        ("> The pier reopened.\n>\n> <div>Tide table</div>\n", "The pier reopened.\n\n<div>Tide table</div>"),
        ("- Check the tide.\n\n  ```\n  tide --table\n  ```\n- Sail.\n", "Check the tide.\ntide --table\nSail."),
        ("1. Check the tide.\n\n       tide --table\n", "Check the tide.\ntide --table"),
    ],
    ids=["fence-in-quote", "indented-code-in-quote", "html-in-quote", "fence-in-item", "indented-code-in-item"],
)
def test_code_and_html_inside_quotes_and_lists_are_kept(markdown: str, shown: str) -> None:
    # As at the top, where code is a paragraph and raw HTML a fragment: their lines as written
    (block,) = newsdoc.from_markdown(markdown).blocks
    assert block.text == shown  # type: ignore[attr-defined]


_FERRY = "The night ferry to Ostby Point ran again on Tuesday, after four winters without one, with ninety aboard."


@pytest.mark.parametrize(
    ("figure", "caption"),
    [
        # as pandoc writes a page's figure in GitHub's Markdown, the caption's credit after it
        (
            '<figure>\n<img src="/q.jpg" alt="The quay" />\n<figcaption aria-hidden="true">Sailors wait at dawn.'
            " Photo: Ines Volk/Harbour Voices</figcaption>\n</figure>",
            Caption(
                text="Sailors wait at dawn.",
                credit="Ines Volk/Harbour Voices",
                image=1,
                credit_prefix=" Photo: ",
                credit_suffix="",
            ),
        ),
        ('<figure><img src="/q.jpg" alt="The quay"></figure>', None),
    ],
)
def test_a_figure_kept_as_raw_html_is_its_picture_and_caption(figure: str, caption: Caption | None) -> None:
    article = newsdoc.from_markdown(f"# Night Ferry Returns\n\n{figure}\n\n{_FERRY}\n")
    assert article.blocks[:3] == (
        Heading(text="Night Ferry Returns", level=1),
        Image(alt="The quay", src="/q.jpg"),
        *([caption] if caption else [Paragraph(text=_FERRY)]),
    )
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


def test_a_figure_that_holds_more_stays_raw_html() -> None:
    """Two pictures in one figure, or words beside its caption: the block as written, a fragment."""
    for figure in (
        '<figure><img src="/a.jpg"><img src="/b.jpg"></figure>',
        '<figure><img src="/a.jpg"><p>Quay</p></figure>',
    ):
        block = newsdoc.from_markdown(f"# Night Ferry Returns\n\n{figure}\n\n{_FERRY}\n").blocks[1]
        assert block == Fragment(text=figure, role="html_block")


# Front matter --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("front", "fields"),
    [
        # a web clipper's: the page's address as its source, the writer as a link to a note, a date, a list of tags
        (
            '---\ntitle: "Night Ferry Returns"\nsource: "https://harbour.example/night-ferry"\nauthor:\n'
            '  - "[[Ines Volk]]"\npublished: 2024-03-03\ncreated: 2024-03-05\ntags:\n  - "ferries"\n---\n',
            {
                "title": "Night Ferry Returns",
                "url": "https://harbour.example/night-ferry",
                "authors": ("Ines Volk",),
                "published": dt.date(2024, 3, 3),
                "tags": ("ferries",),
            },
        ),
        # a converter's: values quoted or not, tags as a list in brackets, writers parted by a semicolon
        (
            "---\ntitle: Night Ferry Returns\nauthor: Ines Volk; Tom Ek\ndate: '2024-03-03'\n"
            "tags: ['ferries', Ostby Point]\nsitename: Harbour Voices\nfingerprint: 0a1b2c\n---\n",
            {
                "title": "Night Ferry Returns",
                "authors": ("Ines Volk", "Tom Ek"),
                "published": dt.date(2024, 3, 3),
                "tags": ("ferries", "Ostby Point"),
                "publication": "Harbour Voices",
            },
        ),
        # a converter that copies the page's meta names: a colon inside a key
        (
            "---\nmeta-author: Ines Volk\nmeta-keywords: ferries, Ostby Point\nmeta-og:title: Night Ferry Returns\n"
            'meta-article:published_time: "2024-03-03"\nmeta-og:site_name: Harbour Voices\n---\n',
            {
                "title": "Night Ferry Returns",
                "authors": ("Ines Volk",),
                "published": dt.date(2024, 3, 3),
                "tags": ("ferries", "Ostby Point"),
                "publication": "Harbour Voices",
            },
        ),
        # a converter's that writes the page's tags, as one string, in a list
        (
            "---\ntitle: Night Ferry Returns\ntags: ['ferries, Ostby Point']\n---\n",
            {"title": "Night Ferry Returns", "tags": ("ferries", "Ostby Point")},
        ),
        # a clipper's template that writes the writers' links to notes in one string
        (
            '---\ntitle: Night Ferry Returns\nauthor: "[[Ines Volk]], [[Tom Ek|Tom Ek]]"\n---\n',
            {"title": "Night Ferry Returns", "authors": ("Ines Volk", "Tom Ek")},
        ),
        # a clipper's that copies the page's byline, "By" and all
        (
            "---\ntitle: Night Ferry Returns\nauthor: By Ines Volk and Tom Ek\n---\n",
            {"title": "Night Ferry Returns", "authors": ("Ines Volk", "Tom Ek")},
        ),
        # a site generator's: a date and time with its zone, a title folded over two lines, a comment
        (
            "---\n# the post\ntitle: >\n  Night Ferry\n  Returns\ndate: 2024-03-03 10:15:00 +0100\nlang: de\n...\n",
            {
                "title": "Night Ferry Returns",
                "published": dt.datetime(2024, 3, 3, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=1))),
                "language": "de",
            },
        ),
    ],
)
def test_front_matter_gives_the_articles_fields(front: str, fields: dict[str, object]) -> None:
    """Tools that save a page as Markdown open it with its metadata between two rules: the article's fields.

    The block is kept as written, a fragment; the body under it is read as ever, and the article
    reads back from every format.
    """
    article = newsdoc.from_markdown(f"{front}\n{_FERRY}\n")
    assert {name: getattr(article, name) for name in fields} == fields
    assert article.blocks == (
        newsdoc.Fragment(text=front.rstrip("\n"), role="front_matter"),
        Paragraph(text=_FERRY),
    )
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article
    assert newsdoc.from_json(newsdoc.to_json(article)) == article


@pytest.mark.parametrize(
    "properties",
    [
        # a notes app's export: the page's properties under its title, a line each, keys of its own among them
        "Created: March 5, 2024 4:05 PM\nTags: ferries, Ostby Point\nURL: https://harbour.example/night-ferry\n"
        "Author: Ines Volk\nPublished: March 3, 2024",
        # a read-later app's
        "Source: https://harbour.example/night-ferry\nAuthor: By Ines Volk\nSaved: March 5, 2024 at 9:12 AM\n"
        "Published: March 3, 2024",
    ],
)
def test_a_notes_apps_properties_under_the_title_give_the_articles_fields(properties: str) -> None:
    article = newsdoc.from_markdown(f"# Night Ferry Returns\n\n{properties}\n\n{_FERRY}\n")
    assert (article.title, article.authors, article.url) == (
        "Night Ferry Returns",
        ("Ines Volk",),
        "https://harbour.example/night-ferry",
    )
    assert article.published is not None
    assert article.published.date() == dt.date(2024, 3, 3)  # type: ignore[union-attr]
    assert article.blocks[1:] == (newsdoc.Fragment(text=properties, role="front_matter"), Paragraph(text=_FERRY))
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article
    # An interview's lines, or a box's of one field, amid the body or at its top, are no properties
    for lines in (
        "Q: Why the night ferry?\nA: Because the islanders asked.",
        "Date: Friday\nTime: 7pm\nPlace: The quay",
    ):
        article = newsdoc.from_markdown(f"# Night Ferry Returns\n\n{lines}\n\n{_FERRY}\n")
        assert article.blocks[1] == Paragraph(text=lines)


def test_a_reader_services_header_gives_the_articles_fields() -> None:
    """A service that fetches a page as Markdown heads it with its title, address and date, then "Markdown Content:"."""
    header = (
        "Title: Night Ferry Returns\n\nURL Source: https://harbour.example/night-ferry\n\n"
        "Published Time: 2024-03-03T09:15:00+00:00\n\nMarkdown Content:\n"
    )
    article = newsdoc.from_markdown(f"{header}Night Ferry Returns\n===\n\n{_FERRY}\n")
    assert (article.title, article.url, article.published) == (
        "Night Ferry Returns",
        "https://harbour.example/night-ferry",
        dt.datetime(2024, 3, 3, 9, 15, tzinfo=dt.UTC),
    )
    assert article.blocks == (
        newsdoc.Fragment(text=header.rstrip("\n"), role="front_matter"),
        Heading(text="Night Ferry Returns", level=1),
        Paragraph(text=_FERRY),
    )
    # Without the line over the page's Markdown, "Title:" opens a paragraph like any other
    assert newsdoc.from_markdown(f"Title: Night Ferry Returns\n\n{_FERRY}\n").title is None


def test_the_dek_and_the_writers_name_under_a_reader_services_header() -> None:
    """The header gives the headline; the page's Markdown opens with the dek, then the writer's name in bold."""
    header = "Title: Night Ferry Returns\n\nURL Source: https://harbour.example/night-ferry\n\nMarkdown Content:\n"
    dek = "The crossing is back after four winters, with two boats and a new timetable"
    article = newsdoc.from_markdown(f"{header}{dek}\n\n**Ines Volk**\n\n{_FERRY}\n\n{_FERRY}\n")
    assert article.blocks[1:3] == (newsdoc.Standfirst(text=dek), Fragment(text="Ines Volk", role="byline"))
    assert article.authors == ("Ines Volk",)


@pytest.mark.parametrize(
    ("heading", "dek"), [("", True), ("# Night Ferry Returns\n\n", True), (f"{_FERRY}\n\n", False)]
)
def test_the_italic_dek_under_front_matter_that_gives_the_title(heading: str, dek: bool) -> None:
    """A web clipper writes the page's title in the front matter, then the dek in italics, with no heading."""
    said = "The crossing is back after four winters, twice a day."
    markdown = f"---\ntitle: Night Ferry Returns\n---\n\n{heading}*{said}*\n\n{_FERRY}\n"
    article = newsdoc.from_markdown(markdown)
    assert article.title == "Night Ferry Returns"
    italic = next(block for block in article.blocks if getattr(block, "text", None) == said)
    assert type(italic) is (newsdoc.Standfirst if dek else Paragraph)


def test_a_heading_gives_the_title_before_the_front_matter() -> None:
    article = newsdoc.from_markdown(f"---\ntitle: Ferries\n---\n# Night Ferry Returns\n\n{_FERRY}\n")
    assert article.title == "Night Ferry Returns"


@pytest.mark.parametrize(
    ("markdown", "title"),
    [
        # a clipper's: the page's title as the heading, the address it was clipped from in the front matter
        (
            "---\nsource: https://www.harbourtimes.com/news/ferry\n---\n\n# Night Ferry Returns | Harbour Times\n\n",
            "Night Ferry Returns",
        ),
        (  # the site's name with its article, the address without it, letters with accents
            '---\ntitle: "Le bac de nuit revient - Le Courrier du Port"\nsource: https://courrierduport.fr/a\n---\n\n',
            "Le bac de nuit revient",
        ),
        (  # the last part names no site, or no address says which: the title stays whole (guards, which pass without
            # the rule too)
            "---\nsource: https://www.harbourtimes.com/news/ferry\n---\n\n# Night Ferry Returns - Live Updates\n\n",
            "Night Ferry Returns - Live Updates",
        ),
        ("# Night Ferry Returns | Harbour Times\n\n", "Night Ferry Returns | Harbour Times"),
    ],
)
def test_a_clipped_pages_title_without_the_sites_name(markdown: str, title: str) -> None:
    """A clipper copies the page's title, "Headline | Site": the site's name its address spells is none of it."""
    article = newsdoc.from_markdown(markdown + f"{_FERRY}\n")
    assert article.title == title
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


@pytest.mark.parametrize(
    "markdown",
    [
        f"---\n{_FERRY}\n---\n\n{_FERRY}\n",  # a rule over the body, and one under its first paragraph
        f"---\ntitle: Ferries\n\n{_FERRY}\n",  # a rule that nothing closes
        f"Intro.\n\n---\ntitle: Ferries\n---\n\n{_FERRY}\n",  # not at the top
    ],
)
def test_no_front_matter(markdown: str) -> None:
    article = newsdoc.from_markdown(markdown)
    assert not any(getattr(block, "role", None) == "front_matter" for block in article.blocks)
    assert article.title is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("_Oren Pike taught history at the Carver Street school for thirty-one years._", "Oren Pike"),
        ("*Oren Pike is a retired schoolteacher and a former councillor for Carver ward.*", "Oren Pike"),
        ("Oren Pike taught history at the Carver Street school for thirty-one years.", None),  # set upright: prose
        ("_With Harbour wires_", None),  # who else worked on it
    ],
)
def test_a_line_in_italics_after_the_body_that_opens_with_a_name_and_a_deed_is_a_bio(
    line: str, name: str | None
) -> None:
    """An essay without a byline ends with its writer's line in italics: a name, then what she does or did."""
    body = f"{_FERRY} The islanders had asked for it at every council meeting since the old boat was sold."
    article = newsdoc.from_markdown(f"# Keep the Library\n\n{body}\n\n{body}\n\n{line}\n")
    last = article.blocks[-1]
    assert type(last) is (newsdoc.Bio if name else Paragraph)
    assert getattr(last, "name", None) == name
    assert last.marks == newsdoc.from_markdown(line).blocks[0].marks  # type: ignore[attr-defined]  # italics kept
    # A scraped text keeps the underscores or asterisks around it
    last = newsdoc.parse_text(f"Keep the Library\n\n{body}\n\n{body}\n\n{line}\n").blocks[-1]
    assert (type(last), getattr(last, "name", None)) == (newsdoc.Bio if name else Paragraph, name)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_gallery_as_a_list_of_pictures_and_their_words(gap: str) -> None:
    """A converter writes a slideshow as a list, each item a picture and its caption: a picture, then its caption."""
    items = (
        f"- ![Gulls](g0.jpg){gap}  Gulls over the east landing at dawn. Photo: Lena Quist/Harbour Voices\n"
        f"- ![Berth](g1.jpg){gap}  The new boat at its berth.\n"
    )
    article = newsdoc.from_markdown(f"{_LEAD}\n\n{items}\n{_LEAD}\n")
    assert [type(b).__name__ for b in article.blocks] == [
        "Paragraph",
        "Image",
        "Caption",
        "Image",
        "Caption",
        "Paragraph",
    ]
    assert [(b.text, b.credit, b.image) for b in article.blocks if isinstance(b, Caption)] == [
        ("Gulls over the east landing at dawn.", "Lena Quist/Harbour Voices", 1),
        ("The new boat at its berth.", None, 3),
    ]


def test_a_list_of_cards_for_other_stories_is_no_gallery() -> None:
    """Each item a picture and a headline that links to its story, or a card written as a link around both."""
    for items in (
        "- ![Fares](t0.jpg)\n  [Harbour board meets on fares](/news/0)\n"
        "- ![Berth](t1.jpg)\n  [New berth opens](/news/1)\n",
        "- [\n- ![Fares](t0.jpg)\n  Harbour board meets on fares](/news/0)\n",
    ):
        article = newsdoc.from_markdown(f"{_LEAD}\n\n{items}\n{_LEAD}\n")
        assert not [b for b in article.blocks if isinstance(b, Caption)]


def test_an_italic_sentence_under_the_headline_is_the_dek() -> None:
    """Hand-written Markdown and blog exports set the dek in italics under the headline, a byline or none after it."""
    dek = "The night crossing returns after four winters, and the islands hope it stays."
    for between in ("", "By Ines Volk\n\n"):
        article = newsdoc.from_markdown(f"# Night Ferry Returns\n\n*{dek}*\n\n{between}{_FERRY}\n\n{_FERRY}\n")
        assert article.blocks[1] == newsdoc.Standfirst(
            text=dek, marks=(Mark(start=0, end=len(dek), kind=MarkKind.EMPHASIS),)
        )
    # Further down, or not wholly in italics, a paragraph is the body's
    article = newsdoc.from_markdown(f"# Night Ferry Returns\n\n{_FERRY}\n\n*{dek}*\n")
    assert type(article.blocks[2]) is Paragraph
    article = newsdoc.from_markdown(
        f"# Night Ferry Returns\n\n*The night crossing* returns after four winters.\n\n{_FERRY}\n"
    )
    assert type(article.blocks[1]) is Paragraph


def test_a_short_block_quote_that_repeats_the_body_is_a_pull_quote() -> None:
    """Seven words in a block quote, said in the paragraph above: pulled out; a subhead as short is no block quote."""
    said = "I never fell below a walking pace."
    markdown = (
        f"# Night Ferry Returns\n\nOn the steepest hill in town, {said[0].lower()}{said[1:]}\n\n> {said}\n\n{_FERRY}\n"
    )
    assert newsdoc.from_markdown(markdown).blocks[2] == PullQuote(text=said, opening="", closing="", repeats=1)


@pytest.mark.parametrize("pulled", ["> {}", "*{}*", "**{}**"])
def test_a_pull_quote_set_off_needs_no_quote_marks_nor_a_full_stop(pulled: str) -> None:
    """A sentence of the body said again in a block quote or in italics amid it is a pull quote, a clause too."""
    said = "We kept hoping we had made a mistake, but the gauge at the pier is telling us the truth"
    source = f'The harbour master said the club checked the gauge twice. "{said}," he said.'
    markdown = f"# Tide Gauge Rising\n\n{_FERRY}\n\n{source}\n\n{pulled.format(said)}\n\n{_FERRY}\n"
    assert newsdoc.from_markdown(markdown).blocks[3] == PullQuote(text=said, opening="", closing="", repeats=2)


_LAKE = "The ferry across the lake resumed on Monday after a winter of repairs to both of its landings."


@pytest.mark.parametrize(
    ("picture", "caption"),
    [
        # the page's caption in the picture's title, as markdownify and turndown write it
        (
            '![Quay](q.jpg "Sailors wait on the quay at dawn. Photo: Ana Holt")',
            Caption(
                text="Sailors wait on the quay at dawn.",
                credit="Ana Holt",
                image=2,
                credit_prefix=" Photo: ",
                credit_suffix="",
            ),
        ),
        # pandoc's figure: the alt text is the caption
        (
            '![Sailors wait on the quay at dawn.](q.jpg "fig:")',
            Caption(text="Sailors wait on the quay at dawn.", image=2),
        ),
        # a title of keywords or a few words names the picture for a search engine: no caption
        ('![Quay](q.jpg "quay, harbour, boats, dawn, sailors")', None),
        ('![Quay](q.jpg "The quay")', None),
    ],
)
def test_the_caption_a_converter_writes_in_a_picture_s_title(picture: str, caption: Caption | None) -> None:
    blocks = newsdoc.from_markdown(f"# Ferries Resume\n\n{_LAKE}\n\n{picture}\n\n{_LAKE}\n").blocks
    assert isinstance(blocks[2], Image)
    assert blocks[3] == (caption or Paragraph(text=_LAKE))


def test_a_picture_s_title_that_the_caption_under_it_repeats_is_one_caption() -> None:
    said = "Sailors wait on the quay at dawn."
    markdown = (
        f'# Ferries Resume\n\n{_LAKE}\n\n{_LAKE}\n\n![Quay](q.jpg "{said}")\n\n{said} Photo: Ana Holt\n\n{_LAKE}\n'
    )
    blocks = newsdoc.from_markdown(markdown).blocks
    assert [type(b) for b in blocks] == [Heading, Paragraph, Paragraph, Image, Caption, Paragraph]
    assert (blocks[4].text, blocks[4].credit) == (said, "Ana Holt")  # type: ignore[attr-defined]


def test_a_labelled_credit_over_a_labelled_caption_in_a_converter_s_markdown() -> None:
    """A converter keeps a broadcaster's labels for screen readers, each over its part with a soft break between
    ("Image copyright", then the credit, in one paragraph): the credit is the caption's under it, set first."""
    markdown = (
        f"# Harbour Wall Repairs Begin\n\n{_LEAD}\n\nImage copyright\nHarbour Board\n\n"
        f"Image caption\n\nA diver inspects the old wall below the quay\n\n{_LEAD}\n"
    )
    article = newsdoc.from_markdown(markdown)
    assert article.blocks[2] == Caption(
        text="A diver inspects the old wall below the quay",
        credit="Harbour Board",
        credit_prefix="Image copyright\n",
        credit_suffix="\n\nImage caption\n\n",
        credit_first=True,
    )
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


@pytest.mark.parametrize(
    "heading",
    [
        *("## Related stories", "### Share this:", "#### 14 comments", "## You may also like"),
        # a newsletter platform's comments; "Related articles" in Slovak
        *("#### Discussion about this post", "### S\u00favisiace \u010dl\u00e1nky"),
    ],
)
def test_a_heading_of_the_pages_furniture_is_a_fragment(heading: str) -> None:
    """A converter writes the page's "Related stories" or comment count as a heading: the page's line, not the story's.

    A subheading of the story under it stays one.
    """
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    markdown = (
        f"# Ferries Resume\n\n{body}\n\n## What the crews said\n\n{body}\n\n{heading}\n\n- [Fares rise](/fares)\n"
    )
    article = newsdoc.from_markdown(markdown)
    assert article.blocks[2] == newsdoc.Heading(text="What the crews said", level=2)
    assert article.blocks[4] == newsdoc.Fragment(text=heading.lstrip("# "))
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


_TWO = (
    "The ferry service across the lake resumed on Monday after a winter of repairs to both landings.\n\n"
    "Commuters who had driven around the shore for months said the harbour plan is funded in full now.\n\n"
)


def test_a_line_wholly_in_bold_between_paragraphs_is_a_subheading() -> None:
    """A converter writes a subheading set in bold on the page as bold: "**Two boats by spring**"."""
    article = newsdoc.from_markdown(f"# Ferry Returns\n\n{_TWO}**Two boats by spring**\n\n{_TWO}")
    assert [block.text for block in article.blocks_of(Heading)] == ["Ferry Returns", "Two boats by spring"]
    assert article.blocks_of(Heading)[1].marks == ()


def test_a_paragraph_in_quote_marks_keeps_its_link_and_is_pulled_out_if_it_repeats() -> None:
    """A quoted paragraph keeps its link; pulled out, it is a pull quote (its words, and the link, are the body's)."""
    quoted = "\u201cThe [harbour plan](https://example.org/plan) is funded in full.\u201d"
    kept = newsdoc.from_markdown(f"# Ferry Returns\n\n{_TWO}{quoted}\n")
    assert kept.blocks[-1] == Paragraph(
        text="\u201cThe harbour plan is funded in full.\u201d",
        marks=(Mark(start=5, end=17, kind=MarkKind.LINK, href="https://example.org/plan"),),
    )
    repeated = "\u201cThe [harbour plan](https://example.org/plan) is funded in full now.\u201d"
    pulled = newsdoc.from_markdown(f"# Ferry Returns\n\n{_TWO}{repeated}\n\n{_TWO}").blocks_of(PullQuote)
    assert [(quote.text, quote.opening, quote.repeats) for quote in pulled] == [
        ("The harbour plan is funded in full now.", "\u201c", 2)
    ]


def test_a_tags_line_whose_links_part_its_tags() -> None:
    """A converter writes a page's tag links one after another, no comma between: each link is a tag."""
    body = "The ferry ran again at dawn, with forty passengers and the island's post on board."
    links = "[Ferries](https://harbour.example/tags/ferries) [Island life](https://harbour.example/tags/island-life)"
    article = newsdoc.from_markdown(f"# Ferries Resume\n\n{body}\n\nTags: {links}\n")
    assert article.tags == ("Ferries", "Island life")
    assert article.blocks[-1] == Fragment(text="Tags: Ferries Island life", role="tags")
    # with commas between, the words part them, links or none (a guard, which passes without the rule too)
    parted = "[Ferries](https://harbour.example/tags/ferries), [Island life](https://harbour.example/tags/island-life)"
    assert newsdoc.from_markdown(f"# Ferries Resume\n\n{body}\n\nTags: {parted}\n").tags == ("Ferries", "Island life")


def test_lists_of_links_alone_above_the_headline_and_under_a_line_of_the_page_s_are_the_page_s() -> None:
    """A converter writes a site's menu, and a box of links under its label, as lists of links: the page's furniture."""
    menu = "- [News](https://harbour.example/news)\n- [Island life](https://harbour.example/island)\n"
    body = "The ferry ran again at dawn, with forty passengers and the island's post on board."
    box = (
        "- [Pier plan put to a vote](https://harbour.example/pier)\n"
        "- [Fares rise in May](https://harbour.example/fares)\n"
    )
    for label in ("Related stories", "Related coverage", "**More coverage**"):
        article = newsdoc.from_markdown(f"{menu}\n# Ferries Resume\n\n{body}\n\n{label}\n\n{box}")
        assert article.blocks[0] == Fragment(text="News\nIsland life")
        assert article.blocks[-2:] == (
            Fragment(text=label.strip("*")),
            Fragment(text="Pier plan put to a vote\nFares rise in May"),
        )
        assert article.text == body
    # a list of the story's, under its paragraph, or with words beside its links, stays one (a guard, which passes
    # without the rule too)
    reading = (
        "- [The 1998 timetable](https://harbour.example/1998)\n- [The council's report](https://harbour.example/r)\n"
    )
    worded = (
        "- [Pier plan](https://harbour.example/pier), put to a vote\n- [Fares](https://harbour.example/fares) rise\n"
    )
    for tail in (f"{body}\n\n{reading}", f"Related stories\n\n{worded}"):
        blocks = newsdoc.from_markdown(f"# Ferries Resume\n\n{body}\n\n{tail}").blocks
        assert type(blocks[-1]) is ItemList


@pytest.mark.parametrize(
    "label",
    [
        "**Harbour Desk picks**",
        "### Mais not\u00edcias do cais",
        "**\u0415\u0449\u0451 \u043e \u043f\u0430\u0440\u043e\u043c\u0430\u0445**",
    ],
)
def test_a_list_of_links_alone_under_a_short_label_of_any_words_is_the_pages(label: str) -> None:
    """Under the page's share row, a box of links under its label of a few words no cue knows: the page's."""
    body = "The ferry ran again at dawn, with forty passengers and the island's post on board."
    box = (
        "- [Pier plan put to a vote](https://harbour.example/pier)\n- [Fares rise in May](https://harbour.example/f)\n"
    )
    share = "Share on Facebook | Share on X"
    blocks = newsdoc.from_markdown(f"# Ferries Resume\n\n{body}\n\n{share}\n\n{label}\n\n{box}").blocks
    assert blocks[-1] == Fragment(text="Pier plan put to a vote\nFares rise in May")
    # (guards, which pass without the rule too) under a sentence, or under a label amid the story, the story's list
    # of links stays one
    said = "The council published two papers on the crossing this spring."
    for over in (said, label):
        blocks = newsdoc.from_markdown(f"# Ferries Resume\n\n{body}\n\n{over}\n\n{box}").blocks
        assert type(blocks[-1]) is ItemList
    # and newsdoc's own Markdown reads back as it was written: a heading over a list of links alone
    links = (
        newsdoc.Mark(start=0, end=4, kind=newsdoc.MarkKind.LINK, href="https://harbour.example/pier"),
        newsdoc.Mark(start=5, end=10, kind=newsdoc.MarkKind.LINK, href="https://harbour.example/f"),
    )
    papers = (Heading(text="Papers", level=2), ItemList(items=("Pier", "Fares"), marks=links))
    article = newsdoc.Article(blocks=(Heading(text="Ferries Resume", level=1), Paragraph(text=body), *papers))
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


def test_a_photographer_and_an_outlet_in_brackets_under_a_picture() -> None:
    """A converter writes a figure's caption as a line in italics under the picture, the credit in brackets."""
    words = 'Ines Volk on the north landing, where she says she spends "more nights than the crew would like."'
    caption = f"{words} (Ilse Draaijer / The Harbour Times)"
    blocks = newsdoc.from_markdown(
        f"# Ferries Resume\n\n![Ferry](f.jpg)\n\n*{caption}*\n\nThe ferry ran again.\n"
    ).blocks
    found = next(block for block in blocks if isinstance(block, Caption))
    assert (found.text, found.credit) == (words, "Ilse Draaijer / The Harbour Times")


def test_pandocs_attributes_at_a_headings_end_are_no_words_of_it() -> None:
    """Pandoc writes a heading's identifier and classes after it in braces; a heading's own braces stay."""
    body = "The ferry ran again at dawn, with forty passengers and the island's post on board."
    markdown = f"# Ferries Resume {{#ferries-resume .headline}}\n\n{body}\n\n## The crossing {{#crossing}}\n\n{body}\n"
    article = newsdoc.from_markdown(markdown)
    assert article.title == "Ferries Resume"
    assert [block.text for block in article.blocks_of(Heading)] == ["Ferries Resume", "The crossing"]
    # (a guard, which passes without the rule too) braces that hold no attributes, and a newsdoc file's own heading
    assert newsdoc.from_markdown(f"# Sets {{a}} and {{b}}\n\n{body}\n").title == "Sets {a} and {b}"
    article = newsdoc.Article(blocks=(Heading(text="Ferries {#resume}", level=1), Paragraph(text=body)))
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


def test_the_headline_a_level_lower_above_all_when_there_is_no_h1() -> None:
    """A feed's item, converted, sets its title as "##" over the story: with no "#" anywhere, that is the headline."""
    body = "The ferry ran again at dawn, with forty passengers and the island's post on board."
    article = newsdoc.from_markdown(f"## Ferries resume after the storm\n\n{body}\n\n### The crossing\n\n{body}\n")
    assert article.title == "Ferries resume after the storm"
    # (a guard, which passes without the rule too) the page's heading, or a section's label of a few words, is none
    for heading in ("## Related stories", "## News"):
        assert newsdoc.from_markdown(f"{heading}\n\n{body}\n").title is None


@pytest.mark.parametrize("label", ["More for You", "También te puede interesar"])
def test_a_portals_box_of_its_other_stories_under_its_heading(label: str) -> None:
    body = "The ferry ran again at dawn, with forty passengers and the island's post on board."
    blocks = newsdoc.from_markdown(f"# Ferries Resume\n\n{body}\n\n## {label}\n\nPier plan put to a vote\n").blocks
    assert blocks[2] == Fragment(text=label)


@pytest.mark.parametrize(
    ("quoted", "kind"),
    [
        ("Disclaimer: This column is for information only and is not investment advice.", newsdoc.Disclaimer),
        ("How we make money: when you click the links on this page we may receive a payment.", newsdoc.Disclaimer),
        # someone's words that hold a note's phrase stay a quote (a guard, which passes without the rule too)
        ("\u201cThe views expressed at the pier meeting were heated,\u201d the mayor wrote.", Quote),
    ],
)
def test_a_note_the_page_set_in_a_box_is_that_note(quoted: str, kind: type) -> None:
    """A page's note in a box, which a converter writes as a block quote, and a page's blockquote: the note."""
    markdown = f"# Night Ferry Returns\n\nBy Ines Volk\n\n{_FERRY}\n\n> {quoted}\n\n{_FERRY}\n"
    assert type(newsdoc.from_markdown(markdown).blocks[3]) is kind
    page = (
        f"<article><h1>Night Ferry Returns</h1><p>{_FERRY}</p><blockquote><p>{quoted}</p></blockquote><p>{_FERRY}</p>"
    )
    assert type(newsdoc.parse_html(page + "</article>").blocks[1]) is kind


@pytest.mark.parametrize("label", ["Health | Medicine", "Recensie \u00b7 Pop", "SCIENCE & HEALTH"])
def test_a_sections_label_of_two_parts_over_the_headline_is_its_kicker(label: str) -> None:
    """A section and its topic or genre, a mark between, over the headline a converter wrote: its kicker."""
    markdown = f"{label}\n\n# Night Ferry Returns\n\nBy Ines Volk\n\n{_FERRY}\n\n{_FERRY}\n"
    assert newsdoc.from_markdown(markdown).blocks[0] == Fragment(text=label, role="kicker")


def test_a_list_of_links_under_the_notes_that_close_the_story_is_the_pages() -> None:
    """Under the writer's bio, a box of other stories' links under its own heading: the page's, not the story's."""
    links = "- [The ferry that calls at nine islands](/nine-islands)\n- [On foot along the salt road](/salt-road)"
    bio = "Ines Volk is a contributing editor at Harbour Voices."
    markdown = f"# Night Ferry Returns\n\n{_FERRY}\n\n{_FERRY}\n\n{bio}\n\n### More journeys\n\n{links}\n"
    article = newsdoc.from_markdown(markdown)
    assert type(article.blocks[3]).__name__ == "Bio"
    assert type(article.blocks[-1]) is Fragment
    # amid the story, the same list is the story's (a guard, which passes without the rule too)
    markdown = f"# Night Ferry Returns\n\n{_FERRY}\n\n### More journeys\n\n{links}\n\n{_FERRY}\n\n{bio}\n"
    assert type(newsdoc.from_markdown(markdown).blocks[3]) is ItemList


@pytest.mark.parametrize(
    ("byline", "authors", "published"),
    [
        (
            "By Ines Volk and Tom Ek\nData analysis by Mara Lind\nMarch 3, 2024",
            ("Ines Volk", "Tom Ek"),
            dt.date(2024, 3, 3),
        ),
        ("Por Ines Volk\n3 de mar\u00e7o de 2024", ("Ines Volk",), dt.date(2024, 3, 3)),
        # "By" alone, the name and the date run on after it on the next line (a guard, which passes without it too)
        ("By\nInes Volk March 3, 2024", ("Ines Volk",), dt.date(2024, 3, 3)),
        # who took the pictures on a line of her own under the writer, as a magazine credits them; in Finnish too
        ("Words: Ines Volk\nPictures: Tom Ek", ("Ines Volk",), None),
        ("By Ines Volk\nPhotographs by Tom Ek\nMarch 3, 2024", ("Ines Volk",), dt.date(2024, 3, 3)),  # (a guard)
        ("Teksti: Aino Virta\nKuvat: Eero Salo", ("Aino Virta",), None),
    ],
)
def test_a_byline_and_its_date_on_lines_of_one_paragraph(
    byline: str, authors: tuple[str, ...], published: dt.date | None
) -> None:
    """A converter keeps the byline's lines in one paragraph: the writers on the first, the date on the last (a
    line of writers over the date are two blocks, as test_the_byline_over_the_date_in_one_paragraph_is_two_blocks
    says)."""
    article = newsdoc.from_markdown(f"# Night Ferry Returns\n\n{byline}\n\n{_FERRY}\n\n{_FERRY}\n")
    assert (article.authors, article.published) == (authors, published)
    names, _, date = byline.partition("\n")
    if byline.startswith("Por "):
        assert article.blocks[1:3] == (
            Fragment(text=names, role="byline"),
            Fragment(text=date, role="date"),
        )
    else:
        assert article.blocks[1] == Fragment(text=byline, role="byline")


_PANDOC_PAGE = f"""::: {{.site-header}}
[Harbour Voices](/){{.logo}}

-   [News](/news){{.menu-link}}
-   [Travel](/travel){{.menu-link}}
:::

::: {{.post-header}}
[TRAVEL]{{.kicker}}

# Night Ferry Returns {{#night-ferry-returns}}

::: standfirst
After two winters in dock, the island boat sails again with a new crew and an old timetable.
:::

[By Ines Volk]{{.byline}} \u00b7 [March 3, 2024]{{.date}}

Updated with the harbour master's reply.
:::

![The ferry at the north landing](/img/ferry.jpg){{width="100%"}}

{_FERRY}

::: {{.pull-quote}}
A crossing of forty minutes that feels like a whole holiday
:::

The boat leaves at [nine]{{.time}} sharp from the north landing, and the cafe opens an hour before.

::: {{.author-bio}}
Ines Volk writes about the islands and their boats.
:::

::: {{.newsletter-signup}}
Get our letter from the islands every Friday.

-   [Sign up](/letters)
:::
"""


def test_pandocs_fenced_divs_and_spans_name_the_parts_as_a_pages_classes_do() -> None:
    """Pandoc keeps a page's classes: a div's in braces over its fenced blocks, a span's after its words in brackets.

    The fences and the braces are no words; the classes name each part as the page's markup did: the kicker, the
    dek, the byline and the date (spans of one line, each a block), a pull quote, a bio; a div of the page's
    frame is its furniture, lists and all, but not one that holds the headline.
    """
    article = newsdoc.from_markdown(_PANDOC_PAGE)
    shown = [(type(block).__name__, getattr(block, "role", None), plain_text(block)) for block in article.blocks]
    assert shown == [
        ("Fragment", None, "Harbour Voices"),
        ("Fragment", None, "News\nTravel"),
        ("Fragment", "kicker", "TRAVEL"),
        ("Heading", None, "Night Ferry Returns"),
        (
            "Standfirst",
            None,
            "After two winters in dock, the island boat sails again with a new crew and an old timetable.",
        ),
        ("Fragment", "byline", "By Ines Volk"),
        ("Fragment", "date", "March 3, 2024"),
        ("Paragraph", None, "Updated with the harbour master's reply."),
        ("Image", None, "The ferry at the north landing"),
        ("Paragraph", None, _FERRY),
        ("PullQuote", None, "A crossing of forty minutes that feels like a whole holiday"),
        # a span amid a paragraph's words is no part of its own (a guard, which passes without the rule too)
        ("Paragraph", None, "The boat leaves at nine sharp from the north landing, and the cafe opens an hour before."),
        ("Bio", None, "Ines Volk writes about the islands and their boats."),
        ("Fragment", None, "Get our letter from the islands every Friday."),
        ("Fragment", None, "Sign up"),
    ]
    assert (article.title, article.authors, article.published) == (
        "Night Ferry Returns",
        ("Ines Volk",),
        dt.date(2024, 3, 3),
    )
    assert article.blocks_of(Image)[0].src == "/img/ferry.jpg"


def test_pandocs_spans_one_under_another_are_a_block_each() -> None:
    """A press office's header of fields, each a span on a line of its own: the number, then the date."""
    header = "[Release No. 27/2024]{.release-number}\n[11.06.2024]{.release-date}"
    markdown = f"{header}\n\n# Night Ferry Returns\n\n{_FERRY}\n"
    article = newsdoc.from_markdown(markdown)
    assert [plain_text(block) for block in article.blocks[:2]] == ["Release No. 27/2024", "11.06.2024"]
    assert article.published == dt.date(2024, 6, 11)


def test_a_fenced_divs_fence_in_fenced_code_is_the_codes() -> None:
    """(a guard, which passes without the rule too) code shows pandoc's Markdown as it is written."""
    article = newsdoc.from_markdown(
        f"# Night Ferry Returns\n\n```\n::: {{.byline}}\n[By]{{.x}}\n:::\n```\n\n{_FERRY}\n"
    )
    assert article.blocks[1].text == "::: {.byline}\n[By]{.x}\n:::"


def test_a_picture_alone_in_pandocs_markdown_is_a_figure_its_alt_text_the_caption() -> None:
    """Pandoc writes a figure as its picture alone in a paragraph, the caption as the alt text ("implicit figures")."""
    words = "Gulls over the north landing at first light."
    picture = f'![{words} Photo: Ilse Draaijer/Harbour Voices](/img/gulls.jpg){{width="100%"}}'
    article = newsdoc.from_markdown(f"# Night Ferry Returns {{#night-ferry}}\n\n{_FERRY}\n\n{picture}\n\n{_FERRY}\n")
    assert [type(block).__name__ for block in article.blocks[2:]] == ["Image", "Caption", "Paragraph"]
    caption = article.blocks_of(Caption)[0]
    assert (caption.text, caption.credit) == (words, "Ilse Draaijer/Harbour Voices")
    # (a guard, which passes without the rule too) Markdown no pandoc wrote: the alt text stays the picture's
    plain = f"# Night Ferry Returns\n\n{_FERRY}\n\n![{words}](/img/gulls.jpg)\n\n{_FERRY}\n"
    assert not newsdoc.from_markdown(plain).blocks_of(Caption)
