"""Judgements about one piece of text: is it a credit, a note, a bio, a slug?

These functions look at a single string and answer from the cue data; the
parsers (plain text now, HTML later) decide with the context around it. One
rule lives in one place, so both parsers agree.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings

import dateutil.parser
from attrs import frozen

from .cues import Cues
from .model import Attribution, AttributionKind, Bio, Disclaimer, Slug

__all__ = [
    "Credit",
    "Patterns",
    "bio_name",
    "byline_authors",
    "find_credit",
    "is_breadcrumb",
    "normalise",
    "publication_of",
    "published_date",
    "read_date",
    "read_note",
    "read_slug",
    "slug_before",
    "tags_of",
]

_ORG = r"(?P<org>(?:[Tt]he\s)?[A-Z0-9][\w&.'\u2019-]*(?:\s(?:[A-Z0-9&][\w&.'\u2019-]*|of|for|and|the|de|on)){0,7})"
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"


# A credit starts after a sentence on the same line, or on a line of its own.
_CREDIT_START = r"(?:(?<=[.!?\u201d\"'])[^\S\r\n]+|(?:\r\n?|\n)[^\S\r\n]*)"
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,3}"


def _words(phrases: tuple[str, ...]) -> str:
    """An alternation of phrases, longest first, with flexible spaces."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@frozen
class Patterns:
    """The regular expressions compiled from one :class:`~newsdoc.Cues`."""

    agency: re.Pattern[str]
    credit_word: re.Pattern[str]
    bracketed: re.Pattern[str]
    labelled: re.Pattern[str]
    slashed: re.Pattern[str]
    attribution: re.Pattern[str]
    disclaimer: re.Pattern[str]
    bio: re.Pattern[str]
    bio_role: re.Pattern[str]
    work: re.Pattern[str]
    byline: re.Pattern[str]
    publication: re.Pattern[str]
    date_line: re.Pattern[str]
    tags: re.Pattern[str]

    @classmethod
    @functools.cache
    def of(cls, cues: Cues) -> Patterns:
        """Compile (once) the patterns of *cues*."""
        agencies = _words(cues.agencies)
        return cls(
            agency=re.compile(rf"(?<![\w-])(?:{agencies})(?![\w-])"),
            credit_word=re.compile(rf"(?<!\w)(?:{_words(cues.credit_words)})(?!\w)", re.I),
            # "... Lavrov (AP Image)." and "... 2012. (AP Photo/Jane Doe)"
            bracketed=re.compile(r"(?P<prefix>\s+\()(?P<credit>[^()\n]{2,80})(?P<suffix>\)\.?)\Z"),
            # "... Photo: Jane Doe/AFP via Getty Images", on the line or on one of its own
            labelled=re.compile(
                rf"(?P<prefix>{_CREDIT_START}(?:{_words(cues.credit_labels)})"
                r"\s*:\s*)(?P<credit>[^\n:]{2,80}?)(?P<suffix>\.?)\Z",
                re.I,
            ),
            # "... 2014. REUTERS/Jane Doe" and "... 2014. Jane Doe/AFP"
            slashed=re.compile(
                rf"(?P<prefix>{_CREDIT_START}\(?)(?P<credit>(?:(?:{agencies})/[^\s/()][^/\n()]{{0,60}}"
                rf"|{_NAME}/(?:{agencies})(?:\s(?:via|for)\s[\w ]{{2,30}})?))"
                r"(?P<suffix>\)?\.?)\Z"
            ),
            attribution=re.compile(
                "|".join(f"(?P<{kind}{i}>{_words((phrase,))})" for i, (phrase, kind) in enumerate(cues.attributions)),
                re.I,
            ),
            disclaimer=re.compile(_words(cues.disclaimers), re.I),
            bio=re.compile(
                r"\A(?P<name>[A-Z][\w.'\u2019-]*(?:\s(?:[A-Z][\w.'\u2019-]*|de|van|von|al|bin|da)){0,5})"
                r"\s(?:is|was|has\sbeen|serves\sas)\s(?:a|an|the)\s(?P<rest>[^.!?]*)",
            ),
            bio_role=re.compile(rf"\b(?:{_words(cues.bio_roles)})", re.I),
            work=re.compile(
                rf"\b(?:{_words(cues.work_nouns)})\s+(?P<work>\S.*?)\s+(?:is|was|has\sbeen|are|were)\s+"
                r"(?:being\s)?(?:republished|reprinted|originally|first|published)",
                re.I,
            ),
            byline=re.compile(
                rf"\A(?:{_words(cues.byline_prefixes)})\s+(?P<names>[A-Z][^\n]{{1,120}})\Z",
            ),
            publication=re.compile(rf"(?:{_words(cues.publication_phrases)})\s+{_ORG}"),
            date_line=re.compile(
                rf"\A(?:(?:{_words(cues.date_labels)}):?\s+)?(?P<date>(?:\w+,?\s)?"
                rf"(?:\d{{1,2}}\s{_MONTHS}|{_MONTHS}\s\d{{1,2}},?)\s\d{{4}}"
                r"(?:,?\s(?:at\s)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,5})?)?"
                r"|\d{4}-\d{2}-\d{2}(?:[T ][\d:.+Z-]+)?)\Z",
                re.I,
            ),
            tags=re.compile(rf"\A(?:{_words(cues.tags_prefixes)})\s*:\s*(?P<tags>[^\n]+)\Z", re.I),
        )


