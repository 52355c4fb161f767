"""Judgements about one piece of text: is it a credit, a note, a bio, a slug?

These functions look at a single string and answer from the cue data; the
parsers (plain text now, HTML later) decide with the context around it. One
rule lives in one place, so both parsers agree.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
import warnings
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any

import dateutil.parser
from attrs import frozen

from . import urls
from .cues import Cues
from .model import Attribution, AttributionKind, Bio, Caption, Disclaimer, Slug

__all__ = [
    "LABEL_CHARS",
    "MONTHS_ABBREVIATED",
    "MOST_WORDS",
    "NAME_RUN",
    "SENTENCE_CLOSES",
    "TITLE_SEPARATOR",
    "Credit",
    "Patterns",
    "addresses_reader",
    "as_cased",
    "bare_label_end",
    "bio_name",
    "byline_authors",
    "byline_date",
    "caption_opening",
    "contact_line",
    "contribution_line",
    "counts_slides",
    "credit_before",
    "credit_line",
    "dates_update",
    "find_credit",
    "host_line",
    "is_breadcrumb",
    "is_byline_prefix",
    "legal_notice",
    "link_line",
    "link_reference",
    "media_line",
    "menu_row",
    "name_and_date",
    "name_and_job",
    "name_dated",
    "name_line",
    "named_credit",
    "names_bearer",
    "names_credit",
    "normalise",
    "offers_service",
    "opens_as_dateline",
    "opens_with_date_field",
    "opens_with_dateline",
    "part_label",
    "post_stamp",
    "promo_line",
    "publication_of",
    "published_date",
    "read_date",
    "read_note",
    "read_slug",
    "reading_time",
    "shows_date",
    "shows_title",
    "shows_words",
    "slide_counter",
    "slug_before",
    "staff_line",
    "stock_line",
    "tags_of",
    "time_stamped",
    "unnumbered",
    "without_address",
    "word_count",
]


def _capitals(*blocks: tuple[int, int]) -> str:
    """The capitals among the characters of *blocks* (first and last code points), as ranges for a character class."""
    ranges: list[list[int]] = []
    for first, last in blocks:
        for code in range(first, last + 1):
            if not chr(code).isupper():
                continue
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)


# ASCII, Latin-1 and the Latin extensions, Greek and Cyrillic; the Latin letters Vietnamese writes
_CAPITALS = _capitals((0x41, 0x5A), (0xC0, 0x52F), (0x1E00, 0x1EFF))
_ORG = r"(?P<org>(?:[Tt]he\s)?[A-Z0-9][\w&.'\u2019-]*(?:\s(?:[A-Z0-9&][\w&.'\u2019-]*|of|for|and|the|de|on)){0,7})"
_ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A republication note's source: a name of capitalised words, in any Latin script ("Observat\u00f3rio das
# \u00c1guas", "Ci\u00eancia no Cerrado"), with the particles of names in several languages ("La Gazette du
# Littoral"); not the date after it ("Harbour Weekly on February 16, 2024", "... on Sunday", "... le 2 mars"),
# nor the sentence after a word of two letters or more ("El Faro del Sur. Translated by ...": an initial or "St."
# goes on).
_CAPITAL = f"[0-9{_CAPITALS}]"
_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # "jane.roe@harbour-news.example"
# A day of a month, perhaps with its year, or a month and its year: "March 3", "3 March 2026", "May 2024"
_DAY_AND_MONTH = (
    rf"(?:(?i:{_MONTHS})\s+\d{{1,2}}(?!\d)|\d{{1,2}}\s+(?i:{_MONTHS})|(?i:{_MONTHS})(?=,?\s+\d{{4}}))(?:,?\s+\d{{4}})?"
)
_SOURCE_NAME = (
    rf"(?P<org>(?:[Tt]he\s)?{_CAPITAL}[\w&.'\u2019-]*(?:(?<![a-z]{{2}}\.)\s(?!(?:on|in)\s+(?:(?i:{_MONTHS})\s|\d|(?:{'|'.join(_ENGLISH_WEEKDAYS)})\b)"
    # (nor the day's number after an article or "on" in other languages: "... par X le 2 mars", "el 3 de marzo")
    r"|(?:le|el|il|am|em|op|den)\s+\d)"
    # ("Valli e Paesi": an "and" before a capital, not "en Revista Meridiano y se reproduce")
    rf"(?:(?:[ld]['\u2019])?{_CAPITAL}[\w&.'\u2019-]*|&|(?:et|e|y)(?=\s{_CAPITAL})"
    rf"|(?:of|for|and|og|och|und|the|on|de|del|della|delle|dei|degli|di|da|das|do|dos|du|des|der|van|von|la|le|el|il"
    rf"|los|las|het|en|no|na|f\u00fcr|f\u00f6r)(?!\w))){{0,7}})"
)


# A credit starts after a sentence on the same line, or on a line of its own, perhaps after a dash; with
# no space after the full stop too, as a browser shows a caption and its credit in two spans ("2019.J. Doe / AP");
# or after a bar between spaces, which sets a caption's credit apart as a line break does ("... in 1962 | Courtesy
# of the City Archive"). Each way starts at a white space or before a capital: the look ahead for one rules out
# the other letters at once, where the regex engine would try each way at every letter.
_CREDIT_AT = r"(?=[\sA-Z\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff1d])"  # (Chinese, Japanese and Korean labels too)
_CREDIT_START = (
    rf"{_CREDIT_AT}(?:(?<=[.!?\u201d\u2019\u00bb\"'\u0964\u06d4])(?<!\b[A-Z]\.)[^\S\r\n]+|(?:\r\n?|\n)[^\S\r\n]*|(?<=[a-z0-9][.!?])(?=[A-Z])"
    # after a full stop of Chinese or Japanese, which no space follows: "\u2026\u3002\u5199\u771f\uff1a\u5171\u540c"
    r"|(?<=[\u3002\uff01\uff1f])"
    # (the full stop of Urdu too, "\u06d4"; and a space between Thai words, as Thai ends a sentence, before a label and
    # its colon: "... \u0e20\u0e32\u0e1e: ...")
    r"|(?<=[\u0e00-\u0e7f])[^\S\r\n]+(?=[\u0e00-\u0e7f]{1,12}\s?:)"
    # or after the wide space a Japanese caption sets before its credit: "…（東京）\u3000写真：..."
    r"|\u3000+"
    # or after the wide equals sign a Japanese paper sets between the caption and its credit: "…（11日）\uff1d写真：..."
    r"|\uff1d"
    r"|[^\S\r\n]+\|[^\S\r\n]+"
    # a slash after the caption's last sentence, as Korean and Spanish papers set the credit: "... 있다. /사진=X"
    r"|(?<=[.!?])[^\S\r\n]+/[^\S\r\n]*)"
    r"(?:[\u2014\u2013]+[^\S\r\n]*|-[^\S\r\n]+)?"
)
# A capital of the Latin, Greek and Cyrillic scripts: "Élodie", "Łukasz", "İsmail", "Ştefan", "Вера", "Ελένη"
_UPPER = f"[{_CAPITALS}]"
_NAME = rf"{_UPPER}[\w.'\u2019-]*(?:\s(?:{_UPPER}[\w.'\u2019-]*|de|van|von|da|al|bin)){{0,3}}"
# A Creative Commons licence, as a credit names it after the photographer: "CC BY-SA 4.0", "CC0".
_LICENCE = r"CC[\s-]?(?:BY(?:-(?:NC|SA|ND))*|0)(?:\s\d\.\d)?"
# Up to two words before a credit label: "Staff photo", "Tribune photo", "Cover Illustration".
# What ends a credit's label: a colon or an ellipsis ("Photo: ...", "Credit..."), or the full stop of a label
# that is an abbreviation, as Polish writes "Fot. Jane Roe/PAP"
# (or a full-width colon, or Korean's "=": "\u5199\u771f\uff1a\u5171\u540c", "\uc0ac\uc9c4=\uc5f0\ud569\ub274\uc2a4"; or
# after a Chinese or Japanese label a slash or a bar, full-width or not, or a middle dot: "\u6444\u5f71/\u5218\u6d0b",
# "\uff08\u64ae\u5f71\u30fb\u4f50\u85e4\u5065\u4e00\uff09")
_CJK_LABEL_END = r"(?<=[\u3400-\u9fff])[/\uff0f\uff5c\u30fb]"
_LABEL_END = rf"(?::|\uff1a|=|\.\.\.|\u2026|(?<=\.)(?=\s)|{_CJK_LABEL_END})"
_CJK_LABELLED = re.compile(_CJK_LABEL_END)  # (a tail without one holds no credit a slash after a label marks)
_LEAD = r"(?:[A-Z][\w'\u2019-]*\s){0,2}"
# A word of a name a Chinese or Japanese caption credits, or of the post before it: no space, stop or bracket in it
_SHOT_NAME = r"[^\s\u3002\uff0c\u3001\uff08\uff09()]{2,12}"


def _template(template: str) -> re.Pattern[str]:
    """A note's template ("The post {work} appeared first on {source}.") as a pattern of the whole note.

    The work is any words on the line; the source a name (capitalised words, as a site's) or a domain;
    a year is a year's digits, a date a whole date with its year, and "{any}" any words on the line,
    which the note does not keep.
    """
    parts = re.split(r"(\{work\}|\{source\}|\{year\}|\{date\}|\{any\})", template)
    fields = {
        "{work}": rf"(?P<work>\S[^\n]{{0,{_FEED_WORK}}}?)",
        "{source}": rf"(?P<source>{_SOURCE_NAME}|{_SITE})",
        "{year}": r"\d{4}",
        # a whole date, and the full stop that may end the note: "March 14th, 2025."
        "{date}": rf"(?i:{_WHOLE_DATE})\.?",
        "{any}": rf"\S[^\n]{{0,{_FEED_WORK}}}?",
    }
    return re.compile("".join(fields.get(part) or _words((part,)) for part in parts if part) + r"\Z")


def _opening(template: str) -> str:
    """The word a note's *template* opens with, as written ("Source:" of "Source: {source} press release"), or ""."""
    words = template.split("{", 1)[0].split()
    return words[0] if words else ""


_FEED_WORK = 300  # characters: a post's title
_SITE = r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"  # a site's domain: "harbour-lantern.example"


def _words(phrases: tuple[str, ...]) -> str:
    """An alternation of phrases, longest first, with flexible spaces."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _month_pairs(cues: Cues) -> list[tuple[str, str]]:
    """Each name of :attr:`~newsdoc.Cues.month_names` with the English name of its month (fewer give the first)."""
    months = zip(_ENGLISH_MONTHS, cues.month_names, strict=False)
    return [(english, name) for english, names in months for name in names]


def _weekday_pairs(cues: Cues) -> list[tuple[str, str]]:
    """Each name of :attr:`~newsdoc.Cues.weekday_names` with the English name of its day (fewer give Monday's)."""
    days = zip(_ENGLISH_WEEKDAYS, cues.weekday_names, strict=False)
    return [(english, name) for english, names in days for name in names]


def _day_month(cues: Cues) -> str:
    """A month's name, in English or in another language of :attr:`~newsdoc.Cues.month_names`, perhaps short."""
    return rf"(?:{_MONTH_NAME}|(?:{_words(_month_names(cues)) or '(?!)'})\.?(?![\w.]))"


def _month_names(cues: Cues) -> tuple[str, ...]:
    return tuple(name for _, name in _month_pairs(cues))


def _tree(phrases: Iterable[str]) -> str:
    r"""*phrases* lower-cased as one pattern that branches only where they part: ``reprinted\s+(?:from|by...)``.

    The regex engine tries each branch of a flat alternation at every letter; a tree it walks
    down one letter at a time. For phrases of ASCII and uncased letters (see :func:`_tree_safe`).
    """
    root: dict[str, dict[str, Any]] = {}
    for phrase in phrases:
        node = root
        for char in phrase.lower():
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _branches(root)


def _tree_safe(phrase: str) -> bool:
    """Whether *phrase* may stand in the tree: it holds no cased letter beyond ASCII.

    A case-blind search may match such a letter to letters that str.lower() does not give.
    """
    return all(c.isascii() or c.lower() == c.upper() for c in phrase)


def _branches(node: dict[str, dict[str, Any]]) -> str:
    """The pattern of the phrase endings under one node of the tree."""
    ways = [(r"\s+" if char == " " else re.escape(char)) + _branches(child) for char, child in node.items() if char]
    if not ways:
        return ""
    if "" in node:
        return f"(?:{'|'.join(ways)})?"
    return ways[0] if len(ways) == 1 else f"(?:{'|'.join(ways)})"


def _folds_to_ascii(text: str) -> bool:
    """Whether *text* holds a letter that a case-blind pattern matches to an ASCII one and str.lower() does not.

    They are the long s, "\u017f", and the Turkish dotted and dotless i: a text with one is searched as it is.
    """
    return not text.isascii() and ("\u017f" in text or "\u0130" in text or "\u0131" in text)


@frozen
class Phrases:
    """A case-blind alternation of phrases, and a faster way to find the first of them."""

    pattern: re.Pattern[str]
    """The phrases, searched case-blind in the text as it is."""
    tree: re.Pattern[str] | None
    """The phrases of ASCII and uncased letters lower-cased, as a tree, to search the lower-cased text."""
    others: re.Pattern[str] | None
    """The other phrases ("ver\u00f6ffentlicht"), searched case-blind in the text as it is: a tree cannot."""
    keys: _Keys | None
    """What a text that holds a phrase holds (see :func:`_keys`)."""
    other_keys: _Keys | None
    """The keys of the :attr:`others` alone."""

    @classmethod
    def of(cls, phrases: Iterable[str], **named: str) -> Phrases:
        """The phrases with flexible spaces; each *named* one also as a group of that name.

        A phrase's last word may go on ("registered trademarks"): see :meth:`whole` for phrases that may not.
        """
        return cls._of(tuple(phrases), named, "")

    @classmethod
    def whole(cls, phrases: Iterable[str]) -> Phrases:
        """The phrases with flexible spaces, each ending with its last word, as a label's does.

        "Editor's note" labels a note; "Editor's notes from the changelog show ..." opens a sentence.
        """
        return cls._of(tuple(phrases), {}, _WORD_END)

    @classmethod
    def _of(cls, phrases: tuple[str, ...], named: dict[str, str], end: str) -> Phrases:
        pattern = "|".join(f"(?P<{name}>{_words((phrase,))}){end}" for name, phrase in named.items())
        pattern = pattern or _ending(phrases, end, _words)
        plain = tuple(phrase for phrase in phrases if _tree_safe(phrase))
        others = tuple(phrase for phrase in phrases if not _tree_safe(phrase))
        return cls(
            re.compile(pattern, re.I),
            re.compile(_ending(plain, end, _tree)) if plain else None,
            re.compile(_ending(others, end, _words), re.I) if others else None,
            _keys(phrases),
            _keys(others),
        )

    def search(self, text: str, start: int = 0) -> re.Match[str] | None:
        """The first phrase in *text* from *start* on, as ``pattern.search(text, start)`` finds it."""
        if _folds_to_ascii(text):
            return self.pattern.search(text, start)
        view = _key_view(text)
        # Most texts hold none of the keys: looking for each costs far less than the tree's search,
        # which tries a branch at nearly every letter.
        if not _may_hold(text, self.keys, view):
            return None
        lowered = text.lower()
        # str.lower() keeps every other letter in its place (it turns only "\u0130" into two),
        # so the first phrase starts where the tree finds one in the lower-cased text.
        found = None if self.tree is None else self.tree.search(lowered, start)
        if self.others is not None and _may_hold(text, self.other_keys, view):
            other = self.others.search(text, start)
            if other is not None and (found is None or other.start() < found.start()):
                found = other
        return None if found is None else self.pattern.search(text, found.start())


_WORD_END = r"(?!\w)"


def _ending(phrases: Iterable[str], end: str, alternation: Callable[[tuple[str, ...]], str]) -> str:
    """The *alternation* of *phrases*, each followed by *end*; but a phrase of a script written without spaces.

    Chinese, Japanese, Thai, Lao, Khmer and Burmese write no spaces between words, and Korean runs a
    word's endings on: a phrase in those scripts ends where it ends ("本文仅代表作者观点，...", "필자
    개인의 의견으로", "ผู้เขียนชำระค่าอาหาร").
    """
    spaced = tuple(phrase for phrase in phrases if not _SPACELESS.match(phrase[-1:]))
    spaceless = tuple(phrase for phrase in phrases if _SPACELESS.match(phrase[-1:]))
    return "|".join(
        [
            *([f"(?:{alternation(spaced)}){end}"] if spaced else ()),
            *([f"(?:{alternation(spaceless)})"] if spaceless else ()),
        ]
    )


_SPACELESS_LETTERS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_SPACELESS = re.compile(f"[{_SPACELESS_LETTERS}]")
# a word's edges, but none between letters of scripts written without spaces
_WORD_START = rf"(?<![^\W{_SPACELESS_LETTERS}])"
_SPACED_WORD_END = rf"(?![^\W{_SPACELESS_LETTERS}])"


def _last_words(phrase: str, *after: str) -> tuple[str, ...]:
    """The last word of *phrase* (what follows its last space), with each of *after* after it."""
    last = phrase.rpartition(" ")[2]
    return tuple(last + end for end in after)


@frozen
class _Keys:
    """What a text must hold to hold one of some phrases (see :func:`_keys`): a cheap check before a search."""

    words: tuple[str, ...]
    """Runs of ASCII letters, lower-cased, one of which a text that holds a phrase holds."""
    parts: dict[str, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]]
    """For each key, the parts of the phrases that hold it (see :func:`_by_first`)."""
    beyond_ascii: re.Pattern[str] | None
    """Of the phrases with no run of ASCII letters, the first character beyond ASCII of each, in either case:
    a text that holds none of them holds none of those phrases (``None``: there are none)."""


def _keys(phrases: Iterable[str]) -> _Keys | None:
    """What a text that holds one of the phrases (case-blind) holds, lower-cased: each part of the phrase.

    A part is a word of the phrase (what its spaces part) lower-cased, if it is ASCII: "co-published",
    "editor's". A case-blind search folds some letters beyond ASCII ("\u03c2", "\u03c3") that str.lower()
    keeps apart: of another word ("publi\u00e9", "editor\u2019s"), its runs of ASCII letters are parts.

    The keys are runs of ASCII letters that every text is looked through for, each one pass: they
    are few, the one that most phrases hold taken first (a part of their words that it is: "publi" of
    "published", "republished" and "publi\u00e9"), of five letters or more (fewer are in too many texts:
    "this", "from"), or else a phrase's longest, of three letters at least when the phrase has a letter beyond
    ASCII, which tells it else ("ng" is in nearly every text). Only a text that holds a key is looked at for the parts
    of its phrases: "earlier" is in many a text, "an earlier version of this" in few. A phrase without a
    run (Korean, Russian) holds a character beyond ASCII, its first, which a text that holds the
    phrase holds too, in one case or the other (see :data:`_FOLDS_TO_ASCII`): a text in English with
    curly quotes holds none of a Russian phrase's.

    Returns:
        The keys, or ``None`` (no check) when there are no phrases, or a phrase has neither.
    """
    each: dict[tuple[str, ...], set[str]] = {}  # the parts of each phrase, and the runs that may be its key
    beyond: set[str] = set()  # the first character beyond ASCII of each phrase without a run, in either case
    for phrase in phrases:
        lowered = phrase.lower()
        runs = _ASCII_LETTERS.findall(lowered)
        first = next((c for c in phrase if not c.isascii() and c not in _FOLDS_TO_ASCII), "")
        # (a run of two letters is in nearly every text: "ng" of Vietnamese "\u0111\u0103ng", whose first letter
        # beyond ASCII is in few)
        if runs and (len(max(runs, key=len)) >= _KEY_LEAST or not first):
            words = lowered.split(" ")
            found = {part for word in words for part in ([word] if word.isascii() else _ASCII_LETTERS.findall(word))}
            # The longer first, which fewer texts hold; a part that another holds is no more check: the "a" of "a
            # version of this article".
            parts = sorted((part for part in found if not any(part in other for other in found - {part})), key=_longer)
            each[tuple(parts)] = {max(runs, key=len), *(run for run in runs if len(run) >= _KEY_LETTERS)}
        elif first:
            beyond.update(c for c in (first, first.lower(), first.upper(), first.upper().lower()) if len(c) == 1)
        else:
            return None
    if not each and not beyond:
        return None  # no phrases: an alternation of none matches anywhere
    # Which phrases each run stands for, found once (asked again in each round, it was most of compiling the cues):
    # those with a part that holds it, looked for in all their parts at once (no run holds the NUL between them)
    joined = {parts: "\0".join(parts) for parts in each}
    stands = {run: {parts for parts, held in joined.items() if run in held} for run in set().union(*each.values())}
    left, keys = set(each), []
    while left:  # the run that most of the phrases left hold, the longer of two that as many do
        runs = sorted(set().union(*(each[parts] for parts in left)))
        keys.append(max(runs, key=lambda key: (len(stands[key] & left), len(key))))
        left -= stands[keys[-1]]
    phrases_of = {key: _by_first([parts for parts in each if parts in stands[key]]) for key in sorted(keys)}
    letters = re.compile(f"[{''.join(map(re.escape, sorted(beyond)))}]") if beyond else None
    return _Keys(tuple(phrases_of), phrases_of, letters)


def _by_first(phrases: list[tuple[str, ...]]) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """The parts of *phrases*: each first part (looked for once), with the other parts of each phrase it opens."""
    rests: dict[str, list[tuple[str, ...]]] = {}
    for first, *rest in phrases:
        rests.setdefault(first, []).append(tuple(rest))
    return tuple((first, tuple(rest)) for first, rest in rests.items())


def _longer(part: str) -> tuple[int, str]:
    return -len(part), part


_KEY_LETTERS = 5
_KEY_LEAST = 3  # letters at least of a run that may be a key, when the phrase has a letter beyond ASCII


_ASCII_LETTERS = re.compile(r"[a-z]+")
# The characters beyond ASCII that a case-blind search matches to ASCII letters: the Turkish dotted and
# dotless i, the long s and the Kelvin sign. Every other matches only characters beyond ASCII.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _may_hold(text: str, keys: _Keys | None, view: str) -> bool:
    """Whether *text* may hold one of the phrases of *keys*; a cheap check before a search.

    *view* is ``_key_view(text)``, which the caller makes once for all its checks.
    """
    if keys is None or len(text) < _SEARCH_AT_ONCE:
        return True
    # Loops, not any() over generators: this runs for every check of every line.
    for key in keys.words:
        if key in view:
            for first, rests in keys.parts[key]:
                if first in view:
                    for rest in rests:
                        for part in rest:
                            if part not in view:
                                break
                        else:
                            return True
    beyond = keys.beyond_ascii
    return (beyond is not None and not text.isascii() and beyond.search(text) is not None) or _folds_to_ascii(text)


_SEARCH_AT_ONCE = 12  # characters: a text this short is searched at once, faster than checked first


def _key_view(text: str) -> str:
    """What :func:`_may_hold` looks for the keys in: the ASCII characters of *text*, lower-cased.

    Keys and parts are ASCII, and where ``text.lower()`` holds one, it comes from ASCII characters
    of *text* side by side: no other character lower-cases to an ASCII one but "\u0130" and the
    Kelvin sign (a text with either is lower-cased whole). Leaving the others out keeps every key
    and part the text holds (and may join two words into one that holds a key: a search the more),
    at a fraction of the cost of lower-casing a text beyond ASCII, and the keys are then looked
    for in a string of one byte a character.
    """
    if text.isascii() or "\u0130" in text or "\u212a" in text:
        return text.lower()
    return text.encode("ascii", "ignore").decode("ascii").lower()


@frozen
class Patterns:
    """The regular expressions compiled from one :class:`~newsdoc.Cues`."""

    agency: re.Pattern[str]
    credit_word: re.Pattern[str]
    bracketed: re.Pattern[str]
    labelled: re.Pattern[str]
    label_by: re.Pattern[str]
    bare_label: re.Pattern[str]
    """A credit label at the start of a credit without its colon, a name after it: ``Foto`` in ``Foto ANSA``."""
    label_alone: re.Pattern[str]
    """A credit label alone, perhaps with its colon: ``Foto:``, ``Photo :``."""
    slashed: re.Pattern[str]
    outlet_photo: re.Pattern[str]
    posted: re.Pattern[str]
    bare_credit: re.Pattern[str]
    """A picture's word and a name after a caption's last sentence, no colon between: "... Photo Claire Dubois"."""
    by: re.Pattern[str]
    label_keys: _Keys | None
    """The keys of the credit labels: a credit of the labelled kind holds one of the labels."""
    dotted_labels: tuple[str, ...]
    """The credit labels that end in their own full stop and need no colon: "Fot.", those of ASCII in
    lower case, to look for in a text's key view (see :func:`_key_view`), as "fot." is written too."""
    source_labels: frozenset[str]
    """The labels of :attr:`~newsdoc.Cues.source_labels`, case-folded."""
    holder_words: frozenset[str]
    """The words of :attr:`~newsdoc.Cues.holder_words`, case-folded."""
    held_openings: frozenset[str]
    """The words of :attr:`~newsdoc.Cues.held_openings`, case-folded."""
    chart_labels: frozenset[str]
    """The labels of a chart's credit: :attr:`~newsdoc.Cues.chart_labels` and the source labels, case-folded."""
    link_labels: frozenset[str]
    """The :attr:`~newsdoc.Cues.chrome_openings` that label a link to another story ("Read more:"), case-folded,
    without their colon or bar and with single spaces: the label on a line of its own, its link under it."""
    comment_words: frozenset[str]
    """The one-word :attr:`~newsdoc.Cues.comment_labels` ("comments", "kommentare"), that a call to comment names."""
    by_keys: _Keys | None
    """The keys of the credit labels and "courtesy": a credit of the "by" kind holds one of them."""
    by_word_keys: _Keys | None
    """The keys of the words before its name ("by", "di", "from", "via", "courtesy"): such a credit holds one."""
    copyright: re.Pattern[str]
    credit_body: re.Pattern[str]
    bare_agency: re.Pattern[str]
    caption_opening: re.Pattern[str]
    note_label: re.Pattern[str]
    update_note_label: re.Pattern[str]
    bio_label: re.Pattern[str]
    bio_verb: re.Pattern[str]
    disclosure: re.Pattern[str]
    then_by: re.Pattern[str]
    """The word that signs a dated line, between its date and the names: " by " of "Posted on May 3, 2024 by
    Jane Roe"."""
    review_loan: re.Pattern[str]
    """A maker's loan of what a review tests, its verb and its purpose in one sentence: "Kestrel Motors
    provided the vehicle for this review"."""
    contact: re.Pattern[str]
    chrome: re.Pattern[str]
    cookie: re.Pattern[str]
    reading_time: re.Pattern[str]
    alt_label: re.Pattern[str]
    media: re.Pattern[str]
    service: re.Pattern[str]
    reader: re.Pattern[str]
    speech_tag: re.Pattern[str]
    names_break: re.Pattern[str]
    lone_joiner: re.Pattern[str]
    """A word that joins names on a line of its own between them, as a scraper breaks a byline at its links."""
    institution: re.Pattern[str]
    stock_lines: frozenset[str]
    """The :attr:`~newsdoc.Cues.boilerplate_lines`, to tell a stock line of furniture ("Advertisement")."""
    stock_length: int
    """The length of the longest of them."""
    link_boxes: frozenset[str]
    """:attr:`~newsdoc.Cues.link_boxes`, lower case."""
    sourced_box: re.Pattern[str]
    """A box's label that ends in a preposition, then the outlet's name: "Most Read from Harbour Wire"."""
    part_label: re.Pattern[str]
    label: re.Pattern[str]
    """A credit label and its colon at the start of a credit in brackets: ``Photo:`` in ``(Photo: Jane Doe)``."""
    phrase: re.Pattern[str]
    held_phrase: re.Pattern[str]
    phrase_ends: tuple[str, ...]
    """What a text that ends in a credit phrase ends with: the last word of one, perhaps with a full stop."""
    shot: re.Pattern[str]
    shot_ends: tuple[str, ...]
    """What a caption that ends with the photographer's name and "shot" ends with: the word, perhaps in brackets."""
    comma_reach: int
    """How many characters besides white space a credit of the slashed kind without a slash or a bar
    ("Jane Doe, AFP") holds from its comma on."""
    date_label: re.Pattern[str]
    update_label: re.Pattern[str]
    day_first: frozenset[str]
    """The day-first date labels, case-folded (see :attr:`~newsdoc.Cues.day_first_labels`)."""
    next_label: re.Pattern[str]
    """A comma, then a date label: where a line's second date starts ("Posted May 3, 2024, updated May 4, 2024")."""
    attribution: Phrases
    """The attribution phrases, each in a group named for its kind and place: ``republished0``."""
    disclaimer: Phrases
    notes: Phrases
    """The attribution and the disclaimer phrases together, to find in one search whether a text holds any."""
    quote_lead_in: re.Pattern[str]
    """What leads into a quotation set off under it: :attr:`~newsdoc.Cues.quote_lead_ins`."""
    funding: re.Pattern[str]
    """Who pays for a newsroom or a piece: :attr:`~newsdoc.Cues.funding_verbs` and
    :attr:`~newsdoc.Cues.disclosure_verbs`."""
    bio: re.Pattern[str]
    bio_role: re.Pattern[str]
    titled_name: re.Pattern[str]
    """A name in Hangul or in kanji, then one of :attr:`~newsdoc.Cues.titles_after_names`, perhaps an email address."""
    titled_bio: re.Pattern[str]
    """A bio that gives a capitalised job title with no article before it: "Jane Doe is Associate Professor of ..."."""
    self_bio: re.Pattern[str]
    legal: Phrases
    contribution: Phrases
    contribution_opener: re.Pattern[str]
    work: re.Pattern[str]
    agency_word: re.Pattern[str]
    """A word of :attr:`~newsdoc.Cues.agency_words`, whole."""
    promo: re.Pattern[str]
    """A call to the readers to follow the newsroom or write to it, at the start of a line."""
    follow: re.Pattern[str]
    """A call to follow the newsroom in another language: :attr:`~newsdoc.Cues.follow_calls`."""
    answer_call: re.Pattern[str]
    """A verb of :attr:`~newsdoc.Cues.answer_calls`, then an e-mail address in its sentence."""
    follow_last: re.Pattern[str]
    """The verb that closes such a call, at the line's end: :attr:`~newsdoc.Cues.follow_calls_last`."""
    channel: re.Pattern[str]
    """A channel a newsroom is followed on: :attr:`~newsdoc.Cues.news_channels`."""
    subscribe: Phrases
    """The calls to subscribe: :attr:`~newsdoc.Cues.subscription_calls`."""
    subscription: re.Pattern[str]
    """What a call to subscribe offers (:attr:`~newsdoc.Cues.subscription_words`), or "our" after the call."""
    staff_credits: frozenset[str]
    """:attr:`~newsdoc.Cues.staff_credits`, case-folded."""
    editor_after: re.Pattern[str]
    """Where an editor's credit (:attr:`~newsdoc.Cues.editor_labels`) follows a byline's names."""
    signup_buttons: frozenset[str]
    """:attr:`~newsdoc.Cues.signup_buttons`, case-folded."""
    counted_words: frozenset[str]
    """:attr:`~newsdoc.Cues.counted_words`, case-folded."""
    feedback_answers: frozenset[str]
    """:attr:`~newsdoc.Cues.feedback_answers`, case-folded."""
    sponsored: re.Pattern[str]
    """A paid link's label and its advertiser's name, at the end of a line (:attr:`~newsdoc.Cues.sponsor_labels`)."""
    feed_notes: tuple[tuple[str, re.Pattern[str], AttributionKind], ...]
    """Each :attr:`~newsdoc.Cues.feed_notes` template as a pattern of a whole block, with its kind, and the word
    it opens with ("" when it opens with a field): a note that does not open so is not matched against it."""
    self_reference: re.Pattern[str]
    """Words a note says of itself: "this post", "these essays"."""
    the_piece: re.Pattern[str]
    """A work noun after "the", as a note names its piece: "expressed in the article"."""
    renamed: re.Pattern[str]
    """A note's sentence that says names were changed (:attr:`~newsdoc.Cues.renamed_nouns`)."""
    relative_time: re.Pattern[str]
    """A date from now, "2 hours ago", "vor 2 Stunden" (see :attr:`~newsdoc.Cues.relative_times`)."""
    slide_counter: re.Pattern[str]
    """A slideshow's counter, all of a line: "1 of 6", "Foto 2 de 6", "1/6" (see :attr:`~newsdoc.Cues.slide_words`)."""
    slide_opening: re.Pattern[str]
    """A slideshow's counter that opens a caption, the space after it: "3 of 12 ", "1/8 "."""
    byline: re.Pattern[str]
    byline_field: re.Pattern[str]
    uncased_trade: re.Pattern[str]
    """A :attr:`~newsdoc.Cues.bio_roles` noun of a script without capitals, at the start of a word."""
    date_field: re.Pattern[str]
    byline_prefixes: frozenset[str]
    """The byline prefixes case-folded, without a colon, to tell one alone on a line ("Author:", "By")."""
    byline_prefix_length: int
    """The length of the longest of them."""
    home_crumbs: frozenset[str]
    """The first items of breadcrumb trails, case-folded: "home", "startseite"."""
    summary_headings: frozenset[str]
    """The :attr:`~newsdoc.Cues.summary_headings`, case-folded."""
    chrome_words: frozenset[str]
    """Words of a page's chrome, case-folded, that no section's label is: "home", "menu", "search", "updated"."""
    trailing_agency: re.Pattern[str]
    """An agency's name at the end of a byline's name: "JANE ROE Associated Press", "Jane Roe/AP"."""
    job_nouns: frozenset[str]
    """The one-word :attr:`~newsdoc.Cues.bio_roles`, case-folded: "Staff Writer" is a job, not a name."""
    desk_words: frozenset[str]
    """The :attr:`~newsdoc.Cues.desk_words` and :attr:`~newsdoc.Cues.paper_words`, case-folded."""
    paper_words: frozenset[str]
    """The :attr:`~newsdoc.Cues.paper_words`, case-folded."""
    publication: re.Pattern[str]
    source: re.Pattern[str]
    """What names a republication note's source after its phrase: a preposition, the kind of outlet, its name."""
    date_line: re.Pattern[str]
    dateline_words: int
    """The most words a line :func:`published_date` reads a date in may have, its white space folded."""
    tags: re.Pattern[str]
    tags_label: re.Pattern[str]
    """A label of :attr:`~newsdoc.Cues.tags_prefixes` alone: "Tags:", "Topics"."""
    date_names: re.Pattern[str] | None
    """The names of :attr:`~newsdoc.Cues.month_names` and :attr:`~newsdoc.Cues.weekday_names`, to write
    them in English (see :func:`_in_english`)."""
    english_of: dict[str, str]
    """The English name of each of them, by its name case-folded."""
    date_words: re.Pattern[str] | None
    """The words of :attr:`~newsdoc.Cues.date_words`, with the white space after them."""
    day_word: re.Pattern[str]
    """One of :attr:`~newsdoc.Cues.date_words` in lower case, at the end: the ", le" of "Par Jeanne
    Roux, le 8 juin 2024", which says the date comes next as "on" does (a name's "Le" is capitalised)."""

    @classmethod
    def of(cls, cues: Cues) -> Patterns:
        """Compile (once) the patterns of *cues*."""
        # Asked for a dozen times a line, for the same cues: told by identity first, which costs
        # far less than hashing them. One read of the pair, which another thread may replace whole.
        latest, patterns = _LATEST[0]
        if latest is cues and patterns is not None:
            return patterns
        patterns = cls._compile(cues)
        _LATEST[0] = (cues, patterns)
        return patterns

    @classmethod
    @functools.cache
    def _compile(cls, cues: Cues) -> Patterns:
        # As written, and in capitals as a credit line often sets it ("GETTY IMAGES")
        agencies = _words(tuple(dict.fromkeys((*cues.agencies, *(agency.upper() for agency in cues.agencies)))))
        agencies = f"{agencies}|{_LICENCE}" if agencies else _LICENCE  # "Jane Roe, CC BY-SA": who licensed it
        labels = _words(cues.credit_labels)
        charts = _words(cues.chart_labels) or "(?!)"
        stock = (*cues.boilerplate_lines, *cues.picture_placeholders, *cues.link_boxes)
        # the byline's prefixes, and its labels: those written with a colon, a mark after them
        prefixes = tuple(prefix for prefix in cues.byline_prefixes if not prefix.endswith(":"))
        uncased_prefixes = tuple(prefix for prefix in prefixes if uncased(prefix))
        asides = (*cues.version_asides, *(aside.split(None, 1)[-1] for aside in cues.version_asides))
        marked = tuple(prefix[:-1] for prefix in cues.byline_prefixes if prefix.endswith(":"))
        joiners = _words(cues.name_joiners) or "(?!)"
        languages = _words(cues.language_names) or "(?!)"
        # "Image 3", "Foto 3", "3": a slideshow's counter before the word and the number of slides ("of 12", "de 12")
        slide_words = f"(?i:{_words(cues.slide_words)})" if cues.slide_words else "(?!)"
        slide = rf"(?:(?:{slide_words})\s+)?(?P<at>\d{{1,4}})"
        one = rf"{_UPPER}[\w.'\u2019-]*(?:\s(?:{_UPPER}[\w.'\u2019-]*|de|van|von|al|bin|da)){{0,5}}"  # a name
        # "REUTERS/Jane Doe", "Jane Doe/AFP via Getty Images", "Jane Doe, AFP/Getty Images", "Jane Doe / Pixabay";
        # a source handing a picture to an agency, "Example County Sheriff's Office via AP"
        # "REUTERS/Jane Doe/File Photo": a picture from an agency's files
        words = f"(?i:{_words(cues.credit_words)})" if cues.credit_words else "(?!)"
        pictures = tuple(word for word in cues.credit_words if word in cues.credit_labels)  # "Photo", "Foto", "Beeld"
        slashed = (
            rf"(?:(?:{agencies}|{_CAPITALS_AGENCY})/[^\s/()\[\]][^/\n()\[\]]{{0,60}}(?:/{words}(?:\s{words})?)?"
            # (the outlet that took it may stand between: "Jane Doe/The Harbour Times/TNS", "... via AP, File")
            rf"|{_NAME}(?:/(?:[Tt]he\s)?{_NAME}(?:/|\svia\s)|/|\s[/|]\s|,\s)(?:{agencies})"
            rf"(?:(?:/|\s[/|]\s)(?:{agencies}))*"
            r"(?:\s(?:via|for)\s[\w ]{2,30}|,?\s(?i:file|photo))?"
            rf"|[A-Z][\w.'\u2019-]*(?:\s{{1,2}}(?:[A-Z][\w.'\u2019-]*|of|for|and|the)){{1,7}}\svia\s(?:{agencies})"
            # a handout, perhaps its source's, and whoever passed it on: "Example County Sheriff's Office handout via
            # Harbour Wire", "Handout via Harbour Wire"
            rf"|(?:[A-Z][\w.'\u2019-]*(?:\s{{1,2}}(?:[A-Z][\w.'\u2019-]*|of|for|and|the)){{0,7}}\s)?"
            rf"(?i:handout)\svia\s{_NAME})"
        )
        # "Photo by Jane Doe/Getty Images", "Staff photo by Jane Doe", "Image from shutterstock.com",
        # "Photo courtesy of Jane Doe"
        by_words = _words(cues.credit_by_words) or "by"
        # the labels of a box that the outlet's name follows: "Most read from"
        sourced = tuple(box for box in cues.link_boxes if box.rsplit(" ", 1)[-1] in cues.source_prepositions)
        pieces = "|".join(
            re.escape(noun) for noun in cues.work_nouns
        )  # "article", "story": what a note calls its piece
        by = (
            rf"(?:{_LEAD}(?i:{labels})\s+(?:(?i:{by_words})\s+[A-Z\u00c0-\u024f][^\n()\[\]]{{1,80}}?"
            rf"|(?i:from|via)\s+(?:{agencies}))"
            rf"|(?:{_LEAD}(?i:{labels})\s+)?(?i:courtesy)(?:\s+(?i:of))?(?:\s+the)?\s+[A-Z\u00c0-\u024f][^\n()\[\]]{{1,80}}?"
            # after a label, whoever it names, in lower case too: "Photo courtesy of the city council"
            rf"|{_LEAD}(?i:{labels})\s+(?i:courtesy\s+of\s+the)\s+[^\n()\[\]]{{1,60}}?)"
        )
        copyright = r"(?:[\u00a9\u24d2]|\(c\)|Copyright\s)[^\n]{2,80}?"  # (or the small c in a circle Korean writes)
        labelled = rf"{_LEAD}(?i:{labels})\s*{_LABEL_END}\s*[^\n:]{{2,80}}?"
        via = rf"{_NAME}\svia\s{_NAME}"
        readers = (*cues.reader_words, *(word.capitalize() for word in cues.reader_words))  # "our", "Our"; not "US"
        return cls(
            agency=re.compile(rf"(?<![\w-])(?:{agencies})(?![\w-])"),
            credit_word=re.compile(rf"(?<!\w)(?:{_words(cues.credit_words)})(?!\w)", re.I),
            # "... Lavrov (AP Image).", "... 2012. (AP Photo/Jane Doe)", "... [EPA]"
            bracketed=re.compile(
                # (or in full-width brackets, with no space before them, after Chinese or Japanese, its full stop too)
                r"(?P<prefix>(?:\s+|(?<=[\u3002\uff01\uff1f\u3040-\u30ff\u3400-\u9fff]))(?P<open>[(\[\uff08]))"
                r"(?P<credit>[^()\[\]\uff08\uff09\n]{2,80})(?P<suffix>(?P<close>[)\]\uff09])\.?)\Z"
            ),
            # "... Photo: Jane Doe/AFP via Getty Images", "Tribune photo: Jane Doe", on the line or on one of its own;
            # a capitalised label may also follow a caption that does not end as a sentence ("... in May Credit: X",
            # "... in May \u2014 Photo: X", "... in May - Foto: X", "... in May, Photo: X", as a static site's figure
            # template joins them),
            # even with no space between, as a browser shows a caption and its credit in two spans ("... MayCredit: X")
            # A chart's or a map's credit names its maker, then in a field of its own its source: "Chart: Jane
            # Roe | Source: Harbour Statistics Office", "Graphic: Jane Roe; Source: ..."
            labelled=re.compile(
                rf"(?P<prefix>{_CREDIT_AT}(?:{_CREDIT_START}{_LEAD}|(?:(?<=\w)|(?<=\w,))[^\S\r\n]+(?:[\u2014\u2013][^\S\r\n]*|-[^\S\r\n]+)?(?=[A-Z])"
                rf"|(?<=[a-z])(?=[A-Z][a-z]*:))(?i:{labels})"
                rf"\s*{_LABEL_END}\s*)(?P<credit>[^\n:]{{2,80}}?(?:(?:\s?[|;\u2022\u00b7]|\s/)\s*(?i:{labels})\s?:\s*[^\n:]{{2,80}}?)?)"
                r"(?P<suffix>[.\u0964\u3002]?)\Z",  # (or the full stop of Hindi and Bengali, or of Chinese)
            ),
            slashed=re.compile(rf"(?P<prefix>{_CREDIT_START}\(?)(?P<credit>{slashed})(?P<suffix>\)?\.?)\Z"),
            # "(Harbour Photo/Jane Doe, File)": an outlet names its own photographer, as an agency does; one no
            # one here knows may be a club's name as well ("Harbour Photo/Film Prize"), so only under a picture
            outlet_photo=re.compile(
                rf"(?P<prefix>{_CREDIT_START}\(?)(?P<credit>{_NAME}\s{words}/{_NAME}(?:,\s(?i:file))?)(?P<suffix>\)?\.?)\Z"
            ),
            # "... at the pier. Jane Roe | Staff Photographer": the photographer and her post, a bar between, as a
            # paper credits its own staff's pictures
            posted=re.compile(rf"(?P<prefix>(?<=[.!?])\s+)(?P<credit>{_NAME}\s\|\s{_LEAD}(?i:{labels}))(?P<suffix>)\Z"),
            # "... on the quay. Photo Claire Dubois", "... Beeld Koen Vos": a label that names a picture, as written,
            # without its colon, as French and Dutch papers set a credit
            bare_credit=re.compile(
                rf"(?P<prefix>(?<=[.!?])\s+)(?P<credit>(?:{_words(pictures) or '(?!)'})\s{_NAME})(?P<suffix>)\Z"
            ),
            by=re.compile(rf"(?P<prefix>{_CREDIT_START}\(?)(?P<credit>{by})(?P<suffix>\)?\.?)\Z"),
            # the label and "by" before the name, which the credit leaves to its prefix: "Photo by ", "Staff photo by "
            label_by=re.compile(rf"{_LEAD}(?i:{labels})\s+(?i:{by_words})\s+(?=[A-Z\u00c0-\u024f])"),
            bare_label=re.compile(rf"(?i:{labels})[^\S\n]+(?=[A-Z\u00c0-\u024f])"),
            label_alone=re.compile(rf"(?i:{labels})[^\S\n]*[:\uff1a]?[^\S\n]*"),
            label_keys=_keys(cues.credit_labels),
            dotted_labels=tuple(
                label.lower() if label.isascii() else label for label in cues.credit_labels if label.endswith(".")
            ),
            source_labels=frozenset(label.casefold() for label in cues.source_labels),
            holder_words=frozenset(word.casefold() for word in cues.holder_words),
            held_openings=frozenset(word.casefold() for word in cues.held_openings),
            chart_labels=frozenset(label.casefold() for label in (*cues.chart_labels, *cues.source_labels)),
            link_labels=frozenset(
                " ".join(opening.rstrip(":| ").casefold().split())
                for opening in cues.chrome_openings
                if opening[-1:] in ":|"
            ),
            by_keys=_keys((*cues.credit_labels, "courtesy")),
            by_word_keys=_keys((*cues.credit_by_words, "from", "via", "courtesy")),
            # "\u00a9 Jane Roe", "Photo \u00a9 Jane Roe 2019", after a comma with its picture's word: ", photos \u00a9"
            copyright=re.compile(
                rf"(?P<prefix>(?:{_CREDIT_START}|,\s+)(?P<pictured>{_PICTURE_WORD}\s+)|{_CREDIT_START}|\s+)"
                rf"(?P<credit>{copyright})(?P<suffix>\.?)\Z"
            ),
            credit_body=re.compile(
                rf"(?:{slashed}|{by}|{copyright}|{labelled}|{via}|(?:{agencies})(?:[/,\s]\s?(?:{agencies}))*)"
            ),
            bare_agency=re.compile(
                # "Getty Images", "AP Photo", and an agency that handed it on: "AFP via Getty Images"
                rf"(?P<prefix>)(?P<credit>(?:{agencies})(?:\s{_PICTURE_WORD})?(?:\svia\s(?:{agencies}))?"
                rf"|(?i:{_words(cues.credit_phrases)}))"
                r"(?P<suffix>\.?)\Z"
            ),
            # (and a chart's or a map's label, which opens what it shows: "Chart: Rents by borough, 2024", "[Map]")
            caption_opening=re.compile(
                rf"\A(?:{_words(cues.caption_openings)}|(?:{charts}):|\[(?:{charts})\])(?=\s|\Z)"
            ),
            # "About the author: Jane Roe is ...", "About the author \u2014 Jane Roe ...": the label, run in
            bio_label=re.compile(rf"\A(?i:{_words(cues.bio_labels) or '(?!)'})\s*(?:[:\uff1a]|[\u2013\u2014]|-\s)\s*"),
            # "Update:", "Update (12:15):"; not "Update 21 May:", a note on the piece dated as such
            update_note_label=re.compile(
                rf"\A\W{{0,3}}(?:{_words(cues.update_note_labels) or '(?!)'})(?!\w)"
                rf"(?![^:\n]{{0,40}}?(?:{_day_month(cues)}|\d{{4}}))",
                re.I,
            ),
            note_label=re.compile(
                rf"\A\W{{0,3}}(?:{_words(cues.note_labels)})\s*(?:\([^()\n]{{0,40}}\)\s*|,[^:\n]{{1,30}}(?=:)"
                # the day of the change before the colon: "Correction 3 May:", "Update March 3, 2024:", "Correctie
                # 3 mei:" (a day and a month's name, not any word and number: "Update Chapter 3:")
                rf"|(?:\d{{1,2}}\.?\s+{_day_month(cues)}|{_day_month(cues)}\s+\d{{1,2}})(?:,?\s+\d{{4}})?(?=:)"
                # or in figures: "Korjaus 6.6.2024:", "Correction 2024-06-06:"
                r"|\d{1,4}([./-])\d{1,2}\1\d{2,4}(?=:))?"
                r"[:.\u2013\u2014\uff1a-]",  # (or the full-width colon of Chinese and Japanese: "更正：")
                re.I,
            ),
            bio_verb=re.compile(
                r"\A(?P<name>[A-Z][\w.'\u2019-]*(?:\s(?:[A-Z][\w.'\u2019-]*|de|van|von|al|bin|da)){1,5})"
                # "Jane Doe (@janedoe) writes ...", "Jane Doe, a former diplomat, writes ..."
                r"(?:\s\([^()\n]{1,60}\))?"
                rf"(?:,\s[^,\n]{{2,60}},)?\s+(?:(?:also|now|currently|regularly|frequently)\s)?(?:{_words(cues.bio_verbs)})"
                # where she writes from now is a place by its name ("writes from Harbourtown"; not "writes
                # from prison", a sentence of the body), where a career may be told otherwise ("has reported
                # from 30 countries"); she reports from a beat ("reports from the courts")
                r"(?:(?<!writes\sfrom)\b|(?<=writes\sfrom)(?=\s+(?:the\s+)?[A-Z]))"
            ),
            # "Jane Roe receives funding from ...", the name with the particles names hold
            disclosure=re.compile(
                r"\A[A-Z\u00c0-\u00de][\w.'\u2019-]*(?:\s(?:[A-Z\u00c0-\u00de][\w.'\u2019-]*|de|da|do|dos|van|von|al)){1,5}"
                rf"\s(?:{_words(cues.disclosure_verbs) or '(?!)'})\b"
            ),
            then_by=re.compile(rf"\s+(?:{_words(cues.signing_words) or '(?!)'})\s+(?=\w)"),
            review_loan=re.compile(
                rf"\b(?:{_words(cues.lending_verbs) or '(?!)'})\b[^.!?\n]{{1,80}}?"
                rf"\b(?:{_words(cues.review_purposes) or '(?!)'})\b",
                re.I,
            ),
            contact=re.compile(rf"(?:{_words(cues.contact_phrases)})|{_MAIL_ADDRESS.pattern}|(?<![\w@])@\w{{2,30}}"),
            # (or a box's label, a link after it: "Related stories: Pier plan put to a vote", "関連記事：…")
            # (a pointer may stand before the label: "▶ Related: ...", "» Read also: ...")
            chrome=re.compile(
                rf"\A(?:[{POINTERS}][^\S\n]*)?(?:{_words((*cues.chrome_openings, *cues.cookie_notices))}"
                rf"|(?:{_words(cues.link_boxes) or '(?!)'})[^\S\n]?[:\uff1a])",
                re.I,
            ),
            cookie=re.compile(rf"\A(?:{_words(cues.cookie_notices) or '(?!)'})", re.I),
            # What parts a byline's names: a comma, "and" or "&", and both after the last but one ("A, B, and C")
            institution=re.compile(rf"\b(?:{_words(cues.institutions) or '(?!)'})\b"),
            names_break=re.compile(rf",\s*(?:(?:{joiners}|&)\s+)?|\s+(?:{joiners})\s+|\s*&\s*"),
            lone_joiner=re.compile(rf"[^\S\n]*\n[^\S\n]*({joiners}|&)[^\S\n]*\n\s*"),
            # ("6 min readSep 18, 2023": the date run on, its capital after the phrase, as spans side by side write it)
            reading_time=re.compile(
                rf"(?<!\w)(?:{_words(cues.reading_times) or '(?!)'})(?:(?!\w)|(?=(?-i:[A-Z])))", re.I
            ),
            alt_label=re.compile(rf"(?:{_words(cues.alt_labels) or '(?!)'})[^\S\n]?[:\uff1a][^\S\n]*", re.I),
            # "Watch: Crews battle a fire", "Listen \u00b7 4:32", "Listen to this article 11 min"
            media=re.compile(
                rf"(?:{_words(cues.media_labels) or '(?!)'})(?:\s*[:|\u00b7\u2022]|\s+[\u2013\u2014-]\s|\s+\(?(?=\d))",
                re.I,
            ),
            service=re.compile(rf"(?<!\w)(?:{_words(cues.service_words) or '(?!)'})(?!\w)", re.I),
            # "you", "our"; or a call to the reader at a sentence's start: "Please keep it civil."
            reader=re.compile(
                rf"(?<!\w)(?:{_words(readers) or '(?!)'})(?!\w)"
                rf"|(?:^|(?<=[.!?]\s))(?:{_words(cues.reader_calls) or '(?!)'})(?!\w)",
                re.M,
            ),
            speech_tag=re.compile(
                rf"(?<!\w)(?:{_words(cues.speech_tags) or '(?!)'})(?!\w)"
                # a name between commas and its verb: "The branch, Roe says, will close"
                rf"|,\s(?-i:(?:[A-Z][\w'\u2019-]+\s){{0,2}}[A-Z][\w'\u2019-]+)"
                rf"\s(?:{_words(cues.speech_verbs) or '(?!)'}),",
                re.I,
            ),
            # (and the label of the readers' comments, perhaps its count: "Reader comments (9)")
            stock_lines=frozenset((*stock, *cues.comment_labels)),
            stock_length=max(map(len, (*stock, *cues.comment_labels)), default=0),
            link_boxes=frozenset(cues.link_boxes),
            sourced_box=re.compile(
                rf"(?i:{_words(sourced) or '(?!)'})\s+(?:the\s+)?[A-Z\d\u00c0-\u024f]\S*"
                rf"(?:\s+\S+){{0,{_BOX_SOURCE_WORDS - 1}}}"
            ),
            # "Jane Doe  Submitted photo": a phrase that says it credits a picture, at the end of a short caption
            phrase=re.compile(rf"(?P<prefix>\s+)(?P<credit>{_words(cues.credit_phrases)})(?P<suffix>\.?)\Z"),
            # in brackets, in any case, perhaps after the outlet's name: "(Harbour Voices file photo)"
            held_phrase=re.compile(
                rf"(?P<prefix>\s+\()(?P<credit>{_LEAD}(?i:{_words(cues.credit_phrases)}))(?P<suffix>\)\.?)\Z"
            ),
            phrase_ends=tuple(end for phrase in cues.credit_phrases or ("",) for end in _last_words(phrase, "", ".")),
            # the photographer's name, then the word that says she took it, as Chinese and Japanese close a
            # caption: after its full stop or a comma, "\u2026\u3002\u672c\u62a5\u8bb0\u8005 \u674e\u534e \u6444"
            # (our reporter Li Hua, shot), or in brackets
            shot=re.compile(
                r"(?P<prefix>(?<=[\u3002\uff01\uff1f])|[\u3001\uff1d]|\s*[\uff08(]|\s+)"
                rf"(?P<credit>{_SHOT_NAME}(?:\s{_SHOT_NAME}){{0,2}})"
                # (not the verb "\u62cd\u6444", to shoot, nor "\u2026\u3092\u64ae\u5f71" after a particle: a sentence's)
                r"(?<![\u62cd\u3092\u304c\u306f\u3067\u306b])"
                rf"(?P<suffix>\s?(?:{_words(cues.shot_words) or '(?!)'})[\uff09)]?)\Z"
            ),
            shot_ends=tuple(f"{word}{close}" for word in cues.shot_words for close in ("", "\uff09", ")")),
            # ",", one agency, then " for ..." (33 characters at most besides white space) and ")."
            comma_reach=1 + max((len("".join(agency.split())) for agency in cues.agencies), default=0) + 33 + 2,
            date_label=re.compile(rf"\A(?:{_words(cues.date_labels)})\b", re.I),  # "PUBLISHED: ..." too
            update_label=re.compile(rf"\A(?:{_words(cues.update_labels)})\b", re.I),
            day_first=frozenset(" ".join(label.casefold().split()) for label in cues.day_first_labels),
            # the label of the line's next date, after a comma, a space or a field's mark: "..., updated May 4", "...
            # Updated: May 4", "May 3, 2024 \u00b7 Updated 2 hours ago" (or in brackets: "5 marzo 2024 (modifica il
            # 5 marzo 2024 | 14:32)")
            next_label=re.compile(rf"(?:,\s*|\s+(?:[|\u00b7\u2022]\s+)?)\(?(?=(?:{_words(cues.date_labels)})\b)", re.I),
            label=re.compile(rf"(?i:{labels})\s*{_LABEL_END}\s*"),
            part_label=re.compile(
                rf"\A(?:(?P<caption>{_words(cues.caption_labels)})|(?P<credit>{labels}))\s*(?::|\.\.\.|\u2026|,)?\Z",
                re.I,
            ),
            attribution=Phrases.of(
                (phrase for phrase, _ in cues.attributions),
                **{f"{kind}{i}": phrase for i, (phrase, kind) in enumerate(cues.attributions)},
            ),
            disclaimer=Phrases.whole(cues.disclaimers),  # their plurals are listed ("affiliate links")
            feed_notes=tuple(
                (_opening(template), _template(template), AttributionKind(kind)) for template, kind in cues.feed_notes
            ),
            agency_word=re.compile(rf"(?<![\w-])(?:{_words(cues.agency_words) or '(?!)'})(?![\w-])"),
            promo=re.compile(rf"(?:{_words(cues.promo_openings) or '(?!)'})(?=[\s?:])"),  # "Got a tip? Email ..."
            follow=re.compile(rf"(?:{_words(cues.follow_calls) or '(?!)'})(?!\w)"),
            comment_words=frozenset(label for label in cues.comment_labels if " " not in label),
            # the call in the sentence after a question, and the address in it: "Send it to mailbag@example.com"
            answer_call=re.compile(rf"(?:{_words(cues.answer_calls) or '(?!)'})\b[^.!?\n]*?{_MAIL_ADDRESS.pattern}"),
            # (or before a colon, the channels after it: "हमें फॉलो करें: फेसबुक | यूट्यूब", "follow us: ...")
            follow_last=re.compile(rf"(?<!\w)(?:{_words(cues.follow_calls_last) or '(?!)'})(?:[.!]?\Z|\s?[:\uff1a])"),
            # (a case's ending after the name, as Hungarian or Polish inflect it: "a Facebookon", "na Facebooku")
            channel=re.compile(rf"(?<!\w)(?:{_words(cues.news_channels) or '(?!)'})(?:{_INFLECTION})?(?!\w)"),
            subscribe=Phrases.whole(cues.subscription_calls),
            subscription=re.compile(rf"(?i:(?<!\w)(?:{_words(cues.subscription_words) or '(?!)'})(?!\w))"),
            signup_buttons=frozenset(button.casefold() for button in cues.signup_buttons),
            counted_words=frozenset(word.casefold() for word in cues.counted_words),
            feedback_answers=frozenset(word.casefold() for word in cues.feedback_answers),
            staff_credits=frozenset(credit.casefold() for credit in cues.staff_credits),
            editor_after=re.compile(rf"\s*[,;|]?\s+(?i:{_words(cues.editor_labels) or '(?!)'})(?!\w)"),
            # "... roof coating Sponsored | CoastGuard Coatings", "... Promoted by Tern Outdoor"
            sponsored=re.compile(
                rf"\s(?:{_words(cues.sponsor_labels) or '(?!)'})(?:\s*[|\u00b7\u2022:]|\s+by)\s*[^\s|].{{0,60}}\Z"
            ),
            notes=Phrases.of((*(phrase for phrase, _ in cues.attributions), *cues.disclaimers)),
            quote_lead_in=re.compile(rf"(?<!\w)(?:{_words(cues.quote_lead_ins) or '(?!)'})(?!\w)", re.I),
            funding=re.compile(rf"\b(?:{_words((*cues.funding_verbs, *cues.disclosure_verbs)) or '(?!)'})\b", re.I),
            # "Jane Doe is a fellow ...", "Jane Doe was the editor ...", "Jane Doe is Example Institute's analyst ..."
            bio=re.compile(
                # after a dash, as an opinion page sets it under the piece: "\u2014 Jane Doe is ..."
                r"\A(?:(?:\u2014|\u2013|--?)\s*)?"
                rf"(?:(?:{_words(cues.name_articles) or '(?!)'})\s)?"  # an article before the name, as Greek sets it
                rf"(?P<name>{one}(?:\s(?:and|&)\s(?P<second>{one}))?)"  # "Jane Doe and John Roe are reporters ..."
                r"(?:\s\([^()\n]{1,60}\))?"  # "Jane Doe (@janedoe) is ...", "Jane Doe (jane@example.org) is ..."
                # her degrees, which sign a professional's op-ed: "Jane Doe, M.D., is", "Jane Doe, RN, MPH, is"
                r"(?P<degrees>(?:,\s(?:[A-Z][a-z]?\.?){1,4}){1,3},)?"
                r"\s(?:(?(second)are(?:\s(?:both|also|now|currently))?(?=\s)|(?!))"
                r"|(?:is|was|has\sbeen|serves\sas)\s(?:(?:also|now|currently|formerly|previously)\s)?"
                # "the", or an outlet's name in the possessive: "The Ledger's", "Harbour Voices'"
                r"(?:a|an|the|(?:[A-Z][\w&.-]*\s){0,4}[A-Z][\w&.-]*(?:['\u2019]s|(?<=s)['\u2019]))"
                # "Jane Roe est journaliste ...", "... ist freie Journalistin": a trade without an article
                rf"|(?P<copula>{_words(cues.bio_copulas) or '(?!)'}))\s(?P<rest>[^.!?]*)",
            ),
            titled_name=re.compile(
                r"\s*(?P<name>[\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,5})\s?"
                rf"(?:{_words(cues.titles_after_names) or '(?!)'})(?:\s+{_MAIL_ADDRESS.pattern})?\s*"
            ),
            # "Redakteur", and "Wirtschaftsredakteur", a compound it ends
            bio_role=re.compile(
                rf"\b(?:(?:{_words(cues.bio_roles)})s?|[^\W\d_]{{2,}}?(?:{_words(cues.compound_roles) or '(?!)'}))\b",
                re.I,
            ),
            titled_bio=re.compile(
                # a whole name (two words at least), then the title the job ends: "... Professor of Politics"
                r"\A(?P<name>[A-Z][\w.'\u2019-]*(?:\s(?:[A-Z][\w.'\u2019-]*|de|van|von|al|bin|da)){1,5})"
                r"(?:\s\([^()\n]{1,60}\))?\s(?:is|was|serves\sas)\s(?:(?:also|now|currently|formerly|previously)\s)?"
                rf"(?:[A-Z][\w-]*\s){{0,3}}(?:{_words(tuple(r[:1].upper() + r[1:] for r in cues.bio_roles)) or '(?!)'})"
                r"(?=\s(?:of|at|in|for|with|on|and)\s|[,;.]|\Z)"
            ),
            legal=Phrases.of(cues.legal_phrases),
            contribution=Phrases.of(cues.contribution_phrases),
            contribution_opener=re.compile(
                # in brackets too, as a note closes a story: "(With inputs from Harbour Wire)"; full-width ones after
                # Chinese: "（责任编辑：王芳）"
                # (a colon after the opener too: "Edited By: Jane Roe", as a template labels the field)
                rf"\A[\u2014\u2013-]*\s*(?P<open>[(\uff08])?(?:{_words(cues.contribution_openers) or '(?!)'})"
                r"(?:[:\uff1a]\s*|\s+)"
                r"(?P<names>(?(open)[^\n()\uff08\uff09]|[^\n])+?)\.?(?(open)[)\uff09]\.?)\Z",
                re.I,
            ),
            # "I am a writer, journalist and professor ...": a role in the sentence that introduces the author
            self_bio=re.compile(
                rf"\A(?:{_words(cues.self_introductions)})\s(?:[^.!?\n]{{0,80}}?\b(?i:{_words(cues.bio_roles)})s?\b"
                # or any post, where it is held: "The writer is a former ambassador to Norland" (not "The writer
                # is a former ambassador, and it shows": a review's sentence)
                r"|an?\s[^.!?\n,;:]{0,60}?\s(?:at|of|to|for|with|in)\s+(?:the\s+)?[A-Z]"
                # or where, in any language the introductions are in: a university ("De auteur is socioloog aan
                # de Universiteit Antwerpen"), or an institution that ends a compound ("Wirtschaftsuniversit\u00e4t")
                # (in Polish, Czech, Turkish, Swedish too: "Uniwersytetu", "univerzity", "Üniversitesi", "universitet")
                rf"|[^.!?\n]{{0,80}}?(?:(?i:\bunivers|\buniwersyt|\buniverzit|\b\u00fcniversit)"
                rf"|\w(?i:{_words(cues.institutions) or '(?!)'})\b))"
                # or what her line says she does, whatever it is: "The writer teaches fourth grade in Harlan."
                rf"|\A(?:{_words(cues.writer_deeds) or '(?!)'})\s[^\n]{{2,300}}\Z"
                # or the whole line in brackets, whatever it says, as papers in China and India close an opinion
                # piece: "（作者系...副教授）", "(The writer is a former ambassador.)"
                rf"|\A[(\uff08](?:{_words(cues.self_introductions)})\s?[^()\uff08\uff09\n]{{2,300}}[)\uff09][.\u3002]?\Z"
            ),
            work=re.compile(
                # "The analysis X is republished ...", not "This article was first published by ...": a title
                # stands between the noun and its verb; or a title in quote marks opens the note ("\u201cThe
                # Deal\u201d is republished with permission of ...")
                rf"(?:\b(?:{_words(cues.work_nouns)})\s+|\A(?=[\u201c\u2018\"]))(?P<work>(?!(?:is|was|has|are|were)\s)\S.*?)"
                r"\s+(?:is|was|has\sbeen|are|were)\s+"
                r"(?:being\s)?(?:republished|reprinted|originally|first|published)",
                re.I,
            ),
            self_reference=re.compile(
                rf"\b(?:this|these)\s(?:[\w-]+\s)?(?:{pieces})s?\b"  # (a word between: "this photo essay")
                rf"|{_WORD_START}(?:{_ending(cues.self_references, _WORD_END, _words) or '(?!)'})",
                re.I,
            ),
            # names, then their participle a few words on in the same sentence: "Names of some people in this
            # story have been changed"
            renamed=re.compile(
                rf"(?<!\w)(?:{_words(cues.renamed_nouns) or '(?!)'})(?:[^\w.!?]+\w+){{0,10}}?[^\w.!?]+"
                rf"(?:{_words(cues.renamed_words) or '(?!)'})(?!\w)",
                re.I,
            ),
            # "the article", or the piece by its name, a newsletter's: "The Closing Bell Brief is not investment
            # advice"; or the kind of piece, a site's note on all of them: "Guest posts reflect ..."
            the_piece=re.compile(
                rf"\bthe\s+(?-i:[A-Z][^\W\d_]*\s+){{0,3}}(?:{pieces})\b|\A(?:[^\W\d_]+\s)?(?:{pieces})s\s", re.I
            ),
            relative_time=re.compile(
                rf"(?<!\w)(?:{_words(cues.relative_times) or '(?!)'})\s+\d{{1,3}}\s+\w+"
                rf"|\d{{1,3}}\s+\w+\s+(?:{_words(cues.relative_times) or '(?!)'})(?!\w)",
                re.I,
            ),
            slide_counter=re.compile(rf"\s*{slide}(?:\s+(?:{slide_words})\s+|\s*/\s*)(?P<of>\d{{1,4}})\s*"),
            # (before a caption, which opens with a capital: "1/8 of the homes flooded" is a sentence's fraction)
            slide_opening=re.compile(
                rf"{slide}(?:\s+(?:{slide_words})\s+|\s*/\s*)(?P<of>\d{{1,4}})\s+(?=[A-Z\u00c0-\u00de\u201c\"])"
            ),
            byline=re.compile(
                # "By Jane Roe", and "* by Jane Roe" as a text browser writes an item of a list
                # "Author:Jane Roe", the label and the name two elements that a scraper runs together; "By: Jane Roe"
                # "글=이서연", "文／陈静": a label, the mark a script sets after it (see Cues.byline_prefixes)
                # "新华社记者 王晓明": a label in a script without capitals, the outlet's name run into it
                rf"\A(?:[*+\u2022\u00b7]\s+)?(?:{_OUTLET_RUN_IN}(?=(?:{_words(uncased_prefixes) or '(?!)'})))?"
                rf"(?:(?:{_words(prefixes)})[:\uff1a]?(?:\s+|(?<=[:\uff1a]))"
                rf"|(?:{_words(marked) or '(?!)'})\s*(?P<mark>{_LABEL_MARK})\s*)(?P<names>[^\W\d_][^\n]{{1,200}})\Z",
            ),
            uncased_trade=re.compile(_words(tuple(role for role in cues.bio_roles if uncased(role))) or "(?!)"),
            # a field's label in a byline of names without capitals: "李华 通讯员 张强", "陈静　摄影｜刘洋"
            byline_field=re.compile(
                rf"\s+(?:(?P<writer>{_words((*prefixes, *marked))})|(?P<credit>{labels or '(?!)'}))"
                rf"(?:\s*{_LABEL_MARK}\s*|\s+)"
            ),
            # "Jane Roe Published: May 3", or run together, "Jane RoePublished:May 3": the byline's date field
            # "Published: ...", or the label and the date with no colon: "Jane Roe Published March 3, 2024"
            date_field=re.compile(
                rf"(?:\A|\s+|(?<=[a-z])(?=[A-Z]))(?i:{_words(cues.date_labels)})(?:\s*:|\s+(?=\d|(?i:{_MONTHS})))"
            ),
            byline_prefixes=frozenset(prefix.casefold().rstrip(":") for prefix in cues.byline_prefixes),
            home_crumbs=frozenset(crumb.casefold() for crumb in cues.home_crumbs),
            summary_headings=frozenset(heading.casefold() for heading in cues.summary_headings),
            # a trail's first item, a button's word ("Subscribe"), a date's label, a chrome class word ("menu")
            chrome_words=frozenset(
                word.casefold()
                for word in (*cues.home_crumbs, *cues.not_names, *cues.date_labels, *cues.boilerplate_marks)
            ),
            date_names=re.compile(rf"(?<!\w)(?:{_words(tuple(name for _, name in names))})(?!\w)\.?", re.I)
            if (names := [*_month_pairs(cues), *_weekday_pairs(cues), *cues.meridiem_words])
            else None,
            english_of={name.casefold(): english for english, name in names},
            # (a word elided before a vowel ends with its apostrophe, the month's name run on: Catalan "d'agost")
            date_words=re.compile(rf"(?<!\w)(?:{_words(cues.date_words)})(?:(?<=['\u2019])|(?!\w))\s*", re.I)
            if cues.date_words
            else None,
            day_word=re.compile(
                rf"(?:,\s*|\s+)(?i:{_words(tuple(w for w in cues.date_words if w.islower())) or '(?!)'})\s*\Z"
            ),
            trailing_agency=re.compile(rf"[\s/](?:{agencies})\Z"),
            job_nouns=frozenset(role.casefold() for role in cues.bio_roles if " " not in role),
            desk_words=frozenset(word.casefold() for word in (*cues.desk_words, *cues.paper_words)),
            paper_words=frozenset(word.casefold() for word in cues.paper_words),
            byline_prefix_length=max(map(len, (prefix.rstrip(":") for prefix in cues.byline_prefixes)), default=0),
            publication=re.compile(rf"(?:{_words(cues.publication_phrases)})\s+{_ORG}"),
            source=re.compile(
                r"\s*(?:with\s+permission\s+)?"
                # "first appeared, in a longer version, on the blog X" (its preposition perhaps the phrase's last word)
                rf"(?:,?\s*(?:{_words(asides) or '(?!)'}),?\s+)?"
                # when, before where: "first published on March 3 by The Harbour Times"
                rf"(?:(?:on\s+|in\s+)?{_DAY_AND_MONTH},?\s+)?"
                # the language it was written in is no source: "originally published in Spanish by El Faro"
                rf"(?:(?:in|en|em|auf)\s+(?:{languages})\s+)?(?!(?:{languages})(?!\w))"
                rf"(?:(?:{_words(cues.source_prepositions) or '(?!)'})\s+)?(?!(?:{languages})(?!\w))"
                # "on my newsletter, The Harbour Log", "on the author's blog, X", "no site Observat\u00f3rio ...",
                # "in the March issue of X", "in the spring 2025 issue of X": the kind of outlet, its name
                r"(?:(?:[^\W\d_]+(?:['\u2019][^\W\d_]+)?\s+|\d{4}\s+){0,3}"
                # (and a word of what kind after it: "sul quotidiano online Il Punto")
                rf"(?:{_words(cues.source_media) or '(?!)'})(?:\s+[a-z]+)?,?\s+"
                r"(?=[A-Z\u00c0-\u00de\u00ab\u201c\u201e]|[Tt]he\s))?"
                # an article before the name, no part of it: "en la Revista Norte", "in der Heidepost", "in het X"
                r"(?:(?:la|el|le|il|lo|der|die|das|dem|den|het|de)\s+(?=[A-Z\u00c0-\u00de]))?"
                # (the domain may end the sentence: "first published on harbour-notes.example."; a year alone is
                # when, not where: "first published in 1952 and ...", where "in 1843 Magazine" names a title)
                rf"(?!{_DAY_AND_MONTH}\b)(?:(?P<site>{_SITE})(?![\w-]|\.[\w-])|(?!\d{{4}}(?!\w|\s+[A-Z])){_SOURCE_NAME}"
                # or its name in quote marks, as Russian writes a paper's: "в газете «...»"
                r"|[\u00ab\u201c\u201e](?P<quoted>[^\u00ab\u00bb\u201c\u201d\u201e\"\n]{2,60})[\u00bb\u201d\u201c])"
            ),
            # A date line: a bullet, its label, a time (3 words), a weekday, the date (3) and a time (4).
            # A labelled line or a line of fields, of _FIELDS_LINE characters at most, holds at most
            # half as many words: a letter and a space each.
            dateline_words=max(
                1 + max((len(label.split()) for label in cues.date_labels), default=0) + 3 + 1 + 3 + 4,
                (_FIELDS_LINE + 1) // 2,
            ),
            date_line=re.compile(
                # the time may come first, as in "11:26 pm EST, Tuesday, November 19, 2019", "6.00am, 19
                # November 2019" (British papers part the hours with a full stop), "4:45 pm on 19 November 2019"
                # and a text browser writes the line as an item of a list: "* Published 18 November 2019"
                rf"\A(?:[*+\u2022\u00b7]\s+)?(?:(?:{_words(cues.date_labels)}):?\s+)?(?P<date>"
                # (or in 24 hours with its seconds: "14:06:00, 4 JUN 2024")
                r"(?:(?:\d{1,2}[:.]\d{2}\s?[ap]\.?m\.?(?:\s[A-Z]{2,5})?|\d{1,2}:\d{2}:\d{2})(?:,\s|\son\s))?(?:\w+,?\s)?"
                # a day's ordinal as British and Indian papers write it: "17th February 2024", "June 11th, 2024"
                rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s{_MONTHS}|{_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?,?)\s\d{{4}}"
                # the time after the date, perhaps after a dash: "September 14, 2024 - 6:00AM"
                # and its zone, an offset from it, or after a comma: "10:15 AM GMT+2", "15:32, UK"
                r"(?:,?\s(?:at\s|@\s?|[-\u2013\u2014]\s)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"
                r"(?:\s[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|,\s(?-i:[A-Z]{2,5}))?)?"
                r"|\d{4}-\d{2}-\d{2}(?:[T ][\d:.+Z-]+)?)\Z",
                re.I,
            ),
            # "Tags: Ferries, Harbour" on its line, or one a line under the label, as a scraper writes a list of
            # links; or the label alone on its line (no colon), a tag a line under it: "Topics" over "Ferries"
            tags=re.compile(
                rf"\A(?:{_words(cues.tags_prefixes)})(?:\s*:\s*(?P<tags>[^\n]+(?:\n[^\n]{{1,40}}){{0,30}})"
                rf"|[^\S\n]*\n\s*(?P<lines>[^\n]{{1,40}}(?:\n[^\n]{{1,40}}){{0,30}}))\Z",
                re.I,
            ),
            tags_label=re.compile(rf"\A(?:{_words(cues.tags_prefixes)})[^\S\n]*:?[^\S\n]*\Z", re.I),
        )


_LATEST: list[tuple[Cues | None, Patterns | None]] = [(None, None)]
"""The cues last asked for, with their patterns."""
_CREDIT_WINDOW = 200
_NOTE_WINDOW = 1000  # characters: a legal notice or a note says what it is in its first lines


@frozen
class Credit:
    """A picture credit found at the end of a caption."""

    text: str
    """The caption without the credit."""
    credit: str
    """The credit itself."""
    prefix: str
    """What stands between the text and the credit."""
    suffix: str
    """What follows the credit."""
    strong: bool
    """Whether the credit says it is a picture credit (``Photo``, ``via``, a
    photographer's name), rather than an agency name alone, which body
    sentences end with too."""

    def caption(self, *, image: int | None = None, spacing: str | None = None) -> Caption:
        """The caption these words and this credit make."""
        return Caption(
            text=self.text,
            credit=self.credit,
            image=image,
            credit_prefix=self.prefix,
            credit_suffix=self.suffix,
            spacing=spacing,
        )


def find_credit(text: str, cues: Cues) -> Credit | None:
    """Find a picture credit at the end of *text*.

    Args:
        text: A caption, or a paragraph that may be one.
        cues: The cue words to use.

    Returns:
        The credit and what surrounds it, or ``None`` when *text* ends in none.
    """
    found = _credit_at_end(text, cues, alone=False)
    if (
        found is None
        and (cased := _capitals_after(text)) is not None
        and (found := _credit_at_end(cased, cues, alone=False))
    ):
        # "... on the quay. PHOTO BY JANE ROE": read in title case, given back as written
        at = len(found.text)
        ends = (at, at + len(found.prefix), at + len(found.prefix) + len(found.credit))
        return Credit(text[:at], text[ends[1] : ends[2]], text[at : ends[1]], text[ends[2] :], found.strong)
    if (
        found is not None
        and found.prefix.endswith("(")
        and found.suffix.startswith(")")
        and (name := _NAME_IN_CAPITALS.search(found.text)) is not None
    ):
        # "... on Tuesday. JORGE ZAPATA (EFE)": the photographer in capitals, her agency in brackets, as Spanish
        # papers credit a picture
        credit = f"{name['name']}{found.prefix}{found.credit})"
        return Credit(found.text[: name.start()], credit, name["gap"], found.suffix[1:], strong=True)
    if found is not None and found.text and Patterns.of(cues).label_alone.fullmatch(found.text):
        # "Foto: © Jane Roe": the label of a copyright's credit, no caption's words
        return Credit("", found.credit, found.text + found.prefix, found.suffix, strong=True)
    return found


# After a sentence's end, two to four words in capitals at the end: a photographer's name
_CAPITALS_WORD = r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'-]+"
_NAME_IN_CAPITALS = re.compile(rf"(?<=[.!?])(?P<gap>\s+)(?P<name>{_CAPITALS_WORD}(?: {_CAPITALS_WORD}){{1,3}})\Z")

_SECOND_FIELD = re.compile(r"\s?[|;\u2022\u00b7]\s*|\s/\s*(?=\w+\s?:)")  # (French sets a space before the colon)


_SOURCE_WORDS = 12  # a source named in lower case: "elaborazione su dati Camera di commercio di Montesardo"


def _source_labelled(prefix: str, patterns: Patterns) -> bool:
    """Whether a credit's *prefix* labels it as a source's: "Source: ", "Data: "."""
    label = _LABEL_WORD.search(prefix)
    return label is not None and label[0].casefold() in patterns.source_labels


def cites_source(credit: Credit, cues: Cues) -> bool:
    """Whether *credit*, labelled as a source's ("Source: ..."), is a sentence's citation rather than a chart's credit.

    A source in brackets inside a sentence, before its full stop ("... fell to 0.4 per cent in 2021
    (Source: Office of Statistics)."), or after two sentences or a long one, cites where the body's
    figures come from: a chart's caption is its title, in a few words ("Ferry fares, 2019 to 2024"),
    and a sentence at most. Asked of text under no picture.
    """
    if not _source_labelled(credit.prefix, Patterns.of(cues)):
        return False
    inside = credit.prefix.lstrip().startswith(("(", "[")) and credit.suffix.lstrip(")]").startswith(".")
    return (
        inside
        or _SENTENCE_BREAK.search(credit.text.rstrip().rstrip(".!?")) is not None
        or word_count(credit.text, _CHART_TITLE_WORDS) > _CHART_TITLE_WORDS
    )


def maker_and_source(credit: str, cues: Cues) -> bool:
    """Whether a chart's *credit* names its maker, then its data's source in a field of its own.

    "Jane Roe / Source: Harbour Statistics Office", "Jane Roe · Fonte: ...": the newsroom drew the
    chart and titled it on the line over its credit, which is no lost frame's.
    """
    fields = _SECOND_FIELD.split(credit)
    return len(fields) > 1 and any(_source_labelled(field.partition(":")[0], Patterns.of(cues)) for field in fields[1:])


_LABEL_WORD = re.compile(r"[^\W\d_]+")
_CHART_TITLE_WORDS = 15  # words at most of a chart's title and the sentence under it, before its source


def _capitals_after(text: str) -> str | None:
    """*text* with the words in capitals after its last sentence in title case, their small words in lower case.

    A caption sets its credit in capitals as often as not ("PHOTO BY JANE ROE"); ``None`` when no
    such words end *text*, or title case would change its length.
    """
    end = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    if end < 0 or not (tail := text[end + 1 :]).isupper() or len(tail.split()) > _CAPITALS_WORDS:
        return None
    cased = text[: end + 1] + _title_cased(tail, _LINKS)
    return cased if len(cased) == len(text) else None


def _title_cased(text: str, small: Collection[str]) -> str:
    """*text*, set in capitals, in title case: each word capitalised, the *small* ones ("by", "and") in lower case."""
    return _LETTERS.sub(lambda m: m[0].lower() if m[0].casefold() in small else m[0].capitalize(), text)


_CAPITALS_WORDS = 10  # words of a credit in capitals: "PHOTO BY JANE ROE FOR THE HARBOUR TIMES"


def _credit_at_end(text: str, cues: Cues, *, alone: bool) -> Credit | None:
    """The credit that ends *text*; with *alone*, one that may be all of it."""
    patterns = Patterns.of(cues)
    # Credits end a caption: look at its tail only, which keeps long inputs linear.
    offset = max(0, len(text) - _CREDIT_WINDOW)
    tail = text[offset:]
    view, slash = _key_view(tail), "/" in tail
    # Each kind of credit holds a mark of its own (a colon, a slash, a bracket at the end, ...):
    # a tail without it is not searched, which costs far less than the search.
    kinds = (
        (
            patterns.labelled,
            (
                ":" in tail
                or "..." in tail
                or "\u2026" in tail
                or "\uff1a" in tail
                or "=" in tail
                or _CJK_LABELLED.search(tail) is not None
                or any(label in view or label in tail for label in patterns.dotted_labels)
            )
            and _may_hold(tail, patterns.label_keys, view),
        ),
        (
            patterns.slashed,
            slash
            or "|" in tail
            or ("via" in tail and _VIA.search(tail) is not None)
            or (_near_end(tail, ",", patterns.comma_reach) and _agency_after_comma(tail, patterns.agency)),
        ),
        (patterns.by, _may_hold(tail, patterns.by_word_keys, view) and _may_hold(tail, patterns.by_keys, view)),
        (patterns.copyright, "\u00a9" in tail or "\u24d2" in tail or "(c)" in tail or "Copyright" in tail),
        (patterns.bracketed, tail.endswith((")", "]", ").", "].", "\uff09"))),
        (patterns.phrase, text.endswith(patterns.phrase_ends)),
        (patterns.shot, text.endswith(patterns.shot_ends)),
        (patterns.held_phrase, text.endswith((")", ").")) and "(" in tail),
        (_STAFF_AFTER, slash),
        (_FOR_OUTLET, " for " in tail[-_FOR_REACH:] and _ends_with_name(tail)),
        (_SLASH_FIRST, slash),
        (patterns.outlet_photo, slash),
        (patterns.posted, "|" in tail),
        (patterns.bare_credit, True),
    )
    for kind, marked in kinds:
        if not marked:
            continue
        match = kind.search(text, offset)
        if match is None or not (match.start() or alone):
            continue
        credit, prefix = match["credit"], match["prefix"]
        if credit != credit.strip() or credit.count("(") != credit.count(")") or _SENTENCE_GOES_ON.search(credit):
            continue  # (nor a credit and a sentence after it: "Photo: Jane Roe/AP. Passengers wait on the quay")
        if "|" in prefix and (
            patterns.byline.match(text) or _few_words(text, match) or "|" in text[: match.start()] or "|" in credit
        ):
            # "By Jane Roe | Photos by Tom Poe" is a byline; a caption before a bar has some words; a caption and
            # its credit are two fields, and more that bars part are a menu ("Home | Local | Harbour | Getty Images")
            continue
        if kind is patterns.copyright and (
            _SITE_WORDS.search(credit)
            or (not match["pictured"] and _DIGITS_OF_YEAR.search(credit))
            or not _HOLDER.search(credit)
            or _COPYRIGHT_PAGE.search(credit)
            or _QUOTE_MARK.search(credit)
        ):
            # "(c) 2019 Example Media. All rights reserved": the site's (a year alone says so unless a picture's word
            # says whose the picture is: "photos \u00a9 Jane Roe, 2019"); "Copyright (C)" names no one;
            # "Copyright and Permissions" is a link to a page of the site's; words in quote marks after
            # the sign are a sentence's ('said the © sign "proves nothing."'): a credit names a holder
            continue
        if kind is _FOR_OUTLET and (patterns.byline.match(text) or _few_words(text, match)):
            continue  # "By Jane Roe | Harbour Desk for The Times" is a byline; a caption has some words
        if (
            kind is patterns.labelled
            and text[match.start() - 1 : match.start()].isalnum()
            and not prefix.startswith("\u3000")  # (a Japanese caption's wide space parts it from its credit)
            and _few_words(text, match)
        ):
            continue  # "Above Photo: ..." places a credit; a caption before a label has some words
        if (
            kind in (patterns.labelled, patterns.by)
            and not _named(_past_by(credit, patterns))
            and not patterns.agency.search(credit)  # "Foto: picture alliance/dpa"
            and not _courtesy(credit)  # "Courtesy of the Volk family": whoever it names, a credit
            and not patterns.bare_agency.match(credit)  # "Photo: supplied", "Picture: handout": a phrase that credits
            and not (kind is patterns.labelled and _held(credit, cues))  # "Photo: Kessel Port Museum archive"
            # where a chart's figures come from, a name and what of it: "Source: Harbour council tax records"; in
            # lower case too, a few words not ended as a sentence: "Source: company filings", "Fonte: elaborazione
            # su dati ..." (not "Source: the council said the pier would close.")
            and not (
                kind is patterns.labelled
                and (credit[:1].isupper() or (len(credit.split()) <= _SOURCE_WORDS and text[-1:] not in ".!?"))
                and _source_labelled(prefix, patterns)
            )
            # a chart's maker, then its source in a field of its own: "Chart: Jane Roe / Source: council records"
            and not (kind is patterns.labelled and (maker := _SECOND_FIELD.split(credit, 1))[1:] and _named(maker[0]))
            # a photographer's name, then her outlet or agency, which may be written in lower case: "Foto: Jane
            # Roe/nordpress", "Foto: Jane Roe, Moravsk\u00e9 listy"
            and not (kind is patterns.labelled and _photographer_first(credit, cues))
            # an organisation's two words in sentence case, as Czech or Polish writes one, after a picture's label:
            # "Foto: Horsk\u00e1 louka" (not "Photos: Cars through the years", a gallery's title)
            and not (kind is patterns.labelled and patterns.credit_word.search(prefix) and _sentence_cased(credit))
            # in a script without capitals, a few words after a picture's label: "فوٹو: ندیم اختر", "ภาพ: สำนักพิมพ์"
            and not (
                kind is patterns.labelled
                and patterns.credit_word.search(prefix)
                and uncased(credit)
                and not credit.isascii()  # (its letters; not a year, "Photo: 2019")
                and len(credit.split()) <= _UNCASED_CREDIT_WORDS
                and not credit.endswith(_SENTENCE_ENDS)
            )
        ):
            continue  # "Photos: Cars through the years" names a gallery, not who made the picture
        if kind is patterns.bracketed:
            if (match["open"] == "[") != (match["close"] == "]"):
                continue
            # An agency's name or a site's address alone, "(AP)", "(example.com)": a source, weak by itself
            alone = patterns.agency.fullmatch(credit) is not None or _DOMAIN.fullmatch(credit) is not None
            # "[Jane Roe/Harbour Times]": a photographer and an outlet in square brackets, which prose does not
            # set a pair of places or names in as it does in round ones ("(Pier Road/Water Street)")
            boxed = match["open"] == "[" and _PERSON_OUTLET.match(credit) is not None
            outlet = False
            # (or its label without a colon opens it, as Italian papers set one: "(Foto Giada Ferri)", "(foto di X)")
            label_end = bare_label_end(credit, cues) or ((by := patterns.label_by.match(credit)) and by.end()) or 0
            if not (
                alone or boxed or label_end or patterns.agency.search(credit) or patterns.credit_body.fullmatch(credit)
            ):
                outlet = (
                    (
                        (found := _OUTLET_COLON.fullmatch(credit)) is not None
                        and is_name(found["name"], cues)
                        and not patterns.chrome.match(credit)  # "(See Also: Harbour Ferry Plans)": a link
                    )
                    or _paired_credit(text[: match.start()], credit, cues)
                )
                if not outlet:
                    continue
            # (past a label without its colon, in lower case too: "(foto Giada Ferri)")
            named = re.split(r":|\.\.\.|\u2026|\bby\b", credit[label_end:])[-1]
            if (
                not patterns.agency.search(credit)
                and not _named(named)
                and not _courtesy(credit)
                and not (":" in credit and patterns.bare_agency.match(named.strip()))  # "(Photo: supplied)"
                and not _held(named.strip(), cues)  # "(Foto: archivo familiar)"
            ):
                continue  # "(Graphic: Assets in 2019 - here)" links to a chart
            strong = not outlet and bool(
                patterns.credit_word.search(credit) or "/" in credit or match["open"] == "[" or not alone
            )
            if (label := patterns.label.match(credit) or patterns.label_by.match(credit)) and label.end() < len(credit):
                # "(Credit: NASA/JPL)", "(Photo by Jane Roe)": the label is layout, as it is outside brackets
                prefix, credit = prefix + label.group(), credit[label.end() :]
        elif kind in (_STAFF_AFTER, _FOR_OUTLET, _SLASH_FIRST, patterns.outlet_photo, patterns.bare_credit):
            if (kind is not patterns.outlet_photo and not _named(credit)) or (
                # "... in March. Picture Alliance": an agency's name; "... runs it. Image Comics": a word of a name
                kind is patterns.bare_credit
                and not ((cut := bare_label_end(credit, cues)) and _credit_named(credit[cut:], patterns))
            ):
                continue
            # A name and an outlet no one here knows: a credit only beside a picture ("Sign Up for Our
            # Newsletter" ends a body paragraph too); but an outlet's photo, which says it is one (in lower
            # case too: "Sentinel photo/Jane Roe")
            # (a dash sets it apart as a caption's credit: "... on Friday night. \u2014 Jane Roe for The Dispatch")
            strong = kind is patterns.outlet_photo or (kind is _FOR_OUTLET and prefix.strip() in _DASHES)
        else:
            # (a courtesy in lower case, "Photo courtesy of the city council", ends a sentence of the body too)
            strong = kind is not patterns.by or _COURTESY_IN_LOWER_CASE.search(credit) is None
            if kind is patterns.by and (label := patterns.label_by.match(credit)):
                prefix, credit = prefix + label.group(), credit[label.end() :]  # "Photo by ", as "Photo: " is layout
        # a label without its colon ("Foto ANSA"), or the sign or the word that marks a copyright ("\u00a9 Jane Roe",
        # "Foto: \u00a9 Jane Roe", "Copyright Jane Roe"): layout, as a label with its colon is
        cut = _copyright_mark_end(credit, patterns) or (
            0 if kind is patterns.copyright else bare_label_end(credit, cues)
        )
        # (the label says what follows is a credit: "... in Annecy. Photo LCL/Jane Roe")
        return Credit(text[: match.start()], credit[cut:], prefix + credit[:cut], match["suffix"], strong or cut > 0)
    return None


def _past_by(credit: str, patterns: Patterns) -> str:
    """Whom *credit* names, past its label and "by": "Jane Roe" of "Photo by Jane Roe", "Imagen cedida por Jane Roe"."""
    label = patterns.label_by.match(credit)
    return credit[label.end() :] if label else credit.split(" by ", 1)[-1]


def _copyright_mark_end(credit: str, patterns: Patterns) -> int:
    """Where the copyright's sign or word that *credit* opens with ends, the holder after it: 2 of "\u00a9 Jane Roe".

    Past the picture's label after the sign too: 8 of "\u00a9 Foto: Jane Roe". 0 when there is no sign, or
    nothing after it.
    """
    mark = _COPYRIGHT_MARK.match(credit)
    if mark is None or mark.end() >= len(credit):
        return 0
    label = patterns.label.match(credit, mark.end())
    return label.end() if label is not None and label.end() < len(credit) else mark.end()


_COPYRIGHT_MARK = re.compile(r"(?:(?i:copyright)\b\s*(?:\u00a9\s*)?|[\u00a9\u24d2]\s*|\((?i:c)\)\s*)")


def bare_label_end(credit: str, cues: Cues) -> int:
    """Where the credit label that *credit* opens with ends, without a colon before the name: 5 of "Foto ANSA".

    "Beeld Jane Roe / ANP", "PHOTO JANE ROE, THE LEDGER": the label is layout, as it is with its colon. Not
    the word an agency's name opens with ("Picture Alliance/dpa", in any case). 0 when there is none.
    """
    if (label := Patterns.of(cues).bare_label.match(credit)) is None:
        return 0
    folded = credit.casefold()
    return 0 if any(folded.startswith(agency.casefold()) for agency in cues.agencies) else label.end()


# An outlet no one here knows (two words at least: one is as often a link's label, "Watch:"), a colon and its
# photographer, in brackets: "(Harbour News: Jane Roe)". As weak as an agency's name alone: a source of a
# body's sentence may be set so too.
_OUTLET_COLON = re.compile(r"(?:[A-Z][\w'\u2019.&-]*\s){1,3}[A-Z][\w'\u2019.&-]*:\s(?P<name>[^:]{3,60})")


# A photographer and the outlet they work for, after a caption's last sentence: "... on Monday. Jane Roe/Harbour
# Times", or "Jane Roe / Harbour Times" on a line of its own. (Not in brackets: "(Pier Road/Water Street)" and
# "(ABC News/Harbour Poll)" end sentences too.)
_STAFF_AFTER = re.compile(
    # perhaps after a dash or a bar ("... at dawn. \u2014 Jane Roe/Harbour Times", "... at dawn. | Jane Roe / Harbour
    # Times"), perhaps the agency that sent it after "via"
    rf"(?P<prefix>(?<=[.!?])\s+(?:[\u2014\u2013][^\S\r\n]*|-[^\S\r\n]+|\|[^\S\r\n]+)?)"
    rf"(?P<credit>{_NAME}(?:/|[^\S\r\n]/[^\S\r\n]){_NAME}(?:\svia\s{_NAME})?)(?P<suffix>)\Z"
)
# A photographer and the outlet they took it "for", after a bar or the caption's last sentence, perhaps a dash after
# it: "... off the coast | Jane Roe for The Harbour Times", "... on Friday night. \u2014 Jane Roe for the Dispatch".
_FOR_REACH = 100  # characters from the end: the name, "for" and the outlet
_FOR_OUTLET = re.compile(
    rf"(?P<prefix>\s\|\s|(?<=[.!?])\s+(?:[\u2014\u2013][^\S\r\n]*)?)(?P<credit>{_NAME}\sfor\s(?:[Tt]he\s)?{_NAME})(?P<suffix>\.?)\Z"
)


def _ends_with_name(text: str) -> bool:
    """Whether the last word of *text* is one a name (see ``_NAME``) may end with, perhaps with a full stop after it."""
    words = text.rsplit(None, 1)
    return bool(words) and _NAME_END.match(words[-1]) is not None


# An agency no one here knows, in capitals before its photographer's whole name, as wire copy sets its credit:
# "NORDWIRE/Jane Roe" (not "NATO/Russia": one word after the slash).
_CAPITALS_AGENCY = r"[A-Z]{3,}(?=/[A-Z][a-z]+\s[A-Z])"
_NAME_END = re.compile(r"(?:[A-Z][\w.'\u2019-]*|de|van|von|da|al|bin)\.?\Z")


# A slash, then who took the picture, after a caption's last sentence: "... in the square. / JANE ROE", as
# newsrooms writing in Spanish set it.
_SLASH_FIRST = re.compile(rf"(?P<prefix>(?<=[.!?])[^\S\r\n]+/[^\S\r\n]*)(?P<credit>{_NAME})(?P<suffix>)\Z")


def named_credit(text: str) -> Credit | None:
    """Read the names after a caption's last sentence as its credit: "... at dawn. (Harbour Wire/Jane Roe)".

    An outlet and its photographer, that no one here knows, a slash between, in brackets (two such
    pairs a semicolon apart, "via" an agency after, ", file" for a picture from the files); or a
    photographer and her outlet a bar apart: "... at dawn. Jane Roe | Harbour Voices". A weak credit,
    to read only in words that markup says are a caption. (After a sentence of the body, "(Pier
    Road/Water Street)" is none.) A name alone in brackets is as often what the picture shows, or a
    place, a title or a label: "(Kessel Island)", "(Faro Viejo)", "(File Photo)".
    """
    start = max(0, len(text) - _CREDIT_WINDOW)
    match = _BRACKETED_AFTER.search(text, start) if text.endswith(")") else _BARRED_AFTER.search(text, start)
    if match is None or not _named(match["credit"].removesuffix(", file").removesuffix(", File")):
        return None
    return Credit(text[: match.start()], match["credit"], match["prefix"], match["suffix"], strong=False)


_PAIR = rf"{_NAME}[^\S\r\n]?/[^\S\r\n]?{_NAME}(?:[^\S\r\n]via[^\S\r\n]{_NAME})?"
_BRACKETED_AFTER = re.compile(
    rf"(?P<prefix>(?<=[.!?])[^\S\r\n]+\()(?P<credit>{_PAIR}(?:;[^\S\r\n]{_PAIR})*(?:,[^\S\r\n](?:file|File))?)"
    r"(?P<suffix>\))\Z"
)
_BARRED_AFTER = re.compile(
    rf"(?P<prefix>(?<=[.!?])[^\S\r\n]+)(?P<credit>{_NAME}(?:[^\S\r\n]\|[^\S\r\n]|/){_NAME})(?P<suffix>)\Z"
)


def _held(credit: str, cues: Cues) -> bool:
    """Whether *credit* names who keeps the picture, and says so: "Kessel Port Museum archive", "Penhallow family".

    Languages that set the noun first say it first, whose after it in any case: "archiwum szko\u0142y",
    "archivo familiar", "Archiv der Gemeinde"; and those that join nouns into one word end its first word with
    it: "familiearchief Vos", "Stadtarchiv Lindau", "privécollectie"; the noun alone is a file picture's ("archief").
    """
    patterns = Patterns.of(cues)
    name, _, holder = credit.rpartition(" ")
    if name and holder.casefold() in patterns.holder_words and _named(name):
        return True
    folded = credit.casefold()
    first, _, rest = folded.partition(" ")
    return len(rest.split()) < _HELD_WORDS and any(
        folded.startswith(f"{holder} ") or (first.endswith(holder) and " " not in holder)
        for holder in patterns.held_openings
    )


_HELD_WORDS = 6  # "archivo de la familia Ruiz"


def _courtesy(credit: str) -> bool:
    """Whether *credit* is a courtesy credit, whoever it names ("Courtesy of the Volk family"); not a sentence."""
    return ":" not in credit and len(credit.split()) <= _COURTESY_WORDS and _COURTESY.search(credit) is not None


_COURTESY = re.compile(r"\b(?i:courtesy)\b")
_COURTESY_IN_LOWER_CASE = re.compile(r"(?i:courtesy\s+of\s+the)\s+[^A-Z\u00c0-\u024f]")
_COURTESY_WORDS = 8  # "Photo courtesy of the Harbour Rowing Club"


def _near_end(text: str, mark: str, reach: int) -> bool:
    """Whether *text* holds *mark*, and at most *reach* characters besides white space from the last one on."""
    # (as many characters in all are no more besides white space: then the white space is not taken out to count)
    return (at := text.rfind(mark)) >= 0 and (len(text) - at <= reach or len("".join(text[at:].split())) <= reach)


def _agency_after_comma(text: str, agency: re.Pattern[str]) -> bool:
    """Whether an agency's name stands right after a comma and a space in *text*, as in "Jane Doe, AFP"."""
    at = text.find(",")
    while at >= 0:
        if agency.match(text, at + 2) is not None:
            return True
        at = text.find(",", at + 1)
    return False


def _few_words(text: str, match: re.Match[str]) -> bool:
    """Whether fewer than three words stand before *match* (a Chinese or Japanese caption's counted as they read)."""
    return word_count(text[: match.start()], 3) < 3


_DOMAIN = re.compile(r"(?:[a-z0-9-]{1,40}\.){1,3}(?:com|org|net|gov|edu|[a-z]{2})", re.I)
# A slashed credit without a slash, a bar or a comma names a source and the agency it came "via", a word
# between spaces ("Example County Sheriff's Office via AP"): the "via" in "privately" is none.
_VIA = re.compile(r"\svia\s")


def part_label(text: str, cues: Cues, *, under_caption: bool = False) -> str | None:
    """What a label on a line of its own announces, or ``None``.

    ``"credit"`` after ``Credit...`` or ``Image copyright``, ``"caption"`` after ``Image caption``. With
    *under_caption*, the line stands under a caption, where a credit label alone ("Photo") announces too.
    """
    if len(text) > LABEL_CHARS or (match := Patterns.of(cues).part_label.match(text)) is None:
        return None
    if match["caption"]:
        return "caption"
    # "Photo" or "Source" alone is as likely a menu item; "Credit...", "Photo:", "Image copyright" announce.
    label = match["credit"]
    announces = under_caption or label != text or " " in label or label.casefold() == "credit"
    return "credit" if announces else None


LABEL_CHARS = 40
"""Characters at most of a part's label alone on its line: "Image copyright", "Credit...", "Photo"."""


def legal_notice(text: str, cues: Cues) -> bool:
    """Whether *text* holds a phrase of a site's legal notice ("All rights reserved")."""
    return Patterns.of(cues).legal.search(text[:_NOTE_WINDOW]) is not None


def names_credit(text: str) -> bool:
    """Whether *text* reads as the name a credit gives, not a phrase or the site's copyright line."""
    return _named(text) and not _SITE_COPYRIGHT.search(text)


def credit_line(text: str, cues: Cues) -> Credit | None:
    """Read a line that is a picture credit and nothing else: ``REUTERS/Jane Doe``, ``(Photo by Jane Doe)``.

    A bare agency name (``Shutterstock``) is a weak credit: it is one only next to a caption.

    Returns:
        The credit, its :attr:`~Credit.text` empty, or ``None`` when *text* is more than a credit.
    """
    if len(text) > _CREDIT_WINDOW:
        return None
    found = _credit_at_end("\n" + text, cues, alone=True)  # read as a credit on a line of its own
    if found is not None and not found.text:
        if "rights reserved" in found.credit.lower():
            return None  # the site's copyright line, not a picture's
        if found.suffix and (inner := _credit_at_end(found.credit, cues, alone=False)) and _sentence(inner.text):
            # "[Nurses at the gate. Jane Roe/PA]": a caption and its credit in brackets, as pandoc writes one
            return None
        # A copyright line alone may be the site's: it credits a picture only next to a caption.
        strong = found.strong and not Patterns.of(cues).copyright.match("\n" + text)
        return Credit("", found.credit, found.prefix[1:], found.suffix, strong)
    if match := Patterns.of(cues).bare_agency.match(text):
        return Credit("", match["credit"], "", match["suffix"], False)
    if (match := _BRACKETED_NAME.match(text)) and _named(match["credit"]):
        return Credit("", match["credit"], "(", ")", False)  # "(Example Co.)" under a caption
    if _PERSON_OUTLET.match(text) and _named(text):
        return Credit("", text, "", "", False)  # "Jane Roe/The Ledger": who took the picture, for whom
    if (
        (parts := _PERSON_FOR_OUTLET.match(text)) is not None
        and not parts["person"].isupper()  # "APPS WE LIKE | SPONSORED": a menu's labels
        and is_name(parts["person"], cues)
        and not is_job(parts["outlet"], cues)  # "Jane Roe | Staff Writer" is a byline
        # an outlet of a word after a mark ("Harbour Walks / Tides") is as often a menu's next item
        and (parts["mark"] == " for " or " " in parts["outlet"])
        and (parts["via"] is None or Patterns.of(cues).agency.fullmatch(parts["via"]) is not None)
    ):
        # "Jane Roe for The Ledger", "Jane Roe / The Ledger", "Jane Roe | The Ledger", perhaps "via" an agency after it
        return Credit("", text, "", "", False)
    return None


def _sentence(text: str) -> bool:
    """Whether *text* is a sentence of a few words, ended as one: a caption's, not a label ("Image:")."""
    return text.rstrip().endswith((".", "!", "?")) and len(text.split()) >= _SENTENCE_WORDS


_SENTENCE_WORDS = 3


# A photographer's name and the outlet, a slash (perhaps between spaces), a bar or "for" between, perhaps the agency
# that sent the picture after "via": "Jane Roe for The Ledger", "Jane Roe / The Ledger via AP"
_PERSON_FOR_OUTLET = re.compile(
    rf"\A(?P<person>{_NAME})(?P<mark>\s?/\s?|\s\|\s|\sfor\s)(?P<outlet>(?:[Tt]he\s)?{_NAME})(?:\svia\s(?P<via>{_NAME}))?\Z"
)


def _credit_named(credit: str, patterns: Patterns) -> bool:
    """Whether *credit* names its maker in full: two words or more, a slash between two, or an agency's name."""
    return " " in credit or "/" in credit or patterns.agency.fullmatch(credit) is not None


def credit_before(text: str, cues: Cues) -> Credit | None:
    """Read a credit that opens a caption, set off from its words by a dash, a colon or a full stop.

    ``PHOTO: JANE ROE/HARBOUR TIMES — Gulls over the pier.``, ``Image courtesy of Jane Roe: Gulls over
    the pier.``: the credit is one that says it is one (a label, "by", "courtesy", an agency and a
    photographer), not a name or an agency alone, which a dateline opens with too ("HARBOUR — ...").

    Returns:
        The credit, its :attr:`~Credit.text` the caption's words after it, or ``None``.
    """
    head = text[:_LEADING_CREDIT]
    if ":" not in head and "-" not in head and "\u2013" not in head and "\u2014" not in head:
        return None  # the marks that end a credit before the words: most captions hold none
    for match in _AFTER_CREDIT.finditer(head):
        words = text[match.end() :]
        # A colon ends the credit only where it holds none: "PHOTO: Jane Roe — ..." is ended by the dash.
        if match[0].strip() == ":" and ":" in text[: match.start()]:
            continue
        if word_count(words, _CAPTION_FROM) < _CAPTION_FROM or not words[0].isupper():
            continue  # the words of a caption, a sentence: not "Photo: Jane Roe - Getty Images"
        found = credit_line(text[: match.start()], cues)
        if found is not None and found.strong:
            if match[0].strip() == "." and not _credit_named(found.credit, Patterns.of(cues)):
                continue  # "Photo: Dr. Jane Roe ...": the full stop of an abbreviation
            return Credit(words, found.credit, " " + found.prefix, found.suffix, strong=True)
    return None


_LEADING_CREDIT = 120  # characters: a credit before a caption's words ends within them
# A dash, a colon, or a full stop after a name of two letters or more: "Photo: Jane Roe/AP. Passengers wait ..."
_AFTER_CREDIT = re.compile(r"[^\S\n]+[\u2014\u2013-][^\S\n]+|(?<=\w):[^\S\n]+|(?<=\w\w)\.[^\S\n]+")
# A full stop, then a capitalised word and two more in lower case: a sentence, which no credit holds
_SENTENCE_GOES_ON = re.compile(r"\w\.\s+[A-Z][a-z]+\s+[a-z]+\s+[a-z]+")
_CAPTION_FROM = 3  # words, at least, of the caption after a credit


_PICTURE_WORD = r"(?i:photos?|photographs?|images?|pictures?)"
_SITE_WORDS = re.compile(r"reserved|polic|\binc\b|\bllc\b|\bltd\b|\bcorp(?:oration)?\b", re.I)
_DIGITS_OF_YEAR = re.compile(r"\d{4}")
_SITE_COPYRIGHT = re.compile(rf"{_DIGITS_OF_YEAR.pattern}|{_SITE_WORDS.pattern}", re.I)
# A copyright credit names its holder: a word besides "Copyright" and the sign "(c)". An account's
# handle is no holder: "Copyright @handle" marks a social post embedded in the page, not a picture.
_HOLDER = re.compile(r"(?<![@\w])(?!(?i:copyright)\b)[^\W\d_]{2,}")
_COPYRIGHT_PAGE = re.compile(r"(?i:copyright)\s+(?:and|&)\s")
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")  # double quote marks, which a sentence quotes with
# Two to four words of a name, a slash, and an outlet's name of up to four words.
_PERSON_OUTLET = re.compile(
    r"\A[^\W\d_][\w'\u2019.-]*(?: [^\W\d_][\w'\u2019.-]*){1,3}/[^\W_][\w'\u2019.&-]*(?: [^\W_][\w'\u2019.&-]*){0,3}\Z"
)
_BRACKETED_NAME = re.compile(r"\A\((?P<credit>[A-Z][^()\n]{1,60})\)\Z")


def _paired_credit(words: str, credit: str, cues: Cues) -> bool:
    """Whether *credit*, in round brackets after *words*, pairs a photographer and an outlet: "(Jane Roe/The Ledger)".

    After the last sentence of a caption's length, and as weak, for prose sets a pair of places or sources in
    round brackets too ("(Pier Road/Water Street)"); run into the words, the pair is what the picture shows.
    """
    return (
        words.rstrip().endswith(SENTENCE_CLOSES)
        and word_count(words, _PAIRED_CAPTION) <= _PAIRED_CAPTION
        and (
            _PERSON_OUTLET.match(credit) is not None
            or ((pair := _PERSON_FOR_OUTLET.match(credit)) is not None and is_name(pair["person"], cues))
        )
    )


SENTENCE_CLOSES = (".", "!", "?", "\u201d", '"')
"""What a sentence ends with, perhaps inside quote marks: a caption's last, a paragraph's."""
_PAIRED_CAPTION = 30  # words: a caption over a pair in brackets; a paragraph of the body that cites two says more
# Lower-case words a name or a credit may hold: "Jane Doe/AFP via Getty Images", "Photo by Jane Doe on Unsplash".
_LINKS = frozenset(
    {"via", "for", "of", "the", "and", "on", "by", "at", "from", "courtesy"}
    | {"de", "del", "della", "di", "da", "du", "des", "la", "le", "van", "von", "der", "den", "al", "el", "bin"}
    | {"delle", "dei", "degli", "do", "dos", "das"}
    | {"y", "e", "und", "et"}
    | {"pour", "para", "per", "f\u00fcr"}  # "Jeanne Roux pour Le Quotidien", as "Jane Roe for The Harbour Times"
)


def _photographer_first(credit: str, cues: Cues) -> bool:
    """Whether *credit* names a person, then after a slash or a comma an outlet of a few words: "Jane Roe/nordpress"."""
    parts = _PERSON_THEN.split(credit, 1)
    return len(parts) == 2 and 0 < len(parts[1].split()) <= _OUTLET_WORDS and is_name(parts[0], cues)


def _sentence_cased(credit: str) -> bool:
    """Whether *credit* is two words, the first capitalised, the second a word in lower case: "Horsk\u00e1 louka"."""
    words = credit.split(" ")
    return len(words) == 2 and words[0].istitle() and words[1].isalpha() and words[1].islower() and len(words[1]) > 2


_UNCASED_CREDIT_WORDS = 4  # words at most of a credit in a script without capitals: a name, an agency's
_PERSON_THEN = re.compile(r"\s?/\s?|,\s")
_OUTLET_WORDS = 4


def _named(text: str) -> bool:
    """Whether *text* reads as names (of people, agencies, sites) rather than as a phrase."""
    words = re.findall(r"(?<![\w'\u2019.-])@?[^\W_][\w'\u2019.-]*", text)
    # A brand may open in lower case and name itself with a capital inside: "iFixit", "eBay";
    # or open with a number: "20th Century Fox", "500px"; a handle names its holder: "@janeroe".
    return any(not w.isdigit() for w in words) and all(
        w[0] in "@0123456789" or not w[0].islower() or w in _LINKS or "." in w or not w.islower() for w in words
    )


def caption_opening(text: str, cues: Cues) -> bool:
    """Whether *text* opens as a caption does without a credit.

    Two conventions: wire archive pictures (``FILE - In this March 3, 2021, file photo, ...``)
    and a place and date in capitals before a colon (``KYIV, UKRAINE - MARCH 3: ...``).
    """
    return bool(Patterns.of(cues).caption_opening.match(text) or _CAPS_LEAD.match(text))


def opens_with_dateline(text: str) -> bool:
    """Whether *text* opens with a news dateline, as a report's first paragraph does and a dek never does.

    ``CAIRO (AP) \u2014 ...`` and ``JAKARTA, Indonesia (Reuters) - ...`` are two.
    """
    return _DATELINE.match(text) is not None


def opens_as_dateline(text: str, cues: Cues) -> bool:
    """Whether *text* opens as a line that dates the piece does, and a dek never does.

    A news dateline (``CAIRO (AP) \u2014``), a date label (``Updated May 14, 9:41 AM``), fields
    a whole date leads (``May 3, 2024 | By Jane Roe``), or a whole date (``Nov 19, 2019 at 9:08 GMT``).
    """
    if opens_with_dateline(text) or opens_with_date_field(text) or Patterns.of(cues).date_label.match(text):
        return True
    # "May 12, 2024 ..." or "12/05/2024 ...", not "May 12 ferries ...": the year is in the date or follows it
    found = _FULL_DATE.match(text)
    return found is not None and _YEAR.search(text, 0, found.end() + 8) is not None


def opens_with_date_field(text: str) -> bool:
    """Whether *text* is fields parted by bars or bullets, a whole date the first: "May 3, 2024 | By Jane Roe"."""
    return _FIELD_BREAK.search(text) is not None and _dated_field(text)


_DATELINE = re.compile(
    r"\A[A-Z][A-Z.'\u2019 -]{1,40}(?:,\s[A-Z][\w.'\u2019 ]{1,40}){0,2}\s(?:\([^()\n]{1,30}\)\s)?[-\u2013\u2014]{1,2}\s"
)
# "KHARTOUM, SUDAN - APRIL 12: ..." and "LONDON, ENGLAND – 12 MARCH 2021: ..."
_CAPS_LEAD = re.compile(
    r"\A[A-Z][A-Z.'\u2019 -]{1,40}(?:,\s[A-Z][A-Z.'\u2019 -]{1,40}){0,2}\s[-\u2013\u2014]\s"
    r"(?:[A-Z]{3,9}\.?\s\d{1,2}|\d{1,2}\s[A-Z]{3,9})(?:,?\s\d{4})?:\s"
)


def read_note(text: str, cues: Cues, *, phrased: bool = True) -> Attribution | Disclaimer | Bio | None:
    """Read a note: a republication note or a disclaimer (whichever cue comes first), or a bio.

    Args:
        text: The note, or a paragraph that may be one.
        cues: The cue words.
        phrased: Whether *text* may hold a phrase of a republication note or a disclaimer: a caller
            that knows it holds none saves the search for one.

    Returns:
        The note, or ``None`` when *text* is none.
    """
    patterns = Patterns.of(cues)
    if feed := feed_note(text, cues):
        return feed  # (before a date's label: "Published in The Harbour Ledger, March 14th, 2025" says where and when)
    if patterns.date_label.match(text) and word_count(text) <= 12:
        # "First published on March 3, 2021" dates the piece; "First published in The Harbour Times" says where
        if published_date(text, cues) is None and (found := patterns.attribution.search(text)):
            return note if (note := _attribution(text, found, cues)).source else None
        return None
    if patterns.disclosure.match(text) and word_count(text, _DISCLOSURE_WORDS) < _DISCLOSURE_WORDS:
        return Disclaimer(text=text)  # "Jane Roe receives funding from the Varn Trust.": the writer's disclosure
    label = patterns.note_label.match(text)
    if label and (name := bio_name(text[label.end() :].lstrip(), cues)):
        return Bio(text=text, name=name)  # "Editor's note: Jane Doe is a fellow at ..."
    if (about := patterns.bio_label.match(text)) and (lead := _LEADING_NAME.match(rest := text[about.end() :])):
        # "About the author: Jane Doe is a water engineer ...": a bio whatever it says of her
        return Bio(text=text, name=bio_name(rest, cues) or lead[0])
    if about and rest and uncased(rest[0]):
        # "作者简介：陈静，自由撰稿人 ...": in a script without capitals, her name is what stands before a comma
        named = _NAME_COMMAS.split(rest, 1)[0]
        return Bio(text=text, name=named if _UNSPACED_NAMES.fullmatch(named) or _SPACED_NAME.fullmatch(named) else None)
    attribution = disclaimer = None
    if phrased and (first := patterns.notes.search(text)):  # one search where most texts hold neither kind
        attribution = patterns.attribution.search(text, first.start())
        disclaimer = patterns.disclaimer.search(text, first.start())
        if label and disclaimer and disclaimer.start() < label.end():
            # The label is no disclaimer's phrase of the note it labels: "Editor's note: This story was
            # produced in partnership with X" is a republication note
            disclaimer = patterns.disclaimer.search(text, label.end())
    if phrased and not (attribution or disclaimer):
        disclaimer = patterns.review_loan.search(text)  # "Kestrel Motors lent us the car for this review."
    if attribution and not re.search(r"\w", text[: attribution.start()] + text[attribution.end() :]):
        attribution = None  # "First Published:" alone labels a date, as "Originally published" a link
    if attribution and _dated_line(text, attribution.start(), cues):
        attribution = None  # "By Jane Roe\nOriginally published Aug. 21, 2024, 6:00 a.m.": a byline's date line
    if attribution and _partnered(attribution):
        # Said of the piece itself ("This story was produced in partnership with ..."), or opening the note
        # ("Produced in partnership with ..."): "The clinic runs in partnership with the county" is a sentence
        # (not in a quote: "'This piece of road is a collaboration between ...,' the mayor said"), and naming
        # the partner, a newsroom or a body, by its name ("... with our colleagues at Harbour Voices"):
        # "This story began in collaboration with readers who ..." names none
        said_of_itself = (
            patterns.self_reference.search(text[:_SELF_REFERENCE]) is not None and text[0] not in _OPENING_QUOTES
        )
        if (
            not (said_of_itself or len(text[: attribution.start()].split()) <= 1)
            or not _PARTNER_NAMED.match(text, attribution.end())
            or word_count(text) > _PARTNER_WORDS
        ):
            attribution = None
    if attribution and not (disclaimer and (disclaimer.start() < attribution.start() or _partnered(attribution))):
        # (a partner's piece that disclaims too is a sponsor's: "This content was produced by X and paid for by Y.
        # The newsroom was not involved in its creation.")
        return _attribution(text, attribution, cues)
    if (
        disclaimer
        and not label
        and (_after_prose(text, disclaimer.start(), cues) or reports_speech(text, cues) or _aside(text, disclaimer))
    ):
        # "Orla Fenwick began as a volunteer. This interview has been edited ...": the intro's; "This story began,
        # Holloway says, with a sign ... The council's views expressed in it ...": the story's, which reports speech;
        # "Anna M. (Name geändert) lebt ...": the phrase in brackets amid the story's sentence marks a name
        disclaimer = None
    if disclaimer and (
        (more := word_count(text) - len(said := disclaimer.group().split())) >= 3
        or (not more and len(said) >= 3)
        # (or Hindi's or Chinese's full stop)
        or (more and text.rstrip().endswith((".", "\u0964", "\u3002")))
    ):
        # "Editor's Note" alone is a link or a heading, not a note; "Competing interests: none." is a sentence, and
        # so is a phrase of three words or more alone: "Views are personal.", "Check against delivery"
        return Disclaimer(text=text)
    if (
        word_count(text, _RENAMED_WORDS) <= _RENAMED_WORDS
        and (renamed := patterns.renamed.search(text))
        and not (_after_prose(text, renamed.start(), cues) or _aside(text, renamed))
    ):
        # "Names of some people in this story have been changed.", though its reason tells who asked: "Some of
        # the workers quoted in this story asked ... Names marked with an asterisk have been changed."
        return Disclaimer(text=text)
    if introduces_writer(text, cues) and word_count(text) <= 90:
        # written in the first person, or of "the author", it names no one ("L'autrice" is no name)
        return Bio(text=text)
    if name := bio_name(text, cues):
        return Bio(text=text, name=name)
    # "Correction: ...", "Update 21 May: ...", "Update: This story has been updated"; not a live page's
    # "Update: the crew is ashore."
    if (
        label
        and (rest := text[label.end() :].strip())
        and (not patterns.update_note_label.match(text) or of_itself(rest, cues))
    ):
        return Disclaimer(text=text)
    return None


_DISCLOSURE_WORDS = 80  # words at most of a writer's disclosure
_RENAMED_WORDS = 40  # words at most of a note that names were changed, and its reason


def _dated_line(text: str, at: int, cues: Cues) -> bool:
    """Whether the line of *text* that holds *at* is a date's label and its date: "Originally published May 3, 2024"."""
    line = text[text.rfind("\n", 0, at) + 1 :].split("\n", 1)[0]
    return Patterns.of(cues).date_label.match(line) is not None and published_date(line, cues) is not None


def _aside(text: str, found: re.Match[str]) -> bool:
    """Whether the phrase *found* stands in brackets amid a sentence of *text*, words before them and after."""
    opened = text.rfind("(", 0, found.start())
    closed = text.find(")", found.end())
    return (
        opened > 0
        and ")" not in text[opened : found.start()]
        and closed >= 0
        and word_count(text[closed + 1 :], _ASIDE_WORDS) >= _ASIDE_WORDS
    )


_ASIDE_WORDS = 3  # words at least of the sentence going on after an aside in brackets


# Two to four capitalised words: the name a bio or a note opens with.
NAME_RUN = r"[A-Z\u00c0-\u00de][\w.'\u2019-]+(?:\s[A-Z\u00c0-\u00de][\w.'\u2019-]+){1,3}"
_LEADING_NAME = re.compile(NAME_RUN + r"(?=[\s,])")


def _after_prose(text: str, at: int, cues: Cues) -> bool:
    """Whether the sentence of *text* that holds *at* comes after the body's prose, and says less.

    More words before it than from it on, that are no note, nor speak of the piece or the
    newsroom: an interview's intro, then "This interview has been edited for length"; not
    "Sometimes we link to shops. We may earn a commission", nor a bio, then "The views expressed
    are her own", nor "Jane Roe receives funding from X.", then the disclosure that says whom else,
    nor a health page's advice to its reader, then what the page is not ("If you feel unwell, call
    your doctor. This page is not a substitute for medical advice."), nor who pays for the newsroom,
    then what the funder does not do ("The Varn Trust provides financial support to the Ledger. It has
    no role in editorial decisions.").
    """
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, at)), default=0)
    before = " ".join(text[:cut].split())
    return (
        len(before.split()) > word_count(text[cut:])
        and not of_itself(before, cues)
        and not (addresses_reader(before, cues) and short_and_unquoted(before))
        # (no note's phrase, no bio: asked without reading the words before as a note, which would ask again)
        and Patterns.of(cues).notes.search(before) is None
        and bio_name(before, cues) is None
        and Patterns.of(cues).funding.search(before) is None
    )


