"""parse_html on pages: the seed's two renditions, encodings, metadata, markup conventions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import lxml.etree
import pytest
from bs4 import BeautifulSoup

import newsdoc
from newsdoc import Caption, Fragment, Image, PullQuote, Quote
from newsdoc.cues import DEFAULT_CUES
from newsdoc.html import parse_page
from newsdoc.html.parts import element_part

SEEDS = Path(__file__).parent.parent / "seeds"
RENDITIONS = ["000_770722033839be41.wordpress.html", "000_770722033839be41.html5.html"]


def _normal(text: str) -> str:
    """White space folded and quote marks made straight, as the issue compares."""
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
    return " ".join(text.translate(table).split())


def _sequence(article: newsdoc.Article) -> list[tuple[str, str]]:
    # A picture without alt text shows nothing in scraped text, so it has no counterpart there;
    # nor does the byline a page sets under its headline, nor its kicker, its trail or its tags, which the scraper left
    # out.
    return [
        (type(b).__name__, _normal(b.alt if isinstance(b, Image) else newsdoc.model.plain_text(b)))
        for b in article.blocks
        if not (isinstance(b, Image) and not b.alt)
        and not (isinstance(b, Fragment) and b.role in {"byline", "kicker", "breadcrumb", "tags"})
    ]


@pytest.mark.parametrize("name", RENDITIONS)
def test_rendition_agrees_with_the_text(name: str, seed_article: newsdoc.Article) -> None:
    article = newsdoc.parse_html((SEEDS / name).read_bytes())
    assert article.title == seed_article.title
    got, want = _sequence(article), _sequence(seed_article)
    # Captions and pull quotes: the credit and attribution are fields, compared apart below.
    assert [kind for kind, _ in got] == [kind for kind, _ in want]
    for (kind, words), (_, expected) in zip(got, want, strict=True):
        if kind not in {"Caption", "PullQuote"}:
            assert words == expected
    credits = [(b.text, b.credit) for b in article.blocks if isinstance(b, Caption)]
    assert credits == [(b.text, b.credit) for b in seed_article.blocks if isinstance(b, Caption)]
    quotes = [(b.text, b.attribution) for b in article.blocks if isinstance(b, PullQuote)]
    assert quotes == [(b.text, b.attribution) for b in seed_article.blocks if isinstance(b, PullQuote)]


@pytest.mark.parametrize("name", RENDITIONS)
def test_rendition_leaves_the_page_out(name: str) -> None:
    page = parse_page((SEEDS / name).read_bytes())
    words = " ".join(_normal(newsdoc.model.plain_text(b)) for b in page.article.blocks)
    html = BeautifulSoup((SEEDS / name).read_bytes(), "html.parser")
    # Every comment, sidebar and related-story text of the page is absent from the article.
    chrome = html.select("#comments, .comments, #secondary, .sidebar, .related, .yarpp-related, footer.site-footer")
    assert chrome
    for element in chrome:
        for piece in element.find_all(["p", "li", "h3", "a"]):
            text = _normal(piece.get_text(" "))
            if len(text) > 25:
                assert text not in words
    rules = {d.rule for d in page.dropped}
    assert any(rule.startswith("class") for rule in rules)


def test_metadata_from_json_ld_graph_and_meta() -> None:
    page = """<html><head>
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Site"},
      {"@type": ["OpinionNewsArticle"], "headline": "Ports Brace", "datePublished": "2021-03-03T10:30:00-05:00",
       "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}],
       "keywords": "ports, labour", "articleSection": ["Analysis"]}]}</script>
    <meta property="og:site_name" content="The Example Post"><link rel="canonical" href="https://example.org/a">
    </head><body><article><h1>Ports Brace</h1><p>A first paragraph of the body with enough words.</p>
    </article></body></html>"""
    article = newsdoc.parse_html(page)
    assert (article.title, article.kicker, article.authors) == ("Ports Brace", "Analysis", ("Jane Roe", "John Doe"))
    assert article.tags == ("ports", "labour")
    assert article.publication == "The Example Post"
    assert article.url == "https://example.org/a"
    assert article.published == dt.datetime(2021, 3, 3, 15, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "shown",
    [
        # a timeline's sections, each headed by its date
        "<h3>June 4, 1943</h3><p>The first boat crossed with twelve aboard.</p>",
        # an embedded post, its own date in its quote
        '<blockquote class="embed"><p>Last crossing today.</p>&mdash; Harbour Ferry <a href="/p/1">March 2, 2024</a>'
        "</blockquote>",
    ],
)
def test_a_date_a_section_heads_or_a_quote_gives_dates_no_article(shown: str) -> None:
    """A page that gives no date of its own shows dates that are not the article's: none dates it."""
    body = "<p>The ferry to the outer islands made its last run on Friday after eighty years of service.</p>"
    article = newsdoc.parse_html(f"<html><body><article><h1>Last Ferry</h1>{body}{shown}{body}</article></body></html>")
    assert article.published is None
    # A date line of its own under the headline still dates it
    line = "<p>March 3, 2024</p>"
    article = newsdoc.parse_html(f"<html><body><article><h1>Last Ferry</h1>{line}{body}{shown}</article></body></html>")
    assert article.published is not None


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        ('<div class="article-meta"><span class="author">Tove Brandt</span></div>', ("Tove Brandt",)),
        (
            '<div class="meta"><span class="author"><a href="/t">Tove Brandt</a></span> | <time>3 May</time></div>',
            ("Tove Brandt",),
        ),
        # an author box whose name runs on into its link to the writer's page: two runs, no name alone
        ('<div class="author"><a href="/t">Tove Brandt</a><a href="/t/all">View More Articles</a></div>', ()),
    ],
)
def test_a_name_alone_that_markup_marks_as_the_author(meta: str, authors: tuple[str, ...]) -> None:
    """An element under the headline that its class names the author, holding a name and nothing else, names it."""
    body = "<p>The ferry to the outer islands made its last run on Friday after eighty years of service.</p>"
    article = newsdoc.parse_html(f"<html><body><article><h1>Last Ferry</h1>{meta}{body}</article></body></html>")
    assert article.authors == authors


