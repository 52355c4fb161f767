"""Finding the article in a page: cleaning out the furniture, then the body, the article around it, its zones."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import cast

import lxml.etree

from .. import classify
from ..cues import Cues
from ..model import Attribution, Bio, Disclaimer
from .parts import Dropped, describe, element_part, element_words, marked_part, marking, marks, name_words
from .tree import (
    BLOCK_TAGS,
    TAG_WORDS,
    Element,
    Removals,
    category_links,
    holders,
    ink,
    ink_at_most,
    link_share,
    linked_heading,
    placeholder,
    tag_links,
    text_of,
)

__all__ = [
    "article_root",
    "clean",
    "container",
    "feed",
    "first_heading",
    "heading_over",
    "heading_text",
    "headline",
    "notes_after",
    "quotation",
    "record_outside",
    "tags_box",
    "tags_words",
    "take_out_inert",
    "trail",
    "trail_words",
    "zones",
]

# Never the article's words: taken out first, always.
_INERT_TAGS = (
    *("script", "style", "noscript", "template"),
    *("svg", "iframe", "canvas", "object", "embed", "video", "audio"),
)
# Usually furniture, but some sites wrap the whole page in one of these.
_JUNK_TAGS = {"form", "button", "input", "select", "textarea", "nav", "map", "dialog", "menu"}
# Words that name the frame of whatever they are in: the page's header, or the article's.
_FRAME_WORDS = frozenset({"header", "footer"})
_OWN_FRAMES = frozenset({"article", "blockquote", "figure"})  # elements a <header> or <footer> may belong to
_SCORED = ("p", "pre", "blockquote", "figcaption", "li", "div")
_LEAVES = frozenset({"p", "pre", "blockquote", "figcaption", "li", "h1", "h2", "h3", "h4", "h5", "h6"})


def _words(element: Element, cues: Cues) -> frozenset[str]:
    return element_words(str(element.tag), element.get("class"), element.get("id"), cues)


def clean(
    body: Element,
    cues: Cues,
    dropped: list[Dropped],
    headline: Element | None = None,
) -> set[Element]:
    """Take the page furniture out of *body*, noting why; never the wrappers of the *headline*.

    Call :func:`take_out_inert` first.

    Returns:
        The boxes kept as pull quotes: asides in the body that repeat its words.
    """
    quotes: set[Element] = set()
    boilerplate, frame = frozenset(cues.boilerplate_marks), frozenset(cues.chrome_marks)
    # The wrappers around the densest prose of the page are the article's, even one named
    # "widget" or "non-ad-column", or a <form> around the whole page. (Not that element itself:
    # before cleaning, the densest prose may be a comment thread.)
    prose = container(body, cues, strict=True, headline=headline)
    comments = frozenset(cues.comment_marks)
    keep = {a for a in prose.iterancestors() if _words(a, cues).isdisjoint(comments)}
    if headline is not None:  # the article's own header, even in a <header> or one classed "header"
        keep.update(headline.iterancestors(), [headline])
    # A box in the body that repeats the body's words is a pull quote, not a sidebar. (The
    # words as they stand now, before any are cut; folded only if the page has such a box.)
    prose_text = text_of(prose)
    repeated = functools.cache(lambda: classify.normalise(prose_text))
    total = functools.cache(lambda: ink(text_of(body)))  # and so is what holds most of the page's text
    parts: dict[Element, str | None] = {}
    signup = {a for field in body.iter("input") if _asks_for_email(field) for a in field.iterancestors()}
    looks = itertools.count(1)  # the asides looked for in the body's words

    def part_of(element: Element) -> str | None:
        if element not in parts:
            parts[element] = _part(element, cues)
        return parts[element]

    with Removals() as removals:
        # In page order, not looking inside what is dropped; each element with the class rule of
        # a wrapper that was kept only for the article's parts inside it.
        walk = _Walk(_within(body, None))
        for element, around in walk:
            if not isinstance(name := element.tag, str):
                continue
            rule = None
            if element not in keep:
                rule = _junk_rule(element, name, cues, boilerplate, part_of)
                if rule is None and element in signup and _signup_box(element, part_of):
                    rule = "sign-up box"
            if rule is not None and _category_over(element, headline):
                rule = None  # the story's category over its headline: its kicker, though its class names a box
                inside = set(element.iterdescendants())  # and what holds its links in it, whatever their class
                keep.update(a for link in element.iter("a") for a in link.iterancestors() if a in inside)
            if rule == "tag <aside>" and (
                (next(looks) <= _BOXES and _repeats(element, repeated)) or quotation(element) is not None
            ):
                rule = None
                quotes.add(element)
            if rule is None and around is not None and part_of(element) is None:
                rule = around
            if rule is not None and around is None and _article_footer(element, cues):
                # The footer or an aside of the article itself, whatever its class ("author-footer"): the writer's
                # bio, a note in it stays, as its words tell; the rest goes (its tags, its share buttons).
                walk.into(_footer_parts(element, rule, cues))
                continue
            # What holds most of the page's text is the article's wrapper, unless it holds its comments.
            if rule is not None and (
                ink_at_most(text := text_of(element), total() / 2) or not _words(element, cues).isdisjoint(comments)
            ):
                chrome = _chrome(element, cues, boilerplate, frame)
                if (
                    chrome
                    and (parent := element.getparent()) is not None
                    and part_of(parent) in _PROSE
                    and _link_density(element) < 0.5
                ):
                    # The frame of a dek or a note inside it: a widget's wrapper around its words (not a share bar).
                    walk.into(_within(element, None))
                    continue
                if chrome and any(map(part_of, itertools.islice(element.iterdescendants(), 300))):
                    # A caption, a dek or an author box in the page's frame (a share bar, a header): they stay.
                    # (Not looked for in a whole mega-menu: the article's own header is kept above.)
                    walk.into(_within(element, rule))
                    continue
                dropped.append(Dropped.of(rule, _describe(element), text))
                removals.take(element)
                continue
            walk.into(_within(element, None))
    return quotes


class _Walk:
    """Elements in page order, from the children of a root on, going into those it is told to.

    Each element's children are taken as they come, never all held at once: a page may have millions.
    """

    def __init__(self, children: Iterator[tuple[Element, str | None]]) -> None:
        self._stack = [children]

    def __iter__(self) -> Iterator[tuple[Element, str | None]]:
        while self._stack:
            if (step := next(self._stack[-1], None)) is None:
                self._stack.pop()
            else:
                yield step

    def into(self, children: Iterator[tuple[Element, str | None]]) -> None:
        """Walk *children* next, each with the rule around it, then go on after their parent."""
        self._stack.append(children)


def _within(element: Element, around: str | None) -> Iterator[tuple[Element, str | None]]:
    """The children of *element* as they come, each with the rule of the wrapper *around* them."""
    return zip(element, itertools.repeat(around))


def _footer_parts(footer: Element, rule: str, cues: Cues) -> Iterator[tuple[Element, str | None]]:
    """The children of the article's *footer*: a note stays (``None``), the rest goes by *rule*."""
    for child in footer:
        yield child, None if _note_words(child, cues) else rule


