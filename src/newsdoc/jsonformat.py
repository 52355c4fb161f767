"""JSON: :func:`~newsdoc.to_json` / :func:`~newsdoc.from_json`, and the dictionaries behind them.

The format is versioned and described by the JSON Schema shipped as
``newsdoc/schema.json`` (see :func:`~newsdoc.jsonformat.schema`). An article is
an object with ``"format": "newsdoc"``, ``"version": 1``, its metadata and
``"blocks"``; every block is an object with a snake_case ``"type"``
(``"paragraph"``, ``"pull_quote"``, ...) and the block's fields. Layout fields
left at their usual value are omitted.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable, Mapping
from importlib.resources import files
from types import UnionType
from typing import Any, Final, NoReturn, TypeVar, get_args, get_origin, get_type_hints

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from . import collector
from .errors import FormatError
from .limits import DEFAULT_LIMITS, Limits, check_size
from .model import Article, AttributionKind, Block, Mark, MarkKind, expect_article

__all__ = ["FORMAT_VERSION", "from_dict", "from_json", "schema", "to_dict", "to_json", "type_name"]

FORMAT_VERSION: Final = 1
"""The version of the JSON format this newsdoc writes and reads."""

_LAYOUT = frozenset(
    {
        "spacing",
        "credit_prefix",
        "credit_suffix",
        "opening",
        "closing",
        "attribution_prefix",
        "ending",
        "breaks",
        "bullet",
    }
)
# Left out when empty, besides the layout: fields added to version 1 after its first documents,
# and a mark's href, which only a link has.
_OMITTED_WHEN_EMPTY = _LAYOUT | {"fetched", "language", "width", "height", "marks", "href", "start", "credit_first"}


def type_name(cls: type) -> str:
    """The name the format gives a block class: ``PullQuote`` is ``pull_quote``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


def _is(kind: object) -> Callable[[object], bool]:
    return lambda t: t == kind


def _strict(kind: type, *, optional: bool = False) -> Callable[[object, object], object]:
    def structure(value: object, _: object) -> object:
        if optional and value is None:
            return None
        if type(value) is not kind and not (kind is float and type(value) is int):
            raise TypeError(f"expected {_JSON_NAMES[kind]}, got {_json_type(value)}")
        return value

    return structure


_JSON_NAMES = {str: "a string", int: "an integer", bool: "true or false", float: "a number"}


