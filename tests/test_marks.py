"""Marks: what a block checks of its marks, and the helpers readers and writers build them with."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Caption, ItemList, Mark, MarkKind, Paragraph, Table
from newsdoc.marks import MarkedText, joined, parted, places, steps

LINK, EM, STRONG, CODE = MarkKind.LINK, MarkKind.EMPHASIS, MarkKind.STRONG, MarkKind.CODE


def mark(start: int, end: int, kind: MarkKind = EM, href: str | None = None) -> Mark:
    return Mark(start=start, end=end, kind=kind, href=href)


# "Pups at low tide." -- "Pups" 0-4, "at" 5-7, "low tide" 8-16, "." 16
WORDS = "Pups at low tide."


def test_marks_leave_the_words_alone() -> None:
    marked = Paragraph(text=WORDS, marks=(mark(0, 4, STRONG), mark(8, 16, LINK, "https://example.org/tides")))
    article = newsdoc.Article(blocks=(marked,))
    assert newsdoc.to_text(article) == "Pups at low tide.\n"
    assert article.text == WORDS
    assert [WORDS[m.start : m.end] for m in marked.marks] == ["Pups", "low tide"]
    assert marked != Paragraph(text=WORDS)


def test_a_block_without_marks_reads_as_before() -> None:
    assert repr(Paragraph(text="a")) == "Paragraph(text='a', spacing=None)"
    assert repr(Paragraph(text="a", marks=(mark(0, 1, CODE),))) == (
        "Paragraph(text='a', marks=(Mark(start=0, end=1, kind=<MarkKind.CODE: 'code'>, href=None),), spacing=None)"
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start": 3, "end": 3, "kind": EM}, r"^a mark must end after it starts, not at 3 \(start 3\)$"),
        ({"start": 4, "end": 2, "kind": EM}, r"^a mark must end after it starts, not at 2 \(start 4\)$"),
        ({"start": -1, "end": 2, "kind": EM}, r"^'start' must be at least 0 and below 2\*\*63, not -1$"),
        ({"start": 0, "end": 2, "kind": LINK}, r"^a link mark must have an href$"),
        ({"start": 0, "end": 2, "kind": STRONG, "href": "x"}, r"^only a link mark has an href, not strong$"),
        ({"start": 0, "end": 2, "kind": "emphasis"}, r"'kind' must be <enum 'MarkKind'>"),
    ],
)
def test_a_mark_is_checked_when_made(fields: dict[str, object], message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        Mark(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("marks", "message"),
    [
        ((mark(8, 18),), r"^marks\[0\]: ends at 18, past the end of the text \(17 characters\)$"),
        ((mark(5, 7), mark(0, 4)), r"^marks\[1\]: out of order; marks are sorted by start, a longer one first$"),
        ((mark(0, 4), mark(0, 7)), r"^marks\[1\]: out of order"),
        ((mark(0, 7), mark(5, 11)), r"^marks\[1\]: crosses marks\[0\]; marks must nest, apart or one inside the other"),
        ((mark(0, 7, CODE), mark(5, 7)), r"^marks\[1\]: inside code \(marks\[0\]\), which holds no marks$"),
        ((mark(0, 7), mark(0, 7, CODE), mark(0, 7)), r"^marks\[2\]: inside code \(marks\[1\]\)"),
        (
            (mark(0, 16, LINK, "a"), mark(5, 16), mark(8, 11, LINK, "b")),
            r"^marks\[2\]: a link inside a link \(marks\[0\]\)$",
        ),
        (("Pups",), r"^marks\[0\]: expected a Mark, got str$"),
    ],
)
def test_marks_must_fit_the_words_and_nest(marks: tuple[Mark, ...], message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        Paragraph(text=WORDS, marks=marks)


def test_marks_that_nest_are_taken() -> None:
    same = (mark(0, 4, LINK, "a"), mark(0, 4, STRONG), mark(0, 4), mark(0, 4, CODE))  # outer first
    assert Paragraph(text=WORDS, marks=same).marks == same
    apart = (mark(0, 4), mark(4, 7), mark(8, 16, LINK, "a"), mark(8, 11, CODE), mark(12, 16))
    assert Paragraph(text=WORDS, marks=apart).marks == apart


def test_a_caption_marks_its_words_not_its_credit() -> None:
    with pytest.raises(ValueError, match=r"marks\[0\]: ends at 6, past the end of the text \(4 characters\)"):
        Caption(text="Pups", credit="Jane Roe", marks=(mark(0, 6),))


def test_a_mark_stays_within_one_item() -> None:
    # "Quieter water\nNo dogs": the first item 0-13, the line break 13, the second 14-21
    items = ("Quieter water", "No dogs")
    assert ItemList(items=items, marks=(mark(8, 13), mark(14, 16))).marks == (mark(8, 13), mark(14, 16))
    for crossing in (mark(8, 16), mark(13, 16), mark(8, 14)):
        with pytest.raises(ValueError, match=r"^marks\[0\]: runs into items\[1\] from before it"):
            ItemList(items=items, marks=(crossing,))
    with pytest.raises(ValueError, match=r"runs into items\[1\]"):
        ItemList(items=("", "ab"), marks=(mark(0, 2),))  # an empty item's line break counts too


def test_a_mark_stays_within_one_cell() -> None:
    # "Quay\t07:15\n\nNorth\tlate": cells 0-4 and 5-10, a row without cells 11-11, then 12-17 and 18-22
    rows = (("Quay", "07:15"), (), ("North", "late"))
    assert Table(rows=rows, marks=(mark(5, 10), mark(18, 22))).marks == (mark(5, 10), mark(18, 22))
    for crossing, cell in (
        (mark(0, 6), r"rows\[0\]\[1\]"),
        (mark(8, 11), r"rows\[1\]\[0\]"),
        (mark(17, 19), r"rows\[2\]\[1\]"),
    ):
        with pytest.raises(
            ValueError, match=rf"^marks\[0\]: runs into {cell} from before it; a mark stays within one cell"
        ):
            Table(rows=rows, marks=(crossing,))
    with pytest.raises(ValueError, match=r"past the end of the text \(22 characters\)"):
        Table(rows=rows, marks=(mark(18, 23),))


def test_an_href_is_text_that_every_format_can_write() -> None:
    paragraph = Paragraph(text="a", marks=(mark(0, 1, LINK, "https://example.org/\udfff"),))
    with pytest.raises(ValueError, match=r"^blocks\[1\]\.marks\[0\]\.href: lone surrogate U\+DFFF at 20 is not text$"):
        newsdoc.Article(blocks=(Paragraph(text="b"), paragraph))


def test_marked_text_from_a_walk() -> None:
    built = MarkedText()
    built.add("Pups ")
    built.open(STRONG)
    built.add("at ")
    built.open(LINK, "https://example.org/tides")
    built.add("low")
    built.close(STRONG)  # closes the link opened inside it too
    built.add(" tide")
    built.close(LINK)  # already closed: ignored
    built.add(".")
    assert built.text == "Pups at low tide."
    assert built.marks == (mark(5, 11, STRONG), mark(8, 11, LINK, "https://example.org/tides"))


def test_marked_text_leaves_out_what_no_block_holds() -> None:
    built = MarkedText()
    built.open(CODE)
    built.open(EM)  # nothing inside code
    built.add("ab")
    built.close(EM)
    built.close(CODE)
    built.open(LINK, "a")
    built.open(LINK, "b")  # no link inside a link
    built.add("cd")
    built.close(LINK)
    built.open(LINK)  # a link without an address
    built.add("e")
    built.close(LINK)
    built.close(LINK)
    built.open(STRONG)  # empty
    built.close(STRONG)
    built.open(EM)  # never closed: it ends with the words
    built.add("f")
    assert built.text == "abcdef"
    assert built.marks == (mark(0, 2, CODE), mark(2, 5, LINK, "a"), mark(5, 6))
    Paragraph(text=built.text, marks=built.marks)


def test_marked_text_that_joins_goes_on_with_markup_of_the_same_kind_right_after() -> None:
    """A page's editor splits bold as she types: ``<b>Harbour Fe</b><b>rry</b>`` shows one bold stretch."""

    def walk(built: MarkedText) -> tuple[Mark, ...]:
        for kind, href, words in [(STRONG, None, "Harbour Fe"), (STRONG, None, "rry"), (LINK, "a", "Dues")]:
            built.open(kind, href)
            built.add(words)
            built.close(kind)
        built.open(LINK, "a")  # the same address, right after: the same link goes on
        built.add(" rise")
        built.close(LINK)
        built.open(LINK, "b")  # another address: another link
        built.add(" again")
        built.close(LINK)
        return built.marks

    assert walk(MarkedText(joins=True)) == (mark(0, 13, STRONG), mark(13, 22, LINK, "a"), mark(22, 28, LINK, "b"))
    assert walk(MarkedText()) == (  # a reader of newsdoc's own formats keeps them as they were written
        mark(0, 10, STRONG),
        mark(10, 13, STRONG),
        mark(13, 17, LINK, "a"),
        mark(17, 22, LINK, "a"),
        mark(22, 28, LINK, "b"),
    )


