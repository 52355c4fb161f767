"""Judgements on scraped text that need a block's neighbours.

A scraper writes a credit, an alt text, a contact line or a dek on a line of
its own; which block such a line belongs to depends on the lines around it.
:func:`add` joins a line to the block before it as it is read; :func:`settle`
makes the passes that need the whole text: alt texts that repeat their
caption, notes quoted amid the body, bios after it, a dek under a byline.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Collection, Sequence

import attrs

from . import classify, decide, lines
from .cues import Cues
from .marks import carried, covers
from .model import (
    Attribution,
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
    plain_text,
    renumbered,
)

__all__ = ["add", "agency_caption", "file_name", "line_breaks", "pull_quotes", "says_sentences", "settle", "split_note"]

_SENTENCE_ENDS = (".", "!", "?", "\u201d", '"', "\u2019", "'", "\u3002", "\uff01", "\uff1f", "\u0964")
_RUN_GAP = 8  # blocks: a gap this long between prose paragraphs parts the body from other prose
_NOTE_CHARACTERS = 3000  # a note is short in any script, with spaces between its words or not
_SHORT = 60  # words: a caption, a dek or a note is at most this long
_FURNITURE = 12  # short lines of page furniture that may stand between a dek and its byline
_DEK = 30  # words: a dek or a line under a picture is at most this long; a longer line is the body's lead
_PHRASE = 4  # words at least of a caption over a bare credit label: fewer are as often a menu's item
# Words: under the byline, a line over the lead picture is as often the body's first paragraph (a blog
# sets its lead there); only a line of a sentence's length, not a paragraph's, is taken for the dek; or
# one of two short sentences over a news photo alone with its credit, which a paper sets in its header
_DEK_UNDER_BYLINE = 20
_DEK_OVER_PICTURE = 40
_DEK_ENDS = (".", "!", "?", "\u201d", '"')  # what a sentence ends with, and so a lead
_BODY = 20  # words: a paragraph of the body is at least this long; shorter lines may be furniture
# Where a sentence ends and the next starts: the mark, then the white space before a capital (a gap the regex
# engine finds fast, by the mark).
_SENTENCE = re.compile(r"[.!?](?P<gap>[^\S\r\n]+)(?=[A-Z\u201c\"])")
# A sentence ends after a word, not after an initial ("John M. Ford") or "Ariz.".
_TWO_SENTENCES = re.compile(r"[a-z]{3}[.!?][\u201d\"']?[^\S\r\n]+[A-Z\u201c\"]")
# A short quoted title or slogan inside a sentence, which goes on after it in lower case:
# its full stops end no sentence of the caption's.
_QUOTED = re.compile(r"\u201c[^\u201c\u201d\n]{1,80}\u201d(?=[^\S\r\n]+[a-z]|[,;:])")
_FILE_NAME = re.compile(
    # A camera's name for a picture is a short prefix and a number ("DSC01234"); a longer word
    # and a number ("Harbourfan2015") is a user's handle.
    r"\A(?:[\w-]{1,80}\.(?:jpe?g|png|gif|webp|avif)|[A-Za-z]+_[\w-]{1,80}|[A-Za-z]{2,5}\d{3,}\w*"
    # A slug is lower case ("Truth-O-Meter" is a name) and has a word: "727-821-9494" is a phone number.
    r"|(?-i:(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+){2,}))\Z",
    re.I,
)
_PRONOUN = re.compile(r"\A(?:He|She|They)\s(?:is|was|has|had|previously|currently|also|now|formerly|served|holds)\b")


def _words(text: str, most: int = classify.MOST_WORDS) -> int:
    """How many words *text* holds, counted no further than *most* + 1: a caller that asks about a few counts a few."""
    return classify.word_count(text, most)


def _single_break(block: Block) -> bool:
    """Whether a single line break, not a blank line, parts *block* from the one before it."""
    return line_breaks(block) == 1


def line_breaks(block: Block) -> int:
    """The line breaks that part *block* from the one before it: two for a blank line, the default spacing."""
    gap = block.spacing
    return 2 if gap is None else gap.count("\n") + gap.count("\r") - gap.count("\r\n")


def _credit_only(block: Block) -> bool:
    return isinstance(block, Caption) and not block.text and block.credit is not None


def _is_labelled(block: Block, cues: Cues) -> bool:
    """Whether a credit-only caption came from a label line ("Image copyright", then the credit)."""
    return isinstance(block, Caption) and classify.part_label(block.credit_prefix.strip(), cues) == "credit"


def _head_or_picture(block: Block, cues: Cues) -> bool:
    """Whether *block* is a picture, or the headline, byline or dateline over the lead picture."""
    if isinstance(block, Paragraph):
        return classify.Patterns.of(cues).date_label.match(block.text) is not None  # "Posted Nov 18, 8:19 PM"
    return isinstance(block, Image | Heading | Fragment)


def _captionlike(block: Block, cues: Cues) -> bool:
    """Whether *block* could be a caption that the credit line under it completes."""
    match block:
        case Caption(credit=None):
            return True
        case Paragraph(text=text):
            # "Posted Nov 18, 8:19 PM" over the lead picture's credit dates the piece; a list's mark alone
            # ("*", an empty item of a gallery's list) captions nothing.
            return (
                _words(text, _SHORT) <= _SHORT
                and not classify.Patterns.of(cues).date_label.match(text)
                and classify.shows_words(text)
            )
        case Fragment():
            return _promotion(block, cues)
        case _:
            return False


def _lost_chart(prefix: str, credit: str, over: Block, cues: Cues) -> bool:
    """Whether *credit*, after *prefix*, credits a chart the text lost, not the sentence *over* it.

    "Source: Harbour Statistics Office", "Chart: Jane Roe" (see :attr:`~newsdoc.Cues.chart_labels`)
    under a sentence: an embedded chart's frame leaves its credit alone in a page's text. Under a
    line that is no sentence, the chart's title, or under one its label opens ("Chart: Fares by
    route, 2024."), the credit is that caption's; so it is when it names the chart's maker and its
    data's source ("Chart: Jane Roe / Source: Harbour Statistics Office"), under the chart's title
    and the sentence that reads it.
    """
    labels = classify.Patterns.of(cues).chart_labels
    label = prefix.strip().split(" ", 1)[0].rstrip(":").casefold()
    words = plain_text(over)
    head, colon, _ = words[:_CHART_LABEL].partition(":")
    return (
        label in labels
        and words.rstrip().endswith((".", "!", "?"))
        and not (colon and head.casefold() in labels)
        and not classify.maker_and_source(credit, cues)
    )


_CHART_LABEL = 20  # characters: a chart's label and its colon open its caption


def _promotion(block: Block, cues: Cues) -> bool:
    """Whether *block* is a newsroom's promotion, which a credit under it makes the caption of its picture.

    A magazine's cover over "Subscribe to our sister title ...", then the cover's credit.
    """
    return isinstance(block, Fragment) and block.role is None and classify.promo_line(block.text, cues)


def file_name(text: str) -> bool:
    """Whether *text* is a picture's file name standing in for its alt text (``IMG_2041``)."""
    return len(text) <= 100 and _FILE_NAME.match(text) is not None


def _says_credit(credit: str, cues: Cues) -> bool:
    """Whether a credit is a phrase that says it is one ("Submitted photo"), not a bare name."""
    return credit.casefold() in {phrase.casefold() for phrase in cues.credit_phrases}


# A dash, then who said it: a name in capitals, perhaps with what they are, in a dozen words at most,
# no quote marks, and no full stop at the end: "— Jane Roe, harbour master", not a sentence of the body.
_SOURCE_LINE = re.compile(
    r"(?P<dash>[\u2013\u2014-]{1,2}[^\S\n]*)(?P<who>[A-Z\u00c0-\u024f][^\n\u201c\u201d\"]{1,79}(?<![.!?\s]))"
)
_SOURCE_WORDS = 12
# A name (two to four capitalised words), a comma and what the speaker is, no sentence: "Jane Roe, harbour master".
# (Without the comma, a short capitalised line under a quote is as often a subheading: "What Happens Next".)
_SPEAKER_LINE = re.compile(r"[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3}, [^\n.!?\u201c\u201d\"]{2,60}(?<![\s,])")


def speaker_line(text: str) -> bool:
    """Whether *text* names a speaker and what she is, as a line under a pull quote does: "Jane Roe, harbour master"."""
    return _SPEAKER_LINE.fullmatch(text) is not None


def _named_above(blocks: list[Block], name: str) -> bool:
    """Whether the body above names *name* (a speaker's surname): a pull quote's speaker is the body's.

    A place ("Lakeside Town, Northshire") or a heading ("Key Dates, explained") under a quote names none.
    """
    return any(isinstance(b, Paragraph) and classify.names_bearer(b.text, name) for b in blocks[-_SPEAKER_REACH:])


_SPEAKER_REACH = 30  # blocks above a pull quote where its speaker is named, as it repeats the body near it


def _gap(block: Block) -> str:
    return "\n\n" if block.spacing is None else block.spacing


def _labelled_line(previous: Block | None, block: Block, cues: Cues) -> Fragment | None:
    """The line that *previous*, a label alone, and *block* under it make: a byline or the tags, if they make one.

    "By" on a line of its own, the names on the next, as a byline with a link writes; "Tags:" on a line
    of its own, a tag a line under it, as a text browser writes a list of links.
    """
    if (
        isinstance(previous, Fragment)
        and previous.role == "tags"
        and type(block) is Paragraph
        and _single_break(block)
        and _next_tag(block.text, cues)
        and (tags := classify.tags_of(line := previous.text + _gap(block) + block.text, cues))
        and all(map(_reads_as_tag, tags))
    ):
        return Fragment(text=line, role="tags", spacing=previous.spacing)  # the next tag, on the next line
    if not isinstance(previous, Paragraph) or not isinstance(block, Paragraph | Fragment):  # not a heading: words
        return None
    words = plain_text(block)
    if classify.is_byline_prefix(previous.text, cues) and classify.byline_authors(f"{previous.text} {words}", cues):
        return Fragment(text=previous.text + _gap(block) + words, role="byline", spacing=previous.spacing)
    if (
        type(block) is Paragraph
        and classify.tags_label(previous.text, cues)
        and (tags := classify.tags_of(line := previous.text + _gap(block) + words, cues))
        and all(map(_reads_as_tag, tags))
    ):
        return Fragment(text=line, role="tags", spacing=previous.spacing)
    return None


