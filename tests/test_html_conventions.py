"""parse_html on small pages written here, one publishing convention each.

Every page is made up: its words are ours, its markup follows a pattern that real
pages use (named in the test). Each test says what a reader of the page sees and
checks that the blocks say the same.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from bs4 import BeautifulSoup

import newsdoc
from newsdoc import Bio, Caption, Disclaimer, Fragment, Image, Paragraph, PullQuote, Standfirst
from newsdoc.html import parse_page
from newsdoc.html.parts import clip

BODY = (
    "<p>The ferry service across the lake resumed on Monday after a winter of repairs to both landings.</p>"
    "<p>Commuters who had driven around the shore for months said the crossing saved them an hour a day.</p>"
    "<p>The operator said a second boat would join the route in the spring if the numbers held up.</p>"
)
SENTENCES = [
    "The ferry service across the lake resumed on Monday after a winter of repairs to both landings.",
    "Commuters who had driven around the shore for months said the crossing saved them an hour a day.",
    "The operator said a second boat would join the route in the spring if the numbers held up.",
]


def kinds(article: newsdoc.Article) -> list[str]:
    return [type(block).__name__ for block in article.blocks]


def body(article: newsdoc.Article) -> list[str]:
    return [block.text for block in article.blocks if isinstance(block, Paragraph)]


def only(article: newsdoc.Article, kind: type) -> object:
    found = [block for block in article.blocks if isinstance(block, kind)]
    assert len(found) == 1, article.blocks
    return found[0]


# Zones: lead, body, tail ------------------------------------------------------------------------


def _comment(name: str, words: str) -> str:
    """A reader's comment as a blog template writes one: an article of its own, with no class to name it."""
    return (
        f"<li><article><footer><b>{name}</b> says: <time datetime='2024-03-03T06:34'>March 3, 2024 at 6:34 am</time>"
        f"</footer><div><p>{words}</p></div><a href='#reply'>Reply</a></article></li>"
    )


_COMMENTS = [
    "I rode the first boat this morning and it was packed, but nobody minded the wait at all, not one bit.",
    "Two years of driving around the shore, and the council still has not said sorry for the delays, has it?",
    "The new timetable is fine for commuters, but what about the weekend service for the island families, then?",
    "My grandmother ran the kiosk on the north landing for thirty years, and she would have loved this news.",
    "Hope they fix the ramp at the south landing before the spring, because it floods at every high tide.",
    "Finally. Now if only they would bring back the late sailing on Fridays, the town would come alive again.",
]


def test_comments_nested_in_the_article_are_not_its_body() -> None:
    """Comments as articles inside the article, as the HTML standard has it, with more words than its body."""
    comments = "".join(_comment(f"reader{n}", words) for n, words in enumerate(_COMMENTS))
    thread = f"<footer><h2>6 responses</h2><ol>{comments}</ol></footer>"
    page = f"<body><main><article><h1>Ferry Returns</h1><div>{BODY}</div>{thread}</article></main></body>"
    article = newsdoc.parse_html(page)
    assert [b.text for b in article.blocks if isinstance(b, Paragraph)] == SENTENCES


def test_an_article_nested_in_an_article_without_prose_is_the_article() -> None:
    """A template may wrap the story's own article in another; that one holds no prose of its own."""
    elsewhere = "<div><p>Also on the site today: the lake festival returns, with boats and music on the quay.</p></div>"
    page = f"<body><article><div><h1>Ferry Returns</h1></div><article>{BODY}</article></article>{elsewhere}</body>"
    article = newsdoc.parse_html(page)
    assert [b.text for b in article.blocks if isinstance(b, Paragraph)] == SENTENCES


@pytest.mark.parametrize(
    "template",
    [
        "<body><main><h1>Live: Ferry Returns</h1>{entries}</main></body>",
        "<head><title>Live: Ferry Returns</title></head><body><header><h1>Live: Ferry Returns</h1></header>"
        "<div><div>{entries}</div></div></body>",
    ],
)
def test_the_entries_of_a_live_blog_are_its_body(template: str) -> None:
    """Sibling articles are items of one list (the HTML standard): a live blog's posts, under its headline."""
    first, second, third = (f"<p>{sentence}</p>" for sentence in SENTENCES)
    entries = (
        f"<article><h2>09:10 Boats wait</h2>{first}</article>"
        f"<article><h2>09:40 First sailing</h2>{second}{third}</article>"
    )
    read = parse_page(template.format(entries=entries))
    assert kinds(read.article) == ["Heading", "Paragraph", "Heading", "Paragraph", "Paragraph"]
    assert body(read.article) == SENTENCES
    assert read.article.title == "Live: Ferry Returns"


def test_articles_without_a_time_beside_the_story_are_no_live_blog() -> None:
    """Cards whose link follows their heading, or the next story in full: no entry gives its time."""
    card = "<article><h3>Festival returns</h3><p>Boats, music and stalls along the quay this summer.</p>"
    card += '<a class="stretched-link" href="/festival">Read</a></article>'
    page = f"<body><div class='hero'><h1>Ferry Returns</h1></div><main><article>{BODY}</article>{card}</main></body>"
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_a_time_stamp_over_a_live_blog_entry_is_a_date_line() -> None:
    """An element that holds a ``<time>`` and nothing else stamps the entry: a date line, not a paragraph."""
    first, second, third = (f"<p>{sentence}</p>" for sentence in SENTENCES)
    stamp = "<div class='post-meta'><time datetime='2024-03-03T{0}'>{0}</time></div>"
    entries = (
        f"<article>{stamp.format('09:40')}<h2>First sailing</h2>{second}{third}</article>"
        f"<article>{stamp.format('09:10')}<h2>Boats wait</h2>{first}</article>"
    )
    article = newsdoc.parse_html(f"<body><main><h1>Live: Ferry Returns</h1>{entries}</main></body>")
    dates = [block for block in article.blocks if isinstance(block, newsdoc.Fragment)]
    assert dates == [newsdoc.Fragment(text="09:40", role="date"), newsdoc.Fragment(text="09:10", role="date")]
    assert sorted(body(article)) == sorted(SENTENCES)
    # A sentence that holds a time among its words is a paragraph
    said = "<p>The first boat left at <time datetime='2024-03-03T09:10'>09:10</time> with forty people aboard.</p>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{said}{BODY}</article>")
    assert body(article)[0] == "The first boat left at 09:10 with forty people aboard."


def test_a_year_or_a_day_over_a_timeline_entry_is_no_time_stamp() -> None:
    """A timeline heads its entries with a year or a day in a ``<time>``: the body's words, no post's stamp."""
    entries = (
        "<p><time datetime='1961'>1961</time></p><p>Born in a fishing village on the north shore.</p>"
        "<p><time datetime='1988-05-03'>May 3</time></p><p>Takes over the ferry from her father.</p>"
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{entries}</article>")
    years = ["1961", "Born in a fishing village on the north shore.", "May 3", "Takes over the ferry from her father."]
    assert body(article) == [*SENTENCES, *years]


def test_a_box_that_sums_up_the_article_above_the_body_is_kept() -> None:
    """A heading that says the list under it sums up the article ("Key points"): the article's words."""
    points = "<ul><li>The ferry runs again from Monday</li><li>A second boat joins in the spring</li></ul>"
    page = f"""<body><main><div class="top"><h1>Ferry Returns</h1><p class="byline">By Tove Brandt</p>
    <div class="box"><h2>Key points:</h2>{points}</div><div class="box"><h2>Elsewhere today</h2>{points}</div></div>
    <div class="story-body">{BODY}</div></main></body>"""
    read = parse_page(page)
    assert kinds(read.article) == ["Fragment", "Heading", "ItemList", "Paragraph", "Paragraph", "Paragraph"]
    assert read.article.blocks[1] == newsdoc.Heading(text="Key points:", level=2)
    # Any other heading and list there are the page's, as before
    assert any(d.rule == "lead of the article, not a typed part" and d.text == "Elsewhere today" for d in read.dropped)


def _cards(href: str) -> str:
    card = '<div class="w-64"><a href="{href}"><img src="/{n}.jpg" alt=""></a><p class="font-bold">{line}</p></div>'
    lines = ["Pier closes for the winter after a stormy autumn", "Lake festival returns with boats and music"]
    return "".join(card.format(href=href.format(n=n), n=n, line=line) for n, line in enumerate(lines))


def test_a_rail_of_cards_with_linked_pictures_is_no_body() -> None:
    """A row of teasers in the body, each a picture linking to another story and its headline; no class says so."""
    cut = BODY.index("</p>") + len("</p>")
    rail = f'<div class="flex gap-4">{_cards("/news/story-{n}")}</div>'
    read = parse_page(f"<article><h1>Ferry Returns</h1>{BODY[:cut]}{rail}{BODY[cut:]}</article>")
    assert (kinds(read.article), body(read.article)) == (["Paragraph"] * 3, SENTENCES)
    assert [d.rule for d in read.dropped].count("teaser of another story") == 1


def test_a_rail_of_cards_under_its_title_is_no_body() -> None:
    """The rail's title over its cards ("Most read"): the title goes with them."""
    rail = f'<div class="grid"><h3>Most read this week</h3>{_cards("/news/story-{n}")}</div>'
    read = parse_page(f"<article><h1>Ferry Returns</h1>{BODY}{rail}</article>")
    assert (kinds(read.article), body(read.article)) == (["Paragraph"] * 3, SENTENCES)
    assert [d.rule for d in read.dropped].count("teaser of another story") == 1


def test_pictures_that_link_to_themselves_are_no_teasers() -> None:
    """A gallery's thumbnails open the picture itself, larger: the pictures and their lines are the article's."""
    cut = BODY.index("</p>") + len("</p>")
    gallery = f'<div class="flex gap-4">{_cards("/pictures/{n}-large.jpg")}</div>'
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY[:cut]}{gallery}{BODY[cut:]}</article>")
    assert kinds(article).count("Image") == 2


def test_a_story_beside_other_stories_in_full_is_its_own_body() -> None:
    """Each of several articles in full holds its own headline: the one whose headline the page's title names."""
    other = "<p>The lake festival returns this summer, with boats, music and stalls along the whole of the quay.</p>"
    page = f"""<html><head><title>Ferry Returns</title></head><body><main>
    <article><h1>Ferry Returns</h1>{BODY}</article>
    <article><h1>Festival Returns</h1>{other}</article></main></body></html>"""
    read = parse_page(page)
    assert body(read.article) == SENTENCES
    assert ("outside the body", clip(other[3:-4])) in [(d.rule, d.text) for d in read.dropped]


def test_every_word_left_outside_the_body_is_said_to_be_dropped() -> None:
    """A box after the article, of a heading and short items, is listed, each item once; the article's cell is not."""
    box = "<div class='box'><h4>Key takeaways</h4><ul><li>Waterproof</li><li>Light <b>and</b> quick</li></ul></div>"
    read = parse_page(f"<body><main><article><h1>Ferry Returns</h1>{BODY}</article>{box}</main></body>")
    assert body(read.article) == SENTENCES
    assert [d.text for d in read.dropped if d.rule == "outside the body"] == [
        "Key takeaways",
        "Waterproof",
        "Light and quick",
    ]
    # A cell beside the article's is listed whole; the article's own cell, which holds it, is not.
    read = parse_page(f"<body><table><tr><td><h1>Ferry Returns</h1>{BODY}</td><td>{box}</td></tr></table></body>")
    assert body(read.article) == SENTENCES
    assert [(d.element, d.text[:13]) for d in read.dropped if d.rule == "outside the body"] == [("td", "Key takeaways")]
    # Words in an element that holds no block, as old pages set a caption in a bare div, are listed too.
    figure = "<div><img src='/quay.jpg'><br><i>The quay at dawn. Photograph: Ines Volk</i></div>"
    read = parse_page(f"<body><div>{figure}<font size=3>{'<br><br>'.join(SENTENCES)}</font></div></body>")
    assert body(read.article) == SENTENCES
    assert [(d.rule, d.element, d.text) for d in read.dropped] == [
        ("outside the body", "div", "The quay at dawn. Photograph: Ines Volk")
    ]


def test_a_page_whose_body_is_the_article_lists_none_of_its_words_as_dropped() -> None:
    """A hand-made page sets its headline and paragraphs in <body> itself: nothing of it stands outside the body."""
    page = f"<html><head><title>Ferry Returns</title></head><body><h1>Ferry Returns</h1>{BODY}</body></html>"
    read = parse_page(page)
    assert body(read.article) == SENTENCES
    assert [d.text for d in read.dropped if d.rule == "outside the body"] == []
    # A paragraph beside the article's own wrapper is still listed.
    other = "<p>The lake festival returns this summer, with boats and music along the whole of the quay.</p>"
    read = parse_page(f"<body><main><article><h1>Ferry Returns</h1>{BODY}</article><div>{other}</div></main></body>")
    assert [d.text for d in read.dropped if d.rule == "outside the body"] == [clip(other[3:-4])]


def test_teaser_cards_beside_the_story_are_no_live_blog() -> None:
    """Articles that lead with a linked headline are cards for other stories, not entries of the story.

    Left out of the body, a card's words are said to be in ``dropped``, as all prose left outside.
    """
    blurb = "Boats, music and stalls along the quay this summer, and fireworks over the water."
    card = f'<article><h3><a href="/festival">Festival returns</a></h3><p>{blurb}</p></article>'
    page = f"<body><header><h1>Ferry Returns</h1></header><main><article>{BODY}</article>{card}</main></body>"
    read = parse_page(page)
    assert body(read.article) == SENTENCES
    assert ("outside the body", clip(blurb)) in [(d.rule, d.text) for d in read.dropped]


def test_on_a_page_without_an_h1_the_heading_the_title_names_is_the_headline() -> None:
    """An old or hand-made page sets its headline as an h2; its <title> names it. The site's notice under it goes."""
    page = f"""<html><head><title>Ferry Returns - Harbour Weekly</title></head><body><div id="text">
    <h2>Ferry Returns</h2>{BODY}<p><small>&copy; Harbour Weekly. Reproduction without permission is prohibited.
    </small></p></div></body></html>"""
    article = newsdoc.parse_html(page)
    assert (article.title, kinds(article), body(article)) == ("Ferry Returns", ["Paragraph"] * 3, SENTENCES)


def test_a_blog_themes_site_title_is_no_headline() -> None:
    """A blog theme sets the site's name in an h1 in its header, the post's title in an h2; <title> names both."""
    page = f"""<html><head><title>Ferry Returns \u2013 Harbour Notes</title></head><body><header>
    <h1 class="site-title">Harbour Notes</h1><p class="site-description">A blog about the lake and its boats</p>
    </header><article><h2 class="entry-title">Ferry Returns</h2><div class="entry-content">{BODY}</div></article>
    </body></html>"""
    article = newsdoc.parse_html(page)
    assert article.title != "Harbour Notes"
    assert body(article) == SENTENCES


def test_a_heading_that_repeats_the_title_is_no_headline_when_an_h1_is() -> None:
    """A box's heading may name the site, as a page's metadata titles it; the page's h1 is its headline."""
    page = f"""<html><head><meta property="og:title" content="Harbour Weekly News"></head><body>
    <div class="box"><h4>Harbour Weekly News</h4><ul><li><a href="/a">Pier closes for the winter</a></li></ul></div>
    <article><h1>Ferry Returns</h1>{BODY}</article></body></html>"""
    article = newsdoc.parse_html(page)
    assert body(article) == SENTENCES


@pytest.mark.parametrize("word", ["rubrique", "surtitre", "occhiello", "antetitulo", "chapeu"])
def test_a_kicker_as_other_languages_newsrooms_class_it(word: str) -> None:
    """A template names the kicker in its newsroom's language: "rubrique", "occhiello", "antetítulo", "chapéu"."""
    page = f"""<article><p class="article-{word}">Sciences \u00b7 Tribune</p><h1>Ferry Returns</h1>{BODY}</article>"""
    article = newsdoc.parse_html(page)
    assert article.blocks[0] == Fragment(text="Sciences \u00b7 Tribune", role="kicker")
    assert body(article) == SENTENCES


def test_a_dek_as_an_italian_newsroom_classes_it() -> None:
    dek = "Dopo un inverno di lavori il traghetto torna a collegare le due sponde del lago."
    page = f"""<article><h1>Ferry Returns</h1><p class="catenaccio">{dek}</p>{BODY}</article>"""
    assert newsdoc.parse_html(page).blocks[0] == Standfirst(text=dek)


def test_the_kicker_byline_and_date_in_the_articles_header_are_typed() -> None:
    """What the header's class words name is a fragment of the article, not lost: the kicker fills Article.kicker."""
    page = f"""<article><header><p class="kicker">Analysis</p><h1>Ferry Returns</h1>
    <p class="byline">By Ines Volk</p><p class="date">May 12, 2024</p></header><div>{BODY}</div></article>"""
    article = newsdoc.parse_html(page)
    fragments = [(b.text, b.role) for b in article.blocks if isinstance(b, newsdoc.Fragment)]
    assert fragments == [("Analysis", "kicker"), ("By Ines Volk", "byline"), ("May 12, 2024", "date")]
    assert (article.kicker, body(article)) == ("Analysis", SENTENCES)


@pytest.mark.parametrize(
    "name",
    [
        "\u0141ukasz \u017bak",
        "\u0130lkay \u015eener",
        "\u0412\u0435\u0440\u0430 \u041b\u0443\u043a\u0438\u043d\u0430",
        "\u0395\u03bb\u03ad\u03bd\u03b7 \u039c\u03b1\u03c1\u03af\u03bd\u03b7",
    ],
)
def test_a_writers_name_in_any_script_linked_to_her_page(name: str) -> None:
    """A capital of Polish, Turkish, Cyrillic or Greek opens a name as one of ASCII does."""
    page = f"""<article><h1>Ferry Returns</h1><p class="author"><a href="/author/x">{name}</a></p>{BODY}</article>"""
    assert newsdoc.parse_html(page).authors == (name,)


@pytest.mark.parametrize(
    ("shown", "when"),
    [
        ("12.03.2024, 14:05", dt.datetime(2024, 3, 12, 14, 5, tzinfo=dt.UTC)),  # full stops: the day first
        ("13/03/2024", dt.datetime(2024, 3, 13, tzinfo=dt.UTC)),  # no month 13: the day first
        ("03/14/2024", dt.datetime(2024, 3, 14, tzinfo=dt.UTC)),  # no month 14: the month first
        ("12/03/2024", None),  # either: no date rather than the wrong one
    ],
)
def test_a_date_in_numbers_that_the_headers_date_element_shows(shown: str, when: dt.datetime | None) -> None:
    """The page's date element is read as a text's date line: its numbers give one day, or none."""
    page = f"""<article><h1>Ferry Returns</h1><p class="date">{shown}</p><div>{BODY}</div></article>"""
    assert newsdoc.parse_html(page).published == when


def test_a_sites_own_words_for_its_header_lines_are_cues() -> None:
    """The header's class words are vocabulary: a site that says "supra" for its kicker is taught so in Cues.

    (One word right over the headline is its kicker whatever its class; a few are so by their class.)
    """
    page = f"""<article><div class="supra">Lake Analysis</div><h1>Ferry Returns</h1><div>{BODY}</div></article>"""
    assert newsdoc.parse_html(page).kicker is None
    cues = attrs.evolve(
        newsdoc.DEFAULT_CUES,
        header_marks=(*newsdoc.DEFAULT_CUES.header_marks, "supra"),
        kicker_marks=(*newsdoc.DEFAULT_CUES.kicker_marks, "supra"),
    )
    article = newsdoc.parse_html(page, cues=cues)
    assert (article.kicker, body(article)) == ("Lake Analysis", SENTENCES)


@pytest.mark.parametrize(
    "kicker", ["<p>Analysis</p>", '<p class="eyebrow">Analysis</p>', '<div class="c-story__rubric">Analysis</div>']
)
def test_the_kicker_over_the_headline(kicker: str) -> None:
    """A few words over the headline in the article's header, or classed as a kicker is: the kicker."""
    page = f"""<article><header>{kicker}<h1>Ferry Returns</h1></header>{BODY}</article>"""
    article = newsdoc.parse_html(page)
    assert (article.kicker, body(article)) == ("Analysis", SENTENCES)


@pytest.mark.parametrize(
    "kicker",
    [
        "<h3>Analysis</h3>",
        '<h4 class="eyebrow">Lake Ferries</h4>',
        '<h3 class="occhiello">CRONACA \u00b7 IL LAGO DI SKERRY</h3>',  # five words, the mark between no word
    ],
)
def test_a_smaller_heading_over_the_headline_is_its_kicker(kicker: str) -> None:
    """A template sets the section's label as a heading right over the headline: by its words, or as its class says."""
    page = f"""<article><header>{kicker}<h1>Ferry Returns</h1></header>{BODY}</article>"""
    article = newsdoc.parse_html(page)
    label = BeautifulSoup(kicker, "html.parser").get_text()
    assert (article.blocks[0], article.kicker, body(article)) == (Fragment(text=label, role="kicker"), label, SENTENCES)


@pytest.mark.parametrize(
    "over",
    [
        '<span class="cat-links"><a href="/harbour/" rel="category tag">Harbour Life</a></span>',
        # its label for screen readers, the link in a box of its own
        '<div class="entry-categories"><span class="screen-reader-text">Categories</span>'
        '<div class="entry-categories-inner"><a href="/harbour/" rel="category tag">Harbour Life</a></div></div>',
    ],
)
def test_the_category_a_blog_links_over_the_headline_is_its_kicker(over: str) -> None:
    """A blog's template links the story's category over its headline, ``rel`` naming it: the kicker, though its
    class names a box of categories, which a sidebar's is."""
    story = f"<article><header class='entry-header'>{over}<h1>Ferry Returns</h1></header>{BODY}</article>"
    article = newsdoc.parse_html(f"<html><head><title>Ferry Returns</title></head><body>{story}</body></html>")
    assert (article.blocks[0], article.kicker) == (Fragment(text="Harbour Life", role="kicker"), "Harbour Life")
    assert body(article) == SENTENCES
    # (a guard, which passes without the rule too) a sidebar's list of categories is no kicker
    rail = '<div class="widget_categories"><a href="/a/" rel="category tag">Harbour Life</a></div>'
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}</article>{rail}")
    assert article.kicker is None


def test_a_heading_over_the_body_is_the_headline_the_head_words_otherwise() -> None:
    """The head's title rewords the page's heading, which stands over the body in what holds both: the heading's
    words are the title, and the kicker, dek and byline between it and the body are the article's."""
    head = "<head><title>Lake ferry back after repairs - Skerry Ledger</title>"
    head += "<meta property='og:title' content='Lake ferry back after repairs'></head>"
    story = (
        "<div id='story'><h3 class='occhiello'>CRONACA</h3><h1>Ferry returns: both landings reopen after winter</h1>"
        "<p class='dek'>Repairs took four months and cost the county twice the estimate given in the autumn.</p>"
        f"<p class='autore'>By Ines Volk</p><div id='text'>{BODY}</div></div>"
    )
    article = newsdoc.parse_html(f"<html>{head}<body><div id='menu'><a href='/'>Home</a></div>{story}</body></html>")
    assert article.title == "Ferry returns: both landings reopen after winter"
    assert [type(b).__name__ for b in article.blocks[:3]] == ["Fragment", "Standfirst", "Fragment"]
    assert (article.kicker, article.authors, body(article)) == ("CRONACA", ("Ines Volk",), SENTENCES)


_RUNS = "<ul><li>The ferry runs again</li><li>Fares stay</li></ul>"


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        (f"<aside class='box'><h2>Key takeaways</h2>{_RUNS}</aside>", True),
        ("<aside class='box'><p><strong>Bottom line:</strong> The ferry runs again, and fares stay.</p></aside>", True),
        # a fact check's box of the claim it checks and its rating
        (
            "<aside class='claim-box'><p><b>Claim:</b> The ferry runs again on Sundays.</p><p>False</p></aside>",
            True,
        ),
        # a box of the story's facts its class names, whatever its heading ("Facts: ...", "By the numbers")
        (f"<aside class='c-factbox'><h3>Facts: the lake crossing</h3>{_RUNS}</aside>", True),
        (f"<aside class='fakta-ruta'><h4>Fakta</h4>{_RUNS}</aside>", True),
        (f"<aside class='data-box'><h4>By the numbers</h4>{_RUNS}</aside>", True),
        (f"<aside class='box'><h2>Most read</h2>{_RUNS}</aside>", False),
        # a class that names a sidebar
        ("<aside class='related-stories'><p><b>Summary</b></p><p>The ferry runs again, elsewhere</p></aside>", False),
        # the label under the box's first lines labels something else
        ("<aside><p>Most read</p><p>The ferry runs again</p><p><b>Summary</b> of the week</p></aside>", False),
    ],
)
def test_an_aside_that_sums_up_the_article_is_kept(box: str, kept: bool) -> None:
    """An aside is a sidebar, unless it opens with a heading or a bold label that says it sums up the article.

    Or its class names a box of the story's facts. Not when its class names a sidebar, nor when the label stands
    under the box's first lines.
    """
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{box}{BODY}</article>")
    assert ("The ferry runs again" in newsdoc.to_text(article)) is kept


def test_an_embedded_post_classed_as_social_is_the_storys_quote() -> None:
    """A post set in the story is quoted words, though its class names a social network as a share bar's does."""
    post = "Trees are down on the harbour road. Please do not travel unless your journey is essential."
    embed = f"<blockquote class='embed embed--social'><p>{post}</p><footer>\u2014 Skerry Ferries</footer></blockquote>"
    share = "<div class='social'><p><a href='/s'>Share on Facebook</a></p></div>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{embed}{share}</article>")
    assert post in newsdoc.to_text(article)
    assert "Share on Facebook" not in newsdoc.to_text(article)


def test_a_word_right_over_the_headline_is_its_kicker() -> None:
    """With no header around them, one word right over the headline, its class unknown, is the kicker."""
    top = '<div class="top"><p class="report-type">Assessment</p><h1>Ferry Returns</h1></div>'
    page = f"<article>{top}{BODY}</article>"
    assert (newsdoc.parse_html(page).kicker, body(newsdoc.parse_html(page))) == ("Assessment", SENTENCES)
    # Not one a block away from it
    page = page.replace("</p><h1>", "</p><p>By Ines Volk</p><h1>")
    assert newsdoc.parse_html(page).kicker is None


@pytest.mark.parametrize(
    "label", ["The long read", "Science explainer", "Markets \u00b7 Analysis", "Columna de opini\u00f3n"]
)
def test_a_sections_or_genres_label_right_over_the_headline_is_its_kicker(label: str) -> None:
    """A section's or a genre's label of a few words, its class unknown, right over the headline: the kicker."""
    page = f'<article><p class="story-label">{label}</p><h1>Ferry Returns</h1>{BODY}</article>'
    assert (newsdoc.parse_html(page).kicker, body(newsdoc.parse_html(page))) == (label, SENTENCES)


@pytest.mark.parametrize(
    "over",
    ['<a href="/">Lakeledger</a>', '<a href="/">Home</a>', "<span>\u2630</span>", "<p>Subscribe</p>", "<p>Updated</p>"],
)
def test_the_sites_link_or_an_icon_over_the_headline_is_no_kicker(over: str) -> None:
    """The logo's name or "Home", linked to the front page, an icon or a button's word over the headline: no kicker."""
    assert newsdoc.parse_html(f"<article>{over}<h1>Ferry Returns</h1>{BODY}</article>").kicker is None
    assert newsdoc.parse_html(f"<article><header>{over}<h1>Ferry Returns</h1></header>{BODY}</article>").kicker is None
    section = '<a href="/lake-life/">Lakeside</a><h1>Ferry Returns</h1>'
    assert newsdoc.parse_html(f"<article>{section}{BODY}</article>").kicker == "Lakeside"


@pytest.mark.parametrize(
    "kicker",
    [
        '<span class="c-lede__eyebrow">Lake Life</span>',
        '<a class="story-top__rubric" href="/s">Lake Life</a>',
        '<div class="kicker"><a href="/lake-life/">Lake Life</a></div>',  # a box its class names, a link in it
    ],
)
def test_the_kicker_in_a_span_or_a_link_over_the_headline(kicker: str) -> None:
    """A lone span or link between the blocks of the article's top is read with its class, as a paragraph is."""
    page = f"""<article><div class="lede">{kicker}<h1>Ferry Returns</h1></div>{BODY}</article>"""
    article = newsdoc.parse_html(page)
    assert (article.kicker, body(article)) == ("Lake Life", SENTENCES)


@pytest.mark.parametrize(
    "over",
    [
        '<p class="topic"><a href="/lake/boats/">Lake boats</a></p><h1>Ferry Returns</h1>',
        # a list of the one link, over the header that opens with the headline
        '<ul class="post-cats"><li><a href="/lake/boats/">Lake boats</a></li></ul>'
        "<header><h1>Ferry Returns</h1></header>",
        # in the article's header, in a box whose class names the header's fields ("meta")
        '<header><section class="post-card-meta"><a href="/tag/lake-boats/">Lake boats</a></section>'
        "<h1>Ferry Returns</h1></header>",
    ],
)
def test_a_link_of_a_few_words_alone_right_over_the_headline_is_its_kicker(over: str) -> None:
    """A template links the story's section over its headline, no class to say so: a link of a few words alone."""
    article = newsdoc.parse_html(f"<article>{over}{BODY}</article>")
    assert (article.blocks[0], article.kicker, body(article)) == (
        Fragment(text="Lake boats", role="kicker"),
        "Lake boats",
        SENTENCES,
    )
    # (a guard, which passes without the rule too) a writer's name, linked to her page, is none
    named = "<p><a href='/by/iv'>Ines Volk</a></p><h1>Ferry Returns</h1>"
    assert newsdoc.parse_html(f"<article>{named}{BODY}</article>").kicker is None


_HOME = '<div id="menu"><a href="/">Lakeledger</a> <a href="/lake/">Lake</a> <a href="/town/">Town</a></div>'


@pytest.mark.parametrize(
    ("trail", "words"),
    [
        (
            '<nav class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/lake/">Lake</a></li>'
            "<li>Ferries</li></ol></nav>",
            "Home > Lake > Ferries",
        ),
        # its own marks between its steps, its aria-label naming it
        (
            '<div aria-label="Breadcrumb"><a href="/">Home</a> \u203a <a href="/lake/">Lake</a></div>',
            "Home \u203a Lake",
        ),
        # microdata's type names it
        (
            '<ul itemtype="https://schema.org/BreadcrumbList"><li><a href="/">Start</a></li><li>Sj\u00f6n</li></ul>',
            "Start > Sj\u00f6n",
        ),
    ],
)
def test_the_breadcrumb_trail_over_the_article_is_its_first_fragment(trail: str, words: str) -> None:
    """The page's trail from its home to the story's section, before the headline, is the article's place."""
    story = f"<article><h1>Ferry Returns</h1>{BODY}</article>"
    article = newsdoc.parse_html(f"<body>{_HOME}{trail}{story}</body>")
    assert (article.blocks[0], body(article)) == (Fragment(text=words, role="breadcrumb"), SENTENCES)
    # (guards, which pass without the rule too) a trail in the footer, after the article, is furniture
    after = newsdoc.parse_html(f"<body>{_HOME}{story}<footer>{trail}</footer></body>")
    assert not after.blocks_of(Fragment)


@pytest.mark.parametrize(
    "trail", ["News &gt; Local", '<a href="/news/">News</a> &gt; <a href="/news/local/">Local</a>']
)
def test_a_trail_in_a_box_its_class_names_a_section_is_the_breadcrumb(trail: str) -> None:
    """A kicker's class (``section``) around a trail of the site's sections: its breadcrumb, not its kicker."""
    article = newsdoc.parse_html(
        f'<body><div id="story"><div class="section">{trail}</div><h1>Ferry Returns</h1>{BODY}'
    )
    assert (article.blocks[0], article.kicker) == (Fragment(text="News > Local", role="breadcrumb"), None)
    # (a guard, which passes without the rule too) a word or two there is the kicker
    article = newsdoc.parse_html(f'<body><div id="story"><div class="section">Local</div><h1>Ferry Returns</h1>{BODY}')
    assert article.kicker == "Local"


def test_a_breadcrumb_trail_in_the_articles_header_is_kept() -> None:
    """A trail its words make (``Home > Lake > Ferries``) in the article's header, over the headline, is kept."""
    top = '<div class="article-top"><div class="where">Home &gt; Lake &gt; Ferries</div><h1>Ferry Returns</h1></div>'
    page = (
        f"<div id='wrap'>{top}<div class='article-text'>{BODY}</div><div class='notice'>All rights reserved</div></div>"
    )
    article = newsdoc.parse_html(f"<body>{page}</body>")
    assert (article.blocks[0], body(article)) == (Fragment(text="Home > Lake > Ferries", role="breadcrumb"), SENTENCES)


@pytest.mark.parametrize(
    ("line", "dek"),
    [
        ("<span>Boats cross the lake again after a winter of repairs to both landings.</span>", True),
        ("<a href='#player'>Listen to this story, read aloud by our narrator</a>", False),
        ("<a href='/lake/festival'>The lake festival returns this summer with boats and music</a>", False),
    ],
)
def test_a_lone_span_in_the_header_is_its_dek_and_a_lone_link_is_not(line: str, dek: bool) -> None:
    """A sentence in a span under the headline, in its header, is the dek; a link alone there leads elsewhere."""
    page = f"""<article><header><h1>Ferry Returns</h1>{line}</header>{BODY}</article>"""
    article = newsdoc.parse_html(page)
    assert ("Standfirst" in kinds(article)) is dek
    assert body(article)[-3:] == SENTENCES


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("By Ines Volk, Tuesday, 12 May 2024 09:10 GMT", "byline"),
        ("<a href='/author/ivolk/'>ivolk</a> // 12 May 2024", "byline"),  # a link to the writer's page
        ("<time datetime='2024-05-12T09:10'>Tuesday 9:10AM</time>", "date"),
    ],
)
def test_a_meta_line_under_the_headline_says_by_its_words_what_it_is(line: str, role: str) -> None:
    """A line of the header whose class names no role ("meta"): its words or its link say it is a byline or a date.

    In a paragraph, or in a lone span between the blocks, read with its class as a paragraph is.
    """
    for tag in ("p", "span"):
        page = f"""<article><header><h1>Ferry Returns</h1><{tag} class="meta">{line}</{tag}></header>{BODY}</article>"""
        article = newsdoc.parse_html(page)
        assert (type(article.blocks[0]), getattr(article.blocks[0], "role", None)) == (newsdoc.Fragment, role)
        assert body(article) == SENTENCES


@pytest.mark.parametrize(
    "meta",
    [
        # the date's field first, then the byline's, each in a span its class names
        "<div class='post-meta'><span class='post-date'>12 May 2024</span> | "
        "<span class='post-author'>By Ines Volk</span></div>",
        # a French template's box of the writers ("auteurs"), the date's span in it
        "<div class='article__auteurs'><span>Par <a href='/auteurs/ines-volk'>Ines Volk</a></span> "
        "<span class='article__date'>Publi\u00e9 le 12 mai 2024 \u00e0 11:20</span></div>",
    ],
)
def test_a_byline_and_its_date_in_spans_of_one_line(meta: str) -> None:
    """The writer's and the date's spans on one line of the header: the byline and its date, each its line."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{meta}{BODY}</article>")
    assert [getattr(b, "role", None) for b in article.blocks[:2]] in (["byline", "date"], ["date", "byline"])
    assert article.authors == ("Ines Volk",)
    assert str(article.published)[:10] == "2024-05-12"


def test_an_author_bio_in_the_header_is_a_bio() -> None:
    """A column's header sets the writer's bio, classed "author-bio": a bio, not a byline."""
    bio = "Ines Volk is a professor of maritime history at the Harbour Institute."
    page = f"""<article><header><h1>Ferry Returns</h1><p class="author-bio">{bio}</p></header>{BODY}</article>"""
    assert only(newsdoc.parse_html(page), newsdoc.Bio).text == bio  # type: ignore[attr-defined]


def test_a_byline_named_by_its_class_between_the_headline_and_the_body_is_no_paragraph() -> None:
    """A byline without "By", set in a div its class names, under the headline: no header element around it."""
    line = "Ines Volk Harbour Reporter 09:10, 12 May 2024"
    page = f"""<article><h1>Ferry Returns</h1><div class="article-byline"><span>Ines Volk</span> <span>Harbour
    Reporter</span> <time>09:10, 12 May 2024</time></div><div class="article-body">{BODY}</div></article>"""
    article = newsdoc.parse_html(page)
    assert article.blocks[0] == newsdoc.Fragment(text=line, role="byline")
    assert body(article) == SENTENCES


def test_the_writers_name_alone_under_the_dek_is_the_byline() -> None:
    """A feature sets the dek under the headline, then the writer's name alone, as the page's head names her."""
    dek = "For three days each spring the ferry pier turns into a market for the whole estuary."
    page = f"""<html><head><meta name="author" content="Ines Volk"></head><body><article><h1>Ferry Returns</h1>
    <p>{dek}</p><p>Ines Volk</p>{BODY}</article></body></html>"""
    article = newsdoc.parse_html(page)
    assert article.blocks[:2] == (Standfirst(text=dek), Fragment(text="Ines Volk", role="byline"))
    assert body(article) == SENTENCES


@pytest.mark.parametrize("job", ["", ", Staff Reporter"])
def test_a_byline_over_its_date_in_one_paragraph_names_its_writer(job: str) -> None:
    """A local paper's byline, the writer's job after her name, then a line break and the date."""
    page = f"<article><h1>Ferry Returns</h1><p>By Ines Volk{job}<br>Tuesday, January 20, 2026</p>{BODY}</article>"
    article = newsdoc.parse_html(page)
    assert (article.authors, article.published) == (("Ines Volk",), dt.datetime(2026, 1, 20, tzinfo=dt.UTC))
    text = f"Ferry Returns\n\nBy Ines Volk{job}\nTuesday, January 20, 2026\n\n{SENTENCES[0]}\n"
    assert newsdoc.parse_text(text).authors == newsdoc.from_markdown(text).authors == ("Ines Volk",)


def test_the_heading_the_documents_title_names_is_the_headline() -> None:
    """Without a title in the page's metadata, the <title> names the headline: a page header that holds it stays."""
    page = f"""<html><head><title>Ferry Returns | Harbour News</title></head><body><header><a href="/">Harbour
    News</a><h1>Ferry Returns</h1></header><div><article>{BODY}</article></div></body></html>"""
    article = newsdoc.parse_html(page)
    assert (article.title, body(article)) == ("Ferry Returns", SENTENCES)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # the share card's title cut short, most of the heading's words still
        (
            '<meta property="og:title" content="Ferry Returns to Varn Point">',
            "Ferry Returns to Varn Point after the Storm",
        ),
        # the structured data's headline cut short, the <title> whole
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry Returns"}</script>'
            "<title>Ferry Returns to Varn Point after the Storm | Harbour News</title>",
            "Ferry Returns to Varn Point after the Storm",
        ),
        # (a guard, which passes without the rule too) a heading whose word goes on is no title's
        ('<meta property="og:title" content="Ferry Return">', "Ferry Return"),
    ],
)
def test_the_heading_shows_the_headline_whole_that_the_heads_title_cuts_short(head: str, title: str) -> None:
    """A share card's or a search page's title is the headline's first words; the page's heading shows it whole."""
    heading = "Ferry Returns to Varn Point after the Storm"
    page = f"<html><head>{head}</head><body><article><h1>{heading}</h1>{BODY}</article></body></html>"
    article = newsdoc.parse_html(page)
    assert article.title == title
    assert body(article) == SENTENCES


