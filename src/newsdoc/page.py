"""Web pages: :func:`parse_html` finds the article in a page and types its blocks.

The page is read in four steps:

1. **Metadata** from the head: JSON-LD (``NewsArticle`` and its kin, ``@graph``
   included), OpenGraph, Twitter cards, ``meta`` names, ``<time datetime>``.
2. **Cleaning**: page furniture is taken out — scripts, navigation, site header
   and footer, asides, share bars, ads, promos, related stories, cookie banners,
   comments — by tag and by the class and id vocabulary in :mod:`newsdoc.cues`.
   Each removal is recorded with its rule (see :func:`parse_page`).
3. **The body**: the element whose paragraphs hold the most prose, by text and
   link density, with a bonus for content vocabulary.
4. **Blocks**: markup decides what it can (figures, captions and credits, pull
   quotes, headings, lists); prose is judged by the same rules as plain text
   (:mod:`newsdoc.decide`), and so are the passes over the whole article.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs
from attrs import frozen
from bs4 import BeautifulSoup, Comment, Tag
from bs4.element import NavigableString

from . import classify, decide
from .cues import DEFAULT_CUES, Cues
from .errors import ParseError
from .html import read_newsdoc
from .model import Article, Block, Caption, Fragment, Heading, Image, ItemList, PullQuote, Quote, Slug, Standfirst

__all__ = ["Dropped", "Page", "parse_html", "parse_page"]

try:
    import lxml  # type: ignore[import-untyped]  # noqa: F401  # bs4 builds its tree faster with lxml

    BUILDER = "lxml"
except ImportError:  # pragma: no cover - html.parser is the fallback
    BUILDER = "html.parser"

_ARTICLE_TYPES = {
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "OpinionNewsArticle",
    "AnalysisNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "LiveBlogPosting",
}
# Never the article's words: taken out first, always.
_INERT_TAGS = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "canvas",
    "object",
    "embed",
    "video",
    "audio",
]
# Usually furniture, but some sites wrap the whole page in one of these.
_JUNK_TAGS = {"form", "button", "input", "select", "textarea", "nav", "map", "dialog", "menu"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "aside", "figure", "blockquote", "ul", "ol", "dl", "table",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "pre", "hr", "center", "address", "figcaption",
}  # fmt: skip
_KEEP_MARKS = {"article", "body", "main", "content", "entry", "story", "text", "articlebody", "prose"}
_HEADER_MARKS = {"kicker", "byline", "dateline", "date", "meta", "author", "posted", "category", "section"}
_DEEP = 100
_SPACE = re.compile(r"[^\S\n\u00a0]+")


@frozen
class Dropped:
    """A part of the page left out as boilerplate."""

    rule: str
    """Why: ``tag <nav>``, ``class "sidebar"``, ``outside the body``, ..."""
    element: str
    """The element, as ``tag.class#id``."""
    text: str
    """Its first words."""


@frozen
class Page:
    """What :func:`parse_page` found: the article, and what it left out."""

    article: Article
    """The article."""
    dropped: tuple[Dropped, ...]
    """The parts of the page left out, in page order."""


def parse_html(html: str | bytes | BeautifulSoup, *, url: str | None = None, cues: Cues = DEFAULT_CUES) -> Article:
    """Find the article in a web page and read it into typed blocks.

    Args:
        html: The page: text, bytes in any encoding (the page's own declaration
            and detection decide), or a soup you already hold (it is not changed).
        url: Where the page came from, when the page does not say.
        cues: The cue words and the class vocabularies.

    Raises:
        ParseError: the page cannot be read at all.
    """
    return parse_page(html, url=url, cues=cues).article


def parse_page(html: str | bytes | BeautifulSoup, *, url: str | None = None, cues: Cues = DEFAULT_CUES) -> Page:
    """Like :func:`parse_html`, and say what was left out of the page and why."""
    soup = _soup(html)
    own = soup.find("article", attrs={"data-newsdoc": True})
    if isinstance(own, Tag):  # written by to_html: read back exactly, no judgement
        return Page(read_newsdoc(own), ())
    meta = _metadata(soup, url)
    dropped: list[Dropped] = []
    body = soup.body or soup
    _clean(body, cues, dropped)
    container = _container(body, cues)
    title = meta.pop("title", None) or _first_heading(container) or _first_heading(body)
    reader = _Reader(cues, title if isinstance(title, str) else None)
    reader.read(container)
    for note in _notes_after(container, cues):  # author boxes and notes that sit beside the body
        reader.read(note)
    _record_outside(body, container, reader.seen, dropped)
    blocks = reader.blocks
    decide.settle(blocks, reader.title)
    article = decide.article_of(tuple(blocks), title=reader.title, cues=cues, **meta)
    return Page(article, tuple(dropped))