def _json_type(value: object) -> str:
    names = {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "an object",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _structure_enum(kind: type[AttributionKind] | type[MarkKind]) -> Callable[[object, object], object]:
    def structure(value: object, _: object) -> object:
        if not isinstance(value, str):
            raise TypeError(f"expected a string, got {_json_type(value)}")
        return kind(value)

    return structure


def _tuple_factory(kind: Any, converter: cattrs.Converter) -> Any:
    items = homogenous_tuple_structure_factory(kind, converter)  # keeps indexes in error paths

    def structure(value: object, _: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, got {_json_type(value)}")
        return items(value, kind)  # type: ignore[no-any-return]

    return structure


def _unstructure_block(converter: cattrs.Converter) -> Callable[[Block], dict[str, object]]:
    def unstructure(block: Block) -> dict[str, object]:
        return {"type": type_name(type(block)), **converter.unstructure(block, type(block))}

    return unstructure


def _structure_block(converter: cattrs.Converter) -> Callable[[object, Any], Block]:
    """A block: made at once when its fields are plain (see :func:`_plain_block`), else read by cattrs."""
    read = _read_by_cattrs(converter)

    def structure(value: object, kind: Any) -> Block:
        return _plain_block(value) or read(value, kind)  # a block is never false: no block class has __len__

    return structure


def _read_by_cattrs(converter: cattrs.Converter) -> Callable[[object, Any], Block]:
    """A block read by its class's cattrs hook, which says what is wrong and where."""
    hooks: dict[str, Callable[[object, Any], Block]] = {}  # each class's own, asked for once: no dispatch a block

    def structure(value: object, _: Any) -> Block:
        if not isinstance(value, dict):
            raise TypeError(f"expected a block object, got {_json_type(value)}")
        kind = value.get("type")
        if kind is None:
            raise ValueError('missing "type"')
        if not isinstance(kind, str):
            raise TypeError(f'"type" must be a string, got {_json_type(kind)}')
        if kind not in _BLOCKS:
            raise ValueError(f"unknown block type {kind!r}; expected one of {', '.join(sorted(_BLOCKS))}")
        fields = value.copy()
        del fields["type"]
        if (hook := hooks.get(kind)) is None:
            hook = hooks[kind] = converter.get_structure_hook(_BLOCKS[kind])
        return hook(fields, _BLOCKS[kind])

    return structure


def _plain_block(value: object) -> Block | None:
    """The block *value* holds, when each field holds a value of a JSON type its class takes; ``None`` otherwise.

    Nearly every block is such: strings, numbers and nulls of its fields' types, marks, an image's
    file name. It is made at once (see :func:`_quick`). Any other block, or one its class refuses,
    goes through cattrs, which says what is wrong and where.
    """
    if type(value) is not dict:
        return None
    try:
        fields = value.copy()
        return _QUICK[fields.pop("type")](fields)
    except (KeyError, TypeError, ValueError):  # no "type", a type of no block, an unknown field, a refused value
        return None


def _structure_blocks(converter: cattrs.Converter) -> Callable[[object, Any], tuple[Block, ...]]:
    """An article's blocks: read in one go, or, when one is wrong, by cattrs, which says what and where.

    cattrs reads a list an item at a time, each in its own ``try``, to gather the errors of every item
    with its index. The loop reads them without; at the first error it stops, and cattrs reads the
    list again from the start, as it always did.
    """
    slow = _tuple_factory(tuple[Block, ...], converter)
    read = _read_by_cattrs(converter)

    def structure(value: object, kind: Any) -> tuple[Block, ...]:
        if type(value) is list:
            try:
                # As _structure_block reads each, without a call of it a block (a block is never false).
                return tuple([_plain_block(block) or read(block, Block) for block in value])
            except Exception:  # cattrs reads them again below, and says what is wrong with each
                pass
        blocks: tuple[Block, ...] = slow(value, kind)
        return blocks

    return structure


def _quick(cls: type[_Frozen]) -> Callable[[dict[str, Any]], _Frozen]:
    """A reader of *cls* from a dictionary of its fields' JSON values, which it changes; quicker than cattrs's.

    A field takes its value as it is when it is of a JSON type its hook of :func:`_strict` takes
    (a string, a number, null), and is otherwise read by its type (see :func:`_read_as`). The reader
    raises ``KeyError``, ``TypeError`` or ``ValueError`` where cattrs would refuse the dictionary,
    and leaves it to cattrs to say what is wrong and where.
    """
    hints = get_type_hints(cls)
    taken: dict[str, tuple[type, ...]] = {}
    read: dict[str, Callable[[Any], object]] = {}
    for field in attrs.fields(cls):  # type: ignore[arg-type]  # (an attrs class)
        kinds = get_args(hint) if get_origin(hint := hints[field.name]) is UnionType else (hint,)
        taken[field.name] = tuple(json for kind in kinds if kind in _SCALARS for json in _SCALARS[kind])
        if others := [kind for kind in kinds if kind not in _SCALARS]:
            (other,) = others  # (no field takes two types besides the scalars: Slug | None at most)
            read[field.name] = _read_as(other)
    thawed = _thawed(cls)

    def made(fields: dict[str, Any]) -> _Frozen:
        for name, value in fields.items():  # (a value replaced, but no key added or taken: the loop goes on)
            if type(value) not in taken[name]:
                fields[name] = read[name](value)
        instance = thawed(**fields)  # cls(**fields), made quicker (see _thawed)
        instance.__class__ = cls
        return instance

    return made


def _read_as(kind: Any) -> Callable[[Any], object]:
    """A reader of a JSON value as *kind*: an attrs class, a tuple of one type, an enum or a date.

    It raises ``KeyError``, ``TypeError`` or ``ValueError`` where the converter's hook for *kind* refuses the value.
    """
    if kind in _SCALARS:
        json_types = _SCALARS[kind]

        def scalar(value: object) -> object:
            if type(value) not in json_types:
                raise TypeError(value)
            return value

        return scalar
    if attrs.has(kind):
        made = _quick(kind)
        return lambda value: made(value.copy() if type(value) is dict else _refused(value))
    if get_origin(kind) is tuple:
        item = _read_as(get_args(kind)[0])
        return lambda value: tuple([item(each) for each in (value if type(value) is list else _refused(value))])
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        # KeyError for a string that names no member, TypeError for a list; a string of the enum's value otherwise.
        return {member.value: member for member in kind}.__getitem__
    if kind is dt.date:
        return lambda value: _structure_date(value, kind)
    raise TypeError(f"no quick reading of {kind}")  # a field of a type added to the model: add its reading here


def _refused(value: object) -> NoReturn:
    raise TypeError(f"not plain: {_json_type(value)}")


# The exact types each hook of _strict takes; a number may stand where a float goes.
_SCALARS: dict[object, tuple[type, ...]] = {
    str: (str,),
    int: (int,),
    bool: (bool,),
    float: (float, int),
    type(None): (type(None),),
}


def _structure_when(value: object, _: Any) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date, got {_json_type(value)}")
    try:
        if not ("T" in value or " " in value):
            return dt.date.fromisoformat(value)
        if match := _FINE_OFFSET.search(value):
            # Python 3.11 reads "+00:00:00.000001" as UTC: an offset to the microsecond is read here.
            sign, hours, minutes, seconds, micro = match.groups()
            offset = dt.timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds), microseconds=int(micro))
            zone = dt.timezone(-offset if sign == "-" else offset)
            return dt.datetime.fromisoformat(value[: match.start()]).replace(tzinfo=zone)
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected an ISO 8601 date, got {value!r}") from None