def take_out_inert(body: Element, dropped: list[Dropped]) -> None:
    """Take out of *body* what is never the article's words (scripts, styles, frames), noting each.

    But for the picture a lazy loader shows without scripts, when nothing else shows it: a
    ``<noscript>`` that holds an ``<img>`` alone, beside no picture but a placeholder (no
    address, or an inline one), gives way to its picture, which takes the placeholder's place.
    """
    with Removals() as removals:
        for element in list(body.iter(*_INERT_TAGS)):
            if element.tag == "noscript" and (found := _fallback_picture(element)) is not None:
                picture, stand_ins = found
                picture.tail = None
                element.addprevious(picture)
                for stand_in in stand_ins:
                    dropped.append(Dropped.of("placeholder of a lazy picture", "img", stand_in.get("src") or ""))
                    removals.take(stand_in)
            dropped.append(Dropped.of(f"tag <{element.tag}>", _describe(element), text_of(element)))
            removals.take(element)


def _fallback_picture(noscript: Element) -> tuple[Element, list[Element]] | None:
    """The ``<img>`` that *noscript* holds alone, when no other picture stands beside it, and the placeholders there."""
    inner = [child for child in noscript if isinstance(child.tag, str)]
    parent = noscript.getparent()
    if len(inner) != 1 or inner[0].tag != "img" or text_of(noscript).strip() or parent is None:
        return None
    others = list(itertools.islice((img for img in parent.iter("img") if img is not inner[0]), _STAND_INS + 1))
    if len(others) > _STAND_INS or not all(map(placeholder, others)):
        return None
    return inner[0], others


_STAND_INS = 2  # placeholders beside a fallback picture: the lazy one, perhaps a blurred preview


_PROSE = frozenset({"standfirst", "lede", "bio", "disclaimer", "attribution"})  # parts that are words alone


def _category_over(element: Element, headline: Element | None) -> bool:
    """Whether *element* links the story's category over its *headline*, as a blog's template sets its kicker.

    ``<header><span class="cat-links"><a href="/science/" rel="category tag">Science</a></span><h1>...``: a link
    or two that the HTML standard's ``rel`` names the category, right before the headline in what holds it.
    """
    if headline is None or element.getparent() is not headline.getparent():
        return False
    # (a few siblings on at most: what holds the headline may hold the whole page, asked of each of its children)
    over = any(e is headline for e in itertools.islice(element.itersiblings(), _OVER_HEADLINE))
    return over and category_links(element, _CATEGORIES)


_CATEGORIES = 2  # links at most of a story's categories over its headline
_OVER_HEADLINE = 3  # elements: the categories, perhaps a label or a date, then the headline


def _credit_label(element: Element, cues: Cues) -> bool:
    """Whether *element* is a credit's label alone in a figure, as pages set it for screen readers.

    ``<figure>...<span><span class="visually-hidden">Image source, </span>Jane Roe</span>``: hidden
    from the eye, it says the name after it is whom the picture is by (see
    :meth:`~newsdoc.html.blocks.Reader._labelled_credit`). Not the caption's label: that one goes.
    """
    if len(element) or not (text := (element.text or "").strip()) or len(text) > _LABEL_LENGTH:
        return False
    if not any(a.tag == "figure" for a in element.iterancestors()) or classify.part_label(text, cues) != "credit":
        return False
    # The credit follows it, beside it in its box: a name, not the caption's sentence nor nothing at all.
    if not (after := _words_after(element, _CREDIT_LENGTH)):
        return False
    return classify.names_credit(after) or classify.credit_line(after, cues) is not None


def _words_after(element: Element, most: int) -> str | None:
    """The words after *element* in its parent, white space folded; ``None`` if they are more than *most* characters.

    Read no further than that: a box of thousands of labels is not read to its end for each.
    """
    texts = itertools.chain(
        [element.tail], itertools.chain.from_iterable((text_of(s), s.tail) for s in element.itersiblings())
    )
    read: list[str] = []
    shown = 0  # characters that are not white space: no fewer than the folded words have
    for text in filter(None, texts):
        read.append(text)
        shown += sum(map(len, text.split()))
        if shown > most:
            return None
    words = " ".join("".join(read).split())
    return words if len(words) <= most else None


_LABEL_LENGTH = 40  # characters
_CREDIT_LENGTH = 100  # characters of a credit's words


def _article_footer(element: Element, cues: Cues) -> bool:
    """Whether *element* is an ``<article>``'s own ``<footer>`` or ``<aside>``, its class naming only a frame.

    An article's aside is as often the box of its writer, with her portrait and bio, as a sidebar.
    """
    return (
        element.tag in {"footer", "aside"}
        and _words(element, cues) & frozenset(cues.boilerplate_marks) <= _FRAME_WORDS
        and any(a.tag == "article" for a in element.iterancestors())
    )


def _note_words(element: Element, cues: Cues) -> bool:
    """Whether the words of *element* are a note of the article's: a bio, a disclaimer, a republication note."""
    if not isinstance(element.tag, str):
        return False
    text = " ".join(text_of(element).split())
    return _SHORTEST_NOTE <= len(text) <= _LONGEST_NOTE and classify.read_note(text, cues) is not None