def _soup(html: str | bytes | BeautifulSoup) -> BeautifulSoup:
    if isinstance(html, BeautifulSoup):
        return BeautifulSoup(str(html), BUILDER)  # a copy: the caller's soup stays as it was
    if not isinstance(html, str | bytes):
        raise TypeError(f"parse_html() takes str, bytes or BeautifulSoup, not {type(html).__name__}")
    try:
        return BeautifulSoup(html, BUILDER)
    except Exception as error:  # whatever the tree builder chokes on
        raise ParseError(f"cannot read the page as HTML: {error}") from None


# Metadata ------------------------------------------------------------------------------------------------


def _metadata(soup: BeautifulSoup, url: str | None) -> dict[str, Any]:
    """What the page's head says about the article."""
    metas: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        content = str(tag.get("content") or "").strip()
        if key and content:
            metas.setdefault(key, content)
    ld = _json_ld(soup)
    title = _first(ld.get("headline"), ld.get("name"), metas.get("og:title"), metas.get("twitter:title"))
    when = _first(ld.get("datePublished"), metas.get("article:published_time"), metas.get("date"))
    if when is None and (time := soup.find("time", attrs={"datetime": True})):
        when = str(time["datetime"])
    canonical = soup.find("link", rel="canonical")
    return {
        "title": title,
        "kicker": _first(ld.get("articleSection"), metas.get("article:section")),
        "authors": _names(ld.get("author")) or _split(metas.get("author")) or _rel_authors(soup),
        "tags": _split(ld.get("keywords")) or _split(metas.get("keywords")) or _split(metas.get("news_keywords")),
        "publication": _first(metas.get("og:site_name"), _names(ld.get("publisher"))),
        "published": _date(when),
        "url": url or _first(canonical.get("href") if isinstance(canonical, Tag) else None, metas.get("og:url")),
    }


def _json_ld(soup: BeautifulSoup) -> dict[str, Any]:
    """The first schema.org article object in the page's JSON-LD, or ``{}``."""
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
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


def _rel_authors(soup: BeautifulSoup) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(a.get_text(" ", strip=True) for a in soup.find_all("a", rel="author") if a.get_text(strip=True))
    )


def _date(value: str | None) -> dt.datetime | None:
    """A time-zone-aware date and time (UTC when the page gives no zone)."""
    if not value:
        return None
    when = classify.read_date(value)
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


# Cleaning ------------------------------------------------------------------------------------------------


def _classes(tag: Tag) -> list[str]:
    classes = tag.get("class")
    return [str(c) for c in classes] if isinstance(classes, list) else [str(classes)] if classes else []


def _marks(tag: Tag) -> set[str]:
    """The words of a tag's class and id: ``post-comments`` gives post and comments."""
    words = " ".join([*_classes(tag), str(tag.get("id") or "")])
    return set(re.split(r"[\s_-]+", words.lower())) - {""}


def _is_pull_quote(tag: Tag, cues: Cues) -> bool:
    marks = _marks(tag)
    return bool(marks & set(cues.pull_quote_marks)) or "".join(sorted(marks)) in cues.pull_quote_marks


def _clean(body: Tag, cues: Cues, dropped: list[Dropped]) -> None:
    """Take the page furniture out of *body*, noting why."""
    for comment in body.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in body.find_all(_INERT_TAGS):
        if not tag.decomposed:
            dropped.append(Dropped(f"tag <{tag.name}>", _describe(tag), _clip(tag.get_text(" ", strip=True))))
            tag.decompose()
    boilerplate = set(cues.boilerplate_marks)
    protected = set(cues.note_marks) | set(cues.caption_marks) | set(cues.credit_marks)
    total = len(body.get_text())
    for tag in body.find_all(True):
        if tag.decomposed or tag.parent is None:
            continue
        rule = _junk_rule(tag, cues, boilerplate, protected)
        if rule is None:
            continue
        text = tag.get_text(" ", strip=True)
        # A wrapper named "widget", "ad-margins" or a <form> around the whole page holds
        # most of its text: that is the article's, not furniture.
        if len(text) > total / 2:
            continue
        dropped.append(Dropped(rule, _describe(tag), _clip(text)))
        tag.decompose()