def _next_tag(line: str, cues: Cues) -> bool:
    """Whether *line*, a line under the tags, is one more tag.

    A name; not a button ("Subscribe", "[ 12 comments ]"), a label ("Buyer's Guide:") or a rail's title
    in capitals ("MORE STORIES LIKE THIS").
    """
    tag = line.strip().lstrip("*\u2022-").strip().rstrip(",")
    return (
        _reads_as_tag(tag)
        and not tag.endswith(":")
        and not tag.isupper()
        and not any(mark in tag for mark in "[(|")
        and not classify.stock_line(tag, cues)
    )


def _reads_as_tag(tag: str) -> bool:
    """Whether *tag*, under a tags label alone, reads as one: a name, not a sentence or a mark alone ("\u00a9")."""
    return len(_LETTERS.findall(tag)) >= 2 and not tag.endswith((".", "!", "?"))


_LETTERS = re.compile(r"[^\W\d_]")


def _under_byline(previous: Block, block: Block, cues: Cues) -> Fragment | None:
    """*block*, a line under the byline *previous*, as a fragment when it is one of the byline's lines.

    "By Jane Roe", then "Photographs by John Doe": who made the story's pictures, a line of its
    byline; or then "Housing correspondent": the writer's post, no line of the body.
    """
    if not (isinstance(previous, Fragment) and previous.role == "byline"):
        return None
    words = plain_text(block)
    if _credit_only(block) and words.startswith(cues.story_credit_labels):
        return Fragment(text=words, role="byline", spacing=block.spacing)
    if (
        type(block) is Paragraph
        and classify.byline_authors(previous.text, cues)
        and classify.is_job(words.split(",", 1)[0], cues, title_case=False)
    ):
        return Fragment(text=words, spacing=block.spacing)
    return None


def add(blocks: list[Block], block: Block, title: str | None, cues: Cues) -> None:
    """Append *block*, or join it to the block before it when a line break only parts the two."""
    if isinstance(block, Paragraph) and (parts := _inline_label(block.text, cues)):
        _add_labelled(blocks, block, parts, title, cues)
        return
    previous = blocks[-1] if blocks else None
    words = plain_text(block)
    if (line := _labelled_line(previous, block, cues)) is not None:
        blocks[-1] = line
        return
    if (
        (isinstance(previous, Paragraph) or (isinstance(previous, Fragment) and previous.role is None))
        and isinstance(block, Paragraph | Fragment | Caption)
        and (
            label := classify.part_label(
                previous.text,
                cues,
                under_caption=len(previous.text) <= classify.LABEL_CHARS and _under_caption(blocks, cues),
            )
        )
    ):
        # "Credit..." or "Image caption" on a line of its own, as pages write them for screen readers (or a
        # button's: "toggle caption", the credit under it).
        if label == "credit" and _words(words, 12) <= 12 and "\n" not in words and classify.names_credit(words):
            blocks.pop()
            part: Block = Caption(
                text="",
                credit=words,
                credit_prefix=previous.text + _gap(block),
                credit_suffix="",
                spacing=previous.spacing,
            )
            add(blocks, part, title, cues)
            return
        if label == "caption" and 2 <= _words(words, _SHORT) <= _SHORT:  # "Caption", then "Close": a button, no caption
            blocks.pop()
            before = blocks[-1] if blocks else None
            if isinstance(before, Caption) and _credit_only(before) and _is_labelled(before, cues):
                # "Image copyright", "Getty Images", then "Image caption" and the words: the credit over its caption
                blocks[-1] = _under_credit(before, _gap(previous) + previous.text + _gap(block), block)
            else:
                blocks.append(Caption(text=previous.text + _gap(block) + words, spacing=previous.spacing))
            return
    if previous is None:
        blocks.append(block)
        return
    if (line := _under_byline(previous, block, cues)) is not None:
        blocks.append(line)
        return
    if (
        isinstance(previous, PullQuote)
        and previous.attribution is None
        and isinstance(block, Paragraph)
        and (source := _SOURCE_LINE.fullmatch(words))
        and len(source["who"].split()) <= _SOURCE_WORDS
    ):
        # "— Jane Roe, harbour master" on a line of its own under the quote, as a pull quote's box sets it
        blocks[-1] = attrs.evolve(previous, attribution=source["who"], attribution_prefix=_gap(block) + source["dash"])
        return
    if (
        isinstance(previous, PullQuote)
        and previous.attribution is None
        and isinstance(block, Paragraph)
        and _SPEAKER_LINE.fullmatch(words)
        and not words.isupper()  # "FAR OUT, MAN": a teaser's kicker
        and _named_above(blocks, words.split(",", 1)[0].split()[-1])
    ):
        # "Jane Roe, harbour master" with no dash: a name and what she is, under the quote
        blocks[-1] = attrs.evolve(previous, attribution=words, attribution_prefix=_gap(block))
        return
    if isinstance(block, Fragment) and block.role in decide.HEADER_ROLES and _lead_caption_under_credit(blocks, cues):
        # The lead picture's credit, a blank line, its caption, then the byline: the caption keeps both.
        over = blocks[-2]
        assert isinstance(over, Caption)
        blocks[-2:] = [_under_credit(over, _gap(previous), previous)]
        blocks.append(block)
        return
    single = _single_break(block)
    # Only a single line break: a credit a blank line under a short paragraph is as often the
    # credit above the next picture's caption.
    if (
        single
        and _captionlike(previous, cues)
        and not (_credits_first(blocks) and isinstance(previous, Paragraph) and says_sentences(previous.text))
        and not _body_paragraph(previous)
        and not _dek_above(blocks, title)
        and (credit := _credit(block, cues)) is not None
        and credit.prefix.split(" ", 1)[0] not in cues.credit_places
        and not _lost_chart(credit.prefix, credit.credit, previous, cues)
        # A menu item over an agency's name is no caption: a caption is a phrase, or a name over "Submitted photo".
        and (credit.strong or _words(plain_text(previous)) >= (2 if _says_credit(credit.credit, cues) else 3))
    ):
        # A caption, and its credit on the line under it.
        image = len(blocks) - 2 if len(blocks) >= 2 and isinstance(blocks[-2], Image) else None
        blocks[-1] = Caption(
            text=plain_text(previous),
            credit=credit.credit,
            image=image,
            credit_prefix=_gap(block) + credit.prefix,
            credit_suffix=credit.suffix,
            spacing=previous.spacing,
        )
        return
    if not single:
        blocks.append(block)
        return
    if (
        _credit_only(previous)
        and isinstance(block, Paragraph)
        and _words(block.text, _SHORT) <= _SHORT
        and not classify.opens_with_dateline(block.text)
        # (a phrase that names no one, "File photo", "Representational image", is the lead picture's whole caption)
        and not (isinstance(previous, Caption) and _says_credit(previous.credit or "", cues))
        and classify.part_label(block.text, cues) != "caption"  # "Image caption" announces the caption under it
        and (
            not _single_break(previous)
            or (len(blocks) >= 2 and (_head_or_picture(blocks[-2], cues) or _body_paragraph(blocks[-2])))
            or _credits_first(blocks)  # (the page's way: a caption over it keeps its credit first)
        )
    ):
        # A credit line above its caption (after a blank line, a picture, or the headline and
        # byline over the lead picture): the caption keeps both.
        assert isinstance(previous, Caption)
        blocks[-1] = _under_credit(previous, block.spacing or "", block)
        return
    if (
        isinstance(previous, Image)
        and previous.slug is None
        and isinstance(block, Paragraph)
        and _words(block.text, _DEK) <= _DEK
    ):
        # The line under a picture's file name is its caption.
        blocks.append(Caption(text=block.text, image=len(blocks) - 1, spacing=block.spacing))
        return
    if (
        isinstance(previous, Bio)
        and isinstance(block, Paragraph)
        and _words(block.text, 25) <= 25
        and classify.contact_line(block.text, cues)
    ):
        blocks[-1] = attrs.evolve(previous, text=previous.text + (block.spacing or "") + plain_text(block))
        return
    blocks.append(block)


def _body_paragraph(block: Block) -> bool:
    """Whether *block* is a paragraph of the body's length, some sentences: no caption, which a credit under it credits.

    A page that sets a picture's credit over its caption ("PHOTO: JANE ROE", "(Photo by Jane Roe/Agency)", "fot.
    Jane Roe") sets it under the body's paragraph before the picture: the credit is the caption's under it.
    """
    return type(block) is Paragraph and _words(block.text, _BODY_WORDS) >= _BODY_WORDS and says_sentences(block.text)


_BODY_WORDS = 40  # words at least of the body's paragraph of some sentences, longer than most captions


def _credits_first(blocks: list[Block]) -> bool:
    """Whether the text sets a picture's credit over its caption, as a caption over it shows: a page keeps one way.

    The last blocks only are looked at (:data:`_PAGE_WAY`): a text of many short lines is read in linear time.
    """
    return any(
        isinstance(block, Caption) and block.credit_first for block in itertools.islice(reversed(blocks), _PAGE_WAY)
    )


_PAGE_WAY = 200  # blocks over a credit's line among which a caption shows how the page sets its credits


def says_sentences(text: str) -> bool:
    """Whether *text* says two sentences or more, as the body's paragraph does (a caption may too)."""
    return _SENTENCE_BREAK.search(text) is not None


_SENTENCE_BREAK = re.compile(r"[.!?][\u201d\u2019\"')]?\s+[A-Z\u201c\"]")


def _under_caption(blocks: list[Block], cues: Cues) -> bool:
    """Whether the last block, a line alone, stands right under a caption's phrase, where "Photo" alone is a label.

    Under "News", "Photo" is a menu's item: a caption is a phrase of a few words.
    """
    return (
        len(blocks) >= 2
        and _single_break(blocks[-1])
        and type(above := blocks[-2]) is Paragraph
        and _captionlike(above, cues)
        and _words(above.text, _PHRASE) >= _PHRASE
    )


def _under_credit(credit: Caption, between: str, caption: Block) -> Caption:
    """The *caption* under its *credit* line, a caption of credit alone, and what stands *between* them.

    "Photo: Jane Roe/Harbour Ledger", then the words: the caption's credit, kept first.
    """
    return Caption(
        text=plain_text(caption),
        marks=caption.marks if type(caption) is Paragraph else (),
        credit=credit.credit,
        image=credit.image,
        credit_prefix=credit.credit_prefix,
        credit_suffix=credit.credit_suffix + between,
        credit_first=True,
        spacing=credit.spacing,
    )