_FINE_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2}):(\d{2})\.(\d{6})\Z")


def _structure_moment(value: object, kind: Any) -> dt.datetime | None:
    when = _structure_when(value, kind)
    if when is not None and not isinstance(when, dt.datetime):
        raise TypeError(f"expected an ISO 8601 date and time, got {value!r}")
    return when


def _structure_date(value: object, kind: Any) -> dt.date:
    when = _structure_when(value, kind)
    if when is None or isinstance(when, dt.datetime):
        raise TypeError(f"expected a date (YYYY-MM-DD), got {value!r}")
    return when


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    for kind in (str, int, bool, float):
        # Exactly these types and their Optional, where cattrs would call int() or str().
        # The plain type is registered by type: only that replaces cattrs' own hook.
        converter.register_structure_hook(kind, _strict(kind))
        converter.register_structure_hook_func(_is(kind | None), _strict(kind, optional=True))
    # The str hook would also catch these str enums, so each gets its own.
    converter.register_structure_hook(AttributionKind, _structure_enum(AttributionKind))
    converter.register_structure_hook(MarkKind, _structure_enum(MarkKind))
    converter.register_structure_hook_factory(lambda t: getattr(t, "__origin__", None) is tuple, _tuple_factory)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook(dt.date | dt.datetime | None, _structure_when)
    converter.register_structure_hook(dt.datetime | None, _structure_moment)
    converter.register_unstructure_hook(Block, _unstructure_block(converter))
    converter.register_structure_hook(Block, _structure_block(converter))
    converter.register_structure_hook_func(_is(tuple[Block, ...]), _structure_blocks(converter))
    for cls in (Mark, *get_args(Block), Article):
        layout = {f.name: override(omit_if_default=True) for f in attrs.fields(cls) if f.name in _OMITTED_WHEN_EMPTY}
        unstructure = make_dict_unstructure_fn(cls, converter, **layout)  # type: ignore[arg-type] # overrides by name
        converter.register_unstructure_hook(cls, unstructure)
        converter.register_structure_hook(cls, make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True))
    return converter


_Frozen = TypeVar("_Frozen")


def _thawed(cls: type[_Frozen]) -> type[_Frozen]:
    """A subclass of the frozen attrs class *cls* whose instances, once made, a reader turns into *cls* ones.

    attrs builds it from the same fields, with the same defaults, validators and
    ``__attrs_post_init__``, only not frozen: its ``__init__`` sets each field as any class does,
    where that of a frozen class calls ``object.__setattr__`` for each, which costs more than all
    the rest of making a block. It adds no slot, so setting an instance's ``__class__`` to *cls*
    after makes it the very instance ``cls(...)`` makes of the same fields, frozen as any. What
    *cls* refuses it refuses, with the same message; the readers use it only where an error sends
    the value to cattrs, which says what is wrong and where.
    """
    # Without a __setattr__ of its own, attrs would take it for frozen, as its base is.
    unfrozen = {"__setattr__": object.__setattr__, "__delattr__": object.__delattr__}
    thawed: type[_Frozen] = attrs.define(
        type(cls.__name__, (cls,), unfrozen),
        eq=False,
        order=False,
        repr=False,
        match_args=False,
        getstate_setstate=False,
        on_setattr=attrs.setters.NO_OP,
    )
    return thawed


_BLOCKS: dict[str, type[Block]] = {type_name(cls): cls for cls in get_args(Block)}
_QUICK = {kind: _quick(cls) for kind, cls in _BLOCKS.items()}
_converter = _make_converter()
_write_block = _unstructure_block(_converter)
_read_block = _structure_block(_converter)


