"""to_json / from_json and to_dict / from_dict: a versioned format with a schema."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
from collections.abc import Callable

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import jsonformat
from newsdoc.jsonformat import _converter, block_class, block_from_dict, schema

from . import strategies

VALIDATOR = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())


@given(strategies.articles())
def test_round_trip(article: newsdoc.Article) -> None:
    assert newsdoc.from_json(newsdoc.to_json(article)) == article
    assert newsdoc.from_dict(newsdoc.to_dict(article)) == article


@given(strategies.articles())
def test_output_follows_the_schema(article: newsdoc.Article) -> None:
    VALIDATOR.validate(json.loads(newsdoc.to_json(article)))


@given(strategies.articles(), st.sampled_from([None, 0, 1, 2, 4]))
def test_to_json_is_json_dumps_of_to_dict(article: newsdoc.Article, indent: int | None) -> None:
    """Written a batch of blocks at a time, the text is still exactly what json writes of the dictionary."""
    expected = json.dumps(newsdoc.to_dict(article), ensure_ascii=False, indent=indent) + "\n"
    assert newsdoc.to_json(article, indent=indent) == expected


@pytest.mark.parametrize("indent", [None, 2])
def test_to_json_of_many_blocks_is_json_dumps_of_to_dict(indent: int | None) -> None:
    """More blocks than one batch holds, some beyond Latin-1, one with a line break in it."""
    words = ["Caf\u00e9 \u201cquoted\u201d.", "Two\nlines.", "\U0001f600 ok.", "Plain."]
    blocks = tuple(newsdoc.Paragraph(text=words[i % len(words)]) for i in range(1000))
    article = newsdoc.Article(title="Many", blocks=blocks)
    expected = json.dumps(newsdoc.to_dict(article), ensure_ascii=False, indent=indent) + "\n"
    assert newsdoc.to_json(article, indent=indent) == expected


def test_schema_is_itself_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_seed_blocks_are_typed(seed_article: newsdoc.Article) -> None:
    data = json.loads(newsdoc.to_json(seed_article))
    assert (data["format"], data["version"]) == ("newsdoc", 1)
    types = [block["type"] for block in data["blocks"]]
    assert types[:3] == ["caption", "standfirst", "image"]
    assert {"pull_quote", "attribution", "disclaimer", "bio", "fragment"} <= set(types)
    caption = data["blocks"][0]
    assert (caption["text"], caption["credit"]) == (
        "Syrian President Bashar Assad, right, with Russian Foreign Minister Sergei Lavrov",
        "AP Image",
    )
    quote = next(b for b in data["blocks"] if b["type"] == "pull_quote")
    assert quote["attribution"] == "Stratfor analysis"


def _doc(*blocks: object, **fields: object) -> str:
    return json.dumps({"format": "newsdoc", "version": 1, "blocks": list(blocks), **fields})


def _marked(marks: object) -> str:
    return _doc({"type": "paragraph", "text": "ab", "marks": marks})


def _slug(**fields: object) -> str:
    """An image with a slug of every field, as to_json writes one, some of them changed."""
    return _doc(
        {"type": "image", "alt": "a", "slug": {"words": "ap syr2", "width": 300, "date": "2012-12-12", **fields}}
    )


def test_a_slug_reads_back_whole() -> None:
    assert newsdoc.from_json(_slug()).blocks == (
        newsdoc.Image(alt="a", slug=newsdoc.Slug(words="ap syr2", width=300, date=dt.date(2012, 12, 12))),
    )
    assert newsdoc.from_json(_slug(width=None, date=None)).blocks[0].slug == newsdoc.Slug(words="ap syr2")  # type: ignore[union-attr]


def test_marks_are_a_list_of_objects() -> None:
    # "Pups at low tide." -- "Pups" 0-4, "low tide" 8-16
    marks = (
        newsdoc.Mark(start=0, end=4, kind=newsdoc.MarkKind.STRONG),
        newsdoc.Mark(start=8, end=16, kind=newsdoc.MarkKind.LINK, href="https://example.org/tides"),
    )
    article = newsdoc.Article(blocks=(newsdoc.Paragraph(text="Pups at low tide.", marks=marks),))
    assert json.loads(newsdoc.to_json(article))["blocks"] == [
        {
            "type": "paragraph",
            "text": "Pups at low tide.",
            "marks": [
                {"start": 0, "end": 4, "kind": "strong"},
                {"start": 8, "end": 16, "kind": "link", "href": "https://example.org/tides"},
            ],
        }
    ]
    assert "marks" not in newsdoc.to_dict(newsdoc.Article(blocks=(newsdoc.Paragraph(text="x"),)))["blocks"][0]  # type: ignore[index]


@pytest.mark.parametrize(
    "mark",
    [
        {"start": 0, "end": 1, "kind": "emphasis", "href": "x"},
        {"start": 0, "end": 1, "kind": "link"},
        {"start": 0, "end": 1, "kind": "link", "href": None},
        {"start": -1, "end": 1, "kind": "code"},
        {"start": 0, "end": 1, "kind": "bold"},
    ],
)
def test_the_schema_refuses_a_bad_mark(mark: dict[str, object]) -> None:
    document = {"format": "newsdoc", "version": 1, "blocks": [{"type": "paragraph", "text": "ab", "marks": [mark]}]}
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(document)
    with pytest.raises(newsdoc.FormatError):
        newsdoc.from_dict(document)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", r"^line 1, column 2: invalid JSON"),
        ("[]", r"^\$: expected an object, got an array"),
        ('{"version": 1}', r'^\$\.format: expected "newsdoc"'),
        ('{"format": "newsdoc", "version": 2}', r"^\$\.version: expected 1, got 2"),
        (
            _doc({"type": "caption", "text": "x", "credit": 5}),
            r"\$\.blocks\[0\]\.credit: expected a string, got an integer",
        ),
        (_doc({"type": "paragraph", "text": "x"}, {"type": "bogus"}), r"\$\.blocks\[1\]: unknown block type 'bogus'"),
        (_doc({"text": "x"}), r'\$\.blocks\[0\]: missing "type"'),
        (_doc({"type": ["paragraph"], "text": "x"}), r'\$\.blocks\[0\]: "type" must be a string, got an array'),
        (_doc({"type": "paragraph"}), r"\$\.blocks\[0\]\.text: required field missing"),
        (_doc(tags="Syria"), r"\$\.tags: expected an array, got a string"),
        (_doc(extra=1), r"\$: unknown field\(s\) 'extra'"),
        (_doc(published="2012-13-01"), r"\$\.published: expected an ISO 8601 date"),
        (_doc({"type": "image", "alt": "a", "slug": {"words": "x", "width": "300"}}), r"\$\.blocks\[0\]\.slug\.width"),
        # A slug with each of its fields is read at once, unless one is off: then it says where too.
        (_slug(width=True), r"\$\.blocks\[0\]\.slug\.width: expected an integer, got a boolean"),
        (_slug(width=-3), r"\$\.blocks\[0\]\.slug: 'width' must be at least 0"),
        (_slug(date=""), r"\$\.blocks\[0\]\.slug\.date: expected an ISO 8601 date"),
        (_slug(date="2012-12-12T10:00"), r"\$\.blocks\[0\]\.slug\.date: expected a date \(YYYY-MM-DD\)"),
        (_slug(words=None), r"\$\.blocks\[0\]\.slug\.words: expected a string"),
        (_slug(extra=1), r"\$\.blocks\[0\]\.slug: unknown field\(s\) 'extra'"),
        (_doc({"type": "heading", "text": "x", "level": 9}), r"\$\.blocks\[0\]: 'level' must be in range\(1, 7\)"),
        (
            _doc({"type": "attribution", "text": "x", "kind": "stolen"}),
            r"\$\.blocks\[0\]\.kind: 'stolen' is not a valid",
        ),
        (_doc({"type": "caption", "text": "x", "image": True}), r"\$\.blocks\[0\]\.image: expected an integer"),
        (_doc(3), r"\$\.blocks\[0\]: expected a block object, got an integer"),
        # Required scalars are as strict as optional ones: no 3 read as "3", no true as 1.
        (_doc({"type": "paragraph", "text": 3}), r"\$\.blocks\[0\]\.text: expected a string, got an integer"),
        (_doc({"type": "item_list", "items": ["a", 3]}), r"\$\.blocks\[0\]\.items\[1\]: expected a string"),
        (_doc({"type": "heading", "text": "x", "level": True}), r"\$\.blocks\[0\]\.level: expected an integer"),
        (_doc(ending=5), r"\$\.ending: expected a string, got an integer"),
        (_marked([{"start": 0, "end": 9, "kind": "code"}]), r"^\$\.blocks\[0\]: marks\[0\]: ends at 9, past the end"),
        (
            _marked([{"start": 0, "end": 1, "kind": "bold"}]),
            r"^\$\.blocks\[0\]\.marks\[0\]\.kind: 'bold' is not a valid",
        ),
        (
            _marked([{"start": 0, "end": 1, "kind": "link"}]),
            r"^\$\.blocks\[0\]\.marks\[0\]: a link mark must have an href",
        ),
        (_marked([{"start": 1, "end": 1, "kind": "code"}]), r"^\$\.blocks\[0\]\.marks\[0\]: a mark must end after"),
        (_marked([{"start": 0, "end": 1, "kind": "code", "x": 1}]), r"\$\.blocks\[0\]\.marks\[0\]: unknown field"),
        (_marked([{"start": True, "end": 1, "kind": "code"}]), r"\$\.blocks\[0\]\.marks\[0\]\.start: expected an int"),
        (_marked({"start": 0}), r"^\$\.blocks\[0\]\.marks: expected an array, got an object"),
        (
            _doc({"type": "item_list", "items": ["a"], "ordered": True, "bullet": "* "}),
            r"^\$\.blocks\[0\]: bullet: a numbered list has numbers",
        ),
        (_doc({"type": "item_list", "items": ["a"], "bullet": 1}), r"\$\.blocks\[0\]\.bullet: expected a string"),
        ('{"format": "newsdoc", "version": true, "blocks": []}', r"^\$\.version: expected 1, got True"),
        (b"\xff\xfe{", r"not UTF-8|invalid JSON"),
    ],
)
def test_bad_documents_say_where(text: str | bytes, message: str) -> None:
    with pytest.raises(newsdoc.FormatError, match=message):
        newsdoc.from_json(text)


_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=4)
_VALUES = (
    st.none()
    | st.booleans()
    | st.integers(-1, 2**64)
    | st.floats(allow_nan=False)
    | _TEXT
    | st.lists(_TEXT, max_size=2)
    | st.lists(st.lists(_TEXT | st.integers(), max_size=2), max_size=2)  # rows, as they should be or not
    | st.lists(  # marks, as they should be or not
        st.fixed_dictionaries(
            {"start": st.integers(0, 2), "end": st.integers(1, 3) | _TEXT},
            optional={"kind": st.sampled_from(["emphasis", "link", "bold"]), "href": st.none() | _TEXT},
        ),
        max_size=2,
    )
    | st.fixed_dictionaries(  # an image's slug, as it should be or not
        {"words": _TEXT | st.integers(), "width": st.none() | st.integers(-1, 9) | _TEXT},
        optional={"date": st.none() | st.sampled_from(["2012-12-12", "2012-12-12T10:00:00", "12dec12"]), "x": _TEXT},
    )
)


@st.composite
def _block_dicts(draw: st.DrawFn) -> dict[str, object]:
    """A block as to_dict writes it, with a field or two set to any JSON value, or a field unknown to its class."""
    data = newsdoc.jsonformat.block_to_dict(draw(strategies.blocks))
    cls = block_class(data["type"])
    assert cls is not None
    changed = st.sampled_from([f.name for f in attrs.fields(cls)] + ["extra"])
    return {**data, **draw(st.dictionaries(changed, _VALUES, max_size=2))}


@given(_block_dicts())
def test_blocks_read_as_cattrs_reads_them(data: dict[str, object]) -> None:
    """The quick reading of blocks (one loop, a block of plain fields made at once) takes what cattrs takes, alike.

    cattrs's own hook for the block's class is the reading the quick one stands in for: a block it refuses
    is refused, and one it reads is read the same, alone and in an article.
    """
    cls = block_class(data["type"])
    assert cls is not None
    try:
        expected = _converter.structure({k: v for k, v in data.items() if k != "type"}, cls)
    except Exception:
        with pytest.raises(newsdoc.FormatError):
            block_from_dict(data)
        with pytest.raises(newsdoc.FormatError):
            newsdoc.from_json(_doc({"type": "paragraph", "text": "a"}, data))
        return
    assert block_from_dict(data) == expected
    try:
        article = newsdoc.Article(blocks=(newsdoc.Paragraph(text="a"), expected))
    except ValueError:  # a caption or pull quote naming a block of the wrong type
        with pytest.raises(newsdoc.FormatError):
            newsdoc.from_json(_doc({"type": "paragraph", "text": "a"}, data))
    else:
        assert newsdoc.from_json(_doc({"type": "paragraph", "text": "a"}, data)) == article


def _outcome(make: Callable[..., object], fields: dict[str, object]) -> object:
    """What *make* gives of *fields*: the instance, or the class and message of its error.

    The message is the error's first argument: attrs gives the field too, which says it is inherited in a twin.
    """
    try:
        return make(**fields)
    except Exception as error:  # a validator may fail on a value of another type: AttributeError, say
        return type(error), error.args[:1]


def _thawed_maker(cls: type) -> Callable[..., object]:
    """Make an instance as the quick reading does: with the class's thawed twin, then made one of *cls*."""
    thawed = jsonformat._thawed(cls)

    def make(**fields: object) -> object:
        made = thawed(**fields)
        made.__class__ = cls
        return made

    return make


