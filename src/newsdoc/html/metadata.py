"""What a page says about its article: JSON-LD, OpenGraph and other meta tags, ``<time>``."""

from __future__ import annotations

import collections
import datetime as dt
import functools
import html
import itertools
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.etree

from .. import classify
from ..cues import Cues
from .parts import marks
from .tree import TAG_WORDS, Element, shown_text, tag_links, text_of

__all__ = ["metadata"]

_ARTICLE_TYPES = {
    "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "OpinionNewsArticle", "AnalysisNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting",
}  # fmt: skip


# Where a page gives its date, in the order to trust them: OpenGraph, schema.org microdata,
# Dublin Core, and the names news sites' analytics and search tags use (Parse.ly, Sailthru).
_DATE_NAMES = (
    "article:published_time", "article:published", "datepublished", "og:pubdate", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
    "parsely-pub-date", "sailthru.date", "datecreated", "date",
)  # fmt: skip
# A date in an address, as blogs and news sites write one: /2024/03/05/ or /2024/mar/05/ (a year from 1990 on).
_URL_DATE = re.compile(
    rf"/((?:19|20)\d\d)/(0?[1-9]|1[0-2]|{'|'.join(classify.MONTHS_ABBREVIATED)})/(0?[1-9]|[12]\d|3[01])(?:/|\b)"
)


_AUTHOR_METAS = frozenset({"author", "article:author", "og:article:author"})


def metadata(root: Element, url: str | None, cues: Cues) -> dict[str, Any]:
    """What the page says about the article, in its head and markup."""
    metas: dict[str, str] = {}
    writers: list[str] = []  # a page with two writers may give each a meta of its own
    item: Element | None = None  # the first microdata item a writer's meta belongs to: the article's
    tags: list[str] = []  # OpenGraph gives each tag a meta of its own: <meta property="article:tag" content="...">
    for tag in root.iter("meta"):
        content = str(tag.get("content") or "").strip()
        # A meta may name itself in three attributes, and itemprop with several words ("datePublished dateCreated").
        names = f"{tag.get('property') or ''} {tag.get('name') or ''} {tag.get('itemprop') or ''}".lower().split()
        for key in names if content else ():
            metas.setdefault(key, content)
        if content and "article:tag" in names:
            tags.append(content)
        # (OpenGraph's article:author is a link to a profile, but many a page puts the writer's name there)
        if content and any(key in _AUTHOR_METAS for key in names) and "://" not in content:
            # The page's own metas and the first item's; not a comment's, a review's or another story's after it
            own = _item(tag)
            if own is not None and _RESPONSE.search(str(own.get("itemtype") or "")):
                continue  # a reader's comment or review has its writer too
            item = own if item is None else item
            if own is None or own is item:
                writers += content.split(";")
    ld = _json_ld(root)
    canonical = root.find(".//link[@rel='canonical']")
    address = url or _first(canonical.get("href") if canonical is not None else None, metas.get("og:url"))
    publication = _first(metas.get("og:site_name"), _names(ld.get("publisher")))
    title = _first(ld.get("headline"), ld.get("name"), metas.get("og:title"), metas.get("twitter:title"))
    language = _language(root, ld, metas)
    authors = (
        _people(
            _names(ld.get("author"), people=True)
            or tuple(dict.fromkeys(filter(str.strip, writers)))  # a byline, read as one below
            or _linked_authors(root)
            or _microdata_authors(root),
            cues,
            spaced=(language or "").split("-")[0] in _SPACED_NAMES,
        )
        or _shown_authors(root, cues)
        or _names(ld.get("author"))  # the newsroom as the author, when no person is named
    )
    section = _first(ld.get("articleSection"), metas.get("article:section"))
    return {
        "title": _without_site(_without_site(title, publication), section),
        "summary": _first(
            ld.get("description"),
            metas.get("description"),
            metas.get("og:description"),
            metas.get("twitter:description"),
        ),
        "kicker": section,
        "authors": tuple(classify.author_name(name, cues) for name in authors),  # "By JANE ROE": Jane Roe
        "tags": _split(ld.get("keywords"))
        or _split(metas.get("keywords"))
        or _split(metas.get("news_keywords"))
        or _split(tags)
        or _linked_tags(root)
        or _classed_tags(root, cues),
        "publication": publication,
        "published": _published(root, ld, metas, address, cues),
        "url": address,
        "language": language,
        "body": ld.get("articleBody") if isinstance(ld.get("articleBody"), str) else None,
    }


