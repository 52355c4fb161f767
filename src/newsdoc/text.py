"""Scraped plain text: :func:`~newsdoc.parse_text` reads it, :func:`~newsdoc.to_text` writes it back.

The text is cut into chunks at blank lines. Each chunk becomes one block (or
an image glued to the paragraph after it) by what its own words say; then
passes over the whole article settle what needs context: which line is the
title, which prose is the standfirst, which paragraph a pull quote repeats,
which bios stand outside the body.

Nothing is lost: whatever the parser reads into fields it keeps the layout of
(brackets around a credit, quote marks, the whitespace between blocks), and
:func:`~newsdoc.to_text` gives back the input byte for byte.
"""

from __future__ import annotations

import array
import itertools
import re
import sys
import warnings
from collections import Counter
from collections.abc import Iterator

import attrs

from . import classify, decide, frontmatter, lines, scraped
from .cues import DEFAULT_CUES, Cues
from .limits import DEFAULT_LIMITS, Limits, check_text
from .model import (
    Article,
    Attribution,
    Bio,
    Block,
    Caption,
    Disclaimer,
    Fragment,
    Heading,
    Image,
    ItemList,
    Paragraph,
    PullQuote,
    Quote,
    Slug,
    Standfirst,
    expect_article,
    plain_fields,
    plain_text,
    renumbered,
)

__all__ = ["parse_text", "to_text"]

# A run of white space that holds two or more line breaks parts two blocks. The search starts
# at a line break, which the regex engine finds fast; the spaces before it join the gap after.
# Every repeat is possessive: the engine keeps no place to come back to in a long run of breaks.
_GAP = re.compile(r"(?:\r\n?+|\n)[^\S\r\n]*+(?:(?:\r\n?+|\n)[^\S\r\n]*+)++")
_LF_GAP = re.compile(r"\n[^\S\n]*+(?:\n[^\S\n]*+)++")
"""The same in a text without a carriage return: a search that starts at one character is faster."""


def to_text(article: Article) -> str:
    r"""Write *article* as plain text, blocks parted by blank lines.

    For an article read by :func:`~newsdoc.parse_text` this is the text it was
    read from, byte for byte. Metadata (title, authors, ...) is written only
    where blocks carry it: give a hand-built article a level-1
    :class:`~newsdoc.Heading` to see its title in the text.

    Args:
        article: The article to write.

    Returns:
        The text, ending in :attr:`Article.ending <newsdoc.Article.ending>`.

    Examples:
        >>> import newsdoc
        >>> title = newsdoc.Heading(text="Talks in Moscow", level=1)
        >>> newsdoc.to_text(newsdoc.Article(blocks=(title, newsdoc.Paragraph(text="The talks went on."))))
        'Talks in Moscow\n\nThe talks went on.\n'
    """
    expect_article(article, "to_text")
    parts = [_spacing(block, i) + plain_text(block) for i, block in enumerate(article.blocks)]
    return "".join(parts) + article.ending


def _spacing(block: Block, index: int) -> str:
    if block.spacing is not None:
        return block.spacing
    return "\n\n" if index else ""


def parse_text(text: str, *, cues: Cues = DEFAULT_CUES, limits: Limits = DEFAULT_LIMITS) -> Article:
    r"""Read the scraped text of an article into typed blocks.

    Each run of text between blank lines becomes a block, typed by its words
    and its place: the headline, captions with their credits, pull quotes, and
    the notes, bios and bylines around the body. What the blocks say about the
    article (title, kicker, authors, source, ...) fills its metadata.

    Args:
        text: The text, blocks parted by blank lines, as a scraper writes it.
            Read it with ``newline=""`` to keep its line endings.
        cues: The cue words that tell credits, notes and bios apart.
        limits: How long a text to take.

    Returns:
        The article. ``to_text(parse_text(text)) == text`` always holds.

    Raises:
        LimitError: *text* is longer than ``limits.max_size``.
        ParseError: *text* holds a lone surrogate, which no file can hold.
        TypeError: *text* is not a string (decode bytes first).

    Warns:
        RuntimeWarning: A typing would change the text's bytes (a fault of newsdoc's): then every
            block is a paragraph, and the text still comes back byte for byte.

    Examples:
        >>> import newsdoc
        >>> article = newsdoc.parse_text(
        ...     "Talks in Moscow\n\n"
        ...     "Sergei Lavrov in Moscow. (AP Photo)\n\n"
        ...     "The talks went on.\n\n"
        ...     "This analysis is republished with permission of Stratfor.\n"
        ... )
        >>> article.title, article.source
        ('Talks in Moscow', 'Stratfor')
        >>> [type(block).__name__ for block in article.blocks]
        ['Heading', 'Caption', 'Paragraph', 'Attribution']
        >>> article.blocks[1].credit
        'AP Photo'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes a str, not {type(text).__name__}")
    check_text(text, limits)
    article = _read(text, cues)
    if not _writes(article, text):
        # A judgement that lost or changed bytes somewhere is no judgement: the text's blocks as they are
        warnings.warn(
            "parse_text() could not type this text without changing it, and reads it as plain paragraphs;"
            " please report it, with the text",
            RuntimeWarning,
            stacklevel=2,
        )
        article = _typed(text, cues, plain=True)
    return article


def _site_name(block: Block, cues: Cues) -> bool:
    """Whether *block*, over the site's menu, may be the site's name: a few capitalised words, a kicker or not."""
    return (type(block) is Fragment and block.role == "kicker") or (
        type(block) is Paragraph and classify.section_label(block.text, cues)
    )


def _chrome_over_title(blocks: list[Block], title: str | None, cues: Cues) -> None:
    """The paragraphs over the headline that are lines of the page's chrome, as fragments: the blocks changed in place.

    "Home", "LIVE TV", "Log In", "Today's Paper": a menu's items and the page's buttons, as a whole
    page's text gives them before the story; a few words that are no sentence, three at least (a
    line or two over a headline found amid a text of the story alone may be its own), or fewer
    amid lines found to be the page's ("Menu"). A sentence there that speaks to the reader (a cookie
    notice: "We use cookies to ...") is the page's too, amid those; any other is left as it is.
    """
    if title is None:
        return
    shown = [i for i, block in enumerate(blocks) if plain_text(block) == title]
    # The headline the story stands under (the page's title may stand first, a menu between): the first that
    # prose follows, or the first
    at = next((i for i in shown if _prose_under(blocks, i)), shown[0] if shown else None)
    if at is None:
        return
    lines = [i for i, block in enumerate(blocks[:at]) if type(block) is Paragraph and _chrome_line(block.text)]
    if len(lines) >= _least(blocks[:at], lines):
        # a sentence that speaks to the reader amid those, the page's lines right over and under it
        chrome = {*lines, *(i for i in range(at) if isinstance(blocks[i], Fragment))}
        said = [
            i
            for i in range(1, at - 1)
            if i - 1 in chrome
            and i + 1 in chrome
            and type(b := blocks[i]) is Paragraph
            and classify.speaks_to_reader(b.text, cues)
        ]
        _as_chrome(blocks, sorted({*lines, *said}), least=0)


def _prose_under(blocks: list[Block], at: int) -> bool:
    """Whether the story's prose stands under block *at*, past its byline and its picture: a dek, or a sentence."""
    ahead = range(at + 1, min(len(blocks), at + _UNDER))
    under = next((blocks[j] for j in ahead if not isinstance(blocks[j], Fragment | Image | Caption)), None)
    return isinstance(under, Standfirst) or (
        type(under) is Paragraph and not _chrome_line(under.text) and classify.word_count(under.text, 8) >= 8
    )


def _chrome_after_story(blocks: list[Block], cues: Cues) -> None:
    """The paragraphs after the story that are lines of the page's chrome, as fragments: the blocks changed in place.

    At the end of a whole page's text, after a note that closes the story or among the page's
    fragments ("Related stories", "\u00a9 2024 Harbour Voices"): the headlines of other stories and
    the footer's links, three lines at least of a few words that are no sentence; or fewer amid
    lines of the page's chrome found as such ("Most read", "Privacy policy"), three in all. A story
    that ends on a short list has no such note or fragment around it. Among those lines, a
    newsletter's box or the footer speaks to the reader in a sentence or two ("Our morning email
    breaks down the day's news.", "By signing up you agree to our terms."): no line of the chrome
    opens with one, unless a note that closes the story stands right over it ("Support our
    journalism. Donate today.", under "This article is republished from ..."). A sentence that
    speaks to the reader of nothing the site offers, right under the page's lines, is among
    them when the page's chrome found as such stands over it too: a
    newsletter's pitch under its name ("The Weekly Docket" / "Every Friday: what the courts did, and
    why it matters to you."), where a story's own last words may stand under a short list. A sentence
    under the comments' label ("Comments (12)" over "Commenting is closed on this story.") is the
    comment box's, its label saying so.
    """
    at = start = len(blocks)
    unsure = None  # the lowest sentence to the reader of nothing offered, no chrome found as such over it yet
    while at:
        last = blocks[at - 1]
        if _page_line(last) or (type(last) is Paragraph and classify.sponsored_link(last.text, cues)):
            start = at - 1
            unsure = None if isinstance(last, Fragment) else unsure
        elif type(last) is not Paragraph or not classify.speaks_to_reader(last.text, cues):
            if at > 1 and _in_comment_box(last, blocks[at - 2], cues):
                pass  # the comments' label over it says whose it is
            elif at > 1 and _addressed(last, blocks[at - 2], cues):
                unsure = at - 1 if unsure is None else unsure
            else:
                break
        at -= 1
    at = start if unsure is None else max(start, unsure + 1)
    # A sentence to the reader right under the note that closes the story, over the page's lines or last, is the
    # newsroom's call: "Support independent local journalism. Donate today."
    above = at
    while above and type(over := blocks[above - 1]) is Paragraph and classify.speaks_to_reader(over.text, cues):
        above -= 1
    called = above < at and above > 0 and isinstance(blocks[above - 1], Attribution | Disclaimer | Bio)
    at = above if called else at
    lines = [i for i in range(at, len(blocks)) if type(blocks[i]) is Paragraph]
    closed = at > 0 and isinstance(blocks[at - 1], Attribution | Disclaimer | Bio)
    if closed or len(lines) < len(blocks) - at:
        _as_chrome(blocks, lines, least=1 if called else _least(blocks[at:], lines))


def _least(run: list[Block], lines: list[int]) -> int:
    """How many of the *lines* in a *run* of blocks make them the page's chrome.

    A menu's three, or one amid lines found to be the page's ("Menu", "Privacy policy"), three in all.
    """
    chrome = sum(type(block) is Fragment and block.role is None for block in run)
    return 1 if chrome and chrome + len(lines) >= _MENU_LINES else _MENU_LINES