def _asks_for_email(field: Element) -> bool:
    """Whether a form field asks for an email address: ``type="email"``, or a name or id that says so."""
    said = f"{field.get('type') or ''} {field.get('name') or ''} {field.get('id') or ''}".lower()
    return "email" in said or "e-mail" in said


def _signup_box(element: Element, part_of: Callable[[Element], str | None]) -> bool:
    """Whether *element*, which holds a field for an email address, is a sign-up box: a few words around a form.

    A newsletter box inside an article ("Get the day's top stories in your inbox") has a
    heading and a line or two of blurb around its form, whatever its classes say.
    """
    words = 0
    for text in element.itertext():  # not all of it: the page's wrappers hold an email field too
        words += len(text.split())
        if words > _SIGNUP_WORDS:
            return False
    return not any(map(part_of, element.iter()))


_SIGNUP_WORDS = 60
_QUOTED = 40  # characters of a paragraph in a quote: a post's words, not a button's
_NOTE_ELEMENTS = 12  # elements at most in a note's box: its paragraph, a label, a link or two


def _chrome(element: Element, cues: Cues, boilerplate: frozenset[str], frame: frozenset[str]) -> bool:
    """Whether the class words that make *element* furniture all name the page's frame, not other content.

    *boilerplate* and *frame* are the words of :attr:`~newsdoc.Cues.boilerplate_marks` and
    :attr:`~newsdoc.Cues.chrome_marks`, made sets once for a page.
    """
    found = _words(element, cues) & boilerplate
    return bool(found) and found <= frame


def _part(element: Element, cues: Cues) -> str | None:
    """The part of the article the markup of *element* names (see :func:`~newsdoc.html.parts.role`).

    Not a credit: one stands in a figure, and alone it is as often the page's copyright line.
    """
    if not isinstance(element.tag, str):
        return None
    part = element_part(element, cues)
    return None if part == "credit" else part


def _junk_rule(
    element: Element,
    name: str,
    cues: Cues,
    boilerplate: frozenset[str],
    part_of: Callable[[Element], str | None],
) -> str | None:
    """Why *element*, its tag *name*, is page furniture, or ``None``.

    Markup that names a part of the article (a figure, a caption, a pull quote,
    a standfirst, an author box; see *part_of*) is never furniture for its class
    words or its tag; ``aria-hidden`` hides from screen readers, not from the eye.
    """
    if name in _JUNK_TAGS:
        return f"tag <{name}>"
    names = element.keys()  # only the attributes there are asked for (see marking)
    style = element.get("style") if "style" in names else None
    if ("hidden" in names or (style and "display:none" in style.replace(" ", ""))) and not _rest_of_story(element):
        return "hidden"
    classes, ident, _ = marking(element, names)
    found = element_words(name, classes, ident, cues) & boilerplate
    if not found and name not in {"header", "footer", "aside"}:
        return None
    part = part_of(element)
    if part is not None and (part not in {"standfirst", "lede"} or ink(text_of(element)) < 800):
        return None
    own = _own(element, cues, boilerplate)  # "article-header": the article's own
    # (not a quote's or a figure's: "<blockquote><p>...</p><footer>Jane Roe</footer>" says who said it)
    if name in {"header", "footer"} and not own and not any(a.tag in _OWN_FRAMES for a in element.iterancestors()):
        return f"page <{name}>"
    if name == "aside":
        # "related-stories" stays a sidebar; a box of the story's points or of its facts ("factbox") is the story's
        facts = not element_words(name, classes, ident, cues).isdisjoint(cues.fact_box_marks)
        return None if not found and (facts or _sums_up(element, cues)) else "tag <aside>"
    if not found:
        return None
    if name == "blockquote" and any(ink(text_of(p)) > _QUOTED for p in element.iter("p")):
        return None  # an embedded post's words, whatever its class says of it: "<blockquote class="embed--social">"
    if own and (found <= _FRAME_WORDS or any(ink(text_of(p)) > 80 for p in element.iter("p"))):
        return None  # "entry-content" and "content-header" stay, "article-tags" goes
    if _credit_label(element, cues):
        return None  # "Image source," for screen readers: the credit beside it is read by it
    if _says_of_article(element, cues):
        # "<p class="sponsor-note">This story was produced in partnership with ...": its own note, perhaps in a box
        # of its own ("<div class="sponsored-notice"><p>This post is sponsored by ...")
        return None
    return f'class "{sorted(found)[0]}"'


def _says_of_article(element: Element, cues: Cues) -> bool:
    """Whether the words of *element* are a note on the article: whom it was made with, what it discloses.

    A paragraph a template classes as a sponsor's or a partner's ("sponsor-note") says so of the
    article itself, where a teaser or an advertisement says nothing of it. (Not a bio: another
    writer's, in a box of teasers, reads as one.) A note's box holds a few elements: a sidebar's
    many are not read.
    """
    if next(itertools.islice(element.iter(), _NOTE_ELEMENTS, None), None) is not None:
        return False
    text = " ".join(text_of(element).split())
    return _SHORTEST_NOTE <= len(text) <= _LONGEST_NOTE and isinstance(
        classify.read_note(text, cues), Attribution | Disclaimer
    )


def _sums_up(element: Element, cues: Cues) -> bool:
    """Whether *element* is a box that sums up the article: its heading or its first bold label says so.

    "Key takeaways" over a list, "Bottom line:" before a sentence (see :attr:`~newsdoc.Cues.summary_headings`).
    The label opens the box: one after a list of links ("Most read") labels something else.
    """
    label = next(element.iter(*_LABELS), None)
    if label is None:
        return False
    said = " ".join(text_of(label).split())
    return " ".join(text_of(element).split()).startswith(said) and classify.summary_heading(said, cues)


_LABELS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")


def _own(element: Element, cues: Cues, boilerplate: frozenset[str]) -> bool:
    """Whether a class or id of *element* names the article's content, and no furniture but its frame.

    "article-header" does; "relatedContent" does not: there the furniture word says what content.
    """
    names = (element.get("class") or "").split()
    if ident := element.get("id"):
        names.append(ident)
    if element_words(tag := str(element.tag), None, None, cues):  # a custom element's name, <article-body>
        names.append(tag)
    return any(
        not (words := name_words(name, cues)).isdisjoint(cues.content_marks) and words & boilerplate <= _FRAME_WORDS
        for name in names
    )