def _published(root: Element, ld: dict[str, Any], metas: dict[str, str], url: str | None, cues: Cues) -> Any:
    """When the article was published: JSON-LD, meta tags, microdata, ``<time>``, then its address.

    Else, the date shown after the headline is (see :func:`_shown_date`).
    """
    for value in _given_dates(root, ld, metas):
        if isinstance(value, str) and (when := _date(value)) is not None:
            return when
    if url and (match := _URL_DATE.search(url)):
        year, month, day = match.groups()
        number = int(month) if month.isdigit() else classify.MONTHS_ABBREVIATED.index(month) + 1
        return dt.date(int(year), number, int(day))
    return _shown_date(root, cues) or _labelled_date(root, cues)


def _given_dates(root: Element, ld: dict[str, Any], metas: dict[str, str]) -> Iterator[object]:
    """The dates the page gives for the article, in the order they are trusted; each looked for only when asked."""
    yield ld.get("datePublished")
    yield ld.get("dateCreated")
    yield from (metas.get(name) for name in _DATE_NAMES)
    for element in root.iterfind(".//*[@itemprop]"):
        if "datepublished" in str(element.get("itemprop")).lower().split():
            # an <abbr> gives the machine's date in its title, its words a reader's: "9:12 AM"
            yield element.get("datetime") or element.get("content") or element.get("title") or text_of(element)
            break
    if (time := root.find(".//time[@datetime]")) is not None:
        yield time.get("datetime")


def _shown_date(root: Element, cues: Cues) -> dt.datetime | None:
    """The date that an element marked as one shows under the headline: ``Monday, November 18, 2019``."""
    for element in _under_headline(root, frozenset(cues.date_marks), cues):
        text = " ".join(text_of(element).split())
        if len(text) <= 60 and _YEAR.search(text) and (when := _date(text)) is not None:
            return when
    return None


def _labelled_date(root: Element, cues: Cues) -> dt.datetime | None:
    """The date a line labels as the article's, near the headline: ``Published: Monday, November 18th, 2019``.

    The label says what the date is, so the line may stand above the headline too, and
    in a page with no ``h1`` anywhere; a header's "today" has no label. Not a date that heads a
    section (a timeline's "June 4, 1943"), nor one in a quote (an embedded post's own date).
    """
    near = _near_headline(root, above=_ABOVE)
    for element in root.iter(lxml.etree.Element) if near is None else near:
        for text, said in ((element.text, element), (element.tail, element.getparent())):
            line = " ".join(text.split()) if text and classify.may_date(text, cues) else ""
            if line and (when := classify.published_date(line, cues)) is not None:
                if said is not None and (
                    said.tag in _ASIDE or next(said.iterancestors("blockquote"), None) is not None
                ):
                    continue
                moment = when if isinstance(when, dt.datetime) else dt.datetime(when.year, when.month, when.day)
                return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return None


def _shown_authors(root: Element, cues: Cues) -> tuple[str, ...]:
    """The authors that the byline under the headline names in its first line: ``By Jane Roe``.

    Not names without "By": a line of an author box runs on into "View more articles".
    """
    wanted = frozenset(cues.byline_marks)
    for element in _under_headline(root, wanted, cues):
        if found := _line_authors(element, cues):
            # The byline's own elements for the names, when it has them: "By Jane Roe" beside "Harbour Desk, Lisbon";
            # one for each writer: "By <span class=author>Jane Roe</span> and <span class=author>John Doe</span>"
            inner = (
                e for e in element.iterdescendants() if not marks(e.get("class"), e.get("id"), cues).isdisjoint(wanted)
            )
            named = (name for names in map(functools.partial(_line_authors, cues=cues), inner) for name in names or ())
            return tuple(dict.fromkeys(named)) or found
    return ()