def test_marked_text_joins_nothing_across_words_or_other_markup() -> None:
    built = MarkedText(joins=True)
    built.open(EM)
    built.add("a")
    built.close(EM)
    built.add(" ")  # a space between: two stretches, as shown
    built.open(EM)
    built.add("b")
    built.close(EM)
    built.open(STRONG)
    built.add("c")
    built.open(EM)
    built.add("d")
    built.close(EM)
    built.close(STRONG)  # the emphasis ends inside the strong: joined to it, the next would cross it
    built.open(EM)
    built.add("e")
    built.close(EM)
    assert built.marks == (mark(0, 1), mark(2, 3), mark(3, 5, STRONG), mark(4, 5), mark(5, 6))


def test_joined_code_still_holds_no_link() -> None:
    built = MarkedText(joins=True)
    built.open(CODE)
    built.add("a")
    built.close(CODE)
    built.open(CODE)
    built.open(LINK, "x")  # inside the code that goes on: no link
    built.add("b")
    built.close(LINK)
    built.close(CODE)
    built.open(LINK, "y")
    built.add("c")
    assert built.marks == (mark(0, 2, CODE), mark(2, 3, LINK, "y"))


_EVENTS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(["a", "b ", " "])),
        st.tuples(
            st.just("open"), st.sampled_from([(EM, None), (STRONG, None), (CODE, None), (LINK, "x"), (LINK, "y")])
        ),
        st.tuples(st.just("close"), st.sampled_from([EM, STRONG, CODE, LINK])),
    ),
    max_size=30,
)