def _repeats(element: Element, body: Callable[[], str]) -> bool:
    """Whether the words of *element*, or of a paragraph or quote in it, stand in the *body* once more.

    A pull-quote box holds the quote and, under it, who said it: the quote alone repeats the body.
    """
    for part in itertools.islice(itertools.chain([element], element.iter("p", "blockquote")), _PARTS):
        if not ink_at_most(text := text_of(part), _QUOTE_LENGTH):
            continue  # longer than a pull quote: not folded to tell (boxes nested in boxes would be, again and again)
        words = classify.normalise(text)
        if 6 <= words.count(" ") + 1 <= 80 and _twice(words, body()):
            return True
    return False


def _twice(words: str, text: str) -> bool:
    """Whether *words* stand in *text* twice, apart: found from its start, not counted to its end."""
    first = text.find(words)
    return first >= 0 and text.find(words, first + len(words)) >= 0


def quotation(element: Element) -> Element | None:
    """The ``<q>`` or ``<blockquote>`` that holds most of the words of *element*, as a pull quote's box sets it.

    ``<aside><q>...</q> \u2014 Jane Roe, harbour master</aside>``: the HTML standard's inline quotation,
    and after it who said it; or its block quotation, who said it in its ``<footer>``. Not a box of
    links ("Read more"), nor one that quotes a few words amid its own. ``None`` for any other.
    """
    quote = next(element.iter("q", "blockquote"), None)
    if quote is None or next(element.iter("a", "img"), None) is not None:
        return None
    said, whole = ink(text_of(quote)), ink(text_of(element))
    if not (0 < whole <= _QUOTE_LENGTH and 2 * said >= whole):
        return None
    # The box opens with the quote: words over it ("Did you know?") make a box of facts that quotes
    opens = " ".join(text_of(element).split()).startswith(" ".join(text_of(quote).split()))
    return quote if opens else None


# A page sets a few pull quotes, and each look for one reads the body's words: the asides past
# this many are sidebars, as those that repeat nothing are (a page of thousands stays linear).
_BOXES = 64
_PARTS = 4  # a box's own words and its first paragraphs or quotes: a pull quote has a quote and a source
_QUOTE_LENGTH = 2000  # characters: 80 words, with room for white space and markup's text


def _describe(element: Element) -> str:
    return describe(str(element.tag), element.get("class"), element.get("id"))


# The body -----------------------------------------------------------------------------------------------


def _feed(article: Element, scores: dict[Element, float], headline: Element | None) -> Element | None:
    """The element that holds *article* and its siblings of one class, each with prose: a live blog's posts.

    A live blog sets each post in an ``<article>`` of its own under the page's *headline*; the
    story is all of them. An article that holds the headline is the story, and the cards of
    other stories beside it, of its class, are not. (``None``: *article* stands alone.)
    """
    parent = article.getparent()
    if parent is None or headline is None or any(above is article for above in headline.iterancestors("article")):
        return None
    kind = article.get("class")
    posts = [child for child in parent.iterchildren("article") if child.get("class") == kind]
    if any(_teaser(post) for post in posts):
        return None  # a card for another story leads with its headline as a link, as a post does not
    with_prose = sum(any(element in scores for element in post.iter()) for post in posts)
    return parent if with_prose >= _POSTS else None


_POSTS = 2  # articles of one class side by side, each with prose: a feed's posts


def container(
    body: Element,
    cues: Cues,
    *,
    strict: bool = False,
    holding: set[Element] | None = None,
    headline: Element | None = None,
) -> Element:
    """The element that holds the article's prose (*strict*: leave out paragraphs that are mostly links).

    *holding* is what :func:`~newsdoc.html.tree.holders` gives of the body, when it is known; the
    ``<article>`` around the *headline*, when it holds prose, is the article's (see :func:`_headline_article`).
    """
    scores: dict[Element, float] = {}
    outside = body.getparent()  # the <html> around the body
    holding = holders([body], BLOCK_TAGS) if holding is None else holding
    related = _related_articles(body)
    aside = {p for box in body.iter("aside") for p in box.iter(*_SCORED)}
    for paragraph in body.iter(*_SCORED):
        if paragraph in holding and paragraph.tag == "div":
            continue  # a div of text only is a paragraph too
        if related and paragraph in related:
            continue
        if paragraph in aside:
            continue  # beside the article, by the HTML standard: a rail of summaries, a box of facts
        if not (weight := _weight(paragraph, cues, strict=strict)):
            continue
        for depth, ancestor in enumerate(paragraph.iterancestors()):
            if depth > 2 or ancestor is outside:
                break  # not above the body: what holds it holds the page's head, which is not cleaned
            scores[ancestor] = scores.get(ancestor, 0) + weight / (1 + depth)
    # Text parted by <br> in a cell, a <font>, a <span> or a <div>, as old pages and blogs write
    # it: the element that holds the runs is their paragraph and their container at once.
    broken = dict.fromkeys(parent for br in body.iter("br") if (parent := br.getparent()) is not None)
    for holder in broken:  # in page order
        if holder.tag in _LEAVES or (holder.tag == "div" and holder not in holding):
            continue  # scored above
        text = (holder.text or "") + "".join(child.tail or "" for child in holder)
        if ink(text) < 25 or (strict and _link_density(holder) > 0.5):
            continue
        weight = 1 + text.count(",") + ink(text) / 100  # every run of it, not one paragraph's worth
        if _in_thread(holder, cues):
            weight /= 4  # a comment of a thread, as a paragraph under its writer's handle counts (see _weight)
        for depth, ancestor in enumerate([holder, *itertools.islice(holder.iterancestors(), 2)]):
            if ancestor is outside:
                break
            scores[ancestor] = scores.get(ancestor, 0) + weight / (1 + depth)
    if not scores:
        return body
    most, said = _marked_scores(scores, cues)
    known: dict[Element, float] = {}

    def score(element: Element) -> float:
        if element not in known:
            known[element] = most[element] * (1 - _link_density(element))
        return known[element]

    # The best score, the first in page order of equals. Links are counted (which is slow) only
    # for the elements whose score could be the best without them.
    order = {element: i for i, element in enumerate(scores)}
    best = next(iter(scores))
    for element in sorted(scores, key=most.__getitem__, reverse=True):
        if most[element] < score(best):
            break
        if (score(element), -order[element]) > (score(best), -order[best]):
            best = element
    # The element the page marks as the article's body holds it, when it holds prose and no fewer
    # words: a sidebar's promo beside a short body may score higher. (A mark around a teaser alone,
    # the body elsewhere, holds fewer.)
    if said is not None and not _related(said, best) and len(text_of(said).split()) >= len(text_of(best).split()):
        best = said
    if (told := _headline_article(headline, best, scores)) is not None:
        best = told
    # The semantic article around the prose holds its lead picture and standfirst too.
    article = best if best.tag == "article" else next((a for a in best.iterancestors("article")), None)
    if article is not None and next(article.iterdescendants("article"), None) is None:
        feed = _feed(article, scores, headline)
        return article if feed is None else feed
    # Climb while the parent holds clearly more prose of its own: a body split in sections.
    while (parent := best.getparent()) is not None and parent in scores and score(parent) >= 1.3 * score(best):
        best = parent
    return best


