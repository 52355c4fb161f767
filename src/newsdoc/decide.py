"""Deciding blocks with their context: shared by the text and the HTML parsers.

:func:`prose_block` types one piece of prose from its words and what precedes
it; :func:`settle` makes the passes that need the whole article (standfirsts,
bios, pull quotes); :func:`article_of` gathers what the blocks say about the
article. The parsers differ in how they cut a source into pieces, not in how
they judge them.
"""

from __future__ import annotations

import array
import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs

from . import classify
from .cues import Cues
from .marks import covers
from .model import (
    Article,
    Attribution,
    AttributionKind,
    Bio,
    Block,
    Caption,
    Disclaimer,
    Fragment,
    Heading,
    Image,
    ItemList,
    MarkKind,
    Paragraph,
    PullQuote,
    Quote,
    Standfirst,
    Table,
    plain_text,
    renumbered,
)

__all__ = ["article_of", "authors_of", "bylined", "is_dek", "metadata_of", "prose_block", "settle", "spoken"]

# German quotes open low and close high: "\u201e...\u201c", and "\u201a...\u2018" within them.
_PULL_QUOTE = re.compile(
    # (German and Danish set "\u00bb...\u00ab", Swedish and Finnish "\u201d...\u201d")
    r"\A(?P<opening>[\u201c\"\u00ab\u2018\u201e\u201a\u00bb\u201d])(?P<text>[^\n]+?)"
    r"(?P<closing>[\u201d\"\u00bb\u2019\u201c\u2018\u00ab])"
    r"(?:(?P<prefix>\s*[\u2013\u2014-]{1,2}\s*)(?P<attribution>[^\n\u201c\u201d\"]{2,80}?))?\Z"
)
# A quote and who said it, as a pull quote restates a quote from the body: "“...,” Jane Doe said."
_SAID_QUOTE = re.compile(
    r"\A(?P<opening>[\u201c\"])(?P<text>[^\n\u201c\u201d\"]+?)(?P<closing>[\u201d\"])"
    r"(?P<prefix>[^\S\n]+)(?P<attribution>[^\n\u201c\u201d\"]{2,100})\Z"
)
_LONGEST = 80  # words: a pull quote repeats no more of the body
_NOTICE = 600  # characters: a site's legal notice, with its links


def _site_notice(chunk: str, cues: Cues, *, dated: bool = False) -> bool:
    """Whether *chunk* is the site's own notice (see :func:`~newsdoc.classify.site_notice`), told cheaply first.

    With *dated*, its copyright line with the year alone is too (see :func:`~newsdoc.classify.dated_copyright`).
    """
    if len(chunk) > _NOTICE or not (
        classify.shows_copyright_sign(chunk) or "opyright" in chunk or "(c)" in chunk or "(C)" in chunk
    ):
        return False
    return classify.site_notice(chunk, cues) or (dated and classify.dated_copyright(chunk))


HEADER_ROLES = frozenset({"byline", "date"})
"""The roles of the fragments a header sets under the headline: its byline and its date."""

_REACH = 30  # how many blocks from the paragraph it repeats a pull quote may stand
_KICKER = re.compile(r"\A(?P<kicker>[A-Z][A-Z&'\u2019-]+(?:\s[A-Z&'\u2019-]+){0,2}):\s")


def prose_block(chunk: str, before: list[Block], top: bool, cues: Cues) -> Block:
    """Type a piece of prose by its words and the blocks before it.

    Args:
        chunk: The words.
        before: The blocks that precede it; a caption ties itself to an image there.
        top: Whether only fragments (kicker, breadcrumb, headline) precede it.
        cues: The cue words.
    """
    previous = before[-1] if before else None
    image = len(before) - 1 if isinstance(previous, Image) else None
    if classify.contribution_line(chunk, cues):  # "(With AFP)" under a story: who else worked on it, no credit
        return Fragment(text=chunk, role="byline")
    if classify.signed_in_brackets(chunk):  # "（中村翔太）" under the story: its writer
        return Fragment(text=chunk, role="byline")
    if classify.end_mark(chunk, cues):  # "Lusa/Fim", "(END)": where a wire's story ends, no credit
        return Fragment(text=chunk)
    credit = classify.find_credit(chunk, cues) or classify.credit_line(chunk, cues)
    if credit and image is None and classify.cites_source(credit, cues) and not classify.caption_opening(chunk, cues):
        # "... rose by a tenth in 2024 (Source: Lake Transport Office).": the sentence's; not a chart's caption's
        credit = None
    if credit and image is None and (feed := classify.feed_note(chunk, cues)):
        return feed  # "Source: Harbour Ferries press release": a note written whole, whose label opens credits too
    if (
        credit
        and image is None
        and (not credit.text or classify.byline_authors(credit.text, cues))  # (most captions stop here)
        and (classify.byline_authors(chunk, cues) or classify.byline_over_date(chunk, cues))
    ):
        # "By Jane Roe, Reuters": the writer and her agency; "Words by Jane Roe. Photographs by John Doe.": who
        # wrote it and who took its pictures. No caption and its credit.
        return Fragment(text=chunk, role="byline")
    if credit and image is None and _site_notice(chunk, cues):
        return Fragment(text=chunk)  # "<저작권자 © 한빛일보, 무단전재 및 재배포 금지>": the site's notice, no credit
    if credit and (credit.strong or image is not None):
        return credit.caption(image=image)
    words = classify.word_count(chunk, 120)  # (no judgement here counts further)
    if words <= 80 and classify.caption_opening(chunk, cues):
        return Caption(text=chunk, image=image)
    if words <= 80 and (quote := whole_quote(chunk)):
        return quote
    # (under the byline, a name's words before a date are the town it was filed from: "San Telmo, 5 March 2024")
    signed = isinstance(previous, Fragment) and previous.role == "byline"
    dated = classify.shows_date(chunk, cues) or (
        signed
        and words <= _PLACED_DATE_WORDS
        and "\n" not in chunk
        and classify.published_date(chunk, cues, named_place=True) is not None
        and not classify.byline_authors(chunk, cues)  # (a second byline, its date after it: "By Jane Roe, May 3")
    )
    if words <= 12 and dated and not _dated_byline(chunk, cues):
        return Fragment(text=chunk, role="date")  # "First published: March 3, 2021" is no republication note
    if len(chunk) <= 3000 and words <= 120 and (note := classify.read_note(chunk, cues)):
        if isinstance(note, Disclaimer) and classify.promo_line(chunk, cues):
            # "X is a reader-supported publication. ..., consider becoming a paid subscriber.": who funds the
            # newsroom, said to ask the reader to: its pitch, not a disclosure
            return Fragment(text=chunk)
        return note
    if len(chunk) < 200 and (
        classify.chrome_line(chunk, cues)
        or classify.stock_line(chunk, cues)
        or classify.ornament(chunk)
        or classify.reading_time(chunk, cues)
        or classify.link_line(chunk)
        or classify.link_reference(chunk)
        or classify.file_link(chunk)
        or classify.host_line(chunk)
        or classify.media_line(chunk, cues)
        or classify.post_stamp(chunk, cues)
    ):
        # "Skip to main content", "Tag Archives: Syria", "Advertisement", "4 min read", "[1]Home [2]News", "* * *",
        # "Download the report (PDF, 1 MB)", "harbour.example" (the site, over the headline a reading view copies),
        # "Watch: Crews battle a fire", "10:42 BST" (a live page's post's time)
        return Fragment(text=chunk)
    if classify.promo_line(chunk, cues):
        return Fragment(text=chunk)  # "Follow Harbour News on Facebook.": the newsroom's call, under the story
    if _site_notice(chunk, cues, dated=image is None):
        return Fragment(text=chunk)  # the site's own: "© 2024 Example Media Ltd. All rights reserved."
    if top and capitals_label(chunk) and not classify.byline_authors(chunk, cues):
        return Fragment(text=chunk, role="kicker")  # (not "BY JANE ROE", a byline in capitals)
    if classify.byline_authors(chunk, cues) or classify.byline_over_date(chunk, cues):
        return Fragment(text=chunk, role="byline")
    if _staff_signed(chunk, cues) and (top or not (previous and classify.is_name(plain_text(previous), cues))):
        # "Staff Reporter", "Agencies": the newsroom signs it (under a writer's name, her post in an author box)
        return Fragment(text=chunk, role="byline")
    if classify.tags_of(chunk, cues):
        return Fragment(text=chunk, role="tags")
    if dated:
        return Fragment(text=chunk, role="date")
    if classify.is_breadcrumb(chunk, cues):
        return Fragment(text=chunk, role="breadcrumb")
    return Paragraph(text=chunk)