def test_a_page_with_no_heading_is_titled_by_its_documents_title() -> None:
    """An old page sets its headline in bold, not in a heading, and its head names no title but its <title>."""
    page = f"""<html><head><title>Ferry Returns | Harbour News</title></head><body><div><b>Ferry Returns</b><br><br>
    By Ines Volk<br><br>{"<br><br>".join(SENTENCES)}</div></body></html>"""
    article = newsdoc.parse_html(page)
    assert (article.title, article.authors) == ("Ferry Returns", ("Ines Volk",))
    assert article.blocks[0] == newsdoc.Fragment(text="Ferry Returns", role="title")
    assert body(article) == SENTENCES
    # A headline with a colon in it is whole: only a separator parts the headline from the site's name
    page = f"<html><head><title>Ferries: What Next</title></head><body><div>{BODY}</div></body></html>"
    assert newsdoc.parse_html(page).title == "Ferries: What Next"


def test_an_article_nested_beside_a_box_of_the_outer_is_the_article() -> None:
    """A template nests the story's article in another that holds a summary box: the inner holds more prose."""
    box = "<div class='summary'><p>The service resumed on Monday, after four months of repairs.</p></div>"
    page = f"<body><article><h1>Ferry Returns</h1>{box}<article class='text'>{BODY}</article></article></body>"
    article = newsdoc.parse_html(page)
    assert body(article)[-3:] == SENTENCES


def test_lead_figure_and_dek_above_the_headline_and_author_box_after_the_body() -> None:
    """A theme that sets the lead picture and the dek above the h1, and the author box after .entry-content."""
    page = f"""<html><head><title>Ferry Returns to the Lake</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div class="post">
      <figure class="post-thumbnail"><img src="/img/ferry.jpg" alt="The ferry at the north landing">
        <figcaption>The ferry leaves the north landing on its first run. <span class="credit">Mara Lind</span>
        </figcaption></figure>
      <p class="excerpt">After a winter of repairs the lake crossing is back, and a second boat may follow.</p>
      <h1 class="entry-title">Ferry Returns to the Lake</h1>
      <p class="byline">By Tom Ekwall</p>
      <div class="entry-content">{BODY}</div>
      <div class="author-box"><img src="/img/tom.jpg" alt="">
        <p>Tom Ekwall is a reporter who covers transport and the lakeshore towns.</p></div>
    </div>
    <aside class="sidebar"><h3>Popular</h3><p>Something else entirely that happened far away this week.</p></aside>
    </body></html>"""
    article = newsdoc.parse_html(page)
    assert article.title == "Ferry Returns to the Lake"
    # (the author box's portrait is no picture of the article)
    assert kinds(article) == [
        "Image", "Caption", "Standfirst", "Fragment", "Paragraph", "Paragraph", "Paragraph", "Bio",
    ]  # fmt: skip
    caption = article.blocks[1]
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.image) == ("The ferry leaves the north landing on its first run.",
                                                             "Mara Lind", 0)  # fmt: skip
    assert only(article, Standfirst).text.startswith("After a winter of repairs")  # type: ignore[attr-defined]
    assert only(article, Bio).text == "Tom Ekwall is a reporter who covers transport and the lakeshore towns."  # type: ignore[attr-defined]
    assert body(article) == SENTENCES


def test_the_lead_keeps_only_typed_parts() -> None:
    """Between the headline and the body: a share bar, a byline and a date are not the article's words."""
    page = f"""<body><div class="story"><h1>Ferry Returns to the Lake</h1>
    <div class="meta"><span>12 comments</span> <a href="/share">Tell a friend</a></div>
    <h2 class="dek">After a winter of repairs the lake crossing is back on the timetable.</h2>
    <div class="story-body">{BODY}</div></div></body>"""
    page_read = parse_page(page)
    assert kinds(page_read.article) == ["Standfirst", "Paragraph", "Paragraph", "Paragraph"]
    assert any(d.rule == "lead of the article, not a typed part" for d in page_read.dropped)


