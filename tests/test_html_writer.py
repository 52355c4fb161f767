"""to_html: clean, escaped HTML5 that parse_html reads back exactly."""

from __future__ import annotations

import datetime as dt
import json
import re

import lxml.etree
import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings

import newsdoc
from newsdoc import Caption, Heading, ItemList, Mark, MarkKind, Paragraph, PullQuote, Quote
from newsdoc.html import parse_page, read_newsdoc

from . import strategies


@settings(max_examples=max(200, settings().max_examples))
@given(strategies.articles())
def test_round_trip(article: newsdoc.Article) -> None:
    assert newsdoc.parse_html(newsdoc.to_html(article)) == article


@given(strategies.articles())
def test_fragment_round_trip_with_html_parser(article: newsdoc.Article) -> None:
    """A soup the user built with the slower, pure-Python parser reads back the same."""
    soup = BeautifulSoup(newsdoc.to_html(article, standalone=False), "html.parser")
    assert newsdoc.parse_html(soup) == article


def test_text_never_becomes_markup() -> None:
    article = newsdoc.Article(
        title="<script>alert(1)</script>",
        blocks=(
            Caption(text='A caption" onerror="alert(1)', credit="<script>x</script>"),
            PullQuote(text="</blockquote><img src=x>", attribution="<b>bold</b>"),
        ),
    )
    page = newsdoc.to_html(article)
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find("script", src=True) is None
    assert [s.get("type") for s in soup.find_all("script")] == ["application/ld+json"]
    assert soup.find("b") is None
    assert len(soup.find_all("img")) == 0
    assert "&lt;script&gt;" in page
    assert newsdoc.parse_html(page) == article


def test_semantic_structure(seed_article: newsdoc.Article) -> None:
    soup = BeautifulSoup(newsdoc.to_html(seed_article), "html.parser")
    article = soup.find("article")
    assert article.header.h1.get_text() == "INSIGHT: Russias Search for Leverage in the Syrian Crisis"
    figures = article.find_all("figure")
    assert [f.find(class_="credit").get_text() for f in figures if f.find(class_="credit")] == [
        "AP Image",
        "Edlib News Network via AP",
        "AP",
    ]
    assert figures[2].img["alt"].startswith("ap syr2 300 12dec12")  # an image and its caption share a figure
    quote = article.find("blockquote", class_="pull-quote")
    assert quote.cite.get_text() == "Stratfor analysis"
    footer = article.find("footer", recursive=False)
    assert [p["class"][0] for p in footer.find_all("p")] == ["nd-attribution", "nd-disclaimer", "nd-fragment", "nd-bio"]
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert (data["@type"], data["headline"], data["isBasedOn"]) == (
        "NewsArticle",
        "INSIGHT: Russias Search for Leverage in the Syrian Crisis",
        "Stratfor",
    )


def test_the_header_does_not_repeat_what_the_first_blocks_show() -> None:
    """A scraped text's headline, byline and date line open its blocks: the page shows each once."""
    text = (
        "Ferries Resume After the Storm\n\nBy Ines Volk\n\nPublished: May 12, 2024\n\nThe first ferry left at dawn.\n"
    )
    article = newsdoc.parse_text(text)
    assert (article.title, article.authors, article.published) == (
        "Ferries Resume After the Storm",
        ("Ines Volk",),
        dt.date(2024, 5, 12),
    )
    page = BeautifulSoup(newsdoc.to_html(article), "html.parser").find("article")
    assert page.header is None
    shown = page.get_text()
    assert [shown.count(words) for words in ("Ferries Resume", "Ines Volk", "May 12")] == [1, 1, 1]
    assert newsdoc.parse_html(newsdoc.to_html(article)) == article


def test_the_header_shows_what_no_first_block_does() -> None:
    """A title a fragment shows only at the end, as the seed's page footer does, is shown above the article too."""
    article = newsdoc.Article(
        title="Ferries Resume",
        authors=("Ines Volk",),
        blocks=(Paragraph(text="The first ferry left at dawn."), newsdoc.Fragment(text="Ferries Resume", role="title")),
    )
    header = BeautifulSoup(newsdoc.to_html(article), "html.parser").find("article").header
    assert [element.get_text() for element in header.find_all(["h1", "p"])] == ["Ferries Resume", "By Ines Volk"]