_TAGGED_BODY = "<h1>Ports Brace</h1><p>A first paragraph of the body with enough words to read as one.</p>"


@pytest.mark.parametrize(
    ("head", "page", "tags"),
    [
        # OpenGraph: a meta a tag
        (
            '<meta property="article:tag" content="ports"><meta property="article:tag" content="labour">',
            "",
            ("ports", "labour"),
        ),
        # the rel-tag microformat, as WordPress writes a post's tags (its category's link is no tag)
        (
            "",
            '<footer><a rel="category tag" href="/c/news">News</a> <span class="tags-links"><a rel="tag" '
            'href="/t/ports">ports</a>, <a rel="tag" href="/t/labour">labour</a></span></footer>',
            ("ports", "labour"),
        ),
        # a box its class names the tags, a label before the links
        (
            "",
            '<ul class="post-tags"><li>Tags:</li><li><a href="/t/ports">ports</a></li><li><a href="/t/l">labour</a>'
            "</li></ul>",
            ("ports", "labour"),
        ),
        # a page of several stories, each its tags, names none of its own; nor does a menu of topics
        ("", '<div><a rel="tag" href="/t/a">ports</a></div><div><a rel="tag" href="/t/b">labour</a></div>', ()),
        ("", '<nav><ul class="menu-topics"><li><a href="/t/ports">ports</a></li></ul></nav>', ()),
    ],
)
def test_tags_the_page_shows(head: str, page: str, tags: tuple[str, ...]) -> None:
    """Without keywords in its head, a page names its tags in OpenGraph metas, in links marked as tags, or in a box."""
    article = newsdoc.parse_html(
        f"<html><head>{head}</head><body><article>{_TAGGED_BODY}{page}</article></body></html>"
    )
    assert article.tags == tags