def test_each_post_of_a_live_page_has_its_byline() -> None:
    """A live page signs each post under its heading, in a line classed as the author's: "By Jane Roe"."""
    post = "<div class='live-post'><h3>{}</h3><p class='live-post__author'>By {}</p><p>{}</p></div>"
    posts = post.format("6:55 p.m. Winds ease", "Mara Lind", SENTENCES[0]) + post.format(
        "5:20 p.m. Road closed", "Tom Hale", SENTENCES[1]
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p class='byline'>By Ines Volk</p>{posts}</article>")
    bylines = [b.text for b in article.blocks if isinstance(b, newsdoc.Fragment) and b.role == "byline"]
    assert bylines == ["By Ines Volk", "By Mara Lind", "By Tom Hale"]
    assert (article.authors, body(article)) == (("Ines Volk",), SENTENCES[:2])
    # A name alone so classed is no post's byline: a speaker's in a Q&A, an organisation's over its post.
    named = posts.replace("By Tom Hale", "Tom Ives Hale")
    assert "Tom Ives Hale" in body(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{named}</article>"))


# Role markup before furniture ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("box", "who"),
    [
        ("<div class='pq-block'><p>{q}</p><span class='pq-block__name'>Ines Volk</span></div>", "Ines Volk"),
        ("<div class='pq-block'><p>{q}</p><p class='pq-block__who'>Ines Volk, skipper</p></div>", "Ines Volk, skipper"),
        ("<div class='highlight-quote'><p>{q}</p><p>\u2014 Ines Volk</p></div>", "Ines Volk"),
        # a box no class names, which repeats the body, its quote in guillemets
        ("<aside><p>\u00ab{q}\u00bb</p><p>Ines Volk, skipper</p></aside>", "Ines Volk, skipper"),
    ],
)  # fmt: skip
def test_a_pull_quote_box_sets_its_speaker_under_the_quote(box: str, who: str) -> None:
    """A pull quote's box names its speaker in an element of its own under the quote, a span or a paragraph."""
    said = "Nobody crosses the lake in winter unless the ferry runs."
    page = f"<article><h1>Ferry Returns</h1>{BODY}{box.format(q=said)}<p>\u201c{said}\u201d she said.</p></article>"
    quote = only(newsdoc.parse_html(page), PullQuote)
    assert isinstance(quote, PullQuote)
    assert (quote.text, quote.attribution) == (said, who)
    assert who not in body(newsdoc.parse_html(page))


@pytest.mark.parametrize(
    ("name", "pulled"),
    [
        # French, Spanish, Portuguese, German, Dutch, Polish and Czech templates' names
        ("exergue", True),
        ("citation-exergue", True),
        ("cita-destacada", True),
        ("citacao-destaque", True),
        ("zitat-box", True),
        ("uitgelicht-citaat", True),
        ("wyimek", True),
        ("citace-vytazena", True),
        ("destaque", False),  # a featured story's box as often (a guard, which passes without the rule too)
    ],
)
def test_a_pull_quote_s_class_in_other_languages(name: str, pulled: bool) -> None:
    """A template in another language names the pull quote's box in its words; a quote so set that the body does
    not repeat is still a pull quote."""
    page = f"<article><h1>Ferry Returns</h1>{BODY}<blockquote class='{name}'><p>The lake keeps its own timetable.</p>"
    page += f"</blockquote>{BODY}</article>"
    assert ("PullQuote" in kinds(newsdoc.parse_html(page))) is pulled


def test_the_spaces_inside_a_pull_quote_s_guillemets_are_kept() -> None:
    """French sets a space inside its guillemets: the pull quote keeps it with its marks, in every reader."""
    said = "Un enfant qui a faim ne peut pas apprendre."
    page = f"<article><h1>Ferry Returns</h1>{BODY}<blockquote class='pullquote'><p>\u00ab {said} \u00bb</p>"
    page += "</blockquote></article>"
    quote = only(newsdoc.parse_html(page), PullQuote)
    assert (quote.opening, quote.text, quote.closing) == ("\u00ab ", said, " \u00bb")
    text = f"Ferry Returns\n\nLe directeur a parl\u00e9. \u00ab {said} \u00bb\n\n\u00ab {said} \u00bb\n"
    quote = only(newsdoc.parse_text(text), PullQuote)
    assert (quote.opening, quote.text, quote.closing) == ("\u00ab ", said, " \u00bb")


def test_a_template_prefix_of_pull_quote_letters_makes_no_pull_quote() -> None:
    """A template that opens every class with "pq-" (its name's letters) names no pull quote by them."""
    paragraphs = BODY.replace("<p>", "<p class='pq-text'>")
    page = f"<article class='pq-story'><h1 class='pq-title'>Ferry Returns</h1><div class='pq-body'>{paragraphs}</div>"
    page += "</article>"
    article = newsdoc.parse_html(page)
    assert body(article) == SENTENCES
    assert "PullQuote" not in kinds(article)


def test_pull_quote_with_its_own_quote_marks_keeps_them_and_adds_none() -> None:
    """<aside class="pull-quote"> with a blockquote in curly quotes and the source in a paragraph under it."""
    page = f"""<article><h1>Ferry Returns</h1>{BODY}
    <aside class="pull-quote"><blockquote><p>\u201cThe crossing saved them an hour a day.\u201d</p></blockquote>
    <p>\u2013 Lake Transit survey</p></aside></article>"""
    quote = only(newsdoc.parse_html(page), PullQuote)
    assert isinstance(quote, PullQuote)
    assert (quote.text, quote.attribution) == ("The crossing saved them an hour a day.", "Lake Transit survey")
    assert (quote.opening, quote.closing) == ("\u201c", "\u201d")
    assert newsdoc.model.plain_text(quote).count("\u201c") == 1


def test_pull_quote_without_marks_on_the_page_gets_none() -> None:
    """A pull-quote box whose words stand bare, hidden from screen readers (aria-hidden) as many are."""
    page = f"""<article><h1>Ferry Returns</h1>{BODY}
    <div class="pull-quote pull-quote--left" aria-hidden="true">
    <span class="pull-quote__text">A second boat would join the route in the spring</span></div></article>"""
    quote = only(newsdoc.parse_html(page), PullQuote)
    assert isinstance(quote, PullQuote)
    assert (quote.opening, quote.closing, quote.attribution) == ("", "", None)
    assert newsdoc.model.plain_text(quote) == "A second boat would join the route in the spring"


def test_a_quote_box_that_repeats_the_body_is_a_pull_quote() -> None:
    """An unnamed <aside> in the body whose words repeat a body sentence."""
    page = f"""<article><h1>Ferry Returns</h1>{BODY}
    <aside class="x9f2"><p>Commuters said the crossing saved them an hour a day.</p></aside>
    <p>Commuters said the crossing saved them an hour a day, which they spent at home.</p></article>"""
    quote = only(newsdoc.parse_html(page), PullQuote)
    assert isinstance(quote, PullQuote)
    assert quote.text == "Commuters said the crossing saved them an hour a day."


_SAID = "A second boat would join the route in the spring if the numbers held up."
_SAYING = f"The operator said the timetable would stay. {_SAID} Fares will not change this year."


@pytest.mark.parametrize(
    "box",
    [
        # The HTML standard's example of an aside: a pull quote, its source under the quote.
        f"<aside><blockquote><p>\u201c{_SAID}\u201d</p></blockquote><cite>Lake Transit</cite></aside>",
        f"<aside><p>\u201c{_SAID}\u201d</p><p>\u2013 Lake Transit</p></aside>",
        # A blockquote in quote marks, its source after a dash, as blog editors set a pull quote.
        f"<blockquote><p>\u201c{_SAID}\u201d \u2013 <cite>Lake Transit</cite></p></blockquote>",
    ],
)
def test_a_quote_that_repeats_the_body_with_its_source_is_a_pull_quote(box: str) -> None:
    page = f"<body><article><h1>Ferry Returns</h1><p>{SENTENCES[0]}</p><p>{_SAYING}</p>{box}<p>{SENTENCES[1]}</p>"
    quote = only(newsdoc.parse_html(page + "</article></body>"), PullQuote)
    assert quote == PullQuote(text=_SAID, attribution="Lake Transit", repeats=1)
    assert body(newsdoc.parse_html(page)) == [SENTENCES[0], _SAYING, SENTENCES[1]]


def test_a_quote_cut_short_over_its_source_is_a_pull_quote() -> None:
    """An editor cut the quote mid-sentence, with no mark at its end; its source in a ``<cite>`` under it."""
    cut = _SAID.rsplit(" ", 3)[0]
    page = f"<article><h1>Ferry Returns</h1><p>{SENTENCES[0]}</p><blockquote><p>{cut}</p><cite>Lake Transit</cite>"
    page += f"</blockquote><p>{_SAYING}</p><p>{SENTENCES[1]}</p></article>"
    quote = only(newsdoc.parse_html(page), PullQuote)
    assert quote == PullQuote(
        text=cut, attribution="Lake Transit", repeats=2, opening="", closing="", attribution_prefix="\n\n\u2014 "
    )


_GESAGT = "Wir haben die Boote und die Leute, uns fehlt nur noch ein Anleger am Ostkai."


@pytest.mark.parametrize("repeated", [True, False])
def test_a_quote_figure_in_german_quote_marks_that_repeats_the_body_is_a_pull_quote(repeated: bool) -> None:
    """The HTML standard's quote figure, the quote in German marks (low, then high), the speaker in its caption.

    Signed by a person, it is a pull quote whether or not the body says it again (it ties to the paragraph that
    does); under a paragraph that introduces it, it is the body's quote."""
    said = f"\u201e{_GESAGT[:-1]}\u201c, sagte Volk." if repeated else "Der Anleger wird im Mai gebaut, sagte Volk."
    figure = (
        f"<figure><blockquote>\u201e{_GESAGT}\u201c</blockquote>"
        "<figcaption>Ines Volk, Hafenmeisterin</figcaption></figure>"
    )
    page = (
        f"<article><h1>Ferry Returns</h1><p>{SENTENCES[0]}</p>{figure}<p>{said} Die Fahrpreise bleiben.</p></article>"
    )
    quote = newsdoc.parse_html(page).blocks[1]
    assert quote == PullQuote(
        text=_GESAGT,
        attribution="Ines Volk, Hafenmeisterin",
        repeats=2 if repeated else None,
        opening="\u201e",
        closing="\u201c",
        attribution_prefix="\n\n\u2014 ",
    )
    introduced = page.replace(f"{SENTENCES[0]}</p>", "Die Hafenmeisterin schrieb dem Rat:</p>")
    assert isinstance(newsdoc.parse_html(introduced).blocks[1], newsdoc.Quote if not repeated else PullQuote)


def test_a_block_quote_of_new_words_stays_a_quote() -> None:
    letter = "\u201cWe ask the council to keep the winter timetable for the island families.\u201d"
    letter += " \u2013 <cite>Ferry users</cite>"
    page = f"<body><article><h1>Ferry Returns</h1>{BODY}<blockquote><p>{letter}</p></blockquote></article></body>"
    assert kinds(newsdoc.parse_html(page)) == ["Paragraph", "Paragraph", "Paragraph", "Quote"]


def test_a_caption_said_again_under_each_picture_is_no_pull_quote() -> None:
    """A blog sets the same caption under each picture as a bare paragraph, the last with more words.

    Each caption repeats the last one's words, as a pull quote repeats the body's; what stands
    right under a picture is its caption, not a quote pulled out of the body.
    """
    caption = "Harbour Days 2024 on the north landing, with the brass band and the lantern boats"
    pictures = "".join(
        f"<p><img src='/day{n}.jpg'></p><p>{caption}{more}</p><p>{sentence}</p>"
        for n, (sentence, more) in enumerate(zip(SENTENCES, ["", "", ", and the ferry crew in costume"], strict=True))
    )
    article = newsdoc.parse_html(f"<body><article><h1>Ferry Returns</h1>{pictures}</article></body>")
    assert not [b for b in article.blocks if isinstance(b, PullQuote)]
    assert kinds(article) == ["Image", "Paragraph", "Paragraph"] * 3


def test_pull_quotes_in_the_cells_of_a_layout_table() -> None:
    """An old table layout with the pull quote in <td class="pullquote">."""
    page = f"""<table><tr><td><h1>Ferry Returns</h1>{BODY}
    <table align="right"><tr><td class="pullquote">\u201cWe will add a boat,\u201d the operator said.</td></tr></table>
    <p>More of the story follows the quote, as the operator described the plans in detail.</p></td></tr></table>"""
    quote = only(newsdoc.parse_html(page), PullQuote)
    assert isinstance(quote, PullQuote)
    assert quote.text == "\u201cWe will add a boat,\u201d the operator said."


@pytest.mark.parametrize(
    "figcaption",
    [
        "<p>Mara Lind | AP</p><p>The first ferry of the season leaves the north landing.</p>",  # the credit over it
        "The first ferry of the season leaves the north landing. <span>AP Photo/Mara Lind</span>",  # at its end
    ],
)
def test_a_credit_in_an_element_of_its_own_opens_or_closes_the_caption(figcaption: str) -> None:
    """No class names the credit: its words do (an agency), and where it stands, at one end of the caption."""
    page = f"<article><h1>Ferry Returns</h1><figure><img src='/f.jpg'><figcaption>{figcaption}</figcaption></figure>"
    caption = only(newsdoc.parse_html(page + f"{BODY}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert caption.text == "The first ferry of the season leaves the north landing."
    assert caption.credit in {"Mara Lind | AP", "AP Photo/Mara Lind"}


def test_a_gallery_as_a_definition_list() -> None:
    """WordPress writes a gallery as ``<dl>``s: the picture in a ``<dt>``, its caption in a ``<dd>`` classed so."""
    items = "".join(
        f'<dl class="gallery-item"><dt class="gallery-icon"><img src="/g{n}.jpg" alt=""></dt>'
        f'<dd class="wp-caption-text gallery-caption">{words}</dd></dl>'
        for n, words in enumerate(["Gulls over the east landing at dawn.", "The new boat at its berth."])
    )
    article = newsdoc.parse_html(f'<article><h1>Ferry Returns</h1>{BODY}<div class="gallery">{items}</div></article>')
    assert kinds(article)[-4:] == ["Image", "Caption", "Image", "Caption"]
    assert [(b.text, b.image) for b in article.blocks if isinstance(b, Caption)] == [
        ("Gulls over the east landing at dawn.", 3),
        ("The new boat at its berth.", 5),
    ]


@pytest.mark.parametrize(
    ("under", "credit"),
    [
        ("<p><em>Gulls over the east landing at dawn.</em></p>", None),
        (
            "<p><em>Gulls over the east landing at dawn. (Lena Quist/Harbour Voices)</em></p>",
            "Lena Quist/Harbour Voices",
        ),
        ("<p>Gulls over the east landing at dawn. (Lena Quist/Harbour Voices)</p>", "Lena Quist/Harbour Voices"),
    ],
)
def test_a_paragraph_set_as_a_caption_under_a_pictures_paragraph(under: str, credit: str | None) -> None:
    """A blog's editor sets a picture in a paragraph of its own, its caption in italics or with a credit under it."""
    picture = '<p><img src="/quay.jpg" alt=""></p>'
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{picture}{under}{BODY}</article>")
    caption = only(article, Caption)
    assert (caption.text, caption.credit, caption.image) == ("Gulls over the east landing at dawn.", credit, 3)  # type: ignore[attr-defined]


def test_a_lazy_pictures_fallback_in_noscript_is_the_picture() -> None:
    """A lazy loader leaves a placeholder, the picture itself in ``<noscript>`` for browsers without scripts."""
    figure = (
        '<figure><div class="lazy" data-ratio="1.5"></div><noscript><img src="/quay.jpg" alt="The quay"></noscript>'
        "<figcaption>Gulls over the east landing at dawn.</figcaption></figure>"
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{figure}{BODY}</article>")
    assert article.blocks[3:5] == (
        Image(alt="The quay", src="/quay.jpg"),
        Caption(text="Gulls over the east landing at dawn.", image=3),
    )
    # Beside a picture the loader fills in, the fallback is the same picture again: left out
    lazy = figure.replace('<div class="lazy" data-ratio="1.5"></div>', '<img data-src="/quay.jpg" alt="The quay">')
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{lazy}{BODY}</article>")
    assert kinds(article).count("Image") == 1
    # A placeholder picture, with an inline address or none, gives way to the fallback: no second picture
    for stand_in in ('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazy">', '<img class="lazy">'):
        placed = figure.replace('<div class="lazy" data-ratio="1.5"></div>', stand_in)
        article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{placed}{BODY}</article>")
        assert article.blocks[3:5] == (
            Image(alt="The quay", src="/quay.jpg"),
            Caption(text="Gulls over the east landing at dawn.", image=3),
        )


def test_a_lead_figure_set_over_the_article_outside_it() -> None:
    """A template sets the lead picture full width over the article, before its ``<article>``: the article's."""
    hero = (
        '<div class="hero"><figure><img src="/quay-wide.jpg" alt=""><figcaption>Gulls over the east landing.'
        ' <span class="credit">Lena Quist</span></figcaption></figure></div>'
    )
    page = f"<body><main>{hero}<article><h1>Ferry Returns</h1>{BODY}</article></main></body>"
    article = newsdoc.parse_html(page)
    assert kinds(article)[:2] == ["Image", "Caption"]
    assert (article.blocks[1].text, article.blocks[1].credit) == ("Gulls over the east landing.", "Lena Quist")  # type: ignore[attr-defined]
    # A site's banner there, a picture with no caption, is none of it
    banner = '<div class="banner"><figure><img src="/sale.jpg" alt=""></figure></div>'
    article = newsdoc.parse_html(f"<body><main>{banner}<article><h1>Ferry Returns</h1>{BODY}</article></main></body>")
    assert "Image" not in kinds(article)


@pytest.mark.parametrize("wrap", [("", ""), ('<div class="media">', "</div>")])
def test_a_credit_paragraph_over_the_figcaption_is_the_captions_credit(wrap: tuple[str, str]) -> None:
    """A figure sets its credit in a ``<p class="credit">`` by the picture, its caption under it: one caption."""
    picture = '<img src="/quay.jpg" alt=""><p class="credit">Lena Quist/Harbour Voices</p>'.join(wrap)
    figure = f"<figure>{picture}<figcaption>Gulls over the east landing at dawn.</figcaption></figure>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{figure}{BODY}</article>")
    assert [(b.text, b.credit, b.image) for b in article.blocks if isinstance(b, Caption)] == [
        ("Gulls over the east landing at dawn.", "Lena Quist/Harbour Voices", 3)
    ]


def test_a_gallery_as_a_list_of_pictures_and_their_lines() -> None:
    """A slideshow set as a list: each item a picture and a line about it, a caption, perhaps with its credit."""
    items = (
        '<li><img src="/g0.jpg" alt=""><p>Gulls over the east landing at dawn.</p></li>'
        '<li class="slide"><div><img src="/g1.jpg" alt=""></div><p class="slide-text">The new boat at its berth.'
        " Lena Quist/Harbour Voices</p></li>"
    )
    article = newsdoc.parse_html(f'<article><h1>Ferry Returns</h1>{BODY}<ul class="slides">{items}</ul></article>')
    assert kinds(article)[-4:] == ["Image", "Caption", "Image", "Caption"]
    assert [(b.text, b.credit, b.image) for b in article.blocks if isinstance(b, Caption)] == [
        ("Gulls over the east landing at dawn.", None, 3),
        ("The new boat at its berth.", "Lena Quist/Harbour Voices", 5),
    ]


def test_a_gallerys_items_with_their_counter_over_the_picture() -> None:
    """A slideshow's item may set where it stands ("1 of 2") over its picture: no item's words before it."""
    items = "".join(
        f'<li class="slide"><div class="counter">{n} of 2</div><img src="/g{n}.jpg" alt="">'
        f'<p class="slide-caption">{caption}</p><span class="credit">Lena Quist/Harbour Voices</span></li>'
        for n, caption in ((1, "Gulls over the east landing at dawn."), (2, "The new boat at its berth."))
    )
    article = newsdoc.parse_html(f'<article><h1>Ferry Returns</h1>{BODY}<ul class="slides">{items}</ul></article>')
    assert "ItemList" not in kinds(article)
    assert [(b.text, b.credit) for b in article.blocks if isinstance(b, Caption)] == [
        ("Gulls over the east landing at dawn.", "Lena Quist/Harbour Voices"),
        ("The new boat at its berth.", "Lena Quist/Harbour Voices"),
    ]


def test_a_captions_credit_again_under_it_credits_nothing_more() -> None:
    """A page with two layouts shows a picture's credit twice: under the caption, the same credit is no new caption."""
    figure = (
        '<figure><img src="/g0.jpg" alt=""><figcaption>Gulls over the east landing at dawn. '
        '<span class="credit">Photo: Lena Quist</span></figcaption></figure>'
    )
    page = f"<article><h1>Ferry Returns</h1>{BODY}{figure}<p>Photo: Lena Quist</p>{BODY}</article>"
    article = newsdoc.parse_html(page)
    assert [(b.text, b.credit) for b in article.blocks if isinstance(b, Caption)] == [
        ("Gulls over the east landing at dawn.", "Lena Quist")
    ]
    assert Fragment(text="Photo: Lena Quist", role="credit") in article.blocks


def test_a_list_of_items_with_a_picture_after_their_words_is_no_gallery() -> None:
    items = '<li>Fares rise. <img src="/g0.jpg" alt=""></li><li>Tickets on board. <img src="/g1.jpg" alt=""></li>'
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<ul>{items}</ul>{BODY}</article>")
    assert "ItemList" in kinds(article)
    assert "Caption" not in kinds(article)


def test_a_list_of_linked_stories_with_pictures_is_no_gallery() -> None:
    """Cards for other stories, each a picture and a headline that links to the story, are no captions."""
    items = "".join(
        f'<li><img src="/t{n}.jpg" alt=""><a href="/news/{n}">{words}</a></li>'
        for n, words in enumerate(["Harbour board meets on fares", "New berth opens at the east landing"])
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<ul>{items}</ul></article>")
    assert not [b for b in article.blocks if isinstance(b, Caption)]


def test_the_terms_of_a_definition_list_are_lines_apart() -> None:
    """A browser sets each ``<dt>`` and ``<dd>`` on a line of its own: their words are not run together."""
    glossary = "<dl><dt>Slipway</dt><dd>A ramp where boats are launched.</dd>"
    glossary += "<dt>Berth</dt><dd>A boat's place.</dd></dl>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{glossary}</article>")
    assert body(article)[3:] == ["Slipway", "A ramp where boats are launched.", "Berth", "A boat's place."]


@pytest.mark.parametrize(
    ("tail", "credit", "prefix"),
    [
        (" Tove Brandt/Lake Herald via AP", "Tove Brandt/Lake Herald via AP", " "),  # the agency that sent it
        (" \u2014 Tove Brandt/Lake Herald", "Tove Brandt/Lake Herald", " \u2014 "),  # after a dash
    ],
)
def test_a_photographer_and_an_outlet_after_the_captions_sentence(tail: str, credit: str, prefix: str) -> None:
    page = f"<article><h1>Ferry Returns</h1><figure><img src='/f.jpg'><figcaption>The first ferry leaves.{tail}"
    caption = only(newsdoc.parse_html(page + f"</figcaption></figure>{BODY}</article>"), Caption)
    assert (caption.text, caption.credit, caption.credit_prefix) == ("The first ferry leaves.", credit, prefix)  # type: ignore[attr-defined]


def test_a_name_amid_the_caption_is_no_credit() -> None:
    figcaption = "The mayor, <span>Jane Roe</span>, waves to the <b>AFP</b> crew at the end of the pier"
    page = f"<article><h1>Ferry Returns</h1><figure><img src='/f.jpg'><figcaption>{figcaption}</figcaption></figure>"
    caption = only(newsdoc.parse_html(page + f"{BODY}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == ("The mayor, Jane Roe, waves to the AFP crew at the end of the pier", None)


@pytest.mark.parametrize(
    ("figcaption", "credit", "prefix"),
    [
        ("PHOTO: TOVE BRANDT/LAKE HERALD \u2014 The first ferry of the <a href='/f'>season</a> leaves the landing.",
         "TOVE BRANDT/LAKE HERALD", " PHOTO: "),
        ("Picture courtesy of Shore Ferry Trust: The first ferry of the <a href='/f'>season</a> leaves the landing.",
         "Shore Ferry Trust", " Picture courtesy of "),
        ("Photo: Tove Brandt/AP. The first ferry of the <a href='/f'>season</a> leaves the landing.",
         "Tove Brandt/AP", " Photo: "),
    ],
)  # fmt: skip
def test_a_credit_that_opens_the_caption_before_a_dash_or_a_colon(figcaption: str, credit: str, prefix: str) -> None:
    """A credit that says it is one (a label, "courtesy") may open the caption, set off by a dash, a colon or a stop."""
    page = f"<article><h1>Ferry Returns</h1><figure><img src='/f.jpg'><figcaption>{figcaption}</figcaption></figure>"
    caption = only(newsdoc.parse_html(page + f"{BODY}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.credit_prefix) == (
        "The first ferry of the season leaves the landing.",
        credit,
        prefix,
    )
    assert [caption.text[mark.start : mark.end] for mark in caption.marks] == ["season"]


@pytest.mark.parametrize(
    "figcaption",
    [
        "NORTH LANDING \u2014 The first ferry of the season leaves the landing.",  # a place, as a dateline opens
        "Tove Brandt - The first ferry of the season leaves the landing.",  # a name alone says no credit
        "Pictured: Tove Brandt, left, and Ivo Holm at the landing on Monday.",
        "Photo: The first ferry of the season leaves the landing.",  # a label over a sentence, naming no one
        "Photo: Dr. Brandt waves as the first ferry of the season leaves the landing.",  # an abbreviation's stop
    ],
)
def test_a_caption_that_opens_with_no_credit_keeps_its_words(figcaption: str) -> None:
    page = f"<article><h1>Ferry Returns</h1><figure><img src='/f.jpg'><figcaption>{figcaption}</figcaption></figure>"
    caption = only(newsdoc.parse_html(page + f"{BODY}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == (figcaption, None)


def test_the_picture_s_byline_in_its_caption_is_its_credit() -> None:
    """A local publishing system closes the caption with the picture's byline, classed so: "Name, Outlet"."""
    text = "The first ferry of the season leaves the north landing."
    figcaption = (
        f"<div class='caption-text'><p>{text}</p></div><div class='photo-byline'>Mara Lind, The Lakeside Ledger</div>"
    )
    page = f"<article><h1>Ferry Returns</h1><figure><img src='/f.jpg'><figcaption>{figcaption}</figcaption></figure>"
    caption = only(newsdoc.parse_html(page + f"{BODY}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == (text, "Mara Lind, The Lakeside Ledger")
    # Without the class, a name and an outlet no one here knows are the caption's words.
    unmarked = page.replace("photo-byline", "caption-end") + f"{BODY}</article>"
    assert only(newsdoc.parse_html(unmarked), Caption) == Caption(
        text=f"{text}\nMara Lind, The Lakeside Ledger", image=0
    )
    # An author's class names a writer, not a photographer: in a caption, whom the picture shows
    shown = "<span class='author'>Mara Lind</span> at the north landing, where she has sold tickets since 1990."
    page = f"<article><h1>Ferry Returns</h1><figure><img src='/f.jpg'><figcaption>{shown}</figcaption></figure>"
    caption = only(newsdoc.parse_html(page + f"{BODY}</article>"), Caption)
    assert caption == Caption(text="Mara Lind at the north landing, where she has sold tickets since 1990.", image=0)


def test_a_photographer_and_outlet_on_the_caption_s_last_line() -> None:
    """A photo essay sets the credit on a line of its own under the caption: "Name / Outlet"."""
    text = "The first ferry of the season leaves the north landing at dawn."
    page = f"<article><h1>Ferry Returns</h1><figure><img src='/f.jpg'><figcaption>{text}<br>Mara Lind / Lakeside Ledger"
    caption = only(newsdoc.parse_html(page + f"</figcaption></figure>{BODY}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.credit_prefix) == (text, "Mara Lind / Lakeside Ledger", "\n")


def test_photographs_by_under_the_byline_credits_the_pictures() -> None:
    """A feature's header credits its photographer under the byline: a credit line, not the body's first paragraph."""
    header = "<header><h1>Ferry Returns</h1><p>By Ines Volk</p><p>Photographs by Mara Lind</p></header>"
    article = newsdoc.parse_html(f"<article>{header}{BODY}</article>")
    assert newsdoc.Fragment(text="Photographs by Mara Lind", role="credit") in article.blocks
    assert body(article) == SENTENCES


def test_a_line_under_a_picture_with_a_credit_under_it_is_its_caption() -> None:
    """A picture's box in bare divs: the picture, a line of words, and the credit line under it."""
    box = "<div><img src='/f.jpg'><div>The first ferry of the season at dawn.</div><div>(Photo: Mara Lind)</div></div>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{box}{BODY}</article>")
    assert kinds(article)[:2] == ["Image", "Caption"]
    caption = Caption(text="The first ferry of the season at dawn.", credit="Mara Lind", image=0)
    assert article.blocks[1] == attrs.evolve(caption, credit_prefix=" (Photo: ", credit_suffix=")")
    # A paragraph of the body under a picture, and a credit line further down, are what they were.
    unboxed = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p><img src='/f.jpg'></p>{BODY}<p>Photo: Jo Lind</p>")
    assert kinds(unboxed) == ["Image", "Paragraph", "Paragraph", "Paragraph", "Fragment"]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Lake Transit News March 3, 2024, 9:41 AM", False),  # the line that dates the post, by its writer's photo
        ("Jane Roe Mar 3, 2024 @09:41 PM", False),
        ("The first ferry of the season at the north landing, March 3, 2024.", True),  # a day, not a minute
    ],
)
def test_a_picture_beside_a_time_stamp_is_no_captioned_figure(line: str, caption: bool) -> None:
    box = f"<div><img src='/pictures/landing.jpg' width='600'><span>{line}</span></div>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{box}{BODY}</article>")
    assert (Caption(text=line, image=0) in article.blocks) is caption


def test_a_figure_without_figcaption_has_its_words_beside_the_picture_as_caption() -> None:
    words = "<div>The first ferry of the season at dawn.</div><div>(Mara Lind / AP)</div>"
    figure = f"<figure><img src='/f.jpg'>{words}</figure>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{figure}{BODY}</article>")
    assert article.blocks[1] == attrs.evolve(
        Caption(text="The first ferry of the season at dawn.", credit="Mara Lind / AP", image=0),
        credit_prefix=" (",
        credit_suffix=")",
    )


@pytest.mark.parametrize(
    ("figure", "kind", "words"),
    [
        # The HTML standard's figure holds a quote, code or a table as well as a picture: none is lost.
        ("<figure><blockquote><p>{words}</p></blockquote></figure>", "Quote", SENTENCES[1]),
        ("<figure><pre>{words}</pre><figcaption>Listing 1</figcaption></figure>", "Paragraph", "fares = {'adult': 3}"),
        ("<figure><img src='/f.jpg'><p>{words}</p></figure>", "Paragraph", " ".join(SENTENCES * 2)),  # no caption
    ],
)
def test_what_else_a_figure_holds_is_read(figure: str, kind: str, words: str) -> None:
    page = f"<article><h1>Ferry Returns</h1><p>{SENTENCES[0]}</p>{figure.format(words=words)}<p>{SENTENCES[2]}</p>"
    article = newsdoc.parse_html(page)
    assert [b.text for b in article.blocks if type(b).__name__ == kind and b.text != SENTENCES[0]][:1] == [words]


def test_a_box_of_links_set_as_a_figure_leaves_no_heading() -> None:
    links = "".join(f"<li><a href='/story/{n}'>Another story about the lake, number {n}</a></li>" for n in range(4))
    box = f"<figure><h4>Trending now</h4><ul>{links}</ul></figure>"
    page = f"<article><h1>Ferry Returns</h1>{BODY}{box}<p>{SENTENCES[0]}</p></article>"
    assert kinds(newsdoc.parse_html(page)) == ["Paragraph"] * 4


def test_a_credit_indented_in_the_page_source_is_a_credit_still() -> None:
    """A page's indentation is no part of what it shows: a credit among runs of white space is short all the same."""
    pad = "\n" + " " * 400
    credit = f"<span class='credit'>{pad}Jane Roe{pad}</span>"
    figure = f"<figure><img src='/f.jpg'><figcaption>The first ferry at dawn.{credit}</figcaption></figure>"
    caption = only(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{figure}{BODY}"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == ("The first ferry at dawn.", "Jane Roe")


def test_credit_only_figcaption_is_a_caption_without_words() -> None:
    page = f"""<article><h1>Ferry Returns</h1><figure><img src="/f.jpg" alt="Ferry">
    <figcaption>Photo: Mara Lind</figcaption></figure>{BODY}</article>"""
    caption = only(newsdoc.parse_html(page), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.image) == ("", "Mara Lind", 0)


def test_an_amp_pages_picture_is_an_image() -> None:
    """An AMP page writes a picture as <amp-img>, with an img's attributes, and an img for no-script readers inside."""
    page = f"""<article><h1>Ferry Returns</h1><figure>
    <amp-img src="/f.jpg" width="800" height="600" layout="responsive" alt="The ferry">
    <noscript><img src="/f.jpg" alt="The ferry"></noscript></amp-img>
    <figcaption>The ferry at dawn. (AP Photo/Mara Lind)</figcaption></figure>{BODY}</article>"""
    article = newsdoc.parse_html(page)
    assert article.blocks[0] == Image(alt="The ferry", src="/f.jpg", width=800, height=600)
    caption = only(article, Caption)
    assert isinstance(caption, Caption)
    assert (caption.credit, caption.image) == ("AP Photo/Mara Lind", 0)


def test_a_figcaption_credited_in_another_language() -> None:
    """A German newsroom labels its credits "Foto:", a Russian one "\u0424\u043e\u0442\u043e:": the label is layout."""
    page = f"""<article><h1>Ferry Returns</h1><figure><img src="/f.jpg" alt="Ferry">
    <figcaption>Die F\u00e4hre im Morgengrauen. Foto: Mara Lind/Seepresse</figcaption></figure>{BODY}</article>"""
    caption = only(newsdoc.parse_html(page), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.credit_prefix) == (
        "Die F\u00e4hre im Morgengrauen.",
        "Mara Lind/Seepresse",
        " Foto: ",
    )


def test_credit_beside_the_caption_inside_the_figure() -> None:
    """The credit in [itemprop=copyrightHolder] next to the figcaption, not inside it."""
    page = f"""<article><h1>Ferry Returns</h1><figure><img src="/f.jpg" alt="Ferry">
    <figcaption>The ferry at dawn.</figcaption><span itemprop="copyrightHolder">Mara Lind/Lake Press</span>
    </figure>{BODY}</article>"""
    caption = only(newsdoc.parse_html(page), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == ("The ferry at dawn.", "Mara Lind/Lake Press")


def test_an_inner_caption_that_holds_only_the_credit() -> None:
    """A photo wrapper whose caption holds its credit in a nested span.caption, in brackets."""
    page = f"""<article><h1>Ferry Returns</h1>{BODY}
    <div class="photo"><p class="withoutCaption"><img src="/f.jpg" alt="ferry"></p>
    <span class="newsCaption">The ferry at dawn <span class="caption">(Image: LAKE PRESS)</span></span></div>
    </article>"""
    caption = only(newsdoc.parse_html(page), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == ("The ferry at dawn", "LAKE PRESS")  # the label goes, as in text


def test_a_credit_label_for_screen_readers_is_not_part_of_the_credit() -> None:
    page = f"""<article><h1>Ferry Returns</h1><figure><img src="/f.jpg" alt="Ferry">
    <figcaption>The ferry at dawn.<span class="credit"><span class="off-screen">Image copyright</span>
    <span>Lake Press</span></span></figcaption></figure>{BODY}</article>"""
    caption = only(newsdoc.parse_html(page), Caption)
    assert isinstance(caption, Caption)
    assert caption.credit == "Lake Press"


SHOWN = "Commuters wait on the landing stage as the ferry comes in."


@pytest.mark.parametrize(
    ("small", "text", "credit"),
    [
        ("<cite>Mara Lind/Lake Press</cite>", "", "Mara Lind/Lake Press"),
        ("<small>Photo: Lake Press</small>", "", "Lake Press"),
        # A gallery that sets each picture's caption in <cite>: a sentence says what it shows, not whose it is.
        (f"<cite>{SHOWN}</cite>", SHOWN, None),
    ],
)
def test_small_print_beside_a_picture_is_a_credit_when_it_names_one(small: str, text: str, credit: str | None) -> None:
    page = f"""<article><h1>Ferry Returns</h1><div class="gallery-photo"><img src="/f.jpg" alt="">
    {small}</div>{BODY}</article>"""
    caption = only(newsdoc.parse_html(page), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == (text, credit)


def test_a_gallerys_caption_button_is_no_caption() -> None:
    """A button that folds a gallery's captions carries the class word "caption" too; its words are no caption."""
    page = f"""<article><h1>Ferry Returns</h1><div class="gallery"><figure><img src="/f.jpg" alt="">
    <figcaption>{SHOWN}</figcaption></figure>
    <div class="galleryCaptionToggle">HIDE CAPTION</div></div>{BODY}</article>"""
    read = parse_page(page)
    assert only(read.article, Caption).text == SHOWN  # type: ignore[attr-defined]
    assert ("furniture line", "HIDE CAPTION") in [(d.rule, d.text) for d in read.dropped]


@pytest.mark.parametrize("label", ["Caption", "Image caption", "Photo caption:"])
def test_a_captions_label_alone_is_furniture(label: str) -> None:
    """A gallery's button that shows the caption, or a screen reader's label before it, in a block of its own."""
    page = f"""<article><h1>Ferry Returns</h1><div class="gallery"><figure><img src="/f.jpg" alt="">
    <div class="toggle"><p class="open">{label}</p><p class="shut">Close</p></div>
    <figcaption>{SHOWN}</figcaption></figure></div>{BODY}</article>"""
    read = parse_page(page)
    assert [type(block) for block in read.article.blocks[:3]] == [Image, Caption, Paragraph]
    assert only(read.article, Caption).text == SHOWN  # type: ignore[attr-defined]
    assert ("furniture line", label) in [(d.rule, d.text) for d in read.dropped]


@pytest.mark.parametrize("where", ["over", "under"])
def test_a_bylines_label_in_an_element_of_its_own(where: str) -> None:
    """An author box sets "By" in an element of its own and the name, a link to the writer's page, in the next."""
    box = '<div class="author-box"><div class="label">By</div> <a href="/writers/ines-volk">Ines Volk</a></div>'
    inner = f"{box}{BODY}" if where == "over" else f"{BODY}{box}"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{inner}</article>")
    assert Fragment(text="By Ines Volk", role="byline") in article.blocks
    assert article.authors == ("Ines Volk",)
    assert body(article) == SENTENCES


@pytest.mark.parametrize("label", ["<strong>READ NEXT</strong><br>", ""])
def test_links_to_other_stories_set_as_lines_of_a_paragraph(label: str) -> None:
    """A list of links set with line breaks in a paragraph, not as items, a label perhaps over them, goes."""
    links = "<br>".join(
        f'<a href="/news/{n}">{title}</a> [{tag}]'
        for n, title, tag in [
            (1, "Storm closes the north landing again for the third time this winter", "LATEST"),
            (2, "Ferry fares to rise by a fifth from the first of April", "MONEY"),
        ]
    )
    last = "<a href='/news/3'>Pier repairs begin in May</a>"
    page = f"<article><h1>Ferry Returns</h1>{BODY}<p>{label}{links}<br>{last}</p></article>"
    found = parse_page(page)
    assert body(found.article) == SENTENCES
    assert [d.rule for d in found.dropped] == ["link list"]


@pytest.mark.parametrize(
    "lines",
    [
        # a paragraph with links in its lines, but more words than links
        'The timetable is <a href="/t">online</a>.<br>Fares are <a href="/f">listed here</a> for every crossing.'
        "<br>Tickets are sold on board.",
        # a name and the ways to reach her
        'Ines Volk<br><a href="mailto:ivolk@ledger.example">ivolk@ledger.example</a><br>'
        '<a href="https://social.example/@ivolk">@ivolk</a>',
    ],
)
def test_lines_with_links_that_are_no_list_of_links(lines: str) -> None:
    found = parse_page(f"<article><h1>Ferry Returns</h1>{BODY}<p>{lines}</p></article>")
    assert len(found.article.blocks) == 4
    assert not found.dropped


def test_a_galleries_counter_is_furniture() -> None:
    """ "1 of 6" in a gallery's controls, its number in a span of its own."""
    controls = '<div class="controls"><div class="count"><span class="at">1</span> of 6</div></div>'
    page = f"""<article><h1>Ferry Returns</h1><div class="gallery"><figure><img src="/f.jpg" alt="">
    <figcaption>{SHOWN}</figcaption></figure>{controls}</div>{BODY}</article>"""
    read = parse_page(page)
    assert body(read.article) == SENTENCES
    assert ("furniture line", "1 of 6") in [(d.rule, d.text) for d in read.dropped]


def test_a_paragraph_beside_a_figure_in_a_photo_wrapper_is_kept() -> None:
    page = f"""<article><h1>Ferry Returns</h1><div class="photo">
    <figure><img src="/f.jpg" alt="Ferry"><figcaption>The ferry at dawn.</figcaption></figure>
    <p>{SENTENCES[0]}</p></div><p>{SENTENCES[1]}</p><p>{SENTENCES[2]}</p></article>"""
    article = newsdoc.parse_html(page)
    assert body(article) == SENTENCES
    assert only(article, Caption).text == "The ferry at dawn."  # type: ignore[attr-defined]


def test_a_picture_wrapper_with_a_line_under_it_is_a_figure() -> None:
    """A <div> holding only a picture and a short line: a figure in all but name."""
    page = f"""<article><h1>Ferry Returns</h1>{BODY}<div><img src="/f.jpg" alt="">
    <div class="info2">The new landing stage, finished in March.</div></div></article>"""
    caption = only(newsdoc.parse_html(page), Caption)
    assert isinstance(caption, Caption)
    assert caption.text == "The new landing stage, finished in March."


def test_a_picture_box_with_its_caption_in_a_paragraph_is_a_figure() -> None:
    """A publishing system's caption box, its classes unknown: a div as wide as its picture, the picture, a ``p``."""
    page = f"""<article><h1>Ferry Returns</h1>{BODY}<div style="width: 610px">
    <a href="/f-large.jpg"><img src="/f.jpg" alt="" width="600"></a>
    <p>The new landing stage, finished in March.</p></div></article>"""
    article = newsdoc.parse_html(page)
    assert kinds(article) == ["Paragraph"] * 3 + ["Image", "Caption"]
    assert only(article, Caption).text == "The new landing stage, finished in March."  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "box",
    [
        # a picture's box and its caption classed in Italian ("foto", "didascalia": caption), in German ("Bild")
        "<div class='cx-foto'><img src='/f.jpg' alt=''>"
        "<p class='cx-didascalia'>Il nuovo pontile, finito a marzo.</p></div>",
        "<div class='cx-bild'><img src='/f.jpg' alt=''>"
        "<p>Der neue Anleger, im M\u00e4rz fertiggestellt. Er hat lange gedauert.</p></div>",
    ],
)
def test_a_picture_box_classed_in_another_language_is_a_figure(box: str) -> None:
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{box}</article>")
    assert kinds(article) == ["Paragraph"] * 3 + ["Image", "Caption"]


def test_a_credit_classed_as_the_pictures_source_in_german_is_its_credit() -> None:
    """A German figure sets the credit apart in its caption, classed "Quelle" (source).

    The credit, a name and an agency's in lower case with no label, is one by its class alone.
    """
    figure = (
        "<figure><img src='/f.jpg' alt=''><figcaption><p class='cx-bild__text'>Der neue Anleger am Ostkai.</p>"
        "<p class='cx-bild__quelle'>Ines Volk / kaipress</p></figcaption></figure>"
    )
    caption = only(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{figure}</article>"), Caption)
    assert (caption.text, caption.credit) == ("Der neue Anleger am Ostkai.", "Ines Volk / kaipress")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "box",
    [
        f'<div><img src="/f.jpg" alt="" width="600"><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p></div>',
        f'<div><p>{SENTENCES[0]}</p><img src="/f.jpg" alt="" width="600"></div>',
        f'<div><img src="/f.jpg" alt="" width="600"><p>{SENTENCES[0]} {SENTENCES[1]} {SENTENCES[2]}</p></div>',
    ],
    ids=["two paragraphs", "paragraph above", "a long paragraph"],
)
def test_a_picture_beside_paragraphs_of_the_body_is_no_figure(box: str) -> None:
    """A section of the body that holds a picture: its paragraphs are prose, not a caption."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{box}<p>{SENTENCES[2]}</p></article>")
    assert not [b for b in article.blocks if isinstance(b, Caption)]
    assert SENTENCES[0] in " ".join(body(article))


def test_the_sites_copyright_line_by_its_logo_is_no_caption() -> None:
    """A page sets its copyright line, a year and a company, beside the site's logo: under the article, for print."""
    page = f"""<article><h1>Ferry Returns</h1>{BODY}
    <div><span>\u00a9 2024 Lakeside Media Group, Inc.</span><img src="/img/print-logo.png"></div></article>"""
    read = parse_page(page)
    assert not [b for b in read.article.blocks if isinstance(b, Caption)]
    assert body(read.article) == SENTENCES
    assert ("furniture line", "\u00a9 2024 Lakeside Media Group, Inc.") in [(d.rule, d.text) for d in read.dropped]


def test_a_copyright_credit_beside_a_picture_is_its_credit() -> None:
    """A copyright line that names who holds the picture, and no year or company, credits it."""
    page = f"""<article><h1>Ferry Returns</h1>{BODY}<div><img src="/f.jpg" alt="" width="600">
    <span>\u00a9 Marta Lindqvist</span></div></article>"""
    caption = only(newsdoc.parse_html(page), Caption)
    assert caption.credit == "Marta Lindqvist"  # the sign is a label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "figure",
    [
        """<figure><span><img src="/f.jpg" alt=""> <span>Image copyright</span> <span>Jane Roe/Lakeside Photos</span>
        </span><figcaption>Boats in the harbour at dawn.</figcaption></figure>""",
        """<figure><img src="/f.jpg" alt=""><figcaption>Boats in the harbour at dawn.
        <span><span>Credit</span> <span>Jane Roe/Lakeside Photos</span></span></figcaption></figure>""",
        # run together, as markup minified or written by a script has them
        """<figure><img src="/f.jpg" alt=""><figcaption>Boats in the harbour at dawn.
        <span><span>Credit</span><span>Jane Roe/Lakeside Photos</span></span></figcaption></figure>""",
    ],
    ids=["beside the caption", "in the caption", "run together"],
)
def test_a_credit_after_its_label_for_screen_readers_is_the_credit(figure: str) -> None:
    """A label read out to screen readers in an element of its own, the credit in the next one; no class says so."""
    caption = only(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{figure}{BODY}</article>"), Caption)
    assert (caption.text, caption.credit) == ("Boats in the harbour at dawn.", "Jane Roe/Lakeside Photos")  # type: ignore[attr-defined]


def test_other_words_in_a_figure_are_said_in_dropped() -> None:
    """What a figure says besides its picture, caption and credit, and no block holds, is not lost unsaid."""
    page = f"""<article><h1>Ferry Returns</h1><figure><img src="/f.jpg" alt=""><span>tap to see the whole
    picture</span><figcaption>Boats in the harbour at dawn.</figcaption></figure>{BODY}</article>"""
    read = parse_page(page)
    assert only(read.article, Caption).text == "Boats in the harbour at dawn."  # type: ignore[attr-defined]
    assert ("words in a figure beside its caption", "tap to see the whole picture") in [
        (d.rule, d.text) for d in read.dropped
    ]


@pytest.mark.parametrize(
    ("credit", "said"),
    [
        ("(Photo: Jane Roe)", "Jane Roe"),
        ("Foto: Jane Roe (EFE)", "Jane Roe (EFE)"),
        ("[Jane Roe/Reuters]", "Jane Roe/Reuters"),
    ],
)
def test_a_credit_in_its_own_element_keeps_its_inner_brackets(credit: str, said: str) -> None:
    """The brackets around a whole credit are layout; those around the agency after the name are its words."""
    page = f"""<article><h1>Ferry Returns</h1><figure><img src="/f.jpg" alt=""><figcaption>Boats in the harbour at
    dawn. <span class="credit">{credit}</span></figcaption></figure>{BODY}</article>"""
    assert only(newsdoc.parse_html(page), Caption).credit == said  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "box",
    [
        # a column of a page builder: a picture block over a paragraph of the body, no width set
        '<div class="col"><figure><img src="/f.jpg" alt=""></figure><p>{s}</p></div>',
        # a step of a how-to: a picture over what to do
        '<div class="step"><img src="/f.jpg" alt=""><p>{s}</p></div>',
    ],
    ids=["column", "step"],
)
def test_a_picture_over_a_short_paragraph_without_a_width_is_no_caption_box(box: str) -> None:
    line = "Riders wait at the north landing for the first boat."
    page = f"<article><h1>Ferry Returns</h1>{BODY}{box.format(s=line)}</article>"
    assert line in body(newsdoc.parse_html(page))


def test_a_photographers_copyright_under_a_picture_is_no_site_notice() -> None:
    """ "© 2024 Jane Roe" under a picture names who holds it; only a company's line is the site's."""
    line = "<p>\u00a9 2024 Marta Lindqvist</p>"
    page = f"<article><h1>Ferry Returns</h1>{BODY}<p><img src='/f.jpg' alt=''></p>{line}</article>"
    read = parse_page(page)
    assert "\u00a9 2024 Marta Lindqvist" in [newsdoc.model.plain_text(b) for b in read.article.blocks]


def test_an_author_photo_beside_the_byline_is_no_figure() -> None:
    page = f"""<article><h1>Ferry Returns</h1><div class="byline"><img src="/tom.jpg" alt="">
    <span class="author-name">Tom Ekwall</span></div>{BODY}</article>"""
    assert not [b for b in newsdoc.parse_html(page).blocks if isinstance(b, Caption)]


# Class words ---------------------------------------------------------------------------------------


def test_a_topic_class_does_not_make_a_post_furniture() -> None:
    """WordPress's post_class() writes the post's categories as classes: category-worth-sharing."""
    page = f"""<body><article class="post type-post category-worth-sharing tag-ads">
    <h1>Ferry Returns</h1>{BODY}</article><div class="share">Share on everything</div></body>"""
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_an_articles_bar_of_actions_is_furniture() -> None:
    """A bar of buttons over the headline, under a heading for screen readers: "Actions", then share links."""
    page = f"""<article><div class="article-actions"><h2 class="article-actions-heading">Actions</h2>
    <ul><li><a href="/share">Share</a></li><li><a href="/print">Print</a></li></ul></div>
    <h1>Ferry Returns</h1>{BODY}</article>"""
    read = parse_page(page)
    assert (read.article.title, body(read.article)) == ("Ferry Returns", SENTENCES)
    assert kinds(read.article) == ["Paragraph"] * 3
    assert ('class "actions"', "Actions SharePrint") in [(d.rule, d.text) for d in read.dropped]


def test_a_blogger_post_in_its_widget() -> None:
    """Blogger keeps the post in div.widget.Blog, its text parted by <br>, not in paragraphs."""
    runs = "<br><br>".join(SENTENCES)
    page = f"""<body><div class="widget Blog" id="Blog1"><div class="post hentry">
    <h3 class="post-title">Ferry Returns</h3><div class="post-body entry-content">{runs}</div></div></div>
    <div class="widget HTML"><h2>Links</h2><ul><li><a href="/a">A friend's blog</a></li></ul></div></body>"""
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_responsive_hidden_classes_do_not_hide_the_article() -> None:
    """Bootstrap's hidden-xs hides on small screens only; a class "hidden" hides everywhere."""
    page = f"""<body><div class="col-md-8 hidden-xs"><h1>Ferry Returns</h1>{BODY}</div>
    <div class="hidden"><p>A menu that no one sees on any screen, with many words in it.</p></div></body>"""
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_a_newsrooms_appeal_for_money_amid_the_article_is_furniture() -> None:
    appeal = """<div class="newsroom-inline-donate"><p>The Harbour Weekly is a nonprofit newsroom, and readers
    like you keep it going. Give today, and every gift is doubled this month.</p></div>"""
    cut = BODY.index("</p>") + len("</p>")  # after the first paragraph
    page = f"<article><h1>Ferry Returns</h1>{BODY[:cut]}{appeal}{BODY[cut:]}</article>"
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_related_posts_named_in_one_word_are_furniture() -> None:
    """A blogging plugin sets its related posts inside the post's content, classed "xx-relatedposts"."""
    related = """<div class="xx-relatedposts"><h3>Related</h3><div class="xx-relatedposts-post"><h4><a href="/pier">
    The old pier</a></h4><p>Why the old pier had to come down after eighty years of storms and tides.</p></div></div>"""
    page = f"<article><h1>Ferry Returns</h1><div class='entry-content'>{BODY}{related}</div></article>"
    article = newsdoc.parse_html(page)
    assert (kinds(article), body(article)) == (["Paragraph"] * 3, SENTENCES)


@pytest.mark.parametrize(
    "footer",
    [
        '<footer class="entry-meta">This entry was posted in <a rel="category tag" href="/c/lake">Lake</a>'
        ' and tagged <a rel="tag" href="/t/boats">boats</a>.</footer>',
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/lake">Lake</a></span>'
        '<span class="tags-links">Tagged <a href="/t/boats">boats</a></span></footer>',
    ],
    ids=["entry-meta", "entry-footer"],
)
def test_a_blog_posts_footer_of_categories_and_tags_is_no_body(footer: str) -> None:
    """A blog theme closes each post with its categories and tags, in the article's own footer."""
    article = newsdoc.parse_html(
        f"<article><h1>Ferry Returns</h1><div class='entry-content'>{BODY}</div>{footer}</article>"
    )
    assert body(article) == SENTENCES


@pytest.mark.parametrize(
    ("box", "line"),
    [
        (
            '<ul class="post-tags"><li>Tags:</li><li><a href="/t/ferries">Ferries</a></li>'
            '<li><a href="/t/lake">Lake boats</a></li></ul>',
            "Tags: Ferries, Lake boats",
        ),
        # its links with no label; Czech's class word for them
        (
            '<div class="stitky"><a href="/t/p">P\u0159\u00edvoz</a> <a href="/t/j">jezero</a></div>',
            "P\u0159\u00edvoz, jezero",
        ),
        # its tags as words, not links, after a tags line's label
        ('<p class="tags-links">Tags: ferries, lake boats</p>', "Tags: ferries, lake boats"),
    ],
)
def test_the_box_of_the_articles_tags_is_its_tags_line(box: str, line: str) -> None:
    """The box its class names the tags, under the headline, is a fragment of the article, as a tags line is in text."""
    article = newsdoc.parse_html(f"<body><article><h1>Ferry Returns</h1>{BODY}{box}</article></body>")
    assert (article.blocks[-1], body(article)) == (Fragment(text=line, role="tags"), SENTENCES)
    # (guards, which pass without the rule too) a sidebar's tag cloud, and a menu of topics over the headline, are not
    cloud = f"<aside class='widget'>{box}</aside>"
    assert not newsdoc.parse_html(f"<body><article><h1>Ferry Returns</h1>{BODY}</article>{cloud}</body>").blocks_of(
        Fragment
    )
    menu = f"<header><nav>{box}</nav></header>"
    assert not newsdoc.parse_html(f"<body>{menu}<article><h1>Ferry Returns</h1>{BODY}</article></body>").blocks_of(
        Fragment
    )
    # a site's bar of trending topics over the headline, in no menu, leaves the article's own box its tags line
    trending = '<div class="trending-topics"><a href="/t/x">Elections</a> <a href="/t/y">Heatwave</a></div>'
    article = newsdoc.parse_html(f"<body>{trending}<article><h1>Ferry Returns</h1>{BODY}{box}</article></body>")
    assert article.blocks[-1] == Fragment(text=line, role="tags")


def test_a_share_bar_inside_the_dek_is_no_part_of_it() -> None:
    dek = "After a winter of repairs, the lake crossing is back on the timetable, two boats a day."
    share = '<div class="social-share"><a href="/s/f">Share on Facebook</a> <a href="/s/x">Share on X</a></div>'
    page = f"""<article><h1>Ferry Returns</h1><div class="standfirst"><p>{dek}</p>{share}</div>{BODY}</article>"""
    assert newsdoc.parse_html(page).blocks[0] == Standfirst(text=dek)


def test_a_dek_in_two_paragraphs_keeps_them_apart() -> None:
    """A wrapper marked as the standfirst that holds it in paragraphs: one standfirst, a line each."""
    deks = ("After a winter of repairs, the lake crossing is back.", "Two boats a day will run until May.")
    page = f"""<article><h1>Ferry Returns</h1><div class="standfirst"><p>{deks[0]}</p><p>{deks[1]}</p></div>
    {BODY}</article>"""
    article = newsdoc.parse_html(page)
    assert article.blocks[0] == Standfirst(text="\n".join(deks))
    assert body(article) == SENTENCES


def test_a_promo_classed_for_where_it_stands_is_still_furniture() -> None:
    """ "inline-after-paragraph-newsletter": where it stands, then what it is, a newsletter's promo."""
    promo = (
        '<div class="inline-after-paragraph-newsletter"><p>Get the harbour news in your inbox every morning.</p></div>'
    )
    cut = BODY.index("</p>") + len("</p>")
    page = f"<article><h1>Ferry Returns</h1>{BODY[:cut]}{promo}{BODY[cut:]}</article>"
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_a_widgets_wrapper_inside_the_dek_stays() -> None:
    """A page builder wraps every widget's words in a "widget-container", the excerpt (the dek) among them."""
    dek = "After a winter of repairs, the lake crossing is back on the timetable, two boats a day."
    page = f"""<html><head><meta property="og:title" content="Ferry Returns"></head><body><div class="builder">
    <div class="builder-widget widget-post-title"><h1>Ferry Returns</h1></div>
    <div class="builder-widget widget-post-excerpt"><div class="builder-widget-container">{dek}</div></div>
    <div class="builder-widget widget-post-content"><div class="builder-widget-container">{BODY}</div></div>
    </div></body></html>"""
    article = newsdoc.parse_html(page)
    assert article.blocks[0] == Standfirst(text=dek)
    assert body(article) == SENTENCES


def test_a_class_that_says_what_an_element_follows_does_not_name_it() -> None:
    """A publishing platform classes the paragraph after a pull quote "graf-after--pullquote": it is no pull quote."""
    first, second, third = (f"<p class='graf graf-after--pullquote'>{s}</p>" for s in SENTENCES)
    page = f"<article><h1>Ferry Returns</h1>{first}{second}{third}</article>"
    article = newsdoc.parse_html(page)
    assert (kinds(article), body(article)) == (["Paragraph"] * 3, SENTENCES)


@pytest.mark.parametrize("wrapper", ["has-pullquote", "with-pullquote", "story-section has-pull-quote"])
def test_a_class_that_says_what_an_element_holds_does_not_name_it(wrapper: str) -> None:
    """A theme classes a section of the body that holds a pull quote "has-pullquote": its paragraphs are the body's."""
    first, second, third = (f"<p>{s}</p>" for s in SENTENCES)
    quote = "<aside class='pullquote'>\u201cThe crossing reopened.\u201d</aside>"
    page = f"<article><h1>Ferry Returns</h1><div class='{wrapper}'>{first}{second}{quote}</div>{third}</article>"
    article = newsdoc.parse_html(page)
    assert kinds(article) == ["Paragraph", "Paragraph", "PullQuote", "Paragraph"]
    assert body(article) == SENTENCES


@pytest.mark.parametrize("hidden", ["off-screen", "sr-only", "screen-reader-text"])
def test_words_for_screen_readers_alone_are_no_caption(hidden: str) -> None:
    """A label for screen readers, hidden on the screen ("Image caption"), is not the caption's words."""
    page = f"""<article><h1>Ferry Returns</h1><figure><img src="/f.jpg" alt=""><span class="{hidden}">Image
    copyright</span><span class="credit">Jane Roe/Lakeside Photos</span><figcaption><span class="{hidden}">Image
    caption</span>Boats in the harbour at dawn.</figcaption></figure>{BODY}</article>"""
    caption = only(newsdoc.parse_html(page), Caption)
    assert (caption.text, caption.credit) == ("Boats in the harbour at dawn.", "Jane Roe/Lakeside Photos")  # type: ignore[attr-defined]


def test_a_class_that_hides_a_part_of_an_element_does_not_hide_it() -> None:
    """Drupal writes field--label-hidden on a field whose label it hides; Tailwind's overflow-hidden clips a box."""
    page = f"""<article><h1><span class="field field--name-title field--label-hidden">Ferry Returns</span></h1>
    <div class="mt-8 overflow-hidden rounded-xl"><div class="field field--name-field-image field--label-hidden">
    <img src="/f.jpg" alt="The ferry"></div><div class="field field--name-field-caption field--label-hidden">
    The ferry at dawn.</div></div><div class="field field--name-body field--label-hidden">{BODY}</div></article>"""
    article = newsdoc.parse_html(page)
    assert article.title == "Ferry Returns"
    assert kinds(article) == ["Image", "Caption", "Paragraph", "Paragraph", "Paragraph"]
    assert only(article, Caption).text == "The ferry at dawn."  # type: ignore[attr-defined]


@pytest.mark.parametrize("hidden", ["hidden", "is-hidden", "js-hidden", "visually-hidden", "share-hidden-panel"])
def test_a_class_that_hides_the_element_hides_it(hidden: str) -> None:
    page = f"""<article><h1>Ferry Returns</h1>{BODY}<div class="{hidden}"><p>Pin this picture to your board
    and share it with all of your friends today.</p></div></article>"""
    assert body(newsdoc.parse_html(page)) == SENTENCES


@pytest.mark.parametrize(
    ("start", "first"),
    [
        ('start="3"', 3),
        ("", 1),
        ('start="x"', 1),
        ('start="-2"', 1),
        ('start="\u00b2"', 1),  # a digit to str.isdigit(), no number to int(): it raised ValueError
        ('start="\u0663"', 1),  # an Arabic-Indic three: no list of ours numbers so
        (f'start="{"9" * 5000}"', 1),  # past nine digits, and past int()'s limit
    ],
)
def test_a_numbered_list_keeps_the_number_it_starts_from(start: str, first: int) -> None:
    page = f"<article><h1>Ferry Returns</h1>{BODY}<ol {start}><li>Orrin</li><li>Hollow Holm</li></ol></article>"
    assert only(newsdoc.parse_html(page), newsdoc.ItemList).start == first  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("tag", "mark"),
    [("p", "chapo"), ("h2", "sapo")],  # French; Vietnamese ("sapo"), often in a subheading's element
)
def test_a_french_chapo_is_the_standfirst(tag: str, mark: str) -> None:
    dek = "Le service reprend lundi, apr\u00e8s quatre mois de travaux sur les deux quais."
    meta = "<div class='meta'><span class='author'>Jeanne Roux</span> - <span>05/05/2025 15:20</span></div>"
    page = f"""<article><h1>Le bac revient</h1>{meta}<{tag} class="{mark}">{dek}</{tag}>{BODY}</article>"""
    assert newsdoc.parse_html(page).blocks[2] == Standfirst(text=dek)  # under the byline and the date


@pytest.mark.parametrize(
    "mark", ["bajada", "copete", "entradilla", "materia__linha-fina", "sommario", "story-vorspann", "texte__sous-titre"]
)
def test_a_dek_under_the_lead_picture_classed_in_its_language(mark: str) -> None:
    """Spanish, Latin American, Brazilian, Italian, German and French templates class the dek in their words.

    Under the lead picture and the byline, only its class tells a dek from the lede.
    """
    dek = "The crossing reopens after a winter of repairs, and islanders hope the timetable holds."
    figure = "<figure><img src='/a.jpg' alt=''><figcaption>The ferry at the pier on Monday.</figcaption></figure>"
    page = f"""<article><h1>Ferry Returns</h1>{figure}<div class="meta">Por Ines Volk</div>
    <p class="{mark}">{dek}</p><div class="body">{BODY}</div></article>"""
    assert newsdoc.parse_html(page).blocks[3] == Standfirst(text=dek)


@pytest.mark.parametrize(
    ("under", "dek"),
    [
        # over the picture and the body's element, no paragraph after it in its own: the dek
        ("<p class='lead'>{said}</p><figure><img src='a.jpg' alt=''></figure><div class='text'>{body}</div>", True),
        ("<div class='intro'><p>{said}</p></div><div class='text'>{body}</div>", True),
        # set all in bold over the body's paragraphs, beside them, as a page coded by hand sets its dek
        ("<div class='text'><p class='intro'><b>{said}</b></p>{body}</div>", True),
        # the first of the body's paragraphs, its others beside it: the lede
        ("<div class='text'><p class='lead'>{said}</p>{body}</div>", False),
        (  # (a guard, which passes without the rule too) its first words alone in bold
            "<div class='text'><p class='lead'><b>The lake crossing</b> is back after a winter of repairs, and a "
            "second boat may join it in the spring.</p>{body}</div>",
            False,
        ),
    ],
)
def test_a_paragraph_marked_as_the_lead_apart_from_the_body_is_the_dek(under: str, dek: bool) -> None:
    """A byline and a date line may stand between the headline and it."""
    said = "The lake crossing is back after a winter of repairs, and a second boat may join it in the spring."
    meta = "<div class='meta'><span class='author'>Author: Jeanne Roux</span> <span>21 March 2025, 09:12</span></div>"
    page = f"<article><h1>Ferry Returns</h1>{meta}{under.format(said=said, body=BODY)}</article>"
    article = newsdoc.parse_html(page)
    # (the meta box's two spans are two lines: the byline and the date)
    assert [type(b) for b in article.blocks[:3]] == [Fragment, Fragment, Standfirst if dek else Paragraph]
    assert body(article) == ([] if dek else [said]) + SENTENCES


def test_a_camel_case_class_names_its_part() -> None:
    dek = "After a winter of repairs the lake crossing is back on the timetable."
    page = f"""<article><h1>Ferry Returns</h1><div class="articleDek">{dek}</div>{BODY}</article>"""
    assert isinstance(newsdoc.parse_html(page).blocks[0], Standfirst)


def test_a_paywall_wrapper_that_holds_the_article_stays() -> None:
    """A saved page keeps the text inside div.paywall; the subscription prompt is marked as such."""
    page = f"""<body><h1>Ferry Returns</h1><div class="paywall">{BODY}</div>
    <div class="subscribe-prompt">Subscribe to read more</div></body>"""
    assert body(newsdoc.parse_html(page)) == SENTENCES


_REST = (
    "<p>Islanders who work on the mainland said the first week had gone better than they had feared.</p>"
    "<p>The council will publish the numbers of passengers for the first month at its meeting in May.</p>"
)


@pytest.mark.parametrize("hides", ["hidden", 'style="display: none;"', 'class="rest" style="display:none"'])
def test_the_rest_of_a_story_collapsed_under_continue_reading_stays(hides: str) -> None:
    """A template shows the first paragraphs and hides the rest until "Continue reading" is pressed: it is the story."""
    page = f"""<article><h1>Ferry Returns</h1><div class="body">{BODY}
    <button aria-expanded="false">Continue reading</button><div {hides}>{_REST}</div></div></article>"""
    assert len(body(newsdoc.parse_html(page))) == 5
    # Hidden prose beside no shown paragraph is no part of it: a sign-in box's messages, a form's.
    page = f"""<body><article><h1>Ferry Returns</h1>{BODY}</article>
    <div><div>Sign in</div><div {hides}>{_REST}</div></div></body>"""
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_a_comment_thread_longer_than_the_article_does_not_win() -> None:
    comment = "<p>I ride that ferry, and frankly, the new timetable is worse, slower, and dearer than ever before.</p>"
    page = f"""<body><div class="article"><h1>Ferry Returns</h1>{BODY}</div>
    <div id="comments" class="comments"><div class="comment">{comment * 6}</div></div></body>"""
    assert body(newsdoc.parse_html(page)) == SENTENCES


# Standfirsts -----------------------------------------------------------------------------------------


def test_a_summary_box_of_points_under_the_headline_is_no_standfirst() -> None:
    """A live page sums up under its headline in a box classed "summary": a heading and a list, not a dek."""
    points = "<ul><li>The north landing reopened on Monday.</li><li>A second boat joins in the spring.</li></ul>"
    page = (
        f"<article><h1>Ferry Returns</h1><div class='live-summary'><h2>What we know</h2>{points}</div>{BODY}</article>"
    )
    assert kinds(newsdoc.parse_html(page))[:2] == ["Heading", "ItemList"]
    # A dek of a sentence in such a box is the standfirst.
    dek = "<div class='live-summary'><p>After a winter of repairs, the lake crossing is back for good.</p></div>"
    assert kinds(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{dek}{BODY}</article>"))[0] == "Standfirst"


def test_a_dek_marked_up_as_a_subheading() -> None:
    page = f"""<article><h1>Ferry Returns</h1>
    <h3 class="sub-headline">After a winter of repairs, the lake crossing is back</h3>{BODY}</article>"""
    standfirst = newsdoc.parse_html(page).blocks[0]
    assert isinstance(standfirst, Standfirst)


def test_the_visible_copy_of_the_meta_description_under_the_headline() -> None:
    page = f"""<html><head><meta name="description" content="The lake crossing is back after a winter of repairs.">
    </head><body><div class="main"><h1>Ferry Returns</h1><div class="x1">The lake crossing is back after a winter
    of repairs.</div><div class="text">{BODY}</div></div></body></html>"""
    assert kinds(newsdoc.parse_html(page))[0] == "Standfirst"


@pytest.mark.parametrize(
    "page",
    [
        "<article><header><h1>Ferry Returns</h1><p>By Jane Roe</p><p>{dek}</p></header><div>{body}</div></article>",
        "<article><header><div><h1>Ferry Returns</h1></div><div><p>{dek}</p><p>March 3, 2024</p></div></header>"
        "<div>{body}</div></article>",
        "<article><header><h1>Ferry Returns</h1><div>{dek}</div><figure><img src='boat.jpg' alt='The ferry'>"
        "</figure></header><div>{body}</div></article>",
        # No header and no class: a paragraph right under the headline, above the body, then the byline or date
        "<section><h1>Ferry Returns</h1><p>{dek}</p><div>By Jane Roe</div></section><main>{body}</main>",
        "<section><h1>Ferry Returns</h1><p>{dek}</p><div>Updated March 4, 2024</div></section><main>{body}</main>",
    ],
)
def test_the_dek_under_the_headline_in_its_header_or_above_the_body(page: str) -> None:
    """The HTML standard's header element holds an article's heading, byline and intro; no class names the intro."""
    dek = "Islanders say a crossing that runs all winter will keep the harbour towns open."
    article = newsdoc.parse_html(f"<body>{page.format(dek=dek, body=BODY)}</body>")
    assert only(article, Standfirst) == Standfirst(text=dek)
    assert body(article) == SENTENCES


@pytest.mark.parametrize(
    "line",
    [
        "Updated March 4, 2024, 9:41 AM; Posted March 3, 2024, 6:51 PM",  # the header's date line
        "By Jane Roe and John Doe, Harbour Times staff writers",  # its byline
    ],
)
def test_the_header_s_date_and_byline_are_no_dek(line: str) -> None:
    page = f"<body><article><header><h1>Ferry Returns</h1><p>{line}</p></header>{BODY}</article></body>"
    assert not [b for b in newsdoc.parse_html(page).blocks if isinstance(b, Standfirst)]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe and John Doe",
        "Updated March 4, 2024, 9:41 AM",
        "Last modified on Tue 5 Mar 2024 10.15 GMT",
        "This article is more than 2 years old",
        "Story and photos by Jane Roe, Harbour Weekly",
    ],
)
def test_a_byline_or_date_right_under_the_headline_is_no_dek(line: str) -> None:
    """Nor a notice of the page's, or a byline without its "By": a dek is a sentence."""
    page = f"<body><section><h1>Ferry Returns</h1><p>{line}</p></section><main>{BODY}</main></body>"
    assert not [b for b in newsdoc.parse_html(page).blocks if isinstance(b, Standfirst)]


def test_prose_in_a_header_without_the_headline_is_no_dek() -> None:
    """The header of a box between the headline and the body holds no headline of the article's."""
    box = "<header><h4>From the archive</h4><p>Why the old pier had to come down after eighty years.</p></header>"
    page = f"<body><article><h1>Ferry Returns</h1><section>{box}</section>{BODY}</article></body>"
    assert not [b for b in newsdoc.parse_html(page).blocks if isinstance(b, Standfirst)]


def test_a_promo_dek_inside_the_body_is_not_the_standfirst() -> None:
    page = f"""<article><h1>Ferry Returns</h1>{BODY}<div class="promo-card"><h4>Read next</h4>
    <p class="dek">Why the old pier had to come down after eighty years.</p></div></article>"""
    assert not [b for b in newsdoc.parse_html(page).blocks if isinstance(b, Standfirst)]


def test_a_lede_paragraph_in_the_body_is_body() -> None:
    """Tabloids mark the body's first paragraph "intro": it is body text, not a standfirst."""
    page = f"""<article><h1>Ferry Returns</h1><div class="article-body">
    <p class="article__content--intro">{SENTENCES[0]}</p><p>{SENTENCES[1]}</p><p>{SENTENCES[2]}</p></div></article>"""
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_a_component_attribute_names_the_standfirst() -> None:
    """Hashed classes name nothing; the attribute that names the component names the dek."""
    dek = "Islanders say a crossing that runs all winter will keep the harbour towns open."
    page = f"""<body><article><div data-component="title"><h1 class="x7f2">Ferry Returns</h1></div>
    <div data-component="standfirst"><div class="q81z"><p>{dek}</p></div></div>
    <div data-component="text-block">{BODY}</div></article></body>"""
    article = newsdoc.parse_html(page)
    assert only(article, Standfirst) == Standfirst(text=dek)
    assert body(article) == SENTENCES
    # A component named for no part of the article is read as before
    article = newsdoc.parse_html(page.replace('"standfirst"', '"promo-block"'))
    assert body(article) == [dek, *SENTENCES]


def test_a_sentence_with_a_time_under_the_headline_is_no_date_line() -> None:
    """A meta-classed dek that dates something in a sentence says more than when: the body's, not a date line."""
    dek = "Riders say the crossing, back since <time datetime='2024-03-04'>Monday</time>, saves an hour a day."
    page = f"<body><article><h1>Ferry Returns</h1><p class='post-meta'>{dek}</p>{BODY}</article></body>"
    article = newsdoc.parse_html(page)
    assert not any(isinstance(b, newsdoc.Fragment) and b.role == "date" for b in article.blocks)


def test_a_dek_in_bullets_is_a_dek() -> None:
    """A dek-classed box of a list alone is the dek set as bullets; with a heading, it is a box of points."""
    points = "<ul><li>The ferry runs again from Monday</li><li>A second boat joins in the spring</li></ul>"
    page = f"<body><article><h1>Ferry Returns</h1><div class='standfirst'>{points}</div>{BODY}</article></body>"
    assert kinds(newsdoc.parse_html(page))[0] == "Standfirst"


def test_a_test_id_names_no_part() -> None:
    """A test's id names a widget ("disclosure-panel"), not a part of the article, as a component's name may."""
    panel = "<div data-testid='disclosure-panel'><p>A single crossing costs four pounds, and a return six.</p></div>"
    page = f"<body><article><h1>Ferry Returns</h1>{BODY}{panel}</article></body>"
    assert kinds(newsdoc.parse_html(page))[-1] == "Paragraph"


def test_a_meta_line_with_a_time_between_the_headline_and_the_body_is_the_date_line() -> None:
    """A line classed "meta" that holds a ``<time>``, the writer's name run in: the byline and date, no body yet."""
    dek = "Islanders say a crossing that runs all winter will keep the harbour towns open."
    meta = "<div class='node-meta'><span>Tove Brandt</span> <time datetime='2024-03-04T09:10Z'>{when}</time></div>"
    page = f"""<body><article><h1>Ferry Returns</h1>{meta}<div class="field-standfirst"><p>{dek}</p></div>
    <div class="field-body">{BODY}</div></article></body>"""
    article = newsdoc.parse_html(page.format(when="Mon, 03/04/2024 - 09:10"))
    assert article.blocks[0] == newsdoc.Fragment(text="Tove Brandt Mon, 03/04/2024 - 09:10", role="byline")
    assert (article.authors, article.published) == (("Tove Brandt",), dt.datetime(2024, 3, 4, 9, 10, tzinfo=dt.UTC))
    assert only(article, Standfirst) == Standfirst(text=dek)
    # Without a <time>, a line of no role stays what its words make it
    article = newsdoc.parse_html(page.replace("<time", "<span").replace("</time>", "</span>").format(when="09:10"))
    assert article.blocks[0] == Paragraph(text="Tove Brandt 09:10")


def test_a_date_line_after_the_sites_address_and_a_dash_is_no_standfirst() -> None:
    """A portal's template sets its address before the date: "Harbournews.com - Senin, 11 Maret 2024 | 14:20 WIB"."""
    line = "Harbournews.com - Senin, 11 Maret 2024 | 14:20 WIB"
    page = f"""<body><article><h1>Ferry Returns</h1><div class="read__time">{line}</div>
    <div class="read__credit">Penulis: Tove Brandt</div><div class="read__content">{BODY}</div></article></body>"""
    article = newsdoc.parse_html(page)
    assert article.blocks[0] == newsdoc.Fragment(text=line, role="date")
    assert not article.blocks_of(Standfirst)
    # (a guard, which passes without the rule too) the address and a phrase after the dash date nothing
    assert not newsdoc.classify.shows_date("Harbournews.com - News for the islands", newsdoc.DEFAULT_CUES)


# The body a page's JSON-LD gives ------------------------------------------------------------------


def _ld_page(body: str, shown: str = "") -> str:
    """A page its scripts fill: its head names the article, its JSON-LD holds the body, its own body shows *shown*."""
    ld = json.dumps({"@type": "NewsArticle", "headline": "Ferry Returns", "articleBody": body, "author": "Jane Roe"})
    return (
        f"<html><head><script type='application/ld+json'>{ld}</script></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div id='app'>{shown}</div></body></html>"
    )


@pytest.mark.parametrize(
    "told",
    [
        "\n\n".join(SENTENCES),
        "".join(f"<p>{sentence}</p>" for sentence in SENTENCES),  # the body's markup, as some sites write it
        "\r\n".join(SENTENCES).replace("winter", "&#8217;winter"),  # entities, as plugins write them
    ],
)
def test_a_page_its_scripts_fill_is_read_from_its_json_ld_body(told: str) -> None:
    page = parse_page(_ld_page(told, "<p>Ferries are back.</p>"))
    assert (page.article.title, page.article.authors) == ("Ferry Returns", ("Jane Roe",))
    assert [b.text.replace("\u2019", "") for b in page.article.blocks] == SENTENCES
    rules = [d.rule for d in page.dropped]
    assert "page shows little of its body: read from its JSON-LD articleBody" in rules
    # What the page showed instead is listed too: nothing goes unsaid.
    shown = [d.text for d in page.dropped if d.rule == "shown in place of the JSON-LD body"]
    assert shown == ["Ferries are back."]


def test_a_teaser_keeps_its_head_and_takes_its_body_from_json_ld() -> None:
    """A metered page shows its dek, its lead picture and the first paragraphs; its JSON-LD holds the whole body."""
    more = [
        "Islanders who work on the mainland said the first week had gone better than they had feared.",
        "The council will publish the numbers of passengers for the first month at its meeting in May.",
        "A survey of the north landing found the new pontoon sound after the storms of the new year.",
    ]
    head = """<p class="dek">After a winter of repairs, the lake crossing is back.</p>
    <figure><img src="/f.jpg" alt="The ferry"><figcaption>The first ferry. Photo: Jane Roe</figcaption></figure>"""
    shown = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES[:2])
    page = parse_page(_ld_page("\n\n".join(SENTENCES + more), f"<article>{head}{shown}</article>"))
    assert kinds(page.article) == ["Standfirst", "Image", "Caption", *["Paragraph"] * 6]
    assert body(page.article) == SENTENCES + more
    shown_instead = [d.text for d in page.dropped if d.rule == "shown in place of the JSON-LD body"]
    assert [text[:40] for text in shown_instead] == [sentence[:40] for sentence in SENTENCES[:2]]  # (cut short)


def test_a_page_that_shows_its_body_is_read_from_the_page() -> None:
    figure = "<figure><img src='/f.jpg'><figcaption>The first ferry. (AP Photo)</figcaption></figure>"
    article = newsdoc.parse_html(_ld_page("\n\n".join(SENTENCES), f"<article>{figure}{BODY}</article>"))
    assert kinds(article) == ["Image", "Caption", "Paragraph", "Paragraph", "Paragraph"]


@pytest.mark.parametrize(
    "told",
    [
        "The lake crossing is back after a long winter of repairs at both landings, and islanders are glad of it.",
        "Ferry \udfff " * 20,
        "<div>" * 3000 + "Ferry words. " * 20,
    ],
)
def test_a_json_ld_body_of_a_sentence_or_with_a_lone_surrogate_is_not_read(told: str) -> None:
    """A sentence is a description, not a body; text no file can hold, or markup nested past the limit, is set aside."""
    article = newsdoc.parse_html(_ld_page(told, "<p>Ferries are back on the lake.</p>"))
    assert [b.text for b in article.blocks] == ["Ferries are back on the lake."]


# Notes -------------------------------------------------------------------------------------------------


_ROE_BIO = "Jane Roe is a reporter for the Harbour Times who covers ferries, ports and the island councils."
_UNDER = "<div><a href='/topics/ferries'>Ferries</a> <a href='/topics/islands'>Islands</a></div>"


def test_the_writer_s_bio_under_the_article_in_bare_markup() -> None:
    """A template sets its writer's box after the article in divs no class names: the bio names the writer."""
    page = f"""<body><article><h1>Ferry Returns</h1><p>By Jane Roe</p>{BODY}</article>{_UNDER}
    <div><div><img src='/authors/jane-roe.jpg'></div><div>{_ROE_BIO}</div></div></body>"""
    article = newsdoc.parse_html(page)
    assert article.authors == ("Jane Roe",)
    assert only(article, Bio) == Bio(text=_ROE_BIO, name="Jane Roe")


def test_a_bio_of_someone_else_under_the_article_is_not_the_article_s() -> None:
    """Another writer's box under the article ("more from our staff") is not this article's note."""
    page = f"""<body><article><h1>Ferry Returns</h1><p>By John Doe</p>{BODY}</article>{_UNDER}
    <div><div>{_ROE_BIO}</div></div></body>"""
    assert not [b for b in newsdoc.parse_html(page).blocks if isinstance(b, Bio)]


_GLAZIER = "Tamsin Orrel is a retired glazier and a governor of the Varn Point school. She has kept bees since 1998."


@pytest.mark.parametrize(("writer", "bio"), [("Tamsin Orrel", True), ("Edwin Marr", False)])
def test_a_sentence_on_the_writer_after_the_body_is_their_bio_whatever_their_trade(writer: str, bio: bool) -> None:
    """Who the article's writer is, said at its end, is their bio, though no job word of a bio ("glazier") says so.

    Of anyone else, such a sentence is the body's: it names someone the story is about.
    """
    page = f"""<html><head><meta name="author" content="{writer}"></head><body><article><h1>Ferry Returns</h1>
    <div class="entry">{BODY}</div><div class="plugin-wrap"><p>{_GLAZIER}</p></div></article></body></html>"""
    article = newsdoc.parse_html(page)
    assert article.blocks[-1] == (Bio(text=_GLAZIER, name="Tamsin Orrel") if bio else Paragraph(text=_GLAZIER))


@pytest.mark.parametrize(
    ("writer", "line"),
    [
        # what the writer did, told by the story, is no bio; nor a sentence on an agency or a desk that wrote it
        ("Tamsin Orrel", "Tamsin Orrel was the last to leave the quay that night, the harbour master recalled."),
        ("Skerry Newswire", "Skerry Newswire is the service that first reported the ferry's return on Monday."),
        ("Harbour Desk", "Harbour Desk is the team that has followed the ferry since the winter closure."),
    ],
)
def test_a_sentence_on_the_writer_that_is_no_bio(writer: str, line: str) -> None:
    page = f"""<html><head><meta name="author" content="{writer}"></head><body><article><h1>Ferry Returns</h1>
    <div class="entry">{BODY}</div><div class="plugin-wrap"><p>{line}</p></div></article></body></html>"""
    assert newsdoc.parse_html(page).blocks[-1] == Paragraph(text=line)


def test_the_line_of_the_writers_name_and_post_in_a_box_after_the_body() -> None:
    """A box after the body gives the writer's name, post and university: their bio; and their disclosure."""
    line = "Tamsin Orrel, Reader in Coastal Geography, University of Skerry"
    note = "Disclosure statement: Tamsin Orrel receives funding from the Skerry Marine Trust."
    box = (
        f"<div class='site-writer'><h3>About the author</h3><p><b>Tamsin Orrel</b>, {line[14:]}</p><p>{note}</p></div>"
    )
    page = f"""<html><head><meta name="author" content="Tamsin Orrel"></head><body><div class="post">
    <h1>Ferry Returns</h1><div class="post-body">{BODY}</div>{box}</div></body></html>"""
    article = newsdoc.parse_html(page)
    assert [(type(b), b.text) for b in article.blocks[-2:]] == [(Bio, line), (Disclaimer, note)]
    assert article.blocks[-2].name == "Tamsin Orrel"
    assert body(article) == SENTENCES


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("This story was produced in partnership with Harbour Health News, a nonprofit newsroom.", True),
        ("Sponsored: book your crossing to the Skerry Fair this weekend and save a fifth.", False),
    ],
)
def test_a_partners_note_classed_as_a_sponsors_is_the_articles_note(note: str, kept: bool) -> None:
    """A template classes the note on whom the article was made with as a sponsor's: its words say it is a note."""
    page = f"<article><h1>Ferry Returns</h1><div class='entry'>{BODY}<p class='sponsor-note'>{note}</p></div></article>"
    article = newsdoc.parse_html(page)
    assert body(article) == SENTENCES
    assert (kinds(article)[-1] == "Attribution") is kept


def test_a_sponsors_disclosure_in_a_box_of_its_own_is_the_articles_note() -> None:
    """A blog's box classed as a sponsor's holds the post's disclosure: its words say it is a note, not an ad."""
    note = "<strong>Sponsored:</strong> This post is sponsored by Tern Outdoor, who sent me the boots to try."
    box = f"<div class='sponsored-notice'><p>{note}</p></div>"
    page = f"<article><h1>Boots Tested</h1>{box}<div class='entry'>{BODY}</div></article>"
    article = newsdoc.parse_html(page)
    assert body(article) == SENTENCES
    assert kinds(article)[0] == "Disclaimer"
    # an advertisement in the same box is the page's
    ad = "Sponsored: book your crossing to the Skerry Fair this weekend and save a fifth."
    article = newsdoc.parse_html(page.replace(note, ad))
    assert "Disclaimer" not in kinds(article)
    assert ad not in newsdoc.to_text(article)


def test_a_republication_note_right_under_the_article_in_bare_markup() -> None:
    note = "This story was first published by Harbour Times and is republished here with permission."
    page = f"<body><article><h1>Ferry Returns</h1>{BODY}</article><div><span>{note}</span></div></body>"
    article = newsdoc.parse_html(page)
    assert [type(b).__name__ for b in article.blocks][-1] == "Attribution"
    assert article.source == "Harbour Times"


@pytest.mark.parametrize(
    ("classes", "kept"), [("media-contact", False), ("pr-pressekontakt", False), ("contact", True)]
)
def test_a_press_releases_media_contact_box_is_no_body(classes: str, kept: bool) -> None:
    """A press release ends with a box of whom reporters may call: its class says so; a box only "contact" does not."""
    line = "Ines Volk, Harbour Board Communications, ivolk@harbour.example, 555-0142"
    box = f"<div class='{classes}'><h3>Media Contact</h3><p>{line}</p></div>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><div class='entry'>{BODY}{box}</div></article>")
    assert (line in body(article)) is kept
    assert body(article)[:3] == SENTENCES


def test_a_marked_note_in_the_articles_header_is_no_dek() -> None:
    """A series note or a funding disclosure in the header, under the byline, where a dek stands: its class says."""
    note = "This is the second story in a series on the lake's crossings. Read the first part here."
    page = f"""<article><header><h1>Ferry Returns</h1><p class="byline">By Tove Brandt</p>
    <div class="editors-note"><p>{note}</p></div></header>{BODY}</article>"""
    assert only(newsdoc.parse_html(page), Disclaimer).text == note  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "name",
    [
        '<div class="author-name">Tove Brandt</div>',  # an author box's name over the bio
        '<figure><img src="/tove.jpg" alt=""><figcaption>Tove Brandt</figcaption></figure>',  # a portrait's caption
    ],
)
def test_the_writers_name_over_their_bio_is_no_body(name: str) -> None:
    bio = "<p>Tove Brandt covers the lake and its ferries for the Harbour News.</p>"
    page = f"<article><h1>Ferry Returns</h1>{BODY}<div class='about-the-writer'>{name}{bio}</div></article>"
    article = newsdoc.parse_html(page)
    assert Fragment(text="Tove Brandt") in article.blocks
    assert body(article) == SENTENCES
    assert not [b for b in article.blocks if isinstance(b, Caption)]


def test_a_marked_disclosure_after_the_body() -> None:
    page = f"""<body><article><h1>Ferry Returns</h1><div class="entry-content">{BODY}</div>
    <div class="disclosure">Links on this page may pay us a small fee.</div></article></body>"""
    note = only(newsdoc.parse_html(page), Disclaimer)
    assert isinstance(note, Disclaimer)
    assert note.text == "Links on this page may pay us a small fee."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # A note's phrase in a sentence of the story is the story's
        ("The views expressed at the harbour meeting were mostly angry, though a few thanked the crew.", Paragraph),
        ("The first timetable was originally published in 1951 and has changed only twice since then.", Paragraph),
        ("Deckhands who sell passes may earn a commission on each one, a practice the board will end.", Paragraph),
        # A note that speaks of the piece, or of the newsroom, is a note wherever it stands
        ("The views expressed in this column are the writer's and not the board's.", Disclaimer),
        ("We may earn a commission when you buy through the links on this page.", Disclaimer),
        ("The views expressed in the article are not those of the ferry board.", Disclaimer),
        # or that frames itself: its phrase first, naming where the piece appeared
        ("Originally published in the Harbour Quarterly, spring 1987.", newsdoc.Attribution),
        ("Originally published in 1912, the first timetable promised a boat every day but Sunday.", Paragraph),
    ],
)
@pytest.mark.parametrize("last", [False, True], ids=["amid", "last"])
def test_a_notes_phrase_amid_the_body(last: bool, line: str, kind: type) -> None:
    """Amid or after the story's paragraphs, a note's words in one of its sentences are prose; a note says it is one."""
    first, rest = BODY.split("</p>", 1)
    page = f"{BODY}<p>{line}</p>" if last else f"{first}</p><p>{line}</p>{rest}"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{page}</article>")
    assert [type(b) for b in article.blocks if line in getattr(b, "text", "")] == [kind]
    assert body(article)[0] == SENTENCES[0]
    assert SENTENCES[2] in body(article)