def _as_chrome(blocks: list[Block], lines: list[int], least: int) -> None:
    """The paragraphs at *lines* as fragments of the page's chrome, when they are *least* or more."""
    if len(lines) >= least:
        for i in lines:
            blocks[i] = Fragment(text=plain_text(blocks[i]), spacing=blocks[i].spacing)


def _page_label(blocks: list[Block], line: str, cues: Cues) -> bool:
    """Whether *line*, a label over the headline, is the page's: a button ("Learn More"), or the site's name.

    The site's name, under the page's title that ends with it ("Cider Makers Race ... | Orchard Gazette"), is
    no section's label; nor is a word under a breadcrumb trail that ends with another (the trail's last is the
    section, which the kicker may go on from: "Accueil \u203a Recherche", then "Recherche | Sant\u00e9").
    """
    if classify.stock_line(line, cues):
        return True
    if not blocks:
        return False
    over = blocks[-1]
    return plain_text(over).endswith(" " + line) or (
        type(over) is Fragment and over.role == "breadcrumb" and not line.startswith(classify.last_crumb(over.text))
    )


def _last_crumb(blocks: list[Block], line: str) -> bool:
    """Whether *line* stands right under a breadcrumb trail that ends with it: "Home » Opinion » Columns", "Columns"."""
    return (
        bool(blocks)
        and type(crumbs := blocks[-1]) is Fragment
        and crumbs.role == "breadcrumb"
        and classify.last_crumb(crumbs.text) == line
    )


def _links_under_labels(blocks: list[Block], cues: Cues) -> None:
    """The headline of another story under its label, as a fragment: the blocks changed in place.

    A page sets a link to another story amid the body after a label ("Read more:", "Lesen Sie
    auch:"); get_text() and a browser's copy put the label and the link on lines of their own, and
    the link is a headline: a line of a few words that ends as no sentence (and so is each line under it,
    no blank line between, when a blank line parts the label from the prose over it). Under a box's label
    ("Most Read from Harbour Wire", "Related stories"; see :func:`~newsdoc.classify.link_box`), each
    headline of the run under it is one, and a line of the page's amid them ends no run.
    """
    for i in range(len(blocks) - 1):
        label = blocks[i]
        if type(label) is not Fragment or label.role is not None:
            continue
        if _links_label(label, cues):
            # (and each line set right under that one with no blank line between, where one parts the label from the
            # prose over it: "Read more:", two links)
            links = 1
            while (
                scraped.line_breaks(label) > 1
                and i + links + 1 < len(blocks)
                and scraped.line_breaks(blocks[i + links]) == 1 == scraped.line_breaks(blocks[i + links + 1])
            ):
                links += 1
        elif classify.link_box(label.text, cues):
            links = len(blocks)
        else:
            continue
        for j in range(i + 1, min(i + 1 + links, len(blocks))):
            link = blocks[j]
            if type(link) is Fragment and link.role is None and links > 1:
                continue  # a line of the page's amid the box's ("Advertisement") ends no run of its headlines
            if not (
                type(link) is Paragraph
                and "\n" not in link.text
                # a headline, which may run longer than a menu's line (not a list's first item: the list keeps it)
                and _chrome_line(link.text, _CHROME_WORDS if _LIST_ITEM.match(link.text) else _TEASER_WORDS)
            ):
                break
            blocks[j] = Fragment(text=link.text, spacing=link.spacing)


def _subheadings(blocks: list[Block], cues: Cues) -> None:
    """The story's subheadings, as headings: the blocks changed in place.

    A line of a few words that ends as no sentence ("How we did this analysis", "Why are people
    angry?"), set apart between two paragraphs of the story's prose as its paragraphs are set
    apart from each other: a scraper writes a subheading's element so. Not a line under a picture
    (its caption), nor a line in quote marks (a pull quote), nor one set closer to the paragraphs
    around it than they are to each other (a sentence's piece a link cut off), nor a question of one
    word ("Why?"), which the story asks, nor a picture's credit ("Shutterstock", "Jane Roe/AP"), nor a
    paragraph a pull quote repeats.
    """
    repeated = {block.repeats for block in blocks if isinstance(block, PullQuote)}
    for i in range(1, len(blocks) - 1):
        over, line, under = blocks[i - 1 : i + 2]
        if (
            type(line) is Paragraph
            and i not in repeated
            and (_between_prose(blocks, i, cues) or _labels_box(blocks, i, cues))
            # (as far from the prose around it as the paragraphs are from each other: those over and under it
            # from the blocks before and after them, the nearer; an advertisement's gap may stand before one; a
            # question may stand right over its section)
            and min(map(scraped.line_breaks, [over, *blocks[i + 2 : i + 3]]))
            <= (
                scraped.line_breaks(line) if _glued_under(line, under) else min(map(scraped.line_breaks, [line, under]))
            )
            and _subheading(line.text, cues)
        ):
            blocks[i] = Heading(text=line.text, level=2, marks=line.marks, spacing=line.spacing)


def _quotes_under_lead_ins(blocks: list[Block], cues: Cues) -> None:
    """The statement a sentence of the story leads into, as a quote: the blocks changed in place.

    "In a statement, the ferry company said:", "The letter read in part:" (see
    :attr:`~newsdoc.Cues.quote_lead_ins`): a page sets the words they lead into off as a block quote,
    which a scraper writes as the paragraph under them, in quote marks or not (none inside it).
    """
    lead_in = classify.Patterns.of(cues).quote_lead_in
    for i in range(1, len(blocks)):
        over, block = blocks[i - 1], blocks[i]
        if (
            type(block) is Paragraph
            and decide.introduces(over)
            # (in its last sentence)
            and lead_in.search(text := over.text, max(text.rfind(f"{stop} ") for stop in ".!?") + 1)
            and _ends_sentence(said := block.text.strip())
            and not _LIST_ITEM.match(block.text)
            # (a quote mark inside it: the story's quote and its speaker, '"...," the chair said.')
            and not decide.QUOTE_MARK.search(said, 1, len(said) - 1)
        ):
            blocks[i] = Quote(text=block.text, marks=block.marks, spacing=block.spacing)


def _glued_under(line: Block, under: Block) -> bool:
    """Whether *line* stands a blank line or more under the prose over it and a line break over *under*, its section.

    "Why does the light matter?" right over its section's first paragraph: a scraper sets a
    subheading's element so as often as apart. A line that asks nothing so set is as often a piece
    of a sentence that a link cut off ("Please review our" over "Privacy Policy", a line break, ". It
    contains ..."), unless the paragraph under it is one of the body's, a line of its own sentences:
    "Who is affected" over "The firm does not publish ...".
    """
    if scraped.line_breaks(line) <= 1 or scraped.line_breaks(under) != 1:
        return False
    return (
        line.text.endswith("?")
        or (
            type(under) in {Paragraph, Disclaimer}  # (or a note on the section, over its first paragraph)
            and under.text[:1].isupper()
            and "\n" not in under.text
            and under.text.rstrip().endswith(classify.SENTENCE_CLOSES)
            # (in fewer, longer words in a language that compounds them: "... elmarknadsanalytiker på konsultbolaget")
            and (
                classify.word_count(under.text, _SECTION_WORDS) >= _SECTION_WORDS
                or len(under.text) >= _SECTION_CHARACTERS
            )
        )
    )


_SECTION_WORDS = 15  # words at least of a section's first paragraph, a sentence of its own: no link's words
_SECTION_CHARACTERS = 100  # or characters at least


def _between_prose(blocks: list[Block], at: int, cues: Cues) -> bool:
    """Whether the line at *at* stands between the story's prose over it and under it.

    Over it, a paragraph of prose, or a short sentence of its own under one. Or, a question, under
    a caption or a line of the page's, as an explainer asks its first one under the lead picture,
    and the next under a "Read more" link; or under a paragraph and a block the story sets after it.
    Under it, a sentence over a list or a quote ("The panel said:"), under a subheading that asks
    nothing or one that asks a question whole ("How does the method work?"); the story's own
    question may lead into it, one that goes on from the sentence over it ("And the board?") or
    asks back ("That is a bold plan, isn't it?"). Or a note on the section over its prose.
    """
    over, line, under = blocks[at - 1 : at + 2]
    question = line.text.endswith("?")
    return (
        _story_prose(over)
        # a short sentence of its own under the story's prose: "The council has the votes it needs."
        or (
            type(over) is Paragraph
            and _ends_sentence(over.text.rstrip())
            and classify.word_count(over.text, _SHORT_SENTENCE) >= _SHORT_SENTENCE
            and _story_prose(blocks[at - 2])
        )
        or ((type(over) is Caption or _inserted(over)) and question)
        or _under_picture_in_story(blocks, at)
        or _amid_story(blocks, at, cues)
        or _under_list(blocks, at, cues)
    ) and (
        _story_prose(under)
        or (_leads_in(under) and not (question and _asks_on(line.text, cues)))
        # a note on the section, then its prose: "Transcript", "This transcript was edited for clarity.", the talk
        or (type(under) is Disclaimer and at + 2 < len(blocks) and _story_prose(blocks[at + 2]))
    )


def _under_picture_in_story(blocks: list[Block], at: int) -> bool:
    """Whether the line at *at* stands under the credited caption of a picture set amid the story's prose.

    The story's prose, a picture, its caption with its credit, then "A craft measured in tides" over
    more of the story: a section starts under the picture, as it does under a paragraph.
    """
    over = blocks[at - 1]
    if type(over) is not Caption or not over.credit:
        return False
    picture = over.image if over.image is not None else at - 1
    return picture > 0 and _story_prose(blocks[picture - 1])


def _asks_on(question: str, cues: Cues) -> bool:
    """Whether *question* goes on from the sentence over it, opening with a conjunction, or asks back after a comma."""
    first = question.split(maxsplit=1)[0].lstrip(_OPENING_MARKS).casefold()
    return "," in question or first in {joiner.casefold() for joiner in cues.name_joiners}


