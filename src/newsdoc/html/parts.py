"""What an element's markup says: its class words, and the part of an article they name.

A class name is read as words (``pull-quote__text`` gives pull, quote, text and the
joined pullquote), and the words, the tag and microdata name a part of the article
(a caption, a credit, a pull quote, a standfirst, a note) by the vocabularies of
:class:`~newsdoc.Cues`. Cleaning (:mod:`~newsdoc.html.zones`) and the block walker
(:mod:`~newsdoc.html.blocks`) ask the same questions here, so they agree.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

import lxml.etree
import lxml.html.defs
from attrs import frozen

from .. import classify, decide
from ..cues import Cues

__all__ = [
    "ROLES",
    "Dropped",
    "clip",
    "component_part",
    "component_words",
    "describe",
    "element_markup",
    "element_words",
    "marked_part",
    "marking",
    "marks",
    "name_words",
    "role",
]


@frozen
class Dropped:
    """A part of the page left out as boilerplate, and the rule that left it out."""

    rule: str
    """Why it was left out, such as ``tag <nav>``, ``class "sidebar"``, ``link list`` or ``outside the body``."""
    element: str
    """The element, as ``tag.class#id`` with at most two classes; ``text`` when a
    stock line was caught as paragraph text rather than by its element."""
    text: str
    """Its first words, white space folded, cut at 60 characters."""

    @classmethod
    def of(cls, rule: str, element: str, words: str) -> Dropped:
        """The record of an element left out by *rule*, with the first of its *words* (60 characters at most).

        Records are values: the same rule, element and words give the same object, which a
        page that leaves out the same menu or "Share" button thousands of times stores once.
        """
        return _dropped(rule, element, clip(words))


@functools.lru_cache(maxsize=4096)
def _dropped(rule: str, element: str, text: str) -> Dropped:
    return Dropped(rule, element, text)


def describe(name: str, classes: str | None, ident: str | None) -> str:
    """An element as ``tag.class#id``, for a reader of :class:`Dropped`."""
    names = (classes or "").split()
    return name + "".join(f".{c}" for c in names[:2]) + (f"#{ident}" if ident else "")


def clip(text: str, width: int = 60) -> str:
    """The first words of *text*."""
    # Folded from its start first: a dropped footer holds thousands of words, and its start
    # folds to the start of the whole folded text.
    folded = " ".join(text[: 4 * width].split())
    if len(folded) <= width:
        folded = " ".join(text.split())
    return folded if len(folded) <= width else folded[: width - 1] + "\u2026"


@functools.lru_cache(maxsize=65536)  # elements of a kind repeat across a page, and across a site's pages
def element_words(name: str, classes: str | None, ident: str | None, cues: Cues) -> frozenset[str]:
    """The class words of an element (see :func:`marks`), with the words of its tag name if it is no HTML tag.

    A custom element such as ``<author-bio>`` or ``<disclaimer>`` names its part as a class would.
    """
    words = marks(classes, ident, cues)
    return words if name in _HTML_TAGS else words | name_words(name, cues)


_HTML_TAGS = frozenset(lxml.html.defs.tags) | {"bdi", "data", "dialog", "main", "picture", "search", "slot", "template"}


def marks(classes: str | None, ident: str | None, cues: Cues) -> frozenset[str]:
    """The words of a class and an id, each part alone and each two neighbours joined.

    ``post-comments`` gives post, comments and postcomments; ``articleDek``
    gives article, dek and articledek. A class that names the article's topic
    (``category-sharing``) or shows an element on some screens only
    (``hidden-xs``) gives none: see :class:`~newsdoc.Cues`.
    """
    if not classes and not ident:
        return _NONE
    words = _class_words(classes, cues) if classes else _NONE
    return words | name_words(ident, cues) if ident else words