def test_broken_newsdoc_data_says_where() -> None:
    page = '<article data-newsdoc="{&quot;format&quot;: &quot;newsdoc&quot;, &quot;version&quot;: 1}">'
    page += '<figcaption class="nd-caption" data-nd="{&quot;image&quot;: &quot;x&quot;}">a</figcaption></article>'
    with pytest.raises(
        newsdoc.ParseError, match=re.escape('<figcaption class="nd-caption">: $.image: expected an integer')
    ):
        newsdoc.parse_html(page)


# --- marks ------------------------------------------------------------------------------------

# "See the report, then run make." -- "the report" 4-14, "then" 16-20, "run" 21-24, "make" 25-29
SEE = Paragraph(
    text="See the report, then run make.",
    marks=(
        Mark(start=4, end=14, kind=MarkKind.LINK, href="https://example.org/report?a=1&b=2"),
        Mark(start=16, end=20, kind=MarkKind.EMPHASIS),
        Mark(start=21, end=24, kind=MarkKind.STRONG),
        Mark(start=25, end=29, kind=MarkKind.CODE),
    ),
)


_OWN = '<article class="newsdoc" data-newsdoc="{&quot;format&quot;: &quot;newsdoc&quot;, &quot;version&quot;: 1}">'


def element(block: newsdoc.Block) -> str:
    """The element *block* is written as, checked to read back with both parsers."""
    article = newsdoc.Article(blocks=(block,))
    page = newsdoc.to_html(article, standalone=False)
    assert newsdoc.parse_html(page) == article
    assert newsdoc.parse_html(BeautifulSoup(page, "html.parser")) == article
    return page.split("\n")[1]


def test_marks_in_html() -> None:
    assert element(SEE) == (
        '<p class="nd-paragraph">See <a href="https://example.org/report?a=1&amp;b=2">the report</a>, '
        "<em>then</em> <strong>run</strong> <code>make</code>.</p>"
    )


def test_marks_in_every_block_that_has_them() -> None:
    pups = Mark(start=0, end=4, kind=MarkKind.EMPHASIS)
    assert element(Heading(text="Pups return", marks=(pups,))) == '<h2 class="nd-heading"><em>Pups</em> return</h2>'
    assert element(Quote(text="Pups <3", marks=(pups,))) == (
        '<blockquote class="nd-quote"><p><em>Pups</em> &lt;3</p></blockquote>'
    )
    page = newsdoc.to_html(newsdoc.Article(blocks=(Caption(text="Pups at dawn.", marks=(pups,), credit="AP"),)))
    assert '<span class="caption-text"><em>Pups</em> at dawn.</span> <small class="credit">AP</small>' in page
    # "No dogs\nQuiet water": "dogs" 3-7, "Quiet" 8-13
    dogs, quiet = Mark(start=3, end=7, kind=MarkKind.STRONG), Mark(start=8, end=13, kind=MarkKind.CODE)
    assert element(ItemList(items=("No dogs", "Quiet water"), marks=(dogs, quiet))) == (
        '<ul class="nd-item-list"><li>No <strong>dogs</strong></li><li><code>Quiet</code> water</li></ul>'
    )
    # "Quay\t07:15\n\nNorth\tlate": "07:15" 5-10, a row without cells 11-11, "North" 12-17
    times, north = Mark(start=5, end=10, kind=MarkKind.LINK, href="/quay"), Mark(start=12, end=17, kind=MarkKind.CODE)
    table = newsdoc.Table(rows=(("Quay", "07:15"), (), ("North", "late")), marks=(times, north))
    assert element(table) == (
        '<table class="nd-table"><tbody><tr><td>Quay</td><td><a href="/quay">07:15</a></td></tr><tr></tr>'
        "<tr><td><code>North</code></td><td>late</td></tr></tbody></table>"
    )
    assert newsdoc.parse_html(newsdoc.to_html(newsdoc.Article(blocks=(table,)))).blocks == (table,)
    for note in (newsdoc.Standfirst, newsdoc.Attribution, newsdoc.Disclaimer, newsdoc.Bio):
        article = newsdoc.Article(blocks=(note(text="Pups return", marks=(pups,)),))
        assert "><em>Pups</em> return</p>" in newsdoc.to_html(article)
        assert newsdoc.parse_html(newsdoc.to_html(article)) == article