def _line_authors(element: Element, cues: Cues) -> tuple[str, ...] | None:
    """The authors the first line of *element* names as a byline does; or a name, all it holds, as its class says.

    ``<span class="author">Jane Roe</span>``, perhaps the name a link: a name alone, in an element
    of its own. Not the line of an author box whose name runs on into a link after it ("Jane
    RoeView more articles"), a line of two elements.
    """
    line = shown_text(element, lines=True).partition("\n")[0]
    found = classify.byline_authors(line, cues) or _names_listed(" ".join(line.split()), element, cues)
    if found is None and _one_run(element) and classify.is_name(name := " ".join(text_of(element).split()), cues):
        found = (name,)
    return found


def _names_listed(line: str, element: Element, cues: Cues) -> tuple[str, ...] | None:
    """Two names or more and nothing else, as a template lists its writers without "By".

    The last two joined by a word ("Jane Roe and John Doe", "Jane Roe, John Doe and Ada Poe"), or
    each a link ("<a>Jane Roe</a>, <a>John Doe</a>"): not "Jane Roe, New York", her name and where.
    """
    if (names := classify.names_alone(line, cues)) is None:
        return None
    joined = not {*cues.name_joiners, "&"}.isdisjoint(line.split())
    linked = {" ".join(text_of(link).split()) for link in element.iter("a")}
    return names if joined or linked.issuperset(names) else None


def _one_run(element: Element) -> bool:
    """Whether *element* holds one run of words: no element in it, or one that holds them all."""
    inner = [child for child in element if isinstance(child.tag, str)]
    return not inner or (len(inner) == 1 and text_of(inner[0]).split() == text_of(element).split())


def _under_headline(root: Element, wanted: frozenset[str], cues: Cues) -> Iterator[Element]:
    """The elements near the first ``h1`` and after it whose class or id has a word of *wanted*.

    Not above it: there a site's header shows today's date, and its menu the authors' pages.
    """
    for element in _near_headline(root) or ():
        if not marks(element.get("class"), element.get("id"), cues).isdisjoint(wanted):
            yield element


def _near_headline(root: Element, above: int = 0) -> list[Element] | None:
    """The elements from *above* before the first ``h1`` to some way after it; ``None`` without an ``h1``."""
    before: collections.deque[Element] = collections.deque(maxlen=above)  # not a list of all: a page may hold millions
    elements = root.iter(lxml.etree.Element)
    for element in elements:
        if element.tag == "h1":
            return [*before, element, *itertools.islice(elements, _NEAR - 1)]
        before.append(element)
    return None


_NEAR = 300  # elements after the headline
_ASIDE = frozenset({"h2", "h3", "h4", "h5", "h6", "blockquote"})  # a section's date, a quote's
_ABOVE = 30  # elements before it, where a header may label the date
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _linked_authors(root: Element) -> tuple[str, ...]:
    """The words of the links the page marks as its author's: ``<a rel="author">``.

    Without the words before the name that a theme writes in the link: "View all posts by Jane Roe".
    Not a link to the site's home page: a blog's theme marks its title so, on every page
    (``<a class="site-title" rel="author" href="/">``), and names the site.
    """
    names = (
        _WORDS_BY.sub("", " ".join(text_of(link).split()))
        for link in root.iterfind(".//a[@rel='author']")
        if not _HOME.match(str(link.get("href", "")).strip())
    )
    return tuple(dict.fromkeys(filter(None, names)))


_HOME = re.compile(r"(?:\.?/)?(?:index\.html?)?\Z")  # "/", "./", "index.html": the site's own, whatever its address
_WORDS_BY = re.compile(r"\A(?:[^\W\d_]+\s+){0,4}(?i:by)\s+(?=\S)")  # "View all posts by ", "More by ", "By "


