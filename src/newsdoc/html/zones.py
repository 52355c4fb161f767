"""Finding the article in a page: cleaning out the furniture, then the body and the notes around it."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.etree
import lxml.html

from ..cues import Cues
from .blocks import BLOCK_TAGS, Dropped, clip, describe, is_pull_quote, marks

__all__ = ["clean", "container", "first_heading", "notes_after", "record_outside"]

# Never the article's words: taken out first, always.
_INERT_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "canvas", "object", "embed", "video")
# Usually furniture, but some sites wrap the whole page in one of these.
_JUNK_TAGS = {"form", "button", "input", "select", "textarea", "nav", "map", "dialog", "menu"}
_KEEP_MARKS = {"article", "body", "main", "content", "entry", "story", "text", "articlebody", "prose"}
_SCORED = ("p", "pre", "blockquote", "figcaption", "li", "div")


def _words(element: lxml.html.HtmlElement) -> set[str]:
    return marks(element.get("class"), element.get("id"))


def clean(body: lxml.html.HtmlElement, cues: Cues, dropped: list[Dropped]) -> None:
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
    keep = set(container(body, cues, strict=True).iterancestors())
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


def container(body: lxml.html.HtmlElement, cues: Cues, *, strict: bool = False) -> lxml.html.HtmlElement:
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


def first_heading(element: lxml.html.HtmlElement) -> str | None:
    """The words of the first ``h1`` in *element*, or ``None``."""
    heading = element.find(".//h1")
    return " ".join(heading.text_content().split()) or None if heading is not None else None


def notes_after(
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


def record_outside(body: lxml.html.HtmlElement, kept: list[lxml.html.HtmlElement], dropped: list[Dropped]) -> None:
    """Note the prose left outside the body, for whoever asks why a paragraph went missing."""
    for paragraph in body.iter("p", "h2", "h3", "li"):
        text = " ".join(paragraph.text_content().split())
        if len(text) >= 20 and not any(paragraph is k or _inside(paragraph, k) for k in kept):
            dropped.append(Dropped("outside the body", _describe(paragraph), clip(text)))