def test_a_bio_its_class_names_stands_over_a_line_under_it() -> None:
    """A column ends with the writer's bio, classed "bio", and an invitation to write a letter under it.

    Markup and words agree: a bio, though a paragraph follows. Without the class, "X is a ..." with
    a paragraph under it is the body's.
    """
    bio = "Ines Volk is a Lakeside Ledger columnist"
    invite = "Have a view on this column? Write to our letters page, and keep it under two hundred words."
    page = f"<article><h1>Ferry Returns</h1><div>{BODY}<p class='{{}}'>{bio}</p><p>{invite}</p></div></article>"
    marked = newsdoc.parse_html(page.format("bio"))
    assert only(marked, Bio) == Bio(text=bio, name="Ines Volk")
    assert body(marked) == [*SENTENCES, invite]
    assert body(newsdoc.parse_html(page.format("column-end"))) == [*SENTENCES, bio, invite]


def test_an_author_box_s_heading_is_its_label() -> None:
    """A template heads the writer's box "About the author": the bio's label, no heading of the body."""
    bio = "Ines Volk is the features editor of the Lakeside Ledger, and has never missed a ferry."
    box = f"<div class='author-box'><img src='/avatars/ines.jpg' alt=''><h4>About the author</h4><p>{bio}</p></div>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{box}</article>")
    assert (kinds(article)[-1], body(article)) == ("Bio", SENTENCES)
    assert not [b for b in article.blocks if isinstance(b, newsdoc.Heading)]
    assert ("label of a note", "About the author") in [(d.rule, d.text) for d in parse_page(box).dropped]
    # A heading of the body over its paragraphs stays.
    headed = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><h4>About the ferry</h4>{BODY}{box}</article>")
    assert [b.text for b in headed.blocks if isinstance(b, newsdoc.Heading)] == ["About the ferry"]


@pytest.mark.parametrize(
    ("bio", "name"),
    [
        ("Ines Volk er fastlege i Varnvik og skriver om helse i nord.", "Ines Volk"),  # a trade no cue knows
        ("* Ines Volk ist seit zehn Jahren im Hafenrat von Varnvik.", "Ines Volk"),  # after a bullet
        ("Dr. Ines Volk ist seit zehn Jahren im Hafenrat von Varnvik.", "Ines Volk"),  # after a title
        ("About the author\nInes Volk er fastlege i Varnvik.", "Ines Volk"),  # under a label
        ("Inesa Volkova er fastlege i Varnvik og skriver om helse.", None),  # another's name
        ("Hafenrat Ines Volk ist seit zehn Jahren dabei.", None),  # a word longer than a title before it
    ],
)
def test_a_bio_the_markup_names_is_of_the_writer_it_opens_with(bio: str, name: str | None) -> None:
    """In any language: the name of the writer the page's head names, where the box's words start."""
    head = "<head><meta name='author' content='Ines Volk'></head>"
    lines = "".join(f"<p>{line}</p>" for line in bio.split("\n"))
    page = f"<html>{head}<body><article><h1>Ferry Returns</h1>{BODY}<div class='author-bio'>{lines}</div></article>"
    assert newsdoc.parse_html(page).blocks[-1] == Bio(text=bio, name=name)


@pytest.mark.parametrize("link", ["More by Ines Volk", "View all posts by Ines Volk", "@inesvolk"])
def test_an_author_boxs_links_are_no_body(link: str) -> None:
    """The box's link to the writer's page or account, a line of its own under the bio, is dropped as the box's."""
    bio = "Ines Volk is the features editor of the Lakeside Ledger, and has never missed a ferry."
    box = f"<div class='author-bio'><p>{bio}</p><a href='/author/ines-volk/'>{link}</a></div>"
    page = f"<article><h1>Ferry Returns</h1>{BODY}{box}</article>"
    article = newsdoc.parse_html(page)
    assert (kinds(article)[-1], body(article)) == ("Bio", SENTENCES)
    assert ("link of an author box", link) in [(d.rule, d.text) for d in parse_page(page).dropped]
    # a line of prose in the box, with a link in it, stays
    said = "Write to her at the Ledger about the ferries."
    kept = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{box.replace(link, said)}</article>")
    assert said in [getattr(b, "text", None) for b in kept.blocks]


@pytest.mark.parametrize(
    ("box", "name"),
    [
        ("<h3>Ines Volk</h3><p>Has written about the lake's ferries for the Ledger since 2009.</p>", "Ines Volk"),
        ("<h3>Meet the writer</h3><p>Has written about the lake's ferries for the Ledger since 2009.</p>", None),
        # a heading of "About" and the name, as a broadcaster heads its anchor's box
        ("<h3>About Ines Volk</h3><p>Has written about the lake's ferries for the Ledger since 2009.</p>", "Ines Volk"),
    ],
)
def test_an_author_box_marked_as_one_names_the_writer_it_opens_with(box: str, name: str | None) -> None:
    """A box classed as the writer's, its words read as one bio: whose, its first line says, when it is a name."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<div class='author-box'>{box}</div></article>")
    assert isinstance(bio := article.blocks[-1], Bio)
    assert bio.name == name


def test_a_byline_with_an_element_for_each_writer_names_them_all() -> None:
    """A WordPress theme sets each writer in an element of its own in the byline, the agency after them."""
    each = '<span class="author vcard"><a href="/author/{0}/">{1}</a></span>'
    byline = f"By {each.format('iv', 'Ines Volk')} and {each.format('tb', 'Tomas Berg')}, Harbour Wire"
    page = f'<article><h1>Ferry Returns</h1><div class="entry-meta"><span class="byline">{byline}</span></div>{BODY}'
    assert newsdoc.parse_html(page + "</article>").authors == ("Ines Volk", "Tomas Berg")


def test_writers_listed_as_links_in_the_bylines_element_are_the_authors_and_their_cards_bios() -> None:
    """A blog theme lists its writers as links, no "By", and sets a card for each under the post: heading, bio."""
    names = '<a href="/author/ines/">Ines Volk</a>, <a href="/author/tomas/">Tomas Berg</a>'
    cards = "".join(
        f'<div class="author-card"><h4><a href="/author/{who}/">{name}</a></h4><p>{bio}</p></div>'
        for who, name, bio in [
            ("ines", "Ines Volk", "Ines Volk is the harbour reporter of the Ledger."),
            ("tomas", "Tomas Berg", "Tomas Berg looks after the Ledger's archive of ferry timetables."),
        ]
    )
    page = f"""<article><h1>Ferry Returns</h1><div class="article-byline"><h4 class="author-name">{names}</h4>
    <time>12 May 2024</time></div>{BODY}<section class="article-authors">{cards}</section></article>"""
    article = newsdoc.parse_html(page)
    assert article.authors == ("Ines Volk", "Tomas Berg")
    assert article.blocks[-2:] == (
        Bio(text="Ines Volk is the harbour reporter of the Ledger.", name="Ines Volk"),
        Bio(text="Tomas Berg looks after the Ledger's archive of ferry timetables.", name="Tomas Berg"),
    )
    assert body(article) == SENTENCES
    # a name and where she writes from, no link: no second writer
    page = f"""<article><h1>Ferry Returns</h1><div class="article-byline"><h4 class="author-name">Ines Volk,
    New York</h4></div>{BODY}</article>"""
    assert "New York" not in newsdoc.parse_html(page).authors


@pytest.mark.parametrize(
    ("under", "dek"),
    [
        # set apart from the body's paragraphs: the dek
        ("<p class='x1'>{said}</p><div class='x2'>{body}</div>", True),
        # the first of the body's paragraphs, which the description copies: the lede
        ("<div class='x2'><p>{said}</p>{body}</div>", False),
        ("<p class='x1'>{said} And more.</p><div class='x2'>{body}</div>", False),  # not the description
        # under the headline's byline and date, as a broadcaster's template sets its summary in bold
        (
            "<div class='x0'><p>By Ines Volk</p><p>12 March 2024</p></div>"
            "<div class='x1'><p><b>{said}</b></p></div><div class='x2'>{body}</div>",
            True,
        ),
        (
            "<div class='x0'><p>By Ines Volk</p><p>12 March 2024</p></div><div class='x2'><p>{said}</p>{body}</div>",
            False,
        ),  # (a guard, which passes without the rule too)
    ],
)
def test_the_pages_description_word_for_word_under_the_headline_is_the_dek(under: str, dek: bool) -> None:
    """A template of hashed classes sets the dek in a paragraph of its own; only the page's description tells it."""
    said = "The ferry will sail again from May, but only twice a day."
    head = f"<head><meta name='description' content='{said}'></head>"
    page = (
        f"<html>{head}<body><article><h1>Ferry Returns</h1>{under.format(said=said, body=BODY)}</article></body></html>"
    )
    first = next(b for b in newsdoc.parse_html(page).blocks if type(b) in (Standfirst, Paragraph))
    assert type(first) is (Standfirst if dek else Paragraph)
    assert first.text.startswith(said)


_POSTS = [
    "The returning officer put turnout at 38 per cent, up from 33 at the last election, and the count went on.",
    "The first boxes from the harbour wards were opened at midnight, and staff began sorting the papers by hand.",
    "Good evening, and welcome to our live coverage of the count at the leisure centre on the quay tonight.",
]


def _post(i: int, text: str, heading: str) -> str:
    return f"<article class='live-post'>{heading}<div class='live-post__body'><p>{text}</p></div></article>"


def test_a_live_blogs_posts_each_in_an_article_of_their_own_are_the_story() -> None:
    """A live blog sets each post in an <article> of its own under the page's headline: the story is all of them."""
    posts = "".join(_post(i, text, f"<h3>Update {i}</h3>") for i, text in enumerate(_POSTS))
    head = "<head><title>Live: the count | Harbour Voices</title></head>"
    page = f"{head}<main><h1>Live: the count</h1><p>By the politics desk</p><div class='feed'>{posts}</div></main>"
    assert [b.text for b in newsdoc.parse_html(page).blocks if type(b) is Paragraph] == _POSTS


def test_a_live_pages_update_is_its_news_and_a_dated_update_a_note() -> None:
    """ "Update:" and "Update (12:15):" open a live page's news; "Update 21 May:" dates a note on the piece."""
    news = [
        "Update: all four crew members are now ashore, the coastguard said.",
        "Update (12:15): the ferry company now says it will sail at two.",
    ]
    note = "Update 21 May: the last crossing now leaves at nine."
    paragraphs = "".join(f"<p>{line}</p>" for line in [*news, *SENTENCES])
    article = newsdoc.parse_html(f"<article><h1>Live: the storm</h1>{paragraphs}<p>{note}</p></article>")
    assert body(article) == [*news, *SENTENCES]
    assert article.blocks[-1] == newsdoc.Disclaimer(text=note)


def test_a_post_embedded_as_one_link_is_a_card_for_another_story() -> None:
    """A newsletter's post embeds another post as one link round its title, blurb and date: no body of this one."""
    card = (
        "<div class='embed-wrap'><a class='embed' href='https://skerry.example/p/the-old-pier'>"
        "<div class='embed-title'>The old pier</div><div class='embed-body'>Why the harbour board let the pier"
        " rot for twenty years.</div><div class='embed-meta'>6 months ago \u00b7 Ines Volk</div></a></div>"
    )
    page = f"<article><h1>Ferry Returns</h1>{BODY}{card}<p>{SENTENCES[0]}</p></article>"
    article = newsdoc.parse_html(page)
    assert body(article) == [*SENTENCES, SENTENCES[0]]
    assert "The old pier" not in newsdoc.to_text(article)
    # a picture linked with its caption says when or by whom nothing: the story's
    linked = "<div><a href='/gallery'><div><img src='/p.jpg'></div><div>The old pier at low tide</div></a></div>"
    article = newsdoc.parse_html(page.replace(card, linked))
    assert "The old pier at low tide" in newsdoc.to_text(article)


def test_cards_for_other_stories_beside_the_article_are_not_its_posts() -> None:
    """Cards of the article's class beside it, under the page's headline, lead with their headlines as links."""
    card = f"<article class='story'><h2><a href='/count'>The count goes on</a></h2><p>{_POSTS[0]}</p></article>"
    head = "<head><title>Ferry Returns | Harbour Voices</title></head>"
    page = f"{head}<main><h1>Ferry Returns</h1><article class='story'>{BODY}</article>{card * 2}</main>"
    article = newsdoc.parse_html(page)
    assert body(article) == SENTENCES


@pytest.mark.parametrize("mark", ["paywall", "c-regwall__inner"])
def test_the_paywalls_pitch_inside_the_article_is_no_body(mark: str) -> None:
    """A subscriber's story stops at a box that asks the reader to pay: its heading, pitch and list of benefits."""
    wall = (
        f"<div class='{mark}'><h2>Keep reading with a subscription</h2><p>This story is for subscribers only. Get "
        "unlimited access for one pound a week for the first three months.</p><ul><li>Every story on any device</li>"
        "<li>The morning briefing</li></ul><a href='/subscribe'>Subscribe now</a></div>"
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{wall}</article>")
    assert body(article) == SENTENCES


@pytest.mark.parametrize("byline", ["By Ines Volk", "By Ines Volk Harbour staff writer"])
def test_the_writers_name_as_a_heading_over_a_few_words_after_the_body_is_her_box(byline: str) -> None:
    """An author box sets the writer's name as its heading, then a few words on her, whatever they say."""
    box = "<div class='card'><h5>Ines Volk</h5><p>Islands reporter. Call 555-0101 or send tips by email.</p></div>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p>{byline}</p>{BODY}{box}</article>")
    assert article.blocks[-2:] == (
        newsdoc.Fragment(text="Ines Volk"),
        Bio(text="Islands reporter. Call 555-0101 or send tips by email.", name="Ines Volk"),
    )
    # Amid the body, a heading of her name over a paragraph is the body's
    first, rest = BODY.split("</p>", 1)
    amid = newsdoc.parse_html(
        f"<article><h1>Ferry Returns</h1><p>{byline}</p>{first}</p><h3>Ines Volk</h3><p>She "
        f"was born on the island.</p>{rest}</article>"
    )
    assert not amid.blocks_of(Bio)


