"""Cue words: the vocabulary that tells one kind of block from another.

Data only. The parsers read these tuples, so a publication with other habits
is served by adding words here (or by passing a :class:`~newsdoc.Cues` of your
own), never by a new rule in a parser.

Phrases match with any white space between their words, and without regard to
case unless their field says otherwise. Class and id vocabularies are single
lower-case words: a class name is split at spaces, ``-`` and ``_``, and each of
its words is compared whole.
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["DEFAULT_CUES", "Cues"]


@frozen(kw_only=True, cache_hash=True)  # hashed on every lookup of its compiled patterns
class Cues:
    r"""The words and phrases the parsers look for.

    :func:`~newsdoc.parse_text` and :func:`~newsdoc.parse_html` take one as
    ``cues``; :data:`~newsdoc.DEFAULT_CUES` serves when none is given. To serve
    a publication with other habits, copy the defaults with ``attrs.evolve``
    and add to the fields that need it.

    Examples:
        >>> import attrs, newsdoc
        >>> text = "Talks in Moscow\n\nSergei Lavrov in Moscow. (Tass Photo)\n\nThe talks went on.\n"
        >>> type(newsdoc.parse_text(text).blocks[1]).__name__
        'Paragraph'
        >>> cues = attrs.evolve(newsdoc.DEFAULT_CUES, agencies=(*newsdoc.DEFAULT_CUES.agencies, "Tass"))
        >>> newsdoc.parse_text(text, cues=cues).blocks[1].credit
        'Tass Photo'
    """

    agencies: tuple[str, ...]
    """Photo and news agencies whose name alone can be a credit, matched as
    written (``AP``, not ``ap``)."""
    credit_labels: tuple[str, ...]
    """Labels written before a credit, such as ``Photo:`` and ``Credit:``."""
    credit_words: tuple[str, ...]
    """Words that make a bracketed credit a picture credit, such as ``Photo`` and ``via``."""
    attributions: tuple[tuple[str, str], ...]
    """Republication phrases, each with the kind it signals (an
    :class:`~newsdoc.AttributionKind` value)."""
    disclaimers: tuple[str, ...]
    """Phrases of editorial disclaimers."""
    publication_phrases: tuple[str, ...]
    """Phrases of a disclaimer after which it names the host publication, as
    "not endorsed by X" does. Matched as written."""
    date_labels: tuple[str, ...]
    """Labels before the date of a dateline, such as ``Published`` in ``Published: March 3, 2021``."""
    bio_roles: tuple[str, ...]
    """Nouns that, after "X is a ...", make a sentence a bio."""
    work_nouns: tuple[str, ...]
    """Nouns that introduce the title of a republished work, as "analysis" does
    in "The analysis X is republished ..."."""
    not_names: tuple[str, ...]
    """Words that open a sentence but never a bio, since "It is a ..." is no
    one's bio. Compared with the sentence's first word as written."""
    byline_prefixes: tuple[str, ...]
    """Words that open a byline line, such as ``By``; matched as written."""
    boilerplate_marks: tuple[str, ...]
    """Words in a class or id that mark page furniture to leave out (``sidebar``,
    ``share``, ``related``)."""
    boilerplate_lines: tuple[str, ...]
    """Whole lines of page furniture that stand inside an article's body, such
    as ``advertisement``, written in lower case. A line matches once
    lower-cased and stripped of spaces, dots, colons and ellipses at its ends."""
    content_marks: tuple[str, ...]
    """Words in a class or id that mark the article body (``entry`` and
    ``content`` of ``entry-content``)."""
    standfirst_marks: tuple[str, ...]
    """Words in a class or id that mark a standfirst."""
    pull_quote_marks: tuple[str, ...]
    """Words in a class or id that mark a pull quote."""
    caption_marks: tuple[str, ...]
    """Words in a class or id that mark a picture caption."""
    credit_marks: tuple[str, ...]
    """Words in a class or id that mark a picture credit inside a caption."""
    note_marks: tuple[str, ...]
    """Words in a class or id that mark an editorial note (bio, disclaimer,
    republication)."""
    tags_prefixes: tuple[str, ...]
    """Labels that open a line of topic tags, such as ``Tags``."""


DEFAULT_CUES = Cues(
    agencies=(
        "AP",
        "Associated Press",
        "Reuters",
        "REUTERS",
        "AFP",
        "Getty Images",
        "Getty",
        "EPA",
        "EPA-EFE",
        "Xinhua",
        "Bloomberg",
        "Shutterstock",
        "Alamy",
        "Anadolu",
        "Sipa",
        "UPI",
        "dpa",
        "Kyodo",
        "Yonhap",
        "TASS",
        "Sputnik",
        "Pool",
    ),
    credit_labels=(
        "Photo",
        "Photos",
        "Photograph",
        "Photo credit",
        "Credit",
        "Image",
        "Image credit",
        "Picture",
        "Source",
        "Illustration",
    ),
    credit_words=("Photo", "Image", "Images", "Picture", "via", "Pool", "File", "Handout"),
    attributions=(
        ("republished with the permission of", "republished"),
        ("republished with permission of", "republished"),
        ("republished with permission from", "republished"),
        ("republished with the permission from", "republished"),
        ("republished from", "republished"),
        ("republished under", "republished"),
        ("republished by permission", "republished"),
        ("reprinted with permission", "reprinted"),
        ("reprinted with the permission", "reprinted"),
        ("reprinted from", "reprinted"),
        ("reprinted by permission", "reprinted"),
        ("originally published", "originally_published"),
        ("was first published", "originally_published"),
        ("first appeared", "first_appeared"),
        ("appeared originally", "first_appeared"),
    ),
    disclaimers=(
        "views expressed",
        "opinions expressed",
        "do not necessarily reflect",
        "does not necessarily reflect",
        "not endorsed by",
        "are the author's own",
        "are the author\u2019s own",
        "are solely those of",
        "editorial independence",
    ),
    publication_phrases=("endorsed by", "views of", "position of", "policy of", "opinions of"),
    date_labels=(
        "Published",
        "Published on",
        "Posted",
        "Posted on",
        "Updated",
        "Updated on",
        "Date",
        "First published",
    ),
    bio_roles=(
        "analyst",
        "author",
        "columnist",
        "contributor",
        "correspondent",
        "director",
        "economist",
        "editor",
        "fellow",
        "founder",
        "journalist",
        "lecturer",
        "professor",
        "provider",
        "reporter",
        "researcher",
        "scholar",
        "writer",
        "student",
        "candidate",
        "consultant",
        "expert",
        "historian",
        "specialist",
        "chair",
        "head of",
        "member",
        "think tank",
        "firm",
        "organisation",
        "organization",
        "agency",
        "publisher",
        "platform",
    ),
    work_nouns=(
        "analysis",
        "article",
        "piece",
        "story",
        "essay",
        "column",
        "commentary",
        "report",
        "op-ed",
        "post",
        "interview",
    ),
    not_names=("It", "This", "That", "There", "Here", "He", "She", "They", "We", "I", "You", "What", "Which", "Who"),
    boilerplate_marks=(
        "nav",
        "navbar",
        "navigation",
        "menu",
        "menubar",
        "breadcrumb",
        "breadcrumbs",
        "crumbs",
        "sidebar",
        "widget",
        "widgets",
        "share",
        "sharing",
        "social",
        "sharedaddy",
        "addthis",
        "related",
        "recommended",
        "popular",
        "trending",
        "mostread",
        "comments",
        "comment",
        "respond",
        "reply",
        "disqus",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "banner",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adsbygoogle",
        "sponsor",
        "sponsored",
        "promo",
        "masthead",
        "skip",
        "toolbar",
        "pagination",
        "pager",
        "navlinks",
        "tags",
        "tagcloud",
        "taglinks",
        "categories",
        "print",
        "modal",
        "popup",
        "hidden",
        "outbrain",
        "taboola",
        "footer",
        "header",
        "topbar",
        "search",
        "login",
        "paywall",
    ),
    boilerplate_lines=(
        "advertisement",
        "advert",
        "ad",
        "sponsored",
        "sponsored content",
        "story continues below",
        "story continues below advertisement",
        "continue reading below",
        "you may also like",
        "you might also like",
        "related",
        "related stories",
        "related articles",
        "read more",
        "read next",
        "more stories",
        "our latest stories",
        "recommended",
        "share this",
        "share this article",
        "share",
        "previous",
        "next",
        "previous next",
        "this slideshow requires javascript",
        "loading",
        "click to enlarge",
        "skip ad",
    ),
    content_marks=(
        "content",
        "entry",
        "article",
        "story",
        "body",
        "text",
        "main",
        "articlebody",
        "prose",
    ),
    standfirst_marks=(
        "standfirst",
        "dek",
        "deck",
        "sell",
        "summary",
        "lede",
        "excerpt",
        "subtitle",
        "subhead",
        "strapline",
    ),
    pull_quote_marks=("pullquote", "pull", "pullout", "blockquote-pull", "highlight-quote"),
    caption_marks=("caption", "figcaption", "wp-caption-text", "photo-caption", "image-caption", "cutline"),
    credit_marks=("credit", "photo-credit", "image-credit", "byline-photo", "copyright", "source"),
    note_marks=(
        "bio",
        "author-bio",
        "author-info",
        "authorbio",
        "about-author",
        "disclaimer",
        "republished",
        "attribution",
        "note",
    ),
    byline_prefixes=("By", "Words by", "Written by", "Reporting by"),
    tags_prefixes=("Tags", "Topics", "Filed under", "Keywords"),
)
"""The cues every parser uses unless it is given others, for English text and common publishing systems."""