def capitals_label(chunk: str) -> bool:
    """Whether *chunk* is a section's label in capitals, a few words, perhaps its subsection after a bar or a slash.

    "ANALYSIS", "OPINION | GUEST ESSAY", "WORLD / EUROPE", as a page sets it over the headline.
    """
    parts = _LABEL_PARTS.split(chunk) if len(chunk) <= _LABEL_LENGTH else ()
    return 0 < len(parts) <= _LABEL_PART_COUNT and all(
        part.isupper() and classify.word_count(part, _CAPITALS_WORDS + 1) <= _CAPITALS_WORDS for part in parts
    )


_LABEL_PARTS = re.compile(r"\s[|/\u00b7\u2022]\s")
_LABEL_LENGTH = 60  # characters
_LABEL_PART_COUNT = 3
_CAPITALS_WORDS = 4  # words at most of a label in capitals: "UK STORMS AND FLOODING", a topic's over its stories


def caption_under(block: Paragraph, before: list[Block]) -> Caption | None:
    """*block*, right under a picture, as its caption when it is set as one: in italics, or with a credit in brackets.

    Hand-written Markdown, converters and a blog's editor set a picture's caption in emphasis under
    it ("*Lanterns over the ticket office.*"), or end it with whose the picture is in brackets,
    a photographer and an outlet ("... before boarding. (Jane Roe/Harbour Voices)"), which
    after any sentence of the body would be no credit (see :func:`classify.named_credit`).
    """
    if not before or not isinstance(before[-1], Image):
        return None
    text, image = block.text, len(before) - 1
    if classify.word_count(text, _CAPTION_UNDER_WORDS) > _CAPTION_UNDER_WORDS:
        return None
    if (credit := classify.named_credit(text)) is not None:
        return credit.caption(image=image)
    if not covers(text, block.marks, MarkKind.EMPHASIS) or whole_quote(text) is not None:
        return None  # (words wholly in quote marks are a quote's, under the picture, or a pull quote)
    return Caption(text=text, image=image)


_CAPTION_UNDER_WORDS = 60  # words at most of a caption set as one under its picture


_PLACED_DATE_WORDS = 12  # a town and its date, its time and weekday


def _dated_byline(chunk: str, cues: Cues) -> bool:
    """Whether *chunk* opens as a byline and names its writers, a date after them: "By Jane Roe | May 3, 2024".

    A text browser's too, which numbers the link to the writer's page: "By [8]Jane Roe | May 3, 2024"; or
    its first field or second, after a column's name or the date: "Money Clinic | By Jane Roe | May 3, 2024";
    or the newsroom's credit before the date: "Staff reporter · May 3, 2024".
    """
    byline = classify.Patterns.of(cues).byline
    return _staff_signed(chunk, cues) or (
        any(byline.match(field) for field in classify.fields(classify.unnumbered(chunk))[:2])
        and bool(classify.byline_authors(chunk, cues))
    )


def _staff_signed(chunk: str, cues: Cues) -> bool:
    """Whether *chunk* signs the story for the newsroom, perhaps the date in a field after: "Staff reporter · May 3"."""
    if classify.staff_credit(chunk, cues):
        return True
    if len(chunk) > _STAFF_ROW:
        return False  # (a row's length: splitting is not linear in a long run of spaces)
    first, *rest = classify.fields(chunk)
    return classify.staff_credit(first, cues) and all(classify.shows_date(field, cues) for field in rest)


_STAFF_ROW = 100  # characters at most of the newsroom's credit and the date in a field after it


def whole_quote(text: str) -> PullQuote | None:
    """*text* as a pull quote when it is wholly in quote marks, perhaps with who said it after a dash."""
    if (match := _PULL_QUOTE.match(text)) is None:
        return None
    if (said := match["attribution"]) and said[:1].islower() and said.rstrip().endswith("."):
        # "\u201e...\u201d \u2013 powiedzia\u0142 burmistrz podczas otwarcia.": the sentence goes on, no one signs it
        return None
    opening, words, closing = quote_parts(match["opening"], match["text"], match["closing"])
    if not words:  # (spaces alone between the marks stay the words)
        opening, words, closing = match["opening"], match["text"], match["closing"]
    quote = PullQuote(text=words, attribution=match["attribution"], opening=opening, closing=closing)
    return attrs.evolve(quote, attribution_prefix=match["prefix"]) if match["attribution"] else quote


def quote_parts(opening: str, inner: str, closing: str) -> tuple[str, str, str]:
    """Quote marks and the words between them, the spaces at the words' edges given to the marks.

    French sets a space inside its guillemets: "\u00ab", " Un enfant ... ", "\u00bb" give "\u00ab ",
    "Un enfant ...", " \u00bb". Spaces alone between the marks give no words.
    """
    words = inner.strip()
    lead = inner.find(words) if words else len(inner)
    return opening + inner[:lead], words, inner[lead + len(words) :] + closing


def spoken(text: str, cues: Cues) -> PullQuote | None:
    """*text*, a quote, as a pull quote with who said it on a line of its own under the quote.

    A pull quote's box sets the speaker under the quote, and a converter writes both in one
    block quote: "Keeping the wall costs more.", then "Jane Roe, river engineer" (a dozen words
    at most, no sentence, a name's two capitalised words first), or anything after a dash ("—
    Whitlock", as a page's ``<cite>`` is read). The quote ends as a sentence does; a share
    button under it ("Tweet this") is no speaker.
    """
    if (match := _SPEAKER.match(text)) is None:
        return None
    line, who = match["attribution"], match["attribution"].split()
    if match["dash"]:
        if len(who) > _DASHED_WORDS:
            return None
    elif not (
        len(who) <= _SPEAKER_WORDS
        and len(who) >= 2
        and who[0][0].isupper()
        and who[1][0].isupper()
        and not line.endswith((".", "!", "?"))
    ):
        return None  # "More crossings would follow in the summer": the quote's own last line
    if classify.page_line(line, cues):
        return None
    quote = whole_quote(match["text"]) or PullQuote(text=match["text"], opening="", closing="")
    if quote.attribution is not None:
        return None  # quoted, with its own speaker after a dash
    return attrs.evolve(quote, attribution=line, attribution_prefix=match["prefix"])


_QUOTE_ENDS = (".", "!", "?", "\u2026", "\u201d", '"', "\u2019", "\u00bb", "\u201c", "\u00ab")  # what ends a quote
_SPEAKER = re.compile(
    # (a quote an editor cut short may end in no mark over a speaker after a dash: "... too much", "\u2014 Jane Roe")
    rf"(?P<text>\S.*?(?:[{re.escape(''.join(_QUOTE_ENDS))}]|\w(?=\s*\n\s*[\u2013\u2014-])))"
    r"(?P<prefix>\s*\n\s*(?P<dash>[\u2013\u2014-]{1,2}[^\S\n]*)?)"
    r"(?P<attribution>[^\s\u201c\u201d\"][^\n\u201c\u201d\"]{0,159})(?<!\s)\Z",
    re.DOTALL,
)
_SPEAKER_WORDS = 12
_DASHED_WORDS = 20  # words after a dash: a name, and what the speaker is