def test_a_details_summary_and_what_it_opens_are_lines_of_their_own() -> None:
    """A template sets the date in a <summary>, the last change in the <details> it opens: two lines, as shown."""
    when = (
        "<details><summary><span>Mon 4 Mar 2024 06.00 GMT</span></summary>"
        "<span>Last modified on Mon 4 Mar 2024 09.14 GMT</span></details>"
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p>By Ines Volk</p>{when}{BODY}</article>")
    texts = [getattr(block, "text", "") for block in article.blocks]
    assert "Mon 4 Mar 2024 06.00 GMT" in texts
    assert "Last modified on Mon 4 Mar 2024 09.14 GMT" in texts
    assert body(article) == SENTENCES


def test_a_list_items_block_elements_are_lines_of_it() -> None:
    """An item that holds block elements (a name over a bio, a title over its text) shows each on a line."""
    items = (
        "<ul><li><div><a href='/jv'>Ines Volk</a></div><div>Ines Volk covers the islands.</div></li>"
        "<li><div>Odo Brack</div><p>Odo Brack edits the harbour desk.</p></li></ul>"
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{items}</article>")
    (listed,) = article.blocks_of(newsdoc.ItemList)
    assert listed.items == (  # type: ignore[attr-defined]
        "Ines Volk\nInes Volk covers the islands.",
        "Odo Brack\nOdo Brack edits the harbour desk.",
    )
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article
    assert newsdoc.from_json(newsdoc.to_json(article)) == article


def test_how_to_reach_the_writer_ends_the_body() -> None:
    """A local paper's last line tells how to reach the writer: a note, not the body, though the author card follows."""
    line = "Ines Volk can be reached at 555-0188 or ivolk@ledger.example."
    card = "<div class='card'><h5>Ines Volk</h5><p>Staff writer</p></div>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{line}</p>{card}</article>")
    assert only(article, Bio) == Bio(text=line, name="Ines Volk")
    # A sentence of the body that tells how to reach someone else is the body's.
    sentence = "The ferry office can be reached at 555-0100 on weekdays, the operator said."
    assert body(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{sentence}</p></article>"))[-1] == sentence
    # So is an organisation's line: "The ..." names no writer.
    office = "The Lakeside Ferry Company can be reached at 555-0100."
    assert body(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{office}</p></article>"))[-1] == office


def test_the_writer_s_line_that_ends_a_republished_piece() -> None:
    """A republished piece ends with its writer's name, job and university, then the republication note."""
    line = "Ines Volk, Senior Lecturer in Maritime History, Harbour University"
    note = "This article is republished from The Lakeside Review under a Creative Commons license."
    page = f"<article><h1>Ferry Returns</h1>{BODY}<p>{line}</p><p><em>{note}</em></p></article>"
    article = newsdoc.parse_html(page)
    assert kinds(article)[-2:] == ["Bio", "Attribution"]
    assert only(article, Bio) == Bio(text=line, name="Ines Volk")
    # A menu's last line, its parts parted by a bar, is no writer's line.
    menu = "Harbour BrandVoice | Paid Program"
    assert body(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{menu}</p></article>"))[-1] == menu


@pytest.mark.parametrize(
    "line",
    [
        "The Tide Tables, by Ines Volk, Harbour University Press, \u00a320",  # a review's book
        "Spring Concert, Harbour University Chapel, 7pm Saturday",  # a listing
        "Harbour Rowing Club, Lakeside College Boathouse, until May 3",
    ],
)
def test_a_line_of_a_book_or_a_listing_that_ends_the_body_is_no_writer_s(line: str) -> None:
    """A name and an institution after a comma may be a book's line under a review, or a listing's: no bio."""
    assert body(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{line}</p></article>"))[-1] == line


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Volk reported from Lakeside. Ledger writer Mara Lind in Northport contributed to this report.", True),
        ("Mara Lind contributed reporting from Northport, and Tom Hale from Southport.", True),
        ("\u2014 With assistance from Mara Lind", True),
        ("Additional reporting by Mara Lind in Northport", True),
        ("Tom Hale contributed data analysis.", True),
        # sentences of the body
        ("More than forty engineers contributed to this report on the landings.", False),
        ("Dr. Mara Lind, who contributed research to the survey, said the landings were sound.", False),
        ("With assistance from the county, the operator rebuilt both landings over the winter.", False),
        ("Harbour Council rebuilt the landings with assistance from the county.", False),
        # the phrase in a paragraph that goes on after it
        ("Engineers checked the landings. Divers from Northport Marine contributed research. The pier opened.", False),
        ("Which Harbour Council engineers contributed research?", False),  # a question of the body
    ],
)
def test_the_line_that_credits_who_else_worked_on_the_story(line: str, credits: bool) -> None:
    """Wire and newspaper stories end with who else reported: a byline's fragment, not the body's prose."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p>By Ines Volk</p>{BODY}<p>{line}</p></article>")
    assert article.authors == ("Ines Volk",)
    assert (article.blocks[-1] == newsdoc.Fragment(text=line, role="byline")) is credits
    assert body(article) == (SENTENCES if credits else [*SENTENCES, line])


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ines Volk", ("Ines Volk",)),
        ("Ines Volk | May 3, 2024", ("Ines Volk",)),
        # a button or a prefix alone, in the byline's element: no one's name
        ("Follow Ines Volk", ()),
        ("Contact Ines Volk", ()),
        ("Written By", ()),
        # a desk's, a section's or a paper's name
        ("Local News", ()),
        ("Opinion Desk", ()),
        ("Lakeside Times", ()),
        ("Listen Now", ()),
        ("By Ines Volk and Ledger Staff", ("Ines Volk",)),
    ],
)
def test_a_name_alone_in_a_byline_element(line: str, authors: tuple[str, ...]) -> None:
    article = newsdoc.parse_html(f'<article><h1>Ferry Returns</h1><p class="byline">{line}</p>{BODY}</article>')
    assert article.blocks[0] == newsdoc.Fragment(text=line, role="byline")
    assert article.authors == authors


@pytest.mark.parametrize("word", ["texte__signature", "noticia__autor", "articolo__firma", "autore"])
def test_a_byline_classed_in_another_language(word: str) -> None:
    """French and Spanish papers class the byline as its signature, others by the writer's name in their language."""
    page = f'<article><header><h1>Ferry Returns</h1><p class="{word}">Ines Volk<br><span>Harbour News</span></p>'
    article = newsdoc.parse_html(f"{page}</header>{BODY}</article>")
    assert article.blocks[0] == newsdoc.Fragment(text="Ines Volk\nHarbour News", role="byline")


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Ines Volk | May 3, 2024", "2024-05-03"),
        ("Ines Volk - May 3, 2024", "2024-05-03"),  # a hyphen for the dash
        ("Ines Volk - 03.05.2024 15:20", "2024-05-03 15:20"),  # the date in numbers
        ("Ines Volk Tue, 05/21/2024 - 15:20", "2024-05-21"),  # a CMS's default stamp, its weekday first, run on
    ],
)
def test_a_name_and_the_date_under_the_headline_are_the_byline(line: str, when: str) -> None:
    """A template's name and time elements in a meta line, with no "By" and no class to say whose."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><div class='meta'>{line}</div>{BODY}</article>")
    assert article.blocks[0] == newsdoc.Fragment(text=line, role="byline")
    assert article.authors == ("Ines Volk",)
    assert str(article.published).startswith(when)


# The body ----------------------------------------------------------------------------------------------


def test_font_text_parted_by_br_in_table_cells() -> None:
    """An old layout: the story in a <font> inside a cell, paragraphs parted by two <br>."""
    runs = "<br>\n<br>\n".join(SENTENCES)
    page = f"""<html><body><table><tr><td width="150"><a href="/">Home</a><br><a href="/old">Archive</a></td>
    <td><font face="Arial"><b>Ferry Returns</b><br><br>{runs}</font></td></tr></table></body></html>"""
    assert body(newsdoc.parse_html(page))[-3:] == SENTENCES


def test_a_spacer_paragraph_of_zero_width_characters_is_no_block() -> None:
    """Editors keep an empty line between pictures as a paragraph of a zero-width space (``&#8203;``)."""
    spacer = "<p>&#8203;</p><p>\u200b\u00a0\ufeff</p>"
    page = f"<article><h1>Ferry Returns</h1><p>{SENTENCES[0]}</p>{spacer}<p>{SENTENCES[1]}</p>{spacer}</article>"
    assert kinds(newsdoc.parse_html(page)) == ["Paragraph", "Paragraph"]
    assert body(newsdoc.parse_html(page.replace("&#8203;", "*"))) == [SENTENCES[0], "*", SENTENCES[1], "*"]


def test_page_white_space_is_a_space() -> None:
    page = "<article><h1>Ferry Returns</h1><p>The ferry\n   resumed\ton Monday after a winter of repairs.</p></article>"
    assert body(newsdoc.parse_html(page)) == ["The ferry resumed on Monday after a winter of repairs."]


def test_the_next_story_teaser_after_the_body_is_furniture() -> None:
    """A "next story" box (div.next-prev, #prevNext) after the body shows another article's headline and blurb."""
    teaser = """<div class="grid-container next-prev"><p class="btn"><a href="/news/quay">Next Harbour News</a></p>
    <div class="row-desc"><a href="/news/quay"><h5 class="row-title">Quay Repairs Begin Next Week</h5></a>
    <p class="row-excerpt">Crews will close the north quay for a fortnight.</p></div></div>"""
    article = newsdoc.parse_html(f"<html><body><article><h1>Ferry Returns</h1>{BODY}{teaser}</article></body></html>")
    assert "Quay Repairs" not in newsdoc.to_text(article)
    assert "Crews will close" not in newsdoc.to_text(article)
    assert article.text.startswith("The ferry service across the lake")


def test_a_sign_up_box_in_the_body_goes_whatever_its_classes() -> None:
    """A newsletter box (heading, blurb, a form asking for an email, its messages) in utility classes only."""
    box = """<div class="mb5 pa4"><div class="mb4 tc"><h2 class="f3">Get the Harbour Letter</h2>
    <p class="f6">The week's crossings, closures and timetables, in your inbox every Friday morning.</p>
    <form class="flex"><input type="email" name="address" placeholder="you@example.org"><button>Sign up</button></form>
    <p class="dn">Thanks for signing up!</p><p class="dn">Something went wrong; please try again.</p></div></div>"""
    page = f"<html><body><article><h1>Ferry Returns</h1>{BODY}{box}{BODY}</article></body></html>"
    result = parse_page(page)
    assert "Harbour Letter" not in newsdoc.to_text(result.article)
    assert "Thanks for signing up" not in newsdoc.to_text(result.article)
    assert [d.rule for d in result.dropped if d.rule == "sign-up box"] == ["sign-up box"]
    assert result.article.text == (newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{BODY}</article>").text)


def test_a_subheading_that_opens_a_summary_excerpted_from_the_page_is_no_dek() -> None:
    """A site that fills its description with the page's first words: the body's first subheading is in it, and more."""
    heading = "Crossings and fares for the summer"
    summary = f"Share this story {heading} {SENTENCES[0]} {SENTENCES[1]}"
    page = f"""<html><head><meta name="description" content="{summary}"></head><body><article>
    <h1>Ferry Returns</h1><p>Monday, March 4, 2024</p><h3>{heading}</h3>{BODY}</article></body></html>"""
    article = newsdoc.parse_html(page)
    assert article.blocks_of(Standfirst) == ()
    assert kinds(article) == ["Fragment", "Heading", "Paragraph", "Paragraph", "Paragraph"]


def test_a_speakable_summary_is_the_bodys_lead_not_a_dek() -> None:
    """schema.org's "speakable" marks what a voice assistant reads aloud: in the body, its first paragraph."""
    lead = "The ferry is back on the lake, three days after the storm closed the crossing to all boats."
    page = f"""<html><head><meta name="description" content="{lead}"></head><body><article>
    <header><h1>Ferry Returns</h1><div class="byline">By Ines Volk</div></header>
    <div class="article-content"><p id="speakable-summary">{lead}</p>{BODY}</div></article></body></html>"""
    article = newsdoc.parse_html(page)
    assert article.blocks_of(Standfirst) == ()
    assert article.text.startswith(lead)


def test_a_page_whose_prose_is_all_in_furniture_is_not_empty() -> None:
    """Every wrapper named like furniture: rather than nothing, the page's prose, with the reason recorded."""
    cards = "".join(f'<div class="widget related"><p>{s}</p></div>' for s in SENTENCES)
    page = f"<body><div class='sidebar'><h1>Ferry Returns</h1></div>{cards}<div class='ad'>Buy</div></body>"
    found = parse_page(page)
    assert body(found.article)
    assert any(d.rule.startswith("furniture rules left no prose") for d in found.dropped)


def test_images_of_the_lead_and_tail_come_only_with_their_figure() -> None:
    """A logo between the headline and the body is not the article's; the lead figure is."""
    page = f"""<div class="post"><h1>Ferry Returns</h1><img src="/sponsor.png" alt="Sponsor">
    <figure><img src="/f.jpg" alt="Ferry"></figure><div class="entry-content">{BODY}</div></div>"""
    images = [b for b in newsdoc.parse_html(page).blocks if isinstance(b, Image)]
    assert [image.src for image in images] == ["/f.jpg"]


def test_a_custom_element_names_its_part() -> None:
    """Component frameworks write parts as elements of their own: <disclaimer>, <author-bio>."""
    page = f"""<body><div class="post"><h1>Ferry Returns</h1>
    <div class="blog-blurb"><disclaimer>Opinions expressed by our contributors are their own.</disclaimer></div>
    <div class="entry-content">{BODY}</div>
    <author-bio><p>Tom Ekwall covers transport for the lakeshore towns' weekly.</p></author-bio></div></body>"""
    article = newsdoc.parse_html(page)
    assert only(article, Disclaimer).text == "Opinions expressed by our contributors are their own."  # type: ignore[attr-defined]
    assert only(article, Bio).text == "Tom Ekwall covers transport for the lakeshore towns' weekly."  # type: ignore[attr-defined]
    assert not [b for b in article.blocks if isinstance(b, Standfirst)]


def test_cards_for_other_stories_after_the_article_are_left_out() -> None:
    """An "Around the region" run of cards (linked headline, byline, date, blurb) inside the article element.

    (A label that is a stock line of the page, "Latest news", goes as one: this one goes as the heading of nothing.)
    """
    cards = "".join(
        f'<div class="card"><h3><a href="/s{n}">Bridge works close the east road for {n} weeks</a></h3>'
        f"<p>By Ana Berg</p><p>November {n}, 2019</p><p>Traffic moves to the old ferry road meanwhile.</p></div>"
        for n in range(1, 4)
    )
    page = f"<article><h1>Ferry Returns</h1><p>By Tom Ekwall</p>{BODY}<h2>Around the region</h2>{cards}</article>"
    found = parse_page(page)
    assert body(found.article) == SENTENCES
    assert found.article.authors == ("Tom Ekwall",)
    assert [d.rule for d in found.dropped].count("teaser of another story") == 3
    assert any(d.rule == "heading over nothing" and d.text == "Around the region" for d in found.dropped)


def test_cards_whose_linked_headline_wraps_a_heading_and_whose_byline_is_time_stamped() -> None:
    """A card sets its heading inside the link (<a><h5>...</h5></a>), the writer and a time stamp under it."""
    cards = "".join(
        f"<div><div><a href='/news/bridge-{n}.html'><img src='/i/{n}.jpg' width='240'></a></div>"
        f"<div><a href='/news/bridge-{n}.html'><h5>Bridge works close the east road for {n} weeks</h5></a>"
        f"<p>Traffic moves to the old ferry road meanwhile.</p><span>Ana Berg 2019-11-2{n} 17:27:46</span></div></div>"
        for n in range(1, 4)
    )
    page = f"<body><article><h1>Ferry Returns</h1>{BODY}<div>{cards}</div></article></body>"
    found = parse_page(page)
    assert [type(b).__name__ for b in found.article.blocks] == ["Paragraph"] * 3
    assert "teaser of another story" in [d.rule for d in found.dropped]


def test_a_list_article_with_linked_item_headings_is_kept() -> None:
    """A buying guide: each item's heading links to the product, with a description under it and no byline."""
    items = "".join(
        f'<div class="item"><h3><a href="/p{n}">Lake kayak model {n}</a></h3>'
        f"<p>A stable boat for calm water, light enough to carry to the landing alone, number {n}.</p></div>"
        for n in range(1, 4)
    )
    page = f"<article><h1>Boats for the Lake</h1>{BODY}{items}</article>"
    assert len(body(newsdoc.parse_html(page))) == 6


def test_the_sites_legal_notice_is_no_disclaimer() -> None:
    """A footer box classed "disclaimer" that holds the site's terms, after the article."""
    page = f"""<body><article><h1>Ferry Returns</h1>{BODY}</article>
    <div class="disclaimer">Use of this site means you accept our User Agreement and Privacy Policy.
    \u00a9 2019 Lake Press Ltd. All rights reserved.</div></body>"""
    found = parse_page(page)
    assert not [b for b in found.article.blocks if isinstance(b, Disclaimer)]
    assert any(d.rule == "site notice" for d in found.dropped)


@pytest.mark.parametrize(
    "sentence",
    [
        "All rights reserved, the boat builder wrote to the club, meant the hull design could not be copied.",
        '"All rights reserved," the letter went on, "extends to every drawing of the hull."',
        'The builder stamps "All rights reserved" on every drawing, and the club stamps it back on its copies.',
    ],
)
def test_a_sentence_that_names_a_notices_words_is_no_notice(sentence: str) -> None:
    """ "All rights reserved" in the body, as a sentence's subject or in its quote marks, is the story's words."""
    page = f"<article><h1>Ferry Returns</h1>{BODY}<p>{sentence}</p>{BODY}</article>"
    assert sentence in body(newsdoc.parse_html(page))
    notice = "2019 Lake Press Ltd. All rights reserved."
    page = f"<article><h1>Ferry Returns</h1>{BODY}<p>{notice}</p></article>"
    assert notice not in body(newsdoc.parse_html(page))


def test_live_blog_entries_with_linked_times_are_the_body() -> None:
    """A live blog: each entry's heading links to its own place in the page, with a time and a short update."""
    entries = "".join(
        f'<div class="entry"><h3><a href="#e{n}">Update from the north landing</a></h3><time>10:{n}0</time>'
        f"<p>The ferry made crossing number {n} of the day with every seat taken.</p></div>"
        for n in range(1, 4)
    )
    page = f"<article><h1>Ferry Returns: Live</h1>{entries}</article>"
    article = newsdoc.parse_html(page)
    assert sum("crossing number" in text for text in body(article)) == 3
    assert [b.text for b in article.blocks if isinstance(b, newsdoc.Heading)] == ["Update from the north landing"] * 3  # type: ignore[attr-defined]


def test_a_line_with_a_smiley_is_no_caption() -> None:
    """WordPress writes emoji as small images inside the text: <img class="wp-smiley">."""
    page = f"""<article><h1>Ferry Returns</h1>{BODY}
    <div>See you on the water next week! <img class="wp-smiley" src="/smile.png" alt=":)"></div></article>"""
    assert not [b for b in newsdoc.parse_html(page).blocks if isinstance(b, Caption)]


def test_when_the_article_is_the_whole_page_its_lead_starts_at_the_headline() -> None:
    """A page with no wrapper of its own: a site's picture strip above the headline is not the article's."""
    page = f"""<body><div class="strip"><figure><img src="/promo.jpg" alt="">
    <figcaption>This weekend's boat show at the marina.</figcaption></figure></div>
    <h1>Ferry Returns</h1><p class="dek">After a winter of repairs the crossing is back on the timetable.</p>
    <div class="story-text">{BODY}</div></body>"""
    article = newsdoc.parse_html(page)
    assert kinds(article) == ["Standfirst", "Paragraph", "Paragraph", "Paragraph"]


def test_lazy_loaded_pictures_give_their_real_address() -> None:
    """Lazy loading keeps the address in data-src (or data-original) and a placeholder in src; srcset lists sizes."""
    page = f"""<html><head><link rel="canonical" href="https://harbour.example/news/2024/ferry.html"></head>
    <body><article><h1>Ferry Returns</h1>
    <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/ferry.jpg" width="800" height="450px"
    alt="The ferry"><figcaption>The ferry at the north landing.</figcaption></figure>
    <figure><img data-original="quay.jpg" alt="The quay"><figcaption>The quay at dawn.</figcaption></figure>
    <figure><img srcset="crew-320.jpg 320w, crew-1280.jpg 1280w, crew-640.jpg 640w" alt="The crew">
    <figcaption>The crew before the first crossing.</figcaption></figure>
    <figure><picture><source srcset="gulls-640.webp 640w, gulls-1280.webp 1280w" type="image/webp">
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Gulls"></picture>
    <figcaption>Gulls over the east landing.</figcaption></figure>{BODY}</article></body></html>"""
    images = newsdoc.parse_html(page).blocks_of(newsdoc.Image)
    assert [(i.src, i.width, i.height) for i in images] == [  # type: ignore[attr-defined]
        ("https://harbour.example/img/ferry.jpg", 800, 450),
        ("https://harbour.example/news/2024/quay.jpg", None, None),
        ("https://harbour.example/news/2024/crew-1280.jpg", None, None),
        ("https://harbour.example/news/2024/gulls-1280.webp", None, None),  # a <picture>'s sources', past a placeholder
    ]
    given = newsdoc.parse_html(page, url="http://mirror.example/a/b.html").blocks_of(newsdoc.Image)
    assert given[0].src == "http://mirror.example/img/ferry.jpg"  # type: ignore[attr-defined]


def test_a_base_element_decides_where_relative_addresses_point() -> None:
    page = f"""<html><head><base href="https://cdn.example/media/"></head><body><article><h1>Ferry Returns</h1>
    <figure><img src="ferry.jpg" alt="The ferry"><figcaption>The ferry.</figcaption></figure>{BODY}</article>
    </body></html>"""
    [image] = newsdoc.parse_html(page, url="https://harbour.example/news/").blocks_of(newsdoc.Image)
    assert image.src == "https://cdn.example/media/ferry.jpg"  # type: ignore[attr-defined]


def test_metadata_in_the_conventions_sites_use() -> None:
    """schema.org graphs with references (as WordPress plugins write them), microdata, Dublin Core, OpenGraph."""
    graph = """{"@context": "https://schema.org", "@graph": [
        {"@type": "Person", "@id": "#mara", "name": "Mara Lind"},
        {"@type": "NewsArticle", "headline": "Ferry Returns", "author": {"@id": "#mara"}, "inLanguage": "en-gb"}]}"""
    page = f"""<html lang="en_gb"><head><script type="application/ld+json">{graph}</script>
    <meta property="article:published" itemprop="datePublished dateCreated" content="2024-03-05T08:00:00Z">
    </head><body><article><h1>Ferry Returns</h1>{BODY}</article></body></html>"""
    article = newsdoc.parse_html(page)
    assert (article.authors, article.language) == (("Mara Lind",), "en-GB")
    assert article.published == dt.datetime(2024, 3, 5, 8, tzinfo=dt.UTC)
    microdata = f"""<html><head><meta property="og:pubdate" content="2024-03-06">
    <meta name="author" content="By Mara Lind"></head>
    <body><article><h1>Ferry Returns</h1>{BODY}</article></body></html>"""
    article = newsdoc.parse_html(microdata)
    assert (article.authors, article.published.date()) == (("Mara Lind",), dt.date(2024, 3, 6))  # type: ignore[union-attr]
    marked = f"""<body><article><h1>Ferry Returns</h1><p class="byline" itemprop="author">
    <span itemprop="name">Mara Lind</span></p>{BODY}</article></body>"""
    assert newsdoc.parse_html(marked).authors == ("Mara Lind",)


@pytest.mark.parametrize(
    ("written", "when"),
    [
        ("2024-03-05T08:00:00.000Z", dt.datetime(2024, 3, 5, 8, tzinfo=dt.UTC)),
        ("2024-03-05T13:30:00+05:30", dt.datetime(2024, 3, 5, 13, 30, tzinfo=dt.timezone(dt.timedelta(hours=5.5)))),
        ("2024-03-05 13:30+0530", dt.datetime(2024, 3, 5, 13, 30, tzinfo=dt.timezone(dt.timedelta(hours=5.5)))),
        ("2024-03-05", dt.datetime(2024, 3, 5, tzinfo=dt.UTC)),
        ("2024-02-30T08:00:00Z", None),  # no such day
        ("Tue, 5 Mar 2024 08:00:00 GMT", dt.datetime(2024, 3, 5, 8, tzinfo=dt.UTC)),  # as an HTTP header writes it
        ("March 5, 2024 8:00 AM EST", dt.datetime(2024, 3, 5, 13, tzinfo=dt.UTC)),
        # a zone as its offset from GMT, as papers write it: three hours ahead (where POSIX would read it behind)
        ("March 5, 2024 11:00 GMT+3", dt.datetime(2024, 3, 5, 8, tzinfo=dt.UTC)),
        ("5 March 2024 13:30 (UTC+05:30)", dt.datetime(2024, 3, 5, 8, tzinfo=dt.UTC)),
    ],
)
def test_a_date_in_the_head_keeps_its_zone(written: str, when: dt.datetime | None) -> None:
    """A page's head writes its dates in ISO 8601, or as people do; their zone is the standard library's."""
    page = f"""<html><head><meta property="article:published_time" content="{written}"></head>
    <body><article><h1>Ferry Returns</h1>{BODY}</article></body></html>"""
    published = newsdoc.parse_html(page).published
    assert published == when
    if isinstance(published, dt.datetime):
        assert type(published.tzinfo) is dt.timezone  # not dateutil's tzlocal(), which names the machine's zone


def test_a_date_in_the_address_and_a_placeholder_date() -> None:
    """A blog's address often holds its date (/2024/03/05/); a year 1 date is a template's placeholder."""
    page = f"""<html><head><link rel="canonical" href="https://harbour.example/2024/03/05/ferry-returns/">
    <script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}}</script>
    </head><body><article><h1>Ferry Returns</h1>{BODY}</article></body></html>"""
    assert newsdoc.parse_html(page).published == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # The person the byline names, from the element that holds the name beside the desk's
        (
            '<div class="byline"><span class="byline-name">By Ines Volk</span> <span>Harbour Desk, Lisbon</span></div>',
            ("Ines Volk",),
        ),
        ("", ("Harbour Weekly",)),  # no person named anywhere: the newsroom is the author
    ],
)
def test_a_newsroom_as_the_author_in_json_ld_gives_way_to_a_person(byline: str, authors: tuple[str, ...]) -> None:
    """A page's JSON-LD names its newsroom, an Organization, as the author; the byline names the person."""
    ld = '{"@type": "NewsArticle", "author": {"@type": "NewsMediaOrganization", "name": "Harbour Weekly"}}'
    page = f"""<html><head><script type="application/ld+json">{ld}</script></head><body><article>
    <h1>Ferry Returns</h1>{byline}{BODY}</article></body></html>"""
    assert newsdoc.parse_html(page).authors == authors


def test_a_date_in_an_abbr_title_and_a_time_of_day_alone() -> None:
    """A blog platform writes the date for machines in an abbr's title, the time for readers in its words.

    A time of day alone dates nothing: read as today's, it would make up a date.
    """
    abbr = '<abbr itemprop="datePublished" title="2024-03-05T09:12:00+01:00">09:12</abbr>'
    page = f"<html><body><article><h1>Ferry Returns</h1><p>Posted at {abbr}</p>{BODY}</article></body></html>"
    when = dt.datetime(2024, 3, 5, 9, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert newsdoc.parse_html(page).published == when
    bare = page.replace(abbr, '<span itemprop="datePublished">09:12</span>')
    assert newsdoc.parse_html(bare).published is None


def test_a_month_name_in_the_address() -> None:
    """Some sites write the month in the address as its short English name: /2024/mar/05/."""
    page = f"<html><body><article><h1>Ferry Returns</h1>{BODY}</article></body></html>"
    assert newsdoc.parse_html(page, url="https://harbour.example/news/2024/mar/05/ferry").published == dt.date(
        2024, 3, 5
    )
    assert newsdoc.parse_html(page, url="https://harbour.example/news/2024/march-notes/ferry").published is None


@pytest.mark.parametrize(
    ("line", "where", "when"),
    [
        # Written in English, under the headline, with an ordinal day and a time.
        ("<p>Published: Monday, March 2nd, 2020 at 9:15 a.m.</p>", "after", dt.datetime(2020, 3, 2, 9, 15)),
        # A German header over the headline: the label says whose date it is.
        ("<span>publiziert am 3. August 2020</span>", "before", dt.datetime(2020, 8, 3)),
        # A Korean page with no h1: the label "article entered" and the date in brackets.
        ("기사입력 :[ 2020-03-05 09:30 ]", "none", dt.datetime(2020, 3, 5, 9, 30)),
    ],
)
def test_a_date_a_label_names_as_the_articles(line: str, where: str, when: dt.datetime) -> None:
    """A date line with a label ("Published:", "publiziert am") dates the article, above the headline too."""
    head = "<div class='title'>Ferry Returns</div>" if where == "none" else "<h1>Ferry Returns</h1>"
    top, bottom = (line, "") if where == "before" else ("", line)
    page = f"<html><body><div class='hero'>{top}{head}</div><div>{bottom}{BODY}</div></body></html>"
    assert newsdoc.parse_html(page).published == when.replace(tzinfo=dt.UTC)


def test_a_table_of_data_is_a_table_and_a_layout_table_is_not() -> None:
    """A <table> of short cells is data, with its header row when it has <th> cells; one of prose lays out a page."""
    data = """<table><tr><th>Crossing</th><th>Leaves</th><th>Seats</th></tr>
    <tr><td>North landing</td><td>07:15</td><td>120</td></tr><tr><td>Quay</td><td>08:40</td><td>96</td></tr></table>"""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{data}</article>")
    [table] = article.blocks_of(newsdoc.Table)
    assert table == newsdoc.Table(
        rows=(("Crossing", "Leaves", "Seats"), ("North landing", "07:15", "120"), ("Quay", "08:40", "96")), header=True
    )
    assert "| Crossing | Leaves | Seats |\n| --- | --- | --- |\n| North landing | 07:15 | 120 |" in (
        newsdoc.to_markdown(article)
    )
    layout = f"<table><tr><td>{BODY}</td><td><p>Elsewhere on the site.</p></td></tr><tr><td></td></tr></table>"
    article = newsdoc.parse_html(f"<body><h1>Ferry Returns</h1>{layout}</body>")
    assert not article.blocks_of(newsdoc.Table)
    assert kinds(article)[:3] == ["Paragraph", "Paragraph", "Paragraph"]


def test_a_tables_own_caption_is_kept_as_its_caption() -> None:
    """A data table's <caption> titles it, and may end with its source: a caption under the table, never lost."""
    rows = "<tr><th>Crossing</th><th>Seats</th></tr><tr><td>Quay</td><td>96</td></tr>"
    page = f"""<article><h1>Ferry Returns</h1>{BODY}<img src="/quay.jpg" alt="The quay">
    <table><caption>Seats on each crossing. Source: Lake Transport Office</caption>{rows}</table></article>"""
    article = newsdoc.parse_html(page)
    assert kinds(article)[-3:] == ["Image", "Table", "Caption"]
    assert article.blocks[-1] == Caption(
        text="Seats on each crossing.", credit="Lake Transport Office", credit_prefix=" Source: ", credit_suffix=""
    )  # (no picture's: the table's)
    assert newsdoc.parse_html(newsdoc.to_html(article)) == article


def test_the_links_and_emphasis_in_a_tables_cells_are_its_marks() -> None:
    """A table of data links its rows to their pages (a timetable's, a stock's): the addresses are kept."""
    data = """<table><tr><th>Crossing</th><th>Timetable</th></tr>
    <tr><td><em>North</em> landing</td><td><a href="/times/north">Winter <b>times</b></a></td></tr>
    <tr><td>Quay</td><td><a href="https://harbour.example/quay">Summer times</a></td></tr></table>"""
    page = f"<article><h1>Ferry Returns</h1>{BODY}{data}</article>"
    article = newsdoc.parse_html(page, url="https://harbour.example/news/ferry")
    [table] = article.blocks_of(newsdoc.Table)
    assert table.rows == (("Crossing", "Timetable"), ("North landing", "Winter times"), ("Quay", "Summer times"))
    link = newsdoc.MarkKind.LINK
    assert table.marks == (
        newsdoc.Mark(start=19, end=24, kind=newsdoc.MarkKind.EMPHASIS),
        newsdoc.Mark(start=33, end=45, kind=link, href="https://harbour.example/times/north"),
        newsdoc.Mark(start=40, end=45, kind=newsdoc.MarkKind.STRONG),
        newsdoc.Mark(start=51, end=63, kind=link, href="https://harbour.example/quay"),
    )
    markdown = newsdoc.to_markdown(article)
    assert "| *North* landing | [Winter **times**](https://harbour.example/times/north) |" in markdown
    assert newsdoc.from_markdown(markdown) == article
    assert newsdoc.parse_html(newsdoc.to_html(article)) == article


def test_a_byline_set_as_a_heading_is_a_byline_not_a_heading() -> None:
    """A page may set its byline, and the date under it, as a heading marked "byline"; a marked heading that names
    no one ("Harbour Affairs" in a section's class) stays a heading."""
    page = """<html><body><article><h1>Harbour Dues Rise Again</h1>
    <h3 class="byline">by Mara Lind and Tom Ek<br><span class="datetime">Friday, March 5, 2021</span></h3>
    <p>The port authority raised its dues for the third time in a year, and shippers were not pleased.</p>
    <h3 class="section-title">Harbour Affairs</h3>
    <p>The dues pay for the dredging of the channel, which silts up faster every winter, the port says.</p>
    </article></body></html>"""
    article = newsdoc.parse_html(page)
    byline = newsdoc.Fragment(text="by Mara Lind and Tom Ek\nFriday, March 5, 2021", role="byline")
    assert article.blocks[0] == byline
    assert article.blocks[2] == newsdoc.Heading(text="Harbour Affairs", level=3)
    assert article.authors == ("Mara Lind", "Tom Ek")


def _timetable_page(indent: str) -> str:
    """A short, list-like article in an element marked as the body, beside a wordier promo; indented by *indent*."""
    gap = "\n" + indent  # between tags, as a page's template lays them out
    links = gap.join(f"<a href='/t/{n}'>{words}</a>" for n, words in enumerate(["ferry timetable", "summer crossings"]))
    lines = [
        "<html><head><title>Summer Ferry Timetable</title></head><body><div class='wrap'><div class='main'>",
        "<div class='story' itemprop='articleBody'><h1>Summer Ferry Timetable</h1>",
        f"<p>First crossing: 12 June – North Pier<br>{gap}Second crossing: 19 June – Gull Island<br>{gap}"
        "Third crossing: 3 July – Harbour Steps</p>",
        "<p>* Times may change with the tide.</p>",
        f"<p>Filed under{gap}{links}</p>",
        "</div></div><div class='column'><div class='box'>",
        "<p>Tap the photo to read the harbour master's notes on tides, moorings, buoys, the new jetty,"
        " parking every week.</p>",
        "</div></div></div></body></html>",
    ]
    return gap.join(lines)


def test_the_element_the_page_marks_as_its_body_holds_the_article() -> None:
    """schema.org microdata: itemprop="articleBody" names the body, even a short one beside a wordier promo."""
    article = newsdoc.parse_html(_timetable_page(""))
    words = " ".join(newsdoc.model.plain_text(block) for block in article.blocks)
    assert "Third crossing: 3 July" in words
    assert "harbour master" not in words
    # Indenting the markup, or reading a soup built with lxml (which drops the indentation), changes
    # the shares of the page's text that its elements hold, not the element the page names.
    indented = _timetable_page("\t" * 40)
    assert newsdoc.parse_html(indented) == article
    assert newsdoc.parse_html(BeautifulSoup(indented, "lxml")) == article


FARES = "Fares will stay as they were last year, the operator said, at least until the autumn."


def test_a_mark_around_a_teaser_alone_does_not_take_the_body() -> None:
    """itemprop="articleBody" on a summary above the story, the story itself unmarked: the story is the body."""
    page = f"""<html><body><div class="top"><div class="summary" itemprop="articleBody">
    <p>The lake ferry is back after a winter of repairs to both of its landings.</p></div></div>
    <div class="main"><div class="content"><h1>Ferry Returns</h1>{BODY}
    <p>{FARES}</p></div></div>
    </body></html>"""
    assert body(newsdoc.parse_html(page))[-4:] == [*SENTENCES, FARES]


@pytest.mark.parametrize("name", ["relatedContent", "related-content"])
def test_a_box_of_related_content_in_the_body_goes(name: str) -> None:
    """A promo box in the body classed "related content": the furniture word says which content it is."""
    box = (
        f'<div class="{name} alignRight"><h3>Lake Week</h3>'
        '<a href="/lake-week"><img src="/lake.jpg" alt="Boats at the landing"></a>'
        "<p>Every story from our week on the lake, from the ferry crossings to the fishing boats and the regatta.</p>"
        "</div>"
    )
    first, rest = BODY.split("</p>", 1)
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{first}</p>{box}{rest}</article>")
    words = " ".join(newsdoc.model.plain_text(block) for block in article.blocks)
    assert body(article) == SENTENCES
    assert "Lake Week" not in words
    assert "Boats at the landing" not in words


def test_the_articles_own_footer_stays_with_its_author_line() -> None:
    """A box classed "article-footer" under the body: the content word makes it the article's own, not the page's."""
    bio = "Mara Lind is a reporter at the Lake Press, where she covers the towns along the north shore."
    page = f"""<html><body><div class="post"><h1>Ferry Returns</h1>{BODY}
    <div class="article-footer"><p><em>{bio}</em></p></div></div>
    <div class="site-footer"><p>Lake Press, 4 Harbour Steps, North Pier. Letters to the editor welcome.</p></div>
    </body></html>"""
    article = newsdoc.parse_html(page)
    assert body(article) == SENTENCES
    assert only(article, Bio).text == bio


def _widget_page(gap: str) -> str:
    """The body in a box classed "widget", as page builders name every box, between menus; *gap* between tags."""
    menu = "<ul>" + "".join(f"<li><a href='/s/{n}'>Section {n}</a></li>" for n in range(10)) + "</ul>"
    parts = [
        "<html><head><title>Ferry Returns</title></head><body>",
        f"<header><nav>{menu}</nav></header>",
        f"<div class='widget-box'><h1>Ferry Returns</h1>{BODY}",
        "<p>Tip: <a href='/ferry-times'>the timetable for the summer</a></p>",
        "<div class='share'><p>Liked this story? Send it on to a friend who rides the ferry.</p></div></div>",
        f"<footer><nav>{menu}</nav></footer>",
        "</body></html>",
    ]
    return gap.join(parts).replace("><", ">" + gap + "<")


def test_a_page_indented_gives_the_article_it_gives_unindented() -> None:
    """A template indents its markup, or a minifier takes the indentation out: a reader sees the same page.

    The white space between tags counts in no share of the page's text: not in what holds most
    of it (which stays, however its class reads), nor in a paragraph's share of link words.
    """
    article = newsdoc.parse_html(_widget_page(""))
    assert body(article) == SENTENCES
    words = " ".join(newsdoc.model.plain_text(block) for block in article.blocks)
    assert "Section 3" not in words
    assert "Liked this story" not in words
    assert newsdoc.parse_html(_widget_page("\n" + " " * 40)) == article
    assert newsdoc.parse_html(_widget_page("\n")) == article


def test_a_paragraph_wrapped_and_indented_keeps_its_share_of_link_words() -> None:
    """HTML Tidy and many editors wrap a long line and indent the rest: the link's share of the words stays."""
    line = "Meanwhile, elsewhere: <a href='/ferry/summer'>the ferry runs on the summer timetable</a>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{line}</p></article>")
    assert body(article) == [*SENTENCES, "Meanwhile, elsewhere: the ferry runs on the summer timetable"]
    wrapped = line.replace(" ", "\n" + " " * 40)
    assert newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{wrapped}</p></article>") == article


def test_no_break_spaces_in_a_byline_and_a_credit() -> None:
    """Templates join a byline's words and a credit's with ``&nbsp;``: they read as the same words with spaces."""
    page = (
        "<article><h1>Ferry Returns</h1><p>By&nbsp;Mara&nbsp;Lind</p>"
        "<figure><img src='/landing.jpg' alt='The landing'>"
        "<figcaption>The new landing at the north pier. Photo:&nbsp;Ana&nbsp;Ruiz/Lake&nbsp;Press</figcaption>"
        f"</figure>{BODY}</article>"
    )
    article = newsdoc.parse_html(page)
    assert article.authors == ("Mara Lind",)
    caption = only(article, Caption)
    assert (caption.text, caption.credit) == ("The new landing at the north pier.", "Ana Ruiz/Lake Press")
    assert body(article) == SENTENCES


@pytest.mark.parametrize(
    "line",
    [
        "<a href='/author/mara-lind/'>Mara Lind</a> March 3, 2024",
        "written by <a href='https://lakepress.example/people/mara-lind'>Mara Lind</a>",
        "<a rel='author' href='/m.lind'>Mara Lind</a> · 4 min read",
    ],
)
def test_a_line_that_links_to_its_writers_page_is_the_byline(line: str) -> None:
    """A template writes the byline as a link to the writer's own page, often with no "By", the date run in."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p>{line}</p>{BODY}</article>")
    assert kinds(article) == ["Fragment", "Paragraph", "Paragraph", "Paragraph"]
    assert article.blocks[0].role == "byline"
    assert body(article) == SENTENCES


def test_a_link_to_a_section_of_writers_or_one_after_the_body_begins_is_no_byline() -> None:
    """``/columnists/`` lists writers and names none; a writer's link amid the body is the body's."""
    first, rest = BODY.split("</p>", 1)
    section = "<p><a href='/columnists/'>Columnists</a> and letters from readers</p>"
    amid = "<p>Ask <a href='/author/mara-lind/'>Mara Lind</a> about the crossings.</p>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{section}{first}</p>{amid}{rest}</article>")
    assert [block.role for block in article.blocks if isinstance(block, newsdoc.Fragment)] == []
    assert "Ask Mara Lind about the crossings." in body(article)


@pytest.mark.parametrize(
    "img",
    [
        "<img src='https://secure.gravatar.example/avatar/5f3a?s=96' width='96' height='96' alt='Mara Lind'>",
        "<img src='/images/authors/mara-lind.jpg' alt=''>",
        "<img class='size-headshot' src='/uploads/mara-lind-115x115.png' alt=''>",
        "<img src='/smilies/wink.gif' width='16' height='16' alt=';)'>",
        # kept with the writers in another language's folder: Polish, German
        "<img src='/autorzy/mara-lind.jpg' alt=''>",
        "<img src='/autoren/mara-lind.jpg' alt=''>",
    ],
)
def test_a_writers_portrait_or_an_icon_in_a_line_is_no_picture(img: str) -> None:
    """Beside the byline or in a line of text, the writer's avatar and a smiley are the page's decoration."""
    page = f"<article><h1>Ferry Returns</h1><div>{img} By Mara Lind, March 3, 2024</div>{BODY}</article>"
    parsed = parse_page(page)
    assert not parsed.article.blocks_of(Image)
    assert any(dropped.rule == "icon" for dropped in parsed.dropped)
    assert body(parsed.article) == SENTENCES


@pytest.mark.parametrize(
    "portrait",
    [
        "<div class='post-author-image'><a href='/u/7/'><img class='round' src='/c/p.jpg' alt='Mara Lind'></a></div>",
        "<div class='node-user-picture'><div><img src='/f/p7.jpg' width='99' height='99' alt='Mara Lind'></div></div>",
        "<section class='post-author-box'><img src='/c/p.jpg' alt='Mara Lind'><h4>Mara Lind</h4></section>",
        # the writer's box as another language names it ("autor-box")
        "<div class='autor-box'><img src='/c/p.jpg' alt=''><span>Mara Lind</span></div>",
    ],
)
def test_the_writers_portrait_in_a_box_its_class_names_is_no_picture(portrait: str) -> None:
    """A theme sets the writer's portrait in the header in a box classed so ("author-image", "user-picture")."""
    page = f"<article><header><h1>Ferry Returns</h1>{portrait}<p>By Mara Lind</p></header>{BODY}</article>"
    parsed = parse_page(page)
    assert not parsed.article.blocks_of(Image)
    assert body(parsed.article) == SENTENCES


def test_a_picture_in_a_line_of_text_stays() -> None:
    """A photo set in a run of text, as old pages do, is the article's: its address keeps no avatars or writers."""
    page = (
        "<article><h1>Ferry Returns</h1><div><img src='/uploads/2024/03/north-pier.jpg' alt='The north pier'>"
        f" The new landing at the north pier.</div>{BODY}</article>"
    )
    assert [image.alt for image in newsdoc.parse_html(page).blocks_of(Image)] == ["The north pier"]


def test_a_box_reads_the_same_with_no_break_spaces() -> None:
    """How long a box's paragraph is counts the letters a reader sees: ``&nbsp;`` between its words adds none."""
    line = "Ferry fares for the summer are on the board by the ticket office at North Pier now"
    pages = [
        f"<article><h1>Ferry Returns</h1>{BODY}<div class='story-text sidebar'><p>{words}</p></div></article>"
        for words in (line, line.replace(" ", "&nbsp;"))
    ]
    plain, no_break = (newsdoc.parse_html(page) for page in pages)
    assert body(plain) == SENTENCES
    assert no_break == plain


def test_a_pull_quote_boxs_speaker_on_a_line_of_its_own_without_a_dash() -> None:
    """The quote in one paragraph, who said it in the next: the speaker is the attribution, not the quote's words."""
    said = "Commuters who had driven around the shore for months said the crossing saved them an hour a day."
    page = f"""<article><h1>Ferry Returns</h1>{BODY}<aside class="pullquote"><p>{said}</p>
    <p>Ana Ruiz, commuter</p></aside><p>The ferry runs every hour until nine in the evening, the operator said.</p>
    </article>"""
    (quote,) = newsdoc.parse_html(page).blocks_of(PullQuote)
    assert (quote.text, quote.attribution) == (said, "Ana Ruiz, commuter")


def test_a_share_button_under_a_pull_quote_is_neither_speaker_nor_quote() -> None:
    said = "Commuters who had driven around the shore for months said the crossing saved them an hour a day."
    page = f"""<article><h1>Ferry Returns</h1>{BODY}<aside class="pullquote"><p>{said}</p><p>Tweet this</p></aside>
    <p>The ferry runs every hour until nine in the evening, the operator said.</p></article>"""
    (quote,) = newsdoc.parse_html(page).blocks_of(PullQuote)
    assert (quote.text, quote.attribution) == (said, None)


@pytest.mark.parametrize(
    "quote",
    [
        "<blockquote><p>{said}</p><cite>Ana Ruiz, commuter</cite></blockquote>",
        "<blockquote><p>{said}</p><footer>\u2014 Ana Ruiz, commuter</footer></blockquote>",
        # The HTML standard's figure of a quote: the quote, then its source in the caption
        "<figure><blockquote><p>{said}</p></blockquote><figcaption>\u2014 Ana Ruiz, commuter</figcaption></figure>",
    ],
)
def test_who_said_a_block_quote_is_its_attribution_never_lost(quote: str) -> None:
    said = "The crossing saved them an hour a day."  # what a paragraph of the body says, pulled out
    page = f"<article><h1>Ferry Returns</h1>{BODY}{quote.format(said=said)}<p>The ferry runs every hour.</p></article>"
    (pulled,) = newsdoc.parse_html(page).blocks_of(PullQuote)
    assert (pulled.text, pulled.attribution) == (said, "Ana Ruiz, commuter")


def test_a_quotations_source_in_a_cite_stays_with_its_words() -> None:
    """A block quote that repeats nothing is a quote: who said it stays in its words, not lost."""
    page = (
        f"<article><h1>Ferry Returns</h1>{BODY}<blockquote><p>The sea does not wait for timetables.</p>"
        "<cite>Harbour proverb</cite></blockquote></article>"
    )
    (quote,) = newsdoc.parse_html(page).blocks_of(newsdoc.Quote)
    assert quote.text == "The sea does not wait for timetables.\n\n\u2014 Harbour proverb"  # set off as a source is


def test_a_byline_whose_name_links_to_the_writers_page_is_no_lone_link() -> None:
    """Her name, a link, is most of the line's words: a byline still, not a lone link to drop."""
    page = f"""<article><header><h1>Ferry Returns</h1>
    <p>By <a href="/people/ines-volk">Ines Volk Marrowbridge</a></p></header>{BODY}</article>"""
    article = newsdoc.parse_html(page)
    assert article.authors == ("Ines Volk Marrowbridge",)
    assert article.blocks[0] == newsdoc.Fragment(text="By Ines Volk Marrowbridge", role="byline")


def test_the_dek_between_the_headline_and_the_byline_with_no_header() -> None:
    """Headline, dek, byline, one after another in the body, as a template with no header sets them."""
    dek = "The northern crossing reopens after three days, and the islands breathe again."
    page = f"<article><h1>Ferry Returns</h1><p>{dek}</p><p>By Ines Volk | May 12, 2024</p>{BODY}</article>"
    article = newsdoc.parse_html(page)
    assert [b.text for b in article.blocks_of(Standfirst)] == [dek]
    assert body(article) == SENTENCES


@pytest.mark.parametrize("cite", ["Ruiz", "Ana Ruiz, a commuter since the spring.", "(Ana Ruiz)"])
def test_a_cite_of_any_shape_is_the_pull_quotes_source(cite: str) -> None:
    """A <cite> says who said the quote, whatever its words: it is the source, not the quote's words."""
    said = "The crossing saved them an hour a day."
    page = f"<article><h1>Ferry Returns</h1>{BODY}<blockquote><p>{said}</p><cite>{cite}</cite></blockquote></article>"
    (pulled,) = newsdoc.parse_html(page).blocks_of(PullQuote)
    assert (pulled.text, pulled.attribution) == (said, cite)


def test_a_quotes_list_items_are_pieces_of_it() -> None:
    page = (
        f"<article><h1>Ferry Returns</h1>{BODY}<blockquote><p>The motion reads:</p>"
        "<ol><li>Keep the winter timetable.</li><li>Sell the old kiosk.</li></ol></blockquote></article>"
    )
    (quote,) = newsdoc.parse_html(page).blocks_of(newsdoc.Quote)
    assert quote.text == "The motion reads:\n\nKeep the winter timetable.\n\nSell the old kiosk."


@pytest.mark.parametrize("line", ["Ines Volk", "12 comments", "Listen to this article"])
def test_words_over_the_headline_that_are_no_kicker(line: str) -> None:
    """A writer's name, a count, a player's button in the header: one word, or capitals, make a kicker."""
    page = f"<article><header><p>{line}</p><h1>Ferry Returns</h1></header>{BODY}</article>"
    assert newsdoc.parse_html(page).kicker is None


@pytest.mark.parametrize(
    "first",
    [
        'Get the harbour briefing in your inbox every weekday morning. <a href="/signup">Sign up here</a>',
        "Warning: this story describes the storm that sank two boats in the bay.",
    ],
)
def test_a_promo_or_a_warning_over_the_byline_is_no_dek(first: str) -> None:
    page = f"<article><h1>Ferry Returns</h1><p>{first}</p><p>By Ines Volk</p>{BODY}</article>"
    assert not newsdoc.parse_html(page).blocks_of(Standfirst)


def test_a_teasers_byline_under_the_body_is_no_byline() -> None:
    teaser = '<p><a href="/ferry-history">Why the old ferry stopped running</a></p>'
    teaser += '<p>By <a href="/people/tom-ek">Tom Ek Marrowbridge</a></p>'
    page = f"<article><h1>Ferry Returns</h1><p>By Ines Volk</p>{BODY}{teaser}</article>"
    assert newsdoc.parse_html(page).authors == ("Ines Volk",)


@pytest.mark.parametrize("width", ["\u00b2", "9" * 5000, "40px"])
def test_a_pictures_width_is_read_as_pixels_or_not_at_all(width: str) -> None:
    """A width no int() reads ("\u00b2", 5,000 digits) raised ValueError; "40px" is an icon's, as "40" is."""
    page = f'<article><h1>Ferry Returns</h1>{BODY}<img src="quay.jpg" width="{width}" alt="The quay at dawn"></article>'
    pictures = newsdoc.parse_html(page).blocks_of(Image)
    assert len(pictures) == (0 if width == "40px" else 1)


# Captions and credits in semantic markup, without classes ---------------------------------------


@pytest.mark.parametrize(
    ("figcaption", "text", "credit"),
    [
        (
            "The lighthouse at Skerry Point at dusk.<br>Pella Worm",
            "The lighthouse at Skerry Point at dusk.",
            "Pella Worm",
        ),
        (
            "The lighthouse at Skerry Point at dusk. <span>Pella Worm</span>",
            "The lighthouse at Skerry Point at dusk.",
            "Pella Worm",
        ),
        (
            "Gulls over the breakwater at noon. [Ivo Stenn/Harbour Courier]",
            "Gulls over the breakwater at noon.",
            "Ivo Stenn/Harbour Courier",
        ),
        (
            "Dockers outside the old net loft in 1958 | Courtesy of the Kessel Museum",
            "Dockers outside the old net loft in 1958",
            "Courtesy of the Kessel Museum",
        ),
        # Run into the sentence, a name is what the picture shows; a year alone credits no one
        ("The lighthouse keeper with <span>Pella Worm</span>", "The lighthouse keeper with Pella Worm", None),
        # the name the caption speaks of is whom the picture shows
        (
            "Pella Worm, the last keeper, at the lamp.<br>Pella Worm",
            "Pella Worm, the last keeper, at the lamp.\nPella Worm",
            None,
        ),
        (
            "A view of the harbour from the hill.<br>Summer 1958",
            "A view of the harbour from the hill.\nSummer 1958",
            None,
        ),
        ("Boats in the harbour (Pier Road/Water Street)", "Boats in the harbour (Pier Road/Water Street)", None),
    ],
)
def test_a_credit_set_apart_at_the_end_of_a_figcaption(figcaption: str, text: str, credit: str | None) -> None:
    """A line break, an element of its own, square brackets or a bar set a figcaption's credit apart."""
    figure = f"<figure><img src='/p/quay.jpg'><figcaption>{figcaption}</figcaption></figure>"
    page = f"<article><h1>Ferry Returns</h1>{BODY}{figure}</article>"
    caption = only(newsdoc.parse_html(page), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == (text, credit)


def test_a_bar_before_a_credit_in_a_byline_leaves_it_a_byline() -> None:
    cues = newsdoc.DEFAULT_CUES
    assert newsdoc.classify.find_credit("By Ines Volk | Photos by Tom Ekker", cues) is None
    assert newsdoc.classify.find_credit("Quay | Photo by Tom Ekker", cues) is None  # a caption has some words
    # more fields than a caption and its credit: a menu
    assert newsdoc.classify.find_credit("Home | Ferries | Lakeside | Getty Images", cues) is None


def test_a_figure_of_figures_keeps_each_caption_by_its_picture() -> None:
    """The HTML standard nests figures for a gallery: each inner figure's caption stays by its picture."""
    inner = "".join(
        f"<figure><img src='/p/{n}.jpg' alt='{n}'><figcaption>The {n} landing in March.</figcaption></figure>"
        for n in ("north", "south")
    )
    page = (
        f"<article><h1>Ferry Returns</h1>{BODY}<figure>{inner}<figcaption>Both landings</figcaption></figure></article>"
    )
    blocks = newsdoc.parse_html(page).blocks
    assert [type(b).__name__ for b in blocks[-5:]] == ["Image", "Caption", "Image", "Caption", "Caption"]
    assert [b.text for b in blocks[-5:] if isinstance(b, Caption)] == [
        "The north landing in March.",
        "The south landing in March.",
        "Both landings",
    ]
    assert [b.image for b in blocks[-5:] if isinstance(b, Caption)] == [len(blocks) - 5, len(blocks) - 3, None]


_PICTURE = "<img src='/p/quay.jpg'>"
_NETS = "Nets drying on the quay after the storm."


@pytest.mark.parametrize(
    ("box", "credit"),
    [
        # a picture, the line under it, and who took it, in bare elements
        (f"<div>{_PICTURE}<div>{_NETS}</div><div>Pella Worm</div></div>", "Pella Worm"),
        (f"<div>{_PICTURE}<p>{_NETS}</p><p>Harbour Courier / Ivo Stenn</p></div>", "Harbour Courier / Ivo Stenn"),
        (
            f"<figure>{_PICTURE}<figcaption>{_NETS}</figcaption></figure><p>Ivo Stenn for Harbour Courier</p>",
            "Ivo Stenn for Harbour Courier",
        ),
    ],
)
def test_names_alone_under_a_pictures_caption_are_its_credit(box: str, credit: str) -> None:
    page = f"<article><h1>Ferry Returns</h1>{BODY}{box}<p>{SENTENCES[0]}</p></article>"
    caption = only(newsdoc.parse_html(page), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == (_NETS, credit)


@pytest.mark.parametrize(
    "box",
    [
        "<div><img src='/p/quay.jpg'><div>Slides 1 to 5</div><div>Next Slide</div></div>",  # a gallery's buttons
        # a linked line: a card for another story, and its writer
        "<div><img src='/p/quay.jpg'><div><a href='/nets'>Nets on the quay.</a></div><div>Pella Worm</div></div>",
    ],
)
def test_names_under_no_caption_sentence_credit_nothing(box: str) -> None:
    page = f"<article><h1>Ferry Returns</h1>{BODY}{box}<p>{SENTENCES[0]}</p></article>"
    assert not [b for b in newsdoc.parse_html(page).blocks if isinstance(b, Caption) and b.credit]


# Pull quotes in boxes no class names ------------------------------------------------------------

_BOXED = "The landing was built for boats half the size of the ones we run today"
_BOXED_BODY = f"<p>“{_BOXED},” said Ines Volk, who runs the service, at a meeting in the town hall on Tuesday.</p>"


@pytest.mark.parametrize(
    "line", ["Ines Volk, harbour master", "\u2014 Ines Volk, harbour master", "Harbour Master Ines Volk"]
)
def test_the_speaker_under_a_quote_box_the_body_repeats(line: str) -> None:
    """A quote box sets who said it in an element of its own under the quote: the body names the speaker."""
    page = f"<article><h1>Ferry Returns</h1>{BODY}<div><p>{_BOXED}.</p><p>{line}</p></div>{_BOXED_BODY}</article>"
    article = newsdoc.parse_html(page)
    quote = only(article, PullQuote)
    assert isinstance(quote, PullQuote)
    assert quote.attribution == line.lstrip("\u2014 ")
    assert isinstance(article.blocks[quote.repeats or 0], Paragraph)
    assert line not in body(article)
    assert line.lstrip("\u2014 ") not in body(article)


def test_a_line_under_a_pull_quote_naming_no_one_the_body_quotes_stays() -> None:
    box = f"<div><p>{_BOXED}.</p><p>Island Council Report</p></div>"
    page = f"<article><h1>Ferry Returns</h1>{BODY}{box}{_BOXED_BODY}</article>"
    article = newsdoc.parse_html(page)
    quote = only(article, PullQuote)
    assert isinstance(quote, PullQuote)
    assert quote.attribution is None
    assert "Island Council Report" in body(article)


# Notes in other languages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mira Tallec est journaliste indépendante, basée à Quimperlé.", Bio),
        ("Nuria Calvet es periodista y vive en Teruel.", Bio),
        ("Hanno Brekel ist freier Journalist in Husum.", Bio),
        ("Cet article a été initialement publié dans La Gazette du Port.", newsdoc.Attribution),
        ("Este artículo fue publicado originalmente en Diario del Muelle.", newsdoc.Attribution),
        ("Dieser Beitrag erschien zuerst im Hafenblatt.", newsdoc.Attribution),
        # no trade after the verb: a sentence of the body
        ("Nuria Calvet es la alcaldesa del pueblo desde 2019.", None),
        ("Le port est fermé depuis lundi.", None),
        # a trade further on in the sentence is another's
        ("Lyon est une ville de chroniqueurs et de cafés, écrit le guide.", None),
        ("La Gaceta es propiedad de la familia Ruiz, dijo el periodista.", None),
        ("Hanno Brekel ist seit 2019 Redakteur beim Hafenblatt.", Bio),  # a time between the verb and the trade
        # Dutch, with an article or without; English sets a post so too ("is editor of")
        ("Joos Marten is redacteur bij Het Veerblad en schrijft over de eilanden.", Bio),
        ("Joos Marten is een journalist bij Het Veerblad.", Bio),
        ("Ines Volk is editor of the Harbour Review.", Bio),
        ("De pont is een oude boot uit 1961.", None),
        # a job written as one compound word, as German, Dutch, the Scandinavian languages and Italian "capo-" do
        ("Hanno Brekel ist Lokalredakteur beim Hafenblatt.", Bio),
        ("Joos Marten is havenverslaggever bij Het Veerblad.", Bio),
        ("\u00d8ystein Dahl er klimaforsker ved Skerry Universitet.", Bio),
        ("Tommaso Riva \u00e8 caporedattore del Corriere di Skerry.", Bio),
        # Greek: the article before her name, "is" and the trade; "Athens is a city of journalists" says no one's
        (
            "\u0397 \u0395\u03bb\u03ad\u03bd\u03b7 \u0392\u03bb\u03ac\u03c7\u03bf\u03c5 "
            "\u03b5\u03af\u03bd\u03b1\u03b9 "
            "\u03b1\u03bd\u03c4\u03b1\u03c0\u03bf\u03ba\u03c1\u03af\u03c4\u03c1\u03b9\u03b1 "
            "\u03c4\u03b7\u03c2 \u0395\u03c6\u03b7\u03bc\u03b5\u03c1\u03af\u03b4\u03b1\u03c2 "
            "\u03c4\u03b7\u03c2 \u03a3\u03ba\u03ad\u03c1\u03c1\u03c5.",
            Bio,
        ),
        (
            "\u0397 \u0391\u03b8\u03ae\u03bd\u03b1 \u03b5\u03af\u03bd\u03b1\u03b9 \u03c0\u03cc\u03bb\u03b7 "
            "\u03bc\u03b5 \u03c0\u03bf\u03bb\u03bb\u03bf\u03cd\u03c2 "
            "\u03b4\u03b7\u03bc\u03bf\u03c3\u03b9\u03bf\u03b3\u03c1\u03ac\u03c6\u03bf\u03c5\u03c2.",
            None,
        ),
        # not a word that ends in a job noun of English: "remember", "creditor"
        ("Ines Volk is a mother who remembers the flood of 1961.", None),
        ("Ines Volk is a creditor of the ferry company.", None),
        # Polish (the trade in the instrumental), Czech, Swedish, Danish, Romanian, Indonesian
        ("\u0141ucja Nowak jest dziennikark\u0105 Kuriera Skerry.", Bio),
        ("\u0160\u00e1rka Vesel\u00e1 je novin\u00e1\u0159ka a p\u00ed\u0161e o p\u0159\u00edstavech.", Bio),
        ("\u0160\u00e1rka Vesel\u00e1 je redaktorkou region\u00e1ln\u00ed rubriky Skerry list\u016f.", Bio),
        ("Petr Kr\u00e1l je politolog a vyu\u010duje na univerzit\u011b.", Bio),
        # Vietnamese: "Tran Thu is a freelance photojournalist ..."; "The ferry is the village's pride."
        ("Tr\u1ea7n Thu l\u00e0 ph\u00f3ng vi\u00ean \u1ea3nh t\u1ef1 do \u1edf H\u1ea3i Ph\u00f2ng.", Bio),
        ("Chuy\u1ebfn ph\u00e0 l\u00e0 ni\u1ec1m t\u1ef1 h\u00e0o c\u1ee7a l\u00e0ng.", None),
        ("\u00c5sa Lind \u00e4r journalist p\u00e5 Skerry Tidning.", Bio),
        ("\u00d8ystein Dahl er journalist p\u00e5 Skerry Avis.", Bio),
        ("Elena Munteanu este jurnalist\u0103 la Gazeta Skerry.", Bio),
        ("Rina Sari adalah dosen di Universitas Skerry.", Bio),
        # their verbs "to be" in a sentence of the body; "er", "je" and "este" are words of other languages too
        ("F\u00e6rgen er en gammel b\u00e5d fra 1961.", None),
        ("Hamnen \u00e4r st\u00e4ngd sedan m\u00e5ndag.", None),
        ("Nu \u00e4r journalist \u00c5sa Lind p\u00e5 plats i hamnen.", None),
        ("Det er journalist Mette Skov, der har skrevet bogen.", None),
        ("Dzi\u015b jest dziennikark\u0105 w Krakowie.", None),
        ("Als er Journalist war, lernte er die Insel kennen.", None),
        ("Seg\u00fan este periodista, el puerto cerrar\u00e1 en mayo.", None),
        ("Aujourd'hui je suis journaliste \u00e0 Lyon.", None),
        # Russian and Ukrainian: the outlet is named in Cyrillic
        ("Статья впервые опубликована в журнале «Скерри».", newsdoc.Attribution),
        ("Матеріал вперше опубліковано на сайті «Скеррі».", newsdoc.Attribution),
        # Russian and Ukrainian say "is" with a dash; dashes around an aside say none
        ("Ирина Волкова \u2014 корреспондент газеты «Скерри».", Bio),
        ("Оксана Коваль \u2013 журналістка й оглядачка «Скеррі».", Bio),
        ("Ines Volk \u2013 a lawyer for the family \u2013 filed the appeal on Monday.", None),
        # a news dateline's dash after the place: a report's first paragraph
        ("SKERRY \u2014 A correspondent for the Ledger said on Monday that the talks had failed.", None),
        # German and French notes of where the piece ran first, words between; Indonesian too
        ("Dieser Beitrag ist zuerst im Hafenblatt erschienen.", newsdoc.Attribution),
        ("Cette tribune a d'abord \u00e9t\u00e9 publi\u00e9e dans La Gazette du Port.", newsdoc.Attribution),
        ("Artikel ini pertama kali terbit di Kabar Skerry.", newsdoc.Attribution),
        ("Das Foto erschien damals zuerst in der Kirchenzeitung.", None),  # the photo's, not the piece's
        # what ties the writer to the story, and whose view it is
        ("Transparenzhinweis: Die Autorin war bis 2019 Mitglied des Hafenvereins.", newsdoc.Disclaimer),
        ("Tulisan ini merupakan opini pribadi penulis.", newsdoc.Disclaimer),
        # a writer's trade in Italian ("critico" alone is "critical of"), Polish's instrumental after "jest", a
        # fact-checker; what she writes for or of, in Italian, Spanish, French, Portuguese and German
        ("Ines Volk \u00e8 critica letteraria e insegna all'Universit\u00e0 di Skerry.", Bio),
        (
            "Ines Volk \u00e8 critica sulla decisione del consiglio di chiudere il porto.",
            None,
        ),  # (a guard, which passes without the rule too)
        ("Ines Volk jest analityczk\u0105 w Instytucie Spraw Portowych.", Bio),
        ("Ines Volk is a fact-checker at the Skerry Ledger.", Bio),
        ("Ines Volk scrive per La Gazzetta di Skerry dal 2015.", Bio),
        ("Ines Volk escribe sobre puertos para El Faro de Skerry.", Bio),
        ("Ines Volk schreibt f\u00fcr das Hafenblatt \u00fcber Schifffahrt.", Bio),
        # a correction's or an update's note on the piece, as papers in French, German, Spanish and Portuguese name it
        (
            "Cet article a \u00e9t\u00e9 actualis\u00e9 le 3 mai avec la r\u00e9ponse de la compagnie.",
            newsdoc.Disclaimer,
        ),
        ("Dieser Beitrag wurde aktualisiert: Die Reederei hat sich ge\u00e4u\u00dfert.", newsdoc.Disclaimer),
        ("Esta nota fue actualizada con la respuesta de la naviera.", newsdoc.Disclaimer),
        ("Esta mat\u00e9ria foi corrigida: a balsa parte \u00e0s 7h, n\u00e3o \u00e0s 8h.", newsdoc.Disclaimer),
        # a law's article is modified (a guard, which passes without the rule too)
        ("Cet article a \u00e9t\u00e9 modifi\u00e9 par la loi de 2019 sur les transports.", None),
        # a transcript's note: revised by the newsroom's team, edited for clarity
        (
            "Cette transcription a \u00e9t\u00e9 r\u00e9vis\u00e9e par notre \u00e9quipe. "
            "Elle a \u00e9t\u00e9 modifi\u00e9e pour plus de clart\u00e9.",
            newsdoc.Disclaimer,
        ),
    ],
)
def test_bios_and_republication_notes_in_other_languages(text: str, kind: type | None) -> None:
    note = newsdoc.classify.read_note(text, newsdoc.DEFAULT_CUES)
    assert (type(note) if note is not None else None) is kind


def test_a_column_s_note_in_italian_closes_the_piece() -> None:
    """The note under an opinion column says whose views they are, of "this column" and "their authors"."""
    note = (
        "Gli interventi pubblicati in questa rubrica esprimono le opinioni dei loro autori e non impegnano la linea "
        "editoriale del giornale."
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{note}</p></article>")
    assert article.blocks[-1] == newsdoc.Disclaimer(text=note)


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("(With inputs from Lakeside Wire)", True),  # an agency's part in the story, as newsrooms in India note it
        ("With inputs from Lakeside Wire and Nordwire", True),
        ("Mit Material der dpa", True),  # German: "with material from dpa"
        ("Edited By: Ada Oni", True),  # a colon after the opener, as a template labels the field
        ("Mit Material von dpa und epd", True),  # and the Protestant news agency's, in lower case as it writes it
        ("kvo/dpa", True),  # the writer's initials and the agency, as German papers sign a story
        ("\u2013 Lakeland Press Agency (LPA)", True),  # a dash, the agency and its initials
        # sentences of the body, and lines that are no agency's
        ("(With inputs from the county, the operator rebuilt both landings over the winter.)", False),
        ("\u2013 Lakeland Ferry Owners (LPA)", False),  # the initials are not the name's
        ("Lakeland Press Agency (LPA) said the landings were sound.", False),
        ("pier/dock", False),
        ("tickets/dpa", False),  # no one's initials
        ("\u2013 Lakeland News Service (LNS)", True),
        # the agency whose copy the story draws on, in brackets or after a dash, in English, French, Portuguese
        ("(With AFP)", True),
        ("(Avec AFP)", True),
        ("\u2014 Com Lusa", True),
        ("With the storm gone, the crews went home.", False),
        ("\u2013 Lakeland Coast Guard (LCG)", False),  # a list's item: a body, no agency, and its initials
        # the initials alone of an agency no one here knows, after a dash or two hyphens
        ("\u2014 LPW", True),
        ("-- LPW", True),
        ("\u2014 Lakeland", False),
        ("- LPW", False),  # a list's item, after its bullet
        # the agency and the initials of its writer and editor; a desk's codes alone, two slashes between
        ("EFE kvo/mdl", True),
        ("KVO // MDL", True),
        ("KVO or MDL", False),  # (a guard, which passes without the rule too)
        # the desk's initials alone, one slash between them, some in lower case and some with no vowel
        ("bsk/vd", True),
        ("(frs/dan)", True),
        ("(AFI) red/mc", True),
        ("and/or", False),  # (a guard, which passes without the rule too)
        # the editor's field under an agency's story, in English, Indonesian and Portuguese
        ("Editor: Ada Oni", True),
        ("Edi\u00e7\u00e3o: Ada Oni", True),
        ("Editor Ada Oni said the landings were sound.", False),
    ],
)
def test_an_agency_s_sign_off_under_the_story(line: str, signs: bool) -> None:
    """A story with an agency's part ends with the agency's sign-off: a byline's fragment, not the body's prose."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p>By Ines Volk</p>{BODY}<p>{line}</p></article>")
    assert article.authors == ("Ines Volk",)
    assert (article.blocks[-1] == newsdoc.Fragment(text=line, role="byline")) is signs
    assert body(article) == (SENTENCES if signs else [*SENTENCES, line])


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        # an outlet and its photographer, or the outlet alone, in brackets after the caption's sentence
        (
            "Gulls over the north landing, March 3, 2024. (Lakeside Wire/Ines Volk)",
            "Gulls over the north landing, March 3, 2024.",
            "Lakeside Wire/Ines Volk",
        ),
        # words in brackets that name no one, or that stand inside the sentence; a name alone may be a place's, a
        # title or a label as well as an outlet's
        (
            "A ferry leaves the north landing at dawn. (Lakeside Ledger)",
            "A ferry leaves the north landing at dawn. (Lakeside Ledger)",
            None,
        ),
        (
            "Rowers race past the old boathouse at noon. (Tarn Island)",
            "Rowers race past the old boathouse at noon. (Tarn Island)",
            None,
        ),
        (
            "The ferry at the south landing. (Archive Picture)",
            "The ferry at the south landing. (Archive Picture)",
            None,
        ),
        (
            "A ferry leaves the north landing. (pictured at dawn)",
            "A ferry leaves the north landing. (pictured at dawn)",
            None,
        ),
        ("A ferry leaves the North Landing (Pier Road)", "A ferry leaves the North Landing (Pier Road)", None),
    ],
)
def test_names_in_brackets_after_a_captions_sentence_are_its_credit(
    caption: str, text: str, credit: str | None
) -> None:
    """Wire services close a caption with their name, and the photographer's, in brackets: "(Agency/Jane Roe)"."""
    figure = f'<figure><img src="/f.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    page = f"<article><h1>Ferry Returns</h1>{figure}{BODY}</article>"
    found = next(b for b in newsdoc.parse_html(page).blocks if isinstance(b, Caption))
    assert (found.text, found.credit) == (text, credit)