def _under_list(blocks: list[Block], at: int, cues: Cues) -> bool:
    """Whether the line at *at* stands under a list of the story's: its items, then the prose or the lead-in over them.

    "The worst-hit districts were:", the districts a line each, then "Schools closed" over more of
    the story: the list is the story's, as its sentence over it says, and the line under it heads the
    next section. (The items are still paragraphs here: they become the list later.) Items without
    marks ("Harbour Party: 34.2%") are the list's under the lead-in alone, and the line stands further
    from them than they do from each other; a line of the page's set in the story ("Advertisement")
    may stand between the list and the line. A box of facts under a label of its own ("Fakta:
    Luftvärnsaffären", then its items) is the story's too, set under its prose.
    """
    end = at - 1
    while end > 0 and at - 1 - end < _INSERTED_LINES and _inserted(blocks[end]):
        end -= 1
    marked = _item(blocks[end]) is not None
    start = end
    while start > 0 and (_item(blocks[start]) is not None if marked else _unmarked_item(blocks[start])):
        start -= 1
    # (an item without marks may follow them: the line is set apart from them, as they are not from each other)
    apart = marked or end < at - 1 or blocks[at].spacing != blocks[end].spacing
    return (
        end - start >= _LEAST_ITEMS
        and apart
        and ((marked and (_story_prose(blocks[start]) or (_boxed(blocks, start, cues)))) or _leads_in(blocks[start]))
        and not (marked and _item(blocks[at]) is not None)  # (the list's last item: "4. Auf der Insel aussteigen")
    )


def _boxed(blocks: list[Block], label: int, cues: Cues) -> bool:
    """Whether the line at *label* labels a box the story sets under its prose: a subheading's shape there."""
    return label > 0 and _story_prose(blocks[label - 1]) and _subheading(blocks[label].text, cues)


def _labels_box(blocks: list[Block], at: int, cues: Cues) -> bool:
    """Whether the line at *at* labels a list the story sets apart as a box: "Key points", "By the numbers".

    The list stands right under it and the story's prose right under the list; over it, the
    story's prose, or the byline, the date or the reading time of the header the box opens the story under.
    """
    end = at + 1
    while end < len(blocks) and _item(blocks[end]) is not None:
        end += 1  # (the list's items, a paragraph each: they become the list later)
    over = blocks[at - 1]
    return (
        end - at > _LEAST_ITEMS
        and _item(blocks[at]) is None  # (the list's first item labels nothing: "1. Unten ...", "2. Darauf ...")
        and end < len(blocks)
        and _story_prose(blocks[end])
        and (
            _story_prose(over)
            or (type(over) is Fragment and (over.role in decide.HEADER_ROLES or classify.reading_time(over.text, cues)))
        )
    )


def _amid_story(blocks: list[Block], at: int, cues: Cues) -> bool:
    """Whether the line at *at* stands under a paragraph of the story and one block the story sets after it.

    A pull quote, a caption, or a line or a few of the page's (a link to another story, "Read also: ...", and an
    advertisement's label under it), or a caption under an advertisement's label, may stand between a paragraph
    and the subheading under them. Not a name, nor
    a date: under a caption, they are a byline's; nor, under a pull quote, a speaker and what she is ("Jane Roe,
    harbour master").
    """
    prose = at - 1  # the story's paragraph over the blocks it sets there (over the first, the page's stock lines)
    shown = False  # (one pull quote or caption among them, perhaps under an advertisement's label)
    run = False  # (or a label's run of links: "Read also:" over two)
    while prose > max(0, at - 2 - _INSERTED_LINES):
        block = blocks[prose]
        if _inserted(block) and (prose == at - 1 or classify.page_line(block.text, cues)):
            prose -= 1
        elif _inserted(block) and _inserted(blocks[prose + 1]):
            run, prose = True, prose - 1
        elif not shown and (prose == at - 1 or type(block) in (PullQuote, Caption)):
            shown, prose = True, prose - 1
        else:
            break
    if prose < 0 or not _story_prose(blocks[prose]) or (run and not _links_label(blocks[prose + 1], cues)):
        return False
    over, line = blocks[at - 1], blocks[at].text
    return (
        (type(over) in (PullQuote, Caption) or _inserted(over))
        and not classify.is_name(line, cues)
        and not classify.shows_date(line, cues)
        and not (type(over) is PullQuote and scraped.speaker_line(line))
    )


def _links_label(block: Block, cues: Cues) -> bool:
    """Whether *block* is the label of a link or a few to other stories set amid the story: "Read also:".

    A pointer may stand before it: "\u25b6 Related:".
    """
    label = block.text.lstrip(classify.POINTERS).rstrip(":| ")
    return " ".join(label.casefold().split()) in classify.Patterns.of(cues).link_labels


def _subheading(text: str, cues: Cues) -> bool:
    """Whether *text* has a subheading's shape: a few words on one line, no lower case first, ending as no sentence.

    It may quote what someone said, in quote marks that open and close in it ("'We need to get this right'",
    "Government warns of \u2018sabotage\u2019"), as British and German papers set one; or open with a mark, a
    square or a diamond ("\u25a0"), as Japanese and Korean papers set one, or Spanish's "\u00bf" of a question.
    """
    inner = _unquoted(text.lstrip(_HEADING_MARKS).lstrip())  # "■取引価格は過去最高水準", as Japanese papers mark one
    inner = inner.lstrip(_OPENING_MARKS)  # "\u00bfDe d\u00f3nde sale la cifra?": Spanish opens a question with its mark
    if _SUBHEADING.fullmatch(inner) is None or inner[0].islower():
        return False
    words = classify.word_count(text, _SUBHEADING_WORDS + 1)
    return (2 if text.endswith("?") else 1) <= words <= _SUBHEADING_WORDS and classify.credit_line(text, cues) is None


_INSERTED_LINES = 3  # lines of the page's at most between the story's paragraph and a subheading under them


def _inserted(block: Block) -> bool:
    """Whether *block* is a line of the page's set in the story, such as a link to another story; not a byline."""
    return type(block) is Fragment and block.role is None


def _unquoted(text: str) -> str:
    """*text* without the quote mark it ends with, whose opening mark stands in it, nor that one if it opens *text*."""
    at = max((text.rfind(mark, 0, len(text) - 1) for mark in _QUOTE_PAIRS.get(text[-1:], "")), default=-1)
    if at < 0 or text[-2:-1] in _QUOTED_ENDS:  # (a quoted phrase a sentence ends with: "... of 'growth?'")
        return text
    return text[1:-1] if at == 0 else text[:-1]


_QUOTED_ENDS = frozenset(".,;:!?")
_OPENING_MARKS = "\u00bf\u00a1"  # Spanish's inverted question and exclamation marks
_HEADING_MARKS = "\u25a0\u25a1\u25c6\u25c7\u25cf\u25bc"  # the squares, diamonds, disc and triangle that mark one


# A closing quote mark and the marks that open a quote it may close: English, German, French and Nordic ways
_QUOTE_PAIRS = {
    "'": "'",
    '"': '"\u201e',  # (and a German quote a straight mark closes, as a keyboard sets it: "\u201eWir bleiben"")
    "\u2019": "\u2018\u201a",
    "\u201d": "\u201c\u201e",
    "\u201c": "\u201e",
    "\u00bb": "\u00ab",
    "\u00ab": "\u00bb",
}


def _story_prose(block: Block) -> bool:
    """Whether *block* is a paragraph of prose: a sentence or more, ended as one or as the line over a list."""
    return (
        type(block) is Paragraph
        and (_ends_sentence(text := block.text.rstrip()) or text.endswith(_COLONS))
        and classify.word_count(text, _PROSE_WORDS) >= _PROSE_WORDS
    )


# A letter or a number first, no full stop (nor a Chinese or Japanese one), colon, comma, quote mark or dash
# last (a sentence a link cut off: "Consider this entry \u2014 \u201c"), one line of 80 characters at most
_SUBHEADING = re.compile(
    r"[^\W_][^\n]{0,78}[^\s.,;:!\u2026\u3002\uff01\u0964\u06d4\u1362\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2013\u2014)\]-]"
    r"|[^\W_]"
)
_SUBHEADING_WORDS = 12
_SHORT_SENTENCE = 3  # words at least of a short paragraph over a subheading: "The vote passed." (not "...")
_PROSE_WORDS = 12


def _page_line(block: Block) -> bool:
    """Whether *block* is a fragment of the page, or a paragraph that may be a line of its chrome, or lines of it.

    A list of other stories' headlines, a line each, may look wrapped at one width ("Most read", then
    its links): three lines or more, each of a few words, none a sentence, each opening with a capital
    or a number, where a wrapped paragraph goes on with its sentence in lower case.
    """
    if isinstance(block, Fragment):
        return True
    if type(block) is not Paragraph:
        return False
    lines = block.text.split("\n")
    return _chrome_line(block.text) or (
        len(lines) >= _HEADLINES
        and all(line.lstrip()[:1].isupper() or line.lstrip()[:1].isdigit() for line in lines)
        and all(map(_chrome_line, lines))
    )


_HEADLINES = 3  # lines at least of a list of headlines a scraper joined


def _addressed(block: Block, over: Block, cues: Cues) -> bool:
    """Whether *block* is a sentence or two to the reader, with the page's line or notice right *over* it."""
    return (
        type(block) is Paragraph
        and classify.short_and_unquoted(block.text)
        and classify.addresses_reader(block.text, cues)
        and (_page_line(over) or (type(over) is Paragraph and classify.speaks_to_reader(over.text, cues)))
    )


def _in_comment_box(block: Block, over: Block, cues: Cues) -> bool:
    """Whether *block* is a sentence or two under the label of the readers' comments: the box's, not the story's.

    "Comments (37)" over "Log in to comment.", "Comentarios" over "Para comentar es necesario estar registrado."
    """
    return (
        type(block) is Paragraph and classify.short_and_unquoted(block.text) and _comment_label(plain_text(over), cues)
    )


def _comment_label(line: str, cues: Cues) -> bool:
    """Whether *line* opens the readers' comments (:attr:`~newsdoc.Cues.comment_labels`), a count read past.

    A bar may set two labels side by side: "Comments (4) | Leave a comment".
    """
    labels = (_COUNT.sub("", label.strip()).casefold() for label in line.split("|"))
    return len(line) < _LABEL_CHARS and all(label in cues.comment_labels for label in labels)


_CHROME_WORDS = 12
_TEASER_WORDS = 20  # words at most of another story's headline, a link under its label


def _chrome_line(text: str, most: int = _CHROME_WORDS) -> bool:
    """Whether *text* may be a line of the page's chrome: a few words (*most* at most), no sentence.

    A line that opens with a dash signs the post or the words over it ("\u2014 Jane Roe (@janeroe) May 4,
    2026"), as an embedded post's text shows it: the story's.
    """
    return (
        classify.word_count(text, most) <= most
        and not text.rstrip().endswith(classify.SENTENCE_CLOSES)
        and _SIGNATURE.match(text) is None
    )