def settle(blocks: list[Block], title: str | None, cues: Cues, *, marked: Sequence[int] = ()) -> None:
    """Decide, in place, what needs the whole article: standfirsts, bios, pull quotes.

    Args:
        blocks: The article's blocks, changed in place.
        title: The headline, if known.
        cues: The cue words.
        marked: For each block, whether a page's markup typed it; such a type stands.
    """
    if title is not None:
        _standfirsts(blocks, title, cues)
    # Whether markup typed block i (a list of flags, not a set of numbers: a page may have millions of blocks)
    fixed = bytearray(marked)  # a byte a block: a text may have millions
    fixed.extend(bytes(len(blocks) - len(fixed)))
    _writers_bios(blocks, fixed, cues)
    strangers_bios(blocks, fixed, cues)
    # Where the paragraphs start and end (without a list of where each is: a text may hold millions)
    first = next((i for i, block in enumerate(blocks) if isinstance(block, Paragraph)), len(blocks))
    last = next((i for i in range(len(blocks) - 1, -1, -1) if isinstance(blocks[i], Paragraph)), -1)
    # A bio stands at the end of the body with short lines under it that say no sentence: the job under
    # an author box's name ("Staff writer"), a button's word; or that are the site's to its reader, its pitch
    # ("We are a nonprofit newsroom. Donate today.")
    prose = next(
        (
            i
            for i in range(last, first - 1, -1)
            if isinstance(blocks[i], Paragraph)
            and _prose(blocks[i].text)
            and not (i and isinstance(blocks[i - 1], Bio) and classify.contact_line(blocks[i].text, cues))
            and not classify.speaks_to_reader(blocks[i].text, cues)
        ),
        last,
    )
    for i, block in enumerate(blocks):
        if isinstance(block, Bio) and first < i < prose and not fixed[i]:
            # "X is a ..." amid the body
            blocks[i] = Paragraph(text=block.text, marks=block.marks, spacing=block.spacing)
        elif (
            i > prose
            and type(block) is Paragraph
            and isinstance(blocks[i - 1], Bio)
            and classify.contact_line(block.text, cues)
        ):
            blocks[i] = Bio(text=block.text, marks=block.marks, spacing=block.spacing)  # "Follow him on X: @jroe"
    sources_as_bios(blocks, fixed, cues)
    if (
        first < last
        and not fixed[last]
        and isinstance(end := blocks[last], Paragraph)
        and (name := classify.name_line(end.text, cues))
        and end.text[len(name) :].startswith(",")  # not a menu's line: "Example BrandVoice | Paid Program"
    ):
        # The writer's line that ends a republished piece: "Jane Roe, Associate Professor of Law, Harbour University"
        blocks[last] = Bio(text=end.text, marks=end.marks, name=name, spacing=end.spacing)
    _pull_quotes(blocks, fixed, cues)
    _names_over_bios(blocks, cues)
    _bold_headings(blocks, fixed)
    for i, block in enumerate(blocks):
        # What a pull quote repeats may have been judged a pull quote too: then it repeats nothing here.
        if (
            isinstance(block, PullQuote)
            and block.repeats is not None
            and not isinstance(blocks[block.repeats], Paragraph | Quote)
        ):
            blocks[i] = attrs.evolve(block, repeats=None)


def _bold_headings(blocks: list[Block], fixed: Sequence[int]) -> None:
    """Make a subheading of a paragraph set wholly in bold between the body's parts: "**The lunch problem**".

    Where one editor sets a subheading as a heading element, another, in a blog's or a CMS's editor, sets it
    as a paragraph in bold. It is a few words that say no sentence (a question may head a section: "Which
    units sell best?"), under the body's prose or a picture's caption and over more prose: a bold line right
    under a picture may be its caption, one at the top the standfirst, one at the end the writer's name, and
    one with a link leads to another story.
    """
    for i in range(1, len(blocks) - 1):
        block = blocks[i]
        if (
            type(block) is Paragraph
            and not fixed[i]
            and covers(block.text, block.marks, MarkKind.STRONG)
            and not any(mark.kind is MarkKind.LINK for mark in block.marks)
            and type(blocks[i - 1]) in (*_BODY_PARTS, Caption)
            and type(blocks[i + 1]) in _BODY_PARTS
            and classify.word_count(block.text, _BOLD_HEADING_WORDS) <= _BOLD_HEADING_WORDS
            and _BOLD_HEADING.fullmatch(block.text)
        ):
            marks = tuple(mark for mark in block.marks if mark.kind is not MarkKind.STRONG)
            blocks[i] = Heading(text=block.text, marks=marks, spacing=block.spacing)


_BODY_PARTS = (Paragraph, Quote, ItemList, Table)
_BOLD_HEADING_WORDS = 12
# One line that ends no sentence (but may ask a question, or trail off: "The bottom line ..."), and holds none
# ended inside it ("Meth. We're on it." is a slogan quoted, in bold)
_BOLD_HEADING = re.compile(r"(?![^\n]*[.!?][\"'\u201d\u2019\u00bb]?\s)[^\n]*(?:[^\s.,;:!\u3002\uff01]|\.\.\.|\u2026)")


def _writers_bios(blocks: list[Block], fixed: bytearray, cues: Cues) -> None:
    """The bios of the byline's writers, in place: by title ("Ms. Roe is ..."), by whole name, or beside another.

    "The writer is ..." and "I am a ..." name no one: under a byline of one writer, they are hers.

    A bio that names the writer by title and surname is hers wherever it stands, under the byline
    as under the body: it stands as a type markup gave does. A piece by several writers closes on
    a bio of each, and not every one says "X is a ...": "Ada Poe chairs the Tern Trust." beside
    "Jane Roe is a lecturer at ..." is a bio when the byline names Ada Poe. Not one that says what
    she says (see :func:`sources_as_bios`).
    """
    writers = bylined(blocks, cues)
    bylines = " ".join(b.text for b in blocks if isinstance(b, Fragment) and b.role == "byline").casefold()
    # A newsroom's style names the writer by title and surname: "Ms. Roe is a former pilot." (see writer_bio).
    titled = {f"{title} {name.split()[-1]}".casefold() for name in writers for title in cues.honorifics}
    # ... or by her whole name: a bio under the body (amid it, "Jane Roe is ..." is the story's: see settle)
    named = titled | {name.casefold() for name in writers}
    for i, block in enumerate(blocks if writers or bylines else ()):
        if type(block) is Paragraph and not fixed[i] and (name := classify.writer_bio(block.text, named, cues)):
            blocks[i] = Bio(text=block.text, marks=block.marks, name=name, spacing=block.spacing)
            fixed[i] = " ".join(name.split()).casefold() in titled  # (by title, it stands wherever it is)
        elif (
            type(block) is Paragraph
            and not fixed[i]
            and i
            and type(over := blocks[i - 1]) in (Heading, Paragraph)
            and len(over.text) <= _NAME_LENGTH  # (a name is short: the body's paragraphs are not read again)
            and _names_a_writer(over.text, named, bylines, cues)
            and classify.word_count(block.text, _BOX_WORDS) <= _BOX_WORDS
            and not _post(block.text, cues)  # her post alone, over the bio: its label (see _names_over_bios)
        ):
            # An author box: the writer's name as its heading, then a few words on her, whatever they say
            # ("Education reporter. Call 555-0187."); amid the body, it is the body's again (see settle)
            blocks[i] = Bio(text=block.text, marks=block.marks, name=over.text.strip(), spacing=block.spacing)
    if len(writers) == 1:
        # "The writer is a former ambassador to ...", "I am a ...": the one writer the byline names
        (writer,) = writers
        for i, block in enumerate(blocks):
            if isinstance(block, Bio) and block.name is None and classify.introduces_writer(block.text, cues):
                blocks[i] = attrs.evolve(block, name=writer)
    if not any(isinstance(block, Bio) for block in blocks):
        return
    for order in (range(1, len(blocks)), range(len(blocks) - 2, -1, -1)):  # after a bio, then before one
        for i in order:
            block, beside = blocks[i], blocks[i - 1 if order.step == 1 else i + 1]
            if type(block) is not Paragraph or fixed[i] or not isinstance(beside, Bio):
                continue
            name = next((name for name in writers if block.text.startswith(f"{name} ")), None)
            if (
                name
                and name != beside.name
                and classify.word_count(block.text, BIO_WORDS) <= BIO_WORDS
                and not classify.reports_speech(block.text, cues)
            ):
                blocks[i] = Bio(text=block.text, marks=block.marks, name=name, spacing=block.spacing)


def _names_a_writer(line: str, named: set[str], bylines: str, cues: Cues) -> bool:
    """Whether *line* is a writer's name alone: one the bylines give, or a name they hold ("By Jane Roe Staff")."""
    name = " ".join(line.split())
    return name.casefold() in named or (name.casefold() in bylines and classify.is_name(name, cues))


def bylined(blocks: list[Block], cues: Cues) -> set[str]:
    """The writers the bylines among *blocks* name."""
    lines = (b.text for b in blocks if isinstance(b, Fragment) and b.role == "byline")
    return {name for line in itertools.islice(lines, _BYLINES) for name in authors_of(line, cues)}