@given(_block_dicts() | st.builds(dict, type=st.just("slug"), words=_TEXT | st.integers(), width=_VALUES))
def test_a_thawed_class_makes_what_its_class_makes(data: dict[str, object]) -> None:
    """The quick reading makes a block or a slug with a thawed twin of its class: the same instance, or the same error.

    The very class, equal, frozen and hashed alike; a value the class refuses, refused with the same message.
    """
    cls = newsdoc.Slug if data["type"] == "slug" else block_class(data["type"])
    assert cls is not None
    fields = {name: value for name, value in data.items() if name != "type"}
    expected, made = _outcome(cls, fields), _outcome(_thawed_maker(cls), fields)
    assert made == expected
    if isinstance(expected, tuple):
        return
    assert type(made) is cls
    assert attrs.asdict(made) == attrs.asdict(expected)  # type: ignore[arg-type]
    with contextlib.suppress(TypeError):  # a field of a list or a dict: unhashable in both
        assert hash(made) == hash(expected)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.text = "changed"  # type: ignore[attr-defined]


_DATES = (
    st.sampled_from(
        ["2012-12-12", "20121212", "2012-W50-3", "2012-12-12T10:00", "2012-12-12 10:00", "2012-12-12Z", "12dec12", ""]
    )
    | st.dates().map(dt.date.isoformat)
    | st.datetimes().map(dt.datetime.isoformat)
    | st.text(alphabet="0123456789-:TW +Z", max_size=20)
)