def of_itself(text: str, cues: Cues) -> bool:
    """Whether a note speaks of the piece ("this article", "the views expressed here") or the newsroom ("we").

    Affiliate links are the newsroom's too: "Harbour Voices has affiliate partnerships ...". Not in words
    it quotes: 'The paper printed a correction: "An earlier version of this article ..."' is a sentence.
    """
    text = _IN_QUOTES.sub("", text)
    patterns = Patterns.of(cues)
    return any(
        found.search(text) for found in (patterns.self_reference, _NEWSROOM, patterns.the_piece, patterns.renamed)
    )


_IN_QUOTES = re.compile(r'"[^"\n]*"|\u201c[^\u201c\u201d\n]*\u201d')
# The newsroom or the writer, of whom a note speaks: "we may earn a commission", "on our site", "the author's own",
# "the views expressed here are her own", "... the views of their authors, not necessarily mine", "this live page"
_NEWSROOM = re.compile(
    r"\b(?i:we|our|ours|us|mine|the\s+(?:author|writer)s?|here|this\s+(?:[\w-]+\s+)?(?:page|site|website)"
    r"|(?:his|her|their|my)\s+own"
    r"|affiliate)\b"
)
_SELF_REFERENCE = 40  # characters: "This story", "A version of this article" open the note
_PARTNER_WORDS = 60  # a note names the partner and says what it is in a sentence or two
# The partner's name, a few words into the clause the cue opens: "with the Varn Point Trust", "with our
# colleagues at Harbour Voices"; not "with the county, which ...", "with readers who ..."
_PARTNER_NAMED = re.compile(r"(?:\s+[^\s,;.:!?()]+){0,4}?\s+(?:[Tt]he\s+)?[A-Z][\w&'\u2019-]*[^\W\d_]")
_OPENING_QUOTES = "\"'\u2018\u201c\u00ab\u201e"


