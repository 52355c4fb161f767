"""Judgements on scraped text that need a block's neighbours.

A scraper writes a credit, an alt text, a contact line or a dek on a line of
its own; which block such a line belongs to depends on the lines around it.
:func:`add` joins a line to the block before it as it is read; :func:`settle`
makes the passes that need the whole text: alt texts that repeat their
caption, notes quoted amid the body, bios after it, a dek under a byline.
"""

from __future__ import annotations

import re

import attrs

from . import classify
from .cues import Cues
from .model import (
    Attribution,
    Bio,
    Block,
    Caption,
    Disclaimer,
    Fragment,
    Heading,
    Image,
    Paragraph,
    Standfirst,
    plain_text,
)

__all__ = ["add", "file_name", "settle", "split_note"]

_SHORT = 60  # words: a caption, a dek or a note is at most this long
_DEK = 30  # words: a dek set under the byline is at most this long; a longer line is the body's lead
_BODY = 20  # words: a paragraph of the body is at least this long; shorter lines may be furniture
_SENTENCE = re.compile(r"(?<=[.!?])[^\S\r\n]+(?=[A-Z\u201c\"])")
_FILE_NAME = re.compile(
    r"\A(?:[\w-]{1,80}\.(?:jpe?g|png|gif|webp|avif)|[A-Za-z]+_[\w-]{1,80}|[A-Za-z]{2,}\d{3,}\w*"
    r"|[a-z0-9]+(?:-[a-z0-9]+){2,})\Z",
    re.I,
)
_PRONOUN = re.compile(r"\A(?:He|She|They)\s(?:is|was|has|had|previously|currently|also|now|formerly|served|holds)\b")
_NAME_LINE = re.compile(
    r"\A[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,3}\s*(?:,|\||\u2013|\u2014|\s-)\s*(?P<rest>\S.*)\Z"
)
_AFFILIATION = re.compile(
    r"\b(?:University|Institute|College|School|Foundation|Centre|Center|Council|Academy|Society|Department"
    r"|Programme|Program|Observatory|Museum|Laboratory)\b"
)


def _words(text: str) -> int:
    return len(text.split())


def _single_break(block: Block) -> bool:
    """Whether a single line break, not a blank line, parts *block* from the one before it."""
    gap = block.spacing
    return gap is not None and gap.count("\n") + gap.count("\r") - gap.count("\r\n") == 1


def _credit_only(block: Block) -> bool:
    return isinstance(block, Caption) and not block.text and block.credit is not None


def _is_labelled(block: Block, cues: Cues) -> bool:
    """Whether a credit-only caption came from a label line ("Image copyright", then the credit)."""
    return isinstance(block, Caption) and classify.part_label(block.credit_prefix.strip(), cues) == "credit"


def _captionlike(block: Block) -> bool:
    """Whether *block* could be a caption that the credit line under it completes."""
    match block:
        case Caption(credit=None):
            return True
        case Paragraph(text=text):
            return _words(text) <= _SHORT
        case _:
            return False


def file_name(text: str) -> bool:
    """Whether *text* is a picture's file name standing in for its alt text (``IMG_2041``)."""
    return len(text) <= 100 and _FILE_NAME.match(text) is not None


def _gap(block: Block) -> str:
    return "\n\n" if block.spacing is None else block.spacing