def _lead_caption_under_credit(blocks: list[Block], cues: Cues) -> bool:
    """Whether the last blocks are the headline's line (or a picture), a credit, and a caption a blank line under."""
    return (
        len(blocks) >= 3
        and isinstance(caption := blocks[-1], Paragraph)
        and not _single_break(caption)  # a single line break: see the credit line above its caption in add()
        and _captionish(caption.text)
        and not classify.opens_with_dateline(caption.text)  # "CAIRO (AP) \u2014 ...": the body's first paragraph
        and _credit_only(credit := blocks[-2])
        and not _is_labelled(credit, cues)
        and _head_or_picture(blocks[-3], cues)
    )


def _dek_above(blocks: list[Block], title: str | None) -> bool:
    """Whether the last block is the line under the headline, and not a sentence as captions are.

    Such a line is a dek ("How a town learned to live with floods"), and a credit under it
    credits the lead picture.
    """
    return (
        len(blocks) >= 2
        and plain_text(blocks[-2]) == title
        and not plain_text(blocks[-1]).endswith((".", "!", "?", "\u201d", '"', ")"))
    )


def _credit(block: Block, cues: Cues) -> classify.Credit | None:
    """The picture credit that *block* is, if it is one."""
    if _credit_only(block):
        assert isinstance(block, Caption)
        return classify.Credit("", block.credit or "", block.credit_prefix, block.credit_suffix, True)
    return classify.credit_line(block.text, cues) if isinstance(block, Paragraph) else None


def agency_caption(piece: str, cues: Cues) -> Caption | None:
    """A short line that ends in an agency's name in brackets after its last word: "Jane Doe in Rome (AP)".

    A body sentence that cites an agency puts the bracket inside the sentence, before its
    full stop ("... damaged (Reuters)."); a caption sets it after the sentence, or has none.
    """
    if (
        not piece.endswith((")", "]"))  # "(AP)", and "(AP)." ends a sentence of the body
        or "\n" in piece
        or "\r" in piece
        or _words(piece, _DEK) > _DEK
        or piece.startswith(("\u00a9", "(c)", "(C)", "Copyright"))
    ):
        return None  # "© 2019 Example Media (example.com)" is the site's line
    credit = classify.find_credit(piece, cues)
    if credit is None or credit.strong or not credit.prefix.lstrip().startswith(("(", "[")) or "." in credit.suffix:
        return None
    if classify.opens_with_dateline(piece) or _sentences(credit.text) > 1:
        return None  # one sentence at most, and no report's lead
    return credit.caption()


def _add_labelled(blocks: list[Block], block: Paragraph, parts: tuple[str, str], title: str | None, cues: Cues) -> None:
    """Add a label and its part on one line ("Image copyright EPA", "Image caption ...") as on two."""
    head, rest = parts
    gap = block.text[len(head) : len(block.text) - len(rest)]
    if classify.part_label(head, cues) == "credit":
        # The credit of the picture whose caption comes next, not of the line above.
        blocks.append(Caption(text="", credit=rest, credit_prefix=head + gap, credit_suffix="", spacing=block.spacing))
        return
    add(blocks, Paragraph(text=head, spacing=block.spacing), title, cues)
    add(blocks, Paragraph(text=rest, spacing=gap), title, cues)


def _inline_label(text: str, cues: Cues) -> tuple[str, str] | None:
    """A label of two words and its part on one line ("Image copyright EPA"), as a text browser joins them.

    One word is no label here: "Caption Close" is two buttons, "Photo Gallery" a link. Or a label on
    a line of its own and its part on the next, in one paragraph, as Markdown's soft break joins them
    ("Image copyright", then "EPA").
    """
    if len(text) > _NOTE_CHARACTERS or "\r" in text:
        return None  # a label's part is a few words
    label, broken, rest = text.partition("\n")
    if not broken:
        first, _, rest = text.partition(" ")
        second, _, rest = rest.partition(" ")
        label = f"{first} {second}" if second else ""
    if not label or not (rest[:1].isupper() or rest[:1].isdigit()) or "\n" in rest:
        return None
    kind = classify.part_label(label, cues)
    if kind == "credit" and _words(rest, 12) <= 12 and classify.names_credit(rest):
        return label, rest
    if kind == "caption" and 2 <= _words(rest, _SHORT) <= _SHORT:
        return label, rest
    return None


def split_note(piece: str, note: Block, cues: Cues) -> list[Block]:
    """Part a note that is two notes at once (a bio, then "the views expressed ...") into both."""
    if _words(piece, 120) > 120 or len(piece) > _NOTE_CHARACTERS:
        return [note]
    phrases = classify.Patterns.of(cues).notes
    # Where the first phrase of a note after the tail last searched starts (-1: there is none): a tail
    # after the piece's last phrase holds none, and is not searched for one again.
    phrase = 0
    for match in _SENTENCE.finditer(piece):
        head, tail = piece[: match.start("gap")], piece[match.end() :]
        if 0 <= phrase < match.end():
            phrase = -1 if (found := phrases.search(tail)) is None else match.end() + found.start()
        if (second := classify.read_note(tail, cues, phrased=phrase >= 0)) is None:
            continue
        if (first := classify.read_note(head, cues)) is not None and type(first) is not type(second):
            return [first, attrs.evolve(second, spacing=match["gap"])]
    return [note]


def settle(blocks: list[Block], title: str | None, cues: Cues, marked: Sequence[int] = ()) -> None:
    """Decide, in place, what needs the whole text, as scraped text needs it.

    First what scraped text alone needs (alt lines, framed notes, bios at the end, deks; the
    bios outside the body stand), then what every reader needs (:func:`decide.settle`), then
    pull quotes that turn out to stand outside the body (:func:`pull_quotes`). The blocks
    *marked* (a true value for each whose type the page's markup names) stand too.
    """
    # (held, so that no other block takes the id of one: a block _settled joins or retypes is another)
    named = [block for block, typed in zip(blocks, marked, strict=False) if typed]  # (marked may be empty)
    # Set apart as a block quote, or wholly in italics or bold (Markdown's): a pull quote so needs no quote marks;
    # or named one by the page's markup
    quotes = {block.text for block in blocks if isinstance(block, Quote) or _set_off(block)}
    quotes.update(block.text for block in named if isinstance(block, PullQuote))
    stands = _settled(blocks, title, cues)
    ids = {id(block) for block in named}
    decide.settle(
        blocks, title, cues, marked=[bio or id(block) in ids for block, bio in zip(blocks, stands, strict=True)]
    )
    pull_quotes(blocks, quotes)
    _passages(blocks)


def _passages(blocks: list[Block]) -> None:
    """Type, in place, a paragraph wholly in quote marks under a sentence that leads into it with a colon as a quote.

    "..., read a statement on behalf of the board:", then the statement in its quote marks; "In one letter
    he wrote:", then the letter: a passage quoted whole, as a block quote sets it.
    """
    for i in range(1, len(blocks)):
        block, over = blocks[i], blocks[i - 1]
        if (
            type(block) is Paragraph
            and type(over) is Paragraph
            and over.text.rstrip().endswith(":")
            and (quoted := decide.whole_quote(block.text)) is not None
            and quoted.attribution is None
        ):
            blocks[i] = Quote(text=block.text, marks=block.marks, spacing=block.spacing)


def _set_off(block: Block) -> bool:
    """Whether *block* is a paragraph wholly in italics or bold."""
    return type(block) is Paragraph and covers(block.text, block.marks, MarkKind.EMPHASIS, MarkKind.STRONG)


def _settled(blocks: list[Block], title: str | None, cues: Cues) -> list[bool]:
    """Decide, in place, what scraped text alone needs: alt lines, framed notes, bios at the end, deks.

    Returns:
        For each block, whether its type is settled here and stands (the bios outside the body).
    """
    for i in range(len(blocks) - 1):
        box = plain_text(blocks[i - 1]) if i else ""  # the box's title, perhaps
        pitch = blocks[i]
        loose = type(pitch) is Paragraph or (type(pitch) is Fragment and pitch.role is None)  # (its words may tell)
        if loose and classify.signup_pitch(pitch.text, plain_text(blocks[i + 1]), cues, title=box):
            # a sign-up box's pitch, its button, and its title that names the offer ("Newsletter", "We are nonprofit.")
            blocks[i] = Fragment(text=pitch.text, spacing=pitch.spacing)
            for j in (i - 1, i + 1) if box and classify.box_title(box, cues) else (i + 1,):
                if type(part := blocks[j]) is Paragraph:
                    blocks[j] = Fragment(text=part.text, spacing=part.spacing)
    _credits_under_captions(blocks, cues)
    _agencies_after_captions(blocks, cues)
    _captions_under_lead_alt(blocks, cues)
    _alt_lines(blocks, cues)
    if body := _body(blocks, cues):
        first, last = body
        _credits_over_items(blocks, first, last, cues)
        decide.notes_in_body(blocks, (), cues, first=first)
        _bios_after_body(blocks, last, cues)
        _signed_under_body(blocks, last, cues)
        _labels_after_notes(blocks, last)
        # "X is a ..." amid the body is the story's words on a source; not on its own writer, whom a story names
        # in its byline alone (a note under the body that is prose, "The Centre is an independent ...", is no body)
        writers = decide.bylined(blocks[:first], cues)
        for i in range(first + 1, last):
            if isinstance(bio := blocks[i], Bio) and bio.name not in writers:
                blocks[i] = Paragraph(text=bio.text, marks=bio.marks, spacing=bio.spacing)
        decide.sources_as_bios(blocks, (), cues)
        _labelled_bios(blocks, first, cues)
        _writers_card(blocks, first, cues)
    _caption_over_byline(blocks)
    if title is not None:
        _bare_byline(blocks, title, cues)
        _lead_caption(blocks, title, cues)
        _dek_under_byline(blocks, title, cues)
    else:
        _dek_over_byline(blocks, cues)
    decide.strangers_bios(blocks, bytes(len(blocks)), cues)
    return [isinstance(block, Bio) for block in blocks]


def _dek_over_byline(blocks: list[Block], cues: Cues) -> None:
    """The sentence that opens a text with no headline, over the byline, is the dek: the blocks changed in place.

    An extractor leaves the headline out and keeps the dek, the byline, then the body ("By" after
    the story's first sentence would sign nothing). Not a line that captions the lead picture.
    """
    if len(blocks) < _DEK_OVER or type(dek := blocks[0]) is not Paragraph:
        return
    byline = blocks[1]
    if (
        isinstance(byline, Fragment)
        and byline.role == "byline"
        and type(lead := blocks[2]) is Paragraph
        and lead.text.rstrip().endswith(_SENTENCE_ENDS)  # the story's first sentence under the byline
        and dek.text.rstrip().endswith(_SENTENCE_ENDS)
        and decide.is_dek(dek.text, cues)
        and not classify.find_credit(dek.text, cues)
    ):
        blocks[0] = Standfirst(text=dek.text, spacing=dek.spacing)