@pytest.mark.parametrize(
    "head",
    [
        # An SEO plugin writes the title into JSON-LD with character references.
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Ferry review &#8211; &#8220;the crossing&nbsp;returns&#8221;"}</script>',
        # A page title's form, with the site's name after a bar.
        '<meta property="og:title" content="Ferry review \u2013 \u201cthe crossing returns\u201d | Harbour Weekly">',
        # ... or the section's.
        '<meta property="og:title" content="Ferry review \u2013 \u201cthe crossing returns\u201d - Travel">'
        '<meta property="article:section" content="Travel">',
        # ... or the kind of piece, with a colon, before the words the h1 shows
        '<meta property="og:title" content="Guest column: Ferry review \u2013 \u201cthe crossing returns\u201d">',
        "<title>Explainer: Ferry review \u2013 \u201cthe crossing returns\u201d | Harbour Weekly</title>",
    ],
)
def test_the_title_is_the_headline_the_page_shows(head: str) -> None:
    """Character references unescaped, and no site's name after a bar: the title is what the ``h1`` shows."""
    page = f"""<html><head>{head}<meta property="og:site_name" content="Harbour Weekly"></head><body><article>
    <h1>Ferry review \u2013 \u201cthe crossing returns\u201d</h1>
    <p>The ferry is back, and the crossing is as slow and as lovely as it ever was, the crew says.</p>
    </article></body></html>"""
    article = newsdoc.parse_html(page)
    assert article.title == "Ferry review \u2013 \u201cthe crossing returns\u201d"
    assert article.publication == "Harbour Weekly"
    assert [type(b).__name__ for b in article.blocks] == ["Paragraph"]  # the h1 is the headline, not a heading


def test_a_site_name_that_is_the_whole_title_stays() -> None:
    page = """<html><head><meta property="og:title" content="Harbour Weekly">
    <meta property="og:site_name" content="Harbour Weekly"></head>
    <body><p>The ferry is back, and the crossing is as slow and as lovely as it ever was.</p></body></html>"""
    assert newsdoc.parse_html(page).title == "Harbour Weekly"


def test_published_time_without_zone_is_utc_and_meta_fallbacks() -> None:
    page = """<html><head><meta property="og:title" content="A Title"><meta name="author" content="Jane Roe">
    <meta property="article:published_time" content="2012-12-12 09:30"><meta name="keywords" content="a; b">
    </head><body><p>Body text that is long enough to count as prose here.</p></body></html>"""
    article = newsdoc.parse_html(page, url="https://example.org/given")
    assert article.published == dt.datetime(2012, 12, 12, 9, 30, tzinfo=dt.UTC)
    assert (article.title, article.authors, article.tags, article.url) == (
        "A Title",
        ("Jane Roe",),
        ("a", "b"),
        "https://example.org/given",
    )


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        # A name as the byline shows it: the publication after a bar, a job after a comma, "By" before.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '{"@type": "Person", "name": "Ines Volk | Harbour Media Group"}}</script>',
            ("Ines Volk",),
        ),
        ('<meta name="author" content="By INES VOLK, Harbour Affairs Correspondent">', ("Ines Volk",)),
        ('<meta name="author" content="by Ines Volk">', ("Ines Volk",)),
        # Letters after a name, and a site's address, name no one.
        ('<meta name="author" content="Ines Volk, MS, RDN">', ("Ines Volk",)),
        ('<meta name="author" content="Ines Volk, harbournews.com">', ("Ines Volk",)),
        ('<meta name="author" content="Ines Volk; Tom Ek">', ("Ines Volk", "Tom Ek")),
        # A meta for each writer; each once, however written
        (
            '<meta name="author" content="Ines Volk"><meta name="author" content="Tom Ek">'
            '<meta name="author" content="INES VOLK">',
            ("Ines Volk", "Tom Ek"),
        ),
        ('<meta name="author" content="Ines Volk"><meta name="author" content="Tom Ek">', ("Ines Volk", "Tom Ek")),
        # Not a link to a profile, nor a comment's writer, a review's or another story's in a list
        (
            '<meta name="author" content="Ines Volk"><meta name="author" content="https://harbour.example/tom-ek">',
            ("Ines Volk",),
        ),
        (
            '<meta name="author" content="Ines Volk"></head><body><div itemscope itemtype="https://schema.org/Comment">'
            '<meta itemprop="author" content="Tom Ek"></div>',
            ("Ines Volk",),
        ),
        (
            '</head><body><div itemscope itemtype="https://schema.org/NewsArticle">'
            '<meta itemprop="author" content="Ines Volk"><meta itemprop="author" content="Tom Ek"></div>',
            ("Ines Volk", "Tom Ek"),
        ),
        # The page's own meta, and the article's item
        (
            '<meta name="author" content="Ines Volk"></head><body><div itemscope itemtype="https://schema.org/NewsArticle">'
            '<meta itemprop="author" content="Tom Ek"></div>',
            ("Ines Volk", "Tom Ek"),
        ),
        (
            '<meta name="author" content="\u00c9mile Roux and \u0141ukasz Nowak">',
            ("\u00c9mile Roux", "\u0141ukasz Nowak"),
        ),
    ],
)
def test_the_authors_metadata_names_are_read_as_a_byline(head: str, authors: tuple[str, ...]) -> None:
    page = f"""<html><head>{head}</head><body><article><h1>Harbour Dues Rise Again</h1>
    <p>The port authority raised its dues for the third time in a year, and shippers were not pleased.</p>
    </article></body></html>"""
    assert newsdoc.parse_html(page).authors == authors