def add(blocks: list[Block], block: Block, title: str | None, cues: Cues) -> None:
    """Append *block*, or join it to the block before it when a line break only parts the two."""
    previous = blocks[-1] if blocks else None
    if isinstance(previous, Paragraph) and (label := classify.part_label(previous.text, cues)):
        # "Credit..." or "Image caption" on a line of its own, as pages write them for screen readers.
        words = plain_text(block)
        if label == "credit" and _words(words) <= 12 and "\n" not in words:
            blocks.pop()
            part: Block = Caption(
                text="", credit=words, credit_prefix=previous.text + _gap(block), credit_suffix="", spacing=previous.spacing
            )
            add(blocks, part, title, cues)
            return
        if label == "caption" and _words(words) <= _SHORT:
            blocks.pop()
            text = previous.text + _gap(block) + words
            before = blocks[-1] if blocks else None
            if before is not None and _credit_only(before) and _is_labelled(before, cues):
                blocks[-1] = Caption(text=plain_text(before) + _gap(previous) + text, spacing=before.spacing)
            else:
                blocks.append(Caption(text=text, spacing=previous.spacing))
            return
    if previous is None or not _single_break(block):
        blocks.append(block)
        return
    # The line under the headline is a dek, unless it is a sentence as captions are: a dek
    # ("How a town learned to live with floods") and a credit under it credit the lead picture.
    dek = (
        len(blocks) >= 2
        and plain_text(blocks[-2]) == title
        and not plain_text(previous).endswith((".", "!", "?", "\u201d", '"', ")"))
    )
    credit = None
    if _credit_only(block):
        assert isinstance(block, Caption)
        credit = classify.Credit("", block.credit or "", block.credit_prefix, block.credit_suffix, True)
    elif isinstance(block, Paragraph):
        credit = classify.credit_line(block.text, cues)
    placed = credit is not None and credit.prefix.split(" ", 1)[0] in cues.credit_places
    if credit is not None and _captionlike(previous) and not dek and not placed:
        # A caption, and its credit on the line under it.
        image = len(blocks) - 2 if len(blocks) >= 2 and isinstance(blocks[-2], Image) else None
        blocks[-1] = Caption(
            text=plain_text(previous),
            credit=credit.credit,
            image=image,
            credit_prefix=(block.spacing or "") + credit.prefix,
            credit_suffix=credit.suffix,
            spacing=previous.spacing,
        )
        return
    if (
        _credit_only(previous)
        and isinstance(block, Paragraph)
        and _words(block.text) <= _SHORT
        and (not _single_break(previous) or (len(blocks) >= 2 and isinstance(blocks[-2], Image)))
    ):
        # A credit line above its caption: the caption keeps both.
        assert isinstance(previous, Caption)
        text = plain_text(previous) + (block.spacing or "") + block.text
        blocks[-1] = Caption(text=text, image=previous.image, spacing=previous.spacing)
        return
    if (
        isinstance(previous, Image)
        and previous.slug is None
        and isinstance(block, Paragraph)
        and _words(block.text) <= _DEK
    ):
        # The line under a picture's file name is its caption.
        blocks.append(Caption(text=block.text, image=len(blocks) - 1, spacing=block.spacing))
        return
    contact = isinstance(block, Paragraph) and _words(block.text) <= 25 and classify.contact_line(block.text, cues)
    if isinstance(previous, Bio) and contact:
        blocks[-1] = attrs.evolve(previous, text=previous.text + (block.spacing or "") + plain_text(block))
        return
    blocks.append(block)


def split_note(piece: str, note: Block, cues: Cues) -> list[Block]:
    """Part a note that is two notes at once (a bio, then "the views expressed ...") into both."""
    if _words(piece) > 120:
        return [note]
    for match in _SENTENCE.finditer(piece):
        head, tail = piece[: match.start()], piece[match.end() :]
        first, second = classify.read_note(head, cues), classify.read_note(tail, cues)
        if first is not None and second is not None and type(first) is not type(second):
            return [first, attrs.evolve(second, spacing=match.group())]
    return [note]


def settle(blocks: list[Block], title: str | None, cues: Cues) -> None:
    """Decide, in place, what needs the whole text: alt lines, framed notes, bios at the end, deks."""
    _alt_lines(blocks)
    body = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and _words(b.text) >= _BODY]
    if body:
        _notes_amid_body(blocks, body[0], body[-1], cues)
        _bios_after_body(blocks, body[-1], cues)
    if title is not None:
        _dek_under_byline(blocks, title)