def _junk_rule(tag: Tag, cues: Cues, boilerplate: set[str], protected: set[str]) -> str | None:
    name = tag.name
    if name in _JUNK_TAGS:
        return f"tag <{name}>"
    if (
        tag.get("hidden") is not None
        or tag.get("aria-hidden") == "true"
        or "display:none" in str(tag.get("style", "")).replace(" ", "")
    ):
        return "hidden"
    if _is_pull_quote(tag, cues):
        return None
    if name in {"header", "footer"} and tag.find_parent("article") is None:
        return f"page <{name}>"
    if name == "aside":
        return "tag <aside>"
    marks = _marks(tag)
    if marks & protected or not (found := marks & boilerplate):
        return None
    if marks & _KEEP_MARKS and _has_prose(tag):  # "entry-content" stays, "article-tags" goes
        return None
    return f'class "{sorted(found)[0]}"'


def _prose(tag: Tag) -> int:
    """How much paragraph text *tag* holds."""
    return sum(len(p.get_text()) for p in tag.find_all("p"))


def _has_prose(tag: Tag) -> bool:
    return any(len(p.get_text()) > 80 for p in tag.find_all("p", limit=20))


def _describe(tag: Tag) -> str:
    described = tag.name + "".join(f".{c}" for c in _classes(tag)[:2])
    return described + (f"#{tag['id']}" if tag.get("id") else "")


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


# The body -----------------------------------------------------------------------------------------------


def _container(body: Tag, cues: Cues) -> Tag:
    """The element that holds the article's prose."""
    scores: dict[int, float] = {}
    tags: dict[int, Tag] = {}
    for paragraph in body.find_all(["p", "pre", "blockquote", "figcaption", "li", "div"]):
        if paragraph.name == "div" and paragraph.find(_BLOCK_TAGS) is not None:
            continue  # a div of text only is a paragraph too
        text = paragraph.get_text(" ", strip=True)
        if len(text) < 25:
            continue
        weight = 1 + text.count(",") + min(len(text) / 100, 3)
        for depth, ancestor in enumerate(paragraph.parents):
            if depth > 2 or ancestor is body.parent:
                break
            tags[id(ancestor)] = ancestor
            scores[id(ancestor)] = scores.get(id(ancestor), 0) + weight / (1 + depth)
    if not scores:
        return body
    content = set(cues.content_marks)

    def score(key: int) -> float:
        tag = tags[key]
        marked = _marks(tag) & content or tag.name in {"article", "main"} or tag.get("itemprop") == "articleBody"
        return scores[key] * (1.25 if marked else 1) * (1 - _link_density(tag))

    best = tags[max(scores, key=score)]
    # The semantic article around the prose holds its lead picture and standfirst too.
    article = best if best.name == "article" else best.find_parent("article")
    if isinstance(article, Tag) and article.find("article") is None:
        return article
    # Climb while the parent holds clearly more prose of its own: a body split in sections.
    while best.parent is not None and best.parent is not body.parent and id(best.parent) in scores:
        if score(id(best.parent)) < 1.3 * score(id(best)):
            break
        best = best.parent
    return best


def _link_density(tag: Tag) -> float:
    text = len(tag.get_text(strip=True)) or 1
    links = sum(len(a.get_text(strip=True)) for a in tag.find_all("a"))
    return min(links / text, 1.0)


def _first_heading(tag: Tag) -> str | None:
    heading = tag.find("h1")
    return _text(heading).strip() or None if isinstance(heading, Tag) else None


def _notes_after(container: Tag, cues: Cues) -> Iterator[Tag]:
    """Elements after the body that are marked as notes: an author box, a disclaimer."""
    marks = set(cues.note_marks)
    for tag in container.find_all_next(True):
        inside = any(p is container or _marks(p) & marks for p in tag.parents)
        if _marks(tag) & marks and not inside:
            yield tag