def strangers_bios(blocks: list[Block], fixed: Sequence[int], cues: Cues) -> None:
    """A bio of someone the byline does not name, right under a paragraph, is the body's: the blocks changed in place.

    "Lola Medina is a journalist, and it was she who took the study to the council": the story's
    last word on one of its people, where the byline names its writers. Their own bios close a
    piece, and others' after those (a contributor's, an illustrator's); a bio in a writer's verbs
    ("writes from", "covers") is one whoever it names; markup that calls it a bio (see *fixed*) has
    the last word.
    """
    writers = bylined(blocks, cues)
    if not writers or not all(classify.is_name(writer, cues) for writer in writers):
        return  # no byline, or a newsroom's or an agency's
    names = {word.casefold() for writer in writers for word in writer.split()}
    writes = classify.Patterns.of(cues).bio_verb  # "Odo Brack writes from Skerryhaven.": a writer's, whoever she is
    for i in range(1, len(blocks)):
        block = blocks[i]
        if (
            isinstance(block, Bio)
            and not fixed[i]
            and block.name is not None
            and names.isdisjoint(word.casefold() for word in block.name.split())
            and type(blocks[i - 1]) in (Paragraph, Quote, ItemList)  # the body's last block
            and not writes.match(block.text)
        ):
            blocks[i] = Paragraph(text=block.text, marks=block.marks, spacing=block.spacing)


_BOX_WORDS = 60  # words at most of what an author box says under the writer's name
_NAME_LENGTH = 60  # characters at most of a writer's name on a line of its own
_BYLINES = 8  # byline lines looked at for the writers' names: a live page may have one a post
BIO_WORDS = 150  # words at most of a writer's bio


def sources_as_bios(blocks: list[Block], fixed: Sequence[int], cues: Cues) -> None:
    """A "bio" that says what its person says or thinks is the story's prose: the blocks changed in place.

    An analysis closes on a source as often as a piece closes on its writer's bio, in the same
    words at first: "Owen Dray is a former member of the fisheries board. He thinks a cap would
    pass ...". A bio tells who its person is, not what they hold (see
    :attr:`~newsdoc.Cues.speech_tags`). Not one that markup typed (see *fixed*).
    """
    for i, block in enumerate(blocks):
        if isinstance(block, Bio) and not (i < len(fixed) and fixed[i]) and classify.reports_speech(block.text, cues):
            blocks[i] = Paragraph(text=block.text, marks=block.marks, spacing=block.spacing)


def _names_over_bios(blocks: list[Block], cues: Cues) -> None:
    """The writer's name alone over their bio (an author box's name, a portrait's caption) is a fragment, in place.

    No paragraph of the body, nor a picture's caption: the label of the bio under it, which names the same.
    So is the writer's post, on a line between: "Contributing Editor at Harbour Voices", "Staff writer".
    """
    for i in range(len(blocks) - 1):
        bio = blocks[i + 1]
        if not isinstance(bio, Bio) or bio.name is None:
            continue
        post = i > 0 and type(blocks[i]) is Paragraph and _post(blocks[i].text, cues)
        named = blocks[i - 1 if post else i]
        if (
            isinstance(named, Paragraph | Caption | Fragment | Heading)
            and not getattr(named, "credit", None)
            and " ".join(named.text.split()) == bio.name
        ):
            for at in (i - 1, i) if post else (i,):
                if type(line := blocks[at]) is not Fragment:  # (a byline already, as scraped text reads it)
                    blocks[at] = Fragment(text=line.text, spacing=line.spacing)


def _post(line: str, cues: Cues) -> bool:
    """Whether *line* is a writer's post, and where she holds it: "Contributing Editor at Harbour Voices"."""
    return classify.is_job(_AT_WORK.split(line, maxsplit=1)[0].strip(), cues, title_case=False)


_AT_WORK = re.compile(r",|\s(?:at|for|of|with)\s|\s[|·•-]\s")  # what parts the post from where it is held


def notes_in_body(blocks: list[Block], fixed: Sequence[int], cues: Cues, first: int | None = None) -> None:
    """A note's phrase in a sentence of the story, amid or after its paragraphs, is prose: the blocks changed in place.

    "The timetable was originally published in 1943 and ...", "The views expressed at the meeting
    were ...": a note that no markup typed (see *fixed*, a flag a block), that neither frames itself
    (see :func:`framed_note`), nor speaks of the piece or the newsroom (see :func:`~newsdoc.classify.of_itself`),
    nor names where the piece appeared, nor says under the story who pays for the newsroom, after the first
    paragraph (*first*, by default the first paragraph's place), is a paragraph. Nor is a note under another
    after the body, perhaps under its label ("Partners"): the notes that close a piece stand together. A
    paragraph under a note's label on a line of its own is that note (see :func:`_labelled_notes`).
    """
    labelled = _labelled_notes(blocks, fixed, cues)
    if first is None:
        first = next((i for i, block in enumerate(blocks) if isinstance(block, Paragraph)), len(blocks))
    last = next((i for i in range(len(blocks) - 1, first, -1) if isinstance(blocks[i], Paragraph)), first)
    # the body's last sentence: the notes under it stand together, their labels between ("Partners")
    prose = next((i for i in range(last, first, -1) if type(b := blocks[i]) is Paragraph and _prose(b.text)), first)
    noted = None  # where the last note that stands after the body is
    for i in range(first + 1, len(blocks)):
        block = blocks[i]
        if not isinstance(block, Attribution | Disclaimer | Bio) or (i < len(fixed) and fixed[i]):
            continue
        under_note = noted is not None and all(_label_line(blocks[j]) for j in range(noted + 1, i))
        if (
            isinstance(block, Bio)
            or under_note
            or i in labelled
            or framed_note(block.text, cues)
            or (isinstance(block, Attribution) and _first_home(block, amid=i < last, cues=cues))
            or (isinstance(block, Disclaimer) and classify.of_itself(block.text, cues))
            # who pays for the newsroom, and what the funder does not do, under the story
            or (isinstance(block, Disclaimer) and i > prose and classify.Patterns.of(cues).funding.search(block.text))
            or (
                _disclosure(block, cues)
                and any(isinstance(blocks[j], Attribution | Bio) for j in (i - 1, i + 1) if j < len(blocks))
            )
        ):
            # (a writer's disclosure beside the note that says where her piece was republished from, or her bio)
            noted = i if i > prose else None
            continue
        blocks[i] = Paragraph(text=block.text, marks=block.marks, spacing=block.spacing)


def _disclosure(block: Block, cues: Cues) -> bool:
    """Whether *block* is a writer's disclosure: "Jane Roe receives funding from the Varn Trust."."""
    return isinstance(block, Disclaimer) and classify.Patterns.of(cues).disclosure.match(block.text) is not None


def _labelled_notes(blocks: list[Block], fixed: Sequence[int], cues: Cues) -> set[int]:
    """Type, in place, the paragraph under a note's label on a line of its own as that note; return where they are.

    A newsroom sets the label over the note as a heading or a line: "Disclosure statement", then
    "Jane Roe has received funding from the Varn Trust."; "Correction", then what was wrong. The
    paragraph is read as it would be with its label before it ("Correction: ..."), so a live page's
    "Update" over a post of the story is none, as "Update: the crew is ashore" is none. The label
    is furniture, a fragment.
    """
    label_of = classify.Patterns.of(cues).note_label
    labelled = set()
    for i in range(len(blocks) - 1):
        label, note = blocks[i], blocks[i + 1]
        if (
            not isinstance(label, Paragraph | Heading)
            or not isinstance(note, Paragraph | Attribution | Disclaimer | Bio)
            or any(fixed[i : i + 2])
        ):
            continue
        if not note.text.rstrip().endswith(_SENTENCE_END) or classify.word_count(note.text) < _NOTE_WORDS:
            continue  # a sentence or more: a menu's "Disclaimer" over "Privacy Policy" labels no note
        line = label.text.strip().rstrip(":") + ":"
        if (found := label_of.match(line)) is None or found.end() < len(line):
            continue  # the label alone: "Correction: the pier opened in 1899" is a note of its own
        # (a note its own words typed keeps its type: "Jane Roe receives funding from X" under "Disclosure statement")
        if (read := note if type(note) is not Paragraph else classify.read_note(f"{line} {note.text}", cues)) is None:
            continue
        if not label.marks:  # (a label that links somewhere stays as it is, its link kept)
            blocks[i] = Fragment(text=label.text, spacing=label.spacing)
        blocks[i + 1] = attrs.evolve(read, text=note.text, marks=note.marks, spacing=note.spacing)
        labelled.add(i + 1)
    return labelled


_NOTE_WORDS = 5  # words at least of a note under its label


def _label_line(block: Block) -> bool:
    """Whether *block* is a line of a few words that says no sentence: a label ("Partners", "Disclosure statement")."""
    return isinstance(block, Paragraph | Heading | Fragment) and not _prose(block.text)