def feed_note(text: str, cues: Cues) -> Attribution | None:
    """The note a feed adds under a post, written whole: "The post X appeared first on Example News."."""
    for opening, pattern, kind in Patterns.of(cues).feed_notes:
        if not text.startswith(opening) or (match := pattern.match(text)) is None:
            continue
        found = match.groupdict()  # a template may name no work, or no source
        if (work := found.get("work")) and work[0].islower():
            continue  # a sentence: "The post office appeared first on Harbour Street."
        source = found.get("org") or found.get("source")
        return Attribution(text=text, kind=kind, source=source and _trim_org(source, cues), work=work)
    return None


def _partnered(attribution: re.Match[str]) -> bool:
    """Whether the note's phrase *attribution* says the piece was made with a partner."""
    return (attribution.lastgroup or "").startswith("partnership")


def _attribution(text: str, match: re.Match[str], cues: Cues) -> Attribution:
    """Read the kind, the source and the work of a republication note."""
    kind = AttributionKind(re.sub(r"\d+$", "", match.lastgroup or ""))
    source = None
    end = match.end()
    while end < len(text) and text[end].isalpha():
        end += 1  # the rest of the phrase's last word: "publi" of "publi\u00e9e"
    if after := Patterns.of(cues).source.match(text, end):
        source = after["site"] or after["quoted"] or _trim_org(after["org"], cues)
    work = None
    if found := Patterns.of(cues).work.search(text):
        work = found["work"].strip("\u201c\u201d\"'\u2018\u2019 \u00a0") or None
    if source is None and match.group().startswith("\u306e"):
        # Japanese names the source before its genitive "の", which opens the phrase: "※Xの発表資料をもとに作成"
        source = re.split(r"[\u203b\u306f\u3001\u3002\s]", text[: match.start()])[-1] or None
    quoted = [found["name"] or found["straight"] for found in _QUOTED_NAME.finditer(text)]
    if source is None and len(quoted) == 1 and quoted[0] != work:
        # the one name in quote marks, where a language names it before the phrase or no name pattern reads it:
        # "本稿は筆者のブログ「まちと交通ノート」に掲載した ...", "نُشر هذا التقرير أولاً في صحيفة «صوت الأغوار»"
        source = quoted[0].strip()
    return Attribution(text=text, kind=kind, source=source, work=work)