_CREDIT_WINDOW = 200


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


def find_credit(text: str, cues: Cues) -> Credit | None:
    """Find a picture credit at the end of *text*.

    Args:
        text: A caption, or a paragraph that may be one.
        cues: The cue words to use.

    Returns:
        The credit and what surrounds it, or ``None`` when *text* ends in none.
    """
    patterns = Patterns.of(cues)
    # Credits end a caption: look at its tail only, which keeps long inputs linear.
    offset = max(0, len(text) - _CREDIT_WINDOW)
    for kind in (patterns.labelled, patterns.slashed, patterns.bracketed):
        match = kind.search(text, offset)
        if match is None or not match.start():
            continue
        credit = match["credit"]
        if credit != credit.strip():
            continue
        if kind is patterns.bracketed:
            if not patterns.agency.search(credit):
                continue
            strong = bool(patterns.credit_word.search(credit) or "/" in credit)
        else:
            strong = True
        return Credit(text[: match.start()], credit, match["prefix"], match["suffix"], strong)
    return None


def read_note(text: str, cues: Cues) -> Attribution | Disclaimer | Bio | None:
    """Read a note: a republication note or a disclaimer (whichever cue comes first), or a bio.

    Returns:
        The note, or ``None`` when *text* is none.
    """
    patterns = Patterns.of(cues)
    attribution = patterns.attribution.search(text)
    disclaimer = patterns.disclaimer.search(text)
    if attribution and not (disclaimer and disclaimer.start() < attribution.start()):
        return _attribution(text, attribution, cues)
    if disclaimer:
        return Disclaimer(text=text)
    if name := bio_name(text, cues):
        return Bio(text=text, name=name)
    return None


def _attribution(text: str, match: re.Match[str], cues: Cues) -> Attribution:
    """Read the kind, the source and the work of a republication note."""
    kind = AttributionKind(re.sub(r"\d+$", "", match.lastgroup or ""))
    source = None
    after = re.match(rf"\s*(?:with\s+permission\s+)?(?:of|from|in|on|by|at)?\s*{_ORG}", text[match.end() :])
    if after:
        source = _trim_org(after["org"])
    work = None
    if found := Patterns.of(cues).work.search(text):
        work = found["work"].strip("\u201c\u201d\"'\u2018\u2019 \u00a0") or None
    return Attribution(text=text, kind=kind, source=source, work=work)


def _trim_org(org: str) -> str | None:
    words = org.split()
    while words and words[-1] in {"of", "for", "and", "the", "de", "on"}:
        words.pop()
    name = " ".join(words).rstrip(".")
    return name if name and name.lower() not in {"the", "this", "permission"} else None


def publication_of(text: str, cues: Cues) -> str | None:
    """The host publication a disclaimer names: "... not endorsed by X or Y" gives X."""
    match = Patterns.of(cues).publication.search(text)
    return _trim_org(match["org"].split(" or ")[0].split(" and ")[0]) if match else None