_DEK_OVER = 3  # blocks at least: the dek, the byline and the body's first paragraph


def _bare_byline(blocks: list[Block], title: str, cues: Cues) -> None:
    """A name without "By" under the headline is the byline, when more than its shape says so.

    Alone, a line of two to four capitalised words is as often a caption, a place, a menu's item or
    a section's name, and so is the first field of a date line ("Harbour Town | May 3, 2024"). A
    job on the line under the name, the date under that, signs the piece as "Jane Roe,
    Environment Reporter" does on one line, and so does the job run on after the name with no
    comma, as a template's elements read ("Jane Roe Environment Reporter"), the date under it; so
    does the date right under the name alone; a reading time after the name, and the date
    perhaps ("Jane Roe · May 3, 2024 · 4 min read", "Jane Roe · 4 min read"), does as a blog
    writes it; and the writer's bio after it
    ("Jane Roe is a senior fellow at ...") tells whose name it is. A date run on after the
    name with nothing between ("Jane Roe May 3, 2024") is how a template's name and time
    elements read, and signs it too; so does a dek with no full stop over it, as a reading view
    sets the headline, the dek and the writer's name; so does the date under her name and her outlet's
    after a bar ("Jane Roe | Reuters"). The first name under the headline alone is read.
    """
    if (head := _headline_at(blocks, title)) is None:
        return
    bylined = False  # a byline over the line already signs the piece: a name run into a date or a job is none
    for i in range(head + 1, min(len(blocks) - 1, head + 1 + _NAME_LINES)):
        block, under = _linked_name(blocks[i]), blocks[i + 1]
        bylined = bylined or (i > head + 1 and isinstance(over := blocks[i - 1], Fragment) and over.role == "byline")
        if isinstance(block, Paragraph) and classify.is_name(block.text, cues):
            name = block.text
            # Her job on the line under it, "Senior Fellow, Harbour Institute" (the job, then where), "Transport
            # correspondent @handle" (her account after it), as a broadcaster's page sets its writer's card
            signed = (
                isinstance(under, Paragraph)
                and classify.is_job(classify.without_handle(under.text).split(",", 1)[0], cues, title_case=False)
                # (not a staff list's first name and job: another name and job under them)
                and not (i + 2 < len(blocks) and classify.is_name(blocks[i + 2].text, cues))
            )
            if signed:
                blocks[i + 1] = Fragment(text=under.text, spacing=under.spacing)  # the writer's job: no body's
            # the date right under the name: "Jane Roe", "May 3, 2024", as a template's elements read; or the
            # story's dateline: "CAIRO (Harbour Wire) — Ferries resumed ..."
            signed = signed or (
                (_dated(under) or (isinstance(under, Fragment) and classify.reading_time(under.text, cues)))
                or (isinstance(under, Paragraph) and classify.opens_with_dateline(under.text))
                # under the dek: no story's subject, whom its paragraphs would name
                or (i == head + 2 and _dek_line(blocks[head + 1], cues) and not _named_below(blocks, i, name))
                # under the date, as a template sets the time and then the writer ("05.03.2024, 11:27", "Анна
                # Веселова"): no story's subject either
                or (_dated(blocks[i - 1]) and not _named_below(blocks, i, name))
            )
            if (
                not signed
                and isinstance(under, Paragraph)
                and classify.name_and_paper(f"{name} | {under.text}", cues)
                and i + 2 < len(blocks)
                and _dated(blocks[i + 2])
            ):
                # her paper's name under her own, the date under it ("Jane Roe", "Harbour Voices", "May 3, 2024"; not
                # a menu's items: "Keeper Houses", "Harbour Publishers")
                blocks[i + 1] = Fragment(text=under.text, spacing=under.spacing)
                signed = True
            if (
                isinstance(over := blocks[i - 1], Paragraph)
                and classify.word_count(over.text, _LABEL_WORDS + 1) <= _LABEL_WORDS
                and classify.byline_authors(f"{over.text}: {name}", cues)
            ):
                # a byline's label on the line over the name ("Author", "Rosalind Achebe"), its colon left out
                blocks[i - 1] = Fragment(text=over.text, spacing=over.spacing)
                signed = True
        elif (
            isinstance(block, Paragraph)
            and not bylined
            and (name := classify.without_address(block.text)) != block.text
            and classify.is_name(name, cues)
            and _dated(under)
        ):
            signed = True  # "Jane Roe" over "jane.roe@example.org", the date under: a regional paper's byline
        elif isinstance(block, Paragraph) and not bylined and (names := classify.names_alone(block.text, cues)):
            # "Jane Roe and John Doe | Harbour Voices", the date under it, perhaps past the outlet's name on a line
            # of its own ("HARBOUR VOICES"); places are joined so too: "Harbour Town and Kessel Bay" heads a section
            desk = _desk_name(under) and i + 2 < len(blocks)
            dated = blocks[i + 2] if desk else under
            name, signed = names[0], _dated(dated)
            if signed and desk:
                blocks[i + 1] = Fragment(text=under.text, spacing=under.spacing)  # the outlet's name: no body's
        elif (
            isinstance(block, Paragraph)
            and not bylined
            and (name := classify.name_and_job(block.text, cues) or "")
            and _dated(under)
        ):
            signed = True  # "Jane Roe Regional Reporter", the date under it: the job run on after the name
        elif _dated(block) and len(fields := classify.fields(block.text)) > 1:
            name = fields[0]
            if not classify.is_name(name, cues):
                continue
            # "Jane Roe · 4 min read", or her name and the date alone where no line over it signs the piece, and
            # neither the headline nor the story names it: a place on a date line ("Varn Point | May 3, 2024")
            # is the story's, and is named in its headline or its paragraphs
            signed = any(classify.reading_time(field, cues) for field in fields[1:]) or (
                not bylined and not classify.names_bearer(title, name) and not _named_below(blocks, i, name)
            )
        elif (
            isinstance(block, Paragraph)
            and len(fields := classify.fields(block.text)) > 1
            and classify.is_name(fields[0], cues)
            and any(classify.reading_time(field, cues) for field in fields[1:])
        ):
            name, signed = fields[0], True  # "Jane Roe · 9 min read": with no date, as a blog writes it too
        elif isinstance(block, Paragraph) and not bylined and (named := classify.name_and_date(block.text, cues)):
            name, signed = named[0], True  # "Jane Roe May 3, 2024": the date run on after the name
        elif isinstance(block, Paragraph) and not bylined and (name := classify.name_and_desk(block.text, cues) or ""):
            # "Jane Roe | Metro Desk", the date under it: the template's name, desk and time elements ("Harbour
            # Town | Local News", "Kessel United | Coaching Staff" read the same: a place or a club and a section).
            # Or the paper's name, right under the headline: "Jane Roe | Lakeside Gazette".
            signed = _dated(under) or (
                i == head + 1 and _prose(under) and classify.name_and_paper(block.text, cues) is not None
            )
        elif (
            isinstance(block, Paragraph)
            and not bylined
            and _dated(under)
            and (name := classify.name_and_outlet(block.text, cues) or "")
        ):
            signed = True  # "Jane Roe, WTRL", "Jane Roe, Harbour Voices": where she works, the date under it
        elif (
            not bylined and _dated(under) and (name := classify.name_and_desk(_line_of(block), cues, outlet=True) or "")
        ):
            # "Jane Roe | Reuters", "Jane Roe | FactWatch": her outlet after the bar, the date under it (a
            # photographer and her agency so read, as a credit alone: no picture's credit has a date under it)
            signed = True
        elif (
            isinstance(block, Paragraph)
            and not bylined
            and (name := classify.name_title_and_place(block.text, cues) or "")
        ):
            # "Jane Roe, Associate Professor of Law, Harbour University": an academic's piece, which names its
            # writer nowhere below; a profile, an obituary or a Q&A names its subject, and a panel lists its
            # speakers on lines of the same shape
            signed = not (
                (isinstance(under, Paragraph) and classify.name_title_and_place(under.text, cues))
                or _named_below(blocks, i, name)
            )
        else:
            continue
        if signed or _bio_names(blocks, i, name):
            blocks[i] = Fragment(text=plain_text(blocks[i]), role="byline", spacing=block.spacing)
        return


def _line_of(block: Block) -> str:
    """The words of a paragraph, or of a caption that is a credit alone ("Jane Roe | Reuters"); else ""."""
    return plain_text(block) if type(block) is Paragraph or (type(block) is Caption and not block.text) else ""


def _dek_line(block: Block, cues: Cues) -> bool:
    """Whether *block*, right under the headline, is its dek over the writer's name, as a reading view sets them.

    A dek with no full stop: a caption over the photographer's name ends as a sentence.
    """
    return type(block) is Paragraph and not block.text.endswith(_SENTENCE_ENDS) and decide.is_dek(block.text, cues)


def _headline_at(blocks: list[Block], title: str) -> int | None:
    """Where the headline stands: its block, or the front matter that gives it, over the dek or the byline."""
    found = next((i for i in range(min(len(blocks), _LOOK_DOWN)) if _is_title(blocks[i], title)), None)
    if found is None and blocks and isinstance(front := blocks[0], Fragment) and front.role == "front_matter":
        return 0
    return found


def _linked_name(block: Block) -> Block:
    """*block*, or a text browser's one link alone ("[4]Jane Roe", the writer's page) as the paragraph of its words."""
    if isinstance(block, Fragment) and block.role is None and classify.link_line(block.text):
        words = classify.unnumbered(block.text).strip()
        if "[" not in words:
            return Paragraph(text=words, spacing=block.spacing)
    return block


def _bio_names(blocks: list[Block], at: int, name: str) -> bool:
    """Whether a bio after block *at* names *name*, and no paragraph between does: a writer's, not the story's subject.

    An obituary or a profile may set its subject's name under the headline, over a picture, and
    end with a line that reads as a bio ("Jane Roe was a teacher at ..."); its paragraphs name her.
    """
    for block in blocks[at + 1 :]:
        if isinstance(block, Bio) and block.name == name:
            return True
        if isinstance(block, Paragraph) and classify.names_bearer(block.text, name):
            return False
    return False