def _weight(paragraph: Element, cues: Cues, *, strict: bool) -> float:
    """What *paragraph* scores for the elements that hold it: 0 if it is no prose (*strict*: nor mostly links)."""
    text = text_of(paragraph)
    length = len(text.strip())
    if length < 25 or (strict and _link_density(paragraph, text) > 0.5):  # a menu is not prose
        return 0
    if length <= _SIGNATURE and _signs(text, cues):
        return 0  # the line that signs a comment: "Margot_P \u00b7 2 hours ago"
    weight = 1 + text.count(",") + min(length / 100, 3)
    if paragraph.tag == "li" or _under_linked_headline(paragraph) or _in_thread(paragraph, cues):
        # List items count, but less: menus are lists too. So does a teaser's summary under its
        # linked headline: a rail of them beside a short article holds more prose than it does;
        # and so does a comment, under its writer's handle: a thread may run longer than the story.
        weight /= 4
    return weight


def _in_thread(paragraph: Element, cues: Cues) -> bool:
    """Whether *paragraph* is a comment, right under the short line that signs it: "Margot_P \u00b7 2 hours ago".

    The line stands before the paragraph, or before the wrapper that holds the paragraph alone, in
    one element or a few short ones (see :func:`_signs`).
    """
    first = paragraph
    if paragraph.getprevious() is None and (wrapper := paragraph.getparent()) is not None and len(wrapper) == 1:
        first = wrapper
    line = ""
    # the handle and the date may be two elements, or a few (each scored paragraph looks back a few steps only)
    for before in itertools.islice(first.itersiblings(preceding=True), _SIGNING):
        if (before.tail or "").strip() or len(line) + len(said := text_of(before)) > _SIGNATURE:
            break
        line = f"{said} {line}"
    return bool(line) and _signs(line, cues)


def _signs(line: str, cues: Cues) -> bool:
    """Whether *line* signs a comment: a handle, and a date from now (:attr:`~newsdoc.Cues.relative_times`).

    Not a live blog's stamp alone ("12 minutes ago": the post is the story's), nor a byline or a
    date line ("By Jane Roe \u00b7 Updated 2 hours ago"), nor a sentence ("The mill closed 40 years ago.").
    """
    patterns = classify.Patterns.of(cues)
    if (when := patterns.relative_time.search(line)) is None or line.rstrip().endswith((".", "!", "?")):
        return False
    handle = (line[: when.start()] + line[when.end() :]).strip(" \u00b7|\u2022-\u2013\u2014,")
    return bool(handle) and not patterns.byline.match(line) and not patterns.date_label.match(line)


_SIGNATURE = 80  # characters of the line that signs a comment: a handle and when
_SIGNING = 4  # elements at most of that line


def _headline_article(headline: Element | None, best: Element, scores: dict[Element, float]) -> Element | None:
    """The ``<article>`` around the page's *headline*, when the prose found *best* is outside it and it holds prose.

    The HTML standard's convention: the story's ``<article>`` holds its headline and its body. A
    rail of summaries beside a short story, or a grid of them under a paywalled one, holds more
    prose than the story does, but not its headline. The article holds prose of its own: two
    paragraphs that were scored (*scores* holds their parents), not only a header.
    """
    if headline is None or (article := next(headline.iterancestors("article"), None)) is None:
        return None
    if _related(article, best) or next(article.iterdescendants("article"), None) is not None:
        return None
    prose = sum(1 for p in article.iter("p") if p.getparent() in scores and _prose_length(p))
    return article if prose >= 2 else None


def _under_linked_headline(paragraph: Element) -> bool:
    """Whether *paragraph* sums up another story under its linked headline, as a teaser card does.

    ``<h3><a href="...">Headline</a></h3><p>What the story tells ...</p>``: a heading that is a
    link (or a link around a heading) right before it.
    """
    heading, card = paragraph.getprevious(), paragraph.getparent()
    if heading is None or card is None or (heading.tail or "").strip():
        return False
    if heading.tag == "a":
        return next(heading.iter(*_HEADINGS), None) is not None
    return heading.tag in _HEADINGS and linked_heading(heading, card)


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _marked_scores(scores: dict[Element, float], cues: Cues) -> tuple[dict[Element, float], Element | None]:
    """Each element's score but for its links, and the first element the page marks as the article's body.

    Markup that names the article's content scores a quarter more: its class (``entry-content``), an
    ``<article>`` or ``<main>``, or schema.org's ``itemprop="articleBody"``, which also marks the body.
    The markup of each element is read once, for both.
    """
    content = set(cues.content_marks)
    most: dict[Element, float] = {}
    said = None
    for element, value in scores.items():
        itemprop = element.get("itemprop")
        said = element if said is None and itemprop == "articleBody" else said
        marked = _words(element, cues) & content or element.tag in {"article", "main"} or itemprop == "articleBody"
        most[element] = value * (1.25 if marked else 1)
    return most, said


