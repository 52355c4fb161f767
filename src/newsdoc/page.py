"""Web pages: :func:`~newsdoc.parse_html` finds the article in a page and types its blocks.

A page is read in four steps. The first three run on an lxml tree, which is
built about twenty times faster than a soup; only the body they find becomes a
soup, for the block walker.

1. **Metadata** from the head: JSON-LD (``NewsArticle`` and its kin, ``@graph``
   included), OpenGraph, Twitter cards, ``meta`` names, ``<time datetime>``.
2. **Cleaning**: page furniture is taken out — scripts, navigation, site header
   and footer, asides, share bars, ads, promos, related stories, cookie banners,
   comments — by tag and by the class and id vocabulary of
   :class:`~newsdoc.Cues`. Each removal is recorded with its rule (see
   :func:`~newsdoc.page.parse_page`).
3. **The body**: the element whose paragraphs hold the most prose, by text and
   link density, with a bonus for content vocabulary; the semantic ``article``
   around it when there is one.
4. **Blocks**: the body's markup is walked in reading order. Markup decides
   what it can (figures, captions and credits, pull quotes, headings, lists);
   prose is judged by the same rules as in :func:`~newsdoc.parse_text`.

A page that :func:`~newsdoc.to_html` wrote skips all four: its article is read
back exactly.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.etree
import lxml.html
from attrs import frozen
from bs4 import BeautifulSoup, Tag, UnicodeDammit

from . import classify, decide
from .cues import DEFAULT_CUES, Cues
from .html import read_newsdoc
from .markup import BLOCK_TAGS, Dropped, Reader, clip, describe, is_pull_quote, marks
from .model import Article

__all__ = ["Dropped", "Page", "parse_html", "parse_page"]

# The body found is small and well formed: bs4's own parser builds it faster than lxml's builder.
BUILDER = "html.parser"

_ARTICLE_TYPES = {
    "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "OpinionNewsArticle", "AnalysisNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting",
}  # fmt: skip
# Never the article's words: taken out first, always.
_INERT_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "canvas", "object", "embed", "video")
# Usually furniture, but some sites wrap the whole page in one of these.
_JUNK_TAGS = {"form", "button", "input", "select", "textarea", "nav", "map", "dialog", "menu"}
_KEEP_MARKS = {"article", "body", "main", "content", "entry", "story", "text", "articlebody", "prose"}
_SCORED = ("p", "pre", "blockquote", "figcaption", "li", "div")


@frozen
class Page:
    """What :func:`~newsdoc.page.parse_page` found: the article, and what it left out."""

    article: Article
    """The article, as :func:`~newsdoc.parse_html` returns it."""
    dropped: tuple[Dropped, ...]
    """The parts of the page left out, each with the rule that dropped it;
    first what cleaning took out, then prose found outside the body, then
    furniture inside the body. Empty for a page that :func:`~newsdoc.to_html`
    wrote."""


def parse_html(html: str | bytes | BeautifulSoup, *, url: str | None = None, cues: Cues = DEFAULT_CUES) -> Article:
    """Find the article in a web page and read it into typed blocks.

    The page's head gives the metadata (title, authors, date, ...); navigation,
    ads, share bars and other furniture are left out; the body's captions,
    credits, pull quotes and notes come back typed, as from
    :func:`~newsdoc.parse_text`. A page that :func:`~newsdoc.to_html` wrote
    comes back as the article it was written from. To see what was left out,
    use :func:`~newsdoc.page.parse_page`.

    Args:
        html: The page: text, bytes in any encoding (a byte-order mark, the
            page's own declaration, then detection decide), or a soup you
            already hold (it is not changed).
        url: Where the page came from; when given, it is the article's
            :attr:`~newsdoc.Article.url`, else the page's canonical address is.
        cues: The cue words and the class vocabularies.

    Returns:
        The article; an empty one for a page with no elements.

    Raises:
        TypeError: *html* is neither text, bytes nor a soup.

    Examples:
        >>> import newsdoc
        >>> article = newsdoc.parse_html(
        ...     "<nav><a href='/'>Home</a></nav><article><h1>Talks in Moscow</h1>"
        ...     "<figure><img src='lavrov.jpg' alt='Sergei Lavrov'>"
        ...     "<figcaption>Sergei Lavrov in Moscow. <small>AP Photo</small></figcaption></figure>"
        ...     "<p>The talks went on late into the night, and no one would say why.</p></article>"
        ... )
        >>> article.title
        'Talks in Moscow'
        >>> [type(block).__name__ for block in article.blocks]
        ['Image', 'Caption', 'Paragraph']
        >>> article.blocks[1].credit, article.blocks[1].image
        ('AP Photo', 0)
    """
    return parse_page(html, url=url, cues=cues).article


def parse_page(html: str | bytes | BeautifulSoup, *, url: str | None = None, cues: Cues = DEFAULT_CUES) -> Page:
    """Find the article in a web page, and say what was left out of the page and why.

    This is :func:`~newsdoc.parse_html` with its working shown: ``newsdoc
    inspect page.html --dropped`` prints the same list. Read it when a
    paragraph goes missing, or when furniture gets in.

    Args:
        html: The page, as for :func:`~newsdoc.parse_html`.
        url: Where the page came from, as for :func:`~newsdoc.parse_html`.
        cues: The cue words and the class vocabularies.

    Returns:
        The article and the parts of the page left out.

    Raises:
        TypeError: *html* is neither text, bytes nor a soup.

    Examples:
        >>> from newsdoc.page import parse_page
        >>> page = parse_page(
        ...     "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        ...     "<article><h1>Talks in Moscow</h1><p>The talks went on late into the night.</p></article>"
        ... )
        >>> page.article.blocks
        (Paragraph(text='The talks went on late into the night.', spacing=None),)
        >>> page.dropped
        (Dropped(rule='tag <nav>', element='nav', text='Home World'),)
    """
    text = _decode(html)
    root = _tree(text)
    if root is None:
        return Page(decide.article_of((), title=None, cues=cues, url=url), ())
    if root.find(".//article[@data-newsdoc]") is not None:  # written by to_html: read back exactly
        own = BeautifulSoup(text, BUILDER).find("article", attrs={"data-newsdoc": True})
        if isinstance(own, Tag):
            return Page(read_newsdoc(own), ())
    meta = _metadata(root, url)
    body = root.find("body")
    body = root if body is None else body
    dropped: list[Dropped] = []
    _clean(body, cues, dropped)
    container = _container(body, cues)
    notes = list(_notes_after(body, container, cues))
    _record_outside(body, [container, *notes], dropped)
    title = meta.pop("title", None) or _first_heading(container) or _first_heading(body)
    reader = Reader(cues, title, dropped)
    for element in [container, *notes]:
        soup = BeautifulSoup(lxml.html.tostring(element, encoding="unicode", with_tail=False), BUILDER)
        reader.read(soup)
    decide.settle(reader.blocks, reader.title)
    return Page(decide.article_of(tuple(reader.blocks), title=reader.title, cues=cues, **meta), tuple(dropped))


def _decode(html: str | bytes | BeautifulSoup) -> str:
    if isinstance(html, BeautifulSoup):
        return str(html)  # read as text: the caller's soup stays as it was
    if isinstance(html, str):
        return html
    if isinstance(html, bytes):
        if not html.strip():
            return ""  # nothing to detect: UnicodeDammit would log that it gave up
        return UnicodeDammit(html, is_html=True).unicode_markup or html.decode("utf-8", "replace")
    raise TypeError(f"parse_html() takes str, bytes or BeautifulSoup, not {type(html).__name__}")


def _tree(text: str) -> lxml.html.HtmlElement | None:
    """The page's element tree, or ``None`` for a page with no elements at all."""
    # lxml refuses a str that declares its own encoding; the text is decoded already.
    text = re.sub(r"\A\s*<\?xml[^>]*>", "", text).replace("\x00", "")
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):  # nothing lxml can call a document
        return None


