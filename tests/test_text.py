"""parse_text / to_text: judgement in, every byte back out."""

from __future__ import annotations

import datetime as dt
import html
import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Caption, Disclaimer, Fragment, Heading, ItemList, Paragraph, PullQuote, classify, decide
from newsdoc.lines import wrap_width

from . import strategies


@given(st.text())
@example("")
@example("\n\n\n")
@example("\r\n\r\n")
@example(" a \n\n b ")
@example("a\r\rb")
def test_any_text_round_trips(text: str) -> None:
    assert newsdoc.to_text(newsdoc.parse_text(text)) == text


@given(strategies.article_texts())
def test_article_like_text_round_trips(text: str) -> None:
    assert newsdoc.to_text(newsdoc.parse_text(text)) == text


@given(strategies.articles())
# A list with an empty item, parted by no-break spaces: its text ("0\u00a0\u00a00") parts as a page's title does,
# one part empty, which the headline's test read a character of (IndexError; found by this test in a fresh venv)
@example(newsdoc.Article(blocks=(ItemList(items=("0", "", "0"), breaks="\u00a0"),)))
def test_to_text_is_stable(article: newsdoc.Article) -> None:
    """Reading what to_text writes and writing it again changes nothing."""
    text = newsdoc.to_text(article)
    assert newsdoc.to_text(newsdoc.parse_text(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        "CAIRO (AP) \u2014 Egypt's government said on Tuesday that it would widen its bread subsidy.",
        "The ministry confirmed the figures late on Monday (Reuters).",
        "Officials said the talks would resume next week, according to a statement (AFP).",
    ],
)
def test_agency_in_body_stays_paragraph(text: str) -> None:
    article = newsdoc.parse_text(f"Headline Of The Day Here\n\n{text}\n\nAnother paragraph of the body.\n")
    assert [type(b).__name__ for b in article.blocks] == ["Heading", "Paragraph", "Paragraph"]


def test_bare_agency_credit_after_an_image_makes_a_caption() -> None:
    text = "ap-fire 300 01jan20 Fire\n\nFirefighters work through the night. (AP)\n\nBody text here.\n"
    _image, caption, body = newsdoc.parse_text(text).blocks
    assert isinstance(caption, Caption)
    assert (caption.credit, caption.image, caption.text) == ("AP", 0, "Firefighters work through the night.")
    assert isinstance(body, Paragraph)


@pytest.mark.parametrize(
    ("line", "credit", "prefix", "suffix"),
    [
        ("Crowds gather in the square. (AP Photo/Jane Roe)", "AP Photo/Jane Roe", " (", ")"),
        ("Crowds gather in the square. REUTERS/Jane Roe", "REUTERS/Jane Roe", " ", ""),
        ("Crowds gather in the square. (REUTERS/Jane Roe)", "REUTERS/Jane Roe", " (", ")"),
        ("Crowds gather in the square. (AP/Jane Roe).", "AP/Jane Roe", " (", ")."),
        (
            "Crowds gather in the square. Photo: Jane Roe/AFP via Getty Images",
            "Jane Roe/AFP via Getty Images",
            " Photo: ",
            "",
        ),
        ("Crowds gather in the square.\nCredit: Jane Roe", "Jane Roe", "\nCredit: ", ""),
        # a figure in a science piece credits a paper's authors, "et al." and its year
        ("Crowds gather in the square.\nCredit: Okafor et al., 2024", "Okafor et al., 2024", "\nCredit: ", ""),
        ("Crowds gather in the square (Getty Images).", "Getty Images", " (", ")."),
        # a paper's own photo, its name before the word in lower case; a label without its colon before an outlet's
        ("Crowds gather in the square. (Sentinel photo/Jane Roe)", "Sentinel photo/Jane Roe", " (", ")"),
        ("Crowds gather in the square. Photo HLV/Jane Roe", "HLV/Jane Roe", " Photo ", ""),
        # a label in lower case and "by" before the name, in brackets, in Italian and French
        ("Crowds gather in the square. (foto di Jane Roe)", "Jane Roe", " (foto di ", ")"),
        ("Crowds gather in the square. (photo de Jane Roe)", "Jane Roe", " (photo de ", ")"),
        # who handed the picture over, in Spanish and French
        ("Crowds gather in the square. Imagen cedida por Estudio Varn", "Estudio Varn", " Imagen cedida por ", ""),
        ("Crowds gather in the square. Foto cortes\u00eda de Jane Roe", "Jane Roe", " Foto cortes\u00eda de ", ""),
        ("Crowds gather in the square. Photo fournie par Jane Roe", "Jane Roe", " Photo fournie par ", ""),
        # and in English, a label before it or none, in brackets or not
        ("Crowds gather in the square. Photo courtesy of Harbour Lines", "Harbour Lines", " Photo courtesy of ", ""),
        ("Crowds gather in the square. (Courtesy of Harbour Lines)", "Harbour Lines", " (Courtesy of ", ")"),
        ("Crowds gather in the square. Foto gentileza de Jane Roe", "Jane Roe", " Foto gentileza de ", ""),
    ],
)
def test_credit_conventions(line: str, credit: str, prefix: str, suffix: str) -> None:
    (caption,) = newsdoc.parse_text(line).blocks
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.credit_prefix, caption.credit_suffix) == (
        "Crowds gather in the square" + ("" if "(Getty" in line else "."),
        credit,
        prefix,
        suffix,
    )


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_one_line_break_stays_inside_a_block(newline: str) -> None:
    text = newline.join(["Talks in Moscow", "", "Lavrov arrives.", "Photo: Jane Roe", "", "The talks", "went on."])
    _heading, caption, paragraph = newsdoc.parse_text(text).blocks
    assert isinstance(caption, Caption)
    assert (caption.credit, caption.credit_prefix) == ("Jane Roe", f"{newline}Photo: ")
    usual = newline == "\n"  # spacing None stands for the usual blank line
    assert paragraph == Paragraph(text=f"The talks{newline}went on.", spacing=None if usual else newline * 2)


HARBOUR_LINES = [
    "Ferry Returns to the Lake",
    "",
    "By",
    "Mara Lind",
    ",",
    "Tom Ek",
    "",
    "The ferry service across the lake resumed on Monday after a winter of repairs to both landings.",
    "",
    "Mara Lind (@maralind) is a reporter at the Lake Press and the host of its weekly",
    "podcast, Shore Lines.",
]


@pytest.mark.parametrize(
    "newline", ["\r\n", "\r", " \n", "\n\t", "  \r\n  "], ids=["crlf", "cr", "space-lf", "lf-tab", "spaced-crlf"]
)
def test_line_breaks_written_otherwise_read_as_line_feeds(newline: str) -> None:
    """Windows ends its lines with CR LF, and scrapers leave spaces around line breaks: the blocks are the same."""
    plain = newsdoc.parse_text("\n".join(HARBOUR_LINES))
    assert [type(block).__name__ for block in plain.blocks] == ["Heading", "Fragment", "Paragraph", "Bio"]
    assert plain.authors == ("Mara Lind", "Tom Ek")  # a byline's names as links, a scraper breaking around each
    text = "\n".join(line.replace("\n", newline) for line in HARBOUR_LINES).replace("\n", newline)
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    assert [type(block) for block in article.blocks] == [type(block) for block in plain.blocks]
    assert [" ".join(newsdoc.model.plain_text(b).split()) for b in article.blocks] == [
        " ".join(newsdoc.model.plain_text(b).split()) for b in plain.blocks
    ]
    assert (article.title, article.authors) == (plain.title, plain.authors)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"], ids=["no-break", "narrow-no-break"])
def test_no_break_spaces_read_as_spaces(space: str) -> None:
    """A page's ``&nbsp;`` reaches scraped text as a no-break space, and a time's narrow one ("9:41 AM") too."""
    lines = [
        *HARBOUR_LINES[:7],
        "The new landing at the north pier. Photo: Ana Ruiz/Lake Press",
        "",
        *HARBOUR_LINES[7:9],
        "Follow the ferry's crossings on the board's pages and",  # broken before a link, as scrapers do
        "Harbour Watch.",
        "",
        *HARBOUR_LINES[9:],
    ]
    plain = newsdoc.parse_text("\n".join(lines))
    kinds = ["Heading", "Fragment", "Caption", "Paragraph", "Paragraph", "Bio"]
    assert [type(block).__name__ for block in plain.blocks] == kinds
    text = "\n".join(lines).replace(" ", space)
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    assert [type(block) for block in article.blocks] == [type(block) for block in plain.blocks]
    assert article.blocks[0].text == article.title == plain.title.replace(" ", space)  # the title as written
    assert article.authors == plain.authors


def test_a_staff_photographer_and_the_outlet_under_a_picture() -> None:
    """A paper credits its own photographers "Name/Paper" after the caption; under a picture, it is the credit."""
    line = "Boats wait out the storm on Monday. Ines Volk/Harbour Weekly"
    text = f"Ferries Resume\n\nharbour-storm.jpg\n\n{line}\n\nThe first ferry left at dawn on Tuesday.\n"
    caption = Caption(text="Boats wait out the storm on Monday.", credit="Ines Volk/Harbour Weekly", image=1)
    assert newsdoc.parse_text(text).blocks[2] == attrs.evolve(caption, credit_prefix=" ", credit_suffix="")


@pytest.mark.parametrize(
    ("before", "line"),
    [
        # No picture, no agency: the names may be a sentence's, and the line stays a paragraph.
        ("", "The ferry ran late on Monday. Ines Volk/Harbour Weekly"),
        # Under a picture, two names in brackets end a sentence as often as they credit it.
        ("harbour-storm.jpg\n\n", "Fares fell in a poll taken last week (Harbour Weekly/Lake Radio)."),
    ],
)
def test_a_name_and_an_outlet_that_credit_nothing_are_prose(before: str, line: str) -> None:
    article = newsdoc.parse_text(f"Ferries Resume\n\n{before}{line}\n\nThe first ferry left at dawn on Tuesday.\n")
    assert article.blocks[-2] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Chart: Ferry fares by route, 2019 to 2024. Darker bars show winter fares.", None, None),
        (
            "[Chart] Fares by route, rebased to 100. Winter fares are darker. Source: Lake Transport Office",
            None,
            "Lake Transport Office",
        ),
        ("Infografik: Fahrpreise der F\u00e4hren nach Strecke, 2019 bis 2024", None, None),
        # (a guard, which passes without the rule too) the label and a name alone: a chart's credit alone
        ("Chart: Jane Roe", "", "Jane Roe"),
    ],
)
def test_a_charts_label_opens_its_caption(line: str, text: str | None, credit: str | None) -> None:
    """A chart's or a map's caption opens with its label, what it shows after it, perhaps its source at its end."""
    prose = "The first ferry left the harbour at dawn on Tuesday, three days after the storm."
    block = newsdoc.parse_text(f"Ferries Resume\n\n{prose}\n\n{line}\n\n{prose}\n").blocks[2]
    assert isinstance(block, Caption)
    assert (block.credit, block.text) == (credit, text if text is not None else line.removesuffix(f" Source: {credit}"))


@pytest.mark.parametrize(
    "line",
    [
        # A source in brackets inside a sentence, before its full stop, cites where its figures come from.
        "Ferry fares rose by a tenth between 2019 and 2024 (Source: Lake Transport Office).",
        "Ferry fares rose by a tenth between 2019 and 2024 [Source: Lake Transport Office].",
        "Las tarifas subieron un diez por ciento entre 2019 y 2024 (Fuente: Oficina de Transporte).",
        # So does one after two sentences of prose, or a long one: a chart's caption is its title, a sentence at most.
        "Fares have climbed for years. They rose by a tenth between 2019 and 2024. Source: Lake Transport Office",
        "Fares have climbed for years. They rose by a tenth between 2019 and 2024 (Source: Lake Transport Office)",
        "The share of islanders who take the ferry to work each day rose from one in ten in 2019 to one in six last"
        " year (Source: Lake Transport Office)",
    ],
)
def test_a_source_that_a_sentence_cites_is_no_credit(line: str) -> None:
    """Data journalism cites the source of its figures in the body: "Source:" there labels no chart."""
    article = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\nThe first ferry left at dawn on Tuesday.\n")
    assert article.blocks[-2] == Paragraph(text=line)
    # Amid the body, in every reader.
    prose = "The first ferry left the harbour at dawn on Tuesday, three days after the storm."
    article = newsdoc.from_markdown(f"# Ferries Resume\n\n{prose}\n\n{line}\n\n{prose.upper()}\n")
    assert article.blocks[-2] == Paragraph(text=line)
    article = newsdoc.parse_html(f"<article><h1>Ferries Resume</h1><p>{prose}</p><p>{line}</p><p>{prose}</p></article>")
    assert article.blocks[-2] == Paragraph(text=line)
    # A chart's title over its source is its caption, with or without the chart over it (a scraper drops it).
    chart = "Ferry fares, 2019 to 2024. Source: Lake Transport Office"
    for before in ("", "fares-chart.png\n\n"):
        article = newsdoc.parse_text(f"Ferries Resume\n\n{before}{chart}\n\nThe first ferry left at dawn.\n")
        assert article.blocks[-2] == Caption(
            text="Ferry fares, 2019 to 2024.",
            credit="Lake Transport Office",
            image=1 if before else None,
            credit_prefix=" Source: ",
            credit_suffix="",
        )
    # Under a picture, the line is its caption whatever it says.
    article = newsdoc.parse_text(f"Ferries Resume\n\nfares-chart.png\n\n{line}\n\nThe first ferry left.\n")
    assert isinstance(article.blocks[-2], Caption)


def test_parenthesised_initial_is_no_credit() -> None:
    (block,) = newsdoc.parse_text("Vladimir Putin (R) meets Recep Tayyip Erdogan in Istanbul.").blocks
    assert isinstance(block, Paragraph)


@pytest.mark.parametrize("verb", ["sagte die Hafenmeisterin am Montag.", "powiedzia\u0142 burmistrz podczas otwarcia."])
def test_a_quote_whose_sentence_goes_on_after_a_dash_is_the_body_s(verb: str) -> None:
    """In German and Polish a dash, not a comma, may part a quote from its speech verb: the sentence goes on."""
    line = f"\u201eWir haben die Boote und die Leute\u201c \u2013 {verb}"
    article = newsdoc.parse_text(f"Der Anleger\n\n{FERRY}\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[2] == Paragraph(text=line)


def test_quoted_paragraph_without_attribution_stays_paragraph() -> None:
    article = newsdoc.parse_text(
        "\u201cWe will not back down from this fight.\u201d\n\nThe minister said so on Monday.\n"
    )
    assert all(isinstance(b, Paragraph) for b in article.blocks)


@pytest.mark.parametrize(("opening", "closing"), [("\u201e", "\u201c"), ("\u201a", "\u2018")])
def test_a_pull_quote_in_german_quote_marks_with_its_speaker_after_a_dash(opening: str, closing: str) -> None:
    """German quotes open low and close high: \u201e...\u201c."""
    words = "Wir haben die Boote und die Leute, uns fehlt nur noch ein Anleger."
    body = f"Der Rat tagte am Montag. {opening}{words[:-1]}{closing}, sagte Volk. Dann stimmte er ab."
    article = newsdoc.parse_text(f"{body}\n\n{opening}{words}{closing} \u2013 Ines Volk, Hafenmeisterin\n\n{body}\n")
    quote = article.blocks[1]
    assert isinstance(quote, PullQuote)
    assert (quote.text, quote.attribution, quote.opening, quote.closing) == (
        words,
        "Ines Volk, Hafenmeisterin",
        opening,
        closing,
    )


def test_a_paragraph_in_german_quote_marks_that_repeats_nothing_stays_a_paragraph() -> None:
    line = "\u201eWir werden den Anleger nicht aufgeben, solange die F\u00e4hre f\u00e4hrt.\u201c"
    article = newsdoc.parse_text(f"Der Anleger\n\n{line}\n\nDer Minister sagte das am Montag.\n")
    assert all(isinstance(b, Paragraph | newsdoc.Heading) for b in article.blocks)


def test_pull_quote_with_straight_quotes_and_hyphen() -> None:
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    article = newsdoc.parse_text(
        f'{body}\n\n"We cannot keep rebuilding the same houses every spring." - Mayor Glen Hart\n'
    )
    quote = article.blocks[1]
    assert isinstance(quote, PullQuote)
    assert (quote.attribution, quote.repeats, quote.opening, quote.attribution_prefix) == (
        "Mayor Glen Hart",
        0,
        '"',
        " - ",
    )


def test_parse_text_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="takes a str"):
        newsdoc.parse_text(b"bytes")  # type: ignore[arg-type]


def test_hand_built_article_renders_with_blank_lines() -> None:
    article = newsdoc.Article(
        blocks=(
            newsdoc.Paragraph(text="One."),
            Caption(text="A picture", credit="AP"),
            PullQuote(text="Said", attribution="Jane"),
            newsdoc.ItemList(items=("a", "b"), ordered=True),
        )
    )
    assert newsdoc.to_text(article) == "One.\n\nA picture (AP)\n\n\u201cSaid\u201d \u2013 Jane\n\n1. a\n2. b\n"


def test_pronoun_sentence_is_no_bio() -> None:
    """From a real article body: "It was the ... head ..." names no one."""
    text = "Headline Of The Day\n\nIt was the shot to the head heard round the world, a former player said.\n\nMore.\n"
    assert not any(isinstance(b, newsdoc.Bio) for b in newsdoc.parse_text(text).blocks)


def test_bios_before_and_after_the_body_but_not_amid_it() -> None:
    bio = "Jane Roe is a senior fellow at the Example Institute."
    body = "A paragraph of the body, long enough to be one."
    article = newsdoc.parse_text(f"{bio}\n\n{body}\n\n{bio}\n\n{body}\n\n{bio}\n")
    assert [type(b).__name__ for b in article.blocks] == ["Bio", "Paragraph", "Paragraph", "Paragraph", "Bio"]


def test_a_bio_shaped_paragraph_under_the_bylines_lead_is_the_body() -> None:
    """Under the byline, a paragraph on someone the byline does not name ("X writes for ...") is no writer's bio.

    The paragraph over it is then the body's first, not a dek over the writer's bio; the writer's own bio stays one.
    """
    lead = "Every spring the ferry crews of Ostry train new hands, and this year eleven of them signed up for it."
    other = "Wendel Tjarks writes for the crew's newsletter and teaches knots on Saturdays at the boathouse."
    body = "The course runs for six weeks, and those who pass it may work a deck from the first of June onwards."
    text = f"Ferries Resume\n\nBy Ines Volk\n\n{lead}\n\n{other}\n\n{body}\n\n{body}\n"
    assert newsdoc.parse_text(text).blocks[3] == Paragraph(text=other)
    own = "Ines Volk writes for the Harbour News and teaches at the maritime college."
    text = f"Ferries Resume\n\nBy Ines Volk\n\n{lead}\n\n{own}\n\n{body}\n\n{body}\n"
    assert isinstance(newsdoc.parse_text(text).blocks[3], newsdoc.Bio)


def test_a_sentence_after_a_dash_under_a_quote_is_no_source() -> None:
    """ "— Staff writer Jane Roe contributed to this report." is the story's last line, not who said the quote.

    It credits who else reported: a byline's fragment, as the wire's "Reporting by ..." line is.
    """
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    tail = "\u2014 Staff writer Ines Volk contributed to this report."
    text = f"{body}\n\n\u201cWe will build higher this time.\u201d\n\n{tail}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-2:] == (
        Paragraph(text="\u201cWe will build higher this time.\u201d"),
        Fragment(text=tail, role="byline"),
    )


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("BY INES VOLK", ("Ines Volk",)),
        ("BY INES VOLK AND TOM EK", ("Ines Volk", "Tom Ek")),
        ("BY MAEVE O'HARE, STAFF WRITER", ("Maeve O'Hare",)),
    ],
)
def test_a_byline_in_capitals(line: str, authors: tuple[str, ...]) -> None:
    """A byline set in capitals, as a template's style shows it, names its writers (no kicker under the headline)."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{body}\n\n{body}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == authors
    # A section's label in capitals that "By" opens names no one
    article = newsdoc.parse_text(f"Ferries Resume\n\nBY THE NUMBERS\n\n{body}\n\n{body}\n")
    assert article.authors == ()


@pytest.mark.parametrize(
    "line",
    [
        "Words: Ines Volk",
        "Text: Ines Volk | Photos: Tom Ek",
        # the writer made the pictures too, in English, Swedish, French
        "Photographs and text by Ines Volk",
        "Text och foto: Ines Volk",
        "Texte et photos : Ines Volk",
        "Texto: Ines Volk | Fotos: Tom Ek",  # "Text:" in Spanish and Portuguese
        "Texto e fotografia: Ines Volk · 3 de março de 2024",  # "Text and photography", the date after a dot
        "Tekst i zdj\u0119cia: Ines Volk",  # and in Polish, Turkish and Finnish
        "Yaz\u0131 ve Foto\u011fraflar: Ines Volk",
        "Teksti ja kuvat: Ines Volk",  # (a guard: Finnish's label was among the cues before)
    ],
)
def test_a_magazines_credits_name_the_writer(line: str) -> None:
    """A magazine credits the words and the pictures under the headline: "Words: Jane Roe"."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{body}\n\n{body}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == ("Ines Volk",)
    # A sentence after the label is none
    line = "Words: the council chose them with care."
    assert newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{line}\n\n{body}\n").authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ines Volk and Tom Ek", ("Ines Volk", "Tom Ek")),
        ("Ines Volk and Tom Ek | Harbour Voices", ("Ines Volk", "Tom Ek")),
        ("Ines Volk and Tom Ek, Harbour Voices", ("Ines Volk", "Tom Ek")),
        ("Ines Volk, Tom Ek and Mara Lind", ("Ines Volk", "Tom Ek", "Mara Lind")),
        # each with her degree's letters after a comma, as academics sign
        ("Ines Volk, MD, and Tom Ek, PharmD", ("Ines Volk", "Tom Ek")),
        ("Ines Volk, PhD and Tom Ek, MPH", ("Ines Volk", "Tom Ek")),
        ("Ines Volk", ("Ines Volk",)),  # one writer's name, the date right under it, as a template's elements read
        # one writer and where she works, after a comma, as a broadcaster's or a local site's template sets it
        ("Ines Volk, WKRB", ("Ines Volk",)),
        ("Ines Volk, Harbour Voices", ("Ines Volk",)),
        # where she filed from, as a paper's byline says it: a city, a ground
        ("Ines Volk in Kessel Bay", ("Ines Volk",)),
        ("Ines Volk at the Harbour Stadium", ("Ines Volk",)),
        # the paper's name in sentence case, as Slovak and Czech write it; where she filed from after a spaced slash;
        # her "by" before, in Swahili
        ("Ines Volk, Prístavný kuriér", ("Ines Volk",)),
        ("Ines Volk / Kessel", ("Ines Volk",)),
        ("Na Ines Volk, Dar es Salaam", ("Ines Volk",)),
    ],
)
def test_names_alone_under_the_headline_over_the_date_are_the_byline(line: str, authors: tuple[str, ...]) -> None:
    """Two writers' names without "By", perhaps the outlet after them, the date under them: the byline, no dek."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\nMarch 3, 2024\n\n{body}\n\n{body}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == authors
    # with no date under it, the same shape is as often a picture's credit or a caption's subject
    if ", " in line or " in " in line or " at " in line or " / " in line:
        assert newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{body}\n\n{body}\n").authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a gallery's or a list's byline; "Text by" in other languages, the graphics' maker in another field
        ("Compiled by Ines Volk", ("Ines Volk",)),
        ("Curated by Ines Volk", ("Ines Volk",)),
        ("Texto de Ines Volk \u00b7 Infografia de Tom Ek", ("Ines Volk",)),
        ("Testo di Ines Volk", ("Ines Volk",)),
        # where she filed from after a comma, in French, Spanish and Portuguese
        ("Par Ines Volk, \u00e0 Agen", ("Ines Volk",)),
        ("Por Ines Volk, en Sevilla", ("Ines Volk",)),
        ("Por Ines Volk, em S\u00e3o Paulo", ("Ines Volk",)),
        ("Door Ines Volk en Tom Ek", ("Ines Volk", "Tom Ek")),  # (Dutch "and": a guard, which passes without it too)
    ],
)
def test_a_byline_its_prefixes_and_where_its_writer_filed_from(line: str, authors: tuple[str, ...]) -> None:
    assert classify.byline_authors(line, newsdoc.DEFAULT_CUES) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a title before the name: the byline keeps it, the author is the person
        ("Written by Dr. Ines Volk", ("Ines Volk",)),
        ("Written by Prof. Ines Volk. Photographs by Tom Ek.", ("Ines Volk",)),
        ("By Dr Ines Volk and Ms. Mara Lind", ("Ines Volk", "Mara Lind")),
        ("By Dr. Volk", ("Dr. Volk",)),  # (a surname alone names no one without the title)
    ],
)
def test_an_author_is_named_without_the_title_before_the_name(line: str, authors: tuple[str, ...]) -> None:
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{body}\n\n{body}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == authors
    # and so the page's head names her
    page = f"<html><head><meta name='author' content='Dr. Ines Volk'></head><body><p>{body}</p></body></html>"
    assert newsdoc.parse_html(page).authors == ("Ines Volk",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted on March 3, 2024 by ines", ("ines",)),  # a blog's user name
        # and as its translations sign a post, in French, Spanish and German, a field after the names
        ("Publié le 3 mars 2024 à 9h30 par Inès Volk · 12 commentaires", ("Inès Volk",)),
        ("Publicado el 3 de marzo de 2024 por Inés Volk", ("Inés Volk",)),
        ("Veröffentlicht am 3. März 2024 von Ines Volk", ("Ines Volk",)),
        ("Ines Volk, Transport reporter", ("Ines Volk",)),  # the job in sentence case
        ("Ines Volk, Senior transport correspondent", ("Ines Volk",)),
    ],
)
def test_a_byline_a_blog_or_a_newsroom_writes_without_by(line: str, authors: tuple[str, ...]) -> None:
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{body}\n\n{body}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == authors
    # a date and "by" what is no name; a name and a job in lower case
    for prose in (
        "Posted on March 3, 2024 by the harbour",
        "Publié le 3 mars 2024 par la mairie",  # (a guard, which passes without the rule too)
        "Ines Volk, transport reporter",
    ):
        assert newsdoc.parse_text(f"Ferries Resume\n\n{prose}\n\n{body}\n").blocks[1] == Paragraph(text=prose)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Ines Volk / Harbour Voices", ("Ines Volk",)),
        ("Por Inés Volk / Agencia Costa Norte | 3 de marzo de 2024", ("Inés Volk",)),
        ("By Ines Volk and Tom Hale / Staff writers", ("Ines Volk", "Tom Hale")),
    ],
)
def test_a_bylines_outlet_or_post_after_a_spaced_slash_names_no_writer(line: str, authors: tuple[str, ...]) -> None:
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{body}\n\n{body}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == authors


def test_a_name_alone_over_the_dateline_that_opens_the_story_is_the_byline() -> None:
    """Wire copy: the writer's name on a line of its own, then the lede that opens with the dateline."""
    dek = "The deal ends a three-week strike that left the islands short of fuel."
    lede = "SKERRY (Harbour Wire) \u2014 Ferries sailed again on Tuesday."
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    article = newsdoc.parse_text(f"Ferries Sail Again\n\n{dek}\n\nInes Volk\n\n{lede}\n\n{body}\n")
    assert article.blocks[1:4] == (
        newsdoc.Standfirst(text=dek),
        Fragment(text="Ines Volk", role="byline"),
        Paragraph(text=lede),
    )
    # over a line that only dates the piece, a name is not known for a writer's by its place
    article = newsdoc.parse_text(f"Ferries Sail Again\n\n{dek}\n\nInes Volk\n\nPublished\n\n{body}\n")
    assert article.authors == ()


_LEAD = "The boatyard at Skerry Point laid off eleven of its twenty builders on Friday, its owners said."


@pytest.mark.parametrize(
    ("line", "dek"),
    [
        # a sentence with no full stop over the lead, as trafilatura and newspaper give a page without its byline
        ("Orders for new fishing boats have dried up, and the yard is looking for repair work", True),
        ("Orders have dried up. The yard is looking for repair work instead of new boats", True),
        ("The yard is looking for repair work instead of new fishing boats.", False),  # the lead's shape
        ("Marit Solberg Senior Maritime Correspondent Skerry Point Bureau", False),  # a name and a post
        ("Boats", False),
    ],
)
@pytest.mark.parametrize("between", ["\n\n", "\n"], ids=["blank-lines", "one-block-a-line"])
def test_an_unfinished_sentence_under_the_headline_is_its_dek(line: str, dek: bool, between: str) -> None:
    text = between.join(["Boatyard lays off half its builders", line, _LEAD, _LEAD.replace("eleven", "nine")])
    blocks = newsdoc.parse_text(text + "\n").blocks
    assert isinstance(blocks[1], newsdoc.Standfirst) is dek
    assert [type(b) for b in blocks[2:]] == [Paragraph, Paragraph]
    # under a section's label taken for the headline, it may be the headline itself: no dek
    blocks = newsdoc.parse_text(between.join(["Local news", line, _LEAD, _LEAD]) + "\n").blocks
    assert not any(isinstance(b, newsdoc.Standfirst) for b in blocks)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a magazine's credits, who wrote it and who took its pictures: no caption and its credit
        ("Words by Marit Solberg. Photographs by Anders Lykke.", ("Marit Solberg",)),
        ("Photographs and words by Marit Solberg", ("Marit Solberg",)),
    ],
)
def test_a_features_credits_under_the_headline_are_its_byline(line: str, authors: tuple[str, ...]) -> None:
    article = newsdoc.parse_text(f"The Last Boatbuilders of Skerry Point\n\n{line}\n\n{_LEAD}\n\n{_LEAD}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == authors


@pytest.mark.parametrize(("read", "head"), [(newsdoc.parse_text, ""), (newsdoc.from_markdown, "# ")])
def test_a_name_and_a_reading_time_under_the_headline_is_the_byline(
    read: Callable[[str], newsdoc.Article], head: str
) -> None:
    """A blog sets the writer's name and the time the piece takes to read, with no date: "Jane Roe · 9 min read"."""
    line = "Marit Solberg \u00b7 9 min read"
    article = read(f"{head}The Last Boatbuilders of Skerry Point\n\n{line}\n\n{_LEAD}\n\n{_LEAD}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == ("Marit Solberg",)
    # a name alone is no byline ("Skerry Point" is a name's shape, but so is a place's)
    assert read(f"{head}Boatyard Lays Off Builders\n\nSkerry Point\n\n{_LEAD}\n").authors == ()


def test_a_name_alone_under_a_dek_is_the_byline() -> None:
    """A reading view sets the headline, the dek (no full stop), then the writer's name alone, then the body."""
    dek = "Three families kept the slipways going through two recessions and a fire"
    article = newsdoc.parse_text(
        f"The Last Boatbuilders of Skerry Point\n\n{dek}\n\nMarit Solberg\n\n{_LEAD}\n\n{_LEAD}\n"
    )
    assert article.blocks[1:3] == (newsdoc.Standfirst(text=dek), Fragment(text="Marit Solberg", role="byline"))
    assert article.authors == ("Marit Solberg",)
    # the story's subject, whom a paragraph names, is no writer; nor a caption's photographer under its sentence
    subject = f"{_LEAD}\n\nSolberg has built boats at the point since 1979."
    assert newsdoc.parse_text(f"The Last Boatbuilder\n\n{dek}\n\nMarit Solberg\n\n{subject}\n").authors == ()
    caption = "The slipway at low tide, with two hulls waiting."
    assert newsdoc.parse_text(f"The Last Boatbuilder\n\n{caption}\n\nMarit Solberg\n\n{_LEAD}\n").authors == ()
    # nor a button's label, nor a press's name
    for line in ("Learn More", "Kessel Press"):
        assert newsdoc.parse_text(f"The Last Boatbuilder\n\n{dek}\n\n{line}\n\n{_LEAD}\n").authors == ()


def test_a_reading_views_head_the_site_the_writer_and_the_minutes() -> None:
    """A browser's reading view sets the site's host, the headline, the writer, the minutes to read, then the dek."""
    dek = "Three families kept the slipways going through two recessions and a fire"
    text = (
        f"skerrypost.example\n\nThe Last Boatbuilders of Skerry Point\n\nMarit Solberg\n\n4\u20135 minutes\n\n{dek}\n\n"
    )
    article = newsdoc.parse_text(f"{text}{_LEAD}\n\n{_LEAD}\n")
    assert article.blocks[0] == Fragment(text="skerrypost.example")
    assert article.blocks[3:5] == (Fragment(text="4\u20135 minutes"), newsdoc.Standfirst(text=dek))
    assert article.authors == ("Marit Solberg",)


@pytest.mark.parametrize(
    ("line", "minutes"),
    [("4\u20135 minutes", True), ("3 Minuten", True), ("12 min", True), ("5 minutes late", False), ("2024 min", False)],
)
def test_the_minutes_alone_say_how_long_a_piece_takes_to_read(line: str, minutes: bool) -> None:
    assert classify.reading_time(line, newsdoc.DEFAULT_CUES) is minutes


def test_a_text_browsers_frame_line_is_no_body() -> None:
    """Lynx writes an embedded frame (a map, a video) as "IFRAME:" and its address, a line of its own."""
    frame = "IFRAME: [7]https://maps.skerry.example/embed?q=slipway"
    article = newsdoc.parse_text(f"The Last Boatbuilders of Skerry Point\n\n{_LEAD}\n\n{frame}\n\n{_LEAD}\n")
    assert article.blocks[2] == Fragment(text=frame)


def test_a_text_browsers_list_of_addresses_is_no_body() -> None:
    """Lynx ends a page with "References", then each link's number and address on a line of its own."""
    links = "   1. https://skerry.example/boatyards#main\n   2. https://skerry.example/people/marit-solberg"
    article = newsdoc.parse_text(
        f"The Last Boatbuilders of Skerry Point\n\n{_LEAD}\n\n{_LEAD}\n\nReferences\n\n{links}\n"
    )
    assert [block.text for block in article.blocks if isinstance(block, Fragment)][-2:] == [
        "1. https://skerry.example/boatyards#main",
        "2. https://skerry.example/people/marit-solberg",
    ]
    assert [block.text for block in article.blocks if isinstance(block, Paragraph)] == [_LEAD, _LEAD]


@pytest.mark.parametrize(
    ("line", "player"),
    [
        ("Watch: Volunteers launch the last hull at Skerry Point", True),
        ("Listen \u00b7 4:32", True),
        ("Listen to this article 11 min", True),
        ("VIDEO | A morning at the slipway", True),
        ("Watch: the council meets on Tuesday to decide.", False),  # a sentence of the story
        ("Audio-Technica headsets are on sale this week", False),
        ("Listen, the builders said, to the tide", False),
    ],
)
def test_a_players_line_is_no_body(line: str, player: bool) -> None:
    """A video's or a recording's player: its label, then what it plays or how long; no sentence."""
    article = newsdoc.parse_text(f"The Last Boatbuilders of Skerry Point\n\n{_LEAD}\n\n{line}\n\n{_LEAD}\n")
    assert isinstance(article.blocks[2], Fragment) is player
    assert article.blocks[2].text == line


def test_a_text_browsers_linked_name_over_the_date_is_the_byline() -> None:
    """Lynx numbers the link to the writer's page on a line of its own: "[4]Jane Roe", the date under it."""
    dek = "Three families kept the slipways going through two recessions and a fire"
    text = f"The Last Boatbuilders of Skerry Point\n\n{dek}\n\n[4]Marit Solberg\n9 January 2026\n\n{_LEAD}\n\n{_LEAD}\n"
    article = newsdoc.parse_text(text)
    assert Fragment(text="[4]Marit Solberg", role="byline") in article.blocks
    assert article.authors == ("Marit Solberg",)


def test_a_text_browsers_byline_over_its_date_names_the_writer() -> None:
    """Lynx numbers the link to the writer's page: "By [8]Jane Roe | 9 January 2026" is her byline, not a date line."""
    line = "By [8]Marit Solberg | 9 January 2026"
    article = newsdoc.parse_text(f"The Last Boatbuilders of Skerry Point\n\n{line}\n\n{_LEAD}\n\n{_LEAD}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert (article.authors, article.published) == (("Marit Solberg",), dt.date(2026, 1, 9))


def test_names_alone_are_no_dek() -> None:
    """A dek says a sentence; names joined by "and" (people's or places') are a byline's shape."""
    assert not decide.is_dek("Harbour Town and Kessel Bay", newsdoc.DEFAULT_CUES)
    assert decide.is_dek("Harbour Town and Kessel Bay vote on a ferry", newsdoc.DEFAULT_CUES)


def test_who_contributed_reporting_from_where() -> None:
    """ "Jane Roe contributed reporting from the outer islands.": where, after "from", in words of any case."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    line = "Ines Volk contributed reporting from the outer islands."
    assert newsdoc.parse_text(f"{body}\n\n{line}\n").blocks[-1] == Fragment(text=line, role="byline")
    # Not a sentence that goes on after the place: who contributed is then its subject
    prose = "Ines Volk, who contributed reporting from the islands, said the ferry was late."
    assert newsdoc.parse_text(f"{body}\n\n{prose}\n").blocks[-1] == Paragraph(text=prose)


@pytest.mark.parametrize(
    "line",
    [
        *(
            "Translated from the French by Ines Volk.",
            "Translated by Ines Volk",
            "Traduit de l\u2019anglais par Ines Volk.",
        ),
        *("Traduzione dall'inglese di Ines Volk.", "Aus dem Englischen von Ines Volk."),
        # who edited or produced it, as a wire story or an audio piece closes
        *("Editing by Ines Volk", "Produced by Ines Volk. Edited by Ada Poe.", "This episode was edited by Ines Volk."),
    ],
)
def test_who_translated_the_piece_is_no_part_of_the_body(line: str) -> None:
    """An essay from another language closes with its translator's name, a wire story or an audio piece with who
    edited or produced it: a line with the bylines, no author."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    article = newsdoc.parse_text(f"Ferries Resume\n\nBy Tom Hale\n\n{body}\n\n{line}\n")
    assert (article.blocks[-1], article.authors) == (Fragment(text=line, role="byline"), ("Tom Hale",))
    # Not a sentence that goes on after the words: "Translated by the ferry's crew, the notice read ..."
    for prose in (
        "Translated by the ferry's crew, the notice read differently on the other shore.",
        "Produced by the council's planners, the report says the pier will close.",
    ):
        assert newsdoc.parse_text(f"{body}\n\n{prose}\n").blocks[-1] == Paragraph(text=prose)


@pytest.mark.parametrize(
    "bio",
    [
        "\u2014 Ines Volk is a freelance writer based in Port Ellis.",  # after a dash, as an opinion page sets it
        "Ines Volk is Harbour Voices' transport reporter.",  # an outlet's name in the plural possessive
        "Ines Volk is Skerry TV's chief meteorologist and has forecast the island's gales since 2011.",  # a station's
    ],
)
def test_a_writers_bio_after_a_dash_or_with_the_outlets_name(bio: str) -> None:
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    assert newsdoc.parse_text(f"{body}\n\n{bio}\n").blocks[-1] == newsdoc.Bio(text=bio, name="Ines Volk")


def test_when_the_writer_joined_the_newsroom_is_her_bio() -> None:
    """A broadcaster's reporter card under the story: when its writer came to the newsroom, what she did before.
    Anyone else who joined anything is the story's (guards, which pass without the rule too)."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    bio = "Ines Volk joined WKRB in 2021 after three years covering the port for a weekly. She grew up on Varn Point."
    article = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk\n\n{body}\n\n{body}\n\n{bio}\n")
    assert article.blocks[-1] == newsdoc.Bio(text=bio, name="Ines Volk")
    crew = "Tom Hale joined the ferry's crew in 2021 after three years ashore."
    article = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk\n\n{body}\n\n{body}\n\n{crew}\n")
    assert article.blocks[-1] == Paragraph(text=crew)
    # or took up her column, or her beat
    for bio in (
        "Ines Volk has written the Ledger's tide column since 2016. She sails a dinghy out of Varn Point.",
        "Ines Volk has reviewed boats for the Ledger since 2009.",
    ):
        article = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk\n\n{body}\n\n{body}\n\n{bio}\n")
        assert article.blocks[-1] == newsdoc.Bio(text=bio, name="Ines Volk")


def test_each_writers_bio_under_a_piece_by_several_is_a_bio() -> None:
    """A piece by three closes on a bio of each: one that says no "is a" is a bio beside the others'."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    bios = [
        "Ines Volk is a lecturer in maritime history at Harbour University.",
        "Ada Poe chairs the Tern Island Trust and taught in its first school.",
        "Tom Hale is a senior fellow at the Varn Institute.",
    ]
    for order in (bios, bios[1:] + bios[:1]):
        text = "Ferries Resume\n\nBy Ines Volk, Ada Poe and Tom Hale\n\n{}\n\n{}\n".format(body, "\n\n".join(order))
        article = newsdoc.parse_text(text)
        assert (
            [(block.text, block.name) for block in article.blocks_of(newsdoc.Bio)]
            == [  # type: ignore[attr-defined]
                (bio, " ".join(bio.split()[:2])) for bio in order
            ]
        )
        page = "<article><h1>Ferries Resume</h1><p>By Ines Volk, Ada Poe and Tom Hale</p><p>{}</p>{}</article>"
        article = newsdoc.parse_html(page.format(body, "".join(f"<p>{bio}</p>" for bio in order)))
        assert [block.text for block in article.blocks_of(newsdoc.Bio)] == order
    # Who is no writer of the piece, beside a writer's bio, is the story's: the byline names her not
    text = f"Ferries Resume\n\nBy Ines Volk\n\n{body}\n\n{bios[1]}\n\n{bios[0]}\n"
    assert newsdoc.parse_text(text).blocks[-2] == Paragraph(text=bios[1])


def test_an_academic_s_bio_gives_the_title_without_an_article() -> None:
    """ "Jane Roe is Senior Lecturer in Law at ...": the job title capitalised, no "a" or "the" before it."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    bio = "Ines Volk is Senior Lecturer in Maritime History at Harbour University. She studies ferries."
    assert newsdoc.parse_text(f"{body}\n\n{bio}\n").blocks[-1] == newsdoc.Bio(text=bio, name="Ines Volk")
    # A title that goes on ("Editor Day"), or a job in a word ("Member-owned"), is no writer's.
    for line in ("Next Monday is Editor Day at the Ledger, when readers meet us.", "Harbour Ferries is Member-owned."):
        assert newsdoc.parse_text(f"{body}\n\n{line}\n").blocks[-1] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("lines", "listed"),
    [
        (
            ["- Fix the pier", "- Raise the fares", "- Hire a keeper"],
            ItemList(items=("Fix the pier", "Raise the fares", "Hire a keeper")),
        ),
        (
            ["3. Fix the pier", "4. Raise the fares"],
            ItemList(items=("Fix the pier", "Raise the fares"), ordered=True, start=3),
        ),
        (  # numbered from nought: the numbers are the list's, not its items' words
            ["0. Fix the pier", "1. Raise the fares"],
            ItemList(items=("Fix the pier", "Raise the fares"), ordered=True, start=0),
        ),
        # the bullets html2text, a text browser and Pandoc write, kept to be written back
        (["* Fix the pier", "* Raise the fares"], ItemList(items=("Fix the pier", "Raise the fares"), bullet="* ")),
        (
            ["\u2022 Fix the pier", "\u2022 Raise the fares"],
            ItemList(items=("Fix the pier", "Raise the fares"), bullet="\u2022 "),
        ),
        (
            ["-   Fix the pier", "-   Raise the fares"],
            ItemList(items=("Fix the pier", "Raise the fares"), bullet="-   "),
        ),
        # numbers out of order, a number written back otherwise ("03."), one line alone, bullets that differ,
        # a break set with asterisks
        (["1. Fix the pier", "3. Raise the fares"], None),
        (["03. Fix the pier", "04. Raise the fares"], None),
        (["- Fix the pier"], None),
        (["* Fix the pier", "- Raise the fares"], None),
        (["* * *", "* * *"], None),
    ],
)
def test_a_lists_items_one_a_line_are_its_list(lines: list[str], listed: ItemList | None) -> None:
    """Converters and to_text write a list an item a line, after a bullet or its number: the list, written back."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    said = "\u201cWe cannot keep rebuilding the same houses every spring.\u201d\n\n\u2014 Glen Hart, mayor"
    text = f"{FERRY}\n\n" + "\n".join(lines) + f"\n\n{body}\n\n{said}\n"
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    if listed is None:
        assert [b.text for b in article.blocks[1 : 1 + len(lines)]] == lines  # type: ignore[attr-defined]
        assert not any(isinstance(b, ItemList) for b in article.blocks)
    else:
        assert article.blocks[1] == listed
        quote = article.blocks[-1]
        # the pull quote still names the paragraph it repeats, under the list
        assert isinstance(quote, PullQuote)
        assert (quote.repeats, article.blocks[2]) == (2, Paragraph(text=body))
    # Windows line ends, spaces at the ends of lines, lines indented: the same blocks, the breaks kept
    for breaks in ("\r\n", "  \n", "\n\t"):
        written = text.replace("\n", breaks)
        again = newsdoc.parse_text(written)
        assert [type(b) for b in again.blocks] == [type(b) for b in article.blocks]
        assert newsdoc.to_text(again) == written
        if listed is not None:
            assert again.blocks[1] == attrs.evolve(listed, spacing=breaks * 2, breaks=breaks)


def test_a_lists_items_of_one_length_are_items_not_a_wrapped_paragraph() -> None:
    """Long items a line each, near one length: a wrapped paragraph's shape, but each line opens with the bullet."""
    items = [
        "keeping the north quay open on Fridays for the fish market traders",
        "sending a second ferry across to the island on sunny summer Sundays",
        "reviewing the winter timetable after the first full year of it",
    ]
    lead = "The board said it would answer those worries by:"
    text = f"{FERRY}\n\n{lead}\n\n" + "\n".join(f"- {item}" for item in items) + f"\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[2] == ItemList(items=tuple(items))
    assert newsdoc.to_text(article) == text
    # the lines under the lead-in, run on with no blank line: the same list
    run_on = text.replace(f"{lead}\n\n", f"{lead}\n")
    assert newsdoc.parse_text(run_on).blocks[2] == ItemList(items=tuple(items), spacing="\n")


def test_a_dash_that_opens_a_wrapped_line_goes_on_with_its_sentence() -> None:
    """(A guard, which passes without the rule too.) Hard-wrapped prose may carry a spaced dash to the next line."""
    lines = [
        "The harbour board met on Monday night in the old customs house by the",
        "quay and voted to keep the ferry running through the long winter months",
        "- a choice that costs it more than it had planned to spend this year on",
        "the service, its chair said after the meeting had ended late at night.",
    ]
    text = f"{FERRY}\n\n" + "\n".join(lines) + f"\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert [type(block) for block in article.blocks[1:]] == [Paragraph, Paragraph]
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize("gap", ["\n", "\n\n\n"])
def test_a_list_a_browser_copies_without_bullets_is_a_list(gap: str) -> None:
    """A browser copies a list's items one a line with no mark: under a sentence that ends in a colon, lines
    of a few words that are no sentences, the story going on after them, are a list, set apart as they were."""
    lead = "The harbour board listed the repairs it will pay for this winter:"
    items = ["New fenders on the north quay", "A second gangway for the ferry", "Lights along the breakwater: 40"]
    text = f"{FERRY}\n\n{lead}\n\n" + gap.join(items) + "\n\nWork starts in January, the board said.\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[2] == ItemList(items=tuple(items), bullet="", breaks=None if gap == "\n" else gap)
    assert newsdoc.to_text(article) == text


def test_a_list_without_bullets_over_an_advertisement_and_a_subheading() -> None:
    """Under the list, a line of the page's the story sets in, then the next section's subheading: the list is the
    story's, and the line set apart under it heads the next section."""
    lead = "Estimated share of the vote (change since the last election in brackets):"
    items = ["Harbour Party: 34.2% (-2.9)", "Island Greens: 30.1% (+1.8)", "Quay Alliance: 11.6% (+3.4)"]
    text = (
        f"{FERRY}\n\n{lead}\n\n" + "\n".join(items) + f"\n\nAdvertisement\n\nThe Alliance holds the key\n\n{LANTERN}\n"
    )
    article = newsdoc.parse_text(text)
    assert article.blocks[2:5] == (
        ItemList(items=tuple(items), bullet=""),
        newsdoc.Fragment(text="Advertisement"),
        Heading(text="The Alliance holds the key", level=2),
    )
    assert newsdoc.to_text(article) == text
    # (a guard, which passes without the rule too) a line set as the items are is the list's last
    run = "\n".join([*items, "Others"])
    blocks = newsdoc.parse_text(f"{FERRY}\n\n{lead}\n\n{run}\n\n{LANTERN}\n").blocks
    assert blocks[2] == ItemList(items=(*items, "Others"), bullet="")


@pytest.mark.parametrize(
    "text",
    [
        # the lines under the colon are sentences
        "The mayor's answer was short:\n\nNo.\n\nThen she left.\n\nThe board met again on Friday.\n",
        # a form's label, not a sentence, over the lines
        "Password:\nRemember me\nSign in\n\nThe board met again on Friday.\n",
        # the lines run on into a menu: no story goes on after them
        "Follow the harbour news on the sites below:\n\nHarbour Desk\nQuay Watch\n\nAbout us\n",
    ],
)
def test_short_lines_under_a_colon_are_not_always_a_list(text: str) -> None:
    """Lines under a colon are no list when they are sentences, when the colon ends a label, or when the
    story does not go on under them; each keeps its words (guards, which pass without the rule too)."""
    article = newsdoc.parse_text(f"{FERRY}\n\n{text}")
    assert not any(isinstance(b, ItemList) for b in article.blocks)
    assert newsdoc.to_text(article) == f"{FERRY}\n\n{text}"


def test_a_pull_quotes_source_on_a_line_of_its_own() -> None:
    """A pull quote's box sets who said it under the quote: copied, a paragraph of its own after a dash."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    text = f"{body}\n\n\u201cWe cannot keep rebuilding the same houses every spring.\u201d\n\n\u2014 Glen Hart, mayor\n"
    article = newsdoc.parse_text(text)
    quote = article.blocks[1]
    assert isinstance(quote, PullQuote)
    assert (len(article.blocks), quote.attribution, quote.repeats, quote.attribution_prefix) == (
        2,
        "Glen Hart, mayor",
        0,
        "\n\n\u2014 ",
    )
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Glen Hart, harbour master", True),
        ("What Happens Next", False),  # a subheading under the quote
        ("GOOD NEWS, FOLKS", False),  # a teaser's kicker
        ("Lakeside Town, Northshire", False),  # a place, or a heading: the body names no one so
        ("Key Dates, explained", False),
    ],
)
def test_a_pull_quotes_speaker_with_no_dash(line: str, speaker: bool) -> None:
    """Under a quote, a name, a comma and what the speaker is, whom the body names: who said it, with no dash."""
    body = "Glen Hart said the council met on Monday. We cannot keep rebuilding the same houses every spring."
    quote = "\u201cWe cannot keep rebuilding the same houses every spring.\u201d"
    text = f"{body}\n\n{quote}\n\n{line}\n\n{body}\n"
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    said = [b.attribution for b in article.blocks if isinstance(b, PullQuote)]
    assert said == [line if speaker else None]  # the quote repeats the body: a pull quote either way


def test_short_repeated_phrase_is_no_pull_quote() -> None:
    """A subhead that a paragraph repeats is not a pull quote; a sentence is."""
    body = "The report, titled Tale of the Palace Gate, says the council knew. It warned of floods in March."
    article = newsdoc.parse_text(f"{body}\n\nTale of the Palace Gate\n\nIt warned of floods in March.\n")
    assert [type(b).__name__ for b in article.blocks] == ["Paragraph", "Paragraph", "Paragraph"]
    sentence = "The council knew about the risk of flooding for years and did nothing."
    article = newsdoc.parse_text(f"Officials spoke. {sentence} Then they left.\n\n{sentence}\n")
    assert isinstance(article.blocks[1], PullQuote)
    assert article.blocks[1].repeats == 0


def test_metadata_lines() -> None:
    article = newsdoc.parse_text(
        "ANALYSIS\n\nPorts Brace For A Long Strike\n\nBy Jane Roe and John Doe\n\n"
        "Published: March 3, 2021 at 10:30\n\nThe body starts here.\n\nTags: ports, labour; Europe\n"
    )
    assert (article.kicker, article.title) == ("ANALYSIS", "Ports Brace For A Long Strike")
    assert article.authors == ("Jane Roe", "John Doe")
    assert article.published == dt.datetime(2021, 3, 3, 10, 30)
    assert article.tags == ("ports", "labour", "Europe")
    roles = [getattr(b, "role", None) for b in article.blocks]
    assert roles == ["kicker", None, "byline", "date", None, "tags"]


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Themen: Hafen, F\u00e4hren", ("Hafen", "F\u00e4hren")),  # German
        ("Archivado en: Puertos \u00b7 Transbordadores", ("Puertos", "Transbordadores")),  # Spanish, a dot between
        ("Mots-cl\u00e9s : ports, ferries", ("ports", "ferries")),  # French, a space before the colon
        ("Tags: ports \u2022 ferries", ("ports", "ferries")),
        ("Tagged: ports, ferries", ("ports", "ferries")),  # a blog's footer
        # Polish, Russian, Turkish, Indonesian, Swedish, Danish, Czech, Romanian
        ("Tagi: port, promy", ("port", "promy")),
        ("Теги: порт, паромы", ("порт", "паромы")),
        ("Etiketler: liman, feribot", ("liman", "feribot")),
        ("Topik: pelabuhan, feri", ("pelabuhan", "feri")),
        ("\u00c4mnen: Hamnen, F\u00e4rjor", ("Hamnen", "F\u00e4rjor")),
        ("Emner: Havnen, F\u00e6rger", ("Havnen", "F\u00e6rger")),
        ("\u0160t\u00edtky: p\u0159\u00edstav, trajekty", ("p\u0159\u00edstav", "trajekty")),
        ("T\u00e9mata: p\u0159\u00edstav, trajekty", ("p\u0159\u00edstav", "trajekty")),
        ("Etichete: port, feriboturi", ("port", "feriboturi")),
        # Croatian and Serbian, Slovak
        ("Oznake: luka, trajekti", ("luka", "trajekti")),
        ("Tagy: pr\u00edstav, trajekty", ("pr\u00edstav", "trajekty")),
        # Swedish "Topics in the article", Dutch "More about"
        ("\u00c4mnen i artikeln: Hamnen, F\u00e4rjor", ("Hamnen", "F\u00e4rjor")),
        ("Meer over: Havens, Veerboten", ("Havens", "Veerboten")),
        # Persian, Hebrew, Arabic
        ("برچسب‌ها: بندر، کشتی", ("بندر", "کشتی")),
        ("תגיות: נמל, מעבורות", ("נמל", "מעבורות")),
        # Finnish, Greek, Hungarian
        ("Aiheet: satama, lautat", ("satama", "lautat")),
        ("Ετικέτες: λιμάνι, πλοία", ("λιμάνι", "πλοία")),
        ("C\u00edmk\u00e9k: kik\u00f6t\u0151, komp", ("kik\u00f6t\u0151", "komp")),
        ("الوسوم: ميناء، عبارات", ("ميناء", "عبارات")),
        # "Keywords" and "Topics" in Arabic, Italian, Portuguese, Tagalog, Hindi
        ("الكلمات المفتاحية: ميناء | عبارات", ("ميناء", "عبارات")),
        ("Argomenti: porto, traghetti", ("porto", "traghetti")),
        ("T\u00f3picos: Porto, Balsas", ("Porto", "Balsas")),
        ("Mga Tag: daungan, barko", ("daungan", "barko")),
        ("टैग: बंदरगाह, नौका", ("बंदरगाह", "नौका")),
        # the tags' links joined with their spaces, two or more between them
        ("Tags: ports  ferries   Harbour Board", ("ports", "ferries", "Harbour Board")),
    ],
)
def test_a_line_of_tags_in_other_languages(line: str, tags: tuple[str, ...]) -> None:
    """The label of a line of topic tags as German, Spanish and French sites write it; a dot between the tags."""
    article = newsdoc.parse_text(f"Ports Brace\n\nThe body starts here.\n\n{line}\n")
    assert article.blocks[-1] == newsdoc.Fragment(text=line, role="tags")
    assert article.tags == tags


def test_a_box_s_label_under_the_tags_is_no_tag() -> None:
    """A scraper writes a box of links under the tags on the lines under them: its label ends the tags."""
    text = "Ports Brace\n\nThe body starts here.\n\nTags: ports, labour\nAlso Read\nPier plan put to a vote\n"
    assert newsdoc.parse_text(text).tags == ("ports", "labour")


def test_tags_one_a_line_under_their_label() -> None:
    """A scraper writes the tags' links one a line under "Tags:". (A tag in capitals opens a piece of its own.)"""
    article = newsdoc.parse_text("Ports Brace\n\nThe body starts here.\n\nTags:\nports\nlabour\nstrikes\n")
    assert article.tags == ("ports", "labour", "strikes")
    assert article.blocks[-1] == newsdoc.Fragment(text="Tags:\nports\nlabour\nstrikes", role="tags")


@pytest.mark.parametrize(
    ("under", "tags"),
    [
        ("Tags:\nports", ("ports",)),  # the label alone, a line break, a tag
        ("Topics\n\nPorts\n,\nLabour\n,\nStrikes", ("Ports", "Labour", "Strikes")),  # a blank line, commas a line
        ("Related Topics:\n\n* Ports", ("Ports",)),  # as a text browser marks a list's item
        # the label alone over the first, the others a line each under it
        ("Related Topics\n\nPorts\nLabour relations\nStrikes", ("Ports", "Labour relations", "Strikes")),
        ("Related Topics:\n\n* Ports\n* Labour relations", ("Ports", "Labour relations")),
    ],
)
def test_tags_under_their_label_alone(under: str, tags: tuple[str, ...]) -> None:
    """A scraper writes a label alone ("Tags:", "Topics") and its links under it; a blank line may come between."""
    article = newsdoc.parse_text(f"Ports Brace\n\nThe body starts here.\n\n{under}\n")
    assert article.tags == tags
    assert article.blocks[-1] == newsdoc.Fragment(text=under, role="tags")
    assert article.text == "The body starts here."


@pytest.mark.parametrize("under", ["Topics\n\nThe council met on Friday.", "Tags\n\n\u00a9", "Topics\n\nterms:"])
def test_a_tags_label_over_a_sentence_or_a_mark_tags_nothing(under: str) -> None:
    article = newsdoc.parse_text(f"Ports Brace\n\nThe body starts here.\n\n{under}\n")
    assert article.tags == ()
    assert not any(getattr(block, "role", None) == "tags" for block in article.blocks)


@pytest.mark.parametrize(
    "line", ["Subscribe", "[ 12 comments ]", "Buyer's Guide:", "MORE STORIES LIKE THIS", "Kommentare"]
)
def test_a_button_or_a_label_under_the_tags_is_no_tag(line: str) -> None:
    article = newsdoc.parse_text(f"Ports Brace\n\nThe body starts here.\n\nTopics\n\nPorts\n{line}\n")
    assert article.tags == ("Ports",)


@pytest.mark.parametrize(
    "line",
    [
        *("* * *", "___", "SKIP ADVERTISEMENT", "Video loading..."),
        # a market widget's note that its prices come late, under a market column's table of them
        *("Quotes delayed at least 15 minutes.", "Prices delayed by at least 15 minutes. Data as of 08:40 GMT."),
        *("Quotazioni in differita di 15 minuti.", "Kurse verz\u00f6gert um 15 Minuten."),
    ],
)
def test_a_section_break_or_a_players_line_amid_the_body_is_furniture(line: str) -> None:
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{line}\n\n{body}\n")
    assert article.blocks[2] == newsdoc.Fragment(text=line)


def test_cues_can_be_extended() -> None:
    line = "Fishers haul in their nets at dawn. (Kratie Daily)"
    assert isinstance(newsdoc.parse_text(line).blocks[0], Paragraph)
    cues = attrs.evolve(newsdoc.DEFAULT_CUES, agencies=(*newsdoc.DEFAULT_CUES.agencies, "Kratie Daily"))
    image = "kd-fishers 640 02may23 Fishers\n\n"
    (_, caption) = newsdoc.parse_text(image + line, cues=cues).blocks
    assert isinstance(caption, Caption)
    assert caption.credit == "Kratie Daily"


# --- a single line break: a soft wrap or a boundary ------------------------------------------


def test_one_paragraph_a_line_parts_blocks() -> None:
    """Scrapers often write every paragraph on a line of its own, with no blank line between."""
    text = (
        "Ferries Resume After the Storm\n"
        "By Ines Volk\n"
        "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing.\n"
        "Passengers who had slept in the terminal cheered as it pulled away from the quay.\n"
    )
    article = newsdoc.parse_text(text)
    assert [type(b).__name__ for b in article.blocks] == ["Heading", "Fragment", "Paragraph", "Paragraph"]
    assert [b.spacing for b in article.blocks] == [None, "\n", "\n", "\n"]
    assert newsdoc.to_text(article) == text


def test_hard_wrapped_paragraph_stays_one_block() -> None:
    """Lines wrapped to one width, each next word too long for the line before, are one paragraph."""
    paragraph = (
        "The first ferry left the harbour at dawn on Tuesday, three days\n"
        "after the storm closed the crossing. Passengers who had slept in\n"
        "the terminal cheered as it pulled away from the quay, and the\n"
        "captain sounded the horn twice."
    )
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{paragraph}\n\n{paragraph}\n")
    assert [type(b).__name__ for b in article.blocks] == ["Heading", "Paragraph", "Paragraph"]
    assert article.blocks[1] == Paragraph(text=paragraph)


# An article in the conventions of a scraped page, one block a line; the tests below wrap it.
_FERRIES = [
    "Ferries Resume After the Storm That Shut the Northern Crossing for Three Days",
    "By Ines Volk and Tomas Berg",
    "Passengers wait on the quay at Harwick as the first ferry comes in on Tuesday morning."
    " (Photo: Lena Quist/Harbour Press)",
    "The first ferry in three days left the harbour at dawn on Tuesday, its deck crowded with islanders who had"
    " waited out the storm in the terminal, in parked cars and in the homes of strangers who took them in.",
    "\u201cThe crossing is the only road we have, and for three days it was shut to every one of us\u201d"
    " \u2013 Mara Lind, who fishes out of the island's north harbour",
    "For the island's fishers the closure came at the worst time of year. \u201cThe crossing is the only road we"
    " have, and for three days it was shut to every one of us,\u201d said Mara Lind, who lost a week of her catch"
    " to the storm and the wait that followed it.",
    "The harbour master said the timetable would return to normal by the weekend, though the older of the two"
    " ferries would stay in the dry dock until its hull had been checked for damage from the waves that broke"
    " over the breakwater.",
    "This report is republished with permission of the Harbour Press.",
]
_FERRIES_KINDS = ["Heading", "Fragment", "Caption", "Paragraph", "PullQuote", "Paragraph", "Paragraph", "Attribution"]


@pytest.mark.parametrize("between", ["\n\n", "\n"], ids=["blank-lines", "one-block-a-line"])
@pytest.mark.parametrize("line_break", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_a_hard_wrapped_text_reads_as_it_does_unwrapped(between: str, line_break: str) -> None:
    """Text wrapped to 60 columns, as a text browser or an email writes it: a wrap is a space to a reader.

    The headline, the caption, the pull quote and the note are read across their wraps; the
    blocks keep the line breaks as the text writes them.
    """
    unwrapped = newsdoc.parse_text(between.join(_FERRIES) + "\n")
    assert [type(b).__name__ for b in unwrapped.blocks] == _FERRIES_KINDS
    text = (between.join(textwrap.fill(block, 60) for block in _FERRIES) + "\n").replace("\n", line_break)
    article = newsdoc.parse_text(text)
    assert [type(b).__name__ for b in article.blocks] == _FERRIES_KINDS
    assert newsdoc.to_text(article) == text
    assert article.authors == unwrapped.authors == ("Ines Volk", "Tomas Berg")
    assert article.source == "Harbour Press"
    assert article.title == f"Ferries Resume After the Storm That Shut the Northern{line_break}Crossing for Three Days"
    caption = article.blocks[2]
    assert isinstance(caption, Caption)
    assert caption.credit == f"Lena Quist/Harbour{line_break}Press"
    quote = article.blocks[4]
    assert isinstance(quote, PullQuote)
    assert quote.attribution == f"Mara Lind, who fishes out{line_break}of the island's north harbour"


def test_a_wrap_at_the_end_of_a_sentence_keeps_its_paragraph_whole() -> None:
    """In a wrapped text, two lines between blank lines are one paragraph, though the first ends a sentence."""
    closing = (
        "The harbour master says the northern crossing reopens on Sunday."
        " Afterwards the older of the two ferries goes into dry dock."
    )
    blocks = [*_FERRIES[:-1], closing, _FERRIES[-1]]
    text = "\n\n".join(textwrap.fill(block, 64) for block in blocks) + "\n"
    assert "on Sunday.\nAfterwards" in text
    article = newsdoc.parse_text(text)
    assert [type(b).__name__ for b in article.blocks] == [*_FERRIES_KINDS[:-1], "Paragraph", "Attribution"]
    assert article.blocks[-2] == Paragraph(text=textwrap.fill(closing, 64))


_WORDS = [
    "The",
    "ferry",
    "left",
    "the",
    "harbour",
    "at",
    "dawn,",
    "and",
    "Harwick",
    "waited.",
    "\u201cIt",
    "is",
    "back,\u201d",
]


@given(
    st.lists(
        st.sampled_from(strategies.PIECES) | st.lists(st.sampled_from(_WORDS), min_size=20, max_size=120).map(" ".join),
        min_size=1,
        max_size=8,
    ),
    st.integers(40, 100),
    st.sampled_from(["\n\n", "\n"]),
    st.sampled_from(["\r\n", "\r", " \n", "\n\t"]),
)
def test_a_wrapped_text_round_trips_and_reads_alike_however_its_lines_end(
    paragraphs: list[str], width: int, between: str, line_break: str
) -> None:
    text = between.join(textwrap.fill(paragraph, width) for paragraph in paragraphs) + "\n"
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    written = text.replace("\n", line_break)
    other = newsdoc.parse_text(written)
    assert newsdoc.to_text(other) == written
    assert [type(b) for b in other.blocks] == [type(b) for b in article.blocks]


def test_a_text_shows_its_wrap_in_its_lines() -> None:
    """Paragraphs each on lines of their own, no blank line between: the lines show the width."""
    wrapped = "\n".join(textwrap.fill(block, 60) for block in _FERRIES)
    assert wrap_width([wrapped]) == 60
    assert wrap_width(["\n".join(_FERRIES)]) is None


def test_columns_lined_up_are_no_wrap() -> None:
    """A table a text browser draws with runs of spaces has lines of one width, but no words wrapped."""
    rows = [f"{f'Ferry {n} to Harwick':<40}{f'0{n}:15':>12}{f'Gate {n}':>10}" for n in range(1, 10)]
    table = "\n".join(rows)
    assert wrap_width([table]) is None
    assert len(newsdoc.parse_text(f"Timetable\n\n{table}\n").blocks) == 10


def test_short_lines_are_not_a_wrap() -> None:
    """A line the next word would have fitted on ends where its writer ended it."""
    text = "Ferries Resume\n\nThe crossing reopened.\nThe first ferry left at dawn.\nIt was full.\n"
    assert [type(b).__name__ for b in newsdoc.parse_text(text).blocks] == ["Heading", *["Paragraph"] * 3]


def test_line_that_goes_on_with_the_sentence_is_a_wrap() -> None:
    """A scraper breaks lines around links; a line starting in lower case goes on with the sentence."""
    text = "Ferries Resume\n\nThe minister said\nthe crossing\nwould reopen on Tuesday.\n\nMore.\n"
    assert newsdoc.parse_text(text).blocks[1] == Paragraph(
        text="The minister said\nthe crossing\nwould reopen on Tuesday."
    )


@pytest.mark.parametrize("button", ["less", "... more", "Show less", "Read more"])
def test_a_button_under_a_caption_stands_apart(button: str) -> None:
    """A scraper writes the button that folds a long caption on the line under it: the caption ends there."""
    caption = "Ferries wait in the harbour at dawn, Monday, May 4, 2020. (AP Photo/Ilse Draaijer)"
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{caption}\n{button}\n\nThe body goes on.\n").blocks
    assert blocks[1] == Caption(
        text="Ferries wait in the harbour at dawn, Monday, May 4, 2020.",
        credit="AP Photo/Ilse Draaijer",
        credit_prefix=" (",
        credit_suffix=")",
    )
    assert blocks[2] == Fragment(text=button, spacing="\n")


def test_a_stock_line_of_furniture_is_no_paragraph() -> None:
    """ "Advertisement" between paragraphs, "Comments are closed." under them: the page's, not the article's."""
    text = f"Ferries Resume\n\n{FERRY}\n\nAdvertisement\n\nThe council met on Friday.\n\nComments are closed.\n"
    article = newsdoc.parse_text(text)
    assert [type(b).__name__ for b in article.blocks] == ["Heading", "Paragraph", "Fragment", "Paragraph", "Fragment"]
    assert "Advertisement" not in article.text


@pytest.mark.parametrize(
    "label",
    [
        *("Trending News", "Top Stories", "More on this story", "Related posts", "Latest news"),
        # Chinese "Related reading" after the full-width colon Chinese sets after a label, Japanese "Related articles"
        *("\u76f8\u5173\u9605\u8bfb\uff1a", "\u5ef6\u4f38\u9605\u8bfb", "\u95a2\u9023\u8a18\u4e8b"),
    ],
)
def test_the_label_of_a_box_of_other_stories_is_furniture(label: str) -> None:
    """A box of other stories' links, set amid the story or under it, opens with its label: the page's."""
    links = "\u2022 Harbour board names a new master\n\u2022 Fares rise on the night ferry"
    article = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{label}\n\n{links}\n\n{FERRY}\n")
    assert article.blocks[2] == Fragment(text=label)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_promotion_over_a_credit_is_its_pictures_caption(gap: str) -> None:
    """A magazine's cover, the call to subscribe under it, then the cover's credit: the call is the caption."""
    promo = "Want more from the lake? Subscribe to our sister magazine, Lakeside Monthly, for the whole story!"
    text = f"Ferries Resume\n\n{FERRY}\n\n{promo}{gap}(Image credit: Lakeside Monthly)\n"
    caption = newsdoc.parse_text(text).blocks[-1]
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == (promo, "Lakeside Monthly")
    assert newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{promo}\n").blocks[-1] == Fragment(text=promo)


@pytest.mark.parametrize(
    "counter",
    # and in the slideshow's language, or its slash unspaced: "Foto 2 de 6", "Bild 2 von 5", "2/6"
    ["1 of 6", "Image 1 of 13", "1 / 13", "Slide 2 of 9", "Foto 2 de 6", "Bild 2 von 5", "Photo 3 sur 4", "2/6"],
)
def test_a_slideshows_counter_is_furniture(counter: str) -> None:
    """A gallery's place and count, on lines of its own amid the body: the slideshow's, not the article's."""
    article = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{counter}\n\nThe council met on Friday.\n")
    assert article.blocks[2] == Fragment(text=counter)


@pytest.mark.parametrize(
    "line",
    # (the last three guards, which pass without the counters in other languages too)
    ["Part 1 of 6", "2024/25", "7 of 3", "1 of 6 ferries ran late", "Parte 2 de 6", "3 de 2", "12/4"],
)
def test_numbers_that_count_no_slides_are_no_counter(line: str) -> None:
    assert not classify.stock_line(line, newsdoc.DEFAULT_CUES)


@pytest.mark.parametrize("button", ["SUBSCRIBE", "Sign up", "Subscribe now"])
def test_a_subscribe_button_is_furniture(button: str) -> None:
    """The paper's or a newsletter's button, on a line of its own amid the body."""
    article = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{button}\n\nThe council met on Friday.\n")
    assert article.blocks[2] == Fragment(text=button)


def test_long_texts_are_judged_by_what_they_show() -> None:
    """A title or a stock line padded with dots and spaces is one still; the checks that pass over long texts
    at a glance look at what folding leaves of them, not at their length."""
    title = "Ferries Resume"
    assert classify.shows_title(title + " ." * 400, title)
    assert classify.shows_title(title + " | News", title)
    assert not classify.shows_title(title + " as the storm clears" * 20, title)
    assert classify.stock_line(" ." * 300 + "Advertisement" + " :" * 300, newsdoc.DEFAULT_CUES)
    assert not classify.stock_line("Advertisement" + " here" * 300, newsdoc.DEFAULT_CUES)


@pytest.mark.parametrize(
    "line",
    [
        # a labelled date line with every part: bullet, label, time, weekday, date and time
        "* Published on 11:26 pm EST, Tuesday, November 19, 2019 at 11:40 pm",
        # a line of fields at its longest, 120 characters of one-letter words before the dated field
        "a " * 47 + "a | Published: May 3, 2021",
    ],
)
def test_a_date_line_is_few_words(line: str) -> None:
    """The quick look before folding a long text passes every line a date is read in, and no longer one."""
    cues = newsdoc.DEFAULT_CUES
    spaced = line.replace(" ", "\n\t ")  # as it may stand in a page's markup, before its white space is folded
    assert classify.published_date(line, cues) is not None
    assert classify.may_date(spaced, cues)
    longer = "a " * (classify.Patterns.of(cues).dateline_words - len(line.split()) + 1) + line
    assert not classify.may_date(longer, cues)
    assert classify.published_date(longer, cues) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Sailors wait on the quay.\nREUTERS/Ilse Draaijer", "REUTERS/Ilse Draaijer"),
        ("Sailors wait on the quay.\nPhoto by Tomas Achterberg", "Tomas Achterberg"),  # "Photo by" is layout
        ("Sailors wait on the quay.\nShutterstock", "Shutterstock"),
        ("Sailors wait on the quay.\n(Harbour Board)", "Harbour Board"),
        ("Sailors wait on the quay.\nCredit...\nIlse Draaijer/The Harbour Times", "Ilse Draaijer/The Harbour Times"),
        # a photographer for an outlet, or beside it after a mark, perhaps the agency that sent it after "via"
        ("Sailors wait on the quay.\nIlse Draaijer for The Harbour Times", "Ilse Draaijer for The Harbour Times"),
        ("Sailors wait on the quay.\nIlse Draaijer / The Harbour Times", "Ilse Draaijer / The Harbour Times"),
        ("Sailors wait on the quay.\nIlse Draaijer | Harbour Voices", "Ilse Draaijer | Harbour Voices"),
        ("Sailors wait on the quay.\nIlse Draaijer/Harbour Voices via AP", "Ilse Draaijer/Harbour Voices via AP"),
        # a copyright's credit after its label, perhaps with French typography's space before the colon
        ("Sailors wait on the quay.\nFoto: \u00a9 Ilse Draaijer/Harbour Voices", "Ilse Draaijer/Harbour Voices"),
        (
            "Sailors wait on the quay.\nPhoto : \u00a9 Harbour Voices / Ilse Draaijer",
            "Harbour Voices / Ilse Draaijer",
        ),
    ],
)
def test_credit_on_the_line_under_a_caption(line: str, credit: str) -> None:
    (_heading, caption, _body) = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\nThe body goes on.\n").blocks
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == ("Sailors wait on the quay.", credit)


@pytest.mark.parametrize(
    "line",
    [
        "Ilse Draaijer | Staff Writer",  # a byline's fields
        "Harbour Walks / Tides",  # a menu's items
        "APPS WE LIKE | SPONSORED",
    ],
)
def test_names_parted_by_a_mark_under_a_line_that_are_no_credit(line: str) -> None:
    blocks = newsdoc.parse_text(f"Ferries Resume\n\nSailors wait on the quay.\n{line}\n\nThe body goes on.\n").blocks
    assert not [b for b in blocks if isinstance(b, Caption)]


@pytest.mark.parametrize(
    ("line", "credit", "prefix", "suffix"),
    [
        ("Sailors wait. (Photo by Ilse Draaijer/Getty Images)", "Ilse Draaijer/Getty Images", " (Photo by ", ")"),
        ("Sailors wait. Ilse Draaijer, AFP/Getty Images", "Ilse Draaijer, AFP/Getty Images", " ", ""),
        ("Sailors wait. Ilse Draaijer, AFP", "Ilse Draaijer, AFP", " ", ""),  # an agency after the comma, no slash
        ("Sailors wait. \u0424\u043e\u0442\u043e: Ilse Draaijer", "Ilse Draaijer", " \u0424\u043e\u0442\u043e: ", ""),
        ("Sailors wait. \u5199\u771f: Ilse Draaijer", "Ilse Draaijer", " \u5199\u771f: ", ""),  # a label beyond ASCII
        ("Sailors wait. Ilse Draaijer / Pixabay", "Ilse Draaijer / Pixabay", " ", ""),
        ("Sailors wait. [EPA/Ilse Draaijer]", "EPA/Ilse Draaijer", " [", "]"),
        ("Sailors wait. [EPA]", "EPA", " [", "]"),
        ("Sailors wait. Tribune photo: Ilse Draaijer", "Ilse Draaijer", " Tribune photo: ", ""),
        ("Sailors wait. Pic: Ilse Draaijer", "Ilse Draaijer", " Pic: ", ""),  # as British papers shorten it
        # a screen's picture, and a handout's courtesy in Spanish
        (
            "Sailors wait. Screenshot: Ilse Draaijer / Harbour Tech",
            "Ilse Draaijer / Harbour Tech",
            " Screenshot: ",
            "",
        ),
        ("Sailors wait. Captura de pantalla: Ilse Draaijer", "Ilse Draaijer", " Captura de pantalla: ", ""),
        ("Sailors wait. Cortes\u00eda: Capitan\u00eda del Puerto", "Capitan\u00eda del Puerto", " Cortes\u00eda: ", ""),
        # after a label, a phrase that credits without a name, in lower case too
        ("Sailors wait. Photo: supplied", "supplied", " Photo: ", ""),
        ("Sailors wait. Picture: handout", "handout", " Picture: ", ""),
        # a phrase that credits without a name, in brackets, in any case, after the outlet's name
        ("Sailors wait. (Harbour Voices file photo)", "Harbour Voices file photo", " (", ")"),
        ("Sailors wait. (Staff File Photo)", "Staff File Photo", " (", ")"),
        # a credit in capitals, as captions often set it
        ("Sailors wait. PHOTO BY ILSE DRAAIJER", "ILSE DRAAIJER", " PHOTO BY ", ""),
        ("Sailors wait. \u2014Staff photo by Ilse Draaijer", "Ilse Draaijer", " \u2014Staff photo by ", ""),
        ("Sailors wait. Photo credit: Harbour News", "Harbour News", " Photo credit: ", ""),
        ("Sailors wait. \u00a9 Provided by Harbour News", "Provided by Harbour News", " \u00a9 ", ""),
        ("Sailors wait. [Image credit: Ilse Draaijer]", "Ilse Draaijer", " [Image credit: ", "]"),
        ("Sailors wait. Image from shutterstock.com", "Image from shutterstock.com", " ", ""),
        ("Sailors wait. (AP Photo/Ilse Draaijer, File)", "AP Photo/Ilse Draaijer, File", " (", ")"),
        ("Sailors wait. [Harbour Board via Ilse Draaijer]", "Harbour Board via Ilse Draaijer", " [", "]"),
        ("Sailors wait. Ilse Draaijer/GETTY IMAGES", "Ilse Draaijer/GETTY IMAGES", " ", ""),  # an agency in capitals
        ("Sailors wait. Photo courtesy of the Harbour Board", "Photo courtesy of the Harbour Board", " ", ""),
        # An outlet names its own photographer, as an agency does, and a picture from its files
        ("Sailors wait. (Harbour Photo/Ilse Draaijer, File)", "Harbour Photo/Ilse Draaijer, File", " (", ")"),
        ("Sailors wait. REUTERS/Ilse Draaijer/File Photo", "REUTERS/Ilse Draaijer/File Photo", " ", ""),
        # A courtesy credit, whoever it names
        ("Sailors wait. (Courtesy of the Draaijer family)", "Courtesy of the Draaijer family", " (", ")"),
        ("Sailors wait. Photo courtesy of the Draaijer family", "Photo courtesy of the Draaijer family", " ", ""),
        # or a label with its colon: the source after it
        ("Sailors wait. Image courtesy: Harbour Board", "Harbour Board", " Image courtesy: ", ""),
        ("Sailors wait. (Courtesy: Ilse Draaijer)", "Ilse Draaijer", " (Courtesy: ", ")"),
        # A writer's own picture
        ("Sailors wait. Photo by the author.", "Photo by the author", " ", "."),
        ("Sailors wait. Screenshot by the author", "Screenshot by the author", " ", ""),
        # A Creative Commons licence after the photographer, as an agency would stand there
        ("Sailors wait. Ilse Draaijer, CC BY-SA", "Ilse Draaijer, CC BY-SA", " ", ""),
        ("Sailors wait. (Ilse Draaijer/Flickr, CC BY 2.0)", "Ilse Draaijer/Flickr, CC BY 2.0", " (", ")"),
        # A browser shows a caption and its credit in two spans, with no space between.
        ("Sailors wait.Ilse Draaijer / AP file", "Ilse Draaijer / AP file", "", ""),
        ("Sailors wait.Credit: Ilse Draaijer", "Ilse Draaijer", "Credit: ", ""),
    ],
)
def test_wider_credit_grammar(line: str, credit: str, prefix: str, suffix: str) -> None:
    (caption,) = newsdoc.parse_text(line).blocks
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.credit_prefix, caption.credit_suffix) == (
        "Sailors wait.",
        credit,
        prefix,
        suffix,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Photo/Video Club meets on Tuesdays at the library",
        "Harbour Image/Sound Festival, Saturday at the old mill",
    ],
)
def test_an_outlet_s_photo_desk_names_a_photographer_not_a_phrase(line: str) -> None:
    """ "Harbour Photo/Jane Roe" credits a picture; a line of the body with a slash after "Photo" is the body's."""
    blocks = newsdoc.parse_text(f"Ferries Resume\n\nThe ferry runs again.\n\n{line}\n\nThe body goes on.\n").blocks
    assert blocks[1:] == (
        Paragraph(text="The ferry runs again."),
        Paragraph(text=line),
        Paragraph(text="The body goes on."),
    )


@pytest.mark.parametrize(
    ("caption", "credit", "prefix", "suffix"),
    [
        # The credit labels and agencies of newsrooms that write in other languages.
        ("Segler warten am Kai.", "Ilse Draaijer", " Foto: ", ""),
        ("Segler warten am Kai.", "picture alliance/dpa", " Foto: ", ""),  # an agency in lower case names itself
        ("Segler warten am Kai.", "imago images/Ilse Draaijer", " Bild: ", ""),
        ("Segler warten am Kai.", "Keystone", " Quelle: ", ""),
        ("Los marineros esperan en el muelle.", "Juan Roble", " Fotografía: ", ""),
        ("Los marineros esperan en el muelle.", "EFE", " (", ")"),
        ("Los marineros esperan en el muelle.", "JUAN ROBLE", " / ", ""),  # a slash, then the photographer
        ("Les marins attendent sur le quai.", "Jean Chêne", " Crédit photo : ", ""),
        # a label without its colon is layout too, but not the word an agency's name opens with
        ("I marinai aspettano sul molo.", "Ansa", " (Foto ", ")"),
        ("Zeelieden wachten op de kade.", "Ilse Draaijer / ANP", " Beeld ", ""),
        ("Sailors wait on the quay.", "Picture Alliance/dpa", " ", ""),
        ("Zeelieden wachten op de kade.", "Ilse Draaijer", " Beeld: ", ""),
        ("Zeelieden wachten op de kade.", "Havenbedrijf Zuid", " Bron: ", ""),
        ("Los marineros esperan en el muelle.", "Juan Roble", " Cr\u00e9dito: ", ""),
        ("Os marinheiros esperam no cais.", "Ana Roble/Divulga\u00e7\u00e3o", " Imagem: ", ""),
        # the word between the label and the name, as "by" is
        ("I marinai aspettano sul molo.", "Lina Rovere / ANSA", " Foto di ", ""),
        ("Los marineros esperan en el muelle.", "Juan Roble", " Foto de ", ""),
        ("Моряки ждут на причале.", "ТАСС", " Фото: ", ""),
        ("선원들이 부두에서 기다린다.", "김하늘 기자", " 사진: ", ""),
        # Hebrew, Persian, Bengali and Georgian labels before a wire's name
        ("מלחים ממתינים על הרציף.", "AFP", " צילום: ", ""),
        ("ملوانان در اسکله منتظرند.", "AFP", " عکس: ", ""),
        ("নাবিকেরা ঘাটে অপেক্ষা করছেন।", "AFP", " ছবি: ", ""),
        ("নাবিকেরা ঘাটে অপেক্ষা করছেন।", "পিটিআই", " ছবি: ", "।"),  # the credit closed by Bengali's full stop
        ("მეზღვაურები ნავმისადგომზე ელოდებიან.", "AFP", " ფოტო: ", ""),
        # Polish, Turkish, Finnish labels; Swedish, Czech, Turkish and Ukrainian agencies
        ("\u017beglarze czekaj\u0105 na nabrze\u017cu.", "Zofia Wrona/PAP", " Zdj\u0119cia: ", ""),
        ("Denizciler r\u0131ht\u0131mda bekliyor.", "Deniz Ak\u0131n/AA", " Foto\u011fraf: ", ""),
        ("Merimiehet odottavat laiturilla.", "Lehtikuva", " Kuva: ", ""),
        # a label that is an abbreviation, closed by its own full stop: no colon
        ("\u017beglarze czekaj\u0105 na nabrze\u017cu.", "Zofia Wrona/PAP", " Fot. ", ""),
        ("\u017beglarze czekaj\u0105 na nabrze\u017cu.", "Zofia Wrona", " Fot. ", ""),
        ("Sj\u00f6m\u00e4n v\u00e4ntar p\u00e5 kajen.", "TT", " (", ")"),
        (
            "N\u00e1mo\u0159n\u00edci \u010dekaj\u00ed na n\u00e1b\u0159e\u017e\u00ed.",
            "Jan Nov\u00e1k, \u010cTK",
            " ",
            "",
        ),
        ("Denizciler r\u0131ht\u0131mda bekliyor.", "DHA", " (", ")"),
        ("Моряки чекають на причалі.", "Укрінформ", " (", ")"),
        # the photographer in capitals, her agency in brackets, as Spanish papers credit a picture
        ("Los marineros esperan en el muelle.", "JUANA ROBLE (EFE)", " ", ""),
        ("Los marineros esperan en el muelle.", "JUANA ROBLE ÁLVAREZ (AFP)", " ", "."),
        # A handle names whoever holds it.
        ("Sailors wait on the quay.", "@ilsedraaijer", " Photo: ", ""),
        ("Sailors wait on the quay.", "Photo: @ilsedraaijer", " (", ")"),
    ],
)
def test_credits_in_other_languages_and_handles(caption: str, credit: str, prefix: str, suffix: str) -> None:
    line = f"{caption}{prefix}{credit}{suffix}"
    blocks = newsdoc.parse_text(
        f"Ferries Resume\n\nferry-harbour-dawn.jpg\n\n{line}\n\nThe body goes on here.\n"
    ).blocks
    assert isinstance(blocks[2], Caption)
    if credit.startswith("Photo: "):  # a label inside the brackets is layout, as outside them
        credit, prefix = credit.removeprefix("Photo: "), prefix + "Photo: "
    assert (blocks[2].text, blocks[2].credit, blocks[2].credit_prefix, blocks[2].credit_suffix) == (
        caption,
        credit,
        prefix,
        suffix,
    )


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Analysis by Ines Volk", ("Ines Volk",)),  # the kind of piece, then its writer
        ("Analysts: Ines Volk and Tom Hale", ("Ines Volk", "Tom Hale")),
        ("Opinion by Ines Volk", ("Ines Volk",)),
        ("By Tom Hale, The Lakeside Courier", ("Tom Hale",)),
        # a paper's name after the comma, with no "The": its word says it is a paper ("Gazette"), not a second writer
        ("By Tom Hale, Lakeside Gazette", ("Tom Hale",)),
        ("By Tom Hale, Ostby Echo", ("Tom Hale",)),
        ("By Tom Hale, Ines Volk", ("Tom Hale", "Ines Volk")),
        # a think tank's: each writer's affiliation after a comma, the writers parted by semicolons
        (
            "By Tom Hale, Varn University; Ines Volk, Harbour Institute; and Ada Poe, Tern Island Trust",
            ("Tom Hale", "Ines Volk", "Ada Poe"),
        ),
        ("Analysis by Sector", None),  # a subheading in title case: no one's name after "by"
        ("Review by Season and Route", None),
        ("Opinion by Design", None),
        # A guest's piece, and so in German: "a guest piece by", "a comment by"
        ("A guest post by Ines Volk", ("Ines Volk",)),
        ("Ein Gastbeitrag von Ines Volk", ("Ines Volk",)),
        ("Ein Kommentar von Ines Volk und Tom Hale", ("Ines Volk", "Tom Hale")),
        ("Kommentar von Anfang an kritisch begleitet", None),  # a sentence, not names alone
    ],
)
def test_bylines_that_name_the_kind_of_piece(line: str, authors: tuple[str, ...] | None) -> None:
    article = newsdoc.parse_text(f"Ferries return to the lake after the storm\n\n{line}\n\n{FERRY}\n")
    if authors is None:
        assert not isinstance(article.blocks[1], newsdoc.Fragment)
        assert article.authors == ()
        return
    assert (article.blocks[1], article.authors) == (newsdoc.Fragment(text=line, role="byline"), authors)


def test_a_title_case_headline_over_a_short_dek_is_the_title() -> None:
    """A headline with every word capitalised, over a dek with no full stop, is the title, not the dek.

    (A menu of capitalised words over a headline has the same shape: telling them apart is left to more evidence.)
    """
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    for dek in ("Residents say the decision was rushed", "The little boats that link the island villages are back"):
        text = f"Council Shuts Historic Ferry Pier\n\n{dek}\n\nBy Ines Volk\n\n{body}\n"
        assert newsdoc.parse_text(text).title == "Council Shuts Historic Ferry Pier"


@pytest.mark.parametrize(
    "line",
    [
        "\u00a9 2024 Lakeside Media Ltd. All rights reserved.",
        "Copyright \u00a9 2024 The Lakeside Ledger. All rights reserved. Privacy Policy | Terms of Use",
        "This material may not be published, broadcast or redistributed. \u00a92024 Lakeside Wire, Inc.",
        # the sign or the word and the year, opening the line or a sentence of it: the site signs its pages
        "\u00a9 2024 Tidewater Collective",
        "Copyright 2024 Valley Public Radio",
        "\u00a9 2019-2024 Tidewater Collective. Licensed under CC BY-ND 4.0.",
        "Harbour Voices is a nonprofit newsroom. \u00a9 2024 Harbour Voices",
        # the sign as a keyboard writes it, with a notice's words: "copyright holder ..., no copying or redistribution"
        "<저작권자(c) 바다일보, 무단 전재-재배포 금지>",
    ],
)
def test_the_sites_copyright_line_is_furniture(line: str) -> None:
    """The site's legal notice under a scraped page is its furniture, as on the page: no paragraph of the body."""
    blocks = newsdoc.parse_text(f"{FERRY}\n\n{line}\n").blocks
    assert blocks[-1] == newsdoc.Fragment(text=line)
    # A picture's copyright, after its caption, credits it.
    caption = newsdoc.parse_text(f"{FERRY}\n\nSailors wait on the quay. \u00a9 Ines Volk\n").blocks[-1]
    assert isinstance(caption, Caption)
    assert (caption.credit_prefix, caption.credit) == (" \u00a9 ", "Ines Volk")  # the sign is a label
    # Right under the picture, a year and a name say whose it is, no line of the site's (a guard, which passes
    # without the rule too).
    under = newsdoc.parse_text(f"{FERRY}\n\nsailors-quay-1200x800.jpg\n\n\u00a9 2024 Ines Volk\n").blocks[-1]
    assert not isinstance(under, newsdoc.Fragment)


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics said the copyright clause in the new terms of service would let the app reuse riders' photos.",
        "The court ruled the names may not be published, and the copyright in the photos stays with the family.",
        "Copyright lawyers at Lakeside Holdings Ltd did not answer questions about the privacy policy.",
        "Copyright, she said, is not a privacy policy: the council mixes the two up.",
    ],
)
def test_a_sentence_about_copyright_is_no_legal_notice(sentence: str) -> None:
    """A sentence of the story that names copyright and the terms of use stays in the body; a notice opens with it."""
    assert newsdoc.parse_text(f"{FERRY}\n\n{sentence}\n").blocks[-1] == Paragraph(text=sentence)
    notice = "Copyright 2024 Lakeside Wire. This material may not be published or redistributed."
    assert newsdoc.parse_text(f"{FERRY}\n\n{notice}\n").blocks[-1] == newsdoc.Fragment(text=notice)


@pytest.mark.parametrize(
    "sentence",
    [
        'Ostrova stamped each print "\u00a9 Wendel Ostrova 2023, all rights reserved" in red ink before the fair.',
        "The printer, Quayside Frames Ltd, says the mounts are its own work. Its owner, Bram Tjarks, said the "
        '\u00a9 mark "protects the picture, not the frame."',
        "Tjarks called the \u00a9 line \u201ca courtesy, nothing more\u201d and said he would frame the prints anyway.",
    ],
)
def test_a_sentence_that_quotes_a_copyright_line_stays_in_the_body(sentence: str) -> None:
    """A notice or credit is set as it is: the sign in a sentence's quote marks, or quoted words after it, are prose."""
    assert newsdoc.parse_text(f"{FERRY}\n\n{sentence}\n").blocks[-1] == Paragraph(text=sentence)
    # The site's notice quotes a name of its own after the sign, and stays furniture.
    notice = 'Copyright \u00a9 2024 Lakeside Media Ltd. "Lakeside Ledger" is a trademark. All rights reserved.'
    assert newsdoc.parse_text(f"{FERRY}\n\n{notice}\n").blocks[-1] == newsdoc.Fragment(text=notice)


@pytest.mark.parametrize("end", ["\u2019", ".\u2019", "\u00bb"])
def test_a_credit_after_a_caption_in_quote_marks(end: str) -> None:
    """A caption that quotes someone closes its quote marks before its credit: "‘We wait.’ Photograph: X"."""
    quoted = f"\u2018We wait for the ferry every morning{end}"
    (caption,) = newsdoc.parse_text(f"{quoted} Photograph: Ilse Draaijer/Harbour News").blocks
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == (quoted, "Ilse Draaijer/Harbour News")


@pytest.mark.parametrize("mark", [" | ", ". ", ". \u2014 "])
def test_the_photographer_and_the_outlet_they_worked_for(mark: str) -> None:
    """Under a picture, after a bar or the caption's last sentence, "Jane Roe for The Harbour Times" credits it.

    After the last sentence and a dash, it does over a line of alt text too, in an article's text.

    Not in the body: "Sign Up for Our Newsletter" ends a paragraph in its shape.
    """
    line = f"Sailors wait on the quay{mark}Ilse Draaijer for The Harbour Times"
    caption = newsdoc.parse_text(f"sailors-quay-1200x800.jpg\n\n{line}\n").blocks[-1]
    assert isinstance(caption, Caption)
    assert caption.credit == "Ilse Draaijer for The Harbour Times"
    promo = "We will keep covering the story as it develops. Sign Up for Our Newsletter"
    assert newsdoc.parse_text(f"{FERRY}\n\n{promo}\n").blocks[-1] == Fragment(text=promo)  # a promo, no credit


@pytest.mark.parametrize(
    ("line", "text", "prefix", "credit"),
    [
        (
            "The north landing, two views, photos \u00a9 Ines Volk, 2024",
            "The north landing, two views",
            ", photos \u00a9 ",
            "Ines Volk, 2024",
        ),
        (
            "The north landing at dawn. Photo \u00a9 Ines Volk",
            "The north landing at dawn.",
            " Photo \u00a9 ",
            "Ines Volk",
        ),
        (
            "The north landing at dawn. Images \u00a9 Ines Volk 2024",
            "The north landing at dawn.",
            " Images \u00a9 ",
            "Ines Volk 2024",
        ),
        # the picture's label with its colon after the sign, as German sites set it
        (
            "Der Anleger im Morgenlicht. \u00a9 Foto: Ines Volk",
            "Der Anleger im Morgenlicht.",
            " \u00a9 Foto: ",
            "Ines Volk",
        ),
    ],
)
def test_a_copyright_credit_that_names_its_pictures(line: str, text: str, prefix: str, credit: str) -> None:
    """ "Photo \u00a9 Jane Roe": the picture's word is the label; a year after the holder is the picture's."""
    caption = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{line}\n").blocks[-1]
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit_prefix, caption.credit) == (text, prefix, credit)


def test_a_dashed_credit_for_an_outlet_under_alt_text() -> None:
    """Between the byline and the body, a phrase over a caption whose credit, after a dash, names its outlet."""
    alt = "A ferry hand throws a rope to the quay as the boat comes in"
    caption = (
        "The first crossing in a week reached the north landing on Friday night. \u2014 Ilse Draaijer for the Gazette"
    )
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{alt}\n\n{caption}\n\n{FERRY}\n")
    assert article.blocks[2] == newsdoc.Image(alt=alt)
    assert article.blocks[3] == Caption(
        text=caption.partition(" \u2014")[0],
        credit="Ilse Draaijer for the Gazette",
        image=2,
        credit_prefix=" \u2014 ",
        credit_suffix="",
    )


@pytest.mark.parametrize(
    "credit", ["Ilse Draaijer for The Gazette", "Gazette Wire/Ilse Draaijer", "Ilse Draaijer/Gazette Wire"]
)
def test_a_credit_no_one_knows_under_the_lead_pictures_alt_text(credit: str) -> None:
    """Under the date, a phrase over a caption whose credit names the photographer and her outlet with no label (a
    credit read only beside a picture): the alt text says the picture is there."""
    alt = "A ferry hand throws a rope to the quay as the boat comes in"
    caption = f"The first crossing in a week reached the north landing on Friday night. {credit}"
    lines = ["Ferries Resume After the Storm", "By Ines Volk", "March 5, 2024", alt, caption, FERRY]
    article = newsdoc.parse_text("\n\n".join(lines) + "\n")
    assert article.blocks[3] == newsdoc.Image(alt=alt)
    caption = article.blocks[4]
    assert isinstance(caption, Caption)
    assert (caption.credit, caption.image) == (credit, 3)
    # (a guard, which passes without the rule too) the story's sentences, naming no one after them, stay its own
    said = "The first crossing in a week reached the north landing on Friday night, the harbour master said."
    article = newsdoc.parse_text("\n\n".join([*lines[:4], said, FERRY]) + "\n")
    assert type(article.blocks[4]) is Paragraph


@pytest.mark.parametrize(
    ("line", "credit", "prefix"),
    [
        # a picture's word without its colon, as French and Dutch papers set it, a name of two words or an agency's
        ("Les joueuses brandissent la coupe. Photo Claire Dubois", "Claire Dubois", " Photo "),
        ("Een klant bij het koffieschap van de winkel. Beeld Koen Verhoeven", "Koen Verhoeven", " Beeld "),
        # an organisation's name in sentence case after the label, as Czech writes one
        (
            "St\u00e1do na farm\u011b u lesa na Vyso\u010din\u011b. Foto: Horsk\u00e1 louka",
            "Horsk\u00e1 louka",
            " Foto: ",
        ),
        # the small c in a circle Korean papers write; Turkish "image"; a press office in Ukrainian, in lower case
        ("부두에 배가 들어온다. ⓒ항구일보", "항구일보", " ⓒ"),
        ("Liman sabah erken saatlerde. G\u00f6rsel: Ay\u015fe Kaya", "Ay\u015fe Kaya", " G\u00f6rsel: "),
        ("Пором біля причалу вранці. Фото: пресслужба порту", "пресслужба порту", " Фото: "),
        # and "from the personal archive" of the story's subject, in Russian
        ("Паром у причала утром. Фото: из личного архива капитана", "из личного архива капитана", " Фото: "),
        # full-width brackets after a Chinese full stop; Japanese "provided:" after the wide space
        ("渡轮清晨停靠在码头。（摄影：周晓岚）", "周晓岚", "（摄影："),
        ("早朝の港に着いたフェリー（3日）\u3000提供：港町観光協会", "港町観光協会", "\u3000提供："),
        # the photographer for her paper, in French; after Urdu's full stop; after a space between Thai words
        ("Le ferry au quai de Lyon. Photo : Jeanne Roux pour Le Quai", "Jeanne Roux pour Le Quai", " Photo : "),
        ("بندرگاہ پر کشتی صبح پہنچی۔ فوٹو: نادیہ خان", "نادیہ خان", " فوٹو: "),
        ("เรือข้ามฟากเทียบท่าตอนเช้า ภาพ: สำนักข่าวท่าเรือ", "สำนักข่าวท่าเรือ", " ภาพ: "),
    ],
)
def test_a_credit_after_a_pictures_word(line: str, credit: str, prefix: str) -> None:
    caption = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{line}\n").blocks[-1]
    assert isinstance(caption, Caption)
    assert (caption.credit, caption.credit_prefix) == (credit, prefix)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright \u00a9 2024 Harbour Media Ltd. All rights reserved.",
        "\u00a9 Copyright The Harbour Corporation",  # a company's copyright: the site's, not a picture's
        "Photos: Cars through the years",
        "Fotos: so feierte die Stadt",  # a gallery link in German
        "J. Scott spoke to the council about the quay.",
        "By Ines Volk | Harbour Desk for The Times",  # a byline: the desk she writes for
        "The ferry will run again in May. / Ines Volk",  # a slash and a name credit a picture only under one
        # an outlet no one here knows, its photo desk and a name: or a club's prize ("only under a picture")
        "Entries close at the end of May, the organisers said. Lakeside Photo/Film Prize",
        # a site's notice, its year and its name, whatever it covers
        "Text and photos \u00a9 2024 Harbour Media Ltd. All rights reserved.",
        "Text and photos \u00a9 Ines Volk 2024",
        # (guards, which pass without the rule too) a picture's word that opens a name: an agency's, or one word
        "The museum reopened its doors in March. Picture Alliance",
        "She has run the shop for years. Image Comics",
        "She took the pictures herself. Photos: Harbour view",
    ],
)
def test_lines_that_only_look_like_credits(line: str) -> None:
    article = newsdoc.parse_text(f"Ferries Resume\n\nThe body goes on here.\n{line}\n")
    assert not any(isinstance(b, Caption) and b.credit for b in article.blocks)


@pytest.mark.parametrize(
    ("lines", "caption"),
    [
        (  # as a browser shows it
            "Image copyright Harbour Board\nImage caption Sailors wait on the quay at dawn",
            Caption(
                text="Sailors wait on the quay at dawn",
                credit="Harbour Board",
                credit_prefix="Image copyright ",
                credit_suffix="\nImage caption ",
                credit_first=True,
            ),
        ),
        (  # a span a line
            "Image copyright\nHarbour Board\nImage caption\nSailors wait on the quay at dawn",
            Caption(
                text="Sailors wait on the quay at dawn",
                credit="Harbour Board",
                credit_prefix="Image copyright\n",
                credit_suffix="\nImage caption\n",
                credit_first=True,
            ),
        ),
        # a video's caption, as a broadcaster labels it, no credit over it
        (
            "Media caption\nSailors wait on the quay at dawn",
            Caption(text="Media caption\nSailors wait on the quay at dawn"),
        ),
    ],
)
def test_a_labelled_credit_over_a_labelled_caption_is_one_caption(lines: str, caption: Caption) -> None:
    """The "Image caption" label announces the caption under it: it is no caption of the credit above, but the
    credit is the caption's, set first."""
    text = f"Ferries Resume\n\n{FERRY}\n\n{lines}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert [b for b in article.blocks if isinstance(b, Caption)] == [caption]
    assert not any("Image caption" in b.text for b in article.blocks if isinstance(b, Paragraph))
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    "figure",
    [
        "Sailors wait on the quay at dawn.\ntoggle caption\nInes Volk/Harbour Wire",  # a line each
        "Enlarge this image\nSailors wait on the quay at dawn.\n\ntoggle caption Ines Volk/Harbour Wire",  # a browser's
    ],
)
def test_the_credit_under_a_captions_button_is_the_captions(figure: str) -> None:
    """A public broadcaster's figure: its caption, the button that shows or hides it, then the credit."""
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{figure}\n\n{FERRY}\n").blocks
    [caption] = [b for b in blocks if isinstance(b, Caption)]
    assert (caption.text, caption.credit) == ("Sailors wait on the quay at dawn.", "Ines Volk/Harbour Wire")
    # a labelled credit announces the caption under it, not the line above
    figures = "Gulls over the pier.\n\nImage copyright Ines Volk\n\nSailors wait on the quay at dawn."
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{figures}\n\n{FERRY}\n").blocks
    assert Paragraph(text="Gulls over the pier.") in blocks


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        # after a full stop of Chinese or Japanese, with no space, and a full-width colon
        (
            "\u8336\u9986\u91cc\u4e0b\u68cb\u7684\u8001\u4eba\u4eec\u3002\u56fe\u7247\uff1a\u5c71\u57ce\u65e5\u62a5",
            "\u8336\u9986\u91cc\u4e0b\u68cb\u7684\u8001\u4eba\u4eec\u3002",
            "\u5c71\u57ce\u65e5\u62a5",
        ),
        # Korean's "=": "photo=agency"
        (
            "\uc2dc\uc7a5 \uc55e \uac70\ub9ac. \uc0ac\uc9c4=\ud56d\uad6c\ub274\uc2a4",
            "\uc2dc\uc7a5 \uc55e \uac70\ub9ac.",
            "\ud56d\uad6c\ub274\uc2a4",
        ),
        # after Hindi's full stop, the danda: "photo: file"
        (
            "\u092c\u093e\u091c\u093c\u093e\u0930 \u092e\u0947\u0902 \u092d\u0940\u0921\u093c\u0964 "
            "\u092b\u094b\u091f\u094b: \u092b\u093e\u0907\u0932",
            "\u092c\u093e\u091c\u093c\u093e\u0930 \u092e\u0947\u0902 \u092d\u0940\u0921\u093c\u0964",
            "\u092b\u093e\u0907\u0932",
        ),
        (
            "\u039f\u03b9 \u03c8\u03b1\u03c1\u03ac\u03b4\u03b5\u03c2 \u03c3\u03c4\u03bf "
            "\u03bb\u03b9\u03bc\u03ac\u03bd\u03b9. "
            "\u03a6\u03a9\u03a4\u039f: \u0395\u03bb\u03ad\u03bd\u03b7 \u039c\u03ac\u03c1\u03bf\u03c5",
            "\u039f\u03b9 \u03c8\u03b1\u03c1\u03ac\u03b4\u03b5\u03c2 \u03c3\u03c4\u03bf "
            "\u03bb\u03b9\u03bc\u03ac\u03bd\u03b9.",
            "\u0395\u03bb\u03ad\u03bd\u03b7 \u039c\u03ac\u03c1\u03bf\u03c5",
        ),
        (
            "Ng\u01b0 d\u00e2n k\u00e9o l\u01b0\u1edbi. \u1ea2nh: Tr\u1ea7n Minh",
            "Ng\u01b0 d\u00e2n k\u00e9o l\u01b0\u1edbi.",
            "Tr\u1ea7n Minh",
        ),
        # a private picture, whoever took it: "Foto: Arhivă personală", "(Foto: privat)"
        (
            "Elevii \u00een sala de lectur\u0103. Foto: Arhiv\u0103 personal\u0103",
            "Elevii \u00een sala de lectur\u0103.",
            "Arhiv\u0103 personal\u0103",
        ),
        ("Die Autorin am Hafen. (Foto: privat)", "Die Autorin am Hafen.", "privat"),
        # after the label, the photographer, then her agency or outlet in lower case, after a slash or a comma
        ("Die F\u00e4hre am Kai. Foto: Ines Volk/nordbild", "Die F\u00e4hre am Kai.", "Ines Volk/nordbild"),
        (
            "Trajekt v p\u0159\u00edstavu. Foto: Ines Volk, P\u0159\u00edstavn\u00ed listy",
            "Trajekt v p\u0159\u00edstavu.",
            "Ines Volk, P\u0159\u00edstavn\u00ed listy",
        ),
        # the label without its colon, in brackets, as Italian papers set it
        ("Il traghetto al molo. (Foto Ines Volk)", "Il traghetto al molo.", "Ines Volk"),
        ("Il traghetto al molo (Foto Comune di Varn)", "Il traghetto al molo", "Comune di Varn"),
        # and in lower case; or a press office's, which hands the picture out, in brackets too
        ("Il traghetto al molo (foto Ines Volk)", "Il traghetto al molo", "Ines Volk"),
        (
            "Il traghetto al molo. (Foto: Ufficio stampa Varn Linee)",
            "Il traghetto al molo.",
            "Ufficio stampa Varn Linee",
        ),
        ("El muelle. (Foto: archivo familiar)", "El muelle.", "archivo familiar"),
        # in the languages that join nouns into one word, the archive or the collection is its last part
        ("De veerboot aan de kade. Foto: familiearchief Volk", "De veerboot aan de kade.", "familiearchief Volk"),
        # (a guard, which passes without the rule too: capitals make it a name)
        ("Die F\u00e4hre am Kai. Foto: Stadtarchiv Varn", "Die F\u00e4hre am Kai.", "Stadtarchiv Varn"),
        ("De veerboot aan de kade. Foto: priv\u00e9collectie", "De veerboot aan de kade.", "priv\u00e9collectie"),
        ("Ferjen ved kaia. Foto: privatarkiv", "Ferjen ved kaia.", "privatarkiv"),
        ("De veerboot aan de kade. Foto: archief", "De veerboot aan de kade.", "archief"),  # a file picture
        # German: a picture that stands for the story's subject
        (
            "Ein F\u00e4hrschiff am Kai. Symbolfoto: Ines Volk/Inselbote",
            "Ein F\u00e4hrschiff am Kai.",
            "Ines Volk/Inselbote",
        ),
        # a reader's picture, in Swedish and German
        ("Norrsken över sjön. Läsarbild: Ines Volk", "Norrsken över sjön.", "Ines Volk"),
        ("Polarlicht über dem Hafen. Leserfoto: Ines Volk", "Polarlicht über dem Hafen.", "Ines Volk"),
        # Japanese: the credit after the caption's wide space
        ("フェリー乗り場（3日、港町）\u3000写真：山田 花子", "フェリー乗り場（3日、港町）", "山田 花子"),
        (
            "乗客と握手する船長＝3日午後、港町中央通り\u3000写真：山田 花子",
            "乗客と握手する船長＝3日午後、港町中央通り",
            "山田 花子",
        ),
        # Chinese: a chart's title after its label, then its data's source
        ("图表：2019—2024年港口客运量 | 数据来源：港务局", "图表：2019—2024年港口客运量", "港务局"),
        # what the newsroom made of it, after its name in lower case: its analysis, its screenshot
        ("Fares by route, 2024. Chart: Skerry Courier analysis", "Fares by route, 2024.", "Skerry Courier analysis"),
        (
            "A post shared 900 times. Credit: Skerry Courier screenshot",
            "A post shared 900 times.",
            "Skerry Courier screenshot",
        ),
        # German "data" in a chart's second field; Filipino "taken by", in brackets without a colon
        (
            "Fahrgäste je Linie, 2024. Grafik: Inselbote / Daten: Hafenamt",
            "Fahrgäste je Linie, 2024.",
            "Inselbote / Daten: Hafenamt",
        ),
        ("Ang lantsa sa pantalan. (Kuha ni Ines Volk)", "Ang lantsa sa pantalan.", "Ines Volk"),
    ],
)
def test_a_credit_as_other_languages_label_it(caption: str, text: str, credit: str) -> None:
    found = classify.find_credit(caption, newsdoc.DEFAULT_CUES)
    assert found is not None
    assert (found.text, found.credit, found.strong) == (text, credit, True)


@pytest.mark.parametrize(
    "line",
    [
        "The ferry at the quay. Photos: Ferries, old and new",  # a gallery's name, no person's
        "The council voted in May (Photo finish expected)",  # a phrase in brackets
    ],
)
def test_a_label_over_no_ones_name_credits_no_one(line: str) -> None:
    """(A guard of the photographer's outlet in lower case and of the label without a colon in brackets.)"""
    assert classify.find_credit(line, newsdoc.DEFAULT_CUES) is None


def test_chinese_is_counted_in_words_its_spaces_do_not_part() -> None:
    """Two characters a word, as a rule: a line of Chinese is no one-word label, a paragraph no short line."""
    headline = "\u5c71\u57ce\u8001\u8336\u9986\u8fce\u6765\u65b0\u5ba2\u4eba"  # ten characters
    assert classify.word_count(headline) == 5
    assert classify.word_count("Ferries resume") == 2
    assert classify.word_count(headline * 40, 60) == 61  # no further than asked
    lines = [
        headline,
        "\u6e05\u6668\u516d\u70b9\uff0c\u8001\u8857\u5c3d\u5934\u7684\u8336\u9986\u5df2\u7ecf\u5750\u6ee1\u4e86\u4eba\u3002",
        "\u8fd9\u5bb6\u8336\u9986\u5f00\u4e86\u56db\u5341\u591a\u5e74\uff0c\u6700\u8fd1\u6765\u4e86\u4e0d\u5c11\u5e74\u8f7b\u4eba\u3002",
        "\u8336\u9986\u91cc\u4e0b\u68cb\u7684\u8001\u4eba\u4eec\u3002\u56fe\u7247\uff1a\u5c71\u57ce\u65e5\u62a5",
        "\u738b\u5927\u4f2f\u8bf4\uff0c\u53ea\u8981\u8fd8\u6709\u4eba\u6765\u559d\u8336\uff0c\u4ed6\u5c31\u4f1a\u4e00\u76f4\u5f00\u4e0b\u53bb\u3002",
    ]
    article = newsdoc.parse_text("\n\n".join(lines) + "\n")
    assert article.title == headline  # a script without capitals opens a headline too
    assert [type(b).__name__ for b in article.blocks] == ["Heading", "Paragraph", "Paragraph", "Caption", "Paragraph"]


@pytest.mark.parametrize("credit", ["Ilse Draaijer", "@ilsedraaijer"])
def test_a_credit_label_alone_under_a_caption_and_the_credit_under_it(credit: str) -> None:
    """A scraper breaks "Photo: Ilse Draaijer" before the link: the label alone on a line under the caption,
    the credit under it. Under a menu's items, "Photo" is one of them (guards, which pass without the rule too)."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    text = f"Ferries Resume\n\n{body}\n\nSailors wait on the quay at dawn.\nPhoto\n{credit}\n\n{body}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[2] == Caption(
        text="Sailors wait on the quay at dawn.", credit=credit, credit_prefix="\nPhoto\n", credit_suffix=""
    )
    assert newsdoc.to_text(article) == text
    text = f"Ferries Resume\n\n{body}\n\nLocal News\nPhoto\nVideo\n\n{body}\n"
    assert not newsdoc.parse_text(text).blocks_of(Caption)


def test_a_credit_label_glued_to_the_caption() -> None:
    """A browser shows a caption and its credit in two spans, with no space between."""
    (caption,) = newsdoc.parse_text("Sailors wait on the quay at dawnCredit: Ilse Draaijer").blocks
    assert caption == Caption(
        text="Sailors wait on the quay at dawn", credit="Ilse Draaijer", credit_prefix="Credit: ", credit_suffix=""
    )


@pytest.mark.parametrize(
    ("name", "picture"),
    [
        ("DSC01234", True),
        ("GOPR0412", True),
        ("IMG_2041", True),
        ("ilse-draaijer-headshot", True),
        ("Harbourfan2015", False),
        ("555-201-4477", False),  # a phone number, in the contact lines of a page's footer
        ("2024-05-14", False),
    ],
)
def test_a_file_name_is_a_picture_and_a_users_handle_is_not(name: str, picture: bool) -> None:
    """A camera names a picture with a short prefix and a number, a site with a slug of words; a commenter's
    handle is a word and a number, and numbers with hyphens between are a phone number or a date."""
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{name}\n2 days ago at 08:51 am\n\nI took this ferry.\n"
    blocks = newsdoc.parse_text(text).blocks
    assert isinstance(blocks[2], newsdoc.Image) is picture
    assert isinstance(blocks[3], Caption) is picture


def test_a_link_to_the_sites_copyright_page_is_no_credit() -> None:
    """ "Copyright and Permissions" in a footer's list of links names a page, not who holds a picture's rights."""
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n* Home Delivery\n* Copyright and Permissions\n* Contact Us\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[2] == ItemList(items=("Home Delivery", "Copyright and Permissions", "Contact Us"), bullet="* ")
    # A holder named after the word is a credit under a caption.
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\nSailors wait on the quay.\nCopyright Ana Ruiz\n\n{FERRY}\n"
    assert newsdoc.parse_text(text).blocks[2] == Caption(
        text="Sailors wait on the quay.", credit="Ana Ruiz", credit_prefix="\nCopyright ", credit_suffix=""
    )


def test_a_lists_mark_alone_captions_nothing() -> None:
    """A gallery's empty items ("*" a line) over a credit: the credit is no caption's whose text is the mark."""
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n*\n*\nPhoto: Ana Ruiz\n\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[3] == newsdoc.Paragraph(text="*", spacing="\n")
    assert blocks[4] == Caption(text="", credit="Ana Ruiz", credit_prefix="Photo: ", credit_suffix="", spacing="\n")


def test_credit_line_above_its_caption() -> None:
    """A credit line over its caption, a line break between: the caption's credit, set first."""
    text = "Ferries Resume\n\nThe body.\n\nPhoto: Ilse Draaijer\nSailors wait on the quay.\n\nMore of the body.\n"
    caption = newsdoc.parse_text(text).blocks[2]
    assert caption == Caption(
        text="Sailors wait on the quay.",
        credit="Ilse Draaijer",
        credit_prefix="Photo: ",
        credit_suffix="\n",
        credit_first=True,
    )


@pytest.mark.parametrize("first", [True, False])
def test_a_credit_line_between_the_bodys_paragraph_and_a_caption_keeps_the_pages_way(first: bool) -> None:
    """One line at a time: a credit's line under a paragraph of two sentences, over a caption's line.

    The page sets each picture's credit one way: where the caption over it keeps its credit first,
    so does the caption under the line; where a caption keeps it after, the paragraph over it,
    two sentences, is a caption too (a guard, which passes without the rule too).
    """
    lead = (
        "Photo: Ilse Draaijer\nSailors wait on the quay."
        if first
        else "Sailors wait on the quay.\nPhoto: Ilse Draaijer"
    )
    lines = [
        "Ferries Resume",
        lead,
        LANTERN,
        "The crossing takes an hour. The fare is ten crowns each way, and children ride for free on weekdays.",
        "Photo: Odo Brack",
        "The new ferry at its berth.",
        LANTERN,
    ]
    blocks = newsdoc.parse_text("\n".join(lines) + "\n").blocks
    captions = [block for block in blocks if isinstance(block, Caption)]
    assert [(c.credit, c.credit_first) for c in captions] == [("Ilse Draaijer", first), ("Odo Brack", first)]
    assert captions[1].text == ("The new ferry at its berth." if first else lines[3])


def test_alt_lines() -> None:
    text = (
        "Ferries Resume After the Storm\n\n"
        "By Ines Volk\n\n"
        "DSC_0412\nThe quay at dawn.\n\n"
        "Sailors on the quay\nSailors on the quay wait for the first ferry. REUTERS/Ilse Draaijer\n\n"
        "The crossing takes an hour.\n"
    )
    blocks = newsdoc.parse_text(text).blocks
    assert [type(b).__name__ for b in blocks] == [
        "Heading",
        "Fragment",
        "Image",
        "Caption",
        "Image",
        "Caption",
        "Paragraph",
    ]
    assert [getattr(b, "image", None) for b in blocks] == [None, None, None, 2, None, 4, None]


def test_headline_with_abbreviations_and_many_words() -> None:
    title = "U.N. and U.S. Envoys Meet in Geneva to Discuss the Reopening of the Grain Corridor Across the Black Sea"
    article = newsdoc.parse_text(f"{title}\n\nThe envoys met on Tuesday.\n\nThey will meet again.\n")
    assert article.title == title


@pytest.mark.parametrize(
    "chrome",
    [
        "Tag Archives: ferries",
        "Posts Tagged \u2018ferries\u2019",
        "Tagged with: ferries",
        "Skip to main content",
        # the same link in a template's other languages
        *("Aller au contenu", "Zum Inhalt springen", "Ir al contenido", "Pular para o conte\u00fado"),
        *("Siirry sis\u00e4lt\u00f6\u00f6n", "Ugr\u00e1s a tartalomra", "본문 바로가기"),  # Finnish, Hungarian, Korean
    ],
)
def test_site_chrome_is_no_headline(chrome: str) -> None:
    article = newsdoc.parse_text(f"{chrome}\n\nFerries Resume\n\nThe body.\n\nMore.\n")
    assert article.title == "Ferries Resume"
    assert article.blocks[0] == newsdoc.Fragment(text=chrome)


def test_a_menu_over_the_headline_is_the_pages_furniture() -> None:
    """A whole page's text: the site's menu and buttons, line after line, then the story under its headline."""
    menu = ["Harbour Voices", "Home", "Local news", "Log in", "Subscribe today for one pound"]
    notice = "Our reporters cover the islands and the harbour every day."
    text = "\n\n".join([*menu, notice, "Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY]) + "\n"
    article = newsdoc.parse_text(text)
    assert article.title == "Ferries Resume After the Storm"
    assert article.blocks[: len(menu)] == tuple(newsdoc.Fragment(text=line) for line in menu)
    assert article.blocks[len(menu)] == Paragraph(text=notice)  # a sentence: left as it is
    assert newsdoc.to_text(article) == text
    # The page's title first, as a browser's copy gives it, then the menu: the headline is the one over the story
    headline, menu = "Ferries Resume After the Storm", menu[:4]
    text = "\n\n".join([headline, *menu, headline, "By Ines Volk", FERRY, FERRY]) + "\n"
    assert newsdoc.parse_text(text).blocks[1 : 1 + len(menu)] == tuple(newsdoc.Fragment(text=line) for line in menu)
    # A line or two over the headline may be the story's own, a headline found amid it: no furniture (the line
    # right over it, a label of a few words, is its kicker, a column's name)
    text = "\n\n".join(["Harbour Voices", "Island Notes", "Ferries Resume After the Storm", "By Ines Volk", FERRY])
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[:2] == (Paragraph(text="Harbour Voices"), Fragment(text="Island Notes", role="kicker"))


@pytest.mark.parametrize(
    "row",
    ["News  Islands  Weather  Letters", "News | Islands | Weather | Letters", "News \u00b7 Islands \u00b7 Weather"],
)
def test_the_sites_name_over_its_menu_in_a_row_is_no_headline(row: str) -> None:
    """A page's text opens with the site's name, its sections on one line, a button; the headline stands under them.

    The body may name the site ("the Harbour Lantern" is the story's subject too).
    """
    headline = "The last lamplighter of the harbour hands over his keys"
    dek = "For forty winters Tomas Reyes lit the harbour lamps by hand. On Friday the council switched them to timers."
    lead = (
        "Tomas Reyes climbed the harbour steps with his lamp pole for the last time on Friday, as the Harbour "
        "Lantern's readers had asked us to record. The council's new timers will do the work from Monday."
    )
    lines = ["Harbour Lantern", row, "Support us", "In pictures", headline, dek, "Fri 1 March 2024", lead, FERRY]
    article = newsdoc.parse_text("\n\n".join(lines) + "\n")
    assert article.title == headline
    assert article.blocks[0] != Heading(text="Harbour Lantern", level=1)
    # A headline over its share buttons, the byline or the body under them, stays the headline (a guard, which passes
    # without the rule too)
    for under in (["By Ines Volk", lead], [lead]):
        text = "\n\n".join([headline, "Share  Post  Email", *under, FERRY]) + "\n"
        assert newsdoc.parse_text(text).title == headline


@pytest.mark.parametrize("site", ["Harbour Lantern", "HARBOUR LANTERN"])
@pytest.mark.parametrize("label", ["Health | Medicine", "Science \u00b7 Tribune", "CLIMATE & ENVIRONMENT", "Opinion"])
def test_the_menu_in_a_row_and_a_sections_label_of_two_parts_over_the_headline(site: str, label: str) -> None:
    """The site's name, its menu in a row, the section and its topic over the headline: the page's, and the kicker."""
    headline = "The last lamplighter of the harbour hands over his keys"
    lines = [site, "News | Islands | Weather | Letters", label, headline, "By Ines Volk", FERRY, FERRY]
    article = newsdoc.parse_text("\n\n".join(lines) + "\n")
    assert article.blocks[:3] == (
        Fragment(text=site),
        Fragment(text=lines[1]),
        Fragment(text=label, role="kicker"),
    )
    assert article.title == headline


def test_a_menu_in_a_row_is_no_headline_over_a_short_one() -> None:
    """A magazine's sections on one line over a short headline, its byline under it: the row is no headline."""
    row = "Essays  Fiction  Poetry  Reviews  Shop"
    lines = [row, "The lamp wicks", "By Orla Penn", "Spring 2024", LANTERN, LANTERN]
    assert newsdoc.parse_text("\n\n".join(lines) + "\n").title == "The lamp wicks"


def test_the_field_of_who_publishes_a_government_page_is_no_headline() -> None:
    """A government's page of a speech: its publisher in a "From:" field under the headline and its dek, over the date.

    A speech's title names the occasion; the dek and the publisher's field name what the body says.
    """
    lines = [
        *("Skip to main content", "Government of the Varn Islands", "Menu"),
        *("Departments   Ministers   News   Consultations", "Home > News > Speeches", "Speech"),
        "Remarks by Minister Ines Volk at the opening of the Northern Quay Summit",
        "The Minister for Harbours and Coastal Defence set out the plan to fund sea walls and managed retreat.",
        "From: Ministry of Harbours and Coastal Defence and The Hon Ines Volk MP",
        *("Published 3 March 2024", "Delivered on: 3 March 2024", "Check against delivery"),
        "Thank you, Mayor Roe, and thank you all for coming to Varn Point today.",
        "I want to begin with the families from the harbour who are here today. Eighteen months ago the sea took"
        " their street, and they have waited for an answer since.",
        "So let me be direct.",
        "For thirty years our approach to the coast has been to build a wall and hope. Walls still matter, and we"
        " will build them where they work, but we will also help families move where they do not.",
    ]
    assert newsdoc.parse_text("\n\n".join(lines) + "\n").title == lines[6]


def test_a_label_of_a_few_words_over_the_headline_under_the_menu_is_no_headline() -> None:
    """A newswire's page: its name, its menu, "Press Release" over the headline, then the date and the release.

    (A guard of the rule of the site's name over its menu, which passes without it too.)
    """
    headline = "Skerry Lantern Works Opens a Second Workshop on the Quay"
    lead = (
        "SKERRY, March 3, 2024 -- Skerry Lantern Works, a maker of ship lamps, opened a second workshop on the quay "
        "on Monday, adding twelve jobs to its lantern workshop in the harbour."
    )
    lines = ["HARBOUR NEWSWIRE", "Home | Newsroom | Submit a Release", "Press Release", headline]
    text = "\n\n".join([*lines, "March 3, 2024 09:15 ET | Source: Skerry Lantern Works", "Share", lead, FERRY])
    assert newsdoc.parse_text(text + "\n").title == headline


def test_the_pages_footer_after_the_story_is_furniture() -> None:
    """After the note that closes the story, or a label of the page: other stories' headlines, the footer's links."""
    footer = ["Pier plan put to a vote", "Ferry fares rise in May", "About us", "Privacy policy"]
    note = "This story was produced in partnership with the Lake Reporting Fund."
    for closing in ([note], [note, "More stories"], ["More stories"]):
        text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, *closing, *footer]) + "\n"
        article = newsdoc.parse_text(text)
        assert article.blocks[-len(footer) :] == tuple(newsdoc.Fragment(text=line) for line in footer)
    # A story that ends on a short list, with nothing of the page's around it, keeps it ("About us" and "Privacy
    # policy" on a line of their own are the footer's, wherever they stand)
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, *footer[:2]]) + "\n"
    assert newsdoc.parse_text(text).blocks[-1] == Paragraph(text=footer[1])


@pytest.mark.parametrize("under", [[], ["About us", "Privacy policy"]])
def test_a_call_to_the_reader_under_the_note_that_closes_the_story_is_furniture(under: list[str]) -> None:
    """The newsroom's call under the note that closes the piece, over the footer or last: "Donate today."."""
    note = "This article is republished from Skerry Voices under a Creative Commons license."
    call = "Support independent island journalism. Donate to the Harbour Bureau today."
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, note, call, *under]) + "\n"
    assert newsdoc.parse_text(text).blocks[5] == newsdoc.Fragment(text=call)
    # right under the story's prose, no note over it, it may be the story's last words (a guard, which passes without
    # the rule too)
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, call]) + "\n"
    assert newsdoc.parse_text(text).blocks[-1] == Paragraph(text=call)


def test_a_sentence_broken_around_a_title_in_italics_is_one_paragraph() -> None:
    """``get_text("\\n")`` breaks a line at each element: a book's title in italics stands on a line of its own."""
    said = "Ines Volk spent twenty years mapping the islands for the harbour board. Her new book,"
    paragraph = f"{said}\nThe Long Crossing\n, tells how the charts were drawn."
    article = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk\n\n{paragraph}\n\n{FERRY}\n")
    assert article.blocks[2] == Paragraph(text=paragraph)
    # a byline's comma ends its line: the newsroom's name on the next is the byline's
    article = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk,\nHarbour News\n\n{FERRY}\n\n{FERRY}\n")
    assert article.authors == ("Ines Volk",)


def test_a_cookie_notice_amid_the_menu_over_the_headline_is_furniture() -> None:
    """A whole page's text opens with its menu, and a cookie notice amid it speaks to the reader."""
    notice = "We use cookies to show you the news you like."
    menu = ["News", "Sport", notice, "Accept all", "Manage choices"]
    text = "\n\n".join([*menu, "Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY]) + "\n"
    assert newsdoc.parse_text(text).blocks[: len(menu)] == tuple(newsdoc.Fragment(text=line) for line in menu)
    # a sentence over the headline with no menu's line round it is left as it is, unless it opens as a
    # cookie notice does ("We use cookies ...", "This website uses cookies ...")
    said = "Cookies help us show you the news you like."
    text = "\n\n".join(["News", "Sport", "Accept all", said, "Ferries Resume After the Storm", FERRY]) + "\n"
    assert Paragraph(text=said) in newsdoc.parse_text(text).blocks


@pytest.mark.parametrize(
    "notice",
    [
        "This website uses cookies to remember your choices. By staying on it you agree to their use.",
        "We use cookies (small files) to count visits.",
        "Este sitio web utiliza cookies para recordar sus preferencias. Puede cambiarlas cuando quiera.",
        "Ce site utilise des cookies pour compter les visites.",
        "Diese Website verwendet Cookies, um Besuche zu z\u00e4hlen.",
        "Utilizziamo i cookie per ricordare le tue scelte.",
        "Acest site folose\u0219te cookie-uri pentru a num\u0103ra vizitele.",  # Romanian
    ],
)
def test_a_cookie_notice_is_furniture_wherever_it_stands(notice: str) -> None:
    """A banner that asks leave to keep cookies opens by saying the site uses them; no sentence of a story does."""
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{notice}\n\n{FERRY}\n"
    assert newsdoc.parse_text(text).blocks[2] == newsdoc.Fragment(text=notice)


def test_a_sentence_on_cookies_is_the_storys() -> None:
    """(A guard, which passes without the rule too.) The cookies a bakery uses are no banner's."""
    line = "We used cookies from the bakery on the pier for the fundraiser."
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{line}\n\n{FERRY}\n"
    assert newsdoc.parse_text(text).blocks[2] == Paragraph(text=line)


@pytest.mark.parametrize(
    "line",
    [
        "Comments (37)",
        "Kommentare (4)",
        "Comentarios (1,204)",
        # Polish, Czech, Turkish, Ukrainian, Danish; an Austrian paper's count of readers' postings
        *(
            "Komentarze (214)",
            "Diskuze (87)",
            "Yorumlar (48)",
            "\u041a\u043e\u043c\u0435\u043d\u0442\u0430\u0440\u0456 (3)",
        ),
        *("Kommentarer (2)", "124 Postings"),
        # a label of more words; a row of buttons, a count after one; "share the article" in German and Danish
        *("Reader comments (9)", "Kommentare (12) \u00b7 Beitrag teilen", "Del artiklen  Mail  Facebook"),
        # a dash between the buttons; the count of the comments last, the button's words or the label's before it
        *("Komentarze (214) \u2013 Dodaj komentarz", "View 37 comments", "Read 9 Comments"),
        *("Join the conversation: 14 comments", "Join the discussion (31 comments)"),
        # the thread's prompt alone, in Romanian, French and Spanish
        *("Las\u0103 un comentariu", "R\u00e9agissez \u00e0 cet article", "Inicia sesi\u00f3n para comentar"),
        # a share button in Romanian and Norwegian; "Most read" over the links, in Swedish
        *("Distribuie pe Facebook", "Del p\u00e5 Facebook", "Mest l\u00e4st"),
    ],
)
def test_a_comments_button_with_its_count_in_brackets_is_furniture(line: str) -> None:
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{line}\n"
    assert newsdoc.parse_text(text).blocks[-1] == newsdoc.Fragment(text=line)


@pytest.mark.parametrize("line", ["The vote drew 212 comments", "Over 500 comments"])
def test_a_count_of_comments_in_words_of_the_story_is_no_button(line: str) -> None:
    """(A guard, which passes without the rule too.) The words before the count are no button's nor label's."""
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{line}\n"
    assert not isinstance(newsdoc.parse_text(text).blocks[-1], newsdoc.Fragment)


def test_the_writers_bio_over_a_note_of_prose_under_the_body() -> None:
    """Under the body, the bio of the writer the byline names is hers though a note of prose follows it, which
    makes the body seem to run on; the story names a source so, and that stays prose (a guard, which passes
    without the rule too)."""
    bio = "Ines Volk is a senior fellow at the Varn Institute. She spent ten years as a harbour pilot."
    note = (
        "The Varn Institute is an independent research body that studies ports and shipping, and it is paid for by "
        "members, trusts and a few firms."
    )
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{LANTERN}\n\n{LANTERN}\n\n{bio}\n\n{note}\n"
    assert newsdoc.parse_text(text).blocks[4] == newsdoc.Bio(text=bio, name="Ines Volk")
    source = "Tom Ek is a senior fellow at the Varn Institute. He spent ten years as a harbour pilot."
    article = newsdoc.parse_text(text.replace(bio, source))
    assert article.blocks[4] == Paragraph(text=source)


def test_a_time_stamp_amid_the_menu_over_the_page_is_no_headline() -> None:
    """The page's time, a line among the menu's over the story, is no headline, though it is a line of its own."""
    menu = ["Harbour Voices", "Log in", "Register", "14:53 GMT +3 20 November 2019", "Home", "World", "Sport"]
    text = "\n".join(menu) + "\n\n" + "\n\n".join([FERRY, FERRY, FERRY]) + "\n"
    assert newsdoc.parse_text(text).title != "14:53 GMT +3 20 November 2019"


def test_a_newsletters_box_amid_the_footer_is_furniture() -> None:
    """Amid the headlines and links under the story, a box speaks to the reader in a sentence or two."""
    box = [
        "The Morning Tide",
        "Our morning email brings you the island news before the first ferry.",
        "By signing up you agree to our privacy policy.",
    ]
    footer = ["Pier plan put to a vote", "Ferry fares rise in May", "\u00a9 2026 Skerry Ledger, a charity.", "About us"]
    last = "If you have seen the missing boat, call the harbour office."  # the story's, though it speaks to you
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, last, *box, *footer]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-len(box) - len(footer) :] == tuple(newsdoc.Fragment(text=line) for line in [*box, *footer])
    assert blocks[-len(box) - len(footer) - 1] == Paragraph(text=last)
    # a column's last words, in the first person, under its subheading: the story's
    ending = ["What we owe the islands", "We must rebuild the pier before the winter. Our ferries need it."]
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, *ending, *footer]) + "\n"
    assert newsdoc.parse_text(text).blocks[-len(footer) - 1] == Paragraph(text=ending[1])
    # a quoted sentence is someone's words, and the story's
    quoted = '"We will rebuild the pier," our harbour master said.'
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, box[0], quoted, *footer]) + "\n"
    assert Paragraph(text=quoted) in newsdoc.parse_text(text).blocks


@pytest.mark.parametrize(
    "pitch",
    [
        # a call to the reader, no "you" in it, of what the site offers
        "Download the Skerry Ledger app for ferry times and storm alerts.",
        "Comments are moderated. Please keep them civil and on topic.",
    ],
)
def test_a_call_to_the_reader_amid_the_footer_is_furniture(pitch: str) -> None:
    footer = ["Most read", "Pier plan put to a vote", "Ferry fares rise in May", pitch, "About us", "Privacy policy"]
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, *footer]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-len(footer) :] == tuple(newsdoc.Fragment(text=line) for line in footer)
    assert blocks[-len(footer) - 1] == Paragraph(text=FERRY)


@pytest.mark.parametrize(
    "line",
    [
        # to follow the newsroom on its social networks, unnamed; in Spanish
        "Follow us on social media for the latest ferry news.",
        "S\u00edguenos en nuestras redes sociales y recibe las noticias del puerto en tu correo",
        # a newsletter named, then what it is, after a colon or "our"; a Spanish pitch with its button run in
        "Sign up to Harbour Mornings: the day's ferry news before eight, every weekday",
        "Sign up to Tide Tables, our free weekly letter from the harbour.",
        "Recibe cada ma\u00f1ana las noticias del puerto en tu correo. Suscr\u00edbete gratis",
        # a question to the reader, then a call to the comments under the story
        "What do you think? Join the conversation in the comments below.",
        "Have you sailed on the new ferry? Share your thoughts in the comments.",
    ],
)
def test_a_call_to_the_reader_under_the_story_is_furniture(line: str) -> None:
    """The newsroom's call under the story's last paragraph: to follow it, subscribe, or comment."""
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, line]) + "\n"
    assert newsdoc.parse_text(text).blocks[-1] == Fragment(text=line)


def test_a_question_then_a_sentence_on_comments_is_the_storys() -> None:
    """(a guard, which passes without the rule too) "Share" as a noun after a question: the story's sentence."""
    line = "Why did they fall? Share prices slumped after the comments of the harbour board's chair on Monday."
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, line, FERRY]) + "\n"
    assert Paragraph(text=line) in newsdoc.parse_text(text).blocks


def test_a_sign_up_boxs_pitch_over_its_button_is_furniture_between_the_dek_and_the_byline() -> None:
    """A sign-up box under the dek: its name, a pitch that offers the reader something, its button; then the byline."""
    dek = "Odo Brack, 48, faces up to five years in prison when he is sentenced. He called the harbour office twice."
    pitch = "Get news alerts and our best reads. The stories that matter, delivered every weekday morning."
    box = ["Morning Briefing Emails", pitch, "SUBSCRIBE"]
    byline = ["March 3, 2026, 8:41 AM UTC", "By Ines Volk"]
    text = "\n\n".join(["Harbour Man Admits Threat", dek, *box, *byline, FERRY, FERRY]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[1] == newsdoc.Standfirst(text=dek)
    assert blocks[3] == newsdoc.Fragment(text=pitch)
    # over no button, or a pitch that offers nothing (a story's word to the reader): the story's (a pitch that
    # calls the reader to get what it offers, "Get news alerts ...", says by its words what it is)
    offer = "The stories that matter, delivered every weekday morning."
    for button, words in (("Share", offer), ("Subscribe", "If you saw the boat that night, call the harbour office.")):
        text = "\n\n".join(["Ferries Resume After the Storm", FERRY, FERRY, words, button, "About us"]) + "\n"
        assert Paragraph(text=words) in newsdoc.parse_text(text).blocks


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_donation_boxs_lines_over_its_button_are_furniture(gap: str) -> None:
    """A nonprofit newsroom's box amid the story, a sentence a line: its title that names what it is, a pitch
    that asks the reader, the button. A title that names nothing stays the story's (guards the title's test)."""
    box = ["Isles Bureau is nonprofit.", "Our reporting is free because readers like you chip in.", "Donate today"]
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n" + gap.join(box) + f"\n\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert [type(b) for b in blocks[2:5]] == [Fragment, Fragment, Fragment]
    assert [b.text for b in blocks[2:5]] == box  # type: ignore[union-attr]
    box[0] = "The crossing took an hour."
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n" + gap.join(box) + f"\n\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[2] == Paragraph(text=box[0], spacing=None)
    assert [type(b) for b in blocks[3:5]] == [Fragment, Fragment]


@pytest.mark.parametrize(
    "box",
    [
        [
            "Newsletter",
            "Der Hafenbrief: Jeden Freitag die wichtigsten Nachrichten von der K\u00fcste.",
            "Jetzt anmelden",
        ],
        # (its pitch says no "in your inbox", "en tu correo", which is a pitch's under any title)
        ["Recibe nuestro bolet\u00edn", "Lo que pasa en el puerto, cada tarde.", "Suscribirme"],
        # a call to subscribe and the offer's name, as a blog's box titles it
        ["Sign up for The Tide Table Weekly", "Every Friday, the week's news from the coast.", "Subscribe"],
    ],
)
def test_a_sign_up_box_s_title_names_the_offer_and_its_pitch_need_not(box: list[str]) -> None:
    """A sign-up box under the story: a title that names what it offers, a pitch, the button. Under such a title,
    a pitch that neither speaks to the reader nor names the offer is the box's too ("Every Friday, the week's news
    from the coast."); under a heading of the story, not."""
    text = "\n\n".join(["Ferries Resume After the Storm", FERRY, FERRY, *box, "About us"]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert newsdoc.Fragment(text=box[1]) in blocks
    box[0] = "What the harbour master said"
    text = "\n\n".join(["Ferries Resume After the Storm", FERRY, FERRY, *box, "About us"]) + "\n"
    assert Paragraph(text=box[1]) in newsdoc.parse_text(text).blocks


@pytest.mark.parametrize(
    ("line", "page"),
    [
        ("The Tide Table newsletter: every Friday, the week's news from the coast. Sign up", True),
        ("Newsletter du port : chaque mardi, les nouvelles du quai. Je m'inscris", True),
        ("Der Hafenbrief: Jeden Freitag das Wichtigste von der K\u00fcste \u2013 hier kostenlos abonnieren.", True),
        ("Hírlevél – Iratkozzon fel, és minden pénteken elküldjük a kikötő híreit!", True),
        ("Abonează-te la newsletterul nostru și primești în fiecare vineri știrile din port.", True),
        # (a guard, which passes without the rule too) a sentence that ends on the same word, no box's
        ("The club asked members to renew before Friday. Sign up", False),
    ],
)
def test_a_sign_up_box_on_one_line_is_the_pages(line: str, page: bool) -> None:
    """A sign-up box a scraper writes on one line: the offer's name, its pitch, and the button run in at its end
    ("... Sign up"), or a call to subscribe in the page's language after the offer's name and a dash."""
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{line}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    assert (Fragment(text=line) in article.blocks) is page


def test_paid_links_and_a_list_of_headlines_under_the_story_are_the_pages() -> None:
    """A widget of paid links ("... Sponsored | Advertiser"), however long each headline, and a list of other
    stories' headlines that a scraper joined in one chunk at one width, under the story's tags."""
    most_read = [  # of one width, each next line's first word too long for the line before it: as if wrapped
        "Harbour terminal upgrade is delayed once again",
        "Obituary: Odo Brack, ferry pilot for 30 years",
        "Police seek witnesses after Quay Road collision",
    ]
    paid = [
        "Islanders are switching to this one roof coating before the winter storms Sponsored | Tern Coatings",
        "The one stretch every ferry skipper does before the morning sailing Promoted by Skerry Health",
    ]
    page = [
        "Tags: Ferries, Storms",
        "Join the conversation",
        "Comments are moderated. Please keep it civil and on topic.",
        "Most Read",
        "\n".join(most_read),
        "Around the Web",
        "\n".join(paid),
        "About us",
        "Privacy policy",
    ]
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, *page]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[3] == Paragraph(text=FERRY)
    assert all(type(block) is newsdoc.Fragment for block in blocks[4:])
    assert newsdoc.Fragment(text="\n".join(most_read)) in blocks
    # a story's last paragraph, wrapped at one width, goes on in lower case: the story's
    wrapped = "The first ferry left the harbour\nat dawn on Tuesday, three days\nearly, with forty passengers"
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, wrapped, "About us", "Contact"]) + "\n"
    assert Paragraph(text=wrapped) in newsdoc.parse_text(text).blocks


@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("Comments (12)", "Commenting is closed on this story."),
        ("Comentarios", "Para comentar es necesario estar registrado."),
        ("Kommentare", "Die Kommentarfunktion ist geschlossen."),
        # a newsletter platform's thread; Czech's "join the discussion"
        ("Discussion about this post", "Comments are open to paid subscribers."),
        ("Vstoupit do diskuse", "Diskuse je uzav\u0159ena."),
        # Bulgarian "Comments (3) | Write a comment", Hebrew "Add a comment"
        (
            "Коментари (3) | Напиши коментар",
            "Само регистрирани читатели могат да пишат коментари.",
        ),
        (
            "\u05d4\u05d5\u05e1\u05e4\u05ea \u05ea\u05d2\u05d5\u05d1\u05d4",
            "\u05d4\u05ea\u05d2\u05d5\u05d1\u05d5\u05ea \u05e0\u05e1\u05d2\u05e8\u05d5.",
        ),
    ],
)
def test_a_line_of_the_comment_box_under_the_story_is_the_pages(label: str, line: str) -> None:
    """Under the comments' label, what the box says of commenting is the page's, with the footer under it."""
    footer = ["Contact", "\u00a9 2026 Skerry Ledger"]
    text = "\n\n".join(["Ferries Resume After the Storm", "By Ines Volk", FERRY, FERRY, label, line, *footer]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-4:] == tuple(Fragment(text=each) for each in (label, line, *footer))
    assert blocks[-5] == Paragraph(text=FERRY)


@pytest.mark.parametrize(
    ("note", "source"),
    [
        ("Este art\u00edculo se public\u00f3 originalmente en la Revista Norte.", "Revista Norte"),
        ("Dieser Text erschien zuerst in der Heidepost.", "Heidepost"),
        ("Questo articolo \u00e8 stato pubblicato originariamente su il Corriere del Lago.", "Corriere del Lago"),
        # a name that holds "and" in its language; a paper named after the word for one
        ("Questo articolo \u00e8 stato pubblicato originariamente su Monti e Laghi.", "Monti e Laghi"),
        (
            "Este art\u00edculo fue publicado originalmente en Revista Norte y se reproduce con permiso.",
            "Revista Norte",
        ),
        ("Este artigo foi publicado originalmente no jornal Correio da Serra.", "Correio da Serra"),
        # Dutch articles; a Portuguese name that holds "no" ("in the"), a Spanish one "de los"
        ("Dit artikel verscheen eerder in het Zeeuws Veenblad.", "Zeeuws Veenblad"),
        ("Deze tekst verscheen eerder in de Kustkoerier.", "Kustkoerier"),
        ("Este artigo foi publicado originalmente no site Vida no Sert\u00e3o.", "Vida no Sert\u00e3o"),
        ("Este art\u00edculo se public\u00f3 originalmente en Voces de los Valles.", "Voces de los Valles"),
        # the kind of outlet, as German writes it, and a name in quote marks; whose blog, before the word
        ("Dieser Text erschien zuerst im Magazin \u201eHobelbank\u201c, Ausgabe 2.", "Hobelbank"),
        ("This post originally appeared on the author's blog, Marsh Ledger.", "Marsh Ledger"),
        # by whom, in Portuguese; the day after the name, in French
        ("Este conte\u00fado foi publicado originalmente pela Ag\u00eancia Serrana.", "Ag\u00eancia Serrana"),
        (
            "Cet article a \u00e9t\u00e9 publi\u00e9 initialement par la Gazette des Dunes le 2 mars 2024.",
            "Gazette des Dunes",
        ),
        # the sentence going on after the name with a word that joins, in Swedish and German
        ("Artikeln publicerades först i Skärgårdsposten och återpubliceras med tillstånd.", "Skärgårdsposten"),
        ("Dieser Text erschien zuerst bei Campus Kliff und wird mit Erlaubnis übernommen.", "Campus Kliff"),
        # by whom, in Spanish, Italian and Dutch; a name that holds "für", and one the sentence's "für" follows (a
        # guard, which passes without the rule too)
        (
            "Este art\u00edculo fue publicado originalmente por el Instituto de Estudios del Faro.",
            "Instituto de Estudios del Faro",
        ),
        ("Questo articolo \u00e8 stato pubblicato originariamente dal Corriere del Lago.", "Corriere del Lago"),
        ("Dit artikel werd eerder gepubliceerd door De Kustkoerier.", "De Kustkoerier"),
        ("Dieser Text erschien zuerst bei der Stiftung f\u00fcr Hafenkunde.", "Stiftung f\u00fcr Hafenkunde"),
        ("Dieser Text erschien zuerst im Heideboten f\u00fcr seine Leser.", "Heideboten"),
        # "first published in", in Spanish and Portuguese
        ("Este art\u00edculo fue publicado por primera vez en la Revista Norte.", "Revista Norte"),
        ("Esta reportagem foi publicada pela primeira vez no Correio da Serra.", "Correio da Serra"),
        # Catalan, "at the" joined into one word
        ("Aquest article es va publicar originalment al Diari del Far i es reprodueix.", "Diari del Far"),
    ],
)
def test_a_notes_source_after_an_article_of_its_language_is_the_name_alone(note: str, source: str) -> None:
    """ "en la Revista Norte", "in der Heidepost": the article is the sentence's, not the publication's name."""
    block = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{note}\n").blocks[-1]
    assert isinstance(block, newsdoc.Attribution)
    assert block.source == source


def test_a_newsletters_pitch_under_its_name_is_furniture_under_the_pages_chrome() -> None:
    """A pitch that names nothing the site offers ("why it matters to you") is the page's under its chrome."""
    pitch = ["The Weekly Docket", "Every Friday: what the courts did, and why it matters to you."]
    footer = ["Subscribe", "About us", "Privacy policy"]
    related = ["Related", "County weighs a new court", "Inside the jail's kitchen"]
    text = "\n\n".join(["Ferries Resume After the Storm", FERRY, FERRY, *related, *pitch, *footer]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert [type(b) for b in blocks[-8:]] == [newsdoc.Fragment] * 8
    assert blocks[-9] == Paragraph(text=FERRY)
    # a story that ends on a short list and a word to the reader, the footer under it: the story's
    ending = ["Buses will run from:", "Quay Street", "The old mill", "If you need a seat, call the harbour office."]
    text = "\n\n".join(["Ferries Resume After the Storm", FERRY, FERRY, *ending, *footer]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-len(footer) - 1] == Paragraph(text=ending[-1])
    assert [type(b) for b in blocks[-len(footer) - len(ending) : -len(footer)]] == [Paragraph] * len(ending)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("over", "credit", "joined"),
    [
        # an embedded chart's frame leaves its credit alone under the story's sentence
        (
            "The lido failed the bathing standard on eleven of the twenty days it was tested.",
            "Source: Skerry Water Board",
            False,
        ),
        ("The lido failed the bathing standard on eleven of the twenty days it was tested.", "Chart: Ines Volk", False),
        # under the chart's title, no sentence, the credit is its caption's; a photograph's under any caption
        ("Days the lido failed the standard, by year", "Source: Skerry Water Board", True),
        # or under the caption its label opens, though it ends as a sentence
        ("Chart: Days the lido failed the standard, by year, 2019\u20132024.", "Source: Skerry Water Board", True),
        ("Swimmers wait on the lido steps for the flag to go up.", "Photo: Ines Volk", True),
        # the chart's maker and its data's source: the newsroom's own chart, its title and a sentence on it over them
        (
            "Days the lido failed the standard, by year, 2019\u20132024. Darker bars mark the closed days.",
            "Chart: Ines Volk / Source: Skerry Water Board",
            True,
        ),
        ("Giorni di chiusura del lido, 2019\u20132024.", "Mappa: Ines Volk \u00b7 Fonte: Autorit\u00e0 idrica", True),
        (
            "\u0623\u064a\u0627\u0645 \u0625\u063a\u0644\u0627\u0642 \u0627\u0644\u0645\u0633\u0628\u062d.",
            "خريطة: إينس فولك / المصدر: هيئة المياه",
            True,
        ),
        # a maker named twice is no source: the frame the text lost (a guard, which passes without the rule too)
        ("The lido failed the bathing standard on eleven of the twenty days.", "Chart: Ines Volk / Odo Brack", False),
    ],
)
def test_a_charts_credit_under_a_sentence_credits_a_chart_the_text_lost(
    over: str, credit: str, joined: bool, gap: str
) -> None:
    text = f"Lido Fails Again\n\nBy Ines Volk\n\n{FERRY}\n\n{over}{gap}{credit}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    caption = next(b for b in article.blocks if isinstance(b, Caption))
    assert caption.credit == credit.split(": ", 1)[1]
    assert (caption.text == over) is joined
    assert (Paragraph(text=over) in article.blocks) is not joined


@pytest.mark.parametrize("title", ["", "Ferries Resume After the Storm\n\n"])
def test_a_byline_run_into_the_datelined_first_paragraph(title: str) -> None:
    """A crawl that flattens the page runs the byline into the first paragraph: the dateline parts them."""
    lead = "SKERRY (Isles Wire) \u2014 The first ferry left the harbour at dawn on Tuesday, three days early."
    text = f"{title}By Ines Volk and Odo Brack {lead}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    assert article.authors == ("Ines Volk", "Odo Brack")
    assert Fragment(text="By Ines Volk and Odo Brack", role="byline") in article.blocks
    assert Paragraph(text=lead, spacing=" ") in article.blocks
    # a sentence that opens with "By" is the story's, capitals and a dash in it or not
    line = (
        "By the time the ferry reached SKERRY (the old port) \u2014 it was late and the crew had been at sea all day."
    )
    assert newsdoc.parse_text(f"{title}{line}\n\n{FERRY}\n").blocks[-2] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a chart's source, a name and what of it; its maker, then its source in a field of its own
        ("Source: Skerry council tax records", "Skerry council tax records"),
        ("Chart: Ines Volk / Source: Skerry council", "Ines Volk / Source: Skerry council"),
        ("Data: Skerry Water Board samples", "Skerry Water Board samples"),
        # a sentence after the label is the story's
        ("Source: the council said the pier would close.", None),
        ("Data: the ferry carried 4,000 people last year.", None),
        # in lower case, a few words that are no sentence: the source's records
        ("Source: ferry company filings", "ferry company filings"),
    ],
)
def test_a_charts_credit_line_alone(line: str, credit: str | None) -> None:
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{line}\n\n{FERRY}\n"
    block = newsdoc.parse_text(text).blocks[2]
    assert (block.credit if isinstance(block, Caption) else None) == credit
    assert isinstance(block, Caption if credit else Paragraph)


def test_an_embedded_posts_signature_ends_the_story() -> None:
    """A dash opens the line that signs a post set in the story: no line of the page's chrome."""
    post = "The ferry is back! Three days early, too."
    signature = "\u2014 Skerry Ferries (@skerryferries) May 4, 2026"
    footer = ["Most read", "Pier plan put to a vote", "About us", "Privacy policy"]
    text = "\n\n".join(["Ferries Resume After the Storm", FERRY, FERRY, post, signature, *footer]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-len(footer) - 1] == Paragraph(text=signature)
    assert blocks[-len(footer) :] == tuple(newsdoc.Fragment(text=line) for line in footer)


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Pier to close for the winter",
        "READ MORE: Fares rise",
        "Related: The old pier",
        "Lire aussi | Le vieux quai ferme",
        "LEA TAMBI\u00c9N: El muelle cierra",
        "MORE: Ferry fares to rise in May",
        "Recommended: The last keeper of Varn Point",
        "Read part one: The last keeper of Varn Point",  # a series' link to its other parts
        # a newsletter's calls to subscribe, as its posts set them
        "Was this forwarded to you? Sign up here.",
        "Thanks for reading Varn Notes! Subscribe for free to receive new posts and support my work.",
        # a paywall's prompt under the part of the story it shows
        "Good local reporting takes time. Subscribe today from one pound a week for unlimited access.",
        "Already a subscriber? Sign in",
        # a nonprofit newsroom's pitch amid the story
        "The Isles Bureau is a nonprofit. Our reporting is free because readers like you chip in. Donate today",
    ],
)
def test_a_labelled_link_to_another_story_amid_the_body_is_no_paragraph(line: str) -> None:
    """A page sets a link to another story amid the body, after a label; copied, it is a line of its own."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{line}\n\n{body}\n")
    assert article.blocks[2] == newsdoc.Fragment(text=line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # what the call offers, in Portuguese, Italian, Dutch and Swedish: a newsletter, the mail, a first month
        ("Assine a newsletter do Correio da Serra", Fragment),
        ("Iscriviti alla newsletter del Corriere della Baia", Fragment),
        ("Nieuwsbrief: Ontvang elke ochtend het belangrijkste nieuws in uw mailbox. Aanmelden", Fragment),
        ("Blijf op de hoogte: schrijf je in voor onze nieuwsbrief", Fragment),  # after a label's colon
        ("Prenumerera p\u00e5 Kustbladet \u2013 f\u00f6rsta m\u00e5naden f\u00f6r 1 kr", Fragment),
        ("Vous aimez nos enqu\u00eates ? Abonnez-vous d\u00e8s 1 \u20ac le premier mois.", Fragment),
        # the offer's name alone after the call; the call alone after a dash, a button's words
        ("Sign up for Harbour Mornings. The best of the island's news, every weekday.", Fragment),
        ("Subscribe to The Harbour Letter", Fragment),
        ("Jeden Morgen die wichtigsten Nachrichten von den Inseln \u2013 jetzt kostenlos abonnieren.", Fragment),
        ("Subscribe for unlimited access", Fragment),
        # (guards, which pass without the rule too) sentences of the story that open with such a verb, and offer
        # nothing of the newsroom's
        ("Sign up for Medicare before March.", Paragraph),
        ("Get Out", Paragraph),  # a verb alone names no offer (a heading over a film's review, here amid prose)
        ("Do you want a cheaper bill? Get a heat pump.", Paragraph),
        ("Subscribe to the ferry timetable at the harbour office.", Paragraph),
        ("Worried about the cost? Sign up for the council's insulation grant before March.", Paragraph),
    ],
)
def test_a_call_to_subscribe_names_what_it_offers(line: str, kind: type[Fragment | Paragraph]) -> None:
    """A newsroom's call to subscribe, in its language, is furniture when it says what it offers or names it."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{line}\n\n{body}\n\n{body}\n").blocks
    assert blocks[2] == kind(text=line) if kind is Fragment else blocks[2] in (Paragraph(text=line), Heading(text=line))


@pytest.mark.parametrize(
    "line",
    [
        "Follow Us",
        "Folgen Sie uns",
        "S\u00edguenos",
        "Artiklen forts\u00e6tter under annoncen",
        # "Advertisement" in Hindi and Hebrew; "More stories" in Hebrew; a count of comments in Hebrew
        "विज्ञापन",
        "פרסומת",
        "כתבות נוספות",
        "37 תגובות",
        "La suite apr\u00e8s cette publicit\u00e9",
        "L'articolo continua dopo la pubblicit\u00e0",
        # a newsletter platform's buttons, in English, German and Portuguese
        "Upgrade to paid",
        "Diesen Beitrag teilen",
        "Fazer upgrade para pago",
        "Already a paid subscriber? Sign in",
        # a button that reads the story aloud, in Portuguese and French
        "Ouvir este conte\u00fado",
        "\u00c9couter cet article",
        # the comment box shut or moderated, in English, Portuguese and Polish
        "Comments are closed for this story.",
        "Os coment\u00e1rios est\u00e3o sujeitos a modera\u00e7\u00e3o.",
        "Komentarze s\u0105 wy\u0142\u0105czone dla tego artyku\u0142u.",
    ],
)
def test_a_label_of_the_pages_furniture_in_its_language_is_no_paragraph(line: str) -> None:
    """The label over a newsroom's social links, and the line that says the story goes on under an advertisement."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{line}\n\n{body}\n\n{body}\n").blocks
    assert blocks[2] == Fragment(text=line)


@pytest.mark.parametrize(
    "label",
    [
        "Read more:",
        "Related",
        "Lesen Sie auch:",
        "Lire aussi",
        "Leia tamb\u00e9m:",
        # Swahili, Arabic, Tagalog, Spanish; English
        "Soma pia:",
        "اقرأ أيضًا:",
        "Basahin din:",
        "Noticia relacionada:",
        "Related story:",
        # Serbian and Croatian, Urdu
        "Pro\u010ditajte jo\u0161:",
        "\u06cc\u06c1 \u0628\u06be\u06cc \u067e\u0691\u06be\u06cc\u06ba:",
        # Swedish, Hungarian, Hebrew, Bulgarian, Tamil; Korean after a pointer
        "L\u00e4s mer:",
        "Kapcsol\u00f3d\u00f3:",
        "\u05e2\u05d5\u05d3 \u05d1\u05e0\u05d5\u05e9\u05d0:",
        "\u041e\u0449\u0435 \u043f\u043e \u0442\u0435\u043c\u0430\u0442\u0430:",
        "\u0b87\u0ba4\u0bc8\u0baf\u0bc1\u0bae\u0bcd \u0baa\u0b9f\u0bbf\u0b95\u0bcd\u0b95:",
        "\u25b6 \uad00\ub828\uae30\uc0ac:",
    ],
)
def test_a_link_under_its_label_on_a_line_of_its_own_is_no_paragraph(label: str) -> None:
    """get_text() puts a label and its link to another story on two lines: the headline is the page's."""
    for headline in (
        "Pier plan put to a vote on Tuesday",
        "Harbour board approves the winter timetable with the votes of the ferry company's two members",  # 15 words
    ):
        blocks = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{label}\n\n{headline}\n\n{FERRY}\n").blocks
        assert blocks[2:4] == (Fragment(text=label), Fragment(text=headline))
    # a sentence under the label is the story's
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{label}\n\n{FERRY}\n").blocks
    assert blocks[3] == Paragraph(text=FERRY)


def test_a_labels_links_a_line_each_then_a_subheading() -> None:
    """A "Read more:" over two links, no blank line between, then the next section's subheading over its prose."""
    links = "Read more:\nPier plan put to a vote on Tuesday\nHow to claim for a cancelled crossing"
    text = f"Ferries Resume\n\n{FERRY}\n\n{links}\n\nWhat happens next\n\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert [type(b).__name__ for b in blocks[2:6]] == ["Fragment", "Fragment", "Fragment", "Heading"]
    # (a guard, which passes without the rule too) where no blank line parts any lines, the label has one link
    blocks = newsdoc.parse_text(text.replace("\n\n", "\n")).blocks
    assert blocks[4] == Paragraph(text="How to claim for a cancelled crossing", spacing="\n")


@pytest.mark.parametrize(
    "label",
    [
        "Most Read from the Skerry Ledger",
        "More Stories From Harbour Public Radio",
        "Related stories",
        # "You may also be interested in", "Related news": Italian, German, Indonesian
        "Potrebbe interessarti anche",
        "Das k\u00f6nnte Sie auch interessieren",
        "Berita Terkait",
        # "Related topics" in Arabic, "Related news" in Malay, "Most read" in Portuguese
        "موضوعات ذات صلة",
        "Berita Berkaitan",
        "Mais lidas",
        # Czech and Slovak "You may be interested", "Related articles"; Catalan; Spanish "Most viewed"; Vietnamese
        "Mohlo by v\u00e1s zaj\u00edmat",
        "S\u00favisiace \u010dl\u00e1nky",
        "Tamb\u00e9 et pot interessar",
        "Lo m\u00e1s visto",
        "Tin li\u00ean quan",
        # Greek "Read also" in capitals (no accents); Thai "Related news"; Korean "Most viewed news"
        "\u0394\u0399\u0391\u0392\u0391\u03a3\u03a4\u0395 \u0395\u03a0\u0399\u03a3\u0397\u03a3",
        "\u0e02\u0e48\u0e32\u0e27\u0e17\u0e35\u0e48\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e02\u0e49\u0e2d\u0e07",
        "\ub9ce\uc774 \ubcf8 \ub274\uc2a4",
    ],
)
def test_the_headlines_under_a_boxs_label_are_its_links(label: str) -> None:
    """A box of links to other stories, amid the body or under it: its label, then a headline a line."""
    headlines = ("Pier plan put to a vote on Tuesday", "Why the winter timetable keeps changing")
    lines = "\n\n".join((label, *headlines))
    for text in (f"Ferries Resume\n\n{FERRY}\n\n{lines}\n\n{FERRY}\n", f"Ferries Resume\n\n{FERRY}\n\n{lines}\n"):
        blocks = newsdoc.parse_text(text).blocks
        assert blocks[2:5] == (Fragment(text=label), *(Fragment(text=headline) for headline in headlines))
        assert blocks[5:] == ((Paragraph(text=FERRY),) if text.count(FERRY) == 2 else ())
    # a line of the page's amid the box's headlines ends no run of them
    lines = "\n\n".join((label, headlines[0], "Advertisement", headlines[1]))
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{lines}\n\n{FERRY}\n").blocks
    assert blocks[2:6] == tuple(Fragment(text=line) for line in (label, headlines[0], "Advertisement", headlines[1]))
    # a subheading under a line that names an outlet is the story's: "More from" stands at the line's start
    text = f"Ferries Resume\n\n{FERRY}\n\nA Warning From the Skerry Ledger\n\nWhy the timetable changed\n\n{FERRY}\n"
    assert not any(type(block) is Fragment for block in newsdoc.parse_text(text).blocks)


@pytest.mark.parametrize(
    "sentence",
    [
        "You are here, the sign at the jetty says, above an arrow that points out to sea since the storm moved it.",
        "Share this with any skipper who sails at night: the beacon is dark. The board knows. Nobody has come.",
    ],
)
def test_a_sentence_that_opens_with_the_words_of_site_chrome_is_prose(sentence: str) -> None:
    """Chrome is a label and its links; a clause after a comma, or sentences after it, go on as the story's words."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{sentence}\n\n{body}\n")
    assert article.blocks[2] == Paragraph(text=sentence)
    for chrome in ("Share this with Messenger", "You are here: Home / Harbours"):
        article = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{chrome}\n\n{body}\n")
        assert article.blocks[2] == newsdoc.Fragment(text=chrome)


def test_headline_named_by_the_page_title_line() -> None:
    text = "Ferries Resume After the Storm | Harbour News\nHome\nNews\nFerries Resume After the Storm\nThe body.\n"
    assert newsdoc.parse_text(text).title == "Ferries Resume After the Storm"


def test_headline_at_the_end_of_a_breadcrumb_as_a_browser_writes_it() -> None:
    """The trail's items a line each, without marks, its last the headline, and the headline again under it."""
    text = (
        "Latest News\n\nHome\n\nHarbours\n\nFerries Resume After the Storm\n\n"
        f"Ferries Resume After the Storm\n\n{FERRY}\n\nEd Roe\n\nEd Roe\n\nThe council met on Friday.\n"
    )
    assert newsdoc.parse_text(text).title == "Ferries Resume After the Storm"
    # A name written twice (an avatar's alt text over the name) is no headline.
    assert newsdoc.parse_text(f"Home\n\nEd Roe\n\nEd Roe\n\n{FERRY}\n").title != "Ed Roe"


def test_a_caption_twice_under_an_invisible_line_is_no_headline() -> None:
    """A gallery's caption set twice under a line holding only a zero-width space ends no breadcrumb trail."""
    caption = "The quay at dawn, with the first ferry in"
    text = (
        "Ferries Resume After the Storm\n\nThe first boats left the harbour at dawn on Monday.\n\n\u200b\n\n"
        f"{caption}\n\n{caption}\n\nCrowds waited on the quay for an hour before the boats came in.\n"
    )
    assert newsdoc.parse_text(text).title == "Ferries Resume After the Storm"


def test_a_headline_may_open_with_a_number() -> None:
    """ "4 Ferries Resume ..." is a headline; "3. Harbours" (an item of a list) and "55°F Clear" are not."""
    text = f"Home\n3. Harbours\n55°F Clear\n4 Ferries Resume After the Storm\nBy Ines Volk\n{FERRY}\n"
    assert newsdoc.parse_text(text).title == "4 Ferries Resume After the Storm"


def test_headline_after_a_breadcrumb_run_into_it() -> None:
    """A browser writes a trail's links without the marks between them, the headline last."""
    text = f"HomeHarbour NewsFerries Resume After the Storm\nFerries Resume After the Storm\nHarbour Desk\n{FERRY}\n"
    assert newsdoc.parse_text(text).title == "Ferries Resume After the Storm"


@pytest.mark.parametrize(
    ("trail", "title"),
    [
        # A trail whose marks a stylesheet drew comes out of a browser as a line of names.
        ("Home News Harbour Affairs", "Ferries Resume After the Storm"),
        ("Startseite Lokales Hafen Nachrichten", "Ferries Resume After the Storm"),
        # A headline may open with the word: its small words are no section's names.
        ("Home at Last for the Ferry Crews", "Home at Last for the Ferry Crews"),
    ],
)
def test_a_trail_of_names_from_home_over_the_headline_is_no_headline(trail: str, title: str) -> None:
    text = f"Skip to content\n\n{trail}\n\nFerries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n"
    assert newsdoc.parse_text(text).title == title


def test_the_sites_skip_link_over_the_headline_is_no_headline() -> None:
    """A browser copies the page's "Skip to main content" link above the headline; it is the site's, not a title."""
    text = f"Skip to main content\n\nFerries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert article.title == "Ferries Resume After the Storm"
    assert [type(b).__name__ for b in article.blocks] == ["Fragment", "Heading", "Fragment", "Paragraph"]


def test_a_credit_under_the_dek_is_the_lead_pictures() -> None:
    """A dek under the headline, then a credit a blank line under it: the dek is no caption."""
    dek, credit = "How the crossing reopened early.", "Photograph: Ines Volk/Harbour News"
    text = f"Ferries Resume After the Storm\n\n{dek}\n\n{credit}\n\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert [type(b).__name__ for b in blocks] == ["Heading", "Standfirst", "Caption", "Paragraph"]
    assert (blocks[2].text, blocks[2].credit) == ("", "Ines Volk/Harbour News")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("between", "kinds"),
    [
        # Under the byline and date
        (
            "By Ines Volk\n12 May 2024\nHow the crossing reopened three days early\n",
            ["Fragment", "Fragment", "Standfirst"],
        ),
        # Over a desk's line with its date
        (
            "\nHow the crossing reopened three days early.\n\nLisbon , Harbour Desk | Updated : 12 May 2024\n\n",
            ["Standfirst", "Fragment"],
        ),
        # Under the date, over the byline: no lead stands over who wrote it, a dek of two long sentences may
        (
            "Updated: 12 May 2024 14:05\nFor the first time the harbour board has let the company run a night"
            " crossing through the winter. Fishermen say they will go to court over it.\nBy Ines Volk\n",
            ["Fragment", "Standfirst", "Fragment"],
        ),
        # Over a wire's name and date, which sign and date its story
        ("\nHow the crossing reopened three days early.\n\nReuters 12 May 2024, 14:05\n\n", ["Standfirst", "Fragment"]),
    ],
)
def test_dek_with_a_byline_or_dateline(between: str, kinds: list[str]) -> None:
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing.\n"
    blocks = newsdoc.parse_text(f"Ferries Resume After the Storm\n{between}{body}").blocks
    assert [type(b).__name__ for b in blocks] == ["Heading", *kinds, "Paragraph"]


def test_a_dek_over_a_partners_note_over_the_lead_picture() -> None:
    """A sponsor's piece says whom it was made with between the dek and the lead picture."""
    dek = "Crews worked through the night, and the crossing reopened three days early"
    note = "This content was produced in partnership with Tarnlight Solar."
    caption = "A deckhand coils a mooring rope at the quay. Photo: Ines Volk/Harbour News"
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing.\n"
    blocks = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{dek}\n\n{note}\n\n{caption}\n\n{body}").blocks
    assert [type(b).__name__ for b in blocks] == ["Heading", "Standfirst", "Attribution", "Caption", "Paragraph"]


def test_dek_under_the_desks_name_over_share_buttons() -> None:
    """Byline, date, the desk's name, then the dek; share buttons stand between it and the lead picture's caption."""
    dek = "The crossing reopened three days early, and the crews worked through the night."
    caption = "A deckhand coils a mooring rope at the quay on Tuesday.\n(Photo: Ines Volk / Harbour News)"
    text = (
        f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n12 May 2024\n\nTravel & Transport\n\n{dek}\n\n"
        f"*\n*\n*\nShares\n{caption}\n\n{FERRY}\n"
    )
    blocks = newsdoc.parse_text(text).blocks
    assert newsdoc.Standfirst(text=dek) in blocks
    assert isinstance(blocks[-2], newsdoc.Caption)


@pytest.mark.parametrize(
    ("above", "buttons", "pictures", "dek"),
    [
        ("", "Share on Facebook\nShare on X\nCopy link\n\n", 1, True),
        ("", "", 1, True),
        ("Share this article\n\n", "", 1, True),  # the share buttons under the date
        # (a guard) over a gallery, as a wire sets its pictures under the story's first paragraph: the lead
        ("", "", 2, False),
    ],
)
def test_a_long_dek_under_the_date_over_the_lead_picture(above: str, buttons: str, pictures: int, dek: bool) -> None:
    """The lead picture with its credit, and share buttons around the line over it, stand in the page's header:
    the line, no lead but the dek, as long as two sentences may be."""
    line = (
        "The crossing reopened three days early after crews worked through the night to clear the slipway, but the"
        " harbour board says more repairs are due."
    )
    caption = "A deckhand coils a mooring rope at the quay on Tuesday. Photograph: Ines Volk/Harbour News"
    captions = "\n\n".join([caption] * pictures)
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n12 May 2024\n\n{above}{line}\n\n{buttons}{captions}\n\n"
    article = newsdoc.parse_text(f"{text}{FERRY}\n")
    assert (newsdoc.Standfirst(text=line) in article.blocks) is dek


_SLIPWAY = "The crews had worked through the night to clear the slipway of the wreck and the rocks"


@pytest.mark.parametrize(
    ("pictured", "lead", "dek"),
    [
        (False, f"The first ferry left the harbour at dawn on Tuesday. {_SLIPWAY}.", True),
        (True, f"The first ferry left the harbour at dawn on Tuesday. {_SLIPWAY}.", True),  # past the lead picture
        # (a guard) a page whose paragraphs end with no full stop at all: the lead is the line under the date
        (False, _SLIPWAY, False),
    ],
)
def test_a_long_dek_with_no_full_stop_under_the_writers_name_her_job_and_the_date(
    pictured: bool, lead: str, dek: bool
) -> None:
    """A paper sets its writer's name, her post and the date a line each; a dek with no full stop may run long."""
    line = (
        "Three days after the storm closed the crossing, the island has its ferry back. The harbour board says"
        " the slipway will need more work before winter"
    )
    picture = "A deckhand coils a rope at the quay. Photograph: Ines Volk\n\n" if pictured else ""
    # (her post names what the lead tells, as the headline does)
    text = "Opinion\n\nWhy the island needs a second ferry\n\nInes Volk\nIsland transport correspondent\n"
    text += f"Sat 11 May 2024 06.00 BST\n\n{line}\n\n{picture}The island's transport links were cut. {lead}"
    article = newsdoc.parse_text(f"{text}\n\nThe island's shop reopened too.\n")
    assert (article.title, article.authors) == ("Why the island needs a second ferry", ("Ines Volk",))
    assert (newsdoc.Standfirst(text=line) in article.blocks) is dek


@pytest.mark.parametrize(
    "line",
    [
        "May 12, 2024 at 9:08 GMT, two days ago",  # a dateline, its age run into it
        "Harbour News is a registered trademark of Quay Media Ltd.",  # the site's legal notice
    ],
)
def test_under_the_byline_no_dek(line: str) -> None:
    """Under the byline, a dateline or the site's legal notice over the lead picture is no dek."""
    caption = "A deckhand coils a mooring rope at the quay on Tuesday.\n(Photo: Ines Volk / Harbour News)"
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\nTravel\n\n{line}\n\n{caption}\n\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert not any(isinstance(b, newsdoc.Standfirst) for b in blocks)
    assert newsdoc.Paragraph(text=line) in blocks


def test_a_credit_a_blank_line_over_the_lead_caption() -> None:
    """Under the headline's date line, the lead picture's credit, its caption, then the byline: one caption."""
    credit, caption = (
        "Ines Volk | Getty Images",
        "A deckhand coils a rope at the quay. The crossing reopened on Monday.",
    )
    head = "Ferries Resume After the Storm\n\nUpdated May 14, 9:41 AM"
    blocks = newsdoc.parse_text(f"{head}\n\n{credit}\n\n{caption}\n\nBy Ines Volk\n\n{BODY}\n").blocks
    assert blocks[2] == Caption(text=caption, credit=credit, credit_prefix="", credit_suffix="\n\n", credit_first=True)
    assert blocks[3] == newsdoc.Fragment(text="By Ines Volk", role="byline")
    # With no byline under it, a short line under the credit may be the body's first: it stays prose.
    blocks = newsdoc.parse_text(f"{head}\n\n{credit}\n\n{caption}\n\n{BODY}\n").blocks
    assert blocks[3] == Paragraph(text=caption)
    # A dateline opens the body, byline or not.
    lead = "LISBON (AP) \u2014 The ferries ran again on Monday."
    blocks = newsdoc.parse_text(f"{head}\n\n{credit}\n\n{lead}\n\nBy Ines Volk\n\n{BODY}\n").blocks
    assert blocks[3] == Paragraph(text=lead)


def test_an_update_line_over_the_lead_caption_is_no_dek() -> None:
    """Under the headline, "Updated ..." over the lead picture's caption dates the piece: no dek."""
    line = "Updated May 14, 9:41 AM"
    caption = "A deckhand coils a rope at the quay. (Photo: Ines Volk / Harbour News)"
    blocks = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{caption}\n\n{BODY}\n").blocks
    assert not any(isinstance(b, newsdoc.Standfirst) for b in blocks)
    assert isinstance(blocks[2], Caption)


def test_the_first_publication_dates_the_article_not_an_update() -> None:
    """ "Updated" under the headline, "First published" under the body: the article dates from the second."""
    text = (
        "Ferries Resume After the Storm\n\nUpdated: May 14, 2024, 10:43 AM\n\n"
        f"{FERRY}\n\nFirst published: May 12, 2024, 08:10 AM\n"
    )
    assert newsdoc.parse_text(text).published == dt.datetime(2024, 5, 12, 8, 10)
    only_updated = "Ferries Resume After the Storm\n\nUpdated: May 14, 2024, 10:43 AM\n\n" + FERRY + "\n"
    assert newsdoc.parse_text(only_updated).published == dt.datetime(2024, 5, 14, 10, 43)


def test_a_date_line_is_read_by_dateutil_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A date line is asked whether it is one, whether it dates an update, and what date it gives: one reading."""
    read: list[str] = []
    parse = classify.dateutil.parser.parse
    monkeypatch.setattr(classify.dateutil.parser, "parse", lambda value, **kw: read.append(value) or parse(value, **kw))
    classify._read_date.cache_clear()
    text = f"Ferries Resume After the Storm\n\nPosted: August 9, 2023, 7:15 AM\n\n{FERRY}\n"
    assert newsdoc.parse_text(text).published == dt.datetime(2023, 8, 9, 7, 15)
    assert read == ["August 9, 2023, 7:15 AM"]


def test_what_a_date_leaves_out_is_the_day_it_is_read() -> None:
    """dateutil fills in what a date leaves out from today: a date read again on another day is that day's."""
    assert classify._read_date("11:42", dt.date(2024, 5, 3)) == dt.datetime(2024, 5, 3, 11, 42)
    assert classify._read_date("11:42", dt.date(2025, 1, 9)) == dt.datetime(2025, 1, 9, 11, 42)
    assert classify.read_date("11:42") == dt.datetime.combine(dt.date.today(), dt.time(11, 42))


def test_a_byline_with_its_date_and_section_after_bars() -> None:
    """ "By Name | date | Topic: x" on one line: the fields after a bar are no authors."""
    text = (
        "Ferries Resume After the Storm\n\n"
        "How the crossing reopened three days early, and what the crews did first.\n\n"
        "By Ines Volk | May 12, 2024 -- 08:10 GMT | Topic: Harbours\n\n"
        "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing.\n"
    )
    article = newsdoc.parse_text(text)
    assert (article.title, article.authors) == ("Ferries Resume After the Storm", ("Ines Volk",))
    assert [type(b).__name__ for b in article.blocks] == ["Heading", "Standfirst", "Fragment", "Paragraph"]


FIXTURES = Path(__file__).parent / "fixtures"
FERRY = "The first ferry left the harbour at dawn on Tuesday, three days early."


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Posted: Fri 6:45 PM, May 17, 2024 |", dt.datetime(2024, 5, 17, 18, 45)),
        # No-break spaces around the bar, and a bullet between fields, as pages set them
        ("Posted: Fri 6:45 PM, May 17, 2024\u00a0|\u00a0Harbour Desk", dt.datetime(2024, 5, 17, 18, 45)),
        ("Published: May 17, 2024 \u00b7 Updated: May 18, 2024", dt.date(2024, 5, 17)),
        ("Published November 20th, 2024 - 07:29 GMT", dt.datetime(2024, 11, 20, 7, 29, tzinfo=dt.UTC)),
        ("Updated: 18 Nov 2024,", dt.date(2024, 11, 18)),
        ("publiziert am 3. August 2024", dt.date(2024, 8, 3)),
        # In capitals, and the first of the fields a bar parts.
        ("PUBLISHED: 00:01, Tue, May 14, 2024 | UPDATED: 10:43, Tue, May 14, 2024", dt.datetime(2024, 5, 14, 0, 1)),
        # Hours and minutes parted by a full stop, as British papers write them; no label needed.
        ("Tue 14 May 2024 06.00 GMT", dt.datetime(2024, 5, 14, 6, 0, tzinfo=dt.UTC)),
        # the zone as an offset, or after a comma; the time first in 24 hours, with its seconds
        (
            "May 14, 2024 10:15 AM GMT+2",
            dt.datetime(2024, 5, 14, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        ("Tuesday 14 May 2024 15:32, UK", dt.datetime(2024, 5, 14, 15, 32)),
        ("14:06:00, 14 MAY 2024", dt.datetime(2024, 5, 14, 14, 6)),
        ("Issued on: 14/05/2024 - 10:15", dt.datetime(2024, 5, 14, 10, 15)),  # a broadcaster's label
        ("Published: 14.05.2024 16.30", dt.datetime(2024, 5, 14, 16, 30)),
        # A desk's line, the date in a labelled field after a bar.
        ("Lisbon , Harbour Desk | Updated : 12 May 2024, 08:10 AM", dt.datetime(2024, 5, 12, 8, 10)),
        # The date, then its update after a bar: the first publication's date is the first.
        ("May 12, 2024 | Updated May 13, 2024", dt.date(2024, 5, 12)),
        ("Last updated on May 13, 2024", dt.date(2024, 5, 13)),
        # The update first, then the first publication's date after a bar or a comma: the first publication's
        ("Updated May 13, 2024, 5:52 p.m. | Published May 12, 2024, 8:15 p.m.", dt.datetime(2024, 5, 12, 20, 15)),
        ("Aktualisiert: 15.03.2024, ver\u00f6ffentlicht: 14.03.2024", dt.date(2024, 3, 14)),
        # A day, a month and a year parted by full stops: no time of day.
        ("Published: 14.05.2024", dt.date(2024, 5, 14)),
        # Months and times as other languages write them
        ("Publi\u00e9 le 14 mai 2024 \u00e0 10h15", dt.datetime(2024, 5, 14, 10, 15)),
        ("Ver\u00f6ffentlicht am 14. M\u00e4rz 2024, 10:15 Uhr", dt.datetime(2024, 3, 14, 10, 15)),
        ("Publicado el 14 de marzo de 2024", dt.date(2024, 3, 14)),
        ("Publi\u00e9 le 3 f\u00e9vr. 2024", dt.date(2024, 2, 3)),
        # The first publication's date, then the change's after a comma, its label with its own joining word
        (
            "Publi\u00e9 le 14 mai 2024 \u00e0 10h15, modifi\u00e9 le 15 mai 2024 \u00e0 08h02",
            dt.datetime(2024, 5, 14, 10, 15),
        ),
        ("Publicado el 14 de marzo de 2024, actualizado el 15 de marzo de 2024", dt.date(2024, 3, 14)),
        # the same day's change, its time alone after the label with no "le"
        ("Publi\u00e9 le 14 mai 2024 \u00e0 10h15, modifi\u00e9 \u00e0 12h40", dt.datetime(2024, 5, 14, 10, 15)),
        # Arabic's label with its first letter's vowel written, as a site may write it
        ("\u0646\u064f\u0634\u0631 \u0641\u064a 14/03/2024", dt.date(2024, 3, 14)),
        # A time after "@", an hour past noon with a needless PM, a field's mark before the label
        ("Posted: May 12, 2024 @17:26 PM", dt.datetime(2024, 5, 12, 17, 26)),
        ("\u00b7 Posted: May 12, 2024 @ 5:26 PM", dt.datetime(2024, 5, 12, 17, 26)),
        # A date in numbers after a label, its time after it: "Stand" (as of) in German, "Actualizado" in Spanish
        ("Stand: 14.03.2024, 10:15 Uhr", dt.datetime(2024, 3, 14, 10, 15)),
        ("Actualizado 14/03/2024 - 10:15", dt.datetime(2024, 3, 14, 10, 15)),
        # "hrs." after the time, as Latin American papers write it; the update after a dash
        ("Publicado el 14/03/2024 a las 10:15 hrs.", dt.datetime(2024, 3, 14, 10, 15)),
        ("Actualizado: 14/03/2024 09:15 h", dt.datetime(2024, 3, 14, 9, 15)),  # "h" after it, as Spanish papers write
        ("Publi\u00e9 le 14 mai 2024 \u00e0 10h15 - Mis \u00e0 jour le 15 mai 2024", dt.datetime(2024, 5, 14, 10, 15)),
    ],
)
def test_a_labelled_date_line_in_any_form(line: str, when: dt.date) -> None:
    """After a date label, the date may take any form with a day, a month and a year."""
    text = f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == newsdoc.Fragment(text=line, role="date")
    assert article.published == when


@pytest.mark.parametrize(
    "line",
    ["04/03/2024 14h05 Atualizado h\u00e1 2 horas", "March 4, 2024 / 2:05 PM / Updated 14 hours ago"],
)
def test_a_date_then_how_long_ago_it_changed_is_a_date_line(line: str) -> None:
    """A portal writes the date of the story, then its last change as a time ago: one date line."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{line}\n\n{FERRY}\n\n{FERRY}\n")
    assert article.blocks[2] == newsdoc.Fragment(text=line, role="date")


@pytest.mark.parametrize(
    "line",
    [
        *("Menu", "Accept all", "Manage preferences", "Copy link", "Listen to this article", "12 comments"),
        *("Most read", "Republish this story", "Copy to clipboard"),
        *("\u0130lgili Haberler", "Noticias relacionadas", "Articoli correlati"),  # "Related news", a box's label
        # a blog's count of its comments, a journal's citation button, an advertisement's numbered slot
        *("2 Responses", "Cite this article", "Advertisement 2", "Fehler gefunden? Jetzt melden."),
        "Media contact: Ines Volk, University Communications, 555-0100",  # under a press release: whom to call
        # a nonprofit newsroom's republishing button, an email newsletter's lines over the issue, the comments' rule
        "Republish this article for free under a Creative Commons licence.",
        *("Forwarded this email? Subscribe here for the next issue.", "View this email in your browser"),
        "Comments are moderated and appear after a short wait.",
        # a donation's link, an advertisement's button, a screen reader's label
        *("Support our work: give to the Ledger", "Ad Feedback", "Article content"),
        "Download the winter timetable (PDF, 340 KB)",  # a link to a file, its kind and size
        "Download PDF (1.2 MB)",  # its kind among the words, its size alone in brackets
        "Get the day's ferry news in your inbox by signing up to our free newsletter here",
        # a link to the piece's PDF, a share button and a paywall's mark in other languages, a Polish newsletter's
        # call, and the line that asks the reader to select a mistake and press the keys that report it
        *("Scarica il PDF", "Teilen", "Kopiera länk", "Article réservé aux abonnés", "この記事をシェアする"),
        "Zapisz się na nasz newsletter, a rano dostaniesz wiadomości z portu.",
        "Знайшли помилку? Виділіть її та натисніть Ctrl+Enter.",
        # a paywall's call after its label, a call for tips, a box's label, a consent banner
        *("Support local journalism: subscribe to the Skerry Ledger from £1 a week.", "Related research"),
        *("Have a story tip? Email tips@skerryledger.example", "More analysis"),
        "We value your privacy. We and our partners use cookies to count visits and to show you offers.",
        # a sign-up box's heading: what it offers, and where
        *("Get the Skerry Weekly newsletter", "Get Skerry Weekly in your inbox"),
        # an advertisement's label between dashes, as a theme sets it, and in Polish
        *("- Advertisement -", "\u2014 Pubblicit\u00e0 \u2014", "REKLAMA"),
    ],
)
def test_a_pages_buttons_copied_from_a_browser_are_furniture(line: str) -> None:
    """Text copied from a browser window holds the page's buttons and menus, each on a line: none is the story's."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[2] == newsdoc.Fragment(text=line)


@pytest.mark.parametrize(
    "line",
    [
        *("Chapter 2", "Harbour 24"),
        "Next on the ferry board's list",  # a button's word and "on", then the story's words
        "Get the tools you need to fix the pier before the winter.",  # a call that offers no newsletter
        # a sentence of the story: a link's words are no sentence, and a call says what it offers the reader
        "Islanders can download the timetable (PDF) at the ferry office.",
        "The council filled the route by signing up for a second ferry.",
    ],
)
def test_a_line_that_shares_a_buttons_words_is_the_storys(line: str) -> None:
    """(a guard, which passes without the rules too): "Advertisement 2" is the page's, "Chapter 2" the story's."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{line}\n\n{FERRY}\n")
    assert not isinstance(article.blocks[2], newsdoc.Fragment)


@pytest.mark.parametrize(
    "line",
    [
        "4 min read",
        "\u2022 12 Min Read",
        "Estimated reading time: 5 minutes",
        "Lesezeit: 3 Minuten",
        "\u0648\u0642\u062a \u0627\u0644\u0642\u0631\u0627\u0621\u0629: 3 \u062f\u0642\u0627\u0626\u0642",
        *("Lecture : 3 min", "Czas czytania: 4 min"),
    ],
)
def test_the_reading_time_is_page_furniture(line: str) -> None:
    """How long the piece takes to read is the template's line, not the dek under the headline."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[1] == newsdoc.Fragment(text=line)


def test_the_bodys_first_paragraph_under_the_byline_over_a_picture_is_no_dek() -> None:
    """A blog sets its lead between the byline and the picture: a paragraph's length, not a dek's sentence."""
    lead = (
        "The ferry company paid the full repair bill to the harbour board on Monday morning, clearing the way"
        " for the first crossing of the season to leave on time."
    )
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{lead}\n\nharbour-ferry-dawn-1200x800.jpg\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert not article.blocks_of(newsdoc.Standfirst)


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("03/14/2024", dt.date(2024, 3, 14)),
        ("03/14/2024 3:14 PM", dt.datetime(2024, 3, 14, 15, 14)),
        ("14.03.2024, 10:15 Uhr", dt.datetime(2024, 3, 14, 10, 15)),
        ("Donnerstag, 14.03.2024, 10:15 Uhr", dt.datetime(2024, 3, 14, 10, 15)),
        ("14/03/2024 - 10:15", dt.datetime(2024, 3, 14, 10, 15)),
        # a date in numbers that may be two days dates nothing
        ("03/04/2024 10:15", None),
        # the time in a field of its own, after a bar
        ("14.03.2024 | 10:15", dt.datetime(2024, 3, 14, 10, 15)),
        # a template's two dates run together, the publication's first; the date beside the reading time
        ("March 14, 2024March 16, 2024", dt.date(2024, 3, 14)),
        ("March 14, 2024\u2014 4 min read", dt.date(2024, 3, 14)),
        ("March 14, 2024 | 4:10pm", dt.datetime(2024, 3, 14, 16, 10)),
        # the year first, as Chinese, Japanese and Korean write it, perhaps the weekday and the time after it
        ("2024\u5e743\u670814\u65e5", dt.date(2024, 3, 14)),
        ("2024\u5e743\u670814\u65e5\uff08\u6728\uff0910:15", dt.datetime(2024, 3, 14, 10, 15)),
        ("2024\ub144 3\uc6d4 14\uc77c (\ubaa9) 10:15", dt.datetime(2024, 3, 14, 10, 15)),
        ("2024. 3. 14.", dt.date(2024, 3, 14)),
        ("2024.03.14 10:15", dt.datetime(2024, 3, 14, 10, 15)),
        ("2024-03-14 10:15\u3000\u6765\u6e90\uff1a\u6e2f\u6e7e\u65e5\u62a5", dt.datetime(2024, 3, 14, 10, 15)),
        # the time with a full stop, as Swiss, Dutch and Nordic papers write it, or an "h", as French does
        ("14.3.2024, 10.15 Uhr", dt.datetime(2024, 3, 14, 10, 15)),
        ("14/03/2024 10h15", dt.datetime(2024, 3, 14, 10, 15)),
        ("14 maart 2024 om 10.15 uur", dt.datetime(2024, 3, 14, 10, 15)),
        ("2024\u5e743\u670814\u65e5 10\u664215\u5206", dt.datetime(2024, 3, 14, 10, 15)),  # hour and minute marks
        ("2024\ub144 3\uc6d4 14\uc77c 10\uc2dc 15\ubd84", dt.datetime(2024, 3, 14, 10, 15)),
        # where the piece was filed, then the date
        (
            "Madrid - 14 mar 2024 - 10:15 CET",
            dt.datetime(2024, 3, 14, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        ("MILANO, 14 marzo 2024, 10:15", dt.datetime(2024, 3, 14, 10, 15)),
        # the year first, then a short field after a space: its source, its place, its change in brackets; after a
        # label and a wide colon
        ("2024-03-14 10:15:36 \u6765\u6e90\uff1a\u6e2f\u6e7e\u65e5\u62a5", dt.datetime(2024, 3, 14, 10, 15)),
        ("2024\u5e743\u670814\u65e5 10:15 \u5317\u4eac", dt.datetime(2024, 3, 14, 10, 15)),
        (
            "2024\u5e743\u670814\u65e5 10:15 (2024\u5e743\u670814\u65e5 12:02\u66f4\u65b0)",
            dt.datetime(2024, 3, 14, 10, 15),
        ),
        ("\u53d1\u5e03\u65f6\u95f4\uff1a2024-03-14 10:15", dt.datetime(2024, 3, 14, 10, 15)),
        # the digits of other scripts: Arabic, Devanagari, Bengali (its month's name), full width
        ("\u0661\u0664 \u0645\u0627\u0631\u0633 \u0662\u0660\u0662\u0664", dt.date(2024, 3, 14)),
        ("\u0967\u096a \u092e\u093e\u0930\u094d\u091a \u0968\u0966\u0968\u096a", dt.date(2024, 3, 14)),
        ("\u09e7\u09ea \u09ae\u09be\u09b0\u09cd\u099a \u09e8\u09e6\u09e8\u09ea", dt.date(2024, 3, 14)),
        ("\uff12\uff10\uff12\uff14\u5e74\uff13\u6708\uff11\uff14\u65e5", dt.date(2024, 3, 14)),
        # months' names in Armenian, in the genitive a date uses, and in Georgian
        ("14 \u0574\u0561\u0580\u057f\u056b 2024", dt.date(2024, 3, 14)),
        ("14 \u10db\u10d0\u10e0\u10e2\u10d8 2024", dt.date(2024, 3, 14)),
        # the time as French writes it with spaces, and the reading time after the date, its label's number after it
        ("Publi\u00e9 le 14 mars 2024 \u00e0 4 h 00", dt.datetime(2024, 3, 14, 4, 0)),
        ("Publi\u00e9 le 14/03/2024 \u00e0 10:15 Temps de lecture: 4 min", dt.datetime(2024, 3, 14, 10, 15)),
        # a word after the time of a date English months name: German's "Uhr", Spanish's "h"
        ("14. April 2024, 10:15 Uhr", dt.datetime(2024, 4, 14, 10, 15)),
        ("Sevilla, 14 Nov. 2023 - 19:48 h", dt.datetime(2023, 11, 14, 19, 48)),
        # "last updated" in Italian after the date; a web edition's "Published online"
        ("14 marzo 2024 | Ultimo aggiornamento: 15 marzo 2024, 13:05", dt.date(2024, 3, 14)),
        ("Published online 14 March 2024", dt.date(2024, 3, 14)),
        # the weekday after the date, the time before it, the marks a template parts them with
        ("14 Mart 2024 Per\u015fembe 10:15", dt.datetime(2024, 3, 14, 10, 15)),
        ("10:15, 14 MAR 2024", dt.datetime(2024, 3, 14, 10, 15)),
        ("14.03.2024. 10:15", dt.datetime(2024, 3, 14, 10, 15)),  # the year's full stop, as Serbian writes it
        ("14 de mar\u00e7 de 2024 \u00b7 10:15 h", dt.datetime(2024, 3, 14, 10, 15)),
        ("2024. m\u00e1rcius 14. \u2013 10:15", dt.datetime(2024, 3, 14, 10, 15)),
        ("14. 3. 2024 o 10:15", dt.datetime(2024, 3, 14, 10, 15)),  # Slovak's "at" before the time
        ("\u010detvrtak, 14. mart 2024.", dt.date(2024, 3, 14)),
        # months and weekdays in Tagalog, Malay (its "morning"), Urdu, Persian (its digits), Slovak, Serbian Cyrillic
        ("Marso 14, 2024 | 10:15 AM", dt.datetime(2024, 3, 14, 10, 15)),
        ("Khamis, 14 Mac 2024 | 10:15 pagi", dt.datetime(2024, 3, 14, 10, 15)),
        ("14 \u0645\u0627\u0631\u0686 2024", dt.date(2024, 3, 14)),
        ("\u06f1\u06f4 \u0698\u0648\u0626\u0646 \u06f2\u06f0\u06f2\u06f4", dt.date(2024, 6, 14)),
        ("14. septembra 2024", dt.date(2024, 9, 14)),
        ("14. \u0458\u0443\u043d 2024.", dt.date(2024, 6, 14)),
        # the year first, its update in brackets with no space before them
        (
            "2024\u5e743\u670814\u65e5 10\u664215\u5206\uff083\u670815\u65e5 8\u664202\u5206\u66f4\u65b0\uff09",
            dt.datetime(2024, 3, 14, 10, 15),
        ),
    ],
)
def test_a_date_in_numbers_alone_with_its_time_dates_the_article(line: str, when: dt.date | None) -> None:
    """Under the byline, a date alone (in numbers, perhaps its weekday before it and its time after it) dates it;
    so does a date in words after the place the piece was filed from, and a date with its furniture alone (the
    time, the zone, the weekday and the marks between) in whatever order a template sets them."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[2] == newsdoc.Fragment(text=line, role="date")
    assert article.published == when


@pytest.mark.parametrize(
    ("line", "when"),
    [
        # a town of a name's shape, then the date and its time; a town of three words, a particle between, and the
        # weekday after it
        ("Port Ellen, 14 de marzo de 2024 - 10:15", dt.datetime(2024, 3, 14, 10, 15)),
        ("Sant Pere de Ribes, dijous, 14 de mar\u00e7 de 2024", dt.date(2024, 3, 14)),
    ],
)
def test_a_date_line_under_the_byline_opens_with_its_town(line: str, when: dt.date) -> None:
    """Under the byline, a name's words before the date are the town the piece was filed from."""
    text = f"Ferries Resume After the Storm\n\nPor Ines Volk | Diario del Puerto\n\n{line}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[2] == newsdoc.Fragment(text=line, role="date")
    assert article.published == when
    # (a guard, which passes without the rule too) with no byline over it, a name's words and a date date nothing
    if line.startswith("Port Ellen"):
        assert newsdoc.parse_text(text.replace("Por Ines Volk | Diario del Puerto\n\n", "")).published is None


@pytest.mark.parametrize(
    "line",
    [
        "14 March 2024 was the day the ferry sailed",  # a sentence, the date its subject
        "Ferry timetable 14.03.2024",  # a heading's words beside the date
        "Pier 4, 14 March 2024 10:15 to 18:00",  # an event's hours
    ],
)
def test_a_date_beside_words_that_are_no_furniture_is_no_date_line(line: str) -> None:
    """(a guard, which passes without the rule too) Words that are no weekday, time or mark keep a date line apart."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{line}\n\n{FERRY}\n")
    assert article.published is None


def test_a_sentence_that_opens_with_a_date_written_year_first_is_no_date_line() -> None:
    """(a guard, which passes without the rule too) "2024年3月14日 渡轮恢复了运行。": the day a sentence tells of."""
    line = "2024\u5e743\u670814\u65e5 \u6e21\u8f6e\u6062\u590d\u4e86\u8fd0\u884c\u3002"
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{line}\n\n{FERRY}\n")
    assert (article.blocks[3], article.published) == (Paragraph(text=line), None)


@pytest.mark.parametrize(
    "line",
    [
        "The food bank is nearly empty. Donate today, she said, and readers like you will keep it open.",
        "The ferry club has 300 members. Become a member and get a card, its leaflet says.",
    ],
)
def test_a_call_to_give_in_someones_words_is_the_storys(line: str) -> None:
    article = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[2] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("10:42 BST", True),
        ("4:15 p.m.", True),
        ("2h ago", True),
        ("3 hours ago", True),
        ("16:48 Ines Volk", True),  # the post's writer after its time
        ("16:10 Uhr", True),  # the word after a time, as German writes it; an "h" between, as French does
        ("16h10", True),
        # after a date's label, when the page last changed
        ("Updated 2 hours ago", True),
        ("Updated: 2 hrs ago", True),
        ("Published 3 days ago", True),
        # and so in German, Portuguese, French, the label and the time ago as those languages write them
        ("Aktualisiert vor 2 Stunden", True),
        ("Atualizado h\u00e1 2 horas", True),
        ("Mis \u00e0 jour il y a 2 heures", True),
        # no label: a subheading's words ("20 years ago") as often as a stamp's (a guard, which passes without the rule)
        ("Vor 20 Jahren", False),
        ("10.30 is when the last ferry leaves.", False),
        ("1990 Census", False),  # (a subheading between the paragraphs)
    ],
)
def test_a_live_pages_post_stamp_is_furniture_and_dates_nothing(line: str, stamp: bool) -> None:
    """A live page stamps each post with its time, perhaps its writer: no date of the article, no body."""
    article = newsdoc.parse_text(f"Live: the Storm\n\n{FERRY}\n\n{line}\n\n{FERRY}\n")
    block = article.blocks[2]
    assert (isinstance(block, Fragment), newsdoc.model.plain_text(block)) == (stamp, line)
    assert article.published is None


def test_a_sentence_that_opens_with_a_date_year_first_is_the_storys() -> None:
    line = "2024.3.14 was the day the first ferry sailed again across the bay."
    assert newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{line}\n").blocks[-1] == Paragraph(text=line)


@pytest.mark.parametrize("line", ["12 de mayo de 2024", "12 mai 2024", "12. Mai 2024"])
def test_a_date_alone_in_another_language_is_a_date_line(line: str) -> None:
    """Under the byline, the date as Spanish, French or German write it: no dek, a date line."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[2] == newsdoc.Fragment(text=line, role="date")


@pytest.mark.parametrize(
    "line",
    [
        *("Posted May 13, 6:51 AM", "Updated May 14, 9:41 PM;", "Updated: 14 May at 09:41 GMT"),
        # the hour alone of this day's update, after the date line that gives the day
        *("Updated: 6:10 PM CDT", "Updated at 9.15am"),
    ],
)
def test_a_labelled_date_without_its_year_is_a_date_line(line: str) -> None:
    """A template writes this year's dates without the year: the line is a date line, though it dates nothing."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[2] == newsdoc.Fragment(text=line, role="date")
    assert article.published is None


@pytest.mark.parametrize(
    "line",
    [
        *("Updated May figures show more crossings", "Posted May 3 to the harbour board, the letter"),
        "Updated 6:10 PM, the crew said",
    ],
)
def test_a_sentence_that_opens_with_a_date_label_is_no_date_line(line: str) -> None:
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{line}\n")
    assert article.blocks[-1] == Paragraph(text=line)


def test_a_weekdays_name_in_a_sentence_is_no_date() -> None:
    """A name that is a weekday's in some language ("Domingo") makes no line with a year a date."""
    line = "Ines Domingo, 2024"
    assert not classify.shows_date(line, newsdoc.DEFAULT_CUES)
    assert newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n").published is None


def test_a_comments_byline_dates_nothing() -> None:
    """Only the article's own byline dates it: a comment's "Posted by ... on ..." under the body does not."""
    text = (
        f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n2 Comments\n\nPosted by Tom Ek on May 20, 2024\n"
    )
    article = newsdoc.parse_text(text)
    assert (article.authors, article.published) == (("Ines Volk",), None)


def test_a_date_after_a_middle_dot_is_a_date_field() -> None:
    """A desk's name, a middle dot, then the date: the line dates the piece, as with a bar between."""
    line = "Harbour Desk \u00b7 May 12, 2024"
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n")
    assert (article.blocks[1], article.published) == (newsdoc.Fragment(text=line, role="date"), dt.date(2024, 5, 12))


@pytest.mark.parametrize(
    "line",
    [
        "Concert in the park - May 3, 2024",  # an event and its day
        "Ferry service resumes after strike \u2013 April 2, 2024",  # a teaser and its date
        "Open daily, May 3 \u2013 June 30, 2024",  # a span of days
    ],
)
def test_a_date_after_a_dash_is_no_date_line(line: str) -> None:
    """Events, teasers and spans set their dates after a dash: no date line, and they date nothing."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{line}\n\n{FERRY}\n")
    block = article.blocks[2]  # (the body's: a paragraph, or a subheading between its paragraphs)
    assert (type(block) in (newsdoc.Paragraph, newsdoc.Heading), block.text, article.published) == (True, line, None)


def test_a_dash_and_a_date_inside_a_sentence_make_no_date_line() -> None:
    line = "The vote - held on May 12, 2024 - passed by a single voice."
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{line}\n")
    assert article.blocks[-1] == newsdoc.Paragraph(text=line)


@pytest.mark.parametrize("line", ["- May 12th 2024 8:54 am PT", "12/05/2024", "May 12, 2024 | Harbour Desk"])
def test_an_unlabelled_date_line_is_a_dateline_that_dates_nothing(line: str) -> None:
    """A whole date alone, or in the first field: a dateline, but not saying whose (the article's, a teaser's).

    (Before a byline's field it is the byline's date: "May 12, 2024 | By Ines Volk" names and dates the piece.)
    """
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n")
    assert (article.blocks[1], article.published) == (newsdoc.Fragment(text=line, role="date"), None)


@pytest.mark.parametrize("line", ["05/14/2024", "14/05/2024", "14.05.2024"])
def test_a_date_in_numbers_alone_dates_the_article_when_it_is_one_day(line: str) -> None:
    """Americans write the month first, most others the day: 14 can be only the day. ("12/05/2024" could be either.)"""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n")
    assert (article.blocks[1], article.published) == (newsdoc.Fragment(text=line, role="date"), dt.date(2024, 5, 14))


@pytest.mark.parametrize("line", ["May 2024", "12:05 2024", "May 12, 2024 was the day the ferry stopped running."])
def test_a_month_or_a_sentence_with_a_date_is_no_dateline(line: str) -> None:
    """An archive's month, a time and a year, or a sentence that opens with a date."""
    assert newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n").blocks[1] == Paragraph(
        text=line
    )


@pytest.mark.parametrize("line", ["Posted 2024", "Updated daily", "Posted in Harbours, 2024 season"])
def test_a_label_without_a_whole_date_dates_nothing(line: str) -> None:
    text = f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert (article.blocks[1], article.published) == (newsdoc.Paragraph(text=line), None)


@pytest.mark.parametrize("brackets", [("", ""), ("(", ")")])
def test_a_wire_storys_staff_line_is_its_byline(brackets: tuple[str, str]) -> None:
    """ "Reporting by …; Editing by …" at the end of wire copy names the reporters, and is no body; in brackets too."""
    staff = "Reporting by Ana Ruiz in Lisbon; additional reporting by Tom Ek and Li Wei; Editing by Mara Lind"
    staff = staff.join(brackets)
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{staff}\n")
    assert article.blocks[-1] == newsdoc.Fragment(text=staff, role="byline")
    assert article.authors == ("Ana Ruiz",)
    # After a bare "By", a semicolon is a sentence's: no byline.
    prose = "By Monday the levee held; by Tuesday it broke, and the town flooded for the second time this year."
    assert isinstance(newsdoc.parse_text(f"{FERRY}\n\n{prose}\n").blocks[-1], newsdoc.Paragraph)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Ines Volk, Staff Writer", ("Ines Volk",)),
        ("By Ines Volk, Harbour Affairs Correspondent", ("Ines Volk",)),
        ("By Ines Volk and Tom Ek, Reuters", ("Ines Volk", "Tom Ek")),
        ("By INES VOLK Associated Press", ("Ines Volk",)),  # a name in capitals, then the agency
        ("By Ines Volk, Saltcote", ("Ines Volk",)),  # one word after a comma: where she wrote from, no one's name
        ("By Ines Volk and Tom Ek, Saltcote", ("Ines Volk", "Tom Ek")),
        ("By Ines Volk Associated Press", ("Ines Volk",)),  # her name and the agency's, two spans run together
        ("By Ines Volk and Tom Ek Reuters", ("Ines Volk", "Tom Ek")),
        ("By Ines Volk/AP", ("Ines Volk",)),  # the agency after a slash, unspaced, as wire copy credits its staff
        ("By Ines Volk and Tom Ek/Reuters", ("Ines Volk", "Tom Ek")),
        # an agency no one here knows, by its last word, run on after her name
        ("By Ines Volk Tidewater Press Agency", ("Ines Volk",)),
        ("By Ines Ann Volk Saltcote Wire", ("Ines Ann Volk",)),  # the name keeps all it may
        ("By Ines Volk Press Agency", ("Ines Volk Press Agency",)),  # no agency's own name: no cut
        # a name in capitals, then her post or an agency no one here knows, as words are written
        ("By INES VOLK Staff Writer", ("Ines Volk",)),
        ("By INES VOLK and TOM EK Harbour Wire Writers", ("Ines Volk", "Tom Ek")),
        ("By INES VOLK", ("Ines Volk",)),
        ("By Ines Volk, Consumer Affairs", ("Ines Volk",)),  # her desk
        ("By Ines Volk, The Harbour Times", ("Ines Volk",)),
        ("Posted by Ines Volk on May 12, 2024 at 8:10 am", ("Ines Volk",)),
        ("By Ines Volk on Tuesday, May 12, 2024", ("Ines Volk",)),
        ("By Ines Bloomberg", ("Ines Bloomberg",)),  # an agency's name may be a person's too
        ("By AP", ("AP",)),  # an agency alone is who there is
        ("By Ines Volk, MD, MPH", ("Ines Volk",)),  # letters after a name
        # her post, of what or where, and the body she writes for: no second writer
        ("By Ines Volk, Director of Island Research", ("Ines Volk",)),
        ("By Ines Volk, Professor of Maritime Law", ("Ines Volk",)),
        ("By Ines Volk, Skerry Fisheries Alliance", ("Ines Volk",)),
        ("By Ines Volk and Anna of Kessel", ("Ines Volk", "Anna of Kessel")),  # a name that holds "of"
        ("By Ines Volk, harbournews.com", ("Ines Volk",)),  # a site's address
        ("By \u00c9mile Roux and \u0141ukasz Nowak", ("\u00c9mile Roux", "\u0141ukasz Nowak")),  # capitals beyond ASCII
        ("By \u041b\u0438\u0434\u0430 \u0420\u043e\u0439", ("\u041b\u0438\u0434\u0430 \u0420\u043e\u0439",)),
        ("Ines Volk, Harbour Affairs Correspondent", ("Ines Volk",)),  # signed without "By", a job in capitals
        ("Ines Volk and Tom Ek, Staff Writers", ("Ines Volk", "Tom Ek")),
        ("By Ines Volk, Tom Ek, and Ana Ruiz, Reuters", ("Ines Volk", "Tom Ek", "Ana Ruiz")),  # a serial comma
        ("By Ines Volk, Tom Ek, & Ana Ruiz", ("Ines Volk", "Tom Ek", "Ana Ruiz")),
        ("By: Ines Volk", ("Ines Volk",)),  # the prefix with a colon
        ("Interview by Ines Volk", ("Ines Volk",)),
        ("Reviewed by Ines Volk", ("Ines Volk",)),  # a critic's review
        # "by:" in Hindi, "written:" in Persian, "report:" in Urdu, before a name in a script without capitals
        (
            "\u0926\u094d\u0935\u093e\u0930\u093e: \u0938\u0941\u0928\u0940\u0924\u093e \u0930\u093e\u0935",
            ("\u0938\u0941\u0928\u0940\u0924\u093e \u0930\u093e\u0935",),
        ),
        (
            "\u0646\u0648\u0634\u062a\u0647: \u0645\u0631\u06cc\u0645 \u0631\u0627\u062f",
            ("\u0645\u0631\u06cc\u0645 \u0631\u0627\u062f",),
        ),
        (
            "\u0631\u067e\u0648\u0631\u0679: \u0645\u0631\u06cc\u0645 \u0631\u0627\u062f",
            ("\u0645\u0631\u06cc\u0645 \u0631\u0627\u062f",),
        ),
        # "Interviewed by" in Russian, by a woman; in Ukrainian, by a man
        (
            "\u0411\u0435\u0441\u0435\u0434\u043e\u0432\u0430\u043b\u0430 \u041b\u0438\u0434\u0430 \u0420\u043e\u0439",
            ("\u041b\u0438\u0434\u0430 \u0420\u043e\u0439",),
        ),
        (
            "\u0420\u043e\u0437\u043c\u043e\u0432\u043b\u044f\u0432 \u041b\u0456\u0434\u0430 \u0420\u043e\u0439",
            ("\u041b\u0456\u0434\u0430 \u0420\u043e\u0439",),
        ),
        ("Words and pictures by Ines Volk", ("Ines Volk",)),  # a photo essay's writer made its pictures
        # When the piece was written is nobody's name, after a comma or run into the name
        ("By Ines Volk, March 3, 2021", ("Ines Volk",)),
        ("By Ines Volk, Wednesday, 20 November 2019 08:05 GMT", ("Ines Volk",)),
        ("By Ines Volk November 19, 2019, 07:47 PM EST", ("Ines Volk",)),
        ("By Marcus", ("Marcus",)),  # a name that opens as a month does ("Mar"), but is none
        ("By Ines Volk, special to the Harbour Times", ("Ines Volk",)),  # where, not who
        ("By AP, March 3, 2021", ("AP",)),  # an agency alone, and the date after it
        ("By May Lind and June Ek", ("May Lind", "June Ek")),  # months as first names
        # Fields after a middle dot or a bullet, as after a bar; the writer's account after her name
        ("By Ines Volk \u00b7 12 May 2024", ("Ines Volk",)),
        ("By Ines Volk\u00b712 May 2024", ("Ines Volk",)),  # a template's two spans run together
        ("By Ines Volk|Harbour Desk", ("Ines Volk",)),
        ("by Ines Volk @inesvolk May 12, 2024 at 9:24 pm ET \u2022 2 min read", ("Ines Volk",)),
        # A machine's time stamp after the names, as a template prints a <time> element's value
        ("By Ines Volk 2024-05-12T09:24:00Z Science & Harbours", ("Ines Volk",)),
        ("By INES VOLK - 2024-05-12", ("Ines Volk",)),
        ("By Ines Volk Published 05/12/2024 10:15 AM", ("Ines Volk",)),  # the label, then the stamp
        # Bylines in French, Spanish and German, their names joined as those languages join them
        ("Par Ines Volk et Tom Ek", ("Ines Volk", "Tom Ek")),
        ("Por Ines Volk y Tom Ek", ("Ines Volk", "Tom Ek")),
        ("Von Ines Volk und Tom Ek", ("Ines Volk", "Tom Ek")),
        ("Von Ines Volk publiziert am 12. Mai 2024", ("Ines Volk",)),  # a date label in lower case
        ("By Ines Volk, Harbour University", ("Ines Volk",)),  # where she works, as an academic signs
        # a broadcaster, a syndicate, a paper named by its first word: where she works, no one's name
        ("By Ines Volk, Tidewater Radio", ("Ines Volk",)),
        ("By Ines Volk, Lakeland Features Syndicate", ("Ines Volk",)),
        ("Por Ines Volk, Gazeta do Porto \u2014 Vila Nova", ("Ines Volk",)),
        ("Por Ines Volk, Rede Litoral \u2014 Vila Nova", ("Ines Volk",)),
        # her post, then its unit, which "and" parts as it parts two writers
        ("By Ines Volk, Senior Fellow, Trade and Shipping Programme", ("Ines Volk",)),
        ("By Ines Volk, Research Fellow, Security and Ports", ("Ines Volk",)),
        ("By Ines Volk, Staff Writer, and Tom Ek", ("Ines Volk", "Tom Ek")),  # (a guard: passes without the rule)
        # ... or the post's first field, before "and": what she covers
        ("By Ines Volk, Health and Courts Correspondent", ("Ines Volk",)),
        # a post whose noun is an officer's or a lead's; a credential, marked as registered
        ("By Ines Volk, Emergency Communications Officer", ("Ines Volk",)),
        ("By Ines Volk, Medical Team Lead", ("Ines Volk",)),
        ("By Ines Volk, CFP\u00ae", ("Ines Volk",)),
        # Where the writer wrote from, after a comma, as German and Spanish papers sign
        ("Von Ines Volk, Hafenstadt", ("Ines Volk",)),
        ("Av Ines Volk, journalist", ("Ines Volk",)),  # or her trade, as Norwegian and Swedish papers sign
        ("Von Ines Volk und Tom Ek, Bad Seeburg", ("Ines Volk", "Tom Ek")),
        ("Por Ines Volk, Vigo", ("Ines Volk",)),
        # her trade's noun first, as French, Spanish, Italian and Portuguese set it
        ("Par Ines Volk, journaliste sant\u00e9", ("Ines Volk",)),
        ("Por Ines Volk, periodista de econom\u00eda", ("Ines Volk",)),
        # the newsroom's envoy and where it sent her; a university post, then where she holds it
        ("Por Ines Volk, enviada especial a Porto Varn", ("Ines Volk",)),
        ("di Ines Volk, inviata a Porto Varn", ("Ines Volk",)),
        ("Av Ines Volk, docent i sj\u00f6historia, Varns universitet", ("Ines Volk",)),
        # Swahili "Na", Tagalog "Ni"
        ("Na Ines Volk, Mtwara", ("Ines Volk",)),
        ("Ni Ines Volk", ("Ines Volk",)),
        # A French or Spanish date run on after the names, its word for "on" before it
        ("Par Ines Volk le 12 mai 2024", ("Ines Volk",)),
        ("Par Ines Volk Le 12 mai 2024 \u00e0 18h12", ("Ines Volk",)),
        ("Por Ines Volk el 12 de mayo de 2024", ("Ines Volk",)),
        ("By Ines Le May 12, 2024", ("Ines Le",)),  # an English date: "Le" is her name
        ("Par Ines Volk, le 12 mai 2024 \u00e0 9h24", ("Ines Volk",)),  # the date, and its time as French writes it
        ("By Tam Le, May 12, 2024", ("Tam Le",)),  # a name's "Le" is capitalised: no French word before the date
        ("By Ines Volk Sun, 05/12/2024 - 09:24", ("Ines Volk",)),  # a template's stamp, its weekday first
        ("By Ines Volk Sunny 05/12/2024", ("Ines Volk Sunny",)),  # a name that opens as a weekday does
        # each name a link, the word that joins them on a line of its own, as get_text("\n") breaks them
        ("By \nInes Volk\n and \nTom Ek", ("Ines Volk", "Tom Ek")),
        ("By\nInes Volk\n&\nTom Ek", ("Ines Volk", "Tom Ek")),
    ],
)
def test_a_bylines_names_are_people(line: str, authors: tuple[str, ...]) -> None:
    """A job, an agency or a publication after the names, or when the piece was posted, is nobody's name."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[1] == newsdoc.Fragment(text=line, role="byline")
    assert article.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "By Ines Volk | May 12, 2024",
        "By Ines Volk \u00b7 May 12, 2024",
        "By Ines Volk Published May 12, 2024",  # the label with no colon after it
        "By Ines VolkPublished May 12, 2024",  # two spans a converter runs together
        "By Ines Volk | May 12, 2024 | Updated May 14, 2024",  # the first publication's, not the update's
        "By Ines Volk - May 12, 2024",  # a dash after the names, as after a bar
        "By Ines Volk May 12, 2024",  # the date run on after the names
        "Posted by Ines Volk on May 12, 2024",
        "By Ines Volk, Sunday, 12 May 2024",
        "By Ines Volk Sunday, May 12, 2024",  # the weekday no part of her name
        "Posted by Ines Volk on May 12, 2024 in Harbours",  # the section after the date
        "By Ines Volk on May 12, 2024.",  # a sentence's full stop, as a blog's footer line ends
        "By Ines Volk, May 12, 2024 | Updated May 14, 2024",
        "Por Ines Volk 12 de mayo de 2024",
        "By Ines Volk \u2013 May 12, 2024",
        "Par Ines Volk le 12 mai 2024",
        # the word before the day that French and Spanish write, as English writes "on"
        "Par Ines Volk, le 12 mai 2024",
        "Por Ines Volk, el 12 de mayo de 2024",
        # the column's name or the date in a field before the byline's, as a template sets its row
        "Harbour Clinic | By Ines Volk | May 12, 2024",
        "Opinion \u00b7 By Ines Volk \u00b7 May 12, 2024",
        "May 12, 2024 | By Ines Volk",
    ],
)
def test_a_byline_with_its_date_on_the_line(line: str) -> None:
    """The byline's date after a bar, a dot or a label: the writer's, and the article's date."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[1] == newsdoc.Fragment(text=line, role="byline")
    assert (article.authors, article.published) == (("Ines Volk",), dt.date(2024, 5, 12))


@pytest.mark.parametrize(
    "line", ["by Ines Volk May 12, 2024", "by Ines Volk | May 12, 2024", "by Ines Volk \u00b7 12 May 2024"]
)
def test_a_byline_in_lower_case_on_the_line_under_the_headline(line: str) -> None:
    """A template's "by" in lower case, a line break under the headline: the byline, not the headline going on."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n{line}\n\n{FERRY}\n")
    assert article.blocks[:2] == (
        newsdoc.Heading(text="Ferries Resume After the Storm", level=1),
        newsdoc.Fragment(text=line, role="byline", spacing="\n"),
    )
    assert (article.authors, article.published) == (("Ines Volk",), dt.date(2024, 5, 12))


@pytest.mark.parametrize("prefix", ["di", "por", "by"])
def test_a_byline_in_lower_case_on_the_line_under_a_dek_with_no_full_stop(prefix: str) -> None:
    """Italian and Spanish templates set the dek with no full stop, "di" or "por" in lower case on the line under
    it, the date under that: the byline, not the dek going on."""
    dek = "Le aziende richiamano i dipendenti in ufficio, e per i borghi \u00e8 un colpo"
    text = f"Il lavoro da remoto ha salvato i paesi\n{dek}\n{prefix} Ines Volk\n12 marzo 2025\n\n{FERRY}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[1:3] == (
        newsdoc.Standfirst(text=dek, spacing="\n"),
        newsdoc.Fragment(text=f"{prefix} Ines Volk", role="byline", spacing="\n"),
    )
    assert article.authors == ("Ines Volk",)


@pytest.mark.parametrize(
    "line", ["by Ines Volk in 2019.", "by Ines Volk, who has sailed it for 2 years.", "by Ines Volk."]
)
def test_a_sentence_going_on_with_by_a_name_stays_one(line: str) -> None:
    """A wrapped sentence that goes on with "by" and a name, and more than a date, stays one paragraph."""
    text = f"The timetable for the winter crossings was drawn up\n{line}"
    assert newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{text}\n").blocks[-1] == Paragraph(
        text=text
    )


def test_a_french_byline_with_its_date_and_time_run_on() -> None:
    """A French byline, "Par Jeanne Roux le 3 mars 2024 \u00e0 18h12": the names, the date, the time."""
    line = "Par Ines Volk le 12 mai 2024 \u00e0 18h12"
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[1] == newsdoc.Fragment(text=line, role="byline")
    assert (article.authors, article.published) == (("Ines Volk",), dt.datetime(2024, 5, 12, 18, 12))


def test_a_photographer_and_an_agency_under_the_headline_credit_the_lead_picture() -> None:
    """Scraped text shows no picture, but its credit under the headline: an agency after the bar is no outlet."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nInes Volk | Getty Images\n\n{FERRY}\n")
    assert (article.authors, type(article.blocks[1])) == ((), Caption)


@pytest.mark.parametrize(
    "line",
    [
        "By Ines Volk Published: May 12, 2024",
        # The label and the name, the name and the date label, each two elements a scraper runs together
        "Author:Ines VolkPublish date:May 12, 2024",
    ],
)
def test_a_byline_with_a_labelled_date_field(line: str) -> None:
    """A date field after the names is no name: it dates the piece, and the line over the dek is the headline."""
    dek = "How the crossing reopened three days early, and what the crews did first."
    text = f"Home\n\nFerries Resume After the Storm\n\n{dek}\n\n{line}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert (article.title, article.authors, article.published) == (
        "Ferries Resume After the Storm",
        ("Ines Volk",),
        dt.date(2024, 5, 12),
    )
    assert article.blocks[2:4] == (newsdoc.Standfirst(text=dek), newsdoc.Fragment(text=line, role="byline"))


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the council had voted to reopen the crossing.",  # when, not who
        "By June 2021, the ferries ran hourly again.",
        "By Tuesday the crossing was back on its summer timetable.",  # when, a sentence going on in lower case
        "By December I had ridden the ferry 212 times.",
        "By Ferry, the trip takes an hour and a half.",  # a clause in lower case after the comma
        # After "Von", "Por" and "Par", which open sentences as often as bylines, only names alone
        "Von Reedern, Fischern und Anwohnern kommt Widerstand gegen den Plan.",
        "Por Vigo y Cangas pasan cada d\u00eda miles de pasajeros.",
        "Von Anfang an war klar, dass die F\u00e4hre wieder f\u00e4hrt.",  # German opens sentences with "Von"
        "Von Reedern und Fischern, Hafenstadt",  # no names alone before the place
        "Por Vigo y Cangas, Moa\u00f1a",
        "Par ailleurs, la ligne reprend lundi.",
        "Por la ma\u00f1ana sale el primer barco.",
        # and after Swedish "Av", Danish "Af", Indonesian "Oleh", Romanian "De"
        "Av de 60 linjerna g\u00e5r bara fyra i dag.",
        "Av Skerry Hamns fyra f\u00e4rjor g\u00e5r bara en.",
        "Af de 40 buslinjer k\u00f8rer kun fire.",
        "Oleh karena itu, warga diminta waspada.",
        "De luni diminea\u021b\u0103 nu mai circul\u0103 autobuzele.",
        # and after Swahili "Na", Tagalog "Ni" (guards, which pass without those words too)
        "Na Mombasa, wavuvi walirudi baharini Jumatatu.",
        "Ni Juan, ang kapitan ng barko, ang unang dumating.",
    ],
)
def test_a_sentence_that_opens_with_by_is_no_byline(line: str) -> None:
    """A sentence may open with "By" and a capital: the paragraph stays in the body."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{line}\n")
    assert article.blocks[-1] == Paragraph(text=line)
    assert article.authors == ()


def test_a_feed_item_s_headline_under_its_trail_over_a_lower_case_byline_with_fields() -> None:
    """A feed's item as text, a line each: the trail, the headline, "por", the writer, the date's and the
    categories' fields, the body; the date's field in the byline's language."""
    text = (
        "El Faro de Skerry \u00bb Barrios\nVecinos recuperan el antiguo lavadero del puerto\n"
        "por Ines Volk | 12 de marzo de 2024 | Barrios, Patrimonio\n"
        "Despu\u00e9s de tres a\u00f1os cerrado, el lavadero del puerto vuelve a abrir como espacio cultural.\n"
    )
    article = newsdoc.parse_text(text)
    assert article.title == "Vecinos recuperan el antiguo lavadero del puerto"
    assert (article.authors, article.published) == (("Ines Volk",), dt.date(2024, 3, 12))
    assert article.blocks[2] == newsdoc.Fragment(
        text="por Ines Volk | 12 de marzo de 2024 | Barrios, Patrimonio", role="byline", spacing="\n"
    )


def test_a_french_headline_s_quote_is_no_breadcrumb_trail() -> None:
    """Guillemets close a quote with "\u00bb", a trail's mark between its crumbs: the quote's opening mark tells."""
    assert classify.is_breadcrumb("El Faro de Skerry \u00bb Barrios", newsdoc.DEFAULT_CUES)
    assert not classify.is_breadcrumb(
        "\u00ab\u00a0Le bac ne reviendra pas\u00a0\u00bb\u00a0: la col\u00e8re des \u00eeliens", newsdoc.DEFAULT_CUES
    )


@pytest.mark.parametrize(
    ("line", "trail"),
    [
        ("Home / World / Europe", True),
        ("Главная / В мире / Европа", True),  # Russian, its crumbs in lower case too
        ("Acas\u0103 / Local / Administra\u021bie", True),  # Romanian's home
        ("\u00davod / Kraj / Doprava", True),  # Czech's ("introduction"), Bengali's ("cover")
        ("\u09aa\u09cd\u09b0\u099a\u09cd\u099b\u09a6 / \u09ac\u09bf\u09a8\u09cb\u09a6\u09a8", True),
        # (guards, which pass without the rule too) a spaced slash between other things: no trail
        ("Ines Volk / Harbour Voices", False),
        ("Pier Road / Water Street", False),
    ],
)
def test_a_trail_parted_by_slashes_opens_with_the_home(line: str, trail: bool) -> None:
    """A trail whose crumbs spaced slashes part, over the headline, opens with the site's home."""
    text = f"{line}\n\nFerries Resume After the Storm\n\nBy Tom Ek\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert (article.blocks[0] == newsdoc.Fragment(text=line, role="breadcrumb")) is trail
    assert article.title == "Ferries Resume After the Storm"


def test_a_byline_over_its_date_lines() -> None:
    """The names, then a line for each date: when the piece was updated, and when it was first published."""
    byline = (
        "By Ines Volkmann-Ostrow and Tomas Ekwueme\n"
        "Updated Aug. 13, 2024, 5:10 p.m.\nOriginally published Aug. 12, 2024, 6:00 a.m."
    )
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{byline}\n\n{FERRY}\n")
    assert article.blocks[1] == newsdoc.Fragment(text=byline, role="byline")  # no republication note
    assert article.authors == ("Ines Volkmann-Ostrow", "Tomas Ekwueme")
    assert article.published == dt.datetime(2024, 8, 12, 6, 0)
    assert classify.read_note(byline, newsdoc.DEFAULT_CUES) is None


def test_by_over_a_date_line_is_no_byline() -> None:
    """A lone "By" whose name a scraper lost, over the date line: no author, no dek, and the date stands."""
    text = f"Ferries Resume After the Storm\n\nBy\nPublished: May 12, 2024\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert (article.authors, article.published) == ((), dt.date(2024, 5, 12))
    assert article.blocks[1:3] == (
        newsdoc.Paragraph(text="By"),
        newsdoc.Fragment(text="Published: May 12, 2024", role="date", spacing="\n"),
    )


def test_a_label_above_the_headlines_picture_is_no_dek() -> None:
    """Over the picture whose slug names the headline, a sentence is the dek; a site's name is none."""
    dek = "How the crossing reopened three days early, and what the crews did first."
    head = "Ferries Resume After the Storm"
    text = f"Harbour News\n\n{dek}\n\nap ferry1 300 12may24 {head}\n\n{head}\n\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[:2] == (newsdoc.Paragraph(text="Harbour News"), newsdoc.Standfirst(text=dek))


@pytest.mark.parametrize(
    ("line", "kind"),
    [("May 12, 2024 | BY: Harbour Desk", "Fragment"), ("How the crossing reopened | a report", "Standfirst")],
)
def test_a_date_and_byline_under_the_headline_are_no_dek(line: str, kind: str) -> None:
    """ "May 12, 2024 | BY: Harbour Desk" over the lead picture dates the piece; a sentence with a bar is a dek."""
    text = f"Ferries Resume After the Storm\n\n{line}\n\nIMG_2041\n\n{FERRY}\n"
    assert [type(b).__name__ for b in newsdoc.parse_text(text).blocks] == ["Heading", kind, "Image", "Paragraph"]


def test_a_caption_that_quotes_a_slogan_with_full_stops() -> None:
    """A quoted slogan's full stops inside the sentence ("“Ferry. Fast. Free.” campaign") end no sentence."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    caption = "Posters from the harbour board\u2019s \u201cFerry. Fast. Free.\u201d campaign. (harbourferries.com)"
    blocks = newsdoc.parse_text(f"{body}\n\n{caption}\n\n{body}\n").blocks
    assert blocks[1] == newsdoc.Caption(
        text="Posters from the harbour board\u2019s \u201cFerry. Fast. Free.\u201d campaign.",
        credit="harbourferries.com",
        credit_prefix=" (",
        credit_suffix=")",
    )
    # A quote that ends a sentence still ends it: two sentences and a bracket are a body's, not a caption.
    two = "The board said \u201cwe are open.\u201d The crossing filled by noon. (harbourferries.com)"
    assert isinstance(newsdoc.parse_text(f"{body}\n\n{two}\n\n{body}\n").blocks[1], newsdoc.Paragraph)


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("Ines Volk is Harbour Institute's senior analyst for shipping.", newsdoc.Bio),
        ("Ines Volk writes about shipping for the Harbour News.", newsdoc.Bio),
        # A trade in German: a research fellow, a professor
        ("Ines Volk ist wissenschaftliche Mitarbeiterin am Hafeninstitut in Varn.", newsdoc.Bio),
        ("Ines Volk ist Professorin f\u00fcr Seerecht in Varn.", newsdoc.Bio),
        ("Ines Volk ist mit dem Hafenmeister verheiratet.", newsdoc.Paragraph),  # no trade
        ("Ines Volk, Harbour Maritime College", newsdoc.Bio),
        ("Ines Volk | Harbour Maritime College", newsdoc.Bio),
        ("Harbour Scores | Expert Picks | Tide Tables", newsdoc.Paragraph),  # links parted by bars: a menu
        ("Ines Volk covers ports. Email ines@harbour.example or follow her on Twitter @inesvolk.", newsdoc.Bio),
        ("Ines Volk is a photographer based in Lisbon. Contact her at ines@harbour.example.", newsdoc.Bio),
        ("We may earn a commission when you buy through links on this page.", newsdoc.Disclaimer),
        ("Correction, May 3: An earlier version misspelled the name of the harbour.", newsdoc.Disclaimer),
        ("Cross-posted from Harbour Notes.", newsdoc.Attribution),
        ("Crossposted from Harbour Notes.", newsdoc.Attribution),
        # The phrase with either apostrophe, which a text's quotes may be
        ("The views in this column are the author's own and not the Harbour News'.", newsdoc.Disclaimer),
        ("The views in this column are the author\u2019s own and not the Harbour News\u2019.", newsdoc.Disclaimer),
        ("Adapted from Ines Volk's book, The Quay.", newsdoc.Attribution),
        ("This interview has been edited for length and clarity.", newsdoc.Disclaimer),
        ("The conversation has been condensed and edited.", newsdoc.Disclaimer),
        # An interview's intro that ends with the note: the sentence before it is the story's
        (
            "Ines Volk began counting seals as a volunteer in 2009 and now leads a team of twelve."
            " This interview has been edited for length and clarity.",
            newsdoc.Paragraph,
        ),
        # A note of the newsroom's, or a bio, before the note's phrase: one note
        ("Sometimes we link to the shops that sell what we review. We may earn a commission.", newsdoc.Disclaimer),
        # and what it says of itself after the phrase: "we say" is the newsroom's, and reports no one's speech
        (
            "We may earn a commission when you buy through links on this page. It never changes what we say about"
            " the kettles we test.",
            newsdoc.Disclaimer,
        ),
        ("Ines Volk is a fellow at the Harbour Institute. The views expressed here are her own.", newsdoc.Disclaimer),
        (
            "Ines Volk receives funding from the Varn Research Council. She does not work for, consult, own shares in"
            " or receive funding from any company that would benefit from this article.",
            newsdoc.Disclaimer,
        ),
        (
            "Note: This article gives the views of the author, not the position of the Harbour Institute.",
            newsdoc.Disclaimer,
        ),
        ("A version of this article appears in print on May 12, 2024, Section A, Page 1.", newsdoc.Disclaimer),
        # An academic's disclosure statement, as a site that publishes academics' articles writes it under each
        (
            "Ines Volk does not work for, consult, own shares in or receive funding from any company that would"
            " benefit from this article, and has disclosed no relevant affiliations beyond her academic post.",
            newsdoc.Disclaimer,
        ),
    ],
)
def test_notes_and_bios_after_the_body(tail: str, kind: type) -> None:
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing to all."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{body}\n\n{tail}\n")
    assert type(article.blocks[-1]) is kind


def test_pronoun_bio_after_a_bio() -> None:
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing to all."
    tail = "Ines Volk is a reporter.\nShe was previously a deckhand on supply boats."
    text = f"Ferries Resume\n\n{body}\n\n{body}\n\n{tail}\n"
    assert [type(b).__name__ for b in newsdoc.parse_text(text).blocks][-2:] == ["Bio", "Bio"]


@pytest.mark.parametrize(
    "tail",
    [
        "Maria Lopez directs the only shelter in the county, and says the ferry is a lifeline for her staff.",
        "That is not the position of the ferry board, a spokeswoman said on Tuesday evening.",
        "Her account of the crossing appeared first on a neighbour's blog, where it was shared hundreds of times.",
        "Mehr zum Thema wollte sich die Sprecherin der Reederei am Mittwoch nicht \u00e4u\u00dfern.",  # German prose
    ],
)
def test_a_last_paragraph_of_the_story_that_reads_almost_as_a_note_is_prose(tail: str) -> None:
    """A story may end on a person who directs something, a position, where an account appeared first."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing to all."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{body}\n\n{tail}\n")
    assert article.blocks[-1] == Paragraph(text=tail)


def test_note_phrase_amid_the_body_is_prose() -> None:
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    quoted = "The plan first appeared in a council paper in 2019, long before the storm hit the harbour."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{quoted}\n\n{body}\n")
    assert isinstance(article.blocks[2], Paragraph)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # A note's phrase in the story's own sentence: its last, or opening a sentence whose subject follows
        ("The choir's first songbook was originally published in 1958 by a printer in the old port.", Paragraph),
        ("Originally published in 1912, the first timetable promised a boat every day but Sunday.", Paragraph),
        ("Adapted from a scheme first tried in the northern isles, the trial will be reviewed next spring.", Paragraph),
        ("Adapted from a scheme first tried in the port of Skerryhaven, the trial ends in May.", Paragraph),
        ("Adapted from The Long Crossing, the new book by Ines Volk.", newsdoc.Attribution),
        ("Islanders may earn a commission on the charter bookings they pass to the new operator.", Paragraph),
        ("The views expressed at Wednesday's meeting will be passed to the regional assembly.", Paragraph),
        ("An earlier version of this plan, drawn up in 2019, would have closed the old quay.", Paragraph),
        # A note says it is one, or speaks of the piece or the newsroom
        ("Originally published by Harbour Voices, a nonprofit newsroom.", newsdoc.Attribution),
        ("Adapted from The Long Crossing, by Ines Volk, published by Harbour Press.", newsdoc.Attribution),
        ("The views expressed in the article are not those of Harbour Voices.", newsdoc.Disclaimer),
        ("The views expressed here are her own.", newsdoc.Disclaimer),
        ("Harbour Voices may earn a commission on purchases made through links on this page.", newsdoc.Disclaimer),
        ("An earlier version of this story gave the wrong date for the vote.", newsdoc.Disclaimer),
    ],
)
@pytest.mark.parametrize("amid", [False, True], ids=["last", "amid"])
@pytest.mark.parametrize("reader", [newsdoc.parse_text, newsdoc.from_markdown])
def test_a_notes_phrase_in_the_storys_sentence(
    reader: Callable[[str], newsdoc.Article], amid: bool, sentence: str, kind: type
) -> None:
    """A note's phrase, as the body's last sentence or amid it, is prose unless the note frames itself or its piece."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    text = f"Ferries Resume\n\nBy Ines Volk\n\n{body}\n\n{body}\n\n{sentence}\n" + (f"\n{body}\n" if amid else "")
    article = reader(text)
    assert [type(b) for b in article.blocks if getattr(b, "text", None) == sentence] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Editor's notes in the margins of the 1962 ledger show the ferry ran late on most winter mornings.",
        "Content warnings on the rowing forum, where the crews swap gossip, were plain: keep off the ice.",
    ],
)
def test_a_note_label_that_goes_on_as_a_word_is_prose(sentence: str) -> None:
    """A note's label ends with its last word ("Editor's note:"); "Editor's notes in ..." opens a sentence."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{sentence}\n\n{body}\n")
    assert article.blocks[2] == Paragraph(text=sentence)
    note = "Editor's note: The ferry timetable in this story was corrected on Friday."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{note}\n\n{body}\n")
    assert isinstance(article.blocks[2], newsdoc.Disclaimer)


def test_two_notes_in_one_block_are_parted() -> None:
    note = "Editor's note: Ines Volk is a senior fellow at the Harbour Institute. The views expressed are her own."
    *_, bio, disclaimer = newsdoc.parse_text(f"Ferries Resume\n\nThe body goes on.\n\n{note}\n").blocks
    assert isinstance(bio, newsdoc.Bio)
    assert isinstance(disclaimer, newsdoc.Disclaimer)
    assert (bio.name, disclaimer.spacing) == ("Ines Volk", " ")


@pytest.mark.parametrize(
    "text",
    [
        "x" * 2_000_000,
        "x\n" * 200_000,
        "Caption here. REUTERS/Jane Roe\n" * 20_000,
        "By\n" * 50_000,
        " " * 1_000_000 + "\n" + "y",
        "A man in Rome " * 400_000 + "Credit: Jane Roe",
        "Image via\n" * 100_000,
        "Image copyright " * 300_000,
        "I am a " * 700_000,
    ],
    ids=["long-line", "many-lines", "gallery", "bylines", "spaces", "label-late", "links", "labels", "self"],
)
def test_long_inputs_round_trip(text: str) -> None:
    """Cutting at line breaks stays linear: these would take minutes if it were not."""
    assert newsdoc.to_text(newsdoc.parse_text(text)) == text


def test_credit_phrase_ends_a_caption() -> None:
    """A gallery of portraits: a name, then a phrase that says it credits the picture."""
    portraits = "Ilse Draaijer  Submitted photo\n\nTomas Achterberg  Submitted photo\n"
    text = f"Ferries Resume\n\nThe crew of the first ferry:\n\n{portraits}"
    captions = [b for b in newsdoc.parse_text(text).blocks if isinstance(b, Caption)]
    assert [(c.text, c.credit) for c in captions] == [
        ("Ilse Draaijer", "Submitted photo"),
        ("Tomas Achterberg", "Submitted photo"),
    ]


def test_break_before_a_link_is_a_wrap() -> None:
    """A scraper breaks a line before a link; no line ends with "via" or "by" but for one."""
    caption = "Sailors wait on the quay.\nPhoto by\nIlse Draaijer"
    text = f"Ferries Resume\n\n{caption}\n\nImage via\nGetty Images\n\nThe body.\n"
    _heading, under, alone, _body = newsdoc.parse_text(text).blocks
    assert under == Caption(
        text="Sailors wait on the quay.", credit="Ilse Draaijer", credit_prefix="\nPhoto by\n", credit_suffix=""
    )
    assert alone == Caption(text="", credit="Image via\nGetty Images", credit_prefix="", credit_suffix="")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Sailors wait on the quay at Dunmere (Reuters)", Caption),
        ("Harbour master Ilse Draaijer (AFP)", Caption),
        ("Officials said forty homes were damaged (Reuters).", Paragraph),
        ("DUNMERE (Reuters) - The ferries resumed on Monday (Reuters)", Paragraph),
        ("The ferries resumed. Officials said more would follow (AP)", Paragraph),
        ("Posters from the harbour board's summer campaign (harbourboard.org)", Caption),
        ("\u00a9 2000 - 2024 Harbour Media (harbourmedia.com)", Fragment),  # the site's copyright line
    ],
)
def test_agency_in_brackets_after_a_short_line(line: str, kind: type) -> None:
    """A caption sets the agency after its words; a body sentence cites it before its full stop."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{line}\n\n{body}\n").blocks
    assert type(blocks[2]) is kind


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Sailors wait on the quay Credit: Harbour Board", "Harbour Board"),
        ("Sailors wait on the quay Photo: Ilse Draaijer", "Ilse Draaijer"),
        ("Sailors wait. Photo: iFixit", "iFixit"),
        ("Sailors wait. Example County Sheriff's Office via AP", "Example County Sheriff's Office via AP"),
        # a handout, perhaps its source's, and whoever passed it on, an agency no one here knows
        ("Sailors wait. Handout via Harbour Wire", "Handout via Harbour Wire"),
        ("Sailors wait. Skerry Coastguard handout via Harbour Wire", "Skerry Coastguard handout via Harbour Wire"),
    ],
)
def test_credit_after_a_caption_on_its_line(line: str, credit: str) -> None:
    found = newsdoc.classify.find_credit(line, newsdoc.DEFAULT_CUES)
    assert found is not None
    assert found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "Above Photo: Harbour Board",  # a credit placed on the page, not a caption "Above"
        "All articles are protected by law Copyright (C)",  # a sign without a holder
        "Image Copyright @harbourboard @harbourboard",  # an embedded social post
        "Comment via Sputnik",  # one word is no source handing a picture on
        "The council voted to hand out leaflets via Harbour Post",
    ],
)
def test_credits_that_are_none_on_their_line(line: str) -> None:
    found = newsdoc.classify.find_credit(line, newsdoc.DEFAULT_CUES)
    assert found is None or not found.text


def test_first_person_bio_outside_the_body_only() -> None:
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing."
    me = "I am a writer and former ferry mechanic who has covered the fens since 2015."
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{body}\n\n{me}\n\n{body}\n\n{me}\n").blocks
    assert [type(b) for b in blocks[1:]] == [Paragraph, Paragraph, Paragraph, Paragraph, newsdoc.Bio]


def test_note_phrase_with_a_letter_that_folds_to_ascii() -> None:
    """The cheap word check before the phrase search misses no phrase a case-blind search finds."""
    note = "This essay was repr\u0131nted from the Harbour Review."  # a dotless i matches "i" case-blind
    assert isinstance(newsdoc.classify.read_note(note, newsdoc.DEFAULT_CUES), newsdoc.Attribution)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("First Published:", type(None)),
        ("Originally published", type(None)),
        ("Originally published in the Harbour Review.", newsdoc.Attribution),
    ],
)
def test_note_phrase_alone_is_a_label(text: str, kind: type) -> None:
    assert type(newsdoc.classify.read_note(text, newsdoc.DEFAULT_CUES)) is kind


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a label and a date date the piece; a label and where, or a date and where, say where it ran first
        ("Originally published March 3, 2026 at 5:00 a.m.", None),
        ("First published in The Harbour Review.", "The Harbour Review"),
        ("This essay was first published on March 3 by The Harbour Review.", "The Harbour Review"),
        ("This essay was first published in May 2024 by The Harbour Review.", "The Harbour Review"),
        ("This essay was first published on 3 March 2026 in the Harbour Review.", "Harbour Review"),
    ],
)
def test_a_notes_date_is_no_source(text: str, source: str | None) -> None:
    note = newsdoc.classify.read_note(text, newsdoc.DEFAULT_CUES)
    assert (note.source if isinstance(note, newsdoc.Attribution) else None) == source
    assert isinstance(note, newsdoc.Attribution) is (source is not None)


def test_a_dated_line_under_the_body_dates_the_piece() -> None:
    stamp = "Originally published March 3, 2026 at 5:00 a.m."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\n{stamp}\n")
    assert article.blocks[-1] == newsdoc.Fragment(text=stamp, role="date")
    assert (article.source, article.published) == (None, dt.datetime(2026, 3, 3, 5, 0))


@pytest.mark.parametrize(
    "line",
    [
        "Contributing: Ottilie Marsh, The Fenland Courier",
        "Edited by Kasia Lindqvist",
        "Contact the reporter at ilse.draaijer@harbour.example or 555-0142.",
        "Got a story idea about the ferries? Contact transport reporter Ilse Draaijer at ilse@harbour.example.",
        "To contact the reporter on this story: Ilse Draaijer in Emden at idraaijer@harbour.example",
        # an investigation's call for tips
        "Do you have information about the ferry contracts? Contact Ilse Draaijer at ilse@harbour.example.",
        "Do you know more about the pier repairs? Write to our investigations team at tips@harbour.example.",
        # any question to the reader, then the call to answer it and where; or the call alone
        "Do you use the early ferry? Tell us at ferries@harbour.example",
        "Have you been stranded on the island? Let us know at www.harbour.example/ferry-form",
        "Email us at tips@harbour.example",
        # a short question, then where to answer, closing the line: in English, German, Dutch, Spanish
        "Want to respond? Send a letter to the editor at letters@harbour.example.",
        "Was meinen Sie? Schreiben Sie uns Ihre Meinung an leserbriefe@harbour.example.",
        "Reageren? Stuur een brief van hooguit 200 woorden naar brieven@harbour.example.",
        "\u00bfHas visto un bulo? Env\u00edanoslo por WhatsApp al +34 600 000 000.",
        # as a paper addresses its reader in Spanish ("usted"), the call's terms after the address
        "¿Tiene una queja? Escríbanos a quejas@harbour.example. Elegimos algunas cada semana y no respondemos a todas.",
        "Send a letter to the editor (300 words at most) to letters@harbour.example, with your name and town.",
        # the writer's address, after her name or "her"
        "Contact Ilse Draaijer at idraaijer@harbour.example or 555-0142.",
        "Reach her at idraaijer@harbour.example.",
        # a short question, then a call of a few words to tell the newsroom: "us", or its desk
        *("Spotted a mistake? Let us know.", "Got a tip about the ferries? Email the news desk."),
        # a title's dot in the question
        "Have a question for Dr. Lind? Email askdoc@harbour.example. Letters may be edited.",
    ],
)
def test_a_newsrooms_lines_under_the_story_are_no_body(line: str) -> None:
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\n{line}\n").blocks
    assert isinstance(blocks[-1], Fragment)


@pytest.mark.parametrize(
    "line",
    [
        "Do you have information about the old ferry? Few people do, and the archive burned in 1956.",
        # (guards, which pass without the rule too) a call that is no newsroom's, and one in a quote
        "Do you know the pier? Get in touch with the council at www.council.example if a light is out.",
        "\u201cTell us where the money went,\u201d the protesters wrote on www.harbour.example.",
        "Reach Harbour Point by the early ferry, as the pilgrims did.",  # no address to reach it at
        # a question the story asks, an address amid its answer
        "Who pays? The council wrote to residents at info@harbour.example to ask for their views.",
        # a call to tell someone else than the newsroom
        "Who could blame the crew? Tell the harbour master.",
    ],
)
def test_a_question_to_the_reader_with_no_way_to_answer_is_the_storys(line: str) -> None:
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\n{line}\n").blocks
    assert blocks[-1] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("\u00a9 2026 The Fenland Courier", True),  # a paper's
        ("\u00a9 Copyright Estuary Media 2026", True),  # the mark and the word: a site's, not a picture's
        ("Copyright 2026 The Harbour Gazette", True),
        ("\u00a9 Ilse Draaijer 2026", False),  # a photographer's
    ],
)
def test_a_papers_copyright_line_is_its_notice(line: str, notice: bool) -> None:
    assert newsdoc.classify.site_notice(line, newsdoc.DEFAULT_CUES) is notice


def test_a_wire_storys_staff_line_has_no_headline_over_it() -> None:
    """The staff line closes the story: the line over it (a caption with no full stop) is no headline."""
    lines = [
        "Grain barges queue as the river runs low",
        "ESSEN, March 4 (Nordwire) - Barges on the lower river carried a third less grain in February, the "
        "shippers' association said on Wednesday.",
        "Skippers said they loaded boats to half their depth to clear the shallows near the weir.",
        "A barge waits at the lock at Wesel on March 3, 2026. NORDWIRE/Pieter Valk",
        "The association expects the river to rise when the snow melts in the hills later this month.",
        "Reporting by Pieter Valk; Writing by Anouk Smit; Editing by Rob Harker",
    ]
    article = newsdoc.parse_text("\n\n".join(lines) + "\n")
    assert article.title == lines[0]
    assert [type(b).__name__ for b in article.blocks] == [
        "Heading",
        "Paragraph",
        "Paragraph",
        "Caption",
        "Paragraph",
        "Fragment",
    ]
    assert article.blocks[3].credit == "NORDWIRE/Pieter Valk"  # type: ignore[union-attr]


def test_a_photographer_and_her_post_after_a_bar_is_a_credit() -> None:
    """A paper credits its own staff's pictures with the post: "... at the lock. Jane Roe | Staff Photographer"."""
    found = newsdoc.classify.find_credit("A barge at the lock. Pieter Valk | Staff Photographer", newsdoc.DEFAULT_CUES)
    assert found is not None
    assert (found.text, found.credit, found.strong) == (
        "A barge at the lock.",
        "Pieter Valk | Staff Photographer",
        True,
    )
    # a desk after the bar is no credit: "Jane Roe | Metro Desk"
    assert newsdoc.classify.find_credit("The vote passed. Pieter Valk | Metro Desk", newsdoc.DEFAULT_CUES) is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("A barge waits at the lock on March 3, 2026. NORDWIRE/Pieter Valk", "NORDWIRE/Pieter Valk"),
        ("A barge waits at the lock. NORDWIRE/Pieter Valk/File Photo", "NORDWIRE/Pieter Valk/File Photo"),
    ],
)
def test_an_agency_in_capitals_before_its_photographer_is_a_credit(caption: str, credit: str) -> None:
    found = newsdoc.classify.find_credit(caption, newsdoc.DEFAULT_CUES)
    assert found is not None
    assert (found.strong, found.credit) == (True, credit)
    # two words in capitals a slash apart, after a sentence, are none: "... in Geneva. NATO/Russia"
    other = newsdoc.classify.find_credit("The two met in Geneva. NATO/Russia", newsdoc.DEFAULT_CUES)
    assert other is None or not other.strong


@pytest.mark.parametrize(
    ("note", "kind", "source"),
    [
        ("Dit stuk werd eerder gepubliceerd op De Kustbode.", newsdoc.Attribution, "De Kustbode"),
        ("Artiklen blev oprindeligt udgivet i Havnebladet.", newsdoc.Attribution, "Havnebladet"),
        ("Denne teksten ble f\u00f8rst publisert i Fjordposten.", newsdoc.Attribution, "Fjordposten"),
        ("Texten har tidigare publicerats i Kustnytt.", newsdoc.Attribution, "Kustnytt"),
        ("Articol preluat de pe Portul Nou.", newsdoc.Attribution, "Portul Nou"),
        ("\u010cl\u00e1nek byl p\u016fvodn\u011b publikov\u00e1n v t\u00fddeníku Krajina.", newsdoc.Attribution, None),
        ("De auteur schrijft op persoonlijke titel.", newsdoc.Disclaimer, None),
        ("Tekst wyra\u017ca wy\u0142\u0105cznie pogl\u0105dy autorki.", newsdoc.Disclaimer, None),
        ("Articolul reprezint\u0103 opinia personal\u0103 a autorului.", newsdoc.Disclaimer, None),
        (
            "B\u00e0i vi\u1ebft th\u1ec3 hi\u1ec7n quan \u0111i\u1ec3m ri\u00eang c\u1ee7a t\u00e1c gi\u1ea3.",
            newsdoc.Disclaimer,
            None,
        ),
        # ended by Hindi's full stop, the danda: "These are the writer's own views."
        (
            "\u092f\u0947 \u0932\u0947\u0916\u0915 \u0915\u0947 \u0928\u093f\u091c\u0940 "
            "\u0935\u093f\u091a\u093e\u0930 \u0939\u0948\u0902\u0964",
            newsdoc.Disclaimer,
            None,
        ),
    ],
)
def test_notes_in_more_languages(note: str, kind: type, source: str | None) -> None:
    found = newsdoc.classify.read_note(note, newsdoc.DEFAULT_CUES)
    assert type(found) is kind
    assert getattr(found, "source", None) == source


def test_share_buttons_are_no_dek() -> None:
    text = "Ferries Resume\n\nShare on: Facebook Twitter Reddit Email\n\nBy Ilse Draaijer\n\nThe body goes on.\n"
    assert not any(isinstance(b, newsdoc.Standfirst) for b in newsdoc.parse_text(text).blocks)


def test_teaser_cut_short_is_no_pull_quote() -> None:
    body = "The harbour app now shows the ferry times for every crossing in the estuary, its makers said on Monday."
    other = "The council paid for the work from its transport budget, and says the app will stay free to use."
    for line, kind in [
        ("The harbour app now shows the ferry times for every crossing in the estuary, its makers said.", PullQuote),
        ("The harbour app now shows the ferry times for every crossing in the...", Paragraph),
    ]:
        blocks = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{line}\n\n{other}\n").blocks
        assert type(blocks[2]) is kind


def test_credit_a_blank_line_under_a_caption_of_two_sentences() -> None:
    caption = "Need a ferry? The harbour app shows every crossing."
    *_, found = newsdoc.parse_text(
        f"Ferries Resume\n\nThe body goes on.\n\n{caption}\n\n(Image credit: Harbour Board)\n"
    ).blocks
    assert isinstance(found, Caption)
    assert (found.text, found.credit) == (caption, "Harbour Board")


@pytest.mark.parametrize(
    "line",
    [
        "Most mornings are calm, she says, and she spends them mending nets on the slip.",
        "The crossing takes twenty minutes on a good day, he said.",
        "Les matins sont calmes, dit-elle, et elle répare les filets.",
    ],
)
def test_a_sentence_that_reports_speech_over_a_credit_alone_stays_the_storys(line: str) -> None:
    """A credit line alone under a sentence of the story credits a picture the text does not show.

    The sentence hangs its words on someone ("she says"), as a story's prose does and a caption,
    saying what a picture shows, does not: it stays a paragraph, the credit a caption of its own.
    """
    text = f"Ferries Resume\n\nThe body goes on.\n\n{line}\n\nPhoto: Harbour Board\n\nThe body goes on again.\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[2] == Paragraph(text=line)
    assert isinstance(blocks[3], Caption)
    assert (blocks[3].text, blocks[3].credit) == ("", "Harbour Board")


BODY = (
    "The ferry service resumed on Monday after three days of storms, and the harbour board said the "
    "timetable would be back to normal by the weekend."
)


def test_an_agencys_name_alone_between_a_caption_and_the_body_credits_the_caption() -> None:
    """ "Shutterstock" a blank line under a caption, the body going on under it, is that picture's credit."""
    caption = "A ferry leaves the harbour at dawn."
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{BODY}\n\n{caption}\n\nShutterstock\n\n{BODY}\n").blocks
    assert blocks[2] == Caption(text=caption, credit="Shutterstock", credit_prefix="\n\n", credit_suffix="")
    # Over a caption, or between two short lines, the name alone is no credit: a menu's item, a source.
    for after in ("The crew at the quay.", "Share"):
        blocks = newsdoc.parse_text(f"Ferries Resume\n\n{BODY}\n\n{caption}\n\nShutterstock\n\n{after}\n").blocks
        assert blocks[3] == Paragraph(text="Shutterstock")


LONG_CAPTION = (
    "Harbour master Jane Roe, centre, and two pilots of the port walk past the first of the new ferries, "
    "moored at the north quay for its sea trials, during the open day at Harbour City on Saturday, March 14, 2026."
)


@pytest.mark.parametrize(
    ("over", "joined"),
    [
        (LONG_CAPTION, True),  # a wire's long caption, dating its picture
        (LONG_CAPTION.replace("March 14", "Mar. 14"), True),
        (LONG_CAPTION.replace("Saturday, March 14, 2026", "Saturday 14 March 2026"), True),
        (LONG_CAPTION.replace(" on Saturday, March 14, 2026", ", as they do each spring"), False),  # no date: body
        (
            f"{LONG_CAPTION[:-1]}, before the crowd of some three hundred people on the quay went on to the town "
            "hall to hear the mayor speak about the port's plans for the year.",
            False,
        ),  # a paragraph's length: the body's
    ],
)
@pytest.mark.parametrize("reader", [newsdoc.parse_text, newsdoc.from_markdown])
def test_a_credit_a_blank_line_under_a_long_dated_caption_is_its(
    over: str, joined: bool, reader: Callable[[str], newsdoc.Article]
) -> None:
    """A wire's caption may run to forty words and more; it names the day its picture was taken, with the year."""
    assert classify.word_count(LONG_CAPTION) > 30  # longer than a dek: a line that long is as often the body's
    blocks = reader(f"Ferries Resume\n\n{BODY}\n\n{over}\n\nAna Holt | Reuters\n\n{BODY}\n").blocks
    if joined:
        assert blocks[2] == Caption(text=over, credit="Ana Holt | Reuters", credit_prefix="\n\n", credit_suffix="")
    else:
        assert blocks[2] == Paragraph(text=over)
        assert blocks[3] == Caption(text="", credit="Ana Holt | Reuters", credit_prefix="", credit_suffix="")


def test_a_weak_credit_before_a_quoted_paragraph_credits_the_caption() -> None:
    """The body may go on under a picture's credit with a paragraph wholly in quote marks, as speech is."""
    caption = "A ferry leaves the harbour at dawn."
    said = '"We waited three days for the wind to drop," the skipper said. "Then we sailed at first light."'
    blocks = newsdoc.parse_text(f"Ferries Resume\n\n{BODY}\n\n{caption}\n\n\u00a9 Ines Volk\n\n{said}\n").blocks
    assert blocks[2] == Caption(text=caption, credit="Ines Volk", credit_prefix="\n\n\u00a9 ", credit_suffix="")
    assert blocks[3] == Paragraph(text=said)


def amid_body(*lines: str, after: str = BODY) -> tuple[newsdoc.Block, ...]:
    """The blocks of a text with *lines* between the headline and a paragraph of the body, and *after* under them."""
    return newsdoc.parse_text("\n\n".join(["Ferries Resume", BODY, *lines, after]) + "\n").blocks


def test_a_courtesy_credit_in_lower_case_amid_the_body() -> None:
    """ "Photo courtesy of the harbour trust" credits the short caption it ends, whoever it names, in lower case too.

    Run on after a paragraph of the body, it credits no paragraph: a sentence of the body may end so.
    """
    caption, credit = "Crews load the first ferry of the season.", "Photo courtesy of the harbour trust"
    expected = Caption(text=caption, credit=credit, credit_prefix=" ", credit_suffix="")
    assert amid_body(f"{caption} {credit}")[2] == expected
    glued = f"{BODY} {caption} {credit}"
    assert amid_body(glued)[2] == Paragraph(text=glued)


def test_a_caption_broken_at_its_links_keeps_the_agencys_name_under_it() -> None:
    """A scraper sets a link in a caption on a line of its own; the sentence goes on in lower case under it."""
    caption = "A ferry leaves the harbour at dawn. The crossing reopened after\nthe storm\nand a week of repairs."
    blocks = amid_body(caption, "Shutterstock")
    assert blocks[2] == Caption(text=caption, credit="Shutterstock", credit_prefix="\n\n", credit_suffix="")
    # A line that opens a sentence of its own: a hard-wrapped paragraph of the body, no caption.
    wrapped = "The crossing reopened after the storm and a\nweek of repairs, the board said on Monday.\nCrews rested."
    assert amid_body(wrapped, "Shutterstock")[2:4] == (Paragraph(text=wrapped), Paragraph(text="Shutterstock"))


def test_an_agencys_name_run_in_after_a_caption_amid_the_body() -> None:
    """A text browser sets a caption and its credit on one line: "... at dawn. Shutterstock", prose above and under."""
    caption = "A ferry leaves the harbour at dawn. The crossing reopened on Monday."
    blocks = amid_body(f"{caption} Shutterstock")
    assert blocks[2] == Caption(text=caption, credit="Shutterstock", credit_prefix=" ", credit_suffix="")
    # At the end of the body, the name signs the story: a wire brief's last line.
    signed = "The crossing reopened on Monday. Reuters"
    assert amid_body(BODY, signed, after="More from Harbour News")[-2] == Paragraph(text=signed)


ROUNDUP = (
    "Lumen\n\nLumen Desk Lamp for $49\n\n"
    "A lamp that dims itself as the evening draws on, with a base heavy enough that a cat cannot knock it "
    "over, and a cable long enough for the far end of a desk.\n\n"
    "Ada Quill/The Courier\n\nBrightside Alarm Clock for $30\n\n"
    "A clock that wakes you with light rather than noise, so that the rest of the house sleeps on while the "
    "room slowly fills with a warm glow before the hour.\n\n"
    "Kettleworks\n\nKettleworks Pour-Over Kettle for $65"
)


def test_credits_alone_over_the_items_of_a_roundup() -> None:
    """A roundup's picture stands over its item's name, its credit alone on the line above:
    a credit by its form ("Ada Quill/The Courier"), or the maker whose product the item names."""
    blocks = amid_body(ROUNDUP)
    credits = [(i, b.credit) for i, b in enumerate(blocks) if isinstance(b, Caption)]
    assert credits == [(2, "Lumen"), (5, "Ada Quill/The Courier"), (8, "Kettleworks")]
    assert all(not blocks[i].text for i, _ in credits)
    assert blocks[3] == Paragraph(text="Lumen Desk Lamp for $49")


def test_one_name_over_an_item_is_no_roundup() -> None:
    """A line over a line that opens with it, once amid the body, may be a menu's heading over its link."""
    for lines in (["Lumen", "Lumen Desk Lamp for $49"], ["Ada Quill/The Courier", "Brightside Alarm Clock"]):
        assert amid_body(*lines)[2:4] == tuple(Paragraph(text=line) for line in lines)
    # Over lines that go on in lower case, or that end as a sentence, the names credit nothing.
    for item in ("Lumen lamps are sold out", "Lumen Desk Lamp is back."):
        assert amid_body("Lumen", item, BODY, "Lumen", item)[2] == Paragraph(text="Lumen")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Ada Quill/The Courier", "Ada Quill/The Courier"),
        ("Ada de la Quill/Harbour News Service", "Ada de la Quill/Harbour News Service"),
        ("Quill/The Courier", None),  # a name has two words at least: "Israel/Palestine", "Jan/Feb"
        ("Ferry Times / Harbour Life", None),  # spaced, a slash parts two sections of a site
        ("and/or", None),
        ("Ada Quill/the new courier", None),
    ],
)
def test_a_photographers_name_and_outlet_is_a_credit_line(line: str, credit: str | None) -> None:
    found = newsdoc.classify.credit_line(line, newsdoc.DEFAULT_CUES)
    assert (found.credit if found else None) == credit
    assert found is None or not found.strong  # alone, it credits a picture only beside one


def test_a_credit_that_opens_with_a_number() -> None:
    """Studio and site names can open with a number: "20th Century Fox", "500px"."""
    text = (
        "Ferry Returns to the Lake\n\n"
        "The ferry at dawn. Credit: 21st Harbour Films\n\n"
        "The ferry service resumed on Monday.\n"
    )
    caption = newsdoc.parse_text(text).blocks[1]
    assert isinstance(caption, newsdoc.Caption)
    assert (caption.text, caption.credit) == ("The ferry at dawn.", "21st Harbour Films")
    # a year alone names no one
    assert newsdoc.classify.credit_line("Photo: 2019", newsdoc.DEFAULT_CUES) is None


@pytest.mark.parametrize(
    ("date", "day"),
    [
        ("12dec12", dt.date(2012, 12, 12)),
        ("5sep69", dt.date(1969, 9, 5)),
        ("29feb00", dt.date(2000, 2, 29)),
        ("31feb12", None),
        ("0jan12", None),
        ("1xyz12", None),
    ],
)
def test_a_slug_date_reads_as_strptime_reads_it(date: str, day: dt.date | None) -> None:
    found = newsdoc.classify.read_slug(f"ap syr2 300 {date} The Title")
    assert (found[0].date if found else None) == day


def test_a_credit_that_joins_its_caption_leaves_the_pictures_after_it_in_place() -> None:
    # The credit a blank line under the first caption joins it, one block fewer; the caption
    # under the file-name alt line still names that picture, not the block after it.
    text = (
        "The harbour board met on Tuesday and voted to raise the dues again.\n\n"
        "REUTERS/Ana Ruiz\nIMG_2041\nFerries wait at the quay at dawn."
    )
    article = newsdoc.parse_text(text)
    first, picture, caption = article.blocks
    assert isinstance(first, Caption)
    assert first.credit == "REUTERS/Ana Ruiz"
    assert isinstance(picture, newsdoc.Image)
    assert picture.alt == "IMG_2041"
    assert isinstance(caption, Caption)
    assert (caption.text, caption.image) == ("Ferries wait at the quay at dawn.", 1)
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    ("line", "work"),
    [
        ("The essay Salt and Tide is republished with permission of the Harbour Review.", "Salt and Tide"),
        ("This article was originally published by the Harbour Review and is republished with permission.", None),
        ("This story was first published by the Harbour Review.", None),
    ],
)
def test_the_work_a_republication_note_names(line: str, work: str | None) -> None:
    """The title stands between the noun and its verb; "This article was ..." names none."""
    note = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{line}\n").blocks[-1]
    assert isinstance(note, newsdoc.Attribution)
    assert note.work == work


def test_pull_quotes_all_through_a_long_text() -> None:
    """What a pull quote repeats is found in any part of a long text, as near its end as at its start."""
    said = "The crossing from Dunmere to the island would take twenty minutes in good weather"
    unit = (
        f"The harbour board said on Monday that the ferries would run every hour from May, and that {said[0].lower()}"
        f"{said[1:]}, the Stra\u00dfe included.\n\n\u201c{said}.\u201d\n\n{BODY}\n\n"
    )
    blocks = newsdoc.parse_text("Ferries Resume\n\n" + unit * 600).blocks  # some 270,000 letters
    quotes = [(i, b) for i, b in enumerate(blocks) if isinstance(b, newsdoc.PullQuote)]
    assert len(quotes) == 600
    for i, quote in quotes:
        assert quote.repeats is not None
        assert 0 < i - quote.repeats <= 30
        assert blocks[quote.repeats].text.startswith("The harbour board")


@given(st.text(alphabet=st.sampled_from("aeiouÄäÖöÜüéÉ ßſİıσςΣrsnt"), max_size=60))
@example("\u00dcber uns scheint die Sonne")  # a phrase beyond ASCII first, then one of ASCII
@example("Die Sonne scheint \u00fcber uns")
@example("STRASSE und Stra\u00dfe")
def test_phrases_are_found_where_a_case_blind_search_finds_them(text: str) -> None:
    """The fast search (keys, a tree of ASCII phrases, the others apart) finds what the plain search finds."""
    phrases = classify.Phrases.of(("über uns", "ruesten", "Straße", "reise sofort", "sonne"))
    fast, plain = phrases.search(text), phrases.pattern.search(text)
    assert (fast and fast.span()) == (plain and plain.span())


_NOTE_WORDS = [
    *("co-published", "Co-Published", "co", "published", "copublished", "republished", "with", "WITH", "the"),
    *("editor's", "Editor\u2019s", "editors", "note", "NOTE", "an", "earlier", "version", "of", "this", "THIS"),
    *("publi\u00e9", "PUBLI\u00c9", "publie", "initialement", "\u017f", "\u0130", "\n", "\u00a0"),
]


@given(st.lists(st.sampled_from(_NOTE_WORDS), max_size=14).map(" ".join))
@example("She co-published it. Co-Published  WITH the Harbour Review")
@example("EDITOR\u2019S NOTE: an earlier version of this story")
@example("It was published earlier, with a note from the editor's desk and an old version of this map.")
def test_phrases_of_several_words_are_found_where_a_case_blind_search_finds_them(text: str) -> None:
    """The cheap test before the search (a few runs of letters, then each word of a phrase) lets by what it finds."""
    phrases = classify.Phrases.of(
        (
            "co-published with",
            "editor's note",
            "editor\u2019s note",
            "publi\u00e9 initialement",
            "an earlier version of this",
        )
    )
    fast, plain = phrases.search(text), phrases.pattern.search(text)
    assert (fast and fast.span()) == (plain and plain.span())


def test_a_phrase_of_short_ascii_runs_is_told_by_its_letter_beyond_ascii() -> None:
    """Vietnamese "\u0111\u01b0\u1ee3c \u0111\u0103ng" holds the run "ng", which nearly every English text holds.

    Its key is its first letter beyond ASCII instead, which no English text holds: the cheap check
    spares the search of every paragraph of an English text (one such phrase made ``parse_text``
    2.5 times slower), and a text that holds the phrase is still searched.
    """
    phrases = classify.Phrases.of(("\u0111\u01b0\u1ee3c \u0111\u0103ng l\u1ea7n \u0111\u1ea7u", "co-published with"))
    assert phrases.keys is not None
    assert "ng" not in phrases.keys.words
    english = "The ferry was running long, and nothing along the crossing was moving."
    assert not classify._may_hold(english, phrases.keys, classify._key_view(english))
    note = "B\u00e0i vi\u1ebft \u0111\u01b0\u1ee3c \u0111\u0103ng l\u1ea7n \u0111\u1ea7u tr\u00ean B\u00e1o C\u1ea3ng."
    found = phrases.search(note)
    assert found is not None
    assert found.group() == "\u0111\u01b0\u1ee3c \u0111\u0103ng l\u1ea7n \u0111\u1ea7u"


_VIEW_WORDS = [
    *("co-published", "CO-PUBLISHED", "with", "editor's", "editor\u2019s", "note", "this", "version", "publi\u00e9"),
    *("\u212aeel", "\u0130nitialement", "initialement", "\u2019", "\u00e9", "\u201c", "caf\u00e9", "\u00a0", "\n"),
]


@given(st.lists(st.sampled_from(_VIEW_WORDS), max_size=12).map(lambda words: "".join(words[:3]) + " ".join(words[3:])))
@example("co-pub\u2019lished with")  # a character beyond ASCII inside a word joins its ASCII letters
@example("\u212aEEL co-published WITH it")  # the Kelvin sign lower-cases to "k"
def test_the_view_the_keys_are_looked_for_in_keeps_every_key(text: str) -> None:
    """The ASCII letters of a text, lower-cased, hold every key and part that the text lower-cased holds."""
    phrases = classify.Phrases.of(("co-published with", "editor's note", "kee", "publi\u00e9 initialement", "note"))
    if classify._may_hold(text, phrases.keys, text.lower()):
        assert classify._may_hold(text, phrases.keys, classify._key_view(text))
    fast, plain = phrases.search(text), phrases.pattern.search(text)
    assert (fast and fast.span()) == (plain and plain.span())


@given(st.text(alphabet=st.sampled_from("ab\u00e9 \t\n\u00a0\u2009\u3000\x1f\u2028."), max_size=40), st.integers(0, 8))
@example("a b  c", 5)  # two spaces in a row
@example(" a b", 5)
@example("a\u00a0b c", 5)  # a space that is no ASCII space
@example("a b c d e", 2)
@example("aaaa bbbb cccc", 1)  # the start of a long text, cut inside a word, holds more words than *most*
@example("a" * 20 + " b c", 1)  # and here fewer: the whole is split
def test_words_are_counted_as_splitting_counts_them(text: str, most: int) -> None:
    """Counting spaces gives what splitting at white space gives, up to *most* + 1."""
    assert classify.word_count(text, most) == len(text.split(None, most))


FELLOW = "Ines Volk is a senior fellow at the Harbour Institute."
VIEWS = "The views expressed are her own."


@pytest.mark.parametrize(
    ("note", "kinds"),
    [
        # the second note's phrase in its last sentence, the first note's words in its first
        (f"{FELLOW} She writes on ports. {VIEWS}", [newsdoc.Bio, newsdoc.Disclaimer]),
        (
            f"{VIEWS} She writes on ports. This essay first appeared in the Harbour Review.",
            [newsdoc.Disclaimer, newsdoc.Attribution],
        ),
        (f"{FELLOW} She writes on ports and on the ferries that call there.", [newsdoc.Bio]),  # no phrase after
    ],
)
def test_two_notes_in_one_block_whichever_sentence_holds_a_phrase(note: str, kinds: list[type]) -> None:
    """Each sentence after the first of a note is read for a note's phrase, however far in it stands."""
    blocks = newsdoc.parse_text(f"Ferries Resume\n\nThe body goes on.\n\n{note}\n").blocks[2:]
    assert [type(block) for block in blocks] == kinds
    assert blocks[0].text == (note if len(kinds) == 1 else note.split(". ", 1)[0] + ".")


def test_a_cue_phrase_beyond_ascii_is_found() -> None:
    cues = attrs.evolve(
        newsdoc.DEFAULT_CUES,
        attributions=(
            *newsdoc.DEFAULT_CUES.attributions,
            ("urspr\u00fcnglich ver\u00f6ffentlicht", "originally_published"),
        ),
    )
    line = "Dieser Beitrag wurde urspr\u00fcnglich ver\u00f6ffentlicht im Hafenblatt."
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{line}\n", cues=cues)
    assert article.blocks[-1] == newsdoc.Attribution(
        text=line, kind=newsdoc.AttributionKind.ORIGINALLY_PUBLISHED, source="Hafenblatt"
    )


LANTERN = (
    "Keepers have lived at Varn Point since the light was first lit in 1861, and the last of them retires"
    " this spring after forty winters on the rock."
)


@pytest.mark.parametrize(
    "headline",
    [
        "\u2018Salt gets into everything\u2019: a winter with the keepers of Varn Point",
        "'Salt gets into everything': a winter with the keepers of Varn Point",
        "\u201cUnmanned\u201d lights leave the Varn coast in the dark, keepers say",
        # a book's or a film's name in guillemets, then a comma, as Italian sets it
        "\u00abIl faro di Varn\u00bb, il romanzo dei guardiani diventa un film",
        # its first letter a capital of another script, or of one without capitals (Ukrainian, Korean)
        "«Море забирає своє»: зима з доглядачами маяка",
        "'바다가 가져간다' 등대지기의 마지막 겨울",
    ],
)
def test_a_headline_that_opens_with_a_quoted_phrase_over_its_byline(headline: str) -> None:
    """A quoted phrase opens many a headline, and the headline goes on after it; the dek under it stays one."""
    dek = "Orla Penn has kept the light at Varn Point for forty years. She told us what the sea takes back."
    article = newsdoc.parse_text(f"{headline}\n\n{dek}\n\nInterview by Ines Volk\n\n{LANTERN}\n")
    assert article.title == headline
    assert [type(b).__name__ for b in article.blocks[:3]] == ["Heading", "Standfirst", "Fragment"]


@pytest.mark.parametrize(
    "line",
    [
        "\u201cWe will keep the light burning,\u201d said the keeper",  # prose: the quote closes on a comma
        # or a comma follows it, as British English sets it (a guard, which passes without the guillemets' rule too)
        "\u2018We will keep the light burning\u2019, said the keeper",
        "\u201cThe sea always takes something back.\u201d \u2014 Orla Penn",  # a pull quote and its speaker
        # a quoted phrase in lower case, a sentence's (a guard, which passes without the rule too)
        "«море забирає своє»: зима з доглядачами маяка",
    ],
)
def test_a_quote_over_a_byline_is_no_headline(line: str) -> None:
    article = newsdoc.parse_text(f"Varn Point\n\n{line}\n\nBy Ines Volk\n\n{LANTERN}\n")
    assert article.title != line


def test_a_first_line_that_opens_with_a_quote_is_no_headline_alone() -> None:
    """With no byline under it, a first line that opens with a quote is as often a teaser in a list of links."""
    teaser = "\u2018Never again\u2019: keepers vow to relight the lamp"
    text = f"{teaser}\n\nLighthouse fund passes its target\n\n{LANTERN}\n"
    assert newsdoc.parse_text(text).title is None


def test_a_sections_label_over_the_headline_and_its_dateline() -> None:
    """A one-word label over the headline, a name and the date under it: the headline and its kicker."""
    text = f"Commentary\n\nThe long winter of the Varn Point light\n\nOrla Penn\n\nMarch 5, 2024\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert (article.title, article.kicker, article.published) == (
        "The long winter of the Varn Point light",
        "Commentary",
        dt.date(2024, 3, 5),
    )
    assert [type(b).__name__ for b in article.blocks[:2]] == ["Fragment", "Heading"]


def test_a_bylines_fields_parted_by_slashes_name_the_writer_and_the_date() -> None:
    """An Indian paper's line under the headline: the writer, her agency's code, and when, parted by slashes."""
    line = "Ines Volk / SWN / Updated: Mar 5, 2024, 10:15 IST"
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == ("Ines Volk",)
    assert isinstance(article.published, dt.datetime)
    assert article.published.date() == dt.date(2024, 3, 5)
    # (a guard) a name and an agency without a date, under a paragraph, is a credit or the story's, no byline
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\nInes Volk / SWN\n\n{FERRY}\n")
    assert article.authors == ()


def test_the_breadcrumbs_last_crumb_again_over_the_headline_is_its_kicker() -> None:
    """Under the site's name, a page shows the trail to the story, then the section it ends with over the headline."""
    crumbs = "Home \u00bb Opinion \u00bb Columns"
    text = f"Varn Point Herald\n\n{crumbs}\n\nColumns\n\nThe long winter of the light\n\nBy Orla Penn\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert (article.title, article.kicker) == ("The long winter of the light", "Columns")
    assert article.blocks[1:3] == (Fragment(text=crumbs, role="breadcrumb"), Fragment(text="Columns", role="kicker"))
    # (a guard) a word that ends no trail over it, under the site's name, is none
    article = newsdoc.parse_text(text.replace("Columns\n\nThe", "Letters\n\nThe"))
    assert article.kicker is None


@pytest.mark.parametrize(
    "label",
    [
        *("The long read", "Restaurant review", "First Person", "Sección Local"),
        # a longer word of a genre; a section and its genre, more spaces around the bar between
        *("Chronique parlementaire", "News  |  Brief"),
    ],
)
def test_a_label_of_a_few_words_over_the_headline_is_its_kicker(label: str) -> None:
    """A genre's or a section's label of two or three words, as a magazine sets it over the headline."""
    text = f"{label}\n\nThe long winter of the Varn Point light\n\nBy Orla Penn\n\nMarch 5, 2024\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert (article.title, article.kicker) == ("The long winter of the Varn Point light", label)
    assert article.blocks[0] == Fragment(text=label, role="kicker")


def test_a_label_over_the_headline_under_the_pages_lines_that_say_no_sentence_is_its_kicker() -> None:
    """A whole page's text: the site's name, its menu, its buttons, then the section's label over the headline.

    The page's lines over the label are no prose, whatever their shape: the label is the kicker.
    """
    top = "Varn Point Herald\nHome  News  Ferries  Weather  Opinion\nLog in  Donate\n\n"
    text = f"{top}Harbour\nThe long winter of the Varn Point light\nBy Orla Penn\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert (article.title, article.kicker) == ("The long winter of the Varn Point light", "Harbour")
    # (guards, which pass without the rule too) the site's name under the page's title that ends with it, and a
    # word under a breadcrumb trail that ends with another, are no kicker
    titled = text.replace(top, "The long winter of the Varn Point light | Varn Point Herald\n\n")
    assert newsdoc.parse_text(titled.replace("Harbour\n", "Varn Point Herald\n")).kicker is None
    crumbs = "Home \u203a News \u203a Ferries\n\n"
    assert newsdoc.parse_text(text.replace("Log in  Donate\n\n", crumbs)).kicker is None


@pytest.mark.parametrize(
    "word", ["Menu", "Home", "Search", "Subscribe", "Updated", "Sign in", "Open Navigation Menu", "Learn more"]
)
def test_a_menus_word_over_the_headline_is_no_kicker(word: str) -> None:
    text = f"{word}\n\nThe long winter of the Varn Point light\n\nMarch 5, 2024\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.title == "The long winter of the Varn Point light"
    assert article.kicker is None
    # a paragraph, or furniture ("Subscribe", a button's word): no role, and the line kept
    assert article.blocks[0] in (Paragraph(text=word), Fragment(text=word))


@pytest.mark.parametrize(
    "text",
    [
        # A dateline under prose dates a comment, or a teaser in a list after the body.
        f"{LANTERN}\n\nMenu\n\n3 thoughts on \u201cThe long winter\u201d\n\nMarch 5, 2024\n\n{LANTERN}\n",
        # A date with no prose under it is a list's.
        "Menu\n\nThe long winter of the Varn Point light\n\nMarch 5, 2024\n\nKeepers\n\nLights\n\nMaps\n",
        # A line of a menu is no label when more menu stands under it.
        f"Menu\n\nHome\n\nLights\n\n{LANTERN}\n\n{LANTERN}\n",
    ],
)
def test_no_headline_over_a_dateline_without_the_body_under_it(text: str) -> None:
    article = newsdoc.parse_text(text)
    assert article.title is None
    assert article.kicker is None


def test_a_feeds_note_under_the_post_is_an_attribution() -> None:
    """The note a blog's feed adds under each post names the post's title and the site."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing to all."
    note = "The post Ferries resume after the storm appeared first on Harbour Lantern."
    article = newsdoc.parse_text(f"Ferries resume after the storm\n\n{body}\n\n{body}\n\n{note}\n")
    assert article.blocks[-1] == newsdoc.Attribution(
        text=note,
        kind=newsdoc.AttributionKind.FIRST_APPEARED,
        source="Harbour Lantern",
        work="Ferries resume after the storm",
    )
    assert article.source == "Harbour Lantern"
    on_a_site = "The post Ferries resume appeared first on harbour-lantern.example."
    assert newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{on_a_site}\n").source == "harbour-lantern.example"


@pytest.mark.parametrize("visit", ["KHBR", "https://www.khbr.example"])
def test_a_member_stations_copyright_note_is_an_attribution(visit: str) -> None:
    """A public broadcaster's site carries a member station's story under "Copyright 2026 X. To see more, visit X."."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing to all."
    note = f"Copyright 2026 KHBR. To see more, visit {visit}."
    article = newsdoc.parse_text(f"Ferries resume after the storm\n\n{body}\n\n{body}\n\n{note}\n")
    assert article.blocks[-1] == newsdoc.Attribution(text=note, kind=newsdoc.AttributionKind.REPUBLISHED, source="KHBR")
    # the station's copyright alone is its notice, no note of where the story came from
    alone = newsdoc.parse_text(f"Ferries resume after the storm\n\n{body}\n\n{body}\n\nCopyright 2026 KHBR.\n")
    assert not alone.blocks_of(newsdoc.Attribution)


@pytest.mark.parametrize(
    ("note", "source"),
    [
        ("Provided by Eastmoor Institute of Technology", "Eastmoor Institute of Technology"),
        ("Materials provided by Varn University.", "Varn University"),
        ("Materials provided by Varn University. Note: The release was shortened for this page.", "Varn University"),
        # (guards, which pass without the rule too) a sentence's words, no name: no note
        ("Provided by the Varn Point lifeboat station", None),
        ("Provided by the county, the buses run hourly.", None),
    ],
)
def test_a_science_sites_line_naming_who_provided_the_release(note: str, source: str | None) -> None:
    """A science-news site carries an institution's press release, and says under it who provided it."""
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing to all."
    article = newsdoc.parse_text(f"Ferries resume after the storm\n\n{body}\n\n{body}\n\n{note}\n")
    if source is None:
        assert article.blocks[-1] == Paragraph(text=note)
    else:
        assert article.blocks[-1] == newsdoc.Attribution(
            text=note, kind=newsdoc.AttributionKind.REPUBLISHED, source=source
        )
        assert article.source == source


@pytest.mark.parametrize(
    "tail",
    [
        "The post office appeared first on the old harbour maps, long before the pier was built.",
        "The post office appeared first on Quay Street.",  # the note's words, but a post office's
        "The post of harbour master appeared first on Varn Point.",
    ],
)
def test_a_sentence_that_opens_as_a_feeds_note_is_prose(tail: str) -> None:
    body = "The first ferry left the harbour at dawn on Tuesday, three days after the storm closed the crossing to all."
    article = newsdoc.parse_text(f"Ferries Resume\n\n{body}\n\n{body}\n\n{tail}\n")
    assert article.blocks[-1] == Paragraph(text=tail)


@pytest.mark.parametrize(
    ("template", "note", "source", "work"),
    [
        ("First seen on {source}.", "First seen on Harbour Lantern.", "Harbour Lantern", None),
        ("Read {work} in full.", "Read Ferries Resume in full.", None, "Ferries Resume"),
    ],
)
def test_a_feeds_note_that_names_no_work_or_no_source(template: str, note: str, source: str, work: str) -> None:
    cues = attrs.evolve(newsdoc.DEFAULT_CUES, feed_notes=((template, "first_appeared"),))
    article = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk\n\n{FERRY}\n\n{note}\n", cues=cues)
    kind = newsdoc.AttributionKind.FIRST_APPEARED
    assert article.blocks[-1] == newsdoc.Attribution(text=note, kind=kind, source=source, work=work)


@pytest.mark.parametrize(
    ("under", "tail"),
    [
        # The writer's bio after the body names her.
        ("", "Orla Penn is a senior fellow at the Varn Coast Institute."),
        # Her job on the line under her name, and the date under that, as a think tank's page sets them.
        ("Maritime Correspondent\n\nMarch 5, 2024\n\n", ""),
    ],
)
def test_a_name_alone_under_the_headline_that_more_than_its_shape_makes_a_byline(under: str, tail: str) -> None:
    text = f"The long winter of the Varn Point light\n\nOrla Penn\n\n{under}{LANTERN}\n\n{LANTERN}\n\n{tail}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == Fragment(text="Orla Penn", role="byline")
    assert article.authors == ("Orla Penn",)


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        ("Orla Penn \u00b7 Mar 5, 2024 \u00b7 4 min read", ""),  # a blog's line: name, date, reading time
        ("Orla Penn | March 5, 2024", "Orla Penn is a senior fellow at the Varn Coast Institute."),
        # her name and the date alone, which neither the headline nor the story names, as a template sets them
        ("Orla Penn | March 5, 2024", ""),
        ("Orla Penn | 05.03.2024", ""),
    ],
)
def test_a_name_before_the_date_on_its_line(line: str, tail: str) -> None:
    article = newsdoc.parse_text(f"The long winter of the Varn Point light\n\n{line}\n\n{LANTERN}\n\n{tail}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert (article.authors, article.published) == (("Orla Penn",), dt.date(2024, 3, 5))


@pytest.mark.parametrize(
    "between",
    [
        "Orla Penn\n\n",  # a name alone, that nothing else names
        "Orla Penn\n\nMaritime Correspondent\n\nIves Dahl\n\nHarbour Editor\n\n",  # a staff list's names and jobs
        "Keeper Houses\n\nHarbour Publishers\n\nMarch 5, 2024\n\n",  # a menu's items over a date
        # a place and the date, which the headline names, or the story (guards, which pass without the rule too)
        "Varn Point | March 5, 2024\n\n",
        "Keeper Houses | March 5, 2024\n\nThe Keeper Houses stand empty.\n\n",
    ],
)
def test_a_name_alone_under_the_headline_is_no_byline(between: str) -> None:
    text = f"The long winter of the Varn Point light\n\n{between}{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.authors == ()
    assert not any(isinstance(b, Fragment) and b.role == "byline" for b in article.blocks)


def test_the_subject_of_an_obituary_named_under_its_headline_is_no_byline() -> None:
    """Its paragraphs name her, and its last line reads as a bio: the story's subject, not its writer."""
    text = (
        "A life on the water\n\nOrla Penn\n\n"
        "For three decades the rowing club on the quay was, in all but name, Penn's club, and many learned there.\n\n"
        "She came to Varn Point in 1958 with a suitcase and a teaching certificate, and never left, her sons said.\n\n"
        "Orla Penn was a teacher at the Varn Point school for thirty years and a founder of the rowing club.\n"
    )
    article = newsdoc.parse_text(text)
    assert article.authors == ()
    assert article.blocks[1] == Paragraph(text="Orla Penn")


@pytest.mark.parametrize(
    ("quoted", "kind"),
    [
        # words reordered, a phrase reworded, a subject added: most pairs of neighbouring words are the body's
        ("Now one ferry a day can be enough to empty the whole north quay of its boats.", PullQuote),
        ("It is the biggest order for the island yard in forty years, and practically its last.", PullQuote),
        # a letter the story quotes and talks about in its own words (a guard, which passes without the rule too)
        ("We the undersigned ask the board to keep the north quay open through the winter months.", newsdoc.Quote),
    ],
)
def test_a_block_quote_that_rewords_the_body_a_little_is_a_pull_quote(quoted: str, kind: type) -> None:
    """An editor sets a speaker's words in the box a little otherwise than the paragraph near it says them."""
    said = (
        "\u201cNow one ferry a day can be enough to empty the north quay of its boats,\u201d the harbour master said. "
        "She called the contract \u201cthe biggest order for the island yard in forty years, and in practice its "
        "last\u201d. Residents wrote to the board asking it to keep the quay open through winter."
    )
    markdown = f"# Yard Wins Order\n\nBy Ines Volk\n\n{FERRY}\n\n{said}\n\n> {quoted}\n\n{FERRY}\n"
    assert type(newsdoc.from_markdown(markdown).blocks[4]) is kind
    page = (
        f"<article><h1>Yard Wins Order</h1><p>By Ines Volk</p><p>{FERRY}</p><p>{said}</p>"
        f"<blockquote><p>{quoted}</p></blockquote><p>{FERRY}</p></article>"
    )
    assert type(newsdoc.parse_html(page).blocks_of(PullQuote, newsdoc.Quote)[0]) is kind


@pytest.mark.parametrize(
    ("quoted", "pulled"),
    [
        # the speaker's words in quote marks over the paragraph that says them with a word more
        ("\u00ab Un ferry dit o\u00f9 tu vas, pas qui tu es \u00bb", True),
        ("\u201cNow one ferry a day can empty the north quay of its boats.\u201d", True),
        # two quotes and who said them between, though the body says most of their words: the body's paragraph
        ("\u201cOne ferry a day can be enough to empty the north quay,\u201d she said. \u201cOf boats.\u201d", False),
    ],
)
def test_a_paragraph_in_quote_marks_that_rewords_the_body_a_little_is_a_pull_quote(quoted: str, pulled: bool) -> None:
    """A scraped quote box: the words, in quote marks, over or under the paragraph that says them a little otherwise."""
    said = (
        "\u201cNow one ferry a day can be enough to empty the north quay of its boats,\u201d the harbour master said. "
        "Son entra\u00eeneur le r\u00e9p\u00e9tait : \u00ab Un ferry te dit o\u00f9 tu vas, pas qui tu es \u00bb."
    )
    text = f"Yard Wins Order\n\nBy Ines Volk\n\n{FERRY}\n\n{quoted}\n\n{said}\n\n{FERRY}\n"
    assert isinstance(newsdoc.parse_text(text).blocks[3], PullQuote) is pulled


@pytest.mark.parametrize("line", ["Tamsin Oduya, ferry pilot", "\u2014 Tamsin Oduya, ferry pilot"])
def test_the_speaker_line_under_a_pull_quote_is_its_attribution_and_keeps_its_bytes(line: str) -> None:
    """A quote box's speaker, a line of its own under the quote, is the quote's when the body names them."""
    said = "The tide tables were written for a harbour that silted up years ago"
    text = (
        "Pilots Ask for New Charts\n\n"
        "Harbour pilots have asked the port board to pay for a new survey of the approach channel.\n\n"
        f"{said}.\n\n{line}\n\n"
        f"\u201c{said},\u201d said Tamsin Oduya, who has guided ships into the port for twenty years.\n"
    )
    article = newsdoc.parse_text(text)
    (quote,) = article.blocks_of(PullQuote)
    assert quote.attribution == "Tamsin Oduya, ferry pilot"
    assert not [b for b in article.blocks if isinstance(b, Paragraph) and "ferry pilot" in b.text]
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    "pulled",
    [
        "\u201cPeople think of a library as a building \u2026 we will follow them wherever they go.\u201d",
        "\u201cPeople think of a library as a building [...] we will follow them wherever they go.\u201d",
        # two sentences the body parts with who said them
        "\u201cThe library is the people who come in. We will follow them wherever they go.\u201d",
    ],
)
@pytest.mark.parametrize("reader", [newsdoc.parse_text, newsdoc.from_markdown])
def test_a_pull_quote_an_editor_cut(reader: Callable[[str], newsdoc.Article], pulled: str) -> None:
    """A pull quote cut with an ellipsis, or two sentences joined, repeats the paragraph that holds each part."""
    source = (
        "\u201cPeople think of a library as a building, but really the library is the people who come in,\u201d "
        "Moor said. \u201cWe will follow them wherever they go.\u201d"
    )
    article = reader(f"Library Moves\n\nBy Ines Volk\n\n{FERRY}\n\n{source}\n\n{pulled}\n\n{FERRY}\n")
    quote = article.blocks[4]
    assert isinstance(quote, PullQuote)
    assert (quote.text, quote.repeats) == (pulled[1:-1], 3)


def test_the_lead_pictures_caption_with_its_credit_in_brackets_under_the_byline() -> None:
    """ "... at the landing. (Mara Lind / Harbour Voices)" under the byline captions the lead picture: no dek."""
    line = "Shelves in the old reading room at the harbour library. (Mara Lind / Harbour Voices)"
    text = f"Library Reading Room to Close\n\nBy Ines Volk\n\n{line}\n\n{FERRY}\n\n{FERRY}\n"
    caption = newsdoc.parse_text(text).blocks[2]
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == (
        "Shelves in the old reading room at the harbour library.",
        "Mara Lind / Harbour Voices",
    )


@pytest.mark.parametrize(
    ("box", "bio"),
    [
        ("About the author\n\nInes Volk has lived on the outer islands for twenty years.", 1),
        ("ABOUT THE AUTHOR:\n\nInes Volk\n\nSenior editor at Harbour Voices.", 2),  # the box's name over it
        ("\u00dcber die Autorin\n\nInes Volk schreibt seit 2019 \u00fcber die Inseln.", 1),
        ("About the host\n\nInes Volk has presented the island show since 2019.", 1),  # a broadcaster's
        # the box's label that names the writer alone: French, Polish
        ("L'autrice\n\nInes Volk \u00e9crit sur les \u00eeles depuis 2019.", 1),
        ("O autorce\n\nInes Volk pisze o wyspach od 2019 roku.", 1),
    ],
)
@pytest.mark.parametrize("reader", [newsdoc.parse_text, newsdoc.from_markdown])
def test_the_bio_under_about_the_author(reader: Callable[[str], newsdoc.Article], box: str, bio: int) -> None:
    """Under "About the author", the writer's bio, whatever it says; the label and the name over it are furniture."""
    text = f"Ferry Returns\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{box}\n"
    blocks = reader(text).blocks[-1 - bio :]
    assert [type(b) for b in blocks] == [Fragment] * bio + [newsdoc.Bio]
    assert blocks[-1].name in {"Ines Volk", None}  # type: ignore[union-attr]
    # Under a label that heads no bio, or over a menu's item, the line is what it says
    for other in (
        "About the ferry\n\nInes Volk has lived on the outer islands for twenty years.",
        "About the author\n\nIslands",
    ):
        assert type(reader(f"Ferry Returns\n\n{FERRY}\n\n{FERRY}\n\n{other}\n").blocks[-1]) is Paragraph


@pytest.mark.parametrize(
    ("card", "bio"),
    [
        # the writer's name as the byline gives it, her post, then a paragraph that opens with her name
        ("Ines Volk\n\nSenior Fellow, Coastal Transport\n\nInes Volk leads the trust's work on island ferries.", True),
        # (guards, which pass without the rule too) no post: an older rule reads it
        ("Ines Volk\n\nInes Volk leads the trust's work on island ferries. She sails to work.", True),
        # another's name over a paragraph about them: the story's
        ("Tomas Ekker\n\nHarbour Master\n\nTomas Ekker leads the crews who keep the slipway clear.", False),
        # her name over a paragraph that does not open with it
        ("Ines Volk\n\nSenior Fellow, Coastal Transport\n\nThe trust will publish its report in May.", False),
    ],
)
@pytest.mark.parametrize("reader", [newsdoc.parse_text, newsdoc.from_markdown])
def test_the_writers_card_under_the_story(reader: Callable[[str], newsdoc.Article], card: str, bio: bool) -> None:
    """A think tank's page ends a piece with a card of its writer: her name, her post, her bio, whatever it says."""
    article = reader(f"Ferry Returns\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{card}\n")
    lines = card.split("\n\n")
    blocks = article.blocks[-len(lines) :]
    if bio:
        assert blocks[-1] == newsdoc.Bio(text=lines[-1], name="Ines Volk", spacing=blocks[-1].spacing)
        assert [type(b) for b in blocks[:-1]] == [Fragment] * (len(lines) - 1)
    else:
        assert not article.blocks_of(newsdoc.Bio)
    assert [b.text for b in blocks] == lines


@pytest.mark.parametrize("line", ["By Ines Volk, Reuters", "By Ines Volk | AP", "By Ines Volk, Associated Press"])
@pytest.mark.parametrize("reader", [newsdoc.parse_text, newsdoc.from_markdown])
def test_a_byline_with_the_writers_agency(reader: Callable[[str], newsdoc.Article], line: str) -> None:
    """ "By Ines Volk, Reuters" under the headline is the byline; "Ines Volk, Reuters" alone may credit a picture."""
    article = reader(f"Ferry Returns\n\n{line}\n\n{FERRY}\n\n{FERRY}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == ("Ines Volk",)


@pytest.mark.parametrize(
    "line",
    ["(With AFP)", "(Avec AFP)", "(Com Lusa)", "\u2014 With Reuters", "With Harbour Wire", "\u2014 PTI", "-- BERNAMA"],
)
@pytest.mark.parametrize("reader", [newsdoc.parse_text, newsdoc.from_markdown])
def test_the_agency_a_story_draws_on_closes_it(reader: Callable[[str], newsdoc.Article], line: str) -> None:
    """ "(With AFP)" under the story names the agency whose copy it used: no credit of the paragraph over it."""
    last = "Passengers slept in the terminal overnight as crews cleared the debris from the slipway."
    text = f"Ferry Returns\n\nBy Ines Volk\n\n{FERRY}\n\n{last}\n\n{line}\n"
    article = reader(text)
    assert article.blocks[-2:] == (Paragraph(text=last), Fragment(text=line, role="byline"))
    assert article.authors == ("Ines Volk",)
    assert reader(f"Ferry Returns\n\n{FERRY}\n\n{line}\n").authors == ()  # who helped, not who wrote it


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Follow us on Google News", Fragment),
        ("Join the Skerry Ledger WhatsApp Channel", Fragment),
        ("Catch all the latest island news and updates on Skerry Ledger.", Fragment),
        ("Download the Skerry Ledger app to get the latest news on the go.", Fragment),
        ("ALSO READ | Pier plan put to a vote", Fragment),
        # sentences of the story that open as such a call
        ("Catch all the buses on Sundays.", Paragraph),  # no news, and a day, not a site, after "on"
        ("Catch all the ferries on Harbour Island.", Paragraph),
        ("Download the form and apply at the harbour office.", Paragraph),
        ("Follow Jane Roe's app review next week.", Paragraph),
        ("Join the queue at the quay on Saturday.", Paragraph),
        # the call in other languages, a channel named: Greek, Portuguese after a pictograph, Russian, Spanish
        (
            "Ακολουθήστε το Skerry Ledger στο Google News",
            Fragment,
        ),
        ("\U0001f4f2 Siga o Skerry Ledger no WhatsApp", Fragment),
        ("Подписывайтесь на «Skerry Ledger» в Telegram: только главное.", Fragment),
        ("Sigue toda la información de las islas en Facebook e Instagram.", Fragment),
        ("Subscribe to the Skerry Ledger on Telegram for the morning's news.", Fragment),
        # Turkish, the verb last, Google News in its own words
        ("Skerry Ledger'\u0131 Google Haberler'de takip edin", Fragment),
        # Swahili "Join our WhatsApp channel ...", Hungarian "Follow us on Facebook"; Hindi "Follow us:" before the
        # channels as Hindi writes them, the verb last; Hindi and Urdu "Share this news", Tagalog's share row
        ("Jiunge na chaneli yetu ya WhatsApp upate habari za kisiwa", Fragment),
        ("K\u00f6vess minket a Facebookon \u00e9s az Instagramon!", Fragment),
        (
            "हमें फॉलो करें: फेसबुक | यूट्यूब",
            Fragment,
        ),
        (
            "इस खबर को शेयर करें: व्हाट्सऐप | फेसबुक",
            Fragment,
        ),
        ("\u0627\u0633 \u062e\u0628\u0631 \u06a9\u0648 \u0634\u06cc\u0626\u0631 \u06a9\u0631\u06cc\u06ba", Fragment),
        ("Ibahagi sa Facebook   Ibahagi sa Messenger", Fragment),
        (
            "Belediye ba\u015fkan\u0131 Facebook hesab\u0131ndan vatanda\u015flar\u0131 takip etti.",
            Paragraph,
        ),  # (a guard)
        # (guards, which pass without the rule too) the verb alone, no channel: the story's
        ("Siga a trilha até o mirante, onde a vista é a melhor da ilha.", Paragraph),
        ("Sigue el camino del faro hasta el muelle viejo.", Paragraph),
    ],
)
def test_a_news_sites_line_amid_the_story_is_furniture(line: str, kind: type[Fragment | Paragraph]) -> None:
    """A news site sets its calls to follow it, its app's and its links to other stories amid the story's paragraphs."""
    blocks = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk\n\n{FERRY}\n\n{line}\n\n{FERRY}\n\n{FERRY}\n").blocks
    assert blocks[3] == kind(text=line)


@pytest.mark.parametrize(
    "line", ["Staff Reporter", "Our Correspondent", "Agencies", "Redacci\u00f3n", "Staff Report", "From staff reports"]
)
def test_a_newsrooms_credit_alone_under_the_headline_is_a_byline_of_no_author(line: str) -> None:
    article = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{FERRY}\n\n{FERRY}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == ()
    page = f"<article><h1>Ferries Resume</h1><p>{line}</p><p>{FERRY}</p><p>{FERRY}</p></article>"
    assert newsdoc.parse_html(page).blocks[0] == Fragment(text=line, role="byline")
    # and with the date in a field after it: the byline, which dates the piece
    line = f"{line} \u00b7 2 May 2024"
    article = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{FERRY}\n\n{FERRY}\n")
    assert (article.blocks[1], article.published) == (Fragment(text=line, role="byline"), dt.date(2024, 5, 2))


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_headline_over_the_newsrooms_credit_and_the_date_under_the_sites_name(gap: str) -> None:
    """The site's name and its section over the headline; under it the newsroom's credit, then the date."""
    headline = "Council delays the ferry vote after an error in the timetable"
    text = (
        f"Skerry Courier\nLOCAL | ISLANDS\n\n{headline}\n\nStaff Report{gap}Posted May 3, 2024, 5:55 p.m.\n\n"
        f"{FERRY}\n\n{FERRY}\n"
    )
    article = newsdoc.parse_text(text)
    assert article.title == headline
    assert Fragment(text="Staff Report", role="byline") in article.blocks


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("signed", ["Ines Volk", "Ines Volk in Varnhavn"])
def test_the_headline_over_its_dek_with_no_full_stop_and_the_writers_name_over_the_date(gap: str, signed: str) -> None:
    """An opinion page: its section's label, the headline and the dek, both unstopped, then a name over the date.

    A correspondent's name may say where she filed from, as a British paper sets a dispatch's: "Jane Roe in Kyiv".
    """
    headline = "I have rowed the ferry route for twenty years. This winter I stopped counting the crossings"
    dek = "The crew reads the tally board, not the sea. So we took the board down and something changed"
    text = (
        f"Skerry Courier\nNews | Opinion | Islands | Sport\n\nOpinion\n\n{headline}\n\n{dek}\n\n"
        f"{signed}{gap}Saturday 4 May 2024 08:00 BST\n\n{FERRY}\n\n{FERRY}\n"
    )
    article = newsdoc.parse_text(text)
    assert (article.title, article.authors) == (headline, ("Ines Volk",))
    assert newsdoc.Standfirst(text=dek) in article.blocks
    assert Fragment(text=signed, role="byline") in article.blocks


def test_a_short_headline_over_its_dek_and_a_signed_byline() -> None:
    """A feature's headline of three words, under its label in capitals, over a dek of two sentences."""
    dek = "When the ferry stopped, the island learned what a week alone costs. A new plan tries to shorten it."
    text = (
        f"Skerry Courier\nHome  Local  Islands  Opinion\n\nSUNDAY FEATURE\n\nThe seven-day gap\n\n{dek}\n\n"
        f"Story by Ines Volk\nPhotos by Tom Ek\nMay 5, 2024\n\n{FERRY}\n\n{FERRY}\n"
    )
    article = newsdoc.parse_text(text)
    assert article.title == "The seven-day gap"
    assert newsdoc.Standfirst(text=dek) in article.blocks


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Reported by Ines Volk, Edited by Tom Ek", ("Ines Volk",)),  # the editor is no author
        ("By Ines Volk | Edited By: Tom Ek", ("Ines Volk",)),
        ("Reported by Ines Volk", ("Ines Volk",)),
    ],
)
def test_an_editors_credit_after_the_byline_names_no_author(line: str, authors: tuple[str, ...]) -> None:
    article = newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{FERRY}\n\n{FERRY}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == authors


@pytest.mark.parametrize("reader", ["text", "html"])
def test_a_papers_print_line_under_the_story_says_where_it_first_ran(reader: str) -> None:
    """ "Published in The Harbour Ledger, March 14th, 2025": where and when the story ran in print, under it.

    A page may class it as its print edition's ("story__print"), as a print button is classed.
    """
    note = "Published in The Harbour Ledger, March 14th, 2025"
    if reader == "text":
        block = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{note}\n").blocks[-1]
    else:
        page = f"<article><h1>Ferries Resume</h1><div><p>{FERRY}</p><p>{FERRY}</p></div><p class='print'>{note}</p>"
        block = newsdoc.parse_html(page).blocks[-1]
    assert block == newsdoc.Attribution(
        text=note, kind=newsdoc.AttributionKind.ORIGINALLY_PUBLISHED, source="The Harbour Ledger"
    )
    # a sentence that opens so is the story's
    line = "Published in Harbour Science, the study found that seals sleep at sea."
    assert newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{line}\n").blocks[-1] == Paragraph(text=line)


def test_a_syndicated_feeds_note_under_the_story_is_a_disclaimer() -> None:
    note = "(This story has not been edited by Skerry Ledger staff and is auto-generated from a syndicated feed.)"
    blocks = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{note}\n").blocks
    assert blocks[-1] == newsdoc.Disclaimer(text=note)


@pytest.mark.parametrize(
    ("line", "marks"),
    [
        ("(END)", True),
        ("-30-", True),
        ("-- FIN --", True),
        ("Lusa/Fim", True),  # after the agency's name and a slash: no picture's credit
        ("انتهای پیام", True),  # Persian agencies' "end of message"
        ("Ines Volk/Fim", False),  # (a guard, which passes without the rule too: no agency's name before the slash)
    ],
)
def test_the_mark_a_wire_sets_where_its_story_ends_is_furniture(line: str, marks: bool) -> None:
    blocks = newsdoc.parse_text(f"Ferry Returns\n\n{FERRY}\n\n{FERRY}\n\n{line}\n").blocks
    assert (blocks[-1] == Fragment(text=line)) is marks
    assert blocks[-2] == Paragraph(text=FERRY)


def test_an_agency_s_sign_off_and_a_call_to_follow_under_a_story() -> None:
    """Scraped text ends a story as a page does: the agency's sign-off, a byline's; the call to follow, furniture."""
    text = (
        "Ferry Returns\n\nThe ferry service across the lake resumed on Monday after a winter of repairs.\n\n"
        "(With inputs from Lakeside Wire)\n\nFollow the Lakeside Ledger on Facebook and Instagram.\n"
    )
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-2] == Fragment(text="(With inputs from Lakeside Wire)", role="byline")
    assert blocks[-1] == Fragment(text="Follow the Lakeside Ledger on Facebook and Instagram.")
    # a Chinese site's editor, in full-width brackets under the story
    blocks = newsdoc.parse_text(f"{text}\n\uff08\u8d23\u4efb\u7f16\u8f91\uff1a\u738b\u82b3\uff09\n").blocks
    assert blocks[-1] == Fragment(text="\uff08\u8d23\u4efb\u7f16\u8f91\uff1a\u738b\u82b3\uff09", role="byline")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Orla Penn March 5, 2024", dt.date(2024, 3, 5)),  # a template's name and time elements, a space apart
        ("Orla Penn 5 March 2024", dt.date(2024, 3, 5)),
        ("Orla Penn Mar 5, 2024 9:15 am", dt.datetime(2024, 3, 5, 9, 15)),
    ],
)
def test_a_name_with_the_date_run_on_after_it_under_the_headline(line: str, date: dt.date) -> None:
    # A section's label over the headline, and nothing else to tell the headline by: the byline does.
    text = f"Dispatch\n\nThe long winter of the Varn Point light\n\n{line}\n\nKeeper Houses\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.title == "The long winter of the Varn Point light"
    assert article.kicker == "Dispatch"
    assert article.blocks[2] == Fragment(text=line, role="byline")
    assert (article.authors, article.published) == (("Orla Penn",), date)


@pytest.mark.parametrize(
    "line",
    [
        "Varn Point, March 5, 2024",  # a place, a comma and the date
        "The Harbour Desk March 5, 2024",  # a desk's name, no one's
    ],
)
def test_a_line_that_is_no_name_and_date_alone_is_no_bare_byline(line: str) -> None:
    article = newsdoc.parse_text(f"The long winter of the Varn Point light\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n")
    assert article.authors == ()
    assert classify.name_and_date(line, newsdoc.DEFAULT_CUES) is None


def test_an_agencys_name_with_the_date_run_on_signs_a_wire_story() -> None:
    line = "Associated Press March 5, 2024"
    article = newsdoc.parse_text(f"The long winter of the Varn Point light\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert (article.authors, article.published) == (("Associated Press",), dt.date(2024, 3, 5))


def test_a_name_and_date_takes_no_headline_under_a_line_of_a_headlines_shape() -> None:
    """A writer's box between the headline and the dek: the line over the dek is no headline."""
    text = (
        "The long winter of the Varn Point light\n\nOrla Penn Read All Her Stories Here\n\n"
        f"Forty winters on the rock come to an end\n\nTomas Reid March 5, 2024\n\n{LANTERN}\n\n{LANTERN}\n"
    )
    assert newsdoc.parse_text(text).title != "Orla Penn Read All Her Stories Here"


@pytest.mark.parametrize(
    "caption",
    [
        "The lamp room at dusk, seen from the quay. Tomas Reid / The Varn Courier",
        "The lamp room at dusk, seen from the quay. Tomas Reid/Varn Images",
        "The lamp room at dusk, seen from the quay. (Varn Wire/Tomas Reid)",
    ],
)
def test_the_lead_pictures_caption_under_the_byline_with_its_credit_run_in(caption: str) -> None:
    """The caption and an outlet's credit a browser set on one line, between the byline and the body."""
    text = f"The long winter of the Varn Point light\n\nBy Orla Penn\n\n{caption}\n\n{LANTERN}\n\n{LANTERN}\n"
    block = newsdoc.parse_text(text).blocks[2]
    assert isinstance(block, Caption)
    assert (block.text, block.credit) == ("The lamp room at dusk, seen from the quay.", caption[43:].strip("()"))


@pytest.mark.parametrize(
    "buttons",
    [["Listen to this article"], ["Gift this article   Share   Save"], ["Share on Facebook | Share on X | Email"]],
)
def test_the_lead_pictures_caption_under_the_byline_and_the_pages_buttons(buttons: list[str]) -> None:
    """The page's buttons (a listen link, a row of share buttons) between the byline and the lead picture's caption."""
    caption = "The lamp room at dusk, seen from the quay. Tomas Reid / The Varn Courier"
    lines = ["The long winter of the Varn Point light", "By Orla Penn", "March 5, 2024", *buttons, caption]
    article = newsdoc.parse_text("\n\n".join([*lines, LANTERN, LANTERN]) + "\n")
    assert article.blocks[3] == Fragment(text=buttons[0])
    block = article.blocks[4]
    assert isinstance(block, Caption)
    assert (block.text, block.credit) == ("The lamp room at dusk, seen from the quay.", "Tomas Reid / The Varn Courier")


def test_a_row_of_buttons_over_the_lead_pictures_caption_is_no_alt_text() -> None:
    """A phrase over a credited caption under the page's lines is the picture's alt text; a row of buttons is none."""
    dek = "Forty winters on the rock come to an end. The last keeper of Varn Point tells us what the sea takes back."
    row = "Post it | Send it on | Print it"
    caption = "The lamp room at dusk, seen from the quay. Photo: Tomas Reid, Varn Courier"
    lines = ["The long winter of the Varn Point light", dek, "Orla Penn", "5 March 2024 \u00b7 6:00", row, caption]
    article = newsdoc.parse_text("\n\n".join([*lines, LANTERN, LANTERN]) + "\n")
    assert article.blocks[4] == Fragment(text=row)
    assert isinstance(article.blocks[5], Caption)


def test_a_sentence_and_a_name_under_the_byline_is_no_caption() -> None:
    line = "Keepers said goodbye to the lamp on a cold and windy morning. Orla Penn"
    text = f"The long winter of the Varn Point light\n\nBy Tomas Reid\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n"
    assert not isinstance(newsdoc.parse_text(text).blocks[2], Caption)


def test_a_name_with_the_job_run_on_after_it_over_the_date() -> None:
    text = (
        "The long winter of the Varn Point light\n\nOrla Penn Regional Reporter\n\nMarch 5, 2024 - 6:00AM\n\n"
        f"{LANTERN}\n\n{LANTERN}\n"
    )
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == Fragment(text="Orla Penn Regional Reporter", role="byline")
    assert (article.authors, article.published) == (("Orla Penn",), dt.datetime(2024, 3, 5, 6, 0))


def test_a_name_with_a_job_and_no_date_under_it_is_no_byline() -> None:
    """A staff list's line: the name and the job, and no date to sign a piece."""
    text = f"The long winter of the Varn Point light\n\nOrla Penn Regional Reporter\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.authors == ()
    assert article.blocks[1] == Paragraph(text="Orla Penn Regional Reporter")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Orla Penn Senior Reporter", "Orla Penn"),
        ("Penn Regional", None),  # no job after the name
    ],
)
def test_the_name_before_a_job_run_on_after_it(line: str, name: str | None) -> None:
    assert classify.name_and_job(line, newsdoc.DEFAULT_CUES) == name


def test_the_job_on_the_line_under_the_bare_byline_is_no_body() -> None:
    text = (
        "The long winter of the Varn Point light\n\nOrla Penn\n\nMaritime Correspondent\n\nMarch 5, 2024\n\n"
        f"{LANTERN}\n\n{LANTERN}\n"
    )
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[1] == Fragment(text="Orla Penn", role="byline")
    assert blocks[2] == Fragment(text="Maritime Correspondent")


def test_a_row_of_words_with_no_link_of_the_pages_is_the_storys() -> None:
    """(A guard, which passes without the rule too.) A row of words with dots between, none of them a page's link."""
    row = "Breakfast \u00b7 Lunch \u00b7 Dinner"
    blocks = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{row}\n\n{FERRY}\n").blocks
    assert not isinstance(blocks[2], Fragment)


def test_a_passage_quoted_whole_under_a_sentence_that_leads_into_it_is_a_quote() -> None:
    """ "..., read a statement:", then the statement wholly in its quote marks: a passage quoted as a block."""
    lead = "The keepers' trust sent a statement to the council, which its chair read aloud:"
    statement = (
        "\u201cThe light has been kept for 163 years. We ask only that the rock is not sold before the"
        " survey is done. Our members will help with the work.\u201d"
    )
    text = f"Varn Point light to close\n\n{LANTERN}\n\n{lead}\n\n{statement}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[3] == newsdoc.Quote(text=statement)
    assert newsdoc.to_text(article) == text
    # (guards, which pass without the rule too) no colon over it, or the speaker named after the quote: a paragraph
    for changed in (text.replace(lead, lead[:-1] + "."), text.replace("\u201d", ",\u201d the chair said.")):
        blocks = newsdoc.parse_text(changed).blocks
        assert type(blocks[3]) is Paragraph


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        # the date, then the writer's name, as a template sets the time and then the writer
        ("05.03.2024, 11:27\n\nUpdated: 05.03.2024, 13:05\n\nOrla Penn", "Orla Penn"),
        # the name, her paper's under it, the date under that
        ("Orla Penn\n\nThe Varn Courier\n\nMarch 5, 2024", "Orla Penn"),
        # a byline's label on a line of its own over the name, its colon left out
        ("March 5, 2024\n\nAuthor\n\nOrla Penn", "Orla Penn"),
    ],
)
def test_a_bare_name_in_the_header_beside_the_date_is_the_byline(header: str, byline: str) -> None:
    """A name alone under the headline signs the piece beside its date, as a template's elements read."""
    text = f"The long winter of the Varn Point light\n\n{header}\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.authors == (byline,)
    assert Fragment(text=byline, role="byline") in article.blocks
    assert newsdoc.to_text(article) == text
    # Under the date alone, the story's subject, whom the body names, signs nothing (a guard, which passes without
    # the rule too); her paper or a label says she wrote it all the same
    subject = text.replace(f"{LANTERN}\n\n{LANTERN}", f"{LANTERN}\n\nOrla Penn has kept the light since 1984.")
    assert newsdoc.parse_text(subject).authors == (() if header.startswith("05.03") else (byline,))


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("March 5, 2024 - 6:00AM", dt.datetime(2024, 3, 5, 6, 0)),  # the time after a dash
        ("Posted Tue 5 Mar 2024 at 6:12am, updated Tue 5 Mar 2024 at 9:40am", dt.datetime(2024, 3, 5, 6, 12)),
        ("Published March 5, 2024, updated March 6, 2024", dt.date(2024, 3, 5)),
        # the update's label after the first date with no mark between
        ("Published: Jan. 12, 2026, 7:30 a.m. Updated: Jan. 12, 2026, 3:05 p.m.", dt.datetime(2026, 1, 12, 7, 30)),
        ("Published March 14, 2024 Updated March 15, 2024, 9:02 a.m. ET", dt.date(2024, 3, 14)),
        ("Publicado em 04/03/2024 - 14:05 Atualizado em 04/03/2024 - 16:20", dt.datetime(2024, 3, 4, 14, 5)),
        # a date with no label, then its change's label: in brackets, or how long ago
        ("5 marzo 2024 (modifica il 5 marzo 2024 | 14:32)", dt.date(2024, 3, 5)),
        ("March 5, 2024 Updated 2 hours ago", dt.date(2024, 3, 5)),
        # a field's mark between the two
        ("27/10/2024 20h14 \u00b7 Atualizado h\u00e1 2 horas", dt.datetime(2024, 10, 27, 20, 14)),
        ("March 5, 2024 | Updated 2 hours ago", dt.date(2024, 3, 5)),
    ],
)
def test_a_date_line_of_a_date_and_its_time_or_its_update(line: str, date: dt.date) -> None:
    assert classify.published_date(line, newsdoc.DEFAULT_CUES) == date


@pytest.mark.parametrize("label", ["Aangepast:", "Gewijzigd op"])
def test_a_dutch_line_that_dates_the_change_is_a_date_line_not_the_published_date(label: str) -> None:
    """Dutch sites date a story's change "Aangepast" or "Gewijzigd" ("changed"), under its published date."""
    text = (
        f"Veerboot vaart weer\n\nDoor Orla Penn\n\n12 maart 2024, 07:30\n\n{label} 12 maart 2024, 10:15\n\n{LANTERN}\n"
    )
    article = newsdoc.parse_text(text)
    assert article.blocks[3] == Fragment(text=f"{label} 12 maart 2024, 10:15", role="date")
    assert article.published == dt.datetime(2024, 3, 12, 7, 30)


def test_an_analysts_caveat_under_the_body_is_a_disclaimer() -> None:
    note = "This brief draws on public sources. It does not constitute investment advice."
    article = newsdoc.parse_text(f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{LANTERN}\n\n{note}\n")
    assert isinstance(article.blocks[-1], newsdoc.Disclaimer)


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        ("(Supplied: Varn Rowing Club)", "Varn Rowing Club"),  # who handed the picture over, labelled
        ("(Varn Courier: Tomas Reid)", "Varn Courier: Tomas Reid"),  # an outlet and its photographer
    ],
)
def test_a_caption_with_a_bracketed_credit_of_a_label_or_an_outlet_and_a_colon(tail: str, credit: str) -> None:
    """A caption of one sentence, with no body's prose around it to tell it by: its credit does."""
    caption = f"The rowing club's boat crosses the bay at dawn. {tail}"
    text = f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{LANTERN}\n\n{caption}\n"
    block = newsdoc.parse_text(text).blocks[-1]
    assert isinstance(block, Caption)
    assert (block.text, block.credit) == ("The rowing club's boat crosses the bay at dawn.", credit)


@pytest.mark.parametrize("tail", ["(Watch: Keepers Leave The Rock)", "(See Also: Keepers Leave The Rock)"])
def test_a_sentence_with_a_links_label_in_brackets_is_no_caption(tail: str) -> None:
    line = f"The rowing club's boat crosses the bay at dawn. {tail}"
    text = f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{LANTERN}\n\n{line}\n"
    assert newsdoc.parse_text(text).blocks[-1] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        (
            "This story was produced in partnership with Coastwatch Health, a nonprofit newsroom on the estuary.",
            "Coastwatch Health",
        ),
        ("Produced in collaboration with the Varn Point Trust.", "Varn Point Trust"),
        ("This article was co-published with the Skerry Gazette.", "Skerry Gazette"),
        # a sponsor's piece, as its page calls it; a piece of a kind a word names ("photo essay"); Czech's "the
        # article's partner is"
        ("This content was produced in partnership with Tarnlight Solar.", "Tarnlight Solar"),
        ("This photo essay was produced in partnership with the Varn Point Trust.", "Varn Point Trust"),
        ("Partnerem \u010dl\u00e1nku je Ml\u00e9k\u00e1rna Skalka.", "Ml\u00e9k\u00e1rna Skalka"),
    ],
)
def test_a_note_naming_the_partner_the_piece_was_made_with(line: str, source: str) -> None:
    """A piece made with a partner newsroom says so under the body, of the piece itself or opening the note."""
    article = newsdoc.parse_text(f"The Last Keeper of Varn Point\n\n{LANTERN}\n\n{LANTERN}\n\n{line}\n")
    assert article.blocks[-1] == newsdoc.Attribution(text=line, kind=newsdoc.AttributionKind.PARTNERSHIP, source=source)
    assert article.source == source


@pytest.mark.parametrize(
    ("line", "kind", "source"),
    [
        ("Reprinted courtesy of the Skerry Gazette.", "reprinted", "Skerry Gazette"),
        (
            "This article is shared through a content-sharing agreement with the Skerry Gazette.",
            "republished",
            "Skerry Gazette",
        ),
        ("A version of this story appeared in the March issue of Varn Monthly.", "first_appeared", "Varn Monthly"),
        # a press release, its issuer after it; a book's publisher in Swedish
        (
            "This story was adapted from a press release issued by Varn University.",
            "originally_published",
            "Varn University",
        ),
        ("Publiceras med tillst\u00e5nd av f\u00f6rlaget Skarv & Son.", "republished", "Skarv & Son"),
        (
            "This piece first appeared in the spring issue of the Keeper's Quarterly.",
            "first_appeared",
            "Keeper's Quarterly",
        ),
        ("This story was produced by Coastwatch Health, a nonprofit newsroom.", "partnership", "Coastwatch Health"),
        ("This story is part of Tide Lines, a collaboration with the Skerry Gazette.", "partnership", None),
        # a partner in Spanish, Portuguese and German
        ("Este reportaje fue producido en alianza con la Red Costera.", "partnership", "Red Costera"),
        ("Esta reportagem foi produzida em parceria com o Coletivo Mar\u00e9.", "partnership", None),
        ("Dieser Beitrag entstand in Zusammenarbeit mit dem Kuestenbuero.", "partnership", None),
        ("Dieser Beitrag erscheint in Kooperation mit dem Netzwerk Kuestenpresse.", "partnership", None),
        # a collaboration between partners, as a Spanish newsroom calls its story; a French note on a licence
        ("Esta historia es parte de una colaboraci\u00f3n entre Red Costera y Faro Sur.", "partnership", None),
        ("Cet article est republi\u00e9 \u00e0 partir du Journal des Phares.", "republished", "Journal des Phares"),
    ],
)
def test_more_ways_a_note_says_where_the_piece_ran_or_who_made_it(line: str, kind: str, source: str | None) -> None:
    """Notes under the story in the words newsrooms use: courtesy, a sharing agreement, an issue, a partner."""
    article = newsdoc.parse_text(f"The Last Keeper of Varn Point\n\n{LANTERN}\n\n{LANTERN}\n\n{line}\n")
    assert isinstance(note := article.blocks[-1], newsdoc.Attribution)
    assert note.kind == kind
    assert source is None or note.source == source


@pytest.mark.parametrize(
    "line",
    [
        "This story was updated at 4:30 p.m. to include a statement from the harbour board.",
        "This reporting was supported by a grant from the Varn Point Trust.",
    ],
)
def test_an_update_or_a_grant_under_the_story_is_a_disclaimer(line: str) -> None:
    article = newsdoc.parse_text(f"The Last Keeper of Varn Point\n\n{LANTERN}\n\n{LANTERN}\n\n{line}\n")
    assert article.blocks[-1] == newsdoc.Disclaimer(text=line)


@pytest.mark.parametrize(
    "line",
    ["The documentary was produced by Ines Volk, a director from the coast.", "The trust was funded by a grant."],
)
def test_a_sentence_with_a_notes_words_that_says_nothing_of_the_piece_stays_prose(line: str) -> None:
    article = newsdoc.parse_text(f"The Last Keeper of Varn Point\n\n{LANTERN}\n\n{line}\n\n{LANTERN}\n")
    assert article.blocks[-2] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # a preposition of another language before the source's name, and the particles of its name
        ("Ce reportage a \u00e9t\u00e9 initialement publi\u00e9 dans Le Phare du Ponant.", "Le Phare du Ponant"),
        ("Este texto fue publicado originalmente en Cr\u00f3nica de Varn.", "Cr\u00f3nica de Varn"),
        ("Esta reportagem foi publicada originalmente no \u00c1gua Viva das Ilhas.", "\u00c1gua Viva das Ilhas"),
        ("Dieser Text erschien zuerst im Kliffboten.", "Kliffboten"),
        ("Dieser Text erschien zuerst in der Kliffpost.", "Kliffpost"),
        # the kind of outlet before its name, a site's address, a date after the name
        ("This essay was originally published on my newsletter, The Keeper's Log.", "The Keeper's Log"),
        ("Originally published at varnpoint-notes.example on May 3, 2024.", "varnpoint-notes.example"),
        ("This piece first appeared in Skerry Weekly on April 9, 2024.", "Skerry Weekly"),
        ("This piece first appeared in Skerry Weekly on 9 April 2024.", "Skerry Weekly"),
        # a name that holds "on" still reads whole
        ("This piece first appeared in Lights on the Point.", "Lights on the Point"),
        # a kind of outlet named by no name gives none
        ("This essay first appeared on my blog last spring.", None),
        # the name ends with its sentence, not with the next one's first word; an abbreviation does not end it
        ("This article was originally published on The Skerry Review. Read the original article.", "The Skerry Review"),
        ("Republished with permission from Varn Voices. Sign up for their letters.", "Varn Voices"),
        ("This piece first appeared in the St. Ives Skerry Post.", "St. Ives Skerry Post"),
    ],
)
def test_a_republication_notes_source_after_its_preposition(line: str, source: str | None) -> None:
    """A republication note names where the piece first ran after a preposition of its language."""
    article = newsdoc.parse_text(f"The Last Keeper of Varn Point\n\n{LANTERN}\n\n{LANTERN}\n\n{line}\n")
    assert isinstance(note := article.blocks[-1], newsdoc.Attribution)
    assert note.source == source


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # a site's address that ends the sentence
        ("This essay was first published at varnpoint-notes.example.", "varnpoint-notes.example"),
        # a year alone is when the piece first ran, not where; a title that opens with a number is a name
        ("This essay was first published in 1987 and is reprinted with the keeper's leave.", None),
        ("This essay was first published in 1921 Quarterly, a lighthouse journal.", "1921 Quarterly"),
    ],
)
def test_a_republication_notes_source_is_a_name_or_a_site(line: str, source: str | None) -> None:
    article = newsdoc.parse_text(f"The Last Keeper of Varn Point\n\n{LANTERN}\n\n{LANTERN}\n\n{line}\n")
    assert isinstance(note := article.blocks[-1], newsdoc.Attribution)
    assert note.source == source


@pytest.mark.parametrize(
    "line",
    [
        "The museum runs the tours in partnership with the county and opens them on Sundays.",
        "The festival, a collaboration between three villages on the rock, drew four thousand people.",
        # (a guard, which passes without the rule too: the phrase in another language, of the story's subject)
        "El museo organiza las visitas en alianza con la parroquia y las abre los domingos.",
    ],
)
def test_a_sentence_about_a_partnership_ends_the_body(line: str) -> None:
    article = newsdoc.parse_text(f"The Last Keeper of Varn Point\n\n{LANTERN}\n\n{LANTERN}\n\n{line}\n")
    assert article.blocks[-1] == Paragraph(text=line)


def test_a_name_and_a_date_under_the_byline_is_no_second_byline() -> None:
    """A piece that "By" signs: an event and its date under it ("Lamp Fair April 20, 2024") heads the body."""
    text = (
        f"The long winter of the Varn Point light\n\nBy Tomas Reid\n\n{LANTERN}\n\nLamp Fair April 20, 2024\n\n"
        f"{LANTERN}\n"
    )
    article = newsdoc.parse_text(text)
    assert article.authors == ("Tomas Reid",)
    assert article.blocks[3] == Heading(text="Lamp Fair April 20, 2024", level=2)  # between the story's paragraphs


@pytest.mark.parametrize("where", ["lead", "body"])
def test_a_photographer_and_outlet_run_in_after_a_caption_keep_the_text_byte_for_byte(where: str) -> None:
    """The gap before "Jane Roe / The Ledger" run in after a caption's sentence is written back once."""
    caption = "The keeper's boat at the slip, at low water. Orla Penn / Varn Harbour Post"
    middle = f"By Tomas Reid\n\n{caption}\n\n{LANTERN}" if where == "lead" else f"{LANTERN}\n\n{caption}"
    text = f"The long winter of the Varn Point light\n\n{middle}\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    (found,) = article.blocks_of(Caption)
    assert (found.text, found.credit) == (
        "The keeper's boat at the slip, at low water.",
        "Orla Penn / Varn Harbour Post",
    )
    assert newsdoc.to_text(article) == text


def test_a_typing_that_would_change_the_bytes_gives_way_to_plain_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a rule gets wrong, the text comes back byte for byte: every block a paragraph, and a warning."""
    text = f"The Last Keeper of Varn Point\n\n{LANTERN}\r\n\r\nA line\nwrapped here.\n\n{LANTERN}\n"
    settle = newsdoc.scraped.settle

    def faulty(blocks: list[newsdoc.Block], title: str | None, cues: newsdoc.Cues) -> None:
        settle(blocks, title, cues)
        blocks[1] = Paragraph(text=LANTERN + " ", spacing=blocks[1].spacing)  # a space no text holds

    monkeypatch.setattr(newsdoc.scraped, "settle", faulty)
    with pytest.warns(RuntimeWarning, match="plain paragraphs"):
        article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    assert {type(block) for block in article.blocks} == {Paragraph}
    assert article.title is None


# Whole pages' text: the site's name and menus over the article, teasers and a footer around it.
_MILLERS_BODY = (
    "ORRIN \u2014 Millers in the Orrin valley were counting their losses on Tuesday after floodwater filled four"
    " warehouses holding most of the winter's flour and bran.\n\n"
    "The river rose by nearly two metres overnight after three days of rain on the hills above the town, the water"
    " board said.\n\n"
    '"We lost the whole season in a night," said Aldo Pemberry-Vane, whose family has milled grain by the weir for'
    " four generations.\n"
)


@pytest.mark.parametrize(
    ("menu", "label"),
    [
        ("News Valleys Markets Sport E-Paper", "Valleys\n\n"),  # a section's label between the menu and the headline
        ("World Business Culture Travel", "Culture\n\n"),
    ],
)
def test_a_menus_line_over_a_label_over_the_headline_is_no_headline(menu: str, label: str) -> None:
    """Only right under the headline may a second line of a headline's shape stand (a dek with no full stop)."""
    head = "Millers count losses as flood fills Orrin warehouses"
    text = f"The Fenwick Ledger\n\n{menu}\n\n{label}{head}\n\nBy Wenna Tarrow-Bly\n\n{_MILLERS_BODY}"
    assert newsdoc.parse_text(text).title == head
    # A headline in title case, with no word in lower case, is the headline all the same
    capitalised = "Millers Count Losses As Flood Fills Orrin Warehouses"
    assert newsdoc.parse_text(text.replace(head, capitalised)).title == capitalised


def test_a_menus_line_right_over_the_headline_names_nothing_the_body_tells() -> None:
    head = "Lifeguards pull 30 bathers from rips in one afternoon at Gorran Sands"
    text = (
        f"Coastwatch Radio\n\nLatest Your Region Sport Weather\n\n{head}\n\nBy Tobin Ashcombe-Ree\n\n"
        "Posted Sun 7 Jan 2024 at 5:12am\n\n"
        "Volunteer lifeguards pulled 30 bathers from rips at Gorran Sands on Sunday afternoon as a strong swell"
        " rolled in under clear skies.\n\n"
        "The club's captain, Dara Polwhele, said the rescues began just after noon and did not stop until the flags"
        " came down at five.\n"
    )
    assert newsdoc.parse_text(text).title == head
    # A dek with no full stop right under the headline: the headline is the line over it
    dek = "A cooperative in the Vell hills is paying for fleece blankets across two hundred hectares of pear trees"
    article = (
        f"Orchard growers bet on late frost cover\n\n{dek}\n\nBy Ada Quenby\n\n"
        "Growers in the Vell hills have begun covering pear trees with fleece each night, hoping to save the blossom"
        " from a late frost that forecasters expect next week.\n\n"
        "The cooperative bought the fleece with a loan from the regional bank, and its members take turns to lay it"
        " out at dusk.\n"
    )
    assert newsdoc.parse_text(article).title == "Orchard growers bet on late frost cover"


_POOL_BODY = (
    "The tidal pool at Keel Point reopened to swimmers on Wednesday after a winter of repairs to its sea wall,"
    " which storms had cracked in two places.\n\n"
    "Swimmers queued from seven in the morning, and the pool's keeper, Gorran Tull, said the water was colder than"
    " the sea but cleaner than it had been in years.\n\n"
    "The repairs cost the parish less than it had feared, because volunteers carried most of the stone down the"
    " cliff path by hand.\n"
)


def test_the_headline_over_the_body_of_a_whole_page_past_teasers_and_menus() -> None:
    """The body is the page's longest run of prose; its headline names what its lead tells, over the date."""
    head = "Tidal pool at Keel Point reopens after repairs"
    teasers = (
        "Lamplighters return to Orrin's old quarter\nThe council has hired four lamplighters to tend the gas lamps"
        " of the old quarter for the first time in sixty years.\n\n"
        "Quarry road to close for three weeks\nLorries will take the long way round the hill while engineers shore"
        " up the bank above the quarry road.\n\n"
    )
    text = f"Sign in\n\nMost read\n\n{teasers}{head}\n\nPell Istra\n\n5 June 2024, 08:15\n\n{_POOL_BODY}\nAbout us\n"
    assert newsdoc.parse_text(text).title == head
    # A text browser's page: the menu's items and the share buttons as list items, the site's name first
    menu = "* News\n* Harbour\n* Markets\n+ Sign in"
    page = f"Quillmoor Post\n\n{menu}\n\n{head}\n\n5 June 2024, 08:15\n*\n*\n*\n\n{_POOL_BODY}\n* About us\n* Contact\n"
    assert newsdoc.parse_text(page).title == head
    # The article's text alone, its headline first: the first line
    assert newsdoc.parse_text(f"{head}\n\n{_POOL_BODY}").blocks[0] == newsdoc.Heading(text=head, level=1)


def test_a_live_blogs_post_heading_under_its_time_is_no_headline() -> None:
    head = "Live: Storm Alda shuts ferries and the coast road"
    posts = (
        "10:42\nFerries cancelled at Pell harbour\nAll sailings from Pell harbour have been cancelled for the rest"
        " of the day, the operator said, as waves whipped up by storm Alda broke over the outer wall.\n\n"
        "The operator said it would refund every ticket and hoped to run a late boat on Tuesday if the wind eased"
        " overnight as the forecasters expect.\n\n"
        "10:15\nTrees down on the coast road\nPolice have closed the coast road between Orrin and Vell after three"
        " trees came down across both lanes in the space of half an hour this morning.\n"
    )
    text = f"Evening Courier\n\n* Home\n* Weather\n\n{head}\n\nLast updated 3 March 2024, 10:42 GMT\n\n{posts}"
    assert newsdoc.parse_text(text).title == head


def test_a_date_line_with_its_time_under_the_byline_is_no_dek() -> None:
    """A line that gives the date and the minute dates the piece; a dek says what it is about."""
    text = (
        "Review\n\nThe last keeper of Varn Point: forty winters on the rock\n\nBy\nOrla Penn and Ivo Stenn\n\n"
        f"Monday, March 4, 2024, 04:05 pm PT (07:05 pm ET)\n\n{LANTERN}\n\n{LANTERN}\n\n{LANTERN}\n"
    )
    assert not newsdoc.parse_text(text).blocks_of(newsdoc.Standfirst)


_KILNS_BODY = (
    "The last two brick kilns at Sorrel Ford will be pulled down in the spring, the district planning board decided"
    " on Thursday, after a survey found their chimneys leaning towards the towpath.\n\n"
    "The kilns fired bricks for most of the terraces in the valley until 1961, and a group of neighbours had asked"
    " the board to keep at least one standing as a memorial to the trade.\n\n"
    "The board said it would set the old maker's stamps into a wall by the canal instead.\n"
)


@pytest.mark.parametrize("head", ["Why it matters now", "Adieu aux fours de briques", "Is this the end?"])
def test_a_headline_that_names_nothing_of_the_lead_stands_over_its_dek(head: str) -> None:
    """Over the byline, a headline in sentence case right over a dek with no full stop is the headline,
    though the dek names more of the lead."""
    dek = "Planning board votes to pull down the last brick kilns at Sorrel Ford"
    byline = "By Nessa Carrow-Dune"
    assert newsdoc.parse_text(f"{head}\n\n{dek}\n\n{byline}\n\n{_KILNS_BODY}").title == head
    # Over a headline, a line written as names are (a menu's, a site's) that names nothing of the lead is none
    menu = "Latest Towns Sport Puzzles Letters"
    assert newsdoc.parse_text(f"{menu}\n\n{dek}\n\n{byline}\n\n{_KILNS_BODY}").title == dek


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("The kilns fall. The stamps stay.", True),  # short sentences, as opinion pages set a headline
        ("Keep one kiln standing.", True),
        ("Sorrel Ford kilns go.", True),
        # (guards, which pass without the rule too) a sentence as long as a dek's says as much as the dek
        ("The board heard from the neighbours for two hours before it voted to pull the kilns down.", False),
        ("The kilns fall. The stamps stay, set into a wall by the canal for all.", False),  # a sentence too long
    ],
)
def test_a_headline_set_as_sentences_with_full_stops_stands_over_its_dek(head: str, title: bool) -> None:
    """Over the dek and the byline, a headline of short sentences, each with its full stop, is the headline."""
    dek = "Planning board votes to pull down the last brick kilns at Sorrel Ford, and keeps their makers' stamps."
    text = f"Comment\n\n{head}\n\n{dek}\n\nBy Nessa Carrow-Dune\n\nMarch 4, 2024\n\n{_KILNS_BODY}"
    article = newsdoc.parse_text(text)
    assert (article.title == head) == title
    assert (article.blocks_of(newsdoc.Standfirst) == (newsdoc.Standfirst(text=dek),)) == title
    assert newsdoc.to_text(article) == text


def test_a_headline_of_two_sentences_under_a_sections_label_with_no_byline() -> None:
    """The label is the text's first line; the headline under it may be set as sentences in sentence case."""
    head = "The kilns will fall. We should keep their stamps"
    dek = "Planning board votes to pull down the last brick kilns at Sorrel Ford, and the makers' marks go with them"
    article = newsdoc.parse_text(f"Comment\n\n{head}\n\n{dek}\n\n{_KILNS_BODY}")
    assert article.title == head
    assert article.blocks_of(newsdoc.Standfirst) == (newsdoc.Standfirst(text=dek),)


def test_a_players_line_between_the_dek_and_the_byline_is_no_headline() -> None:
    head = "'The kilns kept us': a valley loses its last brick works"
    dek = "Sorrel Ford's kilns fired bricks for a century. On Monday the board voted to pull them down."
    text = (
        f"{head}\n{dek}\nListen to this article \u00b7 7 min\nBy Nessa Carrow-Dune \u00b7 March 4, 2024\n{_KILNS_BODY}"
    )
    article = newsdoc.parse_text(text)
    assert article.title == head
    assert [block.text for block in article.blocks_of(newsdoc.Standfirst)] == [dek]


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("COMMENT | GUEST ESSAY", True),  # a section's label in capitals over it
        # (a guard, which passes without the rule too) no label over it: a sentence over the byline may be the lead's
        ("The Sorrel Ford Packet", False),
    ],
)
def test_a_headline_set_as_sentences_right_over_the_byline_under_a_label(label: str, title: bool) -> None:
    """No dek: a headline of short sentences right over the byline, a section's label in capitals over it."""
    head = "I fired those kilns for 30 years. A vote cannot end what they made."
    text = f"{label}\n\n{head}\n\nBy Nessa Carrow-Dune\n\nMarch 4, 2024\n\n{_KILNS_BODY}"
    article = newsdoc.parse_text(text)
    assert (article.title == head) == title
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize("label", ["COMMENT | GUEST ESSAY", "WORLD NEWS / WESTERN EUROPE"])
def test_a_sections_label_in_capitals_with_its_subsection_is_the_kicker(label: str) -> None:
    """Over the headline, a section's label in capitals, its subsection after a bar or a slash."""
    text = f"{label}\n\nPlanning Board Votes to Pull Down Sorrel Ford Kilns\n\nBy Nessa Carrow-Dune\n\n{_KILNS_BODY}"
    article = newsdoc.parse_text(text)
    assert article.kicker == label
    assert article.blocks[0] == Fragment(text=label, role="kicker")


@pytest.mark.parametrize(
    ("label", "signed"),
    [
        ("KILNS | SPRING 2024", "By Nessa Carrow-Dune\n\nMarch 4, 2024\n\n{dek}"),  # in capitals, a year's number
        # in title case, naming what the body tells, over a dek and a picture
        ("Opinion | Brick Kilns", "{dek}\n\nNessa Carrow-Dune\n\nMarch 4, 2024\n\n{picture}"),
    ],
)
def test_a_sections_label_with_a_bar_is_no_headline_over_the_headline(label: str, signed: str) -> None:
    """A section and its topic, a bar between, over the headline: the kicker, not the headline."""
    head = "Sorrel Ford's kilns deserve better than the wrecking ball"
    dek = "The board's vote is a blunt answer to a small problem. A survey and a grant would save them"
    picture = (
        "A brick kiln stands beside a canal towpath\n\nThe kilns were last fired in 1968. Photograph: Ilse Draaijer"
    )
    text = f"{label}\n\n{head}\n\n{signed.format(dek=dek, picture=picture)}\n\n{_KILNS_BODY}"
    article = newsdoc.parse_text(text)
    assert article.title == head
    assert article.kicker == label
    assert article.blocks[:2] == (Fragment(text=label, role="kicker"), newsdoc.Heading(text=head, level=1))
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    ("label", "head", "under"),
    [
        # a label of two words, which the lead names, over a headline of three times its words, a dek and a note under
        ("Island families", "After the Varn Point ferry stopped, islanders row their shopping home", "dek"),
        # a label in a script without capitals, over the headline and the date (Japanese)
        ("地域経済", "港町の商店街に十二年ぶりの新しい店 元船員がパン屋を開く", "date"),
    ],
)
def test_a_short_label_over_a_long_headline_is_its_kicker(label: str, head: str, under: str) -> None:
    """Over a headline of many more words, a section's label of a few is the kicker, not the headline."""
    lead = "Since the ferry stopped last spring, at least eleven families have left the island for the mainland."
    note = "This story was produced in partnership with the Island Desk, a nonprofit newsroom."
    after = f"{lead}\n\n{note}\n\nBy Nessa Carrow-Dune" if under == "dek" else "2024年4月12日 10時30分"
    text = f"{label}\n\n{head}\n\n{after}\n\n{_KILNS_BODY}"
    article = newsdoc.parse_text(text)
    assert (article.title, article.kicker) == (head, label)
    assert article.blocks[:2] == (Fragment(text=label, role="kicker"), newsdoc.Heading(text=head, level=1))
    # a headline of a few words over its picture's caption and credit, in title case: the caption is no headline
    caption = "Der Hafen Von Varn Point Am Morgen. Foto: Jane Roe/dpa"
    article = newsdoc.parse_text(f"Talks in Varn\n\n{caption}\n\n{lead}\n\n{_KILNS_BODY}")
    assert (article.title, type(article.blocks[1])) == ("Talks in Varn", Caption)


def test_a_headline_under_a_menu_over_a_dek_that_names_more_of_the_lead() -> None:
    """Under a site's menu, the headline stands right over its dek, which tells more, in more words.

    Over a headline, a section's label of a few words is none, though it names what the lead tells.
    """
    head = "Sorrel Ford kilns will be pulled down in the spring"
    dek = "The district planning board decided on Thursday, after a survey found their chimneys leaning"
    menu = "Skip to content\nThe Courier\nHome\nTowns\nSport\nLetters"
    for label in ("", "Sorrel Ford kilns\n"):
        text = f"{menu}\n{label}{head}\n\n{dek}\n\nNessa Carrow-Dune\nMarch 4, 2024\n\n{_KILNS_BODY}"
        article = newsdoc.parse_text(text)
        assert article.title == head
        assert article.blocks_of(newsdoc.Standfirst) == (newsdoc.Standfirst(text=dek),)


def test_the_first_line_over_a_dek_when_the_lead_sets_a_scene() -> None:
    """A feature's lead sets a scene, and names little that the headline or the dek says: the first line heads it.

    The dek under it, longer, with a credit and a date under both, is its standfirst.
    """
    head = "The kiln keepers who would not let the fires go out"
    dek = "Three neighbours spent a winter at the old yard so that the craft would be remembered"
    lead = (
        "Before dawn on a Sunday the yard behind the towpath smells of wet clay and wood smoke, and a radio plays"
        " to no one in the drying shed."
    )
    text = f"{head}\n\n{dek}\n\nPhotographs by Ilse Draaijer\n\n4 March 2024\n\n{lead}\n\n{_KILNS_BODY}"
    article = newsdoc.parse_text(text)
    assert article.title == head
    assert article.blocks_of(newsdoc.Standfirst) == (newsdoc.Standfirst(text=dek),)


def test_a_line_over_the_readers_comments_is_no_headline() -> None:
    """The longest run of prose may be the readers' comments under a short article: no line over them is a headline."""
    head = "Gone by the next thaw"
    comments = (
        "Comments (3)\n\nKiln neighbours ignored by planning board again\n\nBryn at the lock\n\n"
        "My grandfather stoked those kilns for thirty years and nobody on the planning board asked a single neighbour"
        " before they decided to pull them down.\n\nReply\n\nHedda P\n\n"
        "The chimneys were leaning badly though, and the planning board could hardly wait for one to fall onto the"
        " towpath before doing something about it.\n"
    )
    text = f"{head}\n\nThe planning board voted on Thursday to pull down the old kilns.\n\n{comments}"
    assert newsdoc.parse_text(text).title == head
    # A count of the comments by the byline, over the body, is no thread
    head = "Planning board votes to pull down Sorrel Ford kilns"
    assert newsdoc.parse_text(f"{head}\n\nBy Nessa Carrow-Dune\n\n4 comments\n\n{_KILNS_BODY}").title == head


def test_a_text_cut_mid_sentence_shows_no_headline_over_its_longest_run() -> None:
    """A text that opens on the end of a sentence is cut from an article: a line over its longest run is a subhead."""
    run = (
        "Neighbours said the kilns were the last thing left of a trade that once employed half the valley, and that"
        " pulling them down would leave the towpath with nothing to show for it.\n\n"
    )
    text = f"the board's chair said on Thursday.\n\nNeighbours fear the valley loses its last kilns\n\n{run}{run}"
    assert newsdoc.parse_text(text).title is None


@pytest.mark.parametrize(
    "line",
    [
        "This report, produced in partnership with the parish, found that two of the chimneys had cracked.",
        "This story began in collaboration with readers who wrote in with their photographs of the kilns.",
        "In partnership with the district, the trust will run guided walks along the towpath each Sunday.",
        "A collaboration between the two schools would let pupils fire their own bricks, the board heard.",
        "\u201cThis piece of the valley is a collaboration between Sorrel Ford and the canal,\u201d the chair said.",
    ],
)
def test_a_sentence_naming_no_partner_by_its_name_ends_the_body(line: str) -> None:
    """A partnership note names its partner, a newsroom or a body; a body's sentence says "the parish", "readers"."""
    article = newsdoc.parse_text(f"The Last Keeper of Varn Point\n\n{LANTERN}\n\n{LANTERN}\n\n{line}\n")
    assert article.blocks[-1] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("over", "line", "under", "label"),
    [
        ("Tags: ferries, storms, Varn Point", "Most read right now", "", True),  # past the tags' line
        ("Ines Volk is the Skerry Gazette's transport reporter.", "Show all 41 comments", "", True),  # past a bio
        ("Tags: ferries, storms", "The Harbour Desk on Sundays", "Share this article", True),  # over a button
        ("Tags: ferries, storms", "The Harbour Desk on Sundays", "Our winter ferry guide", True),  # over another
        # (guards) a line a story goes on under is a subheading; a sentence is no label
        ("Tags: ferries, storms", "What the keepers left", LANTERN, False),
        ("Tags: ferries, storms", "The keepers left on Monday.", "", False),
    ],
)
def test_a_short_line_past_the_notes_under_the_body_is_the_pages(over: str, line: str, under: str, label: bool) -> None:
    """Past the notes under the story, a line of a few words with no prose under it is a box's label or a button."""
    tail = "\n\n".join(part for part in (over, line, under) if part)
    article = newsdoc.parse_text(f"The Last Keeper of Varn Point\n\n{LANTERN}\n\n{LANTERN}\n\n{tail}\n")
    block = next(block for block in article.blocks if newsdoc.model.plain_text(block) == line)
    assert (block == Fragment(text=line)) is label


def test_a_partnership_note_may_name_its_partner_a_few_words_on() -> None:
    line = "This story was produced in partnership with our colleagues at Tarn Valley Radio."
    article = newsdoc.parse_text(f"The Last Keeper of Varn Point\n\n{LANTERN}\n\n{LANTERN}\n\n{line}\n")
    assert isinstance(note := article.blocks[-1], newsdoc.Attribution)
    assert note.kind == newsdoc.AttributionKind.PARTNERSHIP


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # a blog's meta line: the date and how long the article takes to read, in either order
        ("May 12, 2024 \u2014 4 min read", True),
        ("May 12, 2024\u2014 4 min read", True),
        ("4 min read May 12, 2024", True),
        ("Reading time: 3 minutes \u2014 12 May 2024", True),
        # a sentence that names a reading time and a year is the body's
        ("In 2024 a 4 min read won the prize.", False),
    ],
)
def test_a_reading_time_beside_the_date_is_the_date_line(line: str, date: bool) -> None:
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{line}\n\n{FERRY}\n")
    assert (article.blocks[2] == Fragment(text=line, role="date")) == date
    assert isinstance(article.blocks[2], Paragraph) != date


@pytest.mark.parametrize(
    "line",
    [
        "Orla Penn | Harbour Desk",  # the name, a bar, the desk she writes for
        "Orla Penn | The Varn Times",  # or the paper
        "Orla Penn | Staff Writer",  # or her job
        "Orla Penn | Department of Maritime History",  # or where she teaches, as a university's site sets it
        "Orla Penn | Reuters",  # or the agency she files for (alone, the line's shape is a picture's credit's)
        "Orla Penn | Varnwatch",  # or the outlet, whatever its name: the date under the line says it signs
    ],
)
def test_a_name_and_a_desk_after_a_bar_under_the_headline_is_the_byline(line: str) -> None:
    """The template's name and desk elements, then its date element."""
    text = f"The long winter of the Varn Point light\n\n{line}\n\nMarch 4, 2024\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == ("Orla Penn",)


def test_a_name_over_her_address_over_the_date_is_the_byline() -> None:
    """A regional paper's template: the writer's name, her e-mail address on the line under it, then the date."""
    byline = "Orla Penn\norla.penn@varn-courier.example"
    text = f"The long winter of the Varn Point light\n{byline}\nMarch 4, 2024\n{LANTERN}\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == Fragment(text=byline, role="byline", spacing="\n")
    assert article.authors == ("Orla Penn",)
    # (a guard, which passes without the rule too) no date under: a name and an address sign nothing
    undated = newsdoc.parse_text(text.replace("March 4, 2024\n", ""))
    assert undated.authors == ()


@pytest.mark.parametrize("by", ["By", "Oleh"])
def test_a_byline_over_her_address_names_her_without_its_by(by: str) -> None:
    """A byline over her e-mail address, "Oleh Orla Penn" as a Malay paper sets it: the writer is Orla Penn."""
    byline = f"{by} Orla Penn\norla.penn@varn-courier.example"
    text = f"The long winter of the Varn Point light\n\n{byline}\n\nMarch 4, 2024\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == Fragment(text=byline, role="byline")
    assert article.authors == ("Orla Penn",)


@pytest.mark.parametrize(
    "line",
    [
        "Skerry Ness | Local News",  # a place and the section it files under
        "Varn Athletic | Coaching Staff",  # a club and its staff
        "Orla Penn | Harbour Desk",  # the shape of a byline, and nothing more to say it is one
    ],
)
def test_a_name_shaped_field_and_a_desk_after_a_bar_with_no_date_under_it_is_no_byline(line: str) -> None:
    """A place or a club and a section read as a name and a desk do: alone, the line signs nothing."""
    text = f"The long winter of the Varn Point light\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == Paragraph(text=line)
    assert article.authors == ()


@pytest.mark.parametrize(
    "line",
    [
        "Tomas Reid | Varn Images",  # a picture's photographer and agency: no desk
        "Keeper Houses | Lamp Rooms",  # two menu items
        "Varn Point | Local News | Weather",  # a menu's line of three fields
        "Harbour Desk | Varn Times",  # a desk's name, no one's
    ],
)
def test_a_line_parted_by_a_bar_that_names_no_writer_and_desk_is_no_byline(line: str) -> None:
    text = f"The long winter of the Varn Point light\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.authors == ()
    assert classify.name_and_desk(line, newsdoc.DEFAULT_CUES) is None


@pytest.mark.parametrize(
    "note",
    [
        "Les opinions exprim\u00e9es dans ce billet n'engagent que leur auteur.",
        "Cette chronique n\u2019engage que son auteure.",
        "Las opiniones expresadas en esta columna son responsabilidad de quien la firma.",
        "Los art\u00edculos de opini\u00f3n no reflejan necesariamente la postura del diario.",
        "Le opinioni espresse in questo articolo sono dell'autrice.",
        "Meinungsbeitr\u00e4ge geben nicht unbedingt die Meinung des Verlags wieder.",
        # Polish, Russian, Ukrainian, Turkish, Indonesian, Swedish, Danish, Czech, Romanian
        "Tekst wyra\u017ca opinie autorki i nie musi odzwierciedla\u0107 stanowiska redakcji.",
        "Мнение автора может не совпадать с позицией редакции.",
        "Думка авторки може не збігатися з позицією редакції.",
        "Bu yaz\u0131daki g\u00f6r\u00fc\u015fler yazar\u0131n kendisine aittir.",
        "Tulisan ini adalah opini pribadi dan tidak mencerminkan pandangan redaksi.",
        "\u00c5sikterna i texten \u00e4r skribentens egna.",
        "Indl\u00e6gget er udtryk for skribentens egen holdning.",
        "Koment\u00e1\u0159 vyjad\u0159uje n\u00e1zor autora, nikoli stanovisko redakce.",
        "Opiniile exprimate \u00een acest articol apar\u021bin autorului.",
        "Este texto n\u00e3o reflete, necessariamente, a opini\u00e3o do Di\u00e1rio do Porto.",
        # a correction, in French, Spanish, Portuguese, German and Italian: "an earlier version of this article"
        "Une version pr\u00e9c\u00e9dente de cet article donnait une mauvaise heure de d\u00e9part.",
        "Cet article a \u00e9t\u00e9 corrig\u00e9 le 12 mars pour rectifier l'heure du d\u00e9part.",
        "Una versi\u00f3n anterior de este art\u00edculo daba una hora de salida equivocada.",
        "Uma vers\u00e3o anterior deste texto informava um hor\u00e1rio errado.",
        "In einer fr\u00fcheren Version dieses Artikels stand eine falsche Abfahrtszeit.",
        "Questo articolo \u00e8 stato corretto il 3 marzo: il traghetto parte alle sette.",
        # who paid for the reporting
        "Support for this reporting was provided by the Varn Foundation, which had no say in the story.",
        "Este contenido fue posible gracias al apoyo de la Fundaci\u00f3n Varn, que no tuvo control editorial.",
        "Dieser Beitrag entstand mit Unterst\u00fctzung der Varn-Stiftung.",
    ],
)
def test_a_note_on_the_pieces_views_its_corrections_or_its_funders_in_other_words_is_a_disclaimer(note: str) -> None:
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{note}\n"
    assert newsdoc.parse_text(text).blocks[-1] == newsdoc.Disclaimer(text=note)


@pytest.mark.parametrize(
    "line",
    [
        "Ces travaux n'engagent que la commune, et le port garde la main sur le calendrier du chantier.",
        "Les promesses n\u2019engagent que ceux qui les \u00e9coutent, a r\u00e9pliqu\u00e9 un p\u00eacheur.",
    ],
)
def test_a_sentence_that_says_what_binds_someone_else_closing_the_body_is_no_disclaimer(line: str) -> None:
    """A note's "n'engagent que" says its views bind their writers alone ("leur auteur"), not others."""
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{line}\n"
    assert newsdoc.parse_text(text).blocks[-1] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a correction or a disclosure under its label, in other languages too, the day of the change before the colon
        ("Correctie 3 juni: in een eerdere versie stond dat de veerboot om acht uur vertrok.", newsdoc.Disclaimer),
        ("Rectificatif : une version pr\u00e9c\u00e9dente donnait un mauvais horaire du bac.", newsdoc.Disclaimer),
        ("Correction, June 3: An earlier version gave the wrong time for the last crossing.", newsdoc.Disclaimer),
        ("Correction 3 June: An earlier version gave the wrong time for the last crossing.", newsdoc.Disclaimer),
        # the day in figures; the label in Finnish and Turkish
        ("Korjaus 3.6.2024: Jutussa kerrottiin aiemmin v\u00e4\u00e4r\u00e4 l\u00e4ht\u00f6aika.", newsdoc.Disclaimer),
        ("Correction 2024-06-03: An earlier version gave the wrong time for the last crossing.", newsdoc.Disclaimer),
        ("D\u00fczeltme: Haberin ilk halinde son seferin saati yanl\u0131\u015f verilmi\u015fti.", newsdoc.Disclaimer),
        ("Disclosure statement: Ines Volk receives funding from the Skerry Marine Trust.", newsdoc.Disclaimer),
        # the print edition's note, and a joint investigation's
        (
            "This article appears in the May 2024 print edition with the headline \u201cLast Crossing.\u201d",
            newsdoc.Disclaimer,
        ),
        ("This story is part of a joint investigation by Harbour Voices and the Skerry Gazette.", newsdoc.Attribution),
        # an opinion writer's line: where they write from, or "the writer", named by no name
        ("Dr Ines Volk, a ferry engineer, writes from Skerryhaven.", newsdoc.Bio),
        ("The writer is a lecturer in maritime law at Skerry University. ivolk@skerry.example", newsdoc.Bio),
        # and so in other languages: "the author is", in the feminine too
        ("L'autrice \u00e8 ricercatrice di diritto marittimo all'Universit\u00e0 di Skerry.", newsdoc.Bio),
        ("L\u2019auteur est professeur de droit maritime \u00e0 l\u2019universit\u00e9 de Skerry.", newsdoc.Bio),
        ("La autora es profesora de derecho mar\u00edtimo en la Universidad de Skerry.", newsdoc.Bio),
        ("Die Autorin ist Professorin f\u00fcr Seerecht an der Universit\u00e4t Skerry.", newsdoc.Bio),
        # the writer's: a trade after the verb in Italian and Portuguese (a food critic, an agronomist engineer), a verb
        # of research in Swedish, a Polish analyst after a dash, a German bio under its label ("about the person")
        ("Ines Volk \u00e8 critica gastronomica e scrive di trattorie dal 2015.", newsdoc.Bio),
        ("Ines Volk \u00e9 engenheira agr\u00f4noma e coordena a cooperativa do vale.", newsdoc.Bio),
        ("Ines Volk forskar om f\u00e4rjetrafik vid Skerry universitet.", newsdoc.Bio),
        ("Ines Volk \u2013 analityk Instytutu Spraw Morskich, zajmuje si\u0119 \u017ceglug\u0105.", newsdoc.Bio),
        ("Zur Person: Ines Volk leitet das Hafenb\u00fcro der Stiftung Seewege.", newsdoc.Bio),
        # a partner in Italian (a reportage's), Czech and Swedish; a piece run with leave, a funeral home's obituary
        ("Questo reportage \u00e8 stato realizzato in collaborazione con Radio Porto.", newsdoc.Attribution),
        (
            "Tento \u010dl\u00e1nek vznikl ve spolupr\u00e1ci s P\u0159\u00edstavn\u00ed nadac\u00ed.",
            newsdoc.Attribution,
        ),
        ("Artikeln \u00e4r skriven i samarbete med Hamnstiftelsen.", newsdoc.Attribution),
        ("Publiceras med tillst\u00e5nd av f\u00f6rlaget.", newsdoc.Attribution),
        ("Obituary provided by Skerry & Daughters Funeral Home.", newsdoc.Attribution),
        # funders who had no say, in English and German; Czech editors who answer for no advertiser; Hindi's label
        ("The funders had no role in the design of the survey.", newsdoc.Disclaimer),
        ("Die Geldgeber hatten keinen Einfluss auf die Auswertung der Daten.", newsdoc.Disclaimer),
        ("Redakce neodpov\u00edd\u00e1 za obsah komer\u010dn\u00edch sd\u011blen\u00ed.", newsdoc.Disclaimer),
        ("(डिस्क्लेमर: इस लेख के आंकड़े बंदरगाह बोर्ड के हैं।)", newsdoc.Disclaimer),
        # her trade no cue names, where she works saying it: a university, or an institution that ends a compound
        ("Die Autorin ist Seerechtlerin an der Hafenuniversit\u00e4t Skerry und forscht zu F\u00e4hren.", newsdoc.Bio),
        ("De auteur is zeevaartkundige aan de Universiteit van Skerry.", newsdoc.Bio),
        ("Die Autorin ist Seerechtlerin am Skerryer Hafeninstitut.", newsdoc.Bio),
        # and none: "the author is" wrong about an institution's plan (a guard, which passes without the rule too)
        ("The author is wrong about the Harbour Trust and its ferries.", newsdoc.Paragraph),
        # a newsletter she writes, by its title or its rhythm
        ("Ines Volk writes The Tide Table every Friday. She reported from the islands for a decade.", newsdoc.Bio),
        ("Ines Volk writes a weekly letter on the islands' ferries.", newsdoc.Bio),
        # her post alone, where she holds it, as Portuguese and Spanish papers close an opinion piece
        ("Professora de Direito Mar\u00edtimo na Universidade de Skerry", newsdoc.Bio),
        ("Senior Lecturer in Maritime Law, Skerry University", newsdoc.Bio),
        # not a note: a sentence that opens with a label's word, a writer said to be no trade
        ("Correction officers at the harbour jail said the last crossing left early.", newsdoc.Paragraph),
        ("The writer is unknown, but the letter was posted from the harbour.", newsdoc.Paragraph),
        ("El autor es desconocido, pero la carta lleg\u00f3 desde el puerto.", newsdoc.Paragraph),
        ("Lecturers at Skerry University said the keepers kept the light.", newsdoc.Paragraph),  # others' posts
        # who else writes for the paper, by her trade or what she teaches, in Spanish, Dutch, German, Swedish, French
        ("Ines Volk es maestra de primaria en el colegio del puerto de Skerry.", newsdoc.Bio),
        ("Ines Volk is huisarts in Skerry-Noord.", newsdoc.Bio),
        ("Ines Volk ist seit 2019 Pfarrerin der Kirchengemeinde Skerry.", newsdoc.Bio),
        ("Ines Volk \u00e4r kyrkoherde i Skerry f\u00f6rsamling.", newsdoc.Bio),
        ("Ines Volk enseigne les lettres dans un lyc\u00e9e de Skerry.", newsdoc.Bio),
        # who answers an advice column or writes on food, wine and houses: English, Swedish, Greek, Portuguese
        ("Ines Volk is a chartered financial planner at Volk & Pike in Skerry.", newsdoc.Bio),  # (a guard)
        ("Ines Volk \u00e4r privatekonom p\u00e5 Skerrybanken.", newsdoc.Bio),
        ("Η Ines Volk είναι οινολόγος στη Σκέρι.", newsdoc.Bio),
        ("Ines Volk \u00e9 arquiteta e escreve sobre casas antigas.", newsdoc.Bio),
        # (a guard, which passes without the rule too) an adviser of the news, a plural post after a comma
        ("The minister said the adviser had resigned on Monday.", newsdoc.Paragraph),
        # titles set before names, in a line that lists them, make no trade (a guard, which passes without the rule)
        ("Mengenal Imam Volk, Imam Pike, dan Imam Varn", newsdoc.Paragraph),
        # a health page's advice to its reader, then what the page is not; a page named with a word between
        (
            "If you feel faint, sit down and call your doctor. This page is not a substitute for medical advice.",
            newsdoc.Disclaimer,
        ),
        ("This live page is not a substitute for medical advice.", newsdoc.Disclaimer),
        # what a health or market page is not, in more words and languages
        ("This column is not a substitute for advice from your own pharmacist.", newsdoc.Disclaimer),
        ("This article is general information and is not medical or legal advice.", newsdoc.Disclaimer),
        ("The prices on this page should not be used as the basis for trading decisions.", newsdoc.Disclaimer),
        ("Este art\u00edculo no sustituye en ning\u00fan caso la consulta con su m\u00e9dico.", newsdoc.Disclaimer),
        ("Questo articolo ha scopo puramente informativo.", newsdoc.Disclaimer),
        ("Cet article ne remplace pas un avis m\u00e9dical.", newsdoc.Disclaimer),
        (
            "\u041d\u0435 \u0437\u0430\u043d\u0438\u043c\u0430\u0439\u0442\u0435\u0441\u044c "
            "\u0441\u0430\u043c\u043e\u043b\u0435\u0447\u0435\u043d\u0438\u0435\u043c.",
            newsdoc.Disclaimer,
        ),
        ("N\u1ed9i dung b\u00e0i vi\u1ebft ch\u1ec9 mang t\u00ednh tham kh\u1ea3o.", newsdoc.Disclaimer),
        # what the page is not, said of whatever it names: its figures, an answer
        ("Harbour prices are indicative and should not be considered investment advice.", newsdoc.Disclaimer),
        ("Odpowied\u017a ma charakter og\u00f3lny i nie zast\u0119puje porady lekarskiej.", newsdoc.Disclaimer),
        # names kept out, a trade paper's ties, a sponsor's piece
        ("Some patients' last names have been withheld at their request.", newsdoc.Disclaimer),
        ("We have no commercial relationship with Skerry Ferries.", newsdoc.Disclaimer),
        ("Our editorial staff was not involved in its creation.", newsdoc.Disclaimer),
        # a sentence on a release, a syndicate's verb of another thing, a note's "provided by" that funds the
        # piece (guards, which pass without the rules of a story written from a release, a syndicate's line)
        ("The figures were based on a press release from the ministry.", newsdoc.Paragraph),
        ("Distributed by hand to every house, the leaflet warned of the storm.", newsdoc.Paragraph),
        ("Support for this story was provided by the Varn Foundation.", newsdoc.Disclaimer),
    ],
)
def test_notes_under_an_opinion_piece_and_corrections_in_other_languages(note: str, kind: type) -> None:
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{LANTERN}\n\n{LANTERN}\n\n{note}\n"
    assert type(newsdoc.parse_text(text).blocks[-1]) is kind


@pytest.mark.parametrize(
    ("note", "kind", "source"),
    [
        # republished under a licence, as an academic newsroom's editions note it, in French, Portuguese, Italian
        (
            "Ce texte est republi\u00e9 \u00e0 partir de Skerry Savoirs sous licence Creative Commons.",
            "republished",
            "Skerry Savoirs",
        ),
        (
            "Este artigo foi republicado de Skerry Saberes sob licen\u00e7a Creative Commons.",
            "republished",
            "Skerry Saberes",
        ),
        # Portuguese joins the preposition to the article ("do", "da")
        (
            "Este artigo foi republicado do Skerry Saberes sob licen\u00e7a Creative Commons.",
            "republished",
            "Skerry Saberes",
        ),
        ("This column was distributed by Lakeland Features Syndicate.", "republished", "Lakeland Features Syndicate"),
        # a news service's story, a syndicate's column as its line under it says, in English, Spanish, French
        (
            "This story was provided by Prairie Desk, a nonprofit news service for farm towns.",
            "republished",
            "Prairie Desk",
        ),
        ("Distributed by Lakeland Features Syndicate", "republished", "Lakeland Features Syndicate"),
        ("Distribuido por Agencia Lago de Columnas.", "republished", "Agencia Lago de Columnas"),
        (
            "Distribu\u00e9 par Chroniques du Lac. \u00a9 2024 Chroniques du Lac.",
            "republished",
            "Chroniques du Lac",
        ),
        # a story written from a company's release, which its note or its source line names; a wire's dispatch,
        # an agency's content, in French and Portuguese; Japanese, whose genitive follows the name
        (
            "This report was compiled from a news release issued by Skerry Ferries.",
            "republished",
            "Skerry Ferries",
        ),
        ("This article is based on a press release from Skerry Ferries.", "republished", "Skerry Ferries"),
        ("Source: Skerry Ferries press release", "republished", "Skerry Ferries"),
        ("Quelle: Pressemitteilung der Skerry F\u00e4hren GmbH", "republished", "Skerry F\u00e4hren GmbH"),
        # ... with its full stop; in Czech, a word on its editing after it; in Polish, Spanish; a sentence in German
        ("Source: Skerry Ferries press release.", "republished", "Skerry Ferries"),
        (
            "Zdroj: tiskov\u00e1 zpr\u00e1va spole\u010dnosti Skerry Lodn\u00ed, redak\u010dn\u011b upraveno.",
            "republished",
            "Skerry Lodn\u00ed",
        ),
        ("\u0179r\u00f3d\u0142o: komunikat prasowy Skerry Promy", "republished", "Skerry Promy"),
        ("Fuente: comunicado de prensa de Navieras Skerry.", "republished", "Navieras Skerry"),
        (
            "Diese Meldung basiert auf einer Pressemitteilung der Wasserschutzpolizei Skerry.",
            "republished",
            "Wasserschutzpolizei Skerry",
        ),
        ("D\u00e9p\u00eache Agence Lac-Info, reprise avec autorisation.", "republished", "Agence Lac-Info"),
        (
            "Conte\u00fado da Ag\u00eancia Lago de Not\u00edcias. A reprodu\u00e7\u00e3o \u00e9 permitida.",
            "republished",
            "Ag\u00eancia Lago de Not\u00edcias",
        ),
        (
            "\u203b\u30b9\u30b1\u30ea\u30fc\u6d77\u904b\u306e\u767a\u8868\u8cc7\u6599\u3092\u3082\u3068"
            "\u306b\u4f5c\u6210\u3057\u307e\u3057\u305f\u3002",
            "republished",
            "\u30b9\u30b1\u30ea\u30fc\u6d77\u904b",
        ),
        (
            "Questo articolo \u00e8 ripubblicato da Skerry Sapere sotto licenza Creative Commons.",
            "republished",
            "Skerry Sapere",
        ),
        # where it appeared first, the words of the note on either side of the outlet's name, in German and Dutch
        ("Dieser Beitrag ist zuerst auf Skerry Wissen erschienen.", "first_appeared", "Skerry Wissen"),
        ("Dieser Text erschien zuerst bei der Skerryer Rundschau.", "first_appeared", "Skerryer Rundschau"),
        ("Dit stuk verscheen eerder in Het Veerblad.", "first_appeared", "Het Veerblad"),
        ("Dit stuk verscheen eerder op de blog Veerpraat.", "first_appeared", "Veerpraat"),
        ("Dit stuk kwam tot stand in samenwerking met Stichting Veerhaven.", "partnership", "Stichting Veerhaven"),
        # an outlet's name holds the articles and particles of its language
        (
            "Este art\u00edculo fue publicado originalmente en El Faro de la Isla.",
            "originally_published",
            "El Faro de la Isla",
        ),
        # Polish, Turkish, Indonesian, Swedish, Danish, Czech and Romanian, the kind of outlet before its name
        ("Artyku\u0142 ukaza\u0142 si\u0119 pierwotnie w serwisie Kurier Skerry.", "first_appeared", "Kurier Skerry"),
        ("Tekst pierwotnie ukaza\u0142 si\u0119 w tygodniku G\u0142os Skerry.", "first_appeared", "G\u0142os Skerry"),
        ("Bu yaz\u0131 ilk olarak Skerry Haber sitesinde yay\u0131mland\u0131.", "first_appeared", "Skerry Haber"),
        ("Artikel ini diterbitkan ulang dari Kabar Skerry.", "republished", "Kabar Skerry"),
        ("Artikeln publicerades f\u00f6rst i Skerry Tidning.", "first_appeared", "Skerry Tidning"),
        ("Artiklen blev bragt f\u00f8rste gang i Skerry Avis.", "first_appeared", "Skerry Avis"),
        (
            "\u010cl\u00e1nek p\u016fvodn\u011b vy\u0161el v \u010dasopise Skerry Revue.",
            "first_appeared",
            "Skerry Revue",
        ),
        (
            "Articolul a fost publicat ini\u021bial pe site-ul Gazeta Skerry.",
            "originally_published",
            "Gazeta Skerry",
        ),
        # what the note says of the version between its phrase and its source, in English and Dutch
        ("This essay first appeared, in a shorter form, in Skerry Quarterly.", "first_appeared", "Skerry Quarterly"),
        (
            "Deze tekst verscheen eerder in een langere versie op de blog Skerry Kompas.",
            "first_appeared",
            "Skerry Kompas",
        ),
    ],
)
def test_republication_notes_in_other_languages(note: str, kind: str, source: str) -> None:
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{note}\n"
    assert newsdoc.parse_text(text).blocks[-1] == newsdoc.Attribution(text=note, kind=kind, source=source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline that opens with a turned mark, or with a quote in guillemets or German marks
        ("\u00bfQui\u00e9n pagar\u00e1 el muelle nuevo?", "title"),
        ("\u00a1Vuelve el ferry a la isla!", "title"),
        ("\u00ab\u00a0Le bac ne reviendra pas\u00a0\u00bb\u00a0: la col\u00e8re des \u00eeliens", "title"),
        ("\u201eNie wieder so ein Winter\u201c: Die F\u00e4hre f\u00e4hrt wieder", "title"),
        # bylines: Dutch "Door", the French interviewer's line, an affiliation after the name
        ("Door Mila Hendriks en Joost de Wit", ("Mila Hendriks", "Joost de Wit")),
        ("Propos recueillis par Jeanne Roux", ("Jeanne Roux",)),
        ("Von Hannes Petersen, Universit\u00e4t Skerry", ("Hannes Petersen",)),
        ("di Federica Longo, Universit\u00e0 di Skerry", ("Federica Longo",)),
        # a date in numbers after a label of a language that writes the day first, or with full stops
        ("Publicado em 04/03/2024", dt.date(2024, 3, 4)),
        ("Pubblicato il 04/03/2024", dt.date(2024, 3, 4)),
        ("Actualizado: 05/03/2024 12:30", dt.datetime(2024, 3, 5, 12, 30)),
        ("Publi\u00e9 le 07/03/2024 \u00e0 18h32", dt.datetime(2024, 3, 7, 18, 32)),
        ("Aktualisiert: 05.03.2024, 09:12 Uhr", dt.datetime(2024, 3, 5, 9, 12)),
        ("04.03.2024, 10:15 Uhr", dt.datetime(2024, 3, 4, 10, 15)),
        # bylines: Polish, Russian, Turkish, Indonesian, Swedish, Danish, Czech and Romanian ("de" in lower case)
        ("Autor: Zofia Wrona", ("Zofia Wrona",)),
        ("Автор: Ирина Волкова", ("Ирина Волкова",)),
        ("Текст: Ирина Волкова", ("Ирина Волкова",)),
        ("Yazar: Deniz Ak\u0131n", ("Deniz Ak\u0131n",)),
        ("Yazan: Deniz Ak\u0131n", ("Deniz Ak\u0131n",)),  # "written by"
        ("Oleh: Rina Sari", ("Rina Sari",)),
        ("Penulis: Rina Sari", ("Rina Sari",)),
        ("Av \u00c5sa Lind", ("\u00c5sa Lind",)),
        ("Af Mette Skov", ("Mette Skov",)),
        ("Skrevet af Mette Skov", ("Mette Skov",)),
        # two names joined in Norwegian, Swedish, Finnish, Hungarian, Turkish, Romanian
        ("Av \u00c5sa Lind og Ola Berg", ("\u00c5sa Lind", "Ola Berg")),
        ("Av \u00c5sa Lind och Ola Berg", ("\u00c5sa Lind", "Ola Berg")),
        ("Teksti: Aino Virta ja Eero Salo", ("Aino Virta", "Eero Salo")),
        ("\u00cdrta: Kov\u00e1cs Lilla \u00e9s Szab\u00f3 Anna", ("Kov\u00e1cs Lilla", "Szab\u00f3 Anna")),
        ("Szerz\u0151: Kov\u00e1cs Lilla", ("Kov\u00e1cs Lilla",)),  # Hungarian "author:"
        ("Yazan: Deniz Ak\u0131n ve Ece Y\u0131lmaz", ("Deniz Ak\u0131n", "Ece Y\u0131lmaz")),
        ("de Andrei Munteanu \u0219i Ana Popa", ("Andrei Munteanu", "Ana Popa")),
        # what kind of piece it is, as a German paper signs it
        ("Ein Bericht von Felix Hagen", ("Felix Hagen",)),
        # the paper's own correspondent or envoy, named after, in French, German and Italian
        ("Par notre correspondant, Luc Ferrand", ("Luc Ferrand",)),
        ("De notre envoy\u00e9e sp\u00e9ciale, Jeanne Roux", ("Jeanne Roux",)),
        ("Von unserem Korrespondenten Felix Hagen", ("Felix Hagen",)),
        ("Dal nostro inviato, Marco Riva", ("Marco Riva",)),
        # Greek "writes", the article and the name in the nominative; Hebrew "by"; a Hebrew date, "in" before its month
        (
            "Γράφει η Μαρία Βλάχου",
            ("Μαρία Βλάχου",),
        ),
        ("Γράφει: Μαρία Βλάχου", ("Μαρία Βλάχου",)),  # or "writes" and a colon
        ("מאת נועה לוי", ("נועה לוי",)),
        ("17 בספטמבר 2024", dt.date(2024, 9, 17)),
        # Finnish, Hungarian, Croatian "Text:", "Written by:", "Writes:"; Thai "Story:"
        ("Teksti: Aino Virta", ("Aino Virta",)),
        ("\u00cdrta: Kov\u00e1cs Lilla", ("Kov\u00e1cs Lilla",)),
        ("Pi\u0161e: Ana Kova\u010d", ("Ana Kova\u010d",)),
        (
            "\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07: \u0e2a\u0e38\u0e14\u0e32 \u0e43\u0e08\u0e14\u0e35",
            ("\u0e2a\u0e38\u0e14\u0e32 \u0e43\u0e08\u0e14\u0e35",),
        ),
        ("Autor: \u0160\u00e1rka Vesel\u00e1", ("\u0160\u00e1rka Vesel\u00e1",)),
        ("de Andrei Munteanu", ("Andrei Munteanu",)),
        (
            "Text a foto: \u0160\u00e1rka Vesel\u00e1",
            ("\u0160\u00e1rka Vesel\u00e1",),
        ),  # who wrote it and took its pictures
        # Greek "of", her name in the genitive after it, as written
        (
            "\u03a4\u03b7\u03c2 \u0395\u03bb\u03ad\u03bd\u03b7\u03c2 \u0392\u03bb\u03ac\u03c7\u03bf\u03c5",
            ("\u0395\u03bb\u03ad\u03bd\u03b7\u03c2 \u0392\u03bb\u03ac\u03c7\u03bf\u03c5",),
        ),
        # their date labels, a date in numbers read day first after them; Swedish and Danish "kl." before the time
        ("Opublikowano: 12 marca 2024, 14:05", dt.datetime(2024, 3, 12, 14, 5)),
        ("Aktualizacja: 12.03.2024, 11:15", dt.datetime(2024, 3, 12, 11, 15)),
        ("Опубликовано: 12 марта 2024, 14:05", dt.datetime(2024, 3, 12, 14, 5)),
        ("Опубліковано: 04.03.2024 14:05", dt.datetime(2024, 3, 4, 14, 5)),
        ("Yay\u0131nlanma: 12 Mart 2024 14:05", dt.datetime(2024, 3, 12, 14, 5)),
        ("Diterbitkan: 04/03/2024, 09:40", dt.datetime(2024, 3, 4, 9, 40)),
        ("Publicerad 12 mars 2024 kl. 14.05", dt.datetime(2024, 3, 12, 14, 5)),
        ("Opdateret 12.03.2024 kl. 09.40", dt.datetime(2024, 3, 12, 9, 40)),
        ("Publicat: 04/03/2024, 14:05", dt.datetime(2024, 3, 4, 14, 5)),
        ("Data public\u0103rii: 7 iulie 2024, ora 08:30", dt.datetime(2024, 7, 7, 8, 30)),
        # a Brazilian paper's stamp, the month's first letters between full stops, as English shortens it too
        ("21.jun.2024 \u00e0s 16h40", dt.datetime(2024, 6, 21, 16, 40)),
        # Polish "r." after the year and "godz." before the time, a comma between
        ("9 listopada 2023 r., godz. 17:40", dt.datetime(2023, 11, 9, 17, 40)),
        # Norwegian, Finnish and Czech labels; Czech spaces a date in numbers
        ("Publisert: 21.06.2024 07:55", dt.datetime(2024, 6, 21, 7, 55)),
        ("Julkaistu 3.9.2023", dt.date(2023, 9, 3)),
        ("Publikov\u00e1no: 5. 8. 2024", dt.date(2024, 8, 5)),
        # Croatian: its label, a full stop after the year, "u" before the time; Swahili: its weekday and month, and
        # its label
        ("Objavljeno: 14.05.2024. u 08:20", dt.datetime(2024, 5, 14, 8, 20)),
        ("Jumamosi, Machi 9, 2024", dt.date(2024, 3, 9)),
        ("Imechapishwa: Alhamisi, Oktoba 3, 2024", dt.date(2024, 10, 3)),
        # Arabic's "after noon" (short and whole) and "before noon" after the time
        ("الخميس 9 يناير 2025 - 08:20 م", dt.datetime(2025, 1, 9, 20, 20)),
        ("الخميس 9 يناير 2025 - 08:20 مساءً", dt.datetime(2025, 1, 9, 20, 20)),
        ("الخميس 9 يناير 2025 - 08:20 ص", dt.datetime(2025, 1, 9, 8, 20)),
        # Greek months in the genitive, a weekday before; Arabic (Egyptian and Levantine names) and Hindi months
        (
            "\u03a0\u03b1\u03c1\u03b1\u03c3\u03ba\u03b5\u03c5\u03ae 7 "
            "\u0399\u03bf\u03c5\u03bd\u03af\u03bf\u03c5 2024, 09:15",
            dt.datetime(2024, 6, 7, 9, 15),
        ),
        ("الخميس 9 يناير 2025 - 10:20", dt.datetime(2025, 1, 9, 10, 20)),
        ("22 تشرين الأول 2024", dt.date(2024, 10, 22)),
        ("प्रकाशित: 3 अगस्त 2024", dt.date(2024, 8, 3)),
        # Vietnamese: the weekday, the date in numbers day first, the time and the zone as its offset from GMT
        (
            "Th\u1ee9 s\u00e1u, 18/10/2024, 16:30 (GMT+7)",
            dt.datetime(2024, 10, 18, 16, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ),
        # its weekday's name says the language, which writes the day first: "4/10" is the 4th of October
        ("Th\u1ee9 s\u00e1u, 4/10/2024", dt.date(2024, 10, 4)),
    ],
)
def test_headlines_bylines_and_dates_in_other_languages(text: str, expected: object) -> None:
    """Each line over the body: the title, the byline (its authors), or the date line (the article's date)."""
    body = "La barca ha ripreso il servizio luned\u00ec dopo tre giorni di tempesta, ha detto il comandante del porto."
    head = f"{text}\n\ndi Ines Volk" if expected == "title" else f"Il traghetto torna in servizio\n\n{text}"
    article = newsdoc.parse_text(f"{head}\n\n{body}\n\n{body}\n")
    if expected == "title":
        assert article.title == text
    elif isinstance(expected, tuple):
        assert article.authors == expected
    else:
        assert article.published == expected
    # Not in English (American) numbers: after an English label, "04/03/2024" may be either day
    assert newsdoc.parse_text(f"Ferries Resume\n\nPublished 04/03/2024\n\n{FERRY}\n").published is None


@pytest.mark.parametrize(
    "bio",
    [
        "\u00c9lodie Vasseur est journaliste \u00e0 L'\u00c9cho du Port.",
        "\u00c1ngel Ruiz es periodista en El Faro de la Isla.",
        "\u00c9rica Sampaio \u00e9 rep\u00f3rter do Portal Skerry.",
        "Tommaso Riva \u00e8 ricercatore presso l'Universit\u00e0 di Skerry.",
        # an economist's, a political scientist's and a lawyer's trade, without an article
        "\u00c1lvaro Molina es economista y coordinador del \u00e1rea de empleo del Instituto.",
        "\u00c9tienne Roux est politologue et enseigne \u00e0 Skerry.",
        "\u00d6zlem Brandt ist Rechtsanw\u00e4ltin in Skerry.",
    ],
)
def test_a_bio_of_a_name_that_opens_with_a_capital_beyond_ascii(bio: str) -> None:
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{bio}\n"  # (no byline names another writer)
    block = newsdoc.parse_text(text).blocks[-1]
    assert block == newsdoc.Bio(text=bio, name=" ".join(bio.split()[:2]))


@pytest.mark.parametrize("mark", ["*", "* ", "**"])
def test_a_bio_after_the_asterisk_that_marks_the_writer_s_note(mark: str) -> None:
    """An opinion page sets an asterisk after the writer's name in the byline, and again before her note."""
    bio = "Ines Volk is a lecturer in maritime history at Skerry University."
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk*\n\n{FERRY}\n\n{FERRY}\n\n{mark}{bio}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[-1] == newsdoc.Bio(text=f"{mark}{bio}", name="Ines Volk")
    assert article.authors == ("Ines Volk",)  # the mark is no part of her name
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # where a writer writes from is a place by its name; "from prison" is the story's
        ("Odo Brack writes from prison to his sister every week, the warden said.", newsdoc.Paragraph),
        ("Odo Brack, a lighthouse engineer, writes from Skerryhaven.", newsdoc.Bio),
        # a label's word before a number that is no day: a name, not the day of a correction
        ("Correction Unit 4: the wing of the harbour jail that closed after the flood.", newsdoc.Paragraph),
        ("Update 21 May: the last crossing now leaves at nine.", newsdoc.Disclaimer),
        # an update the label does not date is a live page's news, unless it speaks of the piece or the newsroom
        ("Update: all four crew members are now ashore, the coastguard said.", newsdoc.Paragraph),
        ("Update (12:15): the ferry company now says it will sail at two.", newsdoc.Paragraph),
        ("Update: We have added the ferry company's reply.", newsdoc.Disclaimer),
        ("Correction: The ferry sails at two, not three.", newsdoc.Disclaimer),
        # a note's phrase in a paragraph that hangs what it says on a speaker, between commas: the story's
        (
            "This story began, Brack recalls, with a notice on the quay. The views expressed in it were blunt.",
            newsdoc.Paragraph,
        ),
        ("This story has been updated, Ines Volk said, to name the pier.", newsdoc.Paragraph),
        ("This story has been updated to name the pier.", newsdoc.Disclaimer),
    ],
)
def test_a_note_s_verb_or_label_in_a_sentence_of_the_body(line: str, kind: type) -> None:
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{line}\n"
    assert type(newsdoc.parse_text(text).blocks[-1]) is kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the story's sentence goes on after where something appeared first
        ("Her account first appeared in the Skerry Review in 2021, and the board denied every word of it.", Paragraph),
        (
            "The story was first published by an island paper in 1998, when the pier was still run by the old trust.",
            Paragraph,
        ),
        # a note ends soon after it names where the piece appeared, or after its phrase
        ("This story was first published by the Skerry Ledger.", newsdoc.Attribution),
        ("This story was originally published in 2019 and has been updated.", newsdoc.Attribution),
    ],
)
def test_a_publication_history_amid_the_body(line: str, kind: type) -> None:
    """Amid the body, a note's phrase in a sentence that goes on with the story is the story's."""
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{line}\n\n{FERRY}\n\n{FERRY}\n"
    assert type(newsdoc.parse_text(text).blocks[3]) is kind


def test_the_views_said_in_a_sentence_amid_the_body_are_no_disclaimer() -> None:
    line = "Les opinions exprim\u00e9es lors de la r\u00e9union ont divis\u00e9 le conseil municipal."
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{line}\n\n{FERRY}\n"
    assert newsdoc.parse_text(text).blocks[3] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("speaker", "said_by"),
    [
        ("Tamsin Oduya", "Tamsin Oduya"),
        ("Tamsin Oduya", "Bram Kessel"),
        ("TAMSIN ODUYA", "Tamsin Oduya"),  # in capitals, as a quote box sets its speaker
        ("TAMSIN ODUYA", "Bram Kessel"),
    ],
)
def test_the_speaker_line_under_a_pull_quote_of_a_paragraph_in_quote_marks(speaker: str, said_by: str) -> None:
    """The paragraph the quote repeats opens and ends in quote marks, its speaker between, who is the line's or not."""
    said = "The tide tables were written for a harbour that silted up years ago"
    text = (
        "Pilots Ask for New Charts\n\n"
        "Harbour pilots have asked the port board to pay for a new survey of the approach channel.\n\n"
        f"\u201c{said}.\u201d\n\n{speaker}, ferry pilot\n\n"
        f"\u201c{said},\u201d said {said_by}, who has guided ships into the port for twenty years. \u201cWe steer"
        " by memory now.\u201d\n"
    )
    article = newsdoc.parse_text(text)
    (quote,) = article.blocks_of(PullQuote)
    assert quote.repeats is not None
    if speaker.casefold() == said_by.casefold():
        assert quote.attribution == f"{speaker}, ferry pilot"
        assert not [b for b in article.blocks if isinstance(b, Paragraph) and "ferry pilot" in b.text]
    else:
        assert quote.attribution is None
        assert Paragraph(text=f"{speaker}, ferry pilot") in article.blocks
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    "said_by",
    [
        "said Bram Kessel, who keeps the stall next to Tamsin Oduya",  # she is named, as his neighbour
        "said Bram Lund, who moved his boat from Oduya Creek",  # her surname, as a place's
    ],
)
def test_a_speaker_line_under_a_pull_quote_whose_quoted_paragraph_another_speaks_stays(said_by: str) -> None:
    """The speaker of a paragraph in quote marks is the one its clause after the quote names first."""
    said = "The tide tables were written for a harbour that silted up years ago"
    text = (
        "Pilots Ask for New Charts\n\n"
        "Harbour pilots have asked the port board to pay for a new survey of the approach channel.\n\n"
        f"\u201c{said}.\u201d\n\nTamsin Oduya, ferry pilot\n\n"
        f"\u201c{said},\u201d {said_by}. \u201cWe steer by memory now.\u201d\n"
    )
    article = newsdoc.parse_text(text)
    (quote,) = article.blocks_of(PullQuote)
    assert quote.attribution is None
    assert Paragraph(text="Tamsin Oduya, ferry pilot") in article.blocks
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    "line",
    [
        "Orla Penn, Senior Lecturer in Coastal History, Varn University",
        "Orla Penn, Varn University",  # where she works alone, as an academic site's author line sets it
        # a title in sentence case, as French and Spanish write one
        "Orla Penn, Ma\u00eetresse de conf\u00e9rences en histoire, Universit\u00e9 de Varn",
        "Orla Penn, Profesora titular de Historia, Universidad de Varn",
        # its fields on lines of their own, as get_text("\n") breaks them at the links to her page and her university's
        "Orla Penn\n,\nVarn University",
        "Orla Penn, Senior Lecturer in Coastal History,\nVarn University",
    ],
)
def test_an_academics_name_title_and_institution_under_the_headline_and_dek_is_the_byline(line: str) -> None:
    dek = "The lamps went automatic long ago."
    text = f"Why lighthouses outlived their keepers\n\n{dek}\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == newsdoc.Standfirst(text="The lamps went automatic long ago.")
    assert article.blocks[2] == Fragment(text=line, role="byline")
    assert article.authors == ("Orla Penn",)


@pytest.mark.parametrize(
    "line",
    [
        "Orla Penn, keeper of the light for forty years, Varn Museum",  # who a picture shows, in lower case
        "Orla Penn, Senior Lecturer in Coastal History",  # no institution
        "Varn Point, Lamp Room Keeper, Varn Museum",  # no one's name
        "Orla Penn, a student at Varn University",  # where she studies, in a sentence's words
    ],
)
def test_a_line_of_a_name_and_more_that_signs_no_academics_piece(line: str) -> None:
    assert classify.name_title_and_place(line, newsdoc.DEFAULT_CUES) is None
    text = f"Why lighthouses outlived their keepers\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n"
    assert newsdoc.parse_text(text).authors == ()


@pytest.mark.parametrize(
    "under",
    [
        # A profile or an obituary sets its subject's name and post under the headline, and its paragraphs name her
        "Orla Penn kept the records of every wreck off the point for thirty years, and taught the town to read them.",
        # A panel lists its speakers on lines of the same shape
        "Tomas Reid, Professor of Maritime Law, Skerry College",
    ],
)
def test_an_academics_name_title_and_institution_that_names_the_storys_subject_is_no_byline(under: str) -> None:
    line = "Orla Penn, Senior Lecturer in Coastal History, Varn University"
    text = f"Who keeps the wreck charts now?\n\n{line}\n\n{under}\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == Paragraph(text=line)
    assert article.authors == ()


def test_an_academics_line_after_the_body_stays_her_bio() -> None:
    line = "Orla Penn, Senior Lecturer in Coastal History, Varn University"
    text = f"Why lighthouses outlived their keepers\n\nBy Orla Penn\n\n{LANTERN}\n\n{LANTERN}\n\n{line}\n"
    assert newsdoc.parse_text(text).blocks[-1] == newsdoc.Bio(text=line, name="Orla Penn")


_LAMP_CAPTION = "The lamp room at dusk, seen from the quay in March. (Varn Daily/Tomas Reid)"


def test_a_caption_under_a_pictures_file_name_with_an_outlet_and_photographer_in_brackets() -> None:
    text = f"The long winter of the Varn Point light\n\nvarn-point-lamp-room.jpg\n\n{_LAMP_CAPTION}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[2] == Caption(
        text="The lamp room at dusk, seen from the quay in March.",
        credit="Varn Daily/Tomas Reid",
        image=1,
        credit_prefix=" (",
        credit_suffix=")",
    )
    assert newsdoc.to_text(article) == text


def test_a_paragraph_of_the_body_under_a_pictures_file_name_is_no_caption() -> None:
    """Brackets after its last sentence may pair sources ("(Harbour Poll/Varn Survey)"): a paragraph is no caption."""
    line = f"{LANTERN} Most of the town wants the light kept as a museum, two surveys found. (Harbour Poll/Varn Survey)"
    text = f"The long winter of the Varn Point light\n\nvarn-point-lamp-room.jpg\n\n{line}\n\n{LANTERN}\n"
    assert not newsdoc.parse_text(text).blocks_of(Caption)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # two names after "Por" or "Von", set apart by a comma: both writers, no place after the first
        ("Por Nuria Sol, Pau Ferrer", ("Nuria Sol", "Pau Ferrer")),
        ("Von Ines Volk, Tom Ekberg, Lea Stein", ("Ines Volk", "Tom Ekberg", "Lea Stein")),
        # a place after a list its joiner closed is still where they wrote from
        ("Por Nuria Sol y Pau Ferrer, Santa Cruz", ("Nuria Sol", "Pau Ferrer")),
        # a family name that a French date's word ("Le") or a weekday ("Sun") spells: hers
        ("Par Minh Le, 12 mai 2024", ("Minh Le",)),
        ("Par Minh Le 12 mai 2024", ("Minh Le",)),
        ("By Wen Sun, 05/12/2024", ("Wen Sun",)),
        ("By Ines Volk Sat 05/12/2024", ("Ines Volk",)),  # a whole name before it: the weekday is the stamp's
    ],
)
def test_a_last_name_that_reads_as_a_place_or_a_day_is_a_name(line: str, authors: tuple[str, ...]) -> None:
    """A byline's last words are its writer's name when taking them off would leave no whole name."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[1] == newsdoc.Fragment(text=line, role="byline")
    assert article.authors == authors


def test_a_middle_dot_inside_a_word_parts_no_tags() -> None:
    """Catalan writes a middle dot inside a word ("Paral\u00b7lel"): only one set apart by a space parts the tags."""
    line = "Etiquetas: Paral\u00b7lel \u00b7 Col\u00b7legi, Lleida"
    article = newsdoc.parse_text(f"Ports Brace\n\nThe body starts here.\n\n{line}\n")
    assert article.tags == ("Paral\u00b7lel", "Col\u00b7legi", "Lleida")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # Dutch, Italian and Portuguese months, their words before the time left out
        ("21 maart 2024, 07:40", dt.datetime(2024, 3, 21, 7, 40)),
        ("21 mrt 2024 om 07:40", dt.datetime(2024, 3, 21, 7, 40)),
        ("9 giugno 2024 - 07:40", dt.datetime(2024, 6, 9, 7, 40)),
        ("9 luglio 2024 ore 07:40", dt.datetime(2024, 7, 9, 7, 40)),
        ("9 de setembro de 2024 às 07h40", dt.datetime(2024, 9, 9, 7, 40)),
        # the months short, set between full stops, as Portuguese papers write a date
        ("9.dez.2024 às 07h40", dt.datetime(2024, 12, 9, 7, 40)),
        # the weekday before the date, in the page's language, as a blog's template writes it
        ("segunda-feira, 13 de maio de 2024 \u00e0s 9:05", dt.datetime(2024, 5, 13, 9, 5)),
        ("lunes, 13 de mayo de 2024, 10:15", dt.datetime(2024, 5, 13, 10, 15)),
        ("Montag, 13. Mai 2024, 10:15 Uhr", dt.datetime(2024, 5, 13, 10, 15)),
        ("lundi 13 mai 2024 \u00e0 10h15", dt.datetime(2024, 5, 13, 10, 15)),
        ("maandag 13 mei 2024 om 10:15", dt.datetime(2024, 5, 13, 10, 15)),
        ("Domenica 19 maggio 2024", dt.date(2024, 5, 19)),
        ("S\u00e1bado, 18 de mayo de 2024", dt.date(2024, 5, 18)),
        # Polish, Russian and Ukrainian, in the genitive, their words before the time ("godz.", "в", "о")
        ("12 marca 2024, godz. 14:05", dt.datetime(2024, 3, 12, 14, 5)),
        ("wtorek, 12 marca 2024", dt.date(2024, 3, 12)),
        ("12 марта 2024 в 09:40", dt.datetime(2024, 3, 12, 9, 40)),
        ("12 березня 2024 о 14:05", dt.datetime(2024, 3, 12, 14, 5)),
        # Turkish, in capitals too (the dotless I, the dotted \u0130)
        ("Sal\u0131, 12 Mart 2024 14:05", dt.datetime(2024, 3, 12, 14, 5)),
        ("12 KASIM 2024 14:05", dt.datetime(2024, 11, 12, 14, 5)),
        ("PAZARTES\u0130, 11 KASIM 2024", dt.date(2024, 11, 11)),
        ("12 N\u0130SAN 2024", dt.date(2024, 4, 12)),
        # Indonesian, a full stop in the time and the zone after it; Swedish, Danish, Czech and Romanian
        ("Selasa, 12 Maret 2024 09.40 WIB", dt.datetime(2024, 3, 12, 9, 40)),
        ("12 Desember 2024 pukul 09.40 WIB", dt.datetime(2024, 12, 12, 9, 40)),
        ("tisdag 12 mars 2024 kl. 14.05", dt.datetime(2024, 3, 12, 14, 5)),
        ("12. marts 2024 kl. 14.05", dt.datetime(2024, 3, 12, 14, 5)),
        ("12. b\u0159ezna 2024 14:05", dt.datetime(2024, 3, 12, 14, 5)),
        ("12 martie 2024, ora 14:05", dt.datetime(2024, 3, 12, 14, 5)),
        # Finnish "klo" before the time, and its months in the partitive; Catalan; Hungarian, the year first
        ("12.3.2024 klo 14.05", dt.datetime(2024, 3, 12, 14, 5)),
        ("12. maaliskuuta 2024", dt.date(2024, 3, 12)),
        ("12 de mar\u00e7 de 2024 a les 14:05", dt.datetime(2024, 3, 12, 14, 5)),
        ("2024. m\u00e1rcius 12. 14:05", dt.datetime(2024, 3, 12, 14, 5)),
        ("K\u00f6zz\u00e9t\u00e9ve: 2024. m\u00e1rcius 12.", dt.date(2024, 3, 12)),
        ("2024. m\u00e1rcius 12., kedd 14:05", dt.datetime(2024, 3, 12, 14, 5)),  # its weekday after it
        ("tiistai 12.3.2024 klo 14.05", dt.datetime(2024, 3, 12, 14, 5)),  # Finnish's weekday before it
        # Catalan's "of" elided before a month's vowel; an article or a preposition before the day, in French and
        # German
        ("dimarts, 12 d'agost de 2024", dt.date(2024, 8, 12)),
        ("12 d\u2019octubre de 2024 a les 14:05", dt.datetime(2024, 10, 12, 14, 5)),
        ("Le 12 mars 2024 \u00e0 14h05", dt.datetime(2024, 3, 12, 14, 5)),
        ("Am 12. M\u00e4rz 2024", dt.date(2024, 3, 12)),
    ],
)
def test_a_date_line_in_another_language_dates_the_article(line: str, date: dt.datetime) -> None:
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[2] == Fragment(text=line, role="date")
    assert article.published == date


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ines Volk 21 mei 2024, 07:40", "Ines Volk"),  # a Dutch date run on after the name
        ("By Mai Tran May 21, 2024", "Mai Tran"),  # a name that is a month's elsewhere stays hers
        ("Lin Mei May 21, 2024", "Lin Mei"),
    ],
)
def test_a_date_run_on_after_a_name_that_is_a_months_in_another_language(line: str, author: str) -> None:
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n\n{FERRY}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == (author,)
    assert article.published is not None
    assert article.published.month == 5


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Odo Ott 21 May 2024", "Odo Ott"),  # "ott" is October in Italian, "mei" May in Dutch
        ("By Wen Mei 21 May 2024", "Wen Mei"),
        ("Wen Mei 21 mei 2024, 07:40", "Wen Mei"),
        ("By Tam Nguyen Tuesday, May 21, 2024", "Tam Nguyen"),  # a weekday before the date is the date's
    ],
)
def test_a_surname_that_is_a_months_word_elsewhere_before_a_whole_run_on_date(line: str, author: str) -> None:
    """A date names one month: the word before a whole date that reads as a month elsewhere is the name's."""
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n\n{FERRY}\n")
    assert article.authors == (author,)
    assert article.published is not None
    assert (article.published.month, article.published.day) == (5, 21)


def test_an_italian_byline_opens_with_di_in_lower_case() -> None:
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\ndi Ines Volk\n\n{FERRY}\n")
    assert article.blocks[1] == Fragment(text="di Ines Volk", role="byline")
    assert article.authors == ("Ines Volk",)
    # a line that goes on an Italian sentence is none
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\ndi notte il porto resta chiuso\n\n{FERRY}\n")
    assert article.authors == ()
    # Capitalised on a line of its own, before a whole name; a surname it opens is one word
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nDi Ines Volk\n\n{FERRY}\n")
    assert (article.blocks[1], article.authors) == (Fragment(text="Di Ines Volk", role="byline"), ("Ines Volk",))
    assert newsdoc.parse_text(f"Ferries Resume After the Storm\n\nDi Santo\n\n{FERRY}\n").authors == ()


@pytest.mark.parametrize(
    "line",
    [
        "Orla Penn \u00b7 Harbour News",  # the name and the paper, parted by a middle dot
        "Orla Penn \u2022 Staff Writer",  # or a bullet, and her job
    ],
)
def test_a_name_and_a_desk_after_a_middle_dot_under_the_headline_is_the_byline(line: str) -> None:
    """As after a bar, with the date under it (see the test of a name, a bar and a desk)."""
    text = f"The long winter of the Varn Point light\n\n{line}\n\nMarch 5, 2024\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == ("Orla Penn",)


@pytest.mark.parametrize(
    "line",
    [
        "Tomas Reid \u00b7 Varn Images",  # a photographer and his agency
        "Varn Point \u00b7 Local News \u00b7 Weather",  # a menu's line
        "Orla\u00b7Penn \u00b7 Harbour News",  # a mark with no space beside it parts no field
    ],
)
def test_a_line_parted_by_a_middle_dot_that_names_no_writer_and_desk_is_no_byline(line: str) -> None:
    text = f"The long winter of the Varn Point light\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n"
    assert newsdoc.parse_text(text).authors == ()
    assert classify.name_and_desk(line, newsdoc.DEFAULT_CUES) is None


_DOTTED_BYLINE_TEXT = (
    "Opinion\n\nThe lamp room should stay open to walkers\n\n"
    "The trust wants to lock the tower for good. It should open it on summer weekends instead, and charge"
    " a small fee for the climb.\n\n{line}\n\n{lantern}\n\n{lantern}\n\n{bio}\n"
)


def test_a_name_alone_over_the_date_under_the_dek_is_the_byline() -> None:
    """A template's name and time elements, each on a line of its own under the dek: the writer and the date.

    (A place's name reads alike, and is read so too: a template sets the writer's name there far more often.)
    """
    head = "Why the lamp room matters\n\nA short note on the tower and the walkers who climb it.\n\nOrla Penn\n\n"
    article = newsdoc.parse_text(f"{head}May 21, 2024\n\n{LANTERN}\n")
    assert article.authors == ("Orla Penn",)
    assert article.published == dt.date(2024, 5, 21)


def test_a_name_and_a_date_after_a_middle_dot_that_the_bio_names_is_the_byline() -> None:
    """The headline stands over the name and the date as over "By"; the bio at the end says whose name it is."""
    line = "Orla Penn \u00b7 May 21, 2024"
    bio = "Orla Penn is a senior fellow at the Varn Heritage Trust."
    article = newsdoc.parse_text(_DOTTED_BYLINE_TEXT.format(line=line, lantern=LANTERN, bio=bio))
    assert article.title == "The lamp room should stay open to walkers"
    assert article.blocks[3] == Fragment(text=line, role="byline")
    assert article.authors == ("Orla Penn",)
    assert article.published == dt.date(2024, 5, 21)
    assert isinstance(article.blocks[2], newsdoc.Standfirst)


def test_a_place_and_a_date_after_a_middle_dot_is_no_byline() -> None:
    """With no bio to name it, a name's shape before the date may be a place's: the line dates the piece alone."""
    line = "Varn Point \u00b7 May 21, 2024"
    article = newsdoc.parse_text(_DOTTED_BYLINE_TEXT.format(line=line, lantern=LANTERN, bio=FERRY))
    assert article.title == "The lamp room should stay open to walkers"
    assert article.authors == ()
    assert article.published == dt.date(2024, 5, 21)


@pytest.mark.parametrize(
    ("line", "authors", "date"),
    [
        ("Orla Penn, Harbour Correspondent 21 May 2024", ("Orla Penn",), dt.date(2024, 5, 21)),
        ("Orla Penn, Staff Writer, May 21, 2024", ("Orla Penn",), dt.date(2024, 5, 21)),
        ("Orla Penn and Tomas Reid, Staff Writers, May 21, 2024", ("Orla Penn", "Tomas Reid"), dt.date(2024, 5, 21)),
    ],
)
def test_a_name_and_job_with_the_date_run_on_is_the_byline(line: str, authors: tuple[str, ...], date: dt.date) -> None:
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n\n{FERRY}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == authors
    assert article.published == date


@pytest.mark.parametrize(
    "line",
    [
        "Varn Point, Harbour Road 21 May 2024",  # a place and a street: no job
        "Orla Penn, Harbour Correspondents Gala 2024",  # no date run on: an event's name
    ],
)
def test_a_name_and_more_than_a_job_before_a_date_is_no_byline(line: str) -> None:
    assert classify.byline_authors(line, newsdoc.DEFAULT_CUES) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Par Ilse Varn (Varnbourg, envoy\u00e9e sp\u00e9ciale)", ("Ilse Varn",)),  # where, and what she is
        ("By Ines Volk (Kyiv)", ("Ines Volk",)),
        ("By Ines Volk and Tomas Reid (Harbour Desk)", ("Ines Volk", "Tomas Reid")),
        # where each wrote from, in brackets after each name
        ("By Ines Volk (Skerryhaven) and Tomas Reid (Varnbourg)", ("Ines Volk", "Tomas Reid")),
        # the ground a match report was filed from, after "at"
        ("By Ines Volk at the Harbour Road Stadium", ("Ines Volk",)),
        ("By Ines Volk and Tomas Reid at Skerry Park", ("Ines Volk", "Tomas Reid")),
    ],
)
def test_what_a_byline_says_in_brackets_after_the_names_is_no_name(line: str, authors: tuple[str, ...]) -> None:
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert article.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "Por Vigo y Cangas pasan los barcos (dos al d\u00eda)",  # a sentence, its brackets taken off or not
        "Von Anfang an fuhren die F\u00e4hren (zwei am Tag)",
    ],
)
def test_a_sentence_with_brackets_after_a_foreign_by_is_no_byline(line: str) -> None:
    assert classify.byline_authors(line, newsdoc.DEFAULT_CUES) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # the time first, its hours parted by a full stop, or "on" before the date
        ("7.40am, 21 May 2024", dt.datetime(2024, 5, 21, 7, 40)),
        ("7:40 pm on 21 May 2024", dt.datetime(2024, 5, 21, 19, 40)),
        # a line too long to read whole: its first field labelled, or beside the reading time
        (
            "Publi\u00e9 le 21 mai 2024 \u00e0 07h40, modifi\u00e9 le 22 mai 2024 \u00e0 09h15"
            " \u00b7 Temps de lecture 3 min.",
            dt.datetime(2024, 5, 21, 7, 40),
        ),
        ("May 21, 2024 at 7:40 pm \u2022 4 min read", dt.datetime(2024, 5, 21, 19, 40)),
    ],
)
def test_a_date_line_with_its_time_first_or_its_fields_after_it_dates_the_article(line: str, date: dt.datetime) -> None:
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{line}\n\n{FERRY}\n")
    assert article.blocks[2] == Fragment(text=line, role="date")
    assert article.published == date


def test_a_date_alone_before_a_bar_dates_no_article() -> None:
    """A date and a writer after a bar, with no label, may be a teaser's in a list: it dates nothing."""
    line = "May 21, 2024 | By Ines Volk and others who wrote for the harbour news desk this week"
    assert classify.published_date(line, newsdoc.DEFAULT_CUES) is None


@pytest.mark.parametrize("credit", ["Photographs by Tomas Reid", "Photography by Tomas Reid for The Varn Times"])
def test_a_line_crediting_all_the_storys_pictures_under_the_byline_is_a_line_of_it(credit: str) -> None:
    text = f"The long winter of the Varn Point light\n\nBy Orla Penn\n{credit}\n\nMay 21, 2024\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert not article.blocks_of(Caption)
    assert article.blocks[2] == Fragment(text=credit, role="byline", spacing="\n")
    assert article.authors == ("Orla Penn",)
    assert article.published == dt.date(2024, 5, 21)


def test_one_pictures_credit_under_the_byline_stays_a_credit() -> None:
    """A credit of one picture ("Photo by ...") under the byline is the lead picture's, over its caption."""
    text = (
        "The long winter of the Varn Point light\n\nBy Orla Penn\n\nPhoto by Tomas Reid\n"
        f"The lamp room at dusk.\n\n{LANTERN}\n"
    )
    article = newsdoc.parse_text(text)
    assert [b.text for b in article.blocks if isinstance(b, Fragment) and b.role == "byline"] == ["By Orla Penn"]
    assert [newsdoc.model.plain_text(caption) for caption in article.blocks_of(Caption)] == [
        "Photo by Tomas Reid\nThe lamp room at dusk."
    ]


def test_a_menus_line_over_the_headline_over_a_name_and_a_dates_field_is_no_headline() -> None:
    """Over a name and a date's field (weaker than "By"), of two lines of a headline's shape neither is taken."""
    text = (
        f"Harbour Post Local Weather What's on\n\nKeepers leave the Varn Point light after forty winters\n\n"
        f"Orla Penn \u00b7 21 May 2024\n\n{LANTERN}\n\n{LANTERN}\n"
    )
    assert newsdoc.parse_text(text).title != "Harbour Post Local Weather What's on"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("17th February 2024", dt.date(2024, 2, 17)),  # a day's ordinal, as British and Indian papers write it
        ("June 11th, 2024", dt.date(2024, 6, 11)),
        ("Wednesday 22nd May 2024 at 4:30pm", dt.datetime(2024, 5, 22, 16, 30)),
        ("By Orla Penn, 3rd March 2024", dt.date(2024, 3, 3)),  # run on after the byline's name
        # (no ordinal) Swedish "kl" before the time without its dot
        ("Publicerad 6 mars 2024 kl 07.30", dt.datetime(2024, 3, 6, 7, 30)),
    ],
)
def test_a_date_with_its_days_ordinal_dates_the_article(line: str, published: dt.date) -> None:
    article = newsdoc.parse_text(f"The long winter of the Varn Point light\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n")
    assert article.published == published
    assert isinstance(article.blocks[1], Fragment)


def test_a_sentence_that_names_a_day_by_its_ordinal_dates_nothing() -> None:
    line = "The keepers met on the 4th May 2024 to decide who would stay on the rock through the winter."
    article = newsdoc.parse_text(f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{line}\n")
    assert article.published is None
    assert article.blocks[-1] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted on March 5, 2024 by Orla Penn", ("Orla Penn",)),  # a blog's default line under the headline
        ("Published on 5 March 2024 by Orla Penn and Ivo Stenn", ("Orla Penn", "Ivo Stenn")),
    ],
)
def test_a_line_that_dates_the_piece_then_signs_it(line: str, authors: tuple[str, ...]) -> None:
    article = newsdoc.parse_text(f"The long winter of the Varn Point light\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n")
    assert article.blocks[1] == Fragment(text=line, role="byline")
    assert (article.authors, article.published) == (authors, dt.date(2024, 3, 5))


def test_a_date_line_then_by_and_no_name_signs_nothing() -> None:
    line = "Posted on March 5, 2024 by ferry from the mainland"
    article = newsdoc.parse_text(f"The long winter of the Varn Point light\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n")
    assert article.authors == ()


def test_a_caption_and_its_credit_in_square_brackets_is_no_credit_of_the_paragraph_over_it() -> None:
    """pandoc's plain text writes a figure as its caption in square brackets, the credit inside.

    Read as a credit alone, the bracket made the paragraph of the story over it a caption.
    """
    line = "During the repairs, passengers took the long road round the lake, an hour's drive."
    text = f"Ferries Resume\n\nThe body goes on.\n\n{line}\n\n[Passengers on the first crossing. Ana Holt/PA]\n"
    blocks = newsdoc.parse_text(text + "\nThe body goes on again.\n").blocks
    assert blocks[2] == Paragraph(text=line)
    assert not any(isinstance(block, Caption) for block in blocks)
    # A credit alone in brackets is still the caption's over it
    found = newsdoc.parse_text("Ferries Resume\n\nThe body goes on.\n\nA ferry at dawn.\n\n[Ana Holt/PA]\n").blocks[-1]
    assert isinstance(found, Caption)
    assert (found.text, found.credit) == ("A ferry at dawn.", "Ana Holt/PA")


@pytest.mark.parametrize(
    "view",
    [
        "He thinks the timetable would hold if the board paid for a second crew.",
        "She argues that a second boat would pay for itself within five years.",
        "Most winters are quiet, he says, and the ferry rarely misses a crossing.",
    ],
)
def test_a_source_introduced_at_the_end_is_no_bio(view: str) -> None:
    """An analysis closes on a source in a bio's words; what follows says what the source holds, as no bio does."""
    closing = f"Odo Brack is a lecturer in transport at Skerry University. {view}"
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{closing}\n"
    assert newsdoc.parse_text(text).blocks[-1] == Paragraph(text=closing)
    page = f"<article><h1>Ferries Resume</h1><p>By Ines Volk</p><p>{FERRY}</p><p>{FERRY}</p><p>{closing}</p></article>"
    assert newsdoc.parse_html(page).blocks[-1] == Paragraph(text=closing)
    # The writer's own bio says who she is
    bio = "Ines Volk is a reporter at the Skerry Ledger. She has covered the islands since 2015."
    assert isinstance(newsdoc.parse_text(text.replace(closing, bio)).blocks[-1], newsdoc.Bio)


@pytest.mark.parametrize("where", ["under the byline", "under the body"])
def test_a_bio_that_names_the_writer_by_title_and_surname(where: str) -> None:
    """A newsroom's style names the writer by title: "Ms. Volk is ..." is her bio, under the byline or the body.

    One that so names someone else is the body's.
    """
    bio = "Ms. Volk is a former ferry pilot who now farms oysters on Skerry."
    other = "Mr. Brack is a former ferry pilot who now farms oysters on Skerry."
    for line, kind in ((bio, newsdoc.Bio), (other, Paragraph)):
        parts = ["Ferries Resume After the Storm", "Opinion", "By Ines Volk", FERRY, FERRY]
        parts.insert(3 if where == "under the byline" else len(parts), line)
        blocks = newsdoc.parse_text("\n\n".join(parts) + "\n").blocks
        (block,) = (b for b in blocks if b.text == line)  # type: ignore[attr-defined]
        assert type(block) is kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the declaration a journal asks of a researcher, under the piece
        ("The author declares no competing interests.", newsdoc.Disclaimer),
        ("The authors report no conflicts of interest.", newsdoc.Disclaimer),
        ("Competing interests: none.", newsdoc.Disclaimer),
        ("Conflict of interest: none declared.", newsdoc.Disclaimer),
        # the story's own words on a conflict
        ("The mayor said there was no conflict of interest in the sale of the pier.", Paragraph),
        ("Competing interests between fishers and ferry crews have long shaped the harbour.", Paragraph),
        # the writer's own stake, as a newsroom's code asks her to declare it
        ("The author owns shares in Skerry Ferries.", newsdoc.Disclaimer),
        ("The writer\u2019s husband works for a boatyard named in this article.", newsdoc.Disclaimer),
        ("Full disclosure: my brother crews the night boat.", newsdoc.Disclaimer),
        # the licence the piece is under
        ("This story is published under a Creative Commons licence; republish it with credit.", newsdoc.Disclaimer),
        ("The ferry timetable is published under a Creative Commons licence, the board said.", Paragraph),
        ("The harbour master owns shares in the boatyard, the filings show.", Paragraph),
        # the writer's line, in the verbs a bio uses
        ("Ines Volk has covered the islands for the Skerry Ledger for eleven seasons.", newsdoc.Bio),
        ("Ines Volk writes features for the Skerry Ledger.", newsdoc.Bio),
        ("Ines Volk reports from the courts for the Skerry Ledger.", newsdoc.Bio),  # her beat, in lower case
        ("Ines Volk holds a doctorate in marine law from Skerry University.", newsdoc.Bio),
        ("*Ines Volk writes about the islands for the Skerry Ledger.*", newsdoc.Bio),  # in italics, as plain text sets
        # after the label that heads a bio, run in: a bio whatever it says
        ("About the author: Ines Volk keeps bees on the outer islands.", newsdoc.Bio),
        ("About the author \u2014 Ines Volk keeps bees on the outer islands.", newsdoc.Bio),
        ("_Ines Volk writes about the islands for the Skerry Ledger._", newsdoc.Bio),
        ("Odo Brack holds a lantern over the quay as the last ferry leaves.", Paragraph),  # what a caption shows
        ("The ferry has covered the crossing in under an hour since the spring.", Paragraph),
        # where the piece ran first, in the words of a newsroom's note
        ("A version of this story ran in the Skerry Ledger on Sunday.", newsdoc.Attribution),
        ("This column first ran in the Skerry Ledger.", newsdoc.Attribution),
        ("The night ferry first ran in the Skerry Ledger's home port in 1902.", Paragraph),
        (
            "This story is part of Tide Lines, a reporting collaboration between the Skerry Ledger and Harbour Voices.",
            newsdoc.Attribution,
        ),
        (
            "This story is licensed under Creative Commons Attribution 4.0; republish it with credit.",
            newsdoc.Disclaimer,
        ),
        # what the writer or the newsroom declares, and how the piece was made
        (
            "Ines Volk does not work for or own shares in any company that would benefit from this article.",
            newsdoc.Disclaimer,
        ),
        (
            "The Skerry Ledger receives support from the Tern Trust, which is mentioned in this story.",
            newsdoc.Disclaimer,
        ),
        ("This article was written with the help of AI tools and checked by an editor.", newsdoc.Disclaimer),
        ("The harbour board drafted its plan with the help of AI, the minutes show.", Paragraph),
        ("Comments on this article are closed for legal reasons.", newsdoc.Disclaimer),
        ("This article is for general information only and is not financial advice.", newsdoc.Disclaimer),
        # the writer's line by her post, where she holds it, or by her whole name, whatever her trade
        ("The writer is a former ambassador to Norland and now teaches at Skerry University.", newsdoc.Bio),
        ("The writer is a former ambassador, and it shows in every chapter of the book.", Paragraph),
        ("Ines Volk is a former nurse who now farms oysters on Skerry.", newsdoc.Bio),
        ("Odo Brack is a former nurse who now farms oysters on Skerry.", Paragraph),
        ("Ines Volk (@ivolk) covers the islands for the Skerry Ledger.", newsdoc.Bio),  # her account after her name
        ("The opinions in this column are the writer's and not the Skerry Ledger's.", newsdoc.Disclaimer),
        # two writers in one bio, and two places in a sentence
        ("Ines Volk and Odo Brack are reporters on the Skerry Ledger's island desk.", newsdoc.Bio),
        ("Harbour Town and Kessel Bay are the two ports the night ferry serves.", Paragraph),
        # what the funder had no part in, and the network that shares the story
        (
            "The Skerry Ledger receives funding from the Tern Trust."
            " The trust had no say over the content of this story.",
            newsdoc.Disclaimer,
        ),
        ("The Tern Trust backs our island coverage but has no influence over its content.", newsdoc.Disclaimer),
        ("Our funders have no editorial input into our reporting.", newsdoc.Disclaimer),
        ("Parents had no say in the content of the new timetable.", Paragraph),
        ("This story is shared as part of the Isles News Exchange, a network of local papers.", newsdoc.Attribution),
        ("The timetable was shared as part of a deal with the Isles News Exchange.", Paragraph),
        # who funds a newsroom, and what its funders may not do
        (
            "The Skerry Ledger is supported by readers and by the Tern Trust."
            " Our supporters play no role in our editorial decisions.",
            newsdoc.Disclaimer,
        ),
        ("The ferry company is supported by readers of the Ledger, who buy most of its tickets.", Paragraph),
        # who funds it, said to ask the reader to become one: the newsroom's pitch, a line of the page's
        ("The Skerry Ledger is reader-funded. If you find our reporting useful, consider becoming a member.", Fragment),
        (
            "Tern Notes is a reader-supported publication. To receive new posts, consider becoming a paid subscriber.",
            Fragment,
        ),
        ("The print edition of the Ledger ran the ferry timetable on Sundays.", Paragraph),
        ("This article appears in the May 2026 print edition of the Skerry Review.", newsdoc.Disclaimer),
        # a funder's part, a blogger's sponsor, what a newsletter is not, whose views a guest post gives
        ("The Tern Trust funds our island coverage. Funders have no control over what we report.", newsdoc.Disclaimer),
        ("This post is sponsored by Tern Outdoor, who sent me the boots. All opinions are my own.", newsdoc.Disclaimer),
        # an influencer network's line, its hashtags after it
        (
            "This post has been compensated by Tern Collective and its client. All opinions are mine. #ad #boots",
            newsdoc.Disclaimer,
        ),
        ("The ferry company has been compensated by the council for the lost winter.", Paragraph),
        # an academic writer's funding statement of her own work; a story's of others' work is its sentence
        ("This research was funded by the Tern Trust. The funder had no role in the analysis.", newsdoc.Disclaimer),
        ("The study was funded by the Tern Trust and published in March.", Paragraph),
        # an Indian paper's line under an opinion piece, its phrase all it says
        ("Views are personal.", newsdoc.Disclaimer),
        ("Editor's note.", Paragraph),  # (a guard) a label of two words alone says no note
        # the licence the piece is under, in the words the licence suggests
        (
            "This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License.",
            newsdoc.Disclaimer,
        ),
        ("Nothing in this newsletter is financial advice. I hold shares in the ferry company.", newsdoc.Disclaimer),
        ("Guest posts reflect the views of their authors, not necessarily mine.", newsdoc.Disclaimer),
        # a site's note on all the pieces of a kind, which names neither itself nor the writer
        (
            "Guest posts reflect the views of their authors and not necessarily those of the Skerry Institute.",
            newsdoc.Disclaimer,
        ),
        ("Opinion columns reflect the views of their authors alone.", newsdoc.Disclaimer),
        ("Tide tables reflect the views of their authors on where the shoals lie, the pilots joke.", Paragraph),
        ("The harbour master has no control over what the ferry company charges.", Paragraph),
        # a series' or an investigation's funder, what the funder may not do, a post's correction
        (
            "The Island Lives series is supported by the Tern Trust. The trust has no say over our coverage.",
            newsdoc.Disclaimer,
        ),
        (
            "This investigation was funded in part by the Tern Trust, which does not influence our reporting.",
            newsdoc.Disclaimer,
        ),
        ("This post was corrected at 13:10. An earlier time was wrong.", newsdoc.Disclaimer),
        ("The new pier is supported by the old piles and by two steel beams.", Paragraph),
        # who pays for the newsroom, in a sentence longer than the one that says what the funder does not do
        (
            "The Tern Family Foundation provides financial support to the Skerry Ledger. It has no role in editorial"
            " decisions.",
            newsdoc.Disclaimer,
        ),
        (
            "The Skerry Ledger receives support from the Tern Family Foundation. Donors have no say over coverage.",
            newsdoc.Disclaimer,
        ),
        # how the newsroom corrects itself
        (
            "The Skerry Ledger is committed to accuracy. To report an error, email corrections@skerry.example.",
            newsdoc.Disclaimer,
        ),
        ("The Skerry Ledger corrects errors promptly. If you spot a mistake, tell us.", newsdoc.Disclaimer),
        # the newsroom's tie to the event it reviews
        ("The Skerry Ledger is a media partner of the Varn Folk Festival.", newsdoc.Disclaimer),
        (
            "The Skerry Ledger received press accreditation from the festival. It had no say over this review.",
            newsdoc.Disclaimer,
        ),
        # (a guard, which passes without the rule too) a speaker's words
        ("The harbour office is committed to accuracy in its tide tables, its director said.", Paragraph),
        # (a guard, which passes without the rule too) who pays for a ferry, then more of the story
        (
            "The Tern Family Foundation provides financial support to the island's lifeboat crew. It has two boats.",
            Paragraph,
        ),
        # a sponsor's deal or newsletter, said of itself
        ("This sponsored deal is brought to you by Tern Outdoor.", newsdoc.Disclaimer),
        ("This newsletter is brought to you by the Skerry Ferry Company.", newsdoc.Disclaimer),
        ("The mail is brought to you by the ferry on Tuesdays and Fridays.", Paragraph),
        # whose views a blog's post gives, a think tank's stand, the names a story leaves out
        ("This post represents the views of the authors and not those of the Skerry Institute.", newsdoc.Disclaimer),
        (
            "The Skerry Institute is nonpartisan; as an institution, we do not take positions on policy issues.",
            newsdoc.Disclaimer,
        ),
        ("Some names in this story have been changed to protect the families' privacy.", newsdoc.Disclaimer),
        ("Names have been changed to protect the identities of the crew.", newsdoc.Disclaimer),
        ("The crew's names have been painted on the hull since the first crossing.", Paragraph),
        # a note on the names wherever its sentence puts the phrase; a speech's as written; a funder's; an institute's
        ("Some names have been changed at the crew's request.", newsdoc.Disclaimer),
        ("Names marked with an asterisk have been changed.", newsdoc.Disclaimer),
        # the names, then a few words on that they were changed, in English and other languages; and the note
        # though it says who asked for it
        (
            "Names of some of the crew in this story have been changed or shortened at their request.",
            newsdoc.Disclaimer,
        ),
        ("Die Namen der Lotsen hat die Redaktion zu ihrem Schutz ge\u00e4ndert.", newsdoc.Disclaimer),
        ("Os nomes dos pescadores foram alterados a pedido dos pr\u00f3prios.", newsdoc.Disclaimer),
        (
            "Имена некоторых рыбаков изменены по их просьбе.",
            newsdoc.Disclaimer,
        ),
        ("Imi\u0119 naszej lotniczki zosta\u0142o zmienione na jej pro\u015bb\u0119.", newsdoc.Disclaimer),
        (
            "نام برخی از ملوانان به درخواست خودشان تغییر کرده است.",
            newsdoc.Disclaimer,
        ),
        (
            "تم تغيير بعض الأسماء حفاظاً على سلامة البحارة.",
            newsdoc.Disclaimer,
        ),
        (
            "Some of the pilots quoted in this story asked that only first names be used because they fear for "
            "their jobs. Names marked with an asterisk have been changed.",
            newsdoc.Disclaimer,
        ),
        # (a guard, which passes without the rule too: the names and the change are one sentence's words)
        ("Ada gave her name at the gate. The rules changed the next week.", Paragraph),
        # what a newsletter is not, said of it by its name
        (
            "The Skerry Morning Brief is for informational purposes only and is not investment advice.",
            newsdoc.Disclaimer,
        ),
        ("Der vollst\u00e4ndige Name der Lotsin ist der Redaktion bekannt.", newsdoc.Disclaimer),
        # (the phrase in brackets amid the story's sentence marks a name there: the story's)
        ("Ada K. (Name ge\u00e4ndert) f\u00e4hrt seit zwanzig Jahren zur Insel hin\u00fcber.", Paragraph),
        # who paid for the reporting, in other languages, the piece named first
        ("Este reportaje fue realizado con el apoyo de la Fundaci\u00f3n Puerto Azul.", newsdoc.Disclaimer),
        (
            "Cette enqu\u00eate a \u00e9t\u00e9 r\u00e9alis\u00e9e avec le soutien du Fonds des \u00eeles.",
            newsdoc.Disclaimer,
        ),
        ("Reporting for this story was funded by the Tern Fund.", newsdoc.Disclaimer),
        ("The new pier was built with the support of the Tern Fund.", Paragraph),  # (a guard)
        # the piece itself, made with a funder's support; in Spanish, Ukrainian, Russian and Korean
        ("This essay was supported by the Tern Fund for Island Writing.", newsdoc.Disclaimer),
        ("This story was reported with support from the Tern Fund.", newsdoc.Disclaimer),
        ("This work was produced with the support of the Skerry Climate Grant.", newsdoc.Disclaimer),
        ("Esta cobertura cont\u00f3 con el apoyo de la Fundaci\u00f3n Puerto Azul.", newsdoc.Disclaimer),
        ("Матеріал створено за підтримки Фонду острівної журналістики.", newsdoc.Disclaimer),
        ("Материал создан при поддержке Фонда островной журналистики.", newsdoc.Disclaimer),
        ("이 기사는 항구재단의 취재 지원을 받아 작성되었습니다.", newsdoc.Disclaimer),
        ("The pier was rebuilt with support from the Tern Fund, the mayor said.", Paragraph),  # (a guard)
        ("Check against delivery", newsdoc.Disclaimer),
        ("Its contents are the sole responsibility of the Skerry Institute.", newsdoc.Disclaimer),
        ("The budget is the sole responsibility of the council.", Paragraph),  # (a guard)
        (
            "The findings are those of the authors alone and should not be attributed to the Tern Fund.",
            newsdoc.Disclaimer,
        ),
        # a company's release on what it expects, a page a machine translated
        ("This press release contains forward-looking statements that involve risks.", newsdoc.Disclaimer),
        ("The pilots said the ferry's forward-looking statements were too hopeful.", Paragraph),  # (a guard)
        ("This page was translated automatically from Spanish.", newsdoc.Disclaimer),
        # what a market column or a health page is not, a shop's payments, a travel writer's trip, paid content, a
        # betting page's helpline, a critic's rule
        ("This column is for information only and should not be considered investment advice.", newsdoc.Disclaimer),
        ("The pilots said the tide table should not be considered a promise.", Paragraph),  # (a guard)
        ("This article is not a substitute for professional medical advice.", newsdoc.Disclaimer),
        # (and what else it is not, or is only: in English, Polish and French)
        ("This article is for informational purposes only and does not constitute legal advice.", newsdoc.Disclaimer),
        ("This column is not a substitute for professional advice.", newsdoc.Disclaimer),
        (
            "Artyku\u0142 ma charakter wy\u0142\u0105cznie informacyjny i nie zast\u0119puje porady lekarskiej.",
            newsdoc.Disclaimer,
        ),
        ("Cet article ne remplace en aucun cas l'avis d'un m\u00e9decin.", newsdoc.Disclaimer),
        ("When you click some of the links on this page we may receive a payment.", newsdoc.Disclaimer),
        ("The writer travelled as a guest of the Varn Islands tourist board.", newsdoc.Disclaimer),
        ("The minister travelled as a guest of the islanders, the council said.", Paragraph),  # (a guard)
        ("This content was paid for by Tern Outdoor and produced by our partner studio.", newsdoc.Disclaimer),
        ("If you or someone you know has a gambling problem, call our helpline.", newsdoc.Disclaimer),
        ("Our critic dines anonymously and pays for all meals.", newsdoc.Disclaimer),
        # the newsroom's ways, said under its own name: its critic pays (Danish, Italian), its editors pick a shop's
        # products alone, a tested product's maker had no say (German), the trip was paid for (Swedish)
        ("Skerrybladet betaler altid selv for m\u00e5ltidet ved anmeldelser.", newsdoc.Disclaimer),
        ("Le recensioni sono anonime: il conto \u00e8 sempre pagato dal giornale.", newsdoc.Disclaimer),
        ("Die Redaktion w\u00e4hlt alle Produkte unabh\u00e4ngig aus.", newsdoc.Disclaimer),
        ("Der Hersteller hatte keinen Einfluss auf den Inhalt dieses Tests.", newsdoc.Disclaimer),
        ("Resan bekostades av Skerry Turism.", newsdoc.Disclaimer),
        # how a critic or a tester came by what she reviews, said under the writer's name or none: she goes unknown
        # and pays (English, French, German), her hosts gave the trip (Italian, Spanish, Norwegian), a maker lent
        # the car, the book or the samples (English, Greek, Korean), she paid her own way (Thai)
        ("Ines Volk dines anonymously, and the Skerry Ledger pays for every meal.", newsdoc.Disclaimer),
        ("La critique du Courrier de Varn réserve sous un nom d'emprunt.", newsdoc.Disclaimer),
        ("Unsere Testerin besucht die Lokale unangemeldet.", newsdoc.Disclaimer),
        ("Il viaggio è stato offerto dall'ente del turismo delle isole Varn.", newsdoc.Disclaimer),
        ("El viaje se realizó con la colaboración de la oficina de turismo de Varn.", newsdoc.Disclaimer),
        ("Reisen var betalt av Skerry Turisme.", newsdoc.Disclaimer),
        ("The test car was loaned by the maker for a fortnight.", newsdoc.Disclaimer),
        ("A review copy was sent by the publisher.", newsdoc.Disclaimer),
        ("Τα δείγματα παραχωρήθηκαν από το οινοποιείο.", newsdoc.Disclaimer),
        ("제조사로부터 제품을 제공받아 작성한 리뷰입니다.", newsdoc.Disclaimer),
        ("ผู้เขียนชำระค่าที่พักเอง", newsdoc.Disclaimer),
        ("The council said the old ferry was loaned to the islanders for the summer.", Paragraph),  # (a guard)
        # the maker lent the car (Swedish) and had no part in the review; advice not for one reader's case (English,
        # Portuguese in the plural)
        ("Bilen \u00e4r l\u00e5nad av Skerry Bil under testperioden.", newsdoc.Disclaimer),
        ("The Skerry Ledger does not accept payment in exchange for reviews.", newsdoc.Disclaimer),
        ("This column is general information and is not individualized tax advice.", newsdoc.Disclaimer),
        ("As respostas desta coluna n\u00e3o constituem recomenda\u00e7\u00e3o de investimento.", newsdoc.Disclaimer),
        ("Este artículo refleja exclusivamente la opinión de su autor.", newsdoc.Disclaimer),
        # a shop's prices as they stood when the piece was published (English, Spanish, Romanian, Russian, Japanese,
        # Portuguese), its shop's links in more languages (Spanish, Romanian, Turkish, Chinese)
        ("Prices were correct at the time of publication and may since have changed.", newsdoc.Disclaimer),
        ("Los precios eran vigentes en el momento de la publicación.", newsdoc.Disclaimer),
        ("Prețurile sunt valabile la momentul publicării și se pot schimba.", newsdoc.Disclaimer),
        ("Цены актуальны на момент публикации.", newsdoc.Disclaimer),
        ("価格は記事公開時点のものです。", newsdoc.Disclaimer),
        ("Os preços indicados nesta reportagem podem ter mudado.", newsdoc.Disclaimer),
        ("Algunos de los enlaces de este artículo son de afiliados.", newsdoc.Disclaimer),
        ("Acest articol conține linkuri afiliate.", newsdoc.Disclaimer),
        ("Bu yazıdaki bağlantıların bir kısmı satış ortaklığı bağlantısıdır.", newsdoc.Disclaimer),
        ("本文部分链接为推广链接。", newsdoc.Disclaimer),
        # a maker's loan for the review, in English words between its verb and its purpose, and in Italian, French,
        # Portuguese, Turkish, Russian, Japanese and Chinese; an advice column's answers, for guidance only
        ("Skerry Cycles lent the Ledger a folding bike for this review.", newsdoc.Disclaimer),
        ("The council lent the rowing club a boat for the regatta.", Paragraph),  # (a guard)
        # what the lender did not do; a fund's risk warning; Polish "no investment recommendation"
        ("Skerry Cycles lent us this bike; it did not see or approve this piece.", newsdoc.Disclaimer),
        ("The harbour sent the plan to the board, which had no say in it.", Paragraph),  # (a guard)
        ("Past performance is not a reliable indicator of future results.", newsdoc.Disclaimer),
        ("Ten artyku\u0142 nie stanowi rekomendacji inwestycyjnej.", newsdoc.Disclaimer),
        ("Il gioco ci è stato fornito gratuitamente dallo sviluppatore.", newsdoc.Disclaimer),
        ("Exemplaire numérique fourni par l'éditeur.", newsdoc.Disclaimer),
        ("O portátil foi emprestado pela Skerry para efeitos de teste.", newsdoc.Disclaimer),
        ("Cihaz, Skerry tarafından inceleme amacıyla ödünç verilmiştir.", newsdoc.Disclaimer),
        ("Автомобиль для тест-драйва предоставлен дилером Skerry Motors.", newsdoc.Disclaimer),
        ("本記事は、スケリー社から貸与された機材で執筆しました。", newsdoc.Disclaimer),
        ("本文测试机由斯凯瑞科技提供。", newsdoc.Disclaimer),
        ("The answers in this column are not a substitute for legal advice.", newsdoc.Disclaimer),
        ("Las respuestas de esta sección tienen carácter orientativo.", newsdoc.Disclaimer),
        # a farm report's prices, not a grain's sale; the series the piece is part of, and who pays for it
        ("These prices should not be taken as marketing advice.", newsdoc.Disclaimer),
        ("This essay is part of Island Lives, a series supported by the Tern Fund.", newsdoc.Disclaimer),
        # a story's sentences that hold such words (guards: the notes' phrases name the piece, the newsroom or the
        # writer)
        ("El alcalde podr\u00eda recibir una comisi\u00f3n por la obra del muelle.", Paragraph),
        ("Der Einsatz der F\u00e4hre wurde autorisiert, sagte der Hafenmeister.", Paragraph),
        # a portal's line under a partner's story; a wire's last line under a company's release
        ("Provided by The Skerry Ledger", newsdoc.Attribution),  # (a guard, which passes without the rule too)
        ("SOURCE Skerry Ferries", newsdoc.Attribution),
        (
            "This investigation was produced by the Isles Bureau and is co-published with the Skerry Ledger.",
            newsdoc.Attribution,
        ),
    ],
)
def test_a_researcher_s_declaration_and_a_writer_s_line_under_the_piece(line: str, kind: type) -> None:
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{line}\n"
    assert type(newsdoc.parse_text(text).blocks[-1]) is kind
    page = f"<article><h1>Ferries Resume</h1><p>By Ines Volk</p><p>{FERRY}</p><p>{FERRY}</p><p>{line}</p></article>"
    assert type(newsdoc.parse_html(page).blocks[-1]) is kind


@pytest.mark.parametrize(
    "note",
    [
        "This obituary first appeared in The Skerry Ledger and is republished with permission.",
        "This review was first published by the Varn Courier.",
        "Este obituario incluye fragmentos de un perfil publicado originalmente en la revista Voces del Puerto.",
        "Cette critique a d\u00e9j\u00e0 paru dans le Courrier de Varn.",
        "Dieser Nachruf erschien zuerst im Varner Boten.",
    ],
)
def test_a_note_that_names_its_piece_by_its_genre_speaks_of_itself(note: str) -> None:
    """ "This obituary ...", "Esta reseña ...": a note on the piece, which a sentence of the story naming it is not."""
    assert classify.of_itself(note, newsdoc.DEFAULT_CUES)


# Our own notes in Chinese, Japanese and Korean (no spaces between words, or a word's endings run on), Arabic, Greek
# and Hindi, corrections in Dutch and Norwegian, a view in Vietnamese; each with the source a name in quote marks gives
_NOTES_IN_OTHER_LANGUAGES = json.loads((FIXTURES / "notes_in_other_languages.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("note", _NOTES_IN_OTHER_LANGUAGES, ids=range(len(_NOTES_IN_OTHER_LANGUAGES)))
def test_a_note_under_the_story_in_other_languages(note: dict[str, str | None]) -> None:
    block = newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\n{note['line']}\n").blocks[-1]
    assert type(block).__name__ == note["kind"]
    assert getattr(block, "source", None) == note["source"]


@pytest.mark.parametrize(
    ("label", "footer"),
    [
        ("Lire aussi", "Tous droits r\u00e9serv\u00e9s"),
        ("Lesen Sie auch", "Alle Rechte vorbehalten"),
        ("Te puede interesar", "Todos los derechos reservados"),
        ("Leggi anche", "Riproduzione riservata"),
        ("Leia tamb\u00e9m", "Todos os direitos reservados"),
    ],
)
def test_a_related_label_and_a_legal_line_in_other_languages_are_the_pages(label: str, footer: str) -> None:
    tail = [label, "Pier plan put to a vote", "Ferry fares rise in May", f"Skerry Ledger 2026. {footer}."]
    text = "\n\n".join(["Ferries Resume", FERRY, FERRY, *tail]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-len(tail) :] == tuple(newsdoc.Fragment(text=line) for line in tail)
    assert blocks[-len(tail) - 1] == Paragraph(text=FERRY)


@pytest.mark.parametrize(
    "disclosure",
    [
        "Ines Volk receives funding from the Skerry Marine Trust and the Harbour Fund.",
        "In\u00eas Vale recebe financiamento da Funda\u00e7\u00e3o Skerry de Ci\u00eancia.",
        "Ines Volk menerima dana penelitian dari Yayasan Skerry.",  # Indonesian
    ],
)
def test_a_writers_disclosure_over_the_republication_note(disclosure: str) -> None:
    """Under an academic's piece republished from her newsroom, who funds her, right over the note; no label."""
    note = "This article is republished from Skerry Voices under a Creative Commons license."
    text = f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\n{disclosure}\n\n{note}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-2:] == (
        newsdoc.Disclaimer(text=disclosure),
        newsdoc.Attribution(text=note, kind="republished", source="Skerry Voices"),
    )
    # amid the body, a sentence in its shape is the story's (a guard, which passes without the rule too)
    amid = f"Ferries Resume\n\n{FERRY}\n\n{disclosure}\n\n{FERRY}\n\n{FERRY}\n"
    assert newsdoc.parse_text(amid).blocks[2] == Paragraph(text=disclosure)
    # under its label, the label is furniture
    labelled = newsdoc.parse_text(
        f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\nDisclosure statement\n\n{disclosure}\n\n{note}\n"
    )
    assert labelled.blocks[-3:-1] == (
        newsdoc.Fragment(text="Disclosure statement"),
        newsdoc.Disclaimer(text=disclosure),
    )


@pytest.mark.parametrize("link", ["", "\n\nVolunteers clear the old ferry slipway"])
def test_a_writers_disclosure_beside_her_bio_or_the_note_under_the_pages_link(link: str) -> None:
    """The note, the writer's disclosure, her bio, then perhaps a headline the page links to: still the notes."""
    note = "This article is republished from Skerry Voices under a Creative Commons license."
    disclosure = "Ines Volk receives funding from the Skerry Marine Trust and the Harbour Fund."
    bio = "Ines Volk is a senior lecturer in marine ecology at the University of Varn."
    for notes in ([note, disclosure, bio], [disclosure, bio]):
        text = "\n\n".join(["Ferries Resume", FERRY, FERRY, *notes]) + link + "\n"
        blocks = newsdoc.parse_text(text).blocks
        assert newsdoc.Disclaimer(text=disclosure) in blocks
        assert newsdoc.to_text(newsdoc.parse_text(text)) == text


def test_the_notes_that_close_a_piece_stand_together() -> None:
    """Under an academic's piece, the writer's disclosure, then the partners' note under its label.

    The partners' note speaks of no piece and names no newsroom; amid the body its words would be
    the story's, but under another note it is one.
    """
    disclosure = "Ines Volk does not work for or own shares in any company that would benefit from this article."
    partners = "Skerry University provides funding as a member of The Island Exchange."
    text = f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\nDisclosure statement\n\n{disclosure}\n\nPartners\n\n{partners}\n"
    assert newsdoc.parse_text(text).blocks[-1] == newsdoc.Disclaimer(text=partners)
    # under the body's prose it is the story's sentence
    assert newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\n{partners}\n").blocks[-1] == Paragraph(
        text=partners
    )


@pytest.mark.parametrize(
    ("label", "note", "noted"),
    [
        # a disclosure that says none of the usual phrases: its label says what it is
        ("Disclosure statement", "Ines Volk has received funding from the Skerry Trust for her work on tides.", True),
        ("Correction", "An earlier version gave the wrong year for the opening of the pier.", True),
        ("Editor's note:", "The names of two islanders have been left out at their request.", True),
        # (guards, which pass without the rule too) a live page's "Update" over a post of the story labels no
        # note, as "Update: the crew is ashore" is none; a menu's "Disclaimer" over its next item, no sentence
        ("Update", "The last of the crew came ashore at noon, wet but well.", False),
        ("Disclaimer", "Privacy Policy", False),
    ],
)
def test_a_note_under_its_label_on_a_line_of_its_own(label: str, note: str, noted: bool) -> None:
    """The label set as a heading or a line over the note, as academic and local newsrooms set it, is furniture."""
    text = f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\n{label}\n\n{note}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-1].text == note
    assert (type(blocks[-1]) is Disclaimer) is noted
    if noted:
        assert blocks[-2] == newsdoc.Fragment(text=label)
        html = f"<article><h1>Ferries Resume</h1><p>{FERRY}</p><p>{FERRY}</p><h3>{label}</h3><p>{note}</p></article>"
        assert newsdoc.parse_html(html).blocks[-1] == Disclaimer(text=note)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # the language the piece was written in is not where it ran
        (
            "This article was originally published in Spanish by El Faro del Sur and translated by Odo Brack.",
            "El Faro del Sur",
        ),
        (
            "Originally published in Spanish by <a href='/x'>El Faro del Sur</a>. Translated by Odo Brack.",
            "El Faro del Sur",
        ),
        # nor is a day of the week part of its name
        ("A version of this story ran in the Skerry Ledger on Sunday.", "Skerry Ledger"),
        # a name that joins its words with an elided article or an ampersand
        (
            "Cet article a \u00e9t\u00e9 initialement publi\u00e9 dans Le Courrier de l'Estran.",
            "Le Courrier de l'Estran",
        ),
        ("Dit artikel verscheen eerder in Veer & Land.", "Veer & Land"),
        # the kind of outlet before its name, in Danish, Swedish, Dutch, Polish and Greek; "og" joins a name's words
        ("Artiklen blev oprindeligt udgivet i magasinet Skib og Havn.", "Skib og Havn"),
        ("Texten har tidigare publicerats i tidskriften Sk\u00e4rg\u00e5rden.", "Sk\u00e4rg\u00e5rden"),
        ("Dit stuk is eerder gepubliceerd op het blog van de Veerbond Noord.", "Veerbond Noord"),
        ("Przedruk za zgod\u0105 redakcji tygodnika \u201eG\u0142os Portu\u201d.", "G\u0142os Portu"),
        (  # Greek: "The article was first published in the newspaper «The Voice of the Harbour»."
            "\u03a4\u03bf \u03ac\u03c1\u03b8\u03c1\u03bf "
            "\u03b4\u03b7\u03bc\u03bf\u03c3\u03b9\u03b5\u03cd\u03b8\u03b7\u03ba\u03b5 "
            "\u03b1\u03c1\u03c7\u03b9\u03ba\u03ac \u03c3\u03c4\u03b7\u03bd "
            "\u03b5\u03c6\u03b7\u03bc\u03b5\u03c1\u03af\u03b4\u03b1 "
            "\u00ab\u0397 \u03a6\u03c9\u03bd\u03ae \u03c4\u03bf\u03c5 "
            "\u039b\u03b9\u03bc\u03b1\u03bd\u03b9\u03bf\u03cd\u00bb.",
            "\u0397 \u03a6\u03c9\u03bd\u03ae \u03c4\u03bf\u03c5 \u039b\u03b9\u03bc\u03b1\u03bd\u03b9\u03bf\u03cd",
        ),
        # the language it was written in, in the note's language; the site of a name; a word the phrase opens
        ("Este art\u00edculo fue publicado originalmente en ingl\u00e9s en The Skerry Review.", "The Skerry Review"),
        ("This essay was first published in Nepali in Tapu Saptahik.", "Tapu Saptahik"),
        ("Dieser Text erschien zuerst auf Russisch bei Nordlicht.", "Nordlicht"),
        (
            "Cet article a \u00e9t\u00e9 initialement publi\u00e9 sur le site de La Gazette du Port.",
            "La Gazette du Port",
        ),
        ("Cette tribune a d'abord \u00e9t\u00e9 publi\u00e9e dans La Revue du Port.", "La Revue du Port"),
        # a name in quote marks, as Russian writes a paper's, whatever its case
        ("Статья впервые опубликована в газете «Скерри сегодня».", "Скерри сегодня"),
        ("This essay first appeared in the magazine \u201cThe Skerry Log\u201d.", "The Skerry Log"),
        # a Turkish case ending after the name is the sentence's
        ("Bu yaz\u0131 ilk olarak Skerry Postas\u0131'nda yay\u0131mland\u0131.", "Skerry Postas\u0131"),
    ],
)
def test_where_a_note_says_the_piece_ran_first(line: str, source: str) -> None:
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{line}\n"
    page = f"<article><h1>Ferries Resume</h1><p>By Ines Volk</p><p>{FERRY}</p><p>{FERRY}</p><p>{line}</p></article>"
    articles = [newsdoc.parse_html(page)] + ([] if "<a" in line else [newsdoc.parse_text(text)])
    for article in articles:
        note = article.blocks[-1]
        assert isinstance(note, newsdoc.Attribution)
        assert note.source == source


def test_the_writer_s_line_names_the_one_writer_the_byline_names() -> None:
    """ "The writer is ...", "I am a ...": a bio that names no one is the byline's one writer's."""
    line = "The writer is a former ambassador to Norland and now teaches at Skerry University."
    for byline, name in (("By Ines Volk", "Ines Volk"), ("By Ines Volk and Odo Brack", None)):
        text = f"Ferries Resume After the Storm\n\n{byline}\n\n{FERRY}\n\n{FERRY}\n\n{line}\n"
        assert newsdoc.parse_text(text).blocks[-1] == newsdoc.Bio(text=line, name=name)


@pytest.mark.parametrize(
    ("picture", "credit", "prefix"),
    [
        ("Passengers wait on the quay at dawn.\n\n\u00a9 Ana Holt", "Ana Holt", "\n\n\u00a9 "),
        ("Passengers wait on the quay at dawn.\n\nAFP via Getty Images", "AFP via Getty Images", "\n\n"),
        ("Passengers wait on the quay at dawn. AFP via Getty Images", "AFP via Getty Images", " "),
    ],
)
def test_a_weak_credit_under_a_caption_with_a_short_sentence_of_the_body_under_it(
    picture: str, credit: str, prefix: str
) -> None:
    """A name alone credits the picture that the line over it captions when the body goes on under it.

    That body may go on in a short sentence, as a story's one-line paragraph does.
    """
    long = "The ferry service across the lake resumed on Monday after a winter of repairs to both of its landings."
    short = "The operator said a second boat would join the route in spring."
    blocks = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk\n\n{long}\n\n{picture}\n\n{short}\n").blocks
    caption = blocks[-2]
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.credit_prefix) == (
        "Passengers wait on the quay at dawn.",
        credit,
        prefix,
    )
    assert blocks[-1] == Paragraph(text=short)


def test_a_pull_quote_without_its_full_stop_over_its_speaker_s_name() -> None:
    """A quote box drops the quote's full stop and sets the speaker under it; the paragraph it repeats names her."""
    quote = "Nobody here is a sailor, but everybody here loves this boat"
    text = (
        "Volunteers Keep the Ferry Running\n\nBy Ines Volk\n\n"
        "When the council voted last spring to sell the old ferry, a handful of regular passengers decided to "
        "step in and run it themselves.\n\n"
        f"{quote}\n\nAgnes Whitlow\n\n"
        f'"{quote}," said Agnes Whitlow, a retired teacher who keeps the rota.\n\n'
        "Passenger numbers have risen since the handover, by the group's own count.\n"
    )
    article = newsdoc.parse_text(text)
    pulled = next(block for block in article.blocks if isinstance(block, PullQuote))
    assert (pulled.text, pulled.attribution) == (quote, "Agnes Whitlow")
    assert newsdoc.to_text(article) == text
    # Without a speaker's line under it, a line without a stop may be a subheading: it stays a paragraph
    alone = newsdoc.parse_text(text.replace("Agnes Whitlow\n\n", "", 1))
    assert not any(isinstance(block, PullQuote) for block in alone.blocks)


def test_co_authors_bios_and_a_line_to_follow_the_writer() -> None:
    """A think tank's piece ends with each co-author's bio, and a line that says where to follow one of them."""
    bios = [
        "Ines Volk is a senior fellow at the Skerry Institute.",
        "Odo Brack is a research associate in the institute's transport programme.",
        "Follow him on X: @odobrack",
    ]
    story = [
        "The island's ferry service has lost a third of its crossings in ten years, and the timetable for the "
        "coming winter cuts two more, leaving the outer villages with one boat a day.",
        "The council could lease a second vessel for the winter months, as it did in 2019, at a cost the "
        "operator puts at less than the subsidy it already pays for the empty summer sailings.",
    ]
    tail = "\n\n".join([*story, *bios])
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk and Odo Brack\n\n{tail}\n"
    assert [type(block) for block in newsdoc.parse_text(text).blocks[-3:]] == [newsdoc.Bio] * 3
    page = "".join(f"<p>{line}</p>" for line in [*story, *bios])
    html = f"<article><h1>Ferries Resume</h1><p>By Ines Volk and Odo Brack</p>{page}</article>"
    assert [type(block) for block in newsdoc.parse_html(html).blocks[-3:]] == [newsdoc.Bio] * 3


@pytest.mark.parametrize(
    ("line", "kind", "work", "source"),
    [
        # a title in quote marks opens the note
        (
            "\u201cThe Timetable Nobody Read\u201d is republished with permission of Skerry Economics.",
            newsdoc.Attribution,
            "The Timetable Nobody Read",
            "Skerry Economics",
        ),
        # the issue's season and year before "issue of"
        (
            "A version of this article appeared in the spring 2025 issue of the Skerry Quarterly.",
            newsdoc.Attribution,
            None,
            "Skerry Quarterly",
        ),
        # who paid for the series the story is part of
        (
            "This story is part of our Island Health series, produced with support from the Varn Foundation.",
            newsdoc.Disclaimer,
            None,
            None,
        ),
    ],
)
def test_notes_of_an_analysis_that_name_a_work_an_issue_or_a_funder(
    line: str, kind: type, work: str | None, source: str | None
) -> None:
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{line}\n"
    note = newsdoc.parse_text(text).blocks[-1]
    assert type(note) is kind
    if isinstance(note, newsdoc.Attribution):
        assert (note.work, note.source) == (work, source)


def test_who_else_reported_is_no_note_and_names_no_author() -> None:
    text = (
        f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\nReporting contributed by Odo Brack.\n"
    )
    article = newsdoc.parse_text(text)
    assert article.blocks[-1] == Fragment(text="Reporting contributed by Odo Brack.", role="byline")
    assert article.authors == ("Ines Volk",)


_LAKE = (
    "The ferry service across the lake resumed on Monday after a winter of repairs to both of its landings, "
    "the operator said.\n\nCommuters who had driven around the shore for months said the crossing saved them "
    "an hour a day, and the queues were short.\n"
)


@pytest.mark.parametrize(
    ("head", "title", "kicker"),
    [
        ("The Ferry Is Late. What Now?\n\nBy Odo Brack", "The Ferry Is Late. What Now?", None),  # two in title case
        # and in sentence case, as most languages set a headline, first in the text
        ("The ferry is late. What now?", "The ferry is late. What now?", None),
        (
            "Die F\u00e4hre f\u00e4hrt wieder. Die Preise bleiben",
            "Die F\u00e4hre f\u00e4hrt wieder. Die Preise bleiben",
            None,
        ),
        ("Analysis\n\nWhy the Lake Runs Low", "Why the Lake Runs Low", "Analysis"),  # a section's label over it
        # under the site's name and menu, over the dek and the byline: the line over the byline may be two too (the
        # menu's last line right over it reads as the section's label, as on most pages it is)
        (
            "Lakeside Courier\nHome\nNews\nSport\n\nThe lake ferry runs again. Commuters save an hour\n"
            "Repairs ran over and the timetable has not been kept since spring\nby Ines Volk\n12 March 2025",
            "The lake ferry runs again. Commuters save an hour",
            "Sport",
        ),
        # a caption and its credit over it, two sentences with no full stop, is none
        (
            "The pier at dawn. Photo: Ada Poe\nLake ferry service resumes after a winter of repairs\nby Ines Volk",
            "Lake ferry service resumes after a winter of repairs",
            None,
        ),
        # a line of two columns over it, as a text browser sets a table, is none
        (
            "The pier at dawn. Boats wait in the lake fog          Get our weekly newsletter\n"
            "Lake ferry service resumes after a winter of repairs\nby Ines Volk\n12 March 2025",
            "Lake ferry service resumes after a winter of repairs",
            None,
        ),
        # under the lead picture's caption, as a page sets the picture over its headline
        (
            "Swimmers at the lake at dawn. Photo: Odo Brack\n\nOutdoors\n\nWhy the Lake Runs Low\n\nBy Ines Volk",
            "Why the Lake Runs Low",
            "Outdoors",
        ),
    ],
)
def test_a_headline_of_two_sentences_or_under_a_section_s_label(head: str, title: str, kicker: str | None) -> None:
    article = newsdoc.parse_text(f"{head}\n\n{_LAKE}")
    assert (article.title, article.kicker) == (title, kicker)
    # Two sentences ended as prose ends them are prose, and so are two under the first line: no headline
    assert newsdoc.parse_text(f"The ferry is late. Nobody knows why.\n\n{_LAKE}").title is None
    assert newsdoc.parse_text(f"{_LAKE}\nThe ferry is late. What now?\n\n{_LAKE}").title is None


def test_a_short_article_shows_its_wrap_in_few_lines() -> None:
    """A text browser wraps a short article's paragraphs of two lines each: their every long line is full.

    A line that goes on with a number or a name ("1960s", "Whitlow") is the sentence going on, not a new block.
    """
    paragraphs = [
        "A lantern lens that vanished when the Skerry Point light was automated in the 1960s has gone on"
        " display at the island museum.",
        "The lens, more than two metres tall, was found in a barn on the farm of Agnes Whitlow, who was"
        " clearing it out in March.",
        "Volunteers spent the spring cleaning its hundreds of glass prisms, which the farm had stored in hay"
        " since 1968.",
        "The museum will hold a talk on the lens and the keepers who tended it on the evening of the fourth of May.",
    ]
    text = "Lens Returns to the Island\n\n" + "\n\n".join(textwrap.fill(p, 78) for p in paragraphs) + "\n"
    assert "the\n1960s" in text
    assert "Agnes\nWhitlow" in text
    article = newsdoc.parse_text(text)
    assert [block.text.replace("\n", " ") for block in article.blocks[1:]] == paragraphs
    assert newsdoc.to_text(article) == text


def test_a_last_modified_line_under_the_byline_dates_the_article() -> None:
    """ "Last modified: ..." is a date line, as "Last updated: ..." is: no dek."""
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\nLast modified: Thu 16 May 2024 10.02 BST\n\n{_LAKE}"
    article = newsdoc.parse_text(text)
    assert article.blocks[2] == Fragment(text="Last modified: Thu 16 May 2024 10.02 BST", role="date")
    assert article.published is not None
    assert (article.published.year, article.published.month, article.published.day) == (2024, 5, 16)


def test_a_byline_a_scraper_broke_at_its_link() -> None:
    """BeautifulSoup's ``get_text("\\n")`` puts the writer's linked name on a line of its own, and her job after it."""
    text = f"Ferries Resume After the Storm\nBy \nInes Volk\n, Transport Editor\n{_LAKE}"
    article = newsdoc.parse_text(text)
    assert article.blocks[1] == Fragment(text="By \nInes Volk\n, Transport Editor", role="byline", spacing="\n")
    assert article.authors == ("Ines Volk",)
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    "credit",
    [
        "Ana Holt/The Lakeside Ledger/TNS",  # the photographer, her paper, the wire that sent it on
        "Ana Holt/The Lakeside Ledger via AP, File",
        "Ana Holt/Polaris",
        "Provided photo",
    ],
)
def test_wire_and_outlet_credits_after_a_caption(credit: str) -> None:
    text = f"Ferries Resume\n\n{FERRY}\n\nferry-quay.jpg\n\nIslanders wait on the quay. {credit}\n\n{FERRY}\n"
    caption = newsdoc.parse_text(text).blocks[3]
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == ("Islanders wait on the quay.", credit)
    # A word alone, then "via" and an agency, is a line of a page's, not a credit
    assert classify.find_credit("Comment via Sputnik", newsdoc.DEFAULT_CUES) is None


@pytest.mark.parametrize(
    ("job", "date"),
    [
        ("Transport correspondent", "14 May 2024\n\n"),
        # with no date under it, as a broadcaster's page sets its writer's card; her account after the job
        ("Transport correspondent", ""),
        ("News reporter @inesvolk", ""),
    ],
)
def test_a_name_over_a_job_in_sentence_case_over_the_date_signs_the_piece(job: str, date: str) -> None:
    """The writer's name, her job in sentence case on a line of its own ("Transport correspondent"), the date."""
    head = "Night Ferries Cut as the Rota Runs Short\n\nTwo crossings lose their last boats from Monday.\n\n"
    article = newsdoc.parse_text(f"{head}Ines Volk\n\n{job}\n\n{date}{_LAKE}")
    assert article.authors == ("Ines Volk",)
    assert article.blocks[2:4] == (
        Fragment(text="Ines Volk", role="byline"),
        Fragment(text=job),
    )


def test_a_topics_label_of_four_words_in_capitals_over_the_headline() -> None:
    """ "ISLAND STORMS AND FLOODING" over the headline, the byline under it: the kicker, not the headline."""
    text = f"ISLAND STORMS AND FLOODING\n\nFerries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert (article.kicker, article.title) == ("ISLAND STORMS AND FLOODING", "Ferries Resume After the Storm")


# (the path with bars, a section's label and its topics: a guard, which passes without the rule too)
@pytest.mark.parametrize("path", ["News / Region / Transport", "Nieuws | Regio | Vervoer"])
def test_a_sections_path_over_the_headline_is_no_headline(path: str) -> None:
    """A section's path of three parts over the headline of two sentences, the byline under it: not the headline."""
    headline = "Ferries resume after the storm. Islanders count the cost"
    text = f"{path}\n\n{headline}\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n"
    assert newsdoc.parse_text(text).title == headline


def test_a_section_label_in_capitals_over_the_headline_under_the_site_s_name() -> None:
    """A whole page's text: the site's name, then the section's label in capitals, then the headline."""
    text = f"Lakeside Ledger\n\nTRANSPORT\n\nFerries Resume After the Storm\n\nBy Ines Volk\n\n{_LAKE}"
    article = newsdoc.parse_text(text)
    assert (article.kicker, article.title) == ("TRANSPORT", "Ferries Resume After the Storm")
    # In sentence case under the site's name, the line may be a menu's last item; more often, on real pages, it is
    # the section's label: the kicker
    assert newsdoc.parse_text(text.replace("TRANSPORT", "Transport")).kicker == "Transport"


def test_a_writer_s_line_amid_the_body_keeps_its_marks() -> None:
    """ "Odo Brack is a reporter ..." amid the body is the story's paragraph, set as the page set it."""
    line = "Odo Brack is a reporter at the Skerry Ledger who now farms oysters."
    page = f"<article><h1>Ferries</h1><p>By Ines Volk</p><p>{FERRY}</p><p><em>{line}</em></p><p>{FERRY}</p></article>"
    (paragraph,) = (b for b in newsdoc.parse_html(page).blocks if b.text == line)  # type: ignore[attr-defined]
    assert paragraph == Paragraph(
        text=line, marks=(newsdoc.Mark(start=0, end=len(line), kind=newsdoc.MarkKind.EMPHASIS),)
    )


def test_the_caption_under_a_slideshow_s_counter_with_a_credit_of_names_no_one_here_knows() -> None:
    """ "3 of 12", then "... from the pier. Ana Holt/Skerry Ledger": the slide's caption and its credit."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    said = "Children launch paper lanterns from the pier."
    blocks = newsdoc.parse_text(
        f"Lanterns Return\n\n{body}\n\n3 of 12\n\n{said} Ana Holt/Skerry Ledger\n\n{body}\n"
    ).blocks
    assert blocks[3] == Caption(text=said, credit="Ana Holt/Skerry Ledger", credit_prefix=" ", credit_suffix="")


def test_alt_text_that_echoes_the_caption_under_it_in_other_words() -> None:
    """The alt text a phrase, the caption a sentence of its words: the line over the caption is the picture's."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    alt = "Lanterns over the ticket office in Skerry"
    said = "Lanterns over the old ticket office near Skerry on Saturday."
    text = f"Lanterns Return\n\nBy Ines Volk\n\n{alt}\n\n{said} (Photo: Ana Holt)\n\n{body}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[2] == newsdoc.Image(alt=alt)
    assert (type(blocks[3]), blocks[3].image) == (Caption, 2)  # type: ignore[attr-defined]
    # A sentence over the caption amid the story is no alt text, though it shares its words
    over = "Lanterns over the ticket office in Skerry were lit at dusk."
    blocks = newsdoc.parse_text(text.replace(alt, f"{body}\n\n{over}")).blocks
    assert not any(isinstance(block, newsdoc.Image) for block in blocks)


@pytest.mark.parametrize("over", ["By Ines Volk", "12.03.2024, 14:05 Uhr"])
@pytest.mark.parametrize(
    ("line", "alt"),
    [
        ("A woman hangs a paper lantern from a lamp post.", True),  # with its full stop
        (
            "Eine Frau h\u00e4ngt Laternen an Laternenpf\u00e4hle am Hafen der Stadt Kellhafen",
            True,
        ),  # German's capitals
        # (guards) two sentences are the lead's; and so is a sentence of more than 16 words
        ("The lanterns went up on Saturday. The square was full by dusk.", False),
        ("The lanterns went up on Saturday along the harbour wall, and by dusk the square was full of people.", False),
    ],
)
def test_a_sentence_right_under_the_byline_or_the_date_over_a_credited_caption_is_alt_text(
    over: str, line: str, alt: bool
) -> None:
    """A browser's copy of a page keeps the lead picture's alt text between the date line and the caption."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    caption = "Orla Fenwick on the harbour wall on Saturday. Foto: Ana Holt/dpa"
    blocks = newsdoc.parse_text(f"Lanterns Return\n\n{over}\n\n{line}\n\n{caption}\n\n{body}\n").blocks
    assert (blocks[2] == newsdoc.Image(alt=line)) is alt


@pytest.mark.parametrize(
    ("line", "alt"),
    [
        ("Image: A woman hangs a paper lantern from a lamp post on the harbour wall.", True),
        ("Bild: Eine Frau h\u00e4ngt eine Laterne an einen Laternenpfahl am Hafen", True),
        ("Imagen: Una mujer cuelga un farol de papel en una farola del puerto", True),
        # (guards) a credit set over its caption; a headline's label, that names no picture
        ("Photo: Ana Holt/Skerry Ledger", False),
        ("Lanterns: the harbour's oldest custom returns after the storm", False),
    ],
)
def test_alt_text_after_a_pictures_label_over_a_caption(line: str, alt: bool) -> None:
    """A copy of a page names a picture as a screen reader does, "Image: ...": over a caption, amid the story, the
    line is the picture's alt text, its label with it."""
    body = _COUNCIL_MET
    assert _read_as_alt_text(f"Lanterns Return\n\nBy Ines Volk\n\n{body}\n\n{body}\n\n{line}", line) is alt


def test_a_short_line_under_the_date_over_lines_with_no_full_stop_is_no_dek() -> None:
    """A line with no full stop is a dek over a lead that ends as a sentence does, not over a list's lines set as
    paragraphs, as a forum's post of fixtures is (the share line under the date, skipped now, kept it from the test)."""
    rounds = "\n\n".join(f"Round {n}: {day} May at Skerry harbour" for n, day in ((1, 10), (2, 17), (3, 24)))
    text = (
        f"Rowing Calendar 2025\n\n12 May 2025\n\nShare this on WhatsApp\n\nThe rowing calendar for 2025\n\n{rounds}\n"
    )
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    assert not any(isinstance(block, newsdoc.Standfirst) for block in article.blocks)


_LANTERN_DEK = "Thirty paper lanterns went up along the harbour wall on Saturday, the first since the storm."


@pytest.mark.parametrize(
    ("header", "alt"),
    [
        ("By Ines Volk\n\n12 May 2024\n\nShare this article\n\n", True),
        # past the dek, under the share buttons under it
        (f"By Ines Volk\n\n12 May 2024\n\n{_LANTERN_DEK}\n\nShare\nEmail\n\n", True),
        # or right under the dek, a sentence or two under the date: the lead, longer, stands under the picture
        (f"By Ines Volk\n\n12 May 2024\n\n{_LANTERN_DEK}\n\n", True),
        # (a guard, which passes without the rule too) a line right under a lead of three sentences is its next
        (f"By Ines Volk\n\n12 May 2024\n\n{_LANTERN_DEK} The council paid. Each is lit at dusk.\n\n", False),
    ],
)
def test_a_sentence_under_the_headers_share_buttons_over_a_credited_caption_is_alt_text(header: str, alt: bool) -> None:
    """Under the byline, the date and the page's share buttons, perhaps the dek between, a sentence over the
    caption is the lead picture's alt text, with its full stop: the header's lines hold no lead."""
    line = "A woman hangs a paper lantern from a lamp post."
    assert _read_as_alt_text(f"Lanterns Return\n\n{header}{line}", line) is alt


def test_a_dek_under_the_date_over_the_lead_pictures_alt_text_and_caption() -> None:
    """The header's byline and date, the dek's two sentences, the alt text, the credited caption, then the lead."""
    line = "A woman hangs a paper lantern from a lamp post."
    dek = f"{_LANTERN_DEK} More go up next week."
    caption = "Orla Fenwick hangs the first of the lanterns on Saturday. Photograph: Ana Holt/Skerry Ledger"
    text = f"Lanterns Return\n\nBy Ines Volk\n\n12 May 2024\n\n{dek}\n\n{line}\n\n{caption}\n\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert [type(block).__name__ for block in blocks[3:7]] == ["Standfirst", "Image", "Caption", "Paragraph"]


_COUNCIL_MET = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."


def _read_as_alt_text(top: str, line: str) -> bool:
    """Whether *line*, the last of *top*, reads as the alt text of the credited caption set under it, the story's
    prose under that; the text comes back whole."""
    caption = "Orla Fenwick hangs the first of the lanterns on Saturday. Photograph: Ana Holt/Skerry Ledger"
    text = f"{top}\n\n{caption}\n\n{_COUNCIL_MET}\n"
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    return newsdoc.Image(alt=line) in article.blocks


@pytest.mark.parametrize("over", ["Share", "By Ines Volk", "Photo 2 of 9"])
def test_alt_text_that_describes_the_picture_over_its_caption(over: str) -> None:
    """A browser's copy of a page keeps the alt text on a line over the caption, which names who is in it.

    The phrase says what the picture shows; under a button, the byline or a slide's count, or under prose when it
    is a longer phrase in sentence case, as a scene is described, where a subheading is a few words.
    """
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    alt = "Woman hanging a paper lantern from a lamp post"
    said = "Orla Fenwick hangs the first of the lanterns on Saturday."
    text = f"Lanterns Return\n\n{body}\n\n{over}\n{alt}\n{said} Photograph: Ana Holt/Skerry Ledger\n\n{body}\n"
    blocks = newsdoc.parse_text(text).blocks
    at = next(i for i, block in enumerate(blocks) if isinstance(block, Caption))
    assert blocks[at - 1] == newsdoc.Image(alt=alt, spacing="\n")
    assert blocks[at].image == at - 1  # type: ignore[attr-defined]
    # under prose, the phrase of a scene too
    blocks = newsdoc.parse_text(text.replace(f"{over}\n{alt}", f"{body}\n\n{alt}")).blocks
    assert newsdoc.Image(alt=alt) in blocks
    # (guards, which pass without the rule too) under prose, a line of a few words over the caption is a
    # subheading; a line with a colon is another story's headline; and a line that ends on a bracket a link's
    for line in (
        f"{body}\n\nLanterns light the square",
        f"{body}\n\n\u706f\u7b3c\u5728\u5468\u516d\u50cd\u665a\u6302\u4e0a\u4e86"
        "\u8001\u8857\u7684\u6bcf\u4e00\u76cf\u8def\u706f\u3002",  # a sentence of Chinese, ended by its full stop
        f"{over}\nLanterns return: the town lights up",
        f"{body}\n\nFerry passengers stranded after the harbour storm [NEWS]",
    ):
        blocks = newsdoc.parse_text(text.replace(f"{over}\n{alt}", line)).blocks
        assert not any(isinstance(block, newsdoc.Image) for block in blocks)


@pytest.mark.parametrize(
    "row",
    [
        *("Facebook X Email", "Facebook Twitter WhatsApp Email", "Print Email", "Share: Facebook X Email"),
        # one button that says where it shares, in any language
        *("Share to LinkedIn", "Compartir en WhatsApp", "Partager sur Facebook", "Teilen auf Facebook"),
        # "send" by a network, "share" as an imperative, "comment", "save", "listen to the article"
        *("Enviar por WhatsApp", "Compartilhe:", "Partager Commenter", "Save", "Artikel anh\u00f6ren"),
        "Zur Merkliste hinzuf\u00fcgen",
        # a bar or a dot between the buttons; a label of a few words in the page's language before them
        *("Facebook | X | LinkedIn", "Email \u2022 Print", "Comparte esta columna: Facebook X LinkedIn"),
        "Deel dit artikel: LinkedIn E-mail",
        # a counter and what it counts, perhaps in thousands
        *("1,204 Shares", "1.2K Followers"),
        # a button's name of two words or more among the others; networks in Arabic script; a podcast's apps
        *("Share: Facebook X Email Copy link", "Compartilhe: WhatsApp \u00b7 Facebook \u00b7 X \u00b7 Copiar link"),
        "\u0634\u0627\u0631\u0643: \u0641\u064a\u0633\u0628\u0648\u0643 | \u0648\u0627\u062a\u0633\u0627\u0628",
        "Follow the show: Apple Podcasts \u00b7 Spotify \u00b7 Pocket Casts \u00b7 RSS",
        # more networks, and buttons that print the page or give its PDF, in German and Polish
        *("Teilen: Mastodon Xing E-Mail Drucken", "Udost\u0119pnij: Facebook LinkedIn Pobierz PDF"),
        # "Post" beside the others, a network's button; "Email" in Swedish; "Share" in Japanese; the text's size
        *("Share   Post   Email", "Dela: Facebook LinkedIn E-post", "\u30b7\u30a7\u30a2\u3059\u308b\u3000X\u3000LINE"),
        "Ouvir o texto   Diminuir fonte   Aumentar fonte",
        # a button that sends the link by email, in English and French
        *("Send by email   Print", "Envoyer par courriel   Imprimer"),
        # the button that copies the link, in English, Finnish and Spanish; Finnish "Share" as a label
        *("Share: Facebook X Link", "Jaa: Facebook X Linkki", "Compartir: WhatsApp Enlace"),
        # each button saying where it shares, then one that mails or copies the link: Spanish, Norwegian
        *("Compartir en Facebook Compartir en X Enviar por correo", "Del p\u00e5 Facebook Del p\u00e5 X Kopier lenke"),
        # one button or a row in Spanish, Czech, Hindi, Arabic, Ukrainian (Viber among them), Hebrew; X's old name
        *("Comparte esta noticia", "Sd\u00edlet na Facebooku", "इस खबर को शेयर करें", "شارك الخبر"),
        *("Поділитися: Facebook \u00b7 Telegram \u00b7 Viber", "שתפו בפייסבוק שתפו בוואטסאפ", "X (Twitter)"),
        # a recipe's, an obituary's, a consent box's, a footer's buttons; a comments' link and its count
        *("Save recipe", "Guardar receita", "Sign the guestbook", "G\u00e9rer mes cookies"),
        *("Advertise with us", "Complaints & corrections", "Comment on this article (212)"),
        # a footer's row of links, one of them the page's own, a bar or a dot between
        *("Terms of Use | Privacy Policy | Accessibility | Contact Us", "Sign the guestbook \u00b7 Send flowers"),
        "Mentions l\u00e9gales \u00b7 Contact \u00b7 G\u00e9rer mes cookies",
        # a share button's longer words as the label, in Hindi; Swahili's "share this story"; a full-width colon
        # after a Chinese or a Japanese label, the networks of those pages (WeChat, Weibo; LINE, Hatena Bookmark)
        *("इस खबर को शेयर करें: Facebook Telegram Email", "Shiriki habari hii:"),
        *("分享到：微博 微信 复制链接", "この記事を共有する：LINE\u3000はてなブックマーク\u3000X"),
    ],
)
def test_a_row_of_buttons_on_one_line_is_furniture(row: str) -> None:
    """A browser copies a row of share buttons as one line of their names, perhaps a label first ("Share:")."""
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{row}\n\n{FERRY}\n"
    assert newsdoc.parse_text(text).blocks[2] == newsdoc.Fragment(text=row)
    # (guards) words that name two networks are the story's: a subheading here; and so under a sentence's colon
    line = "Facebook and Twitter"
    assert newsdoc.parse_text(text.replace(row, line)).blocks[2] == Heading(text=line, level=2)
    said = "The harbour board told islanders where to find its notices: Facebook and X."
    assert newsdoc.parse_text(text.replace(row, said)).blocks[2] == Paragraph(text=said)


@pytest.mark.parametrize(
    "line",
    [
        # "Read more" under a teaser, in Swedish and Spanish; a blog's label over its share buttons, in Spanish
        *("L\u00e4s mer", "Leer m\u00e1s", "Comparte esto:", "Partilhar esta entrada"),
        # the link to report a mistake; a paid piece's label; the line over an advertisement amid the story
        *("Report a typo or error", "Paid content", "Contenu sponsoris\u00e9", "SCROLL TO CONTINUE WITH CONTENT"),
        # a player's label and the length of what it plays, in brackets
        *("Listen to this essay (22 min)", "Listen to this article (4 min)"),
    ],
)
def test_a_stock_line_of_the_page_amid_the_story(line: str) -> None:
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{line}\n\n{FERRY}\n"
    assert newsdoc.parse_text(text).blocks[2] == newsdoc.Fragment(text=line)


def test_a_line_of_hashtags_tags_the_story() -> None:
    """Two hashtags or more alone on a line under the story, as Korean and Indonesian papers set its tags."""
    line = "#\ud398\ub9ac #\ud56d\uad6c #HarbourCouncil"
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{line}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[-1] == newsdoc.Fragment(text=line, role="tags")
    assert article.tags == ("\ud398\ub9ac", "\ud56d\uad6c", "HarbourCouncil")
    # (a guard, which passes without the rule too) a rank's numbers tag nothing
    ranks = "#1 #2 #3"
    assert newsdoc.parse_text(text.replace(line, ranks)).tags == ()


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Etiketler: #feribot #Liman", ("feribot", "Liman")),  # hashtags after the label
        ("Tags: #ferries", ("ferries",)),
        ("Topic: Ferries", ("Ferries",)),  # the label in the singular
        ("\u091f\u0949\u092a\u093f\u0915\u094d\u0938: \u092b\u0947\u0930\u0940", ("\u092b\u0947\u0930\u0940",)),
    ],
)
def test_a_tags_lines_label_then_hashtags_or_a_topic(line: str, tags: tuple[str, ...]) -> None:
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{line}\n")
    assert (article.blocks[-1], article.tags) == (newsdoc.Fragment(text=line, role="tags"), tags)


def test_a_korean_papers_notice_with_the_circled_c() -> None:
    """Korean papers write the copyright's sign as a small c in a circle: "<저작권자 ⓒ X, 무단전재 및 재배포 금지>"."""
    notice = "<저작권자 \u24d2 항구일보, 무단전재 및 재배포 금지>"
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{notice}\n"
    assert newsdoc.parse_text(text).blocks[-1] == newsdoc.Fragment(text=notice)


@pytest.mark.parametrize("phrase", ["File photo", "Representational image"])
def test_a_credit_phrase_over_the_lead_is_the_lead_pictures_whole_caption(phrase: str) -> None:
    """A line that says what the picture is and names no one ("File photo") takes no caption from the lead under it."""
    lead = "The first ferry left the harbour at dawn on Tuesday, three days early, the operator's chief said."
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{phrase}\n{lead}\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[2] == Caption(text="", credit=phrase, credit_prefix="", credit_suffix="")
    assert blocks[3] == Paragraph(text=lead, spacing="\n")


def test_a_line_a_pull_quote_repeats_is_no_subheading() -> None:
    """A short line between paragraphs that a pull quote repeats stays the paragraph it repeats.

    Found by the fuzzer: the line took a subheading's shape ("5) ..."), became a heading after the
    pull quote was tied to it, and the article could not be made (a ValueError, not a NewsdocError).
    """
    said = "\u201cBoats come back slowly; crews come first.\u201d \u2013 Ines Volk"
    text = f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\n5) {said}\n\n{FERRY}\n\n{FERRY}\n\n{said}\n\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[3] == Paragraph(text=f"5) {said}")
    assert (type(blocks[6]), blocks[6].repeats) == (PullQuote, 3)  # type: ignore[attr-defined]


def test_a_text_that_opens_with_its_byline_has_no_headline_of_it() -> None:
    """An extractor's text of the body alone: "By Ines Volk" first, then the prose. The byline is no title."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    article = newsdoc.parse_text(f"By Ines Volk\n\n{body}\n\n{body}\n")
    assert article.title is None
    assert article.blocks[0] == Fragment(text="By Ines Volk", role="byline")
    assert article.authors == ("Ines Volk",)


def test_the_sentence_over_the_byline_of_a_text_with_no_headline_is_its_dek() -> None:
    """An extractor leaves the headline out: the dek, "By Ines Volk", then the body."""
    dek = "Both landings reopen after a winter of repairs, and the timetable is back to normal."
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    blocks = newsdoc.parse_text(f"{dek}\n\nBy Ines Volk\n\n{body}\n\n{body}\n").blocks
    assert blocks[:2] == (newsdoc.Standfirst(text=dek), Fragment(text="By Ines Volk", role="byline"))
    # A line that captions the lead picture stands there too
    caption = "Passengers wait on the quay at dawn. (AP Photo/Ana Holt)"
    blocks = newsdoc.parse_text(f"{caption}\n\nBy Ines Volk\n\n{body}\n\n{body}\n").blocks
    assert not isinstance(blocks[0], newsdoc.Standfirst)


def test_a_row_of_share_buttons_and_the_footer_s_links_are_the_page_s() -> None:
    """A browser's copy of a page: the share buttons' names under the byline, the footer's links under the story."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    text = f"Ferries Resume\n\nBy Ines Volk\nShare\nFacebook\nWhatsApp\nEmail\n\n{body}\n\n{body}\n\nPrivacy Policy\n"
    blocks = newsdoc.parse_text(text).blocks
    assert [b.text for b in blocks if type(b) is Paragraph] == [body, body]  # type: ignore[attr-defined]
    assert {"Facebook", "WhatsApp", "Email", "Privacy Policy"} <= {b.text for b in blocks if type(b) is Fragment}


@pytest.mark.parametrize(
    ("tail", "chrome"),
    [
        # a line of the footer amid the page's chrome found as such: the page's too
        ("Most read\n\nPrivacy policy\n\n\u00a9 2025 Estuary Weekly", True),
        ("Share\n\nMill opens on Sundays\n\nTerms of use", True),
        # the story's short last line, under no chrome: the story's
        ("What comes next", False),
        ("What comes next\n\nReporting by Nell Arkwright; Editing by Tom Ek", False),
    ],
)
def test_a_line_amid_the_footers_chrome_is_the_page_s(tail: str, chrome: bool) -> None:
    body = "The mill ground its first sack of flour on Saturday. A crowd of 300 watched it turn."
    text = f"Tide Mill Turns Again\n\nBy Nell Arkwright\n\n{body}\n\n{body}\n\n{tail}\n"
    lines = tail.split("\n\n")
    blocks = newsdoc.parse_text(text).blocks
    typed = {b.text: type(b) for b in blocks if getattr(b, "text", None) in lines}  # type: ignore[attr-defined]
    assert typed[lines[0]] is (Fragment if chrome else Paragraph)
    if chrome:
        assert typed == dict.fromkeys(lines, Fragment)
    assert newsdoc.to_text(newsdoc.parse_text(text)) == text


def test_a_text_browser_s_numbered_links() -> None:
    """Lynx numbers each link before its words: a line of links is the page's, a byline's link names its writer."""
    body = "The council met on Monday. We cannot keep rebuilding the same houses every spring. It then voted."
    links = "   [1]Skip to content\n\n   [2]Lake Ledger [3]News [4]Travel\n\n"
    article = newsdoc.parse_text(f"{links}Ferries Resume on the Lake\n\n   By [9]Ines Volk\n\n{body}\n\n{body}\n")
    assert [type(b) for b in article.blocks] == [Fragment, Fragment, newsdoc.Heading, Fragment, Paragraph, Paragraph]
    assert article.authors == ("Ines Volk",)
    # A sentence with a numbered link in it is the body's
    line = f"The [5]harbour board said the ferry would run again. {body}"
    assert type(newsdoc.parse_text(f"Ferries Resume\n\n{line}\n\n{body}\n").blocks[1]) is Paragraph


def test_the_site_s_name_over_its_menu_is_no_headline() -> None:
    """A browser's copy of a page opens with the site's name and its sections, a line each, over the headline."""
    body = "The ferry across the lake resumed on Monday after a winter of repairs to both of its landings."
    menu = "Lake Ledger\nNews\nFerries\nClimate\nSign in"
    text = f"{menu}\n\nFerry service resumes across the lake\n\nIt was a long winter.\n\n{body}\n\n{body}\n"
    assert newsdoc.parse_text(text).title == "Ferry service resumes across the lake"


@pytest.mark.parametrize(("name", "authors"), [("Nell Arkwright", ("Nell Arkwright",)), ("Saltcote", ())])
def test_the_headline_over_a_writers_name_and_the_date_under_a_short_menu(name: str, authors: tuple[str]) -> None:
    """The site's name and two buttons over the headline; under it, the writer's name and the date, a line each.

    (A word alone over the date names no writer: a place, a section.)
    """
    body = "The tide mill at Saltcote ground its first sack of flour since 1985 on Saturday, watched by 300."
    text = f"Estuary Weekly\nMenu\nSearch\n\nTide mill turns again after forty years\n\n{name}\nSeptember 14, 2025\n\n"
    article = newsdoc.parse_text(f"{text}{body}\n\n{body}\n")
    assert (article.title, article.authors) == ("Tide mill turns again after forty years", authors)
    assert article.blocks[:3] == (
        Fragment(text="Estuary Weekly"),
        Fragment(text="Menu", spacing="\n"),
        Fragment(text="Search", spacing="\n"),
    )


@pytest.mark.parametrize("post", ["Contributing Editor at Harbour Voices", "Staff writer", "Islands correspondent"])
def test_an_author_boxs_name_and_post_over_the_bio_are_no_body(post: str) -> None:
    """An author box: the writer's name, her post on a line of its own, then her bio."""
    bio = "Ines Volk is a contributing editor who covers the islands."
    text = f"Ferries Resume\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\nInes Volk\n\n{post}\n\n{bio}\n"
    page = (
        f"<article><h1>Ferries Resume</h1><p>By Ines Volk</p><p>{FERRY}</p><p>{FERRY}</p><div class='author-bio'>"
        f"<div class='name'>Ines Volk</div><div class='job'>{post}</div><p>{bio}</p></div></article>"
    )
    for article in (newsdoc.parse_text(text), newsdoc.parse_html(page)):
        assert [type(block) for block in article.blocks[-3:]] == [Fragment, Fragment, newsdoc.Bio]
        assert newsdoc.Paragraph(text=post) not in article.blocks
    # A short line between a name and a bio that is no post stays what it is
    text = f"Ferries Resume\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\nInes Volk\n\nThe ferry sails at noon.\n\n{bio}\n"
    assert Paragraph(text="The ferry sails at noon.") in newsdoc.parse_text(text).blocks


@pytest.mark.parametrize("line", ["\U0001f4f0", "\u2766", "\u2605 \u2605 \u2605", "\u25c6\u25c6\u25c6"])
def test_a_line_of_pictographs_alone_is_no_body(line: str) -> None:
    """A callout's emoji, a dingbat between sections: symbols and no word, set as a line or an element of its own."""
    body = "The mill ground its first sack of flour on Saturday. A crowd of 300 watched it turn."
    article = newsdoc.parse_text(f"Tide Mill Turns Again\n\n{body}\n\n{line}\n\n{body}\n")
    assert article.blocks[2] == Fragment(text=line)
    page = f"<article><h1>Tide Mill Turns Again</h1><p>{body}</p><div class='c'><div>{line}</div><p>{body}</p></div>"
    assert newsdoc.parse_html(page).blocks == (Paragraph(text=body), Paragraph(text=body))
    # Punctuation alone is none: a scraper sets the comma after a link on a line of its own
    blocks = newsdoc.parse_text(f"Tide Mill Turns Again\n\n{body}\n\nFollow us on\nFacebook\n,\nInstagram\n.\n").blocks
    assert not any(type(block) is Fragment and block.text in ",." for block in blocks)


@pytest.mark.parametrize("mark", ["[IMG]", "[INLINE]", "[image]", "[8][IMG]"])  # the last, a link to the picture
def test_a_text_browsers_mark_where_a_picture_stood_and_the_caption_under_it(mark: str) -> None:
    """Lynx writes "[IMG]" for a picture without alt text: furniture, and the picture of the caption under it."""
    caption = "Crowds on the quay at Saltcote as the mill wheel turns. (Estuary Weekly/Nell Arkwright)"
    body = "The mill ground its first sack of flour on Saturday. A crowd of 300 watched it turn."
    text = f"Tide Mill Turns Again\n\n   By Nell Arkwright\n\n   {mark}\n\n   {caption}\n\n   {body}\n\n   {body}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[2] == Fragment(text=mark, spacing="\n\n   ")
    assert blocks[3] == Caption(
        text=caption.partition(" (")[0], credit="Estuary Weekly/Nell Arkwright", spacing="\n\n   "
    )


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Nell Arkwright | Estuary Gazette", ("Nell Arkwright",)),  # the writer and her paper
        ("Nell Arkwright \u00b7 The Saltcote Times", ("Nell Arkwright",)),
        ("Saltcote Quay | Local News", ()),  # a place and a section
    ],
)
def test_a_name_and_the_paper_under_the_headline_sign_the_piece(line: str, authors: tuple[str, ...]) -> None:
    body = "The tide mill at Saltcote ground its first sack of flour since 1985 on Saturday, watched by a crowd of 300."
    article = newsdoc.parse_text(f"Tide Mill Turns Again\n\n{line}\n\n{body}\n\n{body}\n")
    assert article.authors == authors
    assert (article.blocks[1] == Fragment(text=line, role="byline")) is bool(authors)


@pytest.mark.parametrize(
    ("tail", "bios"),
    [
        # the story's last word on one of its people, where the byline names another writer: the body's
        ("Odo Brack is a reporter, and it was he who found the ferry's old logbook.", 0),
        ("Odo Brack es periodista y fue quien encontr\u00f3 el cuaderno de bit\u00e1cora.", 0),
        # after the writer's own bio, another's: a contributor's
        ("Ines Volk is a reporter on the Skerry Ledger.\n\nOdo Brack is a photographer on the Skerry Ledger.", 2),
        # the writer's, by a name the byline gives in part
        ("Ines Volk-Brack is a reporter on the Skerry Ledger.", 1),
    ],
)
def test_a_bio_of_someone_the_byline_does_not_name_under_the_body_is_the_body_s(tail: str, bios: int) -> None:
    text = f"Ferries Resume After the Storm\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{tail}\n"
    page = f"<article><h1>Ferries Resume</h1><p>By Ines Volk</p><p>{FERRY}</p><p>{FERRY}</p>"
    page += "".join(f"<p>{line}</p>" for line in tail.split("\n\n"))
    for article in (newsdoc.parse_text(text), newsdoc.parse_html(page + "</article>")):
        assert len(article.blocks_of(newsdoc.Bio)) == bios
    # Markup that calls it a bio has the last word
    last = tail.rpartition("\n")[2]
    marked = newsdoc.parse_html(f"{page.rpartition('<p>')[0]}<p class='author-bio'>{last}</p>")
    assert isinstance(marked.blocks[-1], newsdoc.Bio)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Odo Brack is a marine biologist at Skerry University.", newsdoc.Bio),  # a scientist by her field
        ("Odo Brack is a glaciologist who has studied the Skerry ice cap since 2009.", newsdoc.Bio),
        ("Odo Brack is a former nurse who now farms oysters on Skerry.", Paragraph),  # no trade a bio names
        ("Odo Brack is an emergency physician at Skerry General Hospital.", newsdoc.Bio),  # a clinician's op-ed
        # her degrees after her name sign a professional's op-ed, whatever the trade
        ("Odo Brack, M.D., is a family doctor on Skerry.", newsdoc.Bio),
        ("Odo Brack, RN, MPH, is a charge nurse on the Skerry ward.", newsdoc.Bio),
        ("Odo Brack, 54, is a former nurse who now farms oysters on Skerry.", Paragraph),  # her age: a story's
    ],
)
def test_a_bio_under_a_piece_without_a_byline_names_a_trade(line: str, kind: type) -> None:
    assert (
        type(newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{line}\n").blocks[-1]) is kind
    )


@pytest.mark.parametrize(
    ("over", "joined"),
    [
        ("Volunteers plant pine saplings on the burnt slope", True),  # a caption's phrase, no full stop
        ("Wolontariusze sadz\u0105 sosny na spalonym zboczu", True),
        ("What the Council Decided on Tuesday", False),  # a subheading in title case
        ("What happens next", False),  # or a few words of one
        ("Read more: pines planted on the burnt slope", False),  # a label's line
    ],
)
def test_a_credit_a_blank_line_under_a_captions_phrase_is_its(over: str, joined: bool) -> None:
    """A scraper writes a caption and its credit as two elements, a blank line apart; many a caption is a phrase."""
    body = "The tide mill at Saltcote ground its first sack of flour since 1985 on Saturday, watched by a crowd of 300."
    text = f"Tide Mill Turns Again\n\nBy Nell Arkwright\n\n{body}\n\n{over}\n\nPhoto: Tom Ek\n\n{body}\n"
    blocks = newsdoc.parse_text(text).blocks
    if joined:
        assert blocks[3] == Caption(text=over, credit="Tom Ek", credit_prefix="\n\nPhoto: ", credit_suffix="")
    else:
        assert not isinstance(blocks[3], Caption)
        assert blocks[4] == Caption(text="", credit="Tom Ek", credit_prefix="Photo: ", credit_suffix="")


def test_a_strangers_bio_under_a_quotation_that_ends_the_body_is_the_body_s() -> None:
    line = "Odo Brack is a reporter, and it was he who found the ferry's old logbook."
    page = (
        f"<article><h1>Ferries Resume</h1><p>By Ines Volk</p><p>{FERRY}</p><p>{FERRY}</p>"
        f"<blockquote><p>Here the ferry waited for the tide, and here it will wait again.</p></blockquote><p>{line}</p>"
    )
    assert newsdoc.parse_html(page).blocks[-1] == Paragraph(text=line)


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (
            "Crowds on the quay at Saltcote \u2014 Photo: Tom Ek/Estuary TV",
            "Crowds on the quay at Saltcote",
            "Tom Ek/Estuary TV",
        ),
        (
            "Fila na pra\u00e7a de Saltcote \u2013 Foto: Reprodu\u00e7\u00e3o/TV Vale",
            "Fila na pra\u00e7a de Saltcote",
            "Reprodu\u00e7\u00e3o/TV Vale",
        ),
        (  # a hyphen for the dash, spaces around it, as Brazilian sites set it
            "Fila na pra\u00e7a de Saltcote - Foto: Ana Lima/AFP",
            "Fila na pra\u00e7a de Saltcote",
            "Ana Lima/AFP",
        ),
    ],
)
def test_a_captions_phrase_then_a_dash_and_a_labelled_credit(caption: str, text: str, credit: str) -> None:
    found = classify.find_credit(caption, newsdoc.DEFAULT_CUES)
    assert found is not None
    assert (found.text, found.credit, found.strong) == (text, credit, True)
    # A dash and a label amid a sentence of the body credit nothing
    assert (
        classify.find_credit("The ferry \u2014 Photo: the best of the day \u2014 was late.", newsdoc.DEFAULT_CUES)
        is None
    )


@pytest.mark.parametrize("under", ["Housing correspondent", "Staff Writer, Estuary Weekly"])
def test_the_writers_post_under_the_byline_is_no_body(under: str) -> None:
    body = "The tide mill at Saltcote ground its first sack of flour since 1985 on Saturday, watched by a crowd of 300."
    for text in (
        f"Tide Mill Turns Again\n\nBy Nell Arkwright\n\n{under}\n\n{body}\n",
        f"# Tide Mill\n\nBy Nell Arkwright\n\n{under}\n\n{body}\n",
    ):
        article = (newsdoc.from_markdown if text.startswith("#") else newsdoc.parse_text)(text)
        assert article.blocks[2] == Fragment(text=under)
        assert article.authors == ("Nell Arkwright",)
    # Under a line that names no writer, a line of a few words stays what it is
    article = newsdoc.parse_text(f"Tide Mill Turns Again\n\nThe mill\n\n{under}\n\n{body}\n")
    assert Fragment(text=under) not in article.blocks


@pytest.mark.parametrize("credit", ["supplied", "handout", "Supplied"])
def test_a_labelled_phrase_that_credits_in_brackets(credit: str) -> None:
    """A picture the subject or a firm handed over is credited so, in brackets after the caption's label."""
    found = classify.find_credit(f"The choir on the quay at Saltcote (Photo: {credit})", newsdoc.DEFAULT_CUES)
    assert found is not None
    assert (found.credit, found.prefix, found.strong) == (credit, " (Photo: ", True)
    # A label that is no picture's, over the same words, is a sentence's aside
    assert classify.find_credit(f"The choir on the quay at Saltcote (note: {credit})", newsdoc.DEFAULT_CUES) is None


_METADATA = (
    "---\n"
    "title: Tide mill turns again after forty years\n"
    "author: By Nell Arkwright\n"
    "url: https://estuary.example/news/tide-mill\n"
    "hostname: estuary.example\n"
    "description: Volunteers spent six winters rebuilding the wheel.\n"
    "sitename: Estuary Weekly\n"
    "date: 2025-09-14\n"
    "tags: ['heritage', 'milling']\n"
    "---"
)
_MILL = "The tide mill at Saltcote ground its first sack of flour since 1985 on Saturday, watched by a crowd of 300."


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
@pytest.mark.parametrize(
    ("under", "title"),
    [
        (f"\n{_MILL}\n", None),  # the converter's text under its metadata: the body alone
        (f"\n\nTide mill turns again after forty years\n\n{_MILL}\n", "Tide mill turns again after forty years"),
    ],
)
def test_a_converters_metadata_over_the_text_gives_the_articles_fields(
    line_end: str, under: str, title: str | None
) -> None:
    """A converter asked for a page's metadata with its text opens the text with it, as Markdown front matter."""
    text = (_METADATA + under).replace("\n", line_end)
    article = newsdoc.parse_text(text)
    assert article.blocks[0] == Fragment(text=_METADATA.replace("\n", line_end), role="front_matter")
    assert (article.title, article.authors, article.url, article.publication, article.published, article.tags) == (
        "Tide mill turns again after forty years",
        ("Nell Arkwright",),
        "https://estuary.example/news/tide-mill",
        "Estuary Weekly",
        dt.date(2025, 9, 14),
        ("heritage", "milling"),
    )
    # The text under it is read as ever: the headline it shows, then the body
    assert [block.text for block in article.blocks_of(Heading)] == ([title] if title else [])  # type: ignore[attr-defined]
    assert article.blocks[-1] == Paragraph(
        text=_MILL, spacing=(line_end * 2 if line_end != "\n" else None) if title else line_end
    )
    assert newsdoc.to_text(article) == text
    assert newsdoc.from_json(newsdoc.to_json(article)) == article
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


def test_lines_between_two_rules_that_name_no_field_of_the_article_are_the_texts() -> None:
    text = f"---\nUpdate: the mill opens on Sundays only.\n---\n\n{_MILL}\n"
    article = newsdoc.parse_text(text)
    assert not any(isinstance(block, Fragment) and block.role == "front_matter" for block in article.blocks)
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    ("line", "page"),
    [
        ("Related stories: Keepers leave the Varn Point light", True),
        ("More explainers: Who keeps a lighthouse?", True),
        ("関連記事：灯台守が島を去る", True),  # Japanese and Hebrew
        ("קראו עוד: שומרי המגדלור", True),
        # (a guard, which passes without the rule too) the label's words in the story's sentence, no colon
        ("Related stories ran in the keepers' own paper for a decade.", False),
    ],
)
def test_a_link_after_a_boxs_label_amid_the_story_is_the_pages(line: str, page: bool) -> None:
    """A box's label (the cues' ``link_boxes``) with a colon, then another story's headline, on a line amid the
    story: the page's link, as a box of one."""
    text = f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{line}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert newsdoc.to_text(article) == text
    assert (Fragment(text=line) in article.blocks) is page


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("What the keepers kept", True),
        ("Why does the light still matter?", True),  # a question the section answers
        ("3 things the keepers logged", True),
        ("LIFE ON THE ROCK", True),  # in capitals, as wire copy sets it
        ("Why?", False),  # a question of one word, that the story asks
        ("Here is what the log shows:", False),  # a colon leads into the next paragraph
        # in quote marks, what someone said, as British and German papers set a subheading
        ("\u201cWe never missed a night\u201d", True),
        ("\u00bbWir haben keine Nacht verpasst\u00ab", True),
        ("Keepers recall the \u2018long dark\u2019", True),
        ('\u201eWir haben keine Nacht verpasst"', True),  # a German quote a straight mark closes
        ("\u00bfQui\u00e9n guardaba el faro en invierno?", True),  # a Spanish question, its opening mark first
        # (guards, which pass without the rule too) a sentence in quote marks: a quote's words
        ("\u201cWe never missed a night.\u201d", False),
        ("They called it the \u2018long dark?\u2019", False),  # a sentence's end in the quote marks
        ("the keepers kept a log", False),  # in lower case: a sentence's piece
        ("Consider the log of 1911 \u2014 \u201c", False),  # a sentence's piece that ends where a link cut it
        ("Shutterstock", False),  # a picture's credit
        ("A line of more than twelve words that runs on and on without any full stop at all", False),
    ],
)
def test_a_line_between_paragraphs_of_the_story_is_its_subheading(line: str, heading: bool) -> None:
    """A subheading's element, as a scraper writes it: a few words apart between two paragraphs of prose."""
    text = f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{line}\n\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    want = Heading(text=line, level=2) if heading else Paragraph(text=line)
    assert article.blocks[2] == want
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    ("over", "heading"),
    [
        ("The board has the votes it needs.", True),  # a short sentence of its own under the story's prose
        # (guards, which pass without the rule too) a teaser's ellipsis, and a sentence's piece, over the line
        ("...", False),
        ("the keepers said", False),
    ],
)
def test_a_subheading_under_a_short_paragraph_of_the_storys(over: str, heading: bool) -> None:
    """A story's prose, one short sentence set apart under it, then a line of a few words: the next section's head."""
    text = f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{over}\n\nWhat the keepers kept\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    line = "What the keepers kept"
    assert article.blocks[3] == (Heading(text=line, level=2) if heading else Paragraph(text=line))
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    "text",
    [
        # set closer to the paragraphs than they are to each other: a piece of a sentence a link cut off
        f"The long winter of the Varn Point light\n\n{LANTERN}\nWhat the keepers kept\n{LANTERN}\n\n{LANTERN}\n",
        # under a picture's line: its caption, or a line of the page
        f"The long winter of the Varn Point light\n\n{LANTERN}\n\nvarn-light.jpg\n\nThe keepers' hut\n\n{LANTERN}\n",
        # over no prose: the page's lines after the story
        f"The long winter of the Varn Point light\n\n{LANTERN}\n\nMore from the coast\n\nFerry fares rise\n",
        # under a box of the page's that says more than its stock lines: a newsletter's pitch and its button
        f"The long winter of the Varn Point light\n\n{LANTERN}\n\nGet the island's news in your inbox every "
        f"morning, free.\n\nSign up\n\nThis site is protected by a captcha\n\n{LANTERN}\n",
    ],
)
def test_a_line_not_set_apart_between_paragraphs_of_prose_is_no_subheading(text: str) -> None:
    assert not [b for b in newsdoc.parse_text(text).blocks if isinstance(b, Heading) and b.level == 2]


@pytest.mark.parametrize("line", ["Why does the light still matter?", "What the keepers kept"])
def test_a_line_apart_from_the_prose_over_it_and_right_over_its_section_is_a_subheading(line: str) -> None:
    """A scraper may set a subheading's element a line break over its section's first paragraph, apart from the last.

    A question so set, or a line over a paragraph of the body, a line of its own sentences.
    """
    text = f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{line}\n{LANTERN}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[2] == Heading(text=line, level=2)
    assert newsdoc.to_text(article) == text
    # a line so set that asks nothing over a link's words, then the rest of its sentence, is a sentence's piece
    # (a guard, which passes without the rule too)
    cut = text.replace(f"{line}\n", "Please review our\nPrivacy Policy\n. It says what the keepers may keep.\n")
    assert not any(isinstance(block, Heading) and block.level == 2 for block in newsdoc.parse_text(cut).blocks)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_subheading_over_a_note_on_its_section(gap: str) -> None:
    """ "Transcript", then the note on how it was made, then the talk: the line heads the section, the note its own."""
    note = "This transcript was made by our newsroom from the recording and has been edited for length and clarity."
    text = f"The long winter of the Varn Point light\n\n{LANTERN}\n\nTranscript{gap}{note}\n\n{LANTERN}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[2:4] == (
        Heading(text="Transcript", level=2),
        newsdoc.Disclaimer(text=note, spacing="\n" if gap == "\n" else None),
    )


def test_a_subheading_over_the_sentence_that_leads_into_a_list() -> None:
    """The paragraph under a subheading may end in a colon, the list it leads into under it: still prose."""
    lead = "The keepers' log names three duties that no machine took over from them:"
    text = (
        f"The long winter of the Varn Point light\n\n{LANTERN}\n\nWhat the keepers kept\n\n{lead}\n\n"
        f"- the fog bell\n- the weather book\n\n{LANTERN}\n"
    )
    article = newsdoc.parse_text(text)
    assert article.blocks[2:4] == (Heading(text="What the keepers kept", level=2), Paragraph(text=lead))
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    ("over", "heading"),
    [
        ("The keepers' log names the duties no machine took over:", True),  # the sentence that leads into the list
        (LANTERN, True),  # the story's prose
        (f"{LANTERN}\n\nFacts: the Varn Point light", True),  # a box of facts, its label over it, under the prose
        # (a guard, which passes without the rule too) a menu's line over the list: no story's
        ("Harbour Daily\n\nSections", False),
    ],
)
def test_a_subheading_under_a_list_of_the_storys(over: str, heading: bool) -> None:
    """A line under the story's list, the story's prose under it, heads the next section."""
    text = (
        f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{over}\n\n"
        f"\u2022 the fog bell\n\u2022 the weather book\n\u2022 the lamp's wicks\n\nWhat the keepers left\n\n{LANTERN}\n"
    )
    article = newsdoc.parse_text(text)
    assert (Heading(text="What the keepers left", level=2) in article.blocks) is heading
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    ("over", "heading"),
    [
        ("By Ines Volk\n\n12 March 2024", True),  # a box of the piece's points under the header
        ("By Ines Volk\n\n12 March 2024\n\n4 min read", True),  # under its reading time
        (LANTERN, True),  # a box of figures amid the story
        ("Harbour Daily\n\nHome", False),  # a menu's line over a list: no story's over it (a guard, which
        # passes without the rule too)
    ],
)
def test_a_label_over_a_list_the_story_sets_apart(over: str, heading: bool) -> None:
    """ "Key points", "By the numbers": a label right over a list, the story's prose right under the list."""
    text = (
        f"The long winter of the Varn Point light\n\n{over}\n\nBy the numbers\n\n"
        f"\u2022 Three keepers, one at a time\n\u2022 Forty-one winters\n\n{LANTERN}\n"
    )
    article = newsdoc.parse_text(text)
    label = next(block for block in article.blocks if block.text == "By the numbers")
    assert (label == Heading(text="By the numbers", level=2)) == heading
    assert newsdoc.to_text(article) == text
    # Its prose under it goes on: a label at the end of the story, a list under it and nothing more, is none.
    assert (
        Heading(text="By the numbers", level=2) not in newsdoc.parse_text(text.removesuffix(f"\n\n{LANTERN}\n")).blocks
    )


def test_an_explainer_s_questions_under_its_picture_s_caption_and_a_read_more_link() -> None:
    """An explainer asks its first question under the lead picture's caption, another under a "Read more" link."""
    caption = "The Varn Point light at dusk. Photo: Ines Volk"
    text = (
        f"The long winter of the Varn Point light\n\n{caption}\n\nWhat did the keepers do?\n\n{LANTERN}\n\n"
        f"Read more: Ferry fares rise\n\nWhy does the light still matter?\n\n{LANTERN}\n\n{LANTERN}\n"
    )
    article = newsdoc.parse_text(text)
    assert [block.text for block in article.blocks if isinstance(block, Heading) and block.level == 2] == [
        "What did the keepers do?",
        "Why does the light still matter?",
    ]
    assert isinstance(article.blocks[1], Caption)
    # a line that asks nothing, under a caption, may be the caption's own second line: no subheading
    plain = text.replace("What did the keepers do?", "The keepers' hut")
    assert Paragraph(text="The keepers' hut") in newsdoc.parse_text(plain).blocks


@pytest.mark.parametrize(
    "between",
    [
        "\u201cThe lamp was the only clock we had on the rock.\u201d",  # a pull quote: it repeats the paragraph
        "The Varn Point light at dusk. Photo: Ines Volk",  # a picture's caption
        "Read more: Ferry fares rise",  # a link to another story
        "L\u00e4s ocks\u00e5: Ferry fares rise",
        "Lees ook: Ferry fares rise",
        # a link to another story and an advertisement's label under it, in any language the cues know
        "Leia tamb\u00e9m: Ferry fares rise\n\nPUBLICIDADE",
        "Czytaj te\u017c: Ferry fares rise\n\nReklama",
        "L\u00e4s ocks\u00e5: Ferry fares rise\n\nAnnons",
    ],
)
def test_a_subheading_under_what_the_story_sets_after_a_paragraph(between: str) -> None:
    """A pull quote, a caption or a link to another story may stand between a paragraph and the next subheading."""
    said = (
        "The keepers wrote the weather down at every watch. \u201cThe lamp was the only clock we had on the rock.\u201d"
    )
    text = (
        f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{said}\n\n{between}\n\n"
        f"What the keepers kept\n\n{LANTERN}\n"
    )
    article = newsdoc.parse_text(text)
    assert Heading(text="What the keepers kept", level=2) in article.blocks
    assert not [block for block in article.blocks[3:-2] if type(block) is Paragraph]
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("What the keepers kept", True),
        # (guards, which pass without the rule too)
        ("Ines Volk", False),  # a name: under a caption, a byline's
        ("March 4, 2024", False),
        ("Tamsin Oduya, lamp keeper", False),  # under a pull quote, its speaker
    ],
)
def test_what_stands_under_a_pull_quote_is_no_subheading_when_it_names_a_speaker(line: str, heading: bool) -> None:
    said = (
        "The keepers wrote the weather down at every watch. \u201cThe lamp was the only clock we had on the rock.\u201d"
    )
    quoted = "\u201cThe lamp was the only clock we had on the rock.\u201d"
    text = f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{said}\n\n{quoted}\n\n{line}\n\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert isinstance(article.blocks[4], Heading) == heading
    assert newsdoc.to_text(article) == text


def test_a_subheading_over_a_short_sentence_that_leads_into_a_quote() -> None:
    """Under a subheading the story may go on in a short sentence that ends in a colon, over what it quotes;
    so under one that asks a question whole. A question that goes on from the sentence over it (a conjunction
    first) or asks back (after a comma) is the story's own."""
    lead = "In its report, the board said:"
    quoted = "\u201cThe light will be kept as long as ships pass the point.\u201d"
    for line, heading in (
        ("What the board found", True),
        ("What did the board find?", True),
        ("Co ustali\u0142a komisja?", True),
        # (guards, which pass without the rule too)
        ("And the board?", False),
        ("That is a bold plan, isn't it?", False),
    ):
        text = f"The long winter of the Varn Point light\n\n{LANTERN}\n\n{line}\n\n{lead}\n\n{quoted}\n\n{LANTERN}\n"
        article = newsdoc.parse_text(text)
        assert isinstance(article.blocks[2], Heading) == heading
        assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    "end",
    [
        " on average.[2]",  # a footnote's mark after the full stop
        " on average.\u00b3",
        " on average\u2026",
    ],
)
def test_a_paragraph_that_ends_in_a_footnotes_mark_ends_a_sentence(end: str) -> None:
    """A subheading stands between paragraphs whose sentences end in a footnote's mark or an ellipsis."""
    over = f"Investigations by the commission have grown longer, and now take thirteen months{end}"
    text = f"Trade defence in an age of subsidies\n\n{LANTERN}\n\n{over}\n\nWorking with partners\n\n{LANTERN}\n"
    assert newsdoc.parse_text(text).blocks[3] == Heading(text="Working with partners", level=2)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("\u25a0港の新しい渡し船", True),
        ("\u25c6 運賃は据え置き", True),
        ("\u25a0", False),  # the mark alone says nothing (a guard, which passes without the rule too)
    ],
)
def test_a_subheading_marked_with_a_square_or_a_diamond(line: str, heading: bool) -> None:
    """Japanese and Korean papers open a subheading with a mark, a square or a diamond, between the paragraphs."""
    prose = "港の桟橋で新しい渡し船の運航が始まり、住民は朝早くから最初の便を待っていた。市は運賃を据え置くと発表した。"
    text = f"渡し船が再開\n\n{prose}\n\n{line}\n\n{prose}\n\n{prose}\n"
    article = newsdoc.parse_text(text)
    assert (article.blocks[2] == Heading(text=line, level=2)) == heading
    assert newsdoc.to_text(article) == text


def test_an_arabic_question_ends_a_sentence() -> None:
    over = "كيف تتعامل مدن الساحل مع كلفة المياه العذبة في كل صيف حار طويل؟"
    heading = "الفاقد قبل الجديد"
    text = f"{heading} العنوان\n\n{LANTERN}\n\n{over}\n\n{heading}\n\n{LANTERN}\n"
    assert newsdoc.parse_text(text).blocks[3] == Heading(text=heading, level=2)


def test_a_subheading_among_paragraphs_a_line_apart_after_a_wider_gap() -> None:
    """A page's text parts its paragraphs by a line break, and leaves a wider gap where an advertisement stood:
    the subheading is as far from the paragraphs around it as they are from the next, a line."""
    text = f"The long winter of the Varn Point light\n\n\n\n{LANTERN}\nWhat the keepers kept\n{LANTERN}\n{LANTERN}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[2] == Heading(text="What the keepers kept", level=2, spacing="\n")
    assert newsdoc.to_text(article) == text


def test_a_japanese_writers_profile_is_her_bio() -> None:
    """A name, its reading in kana in brackets, a wide space and the post: the writer's profile under the story.

    In the body a reading comes before an honorific or an age: a person of the story, not a bio.
    """
    said = (
        "\u8239\u9577\u306e\u5c71\u7530\u6b21\u90ce\uff08\u3084\u307e\u3060\u30fb\u3058\u308d\u3046\uff09\u3055\u3093"
        "\uff0858\uff09\u306f\u300c\u3084\u3063\u3068\u6d77\u304c\u843d\u3061\u7740\u3044\u305f\u300d\u3068\u8a71\u3057\u305f\u3002"
    )
    body = (
        "\u5d50\u3067\u6b62\u307e\u3063\u3066\u3044\u305f\u6e2f\u306e\u6e21\u3057\u8239\u304c\u3001\u706b\u66dc\u65e5"
        "\u306e\u671d\u306b\u904b\u822a\u3092\u518d\u958b\u3057\u305f\u3002\u4e57\u5ba2\u305f\u3061\u306f\u5cb8\u58c1"
        "\u3067\u62cd\u624b\u3057\u3066\u8239\u3092\u8fce\u3048\u305f\u3002"
    )
    profile = (
        "\u68ee\u7530\u82b1\u5b50\uff08\u3082\u308a\u305f\u30fb\u306f\u306a\u3053\uff09\u3000\u6e2f\u753a\u652f\u5c40"
        "\u8a18\u8005\u30021990\u5e74\u751f\u307e\u308c\u3002\u6e2f\u6e7e\u3068\u6f01\u696d\u3092\u62c5\u5f53\u3057\u3066"
        "\u3044\u308b\u3002"
    )
    title = "\u6e2f\u306e\u6e21\u3057\u8239\u3001\u4e09\u65e5\u3076\u308a\u306b\u904b\u822a\u518d\u958b"
    article = newsdoc.parse_text(f"{title}\n\n{body}\n\n{said}\n\n{body}\n\n{profile}\n")
    assert article.blocks[2] == Paragraph(text=said)
    assert article.blocks[-1] == newsdoc.Bio(text=profile, name="\u68ee\u7530\u82b1\u5b50")


def test_a_korean_reporter_s_name_and_post_sign_the_story() -> None:
    """Korean papers set the post after the name, "박지영 기자" (reporter), over the story with its stamps and under it
    with her email address: the name alone is the author's; a sentence that names her so stays the story's."""
    lead = "시는 올해 상반기에 빈 점포 스무 곳을 청년 창업자에게 빌려주기로 했다고 밝혔다."
    said = "박지영 기자가 시장을 찾았을 때 문을 연 가게는 절반이 되지 않았다."
    byline = "박지영 기자 입력 2025.04.02 09:30 수정 2025.04.02 11:10"
    text = f"군산 시장에 청년 상인 스무 명\n\n{byline}\n\n{lead}\n\n{said}\n\n박지영 기자 jypark@skerry.example\n"
    article = newsdoc.parse_text(text)
    assert article.authors == ("박지영",)
    assert article.published == dt.datetime(2025, 4, 2, 9, 30)
    assert article.blocks[1] == Fragment(text=byline, role="byline")
    assert article.blocks[3] == Paragraph(text=said)
    assert article.blocks[-1] == Fragment(text="박지영 기자 jypark@skerry.example", role="byline")
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    ("story", "line", "writers"),
    [
        # Japanese papers close a story with the writer's name in brackets; Korean and Chinese with her post by it
        ("港の桟橋で新しい渡し船の運航が始まった。住民は朝の便を待っていた。", "（山田花子）", ("山田花子",)),
        # (in ASCII brackets, a guard, which passes without the rule too)
        (
            "시는 올해 상반기에 빈 점포 스무 곳을 청년 창업자에게 빌려주기로 했다고 밝혔다.",
            "(박지영 기자)",
            ("박지영",),
        ),
        ("码头的新渡轮今天开始运行。居民们一早就在等候第一班船。", "（记者 王芳）", ("王芳",)),
        # her desk or bureau before her name, and a second writer after a comma, each with her desk
        (
            "港の桟橋で新しい渡し船の運航が始まった。住民は朝の便を待っていた。",
            "（社会部　山田花子、川口翔）",
            ("山田花子", "川口翔"),
        ),
        (
            "港の桟橋で新しい渡し船の運航が始まった。住民は朝の便を待っていた。",
            "（社会部・山田花子、港北支局・川口翔）",
            ("山田花子", "川口翔"),
        ),
    ],
)
def test_a_writers_name_in_brackets_under_the_story_signs_it(story: str, line: str, writers: tuple[str, ...]) -> None:
    text = f"{story}\n\n{story}\n\n{line}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[-1] == Fragment(text=line, role="byline")
    assert article.authors == writers
    assert newsdoc.to_text(article) == text


GREEK_NAME = "\u0393\u03b9\u03ce\u03c1\u03b3\u03bf\u03c2 \u03a0\u03ac\u03bd\u03bf\u03c5"


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("글=한도윤", ("한도윤",)),  # Korean: "text=", the writer of a column
        ("文\uff0f周晓岚", ("周晓岚",)),  # Chinese "text", a full-width slash after it
        ("筆者\uff1a松本由紀", ("松本由紀",)),  # Japanese "writer", a full-width colon
        ("文・松本由紀（社会部）", ("松本由紀",)),  # Japanese "text", her desk in brackets after her name
        # Japanese and Korean "text and pictures", a space after the label
        ("文・写真\u3000松本由紀（社会部）", ("松本由紀",)),
        ("글·사진 한도윤 기자", ("한도윤",)),
        ("本报记者 赵明 通讯员 孙悦", ("赵明", "孙悦")),  # the paper's reporter, then its correspondent
        ("港湾日报记者 赵明", ("赵明",)),  # the outlet's name run into the reporter's label
        ("文/港湾日报融媒体记者 赵明", ("赵明",)),  # after a label, the outlet and the post, ending "reporter"
        # a Japanese line (its kana tell it) sets one name's two parts apart; Chinese lists two names so (a guard,
        # which passes without the rule too)
        ("取材・文：松本 由紀（スポーツ部）", ("松本 由紀",)),
        ("文／周晓岚 吴凡", ("周晓岚", "吴凡")),
        ("撰文\uff5c周晓岚\u3000摄影\uff5c吴凡", ("周晓岚",)),  # the writer, then who took the pictures
        ("लेखक: राकेश वर्मा", ("राकेश वर्मा",)),  # Hindi "writer"
        ("रिपोर्ट: राकेश वर्मा, कोटा", ("राकेश वर्मा",)),  # Hindi "report"; a word after the name, where he wrote from
        ("كتب: ليلى منصور، سلمى حداد", ("ليلى منصور", "سلمى حداد")),  # two writers (a guard)
        ("نویسنده: مریم رضایی", ("مریم رضایی",)),  # Persian "writer"
        ("بقلم ليلى منصور", ("ليلى منصور",)),  # Arabic "by the pen of"
        ("โดย สมชาย ใจดี", ("สมชาย ใจดี",)),  # Thai "by", a space after it
        (f"\u039a\u03b5\u03af\u03bc\u03b5\u03bd\u03bf: {GREEK_NAME}", (GREEK_NAME,)),  # Greek "Text:"
        ("B\u00e0i v\u00e0 \u1ea3nh: Ph\u1ea1m Qu\u1ed1c B\u1ea3o", ("Ph\u1ea1m Qu\u1ed1c B\u1ea3o",)),  # Vietnamese
        # (guards, which pass without the rule too) a sentence after the label's word; a picture's credit, the word
        # "took" after the name; a label and a slash in a script with capitals, where a colon follows a label
        ("记者走访发现，码头上的渔船大多已经出海。", None),
        ("港湾日报记者走访发现，渔船大多已经出海。", None),
        ("本报记者 赵明 摄", None),
        ("Text/Photos: Jane Roe", None),
    ],
)
def test_a_writer_s_label_in_a_script_without_capitals_sets_the_byline(
    line: str, writers: tuple[str, ...] | None
) -> None:
    """No capital tells a name in Chinese, Japanese, Korean, Arabic or Hindi: the label before it and the mark a
    script sets after a label do ("글=", "文／", "筆者："), and names alone after them."""
    assert classify.byline_authors(line, newsdoc.DEFAULT_CUES) == writers


def test_the_writer_s_name_and_trade_open_her_bio_in_a_script_without_capitals() -> None:
    """ "ليلى منصور صحفية ..." (Layla Mansour, a journalist ...): no verb "to be" and no capital mark the name, so
    the byline's name and a trade after it do; the story's sentences that name her as its reporter stay its own."""
    lead = "أعادت مكتبة الحي القديم فتح أبوابها بعد ترميم استمر ستة أشهر، وعاد إليها القراء منذ اليوم الأول."
    said = "وقالت أمينة المكتبة إن التبرعات غطت معظم تكاليف الترميم."
    bio = "ليلى منصور صحفية تكتب عن الثقافة والمدن منذ عشر سنوات."
    text = f"مكتبة الحي تعود بعد الإغلاق\n\nكتبت: ليلى منصور\n\n{lead}\n\n{said}\n\n{bio}\n"
    article = newsdoc.parse_text(text)
    assert article.authors == ("ليلى منصور",)
    assert article.blocks[1] == Fragment(text="كتبت: ليلى منصور", role="byline")
    assert article.blocks[-1] == newsdoc.Bio(text=bio, name="ليلى منصور")
    korean = "한도윤 작가는 바닷가 마을에서 자랐으며 지금은 작은 서점을 운영하고 있다."
    lead = "태풍으로 닫혔던 해안 마을 도서관이 석 달 만에 다시 문을 열었다. 주민들은 젖은 책을 말리며 개관을 준비했다."
    text = f"바닷가 마을 도서관이 다시 문을 열었다\n\n글=한도윤\n\n{lead}\n\n{korean}\n"
    article = newsdoc.parse_text(text)
    assert article.authors == ("한도윤",)
    assert article.blocks[-1] == newsdoc.Bio(text=korean, name="한도윤")
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize(
    "note",
    [
        "作者简介\uff1a周晓岚\uff0c自由撰稿人\uff0c长期关注海岛渔村的生活\u3002",  # "the author's profile:", her name
        "\uff08作者系海洋大学副教授\uff09",  # "(the author is an associate professor at ...)", in brackets
        "(लेखिका समुद्री जीवविज्ञान की शोधकर्ता हैं।)",  # and so in Hindi, the verb last
    ],
)
def test_a_bio_labelled_or_in_brackets_in_a_script_without_capitals(note: str) -> None:
    """A Chinese paper closes an opinion piece with its writer's profile under a label, or with one line in
    brackets that says who "the author" is: her bio, whatever it says."""
    lead = "渔港的冬天来得早\uff0c十一月的渔船大多已经靠岸\uff0c码头上只剩下修补渔网的老人\u3002"
    text = f"渔港的冬天\n\n文\uff0f周晓岚\n\n{lead}\n\n{lead}\n\n{note}\n"
    article = newsdoc.parse_text(text)
    assert isinstance(article.blocks[-1], newsdoc.Bio)
    assert newsdoc.to_text(article) == text


@pytest.mark.parametrize("line", ["(इनपुट: भाषा)", "责任编辑\uff1a孙悦"])
def test_who_else_worked_on_the_piece_in_hindi_and_chinese(line: str) -> None:
    """ "(इनपुट: भाषा)": an Indian paper's note of the agency's input; "责任编辑：" the editor a Chinese site names."""
    assert classify.contribution_line(line, newsdoc.DEFAULT_CUES)


@pytest.mark.parametrize(
    ("title", "byline", "lead"),
    [
        (
            "[칼럼] 바닷가 마을 도서관이 다시 문을 열었다",  # a column
            "글=한도윤",
            "태풍으로 닫혔던 해안 마을 도서관이 석 달 만에 다시 문을 열었다. 주민들은 개관을 준비했다.",
        ),
        (
            "\u3010独家\u3011渔港的冬天来得早",  # an exclusive
            "文\uff0f周晓岚",
            "渔港的冬天来得早\uff0c十一月的渔船大多已经靠岸\uff0c码头上只剩下修补渔网的老人\u3002",
        ),
    ],
)
def test_a_section_s_tag_in_brackets_before_the_headline(title: str, byline: str, lead: str) -> None:
    """Korean and Chinese papers tag the headline with its section or kind in brackets: "[칼럼] ...", "【独家】..."."""
    text = f"{title}\n\n{byline}\n\n{lead}\n\n{lead}\n"
    article = newsdoc.parse_text(text)
    assert article.title == title
    assert article.blocks[0] == Heading(text=title, level=1)
    assert newsdoc.to_text(article) == text


def test_a_headline_that_is_a_quote_whole_over_the_byline() -> None:
    """An opinion piece or an interview may take its headline from what its writer or guest says, the quote whole:
    over the dek and the byline it is the headline; a page's title line that names it says so too."""
    title = "\u00ab Les phares ne s'\u00e9teignent pas d'eux-m\u00eames \u00bb"
    dek = "La gardienne du phare de Kervran raconte trente ans de nuits au-dessus de la mer d'Iroise."
    lead = (
        "Chaque soir, pendant trente ans, Maelle Guivarch a grimp\u00e9 les deux cents marches du phare pour "
        "v\u00e9rifier la lanterne. Elle dit qu'on ne s'habitue jamais au vent."
    )
    text = f"{title}\n\n{dek}\n\nPar Jeanne Roux\n\n12 mars 2025\n\n{lead}\n\n{lead}\n"
    article = newsdoc.parse_text(text)
    assert article.title == title
    assert article.blocks[:2] == (Heading(text=title, level=1), newsdoc.Standfirst(text=dek))
    quoted = "\u201cA Harbour Is a Promise You Keep\u201d"
    menu = "Home\n\nNews\n\nIdeas\n\nSubscribe"
    text = f"{quoted} | Port Ledger\n\n{menu}\n\n{quoted}\n\n{dek}\n\nBy Jane Roe\n\nMarch 12, 2025\n\n{lead}\n"
    assert newsdoc.parse_text(text).title == quoted


@pytest.mark.parametrize(
    "notice",
    [
        "<저작권자 © 한빛일보, 무단전재 및 재배포 금지>",  # Korean: no reproduction or redistribution without leave
        "\u00a9 2025 海港日报 版权所有",  # Chinese: all rights reserved
        "\u00a9 港町新聞 無断転載を禁じます",  # Japanese: no reprinting without leave
        "\u00a9 כל הזכויות שמורות לעיתון הנמל",  # Hebrew, Czech and Turkish: all rights reserved
        "\u00a9 2025 P\u0159\u00edstavn\u00ed listy. V\u0161echna pr\u00e1va vyhrazena.",
        "\u00a9 2025 Liman Gazetesi. T\u00fcm haklar\u0131 sakl\u0131d\u0131r.",
    ],
)
def test_a_site_s_copyright_notice_in_other_languages(notice: str) -> None:
    """The paper's notice under the story, in the words of its language: the site's furniture, no picture's credit."""
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{notice}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[-1] == Fragment(text=notice)
    page = f"<article><h1>Ferries Resume</h1><p>{FERRY}</p><p>{FERRY}</p><p>{html.escape(notice)}</p></article>"
    assert notice not in [getattr(block, "text", None) for block in newsdoc.parse_html(page).blocks]


def test_a_note_under_the_reference_mark_as_japanese_papers_set_it() -> None:
    """The reference mark ※ opens a note under a Japanese or Korean story: "※記事内の情報は取材時（4月）のものです。"
    (the article's facts are as of the reporting, in April) dates the piece, a disclaimer."""
    note = "\u203b記事内の情報は取材時\uff082025年4月\uff09のものです\u3002"
    body = "港町の小さな書店が\uff0c創業百年を迎えた\u3002店主は三代目で\uff0c今も毎朝店の前を掃いている\u3002"
    text = f"港町の書店\uff0c百年\n\n{body}\n\n{body}\n\n{note}\n"
    assert newsdoc.parse_text(text).blocks[-1] == Disclaimer(text=note)
    page = f"<article><h1>港町の書店</h1><p>{body}</p><p>{body}</p><p>{note}</p></article>"
    assert newsdoc.parse_html(page).blocks[-1] == Disclaimer(text=note)


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a Portuguese paper's note of the spelling its writer keeps (the one before the 1990 agreement)
        ("O autor escreve segundo o antigo acordo ortogr\u00e1fico.", Disclaimer),
        # Hindi: "this article first appeared in the weekly 'Tat Darpan'"
        ("यह लेख पहली बार साप्ताहिक 'तट दर्पण' में छपा था।", newsdoc.Attribution),
    ],
)
def test_notes_under_a_portuguese_and_a_hindi_piece(note: str, kind: type) -> None:
    """What a Portuguese paper notes of its writer's spelling, and a Hindi one of where the piece first appeared."""
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{FERRY}\n\n{note}\n"
    assert type(newsdoc.parse_text(text).blocks[-1]) is kind


def test_the_writer_s_name_alone_under_the_story_signs_it() -> None:
    """Vietnamese papers, and others, sign a story at its end with the writer's name on a line of its own: with no
    byline over the story, the name under its last paragraph is the byline. Over more of the story's prose, or under
    a byline, it is not."""
    lead = "Mùa mưa năm nay đến sớm, nhiều con đường ven sông ở thị trấn đã ngập từ giữa tháng Năm."
    said = "Người dân cho biết nước rút chậm hơn mọi năm vì hệ thống cống cũ đã xuống cấp nghiêm trọng."
    text = f"Thị trấn ven sông ngập sớm\n\n{lead}\n\n{said}\n\nPhạm Quốc Bảo\n"
    article = newsdoc.parse_text(text)
    assert article.authors == ("Phạm Quốc Bảo",)
    assert article.blocks[-1] == Fragment(text="Phạm Quốc Bảo", role="byline")
    # (guards, which pass without the rule too)
    assert newsdoc.parse_text(f"{text}\n{said}\n").authors == ()
    signed = newsdoc.parse_text(f"Thị trấn ven sông ngập sớm\n\nBy Ines Volk\n\n{lead}\n\n{said}\n\nPhạm Quốc Bảo\n")
    assert signed.authors == ("Ines Volk",)
    # A "Read more" label may stand right under the name, other stories' headlines under it; a box's label with its
    # headlines right under it is no name (a guard, which passes without the rule too)
    more = "Xem thêm:\nMưa lớn kéo dài ở miền Trung\nCầu mới qua sông sắp thông xe"
    assert newsdoc.parse_text(f"{text}\n{more}\n").authors == ("Phạm Quốc Bảo",)
    box = text.replace("Phạm Quốc Bảo", "Story Timeline") + "\nRiver towns brace for an early monsoon\n"
    assert newsdoc.parse_text(box).authors == ()


def test_a_menu_s_line_of_bars_over_the_headline_is_no_headline() -> None:
    """ "Home | Timetables | About | Donate", a menu's line as a browser copies it, stands over the headline."""
    text = (
        "Skerry Ledger\nHome | Timetables | How we work | Donate\n"
        "Did the ferry fares double in two years? Not quite\nBy Ines Volk\n"
        f"{FERRY}\n{FERRY}\n"
    )
    assert newsdoc.parse_text(text).title == "Did the ferry fares double in two years? Not quite"


def test_the_notes_of_an_italian_commentary_over_its_author_box_and_a_box_of_other_stories() -> None:
    """A policy institute's commentary ends as its page sets it, one line each: where it first ran, whose
    views, the box's label ("L'autrice") over her bio, then "Potrebbe interessarti anche" over two headlines.

    The headlines under the box's label are no story's prose, and so leave the notes over them under the body;
    the note names the paper after what kind it is ("sul quotidiano online La Voce del Porto").
    """
    body = [
        "Il traghetto per l'isola \u00e8 tornato in servizio luned\u00ec, dopo quattro mesi di lavori al motore"
        " e allo scafo, ha detto la compagnia.",
        "I passeggeri hanno fatto la fila dall'alba, e la prima corsa \u00e8 partita con dieci minuti di ritardo"
        " per la folla sul molo.",
    ]
    note = "Questo commento \u00e8 stato pubblicato originariamente sul quotidiano online La Voce del Porto."
    views = "Le opinioni espresse sono strettamente personali e non riflettono quelle dell'istituto."
    bio = (
        "Lucia Ferri \u00e8 ricercatrice del programma Trasporti dell'istituto, dove si occupa di porti e isole minori."
    )
    box = [
        "Potrebbe interessarti anche",
        "Porti minori: cosa dicono i dati del trimestre",
        "Le isole e il caro traghetti",
    ]
    text = "\n".join(["Il traghetto torna in servizio", *body, note, views, "L'autrice", bio, *box]) + "\n"
    blocks = [attrs.evolve(block, spacing=None) for block in newsdoc.parse_text(text).blocks]
    assert blocks[3:] == [
        newsdoc.Attribution(text=note, kind=newsdoc.AttributionKind.ORIGINALLY_PUBLISHED, source="La Voce del Porto"),
        newsdoc.Disclaimer(text=views),
        Fragment(text="L'autrice"),
        newsdoc.Bio(text=bio, name="Lucia Ferri"),
        *(Fragment(text=line) for line in box),
    ]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By INES VOLK | Staff Writer", ("Ines Volk",)),
        ("By INES O'VOLK-BERG and TOMAS BERG", ("Ines O'Volk-Berg", "Tomas Berg")),
        ("By AFP", ("AFP",)),  # (a guard, which passes without the rule too: an agency's initials are no name)
    ],
)
def test_writers_a_byline_sets_in_capitals_are_named_as_names_are_written(
    byline: str, authors: tuple[str, ...]
) -> None:
    """A local paper's style sets its bylines in capitals: the byline keeps them, the article's authors do not."""
    article = newsdoc.parse_text(f"Ferries Resume\n\n{byline}\n\n{FERRY}\n\n{FERRY}\n")
    assert article.blocks[1] == Fragment(text=byline, role="byline")
    assert article.authors == authors
    html = newsdoc.parse_html(f"<article><h1>Ferries Resume</h1><p>{byline}</p><p>{FERRY}</p><p>{FERRY}</p></article>")
    assert html.authors == authors


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Reporter Ines Volk can be reached at ivolk@skerryledger.example or 555-0134.", "Ines Volk"),
        ("Dr. Ines Volk is a lecturer in maritime history at the Harbour Institute.", "Ines Volk"),
        ("Dr Volk is a lecturer in maritime history at the Harbour Institute.", "Dr Volk"),  # her surname alone
    ],
)
def test_a_bios_name_is_the_persons_without_the_title_or_the_job_before_it(line: str, name: str) -> None:
    block = newsdoc.parse_text(f"Ferries Resume\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{line}\n").blocks[-1]
    assert block == newsdoc.Bio(text=line, name=name)


def test_a_marked_line_that_introduces_the_writer_names_the_bylines_writer() -> None:
    """ "*Penulis adalah dosen ...*" (the writer is a lecturer), set in italics under the piece: the byline's writer,
    not a person called "Penulis"."""
    bio = "*Penulis adalah dosen di Universitas Pelabuhan dan peneliti kebijakan maritim.*"
    article = newsdoc.parse_text(f"Ferries Resume\n\nBy Rahmat Hidayat\n\n{FERRY}\n\n{FERRY}\n\n{bio}\n")
    assert article.blocks[-1] == newsdoc.Bio(text=bio, name="Rahmat Hidayat")


def test_a_byline_under_the_storys_paragraphs_heads_none_of_them() -> None:
    """A Thai paper signs its stories at their end ("ผู้เขียน:", writer), in a script that parts no words with
    spaces and ends no sentence with a full stop: its paragraphs are long, no headlines over the byline, and the
    headline stands at the top."""
    para = " ".join(["ผู้ว่าราชการจังหวัดสั่งให้หน่วยงานราชการทำงานจากบ้านสามวัน หลังจากค่าฝุ่นละอองในเมืองสูงเกินมาตรฐาน"] * 4)
    last = " ".join(["เจ้าหน้าที่ดับไฟป่าในพื้นที่ภูเขาได้แล้วหลายจุด แต่ลมแรงทำให้การควบคุมไฟเป็นไปอย่างยากลำบาก"] * 4)
    headline = "ฝุ่นในเมือง PM2.5 เกินมาตรฐาน 4 เท่า"
    article = newsdoc.parse_text(f"{headline}\n\n{para}\n\n{para}\n\n{last}\n\nผู้เขียน: ณัฐวุฒิ แก้วมณี\n")
    assert (article.title, article.authors) == (headline, ("ณัฐวุฒิ แก้วมณี",))
    assert article.blocks[1:-1] == (Paragraph(text=para), Paragraph(text=para), Paragraph(text=last))


def test_a_review_s_dek_under_its_stars() -> None:
    """A review sets its rating between the headline and the dek: the dek is still the dek."""
    dek = "The harbour company's new staging trades spectacle for a quiet, cold night at sea."
    lead = "For two hours the stage stays almost dark, and the storm is only a sound from the wings."
    text = f"A Storm Without Thunder\n\n\u2605\u2605\u2605\u2606\u2606\n\n{dek}\n\nBy Ines Volk\n\n{lead}\n\n{FERRY}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[1:3] == (Fragment(text="\u2605\u2605\u2605\u2606\u2606"), newsdoc.Standfirst(text=dek))
    # not past a run of the page's lines to a line under them (a guard, which passes without the rule too)
    menu = "\n\n".join(("Skip to content", "Subscribe", "Advertisement"))
    blocks = newsdoc.parse_text(f"A Storm Without Thunder\n\n{menu}\n\n{dek}\n\nBy Ines Volk\n\n{lead}\n").blocks
    assert not any(isinstance(block, newsdoc.Standfirst) for block in blocks)


def test_a_reviews_venue_between_the_headline_and_the_dek() -> None:
    """A review names its venue under the headline, a place and its town; it is no short headline, the dek no body."""
    head = "Low Water review \u2013 mud, memory and a thousand broken plates"
    dek = (
        "A museum best known for its shipping models hands its grandest room to a potter who digs her clay out of"
        " the riverbank. The result is messy, moving and now and then baffling"
    )
    text = f"Exhibitions\n{head}\nNorthmoor Museum, Hullbridge\n{dek}\nBy Ines Volk\nPublished 22 April 2025\n"
    article = newsdoc.parse_text(f"{text}{FERRY}\n\n{FERRY}\n")
    assert article.title == head
    assert [block.text for block in article.blocks_of(newsdoc.Standfirst)] == [dek]


def test_the_sites_name_over_the_breadcrumb_trail_is_no_headline() -> None:
    """A page sets its masthead over the trail, the headline under it, though the story names the paper too."""
    head = "Why the island lost its ferry for three days in a row"
    lead = "A Skerry Gazette review of the harbour board's logs found the slipway had been cracked since spring."
    text = f"Skerry Gazette\n\nNews \u203a Transport\n\n{head}\n\nInes Volk and Tomas Ekker\nMay 12, 2024\n\n"
    article = newsdoc.parse_text(f"{text}{lead}\n\n{FERRY}\n")
    assert article.title == head


def test_a_reviews_headline_over_its_stars_over_a_dek_with_no_full_stop_and_a_bare_byline() -> None:
    """The dek over the writer's name and the date has a headline's shape too; the headline over the stars is it."""
    head = "A Storm Without Thunder review \u2013 a cold, quiet night at sea"
    dek = "The harbour company's new staging trades spectacle for silence: brave, slow and all the better for it"
    lead = "For two hours the stage stays almost dark, and the storm is only a sound from the wings."
    text = f"Theatre\n\n{head}\n\n\u2605\u2605\u2605\u2606\u2606\n\n{dek}\n\nInes Volk\n\nFri 14 Mar 2025 09.00 GMT\n\n"
    article = newsdoc.parse_text(f"{text}{lead}\n\n{FERRY}\n")
    assert article.title == head
    assert [block.text for block in article.blocks_of(newsdoc.Standfirst)] == [dek]


@pytest.mark.parametrize(
    "lines",
    [
        # an email newsletter's archive on the web, in Turkish and Portuguese: its link to the browser over the issue,
        # the question to whom it was forwarded, why it came and how to stop it under it
        ("Tarayıcıda görüntüle", "Bu e-postayı size biri mi iletti? Buradan abone olun.", "Abonelikten çık"),
        ("Ver no navegador", "Você está recebendo este e-mail porque assinou a Carta do Cais.", "Cancelar inscrição"),
        ("View in browser", "You are receiving this email because you signed up at the Quay Letter.", "Unsubscribe"),
        # a live page's labels; a public body's question; a company's release's end mark
        ("Pinned post", "Key events", "Wichtige Ereignisse"),
        ("Was this page helpful?", "###", "Comments are closed on this article."),
        # a page's question with its buttons on its line, or its buttons under it
        ("Was this article helpful?  Yes  No", "Is this page useful?", "Ja  Nein"),
        # a paywall's lines, in Spanish, Japanese and English
        (
            "\u00bfYa eres suscriptor?",
            "\u3053\u306e\u8a18\u4e8b\u306f\u4f1a\u54e1\u9650\u5b9a\u3067\u3059\u3002",
            "This article is for subscribers only",
        ),
    ],
)
def test_a_newsletter_s_a_live_page_s_and_a_release_s_lines_are_the_page_s(lines: tuple[str, str, str]) -> None:
    first, *rest = lines
    text = "\n\n".join(["Ferries Resume", first, FERRY, FERRY, *rest]) + "\n"
    blocks = newsdoc.parse_text(text).blocks
    assert [block for block in blocks if type(block) is Fragment] == [Fragment(text=line) for line in lines]
    assert [block.text for block in blocks if type(block) is Paragraph] == [FERRY, FERRY]


def test_a_sentence_that_opens_with_a_word_of_a_newsletter_s_link_is_the_story_s() -> None:
    """A newsletter's "Abmelden" (unsubscribe) is a whole line; a sentence may open with the word."""
    sentence = "Abmelden können sich Eltern noch bis Freitag im Rathaus, sagte die Bürgermeisterin."
    blocks = newsdoc.parse_text(f"Fähren fahren wieder\n\n{FERRY}\n\n{sentence}\n\nAbmelden\n").blocks
    assert blocks[-2:] == (Paragraph(text=sentence), Fragment(text="Abmelden"))


@pytest.mark.parametrize(
    ("byline", "bio", "pitch"),
    [
        (  # (a guard, which passes without the rule too)
            "By Ines Volk",
            "Ines Volk is a senior editor at the Skerry Ledger.",
            "The Skerry Ledger is a nonprofit newsroom. We have no paywall, and reporting like this depends on "
            "readers like you. Donate today.",
        ),
        # in Spanish, the bio's trade one the cues have in it now, and German
        (
            "Por Ines Volk",
            "Ines Volk es editora de la secci\u00f3n de puertos de El Faro del Cabo.",
            "\u00bfTe gust\u00f3 este reportaje? El Faro del Cabo es un medio sin fines de lucro. Dona desde 5 euros "
            "al mes.",
        ),
        (
            "Von Ines Volk",
            "Ines Volk ist Journalistin aus Kiel und schreibt \u00fcber die H\u00e4fen der Ostsee.",
            "Die Hafenzeitung ist frei von Werbung. Wir finanzieren uns \u00fcber unsere Mitglieder.",
        ),
    ],
)
def test_a_writer_s_bio_over_the_newsroom_s_pitch_closes_the_piece(byline: str, bio: str, pitch: str) -> None:
    """The newsroom's sentence or two to its reader under the bio ("We are a nonprofit. Donate.") is the page's."""
    body = (
        "The ferry service across the sound resumed on Monday after a winter of repairs to both landings. The "
        "operator said crossings would run every hour until the autumn, and the harbour board agreed to fund a "
        "second boat for the busiest weeks of the summer."
    )
    text = f"Ferries Resume After the Storm\n\n{byline}\n\n{body}\n\n{body}\n\n{bio}\n\n{pitch}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[-2] == newsdoc.Bio(text=bio, name="Ines Volk")
    assert blocks[-1] == Fragment(text=pitch)


def test_a_critics_line_under_the_review_is_a_bio() -> None:
    """A review's last line says who its critic is; a source who criticises stays the story's."""
    line = "Ines Volk is the Skerry Ledger's restaurant critic. Her book of reviews is published in June."
    assert newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\n{line}\n").blocks[-1] == newsdoc.Bio(
        text=line, name="Ines Volk"
    )
    # (a guard, which passes without the rule too)
    said = "Mara Lind is a longtime critic of the council's ferry plan and has said so at every meeting."
    assert newsdoc.parse_text(f"Ferries Resume\n\n{FERRY}\n\n{FERRY}\n\n{said}\n").blocks[-1] == Paragraph(text=said)


def test_a_subheading_under_a_quote_closed_as_french_sets_it() -> None:
    """French sets a space before the closing guillemet: the quote under it still ends its sentence."""
    quote = "« Le bac de nuit revient, mais il faudra du monde à bord pour qu'il reste, dit la maire. »"
    lead = "Le premier bac de nuit a quitté le quai mardi, avec quarante passagers et le courrier de l'île."
    text = f"Le bac de nuit revient\n\n{lead}\n\n{quote}\n\nUn équipage au complet\n\n{lead}\n"
    blocks = newsdoc.parse_text(text).blocks
    assert blocks[3] == Heading(text="Un équipage au complet", level=2)


@pytest.mark.parametrize(
    ("title", "lead", "line"),
    [
        # Hindi and Bengali end a sentence with the danda, Urdu with its own full stop
        (
            "नदी पर नया पुल खुला",
            "शहर के उत्तरी हिस्से में नदी पर बना नया पुल मंगलवार सुबह आम लोगों के लिए खोल दिया गया। पुल बनने में तीन साल लगे।",
            "बाजार तक आसान रास्ता",
        ),
        (
            "নদীর ওপর নতুন সেতু চালু",
            "শহরের উত্তর দিকে নদীর ওপর তৈরি নতুন সেতুটি মঙ্গলবার সকালে সবার জন্য খুলে দেওয়া হয়েছে। এটি তৈরি করতে তিন বছর লেগেছে।",
            "বাজারে যাওয়া সহজ",
        ),
        (
            "دریا پر نیا پل کھل گیا",
            "شہر کے شمالی حصے میں دریا پر بنا نیا پل منگل کی صبح عوام کے لیے کھول دیا گیا۔"
            " پل کی تعمیر میں تین سال لگے۔",
            "بازار تک آسان راستہ",
        ),
    ],
)
def test_a_subheading_between_paragraphs_ended_by_a_full_stop_of_another_script(
    title: str, lead: str, line: str
) -> None:
    blocks = newsdoc.parse_text(f"{title}\n\n{lead}\n\n{line}\n\n{lead}\n").blocks
    assert blocks[2] == Heading(text=line, level=2)
    # a short sentence, ended by its stop, is no subheading (and, five words that repeat the lead, no pull quote)
    said = lead.rsplit(maxsplit=5)[-5:]
    said = " ".join(said)
    assert newsdoc.parse_text(f"{title}\n\n{lead}\n\n{said}\n\n{lead}\n").blocks[2] == Paragraph(text=said)


@pytest.mark.parametrize(
    ("lead", "words"),
    [
        # Hindi's vowel signs, and Bengali's
        ("सुबह के समय पुल पर भारी भीड़ रही और लोग देर शाम तक वहीं रुके रहे।", "पुल बनाने में तीन साल लगे।"),
        ("সকালে সেতুর ওপর অনেক ভিড় ছিল এবং মানুষ সন্ধ্যা পর্যন্ত সেখানে ছিলেন।", "এটি তৈরি করতে তিন বছর লেগেছে।"),
    ],
)
def test_a_word_with_its_combining_marks_is_one_word(lead: str, words: str) -> None:
    """A vowel sign is part of its word: a sentence of five words that repeats the story is no pull quote, as five
    English words are not (each word was counted as the pieces between its marks)."""
    lead = f"{lead} {words}"
    blocks = newsdoc.parse_text(f"नया पुल\n\n{lead}\n\n{words}\n\n{lead}\n").blocks
    assert blocks[2] == Paragraph(text=words)


@pytest.mark.parametrize(
    ("lead_in", "quote"),
    [
        (
            "In a statement posted to its website, the ferry company said:",
            "The safety of our passengers comes first. We will sail again when the harbour master says it is safe.",
        ),
        ("The letter to the council read in part:", "Dear councillors, we ask you once more to keep the night ferry."),
        # in quote marks, a quote already (a guard, which passes without the rule too)
        (
            "En un comunicado enviado a los vecinos, la naviera escribía:",
            "\u00abEl servicio nocturno volverá en cuanto el puerto lo permita.\u00bb",
        ),
    ],
)
def test_the_statement_a_sentence_leads_into_with_a_colon_is_a_quote(lead_in: str, quote: str) -> None:
    """A page sets off the statement that a sentence of the story leads into ("..., the company said:") as a
    block quote; a scraper writes it as the paragraph under that sentence."""
    text = f"Ferries Resume\n\n{FERRY}\n\n{lead_in}\n\n{quote}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    assert article.blocks[3] == newsdoc.Quote(text=quote)
    assert newsdoc.to_text(article) == text
    # (guards, which pass without the rule too) what a colon leads into without a word of saying; a list's item
    said = "The safety of our passengers comes first. We will sail again when the harbour master says it is safe."
    for over, under in (("The new timetable has two changes:", said), (lead_in, "- The first ferry leaves at six.")):
        text = f"Ferries Resume\n\n{FERRY}\n\n{over}\n\n{under}\n\n{FERRY}\n"
        assert type(newsdoc.parse_text(text).blocks[3]) is not newsdoc.Quote


def test_a_sentence_that_opens_with_a_share_buttons_words_is_the_storys() -> None:
    """A share button says where it shares ("Partager sur Facebook"); a sentence may open with its words (a guard,
    which passes without the rule too)."""
    sentence = "Partager sur les réseaux sociaux ne suffit pas, a dit la maire aux habitants du port mardi soir."
    blocks = newsdoc.parse_text(f"Le bac de nuit revient\n\n{FERRY}\n\n{sentence}\n\n{FERRY}\n").blocks
    assert blocks[2] == Paragraph(text=sentence)


@pytest.mark.parametrize(
    "line",
    [
        *("1,2 mil seguidores · 180 seguindo", "42 curtidas · 7 comentários", "3.4K abonnés | 212 abonnements"),
        # a story's views, its thousands parted by a space, the count after its label or before its word
        *("1 204 vues", "Переглядів: 3 418", "Views: 12,480"),
    ],
)
def test_a_profiles_counters_in_other_languages_are_the_pages(line: str) -> None:
    """A blogging platform's card counts its writer's followers, a post's likes and comments, in the page's language."""
    blocks = newsdoc.parse_text(f"O bonde volta\n\n{FERRY}\n\n{FERRY}\n\n{line}\n").blocks
    assert blocks[-1] == Fragment(text=line)
    # (a guard, which passes without the rule too) counts of anything else, parted so, are the story's
    assert classify.stock_line("42 people came · 7 left", newsdoc.DEFAULT_CUES) is False
    assert classify.stock_line("Sailings: 12", newsdoc.DEFAULT_CUES) is False


@pytest.mark.parametrize(
    "credit", ["PHOTO: ILSE DRAAIJER", "(Photo by Ilse Draaijer/Harbour Ledger)", "fot. Ilse Draaijer"]
)
def test_a_credit_over_its_caption_under_the_bodys_paragraph(credit: str) -> None:
    """A page that sets a picture's credit over its caption sets it under the body's paragraph before the picture.

    A paragraph of the body's length and some sentences is no caption the credit line under it ends: the short
    line under the credit is the caption, and keeps the credit first.
    """
    body = (
        "The quay was rebuilt over two summers, with stone from the old fort and timber from the island's own "
        "forest. The harbour master said the work came in under budget, which nobody on the island could remember "
        "happening before in living memory."
    )
    caption = "Fishing boats tied up along the new quay at first light."
    after = "The first ferry of the season is due on Saturday, weather permitting, with the mayor on board."
    article = newsdoc.parse_text(f"Quay Reopens\nBy Ines Volk\n{body}\n{credit}\n{caption}\n{after}\n")
    assert [type(block).__name__ for block in article.blocks] == [
        "Heading",
        "Fragment",
        "Paragraph",
        "Caption",
        "Paragraph",
    ]
    found = article.blocks[3]
    assert isinstance(found, Caption)
    assert (found.text, found.credit_first) == (caption, True)
    assert f"{found.credit_prefix}{found.credit}{found.credit_suffix}" == f"{credit}\n"
    assert newsdoc.to_text(article) == f"Quay Reopens\nBy Ines Volk\n{body}\n{credit}\n{caption}\n{after}\n"
    # (a guard, which passes without the rule too) a long caption of a gallery with its credit under it, and no
    # caption under the credit: the credit is the long caption's
    gallery = f"Quay Reopens\nBy Ines Volk\n1/4\n{body}\n{credit}\n2/4\n"
    assert type(newsdoc.parse_text(gallery).blocks[3]) is Caption


KEEPERS_NIGHTS = (
    "Every night that winter I climbed the hundred and twelve steps with a flask of tea and a paperback, and every "
    "morning I wrote down what the sea had done while I read."
)


@pytest.mark.parametrize(
    ("note", "source"),
    [
        # the publisher's notice of its rights after its leave: the note ends there
        (
            "Excerpted from The Lantern Year by Ines Volk. Copyright \u00a9 2024 by Ines Volk. Reprinted with "
            "permission from Skerry House. All rights reserved. No part of this excerpt may be reproduced without "
            "the publisher's written leave.",
            "Skerry House",
        ),
        # its leave in a sentence of its own that names no publisher: in English and French
        ("Excerpted from The Lantern Year by Ines Volk. Reprinted with permission of the publisher.", None),
        (
            "Extrait de L'Ann\u00e9e des lanternes, d'Ines Volk, \u00e0 para\u00eetre aux \u00c9ditions du M\u00f4le "
            "(212 p., 19 \u20ac). Publi\u00e9 avec l'aimable autorisation de l'\u00e9diteur.",
            None,
        ),
    ],
)
def test_a_books_excerpt_closes_on_its_publishers_leave(note: str, source: str | None) -> None:
    """A book's excerpt closes on where it is from and its publisher's leave to print it, then its writer's bio."""
    bio = "Ines Volk has been a lighthouse keeper for twenty years. She lives on Skerry."
    text = f"The Lantern Year\n\nBy Ines Volk\n\n{KEEPERS_NIGHTS}\n\n{KEEPERS_NIGHTS}\n\n{note}\n\n{bio}\n"
    note_read, bio_read = newsdoc.parse_text(text).blocks[-2:]
    assert isinstance(note_read, newsdoc.Attribution)
    assert (note_read.text, note_read.source) == (note, source)
    assert bio_read == newsdoc.Bio(text=bio, name="Ines Volk")


def test_a_publishers_name_a_hard_wrapped_text_breaks_over_two_lines_ends_its_note() -> None:
    text = "Excerpted from The Lantern Year by Ines Volk.\nReprinted with permission from Skerry\nHouse."
    bio = "Ines Volk is a lighthouse keeper on Skerry."
    markdown = f"# The Lantern Year\n\nBy Ines Volk\n\n{KEEPERS_NIGHTS}\n\n{KEEPERS_NIGHTS}\n\n_{text}_\n\n{bio}\n"
    found = newsdoc.from_markdown(markdown).blocks[-2]
    assert isinstance(found, newsdoc.Attribution)
    assert found.source == "Skerry House"


@pytest.mark.parametrize(
    "prose",
    [
        # (guards, which pass without the rule too) the phrase in a sentence that goes on, or of another kind
        "The letters were reprinted with permission of the family in 1999, and the council named a lane after her.",
        "First published in 1998, the guide to the island's birds has sold two hundred copies.",
    ],
)
def test_a_sentence_of_the_story_with_a_notes_phrase_stays_a_paragraph(prose: str) -> None:
    article = newsdoc.parse_text(
        f"The Lantern Year\n\nBy Ines Volk\n\n{KEEPERS_NIGHTS}\n\n{prose}\n\n{KEEPERS_NIGHTS}\n"
    )
    assert article.blocks[3] == Paragraph(text=prose)


@pytest.mark.parametrize(
    "bio",
    [
        "Ines Volk has been a lighthouse keeper for twenty years. She lives on Skerry.",  # what she is now
        "Ines Volk has translated nine novels from Greek and Turkish. She lives in Leeds.",  # a translator's
    ],
)
def test_the_writers_bio_in_the_perfect_under_her_piece(bio: str) -> None:
    article = newsdoc.parse_text(f"The Lantern Year\n\nBy Ines Volk\n\n{KEEPERS_NIGHTS}\n\n{KEEPERS_NIGHTS}\n\n{bio}\n")
    assert article.blocks[-1] == newsdoc.Bio(text=bio, name="Ines Volk")
    # (a guard, which passes without the rule too) what she did once tells the story
    did = "Ines Volk was the last keeper to leave the light. She locked the door in 1989."
    article = newsdoc.parse_text(f"The Lantern Year\n\nBy Ines Volk\n\n{KEEPERS_NIGHTS}\n\n{KEEPERS_NIGHTS}\n\n{did}\n")
    assert article.blocks[-1] == Paragraph(text=did)


@pytest.mark.parametrize(
    "bio",
    [
        "Ines Volk est romanci\u00e8re et traductrice.",
        "Ines Volk es novelista y ensayista.",
        "Ines Volk \u00e8 saggista e traduttrice.",
        "Ines Volk ist Schriftstellerin und \u00dcbersetzerin.",
        "Ines Volk is literair criticus bij De Kade.",
        "Ines Volk is an essayist and translator.",
    ],
)
def test_the_bio_of_who_writes_or_translates_books(bio: str) -> None:
    """The writers of the books an excerpt or a review is of, and their translators, in six languages."""
    assert newsdoc.parse_text(f"Ferries\n\n{FERRY}\n\n{FERRY}\n\n{bio}\n").blocks[-1] == newsdoc.Bio(
        text=bio, name="Ines Volk"
    )


@pytest.mark.parametrize(
    "line", ["More in Opinion", "Also in Books", "\u00c0 lire aussi dans Essais", "M\u00e1s en Cultura"]
)
def test_the_label_of_more_from_the_pieces_section_is_the_pages(line: str) -> None:
    article = newsdoc.parse_text(f"Ferries\n\n{FERRY}\n\n{FERRY}\n\n{line}\n\nNight ferry returns\n")
    assert article.blocks[3] == Fragment(text=line)


@pytest.mark.parametrize(
    "line",
    [
        "La Jet\u00e9e est une revue ind\u00e9pendante, financ\u00e9e par ses lecteurs.",
        "El Muelle es una revista independiente, financiada por sus lectores.",
        "Il Molo \u00e8 una rivista indipendente, finanziata dai lettori.",
        "Die Mole ist ein unabh\u00e4ngiges Magazin, von Leserinnen und Lesern finanziert.",
    ],
)
def test_a_magazine_its_readers_fund_says_so_in_other_languages(line: str) -> None:
    assert isinstance(classify.read_note(line, newsdoc.DEFAULT_CUES), Disclaimer)


@pytest.mark.parametrize(
    "call",
    [
        "Have a question about your rent? Email askines@skerrypost.example or use our form. We read every letter.",
        "Got a money question? Send it to mailbag@skerrypost.example. Letters may be edited for length.",
        "Send your tenancy dilemmas to askines@skerrypost.example.",
        "Schreiben Sie an geld@skerrypost.example",
        "Envie sua d\u00favida para ines@skerrypost.example.",
        "Masz pytanie do prawniczki? Napisz: ines@skerrypost.example. Odpowiadamy w pi\u0105tki.",
    ],
)
def test_an_advice_columns_call_for_questions_under_its_writers_bio_is_the_pages(call: str) -> None:
    """An advice column closes on its writer's bio, then its call for the readers' questions: furniture."""
    bio = "Ines Volk is a housing lawyer in Port Ellis."
    blocks = newsdoc.parse_text(
        f"Can my landlord keep the deposit?\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{bio}\n\n{call}\n"
    ).blocks
    assert blocks[-2:] == (newsdoc.Bio(text=bio, name="Ines Volk"), Fragment(text=call))
    # (a guard, which passes without the rule too) how to reach the writer is her bio's
    reach = "She can be reached at ines@skerrypost.example."
    blocks = newsdoc.parse_text(
        f"Can my landlord keep the deposit?\n\nBy Ines Volk\n\n{FERRY}\n\n{FERRY}\n\n{bio}\n\n{reach}\n"
    ).blocks
    assert blocks[-1] == newsdoc.Bio(text=reach)


HAMN = (
    "Färjan till Skärholmen gick för första gången på tre veckor i tisdags, och redan vid sjutiden stod en kö "
    "av bilar och cyklister nere vid kajen.",
    "Rederiet hade ställt in alla turer efter stormen, som slet loss två pontoner och skadade landgången.",
    "Nästa vecka ska en ny landgång på plats, och då återgår tidtabellen till det vanliga.",
    "Kommunen betalar halva kostnaden för reparationen, och resten tar rederiet ur sin underhållsfond.",
)


def test_a_subheading_right_over_its_sections_sentence_of_few_long_words() -> None:
    """Swedish compounds its words: the section's first sentence is long in fewer of them than English would use."""
    first, second, third, _ = HAMN
    sentence = (
        "Enligt hamnkaptenen Erik Strand, driftansvarig på rederiet Skärgårdstrafiken, sammanfaller flera orsaker "
        "just nu."
    )
    text = f"Färjan går igen\n\n{first}\n\n{second}\n\nTre orsaker samtidigt\n{sentence}\n\n{third}\n"
    assert newsdoc.parse_text(text).blocks[3] == Heading(text="Tre orsaker samtidigt", level=2)


def test_a_subheading_under_a_caption_under_an_advertisements_label() -> None:
    first, second, third, fourth = HAMN
    caption = "Fergen legger til ved kaien i Hanøyvika. Foto: Per Lind / NTB"
    text = (
        f"Fergen går igjen\n\n{first}\n\n{second}\n\nAnnonse\n\n{caption}\n\nFiskerne er skeptiske\n{third}\n\n"
        f"{fourth}\n"
    )
    assert newsdoc.parse_text(text).blocks[5] == Heading(text="Fiskerne er skeptiske", level=2)


def test_a_subheading_under_a_credited_caption_amid_the_story() -> None:
    """The story's prose, a picture's alt text and its credited caption, then a section's subheading over more prose."""
    first, second, third, fourth = HAMN
    alt = "Fergen legger til ved kaien i Han\u00f8yvika om morgenen"
    caption = "Fergen kom tilbake p\u00e5 mandag etter tre uker i dokk. Foto: Per Lind"
    section = f"Fiskerne er skeptiske\n\n{third}\n\n{fourth}\n"
    text = f"Fergen g\u00e5r igjen\n\n{first}\n\n{second}\n\n{alt}\n\n{caption}\n\n{section}"
    blocks = newsdoc.parse_text(text).blocks
    assert (type(blocks[3]), type(blocks[4])) == (newsdoc.Image, Caption)
    assert blocks[5] == Heading(text="Fiskerne er skeptiske", level=2)
    # (a guard, which passes without the rule too) a picture over the story's first prose: the line is no section's
    text = f"Fergen g\u00e5r igjen\n\n{alt}\n\n{caption}\n\n{section}"
    assert not newsdoc.parse_text(text).blocks_of(Heading)[1:]


def test_a_subheading_under_a_paragraph_that_ends_in_a_german_quote() -> None:
    """German closes a quote with the mark English opens one with: "... „und die Provinz hat sie vergessen.“"."""
    first, second, third, _ = HAMN
    quoted = "Die B\u00fcrgermeisterin war am Kai. \u201eDie F\u00e4hre ist unser Bus, und sie fehlte uns.\u201c"
    text = f"Die F\u00e4hre f\u00e4hrt wieder\n\n{first}\n\n{quoted}\n\nWarten am Kai\n\n{second}\n\n{third}\n"
    assert newsdoc.parse_text(text).blocks[3] == Heading(text="Warten am Kai", level=2)
    # the first of a numbered list under its lead-in is its item, which labels no box of the rest
    steps = (
        "So kommen Sie am Samstag ohne eigenes Auto mit der F\u00e4hre auf die Insel und wieder zur\u00fcck:\n\n"
        "1. Ticket am Automaten kaufen\n2. Am Kai warten\n3. An Bord gehen\n4. Auf der Insel aussteigen"
    )
    text = f"Die F\u00e4hre f\u00e4hrt wieder\n\n{first}\n\n{steps}\n\n{quoted}\n"
    assert not newsdoc.parse_text(text).blocks_of(Heading)[1:]


def test_a_trail_in_a_script_without_capitals_is_no_headline() -> None:
    """A Hindi site's trail over the headline, its home first: "होम / शहर / यातायात" (Home / City / Transport)."""
    headline = "फेरी फिर से चली, पर सिर्फ दो ट्रिप"
    lead = "बंदरगाह से मंगलवार को पहली फेरी रवाना हुई। यात्री खुश थे, लेकिन टिकट महंगे हैं।"
    article = newsdoc.parse_text(f"होम / शहर / यातायात\n\n{headline}\n\nलेखक: सुनीता राव\n\n{lead}\n\n{lead}\n")
    assert article.title == headline


def test_a_trail_with_full_width_marks_is_no_headline() -> None:
    """A Japanese site's trail over the headline, its crumbs parted by the full-width "＞": "ホーム ＞ 地域 ＞ 交通"."""
    headline = "フェリー、冬の修理を終えて運航再開"
    lead = "港から火曜日に最初のフェリーが出航した。乗客は喜んだが、運賃は高い。"
    article = newsdoc.parse_text(f"ホーム ＞ 地域 ＞ 交通\n\n{headline}\n\n{lead}\n\n{lead}\n")
    assert article.title == headline
    assert article.blocks[0] == Fragment(text="ホーム ＞ 地域 ＞ 交通", role="breadcrumb")


def test_a_byline_in_a_script_without_capitals_then_the_editors_field() -> None:
    article = newsdoc.parse_text(
        "फेरी फिर से चली\n\nलेखक: सुनीता राव | Edited by: नेहा जोशी\n\nबंदरगाह से पहली फेरी रवाना हुई।\n"
    )
    assert article.authors == ("सुनीता राव",)


@pytest.mark.parametrize(
    "line",
    [
        # the town it was filed from, then the date with its time after a dot, as Catalan papers set the date line;
        # the town and its province
        "Skerrow, 12 de març de 2024 · 09:10 h",
        "Varnbourg, Orrin, 5 de marzo de 2024",
    ],
)
def test_a_date_line_that_opens_with_its_town(line: str) -> None:
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{line}\n\n{FERRY}\n\n{FERRY}\n")
    assert article.blocks[1] == Fragment(text=line, role="date")
    # (guards, which pass without the rule too) a writer's name, or "By" and a name, before the date: no date line
    assert not classify.shows_date("Ines Volk, 12 May 2024", newsdoc.DEFAULT_CUES)
    byline = "By Ines Volk, 12 May 2024"
    article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{byline}\n\n{FERRY}\n\n{FERRY}\n")
    assert (article.blocks[1], article.authors) == (Fragment(text=byline, role="byline"), ("Ines Volk",))


@pytest.mark.parametrize(
    ("quote", "speaker", "opening", "closing"),
    [
        (
            "\u201cWe kept the ferry running through three winters.\u201d",
            "Ingrid Falk, harbour master",
            "\u201c",
            "\u201d",
        ),
        # German's and Danish's quote marks, which point inwards; Swedish's, the same mark at both ends
        (
            "\u00bbDie F\u00e4hre f\u00e4hrt, solange wir sie lassen\u00ab",
            "Ingrid Falk, Hafenmeisterin",
            "\u00bb",
            "\u00ab",
        ),
        (
            "\u201dF\u00e4rjan g\u00e5r s\u00e5 l\u00e4nge vi l\u00e5ter den\u201d",
            "Ingrid Falk, hamnkapten",
            "\u201d",
            "\u201d",
        ),
        # the speaker after a dash
        ("\u201cWe kept the ferry running.\u201d", "\u2014 Ingrid Falk", "\u201c", "\u201d"),
    ],
)
def test_a_quote_box_sets_its_speaker_on_the_line_under_it(
    quote: str, speaker: str, opening: str, closing: str
) -> None:
    """A paragraph wholly in quote marks, its speaker's name and post on the next line: a pull quote, though the body
    does not say it again."""
    text = f"Ferries Resume After the Storm\n\n{FERRY}\n\n{quote}\n{speaker}\n\n{FERRY}\n"
    article = newsdoc.parse_text(text)
    pulled = article.blocks[2]
    assert isinstance(pulled, newsdoc.PullQuote)
    assert (pulled.opening, pulled.closing, pulled.attribution) == (opening, closing, speaker.lstrip("\u2014 "))
    assert newsdoc.to_text(article) == text
    # (guards, which pass without the rule too) a blank line under the quote, or a section's name there: no speaker
    # (but after a dash, which says who spoke: a line of its own, as a converter writes a quote's <cite>)
    for under in ("\nMarkets", "\nFERRY FARES RISE AGAIN", *((f"\n{speaker}",) if "\u2014" not in speaker else ())):
        article = newsdoc.parse_text(f"Ferries Resume After the Storm\n\n{FERRY}\n\n{quote}\n{under}\n\n{FERRY}\n")
        assert not any(getattr(b, "attribution", None) for b in article.blocks)