def test_names_in_brackets_after_a_sentence_of_the_body_are_no_credit() -> None:
    """After a sentence of the body, brackets hold what the sentence speaks of ("(Pier Road/Water Street)")."""
    line = "The new stop stands at the corner. (Pier Road/Water Street)"
    assert body(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{line}</p></article>"))[-1] == line


def test_an_aside_that_holds_a_quotation_is_a_pull_quote() -> None:
    """``<aside><q>...</q> — Jane Roe</aside>``: the HTML standard's quotation in a box is a pull quote, no sidebar."""
    quote = "The lake gives us the crossing back every spring, and every spring we are grateful."
    page = (
        f"<article><h1>Ferry Returns</h1>{BODY}"
        f'<aside class="pull"><q>{quote}</q> <span>\u2014 Ines Volk, ferry captain</span></aside>'
        "<p>The next sailing leaves at nine.</p></article>"
    )
    article = newsdoc.parse_html(page)
    pulled = [(b.text, b.attribution) for b in article.blocks if isinstance(b, PullQuote)]
    assert pulled == [(quote, "Ines Volk, ferry captain")]
    assert body(article) == [*SENTENCES, "The next sailing leaves at nine."]


@pytest.mark.parametrize(
    "aside",
    [
        # a sidebar that quotes a few words amid its own, or links elsewhere
        "<aside><p>Timetables for the winter, which the operator calls <q>provisional</q>, are posted at both"
        " landings and on the harbour office's board.</p></aside>",
        '<aside><q>Lake crossings resume next week</q> <a href="/next">Read the story</a></aside>',
        # a box of facts with a heading over its quotation
        "<aside><h3>Did you know?</h3><q>The north landing was the longest pier on the lake when it opened</q></aside>",
    ],
)
def test_an_aside_with_a_quotation_that_is_no_pull_quote(aside: str) -> None:
    """A box that only quotes in passing, or a teaser with its link, stays a sidebar, left out."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{aside}</article>")
    assert kinds(article) == ["Paragraph"] * 3


@pytest.mark.parametrize(
    ("footer", "bio"),
    [
        (
            '<footer class="author-footer"><p>Ines Volk covers ferries for the Lakeside Ledger.</p></footer>',
            True,
        ),
        (
            '<footer class="post-footer"><p>Filed in ferries, harbours and the lake, with photographs.</p></footer>',
            False,
        ),
    ],
)
def test_the_bio_in_an_articles_own_footer(footer: str, bio: bool) -> None:
    """An article's ``<footer>``, whatever its class, holds its writer's bio; the rest of it (tags, buttons) goes."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{footer}</article>")
    assert kinds(article) == ["Paragraph"] * 3 + (["Bio"] if bio else [])


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("Follow the Lakeside Ledger on Facebook and Instagram.", True),
        ("Follow the Ledger's ferry coverage at https://ledger.example/ferries", True),
        ("Do you have an opinion on the crossing? Send a letter of up to 200 words by email to the editor.", True),
        # sentences of the body
        ("Follow the shore path north and the landing is on your left.", False),
        ("Follow-up checks on the landings are due on Facebook Street in May.", False),
        ("Follow the money: the council's email records show the landing deal was agreed in March.", False),
        ("Follow the coast road to Wexley and turn left at the church, the email said.", False),
        ("Follow the marked path at www.lakeside.example/walks to reach the north landing.", False),
        ("Follow her on Instagram, the skipper's fans wrote, and hundreds did by the evening.", False),
        ("Follow the tag #LakeCrossing on Facebook to see the ferry's first week.", False),
        ("Follow me on Bluesky for more from the lake.", True),  # the writer's own call
        ("Follow by Email", True),
        ("Have a tip? Ines Volk may be reached at ivolk@ledger.example.", True),
        ("Join our readers' forum to talk about the crossing: forum@ledger.example", True),
        ("Join us on the quay at seven on Friday to see the first boat in.", False),
        # a call to subscribe, at a sentence's start, to what comes to the inbox or is the newsroom's own
        ("Get the ferry news first, in your inbox. Sign up for the Lakeside Ledger newsletter.", True),
        ("Sign Up for Our Morning Briefing", True),
        ("Subscribe to our podcast, Crossings, wherever you listen.", True),
        ("Abonnez-vous \u00e0 notre newsletter.", True),
        ("Sign up for a seat on the first crossing at the harbour office before Friday.", False),
        ("Readers who sign up for the newsletter can vote on the new ferry's name.", False),
        ('"Sign up for our newsletter," the skipper joked as the ramp came down.', False),
    ],
)
def test_a_newsroom_s_call_to_its_readers_under_the_story(line: str, promo: bool) -> None:
    """A newsroom's call to follow it or write in ("Follow us on Facebook"): page furniture, not the body's prose."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{line}</p></article>")
    assert body(article) == (SENTENCES if promo else [*SENTENCES, line])


def test_a_partnership_note_under_a_page_s_story() -> None:
    note = "This story was produced in partnership with Lakeshore Public Radio."
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p><em>{note}</em></p></article>")
    assert kinds(article) == ["Paragraph"] * 3 + ["Attribution"]
    attribution = article.blocks[-1]
    assert isinstance(attribution, newsdoc.Attribution)
    assert (attribution.kind, attribution.source) == (newsdoc.AttributionKind.PARTNERSHIP, "Lakeshore Public Radio")


def test_a_partners_note_that_disclaims_too_is_a_sponsors_disclaimer() -> None:
    note = (
        "This content was produced by the Skerry Gazette brand studio and paid for by Tarnlight Solar."
        " The Skerry Gazette newsroom was not involved in its creation."
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p><em>{note}</em></p></article>")
    assert kinds(article) == ["Paragraph"] * 3 + ["Disclaimer"]


@pytest.mark.parametrize(
    "box",
    [
        # the name the caption speaks of: whom the picture shows, over the next part of the story
        f"<figure>{_PICTURE}<figcaption>Ines Volk at the wheel of the night ferry.</figcaption></figure>"
        "<p>Ines Volk</p>",
        # a profile's part: the name heads the paragraph that speaks of them
        f"<figure>{_PICTURE}<figcaption>{_NETS}</figcaption></figure><p>Tomas Ekker</p>"
        "<p>Tomas Ekker has mended nets on the quay for twelve years and says the storm was the worst yet.</p>",
    ],
)
def test_a_name_under_a_caption_that_a_paragraph_speaks_of_is_no_credit(box: str) -> None:
    page = f"<article><h1>Ferry Returns</h1>{BODY}{box}<p>{SENTENCES[0]}</p></article>"
    article = newsdoc.parse_html(page)
    assert not [b for b in article.blocks if isinstance(b, Caption) and b.credit]
    assert any(b.text in {"Ines Volk", "Tomas Ekker"} for b in article.blocks if isinstance(b, Paragraph))


_LINKS = (
    "<ul><li><a href='/ferries/fares'>Ferry fares to rise in the autumn</a></li>"
    "<li><a href='/ferries/pier'>North pier to close for a week</a></li></ul>"
)


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("<p><strong>More on the ferries</strong></p>", False),  # a label in bold
        ("<h3>Trending on the Lakeside Ledger</h3>", False),  # a heading
        ("<p>Latest from the harbour desk:</p>", False),  # words before a colon
        # a sentence of the body, though a list of links follows it
        ("<p>The council has put its reports on the landings online.</p>", True),
    ],
)
def test_the_label_of_a_box_of_links_goes_with_them(label: str, kept: bool) -> None:
    """A box of a label and a list of links to other stories ("More on this"): the label is the list's, no body's."""
    box = f"<div class='more'>{label}{_LINKS}</div>"
    page = f"<article><h1>Ferry Returns</h1>{BODY}{box}<p>{SENTENCES[0]}</p></article>"
    article = newsdoc.parse_html(page)
    words = BeautifulSoup(label, "html.parser").get_text()
    assert (words in [b.text for b in article.blocks if isinstance(b, Paragraph | newsdoc.Heading)]) is kept
    assert body(article)[-1] == SENTENCES[0]


def test_a_heading_over_links_amid_the_body_heads_its_section() -> None:
    """Not in a box of its own, a heading over a list of links may head a section that goes on under it."""
    page = f"<article><h1>Ferry Returns</h1>{BODY}<h2>Where to buy tickets</h2>{_LINKS}<p>{SENTENCES[0]}</p></article>"
    article = newsdoc.parse_html(page)
    assert [b.text for b in article.blocks if isinstance(b, newsdoc.Heading)] == ["Where to buy tickets"]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("<div><strong>Read also</strong> <a href='/ferries/fares'>Ferry fares to rise in the autumn</a></div>", False),
        ("<p><b>Lesen Sie auch</b> <a href='/faehren'>F\u00e4hrpreise steigen im Herbst</a></p>", False),
        # a sentence after the label, no link: the body's
        ("<p><strong>See also</strong> the timetable on the harbour board, which lists every sailing.</p>", True),
        # a bold word that is no label of the site's
        ("<p><strong>Tickets</strong> <a href='/ferries/tickets'>on sale at the landing</a></p>", True),
        # the label in a span of its own, which a stylesheet draws apart from the link
        ("<div class='box'><span>LEGGI ANCHE</span><a href='/traghetti'>Traghetti, nuove corse</a></div>", False),
        ("<div class='box'><span>See also</span> <a href='/ferries/fares'>Ferry fares to rise</a></div>", False),
        # a span of words that is no label, or a sentence after the label's span
        ("<p><span>Tickets</span> <a href='/ferries/tickets'>on sale at the landing</a></p>", True),
        ("<p><span>See also</span> the timetable on the harbour board, which lists every sailing.</p>", True),
    ],
)
def test_a_link_after_a_label_set_in_bold_is_no_body(line: str, kept: bool) -> None:
    """A label of the site's ("Read also") set apart in bold, not by a colon, and a link to another story."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{line}<p>{SENTENCES[0]}</p></article>")
    assert (len(body(article)) == 5) is kept