# Metadata ------------------------------------------------------------------------------------------------


def _metadata(root: lxml.html.HtmlElement, url: str | None) -> dict[str, Any]:
    """What the page says about the article, in its head and markup."""
    metas: dict[str, str] = {}
    for tag in root.iter("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        content = str(tag.get("content") or "").strip()
        if key and content:
            metas.setdefault(key, content)
    ld = _json_ld(root)
    when = _first(ld.get("datePublished"), metas.get("article:published_time"), metas.get("date"))
    if when is None and (time := root.find(".//time[@datetime]")) is not None:
        when = time.get("datetime")
    canonical = root.find(".//link[@rel='canonical']")
    authors = [" ".join(a.text_content().split()) for a in root.iterfind(".//a[@rel='author']")]
    return {
        "title": _first(ld.get("headline"), ld.get("name"), metas.get("og:title"), metas.get("twitter:title")),
        "kicker": _first(ld.get("articleSection"), metas.get("article:section")),
        "authors": _names(ld.get("author"))
        or _split(metas.get("author"))
        or tuple(dict.fromkeys(filter(None, authors))),
        "tags": _split(ld.get("keywords")) or _split(metas.get("keywords")) or _split(metas.get("news_keywords")),
        "publication": _first(metas.get("og:site_name"), _names(ld.get("publisher"))),
        "published": _date(when),
        "url": url or _first(canonical.get("href") if canonical is not None else None, metas.get("og:url")),
    }


def _json_ld(root: lxml.html.HtmlElement) -> dict[str, Any]:
    """The first schema.org article object in the page's JSON-LD, or ``{}``."""
    for script in root.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _ld_items(data):
            kinds = item.get("@type")
            if set(kinds if isinstance(kinds, list) else [kinds]) & _ARTICLE_TYPES:
                return item
    return {}


def _ld_items(data: object) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item)
    elif isinstance(data, dict):
        yield data
        yield from _ld_items(data.get("@graph", []))