# Between marks that quote and nothing else ("«X»", "„X“", "「X」", "《X》"), or straight ones round whole words
_QUOTED_NAME = re.compile(
    r"[\u00ab\u201e\u201c\u300c\u300e\u300a](?P<name>[^\u00ab\u00bb\u201c\u201d\u201e\u300c-\u300f\u300a\u300b\n]{2,60})"
    r"[\u00bb\u201c\u201d\u300d\u300f\u300b]"
    rf"|{_WORD_START}[\"'](?P<straight>[^\"'\n]{{2,60}})[\"']{_SPACED_WORD_END}"
)


def _trim_org(org: str, cues: Cues) -> str | None:
    """The name *org* holds, without the words of the sentence it runs into: "Harbour Press" of "the Harbour Press and".

    A name ends in no article, no preposition, nor a word that joins two, in any language of
    :attr:`~newsdoc.Cues.name_joiners` ("Fjällposten och återpubliceras ...").
    """
    words = org.split()
    while words and (words[-1] in _NO_NAME_ENDS or words[-1] in cues.name_joiners):
        words.pop()
    # (a case ending after an apostrophe is the sentence's: Turkish "Kuzey Postası'nda", in the Kuzey Post)
    name = _CASE_ENDING.sub("", " ".join(words).rstrip("."))
    if name.startswith("the ") and name[4:5].isupper():
        name = name[4:]  # the sentence's article, not the name's: "in the Harbour Press" (but "in The Harbour Times")
    return name if name and name.lower() not in {"the", "this", "permission"} else None


_NO_NAME_ENDS = frozenset(
    {"of", "for", "and", "the", "de", "du", "des", "del", "la", "le", "los", "las", "on", "en", "no", "na", "&"}
    | {"f\u00fcr", "f\u00f6r"}
)
_CASE_ENDING = re.compile(r"['\u2019](?!s\Z)[a-z\u00e7\u011f\u0131\u00f6\u015f\u00fc]{1,5}\Z")


def publication_of(text: str, cues: Cues) -> str | None:
    """The host publication a disclaimer names: "... not endorsed by X or Y" gives X."""
    match = Patterns.of(cues).publication.search(text)
    return _trim_org(match["org"].split(" or ")[0].split(" and ")[0], cues) if match else None


def names_bearer(text: str, name: str) -> bool:
    """Whether *text* names whom *name* does, by the last word of the name (a surname): "... said Roe".

    A name in capitals, as a quote box sets its speaker ("JANE ROE"), names her in any case.
    """
    last = name.rsplit(maxsplit=1)[-1].strip("/.,") if name.strip() else ""
    flags = re.I if last.isupper() else 0
    return len(last) > 1 and re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text, flags) is not None


def introduces_writer(text: str, cues: Cues) -> bool:
    """Whether *text* says who its unnamed writer is: "The writer is a former ambassador to ...", "I am a ...".

    Set in italics too, its marks kept: "*The writer teaches at ...*". (See :attr:`~newsdoc.Cues.self_introductions`
    and :attr:`~newsdoc.Cues.writer_deeds`.)
    """
    return Patterns.of(cues).self_bio.match(text.lstrip("*_ ")) is not None


def bio_name(text: str, cues: Cues) -> str | None:
    """Whom *text* is a bio of ("Jane Doe is a senior fellow at ..."), or ``None``.

    A bio set in italics as plain text writes them, between asterisks or underscores, is one too;
    so is one after the asterisk that an opinion page sets after its writer's name in the byline
    and again before her note under the piece: "*Jane Doe is a senior fellow at ...". Her name
    without the title or the job before it: "Dr. Jane Doe is ...", "Reporter Jane Doe can be reached ...".
    """
    if (name := _bio_name(text, cues)) is None:
        return None
    words = name.split()
    jobs = Patterns.of(cues).job_nouns
    while len(words) > 2 and (words[0] in cues.honorifics or words[0].casefold() in jobs):
        del words[0]
    return " ".join(words)


def _bio_name(text: str, cues: Cues) -> str | None:
    if len(text) > 2 and text[0] in "*_" and text[-1] == text[0] and text[1] not in "*_ ":
        text = text[1:-1]  # "*Jane Doe is a senior fellow at ...*"
    elif text[:1] == "*":
        text = text.lstrip("* ")
    if len(text) <= _PROFILE_LENGTH and (profile := _NAME_AND_READING.match(text)) is not None:
        return profile["name"]  # a Japanese writer's profile: the name, its reading in kana, then the post
    if opens_with_dateline(text):
        return None  # "LONDON \u2014 A correspondent said ...": a report's first paragraph, its place for a name
    patterns = Patterns.of(cues)
    bio, bio_verb = patterns.bio.match(text), patterns.bio_verb.match(text)
    # "Jane Doe is Associate Professor of Politics at ...", as academics write it: the title, no article
    titled = patterns.titled_bio.match(text) if bio is None else None
    if (bio is None and bio_verb is None and titled is None) or word_count(text, 90) > 90:
        return None
    if (
        bio is not None
        and bio["name"].split()[0] not in cues.not_names
        # "Jane Roe est journaliste", "... ist freie Journalistin": without an article, the trade follows the verb
        and (
            bio["degrees"]  # (whatever her trade: "Jane Roe, R.N., is a charge nurse ...")
            or (
                (role := patterns.bio_role.search(bio["rest"])) is not None
                and (bio["copula"] is None or _trade_after_verb(bio["rest"], role))
            )
        )
        # "Jane Roe \u2013 a lawyer for the family \u2013 filed ...": dashes around an aside, no bio's
        and not (bio["copula"] in _DASHES and any(dash in bio["rest"] for dash in _DASHES))
    ):
        return bio["name"]
    if titled is not None and titled["name"].split()[0] not in cues.not_names:
        return titled["name"]
    # "Jane Doe writes for ...", "Jane Doe, a former diplomat, covers ..."
    if bio_verb is not None and bio_verb["name"].split()[0] not in cues.not_names and "." in text[bio_verb.end() :]:
        return bio_verb["name"]  # a sentence: "Medical News covers all research" without a full stop is a slogan
    return None


# A name in kanji (or katakana), its reading in kana in brackets, then a wide space and what they do, as a
# Japanese paper sets a writer's profile: "\u4f50\u85e4\uff08\u3055\u3068\u3046\uff09\u3000\u8a18\u8005\u3002".
# (The body gives a reading too, but then an honorific or an age: "...\uff09\u3055\u3093", "...\uff09\uff0872\uff09".)
_NAME_AND_READING = re.compile(
    r"(?P<name>[\u3005\u4e00-\u9fff\u30a0-\u30ff]{2,10})[\uff08(][\u3040-\u30ff\s]{2,24}[\uff09)]"
    r"[\u3000 ]+[^\s\u3055(\uff08]"
)
_PROFILE_LENGTH = 300  # characters


def _trade_after_verb(rest: str, role: re.Match[str]) -> bool:
    """Whether *role*, found in the *rest* of a sentence after a verb "to be" with no article, is the trade it names.

    It stands within two words of the verb ("ist seit 2019 Redakteurin"), is a word of its own
    ("Member-owned" is none), and a trade in capitals ends there: "Next Monday is Editor Day" names a day.
    """
    after = rest[role.end() :].split(maxsplit=1)
    return (
        len(rest[: role.start()].split()) <= _TRADE_AFTER
        and not rest[role.end() :].startswith("-")
        and not (role[0][:1].isupper() and after and after[0][:1].isupper())
    )


def writer_bio(text: str, writers: Collection[str], cues: Cues) -> str | None:
    """Which of the article's *writers* (case-folded names) *text* is the bio of, or ``None``.

    A sentence that says who the article's own writer, a person (not an agency nor a desk), is now
    ("Jane Roe is a retired surveyor and ..."), or the line of their name and post ("Jane Roe, Senior
    Lecturer in Law, Harbour University"), is their bio whatever their trade: :func:`bio_name` needs a
    job it knows, as it reads a bio of anyone, where the writer's name alone tells whose this is.
    """
    if not writers or word_count(text) > 90:
        return None
    # (her title in sentence case too, as French sets it: "Jane Roe, Ma\u00eetresse de conf\u00e9rences en droit, ...")
    if (name := name_line(text, cues) or name_title_and_place(text, cues)) is not None:
        return name if name.casefold() in writers else None
    if (name := writer_opening(text, writers)) is not None:
        after = text.index(name) + len(name)
        if uncased(name):
            # "سلمى حداد صحفية أردنية ...", "이서연 작가는 ...", "陈静，自由撰稿人 ...": in a script without capitals,
            # the writer's own name, then her trade among the next two words
            trade = Patterns.of(cues).uncased_trade
            words = text[after:].split(maxsplit=2)[:2]
            return (
                name if text.endswith(_SENTENCE_ENDS) and any(trade.match(w.lstrip(",\uff0c")) for w in words) else None
            )
        if _JOINED.match(text, after):
            # "Jane Roe joined the Ledger in 2021 after ...": when the writer came to the newsroom, as a staff card
            # says, or since when she has done her work ("... has written its money column since 2017.")
            return name if text.endswith(_SENTENCE_ENDS) else None
    bio = Patterns.of(cues).bio.match(text)
    if bio is None or bio["copula"] is not None or " ".join(bio["name"].split()).casefold() not in writers:
        return None  # (a verb "to be" without an article is a sentence of any kind: "Jane Roe est partie")
    if _not_a_person(bio["name"], cues):
        return None  # a bio is a person's: "Reuters is the agency ..." under an agency's copy is the body's
    if not _IS_NOW.match(text, bio.end("name")):
        return None  # what she is, not what she did: "Jane Roe was the last to leave the pier" tells the story
    return bio["name"] if "." in text[bio.end("name") :] else None


def uncased(text: str) -> bool:
    """Whether *text* holds no letter of a script with capitals: "李华", "سلمى حداد", but not "Jane Roe"."""
    return text.lower() == text.upper()


# How a sentence ends: in Latin letters, in Chinese and Japanese, in Devanagari
_SENTENCE_ENDS = (".", "!", "?", "\u3002", "\uff01", "\uff1f", "\u0964")


def writer_opening(text: str, writers: Collection[str]) -> str | None:
    """The one of the article's *writers* (case-folded names) that a line of *text* opens with, as it is written.

    A bio that markup names as one says whose it is with the name it opens with, in any language
    ("Ingrid Haugen er fastlege ..."), perhaps after a bullet, an article or a title ("* Jane Roe",
    "\u0397 \u039c\u03b1\u03c1\u03af\u03b1 ...", "Dr. Jane Roe"), on its first line or under a label
    ("About the author").
    """
    for line in text.split("\n", 2)[:2]:
        for opening in _BIO_OPENINGS:
            if (found := opening.match(line)) is None:
                continue
            start = found.end()
            for writer in writers:
                end = start + len(writer)
                if line[start:end].casefold() == writer and not line[end : end + 1].isalnum():
                    return line[start:end]
    return None


# Where a writer's name may open a line of a bio: after marks alone, or a word of two letters at most ("Dr.", "Η")
_BIO_OPENINGS = (re.compile(r"[\W_]*"), re.compile(r"[\W_]*\w{1,2}\.?\s+"))


def _not_a_person(name: str, cues: Cues) -> bool:
    """Whether a writer's *name* is an agency's ("Reuters", "The Associated Press") or a desk's ("Metro Staff")."""
    patterns = Patterns.of(cues)
    return (
        name in cues.agencies
        or patterns.agency_word.search(name) is not None
        or name.rsplit(maxsplit=1)[-1].casefold() in patterns.desk_words
    )


# The verb of a sentence that says who someone is now, after the name: "Jane Roe (@jroe) is ...".
# What she is now: "is", "serves as", or has been for years ("Jane Roe has been a piano tuner for thirty years")
_IS_NOW = re.compile(r"(?:\s\([^()\n]{1,60}\))?\s(?:is|serves\sas|has\sbeen)\s")
# (or since when she has done her work: "Jane Roe has written the Ledger's money column since 2017", "... has
# reviewed cars for the Courier since 2011")
_JOINED = re.compile(r"\s(?:joined|came\sto|has\s[a-z]+)\s[^.!?\n]{1,60}?\s(?:in|since)\s(?:19|20)\d\d\b")


_DASHES = ("\u2014", "\u2013")  # the dash a Russian sentence says "is" with: "Ирина Волкова \u2014 корреспондент"


# Words between a verb "to be" of :attr:`~newsdoc.Cues.bio_copulas` and the trade it names: "ist seit 2019 Redakteurin";
# further on, the trade is another's ("Paris est une ville de correspondants", "... del puerto, dijo el redactor").
_TRADE_AFTER = 2


def post_line(text: str, cues: Cues) -> bool:
    """Whether *text* is a post and where it is held, and nothing else: "Senior Lecturer in Law, Harbour University".

    Under an opinion piece whose byline names its writer, the line of her post alone is her bio, as
    Portuguese and Spanish papers close one ("Professora de Ciência Política na Universidade de X"):
    a job (:attr:`~newsdoc.Cues.bio_roles`) among its first three words, capitalised up to it, an
    institution (:attr:`~newsdoc.Cues.institutions`), fifteen words at most, and no sentence.
    """
    words = text.split()
    if not 2 < len(words) <= _POST_WORDS or _SENTENCE_BREAK.search(text.rstrip(".")) or text.endswith(("?", "!")):
        return False
    nouns = Patterns.of(cues).job_nouns
    job = next((i for i, word in enumerate(words[:3]) if word.rstrip(",").casefold() in nouns), None)
    return (
        job is not None
        and all(word[0].isupper() for word in words[: job + 1])
        and Patterns.of(cues).institution.search(text) is not None
    )


_POST_WORDS = 15


def name_line(text: str, cues: Cues) -> str | None:
    """Whom a line of a name and what they do is about: "Jane Roe, Associate Professor of Law, Harbour University".

    A writer's line after the body, as a republished piece sets it: a name, a comma (or a bar or a
    dash), then words with a job (:attr:`~newsdoc.Cues.bio_roles`) or an institution; a dozen words
    at most, and no sentence. ("NFL Scores | Expert Picks | Odds": links parted by bars are a menu.)
    No number and no "by": a review's line of the book it reviews ("The Salt Road, by Jane Roe,
    Harbour University Press, £20") or a listing ("Spring Concert, Harbour Chapel, 7pm") is none.

    Returns:
        The name, or ``None`` when *text* is no such line.
    """
    if (
        text.count("|") > 1
        or "\n" in text
        or text.endswith(".")
        or word_count(text, _NAME_LINE_WORDS) > _NAME_LINE_WORDS
        or " by " in text
        or any(map(str.isdigit, text))
    ):
        return None
    if (match := _NAME_LINE.match(text)) is None or text.split(None, 1)[0] in cues.not_names:
        return None
    patterns = Patterns.of(cues)
    if not (patterns.institution.search(match["rest"]) or patterns.bio_role.search(match["rest"])):
        return None
    return text[: match.start("rest")].rstrip(" ,|-\u2013\u2014")


_NAME_LINE = re.compile(
    r"\A[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,3}\s*(?:,|\||\u2013|\u2014|\s-)\s*(?P<rest>\S.*)\Z"
)
_NAME_LINE_WORDS = 12


def contact_line(text: str, cues: Cues) -> bool:
    """Whether *text* gives contact details: an address, a handle, "Follow her on Twitter"."""
    return Patterns.of(cues).contact.search(text[:500]) is not None


def without_address(text: str) -> str:
    """*text* without its last line when that is an e-mail address alone, as a template sets a writer's under her name.

    "Jane Roe" over "jane.roe@example.org" gives "Jane Roe"; any other text comes back as it is.
    """
    over, _, under = text.rpartition("\n")
    alone = over and len(under) <= _MAIL_ADDRESS_LENGTH and _MAIL_ADDRESS.fullmatch(under.strip()) is not None
    return over if alone else text


_MAIL_ADDRESS_LENGTH = 100  # characters