_SIGNATURE = re.compile(r"[\u2014\u2013] \S")  # "\u2014 Jane Roe (@janeroe)"
_UNDER = 8  # blocks under a headline to its prose at most: its byline, date, picture, caption
_MENU_LINES = 3


def _writes(article: Article, text: str) -> bool:
    """Whether ``to_text(article) == text``, asked block by block: no second copy of a long text is made."""
    at = 0
    for i, block in enumerate(article.blocks):
        for part in (_spacing(block, i), plain_text(block)):
            if not text.startswith(part, at):
                return False
            at += len(part)
    return text.startswith(article.ending, at) and at + len(article.ending) == len(text)


def _read(text: str, cues: Cues) -> Article:
    """The article of *text*, the front matter that may open it read first.

    A converter asked for a page's metadata with its text (trafilatura's ``with_metadata``)
    opens the text with it as a Markdown file's front matter, ``key: value`` lines between two
    ``---`` lines (see :mod:`~newsdoc.frontmatter`): it stays a fragment, as written, and gives
    the article's fields, which win over what the blocks say but for the headline the text shows.
    Lines between two rules that give none of those fields are the text's own ("Update: ...").
    """
    front, known = frontmatter.split(text, cues)
    if not known:
        return _typed(text, cues)
    written = front.rstrip("\r\n")
    named = known.pop("title", None)
    body = _typed(text[len(written) :], cues, named=named)
    blocks = [Fragment(text=written, role="front_matter"), *body.blocks]
    if len(blocks) > 1 and blocks[1].spacing == "\n\n":
        blocks[1] = attrs.evolve(blocks[1], spacing=None)  # as any block's after the first
    return attrs.evolve(body, blocks=tuple(blocks), title=body.title or named, **known)


def _typed(text: str, cues: Cues, *, plain: bool = False, named: str | None = None) -> Article:
    """The article of *text*, its blocks typed (with *plain*, each a paragraph); a piece that is *named* its title."""
    gaps, pieces, ending, otherwise = _pieces(text, cues)
    title = None if plain else named if named in pieces else _find_title(pieces, cues)
    blocks: list[Block] = []
    top = True  # only fragments so far: kicker, breadcrumb, headline
    prose = False  # whether a paragraph of prose was read so far, a sentence or more (not a menu's line)
    topped, prosed = top, prose  # the two over the last piece read
    # Each piece is let go once read: for a text of many short lines, the pieces weigh as much as the blocks.
    gaps.reverse()
    pieces.reverse()
    while pieces:
        gap, piece = gaps.pop(), pieces.pop()
        spacing = None if gap == ("\n\n" if blocks else "") else gap
        if plain:
            blocks.append(Paragraph(text=piece, spacing=spacing))
            continue
        made = list(_read_chunk(piece, title, blocks, top, cues))
        over_title = bool(pieces) and pieces[-1] == title
        if (
            over_title
            and (type(made[0]) is Paragraph or (type(made[0]) is Fragment and made[0].role is None))
            # (under a site's name or menu, a label set in capitals: "TRANSPORT", or the breadcrumb's last; under a
            # picture, any; not a button, nor the site's name, nor a word under a trail that ends with another)
            and (piece.isupper() or _last_crumb(blocks, piece) or (not prose and not _page_label(blocks, piece, cues)))
            and classify.section_label(piece, cues)
        ):
            made = [Fragment(text=piece, role="kicker")]  # the section's label over the headline: "Commentary"
        elif type(made[0]) is Paragraph and classify.menu_row(piece) and (top or topped):
            # The site's menu set as a row at the top of the text ("News | World | Climate"): the page's. The line
            # over it is the site's name (no kicker in capitals): the page's too, and the text's top goes on.
            if blocks and _site_name(blocks[-1], cues):
                blocks[-1] = Fragment(text=blocks[-1].text, spacing=blocks[-1].spacing)
                top, prose = topped, prosed
            if top:
                made = [Fragment(text=piece)]
        if plain_text(made[0]) + "".join((b.spacing or "") + plain_text(b) for b in made[1:]) != piece:
            made = [Paragraph(text=piece)]  # a judgement that would lose bytes is no judgement
        if made[0].spacing != spacing:
            made[0] = attrs.evolve(made[0], spacing=spacing)
        for block in made:
            scraped.add(blocks, block, title, cues)
        topped, prosed = top, prose  # as they were over this piece
        top = top and all(isinstance(b, Fragment | Heading | Disclaimer) for b in made)
        prose = prose or any(_story_prose(b) for b in made)
    if not plain:
        _chrome_over_title(blocks, title, cues)
        _links_under_labels(blocks, cues)  # (other stories' headlines, before the notes under the story are read)
        scraped.settle(blocks, title, cues)
        _chrome_after_story(blocks, cues)
        _subheadings(blocks, cues)
        _quotes_under_lead_ins(blocks, cues)
    if not otherwise:
        return decide.article_of(tuple(_lists(blocks)), title=title, ending=ending, cues=cues)
    # What the blocks say was read with plain line breaks and spaces; the blocks keep the text's
    # own, and so does the title where a block shows it. (The article is made once, of those.)
    metadata = decide.metadata_of(tuple(blocks), title=title, ending=ending, cues=cues)
    shows_title = next((i for i, block in enumerate(blocks) if plain_text(block) == title), None)
    _as_written(blocks, text, otherwise)
    if shows_title is not None:
        metadata["title"] = plain_text(blocks[shows_title])
    return Article(blocks=tuple(_lists(blocks)), **metadata)  # type: ignore[arg-type]  # the fields are Article's


def _lists(blocks: list[Block]) -> list[Block]:
    """The *blocks*, each run of a list's items, one a line, as its list.

    Two lines or more, each an item after the same bullet (``- ``, ``* ``, ``\u2022 ``, ... with
    the spaces after it, as trafilatura, html2text, inscriptis, Pandoc and :func:`~newsdoc.to_text`
    write a list) or after its number ("1. ", "2. ", ... in order): an
    :class:`~newsdoc.ItemList`, written back as it was (one line break between two items, the
    same each time, with the spaces around it: see :attr:`~newsdoc.ItemList.breaks`).

    And two lines or more with no mark, each a few words and no sentence, under a paragraph that
    ends in a colon: a list as a browser copies one, its items set apart as that text sets them.
    """
    if not any(_item(block) is not None or _leads_in(block) for block in blocks):
        return blocks  # (most texts hold no list: their blocks are not copied)
    listed: list[Block] = []
    moved: dict[int, int] = {}  # where each block kept stands now, for a caption or a pull quote naming one
    at = 0
    while at < len(blocks):
        first, end = _item(blocks[at]), at + 1
        breaks = blocks[end].spacing if end < len(blocks) else None
        if first is not None and breaks is not None and _LINE_BREAK.fullmatch(breaks):
            while (
                end < len(blocks)
                and blocks[end].spacing == breaks
                and _item(blocks[end]) == (first if isinstance(first, str) else first + end - at)
            ):
                end += 1
        elif first is None and at and _leads_in(blocks[at - 1]) and _unmarked_item(blocks[at]):
            while end < len(blocks) and blocks[end].spacing == breaks and _unmarked_item(blocks[end]):
                end += 1
            # the list stands in the story, not in a menu: the story goes on under it, past a line of the page's set
            # in the story ("Advertisement"), or nothing does
            after = next((b for b in blocks[end : end + _INSERTED_LINES + 1] if not _inserted(b)), None)
            if end == len(blocks) or (after is not None and _goes_on(after)):
                first, breaks = "", "\n\n" if breaks is None else breaks
        if end - at < _LEAST_ITEMS or first is None:
            moved[at] = len(listed)
            listed.append(blocks[at])
            end = at + 1
        else:
            items = tuple(
                lines.ITEM.sub("", plain_text(block), count=1) if first != "" else block.text
                for block in blocks[at:end]
            )
            spacing, breaks = blocks[at].spacing, None if breaks == "\n" else breaks
            if isinstance(first, str):
                bullet = None if first == "- " else first
                listed.append(ItemList(items=items, spacing=spacing, breaks=breaks, bullet=bullet))
            else:
                listed.append(ItemList(items=items, ordered=True, start=first, spacing=spacing, breaks=breaks))
        at = end
    return [renumbered(block, moved) for block in listed] if len(listed) < len(blocks) else blocks


def _leads_in(block: Block) -> bool:
    """Whether *block* is a sentence that ends in a colon, as the line over a list does; not a form's label."""
    return type(block) is Paragraph and block.text.endswith(_COLONS) and len(block.text.split()) >= _LEAD_IN_WORDS


def _unmarked_item(block: Block) -> bool:
    """Whether *block* may be an item of a list without marks: a line of a few words, not a sentence."""
    if type(block) is not Paragraph or block.marks or "\n" in block.text or "\r" in block.text:
        return False
    text = block.text
    if (
        _ends_sentence(text)
        or text.endswith((*_COLONS, ";"))
        or len(text.split()) > _ITEM_WORDS
        or lines.ITEM.match(text)
    ):
        return False
    return any(c.isalpha() for c in text)


def _goes_on(block: Block) -> bool:
    """Whether the story goes on in *block*: a heading, or a paragraph that ends as a sentence does."""
    return type(block) is Heading or (type(block) is Paragraph and _ends_sentence(block.text))


def _ends_sentence(text: str) -> bool:
    """Whether *text* ends as a sentence does, perhaps inside quote marks or brackets."""
    return _NOTE_MARK.sub("", text).rstrip(_CLOSING).endswith(_STOPS)


_COLONS = (":", "\uff1a")
_STOPS = (
    *(".", "!", "?", "\u2026", "\u3002", "\uff01", "\uff1f"),
    # Arabic's question mark; the full stops of Hindi and Bengali, Urdu, Amharic, Burmese and Armenian
    *("\u061f", "\u0964", "\u06d4", "\u1362", "\u104b", "\u0589"),
)
_NOTE_MARK = re.compile(r"(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)\Z")  # a footnote's: "... average.[2]"
# after a sentence's end: a quote's or a bracket's close, perhaps after a space, as French sets one ("... fin. »")
_CLOSING = "\"')\u2019\u201d\u201c\u2018\u00bb\u300d\u300f \u00a0\u202f"  # (German's closing marks: \u201c, \u2018)
_LEAD_IN_WORDS = 5  # words at least of the sentence over a list: "Password:", "Related Tags:" label a form or links
_ITEM_WORDS = 15  # words at most of an item without a mark: a sentence runs longer, or ends as one


def _item(block: Block) -> int | str | None:
    """The number of the list's item a paragraph of one line is ("3. Fares rise"), or the bullet before it ("* ")."""
    if type(block) is not Paragraph or (item := lines.ITEM.match(block.text)) is None:
        return None
    if block.marks or "\n" in block.text or "\r" in block.text:
        return None
    return item.group("bullet") or int(item.group("number"))


