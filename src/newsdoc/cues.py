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

import attrs
from attrs import frozen

__all__ = ["DEFAULT_CUES", "Cues"]


@frozen(kw_only=True, cache_hash=True, repr=False)  # hashed on every lookup of its compiled patterns
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
    """Labels before the date of a dateline, such as ``Published`` in ``Published: March 3, 2021``;
    matched in any case."""
    bio_roles: tuple[str, ...]
    """Nouns that, after "X is a ...", make a sentence a bio. In a script without capitals, one
    that opens one of the two words after the writer's own name does: "سلمى حداد صحفية ...",
    "이서연 작가는 ..."."""
    work_nouns: tuple[str, ...]
    """Nouns that introduce the title of a republished work, as "analysis" does
    in "The analysis X is republished ..."."""
    not_names: tuple[str, ...]
    """Words that open a sentence but never a bio, since "It is a ..." is no
    one's bio. Compared with the sentence's first word as written."""
    byline_prefixes: tuple[str, ...]
    """Words that open a byline line, such as ``By``; matched as written. One written with a colon
    (``Author:``) is a label: the colon follows it, or another mark a script sets after a label
    (``=``, ``/``, ``|``, ``・``, or their full-width forms: "글=이서연", "文／陈静"); after the others,
    a space. In a script without capitals, the names after one must be names alone."""
    titles_after_names: tuple[str, ...] = ()
    """A writer's post as Korean and Japanese set it after her name, such as Korean ``기자``
    (reporter) in "김민수 기자", as a byline or the line that signs the story writes it: the name
    before one, in Hangul or in kanji, is the author's, perhaps with her email address after. Matched
    as written."""
    staff_credits: tuple[str, ...] = ()
    """Lines that sign a story for the newsroom, no writer named, such as ``Staff Reporter``, ``Our
    Correspondent`` or ``Agencies``: alone on a line, as under a headline, a byline that names no
    author. Matched in any case, as the whole line."""
    editor_labels: tuple[str, ...] = ()
    """Words that credit an editor after a byline's writers, such as ``Edited by`` in "Reported by Jane
    Roe, Edited by John Doe": the names after them are no authors. Matched in any case."""
    boilerplate_marks: tuple[str, ...]
    """Words in a class or id that mark page furniture to leave out (``sidebar``,
    ``share``, ``related``)."""
    icon_marks: tuple[str, ...]
    """Words in a picture's class, or folders of its address, that mark an icon, an emoji, a logo
    or a writer's portrait (``avatar``, ``headshot``): no picture of the article, and no line
    beside it captions it."""
    portrait_marks: tuple[str, ...] = ()
    """Words of the class of a picture, or of one of the three boxes around it, that mark it as
    a writer's portrait, such as ``avatar`` or ``authorimage`` (``<div class="author-image">``,
    its words joined): no picture of the article."""
    comment_marks: tuple[str, ...]
    """The words of :attr:`boilerplate_marks` that name reader comments. A
    comment thread can hold more prose than the article; it is never taken
    for the article's wrapper."""
    chrome_marks: tuple[str, ...]
    """The words of :attr:`boilerplate_marks` that name the page's frame or
    presentation (``header``, ``social``, ``popup``) rather than other content
    (``related``, ``newsletter``): a caption, dek or author box inside an
    element named so stays, though the rest of it goes."""
    comment_labels: tuple[str, ...]
    """Whole lines that open or run through a thread of reader comments in a page's text
    (``comments``, ``leave a reply``), written in lower case; a count before or after the
    line ("3 comments", "Comments (4)") is read past. The prose under such a line is the
    readers', not the article's body."""
    boilerplate_lines: tuple[str, ...]
    """Whole lines of page furniture that stand inside an article's body, such
    as ``advertisement``, written in lower case. A line matches once
    lower-cased and stripped of spaces, dots, colons and ellipses at its ends."""
    picture_placeholders: tuple[str, ...]
    """What a text browser writes where a picture stood, such as lynx's ``[img]``, in lower case: furniture
    as the :attr:`boilerplate_lines` are, and a caption's picture (its credit after a sentence tells it)."""
    content_marks: tuple[str, ...]
    """Words in a class or id that mark the article body (``entry`` and
    ``content`` of ``entry-content``)."""
    standfirst_marks: tuple[str, ...]
    """Words in a class or id that mark a standfirst (dek)."""
    lede_marks: tuple[str, ...]
    """Words in a class or id that mark a lead paragraph (``intro``, ``lede``):
    a standfirst when it stands apart from the body, between the headline and
    the body; the body's first paragraph when it stands in the body."""
    pull_quote_marks: tuple[str, ...]
    """Words in a class or id that mark a pull quote."""
    caption_marks: tuple[str, ...]
    """Words in a class or id that mark a picture caption."""
    credit_marks: tuple[str, ...]
    """Words in a class or id that mark a picture credit, inside a caption or beside it."""
    bio_marks: tuple[str, ...]
    """Words in a class or id that mark an author's bio or author box."""
    disclaimer_marks: tuple[str, ...]
    """Words in a class or id that mark a disclaimer, disclosure or editor's note."""
    attribution_marks: tuple[str, ...]
    """Words in a class or id that mark a republication note."""
    byline_marks: tuple[str, ...]
    """Words in a class or id that mark the byline shown under a headline,
    read for the authors when the page's head names none."""
    date_marks: tuple[str, ...]
    """Words in a class or id that mark the date shown under a headline
    (``article-publish-date``), read when the page's head gives none."""
    topic_class_prefixes: tuple[str, ...]
    """Beginnings of class names that name the article's topic, not the
    element's role, as WordPress's ``category-worth-sharing`` does: such a
    class gives no words."""
    screen_sizes: tuple[str, ...]
    """Words of responsive class names (``hidden-xs``, ``d-md-none``): a class
    with one of them shows or hides an element on some screens only, and
    gives no words."""
    tags_prefixes: tuple[str, ...]
    """Labels that open a line of topic tags, such as ``Tags``."""
    caption_openings: tuple[str, ...] = ()
    """Words that open a picture caption even without a credit, such as the
    ``FILE -`` of a wire archive picture; matched as written."""
    note_labels: tuple[str, ...] = ()
    """Labels that frame a block as an editorial note, such as ``Editor's note``
    or ``Correction``, when followed by a colon or a dash."""
    update_note_labels: tuple[str, ...] = ()
    """Of the :attr:`note_labels`, those that open the news itself as often as a note on the piece,
    such as ``Update``: "Update: the crew is ashore." on a live page is the story's, and so is
    "Update (12:15): ..."; the label frames a note when it dates the change ("Update 21 May: ...")
    or the note speaks of the piece or the newsroom ("Update: This story has been updated to
    include ...", "Update: We have added the council's reply."). Matched in any case."""
    bio_copulas: tuple[str, ...] = ()
    """Verbs "to be" of languages that name a trade without an article, such as ``est`` in "Jane Doe
    est journaliste". After a name and before one of :attr:`bio_roles`, they make a sentence a bio.
    Matched as written."""
    name_articles: tuple[str, ...] = ()
    """Articles that a language sets before a person's name, such as Greek ``\u039f`` and ``\u0397``
    ("the"): a bio that opens with one ("I Maria Alexiou einai dimosiografos", in Greek letters)
    names the person after it. Matched as written."""
    honorifics: tuple[str, ...] = ()
    """Titles a newsroom's style sets before a surname, such as ``Ms.`` in "Ms. Roe is a former
    pilot": a bio that names the article's writer so is hers. Matched as written."""
    bio_verbs: tuple[str, ...] = ()
    """Verbs that, right after a name, make a sentence a bio, as "writes for" does in
    "Jane Doe writes for ..."; matched as written."""
    disclosure_verbs: tuple[str, ...] = ()
    """Verbs that, right after a name, make a sentence a writer's disclosure under her piece, as
    "receives funding from" does in "Jane Roe receives funding from the Varn Trust." (a
    :class:`~newsdoc.Disclaimer`); matched as written."""
    signing_words: tuple[str, ...] = ()
    """Words between a line's date and the names that sign the piece after it, as "by" in a blog's
    "Posted on May 3, 2024 by Jane Roe" and "par" in "Publié le 5 mars 2024 par Jeanne Roux";
    matched as written."""
    lending_verbs: tuple[str, ...] = ()
    """Verbs with which a maker lends what a review tests, as "lent" in "Kestrel Motors lent us the car
    for this review": with one of :attr:`review_purposes` later in its sentence, a
    :class:`~newsdoc.Disclaimer`; matched in any case."""
    review_purposes: tuple[str, ...] = ()
    """What a maker lent its product for, as the note under a review says it, such as "for this review"."""
    contact_phrases: tuple[str, ...] = ()
    """Phrases that give an author's contact details in a bio, such as
    ``Follow`` ... ``on Twitter`` or ``Email:``."""
    credit_phrases: tuple[str, ...] = ()
    """Whole lines that credit a picture without naming anyone, such as ``Submitted photo``;
    like a bare agency name, such a line is a credit only next to a caption."""
    holder_words: tuple[str, ...] = ()
    """Words after a name that say the picture comes from what its holder keeps, such as ``archive`` in
    "Photo: Kessel Port Museum archive" and ``family`` in "Photo: Penhallow family", or what the
    newsroom made of it, such as ``screenshot`` in "Credit: Harbour Times screenshot" and
    ``analysis`` in "Chart: Harbour Times analysis": after a credit's label, the name and such a
    word are the credit. Matched in any case."""
    held_openings: tuple[str, ...] = ()
    """Words that open a credit, in languages that set the noun first, to say the picture comes from
    what its holder keeps, such as ``archivo`` in "Foto: archivo familiar" (the family's archive), or
    who handed it out, such as ``ufficio stampa`` (a press office): after a credit's label, such
    words and whose it is are the credit, in any case. Matched in any case."""
    caption_labels: tuple[str, ...] = ()
    """Labels on a line of their own that announce the caption after them, such as
    ``Image caption``, as pages write them for screen readers."""
    credit_places: tuple[str, ...] = ()
    """Words before a credit label that place the picture elsewhere on the page, as
    ``Above`` in ``Above Photo: ...`` or ``Cover`` in ``Cover Illustration: ...``:
    such a credit stands alone and is not joined to the line above it. Matched as written."""
    source_labels: tuple[str, ...] = ()
    """Of the :attr:`credit_labels`, those that name where figures come from, such as ``Source``:
    under a chart, its credit; in a sentence of the body, a citation. Matched in any case."""
    chart_labels: tuple[str, ...] = ()
    """Of the :attr:`credit_labels`, those that credit a chart, a map or a graphic, such as
    ``Chart``: such a credit, or a source's (:attr:`source_labels`), under a sentence of the body in
    scraped text credits a chart the text lost (an embedded frame), not the sentence over it; under
    a line that is no sentence (the chart's title), it completes that line's caption. Matched in
    any case."""
    credit_by_words: tuple[str, ...] = ("by",)
    """The words between a credit's label and the name, as "by" in ``Photo by Jane Roe``: ``Foto
    di``, ``Foto de``, ``Photo par``. A capitalised name must follow. Matched in any case."""
    story_credit_labels: tuple[str, ...] = ()
    """Labels that open a line crediting all of a story's pictures, not one, such as
    ``Photographs by``: under the byline, such a line is another line of it (who else made
    the story), not a picture's caption. Matched as written, at the line's start."""
    shot_words: tuple[str, ...] = ()
    """Words written after a photographer's name to say she took the picture, as Chinese ``摄``
    and Japanese ``撮影`` close a caption: "... 本报记者 李华 摄" credits 本报记者 李华."""
    chrome_openings: tuple[str, ...] = ()
    """Words that open a line of site furniture that can look like a headline,
    such as ``Tag Archives:`` or ``Skip to main content``."""
    cookie_notices: tuple[str, ...] = ()
    """Words that open a banner asking leave to keep cookies, such as ``This website uses cookies``
    or ``Wir verwenden Cookies``: the site's furniture wherever it stands, its sentences and all.
    Matched in any case."""
    legal_phrases: tuple[str, ...] = ()
    """Phrases of a site's legal notice (``All rights reserved``, ``registered
    trademark``): a line with one is the site's footer, never a caption."""
    compound_roles: tuple[str, ...] = ()
    """Job nouns of the languages that write a compound as one word, which end longer ones. A word
    that ends in one is a :attr:`bio_roles` noun too, as ``Redakteur`` ends ``Wirtschaftsredakteur``
    (an editor of the business pages) and ``verslaggever`` ends ``mobiliteitsverslaggever``.
    Matched in any case."""
    self_introductions: tuple[str, ...] = ()
    """Words with which an author opens a bio that names no one, such as ``I am a`` in "I am a
    writer and professor ...", in the first person, or ``The writer is`` in an opinion page's line
    under the piece ("The writer is a lecturer in ..."). A :attr:`bio_roles` noun must follow in
    the same sentence. Matched as written."""
    update_labels: tuple[str, ...] = ()
    """The :attr:`date_labels` that date a change, not the first publication, such as
    ``Updated``: the article's date is another dateline's when it has one. Matched in any case."""
    day_first_labels: tuple[str, ...] = ()
    """The :attr:`date_labels` of languages that write a date in numbers day first, as all but
    American English do: "03/04/2024" after ``Publicado em`` is the 3rd of April. After another
    label, such a date reads as one day only when one of its numbers is above 12; a date with full
    stops between its numbers ("03.04.2024") is read day first after any. Matched in any case."""
    bio_labels: tuple[str, ...] = ()
    """Lines that head the writer's bio under an article, such as ``About the author``: in scraped
    text, the paragraph under one is a bio whatever it says. Matched whole, in any case, a colon
    after it allowed."""
    writer_deeds: tuple[str, ...] = ()
    """How the line under a letter or an opinion piece opens when it says what its writer, unnamed, does or did,
    such as ``The writer teaches`` in "The writer teaches fourth grade in Harlan.": a line of a sentence or
    two so opened is her bio, whatever she does (see :attr:`self_introductions`, which say what she is).
    Matched as written."""
    self_references: tuple[str, ...] = ()
    """Words with which a note names its own piece or its writer in languages the English
    "this article" (:attr:`work_nouns` after "this") does not cover, such as ``cet article`` or
    ``leur auteur``, and the phrases only a note on the piece says ("names have been changed"): a note
    that holds one is a note, not a sentence of the story that happens to hold a note's phrase.
    Matched in any case."""
    renamed_nouns: tuple[str, ...] = ()
    """Nouns for people's names, such as ``names`` and ``Namen``, with which the note that a story
    changed them opens, its participle (:attr:`renamed_words`) a few words on: "Names of some people
    in this story have been changed", "Die Namen der Betroffenen hat die Redaktion geändert". Such a
    note in a short paragraph is a disclaimer wherever it stands. Matched in any case."""
    renamed_words: tuple[str, ...] = ()
    """Participles that say names were changed, such as ``changed`` and ``geändert``: see
    :attr:`renamed_nouns`. Matched in any case."""
    author_pages: tuple[str, ...] = ()
    """Folders of the address of a writer's own page on a site, such as ``author`` in
    ``/author/jane-roe/``: a short line at the top of the body whose link goes to one is the
    byline, as a template writes it, and a picture kept in one is a writer's portrait.
    Compared with each folder of the path (not its last part, the writer), in lower case."""
    home_crumbs: tuple[str, ...] = ()
    """The first item of a breadcrumb trail, the site's home, such as ``Home``: a short line of
    capitalised names that opens with one is a trail whose marks a stylesheet drew ("Home News
    Science"), never the headline. Matched in any case."""
    month_names: tuple[tuple[str, ...], ...] = ()
    """The names of the months in other languages, January's first, such as ``("Januar",
    "janvier", "enero")``: a date line that writes one is read as if it wrote the English
    name. Matched in any case, as whole words."""
    weekday_names: tuple[tuple[str, ...], ...] = ()
    """The names of the days of the week in other languages, Monday's first, such as ``("Montag",
    "lundi", "segunda-feira")``: a date line that opens with one ("lundi 3 mars 2024") is read as
    if it wrote the English name. Matched in any case, as whole words."""
    meridiem_words: tuple[tuple[str, str], ...] = ()
    """Words after a time that say before or after noon in other languages, each with ``AM`` or ``PM``, such as
    Arabic's ``("PM", "\u0645")``: "... 2023 - 09:45 \u0645" is read at 21:45. Matched as whole words."""
    date_words: tuple[str, ...] = ()
    """Words that join the parts of a date in other languages, such as ``de`` in ``3 de marzo
    de 2024`` or ``Uhr`` after a German time: left out when a date line is read. Matched in
    any case, as whole words."""
    relation_words: tuple[str, ...] = ()
    """Words in a class name after which it names another element, and says where this one
    stands or what it holds. A paragraph classed ``graf-after--pullquote`` follows a pull quote,
    and is none; a section classed ``has-pullquote`` holds one, and more. The
    words from one on give nothing, unless one of them is a :attr:`boilerplate_marks` word
    (``inline-after-paragraph-newsletter`` is a newsletter's promo). Compared in lower case."""
    state_marks: tuple[str, ...] = ()
    """Class words among :attr:`boilerplate_marks` that say a state, such as ``hidden``. After a
    word of :attr:`parts_with_states` they say it of that part of the element, not of the element:
    ``overflow-hidden`` hides what overflows it, Drupal's ``field--label-hidden`` the field's
    label. Such a class gives every word but the state."""
    parts_with_states: tuple[str, ...] = ()
    """Words that name a part of an element whose state a :attr:`state_marks` word after them
    gives, such as ``overflow`` and ``label``. Compared in lower case."""
    header_marks: tuple[str, ...] = ()
    """Class words of the short lines in an article's header, such as ``kicker``, ``dateline`` and
    ``meta``, besides the :attr:`byline_marks` words: a line classed so in a ``<header>``, or
    between the headline and the body, is a
    :class:`~newsdoc.Fragment`, never a paragraph or the standfirst. Its role is ``byline`` for a
    word of :attr:`byline_marks`, ``date`` for one of :attr:`date_marks` and ``kicker`` for one
    of :attr:`kicker_marks` (a line of a few words)."""
    institutions: tuple[str, ...] = ()
    """Words that name an institution, such as ``University`` and ``Institute``: a name with one
    is where a writer works, not a writer ("By Jane Roe, Harbour University"), and a line of a
    name and one after the body is the writer's bio. Matched as written, as whole words."""
    sentence_prefixes: tuple[str, ...] = ()
    """Those of :attr:`byline_prefixes` that open the sentences of their language as often as
    bylines, such as German ``Von`` and Spanish ``Por``, or a subheading's, such as ``Analysis by``
    ("Analysis by Sector"): after one, a byline holds names alone,
    each of two to four capitalised words ("Von Anfang an war klar" is a sentence)."""
    name_joiners: tuple[str, ...] = ("and",)
    """Words that join the last two names of a byline, such as ``and`` in "By Jane Roe and John
    Doe", ``et`` in "Par Jeanne Roux et Jean Doe". Matched as written."""
    reading_times: tuple[str, ...] = ()
    """Words of the line that says how long the article takes to read, such as ``min read`` and
    ``Lesezeit``: a short line with one and a number ("4 min read", "Lesezeit: 3 Minuten") is page
    furniture. Matched in any case."""
    media_labels: tuple[str, ...] = ()
    """Words of a video's or a recording's player, such as ``Watch`` and ``Listen to this article``: a
    short line that opens with one and a mark (":", "|", "·") or a length, and ends as no sentence
    does ("Watch: Crews battle a fire on the ridge", "Listen · 4:32"), is page furniture. Matched in
    any case."""
    service_words: tuple[str, ...] = ()
    """Words of what a site offers its readers besides the story, such as ``newsletter``, ``cookies``
    and ``app``: a sentence or two amid the page's lines under a story (or over its headline) that
    speak to the reader or for the newsroom ("you", "our") and name one ("By signing up you agree to
    our privacy policy.") are the page's. Matched in any case, as whole words."""
    reader_words: tuple[str, ...] = ()
    """Words with which a site speaks to its reader or for its newsroom, such as ``you`` and ``our``
    (see :attr:`service_words`). Matched as written, or with a capital first letter ("Our"), so
    that ``us`` is no "US"."""
    reader_calls: tuple[str, ...] = ()
    """Words that open a sentence telling the reader what to do, such as ``Download``, ``Follow``
    and ``Please``: such a sentence speaks to her as ``you`` does (see :attr:`reader_words`), as in
    "Download the app for weather alerts." or "Comments are moderated. Please keep it civil." Matched
    as written, at a sentence's start."""
    speech_tags: tuple[str, ...] = ()
    """The tags a story hangs on what someone said or holds, such as ``she says``, ``he said`` and
    ``he thinks``, as in "Most nights are quiet, she says, and ...": prose of the story, which a
    picture's caption, saying what the picture shows, and a bio, saying who its person is, do not
    use. Matched in any case, as whole words."""
    speech_verbs: tuple[str, ...] = ()
    """Verbs of saying that, after a name and between commas, hang a sentence on its speaker, as
    ``says`` does in "The branch, Roe says, will close in June": a tag of the story's prose, as
    :attr:`speech_tags` are. Matched in any case, as whole words."""
    quote_lead_ins: tuple[str, ...] = ()
    """Words of the sentence that leads into a quotation set off under it, ending on a colon, such as ``said``
    in "In a statement, the ferry company said:" or ``read`` in "The letter read in part:": in scraped text the
    paragraph under such a sentence is the quoted statement, a :class:`~newsdoc.Quote`. Matched in any case,
    as whole words."""
    tags_marks: tuple[str, ...] = ()
    """Class words of the box of links to the article's topics, such as ``tags`` in "post-tags":
    its links' words are the article's tags when its head names none."""
    kicker_marks: tuple[str, ...] = ()
    """Class words of the kicker over a headline, the section or topic it files the article
    under, such as ``kicker`` and ``category``."""
    breadcrumb_marks: tuple[str, ...] = ()
    """Class words of the page's breadcrumb trail over the article (``Home > World > Asia``), such as
    ``breadcrumb``; its ``aria-label`` and its microdata's type (``BreadcrumbList``) name it so too."""
    fact_box_marks: tuple[str, ...] = ()
    """Class words of a box of facts amid the article's body (``<aside class="factbox">``, "Facts: the wind
    farm", then a list), such as ``factbox`` and ``infobox``: the article's own, where an ``<aside>`` is
    else a sidebar."""
    picture_marks: tuple[str, ...] = ()
    """Class words of a picture's box, such as ``photo`` and ``image``: an element classed so
    that holds an ``<img>`` and no prose is read as a figure, its words as the caption."""
    component_attributes: tuple[str, ...] = ()
    """Attributes that name the component an element renders, as a template writes them beside
    hashed classes, such as ``data-component`` in ``data-component="standfirst"``, or the ARIA
    ``role`` (``doc-pullquote``, ``doc-subtitle``). Their words name a part of the article (see
    :attr:`standfirst_marks`, :attr:`caption_marks`, ...) where the class and id name none."""
    summary_headings: tuple[str, ...] = ()
    """Headings over a list that sums up the article, such as ``Key points``, or bold labels
    before such a sentence (``Bottom line:``): above the body or under it, where only typed parts
    are kept, such a heading and the list right under it are kept, and an ``<aside>`` that opens
    with one is no sidebar. Matched in any case, a colon after them aside."""
    contribution_phrases: tuple[str, ...] = ()
    """Phrases that, after a name, make a short line the one under a story that credits who else
    worked on it, such as ``contributed to this report`` in "Jane Roe in Kyiv contributed to this
    report.": a fragment with the bylines, not the body's prose. Matched in any case."""
    contribution_openers: tuple[str, ...] = ()
    """Phrases that open such a line, names alone after them, such as ``With assistance from`` in
    "\u2014 With assistance from Jane Roe". Matched in any case."""
    desk_endings: tuple[str, ...] = ()
    """How the name of a newsroom's desk or bureau ends in a script without spaces, such as Japanese ``部``
    ("department") and ``支局`` ("bureau"): "（政治部　山岸玲奈）" signs a story with the desk before the name."""
    desk_words: tuple[str, ...] = ()
    """Words that end the name of a newsroom's desk or section, never a person's, such as
    ``News`` and ``Desk``: a byline of "Local News" or "Opinion Desk" names no author. Matched in
    any case."""
    paper_words: tuple[str, ...] = ()
    """Words that end the name of a paper, never a person's nor a section's, such as ``Gazette``: a
    desk's word too, and "Jane Roe | Lakeside Gazette" under the headline signs the piece. Matched in
    any case."""
    agency_words: tuple[str, ...] = ()
    """Words in the name of a news agency that say it is one, such as ``Press`` and ``News``: the
    sign-off "\u2013 Harbour Press Agency (HPA)" under a story names an agency, "\u2013 Harbour Police
    Service (HPS)" in a list of bodies does not. Matched as written."""
    promo_openings: tuple[str, ...] = ()
    """Words that open a newsroom's call to its readers under a story, to follow it, write to it or
    send it tips, such as ``Follow`` in "Follow Harbour News on Facebook": such a line of a sentence or
    two, with a way to do so in it (a link's address, an email address, a social network), is page
    furniture, not the body's. Matched as written."""
    follow_calls: tuple[str, ...] = ()
    """Words of languages other than English that open a newsroom's call to follow it on a channel
    (:attr:`news_channels`), such as Greek ``Ακολουθήστε`` or Portuguese ``Siga`` in "Siga a Rede Sul
    no WhatsApp": a line of a sentence or two that opens with one and names a channel is page
    furniture. (English "Follow" is one of :attr:`promo_openings`.) Matched as written."""
    follow_calls_last: tuple[str, ...] = ()
    """Words that close such a call, in languages that set the verb last, such as Turkish ``takip edin`` in
    "Ege Sabah'ı Google Haberler'de takip edin". Matched as written, at the line's end."""
    answer_calls: tuple[str, ...] = ()
    """Verbs that open the sentence after a question to the reader and ask her to answer it at an e-mail
    address in that sentence, such as ``Send`` in "Have a money question? Send it to mailbag@example.com.
    Letters may be edited.": the line is page furniture. Matched as written, as a whole word."""
    news_channels: tuple[str, ...] = ()
    """The services on which a newsroom asks its readers to follow it, such as ``Google News`` or
    ``Telegram``, named in a call of :attr:`follow_calls` or :attr:`subscription_calls`. Matched as written."""
    subscription_calls: tuple[str, ...] = ()
    """Words that call the readers to subscribe, such as ``Sign up for`` or ``Subscribe to``. At the start of a
    sentence, in a line of a sentence or three that names what they would get (one of
    :attr:`subscription_words`, or "our ..." right after the call), they make the line a newsroom's promotion,
    page furniture: "Get the news in your inbox. Sign up for the Harbour Briefing." Matched in any case."""
    subscription_words: tuple[str, ...] = ()
    """What a call to subscribe offers, such as ``newsletter`` or ``inbox`` (see :attr:`subscription_calls`).
    Matched in any case, as whole words."""
    sponsor_labels: tuple[str, ...] = ()
    """The label a widget of paid links sets after each one's headline, before the advertiser's name, such as
    ``Sponsored`` in "Homeowners are switching to this roof coating Sponsored | CoastGuard Coatings": a line
    so is the page's, not the story's, however long its headline. Matched as written, before a bar, a dot, a
    colon or "by"."""
    signup_buttons: tuple[str, ...] = ()
    """The button under a newsletter's, a paywall's or a nonprofit's pitch, such as ``Subscribe``, ``Sign up``
    or ``Donate``: a line of a sentence or two that speaks to the reader (see :attr:`reader_words` and
    :attr:`reader_calls`) and names what it offers (see :attr:`subscription_words`), right over such a
    button alone on its line, is the box's pitch, page furniture: "Get news alerts, delivered every
    weekday." over "SUBSCRIBE". (A story's last word to the reader, over the footer's "Subscribe",
    offers nothing.) The button is the box's too, and so is a title of a few words over the pitch
    that names the offer ("Newsletter", "We are nonprofit."). Matched in any case, as the whole line."""
    feed_notes: tuple[tuple[str, str], ...] = ()
    """The note a publishing system's feed adds under each post, as a template with the
    :class:`~newsdoc.AttributionKind` value it signals: ``("The post {work} appeared first on
    {source}.", "first_appeared")``. A whole block written so is an :class:`~newsdoc.Attribution`
    naming the post's title and the site; the phrase alone, in a sentence, makes none. A template
    may hold ``{year}``, ``{date}`` (a whole date with its year: "March 14th, 2025") and ``{any}``
    (words the note does not keep) too. Matched as written, with any white space between words."""
    source_prepositions: tuple[str, ...] = ()
    """Prepositions after a republication phrase that say where the piece first ran, such as ``in``
    in "first published in Harbour Weekly", ``dans`` and ``im`` in French and German notes: the
    source named after one is the note's :attr:`~newsdoc.Attribution.source`. Matched as written."""
    version_asides: tuple[str, ...] = ()
    """What a republication note may say of the version it names between its phrase and its source, such
    as ``in a longer version`` in "first appeared in a longer version on the blog Harbour Notes": the source
    follows it. Matched as written, perhaps between commas."""
    source_media: tuple[str, ...] = ()
    """Nouns that say what kind of outlet a republication note's source is, written before its name,
    such as ``newsletter`` in "first published on my newsletter, The Harbour Log": the name after
    them is the source. Matched as written."""
    language_names: tuple[str, ...] = ()
    """The names of languages, as a note says what a piece was written in ("originally published in
    Spanish by El Faro"): never the note's source. Matched as written."""
    relative_times: tuple[str, ...] = ()
    """Words that date a post from now, before or after a number and its unit, such as ``ago`` in
    "2 hours ago" and ``il y a`` in "il y a 2 heures". A comment thread signs each comment with its
    writer's handle and such a date: a paragraph right under a short line that holds one is a
    comment, which counts for little in finding the article's body. Matched in any case."""
    counted_words: tuple[str, ...] = ()
    """What a button's or a profile's counter counts, after its number, such as ``Shares`` in "1,204 Shares"
    and ``Followers`` in "1.2K Followers": a line of the number and the word is furniture (the word alone
    is as often the story's: "sending shares lower"). Matched in any case."""
    feedback_answers: tuple[str, ...] = ()
    """The buttons under a page's question to its reader, such as ``Yes`` and ``No`` under "Was this
    article helpful?": the question with them on its line is furniture as the question alone is
    (:attr:`boilerplate_lines`), and so is a line of two buttons or more. Matched in any case."""
    end_marks: tuple[str, ...] = ()
    """Words a wire writes under its story's last line to mark its end, such as ``ENDS`` and ``-30-``:
    a line of one alone, in brackets or between dashes ("(END)", "-- FIN --"), or after the agency's name
    and a slash ("Lusa/Fim"), is furniture. Matched in any case."""
    slide_words: tuple[str, ...] = ()
    """Words of a slideshow's counter, each a slide's noun ("Photo", "Foto", "Bild") or the word between
    its number and the slides' ("of", "de", "von"): "Foto 2 de 6", "Bild 2 von 6", as "Image 2 of 6" is.
    A line of the counter alone is furniture; one before a caption, no word of it. Matched in any case."""
    alt_labels: tuple[str, ...] = ()
    """Labels a copy of a page sets before a picture's alt text, such as ``Image`` in "Image: A man rakes
    salt at dawn", as a screen reader names a picture: such a line over a credited caption is the picture's,
    not the story's. Not ``Photo``, which labels a credit ("Photo: Jane Roe"). Matched in any case."""
    funding_verbs: tuple[str, ...] = ()
    """Verbs of a sentence that says who pays for a newsroom or a piece, such as ``provides financial support
    to`` in "The Varn Trust provides financial support to the Ledger. It has no role in editorial decisions.":
    a disclaimer's phrase in the sentence after it makes the whole a :class:`~newsdoc.Disclaimer`, though the
    sentence before is the longer (as a writer's :attr:`disclosure_verbs` do too). Matched in any case."""
    link_boxes: tuple[str, ...] = ()
    """The labels of a box of links to other stories, set in the story or under it ("Related stories",
    "Most read"), lower case: a stock line of furniture, as :attr:`boilerplate_lines` are, and in scraped
    text the headlines right under one are its links. A label that ends in a preposition ("most read
    from") is followed by the outlet's name: "Most Read from Harbour Wire"."""

    def __repr__(self) -> str:
        """``DEFAULT_CUES``, or the fields that differ from it: thousands of words help no one reading a signature."""
        if self == DEFAULT_CUES:
            return "DEFAULT_CUES"
        changed = [
            f"{a.name}={getattr(self, a.name)!r}"
            for a in attrs.fields(Cues)
            if getattr(self, a.name) != getattr(DEFAULT_CUES, a.name)
        ]
        return f"attrs.evolve(DEFAULT_CUES, {', '.join(changed)})"


# Byline prefixes that open sentences as often as bylines: the kind of piece ("Analysis by Sector" is a
# subheading's), and "by" in French, Spanish and Portuguese, German ("Von Anfang an war klar"), Italian.
_SENTENCE_OPENERS = (
    "Analysis by",
    "Opinion by",
    "Commentary by",
    "Review by",
    "Guest post by",
    "A guest post by",
    "Guest essay by",
    "Guest column by",
    # and so in German: "Ein Gastbeitrag von Jane Roe", "Ein Kommentar von Jane Roe"
    "Ein Gastbeitrag von",
    "Gastbeitrag von",
    "Ein Kommentar von",
    "Kommentar von",
    "Eine Analyse von",
    "Analyse von",
    "Eine Kolumne von",
    "Kolumne von",
    "Par",
    "par",
    "PAR",
    "Por",
    "por",
    "POR",
    "Von",
    "von",
    "VON",
    # Italian, in lower case as papers set it ("di Jane Roe"), or capitalised on a line of its own ("Di Jane Roe"; a
    # surname it opens, "Di Santo", is one word: no writer's whole name follows)
    "di",
    "Di",
    # Dutch: "Door Jane Roe", as "Door de storm ..." opens a sentence
    "Door",
    "door",
    "DOOR",
    "Propos recueillis par",  # French: who conducted an interview, its byline
    # Swedish "Av", Danish "Af", Indonesian "Oleh", Romanian "De" ("Av de 60 linjerna ...", "De luni ...")
    *("Av", "AV", "Af", "AF", "Oleh", "OLEH", "De", "de"),
    # Greek "of", the writer's name in the genitive after it
    *("\u03a4\u03bf\u03c5", "\u03a4\u03b7\u03c2", "\u03a4\u039f\u03a5", "\u03a4\u0397\u03a3"),
    # and "writes" with the article, the name in the nominative after it ("Γράφει η Μαρία Βλάχου"); Hebrew "by"
    *("\u0393\u03c1\u03ac\u03c6\u03b5\u03b9 \u03b7", "\u0393\u03c1\u03ac\u03c6\u03b5\u03b9 \u03bf", "מאת"),
    "\u0393\u03c1\u03ac\u03c6\u03b5\u03b9",  # or with a colon and no article: "Γράφει: Μαρία Βλάχου"
    # Swahili "Na" and Tagalog "Ni" ("Na Rehema Juma, Mtwara"; "Na hivyo ...", "Ni isa ..." open sentences)
    *("Na", "NA", "Ni", "NI"),
)