def to_dict(article: Article) -> dict[str, object]:
    """Turn *article* into a dictionary of JSON types, in the newsdoc JSON format.

    Use it to embed an article in a larger JSON document or to store it where
    JSON objects go; :func:`~newsdoc.to_json` is ``json.dumps`` of this.

    Args:
        article: The article.

    Returns:
        A dictionary of strings, numbers, ``None``, lists and dictionaries,
        with ``"format"``, ``"version"``, the metadata, then ``"blocks"``.
        Dates are ISO 8601 strings.

    Examples:
        >>> import newsdoc
        >>> caption = newsdoc.Caption(text="Sergei Lavrov in Moscow.", credit="AP Photo")
        >>> newsdoc.to_dict(newsdoc.Article(blocks=(caption,)))["blocks"]
        [{'type': 'caption', 'text': 'Sergei Lavrov in Moscow.', 'credit': 'AP Photo', 'image': None}]
    """
    expect_article(article, "to_dict")
    fields = _converter.unstructure(article, Article)
    blocks = fields.pop("blocks")  # last, after the metadata, for whoever reads the file
    return {"format": "newsdoc", "version": FORMAT_VERSION, **fields, "blocks": blocks}


def from_dict(data: Mapping[str, object]) -> Article:
    """Read an article from a dictionary in the newsdoc JSON format.

    Args:
        data: The dictionary, as :func:`~newsdoc.to_dict` or ``json.loads``
            gives it.

    Returns:
        The article.

    Raises:
        FormatError: *data* breaks the format; the message gives the JSON path
            of each problem, e.g. ``$.blocks[3].credit: expected a string``.
    """
    if not isinstance(data, Mapping):
        raise FormatError(f"$: expected an object, got {_json_type(data)}")
    if data.get("format") != "newsdoc":
        raise FormatError('$.format: expected "newsdoc" (is this a newsdoc JSON document?)')
    if type(data.get("version")) is not int or data["version"] != FORMAT_VERSION:
        raise FormatError(f"$.version: expected {FORMAT_VERSION}, got {data.get('version')!r}")
    body = {k: v for k, v in data.items() if k not in {"format", "version"}}
    try:
        with collector.paused():
            return _converter.structure(body, Article)
    except Exception as error:  # cattrs gathers the errors of every field
        raise FormatError("; ".join(_problems(error))) from None


def _problems(error: BaseException) -> list[str]:
    messages = cattrs.transform_error(error, path="$", format_exception=_describe)
    return [re.sub(r"^(.*) @ (\$.*)$", r"\2: \1", m) for m in messages]


def _describe(error: BaseException, kind: type | None) -> str:
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, cattrs.ForbiddenExtraKeysError):
        return f"unknown field(s) {', '.join(sorted(map(repr, error.extra_fields)))}"
    if isinstance(error, ValueError | TypeError) and error.args and isinstance(error.args[0], str):
        return error.args[0]
    return cattrs.v.format_exception(error, kind)


def block_to_dict(block: Block) -> dict[str, object]:
    """Turn one block into a dictionary, as it stands in an article's ``"blocks"``.

    Args:
        block: Any block.

    Returns:
        The dictionary, its ``"type"`` first; layout fields at their usual
        value are left out.
    """
    return _write_block(block)


def marks_to_list(marks: tuple[Mark, ...]) -> list[dict[str, object]]:
    """Turn a block's marks into the list its ``"marks"`` holds.

    Args:
        marks: The marks.

    Returns:
        One dictionary a mark, with ``"start"``, ``"end"``, ``"kind"`` and, for a link, ``"href"``.
    """
    listed: list[dict[str, object]] = _converter.unstructure(marks, tuple[Mark, ...])
    return listed


def block_from_dict(data: Mapping[str, object]) -> Block:
    """Read one block from a dictionary with a ``"type"``.

    Args:
        data: The dictionary, as ``block_to_dict`` gives it.

    Returns:
        The block.

    Raises:
        FormatError: *data* is no block; the message gives the path from ``$``.
    """
    try:
        return _read_block(data, Block)
    except Exception as error:
        raise FormatError("; ".join(_problems(error))) from None