def _named_below(blocks: list[Block], at: int, name: str) -> bool:
    """Whether a paragraph after block *at* names *name*'s bearer by her surname: the subject of the story."""
    return any(isinstance(block, Paragraph) and classify.names_bearer(block.text, name) for block in blocks[at + 1 :])


def _is_title(block: Block, title: str) -> bool:
    return _is_headline_block(block) and plain_text(block) == title


_LOOK_DOWN = 40  # blocks: where the headline stands
_NAME_LINES = 4  # blocks under the headline where its byline may stand: a dek, a picture and its caption
_BUTTON_LINES = 3  # lines of the page's buttons under the byline, over the lead picture's caption


def _body(blocks: list[Block], cues: Cues) -> tuple[int, int] | None:
    """Where the body starts and ends: the run of prose paragraphs that holds the most words.

    A scraped page has prose outside its article too (a cookie notice, teasers, comments), set
    apart from the body by lines of furniture; the site's sentence or two to its reader under the
    body (a nonprofit's pitch: "We are a nonprofit newsroom. Donate today.") is none of its prose.
    """
    for shortest in (_BODY, 1):  # a short text may have no long paragraph at all
        if found := _longest_run(blocks, shortest, cues):
            return found
    return None


def _longest_run(blocks: list[Block], shortest: int, cues: Cues) -> tuple[int, int] | None:
    best, run, words = None, None, 0
    most = 0
    for i, block in enumerate(blocks):
        if (
            not isinstance(block, Paragraph)
            or (count := _words(block.text)) < shortest
            or classify.speaks_to_reader(block.text, cues)
        ):
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        under_headline = i > 0 and isinstance(blocks[i - 1], Heading | Fragment)
        if (isinstance(after, Fragment) and after.role in decide.HEADER_ROLES) or (
            under_headline and isinstance(after, Bio) and _writers_bio(blocks[i - 1], after)
        ):
            continue  # a dek over the byline or the author's bio

        if run is None or i - run[1] > _RUN_GAP:
            run, words = (i, i), 0
        run, words = (run[0], i), words + count
        if words > most:
            best, most = run, words
    return best


def _writers_bio(above: Block, bio: Bio) -> bool:
    """Whether *bio*, under a dek, may be the writer's: under a byline, it names the writer the byline names.

    A paragraph under the byline followed by one on someone else ("Jane Roe teaches pastry at ...") opens the body.
    """
    if not (isinstance(above, Fragment) and above.role == "byline" and bio.name):
        return True
    return classify.names_bearer(above.text, bio.name)


def pull_quotes(blocks: list[Block], quotes: Collection[str] = ()) -> None:
    """Take back pull quotes without quote marks that stand outside the body or are no sentence.

    A scraped page repeats its headline and teasers in lists of links; a pull quote
    is a sentence of the body set among the body's paragraphs. One that was set apart as a
    block quote or in italics (its text among *quotes*: Markdown's ``>``, ``*``) is marked as one, as
    quote marks do.
    """
    unmarked = [
        i
        for i, block in enumerate(blocks)
        if isinstance(block, PullQuote) and not block.opening and block.attribution is None and block.text not in quotes
    ]
    if not unmarked:
        return
    # A pull quote is set once; a line set three times or more is a repeated caption or teaser.
    # Only the texts that open with the first word of one can be one: the others are not read.
    wanted = {classify.normalise(blocks[i].text) for i in unmarked}
    firsts = {run.group() for words in wanted if (run := _FIRST_RUN.match(words))}
    said = Counter(
        classify.normalise(b.text)
        for b in blocks
        if isinstance(b, PullQuote | Paragraph) and _first_run(b.text) in firsts | {None}
    )
    for i in unmarked:
        block = blocks[i]
        assert isinstance(block, PullQuote)
        if said[classify.normalise(block.text)] >= _REPEATED:
            blocks[i] = Paragraph(text=plain_text(block), spacing=block.spacing)
            continue
        near = blocks[max(0, i - 2) : i] + blocks[i + 1 : i + 3]
        amid = any(isinstance(b, Paragraph) and _words(b.text) > max(_words(block.text), 12) for b in near)
        ending = block.text.rstrip()
        # "... is now available via Windows Update Ass...": a teaser cut short, never a pull quote
        if not (amid and ending.endswith(_SENTENCE_ENDS)) or ending.endswith(("...", "\u2026")):
            blocks[i] = Paragraph(text=plain_text(block), spacing=block.spacing)


def _first_run(text: str) -> str | None:
    """The first run of letters of ``classify.normalise(text)``, or ``None`` when it is far in."""
    head = text[:_HEAD].casefold()
    run = _FIRST_RUN.search(head)
    return run.group() if run is not None and run.end() < len(head) else None


_FIRST_RUN = re.compile(r"\w+")
_HEAD = 200  # characters


def _credits_under_captions(blocks: list[Block], cues: Cues) -> None:
    """A credit a blank line under a short caption is that caption's.

    A scraper writes a figure's caption and its credit as two elements, often a blank line
    apart (a credit above its caption has a single line break under it: see :func:`add`). A
    credit a single line under a paragraph of the body's length with no caption under it is
    that paragraph's, a long caption's.
    """
    merged: list[int] = []  # where credits were, before they joined their captions
    for i in range(len(blocks) - 1, 0, -1):
        credit, caption = _weak_credit(blocks, i, cues) or blocks[i], blocks[i - 1]
        # (or a single one under a caption of the body's length, which add() left for a caption under it: none came)
        long = _single_break(credit) and _body_paragraph(caption) and _captionlike(caption, cues)
        if not (_credit_only(credit) and isinstance(credit, Caption) and credit.image is None) or (
            _single_break(credit) and not long
        ):
            continue
        if credit.credit == getattr(caption, "credit", None) and _credit_only(caption):
            blocks[i] = Paragraph(text=plain_text(credit), spacing=credit.spacing)
            continue  # the same credit again, as a page with two layouts shows it
        announced = _is_labelled(credit, cues) and not credit.credit_prefix.rstrip().endswith(":")
        if announced and not classify.stock_line(credit.credit_prefix.strip(), cues):
            continue  # "Image copyright" announces the credit of the caption after it; a button ("toggle caption") none
        words = plain_text(caption)
        # (or a caption its opening typed, with no credit yet: "Chart: Fares by route, 2024.")
        uncredited = isinstance(caption, Caption) and caption.credit is None and caption.image is None
        if not (isinstance(caption, Paragraph) or uncredited or _promotion(caption, cues)) or not (
            long
            or _captionish(words)
            or _caption_phrase(words)
            or (_captionish(words, _SHORT) and classify.dates_picture(words))
        ):
            continue
        if classify.reports_speech(caption.text, cues):
            continue  # "Most nights are quiet, she says.": the story's, over a picture with its credit alone
        if credit.credit_prefix.split(" ", 1)[0] in cues.credit_places:
            continue  # "Main image credit: ...": the lead picture's, wherever it stands
        if _lost_chart(credit.credit_prefix, credit.credit or "", caption, cues):
            continue
        if i >= 2 and _is_headline_block(blocks[i - 2]):
            continue  # the dek under the headline, and the credit of the lead picture under both
        if classify.legal_notice(caption.text, cues):
            # "X is a registered trademark of Y." over "Images by ...": the footer credits the site's pictures
            blocks[i] = Paragraph(text=plain_text(credit), spacing=credit.spacing)
            continue
        blocks[i - 1 : i + 1] = [
            Caption(
                text=caption.text,
                credit=credit.credit,
                credit_prefix=_gap(credit) + credit.credit_prefix,
                credit_suffix=credit.credit_suffix,
                spacing=caption.spacing,
            )
        ]
        merged.append(i)
    if merged:  # a picture after a merge is a block nearer the start now
        merged.reverse()
        for i, block in enumerate(blocks):
            match block:
                case Caption(image=int(at)) | PullQuote(repeats=int(at)):
                    blocks[i] = renumbered(block, {at: at - bisect.bisect_right(merged, at)})


def _agencies_after_captions(blocks: list[Block], cues: Cues) -> None:
    """A caption amid the body with an agency's name run in after its last sentence: "... at dawn. Getty".

    A text browser sets a figure's caption and credit on one line, a space apart. Alone, a name
    after a sentence is as often a wire story's sign-off ("... on Monday. Reuters"), which ends
    the body: here the body's prose goes on both above and under the line.
    """
    for i in range(1, len(blocks) - 1):
        block, before, after = blocks[i], blocks[i - 1], blocks[i + 1]
        if isinstance(block, Paragraph) and _goes_on(before) and _goes_on(after) and (caption := _run_in(block, cues)):
            blocks[i] = caption


def _run_in(block: Paragraph, cues: Cues) -> Caption | None:
    """*block* as a caption of a sentence or two with a credit run in after the last: "... at dawn. Getty"."""
    if (
        block.text.endswith(_NOT_CREDIT_ENDS)  # (which no credit run in ends with: a cheap test before the search)
        or (match := _RUN_IN_CREDIT.search(block.text)) is None
        or not _captionish(block.text[: match.start()])
    ):
        return None
    found, gap = classify.credit_line(match["credit"], cues), match["gap"]
    if found is None and (whole := classify.find_credit(block.text, cues)) and whole.credit == match["credit"]:
        # "Jane Roe / The Ledger": a photographer and an outlet, read after a sentence alone; the gap before
        # it is the prefix that credit was found with
        found, gap = whole, ""
    if found is None:
        return None
    credit = classify.Credit(block.text[: match.start()], found.credit, gap + found.prefix, found.suffix, found.strong)
    return None if classify.cites_source(credit, cues) else credit.caption(spacing=block.spacing)