_LINE_BREAK = re.compile(r"[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*")  # one, perhaps between spaces
_LEAST_ITEMS = 2


def _pieces(text: str, cues: Cues) -> tuple[list[str], list[str], str, array.array[int]]:
    """*text* cut into pieces: the white space before each, the pieces, and the white space after the last.

    Gaps part chunks, and some single line breaks part a chunk's pieces (see :func:`lines.cut`).
    A line break in a chunk is read as a bare line feed (see :func:`lines.plain`), and in a
    hard-wrapped text one that only wraps a piece's line is read as the space it stands for.
    The last item says which chunks are read otherwise than written: for each, where it
    starts and ends in the text so read, and where it starts in *text*. The copies of the
    text made on the way are let go on return: the pieces hold its words.
    """
    body = text.rstrip()
    words = body.removeprefix("\ufeff").lstrip()  # a byte-order mark opens the file, not its words
    body = body if words else ""
    lead = body[: len(body) - len(words)]
    cut = _split_at_gaps(body[len(lead) :])
    chunks = list(zip([lead, *cut[1::2]], cut[::2], strict=True)) if body else []
    del cut
    written_length: dict[int, int] = {}  # of each chunk read plain, which is shorter as read
    for i, (gap, chunk) in enumerate(chunks):
        if len(chunk) <= _PLAIN_MOST and not lines.is_plain(chunk):
            written_length[i] = len(chunk)
            chunks[i] = gap, lines.plain(chunk)
    width = lines.wrap_width([chunk for _, chunk in chunks])

    def furniture(line: str) -> bool:  # a line that stands on its own: a stock line, a byline in lower case
        return (
            classify.stock_line(line, cues)
            or classify.dated_byline(line, cues)
            or classify.lower_case_byline(line, cues)
        )

    otherwise = array.array("q")  # machine integers, three a chunk: a text may have millions of chunks
    read = written = 0  # where the chunk at hand starts in the text as read, and as written
    gaps: list[str] = []
    pieces: list[str] = []
    for i, (gap, chunk) in enumerate(chunks):
        chunks[i] = _CUT  # the pieces will hold its words: a chunk read otherwise is let go at once
        read, written = read + len(gap), written + len(gap)
        breaks, parts = lines.cut(chunk, width, furniture)
        # A wrapped line goes on after a space: what a piece says, read without its wraps.
        wrapped = width is not None and any("\n" in part for part in parts)
        if wrapped:
            parts = [part.replace("\n", " ") for part in parts]
        if wrapped or i in written_length:
            otherwise.extend((read, read + len(chunk), written))
        read, written = read + len(chunk), written + written_length.get(i, len(chunk))
        breaks[0] = gap  # the first piece of a chunk comes after the gap, the others after a line break
        gaps += breaks
        pieces += parts
    return gaps, pieces, text[len(body) :], otherwise


# Characters: a longer chunk is read with its line breaks as written. Only a text of one word
# a line, say, makes one, and no judgement of what a block is looks that far into it.
_PLAIN_MOST = 1 << 16
_CUT = ("", "")  # what stands in a chunk's place once its pieces are cut


def _as_written(blocks: list[Block], text: str, otherwise: array.array[int]) -> None:
    """Give, in place, each field of *blocks* that to_text writes the characters *text* wrote there.

    The blocks were read from the text with its line breaks and spaces made plain, and its
    wraps made spaces (see :func:`_pieces`), in the stretches *otherwise* names. There a
    field's characters stand where the text wrote them, but for the line breaks: the
    character read for each (a line feed, or a space for a wrap) stands for the break the
    text writes there, with the spaces around it and perhaps a carriage return.
    """
    end_of_text = (sys.maxsize, sys.maxsize, len(text))  # a stretch after the last, that no field meets
    stretches = itertools.chain(zip(*[iter(otherwise)] * 3, strict=True), [end_of_text])
    stretch = next(stretches)  # its start and end as read, and its start as written
    breaks = lines.breaks(text, stretch[2])
    pending = next(breaks, None)  # the next break of the stretch as written
    at = shift = 0  # where the field at hand starts in the text as read; how much further as written
    for i, block in enumerate(blocks):
        if stretch is end_of_text:
            return
        if (end := at + len(_spacing(block, i)) + len(plain_text(block))) <= stretch[0]:
            at = end  # before the stretch at hand: as written
            continue
        changed: dict[str, str] = {}
        for name in ("spacing", *plain_fields(block)):
            value = getattr(block, name) if name != "spacing" else _spacing(block, i)
            start, end = at, at + len(value)
            at, begin = end, start + shift
            while stretch[0] < end:  # each stretch the field meets
                # A break stands in the field where the text as read has its character: as far
                # into the stretch as written as the breaks before it have taken the text further.
                while pending is not None and pending.start() - shift < min(end, stretch[1]):
                    shift += len(pending.group()) - 1
                    pending = next(breaks, None)
                if stretch[1] > end:
                    break
                stretch = next(stretches)
                breaks = lines.breaks(text, stretch[2])
                pending = next(breaks, None)
            if (as_written := text[begin : end + shift]) != value:
                changed[name] = as_written
        if changed:
            blocks[i] = attrs.evolve(block, **changed)  # type: ignore[arg-type]  # the fields are the class's


def _split_at_gaps(text: str) -> list[str]:
    """*text* (which starts and ends with a word) cut at its gaps: chunks and the gaps between them, in turn."""
    parts, start = [], 0
    written: dict[str, str] = {}  # one string for each way a gap is written ("\n\n"), not one a gap
    for match in (_GAP if "\r" in text else _LF_GAP).finditer(text):
        chunk = text[start : match.start()].rstrip()  # a gap holds the spaces before its first line break
        gap = text[start + len(chunk) : match.end()]
        parts += [chunk, written.setdefault(gap, gap)]
        start = match.end()
    parts.append(text[start:])
    return parts


_BYLINE_LENGTH = 200  # characters at most of a byline's line


def _menu_lines(chunks: list[str]) -> set[int]:
    """Where the text opens with a menu: a run of lines of a word or three ("Upland Courier", "News", "Climate").

    The site's name over its sections is the first line of a headline's shape, and no headline. A
    byline, a date or a sentence ends the run: "Ferries Resume" over "By Jane Roe" and its date is one.
    """
    found: set[int] = set()
    run: list[int] = []
    for i, chunk in enumerate(chunks[:_MENU_LOOK]):
        words = chunk.split() if len(chunk) <= _MENU_CHARS else []  # (not a long line's many words, in memory)
        if 0 < len(words) <= _MENU_WORDS and not any(c.isdigit() for c in chunk) and words[0].casefold() != "by":
            run.append(i)
            continue
        if len(run) > _MENU_LINES:
            found.update(run)
        run = []
    return found


_MENU_WORDS = 3  # words at most of a menu's item
_MENU_CHARS = 60  # characters at most of a menu's item, white space and all
_MENU_LOOK = 60  # pieces from the top looked at for a menu


def _find_title(chunks: list[str], cues: Cues) -> str | None:
    """The headline: what image slugs name and a line repeats, what the page title names, or a first line."""
    named = [found[1] for chunk in chunks if (found := classify.read_slug(chunk)) and found[1]]
    counts = Counter(named)
    said = {chunk for chunk in chunks if chunk in counts}  # the names a line repeats
    for name in named:
        if counts[name] > 1 or name in said:
            return name
    first = list(counts)[:20]  # a title glued to the text after it, as in "TitleBody text"
    longest = max(map(len, first), default=0)
    for chunk in chunks:
        if 15 < len(chunk) <= longest and any(name.startswith(chunk) for name in first):
            return chunk
    if page_title := _page_title(chunks) or _above_byline(chunks, cues) or _after_breadcrumb(chunks):
        return page_title
    chrome = classify.Patterns.of(cues).chrome
    menu = _menu_lines(chunks)
    lines = (
        i
        for i, c in enumerate(chunks)
        if not (
            classify.is_breadcrumb(c, cues)
            # the site's name over the breadcrumb trail, as a page sets its masthead ("Valley Courier", "News \u203a
            # Elections"): the headline is under the trail
            or (i + 1 < len(chunks) and classify.is_breadcrumb(chunks[i + 1], cues))
            or (c.isupper() and len(c) < 30)
            or chrome.match(c[:100])
            or classify.host_line(c)  # the site's host, over the headline a reading view copies
            or i in menu
            or classify.menu_row(c)
            or (classify.word_count(c, _DATE_WORDS) <= _DATE_WORDS and classify.shows_date(c, cues))  # a stamp
            or (len(c) < 300 and isinstance(classify.read_note(c, cues), Disclaimer))
        )
    )
    at = next(lines, None)
    over_body = _above_body(chunks, cues)
    # The site's name over its menu, a row of its sections (a button's word between): the headline is under them,
    # the line over the body, or else the first of a headline's shape past labels and buttons. (Under a headline
    # over its share buttons stand the byline and the body.)
    if (
        at is not None
        and (row := next((j for j, c in enumerate(chunks[: at + 3]) if classify.menu_row(c)), None)) is not None
    ):
        if over_body is not None and chunks.index(over_body[0]) > row:
            return over_body[0]
        under = next(
            (i for i in itertools.chain((at,), lines) if i > row and classify.word_count(chunks[i]) > _SHORT_LINE), None
        )
        if under is not None and _is_headline(chunks[under]) and not _signs(chunks[under], cues):
            at = under
    head = None if at is None else chunks[at]
    if at is not None and at + 2 < len(chunks):
        # A section's label ("Analysis", "Opinion | Farm Policy", "地域経済"; "Rural hospitals" over a headline of
        # three times its words) over a line of a headline's shape with the body's prose or the date under it
        label, below, lead = chunks[at : at + 3]
        labelled = " " not in label.strip() or _label_over(label, cues)  # (no headline is set so)
        if (
            (
                labelled
                or (
                    classify.section_label(label, cues)
                    and classify.word_count(below, 30) >= _LABEL_TIMES * classify.word_count(label)
                    # (a headline of a few words over its date line, its byline or its picture's caption: "Posted on
                    # May 3, 2024 by ...", "The quay at dawn. Foto: Jane Roe/dpa")
                    and not (
                        classify.Patterns.of(cues).date_label.match(below)
                        or classify.shows_date(below, cues)
                        or classify.byline_authors(below, cues)
                        or classify.find_credit(below, cues)
                    )
                )
            )
            # (under a label so set, the first line past it, which may be set as sentences)
            and _is_headline(below, quoted=False, sentences=labelled)
            # (in a script that sets no spaces, the date may stand under the headline: its words are not counted)
            and (
                classify.word_count(lead) >= _SENTENCE or (classify.uncased(label) and classify.shows_date(lead, cues))
            )
        ):
            head = below
    # A first line of a headline's shape is the headline, unless it names nothing the body tells (a site's
    # name, a menu's line) and a line over the body does
    if (
        head
        and len(chunks) > 2
        and _is_headline(head, quoted=False, sentences=True)
        and not (len(head) < _BYLINE_LENGTH and classify.byline_authors(head, cues))  # "By Jane Roe" opens the text
        and (
            over_body is None
            # (under a menu, the site's tagline may name a word the lead does: the line over the body is told)
            or (_names(head, over_body[2]) and not (menu and at is not None and at > min(menu)))
            # the first line over a dek that names as little of the lead: the headline of a story whose lead
            # sets the scene ("Every Thursday evening the back room ..."), a credit or a date under the dek
            or (
                at is not None
                and chunks[at + 1 : at + 2] == [over_body[0]]
                and len(_stems(over_body[0]) & over_body[2]) < _NAMED
                and _shaped_over_dek(head, over_body[0])
            )
        )
    ):
        return _past_trail(chunks, head)
    if over_body is not None:
        return over_body[0]
    return _above_dateline(chunks, cues)