def test_a_link_to_an_unsafe_address_is_not_written() -> None:
    # "Please click here." -- "click" 7-12
    link = Mark(start=7, end=12, kind=MarkKind.LINK, href="javascript:alert(1)")
    assert element(Paragraph(text="Please click here.", marks=(link,))) == (
        '<p class="nd-paragraph" data-nd="{&quot;marks&quot;: [{&quot;start&quot;: 7, &quot;end&quot;: 12, '
        '&quot;kind&quot;: &quot;link&quot;, &quot;href&quot;: &quot;javascript:alert(1)&quot;}]}">'
        "Please click here.</p>"
    )


def test_words_a_parser_would_fold_ride_in_data() -> None:
    # A run of white space between two marks is a text node that Beautiful Soup folds to one space.
    marks = (Mark(start=0, end=1, kind=MarkKind.EMPHASIS), Mark(start=3, end=4, kind=MarkKind.EMPHASIS))
    written = element(Paragraph(text="a  b", marks=marks))
    assert written.startswith('<p class="nd-paragraph" data-nd="{&quot;text&quot;: &quot;a  b&quot;, &quot;marks')
    assert written.endswith("><em>a</em>  <em>b</em></p>")
    one_space = Paragraph(text="a b", marks=(marks[0], Mark(start=2, end=3, kind=MarkKind.EMPHASIS)))
    assert element(one_space) == '<p class="nd-paragraph"><em>a</em> <em>b</em></p>'


def test_marks_no_block_holds_are_left_out_of_a_page() -> None:
    page = f'{_OWN}<p class="nd-paragraph"><code>a<em>b</em></code><a href="x">c<a href="y">d</a></a><a>e</a> <em></em>'
    # A tree of the markup as it stands, the links nested: an HTML parser ends the first where the second starts.
    (block,) = read_newsdoc(lxml.etree.fromstring(page + "</p></article>")).blocks
    assert block == Paragraph(
        text="abcde ",
        marks=(Mark(start=0, end=2, kind=MarkKind.CODE), Mark(start=2, end=4, kind=MarkKind.LINK, href="x")),
    )


def test_a_script_put_in_our_html_shows_no_words() -> None:
    """to_html writes no script or style: one a page put in a block is left out, as from any page, and said."""
    page = (
        f'{_OWN}<p class="nd-paragraph">The ferry<script>var late = 1;</script> runs<style>p{{}}</style>.</p></article>'
    )
    found = parse_page(page)
    assert found.article.blocks == (Paragraph(text="The ferry runs."),)
    assert [(d.rule, d.text) for d in found.dropped] == [("tag <script>", "var late = 1;"), ("tag <style>", "p{}")]


def test_a_soups_article_is_read_as_the_markup_it_writes() -> None:
    """A tag of Beautiful Soup's is read as lxml reads the markup it writes: as a page would be, nested links parted."""
    page = f'{_OWN}<p class="nd-paragraph"><a href="x">c<a href="y">d</a></a> <strong>e</strong></p></article>'
    (block,) = read_newsdoc(BeautifulSoup(page, "html.parser").article).blocks
    assert block == Paragraph(
        text="cd e",
        marks=(
            Mark(start=0, end=1, kind=MarkKind.LINK, href="x"),
            Mark(start=1, end=2, kind=MarkKind.LINK, href="y"),
            Mark(start=3, end=4, kind=MarkKind.STRONG),
        ),
    )
    assert read_newsdoc(BeautifulSoup(page, "html.parser").article) == newsdoc.parse_html(page)


def test_the_date_reads_as_a_date_and_the_machine_keeps_the_instant() -> None:
    east = dt.timezone(dt.timedelta(hours=-5))
    shown = {
        dt.date(2021, 3, 5): "5 March 2021",
        dt.datetime(2021, 3, 5, tzinfo=dt.UTC): "5 March 2021",
        dt.datetime(2021, 3, 5, 9, 30, tzinfo=east): "5 March 2021, 09:30 UTC-05:00",
        dt.datetime(2021, 3, 5, 9, 30, tzinfo=dt.UTC): "5 March 2021, 09:30 UTC",
    }
    for when, words in shown.items():
        article = newsdoc.Article(published=when, blocks=(newsdoc.Paragraph(text="The ferry ran again."),))
        page = newsdoc.to_html(article)
        assert f'<time datetime="{when.isoformat()}">{words}</time>' in page
        assert newsdoc.parse_html(page) == article