def _linked_tags(root: Element) -> tuple[str, ...]:
    """The words of the links the page marks as its tags: ``<a rel="tag">``, as the rel-tag microformat has it.

    Not a category's (WordPress writes ``rel="category tag"``): the section the post is filed under.
    The links stand in one box; a page of many stories, each with its tags, names none of its own.
    """
    links = tag_links(root)
    boxes = {next((a for a in link.iterancestors() if a.tag not in _INLINE_OR_ITEM), None) for link in links}
    if len(boxes) != 1:
        return ()
    return tuple(dict.fromkeys(filter(None, (" ".join(text_of(link).split()) for link in links))))


_INLINE_OR_ITEM = frozenset({"li", "span", "em", "strong", "b", "i", "small"})


def _classed_tags(root: Element, cues: Cues) -> tuple[str, ...]:
    """The words of the links in the first box its class names the article's tags (see ``Cues.tags_marks``).

    ``<ul class="post-tags"><li><a>Ferries</a></li>...</ul>``, perhaps a label before them ("Tags:"):
    each link a topic of a few words. Not a box in a sidebar (a tag cloud of the whole site).
    """
    wanted = frozenset(cues.tags_marks)
    for element in root.iterfind(".//*[@class]"):
        classes = str(element.get("class"))
        if not any(word in classes.lower() for word in wanted) or marks(classes, None, cues).isdisjoint(wanted):
            continue
        if any(a.tag in {"aside", "nav"} for a in element.iterancestors()):
            continue
        names = [" ".join(text_of(link).split()) for link in element.iter("a")]
        if names and all(0 < len(name.split()) <= TAG_WORDS for name in names):
            return tuple(dict.fromkeys(names))
    return ()


def _microdata_authors(root: Element) -> tuple[str, ...]:
    """The authors schema.org microdata marks in the page: ``itemprop="author"``, or its ``name`` inside."""
    names = []
    for element in root.iterfind(".//*[@itemprop]"):
        if "author" not in str(element.get("itemprop")).lower().split() or element.tag == "meta":
            continue
        inner = next((e for e in element.iterfind(".//*[@itemprop='name']")), element)
        names.append(" ".join((inner.get("content") or text_of(inner)).split()))
    return tuple(dict.fromkeys(name for name in names if 0 < len(name.split()) <= 6))


_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def _language(root: Element, ld: dict[str, Any], metas: dict[str, str]) -> str | None:
    """The page's language: ``<html lang>``, JSON-LD ``inLanguage``, ``og:locale``, Content-Language."""
    given = (root.get("lang"), root.get("xml:lang"), ld.get("inLanguage"), metas.get("og:locale"))
    for value in (*given, metas.get("content-language"), metas.get("language")):
        if isinstance(value, str) and _LANGUAGE.fullmatch(value.strip()):
            # As BCP 47 writes a tag: the language in lower case, a region in capitals ("en-US", "pt-BR").
            language, *rest = value.strip().replace("_", "-").split("-")
            return "-".join([language.lower(), *(part.upper() if len(part) == 2 else part for part in rest)])
    return None


def _json_ld(root: Element) -> dict[str, Any]:
    """The first schema.org article object in the page's JSON-LD, its references filled in, or ``{}``.

    An article's author and publisher are often references (``{"@id": ...}``) to other
    objects of the same ``@graph``, as WordPress plugins write them; a page without an
    article object still dates itself in its ``WebPage``.
    """
    items = []
    for script in root.iterfind(".//script[@type='application/ld+json']"):
        try:
            items += _ld_items(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue
    by_id = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    for item in items:
        kinds = item.get("@type")
        if set(kinds if isinstance(kinds, list) else [kinds]) & _ARTICLE_TYPES:
            return {key: _resolved(value, by_id) for key, value in item.items()}
    return {key: item[key] for item in items for key in ("datePublished", "inLanguage") if key in item}


def _resolved(value: object, by_id: dict[str, dict[str, Any]]) -> object:
    """*value*, a reference ``{"@id": ...}`` (or a list of them) replaced by the object it names."""
    if isinstance(value, list):
        return [_resolved(item, by_id) for item in value]
    if isinstance(value, dict) and set(value) == {"@id"} and isinstance(value["@id"], str):
        return by_id.get(value["@id"], value)
    return value


def _ld_items(data: object) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [item for entry in data for item in _ld_items(entry)]
    if isinstance(data, dict):
        return [data, *_ld_items(data.get("@graph", []))]
    return []


def _first(*values: object) -> str | None:
    for value in values:
        first = value[0] if isinstance(value, list | tuple) and value else value
        if isinstance(first, str) and first.strip():
            return _words(first)
    return None


def _names(value: object, *, people: bool = False) -> tuple[str, ...]:
    """The names of schema.org people or organisations (*people*: of people alone, no ``Organization``)."""
    items = value if isinstance(value, list) else [value]
    if people:
        items = [item for item in items if not _organisation(item)]
    names = [item.get("name") if isinstance(item, dict) else item for item in items]
    return tuple(_words(n) for n in names if isinstance(n, str) and n.strip())


def _organisation(item: object) -> bool:
    """Whether *item* is a schema.org organisation: its type an ``Organization`` (``NewsMediaOrganization``)."""
    kinds = item.get("@type") if isinstance(item, dict) else None
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and kind.endswith("Organization") for kind in kinds)