@pytest.mark.parametrize(
    ("lang", "authors"),
    [
        ("ja", ("\u6e2f\u7530 \u76f4\u5b50",)),  # Japanese sets a space between the family and the given name
        ("zh", ("\u6e2f\u7530", "\u76f4\u5b50")),  # Chinese, between two writers' names (a guard)
    ],
)
def test_a_japanese_writers_name_with_its_space_is_one_name(lang: str, authors: tuple[str, ...]) -> None:
    page = f"""<html lang="{lang}"><head><meta name="author" content="\u6e2f\u7530 \u76f4\u5b50"></head>
    <body><article><h1>\u6e2f\u306e\u4f7f\u7528\u6599\u3001\u4eca\u5e743\u5ea6\u76ee\u306e\u5024\u4e0a\u3052</h1>
    <p>\u6e2f\u6e7e\u5c40\u306f\u4f7f\u7528\u6599\u3092\u4eca\u5e743\u5ea6\u76ee\u306b\u5f15\u304d\u4e0a\u3052\u3001\u8239\u4f1a\u793e\u304b\u3089\u4e0d\u6e80\u306e\u58f0\u304c\u4e0a\u304c\u3063\u305f\u3002</p>
    </article></body></html>"""
    assert newsdoc.parse_html(page).authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # the head names the first writer; the byline, all of them
        ('By <a href="/p/ines">Ines Volk</a> and <a href="/p/tom">Tom Ek</a>', ("Ines Volk", "Tom Ek")),
        ("Ines Volk, Tom Ek and Mara Lind", ("Ines Volk", "Tom Ek", "Mara Lind")),
        # (guards, which pass without the rule too) a byline that names another writer, or fewer, leaves the head's
        ("By Tom Ek and Mara Lind", ("Ines Volk",)),
        ("By Ines Volk", ("Ines Volk",)),
    ],
)
def test_a_byline_that_names_the_head_s_writer_and_others_names_them_all(byline: str, authors: tuple[str, ...]) -> None:
    page = f"""<html><head><meta name="author" content="Ines Volk"></head><body><article>
    <h1>Harbour Dues Rise Again</h1><p class="byline">{byline}</p>
    <p>The port authority raised its dues for the third time in a year, and shippers were not pleased.</p>
    </article></body></html>"""
    assert newsdoc.parse_html(page).authors == authors


def test_byline_and_date_shown_under_the_headline_when_the_head_says_nothing() -> None:
    # A site header above the headline shows today's date and links to its writers' pages; the
    # byline under the headline, a "By" line and a date on the next line, is the article's.
    page = """<html><body><div class="top-date">Monday, 30 November 2026</div>
    <div class="site-authors"><a class="author" href="/a">By Our Staff</a></div>
    <article><h1>Harbour Dues Rise Again</h1>
    <h3 class="byline">by Mara Lind and Tom Ek<br><span class="datetime">Friday, March 5, 2021</span></h3>
    <p>The port authority raised its dues for the third time in a year, and shippers were not pleased.</p>
    </article></body></html>"""
    article = newsdoc.parse_html(page)
    assert article.authors == ("Mara Lind", "Tom Ek")
    assert article.published == dt.datetime(2021, 3, 5, tzinfo=dt.UTC)


def test_a_byline_with_the_writers_job_names_the_writer() -> None:
    page = """<html><body><article><h1>Harbour Dues Rise Again</h1>
    <p class="byline">By Mara Lind, Harbour Affairs Correspondent</p>
    <p>The port authority raised its dues for the third time in a year, and shippers were not pleased.</p>
    </article></body></html>"""
    assert newsdoc.parse_html(page).authors == ("Mara Lind",)


def test_a_marked_line_that_is_no_byline_or_date_gives_none() -> None:
    page = """<html><body><h1>Harbour Dues Rise Again</h1>
    <div class="author-box">Writers of the harbour desk, view more articles</div>
    <span class="post-date">Updated daily</span><span class="date">2 min read</span>
    <p>The port authority raised its dues for the third time in a year, and shippers were not pleased.</p>
    </body></html>"""
    article = newsdoc.parse_html(page)
    assert (article.authors, article.published) == ((), None)