def contribution_line(text: str, cues: Cues) -> bool:
    """Whether *text* is the line under a story that credits who else worked on it.

    "Jane Roe in Kyiv contributed to this report.", "Jane Roe contributed reporting from Kyiv.": a
    :attr:`~newsdoc.Cues.contribution_phrases` phrase after a name in its sentence (two capitalised
    words in a row), and no more after it than where ("from Kyiv, and John Doe from Moscow"), in a
    line of three sentences at most ("Roe reported from London. John Doe in Oslo contributed to this
    report."). Or "\u2014 With assistance from Jane Roe": a :attr:`~newsdoc.Cues.contribution_openers`
    phrase, names alone after it, perhaps in brackets ("(With inputs from Harbour Wire)"). Or an agency's
    sign-off: the writer's initials and the agency ("jro/dpa"), or a dash and the agency's name with its
    initials ("\u2013 Harbour Press Agency (HPA)"), or the agency and its writer's and editor's initials
    ("HPA jro/mdl"); or the desk's codes alone, parted by two slashes ("JRO // MDL") or by one ("bsk/vd"). Not a
    sentence of the body: "Jane Roe, who contributed research to the study, said ...", "With assistance from the
    county, ...".
    """
    if len(text) > _CONTRIBUTION_LENGTH:
        return False
    patterns = Patterns.of(cues)
    if (opener := patterns.contribution_opener.match(text)) is not None:
        # names, each perhaps with where it was written: "Jane Roe in Kyiv and John Doe"
        names = opener["names"]
        parts = [_REPORTED_FROM.sub("", name) for name in patterns.names_break.split(names)]
        return len(names.split()) <= _CONTRIBUTION_NAMES and all(
            part and (_named(part) or patterns.agency.fullmatch(part))
            for part in parts  # "Mit Material der dpa"
        )
    if len(text) <= _SIGN_OFF and (
        _agency_sign_off(text, patterns)
        or _initialled_agency(text, patterns)
        or _dashed_agency(text, patterns)
        or _DESK_CODES.fullmatch(text)
        or _desk_initials(text)
    ):
        return True
    if (found := patterns.contribution.search(text)) is None:
        return False
    if word_count(text) > _CONTRIBUTION_WORDS or len(_SENTENCE_BREAK.findall(text)) > _CONTRIBUTION_SENTENCES:
        return False
    if (end := _SENTENCE_BREAK.search(text, found.end())) and "?" in end.group():
        return False  # a question: "Which Harbour Council members contributed research?"
    opening = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, found.start())), default=0)
    words = text[opening : found.start()].split()
    named = any(a[0].isupper() and b[0].isupper() for a, b in itertools.pairwise(words))
    # What its sentence says after the phrase: where ("from Kyiv, Ukraine, and John Doe from Moscow"), no more
    sentence, *after = _SENTENCE_BREAK.split(text[found.end() :], 1)
    rest = re.findall(r"[^\W\d_][\w'\u2019.-]*", sentence)
    placed = all(word[0].isupper() or word in _LINKS or word == "in" for word in rest) or (
        rest[:1] == ["from"] and len(rest) <= _PLACE_WORDS and "," not in sentence  # "from the outer islands."
    )
    # and the line's last sentence: one after it goes on with the body ("... contributed research. The findings ...")
    last = not "".join(after).strip()
    return named and placed and last and len(words) <= _CONTRIBUTION_NAMES


_PLACE_WORDS = 5  # "from" and where, in words: "from the outer islands"


def _capitals_byline(text: str, cues: Cues) -> tuple[str, ...] | None:
    """The authors of a byline set in capitals, as a template's style or a page writes one: "BY JANE ROE AND JOHN DOE".

    Read as written in title case, its joining words in lower case; each name a person's ("BY THE
    NUMBERS" heads a section), returned in title case.
    """
    cased = _title_cased(text, {joiner.casefold() for joiner in cues.name_joiners})
    if cased.isupper() or (found := byline_authors(cased, cues)) is None:
        return None
    return found if all(is_name(name, cues) for name in found) else None


_LETTERS = re.compile(r"[^\W\d_]+")


def _agency_sign_off(text: str, patterns: Patterns) -> bool:
    """Whether *text* is the sign-off under an agency's story, the writer's initials and the agency: "jro/dpa".

    Or the agency, then the initials of whom it names: "HPA jro/mdl".
    """
    if "/" not in text:
        return False
    agency, _, initials = text.partition(" ")
    if initials and patterns.agency.fullmatch(agency) and all(map(_INITIALS.fullmatch, initials.split("/"))):
        return True
    if (match := _INITIALS_AGENCY.match(text)) is None:
        return False
    parts = match["parts"].split("/")
    agencies = sum(patterns.agency.fullmatch(part) is not None for part in parts)
    return 0 < agencies < len(parts) and all(
        _INITIALS.fullmatch(part) or patterns.agency.fullmatch(part) for part in parts
    )


def _initialled_agency(text: str, patterns: Patterns) -> bool:
    """Whether *text* is a dash, an agency's name and its initials: "\u2013 Harbour Press Agency (HPA)".

    The name says it is an agency's (:attr:`~newsdoc.Cues.agency_words`): a list's dashed items name other
    bodies so too ("\u2013 Harbour Police Service (HPS)", "- World Health Organization (WHO)").
    """
    if not text.endswith(")") or (match := _INITIALLED_AGENCY.match(text)) is None:
        return False
    if patterns.agency_word.search(match["name"]) is None:
        return False
    return "".join(word[0] for word in match["name"].split() if word[0].isupper()) == match["initials"]


def _dashed_agency(text: str, patterns: Patterns) -> bool:
    """Whether *text* is a dash and an agency's name alone, as a wire's story is signed under it: "\u2014 Reuters".

    Written in capitals too ("-- HARBOUR WIRE"): the agency's name as :attr:`~newsdoc.Cues.agencies` gives it;
    or its initials alone, as papers sign the copy of an agency no one here knows: "\u2014 HPA".
    """
    if (match := _DASHED_NAME.match(text)) is None:
        return False
    name = match["name"]
    if _AGENCY_INITIALS.fullmatch(name) is not None:
        return text[:2] == "--" or text[:1] != "-"  # (after one hyphen, a list's item: "- FAQ")
    return any(patterns.agency.fullmatch(name) for name in (name, name.title()))


_AGENCY_INITIALS = re.compile(r"[A-Z]{2,5}")
_DESK_CODES = re.compile(r"[A-Z]{2,4}(?:\s*//\s*[A-Z]{2,4})+")  # "JRO // MDL": who wrote it, who edited it


def _desk_initials(text: str) -> bool:
    """Whether *text* is the initials of the desk's writer and editor alone, a slash between them: "bsk/vd".

    In brackets, or after the agency's code in them: "(frs/dan)", "(AFI) red/mc". Initials, not words
    ("pier/dock", "and/or"): some in lower case, some with no vowel.
    """
    if (match := _SLASHED_INITIALS.fullmatch(text)) is None:
        return False
    codes = match["codes"].split("/")
    return any(map(str.islower, codes)) and any(_VOWEL.search(code) is None for code in codes)


_SLASHED_INITIALS = re.compile(r"(?:\([A-Z]{2,6}\)\s)?\(?(?P<codes>[A-Za-z]{2,5}(?:/[A-Za-z]{2,5}){1,3})\)?")
_VOWEL = re.compile(r"[aeiouy]", re.I)


_DASHED_NAME = re.compile(r"\A(?:[\u2014\u2013]|-{1,2})\s*(?P<name>[^\W\d_][\w&.'\u2019 -]{0,40}?)\s*\Z")


# The sign-off of an agency's story: the writer's initials and the agency's name, parted by slashes, perhaps in
# brackets ("jro/dpa", "(dpa/jro)"); or a dash, then the agency's name and its initials: "- Harbour Press Agency (HPA)".
_SIGN_OFF = 80  # characters
_INITIALS = re.compile(r"[a-z]{2,4}")
_INITIALS_AGENCY = re.compile(r"\A\(?(?P<parts>[^\s/()]+(?:/[^\s/()]+)+)\)?\Z")
_INITIALLED_AGENCY = re.compile(
    r"\A[\u2014\u2013-]\s*(?P<name>[A-Z][\w'\u2019.-]*(?:\s(?:[A-Z][\w'\u2019.-]*|of|the|for|and)){1,6})"
    r"\s\((?P<initials>[A-Z]{2,6})\)\Z"
)
_CONTRIBUTION_LENGTH = 400  # characters: the line is a sentence or two
_CONTRIBUTION_WORDS = 60
_CONTRIBUTION_SENTENCES = 3
_CONTRIBUTION_NAMES = 15  # words: the names, their jobs ("Meridian Press writer") and where they were
# Where a sentence ends: not after an initial ("J. Roe").
# (not the dot of an initial, nor of a title cut to two letters: "J. Roe", "Dr. Roe")
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])[.!?]+(?:\s+|\Z)")


def is_byline_prefix(text: str, cues: Cues) -> bool:
    """Whether *text* is a byline's prefix alone ("By", "Words by:"), as a byline with a link writes it."""
    text, patterns = text.rstrip(":"), Patterns.of(cues)
    # A longer text is none, and is not case-folded to tell: folding never shortens a text.
    return len(text) <= patterns.byline_prefix_length and text.casefold() in patterns.byline_prefixes


# Lynx and w3m number each link before its words: "[16]Jane Roe", "[8][IMG]"
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=\w|\[)")


def unnumbered(text: str) -> str:
    """*text* without the numbers a text browser sets before each link's words: "By [16]Jane Roe" is "By Jane Roe"."""
    return _LINK_NUMBER.sub("", text) if "]" in text else text


def link_line(text: str) -> bool:
    """Whether *text* is a text browser's line of links and nothing else: "[1]Home [2]News", "[1]Skip to content".

    Lynx and w3m number each link before its words; a menu's items are a few words each.
    """
    return text.lstrip()[:1] == "[" and _LINK_ITEMS.fullmatch(text) is not None


_LINK_ITEMS = re.compile(r"(?:\s*\[\d{1,4}\][^\[\n]{1,40}?)+\s*")


def file_link(text: str) -> bool:
    """Whether *text* is a link to a file that says the file's kind and size: "Download the full report (PDF, 1.2 MB)".

    A page writes them after the link's words, so that the reader knows what the click fetches; a
    line of a few words and no sentence (a sentence ends before its last bracket, or has none).
    """
    return text.endswith((")", "]")) and _FILE_LINK.fullmatch(text) is not None


# A few words without a sentence's end, then the file's format and its size in brackets: "(PDF, 1.2 MB)", "[DOCX 80KB]";
# or the format among the words, the size alone in brackets: "Download PDF (1.2 MB)"
_FILE_KINDS = r"(?i:pdf|docx?|xlsx?|pptx?|odt|epub|csv|zip)"
_FILE_LINK = re.compile(
    rf"[^\n.!?]{{1,120}}?\s[(\[]{_FILE_KINDS}[,;:]?\s*\d[\d.,]*\s?(?i:[kmg]i?b)[)\]]"
    rf"|[^\n.!?]{{0,60}}?\b{_FILE_KINDS}\b[^\n.!?]{{0,60}}?\s[(\[]\d[\d.,]*\s?(?i:[kmg]i?b)[)\]]"
)


def link_reference(text: str) -> bool:
    """Whether *text* is one of the numbered addresses a text browser lists under the page: "12. https://...".

    Lynx and w3m end a page's text with its links' addresses, each after the number set before the link's words.
    """
    return "://" in text and _LINK_REFERENCE.fullmatch(text) is not None


_LINK_REFERENCE = re.compile(r"\s*(?:\d{1,4}\.|\[\d{1,4}\])\s+[a-z][a-z0-9+.-]*://\S+\s*")


def menu_row(text: str) -> bool:
    """Whether *text* is a site's menu set as one line: three items or more of a word to three, and no number.

    Bars, dots or the spaces between columns part them: "News | World | Climate", "News  World
    Climate", "Home \u00b7 Local \u00b7 Sport". A byline's fields ("Jane Roe | May 3, 2024 | 5 min read")
    hold a number.
    """
    if len(text) > _MENU_ROW_CHARS or any(map(str.isdigit, text)):
        return False
    items = _MENU_ITEMS.split(text.strip())
    return len(items) >= _MENU_ITEMS_LEAST and all(
        0 < len(item.split()) <= _MENU_ITEM_WORDS and not item.endswith(SENTENCE_CLOSES) for item in items
    )


_MENU_ITEMS = re.compile(r"\s*[|\u00b7\u2022]\s*|\s{2,}")
_MENU_ITEMS_LEAST = 3
_MENU_ITEM_WORDS = 3
_MENU_ROW_CHARS = 300


def host_line(text: str) -> bool:
    """Whether *text* is a site's host name and nothing else: "harbour.example", "www.harbour-news.co.uk"."""
    return "." in text and _HOST.fullmatch(text) is not None


_HOST = re.compile(r"\s*(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\s*")


def _capitals_alone(name: str) -> str:
    """The words in capitals that open *name*, two or more, when a word in title case follows: "JANE ROE Staff Writer".

    Wire copy sets the writer's name in capitals, then her post or her agency's name as words are written.
    """
    words = list(_WORD_RUN.finditer(name))
    caps = sum(1 for _ in itertools.takewhile(lambda word: word[0].isupper(), words))
    if caps >= _CAPITALS_NAME and caps < len(words) and words[caps][0][:1].isupper():
        return name[: words[caps - 1].end()]
    return name


_WORD_RUN = re.compile(r"\S+")
_CAPITALS_NAME = 2
# The full stop after a name, not an initial's: "Jane Roe. Photographs by ...", "Jane Roe."
_NAMES_END = re.compile(r"(?<=[^\W\d_]{2})\.(?:\s+|\Z)")


def _names_stop(names: str, cues: Cues) -> str:
    """*names* up to the full stop that ends them, not a title's: "Jane Roe" of "Dr. Jane Roe. Photographs by ..."."""
    for stop in _NAMES_END.finditer(names):
        if f"{names[: stop.start()].rsplit(None, 1)[-1]}." not in cues.honorifics:
            return names[: stop.start()]
    return names


def staff_line(text: str, cues: Cues) -> bool:
    """Whether *text* is the line that closes wire copy with its staff: "Reporting by Jane Roe; Editing by John Doe".

    Two credits or more, parted by semicolons, the first a byline's prefix of more words than "By";
    in brackets too. It signs the story from under it: no headline stands over it.
    """
    text = text.strip().removeprefix("(").removesuffix(".").removesuffix(")")
    match = Patterns.of(cues).byline.match(text) if ";" in text else None
    return match is not None and len(text[: match.start("names")].split()) > 1


def byline_authors(text: str, cues: Cues) -> tuple[str, ...] | None:
    """The authors of a byline line ("By Jane Doe and John Roe"), or ``None``."""
    patterns = Patterns.of(cues)
    if (titled := patterns.titled_name.match(text)) is not None and (
        titled.end() == len(text) or _dateline(text[titled.end() :], cues) is not None
    ):
        # "김민수 기자", "김민수 기자 kim@example.org": the name, the post after it, perhaps the dates run on
        return (titled["name"],)
    if signed_in_brackets(text):
        return _signers(text[1:-1], cues)
    if "\n," in text or "\n;" in text:  # "By Jane Doe" / "," / "Example News", as a scraper breaks a link
        text = _LONE_MARK.sub(r"\1 ", text)
    if "\n" in text:  # "By " / "Jane Doe" / " and " / "John Roe": the same, the word that joins them alone
        text = patterns.lone_joiner.sub(r" \1 ", text)
    if (plain := unnumbered(text)) != text:
        return byline_authors(plain, cues)  # "By [16]Jane Roe": a text browser numbers each link it shows
    if text.startswith("(") and text.endswith((")", ").")) and text.count("(") == 1:
        # "(Reporting by Jane Roe; Editing by John Doe)": wire copy closes the story with its staff line in brackets
        return byline_authors(text[1 : text.rindex(")")], cues)
    if text.isupper() and len(text) <= _SIGNED_LENGTH:
        return _capitals_byline(text, cues)
    first, newline, rest = text.partition("\n")
    if newline and _dated(rest.rsplit("\n", 1)[-1].strip()) and (signed := byline_authors(first, cues)):
        # "By Jane Roe, Staff Reporter", then "Tuesday, May 3, 2024" on a line of its own, perhaps a line of who
        # helped between ("Data analysis by John Doe")
        return signed
    match = patterns.byline.match(text)
    if match is not None and (titled := patterns.titled_name.fullmatch(match["names"])) is not None:
        return (titled["name"],)  # "By 김민수 기자", as a page's metadata may write it
    if (
        match is not None
        and uncased(match["names"][:1])
        and len(match["names"]) <= _FIELDED_BYLINE
        and uncased(names := _writers_field(match["names"], patterns))
    ):
        # "글=이서연", "本报记者 李华 通讯员 张强"; perhaps its other fields after a bar, or an editor's credit:
        # "लेखक: सुनीता राव | Edited by: ..."
        return _uncased_writers(names, cues)
    if match is not None and match["mark"] not in (None, ":", "\uff1a"):
        match = None  # "Text/Photos: Jane Roe": with capitals, a label's mark is a colon
    if match is None or not match["names"][0].isupper():  # a capital in any script: "By Émile Roux", "By Лида Рой"
        if (dated := _dated_then_signed(text, cues)) is not None:
            if dated[1][:1].islower():
                return (dated[1],)  # "Posted on May 3, 2024 by ilsa": the user name the blog signs with
            return byline_authors(f"By {dated[1]}", cues)  # "Posted on May 3, 2024 by Jane Roe"
        return _signed(text, cues) or _slashed(text, cues) or _after_field(text, cues)
    if _WHEN.match(match["names"]):
        return None  # "By Monday, the council had voted": a sentence that opens with when, not who
    # "By Jane Roe | March 3, 2021 | Politics", "By Jane Roe · March 3, 2021": what follows a bar or a dot
    # is the byline's other fields; "Reported by Jane Roe, Edited by John Doe": an editor's credit after the
    # writers names no author; nor does her outlet or her post after a spaced slash: "By Jane Roe / Harbour
    # Voices", "Por Juana Roa / Agencia Sur"
    names = _writers_field(match["names"], patterns).split(" / ", 1)[0]
    if names.endswith(")"):
        # "By Jane Roe (Kyiv)", "Par Jeanne Roux (Lyon, envoyée spéciale)": where she wrote from, or what
        # she is, in brackets after the names
        names = _BRACKETED_AFTER_NAMES.sub("", names)
    prefix = len(text[: match.start("names")].split())
    if prefix > 1:
        # "Reporting by Jane Roe; Editing by John Doe", as wire copy credits its staff: the
        # reporters are the authors. (Not after a bare "By": a sentence may hold a semicolon.) And so a
        # magazine's: "Words by Jane Roe. Photographs by John Doe."
        names = _names_stop(names.split(";", 1)[0], cues).strip()
    elif ";" in names and (affiliated := _affiliated(names, cues)) is not None:
        return affiliated
    if prefix + len(names.split()) > 14:
        return None
    # "Posted by Jane Roe on November 19, 2019": when it was posted is no part of the names.
    names = _POSTED_ON.split(names, 1)[0]
    names = patterns.date_field.split(names, 1)[0]
    if (run_in := _run_in_date(names, patterns)) is not None:
        names = names[: run_in[0]]  # "By Jane Roe Monday, May 13, 2024": the date after the names
    if (stamp := _NUMERIC_STAMP.search(names)) is not None:  # "By Jane Roe 2024-05-13T10:15Z": a machine's stamp
        # after her; its weekday before it ("Tue, 01/09/2024") unless that leaves no whole name ("By Lena Sun, 05/03")
        day = stamp.start("day") >= 0 and not _whole_name(names[: stamp.start()], patterns)
        names = names[: stamp.end()].rstrip(" ,.") if day else names[: stamp.start()]
    # "By Jane Roe in Kyiv and John Doe in Moscow", "By Jane Roe (Kyiv) and John Doe (Odesa)", "By Jane Roe at
    # the Harbour Stadium" (a match report's): where each reported from is no part of the name; nor, after a
    # comma, where the byline says she wrote from, in French, Spanish and Portuguese ("Par Jeanne Roux, à Agen",
    # "Por Ana Ruiz, en Sevilla")
    names = _FILED_FROM.sub("", names)
    split = [
        _REPORTED_FROM.sub("", _BRACKETED_AFTER_NAMES.sub("", name.strip()) if ")" in name else name)
        for name in patterns.names_break.split(names)
    ]
    # "By JANE ROE Associated Writer": a name in capitals, then her post or her agency's name as words are written
    split = [_capitals_alone(name) for name in split]
    # "By Jane Roe*": the mark that points to her note under the piece, as an opinion page or a journal sets it
    split = [name.rstrip(_NOTE_MARKS) for name in split]
    if any(map(_clause, names.split(","))):
        return None  # "By Ferry, the trip takes an hour.": a clause in lower case, so a sentence
    if text[: match.start("names")].strip(" :*+\u2022\u00b7") in cues.sentence_prefixes:
        kept = _before_fields(names, split, patterns)
        if len(kept) < len(split) and all(map(_names_alone, kept)):
            # "Von Jane Roe, Hafenstadt", "Av Jane Roe, journalist": where she wrote from, or her trade, after a
            # comma; and where she holds it after another ("Av Jane Roe, docent i historia, Varns universitet")
            split = kept
        elif not all(map(_names_alone, split)):
            return None  # "Von Anfang an war klar", "Por Vigo y Cangas pasan ...": a sentence, no byline
    elif len(split) > 1 and len(split[-1].split()) == 1 and _place_after_comma(names, split[-1], patterns):
        split = split[:-1]  # "By Jane Roe, Lagos": one word is no one's whole name, but where she wrote from
    people = tuple(person for name in _past_posts(split, patterns) if (person := _person(name, cues)))
    return people or tuple(name for name in map(str.strip, split) if name and not _dated(name))  # "By AP": who there is


def _before_fields(names: str, split: list[str], patterns: Patterns) -> list[str]:
    """The comma's fields of a byline's *names* (*split*) before those that say where she wrote, her trade or where.

    "Hafenstadt", "journalist", "docent i historia", "Varns universitet": each last field that is one is cut.
    """
    kept = split
    while (
        len(kept) > 1
        and (
            _place_after_comma(names, kept[-1], patterns)
            or _trade(kept[-1], patterns)
            # (the Nordic languages write its noun in lower case after whose it is: "Lunds universitet")
            or patterns.institution.search(" ".join(word[:1].upper() + word[1:] for word in kept[-1].split()))
        )
    ):
        kept = kept[:-1]
    return kept


def _after_field(text: str, cues: Cues) -> tuple[str, ...] | None:
    """The authors of the byline in *text* after a field a template sets before it, or ``None``.

    A column's or a section's name of a few words, or the date: "Money Clinic | By Jane Roe | May 3,
    2024", "May 3, 2024 · By Jane Roe".
    """
    if len(text) > _FIELDED_BYLINE or (found := _BYLINE_FIELD.search(text)) is None:
        return None  # (a line's length: the search is not linear in a long run of spaces)
    field, rest = text[: found.start()], text[found.end() :]
    if (
        Patterns.of(cues).byline.match(rest) is not None
        and "\n" not in field
        and (_dated(field) or (0 < len(field.split()) <= _LABEL_FIELD_WORDS and field[:1].isupper()))
        and not field.rstrip().endswith((".", "!", "?", ","))
    ):
        return byline_authors(rest, cues)
    return None


_LABEL_FIELD_WORDS = 4  # "Letters to the Editor"
_FIELDED_BYLINE = 200  # characters at most of a byline's row, the fields before and after it too


def _trade(text: str, patterns: Patterns) -> bool:
    """Whether *text*, after a comma in a byline, is the writer's trade: "journalist", "journaliste sant\u00e9".

    Its noun a job's, the last word as English sets it or the first as French, Spanish, Italian and
    Portuguese do ("periodista de econom\u00eda"), in a few words.
    """
    words = text.casefold().split()
    return 0 < len(words) <= _TRADE_WORDS and (words[0] in patterns.job_nouns or words[-1] in patterns.job_nouns)


_TRADE_WORDS = 6  # "periodista de medio ambiente", "enviada especial a Porto Novo"


def _past_posts(names: list[str], patterns: Patterns) -> Iterator[str]:
    """The *names* of a byline but words alone right after a writer's post: the post's unit, no one's name.

    "By Jane Roe, Senior Fellow, Energy and Climate Program", "..., Research Fellow, Security and
    Defence": a think tank's byline names her post, then the programme she works in, which the word
    "and" parts as it parts two writers.
    """
    post = False
    for at, name in enumerate(names):
        words = name.split()
        unit = post and len(words) == 1
        # ... or before it: "By Jane Roe, Health and Courts Correspondent", the post's first field
        field = len(words) == 1 and at + 1 < len(names) and _ends_in_job(names[at + 1], patterns)
        if not (unit or field):
            yield name
        post = unit or _ends_in_job(name, patterns)


def _ends_in_job(name: str, patterns: Patterns) -> bool:
    """Whether *name*'s last word is a job's noun: "Courts Correspondent"."""
    words = name.split()
    return bool(words) and words[-1].casefold() in patterns.job_nouns


def _writers_field(names: str, patterns: Patterns) -> str:
    """The writers' field of a byline's *names*, without the fields after a bar or a dot, nor an editor's credit."""
    return patterns.editor_after.split(_BYLINE_FIELD.split(names, 1)[0].strip(), 1)[0]


def _uncased_writers(names: str, cues: Cues) -> tuple[str, ...] | None:
    """The writers a byline names after its label in a script without capitals, or ``None``.

    No capital tells a name there, so the line's shape must: names alone, each a word of Chinese,
    Japanese or Korean letters ("李华 张强") or one to four words of another script ("سلمى حداد"),
    parted by spaces or by commas, and a label before each field of them: "李华 通讯员 张强" names
    two writers, the second the paper's correspondent; "陈静　摄影｜刘洋" one, and who took the
    pictures (a credit's label: :attr:`~newsdoc.Cues.credit_labels`). The desk in brackets after the
    last name is none: "文・森下彩花（くらし報道部）"; nor is her paper and post before her name, a word that
    ends with the post (:attr:`~newsdoc.Cues.titles_after_names`): "文/东江日报记者 李华". A Japanese line (its
    kana tell it) sets one name's two parts apart: "取材・文：高橋 美咲（スポーツ部）" names one writer.
    """
    japanese = _KANA.search(names) is not None
    names = _DESK_AFTER.sub("", names)
    patterns = Patterns.of(cues)
    labels = list(patterns.byline_field.finditer(names))
    # each field: whether a writer's label opens it (the line's first, after the byline's own), where it starts, ends
    fields = zip(
        [True, *(label["writer"] is not None for label in labels)],
        [0, *(label.end() for label in labels)],
        [*(label.start() for label in labels), len(names)],
        strict=True,
    )
    writers: list[str] = []
    for writer, start, end in fields:
        parts = _NAME_COMMAS.split(names[start:end].strip())
        if all(_UNSPACED_NAMES.fullmatch(part) for part in parts):
            parts = [name for part in parts for name in ([part] if japanese and _SPACED_PARTS(part) else part.split())]
            posts = [name for name in parts if name.endswith(cues.titles_after_names)]
            parts = [name for name in parts if name not in posts] if len(posts) < len(parts) else parts
        elif not all(_SPACED_NAME.fullmatch(part) for part in parts):
            return None  # "记者走访发现，..." is a sentence; "李华 摄" a picture's credit
        elif len(parts) > 1 and " " not in parts[-1] and all(" " in part for part in parts[:-1]):
            parts = parts[:-1]  # "रिपोर्ट: दिनेश कुमार मीणा, कोटा": a word after the names is where she wrote from
        if writer:
            writers.extend(parts)
    return tuple(writers) or None


# The writer's desk or post in brackets after her name, as Japanese and Chinese papers set it: "（社会部）"
_KANA = re.compile(r"[\u3040-\u30ff]")
_SPACED_PARTS = re.compile(r"[\u3400-\u9fff]{1,3}\s[\u3040-\u30ff\u3400-\u9fff]{1,4}").fullmatch  # "高橋 美咲"
_DESK_AFTER = re.compile(r"\s*[(\uff08][^()\uff08\uff09\n]{1,12}[)\uff09]\Z")
# The commas that part names, in Latin, Arabic and Chinese or Japanese script
_NAME_COMMAS = re.compile(r"\s*[,\u060c\u3001\uff0c]\s*")
# Names in Chinese, Japanese or Korean letters, spaces between them: "李华", "田中美穂", "이서연", "约翰·史密斯"
_CJK_LETTER = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"
_UNSPACED_NAMES = re.compile(
    rf"{_CJK_LETTER}(?:{_CJK_LETTER}|[\u00b7\u30fb]){{1,9}}(?:\s+{_CJK_LETTER}(?:{_CJK_LETTER}|[\u00b7\u30fb]){{1,9}})*"
)
# One name of one to four words in another script, a title with its full stop among them: "डॉ. अंजलि मिश्रा"
_SPACED_WORD = rf"(?!{_CJK_LETTER})[^\W\d_][^\s\d_,;:!?()\[\]\u060c\u061f]*"
_SPACED_NAME = re.compile(rf"{_SPACED_WORD}(?:\s{_SPACED_WORD}){{0,3}}")
# The mark after a byline's label, in scripts that set one: "Author: Jane Roe", "글=이서연", "文／陈静", "取材・文｜..."
_LABEL_MARK = r"[:=/|\u30fb\uff1a\uff1d\uff0f\uff5c]"
_OUTLET_RUN_IN = r"[\u3400-\u9fff]{2,8}?"  # an outlet's name in Chinese script, run into the reporter's label


def signed_in_brackets(text: str) -> bool:
    """Whether *text* is a writer's name alone in brackets, as papers in Japan, China and Korea sign a story.

    Under its last paragraph: "（中村翔太）", "(김민수 기자)", "（记者 李华）": a name in their scripts, her post
    beside it.
    """
    return len(text) <= _SIGNED_IN_BRACKETS and _BRACKETED_CJK_NAME.fullmatch(text) is not None


def _signers(signed: str, cues: Cues) -> tuple[str, ...]:
    """The writers *signed* names, the words in brackets under a story (see :func:`signed_in_brackets`).

    "中村翔太"; "김민수 기자", "记者 李华": the name, her post on either side; or her desk before it
    (:attr:`~newsdoc.Cues.desk_endings`), and another writer after a comma: "政治部　山岸玲奈、大川翔".
    """
    writers: list[str] = []
    for part in _NAME_COMMAS.split(signed.strip()):
        desk, *name = _DESK_BREAK.split(part, 1)
        writer = name[0] if name and desk.endswith(cues.desk_endings) else part
        writers.extend(byline_authors(writer, cues) or (writer,))
    return tuple(writers)


_DESK_BREAK = re.compile(r"[\s\u3000\u30fb]")
_SIGNED_IN_BRACKETS = 48  # characters: two names, each with her desk
_SIGNED_PART = rf"{_CJK_LETTER}{{2,8}}(?:[\s\u3000\u30fb]{_CJK_LETTER}{{1,8}})?"
_BRACKETED_CJK_NAME = re.compile(rf"[(\uff08]{_SIGNED_PART}(?:[\u3001\uff0c,]{_SIGNED_PART}){{0,3}}[)\uff09]")


def _affiliated(names: str, cues: Cues) -> tuple[str, ...] | None:
    """The writers of a byline that parts them by semicolons, each one's affiliation after a comma.

    "By Jane Roe, Harbour University; John Doe, Varn Institute; and Ada Poe, Tern Trust", as
    think tanks and journals write it: what each part names before its comma is a writer, and
    what follows, where she works. Every part must be so: a sentence may hold a semicolon.
    """
    joiners = cues.name_joiners
    found = []
    for part in names.split(";"):
        words = part.split()
        if words and words[0] in joiners:
            words = words[1:]  # "; and Ada Poe, ..."
        name, comma, where = " ".join(words).partition(",")
        if not (comma and where.strip() and _names_alone(name) and (person := _person(name, cues))):
            return None
        found.append(person)
    return tuple(found) if len(found) > 1 else None


_NOTE_MARKS = "*\u2020\u2021"  # an asterisk, a dagger, a double dagger


def without_handle(text: str) -> str:
    """*text* without the social account at its end: "Jane Roe @janeroe", "Transport correspondent @janeroe"."""
    return _HANDLE.sub("", text)


_HANDLE = re.compile(r"(?<=\S)\s+@\w+\Z")
_BRACKETED_AFTER_NAMES = re.compile(r"(?<=\w)\s+\([^()\n]{1,60}\)\Z")
# "By Jane Roe - May 3": a dash too, between spaces; a bar or a dot with none ("By Jane Roe\u00b711 May 2024"), as
# a template runs two spans together: no name holds one
_BYLINE_FIELD = re.compile(r"\s[|\u00b7\u2022\u2013\u2014-]\s|\s*[|\u00b7\u2022]\s*")
# A day or a month that a comma, a number or the end follows: the time a sentence opens with ("By June 5, ...").
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![\w.])"
)
# A whole date with its year, its day perhaps ordinal: "Nov. 13, 2017", "14th March 2025" (read in any case)
_ORDINAL_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WHOLE_DATE = rf"{_MONTH_NAME}\s+{_ORDINAL_DAY},?\s+(?:19|20)\d\d\b|{_ORDINAL_DAY}\s+{_MONTH_NAME},?\s+(?:19|20)\d\d\b"
# (Or a sentence goes on after it in lower case, or with "I": "By Tuesday the ferry was back", "By December I had
# ..."; a name's particle is no such word: "April de Vries".)
_WHEN = re.compile(
    rf"(?i:{_MONTH_NAME}|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    r"(?:,|\s+\d|\s*\Z|\s+(?-i:I\s|(?!(?:de|del|di|da|du|la|le|van|von|der|den|bin|al)\s)[a-z]))"
)
_RUN_IN_DATE = re.compile(rf"(?<=\S)\s+(?i:{_MONTH_NAME})\s+\d{{1,2}}\Z")


def _dated(name: str) -> bool:
    """Whether a part of a byline's names is a date or a time: it opens with a number, a day or a month."""
    return name[:1].isdigit() or _WHEN.match(name) is not None


def _place_after_comma(names: str, last: str, patterns: Patterns) -> bool:
    """Whether *last*, the last of a byline's *names*, is a place set after a comma: one or two capitalised words.

    One word is no one's whole name ("Von Jane Roe, Hafenstadt"); two are a place only after a list
    its joiner closed ("Von Jane Roe und John Doe, Bad Seeburg"): else the comma lists one more
    writer ("Por Ana Gil, Luis Pardo").
    """
    words = last.split()
    before, comma, after = names.rpartition(",")
    return (
        0 < len(words) <= 2
        and after.strip() == last.strip()
        and all(word[0].isupper() and word.replace("-", "").isalpha() for word in words)
        and (len(words) == 1 or (bool(comma) and _joined(before, patterns)))
    )


def _joined(names: str, patterns: Patterns) -> bool:
    """Whether the last two of a byline's *names* are joined by a word ("und", "and", "&"), not a comma."""
    breaks = list(patterns.names_break.finditer(names))
    return bool(breaks) and not breaks[-1][0].strip().startswith(",")


def _whole_name(names: str, patterns: Patterns) -> bool:
    """Whether the last of a byline's *names* is two words or more: a given name and a family name."""
    return len(patterns.names_break.split(names)[-1].split()) >= 2


def _names_alone(name: str) -> bool:
    """Whether *name* is a name alone: two to four words, each capitalised but a name's particles ("van", "de")."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(word[0].isupper() or word in _PARTICLES for word in words)


_PARTICLES = frozenset(
    {
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "al",
        "bin",
        "ibn",
        "le",
        "la",
    }
)


def _clause(text: str) -> bool:
    """Whether *text*, among a byline's names, ends a sentence: three words or more, in lower case, and a full stop.

    ("special to the Harbour Times" and "staff writer" stand in bylines; they end no sentence.)
    """
    words = text.split()
    return len(words) >= 3 and words[0].islower() and words[1].islower() and text.rstrip().endswith((".", "!", "?"))


def byline_over_date(text: str, cues: Cues) -> tuple[str, ...] | None:
    """The authors of a byline with its date on the line under the names: "by Jane Roe", then "May 3, 2024".

    Or its dates, a line each: "Updated Aug. 22, 2024", "Originally published Aug. 21, 2024"; or
    who took the pictures, as a magazine credits them under the writer: "Words: Jane Roe", then
    "Pictures: John Doe".
    """
    names, _, under = text.partition("\n")
    lines = under.split("\n")
    if not under or len(lines) > _DATE_LINES or not all(_under_byline(line, cues) for line in lines):
        return None
    return byline_authors(names, cues)


def _under_byline(line: str, cues: Cues) -> bool:
    """Whether *line* is a date or a picture credit alone, under a byline's names (see :func:`byline_over_date`)."""
    return shows_date(line, cues) or ((credit := credit_line(line, cues)) is not None and credit.strong)