def _first(*values: object) -> str | None:
    for value in values:
        first = value[0] if isinstance(value, list | tuple) and value else value
        if isinstance(first, str) and first.strip():
            return " ".join(first.split())
    return None


def _names(value: object) -> tuple[str, ...]:
    """The names of schema.org people or organisations."""
    items = value if isinstance(value, list) else [value]
    names = [item.get("name") if isinstance(item, dict) else item for item in items]
    return tuple(" ".join(n.split()) for n in names if isinstance(n, str) and n.strip())


def _split(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(v.strip() for v in value if isinstance(v, str) and v.strip())
    if isinstance(value, str):
        return tuple(v.strip() for v in re.split(r"[,;]", value) if v.strip())
    return ()


def _date(value: str | None) -> dt.datetime | None:
    """A time-zone-aware date and time (UTC when the page gives no zone)."""
    when = classify.read_date(value) if value else None
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


# Cleaning ------------------------------------------------------------------------------------------------


def _words(element: lxml.html.HtmlElement) -> set[str]:
    return marks(element.get("class"), element.get("id"))


def _clean(body: lxml.html.HtmlElement, cues: Cues, dropped: list[Dropped]) -> None:
    """Take the page furniture out of *body*, noting why."""
    for comment in list(body.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        _drop(comment)
    for element in list(body.iter(*_INERT_TAGS)):
        dropped.append(Dropped(f"tag <{element.tag}>", _describe(element), clip(element.text_content())))
        _drop(element)
    boilerplate = set(cues.boilerplate_marks)
    protected = set(cues.note_marks) | set(cues.caption_marks) | set(cues.credit_marks)
    # The wrappers around the densest prose of the page are the article's, even one named
    # "widget" or "non-ad-column", or a <form> around the whole page. (Not that element itself:
    # before cleaning, the densest prose may be a comment thread.)
    keep = set(_container(body, cues, strict=True).iterancestors())
    total = len(body.text_content())  # and so is what holds most of the page's text
    stack = list(reversed(body))
    while stack:  # in page order, not looking inside what is dropped
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        rule = None if element in keep else _junk_rule(element, cues, boilerplate, protected)
        if rule is not None and len(text := element.text_content()) <= total / 2:
            dropped.append(Dropped(rule, _describe(element), clip(text)))
            _drop(element)
            continue
        stack.extend(reversed(element))


def _drop(element: lxml.etree._Element) -> None:
    """Take *element* out, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _junk_rule(element: lxml.html.HtmlElement, cues: Cues, boilerplate: set[str], protected: set[str]) -> str | None:
    name = element.tag
    if name in _JUNK_TAGS:
        return f"tag <{name}>"
    style = str(element.get("style", "")).replace(" ", "")
    if element.get("hidden") is not None or element.get("aria-hidden") == "true" or "display:none" in style:
        return "hidden"
    words = _words(element)
    if is_pull_quote(words, cues):
        return None
    if name in {"header", "footer"} and not any(a.tag == "article" for a in element.iterancestors()):
        return f"page <{name}>"
    if name == "aside":
        return "tag <aside>"
    if words & protected or not (found := words & boilerplate):
        return None
    if words & _KEEP_MARKS and any(len(p.text_content()) > 80 for p in element.iter("p")):
        return None  # "entry-content" stays, "article-tags" goes
    return f'class "{sorted(found)[0]}"'


def _describe(element: lxml.etree._Element) -> str:
    return describe(str(element.tag), element.get("class"), element.get("id"))


# The body -----------------------------------------------------------------------------------------------


def _container(body: lxml.html.HtmlElement, cues: Cues, *, strict: bool = False) -> lxml.html.HtmlElement:
    """The element that holds the article's prose (*strict*: leave out paragraphs that are mostly links)."""
    scores: dict[lxml.html.HtmlElement, float] = {}
    for paragraph in body.iter(*_SCORED):
        if paragraph.tag == "div" and any(child.tag in BLOCK_TAGS for child in paragraph.iterdescendants()):
            continue  # a div of text only is a paragraph too
        text = paragraph.text_content()
        length = len(text.strip())
        if length < 25 or (strict and _link_density(paragraph) > 0.5):  # a menu is not prose
            continue
        weight = 1 + text.count(",") + min(length / 100, 3)
        if paragraph.tag == "li":  # list items count, but less: menus are lists too
            weight /= 4
        for depth, ancestor in enumerate(paragraph.iterancestors()):
            if depth > 2:
                break
            scores[ancestor] = scores.get(ancestor, 0) + weight / (1 + depth)
    if not scores:
        return body
    content = set(cues.content_marks)

    def score(element: lxml.html.HtmlElement) -> float:
        marked = (
            _words(element) & content or element.tag in {"article", "main"} or element.get("itemprop") == "articleBody"
        )
        return scores[element] * (1.25 if marked else 1) * (1 - _link_density(element))

    best = max(scores, key=score)
    # The semantic article around the prose holds its lead picture and standfirst too.
    article = best if best.tag == "article" else next((a for a in best.iterancestors("article")), None)
    if article is not None and article.find(".//article") is None:
        return article
    # Climb while the parent holds clearly more prose of its own: a body split in sections.
    while (parent := best.getparent()) is not None and parent in scores and score(parent) >= 1.3 * score(best):
        best = parent
    return best


def _link_density(element: lxml.html.HtmlElement) -> float:
    text = len(element.text_content().strip()) or 1
    links = sum(len(a.text_content().strip()) for a in element.iter("a"))
    return min(links / text, 1.0)


def _first_heading(element: lxml.html.HtmlElement) -> str | None:
    heading = element.find(".//h1")
    return " ".join(heading.text_content().split()) or None if heading is not None else None


def _notes_after(
    body: lxml.html.HtmlElement, container: lxml.html.HtmlElement, cues: Cues
) -> Iterator[lxml.html.HtmlElement]:
    """Elements after the body that are marked as notes: an author box, a disclaimer."""
    wanted = set(cues.note_marks)
    after = False
    skip: lxml.html.HtmlElement | None = container
    for element in body.iter():
        if element is container:
            after = True
            continue
        if not after or not isinstance(element.tag, str) or _inside(element, skip):
            continue
        if _words(element) & wanted:
            skip = element
            yield element


def _inside(element: lxml.html.HtmlElement, ancestor: lxml.html.HtmlElement | None) -> bool:
    return ancestor is not None and any(a is ancestor for a in element.iterancestors())


def _record_outside(body: lxml.html.HtmlElement, kept: list[lxml.html.HtmlElement], dropped: list[Dropped]) -> None:
    """Note the prose left outside the body, for whoever asks why a paragraph went missing."""
    for paragraph in body.iter("p", "h2", "h3", "li"):
        text = " ".join(paragraph.text_content().split())
        if len(text) >= 20 and not any(paragraph is k or _inside(paragraph, k) for k in kept):
            dropped.append(Dropped("outside the body", _describe(paragraph), clip(text)))
