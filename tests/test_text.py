"""parse_text / to_text: judgement in, every byte back out."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Caption, Paragraph, PullQuote

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
        ("Crowds gather in the square (Getty Images).", "Getty Images", " (", ")."),
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


def test_parenthesised_initial_is_no_credit() -> None:
    (block,) = newsdoc.parse_text("Vladimir Putin (R) meets Recep Tayyip Erdogan in Istanbul.").blocks
    assert isinstance(block, Paragraph)


def test_quoted_paragraph_without_attribution_stays_paragraph() -> None:
    article = newsdoc.parse_text(
        "\u201cWe will not back down from this fight.\u201d\n\nThe minister said so on Monday.\n"
    )
    assert all(isinstance(b, Paragraph) for b in article.blocks)


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


def test_cues_can_be_extended() -> None:
    line = "Fishers haul in their nets at dawn. (Kratie Daily)"
    assert isinstance(newsdoc.parse_text(line).blocks[0], Paragraph)
    cues = attrs.evolve(newsdoc.DEFAULT_CUES, agencies=(*newsdoc.DEFAULT_CUES.agencies, "Kratie Daily"))
    image = "kd-fishers 640 02may23 Fishers\n\n"
    (_, caption) = newsdoc.parse_text(image + line, cues=cues).blocks
    assert isinstance(caption, Caption)
    assert caption.credit == "Kratie Daily"