_DATE_LINES = 3  # under a byline: when the piece was published, last updated, first published elsewhere


def fields(text: str) -> list[str]:
    """The fields of a line parted by bars, dots or dashes: "Jane Roe", "May 3, 2024" of "Jane Roe | May 3, 2024"."""
    return [field.strip() for field in _BYLINE_FIELD.split(text)]


def byline_date(text: str, cues: Cues, *, run_in: bool = True) -> str | None:
    """The date field of a byline line, or ``None``.

    From its label on ("Published: May 3" in "By Jane Roe Published: May 3"), a whole date
    after a bar or a dot ("May 3, 2024" in "By Jane Roe | May 3, 2024"), or, with *run_in*, a
    date run on after the names ("By Jane Roe May 3, 2024", "Posted by Jane Roe on May 3, 2024").
    """
    patterns = Patterns.of(cues)
    # (its lines are fields too: "Por Jane Roe" over "30 de setembro de 2023" in one paragraph; not under "By"
    # alone, a link's words on the next line)
    lines = text.split("\n")
    if len(lines) > 1 and is_byline_prefix(lines[0].strip(), cues):
        lines = [text]
    first, *fields = (f.strip() for line in lines for f in _BYLINE_FIELD.split(line))
    dates = [
        f
        for f in fields
        if patterns.date_line.match(f)
        or patterns.date_label.match(f)
        or _dated_field(f)
        or shows_date(f, cues)  # a date alone in another language's words: "12 de marzo de 2024", a line or a field
    ]
    if (
        run_in
        and (patterns.byline.match(first) or _signed(first, cues))
        # (a sentence's full stop after it, as a blog's footer ends "By Jane Roe on April 30, 2024.")
        and (found := _run_in_date(first.removesuffix("."), patterns)) is not None
    ):
        # "By Jane Roe April 30, 2024", "Posted by Jane Roe on April 30, 2024 in News": run on after the names
        dates.insert(0, found[1])
    elif run_in and (named := name_and_date(first, cues)) is not None:
        dates.insert(0, named[1])  # "Jane Roe April 30, 2024": the name alone, the date run on after it
    if not dates and (dated := _dated_then_signed(text, cues)) is not None:
        dates = [dated[0]]  # "Posted on May 3, 2024 by Jane Roe"
    if not dates and fields and _dated(first) and patterns.byline.match(fields[0]):
        dates = [first]  # "May 3, 2024 | By Jane Roe": the date in the field before the byline's
    if not dates and (field := patterns.date_field.search(text)) is not None:
        dates = [text[field.start() :].lstrip()]  # "By Jane Roe Published: May 3", its label run on
    # "By Jane Roe | May 3, 2024 | Updated May 4, 2024": the first publication's, not the update's
    return next((d for d in dates if not patterns.update_label.match(d)), dates[0] if dates else None)


def _dated_then_signed(text: str, cues: Cues) -> tuple[str, str] | None:
    """The date and the names of a line that dates the piece, then signs it: "Posted on May 3, 2024 by Jane Roe".

    A blog's default line under the headline: a date label and a whole date, then "by" and the
    names, capitalised; in the words of the blog's language too ("Publié le 5 mars 2024 par Jeanne
    Roux", :attr:`~newsdoc.Cues.signing_words`); ``None`` for any other line.
    """
    patterns = Patterns.of(cues)
    if len(text) > _SIGNED_LENGTH or "\n" in text or (found := patterns.then_by.search(text)) is None:
        return None
    date, names = text[: found.start()], text[found.end() :]
    if patterns.date_label.match(date) is None or not (patterns.date_line.match(date) or shows_date(date, cues)):
        return None
    if not (names[0].isupper() or (found.group().strip() == "by" and _USER_NAME.fullmatch(names))):
        return None  # names, capitalised; or a user name after "by", as English blogs sign: "by ilsa"
    return date, names


_USER_NAME = re.compile(r"[\w.-]{2,30}")


def name_and_date(text: str, cues: Cues) -> tuple[str, str] | None:
    """The name and the date of a line that is a writer's name with the date run on after it, or ``None``.

    "Jane Roe May 3, 2024", "Jane Roe 3 May 2024 10:15": a template's name and time elements,
    which a browser writes with a space between. Nothing but white space parts them: a place
    before a date is set off by a comma or a bar ("Harbour Town, May 3, 2024"), and a name
    alone (two to four capitalised words, no job) comes first; or an agency's name, which signs
    a wire story: "Reuters 3 May 2024, 10:15".
    """
    if len(text) > _SIGNED_LENGTH or "\n" in text or _YEAR.search(text) is None:
        return None
    found = _run_in_date(text, Patterns.of(cues))
    if found is None and (stamp := _NUMERIC_STAMP.search(text)) is not None:
        found = (stamp.start(), text[stamp.end() :])  # "Jane Roe Wed, 05/21/2025 - 09:12" (a CMS's default)
    if found is None or not text[found[0] : found[0] + 1].isspace() or _ON_AT.match(text, found[0]):
        return None  # "Jane Roe, May 3, 2024", "Posted by Jane Roe on May 3, 2024": not a name and a date alone
    name = text[: found[0]]
    agency = Patterns.of(cues).agency.fullmatch(name) is not None
    return (name, found[1]) if agency or is_name(name, cues) else None


_ON_AT = re.compile(r"\s+(?:on|at)\s", re.I)


def dated_byline(text: str, cues: Cues) -> bool:
    """Whether *text* is "by", a writer's name and the date after it, and nothing else.

    "by Jane Roe May 3, 2024", "by Jane Roe | May 3, 2024": a template's byline, set in lower case as
    many are. Its "by" reads as a sentence going on from the headline's line over it, but a
    sentence of prose goes on with more than a name and a date.
    """
    return len(text) <= _SIGNED_LENGTH and text[:3].casefold() == "by " and name_dated(text[3:], cues)


def lower_case_byline(text: str, cues: Cues) -> bool:
    """Whether *text* is a byline's prefix in lower case and a writer's name, and nothing else: "di Jane Roe".

    Italian, Spanish and French templates set the prefix in lower case ("di", "por", "par"), and so do
    many English ones ("by"). On a line of its own under the dek it reads as the dek's sentence going on, but
    a sentence that goes on ends in more than a name. Or its fields after it, a bar or a dot between, one a
    date: "por Jane Roe | 12 de marzo de 2024 | Barrios", as a feed's item sets the line under its title.
    """
    if len(text) > _SIGNED_LENGTH or text.endswith(_SENTENCE_ENDS):
        return False  # "... was drawn up" / "by Jane Roe.": the sentence ends there
    byline, *after = fields(text)
    prefix, _, name = byline.partition(" ")
    return (
        prefix.islower()
        and prefix in Patterns.of(cues).byline_prefixes
        and is_name(name, cues)
        and (not after or any(shows_date(field, cues) for field in after))
    )


def name_dated(text: str, cues: Cues) -> bool:
    """Whether *text* is a writer's name and the date after it, and nothing else.

    "Jane Roe May 3, 2024", "Jane Roe | May 3, 2024", "Jane Roe — 3 May 2024": a template's
    name and time elements, a byline without its "By".
    """
    if len(text) > _SIGNED_LENGTH:
        return False
    parts = _BYLINE_FIELD.split(text, maxsplit=1)
    return name_and_date(text, cues) is not None or (len(parts) == 2 and _dated(parts[1]) and is_name(parts[0], cues))


def name_and_job(text: str, cues: Cues) -> str | None:
    """The name of a line that is a writer's name and job with no comma between ("Jane Roe Senior Reporter").

    A template's name and job elements, which a browser writes a space apart (``None`` for any
    other line). The name is taken as short as it may be, two words at least: a job's first
    word is often one a name may be ("Regional", "Senior").
    """
    if len(text) > _SIGNED_LENGTH or "\n" in text:
        return None
    words = text.split(" ")
    for cut in range(2, min(len(words), _NAME_WORDS + 1)):
        if is_job(" ".join(words[cut:]), cues) and is_name(name := " ".join(words[:cut]), cues):
            return name
    return None


_NAME_WORDS = 4


def name_and_paper(text: str, cues: Cues) -> str | None:
    """The name of a line that is a writer's name, a bar, and the paper she writes for: "Jane Roe | Lakeside Gazette".

    A desk's or a section's word ends no paper's name: "Harbour Town | Local News" is a place and a section.
    """
    name = name_and_desk(text, cues)
    return name if name and text.rsplit(maxsplit=1)[-1].casefold() in Patterns.of(cues).paper_words else None


def name_and_outlet(text: str, cues: Cues) -> str | None:
    """The name of a line that is one writer's name, a comma, and a few capitalised words: "Jane Roe, WTRL".

    Where she works or wrote from ("Jane Roe, Harbour Voices", "Jane Roe, Kessel Bay"; or after "in" or
    "at": "Jane Roe in Kyiv", "Jane Roe at the Harbour Stadium"; or after a spaced slash, "Jane Roe / Kessel"),
    as a broadcaster's or a local site's template sets the byline without "By". The paper's name may be in
    sentence case, as Slovak, Czech and Polish write one ("Jana Rohová, Prístavný kuriér"). Alone the shape
    is a picture's credit as often ("Alex Wong, Getty Images"): the caller asks more of the line.
    """
    if len(text) > _SIGNED_LENGTH or "\n" in text or text.count(",") + text.count(" / ") > 1:
        return None
    if "," in text or " / " in text:
        name, _, outlet = text.partition(", " if "," in text else " / ")
    elif where := _WROTE_FROM.search(text):
        # "Jane Roe in Kyiv", "Jane Roe at the Quayside Stadium": where she filed from, as a paper's byline says it
        name, outlet = text[: where.start()], text[where.end() :]
    else:
        return None
    words = outlet.split()
    if not 0 < len(words) <= _JOB_WORDS or not (
        all(word[0].isupper() or word in _DESK_LINKS for word in words)
        or (words[0][0].isupper() and all(word.isalpha() for word in words))  # (in sentence case)
    ):
        return None
    if Patterns.of(cues).agency.search(outlet) is not None:
        return None  # "Jane Roe, Harbour Wire Photo": an agency's name after a photographer's
    if (signed := byline_authors(name, cues)) is not None and len(signed) == 1:
        return signed[0]  # "Na Jane Roe, Kessel Bay": the name after its "by", as Swahili writes it
    return name if is_name(name, cues) else None


_WROTE_FROM = re.compile(r"\s(?:in|at)\s(?:the\s)?(?=[A-Z])")


def name_and_desk(text: str, cues: Cues, *, outlet: bool = False) -> str | None:
    """The name of a line that is a writer's name, a bar, and the desk or paper she writes for, or ``None``.

    "Jane Roe | Metro Desk", "Jane Roe | The Harbour Times", "Jane Roe | Staff Writer": a template's name
    and desk elements, which a scraper parts with a bar, or a template with a middle dot or a bullet
    ("Jane Roe \u00b7 Harbour News"). The name is a name alone (two to four capitalised words), and the
    field after the bar a few capitalised words that end in a desk's or a paper's word
    (:attr:`~newsdoc.Cues.desk_words`, :attr:`~newsdoc.Cues.paper_words`), a writer's job or an
    institution ("Jane Roe | Department of History"): "Harbour Town | May 3, 2024" is a place and a
    date, "Alex Wong | Getty Images" a picture's credit, "Privacy Policy | Terms of Use" links. With *outlet*,
    for a line that more than its shape makes a byline, any few capitalised words serve: "Jane Roe | Reuters".
    """
    if len(text) > _SIGNED_LENGTH or "\n" in text or len(parts := _DESK_BAR.split(text)) != 2:
        return None
    name, desk = parts
    if _DESK_MARK.search(name) or _DESK_MARK.search(desk):
        return None  # one mark, set off by spaces, parts the two fields
    words = desk.split()
    if not 0 < len(words) <= _JOB_WORDS or not all(word[0].isupper() or word in _DESK_LINKS for word in words):
        return None
    patterns = Patterns.of(cues)
    if (
        not outlet
        and words[-1].casefold() not in patterns.desk_words
        and not is_job(desk, cues)
        and patterns.institution.search(desk) is None  # "Jane Roe | Department of History", as a university's site
    ):
        return None
    return name if is_name(name, cues) else None


_DESK_BAR = re.compile(r" [|\u00b7\u2022] ")
_DESK_MARK = re.compile(r"[|\u00b7\u2022]")
_DESK_LINKS = frozenset({"of", "the", "and", "&"})  # "Department of Metro News", "Arts & Culture Desk"


def name_title_and_place(text: str, cues: Cues) -> str | None:
    """The name of a line that signs an academic's piece: "Jane Roe, Associate Professor of Law, Harbour University".

    A name alone, a comma, then where she works, an institution (:attr:`~newsdoc.Cues.institutions`),
    perhaps after her title: one that opens with a capital and holds a writer's job
    (:attr:`~newsdoc.Cues.bio_roles`), in title case as English sets it or in sentence case as French
    and Spanish do ("Ma\u00eetresse de conf\u00e9rences en \u00e9cologie"). A caption that names who a picture
    shows writes what she does in lower case ("Jane Roe, director of the Harbour Museum"); ``None``
    for any other line.
    """
    if "\n" in text:  # its fields on lines of their own, as a scraper breaks them at links: "Jane Roe\n,\nHarbour"
        text = _COMMA_BREAK.sub(", ", _LONE_MARK.sub(r"\1 ", text))
    if len(text) > _SIGNED_LENGTH or "\n" in text or text.count(", ") not in {1, 2} or text.endswith("."):
        return None
    name, *title, place = text.split(", ")
    patterns = Patterns.of(cues)
    if not place[:1].isupper() or not patterns.institution.search(place):
        return None
    if title and not (title[0][:1].isupper() and patterns.bio_role.search(title[0])):
        return None
    return name if is_name(name, cues) else None


def _run_in_date(names: str, patterns: Patterns) -> tuple[int, str] | None:
    """Where a date run on after a byline's names starts, and the date: "Jane Roe Monday, May 13, 2024".

    Read with the months of other languages in English ("Ana Ruiz 12 de mayo de 2024"), and up to
    a field after it ("... May 13, 2024 in News").
    """
    for at, rest, foreign in _run_ins(names, patterns):
        date = _AFTER_DATE.split(rest, 1)[0]
        month, _, after = date.partition(" ")
        if _LONE_MONTH.fullmatch(month) and patterns.date_line.match(after):
            # "By Tom Ott 3 May 2024", "Li Mei 3 May 2024": a date names one month, and a whole date follows
            # the word that reads as one elsewhere ("ott", "mei"): the word is the last of the names
            continue
        if patterns.date_line.match(date):
            start = at
            # "Par Jeanne Roux, le 8 juin 2024": the word before the day, as "on" is, is no part of the names;
            # capitalised, only before a date in that language ("By Tam Le, May 12, 2024": her name)
            day_word = patterns.day_word.search(names, 0, start)
            if day_word is not None and (
                day_word[0].islower() or (foreign and _whole_name(names[: day_word.start()], patterns))
            ):
                start = day_word.start()  # ("Par Tam Le 8 juin 2024": without it, "Tam" is no whole name: hers)
            return start, date
    return None


_LONE_MONTH = re.compile(rf"(?i:{_MONTH_NAME})")


def _run_ins(names: str, patterns: Patterns) -> Iterator[tuple[int, str, bool]]:
    """Where a date may start after a byline's *names*, what follows read in English, and whether it was not.

    A month's name in another language is read in English from each place on: a name before the
    date that is a month's elsewhere ("Mai Tran", "Li Mei", "Ana Mayo") stays as written.
    """
    english = _in_english(names, patterns) if _YEAR.search(names) else names
    if english == names:
        for run_in in _DATE_RUN_IN.finditer(names):
            yield run_in.start(), names[run_in.end() :], False
        return
    for gap in _DATE_GAP.finditer(names):
        rest = names[gap.end() :]
        if _DATE_OPENS.match(english := _in_english(rest, patterns)):
            yield gap.start(), english, english != rest


# Where a date may start after a byline's names: "on", "at", a comma or a space before a day or a month.
_GAP_BEFORE_DATE = r"(?:\s+(?:on|at)\s+|,\s*|\s+)"
_DATE_START = (
    rf"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|{_MONTHS}\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTHS}"
)
_DATE_RUN_IN = re.compile(rf"{_GAP_BEFORE_DATE}(?={_DATE_START})", re.I)
_DATE_OPENS = re.compile(_DATE_START, re.I)
_DATE_GAP = re.compile(_GAP_BEFORE_DATE, re.I)
_AFTER_DATE = re.compile(r"\s+(?:in|[|\u00b7\u2022\u2013\u2014-])\s+")  # "... in News", "... \u00b7 3 min read"


def summary_heading(text: str, cues: Cues) -> bool:
    """Whether *text* heads what sums up the article: "Key takeaways", "Bottom line:" (a colon after it aside)."""
    return text.rstrip(": ").strip().casefold() in Patterns.of(cues).summary_headings


def section_label(text: str, cues: Cues) -> bool:
    """Whether *text* is a capitalised word or a few, as a section's label over a headline is: "Commentary".

    A genre's label may have three words: "The long read", "Restaurant review"; a section and its topic
    or genre, a mark between, are one label: "Health | Medicine", "Recensie \u00b7 Pop", "SCIENCE & HEALTH".
    Not the page's chrome a menu shows over it ("Home", "Menu", "Search", "Subscribe", "Sign in").
    """
    parts = _LABEL_PARTS.split(text) if len(text) <= _LABEL_PARTS_CHARS else [text]
    return len(parts) <= _LABEL_PARTS_MOST and all(_one_label(part, cues) for part in parts)


def _one_label(text: str, cues: Cues) -> bool:
    words = text.split(" ")
    return (
        len(text) <= _LABEL
        and (text[:1].isupper() or (text[:1].isalpha() and uncased(text[:1])))  # (or in a script without capitals)
        and len(words) <= _LABEL_WORDS
        and all(word.replace("-", "").isalpha() or word == "&" for word in words)
        and text.casefold() not in (patterns := Patterns.of(cues)).chrome_words
        and patterns.chrome.match(text) is None
        and not stock_line(text, cues)
    )


_LABEL = 24  # characters: "Chronique parlementaire"
_LABEL_WORDS = 3  # "The long read"
_LABEL_PARTS = re.compile(r" +[|\u00b7/\u2022] +")  # "Health | Medicine", "Recensie \u00b7 Pop", "BUSINESS  |  BRIEF"
_LABEL_PARTS_MOST = 2
_LABEL_PARTS_CHARS = 2 * _LABEL + 3


def author_name(name: str, cues: Cues) -> str:
    """*name* as an article's author: as a name is cased (see :func:`as_cased`), its title before it left out.

    "Dr. Jane Roe" is "Jane Roe" (:attr:`~newsdoc.Cues.honorifics`): the byline keeps the title, the
    author is the person. A title before one word ("Dr. Roe") stays: the surname alone names no one.
    """
    name = as_cased(name)
    title, _, rest = name.partition(" ")
    return rest if title in cues.honorifics and " " in rest.strip() else name


def as_cased(name: str) -> str:
    """*name* as a name is written, where a byline set it in capitals: "JANE O'ROE" is "Jane O'Roe".

    A name of one word in capitals is left as it is: an agency's or an outlet's initials ("AFP").
    """
    if not name.isupper() or len(name.split()) < 2:
        return name
    return _LETTERS.sub(lambda word: word[0][0] + word[0][1:].lower(), name)


def is_name(text: str, cues: Cues) -> bool:
    """Whether *text* may be a name alone: two to four capitalised words ("Jane Roe"), no job ("Staff Writer")."""
    if len(text) > _SIGNED_LENGTH or " " not in text or _WHOLE_NAME.fullmatch(text) is None:
        return False
    first, *_, last = text.split()
    if first in cues.not_names or last.casefold() in Patterns.of(cues).byline_prefixes:
        return False  # a button ("Follow Jane Roe", "Share On Facebook") or a prefix alone ("Written By")
    return _person(text, cues) == text


_WHOLE_NAME = re.compile(_NAME)


def is_signed(text: str, cues: Cues) -> bool:
    """Whether *text* is a name alone (see :func:`is_name`), perhaps with where she filed from: "Jane Roe in Kyiv"."""
    return is_name(_REPORTED_FROM.sub("", text), cues)


def names_alone(text: str, cues: Cues) -> tuple[str, ...] | None:
    """The names of a line that names two people or more and says nothing else: "Jane Roe and John Doe".

    Its first field only ("Jane Roe and John Doe | Harbour Voices"): a byline's shape without its
    "By", which no sentence nor dek has. A field after the names joined by "and" is no name:
    "Jane Roe and John Doe, Harbour Voices" names two.
    """
    first = fields(text)[0]
    if len(first) > _SIGNED_LENGTH * 3:
        return None
    first = _DEGREES.sub("", first)  # "Jane Roe, MD, and John Doe, PharmD": the letters after each name
    breaks = [found.group() for found in Patterns.of(cues).names_break.finditer(first)]
    parts = [part.strip() for part in Patterns.of(cues).names_break.split(first)]
    if len(breaks) >= 2 and breaks[-1].strip() == "," and any(b.strip() != "," for b in breaks):
        parts.pop()  # a field after the joined names: "Jane Roe and John Doe, Harbour Voices"
    return tuple(parts) if len(parts) >= 2 and all(is_name(part, cues) for part in parts) else None


# A degree's letters after a name and its comma, as an academic signs: ", MD", ", PhD", ", PharmD", ", MPH"
_DEGREES = re.compile(r",\s+(?:[A-Z][a-z]{0,4}){2,4}\.?(?=,|\s+(?:and|&)\s|\Z)")


def is_job(text: str, cues: Cues, *, title_case: bool = True) -> bool:
    """Whether *text* is one person's job: a few capitalised words that end in a job noun ("Senior Fellow").

    In the plural ("Harbour Publishers"), such words name a section or a trade, not a writer's job.
    Without *title_case*, a job set in sentence case is one too ("Transport correspondent"), as a
    line of its own under a writer's name sets it.
    """
    words = text.split()
    return (
        0 < len(words) <= _JOB_WORDS
        and words[-1].casefold() in Patterns.of(cues).job_nouns
        and all(word[0].isupper() for word in (words if title_case else words[:1]))
    )


_JOB_WORDS = 5


def _signed(text: str, cues: Cues) -> tuple[str, ...] | None:
    """The writers of a line that signs the piece without "By": "Jane Roe, Harbour Affairs Correspondent".

    The names, a comma, then a job title in capitals that ends in a writer's job, perhaps the date
    run on after it.
    """
    if len(text) > _SIGNED_LENGTH or ", " not in text:
        return None
    if (match := _SIGNED.match(text)) is None or not _signing_job(match["job"], cues):
        # "Jane Roe, Harbour Affairs Correspondent 3 May 2024": the date a template runs on after the job
        if _YEAR.search(text) is None or (run_in := _run_in_date(text, Patterns.of(cues))) is None:
            return None
        if (match := _SIGNED.match(text[: run_in[0]])) is None or not _signing_job(match["job"], cues):
            return None
    return tuple(name.strip() for name in re.split(r"\s+and\s+|\s*&\s*", match["names"]))


def _slashed(text: str, cues: Cues) -> tuple[str, ...] | None:
    """The writer of a byline's fields parted by spaced slashes, her name first and a date among them.

    "Jane Roe / TNN / Updated: Jun 4, 2024, 10:15 IST": an Indian paper's line under the headline,
    the writer, her agency or desk, and when. Without a date, "Jane Roe / Reuters" is a credit.
    """
    if len(text) > _SIGNED_LENGTH or " / " not in text or "\n" in text:
        return None
    name, *rest = (field.strip() for field in text.split(" / "))
    if not is_name(name, cues) or not any(shows_date(field, cues) for field in rest):
        return None
    return (name,)


def _signing_job(job: str, cues: Cues) -> bool:
    """Whether *job* is a writer's job title: the last word a job noun, the words in title or sentence case.

    "Harbour Correspondent", "Environment reporter"; not "environment reporter", a sentence's words.
    """
    words, nouns = job.split(), Patterns.of(cues).job_nouns
    last = words[-1].casefold()
    cased = all(word[0].isupper() for word in words) or (
        words[0][0].isupper() and all(word.islower() for word in words[1:])
    )
    return (last in nouns or last.removesuffix("s") in nouns) and cased


_SIGNED = re.compile(rf"\A(?P<names>{_NAME}(?:\s(?:and|&)\s{_NAME})?),\s(?P<job>[^\n,]{{2,60}})\Z")
_SIGNED_LENGTH = 100  # characters


def _person(name: str, cues: Cues) -> str | None:
    """*name* without the agency after it, or ``None`` when it names an agency, a publication or a job.

    "By JANE ROE Associated Press", "By Jane Roe, Reuters", "By Jane Roe, Staff Writer",
    "By Jane Roe, The Harbour Times", "By Jane Roe, harbour.com" and "By Jane Roe, MD, MPH"
    (her degrees after her name) are bylines of one author, Jane Roe.
    """
    patterns = Patterns.of(cues)
    name = _RUN_IN_DATE.sub("", name.strip())  # "Jane Roe November 19": the date a template runs in
    name = without_handle(name)  # "Jane Roe @janeroe": her account, no part of her name
    if patterns.agency.fullmatch(name) or _NO_PERSON.match(name) or _dated(name) or patterns.institution.search(name):
        return None  # nor does a date after the names ("By Jane Roe, March 3, 2021"), nor where she works
    if name[:1].islower():
        return None  # "special to the Harbour Times", "staff writer": where or what, not who
    agency = patterns.trailing_agency.search(name)
    if agency is not None and (name[: agency.start()].isupper() or len(name[: agency.start()].split()) >= 2):
        # a name in capitals, then the agency (AP style); or her name and its, two spans a scraper ran together
        name = name[: agency.start()]
    words = name.split()
    if agency is None and (cut := _agency_run_on(words, patterns)):
        words = words[:cut]  # "Jane Roe Tidewater Press Agency": an agency no one here knows, by its words
        name = " ".join(words)
    if not words or words[0] in {"The", "the"} or (last := words[-1].casefold()) in patterns.job_nouns:
        return None
    if (post := _POST_OF.match(name)) and post[1].casefold() in patterns.job_nouns:
        return None  # "Director of Research", "Professor of Law": a post, of what or where
    if last in patterns.desk_words:
        return None  # "Local News", "Opinion Desk": a desk's or a section's name
    return name


def _agency_run_on(words: list[str], patterns: Patterns) -> int | None:
    """How many of *words* are a writer's name, an agency's name run on after it; ``None`` when none is.

    The agency's words are capitalised, the last an agency's word ("Press", "Wire", "Agency"), the
    first not ("Tidewater Press Agency", not "Press Agency"); the name keeps two words at least and
    the most it may: "Jane Ann Roe Harbour Wire".
    """
    if len(words) < _NAME_AND_AGENCY or not patterns.agency_word.fullmatch(words[-1]):
        return None
    for cut in range(len(words) - 2, 1, -1):
        agency = words[cut:]
        if not patterns.agency_word.fullmatch(agency[0]) and all(word[:1].isupper() for word in agency):
            return cut
    return None


_NAME_AND_AGENCY = 4  # words at least: a name of two, an agency's of two


# A post's noun, then what or where it is held: "Director of Research", "Professor of Law"
_POST_OF = re.compile(r"(?:\S+\s+){0,2}?(\S+)\s+(?:of|for|at|in)\s")
# What a comma sets after a name that is no one's name: a site's address, letters after a name ("PhD").
_NO_PERSON = re.compile(r"\A(?:[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}|[A-Z]{2,5}[\u00ae\u2122]?|Ph\.?D\.?)\Z")
# ("By Jane Roe Tue, 01/09/2024 - 16:40": its weekday first, as a template's default date format writes it)
_NUMERIC_STAMP = re.compile(
    r"\s+(?:[-\u2013\u2014|\u00b7,]\s+)?(?P<day>(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\.?,?\s+)?"
    r"(?=\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\d))"
)
_POSTED_ON = re.compile(rf"\s+(?:on|at)\s+(?=\d|{_MONTHS}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)", re.I)
_REPORTED_FROM = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.' -]*\Z")  # "in Kyiv", "at the Quayside Ground"
_FILED_FROM = re.compile(r",\s+(?:\u00e0|en|em)\s+[A-Z\u00c0-\u00de][\w.' -]*\Z")
_COMMA_BREAK = re.compile(r",[^\S\n]*\n\s*")  # "Jane Roe, Professor of Law,\nHarbour University"
_LONE_MARK = re.compile(r"\s*\n([,;])(?:\n\s*|(?= ))")  # "Jane Roe\n,\nHealth Editor", "Jane Roe\n, Health Editor"


def tags_of(text: str, cues: Cues) -> tuple[str, ...] | None:
    """The tags of a tags line ("Tags: Syria, Russia"), or ``None``.

    Or a line of hashtags, two or more, as Korean, Chinese and Indonesian papers set a story's tags
    under it, alone or after the label: "#Ferries #HarbourCouncil".
    """
    match = Patterns.of(cues).tags.match(text)
    # (after the label, one is enough: "Etiketler: #sergi #Ayvalık", "Tags: #ferries")
    hashtags = (text if match is None else match["tags"] or "").split() if len(text) <= _HASHTAG_LINE else []
    if len(hashtags) > (match is None) and all(_HASHTAG.fullmatch(tag) for tag in hashtags):
        return tuple(tag[1:] for tag in hashtags)
    if match is None:
        return None
    # (a middle dot with no space beside it is a word's: Catalan's "l\u00b7l", "Paral\u00b7lel"; a list's mark
    # opens a tag a line, as a text browser writes the items of a list of links: "* Ferries")
    tags = (_ITEM_MARK.sub("", tag.strip(), count=1) for tag in _TAGS_BREAK.split(match["tags"] or match["lines"]))
    return tuple(tag for tag in tags if tag and not (match["lines"] and tag.endswith(":")))  # "terms:" labels them


def tags_label(text: str, cues: Cues) -> bool:
    """Whether *text* is a tags line's label alone ("Tags:", "Topics"), the tags on the lines under it."""
    return Patterns.of(cues).tags_label.match(text) is not None


_HASHTAG = re.compile(r"#[^\W\d_][^\s#]*")  # a letter first: "#1 #2" rank, they tag nothing
_HASHTAG_LINE = 300  # characters at most of a line of hashtags


# (and the Arabic and the wide comma; and two spaces or more, where a scraper joined the tags' links with their spaces)
_TAGS_BREAK = re.compile(r"[,;|\n\u2022\u060c\u3001]|\s\u00b7|\u00b7\s|[^\S\n]{2,}")


def published_date(text: str, cues: Cues, *, named_place: bool = False) -> dt.date | dt.datetime | None:
    """The date of a dateline such as ``Published: March 3, 2021``, or ``None``.

    A line that a date label opens may write its date in any form dateutil reads, with a
    day, a month and a year: ``Posted: Fri 6:45 PM, Feb 16, 2018 |``, ``publiziert am 3. August 2020``;
    in the digits of its script too (``\u0665 \u0645\u0627\u0631\u0633 \u0662\u0660\u0662\u0664``).
    The town it was filed from may open it, but not a name's words ("Jane Roe, 3 May 2024" signs the
    piece), unless the caller knows the line is no byline: *named_place* ("San Telmo, 3 May 2024").
    """
    text = _ascii_digits(text)
    found = _dateline(text, cues)
    if found is not None or len(text) > _FIELDS_LINE:
        return None if found is None else found[1]  # (a longer text is no date line run together)
    if (glued := _GLUED_YEAR.search(text)) is not None:
        # "March 3, 2026March 5, 2026": a template's two dates run together, the first the publication's
        found = _dateline(text[: glued.end()], cues)
    if found is None and (place := _PLACE_FIRST.match(text)) and (named_place or not is_name(place["place"], cues)):
        found = _dateline(text[place.end() :], cues)  # "Madrid - 05 mar 2024 - 14:32 CET", "MILANO, 5 marzo 2024"
    if found is None and (article := _WORD_BEFORE_DAY.match(text)):
        found = _dateline(text[article.end() :], cues)  # "Le 8 juin 2024 à 06h00", "Am 8. Juni 2024"
    if found is None and (before := _before_change(text, cues)) is not None:
        found = _dateline(before, cues)  # "5 marzo 2024 (modifica il 5 marzo 2024 | 14:32)"
    if found is None and (rest := _beside_reading_time(text, cues)) is not None:
        found = _dateline(rest, cues)  # "Published March 3, 2024 Reading time: 4 min"
    if found is None and rest is not None and _dated_field(rest):
        # "Feb 14, 2026 \u2014 4 min read": a post's date beside its reading time, as after a bar
        written = _first_field(rest)
        if (value := read_date(written)) is not None:
            return value if _TIME_OF_DAY.search(written) else value.date()
    return None if found is None else found[1]


# A place of a word or two (and its province's after a comma: "Delicias, Chihuahua"), then a comma or a dash, and
# the date in numbers after it: where the piece was filed
# (a town of three words, a particle between: "Sant Feliu de Guíxols", "Castillo de la Sierra")
_PLACE_PARTICLE = r"(?:de|del|de la|la|les|el|di|da|do|dos|das|sur|am|an) "
_PLACE_WORD = r"[^\W\d_][^\W\d_.]*"
_PLACE_NAME = rf"{_PLACE_WORD}(?:[ -]{_PLACE_WORD})?(?: {_PLACE_PARTICLE}{_PLACE_WORD})?"
_PLACE_FIRST = re.compile(rf"(?P<place>{_PLACE_NAME}(?:,\s{_PLACE_NAME})?)(?:,|\s[-\u2013\u2014])\s+(?=\d)")
# A short word before the day's number, as French and German set an article or a preposition before a date
_WORD_BEFORE_DAY = re.compile(r"[A-Z][a-z]{1,2}\s+(?=\d{1,2}\.?\s)")
_GLUED_YEAR = re.compile(r"\b(?:19|20)\d\d(?=[^\W\d_])")  # a year, a letter right after it


def _before_change(text: str, cues: Cues) -> str | None:
    """What stands before a date's label that follows a date (the change's, "Updated 2 hours ago"), if one does."""
    later = Patterns.of(cues).next_label.search(text)
    return None if later is None or not later.start() else text[: later.start()]


def shows_date(text: str, cues: Cues) -> bool:
    """Whether *text* is a dateline: :func:`published_date` reads one, or a short line's first field is a whole date.

    "- Nov. 18th 2019 8:54 am PT" and "November 19, 2019 | By Jane Roe" show a date without a
    label to say whose: the article's, or a teaser's in a list beside it. They are typed as
    datelines, but only a labelled or stand-alone one dates the article.
    """
    text = _ascii_digits(text)
    if published_date(text, cues) is not None:
        return True
    if len(text) > _DATED_LINE:
        return False
    if _YEAR.search(text) is None:
        # "Posted Nov 19, 6:51 AM": a labelled date with no year, as a template writes this year's; no date it reads.
        # Or a time alone after the label: "Updated: 6:10 PM CDT", the hour of this day's update.
        return (label := Patterns.of(cues).date_label.match(text)) is not None and bool(
            _YEARLESS_DATE.fullmatch(text, label.end())
        )
    if _dated_field(text) or ((english := _in_english(text, Patterns.of(cues))) != text and _dated_field(english)):
        return True  # (its weekday in another language: "Th\u1ee9 t\u01b0, 12/3/2025, 14:05")
    if (before := _before_change(text, cues)) is not None and _dated_field(before):
        return True  # "05/03/2024 14h32 Atualizado h\u00e1 2 horas": the date, then when it changed
    site, dash, after = text.partition(" - ")
    if dash and _DOMAIN.fullmatch(site) and shows_date(after, cues):
        return True  # "Harbournews.com - Senin, 11 Maret 2024 | 14:20 WIB": the site's address, as a portal sets it
    if (place := _PLACE_FIRST.match(text)) and not is_name(place["place"], cues):
        return shows_date(text[place.end() :], cues)  # "Lleida, 15 de juny de 2024 · 08:00 h": where it was filed
    # "Apr 22, 2024 — 4 min read", "6 min readSep 18, 2023": a blog's meta line, the reading time beside the date
    return (rest := _beside_reading_time(text, cues)) is not None and _dated_field(rest)