def feed(container: Element, headline: Element | None) -> Element:
    """The feed *container* is an entry of, else *container*: a live blog's or a blog's posts, none its headline.

    The HTML standard's convention: sibling ``<article>`` elements are items of one list. When
    the prose is in one of several that hold prose, each stamped with its time, and the page's
    headline stands above them all, each entry is part of the story: the body is the element
    that holds them.
    """
    entry = container if container.tag == "article" else next(container.iterancestors("article"), None)
    if entry is None or (parent := entry.getparent()) is None:
        return container
    siblings = list(parent.iterchildren("article"))
    if headline is not None and any(e is headline or e in headline.iterancestors() for e in siblings):
        return container  # the headline is an entry's own: its story, beside others
    if any(map(_teaser, siblings)):
        return container  # cards for other stories beside it
    entries = [sibling for sibling in siblings if any(map(_prose_length, sibling.iter("p")))]
    # A live blog stamps each entry with its time: cards and the next story in full have none.
    return parent if len(entries) > 1 and all(map(_stamped, entries)) else container


def _stamped(entry: Element) -> bool:
    """Whether *entry* gives the time it was posted: a ``<time>``, or a time of day that opens its words."""
    return next(entry.iter("time"), None) is not None or _TIME_OF_DAY.match(text_of(entry)) is not None


_TIME_OF_DAY = re.compile(r"\s*\d{1,2}[:.]\d\d\b")


def _teaser(article: Element) -> bool:
    """Whether *article* leads with a heading that is a link, as a card for another story does."""
    heading = next(article.iter("h1", "h2", "h3", "h4", "h5", "h6"), None)
    return heading is not None and linked_heading(heading, article)


def _related_articles(body: Element) -> set[Element]:
    """The articles nested in an article that has prose of its own, all they hold, and their wrappers in it.

    The HTML standard's convention: an ``<article>`` inside another is an item related to it, a
    reader's comment above all, or a teaser. Their words are not the outer article's body, nor
    are those of the list items that hold them. (When the outer article holds no more prose of
    its own than the inner one, as a template may nest them with a summary box beside, the
    inner one is the article itself.)
    """
    inner = [article for article in body.iter("article") if next(article.iterancestors("article"), None) is not None]
    if not inner:
        return set()
    inside = {element for article in inner for element in article.iter()}
    related: set[Element] = set()
    prose: dict[Element, int] = {}  # for each outer article, how much prose it has of its own: counted once
    for article in inner:
        outer = next(article.iterancestors("article"))
        if outer not in prose:
            prose[outer] = sum(_prose_length(p) for p in outer.iter("p") if p not in inside)
        # An inner article with more prose than the outer's own is the story, the outer's a box beside it.
        if prose[outer] and sum(map(_prose_length, article.iter("p"))) <= prose[outer]:
            related.update(article.iter())
            for wrapper in article.iterancestors():
                if wrapper is outer:
                    break
                related.add(wrapper)
    return related


def _rest_of_story(hidden: Element) -> bool:
    """Whether *hidden* holds the rest of a story its parent shows the start of, till "Continue reading" is pressed.

    Two paragraphs of prose or more, under a shown one a few elements before: the messages of a
    sign-in box, a form's or a menu's, hidden elsewhere on the page, stand under no paragraph.
    """
    shown = itertools.islice(hidden.itersiblings(preceding=True), _SHOWN_REACH)
    if not any(sibling.tag == "p" and _prose_length(sibling) for sibling in shown):
        return False
    first = itertools.islice(hidden.iter("p"), _HIDDEN_LOOK)  # (its first paragraphs: each looked at once, at most)
    return sum(1 for _ in itertools.islice(filter(_prose_length, first), 2)) == 2


_SHOWN_REACH = 3  # elements: a "Continue reading" button and a gap may stand between the shown and the hidden
_HIDDEN_LOOK = 20  # paragraphs of a hidden element looked at for two of prose


def _prose_length(paragraph: Element) -> int:
    """The characters of *paragraph* when it is prose (25 or more), else 0."""
    return length if (length := len(text_of(paragraph).strip())) >= 25 else 0


def _related(a: Element, b: Element) -> bool:
    """Whether *a* and *b* are the same element, or one holds the other."""
    return a is b or a in b.iterancestors() or b in a.iterancestors()


def _link_density(element: Element, text: str | None = None) -> float:
    """The share of *element*'s text (*text*, when known) that is the words of links, its white space not counted."""
    links = list(element.iter("a"))
    if not links:
        return 0.0
    return min(link_share(links, text_of(element) if text is None else text), 1.0)


def trail(body: Element, headline: Element, cues: Cues) -> Element | None:
    """The page's breadcrumb trail over the article: ``<nav class="breadcrumb"><ol><li>Home</li>...``.

    Its class or id, its ``aria-label`` or its microdata's type names it (see
    :attr:`~newsdoc.Cues.breadcrumb_marks`); it stands before the *headline*, a few words of the
    page's furniture at most between them, and its steps are a few words each.
    """
    for found in cast("list[Element]", _trail_query(cues)(headline)):
        named = " ".join(str(found.get(name) or "") for name in _TRAIL_NAMES).replace("/", " ")
        if not marks(named, None, cues).isdisjoint(cues.breadcrumb_marks) and _over(found, headline):
            steps = _steps(found)
            return found if steps and all(len(step.split()) <= _STEP_WORDS for step in steps) else None
    return None


def _steps(trail: Element) -> list[str]:
    """The texts of *trail*, white space folded: its steps, and the marks between them if it sets them as text."""
    return [folded for text in trail.itertext() if (folded := " ".join(str(text).split()))]


_TRAIL_NAMES = ("class", "id", "aria-label", "itemtype")
_STEP_WORDS = 12  # words at most of a step of a trail: the last may be the headline
_TRAIL_GAP = 30  # words at most between the trail and the headline: a menu's, a share bar's