@pytest.mark.parametrize("encoding", ["iso-8859-1", "windows-1252"])
def test_bytes_in_a_legacy_encoding(encoding: str) -> None:
    text = (
        "Caf\u00e9 owners in Li\u00e8ge say \u201cprices\u201d rose."
        if encoding == "windows-1252"
        else "Caf\u00e9 in Li\u00e8ge."
    )
    page = f'<html><head><meta charset="{encoding}"></head><body><article><p>{text}</p></article></body></html>'
    article = newsdoc.parse_html(page.encode(encoding))
    assert newsdoc.model.plain_text(article.blocks[0]) == text


def test_markup_conventions() -> None:
    page = """<html><body><article><h1>Fire Season Starts Early</h1>
    <figure><img src="/a/ap-fire-300-01jan20.jpg" alt="Fire"><figcaption>Firefighters at work.
      <span class="photo-credit">Jane Roe/AFP via Getty Images</span></figcaption></figure>
    <p>A body paragraph that says, at some length, what happened and why it matters to readers.</p>
    <blockquote><p>An ordinary quotation in the body, kept as a quote.</p></blockquote>
    <aside class="pull-quote"><p>\u201cWhat matters is the body.\u201d</p><cite>\u2014 Jane Roe</cite></aside>
    <div class="wp-caption"><img src="/b.jpg" alt="B"><p class="wp-caption-text">Smoke rises. REUTERS/John Doe</p></div>
    <h2>A subheading</h2><ul><li>one</li><li>two</li></ul>
    <p><em>This article was originally published in Foreign Policy.</em></p>
    </article></body></html>"""
    blocks = newsdoc.parse_html(page).blocks
    assert [type(b).__name__ for b in blocks] == [
        "Image", "Caption", "Paragraph", "Quote", "PullQuote", "Image", "Caption", "Heading", "ItemList", "Attribution",
    ]  # fmt: skip
    image, caption = blocks[0], blocks[1]
    assert isinstance(image, Image)
    assert image.slug is not None
    assert (image.slug.words, image.slug.width) == ("ap fire", 300)
    assert isinstance(caption, Caption)
    assert (caption.text, caption.credit, caption.image) == (
        "Firefighters at work.",
        "Jane Roe/AFP via Getty Images",
        0,
    )
    assert isinstance(blocks[3], Quote)
    quote = blocks[4]
    assert isinstance(quote, PullQuote)
    assert (quote.text, quote.attribution) == ("What matters is the body.", "Jane Roe")
    second = blocks[6]
    assert isinstance(second, Caption)
    assert (second.text, second.credit, second.image) == ("Smoke rises.", "REUTERS/John Doe", 5)


def test_a_soup_built_with_html_parser_is_read_and_left_alone() -> None:
    html = (SEEDS / RENDITIONS[0]).read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    before = str(soup)
    article = newsdoc.parse_html(soup)
    assert str(soup) == before
    assert article == newsdoc.parse_html(html)
    assert any(isinstance(b, Fragment) and b.role == "title" for b in article.blocks)


def test_wrong_input_type() -> None:
    with pytest.raises(TypeError, match="takes str, bytes or BeautifulSoup"):
        newsdoc.parse_html(42)  # type: ignore[arg-type]


def test_empty_and_odd_pages_do_not_fail() -> None:
    for page in ["", "<html>", "<p>", "\x00\x01", "<div>" * 2000, b"\xff\xfe\x00<"]:
        assert isinstance(newsdoc.parse_html(page), newsdoc.Article)


def test_empty_bytes_give_an_empty_article_quietly(caplog: pytest.LogCaptureFixture) -> None:
    assert newsdoc.parse_html(b"") == newsdoc.Article()
    assert caplog.records == []