def _alt_lines(blocks: list[Block]) -> None:
    """A line that the caption under it repeats is the picture's alt text."""
    for i in range(len(blocks) - 1):
        block, caption = blocks[i], blocks[i + 1]
        if not isinstance(block, Paragraph | Fragment) or not isinstance(caption, Caption):
            continue
        if getattr(block, "role", None) is not None or _words(block.text) > _SHORT or caption.image is not None:
            continue
        alt, words = classify.normalise(block.text), classify.normalise(caption.text)
        if alt and (words == alt or words.startswith(alt + " ")):
            blocks[i] = Image(alt=block.text, spacing=block.spacing)
            blocks[i + 1] = attrs.evolve(caption, image=i)


def _framed(text: str, cues: Cues) -> bool:
    """Whether a note says it is one: a label ("Editor's note:"), or words about this very piece."""
    patterns = classify.Patterns.of(cues)
    if patterns.note_label.match(text):
        return True
    found = patterns.attribution.search(text) or patterns.disclaimer.search(text)
    if found is not None and found.start() == 0:
        return True  # "Adapted from ...", "Cross-posted from ..."
    nouns = "|".join(re.escape(noun) for noun in cues.work_nouns)
    # "This post originally appeared ...", "A version of this essay ...": said of itself, in its first words.
    return re.search(rf"\b(?:this|these)\s(?:{nouns})s?\b", text[:40], re.I) is not None


def _notes_amid_body(blocks: list[Block], first: int, last: int, cues: Cues) -> None:
    """A republication or correction phrase amid the body is prose, unless the note says it is one."""
    for i in range(first + 1, len(blocks)):
        block = blocks[i]
        if not isinstance(block, Attribution | Disclaimer):
            continue
        if i < last and not _framed(block.text, cues):
            blocks[i] = Paragraph(text=block.text, spacing=block.spacing)


def _bios_after_body(blocks: list[Block], last: int, cues: Cues) -> None:
    """After the body: a name with an affiliation, a name with contact details, "He was previously ..."."""
    for i in range(last + 1, len(blocks)):
        block = blocks[i]
        if not isinstance(block, Paragraph) or _words(block.text) > _SHORT:
            continue
        text = block.text
        if (match := _NAME_LINE.match(text)) and _words(text) <= 20 and "\n" not in text:
            rest = match["rest"]
            if _AFFILIATION.search(rest) or classify.Patterns.of(cues).bio_role.search(rest):
                blocks[i] = Bio(
                    text=text, name=text[: match.start("rest")].rstrip(" ,|-\u2013\u2014"), spacing=block.spacing
                )
                continue
        if re.match(r"\A[A-Z][\w.'\u2019-]+\s[A-Z]", text) and classify.contact_line(text, cues):
            name = " ".join(re.findall(r"\A[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,3}", text))
            blocks[i] = Bio(text=text, name=name or None, spacing=block.spacing)
            continue
        if isinstance(blocks[i - 1], Bio) and _PRONOUN.match(text):
            blocks[i] = Bio(text=text, spacing=block.spacing)


def _dek_under_byline(blocks: list[Block], title: str) -> None:
    """A dek under the headline with a byline or dateline between (the headline, dek case is in decide)."""
    head = next((i for i, b in enumerate(blocks) if isinstance(b, Heading | Fragment) and b.text == title), None)
    if head is None:
        return
    i = head + 1
    while i < len(blocks) and isinstance(fragment := blocks[i], Fragment) and fragment.role in {"byline", "date"}:
        i += 1
    if i == head + 1 or i + 1 >= len(blocks):
        return
    dek, after = blocks[i], blocks[i + 1]
    if not isinstance(dek, Paragraph) or _words(dek.text) > _DEK or classify.opens_with_dateline(dek.text):
        return
    unfinished = not dek.text.rstrip().endswith((".", "!", "?", "\u201d", '"'))
    if isinstance(after, Image | Caption) or (
        unfinished and isinstance(after, Paragraph) and _words(after.text) > _words(dek.text)
    ):
        blocks[i] = Standfirst(text=dek.text, spacing=dek.spacing)