def _first_home(note: Attribution, *, amid: bool, cues: Cues) -> bool:
    """Whether *note* names where the piece appeared first, or speaks of the piece, and ends as a note does.

    Under the body, a note names where it appeared ("Her essay first appeared in the Skerry Review"), or
    speaks of the piece; amid the body, a note ends soon after either, where the story's sentence goes
    on: "Her account first appeared in the Port Dispatch in 2021, and the board denied every word of
    it", "The story was first published by a local paper in 1998, when the port was still run by ...".
    """
    named = note.source or note.work or ""
    phrase = classify.Patterns.of(cues).attribution.search(note.text)
    if named and (not amid or (phrase is not None and phrase.start() == 0)):
        return True  # (a note that opens with its phrase: "Adapted from The Long Crossing, the new book by ...")
    # (the name perhaps broken over two lines, as a hard-wrapped text breaks it)
    found = re.search(r"\s+".join(map(re.escape, named.split())), note.text) if named else None
    if found and _ends_soon(note.text, found.end(), _AFTER_NAMED, cues):
        return True
    if (
        phrase is not None
        and note.kind in (AttributionKind.REPUBLISHED, AttributionKind.REPRINTED)
        and (not (before := note.text[: phrase.start()].rstrip()) or before.endswith(_SENTENCE_END))
        and _ends_soon(note.text, phrase.end(), _AFTER_PHRASE, cues)
    ):
        # the leave to reprint it, in a sentence of its own that closes the note, whose publisher it names no
        # further: "Excerpted from The Long Crossing by Jane Roe. Reprinted with permission of the publisher."
        return True
    if not classify.of_itself(note.text, cues):
        return False
    return not amid or phrase is None or _ends_soon(note.text, phrase.end(), _AFTER_PHRASE, cues)


def _ends_soon(text: str, at: int, words: int, cues: Cues) -> bool:
    """Whether *text* ends within *words* words after *at*, where a note's name or phrase ends.

    A note ends so, perhaps under the publisher's notice of its rights ("... with permission from X.
    All rights reserved. No part of this excerpt may be ..."); a story's sentence goes on: "Her
    account first appeared in the Port Dispatch in 2021, and the board denied every word of it".
    """
    rest = text[at:]
    if notice := classify.Patterns.of(cues).legal.search(rest):
        rest = rest[: notice.start()]
    return len(rest.split()) <= words


_AFTER_NAMED = 4  # words after the name of where a note says the piece appeared: a date ("on May 3, 2024")
_AFTER_PHRASE = 10  # words after a note's phrase: "... originally published in 2019 and has been updated since."


def boxed_note(quoted: str, cues: Cues) -> Attribution | Disclaimer | None:
    """The note a page set in a box as a block quote, *quoted*, when it says it is one; else ``None``.

    "Disclaimer: ...", "How we make money: ... the links on this page ...": labelled, or speaking of
    the piece or the newsroom (see :func:`framed_note`); a quote of someone else's words that holds
    a note's phrase stays a quote.
    """
    note = classify.read_note(quoted, cues)
    if isinstance(note, Attribution | Disclaimer) and (framed_note(quoted, cues) or classify.of_itself(quoted, cues)):
        return note
    return None


def framed_note(text: str, cues: Cues) -> bool:
    """Whether a note says it is one: a label ("Editor's note:"), or words about this very piece."""
    patterns = classify.Patterns.of(cues)
    if patterns.note_label.match(text) or classify.feed_note(text, cues):
        return True  # "Editor's note: ...", or a feed's note written whole: "The post X appeared first on Y."
    if text.startswith("\u203b"):
        return True  # the reference mark that Japanese and Korean papers open a note with: "※記事内の情報は..."
    # "Adapted from ...", "Cross-posted from ...": the note's first phrase opens it; not when the phrase
    # opens a sentence whose subject comes after it: "Originally published in 1912, the timetable ..."
    if (opening := patterns.attribution.pattern.match(text)) and not _SUBJECT_AFTER.match(text, opening.end()):
        return True
    if patterns.disclaimer.pattern.match(text) and patterns.attribution.search(text) is None:
        return True
    # "This post originally appeared ...", "A version of this essay ...": said of itself, in its first words.
    return patterns.self_reference.search(text[:40]) is not None


# After a participle phrase, a comma and the subject of the sentence it opens: "Adapted from a scheme
# tried in Norway, the trial will ...", "First published as a pamphlet, it was ...". (A note that names
# where it appeared is one all the same: "Adapted from The Long Crossing, the new book by ...".)
_SUBJECT_AFTER = re.compile(r"(?:\s+[^\s,.;:]+){0,12}?,\s+(?i:the|a|an|its|his|her|their|this|these|it|he|she|they)\s")


def _prose(text: str) -> bool:
    """Whether *text* says a sentence: it ends as one does, or holds more words than a label or a job title."""
    return (
        text.rstrip().endswith((".", "!", "?", "\u201d", '"', ")"))
        or classify.word_count(text, _LABEL_WORDS) > _LABEL_WORDS
    )


def _standfirsts(blocks: list[Block], title: str, cues: Cues) -> None:
    """Prose above the title, or between the headline and the byline or lead picture."""
    # The first block that shows the title: the headline, or an image whose alt text ends with it.
    first = next((i for i, b in enumerate(blocks) if plain_text(b).endswith(title)), None)
    if first is None or isinstance(blocks[first], Paragraph | Standfirst):
        return
    if isinstance(blocks[first], Image):
        for i, block in enumerate(blocks[:first]):
            if isinstance(block, Paragraph) and is_dek(block.text, cues):
                blocks[i] = Standfirst(text=block.text, spacing=block.spacing)
        return
    if not isinstance(blocks[first], Heading | Fragment):
        return
    # past a line or two of the page's between that say no role, as a review's stars: "★★★☆☆" (not a menu's run)
    for _ in range(_LINES_OVER_DEK):
        if first + 1 < len(blocks) and type(under := blocks[first + 1]) is Fragment and under.role is None:
            first += 1
    match blocks[first + 1 : first + 3]:
        # The dek a template sets as a subheading (an h2 under the h1) is no heading of the body: none opens it.
        case [
            Paragraph() | Heading(level=2 | 3 | 4 | 5 | 6) as dek,
            Image() | Caption() | Bio() | Fragment(role="byline" | "date"),
        ] if is_dek(dek.text, cues):
            blocks[first + 1] = Standfirst(text=dek.text, marks=dek.marks, spacing=dek.spacing)
        case [Paragraph() as dek, Paragraph() as lead] if unfinished_dek(title, dek.text, lead.text, cues):
            blocks[first + 1] = Standfirst(text=dek.text, marks=dek.marks, spacing=dek.spacing)


_LINES_OVER_DEK = 2  # lines between the headline and its dek: a review's stars, a label (a menu's run is longer)


def unfinished_dek(title: str, dek: str, lead: str, cues: Cues) -> bool:
    """Whether *dek*, right under the headline *title*, is its dek over the *lead*, with no byline or picture between.

    As a newsroom sets a dek, a sentence with no full stop (a lead ends as one), as a converter that
    leaves the byline out gives it: "Some residents face an eleven-year wait, and the council looks
    for land", then the lead. Eight words or more, three of them in lower case (not a name and a post,
    nor a title in capitals), over a paragraph that says more and ends as a sentence; under a
    headline, not a section's label taken for one ("U.S. news": the headline may be under it).
    """
    words = dek.split()
    return (
        len(title.split()) > _LABEL_WORDS
        and len(words) >= _DEK_WORDS
        and not dek.rstrip().endswith(_SENTENCE_END)
        and lead.rstrip().endswith(_SENTENCE_END)
        and sum(word[:1].islower() for word in words) >= _LOWER_WORDS
        and classify.word_count(lead, len(words) + 1) > len(words)
        and is_dek(dek, cues)
    )


_DEK_WORDS = 8
_LOWER_WORDS = 3
_LABEL_WORDS = 3  # a section's label or a note's has this many words at most, a headline more
_SENTENCE_END = (".", "!", "?", "”", '"', ".)")


def is_dek(text: str, cues: Cues) -> bool:
    """Whether *text* can be a dek: a sentence ("BLOG", "CNN Business" or a lone "By" is a label), not a dateline.

    Nor names alone, the byline's shape without its "By".
    """
    return (
        5 <= classify.word_count(text, 60) <= 60
        and not classify.opens_as_dateline(text, cues)
        and not classify.names_alone(text, cues)  # "Jane Roe and John Doe | Harbour Voices": a byline without "By"
    )