@functools.cache
def _trail_query(cues: Cues) -> lxml.etree.XPath:
    """An XPath from the headline to the elements before it, in page order, an attribute of which may name a trail.

    A mark another holds is looked for alone (``crumb`` of ``breadcrumb``), but for its first letter (``Crumb``).
    """
    marks = set(cues.breadcrumb_marks)
    least = {mark[1:] for mark in marks if not any(other != mark and other in mark for other in marks)}
    tests = " or ".join(f"contains(., '{form}')" for form in sorted(least) if "'" not in form)
    return lxml.etree.XPath(f"preceding::*[@*[{tests}]]" if tests else "/..")


def _over(element: Element, headline: Element) -> bool:
    """Whether *headline* comes after *element*, a few words at most between them (:data:`_TRAIL_GAP`)."""
    words = len((element.tail or "").split())
    node: Element | None = element
    while node is not None:
        for after in node.itersiblings():
            for inner in after.iter():
                if inner is headline:
                    return True
                words += len((inner.text or "").split()) + (
                    len((inner.tail or "").split()) if inner is not after else 0
                )
                if words > _TRAIL_GAP:
                    return False
            words += len((after.tail or "").split())
        node = node.getparent()
    return False  # the headline stands before it, or in it


def trail_words(element: Element) -> str:
    """The words of a breadcrumb trail: its steps with its marks between them (``Home > World``), else with ``>``."""
    steps = _steps(element)
    if any(not classify.shows_words(step) for step in steps):
        return " ".join(steps)  # the trail's own marks between its steps: "Home", "›", "World"
    return " > ".join(steps)


def tags_box(body: Element, headline: Element, cues: Cues) -> Element | None:
    """The box of the article's tags under its headline: ``<ul class="post-tags"><li><a>Ferries</a></li>...``.

    Its class names it (:attr:`~newsdoc.Cues.tags_marks`), or it holds the links the rel-tag
    microformat marks (``<a rel="tag">``, as WordPress writes them); a few links of a few words each,
    perhaps a label before them ("Tags:"). Not one in a sidebar or a menu, a tag cloud of the whole site.
    """
    for found in cast("list[Element]", _CLASSED_AFTER(headline)):  # the class words of each, cached: no XPath test
        if not marks(str(found.get("class")), None, cues).isdisjoint(cues.tags_marks) and _tags_shaped(found, cues):
            return found
    box = _rel_tags_box(body)
    return box if box is not None and _tags_shaped(box, cues) and _after(box, headline) else None


def _tags_shaped(box: Element, cues: Cues) -> bool:
    """Whether *box* reads as a story's tags: a few links of a few words, or a tags line; in no sidebar or menu."""
    if any(a.tag in {"aside", "nav"} for a in box.iterancestors()):
        return False
    links = [" ".join(text_of(link).split()) for link in itertools.islice(box.iter("a"), _TAGS + 1)]
    if not links:
        return classify.tags_of(" ".join(text_of(box).split()), cues) is not None  # "Tags: ferries, harbour"
    return (
        len(links) <= _TAGS
        and all(0 < len(link.split()) <= TAG_WORDS for link in links)
        # few words besides its links: not a sentence with a link ("Comments are moderated; see our policy")
        and len(text_of(box).split()) - sum(len(link.split()) for link in links) <= _TAGS_LABEL
    )


def _rel_tags_box(body: Element) -> Element | None:
    """The element that holds the links the rel-tag microformat marks (not a category's), the closest to them."""
    links = tag_links(body)
    if not 0 < len(links) <= _TAGS:
        return None
    return next((box for box in links[0].iterancestors() if all(box in link.iterancestors() for link in links)), None)


_CLASSED_AFTER = lxml.etree.XPath("following::*[@class]")
_TAGS = 30  # links at most of a story's tags
_TAGS_LABEL = 3  # words at most besides the links: the label ("Related topics:"), the marks between


def _after(element: Element, headline: Element) -> bool:
    """Whether *element* comes after *headline* in the page: it, or what holds it, follows the headline or a holder."""
    holders = {element, *element.iterancestors()}
    node: Element | None = headline
    while node is not None:
        if any(sibling in holders for sibling in node.itersiblings()):
            return True
        node = node.getparent()
    return False


def tags_words(box: Element) -> str:
    """The words of a box of tags: its label, then its links parted by commas ("Tags: Ferries, Harbour").

    A box of tags as words, not links, is its words: "Tags: ferries, harbour".
    """
    links = [" ".join(text_of(link).split()) for link in box.iter("a")]
    whole = " ".join("".join(str(text) for text in box.itertext()).split())
    if not links:
        return whole
    label = whole[: max(0, whole.find(links[0]))].strip()
    return " ".join(filter(None, (label, ", ".join(links))))


def first_heading(element: Element) -> str | None:
    """The words of the first ``h1`` in *element*, or ``None``."""
    heading = element.find(".//h1")
    return heading_text(heading) if heading is not None else None


def heading_text(heading: Element) -> str | None:
    """The words of *heading*, its white space folded; ``None`` when it has none."""
    return " ".join(text_of(heading).split()) or None


def article_root(container: Element, headline: Element | None) -> Element:
    """The element that holds the whole article: what holds its headline and body, else the body's ``article``."""
    if headline is not None:
        holders = set(headline.iterancestors())
        if container in holders:
            return container
        return next((a for a in container.iterancestors() if a in holders), container)
    return next(container.iterancestors("article"), container)


def lead_figure(article: Element, body: Element) -> Element | None:
    """The figure set just before the article, outside it: the lead picture a template sets full width over it.

    ``<div class="hero"><figure><img><figcaption>...</figcaption></figure></div><article>...``: the
    element right before the article (or before what holds it), a figure with its picture and its
    caption, and no more words than a caption's. Not a box of several pictures, nor one without a
    caption (a site's banner, an advertisement's picture).
    """
    node = article
    while node is not body and (parent := node.getparent()) is not None:
        before = next((e for e in node.itersiblings(preceding=True) if isinstance(e.tag, str)), None)
        if before is None:
            node = parent
            continue
        figures = [before] if before.tag == "figure" else before.findall(".//figure")
        if (
            len(figures) == 1
            and figures[0].find(".//img") is not None
            and figures[0].find(".//figcaption") is not None
            and len(text_of(before).split()) <= _LEAD_CAPTION_WORDS
        ):
            return before
        return None
    return None