def _lead_caption(blocks: list[Block], title: str, cues: Cues) -> None:
    """The lead picture's caption under the byline or dateline, a credit run in after its last sentence.

    The headline, the dek, the byline and the date; then the lead picture, whose caption and
    credit a text browser sets on one line ("... at dawn. Jane Roe/The Ledger"); then the body.
    There, as amid the body (see :func:`_agencies_after_captions`), the name after the sentence
    credits a picture: a wire story's sign-off ("... on Monday. Reuters") ends the body instead.
    """
    head = next((i for i in range(min(len(blocks), _LOOK_DOWN)) if _is_title(blocks[i], title)), None)
    if head is None:
        return
    signed = False  # whether the byline or the date stands over the block at hand
    for i in range(head + 1, min(len(blocks) - 1, head + 2 + _NAME_LINES + _BUTTON_LINES)):
        block = blocks[i]
        if isinstance(block, Fragment) and block.role in decide.HEADER_ROLES:
            signed = True
            continue  # the byline, then the date: the picture is under both
        if not signed:
            continue
        if isinstance(block, Fragment) and block.role is None:
            continue  # the page's buttons between: "Listen to this article"
        if type(block) is Paragraph and classify.menu_row(block.text):
            blocks[i] = Fragment(text=block.text, spacing=block.spacing)  # a row of them: "Gift   Share   Save"
            continue
        if isinstance(block, Paragraph) and _prose(blocks[i + 1]) and (caption := _run_in(block, cues)):
            blocks[i] = caption
        elif (
            isinstance(block, Paragraph)
            and (found := classify.named_credit(block.text)) is not None
            and _captionish(found.text)
        ):
            blocks[i] = found.caption(spacing=block.spacing)  # "... at dawn. (Jane Roe / The Ledger)"
        return


def _caption_over_byline(blocks: list[Block]) -> None:
    """A line between the lead picture and the byline under it is the picture's caption.

    A converter writes the headline, the lead picture, its caption, then "By Jane Roe" and the
    body. A dek stands under the headline, over the picture; a line of the body, under the byline.
    """
    for i in range(1, min(len(blocks) - 1, _LOOK_DOWN)):
        block, after = blocks[i], blocks[i + 1]
        if isinstance(blocks[i - 1], Image) and isinstance(after, Fragment) and after.role == "byline":
            if type(block) is Paragraph and _words(block.text, _DEK) <= _DEK and _one_line(block.text):
                blocks[i] = Caption(text=block.text, marks=block.marks, image=i - 1, spacing=block.spacing)
            return


def _credits_over_items(blocks: list[Block], first: int, last: int, cues: Cues) -> None:
    """Credits alone over the items of a roundup amid the body: "Sonos" over "Sonos Move for $399".

    A roundup (of products, places, books) sets each item's picture over the item's name, and a
    scraper writes a caption that is only a credit as a line of its own. Over such a name, a line is
    the credit when it reads as one ("Jane Roe/The Ledger"), or when it names the maker whose
    item the name under it is: a product's picture is the maker's handout. A roundup has items:
    one such pair alone may be a menu's line over a link, and stays as it is.
    """
    found: list[tuple[int, classify.Credit]] = []
    for i in range(first + 1, last):
        block, item = blocks[i], blocks[i + 1]
        if not (isinstance(block, Paragraph) and isinstance(item, Paragraph) and _item_name(item.text)):
            continue
        if credit := classify.credit_line(block.text, cues) or _maker(block.text, item.text):
            found.append((i, credit))
    if len(found) < _ITEMS:
        return
    for i, credit in found:
        blocks[i] = credit.caption(spacing=blocks[i].spacing)


_ITEMS = 2


def _item_name(text: str) -> bool:
    """Whether *text* opens with a line that names an item of a list: a few words, no sentence."""
    line = text.split("\n", 1)[0].split("\r", 1)[0]  # (as _LINE_BREAK splits it, and quicker)
    return line[:1].isupper() and not line.endswith(_ITEM_ENDS) and 2 <= _words(line, _ITEM_WORDS) <= _ITEM_WORDS


_ITEM_WORDS = 12
_ITEM_ENDS = (*_SENTENCE_ENDS, ":", ",", ";")  # a line that ends so is a sentence or goes on


def _maker(name: str, item: str) -> classify.Credit | None:
    """*name* as a credit, when it is a maker's name alone ("Sonos") that the item's name opens with."""
    if (
        len(name.split()) <= _MAKER_WORDS
        and not name.endswith(_SENTENCE_ENDS)
        and classify.names_credit(name)
        and item.startswith(name + " ")
        and _opens_name(item[len(name) + 1 :])  # the maker's name goes on with the product's: "Sonos Move"
    ):
        return classify.Credit("", name, "", "", False)
    return None


_MAKER_WORDS = 3