_YEARLESS_TIME = r"(?:at\s)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,5})?"  # "at 6:51 AM", "9.15am", "18:44 IST"
# A day and a month (either first), perhaps its time, as a date line writes this year's dates: ": Nov 19, 6:51 AM;";
# or the time alone, the hour of this day's update: ": 6:10 PM CDT"
_YEARLESS_DATE = re.compile(
    rf"\s*:?\s*(?:(?:{_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\.?\s{_MONTHS})(?:,?\s{_YEARLESS_TIME})?"
    rf"|{_YEARLESS_TIME})\s*[;,|]?\s*",
    re.I,
)


def _beside_reading_time(text: str, cues: Cues) -> str | None:
    """*text* without the reading time that opens or closes it ("6 min read", "Reading time: 4 min"), or ``None``."""
    if (found := Patterns.of(cues).reading_time.search(text)) is None:
        return None
    before, after = text[: found.start()], text[found.end() :]
    if after.lstrip().startswith(":") and (number := _TIME_AFTER.match(after)) is not None:
        return f"{before} {after[number.end() :]}".strip()  # "... 10:47 Reading time: 4 min": the label's number
    if (number := _TIME_BEFORE.search(before)) is not None:  # "6 min read"
        return f"{before[: number.start()]} {after}".strip()
    if (number := _TIME_AFTER.match(after)) is not None:  # "Reading time: 4 minutes"
        return f"{before} {after[number.end() :]}".strip()
    return None


_TIME_BEFORE = re.compile(r"\d{1,3}\s*\Z")
_TIME_AFTER = re.compile(r"\s*:?\s*\d{1,3}\s*(?:min\w*\.?)?", re.I)


def dates_picture(text: str) -> bool:
    """Whether *text* gives a day with its month and year, as a wire's caption dates its picture.

    "Jane Roe walks past the ferry at the quay on Monday, Nov. 13, 2017." A caption so may run to
    a long sentence; the body's sentences seldom name a whole date.
    """
    return _PICTURE_DATE.search(text) is not None


_PICTURE_DATE = re.compile(rf"\b(?:{_WHOLE_DATE})", re.I)


def time_stamped(text: str) -> bool:
    """Whether *text* gives a whole date and a time of day, as the line that dates a post does.

    "Jane Roe November 19, 2019, 9:02 AM" and "Nov 18, 2019 @17:19 PM" are stamps; a caption
    gives the day a picture was taken, not its minute.
    """
    return _CLOCK.search(text) is not None and _YEAR.search(text) is not None and _FULL_DATE.search(text) is not None


_CLOCK = re.compile(r"\b\d{1,2}:\d\d(?::\d\d\b|\s*(?:[ap]\.?m\b|[AP]M\b|GMT|UTC|[ECMP][SD]T\b))|@\s*\d{1,2}:\d\d")


def dates_update(text: str, cues: Cues) -> bool:
    """Whether the date :func:`published_date` reads in *text* is labelled as an update's: ``Updated: ...``."""
    found = _dateline(text, cues)
    return found is not None and Patterns.of(cues).update_label.match(found[0]) is not None


_ITEM_MARKS = "*+\u2022\u00b7"
_ITEM_MARK = re.compile(rf"\A[{re.escape(_ITEM_MARKS)}]\s+")


def _dateline(text: str, cues: Cues) -> tuple[str, dt.date | dt.datetime] | None:
    """The date *text* gives, with the line or the field of it that gives it."""
    patterns = Patterns.of(cues)
    if text[:1] in _ITEM_MARKS:
        text = _ITEM_MARK.sub("", text, count=1)  # "· Updated: ...", as a byline's fields are set
    if len(text) <= _LABELLED_LINE and (year_first := _year_first(text, patterns)) is not None:
        return text, year_first
    # A date line is short, and gives a year: only such a line is read for the months of other languages.
    line = text
    if len(text) <= _LABELLED_LINE and _YEAR.search(text):
        # (the time as French writes it first, "4 h 00", whose "h" the other languages' date words would take)
        line = _in_english(_H_TIME.sub(_colon_time, text), patterns)
    if match := patterns.date_line.match(line):
        written = match["date"]
    elif len(line) <= _LABELLED_LINE and (label := patterns.date_label.match(line)):
        if patterns.update_label.match(line) and (published := _published_after(line, label.end(), cues)):
            return published  # "Updated Oct. 3, 2023 | Published Oct. 2, 2023": the first publication's date
        # "Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: ...": the first of the fields a bar parts
        # "Posted May 3, 2024, updated May 4, 2024", "Published: May 3 Updated: May 4": the first date, as after a bar
        written = patterns.next_label.split(_first_field(line[label.end() :]), 1)[0].rstrip(_AROUND_DATE)
        if patterns.date_words is not None:
            written = patterns.date_words.sub("", written)  # "3 de March de 2024", "10:15 Uhr"
        written = _H_TIME.sub(r"\1:\2", written)  # "10h15", as French writes the time
        if not (_YEAR.search(written) and _DAY_MONTH.search(written)):
            return None
        if (numeric := _NUMERIC_DATE.match(written := written.strip())) is not None:
            # "Stand: 03.03.2024 10:15": a date in numbers read as one day only, then its time; day first after
            # a label of a language that writes it so ("Publicado em 04/03/2024")
            day_first = " ".join(label[0].casefold().split()) in patterns.day_first
            if (day := _numeric_date(numeric, day_first=day_first)) is None:
                return None
            written = day + written[numeric.end() :]
    elif len(text) <= _FIELDS_LINE and len(parted := _FIELD_MARK.split(text)) > 1:
        # "Lisbon, Example News Bureau | Updated: March 3, 2021": a desk's line, its date in a labelled field
        first, *fields = (field.strip() for field in parted)
        found = next((found for field in fields if (found := _dateline(field, cues))), None)
        if found is not None and patterns.update_label.match(found[0]) and (published := _dateline(first, cues)):
            return published  # "March 3, 2021 | Updated March 4, 2021": the first date is the first publication's
        if found is None and len(fields) == 1 and _TIME_FIELD.fullmatch(fields[0]):
            # "12.03.2024 | 09:40": the date, and its time in a field of its own
            return _dateline(f"{first} {fields[0]}", cues)
        if found is None and (
            patterns.date_label.match(first) or all(patterns.reading_time.search(field) for field in fields)
        ):
            # "Published March 3, 2021 at 10:15, updated March 4 | 4 min read": too long a line to read whole, its
            # first field labelled, or the date beside the reading time alone (a date alone, "March 3, 2021 |
            # By Jane Roe", may be a teaser's)
            return _dateline(first, cues)
        if found is not None or len(text) > _DATED_LINE:
            return found
        if (written := _furnished(line, day_first=line != text)) is None:  # "15 June 2024 · 08:00"
            return None
    elif (
        len(line) <= _NUMERIC_LINE_LENGTH
        and _NUMERIC_DATE.search(line, 0, _NUMERIC_REACH) is not None  # (a cheap look before the words go)
        and (match := _NUMERIC_LINE.fullmatch(_without_date_words(line, patterns))) is not None
    ):
        # "03/14/2024", "Sunday, 03.03.2024, 10:15 Uhr": a date in numbers, perhaps its weekday and its time; day first
        # after a weekday's name in another language than English, as those languages write it ("Thứ năm, 12/9/2024")
        written = _numeric_date(match, day_first=line != text)
        if written is None:
            return None
        if match["time"]:
            written += f" {_H_TIME.sub(_colon_time, match['time'])} {match['zone'] or ''}"
    elif len(text) > _DATED_LINE or (written := _furnished(line, day_first=line != text)) is None:
        return None
    # ("February 8, 2024 \u2013 11:20": dateutil knows the hyphen alone)
    if (value := read_date(written.translate(_AS_HYPHENS))) is None:
        return None
    return text, value if _TIME_OF_DAY.search(written) else value.date()


def _year_first(text: str, patterns: Patterns) -> dt.date | dt.datetime | None:
    """The date of a line that opens, perhaps after a label, with a date written year first, then its time.

    As Chinese, Japanese and Korean write it, "2025年3月12日 14:05", "2025년 3월 12일", "2025. 3. 12.",
    and in numbers alone "2025.03.12": the year first, no day can be taken for the month.
    """
    label = patterns.date_label.match(text)
    found = _YEAR_FIRST.match(text, label.end() if label else 0)
    if found is None:
        return None
    try:
        day = dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None  # "2025年2月30日": no day
    time = _YEAR_FIRST_TIME.match(text, found.end())
    assert time is not None  # (all of it may be left out)
    if _YEAR_FIRST_END.match(text, time.end()) is None:
        return None  # "2025.3.12 was the day the ferry sailed again": a sentence
    return dt.datetime.combine(day, dt.time(int(time["hour"]), int(time["minute"]))) if time["hour"] else day


# The year, the month and the day, each after its mark ("年", "월") or the same stop, slash or dash; not "2025.03"
_YEAR_FIRST = re.compile(
    r"\s*[:\uff1a]?\s*(?P<year>(?:19|20)\d\d)(?:\s*[年년]\s*(?P<cjk>)|(?P<mark>[./-])\s?)(?P<month>\d{1,2})"
    r"(?(cjk)\s*[月월]\s*|(?P=mark)\s?)(?P<day>\d{1,2})(?(cjk)\s*[日일]|\.?)(?!\d)"
)
# Its weekday in brackets or in words, then the time: "（木）14:05", "(수) 14:05", " 星期三 14:05", "14時05分"
_YEAR_FIRST_TIME = re.compile(
    r"(?:\s*[(\uff08][^()\uff08\uff09]{1,3}[)\uff09]|\s*\S{1,3}요일|\s*(?:星期|周)\S)?"
    r"(?:\s*(?P<hour>[01]?\d|2[0-3])(?:[:\uff1a]|\s?[\u6642\uc2dc]\s?)(?P<minute>[0-5]\d)(?::[0-5]\d)?[\u5206\ubd84]?(?!\d))?"
)
# What may follow on the line: nothing, or another field after a bar, a dot or a wide space ("\u3000来源：X"), or
# after a space, a short field in a script without capitals or in brackets, no sentence: " 来源：X", " 北京",
# " (2024年3月14日 8:12更新)"; not " 渡船が再開した。" A field in brackets needs no space: "（7月8日 1時15分更新）"
_YEAR_FIRST_END = re.compile(
    r"\s*(?:\Z|[|\uff5c\u00b7\u2022]|\u3000|\s\s)"
    r"|\s?(?=[^\n\u3002\uff01\uff1f.!?]{1,30}\Z)(?:[(\uff08]|(?<=\s)[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)


def _english_name(name: str, patterns: Patterns) -> str:
    """The English of a month's or a weekday's *name* as a case-blind search found it; else the name as written.

    A capital dotted I folds to "i" and a combining dot ("JUN\u0130" is "juni\u0307"): the dot goes.
    """
    return patterns.english_of.get(name.rstrip(".").casefold().replace("\u0307", ""), name)


def _in_english(text: str, patterns: Patterns) -> str:
    """*text* with the names of months and weekdays in other languages written in English.

    "lundi 3 mars 2024" reads "Monday 3 March 2024".

    Then, in a line that named one, the words of its language that join a date's parts are left
    out: "12 de abril de 2024" reads "12 April 2024".
    """
    if patterns.date_names is None:
        return text
    written = text
    if "." in text:
        # "19.ago.2025", as Portuguese papers write a date: the full stops around the month stand for spaces
        names = patterns.english_of
        text = _DOTTED_DATE.sub(
            lambda m: (
                " ".join(m.groups())
                if names.get(m[2].casefold()) in _ENGLISH_MONTHS or _MONTH_WORD.fullmatch(m[2])  # "12.mar.2025" too
                else m[0]
            ),
            text,
        )
    english = patterns.date_names.sub(lambda m: _english_name(m.group(), patterns), text)
    if (
        (english != written or _WORD_AFTER_DIGITS.search(english))
        and patterns.date_words is not None
        and (digit := _DIGIT.search(english)) is not None
    ):
        # "12 de abril de 2024": the words that join its parts, from its day on (a label keeps its own: "Publicado el",
        # and so does the next date's: "Publié le 3 mars 2024, modifié le 4 mars 2024"); or after its time in a
        # date English months name: "12. April 2024, 6:00 Uhr", "07/03/2024 às 05h00", "21 Nov. 2023 - 19:48 h"
        after = patterns.next_label.search(english, digit.start())
        end = len(english) if after is None else after.start()
        # (and the space before the last: "10:15 Uhr" ends the line as "10:15")
        # ("2025 r., godz. 08:30", Polish, reads "2025, 08:30": no space is left before the comma)
        joined = _BEFORE_COMMA.sub("", patterns.date_words.sub("", english[digit.start() : end])).rstrip()
        english = english[: digit.start()] + joined + english[end:]
        english = english[: digit.start()] + _H_TIME.sub(r"\1:\2", english[digit.start() :])  # "18h12", as French
    if english != written:
        # "2024. June 5.", as Hungarian writes a date, and its weekday after it: "2024. June 5., Wednesday"
        english = _YEAR_MONTH_DAY.sub(_month_day_year, english, count=1)
    return english


_DIGIT = re.compile(r"\d")
# The year, the month's name and the day, each after its full stop, as Hungarian writes a date: "2024. június 5."
_YEAR_MONTH_DAY = re.compile(
    rf"\b(?P<year>(?:19|20)\d\d)\.\s(?P<month>(?i:{_MONTHS}))\s(?P<day>\d{{1,2}})\.(?!\d)"
    rf"(?:,\s(?P<weekday>{'|'.join(_ENGLISH_WEEKDAYS)})\b)?"
)


def _month_day_year(date: re.Match[str]) -> str:
    """The date a ``_YEAR_MONTH_DAY`` match reads, as English writes it: "Wednesday, June 5, 2024"."""
    weekday = f"{date['weekday']}, " if date["weekday"] else ""
    return f"{weekday}{date['month']} {date['day']}, {date['year']}"


_WORD_AFTER_DIGITS = re.compile(r"\d\s+[^\W\d_]{1,6}\.?(?:\s|\Z)")  # "6:00 Uhr", "2024 \u00e0s 05h00", "19:48 h"
_MONTH_WORD = re.compile(_MONTHS, re.I)  # a month's name as English writes it, or its first letters
_BEFORE_COMMA = re.compile(r"\s+(?=,)")
_DOTTED_DATE = re.compile(r"(?<![\w.])(\d{1,2})\.([^\W\d_]{3,9})\.((?:19|20)\d\d)(?![\w.])")


def _colon_time(time: re.Match[str]) -> str:
    """The time an ``_H_TIME`` match reads, with a colon: "10h15" is "10:15"."""
    return f"{time[1]}:{time[2]}"


_H_TIME = re.compile(r"(?<![\w.])(\d{1,2})\s?h\s?(\d{2})(?!\w)")
# A time of day in a written date ("9:41", "06.00 GMT", "T09:41"), not the day and month of "03.03.2024".
_TIME_OF_DAY = re.compile(r"(?<![\d.])\d{1,2}:\d{2}|(?<![\d.])\d{1,2}\.\d{2}(?![.\d])|\dT\d")
# A date in numbers: "03/14/2024", "14.03.2024", and "14. 3. 2024", as Czech and Slovak papers space it.
_NUMERIC_DATE = re.compile(
    r"(?P<first>\d{1,2})(?P<mark>[/.])(?P<gap>\s?)(?P<second>\d{1,2})(?P=mark)(?P=gap)(?P<year>\d{4})"
)
# Alone on its line, perhaps its weekday before it and its time after it, a zone's letters after that:
# "Sunday, 03.03.2024, 10:15", "03/14/2024 3:14 PM", "14/03/2024 - 10:15 CET", "5.3.2024, 14.32", "05/03/2024 14h32"
_NUMERIC_LINE = re.compile(
    rf"(?:(?:{'|'.join(_ENGLISH_WEEKDAYS)}),?\s+)?{_NUMERIC_DATE.pattern}"
    r"(?:,?\s*(?:[-\u2013|]\s*)?(?P<time>\d{1,2}(?:[:h]\d{2}|\.\d{2}(?![.\d]))(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)"
    r"(?:\s+(?P<zone>[A-Z]{2,5}|\(?(?:GMT|UTC)[+-]\d{1,2}(?::?\d\d)?\)?))?)?"  # its zone: "CET", "(GMT+7)"
)


_NUMERIC_LINE_LENGTH = 60  # characters: a weekday, a date in numbers, a time, a zone and the words between
_NUMERIC_REACH = 24  # characters: the date ends within them, after its weekday ("Wednesday, 03/14/2024")


def _furnished(line: str, *, day_first: bool) -> str | None:
    """The date a short *line* gives in words or numbers with nothing but its furniture around it; else ``None``.

    A date line's template sets beside the date its time, its zone and its weekday, in any order, between marks:
    "18 February 2025 Tuesday 10:24", "12:05, 27 FEB 2025", "22.07.2024. 11:05", "8 June 2024 · 08:00".
    (*line* with the months, the weekdays and the joining words of other languages in English.)
    """
    if (date := _DATE_CORE.search(line)) is None:
        return None
    time = _CORE_TIME.search(line, date.end()) or _CORE_TIME.search(line[: date.start()])
    rest = line[: date.start()] + " " + line[date.end() :]
    if time is not None:
        rest = rest.replace(time[0], " ", 1)
    if _FURNITURE.fullmatch(rest) is None:
        return None
    if date["first"] is not None and (written := _numeric_date(date, day_first=day_first)) is None:
        return None
    written = date[0] if date["first"] is None else written
    return written if time is None else f"{written} {time[0]}"


# A whole date, in words ("18 February 2025", "February 18, 2025") or in numbers ("22.07.2024")
_DATE_CORE = re.compile(
    rf"\b(?:\d{{1,2}}\.?\s{_MONTHS},?\s(?:19|20)\d\d|{_MONTHS}\s\d{{1,2}},?\s(?:19|20)\d\d"
    rf"|{_NUMERIC_DATE.pattern})(?!\d)",
    re.I,
)
_TIME_FIELD = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,5})?")  # "09:40", "10:15 am ET"
# Its time, and the time's zone, amid the line ("10:24", "3:15 PM", "07:30 CEST"): a time field, not in a date's numbers
_CORE_TIME = re.compile(rf"(?<![\d.:]){_TIME_FIELD.pattern}(?![\w.])")
# And what else may stand beside them: the weekday, and the marks a template parts its fields with
_FURNITURE = re.compile(rf"(?:[\s,.|\u00b7\u2022/()\-\u2013\u2014]|(?:{'|'.join(_ENGLISH_WEEKDAYS)})\b)*", re.I)


def _without_date_words(text: str, patterns: Patterns) -> str:
    """*text* without the words of its language that join a date's parts ("10:15 Uhr"), its ends stripped."""
    return (text if patterns.date_words is None else patterns.date_words.sub("", text)).strip()


def _numeric_date(match: re.Match[str], *, day_first: bool = False) -> str | None:
    """The ISO form of a date in numbers, when it can be only one day; else ``None``.

    Americans write the month first (03/14/2024), most others the day (14/03/2024): a
    date whose first two numbers could each be the month ("03/04/2024") is no date here,
    unless it is known to be written *day_first*, or its numbers are parted by full stops
    ("03.04.2024"), as no one writes the month first.
    """
    first, second, year = int(match["first"]), int(match["second"]), match["year"]
    if first > 12 >= second or ((day_first or match["mark"] == ".") and second <= 12):
        day, month = first, second
    elif second > 12 >= first or first == second:
        day, month = second, first
    else:
        return None
    return f"{year}-{month:02d}-{day:02d}" if 1 <= day <= 31 and month >= 1 else None


def numbers_read(value: str) -> str | None:
    """*value* with the date it writes in numbers in ISO form, as :func:`published_date` reads one.

    "12.03.2024, 14:05" reads "2024-03-12, 14:05"; ``None`` when the numbers could be two days
    ("03/04/2024"), and *value* as it is when it has no such date.
    """
    if (match := _NUMERIC_DATE.search(value)) is None:
        return value
    day = _numeric_date(match)
    return None if day is None else value[: match.start()] + day + value[match.end() :]


_LABELLED_LINE = 80  # characters: a labelled date line is short
_FIELDS_LINE = 120  # and a line of fields parted by bars no longer (Patterns.dateline_words counts on both)
_FIELD_MARK = re.compile(r"\s[|\u00b7\u2022]\s")  # what parts the fields of a date line: not a dash, as events use


def may_date(text: str, cues: Cues) -> bool:
    """Whether *text* has few enough words for :func:`published_date` to read a date in it, its white space folded.

    A quick look before folding a long text: a date line is a few words.
    """
    most = Patterns.of(cues).dateline_words
    return word_count(text, most) <= most


def _dated_field(text: str) -> bool:
    """Whether the first field of *text* (all of it, when nothing parts it) is a whole date: day, month and year."""
    first = _first_field(text)
    return len(first) <= _DATED_LINE and _FULL_DATE.search(first) is not None and read_date(first) is not None


def _published_after(line: str, start: int, cues: Cues) -> tuple[str, dt.date | dt.datetime] | None:
    """The date of a field of *line* from *start* on labelled as no update's: "..., published Oct. 2, 2023"."""
    patterns = Patterns.of(cues)
    for label in patterns.next_label.finditer(line, start):
        field = line[label.end() :]
        if not patterns.update_label.match(field) and (found := _dateline(field, cues)) is not None:
            return found
    return None


def _first_field(text: str) -> str:
    """The first of the fields that bars or bullets part: "May 3, 2024" in "May 3, 2024 \u00a0|\u00a0 By Jane Roe"."""
    return _FIELD_BREAK.split(" ".join(text.split()), 1)[0].strip(_AROUND_DATE)


_AROUND_DATE = " \t:|[](){}-\u2013\u2014\u00b7\u2022"
_FIELD_BREAK = re.compile(r"\s[|\u00b7\u2022]\s")
_DATED_LINE = 60  # characters: a date line, its fields included
# A day, a month and a year: "20 November", "Nov. 18th", "20/11/2019" (no "November 2019", an archive's month).
_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s{_MONTHS}|\b{_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b",
    re.I,
)

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def names_year(text: str) -> bool:
    """Whether *text* names a year ("21 March 2026"): an article's date line does, a live blog's time stamp not."""
    return _YEAR.search(text) is not None


# Besides the year, a month's name or two more numbers: "2019" alone is no day.
_DAY_MONTH = re.compile(rf"\b{_MONTHS}|\d{{1,2}}\D+\d{{1,2}}\D+(?:19|20)\d\d|(?:19|20)\d\d\D\d{{1,2}}\D\d{{1,2}}", re.I)


# Zone names that pages write and dateutil does not know by itself, in seconds east of UTC.
_ZONES = {
    name: int(hours * 3600)
    for name, hours in {"EST": -5, "EDT": -4, "ET": -5, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
                        "PDT": -7, "PT": -8, "GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
                        "IST": 5.5, "JST": 9, "AEST": 10, "AEDT": 11}.items()
}  # fmt: skip


def read_date(value: str) -> dt.datetime | None:
    """Read a date and time as pages and datelines write them, or ``None``.

    A zone name dateutil does not know leaves the result without a zone; a zone it gives
    is a :class:`datetime.timezone` of its offset. What *value* leaves out is today's.
    """
    # A dateline is read for whether it is one, whether it dates an update, and for the article's date:
    # dateutil reads it once. (Today is asked for each time: it fills in what the value leaves out.)
    return _read_date(value, dt.date.today())


@functools.lru_cache(maxsize=256)
def _read_date(value: str, today: dt.date) -> dt.datetime | None:
    if _ISO_DATE.fullmatch(value):  # as a page's head writes it: the standard library reads it far faster
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return None  # "2019-02-30": no day
    value = _DOT_TIME.sub(r"\1:\2", value)  # "06.00 GMT", as British papers write the time
    value = _TWENTY_FOUR_HOURS.sub(r" \1", value)  # "@17:26 PM": an hour past noon needs no PM, nor "@"
    value = _OFFSET_FROM_GMT.sub(_offset, value)  # "(GMT+7)": seven hours ahead, where dateutil reads it as POSIX does
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dateutil.parser.UnknownTimezoneWarning)
            when = dateutil.parser.parse(value, default=dt.datetime.combine(today, dt.time()), tzinfos=_ZONES)
    except (ValueError, OverflowError):
        return None
    try:
        offset = when.utcoffset()
    except ValueError:
        return None  # "+100:00": no zone is a day or more from UTC, and the standard library holds none such
    # The zone as the standard library's, as for an ISO date: dateutil's tzlocal() would name the machine's.
    return when if offset is None else when.replace(tzinfo=dt.timezone(offset))


_AS_HYPHENS = str.maketrans("\u2013\u2014", "--")  # the dashes a date line may part its fields with


# The digits of other scripts, each block's zero where it starts: Arabic-Indic and its Persian form, Devanagari,
# Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, full width
_ZEROS = (
    *(0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0xF20, 0x1040),
    *(0x17E0, 0xFF10),
)
_DIGITS = {zero + value: str(value) for zero in _ZEROS for value in range(10)}
_OTHER_DIGIT = re.compile("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _ZEROS) + "]")


def _ascii_digits(text: str) -> str:
    """*text* with the digits of other scripts written as ASCII digits (a search first: most texts hold none)."""
    return text if text.isascii() or _OTHER_DIGIT.search(text) is None else text.translate(_DIGITS)


# An ISO 8601 date, perhaps with a time and a zone: "2019-11-19", "2019-11-19T09:01:42.000Z", "2019-11-19 09:01+0530".
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?")
# Hours and minutes parted by a full stop, not part of a date with full stops ("19.11.2024").
_DOT_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![.\d])")
# A zone as its offset from GMT or UTC, as papers write it: "(GMT+7)", "UTC+05:30", "GMT-3".
_OFFSET_FROM_GMT = re.compile(r"\(?\b(?:GMT|UTC)\s?(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d\d))?\b\)?")


def _offset(found: re.Match[str]) -> str:
    """The offset *found* names, as ISO 8601 writes it: "+07:00"."""
    return f"{found['sign']}{int(found['hours']):02d}:{found['minutes'] or '00'}"


_TWENTY_FOUR_HOURS = re.compile(r"\s*@?\s*\b(1[3-9]:\d\d|2[0-3]:\d\d)\s*[AaPp]\.?[Mm]\b\.?|\s*@\s*(?=\d)")


_SLUG = re.compile(
    r"\A(?P<words>[a-z0-9][a-z0-9_-]*(?:\s[a-z0-9][a-z0-9_-]*){0,6}?)"
    r"\s(?P<width>\d{2,4})\s(?P<day>\d{1,2})(?P<month>[a-z]{3})(?P<year>\d{2})(?=\s|\Z)"
)
_SLUG_OPENINGS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # what a slug opens with
MONTHS_ABBREVIATED = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def read_slug(text: str) -> tuple[Slug, str] | None:
    """Read a WordPress-style file-name slug at the start of *text*.

    ``ap syr2 300 12dec12 Title`` gives the slug (words ``ap syr2``, width 300,
    2012-12-12) and the rest, ``Title``. Only a slug with width and date is
    read here; bare words need a known title after them (see
    :func:`slug_before`).

    Returns:
        The slug and the text after it (without the space), or ``None``.
    """
    if text[:1] not in _SLUG_OPENINGS or (match := _SLUG.match(text)) is None:  # the first test is the cheaper
        return None
    if (month := match["month"]) not in MONTHS_ABBREVIATED:
        return None
    year = int(match["year"])
    try:  # as strptime's "%d%b%y" reads it ("12dec12"), in English whatever the locale, and faster
        day = dt.date(year + (1900 if year >= 69 else 2000), MONTHS_ABBREVIATED.index(month) + 1, int(match["day"]))
    except ValueError:
        return None  # "31feb12"
    slug = Slug(words=match["words"], width=int(match["width"]), date=day)
    return slug, text[match.end() :].lstrip(" ")


def slug_before(text: str, title: str) -> Slug | None:
    """Read bare file-name words that stand before *title* at the start of *text*."""
    if title not in text:
        return None
    match = _SLUG_WORDS.match(text)
    if match is None or not text[match.end() :].startswith(title):
        return None
    return Slug(words=match["words"])


_SLUG_WORDS = re.compile(r"(?P<words>[a-z0-9][a-z0-9_-]*(?:\s[a-z0-9][a-z0-9_-]*){0,6}) ")


_CRUMB_MARKS = ">\u203a\u00bb\uff1e"  # what stands between a breadcrumb's crumbs, a space either side; "＞" in CJK
_BREADCRUMB = re.compile(rf"\A[^\n{_CRUMB_MARKS}]{{1,40}}(?:\s[{_CRUMB_MARKS}]\s[^\n{_CRUMB_MARKS}]{{1,60}}){{1,6}}\Z")
_CRUMB_BREAK = re.compile(rf"\s[{_CRUMB_MARKS}]\s")


MOST_WORDS = 10_000
"""How far :func:`word_count` counts by default."""

TITLE_SEPARATOR = re.compile(r"\s(?:\||-|\u2013|\u2014|::|\u00b7|\u2022)\s")
"""What stands between a headline and the site's name in a page's title: "Headline | Site"."""


def without_site(title: str | None, url: str | None) -> str | None:
    """*title* without the site's name after its last separator, the name its address spells (*url*).

    "Ferry Returns | Harbour Times" from harbourtimes.com, "Ferry Returns - The Harbour Times"
    from www.theharbourtimes.co.uk, "Retour du bac - Le Courrier du Port" from courrierduport.fr:
    a page's title, as a clipper or a converter copies it, names the site after the headline.
    What the separator leaves of a name with an article of its own ("Le", "The") is most of it.
    """
    label = urls.site_label(url) if url else None
    if title is None or label is None:
        return title
    last = next(reversed([*TITLE_SEPARATOR.finditer(title)]), None)
    if last is None or not last.start():
        return title
    name = "".join(c for c in unicodedata.normalize("NFKD", title[last.end() :].casefold()) if c.isalnum())
    return title[: last.start()] if label in name and len(label) * 4 >= len(name) * 3 else title


def addresses_reader(text: str, cues: Cues) -> bool:
    """Whether *text* speaks to the reader or for the newsroom: "you", "our", "Please keep it civil."."""
    return Patterns.of(cues).reader.search(text) is not None


def speaks_to_reader(text: str, cues: Cues) -> bool:
    """Whether *text* is a sentence or two of the site's to its reader, no one's words quoted.

    It speaks to the reader or for the newsroom of what the site offers besides the story (see
    :attr:`~newsdoc.Cues.service_words`): "Our morning email brings you ...", "By signing up you agree
    to our terms.", "We are a nonprofit newsroom. Donate today."; or it is the site's notice ("\u00a9 2026 X,
    a charity."). A first person's column ("We must act now.") says none.
    """
    return short_and_unquoted(text) and ("\u00a9" in text or legal_notice(text, cues) or offers_service(text, cues))


def short_and_unquoted(text: str) -> bool:
    """Whether *text* is a sentence or two, no one's words quoted in it."""
    return word_count(text, _READER_WORDS) <= _READER_WORDS and not any(mark in text for mark in _QUOTE_MARKS)


_READER_WORDS = 30
_QUOTE_MARKS = ('"', "\u201c", "\u201d")


def offers_service(text: str, cues: Cues) -> bool:
    """Whether *text* speaks to the reader ("you", "our") of what the site offers her besides the story: an app.

    "By signing up you agree to our privacy policy.", "Our morning email brings you the news."
    """
    return addresses_reader(text, cues) and Patterns.of(cues).service.search(text) is not None


def media_line(text: str, cues: Cues) -> bool:
    """Whether *text* is a player's line: its label and the title or length of what it plays.

    "Watch: Crews battle a fire on the ridge", "Listen \u00b7 4:32": one line, no sentence ("Watch: the
    council meets on Tuesday." is the story's word).
    """
    return (
        len(text) <= _MEDIA_LINE
        and "\n" not in text
        and not text.rstrip().endswith((".", "!", "?"))
        and Patterns.of(cues).media.match(text) is not None
    )


_MEDIA_LINE = 160  # characters


def page_line(text: str, cues: Cues) -> bool:
    """Whether *text* is a line of the page's: a stock line (see :func:`stock_line`), or one a link's label opens."""
    return stock_line(text, cues) or Patterns.of(cues).chrome.match(text) is not None


def chrome_line(text: str, cues: Cues) -> bool:
    """Whether *text* opens with the site's chrome, a label and its links: "Share this: Facebook", "You are here".

    No sentence goes on from the label: a clause after a comma ("You are here, says the map ...") or
    two more sentences on its line ("Share this with anyone who ...: the map is wrong. It was moved.
    ...") are the story's words. A cookie banner is the site's, its sentences and all ("We use
    cookies to count visits. By staying on the site you agree ...": see
    :attr:`~newsdoc.Cues.cookie_notices`).
    """
    patterns = Patterns.of(cues)
    if patterns.cookie.match(text):
        return word_count(text, _COOKIE_WORDS) <= _COOKIE_WORDS  # the banner, its sentences and all
    if (match := patterns.chrome.match(text)) is None:
        return False
    if _CLAUSE.match(text, match.end()):
        return False
    line = text[match.end() : match.end() + _CHROME_REACH].split("\n", 1)[0]
    return next(itertools.islice(_NEXT_SENTENCE.finditer(line), 1, None), None) is None


_INFLECTION = "[a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00e4\u00f6\u00fc\u0151\u0171]{1,5}"  # a case's ending, lower case
POINTERS = "\u25b6\u25b8\u25ba\u2192\u00bb\u203a"  # an arrow or a pointer that marks a link: ▶, →, »
_CLAUSE = re.compile(r",\s+[a-z]")
_NEXT_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019)]?[^\S\n]+[A-Z]")  # a sentence ends, another starts
_CHROME_REACH = 300  # characters after the label: chrome shorter than this says its links there
_COOKIE_WORDS = 80  # words at most of a cookie banner


def link_box(text: str, cues: Cues) -> bool:
    """Whether *text* is the label of a box of links to other stories: "Related stories", "Most Read from X".

    See :attr:`~newsdoc.Cues.link_boxes`; a colon may close it.
    """
    if len(text) > _BOX_LABEL:
        return False
    patterns = Patterns.of(cues)
    line = " ".join(text.lstrip(POINTERS).rstrip(": \uff1a").split())  # (a pointer before it: "\u25b6 Related:")
    return line.lower() in patterns.link_boxes or patterns.sourced_box.fullmatch(line) is not None


_BOX_LABEL = 80  # characters at most of a box's label, the outlet's name and all
_BOX_SOURCE_WORDS = 6  # words at most of the outlet's name after a box's label


# The keys a site asks its readers to press over a mistake they select, to report it
_TYPO_KEYS = re.compile(r"\b(?:Ctrl|Strg)\s?\+\s?Enter\b", re.I)
_TYPO_WORDS = 20  # words at most of the site's line that asks for it