def _above_body(chunks: list[str], cues: Cues) -> tuple[str, float, set[str]] | None:
    """The headline over the body: the line of a headline's shape above the body that names what its lead tells.

    A whole page's text holds menus, teasers and footers around the article, but its longest run
    of sentences is the article's body, and the headline stands over it, with the byline, the
    date, a dek, a caption and its credit, a section's label and a row of buttons between. Of the
    lines of a headline's shape there (a promotion, a teaser, a menu's line may stand among them),
    the headline is the one that names most of what the body's first sentences tell (the nearest
    of those that name as much): over the byline or the date, or, with none under it, naming
    several of the lead's words. A line under a paragraph with no byline under it is a subhead
    or a quote in the body, and a line under a time of day alone a live blog's post.

    Returns:
        The headline, how much of it the lead names (see :func:`_names`) and the words of the lead
        and of the lines of prose over it; ``None`` when no line there is the headline.
    """
    start = _body_start(chunks)
    if start is None:
        return None
    below = _stems(" ".join(c[:_LEAD_CHARS] for c in chunks[start : start + _LEAD_PIECES]))  # what the lead says
    patterns = classify.Patterns.of(cues)
    # A text that opens mid-sentence ("the board said."), cut from an article, shows no headline but over a byline
    cut = chunks[0][:1].islower() and chunks[0].endswith(classify.SENTENCE_CLOSES)
    best, best_named, best_at, seen, signed = None, 0.0, 0, 0, False
    for at in range(start - 1, max(0, start - _LOOK_ABOVE) - 1, -1):
        chunk = chunks[at]
        if _comment_label(chunk, cues):
            if best is not None:
                return None  # the run is the readers' comments ("Comments (4)" over it): the line, a comment's heading
            continue  # a count of comments by the byline
        if _LIST_ITEM.match(chunk) or not classify.shows_words(chunk):
            continue  # a list of links, a row of buttons
        if _signs(chunk, cues):
            signed = True  # the article's byline or date: the headline is over it
            continue
        if classify.word_count(chunk) <= 2:
            continue  # a button, a label
        if not (_is_headline(chunk) or (signed and _QUOTED_HEADLINE.fullmatch(chunk))):
            if classify.word_count(chunk) >= _SENTENCE:
                below |= _stems(chunk[:_LEAD_CHARS])  # a dek, a caption, the lead's first line
            continue
        if (
            patterns.chrome.match(chunk[:100])
            or chunk.startswith(cues.caption_labels)
            or _between(chunk, cues)
            or classify.find_credit(chunk, cues)
        ):
            continue
        if _trail(chunk, cues):
            break  # the trail over the headline: nothing above it is the article's
        if not signed and (cut or any(map(_is_lead, chunks[max(0, at - _ABOVE_PROSE) : at]))):
            continue  # a line under a paragraph, with no byline under it: a subhead or a quote in the body
        if at > 0 and _TIME_ALONE.match(chunks[at - 1]):
            continue  # a post's heading under its time ("10:42"), in a live blog
        named = _names(chunk, below)
        if best is not None and at == best_at - 1 and _over_dek(chunk, best, below):
            return chunk, named, below  # the headline over its dek, which may name more of the lead
        # Over the byline or the date, or naming much of what the lead tells
        if named > best_named and (signed or (len(_stems(chunk) & below) >= _NAMED and 2 * _share(chunk, below) >= 1)):
            best, best_named, best_at = chunk, named, at
        seen += 1
        if seen == _CANDIDATES:
            break
    return None if best is None else (best, best_named, below)


# A headline that is a quote whole, as an opinion piece or an interview may take its title from what its writer or
# guest says: "« Fermer les maternités, c'est abandonner les campagnes »", "“A city is a promise”"; over the byline
# or the date only (in the body, such a line is a pull quote)
_QUOTED_HEADLINE = re.compile(
    r"\u00ab[^\u00bb\n]{8,150}\u00bb|\u201c[^\u201d\n]{8,150}\u201d|\u201e[^\u201c\n]{8,150}\u201c|\"[^\"\n]{8,150}\""
)


def _over_dek(line: str, under: str, lead: set[str]) -> bool:
    """Whether *line*, right over *under*, both of a headline's shape over the body, are the headline and its dek.

    A dek tells more than the headline over it, in more words, and often names more of what the
    lead tells; the headline names some of it too. A section's label over the headline names
    little of it, in few words.
    """
    return _shaped_over_dek(line, under) and len(_stems(line) & lead) >= _NAMED


def _shaped_over_dek(line: str, under: str) -> bool:
    """Whether *line* may be a headline over *under*, its dek: shorter, but more than a section's label."""
    return classify.word_count(line) >= _HEADLINE_WORDS and len(line) < len(under)


_HEADLINE_WORDS = 5  # words at least of a headline over its dek: fewer make a section's label


def _as_names(chunk: str) -> bool:
    """Whether *chunk* is written as names are, each word opening with a capital: a site's name, a menu's line.

    A headline in sentence case, or in title case with its small words in lower case, is not.
    """
    return all(not word[0].isalpha() or word[0].isupper() for word in chunk.split())


def _signs(chunk: str, cues: Cues) -> bool:
    """Whether *chunk* is a byline or a date line, or the field of who publishes a government's page."""
    return len(chunk) < 200 and bool(
        _PUBLISHER.match(chunk)
        or classify.is_byline_prefix(chunk, cues)
        or classify.byline_authors(chunk, cues)
        or classify.name_and_date(chunk, cues)
        or classify.shows_date(chunk, cues)
        or classify.time_stamped(chunk)
    )


# Who publishes a government's page, in a field under its headline: "From: Ministry of Water and The Hon Jane Roe MP"
_PUBLISHER = re.compile(r"From:\s+[A-Z]")


def _share(line: str, lead: set[str]) -> float:
    """The share of the words of *line* that the *lead* uses."""
    words = _stems(line)
    return len(words & lead) / len(words) if words else 0.0


def _names(line: str, lead: set[str]) -> float:
    """How much of what *line* says the *lead* names: how many of its words the lead uses, weighed by their share."""
    words = _stems(line)
    return len(words & lead) ** 3 / len(words) ** 2 if words else 0.0


def _between(chunk: str, cues: Cues) -> bool:
    """Whether *chunk*, no byline or date line (see :func:`_signs`), is a name, a job or a credit under a headline."""
    return len(chunk) < 200 and bool(
        classify.name_and_job(chunk, cues)
        or classify.name_line(chunk, cues)
        or classify.is_name(chunk, cues)
        or classify.credit_line(chunk, cues)
    )


def _stems(text: str) -> set[str]:
    """The words of *text* of four letters or more, case-folded and cut to their first five: what a headline names."""
    return {word[:5] for word in _WORD.findall(text.casefold()) if len(word) >= 4}


_WORD = re.compile(r"[^\W\d_]+")
_LEAD_PIECES = 3  # the body's first paragraphs, whose words a headline names
_LEAD_CHARS = 1500
_LOOK_ABOVE = 40  # pieces above the body where its headline may stand
_CANDIDATES = 8  # lines of a headline's shape to weigh
_TIME_ALONE = re.compile(r"\A\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?\Z", re.I)  # "10:42", "9.15am"
_ABOVE_PROSE = 3  # pieces over a headline where no paragraph stands
_NAMED = 3  # words of the lead that a headline with no byline under it names
_SENTENCE = 8  # words: a line of prose under the headline, whose words it may name
_LABEL_TIMES = 3  # a headline under a label of a few words has three times its words at least
_LABEL_CHARS = 40
_COUNT = re.compile(r"\A\d+\s+|\s*\(\d+\)\Z|[\s:.]+\Z")  # "3 comments", "Comments (4)", "Leave a Reply:"


def _body_start(chunks: list[str]) -> int | None:
    """Where the longest run of prose starts that starts near the top: the body's first paragraph.

    A run goes on past a line between two sentences (a subhead, a caption); its weight is its
    sentences' words.
    """
    best, best_words = None, 0
    start, last, words = 0, -_BRIDGE - 2, 0
    for i, chunk in enumerate(chunks):
        if not _is_lead(chunk):
            if i >= _LOOK and i - last > _BRIDGE:
                break  # past the top, and the run at hand has ended
            continue
        if i - last > _BRIDGE + 1:
            if i >= _LOOK:
                break
            start, words = i, 0
        last = i
        words += classify.word_count(chunk)
        if words > best_words:
            best, best_words = start, words
    return best


_BRIDGE = 1  # lines between two sentences of a run: a subhead, a caption


def _above_dateline(chunks: list[str], cues: Cues) -> str | None:
    """The headline over the first dateline, when the body's lead stands under the date and no prose above it.

    A section's label, a menu or a site's name may stand over the headline ("Commentary"), and a
    short line between it and the date (the writer's name, "Updated"). A dateline under prose
    dates a comment or a teaser in a list after the body.
    """
    most = classify.Patterns.of(cues).dateline_words
    for i, chunk in enumerate(chunks[:_LOOK]):
        if _is_lead(chunk):
            return None
        if classify.word_count(chunk) > most or classify.published_date(chunk, cues) is None:
            continue
        if i + 1 == len(chunks) or not _is_lead(chunks[i + 1]):
            return None
        for above in reversed(chunks[max(0, i - 1 - _BETWEEN) : i]):
            if classify.word_count(above) > _SHORT_LINE:  # past a name: the headline, or nothing
                return above if _is_headline(above, quoted=False) else None
        return None
    return None