_LEAD_CAPTION_WORDS = 80  # a caption and its credit


def headline(body: Element, title: str | None) -> Element | None:
    """The ``h1`` that shows the title (the first one when the title is not known); else a lower heading that shows it.

    A page without an ``h1`` sets its headline as an ``h2`` or lower; so does a blog whose ``h1``
    is its own name.
    """
    for h1 in body.iter("h1"):
        words = text_of(h1)
        if words.strip() and (title is None or classify.shows_title(words, title)):
            return h1
    if title is None:
        return None
    return next((h for h in body.iter(*_LOWER_HEADINGS) if classify.shows_title(text_of(h), title)), None)


_LOWER_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def heading_over(container: Element) -> Element | None:
    """The ``h1`` set over the body *container* in what holds them both, when no heading showed the known title.

    ``<div class="story"><h1>...</h1><p class="byline">...</p><div class="text">...</div></div>``: the page's head
    words its title otherwise (``og:title``: "Talks stall, vote slips" over "Talks stall: the vote slips to
    March"), but the heading right above the body, a sibling of it or of what holds it, is the story's. Not one
    of the page's own frame, which stands over what holds the whole page.
    """
    node = container
    for _ in range(_OVER_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in {"body", "html"}:
            return None
        if (h1 := next(node.itersiblings("h1", preceding=True), None)) is not None:
            return h1 if text_of(h1).strip() else None
        node = parent
    return None


_OVER_LEVELS = 2  # the body's siblings, and its parent's


def zones(root: Element, container: Element, headline: Element | None = None) -> tuple[list[Element], list[Element]]:
    """The lead and the tail: the elements of *root* before and after the body, in page order.

    Other stories inside the article (a nested ``article``) are in neither. When the article
    is the whole page, its lead starts at the *headline*: above it stand the site's own things.
    """
    lead: list[Element] = []
    tail: list[Element] = []
    node = container
    while node is not root and (parent := node.getparent()) is not None:
        lead[:0] = reversed([e for e in node.itersiblings(preceding=True) if isinstance(e.tag, str)])
        tail.extend(e for e in node.itersiblings() if isinstance(e.tag, str))
        node = parent
    if headline is not None and root.tag in {"body", "html"}:
        start = next((i for i, e in enumerate(lead) if e is headline or headline in e.iterdescendants()), 0)
        lead = lead[start:]
    return [e for e in lead if e.tag != "article"], [e for e in tail if e.tag != "article"]


def notes_after(
    body: Element,
    root: Element,
    cues: Cues,
    authors: Sequence[str] = (),
    holding: set[Element] | None = None,
) -> Iterator[Element]:
    """Elements after the article that are notes: an author box, a disclaimer.

    Marked as one by their class; or, unmarked, a text whose words are a note: a republication
    note or a disclaimer among the first texts after the article, or a bio that names one of its
    *authors* (the writer's box under the article, as a template sets it without a class).
    *holding* is what :func:`~newsdoc.html.tree.holders` gives of the body, when it is known.
    """
    following: list[Element] = []
    node = root
    while node is not body and (parent := node.getparent()) is not None:
        following.extend(node.itersiblings())
        node = parent
    writers = {name.casefold() for name in authors}
    holding = holders(following, BLOCK_TAGS) if holding is None else holding
    texts = 0  # the unmarked texts read so far
    stack = list(reversed(following))
    while stack:  # in page order, not looking inside a note
        element = stack.pop()
        if not isinstance(name := element.tag, str):
            continue
        if marked_part(name, element.get("class"), element.get("id"), None, cues)[1] in _NOTE_PARTS:
            yield element
        elif element in holding:
            stack.extend(reversed(element))
        elif texts < _NOTE_TEXTS and _LONGEST_NOTE >= len(text := " ".join(text_of(element).split())) >= _SHORTEST_NOTE:
            # A paragraph, in whatever tag: no block element in it. (Not looked into, as it has none.)
            texts += 1
            note = classify.read_note(text, cues)
            if (isinstance(note, Attribution | Disclaimer) and texts <= _NEAR_TEXTS) or _names_writer(note, writers):
                yield element


def _names_writer(note: Attribution | Disclaimer | Bio | None, writers: Collection[str]) -> bool:
    """Whether *note* is the bio of one of the *writers* (case-folded names)."""
    return isinstance(note, Bio) and note.name is not None and note.name.casefold() in writers


_NOTE_PARTS = frozenset({"bio", "disclaimer", "attribution"})
_NOTE_TEXTS = 40  # texts after the article that may be its writer's bio
_NEAR_TEXTS = 8  # and right under it, its notes
_SHORTEST_NOTE, _LONGEST_NOTE = 40, 3000  # characters


def record_outside(
    body: Element, kept: list[Element], dropped: list[Dropped], holding: Collection[Element] | None = None
) -> None:
    """Note the words left outside the body, for whoever asks why a paragraph went missing.

    Each block's once: a paragraph, a heading, an item, a cell, or an element that holds none
    (a caption in a bare ``div``, words in a ``font``), not one inside another noted. *holding*
    is the elements that hold a block element (see :func:`~newsdoc.html.tree.holders`).
    """
    holding = holders([body], BLOCK_TAGS) if holding is None else holding
    lists = holders([body], ("li",))  # (an item is no block element, as a browser lays it out, but is noted)
    roots = set(kept)
    around: set[Element] = set()  # what holds a kept element (a cell may hold the article): looked into
    for root in roots:
        for ancestor in root.iterancestors():
            if ancestor in around:
                break  # and all above it: each ancestor once, for thousands of kept siblings deep in the page
            around.add(ancestor)
    stack = [body]  # the body itself may be what was kept: a bare page's paragraphs stand in it
    while stack:
        element = stack.pop()
        if element in roots or not isinstance(element.tag, str):
            continue  # kept, or no element
        if (
            (element.tag in _OUTSIDE or (element not in holding and element not in lists))
            and element not in around
            and (text := " ".join(text_of(element).split()))
        ):
            dropped.append(Dropped.of("outside the body", _describe(element), text))
        else:
            stack.extend(reversed(element))


_OUTSIDE = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "figcaption", "blockquote", "pre"}
)