def _displayed(quote: Quote) -> bool:
    """Whether the first paragraph of *quote* is set wholly in bold or italics, as a box displays a pull quote."""
    return covers(quote.text.split("\n\n", 1)[0], quote.marks, MarkKind.STRONG, MarkKind.EMPHASIS)


def _signed(quote: PullQuote, blocks: list[Block], i: int, cues: Cues) -> bool:
    """Whether block quote *i*, read as *quote*, is signed by a person after a dash, as a quote box is.

    "— Jane Roe, river engineer" under the words (or after them) signs a pull quote. The body's
    quotes are introduced by the paragraph over them ("In a statement, the council said:"), and
    a statement's source or a post's embed is signed by no person's name ("— Statement from the
    Harbour Board", "— Jane Roe (@jroe) May 3, 2024").
    """
    said = quote.attribution
    return (
        said is not None
        and any(dash in quote.attribution_prefix for dash in "-\u2013\u2014")
        and classify.is_name(said.split(",", 1)[0].strip(), cues)
        and not (i and introduces(blocks[i - 1]))
    )


def introduces(block: Block) -> bool:
    """Whether *block* is a paragraph that leads into the quote under it with a colon: "In a statement, X said:"."""
    return type(block) is Paragraph and block.text.rstrip().endswith((":", "\uff1a"))


def _pull_quotes(blocks: list[Block], fixed: Sequence[int], cues: Cues) -> None:
    """Tie pull quotes to the paragraph they repeat; find those without quote marks or in a quote box."""
    # A paragraph wholly in quote marks is read as a PullQuote until it is found to repeat nothing.
    texts = _Words(blocks)
    speakers: list[int] = []  # the speaker lines read into the pull quote above them, taken out at the end
    for i, block in enumerate(blocks):
        if speakers and speakers[-1] == i:
            continue
        if not isinstance(block, PullQuote | Paragraph | Quote):
            continue
        said = _SAID_QUOTE.match(block.text) if isinstance(block, Paragraph) else None
        if said and len(said["attribution"].split()) <= 12:
            # "“...,” Jane Doe said.": a pull quote if the quote alone repeats the body
            words = classify.normalise(said["text"])
            if (
                words.count(" ") >= 7
                and (source := _repeated(words, i, texts)) is not None
                # the body around the quote says more than the pull quote with its speaker
                and len(texts.get(source) or "") > len(classify.normalise(block.text))
            ):
                quote = PullQuote(text=said["text"], opening=said["opening"], closing=said["closing"], repeats=source)
                blocks[i] = attrs.evolve(
                    quote, attribution=said["attribution"], attribution_prefix=said["prefix"], spacing=block.spacing
                )
                continue
        source, words = None, ""
        # A block quote in quote marks, perhaps with who said it: the words in the marks repeat the body. (So may
        # a paragraph wholly in quote marks, left one to keep its marks: see marks.carried_prose.)
        quoted = None
        if isinstance(block, Quote):
            quoted = whole_quote(block.text) or spoken(block.text, cues)
        elif type(block) is Paragraph and block.marks:
            quoted = whole_quote(block.text)
        quote_text = block.text if quoted is None else quoted.text
        # Else no paragraph near holds its words: most do not. A pull quote is a sentence or two.
        folded = texts.folded(i) if texts.text(i) == quote_text else quote_text.casefold()  # a block quote's, here
        # Folding case keeps every white space and makes none: these are the text's words, folded. (A
        # long text is counted first: split, it would be copied whole but for its first words.)
        few = len(folded) <= _FOLD_PIECE or classify.word_count(folded, _LONGEST) <= _LONGEST
        folded_words = folded.split(None, _LONGEST) if few else []
        if few and len(folded_words) <= _LONGEST and _may_repeat(quote_text, folded, folded_words, i, texts):
            words = texts.get(i) or classify.normalise(quote_text)  # a block quote's, read here
            source = _repeated(words, i, texts) if 6 <= words.count(" ") + 1 <= _LONGEST else None
            if source is None and 6 <= words.count(" ") + 1 <= _LONGEST:
                source = _repeated_in_parts(quote_text, i, texts)
        # (and a paragraph wholly in quote marks that rewords the body a little, one quote whole, no marks inside:
        # '"...," she tweeted. "..."' is the body's)
        loose = isinstance(block, Quote) or (isinstance(block, PullQuote) and not QUOTE_MARK.search(block.text))
        if source is None and loose and few and 6 <= len(folded_words) <= _LONGEST:
            words = words or classify.normalise(quote_text)  # (read above, when a paragraph near held its long words)
            source = _repeated_loosely(words, i, texts)
        if (
            quoted is not None
            and isinstance(block, Quote)
            and source is None
            and (_displayed(block) or _signed(quoted, blocks, i, cues))
        ):
            # A block quote in quote marks set wholly in bold or italics, perhaps its speaker under it, or signed
            # after a dash: a box displays it, as a pull quote, whether or not the body says it again
            blocks[i] = attrs.evolve(quoted, spacing=block.spacing)
            continue
        if isinstance(block, PullQuote):
            if (
                source is None
                and block.attribution is None
                and not fixed[i]
                and _speaker_beneath(blocks, i, fixed, cues) is None  # a quote box's, its speaker right under it
            ):  # a quoted paragraph
                blocks[i] = Paragraph(text=plain_text(block), spacing=block.spacing)
            else:
                blocks[i] = attrs.evolve(block, repeats=source)
        elif (
            source is not None
            # (a block quote may be shorter: a subhead or a title that repeats the body is none)
            and words.count(" ") >= (5 if isinstance(block, Quote) else 7)
            and not _under_picture(blocks, i)
            and not _linked(block)
        ):
            # A paragraph or block quote that repeats the body is pulled out of it (shorter repeats are
            # subheads and titles; one right under a picture is its caption, said again under the next;
            # one that is a link whole is a teaser's headline, which the picture's alt text over it says).
            quote = quoted or PullQuote(text=block.text, opening="", closing="")
            blocks[i] = attrs.evolve(quote, repeats=source, spacing=block.spacing)
        pulled = blocks[i]
        if (
            isinstance(pulled, PullQuote)
            and pulled.attribution is None
            and (
                speaker := _speaker_beneath(blocks, i, fixed, cues)
                if source is None
                else _speaker_under(blocks, i, source, fixed, cues)
            )
            is not None
        ):
            blocks[i] = attrs.evolve(pulled, attribution=speaker[1], attribution_prefix=speaker[0])
            speakers.append(i + 1)
    if speakers:
        _take_out(blocks, speakers)


def _speaker_under(
    blocks: list[Block], i: int, source: int, fixed: Sequence[int], cues: Cues
) -> tuple[str, str] | None:
    """Who said the pull quote at *i*, read from the line under it when the paragraph it repeats names the speaker.

    A quote box sets the speaker in an element of its own under the quote, which a page's reader
    makes a paragraph: "Jane Roe, river engineer", "\u2014 Jane Roe" (see :func:`spoken`). Such a
    line is the quote's only where the paragraph the quote repeats names the speaker ("...,"
    said Jane Roe"); else it may be a subheading or the next paragraph's opening.

    Returns:
        What parts the speaker from the quote (the gap between the blocks, any dash), and the speaker.
    """
    if (line := _speaker_line(blocks, i, fixed)) is None:
        return None
    quote = plain_text(blocks[i]).rstrip()
    # A quote box may drop the quote's full stop: the paragraph it repeats has it, and names the speaker
    said = spoken(f"{quote}{'' if quote.endswith(_QUOTE_ENDS) else '.'}\n{line.text}", cues)
    if said is None or said.attribution is None:
        return None
    name = said.attribution.split(",", 1)[0]
    repeated = blocks[source]
    # (A paragraph that opens and ends in quote marks, its speaker between, '"...," said Jane Roe. "..."', is read
    # as a pull quote until it is found to repeat nothing: under the quote, it is not yet.)
    if not isinstance(repeated, Paragraph | Quote | PullQuote):
        return None
    if not classify.names_bearer(_speaker_clause(repeated) if isinstance(repeated, PullQuote) else repeated.text, name):
        return None
    gap = "\n\n" if line.spacing is None else line.spacing
    return gap + line.text[: len(line.text) - len(said.attribution)], said.attribution


def _speaker_line(blocks: list[Block], i: int, fixed: Sequence[int]) -> Paragraph | None:
    """The paragraph under the block at *i*, if it may name a quote's speaker: one short line that no markup typed."""
    if i + 1 >= len(blocks) or fixed[i + 1] or type(line := blocks[i + 1]) is not Paragraph:
        return None
    return None if "\n" in line.text or len(line.text) > _SPEAKER_LENGTH else line