@pytest.mark.parametrize(
    "items",
    [
        # the writer's name linked to her page, and her job in sentence case, then the dates
        "<li><a href='/staff/ivolk' rel='author'>Ines Volk</a> <span>Staff writer</span></li>"
        "<li><time datetime='2024-05-12T09:10'>May 12, 2024</time></li>",
        # the date and the time in two spans of one <time>, which run together as they are shown
        "<li><time datetime='2024-05-12T09:10'><span>May 12, 2024</span><span>9:10 a.m. ET</span></time></li>",
    ],
)
def test_header_lines_a_list_sets_in_spans_and_links(items: str) -> None:
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><ul>{items}</ul>{BODY}</article>")
    assert not article.blocks_of(newsdoc.ItemList)
    assert body(article) == SENTENCES


def test_the_byline_and_the_date_set_as_a_list_in_the_header() -> None:
    """A template's list of the header's lines, a ``<time>`` among them: each a line, no list of the article's."""
    header = (
        "<ul class='list-inline'><li><span>By Ines Volk</span></li>"
        "<li><ul class='list-inline'><li><time datetime='2024-05-12T09:10'>May 12, 2024</time></li>"
        "<li>Updated <time datetime='2024-05-13T10:00'>May 13, 2024</time></li></ul></li></ul>"
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{header}{BODY}</article>")
    assert kinds(article) == ["Fragment"] * 3 + ["Paragraph"] * 3
    assert [b.role for b in article.blocks[:3]] == ["byline", "date", "date"]  # type: ignore[union-attr]
    assert article.authors == ("Ines Volk",)


def test_a_link_to_a_file_that_says_its_kind_and_size_is_no_body() -> None:
    """A report's page links its PDF, the file's kind and size after the link's words: the page's, not the story's."""
    link = '<a class="download" href="/files/ferry-review.pdf">Download the full review (PDF, 2.4 MB)</a>'
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{link}{BODY}</article>")
    assert body(article) == SENTENCES
    assert "Download" not in newsdoc.to_text(article)


def test_a_writers_card_as_a_link_to_her_profile_under_the_body_is_her_bio() -> None:
    """A republished piece names its writer under the body, her name and post a link to her profile: kept, a bio."""
    card = "Ines Volk, Lecturer in Maritime History, Varn University"
    page = (
        f'<article><h1>Ferry Returns</h1>{BODY}<p><span><a href="/profiles/ines-volk-2041">{card}</a></span></p>'
        '<p><a href="/news/pier-vote">Pier plan, and what comes next</a></p></article>'
    )
    article = newsdoc.parse_html(page)
    link = newsdoc.Mark(start=0, end=len(card), kind=newsdoc.MarkKind.LINK, href="/profiles/ines-volk-2041")
    assert article.blocks[-1] == newsdoc.Bio(text=card, name="Ines Volk", marks=(link,))
    assert "Pier plan" not in newsdoc.to_text(article)  # (a guard) a lone link to another story stays out


@pytest.mark.parametrize("mark", ["- ", "\u2014 ", "| "])
def test_a_credit_element_that_opens_with_a_dash_or_a_bar(mark: str) -> None:
    """A template sets the credit apart from the caption's words with a dash or a bar inside its element."""
    figure = (
        '<figure><img src="quay.jpg" alt=""><figcaption>Nets drying on the quay '
        f'<span class="credit">{mark}Ines Volk/Harbour Times</span></figcaption></figure>'
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{figure}{BODY}</article>")
    caption = article.blocks_of(newsdoc.Caption)[0]
    assert (caption.text, caption.credit) == ("Nets drying on the quay", "Ines Volk/Harbour Times")


def test_a_press_releases_media_contact_is_no_body() -> None:
    """A university's or a company's release ends with whom reporters may call: the page's line, not the story's."""
    contact = "Media contact: Ines Volk, University Communications, 555-0100"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>{contact}</p></article>")
    assert body(article) == SENTENCES
    assert article.blocks[-1] == Fragment(text=contact)


@pytest.mark.parametrize(
    ("spans", "lines"),
    [
        # a French daily's meta box: each span its class, the date with its same day's change
        (
            '<span class="meta__author">Par Ines Volk (Port Ellis, envoyée spéciale)</span> '
            '<span class="meta__date">Publié le 12 mai 2024 à 09h10, modifié à 11h02</span> '
            '<span class="meta__reading">Temps de lecture : 4 min.</span>',
            [
                ("byline", "Par Ines Volk (Port Ellis, envoyée spéciale)"),
                ("date", "Publié le 12 mai 2024 à 09h10, modifié à 11h02"),
                (None, "Temps de lecture : 4 min."),
            ],
        ),
        # the writer and the city she filed from, then the date, no class to say which is which
        (
            "<span>Ines Volk - PORT ELLIS</span> <span>Yayınlanma: 12.05.2024 - 09:10</span>",
            [("byline", "Ines Volk - PORT ELLIS"), ("date", "Yayınlanma: 12.05.2024 - 09:10")],
        ),
        # a byline box that names its date lines too ("author-date", "author-update"): their words tell
        (
            '<span class="author-name">Ines Volk</span> <span class="author-date">12/05/2024 09:10</span> '
            '<span class="author-update">Actualizado 12/05/2024 11:02</span>',
            [("byline", "Ines Volk"), ("date", "12/05/2024 09:10"), ("date", "Actualizado 12/05/2024 11:02")],
        ),
    ],
)
def test_the_header_lines_set_side_by_side_in_spans(spans: str, lines: list[tuple[str | None, str]]) -> None:
    """A box of spans between the headline and the body, each a line of the header: who wrote it, when."""
    head = "<head><meta name='author' content='Ines Volk'></head>"
    page = f"{head}<article><h1>Ferry Returns</h1><div class='meta'>{spans}</div>{BODY}</article>"
    article = newsdoc.parse_html(page)
    fragments = [(b.role, b.text) for b in article.blocks if isinstance(b, newsdoc.Fragment)]
    assert fragments == lines
    assert body(article) == SENTENCES


@pytest.mark.parametrize(
    ("box", "lines"),
    [
        # a mark between the fields, or a line break
        (
            "<div class='post-meta'><span class='author'>Ines Volk</span> | "
            "<span class='date'>12 May 2024</span></div>",
            [("byline", "Ines Volk"), ("date", "12 May 2024")],
        ),
        (
            "<p><span class='byline'>By Ines Volk</span><br><span class='dateline'>Staff writer \u00b7 "
            "Monday, May 12, 2024</span></p>",
            [("byline", "By Ines Volk"), ("date", "Staff writer \u00b7 Monday, May 12, 2024")],
        ),
        # the mark in a span of its own; the writer's linked name in a field its class names
        (
            "<div class='entry-meta'><span class='byline'>By Ines Volk</span> <span class='sep'>|</span> "
            "<span class='posted-on'><time datetime='2024-05-12'>May 12, 2024</time></span></div>",
            [("byline", "By Ines Volk"), ("date", "May 12, 2024")],
        ),
        (
            "<div class='post-meta'><span class='post-author'><a href='/profile/ivolk'>Ines Volk</a></span> "
            "<span class='post-date'>May 12, 2024</span></div>",
            [("byline", "Ines Volk"), ("date", "May 12, 2024")],
        ),
        # nothing between the fields, the place she filed from among them; the count of views beside
        (
            "<div class='c-byline'><span class='c-byline__author'><a href='/autor/ines-volk/'>Ines Volk</a></span>"
            "<time datetime='2024-05-12T09:10'>12 may 2024 - 09:10</time></div>",
            [("byline", "Ines Volk"), ("date", "12 may 2024 - 09:10")],
        ),
        (
            "<div class='news-meta'><span class='news-date'>12.05.2024 09:10</span> <span class='news-author'>"
            "Ines Volk</span> <span class='news-views'>2 418 views</span></div>",
            [("date", "12.05.2024 09:10"), ("byline", "Ines Volk")],
        ),
    ],
)
def test_the_header_s_fields_are_its_lines_however_parted(box: str, lines: list[tuple[str, str]]) -> None:
    """A box of fields between the headline and the body, one saying when and one who: each field a line of its own.

    The template parts them by a mark, a line break, a span that draws a bar, or nothing at all.
    """
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{box}{BODY}</article>")
    assert [(b.role, b.text) for b in article.blocks if isinstance(b, Fragment)] == lines
    assert body(article) == SENTENCES
    assert article.authors == ("Ines Volk",)


@pytest.mark.parametrize(
    "box",
    [
        # the byline's label, or the word that joins two names, in a field of its own: the pieces of one line
        "<div class='b-byline'><span class='b-byline__by'>By</span> <a class='b-byline__name' href='/people/"
        "ines-volk/'>Ines Volk</a> <span class='b-byline__sep'>and</span> <a class='b-byline__name' "
        "href='/people/tom-hale/'>Tom Hale</a> <time datetime='2024-05-12'>May 12, 2024</time></div>",
        # the mark that parts it from the date, in the byline's field
        "<div class='entry__meta'><span class='posted-on'><time datetime='2024-05-12'>May 12, 2024</time></span> "
        "<span class='entry-author'>| BY: <a href='/author/ines-volk' rel='author'>Ines Volk</a></span></div>",
    ],
)
def test_pieces_of_one_header_line_are_no_fields(box: str) -> None:
    """(a guard, which passes without the rule too)"""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{box}{BODY}</article>")
    fragments = [b.text for b in article.blocks if isinstance(b, Fragment)]
    assert len(fragments) == 1
    assert "Ines Volk" in fragments[0]


@pytest.mark.parametrize(
    "spans",
    [
        # words between the spans: one line, as written
        "<span>Ines Volk</span> writes from <span>Port Ellis</span>",
        # a span that is no line of the header: the story's words
        "<span>Ines Volk</span> <span>The ferry sails again on Monday after two years ashore.</span>",
        # the writer's name linked to her page: a lone link would be left out
        "<span><a href='/staff/ivolk'>Ines Volk</a></span> <span>12 May 2024</span>",
    ],
)
def test_spans_that_are_not_the_header_lines_stay_one_line(spans: str) -> None:
    """(a guard, which passes without the rule too)"""
    head = "<head><meta name='author' content='Ines Volk'></head>"
    page = f"{head}<article><h1>Ferry Returns</h1><div class='meta'>{spans}</div>{BODY}</article>"
    article = newsdoc.parse_html(page)
    assert len(article.blocks) == 4
    assert "Ines Volk" in article.blocks[0].text


def test_a_list_with_times_in_the_body_stays_a_list() -> None:
    """After the body's first paragraph, or without a ``<time>``, a short list is the article's own."""
    times = "<ul><li><time datetime='2024-05-12T09:10'>9:10</time> First sailing</li><li>Last sailing</li></ul>"
    points = "<ul><li>Two boats</li><li>Hourly sailings</li></ul>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{points}{BODY}{times}</article>")
    assert kinds(article) == ["ItemList"] + ["Paragraph"] * 3 + ["ItemList"]


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        # a blog template's meta line over the headline: the section, then the date, set side by side
        ('<div class="post-meta"><a href="/c/harbours/">Harbours</a><time>12 May 2024</time></div>', True),
        ('<div class="entry-meta"><a href="/c/harbours/">Harbours</a> <time>12 May 2024</time></div>', True),
        # a sentence that dates something is no meta line, over the headline or not
        ('<p class="post-meta">The crossing reopened on <time datetime="2024-05-12">12 May 2024</time>.</p>', False),
    ],
)
def test_a_meta_line_with_its_time_over_the_headline(meta: str, date: bool) -> None:
    """A line classed "meta" that holds a ``<time>``, over the headline at the top of the article: its date line."""
    article = newsdoc.parse_html(f"<article>{meta}<h1>Ferry Returns</h1><div class='post-body'>{BODY}</div></article>")
    first = article.blocks[0]
    assert isinstance(first, newsdoc.Fragment) == date
    assert body(article)[-3:] == SENTENCES
    if date:
        assert first.role == "date"


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # a box of links amid the body, its heading over them: both go
        (
            '<div class="topics-box"><h2>More on this</h2><ul><li><a href="/t/ferries">Ferries</a></li>'
            '<li><a href="/t/lakes">Lakes</a></li></ul></div>',
            False,
        ),
        # a heading over links and then more of the body: a section of the story, whose heading stays
        (
            '<h2>What comes next</h2><ul><li><a href="/t/ferries">Ferries</a></li>'
            '<li><a href="/t/lakes">Lakes</a></li></ul><p>The second boat will be named after the first skipper.</p>',
            True,
        ),
    ],
)
def test_the_heading_of_a_box_of_links_amid_the_body(box: str, kept: bool) -> None:
    """The heading of a box of links ("Related topics") goes with its links, not left over the next paragraph."""
    page = f"<article><h1>Ferry Returns</h1><p>{SENTENCES[0]}</p>{box}<p>{SENTENCES[1]}</p></article>"
    article = newsdoc.parse_html(page)
    headings = [b.text for b in article.blocks if isinstance(b, newsdoc.Heading)]
    assert headings == (["What comes next"] if kept else [])
    assert body(article)[:1] == SENTENCES[:1]
    assert SENTENCES[1] in body(article)


@pytest.mark.parametrize(
    ("beside", "credit"),
    [
        ("Ines Volk", "Ines Volk"),  # a name: the label says it is whom the picture is by
        ("Lakeside Photo Agency", "Lakeside Photo Agency"),
        # words that are no credit: the label says nothing of them, and they go as before
        ("The north landing at dawn, seen from the deck of the ferry", None),
    ],
)
def test_a_credit_labelled_for_screen_readers_beside_the_caption(beside: str, credit: str | None) -> None:
    """``<span class="visually-hidden">Image source, </span>Ines Volk`` in a figure: the label names a credit."""
    figure = (
        f"<figure><div>{_PICTURE}<span role='text'><span class='visually-hidden'>Image source, </span>{beside}</span>"
        "</div><figcaption><span class='visually-hidden'>Image caption, </span>The north landing after the repairs"
        "</figcaption></figure>"
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{figure}{BODY}</article>")
    caption = next(b for b in article.blocks if isinstance(b, Caption))
    assert (caption.text, caption.credit) == ("The north landing after the repairs", credit)
    assert body(article) == SENTENCES


@pytest.mark.parametrize(
    "box",
    [
        # the box's class or its component names the byline; its lines, wrapped each, name none
        '<div class="article-byline"><div><span>Ines Volk</span><div><span>Lakeside Ledger, Wexley</span>'
        "</div></div></div>",
        '<div data-component="byline-block"><div><span>Ines Volk</span><div><span>Lakeside Ledger, Wexley</span>'
        "</div></div></div>",
    ],
)
def test_the_lines_of_a_byline_box_under_the_headline(box: str) -> None:
    """The writer's name and where they work, each a line in a box marked as the byline: no paragraphs of the body."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{box}<div class='story'>{BODY}</div></article>")
    assert article.blocks[:2] == (
        newsdoc.Fragment(text="Ines Volk", role="byline"),
        newsdoc.Fragment(text="Lakeside Ledger, Wexley", role="byline"),
    )
    assert body(article) == SENTENCES
    assert article.authors == ("Ines Volk",)


def test_an_article_wrapper_classed_by_its_writer_is_no_byline_box() -> None:
    """A template classes the article by its writer ("author-ines-volk"): its paragraphs stay the body's."""
    page = f"<article class='post author-ines-volk'><h1>Ferry Returns</h1>{BODY}</article>"
    assert body(newsdoc.parse_html(page)) == SENTENCES


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Ines Volk", True),  # the name alone, as the page's head gives it
        ("Tomas Ekker", False),  # someone else's: the body may open with a speaker's name
    ],
)
def test_the_writers_name_alone_under_the_headline(line: str, byline: bool) -> None:
    """A template shows the writer's name with no "By", a link to their profile: the byline the head names."""
    page = (
        "<html><head><meta name='author' content='Ines Volk'></head><body><article><h1>Ferry Returns</h1>"
        f"<div class='x1'><a href='/@ines'><p class='x2'>{line}</p></a></div>{BODY}</article></body></html>"
    )
    article = newsdoc.parse_html(page)
    assert (article.blocks[0] == newsdoc.Fragment(text=line, role="byline")) == byline
    assert body(article) == (SENTENCES if byline else [line, *SENTENCES])


@pytest.mark.parametrize(
    "meta",
    [
        # a blog's meta line: the reading time and the date, each a span, set side by side or after a dash
        "<span>4 min read</span><span>May 12, 2024</span>",
        "<span>4 min read</span> <span>May 12, 2024</span>",
        "<time datetime='2024-05-12'>May 12, 2024</time><span> \u2014 4 min read</span>",
    ],
)
def test_a_reading_time_beside_the_date_under_the_headline(meta: str) -> None:
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><div class='x3'>{meta}</div>{BODY}</article>")
    # one line, or each span a line of its own (see test_the_header_lines_set_side_by_side_in_spans)
    header = article.blocks[: len(article.blocks) - len(SENTENCES)]
    assert all(isinstance(line, newsdoc.Fragment) for line in header)
    assert [line.role for line in header if "May 12, 2024" in line.text] == ["date"]  # type: ignore[union-attr]
    assert body(article) == SENTENCES


def test_a_paragraph_that_introduces_links_in_the_bodys_box_stays() -> None:
    """The body's own box ends with a line that ends in a colon and a list of links: the line is the body's words."""
    story = f"<div class='story'><p>{SENTENCES[0]}</p><p>The two reports are:</p>{_LINKS}</div><p>{SENTENCES[1]}</p>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{story}</article>")
    assert "The two reports are:" in body(article)


@pytest.mark.parametrize(
    "points",
    [
        # a day's events, their times marked up, under the headline
        "<ul><li><time datetime='2024-05-12T09:10'>9:10</time> Boats leave</li>"
        "<li><time datetime='2024-05-12T11:40'>11:40</time> Pier opens</li></ul>",
        # the story's points, a day among them
        "<ul><li>Boats run again from <time datetime='2024-05-12'>Sunday</time></li><li>Fares stay</li></ul>",
    ],
)
def test_a_list_of_points_with_times_under_the_headline_stays_a_list(points: str) -> None:
    """A list under the headline whose items say more than who wrote it and when is the story's, times and all."""
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{points}{BODY}</article>")
    assert kinds(article) == ["ItemList"] + ["Paragraph"] * 3


def test_a_bio_sentence_in_a_byline_box_is_no_line_of_the_byline() -> None:
    """A byline box with the writer's bio in it: the name is the byline, the bio's sentence is not."""
    bio = "Ines Volk has written about the lake's boats and their crews for twelve years."
    box = f"<div class='byline'><span>Ines Volk</span><p>{bio}</p></div>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{box}{BODY}</article>")
    assert article.blocks[0] == newsdoc.Fragment(text="Ines Volk", role="byline")
    assert not any(isinstance(b, newsdoc.Fragment) and b.text == bio for b in article.blocks)


@pytest.mark.parametrize(
    "after",
    [
        "",  # nothing after the label
        "The north landing at dawn, seen from the deck of the ferry.",  # a sentence, no credit
    ],
)
def test_a_screen_readers_credit_label_with_no_credit_after_it_goes(after: str) -> None:
    """The hidden "Image source," label stays only where a credit follows it; else it goes, as hidden words do."""
    figure = (
        f"<figure>{_PICTURE}<p><span class='visually-hidden'>Image source, </span>{after}</p>"
        "<figcaption>The north landing after the repairs</figcaption></figure>"
    )
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{figure}{BODY}</article>")
    assert not any("Image source" in getattr(b, "text", "") for b in article.blocks)


def test_a_sentence_that_opens_with_a_bold_label_and_goes_on_after_its_link_is_the_bodys() -> None:
    """A bold label, a link, then more words ("Related stories ... run every Friday."): a sentence, no furniture."""
    line = "<p><strong>Related</strong> <a href='/ferries'>stories about the lake's boats</a> run every Friday.</p>"
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{line}<p>{SENTENCES[0]}</p></article>")
    assert "Related stories about the lake's boats run every Friday." in body(article)


def test_the_writers_name_and_university_over_the_body_signs_the_piece() -> None:
    """Over the body, the line of the writer's name and where she works is her byline, not her bio."""
    page = (
        '<html><head><meta name="author" content="Tamsin Orrel"></head><body><article><h1>Ferry Returns</h1>'
        f"<p>Tamsin Orrel, University of Skerry</p>{BODY}</article></body></html>"
    )
    article = newsdoc.parse_html(page)
    assert not article.blocks_of(Bio)
    assert article.authors == ("Tamsin Orrel",)


@pytest.mark.parametrize(
    ("markup", "block"),
    [
        # A gallery set as a list: each item its picture and the words under it, its caption
        ("<ul><li><img src='/p/quay.jpg' alt='The new quay at dawn'>The new quay at dawn.</li></ul>", "Caption"),
        # A list with a picture in one of its items: the picture, then the list
        (
            "<ul><li><img src='/p/quay.jpg' alt='The new quay at dawn'>The new quay at dawn.</li>"
            "<li>Tickets are sold on board.</li></ul>",
            "ItemList",
        ),
        # A quoted post with its picture, as an embed sets it
        (
            "<blockquote><img src='/p/quay.jpg' alt='The new quay at dawn'>"
            "<p>Finally crossing again after four months of driving round.</p></blockquote>",
            "Quote",
        ),
        # A picture set inside a subheading, as some editors place one over a section
        ("<h2><img src='/p/quay.jpg' alt='The new quay at dawn'>What the crossing costs</h2>", "Heading"),
    ],
    ids=["gallery-item", "list-item", "blockquote", "subheading"],
)
def test_a_picture_inside_a_list_quote_or_heading_is_an_image_before_it(markup: str, block: str) -> None:
    page = f"<article><h1>Ferries resume</h1>{BODY}{markup}{BODY}</article>"
    article = newsdoc.parse_html(page, url="https://news.example/ferries")
    at = kinds(article).index(block)
    image = article.blocks[at - 1]
    assert isinstance(image, Image)
    assert (image.alt, image.src) == ("The new quay at dawn", "https://news.example/p/quay.jpg")


def test_an_icon_inside_a_list_item_is_left_out_and_recorded() -> None:
    item = "<ul><li><img class='emoji' src='/e/boat.png' alt='boat'> Tickets are sold on board.</li></ul>"
    page = parse_page(f"<article><h1>Ferries resume</h1>{BODY}{item}{BODY}</article>")
    assert "Image" not in kinds(page.article)
    assert any(dropped.rule == "icon" and dropped.text == "boat" for dropped in page.dropped)


@pytest.mark.parametrize(
    "figure",
    [
        # Two pictures side by side over one caption, as a before-and-after figure sets them
        "<figure><img src='/p/before.jpg' alt='The landing in March'><img src='/p/after.jpg' alt='The landing in May'>"
        "<figcaption>The east landing before and after its repairs.</figcaption></figure>",
        # The same in a caption box of a blog's editor
        "<div class='wp-caption'><img src='/p/before.jpg' alt='The landing in March'>"
        "<img src='/p/after.jpg' alt='The landing in May'>"
        "<p class='wp-caption-text'>The east landing before and after its repairs.</p></div>",
    ],
    ids=["figure", "caption-box"],
)
def test_every_picture_of_a_figure_is_an_image_and_the_caption_is_the_firsts(figure: str) -> None:
    article = newsdoc.parse_html(f"<article><h1>Ferries resume</h1>{BODY}{figure}{BODY}</article>")
    images = [(i, block) for i, block in enumerate(article.blocks) if isinstance(block, Image)]
    assert [(block.alt, block.src) for _, block in images] == [
        ("The landing in March", "/p/before.jpg"),
        ("The landing in May", "/p/after.jpg"),
    ]
    (caption,) = (block for block in article.blocks if isinstance(block, Caption))
    assert caption.text == "The east landing before and after its repairs."
    assert caption.image == images[0][0]
    assert newsdoc.parse_html(newsdoc.to_html(article)) == article


@pytest.mark.parametrize(
    "icon",
    [
        "<img src='/i/camera.svg' width='16' height='16' alt='camera'>",  # small, as an icon is drawn
        "<img class='avatar' src='/i/lena.jpg' alt='Lena Quist'>",  # the photographer's portrait, marked as one
    ],
    ids=["small", "marked"],
)
def test_an_icon_before_a_figures_picture_is_left_out_and_the_caption_is_the_pictures(icon: str) -> None:
    figure = (
        f"<figure>{icon}<img src='/p/landing.jpg' alt='The east landing'>"
        "<figcaption>The east landing after its repairs.</figcaption></figure>"
    )
    page = parse_page(f"<article><h1>Ferries resume</h1>{BODY}{figure}{BODY}</article>")
    images = [(i, block) for i, block in enumerate(page.article.blocks) if isinstance(block, Image)]
    assert [block.src for _, block in images] == ["/p/landing.jpg"]
    (caption,) = (block for block in page.article.blocks if isinstance(block, Caption))
    assert caption.image == images[0][0]
    assert [dropped.rule for dropped in page.dropped if dropped.text in {"camera", "Lena Quist"}] == ["icon"]
    # A figure of an icon alone shows no picture: the icon is listed too
    alone = f"<figure>{icon}<figcaption>Photo desk</figcaption></figure>"
    page = parse_page(f"<article><h1>Ferries resume</h1>{BODY}{alone}{BODY}</article>")
    assert "Image" not in kinds(page.article)
    assert [dropped.rule for dropped in page.dropped if dropped.text in {"camera", "Lena Quist"}] == ["icon"]


@pytest.mark.parametrize(
    ("player", "after"),
    [
        # an old page's player: HTML5's void element
        ("<embed src='/media/ferry-tour.swf' width='480' height='320'>", f"<p>{SENTENCES[1]}</p>"),
        # two documents in a box, one after the other: lxml puts the second in the first
        ("<div><embed src='/media/a.pdf'><embed src='/media/b.pdf'>", f"<p>{SENTENCES[1]}</p></div>"),
    ],
    ids=["between-paragraphs", "two-in-a-box"],
)
def test_an_embed_leaves_what_follows_it(player: str, after: str) -> None:
    # lxml's parser of HTML 4 opens an <embed> and puts what follows it inside, which was dropped with it
    page = parse_page(f"<article><h1>Ferries resume</h1><p>{SENTENCES[0]}</p>{player}{after}</article>")
    assert SENTENCES[1] in body(page.article)
    assert {dropped.rule for dropped in page.dropped} == {"tag <embed>"}
    assert all(dropped.text == "" for dropped in page.dropped)


def test_words_after_an_inline_embed_stay_in_their_paragraph() -> None:
    paragraph = "<p>The horn sounds at noon <embed src='/media/horn.mp3'> and again at six.</p>"
    article = newsdoc.parse_html(f"<article><h1>Ferries resume</h1>{BODY}{paragraph}</article>")
    assert "The horn sounds at noon and again at six." in body(article)


def test_a_word_break_opportunity_keeps_the_words_after_it() -> None:
    paragraph = "<p>The Inter<wbr>national Ferry Company said so.</p><p>It will sail daily.</p>"
    article = newsdoc.parse_html(f"<article><h1>Ferries resume</h1>{BODY}{paragraph}</article>")
    assert body(article)[-2:] == ["The International Ferry Company said so.", "It will sail daily."]


def test_the_fallback_words_of_audio_are_left_out_and_recorded() -> None:
    audio = "<audio controls src='/media/horn.mp3'>Your browser cannot play this recording.</audio>"
    page = parse_page(f"<article><h1>Ferries resume</h1>{BODY}{audio}</article>")
    assert body(page.article) == SENTENCES
    assert [(d.rule, d.text) for d in page.dropped] == [("tag <audio>", "Your browser cannot play this recording.")]


@pytest.mark.parametrize(
    "page",
    [
        # A header template that closes the page, then the article: a browser shows both
        "<html><body><div class='masthead'>The Lake Courier</div></body></html>"
        f"<article><h1>Ferries resume</h1>{BODY}</article>",
        # The same in capitals, as an older template writes it
        f"<HTML><BODY><div>The Lake Courier</div></BODY></HTML><article><h1>Ferries resume</h1>{BODY}</article>",
        # A second body after the first, as two templates joined write it
        f"<html><body><article><h1>Ferries resume</h1><p>{SENTENCES[0]}</p></body>"
        f"<body class='story'><p>{SENTENCES[1]}</p><p>{SENTENCES[2]}</p></article></body></html>",
        # Words after the body's end, which a browser shows in the body
        f"<html><body><article><h1>Ferries resume</h1><p>{SENTENCES[0]}</p></body>"
        f"<p>{SENTENCES[1]}</p><p>{SENTENCES[2]}</p></article></html>",
    ],
    ids=["early-end", "early-end-capitals", "second-body", "after-the-body"],
)
def test_what_a_page_writes_after_its_end_tags_is_read(page: str) -> None:
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_an_image_tag_is_a_picture_as_html5_reads_it() -> None:
    # HTML5 reads <image> as <img>, and what follows it is not inside it
    picture = "<image src='/p/quay.jpg' alt='The quay'>"
    article = newsdoc.parse_html(f"<article><h1>Ferries resume</h1>{BODY}{picture}<p>{SENTENCES[0]}</p></article>")
    assert [(b.alt, b.src) for b in article.blocks if isinstance(b, Image)] == [("The quay", "/p/quay.jpg")]
    assert body(article) == [*SENTENCES, SENTENCES[0]]
    drawing = f"<article><h1>Ferries resume</h1>{BODY}<svg><image href='/p/map.png'/></svg></article>"
    assert not any(isinstance(b, Image) for b in newsdoc.parse_html(drawing).blocks)


@pytest.mark.parametrize("attribute", ["shadowrootmode='open'", "shadowroot='open'"])
def test_a_declarative_shadow_root_is_read_as_the_page_shows_it(attribute: str) -> None:
    # A web component rendered on the server: its shadow root's template holds what the browser shows
    page = f"<story-body><template {attribute}><article><h1>Ferries resume</h1>{BODY}</article></template></story-body>"
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_a_template_without_a_shadow_root_is_left_out() -> None:
    page = parse_page(f"<article><h1>Ferries resume</h1>{BODY}<template><p>Loading the comments.</p></template>")
    assert body(page.article) == SENTENCES
    assert [(d.rule, d.text) for d in page.dropped] == [("tag <template>", "Loading the comments.")]


def test_the_words_a_theme_writes_before_the_writers_name_in_an_author_link() -> None:
    """ "View all posts by Mara Lind", a link under an author box that ``rel="author"`` marks, names Mara Lind."""
    box = "<div class='author-box'><a rel='author' href='/author/mlind/'>View all posts by Mara Lind</a></div>"
    assert newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{box}</article>").authors == ("Mara Lind",)


@pytest.mark.parametrize("home", ["/", "./", "index.html"])
def test_a_blog_themes_title_marked_as_the_author_names_the_site(home: str) -> None:
    """A static blog's theme marks its title, a link home, as the author on every page: the post's is elsewhere."""
    header = f"<header><a class='site-title' rel='author' href='{home}'>Notes from the Quay</a></header>"
    signed = "<p>Posted on 3 May 2026 by <span itemprop='author'>Mara Lind</span></p>"
    page = f"<body>{header}<article><h1>Ferry Returns</h1>{signed}{BODY}</article></body>"
    assert newsdoc.parse_html(page).authors == ("Mara Lind",)
    # a link to the writer's page, or to a profile elsewhere, names her
    page = page.replace(f"href='{home}'>Notes from the Quay", "href='https://social.example/'>Mara Lind")
    assert newsdoc.parse_html(page).authors == ("Mara Lind",)


def test_a_cms_signs_a_post_in_its_header() -> None:
    """ "Submitted by Mara Lind on Mon, 06/01/2026 - 14:00", as a CMS signs a post, names its writer."""
    line = "Submitted by <span>Mara Lind</span> on <time>Mon, 06/01/2026 - 14:00</time>"
    article = newsdoc.parse_html(f"<article><header><h1>Ferry Returns</h1><div>{line}</div></header>{BODY}</article>")
    assert (body(article), article.authors) == (SENTENCES, ("Mara Lind",))


def test_a_partnership_note_under_an_editors_label() -> None:
    """The label says who wrote the note: "Editor's note: This story was produced in partnership ..."."""
    note = "Editor's note: This story was produced in partnership with the Lakeside Reporting Project."
    article = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p><em>{note}</em></p>{BODY}</article>")
    assert [type(b) for b in article.blocks if getattr(b, "text", None) == note] == [newsdoc.Attribution]