_RESPONSE = re.compile(r"Comment|Review", re.I)  # schema.org's types of what readers and critics write


def _item(tag: Element) -> Element | None:
    """The microdata item *tag* belongs to (its nearest ``itemscope``), or ``None``: the page's own."""
    return next((a for a in tag.iterancestors() if a.get("itemscope") is not None), None)


def _people(names: tuple[str, ...], cues: Cues, *, spaced: bool = False) -> tuple[str, ...]:
    """The authors that *names* give, each read as a byline reads it.

    A page's metadata may write an author's name as its byline shows it: "By Jane Roe",
    "Jane Roe | Harbour Media", "Jane Roe, Staff Writer", "Jane Roe, MD". On a page in a language
    that *spaced* says sets a space between the family and the given name in a script without
    capitals, as Japanese does ("田村 直子"), two such words are one writer's name.
    """
    people: list[str] = []
    for given in names:
        name = _BY.sub("", given)
        if spaced and classify.uncased(name) and len(words := name.split()) == _FAMILY_AND_GIVEN:
            people.append(" ".join(words))
            continue
        people += classify.byline_authors(f"By {name}", cues) or _split(name)
    once: dict[str, str] = {}  # each once, as first written: "Jane Roe" in one meta, "JANE ROE" in another
    for person in people:
        once.setdefault(person.casefold(), person)
    return tuple(once.values())


_BY = re.compile(r"\A(?i:by)\s+")
# The languages whose pages part a name's family and given names with a space, in a script without capitals
_SPACED_NAMES = frozenset({"ja"})
_FAMILY_AND_GIVEN = 2  # words


def _split(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(_words(v) for v in value if isinstance(v, str) and v.strip())
    if isinstance(value, str):
        return tuple(_words(v) for v in re.split(r"[,;]", value) if v.strip())
    return ()


def _words(value: str) -> str:
    """A value's words, its white space made single spaces.

    A value with character references in it is unescaped first: WordPress and its SEO plugins
    write titles into JSON-LD and ``og:title`` as ``Review &#8211; a title``, which a page
    shows as "Review – a title".
    """
    if "&" in value:
        value = html.unescape(value)
    return " ".join(value.split())


def _without_site(title: str | None, site: str | None) -> str | None:
    """*title* without the site's (or the section's) name after it, as page titles write it: "Headline | Site"."""
    head = title.removesuffix(site) if title and site else title
    if head and head != title and (separator := _SEPARATOR_AT_END.search(head)) and separator.start():
        return head[: separator.start()]
    return title


_SEPARATOR_AT_END = re.compile(classify.TITLE_SEPARATOR.pattern + r"\Z")


def _date(value: str | None) -> dt.datetime | None:
    """A time-zone-aware date and time (UTC when the page gives no zone); none before 1900, a placeholder.

    None without a year: a time of day alone ("09:12") would be read as today's. A date in numbers
    is read as a dateline's is: "12.03.2024" is 12 March, and "03/04/2024" no day.
    """
    value = classify.numbers_read(value) if value and _YEAR.search(value) else None
    when = classify.read_date(value) if value else None
    if when is None or when.year < 1900:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