_NONE: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=65536)  # whole class attributes repeat across a page, and across a site's pages
def _class_words(classes: str, cues: Cues) -> frozenset[str]:
    return _NONE.union(*(name_words(name, cues) for name in classes.split()))


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_PARTS = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=65536)
def name_words(name: str, cues: Cues) -> frozenset[str]:
    """The words of one class name."""
    if name.lower().startswith(cues.topic_class_prefixes):
        return _NONE
    parts = []
    for chunk in _PARTS.split(name):
        camel = _CAMEL.split(chunk)  # articleDek; but not a hash such as jYmlSu
        parts.extend(camel if all(len(part) > 2 for part in camel) else [chunk])
    parts = [part.lower() for part in parts if part]
    if not set(parts).isdisjoint(cues.screen_sizes):
        return _NONE
    related = next((at for at, part in enumerate(parts) if part in cues.relation_words), None)
    if related is not None and cues.boilerplate_marks and set(parts[related:]).isdisjoint(cues.boilerplate_marks):
        # "graf-after--pullquote": where it stands (not "inline-after-paragraph-newsletter"); "has-pullquote": what
        # it holds
        parts = parts[:related]
    words = {*parts, *(a + b for a, b in itertools.pairwise(parts))}
    for at, part in enumerate(parts):
        if part in cues.state_marks and any(word in cues.parts_with_states for word in parts[:at]):
            # "is-hidden" hides the element, "overflow-hidden" what overflows it
            words -= {part, *(a + b for a, b in itertools.pairwise(parts) if part in (a, b))}
    return frozenset(words)


def element_part(element: lxml.etree._Element, cues: Cues) -> str | None:
    """The part of an article the markup of *element* names: :func:`role` of its tag, class words and microdata."""
    name = element.tag
    if not isinstance(name, str):
        return None  # an entity or a comment left in the tree: no element, no part
    names = element.keys()
    if not names and name in _HTML_TAGS:
        return _TAG_PARTS.get(name)  # as many elements are: only the tag can name a part
    classes, ident, itemprop = marking(element, names)
    if classes is None and ident is None and itemprop is None and name in _HTML_TAGS:
        # as most elements are: only the tag can name a part, or the name of the component it renders
        return _component_part(element, name, names, cues) or _TAG_PARTS.get(name)
    return marked_part(name, classes, ident, itemprop, cues)[1] or _component_part(element, name, names, cues)


@functools.lru_cache(maxsize=65536)  # as element_words: one lookup where two would each hash the cues
def marked_part(
    name: str, classes: str | None, ident: str | None, itemprop: str | None, cues: Cues
) -> tuple[frozenset[str], str | None]:
    """The class words of an element (:func:`element_words`) and the part they and its microdata name (:func:`role`)."""
    words = element_words(name, classes, ident, cues)
    return words, role(name, words, itemprop, cues)


def element_markup(element: lxml.etree._Element, cues: Cues) -> tuple[frozenset[str], str | None]:
    """The class words of *element* (:func:`element_words`), and the part its markup names as the block walk reads it.

    :func:`role` of its tag, class words and microdata; else the part its component names (:func:`component_part`).
    """
    name, names = str(element.tag), element.keys()
    words, part = marked_part(name, *marking(element, names), cues)
    return words, part or _component_part(element, name, names, cues)


def marking(element: lxml.etree._Element, names: Sequence[str | bytes]) -> tuple[str | None, str | None, str | None]:
    """The ``class``, ``id`` and ``itemprop`` of *element*, whose attributes' *names* (its ``keys()``) are given.

    Each attribute asked of lxml costs about what the names of all of them do: only those there are read.
    """
    return (
        element.get("class") if "class" in names else None,
        element.get("id") if "id" in names else None,
        element.get("itemprop") if "itemprop" in names else None,
    )


def component_words(element: lxml.etree._Element, cues: Cues) -> frozenset[str]:
    """The words of the name of the component *element* renders (``byline-block`` of ``data-component``)."""
    names = element.keys()
    for attribute in cues.component_attributes if names else ():
        if attribute in names and (value := element.get(attribute)):
            return name_words(str(value), cues)
    return _NONE