def test_a_credit_its_markup_splits_into_parts_is_read_whole() -> None:
    """ "Photo by <a>Ines Volk</a> / <a>Getty Images</a>": each link a part of the credit, not the last alone."""
    figcaption = (
        "<span>Gulls over the east landing at dawn. </span><span>Photo by </span>"
        "<a href='/u/ivolk'><span>Ines Volk</span></a><span> / </span><a href='/'><span>Getty Images</span></a>"
    )
    page = f"<article><h1>Ferry Returns</h1>{BODY}<figure><img src='/g.jpg' alt=''><figcaption>{figcaption}"
    caption = only(newsdoc.parse_html(page + "</figcaption></figure></article>"), Caption)
    assert caption.text == "Gulls over the east landing at dawn."
    assert (caption.credit, caption.credit_prefix) == ("Ines Volk / Getty Images", " Photo by ")


def test_a_credits_label_in_a_block_of_its_own() -> None:
    """A CMS sets a field's label and its value in two blocks: "Credit" is the label, not the credit's first word."""
    credit = "<div class='field-credit'><div>Credit</div><div class='item'>Lakeside Ferries Ltd</div></div>"
    page = f"<article><h1>Ferry Returns</h1>{BODY}<figure><img src='/g.jpg' alt=''>"
    page += f"<figcaption>The new boat at its berth.</figcaption>{credit}</figure></article>"
    caption = only(newsdoc.parse_html(page), Caption)
    assert (caption.text, caption.credit) == ("The new boat at its berth.", "Lakeside Ferries Ltd")


def test_a_blog_platforms_title_names_the_blog_first() -> None:
    """ "Lakeside Notes: Ferry Returns", the blog's name, a colon, then the post's headline, set in an ``h3``."""
    page = (
        "<html><head><title>Lakeside Notes: Ferry Returns</title></head><body><h1>Lakeside Notes</h1>"
        f"<div class='post'><h3 class='post-title'>Ferry Returns</h3><div class='post-body'>{BODY}</div></div>"
        "</body></html>"
    )
    article = newsdoc.parse_html(page)
    assert (article.title, body(article)) == ("Ferry Returns", SENTENCES)


# Structure and ARIA, where classes say nothing ------------------------------------------------------------


def test_a_caption_in_two_paragraphs_keeps_them_apart() -> None:
    """A chart's figcaption sets its title and a note on it in paragraphs of their own: two lines, not one run."""
    title, note = "Boats moored at the north landing, 2020 to 2025", "Counted on the first Sunday of each month."
    figure = f"<figure><img src='/c.png' alt='chart'><figcaption><p>{title}</p><p>{note}</p></figcaption></figure>"
    page = f"<article><h1>Moorings Fill Up</h1>{BODY}{figure}</article>"
    assert only(newsdoc.parse_html(page), Caption) == Caption(text=f"{title}\n{note}", image=3)


@pytest.mark.parametrize(
    ("line", "label", "credit"),
    [
        ("Chart: Ana Holt | Source: Lake Transport Office", "Chart: ", "Ana Holt | Source: Lake Transport Office"),
        ("Graphic: Ana Holt; Source: Lake Transport Office", "Graphic: ", "Ana Holt; Source: Lake Transport Office"),
        ("Map: Ana Holt/Lakeside Ledger", "Map: ", "Ana Holt/Lakeside Ledger"),
        # French sets a space before each label's colon
        (
            "Infographie : Le Courrier du Lac / Source : office des transports",
            "Infographie : ",
            "Le Courrier du Lac / Source : office des transports",
        ),
    ],
)
def test_a_chart_s_maker_and_source_are_its_credit(line: str, label: str, credit: str) -> None:
    """Data journalism credits a chart or a map to its maker, and names the data's source in a field of its own."""
    text = "Boats moored at the north landing, 2020 to 2025."
    figure = f"<figure><img src='/c.png' alt='chart'><figcaption>{text} <span>{line}</span></figcaption></figure>"
    caption = only(newsdoc.parse_html(f"<article><h1>Moorings Fill Up</h1>{BODY}{figure}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == (text, credit)
    scraped = newsdoc.parse_text(
        f"Moorings Fill Up\n\n{SENTENCES[0]}\n\nchart.png\n\n{text} {line}\n\n{SENTENCES[1]}\n"
    )
    read = only(scraped, Caption)
    assert isinstance(read, Caption)
    assert (read.text, read.credit_prefix, read.credit) == (text, f" {label}", credit)


@pytest.mark.parametrize(
    ("end", "label", "credit"),
    [
        # a court artist's sketch; Swahili's "picture"
        (" Croquis d'audience : Ana Holt", " Croquis d'audience : ", "Ana Holt"),
        (" Sketch: Ana Holt", " Sketch: ", "Ana Holt"),
        (" Picha: Ana Holt / Sauti ya Ziwa", " Picha: ", "Ana Holt / Sauti ya Ziwa"),
        # a label without its colon, in brackets, in lower case, as Italian papers set one
        (" (foto Ana Holt / Fotogramma Lago)", " (foto ", "Ana Holt / Fotogramma Lago"),
    ],
)
def test_a_figcaption_s_credit_under_more_labels(end: str, label: str, credit: str) -> None:
    text = "The skipper at the bar of the court, Tuesday."
    figure = f"<figure><img src='/s.jpg' alt='sketch'><figcaption>{text}{end}</figcaption></figure>"
    caption = only(newsdoc.parse_html(f"<article><h1>Skipper Fined</h1>{BODY}{figure}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit_prefix, caption.credit) == (text, label, credit)


def test_the_writer_s_box_in_an_aside_of_the_article() -> None:
    """An article's ``<aside>`` holds its writer's portrait, bio and a link to her stories: the bio is kept."""
    bio = "Ana Holt is a reporter at the Lakeside Ledger covering transport and the lake villages."
    box = f"<aside><img src='/a/holt.jpg' alt='Ana Holt'><p>{bio}</p><a href='/authors/holt'>More from Ana</a></aside>"
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p>By Ana Holt</p>{BODY}{box}</article>")
    assert only(page, Bio) == Bio(text=bio, name="Ana Holt")
    assert not any(isinstance(block, Image) for block in page.blocks)  # her portrait
    assert "More from Ana" not in newsdoc.to_text(page)
    # An aside of teasers in the article stays a sidebar
    teasers = "<aside><h3>Also on the lake</h3><p><a href='/a'>Ice closes the south landing</a></p></aside>"
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{teasers}</article>")
    assert body(page) == SENTENCES


@pytest.mark.parametrize("tag", ["aside", "div"])
def test_the_aria_role_of_a_pull_quote(tag: str) -> None:
    """The digital-publishing ARIA roles name a part where hashed classes name none: ``role="doc-pullquote"``."""
    quote = "The lake has never had a winter this quiet."
    box = f"<{tag} role='doc-pullquote' class='sc-9x2f kQpLmN'><p>{quote}</p></{tag}>"
    page = newsdoc.parse_html(
        f"<article><h1>Ferry Returns</h1><p>{SENTENCES[0]}</p>{box}<p>{SENTENCES[1]}</p></article>"
    )
    assert only(page, PullQuote) == PullQuote(text=quote, opening="", closing="")
    assert body(page) == SENTENCES[:2]


_SUMMARIES = [
    f"The {place} council has asked residents for their views on a plan to close the old jetty, which the "
    f"harbour board says would cost more to mend than to replace, and a vote is due in the {season}."
    for place, season in [
        ("north shore", "spring"),
        ("east bay", "summer"),
        ("island", "autumn"),
        ("valley", "winter"),
        ("river", "new year"),
        ("market town", "spring"),
        ("upper lake", "summer"),
        ("south landing", "autumn"),
        ("west cove", "winter"),
        ("mill village", "new year"),
        ("point", "spring"),
        ("ridge", "summer"),
    ]
]


def test_a_short_story_beside_a_rail_of_summaries_in_an_aside() -> None:
    """An ``<aside>`` is beside the article by the HTML standard: its many summaries are no body, however long."""
    rail = "<aside>" + "".join(f"<p>{summary}</p>" for summary in _SUMMARIES) + "</aside>"
    page = newsdoc.parse_html(f"<html><body><article><h1>Ferry Returns</h1>{BODY}</article>{rail}</body></html>")
    assert body(page) == SENTENCES


_MORE = [
    "Fares will stay at last year's price until the end of the summer, the operator said.",
    "A timetable for the winter months will be published in September.",
]


def test_a_short_story_beside_teaser_cards() -> None:
    """A rail of cards, each a linked headline over a summary, with no class or tag to say so.

    A summary under its linked headline counts a quarter of a paragraph: here the rail holds more
    than twice the story's words.
    """
    cards = "".join(
        f"<div><h3><a href='/s/{i}'>Jetty plan put to a vote</a></h3><p>{summary}</p></div>"
        for i, summary in enumerate(_SUMMARIES)
    )
    story = BODY + "".join(f"<p>{sentence}</p>" for sentence in _MORE)
    page = f"<html><body><div><div><h1>Ferry Returns</h1><div>{story}</div></div><div>{cards}</div></div></body></html>"
    assert body(newsdoc.parse_html(page)) == SENTENCES + _MORE


@pytest.mark.parametrize(
    "signed",
    [
        "<div class='x7a'><span>quaywatcher</span><span>{n} hours ago</span></div><div class='x7b'><p>{said}</p></div>",
        "<div>quaywatcher \u00b7 {n} minutes ago</div><div>{said}</div>",
        "<b>quaywatcher</b> <i>il y a {n} heures</i><p>{said}</p>",
        # a forum's thread: the handle, the date, then a reply, the words it answers quoted in a paragraph
        # over its own lines parted by <br>
        "<div>quaywatcher</div><div>{n} days ago at 07:52 am</div><div><p>Agreed.</p>{said}<br><br>{said}</div>",
    ],
)
def test_a_comment_thread_longer_than_the_story_is_no_body(signed: str) -> None:
    """Hashed classes or none: each comment under the line that signs it, its writer's handle and when."""
    thread = "".join(
        f"<div class='k2q'>{signed.format(n=i + 1, said=summary)}<button>Reply</button></div>"
        for i, summary in enumerate(_SUMMARIES[:8])  # twice the story's words
    )
    page = f"<html><body><div><h1>Ferry Returns</h1><div>{BODY}</div></div><div>{thread}</div></body></html>"
    assert body(newsdoc.parse_html(page)) == SENTENCES


def test_a_byline_dated_from_now_signs_no_comment() -> None:
    """A short story under "By ... Updated 2 hours ago", a notice beside it: the story is the body, not a comment."""
    story = " ".join(SENTENCES)
    page = "<html><body><div><h1>Ferry Returns</h1><div><div>By Ines Volk \u00b7 Updated 2 hours ago</div>"
    page += f"<p>{story}</p></div></div><div class='k1'><p>{_SUMMARIES[0]}</p></div></body></html>"
    assert body(newsdoc.parse_html(page)) == [story]


def test_the_article_that_holds_the_headline_holds_the_body() -> None:
    """A paywalled story shows two paragraphs in its ``<article>``; a grid of summaries under it holds more prose."""
    grid = "<div><h2>Recommended</h2>" + "".join(f"<div><p>{summary}</p></div>" for summary in _SUMMARIES) + "</div>"
    shown = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES[:2])
    head = "<head><title>Ferry Returns | Lakeside Ledger</title></head>"
    page = newsdoc.parse_html(f"<html>{head}<body><article><h1>Ferry Returns</h1>{shown}</article>{grid}</body></html>")
    assert body(page) == SENTENCES[:2]


@pytest.mark.parametrize(
    "line",
    [
        "<div class='sc-4kq2 xJd'><time datetime='2026-03-21T06:00:00Z'>Saturday 21 March 2026</time></div>",
        "<div class='flex gap-2'><a href='/authors/ana-holt'>Ana Holt</a> <span>Transport reporter</span></div>",
    ],
)
def test_a_dek_with_no_header_over_the_date_line_or_a_link_to_the_writer(line: str) -> None:
    """Hashed classes and no ``<header>``: the headline, a sentence, then a date line or the writer's linked name."""
    dek = "Both landings reopen after a winter of repairs, and the timetable is back to normal."
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p class='sc-9x2f'>{dek}</p>{line}{BODY}</article>")
    assert only(page, Standfirst) == Standfirst(text=dek)
    assert body(page) == SENTENCES
    # A time of day alone under the first paragraph is a live blog's stamp on its latest post: no dek over it
    stamp = "<div class='sc-4kq2 xJd'><time datetime='2026-03-21T06:00:00Z'>06:00</time></div>"
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p class='sc-9x2f'>{dek}</p>{stamp}{BODY}</article>")
    assert not any(isinstance(block, Standfirst) for block in page.blocks)


@pytest.mark.parametrize("classes", ["caption-credit", "c-caption__credit", "captionCredit", "wp-caption-credit"])
def test_the_caption_s_credit_classed_by_both_words(classes: str) -> None:
    """A template names the credit inside a caption by both: "caption-credit" is the credit, not a caption."""
    figure = (
        "<figure><img src='/f.jpg'><figcaption>Islanders wait on the quay."
        f" <span class='{classes}'>Lake Trust handout via Reuters</span></figcaption></figure>"
    )
    caption = only(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{figure}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == ("Islanders wait on the quay.", "Lake Trust handout via Reuters")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo illustration by Ana Holt", "Ana Holt"),
        ("Cr\u00e9dit photo : Ana Holt", "Ana Holt"),  # the colon set apart, as French sets it
        ("Photographer: Ana Holt/Bloomberg", "Ana Holt/Bloomberg"),
        ("Beeld Ana Holt / The Ledger", "Ana Holt / The Ledger"),  # a label without its colon
        ("PICTURE ALLIANCE/DPA", "PICTURE ALLIANCE/DPA"),  # an agency's name that opens with a label's word
    ],
)
def test_a_credit_element_s_label_and_its_by_are_no_credit(line: str, credit: str) -> None:
    figure = (
        "<figure><img src='/f.jpg'><figcaption>Islanders wait on the quay."
        f" <span class='credit'>{line}</span></figcaption></figure>"
    )
    caption = only(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{figure}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert caption.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "<p>Ines Volk \u2014 12 May 2024</p>",
        "<span itemprop='author'>Ines Volk</span> <time datetime='2024-05-12'>12 May 2024</time>",
    ],
)
def test_the_writer_s_name_and_the_date_with_no_by_under_the_dek(line: str) -> None:
    """A template's name and time elements, or a name and a date a dash apart: the byline, under the dek."""
    dek = "Both landings reopen after a winter of repairs. The timetable is back to normal."
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><p>{dek}</p>{line}{BODY}</article>")
    assert only(page, Standfirst) == Standfirst(text=dek)
    assert body(page) == SENTENCES


def test_a_dek_in_a_plain_element_of_the_header_over_the_byline() -> None:
    """The header outside the article's body holds the headline, a dek in a bare <div>, the byline: the dek stays."""
    dek = "Both landings reopen after a winter of repairs. The timetable is back to normal."
    head = f"<div class='story-head'><h1>Ferry Returns</h1><div>{dek}</div><div class='by'>By Ines Volk</div></div>"
    page = newsdoc.parse_html(f"<main>{head}<div class='story-body'>{BODY}</div></main>")
    assert only(page, Standfirst) == Standfirst(text=dek)
    assert body(page) == SENTENCES


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" Ana Holt | Skerry Ledger", "Ana Holt | Skerry Ledger"),  # a photographer and her outlet, a bar apart
        (" Footage: Skerry Coastguard", "Skerry Coastguard"),  # who shot the video the still is from
        (" Photo: Skerry Harbour Museum archive", "Skerry Harbour Museum archive"),  # who keeps the picture
        (" Photo: Penhallow family", "Penhallow family"),
        # and as languages that set the noun first write it, whose in any case: the school's archive, the family's
        (" <span>fot. archiwum szko\u0142y</span>", "archiwum szko\u0142y"),
        (" Foto: archivo familiar", "archivo familiar"),
        (" Foto: archiv obce", "archiv obce"),  # Czech: the village's archive
        # a chart's source in lower case: a few words, no sentence
        (" Source: company filings", "company filings"),
        (" Fonte: elaborazione su dati del Comune di Skerry", "elaborazione su dati del Comune di Skerry"),
        # a slash before the label, as Korean papers part the credit from the caption: "photo=Name reporter"
        (" /사진=박지영 기자", "박지영 기자"),
        # pairs of photographer and outlet: two a semicolon apart, one that came through an agency, one from the files
        (" (Ana Holt/Skerry Ledger; Tom Ek/Lake Wire)", "Ana Holt/Skerry Ledger; Tom Ek/Lake Wire"),
        (" (Ana Holt/Skerry Ledger via Lake Wire)", "Ana Holt/Skerry Ledger via Lake Wire"),
        (" (Ana Holt/Lake Wire, file)", "Ana Holt/Lake Wire, file"),
    ],
)
def test_a_credit_run_on_after_the_caption_s_sentence(tail: str, credit: str) -> None:
    """Inside a <figcaption>, a credit in the shapes newsrooms write it, of names no one here knows."""
    said = "Islanders wait on the quay."
    figure = f"<figure><img src='/f.jpg'><figcaption>{said}{tail}</figcaption></figure>"
    caption = only(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{figure}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit) == (said, credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # Chinese: the photographer (her post before her name), then "shot", after the full stop or in brackets
        ("渡轮清晨驶离码头。本报记者 林海 摄", "本报记者 林海"),
        ("渡轮清晨驶离码头。（新华社记者 周宁 摄）", "新华社记者 周宁"),
        ("渡轮清晨驶离码头。记者周宁摄", "记者周宁"),
        # or a label, then a slash: "photography/", "picture/"
        ("渡轮清晨驶离码头。摄影/林海", "林海"),
        ("渡轮清晨驶离码头。图\uff0f周宁", "周宁"),
        # Japanese: the date and place after "=", then the photographer and "shot", or the label and a middle dot
        ("桟橋を離れるフェリー＝3日朝、函館港、山本一郎撮影", "山本一郎"),
        ("桟橋を離れるフェリー＝3日朝、函館港\uff08撮影\u30fb山本一郎\uff09", "山本一郎"),
        # or the credit alone after the wide "=" that parts it from the caption, its label or its "shot" with it
        ("桟橋を離れるフェリー（3日朝、函館港で）＝写真：山本一郎", "山本一郎"),
        ("桟橋を離れるフェリー（3日朝、函館港で）＝写真・山本一郎", "山本一郎"),
        ("桟橋を離れるフェリー（3日朝）＝山本一郎撮影", "山本一郎"),
        # (guards, which pass without the rule too) a sentence's verb "to shoot", and "shot" after a particle
        ("这艘渡轮的照片是他去年拍摄", None),
        ("桟橋でフェリーを撮影", None),
    ],
)
def test_chinese_and_japanese_credits(line: str, credit: str | None) -> None:
    found = newsdoc.classify.find_credit(line, newsdoc.DEFAULT_CUES)
    assert (found.credit if found else None) == credit
    if found is not None:  # the caption's words, the credit and what stands around it give the line back
        assert found.text + found.prefix + found.credit + found.suffix == line
        figure = f"<figure><img src='/f.jpg'><figcaption>{line}</figcaption></figure>"
        caption = only(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{figure}</article>"), Caption)
        assert isinstance(caption, Caption)
        assert caption.credit == credit


@pytest.mark.parametrize("box", ["art-photo", "pic"])
@pytest.mark.parametrize("credit", ["Photo: Ana Holt", "Cr\u00e9dit photo : Ana Holt / Skerry Ledger"])
def test_a_picture_box_with_its_caption_and_credit_in_paragraphs_of_their_own(box: str, credit: str) -> None:
    """A box holds the picture, a line of caption and one of credit, no class names either: nothing dropped."""
    for line in ("p", "div"):  # the lines in paragraphs, or in bare divs
        lines = f"<{line}>Islanders wait on the quay.</{line}><{line}>{credit}</{line}>"
        figure = f"<div class='{box}'><img src='/p.jpg' alt='The quay'>{lines}</div>"
        read = parse_page(f"<article><h1>Ferry Returns</h1>{figure}{BODY}</article>")
        caption = only(read.article, Caption)
        assert isinstance(caption, Caption)
        assert (caption.text, caption.credit) == ("Islanders wait on the quay.", credit.split(": ", 1)[1])
        assert body(read.article) == SENTENCES
        assert read.dropped == ()


def test_a_credit_after_a_comma_in_a_static_sites_figure() -> None:
    """A static site's figure template joins the caption and its credit with a comma: "..., Photo: Ana Holt"."""
    figure = (
        "<figure><img src='/f.jpg'><figcaption><p>Islanders wait on the quay, Photo: Ana Holt</p></figcaption></figure>"
    )
    caption = only(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{figure}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.credit_prefix) == (
        "Islanders wait on the quay,",
        "Ana Holt",
        " Photo: ",
    )


@pytest.mark.parametrize(
    "counter", ["3 of 12 ", "1/8 ", "4 / 9 ", "<span class='gallery-count'>2 of 5</span> ", "Image 2 of 5 "]
)
def test_a_gallery_s_slide_counter_is_no_word_of_the_caption(counter: str) -> None:
    said = "Islanders wait on the quay."
    figure = f"<figure><img src='/f.jpg'><figcaption>{counter}{said} <em>Ana Holt</em></figcaption></figure>"
    read = parse_page(f"<article><h1>Ferry Returns</h1>{BODY}{figure}</article>")
    caption = only(read.article, Caption)
    assert isinstance(caption, Caption)
    assert caption.text == said
    assert [d.rule for d in read.dropped].count("slide counter") == 1
    # A fraction that opens the caption's sentence is its word
    figure = "<figure><img src='/f.jpg'><figcaption>1/8 of the island's homes lost power.</figcaption></figure>"
    caption = only(newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{figure}</article>"), Caption)
    assert isinstance(caption, Caption)
    assert caption.text == "1/8 of the island's homes lost power."


def test_a_quote_s_footer_says_who_said_it_on_a_page_with_no_article_element() -> None:
    """ "<blockquote><p>...</p><footer>Jane Roe</footer>": the quote's own footer, not the page's."""
    said = "\u201cThe crossing saved them an hour a day.\u201d"
    quote = f"<blockquote class='pullquote'><p>{said}</p><footer>Ana Ruiz, harbour master</footer></blockquote>"
    page = newsdoc.parse_html(f"<body><h1>Ferry Returns</h1><div class='content'>{BODY}{quote}</div></body>")
    pulled = only(page, PullQuote)
    assert isinstance(pulled, PullQuote)
    assert (pulled.text, pulled.attribution) == (said.strip("\u201c\u201d"), "Ana Ruiz, harbour master")


def test_an_aside_that_holds_a_block_quote_is_a_pull_quote() -> None:
    """ "<aside><blockquote><p>...</p><footer>Jane Roe</footer></blockquote></aside>", with no class to say so.

    Though it quotes words the body does not hold (which a box of other words would be read as a sidebar for).
    """
    said = "Nobody on the islands will miss the winter timetable."
    box = f"<aside class='css-1k3x0qz'><blockquote><p>{said}</p><footer>\u2014 Ana Ruiz, harbour master</footer>"
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{box}</blockquote></aside></article>")
    pulled = only(page, PullQuote)
    assert isinstance(pulled, PullQuote)
    assert (pulled.text, pulled.attribution) == (said, "Ana Ruiz, harbour master")
    # An embedded post, its link under its words, is the page's
    posted = "Ferry day at last, and everyone is out on the quay."
    post = (
        f"<aside><blockquote><p>{posted}</p><a href='https://example.social/p/1'>See the post</a></blockquote></aside>"
    )
    assert not newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{post}</article>").blocks_of(PullQuote)


def test_a_button_s_count_over_the_prose_is_no_paragraph() -> None:
    """A newsletter's like button shows its count in an element of its own over the post: "14" is the page's."""
    buttons = "<div class='post-ufi'><a class='like-button'><div class='label'>14</div></a></div>"
    read = parse_page(f"<article><h1>Ferry Returns</h1>{buttons}{BODY}</article>")
    assert body(read.article) == SENTENCES
    assert ("count", "14") in [(d.rule, d.text) for d in read.dropped]
    # Amid the prose, a number alone is the story's: a listicle's "2" over its second part
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p>2</p>{BODY}</article>")
    assert Paragraph(text="2") in page.blocks


def test_a_box_that_offers_the_article_to_republish_is_the_pages() -> None:
    """A non-profit newsroom's "Republish this story" box under the bio: no note, and the bio stays the writer's."""
    bio = "<p><em>Ines Volk is a health reporter at the Skerry Ledger.</em></p>"
    box = (
        '<div class="republish-box"><h3>Republish this story</h3>'
        "<p>You may republish this article for free under a Creative Commons license.</p></div>"
    )
    page = parse_page(f"<article><h1>Ferry Returns</h1><p>By Ines Volk</p>{BODY}{bio}{box}</article>")
    last = page.article.blocks[-1]
    assert isinstance(last, Bio)
    assert (last.text, last.name) == ("Ines Volk is a health reporter at the Skerry Ledger.", "Ines Volk")
    assert any("republish this article" in dropped.text for dropped in page.dropped)
    # a note the markup calls "republished" is a note still
    note = '<p class="republished-note">This story first appeared in the Harbour Review.</p>'
    page = parse_page(f"<article><h1>Ferry Returns</h1>{BODY}{note}</article>")
    assert isinstance(page.article.blocks[-1], newsdoc.Attribution)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo courtesy of Ana Holt", "Ana Holt"),  # a courtesy's words before the holder: the label
        ("Photo courtesy of the Holt family", "Photo courtesy of the Holt family"),  # "the ...": it stays whole
        ("Image courtesy: Harbour Council", "Harbour Council"),  # a label and its colon: the source alone
    ],
)
def test_a_credit_in_its_own_element_under_the_figcaption(line: str, credit: str) -> None:
    page = (
        f"<article><h1>Sinkhole Swallows Car</h1><p>{SHOWN}</p><figure><img src='car.jpg' alt='A car'>"
        f"<figcaption>A hatchback rests at the bottom of the hole.</figcaption><p class='photo-credit'>{line}</p>"
        f"</figure><p>{SHOWN}</p></article>"
    )
    (caption,) = newsdoc.parse_html(page).blocks_of(newsdoc.Caption)
    assert caption.credit == credit  # type: ignore[union-attr]


def test_a_korean_reporter_s_post_after_her_name_in_the_page_s_metadata() -> None:
    """A Korean page's metadata names the writer as its byline does, her post after her name: the name is hers."""
    page = f"""<html><head><meta name="author" content="박지영 기자"></head>
    <body><article><h1>Ferry Returns</h1>{BODY}</article></body></html>"""
    assert newsdoc.parse_html(page).authors == ("박지영",)


def test_a_korean_column_s_writer_label_and_her_bio_under_it() -> None:
    """A Korean column labels its writer "글=" (text) under the headline, no class on it, and closes on her name,
    her trade and what she does: her byline and her bio, though no capital marks her name."""
    bio = "한도윤 작가는 바닷가 마을에서 자랐으며 지금은 작은 서점을 운영하고 있다."
    page = (
        "<article><h1>바닷가 마을 도서관이 다시 문을 열었다</h1><p>글=한도윤</p>"
        "<p>태풍으로 닫혔던 해안 마을 도서관이 석 달 만에 다시 문을 열었다. "
        "주민들은 젖은 책을 말리며 개관을 준비했다.</p>"
        f"<p>도서관을 지키는 자원봉사자들은 매주 토요일 아이들에게 책을 읽어 준다.</p><p>{bio}</p></article>"
    )
    article = newsdoc.parse_html(page)
    assert article.authors == ("한도윤",)
    assert article.blocks[0] == Fragment(text="글=한도윤", role="byline")
    assert article.blocks[-1] == Bio(text=bio, name="한도윤")


@pytest.mark.parametrize("bold", ["strong", "b"])
@pytest.mark.parametrize("line", ["Two boats by spring", "Who pays for the new landing?", "The timetable ..."])
def test_a_paragraph_wholly_in_bold_between_the_body_s_paragraphs_is_a_subheading(bold: str, line: str) -> None:
    """A blog's or a CMS's editor sets a subheading as a paragraph in bold: "<p><strong>Two boats</strong></p>"."""
    subhead = f"<p><{bold}>{line}</{bold}></p>"
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{subhead}{BODY}</article>")
    heading = only(page, newsdoc.Heading)
    assert isinstance(heading, newsdoc.Heading)
    assert (heading.text, heading.marks) == (line, ())
    # Under a picture's caption, too
    figure = "<figure><img src='landing.jpg' alt=''><figcaption>The east landing in March.</figcaption></figure>"
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{figure}{subhead}{BODY}</article>")
    assert [block.text for block in page.blocks_of(newsdoc.Heading)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "\u201cFerry first. Roads later.\u201d",  # a slogan quoted, its sentences ended
        "The service runs daily.",  # a sentence
        "Timetable:",  # a label over what follows
        "<a href='/timetable'>See the timetable</a>",  # a link to another page
    ],
)
def test_a_bold_paragraph_that_says_a_sentence_or_links_is_the_body_s(line: str) -> None:
    """(a guard) Bold words that say a sentence, label a list or link elsewhere head no section."""
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p><strong>{line}</strong></p>{BODY}</article>")
    assert not page.blocks_of(newsdoc.Heading)


def test_a_bold_line_at_the_top_or_the_end_heads_no_section() -> None:
    """(a guard) Bold at the top is the dek's, or at the end the writer's name: no prose under it."""
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}<p><strong>Ana Ruiz</strong></p></article>")
    assert not page.blocks_of(newsdoc.Heading)


def test_a_paragraph_wholly_in_quote_marks_keeps_its_link() -> None:
    """A paragraph in quote marks is read as a pull quote until it is found to repeat nothing: its link stays."""
    quoted = "<p>\u201cThe <a href='https://example.org/plan'>harbour plan</a> is funded in full.\u201d</p>"
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{quoted}</article>")
    paragraph = page.blocks[-1]
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text == "\u201cThe harbour plan is funded in full.\u201d"
    assert [(m.start, m.end, m.href) for m in paragraph.marks] == [(5, 17, "https://example.org/plan")]
    # In italics under a picture, it is a quote still, not the picture's caption
    under = f"<p><img src='quay.jpg' alt=''><em>{quoted[3:-4]}</em></p>"
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{BODY}{under}</article>")
    assert not page.blocks_of(Caption)
    assert isinstance(page.blocks[-1], Paragraph)
    assert len(page.blocks[-1].marks) == 2


@pytest.mark.parametrize("prop", ["article:author", "og:article:author"])
def test_the_writer_s_name_in_opengraph_s_article_author(prop: str) -> None:
    """OpenGraph's ``article:author`` holds a link to a profile, but many a page writes the name there."""
    head = f"<head><meta property='{prop}' content='Ana Ruiz'></head>"
    page = newsdoc.parse_html(f"<html>{head}<body><article><h1>Ferry Returns</h1>{BODY}</article></body></html>")
    assert page.authors == ("Ana Ruiz",)
    linked = f"<head><meta property='{prop}' content='https://social.example/ana.ruiz'></head>"
    page = newsdoc.parse_html(f"<html>{linked}<body><article><h1>Ferry Returns</h1>{BODY}</article></body></html>")
    assert page.authors == ()


def test_the_byline_s_label_in_a_field_of_its_own() -> None:
    """A template sets the label and the name in fields of their own: "<div>By</div><div>Jane Roe</div>"."""
    field = (
        "<div class='field field--name-field-author'><div class='field__label'>By</div>"
        "<div class='field__item'>Ana Ruiz</div></div>"
    )
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1><div class='node__meta'>{field}</div>{BODY}</article>")
    assert page.authors == ("Ana Ruiz",)


def test_a_byline_box_with_the_writer_s_title_and_the_date() -> None:
    """A republished academic's byline: her name, post and university, then the date, in the byline's box."""
    byline = (
        "<div class='entry-byline'><span class='author'>Ana Ruiz, Professor of Marine Policy, Eastmoor University"
        "</span> <span class='sep'>|</span> <span class='entry-date'>July 8, 2024</span></div>"
    )
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{byline}{BODY}</article>")
    assert page.authors == ("Ana Ruiz",)
    assert isinstance(page.published, dt.datetime)
    assert page.published.date() == dt.date(2024, 7, 8)


def test_the_header_s_fields_classed_in_a_line_their_box_names_no_role_of() -> None:
    """ "<div class='meta'><span class='auteur'>...</span> &bull; <span class='date'>...</span></div>": two lines."""
    writer = "Ana Ruiz, Ma\u00eetresse de conf\u00e9rences en droit, Universit\u00e9 de Skerry"
    date = "<span class='date'>Publi\u00e9 le 3 octobre 2023</span>"
    meta = f"<div class='node__meta'><span class='auteur'>{writer}</span> &bull; {date}</div>"
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{meta}{BODY}</article>")
    assert page.authors == ("Ana Ruiz",)
    assert page.blocks[:2] == (
        Fragment(text=writer, role="byline"),
        Fragment(text="Publi\u00e9 le 3 octobre 2023", role="date"),
    )


def test_a_republished_piece_s_writer_line_with_her_title_in_sentence_case_is_her_bio() -> None:
    """The line that signs an academic's piece, her title in sentence case as French sets it, under the body."""
    writer = "Ana Ruiz, Ma\u00eetresse de conf\u00e9rences en histoire de la navigation, Universit\u00e9 de Skerry"
    meta = (
        f"<div class='meta'><span class='auteur'>{writer}</span> &bull; <span class='date'>3 octobre 2023</span></div>"
    )
    page = newsdoc.parse_html(f"<article><h1>Ferry Returns</h1>{meta}{BODY}<p>{writer}</p></article>")
    assert page.blocks[-1] == Bio(text=writer, name="Ana Ruiz")


def test_the_question_a_disclosure_widget_shows_is_a_heading() -> None:
    """An FAQ sets each question as a <details> element's <summary>, its answer folded under it: a heading one
    level below the section's it stands in; a date line so folded (its changes under it) stays a date line."""
    faq = (
        "<details><summary>When does the first boat leave?</summary><p>The first crossing leaves at six in the"
        " morning on weekdays and at eight at weekends, as it did before the repairs.</p></details>"
        "<h2>Cars and bikes</h2><details open><summary>Can I take my car?</summary><p>Cars can cross again, but"
        " the operator asks drivers to book a place a day ahead while the far landing is finished.</p></details>"
    )
    dated = (
        "<details><summary>Wed 27 Nov 2024 06.00 GMT</summary><span>Last modified on Wed 27 Nov 2024 11.42"
        " GMT</span></details>"
    )
    page = f"<html><body><article><h1>Lake Ferry Returns</h1>{dated}{BODY}{faq}</article></body></html>"
    article = newsdoc.parse_html(page)
    headings = [(block.text, block.level) for block in article.blocks if isinstance(block, newsdoc.Heading)]
    assert headings == [("When does the first boat leave?", 3), ("Cars and bikes", 2), ("Can I take my car?", 3)]
    assert article.published == dt.datetime(2024, 11, 27, 6, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("words", "credit"),
    [
        # a photographer and the outlet in round brackets, an outlet's name with a particle in lower case, or with
        # spaces round the slash (a guard, which passes without the rule too)
        ("Il traghetto lascia il molo nord. (Ilse Draaijer/Giornale del Porto)", "Ilse Draaijer/Giornale del Porto"),
        (
            "The ferry leaves the north landing. (Ilse Draaijer / The Harbour Times)",
            "Ilse Draaijer / The Harbour Times",
        ),
        # an outlet's name with the particles of Italian after a label
        (
            "Il traghetto lascia il molo nord. Foto: Ilse Draaijer / Il Giornale delle Isole",
            "Ilse Draaijer / Il Giornale delle Isole",
        ),
    ],
)
def test_a_photographer_and_an_outlet_at_the_end_of_a_figures_caption(words: str, credit: str) -> None:
    figure = f'<figure><img src="f.jpg" alt="Ferry"><figcaption>{words}</figcaption></figure>'
    page = f"<article><h1>Ferries Resume</h1>{figure}<p>The ferry ran again at dawn.</p></article>"
    caption = next(block for block in newsdoc.parse_html(page).blocks if isinstance(block, Caption))
    assert caption.credit == credit
    assert words.startswith(caption.text)


def test_a_pair_of_places_in_brackets_ends_a_sentence_of_the_body() -> None:
    """A photographer and an outlet in round brackets are a credit beside a picture only (a guard, which passes
    without the rule too)."""
    line = "The new crossing will run between two streets (Pier Road/Water Street)."
    page = f"<article><h1>Ferries Resume</h1><p>The ferry ran again at dawn.</p><p>{line}</p></article>"
    assert newsdoc.parse_html(page).blocks[-1] == Paragraph(text=line)
    assert newsdoc.parse_text(f"Ferries Resume\n\nThe ferry ran again at dawn.\n\n{line}\n").blocks[-1] == Paragraph(
        text=line
    )


def test_the_header_s_fields_under_the_dek() -> None:
    """The dek, then the box of fields: the writer's name after "By", a link to her page, is kept; the date apart."""
    dek = "The crossing ends a winter without a boat and sets up a busy summer on the water"
    box = (
        "<div class='meta'><span>By <a href='/by/ines-volk-hale'>Ines Volk-Hale</a></span>"
        "<time datetime='2024-05-12'>May 12, 2024</time></div>"
    )
    head = "<head><meta name='author' content='Ines Volk-Hale'></head>"
    article = newsdoc.parse_html(f"{head}<article><h1>Ferry Returns</h1><p>{dek}</p>{box}{BODY}</article>")
    assert [(b.role, b.text) for b in article.blocks if isinstance(b, Fragment)] == [
        ("byline", "By Ines Volk-Hale"),
        ("date", "May 12, 2024"),
    ]