def block_class(name: object) -> type[Block] | None:
    """Look up the block class that a ``"type"`` name stands for.

    Args:
        name: The value of a block's ``"type"``: ``"pull_quote"``.

    Returns:
        The class, or ``None`` when *name* names no block type.
    """
    return _BLOCKS.get(name) if isinstance(name, str) else None


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """Write *article* as a newsdoc JSON document.

    Args:
        article: The article.
        indent: The spaces to indent each level by; ``None`` writes it all on
            one line.

    Returns:
        The JSON text, ending in a line break. Characters beyond ASCII are
        written as they are, not escaped.
    """
    expect_article(article, "to_json")
    # The same text as json.dumps of to_dict(article), with the blocks written some at a time,
    # each batch kept as UTF-8: the whole dictionary, the many small strings json writes an
    # indented one in, or batches held as text (two or four bytes a letter, when one letter
    # of the batch needs it) take far more memory than the text.
    head = json.dumps(to_dict(attrs.evolve(article, blocks=())), ensure_ascii=False, indent=indent)
    if not article.blocks:
        return head + "\n"
    if indent is None:
        opening, items, between, closing = head.removesuffix("[]}") + "[", slice(1, -1), b", ", "]}\n"
    else:  # the list stands one level in, so its blocks and its closing bracket one level further
        deeper = "\n" + " " * indent
        opening, items, between, closing = head.removesuffix("[]\n}") + "[", slice(1, -2), b",", f"{deeper}]\n}}\n"
    parts = [opening.encode()]
    for at in range(0, len(article.blocks), _BATCH):
        batch = [_write_block(block) for block in article.blocks[at : at + _BATCH]]
        written = json.dumps(batch, ensure_ascii=False, indent=indent)[items]  # the blocks, without brackets
        parts += [between] * bool(at) + [(written if indent is None else written.replace("\n", deeper)).encode()]
    parts.append(closing.encode())
    data = b"".join(parts)
    parts.clear()
    return data.decode()


_BATCH = 256  # blocks written to JSON at once


def from_json(text: str | bytes, *, limits: Limits = DEFAULT_LIMITS) -> Article:
    """Read an article from a newsdoc JSON document.

    Args:
        text: The document, as text or as UTF-8 bytes.
        limits: How long a document to take.

    Returns:
        The article; ``from_json(to_json(article)) == article`` always holds.

    Raises:
        FormatError: The text is not JSON (the message gives line and column),
            or breaks the format (the message gives the JSON path).
        LimitError: The text is longer than ``limits.max_size``.
        TypeError: *text* is neither text nor bytes.

    Examples:
        >>> import newsdoc
        >>> document = '{"format": "newsdoc", "version": 1, "blocks": [{"type": "paragraph", "text": "Hi."}]}'
        >>> newsdoc.from_json(document).blocks
        (Paragraph(text='Hi.', spacing=None),)
        >>> newsdoc.from_json('{"format": "newsdoc", "version": 1, "title": 3}')
        Traceback (most recent call last):
            ...
        newsdoc.errors.FormatError: $.title: expected a string, got an integer
    """
    if not isinstance(text, str | bytes | bytearray):  # what json.loads takes
        raise TypeError(f"from_json() takes str or bytes, not {type(text).__name__}")
    check_size(len(text), limits, "characters" if isinstance(text, str) else "bytes")
    if isinstance(text, str):  # a byte-order mark, which RFC 8259 lets a reader skip, as json.loads does in bytes
        text = text.removeprefix("\ufeff")
    with collector.paused():  # from_dict pauses it as it builds the article
        data = loads(text)
    return from_dict(data)  # type: ignore[arg-type]  # from_dict checks that it is an object


def loads(text: str | bytes) -> object:
    """The value of a JSON text, or a :class:`~newsdoc.FormatError` that says what is wrong and where.

    Besides broken JSON, it refuses values no newsdoc document holds: numbers of more
    than 4,300 digits, and arrays or objects nested beyond Python's recursion limit.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(f"line {error.lineno}, column {error.colno}: invalid JSON: {error.msg}") from None
    except UnicodeDecodeError as error:
        raise FormatError(f"byte {error.start}: not UTF-8 text") from None
    except RecursionError:
        raise FormatError("arrays or objects nested too deep to read") from None
    except ValueError as error:  # an integer past the interpreter's digit limit
        raise FormatError(f"invalid JSON: {error}") from None


def schema() -> dict[str, object]:
    """Load the JSON Schema of the format, shipped in the package as ``newsdoc/schema.json``.

    Give it to a JSON Schema validator to check documents without newsdoc, or
    to another program that reads them.

    Returns:
        The schema (draft 2020-12), freshly loaded, so yours to change.
    """
    loaded: dict[str, object] = json.loads(files("newsdoc").joinpath("schema.json").read_text("utf-8"))
    return loaded
