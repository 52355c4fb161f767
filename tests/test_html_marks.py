"""parse_html keeps links, emphasis, strong and code as marks beside the words.

The pages are made up here; their markup is the inline markup every CMS writes.
Each test reads the words a mark spans back out of the block, as a user would.
"""

from __future__ import annotations

import newsdoc
from newsdoc import Caption, ItemList, MarkKind, Paragraph, Quote

FILLER = "<p>The council met for three hours and settled nothing, as it often does in the spring.</p>"


def spans(block: object) -> list[tuple[str, str, str | None]]:
    text: str = block.text  # type: ignore[attr-defined]
    return [(text[m.start : m.end], m.kind.value, m.href) for m in block.marks]  # type: ignore[attr-defined]


def test_links_and_emphasis_in_a_paragraph_keep_their_words_plain() -> None:
    page = (
        "<article><h1>Ferry Dues</h1><p>The <a href='/reports/dues.pdf'>harbour report</a> says the dues "
        "<em>doubled</em>, and the <b>board</b> <i>agreed</i> to run <code>dues --recount</code> again.</p>"
        f"{FILLER}</article>"
    )
    article = newsdoc.parse_html(page, url="https://news.example.org/2024/ferry.html")
    first = article.blocks[0]
    assert first.text == "The harbour report says the dues doubled, and the board agreed to run dues --recount again."
    assert spans(first) == [
        ("harbour report", "link", "https://news.example.org/reports/dues.pdf"),
        ("doubled", "emphasis", None),
        ("board", "strong", None),
        ("agreed", "emphasis", None),
        ("dues --recount", "code", None),
    ]
    assert newsdoc.to_text(article) == newsdoc.to_text(
        newsdoc.parse_html(page.replace("<em>", "").replace("</em>", ""))
    )


def test_white_space_at_the_edges_of_markup_stays_outside_the_mark() -> None:
    page = (
        "<article><p>Tides<strong>  rose  </strong>again <a href='https://example.org/t'> at dawn </a>.</p>"
        f"{FILLER}</article>"
    )
    [first, _] = newsdoc.parse_html(page).blocks
    assert first.text == "Tides rose again at dawn ."
    assert spans(first) == [("rose", "strong", None), ("at dawn", "link", "https://example.org/t")]


def test_a_no_break_space_is_a_space_as_a_browser_shows_it() -> None:
    """``&nbsp;`` keeps words on one line on screen: in the words read, it is a space, and one alone is no paragraph."""
    page = (
        "<article><p>The&nbsp;<a href='https://example.org/r'>harbour&nbsp;report</a>&nbsp;&nbsp;came out"
        "&nbsp;<em>late</em>.</p><p>&nbsp;</p><p>\u202f</p>"
        f"{FILLER}</article>"
    )
    [first, _] = newsdoc.parse_html(page).blocks
    assert first.text == "The harbour report came out late."
    assert spans(first) == [("harbour report", "link", "https://example.org/r"), ("late", "emphasis", None)]
    plain = newsdoc.parse_html(f"<article><p>The harbour report came out late.</p><p>&nbsp;</p>{FILLER}</article>")
    assert [block.text for block in plain.blocks] == [first.text, FILLER[3:-4]]


def test_marks_in_lists_quotes_captions_and_runs_of_text_parted_by_br() -> None:
    page = (
        "<article><ul><li>Read <a href='https://example.org/a'>the ruling</a></li><li><em>Then</em> appeal</li></ul>"
        "<blockquote><p>We <strong>will</strong> appeal.</p><p>And <em>win</em>.</p></blockquote>"
        "<figure><img src='quay.jpg' alt=''><figcaption>The <em>old</em> quay at dusk."
        " <span class='credit'>Ana Ruiz/Example Press</span></figcaption></figure>"
        "<div>The mayor spoke first and at length about the budget.<br><br>"
        "Then the <a href='https://example.org/c'>clerk</a> read the minutes aloud to the room.</div>"
        f"{FILLER}</article>"
    )
    blocks = newsdoc.parse_html(page).blocks
    [items] = [b for b in blocks if isinstance(b, ItemList)]
    assert items.items == ("Read the ruling", "Then appeal")
    assert spans(items) == [("the ruling", "link", "https://example.org/a"), ("Then", "emphasis", None)]
    [quote] = [b for b in blocks if isinstance(b, Quote)]
    assert spans(quote) == [("will", "strong", None), ("win", "emphasis", None)]
    [caption] = [b for b in blocks if isinstance(b, Caption)]
    assert (caption.text, caption.credit, spans(caption)) == (
        "The old quay at dusk.",
        "Ana Ruiz/Example Press",
        [("old", "emphasis", None)],
    )
    runs = [b for b in blocks if isinstance(b, Paragraph) and ("minutes" in b.text or "mayor" in b.text)]
    assert [spans(b) for b in runs] == [[], [("clerk", "link", "https://example.org/c")]]