def test_a_wrapper_named_like_furniture_keeps_the_article() -> None:
    """Some sites wrap the whole page in a <form>, or the article in a "widget": only real furniture goes."""
    body = "".join(
        f"<p>Paragraph {n} of the story, long enough to be prose, with a comma, or two.</p>" for n in range(6)
    )
    page = f"""<html><body><form id="aspnetForm"><div class="elementor-widget-wrap">
    <nav><a href="/">Home</a> <a href="/world">World</a></nav><h1>The Story</h1>{body}
    <div class="widget related"><h3>Related</h3>
    <ul><li><a href="/x">Another story entirely, read it now</a></li></ul></div>
    </div></form></body></html>"""
    result = parse_page(page)
    texts = [newsdoc.model.plain_text(b) for b in result.article.blocks]
    assert len(texts) == 6
    assert texts[0].startswith("Paragraph 0 of the story")
    assert {d.rule for d in result.dropped} >= {"tag <nav>", 'class "related"'}


def test_furniture_inside_the_body_is_left_out_and_said() -> None:
    prose = "<p>A paragraph of the story, long enough to be prose, with a comma, or two, in it.</p>"
    page = f"""<html><body><article><h1>Story</h1>{prose}<p>Advertisement</p>{prose}
    <ul><li><a href="/a">A related story about something else</a></li><li><a href="/b">And another one</a></li></ul>
    <h3><a href="/c">Read this other story now</a></h3>{prose}
    <ul><li>A real list item, not a link</li><li>Another item</li></ul></article></body></html>"""
    result = parse_page(page)
    kinds = [type(b).__name__ for b in result.article.blocks]
    assert kinds == ["Paragraph", "Paragraph", "Paragraph", "ItemList"]
    rules = [d.rule for d in result.dropped]
    assert rules.count("furniture line") == 1
    assert rules.count("link list") == 1
    assert rules.count("lone link") == 1


@pytest.mark.parametrize("line", ["Continue reading the main story", "Close", "Comments", "More:", "Anzeige", "Iklan"])
def test_stock_lines_of_players_comments_and_ads_in_other_languages(line: str) -> None:
    """A video player's "Close", a comments heading, "Advertisement" as a German or Indonesian page writes it."""
    prose = "<p>A paragraph of the story, long enough to be prose, with a comma, or two, in it.</p>"
    page = f"<html><body><article><h1>Story</h1>{prose}<p>{line}</p>{prose}</article></body></html>"
    result = parse_page(page)
    assert [type(b).__name__ for b in result.article.blocks] == ["Paragraph", "Paragraph"]
    assert [(d.rule, d.text) for d in result.dropped if d.rule == "furniture line"] == [("furniture line", line)]


def test_a_list_of_teasers_does_not_outweigh_the_article() -> None:
    """List items count for less than paragraphs: a "most read" list is not the story."""
    menu = "".join(f"<li>Teaser {n}, about another story, with its own summary, and more</li>" for n in range(12))
    story = "".join(f"<p>Paragraph {n} of the story, which says, at some length, what happened.</p>" for n in range(5))
    page = f"<html><body><div class='top'><ul>{menu}</ul></div><div class='main-col'>{story}</div></body></html>"
    blocks = newsdoc.parse_html(page).blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph"] * 5


def test_the_body_is_never_looked_for_above_the_body_element() -> None:
    """A page whose one paragraph is mostly links: <html> holds more words than links (its head's title)."""
    links = " ".join(f'<a href="/s{n}">Storm story number {n}</a>,' for n in range(6))
    title = "The ferry service across the lake resumed on Monday, after a winter of repairs. " * 5
    head = f"<head><title>{title}</title><!-- never cleaned --></head>"
    page = f"<html>{head}<body><p>Read: {links} and more.</p></body></html>"
    read = parse_page(page)  # the body's container was <html>, and its walk met the head's comment
    assert [type(b).__name__ for b in read.article.blocks] == ["Paragraph"]


def test_a_comment_names_no_part() -> None:
    assert element_part(lxml.etree.Comment("figure"), DEFAULT_CUES) is None


def test_a_comment_parts_no_words() -> None:
    """A comment or a processing instruction in a paragraph or a link parts no words: the text around it runs on."""
    page = (
        "<html><body><article>"
        "<p>The ferry left<!-- ad slot --> at dawn, <a href='/tides'>with the<!-- y --> tide</a>, and"
        "<?php echo 1 ?> came back by noon with the mail.</p></article></body></html>"
    )
    (paragraph,) = newsdoc.parse_html(page).blocks
    assert isinstance(paragraph, newsdoc.Paragraph)
    assert paragraph.text == "The ferry left at dawn, with the tide, and came back by noon with the mail."
    assert [(m.start, m.end, m.href) for m in paragraph.marks] == [(24, 37, "/tides")]