@given(_EVENTS)
def test_marked_text_that_joins_marks_what_it_would_mark_apart(events: list[tuple[str, object]]) -> None:
    """Joined or not, the same words are marked by the same kind and address; joined, the marks still nest."""
    apart, together = MarkedText(), MarkedText(joins=True)
    for built in (apart, together):
        for name, arg in events:
            if name == "add":
                built.add(arg)  # type: ignore[arg-type]
            elif name == "open":
                built.open(*arg)  # type: ignore[misc]
            else:
                built.close(arg)  # type: ignore[arg-type]

    def covered(marks: tuple[Mark, ...]) -> set[tuple[int, MarkKind, str | None]]:
        return {(at, m.kind, m.href) for m in marks for at in range(m.start, m.end)}

    assert together.text == apart.text
    assert covered(together.marks) == covered(apart.marks)
    assert len(together.marks) <= len(apart.marks)
    Paragraph(text=together.text, marks=together.marks)  # they nest, as a block checks


def test_joined_and_parted_are_inverses() -> None:
    pieces = [("Quieter water", (mark(8, 13),)), ("No dogs", (mark(0, 2, CODE),))]
    text, marks = joined(pieces, "\n")
    assert (text, marks) == ("Quieter water\nNo dogs", (mark(8, 13), mark(14, 16, CODE)))
    assert parted(["Quieter water", "No dogs"], marks, "\n") == [(mark(8, 13),), (mark(0, 2, CODE),)]


def test_steps_and_places() -> None:
    marks = [mark(0, 11, STRONG), mark(0, 4), mark(5, 7, CODE), mark(12, 16)]
    walk = [
        (s.start, s.end, "words" if s.mark is None else ("opens " if s.opens else "closes ") + str(s.mark))
        for s in steps(marks, len(WORDS))
    ]
    assert walk == [
        (0, 11, "opens 0"),
        (0, 4, "opens 1"),
        (0, 4, "words"),
        (0, 4, "closes 1"),
        (4, 5, "words"),
        (5, 7, "opens 2"),
        (5, 7, "words"),
        (5, 7, "closes 2"),
        (7, 11, "words"),
        (0, 11, "closes 0"),
        (11, 12, "words"),
        (12, 16, "opens 3"),
        (12, 16, "words"),
        (12, 16, "closes 3"),
        (16, 17, "words"),
    ]
    assert [attrs.astuple(p) for p in places(marks, len(WORDS))] == [
        (17, 12, True, False),
        (11, 5, False, False),
        (11, None, False, False),
        (17, None, False, False),
    ]