_SPEAKER_LENGTH = 160  # characters: a name and what the speaker is


def _speaker_beneath(blocks: list[Block], i: int, fixed: Sequence[int], cues: Cues) -> tuple[str, str] | None:
    """Who said the quote at *i*, wholly in quote marks, from the line right under it: "Jane Roe, river engineer".

    A quote box sets its speaker on the next line, with no blank line between (see :func:`spoken`), her name
    and post, or after a dash: a subheading or the next paragraph stands after a blank line, and a scraper that
    parts every element by a line break sets a teaser's headline there too ("Markets", "FERRY FARES RISE").
    Returns what parts the speaker from the quote, and the speaker.
    """
    if (line := _speaker_line(blocks, i, fixed)) is None or line.spacing != "\n":
        return None
    said = spoken(f"{plain_text(blocks[i])}\n{line.text}", cues)
    if said is None or said.attribution is None:
        return None
    dash = line.text[: len(line.text) - len(said.attribution)]
    name, comma, post = said.attribution.partition(", ")
    if not dash and not (comma and post and classify.is_name(name, cues)):
        return None  # a name and a post, or a dash, say who: not a teaser's headline, a section's name ("Markets")
    return "\n" + dash, said.attribution


def _speaker_clause(quoted: PullQuote) -> str:
    """Who a paragraph in quote marks says speaks: the clause after its first closing mark, to its first stop.

    '"...," said Jane Roe, who runs the stall next to John Doe. "..."' names Jane Roe: whom the
    clause goes on to name (a neighbour, a place) said nothing.
    """
    at = quoted.text.find(quoted.closing) if quoted.closing else -1
    if at < 0:
        return ""
    return _CLAUSE_END.split(quoted.text[at + len(quoted.closing) :].lstrip(" ,"), 1)[0]


_CLAUSE_END = re.compile(r"[,.;:!?\u201c\u201e\u00ab\"]")


def _take_out(blocks: list[Block], gone: Sequence[int]) -> None:
    """Take blocks *gone* (in order) out of *blocks*, the captions' pictures and what pull quotes repeat kept."""
    out = set(gone)
    kept = [i for i in range(len(blocks)) if i not in out]
    moved = dict(zip(kept, range(len(kept)), strict=True))
    blocks[:] = [renumbered(blocks[i], moved) for i in kept]


def _linked(block: Block) -> bool:
    """Whether *block* is a paragraph whose words are one link, as a teaser's headline or a menu's line is."""
    return isinstance(block, Paragraph) and any(
        mark.kind is MarkKind.LINK and mark.start == 0 and mark.end == len(block.text) for mark in block.marks
    )


def _under_picture(blocks: Sequence[Block], i: int) -> bool:
    """Whether block *i* is a paragraph that stands right under a picture."""
    return isinstance(blocks[i], Paragraph) and i > 0 and isinstance(blocks[i - 1], Image)


class _Words:
    """The paragraphs and pull quotes as the blocks stood when made: case-folded, and normalised when asked.

    A paragraph whose words another holds holds its longest run of letters too: a search of
    the case-folded texts for that run tells, far faster than normalising both, which may.
    """

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._texts = [b.text if isinstance(b, Paragraph | PullQuote) else None for b in blocks]
        # The folded texts a few thousand letters at a time, each batch its blocks joined by line breaks
        # (no letter): a search of the blocks near one looks in a batch or two. One string of them all
        # would be made from the batches, and for a moment weigh twice.
        self._batches: list[str] = []
        # Where each block starts, counted as if the batches were joined by line breaks, as machine
        # integers: a Python int for each of millions of blocks weighs more.
        self._starts = array.array("q", [0])
        batch: list[str] = []
        size = 0
        for i, text in enumerate(self._texts):
            batch.append(text or "")
            size += len(batch[-1]) + 1
            if size >= _FOLD_PIECE or i == len(self._texts) - 1:
                folded = _casefold("\n".join(batch))
                if len(folded) != size - 1:  # a letter folded to two: "ß" to "ss"
                    batch = [_casefold(text) for text in batch]
                    folded = "\n".join(batch)
                self._batches.append(folded)
                ends = itertools.accumulate((len(text) + 1 for text in batch), initial=self._starts[-1])
                self._starts.extend(itertools.islice(ends, 1, None))
                batch, size = [], 0
        # Where each batch starts, counted the same way.
        self._batch_starts = array.array("q", itertools.accumulate((len(b) + 1 for b in self._batches), initial=0))
        self._words: dict[int, str] = {}

    def text(self, i: int) -> str | None:
        """The text of block *i*, or ``None`` when it is no paragraph or pull quote."""
        return self._texts[i]

    def folded(self, i: int) -> str:
        """The case-folded text of block *i*, ``""`` when it is no paragraph or pull quote."""
        b = bisect.bisect_right(self._batch_starts, self._starts[i]) - 1
        at = self._batch_starts[b]
        return self._batches[b][self._starts[i] - at : self._starts[i + 1] - 1 - at]

    def get(self, i: int) -> str | None:
        """The normalised words of block *i*, or ``None`` when it is no paragraph or pull quote."""
        if i not in self._words:
            if (text := self._texts[i]) is None:
                return None
            self._words[i] = classify.normalise(text)
        return self._words[i]

    def holding(self, runs: tuple[str, str], i: int) -> Iterator[int]:
        """The paragraphs and pull quotes near block *i* (in order, but *i*) whose folded text holds both *runs*."""
        # A pull quote stands near what it repeats; looking no further keeps long texts linear.
        first, second = runs
        starts, batch_starts = self._starts, self._batch_starts
        begin, end = starts[max(0, i - _REACH)], starts[min(len(self._texts), i + _REACH + 1)]
        b = bisect.bisect_right(batch_starts, begin) - 1
        while b < len(self._batches) and batch_starts[b] < end:
            batch, offset = self._batches[b], batch_starts[b]
            at, stop = max(begin, offset) - offset, min(end, batch_starts[b + 1]) - offset
            while (at := batch.find(first, at, stop)) >= 0:
                j = bisect.bisect_right(starts, at + offset) - 1
                at = starts[j + 1] - offset
                if j != i and batch.find(second, starts[j] - offset, at) >= 0:
                    yield j
            b += 1


def _casefold(text: str) -> str:
    """``text.casefold()``, a piece at a time: Python folds a text that is not ASCII in 12 bytes a letter."""
    if len(text) <= _FOLD_PIECE:
        return text.casefold()
    pieces = [text[at : at + _FOLD_PIECE].casefold() for at in range(0, len(text), _FOLD_PIECE)]
    del text  # the pieces hold its letters now: a text passed here alone is let go before they are joined
    return "".join(pieces)


_FOLD_PIECE = 1 << 16  # letters: folding depends on no letter's neighbours


def _long_runs(words: list[str]) -> tuple[str, str]:
    """Two long runs of letters and digits in *words*: the longest in the longest word of each half, longer first."""
    half = len(words) // 2
    runs = _longest_run(words[:half] or words), _longest_run(words[half:])
    return runs if len(runs[0]) >= len(runs[1]) else (runs[1], runs[0])  # the longer is found in fewer texts


def _longest_run(words: list[str]) -> str:
    word = max(words, key=len, default="")
    return word if word.isalnum() else max(_RUN.findall(word), key=len, default="")  # a word of letters is one run


_RUN = re.compile(r"\w+")


def _may_repeat(text: str, folded: str, words: list[str], i: int, texts: _Words) -> bool:
    """Whether a paragraph near block *i* may hold the words of *text* and more.

    It holds the long runs of letters of *text* (*folded*, and split into its *words*), and is not
    the same text (whose words are as many). A text of fewer than six words repeats none (see
    :func:`_pull_quotes`).
    """
    if len(folded) <= 100 and len(_RUN.findall(folded)) < 6:
        return False  # fewer than six runs of letters, so fewer than six words
    return any(texts.text(j) != text for j in texts.holding(_long_runs(words), i))


def _repeated(words: str, i: int, texts: _Words) -> int | None:
    """The paragraph near block *i* whose normalised words hold *words* and more, if any."""
    for j in texts.holding(_long_runs(words.split()), i):
        if (text := texts.get(j)) is not None and len(text) > len(words) and words in text:
            return j
    return None