def _opens_name(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


def _prose(block: Block | None) -> bool:
    """Whether *block* is a paragraph long enough to be the body's."""
    return isinstance(block, Paragraph) and _words(block.text, _BODY) >= _BODY


_RUN_IN_CREDIT = re.compile(r"(?<=[.!?])(?P<gap>[^\S\r\n]+)(?P<credit>[^.!?\r\n]{2,40})\Z")
_NOT_CREDIT_ENDS = (".", "!", "?", "\r", "\n")


def _weak_credit(blocks: list[Block], i: int, cues: Cues) -> Caption | None:
    """Block *i* as a credit, when it is an agency's name alone ("Getty") between a caption and the body's prose.

    Alone, such a name is as often a menu's item or a source; set under a short paragraph, with
    the body going on under it (a sentence of some words), it credits the picture that paragraph
    captions.
    """
    block, before = blocks[i], blocks[i - 1]
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    if (
        not isinstance(block, Paragraph)
        or not (isinstance(before, Paragraph) and _captionish(before.text))  # read no credit under the body's prose
        or not _goes_on(after)
        or (found := classify.credit_line(block.text, cues)) is None
    ):
        return None
    return found.caption(spacing=block.spacing)


def _goes_on(block: Block | None) -> bool:
    """Whether *block* is the body going on under a picture: a paragraph of the body, or a sentence of some words.

    A paragraph wholly in quote marks is one too, read for now as a pull quote: ""We kept watch," she said. "...""
    """
    return _prose(block) or (
        isinstance(block, Paragraph | PullQuote)
        and block.text.endswith(_SENTENCE_ENDS)
        and _words(block.text, _GOES_ON_WORDS) >= _GOES_ON_WORDS
    )


_GOES_ON_WORDS = 8  # words of a sentence of the body under a picture's credit


def _is_headline_block(block: Block) -> bool:
    return (isinstance(block, Heading) and block.level == 1) or (isinstance(block, Fragment) and block.role == "title")


def _captionish(text: str, most: int = _DEK) -> bool:
    """Whether *text* is one line of a sentence or two, ending as a caption does, of a few words (*most* at most)."""
    return (  # the cheaper tests first
        text.endswith((".", "!", "?")) and 3 <= _words(text, most) <= most and _one_line(text) and _sentences(text) <= 2
    )


def _caption_phrase(text: str) -> bool:
    """Whether *text* is a caption's phrase with no full stop: a line of five words or more in sentence case.

    "Volunteers plant saplings on the burnt ground", over its credit: not a subheading in title case
    ("What the Council Decided"), nor the few words of one ("What happens next").
    """
    words = text.split()
    return (
        _CAPTION_PHRASE <= len(words) <= _DEK
        and "\n" not in text
        and ":" not in text  # no label's: "Photos: Cars for auction" links to a gallery
        and not text.endswith(("?", "!"))
        and _few_capitals(words)
    )


_CAPTION_PHRASE = 5  # words at least of a caption's phrase that ends with no full stop


def _one_line(text: str) -> bool:
    """Whether *text* is one line, or lines that a scraper broke at a link in a sentence: each goes on in lower case."""
    return all(line[:1].islower() or line.startswith(_GOES_ON) for line in _LINE_BREAK.split(text)[1:])


_LINE_BREAK = re.compile(r"\r\n?|\n")
_GOES_ON = (",", ";", ":", ")")  # what a line going on the sentence above may open with, besides a lower-case letter


def _sentences(text: str) -> int:
    """How many sentences *text* holds; full stops inside a quoted title (“Ferry. Fast. Free.” campaign) end none."""
    return len(_TWO_SENTENCES.findall(_QUOTED.sub("\u201c\u201d", text))) + 1


def _alt_lines(blocks: list[Block], cues: Cues) -> None:
    """A line that the caption under it repeats, or echoes in other words, is the picture's alt text.

    An editor writes the alt text as a phrase, the caption as a sentence of its words: "Frost on
    apple blossom in Kostel" over "Frost on apple blossom near Kostel on April 24." Or one that
    describes the picture where the caption names who is in it (see :func:`_describes`).
    """
    for i in range(len(blocks) - 1):
        block, caption = blocks[i], blocks[i + 1]
        if not isinstance(block, Paragraph | Fragment | Standfirst) or not isinstance(caption, Caption):
            continue
        if getattr(block, "role", None) is not None or _words(block.text, _SHORT) > _SHORT or caption.image is not None:
            continue
        alt, words = classify.normalise(block.text), classify.normalise(caption.text)
        if alt and (
            words == alt
            or words.startswith(alt + " ")
            or _echoes(block.text, alt, words)
            or _describes(blocks, i, cues)
        ):
            blocks[i] = Image(alt=block.text, spacing=block.spacing)
            blocks[i + 1] = attrs.evolve(caption, image=i)


def _captions_under_lead_alt(blocks: list[Block], cues: Cues) -> None:
    """The lead picture's caption under its alt text, its credit one no one here knows: the blocks changed in place.

    Right under the header's lines, a sentence that says what the picture shows, then the caption that names who
    took it and for whom, with no label: "... to collect water. Kofi Mensah for The Record", "... last year.
    Harbour Wire/Jane Roe". Such a credit may end a sentence of the body too, and is read only beside a picture
    (see :func:`~newsdoc.classify.find_credit`); the alt text over it says there is one (see :func:`_describes`).
    """
    for i in range(1, len(blocks) - 1):
        line, under = blocks[i], blocks[i + 1]
        if type(line) is not Paragraph or type(under) is not Paragraph or not _under_header(blocks, i):
            continue
        if (
            _ALT_WORDS <= _words(line.text, _ALT_LONGEST) <= _ALT_LONGEST
            and ":" not in line.text
            and not _TWO_SENTENCES.search(line.text)
            and (credit := classify.find_credit(under.text, cues)) is not None
            and credit.text
        ):
            blocks[i + 1] = carried(credit.caption(spacing=under.spacing), under.text, under.marks)
        return  # (the lead picture's alone)


def _echoes(line: str, alt: str, caption: str) -> bool:
    """Whether *line*, a phrase, opens as the *caption* does and most of its words are the caption's.

    *alt* and *caption* are normalised words.
    """
    said, told = alt.split(), caption.split()
    if line.rstrip().endswith(_SENTENCE_ENDS) or len(said) < _ALT_WORDS or said[:2] != told[:2]:
        return False
    shared = set(told)
    return sum(word in shared for word in said) * 3 >= len(said) * 2


def _describes(blocks: list[Block], at: int, cues: Cues) -> bool:
    """Whether block *at*, a phrase over a caption, is the picture's alt text.

    A browser's copy of a page (Firefox's) keeps each picture's alt text on a line over its caption:
    a phrase that says what the picture shows ("Man raking salt into piles") over the caption that
    names who is in it and whose the picture is. Under the header's lines (the byline, the date, a
    share button), one sentence of 3 to 16 words, with its full stop or not ("Ein älterer Mann sitzt
    einer Ärztin gegenüber."). Anywhere, even under prose, where a subheading stands too, a longer
    phrase in sentence case, as alt text describes a scene ("A man in waders drags a rake across a
    salt pan at dawn"), where a subheading is a few words ("A craft measured in tides"); and over any
    caption, such words after a picture's label, as a screen reader names it ("Image: A man rakes salt").
    """
    line, caption = blocks[at], blocks[at + 1]
    if type(line) is not Paragraph or not isinstance(caption, Caption):
        return False  # (a fragment is furniture for its own reason: another story's headline)
    labelled = classify.alt_label(line.text, cues)
    text = line.text[labelled:]
    if (
        (caption.credit is None and not labelled)
        or ":" in text  # "Plague confirmed: two in hospital", another story's headline
        or classify.menu_row(text)  # a row of buttons: "Share on Facebook | Share on X | Email"
    ):
        return False
    words = _words(text, _ALT_LONGEST)
    over = blocks[at - 1] if at > 0 else None
    if (
        (labelled or (_under_header(blocks, at) and caption.text))  # (a credit alone sources a chart)
        and _ALT_WORDS <= words <= _ALT_LONGEST
        and not _TWO_SENTENCES.search(text)
    ):
        return True  # the lead picture's, under the header's lines, though it ends as a sentence does
    if text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    if isinstance(over, Fragment) and _ALT_WORDS <= words <= _ALT_MOST:
        return True  # a few words under any line of the page's: a slide's count, a kicker
    # (not a button's or a link's words, that end on what a bracket says: "Share on X (Opens in new window)",
    # "Plane quarantined after outbreak [NEWS]")
    return (
        _ALT_PHRASE <= words <= _ALT_LONGEST
        and _sentence_case(text)
        and not text.endswith((")", "]"))
        and bool(caption.text)  # (over a credit alone, a blog's subtitle under its headline)
    )


def _under_header(blocks: list[Block], at: int) -> bool:
    """Whether block *at* stands under the header's lines.

    Right under the byline or the date, or past a few lines of the page's (share buttons), and perhaps
    the dek over them: a sentence, not one cut short.
    """
    dek = buttons = False
    for block in reversed(blocks[max(0, at - _HEADER_LINES) : at]):
        if isinstance(block, Fragment) and block.role in decide.HEADER_ROLES:
            return True
        if isinstance(block, Fragment) and block.role is None:
            buttons = True
        elif (
            type(block) is Paragraph
            and not dek
            and block.text.rstrip().endswith(_SENTENCE_ENDS)
            # (under the buttons; or a dek's sentence or two right under the header, where the lead is longer: a
            # line right over the picture's under a lead is the lead's next sentence, perhaps, amid the story)
            and (buttons or len(_TWO_SENTENCES.findall(block.text)) <= 1)
        ):
            dek = True
        else:
            return False
    return False


_HEADER_LINES = 6  # lines at most between the byline and the lead picture: share buttons, the dek


def _sentence_case(text: str) -> bool:
    """Whether *text* opens with a letter and capitalises under half of its other words, as a sentence does."""
    words = text.split()
    return text[:1].isalnum() and (len(words) == 1 or _few_capitals(words))


def _few_capitals(words: list[str]) -> bool:
    """Whether under half of *words* but the first open with a capital: a sentence's case, not a title's."""
    return sum(word[:1].isupper() for word in words[1:]) * 2 < len(words) - 1


_ALT_WORDS = 3  # words at least of alt text that echoes its caption: "Frost on blossom"
_ALT_MOST = 10  # words at most of alt text that describes the picture: "Child riding a bicycle across white ground"
_ALT_PHRASE = 6  # words at least of alt text away from the furniture: a subheading under prose is shorter
_ALT_LONGEST = 16  # words at most of it: "Cedar Falls quarterback dives into the end zone in the fourth quarter"


def _bios_after_body(blocks: list[Block], last: int, cues: Cues) -> None:
    """After the body: a name with an affiliation, a name with contact details, "He was previously ..."."""
    for i in range(last + 1, len(blocks)):
        block = blocks[i]
        if not isinstance(block, Paragraph) or _words(block.text, _SHORT) > _SHORT:
            continue
        text = block.text
        if name := classify.name_line(text, cues) or _italic_sign_off(block, cues):
            blocks[i] = Bio(text=text, marks=block.marks, name=name, spacing=block.spacing)
            continue
        if (
            re.match(r"\A[A-Z][\w.'\u2019-]+\s[A-Z]", text)
            and text.split()[0] not in cues.not_names
            and text.rstrip().endswith((".", ")"))
            and classify.contact_line(text, cues)
        ):
            name = " ".join(re.findall(r"\A[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,3}", text))
            blocks[i] = Bio(text=text, name=name or None, spacing=block.spacing)
            continue
        if isinstance(blocks[i - 1], Bio) and (_PRONOUN.match(text) or classify.contact_line(text, cues)):
            blocks[i] = Bio(text=text, spacing=block.spacing)  # "She was previously ...", "Follow her on X: @jroe"
        elif classify.post_line(text, cues):
            blocks[i] = Bio(text=text, marks=block.marks, spacing=block.spacing)  # the writer's post, named by no name


def _signed_under_body(blocks: list[Block], last: int, cues: Cues) -> None:
    """The writer's name alone under the body's last paragraph, as the byline, in place.

    Vietnamese papers, and others, sign a story at its end with the writer's name on a line of its own
    ("Hoàng Long" under the last paragraph): where no byline stands over the story, and nothing of the
    story's prose comes after it, that name is the byline. A line of the page's may stand right under
    it, a "Read more" label, and other stories' headlines under that (a box's label, "Story Timeline",
    has its headlines right under it): no paragraph of the body's length that ends as a sentence does.
    """
    at = last + 1
    if at >= len(blocks) or type(sign := blocks[at]) is not Paragraph or not classify.is_name(sign.text, cues):
        return
    rest = blocks[at + 1 :]
    labelled = bool(rest) and (type(rest[0]) is Fragment or classify.page_line(plain_text(rest[0]), cues))
    if not any(isinstance(block, Fragment) and block.role == "byline" for block in blocks) and not any(
        isinstance(block, Paragraph)
        and (not labelled or (block.text.rstrip().endswith(_SENTENCE_ENDS) and _words(block.text, _BODY) >= _BODY))
        for block in rest
    ):
        blocks[at] = Fragment(text=sign.text, role="byline", spacing=sign.spacing)


def _labels_after_notes(blocks: list[Block], last: int) -> None:
    """A short line past the notes under the body, with nothing but furniture under it, as the page's, in place.

    Under the body's last paragraph stand its notes (a disclaimer, a republication note, the writer's
    bio, the tags' line); a line of a few words with no full stop past them, with no prose under it,
    is a box's label or a button of the page ("Mest läst just nu", "Show all 214 comments", "Read more
    from the Data Desk"), not a subheading: no story goes on under it.
    """
    noted = (
        i for i in range(last + 1, len(blocks)) if isinstance(blocks[i], Disclaimer | Attribution | Bio | Fragment)
    )
    if (first := next(noted, None)) is None:
        return
    for i in range(len(blocks) - 1, first, -1):  # from the end up: the page's lines, and such lines among them
        block = blocks[i]
        if type(block) is Fragment or isinstance(block, ItemList):
            continue
        if not (
            type(block) is Paragraph
            and _words(block.text, _LABEL_AFTER_NOTES) <= _LABEL_AFTER_NOTES
            and not block.text.rstrip().endswith(_SENTENCE_ENDS)
            and not lines.ITEM.match(block.text.lstrip())  # (an item of a list of links, which stays one)
        ):
            return
        blocks[i] = Fragment(text=block.text, spacing=block.spacing)


_LABEL_AFTER_NOTES = 6  # words at most of a box's label or a button: "Mest läst just nu"


def _italic_sign_off(block: Paragraph, cues: Cues) -> str | None:
    """The name a line after the body opens with, set in italics as a writer's line is, then her deeds.

    "_Oren Pike taught history at Carver Street for thirty years._": a name, then a word in lower
    case (no full stop after the name), the whole line in italics: Markdown's emphasis, or the
    underscores or asterisks around it that a text keeps. Not the body's prose, set upright.
    """
    text = block.text
    if not (covers(text, block.marks, MarkKind.EMPHASIS) or (text[:1] in ("*", "_") and text[-1:] == text[:1])):
        return None
    if not text.rstrip("*_").endswith(".") or _words(text) < _SIGN_OFF_WORDS:
        return None  # a sentence: not "With Post wires", who else worked on the story
    found = _NAME_THEN_DEED.match(text.strip("*_"))
    if found is None or found["name"].split()[0] in cues.not_names:
        return None
    return found["name"] if classify.is_name(found["name"], cues) else None


_SIGN_OFF_WORDS = 6
_NAME_THEN_DEED = re.compile(rf"(?P<name>{classify.NAME_RUN})\s[a-z]")


def _labelled_bios(blocks: list[Block], first: int, cues: Cues) -> None:
    """The paragraph under "About the author", a line of its own after the body's start, is the writer's bio.

    The label is furniture, a fragment, and so is the writer's name alone under it (an author
    box's, perhaps twice: a portrait's alt text, then the name). The bio need not say "is a
    reporter": "Jane Roe has lived on the islands for twenty years." It is a few sentences ("Senior
    editor at Harbour Voices."), or a line of five words or more, not a menu's item ("Science").
    """
    labels = frozenset(label.casefold() for label in cues.bio_labels)
    for i in range(first + 1, len(blocks) - 1):
        label = blocks[i]
        if type(label) not in {Paragraph, Heading} or label.text.rstrip(" :").casefold() not in labels:
            continue
        at = i + 1
        while at < min(i + 3, len(blocks)) and _name_alone(blocks[at], cues):
            at += 1  # the writer's name, once or twice
        if at >= len(blocks) or type(bio := blocks[at]) not in {Paragraph, Bio}:
            continue
        words = _words(bio.text, decide.BIO_WORDS)
        if words > decide.BIO_WORDS or (words < _BIO_FROM_WORDS and not bio.text.rstrip().endswith(".")):
            continue
        blocks[i] = Fragment(text=label.text, spacing=label.spacing)
        for named in range(i + 1, at):
            blocks[named] = Fragment(text=blocks[named].text, spacing=blocks[named].spacing)
        name = bio.name if isinstance(bio, Bio) else classify.bio_name(bio.text, cues)
        blocks[at] = Bio(text=bio.text, name=name or _leading_name(bio.text, cues), spacing=bio.spacing)


_BIO_FROM_WORDS = 5


def _writers_card(blocks: list[Block], first: int, cues: Cues) -> None:
    """The writer's card under the story: her name alone as the byline gives it, perhaps her post, then her bio.

    A think tank's or a magazine's page ends its piece with a box of the writer: "Jane Roe" on a
    line, "Senior Fellow, Coastal Policy" on the next, then a paragraph that opens with her name,
    a bio whatever it says ("Jane Roe leads the institute's work on ferries."). The name and the
    post are the box's lines, fragments. Only the byline's writer: a name over a paragraph about
    that person amid the story (a profile of each candidate) is the story's.
    """
    writers = {
        name.casefold()
        for block in blocks
        if isinstance(block, Fragment) and block.role == "byline"
        for name in classify.byline_authors(block.text, cues) or ()
    }
    for i in range(first + 1, len(blocks) - 1) if writers else ():
        if type(line := blocks[i]) is not Paragraph or (name := line.text.strip()).casefold() not in writers:
            continue
        at = i + 2 if _post_alone(blocks[i + 1], cues) else i + 1
        if (
            at >= len(blocks)
            or not isinstance(bio := blocks[at], Paragraph | Bio)
            or not bio.text.startswith(f"{name} ")
        ):
            continue
        if _words(bio.text, decide.BIO_WORDS) > decide.BIO_WORDS or not bio.text.rstrip().endswith("."):
            continue
        for box in range(i, at):
            blocks[box] = Fragment(text=blocks[box].text, spacing=blocks[box].spacing)
        blocks[at] = Bio(text=bio.text, marks=bio.marks, name=name, spacing=bio.spacing)


def _post_alone(block: Block, cues: Cues) -> bool:
    """Whether *block* is a line of a writer's post and nothing else: "Senior Policy Analyst, Family Economics".

    Her job (see :func:`~newsdoc.classify.is_job`), perhaps her unit after a comma; no sentence.
    """
    return (
        type(block) is Paragraph
        and not block.text.rstrip().endswith((".", "!", "?"))
        and classify.is_job(block.text.split(",", 1)[0], cues, title_case=False)
    )


def _name_alone(block: Block, cues: Cues) -> bool:
    return type(block) is Paragraph and classify.is_name(block.text, cues)


def _leading_name(text: str, cues: Cues) -> str | None:
    """The name a bio opens with, two to four capitalised words: "Jane Roe has lived ..." gives Jane Roe."""
    found = _OPENING_NAME.match(text)
    return found[0] if found is not None and found[0].split()[0] not in cues.not_names else None


_OPENING_NAME = re.compile(classify.NAME_RUN + r"(?=\s[a-z])")


def _dek_under_byline(blocks: list[Block], title: str, cues: Cues) -> None:
    """A dek under the headline, with a byline, a dateline or page furniture around it.

    A scraped page names its headline in its title and menus too: the dek stands under the
    line that repeats the headline where the article starts, which need not be the first.
    """
    heads = list(
        itertools.islice(
            (i for i, b in enumerate(blocks) if isinstance(b, Heading | Fragment) and b.text == title), _HEADS
        )
    )
    if not heads and (front := _headline_at(blocks, title)) is not None:
        heads = [front]  # the front matter that gives the headline
    for head in heads:
        if _dek_under(blocks, head, title, cues):
            return


_REPEATED = 3  # blocks: a line said this often is no pull quote
_HEADS = 8  # lines that repeat the headline, tried in turn for the one over the dek


def _dek_under(blocks: list[Block], head: int, title: str, cues: Cues) -> bool:
    """Make the dek under the headline at *head* a standfirst; whether there is one."""
    i = head + 1
    while i < len(blocks) and isinstance(blocks[i], Heading | Fragment) and plain_text(blocks[i]) == title:
        i += 1  # the headline again, as a scraped page repeats it
    if i + 2 < len(blocks) and type(blocks[i]) is Paragraph and _words(blocks[i].text, 4) <= 3:
        i += 1  # a line of a few words under it, as a review names its venue: "Northmoor Museum, Hullbridge"
    start = i
    while (
        i < len(blocks)
        and isinstance(fragment := blocks[i], Fragment)
        and (
            fragment.role in decide.HEADER_ROLES
            or classify.reading_time(fragment.text, cues)  # "4 min read"
            # a line of the page's under them: the writer's job under her name ("Transport correspondent"), a
            # share button ("Share this article")
            or (fragment.role is None and i > start)
        )
    ):
        i += 1
    credited = i > start  # a byline or dateline stands between the headline and the dek
    if credited and i + 2 < len(blocks) and _desk_name(blocks[i]):
        i += 1  # the desk's name under the byline ("Science & Astronomy"), then the dek
    if i + 1 >= len(blocks):
        return False
    dek, after = blocks[i], blocks[i + 1]
    unfinished = not plain_text(dek).rstrip().endswith(_DEK_ENDS)
    # Past a few lines of page furniture (share buttons, a place name) or a partner's note ("This story was
    # produced in partnership with X"): the lead picture, or a byline or dateline.
    j = i + 1
    while (
        j < min(len(blocks) - 1, i + _FURNITURE)
        and (_furniture(blocks[j]) or isinstance(blocks[j], Attribution))
        and not _signs(blocks[j], cues)
    ):
        j += 1
    past = blocks[j]
    # Under the date, over the byline: no lead of the body stands over who wrote it, so a dek may run long; and
    # so may one with no full stop over a longer lead with one (perhaps past the lead picture), as no lead stops,
    # and one over the lead picture with its credit (past share buttons, perhaps): a news photo, the header's
    signed = credited and _signs(after, cues) and not _signs(dek, cues)
    lead = next((block for block in blocks[i + 1 : i + 4] if not isinstance(block, Image | Caption)), None)
    over_lead = (
        unfinished
        and isinstance(lead, Paragraph)
        and lead.text.rstrip().endswith(_DEK_ENDS)
        and _words(lead.text) > _words(plain_text(dek))
    )
    # (one picture: a gallery of them follows the lead, as a wire sets them under its story's first paragraph)
    captions = [block for block in blocks[j : j + 4] if isinstance(block, Caption)]
    pictured = (
        isinstance(past, Image | Caption)
        and len(captions) == 1
        and captions[0].credit is not None
        and _words(plain_text(dek), _DEK_OVER_PICTURE) <= _DEK_OVER_PICTURE
    )
    if (
        not isinstance(dek, Paragraph | Heading)  # a converter writes a dek set as a subheading as one
        or not 5
        <= _words(dek.text, _SHORT)
        <= (_DEK_UNDER_BYLINE if credited and not (signed or over_lead or pictured) else _SHORT)
        or classify.opens_as_dateline(dek.text, cues)
        or classify.time_stamped(dek.text)  # "Monday, May 3, 2024, 04:05 pm": the date line, which no dek is
        or classify.find_credit(dek.text, cues)  # "... near the border. (AP)" captions the lead picture
        or classify.named_credit(dek.text)  # and so does "... at dawn. (Jane Roe / Harbour Voices)"
        or classify.legal_notice(dek.text, cues)  # "X is a registered trademark of Y."
        or classify.names_alone(dek.text, cues)  # "Jane Roe and John Doe" over the desk's name: the byline
    ):
        return False
    if credited:
        found = (
            signed
            or isinstance(after if unfinished else past, Image | Caption)  # an unfinished line goes on, no furniture
            or over_lead
        )
    else:
        found = (
            isinstance(past, Image | Caption | Bio)
            or _signs(past, cues)
            or (
                isinstance(dek, Paragraph)
                and isinstance(after, Paragraph)
                and decide.unfinished_dek(title, dek.text, after.text, cues)
            )
        )
    if found:
        blocks[i] = Standfirst(text=dek.text, marks=dek.marks, spacing=dek.spacing)
    return found


def _signs(block: Block, cues: Cues) -> bool:
    """Whether *block* is the byline or the date line, however a scraper or converter wrote it.

    A byline or date fragment; a byline's label alone on its first line ("By", then the name);
    or a list of fields, one a byline or a date ("- Jane Roe", "- Published 3 May 2024").
    """
    match block:
        case Fragment(role=role):
            return role in decide.HEADER_ROLES
        case Paragraph(text=text):
            return classify.is_byline_prefix(text.split("\n", 1)[0], cues)
        case ItemList(items=items):
            fields = [item for item in items if _words(item, _FIELD_WORDS) <= _FIELD_WORDS]
            return len(fields) == len(items) and any(
                classify.byline_authors(item, cues) or classify.shows_date(item, cues) for item in fields
            )
    return False


def _furniture(block: Block) -> bool:
    """Whether *block* is a short line of page furniture: a share button, a section's name.

    Or a share bar that a converter writes as a list: "- Facebook", "- Twitter", "- Email".
    """
    if isinstance(block, Fragment) and block.role is None:
        return True  # a stock line ("Comments", "Advertisement") or a line of site chrome
    if isinstance(block, ItemList):
        return all(_words(item, _BAR_WORDS) <= _BAR_WORDS for item in block.items)
    if not isinstance(block, Paragraph):
        return False
    # "Share", "World news", or a place and a desk's name: "Lisbon, Example News Bureau"
    words = _words(block.text, 6)
    return words <= 3 or (words <= 6 and not block.text.endswith(_SENTENCE_ENDS))


_BAR_WORDS = 2  # an item of a share bar: "Facebook", "Share on X"
_FIELD_WORDS = 8  # a field of a byline's list: "Published 3 May 2024, 9:41 AM"


_LABEL_WORDS = 3  # words at most of a byline's label on a line of its own: "Words and pictures"


def _dated(block: Block) -> bool:
    """Whether *block* is a line of the article's date: a fragment so typed."""
    return isinstance(block, Fragment) and block.role == "date"


def _desk_name(block: Block) -> bool:
    """Whether *block* names a desk or a section: a few capitalised words, "Science & Astronomy", "World"."""
    if not isinstance(block, Paragraph):
        return False
    words = block.text.split(" ")
    return len(words) <= _DESK_WORDS and all(
        word in {"&", "and"} or (word[:1].isupper() and word.replace("-", "").isalpha()) for word in words
    )


_DESK_WORDS = 4