def _is_lead(chunk: str) -> bool:
    """Whether *chunk* is a sentence of prose as long as a body's first paragraph."""
    return classify.word_count(chunk) >= _LEAD and chunk.endswith((".", "!", "?", "\u201d", '"'))


_BETWEEN = 1  # short lines between a headline and its dateline: the writer's name, "Updated"
_SHORT_LINE = 3  # words: a name or a label; a headline is longer (as under _above_byline)
_LEAD = 15  # words


def _past_trail(chunks: list[str], head: str) -> str:
    """The headline itself, when *head* is a breadcrumb trail run into it and the next line repeats it.

    A browser writes a trail's links without the marks between them: "HomeWorld NewsFerries Resume".
    """
    at = chunks.index(head)
    after = chunks[at + 1] if at + 1 < len(chunks) else ""
    if len(after) >= _GLUED and after != head and head.endswith(after) and _is_headline(after):
        return after
    return head


_DATE_WORDS = 12  # words at most of a line that dates the page, over its headline
_GLUED = 15  # characters: a headline that a trail's text ends with is at least this long

_LOOK = 400  # pieces: a scraped page shows its headline near the top


def _page_title(chunks: list[str]) -> str | None:
    """The headline a scraped page's title line names ("Headline - Site"), when a later line repeats it."""
    if not chunks or len(chunks[0]) > 300:
        return None
    first = chunks[0]
    separator = classify.TITLE_SEPARATOR  # "Headline | Site"
    names = {first, *separator.split(first), *(first[: m.start()] for m in separator.finditer(first))}
    # (a later line repeats it; a quote whole may be one, as an interview takes its title from what its guest says)
    names = {
        name for name in map(str.strip, names) if _is_headline(name, sentences=True) or _QUOTED_HEADLINE.fullmatch(name)
    }
    # The longest part a later line repeats: the headline, not the site's name.
    found = max((c for c in chunks[1:_LOOK] if c in names), key=len, default=None)
    if found == first and not any(
        c == first and i + 1 < len(chunks) and _is_prose(chunks[i + 1]) for i, c in enumerate(chunks[1:_LOOK], 1)
    ):
        return None  # a first line with no site's name in it may be the site's name: a headline has prose under it
    return found


def _after_breadcrumb(chunks: list[str]) -> str | None:
    """The headline a breadcrumb trail ends with, written again under it, as a text browser shows it."""
    for i in range(1, min(len(chunks), _LOOK) - 1):
        item, under, after = chunks[i], chunks[i + 1], chunks[i + 2] if i + 2 < len(chunks) else ""
        above = chunks[i - 1]
        in_list = _LIST_ITEM.match(item) and _LIST_ITEM.match(above)
        # A browser writes the trail's items as lines, without marks: a short item, then the headline twice.
        in_trail = in_list or (
            # (a name or a section written twice, as an avatar's alt text over its name, is no headline;
            # nor is a line twice under a line that shows nothing, such as a zero-width space)
            item == under and len(above.split()) <= _TRAIL_ITEM < len(under.split()) and classify.shows_words(above)
        )
        if in_trail and _LIST_ITEM.sub("", item, count=1) == under and _is_headline(under) and _is_prose(after):
            return under
    return None


_TRAIL_ITEM = 4  # words: a breadcrumb's item is a section's name
# An item of a list as a text browser writes it: "* Home", "+ World", "3. Politics".
_LIST_ITEM = re.compile(r"\A(?:[*+o\u2022-]|\d{1,2}\.)\s+")


def _is_prose(chunk: str) -> bool:
    """Whether *chunk* reads as a sentence of prose, not a menu item or a label."""
    return classify.word_count(chunk) >= 5 and not _LIST_ITEM.match(chunk)


def _above_byline(chunks: list[str], cues: Cues) -> str | None:
    """The headline over the first byline, with at most a dek and a few short lines between.

    A name with the date run on after it ("Jane Roe May 3, 2024"), or in a field after it ("Jane
    Roe \u00b7 May 3, 2024", as a template sets a writer's name and the date), is a byline too, but
    says less than "By" does: its headline stands clear, with no line of a headline's shape over it
    (a writer's box, a teaser) to take for the headline instead.
    """
    byline = next(
        (
            i
            for i, c in enumerate(chunks[:_LOOK])
            if len(c) < _BYLINE_LENGTH
            and (
                classify.is_byline_prefix(c, cues)
                or classify.byline_authors(c, cues)
                or classify.name_and_date(c, cues)
                or _name_and_date_field(c, cues)
                or _over_date(c, chunks[i + 1 : i + 3], cues)
            )
            and not classify.staff_line(c, cues)  # (asked of a byline only)
        ),
        None,
    )
    if byline is None:
        return None
    signed = classify.is_byline_prefix(chunks[byline], cues) or classify.byline_authors(chunks[byline], cues)
    found, between, found_at, replaced, dek_at = None, 0, 0, False, -1
    lead: set[str] | None = None  # the words of the prose under the byline, read when two lines may be the headline
    for at in range(byline - 1, max(0, byline - _LOOK_UP) - 1, -1):
        chunk = chunks[at]
        long = classify.word_count(chunk) > 3 and not (
            classify.credit_line(chunk, cues)
            or classify.published_date(chunk, cues)
            or classify.media_line(chunk, cues)
        )  # a credit, a dateline or a player's line ("Listen to this article · 7 min") may stand between too
        if found is None and (
            (between == 1 and at + 1 == dek_at and _stopped_headline(chunk, chunks[dek_at]))
            # or a short one right over the dek, over a signed byline ("Story by Jane Roe"): "The 72-hour window"
            or (between == 1 and at + 1 == dek_at and signed and _short_headline(chunk, cues))
            # or right over the byline, no dek, under a section's label in capitals ("OPINION | GUEST ESSAY")
            or (at + 1 == byline and at and chunks[at - 1].isupper() and _stopped_headline(chunk))
        ):
            found, found_at = chunk, at
            break
        dek_at = at if long and dek_at < 0 else dek_at
        # (a headline of two sentences in sentence case too, as most papers set one: the byline under it tells)
        if (
            long
            and _is_headline(chunk, sentences=True)
            and not classify.Patterns.of(cues).date_label.match(chunk)
            and not classify.find_credit(chunk, cues)  # a caption with its credit, over the byline
        ):
            if _trail(chunk, cues) or classify.Patterns.of(cues).chrome.match(chunk[:100]):
                break  # the trail or the site's chrome above the headline: nothing above it is the article's
            if found is not None:
                if _label_over(chunk, cues):
                    break  # the section's label over the headline: "AGRICULTURE | HARVEST 2024"
                # Right over a dek with no full stop, the headline. Over the headline, a section's label, a
                # menu's line or the site's name, which name less of what the body tells.
                if any(classify.shows_words(between) for between in chunks[at + 1 : found_at]):
                    break  # (a review's stars may stand between: "\u2605\u2605\u2605\u2605\u2606")
                lead = _lead_under(chunks, byline) if lead is None else lead
                if 2 * _share(chunk, lead) < _share(found, lead) and _as_names(chunk):
                    break
                replaced = True
            found, found_at = chunk, at
        between += long
        if between > 1:  # past the dek, the next long line is the headline or nothing
            break
    if found is not None and not signed:
        if replaced and _name_and_date_field(chunks[byline], cues):
            return None  # two lines of a headline's shape over a name and a date's field: a menu's may be either
        above = chunks[found_at - 1] if found_at > 0 else ""  # over the headline of a name and a date alone
        if classify.word_count(above) > 3 and _is_headline(above):
            return None
    return found


def _label_over(chunk: str, cues: Cues) -> bool:
    """Whether *chunk* is a section's label set as no headline is: in capitals, or a section and topic, a bar between.

    "AGRICULTURE | HARVEST 2024", "Opinion | Farm Policy", as a page sets one over the headline; or its path.
    """
    labelled = classify.section_label(chunk, cues) and "|" in chunk
    return decide.capitals_label(chunk) or labelled or _section_path(chunk)


def _section_path(chunk: str) -> bool:
    """Whether *chunk* is a section's path, its parts parted by spaced slashes or bars: "News / Region / Transport".

    Three or four parts of a word or two, each capitalised, as a page sets the trail to its section over the
    headline with no home crumb first (two such parts may be a label and its topic: "Opinion / Letters").
    """
    parts = _PATH_BREAK.split(chunk)
    return _PATH_PARTS[0] <= len(parts) <= _PATH_PARTS[1] and all(
        part[:1].isupper() and len(part.split()) <= _PATH_WORDS for part in parts
    )


_PATH_BREAK = re.compile(r"\s[/|]\s")
_PATH_PARTS = (3, 4)  # parts: a section, a subsection and a topic
_PATH_WORDS = 2


def _over_date(chunk: str, after: list[str], cues: Cues) -> bool:
    """Whether *chunk* is a writer's name (perhaps where she filed from), or the newsroom's credit, over the date.

    "Jane Roe", "Jane Roe in Kyiv", "Staff Report".

    The date on the chunk's next line, or in the chunk right *after* it (past a blank one, under the
    newsroom's credit); or under her job, as a paper sets its writer's name, her post and the date on
    lines of their own ("Jane Roe", "Transport correspondent", "Sat 20 Apr 2024 06.00 BST").
    """
    signed, _, rest = chunk.partition("\n")
    if classify.staff_credit(signed, cues):
        return classify.shows_date(rest or next((n for n in after if n.strip()), ""), cues)
    if not classify.is_signed(signed, cues):
        return False
    if classify.published_date(rest or "".join(after[:1]), cues) is not None:
        return True
    job, date = [*chunk.split("\n"), *after, "", ""][1:3]
    return classify.is_job(job, cues, title_case=False) and classify.published_date(date, cues) is not None


def _short_headline(chunk: str, cues: Cues) -> bool:
    """Whether *chunk* is a headline of two or three words ("The 72-hour window"), no label in capitals nor name.

    Nor a place and its town, a comma between, as a review names its venue under the headline
    ("Northmoor Museum, Hullbridge").
    """
    return (
        1 < classify.word_count(chunk, 4) <= 3
        and "," not in chunk
        and not chunk.isupper()
        and _is_headline(chunk)
        and not classify.is_name(chunk, cues)
    )