# What a note calls the piece it is under: "This story first ran in ..."
_PIECES = ("story", "article", "piece", "essay", "post", "column", "report")

# What only a note on the piece says, wherever its sentence puts it: a speech given as written for the page, not
# as delivered ("Check against delivery", "Es gilt das gesprochene Wort."), and the names the story changed
# ("Some names have been changed to protect ...", "Los nombres ... fueron modificados para proteger ...").
_AS_DELIVERED = (
    *("check against delivery", "es gilt das gesprochene wort", "seul le prononcé fait foi"),
    "alleen het gesproken woord telt",
)
_NAMES_CHANGED = (
    *("names have been changed", "name has been changed", "prénoms ont été modifiés", "noms ont été modifiés"),
    # or kept out: "Some patients' last names have been withheld at their request."
    *("names have been withheld", "names are being withheld", "names were withheld", "withheld at their request"),
    *(f"{were} {changed} para proteger" for were in ("fueron", "han sido") for changed in ("modificados", "cambiados")),
    *("prénom a été modifié", "Name geändert", "Namen wurden geändert", "Namen geändert", "nomes foram alterados"),
    *("nomi sono stati cambiati", "nomi sono stati modificati", "nomes foram trocados", "namen zijn gefingeerd"),
    "naam is gefingeerd",
    # the reader told which are changed, or that the newsroom knows the real one: "Names marked with an asterisk
    # have been changed", "Name von der Redaktion geändert", "Der volle Name ist der Redaktion bekannt"
    *("marked with an asterisk have been changed", "von der redaktion geändert", "ist der redaktion bekannt"),
    *(
        "sind der redaktion bekannt",
        "imię zostało zmienione",
        "imiona zostały zmienione",
        "personalia zostały zmienione",
    ),
    # Arabic, its verb first: "Some names (some details) were changed ..."
    *("تم تغيير الأسماء", "تم تغيير أسماء", "تم تغيير بعض الأسماء", "تم تغيير بعض التفاصيل"),
)

# Who paid for the reporting, as the note under it says in Spanish, Portuguese, French, Italian, German, Dutch,
# Polish and Czech: the piece, then made "with the support of" its funder
_REPORTING_SUPPORTED = (
    *(
        f"{piece} {made} con el apoyo"
        for piece in ("este reportaje", "esta investigación", "esta historia", "este trabajo", "esta crónica")
        for made in ("fue realizado", "fue realizada", "fue producido", "fue producida", "se realizó", "contó")
    ),
    *(
        f"{piece} {made} com o apoio"
        for piece in ("esta reportagem", "esta investigação", "esta matéria", "este trabalho")
        for made in ("foi produzida", "foi produzido", "foi realizada", "foi realizado", "contou")
    ),
    *(
        f"{piece} a été {made} avec le soutien"
        for piece in ("ce reportage", "cette enquête", "cet article")
        for made in ("réalisé", "réalisée", "produit", "produite")
    ),
    *(
        f"{piece} è stat{ending} realizzat{ending} con il {help}"
        for piece, ending in (("questo reportage", "o"), ("questa inchiesta", "a"), ("questo articolo", "o"))
        for help in ("sostegno", "contributo", "supporto")
    ),
    *(
        f"{piece} wurde {paid}"
        for piece in ("diese recherche", "die recherche")
        for paid in ("gefördert", "unterstützt")
    ),
    *("entstand mit unterstützung", "entstand mit finanzieller unterstützung", "kwam tot stand met steun van"),
    *(
        f"{piece} {made}"
        for piece in ("reportáž", "článek", "text")
        for made in ("vznikla s podporou", "vznikl s podporou")
    ),
    *(
        f"{piece} powstał {thanks}"
        for piece in ("reportaż", "artykuł", "tekst", "materiał")
        for thanks in ("dzięki wsparciu", "przy wsparciu", "ze wsparciem")
    ),
    # a piece's name Spanish gives it, then "counted on the support of": "Esta cobertura contó con el apoyo de X"
    *(
        f"{piece} contó con el apoyo"
        for piece in ("esta cobertura", "este artículo", "esta serie", "este especial", "este proyecto")
    ),
    # Korean: "... was written (made) with the support of ..."
    *(f"지원을 받아 {made}" for made in ("작성되었습니다", "작성됐습니다", "제작되었습니다", "제작됐습니다")),
)

# What the piece is not, as a market column or a personal-finance page says under it ("This article is for
# information only and does not constitute investment advice"): in English and in other languages
_NOT_ADVICE = (
    *(
        f"should not be {taken} {advice} advice"
        for taken in ("considered", "considered as", "construed as", "taken as", "relied upon as", "relied on as")
        # (and a farm report's prices: "... should not be taken as marketing advice", a grain's sale)
        for advice in ("investment", "financial", "medical", "legal", "tax", "personal financial", "marketing")
    ),
    *(f"not intended as {advice} advice" for advice in ("investment", "financial", "medical", "legal", "tax")),
    *(
        f"{does} not constitute {advice} advice"
        for does in ("does", "do")
        for advice in ("investment", "financial", "medical", "legal", "tax")
    ),
    # (not "for informational purposes only", which a site's terms say under every page: "The contents on our
    # website are for informational purposes only")
    "not a substitute for professional",  # "This column is not a substitute for professional advice."
    # advice for no one reader's case: "This column ... is not individualized financial, tax or legal advice."
    *("is not individualized", "is not individualised", "is not personalized", "is not personalised"),
    *("keine Anlageberatung", "keine Anlageempfehlung", "keine Aufforderung zum Kauf", "stellt keine Kaufempfehlung"),
    *("não constitui uma recomendação de investimento", "não constitui recomendação de investimento"),
    *("não constituem uma recomendação de investimento", "não constituem recomendação de investimento"),
    *("não constitui aconselhamento financeiro", "não constitui consultoria de investimento"),
    *("no constituye asesoramiento financiero", "no constituye una recomendación de inversión"),
    *("no constituye recomendación de inversión", "no constituye asesoramiento de inversión"),
    *("non costituisce consulenza", "non costituiscono consulenza", "non costituiscono sollecitazione al pubblico"),
    *("non costituisce sollecitazione al pubblico", "non costituisce raccomandazione di investimento"),
    *("ne constitue pas un conseil en investissement", "ne constitue pas une recommandation d'investissement"),
    *("ne constitue pas un conseil financier", "geen beleggingsadvies", "yatırım tavsiyesi niteliği taşımaz"),
    *("yatırım tavsiyesi değildir", "yatırım danışmanlığı kapsamında değildir"),
    # Polish "does not constitute an investment recommendation" or "advice"
    *("nie stanowi rekomendacji inwestycyjnej", "nie stanowi porady inwestycyjnej", "nie stanowią rekomendacji"),
    # a fund's risk warning, as rules require it under what names a fund or a share
    *("past performance is not a reliable indicator", "past performance is no guarantee"),
    "past performance does not guarantee",
    # and what a health page's note says it does not replace: "This article does not replace medical advice." (its
    # "not a substitute for medical advice" with an advice column's, below)
    *("does not replace medical advice", "does not replace professional medical advice"),
    *("ne remplace pas une consultation médicale", "ne remplace pas l'avis d'un médecin"),
    *("ne remplace en aucun cas", "ne remplacent en aucun cas", "ne remplace en rien", "ne remplacent en rien"),
    # Polish: "Artykuł ma charakter wyłącznie informacyjny i nie zastępuje porady lekarskiej."
    *("ma charakter wyłącznie informacyjny", "ma charakter informacyjny", "nie zastępuje porady lekarskiej"),
    *("nie zastępuje konsultacji", "nie zastępuje indywidualnej konsultacji", "nie zastępuje wizyty u lekarza"),
    *("ne se substitue pas à un avis médical", "ne se substitue pas à une consultation"),
    *("non sostituisce il parere del medico", "non sostituiscono il parere del medico", "in alcun modo il parere del"),
    *("no sustituye la consulta médica", "no sustituye el consejo médico", "no reemplaza la consulta médica"),
    *("ersetzt keine ärztliche Beratung", "ersetzt nicht den Besuch beim Arzt", "ersetzt keinen Arztbesuch"),
    *("não substitui a consulta médica", "não substitui o aconselhamento médico", "não substitui uma consulta"),
    "vervangt geen medisch advies",
    # "This column ... is not a substitute for advice from your own doctor", "... is not medical or financial advice"
    "not a substitute for advice from",
    *(
        f"is not {one} or {other} advice"
        for one in ("investment", "financial", "medical", "legal", "tax")
        for other in ("investment", "financial", "medical", "legal", "tax")
        if one != other
    ),
    # a market report's prices: "... should not be used as the basis for trading decisions"
    *(
        f"should not be used as {a} basis for {kind} decisions"
        for a in ("the", "a")
        for kind in ("trading", "investment")
    ),
    # Spanish, Italian, French, Russian and Vietnamese health pages: for information or reference only, no
    # doctor's replacement ("no sustituye en ningún caso la consulta ...", "Не занимайтесь самолечением": "do not
    # treat yourself")
    *("carácter meramente informativo", "no sustituye en ningún caso", "no sustituye la consulta con"),
    *("scopo esclusivamente informativo", "scopo puramente informativo", "non sostituiscono le indicazioni"),
    *("non sostituisce le indicazioni", "ne remplace pas un avis médical", "ne remplace pas une consultation"),
    *("Не занимайтесь самолечением", "носит справочный характер", "носит информационный характер"),
    *("не заменяет консультацию", "chỉ mang tính chất tham khảo", "chỉ mang tính tham khảo"),
    # an advice column's answers, for guidance only: "... is not a substitute for legal advice", "Las respuestas de
    # este consultorio tienen carácter orientativo y no sustituyen el asesoramiento jurídico ..."
    *(
        f"not a substitute for {whose}{kind} advice"
        for whose in ("", "personalised ", "personalized ", "individual ")
        for kind in ("legal", "medical", "financial", "professional", "tax", "investment")
    ),
    # Korean: "... does not replace a diagnosis or treatment"
    *(
        "\uce58\ub8cc\ub97c \ub300\uc2e0\ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4",
        "\uce58\ub8cc\ub97c \ub300\uc2e0\ud560 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4",
    ),
    *("carácter orientativo", "no sustituyen el asesoramiento", "no sustituye el asesoramiento"),
)

# A shop's links the newsroom earns from, in other languages: "Dieser Artikel enthält Affiliate-Links",
# "Algunos enlaces de este artículo son de afiliación"; and as an English page says how it makes money: "When you
# click some of the links on this page we may receive a payment"
_AFFILIATE = (
    *("Affiliate-Links", "Affiliate-Link", "erhalten wir eine Provision", "bekommen wir eine Provision"),
    *("enlaces de afiliación", "enlaces de afiliados", "enlaces afiliados", "podemos recibir una comisión"),
    "son de afiliación",  # "Algunos enlaces de este artículo son de afiliación"
    *("links de afiliados", "links de afiliação", "podemos receber uma comissão", "liens d'affiliation"),
    *("liens affiliés", "link di affiliazione", "potremmo ricevere una commissione", "ontvangen wij een commissie"),
    *(f"we may {get} a payment" for get in ("receive", "get", "earn")),
    *(f"we may {get} a fee" for get in ("receive", "get", "earn")),
    # Spanish, Romanian, Turkish, Japanese and Chinese: "algunos de los enlaces de este artículo son de afiliados",
    # "Articolul conține linkuri afiliate", "Bu yazıdaki bazı bağlantılar satış ortaklığı bağlantısıdır",
    # "... 編集部に収益の一部が還元される場合があります", "文中部分商品链接为推广链接"
    *("son de afiliados", "enlaces de afiliado", "linkuri afiliate", "link-uri afiliate", "linkuri de afiliere"),
    *("poate primi un comision", "komisyon alabilir", "収益の一部が還元"),
    *(f"satış ortaklığı {link}" for link in ("bağlantısı", "bağlantısıdır", "bağlantıları", "bağlantılarıdır")),
    *("アフィリエイトリンク", "推广链接", "少量佣金", "获得佣金"),
)

# A shop's prices, as the page that lists them says they stood when it was published: "Prices were accurate at
# the time of publishing", "Los precios indicados eran correctos en el momento de la publicación", "Prețurile
# sunt cele valabile la momentul publicării", "Цены актуальны на дату публикации", "価格は記事公開時点のもの";
# the prices named ("at the time of publication" alone opens a story's sentence: "At the time of publication,
# the ministry had not replied")
_PRICES_AS_PUBLISHED = (
    *(
        f"{accurate} at {the}time of {publishing}"
        for accurate in ("accurate", "correct")
        for the in ("the ", "")
        for publishing in ("publishing", "publication", "writing")
    ),
    *(f"{correct} en el momento de la publicación" for correct in ("correctos", "vigentes", "válidos")),
    *(f"{correct} au moment de la publication" for correct in ("en vigueur", "valables", "constatés")),
    *(f"{correct} no momento da publicação" for correct in ("válidos", "vigentes", "corretos")),
    *(f"preços {cited} {nesta}" for cited in ("citados", "indicados", "mencionados") for nesta in ("nesta", "neste")),
    *("prezzi aggiornati al momento della pubblicazione", "prezzi validi al momento della pubblicazione"),
    *("Preise zum Zeitpunkt der Veröffentlichung", "Preise zum Zeitpunkt der Erstellung"),
    *("valabile la momentul publicării", "актуальны на дату публикации", "актуальны на момент публикации"),
    *("記事公開時点のもの", "記事掲載時点のもの", "发稿时价格"),
)

# A travel writer's trip, paid for by others, as the note under the piece says it ("The writer travelled as a
# guest of the Varn tourist board."): the writer named as such, not a sentence of the news ("The minister travelled
# as a guest of ..."); in English, French, Portuguese, Spanish, Italian, German, Dutch and Danish
_TRAVELLED = (
    *(
        f"the {writer} {travelled} {as_guest}"
        for writer in ("writer", "author", "reporter", "journalist", "photographer")
        for travelled in ("travelled", "traveled", "was", "stayed")
        for as_guest in ("as a guest of", "courtesy of", "with the support of", "with assistance from")
    ),
    *(
        f"{writer} a voyagé à l'invitation"
        for writer in ("l'auteur", "l'auteure", "l'autrice", "le journaliste", "la journaliste", "notre journaliste")
    ),
    "a été réalisé à l'invitation de",
    *(
        f"{writer} viajou a convite"
        for writer in ("o jornalista", "a jornalista", "o repórter", "a repórter", "o autor", "a autora")
    ),
    *(
        f"{writer} viajó {invited}"
        for writer in ("el periodista", "la periodista", "el autor", "la autora")
        for invited in ("invitado por", "invitada por", "por invitación de", "invitado a", "invitada a")
    ),
    *(
        f"{writer} {travelled}"
        for writer in ("il giornalista", "la giornalista", "l'autore", "l'autrice")
        for travelled in ("ha viaggiato su invito", "ha viaggiato ospite", "è stato ospite di", "è stata ospite di")
    ),
    *("reiste auf Einladung", "Die Reise wurde unterstützt von", "Die Recherchereise wurde unterstützt"),
    *("reisde op uitnodiging van", "rejste på invitation"),
)

# Paid content, as the box under it says: "This content was paid for by X and produced by Y", "Content labelled
# as paid for is controlled by an advertiser"; a betting page's notice of its age limit and a helpline ("If you or
# someone you know has a gambling problem ..."); a critic's rule of paying for the meals she reviews ("Our critic
# dines anonymously and pays for all meals.")
_PAID_FOR = (
    *(f"this {piece} was paid for by" for piece in (*_PIECES, "content")),
    *("paid for by an advertiser", "controlled by an advertiser", "content labelled as paid for"),
    *("has a gambling problem", "gamble responsibly", "or older to place bets", "or older to gamble"),
    *(f"{pays} for all meals" for pays in ("pays", "pay", "paid")),
    *("pays for her meals", "pays for his meals", "pay for their meals"),
)

# How a critic or a tester came by what she reviews, as only the note under the review says it: she goes unknown
# ("Jane Roe dines anonymously", "réserve sous un nom d'emprunt", "besuchen die Lokale unangemeldet") and pays her
# own bill ("règle l'addition", "bezahlen ihre Rechnung selbst"), or her hosts gave the trip ("Il viaggio è stato
# offerto da X", "Rejsen var betalt af X"), a maker lent the car or sent the samples ("The car was loaned by the
# manufacturer for review", "Τα δείγματα παραχωρήθηκαν από το οινοποιείο"); in English, French,
# German, Spanish, Portuguese, Italian, Danish, Norwegian, Swedish, Greek, Korean, Japanese and Thai
_CRITICS_TERMS = (
    *(f"{dines} anonymously" for dines in ("dines", "dine", "visits", "visit", "eats", "reviews", "review")),
    *("under an assumed name", "visited unannounced", "visits unannounced"),
    *(f"{lent} for review" for lent in ("provided", "loaned", "lent", "supplied", "sent")),
    *("for review purposes", "a review unit", "review units", "review sample", "review samples", "review copy"),
    *(f"{lent} by the {maker}" for lent in ("loaned", "lent") for maker in ("manufacturer", "maker", "brand")),
    *(f"samples were {given} by" for given in ("provided", "supplied", "sent")),
    *("sous un nom d'emprunt", "règle l'addition", "paie l'addition", "règle toujours l'addition"),
    *(
        f"{lent} par {maker}"
        for lent in ("prêté", "prêtée")
        for maker in ("le constructeur", "la marque", "le fabricant")
    ),
    *("mis à disposition par le constructeur", "mis à disposition par la marque", "échantillons ont été fournis"),
    *("Lokale unangemeldet", "Restaurants unangemeldet", "Lokale anonym", "Restaurants anonym"),
    *("Rechnung selbst", "Rechnung stets selbst", "Rechnung immer selbst"),
    *("vom Hersteller zur Verfügung gestellt", "vom Hersteller leihweise", "leihweise zur Verfügung gestellt"),
    *(
        f"{lent} por {maker}"
        for lent in ("cedido", "cedida", "prestado", "prestada")
        for maker in ("la marca", "el fabricante")
    ),
    *(f"viaje {went} con la colaboración" for went in ("se realizó", "se ha realizado", "fue posible")),
    *(
        f"{lent} pel{maker}"
        for lent in ("cedido", "cedida", "emprestado", "emprestada")
        for maker in ("a marca", "o fabricante", "a fabricante")
    ),
    *(f"{stay} è stato offerto" for stay in ("il soggiorno", "il viaggio", "il pranzo", "la cena")),
    *(f"{stay} è stata offerta" for stay in ("la cena", "la degustazione", "la visita")),
    *("fornito in prova", "prestato dalla casa", "messo a disposizione dalla casa"),
    *("rejsen var betalt af", "reisen var betalt av", "resan var betald av", "lånat ut av tillverkaren"),
    # a car or a product lent for the test: "Bilen är lånad av X under testperioden." in Swedish, Danish, Norwegian
    *("bilen är lånad av", "bilen er lånt af", "bilen er lånt av", "lånad av tillverkaren", "lånt af producenten"),
    # and what the maker had no part in: "The Courier does not accept payment in exchange for reviews, and the
    # manufacturer did not see this article before publication."
    *(f"in exchange for {what}" for what in ("reviews", "a review", "coverage", "positive coverage")),
    *(f"did not see this {piece} before" for piece in ("article", "review", "story", "piece")),
    *("δείγματα παραχωρήθηκαν", "δείγματα προσφέρθηκαν"),
    *("제품을 대여받아", "제품을 제공받아", "제품을 무상으로 제공받아"),
    *("メーカーから貸与", "メーカーからお借りし", "商品提供を受け", "製品提供を受け"),
    # and a game's copy, a phone or a car given for the test in Italian, French, Portuguese, Turkish, Russian,
    # Japanese and Chinese: "Il gioco ci è stato fornito gratuitamente dal publisher", "une version numérique
    # fournie par l'éditeur", "cedido ... para efeitos de teste", "test amacıyla ... ödünç verilmiştir",
    # "Автомобиль для тест-драйва предоставлен ...", "Xから貸与された製品", "本文测试机由X提供"
    *(f"{given} {by} publisher" for given in ("fornito", "fornita") for by in ("dal", "dal suo")),
    *(f"{given} gratuitamente" for given in ("ci è stato fornito", "ci è stata fornita")),
    *(f"{given} par l'éditeur" for given in ("fourni", "fournie", "prêté", "prêtée", "offert", "offerte")),
    *(f"{given} par l’éditeur" for given in ("fourni", "fournie", "prêté", "prêtée", "offert", "offerte")),
    *("para efeitos de teste", "para efeito de teste", "ödünç verilmiştir", "inceleme amacıyla"),
    *("для тест-драйва предоставлен", "предоставлен для тест-драйва", "предоставлена для тест-драйва"),
    *("から貸与された", "から貸与を受け", "测试机由", "样机由", "评测样机"),
    "ผู้เขียนชำระค่า",
)

# What only a newsroom's note says of its own ways, whatever name it gives itself, wherever it stands: its critic
# pays for the meals ("Fjordposten betaler altid selv for måltidet ved anmeldelser.", "il conto è sempre pagato dal
# giornale"), its editors pick a shop's products alone ("Die Redaktion wählt alle Produkte unabhängig aus."), the
# maker of a product it tested had no say ("Der Hersteller hatte keinen Einfluss auf den Inhalt dieses Tests."), a
# trip was paid for by others ("Resan bekostades av X."), it partners a festival, the reader may report a mistake
_OWN_WAYS = (
    *("betaler altid selv", "betaler alltid selv", "betalar alltid själv", "il conto è sempre pagato"),
    "il conto è pagato dal giornale",
    *("wählt alle produkte unabhängig aus", "produkte werden unabhängig ausgewählt"),
    *("keinen einfluss auf den inhalt", "keinen einfluss auf die inhalte"),
    *("resan bekostades av", "resan betalades av", "rejsen er betalt af", "rejsen blev betalt af"),
    *("reisen ble betalt av", "reisen er betalt av"),
    # its tie to the event it reviews: "The Ledger is a media partner of the Varn Festival.", "The Ledger received
    # press accreditation from the festival."
    *("is a media partner of", "was a media partner of", "is the media partner of", "was the media partner of"),
    *("received press accreditation from", "was given press accreditation by"),
    # how to tell it of a mistake: "The Ledger is committed to accuracy. To report an error, email ..."
    *("to report an error", "to report a mistake", "if you spot an error", "if you spot a mistake"),
)

# An interview's note on its editing and its approval, in Swedish, Italian and German ("Das Gespräch wurde
# schriftlich autorisiert.", as German papers have the interviewee approve the text)
_INTERVIEW_EDITED = (
    *("har redigerats och kortats", "har kortats och redigerats", "har redigerats för tydlighet"),
    *("rivista dall'intervistato", "rivista dall'intervistata", "rivista dagli intervistati"),
    *("Interview wurde autorisiert", "Gespräch wurde autorisiert", "schriftlich autorisiert"),
    *("Interview wurde redigiert", "Gespräch wurde redigiert"),
)

# A kicker's name in the class words of French, German, Italian, Spanish and Portuguese newsrooms' templates
_KICKER_WORDS = ("rubrique", "surtitre", "rubrik", "ressort", "occhiello", "antetitulo", "cintillo", "chapeu")

# What a paper's critics review: "restaurant critic", "theatre reviewer"
_REVIEWED = ("restaurant", "food", "film", "theatre", "theater", "music", "art", "dance", "book", "television", "TV")

# The languages a note names a piece as written or translated in: "Translated from the Spanish by ...".
_ENGLISH_LANGUAGES = (
    *("Arabic", "Chinese", "Dutch", "English", "French", "German", "Greek", "Hindi", "Italian", "Japanese"),
    *("Korean", "Persian", "Polish", "Portuguese", "Russian", "Spanish", "Swedish", "Turkish", "Ukrainian"),
    *("Bengali", "Burmese", "Czech", "Danish", "Farsi", "Finnish", "Hebrew", "Hungarian", "Indonesian", "Malay"),
    *("Nepali", "Norwegian", "Romanian", "Serbian", "Swahili", "Tamil", "Thai", "Urdu", "Vietnamese", "Belarusian"),
)
_LANGUAGES = (
    *_ENGLISH_LANGUAGES,
    # in Spanish, Italian, French, Portuguese and German: "publicado originalmente en ingl\u00e9s en X"
    *("ingl\u00e9s", "inglese", "anglais", "ingl\u00eas", "Englisch", "espa\u00f1ol", "spagnolo", "espagnol"),
    *("espanhol", "Spanisch", "franc\u00e9s", "francese", "fran\u00e7ais", "franc\u00eas", "Franz\u00f6sisch"),
    *("alem\u00e1n", "tedesco", "allemand", "alem\u00e3o", "Deutsch"),
    # and the languages of the east in German, French, Spanish, Portuguese and Italian: "erschien zuerst auf Russisch"
    *("Russisch", "Ukrainisch", "Polnisch", "Arabisch", "Belarussisch", "Türkisch", "Persisch", "Chinesisch"),
    *("russe", "ukrainien", "arabe", "ruso", "ucraniano", "árabe", "russo", "ucraino", "arabo"),
)

# "Last updated" in Italian, Spanish, Portuguese, French and German: a date label, and an update's
_LAST_UPDATED = (
    *("Ultimo aggiornamento", "\u00daltima actualizaci\u00f3n", "\u00daltima atualiza\u00e7\u00e3o"),
    *("Derni\u00e8re mise \u00e0 jour", "Zuletzt aktualisiert", "Letzte Aktualisierung"),
)