_SLUGS = st.fixed_dictionaries(
    {"words": _TEXT | st.integers(), "width": st.none() | st.integers(-1, 9), "date": st.none() | _DATES}
)


_MARKS = st.fixed_dictionaries(
    {"start": st.integers(-1, 3) | st.booleans(), "end": st.integers(0, 4) | _TEXT},
    optional={"kind": st.sampled_from([*newsdoc.MarkKind, "bold", 3]), "href": st.none() | _TEXT, "x": _TEXT},
)


@given(st.tuples(st.just(newsdoc.Slug), _SLUGS) | st.tuples(st.just(newsdoc.Mark), _MARKS))
def test_a_part_read_at_once_is_the_one_cattrs_reads(case: tuple[type, dict[str, object]]) -> None:
    """An image's file name (its date too) or a mark read at once is the one cattrs reads; refused where cattrs refuses.

    The quick reading raises where cattrs would, and leaves it to cattrs to say what is wrong and where.
    """
    kind, data = case
    try:
        expected = _converter.structure(data, kind)
    except Exception:
        expected = None
    try:
        made = jsonformat._read_as(kind)(data)
    except (KeyError, TypeError, ValueError):
        made = None
    assert made == expected
    assert type(made) is type(expected)


def test_every_bad_block_is_named() -> None:
    """Blocks are read in one go until one is wrong; then every wrong one is named, with its place."""
    document = _doc(
        {"type": "paragraph", "text": "Fine."},
        {"type": "paragraph", "text": 3},
        {"type": "heading", "text": "Too deep", "level": 9},
        {"type": "image", "alt": "a", "slug": {"words": "ap", "width": "300", "date": None}},
    )
    with pytest.raises(newsdoc.FormatError) as caught:
        newsdoc.from_json(document)
    assert str(caught.value).split("; ") == [
        "$.blocks[1].text: expected a string, got an integer",
        "$.blocks[2]: 'level' must be in range(1, 7) (got 9)",
        "$.blocks[3].slug.width: expected an integer, got a string",
    ]