def test_markup_that_marks_nothing_is_left_out() -> None:
    page = (
        "<article><p><a name='top'>Anchors</a> without an address, <em> </em>empty emphasis and "
        "<code>a <b>bold</b> word in code</code>, bold as code.</p>"
        f"{FILLER}</article>"
    )
    first = newsdoc.parse_html(page).blocks[0]
    assert spans(first) == [("a bold word in code", "code", None)]


def test_a_link_inside_a_link_is_two_links_as_a_browser_shows_it() -> None:
    page = (
        "<article><p>See <a href='https://example.org/o'>the outer <a href='https://example.org/i'>inner</a> one</a>"
        " for the rest of the story.</p>"
        f"{FILLER}</article>"
    )
    first = newsdoc.parse_html(page).blocks[0]
    assert spans(first) == [("the outer", "link", "https://example.org/o"), ("inner", "link", "https://example.org/i")]


def test_bold_split_in_two_elements_is_one_mark_as_it_shows() -> None:
    """An editor's bold split as she typed, ``<b>Harbour Fe</b><b>rry</b>``, is one stretch of bold on screen.

    So it is one mark, which Markdown writes as ``**...**`` (two marks side by side it cannot
    write but as HTML); two links side by side to one address are one link. Words or other
    markup between them keep them apart, as does another address.
    """
    page = (
        "<article><h2><b>Harbour Fe</b><strong>rry Dues Rise</strong></h2>"
        "<p>Read <a href='/dues'>the dues </a><a href='/dues'>table</a><a href='/fares'> and fares</a>, "
        "<i>now</i> <i>or</i><em><b>later</b></em><em>.</em></p>"
        f"{FILLER}</article>"
    )
    article = newsdoc.parse_html(page, url="https://news.example.org/")
    heading, first = article.blocks[:2]
    assert spans(heading) == [("Harbour Ferry Dues Rise", "strong", None)]
    assert spans(first) == [
        ("the dues table", "link", "https://news.example.org/dues"),
        ("and fares", "link", "https://news.example.org/fares"),
        ("now", "emphasis", None),
        ("orlater.", "emphasis", None),
        ("later", "strong", None),
    ]
    markdown = newsdoc.to_markdown(article)
    assert "## **Harbour Ferry Dues Rise**\n" in markdown
    assert "[the dues table](https://news.example.org/dues) [and fares](https://news.example.org/fares)" in markdown
    assert newsdoc.from_markdown(markdown) == article


def test_an_unsafe_link_is_kept_in_the_model_and_never_written_live() -> None:
    page = "<article><p>Click <a href='javascript:alert(1)'>here</a> for the minutes.</p>" + FILLER + "</article>"
    article = newsdoc.parse_html(page)
    assert spans(article.blocks[0]) == [("here", "link", "javascript:alert(1)")]
    assert 'href="javascript:' not in newsdoc.to_html(article)
    assert "](javascript:" not in newsdoc.to_markdown(article)
    assert newsdoc.parse_html(newsdoc.to_html(article)) == article
    assert newsdoc.from_markdown(newsdoc.to_markdown(article)) == article


def test_no_markup_gives_no_marks() -> None:
    article = newsdoc.parse_html(f"<article><p>Plain words and nothing more to say here today.</p>{FILLER}</article>")
    assert all(not block.marks for block in article.blocks if isinstance(block, Paragraph))
    assert MarkKind.LINK.value == "link"


def test_an_address_the_page_links_again_and_again_is_held_once() -> None:
    """A page links one address in many places: each link's mark holds the same string, not a copy."""
    links = " and ".join(f"<a href='/tag/{tag}/'>{tag}</a>" for tag in ("ferries", "storms") * 3)
    page = f"<article><h1>Tags</h1><p>The council spoke of {links} for three hours.</p></article>"
    (block,) = newsdoc.parse_html(page).blocks
    hrefs = [mark.href for mark in block.marks]
    assert hrefs == ["/tag/ferries/", "/tag/storms/"] * 3
    assert len({id(href) for href in hrefs}) == 2