def stock_line(text: str, cues: Cues) -> bool:
    """Whether *text* is a stock line of page furniture: "Advertisement", "Read more", "... more".

    Or the line that asks the reader to report a mistake with the keys that do it: "... press Ctrl+Enter".
    """
    patterns = Patterns.of(cues)
    if len(text) > _STRIPPED_AT_ONCE and not _only_stripped(text, patterns.stock_length):
        return False  # far longer than any, not for the dots around it: told without a copy of the text
    if counts_slides(text, cues):
        return True
    if "nter" in text and _TYPO_KEYS.search(text) and word_count(text, _TYPO_WORDS) <= _TYPO_WORDS:
        return True  # "Noticed a mistake? Select it and press Ctrl+Enter", in any language
    line = unnumbered(text).strip(_STOCK_STRIPPED)  # (a text browser's "[8][IMG]", the picture a link)
    if (labelled := _LABELLED_COUNT.fullmatch(line)) and labelled["word"].casefold() in patterns.counted_words:
        return True  # the count after its label: "Views: 3 418"
    if line[:1].isdigit():
        if all(_COUNT.sub("", count, count=1).casefold() in patterns.counted_words for count in _COUNTS.split(line)):
            return True  # "1.2K Followers", "42 likes · 7 comments", "1,2 mil seguidores"
        line = _COUNT.sub("", line, count=1)  # a counter over the button: "12 comments", "1,204 Shares"
    elif (counted := _COUNTED_LAST.search(line, max(0, len(line) - _COUNTED_REACH))) is not None and (
        counted["word"].casefold() in patterns.counted_words
    ):
        # a button or a label with the count of what it opens last: "View 12 comments" (the button's words without
        # the count, "View comments"), "Join the discussion (31 comments)" (the label's before it)
        before = line[: counted.start()]
        named = f"{before} {counted['word']}"
        line = named if named.lower() in patterns.stock_lines else before.rstrip(" :(\u2013\u2014-")
    elif line.endswith(")"):
        line = _COUNT_AFTER.sub("", line, count=1)  # or after it, in brackets: "Comments (37)"
    elif line[-1:].isdigit():
        line = _SLOT.sub("", line, count=1)  # the number of an advertisement's slot: "Advertisement 2"
    # Lower-casing makes no text shorter: a longer one is none of them, and is not lower-cased whole.
    if len(line) <= patterns.stock_length and line.lower() in patterns.stock_lines:
        return True
    if len(line) <= _BOX_LABEL and patterns.sourced_box.fullmatch(line):
        return True  # "More Stories From Harbour Public Radio"
    # a footer's row of links, a bar or a dot between, one of them the page's own: "Terms of Use | Privacy Policy |
    # Contact Us", "Sign the guestbook \u00b7 Send flowers \u00b7 Share"
    if (
        len(line) <= _LINK_ROW
        and len(items := _ROW_ITEMS.split(line)) > 1
        and all(0 < word_count(item, _ROW_ITEM_WORDS + 1) <= _ROW_ITEM_WORDS for item in items)
        and any(item.lower() in patterns.stock_lines for item in items)
    ):
        return True
    # a row of buttons on one line, as a browser copies them: "Facebook X Email", "Share: Print", "Facebook | X",
    # or one button that says where it shares, in any language: "Share on WhatsApp", "Partager sur Facebook"
    if len(line) > _BUTTON_ROW:
        return False
    if _button_row(line, patterns):
        return True
    # a question's buttons, after it or alone: "Was this article helpful?  Yes  No", "Yes  No"
    question, mark, after = line.rpartition("?")
    if (
        (not question or question.lower() + mark in patterns.stock_lines)
        and len(answers := after.split()) > (0 if question else 1)
        and all(answer.casefold() in patterns.feedback_answers for answer in answers)
    ):
        return True
    # or under a label of a few words in the page's language, or a share button's longer words: "Comparte esta
    # columna: Facebook X LinkedIn", "इस खबर को शेयर करें: WhatsApp Facebook X", "分享到：微信 微博"
    label, colon, buttons = line.replace("\uff1a", ":", 1).partition(":")
    return (
        bool(colon)
        and (len(label.split()) <= _ROW_LABEL or label.strip().lower() in patterns.stock_lines)
        and len(buttons.split()) > 1
        and _button_row(buttons, patterns)
    )


def _button_row(line: str, patterns: Patterns) -> bool:
    """Whether *line* is buttons alone, side by side: each a stock line of a word or a few ("Facebook", "Copy link")."""
    # (a button's count in brackets after it is none: "Comments (7) · Share")
    words = [word.rstrip(":") for word in line.lower().split() if word not in _ROW_MARKS and not _BRACKETED(word)]
    buttons: list[str] = []
    at = 0
    while at < len(words):
        # the longest button at each place: "copy link", not "copy" then "link"
        button = next(
            (
                name
                for size in range(min(_BUTTON_WORDS, len(words) - at), 0, -1)
                if (name := " ".join(words[at : at + size])) in patterns.stock_lines
                or (size == 1 and (name in _BUTTON_LETTERS or (0 < at < len(words) - 1 and name in _TO_WHERE)))
            ),
            None,
        )
        if button is None:
            return False
        buttons.append(button)
        at += button.count(" ") + 1
    return len(words) > 1 and any(button not in _BUTTON_LETTERS and button not in _TO_WHERE for button in buttons)


_BUTTON_ROW = 100  # characters at most of a row of buttons on one line
_LINK_ROW = 300  # characters at most of a footer's row of links on one line
_ROW_ITEMS = re.compile(r" [|\u00b7\u2022] ")
_ROW_ITEM_WORDS = 5  # words at most of a link in a footer's row: "Subscribe to The Margin"
_ROW_LABEL = 3  # words at most of the label before a row of buttons
_BUTTON_WORDS = 3  # words at most of a button's name in a row: "Copy link", "Share via email"
_ROW_MARKS = frozenset("|\u00b7\u2022/\u2013\u2014")  # the marks a row sets between its buttons, dashes too
_BRACKETED = re.compile(r"\(\d[\d,.]*\)").fullmatch  # a button's count: "(7)"
_BUTTON_LETTERS = frozenset({"x", "threads", "post"})  # buttons beside others, that alone are words ("X", "Post")
# The word between a share button's verb and where it shares, in English, French, Spanish, German, Italian,
# Portuguese, Dutch, Swedish, Polish, Russian, Indonesian and Romanian: "on", "by", "sur", "en", "auf", "su", "pe", ...
_TO_WHERE = frozenset(
    {"on", "via", "to", "by", "sur", "par", "en", "por", "auf", "per", "em", "no", "su", "op", "p\u00e5", "w", "di"}
    | {"ke", "pe", "\u0432", "\u043d\u0430"}
)


def end_mark(text: str, cues: Cues) -> bool:
    """Whether *text* marks where a wire's story ends (:attr:`~newsdoc.Cues.end_marks`): "ENDS", "(END)", "Lusa/Fim"."""
    if len(text) > _END_MARK:
        return False
    agency, slash, mark = text.strip().rpartition("/")
    if slash and not Patterns.of(cues).agency.fullmatch(agency.strip()):
        return False
    marks = {mark.strip().casefold(), mark.strip(_END_MARK_BORDER).casefold()}  # "-30-"; "(END)"
    return any(end.casefold() in marks for end in cues.end_marks)


_END_MARK = 40  # characters: an agency's name, a slash and the word
_END_MARK_BORDER = " ()[]-\u2013\u2014"  # the brackets or dashes around the word: "(END)", "-- FIN --"


def ornament(text: str) -> bool:
    """Whether *text* is a few symbols and no word, a pictograph among them: a box's emoji, a dingbat ("\u2766").

    Not a mark of punctuation alone: a scraper sets the comma after a link on a line of its own.
    """
    return (
        len(text) <= _ORNAMENT
        and not any(c.isalnum() for c in text)
        and any(unicodedata.category(c) == "So" for c in text)
    )


_ORNAMENT = 12  # characters at most of a line of symbols alone


_COUNTER_LENGTH = 40  # characters, white space and all


def counts_slides(line: str, cues: Cues) -> bool:
    """Whether *line* is a slideshow's counter, all of it: "1 of 6", "Image 1 of 13", "1 / 13", "Foto 2 de 6"."""
    return len(line) <= _COUNTER_LENGTH and _counts(Patterns.of(cues).slide_counter.fullmatch(line))


def slide_counter(text: str, cues: Cues) -> int:
    """The length of the slideshow's counter that opens a caption ("3 of 12 ", "1/8 "), with the space after it; or 0.

    A gallery sets where a slide stands over or before its caption: no word of the caption.
    """
    found = Patterns.of(cues).slide_opening.match(text)
    return found.end() if found is not None and _counts(found) else 0


def _counts(counter: re.Match[str] | None) -> bool:
    """Whether *counter* counts as a slideshow does: the slide's number within the slides'."""
    return counter is not None and 0 < int(counter["at"]) <= int(counter["of"])


# "12", "1,204", "1.2K", "1,2 mil" (Spanish's, Portuguese's), "2 418" (thousands parted by a space, as in French)
_COUNT = re.compile(r"\d[\d,.]*(?:[ \u00a0\u202f]\d{3})*(?:[KkMm]|\smil)?\s+")
_LABELLED_COUNT = re.compile(r"(?P<word>\w+):\s*\d[\d,.]*(?:[ \u00a0\u202f]\d{3})*[KkMm]?")  # "Views: 3 418"
_COUNTS = re.compile(r"\s[\u00b7|\u2022]\s")  # between a profile's counters: "1.2K followers · 180 following"
_COUNT_AFTER = re.compile(r"\s*\(\d[\d,.]*\)\Z")
_COUNTED_LAST = re.compile(r"\s+\(?\d[\d,.]*\s(?P<word>\w+)\)?\Z")  # "... 12 comments", "... (31 comments)"
_COUNTED_REACH = 30  # characters from the end: the count and its word
_SLOT = re.compile(r"\s+\d{1,2}\Z")
_STOCK_STRIPPED = (
    # around a stock line: "Read more ...", "Advertisement:", "- Advertisement -", "相关阅读：" (a full-width colon)
    " .:\u2026-\u2013\u2014\uff1a"
)
_STOCK_EDGE = re.compile(f"[{re.escape(_STOCK_STRIPPED)}]*")
_STRIPPED_AT_ONCE = 1 << 12  # characters: a longer text is told by its edges before it is stripped


def _only_stripped(text: str, most: int) -> bool:
    """Whether stripping *text* leaves at most *most* characters.

    It does when, past the stripped characters it opens with and *most* more, it holds only
    stripped ones. Each look stops at the first character that is not: no copy of a long text.
    """
    start = _STOCK_EDGE.match(text)
    return start is not None and _STOCK_EDGE.fullmatch(text, start.end() + most) is not None


def staff_credit(text: str, cues: Cues) -> bool:
    """Whether *text* signs the story for the newsroom, no writer named: "Staff Reporter", "Agencies"."""
    return len(text) <= _STAFF_CREDIT and text.strip(" .").casefold() in Patterns.of(cues).staff_credits


_STAFF_CREDIT = 40  # characters: a credit's line


def sponsored_link(text: str, cues: Cues) -> bool:
    """Whether *text* is a line of a widget of paid links: a headline, then "Sponsored | The Advertiser"."""
    return "\n" not in text and Patterns.of(cues).sponsored.search(text, max(0, len(text) - _SPONSORED_END)) is not None


_SPONSORED_END = 100  # characters at the end of a line that the label and the advertiser's name may take


def signup_pitch(text: str, button: str, cues: Cues, *, title: str = "") -> bool:
    """Whether *text*, right over the line *button*, is a sign-up box's pitch over its button.

    "Get news alerts and our best reads, delivered every weekday." over "SUBSCRIBE": a sentence or two
    that speaks to the reader and names what it offers, over a button of :attr:`~newsdoc.Cues.signup_buttons`.
    Under the box's *title* that names the offer ("Newsletter", "Recibe nuestro boletín"), the pitch
    between it and the button need say neither: "Jeden Freitag die besten Kommentare der Woche."
    """
    if len(button) > _BUTTON:
        return False
    patterns = Patterns.of(cues)
    return (
        _signup_button(button, patterns)
        and word_count(text, _PITCH_WORDS) <= _PITCH_WORDS  # a paragraph of the body, over a promo's label, says more
        and _few_sentences(text)
        and (
            box_title(title, cues)
            or (patterns.reader.search(text) is not None and patterns.subscription.search(text) is not None)
        )
        and not reports_speech(text, cues)
    )


def _signup_button(text: str, patterns: Patterns) -> bool:
    """Whether *text* is a sign-up box's button ("Subscribe", "Je m'inscris →"), its marks and spaces aside."""
    return text.strip().rstrip(".!\u2192\u00bb> ").casefold() in patterns.signup_buttons


def box_title(text: str, cues: Cues) -> bool:
    """Whether *text* may title a sign-up or a donation box: a few words that name the offer ("Newsletter").

    Or a call to subscribe and the name of what it offers: "Sign up for Field Notes on Water".
    """
    words = word_count(text, _CALL_TITLE)
    patterns = Patterns.of(cues)
    return (0 < words <= _BOX_TITLE and patterns.subscription.search(text) is not None) or (
        words <= _CALL_TITLE
        and (call := patterns.subscribe.pattern.match(text)) is not None
        and text[call.end() :].strip() != ""
    )


_BOX_TITLE = 5  # words at most of a sign-up box's title over its pitch
_CALL_TITLE = 8  # words at most of a call to subscribe that titles the box, with the offer's name


# A short question, then more: "Want to respond? Send a letter to the editor at letters@example.com."
# (a title's dot in it: "Have a question for Dr. Reyes?")
_SHORT_QUESTION = re.compile(r"\A(?:[^?.!\n]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){2,60}\?\s+\S")
# Where to answer, closing the line: an e-mail address, a phone number, a web address
_ANSWER_AT_END = re.compile(rf"(?:{_MAIL_ADDRESS.pattern}|\+?\d[\d ()-]{{6,16}}\d|(?:https?://|www\.)\S+?)[.!)]?\s*\Z")
# A question to the reader, then the call that asks her to answer it: "Do you rely on the 31 bus? Tell us at ..."
_READER_QUESTION = re.compile(
    r"(?:Do|Does|Are|Have|Has|Did|Were|Can|Could|Is)\s[^?\n]{0,150}?\byou\b[^?\n]{0,150}\?\s+"
)


def promo_line(text: str, cues: Cues) -> bool:
    """Whether *text* is a newsroom's call to its readers under a story: "Follow Harbour News on Facebook.".

    It opens with one of :attr:`~newsdoc.Cues.promo_openings`, is a sentence or two, and gives the way to
    answer: a link's address, an email address or "by email", a handle, a social network ("on Facebook"); or
    a question to the reader first ("Do you rely on the 31 bus? Tell us at ..."). An
    opening of one word, a verb ("Follow"), calls to follow the newsroom: "us", "our ...", or its name. Not "Follow
    the river north and ...", "Follow the steps at www.example.org to apply", "Follow him on Instagram, his fans
    urged", nor "Follow the money: the email shows ...", sentences of the body.
    """
    if len(text) > _PROMO_LINE:
        return False
    patterns = Patterns.of(cues)
    if (
        (patterns.follow.match(text, _lead(text)) or patterns.follow_last.search(text))
        and patterns.channel.search(text)
        and _few_sentences(text)
        and not reports_speech(text, cues)
    ):
        # "Ακολουθήστε τη Νέα Εποχή στο Google News", "📲 Siga a Rede Sul no WhatsApp", the verb last in Turkish:
        # "X'i Google Haberler'de takip edin"
        return True
    if (
        (call := _subscription_call(text, patterns)) is not None
        and _offered(text, call, patterns)
        and _few_sentences(text)
        and not reports_speech(text, cues)  # "Become a member and get a card, its leaflet says.": the story's
    ):
        return True  # "Get the news in your inbox. Sign up for the Harbour Briefing newsletter."
    if (
        (button := _RUN_IN_BUTTON.search(text)) is not None
        and _signup_button(button["button"], patterns)
        and patterns.subscription.search(text, 0, button.start()) is not None
        and _few_sentences(text)
    ):
        return True  # a sign-up box on one line, its button run in: "Newsletter Santé : nos conseils. Je m'inscris"
    opening = patterns.promo.match(text)
    if opening is None and (asked := _READER_QUESTION.match(text)) is not None:
        opening = patterns.promo.match(text, asked.end())  # "Do you rely on the 31 bus? Tell us at tips@..."
    if (
        (question := _SHORT_QUESTION.match(text))
        and (
            _ANSWER_AT_END.search(text)
            or patterns.answer_call.match(text, question.end() - 1)
            or _asks_newsroom(text[question.end() - 1 :], cues)
        )
        and _few_sentences(text)
        and not reports_speech(text, cues)
    ):
        # "Want to respond? Send a letter to letters@...", "Was meinen Sie? Schreiben Sie uns an ...", "Have a money
        # question? Send it to mailbag@... Questions may be edited."
        return True
    if opening is None or not _few_sentences(text):
        return False
    if " " not in opening.group() and _NEWSROOM_OBJECT.match(text, opening.end()) is None:
        return False
    if " " in opening.group() and _ON_SITE.search(text) is not None and _NEWS.search(text) is not None:
        return True  # "Catch all the latest news on Harbour Times.": what, and where, the site's name
    # a way to answer: an address, a channel to follow it on, its app
    return (
        _ADDRESS.search(text) is not None or patterns.contact.search(text) is not None or _APP.search(text) is not None
    )


# "Download the Harbour Times app to get the latest news.", "... our app for alerts", "... on our app."
_APP = re.compile(r"\b(?i:app)(?:\s+(?:to|for)\b|\.?\Z)")


def _lead(text: str) -> int:
    """Where the words of *text* start, after the marks and pictographs that may open a call ("📲 Siga ...")."""
    return found.start() if (found := _WORD_OR_QUOTE.search(text)) else len(text)


_WORD_OR_QUOTE = re.compile(r"[\w\u00ab\u201c\"']")


def _subscription_call(text: str, patterns: Patterns) -> re.Match[str] | None:
    """The first call to subscribe that opens a sentence of *text* ("Sign up for"), if one does.

    Or that opens the clause after a sentence's first: "If you find our reporting useful, consider
    becoming a member."; or after "by", the means to what it offers: "Get our best stories in your
    inbox by signing up to our newsletter"; or after a label's colon or a dash: "Stay informed: sign up
    for our newsletter".
    """
    at = 0
    while (found := patterns.subscribe.search(text, at)) is not None:
        at, start = found.end(), found.start()
        if text[start].isupper() and _SENTENCE_BEFORE.search(text[max(0, start - 3) : start]):
            return found
        if text[start].islower() and _CLAUSE_BEFORE.search(text[max(0, start - 4) : start]):
            return found
    return None


def _offered(text: str, call: re.Match[str], patterns: Patterns) -> bool:
    """Whether a call to subscribe in *text* says what the reader would get, or is all its sentence says.

    What it offers (:attr:`~newsdoc.Cues.subscription_words`, a channel), the newsroom's own ("Subscribe to
    our podcast"), a name alone after it ("Sign up for Harbour Mornings."), or nothing after it, as a
    button's: "The news each morning \u2013 subscribe now."
    """
    if patterns.subscription.search(text) or patterns.channel.search(text):
        return True
    named = " " in call.group() and _OFFER_NAME.match(text, call.end())  # a verb alone, "Get Out", names no offer
    return bool(named or _OURS.match(text, call.end()) or _CLOSES.match(text, call.end()))


def _few_sentences(text: str) -> bool:
    return len(_SENTENCE_BREAK.findall(text)) <= _PROMO_SENTENCES


# what stands before a sentence's start, or a label's words: "Newsletter: Get the news ...", "Newsletter \u2013 Sign up"
_SENTENCE_BEFORE = re.compile(r"(?:\A|[.!?:][\"\u201d\u2019)]?\s+|\s[\u2013\u2014]\s)\Z")
# A button's words after a sentence's end or a dash, closing the line: "... nos conseils. Je m'inscris"
_RUN_IN_BUTTON = re.compile(r"(?:[.!?]|\s[\u2013\u2014])\s+(?P<button>[^.!?\n]{2,40}[.!]?)\Z")
_CLOSES = re.compile(r"\s*[.!]?\Z")  # nothing after a call: "... \u2013 jetzt abonnieren."
_CLAUSE_BEFORE = re.compile(r"(?:[,:]|\s[\u2013\u2014-]|(?<!\w)by)\s\Z")  # before a call after a clause, or its means
# The name of what a call offers, and no more in its sentence: "Sign up for Harbour Mornings.", "... to The Ledger";
# or what it is after a colon or after "our": "Sign up to Harbour Mornings: the day's news ...", "..., our briefing"
_OFFER_NAME = re.compile(
    r"\s+(?:[Tt]he\s+)?[A-Z][\w'\u2019&.-]*(?:\s+(?:&\s+)?[A-Z][\w'\u2019&.-]*){0,4}\s*"
    r"(?:[.!]\s|[.!]?\Z|:\s|,\s+our\s)"
)
_PROMO_LINE = 400  # characters
_PITCH_WORDS = 30  # words at most of a sign-up box's pitch, a dek's
_BUTTON = 40  # characters at most of a button's line, with the spaces a scraper leaves around it
_PROMO_SENTENCES = 3
_ADDRESS = re.compile(r"https?://|\bwww\.|\b(?i:by|via)\s+(?i:e-?mail)\b")  # "Send a letter by email"
# Whom a one-word call asks the readers to follow, or where: "us", "me", "our coverage", "(the) Harbour News",
# "@harbournews", "on Twitter", "by Email"
_OURS = re.compile(r"\s+(?i:our|us)\b")  # "Subscribe to our podcast", "Sign up to us": the newsroom's own
_NEWS = re.compile(r"\b(?i:news|updates|stories)\b")
# "on Harbour Times.": a name at the end, not a day's ("on Sundays.", "on March 3.")
_ON_SITE = re.compile(
    rf"\son\s+(?!(?i:{_MONTHS}|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)(?:the\s+)?[A-Z][\w.&'\u2019-]*"
    r"(?:\s+[A-Z][\w.&'\u2019-]*){0,4}\.?\Z"
)
_NEWSROOM_OBJECT = re.compile(r"\s+(?:(?:us|our|me|my|on|by|via)\b|(?:[Tt]he\s+)?[A-Z@])")


def _asks_newsroom(call: str, cues: Cues) -> bool:
    """Whether *call*, the sentence after a question to the reader, closes the line asking her to tell the newsroom.

    A call to answer (:attr:`~newsdoc.Cues.answer_calls`) of a few words, "us" or a desk or a paper
    (:attr:`~newsdoc.Cues.desk_words`, :attr:`~newsdoc.Cues.paper_words`) in it: "Let us know.", "Email the
    metro desk.", "Tell us"; or the comments under the story (:attr:`~newsdoc.Cues.comment_labels`): "Join
    the conversation in the comments below."
    """
    words = call.rstrip(".!").split()
    patterns = Patterns.of(cues)
    newsroom = 0 < len(words) <= _NEWSROOM_CALL_WORDS and ("us" in words or words[-1].casefold() in patterns.desk_words)
    return (
        0 < len(words) <= _COMMENTS_CALL_WORDS
        and any(call.startswith(verb) and not call[len(verb) : len(verb) + 1].isalnum() for verb in cues.answer_calls)
        and (newsroom or any(word.casefold().strip(".,!") in patterns.comment_words for word in words))
    )


_NEWSROOM_CALL_WORDS = 6
_COMMENTS_CALL_WORDS = 8  # "Join the conversation in the comments below."


def reports_speech(text: str, cues: Cues) -> bool:
    """Whether *text* hangs what it says on someone, as a story's prose does: "..., she says, ..."."""
    return Patterns.of(cues).speech_tag.search(text) is not None


def post_stamp(text: str, cues: Cues) -> bool:
    """Whether *text* is the time a live page stamps one of its posts with, perhaps its writer's name after it.

    "10:42 BST", "4:15 p.m.", "2h ago", "3 hours ago", "16:48 Jane Roe": no date, so it dates the
    post and never the article; after a date's label, the page's last change ("Updated 2 hours ago").
    """
    if len(text) > _STAMP_LINE:
        return False
    patterns = Patterns.of(cues)
    if (label := patterns.date_label.match(text)) is not None:
        # "Updated 2 hours ago", "Aktualisiert vor 2 Stunden": when the page was last changed, no date
        text = text[label.end() :].lstrip(" :")
        if (ago := patterns.relative_time.match(text)) is not None and ago.end() == len(text):
            return True
    if not text[:1].isdigit():
        return False
    stamp = _POST_TIME.match(text) or _SHORT_AGO.match(text) or patterns.relative_time.match(text)
    if stamp is None:
        return False
    rest = text[stamp.end() :]
    # "16:48 Jane Roe"; "16:10 Uhr", "16h10", as German and French write a time
    words = patterns.date_words
    return not rest or _STAMPED_NAME.fullmatch(rest) is not None or bool(words and words.fullmatch(rest.lstrip()))


_STAMP_LINE = 60  # characters: a time, a zone and a name
_POST_TIME = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?[ap]\.?m\.?)?(?-i:\s[A-Z]{2,5})?(?!\w)", re.I)
_SHORT_AGO = re.compile(r"\d{1,3}\s?(?:s|m|min|mins|h|hr|hrs|d)\s+ago(?!\w)", re.I)
_STAMPED_NAME = re.compile(rf"\s+{NAME_RUN}")


def alt_label(text: str, cues: Cues) -> int:
    """The length of the label that opens *text* as a picture's alt text ("Image: "), 0 when none does."""
    found = Patterns.of(cues).alt_label.match(text)
    return 0 if found is None else found.end()


def reading_time(text: str, cues: Cues) -> bool:
    """Whether *text* is the line that says how long the article takes to read: "4 min read", "Lesezeit: 3 Min.".

    That alone, but for a word ("Estimated"): "Jane Roe · 4 min read" is a byline, the time run in.
    """
    if len(text) > _READING_TIME_LINE or not any(c.isdigit() for c in text):
        return False
    if (found := Patterns.of(cues).reading_time.search(text)) is None:
        return _MINUTES_ALONE.match(text) is not None
    rest = (text[: found.start()] + " " + text[found.end() :]).split()
    # Besides the phrase: the number, marks, and the unit ("minutes", "Minuten", "minuto").
    return (
        sum(1 for word in rest if shows_words(word) and not word.isdigit() and not word.casefold().startswith("min"))
        <= 1
    )


_READING_TIME_LINE = 40  # characters
# The minutes alone, or a span of them, as a browser's reading view estimates them: "4–5 minutes", "3 Minuten"
_MINUTES_ALONE = re.compile(r"\s*\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?\s+(?i:min(?:s|utes?|uten|uti|utos|uty)?)\.?\s*\Z")


def is_breadcrumb(text: str, cues: Cues) -> bool:
    """Whether *text* is a breadcrumb trail: ``Home > World > Asia``; or ``Home / World / Asia``, from the home.

    Not a French headline's quote: "\u00ab Le bac ne reviendra pas \u00bb : la col\u00e8re des \u00eeliens". A
    spaced slash parts other things too ("Jane Roe / Harbour Voices"): a trail so parted opens with the site's home.
    """
    if " / " in text and (trail := _SLASHED_TRAIL.match(text)) is not None:
        return trail["home"].strip().casefold() in Patterns.of(cues).home_crumbs
    return any(mark in text for mark in _CRUMB_MARKS) and "\u00ab" not in text and _BREADCRUMB.match(text) is not None


_SLASHED_TRAIL = re.compile(r"\A(?P<home>[^\n/]{1,40})(?:\s/\s[^\n/]{1,60}){1,6}\Z")


def last_crumb(trail: str) -> str:
    """The last crumb of a breadcrumb *trail*: ``Columns`` of ``Home » Opinion » Columns``."""
    return _CRUMB_BREAK.split(trail)[-1].strip()


def shows_words(text: str) -> bool:
    """Whether *text* holds a letter or a digit: a line of marks alone ("*", a zero-width space) shows no words."""
    return _LETTER_OR_DIGIT.search(text) is not None


_LETTER_OR_DIGIT = re.compile(r"\w")


def word_count(text: str, most: int = MOST_WORDS) -> int:
    """How many words *text* holds, counted no further than *most* + 1.

    Every judgement looks at texts of a few hundred words at most; splitting a line of
    megabytes into all its words would take memory many times its size.

    Most paragraphs part their words with single spaces and hold no other white space (every
    other white space character is unprintable): their words are their spaces and one, which
    counting costs less than splitting. A text far longer than *most* words is split, which
    stops there; its start is split first, which tells without a copy of the rest of a long
    text (no word is cut in two by the cut but the last, so the start holds no more words).
    """
    reach = _COUNT_SPACES * most
    if len(text) <= reach and text.isprintable() and "  " not in text and text[:1] != " " != text[-1:]:
        count = text.count(" ") + 1 if text else 0
        if _unspaced(text, count):
            count += _ideograph_words(text)
        return min(count, most + 1)
    if len(text) > reach and len(text[:reach].split(None, most)) > most:
        return most + 1
    count = len(text.split(None, most))
    return min(count + _ideograph_words(text[:reach]), most + 1) if _unspaced(text, count) else count


def _unspaced(text: str, count: int) -> bool:
    """Whether *text*, of *count* words by its spaces, may be Chinese, Japanese or Thai: too few spaces for its size."""
    return not text.isascii() and (count <= _FEW_WORDS or len(text) > _SPACED * count)


def _ideograph_words(text: str) -> int:
    """About how many words the Chinese and Japanese of *text* hold, which parts no word with a space.

    A word of either is two characters, as a rule: "开车" a word, "图书馆" one.
    A run of one character is a word, and each run counts as the one word a space count gave it.
    Thai, Lao, Khmer and Burmese part no words either, and spell a word with four characters or so,
    its vowels and tones marks of their own.
    """
    return sum((len(run) + 1) // 2 - 1 for run in _IDEOGRAPHS.findall(text)) + sum(
        (len(run) + _LETTERS_A_WORD - 1) // _LETTERS_A_WORD - 1 for run in _UNSPACED_LETTERS.findall(text)
    )


_COUNT_SPACES = 8  # characters a word: a text longer than this many a word is split, up to *most*
_FEW_WORDS = 2  # words by their spaces: a line of Chinese, which has none, or a name
_SPACED = 12  # characters a word at most, as words parted by spaces run: a text with fewer spaces may be Chinese
# Chinese characters and kana (not their punctuation): "车站", "ローカル線"
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_UNSPACED_LETTERS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")  # Thai, Lao, Burmese, Khmer
_LETTERS_A_WORD = 4


def normalise(text: str) -> str:
    """Fold case, quotes and white space, to compare passages."""
    for curly, plain in _QUOTES:
        if curly in text:  # str.translate() looks up every letter of a text that is not ASCII
            text = text.replace(curly, plain)
    return " ".join(_TOKEN.findall(text.casefold()))


@functools.lru_cache(maxsize=4)  # asked twice in a row of a page's paragraph: as furniture, then as a block
def shows_title(text: str, title: str) -> bool:
    """Whether *text* is the headline *title*, perhaps with a section name or the site's name beside it."""
    wanted = _normal_title(title)
    if 3 * len(text) < _TITLE_SHARE * len(wanted):  # far too short, even if folding tripled each letter ("ß" is "ss")
        return False
    # Far too long, as the start of the text shows: folding a text's start gives no more than folding all of it.
    most = int(len(wanted) / _TITLE_SHARE)
    start = 2 * most + 16  # characters: enough of a paragraph's start to tell
    if len(text) > start and len(normalise(text[:start])) > most:
        return False
    words = normalise(text)
    shorter, longer = sorted((words, wanted), key=len)
    return bool(shorter) and shorter in longer and len(shorter) >= _TITLE_SHARE * len(longer)


_TITLE_SHARE = 0.6  # of the longer text's folded letters that the shorter must be, a title among a few more words


@functools.lru_cache(maxsize=16)  # one title, compared with every line of its article
def _normal_title(title: str) -> str:
    return normalise(title)


_QUOTES = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "))


def _combining_marks() -> str:
    """The combining marks of the Basic Multilingual Plane, as ranges for a regular expression's class.

    A vowel sign of Devanagari or Bengali, a Thai tone mark, an Arabic vowel: part of the word they
    stand in, which a regular expression's word character leaves out.
    """
    marks = [code for code in range(0x300, 0x10000) if unicodedata.category(chr(code)) in {"Mn", "Mc", "Me"}]
    ranges = []
    for _, run in itertools.groupby(enumerate(marks), lambda pair: pair[1] - pair[0]):
        codes = [code for _, code in run]
        ranges.append(chr(codes[0]) if len(codes) == 1 else f"{chr(codes[0])}-{chr(codes[-1])}")
    return "".join(ranges)


# A word, its combining marks in it, an apostrophe inside it: "don't", "रास्ता"
_LETTERS_AND_MARKS = rf"[\w{_combining_marks()}]+"
_TOKEN = re.compile(rf"{_LETTERS_AND_MARKS}(?:'{_LETTERS_AND_MARKS})*")


def site_notice(text: str, cues: Cues) -> bool:
    """Whether *text* is the site's own legal notice: "(c) 2019 Example Media. All rights reserved. Privacy Policy".

    Or its copyright line alone, a company's or a paper's, which credits no picture (see :func:`credit_line`):
    "© 2019 Example Media, Inc.", "© 2019 The Harbour Gazette", "© Copyright Example Media 2019" (a picture's
    credit writes the mark or the word, not both).
    """
    if len(text) > 600:
        return False
    folded = text.casefold()
    copyrighted = (
        shows_copyright_sign(text)
        or "(c)" in folded  # as a keyboard writes the sign, with a notice's words: "<저작권자(c) X, 무단 전재 금지>"
        or ("all rights reserved" in folded and _NOTICE_RESERVED.search(text) is not None)
        or ("copyright" in folded and _NOTICE_COPYRIGHT.search(text) is not None)
    )
    if copyrighted and _quoted_at(text, _NOTICE_MARK.search(text)):
        return False  # a sentence that quotes a notice: 'posted it with the line "© Jane Roe, all rights reserved"'
    patterns = Patterns.of(cues)
    return copyrighted and (
        legal_notice(text, cues)
        or (
            patterns.copyright.match("\n" + text) is not None
            and (
                _COMPANY.search(text) is not None
                or _MARK_AND_WORD.match(text) is not None
                or not patterns.paper_words.isdisjoint(map(str.casefold, _LETTER_RUN.findall(text)))
            )
            and credit_line(text, cues) is None
        )
    )


def shows_copyright_sign(text: str) -> bool:
    """Whether *text* holds the copyright's sign: "\u00a9", or a small c in a circle, as Korean papers write it.

    "<저작권자 ⓒ X, 무단전재 및 재배포 금지>": the same sign, told by the same words around it.
    """
    return any(sign in text for sign in _COPYRIGHT_SIGNS)


_COPYRIGHT_SIGNS = "\u00a9\u24d2"


def dated_copyright(text: str) -> bool:
    """Whether *text* is a copyright line with its year, as a site signs its pages: a sentence or two at most.

    "\u00a9 2024 Harbour Voices", "Copyright 2024 Valley Public Radio", "Harbour Voices is a nonprofit
    newsroom. \u00a9 2024 Harbour Voices": the sign or the word, then the year, opening the line or a
    sentence of it. A picture's credit names its holder first ("\u00a9 Jane Roe 2024"), or stands right
    under the picture, where the caller asks no more.
    """
    mark = _DATED_COPYRIGHT.search(text) if len(text) <= _DATED_COPYRIGHT_CHARS else None
    return mark is not None and not _quoted_at(text, mark)


_DATED_COPYRIGHT = re.compile(r"(?:\A|[.!?]\s+)(?:\u00a9|\([cC]\)|(?i:copyright))\s*(?:\u00a9\s*)?(?:19|20)\d\d\b")
_DATED_COPYRIGHT_CHARS = 200


# The word as a notice writes it: opening a line ("Copyright 2024 Example Media", a menu's "* Copyright"), not
# a sentence's ("Copyright lawyers said", "Copyright, she said, ..."), or before the year ("is copyright 2024").
# A sentence of the story that names copyright and "terms of service" or "may not be published" is no notice.
_NOTICE_COPYRIGHT = re.compile(
    r"^[^\w\n]*(?i:copyright)\b(?![^\S\n]*,|[^\S\n]+[a-z])|(?i:copyright)\W{0,3}(?:\(c\)\W{0,2})?(?:19|20)\d\d", re.M
)
# And "All rights reserved" as a notice sets it, not a sentence's subject: "All rights reserved, it said, was ...".
_NOTICE_RESERVED = re.compile(r"(?i:all\s+rights\s+reserved)(?![\"\u201d\u2019']?,\s+[a-z])")
# Where a notice starts: the sign, or its words.
_NOTICE_MARK = re.compile(rf"[{_COPYRIGHT_SIGNS}]|(?i:\(c\)|copyright|all rights reserved)")


def _quoted_at(text: str, mark: re.Match[str] | None) -> bool:
    """Whether *mark* stands inside quote marks that *text* opens before it: words a sentence quotes.

    A site sets its notice as it is; a quote mark of its own comes after the sign ('© 2024 Example Media.
    "Example" is a registered trademark').
    """
    if mark is None:
        return False
    before = text[: mark.start()]
    return before.count('"') % 2 == 1 or before.rfind("\u201c") > before.rfind("\u201d")


# A company's name ends so: "© 2019 Example Media, Inc." is a site's line; "© 2024 Jane Roe" credits her picture.
_COMPANY = re.compile(r"\b(?:inc|llc|ltd|corp(?:oration)?|plc|gmbh)\b", re.I)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_MARK_AND_WORD = re.compile(r"(?:\u00a9|\(c\))\s*copyright\b|copyright\s*(?:\u00a9|\(c\))", re.I)