@pytest.mark.parametrize(
    ("changed", "message"),
    [
        ({"alt": 3}, "$.blocks[0].alt: expected a string, got an integer"),
        ({"width": "wide"}, "$.blocks[0].width: expected an integer, got a string"),
    ],
)
def test_a_good_slug_is_not_named_beside_the_wrong_field(changed: dict[str, object], message: str) -> None:
    """An image whose file name is read right but another field is wrong: that field is the whole message."""
    image = {"type": "image", "alt": "Pier", "slug": {"words": "pier-at-dawn", "width": 300, "date": None}}
    with pytest.raises(newsdoc.FormatError) as caught:
        newsdoc.from_json(_doc({**image, **changed}))
    assert str(caught.value) == message


def test_format_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="expected an object"):
        newsdoc.from_dict([])  # type: ignore[arg-type]


@pytest.mark.parametrize("enabled", [True, False])
def test_readers_leave_the_garbage_collector_as_they_found_it(enabled: bool) -> None:
    """JSON and Markdown readers pause the collector while they build (see newsdoc.collector), even when they fail."""
    article = newsdoc.parse_text("Talks in Moscow\n\nThe talks went on.\n")
    (gc.enable if enabled else gc.disable)()
    try:
        for read, document in (
            (newsdoc.from_json, newsdoc.to_json(article)),
            (newsdoc.from_markdown, newsdoc.to_markdown(article)),
            (newsdoc.from_json, '{"format": "newsdoc", "version": 1, "title": 3}'),
        ):
            with contextlib.suppress(newsdoc.NewsdocError):
                read(document)
            assert gc.isenabled() is enabled
    finally:
        gc.enable()
