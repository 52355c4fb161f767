"""The limits a reader keeps to, so that one hostile input cannot exhaust the machine.

Every reader takes ``limits=``; :data:`DEFAULT_LIMITS` serves when none is
given. An input over a limit raises :class:`~newsdoc.LimitError`, naming the
limit, so that a batch can report the file and go on. Inputs under the limits
lose nothing.
"""

from __future__ import annotations

from attrs import frozen

from .errors import LimitError, ParseError
from .model import lone_surrogate

__all__ = ["DEFAULT_LIMITS", "Limits", "check_size", "check_text"]


@frozen(kw_only=True)
class Limits:
    """How much input a reader takes.

    Examples:
        >>> import newsdoc
        >>> newsdoc.parse_text("Hello.", limits=newsdoc.Limits(max_size=3))
        Traceback (most recent call last):
        ...
        newsdoc.errors.LimitError: input is 6 characters, over max_size=3
    """

    max_size: int = 256 * 2**20
    """The largest input, in characters for text and in bytes for bytes (256 MiB); also the
    largest a compressed page may grow to when it is unpacked."""
    max_depth: int = 2048
    """How many levels deep the elements of a web page may nest, ``<html>`` being the first.
    lxml reads no deeper than 2048 levels, so a higher limit reads no more. In Markdown, each
    block quote, list, list item and paragraph is a level, and no more than 255 are read.
    (JSON nests as deep as Python's recursion limit, about 1000, allows.)"""


DEFAULT_LIMITS = Limits()
"""The limits readers keep to when none are given."""


def check_size(size: int, limits: Limits, unit: str = "characters") -> None:
    """Raise :class:`~newsdoc.LimitError` when an input of *size* is over ``limits.max_size``."""
    if size > limits.max_size:
        raise LimitError(f"input is {size} {unit}, over max_size={limits.max_size}", "max_size")


def check_text(text: str, limits: Limits) -> None:
    """Raise when *text* is over ``limits.max_size``, or holds a lone surrogate, which is no text.

    Raises:
        LimitError: *text* is too long.
        ParseError: *text* holds a lone surrogate (as ``errors="surrogateescape"`` leaves
            for bytes that were not UTF-8); the message gives its line and column.
    """
    check_size(len(text), limits)
    if (at := lone_surrogate(text)) is not None:
        line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        raise ParseError(
            f"line {line}, column {column}: lone surrogate U+{ord(text[at]):04X} is not text"
            " (decode the bytes with errors='replace', or with the right encoding)"
        )