def _repeated_in_parts(text: str, i: int, texts: _Words) -> int | None:
    """The paragraph near block *i* that holds each part of *text*, as an editor cut or joined them.

    "People think of a library as a building … We will follow them wherever we go.": the words
    either side of an ellipsis, or two sentences that the body parts with "she said", each in the
    paragraph, in order. Each part is four words or more: a word or two is found anywhere.
    """
    parts = [words for part in _CUTS.split(text) if (words := classify.normalise(part))]
    if len(parts) < 2 or any(part.count(" ") < 3 for part in parts):
        return None
    for j in texts.holding(_long_runs(" ".join(parts).split()), i):
        if (held := texts.get(j)) is None:
            continue
        at = 0
        for part in parts:
            if (at := held.find(part, at)) < 0:
                break
            at += len(part)
        else:
            return j
    return None


def _repeated_loosely(words: str, i: int, texts: _Words) -> int | None:
    """The paragraph near block *i* that holds most pairs of neighbouring *words*, a few reworded.

    An editor sets a speaker's words in a block quote a little otherwise than the body does:
    "... e praticamente perde a safrinha" for "... e, na prática, perde a safrinha", "Es la mayor
    inversión ..." for "calificó como «la mayor inversión ...»" (see :data:`_PAIRS_HELD`).
    """
    said = words.split()
    pairs = set(itertools.pairwise(said))
    half = len(said) // 2
    seen = set()
    for run in (_longest_run(said[:half]), _longest_run(said[half:])):  # (either may be a reworded one)
        for j in texts.holding((run, run), i):
            if j in seen or (text := texts.get(j)) is None or len(text) <= len(words):
                continue
            seen.add(j)
            if len(pairs.intersection(itertools.pairwise(text.split()))) >= _PAIRS_HELD * len(pairs):
                return j
    return None


_PAIRS_HELD = 0.6  # of a block quote's pairs of words, that the paragraph it repeats holds
QUOTE_MARK = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')
"""A quote mark, as one inside a passage's words tells a quote within it, or a quote and its speaker."""


# Where an editor cut a quote ("…", "[...]"), or joined two of its sentences
_CUTS = re.compile(r"\s*\[?(?:\.\.\.|\u2026)\]?\s*|(?<=[.!?])\s+")


def _published(blocks: tuple[Block, ...], cues: Cues) -> dt.date | dt.datetime | None:
    """The date of the first dateline that dates the first publication, not an update ("Updated: ...").

    A page often shows when it was updated under the headline and when it was first published
    under the body; when it shows only an update, that is the date it has.
    """
    # A date without a label to say whose ("November 19, 2019 | By Jane Roe") is typed as a dateline, dating nothing.
    dates = []
    bylines = 0
    for block in blocks:
        bylines += isinstance(block, Fragment) and block.role == "byline"
        # A date run on after the names ("Posted by Jane Roe on May 3, 2024") is read in the first byline
        # alone: a comment's under the body has one too.
        # (a date line's town may be a name's words: "San Telmo, 5 March 2024", typed as a date under the byline)
        dated = isinstance(block, Fragment) and block.role == "date"
        if (line := _date_text(block, cues, run_in=bylines <= 1)) and (
            date := classify.published_date(line, cues, named_place=dated)
        ):
            dates.append((date, classify.dates_update(line, cues)))
    return next((date for date, update in dates if not update), dates[0][0] if dates else None)


def _date_text(block: Block, cues: Cues, *, run_in: bool = True) -> str | None:
    """The dateline *block* gives: a date line's text, or a byline's date field ("Published: May 3")."""
    match block:
        case Fragment(role="date"):
            return block.text
        case Fragment(role="byline"):
            return classify.byline_date(block.text, cues, run_in=run_in)
        case _:
            return None


def authors_of(byline: str, cues: Cues) -> tuple[str, ...]:
    """The writers a byline names, in any of its forms: "By Jane Roe", "Jane Roe | May 3, 2024", ...; else none."""
    if classify.Patterns.of(cues).contribution_opener.match(byline):
        return ()  # who helped ("With AFP", "Additional reporting by Jane Roe"), not who wrote it
    found = classify.byline_authors(byline, cues) or classify.byline_over_date(byline, cues)
    if found is None and "\n" in byline:  # its fields on lines of their own: "By", "Jane Roe", ",", "Ivo Lind"
        # (her e-mail address on the line under them: "Oleh Jane Roe" over "jane@example.my")
        found = classify.byline_authors(" ".join(classify.without_address(byline).split()), cues)
    if found is None:
        # "[4]Jane Roe": a text browser numbers her link; her e-mail address may stand on the line under her name
        name = classify.without_address(classify.fields(classify.unnumbered(byline))[0])
        if names := classify.names_alone(name, cues):
            found = names  # names alone, joined: "Jane Roe and John Doe | Harbour Voices"
        elif classify.is_name(name, cues):
            found = (name,)  # a name alone, or before the date ("Jane Roe | May 3, 2024"), read as the byline
        elif named := classify.name_and_date(name, cues):
            found = (named[0],)  # the date run on after the name: "Jane Roe May 3, 2024"
        elif writer := classify.name_and_job(name, cues):
            found = (writer,)  # the job run on after the name: "Jane Roe Regional Reporter"
        elif writer := classify.name_and_outlet(name, cues):
            found = (writer,)  # where she works after a comma: "Jane Roe, WTRL"
        elif academic := classify.name_title_and_place(name, cues):
            found = (academic,)  # her title and where she holds it: "Jane Roe, Professor of Law, Harbour University"
        else:  # the byline in a field after the date's: "May 3, 2024 | By Jane Roe"
            found = next(
                filter(None, (classify.byline_authors(field, cues) for field in classify.fields(byline)[1:])), None
            )
    return found or ()


def _byline_authors(blocks: tuple[Block, ...], cues: Cues) -> tuple[str, ...]:
    """The writers the first byline names; or, when its words are the label alone ("By"), the line after it.

    A page's template sets the label and the names in fields of their own: "<div>By</div><div>Jane Roe</div>".
    """
    at = next((i for i, b in enumerate(blocks) if isinstance(b, Fragment) and b.role == "byline"), None)
    if at is None:
        return ()
    line = blocks[at].text
    if (
        classify.is_byline_prefix(line, cues)
        and at + 1 < len(blocks)
        and isinstance(after := blocks[at + 1], Fragment)
        and after.role == "byline"
    ):
        line = f"{line} {after.text}"
    return authors_of(line, cues)


def article_of(
    blocks: tuple[Block, ...], *, title: str | None, cues: Cues, ending: str = "\n", **known: object
) -> Article:
    """The article, with what its blocks say about it; *known* metadata (from a page's head) wins."""
    metadata = metadata_of(blocks, title=title, cues=cues, ending=ending, **known)
    return Article(blocks=blocks, **metadata)  # type: ignore[arg-type]  # the fields are Article's


def metadata_of(
    blocks: tuple[Block, ...], *, title: str | None, cues: Cues, ending: str = "\n", **known: object
) -> dict[str, object]:
    """What *blocks* say about their article (see :func:`article_of`): the article's fields but its blocks."""
    fragments = {b.role: b.text for b in reversed(blocks) if isinstance(b, Fragment) and b.role}
    kicker = fragments.get("kicker")
    if kicker is None and title and (match := _KICKER.match(title)):
        kicker = match["kicker"]
    source = next((b.source for b in blocks if isinstance(b, Attribution) and b.source), None)
    publication = next(
        (p for b in blocks if isinstance(b, Disclaimer) and (p := classify.publication_of(b.text, cues))), None
    )
    shown = tuple(dict.fromkeys(classify.author_name(name, cues) for name in _byline_authors(blocks, cues)))
    read: dict[str, object] = {
        "kicker": kicker,
        "authors": shown,
        "tags": classify.tags_of(fragments["tags"], cues) or () if "tags" in fragments else (),
        "source": source,
        "publication": publication,
        "published": _published(blocks, cues),
    }
    read.update({key: value for key, value in known.items() if value not in (None, ())})
    if isinstance(told := read["authors"], tuple) and _more_writers(shown, told):
        read["authors"] = shown  # the page's head names the first writer of those its byline names
    return {"title": title, "ending": ending, **read}


def _more_writers(shown: tuple[str, ...], told: tuple[str, ...]) -> bool:
    """Whether the byline *shown* names more writers than the page's head (*told*), each of those among them."""
    names = {" ".join(name.split()).casefold() for name in shown}
    return len(shown) > len(told) and all(" ".join(name.split()).casefold() in names for name in told)
