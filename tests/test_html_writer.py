"""to_html: clean, escaped HTML5 that parse_html reads back exactly."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings

import newsdoc
from newsdoc import Caption, PullQuote

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


def test_broken_newsdoc_data_says_where() -> None:
    page = '<article data-newsdoc="{&quot;format&quot;: &quot;newsdoc&quot;, &quot;version&quot;: 1}">'
    page += '<figcaption class="nd-caption" data-nd="{&quot;image&quot;: &quot;x&quot;}">a</figcaption></article>'
    with pytest.raises(
        newsdoc.ParseError, match=re.escape('<figcaption class="nd-caption">: $.image: expected an integer')
    ):
        newsdoc.parse_html(page)