def _stopped_headline(chunk: str, dek: str | None = None) -> bool:
    """Whether *chunk* is a headline set as short sentences with their full stops, shorter than the *dek* under it.

    Opinion pages set one so: "The river moved. The maps did not."
    """
    words = classify.word_count(chunk, _STOPPED_WORDS + 1)
    return (
        chunk.endswith(".")
        and not chunk.endswith("..")
        and chunk[:1].isupper()
        and words <= _STOPPED_WORDS
        and (dek is None or words < classify.word_count(dek, words + 1))
        and _is_headline(chunk[:-1], sentences=True)
        and all(len(part.split()) <= _STOPPED_SENTENCE for part in _SENTENCE_BREAK.split(chunk))
    )


_STOPPED_WORDS = 14  # words at most of a headline set as sentences
_STOPPED_SENTENCE = 8  # words at most of each of its sentences
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _name_and_date_field(chunk: str, cues: Cues) -> bool:
    """Whether *chunk* is a name alone, then a date in the field after it: "Jane Roe \u00b7 May 3, 2024"."""
    if "\n" in chunk or len(parts := classify.fields(chunk)) < 2:  # (a place may stand first as well)
        return False
    return classify.is_name(parts[0], cues) and classify.shows_date(parts[1], cues)


def _lead_under(chunks: list[str], at: int) -> set[str]:
    """The words of the first lines of prose under *at*: what the body's lead tells."""
    prose = itertools.islice(
        (c for c in chunks[at + 1 : at + _LOOK_UP] if classify.word_count(c) >= _SENTENCE), _LEAD_PIECES
    )
    return _stems(" ".join(c[:_LEAD_CHARS] for c in prose))


def _trail(chunk: str, cues: Cues) -> bool:
    """Whether *chunk* is a breadcrumb trail: "Harbour Times \u00bb Barrios".

    Or one whose marks a stylesheet drew: "Home News Science & Astronomy".
    """
    if classify.is_breadcrumb(chunk, cues):
        return True
    words = chunk.split()
    return (
        len(words) <= _TRAIL_WORDS
        and words[0].casefold() in classify.Patterns.of(cues).home_crumbs
        # (in a script without capitals, any word: "होम / बिज़नेस / नौकरी")
        and all(word[0].isupper() or not word[0].isalpha() or classify.uncased(word) for word in words)
    )


_TRAIL_WORDS = 8
_LOOK_UP = 12  # pieces above a byline where its headline may stand
# A headline may open with a number, "4 Things to Do in October", not as an item of a list ("3. World")
# or a widget's reading ("55°F Clear") does.
_NUMBERED = re.compile(r"\A\d[\d,]*(?![.)\d])\S*(?:\s+\S+){3}")


def _is_headline(chunk: str, *, quoted: bool = True, sentences: bool = False) -> bool:
    """One line, one sentence, not ending as prose does; "U.S." and "U.N." are no sentence breaks.

    A headline may open with a quoted phrase (see :data:`_QUOTE_LED`), unless *quoted* is false:
    with nothing around it to tell, a first line that does is as often a teaser of a list of links.
    Two sentences are a headline in title case ("The Cable Is Late. What Now?"), and with
    *sentences*, where a line is the text's first, in sentence case too, as most papers set one
    ("Obce bojují o spoje. Kraj škrtá kvůli úsporám", "The ferry is late. What now?").
    """
    words = chunk.split()
    # A Spanish question or exclamation opens with its mark turned: "¿Quién pagará la depuradora?"
    exclaimed = chunk[:1] == "\u00a1" and chunk[1:2].isupper()  # (a title's part may be empty: "0 | ")
    opening = chunk[tag.end() :] if (tag := _SECTION_TAG.match(chunk)) else chunk  # "[칼럼] 우리는 ..."
    return (
        "\n" not in chunk
        and lines.COLUMNS not in chunk.strip()  # two columns side by side, as a text browser sets a table
        and chunk.count(" | ") < 2  # a menu's line: "Home | Fact checks | About" (a headline may have one section)
        and not classify.menu_row(chunk)  # "Essays  Fiction  Poetry  Reviews"
        and 2 <= classify.word_count(chunk, 30) <= 30
        and (chunk[-1] not in ".,;:)!\u3002" or (exclaimed and chunk[-1] == "!"))
        and bool(opening)
        and (
            opening[0].isupper()
            or (opening[0].isalpha() and not opening[0].islower())  # a script without capitals: Arabic, Hindi, Chinese
            or (chunk[0] in "\u00bf\u00a1" and chunk[1:2].isupper())
            or _NUMBERED.match(chunk) is not None
            or (quoted and (led := _QUOTE_LED.match(chunk)) is not None and not led["first"].islower())
        )
        and (sentences or not re.search(r"[a-z]{3}[.!?]\s", chunk) or _title_case(words))
    )


# The section's tag in brackets before a headline, as Korean and Chinese papers set it: "[칼럼] ..." (a column),
# "【独家】..." (exclusive); not a text browser's number of a link ("[12]Home")
_SECTION_TAG = re.compile(r"\[(?!\d+\])[^\[\]\n]{1,12}\]\s+|\u3010[^\u3011\n]{1,12}\u3011\s*")


def _title_case(words: list[str]) -> bool:
    """Whether *words* are in title case, as a headline of two sentences is set: "The Cable Is Late. What Now?"."""
    long = [word for word in words if len(word) >= _CAPPED_LETTERS]
    return len(long) >= 2 and all(word[0].isupper() or not word[0].isalpha() for word in long)


_CAPPED_LETTERS = 4  # a word this long is capitalised in title case; "of", "the", "and" are not


# A headline may open with a quoted phrase, and go on after it: "'The sea keeps the score': a talk
# with ...", "“Unsafe” ferries kept in service", "« La mer » : débat ...", "„Nie wieder“: ...", and a comma after
# the guillemets that Italian sets a film's or a book's name in ("«Il sale», il Delta diventa un western"). A quote
# that closes on a full stop or a comma is a sentence of prose or a pull quote ("“We will rebuild,” the
# mayor said"; "“...” — Jane Roe"). Its first letter a capital in any script: "«Ми спимо в підвалі»: ...".
_QUOTE_LED = re.compile(
    r"\A['\"\u2018\u201c\u201e\u00ab][^\S\n]?(?P<first>[^\W\d_])[^\n]{0,100}?[^\s.,][^\S\n]?"
    r"['\"\u2019\u201c\u201d\u00bb][^\S\n]?(?::|(?<=\u00bb),)?[^\S\n]+\w"
)


def _read_chunk(chunk: str, title: str | None, before: list[Block], top: bool, cues: Cues) -> Iterator[Block]:
    """The block (or image and paragraph) that one chunk is, by its own words."""
    if title is not None and chunk == title:
        yield Heading(text=chunk, level=1) if top else Fragment(text=chunk, role="title")
        return
    if found := _image(chunk, title):
        slug, end = found
        yield Image(alt=chunk[:end], slug=slug)
        if chunk[end:]:
            yield Paragraph(text=chunk[end:], spacing="")  # the alt text runs into the paragraph
        return
    if scraped.file_name(chunk):
        yield Image(alt=chunk)
        return
    if (
        top
        and (cut := _dateline_in(chunk, cues)) is not None
        and (byline := decide.prose_block(names := chunk[:cut].rstrip(), before, top, cues))
        == Fragment(text=names, role="byline")
    ):
        # "By Jane Roe and John Doe HARBOUR CITY (Harbour Wire) \u2014 Voters ...": a crawl that flattens the
        # page runs the byline into the story's first paragraph, which its dateline opens (under the headline
        # and the page's lines, before any prose)
        yield byline
        yield Paragraph(text=chunk[cut:], spacing=chunk[len(names) : cut])
        return
    block = decide.prose_block(chunk, before, top, cues)
    if isinstance(block, Attribution | Disclaimer | Bio):
        yield from scraped.split_note(chunk, block, cues)
        return
    if isinstance(block, Paragraph) and (caption := scraped.agency_caption(chunk, cues)):
        yield caption
        return
    if (
        isinstance(block, Paragraph)
        and before
        and (
            isinstance(before[-1], Image)
            or (
                isinstance(before[-1], Fragment)
                and (
                    classify.counts_slides(before[-1].text, cues)
                    # lynx's "[IMG]", "[8][IMG]"
                    or classify.unnumbered(before[-1].text).strip().lower() in cues.picture_placeholders
                )
            )
        )
        and classify.word_count(chunk, _UNDER_PICTURE) <= _UNDER_PICTURE
        and (credit := classify.named_credit(chunk)) is not None
    ):
        # Under a picture's file name, its mark or a slideshow's counter, "... in January. (Harbour Daily/Jane Roe)":
        # the caption, an outlet and its photographer after its last sentence (amid the body, "(Pier Road/Water
        # Street)" is none)
        image = len(before) - 1 if isinstance(before[-1], Image) else None
        yield credit.caption(image=image)
        return
    if isinstance(block, Caption) and block.text and classify.legal_notice(block.text, cues):
        yield Paragraph(text=chunk)  # the site's footer: "... All rights reserved. Photos: Jane Doe"
        return
    yield block


_UNDER_PICTURE = 30  # words: a caption under a picture, not the paragraph of the body after it


def _dateline_in(chunk: str, cues: Cues) -> int | None:
    """Where a news dateline opens the story's prose after a byline's names, on its line: "CAIRO (AP) \u2014 ..."."""
    prefix = chunk[:_NAMES].split(" ", 1)[0]
    if not classify.is_byline_prefix(prefix, cues):
        return None
    for space in _SPACE_BEFORE_CAPITALS.finditer(chunk, len(prefix), _NAMES):
        rest = chunk[space.end() : space.end() + _DATELINE_REACH]  # (not a copy of the whole chunk at each capital)
        if classify.opens_with_dateline(rest) and classify.word_count(rest, _LEAD_WORDS) >= _LEAD_WORDS:
            return space.end()
    return None


_SPACE_BEFORE_CAPITALS = re.compile(r" +(?=[A-Z]{2})")
_NAMES = 120  # characters of a byline's names, and who they work for, before the dateline
_LEAD_WORDS = 12  # words from the dateline on: the story's first sentence
_DATELINE_REACH = 400  # characters: a dateline and the words after it


def _image(chunk: str, title: str | None) -> tuple[Slug, int] | None:
    """The slug of an image line and where its alt text ends (at the title, if it names it)."""
    if found := classify.read_slug(chunk):
        slug, rest = found
        start = len(chunk) - len(rest)
        return slug, start + (len(title) if title and rest.startswith(title) else len(rest))
    if title and (words := classify.slug_before(chunk, title)):
        return words, chunk.index(title) + len(title)
    return None