def bio_name(text: str, cues: Cues) -> str | None:
    """Whom *text* is a bio of ("Jane Doe is a senior fellow at ..."), or ``None``."""
    match = Patterns.of(cues).bio.match(text)
    if match is None or len(text.split()) > 90:
        return None
    if match["name"].split()[0] in cues.not_names:
        return None
    return match["name"] if Patterns.of(cues).bio_role.search(match["rest"]) else None


def byline_authors(text: str, cues: Cues) -> tuple[str, ...] | None:
    """The authors of a byline line ("By Jane Doe and John Roe"), or ``None``."""
    match = Patterns.of(cues).byline.match(text)
    if match is None or len(text.split()) > 14:
        return None
    names = re.split(r",\s*|\s+and\s+|\s*&\s*", match["names"].strip())
    return tuple(name for name in names if name)


def tags_of(text: str, cues: Cues) -> tuple[str, ...] | None:
    """The tags of a tags line ("Tags: Syria, Russia"), or ``None``."""
    match = Patterns.of(cues).tags.match(text)
    if match is None:
        return None
    return tuple(tag.strip() for tag in re.split(r"[,;|]", match["tags"]) if tag.strip())


def published_date(text: str, cues: Cues) -> dt.date | dt.datetime | None:
    """The date of a dateline such as ``Published: March 3, 2021``, or ``None``."""
    match = Patterns.of(cues).date_line.match(text)
    if match is None or (value := read_date(match["date"])) is None:
        return None
    has_time = re.search(r"\d[:.]\d{2}|T\d", match["date"]) is not None
    return value if has_time else value.date()


# Zone names that pages write and dateutil does not know by itself, in seconds east of UTC.
_ZONES = {
    name: int(hours * 3600)
    for name, hours in {"EST": -5, "EDT": -4, "ET": -5, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
                        "PDT": -7, "PT": -8, "GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
                        "IST": 5.5, "JST": 9, "AEST": 10, "AEDT": 11}.items()
}  # fmt: skip


def read_date(value: str) -> dt.datetime | None:
    """Read a date and time as pages and datelines write them, or ``None``.

    A zone name dateutil does not know leaves the result without a zone.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dateutil.parser.UnknownTimezoneWarning)
            return dateutil.parser.parse(value, tzinfos=_ZONES)
    except (ValueError, OverflowError):
        return None


_SLUG = re.compile(
    r"\A(?P<words>[a-z0-9][a-z0-9_-]*(?:\s[a-z0-9][a-z0-9_-]*){0,6}?)"
    r"\s(?P<width>\d{2,4})\s(?P<date>\d{1,2}[a-z]{3}\d{2})(?=\s|\Z)"
)


def read_slug(text: str) -> tuple[Slug, str] | None:
    """Read a WordPress-style file-name slug at the start of *text*.

    ``ap syr2 300 12dec12 Title`` gives the slug (words ``ap syr2``, width 300,
    2012-12-12) and the rest, ``Title``. Only a slug with width and date is
    read here; bare words need a known title after them (see
    :func:`slug_before`).

    Returns:
        The slug and the text after it (without the space), or ``None``.
    """
    match = _SLUG.match(text)
    if match is None:
        return None
    try:
        day = dt.datetime.strptime(match["date"], "%d%b%y").date()
    except ValueError:
        return None
    slug = Slug(words=match["words"], width=int(match["width"]), date=day)
    return slug, text[match.end() :].lstrip(" ")


def slug_before(text: str, title: str) -> Slug | None:
    """Read bare file-name words that stand before *title* at the start of *text*."""
    match = re.match(r"(?P<words>[a-z0-9][a-z0-9_-]*(?:\s[a-z0-9][a-z0-9_-]*){0,6}) ", text)
    if match is None or not text[match.end() :].startswith(title):
        return None
    return Slug(words=match["words"])


_BREADCRUMB = re.compile(r"\A[^\n>\u203a\u00bb]{1,40}(?:\s[>\u203a\u00bb]\s[^\n>\u203a\u00bb]{1,60}){1,6}\Z")


def is_breadcrumb(text: str) -> bool:
    """Whether *text* is a breadcrumb trail: ``Home > World > Asia``."""
    return _BREADCRUMB.match(text) is not None


def normalise(text: str) -> str:
    """Fold case, quotes and white space, to compare passages."""
    text = text.translate(_QUOTES).casefold()
    return " ".join(re.findall(r"\w+(?:'\w+)*", text))


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