# The date labels of the languages that write a date in numbers day first (Cues.day_first_labels): German,
# French, Spanish, Portuguese, Italian and Dutch, with their prepositions and without, then the rest
_DAY_FIRST_LABELS = (
    *("Publiziert am", "Ver\u00f6ffentlicht am", "Aktualisiert am", "Publi\u00e9 le", "Mis \u00e0 jour le"),
    "Modifi\u00e9 le",  # "Publi\u00e9 le 3 mars 2024 \u00e0 10h15, modifi\u00e9 le 4 mars 2024 \u00e0 08h02"
    "Modifi\u00e9",  # "Publi\u00e9 le 3 mars 2024 \u00e0 10h15, modifi\u00e9 \u00e0 12h02": the same day's change
    *("Publicado el", "Actualizado el", "Publicado", "Actualizado"),
    "Stand",  # German: "Stand: 03.03.2024, 10:15 Uhr", the time the page was last brought up to date
    *("Ver\u00f6ffentlicht", "Aktualisiert", "Publi\u00e9", "Mis \u00e0 jour", "Publicado em", "Publicado a"),
    *("Atualizado em", "Atualizado", "Pubblicato il", "Pubblicato", "Aggiornato il", "Aggiornato"),
    *("Modificato il", "Modifica il"),  # "5 marzo 2024 (modifica il 5 marzo 2024 | 14:32)"
    *_LAST_UPDATED,
    *("Gepubliceerd op", "Gepubliceerd", "Bijgewerkt op", "Bijgewerkt", "Laatste update", "Laatst bijgewerkt"),
    *("Aangepast op", "Aangepast", "Gewijzigd op", "Gewijzigd"),  # Dutch: "changed"
    # Polish, Russian, Ukrainian, Turkish, Indonesian, Swedish, Danish, Czech, Romanian
    *("Opublikowano", "Data publikacji", "Aktualizacja", "Zaktualizowano", "Data aktualizacji", "Опубликовано"),
    *("Дата публикации", "Обновлено", "Дата обновления", "Опубліковано", "Дата публікації", "Оновлено"),
    *("Дата оновлення", "Yay\u0131nlanma", "Yay\u0131nlanma tarihi", "Yay\u0131n tarihi", "G\u00fcncelleme"),
    *("G\u00fcncellenme", "G\u00fcncelleme tarihi", "Diterbitkan", "Dipublikasikan", "Diperbarui", "Publicerad"),
    *("Uppdaterad", "Publiceret", "Opdateret", "Publicat", "Actualizat", "Data public\u0103rii"),
    *("Data actualiz\u0103rii",),
    # Norwegian, Finnish, Czech; Greek "dimosiefsi" and "enimerosi"; Arabic, Hindi, Vietnamese
    *("Publisert", "Oppdatert", "Julkaistu", "P\u00e4ivitetty", "Publikov\u00e1no", "Aktualizov\u00e1no"),
    *(
        "\u0394\u03b7\u03bc\u03bf\u03c3\u03af\u03b5\u03c5\u03c3\u03b7",
        "\u0395\u03bd\u03b7\u03bc\u03ad\u03c1\u03c9\u03c3\u03b7",
        "نشر في",
        "\u0646\u064f\u0634\u0631 \u0641\u064a",  # the same, its first letter's vowel written
        "تاريخ النشر",
        "آخر تحديث",
    ),
    *("प्रकाशित", "अपडेटेड", "Cập nhật"),
    # Hebrew, Bengali, Persian, Georgian, Armenian and Thai: "published", "updated"
    *("\u05e4\u05d5\u05e8\u05e1\u05dd", "\u05e2\u05d5\u05d3\u05db\u05df", "প্রকাশ", "প্রকাশিত", "আপডেট", "تاریخ انتشار"),
    *("გამოქვეყნდა", "Հրապարակված", "เผยแพร่", "อัปเดต"),
    # Hungarian (which writes the year first: "2024. június 5."), Catalan: "published", "updated"
    *("K\u00f6zz\u00e9t\u00e9ve", "Megjelent", "Friss\u00edtve", "Publicat el", "Actualitzat el", "Actualitzat"),
    # Croatian, Serbian and Bosnian in Latin script, Slovene: "published", "updated" ("Objavljeno: 03.08.2024. u 10:15")
    *("Objavljeno", "A\u017eurirano", "Posodobljeno"),
    *("Imechapishwa", "Imesasishwa"),  # Swahili: "(it) has been published", "updated"
)


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
        "NurPhoto",
        "SOPA Images",
        "LightRocket",
        "ZUMA Press",
        "ZUMA Wire",
        "Zuma Press",
        "Corbis",
        "Pixabay",
        "Unsplash",
        "Pexels",
        "iStock",
        "iStockphoto",
        "Adobe Stock",
        "Flickr",
        "Wikimedia Commons",
        "Wikimedia",
        "shutterstock.com",
        "unsplash.com",
        "pixabay.com",
        "AAP",
        "PA",
        "PA Images",
        "PA Wire",
        "Yomiuri",
        # Agencies of other countries, as their credits name them
        *("\u0623 \u0641 \u0628", "\u0631\u0648\u064a\u062a\u0631\u0632"),  # AFP and Reuters, as Arabic writes them
        "ANSA",
        "Ansa",
        "EFE",
        "Europa Press",
        "KEYSTONE",
        "Keystone-SDA",
        "APA",
        "ANP",
        "Belga",
        "PAP",
        "Lusa",
        "LUSA",
        "MTI",
        "NTB",
        "Scanpix",
        "Ritzau",
        "Lehtikuva",
        "picture alliance",
        "picture-alliance",
        "imago",
        "imago images",
        "IMAGO",
        "ddp",
        *("epd", "KNA", "SID"),  # German wires: the Protestant and Catholic news agencies, the sports wire
        "Antara",
        "Bernama",
        "PTI",
        "IANS",
        "ANI",
        "Jiji Press",
        "THE CANADIAN PRESS",
        "Ag\u00eancia Brasil",
        "Notimex",
        "Newsis",
        "News1",
        "\uc5f0\ud569\ub274\uc2a4",
        "\u0422\u0410\u0421\u0421",
        "\u0420\u0418\u0410 \u041d\u043e\u0432\u043e\u0441\u0442\u0438",
        "\u0418\u043d\u0442\u0435\u0440\u0444\u0430\u043a\u0441",
        # more photo agencies and wires: "Jane Roe/The Harbour Times/TNS", "Jane Roe/Polaris"
        *("TNS", "Tribune News Service", "Polaris", "Redux", "Gamma-Rapho", "Hulton Archive", "Bettmann"),
        *("Abaca", "Sportsfile", "Action Images", "Icon Sportswire", "Imagn"),
        "WireImage",
        "FilmMagic",
        "Magnum Photos",
        # Polish, Swedish, Finnish, Czech, Romanian, Turkish, Ukrainian wires and picture agencies (PAP, NTB,
        # Ritzau, Lehtikuva and Antara above)
        *("TT", "STT", "\u010cTK", "Agerpres", "AGERPRES", "Mediafax", "Inquam Photos", "AA", "DHA", "\u0130HA", "IHA"),
        *("Укрінформ", "УНІАН"),
    ),
    credit_labels=(
        "Photo",
        "Photos",
        "Photograph",
        "Photographs",
        # who shot the video a still is from: "... near Dunmore. Footage: Dunmore Coastguard" ("Video: ..." titles one)
        "Footage",
        "Photo credit",
        # "Image courtesy: Harbour Council", as many papers write a handout's source
        "Courtesy",  # (a word or two may stand before a label: "Image courtesy: Harbour Council")
        "Courtesy of",  # "Courtesy of Harbour Lines": its label, as "Photo by" is one
        "Gentileza",  # Argentina's and Uruguay's "courtesy": "Gentileza Harbour Lines"
        "Credit",
        "Image",
        "Image credit",
        "Picture",
        "Pictures",  # a magazine's, under the writer's: "Words: Jane Roe", "Pictures: John Doe"
        "Source",
        "Data",  # a chart's: "Graphic: Jane Roe | Data: Harbour Statistics Office"
        "Illustration",
        "Photographer",  # "Photographer: Jane Roe/Bloomberg"
        "Composite",  # a picture made of others: "Composite: Jane Roe; Getty Images"
        # a chart's, a map's: "Chart: Jane Roe | Source: Harbour Statistics Office"
        *("Chart", "Charts", "Graphic", "Graphics", "Infographic", "Map", "Maps"),
        "Photo illustration",
        "Photograph credit",
        "Images",
        "Photography",
        "Lead image",
        "Header image",
        "Featured image",
        "Image copyright",
        "Image source",
        "toggle caption",  # the button that shows the caption, the credit after it: "toggle caption Jane Roe/AP"
        "Copyright",
        "Supplied",  # who handed the picture over: "(Supplied: Harbour Rowing Club)"
        # a picture of a screen, a product's or an app's, credited so: "Screenshot: Jane Roe / Harbour Tech"; in
        # Spanish, French, German, Portuguese too; and a handout's courtesy in Spanish and Portuguese or Italian
        *("Screenshot", "Screenshots", "Screengrab", "Captura de pantalla", "Capture d'\u00e9cran"),
        *("Capture d\u2019\u00e9cran", "Bildschirmfoto", "Captura de tela", "Cortes\u00eda", "Cortesia"),
        "Pic",  # as British papers shorten it: "Pic: Jane Roe"
        # Spanish, Portuguese, Dutch
        *("Cr\u00e9dito", "Imagen", "Imagem", "Bron"),
        "Pics",
        # Other languages: German, Dutch, French, Spanish, Portuguese, Italian, Indonesian,
        # Polish, Russian, Korean, Japanese, Chinese
        "Foto",
        "Fotos",
        "Fotografie",
        "Fotograf\u00eda",
        "Fotografia",
        "Bild",
        "Bilder",
        "Bildquelle",
        "Quelle",
        "Beeld",
        "Cr\u00e9dit",
        "Cr\u00e9dits",
        "Cr\u00e9dit photo",
        "Cr\u00e9ditos",
        "Fuente",
        "Fonte",
        "Sumber",
        "Zdj\u0119cie",
        "\u0424\u043e\u0442\u043e",
        "\u0418\u0441\u0442\u043e\u0447\u043d\u0438\u043a",
        "\uc0ac\uc9c4",
        "\u5199\u771f",
        "\u56fe\u7247",
        "\u5716\u7247",
        # Polish, Turkish, Finnish, Hungarian, Thai; Polish "Fot." ends in its own full stop, with no colon: "Fot. Jane
        # Roe/PAP"
        *("Zdj\u0119cia", "Foto\u011fraf", "Kuva", "Kuvat", "Fot\u00f3", "\u0e20\u0e32\u0e1e", "Fot."),
        "G\u00f6rsel",  # Turkish: "image", as "Görsel: Jane Roe / Harbour News" credits a picture or an illustration
        # Greek, Arabic, Hindi, Vietnamese, Chinese and Japanese ("photographed by", "picture source")
        *(
            "\u03a6\u03c9\u03c4\u03bf",
            "\u03a6\u03c9\u03c4\u03bf\u03b3\u03c1\u03b1\u03c6\u03af\u03b1",
            "\u03a6\u03c9\u03c4\u03bf\u03b3\u03c1\u03b1\u03c6\u03af\u03b5\u03c2",
            "\u03a6\u03c9\u03c4.",
        ),
        *("\u062a\u0635\u0648\u064a\u0631", "\u0627\u0644\u0635\u0648\u0631\u0629", "\u092b\u094b\u091f\u094b"),
        *(
            "\u0924\u0938\u094d\u0935\u0940\u0930",
            "\u1ea2nh",
            "\u6444\u5f71",
            "\u64ae\u5f71",
            "\u5199\u771f\u63d0\u4f9b",
        ),
        *("\u56fe\u7247\u6765\u6e90", "Sursa foto"),
        "\u63d0\u4f9b",  # Japanese "provided", alone: "\u63d0\u4f9b\uff1a\u6e2f\u5e02" (who handed the picture over)
        *("צילום", "عکس", "ছবি", "ფოტო"),  # Hebrew, Persian, Bengali and Georgian "photo"
        *("\u0641\u0648\u0679\u0648", "\u062a\u0635\u0648\u06cc\u0631"),  # Urdu "photo" and "picture": "فوٹو: ..."
        *("\u56fe", "\u5716"),  # Chinese "picture", in simplified and traditional script: "\u56fe/\u738b\u5f3a"
        # Filipino: "picture", "taken by" ("Kuha ni Jane Roe")
        *("Larawan", "Kuha ni", "Larawan ni"),
        # German: a picture that stands for the story's subject, one from the archive
        *("Symbolfoto", "Symbolbild", "Archivfoto", "Archivbild"),
        # a reader's picture, credited so: English, Swedish, German, Norwegian, Danish, Dutch, Spanish, Portuguese
        *("Reader photo", "Reader's photo", "Reader’s photo", "Läsarbild", "Leserfoto", "Leserbild"),
        *("Leserbilde", "Læserfoto", "Lezersfoto", "Foto del lector", "Foto de un lector", "Foto do leitor"),
        # a court artist's sketch, in English, French, German, Italian, Spanish; Swahili "picture"
        *("Sketch", "Courtroom sketch", "Court sketch", "Croquis", "Croquis d'audience", "Dessin", "Zeichnung"),
        *("Gerichtszeichnung", "Disegno", "Dibujo", "Picha"),
        # a chart's, a map's and a source's, in the languages of :attr:`chart_labels` and :attr:`source_labels`
        *("Grafik", "Karte", "Graphique", "Carte", "Gr\u00e1fico", "Mapa", "Grafico", "Mappa", "Kaart", "Grafiek"),
        *("Infografik", "Infographie", "Infograf\u00eda", "Infografica", "Infografia", "Wykres"),
        *("\u0413\u0440\u0430\u0444\u0438\u043a", "\u041a\u0430\u0440\u0442\u0430", "رسم بياني", "خريطة"),
        *("\u0179r\u00f3d\u0142o", "K\u00e4lla", "Kilde", "L\u00e4hde", "Kaynak", "المصدر"),
        # Chinese "chart", "chart by", "data source" (a story's "来源" names its outlet); German "data"
        *("图表", "制图", "数据来源", "Daten"),
    ),
    shot_words=("\u6444", "\u651d", "\u64ae\u5f71"),  # Chinese, in simplified and traditional script; Japanese
    source_labels=(
        *("Source", "Data", "Quelle", "Daten", "Fuente", "Fonte", "Sumber", "Bron"),
        "\u0418\u0441\u0442\u043e\u0447\u043d\u0438\u043a",  # Russian
        # Polish, Swedish, Danish and Norwegian, Finnish, Turkish, Arabic; Chinese ("data source")
        *("\u0179r\u00f3d\u0142o", "K\u00e4lla", "Kilde", "L\u00e4hde", "Kaynak", "المصدر", "数据来源"),
    ),
    chart_labels=(
        *("Chart", "Charts", "Graphic", "Graphics", "Infographic", "Map", "Maps", "Visualisation"),
        *("Visualization", "Grafik", "Karte", "Graphique", "Carte", "Gr\u00e1fico", "Mapa", "Grafico", "Kaart"),
        # Italian, Dutch; an infographic's in German, French, Spanish, Italian, Portuguese; Polish; Russian; Arabic
        *("Mappa", "Grafiek", "Infografik", "Infographie", "Infograf\u00eda", "Infografica", "Infografia", "Wykres"),
        *("\u0413\u0440\u0430\u0444\u0438\u043a", "\u041a\u0430\u0440\u0442\u0430", "رسم بياني", "خريطة"),
        *("图表", "制图"),  # Chinese: "chart", "chart by"
    ),
    credit_by_words=(
        *("by", "di", "de", "par", "von", "door", "por"),  # English, Italian, Spanish, French, ...
        # who handed the picture over, in Spanish and Portuguese "Imagen cedida por X", "Foto cortesía de X", French
        # "Photo fournie par X", Italian "Foto concessa da X"
        *("cedida por", "cedido por", "cortes\u00eda de", "cortesia de", "gentileza de"),
        "courtesy of",  # "Photo courtesy of Harbour Lines": the holder's name the credit, the rest its label
        *("fournie par", "fournies par", "concessa da", "concesse da"),
    ),
    credit_words=("Photo", "Image", "Images", "Picture", "via", "Pool", "File", "Handout", "Foto", "Bild", "Beeld"),
    attributions=(
        ("republished with the permission of", "republished"),
        ("republished with permission of", "republished"),
        ("republished with permission from", "republished"),
        ("republished with the permission from", "republished"),
        ("republished from", "republished"),
        ("republished under", "republished"),
        # a syndicate's note under a column it sells: "This column was distributed by X."; a news service's under
        # the story it sent: "This story was provided by X, a nonprofit news service"
        *((f"this {piece} was {sent} by", "republished") for piece in _PIECES for sent in ("distributed", "provided")),
        # a trade story written from a company's release, which says so: "This report was compiled from a news
        # release issued by X", "This article is based on a press release from X"; Japanese "written from X's
        # announcement" ("※Xの発表資料をもとに作成しました"; the genitive "の" after the name)
        *(
            (f"{made} {a} {kind} release {by}", "republished")
            for made in ("based on", "compiled from", "written from", "drawn from")
            for a in ("a", "the")
            for kind in ("press", "news")
            for by in ("from", "issued by", "by", "of")
        ),
        *(("の発表資料をもとに", "republished"), ("のプレスリリースをもとに", "republished")),
        # and so in German, French, Spanish, Portuguese and Italian: "Diese Meldung basiert auf einer
        # Pressemitteilung der Polizei X", "Cet article est rédigé à partir d'un communiqué de X"
        *((f"basiert auf einer Pressemitteilung {der}", "republished") for der in ("der", "des", "von")),
        *(
            (f"{made} d'un communiqué {de}", "republished")
            for made in ("à partir", "sur la base")
            for de in ("de", "du")
        ),
        *((f"a partir de un comunicado {de}", "republished") for de in ("de", "del")),
        *((f"com base em {um}comunicado {da}", "republished") for um in ("", "um ") for da in ("da", "do", "de")),
        *((f"sulla base di un comunicato {di}", "republished") for di in ("di", "della", "del")),
        # a piece reprinted with leave in French, Spanish, Portuguese, Italian, German and Dutch: "Dépêche X,
        # reprise avec autorisation."
        *(("reprise avec autorisation", "republished"), ("reproduit avec autorisation", "republished")),
        *(("reproduit avec l'autorisation", "republished"), ("reproduit avec l\u2019autorisation", "republished")),
        *(("reproducido con permiso", "republished"), ("publicado con permiso", "republished")),
        *(("reproduzido com autoriza\u00e7\u00e3o", "republished"), ("ripubblicato su concessione", "republished")),
        *(("Nachdruck mit Genehmigung", "republished"), ("overgenomen met toestemming", "republished")),
        # ... with the kind leave of its publisher: "Publié avec l'aimable autorisation de l'éditeur", "Abdruck mit
        # freundlicher Genehmigung des Verlags", "Pubblicato per gentile concessione dell'editore" (its verb too: a
        # picture's credit says the same of the picture, "Foto per gentile concessione di X")
        *(
            (f"{published} avec l{apostrophe}aimable autorisation", "republished")
            for published in ("publié", "publiée", "reproduit", "reproduite")
            for apostrophe in ("'", "’")
        ),
        *((f"{printed} mit freundlicher Genehmigung", "republished") for printed in ("Abdruck", "Nachdruck")),
        *(
            (f"{published} per gentile concessione", "republished")
            for published in ("pubblicato", "pubblicata", "riprodotto", "riprodotta")
        ),
        ("republished by permission", "republished"),
        ("reprinted with permission", "reprinted"),
        ("reprinted with the permission", "reprinted"),
        ("reprinted from", "reprinted"),
        ("reprinted by permission", "reprinted"),
        ("reprinted courtesy of", "reprinted"),
        # shared between newsrooms by agreement: "This article is shared through a content-sharing agreement with X"
        ("content-sharing agreement with", "republished"),
        ("content sharing agreement with", "republished"),
        # said of the piece itself: "A version of this story appeared in the March issue of Harbour Monthly"
        *(
            (f"a version of this {noun} {verb}", "first_appeared")
            for noun in ("story", "article", "piece", "essay")
            for verb in ("appeared", "ran", "was published")
        ),
        # "This piece first ran in Harbour Monthly": said of the piece, as "ran" is of a train too
        *((f"this {noun} {first} ran", "first_appeared") for noun in _PIECES for first in ("first", "originally")),
        ("originally published", "originally_published"),
        ("was first published", "originally_published"),
        ("first appeared", "first_appeared"),
        ("appeared originally", "first_appeared"),
        ("originally appeared", "first_appeared"),
        ("first published", "originally_published"),
        ("originally posted", "originally_published"),
        ("adapted from", "originally_published"),
        ("cross-posted from", "republished"),
        ("crossposted from", "republished"),
        ("cross-posted with", "republished"),
        ("republished here", "republished"),
        ("published here with permission", "republished"),
        # A piece made with a partner newsroom, which the note names: "This story was produced in partnership
        # with Harbour Health News" (only said of the piece itself, or opening the note: see read_note)
        ("in partnership with", "partnership"),
        ("in collaboration with", "partnership"),
        ("a collaboration between", "partnership"),
        ("a collaboration with", "partnership"),  # "This story is part of Coast Lines, a collaboration with X"
        *(
            (f"a reporting {joint} {joins}", "partnership")
            for joint in ("collaboration", "partnership")
            for joins in ("between", "with")
        ),
        ("was produced by", "partnership"),  # "This story was produced by X, a nonprofit newsroom"
        ("a partnership between", "partnership"),
        ("co-published with", "partnership"),
        ("copublished with", "partnership"),
        ("co-produced with", "partnership"),
        ("a joint investigation by", "partnership"),
        ("a joint investigation between", "partnership"),
        ("a joint investigation with", "partnership"),
        # A news-sharing network's story: "This story is shared as part of the Valley News Exchange, a ..."
        ("shared as part of", "partnership"),
        # Other languages: French, Spanish and Portuguese, Italian, German
        ("initialement publi\u00e9", "originally_published"),
        ("publi\u00e9 initialement", "originally_published"),
        ("initialement paru", "first_appeared"),
        # "Cette tribune a d'abord été publiée dans ..."
        *((f"d{apostrophe}abord \u00e9t\u00e9 publi", "originally_published") for apostrophe in ("'", "\u2019")),
        *((f"d{apostrophe}abord paru", "first_appeared") for apostrophe in ("'", "\u2019")),
        ("paru initialement", "first_appeared"),
        ("publicado originalmente", "originally_published"),
        ("originalmente publicado", "originally_published"),
        ("publicado inicialmente", "originally_published"),
        # "first published in": Spanish, Portuguese (of a masculine and a feminine noun)
        *((f"{published} por primera vez", "originally_published") for published in ("publicado", "publicada")),
        *((f"{published} pela primeira vez", "originally_published") for published in ("publicado", "publicada")),
        ("publicada originalmente", "originally_published"),  # of a feminine noun: "la nota", "a reportagem"
        ("originalmente publicada", "originally_published"),
        ("pubblicato originariamente", "originally_published"),
        ("originariamente pubblicato", "originally_published"),
        *(
            (f"{appeared} {first}", "first_appeared")
            for first in ("originariamente", "per la prima volta")
            for appeared in ("apparso", "apparsa", "uscito", "uscita")
        ),
        ("erschien zuerst", "first_appeared"),
        ("zuerst erschienen", "first_appeared"),
        ("erschien urspr\u00fcnglich", "first_appeared"),
        ("urspr\u00fcnglich erschienen", "first_appeared"),
        # republished under a licence, as The Conversation's editions note it, and more of each language
        ("republi\u00e9 \u00e0 partir de", "republished"),
        ("republi\u00e9 \u00e0 partir du", "republished"),  # (French joins "de" to the article: "du Forum")
        ("republi\u00e9 depuis", "republished"),
        ("republicado de", "republished"),
        ("republicado desde", "republished"),
        # Portuguese joins the preposition to the article: "foi republicado do The Conversation"
        *((f"republicad{o} {de}", "republished") for o in ("o", "a") for de in ("do", "da")),
        ("ripubblicato da", "republished"),
        ("zuerst auf", "first_appeared"),  # "Dieser Beitrag ist zuerst auf X erschienen"
        ("zuerst bei", "first_appeared"),
        *((f"ist zuerst {im}", "first_appeared") for im in ("im", "in", "in der", "in dem")),
        ("verscheen eerder in", "first_appeared"),
        ("verscheen eerder op", "first_appeared"),
        ("verscheen eerder bij", "first_appeared"),
        ("verscheen oorspronkelijk", "first_appeared"),
        ("in samenwerking met", "partnership"),
        # a partner in Spanish, Portuguese, French, Italian, German: "Este reportaje fue producido en alianza con X"
        *(("en alianza con", "partnership"), ("en colaboraci\u00f3n con", "partnership")),
        # "Esta historia es parte de una colaboración entre X y Y", as English's "a collaboration between"
        *(("una colaboraci\u00f3n entre", "partnership"), ("uma colabora\u00e7\u00e3o entre", "partnership")),
        *(("une collaboration entre", "partnership"), ("una collaborazione tra", "partnership")),
        *(("em parceria com", "partnership"), ("en partenariat avec", "partnership")),
        *(("in collaborazione con", "partnership"), ("in Zusammenarbeit mit", "partnership")),
        ("in Kooperation mit", "partnership"),
        # and in Swedish, Norwegian, Danish, Polish, Czech, Romanian, Catalan: "Artikeln är skriven i samarbete med X"
        *(("i samarbete med", "partnership"), ("i samarbeid med", "partnership"), ("i samarbejde med", "partnership")),
        *(("we wsp\u00f3\u0142pracy z", "partnership"), ("ve spolupr\u00e1ci s", "partnership")),
        *(("\u00een colaborare cu", "partnership"), ("\u00een parteneriat cu", "partnership")),
        ("en col\u00b7laboraci\u00f3 amb", "partnership"),
        ("partnerem \u010dl\u00e1nku je", "partnership"),  # Czech: "the article's partner is X"
        # Catalan: "Aquest article es va publicar originalment al Diari X"
        *(("es va publicar originalment", "originally_published"), ("publicat originalment", "originally_published")),
        ("publicada originalment", "originally_published"),
        # a piece published with its maker's leave, in English, German, Swedish, Norwegian, Danish: "Publiceras med
        # tillst\u00e5nd av f\u00f6rlaget"; a funeral home's obituary, which the paper runs
        *(("published with permission of", "republished"), ("published with the permission of", "republished")),
        *(("mit freundlicher Genehmigung", "republished"), ("publiceras med tillst\u00e5nd av", "republished")),
        *(("publicerad med tillst\u00e5nd av", "republished"), ("publisert med tillatelse fra", "republished")),
        *(("bragt med tilladelse fra", "republished"), ("obituary provided by", "republished")),
        # Polish ("Artykuł ukazał się pierwotnie w ..."), Russian and Ukrainian ("... впервые опубликована в ...",
        # "... вперше опубліковано на ..."), Turkish, Indonesian, Swedish, Danish, Czech and Romanian
        ("ukaza\u0142 si\u0119 pierwotnie", "first_appeared"),
        ("ukaza\u0142a si\u0119 pierwotnie", "first_appeared"),
        ("pierwotnie ukaza\u0142 si\u0119", "first_appeared"),
        ("pierwotnie ukaza\u0142a si\u0119", "first_appeared"),
        ("ukaza\u0142 si\u0119 po raz pierwszy", "first_appeared"),
        ("pierwotnie opublikowany", "originally_published"),
        ("впервые опубликован", "originally_published"),
        ("первоначально опубликован", "originally_published"),
        ("вперше опубліковано", "originally_published"),
        ("вперше опублікован", "originally_published"),
        ("Bu yaz\u0131 ilk olarak", "first_appeared"),
        ("Bu haber ilk olarak", "first_appeared"),
        ("Bu makale ilk olarak", "first_appeared"),
        ("diterbitkan ulang dari", "republished"),
        ("pertama kali diterbitkan", "originally_published"),
        ("diterbitkan pertama kali", "originally_published"),
        ("pertama kali terbit", "first_appeared"),  # "Artikel ini pertama kali terbit di ..."
        ("terbit pertama kali", "first_appeared"),
        ("publicerades f\u00f6rst", "first_appeared"),
        ("publicerades ursprungligen", "originally_published"),
        ("bragt f\u00f8rste gang", "first_appeared"),
        ("f\u00f8rste gang bragt", "first_appeared"),
        ("oprindeligt bragt", "first_appeared"),
        ("p\u016fvodn\u011b vy\u0161el", "first_appeared"),
        ("p\u016fvodn\u011b vy\u0161la", "first_appeared"),
        ("p\u016fvodn\u011b vy\u0161lo", "first_appeared"),
        ("poprv\u00e9 vy\u0161el", "first_appeared"),
        ("publicat ini\u021bial", "originally_published"),
        ("publicat ini\u0163ial", "originally_published"),
        ("publicat initial", "originally_published"),
        ("ap\u0103rut ini\u021bial", "first_appeared"),
        ("ap\u0103rut ini\u0163ial", "first_appeared"),
        # Dutch, Polish, Czech, Danish, Norwegian, Swedish, Romanian, Greek and Vietnamese
        *(("eerder gepubliceerd", "originally_published"), ("Przedruk za zgod\u0105", "republished")),
        ("verscheen eerder", "first_appeared"),  # "Deze tekst verscheen eerder op de blog X"
        *((f"p\u016fvodn\u011b publikov\u00e1n{end}", "originally_published") for end in ("", "o", "a")),
        *(("P\u0159evzato z", "republished"), ("p\u0159evzato se svolen\u00edm", "republished")),
        *(("oprindeligt udgivet", "originally_published"), ("f\u00f8rst udgivet", "originally_published")),
        *(("ble f\u00f8rst publisert", "originally_published"), ("f\u00f8rst publisert", "originally_published")),
        *(("har tidigare publicerats", "first_appeared"), ("preluat de pe", "republished")),
        *(("preluat de la", "republished"), ("preluat cu acordul", "republished")),
        ("δημοσιεύθηκε αρχικά", "originally_published"),
        ("δημοσιεύτηκε αρχικά", "originally_published"),
        ("Αναδημοσίευση από", "republished"),
        ("\u0111\u01b0\u1ee3c \u0111\u0103ng l\u1ea7n \u0111\u1ea7u", "first_appeared"),
        # Greek ("first published in"), Arabic ("this article / report was first published in"), Chinese ("first
        # published in", "republished from", "the original printed in", "printed first in", "republished with leave")
        *(("δημοσιεύτηκε για πρώτη φορά", "first_appeared"), ("δημοσιεύθηκε για πρώτη φορά", "first_appeared")),
        *(
            (f"{published} هذا {piece} {first} في", "first_appeared")
            for published in ("نُشر", "نشر")
            for piece in ("المقال", "التقرير")
            for first in ("أولاً", "أولا")
        ),
        *(("首发于", "first_appeared"), ("转载自", "republished"), ("原文刊载于", "originally_published")),
        *(("原载于", "originally_published"), ("经授权转载", "republished")),
        *(
            ("se publicó originalmente", "originally_published"),
            ("fue publicado originalmente", "originally_published"),
        ),
        # the work named before the phrase: Japanese ("printed in", "reprinted from"), Korean ("first printed in"),
        # Hindi ("originally")
        *(("に掲載された", "first_appeared"), ("に掲載した", "first_appeared"), ("からの転載", "republished")),
        *(("에 처음 게재", "first_appeared"), ("에 게재된 글", "first_appeared"), ("에 처음 실린", "first_appeared")),
        ("मूल रूप से", "originally_published"),
        # and "this article (report) first": "यह लेख पहली बार X में छपा था।" (first appeared in X)
        *(("यह लेख पहली बार", "first_appeared"), ("यह रिपोर्ट पहली बार", "first_appeared")),
    ),
    disclaimers=(
        "views expressed",
        "opinions expressed",
        "do not necessarily reflect",
        "does not necessarily reflect",
        "not endorsed by",
        # "The opinions in this piece are the author's and not ...", "The views in this column are ..."
        *(f"the {views} in this {piece} are" for views in ("views", "opinions") for piece in _PIECES),
        "are the author's own",
        "are the author\u2019s own",
        "are solely those of",
        "editorial independence",
        "may earn a commission",
        "may earn a small commission",
        "may receive a commission",
        "earn a commission",
        "affiliate link",
        "affiliate links",
        "affiliate commission",
        "a small commission",
        "receive a commission",
        "earn a small commission",
        # a correction names what it corrects: "An earlier version of this plan would have ..." is a sentence
        *(
            f"{version} of this {thing}"
            for version in ("an earlier version", "a previous version")
            for thing in (
                *("article", "story", "piece", "post", "report", "column", "essay", "analysis", "interview"),
                *("newsletter", "headline", "caption", "photo", "graphic", "chart", "map", "video"),
            )
        ),
        # "This post was corrected at 13:10.", "This story has been updated to ..."
        *(
            f"this {piece} {was} {changed}"
            for piece in _PIECES
            for was in ("was", "has been")
            for changed in ("updated", "corrected", "amended")
        ),
        # the licence the piece is under, which lets others republish it: "This article is published under a
        # Creative Commons licence and may be republished with credit to ..." (not a site's footer on all its pages);
        # "This work is licensed under a Creative Commons ... License.", in the words the licence suggests
        *(
            f"this {piece} is {verb} under {a}creative commons"
            for piece in ("article", "story", "post", "piece", "work")
            for verb in ("published", "licensed", "licenced", "available", "shared")
            for a in ("a ", "")
        ),
        # a writer's disclosure under an academic's piece: "Jane Roe does not work for, consult or own shares in
        # any company that would benefit from this article, and has disclosed no relevant affiliations ..."
        *(f"would {gain} from this article" for gain in ("benefit", "gain", "profit")),
        "no relevant affiliations",
        # who funds the newsroom, said where a story names it: "The Ledger receives support from the Varn
        # Trust, which is mentioned in this story."
        *(f"mentioned in this {piece}" for piece in _PIECES),
        "no role in its reporting",
        # "The Varn Fund had no role in the selection or editing of this article."
        *(f"no role in the {part}" for part in ("selection", "editing", "reporting", "writing")),
        # a study's funders, who had no say in it: "The funders had no role in the study design", in German too;
        # a fact-checker's donors ("Donors have no influence over our ratings")
        *(f"The {funders} had no role in" for funders in ("funders", "funder", "sponsors", "sponsor")),
        *("The funders had no influence", "Donors have no influence", "Die Geldgeber hatten keinen Einfluss"),
        "Die F\u00f6rderer hatten keinen Einfluss",
        # Czech: the editors answer for no advertiser's words; a review's bill the editors paid
        *("Redakce neodpov\u00edd\u00e1 za obsah", "\u00datratu hradila redakce", "\u00fatratu hradila redakce"),
        # a newsroom's funder, named under the story, in Spanish: "La Fundación X es financiadora de Y. Los
        # financiadores no intervienen en ..."
        *("es financiadora de", "es financiador de", "los financiadores no"),
        # "Its supporters play no role in our editorial decisions."
        *(f"no role in {our}editorial" for our in ("our ", "the ", "")),
        # a newsroom's readers, who fund it: "The Harbour Bureau is supported by readers and by foundations ..."
        *("supported by readers", "funded by readers", "reader-funded", "reader-supported"),
        # ... in French, Spanish, Portuguese, Italian, German: "X est une revue indépendante, financée par ses lecteurs"
        *(f"{funded} par ses lecteurs" for funded in ("financée", "financé", "soutenue", "soutenu")),
        *(f"{funded} por sus lectores" for funded in ("financiada", "financiado", "sostenida", "sostenido")),
        *(f"{funded} pelos leitores" for funded in ("financiada", "financiado")),
        *(f"{funded} dai lettori" for funded in ("finanziata", "finanziato", "sostenuta", "sostenuto")),
        *("von Leserinnen und Lesern finanziert", "von ihren Leserinnen und Lesern finanziert", "leserfinanziert"),
        # an academic newsroom's partners, under each piece: "Harbour University provides funding as a member of X."
        *(f"provides funding as a {member} of" for member in ("member", "partner", "founding partner")),
        # a funder's part, said under the story it paid for: "The Varn Trust had no say over the content of this story."
        *(
            f"no {say} {over} {content}"
            for say in ("say", "influence", "input")
            for over in ("over", "in", "on", "into")
            for content in (
                *("its content", "the content", "our editorial decisions", "our coverage", "our journalism"),
                *("coverage", "editorial decisions", "our editorial content", "editorial content"),
                *(f"the content of this {piece}" for piece in _PIECES),
            )
        ),
        # "The foundation does not influence our coverage."
        *(
            f"{does} not influence our {what}"
            for does in ("does", "do")
            for what in ("coverage", "journalism", "reporting")
        ),
        *("funded in part by", "supported in part by"),
        # the series the piece is part of, and who pays for it: "This essay is part of Reading Lives, a series
        # supported by the Varn Fund."
        *(f"a series {paid} by" for paid in ("supported", "funded", "made possible", "underwritten")),
        # who pays for a newsroom's work, said of it: "The Clean Water series is supported by the X Foundation."
        *(
            f"{work} {is_} {paid} by"
            for work in ("coverage", "reporting", "journalism", "series", "project", "investigation")
            for is_ in ("is", "was")
            for paid in ("supported", "funded", "made possible", "underwritten")
        ),
        "no editorial input",
        # how a newsroom corrects itself: "The Ledger is committed to accuracy. To report an error, email ..."
        *("is committed to accuracy", "corrects errors promptly", "corrects its errors", "corrects mistakes promptly"),
        # a trade paper's word on the company it writes about: "Rail Weekly has no commercial relationship with X."
        *(f"{has} no {kind} relationship with" for has in ("has", "have") for kind in ("commercial", "financial")),
        # a sponsor's piece, the newsroom apart from it: "The Ledger's editorial staff was not involved in its creation"
        *(f"{staff} was not involved in" for staff in ("editorial staff", "newsroom", "editorial team")),
        # an academic writer's funding statement of her own work, under her piece: "This research was funded by X."
        # (a story says "The study was funded by ...", of others' work)
        *(
            f"this {work} was {paid} by"
            for work in ("research", "study", "work")
            for paid in ("funded", "supported", "financed")
        ),
        # what paid for the work on the piece: "Reporting for this article was funded by ...", "Travel for this story
        # was paid for by ..."
        *(f"for this {piece} was {paid} by" for piece in _PIECES for paid in ("funded", "supported", "paid for")),
        # "Funders have no control over what we report."
        *(
            f"no {control} over {what}"
            for control in ("control", "editorial control")
            for what in ("what we report", "what we publish", "our coverage", "our journalism", "our reporting")
        ),
        # a blogger's disclosure of a sponsor: "This post is sponsored by X. All opinions are my own."
        *(f"this {piece} {is_} sponsored by" for piece in (*_PIECES, "review", "video") for is_ in ("is", "was")),
        # "This sponsored deal is brought to you by X.", "This newsletter is brought to you by X."
        *(
            f"this {sponsored}{piece} {is_} brought to you by"
            for sponsored in ("", "sponsored ")
            for piece in (*_PIECES, "review", "video", "deal", "newsletter", "episode", "content")
            for is_ in ("is", "was")
        ),
        *("all opinions are my own", "all opinions are our own", "all views are my own"),
        "views are personal",  # an Indian paper's line under an opinion piece: "Views are personal."
        # an influencer network's: "This shop has been compensated by X and its advertiser. All opinions are mine."
        *("all opinions are mine", "all opinions are ours", "has been compensated by", "have been compensated by"),
        # a feed's story a site runs as it came: "(This story has not been edited by X staff and is auto-generated
        # from a syndicated feed.)"
        *("has not been edited by", "auto-generated from a syndicated feed", "published from a syndicated feed"),
        # how the piece was made: "This article was produced with the help of AI tools and checked by ..."
        *(
            f"{made} with the help of ai"
            for made in ("produced", "written", "created", "generated", "prepared", "drafted", "translated", "edited")
        ),
        *("with the assistance of ai", "with the help of artificial intelligence", "with the help of generative ai"),
        # why readers may not answer it: "Comments on this article are closed for legal reasons."
        *(f"{closed} for legal reasons" for closed in ("closed", "disabled", "switched off", "turned off")),
        *(f"comments on this {piece} {are} closed" for piece in _PIECES for are in ("are", "have been")),
        # the piece itself, made with a funder's support: "This piece was supported by the Varn Fund", "This work was
        # produced with the support of the Varn Grant", "This article was reported with support from ..."
        *(
            f"this {piece} was {paid} by"
            for piece in ("piece", "article", "story", "essay")
            for paid in ("supported", "funded", "made possible")
        ),
        *(
            f"this {piece} was {made} with {support}"
            for piece in ("piece", "article", "story", "work", "essay", "report", "series", "project")
            for made in ("produced", "reported", "written", "made", "created", "prepared")
            for support in ("support from", "the support of", "funding from", "financial support from")
        ),
        # who paid for the reporting: "This reporting was supported by a grant from the Varn Foundation"
        "supported by a grant",
        "supported in part by a grant",
        # "This story is part of our Rural Health series, produced with support from the Varn Foundation"
        *("produced with support from", "produced with the support of", "produced with funding from"),
        "funded by a grant",
        "made possible by a grant",
        # "Support for this reporting was provided by the Varn Foundation."
        *(
            f"support for this {work} {comes}"
            for work in ("reporting", "story", "article", "coverage", "series", "project", "journalism")
            for comes in ("was provided by", "is provided by", "comes from", "came from")
        ),
        # and in Spanish, Portuguese, French and German: "Este contenido fue posible gracias al apoyo de X"
        *("fue posible gracias al apoyo", "es posible gracias al apoyo", "foi poss\u00edvel gra\u00e7as ao apoio"),
        *("a \u00e9t\u00e9 r\u00e9alis\u00e9 avec le soutien", "entstand mit Unterst\u00fctzung"),
        "gives the views of the author",  # an academic blog's note under each post
        # what the piece is not: "This article is for general information only and is not financial advice." (A
        # site's terms say "The contents of our website are for informational purposes only" under every page.)
        "for general information only",
        "a version of this article appears in print",
        # the print edition's note: "This article appears in the May 2024 print edition with the headline ..."
        "edition with the headline",
        *(f"this {piece} appears in the" for piece in ("article", "story")),  # "... the June 2026 print edition of X"
        "edited for length",  # an interview's note: "This interview has been edited for length and clarity."
        "edited for clarity",
        "condensed for clarity",
        *("has been condensed and edited", "has been edited and condensed"),  # "The conversation has been ..."
        "editor's note",
        "editor\u2019s note",
        "editors' note",
        "editors\u2019 note",
        "content warning",
        "trigger warning",
        # the disclosure statement under an academic's article: who funds the writer, what they own
        "does not work for, consult, own shares in",
        "do not work for, consult, own shares in",
        "disclosed no relevant affiliations",
        # a writer's own stake, as a newsroom's code asks her to declare it: "The author owns shares in Harbour
        # Ferries", "The writer's partner works for a supplier named in this article"
        *(
            f"the {writer}{stake}"
            for writer in ("author", "writer", "reporter", "columnist")
            for stake in (
                *(f" {owns} {what} in" for owns in ("owns", "holds") for what in ("shares", "stock")),
                *(" is a shareholder in", " holds a position in", " has a position in", " has no position in"),
                *(" has a financial interest in", " has no financial interest in"),
                *(
                    f"{mark}s {kin} {works}"
                    for mark in ("'", "\u2019")
                    for kin in ("partner", "spouse", "husband", "wife")
                    for works in ("works for", "works at", "is employed by")
                ),
            )
        ),
        # the declaration under a researcher's piece, as journals ask for one
        *("declares no competing interests", "declare no competing interests", "declared no competing interests"),
        *("no competing interests", "competing interests:", "no conflicts of interest", "no conflict of interest"),
        *("conflict of interest:", "conflicts of interest:"),
        # the caveat under an analyst's report or a market column: what the piece is not
        # "Nothing in this newsletter is financial advice.", "This post is not investment advice."
        *(
            f"{what} {advice} advice"
            for what in ("is not", *(f"nothing in this {piece} is" for piece in (*_PIECES, "newsletter")))
            for advice in ("financial", "investment", "legal", "medical", "tax")
        ),
        # a guest post's note: "Guest posts reflect the views of their authors, not necessarily mine."; "This post
        # represents the views of the author and not those of the blog"
        *(
            f"{reflect} the views of {whose}"
            for reflect in ("reflect", "represents", "represent")
            for whose in ("their authors", "the author", "the authors", "its author")
        ),
        # a think tank's: "The Institute is a nonpartisan organisation and does not take positions on policy issues."
        *("not take positions on", "not take institutional positions", "takes no institutional position"),
        # a story that keeps its people's names out: "Names have been changed to protect their identities."
        *(f"names in this {piece} have been changed" for piece in _PIECES),
        # Other languages: what an opinion piece's note says of the views in it, in French ("Les opinions
        # exprimées ... n'engagent que leur auteur"), Spanish, Italian, Portuguese and German
        "opinions exprimées",
        # (the views bind their writers alone: "... n'engagent que leur auteur", not "Les promesses n'engagent que
        # ceux qui les croient" or "Ces mesures n'engagent que la mairie")
        "n'engagent que leur",
        "n’engagent que leur",
        "n'engagent que leurs",
        "n’engagent que leurs",
        "n'engage que son",
        "n’engage que son",
        "opiniones expresadas",
        "no reflejan necesariamente",
        "no refleja necesariamente",
        # Portuguese: "Este texto não reflete, necessariamente, a opinião do jornal."
        *("n\u00e3o reflete necessariamente", "n\u00e3o refletem necessariamente"),
        *("n\u00e3o reflete, necessariamente", "n\u00e3o refletem, necessariamente"),
        "opinioni espresse",
        # Italian, as French's: the readers' opinions "do not bind the editors"
        *("non impegnano la direzione", "non impegnano la redazione", "non impegnano il giornale"),
        "opiniões expressas",
        "nicht unbedingt die Meinung",
        "nicht notwendigerweise die Meinung",
        "nicht die Meinung der Redaktion",
        # "Dieser Text gibt die Meinung der Autorin wieder", "... valt buiten de verantwoordelijkheid van de redactie"
        "die Meinung der Autorin wieder",
        "die Meinung des Autors wieder",
        "die Meinung der Autoren wieder",
        # "Gastkommentare geben ausschließlich die Meinung der Autorinnen und Autoren wieder"
        *("die Meinung der Autorinnen und Autoren wieder", "ausschließlich die Meinung", "nicht zwingend die Meinung"),
        # "Gastbeiträge geben die Meinung der Autorin oder des Autors wieder, nicht notwendigerweise die der Redaktion"
        *("die Meinung der Autorin oder des Autors wieder", "nicht notwendigerweise die der Redaktion"),
        "nicht unbedingt die der Redaktion",
        "buiten de verantwoordelijkheid van de redactie",
        # Polish, Russian, Ukrainian, Turkish, Indonesian (and The Conversation's disclosure there), Swedish,
        # Danish, Czech and Romanian: the views are the writer's, not the newsroom's
        "odzwierciedlać stanowiska redakcji",
        "odzwierciedla stanowiska redakcji",
        "может не совпадать с позицией редакции",
        "могут не совпадать с позицией редакции",
        "може не збігатися з позицією редакції",
        "можуть не збігатися з позицією редакції",
        "yazarın kendisine aittir",
        "yazara aittir",
        "tidak mencerminkan pandangan redaksi",
        "opini pribadi penulis",  # "Tulisan ini merupakan opini pribadi penulis ..."
        "menjadi konsultan, memiliki saham",
        "är skribentens egna",
        "är skribentens egen",
        "skribentens egen holdning",
        "skribentens egne holdninger",
        # and so in Norwegian and Swedish: "Kronikker gir uttrykk for skribentens egne meninger"
        *("skribentens egne meninger", "skribentens egna åsikter", "skribentens egen mening"),
        "nikoli stanovisko redakce",
        "nemusí vyjadřovat stanovisko redakce",
        "opiniile exprimate",
        "nu reflectă neapărat",
        "nu reflectă în mod necesar",
        # Dutch, Polish, Swedish, Danish and Norwegian, Czech, Romanian, Greek, Vietnamese, Hindi and Arabic
        *("op persoonlijke titel", "wyłącznie poglądy autora", "wyłącznie poglądy autorki"),
        *("prywatne poglądy autora", "prywatne poglądy autorki", "svarar själv för åsikterna"),
        *("skribenternas egna", "skribentens holdning", "skribentens meninger", "nemusí odpovídat postoji redakce"),
        *("reprezintă opinia personală", "δεν απηχούν απαραίτητα", "quan điểm riêng của tác giả"),
        *("không nhất thiết phản ánh quan điểm", "लेखक के निजी विचार", "لا تعبّر بالضرورة", "لا تعبر بالضرورة"),
        *("لا تعكس بالضرورة",),
        # Polish ("need not agree with the newsroom's position"), Dutch ("the positions in this piece"), Swedish
        # ("an earlier version of the text"), Hebrew ("the views expressed"), Arabic ("the views contained"),
        # Japanese ("this piece is the writer's own view"), Korean ("may differ from this paper's editorial line")
        *(
            "nie musi by\u0107 zgodny ze stanowiskiem redakcji",
            "wyra\u017ca pogl\u0105dy autora",
            "standpunten in dit stuk",
        ),
        *(
            "en tidigare version av texten",
            "en tidigare version av artikeln",
            "\u05d4\u05d3\u05e2\u05d5\u05ea \u05d4\u05de\u05d5\u05d1\u05e2\u05d5\u05ea",
        ),
        *(
            "\u0627\u0644\u0622\u0631\u0627\u0621 \u0627\u0644\u0648\u0627\u0631\u062f\u0629",
            "\u7b46\u8005\u500b\u4eba\u306e\u898b\u89e3",
            "\ud3b8\uc9d1 \ubc29\ud5a5\uacfc \ub2e4\ub97c \uc218",
        ),
        # Italian: "Gli interventi ... esprimono le opinioni dei loro autori e non impegnano la linea del giornale"
        *(
            "esprimono le opinioni dei loro autori",
            "esprime le opinioni dell'autore",
            "esprime le opinioni dell\u2019autore",
        ),
        # a correction's or an update's note, as Latin American ("esta nota"), Brazilian ("esta mat\u00e9ria") and
        # German papers also name the piece; not "modified" ("Cet article a \u00e9t\u00e9 modifi\u00e9"): a law's
        # article is
        *(
            f"{this} {was} {changed}"
            for this in ("esta nota", "esta noticia")
            for was in ("fue", "ha sido")
            for changed in ("actualizada", "corregida")
        ),
        *(
            f"{this} foi {changed}"
            for this in ("este artigo", "esta mat\u00e9ria")
            for changed in ("atualizado", "atualizada", "corrigido", "corrigida")
            if changed[-1] == this[-1]
        ),
        *(
            f"{this} wurde {changed}"
            for this in ("dieser text", "dieser beitrag")
            for changed in ("aktualisiert", "korrigiert")
        ),
        "cet article a \u00e9t\u00e9 actualis\u00e9",
        # an interview's or a transcript's note, edited for clarity, in French, Italian and German
        *(
            "modifi\u00e9e pour plus de clart\u00e9",
            "modifi\u00e9 pour plus de clart\u00e9",
            "\u00e9dit\u00e9e pour plus de clart\u00e9",
        ),
        *("editata per chiarezza", "aus Gr\u00fcnden der Lesbarkeit", "redigiert und gek\u00fcrzt"),
        # a piece's own word on its kind, in English, Dutch and Swedish: "This piece expresses the views of its author"
        *("expresses the views of its author", "this is an opinion piece", "dit is een opinieartikel"),
        "detta \u00e4r en ledartext",
        # Ukrainian and Russian: "Цей матеріал підготовлено за підтримки X": the funder of the piece
        *("підготовлено за підтримки", "підготовлений за підтримки", "подготовлен при поддержке"),
        "подготовлено при поддержке",
        *("створено за підтримки", "створений за підтримки", "создан при поддержке", "создано при поддержке"),
        # Spanish and Portuguese: "Este artículo refleja la opinión de su autor", "não reflete necessariamente"
        *(
            f"{reflects} {only}la opinión de {whose}"
            for reflects, whose in (("refleja", "su autor"), ("refleja", "su autora"), ("reflejan", "sus autores"))
            for only in ("", "exclusivamente ", "únicamente ", "solamente ")
        ),
        *("não reflete necessariamente", "não refletem necessariamente"),
        # Portuguese papers' note of the spelling a writer keeps: "A autora escreve segundo a antiga ortografia."
        *("escreve segundo a antiga ortografia", "escreve segundo o antigo acordo ortográfico"),
        *("escreve de acordo com a antiga ortografia", "escreve de acordo com o antigo acordo ortográfico"),
        # Greek ("the views expressed"), Hindi ("the views expressed", "are the writer's own views"), Dutch,
        # Norwegian and Vietnamese corrections ("an earlier version of this article")
        *("απόψεις που εκφράζονται", "व्यक्त विचार", "निजी विचार हैं"),
        *("een eerdere versie van dit artikel", "een eerdere versie van dit stuk", "en tidligere versjon av"),
        *("phiên bản trước của bài viết",),
        # corrections in French, Spanish, Portuguese, German and Italian: "an earlier version of this article", "this
        # article was corrected / updated" (not "modified": a law's article is, in a story of the law)
        *("une version pr\u00e9c\u00e9dente de cet article", "une pr\u00e9c\u00e9dente version de cet article"),
        *("cet article a \u00e9t\u00e9 corrig\u00e9", "cet article a \u00e9t\u00e9 mis \u00e0 jour"),
        *("una versi\u00f3n anterior de este art\u00edculo", "este art\u00edculo fue corregido"),
        *(
            "este art\u00edculo ha sido corregido",
            "este art\u00edculo fue actualizado",
            "este art\u00edculo ha sido actualizado",
        ),
        *(
            "uma vers\u00e3o anterior deste texto",
            "uma vers\u00e3o anterior desta reportagem",
            "este texto foi corrigido",
        ),
        *("este texto foi atualizado", "esta reportagem foi atualizada", "esta reportagem foi corrigida"),
        *("eine fr\u00fchere Version dieses Artikels", "einer fr\u00fcheren Version dieses Artikels"),
        *("dieser Artikel wurde korrigiert", "dieser Artikel wurde aktualisiert"),
        *("una versione precedente di questo articolo", "questo articolo \u00e8 stato corretto"),
        "questo articolo \u00e8 stato aggiornato",
        # Chinese ("stands for the writer's own view alone", "does not stand for this site's / the platform's / this
        # paper's position"), Japanese ("the writer's own view", "not the official view of", "as of the reporting"),
        # Korean ("the writer's own opinion", "may differ from this paper's position / editorial line")
        *("仅代表作者个人观点", "仅代表作者观点", "仅代表作者本人观点", "不代表本站立场", "不代表本网立场"),
        *("不代表平台立场", "不代表本报立场", "筆者個人の見解", "公式見解を示すものではありません", "取材時のもの"),
        # ("the information in the article is", as a Japanese note opens that dates it: "...は取材時（4月）のものです")
        *("記事内の情報は", "記事の情報は", "掲載情報は"),
        *("執筆時点のもの", "필자 개인의 의견", "필자 개인의 견해", "본지의 입장과 다를 수 있습니다"),
        *("본지의 편집 방향과 다를 수 있습니다", "본지의 편집방향과 다를 수 있습니다"),
        *_AS_DELIVERED,
        *_NAMES_CHANGED,
        # a research institute's: "The findings ... are those of the authors alone and should not be attributed to ..."
        *("are those of the authors alone", "are those of the author alone", "should not be attributed to"),
        *("wyłącznie opiniami autora", "wyłącznie opiniami autorki", "wyłącznie opiniami autorów"),
        # research's funders, in other languages, as "This research was funded by ..."
        *("ces travaux ont été financés par", "cette étude a été financée par", "cette recherche a été financée par"),
        *("esta investigación fue financiada por", "este estudio fue financiado por"),
        "dit onderzoek werd gefinancierd",
        *("dit onderzoek is gefinancierd", "forskningen har finansierats av", "studien har finansierats av"),
        *("questa ricerca è stata finanziata", "lo studio è stato finanziato", "esta pesquisa foi financiada por"),
        "o estudo foi financiado por",
        # who paid for the reporting, as a newsroom notes it under the piece its grant paid for, in other languages:
        # "Este reportaje fue realizado con el apoyo de ...", "Ce reportage a été réalisé avec le soutien de ...",
        # "Diese Recherche wurde gefördert von ...", "Reportáž vznikla s podporou ..." (the piece named first: a story
        # says "The library was built with the support of the region")
        *_REPORTING_SUPPORTED,
        # a funder's note that the piece is the newsroom's alone: "Its contents are the sole responsibility of ..."
        *("the sole responsibility of", "responsabilidad exclusiva de", "seule responsabilité de"),
        *("alleinigen Verantwortung", "esclusiva responsabilità", "exclusiva responsabilidade"),
        *("ne reflète pas nécessairement", "ne reflètent pas nécessairement", "non riflette necessariamente"),
        *("non riflettono necessariamente", "niet noodzakelijkerwijs", "weerspiegelt niet noodzakelijk"),
        # an interview's note on its editing, in other languages
        *("a été édité et condensé", "a été éditée et condensée", "a été édité et raccourci", "gekürzt und redigiert"),
        # how an interview was made: in writing, in German; from its recording and read by the one interviewed, in
        # Chinese
        *("Interview wurde schriftlich geführt", "根据采访录音整理", "经受访者审阅"),
        *("gekürzt und bearbeitet", "editada por razones de", "editada para mayor claridad", "editada por motivos de"),
        *("editada para maior clareza", "editada por questões de", "ingekort en geredigeerd", "è stata editata"),
        # a page a machine translated: "This article has been translated automatically from Spanish."
        *("translated automatically", "automatically translated", "machine-translated", "machine translated"),
        *("maschinell übersetzt", "automatisch übersetzt", "traducido automáticamente", "traduit automatiquement"),
        *("tradotto automaticamente", "traduzido automaticamente", "automatisch vertaald"),
        # a company's release on what it expects: "This press release contains forward-looking statements ..."
        *("forward-looking statements", "forward-looking statement", "declaraciones sobre expectativas futuras"),
        *("declaraciones prospectivas", "déclarations prospectives", "zukunftsgerichtete Aussagen"),
        *("dichiarazioni previsionali", "declarações prospectivas"),
        *_NOT_ADVICE,
        *_AFFILIATE,
        *_PRICES_AS_PUBLISHED,
        *_TRAVELLED,
        *_PAID_FOR,
        *_CRITICS_TERMS,
        *_OWN_WAYS,
        *_INTERVIEW_EDITED,
        # corrections in German as "an earlier version" says it in another word
        *("einer früheren Fassung dieses Artikels", "eine frühere Fassung dieses Artikels"),
        *("einer früheren Fassung dieses Textes", "eine frühere Fassung dieses Textes"),
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
        "Publish date",
        "Publication date",
        "Issued on",  # a broadcaster's: "Issued on: 14/06/2024 - 10:15"
        "First published",
        *("Originally published", "Originally posted"),
        *("Published online", "First published online"),  # a journal's or a magazine's web edition's
        "Last updated",
        "Last updated on",
        *("Last modified", "Last modified on", "Modified", "Modified on"),
        # the languages that write a date in numbers day first
        *_DAY_FIRST_LABELS,
        "\uae30\uc0ac\uc785\ub825",  # Korean: "article entered"
        # Korean news sites' own stamps: entered, modified, registered, approved (as "입력 2025.03.12 14:05")
        *("입력", "수정", "등록", "승인", "업데이트"),
        # Chinese: "published", "release time", "updated", as a portal stamps a story ("发布时间：2024-03-08 15:20")
        *("出版", "发布", "發佈", "發布", "发布时间", "發佈時間", "发表时间", "更新"),
    ),
    day_first_labels=_DAY_FIRST_LABELS,
    update_labels=(
        "Updated",
        "Updated on",
        "Last updated",
        *("Last modified", "Last modified on", "Modified", "Modified on"),
        "Aktualisiert am",
        "Mis \u00e0 jour le",
        "Modifi\u00e9 le",
        "Modifi\u00e9",
        "Actualizado el",
        "Actualizado",
        "Stand",
        *("Aktualisiert", "Mis \u00e0 jour", "Atualizado em", "Atualizado", "Aggiornato il", "Aggiornato"),
        *("Modificato il", "Modifica il"),
        *_LAST_UPDATED,
        *("Bijgewerkt op", "Bijgewerkt", "Laatste update", "Laatst bijgewerkt", "Aangepast op", "Aangepast"),
        *("Gewijzigd op", "Gewijzigd"),
        *("Aktualizacja", "Zaktualizowano", "Data aktualizacji", "Обновлено", "Дата обновления", "Оновлено"),
        *("Дата оновлення", "G\u00fcncelleme", "G\u00fcncellenme", "G\u00fcncelleme tarihi", "Diperbarui"),
        *("Uppdaterad", "Opdateret", "Actualizat", "Data actualiz\u0103rii", "Oppdatert", "P\u00e4ivitetty"),
        *(
            "Aktualizov\u00e1no",
            "\u0395\u03bd\u03b7\u03bc\u03ad\u03c1\u03c9\u03c3\u03b7",
            "آخر تحديث",
            "अपडेटेड",
            "Cập nhật",
        ),
        *("수정", "업데이트"),  # Korean: modified, updated
        *("Friss\u00edtve", "Actualitzat el", "Actualitzat"),  # Hungarian, Catalan
    ),
    bio_roles=(
        # a think tank's, a university's, a firm's trades: "Tom Pike is a research associate in ..."
        *("associate", "scientist", "strategist", "academic", "lawyer", "attorney", "diplomat"),
        # and a scientist by her field ("a hydrologist", "a neuroscientist"), as an academic's bio names it
        *(f"{field}ologist" for field in ("bi", "ec", "ge", "hydr", "soci", "psych", "anthrop", "archae", "epidemi")),
        *(f"{field}ologist" for field in ("climat", "crimin", "ornith", "vir", "immun", "neur", "zo", "glaci")),
        *("neuroscientist", "physicist", "chemist", "mathematician", "statistician", "demographer", "geographer"),
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
        # the other trades of the people who make a publication
        "photographer",
        "photojournalist",
        "producer",
        "commentator",
        # a paper's critic of a genre, not a critic "of" a plan: "Jane Roe is the Ledger's restaurant critic."
        *(f"{genre} {critic}" for genre in _REVIEWED for critic in ("critic", "reviewer")),
        "blogger",
        "filmmaker",
        "novelist",
        "poet",
        "cartoonist",
        "illustrator",
        "podcaster",
        "broadcaster",
        "presenter",
        *("meteorologist", "forecaster"),  # a station's weather team: "Jane Roe is Harbour TV's chief meteorologist"
        # a clinician who writes an op-ed: "Jane Roe, M.D., is an emergency physician at ..."
        *("physician", "surgeon", "psychiatrist", "pediatrician", "paediatrician", "pharmacist"),
        "student",
        "candidate",
        "consultant",
        "expert",
        "historian",
        "specialist",
        *("officer", "lead"),  # "Emergency Communications Officer", "Medical Team Lead"
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
        # who else writes a column, a letter or a sermon for the paper, a trade the verb names without an article:
        # a teacher, a doctor, a nurse, a priest, in German, Dutch, Swedish, French, Spanish, Italian, Portuguese
        # ("ist seit 2016 Pfarrerin", "is huisarts in ..."; Spanish "es doctora en": a doctorate). Not the titles
        # set before a name as well: "Imam", "Rabbi", "Pastor", "Padre".
        *("Lehrer", "Lehrerin", "Arzt", "\u00c4rztin", "Haus\u00e4rztin", "Hausarzt", "Pfarrer", "Pfarrerin"),
        *("leraar", "lerares", "huisarts", "dominee", "l\u00e4rare", "kyrkoherde", "pr\u00e4st"),
        *("enseignant", "enseignante", "m\u00e9decin", "pasteur", "maestra", "maestro", "doctora", "enfermera"),
        *("enfermero", "sacerdote", "insegnante", "enfermeira"),
        # ... and the trades of those who answer a paper's advice column or write on food, wine and houses: a
        # financial planner, a dietitian, an architect, a chef, a wine maker, a literary critic; in English, Swedish,
        # German, French, Spanish, Italian, Portuguese and Greek ("är privatekonom", "είναι οινολόγος")
        *("financial planner", "financial adviser", "financial advisor", "mortgage adviser", "mortgage broker"),
        *("accountant", "dietitian", "dietician", "nutritionist", "architect", "sommelier"),
        *("winemaker", "chef", "literary critic", "privatekonom", "ekonom", "arkitekt", "kock", "Finanzberaterin"),
        *("Finanzberater", "Ernährungsberaterin", "Architektin", "Architekt", "Literaturkritikerin"),
        *("Literaturkritiker", "Sommelière", "conseillère financière", "conseiller financier"),
        *("diététicienne", "architecte", "œnologue", "critique littéraire", "asesora financiera"),
        *("asesor financiero", "nutricionista", "arquitecta", "arquitecto", "enóloga", "enólogo"),
        *("sumiller", "crítica literaria", "crítico literario", "consulente finanziaria", "nutrizionista"),
        *("architetta", "architetto", "enologa", "enologo", "consultora financeira", "arquiteta", "arquiteto"),
        *("crítica literária", "crítico literário"),
        # a food critic in Italian, Spanish, French and Portuguese ("è critica gastronomica e scrive di ...")
        *("critica gastronomica", "critico gastronomico", "crítica gastronómica", "crítico gastronómico"),
        *("critique gastronomique", "crítica gastronômica", "crítico gastronômico"),
        # an engineer, an agronomist, a biologist, in English, Spanish, French, Italian, Portuguese, German, Swedish,
        # Norwegian and Danish, Polish
        *("engineer", "ingeniera", "ingeniero", "ingénieur", "ingénieure", "ingegnere", "engenheira", "engenheiro"),
        *("Ingenieurin", "Ingenieur", "ingenjör", "ingeniør", "inżynier", "agronomist", "agrónoma", "agrónomo"),
        *("agronome", "agronoma", "agronomo", "agrônoma", "agrônomo", "Biologin", "Biologe", "biologa", "biologo"),
        *("bióloga", "biólogo", "biologiste"),
        # an analyst and a researcher in Polish, Czech, Finnish and Hungarian
        *("analityk", "analityczka", "analytik", "analytička", "tutkija", "kutató"),
        *("οινολόγος", "αρχιτέκτονας", "διατροφολόγος"),
        # ... and of those who write the books an excerpt or a review is of, or translate them: an essayist, a
        # novelist, a poet, a translator, a critic, in English, French, Spanish, Italian, Portuguese, German, Dutch
        *("essayist", "translator", "romancier", "romancière", "essayiste", "poète", "poétesse", "traducteur"),
        *("traductrice", "novelista", "ensayista", "traductor", "traductora", "romanziere", "romanziera"),
        *("saggista", "traduttore", "traduttrice", "romancista", "ensaísta", "tradutor", "tradutora"),
        *("Schriftsteller", "Schriftstellerin", "Übersetzer", "Übersetzerin", "Essayistin", "Lyrikerin"),
        *("criticus", "schrijver", "schrijfster", "vertaler"),
        # Other languages: French, Spanish, Italian, Portuguese, German
        *("editora", "fotoperiodista", "médica", "médico", "Reporterin", "Psychologin", "Psychotherapeutin"),
        *("psychologue", "psychothérapeute", "psicóloga", "psicólogo", "psicologa", "psicologo", "psicoterapeuta"),
        "journaliste",
        "periodista",
        "giornalista",
        "jornalista",
        "Journalistin",
        "reportera",
        "reportero",
        "r\u00e9dacteur",
        "r\u00e9dactrice",
        "redactor",
        "redactora",
        "Redakteur",
        "Redakteurin",
        "correspondant",
        "correspondante",
        "corresponsal",
        "corrispondente",
        "correspondente",
        "Korrespondent",
        "Korrespondentin",
        # a newsroom's envoy, sent to where she writes from: Spanish and Portuguese, Italian, French
        *("enviado", "enviada", "inviato", "inviata", "envoy\u00e9", "envoy\u00e9e"),
        # a university's post below a chair, in Swedish, Danish, Norwegian and Dutch
        "docent",
        "chroniqueur",
        "chroniqueuse",
        "columnista",
        "Autorin",
        "autrice",
        "autora",
        "\u00e9crivain",
        "escritora",
        "escritor",
        "scrittrice",
        "scrittore",
        "photographe",
        "fot\u00f3grafa",
        "fot\u00f3grafo",
        "Fotograf",
        "Fotografin",
        "Autor",
        "auteur",
        "auteure",
        "chercheur",
        "chercheuse",
        "investigadora",
        "investigador",
        "Mitarbeiter",  # "ist wissenschaftliche Mitarbeiterin am Institut ...": a research fellow
        "Mitarbeiterin",
        "Professorin",
        "Wissenschaftler",
        "Wissenschaftlerin",
        "Forscher",
        "Forscherin",
        # Italian, Portuguese and Dutch researchers and reporters; Portuguese "repórter"
        *("ricercatore", "ricercatrice", "pesquisador", "pesquisadora", "onderzoeker", "redacteur", "verslaggever"),
        *("redattore", "redattrice"),
        *("rep\u00f3rter", "cronista"),
        # teachers and professors: French, Spanish, Portuguese, Italian, Dutch
        *("professeur", "professeure", "ma\u00eetre de conf\u00e9rences", "ma\u00eetresse de conf\u00e9rences"),
        *("profesor", "profesora", "catedr\u00e1tico", "catedr\u00e1tica", "professora", "docente", "hoogleraar"),
        *("professore", "professoressa"),
        # economists, analysts, political scientists, sociologists, historians and lawyers: Spanish, Portuguese,
        # Italian, French and German ("Jane Roe es economista y ...", "... \u00e9 economista, professora da ...")
        *("economista", "\u00e9conomiste", "\u00d6konom", "\u00d6konomin", "analista", "analyste"),
        *("polit\u00f3logo", "polit\u00f3loga", "politologue", "Politologe", "Politologin", "soci\u00f3logo"),
        *("soci\u00f3loga", "sociologue", "Soziologe", "Soziologin", "historiador", "historiadora", "historien"),
        *("historienne", "Historiker", "Historikerin", "abogado", "abogada", "advogado", "advogada", "avvocato"),
        *("avocat", "avocate", "Rechtsanw\u00e4ltin", "Rechtsanwalt"),
        "political scientist",
        *("fact-checker", "fact checker", "factchecker"),
        # an Italian paper's critic of a genre ("critico" alone is "critical of")
        *(
            f"{critic} {genre}"
            for critic, genre in (
                *(("critico", genre) for genre in ("letterario", "musicale", "cinematografico", "teatrale", "d'arte")),
                *(("critica", genre) for genre in ("letteraria", "musicale", "cinematografica", "teatrale", "d'arte")),
            )
        ),
        # Polish in the instrumental after "jest": an analyst, a researcher, an expert
        *("analityczk\u0105", "analitykiem", "badaczk\u0105", "badaczem", "ekspertk\u0105", "ekspertem"),
        # Polish, in the instrumental after "jest" too ("jest dziennikarką"); Swedish and Danish; Czech; Romanian;
        # Indonesian; Turkish
        *("dziennikarz", "dziennikarka", "dziennikarzem", "dziennikark\u0105", "reporterka", "reporterem"),
        *("reporterk\u0105", "publicysta", "publicystka", "publicyst\u0105", "publicystk\u0105", "redaktorem"),
        *("redaktork\u0105", "korespondentem", "korespondentk\u0105", "felietonista", "felietonistka"),
        *("felietonist\u0105", "felietonistk\u0105", "redakt\u00f6r", "redakt\u00f8r", "kr\u00f6nik\u00f6r"),
        *("skribent", "f\u00f6rfattare", "forfatter", "klummeskribent", "forskare", "forsker", "lektor"),
        *("novin\u00e1\u0159", "novin\u00e1\u0159ka", "redaktorka", "report\u00e9r", "report\u00e9rka"),
        # Czech in the instrumental after "je" ("je redaktorkou"), a political scientist
        *("redaktorkou", "redaktorem", "novin\u00e1\u0159kou", "novin\u00e1\u0159em", "politolog", "politolo\u017eka"),
        # Vietnamese, after "là": a reporter, a journalist, an editor, a lecturer, a teacher, a writer
        *("ph\u00f3ng vi\u00ean", "nh\u00e0 b\u00e1o", "bi\u00ean t\u1eadp vi\u00ean", "gi\u1ea3ng vi\u00ean"),
        *("gi\u00e1o vi\u00ean", "nh\u00e0 v\u0103n"),
        *("koment\u00e1tor", "koment\u00e1torka", "spisovatel", "spisovatelka", "zpravodaj", "zpravodajka"),
        *("jurnalist", "jurnalist\u0103", "reporter\u0103", "corespondent", "corespondent\u0103", "scriitor"),
        *("scriitoare", "cercet\u0103tor", "cercet\u0103toare", "profesoar\u0103", "wartawan", "jurnalis", "dosen"),
        *("peneliti", "kolumnis", "redaktur", "gazeteci", "muhabir"),
        # Greek: a journalist, a columnist, a correspondent, an editor, a professor, a researcher, an author, an
        # economist, a photographer, an analyst
        "\u03b4\u03b7\u03bc\u03bf\u03c3\u03b9\u03bf\u03b3\u03c1\u03ac\u03c6\u03bf\u03c2",
        "\u03b1\u03c1\u03b8\u03c1\u03bf\u03b3\u03c1\u03ac\u03c6\u03bf\u03c2",
        "\u03b1\u03bd\u03c4\u03b1\u03c0\u03bf\u03ba\u03c1\u03b9\u03c4\u03ae\u03c2",
        "\u03b1\u03bd\u03c4\u03b1\u03c0\u03bf\u03ba\u03c1\u03af\u03c4\u03c1\u03b9\u03b1",
        "\u03c3\u03c5\u03bd\u03c4\u03ac\u03ba\u03c4\u03b7\u03c2",
        "\u03c3\u03c5\u03bd\u03c4\u03ac\u03ba\u03c4\u03c1\u03b9\u03b1",
        "\u03ba\u03b1\u03b8\u03b7\u03b3\u03b7\u03c4\u03ae\u03c2",
        "\u03ba\u03b1\u03b8\u03b7\u03b3\u03ae\u03c4\u03c1\u03b9\u03b1",
        "\u03b5\u03c1\u03b5\u03c5\u03bd\u03b7\u03c4\u03ae\u03c2",
        "\u03b5\u03c1\u03b5\u03c5\u03bd\u03ae\u03c4\u03c1\u03b9\u03b1",
        "\u03c3\u03c5\u03b3\u03b3\u03c1\u03b1\u03c6\u03ad\u03b1\u03c2",
        "\u03bf\u03b9\u03ba\u03bf\u03bd\u03bf\u03bc\u03bf\u03bb\u03cc\u03b3\u03bf\u03c2",
        "\u03c6\u03c9\u03c4\u03bf\u03b3\u03c1\u03ac\u03c6\u03bf\u03c2",
        "\u03b1\u03bd\u03b1\u03bb\u03c5\u03c4\u03ae\u03c2",
        "\u03b1\u03bd\u03b1\u03bb\u03cd\u03c4\u03c1\u03b9\u03b1",
        # Russian and Ukrainian
        *("журналист", "журналистка", "корреспондент", "обозреватель", "колумнист", "редактор", "публицист"),
        *("журналіст", "журналістка", "кореспондент", "оглядач", "колумніст"),
        # Arabic, Hindi, Chinese, Japanese, Korean: journalists, writers, researchers, professors (not a post a byline
        # sets after a name, as Korean "기자": "박지영 기자가 ..." tells the story)
        *("صحفي", "صحفية", "كاتب", "كاتبة", "باحث", "باحثة", "أستاذ", "أستاذة", "مراسل", "مراسلة", "محرر", "محررة"),
        *("पत्रकार", "लेखक", "लेखिका", "प्रोफेसर", "शोधकर्ता", "自由撰稿人", "作家", "教授", "副教授", "研究员", "学者"),
        *("ライター", "研究員", "작가", "교수", "연구위원", "연구원", "변호사", "칼럼니스트", "평론가"),
    ),
    # German, Dutch, Danish, Norwegian and Swedish, and Italian "capo-" ("caporedattore", the chief editor)
    compound_roles=(
        *("Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin", "Journalist", "Journalistin", "Reporter"),
        *("Reporterin", "Autor", "Autorin", "Fotograf", "Fotografin", "Forscher", "Forscherin", "Wissenschaftler"),
        *("Wissenschaftlerin", "Professor", "Professorin", "Experte", "Expertin", "redacteur", "verslaggever"),
        *("correspondent", "onderzoeker", "forsker", "forskare", "redakt\u00f8r", "redakt\u00f6r", "skribent"),
        *("redattore", "redattrice"),
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
        "conversation",  # an interview's: "The conversation has been condensed and edited."
        "transcript",
        "reporting",  # "This reporting was supported by ..."
        "brief",  # an analyst's: "This brief draws on public sources."
        "briefing",
        # what a newsroom calls a long piece, or the pieces it runs together: "This investigation was supported by ..."
        *("investigation", "project", "series", "profile", "explainer", "feature"),
    ),
    bio_labels=(
        *("About the author", "About the authors", "About the writer", "About the writers", "About the reporter"),
        *("About the contributor", "About the contributors", "Author bio"),
        *("About the host", "About the hosts", "About the anchor"),  # a broadcaster's: a show's host, a newscast's
        # French, German, Spanish, Portuguese, Italian, Dutch
        *("\u00c0 propos de l'auteur", "\u00c0 propos de l\u2019auteur", "\u00c0 propos de l'autrice"),
        *("\u00dcber den Autor", "\u00dcber die Autorin", "\u00dcber die Autoren", "Sobre el autor", "Sobre la autora"),
        *("Sobre o autor", "Sobre a autora", "L'autore", "L\u2019autore", "Over de auteur"),
        # the writer alone, as an author box heads her bio: French and Italian, Spanish, German; Polish and Swedish
        # ("about the author")
        *("L'auteur", "L\u2019auteur", "L'autrice", "L\u2019autrice", "El autor", "La autora", "Zum Autor"),
        *("Zur Autorin", "O autorze", "O autorce", "Om f\u00f6rfattaren", "Om skribenten", "Over de auteurs"),
        # Chinese ("the author's profile"), Japanese ("the writer's profile"), Korean, Arabic and Hindi ("about the
        # writer")
        *(
            "作者简介",
            "作者介绍",
            "作者簡介",
            "筆者プロフィール",
            "著者プロフィール",
            "執筆者プロフィール",
            "필자 소개",
            "عن الكاتب",
        ),
        "लेखक के बारे में",
        # "about the person", as German sets it over a bio; "about the author" in Norwegian and Danish, Hungarian,
        # Catalan, Czech, Romanian, Russian, Ukrainian, Turkish
        *("Zur Person", "Om forfatteren", "A szerz\u0151r\u0151l", "Sobre l'autor", "Sobre l'autora", "O autorovi"),
        *("Despre autor", "Об авторе", "Про автора", "Yazar hakk\u0131nda"),
    ),
    # French, German, Spanish, Portuguese, Italian, Dutch: "Les opinions exprimées dans ce billet n'engagent
    # que leur auteur", "Dieser Beitrag erschien zuerst ...", "... la postura del diario"
    self_references=(
        *("cet article", "ce billet", "ce texte", "cette tribune", "cette chronique", "l'auteur", "l\u2019auteur"),
        *("leur auteur", "son auteur", "leur auteure", "son auteure", "la r\u00e9daction", "dieser Beitrag"),
        *("dieser Artikel", "dieses Artikels", "dieser Text", "dieses Textes", "dieses Interview", "des Autors"),
        *("der Autorin", "der Redaktion"),
        *("der Autoren", "der Autorinnen"),  # "die Meinung der Autorinnen und Autoren", as English "the authors"
        *("des Verlags", "este art\u00edculo", "este texto", "esta columna", "del autor", "de la autora"),
        *("del diario", "este artigo", "esta coluna", "do autor", "da autora", "o autor", "a autora", "do jornal"),
        *("este reportaje", "este contenido", "esta reportagem", "este conte\u00fado"),
        # a story, an investigation, as Spanish, Portuguese, French, Italian, German and Dutch newsrooms call one
        *("esta historia", "esta investigaci\u00f3n", "esta nota", "esta hist\u00f3ria", "esta investiga\u00e7\u00e3o"),
        *("esta mat\u00e9ria", "cette enqu\u00eate", "ce reportage", "questa inchiesta", "diese Recherche"),
        *("diese Reportage", "dit verhaal", "dit onderzoek"),
        *("questo articolo", "questo commento", "questo contributo", "questo reportage"),
        *("questo testo", "dell'autore", "dell\u2019autore", "dell'autrice", "dell\u2019autrice"),
        *("della redazione", "dit artikel", "dit stuk", "de auteur", "de redactie"),
        # Polish, Russian, Ukrainian, Turkish, Indonesian, Swedish, Danish, Czech, Romanian
        *("ten artyku\u0142", "ten tekst", "autora", "autorki", "redakcji", "эта статья", "статья", "материал"),
        *("редакции", "ця стаття", "стаття", "матеріал", "авторки", "редакції", "bu yaz\u0131", "bu makale"),
        *("yazar\u0131n", "yazara", "yay\u0131n kurulunun", "artikel ini", "tulisan ini", "redaksi", "artikeln"),
        *("texten", "skribentens", "redaktionens", "artiklen", "klummen", "tento \u010dl\u00e1nek", "\u010dl\u00e1nek"),
        *("redakce", "acest articol", "articolul", "autorului", "autoarei", "redac\u021biei", "redac\u0163iei"),
        # Czech, Polish, Norwegian, Greek, Arabic, Hindi, Vietnamese, Chinese, Japanese and Korean
        *("autorov\u011b", "artyku\u0142", "saken", "artikkelen", "innlegget", "skribenten"),
        *("το άρθρο", "του άρθρου", "το κείμενο", "του συγγραφέα", "της συγγραφέως", "هذا المقال", "هذا التقرير"),
        *("المقال", "كاتبها", "كتّابها", "كتابها", "كاتبه", "كاتبته", "यह लेख", "यह रिपोर्ट", "लेखक", "लेखिका"),
        *("bài viết", "tác giả", "本文", "作者", "本站", "本报", "本稿", "本記事", "この記事", "筆者"),
        *("이 기사", "이 글", "이 칼럼", "필자", "본지"),
        # a transcript's, an interview's, an episode's, and the newsroom's own team, in French, Spanish, Portuguese,
        # Italian and German: "Cette transcription a \u00e9t\u00e9 r\u00e9vis\u00e9e par notre \u00e9quipe."
        *("cette transcription", "cette interview", "cet entretien", "cet \u00e9pisode", "notre \u00e9quipe"),
        *("notre r\u00e9daction", "esta transcripci\u00f3n", "esta entrevista", "este episodio", "nuestro equipo"),
        *(
            "nuestra redacci\u00f3n",
            "esta transcri\u00e7\u00e3o",
            "este epis\u00f3dio",
            "nossa equipe",
            "nossa reda\u00e7\u00e3o",
        ),
        *("questa trascrizione", "questa intervista", "questo episodio", "la nostra redazione", "dieses Transkript"),
        *("diese Folge", "unsere Redaktion", "unser Team"),
        *("aquest article", "aquest text", "aquest reportatge"),  # Catalan "this article", "this report"
        "this content",  # a sponsor's piece, as its page calls it: "This content was produced in partnership with X"
        # a column's, and its writers' ("Gli interventi in questa rubrica esprimono le opinioni dei loro autori")
        *("questa rubrica", "dei loro autori", "degli autori", "del giornale", "cette rubrique", "esta secci\u00f3n"),
        *("sus autores", "seus autores", "desta coluna"),
        # a report's, a publication's, a release's own words for itself, and its content's
        *("este informe", "esta publicación", "su contenido", "ce rapport", "cette publication", "son contenu"),
        *("dieser Bericht", "diese Publikation", "questo rapporto", "questa pubblicazione", "dit rapport"),
        *("deze publicatie", "este relatório", "esta publicação", "this press release", "this release"),
        *("este comunicado", "ce communiqué", "diese Pressemitteilung", "questo comunicato", "dit persbericht"),
        *("its contents", "its content", "this page", "diese Seite", "cette page", "esta página", "questa pagina"),
        "deze pagina",
        *("cet entretien", "cette interview", "das Interview", "esta entrevista", "questa intervista", "dit interview"),
        "dit gesprek",
        # an obituary, a review, a profile, as its note calls itself: English ("This obituary first appeared in ..."),
        # Spanish, Portuguese, French, Italian, German
        *(
            "this obituary",
            "this review",
            "este obituario",
            "este obitu\u00e1rio",
            "esta rese\u00f1a",
            "esta resenha",
            "este perfil",
        ),
        *("cette n\u00e9crologie", "cette critique", "ce portrait", "questo necrologio", "questa recensione"),
        *("dieser Nachruf", "diese Rezension", "dieses Portr\u00e4t"),
        # the interview as its note calls it, the article of some languages a word's end: Swedish "Intervjun",
        # Danish and Norwegian "Interviewet", "Intervjuet", Italian "L'intervista", Spanish, Portuguese, French
        *("intervjun", "interviewet", "intervjuet", "l'intervista", "l\u2019intervista", "la entrevista"),
        *("a entrevista", "l'entretien", "l\u2019entretien", "das Gespr\u00e4ch"),
        *_AS_DELIVERED,
        *_NAMES_CHANGED,
        *_OWN_WAYS,
        *_CRITICS_TERMS,
        *_NOT_ADVICE,  # what the page is not: "Prices should not be considered investment advice."
        *_PRICES_AS_PUBLISHED,  # when the piece was published: "Prices were correct at the time of publishing."
        # "in this piece", as Portuguese and Turkish say it in a word's end: "Os preços citados nesta reportagem ...",
        # "Bu yazıdaki bazı bağlantılar ..."
        *("nesta reportagem", "nesta matéria", "neste artigo", "neste texto"),
        *("bu yazıdaki", "bu yazıda", "bu makaledeki", "bu makalede", "bu incelemede", "bu incelemedeki"),
    ),
    # English, Spanish, Portuguese, French, Italian, German, Dutch, Russian, Ukrainian, Polish, Turkish, Persian
    renamed_nouns=(
        *("names", "name", "nombres", "nombre", "nomes", "nome", "noms", "prénoms", "nom", "prénom", "nomi"),
        *("Namen", "Name", "naam", "имена", "имя", "імена", "ім'я", "ім’я", "imię", "imiona", "isimler", "isim"),
        "\u0646\u0627\u0645",
    ),
    renamed_words=(
        *("changed", "cambiados", "cambiado", "modificados", "modificado", "alterados", "alterado", "trocados"),
        *("trocado", "modifiés", "modifié", "changés", "changé", "cambiati", "cambiato", "modificati", "modificato"),
        *("geändert", "gefingeerd", "veranderd", "изменены", "изменено", "змінені", "змінено", "zmienione"),
        *("değiştirildi", "\u062a\u063a\u06cc\u06cc\u0631"),
    ),
    not_names=(
        "The",  # "The Harbour Ferry Company can be reached at ...": an organisation's, not a writer's
        "A",
        "An",
        "It",
        "This",
        "That",
        "There",
        "Here",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "What",
        "Which",
        "Who",
        "Follow",
        "Subscribe",
        "Join",
        "Sign",
        "Read",
        "Share",
        "Contact",
        "Email",
        "Click",
        *("Learn", "See", "View", "Show", "Load"),  # a button's verb: "Learn More", "View Gallery"
        "Listen",
        "Watch",
        "Posted",
        "Filed",
        "About",  # an author box's heading: "About Jane Roe"
        # Words that open a sentence before a verb "to be" of :attr:`bio_copulas` and a trade, in the languages of
        # those verbs and in those where the verb is another word: German "Als er Journalist war", Spanish "Según
        # este periodista", French "Aujourd'hui je suis journaliste", Swedish "Nu är", Danish "Det er", Polish "Dziś
        # jest", Czech, Romanian and Indonesian ("Kini adalah ...")
        *("Als", "Wenn", "Weil", "Ob", "Seg\u00fan", "Para", "Aujourd'hui", "Aujourd\u2019hui", "Moi", "Ici", "Nu"),
        *("Det", "Detta", "Dette", "H\u00e4r", "Her", "Der", "Dzi\u015b", "Teraz", "Dnes", "Te\u010f", "Tady", "Acum"),
        *("Azi", "Ast\u0103zi", "Aici", "Kini", "Ini", "Itu"),
    ),
    desk_words=(
        "News",
        "Desk",
        "Board",
        "Staff",
        "Team",
        "Report",
        "Reports",
        "Stories",
        "Edition",
        "Release",
        "Editors",
        "Newsroom",
        "Wire",
        "Photography",
        "Affairs",  # a desk's: "By Jane Roe, Consumer Affairs"
    ),
    # the end of a desk's or a bureau's name in Japanese ("department", "bureau", "head bureau"), in Chinese
    desk_endings=("\u90e8", "\u652f\u5c40", "\u7dcf\u5c40", "\u5c40", "\u7f16\u8f91\u90e8"),
    # The last word of a paper's name, no one's surname: "By Jane Roe, Lakeside Gazette" names one writer
    paper_words=(
        *("Times", "Gazette", "Herald", "Echo", "Tribune", "Chronicle", "Journal", "Observer", "Telegraph"),
        *("Express", "Guardian", "Independent", "Standard", "Sentinel", "Examiner", "Inquirer", "Enquirer", "Dispatch"),
        *("Ledger", "Bulletin", "Magazine", "Monitor", "Advertiser", "Register", "Voices", "Courant", "Digest"),
        *("Courier", "Voice", "Post", "Mirror", "Weekly", "Press"),
        *("Zeitung", "Tageblatt", "Rundschau", "Dagblad", "Nieuwsblad", "Tidning", "Tidende"),
        # and in Finnish, Spanish, Portuguese, Italian, Polish, German, Czech, Hungarian, the Nordic languages, Dutch,
        # French ("Pohjolan Sanomat", "Kurier Lubelski" ends in a place: not that)
        *("Sanomat", "Uutiset", "Noticias", "Jornal", "Giornale", "Gazzetta", "Notizie", "Gazeta", "Nachrichten"),
        *("Anzeiger", "Noviny", "H\u00edrlap", "Napl\u00f3", "Posten", "Nyheter", "Nieuws", "Krant", "Courrier"),
    ),
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
        "donate",  # a newsroom's appeal for money amid the article
        "republish",  # a box that offers the article's code to copy ("Republish this story"); a note is "republished"
        "donation",
        "related",
        "relatedposts",  # run together, as a blogging plugin writes "jp-relatedposts"
        "relatedarticles",
        "relatedstories",
        # a press release's box of whom reporters may call ("media-contact"), in German too
        "mediacontact",
        "mediacontacts",
        "presscontact",
        "presscontacts",
        "pressekontakt",
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
        # the box that stops a reader who has not paid, with its pitch ("paywall", "regwall")
        *("paywall", "regwall"),
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
        "actions",  # an article's bar of buttons (share, print, save): "article-actions", "post-actions"
        "pagination",
        "nextprev",  # links to the story before and after this one: next-prev, prev_next
        "prevnext",
        "previousnext",
        "pager",
        "navlinks",
        "tags",
        "catlinks",  # a blog post's footer of links to its categories, run together: "cat-links"
        "tagcloud",
        "taglinks",
        "categories",
        "print",
        "modal",
        "popup",
        "hidden",
        "offscreen",  # words for screen readers alone: "off-screen", "sr-only", "screen-reader-text"
        "sronly",
        "screenreader",
        "outbrain",
        "taboola",
        "footer",
        "header",
        "topbar",
        "search",
        "login",
    ),
    icon_marks=("icon", "emoji", "smiley", "logo", "avatar", "avatars", "badge", "headshot", "mugshot"),
    # the writer's portrait in the header or the author box: "author-image", "user-picture"
    portrait_marks=(
        *("avatar", "avatars", "headshot", "mugshot", "authorimage", "authorphoto", "authorpicture"),
        *("authorprofile", "userpicture", "authorbox", "authorcard"),
        # the writer's box in German, Spanish, Portuguese, Polish, Italian, French and Dutch ("autor-box")
        *("autorbox", "autorenbox", "autorinbox", "autorebox", "auteurbox"),
    ),
    comment_marks=("comment", "comments", "respond", "reply", "disqus"),
    chrome_marks=(
        "header",
        "footer",
        "masthead",
        "topbar",
        "toolbar",
        "hidden",
        "modal",
        "popup",
        "widget",
        "widgets",
        "social",
        "share",
        "sharing",
        "sharedaddy",
        "addthis",
        "print",
        "banner",
    ),
    comment_labels=(
        "comments",
        "reader comments",
        "readers' comments",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "add a comment",
        "show comments",
        "view comments",
        "reply",
        "replies",
        "cancel reply",  # the comment form's link, under its label
        # German, French, Spanish, Italian, Portuguese, Dutch
        *("kommentare", "kommentar schreiben", "commentaires", "laisser un commentaire", "comentarios"),
        *("deja un comentario", "commenti", "lascia un commento", "comentários", "deixe um comentário", "reacties"),
        # the thread's link or its prompt: "Read comments", "Join the discussion", "React to this article"; and so
        # in French, Spanish, German, Romanian, Polish, Swedish, Norwegian and Danish, Dutch, Turkish
        *(
            "read comments",
            "see comments",
            "join the discussion",
            "réagissez à cet article",
            "réagir",
            "ajouter un commentaire",
        ),
        *("inicia sesión para comentar", "deja tu comentario", "jetzt kommentieren", "kommentieren"),
        *("lasă un comentariu", "comentarii", "dodaj komentarz", "kommentera", "skriv en kommentar", "kommenter"),
        *("plaats een reactie", "yorum yap", "yorum yaz"),
        # a newsletter platform's thread, over its comments; Czech "join the discussion", "discussion"
        *("discussion about this post", "join the conversation", "vstoupit do diskuse", "diskuse"),
        # Bulgarian "Comments", "Write a comment"; Hebrew "Add a comment", "Comments"
        *("коментари", "напиши коментар", "הוספת תגובה", "תגובות"),
    ),
    boilerplate_lines=(
        "advertisement",
        "advert",
        "ad",
        "sponsored",
        "sponsored content",
        "sponsored by",  # over the sponsor's logo
        "supported by",
        "story continues below",
        "story continues below advertisement",
        "continue reading below",
        # and so in Danish, Norwegian, Swedish, Dutch, German, French, Spanish, Portuguese and Italian
        *("artiklen forts\u00e6tter under annoncen", "artikkelen fortsetter under annonsen"),
        *("artikeln forts\u00e4tter under annonsen", "het artikel gaat verder onder de advertentie"),
        *(
            "weiterlesen nach der anzeige",
            "lesen sie nach der anzeige weiter",
            "la suite apr\u00e8s cette publicit\u00e9",
        ),
        *("el art\u00edculo contin\u00faa despu\u00e9s de la publicidad", "continua depois da publicidade"),
        *("continua ap\u00f3s a publicidade", "l'articolo continua dopo la pubblicit\u00e0"),
        "read more",
        # "Read also", "On the same subject", "You may be interested", "More on the subject", as a label alone
        *("lire aussi", "à lire aussi", "sur le même sujet", "lesen sie auch", "mehr zum thema", "te puede interesar"),
        *("lee también", "leia também", "veja também", "leggi anche", "ti potrebbe interessare"),
        *("más información", "auch interessant", "lees ook", "läs också", "læs også", "les også", "lue myös"),
        *(
            "czytaj też",
            "zobacz też",
            "czytaj tak\u017ce",
            "zobacz tak\u017ce",
            "читайте также",
            "читайте також",
            "\u03b4\u03b9\u03b1\u03b2\u03ac\u03c3\u03c4\u03b5 \u03b5\u03c0\u03af\u03c3\u03b7\u03c2",
        ),
        "join the conversation",  # the comments' label
        # the label over a newsroom's social links, in English, German, French, Spanish, Portuguese, Italian, Dutch,
        # Swedish and Polish
        *("follow us", "folgen sie uns", "suivez-nous", "s\u00edguenos", "siga-nos", "seguici", "volg ons"),
        *("f\u00f6lj oss", "obserwuj nas"),
        "share this",
        "share this article",
        "share",
        # the share button and the link's, in French, German, Spanish, Portuguese, Italian, Dutch, Swedish, Polish,
        # Russian, Ukrainian, Arabic, Turkish and Indonesian
        *("partager", "teilen", "compartir", "compartilhar", "partilhar", "condividi", "delen", "dela", "del"),
        "distribuie",  # Romanian's; and Norwegian's and Danish's "del" ("Del på Facebook")
        *("dela artikeln", "udostępnij", "поделиться", "поділитися", "شارك", "paylaş", "bagikan"),
        # "share the article" in German, French, Spanish, Portuguese, Italian, Dutch, Danish, Norwegian, Finnish
        *("artikel teilen", "beitrag teilen", "partager l'article", "partager cet article", "compartir art\u00edculo"),
        *("compartir este art\u00edculo", "compartilhe esta mat\u00e9ria", "condividi l'articolo", "deel dit artikel"),
        *("condividi questo articolo", "del artiklen", "del artikkelen", "jaa artikkeli"),
        # "share this news" in Spanish, Italian, Portuguese, Arabic, Hindi; "share" in Czech, Hindi and Hebrew, and
        # Hebrew's and Czech's "share on Facebook"
        *(
            "comparte esta noticia",
            "compartir esta noticia",
            "condividi questa notizia",
            "compartilhe esta not\u00edcia",
        ),
        *("partilhe esta not\u00edcia", "شارك الخبر", "شارك المقال", "इस खबर को शेयर करें", "शेयर करें", "sd\u00edlet"),
        *("שתפו", "שתפו בפייסבוק", "שתפו בוואטסאפ", "שתפו בטוויטר", "sd\u00edlet na facebooku", "sd\u00edlet na x"),
        # a network's button a row names beside the others, and X with its old name
        *("viber", "x (twitter)"),
        # a recipe's buttons, in English, Spanish, Portuguese, French, German; an obituary's guestbook
        *("save recipe", "print recipe", "guardar receta", "guardar receita", "enregistrer la recette"),
        *("rezept speichern", "sign the guestbook", "sign guestbook"),
        # a footer's links: the paper's ads, its complaints' page, who to write to, its legal notice in German, French,
        # Spanish and Italian; an obituary's link to a florist
        *("advertise with us", "complaints & corrections", "complaints and corrections", "contact us", "about us"),
        *("impressum", "mentions l\u00e9gales", "aviso legal", "note legali"),
        "send flowers",
        "comment on this article",  # (its count after it: "Comment on this article (212)")
        "jaa",  # Finnish's, in a row: "Jaa: Facebook X Linkki"
        # the button that copies the story's link, in a row of share buttons: "Facebook X Link", in English, Spanish,
        # French, Finnish, Swedish, Norwegian, Czech
        *("link", "enlace", "lien", "linkki", "l\u00e4nk", "lenke", "odkaz"),
        *("copier le lien", "link kopieren", "copiar enlace", "copiar link", "copia link", "kopiera länk"),
        # and in Norwegian, Danish, Finnish, Czech, Hungarian; email's button in Spanish, Finnish, Catalan
        *("kopier lenke", "kopier link", "kopioi linkki", "kop\u00edrovat odkaz", "link m\u00e1sol\u00e1sa"),
        *("correo", "s\u00e4hk\u00f6posti", "correu"),
        "previous",
        "next",
        "previous next",
        "this slideshow requires javascript",
        # what a video player shows where it cannot play
        "media playback is unsupported on your device",
        "your browser does not support the video tag",
        "your browser does not support html5 video",
        "this video is unavailable",
        "loading",
        "video loading",
        "click to enlarge",
        "skip advertisement",
        "share full article",
        *("download pdf", "download the pdf", "scarica il pdf", "télécharger le pdf", "pdf herunterladen"),
        "descargar pdf",
        "article réservé aux abonnés",  # a French paper's mark over a story for subscribers
        "この記事をシェアする",  # "share this article"
        # a newsletter platform's buttons, over its post and under it, in English, German, Portuguese, Spanish and
        # French
        *("upgrade to paid", "diesen beitrag teilen"),
        *(
            "partilhar esta publica\u00e7\u00e3o",
            "compartilhar esta publica\u00e7\u00e3o",
            "compartir esta publicaci\u00f3n",
        ),
        *("partager cette publication", "upgrade auf ein bezahltes abo", "fazer upgrade para pago"),
        # a button that reads the story aloud, in Portuguese, Spanish, French, German and Italian
        *("ouvir este conte\u00fado", "ouvir o texto", "ouvir esta not\u00edcia", "escuchar este art\u00edculo"),
        *("\u00e9couter cet article", "artikel anh\u00f6ren", "ascolta l'articolo", "ascolta questo articolo"),
        "gift this article",
        "ad feedback",  # the button under an advertisement that asks what the reader made of it
        "article content",  # a screen reader's label over the story's text, which a scraper copies between parts
        # a section break set as a line of its own
        "* * *",
        "***",
        "___",
        "skip ad",
        "continue reading",
        "continue reading the main story",
        "close",  # a video player's or gallery's button
        "subscribe",  # a newsletter's or the paper's button
        "subscribe now",
        "sign up",
        "sign up now",
        "hide caption",
        "show caption",
        "more",  # "... more" and "less" expand and fold a long caption
        "less",
        "show more",
        "show less",
        "read less",
        "tweet this",
        "rss",
        "rss feed",
        "click to tweet",
        "tweet",
        "see more",
        "comments",
        "comments are closed",
        # a live page's labels over its pinned post and its list of key moments
        *("pinned post", "pinned", "key events", "angepinnter beitrag", "wichtige ereignisse", "événements clés"),
        # a public body's question under its page; a closed comment box
        *("is this page useful?", "was this page helpful?", "was this article helpful?"),
        *("comments are closed on this article", "comments are closed on this story"),
        # a site's links to a reader's account, in its menu
        *("sign in", "log in", "login", "sign out", "log out", "logout", "my account"),
        # an email newsletter's link to stop it, as its archive on the web keeps it
        *("unsubscribe", "cancelar inscrição", "darse de baja", "abmelden", "se désabonner", "se désinscrire"),
        *("abonelikten çık", "annulla iscrizione", "uitschrijven"),
        *("responses", "replies"),  # a blog's count of its comments: "2 Responses"
        *("cite this article", "cite this page", "cite this"),  # a journal's button for a reference to the piece
        "fehler gefunden? jetzt melden",  # a German site's button to report a mistake
        # and so in German, French, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian, Polish, Czech,
        # Slovak, Turkish, Swedish, Danish and Norwegian, Finnish; and an Austrian paper's readers' "Postings"
        *(
            "kommentare",
            "commentaires",
            "comentarios",
            "commenti",
            "coment\u00e1rios",
            "reacties",
            "\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438",
            "\u043a\u043e\u043c\u0435\u043d\u0442\u0430\u0440\u0456",
            "komentarze",
            "diskuze",
            "diskusia",
            "yorumlar",
            "kommentarer",
            "kommentit",
            "postings",
        ),
        # a page's buttons and menus, as text copied from a browser window shows them (not a network's name:
        # "Facebook" may head a section of a piece on them)
        "menu",
        "accept all",
        "reject all",
        "accept cookies",
        "manage preferences",
        "manage cookies",
        *("manage choices", "manage consent", "manage options", "more options"),  # a consent box's other buttons
        "cookie settings",
        # and in French, Spanish, German, Italian, Portuguese
        *("g\u00e9rer mes cookies", "param\u00e9trer les cookies", "configurar cookies", "cookie-einstellungen"),
        *("gestisci i cookie", "gerir cookies", "gerenciar cookies"),
        "copy link",
        "copy",  # the link's, in a row of share buttons
        "link copied",
        "learn more",
        "copy to clipboard",  # the button under a box of code to copy: a republishing box's, an embed's
        "listen to this article",
        "print",
        "have your say",
        "enlarge this image",
        "toggle caption",
        "save article",
        "gift article",
        "save",
        # the same buttons in German, Spanish, Portuguese and French: "listen to the article", "add to my list",
        # "send" (by mail, by WhatsApp), "share" as an imperative, "comment"
        *("artikel anh\u00f6ren", "zur merkliste hinzuf\u00fcgen", "merken", "enviar", "compartilhe", "comparte"),
        *("partagez", "commenter", "comentar", "kommentieren"),
        *("send", "envoyer", "invia", "wy\u015blij"),  # "Send by email", "Envoyer par e-mail"
        # the button that offers a newsroom's story to other sites, under it
        *(f"republish this {piece}" for piece in _PIECES),
        "share on facebook",
        "share on twitter",
        "share on x",
        "share via email",
        # a share button's name on a line of its own, as a browser copies the row of them (not "X" nor "Threads",
        # which are words too)
        *("facebook", "twitter", "whatsapp", "linkedin", "reddit", "pinterest", "telegram", "messenger", "bluesky"),
        *("flipboard", "email", "e-mail", "mail", "mastodon", "xing", "vk", "line"),
        # print it, copy its link, get its PDF, in German, Spanish, Portuguese, French, Italian, Polish, Dutch
        *("drucken", "imprimir", "imprimer", "stampa", "drukuj", "afdrukken", "kopiuj link", "link kopiëren"),
        *("pobierz pdf", "baixar pdf", "pdf downloaden", "pdf"),
        # and in Arabic script: Facebook, Twitter, WhatsApp, Telegram
        *(
            "\u0641\u064a\u0633\u0628\u0648\u0643",
            "\u062a\u0648\u064a\u062a\u0631",
            "\u0648\u0627\u062a\u0633\u0627\u0628",
        ),
        *("\u062a\u0644\u064a\u062c\u0631\u0627\u0645", "\u062a\u064a\u0644\u064a\u062c\u0631\u0627\u0645"),
        # the networks and buttons of a Chinese page's row: WeChat, Weibo, QQ Zone, "copy link"; "share to", its
        # label
        *("\u5fae\u4fe1", "\u5fae\u535a", "qq\u7a7a\u95f4", "\u590d\u5236\u94fe\u63a5", "\u5206\u4eab\u5230"),
        # "share this article" in Japanese (another verb than the one above) and Korean; "share this story" in
        # Swahili
        *("\u3053\u306e\u8a18\u4e8b\u3092\u5171\u6709\u3059\u308b", "\uacf5\uc720\ud558\uae30"),
        "shiriki habari hii",
        *("\u306f\u3066\u306a\u30d6\u30c3\u30af\u30de\u30fc\u30af", "\u306f\u3066\u30d6"),  # Japan's bookmarks
        # the apps a podcast's page offers to follow it in, as a row's buttons: "Subscribe: Apple Podcasts · Spotify"
        *("apple podcasts", "spotify", "pocket casts", "overcast", "google podcasts", "amazon music", "youtube music"),
        *("podcast addict", "castbox", "deezer", "rss", "rss feed"),
        # the footer's links, in the last lines of a whole page's text
        *("privacy policy", "cookie policy", "terms of use", "terms of service", "terms and conditions"),
        "back to top",
        "open in app",
        "blog comments powered by",
        "comments powered by disqus",
        # "Advertisement" in German, French, Spanish, Portuguese, Italian, Indonesian, Russian, Korean, Chinese,
        # Japanese, Polish and Czech, Turkish and Swedish, Danish and Norwegian, Dutch and Arabic
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "publicidade",
        "pubblicità",
        "iklan",
        "реклама",
        "광고",
        "广告",
        "広告",
        *("reklama", "reklam", "reklame", "advertentie", "\u0625\u0639\u0644\u0627\u0646"),
        *("विज्ञापन", "বিজ্ঞাপন", "פרסומת", "โฆษณา", "تبلیغات"),  # Hindi, Bengali, Hebrew, Thai, Persian
        # Swedish, Norwegian, Danish, Finnish, Hungarian, Romanian, Croatian and Serbian, Greek, Vietnamese, Swahili
        *("annons", "annonse", "annonce", "mainos", "hirdetés", "publicitate", "oglas", "διαφήμιση", "quảng cáo"),
        "tangazo",
        # "More stories", "Related news", "Read more" alone over their links: Hebrew, Thai, Bengali, Hindi
        *("כתבות נוספות", "อ่านข่าวที่เกี่ยวข้อง", "আরও পড়ুন", "यह भी पढ़ें", "ये भी पढ़ें"),
        # "Read more" under a teaser, in Swedish, Finnish, Norwegian, Danish, Dutch, French, Portuguese, Spanish,
        # German, Polish, Russian, Italian
        *("l\u00e4s mer", "lue lis\u00e4\u00e4", "les mer", "l\u00e6s mere", "lees meer", "lire la suite", "leia mais"),
        *("leer m\u00e1s", "seguir leyendo", "weiterlesen", "czytaj wi\u0119cej", "читать далее", "continua a leggere"),
        # a blog's label over its share buttons, "Share this:", in Spanish, German, Portuguese, Dutch, Swedish; and
        # "Share this entry" in Portuguese and Spanish
        *("comparte esto", "teilen mit", "compartilhe isso", "partilhe isto", "dit delen", "dela detta"),
        *("partilhar esta entrada", "compartir esta entrada"),
        # the link that asks readers to report a mistake
        *("report a typo", "report a typo or error", "report an error", "report a correction", "suggest a correction"),
        # a paid piece's label, in English, Spanish, French, Italian, Portuguese
        *("paid content", "paid post", "partner content", "sponsored post", "contenido patrocinado"),
        *("contenu sponsoris\u00e9", "contenu partenaire", "contenuto sponsorizzato", "conte\u00fado patrocinado"),
        # the line between the story and an advertisement that interrupts it
        *("scroll to continue", "scroll to continue with content", "continue reading below advertisement"),
        # the buttons that set the text's size, in English and Portuguese
        *("increase font size", "decrease font size", "text size", "font size", "a+", "a-"),
        *("diminuir fonte", "aumentar fonte"),
        # "Email" and "Share" in Swedish and Norwegian, Turkish, French; Japanese
        *("e-post", "e-posta", "courriel", "\u30b7\u30a7\u30a2\u3059\u308b", "\u30b7\u30a7\u30a2"),
        # "Share this news" in Hindi and Urdu, "Share" in Hindi, "Share on ..." in Tagalog; "Share the article" in
        # Danish, Swedish and Norwegian
        *("इस खबर को शेयर करें", "शेयर करें", "اس خبر کو شیئر کریں", "شیئر کریں", "ibahagi", "ibahagi sa facebook"),
        *("ibahagi sa messenger", "ibahagi sa x", "del artiklen", "dela artikeln", "del artikkelen"),
        # the networks' names as Hindi writes them, a share row's buttons
        *("फेसबुक", "ट्विटर", "व्हाट्सऐप", "व्हाट्सएप", "यूट्यूब", "इंस्टाग्राम", "टेलीग्राम"),
    ),
    # lynx writes "[IMG]" or "[INLINE]" for a picture without alt text, w3m "[image]"
    picture_placeholders=("[img]", "[inline]", "[image]"),
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
        "excerpt",
        "subtitle",
        "subhead",
        "subheadline",
        "subline",
        "strapline",
        "blurb",
        "description",
        "chapo",  # French
        "chapeau",
        "soustitre",
        "sapo",  # Vietnamese
        # Spanish (and the bajada and copete of Latin America), Portuguese, Brazilian, Italian, German
        *("entradilla", "bajada", "copete", "sumario", "linhafina", "sommario", "vorspann"),
        *("catenaccio", "sottotitolo"),  # Italian: the dek under the headline, the subtitle
    ),
    lede_marks=("lead", "lede", "intro", "leadparagraph", "speakable"),
    pull_quote_marks=(
        "pullquote",
        "pullout",
        "pulledquote",
        "pulloutquote",
        "quotebox",
        "pqblock",  # "pq-block"; not "pq" alone, a prefix some templates give every class ("pq-title", "pq-body")
        "highlightquote",  # (not "quote-callout" nor "featured-quote": a price quote's box, a reader's testimonial)
        # and as templates name it in French ("exergue", "mise-en-exergue"), Spanish ("cita-destacada"), Portuguese
        # ("citacao-destaque"), German ("zitat-box"), Dutch ("uitgelicht-citaat"), Polish ("wyimek") and Czech
        # ("citace-vytazena"); not "destaque" nor "destacada" alone, a featured story's box
        *("exergue", "citadestacada", "citaciondestacada", "citacaodestaque", "citacaodestacada", "zitatbox"),
        *("uitgelichtcitaat", "wyimek", "citacevytazena"),
    ),
    caption_marks=(
        "caption",
        "figcaption",
        "cutline",
        # in German, French, Spanish, Italian and Portuguese, Dutch
        "bildunterschrift",
        "legende",
        "leyenda",
        "didascalia",
        "legenda",
        "bijschrift",
        "onderschrift",
    ),
    credit_marks=(
        "credit",
        "credits",
        "copyright",
        "photographer",
        "source",
        # in German ("Quelle", "Bildnachweis", "Urheber"), Italian and Spanish
        "quelle",
        "bildnachweis",
        "bildquelle",
        "urheber",
        "crediti",
        "credito",
    ),
    bio_marks=("bio", "authorbio", "authorinfo", "aboutauthor", "authorbox", "authorcard", "contributorbio"),
    disclaimer_marks=("disclaimer", "disclosure", "editornote", "editorsnote", "correction"),
    attribution_marks=("republished", "attribution", "originally"),
    byline_marks=(
        *("byline", "author", "authors"),
        # the writer's name in Spanish, Portuguese, German, Polish, French, Dutch and Italian class names, and the
        # signature a French or Spanish paper signs a story with ("texte__signature", "noticia__firma")
        *("autor", "autora", "autores", "auteur", "auteurs", "autore", "autori", "autoren", "verfasser", "signature"),
        "firma",
    ),
    date_marks=("date", "dateline", "datetime", "pubdate", "published", "publish", "timestamp", "posted"),
    topic_class_prefixes=("category-", "tag-", "post_tag-", "topic-", "section-"),
    screen_sizes=("xs", "sm", "md", "lg", "xl", "xxl", "mobile", "phone", "tablet", "desktop"),
    staff_credits=(
        *("Staff Reporter", "Our Staff Reporter", "Staff Correspondent", "Our Correspondent", "Special Correspondent"),
        *("Staff Writer", "News Desk", "Web Desk", "Online Desk", "Agencies", "News Agencies", "Wire Services"),
        # a story the newsroom's staff reported together: "Staff Report", "From staff reports"
        *("Staff Report", "Staff Reports", "From Staff Reports", "Staff and Wire Reports", "Staff and Agencies"),
        # the newsroom's credit in German, French, Spanish, Italian, Portuguese
        *("Redaktion", "La r\u00e9daction", "Redacci\u00f3n", "Redazione", "Reda\u00e7\u00e3o"),
    ),
    editor_labels=(
        *("Edited by", "Editing by", "Editor:", "Redigiert von", "Bearbeitet von", "\u00c9dit\u00e9 par"),
        *("Editado por", "Edici\u00f3n:", "A cura di"),
    ),
    # Korean: a reporter, a senior, an intern, a specialist, a guest reporter, a correspondent, an editorial
    # writer, a columnist, an editor; Japanese: a reporter, a correspondent
    titles_after_names=(
        *("기자", "선임기자", "인턴기자", "전문기자", "객원기자", "특파원", "논설위원", "칼럼니스트", "편집위원"),
        *("記者", "特派員"),
        *("\u8bb0\u8005", "\u7279\u6d3e\u8bb0\u8005"),  # and in simplified Chinese: "reporter", "correspondent"
    ),
    byline_prefixes=(
        "By",
        "by",
        "BY",
        "Words by",
        "Written by",
        "Reporting by",
        "Reported by",
        "Writing by",
        "Posted by",
        "Submitted by",  # as Drupal signs a post: "Submitted by Jane Roe on Mon, 03/04/2024 - 10:15"
        "Story by",
        "Text by",
        "Interview by",
        "Interviewed by",
        "Reviewed by",  # a book's or a show's review, as its critic signs it
        # the same in Russian and Ukrainian, as an interview is signed ("Беседовала Jane Roe"), by a man or a woman
        *(
            "\u0411\u0435\u0441\u0435\u0434\u043e\u0432\u0430\u043b",
            "\u0411\u0435\u0441\u0435\u0434\u043e\u0432\u0430\u043b\u0430",
        ),
        *(
            "\u0420\u043e\u0437\u043c\u043e\u0432\u043b\u044f\u0432",
            "\u0420\u043e\u0437\u043c\u043e\u0432\u043b\u044f\u043b\u0430",
        ),
        *("Compiled by", "Curated by"),  # a gallery's or a list's: "Compiled by Jane Roe"
        # "Text by" in Portuguese and Spanish, French, Italian, German: "Texto de Jane Roe \u00b7 Infografia de ..."
        *("Texto de", "Texte de", "Testo di", "Text von"),
        # what kind of piece it is, as German papers sign it: "Ein Bericht von Jane Roe", "Eine Analyse von ..."
        *("Ein Bericht von", "Ein Kommentar von", "Eine Analyse von", "Ein Gastbeitrag von", "Eine Reportage von"),
        # a photo essay's, whose writer made its pictures too: "Words and pictures by Jane Roe"
        *("Words and pictures by", "Words and photos by", "Words and photographs by", "Text and photos by"),
        *("Story and photos by", "Story and photographs by"),
        *("Photographs and words by", "Photos and words by", "Pictures and words by", "Photos and text by"),
        "Photographs and text by",
        # and in Swedish, Danish and Norwegian, Dutch, German, French, Spanish, Portuguese and Italian: "Text och foto:
        # Jane Roe"
        *("Text och foto:", "Text och bild:", "Tekst og foto:", "Tekst en foto:", "Text und Fotos:", "Text und Bild:"),
        *("Texte et photos :", "Texte et photos:", "Texto y fotos:", "Texto e fotos:", "Testo e foto:"),
        *("Texto e fotografia:", "Texto e fotografias:", "Texto y fotografía:", "Texto y fotografías:"),
        *("Texte et photographies :", "Texte et photographies:", "Testo e fotografie:", "Text und Fotografie:"),
        # Polish and Turkish (Czech's and Finnish's stand with their languages' other labels below)
        *("Tekst i zdj\u0119cia:", "Tekst i foto:", "Yaz\u0131 ve foto\u011fraflar:", "Yaz\u0131 ve Foto\u011fraflar:"),
        "Yaz\u0131 ve foto\u011fraf:",
        # the paper's own correspondent or envoy, named after: "Par notre correspondant, Jane Roe", in French, Italian,
        # German, Spanish and English
        *(
            f"{by} {our} {who},"
            for by in ("Par", "De")
            for our, who in (("notre", "correspondant"), ("notre", "correspondante"))
        ),
        *("De notre envoy\u00e9 sp\u00e9cial,", "De notre envoy\u00e9e sp\u00e9ciale,", "Dal nostro inviato,"),
        *("Dalla nostra inviata,", "Von unserem Korrespondenten", "Von unserer Korrespondentin"),
        *("De nuestro corresponsal,", "De nuestra corresponsal,", "By our correspondent,"),
        "Author:",
        "Authors:",
        "Analyst:",
        "Analysts:",
        "Words:",  # a magazine's credits: "Words: Jane Roe", "Text: Jane Roe", the pictures' after them
        "Text:",
        *("Texto:", "Texte:", "Texte :", "Testo:"),  # and in Spanish and Portuguese, French, Italian
        # Polish, Czech and Romanian, Russian and Ukrainian, Turkish, Indonesian, Danish ("Skrevet af Jane Roe");
        # "Av", "Af", "Oleh" and Romanian "de" among the sentence openers
        *("Autor:", "Autorka:", "Autorzy:", "Auto\u0159i:", "Autori:", "Tekst:", "Автор:", "Авторы:", "Автори:"),
        "Text a foto:",  # Czech and Slovak: the writer made the pictures too
        *("Текст:", "Yazar:", "Yazan:", "Haber:", "Muhabir:", "Penulis:", "Pewarta:", "Reporter:", "Laporan:"),
        "Skrevet af",
        # Finnish "Text:", "Writer:", "Text and pictures:"; Hungarian "Text:", "Written by:", "Author:", "Authors:";
        # Latvian, Lithuanian, Slovene "Text:"; Croatian and Serbian "Writes:"
        *("Teksti:", "Kirjoittaja:", "Teksti ja kuvat:", "Sz\u00f6veg:", "\u00cdrta:", "Teksts:", "Tekstas:"),
        *("Szerz\u0151:", "Szerz\u0151k:"),
        *("Besedilo:", "Pi\u0161e:"),
        # Greek "Text:"; Vietnamese "Story:", "Story and pictures:"
        *("\u039a\u03b5\u03af\u03bc\u03b5\u03bd\u03bf:", "B\u00e0i:", "B\u00e0i v\u00e0 \u1ea3nh:"),
        # Labels of a writer's name in scripts without capitals, a mark after them as "글=이서연", "文／陈静" and
        # "筆者：田中美穂" set it: Chinese "text", "written by", "author"; Japanese "writer", "written by", "reporting
        # and text", "text and pictures"; Korean "text", "text and pictures"; Arabic "wrote" (he, she), "prepared by";
        # Hindi "writer" (he, she), "report"
        *("文:", "撰文:", "作者:", "筆者:", "執筆:", "取材・文:", "文・写真:", "글:", "글·사진:"),
        *("كتب:", "كتبت:", "إعداد:", "लेखक:", "लेखिका:", "रिपोर्ट:"),
        "द्वारा:",  # Hindi "by:"
        # Persian, Thai and Georgian "writer:"; Thai "story:", "story and pictures:"; Persian "written:"; Urdu
        # "report:", "written:"
        *("نویسنده:", "ผู้เขียน:", "ავტორი:", "เรื่อง:", "เรื่องและภาพ:", "نوشته:", "رپورٹ:", "تحریر:"),
        # ... and those set before the name with a space: a Chinese paper's reporter ("本报记者 李华"), its own, its
        # correspondent, its intern; Arabic "by the pen of"
        *("记者", "本报记者", "通讯员", "实习生", "記者", "本報記者", "通訊員", "بقلم"),
        "\u0e42\u0e14\u0e22",  # Thai "by", the name after a space
        *("文・写真", "写真・文", "글·사진"),  # a Japanese and a Korean writer's who made the pictures too
        *_SENTENCE_OPENERS,
    ),
    tags_prefixes=(
        "Tags",
        "Tagged",  # a blog's footer: "Tagged: ferries, strikes"
        "Topics",
        "Topic",
        "Related Topics",
        "Filed under",
        "Keywords",
        # German, French, Spanish
        "Themen",
        "Schlagworte",
        "Schlagw\u00f6rter",
        "Mots-cl\u00e9s",
        "Mots cl\u00e9s",
        "Archivado en",
        "Etiquetas",
        "Temas",
        # Polish, Russian, Ukrainian, Turkish, Indonesian, Swedish, Danish, Czech, Romanian
        *("Tagi", "S\u0142owa kluczowe", "Теги", "Ключевые слова", "Мітки", "Ключові слова", "Etiketler", "Tag"),
        *("Topik", "\u00c4mnen", "Taggar", "Emner", "\u0160t\u00edtky", "T\u00e9mata", "Etichete", "Cuvinte cheie"),
        # Swedish "Topics in the article", Dutch "More about" and "Topics"
        *("\u00c4mnen i artikeln", "Meer over", "Onderwerpen"),
        *("برچسب‌ها", "برچسب ها", "תגיות", "الوسوم", "แท็กที่เกี่ยวข้อง", "แท็ก"),  # Persian, Hebrew, Arabic, Thai
        # "Keywords" and "Topics" in Arabic, Italian, Portuguese, Dutch, Tagalog, Hindi, Vietnamese, Turkish
        *("الكلمات المفتاحية", "الكلمات الدالة", "Argomenti", "Parole chiave", "Palavras-chave", "T\u00f3picos"),
        *("Trefwoorden", "Mga Tag", "टैग", "टॉपिक्स", "T\u1eeb kh\u00f3a", "Anahtar kelimeler"),
        # "Topics", "Keywords" or "Tags" in Finnish, Greek, Hungarian, Catalan, Norwegian, Swedish, Japanese, Korean,
        # Chinese
        *("Aiheet", "Avainsanat", "Ετικέτες", "Θέματα", "C\u00edmk\u00e9k", "T\u00e9m\u00e1k", "Etiquetes"),
        *("Stikkord", "Nyckelord", "タグ", "태그", "标签", "標籤", "关键词"),
        # Croatian, Serbian and Bosnian "Tags" (both scripts), Slovak and Slovenian "Tags", Urdu "Tags"
        *("Oznake", "Ознаке", "Tagy", "K\u013e\u00fa\u010dov\u00e9 slov\u00e1", "\u0679\u06cc\u06af\u0632"),
    ),
    caption_openings=(
        "FILE -",
        "FILE \u2013",
        "FILE \u2014",
        "FILE PHOTO",
        "FILE:",
        "In this file photo",
        "In this photo",
        "In this image",
        "In this handout photo",
        "In this undated photo",
        "Pictured:",
    ),
    note_labels=(
        "Editor's note",
        "Editor\u2019s note",
        "Editors' note",
        "Editors\u2019 note",
        "Correction",
        "Clarification",
        "Update",
        "Disclosure",
        "Full disclosure",
        "Disclaimer",
        "Content warning",
        "Trigger warning",
        "Content note",
        "Disclosure statement",  # under an academic's article: who funds the writer
        # Other languages: corrections in Dutch, French, Spanish, Portuguese, Italian and German, editors' notes
        "Correctie",
        "Rectificatie",
        "Rectificatif",
        "Correcci\u00f3n",
        "Fe de erratas",
        "Fe de errores",
        "Corre\u00e7\u00e3o",
        "Errata",
        "Rettifica",
        "Correzione",
        "Korrektur",
        "Berichtigung",
        "Richtigstellung",
        "Noot van de redactie",
        "Note de la r\u00e9daction",
        "Nota del editor",
        "Nota da reda\u00e7\u00e3o",
        "Nota della redazione",
        "Anmerkung der Redaktion",
        "Hinweis der Redaktion",
        "Transparenzhinweis",  # German: what ties the writer to the story ("Die Autorin war ...")
        "Catatan redaksi",  # Indonesian: an editor's note
        *("Declaração de interesses", "Declaración de intereses", "Déclaration d'intérêts"),  # a writer's stake
        *("Declaration of interest", "Declaration of interests", "Conflict of interest", "Conflicts of interest"),
        *("Conflicto de intereses", "Conflito de interesses", "Conflit d'intérêts", "Conflitto di interessi"),
        "Interessenkonflikt",
        # corrections in Norwegian and Danish, Swedish, Czech, Polish, Greek and Vietnamese
        *("Rettelse", "Rättelse", "Oprava", "Sprostowanie", "Διόρθωση", "Đính chính"),
        # and in Finnish, Hungarian, Catalan, Romanian, Russian, Ukrainian, Hebrew, Arabic, Turkish, Indonesian, Hindi
        *("Korjaus", "Oikaisu", "Helyesb\u00edt\u00e9s", "Correcci\u00f3", "Erat\u0103", "Исправление"),
        *("Виправлення", "תיקון", "تصحيح", "D\u00fczeltme", "Ralat", "सुधार"),
        # Chinese, Japanese and Korean corrections; Turkish "legal notice"
        *("更正", "訂正", "정정", "Yasal uyarı"),
        # a writer's disclosure in Swedish and German
        *("Upplysning", "Offenlegung"),
        # a disclaimer in Hindi, as English's word and its own
        *("डिस्क्लेमर", "अस्वीकरण"),
    ),
    update_note_labels=("Update",),
    honorifics=(*("Mr.", "Ms.", "Mrs.", "Mx.", "Dr.", "Prof."), *("Mr", "Ms", "Mrs", "Mx", "Dr", "Prof"), "डॉ."),
    # French, Spanish, German, Italian, Portuguese; Dutch "is" ("Jane Roe is redacteur bij ..."); Polish, Swedish,
    # Danish, Czech, Romanian, Indonesian ("Jane Roe jest dziennikarką", "... är journalist på ...");
    # and a dash, as Russian and Ukrainian say "is" ("Ирина Волкова \u2014 корреспондент ...")
    name_articles=("\u039f", "\u0397"),  # Greek
    bio_copulas=(
        *("est", "es", "ist", "\u00e8", "\u00e9", "is", "jest", "\u00e4r", "er", "je", "este", "adalah", "l\u00e0"),
        "\u03b5\u03af\u03bd\u03b1\u03b9",  # Greek
        *("\u2014", "\u2013"),
    ),
    # as a blogging system's translations sign a post under its date: English, French, Spanish and Portuguese,
    # German, Dutch, Italian, Swedish, Danish and Norwegian
    signing_words=("by", "par", "por", "von", "door", "da", "av", "af"),
    lending_verbs=("lent", "loaned", "provided", "supplied", "sent", "lends", "loans", "provides", "supplies"),
    review_purposes=(
        *("for this review", "for this test", "for this comparison"),
        *("for the purposes of this review", "for the purpose of this review"),
        # what the lender did not do to the review: "Kestrel lent us this handset; it did not see or approve it."
        "did not see or approve",
    ),
    # The disclosure an academic newsroom prints under each piece, in its editions' languages
    disclosure_verbs=(
        *("receives funding from", "has received funding from", "received funding from", "receives research funding"),
        *(
            "recebe financiamento",
            "recibe financiaci\u00f3n",
            "re\u00e7oit des financements",
            "erh\u00e4lt F\u00f6rdermittel",
        ),
        *("erh\u00e4lt Forschungsmittel", "riceve finanziamenti", "ontvangt financiering"),
        *("menerima dana", "menerima pendanaan"),  # Indonesian: "X menerima dana penelitian dari Y"
        *("har fått forskningsmedel från", "har fått finansiering från", "har mottatt forskningsmidler fra"),
    ),
    bio_verbs=(
        "writes for",
        "writes about",
        "writes on",
        "reports on",
        "reports for",
        "reports from",  # "Jane Roe reports from the courts for the Ledger."
        "covers",
        "has covered",
        *("writes features for", "writes columns for", "writes a column for"),
        # a newsletter or a column she writes, by its title or rhythm: "Jane Roe writes The Long Ledger every Friday"
        *("writes The", "writes a weekly", "writes a monthly", "writes a newsletter", "writes the newsletter"),
        "is the author of",
        "is author of",
        "is a contributor to",
        "contributes to",
        "teaches",
        "edits",
        *("forskar om", "forsker i", "forsker p\u00e5"),  # "researches", Swedish, Norwegian and Danish
        *("has translated", "translates from"),  # a translator's: "Jane Roe has translated six novels from Greek."
        "blogs at",
        "blogs about",
        # what she holds is a degree or a post ("holds a PhD in ..."), not what a caption shows her holding
        *(f"holds {what}" for what in ("a PhD", "a Ph.D.", "a doctorate", "a degree", "a master", "a bachelor")),
        *(
            "holds a chair",
            "holds the chair",
            "holds a professorship",
            "holds a fellowship",
            "holds an MA",
            "holds an MBA",
        ),
        "previously worked",
        # and in Italian, Spanish, French, Portuguese and German: "Jane Roe scrive per La Gazzetta del Lago"
        *("scrive per", "scrive di", "collabora con", "escribe para", "escribe sobre", "colabora con"),
        # what she teaches, and where: "Jane Roe enseigne les lettres dans un lycée de Lyon"
        *("enseigne", "ense\u00f1a", "insegna", "ensina", "unterrichtet", "doceert", "undervisar", "underviser"),
        *(
            "\u00e9crit pour",
            "escreve para",
            "escreve sobre",
            "colabora com",
            "schreibt f\u00fcr",
            "schreibt \u00fcber",
        ),
        "has written for",
        "has reported from",
        "writes from",  # an opinion writer's line: "Jane Roe, a surgeon, writes from Harbourtown."
        # the line under a story that tells how to reach its writer: "Jane Roe can be reached at ..."
        "can be reached at",
        "can be reached by",
        "can be reached via",
        "can be contacted at",
        "can be contacted by",
        "may be reached at",
    ),
    contact_phrases=(
        "on Twitter",
        "on Bluesky",
        "on Mastodon",
        "on LinkedIn",
        "on Instagram",
        "on Facebook",
        "Email:",
        "E-mail:",
        "Twitter:",
        "Contact:",
        "Reach her at",
        "Reach him at",
        "Reach them at",
        "can be reached at",
        "can be contacted at",
        "You can follow",
        "Follow her",
        "Follow him",
        "Follow them",
        # the channels a newsroom asks its readers to follow it on: "Follow us on Google News"
        *("on Google News", "on WhatsApp", "on Telegram", "on YouTube", "on TikTok", "on Threads"),
        *("WhatsApp channel", "WhatsApp Channel", "Telegram channel", "Telegram Channel"),
        "on social media",  # "Follow us on social media", its networks unnamed
    ),
    credit_phrases=(
        "Submitted photo",
        "Submitted",
        "Provided photo",
        "Photo provided",
        "Contributed photo",
        "Courtesy photo",
        "Handout photo",
        "Handout",
        "File photo",
        "Staff photo",
        "Stock photo",
        "Supplied",
        # a picture that shows the like, as Indian papers mark it (Vietnamese's below)
        *("Representational image", "Representative image", "Representational photo", "Representative photo"),
        # A writer's own picture, as blogs and essays credit it
        "Photo by the author",
        "Photos by the author",
        "Image by the author",
        "Screenshot by the author",
        "Screenshots by the author",
        "Courtesy of the author",
        # a private picture, a file picture or a picture that shows the like (no photographer), in Romanian,
        # Polish, Portuguese, Spanish, Italian, German, Hindi and Vietnamese
        *("Arhiv\u0103 personal\u0103", "Archiwum prywatne", "Arquivo pessoal", "Archivo personal"),
        *("Archivio personale", "Privatarchiv", "privat", "\u092b\u093e\u0907\u0932", "\u1ea2nh minh h\u1ecda"),
    ),
    holder_words=(
        *("archive", "archives", "collection", "family", "estate"),
        *("screenshot", "screenshots", "analysis", "graphic", "illustration", "photo", "photos"),
    ),
    # Polish, Spanish, Italian, Portuguese, French, Dutch, German, Czech, Russian, Scandinavian: an archive, a
    # collection; in the languages that join nouns, the last part of a word too ("familiearchief", "Stadtarchiv")
    held_openings=(
        *("archiwum", "archivo", "archivio", "arquivo", "archives", "archief", "Archiv", "архив", "arkiv"),
        *("colecci\u00f3n", "collezione", "cole\u00e7\u00e3o", "collection", "kolekcja", "Sammlung", "sbírka"),
        *("collectie", "samling"),  # Dutch; Swedish, Norwegian and Danish (their archive is "arkiv")
        # a press office's, which hands the picture out: "Foto: Ufficio stampa Lunaria Film"
        *("ufficio stampa", "servizio stampa", "service de presse", "oficina de prensa", "gabinete de prensa"),
        *("assessoria de imprensa", "Pressestelle", "biuro prasowe"),
        # and in Ukrainian and Russian, with their hyphen or without ("Фото: пресслужба Міністерства оборони")
        *("пресслужба", "прес-служба", "пресс-служба"),
        # "from the personal archive (of the story's subject)", in Russian and Ukrainian
        *("из личного архива", "з особистого архіву"),
    ),
    caption_labels=("Image caption", "Photo caption", "Picture caption", "Media caption", "Caption"),
    credit_places=("Above", "Top", "Cover", "Featured", "Header", "Lead", "Main", "Banner", "Hero"),
    story_credit_labels=(
        "Photographs by",
        "Photography by",
        "Photos by",
        "Pictures by",
        "Images by",
        "Illustrations by",
    ),
    chrome_openings=(
        "Tag Archives",
        "Tag Archive",
        "Category Archives",
        "Archives for",
        "Posts Tagged",
        "Posts tagged",
        "Tagged with",
        "Skip to main content",
        "Skip to content",
        "Skip to navigation",
        "Jump to navigation",
        # a market widget's note on its prices' delay: "Quotes delayed at least 15 minutes.", in English, Italian,
        # German and French
        *("Quotes delayed", "Prices delayed", "Data delayed", "Market data delayed", "Stock quotes delayed"),
        *("Quotes are delayed", "Prices are delayed", "Quotazioni in differita", "Dati in differita"),
        *(
            "Kurse verz\u00f6gert",
            "Kursdaten verz\u00f6gert",
            "Cours diff\u00e9r\u00e9s",
            "Donn\u00e9es diff\u00e9r\u00e9es",
        ),
        # the same link as WordPress's translations and other templates write it: French, German, Spanish,
        # Italian, Portuguese, Dutch, Polish, Czech, Turkish, Swedish, Danish, Indonesian
        *("Aller au contenu", "Passer au contenu", "Zum Inhalt springen", "Zum Hauptinhalt springen"),
        *("Direkt zum Inhalt", "Ir al contenido", "Saltar al contenido", "Vai al contenuto", "Salta al contenuto"),
        *("Ir para o conte\u00fado", "Pular para o conte\u00fado", "Saltar para o conte\u00fado"),
        *("Naar de inhoud", "Ga naar de inhoud", "Spring naar de inhoud", "Przejd\u017a do tre\u015bci"),
        *("P\u0159ej\u00edt k obsahu", "\u0130\u00e7eri\u011fe ge\u00e7", "Hoppa till inneh\u00e5llet"),
        *("G\u00e5 til indhold", "Lompat ke konten"),
        # and Finnish, Norwegian, Hungarian, Catalan, Romanian, Russian, Ukrainian, Greek, Korean, Japanese
        *("Siirry sis\u00e4lt\u00f6\u00f6n", "Hopp til innhold", "Ugr\u00e1s a tartalomra", "V\u00e9s al contingut"),
        *("Salta al contingut", "Sari la con\u021binut", "Перейти к содержимому", "Перейти до вмісту"),
        *("Μετάβαση στο περιεχόμενο", "본문 바로가기", "コンテンツへスキップ"),
        # a blog's link back to its list of posts, over the headline
        "Back to overview",
        "Back to all posts",
        "Back to blog",
        "Back to the blog",
        "Zur\u00fcck zur \u00dcbersicht",
        "Zur\u00fcck zum Blog",
        "Retour au blog",
        "Volver al blog",
        "You are here",
        "Search results for",
        "Share on",
        "Share this",
        "Open Navigation Menu",
        "Toggle navigation",
        "This entry was posted in",  # a blog post's footer: its categories and tags, its permalink
        "IFRAME:",  # a text browser's line for an embedded frame, its address after it
        # a link to another story set amid the body, after its label
        "Read more:",
        "Read also:",
        "Also read:",
        *("Also read |", "Read also |", "Read more |"),  # "ALSO READ | Pier plan put to a vote", as a bar sets it
        "Read next:",
        "See also:",
        "Related:",
        "Go deeper:",
        "Already a subscriber?",  # a paywall's link to sign in
        # and in Spanish, French, Portuguese, German, Italian; what the paywall says of the piece, in English,
        # Spanish and Japanese ("This article is for members only"); a newsletter platform's paywall
        *(
            "\u00bfYa eres suscriptor?",
            "D\u00e9j\u00e0 abonn\u00e9 ?",
            "D\u00e9j\u00e0 abonn\u00e9?",
            "J\u00e1 \u00e9 assinante?",
        ),
        *("Bereits Abonnent?", "Schon Abonnent?", "Sei gi\u00e0 abbonato?"),
        *("This article is for subscribers", "This article is for premium subscribers", "This article is for members"),
        *("Contenido exclusivo para suscriptores", "\u3053\u306e\u8a18\u4e8b\u306f\u4f1a\u54e1\u9650\u5b9a"),
        "Keep reading with a",  # "Keep reading with a 7-day free trial"
        # a nonprofit newsroom's button that offers the story to other sites, and what it says of the licence
        *(f"Republish this {piece}" for piece in _PIECES),
        # an email newsletter's lines as its archive on the web keeps them, over the issue
        *("Forwarded this email?", "View this email in your browser", "View in browser"),
        # and in other languages: "Ver no navegador", "Tarayıcıda görüntüle", "Recebeu este e-mail de alguém?"
        *("Ver no navegador", "Ver en el navegador", "Im Browser anzeigen", "Voir dans le navigateur"),
        *("Visualizza nel browser", "Bekijk in je browser", "Bekijk deze e-mail in je browser", "Tarayıcıda görüntüle"),
        *("Recebeu este e-mail de alguém?", "Recebeu este e-mail encaminhado?", "¿Te reenviaron este correo?"),
        *("Bu e-postayı size biri mi iletti?", "Diese E-Mail wurde an Sie weitergeleitet?"),
        "On vous a transféré cet e-mail ?",
        # an issue's last lines: why it came
        *("You are receiving this email", "You\u2019re receiving this email", "You're receiving this email"),
        *("Você está recebendo este e-mail", "Recibes este correo porque", "Sie erhalten diese E-Mail"),
        *("Vous recevez cet e-mail", "Ricevi questa email", "Je ontvangt deze e-mail", "Bu e-postayı aldınız"),
        "Comments are moderated",  # the comment box's rule, over it or under it
        # or that it is shut, and so in Portuguese, Spanish, French, German, Italian and Polish
        *(
            "Comments are closed",
            "Os coment\u00e1rios est\u00e3o sujeitos a modera\u00e7\u00e3o",
            "Os coment\u00e1rios s\u00e3o moderados",
        ),
        *("Los comentarios est\u00e1n cerrados", "Los comentarios est\u00e1n sujetos a moderaci\u00f3n"),
        *("Les commentaires sont ferm\u00e9s", "Les commentaires sont mod\u00e9r\u00e9s", "Die Kommentarfunktion ist"),
        *(
            "I commenti sono chiusi",
            "I commenti sono moderati",
            "Komentarze s\u0105 wy\u0142\u0105czone",
            "Komentarze s\u0105 moderowane",
        ),
        "Already a paid subscriber?",  # a newsletter platform's paywall
        # a donation's or a subscription's link after its label
        *("Support our work:", "Support our journalism:", "Support local journalism:"),
        # whom reporters may call, under a press release: "Media contact: Jane Roe, University Communications"
        *("Media contact:", "Media contacts:", "Press contact:", "Press contacts:", "Pressekontakt:"),
        *("More:", "Recommended:", "Further reading:"),
        # a series' link to its other parts
        *("Read part one:", "Read part two:", "Read part three:", "Read part 1:", "Read part 2:", "Read part 3:"),
        # and so in other languages
        "Lire aussi :",
        "Lire aussi:",
        "Lire aussi |",
        "Lee también:",
        "Lea también:",
        "Leer más:",
        "Lesen Sie auch:",
        "Mehr zum Thema:",
        "Leia também:",
        "Leggi anche:",
        *("À lire aussi :", "À lire aussi:", "Sur le même sujet :", "Te puede interesar:", "Veja também:"),
        *("Ti potrebbe interessare:", "Lesen Sie dazu:"),
        # Polish, Russian, Ukrainian, Indonesian, Swedish, Danish, Czech, Romanian
        *("Czytaj te\u017c:", "Czytaj tak\u017ce:", "Читайте также:", "Читайте також:", "Baca juga:"),
        *("L\u00e4s ocks\u00e5:", "L\u00e4s \u00e4ven:", "L\u00e6s ogs\u00e5:", "\u010ct\u011bte tak\u00e9:"),
        *("Cite\u0219te \u0219i:", "Cite\u015fte \u015fi:"),
        # Dutch, Norwegian, Finnish, Portuguese, Argentine Spanish, Polish, Greek, Turkish, Vietnamese
        *(
            "Lees ook:",
            "Lees meer:",
            "Les ogs\u00e5:",
            "Lue my\u00f6s:",
            "Ler mais:",
            "Leia mais:",
            "Segu\u00ed leyendo:",
        ),
        *(
            "Zobacz te\u017c:",
            "Zobacz tak\u017ce:",
            "\u0394\u03b9\u03b1\u03b2\u03ac\u03c3\u03c4\u03b5 \u03b5\u03c0\u03af\u03c3\u03b7\u03c2:",
        ),
        *("\u0130lgili haber:", "\u0130LG\u0130L\u0130 HABER:", "Xem th\u00eam:"),
        # "Read also:" in Hindi, Persian, Bengali and Georgian
        *("यह भी पढ़ें:", "ये भी पढ़ें:", "بیشتر بخوانید:", "আরও পড়ুন:", "წაიკითხეთ ასევე:"),
        # and in Arabic, Swahili, Tagalog, Spanish and Portuguese; "Related story:"
        *("اقرأ أيضًا:", "اقرأ أيضا:", "اقرأ أيضاً:", "Soma pia:", "Soma zaidi:", "Basahin din:", "Basahin:"),
        *("Noticia relacionada:", "Noticias relacionadas:", "Not\u00edcia relacionada:", "Mat\u00e9ria relacionada:"),
        *("Related story:", "Related article:"),
        # Serbian, Croatian and Bosnian (both scripts), Slovak, Slovenian, Hungarian, Hebrew, Urdu, Thai
        *(
            "Pro\u010ditajte jo\u0161:",
            "Pro\u010ditajte i:",
            "\u041f\u0440\u043e\u0447\u0438\u0442\u0430\u0458\u0442\u0435 \u0458\u043e\u0448:",
        ),
        *("Pre\u010d\u00edtajte si aj:", "Pre\u010d\u00edtajte si tie\u017e:", "Preberite tudi:", "Olvassa el ezt is:"),
        *(
            "\u05e7\u05e8\u05d0\u05d5 \u05d2\u05dd:",
            "\u06cc\u06c1 \u0628\u06be\u06cc \u067e\u0691\u06be\u06cc\u06ba:",
            "\u0e2d\u0e48\u0e32\u0e19\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e40\u0e15\u0e34\u0e21:",
        ),
        # Swedish "Read more:", Hungarian "Related:", Hebrew and Bulgarian "More on the subject:", Tamil "Read this
        # too:"
        *(
            "L\u00e4s mer:",
            "Kapcsol\u00f3d\u00f3:",
            "\u05e2\u05d5\u05d3 \u05d1\u05e0\u05d5\u05e9\u05d0:",
            "\u041e\u0449\u0435 \u043f\u043e \u0442\u0435\u043c\u0430\u0442\u0430:",
        ),
        "\u0b87\u0ba4\u0bc8\u0baf\u0bc1\u0bae\u0bcd \u0baa\u0b9f\u0bbf\u0b95\u0bcd\u0b95:",
    ),
    cookie_notices=(
        # "This website uses cookies to improve your experience. By clicking Accept ...", "We use cookies (why?)"
        *(
            f"{site} {uses} cookies"
            for site in ("This website", "This site", "Our website", "Our site", "We", "We and our partners")
            for uses in (("use", "are using") if site.startswith("We") else ("uses", "is using"))
        ),
        "We value your privacy",  # a consent banner's opening, its partners and their cookies after it
        # and so in Spanish, Portuguese, French, German, Italian, Dutch, Polish, Swedish, Danish and Norwegian
        *("Este sitio web utiliza cookies", "Este sitio utiliza cookies", "Utilizamos cookies", "Usamos cookies"),
        *("Este site utiliza cookies", "Este site usa cookies", "Ce site utilise des cookies"),
        *("Nous utilisons des cookies", "Diese Website verwendet Cookies", "Diese Webseite verwendet Cookies"),
        *(
            "Wir verwenden Cookies",
            "Wir nutzen Cookies",
            "Questo sito utilizza cookie",
            "Questo sito utilizza i cookie",
        ),
        *("Utilizziamo i cookie", "Utilizziamo cookie", "Deze website gebruikt cookies", "Wij gebruiken cookies"),
        *("Ta strona u\u017cywa plik\u00f3w cookie", "Ta strona korzysta z plik\u00f3w cookie"),
        *("Vi anv\u00e4nder cookies", "Vi bruger cookies", "Vi bruker informasjonskapsler"),
        # and in Romanian, Czech, Hungarian, Catalan, Turkish
        *(
            "Acest site folose\u0219te cookie-uri",
            "Tento web pou\u017e\u00edv\u00e1 cookies",
            "Ez a weboldal s\u00fctiket haszn\u00e1l",
        ),
        *("Aquest lloc web utilitza galetes", "Bu web sitesi \u00e7erez kullan\u0131yor"),
    ),
    legal_phrases=(
        "all rights reserved",
        # German, French, Spanish, Italian, Portuguese
        *("alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados"),
        *("riproduzione riservata", "tutti i diritti riservati", "todos os direitos reservados"),
        # Korean ("reproduction and redistribution without permission forbidden"), Chinese ("all rights reserved",
        # "no reprint without permission"), Japanese ("reprinting without permission forbidden")
        *("무단전재", "무단 전재", "재배포 금지", "版权所有", "版權所有", "未经授权不得转载", "無断転載"),
        "reproduction without permission",
        "may not be reproduced",
        "may not be published",  # a wire's notice: "... may not be published, broadcast, rewritten or redistributed"
        # "all rights reserved" in Hebrew, Arabic, Russian, Polish, Czech, Hungarian, Turkish, Swedish, Romanian,
        # Catalan, Dutch
        *("כל הזכויות שמורות", "جميع الحقوق محفوظة", "все права защищены", "wszelkie prawa zastrze\u017cone"),
        *("v\u0161echna pr\u00e1va vyhrazena", "minden jog fenntartva", "t\u00fcm haklar\u0131 sakl\u0131d\u0131r"),
        *("alla r\u00e4ttigheter f\u00f6rbeh\u00e5llna", "toate drepturile rezervate", "tots els drets reservats"),
        "alle rechten voorbehouden",
        "registered trademark",
        "terms of use",
        "terms of service",
        "privacy policy",
        "user agreement",
        "cookie policy",
    ),
    writer_deeds=tuple(
        f"The {writer} {deed}"
        for writer in ("writer", "author")
        for deed in ("lives", "works", "teaches", "taught", "served", "retired", "chairs", "leads", "runs", "has lived")
    ),
    self_introductions=(
        "I am a",
        "I am an",
        "I'm a",
        "I'm an",
        "I\u2019m a",
        "I\u2019m an",
        # the line under an opinion piece that says who wrote it, naming no one: "The writer is a lecturer in ..."
        "The writer is",
        "The writers are",
        "The author is",
        "The authors are",
        # and so in French, Spanish, Italian, Portuguese, German and Dutch: "L'autrice \u00e8 ricercatrice di ..."
        *(
            "L'auteur est",
            "L\u2019auteur est",
            "L'auteure est",
            "L\u2019auteure est",
            "L'autrice est",
            "L\u2019autrice est",
        ),
        *(
            "El autor es",
            "La autora es",
            "Los autores son",
            "L'autore \u00e8",
            "L\u2019autore \u00e8",
            "L'autrice \u00e8",
        ),
        *("L\u2019autrice \u00e8", "Gli autori sono", "O autor \u00e9", "A autora \u00e9", "Os autores s\u00e3o"),
        *("Der Autor ist", "Die Autorin ist", "Die Autoren sind", "De auteur is", "De schrijver is"),
        # and in Polish, Czech, Romanian, Swedish, Danish and Norwegian, Indonesian, Turkish
        *("Autor jest", "Autorka jest", "Autorzy s\u0105", "Autor je", "Autorka je", "Autorul este", "Autoarea este"),
        *("Skribenten \u00e4r", "Forfatteren er", "Skribenten er", "Penulis adalah", "Penulis merupakan", "Yazar"),
        # Chinese ("the author is"), Japanese, Korean ("the writer" as the subject), Arabic and Hindi ("the writer", he
        # and she, as Hindi sets the verb last): in brackets, the whole line (see self_bio)
        *("作者系", "作者为", "作者是", "作者為", "筆者は", "필자는", "الكاتب", "الكاتبة", "लेखक", "लेखिका"),
    ),
    # German, French, Spanish, then Dutch, Italian and Portuguese; their short forms as papers write them
    # ("3. Okt. 2024", "3 janv. 2024", "3 mrt 2024"). (Not the short forms that are English words a
    # line may hold beside a date: Italian "gen", Portuguese "set" and "out".) Then Polish, Russian and
    # Ukrainian, in the genitive a date uses too ("12 marca 2024", "12 марта 2024"); Turkish, with the
    # dotless i written as a dotted one and the capital İ ("KASIM", "NİSAN"); Indonesian and its short
    # forms ("12 Agu 2024"); Swedish and Danish; Czech, in the genitive; Romanian. Then Greek, as named and
    # in the genitive a date uses; Arabic, the names of Egypt and the Gulf and those of the Levant; Hindi. Then
    # Bengali, Hebrew, Georgian and Armenian, in the genitive a date uses ("12 մարտի 2024"). Then Catalan, Finnish
    # in the partitive a date uses ("5. kesäkuuta 2024") and Hungarian, where the names of another are not the same;
    # Hebrew's with the "in" a date sets before them ("17 בספטמבר 2024"). Then Persian, Slovak in the genitive a date
    # uses ("3. augusta 2024"), Urdu, Serbian in both scripts, Tagalog and Malay, where the others' are not theirs.
    month_names=(
        (
            *("Januar", "Jänner", "Jan", "janvier", "janv", "enero", "ene", "januari", "gennaio", "janeiro"),
            "Januari",  # Swahili
            *("styczeń", "stycznia", "январь", "января", "січень", "січня", "Ocak", "leden", "ledna", "ianuarie"),
            *(
                "\u0399\u03b1\u03bd\u03bf\u03c5\u03ac\u03c1\u03b9\u03bf\u03c2",
                "\u0399\u03b1\u03bd\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5",
                "يناير",
                "كانون الثاني",
                "जनवरी",
            ),
            *("জানুয়ারি", "ינואר", "იანვარი", "հունվարի"),
            *("gener", "tammikuuta", "január"),
            "בינואר",
            *("ژانویه", "januára", "جنوری", "јануар"),
        ),
        (
            *("Februar", "Feb", "février", "févr", "fevrier", "febrero", "februari", "febbraio", "fevereiro", "fev"),
            "Februari",
            *("luty", "lutego", "февраль", "февраля", "лютий", "лютого", "Şubat", "únor", "února", "februarie"),
            *(
                "\u03a6\u03b5\u03b2\u03c1\u03bf\u03c5\u03ac\u03c1\u03b9\u03bf\u03c2",
                "\u03a6\u03b5\u03b2\u03c1\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5",
                "فبراير",
                "شباط",
                "फ़रवरी",
                "फरवरी",
            ),
            *("ফেব্রুয়ারি", "פברואר", "თებერვალი", "փետրվարի"),
            *("febrer", "helmikuuta", "február"),
            "בפברואר",
            *("Pebrero", "فوریه", "februára", "فروری", "фебруар"),
        ),
        (
            *("März", "Mär", "Maerz", "mars", "marzo", "maart", "mrt", "março"),
            "Machi",
            *("marzec", "marca", "март", "марта", "березень", "березня", "Mart", "Maret", "marts", "březen"),
            *("března", "martie"),
            *(
                "\u039c\u03ac\u03c1\u03c4\u03b9\u03bf\u03c2",
                "\u039c\u03b1\u03c1\u03c4\u03af\u03bf\u03c5",
                "مارس",
                "آذار",
                "मार्च",
            ),
            *("মার্চ", "מרץ", "მარტი", "մարտի"),
            *("març", "maaliskuuta", "március"),
            "במרץ",
            *("Marso", "Mac", "مارچ"),
        ),
        (
            *("April", "avril", "avr", "abril", "abr", "aprile"),
            "Aprili",
            *("kwiecień", "kwietnia", "апрель", "апреля", "квітень", "квітня", "Nisan", "NİSAN", "duben", "dubna"),
            "aprilie",
            *(
                "\u0391\u03c0\u03c1\u03af\u03bb\u03b9\u03bf\u03c2",
                "\u0391\u03c0\u03c1\u03b9\u03bb\u03af\u03bf\u03c5",
                "أبريل",
                "ابريل",
                "نيسان",
                "अप्रैल",
            ),
            *("এপ্রিল", "אפריל", "აპრილი", "ապրիլի"),
            *("huhtikuuta", "április"),
            "באפריל",
            *("آوریل", "apríla", "اپریل", "април"),
        ),
        (
            *("Mai", "mai", "mayo", "mei", "maggio", "mag", "maio"),
            "Mei",
            *("maj", "maja", "май", "мая", "травень", "травня", "Mayıs", "Mayis", "květen", "května"),
            *("\u039c\u03ac\u03b9\u03bf\u03c2", "\u039c\u03b1\u0390\u03bf\u03c5", "مايو", "أيار", "मई"),
            *("মে", "מאי", "მაისი", "մայիսի"),
            *("maig", "toukokuuta", "május"),
            "במאי",
            *("مه", "mája", "مئی", "мај"),
        ),
        (
            *("Juni", "juin", "junio", "giugno", "giu", "junho"),
            "Juni",
            *("czerwiec", "czerwca", "июнь", "июня", "червень", "червня", "Haziran", "HAZİRAN", "červen", "června"),
            "iunie",
            *(
                "\u0399\u03bf\u03cd\u03bd\u03b9\u03bf\u03c2",
                "\u0399\u03bf\u03c5\u03bd\u03af\u03bf\u03c5",
                "يونيو",
                "حزيران",
                "जून",
            ),
            *("জুন", "יוני", "ივნისი", "հունիսի"),
            *("juny", "kesäkuuta", "június"),
            "ביוני",
            *("Hunyo", "ژوئن", "júna", "جون", "јун"),
        ),
        (
            *("Juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
            "Julai",
            *("lipiec", "lipca", "июль", "июля", "липень", "липня", "Temmuz", "červenec", "července", "iulie"),
            *(
                "\u0399\u03bf\u03cd\u03bb\u03b9\u03bf\u03c2",
                "\u0399\u03bf\u03c5\u03bb\u03af\u03bf\u03c5",
                "يوليو",
                "تموز",
                "जुलाई",
            ),
            *("জুলাই", "יולי", "ივლისი", "հուլիսի"),
            *("juliol", "heinäkuuta", "július"),
            "ביולי",
            *("Hulyo", "ژوئیه", "júla", "جولائی", "јул"),
        ),
        (
            *("August", "août", "aout", "agosto", "ago", "augustus"),
            "Agosti",
            *("sierpień", "sierpnia", "август", "августа", "серпень", "серпня", "Ağustos", "Agustus", "Agu"),
            *("augusti", "srpen", "srpna"),
            *(
                "\u0391\u03cd\u03b3\u03bf\u03c5\u03c3\u03c4\u03bf\u03c2",
                "\u0391\u03c5\u03b3\u03bf\u03cd\u03c3\u03c4\u03bf\u03c5",
                "أغسطس",
                "آب",
                "अगस्त",
            ),
            *("আগস্ট", "אוגוסט", "აგვისტო", "օգոստոսի"),
            *("agost", "elokuuta", "augusztus"),
            "באוגוסט",
            *("Ogos", "اوت", "augusta", "اگست", "avgust"),
        ),
        (
            *("September", "Sept", "septembre", "septiembre", "setiembre", "settembre", "sett", "setembro"),
            "Septemba",
            *("wrzesień", "września", "сентябрь", "сентября", "вересень", "вересня", "Eylül", "září", "septembrie"),
            *(
                "\u03a3\u03b5\u03c0\u03c4\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf\u03c2",
                "\u03a3\u03b5\u03c0\u03c4\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5",
                "سبتمبر",
                "أيلول",
                "सितंबर",
                "सितम्बर",
            ),
            *("সেপ্টেম্বর", "ספטמבר", "სექტემბერი", "սեպտեմբերի"),
            *("setembre", "syyskuuta", "szeptember"),
            "בספטמבר",
            *("Setyembre", "سپتامبر", "septembra", "ستمبر", "septembar", "септембар"),
        ),
        (
            *("Oktober", "Okt", "octobre", "octubre", "ottobre", "ott", "outubro"),
            "Oktoba",
            *("październik", "października", "октябрь", "октября", "жовтень", "жовтня", "Ekim", "EKİM", "říjen"),
            *("října", "octombrie"),
            *(
                "\u039f\u03ba\u03c4\u03ce\u03b2\u03c1\u03b9\u03bf\u03c2",
                "\u039f\u03ba\u03c4\u03c9\u03b2\u03c1\u03af\u03bf\u03c5",
                "أكتوبر",
                "اكتوبر",
                "تشرين الأول",
                "अक्टूबर",
            ),
            *("অক্টোবর", "אוקטובר", "ოქტომბერი", "հոկտեմբերի"),
            *("lokakuuta", "október"),
            "באוקטובר",
            *("Oktubre", "اکتبر", "októbra", "اکتوبر", "oktobar", "октобар"),
        ),
        (
            *("November", "novembre", "noviembre", "novembro"),
            "Novemba",
            *("listopad", "listopada", "ноябрь", "ноября", "листопад", "листопада", "Kasım", "Kasim", "listopadu"),
            "noiembrie",
            *(
                "\u039d\u03bf\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf\u03c2",
                "\u039d\u03bf\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5",
                "نوفمبر",
                "تشرين الثاني",
                "नवंबर",
                "नवम्बर",
            ),
            *("নভেম্বর", "נובמבר", "ნოემბერი", "նոյեմբերի"),
            *("marraskuuta",),
            "בנובמבר",
            *("Nobyembre", "نوامبر", "novembra", "نومبر", "novembar", "новембар"),
        ),
        (
            *("Dezember", "Dez", "décembre", "déc", "decembre", "diciembre", "dic", "december", "dicembre", "dezembro"),
            "Desemba",
            *("grudzień", "grudnia", "декабрь", "декабря", "грудень", "грудня", "Aralık", "Aralik", "Desember"),
            *("prosinec", "prosince", "decembrie"),  # (not "Des": "DES MOINES, Iowa" opens a dateline)
            *(
                "\u0394\u03b5\u03ba\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf\u03c2",
                "\u0394\u03b5\u03ba\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5",
                "ديسمبر",
                "كانون الأول",
                "दिसंबर",
                "दिसम्बर",
            ),
            *("ডিসেম্বর", "דצמבר", "დეკემბერი", "դեկտեմբերի"),
            *("desembre", "joulukuuta"),
            "בדצמבר",
            *("Disyembre", "Disember", "دسامبر", "decembra", "دسمبر", "decembar", "децембар"),
        ),
    ),
    # In the same languages; Portuguese names a weekday by its "-feira" form alone (not "segunda", "second").
    # Then Polish, Russian, Ukrainian, Turkish, Indonesian, Swedish, Danish, Czech and Romanian; Greek, Arabic,
    # Hindi (Thursday's two names) and Vietnamese; Hungarian, Catalan and Finnish; Malay, Tagalog, Slovak and
    # Serbian (both scripts), where the others' names are not theirs.
    weekday_names=(
        (
            *("Montag", "lundi", "lunes", "maandag", "lunedì", "lunedi", "segunda-feira"),
            "Jumatatu",  # Swahili
            *("poniedziałek", "понедельник", "понеділок", "Pazartesi", "PAZARTESİ", "Senin", "måndag", "mandag"),
            *("pondělí", "luni"),
            *("\u0394\u03b5\u03c5\u03c4\u03ad\u03c1\u03b1", "الاثنين", "الإثنين", "सोमवार", "Thứ hai"),
            *("hétfő", "dilluns", "maanantai"),
            *("Isnin", "pondelok", "ponedeljak", "понедељак"),
        ),
        (
            *("Dienstag", "mardi", "martes", "dinsdag", "martedì", "martedi", "terça-feira", "terca-feira"),
            "Jumanne",
            *("wtorek", "вторник", "вівторок", "Salı", "Sali", "Selasa", "tisdag", "tirsdag", "úterý", "marți"),
            "marţi",
            *("\u03a4\u03c1\u03af\u03c4\u03b7", "الثلاثاء", "मंगलवार", "Thứ ba"),
            *("kedd", "dimarts", "tiistai"),
            *("utorok", "utorak", "уторак"),
        ),
        (
            *("Mittwoch", "mercredi", "miércoles", "miercoles", "woensdag", "mercoledì", "mercoledi", "quarta-feira"),
            "Jumatano",
            *("środa", "среда", "середа", "Çarşamba", "Rabu", "onsdag", "středa", "miercuri"),
            *("\u03a4\u03b5\u03c4\u03ac\u03c1\u03c4\u03b7", "الأربعاء", "बुधवार", "Thứ tư"),
            *("szerda", "dimecres", "keskiviikko"),
            *("Miyerkules", "streda", "sreda"),
        ),
        (
            *("Donnerstag", "jeudi", "jueves", "donderdag", "giovedì", "giovedi", "quinta-feira"),
            "Alhamisi",
            *("czwartek", "четверг", "четвер", "Perşembe", "Kamis", "torsdag", "čtvrtek", "joi"),
            *("\u03a0\u03ad\u03bc\u03c0\u03c4\u03b7", "الخميس", "गुरुवार", "बृहस्पतिवार", "Thứ năm"),
            *("csütörtök", "dijous", "torstai"),
            *("Khamis", "Huwebes", "štvrtok", "četvrtak", "четвртак"),
        ),
        (
            *("Freitag", "vendredi", "viernes", "vrijdag", "venerdì", "venerdi", "sexta-feira"),
            "Ijumaa",
            *("piątek", "пятница", "п'ятниця", "п’ятниця", "Cuma", "Jumat", "Jum'at", "fredag", "pátek", "vineri"),
            *("\u03a0\u03b1\u03c1\u03b1\u03c3\u03ba\u03b5\u03c5\u03ae", "الجمعة", "शुक्रवार", "Thứ sáu"),
            *("péntek", "divendres", "perjantai"),
            *("Jumaat", "Biyernes", "piatok", "petak", "петак"),
        ),
        (
            *("Samstag", "Sonnabend", "samedi", "sábado", "sabado", "zaterdag", "sabato"),
            "Jumamosi",
            *("sobota", "суббота", "субота", "Cumartesi", "CUMARTESİ", "Sabtu", "lördag", "lørdag", "sâmbătă"),
            *("\u03a3\u03ac\u03b2\u03b2\u03b1\u03c4\u03bf", "السبت", "शनिवार", "Thứ bảy"),
            *("szombat", "dissabte", "lauantai"),
            *("subota",),
        ),
        (
            *("Sonntag", "dimanche", "domingo", "zondag", "domenica"),
            "Jumapili",
            *("niedziela", "воскресенье", "неділя", "Pazar", "Minggu", "söndag", "søndag", "neděle", "duminică"),
            *("\u039a\u03c5\u03c1\u03b9\u03b1\u03ba\u03ae", "الأحد", "रविवार", "Chủ nhật"),
            *("vasárnap", "diumenge", "sunnuntai"),
            *("Ahad", "Linggo", "nedeľa", "nedelja", "недеља"),
        ),
    ),
    # Arabic's before and after noon, short and whole ("morning", "evening")
    meridiem_words=(
        *(
            ("AM", "\u0635"),
            ("AM", "\u0635\u0628\u0627\u062d\u064b\u0627"),
            ("AM", "\u0635\u0628\u0627\u062d\u0627\u064b"),
        ),
        *(("PM", "\u0645"), ("PM", "\u0645\u0633\u0627\u0621\u064b"), ("PM", "\u0645\u0633\u0627\u0621")),
        *(("AM", "pagi"), ("PM", "petang")),  # Malay's "morning" and "afternoon": "11:32 pagi"
    ),
    # ("om" and "uur" in Dutch "3 mei 2024 om 10.15 uur", "alle" and "ore" in Italian, "às" in Portuguese:
    # before the time; "hrs" after it, as Latin American papers write "14:05 hrs.") Polish "r." after the year
    # ("12 marca 2024 r.") and "godz." before the time, Russian "в" and Ukrainian "о" before it and "г.", "года",
    # "р.", "року" after the year; Indonesian "pukul"; Swedish and Danish "kl." ("12 mars 2024 kl. 14.05", or
    # without its dot: "kl 14.05");
    # Romanian "ora"; Finnish "klo" ("5.6.2024 klo 14.20"), Catalan "a les", Czech "v", Greek "στις" before the time
    date_words=(
        *(
            "de",
            "del",
            "à",
            "a las",
            "um",
            "Uhr",
            "le",
            "el",
            "om",
            "alle",
            "ore",
            "às",
            "hrs",
            "h",
            "r.",
            "godz.",
            "в",
        ),
        *("о", "г.", "года", "р.", "року", "pukul", "kl.", "kl", "klockan", "klokken", "ora", "uur"),
        "u",  # Croatian, Serbian and Bosnian, before the time: "03.08.2024. u 10:15"
        *("klo", "a les", "v", "στις"),
        "o",  # Slovak, before the time: "3. 8. 2024 o 14:20"
        *("d'", "d\u2019"),  # Catalan's "of" before a month's vowel: "23 d'agost de 2025"
    ),
    relation_words=("after", "before", "has", "with"),
    state_marks=("hidden",),
    parts_with_states=("overflow", "label", "labels", "scrollbar"),
    institutions=(
        "University",
        "Institute",
        "College",
        "School",
        "Foundation",
        "Centre",
        "Center",
        "Council",
        "Academy",
        "Society",
        "Department",
        "Programme",
        "Program",
        "Observatory",
        "Museum",
        "Laboratory",
        *("Alliance", "Coalition", "Forum", "Trust", "Project", "Initiative", "Association", "Network"),
        # a newsroom's: a broadcaster, a syndicate that sells columns, a paper named by its first word in
        # Portuguese, Spanish or Italian ("By Jane Roe, Tidewater Radio", "Por Ana Souza, Gazeta do Vale")
        *("Radio", "R\u00e1dio", "Television", "Syndicate", "Rede", "Gazeta", "Gazzetta", "Jornal", "Folha"),
        *("Di\u00e1rio", "Diario", "Corriere"),
        # German, French, Spanish, Portuguese, Italian, Dutch
        *("Universit\u00e4t", "Universit\u00e9", "Universidad", "Universidade", "Universit\u00e0", "Universiteit"),
        *("Hochschule", "Institut", "Instituto", "Istituto", "Stiftung", "Fondation", "Fundaci\u00f3n"),
        *("Funda\u00e7\u00e3o", "Fondazione", "Stichting", "Museo", "Mus\u00e9e"),
        # Indonesian, Polish, Czech, Romanian, Swedish and Danish, Turkish
        *("Universitas", "Uniwersytet", "Univerzita", "Universitatea", "Universitet", "\u00dcniversitesi"),
    ),
    sentence_prefixes=(*_SENTENCE_OPENERS, "Analyst", "Analysts", "Words", "Text"),
    # English, French, Spanish, Italian and Portuguese, German, Dutch; Norwegian and Danish, Swedish, Finnish,
    # Hungarian, Turkish, Russian, Ukrainian, Romanian, Polish
    name_joiners=("and", "et", "y", "e", "und", "en", "og", "och", "ja", "és", "ve", "и", "і", "și", "oraz"),
    speech_verbs=("says", "said", "told", "recalls", "recalled", "explains", "explained", "adds", "added"),
    # English, Spanish, Portuguese, French, German, Italian, Dutch, Russian and Ukrainian, Polish, Turkish
    quote_lead_ins=(
        *("said", "says", "wrote", "writes", "read", "reads", "stated", "states", "announced", "posted", "tweeted"),
        *("in a statement", "in part", "as follows"),
        *("dijo", "escribió", "escribía", "señaló", "afirmó", "declaró", "publicó", "comunicado"),
        *("disse", "escreveu", "afirmou", "declarou", "publicou"),
        *("a déclaré", "a écrit", "écrit", "déclare", "communiqué"),
        *("sagte", "schrieb", "erklärte", "heißt es", "hieß es", "Mitteilung"),
        *("ha detto", "ha scritto", "ha dichiarato", "scrive", "dichiarato"),
        *("zei", "schreef", "verklaarde"),
        *("сказал", "написал", "заявил", "говорится", "сказав", "написав", "заявив", "йдеться"),
        *("powiedział", "napisał", "oświadczył", "dedi", "yazdı", "açıklamada"),
    ),
    speech_tags=(
        # (not "we": a newsroom's note speaks of itself so, "... or what we say about them")
        *(f"{who} {verb}" for who in ("he", "she", "they", "I") for verb in ("says", "said", "say", "told")),
        *(f"{verb} {who}" for who in ("he", "she", "they") for verb in ("says", "said")),
        # what they hold: "He thinks a cap would pass", "She argues that ..."
        *(f"{who} {verb}" for who in ("he", "she") for verb in ("thinks", "believes", "argues", "warns", "fears")),
        *(f"they {verb}" for verb in ("think", "believe", "argue", "warn", "fear")),
        # French ("dit-elle", "a-t-il déclaré"), Spanish ("dijo", "explica"), German ("sagt sie"), Italian, Portuguese
        "dit-elle",
        "dit-il",
        "a-t-elle dit",
        "a-t-il dit",
        "explique-t-elle",
        "explique-t-il",
        "dijo ella",
        "dijo él",
        "afirma",
        "sagt sie",
        "sagt er",
        "sagte sie",
        "sagte er",
        "ha detto",
        "dice lei",
        "disse ela",
        "disse ele",
    ),
    reading_times=(
        "min read",
        "mins read",
        "minute read",
        "minutes read",
        "reading time",
        "read time",
        "Lesezeit",
        "Lesedauer",
        "temps de lecture",
        "tiempo de lectura",
        "tempo de leitura",
        "tempo di lettura",
        # French, Spanish, Dutch, Swedish, Polish and Turkish: "Lecture : 3 min", "Czas czytania: 4 min"
        *("lecture", "lectura", "leestijd", "l\u00e4stid", "czas czytania", "okuma s\u00fcresi"),
        "\u0648\u0642\u062a \u0627\u0644\u0642\u0631\u0627\u0621\u0629",  # Arabic
    ),
    media_labels=(
        *("Watch", "Watch live", "Watch now", "Video", "Play video", "Listen", "Listen now", "Audio", "Play audio"),
        *(f"Listen to this {piece}" for piece in _PIECES),
        "Podcast",
        *("Vid\u00e9o", "Regarder", "\u00c9couter", "\u00c9couter cet article", "Ansehen", "Anh\u00f6ren"),
        *(
            "Artikel anh\u00f6ren",
            "Ver v\u00eddeo",
            "V\u00eddeo",
            "Escuchar",
            "Guarda",
            "Ascolta",
            "Assista",
            "Ou\u00e7a",
        ),
    ),
    service_words=(
        *("newsletter", "newsletters", "email", "emails", "inbox", "sign up", "signing up", "subscribe"),
        *("subscription", "subscribers", "privacy", "cookie", "cookies", "terms", "app", "apps", "notifications"),
        *("comments", "account", "password", "log in", "sign in", "donate", "donation", "membership", "support"),
        *("advertising", "advertisers", "ads", "browser", "preferences", "community guidelines", "commenting"),
        # German, French, Spanish, Italian, Portuguese
        *("Datenschutz", "Datenschutzerklärung", "Abonnement", "abonnieren", "confidentialité", "abonnement"),
        *("suscripción", "boletín", "privacidad", "abbonamento", "iscriviti", "assinatura", "privacidade"),
        # what a newsroom that readers fund asks of them: a gift, a membership, in English, Spanish, Portuguese,
        # German, French, Italian, Dutch, Polish, Russian, Ukrainian, Persian and Arabic
        *("paywall", "dona", "donar", "donación", "donaciones", "doação", "doe", "apoie", "Spende", "spenden"),
        *("unterstützen", "Mitglieder", "Mitgliedschaft", "faire un don", "soutenez", "dona ora", "doneer"),
        *("wesprzyj", "wpłać", "поддержите", "поддержать", "підтримайте", "підтримати", "حمایت", "تبرع", "تبرعك"),
    ),
    reader_words=(
        *("you", "your", "we", "our", "us"),
        # German, French, Spanish, Italian, Portuguese
        *("Sie", "Ihnen", "Ihr", "Ihre", "wir", "uns", "unser", "unsere", "vous", "votre", "vos", "nous", "notre"),
        *("usted", "ustedes", "nosotros", "nuestro", "nuestra", "nuestros", "voi", "noi", "nostro", "nostra", "você"),
        *("vocês", "nós", "nosso", "nossa"),
        # Dutch, Swedish (not the words other languages spell alike: French "je", "du")
        *("jouw", "uw", "ons", "onze", "dig", "ditt", "dina", "oss", "v\u00e5r", "v\u00e5rt", "v\u00e5ra"),
        # Spanish's and French's "you" to one reader; Polish, Russian, Ukrainian, Persian and Arabic
        *("te", "tu", "tú", "nas", "nasz", "nasze", "ciebie", "вы", "вас", "ваш", "мы", "нас", "наш"),
        *("ви", "ми", "شما", "ما", "نحن"),
    ),
    reader_calls=(
        *("Please", "Download", "Get", "Install", "Follow", "Join", "Subscribe", "Sign up", "Register", "Log in"),
        *("Sign in", "Click", "Tap", "Turn on", "Enable", "Share", "Support", "Donate", "Read", "Watch", "Listen"),
        *("Bitte", "Laden Sie", "Abonnieren Sie", "Folgen Sie", "Registrieren Sie"),
        *("T\u00e9l\u00e9chargez", "Abonnez-vous", "Inscrivez-vous", "Suivez", "Veuillez"),
        *("Descarga", "Desc\u00e1rgate", "Suscr\u00edbete", "S\u00edguenos", "Scarica", "Iscriviti", "Seguici"),
        *("Baixe", "Assine", "Siga", "Download de", "Volg ons", "Meld je aan"),
    ),
    tags_marks=(
        *("tags", "taglinks", "topics", "keywords", "schlagworte", "etiquetas", "etichette", "trefwoorden"),
        *("stitky", "etiketler", "tagi"),  # Czech, Turkish and Polish
    ),
    breadcrumb_marks=("breadcrumb", "breadcrumbs", "crumbs", "crumb"),
    # English; "fakta" in Swedish, Danish and Norwegian ("faktaruta", "faktaboks"), German's "Infokasten"
    fact_box_marks=(
        *("factbox", "factfile", "keyfacts", "infobox", "databox"),
        *("faktabox", "faktaruta", "faktaboks", "faktarute", "infokasten"),
    ),
    kicker_marks=(
        *("kicker", "category", "section", "eyebrow", "rubric", "overline", "dachzeile"),
        # the newsroom's word for it in French ("rubrique", "surtitre"), German, Italian ("occhiello"), Spanish
        # ("antetítulo", "cintillo"), Portuguese ("chapéu")
        *_KICKER_WORDS,
    ),
    header_marks=(
        "kicker",
        "dateline",
        "date",
        "meta",
        "posted",
        "category",
        "section",
        "eyebrow",
        "rubric",
        "overline",
        "dachzeile",
        *_KICKER_WORDS,
    ),
    picture_marks=("figure", "photo", "image", "picture", "img", "foto", "bild", "imagen", "imagem", "immagine"),
    component_attributes=("data-component", "role"),  # the ARIA role: "doc-pullquote", "doc-subtitle", "caption"
    summary_headings=(
        "Bottom line",
        "Bottom line up front",
        "BLUF",
        "Key judgements",
        "Key judgments",
        "Key points",
        "Key takeaways",
        "Takeaways",
        "Key facts",
        "At a glance",
        "In short",
        "Summary",
        "Story highlights",
        "What we know",
        "What we know so far",
        "TL;DR",
        # a fact check's box of the claim it checks and its verdict: "Claim: ...", "Rating: False"
        *("Claim", "The claim", "Verdict", "Our verdict", "Our ruling", "The ruling"),
        "Das Wichtigste in Kürze",  # German
        "L'essentiel",  # French
        "L’essentiel",
    ),
    contribution_phrases=(
        "contributed to this report",
        "contributed to this story",
        "contributed to this article",
        "contributed reporting",
        "contributed additional reporting",
        "contributed research",
        "contributed data analysis",
    ),
    contribution_openers=(
        "With assistance from",
        "Additional reporting by",
        "Contributing:",  # "Contributing: Jane Roe, The Harbour Gazette", as a paper lists who else reported
        "Edited by",
        "Editing by",
        # the editor's field under an agency's story: "Editor: Jane Roe", "Edição: ...", "Edición: ..."
        *("Editor", "Editora", "Edi\u00e7\u00e3o", "Edici\u00f3n"),
        # who produced an audio or a video piece, under it: "Produced by Jane Roe", "This episode was edited by ..."
        *("Produced by", "Production by", "This episode was produced by", "This episode was edited by"),
        *("This story was edited by", "This story was produced by", "This article was edited by"),
        # (not "Reporting by": a wire's "Reporting by Jane Roe; Editing by John Doe" is its byline)
        *("Reporting contributed by", "Research by", "Additional research by"),
        "With additional reporting by",
        "With inputs from",  # an agency's part in a story, as newsrooms in India note it
        "With input from",
        "इनपुट",  # and so in Hindi: "(इनपुट: भाषा)"
        *("责任编辑", "責任編輯"),  # Chinese: the editor who put the piece online ("责任编辑：王芳")
        "Mit Material der",  # German: "Mit Material der dpa"
        "Mit Material von",
        # the agency whose copy the story draws on, as a closing line: "(With AFP)", "\u2014 With Reuters";
        # in French, Portuguese, Spanish and Italian, German and Dutch too
        *("With", "With files from", "With reporting from", "Avec", "Com", "Con", "Con informaci\u00f3n de"),
        *("Com informa\u00e7\u00f5es da", "Com informa\u00e7\u00f5es de", "Mit", "Met"),
        # who translated the piece, under it: "Translated from the French by Jane Roe"; and so in French, Spanish,
        # German, Portuguese, Italian and Dutch
        *("Translated by", "Translation by", "English translation by"),
        *(f"Translated from the {language} by" for language in _ENGLISH_LANGUAGES),
        *("Traduit par", "Traduit de l'anglais par", "Traduit de l\u2019anglais par", "Traducido por"),
        *("Traducci\u00f3n de", "\u00dcbersetzt von", "\u00dcbersetzung:", "Traduzido por", "Tradotto da"),
        *("Traduzione di", "Traduzione dall'inglese di", "Traduzione dall\u2019inglese di", "Aus dem Englischen von"),
        "Vertaald door",
    ),
    agency_words=(
        "News",
        "Newswire",
        "Press",
        "Presse",
        "Prensa",
        "Agency",
        "Agence",
        "Agencia",
        "Ag\u00eancia",
        "Agenzia",
        "Agentur",
        "Wire",
        "Nachrichtenagentur",
    ),
    promo_openings=(
        "Follow",
        "Send your story ideas",
        "Send us your",
        "Send a letter",  # "Send a letter to the editor (250 words at most) to letters@example.com"
        "Do you have an opinion on",
        "Have your say",
        "Got a news tip",
        "Have a news tip",
        "Got a tip",
        "Have a tip",
        *("Got a story tip", "Have a story tip"),
        # how to reach the reporter: "Contact the reporter at ...", "Got a story idea? Contact ..."
        *("Contact the reporter", "Contact the writer", "Contact the author", "Got a story idea", "Have a story idea"),
        *("To contact the reporter", "To contact the editor", "To contact the editors"),
        # the writer's address under her story: "Contact Jane Roe at jroe@example.com or 555-0100.", "Reach her at ..."
        *("Contact", "Reach", "Contact her", "Contact him", "Contact them", "Reach her", "Reach him", "Reach them"),
        # an investigation's call for tips: "Do you have information about X? Contact Jane Roe at ..."
        *("Do you have information", "Do you know more", "Do you know something", "Do you have a story"),
        *("Have you been affected", "Have information about", "Know something about"),
        # the way to answer, after a question to the reader: "Do you rely on the 31 bus? Tell us at tips@..."
        *("Tell us", "Email us", "E-mail us", "Contact us", "Get in touch with us", "Write to us", "Let us know"),
        "Join our",  # "Join our forums ... at community@example.com"
        "Join us",
        "Join",  # "Join the Harbour Times WhatsApp Channel"
        # a news site's line under each story: "Catch all the latest news on Harbour Times.", and its app's
        *("Catch all the", "Download the", "Download The", "Download our"),
        # an advice column's call for its readers' questions: "Send your workplace dilemmas to ask@...", in English,
        # German, French, Spanish, Portuguese, Italian, Dutch and Swedish ("Envie sua dúvida para ...")
        *("Send your", "Email your", "Schreiben Sie an", "Schreiben Sie uns", "Schicken Sie Ihre", "Senden Sie Ihre"),
        *("Envoyez vos", "Envoyez votre", "Écrivez-nous", "Envía tu", "Envía tus", "Envíe su", "Envíe sus"),
        *("Envie sua", "Envie suas", "Envie seu", "Mande sua", "Inviate le vostre", "Scrivete a", "Scriveteci"),
        *("Stuur je", "Stuur uw", "Skicka din", "Skicka dina", "Mejla din", "Mejla dina"),
    ),
    # Greek, Russian, Ukrainian, Portuguese, Spanish, French, German, Italian, Dutch, Polish, Indonesian, Arabic
    follow_calls=(
        "\u0391\u03ba\u03bf\u03bb\u03bf\u03c5\u03b8\u03ae\u03c3\u03c4\u03b5",  # Ακολουθήστε
        *("Подписывайтесь", "Подписывайся", "Читайте нас", "Следите за", "Підписуйтесь", "Стежте за"),
        *("Siga", "Sigam", "Participe", "Acompanhe", "Sigue", "S\u00edguenos", "\u00danete", "Suivez", "Rejoignez"),
        *("Folgen Sie", "Folge uns", "Seguici", "Segui", "Volg", "Obserwuj", "Do\u0142\u0105cz", "Ikuti"),
        *("Dapatkan", "Gabung", "\u062a\u0627\u0628\u0639\u0648\u0646\u0627", "\u062a\u0627\u0628\u0639\u0648\u0627"),
        # Swahili "Join", "Follow us"; Hungarian "Follow us"
        *("Jiunge", "Tufuate", "K\u00f6vess minket", "K\u00f6vessen minket", "K\u00f6vessenek minket"),
    ),
    # Turkish, Korean, Japanese and Hindi: "follow (us)", the verb last
    follow_calls_last=(
        *("takip edin", "takip et", "abone olun", "\ud314\ub85c\uc6b0\ud558\uc138\uc694"),
        *(
            "\u30d5\u30a9\u30ed\u30fc\u3057\u3066\u304f\u3060\u3055\u3044",
            "\u092b\u0949\u0932\u094b \u0915\u0930\u0947\u0902",
        ),
    ),
    # English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Polish
    answer_calls=(
        *("Send", "Email", "E-mail", "Write", "Tell", "Contact", "Drop", "Text", "Message", "Let", "Schreiben"),
        "Schicken",
        *("Kontaktieren", "Mailen", "Écrivez", "Envoyez", "Contactez", "Escríbenos", "Escribe", "Envía", "Envíe"),
        *("Contacta", "Contáctanos", "Envie", "Mande", "Escreva", "Entre em contato", "Scrivi", "Scriveteci"),
        *("Scrivete", "Inviate", "Contatta", "Contattaci", "Mail", "Stuur", "Skriv", "Skicka", "Mejla", "Napisz"),
        *("Napiszcie",),
        # to the comments under the story: "What do you think? Join the conversation in the comments below."
        *("Join the conversation", "Join the discussion", "Share your thoughts", "Share your views"),
        # Spanish as a paper addresses its reader, "usted": "¿Tiene una duda? Escríbanos a ..."
        *("Escríbanos", "Escriba", "Envíenos", "Contáctenos", "Cuéntenos"),
    ),
    news_channels=(
        *("Google News", "Google Discover", "Telegram", "WhatsApp", "Facebook", "Instagram", "YouTube", "TikTok"),
        *("Threads", "Bluesky", "LinkedIn", "Mastodon", "Viber", "Signal"),
        # Google News as it calls itself in Spanish, Portuguese, French, Turkish, Indonesian, Italian
        *("Google Noticias", "Google Not\u00edcias", "Google Actualit\u00e9s", "Google Haberler", "Google Berita"),
        "Google Notizie",
        # the newsroom's social networks, unnamed: "Follow us on social media", "Síguenos en nuestras redes sociales"
        *("social media", "redes sociales", "redes sociais", "r\u00e9seaux sociaux", "sozialen Netzwerken"),
        # as Hindi and Urdu write them
        *("फेसबुक", "ट्विटर", "व्हाट्सऐप", "व्हाट्सएप", "यूट्यूब", "इंस्टाग्राम", "टेलीग्राम"),
        *("فیس بک", "ٹویٹر", "واٹس ایپ", "یوٹیوب"),
    ),
    # English, then French, German and Spanish
    subscription_calls=(
        "Subscribe to",
        "Sign up for",
        "Sign up to",
        "Sign up now",
        "Sign up here",
        "Subscribe here",  # a forwarded newsletter's: "Forwarded this email? Subscribe here."
        *("Subscribe today", "Subscribe now"),  # a paywall's: "Subscribe today from just one pound a week"
        "Subscribe for free",  # a newsletter's sign-off: "Thanks for reading! Subscribe for free to receive new posts"
        # a sign-up box's heading, what it offers and where: "Get the Harbour Weekly newsletter", "Get X in your inbox"
        "Get",
        # a nonprofit newsroom's pitch amid the story: "Our reporting is free because readers like you chip in. Donate
        # today"
        *("Donate today", "Donate now", "Give today", "Give now", "Become a member", "Become a supporter"),
        # after a clause: "If you find our reporting useful, consider becoming a member."
        *("Consider becoming a", "Consider becoming a paid", "Consider supporting"),
        # or after "by", the means to what the sentence offers: "Get our stories in your inbox by signing up to ..."
        *("signing up to", "signing up for"),
        "Abonnez-vous",
        "Inscrivez-vous",
        "Abonnieren Sie",
        "Melden Sie sich",
        "Suscr\u00edbete",
        "Suscr\u00edbase",
        "Zapisz si\u0119",
        # Italian, Portuguese, Dutch, Swedish; German's call in the infinitive after a dash ("... – jetzt abonnieren")
        *("Iscriviti", "Abbonati", "Assine", "Inscreva-se", "Receba", "Schrijf je in", "Meld je aan", "Abonneer"),
        *("Ontvang", "Prenumerera", "jetzt abonnieren", "jetzt kostenlos abonnieren"),
        # and German's "here" for "now"; Romanian's and Hungarian's "Subscribe"
        *("hier abonnieren", "hier kostenlos abonnieren", "Abonează-te", "Abonati-va", "Abonați-vă", "Iratkozzon fel"),
        "Subscribe for",  # a paywall's: "Subscribe for $1 a week"
    ),
    # (what a newsletter's reader gets, or got: "Was this forwarded to you? Sign up here.")
    subscription_words=(
        *("newsletter", "newsletters", "inbox", "new posts", "forwarded", "lettre d'information", "bolet\u00edn"),
        *("subscriber", "subscribers", "unlimited access"),  # what a paywall offers
        *("alerts", "updates", "delivered"),  # what a sign-up box offers, over its button
        *("readers like you", "tax-deductible", "nonprofit", "non-profit"),  # what a nonprofit asks of them
        *("reader-supported", "reader-funded"),  # a newsroom's own words for whom it asks to pay
        # in Dutch, Swedish, French, German, Italian and Portuguese
        *("nieuwsbrief", "mailbox", "mejlen", "nyhetsbrev", "bo\u00eete mail", "Newsletter", "notiziario"),
        # Romanian's newsletter, its article run on ("newsletterul"), and Hungarian's
        *("newsletterul", "h\u00edrlev\u00e9l", "h\u00edrlevel\u00fcnk"),
        # a paywall's first month's offer: "Abonnez-vous d\u00e8s 1 \u20ac le premier mois"
        *("first month", "premier mois", "f\u00f6rsta m\u00e5naden", "ersten Monat", "primer mes", "primo mese"),
        "primeiro m\u00eas",
        # a briefing's, by when it comes; and "your mail" in Spanish and Portuguese: "Recibe ... en tu correo"
        *("briefing", "weekly", "every week", "tu correo", "seu e-mail"),
    ),
    sponsor_labels=(
        *("Sponsored", "Promoted", "Paid Content", "Paid Post", "Ad", "Advertisement"),
        # French, German, Spanish, Italian, Portuguese
        *("Sponsoris\u00e9", "Contenu sponsoris\u00e9", "Anzeige", "Gesponsert", "Patrocinado", "Sponsorizzato"),
        "Publicidade",
    ),
    # English, then French, German, Spanish, Italian and Portuguese
    signup_buttons=(
        *("Subscribe", "Subscribe now", "Sign up", "Sign up now", "Sign me up", "Join", "Join now", "Register"),
        *("S'abonner", "Je m'abonne", "S'inscrire", "Abonnieren", "Jetzt abonnieren", "Anmelden", "Jetzt anmelden"),
        *("Suscribirse", "Suscribirme", "Suscr\u00edbete", "Iscriviti", "Abbonati", "Assine", "Inscreva-se"),
        # "I sign up", "Sign up here" in French, Spanish, German
        *("Je m'inscris", "Je m\u2019inscris", "Ap\u00fantate", "Ap\u00fantate aqu\u00ed", "Hier anmelden"),
        # a nonprofit newsroom's box, which asks for a gift
        *("Donate", "Donate now", "Donate today", "Give now", "Give today", "Make a gift", "Become a member"),
        *("Faire un don", "Je fais un don", "Spenden", "Jetzt spenden", "Donar", "Dona ora", "Doe agora", "Apoie"),
    ),
    # WordPress's feed footer: the phrase alone ("... appeared first on a neighbour's blog") is prose
    feed_notes=(
        ("The post {work} appeared first on {source}.", "first_appeared"),
        # the same note in the languages of a publishing system's translations
        ("La entrada {work} se publicó primero en {source}.", "first_appeared"),
        *((f"L{mark}article {{work}} est apparu en premier sur {{source}}.", "first_appeared") for mark in "'\u2019"),
        ("Der Beitrag {work} erschien zuerst auf {source}.", "first_appeared"),
        ("O post {work} apareceu primeiro em {source}.", "first_appeared"),
        ("Het bericht {work} verscheen eerst op {source}.", "first_appeared"),
        # an Indonesian network's line under a story from one of its sites: "Artikel ini telah tayang di X dengan
        # judul "...", Klik untuk baca: ..."
        ("Artikel ini telah tayang di {source} dengan judul {any}", "first_appeared"),
        # a public broadcaster's site, under a member station's story: "Copyright 2026 WXYZ. To see more, visit WXYZ."
        ("Copyright {year} {source}. To see more, visit {any}", "republished"),
        # a paper's line under a story it ran in print: "Published in The Harbour Ledger, March 14th, 2025"
        ("Published in {source}, {date}", "originally_published"),
        # a science-news site's line under the press release it carries: "Provided by Eastmoor University"
        ("Provided by {source}", "republished"),
        *((f"{provided} {{source}}", "republished") for provided in ("Fornito da", "Fourni par", "Proporcionado por")),
        *((f"{provided} {{source}}", "republished") for provided in ("Bereitgestellt von", "Fornecido por")),
        # a wire's last line under a company's release: "SOURCE Harbour Ferries Inc.", "FUENTE ..."
        *((f"{label} {{source}}", "republished") for label in ("SOURCE", "FUENTE", "FONTE", "QUELLE")),
        ("Materials provided by {source}.", "republished"),
        ("Materials provided by {source}. {any}", "republished"),  # "Note: Content may be edited for length."
        # a syndicate's line under the column it sells, in English, Spanish, French and Portuguese:
        # "Distributed by Harbour Features Syndicate." (and its copyright after it)
        *(
            (f"{distributed} {{source}}{end}", "republished")
            for distributed in ("Distributed by", "Distribuido por", "Distribu\u00e9 par", "Distribu\u00eddo por")
            for end in ("", ".", ". {any}")
        ),
        # a story written from a company's release, named as its source: "Source: Harbour Ferries press release",
        # "Quelle: Pressemitteilung der Harbour GmbH"
        *(
            (f"Source: {{source}} {kind} release{end}", "republished")
            for kind in ("press", "news")
            for end in ("", ".", ", {any}")
        ),
        *((f"Quelle: Pressemitteilung {of}{{source}}", "republished") for of in ("", "der ", "des ", "von ")),
        # ... and "Source: press release of X" in Spanish, Portuguese, French, Italian, Dutch, Czech and Polish, perhaps
        # with a word on its editing after a comma ("Zdroj: tisková zpráva společnosti X, redakčně upraveno.")
        *(
            (f"{source_release}{{source}}{end}", "republished")
            for source_release in (
                *("Fuente: comunicado de ", "Fuente: comunicado de prensa de ", "Fuente: nota de prensa de "),
                *("Fonte: comunicado da ", "Fonte: comunicado do ", "Fonte: comunicado de imprensa da "),
                *("Fonte: comunicado de imprensa do ", "Source : communiqué de ", "Source : communiqué de presse de "),
                *("Source: communiqué de ", "Fonte: comunicato stampa di ", "Fonte: comunicato stampa della "),
                *("Fonte: comunicato stampa del ", "Bron: persbericht van ", "Zdroj: tisková zpráva společnosti "),
                *("Zdroj: tisková zpráva ", "Źródło: komunikat prasowy ", "Źródło: informacja prasowa "),
            )
            for end in ("", ".", ", {any}")
        ),
        # a wire's dispatch, in French ("Dépêche X, reprise avec autorisation."); a Brazilian agency's content
        ("D\u00e9p\u00eache {source}, {any}", "republished"),
        *((f"Conte\u00fado {da} {{source}}{end}", "republished") for da in ("da", "do") for end in (".", ". {any}")),
    ),
    home_crumbs=(
        *("Home", "Homepage", "Startseite", "Accueil", "Inicio", "Início", "Главная", "홈", "首页", "ホーム"),
        # Romanian, Polish, Swedish, Danish and Norwegian, Finnish
        *("Acas\u0103", "Strona g\u0142\u00f3wna", "Startsida", "Forside", "Etusivu"),
        *("होम", "الرئيسية", "Beranda", "Anasayfa", "Головна"),  # Hindi, Arabic, Indonesian, Turkish, Ukrainian
        # Bengali ("cover", as its papers name the front page), Czech, Slovak, Hungarian, Greek, Hebrew, Persian,
        # Urdu, Vietnamese, Thai, Malay, Dutch, Serbian, Croatian, Bulgarian
        *("প্রচ্ছদ", "হোম", "Úvod", "Domů", "Domov", "Címlap", "Αρχική", "ראשי", "صفحه اصلی", "ہوم"),
        *("Trang chủ", "หน้าแรก", "Laman Utama", "Voorpagina", "Почетна", "Naslovnica", "Начало"),
    ),
    author_pages=(
        "author",
        "authors",
        "profile",
        "profiles",
        "people",
        "staff",
        "writer",
        "writers",
        "contributor",
        "contributors",
        "journalist",
        "journalists",
        "columnist",
        "columnists",
        "reporter",
        "reporters",
        # the writers' folder in German, Spanish, Portuguese, Polish, Italian, French and Dutch: "/autorzy/x.jpg"
        *("autor", "autoren", "autores", "autorzy", "autore", "autori", "auteur", "auteurs"),
    ),
    # English, Dutch, French, Spanish, Portuguese, Italian, German
    version_asides=(
        *(
            f"in {a} {kind} {form}"
            for a in ("a", "an")
            for kind in ("longer", "shorter", "different", "earlier", "edited")
            for form in ("version", "form")
        ),
        *(
            "in slightly different form",
            "in a slightly different form",
            "in een langere versie",
            "in een kortere versie",
        ),
        *("dans une version plus longue", "en una versión más larga", "numa versão mais longa", "em versão mais longa"),
        *("in una versione più lunga", "in einer längeren Fassung"),
    ),
    source_prepositions=(
        "of",
        "from",
        "in",
        "on",
        "by",
        "at",
        # French, Spanish and Portuguese ("no", "na": "in the"), Italian, German ("im": "in the"), Dutch
        "dans",
        "sur",
        "par",
        "en",
        "em",
        "no",
        "na",
        "pela",  # Portuguese "by the": "publicado originalmente pela Agência X"
        "pelo",
        "nel",
        "nella",
        "sul",
        "su",
        "im",
        "in der",
        "bei",
        "bei der",
        "bei dem",
        "auf",
        "op",
        "bij",
        # who published it, in Spanish, Italian, Dutch, German, Swedish and Norwegian, Polish: "publicado por X"
        *("por", "da", "dal", "dalla", "door", "von", "av", "przez"),
        # Polish and Czech, Russian and Ukrainian, Indonesian, Swedish and Danish, Romanian
        *("w", "v", "в", "на", "dari", "di", "i", "p\u00e5", "hos", "\u00een", "pe"),
        *("al", "a la", "a l'", "a l\u2019"),  # Catalan "at the" ("publicat originalment al Diari X")
        # Greek ("in the", "from the")
        *(
            "\u03c3\u03c4\u03b7\u03bd",
            "\u03c3\u03c4\u03b7",
            "\u03c3\u03c4\u03bf",
            "\u03b1\u03c0\u03cc \u03c4\u03bf",
            "\u03b1\u03c0\u03cc \u03c4\u03b7\u03bd",
        ),
    ),
    source_media=(
        "issue of",  # "in the March issue of Harbour Monthly"
        "newsletter",
        "blog",
        "site",
        "website",
        "web site",
        "substack",
        "magazine",
        "journal",
        "podcast",
        "revue",
        "revista",
        "rivista",
        # German writes its nouns capitalised: "im Magazin „Werkbank“", "in der Zeitschrift X"
        *("Magazin", "Zeitschrift", "Zeitung", "Blog"),
        # a paper, named after the word: "no jornal Diário do Mondego", "sul quotidiano La Voce"
        *("newspaper", "jornal", "periódico", "giornale", "quotidiano", "quotidien", "hebdomadaire", "semanario"),
        "sitio",
        "portal",
        # a release, its issuer named after it: "adapted from a press release issued by Fenwick University"
        *("press release issued by", "press release by", "press release from", "news release issued by"),
        *("news release by", "news release from"),
        # a book's publisher, in Swedish, Danish and Norwegian: "med tillstånd av förlaget Fyren"
        *("förlaget", "forlaget"),
        # a site's name after "of": "sur le site de X", "no site do X", "en el sitio de X"
        *("site de", "site du", "site des", "site do", "site da", "sitio de", "sitio web de", "portal de"),
        # Polish, Russian, Ukrainian, Czech, Romanian
        *("serwisie", "portalu", "magazynie", "tygodniku", "dzienniku", "журнале", "газете", "сайте", "сайті"),
        "журналі",
        *("\u010dasopise", "den\u00edku", "site-ul", "ziarul"),
        # Czech ("magazine"), Polish ("of the weekly"), Dutch, Danish, Swedish, Greek
        *(
            "magaz\u00ednu",
            "tygodnika",
            "dziennika",
            "magazynu",
            "blog van de",
            "blog van",
        ),
        *("magasinet", "avisen", "tidsskriftet", "tidskriften", "tidningen"),
        *(
            "\u03b5\u03c6\u03b7\u03bc\u03b5\u03c1\u03af\u03b4\u03b1",
            "\u03c0\u03b5\u03c1\u03b9\u03bf\u03b4\u03b9\u03ba\u03cc",
            "\u03b9\u03c3\u03c4\u03bf\u03bb\u03cc\u03b3\u03b9\u03bf",
        ),
    ),
    language_names=_LANGUAGES,
    # English, French, German, Spanish, Portuguese, Italian, Dutch, Polish, Russian: "2 hours ago", "vor 2 Stunden"
    relative_times=(
        "ago",
        "il y a",
        "vor",
        "hace",
        "h\u00e1",
        "fa",
        "geleden",
        "temu",
        "\u043d\u0430\u0437\u0430\u0434",
    ),
    # and comments in Hebrew, Persian and Arabic ("37 תגובות")
    counted_words=(
        *("shares", "followers", "following", "likes", "views", "claps", "restacks", "comments", "תגובות", "نظر"),
        "تعليقات",
        # Spanish and Portuguese, French, German, Italian and Dutch: "1,2 mil seguidores · 180 seguindo"
        *("seguidores", "siguiendo", "seguindo", "me gusta", "curtidas", "comentarios", "comentários"),
        *("abonnés", "abonnements", "commentaires", "Follower", "Kommentare", "commenti", "volgers", "reacties"),
        # a story's views: French, German, Spanish, Portuguese, Italian, Dutch, Swedish, Polish, Czech, Turkish,
        # Russian and Ukrainian ("2 418 переглядів", "Переглядів: 3 418")
        *("vues", "Aufrufe", "visualizaciones", "visualizações", "visualizzazioni", "weergaven", "visningar"),
        *("wyświetleń", "zhlédnutí", "görüntülenme", "просмотров", "просмотры", "переглядів", "перегляди"),
    ),
    # English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish and Norwegian, Polish, Russian, Turkish
    feedback_answers=(
        *("yes", "no", "ja", "nein", "oui", "non", "sí", "si", "sim", "não", "nee", "nej", "tak", "nie", "да", "нет"),
        *("evet", "hayır", "👍", "👎"),
    ),
    # English, Spanish and French, Portuguese, German
    # (Persian agencies' "end of message"; "###" under a company's press release)
    end_marks=("end", "ends", "-30-", "fin", "fim", "ende", "انتهای پیام", "###"),
    slide_words=(
        *("photo", "photos", "photograph", "image", "images", "picture", "slide", "slides", "of"),
        # French, Spanish and Portuguese, Italian, German, Dutch, Nordic, Polish and Czech: a slide, then "of"
        *("sur", "imagen", "foto", "fotos", "de", "immagine", "di", "bild", "von", "van", "bilde", "billede"),
        *("av", "af", "zdj\u0119cie", "z", "sn\u00edmek", "\u0444\u043e\u0442\u043e", "\u0438\u0437"),
    ),
    # English; Spanish, Portuguese, Italian, French, German, Dutch, Danish and Norwegian, Swedish, Finnish, Polish,
    # Czech, Russian and Ukrainian, Turkish; Japanese, Chinese, Korean
    alt_labels=(
        *("image", "picture", "alt text", "imagen", "imagem", "immagine", "bild", "afbeelding", "billede", "bilde"),
        *("kuva", "obraz", "obrázek", "изображение", "зображення", "görsel", "画像", "图片", "이미지"),
    ),
    # English; French, Spanish, Portuguese, Italian, German
    funding_verbs=(
        *("provides financial support to", "provides funding to", "is a financial supporter of", "is a funder of"),
        *("receives support from", "receives financial support from", "are among its donors", "is among its donors"),
        *("apporte un soutien financier à", "reçoit le soutien financier de", "recibe apoyo financiero de"),
        *("recebe apoio financeiro de", "riceve il sostegno finanziario di", "erhält finanzielle Unterstützung von"),
    ),
    link_boxes=(
        *("related", "related stories", "related articles", "related posts", "related content", "more on this story"),
        *("related coverage", "more coverage", "related links"),
        *("related research", "related reading", "more analysis", "more research", "more commentary", "more opinion"),
        *("you may also like", "you might also like", "recommended", "recommended for you", "editor's picks"),
        *("read next", "more stories", "more news", "latest news", "our latest stories", "top stories"),
        *("trending", "trending now", "trending news", "most read", "most popular", "most viewed", "most shared"),
        # "Most read" in German, French, Italian, Spanish, Dutch, Swedish, Norwegian, Danish, Finnish, Polish,
        # Turkish and Russian
        *("meistgelesen", "les plus lus", "i più letti", "più letti", "lo más leído", "meest gelezen", "mest läst"),
        *("mest lest", "mest læste", "luetuimmat", "najczęściej czytane", "en çok okunanlar", "самое читаемое"),
        *("اقرأ أيضا", "اقرأ أيضاً"),  # Arabic "Read also", over the links
        *("also read", "read also"),
        # "Related topics", "Related news", "Most read": Arabic, Malay, Swahili, Tagalog, Hindi, Portuguese
        *("موضوعات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "berita berkaitan", "habari zinazohusiana"),
        *("mga kaugnay na balita", "संबंधित खबरें", "mais lidas"),
        # "Related news" in Turkish (its capital "\u0130" lowers to an "i" and a dot above), Spanish, Portuguese,
        # Italian, Dutch and French
        *("ilgili haberler", "i\u0307lgili haberler", "noticias relacionadas", "not\u00edcias relacionadas"),
        *("articoli correlati", "notizie correlate", "gerelateerde artikelen", "articles li\u00e9s"),
        # "You may also be interested in", "More news": Italian, German, Spanish, Portuguese; "Related news":
        # Indonesian and Korean (a label of one link, "Lesen Sie auch", is among the boilerplate lines)
        *("potrebbe interessarti anche", "das k\u00f6nnte sie auch interessieren", "m\u00e1s noticias"),
        *("voc\u00ea tamb\u00e9m pode gostar", "mais not\u00edcias"),
        *("berita terkait", "\uad00\ub828\uae30\uc0ac"),
        # "Related reading", "Related news", "Further reading", "Recommended reading" in Chinese; "Related articles"
        # in Japanese
        *("相关阅读", "相关新闻", "延伸阅读", "推荐阅读", "関連記事"),
        # a portal's box of its other stories, and "You may also be interested in" in Spanish
        *("more for you", "también te puede interesar", "te puede interesar", "también le puede interesar"),
        # the outlet's name after it: "More stories from Harbour Public Radio"
        *("more from", "more stories from", "more news from", "most read from", "latest from", "top stories from"),
        # more of the site's pieces of a kind: "Related fact-checks", "More galleries", "Other stories"; "More
        # articles", "More press releases", "More galleries" in German, Italian, Spanish, French; "We recommend" in
        # Spanish, "These may interest you too" in Turkish
        *("related fact-checks", "related fact checks", "more galleries", "other stories", "more videos"),
        *("weitere artikel", "weitere nachrichten", "weitere pressemitteilungen", "weitere bilderstrecken"),
        *("altre gallery", "altre notizie", "altri articoli", "otras noticias", "te recomendamos"),
        *("autres articles", "à lire également", "bunlar da ilginizi çekebilir"),
        # more of the section the piece is in, named after it: "More in Opinion", "À lire aussi dans Essais", "Mehr
        # im Ressort Kultur"
        *("more in", "also in", "à lire aussi dans", "plus dans", "más en", "mehr im", "leggi anche in"),
        # "Read more", "Read also", "It may interest you", "Read more" in Hebrew, Thai, Turkish, Vietnamese; more
        # pieces of the site's kind
        *("קראו עוד", "קראו גם", "อ่านเพิ่มเติม", "ilginizi çekebilir", "i̇lginizi çekebilir", "đọc thêm"),
        *("more explainers", "more guides"),
        # "You may be interested", "Related articles" in Czech and Slovak; Catalan "You may also be interested";
        # "Most viewed" in Spanish; "Related news" in Vietnamese and Urdu
        *("mohlo by vás zajímat", "související články", "mohlo by vás zaujímať", "súvisiace články"),
        *("també et pot interessar", "lo más visto", "tin liên quan", "متعلقہ خبریں"),
        # "Read also" in Greek (its capitals set without accents, "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"), "Related news" in Thai, "Most
        # viewed news" in Korean, "More on the subject" in Bulgarian
        *("διαβάστε επίσης", "διαβαστε επισης", "ข่าวที่เกี่ยวข้อง", "많이 본 뉴스", "още по темата"),
    ),
)
"""The cues every parser uses unless it is given others, for English text and common publishing systems."""