def component_part(element: lxml.etree._Element, cues: Cues) -> str | None:
    """The part of an article that *element*'s component names: ``data-component="standfirst"``.

    A template that hashes its classes (``dcr-7vl6y8``) may name each component in an attribute
    of its own (see :attr:`~newsdoc.Cues.component_attributes`), read as a class is.
    """
    return _component_part(element, str(element.tag), element.keys(), cues)


def _component_part(element: lxml.etree._Element, name: str, names: Sequence[str | bytes], cues: Cues) -> str | None:
    """:func:`component_part` of *element*, given its tag *name* and the *names* of its attributes.

    Most elements have few attributes, or none: their names are looked through once.
    """
    for attribute in cues.component_attributes if names else ():
        if attribute in names and (value := element.get(attribute)):
            return role(name, name_words(str(value), cues), None, cues)
    return None


_TAG_PARTS = {"figure": "figure", "figcaption": "caption"}
"""The parts a tag names by itself."""

ROLES = ("pull_quote", "figure", "caption", "credit", "bio", "disclaimer", "attribution", "lede", "standfirst")
"""The parts of an article that markup can name, in the order they are tried."""


@functools.lru_cache(maxsize=65536)  # kinds of element repeat across a page: asked of each, and again by the walk
def role(name: str, words: frozenset[str], itemprop: str | None, cues: Cues) -> str | None:
    """The part of an article an element's markup says it is (one of :data:`ROLES`), or ``None``.

    Microdata (``itemprop``) says it most plainly; then the tag and the class words.

    Args:
        name: The tag name.
        words: Its class words (see :func:`marks`).
        itemprop: Its ``itemprop`` attribute, if any.
        cues: The class vocabularies.
    """
    if not words and not itemprop:
        return _TAG_PARTS.get(name)
    props = set(str(itemprop or "").split())
    if props:
        for part, names in _ITEMPROPS.items():
            if not props.isdisjoint(names):
                return part
    vocabulary = _vocabulary(cues)
    found = next((part for part in ROLES if not words.isdisjoint(vocabulary[part])), None)
    if found == "caption" and not words.isdisjoint(vocabulary["credit"]):
        found = "credit"  # the caption's credit: "caption-credit", "c-caption__credit", "captionSource"
    if name == "figure" and found != "pull_quote":  # WordPress writes <figure class="wp-block-pullquote">
        return "figure"
    return "caption" if found is None and name == "figcaption" else found


_ITEMPROPS = {
    "caption": {"caption"},
    "credit": {"copyrightHolder", "creator"},
    "standfirst": {"description", "alternativeHeadline"},
}


@functools.cache
def _vocabulary(cues: Cues) -> dict[str, frozenset[str]]:
    return {part: frozenset(getattr(cues, f"{part}_marks", ())) for part in ROLES}


def header_role(words: frozenset[str], text: str, cues: Cues) -> str | None:
    """The role of a line in the article's header that its class words name: a kicker (or trail), a byline, a date."""
    if not words.isdisjoint(cues.byline_marks):
        # "author-date", "author-update": the byline's box names its date lines too, which their words tell apart
        # (not "Jane Roe | May 3, 2024", "Jane Roe, Professor of Law, Harbour University | May 3, 2024": the
        # byline, its date run in)
        dated = classify.shows_date(text, cues) and not decide.authors_of(text, cues)
        return "date" if dated else "byline"
    if not words.isdisjoint(cues.date_marks):
        return "date"
    if not words.isdisjoint(cues.kicker_marks) and sum(map(classify.shows_words, text.split())) <= _KICKER_WORDS:
        # the section's place in the site as a trail: "<div class="section">News &gt; Local</div>"
        return "breadcrumb" if classify.is_breadcrumb(text, cues) else "kicker"
    return None


_KICKER_WORDS = 5  # words at most of a kicker its class names (not the marks between: "WORLD \u00b7 EUROPE")