def _record_outside(body: Tag, container: Tag, seen: set[int], dropped: list[Dropped]) -> None:
    """Note the prose left outside the body, for whoever asks why a paragraph went missing."""
    for paragraph in body.find_all(["p", "h2", "h3", "li"]):
        if id(paragraph) in seen or any(p is container for p in paragraph.parents):
            continue
        text = paragraph.get_text(" ", strip=True)
        if len(text) >= 20:
            dropped.append(Dropped("outside the body", _describe(paragraph), _clip(text)))


# Blocks -------------------------------------------------------------------------------------------------


def _text(tag: Tag | NavigableString) -> str:
    """The words of an element, white space folded, ``<br>`` kept as a line break."""
    return _fold("".join(_strings(tag)))


def _strings(node: Tag | NavigableString) -> Iterator[str]:
    """The strings under *node* in order, ``<br>`` as a line break (without recursion: pages nest deep)."""
    for item in [node] if isinstance(node, NavigableString) or node.name == "br" else node.descendants:
        if isinstance(item, Tag):
            if item.name == "br":
                yield "\n"
        elif not isinstance(item, Comment):
            yield str(item)


def _fold(text: str) -> str:
    lines = [_SPACE.sub(" ", line).strip(" ") for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


class _Reader:
    """Walks the body in reading order and makes blocks."""

    def __init__(self, cues: Cues, title: str | None) -> None:
        self.cues = cues
        self.title = title
        self.blocks: list[Block] = []
        self.seen: set[int] = set()
        self.headline = False
        self.depth = 0  # of nested containers; past _DEEP one is read as a single paragraph

    def read(self, tag: Tag) -> None:
        self.seen.add(id(tag))
        self.depth += 1
        try:
            self._children(tag)
        finally:
            self.depth -= 1

    def _children(self, tag: Tag) -> None:
        inline: list[Tag | NavigableString] = []
        for child in tag.children:
            if isinstance(child, Tag) and (child.name in _BLOCK_TAGS or child.find(_BLOCK_TAGS)):
                self._prose(inline)
                inline = []
                self._block(child)
            elif isinstance(child, Tag | NavigableString) and not isinstance(child, Comment):
                inline.append(child)
        self._prose(inline)

    def _block(self, tag: Tag) -> None:
        self.seen.add(id(tag))
        name = tag.name
        if _is_pull_quote(tag, self.cues):
            self._pull_quote(tag)
        elif name == "figure" or (tag.find("img") and _marks(tag) & {"caption", "figure", "photo", "image"}):
            self._figure(tag)
        elif _marks(tag) & set(self.cues.caption_marks) or name == "figcaption":
            self._caption(tag, None)
        elif name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._heading(tag)
        elif name in {"ul", "ol"}:
            items = tuple(t for li in tag.find_all("li", recursive=False) if (t := _text(li)))
            if items:
                self.blocks.append(ItemList(items=items, ordered=name == "ol"))
        elif name == "blockquote":
            text = "\n\n".join(t for p in (tag.find_all("p") or [tag]) if (t := _text(p)))
            if text:
                self.blocks.append(Quote(text=text))
        elif name in {"p", "pre", "address"} or self.depth > _DEEP or not tag.find(_BLOCK_TAGS):
            self._paragraph(_text(tag), tag)
        else:
            self.read(tag)

    def _prose(self, nodes: list[Tag | NavigableString]) -> None:
        for node in nodes:
            if isinstance(node, Tag):
                self._images(node)
        text = _fold("".join(s for node in nodes for s in _strings(node)))
        if text:
            self._paragraph(text, None)

    def _images(self, tag: Tag) -> None:
        """The pictures in a run of text, before it: scraped text shows their alt text first."""
        for img in [tag] if tag.name == "img" else tag.find_all("img"):
            self._image(img)

    def _paragraph(self, text: str, tag: Tag | None) -> None:
        if tag is not None:
            self._images(tag)
        if not text or (tag is not None and _marks(tag) & _HEADER_MARKS and tag.find_parent("header")):
            return  # kicker, byline and dateline above the article: metadata, read from the head
        top = all(isinstance(b, Heading) or getattr(b, "role", None) for b in self.blocks)
        block: Block
        if self.title and classify.normalise(text) == classify.normalise(self.title):
            block = Fragment(text=text, role="title")
        elif tag is not None and _marks(tag) & set(self.cues.standfirst_marks):
            block = Standfirst(text=text)
        else:
            block = decide.prose_block(text, self.blocks, top, self.cues)
        self.blocks.append(block)

    def _heading(self, tag: Tag) -> None:
        text = _text(tag)
        if not text:
            return
        same = self.title is not None and classify.normalise(text) == classify.normalise(self.title)
        if tag.name == "h1" and not self.headline and (self.title is None or same):
            self.title, self.headline = self.title or text, True  # the headline: metadata, not a block
        elif same:
            self.blocks.append(Fragment(text=text, role="title"))  # the title again, as in scraped text
        else:
            self.blocks.append(Heading(text=text, level=int(tag.name[1])))

    def _image(self, img: Tag) -> None:
        src = str(img.get("data-src") or img.get("data-lazy-src") or img.get("src") or "") or None
        alt = _fold(str(img.get("alt") or ""))
        self.blocks.append(Image(alt=alt, src=src, slug=_slug(src, alt)))

    def _figure(self, tag: Tag) -> None:
        caption = tag.find("figcaption") or self._marked(tag, self.cues.caption_marks) or tag.find(itemprop="caption")
        img = tag.find("img")
        image = None
        if isinstance(img, Tag):
            self._image(img)
            image = len(self.blocks) - 1
        if isinstance(caption, Tag):
            self._caption(caption, image)

    def _caption(self, tag: Tag, image: int | None) -> None:
        if image is None and self.blocks and isinstance(self.blocks[-1], Image):
            image = len(self.blocks) - 1
        credit_tag = (
            self._marked(tag, self.cues.credit_marks) or tag.find("small") or tag.find(itemprop="copyrightHolder")
        )
        if isinstance(credit_tag, Tag):
            credit = _text(credit_tag).strip("()[] ")
            credit_tag.extract()
            text = _text(tag)
            if credit:
                self.blocks.append(Caption(text=text, credit=credit, image=image))
                return
        text = _text(tag)
        if not text:
            return
        found = classify.find_credit(text, self.cues)
        if found is None:
            self.blocks.append(Caption(text=text, image=image))
        else:
            self.blocks.append(
                Caption(
                    text=found.text,
                    credit=found.credit,
                    image=image,
                    credit_prefix=found.prefix,
                    credit_suffix=found.suffix,
                )
            )

    @staticmethod
    def _marked(tag: Tag, marks: tuple[str, ...]) -> Tag | None:
        """The first element inside *tag* whose class or id has one of *marks*."""
        wanted = set(marks)
        return next((t for t in tag.find_all(True) if _marks(t) & wanted), None)

    def _pull_quote(self, tag: Tag) -> None:
        cite = tag.find(["cite", "footer"]) or self._marked(tag, ("attribution",))
        attribution = None
        if isinstance(cite, Tag):
            attribution = _text(cite).lstrip("\u2013\u2014- ").strip() or None
            cite.extract()
        text = _text(tag)
        if attribution is not None:  # the dash that led to the attribution stays behind
            text = text.rstrip(" \u2013\u2014-")
        quote = PullQuote(text=text, attribution=attribution)
        opening, closing = text[:1], text[-1:]
        if opening in '\u201c"\u00ab\u2018' and closing in '\u201d"\u00bb\u2019' and len(text) > 2:
            quote = attrs.evolve(quote, text=text[1:-1].strip(), opening=opening, closing=closing)
        if quote.text:
            self.blocks.append(quote)


def _slug(src: str | None, alt: str) -> Slug | None:
    """What the picture's file name says, when it follows the WordPress pattern."""
    if not src:
        return None
    name = re.sub(r"(-\d+x\d+)?\.\w+$", "", src.rsplit("/", 1)[-1].split("?")[0])
    words = re.sub(r"[-_]+", " ", name).strip().lower()
    if found := classify.read_slug(words):
        return found[0]
    return Slug(words=words) if words and alt.lower().startswith(words) else None
